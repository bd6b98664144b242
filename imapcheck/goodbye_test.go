package imapcheck

import (
	"runtime"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/mailcheck-go/mailcheck/internal/scriptserver"
	"github.com/mailcheck-go/mailcheck/probe"
)

// TestReturnEarly: with ReturnEarly the probe returns once LOGOUT is sent,
// while the server still holds its reply; the goodbye then finishes in the
// background, reads the reply, closes the connection, and Wait leaves no
// goroutine behind. The server below answers LOGOUT only when the test
// says so: a probe that waited for the reply would not return first.
func TestReturnEarly(t *testing.T) {
	release := make(chan struct{})
	closed := make(chan struct{})
	f := startFake(t, func(c *fconn) {
		defer close(closed)
		c.send(dovecotGreeting)
		c.serve(dovecotCapsTLS, "", func(c *fconn, tag, verb, rest string) []string {
			if verb != "LOGOUT" {
				return nil
			}
			<-release
			// As real servers do: reply, then hang up.
			c.send("* BYE Logging out", tag+" OK Logout completed.")
			_ = c.Close()
			return []string{}
		})
	}, withTLS(leaf(t, nil)))
	before := runtime.NumGoroutine()

	o := baseOpts(f.port(), probe.SecurityTLS)
	o.ReturnEarly = true
	res := run(t, o)

	assert.True(t, res.OK)
	last := res.Steps[len(res.Steps)-1]
	assert.Equal(t, probe.StageLogout, last.Stage)
	assert.Equal(t, probe.OutcomeOK, last.Outcome)
	assert.Contains(t, last.Detail, "after the result")
	lastLine := res.Transcript[len(res.Transcript)-1]
	assert.Equal(t, probe.DirClient, lastLine.Dir)
	assert.True(t, strings.HasSuffix(lastLine.Text, " LOGOUT"), lastLine.Text)
	select {
	case <-closed:
		t.Fatal("the server's script ended before it was allowed to reply")
	default:
	}

	close(release)
	Wait()
	<-closed
	assert.LessOrEqual(t, scriptserver.SettleGoroutines(before, 5*time.Second), before, "no goodbye goroutine is left")
}

// TestReturnEarlyOffWaitsForReply: without ReturnEarly the Result holds
// the server's answer to LOGOUT.
func TestReturnEarlyOffWaitsForReply(t *testing.T) {
	f := startFake(t, dovecotLike(dovecotGreeting, dovecotCapsTLS, ""), withTLS(leaf(t, nil)))
	res := run(t, baseOpts(f.port(), probe.SecurityTLS))
	last := res.Steps[len(res.Steps)-1]
	require.Equal(t, probe.StageLogout, last.Stage)
	assert.Contains(t, last.Server, "OK Logout completed")
}
