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
func judge(accounts []Account, refuse Refuse, cr credential) verdict {
	if refuse == RefuseAll {
		return verdictRefused // the server never gets as far as checking
	}
	if cr.token && refuse == RefusePasswords {
		refuse = RefuseNone // tokens are what such a server wants
	}
	a, ok := findAccount(accounts, cr.user)
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
func mailboxRefusal(accounts []Account, user, protocol string, v verdict) []string {
	if v == verdictWrong {
		return nil
	}
	a, ok := findAccount(accounts, user)
	if !ok {
		return nil
	}
	if protocol == "imap" {
		return a.IMAPRefusal
	}
	return a.SMTPRefusal
}

// findAccount finds the account a user name belongs to; like providers, it
// ignores case and accepts the address where the login name differs.
func findAccount(accounts []Account, user string) (Account, bool) {
	for _, a := range accounts {
		if strings.EqualFold(user, a.Login()) || strings.EqualFold(user, a.Email) {
			return a, true
		}
	}
	return Account{}, false
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
