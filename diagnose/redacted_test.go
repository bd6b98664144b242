package diagnose

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/mailcheck-go/mailcheck/imapcheck"
	"github.com/mailcheck-go/mailcheck/internal/redact"
	"github.com/mailcheck-go/mailcheck/probe"
)

// TestRedactedServerWordsStillClassify: the probes remove any four bytes
// of a credential from what a server said, its own words included; a rule
// still reads its phrase when most of it is visible around the markers.
// Each text is what internal/redact makes of the server's real words for
// the password given, so the test follows the redactor.
func TestRedactedServerWordsStillClassify(t *testing.T) {
	tests := []struct {
		name, password, text string
		hints                Hints
		want                 Code
	}{
		// Microsoft's tenant-wide switch; the password starts with the
		// word "Tenant".
		{"tenant word hidden", "Tenant-alex-01!",
			"535 5.7.139 Authentication unsuccessful, SmtpClientAuthentication is disabled for the Tenant. Visit https://aka.ms/smtp_auth_disabled for more information.",
			Hints{Protocol: ProtocolSMTP, Host: "smtp.office365.com"}, CodeProtocolDisabled},
		// Gmail's wrong password, for a password holding "password".
		{"password word hidden", "typo-in-password",
			"535-5.7.8 Username and Password not accepted. For more information, go to\n535 5.7.8  https://support.google.com/mail/?p=BadCredentials",
			Hints{Protocol: ProtocolSMTP, Host: "smtp.gmail.com"}, CodeInvalidCredentials},
		// Dovecot's refusal for a passphrase that shares two pieces with
		// "authentication".
		{"two markers in one phrase", "attention please",
			"a1 NO [AUTHENTICATIONFAILED] Authentication failed.",
			Hints{Protocol: ProtocolIMAP}, CodeInvalidCredentials},
		// A password starting "Fail" hides the end of the response code
		// and of "failed" (a reviewer's find: read as a program built
		// without SASL).
		{"fail hidden", "Failsafe-99",
			"a1 NO [AUTHENTICATIONFAILED] Authentication failed.",
			Hints{Protocol: ProtocolIMAP, Stage: probe.StageAuthenticate}, CodeInvalidCredentials},
		// Exchange Online's stock refusal, which no password passes.
		{"fail hidden in exchange's words", "Failed-Again-7",
			"a2 NO AUTHENTICATE failed.",
			Hints{Protocol: ProtocolIMAP, Stage: probe.StageAuthenticate, Host: "outlook.office365.com"}, CodeBasicAuthDisabled},
		{"fail hidden in postfix's words", "Fail2026x",
			"535 5.7.8 Error: authentication failed: authentication failure",
			Hints{Protocol: ProtocolSMTP, Stage: probe.StageAuthenticate}, CodeInvalidCredentials},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			clean := Explain(tc.text, tc.hints)
			red := redact.New(tc.password).String(tc.text)
			assert.Contains(t, red, redact.Marker, "the redactor removed part of the server's words")
			assert.Equal(t, tc.want, clean.Code, "the words as the server sent them")
			got := Explain(red, tc.hints)
			assert.Equal(t, tc.want, got.Code, "redacted: %q", red)
			// The same rule read it: not a neighbour whose phrase the
			// markers could also spell.
			assert.Equal(t, clean.Scope, got.Scope)
			assert.Equal(t, clean.Confidence, got.Confidence)
			assert.Equal(t, clean.Summary, got.Summary)
		})
	}
}

func TestContainsRedacted(t *testing.T) {
	m := redactedMarker
	tests := []struct {
		text, phrase string
		want         bool
	}{
		{"disabled for the " + m + ".", "disabled for the tenant", true},
		{"username and " + m + " not accepted", "username and password not accepted", true},
		{"auth" + m + "ca" + m + "failed.", "authentication failed", true},
		{"auth" + m + "ca" + m + "failed.", "authenticate failed", false},               // "te " is three bytes: a marker inside a phrase stands for four or more
		{"disabled for the ten" + m, "disabled for the tenant", true},                   // at the phrase's end a marker may hide fewer: the rest lies beyond it
		{m + " failed", "login failed", false},                                          // seven bytes visible: could be anything
		{"* no " + m, "relay", false},                                                   // all marker
		{"disabled for the " + m + ".", "enabled for the tenant", false},                // the visible bytes differ
		{"username and " + m + " accepted", "username and password not accepted", true}, // the marker may stand for "password not"
		{strings.Repeat(m, 10000), "authentication failed", false},
		{"no marker here", "no marker here", false}, // plain matching is containsAny's
		// A marker at the phrase's end hides a word at most: a bare
		// start that other phrases share is no evidence.
		{"authentication " + m + "ed.", "authentication requires sasl", false},
		{m + " not accepted", "username and password not accepted", false},
		{"username and " + m, "username and password", true},
	}
	for _, tc := range tests {
		assert.Equal(t, tc.want, containsRedacted(tc.text, tc.phrase), "%q in %q", tc.phrase, tc.text)
	}
}

// TestRedactedResponseCodeFromAProbe: the probe reads the response code
// before scrubbing and keeps it scrubbed, markers and all; the rule keyed
// on the code still reads it.
func TestRedactedResponseCodeFromAProbe(t *testing.T) {
	const line = "a1 NO [AUTHENTICATIONFAILED] Authentication failed."
	build := func(pw string) *imapcheck.Result {
		red := redact.New(pw)
		r := imapBase(probe.StageAuthenticate)
		r.Response = &imapcheck.Response{Type: "NO", Code: red.String("AUTHENTICATIONFAILED"),
			Text: red.String("Authentication failed."), Line: red.String(line)}
		return r
	}
	clean := ClassifyIMAP(build("K9vQ2mXw#R7tLp!4zH"), Provider{})[0]
	r := build("attention please")
	require.Contains(t, r.Response.Code, redact.Marker)
	got := ClassifyIMAP(r, Provider{})[0]
	assert.Equal(t, CodeInvalidCredentials, clean.Code)
	assert.Equal(t, clean.Code, got.Code)
	assert.Equal(t, clean.Summary, got.Summary, "the same rule, keyed on the code")
}
