package fleet

import (
	"fmt"
	"slices"
	"strconv"
	"strings"

	"github.com/mailcheck-go/mailcheck/catalog"
	"github.com/mailcheck-go/mailcheck/diagnose"
)

// Handoff is a message for whoever must act on one cause: the tenant
// admin, the application's vendor or the users. It carries the steps, the
// evidence lines and the affected mailboxes, never a secret.
type Handoff struct {
	// Audience is who must act: admin, vendor (the maker of the
	// application) or user, the catalogue's values.
	Audience diagnose.Audience `json:"audience"`
	// To names the recipient in words ("The Microsoft 365 administrator
	// of contoso.example").
	To string `json:"to"`
	// Subject is a one-line subject for the message.
	Subject string `json:"subject"`
	// Explanation says in plain words what is going on.
	Explanation string `json:"explanation,omitempty"`
	// Steps are numbered steps for the recipient.
	Steps []string `json:"steps"`
	// NoLongerWorks lists fixes that circulate but do not work any more.
	NoLongerWorks []string `json:"no_longer_works,omitempty"`
	// Evidence lists what the servers said, with the mailboxes that saw it.
	Evidence []string `json:"evidence"`
	// Mailboxes are the affected mailboxes, sorted.
	Mailboxes []string `json:"mailboxes"`
	// Links are official pages worth reading.
	Links []diagnose.Link `json:"links,omitempty"`
	// Rule is the conclusion's rule id, when one decided the message.
	Rule string `json:"rule,omitempty"`
	// Groups are the ids of the groups it covers.
	Groups []string `json:"groups"`
	// Checked is the date the catalogue facts were last verified.
	Checked string `json:"checked,omitempty"`
}

// Handoffs writes one message per cause: per failing group, except that
// groups of one domain, tenant, code (with its certificate reason and
// scope) and the same mailboxes on IMAP and SMTP share one; a conclusion
// that covers groups replaces their separate messages with one, and a
// conclusion that covers none (an odd server) gets its own. The order
// follows the conclusions, then the groups.
func Handoffs(groups []Group, conclusions []Conclusion) []Handoff {
	byID := map[string]*Group{}
	for i := range groups {
		byID[groups[i].ID] = &groups[i]
	}
	covered := map[string]bool{}
	out := []Handoff{}
	for _, c := range conclusions {
		h := Handoff{Audience: c.Audience, Subject: c.Title, Rule: c.Rule,
			Evidence: slices.Clone(c.Evidence), Mailboxes: slices.Clone(c.Mailboxes), Groups: slices.Clone(c.Groups)}
		if h.Groups == nil {
			h.Groups = []string{}
		}
		org := c.Domain
		if c.Tenant != "" {
			org = c.Tenant
		}
		h.To = recipient(c.Audience, org, providerOf(byID, c.Groups))
		h.Steps = slices.Clone(c.Steps)
		n := len(h.Steps)
		for _, id := range c.Groups {
			covered[id] = true
			if g := byID[id]; g != nil && g.Remediation != nil {
				addRemedy(&h, g, c.Audience)
			}
		}
		if mailboxScoped(c.Rule) {
			// The conclusion says to leave the organisation's setting as
			// it is; the catalogue's step for the whole organisation
			// would say the opposite.
			h.Steps = slices.Concat(h.Steps[:n], slices.DeleteFunc(slices.Clone(h.Steps[n:]), catalog.OrganisationWide))
		}
		if c.Source != "" {
			h.Links = appendLink(h.Links, diagnose.Link{Title: "Source for this reading", URL: c.Source})
		}
		out = append(out, h)
	}
	// One cause seen on both protocols by the same mailboxes (a
	// certificate, a silent host, a password) is one message, not one per
	// protocol (a firm administrator's find: 14 hand-offs for 8 things to
	// do, the README promising one per cause).
	sameCause := map[string]int{}
	for i := range groups {
		g := &groups[i]
		if !failing(g.Code) || covered[g.ID] {
			continue
		}
		aud := diagnose.AudienceUser
		if g.Remediation != nil && g.Remediation.Audience != "" {
			aud = g.Remediation.Audience
		}
		if aud == diagnose.AudienceUser && connectionSetting(g.Code) {
			// The servers, ports and security of a fleet come from the
			// accounts file, which its administrator wrote (a firm
			// administrator's find: a closed port went "To: Each user
			// listed ... Check the port").
			aud = diagnose.AudienceAdmin
		}
		key := strings.Join([]string{string(aud), g.Domain, g.Tenant, string(g.Code), string(g.CertReason), string(g.Scope),
			strconv.FormatBool(g.Unauthenticated), strings.Join(g.Mailboxes, ",")}, "\x00")
		if j, ok := sameCause[key]; ok {
			h := &out[j]
			proto := " " + strings.ToUpper(string(g.Protocol)) + " "
			for _, p := range []string{" IMAP ", " SMTP "} {
				if p != proto && strings.Contains(h.Subject, ":"+p) {
					h.Subject = strings.Replace(h.Subject, ":"+p, ":"+p+"and"+proto, 1)
					break
				}
			}
			h.Groups = append(h.Groups, g.ID)
			for _, e := range g.Evidence {
				if l := evidenceLine(g, e); !slices.Contains(h.Evidence, l) {
					h.Evidence = append(h.Evidence, l)
				}
			}
			addRemedy(h, g, aud)
			continue
		}
		h := Handoff{Audience: aud, To: recipient(aud, g.Domain, g.Provider), Subject: g.Summary,
			Mailboxes: slices.Clone(g.Mailboxes), Groups: []string{g.ID}, Evidence: []string{}, Steps: []string{}}
		for _, e := range g.Evidence {
			h.Evidence = append(h.Evidence, evidenceLine(g, e))
		}
		addRemedy(&h, g, aud)
		sameCause[key] = len(out)
		out = append(out, h)
	}
	return out
}

// mailboxScoped reports whether the conclusion rule id is one whose
// scope is a few mailboxes, unlike the rest of the organisation.
func mailboxScoped(id string) bool {
	for _, r := range DefaultRules {
		if r.ID == id {
			return r.Scope == diagnose.ScopeMailbox
		}
	}
	return false
}

// addRemedy adds a group's catalogue text for aud to h. Catalogue steps
// carry the first mailbox's address; with several mailboxes, the message
// says to repeat them for each.
func addRemedy(h *Handoff, g *Group, aud diagnose.Audience) {
	r := g.Remediation
	if r == nil {
		return
	}
	if h.Explanation == "" {
		h.Explanation = r.Explanation
	}
	steps := r.AdminSteps
	switch {
	case aud == diagnose.AudienceUser || len(steps) == 0:
		steps = r.UserSteps
	case r.Audience == diagnose.AudienceUser && connectionSetting(g.Code):
		// The settings' steps, then the server side's.
		steps = slices.Concat(r.UserSteps, r.AdminSteps)
	}
	if isVendor(aud) {
		steps = nil // the conclusion's own steps are the vendor's; the
		// catalogue's user and admin steps would mislead them
	}
	for _, s := range steps {
		// The catalogue filled in the address of the mailbox the text
		// was written for; with several mailboxes, say so.
		if g.Count > 1 {
			if m, ok := mentioned(s, g.Mailboxes); ok {
				s += " (shown for " + m + "; repeat for each mailbox listed)"
			}
		}
		if !slices.Contains(h.Steps, s) {
			h.Steps = append(h.Steps, s)
		}
	}
	for _, s := range r.NoLongerWorks {
		if !slices.Contains(h.NoLongerWorks, s) {
			h.NoLongerWorks = append(h.NoLongerWorks, s)
		}
	}
	for _, l := range r.Links {
		h.Links = appendLink(h.Links, l)
	}
	if r.Checked > h.Checked {
		h.Checked = r.Checked
	}
}

// mentioned returns the first of mailboxes that s names.
func mentioned(s string, mailboxes []string) (string, bool) {
	for _, m := range mailboxes {
		if strings.Contains(s, m) {
			return m, true
		}
	}
	return "", false
}

func appendLink(ls []diagnose.Link, l diagnose.Link) []diagnose.Link {
	for _, x := range ls {
		if x.URL == l.URL {
			return ls
		}
	}
	return append(ls, l)
}

func providerOf(byID map[string]*Group, ids []string) string {
	for _, id := range ids {
		if g := byID[id]; g != nil {
			return g.Provider
		}
	}
	return ""
}

// connectionSetting reports a code that a connection's settings (server,
// port, security, network) decide rather than the mailbox's owner. In a
// fleet those come from the accounts file or from discovery for the
// firm's own domains: either way its administrator, not each user, acts.
func connectionSetting(c diagnose.Code) bool {
	switch c {
	case diagnose.CodeDNSFailure, diagnose.CodeConnectionRefused, diagnose.CodeConnectionTimeout,
		diagnose.CodeNetworkUnreachable, diagnose.CodeTLSWrongMode, diagnose.CodeStartTLSUnavailable,
		diagnose.CodePlaintextDisallowed:
		return true
	}
	return false
}

// isVendor says whether aud is the application's maker: the catalogue's
// vendor, or its developer (whoever integrates the mail client).
func isVendor(aud diagnose.Audience) bool {
	return aud == diagnose.AudienceVendor || aud == diagnose.AudienceDeveloper
}

// recipient names who gets the message.
func recipient(aud diagnose.Audience, domain, provider string) string {
	switch aud {
	case diagnose.AudienceAdmin:
		// A business service (not a consumer one that owns its address
		// domains, not server software run by anyone) has an admin
		// console of its own: name it.
		if info, ok := catalog.Lookup(catalog.ID(provider)); ok && info.Kind == catalog.KindProvider && len(info.Domains) == 0 {
			return "The " + info.Name + " administrator of " + domain
		}
		return "The mail administrator of " + domain
	case diagnose.AudienceVendor, diagnose.AudienceDeveloper:
		return "The vendor of the application that connects to " + domain + "'s mailboxes"
	}
	return "Each user listed, at " + domain
}

// Text renders the message as plain text, ready to paste into an email.
func (h Handoff) Text() string {
	var b strings.Builder
	fmt.Fprintf(&b, "To: %s\nSubject: %s\n\n", h.To, h.Subject)
	if h.Explanation != "" {
		b.WriteString(wrap(h.Explanation, 76) + "\n\n")
	}
	if len(h.Steps) > 0 {
		b.WriteString("What to do:\n")
		for i, s := range h.Steps {
			fmt.Fprintf(&b, "  %d. %s\n", i+1, s)
		}
		b.WriteString("\n")
	}
	if len(h.NoLongerWorks) > 0 {
		b.WriteString("What no longer works:\n")
		for _, s := range h.NoLongerWorks {
			fmt.Fprintf(&b, "  - %s\n", s)
		}
		b.WriteString("\n")
	}
	fmt.Fprintf(&b, "Mailboxes affected (%d):\n", len(h.Mailboxes))
	for _, m := range h.Mailboxes {
		fmt.Fprintf(&b, "  - %s\n", m)
	}
	if len(h.Evidence) > 0 {
		b.WriteString("\nWhat the servers said:\n")
		for _, e := range h.Evidence {
			// Server words go on one line with control characters
			// blanked: a message must not carry a terminal's escapes.
			fmt.Fprintf(&b, "  - %s\n", oneLine(e))
		}
	}
	if len(h.Links) > 0 {
		b.WriteString("\nMore:\n")
		for _, l := range h.Links {
			fmt.Fprintf(&b, "  - %s: %s\n", l.Title, l.URL)
		}
	}
	if h.Checked != "" {
		fmt.Fprintf(&b, "\n(Facts checked %s.)\n", h.Checked)
	}
	return b.String()
}

// Markdown renders the message as Markdown, for a ticket or a chat. Server
// words are set in code spans so no markup in them takes effect.
func (h Handoff) Markdown() string {
	var b strings.Builder
	fmt.Fprintf(&b, "### %s\n\n**To:** %s\n\n", mdEscape(h.Subject), mdEscape(h.To))
	if h.Explanation != "" {
		b.WriteString(mdEscape(h.Explanation) + "\n\n")
	}
	if len(h.Steps) > 0 {
		b.WriteString("**What to do**\n\n")
		for i, s := range h.Steps {
			fmt.Fprintf(&b, "%d. %s\n", i+1, mdEscape(s))
		}
		b.WriteString("\n")
	}
	if len(h.NoLongerWorks) > 0 {
		b.WriteString("**What no longer works**\n\n")
		for _, s := range h.NoLongerWorks {
			fmt.Fprintf(&b, "- %s\n", mdEscape(s))
		}
		b.WriteString("\n")
	}
	fmt.Fprintf(&b, "**Mailboxes affected (%d)**\n\n", len(h.Mailboxes))
	for _, m := range h.Mailboxes {
		fmt.Fprintf(&b, "- %s\n", mdCode(m))
	}
	if len(h.Evidence) > 0 {
		b.WriteString("\n**What the servers said**\n\n")
		for _, e := range h.Evidence {
			fmt.Fprintf(&b, "- %s\n", mdCode(e))
		}
	}
	if len(h.Links) > 0 {
		b.WriteString("\n**More**\n\n")
		for _, l := range h.Links {
			fmt.Fprintf(&b, "- [%s](<%s>)\n", mdEscape(l.Title), strings.NewReplacer("<", "%3C", ">", "%3E").Replace(l.URL))
		}
	}
	if h.Checked != "" {
		fmt.Fprintf(&b, "\n_Facts checked %s._\n", h.Checked)
	}
	return b.String()
}

// mdEscape backslash-escapes the Markdown punctuation that can start
// markup inside a line (emphasis, code, links, HTML, tables) and keeps the
// text on one line. Every caller puts the text after a list marker or a
// heading, so line-start markers need no escape.
func mdEscape(s string) string {
	var b strings.Builder
	for _, r := range oneLine(s) {
		if strings.ContainsRune("\\`*_[]<>|~", r) {
			b.WriteByte('\\')
		}
		b.WriteRune(r)
	}
	return b.String()
}

// mdCode sets s in a code span long enough that no backtick run inside
// closes it.
func mdCode(s string) string {
	s = oneLine(s)
	fence := "`"
	for strings.Contains(s, fence) {
		fence += "`"
	}
	return fence + " " + s + " " + fence
}

func oneLine(s string) string {
	return strings.Join(strings.Fields(strings.Map(func(r rune) rune {
		if r < 0x20 || r == 0x7f {
			return ' '
		}
		return r
	}, s)), " ")
}

// wrap folds s at width on spaces.
func wrap(s string, width int) string {
	var b strings.Builder
	n := 0
	for i, w := range strings.Fields(s) {
		if i > 0 {
			if n+1+len(w) > width {
				b.WriteByte('\n')
				n = 0
			} else {
				b.WriteByte(' ')
				n++
			}
		}
		b.WriteString(w)
		n += len(w)
	}
	return b.String()
}

func itoa(n int) string { return fmt.Sprint(n) }

// NothingToHandOff is what to say when a run has no hand-off, or "" when
// it has one: that nothing is wrong only with the mailboxes that were
// checked and signed in to, and how many were not (a reviewer's find: a
// run whose every mailbox the ledger held back said "every mailbox
// checked works", and an admin would have closed the ticket).
func (r *Report) NothingToHandOff() string {
	if len(r.Handoffs) > 0 {
		return ""
	}
	c := r.Counts
	var s string
	switch n := c.Checked - c.NoSecret; {
	case n == 1:
		s = "Nothing to hand off: the one mailbox checked and signed in to works."
	case n > 1:
		s = "Nothing to hand off: the " + itoa(n) + " mailboxes checked and signed in to work."
	default:
		s = "Nothing to hand off, but no mailbox was signed in to, so nothing is known to work."
	}
	var not []string
	if c.NoSecret > 0 {
		not = append(not, plural(c.NoSecret, "mailbox was", "mailboxes were")+" checked without signing in (no password or token)")
	}
	if c.Skipped > 0 {
		not = append(not, plural(c.Skipped, "mailbox was", "mailboxes were")+" held back by the ledger (signed in to within the cool-down) and not checked")
	}
	if c.Invalid > 0 {
		not = append(not, plural(c.Invalid, "entry", "entries")+" could not be read")
	}
	if c.Interrupted > 0 {
		not = append(not, plural(c.Interrupted, "mailbox was", "mailboxes were")+" not reached before the run was interrupted")
	}
	if len(not) > 0 {
		s += " Not known: " + strings.Join(not, "; ") + "."
	}
	return s
}
