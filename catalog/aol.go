package catalog

// IDAOL is the registry id of aol.
const IDAOL ID = "aol"

var (
	linkAOLAppPasswords = Link{"AOL: Create and manage app passwords",
		"https://help.aol.com/articles/Create-and-manage-app-password"}
)

// AOL Mail (runs on Yahoo's platform).
//
// Documentation: https://github.com/thunderbird/autoconfig/blob/master/ispdb/aol.com.xml
var infoAOL = register(Info{
	ID: IDAOL, Name: "AOL Mail",
	Domains:      []string{"aol.com"},
	IMAP:         tlsEP("imap.aol.com", 993),
	SMTP:         tlsEP("smtp.aol.com", 465),
	HostPatterns: []string{"aol.com"},
	MXPatterns:   []string{"mail.gm0.yahoodns.net"},
	Sources: []Source{
		{URL: "https://github.com/thunderbird/autoconfig/blob/master/ispdb/aol.com.xml", Section: "§7", Checked: checked},
	},
	Kind:    KindProvider,
	Section: "7",
	Rank:    7,
	Codes:   consumerCodes,
	Remedies: []Remediation{
		{
			Code:        CodeAppPasswordRequired,
			Title:       "AOL needs an app password",
			Audience:    AudienceUser,
			Explanation: "AOL runs on Yahoo's mail platform and does not accept your AOL password from mail programs. A program that signs in through AOL's own sign-in page (OAuth) needs nothing more; any other needs an AOL app password, and app passwords are as contested at AOL as at Yahoo. Some users report that AOL's app-password page fails for them.",
			UserSteps: []string{
				"Best, where your mail program offers it: add the account with AOL's own sign-in page (OAuth 2.0) in a browser window.",
				"Otherwise create an app password in your AOL account's security settings and paste it instead of your password, with {email} as the user name.",
				"If the page will not create one, or a fresh app password is refused, use AOL's own app or webmail, or a program that signs in with AOL (OAuth).",
			},
			VendorSteps: []string{yahooVendorStep},
			Links:       []Link{linkAOLAppPasswords},
			Checked:     "2026-12-05",
		},
		{
			Code:        CodeInvalidCredentials,
			Title:       "AOL refused the sign-in",
			Audience:    AudienceUser,
			Explanation: "AOL runs on Yahoo's mail platform: a refusal usually means a wrong password or the AOL password used where an app password is needed.",
			UserSteps: []string{
				"Use the full address, {email}, as the user name.",
				"Use a program that signs in with AOL's own sign-in page (OAuth) if yours offers it; otherwise create an AOL app password in your account's security settings and use it instead of your password.",
			},
			VendorSteps: []string{yahooVendorStep},
			Links:       []Link{linkAOLAppPasswords},
			Checked:     "2026-12-05",
		},
		{
			Code:        CodeProtocolDisabled,
			Title:       "AOL did not let this program in",
			Audience:    AudienceUser,
			Explanation: "We know of no AOL setting that turns IMAP off for an account. The usual cause of a refusal is a missing app password.",
			UserSteps: []string{
				"Sign in with AOL's own sign-in page (OAuth) if the program offers it; otherwise create an AOL app password and use it instead of your password.",
				"Check the servers: imap.aol.com port 993 (SSL/TLS); smtp.aol.com port 465 (SSL/TLS).",
			},
			Links:   []Link{linkAOLAppPasswords},
			Checked: "2026-12-05",
		},
	},
})
