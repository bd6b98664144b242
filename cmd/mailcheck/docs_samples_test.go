package main

import (
	"encoding/json"
	"maps"
	"os"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/mailcheck-go/mailcheck/mailtest"
)

func readDoc(t *testing.T, path string) string {
	t.Helper()
	b, err := os.ReadFile(path)
	require.NoError(t, err)
	return string(b)
}

// TestReadmeHostileCount: the README's count of hostile servers is the
// suite's.
func TestReadmeHostileCount(t *testing.T) {
	m := regexp.MustCompile(`TestHostileServers\x60 \(cmd/mailcheck\) runs (\d+)\s+hostile servers`).FindStringSubmatch(readDoc(t, "../../README.md"))
	require.NotNil(t, m, "README.md says how many hostile servers TestHostileServers runs")
	n, _ := strconv.Atoi(m[1])
	assert.Equal(t, len(hostileBehaviours()), n)
}

// TestDocsFakeLineSamples: every sample of fake's JSON line (README.md,
// docs/cli.md) has the fields the real line has.
func TestDocsFakeLineSamples(t *testing.T) {
	f := startFakeBinary(t, "--scenario", "gmail-app-password-required")
	var real map[string]any
	require.NoError(t, json.Unmarshal([]byte(f.line), &real))
	f.interrupt(t)
	for _, doc := range []string{"../../README.md", "../../docs/cli.md"} {
		found := 0
		for line := range strings.Lines(readDoc(t, doc)) {
			line = strings.TrimSpace(line)
			if !strings.HasPrefix(line, `{"scenario":`) {
				continue
			}
			found++
			var sample map[string]any
			require.NoError(t, json.Unmarshal([]byte(line), &sample), "%s: %s", doc, line)
			assert.Equal(t, slices.Sorted(maps.Keys(real)), slices.Sorted(maps.Keys(sample)), "%s: %s", doc, line)
		}
		assert.Positive(t, found, "%s shows fake's JSON line", doc)
	}
}

// TestDocsExplainJSONSample: docs/cli.md's explain --json sample is what
// explain says today for its evidence, in the fields it shows.
func TestDocsExplainJSONSample(t *testing.T) {
	doc := readDoc(t, "../../docs/cli.md")
	_, rest, ok := strings.Cut(doc, "### explain --json")
	require.True(t, ok)
	_, rest, ok = strings.Cut(rest, "```json\n")
	require.True(t, ok)
	block, _, ok := strings.Cut(rest, "```")
	require.True(t, ok)
	type finding struct {
		Code, Protocol, Scope string
		Evidence              struct{ Text, Rule, Source string }
		Remediation           struct {
			Code, Provider, Protocol, Title, Audience, Checked string
			UserSteps                                          []string `json:"user_steps"`
			AdminSteps                                         []string `json:"admin_steps"`
		}
	}
	var sample finding
	require.NoError(t, json.Unmarshal([]byte(block), &sample))
	r := runBinary(t, invocation{args: []string{"explain", "--json", "--as-of", "2026-12-05", "--protocol", sample.Protocol, sample.Evidence.Text}})
	var got finding
	require.NoError(t, json.Unmarshal([]byte(r.stdout), &got), "stderr: %s", r.stderr)
	sample.Remediation.UserSteps = sample.Remediation.UserSteps[:1]
	sample.Remediation.AdminSteps = sample.Remediation.AdminSteps[:1]
	got.Remediation.UserSteps = got.Remediation.UserSteps[:1]
	got.Remediation.AdminSteps = got.Remediation.AdminSteps[:1]
	assert.Equal(t, got, sample, "docs/cli.md's explain --json sample is out of date")
}

// TestDocsFleetOnFakeTenant: docs/cli.md shows how to run fleet against
// the fake tenant, and its sample lines are the tenant's own accounts.
func TestDocsFleetOnFakeTenant(t *testing.T) {
	_, sec, ok := strings.Cut(readDoc(t, "../../docs/cli.md"), "### Trying fleet on the fake tenant")
	require.True(t, ok, "docs/cli.md shows fleet against the fake tenant")
	sec, _, _ = strings.Cut(sec, "\n### ")
	assert.Contains(t, sec, "mailcheck fake --scenario "+mailtest.TenantScenario)
	assert.Contains(t, sec, "chmod 600")
	assert.Contains(t, sec, "mailcheck fleet --accounts accounts.csv --secrets secrets.json --ca-file")
	f := startFakeBinary(t, "--scenario", mailtest.TenantScenario)
	var l mailtest.Listing
	require.NoError(t, json.Unmarshal([]byte(f.line), &l))
	f.interrupt(t)
	first := l.Accounts[0]
	assert.Contains(t, sec, "\n    "+first.Email+",127.0.0.1:", "the CSV sample starts with the tenant's first account")
	assert.Contains(t, sec, `{"`+first.Email+`": {"password": "`+first.Password+`"}`, "the secrets sample is its password")
}

// TestFakeSampleMatchesListing: the fake's JSON line that README.md and
// docs/cli.md show has the fields and listeners the scenario's real line
// has (a tester's find: the sample showed an IMAP STARTTLS listener the
// scenario has not, and none of the account's app password or token).
func TestFakeSampleMatchesListing(t *testing.T) {
	srv := mailtest.NewTestServer(t, "gmail-app-password-required")
	b, err := json.Marshal(srv.Listing("/tmp/ca.pem"))
	require.NoError(t, err)
	shape := func(line []byte) map[string][]string {
		var m map[string]any
		require.NoError(t, json.Unmarshal(line, &m), "%s", line)
		out := map[string][]string{"": slices.Sorted(maps.Keys(m))}
		for _, k := range []string{"imap", "smtp"} {
			if sub, ok := m[k].(map[string]any); ok {
				out[k] = slices.Sorted(maps.Keys(sub))
			}
		}
		if accts, ok := m["accounts"].([]any); ok && len(accts) > 0 {
			out["accounts"] = slices.Sorted(maps.Keys(accts[0].(map[string]any)))
		}
		return out
	}
	want := shape(b)
	for _, doc := range []string{"../../README.md", "../../docs/cli.md"} {
		sample := regexp.MustCompile(`\{"scenario":"gmail-app-password-required"[^\n]*\}`).FindString(readDoc(t, doc))
		require.NotEmpty(t, sample, "%s shows the fake's line", doc)
		assert.Equal(t, want, shape([]byte(sample)), doc)
	}
}
