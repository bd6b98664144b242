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
	done   bool
}

// Begin starts a stage. Its Ctx ends at the stage timeout or when the
// caller's context ends, whichever is first, and the attached connection's
// deadlines are clamped to the same instant.
func (r *Recorder) Begin(stage probe.Stage) *Step {
	ctx, cancel := context.WithTimeout(r.ctx, r.timeout)
	if r.conn != nil {
		d, _ := ctx.Deadline()
		r.conn.SetLimit(d)
	}
	b := r.now()
	return &Step{r: r, Ctx: ctx, cancel: cancel, began: b,
		step: probe.Step{Stage: stage, OffsetMS: ms(b.Sub(r.start))}}
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
