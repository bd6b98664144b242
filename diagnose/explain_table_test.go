package diagnose

import (
	"encoding/json"
	"os"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/mailcheck-go/mailcheck/probe"
)

// responseRow is one row of testdata/responses.json: a real server reply
// with its public source (see testdata/README.md).
type responseRow struct {
	ID           string   `json:"id"`
	Provider     string   `json:"provider"`
	Protocol     Protocol `json:"protocol"`
	Stage        string   `json:"stage"`
	Text         string   `json:"text"`
	Host         string   `json:"host"`
	Code         Code     `json:"code"`
	Alternatives []Code   `json:"alternatives"`
	Source       string   `json:"source"`
	Note         string   `json:"note"`
}

func loadResponses(t testing.TB) []responseRow {
	t.Helper()
	b, err := os.ReadFile("testdata/responses.json")
	require.NoError(t, err)
	var rows []responseRow
	require.NoError(t, json.Unmarshal(b, &rows))
	return rows
}

// TestExplainRealResponses runs Explain over every real server reply in
// testdata/responses.json and checks the primary code and, where the row
// lists them, that the expected alternatives appear in that order.
func TestExplainRealResponses(t *testing.T) {
	rows := loadResponses(t)

	// The table must stay broad: at least 80 distinct replies, 12
	// providers or server programs, both protocols, each with a source.
	texts, providers, protocols := map[string]bool{}, map[string]bool{}, map[Protocol]bool{}
	for _, r := range rows {
		texts[r.Text] = true
		providers[r.Provider] = true
		protocols[r.Protocol] = true
		assert.True(t, strings.HasPrefix(r.Source, "https://"), "%s: source %q", r.ID, r.Source)
		assert.True(t, r.Code.Known(), "%s: unknown code %q", r.ID, r.Code)
	}
	assert.GreaterOrEqual(t, len(texts), 80, "distinct texts")
	assert.GreaterOrEqual(t, len(providers), 12, "providers")
	assert.True(t, protocols[ProtocolIMAP] && protocols[ProtocolSMTP], "both protocols")

	for _, r := range rows {
		t.Run(r.ID, func(t *testing.T) {
			f := Explain(r.Text, Hints{Protocol: r.Protocol, Host: r.Host, Stage: probe.Stage(r.Stage)})
			require.Equal(t, r.Code, f.Code, "text: %s\nrule: %s\nnote: %s", r.Text, f.Evidence.Rule, r.Note)
			assertAlternativesInOrder(t, r.Alternatives, f)
			assert.NotEmpty(t, f.Evidence.Text)
			if f.Code != CodeOK && f.Code != CodeUnknown {
				assert.NotEmpty(t, f.Evidence.Source, "rule %s has no source", f.Evidence.Rule)
			}
		})
	}
}

// assertAlternativesInOrder checks that want is a subsequence of f's
// alternatives: every expected code is there, in the expected order.
func assertAlternativesInOrder(t *testing.T, want []Code, f Finding) {
	t.Helper()
	got := make([]Code, len(f.Alternatives))
	for k, a := range f.Alternatives {
		got[k] = a.Code
	}
	n := 0
	for _, g := range got {
		if n < len(want) && g == want[n] {
			n++
		}
	}
	assert.Equal(t, len(want), n, "alternatives: want %v in order within %v (rule %s)", want, got, f.Evidence.Rule)
}
