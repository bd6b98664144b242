package catalog

// IDICloud is the registry id of icloud.
const IDICloud ID = "icloud"

const (
	icloudAppPasswordStep = "Create an app-specific password: sign in at account.apple.com → Sign-In and Security → App-Specific Passwords → generate one for this program (two-factor authentication must be on; up to 25 can be active). Paste it instead of your Apple Account password. Changing the Apple Account password revokes them all."
	icloudAuthorizeStep   = "If the program offers to sign in with your Apple Account (Apple lets supported third-party apps that use iCloud Mail, Calendar and Contacts be authorised this way), use that instead: it needs no app-specific password."
	icloudVendorStep      = "Apple lets supported third-party apps be authorised with the Apple Account for iCloud Mail, Calendar and Contacts; until your app is one, tell users to create an app-specific password at account.apple.com, and never to enter their Apple Account password."
	icloudUserStep        = "Use your primary iCloud address as the user name; aliases cannot sign in."
)

var (
	linkAppleAppPasswords = Link{"Apple: App-specific passwords",
		"https://support.apple.com/en-us/102654"}
)

// iCloud Mail. The MX pattern is unverified in providers.md.
//
// Documentation: https://github.com/thunderbird/autoconfig/blob/master/ispdb/me.com.xml
var infoICloud = register(Info{
	ID: IDICloud, Name: "iCloud Mail",
	Domains:          []string{"icloud.com", "me.com", "mac.com"},
	IMAP:             tlsEP("imap.mail.me.com", 993),
	SMTP:             startTLSEP("smtp.mail.me.com", 587),
	HostPatterns:     []string{"mail.me.com", "icloud.com"},
	MXPatterns:       []string{"mail.icloud.com"},
	GreetingPatterns: []string{"iscream"},
	Sources: []Source{
		{URL: "https://github.com/thunderbird/autoconfig/blob/master/ispdb/me.com.xml", Section: "§8", Checked: checked},
		{URL: "https://github.com/lefcha/imapfilter/issues/125", Section: "§8", Checked: checked},
	},
	Kind:    KindProvider,
	Section: "8",
	Rank:    8,
	Codes:   []Code{CodeMechanismUnsupported, CodeInvalidCredentials, CodeAppPasswordRequired, CodeProtocolDisabled},
	Remedies: []Remediation{
		{
			Code:        CodeAppPasswordRequired,
			Title:       "iCloud Mail needs an app-specific password",
			Audience:    AudienceUser,
			Explanation: "iCloud Mail does not accept your Apple Account password from other mail programs. Use an app-specific password, or, in a program Apple supports for it, sign in with your Apple Account.",
			UserSteps:   []string{icloudAppPasswordStep, icloudAuthorizeStep, icloudUserStep},
			VendorSteps: []string{icloudVendorStep},
			Links:       []Link{linkAppleAppPasswords},
			Checked:     "2026-12-05",
		},
		{
			Code:        CodeInvalidCredentials,
			Title:       "iCloud refused the sign-in",
			Audience:    AudienceUser,
			Explanation: "iCloud answers \"Authentication failed\" for a wrong app-specific password, for the Apple Account password (never accepted here), and for an alias used as the user name.",
			UserSteps:   []string{icloudUserStep, icloudAppPasswordStep, icloudAuthorizeStep},
			Links:       []Link{linkAppleAppPasswords},
			Checked:     "2026-12-05",
		},
		{
			Code:        CodeProtocolDisabled,
			Title:       "iCloud did not let this program in",
			Audience:    AudienceUser,
			Explanation: "iCloud Mail lets other mail programs in with an app-specific password (or, in programs Apple supports for it, an Apple Account sign-in) and the primary address only. It has no POP.",
			UserSteps: []string{
				icloudAppPasswordStep,
				icloudUserStep,
				"Servers: imap.mail.me.com port 993 (SSL/TLS); smtp.mail.me.com port 587 (STARTTLS).",
			},
			Links:   []Link{linkAppleAppPasswords},
			Checked: "2026-12-05",
		},
		{
			Code:        CodeMechanismUnsupported,
			Title:       "iCloud refused this sign-in method",
			Audience:    AudienceUser,
			Explanation: "One report (2025) describes iCloud refusing AUTHENTICATE PLAIN while LOGIN with the same app-specific password worked; this is not confirmed as general behaviour.",
			UserSteps: []string{
				"Set the program's authentication method to \"normal password\" and use an app-specific password.",
				"If the program lets you choose, try the other password method.",
			},
			Links:   []Link{linkAppleAppPasswords},
			Checked: "2026-12-05",
		},
	},
})
