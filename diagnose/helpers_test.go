package diagnose_test

import (
	"net"
	"strconv"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/mailcheck-go/mailcheck/diagnose"
	"github.com/mailcheck-go/mailcheck/probe"
)

// endpoint turns "host:port" into an Endpoint with the given security.
func endpoint(t testing.TB, addr string, sec probe.Security) diagnose.Endpoint {
	t.Helper()
	host, port, err := net.SplitHostPort(addr)
	require.NoError(t, err)
	n, err := strconv.Atoi(port)
	require.NoError(t, err)
	return diagnose.Endpoint{Host: host, Port: n, Security: sec}
}

// port returns the port of "host:port", or 0.
func port(addr string) int {
	_, p, err := net.SplitHostPort(addr)
	if err != nil {
		return 0
	}
	n, _ := strconv.Atoi(p)
	return n
}

// assertAgree checks that a report's Verdict, Summary, Primary and the
// order of Findings tell one story, and that its lean form keeps that
// story without the probes' raw results.
func assertAgree(t *testing.T, rep *diagnose.Report) {
	t.Helper()
	p := rep.Primary()
	assert.Equal(t, rep.Verdict.Code, p.Code, "Primary carries the verdict's code: %s", rep.Summary)
	switch rep.Verdict.DecidedBy {
	case "imap", "smtp":
		assert.Equal(t, rep.Verdict.DecidedBy, string(p.Protocol), "Primary comes from the deciding protocol: %s", rep.Summary)
	}
	assert.True(t, strings.HasPrefix(rep.Summary, rep.Email+": "+string(rep.Verdict.Code)), "Summary leads with the verdict: %s", rep.Summary)
	if rep.Verdict.Code != diagnose.CodeOK {
		require.NotEmpty(t, rep.Findings, "a failed verdict has findings")
		assert.Equal(t, p, rep.Findings[0], "Findings[0] is Primary")
		assert.Equal(t, diagnose.SeverityError, p.Severity, "a failed verdict's primary is an error")
	}
	lean := rep.Lean()
	if rep.IMAP != nil {
		assert.Nil(t, lean.IMAP.Probe)
		assert.Equal(t, rep.IMAP.Outcome, lean.IMAP.Outcome)
	}
	if rep.SMTP != nil {
		assert.Nil(t, lean.SMTP.Probe)
		assert.Equal(t, rep.SMTP.Outcome, lean.SMTP.Outcome)
	}
	assert.Equal(t, rep.Primary(), lean.Primary(), "the lean form keeps the answer")
}
