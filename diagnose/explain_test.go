package diagnose

import (
	"encoding/base64"
	"encoding/json"
	"github.com/mailcheck-go/mailcheck/catalog"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/mailcheck-go/mailcheck/probe"
)

// TestExplainClientErrors: what mail clients and libraries print, turned
// into the same facts a probe records.
func TestExplainClientErrors(t *testing.T) {
	tests := []struct {
		text  string
		want  Code
		cert  probe.CertReason
		proto Protocol
	}{
		{"x509: certificate has expired or is not yet valid", CodeTLSCertificate, probe.CertExpired, ""}, // Go, without detail: expiry is the usual case
		{"tls: failed to verify certificate: x509: certificate has expired or is not yet valid: current time 2026-11-20T12:00:00Z is after 2026-11-01T00:00:00Z", CodeTLSCertificate, probe.CertExpired, ""},
		{"x509: certificate has expired or is not yet valid: current time 2026-11-20T12:00:00Z is before 2027-01-01T00:00:00Z", CodeTLSCertificate, probe.CertNotYetValid, ""},
		{"x509: certificate is valid for mail.host.example, not mail.example.com", CodeTLSCertificate, probe.CertWrongHost, ""},
		{"x509: certificate signed by unknown authority", CodeTLSCertificate, probe.CertUnknownAuthority, ""},
		{"ssl.SSLCertVerificationError: [SSL: CERTIFICATE_VERIFY_FAILED] certificate verify failed: self-signed certificate (_ssl.c:1006)", CodeTLSCertificate, probe.CertUnknownAuthority, ""},
		{"Hostname/IP does not match certificate's altnames: Host: mail.example.com. is not in the cert's altnames: DNS:*.hostingprovider.net", CodeTLSCertificate, probe.CertWrongHost, ""},
		{"MailKit.Security.SslHandshakeException: An error occurred while attempting to establish an SSL or TLS connection. The remote certificate is invalid according to the validation procedure.", CodeTLSCertificate, probe.CertOther, ""},
		{"The remote certificate is invalid because of errors in the certificate chain: RemoteCertificateNameMismatch", CodeTLSCertificate, probe.CertWrongHost, ""},
		{"javax.net.ssl.SSLHandshakeException: PKIX path building failed: sun.security.provider.certpath.SunCertPathBuilderException", CodeTLSCertificate, probe.CertUnknownAuthority, ""},
		{"dial tcp 1.2.3.4:993: connect: connection refused", CodeConnectionRefused, "", ProtocolIMAP},
		{"connect ECONNREFUSED 203.0.113.5:587", CodeConnectionRefused, "", ProtocolSMTP},
		{"No connection could be made because the target machine actively refused it 203.0.113.5:465", CodeConnectionRefused, "", ProtocolSMTP}, // .NET; "No" is not an IMAP NO
		{"lookup imap.example.com: no such host", CodeDNSFailure, "", ProtocolIMAP},
		{"getaddrinfo ENOTFOUND smtp.example.com", CodeDNSFailure, "", ProtocolSMTP},
		{"socket.gaierror: [Errno -3] Temporary failure in name resolution", CodeDNSFailure, "", ""},
		{"dial tcp 1.2.3.4:993: i/o timeout", CodeConnectionTimeout, "", ProtocolIMAP},
		{"i/o timeout", CodeConnectionTimeout, "", ""},
		{"Error: Greeting never received at SMTPConnection._formatError (smtp.example.com:465)", CodeTLSWrongMode, "", ProtocolSMTP}, // nodemailer secure:false on 465
		{"connect: network is unreachable", CodeNetworkUnreachable, "", ""},
		{"tls: first record does not look like a TLS handshake", CodeTLSWrongMode, "", ""},
		{"ssl.SSLError: [SSL: WRONG_VERSION_NUMBER] wrong version number (_ssl.c:1129)", CodeTLSWrongMode, "", ""},
		{"javax.net.ssl.SSLException: Unrecognized SSL message, plaintext connection?", CodeTLSWrongMode, "", ""},
		{"remote error: tls: handshake failure", CodeTLSHandshakeFailed, "", ""},
		{"[SSL: UNSUPPORTED_PROTOCOL] unsupported protocol (_ssl.c:1000)", CodeTLSHandshakeFailed, "", ""},
		{"read tcp 10.0.0.2:51234->203.0.113.5:993: read: connection reset by peer", CodeServerUnavailable, "", ProtocolIMAP},
		{"smtplib.SMTPNotSupportedError: SMTP AUTH extension not supported by server.", CodeMechanismUnsupported, "", ProtocolSMTP},
		{"smtplib.SMTPNotSupportedError: STARTTLS extension not supported by server.", CodeStartTLSUnavailable, "", ProtocolSMTP},

		// Server replies quoted inside client errors.
		{"javax.mail.AuthenticationFailedException: AUTHENTICATE failed.", CodeInvalidCredentials, "", ProtocolIMAP}, // host unknown: Exchange wording
		{"javax.mail.AuthenticationFailedException: 535 5.7.3 Authentication unsuccessful [BN3PR03CA0067.namprd03.prod.outlook.com]", CodeInvalidCredentials, "", ProtocolSMTP},
		{`Failed to authenticate on SMTP server with username "ann@example.com" using 2 possible authenticators. Authenticator LOGIN returned Expected response code 235 but got code "535", with message "535 5.7.139 Authentication unsuccessful, SmtpClientAuthentication is disabled for the Tenant. Visit https://aka.ms/smtp_auth_disabled for more information."`, CodeProtocolDisabled, "", ProtocolSMTP},
		{"MailKit.Security.AuthenticationException: 535: 5.7.139 Authentication unsuccessful, the user credentials were incorrect.", CodeInvalidCredentials, "", ProtocolSMTP},
		{"smtplib.SMTPAuthenticationError: (535, b'5.7.8 Username and Password not accepted. For more information, go to\\n5.7.8  https://support.google.com/mail/?p=BadCredentials x - gsmtp')", CodeInvalidCredentials, "", ProtocolSMTP},
		{"imaplib.IMAP4.error: b'[AUTHENTICATIONFAILED] Invalid credentials (Failure)'", CodeInvalidCredentials, "", ProtocolIMAP},
		{"Invalid login: 534-5.7.9 Application-specific password required.", CodeAppPasswordRequired, "", ProtocolSMTP},
		{"Authentication unsuccessful, SmtpClientAuthentication is disabled for the Tenant", CodeProtocolDisabled, "", ProtocolSMTP}, // a bare phrase
		{"The SMTP server requires a secure connection or the client was not authenticated. The server response was: 5.7.57 Client not authenticated to send mail.", CodeRelayDenied, "", ProtocolSMTP},

		// Nothing to go on.
		{"", CodeUnknown, "", ""},
		{"something went wrong", CodeUnknown, "", ""},
	}
	for _, tc := range tests {
		t.Run(tc.text, func(t *testing.T) {
			f := Explain(tc.text, Hints{})
			assert.Equal(t, tc.want, f.Code, "rule %s", f.Evidence.Rule)
			assert.Equal(t, tc.cert, f.CertReason)
			if tc.proto != "" {
				assert.Equal(t, tc.proto, f.Protocol)
			}
			assertWellFormed(t, f)
			if f.Code != CodeOK && f.Code != CodeUnknown {
				assert.NotNil(t, f.Remediation)
			}
		})
	}
}

// TestExplainProviderFingerprints: the same text reads differently per
// provider, found from hints, the host, or fingerprints in the text.
func TestExplainProviderFingerprints(t *testing.T) {
	const failed = "A1 NO AUTHENTICATE failed."
	tests := []struct {
		name string
		text string
		h    Hints
		want Code
	}{
		{"no hint", failed, Hints{}, CodeInvalidCredentials},
		{"host", failed, Hints{Host: "outlook.office365.com"}, CodeBasicAuthDisabled},
		{"provider hint", failed, Hints{Provider: "microsoft365"}, CodeBasicAuthDisabled},
		{"provider alias", failed, Hints{Provider: "office365"}, CodeBasicAuthDisabled},
		{"on-prem hint wins over nothing", failed, Hints{Provider: "exchange"}, CodeInvalidCredentials},
		{"exchange online greeting in paste", "* OK The Microsoft Exchange IMAP4 service is ready. [QgBMADEAUAAyADIAMwBDAEEAMAAwADAANQAuAE4AQQBNAFAAMgAyADMALgBQAFIATwBEAC4ATwBVAFQATABPAE8ASwAuAEMATwBNAA==]\n" + failed, Hints{}, CodeBasicAuthDisabled},
		{"gmail trailer", "535 5.7.8 Error - gsmtp", Hints{}, CodeInvalidCredentials},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			f := Explain(tc.text, tc.h)
			assert.Equal(t, tc.want, f.Code, "rule %s", f.Evidence.Rule)
		})
	}
	// Gmail's trailer brings Google's alternative with it.
	f := Explain("535 5.7.8 Error - gsmtp", Hints{})
	require.NotEmpty(t, f.Alternatives)
	assert.Equal(t, CodeAppPasswordRequired, f.Alternatives[0].Code)
}

// TestExplainBareMatchesTagged: support staff paste what a client dialog
// shows, without the tag and status; at Exchange Online and Outlook.com
// the bare text reads exactly as the tagged reply does.
func TestExplainBareMatchesTagged(t *testing.T) {
	for _, h := range []Hints{
		{Host: "outlook.office365.com", Protocol: ProtocolIMAP},
		{Host: "outlook.office365.com"},
		{Provider: "outlook", Protocol: ProtocolIMAP},
		{Provider: "microsoft365", Stage: probe.StageAuthenticate},
	} {
		for _, pair := range [][2]string{
			{"a1 NO AUTHENTICATE failed.", "AUTHENTICATE failed."},
			{"a1 NO LOGIN failed.", "LOGIN failed."},
			{"a1 NO AUTHENTICATE failed.", "javax.mail.AuthenticationFailedException: AUTHENTICATE failed."},
		} {
			tagged, bare := Explain(pair[0], h), Explain(pair[1], h)
			assert.Equal(t, CodeBasicAuthDisabled, tagged.Code, "%q %+v", pair[0], h)
			assert.Equal(t, tagged.Code, bare.Code, "%q %+v: rule %s", pair[1], h, bare.Evidence.Rule)
			assert.Equal(t, tagged.Evidence.Rule, bare.Evidence.Rule, "%q %+v", pair[1], h)
			assert.Equal(t, tagged.Summary, bare.Summary, "%q %+v", pair[1], h)
		}
	}
}

// TestExplainMicrosoftWordingOnlyForMicrosoft: "AUTHENTICATE failed." with
// an unknown provider reads as Exchange wording; once the provider is
// known to be someone else, the summary is generic and the remediation
// that provider's.
func TestExplainMicrosoftWordingOnlyForMicrosoft(t *testing.T) {
	unknown := Explain("AUTHENTICATE failed.", Hints{Protocol: ProtocolIMAP})
	assert.Equal(t, "exchange-authenticate-failed", unknown.Evidence.Rule)

	for _, h := range []Hints{{Host: "imap.gmail.com"}, {Provider: "dovecot", Protocol: ProtocolIMAP}} {
		for _, text := range []string{"AUTHENTICATE failed.", "a1 NO AUTHENTICATE failed."} {
			f := Explain(text, h)
			assert.Equal(t, CodeInvalidCredentials, f.Code, "%q %+v", text, h)
			assert.NotContains(t, f.Summary, "Microsoft", "%q %+v", text, h)
			assert.NotContains(t, f.Summary, "Exchange", "%q %+v", text, h)
			for _, a := range f.Alternatives {
				assert.NotContains(t, a.Why+a.Tell, "Exchange", "%q %+v", text, h)
			}
			assertWellFormed(t, f)
		}
	}
	g := Explain("AUTHENTICATE failed.", Hints{Host: "imap.gmail.com"})
	require.NotNil(t, g.Remediation)
	assert.Equal(t, catalog.IDGoogle, g.Remediation.Provider, "Google's remediation")
}

// TestExplainInfersProviderFromText: texts only one provider sends name
// that provider when the hints do not, so the remediation is the
// provider's own (textFingerprints).
func TestExplainInfersProviderFromText(t *testing.T) {
	tests := []struct {
		text     string
		want     Code
		provider string // the remediation entry used
	}{
		{"550 5.7.30 Basic authentication is not supported for Client Submission.", CodeBasicAuthDisabled, "microsoft365"},
		{"535 5.7.139 Authentication unsuccessful, the user credentials were incorrect.", CodeInvalidCredentials, "microsoft365"},
		{"Authentication unsuccessful, SmtpClientAuthentication is disabled for the Mailbox.", CodeProtocolDisabled, "microsoft365"},
		{"535 5.7.139 Authentication unsuccessful, user is locked by your organization's security defaults policy. Contact your administrator.", CodePolicyBlocked, "microsoft365"},
		{"BAD User is authenticated but not connected.", CodeProtocolDisabled, "microsoft365"},
		{"535-5.7.8 Username and Password not accepted. For more information, go to\n535 5.7.8  https://support.google.com/mail/?p=BadCredentials x - gsmtp", CodeInvalidCredentials, "google"},
		{"535 5.7.0 (#AUTH005) Too many bad auth attempts.", CodeAppPasswordRequired, "yahoo"},
	}
	for _, tc := range tests {
		t.Run(tc.text, func(t *testing.T) {
			f := Explain(tc.text, Hints{})
			assert.Equal(t, tc.want, f.Code, "rule %s", f.Evidence.Rule)
			require.NotNil(t, f.Remediation)
			assert.Equal(t, tc.provider, string(f.Remediation.Provider))
		})
	}
	// A hint still wins over the text.
	f := Explain("550 5.7.30 Basic authentication is not supported for Client Submission.", Hints{Provider: "outlook"})
	require.NotNil(t, f.Remediation)
	assert.Equal(t, catalog.IDOutlook, f.Remediation.Provider)
	// On-premises Exchange's 5.7.3 names no provider.
	text := "535 5.7.3 Authentication unsuccessful"
	id, _ := explainProvider(Hints{}, ProtocolSMTP, text, strings.ToLower(text))
	assert.Empty(t, id)
}

func TestExplainDetectsProtocol(t *testing.T) {
	tests := []struct {
		text string
		want Protocol
	}{
		{"a1 NO [AUTHENTICATIONFAILED] Authentication failed.", ProtocolIMAP},
		{"NO [ALERT] Application-specific password required", ProtocolIMAP},
		{"* BYE Too many invalid IMAP commands.", ProtocolIMAP},
		{"535 5.7.8 Error: authentication failed: authentication failure", ProtocolSMTP},
		{"535-5.7.8 Username and Password not accepted.\n535 5.7.8 https://support.google.com/mail/?p=BadCredentials - gsmtp", ProtocolSMTP},
		{"5.7.60 SMTP; Client does not have permissions to send as this sender", ProtocolSMTP},
		{"-ERR [AUTH] Authentication failed.", ProtocolPOP3},
		{"+OK Dovecot ready.", ProtocolPOP3},
		{"dial tcp 1.2.3.4:995: connect: connection refused", ProtocolPOP3},
	}
	for _, tc := range tests {
		assert.Equal(t, tc.want, Explain(tc.text, Hints{}).Protocol, tc.text)
	}
	// A hint wins.
	assert.Equal(t, ProtocolSMTP, Explain("connection refused", Hints{Protocol: ProtocolSMTP}).Protocol)
}

// TestExplainBounded: huge or binary input is read in part (its start
// and end; TestExplainLongPaste), its evidence is bounded, and it never
// panics.
func TestExplainBounded(t *testing.T) {
	t.Parallel() // long and read-only: it runs beside the other long tests
	huge := strings.Repeat("x", 1<<20) + "535 5.7.8 Error: authentication failed"
	f := Explain(huge, Hints{})
	assert.Equal(t, CodeInvalidCredentials, f.Code, "the end of a long paste is read")
	assert.True(t, f.Evidence.Cut)
	assert.LessOrEqual(t, len(f.Evidence.Text), maxEvidence+len("…"))
	f = Explain("535 5.7.8 Error: authentication failed"+strings.Repeat("x", 1<<20), Hints{})
	assert.Equal(t, CodeInvalidCredentials, f.Code, "the start of a long paste is read")

	bin := string([]byte{0xff, 0xfe, 0x00, 0x01, '5', '3', '5', ' ', 0xc3})
	f = Explain(bin, Hints{})
	assert.True(t, f.Code.Known())
	assert.True(t, strings.ToValidUTF8(f.Evidence.Text, "") == f.Evidence.Text, "evidence is valid UTF-8")
}

// TestAmbiguity: ambiguous replies return their alternatives, ranked, each
// with what tells it apart.
func TestAmbiguity(t *testing.T) {
	tests := []struct {
		name string
		text string
		h    Hints
		want Code
		alts []Code
		tell string // a word the first alternative's tell must contain
	}{
		{"m365 imap AUTHENTICATE failed", "A1 NO AUTHENTICATE failed.", Hints{Host: "outlook.office365.com"},
			CodeBasicAuthDisabled, []Code{CodeProtocolDisabled, CodeInvalidCredentials}, "ImapEnabled"},
		{"m365 smtp 535 5.7.3", "535 5.7.3 Authentication unsuccessful [SGXP274CA0016.SGPP274.PROD.OUTLOOK.COM 2025-03-20T11:25:21.972Z 08DD66EDEFB0DFDF]", Hints{},
			CodeInvalidCredentials, []Code{CodeAppPasswordRequired, CodeProtocolDisabled, CodePolicyBlocked}, "Outlook on the web"},
		{"gmail 535 5.7.8", "535-5.7.8 Username and Password not accepted. For more information, go to\n535 5.7.8  https://support.google.com/mail/?p=BadCredentials x - gsmtp", Hints{Host: "smtp.gmail.com"},
			CodeInvalidCredentials, []Code{CodeAppPasswordRequired}, "app password"},
		{"yandex", "2 NO [AUTHENTICATIONFAILED] LOGIN Invalid credentials or IMAP is disabled sc=ebI8JB0ug4Y1_290737_53p", Hints{Host: "imap.yandex.com"},
			CodeInvalidCredentials, []Code{CodeProtocolDisabled, CodeAppPasswordRequired}, "Settings"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			f := Explain(tc.text, tc.h)
			require.Equal(t, tc.want, f.Code, "rule %s", f.Evidence.Rule)
			assert.NotEqual(t, ConfidenceHigh, f.Confidence, "an ambiguous reply is not high confidence")
			var got []Code
			for _, a := range f.Alternatives {
				got = append(got, a.Code)
			}
			assert.Equal(t, tc.alts, got, "ranked alternatives")
			require.NotEmpty(t, f.Alternatives)
			assert.Contains(t, f.Alternatives[0].Tell, tc.tell)
			assertWellFormed(t, f)
		})
	}

	// The Microsoft IMAP reading's second alternative says how SMTP tells.
	f := Explain("A1 NO AUTHENTICATE failed.", Hints{Host: "outlook.office365.com"})
	assert.Contains(t, f.Alternatives[1].Tell, "the user credentials were incorrect")
}

// TestExplainMatchesClassify: the same server line gives the same code
// through Explain and through a probe result, except where the line's own
// words name another provider's family than the one given: a pasted
// text's hint may be wrong and the words win (TestExplainReviewerFinds),
// while a probe's provider comes from the server it reached.
func TestExplainMatchesClassify(t *testing.T) {
	for _, line := range []string{
		"a1 NO AUTHENTICATE failed.",
		"a1 NO [AUTHENTICATIONFAILED] Authentication failed.",
		"a1 NO [UNAVAILABLE] Temporary authentication failure.",
		"a1 NO [ALERT] Application-specific password required: https://support.google.com/accounts/answer/185833 (Failure)",
	} {
		for _, p := range []Provider{pNone, pM365, pGmail} {
			if strings.Contains(line, "support.google.com") && p.ID == pM365.ID {
				continue
			}
			viaProbe := ClassifyIMAP(imapRefused(probe.StageAuthenticate, "PLAIN", line), p)[0]
			viaText := Explain(line, Hints{Provider: p.ID, Stage: probe.StageAuthenticate})
			assert.Equal(t, viaProbe.Code, viaText.Code, "%s at %s", line, p.ID)
			assert.Equal(t, viaProbe.Evidence.Rule, viaText.Evidence.Rule, "%s at %s", line, p.ID)
		}
	}
}

// TestExplainHintContradictedByText: a hint the text itself contradicts
// (a 535 with an enhanced code under --protocol pop3, a tagged IMAP NO
// under smtp, a reply to the sign-in under --stage connect) gives way to
// the text, and the summary says so; a greeting of the other service,
// which a client on the wrong port meets, keeps the caller's protocol.
func TestExplainHintContradictedByText(t *testing.T) {
	f := Explain("535 5.7.139 Authentication unsuccessful, SmtpClientAuthentication is disabled for the Tenant.", Hints{Protocol: ProtocolPOP3})
	assert.Equal(t, ProtocolSMTP, f.Protocol)
	assert.Equal(t, CodeProtocolDisabled, f.Code)
	assert.Contains(t, f.Summary, "though the hint said POP3")
	f = Explain("a1 NO [AUTHENTICATIONFAILED] Authentication failed.", Hints{Protocol: ProtocolSMTP})
	assert.Equal(t, ProtocolIMAP, f.Protocol)
	assert.Contains(t, f.Summary, "though the hint said SMTP")
	f = Explain("535 5.7.8 Error: authentication failed", Hints{Stage: probe.StageConnect})
	assert.Equal(t, probe.StageAuthenticate, f.Stage)
	assert.Contains(t, f.Summary, "though the stage given was connect")
	// No stage given: the text's own reading needs no word about it (a
	// developer read "though the stage given was ;" under go-imap's text).
	f = Explain("imap: NO LOGIN failed.", Hints{Host: "outlook.office365.com"})
	assert.Equal(t, probe.StageAuthenticate, f.Stage)
	assert.NotContains(t, f.Summary, "stage given")
	assert.Contains(t, f.Summary, `"LOGIN failed."`, "the summary names the reply the server gave")
	// The wrong port: the caller's protocol stands, and nothing is said.
	f = Explain("* OK [CAPABILITY IMAP4rev1] Dovecot ready.", Hints{Protocol: ProtocolSMTP})
	assert.Equal(t, ProtocolSMTP, f.Protocol)
	assert.NotContains(t, f.Summary, "though the hint said")
	for _, greeting := range []string{"220 mx.example.com ESMTP Postfix", "220 2.0.0 mx.example.com ESMTP ready", "421 4.7.0 Try again later, closing connection."} {
		f = Explain(greeting, Hints{Protocol: ProtocolIMAP})
		assert.Equal(t, ProtocolIMAP, f.Protocol, greeting)
		assert.NotEqual(t, CodeOK, f.Code, greeting)
		assert.NotContains(t, f.Summary, "though the hint said", greeting)
	}
	// A hint the text agrees with says nothing either.
	f = Explain("535 5.7.8 Error: authentication failed", Hints{Protocol: ProtocolSMTP, Stage: probe.StageAuthenticate})
	assert.NotContains(t, f.Summary, "though")
}

// TestExplainRedactsPastedSecrets: a password pasted with a transcript or
// a log (IMAP LOGIN, POP3 PASS, AUTH PLAIN, a SASL continuation, a log's
// password=) is not quoted back in the finding, whatever it reads; the
// server's own words stay whole.
func TestExplainRedactsPastedSecrets(t *testing.T) {
	secret := "Hunter2Secret"
	b64 := "AGJvYgBIdW50ZXIyU2VjcmV0" // \0bob\0Hunter2Secret
	login := strings.Repeat("2024-05-01 10:00:00 imap-login: Login: user=<bob@example.com>, method=PLAIN, rip=192.0.2.4, lip=192.0.2.8, TLS\n", 3)
	for _, text := range []string{
		"C: a1 LOGIN bob " + secret + "\nC: AUTH PLAIN " + b64 + "\npassword=" + secret + "\n" + login,
		"C: a1 LOGIN bob \"" + secret + "\"\nS: a1 NO [AUTHENTICATIONFAILED] Authentication failed.",
		"USER bob\nPASS " + secret + "\n-ERR [AUTH] Authentication failed.",
		"C: AUTH PLAIN\nS: 334\nC: " + b64 + "\nS: 535 5.7.8 Error: authentication failed",
		"smtp: host=mail.example.com user=bob password=" + secret + " status=failed: 535 5.7.8 Error: authentication failed",
		// Known from one place, hidden in every other: an echo, the
		// password a PLAIN response decodes to, a part of it.
		"C: AUTH PLAIN " + b64 + "\nS: 535 5.7.8 Error: authentication failed: " + secret,
		"C: a1 LOGIN bob " + secret + "\nS: a1 NO [ALERT] Password " + secret[:9] + "... is not accepted here",
		"Sending: 4 LOGIN bob " + secret + "\nRead: 4 NO [AUTHENTICATIONFAILED] Authentication failed for bob/" + secret,
		// Behind a timestamp or a program's prefix, in imaplib's and
		// PHPMailer's debug forms, in a URL, JSON, curl and HTTP Basic (a
		// reviewer's leaks).
		"2024-05-01 10:00:00 C: a1 LOGIN bob " + secret + "\nS: a1 NO [AUTHENTICATIONFAILED] Authentication failed.",
		"[12:00:01] >> PASS " + secret + "\n-ERR authentication failed",
		"I/IMAP 0x7f SendData: 2 login \"bob\" \"" + secret + "\"\nS: 2 NO [AUTHENTICATIONFAILED] Authentication failed (" + secret + ")",
		"imaplib.IMAP4.error: b'[AUTHENTICATIONFAILED] Invalid credentials (Failure)'\n  12:34.56 > b'ABCD1 LOGIN bob " + secret + "'",
		"CLIENT -> SERVER: " + base64.StdEncoding.EncodeToString([]byte(secret)) + "\nSERVER -> CLIENT: 535 5.7.8 Error: authentication failed: " + base64.StdEncoding.EncodeToString([]byte(secret)),
		"Failed to connect to imaps://bob:" + secret + "@imap.example.com:993: Connection timed out",
		"SMTP_PASSWORD=" + secret + " SMTP Error: Could not authenticate.",
		"{\"password\":\"" + secret + "\",\"error\":\"535 5.7.8 Error: authentication failed\"}",
		"curl: (67) Login denied; command: curl --user bob:" + secret + " smtps://smtp.example.com",
		"Authorization: Basic " + base64.StdEncoding.EncodeToString([]byte("bob:"+secret)) + "\n535 5.7.8 Error: authentication failed " + secret,
		"C: PASS " + secret + "  (sent)\nS: -ERR [AUTH] Authentication failed for " + secret,
		// OAuth secrets, code and sentences (a CLI reviewer's leaks).
		"access_token=" + secret + ".eyJ0eXAi 535 5.7.3 Authentication unsuccessful",
		"token: " + secret + " 535-5.7.8 Username and Password not accepted.",
		`"refresh_token": "1//0gL` + secret + `" invalid_grant`,
		"AADSTS7000215 client_secret: Qx8~" + secret,
		"Authorization: Bearer " + secret + "Zq7vKp9xw\n535 5.7.3 Authentication unsuccessful",
		`new NetworkCredential("bob@contoso.com", "` + secret + `"); 535 5.7.3 Authentication unsuccessful`,
		"smtp.login('bob@gmail.com', '" + secret + "') smtplib.SMTPAuthenticationError: (535, b'5.7.8 Username and Password not accepted.')",
		`transporter = nodemailer.createTransport({auth: {user: "bob@gmail.com", pass: "` + secret + `"}}) Error: Invalid login: 535-5.7.8`,
		"Password " + secret + " rejected: 535 5.7.8 Error: authentication failed",
		"Login failed for bob with password " + secret,
		"mot de passe : " + secret + " refusé",
		"sendEmail -f a@example.com -s smtp.example.com:587 -xu bob -xp " + secret + " ERROR => SMTP-AUTH: Authentication to smtp.example.com:587 failed.",
		"msmtp: authentication failed (method PLAIN)\naccount default\npassword " + secret,
		// Configuration files and YAML (a code reviewer's leaks).
		`poll imap.example.com user "bob" password "` + secret + `"` + "\nfetchmail: Authorization failure on bob@imap.example.com",
		"IMAPAccount work\nPass " + secret + "\nIMAP command 'AUTHENTICATE PLAIN' returned an error: NO [AUTHENTICATIONFAILED]",
		"remotepass = " + secret + "\nOfflineImapError: IMAP server refused login",
		"SMTP_PASSWORD: " + secret + "\n535 5.7.8 Error: authentication failed",
		"smtp_pass: " + secret + "\n535 5.7.8 Error: authentication failed",
		// Sending services' keys (a code reviewer's leaks).
		"Invalid API key: SG." + secret + "aaaaaaaa.bbbbbbbbbbbbbbbbbbbb" + secret,
		"(api-key: " + secret + ") 401 Unauthorized",
		"AWS_SECRET_ACCESS_KEY=" + secret + "\nThe security token included in the request is invalid.",
	} {
		f := Explain(text, Hints{})
		j, err := json.Marshal(f)
		require.NoError(t, err)
		assert.NotContains(t, string(j), secret, "%q", text)
		assert.NotContains(t, string(j), b64, "%q", text)
	}
	// Letters-only secrets: a Google app password, a passphrase word.
	for _, c := range []struct{ text, secret string }{
		{"Password: abcdefghijklmnop\n534-5.7.9 Application-specific password required.", "abcdefghijklmnop"},
		{"Password: correcthorse\n535 5.7.8 Error: authentication failed", "correcthorse"},
		{"Login failed for bob with password sunshine", "sunshine"},
	} {
		j, err := json.Marshal(Explain(c.text, Hints{}))
		require.NoError(t, err)
		assert.NotContains(t, string(j), c.secret, "%q", c.text)
	}
	for _, text := range []string{"a1 OK LOGIN completed", "A1 NO LOGIN failed.", "Password: incorrect", "535 5.7.8 Error: authentication failed: UGFzc3dvcmQ6",
		// A server's sentences that start like a client's command.
		"IMAP login failed for user bob@example.com", "Mail login failed: error", "PASS command failed",
		"user login denied by policy", "> Authentication failed\n> Unfortunately",
		"3 login attempts failed", "2 login attempts remaining", "pass failed", "Pass through", "IMAP LOGIN failed: error",
		// Sentences where a key is followed by a word, not a secret.
		"Token: expired", "invalid_grant: refresh_token: revoked", "Password authentication failed", "password is incorrect",
		"Login failed with password authentication", "Authorization: Bearer realm=\"example\"", "mot de passe : incorrect",
		"password required", "AUTH LOGIN failed: password rejected",
		"error sending password:-ERR[SYS/PERM] pop not allowed for user.", `Could not check bridge password error="backend/credentials: incorrect password"`,
		// A code reviewer's near misses: an error code, a word in capitals,
		// a mechanism's name after the key.
		"Failed to refresh token: AADSTS700082: The refresh token has expired due to inactivity.", "LOGIN FAILED. PASSWORD: EXPIRED",
		"Invalid token: XOAUTH2 authentication failed", "Password: authentication failed"} {
		assert.Equal(t, text, Explain(text, Hints{}).Evidence.Text, "a server's words stay whole")
	}
}

// TestExplainHostHintAsWritten: a host hint written as a URL, with a port
// or a trailing dot names the same server as the bare name, so the
// provider and its advice are the same (a reviewer's find: a URL was read
// whole, no provider was recognised, and the advice went to the user).
func TestExplainHostHintAsWritten(t *testing.T) {
	want := Explain("AUTHENTICATE failed.", Hints{Host: "outlook.office365.com"})
	require.Equal(t, CodeBasicAuthDisabled, want.Code)
	for _, h := range []string{"imaps://outlook.office365.com:993", "outlook.office365.com:993", " Outlook.Office365.com. ", "imaps://user:x@outlook.office365.com/", "[outlook.office365.com]:993"} {
		got := Explain("AUTHENTICATE failed.", Hints{Host: h})
		assert.Equal(t, want.Code, got.Code, h)
		assert.Equal(t, want.Remediation.Audience, got.Remediation.Audience, h)
	}
	assert.Equal(t, "::1", hintHost("[::1]:993"))
	assert.Equal(t, "::1", hintHost("::1"))
}

// TestFoldedReplyQuotedWhole: a bounce that folds the server's reply over
// indented lines is quoted whole (a new CLI user's find: the quote ended
// at "said: 550 5.1.1", and Exchange's at "To request").
func TestFoldedReplyQuotedWhole(t *testing.T) {
	f := Explain("<jdoe@example.com>: host mx.example.com[192.0.2.1] said: 550 5.1.1\n    <jdoe@example.com>: Recipient address rejected: User unknown in virtual\n    mailbox table (in reply to RCPT TO command)\n\nnext paragraph", Hints{})
	assert.Equal(t, CodeRecipientUnknown, f.Code)
	assert.Contains(t, f.Evidence.Text, "User unknown in virtual")
	assert.Contains(t, f.Evidence.Text, "mailbox table (in reply to RCPT TO command)")
	assert.NotContains(t, f.Evidence.Text, "next paragraph", "the fold ends at the first line that is not indented")
}

// TestReviewedEdgesOfRetryFoldAndAdmin: a reviewer's finds on the
// session's explain changes.
func TestReviewedEdgesOfRetryFoldAndAdmin(t *testing.T) {
	// A stack trace's indented frames are the program's, not folded words.
	f := Explain("javax.mail.AuthenticationFailedException: 535 5.7.3 Authentication unsuccessful\n\tat com.sun.mail.smtp.SMTPTransport$Authenticator.authenticate(SMTPTransport.java:947)\n\tat com.sun.mail.smtp.SMTPTransport.authenticate(SMTPTransport.java:858)", Hints{})
	assert.NotContains(t, f.Evidence.Text, "SMTPTransport.java")

	// An untagged NO after the accepted retry is a warning (RFC 3501),
	// and a LOGOUT's goodbye ends a session that worked.
	f = Explain("a1 NO [AUTHENTICATIONFAILED] Authentication failed.\na2 OK LOGIN completed\n* NO [ALERT] Your mailbox is 95% full\na3 OK [READ-WRITE] SELECT completed", Hints{})
	assert.NotEqual(t, CodeInvalidCredentials, f.Code)
	f = Explain("a1 NO [AUTHENTICATIONFAILED] Authentication failed.\na2 OK LOGIN completed\na3 LOGOUT\n* BYE Logging out\na3 OK Logout completed.", Hints{})
	assert.Equal(t, CodeOK, f.Code)
	assert.Equal(t, "signin-retried-succeeded", f.Evidence.Rule)

	// "Contact your administrator" as one choice, or negated, is no
	// request; nor is a program's boilerplate.
	for _, text := range []string{
		"a1 NO [UNAVAILABLE] IMAP access is disabled for this account; change it in webmail, or contact your administrator",
		"a1 NO [UNAVAILABLE] IMAP access is disabled for this account; you do not need to contact your administrator",
	} {
		f = Explain(text, Hints{})
		if assert.NotNil(t, f.Remediation, text) {
			for _, s := range f.Remediation.UserSteps {
				assert.NotContains(t, s, "The server's own words ask you", text)
			}
		}
	}
}
