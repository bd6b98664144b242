// Package stages records the steps of a probe: timing, outcome, server text
// and failure facts, with a per-stage timeout derived from the caller's
// context.
package stages

import (
	"context"
	"math"
	"time"

	"github.com/mailcheck-go/mailcheck/internal/guard"
	"github.com/mailcheck-go/mailcheck/internal/redact"
	"github.com/mailcheck-go/mailcheck/probe"
)

// Recorder collects the steps of one probe. It is not safe for concurrent
// use; a probe runs its stages one after another.
type Recorder struct {
	ctx      context.Context
	timeout  time.Duration
	now      func() time.Time
	start    time.Time
	progress func(probe.Step)
	conn     *guard.Conn
	red      *redact.Redactor
	steps    []probe.Step
}

// Redact makes every step pass through red before it is kept or handed to
// the progress callback: the callback sees only scrubbed text, never the
// raw step.
func (r *Recorder) Redact(red *redact.Redactor) { r.red = red }

// New starts a recorder. now defaults to time.Now; progress may be nil.
func New(ctx context.Context, timeout time.Duration, now func() time.Time, progress func(probe.Step)) *Recorder {
	if now == nil {
		now = time.Now
	}
	return &Recorder{ctx: ctx, timeout: timeout, now: now, start: now(), progress: progress}
}

// Start is when the recorder was created.
func (r *Recorder) Start() time.Time { return r.start }

// Now returns the recorder's clock.
func (r *Recorder) Now() time.Time { return r.now() }

// Since returns milliseconds since Start.
func (r *Recorder) Since() float64 { return ms(r.now().Sub(r.start)) }

// Attach makes later stages clamp c's deadlines; nil detaches.
func (r *Recorder) Attach(c *guard.Conn) { r.conn = c }

// Steps returns a copy of the steps recorded so far.
func (r *Recorder) Steps() []probe.Step { return append([]probe.Step(nil), r.steps...) }

// Step is one stage in progress.
type Step struct {
	r      *Recorder
	Ctx    context.Context
	cancel context.CancelFunc
	step   probe.Step
	began  time.Time
	// base is the stage timeout proper, before any stretch.
	base time.Time
	done bool
}

// Begin starts a stage. Its Ctx ends at the stage timeout or when the
// caller's context ends, whichever is first, and the attached connection's
// deadlines are clamped to the same instant. A reply still arriving when
// the stage timeout comes may take longer: with a connection attached,
// each read that brings bytes stretches the connection's limit (see
// guard.Conn.SetStretch), up to maxStretch stage timeouts in all and never
// past the caller's deadline, and Ctx lasts that long, so that a failure
// after a stretch is not mistaken for the stage's timeout. The stage
// timeout is for a server that has gone quiet; one that is answering line
// by line, slowly, is not. Work beside the connection that must keep to
// the stage timeout proper uses Within.
func (r *Recorder) Begin(stage probe.Stage) *Step {
	base := time.Now().Add(r.timeout)
	if pd, ok := r.ctx.Deadline(); ok && pd.Before(base) {
		base = pd
	}
	var ctx context.Context
	var cancel context.CancelFunc
	if r.conn == nil {
		ctx, cancel = context.WithDeadline(r.ctx, base)
	} else {
		ctx, cancel = context.WithTimeout(r.ctx, maxStretch*r.timeout)
		max, _ := ctx.Deadline()
		r.conn.SetLimit(base)
		r.conn.SetStretch(r.timeout/stretchStepDen, max, func(time.Time) bool { return ctx.Err() == nil })
	}
	b := r.now()
	return &Step{r: r, Ctx: ctx, cancel: cancel, began: b, base: base,
		step: probe.Step{Stage: stage, OffsetMS: ms(b.Sub(r.start))}}
}

const (
	// maxStretch: a stage whose reply is still arriving may last at most
	// this many stage timeouts.
	maxStretch = 2
	// stretchStepDen: each read that brings bytes gives the stage at least
	// this share of a stage timeout more. A server that sends a line of a
	// reply at least this often is answering; one that goes quiet longer
	// is cut off as before.
	stretchStepDen = 2
)

// Within returns a context that ends at the stage timeout proper (or
// with Ctx), without the stretch a reply still arriving may give the
// connection: for work beside the connection, such as a second
// connection's mode check, that must keep to the stage's time.
func (s *Step) Within() (context.Context, context.CancelFunc) {
	return context.WithDeadline(s.Ctx, s.base)
}

// Context returns the context the whole probe runs under; a step that
// runs beside another (the early mode check) derives its own from it.
func (r *Recorder) Context() context.Context { return r.ctx }

// Stage returns which stage s is.
func (s *Step) Stage() probe.Stage { return s.step.Stage }

// BeganAt moves the start of s back to t: for a stage that ran beside
// another (the early mode check runs while the greeting wait goes on) and
// is recorded once that other stage has ended.
func (s *Step) BeganAt(t time.Time) {
	if t.IsZero() || !t.Before(s.began) {
		return
	}
	s.began = t
	s.step.OffsetMS = ms(t.Sub(s.r.start))
}

// OK ends the stage successfully.
func (s *Step) OK(detail, server string) probe.Step {
	return s.end(probe.OutcomeOK, detail, server, nil)
}

// Fail ends the stage with a failure; netErr may be nil when the server
// refused (its text goes in server).
func (s *Step) Fail(detail, server string, netErr *probe.NetError) probe.Step {
	return s.end(probe.OutcomeFailed, detail, server, netErr)
}

// Skip records a stage the probe chose not to run.
func (r *Recorder) Skip(stage probe.Stage, detail string) probe.Step {
	st := probe.Step{Stage: stage, Outcome: probe.OutcomeSkipped, OffsetMS: r.Since(), Detail: detail}
	r.add(st)
	return st
}

func (s *Step) end(o probe.Outcome, detail, server string, netErr *probe.NetError) probe.Step {
	if s.done {
		return s.step
	}
	s.done = true
	s.cancel()
	s.step.Outcome = o
	s.step.Detail = detail
	s.step.Server = server
	s.step.Error = netErr
	s.step.ElapsedMS = ms(s.r.now().Sub(s.began))
	s.r.add(s.step)
	return s.step
}

func (r *Recorder) add(st probe.Step) {
	st = ScrubStep(r.red, st)
	r.steps = append(r.steps, st)
	if r.progress != nil {
		r.progress(st)
	}
}

// ms converts a duration to milliseconds with microsecond precision.
func ms(d time.Duration) float64 {
	return math.Round(float64(d)/float64(time.Microsecond)) / 1000
}
