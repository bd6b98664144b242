package catalog

// IDGoogleWorkspace is the registry id of google_workspace.
const IDGoogleWorkspace ID = "google_workspace"

var (
	linkGooglePOPIMAPAdmin = Link{"Google Workspace Admin: Turn POP and IMAP on and off for users",
		"https://support.google.com/a/answer/105694"}
)

// Google Workspace: Gmail on the organisation's own domain. Same servers as
// Gmail; told apart by the address domain. The SPF include is unverified
// in providers.md.
//
// Documentation: https://support.google.com/a/answer/174125 (MX records)
var infoGoogleWorkspace = register(Info{
	ID: IDGoogleWorkspace, Name: "Google Workspace",
	IMAP: tlsEP("imap.gmail.com", 993),
	SMTP: tlsEP("smtp.gmail.com", 465),
	// Workspace runs on Gmail's servers: the host, greeting and banner
	// patterns are Gmail's entry's (one owner per pattern), and detection
	// tells the two apart by the address's domain. What is Workspace's own
	// is the customer domain's DNS.
	MXPatterns:  []string{"smtp.google.com", "aspmx.l.google.com", "googlemail.com"},
	SPFIncludes: []string{"_spf.google.com"},
	Sources: []Source{
		{URL: "https://support.google.com/a/answer/174125", Section: "§4", Checked: checked},
		{URL: "https://support.google.com/mail/answer/7126229", Section: "§4", Checked: checked},
	},
	Kind:    KindProvider,
	Section: "4",
	Rank:    5,
	Parent:  IDGoogle,
	Codes:   googleCodes,
	Remedies: []Remediation{
		{
			Code:        CodeProtocolDisabled,
			Title:       "IMAP is switched off by the Google Workspace administrator",
			Audience:    AudienceAdmin,
			Explanation: "Google said IMAP access is disabled for the domain or not allowed for this account. In Google Workspace only an administrator controls POP and IMAP, per organisational unit, and may limit IMAP to approved OAuth clients; users cannot switch it themselves.",
			UserSteps:   []string{"Forward this message to your Google Workspace administrator."},
			AdminSteps:  []string{googleAdminIMAPPath},
			Links:       []Link{linkGooglePOPIMAPAdmin, linkGoogleWorkspaceOAuth},
			Checked:     checked,
		},
		{
			Code:        CodePolicyBlocked,
			Phase:       PhaseSignIn,
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
	},
})
