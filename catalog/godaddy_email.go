package catalog

// IDGoDaddyEmail is the registry id of GoDaddy's own mail service
// (Professional Email, earlier Workspace Email).
const IDGoDaddyEmail ID = "godaddy_email"

// GoDaddy Professional Email: GoDaddy's own mailboxes, not cPanel hosting
// and not Microsoft 365, though all three can sit under secureserver.net
// (docs/providers.md §15, "GoDaddy").
//
// Documentation: https://github.com/mailerlite/domainconnect-templates/blob/master/godaddy.com.professional_mail.json
var infoGoDaddyEmail = register(Info{
	ID: IDGoDaddyEmail, Name: "GoDaddy Professional Email",
	Aliases: []string{"godaddy professional email", "godaddy workspace email"},
	IMAP:    tlsEP("imap.secureserver.net", 993),
	SMTP:    tlsEP("smtpout.secureserver.net", 465),
	// More specific than cPanel's "secureserver.net", so they win.
	HostPatterns: []string{"imap.secureserver.net", "pop.secureserver.net", "smtpout.secureserver.net"},
	MXPatterns:   []string{"mailstore1.secureserver.net"},
	Sources: []Source{
		{URL: "https://github.com/mailerlite/domainconnect-templates/blob/master/godaddy.com.professional_mail.json", Section: "§15", Checked: "2026-12-05"},
		{URL: "https://gist.github.com/palpalani/c3ff788b65852562937c", Section: "§15", Checked: "2026-12-05"},
	},
	Kind:    KindProvider,
	Section: "15",
	Rank:    30,
	Codes:   []Code{CodeInvalidCredentials},
	Remedies: []Remediation{
		{
			Code:        CodeInvalidCredentials,
			Title:       "GoDaddy Professional Email refused the sign-in",
			Audience:    AudienceUser,
			Explanation: "This is GoDaddy's own mail service (Professional Email), not a cPanel hosting server and not Microsoft 365, although all three can use secureserver.net names. It takes the mailbox's own password with the full address as user name; a refusal usually means one of the two is wrong.",
			UserSteps: []string{
				"Use the full address, {email}, as the user name, and the mailbox's password (not the GoDaddy account password).",
				"Check the servers: imap.secureserver.net port 993 (SSL/TLS); smtpout.secureserver.net port 465 (SSL/TLS).",
				"If unsure of the password, reset it for {email} in GoDaddy's Email & Office Dashboard, then sign in to webmail with it before trying the program again.",
			},
			AdminSteps: []string{"In the Email & Office Dashboard, check that {email} exists and is active, and reset its password if needed. If the domain's mail is really on Microsoft 365 bought from GoDaddy, the program should use outlook.office365.com and smtp.office365.com instead."},
			Checked:    "2026-12-05",
		},
	},
})
