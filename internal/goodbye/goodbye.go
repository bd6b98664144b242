// Package goodbye finishes a polite ending behind the caller's back. Once
// a probe knows its answer, waiting for the reply to IMAP LOGOUT or SMTP
// QUIT only adds a round trip; so the probe sends the command, returns its
// Result, and hands the connection here: a goroutine reads what the server
// says until it hangs up (or Timeout, or MaxBytes), then closes it.
//
// Every such goroutine is counted in one package-level WaitGroup; Wait
// returns when all have ended. Each is bounded by Timeout, so none outlives
// its probe by more than that; a program or test that must end with no
// goroutine left calls Wait (imapcheck.Wait, smtpcheck.Wait and
// diagnose.Wait all call it).
package goodbye

import (
	"io"
	"net"
	"sync"
	"time"
)

// Timeout bounds one goodbye. Servers answer LOGOUT and QUIT at once
// (Dovecot, Postfix and Exchange Online reply within a round trip), so
// two seconds is ample on any link where the probe itself worked, and
// short enough that Wait at the end of a program is not noticed.
const Timeout = 2 * time.Second

// MaxBytes bounds what is read: a BYE and a tagged OK, or a 221, are a few
// dozen bytes; anything more is discarded unread when the connection
// closes.
const MaxBytes = 64 << 10

var inflight sync.WaitGroup

// Finish reads and discards what c sends until the server closes it, for
// at most Timeout and MaxBytes, then closes c. It returns at once; c
// belongs to the goodbye from then on. c's deadlines must not be clamped
// by a context that is about to end (see guard.Conn.Release).
func Finish(c net.Conn) {
	inflight.Add(1)
	go func() {
		defer inflight.Done()
		_ = c.SetDeadline(time.Now().Add(Timeout))
		_, _ = io.Copy(io.Discard, io.LimitReader(c, MaxBytes))
		_ = c.Close()
	}()
}

// Wait returns when every goodbye started so far has ended: at most
// Timeout after the last Finish.
func Wait() { inflight.Wait() }
