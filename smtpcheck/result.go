package smtpcheck

import (
	"crypto/tls"
	"time"

	"github.com/mailcheck-go/mailcheck/probe"
)

// Options configures one SMTP submission probe. Host is required; every
// other field's zero value works and its comment gives the default.
type Options struct {
	// Host is the server's DNS name or IP address.
	Host string
	// Port defaults to 465 with SecurityTLS and 587 otherwise.
	Port int
	// Security defaults to probe.SecurityStartTLS.
	Security probe.Security

	// Username is the login name. With no Password and no Token the probe
	// stops before AUTH (StopReason no_credentials).
	Username string
	// Password is sent with AUTH PLAIN or AUTH LOGIN.
	Password probe.Secret
	// Token is an OAuth 2.0 access token, sent with XOAUTH2 or
	// OAUTHBEARER. When both are set, Token wins.
	Token probe.Secret
	// Mechanism forces "PLAIN", "LOGIN", "XOAUTH2" or "OAUTHBEARER".
	Mechanism string
	// AllowPlaintextAuth allows credentials over an unencrypted
	// connection; off by default.
	AllowPlaintextAuth bool

	// HelloName is the EHLO argument; default "mailcheck.localhost".
	HelloName string

	// Recipient turns on the envelope check: after a successful AUTH the
	// probe sends MAIL FROM (From, default Username when it is an address)
	// and RCPT TO Recipient, then RSET. It never sends DATA.
	Recipient string
	From      string

	// TLSConfig is cloned, never modified; ServerName defaults to Host.
	TLSConfig *tls.Config
	// StageTimeout bounds each network step; default DefaultStageTimeout.
	// A negative value is an error.
	StageTimeout time.Duration
	// SkipModeCheck turns off the extra connection that tells a wrong TLS
	// mode from a silent server.
	SkipModeCheck bool
	// ReturnEarly makes Probe return as soon as its outcome is known,
	// without waiting for the reply to QUIT: the command is sent (and is
	// in the transcript), and the server's 221 is read and the connection
	// closed in the background, within 2 seconds. Wait waits for those.
	// Off, the Result holds the server's reply to QUIT as well. Diagnose
	// sets it.
	ReturnEarly bool

	// Dialer defaults to &net.Dialer{}; Resolver to net.DefaultResolver.
	Dialer   probe.Dialer
	Resolver probe.Resolver
	// Now defaults to time.Now. It stamps the result and the steps, and
	// is the time certificates are verified at (unless TLSConfig.Time is
	// set).
	Now func() time.Time
	// Progress, when set, is called after each stage finishes, from the
	// probe's goroutine. Nil means silent.
	Progress func(probe.Step)
}

// DefaultStageTimeout bounds each network step when Options.StageTimeout is
// zero. SMTP servers may delay the banner on purpose (greet pause) and
// delay a failed AUTH reply; 15 s covers both in practice.
const DefaultStageTimeout = 15 * time.Second

// Result is everything an SMTP probe observed.
type Result struct {
	// Host is the server as given.
	Host string `json:"host"`
	// Port is the port probed.
	Port int `json:"port"`
	// Security is the security mode used: tls, starttls or none.
	Security probe.Security `json:"security"`
	// Username is the login name used (never the password).
	Username string `json:"username,omitempty"`
	// Addresses is what Host resolved to.
	Addresses []string `json:"addresses,omitempty"`
	// RemoteAddr is the address the probe connected to.
	RemoteAddr string `json:"remote_addr,omitempty"`
	// StartedAt when the probe started (UTC).
	StartedAt time.Time `json:"started_at"`
	// ElapsedMS how long the whole probe took, in milliseconds.
	ElapsedMS float64 `json:"elapsed_ms"`

	// OK reports whether AUTH succeeded and the envelope check (when run)
	// was accepted; with no credentials, whether the server was reachable
	// and offered AUTH.
	OK bool `json:"ok"`
	// Stage is the stage that failed or where the probe chose to stop;
	// after a clean run, the last stage run (normally quit).
	Stage probe.Stage `json:"stage"`
	// Steps is every stage in order, with timing and outcome.
	Steps []probe.Step `json:"steps"`
	// Error is the network or TLS failure that ended the probe, if any.
	Error *probe.NetError `json:"error,omitempty"`
	// StopReason set when the probe stopped on its own, for example rather than send a password in plaintext.
	StopReason probe.StopReason `json:"stop_reason,omitempty"`

	// TLS is the TLS session, when one was attempted (filled even if verification failed).
	TLS *probe.TLSInfo `json:"tls,omitempty"`
	// Banner is the full 220 greeting, lines joined by "\n", codes removed.
	Banner string `json:"banner,omitempty"`
	// EHLO is the last EHLO reply; EHLOBeforeTLS the one before STARTTLS.
	EHLO *EHLO `json:"ehlo,omitempty"`
	// EHLOBeforeTLS is the EHLO reply from before STARTTLS, which cannot be trusted.
	EHLOBeforeTLS *EHLO `json:"ehlo_before_tls,omitempty"`
	// Auth is the one authentication attempt, when the probe got that far.
	Auth *probe.Auth `json:"auth,omitempty"`
	// Reply is the server's refusal at the failed stage.
	Reply *Reply `json:"reply,omitempty"`
	// Envelope is the result of the envelope check, when run.
	Envelope *Envelope `json:"envelope,omitempty"`
	// ModeCheck set when the probe spent an extra connection to tell a wrong TLS mode from a silent server.
	ModeCheck *probe.ModeCheck `json:"mode_check,omitempty"`
	// Limits lists the bounds the server reached (see the package docs,
	// "Bounds"): what it sent beyond them was not kept.
	Limits []probe.Limit `json:"limits,omitempty"`
	// Transcript is the exchange with every credential redacted.
	Transcript probe.Transcript `json:"transcript,omitempty"`
}

// EHLO is a parsed EHLO reply.
type EHLO struct {
	// Greeting is the first line's text ("smtp.example.com Hello [1.2.3.4]").
	Greeting string `json:"greeting"`
	// Extensions lists every extension line as sent, upper-cased keyword
	// first ("AUTH LOGIN PLAIN", "SIZE 35882577", "STARTTLS").
	Extensions []string `json:"extensions,omitempty"`
	// AuthMechanisms is the AUTH line's mechanisms; empty when AUTH is not
	// advertised.
	AuthMechanisms []string `json:"auth_mechanisms,omitempty"`
	// StartTLS whether STARTTLS was advertised.
	StartTLS bool `json:"starttls"`
	// Pipelining whether PIPELINING was advertised.
	Pipelining bool `json:"pipelining"`
	// Size is the SIZE limit in bytes; 0 when absent or unlimited.
	Size int64 `json:"size,omitempty"`
	// HELO reports that the server refused EHLO and the probe fell back
	// to HELO; Greeting is then the HELO reply's text and the server
	// advertised no extensions.
	HELO bool `json:"helo,omitempty"`
}

// Reply is an SMTP reply.
type Reply struct {
	// Code is the three-digit reply code.
	Code int `json:"code"`
	// EnhancedCode is the RFC 3463 status code ("5.7.139"), when present.
	EnhancedCode string `json:"enhanced_code,omitempty"`
	// Text is the reply text without codes, lines joined by "\n".
	Text string `json:"text"`
	// Lines holds the reply lines exactly as sent.
	Lines []string `json:"lines"`
}

// Envelope is the result of the MAIL FROM / RCPT TO check.
type Envelope struct {
	// From is the MAIL FROM address.
	From string `json:"from"`
	// To is the RCPT TO address.
	To string `json:"to"`
	// Mail is the reply to MAIL FROM.
	Mail *Reply `json:"mail,omitempty"`
	// Rcpt is the reply to RCPT TO, when MAIL FROM was accepted.
	Rcpt *Reply `json:"rcpt,omitempty"`
	// Accepted whether both were accepted.
	Accepted bool `json:"accepted"`
}
