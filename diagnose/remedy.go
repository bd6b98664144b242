package diagnose

import (
	"fmt"
	"regexp"
	"slices"
	"strings"
	"time"

	"github.com/mailcheck-go/mailcheck/catalog"
	"github.com/mailcheck-go/mailcheck/probe"
)

// Vars fills the placeholders of a remediation: {email}, {username},
// {domain} and {identity} (the mailbox as an admin command names it: the
// sign-in name when given, else the address) in steps and commands. Empty
// fields are derived where possible (Username from Email, Domain from the
// part of Email after the "@"),
// otherwise replaced by a readable stand-in such as <user@example.com>, so
// the text never shows a raw placeholder.
type Vars struct {
	Email, Username, Domain string
	// Now is the day the advice is written for: dated facts ("{when:...}"
	// in catalogue text, such as Microsoft's end-2026 SMTP AUTH change) are
	// worded for it, "in 27 days" before the date and "since" after it.
	// Zero means the current time.
	Now time.Time
}

// now is v.Now, or the current time when it is zero.
func (v Vars) now() time.Time {
	if v.Now.IsZero() {
		return time.Now()
	}
	return v.Now
}

// filler fills the placeholders and dated facts of catalogue or rule text.
// Every placeholder starts with "{", and most sentences have none, so those
// are returned as they are; a fleet run fills a few dozen sentences per
// account, so no replacer is built for them either (placeholders is one
// pass of its own).
func (v Vars) filler() func(string) string {
	vals := v.values()
	now := v.now()
	return func(s string) string {
		if strings.IndexByte(s, '{') < 0 {
			return s
		}
		return catalog.FillDates(vals.replace(s), now)
	}
}

// Stand-ins used when a Vars field is empty and cannot be derived.
const (
	standInEmail    = "<user@example.com>"
	standInUsername = "<user name>"
	standInDomain   = "<example.com>"
)

// Remediate returns the catalogue's advice for code at the provider with
// id providerID, with the placeholders filled from v. It picks the most
// specific entry: the provider's own, then its family's (the registry's
// Parent chain: "gmail" falls back to "google", "microsoft365_godaddy" to
// "microsoft365" and then "microsoft"), then the generic one. The returned
// Remediation.Provider says which entry was used ("" for generic).
// Entries written for one protocol only are not chosen here, since the
// protocol is not known; RemediateFinding knows it. Nor are entries
// written for one rule's reading (Situation): only a finding of that
// reading gets them.
//
// For CodeOK it returns a small informational entry (at Microsoft 365 a
// warning that password SMTP AUTH is on its way out); it returns nil only
// for a code that is not in Codes. The result is a fresh copy the caller
// may modify. Remediate does no I/O.
func Remediate(code Code, providerID ProviderID, v Vars) *Remediation {
	if !code.Known() {
		return nil
	}
	e, ok := catalog.Find(code, normalizeProviderID(providerID), "", func(r Remediation) bool { return r.Situation == "" })
	if !ok {
		return nil // unreachable while the catalogue test passes
	}
	return fillRemedy(e, v)
}

// fillRemedy fills an entry's placeholders from v; e is already a copy.
func fillRemedy(r Remediation, v Vars) *Remediation {
	fill := v.filler()
	r.AsOf = v.now().Format(time.DateOnly)
	r.Title = fill(r.Title)
	r.Explanation = fill(r.Explanation) + staleNote(r.Checked, v.now())
	r.Warning = fill(r.Warning)
	for _, s := range [][]string{r.UserSteps, r.AdminSteps, r.VendorSteps, r.NoLongerWorks} {
		for i := range s {
			s[i] = fill(s[i])
		}
	}
	return &r
}

// staleAfter is how old catalogue facts may be before advice says so:
// providers change their pages and plans within months (Microsoft moved
// its SMTP AUTH dates three times in two years).
const staleAfter = 183 * 24 * time.Hour

// staleNote is a sentence for advice read long after its facts were
// checked, or "".
func staleNote(checked string, now time.Time) string {
	day, err := time.Parse(time.DateOnly, checked)
	if err != nil || now.Sub(day) < staleAfter {
		return ""
	}
	return " (mailcheck's facts behind this advice were last checked on " + checked + ", more than six months before " + now.Format(time.DateOnly) + ": check the links before relying on it.)"
}

// certReasonOnly marks catalogue entries that are true for one
// certificate failure only. The hosting entry explains the cPanel
// host-name mismatch; for an expired or untrusted certificate on the same
// host that advice would mislead, so the lookup passes it by.
var certReasonOnly = map[ProviderID]probe.CertReason{
	catalog.IDHosting: probe.CertWrongHost,
}

// RemediateFinding is Remediate for a finding: it picks the entry for the
// finding's protocol where the provider has one (Microsoft 365's IMAP and
// SMTP advice differ), and takes the details of the finding into account
// (an expired certificate on a shared host gets the generic certificate
// advice, not the host-name advice). The warning that a password SMTP AUTH
// works at Microsoft 365 gets the "works today, on its way out" entry,
// not the one its code names for a refused password.
func RemediateFinding(f Finding, providerID ProviderID, v Vars) *Remediation {
	if !f.Code.Known() {
		return nil
	}
	if f.Evidence.Rule == ruleMSSMTPBasicEnding {
		f = Finding{Code: CodeOK, Protocol: f.Protocol}
	}
	phase := findingPhase(f)
	accept := func(r Remediation) bool {
		if r.Situation != "" && r.Situation != f.situation || !phaseFits(r.Phase, phase) {
			return false
		}
		if r.Credential == catalog.CredentialOAuth && !f.OAuth {
			return false
		}
		if r.Code != CodeTLSCertificate || f.CertReason == "" {
			return true
		}
		only, ok := certReasonOnly[r.Provider]
		return !ok || only == f.CertReason
	}
	id := normalizeProviderID(providerID)
	if f.Scope == ScopeTenant && id == catalog.IDGmail {
		// A Google Workspace domain's own switch ("IMAP access is
		// disabled for your domain"): its administrator's advice, not a
		// personal Gmail account's (review 17).
		id = catalog.IDGoogleWorkspace
	}
	// Entries of one kind come first where the finding is of that kind,
	// before a provider's entry for every kind: a refused token needs a
	// new token, whatever the provider's advice for a refused password
	// says (review 14: Exchange's "AccessTokenExpired" got password
	// steps), and a refused message its own advice.
	var first func(Remediation) bool
	switch {
	case f.situation != "":
		// The entry written for this reading, where there is one.
		first = func(r Remediation) bool { return r.Situation == f.situation }
	case f.OAuth && phase != catalog.PhaseDelivery:
		first = func(r Remediation) bool { return r.Credential == catalog.CredentialOAuth }
	case phase == catalog.PhaseDelivery || phase == catalog.PhaseServer:
		first = func(r Remediation) bool { return r.Phase == phase }
	}
	var e Remediation
	ok := false
	if first != nil {
		e, ok = catalog.Find(f.Code, id, f.Protocol, func(r Remediation) bool { return first(r) && accept(r) })
	}
	if !ok {
		if e, ok = catalog.Find(f.Code, id, f.Protocol, accept); !ok {
			return nil
		}
	}
	return oneMailbox(f, askedForAdmin(f, fillRemedy(e, v)))
}

// oneMailbox leaves out the steps that change a setting for a whole
// organisation when the server's words name one mailbox ("disabled for the
// Mailbox"): a new CLI user's find, where Set-TransportConfig was offered
// beside the reply that ruled it out.
func oneMailbox(f Finding, r *Remediation) *Remediation {
	if r == nil || f.Scope != ScopeMailbox {
		return r
	}
	r.AdminSteps = slices.DeleteFunc(slices.Clone(r.AdminSteps), catalog.OrganisationWide)
	return r
}

// contactAdminRE is a server's (or a program's) own request to go to the
// administrator: "contact your administrator", IMAP's [CONTACTADMIN].
var contactAdminRE = regexp.MustCompile(`(?i)\bcontact (your|the|a) (system |mail |email |e-mail |server |it |network )?(administrator|admin|it department|help ?desk|support)\b|\[contactadmin\]|\bask your (administrator|admin)\b`)

// askedForAdmin puts the server's own request first: when the words the
// finding quotes ask the person to contact their administrator, advice
// for the user starts by doing that, rather than with steps in their own
// settings the server's words have already ruled out (a new CLI user's
// find: "IMAP access is disabled for this account, contact your
// administrator" got "Look in your webmail settings" first).
func askedForAdmin(f Finding, r *Remediation) *Remediation {
	// The server's own words only (a program's boilerplate, such as
	// Outlook's "contact your server administrator or ISP", is not the
	// server asking), and only when they ask it outright: not "change it
	// in webmail, or contact your administrator", not "no need to".
	w := f.ServerSays
	if r == nil || r.Audience != AudienceUser || !contactAdminRE.MatchString(w) || adminOptionalRE.MatchString(w) {
		return r
	}
	step := "The server's own words ask you to contact your administrator: forward this message to whoever runs your mail (your organisation's IT, or the provider's support)."
	r.UserSteps = append([]string{step}, r.UserSteps...)
	return r
}

// adminOptionalRE is a request to contact the administrator offered as
// one choice among others, or negated.
var adminOptionalRE = regexp.MustCompile(`(?i)\bor (else )?contact\b|\b(no need|do not need|don't need|not necessary) to contact\b`)

// phaseFits says whether an entry written for phase entry answers a
// finding of phase finding: an entry for a refused message or for the
// server's own fault answers only a finding of that phase, one for the
// sign-in any finding but a refused message's, one for no phase any.
func phaseFits(entry, finding catalog.SessionPhase) bool {
	switch entry {
	case catalog.PhaseDelivery, catalog.PhaseServer:
		return entry == finding
	case catalog.PhaseSignIn:
		return finding != catalog.PhaseDelivery
	}
	return true
}

// deliveryWordsRE are words of a message refused after the sign-in, for
// what it carries or where it comes from; domainAuthWordsRE name a
// domain's own records, which decide for the message even beside
// "authentication failed"; signInWordsRE are words of the sign-in.
var (
	deliveryWordsRE   = regexp.MustCompile(`(?i)spam|unsolicited|block ?list|black ?list|\brbl\b|reputation|\bptr\b|revers(e)? dns|\brdns\b|content|virus|malware|complaints|volume|sending limit|daily|per (day|hour)|recipients?\b|forwarding|client host|not authori[sz]ed to send|unauthenticated|message|mail from|\brcpt\b`)
	domainAuthWordsRE = regexp.MustCompile(`(?i)\b(spf|dkim|dmarc)\b|required authentication level|(^|[^0-9.])5\.7\.(515|509|26)\b`)
	// ownMailboxFullRE are words of the sender's own mailbox being full
	// (Exchange's "STOREDRV.Submission", an upload into the user's own
	// folders; review 18), not a recipient's.
	ownMailboxFullRE = regexp.MustCompile(`(?i)storedrv\.submission|could not be uploaded|\bupload|\bappend\b|\[overquota\]|your (own )?mailbox`)
	signInWordsRE    = regexp.MustCompile(`(?i)failed (login |sign-?in )?attempts|\b53[0-8][ -]|connections? from|\bcountry\b|\blog ?in\b|\blogon\b|sign[- ]?in|authentication (failed|unsuccessful|required|is disabled)|\bpassword|credential|conditional access|security defaults|2-step|two-step|multi-factor|\bmfa\b|oauth|\bauth\b`)
)

// findingPhase says whether a finding is about a message refused after
// the sign-in (PhaseDelivery), the sign-in or before it (PhaseSignIn), or
// cannot tell (""). A policy_blocked sign-in and a policy_blocked
// message need different people and different steps (a Conditional
// Access policy against a block list), and a pasted refusal often names
// no step: then its words decide.
func findingPhase(f Finding) catalog.SessionPhase {
	if f.phase != "" {
		return f.phase
	}
	if f.Code == CodeQuotaExceeded && ownMailboxFullRE.MatchString(f.Evidence.Text) {
		// The sender's own mailbox, whatever stage the words suggest.
		return ""
	}
	switch f.Stage {
	case probe.StageEnvelope, probe.StageData:
		return catalog.PhaseDelivery
	case "", probe.StageQuit, probe.StageAuthenticate:
		// A pasted text's stage may be a guess from its words ("does not
		// meet the required authentication level" is a refused message;
		// review 11): the words decide below.
	default:
		return catalog.PhaseSignIn
	}
	if f.Protocol == ProtocolIMAP || f.Protocol == ProtocolPOP3 {
		return ""
	}
	t := f.Evidence.Text
	if f.Code == CodeQuotaExceeded && f.Protocol == ProtocolSMTP {
		// Over SMTP a full mailbox is the recipient's: a sending quota
		// is rate_limited (review 17: "552 5.2.2 ... over quota" told the
		// sender to delete their own mail).
		return catalog.PhaseDelivery
	}
	switch {
	case f.Stage == probe.StageAuthenticate && f.Code != CodePolicyBlocked && !deliveryWordsRE.MatchString(t):
		return catalog.PhaseSignIn
	case domainAuthWordsRE.MatchString(t):
		// "SPF authentication failed" speaks of the domain's records,
		// not of a sign-in.
		return catalog.PhaseDelivery
	case signInWordsRE.MatchString(t):
		return ""
	case deliveryWordsRE.MatchString(t):
		return catalog.PhaseDelivery
	case f.Code == CodePolicyBlocked && f.Protocol == ProtocolSMTP && f.Stage != probe.StageAuthenticate:
		// A policy refusal over SMTP that names no sign-in is, nearly
		// always, a refused message: Microsoft's "5.7.606 Access denied,
		// banned sending IP", Proofpoint's "Blocked - see ...", "Rejected
		// for policy reasons" (review 10).
		return catalog.PhaseDelivery
	}
	return ""
}

// placeholders are the values of {email}, {username}, {domain} and
// {identity}.
type placeholders struct{ email, username, domain, identity string }

// values derives the placeholders' values from v: the user name from the
// address, the domain from the part after its "@", stand-ins for the rest.
func (v Vars) values() placeholders {
	email, user, domain := v.Email, v.Username, v.Domain
	if user == "" {
		user = email
	}
	// An admin command's -Identity takes the sign-in name; without one,
	// the address, and without either the address's stand-in (a
	// Microsoft 365 sign-in name looks like an address).
	identity := orStandIn(user, standInEmail)
	if domain == "" {
		if at := strings.LastIndexByte(email, '@'); at >= 0 && at < len(email)-1 {
			domain = email[at+1:]
		}
	}
	return placeholders{
		email:    orStandIn(email, standInEmail),
		username: orStandIn(user, standInUsername),
		domain:   orStandIn(domain, standInDomain),
		identity: identity,
	}
}

// replace fills the placeholders of s in one pass from the left, so a
// value that itself holds "{domain}" (an address may hold braces) is not
// filled again.
func (p placeholders) replace(s string) string {
	var b strings.Builder
	b.Grow(len(s) + len(p.email))
	for {
		i := strings.IndexByte(s, '{')
		if i < 0 {
			b.WriteString(s)
			return b.String()
		}
		b.WriteString(s[:i])
		s = s[i:]
		switch {
		case strings.HasPrefix(s, "{email}"):
			b.WriteString(p.email)
			s = s[len("{email}"):]
		case strings.HasPrefix(s, "{username}"):
			b.WriteString(p.username)
			s = s[len("{username}"):]
		case strings.HasPrefix(s, "{domain}"):
			b.WriteString(p.domain)
			s = s[len("{domain}"):]
		case strings.HasPrefix(s, "{identity}"):
			b.WriteString(p.identity)
			s = s[len("{identity}"):]
		default:
			b.WriteByte('{')
			s = s[1:]
		}
	}
}

func orStandIn(s, standIn string) string {
	if strings.TrimSpace(s) == "" {
		return standIn
	}
	return s
}

// RenderRemediation renders a finding as plain text (no colour; the CLI
// adds it) for one reader:
//
//   - AudienceUser: title, explanation, numbered steps for the mailbox
//     owner, what no longer works, links.
//   - AudienceAdmin: the same, framed to be forwarded to the mail
//     administrator, with the administrator's steps and commands (the
//     mailbox's address already filled in by Remediate).
//   - AudienceVendor: the same, framed to be forwarded to the maker of
//     the mail program or application, with what the program must do
//     (offer "Sign in with Microsoft", say), then what the owner and the
//     administrator can do meanwhile.
//   - AudienceDeveloper: the wire-level evidence: code, protocol, stage,
//     confidence, evidence text, rule id and source, and the alternatives
//     with what tells them apart.
//
// When f.Remediation is nil (an ok finding, or one built by hand) the
// generic catalogue entry for f.Code is used. Any other audience renders
// as AudienceUser.
func RenderRemediation(f Finding, a Audience) string {
	r := f.Remediation
	if r == nil {
		r = Remediate(f.Code, "", Vars{})
	}
	var b strings.Builder
	switch a {
	case AudienceDeveloper:
		renderDeveloper(&b, f, r)
	case AudienceAdmin:
		renderAdmin(&b, f, r)
	case AudienceVendor:
		renderVendor(&b, f, r)
	default:
		renderUser(&b, f, r)
	}
	return b.String()
}

func renderUser(b *strings.Builder, f Finding, r *Remediation) {
	if r == nil {
		fmt.Fprintf(b, "%s\n", orStandIn(f.Summary, string(f.Code)))
		return
	}
	fmt.Fprintf(b, "%s\n\n", r.Title)
	writeParagraph(b, r.Explanation)
	steps := r.UserSteps
	if len(steps) == 0 {
		// Nothing for the owner to do but hand it on.
		steps = []string{"This needs your mail administrator: forward this message to them."}
	}
	writeSteps(b, "What to do:", steps)
	writeSteps(b, "What the program's maker must do (forward this to them):", r.VendorSteps)
	writeList(b, "What no longer works:", r.NoLongerWorks)
	writeLinks(b, r.Links)
	writeChecked(b, r)
}

func renderAdmin(b *strings.Builder, f Finding, r *Remediation) {
	if r == nil {
		fmt.Fprintf(b, "%s\n", orStandIn(f.Summary, string(f.Code)))
		return
	}
	b.WriteString("Forward this to your mail administrator.\n\n")
	fmt.Fprintf(b, "%s\n\n", r.Title)
	if f.Summary != "" {
		fmt.Fprintf(b, "What mailcheck saw: %s\n\n", f.Summary)
	}
	writeParagraph(b, r.Explanation)
	writeWarning(b, r.Warning)
	if len(r.AdminSteps) > 0 {
		writeSteps(b, "What to change:", r.AdminSteps)
	} else {
		// Consumer accounts have no administrator: say so, then show what
		// the owner can do.
		b.WriteString("No administrator setting decides this; the mailbox owner must act.\n\n")
		writeSteps(b, "What the mailbox owner can do:", r.UserSteps)
	}
	writeList(b, "What no longer works:", r.NoLongerWorks)
	writeLinks(b, r.Links)
	writeChecked(b, r)
}

func renderVendor(b *strings.Builder, f Finding, r *Remediation) {
	if r == nil {
		fmt.Fprintf(b, "%s\n", orStandIn(f.Summary, string(f.Code)))
		return
	}
	b.WriteString("Forward this to the maker of the mail program or application.\n\n")
	fmt.Fprintf(b, "%s\n\n", r.Title)
	if f.Summary != "" {
		fmt.Fprintf(b, "What mailcheck saw: %s\n\n", f.Summary)
	}
	writeParagraph(b, r.Explanation)
	writeSteps(b, "What the program must do:", r.VendorSteps)
	writeSteps(b, "Meanwhile, the mailbox owner can:", r.UserSteps)
	if len(r.AdminSteps) > 0 {
		writeWarning(b, r.Warning)
		writeSteps(b, "The mail administrator can:", r.AdminSteps)
	}
	writeList(b, "What no longer works:", r.NoLongerWorks)
	writeLinks(b, r.Links)
	writeChecked(b, r)
}

// writeWarning puts a security warning before the steps it is about.
func writeWarning(b *strings.Builder, w string) {
	if w != "" {
		fmt.Fprintf(b, "Warning: %s\n\n", strings.TrimPrefix(w, "Security: "))
	}
}

func renderDeveloper(b *strings.Builder, f Finding, r *Remediation) {
	fmt.Fprintf(b, "code:       %s\n", f.Code)
	if f.Protocol != "" {
		fmt.Fprintf(b, "protocol:   %s\n", f.Protocol)
	}
	if f.Stage != "" {
		fmt.Fprintf(b, "stage:      %s\n", f.Stage)
	}
	if f.Confidence != "" {
		fmt.Fprintf(b, "confidence: %s\n", f.Confidence)
	}
	if f.Scope != "" {
		fmt.Fprintf(b, "scope:      %s\n", f.Scope)
	}
	if f.CertReason != "" {
		fmt.Fprintf(b, "cert:       %s\n", f.CertReason)
	}
	if f.Evidence.Text != "" || f.Evidence.Kind != "" {
		fmt.Fprintf(b, "evidence:   %s\n", orStandIn(f.Evidence.Kind, "unspecified"))
		for _, line := range strings.Split(f.Evidence.Text, "\n") {
			fmt.Fprintf(b, "  | %s\n", line)
		}
	}
	if f.Evidence.Rule != "" {
		fmt.Fprintf(b, "rule:       %s\n", f.Evidence.Rule)
	}
	if f.Evidence.Source != "" {
		fmt.Fprintf(b, "source:     %s\n", f.Evidence.Source)
	}
	if len(f.Alternatives) > 0 {
		b.WriteString("alternatives:\n")
		for _, alt := range f.Alternatives {
			fmt.Fprintf(b, "  - %s: %s\n", alt.Code, alt.Why)
			if alt.Tell != "" {
				fmt.Fprintf(b, "    tell apart: %s\n", alt.Tell)
			}
		}
	}
	if r != nil {
		fmt.Fprintf(b, "remediation: %s (%s)\n", r.Title, orStandIn(string(r.Provider), "generic"))
		if r.Checked != "" {
			fmt.Fprintf(b, "checked:    %s\n", r.Checked)
		}
	}
}

func writeParagraph(b *strings.Builder, s string) {
	if s != "" {
		fmt.Fprintf(b, "%s\n\n", s)
	}
}

func writeSteps(b *strings.Builder, heading string, steps []string) {
	if len(steps) == 0 {
		return
	}
	fmt.Fprintf(b, "%s\n", heading)
	for i, s := range steps {
		fmt.Fprintf(b, "%d. %s\n", i+1, s)
	}
	b.WriteString("\n")
}

func writeList(b *strings.Builder, heading string, items []string) {
	if len(items) == 0 {
		return
	}
	fmt.Fprintf(b, "%s\n", heading)
	for _, s := range items {
		fmt.Fprintf(b, "- %s\n", s)
	}
	b.WriteString("\n")
}

func writeLinks(b *strings.Builder, links []Link) {
	if len(links) == 0 {
		return
	}
	b.WriteString("More information:\n")
	for _, l := range links {
		fmt.Fprintf(b, "- %s: %s\n", l.Title, l.URL)
	}
	b.WriteString("\n")
}

func writeChecked(b *strings.Builder, r *Remediation) {
	if r.Checked != "" {
		fmt.Fprintf(b, "(Facts last checked %s.)\n", r.Checked)
	}
}
