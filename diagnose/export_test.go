package diagnose

import "github.com/mailcheck-go/mailcheck/catalog"

// FindingForEntry returns f as a rule whose reading entry e was written
// for would have made it: with e's phase and situation, which a finding
// carries unexported. The catalogue's documents render each entry through
// it, so an entry for the server's own fault or for one situation shows
// its own words, not the code's general entry.
func FindingForEntry(f Finding, e catalog.Remediation) Finding {
	f.phase, f.situation = e.Phase, e.Situation
	return f
}
