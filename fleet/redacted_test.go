package fleet

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// TestSameWords: a refusal whose word a mailbox's password blanked is the
// same refusal as the one shown whole; a text that is mostly marker, or
// differs where it is visible, is not.
func TestSameWords(t *testing.T) {
	const ms = "535 5.7.139 Authentication unsuccessful, SmtpClientAuthentication is disabled for the Tenant."
	tests := []struct {
		a, b string
		want bool
	}{
		{ms, ms, true},
		{"535 5.7.139 Authentication unsuccessful, SmtpClientAuthentication is disabled for the [redacted].", ms, true},
		{ms, "535 5.7.139 Authentication unsuccessful, SmtpClientAuthentication is disabled for the [redacted].", true},
		{"535 5.7.139 Auth[redacted]ca[redacted] unsuccessful, SmtpClientAuthentication is disabled for the Tenant.", ms, true},
		{"535 5.7.139 Authentication unsuccessful, SmtpClientAuthentication is disabled for the [redacted].",
			"535 5.7.139 Authentication unsuccessful, SmtpClientAuthentication is disabled for the Mailbox.", true}, // the marker could be either word: the rule's codes tell them apart
		{"535 5.7.139 Authentication unsuccessful, SmtpClientAuthentication is disabled for the [redacted].",
			"535 5.7.139 Authentication unsuccessful, SmtpClientAuthentication is disabled for the .", false}, // a marker stands for one byte or more
		{"[redacted]", ms, false},                                    // all marker
		{"535 [redacted]", "535 5.7.8 Authentication failed", false}, // mostly marker
		{"535 5.7.8 Authentication [redacted]", "535 5.7.8 Username and Password not accepted", false},
		{"a [redacted] b [redacted] c", "a [redacted] b [redacted] d", false}, // markers on both sides: only equal texts
	}
	for _, tc := range tests {
		assert.Equal(t, tc.want, sameWords(tc.a, tc.b), "%q vs %q", tc.a, tc.b)
	}
}
