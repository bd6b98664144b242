package catalog

import (
	"sort"
	"strings"

	"github.com/mailcheck-go/mailcheck/probe"
)

// ID is a provider's registry id, a stable wire name ("microsoft365",
// "gmail"). Every id is a constant declared in the provider's own file
// (IDMicrosoft365 in microsoft365.go), so a misspelt id does not compile;
// IDUnknown is the one id that has no entry.
type ID string

// IDUnknown is reported when nothing identified the provider.
const IDUnknown ID = "unknown"

// Kind says what a registry entry stands for.
type Kind string

const (
	// KindProvider is a mail service with public endpoints (Gmail).
	KindProvider Kind = "provider"
	// KindSoftware is server software run by many operators (Dovecot,
	// Exchange Server); its hosts are the operator's own.
	KindSoftware Kind = "software"
	// KindFamily holds what is true for several entries (all of
	// Microsoft's clouds, all of Google's): remediation text they share.
	KindFamily Kind = "family"
)

// Endpoint is where and how to reach one protocol.
type Endpoint struct {
	// Host is the server's host name or IP address.
	Host string `json:"host"`
	// Port is the TCP port.
	Port int `json:"port"`
	// Security is tls (implicit TLS), starttls or none.
	Security probe.Security `json:"security"`
}

// Source is a public page a fact comes from, with the date it was read.
type Source struct {
	// URL is the page.
	URL string
	// Section is where docs/providers.md records what the page says ("§1").
	Section string
	// Checked is the date (YYYY-MM-DD) the page was last read for this fact.
	Checked string
}

// Info is everything mailcheck knows about one provider, server program or
// family: one value per file in this package, registered by the file that
// declares it. Detection, explanation, discovery, remediation and the
// mailtest fakes all read it; nothing else holds provider facts.
//
// All patterns are lower case. Domains match an address's domain exactly,
// or, for a pattern ending in ".*" such as "hotmail.*", any country or
// generic ending of at most two short labels ("hotmail.co.uk", "hotmail.de").
// Host, MX, SPF and autodiscover patterns match a name equal to the pattern
// or ending in "." + pattern. Greeting, banner and text patterns are
// substrings of the lower-cased server line or pasted text.
type Info struct {
	// ID is the registry id, declared as a constant in the entry's file.
	ID ID
	// Name is the name people know the service by ("Microsoft 365").
	Name string
	// Kind says whether this is a provider, server software or a family.
	Kind Kind
	// Parent is the broader entry whose remediation applies when this one
	// has none for a code ("gmail" → "google"); "" means the generic text.
	Parent ID
	// Reseller names the company that sold the service when that changes
	// the admin path ("godaddy").
	Reseller string
	// ResellerSPF lists SPF include domains that put a parent's service
	// with this reseller: the reseller runs the domain's DNS, and the
	// tenant may be federated to it (a hedge, not a proof).
	ResellerSPF []string
	// Aliases are other names people use for the service ("Office 365").
	Aliases []string
	// Section is this entry's section in docs/providers.md ("1").
	Section string
	// Rank orders detection: on equal evidence the lower rank wins.
	Rank int
	// Domains are the consumer address domains the provider owns.
	Domains []string
	// IMAP and SMTP are the published endpoints; zero when the host is the
	// organisation's own (Exchange on-premises, generic hosting).
	IMAP, SMTP Endpoint
	// HostPatterns match the IMAP or SMTP host name a user configured.
	HostPatterns []string
	// MXPatterns match the domain's MX hosts.
	MXPatterns []string
	// SPFIncludes match include: (and redirect=) targets in the SPF record.
	SPFIncludes []string
	// AutodiscoverPatterns match the CNAME target of autodiscover.<domain>.
	AutodiscoverPatterns []string
	// GreetingPatterns match the IMAP (or POP3) greeting; BannerPatterns
	// the SMTP banner and EHLO reply.
	GreetingPatterns, BannerPatterns []string
	// TextPatterns are phrases only this provider's servers send, read in
	// pasted text when no host says who answered.
	TextPatterns []string
	// LikelyWording are phrases, matched with their case, that this
	// provider's servers send and that are most often seen from it, though
	// others may send them too (Exchange Online's "AUTHENTICATE failed.").
	// Pasted text with such a phrase and nothing naming the server gets
	// advice that leads with this provider's case (LikelyLead), says which
	// fact would confirm it (LikelyConfirm), and keeps the generic reading
	// as the alternative.
	LikelyWording []string
	// LikelyLead opens that advice ("If this is Microsoft 365 / Exchange
	// Online, no password or app password works ...").
	LikelyLead string
	// LikelyConfirm says which fact would confirm the provider (the host,
	// the greeting) and what the words mean elsewhere.
	LikelyConfirm string
	// Codes are the codes this provider's servers can produce that need
	// its own (or its family's) remediation; a test holds Remedies to it.
	Codes []Code
	// Remedies is the provider's remediation text, one entry per code (and
	// per protocol where the fix differs).
	Remedies []Remediation
	// Sources are the public pages the facts come from.
	Sources []Source
}

// registry holds every entry by id; register fills it while the package's
// variables are initialised, sorted is built from it in init.
var (
	registry = map[ID]*Info{}
	sorted   []*Info
)

// register adds an entry. It is called once per file, from a package-level
// variable, so adding a provider is one file. A duplicate id is a
// programming error caught at start-up (and by the registry test).
func register(i Info) *Info {
	if i.ID == "" || i.ID == IDUnknown {
		panic("catalog: provider without id")
	}
	if _, dup := registry[i.ID]; dup {
		panic("catalog: provider registered twice: " + string(i.ID))
	}
	for k := range i.Remedies {
		i.Remedies[k].Provider = i.ID
	}
	p := &i
	registry[i.ID] = p
	return p
}

func init() {
	for _, p := range registry {
		sorted = append(sorted, p)
	}
	sort.Slice(sorted, func(a, b int) bool {
		if sorted[a].Rank != sorted[b].Rank {
			return sorted[a].Rank < sorted[b].Rank
		}
		return sorted[a].ID < sorted[b].ID
	})
	aliases = make(map[string]ID)
	for _, p := range sorted {
		for _, a := range p.Aliases {
			aliases[strings.ToLower(a)] = p.ID
		}
	}
	buildIndex()
}

// aliases maps each lower-cased alias to its entry; built in init.
var aliases map[string]ID

// Lookup returns the entry for id. The result is a deep copy the caller may
// modify.
func Lookup(id ID) (Info, bool) {
	p, ok := registry[id]
	if !ok {
		return Info{}, false
	}
	return p.clone(), true
}

// Resolve turns a name a person typed into a registry id: an id itself
// ("gmail"), or one of an entry's aliases ("Office 365", "hotmail"), in any
// case and with surrounding space. Aliases are tried first, so "google"
// (Gmail's alias, and the name of Google's family entry) means Gmail's
// servers. It returns "" for an empty name or "unknown", and the cleaned
// name unchanged when nothing matches, so an unknown id still falls back to
// generic advice.
func Resolve(name string) ID {
	n := strings.ToLower(strings.TrimSpace(name))
	if n == "" || ID(n) == IDUnknown {
		return ""
	}
	if id, ok := aliases[n]; ok {
		return id
	}
	return ID(n)
}

// Likely returns the entry whose LikelyWording occurs in text (matched
// with its case), in detection order, and the phrase that matched; ok is
// false when none does. Use it only when nothing else names the server.
func Likely(text string) (info Info, phrase string, ok bool) {
	for _, p := range sorted {
		for _, w := range p.LikelyWording {
			if strings.Contains(text, w) {
				return p.clone(), w, true
			}
		}
	}
	return Info{}, "", false
}

// Registered reports whether id is in the registry.
func Registered(id ID) bool {
	_, ok := registry[id]
	return ok
}

// All returns a deep copy of every entry in detection order (Rank, then id).
func All() []Info {
	out := make([]Info, 0, len(sorted))
	for _, p := range sorted {
		out = append(out, p.clone())
	}
	return out
}

// Chain returns id followed by its parents, most specific first
// ("microsoft365_godaddy", "microsoft365", "microsoft").
func Chain(id ID) []ID {
	var out []ID
	for p, n := id, 0; p != "" && n < 8; n++ {
		out = append(out, p)
		i, ok := registry[p]
		if !ok {
			break
		}
		p = i.Parent
	}
	return out
}

// Family returns the top of id's parent chain ("gmail" → "google"); an id
// without a parent is its own family.
func Family(id ID) ID {
	c := Chain(id)
	if len(c) == 0 {
		return id
	}
	return c[len(c)-1]
}

func (p *Info) clone() Info {
	c := *p
	for _, s := range []*[]string{&c.Aliases, &c.ResellerSPF, &c.Domains, &c.HostPatterns, &c.MXPatterns, &c.SPFIncludes,
		&c.AutodiscoverPatterns, &c.GreetingPatterns, &c.BannerPatterns, &c.TextPatterns, &c.LikelyWording} {
		*s = append([]string(nil), (*s)...)
	}
	c.Codes = append([]Code(nil), c.Codes...)
	c.Sources = append([]Source(nil), c.Sources...)
	c.Remedies = make([]Remediation, len(p.Remedies))
	for k, r := range p.Remedies {
		c.Remedies[k] = r.Clone()
	}
	return c
}

func tlsEP(host string, port int) Endpoint {
	return Endpoint{Host: host, Port: port, Security: probe.SecurityTLS}
}

func startTLSEP(host string, port int) Endpoint {
	return Endpoint{Host: host, Port: port, Security: probe.SecurityStartTLS}
}
