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
		// "Service refused, please try later" decides by its code: a 5xx
		// is a refusal, a 4xx the temporary one it says.
		{"service refused 5xx", "550 5.5.0 Service refuse. Veuillez essayer plus tard. service refused, please try later. LPN007_510", CodePolicyBlocked, "policy-service-refused-permanent"},
		{"service refused 4xx", "421 4.2.0 Service refuse. Veuillez essayer plus tard. Service refused, please try later. OFR005_505 [505]", CodeTemporaryFailure, ""},
		// A bare "message rejected" after DATA is a refusal of the message.
		{"message rejected after data", "SMTP error from remote mail server after end of data:\n    550 message rejected", CodePolicyBlocked, "policy-message-rejected-data"},
		// Gmail's "from your IP address" is the server's address; "from your address" the account.
		{"unsolicited from the account", "550 5.7.1 Our system has detected an unusual amount of unsolicited email originating from your address", CodeSendingBlocked, "policy-unsolicited-from-account"},
		{"unsolicited from the ip", "550 5.7.28 There is an unusual rate of unsolicited email originating from your IP address. To protect our users from spam, email sent from your IP address has been blocked.", CodePolicyBlocked, ""},
		// A 4xx lock-out after errors is a limit, not a block list.
		{"temporarily blacklisted after errors", "421 4.5.1 Too many errors, you have been temporarily blacklisted", CodeRateLimited, "policy-errors-temporarily-blocked"},
		{"too many errors alone", "421 4.7.0 Error: too many errors", CodeProtocolError, "too-many-errors"},
		// SPF naming the sender's domain is the receiving side's policy
		// on the domain's record (blind labels: policy_blocked 47 of 53).
		{"spf from domain", "550 5.7.0 [SPF] host 192.0.2.1 is not allowed to send mail from example.com", CodePolicyBlocked, "policy-spf-sender-domain"},
		// MX hosts that do not resolve are the domain's DNS, not the address.
		{"mx non-existent hosts", "all relevant MX records point to non-existent hosts", CodeDNSFailure, "bounce-mx-hosts-missing"},
		// Exchange's queue: the quoted reply of the next hop decides.
		{"exchange inner reply", "451 4.4.0 Primary target IP address responded with: \"421 4.7.0 Too many errors, you have been temporarily blacklisted\" Attempted failover to alternate host, but that did not succeed.", CodeRateLimited, "policy-errors-temporarily-blocked"},
		// 553 with a bare domain is the envelope's domain; with an address it is not read so.
		{"553 domain missing", "553 mail.example.jp does not exist", CodeSenderNotPermitted, "policy-553-domain-missing"},
		// A HELO policy in a university MX's own words (round 24,
		// http://www.under-score.org.uk/pipermail/underscore/2007-April/060030.html).
		{"real hostname in helo", "Diagnostic-Code: SMTP; 550 Please use your real hostname when saying\nHELO (not HSP-AV01)", CodePolicyBlocked, "policy-helo-rejected"},
		// Relaying in other words.
		{"retransmission denied", "550 5.7.1 Retransmission denied", CodeRelayDenied, ""},
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
