package diagnose

import "github.com/mailcheck-go/mailcheck/catalog"

// Provider is the mail provider or server software behind an account.
type Provider struct {
	// ID is the provider's registry id, a stable wire name such as
	// "microsoft365", "outlook", "exchange", "google_workspace", "gmail",
	// "yahoo", "icloud" or "dovecot" (catalog.All lists every one), or
	// "unknown".
	ID ProviderID `json:"id"`
	// Name is the provider's name for people ("Microsoft 365").
	Name string `json:"name"`
	// Reseller is set when the service is sold through a reseller that
	// changes the admin path ("godaddy" for GoDaddy-federated Microsoft 365).
	Reseller string `json:"reseller,omitempty"`
	// Evidence lists what identified the provider, strongest first
	// ("IMAP greeting: * OK The Microsoft Exchange IMAP4 service is ready.",
	// "MX: example-com.mail.protection.outlook.com").
	Evidence []string `json:"evidence,omitempty"`
}

// Endpoint is where and how to reach one protocol.
type Endpoint = catalog.Endpoint

// DNSFacts is what DNS said about the account's domain; provider detection
// reads it and never does the lookups itself.
type DNSFacts struct {
	// Domain is the domain asked about (the part of the address after @).
	Domain string `json:"domain"`
	// MX is the MX host names, most preferred first.
	MX []string `json:"mx,omitempty"`
	// SPF is the v=spf1 TXT record, if any.
	SPF string `json:"spf,omitempty"`
	// Autodiscover is the CNAME target of autodiscover.<domain>, if any.
	Autodiscover string `json:"autodiscover,omitempty"`
	// SRV records per service name ("_imaps._tcp"...), as "host:port".
	SRV map[string][]string `json:"srv,omitempty"`
}

// DetectInput is everything provider detection may look at. Any field may
// be empty.
type DetectInput struct {
	Email        string
	IMAPHost     string
	SMTPHost     string
	IMAPGreeting string
	IMAPCaps     []string
	SMTPBanner   string
	SMTPEHLO     string
	DNS          *DNSFacts
}
