package main

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/mailcheck-go/mailcheck/diagnose"
	"github.com/mailcheck-go/mailcheck/fleet"
)

func TestEvidenceLineLabelsOnce(t *testing.T) {
	st := style{}
	assert.Equal(t, "Error: getaddrinfo ENOTFOUND smtp.example.org", evidenceLine(st, diagnose.Evidence{Kind: "network", Text: "Error: getaddrinfo ENOTFOUND smtp.example.org"}))
	assert.Equal(t, "Error: dial tcp 192.0.2.1:993: connect: connection refused", evidenceLine(st, diagnose.Evidence{Kind: "network", Text: "dial tcp 192.0.2.1:993: connect: connection refused"}))
	assert.Equal(t, "Server said: 535 5.7.8 Error: authentication failed", evidenceLine(st, diagnose.Evidence{Kind: "server_reply", Text: "535 5.7.8 Error: authentication failed"}))
}

// TestFleetTextNamesInterrupted: the text output names the accounts an
// interrupted run never started, as --json lists them (a new CLI user's
// find: "4 interrupted", never named).
func TestFleetTextNamesInterrupted(t *testing.T) {
	rep := &fleet.Report{Interrupted: true, Counts: fleet.Counts{Accounts: 2, Interrupted: 1},
		Accounts: []fleet.Result{{Email: "d@b.example", Line: 3, Status: fleet.StatusInterrupted}}}
	var b strings.Builder
	renderFleet(&b, style{}, rep)
	assert.Contains(t, b.String(), "d@b.example (line 3): not checked: the run was interrupted first")
}

// TestAlternativesBeforeAdviceBelowHigh: a reading below high confidence
// lists its alternatives before the advice (a fresh reviewer's find: they
// came last, under the facts' date); a high one keeps them after it.
func TestAlternativesBeforeAdviceBelowHigh(t *testing.T) {
	for _, tc := range []struct {
		text        string
		conf        diagnose.Confidence
		alternative string
	}{
		{"A1 NO AUTHENTICATE failed.", diagnose.ConfidenceMedium, "protocol_disabled"},
		{"550 5.7.1 Unable to relay", diagnose.ConfidenceHigh, "invalid_credentials"},
	} {
		f := diagnose.Explain(tc.text, diagnose.Hints{})
		require.Equal(t, tc.conf, f.Confidence, tc.text)
		var b strings.Builder
		renderFinding(&b, style{}, f, "")
		out := b.String()
		alts, who := strings.Index(out, "Could also be:"), strings.Index(out, "Who must act:")
		require.GreaterOrEqual(t, alts, 0, out)
		require.GreaterOrEqual(t, who, 0, out)
		assert.Contains(t, out[alts:], tc.alternative)
		if tc.conf == diagnose.ConfidenceHigh {
			assert.Greater(t, alts, who, "a high reading keeps its alternatives last")
		} else {
			assert.Less(t, alts, who, "a reading below high lists its alternatives first")
		}
	}
}

// TestFleetCausesLine: the headline counts the causes by who must act.
func TestFleetCausesLine(t *testing.T) {
	assert.Empty(t, causesLine(nil))
	hs := []fleet.Handoff{{Audience: diagnose.AudienceUser}, {Audience: diagnose.AudienceAdmin}, {Audience: diagnose.AudienceUser}, {Audience: diagnose.AudienceVendor}}
	assert.Equal(t, "4 causes to act on: 1 for the administrator, 1 for the application vendor, 2 for the users.", causesLine(hs))
	assert.Equal(t, "1 cause to act on: 1 for the administrator.", causesLine(hs[1:2]))
}

// TestFleetDuplicateLine: a repeated address names its first line, and
// says when its own settings, not checked, differ.
func TestFleetDuplicateLine(t *testing.T) {
	r := fleet.Result{Email: "diego@contoso.example", Line: 7, FirstLine: 6, Status: fleet.StatusDuplicate}
	assert.Equal(t, "diego@contoso.example (line 7): listed before on line 6; checked once", duplicateLine(r))
	r.SettingsDiffer = true
	assert.Contains(t, duplicateLine(r), "names other servers or user names, which were not checked")
}
