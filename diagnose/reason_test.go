package diagnose

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
)

// TestServerReasonWins: the words a server adds after its stock text
// decide the code, and the finding quotes them first without the stock
// prefix. The texts are written for the test (the corpus holds the real
// ones); each is the shape a real server uses, with a reason that must
// not be contradicted.
func TestServerReasonWins(t *testing.T) {
	for _, tc := range []struct {
		text string
		code Code
		says string // "" when the text has no reason of its own
	}{
		// Postfix appends Dovecot's or Cyrus SASL's reason to its 535.
		{"535 5.7.8 Error: authentication failed: Account disabled by administrator", CodeAccountLocked, "Account disabled by administrator"},
		{"535 5.7.8 Error: authentication failed: Password expired", CodePasswordExpired, "Password expired"},
		{"535 5.7.8 Error: authentication failed: IP address blocked", CodePolicyBlocked, "IP address blocked"},
		{"535 5.7.8 Error: authentication failed: UGFzc3dvcmQ6", CodeInvalidCredentials, ""},
		{"535 5.7.8 Error: authentication failed: authentication failure", CodeInvalidCredentials, ""},
		// Dovecot's [ALERT] and [CONTACTADMIN] with a passdb reason.
		{"a1 NO [ALERT] Your account is suspended for unpaid invoices", CodeAccountLocked, "Your account is suspended for unpaid invoices"},
		{"a1 NO [CONTACTADMIN] Logins from your country are not allowed", CodePolicyBlocked, "Logins from your country are not allowed"},
		// A mailbox held by another session is not a locked account.
		{"a1 NO Mailbox is locked by another session", CodeTemporaryFailure, "Mailbox is locked by another session"},
		{"-ERR [IN-USE] Unable to lock maildrop: Mailbox is locked by POP server", CodeTemporaryFailure, "Unable to lock maildrop: Mailbox is locked by POP server"},
		// A limit worded by the server.
		{"550 5.7.1 Message rejected: account over daily sending limit", CodeRateLimited, "Message rejected: account over daily sending limit"},
	} {
		f := Explain(tc.text, Hints{})
		assert.Equal(t, tc.code, f.Code, "%s (rule %s)", tc.text, f.Evidence.Rule)
		if tc.says != "" {
			assert.Equal(t, tc.says, f.ServerSays, tc.text)
			assert.True(t, strings.HasPrefix(f.Summary, `The server says: "`+tc.says+`".`), f.Summary)
		}
	}
}
