package diagnose

import (
	"net"
	"strconv"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/mailcheck-go/mailcheck/catalog"
	"github.com/mailcheck-go/mailcheck/imapcheck"
	"github.com/mailcheck-go/mailcheck/mailtest"
	"github.com/mailcheck-go/mailcheck/probe"
)

// Findings from real replies, as Diagnose would hand them over.
var (
	imapM365Failed = func() []Finding {
		return ClassifyIMAP(imapRefused(probe.StageAuthenticate, "PLAIN", "a1 NO AUTHENTICATE failed."), pM365)
	}
	imapDovecotWrong = func() []Finding {
		return ClassifyIMAP(imapRefused(probe.StageAuthenticate, "PLAIN", "a1 NO [AUTHENTICATIONFAILED] Authentication failed."), pDovecot)
	}
	imapWorks        = func() []Finding { return ClassifyIMAP(imapOK(), pDovecot) }
	imapRefusedPlain = func() []Finding { return ClassifyIMAP(imapNet(probe.StageConnect, probe.NetRefused), pNone) }
	smtpTenantOff    = func() []Finding {
		return ClassifySMTP(smtpRefused(probe.StageAuthenticate, "LOGIN", "535 5.7.139 Authentication unsuccessful, SmtpClientAuthentication is disabled for the Tenant. Visit https://aka.ms/smtp_auth_disabled for more information."), pM365)
	}
	smtpM365Wrong = func() []Finding {
		return ClassifySMTP(smtpRefused(probe.StageAuthenticate, "LOGIN", "535 5.7.139 Authentication unsuccessful, the user credentials were incorrect. [PH0PR07CA0004.namprd07.prod.outlook.com]"), pM365)
	}
	smtpM365Ambiguous = func() []Finding {
		return ClassifySMTP(smtpRefused(probe.StageAuthenticate, "LOGIN", "535 5.7.3 Authentication unsuccessful [SG2PR06CA0186.apcprd06.prod.outlook.com]"), pM365)
	}
	smtpPostfixWrong = func() []Finding {
		return ClassifySMTP(smtpRefused(probe.StageAuthenticate, "PLAIN", "535 5.7.8 Error: authentication failed: authentication failure"), pPostfix)
	}
	smtpWorks    = func() []Finding { return ClassifySMTP(smtpOK("LOGIN"), pM365) }
	smtpGmailASP = func() []Finding {
		return ClassifySMTP(smtpRefused(probe.StageAuthenticate, "PLAIN", "534-5.7.9 Application-specific password required. For more information, go to\n534 5.7.9  https://support.google.com/mail/?p=InvalidSecondFactor"), pGmail)
	}
)

func TestCrossCheck(t *testing.T) {
	tests := []struct {
		name      string
		imap      []Finding
		smtp      []Finding
		want      Code
		decidedBy string
		imapCode  Code // primary codes after the cross-check
		smtpCode  Code
	}{
		{"nothing probed", nil, nil, CodeUnknown, "", "", ""},
		{"imap only", imapDovecotWrong(), nil, CodeInvalidCredentials, "imap", CodeInvalidCredentials, ""},
		{"smtp only", nil, smtpTenantOff(), CodeProtocolDisabled, "smtp", "", CodeProtocolDisabled},
		{"both work", imapWorks(), smtpWorks(), CodeOK, "both", CodeOK, CodeOK},

		// IMAP signs in, SMTP says SMTP AUTH is off: the password is right,
		// the fix is the SMTP setting.
		{"imap ok, smtp auth disabled", imapWorks(), smtpTenantOff(), CodeProtocolDisabled, "both", CodeOK, CodeProtocolDisabled},
		// IMAP signs in, SMTP gives Microsoft's ambiguous 5.7.3: not the
		// password; SMTP AUTH off is the first other reading.
		{"imap ok, smtp 5.7.3", imapWorks(), smtpM365Ambiguous(), CodeProtocolDisabled, "both", CodeOK, CodeProtocolDisabled},
		// SMTP accepts the password, IMAP refuses: IMAP (basic auth for
		// IMAP) is off, the password is right.
		{"smtp ok, m365 imap refused", imapM365Failed(), smtpWorks(), CodeBasicAuthDisabled, "both", CodeBasicAuthDisabled, CodeOK},
		{"smtp ok, imap invalid", imapDovecotWrong(), smtpWorks(), CodeProtocolDisabled, "both", CodeProtocolDisabled, CodeOK},
		// Both refuse: the password is the likely cause.
		{"both refuse", imapDovecotWrong(), smtpPostfixWrong(), CodeInvalidCredentials, "both", CodeInvalidCredentials, CodeInvalidCredentials},
		// Microsoft: SMTP says the credentials were incorrect, so the
		// password is wrong; IMAP stays basic_auth_disabled, because Exchange
		// Online refuses every IMAP password and a corrected one will not
		// get in over IMAP either (mailtest's microsoft365-wrong-password).
		{"m365 credentials incorrect", imapM365Failed(), smtpM365Wrong(), CodeInvalidCredentials, "both", CodeBasicAuthDisabled, CodeInvalidCredentials},
		{"m365 both ambiguous", imapM365Failed(), smtpM365Ambiguous(), CodeInvalidCredentials, "both", CodeBasicAuthDisabled, CodeInvalidCredentials},
		// Both refuse, one only "wrong", the other more specifically: the
		// specific reading explains both and decides.
		{"imap wrong, smtp app password", imapDovecotWrong(), smtpGmailASP(), CodeAppPasswordRequired, "smtp", CodeInvalidCredentials, CodeAppPasswordRequired},
		// Reaching the server comes before signing in.
		{"imap unreachable, smtp refuses", imapRefusedPlain(), smtpPostfixWrong(), CodeConnectionRefused, "imap", CodeConnectionRefused, CodeInvalidCredentials},
		{"imap unreachable, smtp ok", imapRefusedPlain(), smtpWorks(), CodeConnectionRefused, "imap", CodeConnectionRefused, CodeOK},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			before := cloneFindings(tc.imap)
			v, im, sm := CrossCheck(tc.imap, tc.smtp)
			assert.Equal(t, tc.want, v.Code)
			assert.Equal(t, tc.decidedBy, v.DecidedBy)
			assert.NotEmpty(t, v.Reason)
			assert.True(t, v.Code.Known())
			assert.Equal(t, before, tc.imap, "the input is not modified")
			if tc.imapCode != "" {
				require.NotEmpty(t, im)
				assert.Equal(t, tc.imapCode, im[0].Code)
				assertWellFormed(t, im[0])
			}
			if tc.smtpCode != "" {
				require.NotEmpty(t, sm)
				assert.Equal(t, tc.smtpCode, sm[0].Code)
				assertWellFormed(t, sm[0])
			}
		})
	}
}

func TestCrossCheckEvidence(t *testing.T) {
	// Microsoft 365, both refuse and SMTP proves the password wrong: IMAP
	// keeps its own reply as evidence and its OAuth remediation, becomes
	// certain, and carries the SMTP proof as its first alternative; the
	// Verdict asks for both fixes.
	v, im, sm := CrossCheck(imapM365Failed(), smtpM365Wrong())
	f := im[0]
	assert.Equal(t, CodeBasicAuthDisabled, f.Code)
	assert.Equal(t, "server_reply", f.Evidence.Kind)
	assert.Equal(t, "a1 NO AUTHENTICATE failed.", f.Evidence.Text)
	assert.Equal(t, ConfidenceHigh, f.Confidence)
	assert.Contains(t, f.Summary, "password is wrong as well")
	require.NotEmpty(t, f.Alternatives)
	assert.Equal(t, CodeInvalidCredentials, f.Alternatives[0].Code)
	assert.Contains(t, f.Alternatives[0].Tell, "the user credentials were incorrect", "the tell quotes the SMTP reply")
	for _, a := range f.Alternatives[1:] {
		assert.NotEqual(t, CodeInvalidCredentials, a.Code, "listed once")
	}
	require.NotNil(t, f.Remediation)
	assert.Equal(t, CodeBasicAuthDisabled, f.Remediation.Code)
	assert.Equal(t, CodeInvalidCredentials, sm[0].Code)
	assert.Equal(t, "microsoft-credentials-incorrect", sm[0].Evidence.Rule, "SMTP's finding is untouched")
	assert.Equal(t, CodeInvalidCredentials, v.Code)
	assert.Contains(t, v.Reason, "password is wrong")
	assert.Contains(t, v.Reason, "OAuth")

	// IMAP working demotes SMTP's password reading to an alternative.
	_, _, sm = CrossCheck(imapWorks(), smtpM365Ambiguous())
	f = sm[0]
	assert.Equal(t, "cross_protocol", f.Evidence.Kind)
	assert.Equal(t, CodeInvalidCredentials, f.Alternatives[len(f.Alternatives)-1].Code)
	assert.Contains(t, f.Alternatives[len(f.Alternatives)-1].Tell, "IMAP accepted")

	// SMTP working makes IMAP's basic_auth_disabled certain.
	_, im, _ = CrossCheck(imapM365Failed(), smtpWorks())
	assert.Equal(t, ConfidenceHigh, im[0].Confidence)

	// A connectivity-only IMAP check proves nothing about the password.
	reach := ClassifyIMAP(func() *imapcheck.Result {
		r := imapBase(probe.StageCapabilities)
		r.OK, r.StopReason = true, probe.StopNoCredentials
		return r
	}(), pNone)
	v, _, sm = CrossCheck(reach, smtpM365Ambiguous())
	assert.Equal(t, CodeInvalidCredentials, v.Code)
	assert.Equal(t, CodeInvalidCredentials, sm[0].Code)
}

// TestCrossCheckBothRefuseRaisesConfidence: two bare refusals, each only a
// low-confidence reading of invalid_credentials on its own, agree; read
// together they are worth medium confidence, and no more.
func TestCrossCheckBothRefuseRaisesConfidence(t *testing.T) {
	im := ClassifyIMAP(imapRefused(probe.StageAuthenticate, "PLAIN", "a1 NO go away"), pNone)
	sm := ClassifySMTP(smtpRefused(probe.StageAuthenticate, "PLAIN", "554 go away"), pNone)
	require.Equal(t, CodeInvalidCredentials, im[0].Code)
	require.Equal(t, ConfidenceLow, im[0].Confidence, "precondition: a bare NO alone is a low-confidence reading")
	require.Equal(t, ConfidenceLow, sm[0].Confidence)
	v, im2, sm2 := CrossCheck(im, sm)
	assert.Equal(t, CodeInvalidCredentials, v.Code)
	assert.Equal(t, ConfidenceMedium, im2[0].Confidence)
	assert.Equal(t, ConfidenceMedium, sm2[0].Confidence)
	assert.Equal(t, ConfidenceLow, im[0].Confidence, "the input is not modified")
}

// TestPrimaryAgreesForEveryPair reads every pair of the fixtures above
// together, as Diagnose does, and checks that the verdict's code is carried
// by the first finding, from the protocol that decided it: what
// Report.Primary and Findings[0] rely on, beyond the fake scenarios.
func TestPrimaryAgreesForEveryPair(t *testing.T) {
	imaps := map[string]func() []Finding{"none": func() []Finding { return nil }, "m365 failed": imapM365Failed,
		"dovecot wrong": imapDovecotWrong, "works": imapWorks, "refused": imapRefusedPlain}
	smtps := map[string]func() []Finding{"none": func() []Finding { return nil }, "tenant off": smtpTenantOff,
		"m365 wrong": smtpM365Wrong, "m365 ambiguous": smtpM365Ambiguous, "postfix wrong": smtpPostfixWrong, "works": smtpWorks, "gmail app password": smtpGmailASP}
	for in, imf := range imaps {
		for sn, smf := range smtps {
			v, im, sm := CrossCheck(imf(), smf())
			fs := primaryFirst(orderFindings(im, sm), v)
			if v.Code == CodeOK || (in == "none" && sn == "none") {
				continue
			}
			require.NotEmpty(t, fs, "%s + %s", in, sn)
			assert.Equal(t, v.Code, fs[0].Code, "%s + %s: Findings[0] carries the verdict", in, sn)
			if v.DecidedBy == "imap" || v.DecidedBy == "smtp" {
				assert.Equal(t, v.DecidedBy, string(fs[0].Protocol), "%s + %s: from the deciding protocol", in, sn)
			}
			assert.Equal(t, SeverityError, fs[0].Severity, "%s + %s", in, sn)
		}
	}
}

// TestCrossCheckBothRefuseTheToken: when both protocols refused an OAuth
// token, the verdict blames the token, not a password no one sent (a CLI
// reviewer's find).
func TestCrossCheckBothRefuseTheToken(t *testing.T) {
	im := ClassifyIMAP(imapRefused(probe.StageAuthenticate, "XOAUTH2", "a1 NO go away"), pNone)
	sm := ClassifySMTP(smtpRefused(probe.StageAuthenticate, "XOAUTH2", "554 go away"), pNone)
	require.NotEmpty(t, im)
	require.NotEmpty(t, sm)
	im[0].OAuth, sm[0].OAuth = true, true
	im[0].Code, sm[0].Code = CodeInvalidCredentials, CodeInvalidCredentials
	v, _, _ := CrossCheck(im, sm)
	assert.Equal(t, CodeInvalidCredentials, v.Code)
	assert.Contains(t, v.Reason, "token")
	assert.NotContains(t, v.Reason, "password (or user name)")

	im[0].OAuth, sm[0].OAuth = false, false
	v, _, _ = CrossCheck(im, sm)
	assert.Contains(t, v.Reason, "password (or user name)")
}

// TestDiagnoseWrongTokenBlamesTheToken runs a whole diagnosis with a
// token both protocols refuse, so the findings' OAuth mark comes from the
// probes themselves, not from the test.
func TestDiagnoseWrongTokenBlamesTheToken(t *testing.T) {
	srv := mailtest.NewTestServer(t, "microsoft365-imap-basic-auth-retired")
	acct := srv.Accounts()[0]
	rep, err := Diagnose(t.Context(), Account{
		Email: acct.Email, Token: probe.Secret("wrongtoken123456"),
		IMAP: Endpoint{Host: srv.Host(), Port: testPort(t, srv.IMAPTLS), Security: probe.SecurityTLS},
		SMTP: Endpoint{Host: srv.Host(), Port: testPort(t, srv.SMTPStartTLS), Security: probe.SecurityStartTLS},
	}, &Options{TLSConfig: srv.ClientTLSConfig()})
	require.NoError(t, err)
	require.NotEmpty(t, rep.Findings)
	for _, f := range rep.Findings {
		if f.Code == CodeInvalidCredentials {
			assert.True(t, f.OAuth, "%s: the probe marks a token sign-in", f.Protocol)
		}
	}
	assert.Equal(t, CodeInvalidCredentials, rep.Verdict.Code)
	assert.Contains(t, rep.Verdict.Reason, "token")
	assert.NotContains(t, rep.Verdict.Reason, "password (or user name)")
}

// TestDiagnoseWorkingMicrosoftPasswordSendGetsWorksTodayAdvice: the
// warning for a password SMTP AUTH that works keeps the "works today"
// advice through the whole diagnosis, which remediates every finding
// again once the provider is known; before, it got the advice for a
// refused password.
func TestDiagnoseWorkingMicrosoftPasswordSendGetsWorksTodayAdvice(t *testing.T) {
	srv := mailtest.NewTestServer(t, "microsoft365-imap-basic-auth-retired")
	acct := srv.Accounts()[0]
	rep, err := Diagnose(t.Context(), Account{
		Email: acct.Email, Password: probe.Secret(acct.Password),
		IMAP: Endpoint{Host: srv.Host(), Port: testPort(t, srv.IMAPTLS), Security: probe.SecurityTLS},
		SMTP: Endpoint{Host: srv.Host(), Port: testPort(t, srv.SMTPStartTLS), Security: probe.SecurityStartTLS},
	}, &Options{TLSConfig: srv.ClientTLSConfig(), AsOf: time.Date(2026, 12, 6, 0, 0, 0, 0, time.UTC)})
	require.NoError(t, err)
	require.NotNil(t, rep.SMTP)
	require.Equal(t, CodeOK, rep.SMTP.Code)
	var warn *Finding
	for i, f := range rep.Findings {
		if f.Evidence.Rule == ruleMSSMTPBasicEnding {
			warn = &rep.Findings[i]
		}
	}
	require.NotNil(t, warn, "a working password SMTP AUTH at Microsoft 365 is warned about")
	require.NotNil(t, warn.Remediation)
	assert.Equal(t, CodeOK, warn.Remediation.Code)
	assert.Contains(t, warn.Remediation.Title, "Works today")
	assert.Contains(t, warn.Remediation.Explanation, "about 25 days from now")
}

// testPort returns the port of a "host:port" address.
func testPort(t *testing.T, addr string) int {
	t.Helper()
	_, p, err := net.SplitHostPort(addr)
	require.NoError(t, err)
	n, err := strconv.Atoi(p)
	require.NoError(t, err)
	return n
}

// TestCrossCheckSameCodeTwoReadings: one code with two readings is not
// "the same problem" (a reviewer's find: a plaintext IMAP client on a TLS
// port and a TLS SMTP client on a STARTTLS port are both tls_wrong_mode,
// the opposite way, and the verdict told the user to change both alike).
func TestCrossCheckSameCodeTwoReadings(t *testing.T) {
	im := []Finding{{Code: CodeTLSWrongMode, Severity: SeverityError, Protocol: ProtocolIMAP, Confidence: ConfidenceHigh,
		Summary: "The port expects implicit TLS (SSL/TLS), but the program spoke plain text first.", Alternatives: []Alternative{}}}
	sm := []Finding{{Code: CodeTLSWrongMode, Severity: SeverityError, Protocol: ProtocolSMTP, Confidence: ConfidenceHigh,
		Summary: "The port expects STARTTLS, but the program started a TLS handshake.", Alternatives: []Alternative{}}}
	v, _, _ := CrossCheck(im, sm)
	assert.Equal(t, CodeTLSWrongMode, v.Code)
	assert.NotContains(t, v.Reason, "same problem")
	assert.Contains(t, v.Reason, "IMAP: The port expects implicit TLS")
	assert.Contains(t, v.Reason, "SMTP: The port expects STARTTLS")

	// The same reading on both stays one sentence.
	sm[0].Summary = im[0].Summary
	v, _, _ = CrossCheck(im, sm)
	assert.Contains(t, v.Reason, "IMAP and SMTP show the same problem: ")
}

// TestAcceptedPasswordIsNoAlternative: once the other protocol signed in
// with the same password, the refusing side does not offer a wrong
// password among its readings (a new CLI user's find at Microsoft 365:
// IMAP's basic_auth_disabled still listed invalid_credentials).
func TestAcceptedPasswordIsNoAlternative(t *testing.T) {
	refusal := Finding{Code: CodeBasicAuthDisabled, Protocol: ProtocolIMAP, Severity: SeverityError, Stage: probe.StageAuthenticate,
		Alternatives: []Alternative{{Code: CodeInvalidCredentials, Why: "wrong password", Tell: "webmail"}, {Code: CodeProtocolDisabled, Why: "off", Tell: "admin"}}}
	ok := Finding{Code: CodeOK, Protocol: ProtocolSMTP, Severity: SeverityInfo, Stage: probe.StageQuit, Evidence: Evidence{Rule: ruleProbeOK}}
	_, im, _ := CrossCheck([]Finding{refusal}, []Finding{ok})
	for _, a := range im[0].Alternatives {
		assert.NotEqual(t, CodeInvalidCredentials, a.Code)
	}
	assert.Len(t, refusal.Alternatives, 2, "the caller's findings are not changed")

	smtpRefusal := refusal
	smtpRefusal.Protocol = ProtocolSMTP
	smtpRefusal.Code = CodeProtocolDisabled
	imapOK := ok
	imapOK.Protocol = ProtocolIMAP
	_, _, sm := CrossCheck([]Finding{imapOK}, []Finding{smtpRefusal})
	for _, a := range sm[0].Alternatives {
		assert.NotEqual(t, CodeInvalidCredentials, a.Code)
	}
}

// TestCrossCheckBothSilent: one service silent after its TLS handshake
// and the other silent on a plain connection, either way round, is read
// as the server's fault on both: the plain one's advice moves from the
// user's port settings to whoever runs the server, so a fleet does not
// send one hung server's two hand-offs to two people. One silent plain
// port alone keeps the user's advice.
func TestCrossCheckBothSilent(t *testing.T) {
	silent := func(proto Protocol, situation string) []Finding {
		f := Finding{Code: CodeConnectionTimeout, Severity: SeverityError, Confidence: ConfidenceMedium, Protocol: proto,
			Summary: "The connection opened but the server never sent its greeting.", situation: situation,
			Evidence: Evidence{Text: "read tcp: i/o timeout", Kind: "network", Rule: "r"}}
		return []Finding{f}
	}
	for _, tc := range []struct {
		name       string
		imap, smtp []Finding
		plainIMAP  bool
	}{
		{"imap after tls, smtp plain", silent(ProtocolIMAP, situationSilentAfterTLS), silent(ProtocolSMTP, situationSilentAfterConnect), false},
		{"imap plain, smtp after tls", silent(ProtocolIMAP, situationSilentAfterConnect), silent(ProtocolSMTP, situationSilentAfterTLS), true},
	} {
		t.Run(tc.name, func(t *testing.T) {
			v, im, sm := crossCheck(tc.imap, tc.smtp, true)
			assert.Equal(t, CodeConnectionTimeout, v.Code)
			assert.Equal(t, "both", v.DecidedBy)
			assert.Contains(t, v.Reason, "Neither mail service greeted")
			plain, other := sm[0], im[0]
			if tc.plainIMAP {
				plain, other = im[0], sm[0]
			}
			assert.Equal(t, situationSilentBoth, plain.situation)
			assert.Contains(t, plain.Summary, "completed its TLS handshake and then stayed silent too")
			assert.Equal(t, situationSilentAfterTLS, other.situation, "the TLS side keeps its own reading")
			r := RemediateFinding(plain, "", Vars{})
			require.NotNil(t, r)
			assert.Equal(t, catalog.AudienceAdmin, r.Audience, "both hand-offs go to whoever runs the server")
			assert.Equal(t, situationSilentBoth, r.Situation)
		})
	}
	t.Run("two hosts", func(t *testing.T) {
		// The plain port is on another host: its own wrong port is as
		// likely as before (a reviewer's find). CrossCheck, which knows
		// no hosts, reads it so too.
		for _, cc := range []func(a, b []Finding) (Verdict, []Finding, []Finding){
			func(a, b []Finding) (Verdict, []Finding, []Finding) { return crossCheck(a, b, false) },
			CrossCheck,
		} {
			v, _, sm := cc(silent(ProtocolIMAP, situationSilentAfterTLS), silent(ProtocolSMTP, situationSilentAfterConnect))
			assert.NotContains(t, v.Reason, "Neither mail service greeted")
			assert.Equal(t, situationSilentAfterConnect, sm[0].situation)
		}
	})
	t.Run("one silent plain port", func(t *testing.T) {
		v, _, sm := crossCheck(silent(ProtocolIMAP, situationSilentAfterConnect), silent(ProtocolSMTP, situationSilentAfterConnect), true)
		assert.NotContains(t, v.Reason, "Neither mail service greeted", "no TLS handshake proved either port right")
		assert.Equal(t, situationSilentAfterConnect, sm[0].situation)
		assert.Equal(t, catalog.AudienceUser, RemediateFinding(sm[0], "", Vars{}).Audience)
	})
}
