package catalog

// IDOutlook is the registry id of outlook.
const IDOutlook ID = "outlook"

var (
	linkOutlookModernAuth = Link{"Microsoft: Modern authentication now needed to keep syncing Outlook.com mail in other apps",
		"https://support.microsoft.com/en-us/office/modern-authentication-methods-now-needed-to-continue-syncing-outlook-email-in-non-microsoft-email-apps-c5d65390-9676-4763-b41f-d7986499a90d"}
)

// Outlook.com, Hotmail, Live and MSN consumer accounts.
//
// Documentation: https://support.microsoft.com/en-us/office/pop-imap-and-smtp-settings-for-outlook-com-d088b986-291d-42b8-9564-9c414e2aa040
var infoOutlook = register(Info{
	ID: IDOutlook, Name: "Outlook.com",
	Aliases:      []string{"outlook.com", "hotmail", "live", "msn"},
	Domains:      []string{"outlook.*", "hotmail.*", "live.*", "msn.com"},
	IMAP:         tlsEP("outlook.office365.com", 993),
	SMTP:         startTLSEP("smtp-mail.outlook.com", 587),
	HostPatterns: []string{"smtp-mail.outlook.com", "imap-mail.outlook.com", "pop-mail.outlook.com"},
	MXPatterns:   []string{"olc.protection.outlook.com"},
	Sources: []Source{
		{URL: "https://support.microsoft.com/en-us/office/pop-imap-and-smtp-settings-for-outlook-com-d088b986-291d-42b8-9564-9c414e2aa040", Section: "§2", Checked: checked},
		{URL: "https://github.com/thunderbird/autoconfig/blob/master/ispdb/hotmail.com.xml", Section: "§2", Checked: checked},
	},
	Kind:    KindProvider,
	Section: "2",
	Rank:    2,
	Parent:  IDMicrosoft,
	Codes:   []Code{CodeInvalidCredentials, CodeAppPasswordRequired, CodeBasicAuthDisabled, CodeProtocolDisabled, CodeConnectionRefused, CodeConnectionTimeout, CodeTLSWrongMode, CodeTLSCertificate},
	Remedies: []Remediation{
		{
			Code:        CodeBasicAuthDisabled,
			Title:       "Outlook.com no longer accepts passwords from mail programs",
			Audience:    AudienceUser,
			Explanation: "Since 16 September 2024, Outlook.com, Hotmail and Live accounts accept no password sign-in for IMAP, POP or sending from other programs, app passwords included. The program has to sign in with your Microsoft account in a browser window (OAuth 2.0). There is no administrator who can change this.",
			UserSteps: []string{
				"Make sure IMAP is allowed: Outlook.com → Settings → Mail → Forwarding and IMAP → \"Let devices and apps use IMAP\" (and POP if you use it). It is off by default.",
				"Remove the account from your mail program and add it again choosing Outlook.com, Microsoft or \"Sign in with Microsoft\", and sign in as {email} in the browser window.",
				"If the program has no such option, update it or switch to one that has; no password will work in it again.",
			},
			VendorSteps: []string{"Your app must offer \"Sign in with Microsoft\" for personal Microsoft accounts too: register it for personal accounts (the consumers or common authority), request https://outlook.office.com/IMAP.AccessAsUser.All (and SMTP.Send) with offline_access, and sign in with SASL XOAUTH2 on outlook.office365.com and smtp-mail.outlook.com."},
			NoLongerWorks: []string{
				"Creating an app password for Outlook.com: since 16 September 2024 app passwords are refused for IMAP, POP and SMTP just like the account password.",
				"Setup guides, including recent ones, that still say Outlook.com app passwords work.",
			},
			Links:   []Link{linkOutlookModernAuth, linkOutlookSettings},
			Checked: checked,
		},
		{
			Code:        CodeInvalidCredentials,
			Title:       "Outlook.com refused the sign-in",
			Audience:    AudienceUser,
			Explanation: "Outlook.com, Hotmail and Live accounts have not accepted passwords from mail programs since 16 September 2024, so this refusal does not tell whether your password is right. A program must sign in with your Microsoft account (OAuth 2.0), and IMAP must be allowed in Outlook.com's settings.",
			UserSteps: []string{
				"Turn on Outlook.com → Settings → Mail → Forwarding and IMAP → \"Let devices and apps use IMAP\".",
				"Use \"Sign in with Microsoft\" in the mail program and sign in as {email}; no password or app password will be accepted.",
				"If the program already signs in with Microsoft, remove and re-add the account to get a fresh sign-in.",
			},
			NoLongerWorks: []string{"App passwords for Outlook.com: refused since 16 September 2024."},
			Links:         []Link{linkOutlookModernAuth, linkOutlookSettings},
			Checked:       checked,
		},
		{
			Code:        CodeAppPasswordRequired,
			Title:       "Outlook.com needs \"Sign in with Microsoft\"; app passwords do not work",
			Audience:    AudienceUser,
			Explanation: "Outlook.com, Hotmail and Live accounts accept neither the password nor an app password from mail programs since 16 September 2024. Only a program that signs in with your Microsoft account (OAuth 2.0) gets in.",
			UserSteps: []string{
				"Turn on Outlook.com → Settings → Mail → Forwarding and IMAP → \"Let devices and apps use IMAP\".",
				"Add the account in the mail program with \"Sign in with Microsoft\" and sign in as {email}; do not create an app password, it will be refused.",
			},
			NoLongerWorks: []string{"App passwords for Outlook.com: refused since 16 September 2024."},
			Links:         []Link{linkOutlookModernAuth, linkOutlookSettings},
			Checked:       checked,
		},
		{
			Code:        CodeProtocolDisabled,
			Title:       "IMAP or sending is not enabled for this Outlook.com account",
			Audience:    AudienceUser,
			Explanation: "Outlook.com has IMAP and POP access switched off by default. For sending, some newly created Outlook.com accounts have been reported to get \"SmtpClientAuthentication is disabled for the Mailbox\" even with OAuth, with no setting the owner can change; Microsoft has not documented this.",
			UserSteps: []string{
				"Turn on Outlook.com → Settings → Mail → Forwarding and IMAP → \"Let devices and apps use IMAP\" (and POP if needed), then save.",
				"Sign in from the program with \"Sign in with Microsoft\" as {email}.",
				"If only sending fails with \"SmtpClientAuthentication is disabled\", there is no known switch for it; a program that sends through Microsoft's web interface (Microsoft Graph) instead of SMTP may still work.",
			},
			NoLongerWorks: []string{"App passwords for Outlook.com: refused since 16 September 2024."},
			Links:         []Link{linkOutlookSettings, linkOutlookModernAuth},
			Checked:       checked,
		},
	},
})
