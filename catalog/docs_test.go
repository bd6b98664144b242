package catalog

import (
	"io/fs"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestProvidersDocCoversTheRegistry fails when a source, a link or a dated
// fact of the catalogue is missing from docs/providers.md, or an entry
// points at a section the file does not have: every fact the code uses is
// written down with its source and checked date.
func TestProvidersDocCoversTheRegistry(t *testing.T) {
	b, err := os.ReadFile("../docs/providers.md")
	require.NoError(t, err)
	doc := string(b)
	sections := map[string]bool{}
	for _, m := range regexp.MustCompile(`(?m)^## (\d+)\. `).FindAllStringSubmatch(doc, -1) {
		sections[m[1]] = true
	}
	for _, info := range All() {
		assert.True(t, sections[info.Section], "%s: docs/providers.md has no section %s", info.ID, info.Section)
		for _, s := range info.Sources {
			assert.True(t, strings.Contains(doc, s.URL), "%s: source %s missing from docs/providers.md", info.ID, s.URL)
			assert.True(t, sections[strings.TrimPrefix(s.Section, "§")], "%s: source cites missing section %s", info.ID, s.Section)
		}
		for _, r := range info.Remedies {
			for _, l := range r.Links {
				assert.True(t, strings.Contains(doc, l.URL), "%s/%s: link %s missing from docs/providers.md", info.ID, r.Code, l.URL)
			}
		}
	}
	for _, f := range DatedFacts() {
		assert.True(t, strings.Contains(doc, "`"+f.ID+"`"), "dated fact %s is not listed", f.ID)
		assert.True(t, strings.Contains(doc, f.Source.URL), "dated fact %s: source missing", f.ID)
	}
}

// TestNoReferencesOutsideTheRepository: the repository documents itself;
// nothing in it may point at files that only exist beside it.
func TestNoReferencesOutsideTheRepository(t *testing.T) {
	outside := regexp.MustCompile(`/work/|\.\./shared/|(?i)fact sheet`)
	err := filepath.WalkDir("..", func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if d.IsDir() {
			if strings.HasPrefix(d.Name(), ".") && path != ".." {
				return filepath.SkipDir
			}
			return nil
		}
		switch filepath.Ext(path) {
		case ".go", ".md":
		default:
			return nil
		}
		if strings.HasSuffix(path, "docs_test.go") {
			return nil
		}
		b, err := os.ReadFile(path)
		if err != nil {
			return err
		}
		for i, line := range strings.Split(string(b), "\n") {
			if outside.MatchString(line) {
				t.Errorf("%s:%d refers outside the repository: %s", path, i+1, strings.TrimSpace(line))
			}
		}
		return nil
	})
	require.NoError(t, err)
}
