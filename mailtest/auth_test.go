package mailtest

import (
	"encoding/base64"
	"testing"
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
			if got := judge(accounts, tc.refuse, tc.cr); got != tc.want {
				t.Errorf("judge = %d, want %d", got, tc.want)
			}
		})
	}
}

func TestSASLParsers(t *testing.T) {
	cr, err := parsePlain([]byte("\x00alice\x00secret"))
	if err != nil || cr.user != "alice" || cr.secret != "secret" || cr.token {
		t.Errorf("PLAIN: %+v, %v", cr, err)
	}
	if _, err := parsePlain([]byte("alice:secret")); err == nil {
		t.Error("PLAIN without NULs: want error")
	}
	cr, err = parseXOAUTH2([]byte("user=alice@example.org\x01auth=Bearer tok123\x01\x01"))
	if err != nil || cr.user != "alice@example.org" || cr.secret != "tok123" || !cr.token {
		t.Errorf("XOAUTH2: %+v, %v", cr, err)
	}
	cr, err = parseOAUTHBEARER([]byte("n,a=alice=2Cx@example.org,\x01host=127.0.0.1\x01port=993\x01auth=Bearer tok\x01\x01"))
	if err != nil || cr.user != "alice,x@example.org" || cr.secret != "tok" {
		t.Errorf("OAUTHBEARER: %+v, %v", cr, err)
	}
	if b, err := decode64("="); err != nil || len(b) != 0 {
		t.Errorf(`decode64("=") = %q, %v; want empty`, b, err)
	}
	if _, err := decode64(base64.StdEncoding.EncodeToString([]byte("x")) + "!"); err == nil {
		t.Error("decode64 of junk: want error")
	}
}
