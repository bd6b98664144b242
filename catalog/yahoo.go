package catalog

// IDYahoo is the registry id of yahoo.
const IDYahoo ID = "yahoo"

const (
	yahooAppPasswordStep = "Create an app password: Yahoo Account → Account Security → External connections (app passwords) → create one for this program, and paste it instead of your Yahoo password, with {email} as the user name."
	yahooEligibleStep    = "If Yahoo refuses to create one (an \"eligibility\" message), try again later from a browser you have used to sign in to Yahoo for several days; Yahoo support cannot override it. Meanwhile use Yahoo's own app or webmail."
	yahooOAuthStep       = "Best, where your mail program offers it: add the account with \"Sign in with Yahoo\" (Yahoo's own sign-in page in a browser window, OAuth 2.0). It needs no app password and is the path Yahoo is moving third-party access to."
	yahooOAuthHedge      = "App passwords are contested (as of mailcheck's facts, checked in 2026): Yahoo's help still describes them, but mail-program makers report them refused for some accounts and Yahoo moving third-party access to its own sign-in page. If a freshly created app password is refused too, only a program that signs in with Yahoo (OAuth) will work."
	yahooVendorStep      = "Offer \"Sign in with Yahoo\": Yahoo and AOL accept OAuth 2.0 (SASL OAUTHBEARER or XOAUTH2) on their IMAP and SMTP servers only for applications Yahoo has approved for mail access; apply for Yahoo Mail API access, and register separate client credentials for AOL accounts. Do not build on app passwords alone."
	yahooNoLSA           = "\"Allow apps that use less secure sign in\": Yahoo removed the setting on 30 June 2020."
)

var (
	linkYahooAppPasswords = Link{"Yahoo: Generate and manage third-party app passwords",
		"https://help.yahoo.com/kb/generate-manage-third-party-passwords-sln15241.html"}
	linkYahooOAuth = Link{"Yahoo: IMAP and SMTP with OAuth 2.0 (for developers)",
		"https://senders.yahooinc.com/developer/documentation"}
	linkYahooIMAP = Link{"Yahoo: IMAP server settings",
		"https://help.yahoo.com/kb/new-mail-for-desktop/imap-server-settings-yahoo-mail-sln4075.html"}
)

// Yahoo Mail.
//
// Documentation: https://help.yahoo.com/kb/new-mail-for-desktop/imap-server-settings-yahoo-mail-sln4075.html
var infoYahoo = register(Info{
	ID: IDYahoo, Name: "Yahoo Mail",
	Domains:      []string{"yahoo.*"},
	IMAP:         tlsEP("imap.mail.yahoo.com", 993),
	SMTP:         tlsEP("smtp.mail.yahoo.com", 465),
	HostPatterns: []string{"yahoo.com"},
	// Yahoo's coded refusals (docs/providers.md §6).
	TextPatterns:   []string{"#auth005", "#mbr1212", "yahoo"},
	MXPatterns:     []string{"am0.yahoodns.net"},
	BannerPatterns: []string{"mail.yahoo.com", ".yahoo.com hello"},
	Sources: []Source{
		{URL: "https://help.yahoo.com/kb/new-mail-for-desktop/imap-server-settings-yahoo-mail-sln4075.html", Section: "§6", Checked: checked},
		{URL: "https://github.com/thunderbird/autoconfig/blob/master/ispdb/yahoo.com.xml", Section: "§6", Checked: checked},
	},
	Kind:    KindProvider,
	Section: "6",
	Rank:    6,
	Codes:   []Code{CodeInvalidCredentials, CodeAppPasswordRequired, CodeProtocolDisabled, CodeRateLimited},
	Remedies: []Remediation{
		{
			Code:          CodeAppPasswordRequired,
			Title:         "Yahoo needs an app password",
			Audience:      AudienceUser,
			Explanation:   "Yahoo does not accept your Yahoo password from mail programs. A program that signs in through Yahoo's own sign-in page (OAuth) needs nothing more; any other needs an app password instead of your Yahoo password, and app passwords are on their way out at Yahoo.",
			UserSteps:     []string{yahooOAuthStep, yahooAppPasswordStep, yahooEligibleStep, yahooOAuthHedge},
			VendorSteps:   []string{yahooVendorStep},
			NoLongerWorks: []string{yahooNoLSA},
			Links:         []Link{linkYahooAppPasswords, linkYahooIMAP, linkYahooOAuth},
			Checked:       "2026-12-05",
		},
		{
			Code:        CodeInvalidCredentials,
			Title:       "Yahoo refused the sign-in",
			Audience:    AudienceUser,
			Explanation: "Yahoo answers \"Invalid credentials\" both for a wrong password and for your Yahoo password used where an app password is needed, which is the case for most mail programs.",
			UserSteps: []string{
				"Use the full address, {email}, as the user name.",
				yahooOAuthStep,
				yahooAppPasswordStep,
				yahooEligibleStep,
				yahooOAuthHedge,
			},
			VendorSteps:   []string{yahooVendorStep},
			NoLongerWorks: []string{yahooNoLSA},
			Links:         []Link{linkYahooAppPasswords},
			Checked:       "2026-12-05",
		},
		{
			Code:        CodeProtocolDisabled,
			Title:       "Yahoo did not let this program in",
			Audience:    AudienceUser,
			Explanation: "We know of no Yahoo setting that turns IMAP off for an account. When Yahoo refuses a mail program, the usual cause is that it was given the Yahoo password instead of an app password.",
			UserSteps: []string{
				yahooOAuthStep,
				yahooAppPasswordStep,
				"Check the servers: imap.mail.yahoo.com port 993 (SSL/TLS); smtp.mail.yahoo.com port 465 (SSL/TLS).",
				yahooOAuthHedge,
			},
			VendorSteps:   []string{yahooVendorStep},
			NoLongerWorks: []string{yahooNoLSA},
			Links:         []Link{linkYahooIMAP, linkYahooAppPasswords},
			Checked:       "2026-12-05",
		},
		{
			Code:        CodeRateLimited,
			Phase:       PhaseSignIn,
			Title:       "Yahoo is limiting this account's sign-ins or connections",
			Audience:    AudienceUser,
			Explanation: "\"Too many bad auth attempts\" (#AUTH005) usually follows repeated tries with the Yahoo password where an app password is needed. A limit on connections or commands (\"[LIMIT]\", too many connections) follows several programs or devices syncing the account at once.",
			UserSteps: []string{
				"Stop the program for a while, and close other programs and devices that sync this account.",
				yahooOAuthStep,
				yahooAppPasswordStep,
			},
			Links:   []Link{linkYahooAppPasswords},
			Checked: "2026-12-05",
		},
	},
})
