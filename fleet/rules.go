package fleet

import (
	"cmp"
	"slices"
	"strings"

	"github.com/mailcheck-go/mailcheck/catalog"
	"github.com/mailcheck-go/mailcheck/diagnose"
)

// Match is how a cross-mailbox rule reads one domain's groups on one
// protocol.
type Match string

const (
	// MatchAll: every mailbox of the domain that signed in has one of the
	// rule's codes (and, with SameText, the same server words).
	MatchAll Match = "all"
	// MatchSomeOthersWork: some mailboxes have one of the codes while
	// others of the same domain sign in.
	MatchSomeOthersWork Match = "some_others_work"
	// MatchFewDiffer: fewer than half the mailboxes have one of the codes
	// (with the rule's Scope) while the rest of the domain does not.
	MatchFewDiffer Match = "few_differ"
	// MatchOtherServer: fewer than half the mailboxes were probed on a
	// server the rest of the domain does not use.
	MatchOtherServer Match = "other_server"
	// MatchOneHostCert: the code is seen on some servers of the domain
	// while its other servers pass the same step.
	MatchOneHostCert Match = "one_host"
)

// Rule is one cross-mailbox reading, as data: which groups it looks at,
// how it matches, who must act and what to tell them. Rules are tried in
// order; a group a rule has concluded on is not concluded on again.
type Rule struct {
	// ID is the rule's stable name, repeated in each Conclusion.
	ID string
	// Match is how the domain's groups are read.
	Match Match
	// Provider limits the rule to one provider id and the entries below it
	// in the catalogue ("microsoft365" covers "microsoft365_godaddy");
	// empty means any.
	Provider string
	// Protocol limits the rule to one protocol; empty means both.
	Protocol diagnose.Protocol
	// Codes are the failing codes the rule is about; empty means any
	// failing code.
	Codes []diagnose.Code
	// Scope, when set, must be the scope the servers named.
	Scope diagnose.Scope
	// SameText requires every member to have seen the same words.
	SameText bool
	// Min is the fewest mailboxes on the protocol for the rule to speak;
	// one mailbox is not a pattern.
	Min int
	// Audience is who must act.
	Audience diagnose.Audience
	// Title is the conclusion in one sentence. Placeholders: {domain},
	// {protocol}, {n} (mailboxes with the codes), {total} (mailboxes of
	// the domain on the protocol), {working}, {hosts}, {mailboxes}, and
	// {use} ("uses" after one mailbox, "use" after several) where a rule
	// fills it.
	Title string
	// Steps are what the audience should do, with the same placeholders.
	// The group's own catalogue steps follow them in the hand-off.
	Steps []string
	// Source is the public page the reading rests on.
	Source string
	// Organisation marks a reading about an organisation's shared
	// setting or its mailboxes against each other: it does not speak for
	// a consumer provider's own domain (gmail.com, outlook.com), whose
	// accounts share no organisation (a firm administrator's find: "not
	// the organisation's settings" for personal Gmail accounts).
	Organisation bool
}

// consumerDomain reports whether every domain is a consumer provider's
// own address domain (the catalogue's Domains).
func consumerDomain(domains []string) bool {
	if len(domains) == 0 {
		return false
	}
	for _, d := range domains {
		if !diagnose.ConsumerDomain(d) {
			return false
		}
	}
	return true
}

// Conclusion is one reading across mailboxes, with the evidence it rests
// on.
type Conclusion struct {
	// Rule is the id of the rule that drew it.
	Rule string `json:"rule"`
	// Domain is the email domain it is about; the domains, comma-separated,
	// when a tenant spans several.
	Domain string `json:"domain"`
	// Tenant is the caller's tenant label, when given.
	Tenant string `json:"tenant,omitempty"`
	// Protocol is imap or smtp.
	Protocol diagnose.Protocol `json:"protocol"`
	// Audience is who must act: user, admin or vendor (the maker of
	// the application), as check's remediation says.
	Audience diagnose.Audience `json:"audience"`
	// Title is the conclusion in one sentence.
	Title string `json:"title"`
	// Steps are what the audience should do.
	Steps []string `json:"steps,omitempty"`
	// Evidence lists the observations it rests on, one per line, each
	// naming the mailboxes and the server's exact words.
	Evidence []string `json:"evidence"`
	// Mailboxes are the mailboxes it is about (sorted).
	Mailboxes []string `json:"mailboxes"`
	// Groups are the ids of the groups it covers.
	Groups []string `json:"groups"`
	// Source is the public page the reading rests on.
	Source string `json:"source,omitempty"`
}

// failingAuthCodes are the refusals a tenant or mailbox setting causes.
var settingCodes = []diagnose.Code{diagnose.CodeBasicAuthDisabled, diagnose.CodeProtocolDisabled, diagnose.CodePolicyBlocked, diagnose.CodeAppPasswordRequired}

// DefaultRules are the readings Run applies, most specific first.
var DefaultRules = []Rule{
	{
		ID: "exchange_imap_oauth_only", Match: MatchAll, Provider: string(catalog.IDMicrosoft365), Protocol: diagnose.ProtocolIMAP,
		Codes: []diagnose.Code{diagnose.CodeBasicAuthDisabled}, Min: 2, Audience: diagnose.AudienceVendor,
		Title: "Exchange Online refuses IMAP passwords for all {n} mailboxes of {domain}: the application must sign in with OAuth 2.0; no admin switch brings IMAP passwords back",
		Steps: []string{
			"Application vendor: add OAuth 2.0 sign-in (SASL XOAUTH2) for IMAP with the Microsoft identity platform, delegated scope https://outlook.office.com/IMAP.AccessAsUser.All, or app-only access for a service.",
			"Tenant admin: nothing to switch on; app passwords and re-enabling IMAP do not restore password sign-in. Consent to the application once it offers OAuth.",
		},
		Source: "https://learn.microsoft.com/en-us/exchange/client-developer/legacy-protocols/how-to-authenticate-an-imap-pop-smtp-application-by-using-oauth",
	},
	{
		ID: "exchange_imap_password_holdouts", Match: MatchSomeOthersWork, Provider: string(catalog.IDMicrosoft365), Protocol: diagnose.ProtocolIMAP,
		Codes: []diagnose.Code{diagnose.CodeBasicAuthDisabled}, Audience: diagnose.AudienceUser,
		Title:  "{n} of {total} mailboxes of {domain} still sign in to IMAP with a password, which Exchange Online refuses, while {working} sign in with OAuth: switch those mailboxes to \"Sign in with Microsoft\"",
		Steps:  []string{"Each user listed: in the application, remove the mailbox and add it again choosing Microsoft 365 / \"Sign in with Microsoft\" (OAuth 2.0), as the mailboxes that work already do."},
		Source: "https://learn.microsoft.com/en-us/exchange/clients-and-mobile-in-exchange-online/deprecation-of-basic-authentication-exchange-online",
	},
	{
		ID: "tenant_setting", Organisation: true, Match: MatchAll, Codes: settingCodes, SameText: true, Min: 2, Audience: diagnose.AudienceAdmin,
		Title: "All {n} mailboxes of {domain} are refused on {protocol} with the same words: one organisation-wide setting, one admin to change it",
		Steps: []string{"Tenant admin: change the one setting named in the evidence for the whole organisation (the steps below), then run the check again."},
	},
	{
		ID: "passwords_not_tenant", Organisation: true, Match: MatchSomeOthersWork, Codes: []diagnose.Code{diagnose.CodeInvalidCredentials}, Audience: diagnose.AudienceUser,
		Title: "{n} of {total} mailboxes of {domain} are refused on {protocol} as a wrong password while {working} can sign in: most likely those passwords are wrong, not the organisation's settings",
		Steps: []string{
			"Each user listed: sign in to the provider's webmail with the password the application has; if that fails, set the right password in the application (and reset it if forgotten). If webmail takes it, the application sends something else (an old saved password, another user name): remove the account from the application and add it again; if it is still refused, follow the steps below.",
			"Admin: nothing to change for the organisation; reset a password only for a user who has forgotten it.",
		},
	},
	{
		ID: "all_credentials_refused", Organisation: true, Match: MatchAll, Codes: []diagnose.Code{diagnose.CodeInvalidCredentials}, Min: 3, Audience: diagnose.AudienceAdmin,
		Title: "Every one of the {n} mailboxes of {domain} is refused on {protocol} as a wrong password: one shared cause (a sign-in policy, the server, or the application's settings) is likelier than {n} wrong passwords",
		Steps: []string{
			"Admin: look for what all these mailboxes share: a sign-in policy, password sign-in switched off for the protocol, or a changed server.",
			"Application vendor: check that the application sends the user name the server expects (often the full address).",
		},
	},
	{
		ID: "mailbox_protocol_disabled", Organisation: true, Match: MatchFewDiffer, Codes: []diagnose.Code{diagnose.CodeProtocolDisabled, diagnose.CodeBasicAuthDisabled},
		Scope: diagnose.ScopeMailbox, Audience: diagnose.AudienceAdmin,
		Title: "{protocol} is switched off for {mailboxes} only, unlike the rest of {domain}: change that mailbox's setting, not the organisation's",
		Steps: []string{"Admin: switch the protocol on for the listed mailbox (the steps below); leave the organisation's setting as it is."},
	},
	{
		ID: "mailbox_other_server", Match: MatchOtherServer, Audience: diagnose.AudienceUser,
		Title: "{mailboxes} {use} {protocol} server {hosts}, unlike the rest of {domain}: check that mailbox's server setting in the application",
		Steps: []string{"User (or whoever set up the application): set the server to the one the rest of the organisation uses, unless this mailbox really lives elsewhere."},
	},
	{
		ID: "host_certificate_invalid", Match: MatchOneHostCert, Codes: []diagnose.Code{diagnose.CodeTLSCertificate}, Audience: diagnose.AudienceAdmin,
		Title: "The {protocol} certificate of {hosts} fails for {mailboxes} while the other servers of {domain} pass: renew or fix that one server's certificate",
		Steps: []string{"Server admin: install a valid certificate on the listed server (the reason is in the evidence); the other servers need nothing."},
	},
}

// domainView is one organisation's groups on one protocol: a tenant's
// when the caller named it (across all its domains), else a domain's.
type domainView struct {
	domain  string // the name used in conclusions: the tenant, or the domain
	tenant  string
	domains []string
	proto   diagnose.Protocol
	groups  []*Group // signed-in groups only (ok and failing)
}

func (v *domainView) total() int {
	n := 0
	for _, g := range v.groups {
		n += g.Count
	}
	return n
}

// Conclude applies rules (DefaultRules when nil) to a report's groups. A
// rule reads one organisation on one protocol at a time: the tenant the
// caller named, across its domains, or else the email domain. It is a
// pure function: the same groups give the same conclusions.
func Conclude(groups []Group, rules []Rule) []Conclusion {
	if rules == nil {
		rules = DefaultRules
	}
	views := viewsOf(groups)
	claimed := map[string]bool{}
	out := []Conclusion{}
	for _, r := range rules {
		for _, v := range views {
			if r.Protocol != "" && r.Protocol != v.proto || r.Organisation && v.tenant == "" && consumerDomain(v.domains) {
				continue
			}
			if c, ok := r.apply(v, claimed); ok {
				for _, id := range c.Groups {
					claimed[id] = true
				}
				out = append(out, c)
			}
		}
	}
	return out
}

func viewsOf(groups []Group) []*domainView {
	idx := map[[3]string]*domainView{}
	var views []*domainView
	for i := range groups {
		g := &groups[i]
		if g.Unauthenticated {
			continue // reachable, not signed in: says nothing about sign-in
		}
		k := [3]string{"domain", g.Domain, string(g.Protocol)}
		name := g.Domain
		if g.Tenant != "" {
			k, name = [3]string{"tenant", g.Tenant, string(g.Protocol)}, g.Tenant
		}
		v, ok := idx[k]
		if !ok {
			v = &domainView{domain: name, tenant: g.Tenant, proto: g.Protocol}
			idx[k] = v
			views = append(views, v)
		}
		v.groups = append(v.groups, g)
		if !slices.Contains(v.domains, g.Domain) {
			v.domains = append(v.domains, g.Domain)
			slices.Sort(v.domains)
		}
	}
	slices.SortFunc(views, func(a, b *domainView) int {
		return cmp.Or(cmp.Compare(a.domain, b.domain), cmp.Compare(a.tenant, b.tenant), cmp.Compare(a.proto, b.proto))
	})
	return views
}

// hits are the groups of v a rule is about: failing, with one of its
// codes, at its provider and scope, not claimed yet.
func (r Rule) hits(v *domainView, claimed map[string]bool) (hit, rest []*Group) {
	for _, g := range v.groups {
		ok := failing(g.Code) && !claimed[g.ID] &&
			(len(r.Codes) == 0 || slices.Contains(r.Codes, g.Code)) &&
			(r.Provider == "" || slices.Contains(catalog.Chain(catalog.ID(g.Provider)), catalog.ID(r.Provider))) &&
			(r.Scope == "" || g.Scope == r.Scope)
		if ok {
			hit = append(hit, g)
		} else {
			rest = append(rest, g)
		}
	}
	return hit, rest
}

func (r Rule) apply(v *domainView, claimed map[string]bool) (Conclusion, bool) {
	if r.Match == MatchOtherServer {
		return r.otherServer(v, claimed)
	}
	hit, rest := r.hits(v, claimed)
	n := count(hit)
	if n == 0 || n < r.Min {
		return Conclusion{}, false
	}
	working := countOK(rest)
	switch r.Match {
	case MatchAll:
		if len(rest) > 0 || (r.SameText && distinctTexts(hit) != 1) {
			return Conclusion{}, false
		}
	case MatchSomeOthersWork:
		if working == 0 {
			return Conclusion{}, false
		}
	case MatchFewDiffer:
		if count(rest) == 0 || n*2 >= v.total() {
			return Conclusion{}, false
		}
	case MatchOneHostCert:
		bad := hostsOf(hit)
		good := map[string]bool{}
		for _, g := range rest {
			if g.Code == diagnose.CodeOK {
				for _, h := range g.Hosts {
					if !slices.Contains(bad, h.Host) {
						good[h.Host] = true
					}
				}
			}
		}
		if len(good) == 0 {
			return Conclusion{}, false
		}
	default:
		return Conclusion{}, false
	}
	c := r.conclusion(v, hit, map[string]string{
		"{n}": itoa(n), "{total}": itoa(v.total()), "{working}": itoa(working),
		"{hosts}": strings.Join(hostsOf(hit), ", "), "{mailboxes}": strings.Join(mailboxesOf(hit), ", "),
	})
	for _, g := range hit {
		for _, e := range g.Evidence {
			c.Evidence = append(c.Evidence, evidenceLine(g, e))
		}
		if len(g.Evidence) == 0 {
			c.Evidence = append(c.Evidence, plural(g.Count, "mailbox", "mailboxes")+": "+strings.ToUpper(string(g.Protocol))+" "+string(g.Code))
		}
	}
	if r.Match == MatchSomeOthersWork || r.Match == MatchFewDiffer || r.Match == MatchOneHostCert {
		for _, g := range rest {
			if g.Code == diagnose.CodeOK {
				c.Evidence = append(c.Evidence, plural(g.Count, "other mailbox", "other mailboxes")+" of "+v.domain+" sign in to "+strings.ToUpper(string(v.proto))+" on "+strings.Join(hostsOf([]*Group{g}), ", "))
			}
		}
	}
	return c, true
}

// otherServer finds mailboxes probed on a server that fewer than half of
// the domain's mailboxes use, while one other server serves the rest.
func (r Rule) otherServer(v *domainView, claimed map[string]bool) (Conclusion, bool) {
	per := map[string][]string{}
	for _, g := range v.groups {
		for _, h := range g.Hosts {
			per[h.Host] = append(per[h.Host], h.Mailboxes...)
		}
	}
	if len(per) < 2 {
		return Conclusion{}, false
	}
	major, most := "", 0
	for h, ms := range per {
		if len(ms) > most || (len(ms) == most && h < major) {
			major, most = h, len(ms)
		}
	}
	if most*2 <= v.total() || most < 2 {
		return Conclusion{}, false // no server the domain clearly uses
	}
	var odd []string
	var mailboxes []string
	for h, ms := range per {
		if h != major {
			odd = append(odd, h)
			mailboxes = append(mailboxes, ms...)
		}
	}
	slices.Sort(odd)
	slices.Sort(mailboxes)
	c := r.conclusion(v, nil, map[string]string{
		"{n}": itoa(len(mailboxes)), "{total}": itoa(v.total()), "{working}": "",
		"{hosts}": strings.Join(odd, ", "), "{mailboxes}": strings.Join(mailboxes, ", "), "{use}": verbFor(len(mailboxes), "uses", "use"),
	})
	c.Mailboxes = mailboxes
	for _, g := range v.groups {
		for _, h := range g.Hosts {
			if h.Host != major {
				c.Groups = appendUnique(c.Groups, g.ID)
				c.Evidence = append(c.Evidence, strings.Join(h.Mailboxes, ", ")+": "+strings.ToUpper(string(v.proto))+" server "+h.Host+" ("+string(g.Code)+")")
			}
		}
	}
	c.Evidence = append(c.Evidence, plural(most, "other mailbox", "other mailboxes")+" of "+v.domain+": "+strings.ToUpper(string(v.proto))+" server "+major)
	// This reading explains the odd server, not the code it gave, so it
	// claims nothing: the group's own hand-off still goes out.
	_ = claimed
	c.Groups = nil
	return c, true
}

func (r Rule) conclusion(v *domainView, hit []*Group, vars map[string]string) Conclusion {
	vars["{domain}"] = v.domain
	vars["{protocol}"] = strings.ToUpper(string(v.proto))
	fill := func(s string) string {
		for k, val := range vars {
			s = strings.ReplaceAll(s, k, val)
		}
		return s
	}
	c := Conclusion{Rule: r.ID, Domain: strings.Join(v.domains, ", "), Tenant: v.tenant, Protocol: v.proto, Audience: r.Audience,
		Title: fill(r.Title), Source: r.Source, Mailboxes: mailboxesOf(hit), Evidence: []string{}}
	for _, s := range r.Steps {
		c.Steps = append(c.Steps, fill(s))
	}
	for _, g := range hit {
		c.Groups = append(c.Groups, g.ID)
	}
	return c
}

func evidenceLine(g *Group, e EvidenceLine) string {
	who := e.First
	if e.Count > 1 {
		who = e.First + " and " + plural(e.Count-1, "other", "others")
	}
	return who + ": " + strings.ToUpper(string(g.Protocol)) + " " + string(g.Code) + `: "` + e.Text + `"`
}

func count(gs []*Group) int {
	n := 0
	for _, g := range gs {
		n += g.Count
	}
	return n
}

func countOK(gs []*Group) int {
	n := 0
	for _, g := range gs {
		if g.Code == diagnose.CodeOK {
			n += g.Count
		}
	}
	return n
}

// distinctTexts counts the different server words among the groups'
// evidence; two spellings of the same words, one with redaction markers
// (see sameWords), count once.
func distinctTexts(gs []*Group) int {
	var seen []string
	for _, g := range gs {
		for _, e := range g.Evidence {
			n := normalizeEvidence(e.Text)
			if !slices.ContainsFunc(seen, func(s string) bool { return sameWords(s, n) }) {
				seen = append(seen, n)
			}
		}
	}
	return len(seen)
}

func hostsOf(gs []*Group) []string {
	var hs []string
	for _, g := range gs {
		for _, h := range g.Hosts {
			hs = appendUnique(hs, h.Host)
		}
	}
	slices.Sort(hs)
	return hs
}

func mailboxesOf(gs []*Group) []string {
	ms := []string{}
	for _, g := range gs {
		ms = append(ms, g.Mailboxes...)
	}
	slices.Sort(ms)
	return ms
}

func appendUnique(s []string, v string) []string {
	if slices.Contains(s, v) {
		return s
	}
	return append(s, v)
}

// verbFor returns one when n is 1, else many: a verb after a list of n
// mailboxes.
func verbFor(n int, one, many string) string {
	if n == 1 {
		return one
	}
	return many
}
