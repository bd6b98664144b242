// Package stages records the steps of a probe: timing, outcome, server text
// and failure facts, with a per-stage timeout derived from the caller's
// context.
package stages

import (
	"context"
	"math"
	"sync"
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
	done   bool
}

// Begin starts a stage. Its Ctx ends at the stage timeout or when the
// caller's context ends, whichever is first, and the attached connection's
// deadlines are clamped to the same instant. A reply still arriving when
// the stage timeout comes may take longer (see stretchStep), up to
// maxStretch stage timeouts in all and never past the caller's deadline:
// the stage timeout is for a server that has gone quiet, and one that is
// answering line by line, slowly, is not.
func (r *Recorder) Begin(stage probe.Stage) *Step {
	ctx, cancel := newStepContext(r.ctx, time.Now().Add(r.timeout))
	if r.conn != nil {
		d, _ := ctx.Deadline()
		r.conn.SetLimit(d)
		max := time.Now().Add(maxStretch * r.timeout)
		if pd, ok := r.ctx.Deadline(); ok && pd.Before(max) {
			max = pd
		}
		r.conn.SetStretch(r.timeout/stretchStepDen, max, ctx.extend)
	}
	b := r.now()
	return &Step{r: r, Ctx: ctx, cancel: cancel, began: b,
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

// stepContext is a stage's context. Unlike context.WithTimeout's, its
// deadline can move later while the stage is still running (extend): the
// connection's stretch moves it with the connection's own limit, so that
// a failure after a stretch is not mistaken for the stage's timeout.
// When the deadline comes, Err is context.DeadlineExceeded, as for
// WithTimeout.
type stepContext struct {
	context.Context
	cancel   context.CancelCauseFunc
	timer    *time.Timer
	mu       sync.Mutex
	deadline time.Time
	expired  bool
}

// newStepContext returns a context that ends at deadline (or when parent
// ends) and its cancel function.
func newStepContext(parent context.Context, deadline time.Time) (*stepContext, context.CancelFunc) {
	if pd, ok := parent.Deadline(); ok && pd.Before(deadline) {
		deadline = pd
	}
	inner, cancel := context.WithCancelCause(parent)
	c := &stepContext{Context: inner, cancel: cancel, deadline: deadline}
	c.mu.Lock()
	c.timer = time.AfterFunc(time.Until(deadline), c.fire)
	c.mu.Unlock()
	return c, func() {
		c.mu.Lock()
		c.timer.Stop()
		c.mu.Unlock()
		cancel(context.Canceled)
	}
}

// fire ends the context at its deadline, or waits on if the deadline has
// moved.
func (c *stepContext) fire() {
	c.mu.Lock()
	defer c.mu.Unlock()
	if d := time.Until(c.deadline); d > 0 {
		c.timer.Reset(d)
		return
	}
	c.expired = true
	c.cancel(context.DeadlineExceeded)
}

// extend moves the deadline to t, if the context has not ended; it reports
// whether it has not.
func (c *stepContext) extend(t time.Time) bool {
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.expired || c.Context.Err() != nil {
		return false
	}
	if pd, ok := c.Context.Deadline(); ok && pd.Before(t) {
		t = pd
	}
	if t.After(c.deadline) {
		c.deadline = t
	}
	return true
}

// Deadline returns the stage's deadline as it stands.
func (c *stepContext) Deadline() (time.Time, bool) {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.deadline, true
}

// Err returns context.DeadlineExceeded once the deadline has passed, as
// a context.WithTimeout would; otherwise the parent's or a cancel's error.
func (c *stepContext) Err() error {
	c.mu.Lock()
	expired := c.expired
	c.mu.Unlock()
	if expired {
		return context.DeadlineExceeded
	}
	return c.Context.Err()
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
