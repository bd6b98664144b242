// Package catalog is what mailcheck knows, kept as data: the diagnosis
// codes, the provider registry, and the remediation text for each code at
// each provider.
//
// It sits below package diagnose and beside the probes, so that diagnose
// (which decides), mailtest (whose fake servers imitate the providers) and
// the command line all read the same facts; it imports nothing of
// mailcheck's but package probe. It does no I/O.
//
// # Providers
//
// Each provider, server program or family is one file holding one [Info]
// value: its [ID] constant, name, aliases, parent or reseller, published
// endpoints, the host, MX, SPF, greeting, banner and text patterns that
// identify it, its remediation entries, and the public sources of those
// facts with the date each was checked. Adding a provider is adding one
// file (and its tests); ids are typed constants, so a misspelt id does not
// compile. docs/providers.md records every fact with its source, one
// section per provider; code comments cite it by section ("providers.md
// §1").
//
// # Adding a provider
//
//  1. Write the facts, with sources and the day you read them, into a new
//     section of docs/providers.md.
//  2. Add one file here, named after the id, declaring the ID constant and
//     one registered Info value: hosts and fingerprints (each pattern may
//     belong to one entry only), endpoints, Sources, Codes and Remedies.
//  3. Run go test ./catalog ./diagnose ./cmd/mailcheck; regenerate
//     docs/remediation.md with go test ./diagnose -run TestRemediation
//     -update and read the diff as a user would.
//
// # Remediation
//
// Remediation is a catalogue keyed by code, provider and (where the fix
// differs) protocol, with one generic entry per code in generic.go: adding
// a code means adding its generic entry there. [Find] walks from the
// provider's own entry through its parents ([Info.Parent]) to the generic
// one. Entries say who must act ([Audience]): the mailbox owner, the
// administrator, or the application's vendor.
//
// # Dates
//
// Advice that depends on the calendar cites a [DatedFact] as {when:id}
// instead of stating a tense; [FillDates] words it for the day the advice
// is read ("about 27 days from now" before, "since" after), so
// one entry stays true on every day and tests can render it on any day.
package catalog
