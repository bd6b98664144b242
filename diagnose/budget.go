package diagnose

import (
	"context"
	"errors"
	"fmt"
	"strings"
	"sync/atomic"
	"time"

	"github.com/mailcheck-go/mailcheck/probe"
)

// Budgets for a whole diagnosis (Options.Budget). A diagnosis answers
// within its budget whatever the servers do: a silent server, a resolver
// that never replies or a slow drip end as timeout findings when the
// budget's share for that step runs out, and the Report still comes back.
const (
	// DefaultBudget is the thorough default, used when Options.Budget is
	// zero. It leaves every network step the probes' own 15-second
	// ceiling (DefaultStageTimeout's 40 % share rule below is capped by
	// it), so a slow but working server is not cut short; a support
	// engineer or a background job can wait a minute.
	DefaultBudget = 60 * time.Second

	// InteractiveBudget is the preset for a "Test connection" button: the
	// answer comes within 10 seconds whatever happens. Each network step
	// gets at most 4 s and DNS at most 2 s, enough for every provider we
	// know on a working network (a Microsoft 365 sign-in, the slowest,
	// takes 1–3 s), while a silent greeting still leaves time to look for
	// a wrong TLS mode.
	InteractiveBudget = 10 * time.Second
)

// How a budget is shared. Discovery's DNS and the probes run one after
// the other, the two probes side by side, and each probe's stages one
// after the other; each step may use at most a fixed share of the whole,
// so that no single wait starves what follows.
const (
	// stageShareNum/stageShareDen: one network step (a greeting wait, a
	// TLS handshake, an AUTH exchange) may use 40 % of the budget, so a
	// silent server leaves more than half for the steps that explain it
	// (the wrong-TLS-mode check opens a second connection).
	stageShareNum, stageShareDen = 2, 5
	// dnsShareDen: discovery's DNS look-ups together may use a fifth of
	// the budget (and never more than dnsTimeout), so a resolver that
	// does not answer cannot starve the probes.
	dnsShareDen = 5
	// stageCeiling is the probes' own default step timeout; a share larger
	// than this is not used, so a long budget never makes one step wait
	// longer than the probes would on their own.
	stageCeiling = 15 * time.Second
)

// ErrInvalidOptions is wrapped by the errors Diagnose returns for unusable
// Options (a negative budget or stage timeout).
var ErrInvalidOptions = errors.New("diagnose: invalid options")

// errBudgetSpent is the cause of the budget's context when it runs out,
// telling it apart from the caller's own deadline or cancellation.
var errBudgetSpent = errors.New("diagnose: budget spent")

// shares is how one diagnosis divides its budget.
type shares struct {
	budget time.Duration // the whole
	stage  time.Duration // one network step of a probe
	dns    time.Duration // discovery's DNS look-ups together
}

// shareBudget validates the time options and divides the budget. It is
// pure: the same options give the same shares.
func shareBudget(o *Options) (shares, error) {
	if o.Budget < 0 {
		return shares{}, fmt.Errorf("%w: negative budget %v", ErrInvalidOptions, o.Budget)
	}
	if o.StageTimeout < 0 {
		return shares{}, fmt.Errorf("%w: negative stage timeout %v", ErrInvalidOptions, o.StageTimeout)
	}
	s := shares{budget: o.Budget}
	if s.budget == 0 {
		s.budget = DefaultBudget
	}
	s.stage = min(s.budget*stageShareNum/stageShareDen, stageCeiling)
	if o.StageTimeout > 0 {
		s.stage = min(s.stage, o.StageTimeout)
	}
	s.dns = min(s.budget/dnsShareDen, dnsTimeout)
	return s, nil
}

// maxAfterwordReserve caps afterword: what classification, remediation and
// the caller's rendering need once the probes are done. The probes bound
// everything they keep (see imapcheck's and smtpcheck's "Bounds") and the
// classifier reads at most maxClassifyText bytes, so that work takes
// milliseconds; the reserve is there so that the budget is an answer time,
// not a network time.
const maxAfterwordReserve = 250 * time.Millisecond

// afterword is the part of the budget kept back from the network steps
// for the work after them: a twentieth, at most maxAfterwordReserve.
func (s shares) afterword() time.Duration { return min(s.budget/20, maxAfterwordReserve) }

// withBudget returns ctx bounded by the budget less its afterword: every
// network step has ended by then, and classification and rendering fit in
// the rest. The context's cause says errBudgetSpent when it is the budget
// that ran out.
func withBudget(ctx context.Context, s shares) (context.Context, context.CancelFunc) {
	return context.WithTimeoutCause(ctx, s.budget-s.afterword(), errBudgetSpent)
}

// binding reports whether the budget's share, rather than the caller's
// StageTimeout or the probes' own ceiling, limited each step.
func (s shares) binding(o *Options) bool { return s.stage < stepLimit(o) }

// stepLimit is how long one step may wait whatever the budget: the
// probes' own ceiling, or the caller's shorter StageTimeout.
func stepLimit(o *Options) time.Duration {
	limit := stageCeiling
	if o.StageTimeout > 0 {
		limit = min(limit, o.StageTimeout)
	}
	return limit
}

// cutByShare returns the first step that ended because its time ran out,
// or nil. A greeting wait the probe cut short itself, once the wrong-TLS-
// mode check's handshake succeeded (mc.HandshakeOK), does not count: the
// probe had its answer, and a longer wait would have observed nothing more.
func cutByShare(steps []probe.Step, mc *probe.ModeCheck) *probe.Step {
	for k := range steps {
		st := &steps[k]
		if st.Error == nil || (st.Error.Kind != probe.NetTimeout && st.Error.Kind != probe.NetDNSTimeout) {
			continue
		}
		if st.Stage == probe.StageGreeting && mc != nil && mc.HandshakeOK {
			continue
		}
		return st
	}
	return nil
}

// budgetSpent reports whether bctx ended because the budget ran out (not
// because the caller's context ended).
func budgetSpent(bctx context.Context) bool {
	if bctx.Err() != nil {
		return errors.Is(context.Cause(bctx), errBudgetSpent)
	}
	d, ok := bctx.Deadline()
	return ok && !time.Now().Before(d) // see ended
}

// callerEnd notes when the caller's context ended, so that a probe cut
// short by it can be told from one that ended on its own first.
type callerEnd struct {
	ctx  context.Context
	at   atomic.Pointer[time.Time]
	stop func() bool
}

// watchCaller starts noting when ctx ends; stop releases the watch.
func watchCaller(ctx context.Context) *callerEnd {
	c := &callerEnd{ctx: ctx}
	c.stop = context.AfterFunc(ctx, func() {
		now := time.Now()
		c.at.Store(&now)
	})
	return c
}

// when returns the instant the caller's context ended: its deadline, when
// it has one that passed (a connection's deadline set to that instant
// ends a read a moment before the context's own timer), or else when it
// was seen to end; now, when the context has ended but the note of it
// is not written yet. All on the machine's clock, never Options.Now.
func (c *callerEnd) when() time.Time {
	var t time.Time
	if d, has := c.ctx.Deadline(); has && !time.Now().Before(d) {
		t = d
	}
	if p := c.at.Load(); p != nil && (t.IsZero() || p.Before(t)) {
		t = *p
	}
	if t.IsZero() {
		t = time.Now()
	}
	return t
}

// callerCutMargin is how long before the caller's end a probe may stop
// and still count as cut short by it: a step's own deadline, set to the
// same instant, fires a little early, and the clock is read after it.
const callerCutMargin = 100 * time.Millisecond

// cutByCaller reports whether a probe that did not succeed stopped
// because the caller's context ended, not because of anything the server
// did: it stopped on a cancellation, or on a time-out (a DNS look-up's
// included: Go's resolver reports the context's deadline as one) no
// earlier than the caller's end, less callerCutMargin. stopped is when
// the probe returned, on the machine's clock as end is. A probe that
// ended before that, on a server's refusal or its own share of the
// budget, keeps its finding.
func cutByCaller(ok bool, ne *probe.NetError, stopped, end time.Time) bool {
	if ok || ne == nil {
		return false
	}
	switch ne.Kind {
	case probe.NetCanceled:
		return true
	case probe.NetTimeout, probe.NetDNSTimeout:
		return !stopped.Before(end.Add(-callerCutMargin))
	}
	return false
}

// ended returns ctx's error, or context.DeadlineExceeded once ctx's
// deadline has passed even if ctx does not say so yet. A connection's
// deadline (set to the same instant) can end a read a moment before the
// context's own timer marks it done; without this, a diagnosis cut short
// by the caller's deadline could pass for a finished one.
func ended(ctx context.Context) error {
	if err := ctx.Err(); err != nil {
		return err
	}
	if d, ok := ctx.Deadline(); ok && !time.Now().Before(d) {
		return context.DeadlineExceeded
	}
	return nil
}

// cutReason says, for the verdict, that a step ran out of its share of
// the budget, and how long it waited when a reply still arriving
// stretched the share (internal/stages).
func cutReason(cut *probe.Step, sh shares, o *Options) string {
	share := fmt.Sprintf("at its %v share of the %v time budget", sh.stage, sh.budget)
	waited := time.Duration(cut.ElapsedMS * float64(time.Millisecond))
	if strings.TrimSpace(cut.Server) != "" && waited > sh.stage {
		share = fmt.Sprintf("after %v: its %v share of the %v time budget, stretched while the server's reply was still arriving",
			waited.Round(100*time.Millisecond), sh.stage, sh.budget)
	}
	return fmt.Sprintf(" The %s step timed out %s (the budget itself did not run out); a longer budget lets a step wait up to %v and may observe more.",
		cut.Stage, share, stepLimit(o))
}
