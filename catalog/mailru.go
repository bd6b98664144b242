package catalog

// IDMailRu is the registry id of mailru.
const IDMailRu ID = "mailru"

const (
	mailruAppPasswordStep = "Create an application password in your Mail.ru account's security settings and use it instead of your password, with {email} as the user name."
)

var (
	linkMailRuClients = Link{"Mail.ru: Mail programs (POP/IMAP/SMTP)",
		"https://help.mail.ru/mail-help/mailer/popsmtp"}
)

// Mail.ru (mail.ru, inbox.ru, list.ru, bk.ru).
//
// Documentation: https://help.mail.ru/mail-help/mailer/popsmtp
var infoMailRu = register(Info{
	ID: IDMailRu, Name: "Mail.ru",
	Domains:      []string{"mail.ru", "inbox.ru", "list.ru", "bk.ru"},
	IMAP:         tlsEP("imap.mail.ru", 993),
	SMTP:         tlsEP("smtp.mail.ru", 465),
	HostPatterns: []string{"mail.ru"},
	Sources: []Source{
		{URL: "https://github.com/thunderbird/autoconfig/blob/master/ispdb/mail.ru.xml", Section: "§14", Checked: checked},
		{URL: "https://help.mail.ru/mail-help/mailer/popsmtp", Section: "§14", Checked: checked},
	},
	Kind:    KindProvider,
	Section: "14",
	Rank:    15,
	Codes:   consumerCodes,
	Remedies: []Remediation{
		{
			Code:        CodeAppPasswordRequired,
			Title:       "Mail.ru needs an application password",
			Audience:    AudienceUser,
			Explanation: "Mail.ru (also inbox.ru, list.ru, bk.ru) is reported to accept only application passwords from external programs since January 2026.",
			UserSteps:   []string{mailruAppPasswordStep},
			Links:       []Link{linkMailRuClients},
			Checked:     checked,
		},
		{
			Code:        CodeInvalidCredentials,
			Title:       "Mail.ru refused the sign-in",
			Audience:    AudienceUser,
			Explanation: "A refusal from Mail.ru means a wrong password or, most likely, the account password used where an application password is needed.",
			UserSteps:   []string{"Use the full address, {email}, as the user name.", mailruAppPasswordStep},
			Links:       []Link{linkMailRuClients},
			Checked:     checked,
		},
		{
			Code:        CodeProtocolDisabled,
			Title:       "Mail.ru did not let this program in",
			Audience:    AudienceUser,
			Explanation: "mailcheck knows of no documented Mail.ru setting that switches IMAP off (docs/providers.md §14); the likeliest cause is a missing application password. Mail.ru's help page on mail programs is the place to check.",
			UserSteps: []string{
				mailruAppPasswordStep,
				"Servers: imap.mail.ru port 993 (SSL/TLS); smtp.mail.ru port 465 (SSL/TLS) or 587 (STARTTLS).",
			},
			Links:   []Link{linkMailRuClients},
			Checked: checked,
		},
	},
})
