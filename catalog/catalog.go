package catalog

// checked is the date the facts behind most entries were last verified
// against the sources in docs/providers.md. Entries whose facts were read
// again later carry their own date.
const checked = "2026-11-22"

// consumerCodes are the sign-in codes every consumer provider needs its own
// text for: their servers answer a wrong password, a missing app password
// and a switched-off protocol with the same few words.
var consumerCodes = []Code{CodeInvalidCredentials, CodeAppPasswordRequired, CodeProtocolDisabled}

// googleCodes are the codes of Google's observed replies (docs/providers.md
// §4): 5.7.8 / "Invalid credentials", 5.7.9 / "Application-specific password
// required", 5.7.14 / "log in via your web browser", "Too many login
// attempts", "Must issue a STARTTLS command first", "IMAP access is
// disabled", and basic_auth_disabled for a plain password refused since the
// end of "less secure apps".
var googleCodes = []Code{
	CodeTLSWrongMode, CodePlaintextDisallowed,
	CodeInvalidCredentials, CodeAppPasswordRequired, CodeBasicAuthDisabled, CodePolicyBlocked,
	CodeProtocolDisabled, CodeWebLoginRequired, CodeRateLimited,
}

type remedyKey struct {
	code     Code
	provider ID
	protocol Protocol
}

// index is every remediation entry keyed by (code, provider, protocol);
// built in init from genericEntries and the registry.
var index map[remedyKey][]*Remediation

func buildIndex() {
	index = make(map[remedyKey][]*Remediation)
	add := func(r *Remediation) {
		k := remedyKey{r.Code, r.Provider, r.Protocol}
		index[k] = append(index[k], r)
	}
	for i := range genericEntries {
		add(&genericEntries[i])
	}
	for _, p := range sorted {
		for i := range p.Remedies {
			add(&p.Remedies[i])
		}
	}
}

// Find returns the most specific entry for code at provider id for protocol
// proto: the provider's own entry for that protocol (for POP3, the IMAP
// entry when there is no POP3 one), then its own entry for every protocol,
// then the same for each parent (see [Chain]), then the generic entries.
// accept, when not nil, may pass an entry by (an entry true for one kind
// of certificate failure only, say). The result is a copy. ok is false
// only for a code with no generic entry.
func Find(code Code, id ID, proto Protocol, accept func(Remediation) bool) (Remediation, bool) {
	try := func(p ID, pr Protocol) (Remediation, bool) {
		for _, e := range index[remedyKey{code, p, pr}] {
			if accept == nil || accept(*e) {
				return e.Clone(), true
			}
		}
		return Remediation{}, false
	}
	// POP3 reads mail like IMAP, and every provider's fix for the two is
	// the same, so a POP3 finding takes the IMAP entry when there is no
	// POP3 one.
	protos := []Protocol{proto}
	if proto == ProtocolPOP3 {
		protos = append(protos, ProtocolIMAP)
	}
	for _, p := range append(Chain(id), "") {
		for _, pr := range protos {
			if pr == "" {
				continue
			}
			if r, ok := try(p, pr); ok {
				return r, true
			}
		}
		if r, ok := try(p, ""); ok {
			return r, true
		}
	}
	return Remediation{}, false
}

// Entries returns a copy of every entry: the generic ones in the order of
// Codes, then each provider's in detection order.
func Entries() []Remediation {
	var out []Remediation
	for _, e := range genericEntries {
		out = append(out, e.Clone())
	}
	for _, p := range sorted {
		for _, e := range p.Remedies {
			out = append(out, e.Clone())
		}
	}
	return out
}
