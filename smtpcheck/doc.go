// Package smtpcheck probes an SMTP submission server the way a mail client
// would, and reports what happened at each stage: DNS, TCP, TLS, the 220
// banner, EHLO, STARTTLS, one authentication attempt, and optionally an
// envelope check. It observes; it never decides what a failure means.
// Package diagnose reads a [Result] and does that.
//
// For most uses, fill [Options] with a host, a security mode, a user name
// and a password or token, call [Probe], and hand the Result to diagnose:
//
//	res, err := smtpcheck.Probe(ctx, smtpcheck.Options{
//		Host:     "smtp.example.com",
//		Security: probe.SecurityStartTLS,
//		Username: "alice@example.com",
//		Password: probe.Secret(password),
//	})
//	if err != nil {
//		// the options were unusable; nothing was sent
//	}
//
// # Results, not errors
//
// Probe returns an error only for unusable options (it wraps
// [ErrInvalidOptions]). A refused port, an expired certificate or a
// "535 5.7.8" are the probe doing its job: they are facts in the Result,
// whose JSON form is stable (snake_case names, string enumerations, golden
// tests). Result.Stage names the stage that failed or where the probe
// chose to stop (Result.StopReason); after a clean run it is the last
// stage, normally quit. Result.Error holds a network or TLS failure as a
// kind plus details; Result.Reply holds the server's refusal with its
// code, RFC 3463 enhanced code, text, and exact lines.
//
// # Stages
//
// Each stage runs under its own timeout ([Options.StageTimeout], default
// [DefaultStageTimeout]) and the caller's context, and is recorded as a
// probe.Step with timing, outcome and the server's exact text:
//
//   - resolve: skipped for an IP address.
//   - connect: the resolved addresses in order.
//   - tls_handshake: first thing for implicit TLS (port 465), after STARTTLS
//     otherwise. The chain is summarised even when verification fails.
//   - greeting: the 220 banner, all lines. 421 or 554 ends the probe with
//     the reply kept.
//   - ehlo: extensions, AUTH mechanisms, SIZE, PIPELINING, STARTTLS. A
//     server that refuses EHLO gets HELO, and [EHLO].HELO says so. After
//     STARTTLS EHLO runs again: what a server advertises in plaintext cannot
//     be trusted; [Result].EHLOBeforeTLS keeps the first reply.
//   - starttls: with [probe.SecurityStartTLS]. Not offered means the probe
//     stops (starttls_unavailable) rather than continue in plaintext.
//   - authenticate: exactly one attempt, described in [probe.Auth].
//   - envelope: only when [Options.Recipient] is set, after a successful
//     AUTH: MAIL FROM, RCPT TO, RSET. DATA is never sent, so no message is.
//   - quit: recorded, but it does not change the verdict. With
//     [Options.ReturnEarly], QUIT is sent and Probe returns without waiting
//     for the 221, which is read in the background; [Wait] waits for it.
//   - tls_mode_check: see below.
//
// # Credentials
//
// A password goes out with AUTH PLAIN when offered, else AUTH LOGIN; a
// token with XOAUTH2, else OAUTHBEARER ([Options.Mechanism] forces one).
// Credentials are sent only over TLS whose certificate verified, unless
// [Options.AllowPlaintextAuth] is set: with security none, or with a
// caller's InsecureSkipVerify, the probe otherwise stops with
// plaintext_auth_not_allowed before AUTH. A certificate that fails
// verification ends the probe at tls_handshake.
//
// The transcript ([Result].Transcript) is recorded above TLS, so it stays
// readable after STARTTLS, and redacted as it is recorded: the AUTH line
// keeps its mechanism, its payload and every continuation line are
// replaced by [probe.Redacted]. The password, the token and the base64 of
// every SASL message are scrubbed from every text in the Result as well,
// even if a server echoes them.
//
// # Wrong TLS mode
//
// Implicit TLS against a plaintext port fails the handshake with
// tls_not_tls, and Error.RecordHeader shows what the server said ("220 ").
// The reverse is harder: a plaintext client on an implicit-TLS port hears
// nothing, like a client of a silent server. When a plaintext or STARTTLS
// connection gets no banner (or is closed at once), the probe spends one
// extra connection on a TLS handshake without credentials and records the
// outcome in [Result].ModeCheck. [Options.SkipModeCheck] turns this off.
//
// # Bounds
//
// A server nobody here controls must not be able to make a probe run long
// or grow. One reply line is at most 8 KiB and one reply at most 256
// lines and 64 KiB; the probe answers at most 4 AUTH challenges (334) and stops when
// a server goes on asking after it cancelled. Reaching a bound ends the
// probe and is recorded in [Result].Limits (diagnose reports it as a
// protocol_error warning); the transcript keeps 4 KiB per line, 256 KiB
// and 2000 lines in all, and ends in a visible "[transcript truncated ...]"
// line.
//
// # Why not go-smtp's client
//
// The probe speaks SMTP itself (about eight commands and a reply reader)
// rather than drive github.com/emersion/go-smtp's client, which takes no
// context, sets five-minute deadlines of its own, sends a "*" line after a
// failed AUTH exchange, never checks for TLS before AUTH, and performs
// STARTTLS below any transcript tap. Owning the exchange gives exact server
// texts, our deadlines and a transcript that records the conversation as
// the server saw it.
package smtpcheck
