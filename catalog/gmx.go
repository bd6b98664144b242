package catalog

// IDGMX is the registry id of gmx.
const IDGMX ID = "gmx"

const (
	gmxEnableStep      = "Turn POP3/IMAP access on in webmail (in the GMX or WEB.DE webmail settings; GMX says to do it in a desktop browser). It is off by default and is switched off again after a long time without use."
	gmxAppPasswordStep = "If two-factor authentication is on (and, GMX says, increasingly in other cases too), create an app-specific password in the account's security settings and use it instead of your password."
	gmxUserStep        = "User name: the full address at GMX; at WEB.DE the part before the @."
)

var (
	linkGMXToggle = Link{"GMX: Turn POP3/IMAP on or off",
		"https://support.gmx.com/pop-imap/toggle.html"}
	linkGMXAppPasswords = Link{"GMX: App-specific passwords (German)",
		"https://hilfe.gmx.net/sicherheit/2fa/anwendungsspezifisches-passwort.html"}
	linkWebDEIMAP = Link{"WEB.DE: IMAP server settings (German)",
		"https://hilfe.web.de/pop-imap/imap/imap-serverdaten.html"}
)

// GMX (gmx.net, .de, .at, .ch, .com). gmx.com accounts use imap.gmx.com
// and mail.gmx.com; the endpoints below are GMX.net's.
//
// Documentation: https://support.gmx.com/pop-imap/toggle.html
var infoGMX = register(Info{
	ID: IDGMX, Name: "GMX",
	Domains:      []string{"gmx.*"},
	IMAP:         tlsEP("imap.gmx.net", 993),
	SMTP:         startTLSEP("mail.gmx.net", 587),
	HostPatterns: []string{"gmx.net", "gmx.com", "gmx.de"},
	Sources: []Source{
		{URL: "https://github.com/thunderbird/autoconfig/blob/master/ispdb/gmx.net.xml", Section: "§11", Checked: checked},
		{URL: "https://support.gmx.com/pop-imap/toggle.html", Section: "§11", Checked: checked},
	},
	Kind:    KindProvider,
	Section: "11",
	Rank:    11,
	Codes:   consumerCodes,
	Remedies: []Remediation{
		{
			Code:        CodeProtocolDisabled,
			Title:       "POP3/IMAP is switched off for this GMX or WEB.DE account",
			Audience:    AudienceUser,
			Explanation: "GMX and WEB.DE switch POP3, IMAP and SMTP access off by default, and off again after a long time without use. The server then just says \"authentication failed\".",
			UserSteps:   []string{gmxEnableStep, gmxAppPasswordStep, gmxUserStep},
			Links:       []Link{linkGMXToggle, linkWebDEIMAP},
			Checked:     checked,
		},
		{
			Code:        CodeInvalidCredentials,
			Title:       "GMX or WEB.DE refused the sign-in",
			Audience:    AudienceUser,
			Explanation: "GMX and WEB.DE answer \"authentication failed\" for a wrong password, but also when POP3/IMAP access is switched off (the default) or an app-specific password is needed. Check all three.",
			UserSteps: []string{gmxEnableStep, gmxUserStep, gmxAppPasswordStep,
				"WEB.DE: polling by POP more often than every 15 minutes is reported to make sign-ins fail."},
			Links:   []Link{linkGMXToggle, linkGMXAppPasswords, linkWebDEIMAP},
			Checked: checked,
		},
		{
			Code:        CodeAppPasswordRequired,
			Title:       "GMX or WEB.DE needs an app-specific password",
			Audience:    AudienceUser,
			Explanation: "With two-factor authentication on, GMX and WEB.DE accept only an app-specific password from mail programs.",
			UserSteps:   []string{gmxAppPasswordStep, gmxEnableStep},
			Links:       []Link{linkGMXAppPasswords, linkGMXToggle},
			Checked:     checked,
		},
	},
})
