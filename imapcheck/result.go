package imapcheck

import (
	"crypto/tls"
	"time"

	"github.com/mailcheck-go/mailcheck/probe"
)

// Options configures one IMAP probe. Host is required; every other field's
// zero value works and its comment gives the default.
type Options struct {
	// Host is the server's DNS name or IP address.
	Host string
	// Port defaults to 993 with SecurityTLS and 143 otherwise.
	Port int
	// Security defaults to probe.SecurityTLS.
	Security probe.Security

	// Username is the login name, usually the full email address. With no
	// Password and no Token, the probe checks connectivity only and stops
	// before authentication (StopReason no_credentials).
	Username string
	// Password is sent with AUTHENTICATE PLAIN or LOGIN.
	Password probe.Secret
	// Token is an OAuth 2.0 access token, sent with XOAUTH2 or
	// OAUTHBEARER. When both are set, Token wins.
	Token probe.Secret
	// Mechanism forces "PLAIN", "LOGIN", "XOAUTH2" or "OAUTHBEARER"
	// instead of choosing from the server's capabilities.
	Mechanism string
	// AllowPlaintextAuth allows sending credentials over an unencrypted
	// connection. Off by default: without it the probe stops before
	// authentication and says why.
	AllowPlaintextAuth bool

	// TLSConfig is cloned, never modified; ServerName defaults to Host.
	// Use it to trust a private CA (RootCAs).
	TLSConfig *tls.Config
	// StageTimeout bounds each network step; default DefaultStageTimeout.
	// The caller's context bounds the whole probe.
	StageTimeout time.Duration

	// Mailbox is examined read-only after a successful login; default
	// "INBOX". SkipMailboxCheck turns the check off.
	Mailbox          string
	SkipMailboxCheck bool
	// SkipModeCheck turns off the extra connection that tells a wrong TLS
	// mode from a silent server.
	SkipModeCheck bool
	// ReturnEarly makes Probe return as soon as its outcome is known,
	// without waiting for the reply to LOGOUT: the command is sent (and
	// is in the transcript), and the server's reply is read and the
	// connection closed in the background, within 2 seconds. Wait waits
	// for those. Off, the Result holds the server's reply to LOGOUT as
	// well. Diagnose sets it.
	ReturnEarly bool

	// Dialer defaults to a *net.Dialer; Resolver to net.DefaultResolver.
	Dialer   probe.Dialer
	Resolver probe.Resolver
	// Now defaults to time.Now.
	Now func() time.Time
	// Progress, when set, is called after each stage finishes, from the
	// probe's goroutine. Nil means silent.
	Progress func(probe.Step)
}

// DefaultStageTimeout bounds each network step when Options.StageTimeout is
// zero: long enough for a slow TLS handshake across a continent plus a
// provider's deliberate delay after a failed login (Dovecot waits 2 s by
// default), short enough that a support engineer is not left waiting.
const DefaultStageTimeout = 15 * time.Second

// Result is everything an IMAP probe observed. A probe that met a closed
// port or a refusal did its job: the facts are here and Probe's error is nil.
type Result struct {
	// Host is the server as given.
	Host string `json:"host"`
	// Port is the port probed.
	Port int `json:"port"`
	// Security is the security mode used: tls, starttls or none.
	Security probe.Security `json:"security"`
	// Username is the login name used (never the password).
	Username  string   `json:"username,omitempty"`
	Addresses []string `json:"addresses,omitempty"` // what Host resolved to
	// RemoteAddr is the address the probe connected to.
	RemoteAddr string    `json:"remote_addr,omitempty"`
	StartedAt  time.Time `json:"started_at"` // UTC
	// ElapsedMS how long the whole probe took, in milliseconds.
	ElapsedMS float64 `json:"elapsed_ms"`

	// OK reports whether the login succeeded and the mailbox check (when
	// run) passed. With no credentials it reports whether the server was
	// reachable and ready for authentication.
	OK bool `json:"ok"`
	// Stage is the last stage reached: on failure, the stage that failed.
	Stage probe.Stage `json:"stage"`
	// Steps is every stage in order, with timing and outcome.
	Steps []probe.Step `json:"steps"`
	// Error is the network or TLS failure that ended the probe, if any.
	Error *probe.NetError `json:"error,omitempty"`
	// StopReason is set when the probe stopped on its own (for example
	// rather than send a password in plaintext).
	StopReason probe.StopReason `json:"stop_reason,omitempty"`

	// TLS is the TLS session, when one was attempted (filled even if verification failed).
	TLS *probe.TLSInfo `json:"tls,omitempty"`
	// Greeting is the server's greeting line, exact. A Dovecot "Waiting for
	// authentication process to respond.." line is not taken for it.
	Greeting string `json:"greeting,omitempty"`
	// Capabilities is the last capability list seen; CapabilitiesBeforeTLS
	// the one from before STARTTLS.
	Capabilities []string `json:"capabilities,omitempty"`
	// CapabilitiesBeforeTLS is the capability list from before STARTTLS, which cannot be trusted.
	CapabilitiesBeforeTLS []string `json:"capabilities_before_tls,omitempty"`
	// Auth is the one authentication attempt, when the probe got that far.
	Auth *probe.Auth `json:"auth,omitempty"`
	// Response is the server's refusal at the failed stage.
	Response *Response `json:"response,omitempty"`
	// Alerts holds the text of every [ALERT] the server sent, tagged or
	// untagged.
	Alerts []string `json:"alerts,omitempty"`
	// ModeCheck is set when the probe spent an extra connection to tell a
	// wrong TLS mode from a silent server.
	ModeCheck *probe.ModeCheck `json:"mode_check,omitempty"`
	// Limits lists the bounds the server reached (see the package docs,
	// "Bounds"): what it sent beyond them was not kept.
	Limits []probe.Limit `json:"limits,omitempty"`
	// Transcript is the exchange with every credential redacted.
	Transcript probe.Transcript `json:"transcript,omitempty"`
}

// Response is an IMAP status response that refused something.
type Response struct {
	// Type is "NO", "BAD" or "BYE".
	Type string `json:"type"`
	// Code is the response code without brackets or arguments, upper case:
	// "AUTHENTICATIONFAILED", "ALERT", "UNAVAILABLE"...
	Code string `json:"code,omitempty"`
	// CodeArg is the response code's argument, if any.
	CodeArg string `json:"code_arg,omitempty"`
	// Text is the human-readable text after the code.
	Text string `json:"text"`
	// Line is the whole line as the server sent it.
	Line string `json:"line"`
}
