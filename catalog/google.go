package catalog

// IDGoogle is the registry id of google.
const IDGoogle ID = "google"

const (
	googleVendorStep      = "Offer \"Sign in with Google\": OAuth 2.0 with the scope https://mail.google.com/ (the one that covers IMAP, SMTP and POP) and SASL XOAUTH2 on imap.gmail.com and smtp.gmail.com. Google classes that scope as restricted: before other people's accounts can use a public app, Google must verify it, with a security assessment."
	googleAppPasswordStep = "Create an app password: Google Account → Security → 2-Step Verification → App passwords (turn on 2-Step Verification first if Google asks). Paste the app password into the mail program instead of your normal password, with {email} as the user name."
	googleOAuthStep       = "Or use a mail program that offers \"Sign in with Google\" (OAuth 2.0); it needs no app password."
	googleMissingStep     = "If App passwords is missing: 2-Step Verification may be off, set to security keys only, or the account is in Advanced Protection; for a work or school account the organisation may not allow app passwords. Then use \"Sign in with Google\", or ask the administrator."
	googleNoLSA           = "Turning on \"Less secure apps\" (\"Allow less secure apps\"): Google removed the setting; it no longer exists for any Google account."
	googleAdminIMAPPath   = "Google Admin console → Apps → Google Workspace → Gmail → End User Access → POP and IMAP access: for the organisational unit of {email}, enable IMAP (and POP if needed) and allow either all clients or the specific OAuth client the program uses; non-OAuth programs (app passwords) work only when all clients are allowed."
	googleAdminKeysStep   = "If users need app passwords, allow 2-Step Verification for them and do not enforce security keys only: enforcing security keys switches app passwords off."
)

var (
	// Google.
	linkGoogleAppPasswords = Link{"Google: Sign in with app passwords",
		"https://support.google.com/accounts/answer/185833"}
	linkGoogleWorkspaceOAuth = Link{"Google Workspace: transition from less secure apps to OAuth",
		"https://support.google.com/a/answer/14114704"}
	linkGoogleSecurityKeys = Link{"Google Workspace Admin: Enforce security keys (disables app passwords)",
		"https://support.google.com/a/answer/9176599"}
	linkGoogleIMAPSettings = Link{"Google: Read Gmail messages on other email clients using IMAP",
		"https://support.google.com/mail/answer/7126229"}
	linkGoogleWebLogin = Link{"Google: Problems signing in from an email app",
		"https://support.google.com/mail/answer/78754"}
	linkGoogleSMTPErrors = Link{"Google Workspace: Gmail SMTP errors and codes",
		"https://support.google.com/a/answer/3726730"}
	linkGoogleRestricted = Link{"Google: restricted scopes (https://mail.google.com/ covers IMAP, SMTP and POP)",
		"https://support.google.com/cloud/answer/13464325"}
	linkGoogleXOAuth2 = Link{"Google: OAuth 2.0 for IMAP and SMTP (XOAUTH2)",
		"https://developers.google.com/gmail/imap/xoauth2-protocol"}
)

var infoGoogle = register(Info{
	ID: IDGoogle, Name: "Google (family)",
	Kind:    KindFamily,
	Section: "4",
	Rank:    101,
	Remedies: []Remediation{
		{
			Code:        CodeInvalidCredentials,
			Title:       "Google did not accept the user name and password",
			Audience:    AudienceUser,
			Explanation: "Google answers \"Username and Password not accepted\" / \"Invalid credentials\" both for a wrong password and for a correct account password used where an app password is required: Google no longer lets mail programs sign in with the account password.",
			UserSteps: []string{
				"Use the full address, {email}, as the user name.",
				googleAppPasswordStep,
				googleOAuthStep,
				"If you already use an app password: changing the account password revokes all app passwords, so create a new one.",
				googleMissingStep,
			},
			VendorSteps:   []string{googleVendorStep},
			NoLongerWorks: []string{googleNoLSA},
			Links:         []Link{linkGoogleAppPasswords, linkGoogleIMAPSettings, linkGoogleSMTPErrors},
			Checked:       checked,
		},
		{
			Code:        CodeAppPasswordRequired,
			Title:       "Google needs an app password, not your account password",
			Audience:    AudienceUser,
			Explanation: "The password was right, but 2-Step Verification is on and Google does not accept the account password from mail programs. Use an app password generated for this program, or sign in with Google (OAuth 2.0).",
			UserSteps: []string{
				googleAppPasswordStep,
				googleOAuthStep,
				googleMissingStep,
			},
			AdminSteps:    []string{googleAdminKeysStep, googleAdminIMAPPath},
			VendorSteps:   []string{googleVendorStep},
			NoLongerWorks: []string{googleNoLSA},
			Links:         []Link{linkGoogleAppPasswords, linkGoogleSecurityKeys, linkGoogleWorkspaceOAuth},
			Checked:       checked,
		},
		{
			Code:        CodeBasicAuthDisabled,
			Title:       "Google no longer accepts the account password from mail programs",
			Audience:    AudienceUser,
			Explanation: "Personal Google accounts stopped accepting the account password from third-party programs on 30 May 2022; for Google Workspace, all third-party access has had to use OAuth since 14 March 2025, with app passwords the one exception. An app password or \"Sign in with Google\" still works.",
			UserSteps: []string{
				googleAppPasswordStep,
				googleOAuthStep,
				googleMissingStep,
			},
			AdminSteps:    []string{googleAdminKeysStep, googleAdminIMAPPath},
			VendorSteps:   []string{googleVendorStep},
			NoLongerWorks: []string{googleNoLSA},
			Links:         []Link{linkGoogleAppPasswords, linkGoogleWorkspaceOAuth, linkGoogleXOAuth2, linkGoogleRestricted},
			Checked:       checked,
		},
		{
			Code:        CodeWebLoginRequired,
			Title:       "Google wants you to sign in in a browser first",
			Audience:    AudienceUser,
			Explanation: "Google blocked the sign-in as unusual (\"Please log in via your web browser\", SMTP 534 5.7.14) and wants it confirmed interactively.",
			UserSteps: []string{
				"On the same network (ideally the same device) as the mail program, sign in to Gmail in a browser as {email} and complete any security check.",
				"Try the mail program again soon afterwards.",
				"If it keeps happening, make sure the program uses an app password or \"Sign in with Google\", not the account password.",
			},
			NoLongerWorks: []string{googleNoLSA},
			Links:         []Link{linkGoogleWebLogin, linkGoogleAppPasswords},
			Checked:       checked,
		},
		{
			Code:        CodeRateLimited,
			Phase:       PhaseSignIn,
			Title:       "Google is limiting sign-ins or connections",
			Audience:    AudienceUser,
			Explanation: "Google answered \"Too many login attempts\" or \"Too many simultaneous connections\": several programs or devices are signing in to {email} at once, or one keeps retrying with a wrong password.",
			UserSteps: []string{
				"Close or pause the other programs and devices that use this account, and remove old ones that still try a password that no longer works.",
				"Wait at least 15 minutes, then try one program.",
			},
			Links:   []Link{linkGoogleSMTPErrors},
			Checked: checked,
		},
		{
			Code:        CodePlaintextDisallowed,
			Title:       "Google requires an encrypted connection before sign-in",
			Audience:    AudienceUser,
			Explanation: "Gmail's servers take a sign-in only after TLS (\"Must issue a STARTTLS command first\").",
			UserSteps: []string{
				"Incoming: imap.gmail.com, port 993, SSL/TLS.",
				"Outgoing: smtp.gmail.com, port 465 with SSL/TLS or port 587 with STARTTLS.",
			},
			Links:   []Link{linkGoogleIMAPSettings},
			Checked: checked,
		},
		{
			Code:        CodeTLSWrongMode,
			Title:       "Port and security setting do not match Gmail's servers",
			Audience:    AudienceUser,
			Explanation: "Gmail uses implicit TLS on ports 993 (IMAP) and 465 (sending), and STARTTLS on port 587.",
			UserSteps: []string{
				"Incoming: imap.gmail.com, port 993, SSL/TLS.",
				"Outgoing: smtp.gmail.com, port 465 with SSL/TLS, or port 587 with STARTTLS.",
			},
			Links:   []Link{linkGoogleIMAPSettings},
			Checked: checked,
		},
	},
})
