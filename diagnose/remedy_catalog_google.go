package diagnose

// Google entries: personal Gmail ("gmail"), Google Workspace
// ("google_workspace"), and text both share ("google").
//
// Facts: providers.md §4 and §5, verified 2026-11-22:
//   - The account password is refused from third-party programs (personal
//     accounts since 2022-05-30; Workspace: OAuth only since 14 March 2025,
//     with app passwords the one stated exception).
//   - App passwords need 2-Step Verification and are unavailable with
//     security-key-only 2SV, Advanced Protection, or when the organisation
//     prevents them; they are revoked when the account password changes.
//   - Workspace administrators control POP and IMAP per organisational unit
//     and may limit IMAP to listed OAuth clients; users cannot switch IMAP
//     themselves.
//   - "Less secure apps" is gone for every Google account: it appears only
//     in NoLongerWorks.
//
// The split between gmail and google_workspace is only where an
// administrator exists (protocol_disabled, policy_blocked).

const (
	googleAppPasswordStep = "Create an app password: Google Account → Security → 2-Step Verification → App passwords (turn on 2-Step Verification first if Google asks). Paste the app password into the mail program instead of your normal password, with {email} as the user name."
	googleOAuthStep       = "Or use a mail program that offers \"Sign in with Google\" (OAuth 2.0); it needs no app password."
	googleMissingStep     = "If App passwords is missing: 2-Step Verification may be off, set to security keys only, or the account is in Advanced Protection; for a work or school account the organisation may not allow app passwords. Then use \"Sign in with Google\", or ask the administrator."
	googleNoLSA           = "Turning on \"Less secure apps\" (\"Allow less secure apps\"): Google removed the setting; it no longer exists for any Google account."
	googleAdminIMAPPath   = "Google Admin console → Apps → Google Workspace → Gmail → End User Access → POP and IMAP access: for the organisational unit of {email}, enable IMAP (and POP if needed) and allow either all clients or the specific OAuth client the program uses; non-OAuth programs (app passwords) work only when all clients are allowed."
	googleAdminKeysStep   = "If users need app passwords, allow 2-Step Verification for them and do not enforce security keys only: enforcing security keys switches app passwords off."
)

var googleEntries = []Remediation{
	// ---- Shared by Gmail and Google Workspace ("google") -------------
	{
		Code: CodeInvalidCredentials, Provider: "google",
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
		NoLongerWorks: []string{googleNoLSA},
		Links:         []Link{linkGoogleAppPasswords, linkGoogleIMAPSettings, linkGoogleSMTPErrors},
		Checked:       checked,
	},
	{
		Code: CodeAppPasswordRequired, Provider: "google",
		Title:       "Google needs an app password, not your account password",
		Audience:    AudienceUser,
		Explanation: "The password was right, but 2-Step Verification is on and Google does not accept the account password from mail programs. Use an app password generated for this program, or sign in with Google (OAuth 2.0).",
		UserSteps: []string{
			googleAppPasswordStep,
			googleOAuthStep,
			googleMissingStep,
		},
		AdminSteps:    []string{googleAdminKeysStep, googleAdminIMAPPath},
		NoLongerWorks: []string{googleNoLSA},
		Links:         []Link{linkGoogleAppPasswords, linkGoogleSecurityKeys, linkGoogleWorkspaceOAuth},
		Checked:       checked,
	},
	{
		Code: CodeBasicAuthDisabled, Provider: "google",
		Title:       "Google no longer accepts the account password from mail programs",
		Audience:    AudienceUser,
		Explanation: "Personal Google accounts stopped accepting the account password from third-party programs on 30 May 2022; for Google Workspace, all third-party access has had to use OAuth since 14 March 2025, with app passwords the one exception. An app password or \"Sign in with Google\" still works.",
		UserSteps: []string{
			googleAppPasswordStep,
			googleOAuthStep,
			googleMissingStep,
		},
		AdminSteps:    []string{googleAdminKeysStep, googleAdminIMAPPath},
		NoLongerWorks: []string{googleNoLSA},
		Links:         []Link{linkGoogleAppPasswords, linkGoogleWorkspaceOAuth, linkGoogleXOAuth2},
		Checked:       checked,
	},
	{
		Code: CodeWebLoginRequired, Provider: "google",
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
		Code: CodeRateLimited, Provider: "google",
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
		Code: CodePlaintextDisallowed, Provider: "google",
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
		Code: CodeTLSWrongMode, Provider: "google",
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

	// ---- Gmail (personal accounts) -----------------------------------
	{
		Code: CodeProtocolDisabled, Provider: "gmail",
		Title:       "Google does not allow IMAP for this account",
		Audience:    AudienceUser,
		Explanation: "Google said IMAP is not allowed for this account. This has been reported for child accounts supervised with Family Link. Older personal accounts could also have IMAP switched off in Gmail's settings; a secondary source says Google removed that switch in January 2025 and IMAP is always on, but Google has not confirmed it.",
		UserSteps: []string{
			"If Gmail's settings on the web still show a switch for IMAP access, turn it on and save.",
			"If this is a child account managed with Family Link, IMAP may simply not be available for it; use the Gmail app instead.",
		},
		Links:   []Link{linkGoogleIMAPSettings},
		Checked: checked,
	},
	{
		Code: CodePolicyBlocked, Provider: "gmail",
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

	// ---- Google Workspace --------------------------------------------
	{
		Code: CodeProtocolDisabled, Provider: "google_workspace",
		Title:       "IMAP is switched off by the Google Workspace administrator",
		Audience:    AudienceAdmin,
		Explanation: "Google said IMAP access is disabled for the domain or not allowed for this account. In Google Workspace only an administrator controls POP and IMAP, per organisational unit, and may limit IMAP to approved OAuth clients; users cannot switch it themselves.",
		UserSteps:   []string{"Forward this message to your Google Workspace administrator."},
		AdminSteps:  []string{googleAdminIMAPPath},
		Links:       []Link{linkGooglePOPIMAPAdmin, linkGoogleWorkspaceOAuth},
		Checked:     checked,
	},
	{
		Code: CodePolicyBlocked, Provider: "google_workspace",
		Title:       "A Google Workspace policy blocks this sign-in",
		Audience:    AudienceAdmin,
		Explanation: "The organisation's settings rule this sign-in out: app passwords are prevented (for example by enforcing security keys), or IMAP is limited to OAuth clients the program is not among.",
		UserSteps: []string{
			"Use a mail program that offers \"Sign in with Google\" (OAuth 2.0), if the organisation allows it.",
			"Otherwise forward this message to your Google Workspace administrator.",
		},
		AdminSteps: []string{
			googleAdminIMAPPath,
			googleAdminKeysStep,
			"Prefer moving the program to OAuth 2.0 (scope https://mail.google.com/) over allowing app passwords.",
		},
		NoLongerWorks: []string{googleNoLSA},
		Links:         []Link{linkGooglePOPIMAPAdmin, linkGoogleSecurityKeys, linkGoogleWorkspaceOAuth},
		Checked:       checked,
	},
}
