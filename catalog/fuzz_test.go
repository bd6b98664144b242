package catalog

import (
	"strings"
	"testing"
	"time"
)

// FuzzFillDates: any text, any day. Filling never panics, leaves text
// without placeholders unchanged, and replaces every placeholder of a
// known dated fact.
func FuzzFillDates(f *testing.F) {
	f.Add("{when:ms-smtp-basic-default-off}; {when:ms-smtp-final-removal}.", int64(1796428800)) // 2026-12-04
	f.Add("Since {when:ms-ews-retirement}", int64(1800000000))
	f.Add("{when:no-such-fact} {when:", int64(0))
	f.Add("plain text with {braces}", int64(-62135596800)) // year 1
	f.Fuzz(func(t *testing.T, s string, unix int64) {
		now := time.Unix(unix%(1<<40), 0)
		got := FillDates(s, now)
		if !strings.Contains(s, "{when:") && got != s {
			t.Fatalf("text without placeholders changed: %q -> %q", s, got)
		}
		for _, df := range datedFacts {
			if strings.Contains(got, "{when:"+df.ID+"}") {
				t.Fatalf("placeholder for %s left in %q", df.ID, got)
			}
		}
	})
}
