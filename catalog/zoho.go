package catalog

// IDZoho is the registry id of zoho.
const IDZoho ID = "zoho"

const (
	zohoEnableStep      = "Turn IMAP on first: Zoho Mail → Settings → Mail Accounts → IMAP Access (POP has its own switch there)."
	zohoAppPasswordStep = "If two-factor authentication is on, or your organisation signs in through SAML, create an app-specific password in your Zoho account's security settings and use it instead of your password."
	zohoHostStep        = "Use the servers for your region and account type: imap.zoho.com / smtp.zoho.com (or .eu, .com.au, .in, .jp); organisation (custom-domain) accounts use imappro.zoho.com / smtppro.zoho.com."
)

var (
	linkZohoIMAP = Link{"Zoho Mail: IMAP access",
		"https://www.zoho.com/mail/help/imap-access.html"}
	linkZohoAppPasswords = Link{"Zoho: Generate an app-specific password",
		"https://help.zoho.com/portal/en/kb/solo/communication/settings/articles/how-to-generate-app-specific-password"}
)

// Zoho Mail. Regional hosts (zoho.eu, zoho.com.au, zoho.in, zoho.jp) and
// imappro/smtppro for organisations. The MX patterns are unverified.
//
// Documentation: https://www.zoho.com/mail/help/imap-access.html
var infoZoho = register(Info{
	ID: IDZoho, Name: "Zoho Mail",
	Domains:          []string{"zoho.com"},
	IMAP:             tlsEP("imap.zoho.com", 993),
	SMTP:             tlsEP("smtp.zoho.com", 465),
	HostPatterns:     []string{"zoho.com", "zoho.eu", "zoho.com.au", "zoho.in", "zoho.jp", "zohomail.com"},
	MXPatterns:       []string{"zoho.com", "zoho.eu", "zoho.com.au", "zoho.in", "zoho.jp"},
	GreetingPatterns: []string{"zoho mail"},
	TextPatterns:     []string{"zoho"},
	BannerPatterns:   []string{"zohomail.com", "zoho.com"},
	Sources: []Source{
		{URL: "https://www.zoho.com/mail/help/imap-access.html", Section: "§9", Checked: checked},
		{URL: "https://github.com/thunderbird/autoconfig/blob/master/ispdb/zoho.com.xml", Section: "§9", Checked: checked},
		{URL: "https://github.com/Foundry376/Mailspring/issues/1334", Section: "§9", Checked: checked},
	},
	Kind:    KindProvider,
	Section: "9",
	Rank:    9,
	Codes:   consumerCodes,
	Remedies: []Remediation{
		{
			Code:        CodeProtocolDisabled,
			Title:       "IMAP access is not switched on in Zoho Mail",
			Audience:    AudienceUser,
			Explanation: "Zoho Mail lets mail programs in only after IMAP (or POP) access has been switched on in its settings.",
			UserSteps:   []string{zohoEnableStep, zohoHostStep},
			Links:       []Link{linkZohoIMAP},
			Checked:     checked,
		},
		{
			Code:        CodeInvalidCredentials,
			Title:       "Zoho refused the sign-in",
			Audience:    AudienceUser,
			Explanation: "Zoho gives the same refusal (\"Invalid credentials\" over IMAP) for a wrong password, for the account password where an app-specific password is needed, and possibly when IMAP or POP access is off (Zoho's wording for that case is not known).",
			UserSteps:   []string{zohoEnableStep, zohoAppPasswordStep, zohoHostStep},
			Links:       []Link{linkZohoIMAP, linkZohoAppPasswords},
			Checked:     checked,
		},
		{
			Code:        CodeAppPasswordRequired,
			Title:       "Zoho needs an app-specific password",
			Audience:    AudienceUser,
			Explanation: "With two-factor authentication on, or for organisation users who sign in through SAML, Zoho accepts only an app-specific password from mail programs.",
			UserSteps:   []string{zohoAppPasswordStep, zohoEnableStep},
			Links:       []Link{linkZohoAppPasswords, linkZohoIMAP},
			Checked:     checked,
		},
	},
})
