package catalog

// IDFastmail is the registry id of fastmail.
const IDFastmail ID = "fastmail"

const (
	fastmailAppPasswordStep = "Create an app password in Fastmail's settings, with access \"Mail (IMAP/POP/SMTP)\". Use it instead of your Fastmail password, with {email} as the user name."
	fastmailPlanStep        = "Fastmail's Basic plan cannot be used from third-party mail programs."
)

var (
	linkFastmailAppPasswords = Link{"Fastmail: App passwords",
		"https://www.fastmail.help/hc/en-us/articles/360058752854-App-passwords"}
	linkFastmailServers = Link{"Fastmail: Server names and ports",
		"https://www.fastmail.help/hc/en-us/articles/1500000278342"}
)

// Fastmail. The old mail.messagingengine.com host names no longer work but
// still identify the provider; the MX pattern is unverified.
//
// Documentation: https://www.fastmail.help/hc/en-us/articles/1500000278342
var infoFastmail = register(Info{
	ID: IDFastmail, Name: "Fastmail",
	Domains:      []string{"fastmail.com"},
	IMAP:         tlsEP("imap.fastmail.com", 993),
	SMTP:         tlsEP("smtp.fastmail.com", 465),
	HostPatterns: []string{"fastmail.com", "messagingengine.com"},
	MXPatterns:   []string{"messagingengine.com"},
	Sources: []Source{
		{URL: "https://www.fastmail.help/hc/en-us/articles/1500000278342", Section: "§10", Checked: checked},
		{URL: "https://www.fastmail.help/hc/en-us/articles/360058752854-App-passwords", Section: "§10", Checked: checked},
	},
	Kind:    KindProvider,
	Section: "10",
	Rank:    10,
	Codes:   consumerCodes,
	Remedies: []Remediation{
		{
			Code:        CodeAppPasswordRequired,
			Title:       "Fastmail needs an app password",
			Audience:    AudienceUser,
			Explanation: "Fastmail lets third-party mail programs sign in only with an app password; when the main password is tried, Fastmail emails you about it.",
			UserSteps:   []string{fastmailAppPasswordStep, fastmailPlanStep},
			Links:       []Link{linkFastmailAppPasswords},
			Checked:     checked,
		},
		{
			Code:        CodeInvalidCredentials,
			Title:       "Fastmail refused the user name or password",
			Audience:    AudienceUser,
			Explanation: "\"Incorrect username or password\" at Fastmail also covers the main account password, which mail programs cannot use.",
			UserSteps: []string{
				fastmailAppPasswordStep,
				"Use the current servers: imap.fastmail.com port 993 and smtp.fastmail.com port 465 (SSL/TLS); the old mail.messagingengine.com names no longer work.",
			},
			Links:   []Link{linkFastmailAppPasswords, linkFastmailServers},
			Checked: checked,
		},
		{
			Code:        CodeProtocolDisabled,
			Title:       "Fastmail did not let this program in",
			Audience:    AudienceUser,
			Explanation: "Fastmail allows third-party mail programs only with an app password that has mail access, and not on the Basic plan.",
			UserSteps:   []string{fastmailPlanStep, fastmailAppPasswordStep},
			Links:       []Link{linkFastmailAppPasswords},
			Checked:     checked,
		},
	},
})
