// Package fleet checks many mailboxes at once and reads them together: it
// runs package diagnose for every account of a list, a bounded number at
// a time, groups the mailboxes by cause, draws the conclusions no single
// diagnosis can ("every mailbox of the tenant is refused with the same
// words: one setting, one admin"), and writes a hand-off for whoever must
// act.
//
// # Running
//
// [Run] takes the accounts as a stream (an [iter.Seq]), so a list read
// from a file is never held whole, and returns a [Report]. Options bound
// the work: [Options.Limit] diagnoses at once in all and [Options.PerHost]
// per server. Each [Result] reaches [Options.OnResult] as it finishes; the
// full diagnosis rides along for the length of the call only, so memory
// grows with the number of groups and a small row per account, never with
// transcripts.
//
// # Reading across mailboxes
//
// A [Group] is the mailboxes of one domain (and tenant, when the caller
// knows it) that share a code on one protocol. [Conclude] applies
// [DefaultRules], plain data beside diagnose's classifier, to the groups;
// each [Conclusion] names its rule, who must act and the evidence lines it
// rests on. [Handoffs] turns groups and conclusions into messages
// ([Handoff.Text], [Handoff.Markdown]) for the tenant admin, the
// application's vendor or the users. [WriteHTML] writes the whole report
// as one self-contained page.
//
// # Lockouts and drift
//
// A [Ledger] records every authentication attempt in a small file, so no
// account and protocol is tried twice within a cool-down
// ([DefaultCooldown]) by any run, fleet or single check. A [State] keeps
// each account's last result and server facts (greeting, capabilities,
// mechanisms, certificate fingerprint and expiry, TLS version) and says
// what changed since ([Drift]). Both files are mode 0600, shared safely by
// runs at once under an exclusive lock (the ledger appends one line per
// account; the state is merged and replaced by a temporary file and a
// rename), and neither ever holds a secret.
package fleet
