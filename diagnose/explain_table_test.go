package diagnose

import (
	"encoding/json"
	"os"
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
	Year         int      `json:"year"`
	Client       string   `json:"client"`
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
// testdata/responses.json. How often the primary code is right is
// TestAccuracy's business (with targets and docs/accuracy.md); here each
// row must come back whole: evidence quoted, a source for every rule, and
// where the code is right, the expected alternatives in that order.
func TestExplainRealResponses(t *testing.T) {
	t.Parallel() // long and read-only: it runs beside TestPrefilterAgreesWithPattern
	rows := loadResponses(t)
	protocols := map[Protocol]bool{}
	for _, r := range rows {
		protocols[r.Protocol] = true
	}
	assert.True(t, protocols[ProtocolIMAP] && protocols[ProtocolSMTP], "both protocols")

	for _, r := range rows {
		t.Run(r.ID, func(t *testing.T) {
			f := Explain(r.Text, Hints{Protocol: r.Protocol, Host: r.Host, Stage: probe.Stage(r.Stage)})
			assert.True(t, f.Code.Known(), "code %q", f.Code)
			assert.NotEmpty(t, f.Evidence.Text)
			if f.Code != CodeOK && f.Code != CodeUnknown {
				assert.NotEmpty(t, f.Evidence.Source, "rule %s has no source", f.Evidence.Rule)
			}
			if f.Code == r.Code {
				assertAlternativesInOrder(t, r.Alternatives, f)
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
