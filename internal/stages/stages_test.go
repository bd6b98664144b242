package stages_test

import (
	"context"
	"net"
	"os"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/mailcheck-go/mailcheck/internal/guard"
	"github.com/mailcheck-go/mailcheck/internal/stages"
	"github.com/mailcheck-go/mailcheck/probe"
)

// clock is a controlled time source; the recorder runs in one goroutine.
type clock struct{ t time.Time }

func (c *clock) now() time.Time          { return c.t }
func (c *clock) advance(d time.Duration) { c.t = c.t.Add(d) }

func newClock() *clock { return &clock{t: time.Date(2025, 6, 1, 12, 0, 0, 0, time.UTC)} }

func TestStepsAndProgress(t *testing.T) {
	clk := newClock()
	var seen []probe.Step
	r := stages.New(t.Context(), time.Minute, clk.now, func(s probe.Step) { seen = append(seen, s) })
	assert.Equal(t, clk.t, r.Start())

	clk.advance(10 * time.Millisecond)
	s := r.Begin(probe.StageConnect)
	clk.advance(5500 * time.Microsecond)
	got := s.OK("connected to 127.0.0.1:143", "")
	assert.Equal(t, probe.Step{Stage: probe.StageConnect, Outcome: probe.OutcomeOK, OffsetMS: 10, ElapsedMS: 5.5, Detail: "connected to 127.0.0.1:143"}, got)

	s = r.Begin(probe.StageGreeting)
	clk.advance(1234567 * time.Nanosecond)
	netErr := &probe.NetError{Kind: probe.NetTimeout, Op: "read", Message: "i/o timeout"}
	got = s.Fail("no greeting", "* BYE", netErr)
	assert.Equal(t, probe.Step{Stage: probe.StageGreeting, Outcome: probe.OutcomeFailed, OffsetMS: 15.5, ElapsedMS: 1.235, Detail: "no greeting", Server: "* BYE", Error: netErr}, got, "milliseconds rounded to the microsecond")

	clk.advance(time.Millisecond)
	got = r.Skip(probe.StageAuthenticate, "no credentials")
	assert.Equal(t, probe.Step{Stage: probe.StageAuthenticate, Outcome: probe.OutcomeSkipped, OffsetMS: 17.735, Detail: "no credentials"}, got, "a skipped stage takes no time")

	steps := r.Steps()
	require.Len(t, steps, 3)
	assert.Equal(t, []probe.Stage{probe.StageConnect, probe.StageGreeting, probe.StageAuthenticate}, []probe.Stage{steps[0].Stage, steps[1].Stage, steps[2].Stage}, "in the order they ended")
	assert.Equal(t, steps, seen, "progress sees each finished step once, in order")
	assert.InDelta(t, 17.735, r.Since(), 1e-9)
	assert.Equal(t, clk.t, r.Now())

	steps[0].Detail = "changed"
	assert.Equal(t, "connected to 127.0.0.1:143", r.Steps()[0].Detail, "Steps returns a copy")
}

func TestDoubleEndIgnored(t *testing.T) {
	clk := newClock()
	calls := 0
	r := stages.New(t.Context(), time.Minute, clk.now, func(probe.Step) { calls++ })
	s := r.Begin(probe.StageLogout)
	clk.advance(time.Millisecond)
	first := s.OK("bye", "* BYE")
	clk.advance(time.Millisecond)
	again := s.Fail("late failure", "", &probe.NetError{Kind: probe.NetClosed})
	assert.Equal(t, first, again, "the second end returns the first result")
	assert.Equal(t, probe.OutcomeOK, again.Outcome)
	assert.Len(t, r.Steps(), 1, "the step is recorded once")
	assert.Equal(t, 1, calls, "progress is called once")
}

func TestNilNowAndProgress(t *testing.T) {
	before := time.Now()
	r := stages.New(t.Context(), time.Minute, nil, nil)
	assert.WithinDuration(t, before, r.Start(), time.Second, "now defaults to time.Now")
	r.Begin(probe.StageConnect).OK("", "") // nil progress is allowed
	r.Skip(probe.StageQuit, "")
	assert.Len(t, r.Steps(), 2)
}

func TestStageContext(t *testing.T) {
	parent, cancel := context.WithCancel(t.Context())
	defer cancel()
	r := stages.New(parent, 30*time.Second, newClock().now, nil)

	s := r.Begin(probe.StageConnect)
	d, ok := s.Ctx.Deadline()
	require.True(t, ok, "every stage has a deadline")
	assert.WithinDuration(t, time.Now().Add(30*time.Second), d, 5*time.Second, "the deadline is the stage timeout from now, on the real clock")
	require.NoError(t, s.Ctx.Err())

	s.OK("", "")
	assert.ErrorIs(t, s.Ctx.Err(), context.Canceled, "ending a stage releases its context")

	s = r.Begin(probe.StageGreeting)
	cancel()
	select {
	case <-s.Ctx.Done():
	case <-time.After(5 * time.Second):
		t.Fatal("stage context outlived its parent")
	}
	assert.ErrorIs(t, s.Ctx.Err(), context.Canceled)

	short := stages.New(t.Context(), 10*time.Millisecond, nil, nil).Begin(probe.StageConnect)
	select {
	case <-short.Ctx.Done():
	case <-time.After(5 * time.Second):
		t.Fatal("stage context did not time out")
	}
	assert.ErrorIs(t, short.Ctx.Err(), context.DeadlineExceeded)

	earlier, cancel2 := context.WithTimeout(t.Context(), time.Second)
	defer cancel2()
	pd, _ := earlier.Deadline()
	s = stages.New(earlier, time.Hour, nil, nil).Begin(probe.StageConnect)
	d, _ = s.Ctx.Deadline()
	assert.Equal(t, pd, d, "the caller's earlier deadline wins")
}

func TestAttachClampsConn(t *testing.T) {
	a, b := net.Pipe()
	defer b.Close()
	g := guard.New(t.Context(), a)
	defer g.Close()

	r := stages.New(t.Context(), 50*time.Millisecond, nil, nil)
	r.Attach(g)
	s := r.Begin(probe.StageGreeting)
	require.NoError(t, g.SetReadDeadline(time.Time{})) // what a library does after each command

	done := make(chan error, 1)
	go func() {
		_, err := g.Read(make([]byte, 1))
		done <- err
	}()
	select {
	case err := <-done:
		assert.ErrorIs(t, err, os.ErrDeadlineExceeded, "the stage deadline ends the read")
	case <-time.After(5 * time.Second):
		t.Fatal("read outlived the stage")
	}
	s.Fail("no greeting", "", nil)
}

// TestReplyArrivingStretchesStage: a stage whose reply is still arriving
// outlives its timeout, up to twice the timeout; its context lasts that
// long (so that a failure then is not taken for the timeout) and ends as
// context.WithTimeout's does, children included; once the server goes
// quiet the read ends at the connection's limit.
func TestReplyArrivingStretchesStage(t *testing.T) {
	a, b := net.Pipe()
	defer b.Close()
	g := guard.New(t.Context(), a)
	defer g.Close()
	r := stages.New(t.Context(), 200*time.Millisecond, nil, nil)
	r.Attach(g)
	start := time.Now()
	s := r.Begin(probe.StageEHLO)
	d, _ := s.Ctx.Deadline()
	assert.WithinDuration(t, start.Add(400*time.Millisecond), d, 100*time.Millisecond, "the context allows for the stretch")
	within, cancelWithin := s.Within()
	defer cancelWithin()
	wd, _ := within.Deadline()
	assert.WithinDuration(t, start.Add(200*time.Millisecond), wd, 100*time.Millisecond, "Within keeps to the stage timeout proper")
	child, cancelChild := context.WithCancel(s.Ctx)
	defer cancelChild()

	stop := make(chan struct{})
	go func() {
		for {
			select {
			case <-stop:
				return
			case <-time.After(50 * time.Millisecond):
				if _, err := b.Write([]byte("2")); err != nil {
					return
				}
			}
		}
	}()
	buf := make([]byte, 1)
	for time.Since(start) < 300*time.Millisecond {
		_, err := g.Read(buf)
		require.NoError(t, err, "a reply still arriving is not cut at the stage timeout")
	}
	require.NoError(t, s.Ctx.Err(), "the stage's context lives as long as the stretched limit may")

	var err error
	for err == nil {
		_, err = g.Read(buf)
	}
	close(stop)
	assert.ErrorIs(t, err, os.ErrDeadlineExceeded)
	elapsed := time.Since(start)
	assert.GreaterOrEqual(t, elapsed, 390*time.Millisecond, "bytes kept arriving until twice the timeout")
	assert.Less(t, elapsed, 2*time.Second, "never past twice the stage timeout")
	for _, c := range []context.Context{s.Ctx, child} {
		select {
		case <-c.Done():
		case <-time.After(5 * time.Second):
			t.Fatal("the stage context did not end")
		}
		assert.ErrorIs(t, c.Err(), context.DeadlineExceeded, "a timeout, for the stage's context and those made from it")
	}
	s.Fail("no reply", "", nil)
}

// TestQuietServerMeetsStageTimeout: with a connection attached and no
// byte coming, the read ends at the stage timeout, not at the stretch's
// maximum.
func TestQuietServerMeetsStageTimeout(t *testing.T) {
	a, b := net.Pipe()
	defer b.Close()
	g := guard.New(t.Context(), a)
	defer g.Close()
	r := stages.New(t.Context(), 150*time.Millisecond, nil, nil)
	r.Attach(g)
	start := time.Now()
	s := r.Begin(probe.StageGreeting)
	_, err := g.Read(make([]byte, 1))
	assert.ErrorIs(t, err, os.ErrDeadlineExceeded)
	assert.Less(t, time.Since(start), 280*time.Millisecond, "no stretch without bytes")
	s.Fail("no greeting", "", nil)
}
