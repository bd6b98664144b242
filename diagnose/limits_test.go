package diagnose

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/mailcheck-go/mailcheck/imapcheck"
	"github.com/mailcheck-go/mailcheck/probe"
)

func TestLimitWarning(t *testing.T) {
	r := imapNet(probe.StageCapabilities, probe.NetProtocol, func(r *imapcheck.Result) {
		r.Limits = []probe.Limit{{Name: probe.LimitUntagged, Max: 256, Stage: probe.StageCapabilities, Detail: "more than 256 untagged responses"}}
	})
	fs := ClassifyIMAP(r, Provider{})
	var warn *Finding
	for i := range fs {
		if fs[i].Evidence.Rule == "warn-server-limit" {
			warn = &fs[i]
		}
	}
	require.NotNil(t, warn, "a bound reached is a finding, not a silent drop")
	assert.Equal(t, CodeProtocolError, warn.Code)
	assert.Equal(t, SeverityWarning, warn.Severity)
	assert.Equal(t, probe.StageCapabilities, warn.Stage)
	assert.Contains(t, warn.Evidence.Text, "256 untagged")
}

func TestClassifierInputBounded(t *testing.T) {
	// Megabytes of alerts (what an unbounded probe once kept) reach the
	// rules as at most maxClassifyText bytes.
	huge := strings.Repeat("Application-specific password required ", 1<<16)
	r := imapRefused(probe.StageAuthenticate, "PLAIN", "a1 NO [AUTHENTICATIONFAILED] Invalid credentials", huge, huge)
	o := observeIMAP(r, Provider{})
	assert.LessOrEqual(t, len(o.Text), maxClassifyText)
	assert.LessOrEqual(t, len(o.lower), maxClassifyText)
	assert.Equal(t, clipClassifyText("ab\xc3\xa9"), "ab\xc3\xa9", "short text is kept whole")
	cut := clipClassifyText(strings.Repeat("é", maxClassifyText))
	assert.True(t, len(cut) <= maxClassifyText && strings.HasSuffix(cut, "é"), "a cut never splits a character")
}
