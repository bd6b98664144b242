package mailtest

import (
	"errors"
	"strings"
)

var errSASLCancelled = errors.New("mailtest: SASL exchange cancelled")

// saslExchange runs the server side of the SASL mechanisms the fakes take:
// PLAIN (RFC 4616), LOGIN (draft-murchison-sasl-login), XOAUTH2 and
// OAUTHBEARER (RFC 7628). IMAP and SMTP differ only in how a challenge is
// framed ("+ " or "334 "), which next hides.
type saslExchange struct {
	// initial holds the initial response if the client sent one (SASL-IR,
	// or the argument of SMTP AUTH).
	initial []string
	// next sends a base64 challenge and returns the client's answer line.
	next func(challenge string) (string, error)
}

// Base64 of "Username:" and "Password:", the LOGIN mechanism's prompts.
const (
	loginUserPrompt = "VXNlcm5hbWU6"
	loginPassPrompt = "UGFzc3dvcmQ6"
)

func (ex saslExchange) run(mech string) (credential, error) {
	switch mech {
	case "PLAIN":
		b, err := ex.first("")
		if err != nil {
			return credential{}, err
		}
		return parsePlain(b)
	case "LOGIN":
		user, err := ex.first(loginUserPrompt)
		if err != nil {
			return credential{}, err
		}
		pass, err := ex.step(loginPassPrompt)
		if err != nil {
			return credential{}, err
		}
		return credential{user: string(user), secret: string(pass)}, nil
	case "XOAUTH2":
		b, err := ex.first("")
		if err != nil {
			return credential{}, err
		}
		return parseXOAUTH2(b)
	case "OAUTHBEARER":
		b, err := ex.first("")
		if err != nil {
			return credential{}, err
		}
		return parseOAUTHBEARER(b)
	}
	return credential{}, errSASL
}

// first returns the initial response, or asks for it.
func (ex saslExchange) first(challenge string) ([]byte, error) {
	if len(ex.initial) > 0 {
		return decode64(ex.initial[0])
	}
	return ex.step(challenge)
}

// step sends one challenge and decodes the answer; "*" cancels.
func (ex saslExchange) step(challenge string) ([]byte, error) {
	line, err := ex.next(challenge)
	if err != nil {
		return nil, err
	}
	line = strings.TrimSpace(line)
	if line == "*" {
		return nil, errSASLCancelled
	}
	b, err := decode64(line)
	if err != nil {
		return nil, errSASL
	}
	return b, nil
}

// saslContinue returns the continuation step of a SASL exchange on c:
// send the challenge after prefix ("+ " in IMAP, "334 " in SMTP), read the
// client's answer and record it only as Redacted, since it carries the
// credentials.
func (c *conn) saslContinue(prefix string) func(challenge string) (string, error) {
	return func(challenge string) (string, error) {
		if err := c.writeLines(prefix + challenge); err != nil {
			return "", err
		}
		line, err := c.readLine()
		if err == nil {
			c.rec.command(Redacted)
		}
		return line, err
	}
}
