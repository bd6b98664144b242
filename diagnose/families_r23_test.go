package diagnose

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// TestFamiliesOfRounds23To25 pins the wording families fixed after the
// first score of held-out rounds 23-25; each text is from the round (its
// source in the round's file), and each fix reads the family, not the one
// text.
func TestFamiliesOfRounds23To25(t *testing.T) {
	for _, tc := range []struct {
		name, text string
		code       Code
	}{
		// RFC 7889's [TOOBIG] inside imaplib's BAD: the server's reason wins.
		{"toobig in imaplib", "Server responded: APPEND command error: BAD [b'[TOOBIG] Message too large. https://support.google.com/mail/answer/6584#limit']", CodeMessageTooLarge},
		{"toobig bare", "a5 BAD [TOOBIG] APPEND refused", CodeMessageTooLarge},
		// Exim's 501 for a malformed HELO argument is syntax, not HELO policy.
		{"syntactically invalid helo", "A mail message was not sent due to a protocol error. 501 syntactically invalid HELO argument(s)", CodeProtocolError},
		// A DKIM verdict is a policy at 4xx too.
		{"dkim signature invalid at 451", "451 DKIM signature invalid: invalid (in reply to end of DATA command)", CodePolicyBlocked},
		// A relay quota is a sending limit, not a message size.
		{"relay quota at 552", "SMTP server error: DATA END command failed Detail: C13ypH3DXQO9CC140p6S9y Message would take you over your relay quota of 500 Current quota used: 487 SMTP code: 552", CodeRateLimited},
		{"too many recipient attempts", "450 Too many recipient attempts", CodeRateLimited},
		// Go's TLS alert as gophish prints it, without spaces, after its
		// own retry count.
		{"tls alert without spaces", "Max connection attempts exceeded-remote error:tls:illegal parameter.", CodeTLSHandshakeFailed},
		// go-mail's AUTH not offered.
		{"does not support auth", "gomail: could not send email 1: SMTP server does not support AUTH, but credentials provided", CodeMechanismUnsupported},
		// fetchmail's TLS upgrade that worked (round 28) is a success.
		{"tls upgrade succeeded", "fetchmail: mail.coalmont.net: upgrade to TLS succeeded.", CodeOK},
		{"tls upgrade succeeded, then a failure", "fetchmail: upgrade to TLS succeeded.\nfetchmail: Authorization failure on user@mail.example.net", CodeInvalidCredentials},
		// cPanel's Exim lists its own guesses: "may be blacklisted" is one.
		{"cpanel could not deliver", `Expected response code 250/251/252 but got code "550", with message "550-The mail server could not deliver mail to [EMAIL]. 550-The account or domain may not exist, they may be blacklisted, or missing 550 the proper dns entries."`, CodeRecipientUnknown},
		// The same words after a sender verification are the sender's.
		{"cpanel sender verification", "550-Verification failed for <email address> 550-The mail server could not\n    deliver mail to <email address>.  The account or domain may not exist, they\n    may be blacklisted, or missing the proper dns entries. 550 Sender verify\n    failed (in reply to RCPT TO command)", CodeSenderNotPermitted},
		{"cpanel verification, no verdict line", "550-Verification failed for <a@example.org> 550-The mail server could not deliver mail to a@example.org.  The account or domain may not exist, they may be blacklisted, or missing the proper dns entries.", CodeSenderNotPermitted},
	} {
		t.Run(tc.name, func(t *testing.T) {
			f := Explain(tc.text, Hints{})
			assert.Equal(t, tc.code, f.Code, "rule %s", f.Evidence.Rule)
			assert.NotEqual(t, likeRule, f.Evidence.Rule, "a rule reads it, not the comparison")
		})
	}
}
