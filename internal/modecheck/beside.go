package modecheck

import (
	"context"
	"net"
	"sync"
	"time"

	"github.com/mailcheck-go/mailcheck/probe"
)

// EarlyStart is how long a plaintext connection may stay silent before the
// mode check starts beside it, on a second connection, while the first one
// goes on waiting for its greeting.
//
// Why 1.5 s: mail servers greet within milliseconds of accepting a
// connection (Dovecot and Postfix on loopback answer in under 5 ms; a
// provider across an ocean in a few hundred), so a port that has said
// nothing for 1.5 s is most likely waiting for a TLS ClientHello. Some
// servers do pause before greeting (a reverse DNS or ident lookup, a busy
// server), which is why the greeting wait is not abandoned: both run side
// by side and whichever tells first decides. The mode check needs one TCP
// and one TLS round trip (well under a second even at 300 ms of latency),
// so a wrong TLS mode is known in under 3 s whatever the stage timeout,
// while a server that greets within 1.5 s never sees the second
// connection.
const EarlyStart = 1500 * time.Millisecond

// EarlyWait is how long to wait before starting the check beside a
// greeting wait of stage: EarlyStart, or half the stage when that is
// shorter (a short budget gives each step little time, and the check must
// still finish within it).
func EarlyWait(stage time.Duration) time.Duration {
	if stage > 0 && stage/2 < EarlyStart {
		return stage / 2
	}
	return EarlyStart
}

// Beside is a mode check started beside a greeting wait. The zero value is
// not usable; call Start.
type Beside struct {
	timer  *time.Timer
	cancel context.CancelFunc
	done   chan struct{}

	// Written by the check's goroutine before done closes.
	mc    *probe.ModeCheck
	began time.Time
}

// Start arranges for run to start after wait, under a context derived from
// ctx that ends after timeout. Once a TLS handshake succeeds (run calls
// the readGreeting it was given only then), foundTLS is called, once, so
// that the caller can stop waiting for a plaintext greeting that will not
// come (by closing that connection). now stamps when the check began.
//
// Call Stop when the greeting arrived, or Result when it did not; either
// waits for a running check, so no goroutine outlives the probe.
func Start(ctx context.Context, wait, timeout time.Duration, now func() time.Time,
	run func(ctx context.Context, readGreeting func(func(net.Conn) string) func(net.Conn) string) *probe.ModeCheck,
	foundTLS func()) *Beside {
	if now == nil {
		now = time.Now
	}
	ctx, cancel := context.WithCancel(ctx)
	b := &Beside{cancel: cancel, done: make(chan struct{})}
	b.timer = time.AfterFunc(wait, func() {
		defer close(b.done)
		b.began = now()
		rctx, rcancel := context.WithTimeout(ctx, timeout)
		defer rcancel()
		var once sync.Once
		// wrap calls foundTLS before the greeting over TLS is read: the
		// handshake alone already answered the question.
		wrap := func(read func(net.Conn) string) func(net.Conn) string {
			return func(c net.Conn) string {
				if foundTLS != nil {
					once.Do(foundTLS)
				}
				return read(c)
			}
		}
		b.mc = run(rctx, wrap)
	})
	return b
}

// Stop cancels the check (the greeting arrived: its answer is not needed)
// and waits for it to return.
func (b *Beside) Stop() {
	b.cancel()
	b.Result()
}

// Result waits for a started check and returns its facts and when it
// began. started is false when the check never started (the plaintext
// wait ended before EarlyStart): the caller may then run the check itself.
func (b *Beside) Result() (mc *probe.ModeCheck, began time.Time, started bool) {
	if b.timer.Stop() {
		b.cancel()
		return nil, time.Time{}, false
	}
	<-b.done
	b.cancel()
	return b.mc, b.began, true
}

// cutShort is the message of a greeting wait that the check ended.
const cutShort = "no greeting on the plaintext connection; a TLS handshake on a second connection succeeded, so the wait was cut short"

// CutShortDetail is the detail of the greeting step whose wait the check
// ended.
const CutShortDetail = "no greeting; a TLS handshake on a second connection to the port succeeded"

// CutShort returns the failure of a greeting wait that the check ended
// (foundTLS closed the silent connection): a timeout, since the server
// said nothing, whose message says that the wait did not run its course.
// Each call returns a new value, so a probe may keep it in its result and
// its step.
func CutShort() *probe.NetError {
	return &probe.NetError{Kind: probe.NetTimeout, Op: "read", Message: cutShort}
}

// IsCutShort reports whether ne is a failure CutShort made.
func IsCutShort(ne *probe.NetError) bool {
	return ne != nil && ne.Kind == probe.NetTimeout && ne.Message == cutShort
}
