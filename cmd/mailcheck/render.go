package main

import (
	"fmt"
	"io"
	"net"
	"strconv"
	"strings"

	"github.com/mailcheck-go/mailcheck/diagnose"
	"github.com/mailcheck-go/mailcheck/probe"
)

// style adds ANSI colour when on is set: only when stdout is a terminal
// and NO_COLOR is unset or empty (https://no-color.org).
type style struct{ on bool }

func newStyle(e *env) style { return newStyleFor(e, e.Stdout) }

// newStyleFor is newStyle for another stream than stdout (progress on
// stderr).
func newStyleFor(e *env, stream any) style {
	return style{on: e.IsTerminal(stream) && e.Getenv("NO_COLOR") == "" && e.Getenv("TERM") != "dumb"}
}

func (s style) wrap(code, text string) string {
	if !s.on || text == "" {
		return text
	}
	return "\x1b[" + code + "m" + text + "\x1b[0m"
}

func (s style) bold(t string) string   { return s.wrap("1", t) }
func (s style) dim(t string) string    { return s.wrap("2", t) }
func (s style) red(t string) string    { return s.wrap("1;31", t) }
func (s style) green(t string) string  { return s.wrap("1;32", t) }
func (s style) yellow(t string) string { return s.wrap("33", t) }

// protocolOutcome is proto's outcome in r, or nil when proto was not
// probed.
func protocolOutcome(r *diagnose.Report, proto diagnose.Protocol) *diagnose.Outcome {
	switch {
	case proto == diagnose.ProtocolIMAP && r.IMAP != nil:
		return &r.IMAP.Outcome
	case proto == diagnose.ProtocolSMTP && r.SMTP != nil:
		return &r.SMTP.Outcome
	}
	return nil
}

// renderReport writes a report for people: one block per protocol with its
// verdict, cause, who must act, the steps and links; then warnings and the
// combined verdict. Every string from the report passes through printable
// or printableLine (printable.go) before it is written.
func renderReport(w io.Writer, st style, r *diagnose.Report, transcript bool) {
	head := printableLine(r.Email)
	if r.Provider.ID != "" && r.Provider.ID != "unknown" {
		head += " · " + printableLine(r.Provider.Name)
	}
	fmt.Fprintln(w, st.bold(head))
	if r.IMAP != nil {
		fmt.Fprintln(w)
		renderProtocol(w, st, r, diagnose.ProtocolIMAP, r.IMAP.Outcome)
		if transcript && r.IMAP.Probe != nil {
			renderTranscript(w, st, r.IMAP.Probe.Transcript)
		}
	}
	if r.SMTP != nil {
		fmt.Fprintln(w)
		renderProtocol(w, st, r, diagnose.ProtocolSMTP, r.SMTP.Outcome)
		if transcript && r.SMTP.Probe != nil {
			renderTranscript(w, st, r.SMTP.Probe.Transcript)
		}
	}
	// A protocol's own outcome, when it is a warning (login_not_tried),
	// was shown above: it is not repeated here (a new CLI user's find).
	shown := map[diagnose.Protocol]bool{}
	var other []diagnose.Finding
	for _, f := range r.Findings {
		if out := protocolOutcome(r, f.Protocol); !shown[f.Protocol] && out != nil && out.Code == f.Code {
			shown[f.Protocol] = true
			continue
		}
		if f.Severity != diagnose.SeverityError && f.Code != diagnose.CodeOK {
			other = append(other, f)
		}
	}
	if len(other) > 0 {
		fmt.Fprintln(w)
		fmt.Fprintln(w, st.bold("Also worth knowing:"))
		for _, f := range other {
			proto := ""
			if f.Protocol != "" {
				proto = strings.ToUpper(string(f.Protocol)) + " "
			}
			fmt.Fprintf(w, "  %s %s%s: %s\n", st.yellow("!"), proto, f.Code, printable(f.Summary))
		}
	}
	fmt.Fprintln(w)
	if r.Verdict.Code == diagnose.CodeOK {
		fmt.Fprintf(w, "%s %s\n", st.bold("Verdict:"), st.green("everything checked works"))
	} else {
		fmt.Fprintf(w, "%s %s\n", st.bold("Verdict:"), st.red(string(r.Verdict.Code)))
	}
	if reason := verdictReason(r); reason != "" {
		fmt.Fprintln(w, indent(printable(reason), "  "))
	}
}

// verdictReason is the verdict's reason as the terminal shows it: with one
// protocol probed, the reason is that protocol's summary, printed in full
// just above, so it is named rather than repeated (a reviewer's find).
// JSON keeps the full reason.
func verdictReason(r *diagnose.Report) string {
	for _, proto := range []diagnose.Protocol{diagnose.ProtocolIMAP, diagnose.ProtocolSMTP} {
		out := protocolOutcome(r, proto)
		if out == nil {
			continue
		}
		only := "Only " + strings.ToUpper(string(proto)) + " was probed"
		if r.Verdict.Reason == only+": "+out.Summary {
			return only + "; its finding is above."
		}
	}
	return r.Verdict.Reason
}

// renderProtocol writes one protocol's verdict and, on failure, its
// primary finding in full.
func renderProtocol(w io.Writer, st style, r *diagnose.Report, p diagnose.Protocol, o diagnose.Outcome) {
	name := strings.ToUpper(string(p))
	where := net.JoinHostPort(printableLine(o.Host), strconv.Itoa(o.Port))
	var how []string
	if o.Security != "" {
		how = append(how, string(o.Security))
	}
	if src := sourceText(o.SettingsSource); src != "" {
		how = append(how, printableLine(src))
	}
	if len(how) > 0 {
		where += " (" + strings.Join(how, ", ") + ")"
	}
	if o.Code == diagnose.CodeOK {
		fmt.Fprintf(w, "%s %s %s  %s\n", st.bold(name), st.green("✔"), st.green("ok"), st.dim(where))
		if o.Summary != "" && o.Summary != "works" {
			fmt.Fprintln(w, indent(printable(o.Summary), "  "))
		}
		return
	}
	fmt.Fprintf(w, "%s %s %s  %s, at %s\n", st.bold(name), st.red("✘"), st.red(string(o.Code)), st.dim(where), printableLine(string(o.Stage)))
	if f, ok := primaryFinding(r, p, o.Code); ok {
		// SMTP failing for the same reason as IMAP gets the evidence, not
		// the same advice twice.
		if p == diagnose.ProtocolSMTP && r.IMAP != nil && r.IMAP.Code == o.Code {
			if fi, ok := primaryFinding(r, diagnose.ProtocolIMAP, o.Code); ok && sameAdvice(fi, f) {
				fmt.Fprintln(w, indent(printable(f.Summary), "  "))
				if f.Evidence.Text != "" {
					fmt.Fprintf(w, "  %s\n", evidenceLine(st, f.Evidence))
				}
				fmt.Fprintln(w, "  What to do: the same as for IMAP, above.")
				return
			}
		}
		renderFinding(w, st, f, "  ")
		return
	}
	if o.Summary != "" {
		fmt.Fprintln(w, indent(printable(o.Summary), "  "))
	}
}

// primaryFinding returns the error finding that decided protocol p's
// code.
func primaryFinding(r *diagnose.Report, p diagnose.Protocol, code diagnose.Code) (diagnose.Finding, bool) {
	for _, f := range r.Findings {
		if f.Protocol == p && f.Code == code && f.Severity == diagnose.SeverityError {
			return f, true
		}
	}
	return diagnose.Finding{}, false
}

// sameAdvice reports whether two findings carry the same catalogue entry.
func sameAdvice(a, b diagnose.Finding) bool {
	if a.Remediation == nil || b.Remediation == nil {
		return a.Remediation == b.Remediation
	}
	return a.Remediation.Code == b.Remediation.Code && a.Remediation.Provider == b.Remediation.Provider &&
		a.Remediation.Title == b.Remediation.Title
}

// renderFinding writes a finding's summary, evidence, who must act, the
// numbered steps, links and alternatives, each line prefixed by pre. A
// reading below high confidence lists its alternatives before the advice,
// where a support person reads them (a fresh reviewer's find: they came
// last, after the facts' date); a high one keeps them last.
func renderFinding(w io.Writer, st style, f diagnose.Finding, pre string) {
	fmt.Fprintln(w, indent(printable(f.Summary), pre))
	if f.Evidence.Text != "" {
		fmt.Fprintf(w, "%s%s\n", pre, evidenceLine(st, f.Evidence))
	}
	var text string
	if rem := f.Remediation; rem != nil {
		// The catalogue's own rendering, for whoever must act first, so
		// the CLI and embedding programs give the same advice. It may
		// quote the server or the host, so it is escaped as well.
		// The rendering keeps its "What mailcheck saw": the part after
		// "Forward this to ..." is what gets forwarded, and it must say
		// what was seen (a reviewer's find, against removing the repeat).
		text = diagnose.RenderRemediation(f, rem.Audience)
	}
	early := f.Confidence != diagnose.ConfidenceHigh
	if early {
		renderAlternatives(w, st, f.Alternatives, f.Summary, text, true, pre)
	}
	if rem := f.Remediation; rem != nil {
		who := audienceText(rem.Audience)
		if f.AdviceIf != "" && rem.Audience != diagnose.AudienceUser {
			// The advice is for the provider the words suggest; the
			// code's own reading is the mailbox owner's to check.
			who += ", if this is " + printable(f.AdviceIf) + "; if not, " + audienceText(diagnose.AudienceUser)
		}
		fmt.Fprintf(w, "%s%s %s\n", pre, st.bold("Who must act:"), who)
		fmt.Fprintln(w, indent(printable(text), pre))
	}
	if !early {
		renderAlternatives(w, st, f.Alternatives, f.Summary, text, false, pre)
	}
}

// renderAlternatives writes a finding's other readings; one whose reading
// the summary or the advice already holds is named, not written out
// again, with where it stands (the advice comes after early
// alternatives).
func renderAlternatives(w io.Writer, st style, alts []diagnose.Alternative, summary, advice string, early bool, pre string) {
	if len(alts) == 0 {
		return
	}
	fmt.Fprintf(w, "%s%s\n", pre, st.dim("Could also be:"))
	for _, a := range alts {
		line := string(a.Code) + ": " + printable(a.Why)
		switch {
		case a.Why != "" && strings.Contains(summary, a.Why):
			line = string(a.Code) + ": the reading written out above"
		case a.Why != "" && strings.Contains(advice, a.Why):
			// The "If this is Microsoft 365" paragraph.
			where := "above"
			if early {
				where = "below"
			}
			line = string(a.Code) + ": the reading written out " + where
		case a.Tell != "":
			line += " (" + printable(a.Tell) + ")"
		}
		fmt.Fprintf(w, "%s  - %s\n", pre, line)
	}
}

// renderTranscript writes the exchange line by line, in
// probe.Transcript.String's format. Each line is escaped on its own, line
// feeds included, so a server cannot forge a line of the transcript.
func renderTranscript(w io.Writer, st style, t probe.Transcript) {
	if len(t) == 0 {
		return
	}
	fmt.Fprintf(w, "  %s\n", st.dim("Transcript (credentials redacted):"))
	for _, l := range t {
		p := "*"
		switch l.Dir {
		case probe.DirClient:
			p = "C:"
		case probe.DirServer:
			p = "S:"
		}
		fmt.Fprintf(w, "    %s %s\n", p, printableLine(l.Text))
	}
}

// evidenceLine is a finding's evidence after its label; a text that
// starts with its label already ("Error: getaddrinfo ENOTFOUND ...") is
// not labelled twice.
func evidenceLine(st style, e diagnose.Evidence) string {
	label := evidenceLabel(e.Kind) + ":"
	text := oneLine(printable(e.Text))
	if len(text) > len(label) && strings.EqualFold(text[:len(label)], label) {
		return text
	}
	return st.dim(label) + " " + text
}

func evidenceLabel(kind string) string {
	switch kind {
	case "server_reply":
		return "Server said"
	case "pasted":
		return "The text says"
	case "network", "tls":
		return "Error"
	case "cross_protocol":
		return "Because"
	}
	return "Observed"
}

// sourceText says where discovered settings came from; "" when given.
func sourceText(src string) string {
	switch src {
	case "", diagnose.SourceGiven:
		return ""
	case diagnose.SourceProviderTable:
		return "provider's published settings"
	case diagnose.SourceSRV:
		return "from the domain's SRV records"
	case diagnose.SourceMXGuess:
		return "guessed from the domain"
	}
	return src
}

func audienceText(a diagnose.Audience) string {
	switch a {
	case diagnose.AudienceUser:
		return "you, the mailbox owner"
	case diagnose.AudienceAdmin:
		return "your mail administrator"
	case diagnose.AudienceDeveloper:
		return "the developer of the mail integration"
	case diagnose.AudienceVendor:
		return "the vendor who makes the mail program or application"
	}
	return string(a)
}

// indent prefixes every non-empty line of s with pre and drops trailing
// newlines.
func indent(s, pre string) string {
	lines := strings.Split(strings.TrimRight(s, "\n"), "\n")
	for i, l := range lines {
		if l != "" {
			lines[i] = pre + l
		}
	}
	return strings.Join(lines, "\n")
}

// oneLine joins multi-line evidence (SMTP replies) with " / ".
func oneLine(s string) string {
	return strings.ReplaceAll(strings.TrimRight(s, "\n"), "\n", " / ")
}
