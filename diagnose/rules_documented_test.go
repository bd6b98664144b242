package diagnose

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/mailcheck-go/mailcheck/probe"
)

// TestDocumentedRulesDecideCorpusRows holds the documented tables to what
// they claim: each rule reads texts a provider documents, so each must
// decide at least one row of the corpus whose source is a page of that
// provider, and give that row its expected code. A rule shadowed by an
// earlier one, or one whose pattern matches none of the texts it was
// written for, fails here.
func TestDocumentedRulesDecideCorpusRows(t *testing.T) {
	t.Parallel() // long and read-only: it runs beside TestPrefilterAgreesWithPattern
	rows := loadResponses(t)
	documented := map[string]rule{}
	for _, tab := range [][]rule{documentedFirstRules, documentedRules} {
		for _, r := range tab {
			documented[r.ID] = r
		}
	}
	require.NotEmpty(t, documented)

	decided := map[string]int{}
	for _, row := range rows {
		f := Explain(row.Text, Hints{Protocol: row.Protocol, Host: row.Host, Stage: probe.Stage(row.Stage)})
		r, ok := documented[f.Evidence.Rule]
		if !ok {
			continue
		}
		decided[r.ID]++
		assert.Equal(t, row.Code, f.Code, "%s: rule %s", row.ID, r.ID)
	}
	for id, r := range documented {
		assert.Positive(t, decided[id], "rule %s decides no corpus text from %s", id, r.Source)
		assert.False(t, strings.Contains(r.Source, "github.com"), "rule %s: the source is a provider's page, not an issue thread", id)
	}
}
