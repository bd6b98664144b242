// Package diagnose turns what the mailcheck probes observed into a stable
// code, the provider behind the account, and remediation that is true
// today.
//
// # Entry points
//
// [Diagnose] checks an account end to end: it finds the servers when they
// are not given, runs the IMAP and SMTP probes side by side (one login
// attempt each, so provider lockouts are not fed), identifies the provider
// and returns a [Report]. Use it behind a "Test connection" button.
//
// [Explain] classifies text a customer pasted: a server reply ("535 5.7.139
// Authentication unsuccessful, ...") or a client's error message. It does
// no I/O. Use it in a support desk.
//
// [ClassifyIMAP] and [ClassifySMTP] classify probe results you obtained
// yourself with package imapcheck or smtpcheck; [CrossCheck] reads the two
// together.
//
// # Behind a button
//
// [Report.Primary] is the one finding to show: the one that decided the
// [Verdict], first in Findings, and what Summary leads with. Options.Budget
// bounds the whole diagnosis ([DefaultBudget], or [InteractiveBudget] for an
// answer within 10 s); the steps share it, and a budget that runs out is a
// finding ([Report].BudgetExhausted), not an error. When the caller's ctx
// ends first, Diagnose returns the partial report with ctx's error. Store
// [Report.Lean], a few KB without the probes' transcripts. Diagnose returns
// as soon as the answer is known and finishes LOGOUT and QUIT behind it;
// its network steps end a twentieth of the budget early (at most 250 ms) so
// that classification and your rendering fit inside it too.
// [Wait] waits for those. docs/embedding.md tells the whole story, and
// docs/report.md which fields carry a server's text (escape them in HTML).
//
// # Codes
//
// Every finding carries a [Code] from a fixed list ([Codes]). Codes are
// wire names: scripts may branch on them and they are never renamed. The
// human text around them (Summary, remediation wording) may change between
// versions; do not parse it.
//
// A finding also says how sure it is ([Confidence]), which evidence decided
// it (the exact server line or error), and, where the same evidence fits
// more than one cause, the alternatives ranked with what tells them apart.
// Microsoft 365's IMAP "AUTHENTICATE failed." is the classic case: since
// 2023 Exchange Online answers it to every password login, so from a
// Microsoft 365 server (its host name or its greeting tells) the primary
// code is basic_auth_disabled, and a wrong password is only an
// alternative. The same words with no server named keep a wrong password
// as the code (other Exchange servers say them too); Explain then ranks
// the Microsoft 365 reading first, writes its advice, and says so in
// Finding.AdviceIf.
//
// # Purity
//
// Classification is a pure function of the probe results: no network, no
// clock (results carry their own timestamps), no environment. The same
// input gives the same findings, which keeps the rules table-testable and
// fuzzable. Only Diagnose and [LookupDNS] do I/O.
//
// It is also bounded: the rules read at most 64 KiB of a result's text
// (Explain's bound too), so classification takes time linear in that cap
// whatever a server sent. The probes record the bounds a server reached
// (Limits in their results: untagged responses, literals, SASL rounds,
// the transcript, ...) and each becomes a protocol_error warning.
//
// The rules read the texts the probes let out, which have been through
// the redactor: any four bytes of the password or token are gone from
// them, a server's own words included ("disabled for the [redacted]" when
// the password begins with "Tenant"). A rule's phrase, or an IMAP
// response code, still matches when markers stand for parts of it (a
// marker inside it for four bytes or more) and at least half of it (eight
// bytes or more) is visible; the same text, redacted or not, gives the
// same finding wherever that holds. A marker inside a word, with letters
// on both sides that make exactly one word some rule names
// ("AUTH[redacted]CATE" for a password holding "enti"), is read as that
// word by the rules' patterns; the restored word is never shown, since what
// the marker hides is a piece of the password. A word that is all marker
// cannot be read: a password holding "Dovecot" hides the server's name in
// its greeting, and one holding "Authenticat" leaves Microsoft's
// "AUTHENTICATE failed." as "[redacted]E failed.".
//
// A server guessed from the domain's MX records is probed without the
// password; when it answers, the protocol's code is login_not_tried, never
// ok, and the finding lists what was checked and what was not.
//
// # Remediation
//
// Remediation is data: a catalogue keyed by code, provider and protocol,
// with a generic fallback for every code, kept in package catalog beside
// the provider registry and dated. [Remediate] and [RemediateFinding] look
// an entry up and fill in the mailbox's address; [RenderRemediation]
// renders a finding for the end user, the administrator, the application's
// vendor or the developer.
//
// # Where things live
//
// diagnose does four jobs. Provider facts and the remediation text are
// data that other packages need too (mailtest's fakes imitate the same
// providers), so they live in package catalog, which diagnose and mailtest
// both import; [Code], [Protocol], [Audience], [Remediation] and
// [ProviderInfo] here are aliases of catalog's types, so code written
// against diagnose keeps compiling. The other three jobs share the
// unexported observation type and the rule tables, and splitting them into
// packages would force that vocabulary into the public API, so they are
// files of this package:
//
//   - classification: observation.go (probe results and pasted text read
//     into one shape), rules.go, rules_table.go, rules_reason.go and
//     rules_documented.go (the rules; the last holds what providers
//     document for their own servers), classify.go,
//     crosscheck.go (both protocols read together), explain.go and
//     explain_errors.go (pasted text), warnings.go;
//   - provider detection: detect.go (DetectProvider over the registry),
//     providers.go (registry access), provider.go (the Provider result);
//   - discovery and probe orchestration: diagnose.go, discover.go,
//     resolver.go, report.go, budget.go (how a budget is shared),
//     primary.go (Primary and Lean);
//   - remediation lookup and rendering: remedy.go.
package diagnose
