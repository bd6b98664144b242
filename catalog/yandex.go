package catalog

// IDYandex is the registry id of yandex.
const IDYandex ID = "yandex"

const (
	yandexEnableStep      = "Allow mail programs: open mail.yandex.com/#setup/client in a browser and turn on access for mail clients (IMAP)."
	yandexAppPasswordStep = "Create an app password for this program in your Yandex account settings and use it instead of your password. With two-factor authentication on, app passwords are mandatory."
	yandexResetStep       = "Yandex deletes all app passwords when you change your password, switch two-factor authentication, recover the account or log out everywhere: create a new one after any of these."
)

var (
	linkYandexAppPasswords = Link{"Yandex: App passwords",
		"https://yandex.com/support/passport/authorization/app-passwords.html"}
	linkYandexClients = Link{"Yandex Mail: Setting up mail programs",
		"https://yandex.com/support/mail/mail-clients/others.html"}
)

// Yandex Mail.
//
// Documentation: https://yandex.com/support/mail/mail-clients/others.html
var infoYandex = register(Info{
	ID: IDYandex, Name: "Yandex Mail",
	Domains:          []string{"yandex.*"},
	IMAP:             tlsEP("imap.yandex.com", 993),
	SMTP:             tlsEP("smtp.yandex.com", 465),
	HostPatterns:     []string{"yandex.com", "yandex.ru", "yandex.net"},
	GreetingPatterns: []string{"yandex imap4"},
	TextPatterns:     []string{"yandex"},
	BannerPatterns:   []string{"yandex.net", "yandex.mail"},
	Sources: []Source{
		{URL: "https://github.com/thunderbird/autoconfig/blob/master/ispdb/yandex.ru.xml", Section: "§13", Checked: checked},
		{URL: "https://yandex.com/support/mail/mail-clients/others.html", Section: "§13", Checked: checked},
		{URL: "https://github.com/Foundry376/Mailspring/issues/904", Section: "§13", Checked: checked},
	},
	Kind:    KindProvider,
	Section: "13",
	Rank:    14,
	Codes:   []Code{CodeAccountLocked, CodeInvalidCredentials, CodeAppPasswordRequired, CodeProtocolDisabled},
	Remedies: []Remediation{
		{
			Code:        CodeInvalidCredentials,
			Title:       "Yandex refused the sign-in, or IMAP is off",
			Audience:    AudienceUser,
			Explanation: "Yandex sends one answer, \"Invalid credentials or IMAP is disabled\", for both a wrong password and IMAP access switched off.",
			UserSteps:   []string{yandexEnableStep, yandexAppPasswordStep, yandexResetStep},
			Links:       []Link{linkYandexClients, linkYandexAppPasswords},
			Checked:     checked,
		},
		{
			Code:        CodeAppPasswordRequired,
			Title:       "Yandex needs an app password",
			Audience:    AudienceUser,
			Explanation: "With two-factor authentication on, Yandex accepts only app passwords from mail programs, and this cannot be turned off. (Whether the account password still works without two-factor authentication is not confirmed.)",
			UserSteps:   []string{yandexAppPasswordStep, yandexResetStep, yandexEnableStep},
			Links:       []Link{linkYandexAppPasswords, linkYandexClients},
			Checked:     checked,
		},
		{
			Code:        CodeProtocolDisabled,
			Title:       "Mail programs are not allowed for this Yandex account",
			Audience:    AudienceUser,
			Explanation: "Yandex lets mail programs in only after access for them is switched on in Yandex Mail's settings.",
			UserSteps:   []string{yandexEnableStep, yandexAppPasswordStep},
			Links:       []Link{linkYandexClients},
			Checked:     checked,
		},
		{
			Code:        CodeAccountLocked,
			Title:       "Yandex has temporarily restricted the account",
			Audience:    AudienceUser,
			Explanation: "Yandex can restrict an account it suspects was broken into; mail programs are then refused.",
			UserSteps: []string{
				"Sign in to Yandex Mail in a browser and follow its steps to restore access, including changing the password.",
				yandexResetStep,
			},
			Links:   []Link{linkYandexAppPasswords},
			Checked: checked,
		},
	},
})
