package mailtest

import (
	"bufio"
	"encoding/hex"
	"net"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestRecordsScrubSecretsAnywhere: a client that puts the password where no
// credential belongs (a wrong command, hex, upper case, a clipped copy)
// leaves no form of it in the records, which tests print.
func TestRecordsScrubSecretsAnywhere(t *testing.T) {
	s := startScenario(t, "dovecot-postfix-ok", nil)
	pw := s.Accounts()[0].Password
	require.GreaterOrEqual(t, len(pw), 8)
	c := dial(t, s.IMAPTLS, s.ClientTLSConfig())
	c.line()
	for i, cmd := range []string{
		"NOOP " + pw,
		"NOOP " + strings.ToUpper(pw),
		"NOOP " + hex.EncodeToString([]byte(pw)),
		"NOOP " + b64("\x00grace\x00"+pw),
		"NOOP typed:" + pw[:9] + "...", // "Correct-H": not a word
	} {
		tag := "a" + string(rune('1'+i))
		c.send(tag + " " + cmd)
		c.until(tag + " ")
	}
	recs := s.Records()
	require.Len(t, recs, 1)
	require.Len(t, recs[0].Commands, 5)
	for _, cmd := range recs[0].Commands {
		assert.True(t, strings.HasPrefix(cmd, "NOOP "), cmd)
		assert.Contains(t, cmd, Redacted, cmd)
		assert.NotContains(t, strings.ToLower(cmd), strings.ToLower(pw[:4]), cmd)
	}
}

// TestBuiltInCredentialsKeepRecordsReadable: records lose any four bytes
// of any account's credential, wherever they appear, so a built-in
// credential that shared four bytes with an address or a command word
// garbled commands no credential was ever sent in (a reviewer's find:
// "ya29.mailtest-alice" turned "MAIL FROM:<alice.mailtest@gmail.com>"
// into "[redacted] FROM:<[redacted]@g[redacted].com>"). Only "Tenant",
// which the tenant's passwords share with Exchange's "for the Tenant" on
// purpose, is allowed.
func TestBuiltInCredentialsKeepRecordsReadable(t *testing.T) {
	words := []string{"EHLO", "HELO", "MAIL FROM:<", "RCPT TO:<", "DATA", "QUIT", "RSET", "NOOP", "STARTTLS", "AUTH", "PLAIN", "LOGIN",
		"XOAUTH2", "OAUTHBEARER", "CAPABILITY", "SELECT", "EXAMINE", "LIST", "LSUB", "STATUS", "APPEND", "FETCH", "STORE",
		"SEARCH", "UID", "IDLE", "DONE", "LOGOUT", "INBOX", "Sent", "Drafts", "Trash", "ENABLE", "NAMESPACE", "BODY.PEEK[HEADER.FIELDS",
		"ENVELOPE", "FLAGS", "Subject:", "From:", "To:", "Date:", "Message-ID:", "localhost", "127.0.0.1"}
	for _, sc := range Scenarios() {
		var visible []string
		visible = append(visible, words...)
		for _, a := range sc.Accounts {
			visible = append(visible, a.Email, a.Login())
		}
		for _, a := range sc.Accounts {
			for _, cred := range []string{a.Password, a.AppPassword, a.Token} {
				low := strings.ToLower(cred)
				for i := 0; i+4 <= len(low); i++ {
					w := low[i : i+4]
					if strings.Contains("tenant", w) {
						continue
					}
					for _, v := range visible {
						assert.NotContains(t, strings.ToLower(v), w, "%s: %s's credential %q shares %q with %q", sc.Name, a.Email, cred, w, v)
					}
				}
			}
		}
	}
}

// TestRecordsKeepAnAddressNoCredentialHolds: end to end, a session that
// signs in and sends shows its envelope whole in the records.
func TestRecordsKeepAnAddressNoCredentialHolds(t *testing.T) {
	srv := NewTestServer(t, "gmail-ok")
	a := srv.Accounts()[0]
	c, err := net.Dial("tcp", srv.SMTPStartTLS)
	require.NoError(t, err)
	defer c.Close()
	r := bufio.NewReader(c)
	readReply := func() {
		for {
			line, err := r.ReadString('\n')
			require.NoError(t, err)
			if len(line) < 4 || line[3] != '-' {
				return
			}
		}
	}
	readReply()
	for _, cmd := range []string{"EHLO x", "MAIL FROM:<" + a.Email + ">", "QUIT"} {
		_, err := c.Write([]byte(cmd + "\r\n"))
		require.NoError(t, err)
		readReply()
	}
	require.Eventually(t, func() bool {
		for _, rec := range srv.Records() {
			if slices.Contains(rec.Commands, "MAIL FROM:<"+a.Email+">") {
				return true
			}
		}
		return false
	}, 5*time.Second, 10*time.Millisecond, "records: %v", srv.Records())
}
