package diagnose

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// TestPolicyRulesBoundaries pins where the receiving-side and bounce rules
// stop: a success that names a policy stays a success, an address that
// contains a keyword is not that keyword, and the stage a bounce tells
// decides how a bare 5.7.1 reads.
func TestPolicyRulesBoundaries(t *testing.T) {
	for _, tc := range []struct {
		name, text string
		code       Code
		rule       string
	}{
		// A success never reads as a failure, whatever it names.
		{"greylisting passed", "250 2.1.5 Ok, greylist passed", CodeOK, ""},
		// "dmarc" inside an address is no DMARC verdict.
		{"dmarc address", "550 5.1.1 <dmarc@example.com>: Recipient address rejected: User unknown in local recipient table", CodeRecipientUnknown, "recipient-unknown-words"},
		// Exim says the reply answered the message: a refusal of it.
		{"5.7.1 after end of data", "SMTP error from remote mail server after end of data:\n    550 5.7.1 Message rejected", CodePolicyBlocked, "policy-x.7.1-data"},
		// The quoted reply decides over the bounce's own "retry timeout".
		{"retry timeout with a final refusal", "SMTP error from remote mail server after initial connection:\nhost mx.example.com [192.0.2.1]: 421 4.7.1 All messages from 192.0.2.2 will be permanently deferred; Retrying will NOT succeed.\nretry timeout exceeded", CodePolicyBlocked, "policy-permanently-deferred"},
		{"retry timeout alone", "retry timeout exceeded", CodeTemporaryFailure, "bounce-retry-timeout"},
		// A greylisting reply is a 4xx: a 5xx that mentions a grey list is not.
		{"grey list at 5xx", "554 5.7.1 Service unavailable; Helo command [example.net] blocked using multi.uribl.com; Listed on grey", CodePolicyBlocked, "policy-block-list"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			f := Explain(tc.text, Hints{})
			assert.Equal(t, tc.code, f.Code)
			if tc.rule != "" {
				assert.Equal(t, tc.rule, f.Evidence.Rule)
			}
		})
	}
}
