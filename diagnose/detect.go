package diagnose

import (
	"context"
	"encoding/base64"
	"net"
	"regexp"
	"sort"
	"strconv"
	"strings"
	"sync"
	"unicode/utf16"

	"github.com/mailcheck-go/mailcheck/catalog"
)

// Evidence weights: how much one matching fact counts toward a provider.
// What the server itself said and the host the user configured are
// strongest (they describe the server actually talked to); a consumer
// address domain is strong too; DNS facts about the domain come next, and
// SPF and autodiscover, which survive a filtering gateway in front of the
// MX, are the weakest.
const (
	weightGreeting     = 10 // IMAP greeting, SMTP banner or EHLO
	weightHost         = 8  // configured IMAP or SMTP host name
	weightDomain       = 6  // consumer address domain (gmail.com, outlook.com...)
	weightHostedBy     = 5  // host of a known hosting company (GoDaddy cPanel)
	weightMX           = 4
	weightSPF          = 2
	weightAutodiscover = 2
)

// Filtering gateways that sit in front of a provider's MX. Their MX says
// nothing about the mailbox provider, so detection leans on SPF and
// autodiscover instead.
var gatewayMX = []struct{ pattern, name string }{
	{"pphosted.com", "Proofpoint"},
	{"mimecast.com", "Mimecast"},
	{"barracudanetworks.com", "Barracuda"},
}

// Proton Mail Bridge's default local ports (providers.md §12).
var bridgePorts = map[string]bool{"1143": true, "1025": true}

type signal struct {
	id       ProviderID
	weight   int
	evidence string
}

// DetectProvider names the provider behind an account from what the
// probes and DNS saw. It is pure: no I/O, no clock. Any field of in may be
// empty; with nothing recognisable it returns
// Provider{ID: "unknown", Name: "Unknown provider"}.
//
// Each fact that matches a table entry (see ProviderInfo) adds a weight to
// that provider; the highest total wins, earlier table entries winning
// ties. Then three refinements apply:
//   - An Exchange greeting or banner is Exchange Online (microsoft365) when
//     any cloud marker is present (the greeting's base64 server name, AUTH=
//     XOAUTH2, an office365.com host, a Microsoft 365 banner, MX or SPF),
//     otherwise Exchange Server on-premises.
//   - Microsoft's cloud with a consumer address (outlook.com, hotmail.*,
//     live.*, msn.com) or an Outlook.com-only host or MX
//     (smtp-mail.outlook.com, *.olc.protection.outlook.com) is Outlook.com; Google's servers are Gmail for
//     gmail.com/googlemail.com and Google Workspace for any other domain.
//   - Microsoft 365 whose SPF also includes secureserver.net gets Reseller
//     "godaddy", hedged in the evidence: GoDaddy manages the DNS, and its
//     Microsoft 365 tenants are usually federated to GoDaddy, but
//     federation itself cannot be seen in DNS (providers.md §1).
//
// Evidence lists what matched, strongest first.
func DetectProvider(in DetectInput) Provider {
	signals := collectSignals(in)
	best := pickProvider(signals)
	if best == "" {
		return Provider{ID: "unknown", Name: "Unknown provider", Evidence: gatewayNotes(in.DNS)}
	}
	id, extra := refineProvider(best, in, signals)
	ev := append(evidenceFor(signals, familyOf(best, id)), extra...)
	p := Provider{ID: id}
	if info, ok := LookupProvider(id); ok {
		p.Name = info.Name
	}
	if spf := goDaddy.ResellerSPF; id == catalog.IDMicrosoft365 && in.DNS != nil && len(spf) > 0 && spfIncludes(in.DNS.SPF, spf[0]) {
		p.Reseller = goDaddy.Reseller
		ev = append(ev, "SPF include:"+spf[0]+": the domain's DNS is at GoDaddy; the Microsoft 365 tenant may be federated to GoDaddy (cannot be confirmed from DNS)")
	}
	if id == "proton_bridge" && isLoopback(in.IMAPHost, in.SMTPHost) {
		ev = append(ev, "host is this machine, where Proton Mail Bridge runs")
	}
	p.Evidence = append(dedupe(ev), gatewayNotes(in.DNS)...)
	return p
}

// collectSignals matches every input fact against the table.
func collectSignals(in DetectInput) []signal {
	var out []signal
	add := func(id ProviderID, w int, ev string) { out = append(out, signal{id, w, ev}) }
	domain := emailDomain(in.Email)
	greeting := strings.ToLower(in.IMAPGreeting)
	banner := strings.ToLower(in.SMTPBanner + "\n" + in.SMTPEHLO)
	for _, p := range providerTable {
		if pat := matchAny(greeting, p.GreetingPatterns, strings.Contains); pat != "" {
			add(p.ID, weightGreeting, "IMAP greeting: "+firstLine(in.IMAPGreeting))
		}
		if pat := matchAny(banner, p.BannerPatterns, strings.Contains); pat != "" {
			add(p.ID, weightGreeting, "SMTP banner: "+firstLine(bannerLine(in, pat)))
		}
		if pat := matchAny(domain, p.Domains, domainMatch); pat != "" {
			add(p.ID, weightDomain, "address domain: "+domain)
		}
		if in.DNS != nil {
			for _, mx := range in.DNS.MX {
				if matchAny(strings.ToLower(mx), p.MXPatterns, hostMatch) != "" {
					add(p.ID, weightMX, "MX: "+mx)
					break
				}
			}
			for _, inc := range p.SPFIncludes {
				if spfIncludes(in.DNS.SPF, inc) {
					add(p.ID, weightSPF, "SPF include:"+inc)
				}
			}
			if ad := strings.ToLower(in.DNS.Autodiscover); ad != "" && matchAny(ad, p.AutodiscoverPatterns, hostMatch) != "" {
				add(p.ID, weightAutodiscover, "autodiscover CNAME: "+in.DNS.Autodiscover)
			}
		}
	}
	for _, h := range []struct{ kind, host string }{{"IMAP", in.IMAPHost}, {"SMTP", in.SMTPHost}} {
		host := hostOnly(h.host)
		if id, pat := hostOwner(host); id != "" {
			w := weightHost
			if pat == "secureserver.net" {
				w = weightHostedBy
			}
			add(id, w, h.kind+" host: "+host)
		}
	}
	if bridgeHost(in.IMAPHost) || bridgeHost(in.SMTPHost) {
		add("proton_bridge", weightHost, "host: "+strings.TrimSpace(in.IMAPHost+" "+in.SMTPHost)+" (Proton Mail Bridge's local ports)")
	}
	return out
}

// pickProvider returns the id with the highest total weight, earliest in
// the table on a tie, or "" when nothing matched.
func pickProvider(signals []signal) ProviderID {
	total := map[ProviderID]int{}
	for _, s := range signals {
		total[s.id] += s.weight
	}
	best, bestScore := ProviderID(""), 0
	for _, p := range providerTable {
		if total[p.ID] > bestScore {
			best, bestScore = p.ID, total[p.ID]
		}
	}
	return best
}

// refineProvider applies the Microsoft and Google rules to the winner and
// returns the final id with any extra evidence that decided it.
func refineProvider(best ProviderID, in DetectInput, signals []signal) (ProviderID, []string) {
	consumer := consumerProvider(emailDomain(in.Email))
	switch best {
	case catalog.IDMicrosoft365, catalog.IDOutlook, catalog.IDExchange:
		cloud := exchangeOnlineEvidence(in, signals)
		if best == catalog.IDExchange && len(cloud) == 0 && consumer != catalog.IDOutlook {
			return catalog.IDExchange, []string{"no Exchange Online marker: Exchange Server on-premises or hosted"}
		}
		if consumer == catalog.IDOutlook || best == catalog.IDOutlook {
			return catalog.IDOutlook, cloud
		}
		return catalog.IDMicrosoft365, cloud
	case catalog.IDGmail, catalog.IDGoogleWorkspace:
		if consumer == catalog.IDGmail {
			return catalog.IDGmail, nil
		}
		if d := emailDomain(in.Email); d != "" && consumer == "" {
			return catalog.IDGoogleWorkspace, []string{"Google's servers for the custom domain " + d}
		}
	}
	return best, nil
}

// familyOf lists the ids whose signals explain the final choice: after a
// refinement, the evidence of the whole family counts.
func familyOf(best, final ProviderID) map[ProviderID]bool {
	switch final {
	case catalog.IDMicrosoft365, catalog.IDOutlook, catalog.IDExchange:
		return map[ProviderID]bool{catalog.IDMicrosoft365: true, catalog.IDOutlook: true, catalog.IDExchange: true}
	case catalog.IDGmail, catalog.IDGoogleWorkspace:
		return map[ProviderID]bool{catalog.IDGmail: true, catalog.IDGoogleWorkspace: true}
	}
	return map[ProviderID]bool{best: true, final: true}
}

// exchangeOnlineEvidence lists the markers that put an Exchange server in
// Microsoft's cloud (providers.md §1, "Cloud vs on-prem").
func exchangeOnlineEvidence(in DetectInput, signals []signal) []string {
	var ev []string
	if fqdn, ok := exchangeGreetingServer(in.IMAPGreeting); ok {
		if fqdn != "" {
			ev = append(ev, "IMAP greeting names server "+fqdn+" (Exchange Online)")
		} else {
			ev = append(ev, "IMAP greeting carries Exchange Online's base64 server name")
		}
	}
	for _, c := range in.IMAPCaps {
		if strings.EqualFold(c, "AUTH=XOAUTH2") && strings.Contains(strings.ToLower(in.IMAPGreeting), "microsoft exchange") {
			ev = append(ev, "IMAP offers AUTH=XOAUTH2 (Exchange Online)")
			break
		}
	}
	for _, s := range signals {
		if s.id == "microsoft365" || s.id == "outlook" {
			ev = append(ev, s.evidence)
		}
	}
	return ev
}

// exchangeBracket matches the base64 server name at the end of an
// Exchange Online greeting: "... service is ready. [UwBOADEAUABSAD...]".
var exchangeBracket = regexp.MustCompile(`\[([A-Za-z0-9+/]{8,}={0,2})\]\s*$`)

// exchangeGreetingServer reports whether an Exchange greeting ends in the
// bracketed base64 that Exchange Online adds, and the server name it
// decodes to (UTF-16LE), or "" when it does not decode.
func exchangeGreetingServer(greeting string) (string, bool) {
	if !strings.Contains(strings.ToLower(greeting), "microsoft exchange") {
		return "", false
	}
	m := exchangeBracket.FindStringSubmatch(strings.TrimSpace(greeting))
	if m == nil {
		return "", false
	}
	raw, err := base64.StdEncoding.DecodeString(m[1])
	if err != nil || len(raw)%2 != 0 {
		return "", true
	}
	u := make([]uint16, len(raw)/2)
	for i := range u {
		u[i] = uint16(raw[2*i]) | uint16(raw[2*i+1])<<8
	}
	name := string(utf16.Decode(u))
	for _, r := range name {
		if r < 0x20 || r > 0x7e {
			return "", true
		}
	}
	return name, true
}

// consumerProvider returns the provider id owning a consumer address
// domain, or "".
func consumerProvider(domain string) ProviderID {
	if domain == "" {
		return ""
	}
	for _, p := range providerTable {
		if matchAny(domain, p.Domains, domainMatch) != "" {
			return p.ID
		}
	}
	return ""
}

// evidenceFor returns the evidence of the given ids, strongest first.
func evidenceFor(signals []signal, ids map[ProviderID]bool) []string {
	var sel []signal
	for _, s := range signals {
		if ids[s.id] {
			sel = append(sel, s)
		}
	}
	sort.SliceStable(sel, func(i, j int) bool { return sel[i].weight > sel[j].weight })
	out := make([]string, len(sel))
	for i, s := range sel {
		out[i] = s.evidence
	}
	return out
}

// gatewayNotes says when the MX is a filtering gateway, so a reader knows
// why the MX did not decide.
func gatewayNotes(dns *DNSFacts) []string {
	if dns == nil {
		return nil
	}
	for _, mx := range dns.MX {
		for _, g := range gatewayMX {
			if hostMatch(strings.ToLower(mx), g.pattern) {
				return []string{"MX: " + mx + " is a " + g.name + " filtering gateway; the provider was looked for in SPF and autodiscover"}
			}
		}
	}
	return nil
}

func matchAny(s string, patterns []string, match func(s, pattern string) bool) string {
	if s == "" {
		return ""
	}
	for _, p := range patterns {
		if match(s, p) {
			return p
		}
	}
	return ""
}

// hostOwner returns the entry whose host pattern matches host most
// specifically (the longest pattern), so "smtp-mail.outlook.com" is
// Outlook.com's although "outlook.com" is Microsoft 365's. The registry
// test guarantees each pattern has one owner.
func hostOwner(host string) (ProviderID, string) {
	var best ProviderID
	pat := ""
	if host == "" {
		return "", ""
	}
	for _, p := range providerTable {
		for _, hp := range p.HostPatterns {
			if len(hp) > len(pat) && hostMatch(host, hp) {
				best, pat = p.ID, hp
			}
		}
	}
	return best, pat
}

// hostMatch reports whether host is pattern or a name under it.
func hostMatch(host, pattern string) bool {
	host = strings.TrimSuffix(host, ".")
	pattern = strings.TrimPrefix(pattern, ".")
	return host == pattern || strings.HasSuffix(host, "."+pattern)
}

// domainMatch matches an address domain against a Domains pattern. A
// pattern "hotmail.*" matches "hotmail." followed by one or two labels of
// at most three letters ("hotmail.de", "hotmail.co.uk", "yahoo.com.au"),
// not "hotmail.example.org".
// ConsumerDomain reports whether domain is one of a mail provider's own
// address domains ("gmail.com", "outlook.de"), whose accounts belong to
// no organisation of their own.
func ConsumerDomain(domain string) bool {
	domain = strings.ToLower(strings.TrimSuffix(strings.TrimSpace(domain), "."))
	for _, p := range providerTable {
		if matchAny(domain, p.Domains, domainMatch) != "" {
			return true
		}
	}
	return false
}

func domainMatch(domain, pattern string) bool {
	base, ok := strings.CutSuffix(pattern, ".*")
	if !ok {
		return domain == pattern
	}
	rest, ok := strings.CutPrefix(domain, base+".")
	if !ok {
		return false
	}
	labels := strings.Split(rest, ".")
	if len(labels) > 2 {
		return false
	}
	for _, l := range labels {
		if l == "" || len(l) > 3 {
			return false
		}
	}
	return true
}

// spfIncludes reports whether an SPF record includes (or redirects to) a
// name at or under target.
func spfIncludes(spf, target string) bool {
	for _, term := range strings.Fields(strings.ToLower(spf)) {
		term = strings.TrimLeft(term, "+?~-")
		name, ok := strings.CutPrefix(term, "include:")
		if !ok {
			name, ok = strings.CutPrefix(term, "redirect=")
		}
		if ok && hostMatch(name, target) {
			return true
		}
	}
	return false
}

func emailDomain(email string) string {
	at := strings.LastIndexByte(email, '@')
	if at < 0 {
		return ""
	}
	return strings.TrimSuffix(strings.ToLower(strings.TrimSpace(email[at+1:])), ".")
}

// hostOnly lower-cases a host and drops a port, if one is given.
func hostOnly(h string) string {
	h = strings.TrimSpace(h)
	if host, _, err := net.SplitHostPort(h); err == nil {
		h = host
	}
	return strings.TrimSuffix(strings.ToLower(h), ".")
}

// bridgeHost reports a loopback host given with one of Proton Mail
// Bridge's ports ("127.0.0.1:1143"). DetectInput carries no separate port,
// so a bare loopback host alone does not count: it may be any local server.
func bridgeHost(h string) bool {
	host, port, err := net.SplitHostPort(strings.TrimSpace(h))
	return err == nil && bridgePorts[port] && isLoopback(host)
}

func isLoopback(hosts ...string) bool {
	for _, h := range hosts {
		h = hostOnly(h)
		if h == "localhost" {
			return true
		}
		if ip := net.ParseIP(h); ip != nil && ip.IsLoopback() {
			return true
		}
	}
	return false
}

func firstLine(s string) string {
	s, _, _ = strings.Cut(strings.TrimSpace(s), "\n")
	return strings.TrimSpace(s)
}

// bannerLine picks the SMTP line that matched: the banner, or the EHLO
// reply when only that matched.
func bannerLine(in DetectInput, pattern string) string {
	for _, l := range strings.Split(in.SMTPBanner+"\n"+in.SMTPEHLO, "\n") {
		if strings.Contains(strings.ToLower(l), pattern) {
			return l
		}
	}
	return in.SMTPBanner
}

func dedupe(ss []string) []string {
	seen := map[string]bool{}
	out := ss[:0:0]
	for _, s := range ss {
		if s != "" && !seen[s] {
			seen[s] = true
			out = append(out, s)
		}
	}
	return out
}

// LookupDNS asks r what DNS says about domain: MX (sorted by preference,
// then name), the v=spf1 TXT record, the CNAME of autodiscover.<domain>,
// and the SRV records _imaps._tcp, _imap._tcp, _submissions._tcp and
// _submission._tcp (as "host:port", by priority then weight). Lookups run
// side by side under ctx. A failed lookup records nothing: DNS errors are
// not findings here, the probes report their own. Names are lower case
// without the trailing dot. It returns nil for an empty domain.
//
// For a consumer domain in the provider table (gmail.com, outlook.com,
// web.de...) the SRV lookups are skipped: the table's endpoints are
// authoritative there, and discovery never reads SRV for them.
//
// This is the only function in the package's detection code that does I/O.
func LookupDNS(ctx context.Context, r Resolver, domain string) *DNSFacts {
	domain = strings.TrimSuffix(strings.ToLower(strings.TrimSpace(domain)), ".")
	if domain == "" || r == nil {
		return nil
	}
	facts := &DNSFacts{Domain: domain}
	srvNames := []string{"imaps", "imap", "submissions", "submission"}
	if consumerProvider(domain) != "" {
		srvNames = nil
	}
	srv := make([][]string, len(srvNames))

	// Each goroutine writes only its own variable; Wait joins them.
	var wg sync.WaitGroup
	run := func(f func()) {
		wg.Add(1)
		go func() { defer wg.Done(); f() }()
	}
	run(func() { facts.MX = lookupMX(ctx, r, domain) })
	run(func() { facts.SPF = lookupSPF(ctx, r, domain) })
	run(func() { facts.Autodiscover = lookupCNAME(ctx, r, "autodiscover."+domain) })
	for i, name := range srvNames {
		run(func() { srv[i] = lookupSRV(ctx, r, name, domain) })
	}
	wg.Wait()

	for i, name := range srvNames {
		if len(srv[i]) > 0 {
			if facts.SRV == nil {
				facts.SRV = map[string][]string{}
			}
			facts.SRV["_"+name+"._tcp"] = srv[i]
		}
	}
	return facts
}

func lookupMX(ctx context.Context, r Resolver, domain string) []string {
	mxs, err := r.LookupMX(ctx, domain)
	if err != nil {
		return nil
	}
	sorted := make([]*net.MX, 0, len(mxs))
	for _, mx := range mxs {
		if mx != nil && normName(mx.Host) != "" {
			sorted = append(sorted, mx)
		}
	}
	sort.SliceStable(sorted, func(i, j int) bool {
		if sorted[i].Pref != sorted[j].Pref {
			return sorted[i].Pref < sorted[j].Pref
		}
		return normName(sorted[i].Host) < normName(sorted[j].Host)
	})
	var out []string
	for _, mx := range sorted {
		out = append(out, normName(mx.Host))
	}
	return out
}

// lookupSPF returns the v=spf1 record; with several (a broken setup), the
// first in sorted order, so the result is deterministic.
func lookupSPF(ctx context.Context, r Resolver, domain string) string {
	txts, err := r.LookupTXT(ctx, domain)
	if err != nil {
		return ""
	}
	var spfs []string
	for _, t := range txts {
		t = strings.TrimSpace(t)
		if l := strings.ToLower(t); l == "v=spf1" || strings.HasPrefix(l, "v=spf1 ") {
			spfs = append(spfs, t)
		}
	}
	if len(spfs) == 0 {
		return ""
	}
	sort.Strings(spfs)
	return spfs[0]
}

// lookupCNAME returns the CNAME target, or "" when there is none (the Go
// resolver answers a name without a CNAME with the name itself).
func lookupCNAME(ctx context.Context, r Resolver, name string) string {
	target, err := r.LookupCNAME(ctx, name)
	if err != nil {
		return ""
	}
	target = normName(target)
	if target == normName(name) {
		return ""
	}
	return target
}

func lookupSRV(ctx context.Context, r Resolver, service, domain string) []string {
	_, addrs, err := r.LookupSRV(ctx, service, "tcp", domain)
	if err != nil {
		return nil
	}
	recs := make([]*net.SRV, 0, len(addrs))
	for _, a := range addrs {
		// A target of "." means the service is decidedly not offered
		// (RFC 2782).
		if a != nil && normName(a.Target) != "" {
			recs = append(recs, a)
		}
	}
	sort.SliceStable(recs, func(i, j int) bool {
		a, b := recs[i], recs[j]
		if a.Priority != b.Priority {
			return a.Priority < b.Priority
		}
		if a.Weight != b.Weight {
			return a.Weight > b.Weight
		}
		if normName(a.Target) != normName(b.Target) {
			return normName(a.Target) < normName(b.Target)
		}
		return a.Port < b.Port
	})
	var out []string
	for _, a := range recs {
		out = append(out, net.JoinHostPort(normName(a.Target), strconv.Itoa(int(a.Port))))
	}
	return out
}

func normName(s string) string {
	return strings.TrimSuffix(strings.ToLower(strings.TrimSpace(s)), ".")
}

// goDaddy is the registry's GoDaddy-sold Microsoft 365: its reseller name
// and the SPF include that hints at it, so detection and remediation read
// the facts from one place.
var goDaddy, _ = catalog.Lookup(catalog.IDMicrosoft365GoDaddy)
