package imapcheck

import (
	"encoding/json"
	"strconv"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/mailcheck-go/mailcheck/internal/certgen"
	"github.com/mailcheck-go/mailcheck/internal/imapwire"
	"github.com/mailcheck-go/mailcheck/internal/redact"
	"github.com/mailcheck-go/mailcheck/probe"
)

// endless writes line (with CRLF) until the client goes away.
func endless(c *fconn, line string) {
	b := []byte(line + "\r\n")
	for {
		if _, err := c.Write(b); err != nil {
			return
		}
	}
}

// limitNames lists the names of the limits a result recorded.
func limitNames(res *Result) []probe.LimitName {
	var out []probe.LimitName
	for _, l := range res.Limits {
		out = append(out, l.Name)
	}
	return out
}

// TestProbeBounds runs servers that never stop talking. Each must end the
// probe at the stage the flood began, well before the stage timeout (the
// bound, not the clock, stops it), with the bound recorded and the kept
// text small.
func TestProbeBounds(t *testing.T) {
	cert := leaf(t, nil)
	literal := "{" + strconv.Itoa(imapwire.MaxLiteral) + "}\r\n" + strings.Repeat("x", imapwire.MaxLiteral)
	cases := []struct {
		name  string
		verb  string // the command the flood answers
		flood string // what the server repeats
		stage probe.Stage
		limit probe.LimitName
	}{
		{"endless EXISTS", "CAPABILITY", "* 1 EXISTS", probe.StageCapabilities, probe.LimitUntagged},
		{"endless alerts", "CAPABILITY", "* OK [ALERT] Your mailbox is almost full", probe.StageCapabilities, probe.LimitUntagged},
		{"endless literals", "CAPABILITY", "* OK [ALERT] " + literal, probe.StageCapabilities, probe.LimitUntaggedBytes},
		{"endless continuations", "AUTHENTICATE", "+ ", probe.StageAuthenticate, probe.LimitSASLRounds},
		{"endless untagged during login", "AUTHENTICATE", "* OK still thinking", probe.StageAuthenticate, probe.LimitUntagged},
		{"endless untagged after EXAMINE", "EXAMINE", "* 1 RECENT", probe.StageMailbox, probe.LimitUntagged},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			f := startFake(t, func(c *fconn) {
				if tc.verb == "CAPABILITY" {
					c.send("* OK ready") // no capabilities in the greeting: the probe asks
				} else {
					c.send("* OK [CAPABILITY IMAP4rev1 AUTH=PLAIN] ready")
				}
				c.serve(dovecotCapsTLS, "", func(c *fconn, tag, verb, rest string) []string {
					if verb == tc.verb {
						endless(c, tc.flood)
						return []string{}
					}
					return nil
				})
			}, withTLS(cert))
			o := baseOpts(f.port(), probe.SecurityTLS)
			res := run(t, o)
			assert.Equal(t, tc.stage, res.Stage)
			require.NotNil(t, res.Error)
			assert.Equal(t, probe.NetProtocol, res.Error.Kind, "a bound is a protocol failure, not a timeout: %s", res.Error.Message)
			assert.Contains(t, limitNames(res), tc.limit)
			st := step(res, tc.stage)
			assert.LessOrEqual(t, len(st.Server), maxServerText+64, "the step keeps a bounded text")
			assert.LessOrEqual(t, len(res.Alerts), maxAlerts)
			for _, a := range res.Alerts {
				assert.LessOrEqual(t, len(a), maxAlertBytes+16)
			}
			assert.Less(t, st.ElapsedMS, float64(o.StageTimeout.Milliseconds()), "the bound ended the stage, not its timeout")
		})
	}
}

func TestProbeGreetingFlood(t *testing.T) {
	// Dovecot's interim line, forever: the greeting never comes.
	f := startFake(t, func(c *fconn) { endless(c, "* OK "+waitingForAuth+"..") })
	o := baseOpts(f.port(), probe.SecurityNone)
	res := run(t, o)
	assert.Equal(t, probe.StageGreeting, res.Stage)
	require.NotNil(t, res.Error)
	assert.Equal(t, []probe.LimitName{probe.LimitUntagged}, limitNames(res))
	assert.Nil(t, res.ModeCheck, "a server that talks is not on a TLS port")
}

func TestProbeLiteralTooLong(t *testing.T) {
	cert := leaf(t, nil)
	f := startFake(t, func(c *fconn) {
		c.send("* OK [ALERT] {" + strconv.Itoa(imapwire.MaxLiteral+1) + "}")
		endless(c, strings.Repeat("y", 1000))
	}, withTLS(cert))
	res := run(t, baseOpts(f.port(), probe.SecurityTLS))
	assert.Equal(t, probe.StageGreeting, res.Stage)
	assert.Equal(t, []probe.LimitName{probe.LimitLiteral}, limitNames(res))
	assert.Equal(t, []string{"greeting:failed"}, outcomes(res)[len(outcomes(res))-1:], "no LOGOUT on a connection the probe closed")
}

func TestProbeManyAlertsAndCapabilities(t *testing.T) {
	cert := leaf(t, nil)
	var caps []string
	for i := range 1000 {
		caps = append(caps, "X-CAP"+strconv.Itoa(i))
	}
	f := startFake(t, func(c *fconn) {
		c.send("* OK [CAPABILITY IMAP4rev1 AUTH=PLAIN " + strings.Join(caps, " ") + "] ready")
		for range maxAlerts + 3 {
			c.send("* OK [ALERT] " + strings.Repeat("a", 2*maxAlertBytes))
		}
		c.serve(dovecotCapsTLS, "", nil)
	}, withTLS(cert))
	res := run(t, baseOpts(f.port(), probe.SecurityTLS))
	assert.True(t, res.OK, "alerts and long lists are not failures")
	assert.Len(t, res.Alerts, maxAlerts)
	assert.Len(t, res.Capabilities, maxCapabilities)
	assert.Subset(t, limitNames(res), []probe.LimitName{probe.LimitAlerts, probe.LimitCapabilities})
}

// TestProbeScrubsCertificateNames: a hostile server may put the password
// in its certificate; the TLS facts in the result show no piece of it.
func TestProbeScrubsCertificateNames(t *testing.T) {
	cert := leaf(t, func(o *certgen.LeafOptions) {
		o.Hosts = []string{"pw." + strings.ReplaceAll(testPassword, " ", "-") + ".example", "127.0.0.1"}
	})
	f := startFake(t, dovecotLike(dovecotGreeting, dovecotCapsTLS, ""), withTLS(cert))
	o := baseOpts(f.port(), probe.SecurityTLS)
	o.Password = probe.Secret(strings.ReplaceAll(testPassword, " ", "-"))
	res := run(t, o)
	require.NotNil(t, res.TLS)
	require.NotEmpty(t, res.TLS.Chain)
	js, err := json.Marshal(res.TLS)
	require.NoError(t, err)
	assert.Empty(t, redact.Leaks(string(js), o.Password.Reveal()), "%s", js)
	assert.Contains(t, res.TLS.Chain[0].Subject, probe.Redacted)
}
