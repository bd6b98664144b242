package mailtest

import (
	"github.com/mailcheck-go/mailcheck/catalog"
	"slices"
	"time"
)

// Scenarios returns every built-in scenario in a stable order: providers
// first (Microsoft, Google, Yahoo, iCloud, generic hosting), then faults.
// Each call returns fresh copies that the caller may change.
func Scenarios() []Scenario {
	all := slices.Concat(microsoftScenarios(), tenantScenarios(), consumerScenarios(), hostingScenarios(), faultScenarios())
	for i := range all {
		all[i] = all[i].clone()
		if all[i].Hosts.IMAP == "" && all[i].Hosts.SMTP == "" {
			all[i].Hosts = providerHosts(all[i])
		}
	}
	return all
}

// Lookup returns a copy of the built-in scenario with the given name.
func Lookup(name string) (Scenario, bool) {
	for _, sc := range Scenarios() {
		if sc.Name == name {
			return sc, true
		}
	}
	return Scenario{}, false
}

// clone copies sc deeply enough that changing the copy, its behaviours or
// their slices never changes another scenario.
func (sc Scenario) clone() Scenario {
	sc.Sources = slices.Clone(sc.Sources)
	sc.Accounts = slices.Clone(sc.Accounts)
	sc.Hosts.MX = slices.Clone(sc.Hosts.MX)
	for i := range sc.Accounts {
		sc.Accounts[i].IMAPRefusal = slices.Clone(sc.Accounts[i].IMAPRefusal)
		sc.Accounts[i].SMTPRefusal = slices.Clone(sc.Accounts[i].SMTPRefusal)
	}
	if sc.IMAP != nil {
		b := *sc.IMAP
		b.Capabilities = slices.Clone(b.Capabilities)
		b.CapabilitiesBeforeTLS = slices.Clone(b.CapabilitiesBeforeTLS)
		b.PlaintextRefusal = slices.Clone(b.PlaintextRefusal)
		b.Success = slices.Clone(b.Success)
		b.Failure = slices.Clone(b.Failure)
		b.Refusal = slices.Clone(b.Refusal)
		b.Mailbox = slices.Clone(b.Mailbox)
		sc.IMAP = &b
	}
	if sc.SMTP != nil {
		b := *sc.SMTP
		b.Banner = slices.Clone(b.Banner)
		b.Extensions = slices.Clone(b.Extensions)
		b.ExtensionsBeforeTLS = slices.Clone(b.ExtensionsBeforeTLS)
		b.Success = slices.Clone(b.Success)
		b.Failure = slices.Clone(b.Failure)
		b.Refusal = slices.Clone(b.Refusal)
		b.AuthNotOffered = slices.Clone(b.AuthNotOffered)
		b.Mail = slices.Clone(b.Mail)
		b.Rcpt = slices.Clone(b.Rcpt)
		b.MailUnauthenticated = slices.Clone(b.MailUnauthenticated)
		sc.SMTP = &b
	}
	return sc
}

// sources returns base followed by more, in a new slice.
func sources(base []string, more ...string) []string {
	return slices.Concat(base, more)
}

// Dovecot and Postfix, as shipped by Debian, with the texts from their
// source. providers.md §15.
var dovecotSources = []string{
	"https://github.com/dovecot/core/blob/main/src/login-common/login-settings.c",
	"https://github.com/dovecot/core/blob/main/src/imap-login/client-authenticate.c",
	"https://github.com/dovecot/core/blob/main/src/login-common/client-common-auth.c",
	"https://github.com/vdukhovni/postfix/blob/master/postfix/src/global/mail_params.h",
	"https://github.com/vdukhovni/postfix/blob/master/postfix/src/smtpd/smtpd_sasl_glue.c",
}

// dovecotIMAP is Dovecot 2.3 with its defaults: plaintext authentication
// disabled, so LOGINDISABLED before STARTTLS. The greeting carries the
// capability list in force. Post-login capability reply:
// https://github.com/st3fan/dovecot-xaps-plugin/issues/12 .
func dovecotIMAP() *IMAPBehavior {
	return &IMAPBehavior{
		Greeting:              "* OK [CAPABILITY {capabilities}] Dovecot (Debian) ready.",
		Capabilities:          []string{"IMAP4rev1", "SASL-IR", "LOGIN-REFERRALS", "ID", "ENABLE", "IDLE", "LITERAL+", "AUTH=PLAIN"},
		CapabilitiesBeforeTLS: []string{"IMAP4rev1", "SASL-IR", "LOGIN-REFERRALS", "ID", "ENABLE", "IDLE", "LITERAL+", "STARTTLS", "LOGINDISABLED"},
		CapabilityOK:          "OK Pre-login capabilities listed, post-login capabilities have more.",
		LoginDisabled:         true,
		PlaintextRefusal:      dovecotPlaintextRefusal,
		// Dovecot's shape; the list is what the fake's mailbox serves
		// (Dovecot's own post-login list, with SORT, THREAD, CONDSTORE and
		// more, would promise what the fake cannot do).
		Success: []string{"OK [CAPABILITY {capabilities}] Logged in"},
		// Source: client-authenticate.c / login-common.h (all versions).
		Failure: []string{"NO [AUTHENTICATIONFAILED] Authentication failed."},
		Logout:  "* BYE Logging out",
	}
}

// postfixSMTP is Postfix submission with Dovecot SASL and
// smtpd_tls_auth_only (no AUTH before STARTTLS). The banner is Postfix's
// default "$myhostname ESMTP $mail_name"; the extension list is Postfix's
// usual one (unverified-cite).
func postfixSMTP() *SMTPBehavior {
	return &SMTPBehavior{
		Banner:     []string{"220 mail.example.org ESMTP Postfix"},
		Hello:      "mail.example.org",
		Extensions: []string{"PIPELINING", "SIZE 10240000", "ETRN", "AUTH PLAIN LOGIN", "ENHANCEDSTATUSCODES", "8BITMIME", "DSN", "SMTPUTF8", "CHUNKING"},
		Success:    []string{"235 2.7.0 Authentication successful"},
		// Source: smtpd_sasl_glue.c ("authentication failure" is Dovecot
		// SASL's reason); https://github.com/RainLoop/rainloop-webmail/issues/1629
		Failure: []string{"535 5.7.8 Error: authentication failed: authentication failure"},
	}
}

func hostingAccounts(wrong bool) []Account {
	// The password shares no four bytes with the servers' words: the
	// probes remove any four bytes of it from what they show, and a
	// password holding "Dovecot" would hide the server's name in its
	// greeting (internal/redact, "The price"). The other scenarios'
	// passwords avoid their provider's name for the same reason.
	accounts := []Account{{Email: "grace@example.org", Password: "Correct-Horse-Kz9qW7x"}}
	if wrong {
		accounts = append([]Account{{Email: "heidi@example.org", Password: "typo-in-password", WrongPassword: true}}, accounts...)
	}
	return accounts
}

func hostingScenarios() []Scenario {
	return []Scenario{
		{
			Name:        "dovecot-postfix-ok",
			Description: "A generic host (Dovecot IMAP, Postfix submission) accepts the login; no password before TLS.",
			Provider:    catalog.IDDovecot,
			IMAPCode:    "ok", SMTPCode: "ok",
			Sources: dovecotSources,
			IMAP:    dovecotIMAP(), SMTP: postfixSMTP(),
			Accounts: hostingAccounts(false),
		},
		{
			Name:        "dovecot-postfix-wrong-password",
			Description: "A generic host refuses a wrong password: Dovecot's AUTHENTICATIONFAILED and Postfix's 535 5.7.8.",
			Provider:    catalog.IDDovecot,
			IMAPCode:    "invalid_credentials", SMTPCode: "invalid_credentials",
			Sources: sources(dovecotSources, "https://github.com/RainLoop/rainloop-webmail/issues/1629",
				"https://github.com/docker-mailserver/docker-mailserver/issues/1631"),
			IMAP: dovecotIMAP(), SMTP: postfixSMTP(),
			Accounts: hostingAccounts(true),
		},
	}
}

// fault returns a generic Dovecot/Postfix scenario to break.
func fault(name, description, imapCode, smtpCode string) Scenario {
	return Scenario{
		Name: name, Description: description, Provider: ProviderGeneric,
		IMAPCode: imapCode, SMTPCode: smtpCode,
		IMAP: dovecotIMAP(), SMTP: postfixSMTP(),
		Accounts: hostingAccounts(false),
	}
}

// faultScenarios break a well-behaved generic host in one way each. Texts
// not taken from Dovecot or Postfix are written for the fake and say so.
func faultScenarios() []Scenario {
	noGreeting := fault("no-greeting", "The server accepts the connection (and TLS) and never greets.", "connection_timeout", "connection_timeout")
	noGreeting.Fault.NoGreeting = true

	// An SSH server where mail was expected: the most common "garbage".
	garbage := fault("garbage-greeting", "Something that is not a mail server answers: an SSH banner instead of a greeting.", "protocol_error", "protocol_error")
	garbage.Fault.Garbage = "SSH-2.0-OpenSSH_9.2p1 Debian-2+deb12u3"

	tlsOnPlain := fault("tls-on-plain-port", "The STARTTLS ports speak implicit TLS (a client that sends plaintext first gets a TLS alert or nothing).", "tls_wrong_mode", "tls_wrong_mode")
	tlsOnPlain.Fault.TLSOnPlainPort = true
	tlsOnPlain.IMAP.Listeners, tlsOnPlain.SMTP.Listeners = ListenStartTLS, ListenStartTLS

	plainOnTLS := fault("plain-on-tls-port", "The implicit-TLS ports speak plaintext (a TLS client gets a greeting where it expected a handshake).", "tls_wrong_mode", "tls_wrong_mode")
	plainOnTLS.Fault.PlainOnTLSPort = true
	plainOnTLS.IMAP.Listeners, plainOnTLS.SMTP.Listeners = ListenTLS, ListenTLS

	certs := []Scenario{
		fault("cert-expired", "The certificate expired a day ago.", "tls_certificate_invalid", "tls_certificate_invalid"),
		fault("cert-not-yet-valid", "The certificate becomes valid tomorrow.", "tls_certificate_invalid", "tls_certificate_invalid"),
		fault("cert-wrong-host", "The certificate names mail.example.net only.", "tls_certificate_invalid", "tls_certificate_invalid"),
		fault("cert-self-signed", "The certificate is signed by itself, not by the CA the client trusts.", "tls_certificate_invalid", "tls_certificate_invalid"),
		// Valid: a diagnosis says ok and may warn.
		fault("cert-expiring-soon", "The certificate is valid but expires in five days.", "ok", "ok"),
	}
	for i, k := range []CertKind{CertExpired, CertNotYetValid, CertWrongHost, CertSelfSigned, CertExpiringSoon} {
		certs[i].Cert = k
	}

	noStartTLS := fault("starttls-not-offered", "The plaintext ports do not offer STARTTLS, so a careful client cannot protect the password.", "starttls_unavailable", "starttls_unavailable")
	noStartTLS.IMAP.Listeners, noStartTLS.SMTP.Listeners = ListenStartTLS, ListenStartTLS
	noStartTLS.IMAP.NoStartTLS, noStartTLS.SMTP.NoStartTLS = true, true
	noStartTLS.IMAP.CapabilitiesBeforeTLS = []string{"IMAP4rev1", "SASL-IR", "LOGIN-REFERRALS", "ID", "ENABLE", "IDLE", "LITERAL+", "AUTH=PLAIN"}
	noStartTLS.IMAP.LoginDisabled = false

	// Dovecot with "ssl = no" and its default disable_plaintext_auth: it
	// advertises LOGINDISABLED and no STARTTLS, so nobody can log in from
	// another host; a client that tries anyway gets PRIVACYREQUIRED. The
	// probe stops first because STARTTLS is missing.
	loginDisabled := fault("logindisabled", "IMAP on port 143 advertises LOGINDISABLED and no STARTTLS: passwords are refused and there is no way to encrypt.", "starttls_unavailable", "")
	loginDisabled.SMTP = nil
	loginDisabled.IMAP.Listeners, loginDisabled.IMAP.NoStartTLS = ListenStartTLS, true
	loginDisabled.IMAP.CapabilitiesBeforeTLS = []string{"IMAP4rev1", "SASL-IR", "LOGIN-REFERRALS", "ID", "ENABLE", "IDLE", "LITERAL+", "LOGINDISABLED"}
	loginDisabled.Sources = dovecotSources

	// Postfix without smtpd_sasl_auth_enable: no AUTH keyword, and
	// Postfix's answer to AUTH (smtpd.c).
	noAuth := fault("smtp-auth-not-offered", "The SMTP server offers no AUTH at all, before or after STARTTLS.", "", "mechanism_unsupported")
	noAuth.IMAP = nil
	noAuth.SMTP.Extensions = []string{"PIPELINING", "SIZE 10240000", "ETRN", "ENHANCEDSTATUSCODES", "8BITMIME", "DSN", "SMTPUTF8", "CHUNKING"}
	noAuth.SMTP.AuthNotOffered = []string{"503 5.5.1 Error: authentication not enabled"}
	noAuth.Sources = []string{"https://github.com/vdukhovni/postfix/blob/master/postfix/src/smtpd/smtpd.c"}

	// RFC 5321 4.2.3's text for 421.
	unavailable := fault("smtp-421-at-connect", "The SMTP server answers the connection with 421 and hangs up.", "", "server_unavailable")
	unavailable.IMAP = nil
	unavailable.SMTP.Banner = []string{"421 4.3.2 mail.example.org Service not available, closing transmission channel"}
	unavailable.Sources = []string{"https://www.rfc-editor.org/rfc/rfc5321#section-4.2.3"}

	// Gmail's throttling texts.
	throttled := fault("throttled", "Google refuses every login for a while: too many login attempts or connections.", "rate_limited", "rate_limited")
	throttled.Provider = catalog.IDGoogle
	// "Too many simultaneous connections" is what FairEmail matches for
	// Gmail; the full line is unverified-cite.
	throttled.IMAP = gmailIMAP(RefuseAll, "NO [ALERT] Too many simultaneous connections. (Failure)")
	// Source: https://github.com/ClearVolume/ClearVolume/issues/57
	throttled.SMTP = gmailSMTP(RefuseAll, "454 4.7.0 Too many login attempts, please try again later. d9443c01a7336-29e2a1b3c4dsm1234567pfa.42 - gsmtp")
	throttled.Accounts = gmailAccount(true)
	throttled.Sources = []string{"https://github.com/ClearVolume/ClearVolume/issues/57",
		"https://github.com/M66B/FairEmail/blob/master/app/src/main/java/eu/faircode/email/ConnectionHelper.java"}

	// A reset while authenticating: a crashing auth backend or a middlebox.
	// The service went away mid-login, so server_unavailable.
	reset := fault("reset-during-auth", "The server resets the TCP connection as soon as the client starts to authenticate.", "server_unavailable", "server_unavailable")
	reset.Fault.ResetDuringAuth = true

	// 200 ms before every line keeps a whole probe to a few seconds: far
	// below the probes' 15 s stage timeout, so the login still succeeds.
	slow := fault("slow-server", "The server answers every line 200 ms late, in small pieces; slow but within any sane timeout.", "ok", "ok")
	slow.Fault.SlowDrip = 200 * time.Millisecond

	return slices.Concat([]Scenario{noGreeting, garbage, tlsOnPlain, plainOnTLS}, certs,
		[]Scenario{noStartTLS, loginDisabled, noAuth, unavailable, throttled, reset, slow})
}
