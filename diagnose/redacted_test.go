package diagnose

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/mailcheck-go/mailcheck/internal/redact"
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
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			clean := Explain(tc.text, tc.hints)
			red := redact.New(tc.password).String(tc.text)
			assert.Contains(t, red, redact.Marker, "the redactor removed part of the server's words")
			assert.Equal(t, tc.want, clean.Code, "the words as the server sent them")
			got := Explain(red, tc.hints)
			assert.Equal(t, tc.want, got.Code, "redacted: %q", red)
			assert.Equal(t, clean.Scope, got.Scope)
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
		{m + " failed", "login failed", false},                                          // seven bytes visible: could be anything
		{"* no " + m, "relay", false},                                                   // all marker
		{"disabled for the " + m + ".", "enabled for the tenant", false},                // the visible bytes differ
		{"username and " + m + " accepted", "username and password not accepted", true}, // the marker may stand for "password not"
		{strings.Repeat(m, 10000), "authentication failed", false},
		{"no marker here", "no marker here", false}, // plain matching is containsAny's
	}
	for _, tc := range tests {
		assert.Equal(t, tc.want, containsRedacted(tc.text, tc.phrase), "%q in %q", tc.phrase, tc.text)
	}
}
