package smtpcheck

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/mailcheck-go/mailcheck/probe"
)

// TestProbeBounds runs servers that never stop: each must end the probe at
// the stage the flood began, through a recorded bound rather than the
// stage timeout.
func TestProbeBounds(t *testing.T) {
	flood := func(c *fakeConn, b []byte) {
		for {
			if _, err := c.Write(b); err != nil {
				return
			}
		}
	}
	cases := []struct {
		name   string
		handle func(c *fakeConn)
		stage  probe.Stage
		limit  probe.LimitName
	}{
		{"endless 334 challenges", script{auth: func(c *fakeConn, _ string) {
			for {
				c.send("334 UGFzc3dvcmQ6")
				if _, ok := c.readLine(); !ok {
					return
				}
			}
		}}.handle, probe.StageAuthenticate, probe.LimitSASLRounds},
		{"endless multi-line EHLO", func(c *fakeConn) {
			c.send("220 fake.test ESMTP")
			if _, ok := c.readLine(); ok {
				flood(c, []byte("250-X-FILLER\r\n"))
			}
		}, probe.StageEHLO, probe.LimitReplyLines},
		{"long multi-line EHLO", func(c *fakeConn) {
			c.send("220 fake.test ESMTP")
			if _, ok := c.readLine(); ok {
				flood(c, []byte("250-X-"+strings.Repeat("f", 2000)+"\r\n")) // 33 lines reach 64 KiB
			}
		}, probe.StageEHLO, probe.LimitReplyBytes},
		{"endless banner line", func(c *fakeConn) {
			_, _ = c.Write([]byte("220 "))
			flood(c, []byte(strings.Repeat("y", 4096))) // never a line feed
		}, probe.StageGreeting, probe.LimitLine},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			handle := tc.handle
			s := startFake(t, nil, handle)
			o := optionsFor(s, probe.SecurityNone)
			o.AllowPlaintextAuth = true
			res, err := Probe(t.Context(), o)
			require.NoError(t, err)
			assert.Equal(t, tc.stage, res.Stage)
			require.NotNil(t, res.Error)
			assert.Equal(t, probe.NetProtocol, res.Error.Kind, res.Error.Message)
			require.Len(t, res.Limits, 1)
			assert.Equal(t, tc.limit, res.Limits[0].Name)
			assert.Equal(t, tc.stage, res.Limits[0].Stage)
			st, _ := step(res, tc.stage)
			assert.Less(t, st.ElapsedMS, float64(o.StageTimeout.Milliseconds()), "the bound ended the stage, not its timeout")
		})
	}
}
