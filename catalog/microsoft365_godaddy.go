package catalog

// IDMicrosoft365GoDaddy is the registry id of microsoft365_godaddy.
const IDMicrosoft365GoDaddy ID = "microsoft365_godaddy"

var infoMicrosoft365GoDaddy = register(Info{
	ID: IDMicrosoft365GoDaddy, Name: "Microsoft 365 (GoDaddy)",
	Sources: []Source{
		{URL: "https://www.godaddy.com/help/enable-or-disable-security-defaults-40128", Section: "§1", Checked: checked},
	},
	Kind:     KindProvider,
	Section:  "1",
	Rank:     50,
	Parent:   IDMicrosoft365,
	Reseller: "godaddy",
	// GoDaddy-managed DNS publishes include:secureserver.net (docs/providers.md §1).
	ResellerSPF: []string{"secureserver.net"},
	Remedies: []Remediation{
		{
			Code:        CodePolicyBlocked,
			Phase:       PhaseSignIn,
			Title:       "Security Defaults in a GoDaddy-managed Microsoft 365 blocked the sign-in",
			Audience:    AudienceAdmin,
			Warning:     "Security: turning Security Defaults off weakens every account in the organisation, not just this one: multi-factor sign-in stops being required and legacy sign-ins are let in. Do it only with Conditional Access protection in its place, and never for IMAP or POP, where it brings no password back.",
			Explanation: "This Microsoft 365 organisation appears to be sold and managed through GoDaddy, which limits what its administrators can change in Microsoft's own admin centre. Security Defaults switch off password sign-in for SMTP AUTH, POP and IMAP; IMAP and POP cannot use a password in any case.",
			UserSteps: []string{
				"Forward this message to whoever manages your GoDaddy account.",
				msOAuthUserStep,
			},
			AdminSteps: []string{
				"Preferred: move the program to OAuth 2.0. " + msOAuthAdmin,
				msGoDaddyStep,
				"GoDaddy's path for the per-mailbox \"Authenticated SMTP\" switch is not documented; Microsoft's (admin center → Users → Active users → {email} → Mail → Manage email apps) may need a defederated tenant.",
			},
			NoLongerWorks: []string{msNoAppPassword, msNoReenable},
			Links:         []Link{linkGoDaddySecurityDefaults, linkMSSMTPAuth, linkMSOAuth},
			Checked:       "2026-12-05",
		},
	},
})
