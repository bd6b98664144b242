package mailtest

import (
	"encoding/base64"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestJudge(t *testing.T) {
	accounts := []Account{
		{Email: "wrong@example.org", Password: "typo", WrongPassword: true},
		{Email: "a@example.org", Username: "a", Password: "pw", AppPassword: "app", Token: "tok"},
	}
	pw := func(user, secret string) credential { return credential{user: user, secret: secret} }
	tok := func(user, secret string) credential { return credential{user: user, secret: secret, token: true} }
	tests := []struct {
		name   string
		refuse Refuse
		cr     credential
		want   verdict
	}{
		{"password", RefuseNone, pw("a", "pw"), verdictOK},
		{"by address", RefuseNone, pw("A@Example.org", "pw"), verdictOK}, // providers ignore case
		{"app password", RefuseNone, pw("a", "app"), verdictOK},
		{"wrong password", RefuseNone, pw("a", "nope"), verdictWrong},
		{"unknown user", RefuseNone, pw("b", "pw"), verdictWrong},
		{"marked wrong", RefuseNone, pw("wrong@example.org", "typo"), verdictWrong}, // WrongPassword: its Password never works
		{"token", RefuseNone, tok("a", "tok"), verdictOK},
		{"bad token", RefuseNone, tok("a", "pw"), verdictWrong},
		{"account password refused", RefuseAccountPassword, pw("a", "pw"), verdictRefused},
		{"app password accepted", RefuseAccountPassword, pw("a", "app"), verdictOK},
		{"wrong password, app required", RefuseAccountPassword, pw("a", "x"), verdictWrong},
		{"any password refused", RefusePasswords, pw("a", "x"), verdictRefused}, // Exchange Online never checks
		{"token where passwords refused", RefusePasswords, tok("a", "tok"), verdictOK},
		{"bad token where passwords refused", RefusePasswords, tok("a", "x"), verdictWrong},
		{"all refused", RefuseAll, tok("a", "tok"), verdictRefused},
		{"all refused, wrong too", RefuseAll, pw("zz", "x"), verdictRefused},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			assert.Equal(t, tc.want, judge(newAccountBook(accounts), tc.refuse, tc.cr), "judge")
		})
	}
}

func TestSASLParsers(t *testing.T) {
	cr, err := parsePlain([]byte("\x00alice\x00secret"))
	if assert.NoError(t, err, "PLAIN") {
		assert.Equal(t, "alice", cr.user, "PLAIN user")
		assert.Equal(t, "secret", cr.secret, "PLAIN secret")
		assert.False(t, cr.token, "PLAIN token")
	}
	_, err = parsePlain([]byte("alice:secret"))
	assert.Error(t, err, "PLAIN without NULs")
	cr, err = parseXOAUTH2([]byte("user=alice@example.org\x01auth=Bearer tok123\x01\x01"))
	if assert.NoError(t, err, "XOAUTH2") {
		assert.Equal(t, "alice@example.org", cr.user, "XOAUTH2 user")
		assert.Equal(t, "tok123", cr.secret, "XOAUTH2 secret")
		assert.True(t, cr.token, "XOAUTH2 token")
	}
	cr, err = parseOAUTHBEARER([]byte("n,a=alice=2Cx@example.org,\x01host=127.0.0.1\x01port=993\x01auth=Bearer tok\x01\x01"))
	if assert.NoError(t, err, "OAUTHBEARER") {
		assert.Equal(t, "alice,x@example.org", cr.user, "OAUTHBEARER user")
		assert.Equal(t, "tok", cr.secret, "OAUTHBEARER secret")
	}
	b, err := decode64("=")
	if assert.NoError(t, err, `decode64("=")`) {
		assert.Empty(t, b, `decode64("=")`)
	}
	_, err = decode64(base64.StdEncoding.EncodeToString([]byte("x")) + "!")
	assert.Error(t, err, "decode64 of junk")
}

func TestMailboxRefusal(t *testing.T) {
	off := []string{"535 5.7.139 Authentication unsuccessful, SmtpClientAuthentication is disabled for the Mailbox."}
	accounts := []Account{{Email: "a@example.test", Password: "pw"}, {Email: "b@example.test", Password: "pw", SMTPRefusal: off}}
	assert.Equal(t, off, mailboxRefusal(newAccountBook(accounts), "B@example.test", "smtp", verdictOK), "the mailbox's own refusal replaces a success")
	assert.Equal(t, off, mailboxRefusal(newAccountBook(accounts), "b@example.test", "smtp", verdictRefused), "and a policy refusal")
	assert.Nil(t, mailboxRefusal(newAccountBook(accounts), "b@example.test", "smtp", verdictWrong), "a wrong password still gets the server's Failure")
	assert.Nil(t, mailboxRefusal(newAccountBook(accounts), "b@example.test", "imap", verdictOK), "only on its protocol")
	assert.Nil(t, mailboxRefusal(newAccountBook(accounts), "a@example.test", "smtp", verdictOK), "other mailboxes are untouched")
}

// TestAccountBook: the index finds what the walk would, first match
// first, and a name outside ASCII falls back to case folding.
func TestAccountBook(t *testing.T) {
	list := []Account{
		{Email: "a@example.test", Username: "alice", Password: "1"},
		{Email: "b@example.test", Password: "2"},
		{Email: "ALICE@example.test", Username: "a@example.test", Password: "3"}, // its login is the first one's address
	}
	b := newAccountBook(list)
	require.NotNil(t, b.index, "ASCII names are indexed")
	for _, tc := range []struct{ user, want string }{
		{"ALICE", "1"},              // login, any case
		{"A@Example.Test", "1"},     // address of the first; the third's login too, but the first wins
		{"alice@example.test", "3"}, // the third's address
		{"b@EXAMPLE.test", "2"},     // address where there is no login name
		{"\u212alice", ""},          // no K in the names: the Kelvin sign folds to k, not to a
	} {
		a, ok := b.find(tc.user)
		assert.Equal(t, tc.want != "", ok, tc.user)
		assert.Equal(t, tc.want, a.Password, tc.user)
	}
	_, ok := b.find("carol")
	assert.False(t, ok, "unknown")

	k := newAccountBook([]Account{{Email: "\u212aate@example.test", Password: "k"}})
	assert.Nil(t, k.index, "a name outside ASCII turns the index off")
	a, ok := k.find("kate@example.test")
	assert.True(t, ok, "found by case folding, as strings.EqualFold does")
	assert.Equal(t, "k", a.Password)
}
