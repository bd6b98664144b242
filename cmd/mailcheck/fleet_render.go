package main

import (
	"cmp"
	"fmt"
	"io"
	"slices"
	"strings"
	"time"

	"github.com/mailcheck-go/mailcheck/diagnose"
	"github.com/mailcheck-go/mailcheck/fleet"
)

// renderFleet prints a fleet report for people: the counts, the groups by
// cause, then every hand-off message in full. Server text goes through
// printable, like check's.
func renderFleet(w io.Writer, st style, rep *fleet.Report) {
	c := rep.Counts
	if rep.Interrupted {
		fmt.Fprintln(w, st.yellow("Interrupted: this covers only what finished."))
	}
	fmt.Fprintf(w, "%s checked: %s, %s", plural(c.Checked, "mailbox", "mailboxes"), st.green(fmt.Sprint(c.Working)+" working"), st.red(fmt.Sprint(c.Failing)+" with a problem"))
	var more []string
	for _, m := range []struct {
		n    int
		text string
	}{{c.NoSecret, "checked without signing in (no secret)"}, {c.Skipped, "held back by the ledger"}, {c.Invalid, "could not be checked"}, {c.Duplicate, "duplicate"}, {c.Interrupted, "interrupted"}} {
		if m.n > 0 {
			more = append(more, fmt.Sprintf("%d %s", m.n, m.text))
		}
	}
	if len(more) > 0 {
		fmt.Fprintf(w, "; %s", strings.Join(more, ", "))
	}
	fmt.Fprintln(w, ".")
	if line := causesLine(rep.Handoffs); line != "" {
		fmt.Fprintln(w, line)
	}

	if len(rep.Groups) > 0 {
		fmt.Fprintf(w, "\n%s\n", st.bold("By cause"))
		for _, g := range rep.Groups {
			mark := st.green("✔")
			if g.Code != diagnose.CodeOK {
				mark = st.red("✘")
			} else if g.Unauthenticated {
				mark = st.dim("-")
			}
			fmt.Fprintf(w, "  %s %4d  %-4s %-24s %s\n", mark, g.Count, strings.ToUpper(string(g.Protocol)), g.Code, printableLine(g.Domain))
		}
	}
	if len(rep.Warnings) > 0 {
		fmt.Fprintf(w, "\n%s\n", st.bold("Also worth knowing"))
		for _, x := range rep.Warnings {
			summary := x.Summary
			if x.Differs {
				summary += " (details differ between mailboxes; this is the first one's)"
			}
			fmt.Fprintf(w, "  %s %4d  %-4s %-24s %s: %s\n", st.yellow("!"), x.Count, strings.ToUpper(string(x.Protocol)), x.Code, printableLine(x.Domain), printableLine(summary))
		}
	}
	// In the file's order (results come as they finish), so that a
	// second run's held-back list reads like the accounts file (a firm
	// administrator's find: 32 lines in shuffled order).
	accounts := slices.Clone(rep.Accounts)
	slices.SortStableFunc(accounts, func(a, b fleet.Result) int { return cmp.Compare(a.Line, b.Line) })
	for _, r := range accounts {
		switch {
		case r.Status == fleet.StatusInvalid:
			fmt.Fprintf(w, "  %s %s\n", st.yellow("!"), printableLine(r.Error))
		case r.Status == fleet.StatusSkipped:
			fmt.Fprintf(w, "  %s %s\n", st.dim("-"), heldLine(r))
		case r.Status == fleet.StatusDuplicate:
			fmt.Fprintf(w, "  %s %s\n", st.dim("-"), duplicateLine(r))
		case r.Status == fleet.StatusChecked && r.NoSecret:
			fmt.Fprintf(w, "  %s %s (line %d): checked without signing in: no password or token for it in the secrets\n", st.dim("-"), printableLine(r.Email), r.Line)
		case r.Status == fleet.StatusInterrupted:
			fmt.Fprintf(w, "  %s %s (line %d): not checked: the run was interrupted first\n", st.dim("-"), printableLine(r.Email), r.Line)
		}
		for _, ch := range r.Changes {
			fmt.Fprintf(w, "  %s %s: %s\n", st.yellow("~"), printableLine(r.Email), printableLine(ch.Text))
		}
	}
	for i, h := range rep.Handoffs {
		fmt.Fprintf(w, "\n%s\n", st.bold(fmt.Sprintf("Hand-off %d of %d, for the %s", i+1, len(rep.Handoffs), fleet.AudienceName(h.Audience))))
		fmt.Fprint(w, printable(h.Text()))
	}
}

func plural(n int, one, many string) string {
	if n == 1 {
		return "1 " + one
	}
	return fmt.Sprintf("%d %s", n, many)
}

// causesLine counts the hand-offs by who must act: "3 causes to act on: 1
// for the administrator, 2 for the users." (the headline README promises;
// a firm administrator's find: only the mailbox counts were there).
func causesLine(hs []fleet.Handoff) string {
	if len(hs) == 0 {
		return ""
	}
	counts := map[string]int{}
	for _, h := range hs {
		counts[fleet.AudienceName(h.Audience)]++
	}
	var parts []string
	for _, who := range []string{"administrator", "application vendor", "users"} {
		if n := counts[who]; n > 0 {
			parts = append(parts, fmt.Sprintf("%d for the %s", n, who))
		}
	}
	return plural(len(hs), "cause", "causes") + " to act on: " + strings.Join(parts, ", ") + "."
}

// duplicateLine says where a repeated address came first, and whether the
// repeat's settings, which were not checked, differ (a firm
// administrator's find: "listed before; checked once" named neither).
func duplicateLine(r fleet.Result) string {
	s := fmt.Sprintf("%s (line %d): listed before", printableLine(r.Email), r.Line)
	if r.FirstLine > 0 {
		s += fmt.Sprintf(" on line %d", r.FirstLine)
	}
	s += "; checked once"
	if r.SettingsDiffer {
		s += ", with the first line's settings: this line names other servers or user names, which were not checked"
	}
	return s
}

// heldLine says which protocols of an account the ledger held back, and
// when it may be tried again: one line per account.
func heldLine(r fleet.Result) string {
	var protos []string
	var last, retry time.Time
	for _, s := range r.Skipped {
		protos = append(protos, strings.ToUpper(string(s.Protocol)))
		if s.LastAttempt.After(last) {
			last = s.LastAttempt
		}
		if s.RetryAt.After(retry) {
			retry = s.RetryAt
		}
	}
	line := printableLine(r.Email)
	if r.Line > 0 {
		line += fmt.Sprintf(" (line %d)", r.Line)
	}
	out := fmt.Sprintf("%s: %s held back: tried at %s; may be tried again at %s", line, strings.Join(protos, " and "),
		last.Format("2006-01-02 15:04 MST"), retry.Format("2006-01-02 15:04 MST"))
	if k := r.LastKnown; k != nil {
		var known []string
		for _, p := range []struct {
			name string
			st   *fleet.LastProtocol
		}{{"IMAP", k.IMAP}, {"SMTP", k.SMTP}} {
			if p.st != nil {
				known = append(known, fmt.Sprintf("%s %s (%s)", p.name, p.st.Code, p.st.CheckedAt.Format("2006-01-02 15:04 MST")))
			}
		}
		if len(known) > 0 {
			out += "; last result: " + strings.Join(known, ", ")
		}
	}
	return out
}
