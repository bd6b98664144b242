package diagnose

import (
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/mailcheck-go/mailcheck/catalog"
	"github.com/mailcheck-go/mailcheck/imapcheck"
	"github.com/mailcheck-go/mailcheck/internal/imapwire"
	"github.com/mailcheck-go/mailcheck/probe"
	"github.com/mailcheck-go/mailcheck/smtpcheck"
)

// t0 is the fixed start of every probe result in these tests; warnings
// measure certificate expiry from it, never from the wall clock.
var t0 = time.Date(2026, 11, 20, 12, 0, 0, 0, time.UTC)

// Providers used by the tables.
var (
	pNone      = Provider{ID: "unknown"}
	pM365      = Provider{ID: "microsoft365"}
	pExchange  = Provider{ID: "exchange"}
	pGmail     = Provider{ID: "gmail"}
	pYandex    = Provider{ID: "yandex"}
	pDovecot   = Provider{ID: "dovecot"}
	pPostfix   = Provider{ID: "postfix"}
	pGoogleApp = Provider{ID: "google_workspace"}
)

// ---- builders: one probe result per line ----

// imapBase is a probe over implicit TLS on 993 that got as far as stage.
func imapBase(stage probe.Stage) *imapcheck.Result {
	return &imapcheck.Result{Host: "imap.example.com", Port: 993, Security: probe.SecurityTLS, Username: "ann@example.com",
		StartedAt: t0, Stage: stage, TLS: &probe.TLSInfo{Version: "TLS 1.3", Verified: true}}
}

// imapNet: a network or TLS failure at stage.
func imapNet(stage probe.Stage, kind probe.NetErrorKind, mods ...func(*imapcheck.Result)) *imapcheck.Result {
	r := imapBase(stage)
	r.TLS = nil
	r.Error = &probe.NetError{Kind: kind, Message: "test: " + string(kind)}
	for _, m := range mods {
		m(r)
	}
	return r
}

// imapRefused: the server refused the login (or a later step) with line;
// mech is the mechanism used; alerts are untagged [ALERT] texts.
func imapRefused(stage probe.Stage, mech, line string, alerts ...string) *imapcheck.Result {
	r := imapBase(stage)
	r.Auth = &probe.Auth{Mechanism: mech, Attempted: true, OverTLS: true}
	resp, err := imapwire.Parse(line)
	if err != nil {
		panic("test line does not parse: " + line)
	}
	r.Response = &imapcheck.Response{Type: resp.Type, Code: resp.Code, CodeArg: resp.CodeArg, Text: resp.Text, Line: line}
	r.Alerts = alerts
	return r
}

// imapStop: the probe stopped on its own with the given security.
func imapStop(stop probe.StopReason, sec probe.Security, caps ...string) *imapcheck.Result {
	r := imapBase(probe.StageAuthenticate)
	r.Security, r.StopReason, r.Capabilities = sec, stop, caps
	if sec != probe.SecurityTLS {
		r.Port, r.TLS = 143, nil
	}
	return r
}

func imapOK() *imapcheck.Result {
	r := imapBase(probe.StageLogout)
	r.OK = true
	r.Auth = &probe.Auth{Mechanism: "PLAIN", Attempted: true, OverTLS: true, Succeeded: true}
	return r
}

func withPort(port int, sec probe.Security) func(*imapcheck.Result) {
	return func(r *imapcheck.Result) { r.Port, r.Security = port, sec }
}

func withModeCheck(ok bool) func(*imapcheck.Result) {
	return func(r *imapcheck.Result) { r.ModeCheck = &probe.ModeCheck{Tried: probe.SecurityTLS, HandshakeOK: ok} }
}

func withCert(reason probe.CertReason) func(*imapcheck.Result) {
	return func(r *imapcheck.Result) { r.Error.CertReason = reason }
}

func withGreeting(g string) func(*imapcheck.Result) {
	return func(r *imapcheck.Result) { r.Greeting = g; r.Error = nil }
}

// smtpBase is a probe over STARTTLS on 587 that got as far as stage.
func smtpBase(stage probe.Stage) *smtpcheck.Result {
	return &smtpcheck.Result{Host: "smtp.example.com", Port: 587, Security: probe.SecurityStartTLS, Username: "ann@example.com",
		StartedAt: t0, Stage: stage, TLS: &probe.TLSInfo{Version: "TLS 1.3", Verified: true}}
}

func smtpNet(stage probe.Stage, kind probe.NetErrorKind) *smtpcheck.Result {
	r := smtpBase(stage)
	r.TLS = nil
	r.Error = &probe.NetError{Kind: kind, Message: "test: " + string(kind)}
	return r
}

// reply builds an SMTP reply from its lines, as the probe's reader does.
func reply(lines ...string) *smtpcheck.Reply {
	rep := &smtpcheck.Reply{Lines: lines}
	var texts []string
	for i, l := range lines {
		if i == 0 {
			rep.Code = atoi3(l)
		}
		text := ""
		if len(l) > 4 {
			text = l[4:]
		}
		if e := enhancedIn(" " + text); e != "" && strings.HasPrefix(text, e) {
			if rep.EnhancedCode == "" {
				rep.EnhancedCode = e
			}
			text = strings.TrimLeft(text[len(e):], " ")
		}
		texts = append(texts, text)
	}
	rep.Text = strings.Join(texts, "\n")
	return rep
}

func atoi3(l string) int {
	if len(l) < 3 {
		return 0
	}
	return int(l[0]-'0')*100 + int(l[1]-'0')*10 + int(l[2]-'0')
}

// smtpRefused: the server refused at stage with the reply lines.
func smtpRefused(stage probe.Stage, mech string, lines ...string) *smtpcheck.Result {
	r := smtpBase(stage)
	r.Auth = &probe.Auth{Mechanism: mech, Attempted: stage == probe.StageAuthenticate, OverTLS: true}
	r.Reply = reply(lines...)
	return r
}

// smtpEnvelope: AUTH worked; MAIL FROM (mail) or RCPT TO (rcpt) refused.
func smtpEnvelope(mail, rcpt []string) *smtpcheck.Result {
	r := smtpBase(probe.StageEnvelope)
	r.Auth = &probe.Auth{Mechanism: "PLAIN", Attempted: true, OverTLS: true, Succeeded: true}
	env := &smtpcheck.Envelope{From: "ann@example.com", To: "bob@example.net"}
	if mail != nil {
		env.Mail = reply(mail...)
	} else {
		env.Mail = reply("250 2.1.0 Ok")
		env.Rcpt = reply(rcpt...)
	}
	r.Envelope = env
	return r
}

// smtpStop: the probe stopped on its own; exts are the EHLO extensions
// (STARTTLS, AUTH ...).
func smtpStop(stop probe.StopReason, sec probe.Security, exts ...string) *smtpcheck.Result {
	r := smtpBase(probe.StageEHLO)
	r.Security, r.StopReason = sec, stop
	r.EHLO = &smtpcheck.EHLO{Extensions: exts}
	for _, e := range exts {
		if e == "STARTTLS" {
			r.EHLO.StartTLS = true
		}
		if strings.HasPrefix(e, "AUTH ") {
			r.EHLO.AuthMechanisms = strings.Fields(e)[1:]
		}
	}
	if sec == probe.SecurityNone {
		r.TLS = nil
	}
	return r
}

func smtpOK(mech string) *smtpcheck.Result {
	r := smtpBase(probe.StageQuit)
	r.OK = true
	r.Auth = &probe.Auth{Mechanism: mech, Attempted: true, OverTLS: true, Succeeded: true}
	return r
}

// ---- tables ----

func TestClassifyIMAP(t *testing.T) {
	tests := []struct {
		name string
		r    *imapcheck.Result
		p    Provider
		want Code
	}{
		// Reaching the server.
		{"dns not found", imapNet(probe.StageResolve, probe.NetDNSNotFound), pNone, CodeDNSFailure},                                                                    // NXDOMAIN
		{"dns servfail", imapNet(probe.StageResolve, probe.NetDNSTemporary), pNone, CodeDNSFailure},                                                                    // resolver trouble is still DNS
		{"refused", imapNet(probe.StageConnect, probe.NetRefused), pNone, CodeConnectionRefused},                                                                       // RST on SYN
		{"unreachable", imapNet(probe.StageConnect, probe.NetUnreachable), pNone, CodeNetworkUnreachable},                                                              // no route
		{"connect timeout", imapNet(probe.StageConnect, probe.NetTimeout), pNone, CodeConnectionTimeout},                                                               // SYN dropped
		{"silent 143", imapNet(probe.StageGreeting, probe.NetTimeout, withPort(143, probe.SecurityStartTLS)), pNone, CodeConnectionTimeout},                            // no greeting, no mode check: silent server
		{"silent, TLS found", imapNet(probe.StageGreeting, probe.NetTimeout, withPort(993, probe.SecurityStartTLS), withModeCheck(true)), pNone, CodeTLSWrongMode},     // server waits for ClientHello
		{"silent, no TLS", imapNet(probe.StageGreeting, probe.NetTimeout, withPort(1143, probe.SecurityStartTLS), withModeCheck(false)), pNone, CodeConnectionTimeout}, // mode check failed too
		{"silent 993 plaintext", imapNet(probe.StageGreeting, probe.NetTimeout, withPort(993, probe.SecurityNone)), pNone, CodeTLSWrongMode},                           // RFC 8314 port, mode check skipped
		{"plaintext answer to TLS", imapNet(probe.StageTLSHandshake, probe.NetTLSNotTLS), pNone, CodeTLSWrongMode},                                                     // RecordHeader "* OK "
		{"cert expired", imapNet(probe.StageTLSHandshake, probe.NetTLSCert, withCert(probe.CertExpired)), pNone, CodeTLSCertificate},
		{"tls alert", imapNet(probe.StageTLSHandshake, probe.NetTLSAlert), pNone, CodeTLSHandshakeFailed},          // remote error: tls: protocol version
		{"tls other", imapNet(probe.StageTLSHandshake, probe.NetTLSOther), pNone, CodeTLSHandshakeFailed},          // any other handshake failure
		{"timeout in handshake", imapNet(probe.StageTLSHandshake, probe.NetTimeout), pNone, CodeConnectionTimeout}, // no byte back: a silent service, not a TLS fault
		{"garbage", imapNet(probe.StageGreeting, probe.NetProtocol), pNone, CodeProtocolError},                     // an SMTP banner on an IMAP port
		{"closed at greeting", imapNet(probe.StageGreeting, probe.NetClosed), pNone, CodeServerUnavailable},        // EOF before hello
		{"reset during auth", imapNet(probe.StageAuthenticate, probe.NetReset), pNone, CodeServerUnavailable},
		{"timeout after login", imapNet(probe.StageMailbox, probe.NetTimeout), pNone, CodeTemporaryFailure}, // server stalls mid-session
		{"canceled", imapNet(probe.StageConnect, probe.NetCanceled), pNone, CodeUnknown},                    // caller gave up: nothing observed
		{"bye greeting", imapNet(probe.StageGreeting, probe.NetClosed, withGreeting("* BYE Service unavailable")), pNone, CodeServerUnavailable},
		{"bye too many", imapNet(probe.StageGreeting, probe.NetClosed, withGreeting("* BYE Too many connections from your IP")), pNone, CodeRateLimited},

		// The probe stopped on its own.
		{"no starttls", imapStop(probe.StopStartTLSUnavailable, probe.SecurityStartTLS), pNone, CodeStartTLSUnavailable},
		{"plaintext kept, no TLS on the port", imapStop(probe.StopPlaintextNotAllowed, probe.SecurityNone), pNone, CodeStartTLSUnavailable},                         // the server would have taken it: say so
		{"plaintext kept, STARTTLS offered", imapStop(probe.StopPlaintextNotAllowed, probe.SecurityNone, "IMAP4rev1", "STARTTLS"), pNone, CodeTLSWrongMode},         // the client should use STARTTLS
		{"plaintext kept, LOGINDISABLED", imapStop(probe.StopPlaintextNotAllowed, probe.SecurityNone, "STARTTLS", "LOGINDISABLED"), pNone, CodePlaintextDisallowed}, // the server refuses too
		{"logindisabled before tls", imapStop(probe.StopLoginDisabled, probe.SecurityNone), pNone, CodePlaintextDisallowed},                                         // RFC 3501: LOGIN only after STARTTLS
		{"logindisabled over tls", imapStop(probe.StopLoginDisabled, probe.SecurityTLS), pNone, CodeMechanismUnsupported},                                           // no usable mechanism at all
		{"no common mechanism", imapStop(probe.StopNoMechanism, probe.SecurityTLS), pNone, CodeMechanismUnsupported},
		{"preauth plaintext", imapStop(probe.StopPreauth, probe.SecurityStartTLS), pNone, CodeStartTLSUnavailable},

		// Refusals, provider by provider.
		{"m365 password", imapRefused(probe.StageAuthenticate, "PLAIN", "a1 NO AUTHENTICATE failed."), pM365, CodeBasicAuthDisabled}, // any password, since 2023
		{"m365 LOGIN", imapRefused(probe.StageAuthenticate, "LOGIN", "a1 NO LOGIN failed."), pM365, CodeBasicAuthDisabled},
		{"m365 oauth", imapRefused(probe.StageAuthenticate, "XOAUTH2", "a1 NO AUTHENTICATE failed."), pM365, CodeInvalidCredentials},         // token refused, not basic auth
		{"exchange on-prem", imapRefused(probe.StageAuthenticate, "PLAIN", "a1 NO AUTHENTICATE failed."), pExchange, CodeInvalidCredentials}, // passwords still work on-prem
		{"exchange unknown host", imapRefused(probe.StageAuthenticate, "PLAIN", "a1 NO AUTHENTICATE failed."), pNone, CodeInvalidCredentials},
		{"m365 not connected", imapRefused(probe.StageMailbox, "XOAUTH2", "a2 BAD User is authenticated but not connected."), pM365, CodeProtocolDisabled},
		{"gmail app password", imapRefused(probe.StageAuthenticate, "PLAIN", "a1 NO [ALERT] Application-specific password required: https://support.google.com/accounts/answer/185833 (Failure)"), pGmail, CodeAppPasswordRequired},
		{"gmail invalid", imapRefused(probe.StageAuthenticate, "PLAIN", "a1 NO [AUTHENTICATIONFAILED] Invalid credentials (Failure)"), pGoogleApp, CodeInvalidCredentials},
		{"gmail web login", imapRefused(probe.StageAuthenticate, "PLAIN", "a1 NO [ALERT] Please log in via your web browser: https://support.google.com/mail/accounts/answer/78754 (Failure)"), pGmail, CodeWebLoginRequired},
		{"gmail imap off", imapRefused(probe.StageAuthenticate, "PLAIN", "a1 NO [ALERT] IMAP access is disabled for your domain. Please contact your domain administrator (Failure)"), pGoogleApp, CodeProtocolDisabled},
		{"yandex", imapRefused(probe.StageAuthenticate, "LOGIN", "2 NO [AUTHENTICATIONFAILED] LOGIN Invalid credentials or IMAP is disabled sc=x"), pYandex, CodeInvalidCredentials},
		{"dovecot wrong password", imapRefused(probe.StageAuthenticate, "PLAIN", "a1 NO [AUTHENTICATIONFAILED] Authentication failed."), pDovecot, CodeInvalidCredentials},
		{"dovecot plaintext", imapRefused(probe.StageAuthenticate, "LOGIN", "a1 NO [PRIVACYREQUIRED] Plaintext authentication disallowed on non-secure (SSL/TLS) connections.",
			"Plaintext authentication not allowed without SSL/TLS, but your client did it anyway. If anyone was listening, the password was exposed."), pDovecot, CodePlaintextDisallowed},
		{"dovecot user+ip cap", imapRefused(probe.StageAuthenticate, "PLAIN", "a1 NO [UNAVAILABLE] Maximum number of connections from user+IP exceeded (mail_max_userip_connections=10)"), pDovecot, CodeRateLimited}, // phrase beats [UNAVAILABLE]
		{"dovecot backend down", imapRefused(probe.StageAuthenticate, "PLAIN", "a1 NO [UNAVAILABLE] Temporary authentication failure."), pDovecot, CodeTemporaryFailure},
		{"expired", imapRefused(probe.StageAuthenticate, "PLAIN", "a1 NO [EXPIRED] That password isn't valid any more"), pNone, CodePasswordExpired},
		{"contactadmin", imapRefused(probe.StageAuthenticate, "PLAIN", "a1 NO [CONTACTADMIN] Login disabled for this user"), pDovecot, CodeAccountLocked},
		{"bare NO", imapRefused(probe.StageAuthenticate, "PLAIN", "a1 NO Nope"), pNone, CodeInvalidCredentials},                                  // last resort, low confidence
		{"missing folder at mailbox", imapRefused(probe.StageMailbox, "PLAIN", "a2 NO Mailbox doesn't exist: INBOX"), pNone, CodeMailboxMissing}, // Dovecot's wording after the login
		{"trycreate at mailbox", imapRefused(probe.StageMailbox, "PLAIN", "a2 NO [TRYCREATE] Mailbox doesn't exist: Sent"), pNone, CodeMailboxMissing},
		{"overquota at mailbox", imapRefused(probe.StageMailbox, "PLAIN", "a2 NO [OVERQUOTA] Quota exceeded (mailbox for user is full)"), pNone, CodeQuotaExceeded},
		{"bare NO at mailbox", imapRefused(probe.StageMailbox, "PLAIN", "a2 NO Server error"), pNone, CodeUnknown},                                     // after a successful login: never the password
		{"reason in alert", imapRefused(probe.StageAuthenticate, "PLAIN", "a1 NO [ALERT] Sign-in blocked for this account"), pNone, CodeAccountLocked}, // the server's words win over the bare NO

		// Success.
		{"ok", imapOK(), pDovecot, CodeOK},
		{"reachable only", func() *imapcheck.Result {
			r := imapBase(probe.StageCapabilities)
			r.OK, r.StopReason = true, probe.StopNoCredentials
			return r
		}(), pNone, CodeOK},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			fs := ClassifyIMAP(tc.r, tc.p)
			require.NotEmpty(t, fs)
			f := fs[0]
			assert.Equal(t, tc.want, f.Code, "rule %s, evidence %q", f.Evidence.Rule, f.Evidence.Text)
			assertWellFormed(t, f)
			assert.Equal(t, ProtocolIMAP, f.Protocol)
			if f.Code != CodeOK {
				assert.Equal(t, SeverityError, f.Severity)
				assert.NotEmpty(t, f.Evidence.Text)
				if f.Code != CodeUnknown {
					assert.NotNil(t, f.Remediation, "remediation for %s", f.Code)
				}
			}
		})
	}
}

func TestClassifySMTP(t *testing.T) {
	auth := probe.StageAuthenticate
	tests := []struct {
		name string
		r    *smtpcheck.Result
		p    Provider
		want Code
	}{
		{"dns", smtpNet(probe.StageResolve, probe.NetDNSNotFound), pNone, CodeDNSFailure},
		{"refused", smtpNet(probe.StageConnect, probe.NetRefused), pNone, CodeConnectionRefused},
		{"tls on plain port", smtpNet(probe.StageTLSHandshake, probe.NetTLSNotTLS), pNone, CodeTLSWrongMode}, // 465 setting on 587
		{"cert", smtpNet(probe.StageTLSHandshake, probe.NetTLSCert), pNone, CodeTLSCertificate},
		{"421 banner", smtpRefused(probe.StageGreeting, "", "421 4.3.2 Service not available, closing transmission channel"), pNone, CodeServerUnavailable},
		{"421 too many", smtpRefused(probe.StageGreeting, "", "421 4.7.0 Too many connections from your host"), pNone, CodeRateLimited},   // phrase beats 421
		{"554 banner", smtpRefused(probe.StageGreeting, "", "554 5.7.1 Your IP is listed at zen.spamhaus.org"), pNone, CodePolicyBlocked}, // the client's address is refused, not the service down
		{"legacy tls", smtpRefused(probe.StageStartTLS, "", "421 4.7.66 TLS 1.0 and 1.1 are not supported. Please upgrade/update your client to support TLS 1.2. Visit https://aka.ms/smtp_auth_tls"), pM365, CodeTLSHandshakeFailed},
		{"must starttls", smtpRefused(auth, "PLAIN", "530 5.7.0 Must issue a STARTTLS command first"), pPostfix, CodePlaintextDisallowed},
		{"auth only after tls", smtpStop(probe.StopAuthNotOffered, probe.SecurityNone, "STARTTLS"), pNone, CodePlaintextDisallowed},                      // EHLO before TLS lists STARTTLS and no AUTH
		{"plaintext kept, no STARTTLS", smtpStop(probe.StopPlaintextNotAllowed, probe.SecurityNone, "AUTH PLAIN LOGIN"), pNone, CodeStartTLSUnavailable}, // the server would take it unencrypted
		{"postfix reason appended", smtpRefused(auth, "PLAIN", "535 5.7.8 Error: authentication failed: account disabled"), pPostfix, CodeAccountLocked},
		{"auth not offered", smtpStop(probe.StopAuthNotOffered, probe.SecurityTLS), pNone, CodeMechanismUnsupported},     // port 25 at an MX host
		{"no starttls", smtpStop(probe.StopStartTLSUnavailable, probe.SecurityStartTLS), pNone, CodeStartTLSUnavailable}, // stripped by a middlebox, or not offered
		{"m365 tenant off", smtpRefused(auth, "LOGIN", "535 5.7.139 Authentication unsuccessful, SmtpClientAuthentication is disabled for the Tenant. Visit https://aka.ms/smtp_auth_disabled for more information. [MN2PR05CA0004.namprd05.prod.outlook.com 2023-09-12T20:59:57.214Z 08DBB276B7E699C4]"), pM365, CodeProtocolDisabled},
		{"m365 wrong password", smtpRefused(auth, "LOGIN", "535 5.7.139 Authentication unsuccessful, the user credentials were incorrect. [PH0PR07CA0004.namprd07.prod.outlook.com]"), pM365, CodeInvalidCredentials},
		{"m365 security defaults", smtpRefused(auth, "LOGIN", "535 5.7.139 Authentication unsuccessful, user is locked by your organization's security defaults policy. Contact your administrator."), pM365, CodePolicyBlocked},
		{"m365 5.7.3", smtpRefused(auth, "LOGIN", "535 5.7.3 Authentication unsuccessful [SG2PR06CA0186.apcprd06.prod.outlook.com]"), pM365, CodeInvalidCredentials},                                                                                           // ambiguous; see TestAmbiguity
		{"m365 5.7.139 other", smtpRefused(auth, "LOGIN", "535 5.7.139 Authentication unsuccessful, something new."), pM365, CodeBasicAuthDisabled},                                                                                                            // code rule when no phrase matches
		{"gmail app password", smtpRefused(auth, "PLAIN", "534-5.7.9 Application-specific password required. Learn more at", "534 5.7.9  https://support.google.com/mail/?p=InvalidSecondFactor o13sm2119833lfg.90 - gsmtp"), pGmail, CodeAppPasswordRequired}, // phrase beats RFC 4954's 5.7.9
		{"gmail bad credentials", smtpRefused(auth, "PLAIN", "535-5.7.8 Username and Password not accepted. For more information, go to", "535 5.7.8  https://support.google.com/mail/?p=BadCredentials x - gsmtp"), pGmail, CodeInvalidCredentials},
		{"too weak", smtpRefused(auth, "PLAIN", "534 5.7.9 Authentication mechanism is too weak"), pNone, CodeMechanismUnsupported},
		{"postfix", smtpRefused(auth, "PLAIN", "535 5.7.8 Error: authentication failed: authentication failure"), pPostfix, CodeInvalidCredentials},
		{"postfix temp", smtpRefused(auth, "PLAIN", "454 4.7.0 Temporary authentication failure: Connection lost to authentication server"), pPostfix, CodeTemporaryFailure},
		{"exim", smtpRefused(auth, "PLAIN", "535 Incorrect authentication data"), pNone, CodeInvalidCredentials},
		{"yahoo auth005", smtpRefused(auth, "PLAIN", "535 5.7.0 (#AUTH005) Too many bad auth attempts."), Provider{ID: "yahoo"}, CodeAppPasswordRequired},
		{"unknown 5xx to auth", smtpRefused(auth, "PLAIN", "550 Go away"), pNone, CodeInvalidCredentials}, // last resort, low confidence

		// Envelope refusals.
		{"sender not owned", smtpEnvelope([]string{"553 5.7.1 <boss@example.com>: Sender address rejected: not owned by user ann@example.com"}, nil), pPostfix, CodeSenderNotPermitted},
		{"mail refused", smtpEnvelope([]string{"550 5.7.1 Nope"}, nil), pNone, CodeSenderNotPermitted}, // MAIL FROM refused: the sender
		{"m365 send as", smtpEnvelope([]string{"550 5.7.60 SMTP; Client does not have permissions to send as this sender"}, nil), pM365, CodeSenderNotPermitted},
		{"m365 outbound spam", smtpEnvelope([]string{"550 5.1.8 Bad outbound sender"}, nil), pM365, CodeSendingBlocked},
		{"quota", smtpEnvelope([]string{"550 5.4.5 Daily user sending quota exceeded. x - gsmtp"}, nil), pGmail, CodeRateLimited}, // a daily limit passes by itself
		{"suspended", smtpEnvelope([]string{"550 5.7.1 Your account has been suspended from sending due to spam"}, nil), pNone, CodeSendingBlocked},
		{"recipient unknown", smtpEnvelope(nil, []string{"550 5.1.1 <bob@example.net>: Recipient address rejected: User unknown in virtual mailbox table"}), pPostfix, CodeRecipientUnknown},
		{"mailbox full", smtpEnvelope(nil, []string{"552 5.2.2 Mailbox full"}), pNone, CodeQuotaExceeded},
		{"relay denied", smtpEnvelope(nil, []string{"554 5.7.1 <bob@example.net>: Relay access denied"}), pPostfix, CodeRelayDenied},
		{"rcpt refused", smtpEnvelope(nil, []string{"550 5.7.1 Unable to deliver"}), pNone, CodeRelayDenied}, // RCPT TO refused: relaying

		{"ok", smtpOK("PLAIN"), pPostfix, CodeOK},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			fs := ClassifySMTP(tc.r, tc.p)
			require.NotEmpty(t, fs)
			f := fs[0]
			assert.Equal(t, tc.want, f.Code, "rule %s, evidence %q", f.Evidence.Rule, f.Evidence.Text)
			assertWellFormed(t, f)
			assert.Equal(t, ProtocolSMTP, f.Protocol)
		})
	}
}

func TestClassifyNil(t *testing.T) {
	assert.Nil(t, ClassifyIMAP(nil, pNone))
	assert.Nil(t, ClassifySMTP(nil, pNone))
	// A zero result is not a success and says nothing: unknown, no panic.
	assert.Equal(t, CodeUnknown, ClassifyIMAP(&imapcheck.Result{}, Provider{})[0].Code)
	assert.Equal(t, CodeUnknown, ClassifySMTP(&smtpcheck.Result{}, Provider{})[0].Code)
}

func TestClassifyEvidence(t *testing.T) {
	// Server refusals quote the exact line; network failures the message.
	f := ClassifyIMAP(imapRefused(probe.StageAuthenticate, "PLAIN", "a1 NO AUTHENTICATE failed."), pM365)[0]
	assert.Equal(t, "a1 NO AUTHENTICATE failed.", f.Evidence.Text)
	assert.Equal(t, "server_reply", f.Evidence.Kind)
	assert.Equal(t, "microsoft-imap-authenticate-failed", f.Evidence.Rule)
	assert.Equal(t, ScopeProvider, f.Scope)

	f = ClassifyIMAP(imapNet(probe.StageTLSHandshake, probe.NetTLSCert, withCert(probe.CertWrongHost)), pNone)[0]
	assert.Equal(t, "tls", f.Evidence.Kind)
	assert.Equal(t, probe.CertWrongHost, f.CertReason)

	f = ClassifyIMAP(imapNet(probe.StageConnect, probe.NetRefused), pNone)[0]
	assert.Equal(t, "network", f.Evidence.Kind)
	assert.Equal(t, "test: refused", f.Evidence.Text)

	f = ClassifySMTP(smtpStop(probe.StopStartTLSUnavailable, probe.SecurityStartTLS), pNone)[0]
	assert.Equal(t, "probe", f.Evidence.Kind)

	f = ClassifySMTP(smtpEnvelope(nil, []string{"554 5.7.1 <bob@example.net>: Relay access denied"}), pNone)[0]
	assert.Equal(t, probe.StageEnvelope, f.Stage)
	assert.Equal(t, "554 5.7.1 <bob@example.net>: Relay access denied", f.Evidence.Text)
}

func TestWarnings(t *testing.T) {
	expiring := func(in time.Duration) func(*probe.TLSInfo) {
		return func(ti *probe.TLSInfo) {
			ti.Chain = []probe.CertInfo{{Subject: "CN=imap.example.com", NotBefore: t0.Add(-60 * 24 * time.Hour), NotAfter: t0.Add(in)}}
		}
	}
	imapWith := func(mod func(*probe.TLSInfo)) *imapcheck.Result {
		r := imapOK()
		mod(r.TLS)
		return r
	}
	day := 24 * time.Hour
	tests := []struct {
		name string
		fs   []Finding
		want []Code // codes after the primary
	}{
		{"expires in 10 days", ClassifyIMAP(imapWith(expiring(10*day)), pNone), []Code{CodeTLSCertificate}},                                                                                   // within 30 days of StartedAt
		{"expires in 30 days", ClassifyIMAP(imapWith(expiring(30*day)), pNone), []Code{CodeTLSCertificate}},                                                                                   // the boundary counts
		{"expires in 40 days", ClassifyIMAP(imapWith(expiring(40*day)), pNone), nil},                                                                                                          // fine
		{"tls 1.1", ClassifyIMAP(imapWith(func(ti *probe.TLSInfo) { ti.Version = "TLS 1.1" }), pNone), []Code{CodeTLSHandshakeFailed}},                                                        // refused by Microsoft and others
		{"microsoft legacy tls endpoint", ClassifyIMAP(func() *imapcheck.Result { r := imapOK(); r.Host = "IMAP-Legacy.office365.com."; return r }(), pM365), []Code{CodeTLSHandshakeFailed}}, // retired at the end of 2026
		{"unverified", ClassifyIMAP(imapWith(func(ti *probe.TLSInfo) { ti.Verified = false }), pNone), []Code{CodeTLSCertificate}},
		{"m365 smtp password", ClassifySMTP(smtpOK("LOGIN"), pM365), []Code{CodeBasicAuthDisabled}}, // default-off end of December 2026
		{"m365 smtp oauth", ClassifySMTP(smtpOK("XOAUTH2"), pM365), nil},                            // OAuth stays
		{"gmail smtp password", ClassifySMTP(smtpOK("PLAIN"), pGmail), nil},                         // app passwords are not on a retirement path
		{"plaintext login", ClassifyIMAP(func() *imapcheck.Result { r := imapOK(); r.Auth.OverTLS = false; return r }(), pNone), []Code{CodePlaintextDisallowed}},
		{"password-only mechanisms", ClassifyIMAP(func() *imapcheck.Result {
			r := imapOK()
			r.Capabilities = []string{"IMAP4rev1", "AUTH=PLAIN", "AUTH=LOGIN"}
			return r
		}(), pNone), []Code{CodeMechanismUnsupported}},
		{"oauth offered", ClassifyIMAP(func() *imapcheck.Result {
			r := imapOK()
			r.Capabilities = []string{"IMAP4rev1", "AUTH=PLAIN", "AUTH=XOAUTH2"}
			return r
		}(), pNone), nil},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			require.NotEmpty(t, tc.fs)
			assert.Equal(t, CodeOK, tc.fs[0].Code, "warnings never replace the primary")
			var got []Code
			for _, f := range tc.fs[1:] {
				got = append(got, f.Code)
				assert.NotEqual(t, SeverityError, f.Severity)
				assertWellFormed(t, f)
				assert.NotEmpty(t, f.Evidence.Source)
			}
			assert.Equal(t, tc.want, got)
		})
	}

	// The expiry warning names the date and measures from StartedAt.
	fs := ClassifyIMAP(imapWith(expiring(10*day)), pNone)
	assert.Equal(t, probe.CertExpired, fs[1].CertReason)
	assert.Contains(t, fs[1].Summary, "10 days")
	assert.Contains(t, fs[1].Summary, "2026-11-30")

	// One day reads "1 day", not "1 days".
	fs = ClassifyIMAP(imapWith(expiring(day-time.Minute)), pNone)
	assert.Contains(t, fs[1].Summary, "expires in 1 day (")

	// Microsoft's legacy-TLS IMAP endpoint is named, with its retirement
	// worded for the probe's day (t0 is in November 2026), and the
	// warning comes whatever the outcome: the endpoint itself is going.
	legacy := func(ok bool) []Finding {
		r := imapOK()
		if !ok {
			r = imapNet(probe.StageConnect, probe.NetDNSNotFound)
		}
		r.Host = "imap-legacy.office365.com"
		return ClassifyIMAP(r, pM365)
	}
	for _, ok := range []bool{true, false} {
		fs = legacy(ok)
		require.Len(t, fs, 2, "ok=%v", ok)
		assert.Equal(t, "warn-microsoft-legacy-tls-endpoint", fs[1].Evidence.Rule)
		assert.Contains(t, fs[1].Summary, "imap-legacy.office365.com is the opt-in endpoint")
		assert.Contains(t, fs[1].Summary, "to be complete at the end of December 2026, in ")
		assert.NotContains(t, fs[1].Summary, "{")
	}

	// The Microsoft 365 warning gives the dates and cites Microsoft.
	fs = ClassifySMTP(smtpOK("LOGIN"), pM365)
	assert.Equal(t, SeverityWarning, fs[1].Severity)
	assert.Contains(t, fs[1].Summary, "end of December 2026")
	assert.Contains(t, fs[1].Summary, "second half of 2027")
	assert.Equal(t, srcMSSMTPAuthTimeline, fs[1].Evidence.Source)
}

// assertWellFormed checks the properties every finding must have.
func assertWellFormed(t *testing.T, f Finding) {
	t.Helper()
	assert.True(t, f.Code.Known(), "code %q", f.Code)
	assert.Contains(t, []Confidence{ConfidenceHigh, ConfidenceMedium, ConfidenceLow}, f.Confidence)
	assert.Contains(t, []Severity{SeverityError, SeverityWarning, SeverityInfo}, f.Severity)
	assert.NotEmpty(t, f.Summary)
	assert.NotNil(t, f.Alternatives, "alternatives marshal as [] not null")
	seen := map[Code]bool{}
	for _, a := range f.Alternatives {
		assert.NotEqual(t, f.Code, a.Code, "an alternative repeats the primary")
		assert.False(t, seen[a.Code], "alternative %s twice", a.Code)
		seen[a.Code] = true
		assert.True(t, a.Code.Known())
		assert.NotEmpty(t, a.Why)
		assert.NotEmpty(t, a.Tell)
	}
}

// withTLS marks the connection as encrypted before the failure: the
// implicit-TLS handshake completed.
func withTLS(r *imapcheck.Result) { r.TLS = &probe.TLSInfo{Version: "TLS 1.3", Verified: true} }

// TestGreetingTimeoutReading: a server that accepts the connection but
// never greets (mailtest's no-greeting) is connection_timeout; the summary
// says the connection worked, and tls_wrong_mode is offered only where a
// wrong TLS mode is still possible.
func TestGreetingTimeoutReading(t *testing.T) {
	tests := []struct {
		name     string
		r        *imapcheck.Result
		rule     string
		summary  string // a phrase the summary must contain
		wrongTLS bool   // tls_wrong_mode among the alternatives
	}{
		{"implicit TLS, handshake done", imapNet(probe.StageGreeting, probe.NetTimeout, withPort(993, probe.SecurityTLS), withTLS),
			"timeout-greeting-after-tls", "TLS handshake both worked", false}, // the TLS mode is proven right
		{"plaintext, mode check found no TLS", imapNet(probe.StageGreeting, probe.NetTimeout, withPort(1143, probe.SecurityStartTLS), withModeCheck(false)),
			"timeout-greeting-mode-no-tls", "did not succeed either", false}, // the mode check ruled it out
		{"plaintext 993, mode check found no TLS", imapNet(probe.StageGreeting, probe.NetTimeout, withPort(993, probe.SecurityNone), withModeCheck(false)),
			"timeout-greeting-mode-no-tls", "never sent its greeting", false}, // the fact beats the port-number guess
		{"starttls, no mode check", imapNet(probe.StageGreeting, probe.NetTimeout, withPort(143, probe.SecurityStartTLS)),
			"timeout-greeting", "never sent its greeting", true}, // skipped mode check: still possible
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			f := ClassifyIMAP(tc.r, pNone)[0]
			assert.Equal(t, CodeConnectionTimeout, f.Code)
			assert.Equal(t, tc.rule, f.Evidence.Rule)
			assert.Contains(t, f.Summary, tc.summary)
			assert.NotContains(t, f.Summary, "no answer at all")
			assert.Equal(t, tc.wrongTLS, hasAlternative(&f, CodeTLSWrongMode), "alternatives %+v", f.Alternatives)
			assertWellFormed(t, f)
		})
	}

	// SMTP over implicit TLS reads the same.
	r := smtpNet(probe.StageGreeting, probe.NetTimeout)
	r.Port, r.Security, r.TLS = 465, probe.SecurityTLS, &probe.TLSInfo{Version: "TLS 1.3"}
	f := ClassifySMTP(r, pNone)[0]
	assert.Equal(t, "timeout-greeting-after-tls", f.Evidence.Rule)
	assert.False(t, hasAlternative(&f, CodeTLSWrongMode))

	// The remediation no longer claims the connection got no answer at all.
	require.NotNil(t, f.Remediation)
	assert.Contains(t, f.Remediation.Explanation, "never sent its greeting")
}

// TestSilentAfterConnectAdvice: the connection opened and neither a
// greeting nor TLS came; the advice says the connection worked and what
// holds it, not connection_timeout's firewall and host advice for a
// connection that never opened (a new CLI user's find).
func TestSilentAfterConnectAdvice(t *testing.T) {
	f := ClassifyIMAP(imapNet(probe.StageGreeting, probe.NetTimeout, withPort(143, probe.SecurityStartTLS), withModeCheck(false)), pNone)[0]
	require.NotNil(t, f.Remediation)
	assert.Equal(t, "The connection opened, but nothing greeted", f.Remediation.Title)
	assert.Contains(t, f.Remediation.Explanation, "accepted the connection")
}

// TestSilentAfterTLSIsTheServersAdmins: a server that completed the TLS
// handshake and never greeted is the mail service's problem, and its
// advice goes to the administrator, not to the user's network (a new CLI
// user's find: "try a phone hotspot").
func TestSilentAfterTLSIsTheServersAdmins(t *testing.T) {
	fs := ClassifyIMAP(imapNet(probe.StageGreeting, probe.NetTimeout, withTLS), pNone)
	require.NotEmpty(t, fs)
	f := fs[0]
	assert.Equal(t, CodeConnectionTimeout, f.Code)
	assert.Equal(t, "timeout-greeting-after-tls", f.Evidence.Rule)
	require.NotNil(t, f.Remediation)
	assert.Equal(t, AudienceAdmin, f.Remediation.Audience)
	assert.Contains(t, f.Remediation.Title, "never greeted")
	assert.NotContains(t, f.Remediation.Explanation+strings.Join(f.Remediation.UserSteps, " "), "hotspot")
}

// TestSlowReplyIsNotSilence: a probe step that ran out of time with part
// of the server's reply read is a slow server, not one that stopped
// answering ("no reply came" would contradict the lines shown).
func TestSlowReplyIsNotSilence(t *testing.T) {
	timeout := &probe.NetError{Kind: probe.NetTimeout, Op: "read", Message: "read tcp 127.0.0.1:1->127.0.0.1:465: i/o timeout"}
	result := func(server string) *smtpcheck.Result {
		return &smtpcheck.Result{Host: "mail.example.org", Port: 465, Security: probe.SecurityTLS, Stage: probe.StageEHLO,
			Error: timeout, TLS: &probe.TLSInfo{Version: "TLS 1.3"},
			Steps: []probe.Step{
				{Stage: probe.StageConnect, Outcome: probe.OutcomeOK},
				{Stage: probe.StageTLSHandshake, Outcome: probe.OutcomeOK},
				{Stage: probe.StageGreeting, Outcome: probe.OutcomeOK, Server: "220 mail.example.org ESMTP"},
				{Stage: probe.StageEHLO, Outcome: probe.OutcomeFailed, Server: server, Error: timeout},
			}}
	}
	f := ClassifySMTP(result("250-mail.example.org\n250-PIPELINING\n250-SIZE 10240000"), Provider{})
	require.NotEmpty(t, f)
	assert.Equal(t, CodeConnectionTimeout, f[0].Code)
	assert.Equal(t, "timeout-reply-arriving", f[0].Evidence.Rule)
	assert.Contains(t, f[0].Summary, "still sending its reply")

	f = ClassifySMTP(result(""), Provider{})
	require.NotEmpty(t, f)
	assert.Equal(t, "timeout-later-probe", f[0].Evidence.Rule, "no byte of the reply: the server stopped answering")

	// A refusal cut off is still the server's refusal: its first line
	// fixes its code (a reviewer's find: "it answers, but slowly"
	// contradicted a 535 shown above it).
	r := result("535-5.7.8 Username and Password not accepted. For more information, go to")
	r.Stage = probe.StageAuthenticate
	r.Steps[3].Stage = probe.StageAuthenticate
	f = ClassifySMTP(r, Provider{})
	require.NotEmpty(t, f)
	assert.Equal(t, CodeInvalidCredentials, f[0].Code)
	assert.Contains(t, f[0].Evidence.Text, "535-5.7.8")
}

// TestCertForAnotherName: a certificate that names other hosts says which,
// and the advice is the user's (use the name it covers), not the
// administrator's "renew the certificate" (a reviewer's find: a shared
// host's "*.hostinger.com" certificate for mail.example.com).
func TestCertForAnotherName(t *testing.T) {
	res := func(names ...string) *imapcheck.Result {
		e := &probe.NetError{Kind: probe.NetTLSCert, Op: "handshake", CertReason: probe.CertWrongHost,
			Message: "tls: failed to verify certificate: x509: certificate is valid for *.hostinger.com, hostinger.com, not mail.example.com"}
		r := &imapcheck.Result{Host: "mail.example.com", Port: 993, Security: probe.SecurityTLS, Stage: probe.StageTLSHandshake, Error: e}
		if names != nil {
			r.TLS = &probe.TLSInfo{Chain: []probe.CertInfo{{DNSNames: names}}}
		}
		return r
	}
	f := ClassifyIMAP(res("*.hostinger.com", "hostinger.com"), Provider{})
	require.NotEmpty(t, f)
	assert.Equal(t, CodeTLSCertificate, f[0].Code)
	assert.Equal(t, "The server's certificate is for *.hostinger.com, hostinger.com, not for mail.example.com, the name connected to.", f[0].Summary)
	require.NotNil(t, f[0].Remediation)
	assert.Equal(t, AudienceUser, f[0].Remediation.Audience)
	assert.Contains(t, f[0].Remediation.Title, "use the name it covers")

	many := ClassifyIMAP(res("a.example.net", "b.example.net", "c.example.net", "d.example.net", "e.example.net", "f.example.net"), Provider{})
	assert.Contains(t, many[0].Summary, "d.example.net and 2 more, not for mail.example.com")

	// A certificate's names are the server's text: control characters
	// and overlong names never reach the summary.
	hostile := ClassifyIMAP(res("x\n\n  IMAP ok\x1b]0;pwned\x07.example", strings.Repeat("a", 300)+".example", "mail.example.net"), Provider{})
	assert.Equal(t, "The server's certificate is for mail.example.net, not for mail.example.com, the name connected to.", hostile[0].Summary)
	onlyHostile := ClassifyIMAP(res("x\n\x1b[2J.example"), Provider{})
	assert.Equal(t, "The server's certificate names another host than the one connected to.", onlyHostile[0].Summary)

	f = ClassifyIMAP(res(), Provider{})
	assert.Equal(t, "The server's certificate names another host than the one connected to.", f[0].Summary, "no certificate seen: the general words")
	require.NotNil(t, f[0].Remediation)
	assert.NotContains(t, f[0].Remediation.Title, "use the name it covers")
}

// TestProgramWordsAreNotTheServers: a program's own account of a network
// failure, with no server reply in it, is not quoted as what the server
// said (a reviewer's find: Node's "Error: getaddrinfo ENOTFOUND" came out
// as 'The server says: "Error: getaddrinfo ENOTFOUND ..."').
func TestProgramWordsAreNotTheServers(t *testing.T) {
	f := Explain("Error: getaddrinfo ENOTFOUND smtp.example.org", Hints{})
	assert.Equal(t, CodeDNSFailure, f.Code)
	assert.Empty(t, f.ServerSays)
	assert.NotContains(t, f.Summary, "The server says")
	assert.Equal(t, "network", f.Evidence.Kind)

	f = Explain("554 5.7.1 Sign-in blocked for this account", Hints{})
	assert.Equal(t, "server_reply", f.Evidence.Kind, "a server's reply stays the server's")
}

// TestRefusedCertificateIsNotAcceptedUnverified: a probe that stopped on
// the certificate has an unverified session because it refused it; the
// warning that a certificate "was accepted without verification" is for
// a caller who switched verification off (a new CLI user's find: it
// followed every refused certificate).
func TestRefusedCertificateIsNotAcceptedUnverified(t *testing.T) {
	refused := &imapcheck.Result{Host: "mail.example.com", Port: 993, Security: probe.SecurityTLS, Stage: probe.StageTLSHandshake,
		Error: &probe.NetError{Kind: probe.NetTLSCert, CertReason: probe.CertUnknownAuthority, Message: "x509: certificate signed by unknown authority"},
		TLS:   &probe.TLSInfo{Version: "TLS 1.3"}}
	for _, f := range ClassifyIMAP(refused, Provider{}) {
		assert.NotEqual(t, "warn-tls-unverified", f.Evidence.Rule)
	}
	skipped := &imapcheck.Result{Host: "mail.example.com", Port: 993, Security: probe.SecurityTLS, OK: true, TLS: &probe.TLSInfo{Version: "TLS 1.3"}}
	var rules []string
	for _, f := range ClassifyIMAP(skipped, Provider{}) {
		rules = append(rules, f.Evidence.Rule)
	}
	assert.Contains(t, rules, "warn-tls-unverified", "verification switched off by the caller is still told")
}

// TestPlaintextPortWithoutAuth: no STARTTLS and no AUTH either. mailcheck
// sent nothing, and nothing says the server would have taken a password
// unencrypted (a new CLI user's find); with AUTH offered, it would have.
func TestPlaintextPortWithoutAuth(t *testing.T) {
	f := ClassifySMTP(smtpStop(probe.StopPlaintextNotAllowed, probe.SecurityNone, "PIPELINING", "8BITMIME"), pNone)[0]
	assert.Equal(t, CodeStartTLSUnavailable, f.Code)
	assert.Equal(t, "stop-plaintext-no-tls-no-auth", f.Evidence.Rule)
	assert.NotContains(t, f.Summary, "would have taken it")
	assert.True(t, hasAlternative(&f, CodeMechanismUnsupported))

	f = ClassifySMTP(smtpStop(probe.StopPlaintextNotAllowed, probe.SecurityNone, "AUTH PLAIN LOGIN"), pNone)[0]
	assert.Equal(t, "stop-plaintext-no-tls", f.Evidence.Rule)
	assert.Contains(t, f.Summary, "would have taken it unencrypted")
}

// TestPastedCertNames: a pasted certificate error that names the host
// and the certificate's names gets the same words and advice as a
// probe's (a new CLI user's find: check told the user to use the name the
// certificate covers, explain on Node's words told the admin to renew).
// Go's words are left out: Go checks the name before the chain.
func TestPastedCertNames(t *testing.T) {
	for _, text := range []string{
		"Error: Hostname/IP does not match certificate's altnames: Host: mail.example.com. is not in the cert's altnames: DNS:*.hostingco.example, DNS:hostingco.example",
		"ssl.CertificateError: hostname 'mail.example.com' doesn't match either of '*.hostingco.example', 'hostingco.example'",
	} {
		f := Explain(text, Hints{})
		assert.Equal(t, CodeTLSCertificate, f.Code, text)
		assert.Equal(t, "The server's certificate is for *.hostingco.example, hostingco.example, not for mail.example.com, the name connected to.", f.Summary, text)
		if assert.NotNil(t, f.Remediation, text) {
			assert.Equal(t, AudienceUser, f.Remediation.Audience, text)
		}
	}
	f := Explain("x509: certificate is valid for localhost, not mail.example.com", Hints{})
	assert.Equal(t, CodeTLSCertificate, f.Code)
	assert.NotContains(t, f.Summary, "is for localhost", "Go's words may be a self-signed certificate's")
	f = Explain("Error: Hostname/IP does not match certificate's altnames: Host: mail.example.com. is not in the cert's altnames: DNS:x\x1b[2J", Hints{})
	assert.NotContains(t, f.Summary, "\x1b", "a name with a control character is not listed")
}

// TestAuthNotOfferedOverTLS: AUTH missing after TLS worked is no STARTTLS
// question. On a submission port the server's admin acts; elsewhere the
// user's port comes first (a new CLI user's find: the owner was told to
// use the STARTTLS port the check had used, beside a reading the
// transcript ruled out).
func TestAuthNotOfferedOverTLS(t *testing.T) {
	for _, tc := range []struct {
		port      int
		situation string
		audience  catalog.Audience
	}{
		{587, "auth-off-on-submission-port", catalog.AudienceAdmin},
		{465, "auth-off-on-submission-port", catalog.AudienceAdmin},
		{25, "auth-not-offered-over-tls", catalog.AudienceUser},
	} {
		r := smtpStop(probe.StopAuthNotOffered, probe.SecurityStartTLS, "STARTTLS")
		r.Port = tc.port
		fs := ClassifySMTP(r, pNone)
		require.NotEmpty(t, fs)
		f := fs[0]
		assert.Equal(t, CodeMechanismUnsupported, f.Code, "port %d", tc.port)
		assert.False(t, hasAlternative(&f, CodePlaintextDisallowed), "port %d: TLS worked, so no STARTTLS reading", tc.port)
		rem := RemediateFinding(f, "", Vars{})
		require.NotNil(t, rem)
		assert.Equal(t, tc.situation, rem.Situation, "port %d", tc.port)
		assert.Equal(t, tc.audience, rem.Audience, "port %d", tc.port)
		assert.NotContains(t, rem.Explanation, "Exim", "port %d", tc.port)
		if tc.audience == catalog.AudienceAdmin {
			// A server that trusts some networks by address leaves AUTH
			// out for them: that reading is offered too.
			assert.True(t, hasAlternative(&f, CodeRelayDenied), "port %d", tc.port)
		}
	}
}

// TestMicrosoftCredentialsIncorrectAdvice: Microsoft's "the user
// credentials were incorrect" is its word that the password is wrong; the
// advice does not call a refusal "administrative" when the password works
// on the web (a new CLI user's find: it undid the server's words).
func TestMicrosoftCredentialsIncorrectAdvice(t *testing.T) {
	f := Explain("535 5.7.139 Authentication unsuccessful, the user credentials were incorrect. [AM0PR01CA0001.eurprd01.prod.exchangelabs.com]", Hints{})
	require.Equal(t, CodeInvalidCredentials, f.Code)
	require.NotNil(t, f.Remediation)
	assert.Equal(t, "credentials-incorrect", f.Remediation.Situation)
	for _, s := range f.Remediation.UserSteps {
		assert.NotContains(t, s, "administrative", s)
	}
}

// TestMicrosoftNotAuthenticatedToSendAdvice: Outlook's 0x800CCC78 with
// "530 5.7.57 Client not authenticated to send mail" is a program that
// did not sign in: its owner switches authentication on first (a new CLI
// user's find: the admin's Direct Send checks came first).
func TestMicrosoftNotAuthenticatedToSendAdvice(t *testing.T) {
	f := Explain("Sending reported error (0x800CCC78) : 'Cannot send the message. The server responded: 530 5.7.57 Client not authenticated to send mail. [PR3P191CA0012.EURP191.PROD.OUTLOOK.COM 2024-01-01T00:00:00.000Z 08DC0000000000]'", Hints{})
	require.Equal(t, CodeRelayDenied, f.Code)
	require.NotNil(t, f.Remediation)
	assert.Equal(t, catalog.AudienceUser, f.Remediation.Audience)
	require.NotEmpty(t, f.Remediation.UserSteps)
	assert.Contains(t, f.Remediation.UserSteps[0], "requires authentication")
}

// TestMailboxScopeLeavesOutTheTenantSwitch: "disabled for the Mailbox"
// names one mailbox; the advice does not offer the organisation-wide
// switch, which a mailbox's own value overrides (a new CLI user's find),
// and it refers to no advice the reader cannot see.
func TestMailboxScopeLeavesOutTheTenantSwitch(t *testing.T) {
	mailbox := Explain("535 5.7.139 Authentication unsuccessful, SmtpClientAuthentication is disabled for the Mailbox. Visit https://aka.ms/smtp_auth_disabled for more information.", Hints{Protocol: ProtocolSMTP})
	tenant := Explain("535 5.7.139 Authentication unsuccessful, SmtpClientAuthentication is disabled for the Tenant. Visit https://aka.ms/smtp_auth_disabled for more information.", Hints{Protocol: ProtocolSMTP})
	require.NotNil(t, mailbox.Remediation)
	require.NotNil(t, tenant.Remediation)
	has := func(r *Remediation) bool {
		return slices.ContainsFunc(r.AdminSteps, func(s string) bool {
			return strings.Contains(s, "Set-TransportConfig -SmtpClientAuthenticationDisabled $false")
		})
	}
	assert.False(t, has(mailbox.Remediation), "one mailbox: no organisation-wide switch")
	assert.True(t, has(tenant.Remediation), "the tenant: its switch stays")
	for _, s := range append(append([]string{mailbox.Remediation.Warning}, mailbox.Remediation.AdminSteps...), mailbox.Remediation.UserSteps...) {
		assert.NotContains(t, s, "advice first", s)
		assert.NotContains(t, s, "see the policy_blocked advice", s)
	}
}

// TestReviewOfNewUserFixes: a reviewer's finds in the fixes for the new
// CLI user: Direct Send stays the admin's, Microsoft's "credentials were
// incorrect" keeps its advice without a reply code, and a provider's
// "AUTH only after STARTTLS" reading needs a plaintext connection.
func TestReviewOfNewUserFixes(t *testing.T) {
	ds := Explain("550 5.7.68 TenantInboundAttribution; Direct Send not allowed for this organization from unauthorized sources", Hints{})
	require.NotNil(t, ds.Remediation)
	assert.Equal(t, catalog.AudienceAdmin, ds.Remediation.Audience)
	assert.True(t, slices.ContainsFunc(ds.Remediation.AdminSteps, func(s string) bool { return strings.Contains(s, "RejectDirectSend") }))

	ci := Explain("Authentication unsuccessful, the user credentials were incorrect.", Hints{})
	require.NotNil(t, ci.Remediation)
	assert.Equal(t, "credentials-incorrect", ci.Remediation.Situation)

	r := smtpStop(probe.StopAuthNotOffered, probe.SecurityStartTLS, "STARTTLS")
	r.Host = "smtp.gmail.com"
	f := ClassifySMTP(r, pGmail)[0]
	assert.NotEqual(t, CodePlaintextDisallowed, f.Code, "TLS worked: rule %s", f.Evidence.Rule)
}
