package smtpcheck

import (
	"runtime"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/mailcheck-go/mailcheck/internal/saslmech"
	"github.com/mailcheck-go/mailcheck/internal/scriptserver"
	"github.com/mailcheck-go/mailcheck/probe"
)

// TestReturnEarly: with ReturnEarly the probe returns once QUIT is sent,
// while the server still holds its 221; the goodbye then finishes in the
// background and Wait leaves no goroutine behind. A probe that waited for
// the 221 would not return before the test releases it.
func TestReturnEarly(t *testing.T) {
	release := make(chan struct{})
	closed := make(chan struct{})
	s := startFake(t, serverTLS(t), func(c *fakeConn) {
		defer close(closed)
		c.send("220 fake.test ESMTP ready")
		for {
			line, ok := c.readLine()
			if !ok {
				return
			}
			switch verb(line) {
			case "EHLO":
				c.send(ehloAuth...)
			case "AUTH":
				authPlain(c, line)
			case "QUIT":
				<-release
				c.send("221 2.0.0 Bye") // as real servers do: reply, then hang up
				return
			}
		}
	})
	before := runtime.NumGoroutine()

	o := optionsFor(s, probe.SecurityTLS)
	o.ReturnEarly = true
	res, err := Probe(t.Context(), o)
	require.NoError(t, err)
	assert.True(t, res.OK)
	last := res.Steps[len(res.Steps)-1]
	assert.Equal(t, probe.StageQuit, last.Stage)
	assert.Equal(t, probe.OutcomeOK, last.Outcome)
	assert.Contains(t, last.Detail, "after the result")
	assert.Equal(t, probe.Line{Dir: probe.DirClient, Text: "QUIT", OffsetMS: res.Transcript[len(res.Transcript)-1].OffsetMS},
		res.Transcript[len(res.Transcript)-1], "QUIT is the last line: the 221 came after the result")
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

// TestMechanismNames: the names this package documents are those of the
// SASL client it shares with imapcheck.
func TestMechanismNames(t *testing.T) {
	assert.Equal(t, []string{saslmech.Plain, saslmech.Login, saslmech.XOAuth2, saslmech.OAuthBearer},
		[]string{MechanismPlain, MechanismLogin, MechanismXOAuth2, MechanismOAuthBearer})
}
