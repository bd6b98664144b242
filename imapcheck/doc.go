// Package imapcheck probes an IMAP server the way a mail client would, and
// writes down what happened at each step so that a person (or package
// diagnose) can tell why an account will not connect.
//
// A probe resolves the host, connects, negotiates TLS (implicit TLS on
// 993, STARTTLS on 143, or none), reads the greeting and the capabilities,
// makes exactly one authentication attempt, opens the mailbox read-only and
// logs out. Each stage is recorded in [Result.Steps] with its timing,
// outcome, the server's exact lines and, on failure, a [probe.NetError]
// with a stable kind. Refusals keep their IMAP structure in [Response]
// (type, response code such as AUTHENTICATIONFAILED, text, the whole
// line), and every [ALERT] the server sent is in [Result.Alerts].
//
// The probe observes; it does not decide what a failure means, name a
// provider or give advice. That is package diagnose's job.
//
// # Usage
//
// For most uses, fill Host, Username and Password (or Token) and leave the
// rest at zero:
//
//	res, err := imapcheck.Probe(ctx, imapcheck.Options{
//		Host:     "imap.example.com",
//		Username: "alice@example.com",
//		Password: probe.Secret(password),
//	})
//	if err != nil {
//		return err // invalid options only
//	}
//	if !res.OK {
//		fmt.Println(res.Stage, res.Error, res.Response)
//	}
//
// Probe returns an error only for invalid options. A closed port, an
// untrusted certificate or a refused password is a successful probe whose
// Result says so.
//
// # Safety
//
// Credentials are sent at most once per probe, and only over TLS whose
// certificate verified, unless [Options.AllowPlaintextAuth] says
// otherwise. With [probe.SecurityStartTLS] the capabilities are read again
// after the handshake, since anyone on the path could have written the
// plaintext ones. A PREAUTH greeting on an unencrypted connection is
// refused ([probe.StopPreauth]). When the probe stops on its own rather
// than send a credential, [Result.StopReason] says why.
//
// The transcript is recorded above TLS, so it is readable after STARTTLS,
// and redacted as it is recorded: the password, the token, every SASL
// response and their base64 never appear in the Result, its JSON, its
// transcript or its step details, even when a server echoes them back.
//
// # Timeouts
//
// The caller's context bounds the whole probe; each network step is also
// bounded by [Options.StageTimeout] ([DefaultStageTimeout] when zero). A
// server that stops talking ends the stage it stopped in with an error of
// kind "timeout"; the probe never hangs. With [Options.ReturnEarly], Probe
// returns once LOGOUT is sent and reads the server's reply in the
// background, at most 2 seconds; [Wait] waits for it.
//
// # Wrong TLS mode
//
// A client that speaks TLS to a plaintext port gets a reply that is not
// TLS: the Result's error has kind "tls_not_tls" and RecordHeader holds the
// server's first bytes ("* OK "). A client that speaks plaintext to an
// implicit-TLS port hears nothing. When a plaintext or STARTTLS connection
// gets no greeting, the probe spends one extra connection, never carrying
// credentials, on a TLS handshake and records the outcome in
// [Result.ModeCheck]. Set [Options.SkipModeCheck] to turn that off.
//
// # Server quirks the probe knows about
//
//   - Dovecot may first send "* OK Waiting for authentication process to
//     respond.." while its auth process starts; the probe keeps reading for
//     the real greeting.
//   - Microsoft 365 may accept a login and then refuse every command with
//     "BAD User is authenticated but not connected." followed by a BYE; the
//     mailbox step records that refusal.
//   - XOAUTH2 (Google, Microsoft) has no RFC: on failure the server sends a
//     base64 JSON challenge, which the probe decodes into the step's detail
//     before answering with the empty line the mechanism requires.
//
// # Bounds
//
// A server nobody here controls must not be able to make a probe run long
// or grow. Each bound below is far above what a working server sends;
// reaching one is recorded in [Result.Limits] (and reported by diagnose as
// a protocol_error warning), and what came beyond it is not kept.
//
//   - one line: 64 KiB (imapwire.MaxLine); a longer line ends the probe;
//   - one literal: the probe needs none, so a literal is read and
//     discarded, keeping its first 256 bytes; one announced over 1 MiB
//     is not read at all and the connection is closed;
//   - one command's answer: 256 untagged responses and 256 KiB, discarded
//     literals included; either ends the probe and closes the connection;
//   - SASL continuation requests ("+") in one command: 4;
//   - [ALERT] texts kept: 8, of 1 KiB each; capabilities kept: 256;
//   - server text kept per step ([probe.Step] Server): 16 KiB;
//   - the transcript: 4 KiB per line, 256 KiB and 2000 lines in all,
//     ending in a visible "[transcript truncated ...]" line.
//
// The per-command bounds also bound time: a fast server that floods is
// stopped by the bound within milliseconds, not by the stage timeout.
// BenchmarkEndlessUntagged (a server answering CAPABILITY with endless
// "* 1 EXISTS", a 5 s budget) measures about 8.5 ms and 1.1 MB allocated
// per probe, with the heap peaking at about 4 MB for the whole test
// process (AMD EPYC, 2 cores shared, go1.26, 2026-12-05); the same server
// once kept a 5 s check running for 28 s and over 1 GB.
//
// # Why not go-imap's client
//
// The probe speaks IMAP itself (greeting, CAPABILITY, STARTTLS, one
// AUTHENTICATE or LOGIN, EXAMINE, LOGOUT, over the small codec in
// internal/imapwire) rather than drive github.com/emersion/go-imap's
// imapclient, which takes no context, sets its own 30 s deadlines, exposes
// the greeting text and untagged ALERT lines only through a debug writer
// that mixes both directions and carries credentials, and performs
// STARTTLS below any transcript tap. Owning six commands gives the exact
// server texts, the caller's deadlines and a redacted transcript recorded
// as the exchange happens.
//
// Probe may be called concurrently; calls share nothing.
package imapcheck
