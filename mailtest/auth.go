package mailtest

import (
	"encoding/base64"
	"errors"
	"strings"
)

// verdict is what a server makes of one login.
type verdict int

const (
	verdictWrong   verdict = iota // unknown user, wrong password or token: Failure
	verdictRefused                // right credentials, refused by policy: Refusal
	verdictOK                     // Success
)

// credential is what a client presented.
type credential struct {
	user   string
	secret string
	token  bool // secret is an OAuth token (XOAUTH2, OAUTHBEARER)
}

// judge decides a login. It is a pure function of the scenario's accounts
// and refusal policy; see Refuse for the rules.
func judge(accounts *accountBook, refuse Refuse, cr credential) verdict {
	if refuse == RefuseAll {
		return verdictRefused // the server never gets as far as checking
	}
	if cr.token && refuse == RefusePasswords {
		refuse = RefuseNone // tokens are what such a server wants
	}
	a, ok := accounts.find(cr.user)
	if !ok {
		return verdictWrong
	}
	if cr.token {
		if a.Token == "" || cr.secret != a.Token {
			return verdictWrong
		}
		return verdictOK
	}
	if refuse == RefusePasswords {
		return verdictRefused // Exchange Online does not even check
	}
	isPassword := !a.WrongPassword && a.Password != "" && cr.secret == a.Password
	isApp := a.AppPassword != "" && cr.secret == a.AppPassword
	switch {
	case !isPassword && !isApp:
		return verdictWrong
	case refuse == RefuseAccountPassword && !isApp:
		return verdictRefused
	}
	return verdictOK
}

// mailboxRefusal returns the refusal one mailbox has on a protocol
// ("imap" or "smtp") for credentials the server would otherwise take or
// refuse by policy; nil when it has none. Wrong credentials keep the
// server's Failure reply.
func mailboxRefusal(accounts *accountBook, user, protocol string, v verdict) []string {
	if v == verdictWrong {
		return nil
	}
	a, ok := accounts.find(user)
	if !ok {
		return nil
	}
	if protocol == "imap" {
		return a.IMAPRefusal
	}
	return a.SMTPRefusal
}

// accountBook finds a scenario's accounts by login name or address. A
// server built once at Start keeps one, so a login costs a map lookup
// rather than a walk through every account (a fake playing a firm of
// thousands answers each of them).
type accountBook struct {
	list []Account
	// index maps the lower-case login names and addresses to the first
	// account with each; nil when one of them is not ASCII, where lower
	// case and case folding part ways (the Kelvin sign folds to "k").
	index map[string]int
}

func newAccountBook(list []Account) *accountBook {
	b := &accountBook{list: list, index: make(map[string]int, 2*len(list))}
	for i, a := range list {
		for _, k := range []string{a.Login(), a.Email} {
			if !isASCII(k) {
				b.index = nil
				return b
			}
			if _, dup := b.index[strings.ToLower(k)]; !dup {
				b.index[strings.ToLower(k)] = i
			}
		}
	}
	return b
}

// find finds the account a user name belongs to; like providers, it
// ignores case and accepts the address where the login name differs. The
// first account that matches wins.
func (b *accountBook) find(user string) (Account, bool) {
	if b.index != nil && isASCII(user) {
		i, ok := b.index[strings.ToLower(user)]
		if !ok {
			return Account{}, false
		}
		return b.list[i], true
	}
	for _, a := range b.list {
		if strings.EqualFold(user, a.Login()) || strings.EqualFold(user, a.Email) {
			return a, true
		}
	}
	return Account{}, false
}

func isASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= 0x80 {
			return false
		}
	}
	return true
}

var errSASL = errors.New("mailtest: malformed SASL response")

// decode64 decodes a SASL response; "=" is the empty response (RFC 4959).
func decode64(s string) ([]byte, error) {
	if s == "=" {
		return nil, nil
	}
	return base64.StdEncoding.DecodeString(s)
}

// parsePlain reads a PLAIN response: authzid NUL authcid NUL passwd
// (RFC 4616).
func parsePlain(b []byte) (credential, error) {
	parts := strings.Split(string(b), "\x00")
	if len(parts) != 3 {
		return credential{}, errSASL
	}
	return credential{user: parts[1], secret: parts[2]}, nil
}

// parseXOAUTH2 reads Google's and Microsoft's XOAUTH2 response:
// "user=" user ^A "auth=Bearer " token ^A ^A.
func parseXOAUTH2(b []byte) (credential, error) {
	cr := credential{token: true}
	for _, kv := range strings.Split(string(b), "\x01") {
		k, v, _ := strings.Cut(kv, "=")
		switch k {
		case "user":
			cr.user = v
		case "auth":
			cr.secret = strings.TrimPrefix(v, "Bearer ")
		}
	}
	if cr.user == "" || cr.secret == "" {
		return credential{}, errSASL
	}
	return cr, nil
}

// parseOAUTHBEARER reads an RFC 7628 response:
// "n,a=" user "," ^A "host=..." ^A "auth=Bearer " token ^A ^A.
func parseOAUTHBEARER(b []byte) (credential, error) {
	gs2, rest, ok := strings.Cut(string(b), "\x01")
	if !ok {
		return credential{}, errSASL
	}
	cr := credential{token: true}
	for _, f := range strings.Split(gs2, ",") {
		if u, ok := strings.CutPrefix(f, "a="); ok {
			cr.user = strings.NewReplacer("=2C", ",", "=3D", "=").Replace(u)
		}
	}
	for _, kv := range strings.Split(rest, "\x01") {
		if v, ok := strings.CutPrefix(kv, "auth="); ok {
			cr.secret = strings.TrimPrefix(v, "Bearer ")
		}
	}
	if cr.user == "" || cr.secret == "" {
		return credential{}, errSASL
	}
	return cr, nil
}
