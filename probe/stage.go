package probe

// Stage names one step of a probe. The values are the wire names used in
// JSON; new stages may be added, none is renamed.
type Stage string

const (
	StageResolve      Stage = "resolve"        // DNS lookup of the host
	StageConnect      Stage = "connect"        // TCP connection
	StageTLSHandshake Stage = "tls_handshake"  // implicit TLS, or after STARTTLS
	StageGreeting     Stage = "greeting"       // IMAP greeting, SMTP 220 banner
	StageCapabilities Stage = "capabilities"   // IMAP CAPABILITY (before or after STARTTLS)
	StageEHLO         Stage = "ehlo"           // SMTP EHLO (before or after STARTTLS)
	StageStartTLS     Stage = "starttls"       // the STARTTLS command itself
	StageAuthenticate Stage = "authenticate"   // the one authentication attempt
	StageMailbox      Stage = "mailbox"        // IMAP read-only mailbox access check
	StageEnvelope     Stage = "envelope"       // SMTP MAIL FROM / RCPT TO / RSET check
	StageLogout       Stage = "logout"         // IMAP LOGOUT
	StageQuit         Stage = "quit"           // SMTP QUIT
	StageModeCheck    Stage = "tls_mode_check" // extra connection to tell a wrong TLS mode from a silent server

	// StageData is SMTP DATA and the message it carries. The probes never
	// send a message; the stage exists so that a reply pasted from a
	// sending application can say where it came from (diagnose.Hints).
	StageData Stage = "data"
)

// Outcome is how a stage ended.
type Outcome string

const (
	OutcomeOK      Outcome = "ok"      // the stage did what it should
	OutcomeFailed  Outcome = "failed"  // the network, TLS or the server refused
	OutcomeSkipped Outcome = "skipped" // the probe chose not to run it, see Step.Detail
)

// Step records one stage of a probe.
type Step struct {
	// Stage is which stage this is.
	Stage Stage `json:"stage"`
	// Outcome ok, failed or skipped.
	Outcome Outcome `json:"outcome"`
	// OffsetMS is when the stage started, in milliseconds since the probe
	// started; ElapsedMS how long it took.
	OffsetMS float64 `json:"offset_ms"`
	// ElapsedMS how long the stage took, in milliseconds.
	ElapsedMS float64 `json:"elapsed_ms"`
	// Detail says in words what happened or why the stage was skipped, for
	// people. Its wording may change between versions.
	Detail string `json:"detail,omitempty"`
	// Server is the server's exact reply for this stage, lines joined by
	// "\n". It never holds a credential.
	Server string `json:"server,omitempty"`
	// Error is the network or TLS failure that ended the stage, if any.
	Error *NetError `json:"error,omitempty"`
}
