package catalog

// IDExchange is the registry id of exchange.
const IDExchange ID = "exchange"

var (
	// Exchange Server on-premises.
	linkExchangeIMAP = Link{"Microsoft: Enable and configure IMAP4 on an Exchange server",
		"https://learn.microsoft.com/en-us/exchange/clients/pop3-and-imap4/configure-imap4"}
	linkExchangeSMTP = Link{"Microsoft: Configure authenticated SMTP settings for POP3 and IMAP4 clients in Exchange Server",
		"https://learn.microsoft.com/en-us/exchange/clients/pop3-and-imap4/configure-authenticated-smtp"}
	linkExchangeIMAPSettings = Link{"Microsoft: Set-ImapSettings",
		"https://learn.microsoft.com/en-us/powershell/module/exchange/set-imapsettings"}
)

// Exchange Server on-premises (and hosted Exchange). Endpoints are the
// organisation's own. The greeting is shared with Exchange Online; detection
// tells them apart by the cloud markers (see exchangeOnlineEvidence).
//
// Documentation: https://learn.microsoft.com/en-us/exchange/clients/pop3-and-imap4/configure-imap4
var infoExchange = register(Info{
	ID: IDExchange, Name: "Microsoft Exchange Server",
	GreetingPatterns: []string{"microsoft exchange"},
	BannerPatterns:   []string{"microsoft esmtp mail service"},
	Sources: []Source{
		{URL: "https://learn.microsoft.com/en-us/exchange/clients/pop3-and-imap4/configure-imap4", Section: "§3", Checked: checked},
		{URL: "https://github.com/jstedfast/MailKit/issues/483", Section: "§3", Checked: checked},
	},
	Kind:    KindSoftware,
	Section: "3",
	Rank:    3,
	Codes:   []Code{CodeInvalidCredentials, CodeBasicAuthDisabled, CodeProtocolDisabled, CodeConnectionRefused, CodePlaintextDisallowed},
	Remedies: []Remediation{
		{
			Code:        CodeProtocolDisabled,
			Title:       "IMAP is not running or not enabled on this Exchange server",
			Audience:    AudienceAdmin,
			Explanation: "On Exchange Server the IMAP4 (and POP3) services are not started by default, and IMAP can also be turned off per mailbox. Microsoft's cloud rules about passwords do not apply to an on-premises server.",
			UserSteps:   []string{"Forward this message to your Exchange administrator."},
			AdminSteps: []string{
				"Start the Microsoft Exchange IMAP4 services and set them to start automatically: Set-Service MSExchangeIMAP4 -StartupType Automatic; Start-Service MSExchangeIMAP4 (and the same for MSExchangeIMAP4BE).",
				"Set the external host name users connect to (Set-ImapSettings -ExternalConnectionSettings ...), then restart the IMAP4 services.",
				"Enable IMAP for the mailbox: Set-CASMailbox -Identity {identity} -ImapEnabled $true. The administrator mailbox cannot use IMAP or POP by design.",
				"Test with Test-ImapConnectivity or Microsoft's Remote Connectivity Analyzer.",
			},
			Links:   []Link{linkExchangeIMAP, linkExchangeIMAPSettings},
			Checked: checked,
		},
		{
			Code:        CodeInvalidCredentials,
			Title:       "The Exchange server refused the user name or password",
			Audience:    AudienceUser,
			Explanation: "On an on-premises Exchange server, \"LOGIN failed.\" usually does mean a wrong password, or that IMAP is off for the mailbox. (Only Microsoft's cloud answers this way for every password.)",
			UserSteps: []string{
				"Check the user name your organisation uses for mail (often {email}, sometimes a separate sign-in name) and the password, for example by signing in to your organisation's webmail.",
				"If the password works elsewhere, forward this message to your Exchange administrator.",
			},
			AdminSteps: []string{
				"Check the mailbox may use IMAP: Get-CASMailbox -Identity {identity} | Format-List ImapEnabled; enable with Set-CASMailbox -Identity {identity} -ImapEnabled $true.",
				"Check Get-ImapSettings: with LoginType SecureLogin (the default) a password is accepted only after TLS.",
			},
			Links:   []Link{linkExchangeIMAP, linkExchangeIMAPSettings},
			Checked: checked,
		},
		{
			Code:        CodeConnectionRefused,
			Title:       "Exchange's IMAP service is not listening",
			Audience:    AudienceAdmin,
			Explanation: "Exchange Server installs its IMAP4 and POP3 services stopped: until an administrator starts them, the IMAP ports refuse connections.",
			UserSteps:   []string{"Check the server name and port with your IT department; if they are right, forward this message to them."},
			AdminSteps: []string{
				"Start MSExchangeIMAP4 and MSExchangeIMAP4BE and set both to start automatically; check that port 993 (TLS) or 143 (STARTTLS) is reachable through the firewall.",
				"For sending from IMAP clients, configure the authenticated SMTP client frontend (normally port 587).",
			},
			Links:   []Link{linkExchangeIMAP, linkExchangeSMTP},
			Checked: checked,
		},
		{
			Code:        CodeBasicAuthDisabled,
			Title:       "Password sign-in is not allowed on this Exchange server",
			Audience:    AudienceAdmin,
			Explanation: "On-premises Exchange accepts passwords, NTLM or Kerberos as its administrators configure; Microsoft's cloud retirement of passwords does not apply. The server's settings rule out this sign-in.",
			UserSteps:   []string{"Forward this message to your Exchange administrator."},
			AdminSteps: []string{
				"Check Get-ImapSettings: LoginType PlainTextLogin, PlainTextAuthentication or SecureLogin (default: passwords only after TLS).",
				"Check the mailbox: Get-CASMailbox -Identity {identity} | Format-List ImapEnabled.",
			},
			Links:   []Link{linkExchangeIMAPSettings, linkExchangeIMAP},
			Checked: checked,
		},
		{
			Code:        CodePlaintextDisallowed,
			Title:       "Exchange accepts the password only over TLS",
			Audience:    AudienceUser,
			Explanation: "Exchange Server's default IMAP login type (SecureLogin) refuses passwords on an unencrypted connection.",
			UserSteps:   []string{"Use port 993 with SSL/TLS, or port 143 with STARTTLS."},
			AdminSteps:  []string{"Keep LoginType SecureLogin and make sure the IMAP certificate covers the host name users connect to."},
			Links:       []Link{linkExchangeIMAPSettings},
			Checked:     checked,
		},
	},
})
