package diagnose

import "github.com/mailcheck-go/mailcheck/catalog"

// ProviderID is a provider's registry id ("microsoft365", "gmail"); the
// constants are in package catalog (catalog.IDMicrosoft365...).
type ProviderID = catalog.ID

// ProviderInfo is what mailcheck knows about one provider or server
// program; see [catalog.Info]. The registry in package catalog is the one
// source of these facts.
type ProviderInfo = catalog.Info

// LookupProvider returns the registry entry for a provider id ("unknown" is
// not registered). The result is a deep copy the caller may modify.
func LookupProvider(id ProviderID) (ProviderInfo, bool) {
	return catalog.Lookup(id)
}

// Providers returns a deep copy of every provider and server program in
// detection order (families, which only hold shared text, are left out).
func Providers() []ProviderInfo {
	var out []ProviderInfo
	for _, p := range catalog.All() {
		if p.Kind != catalog.KindFamily {
			out = append(out, p)
		}
	}
	return out
}

// providerTable is Providers, read once: detection walks it.
var providerTable = Providers()
