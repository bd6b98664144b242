package imapcheck

import (
	"context"
	"errors"
	"fmt"
	"net"
	"strings"
	"time"

	"github.com/mailcheck-go/mailcheck/internal/dial"
	"github.com/mailcheck-go/mailcheck/internal/goodbye"
	"github.com/mailcheck-go/mailcheck/internal/guard"
	"github.com/mailcheck-go/mailcheck/internal/saslmech"
	"github.com/mailcheck-go/mailcheck/internal/stages"
	"github.com/mailcheck-go/mailcheck/internal/tap"
	"github.com/mailcheck-go/mailcheck/probe"
)

// maxStages bounds the number of stages one probe can run (resolve,
// connect, handshake, greeting, capabilities, starttls, handshake,
// capabilities, authenticate, mailbox, logout, mode check). Times the stage
// timeout it is the probe's own ceiling, which we guarantee even when the
// caller's context has no deadline.
const maxStages = 12

// Probe connects to an IMAP server as opts says, walks the stages of a
// login and returns what it observed. A failure the probe observed (a
// closed port, an untrusted certificate, a refused password) is data in the
// Result and the error is nil; the error is non-nil only for invalid
// options. The Result is never nil when the error is nil.
//
// Probe sends credentials at most once, only over a verified TLS
// connection unless opts.AllowPlaintextAuth, and never on the extra
// connection it may open to check for a wrong TLS mode. ctx bounds the
// whole probe and each network step is also bounded by opts.StageTimeout.
// Probe may be called concurrently; calls share nothing.
func Probe(ctx context.Context, opts Options) (*Result, error) {
	opts, err := opts.normalize()
	if err != nil {
		return nil, err
	}
	ctx, cancel := context.WithTimeout(ctx, maxStages*opts.StageTimeout)
	defer cancel()

	rec := stages.New(ctx, opts.StageTimeout, opts.Now, opts.Progress)
	s := &session{
		opts: opts,
		rec:  rec,
		tap:  tap.New(opts.Now),
		res: &Result{
			Host:      opts.Host,
			Port:      opts.Port,
			Security:  opts.Security,
			Username:  opts.Username,
			StartedAt: rec.Start().UTC(),
		},
	}
	s.addSecret(opts.Password.Reveal(), opts.Token.Reveal())
	// Every step passes the redactor before it is kept or reported.
	rec.Redact(s.tap.Redactor())
	s.run(ctx)
	switch {
	case s.goodbye:
		s.g.Release()
		goodbye.Finish(s.bare)
	case s.g != nil:
		_ = s.g.Close()
	}
	res := s.res
	res.Steps = rec.Steps()
	res.Transcript = s.tap.Transcript()
	if l, ok := s.tap.Limit(res.Stage); ok {
		s.recordLimit(l)
	}
	// The result's error is shared with its failing step: copy it before
	// the last scrub, so the step keeps its own.
	res.Error = res.Error.Clone()
	scrubResult(res, s.tap.Redactor())
	res.ElapsedMS = rec.Since()
	return res, nil
}

// ErrInvalidOptions is wrapped by every error Probe returns: the options
// were unusable (empty host, bad port, unknown security or mechanism). As
// smtpcheck.ErrInvalidOptions, observed failures are never errors; they
// are facts in the Result.
var ErrInvalidOptions = errors.New("imapcheck: invalid options")

func invalid(format string, args ...any) error {
	return fmt.Errorf("%w: "+format, append([]any{ErrInvalidOptions}, args...)...)
}

// Wait returns when every LOGOUT (and QUIT) that probes with ReturnEarly
// left to finish in the background has ended: at most 2 seconds after the
// last such probe returned. Call it before a program or a test that checks
// for leftover goroutines ends.
func Wait() { goodbye.Wait() }

// normalize checks o and fills its defaults. It returns a copy; the
// caller's value is never modified. smtpcheck's Options.normalize follows
// the same rules where the protocols agree.
func (o Options) normalize() (Options, error) {
	h, err := dial.CheckHost(o.Host, o.Password.Reveal(), o.Token.Reveal())
	if err != nil {
		return o, invalid("%v", err)
	}
	o.Host = h
	switch o.Security {
	case "":
		o.Security = probe.SecurityTLS
	case probe.SecurityTLS, probe.SecurityStartTLS, probe.SecurityNone:
	default:
		return o, invalid("unknown security %q (want tls, starttls or none)", o.Security)
	}
	if o.Port < 0 || o.Port > 65535 {
		return o, invalid("port %d out of range", o.Port)
	}
	if o.Port == 0 {
		o.Port = 143
		if o.Security == probe.SecurityTLS {
			o.Port = 993
		}
	}
	o.Mechanism = strings.ToUpper(o.Mechanism)
	switch o.Mechanism {
	case "":
	case mechPlain, mechLogin:
		if o.Password.IsZero() {
			return o, invalid("mechanism %s needs a password", o.Mechanism)
		}
	case mechXOAuth2, mechOAuthBearer:
		if o.Token.IsZero() {
			return o, invalid("mechanism %s needs a token", o.Mechanism)
		}
	default:
		return o, invalid("unknown mechanism %q (want PLAIN, LOGIN, XOAUTH2 or OAUTHBEARER)", o.Mechanism)
	}
	if strings.ContainsFunc(o.Username, saslmech.IsControl) {
		// The user name travels inside SASL messages whose fields are
		// separated by NUL (PLAIN) and ^A (XOAUTH2, OAUTHBEARER).
		return o, invalid("username contains control characters")
	}
	if o.Username == "" && (!o.Password.IsZero() || !o.Token.IsZero()) {
		return o, invalid("a password or token needs a username")
	}
	if err := saslmech.CheckSecrets(o.Password.Reveal(), o.Token.Reveal()); err != nil {
		return o, invalid("%v", err)
	}
	if o.StageTimeout < 0 {
		return o, invalid("negative stage timeout %v", o.StageTimeout)
	}
	if o.StageTimeout == 0 {
		o.StageTimeout = DefaultStageTimeout
	}
	if o.Mailbox == "" {
		o.Mailbox = "INBOX"
	}
	if o.Dialer == nil {
		o.Dialer = &net.Dialer{}
	}
	if o.Resolver == nil {
		o.Resolver = net.DefaultResolver
	}
	if o.Now == nil {
		o.Now = time.Now
	}
	return o, nil
}

// run is the probe's script: one stage after another, stopping at the first
// failure or at a reason to stop. Each stage records itself.
func (s *session) run(ctx context.Context) {
	addrs, ok := s.resolve()
	if !ok {
		return
	}
	raw, ok := s.connect(addrs)
	if !ok {
		return
	}
	s.g = guard.New(ctx, raw)
	s.rec.Attach(s.g)
	s.use(s.g)

	if s.opts.Security == probe.SecurityTLS {
		if !s.handshake() {
			return
		}
	}
	preauth, ok := s.greeting()
	if !ok {
		return
	}
	if preauth && !s.encrypted {
		// RFC 9051 7.1.4: a client that wants TLS must refuse PREAUTH on
		// a plaintext connection; STARTTLS is no longer possible.
		s.stop(probe.StopPreauth)
		return
	}
	if !s.capabilities() {
		return
	}
	if s.opts.Security == probe.SecurityStartTLS {
		if !s.startTLS() {
			return
		}
	}
	if preauth {
		s.res.Auth = &probe.Auth{Reason: "the server pre-authenticated the connection (PREAUTH)", OverTLS: s.encrypted, Succeeded: true}
		s.res.Stage = probe.StageAuthenticate
		s.rec.Skip(probe.StageAuthenticate, "PREAUTH greeting: already authenticated")
	} else if !s.authenticate() {
		return
	}
	if s.opts.SkipMailboxCheck {
		s.rec.Skip(probe.StageMailbox, "mailbox check turned off")
		s.res.OK = true
	} else if s.mailbox() {
		s.res.OK = true
	}
	s.logout()
}

// stop records that the probe stopped on its own and says goodbye.
func (s *session) stop(reason probe.StopReason) {
	s.res.StopReason = reason
	s.logout()
}
