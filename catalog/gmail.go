package catalog

// IDGmail is the registry id of gmail.
const IDGmail ID = "gmail"

// Gmail personal accounts.
//
// Documentation: https://support.google.com/mail/answer/7126229
var infoGmail = register(Info{
	ID: IDGmail, Name: "Gmail",
	Aliases:      []string{"google", "googlemail"},
	Domains:      []string{"gmail.com", "googlemail.com"},
	IMAP:         tlsEP("imap.gmail.com", 993),
	SMTP:         tlsEP("smtp.gmail.com", 465),
	HostPatterns: []string{"gmail.com", "googlemail.com", "google.com"},
	// "Please visit your Gmail settings page and enable your account for
	// IMAP access" (Gmail's refusal, docs/providers.md §4) names it too.
	TextPatterns: []string{"support.google.com", "your gmail settings page"},
	// Google's wording without its "- gsmtp" trailer (docs/providers.md §4).
	LikelyWording:    []string{"Username and Password not accepted", "Application-specific password required", "Please log in via your web browser"},
	LikelyLead:       "If this is Gmail or Google Workspace, the account password is refused from mail programs: they need an app password (with 2-Step Verification) or \"Sign in with Google\"",
	LikelyConfirm:    "The server's name would confirm it (imap.gmail.com or smtp.gmail.com: give it with --host; Hints.Host in the Go library), or the \"- gsmtp\" that ends Google's SMTP replies. On another server the same words usually mean a wrong user name or password.",
	GreetingPatterns: []string{"gimap ready", "gpop ready"},
	BannerPatterns:   []string{"- gsmtp", "smtp.gmail.com"},
	Sources: []Source{
		{URL: "https://support.google.com/mail/answer/7126229", Section: "§5", Checked: checked},
		{URL: "https://support.google.com/a/answer/3726730", Section: "§5", Checked: checked},
	},
	Kind:    KindProvider,
	Section: "5",
	Rank:    4,
	Parent:  IDGoogle,
	Codes:   googleCodes,
	Remedies: []Remediation{
		{
			Code:        CodeProtocolDisabled,
			Title:       "Google does not allow IMAP for this account",
			Audience:    AudienceUser,
			Explanation: "Google said IMAP is not allowed for this account. For a work or school account (Google Workspace) the usual cause is its administrator, who allows POP and IMAP per group of users. It has also been reported for child accounts supervised with Family Link. Older personal accounts could have IMAP switched off in Gmail's settings; secondary sources say Google removed that switch in January 2025 and IMAP is always on, but no Google page mailcheck checked says so.",
			UserSteps: []string{
				"If the address is a work or school one (your organisation's own domain, not gmail.com), forward this message to its Google Workspace administrator.",
				"If Gmail's settings on the web still show a switch for IMAP access, turn it on and save.",
				"If this is a child account managed with Family Link, IMAP may simply not be available for it; use the Gmail app instead.",
			},
			AdminSteps: []string{"In the Google Admin console, go to Apps > Google Workspace > Gmail > End User Access > POP and IMAP access, and enable IMAP for the user's organisational unit (if only approved OAuth clients are allowed, add the program's client ID). Changes can take up to 24 hours."},
			Links:      []Link{linkGoogleIMAPSettings},
			Checked:    checked,
		},
		{
			Code:        CodePolicyBlocked,
			Phase:       PhaseSignIn,
			Title:       "This Google account's security settings rule out app passwords",
			Audience:    AudienceUser,
			Explanation: "With 2-Step Verification set to security keys only, or with Advanced Protection, Google offers no app passwords, so password-based mail programs cannot sign in.",
			UserSteps: []string{
				"Use a mail program that offers \"Sign in with Google\" (OAuth 2.0).",
				"Or, if you accept the trade-off, change 2-Step Verification to allow other methods, then create an app password at Google Account → Security → 2-Step Verification → App passwords.",
			},
			NoLongerWorks: []string{googleNoLSA},
			Links:         []Link{linkGoogleAppPasswords},
			Checked:       checked,
		},
	},
})
