// Package saslmech is the client side of the SASL mechanisms both probes
// use, so that the same credentials go out as the same bytes over IMAP
// AUTHENTICATE and SMTP AUTH. Each protocol only frames the messages
// (base64 after "+ " or "334 "); what is inside is built here, once.
//
// PLAIN comes from go-sasl. go-sasl does not serve the others: it has no
// XOAUTH2 client; its OAUTHBEARER client writes the user name into the
// GS2 header unescaped, where RFC 7628 section 3.1 and RFC 5801 section 4
// require "," and "=" to be written "=2C" and "=3D" (a name with a comma
// would end the header early); and its LOGIN client sends the user name as
// an initial response and insists on the exact prompt "Password:", while
// servers word the prompts as they like and expect the answers in order.
package saslmech

import (
	"errors"
	"fmt"
	"strconv"
	"strings"

	"github.com/emersion/go-sasl"
)

// Mechanism names, as servers advertise them.
const (
	Plain       = "PLAIN"
	Login       = "LOGIN"
	XOAuth2     = "XOAUTH2"
	OAuthBearer = "OAUTHBEARER"
)

// Credentials are what a mechanism may send. Host and Port are the
// server's, which OAUTHBEARER carries (RFC 7628 section 3.1).
type Credentials struct {
	Username string
	Password string
	Token    string
	Host     string
	Port     int
}

// Client is one client side of one exchange. It is not safe for
// concurrent use.
type Client struct {
	// Mechanism is the mechanism's name.
	Mechanism string
	// Initial is the initial response, nil when the mechanism starts with
	// a server challenge (LOGIN). It holds credentials.
	Initial []byte
	// Secrets are the credentials the exchange sends (the password or
	// token), raw: the caller registers them with its redactor
	// (internal/redact), which knows every form they take on the wire,
	// before sending anything.
	Secrets []string

	next func(round int, challenge []byte) (resp []byte, answer bool, note string)
	// round counts challenges answered after the initial response.
	round int
}

// New returns the client for mech, or an error for a mechanism it does not
// know. It does no I/O.
func New(mech string, c Credentials) (*Client, error) {
	cl := &Client{Mechanism: mech}
	switch mech {
	case Plain:
		_, ir, err := sasl.NewPlainClient("", c.Username, c.Password).Start()
		if err != nil {
			return nil, fmt.Errorf("saslmech: %s: %w", mech, err)
		}
		cl.Initial = ir
		cl.next = cancel
	case Login:
		// The draft's prompts are "Username:" and "Password:", but servers
		// vary the wording; the order is what counts.
		answers := [][]byte{[]byte(c.Username), []byte(c.Password)}
		cl.next = func(round int, _ []byte) ([]byte, bool, string) {
			if round < len(answers) {
				return answers[round], true, ""
			}
			return nil, false, ""
		}
		cl.Secrets = append(cl.Secrets, c.Password)
	case XOAuth2:
		cl.Initial = []byte(XOAuth2Response(c.Username, c.Token))
		// On failure the server sends its JSON error as a challenge and
		// waits for an empty answer before its final reply (Google's and
		// Microsoft's documentation).
		cl.next = oauthError([]byte{})
	case OAuthBearer:
		cl.Initial = []byte(OAuthBearerResponse(c.Username, c.Token, c.Host, c.Port))
		// RFC 7628 section 3.2.3: the client answers the error challenge
		// with a single ^A.
		cl.next = oauthError([]byte{0x01})
	default:
		return nil, fmt.Errorf("saslmech: unknown mechanism %q", mech)
	}
	// Only the atoms: internal/redact finds a password or token inside
	// the initial response and its base64 at any alignment, and
	// registering the whole response would hide the user name it holds.
	for _, s := range []string{c.Password, c.Token} {
		if s != "" {
			cl.Secrets = append(cl.Secrets, s)
		}
	}
	return cl, nil
}

// Next answers the server's next challenge (decoded). answer false means
// the mechanism has nothing more to say: the caller cancels the exchange
// ("*"). note, when set, is for the step's detail and never holds a
// credential (it is the server's error report of an OAuth mechanism).
func (c *Client) Next(challenge []byte) (resp []byte, answer bool, note string) {
	r := c.round
	c.round++
	if c.next == nil {
		return nil, false, ""
	}
	return c.next(r, challenge)
}

// cancel answers nothing: for mechanisms whose initial response is all
// they send.
func cancel(int, []byte) ([]byte, bool, string) { return nil, false, "" }

// oauthError answers the first challenge, the JSON error of XOAUTH2 and
// OAUTHBEARER, with resp, and keeps the JSON for the step detail. It holds
// status, schemes and scope: no secret.
func oauthError(resp []byte) func(int, []byte) ([]byte, bool, string) {
	return func(round int, challenge []byte) ([]byte, bool, string) {
		if round > 0 {
			return nil, false, ""
		}
		return resp, true, "server error: " + string(challenge)
	}
}

// XOAuth2Response is Google's and Microsoft's XOAUTH2 initial response:
// "user=" user ^A "auth=Bearer " token ^A ^A. The format has no escaping;
// callers refuse user names with control characters.
func XOAuth2Response(user, token string) string {
	return "user=" + user + "\x01auth=Bearer " + token + "\x01\x01"
}

// OAuthBearerResponse is the RFC 7628 OAUTHBEARER initial response, with
// the user name escaped as RFC 5801 section 4 requires.
func OAuthBearerResponse(user, token, host string, port int) string {
	s := "n,a=" + SASLName(user) + ",\x01"
	if host != "" {
		s += "host=" + host + "\x01"
	}
	if port != 0 {
		s += "port=" + strconv.Itoa(port) + "\x01"
	}
	return s + "auth=Bearer " + token + "\x01\x01"
}

// SASLName escapes "=" and "," as RFC 5801 section 4 requires of a
// saslname in the GS2 header.
func SASLName(s string) string {
	return strings.NewReplacer("=", "=3D", ",", "=2C").Replace(s)
}

// IsControl reports the characters a user name may not hold: C0 controls
// and DEL. PLAIN separates its fields with NUL and XOAUTH2 and OAUTHBEARER
// with ^A, so one of these in a user name would change the message's
// meaning; both probes refuse such a name before anything is sent.
func IsControl(r rune) bool { return r < 0x20 || r == 0x7f }

// CheckSecrets reports a password or token that no sign-in can carry, in
// words for a person: SASL PLAIN separates its fields with NUL, so a
// password holding one would end early and the server would refuse what
// is left (a protocol error, not a wrong password); XOAUTH2 and
// OAUTHBEARER separate theirs with ^A, and a token is printable ASCII.
// The error never quotes the secret.
func CheckSecrets(password, token string) error {
	if strings.ContainsRune(password, 0) {
		return errors.New("password contains a NUL byte, which no sign-in can carry")
	}
	if strings.ContainsFunc(token, IsControl) {
		return errors.New("token contains control characters, which no token has")
	}
	return nil
}
