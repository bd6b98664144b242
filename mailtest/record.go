package mailtest

import (
	"slices"
	"strings"
)

// Redacted replaces every credential in recorded commands: passwords, SASL
// responses and tokens. User names given to IMAP LOGIN are kept. Every
// other recorded line loses any four bytes of any account's credential
// (in any form, as mailcheck's probes do), whether or not the client sent
// it: give your own accounts credentials that share no four bytes with
// their addresses or with command words ("mail", "from"), or the records
// of those commands show markers. The built-in scenarios' credentials
// share none.
const Redacted = "[redacted]"

// Record is what one client connection did, written down as it happened with
// credentials already redacted, so a test may print it.
type Record struct {
	// Listener is "imap-tls", "imap-starttls", "smtp-tls" or
	// "smtp-starttls": the listener the client connected to, whatever the
	// scenario made it speak.
	Listener string `json:"listener"`
	// RemoteAddr is the client's address.
	RemoteAddr string `json:"remote_addr"`
	// Commands are the client's commands in order, IMAP tags removed and
	// credentials replaced by [Redacted]: "LOGIN alice@example.com
	// [redacted]", "AUTH PLAIN [redacted]". SASL continuation lines appear
	// as [Redacted] alone.
	Commands []string `json:"commands,omitempty"`
	// TLS reports whether the connection was encrypted when it ended.
	TLS bool `json:"tls"`
	// HandshakeError is why a TLS handshake failed, if one did; a client
	// that rejects the certificate shows up here ("remote error: tls: bad
	// certificate").
	HandshakeError string `json:"handshake_error,omitempty"`
	// Mechanism is the last authentication mechanism tried: "PLAIN",
	// "LOGIN", "XOAUTH2", "OAUTHBEARER"; for IMAP, "LOGIN" also stands for
	// the LOGIN command.
	Mechanism string `json:"mechanism,omitempty"`
	// Username is the last user name tried.
	Username string `json:"username,omitempty"`
	// CredentialsBeforeTLS reports whether the client sent a password or
	// token over the connection before it was encrypted, whatever the
	// server answered.
	CredentialsBeforeTLS bool `json:"credentials_before_tls"`
	// AuthOK reports whether a login succeeded.
	AuthOK bool `json:"auth_ok"`
	// CommandsDropped counts the commands left out of Commands once it
	// held its maximum (10,000): a long session stays bounded.
	CommandsDropped int `json:"commands_dropped,omitempty"`
}

func (r *Record) clone() Record {
	c := *r
	c.Commands = slices.Clone(r.Commands)
	return c
}

// Records returns a copy of what every client did so far, in the order the
// connections were accepted. It may be called at any time, also after Close.
func (s *Server) Records() []Record {
	s.mu.Lock()
	defer s.mu.Unlock()
	out := make([]Record, len(s.records))
	for i, r := range s.records {
		out[i] = r.clone()
	}
	return out
}

// SentCredentialsInClear reports whether any client sent a password or token
// before its connection was encrypted.
func (s *Server) SentCredentialsInClear() bool {
	s.mu.Lock()
	defer s.mu.Unlock()
	for _, r := range s.records {
		if r.CredentialsBeforeTLS {
			return true
		}
	}
	return false
}

// ResetRecords forgets what clients did so far.
func (s *Server) ResetRecords() {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.records = nil
}

// recorder updates one connection's Record under the server's lock.
type recorder struct {
	s *Server
	r *Record
}

func (rc recorder) update(f func(r *Record)) {
	rc.s.mu.Lock()
	defer rc.s.mu.Unlock()
	f(rc.r)
}

// command records a client line. Lines the fake already redacted where it
// knows a credential goes (LOGIN, AUTH, SASL) are kept as built, so the
// user name stays readable; every other line passes the redactor.
func (rc recorder) command(line string) {
	if rc.s.red != nil && !strings.Contains(line, Redacted) {
		line = rc.s.red.String(line)
	}
	rc.update(func(r *Record) {
		if len(r.Commands) >= maxRecordedCommands {
			r.CommandsDropped++
			return
		}
		r.Commands = append(r.Commands, line)
	})
}

// redact passes text through the server's redactor, for text recorded
// other than by command.
func (rc recorder) redact(s string) string {
	if rc.s.red == nil {
		return s
	}
	return rc.s.red.String(s)
}

// cutEnd removes the start of a secret from the end of text cut short by a
// cap.
func (rc recorder) cutEnd(s string) string {
	if rc.s.red == nil {
		return s
	}
	return rc.s.red.CutEnd(s)
}

// credentials notes an authentication attempt that carried a secret.
func (rc recorder) credentials(mech, user string, overTLS bool) {
	rc.update(func(r *Record) {
		r.Mechanism, r.Username = mech, user
		if !overTLS {
			r.CredentialsBeforeTLS = true
		}
	})
}
