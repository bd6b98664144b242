package diagnose

// Entries for the providers other than Microsoft's cloud and Google, from
// providers.md §3 and §6–§15 (verified 2026-11-22). Consumer providers have
// no administrator, so their entries have UserSteps only. Where the fact
// sheet marks something unverified, the text says "reported" or leaves it
// out.

var (
	linkYahooAppPasswords = Link{"Yahoo: Generate and manage third-party app passwords",
		"https://help.yahoo.com/kb/generate-manage-third-party-passwords-sln15241.html"}
	linkYahooIMAP = Link{"Yahoo: IMAP server settings",
		"https://help.yahoo.com/kb/new-mail-for-desktop/imap-server-settings-yahoo-mail-sln4075.html"}
	linkAOLAppPasswords = Link{"AOL: Create and manage app passwords",
		"https://help.aol.com/articles/Create-and-manage-app-password"}
	linkAppleAppPasswords = Link{"Apple: App-specific passwords",
		"https://support.apple.com/102654"}
	linkZohoIMAP = Link{"Zoho Mail: IMAP access",
		"https://www.zoho.com/mail/help/imap-access.html"}
	linkZohoAppPasswords = Link{"Zoho: Generate an app-specific password",
		"https://help.zoho.com/portal/en/kb/solo/communication/settings/articles/how-to-generate-app-specific-password"}
	linkFastmailAppPasswords = Link{"Fastmail: App passwords",
		"https://www.fastmail.help/hc/en-us/articles/360058752854-App-passwords"}
	linkFastmailServers = Link{"Fastmail: Server names and ports",
		"https://www.fastmail.help/hc/en-us/articles/1500000278342"}
	linkGMXToggle = Link{"GMX: Turn POP3/IMAP on or off",
		"https://support.gmx.com/pop-imap/toggle.html"}
	linkGMXAppPasswords = Link{"GMX: App-specific passwords (German)",
		"https://hilfe.gmx.net/sicherheit/2fa/anwendungsspezifisches-passwort.html"}
	linkWebDEIMAP = Link{"WEB.DE: IMAP server settings (German)",
		"https://hilfe.web.de/pop-imap/imap/imap-serverdaten.html"}
	linkProtonSMTP = Link{"Proton: SMTP submission",
		"https://proton.me/support/smtp-submission"}
	linkYandexAppPasswords = Link{"Yandex: App passwords",
		"https://yandex.com/support/passport/authorization/app-passwords.html"}
	linkYandexClients = Link{"Yandex Mail: Setting up mail programs",
		"https://yandex.com/support/mail/mail-clients/others.html"}
	linkMailRuClients = Link{"Mail.ru: Mail programs (POP/IMAP/SMTP)",
		"https://help.mail.ru/mail-help/mailer/popsmtp"}
)

const (
	yahooAppPasswordStep = "Create an app password: Yahoo Account → Account Security → External connections (app passwords) → create one for this program, and paste it instead of your Yahoo password, with {email} as the user name."
	yahooEligibleStep    = "If Yahoo refuses to create one (an \"eligibility\" message), try again later from a browser you have used to sign in to Yahoo for several days; Yahoo support cannot override it. Meanwhile use Yahoo's own app or webmail."
	yahooOAuthHedge      = "One client's documentation (2026) says Yahoo now requires OAuth instead of app passwords; Yahoo's own help still describes app passwords. If a fresh app password is refused, use a program that signs in with Yahoo's own sign-in page."
	yahooNoLSA           = "\"Allow apps that use less secure sign in\": Yahoo removed the setting on 30 June 2020."

	icloudAppPasswordStep = "Create an app-specific password: sign in at appleid.apple.com → Sign-In and Security → App-Specific Passwords → generate one for this program (two-factor authentication must be on). Paste it instead of your Apple Account password."
	icloudUserStep        = "Use your primary iCloud address as the user name; aliases cannot sign in."

	zohoEnableStep      = "Turn IMAP on first: Zoho Mail → Settings → Mail Accounts → IMAP Access (POP has its own switch there)."
	zohoAppPasswordStep = "If two-factor authentication is on, or your organisation signs in through SAML, create an app-specific password in your Zoho account's security settings and use it instead of your password."
	zohoHostStep        = "Use the servers for your region and account type: imap.zoho.com / smtp.zoho.com (or .eu, .com.au, .in, .jp); organisation (custom-domain) accounts use imappro.zoho.com / smtppro.zoho.com."

	fastmailAppPasswordStep = "Create an app password in Fastmail's settings, with access \"Mail (IMAP/POP/SMTP)\". Use it instead of your Fastmail password, with {email} as the user name."
	fastmailPlanStep        = "Fastmail's Basic plan cannot be used from third-party mail programs."

	gmxEnableStep      = "Turn POP3/IMAP access on in webmail (in the GMX or WEB.DE webmail settings; GMX says to do it in a desktop browser). It is off by default and is switched off again after a long time without use."
	gmxAppPasswordStep = "If two-factor authentication is on (and, GMX says, increasingly in other cases too), create an app-specific password in the account's security settings and use it instead of your password."
	gmxUserStep        = "User name: the full address at GMX; at WEB.DE the part before the @."

	protonBridgeStep = "Start Proton Mail Bridge on this computer and copy the password it shows for this address; it is not your Proton account password. Connect to 127.0.0.1, IMAP port 1143 and SMTP port 1025 (STARTTLS), unless Bridge shows other values."
	protonPlanStep   = "Bridge needs a paid Proton plan. Proton has no IMAP server on the internet."
	protonTokenStep  = "For a printer or an application that only sends: use smtp.protonmail.ch port 587 with an SMTP token generated in Proton's settings for a custom-domain address (available on some business plans and Visionary/Family with a custom domain)."

	yandexEnableStep      = "Allow mail programs: open mail.yandex.com/#setup/client in a browser and turn on access for mail clients (IMAP)."
	yandexAppPasswordStep = "Create an app password for this program in your Yandex account settings and use it instead of your password. With two-factor authentication on, app passwords are mandatory."
	yandexResetStep       = "Yandex deletes all app passwords when you change your password, switch two-factor authentication, recover the account or log out everywhere: create a new one after any of these."

	mailruAppPasswordStep = "Create an application password in your Mail.ru account's security settings and use it instead of your password, with {email} as the user name."
)

var otherEntries = []Remediation{
	// ---- Exchange Server on-premises ---------------------------------
	// Not Exchange Online: passwords may be entirely fine here.
	{
		Code: CodeProtocolDisabled, Provider: "exchange",
		Title:       "IMAP is not running or not enabled on this Exchange server",
		Audience:    AudienceAdmin,
		Explanation: "On Exchange Server the IMAP4 (and POP3) services are not started by default, and IMAP can also be turned off per mailbox. Microsoft's cloud rules about passwords do not apply to an on-premises server.",
		UserSteps:   []string{"Forward this message to your Exchange administrator."},
		AdminSteps: []string{
			"Start the Microsoft Exchange IMAP4 services and set them to start automatically: Set-Service MSExchangeIMAP4 -StartupType Automatic; Start-Service MSExchangeIMAP4 (and the same for MSExchangeIMAP4BE).",
			"Set the external host name users connect to (Set-ImapSettings -ExternalConnectionSettings ...), then restart the IMAP4 services.",
			"Enable IMAP for the mailbox: Set-CASMailbox -Identity {email} -ImapEnabled $true. The administrator mailbox cannot use IMAP or POP by design.",
			"Test with Test-ImapConnectivity or Microsoft's Remote Connectivity Analyzer.",
		},
		Links:   []Link{linkExchangeIMAP, linkExchangeIMAPSettings},
		Checked: checked,
	},
	{
		Code: CodeInvalidCredentials, Provider: "exchange",
		Title:       "The Exchange server refused the user name or password",
		Audience:    AudienceUser,
		Explanation: "On an on-premises Exchange server, \"LOGIN failed.\" usually does mean a wrong password, or that IMAP is off for the mailbox. (Only Microsoft's cloud answers this way for every password.)",
		UserSteps: []string{
			"Check the user name your organisation uses for mail (often {email}, sometimes a separate sign-in name) and the password, for example by signing in to your organisation's webmail.",
			"If the password works elsewhere, forward this message to your Exchange administrator.",
		},
		AdminSteps: []string{
			"Check the mailbox may use IMAP: Get-CASMailbox -Identity {email} | Format-List ImapEnabled; enable with Set-CASMailbox -Identity {email} -ImapEnabled $true.",
			"Check Get-ImapSettings: with LoginType SecureLogin (the default) a password is accepted only after TLS.",
		},
		Links:   []Link{linkExchangeIMAP, linkExchangeIMAPSettings},
		Checked: checked,
	},
	{
		Code: CodeConnectionRefused, Provider: "exchange",
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
		Code: CodeBasicAuthDisabled, Provider: "exchange",
		Title:       "Password sign-in is not allowed on this Exchange server",
		Audience:    AudienceAdmin,
		Explanation: "On-premises Exchange accepts passwords, NTLM or Kerberos as its administrators configure; Microsoft's cloud retirement of passwords does not apply. The server's settings rule out this sign-in.",
		UserSteps:   []string{"Forward this message to your Exchange administrator."},
		AdminSteps: []string{
			"Check Get-ImapSettings: LoginType PlainTextLogin, PlainTextAuthentication or SecureLogin (default: passwords only after TLS).",
			"Check the mailbox: Get-CASMailbox -Identity {email} | Format-List ImapEnabled.",
		},
		Links:   []Link{linkExchangeIMAPSettings, linkExchangeIMAP},
		Checked: checked,
	},
	{
		Code: CodePlaintextDisallowed, Provider: "exchange",
		Title:       "Exchange accepts the password only over TLS",
		Audience:    AudienceUser,
		Explanation: "Exchange Server's default IMAP login type (SecureLogin) refuses passwords on an unencrypted connection.",
		UserSteps:   []string{"Use port 993 with SSL/TLS, or port 143 with STARTTLS."},
		AdminSteps:  []string{"Keep LoginType SecureLogin and make sure the IMAP certificate covers the host name users connect to."},
		Links:       []Link{linkExchangeIMAPSettings},
		Checked:     checked,
	},

	// ---- Yahoo -------------------------------------------------------
	{
		Code: CodeAppPasswordRequired, Provider: "yahoo",
		Title:         "Yahoo needs an app password",
		Audience:      AudienceUser,
		Explanation:   "Programs that do not use Yahoo's own sign-in page must use an app password instead of your Yahoo password. App passwords keep working after you change your main password; delete one to revoke it.",
		UserSteps:     []string{yahooAppPasswordStep, yahooEligibleStep, yahooOAuthHedge},
		NoLongerWorks: []string{yahooNoLSA},
		Links:         []Link{linkYahooAppPasswords, linkYahooIMAP},
		Checked:       checked,
	},
	{
		Code: CodeInvalidCredentials, Provider: "yahoo",
		Title:       "Yahoo refused the sign-in",
		Audience:    AudienceUser,
		Explanation: "Yahoo answers \"Invalid credentials\" both for a wrong password and for your Yahoo password used where an app password is needed, which is the case for most mail programs.",
		UserSteps: []string{
			"Use the full address, {email}, as the user name.",
			yahooAppPasswordStep,
			yahooEligibleStep,
		},
		NoLongerWorks: []string{yahooNoLSA},
		Links:         []Link{linkYahooAppPasswords},
		Checked:       checked,
	},
	{
		Code: CodeProtocolDisabled, Provider: "yahoo",
		Title:       "Yahoo did not let this program in",
		Audience:    AudienceUser,
		Explanation: "We know of no Yahoo setting that turns IMAP off for an account. When Yahoo refuses a mail program, the usual cause is that it was given the Yahoo password instead of an app password.",
		UserSteps: []string{
			yahooAppPasswordStep,
			"Check the servers: imap.mail.yahoo.com port 993 (SSL/TLS); smtp.mail.yahoo.com port 465 (SSL/TLS).",
			yahooOAuthHedge,
		},
		NoLongerWorks: []string{yahooNoLSA},
		Links:         []Link{linkYahooIMAP, linkYahooAppPasswords},
		Checked:       checked,
	},
	{
		Code: CodeRateLimited, Provider: "yahoo",
		Title:       "Yahoo saw too many failed sign-ins",
		Audience:    AudienceUser,
		Explanation: "\"Too many bad auth attempts\" (#AUTH005) usually follows repeated tries with the Yahoo password where an app password is needed.",
		UserSteps: []string{
			"Stop the program for a while.",
			yahooAppPasswordStep,
		},
		Links:   []Link{linkYahooAppPasswords},
		Checked: checked,
	},

	// ---- AOL ---------------------------------------------------------
	{
		Code: CodeAppPasswordRequired, Provider: "aol",
		Title:       "AOL needs an app password",
		Audience:    AudienceUser,
		Explanation: "Third-party mail programs must use an AOL app password instead of your AOL password. Some users have reported that AOL's app-password page fails for them.",
		UserSteps: []string{
			"Create an app password in your AOL account's security settings and paste it instead of your password, with {email} as the user name.",
			"If the page will not create one, use AOL's own app or webmail, or a program that signs in with AOL's sign-in page (OAuth).",
		},
		Links:   []Link{linkAOLAppPasswords},
		Checked: checked,
	},
	{
		Code: CodeInvalidCredentials, Provider: "aol",
		Title:       "AOL refused the sign-in",
		Audience:    AudienceUser,
		Explanation: "AOL runs on Yahoo's mail platform: a refusal usually means a wrong password or the AOL password used where an app password is needed.",
		UserSteps: []string{
			"Use the full address, {email}, as the user name.",
			"Create an AOL app password in your account's security settings and use it instead of your password.",
		},
		Links:   []Link{linkAOLAppPasswords},
		Checked: checked,
	},
	{
		Code: CodeProtocolDisabled, Provider: "aol",
		Title:       "AOL did not let this program in",
		Audience:    AudienceUser,
		Explanation: "We know of no AOL setting that turns IMAP off for an account. The usual cause of a refusal is a missing app password.",
		UserSteps: []string{
			"Create an AOL app password and use it instead of your password.",
			"Check the servers: imap.aol.com port 993 (SSL/TLS); smtp.aol.com port 465 (SSL/TLS).",
		},
		Links:   []Link{linkAOLAppPasswords},
		Checked: checked,
	},

	// ---- iCloud ------------------------------------------------------
	{
		Code: CodeAppPasswordRequired, Provider: "icloud",
		Title:       "iCloud Mail needs an app-specific password",
		Audience:    AudienceUser,
		Explanation: "iCloud Mail accepts only an app-specific password from other mail programs; your Apple Account password will not work, and Apple offers no OAuth sign-in for them.",
		UserSteps:   []string{icloudAppPasswordStep, icloudUserStep},
		Links:       []Link{linkAppleAppPasswords},
		Checked:     checked,
	},
	{
		Code: CodeInvalidCredentials, Provider: "icloud",
		Title:       "iCloud refused the sign-in",
		Audience:    AudienceUser,
		Explanation: "iCloud answers \"Authentication failed\" for a wrong app-specific password, for the Apple Account password (never accepted here), and for an alias used as the user name.",
		UserSteps:   []string{icloudUserStep, icloudAppPasswordStep},
		Links:       []Link{linkAppleAppPasswords},
		Checked:     checked,
	},
	{
		Code: CodeProtocolDisabled, Provider: "icloud",
		Title:       "iCloud did not let this program in",
		Audience:    AudienceUser,
		Explanation: "iCloud Mail works with other mail programs only through an app-specific password and the primary address. It has no POP.",
		UserSteps: []string{
			icloudAppPasswordStep,
			icloudUserStep,
			"Servers: imap.mail.me.com port 993 (SSL/TLS); smtp.mail.me.com port 587 (STARTTLS).",
		},
		Links:   []Link{linkAppleAppPasswords},
		Checked: checked,
	},
	{
		Code: CodeMechanismUnsupported, Provider: "icloud",
		Title:       "iCloud refused this sign-in method",
		Audience:    AudienceUser,
		Explanation: "One report (2025) describes iCloud refusing AUTHENTICATE PLAIN while LOGIN with the same app-specific password worked; this is not confirmed as general behaviour.",
		UserSteps: []string{
			"Set the program's authentication method to \"normal password\" and use an app-specific password.",
			"If the program lets you choose, try the other password method.",
		},
		Links:   []Link{linkAppleAppPasswords},
		Checked: checked,
	},

	// ---- Zoho --------------------------------------------------------
	{
		Code: CodeProtocolDisabled, Provider: "zoho",
		Title:       "IMAP access is not switched on in Zoho Mail",
		Audience:    AudienceUser,
		Explanation: "Zoho Mail lets mail programs in only after IMAP (or POP) access has been switched on in its settings.",
		UserSteps:   []string{zohoEnableStep, zohoHostStep},
		Links:       []Link{linkZohoIMAP},
		Checked:     checked,
	},
	{
		Code: CodeInvalidCredentials, Provider: "zoho",
		Title:       "Zoho refused the sign-in",
		Audience:    AudienceUser,
		Explanation: "Zoho answers \"Invalid credentials\" for a wrong password, for the account password where an app-specific password is needed, and possibly when IMAP access is off (Zoho's wording for that case is not known).",
		UserSteps:   []string{zohoEnableStep, zohoAppPasswordStep, zohoHostStep},
		Links:       []Link{linkZohoIMAP, linkZohoAppPasswords},
		Checked:     checked,
	},
	{
		Code: CodeAppPasswordRequired, Provider: "zoho",
		Title:       "Zoho needs an app-specific password",
		Audience:    AudienceUser,
		Explanation: "With two-factor authentication on, or for organisation users who sign in through SAML, Zoho accepts only an app-specific password from mail programs.",
		UserSteps:   []string{zohoAppPasswordStep, zohoEnableStep},
		Links:       []Link{linkZohoAppPasswords, linkZohoIMAP},
		Checked:     checked,
	},

	// ---- Fastmail ----------------------------------------------------
	{
		Code: CodeAppPasswordRequired, Provider: "fastmail",
		Title:       "Fastmail needs an app password",
		Audience:    AudienceUser,
		Explanation: "Fastmail lets third-party mail programs sign in only with an app password; when the main password is tried, Fastmail emails you about it.",
		UserSteps:   []string{fastmailAppPasswordStep, fastmailPlanStep},
		Links:       []Link{linkFastmailAppPasswords},
		Checked:     checked,
	},
	{
		Code: CodeInvalidCredentials, Provider: "fastmail",
		Title:       "Fastmail refused the user name or password",
		Audience:    AudienceUser,
		Explanation: "\"Incorrect username or password\" at Fastmail also covers the main account password, which mail programs cannot use.",
		UserSteps: []string{
			fastmailAppPasswordStep,
			"Use the current servers: imap.fastmail.com port 993 and smtp.fastmail.com port 465 (SSL/TLS); the old mail.messagingengine.com names no longer work.",
		},
		Links:   []Link{linkFastmailAppPasswords, linkFastmailServers},
		Checked: checked,
	},
	{
		Code: CodeProtocolDisabled, Provider: "fastmail",
		Title:       "Fastmail did not let this program in",
		Audience:    AudienceUser,
		Explanation: "Fastmail allows third-party mail programs only with an app password that has mail access, and not on the Basic plan.",
		UserSteps:   []string{fastmailPlanStep, fastmailAppPasswordStep},
		Links:       []Link{linkFastmailAppPasswords},
		Checked:     checked,
	},

	// ---- GMX and WEB.DE ("gmx" family; webde falls back here) --------
	{
		Code: CodeProtocolDisabled, Provider: "gmx",
		Title:       "POP3/IMAP is switched off for this GMX or WEB.DE account",
		Audience:    AudienceUser,
		Explanation: "GMX and WEB.DE switch POP3, IMAP and SMTP access off by default, and off again after a long time without use. The server then just says \"authentication failed\".",
		UserSteps:   []string{gmxEnableStep, gmxAppPasswordStep, gmxUserStep},
		Links:       []Link{linkGMXToggle, linkWebDEIMAP},
		Checked:     checked,
	},
	{
		Code: CodeInvalidCredentials, Provider: "gmx",
		Title:       "GMX or WEB.DE refused the sign-in",
		Audience:    AudienceUser,
		Explanation: "GMX and WEB.DE answer \"authentication failed\" for a wrong password, but also when POP3/IMAP access is switched off (the default) or an app-specific password is needed. Check all three.",
		UserSteps: []string{gmxEnableStep, gmxUserStep, gmxAppPasswordStep,
			"WEB.DE: polling by POP more often than every 15 minutes is reported to make sign-ins fail."},
		Links:   []Link{linkGMXToggle, linkGMXAppPasswords, linkWebDEIMAP},
		Checked: checked,
	},
	{
		Code: CodeAppPasswordRequired, Provider: "gmx",
		Title:       "GMX or WEB.DE needs an app-specific password",
		Audience:    AudienceUser,
		Explanation: "With two-factor authentication on, GMX and WEB.DE accept only an app-specific password from mail programs.",
		UserSteps:   []string{gmxAppPasswordStep, gmxEnableStep},
		Links:       []Link{linkGMXAppPasswords, linkGMXToggle},
		Checked:     checked,
	},

	// ---- Proton Mail Bridge -------------------------------------------
	{
		Code: CodeInvalidCredentials, Provider: "proton_bridge",
		Title:       "Proton Mail Bridge refused the password",
		Audience:    AudienceUser,
		Explanation: "Mail programs sign in to Proton Mail Bridge, which runs on your own computer, with the password Bridge generates, not with your Proton account password.",
		UserSteps:   []string{protonBridgeStep, protonPlanStep},
		Links:       []Link{linkProtonSMTP},
		Checked:     checked,
	},
	{
		Code: CodeAppPasswordRequired, Provider: "proton_bridge",
		Title:       "Use the password Proton Mail Bridge shows",
		Audience:    AudienceUser,
		Explanation: "Proton accepts mail programs only through Bridge (with Bridge's own password) or, for sending, an SMTP token.",
		UserSteps:   []string{protonBridgeStep, protonTokenStep},
		Links:       []Link{linkProtonSMTP},
		Checked:     checked,
	},
	{
		Code: CodeProtocolDisabled, Provider: "proton_bridge",
		Title:       "Proton has no IMAP server; use Proton Mail Bridge",
		Audience:    AudienceUser,
		Explanation: "Proton Mail cannot be reached over IMAP on the internet. Mail programs connect to Proton Mail Bridge on the same computer, which needs a paid plan.",
		UserSteps:   []string{protonPlanStep, protonBridgeStep, protonTokenStep},
		Links:       []Link{linkProtonSMTP},
		Checked:     checked,
	},
	{
		Code: CodeConnectionRefused, Provider: "proton_bridge",
		Title:       "Proton Mail Bridge is not running",
		Audience:    AudienceUser,
		Explanation: "Nothing answered on Bridge's local ports: Bridge is not running on this computer, or listens on other ports.",
		UserSteps: []string{
			"Start Proton Mail Bridge and sign in to it.",
			"Copy the host, ports and password from Bridge's mailbox settings into the program (defaults 127.0.0.1, IMAP 1143, SMTP 1025).",
		},
		Checked: checked,
	},

	// ---- Yandex ------------------------------------------------------
	{
		Code: CodeInvalidCredentials, Provider: "yandex",
		Title:       "Yandex refused the sign-in, or IMAP is off",
		Audience:    AudienceUser,
		Explanation: "Yandex sends one answer, \"Invalid credentials or IMAP is disabled\", for both a wrong password and IMAP access switched off.",
		UserSteps:   []string{yandexEnableStep, yandexAppPasswordStep, yandexResetStep},
		Links:       []Link{linkYandexClients, linkYandexAppPasswords},
		Checked:     checked,
	},
	{
		Code: CodeAppPasswordRequired, Provider: "yandex",
		Title:       "Yandex needs an app password",
		Audience:    AudienceUser,
		Explanation: "With two-factor authentication on, Yandex accepts only app passwords from mail programs, and this cannot be turned off. (Whether the account password still works without two-factor authentication is not confirmed.)",
		UserSteps:   []string{yandexAppPasswordStep, yandexResetStep, yandexEnableStep},
		Links:       []Link{linkYandexAppPasswords, linkYandexClients},
		Checked:     checked,
	},
	{
		Code: CodeProtocolDisabled, Provider: "yandex",
		Title:       "Mail programs are not allowed for this Yandex account",
		Audience:    AudienceUser,
		Explanation: "Yandex lets mail programs in only after access for them is switched on in Yandex Mail's settings.",
		UserSteps:   []string{yandexEnableStep, yandexAppPasswordStep},
		Links:       []Link{linkYandexClients},
		Checked:     checked,
	},
	{
		Code: CodeAccountLocked, Provider: "yandex",
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

	// ---- Mail.ru -----------------------------------------------------
	{
		Code: CodeAppPasswordRequired, Provider: "mailru",
		Title:       "Mail.ru needs an application password",
		Audience:    AudienceUser,
		Explanation: "Mail.ru (also inbox.ru, list.ru, bk.ru) is reported to accept only application passwords from external programs since January 2026.",
		UserSteps:   []string{mailruAppPasswordStep},
		Links:       []Link{linkMailRuClients},
		Checked:     checked,
	},
	{
		Code: CodeInvalidCredentials, Provider: "mailru",
		Title:       "Mail.ru refused the sign-in",
		Audience:    AudienceUser,
		Explanation: "A refusal from Mail.ru means a wrong password or, most likely, the account password used where an application password is needed.",
		UserSteps:   []string{"Use the full address, {email}, as the user name.", mailruAppPasswordStep},
		Links:       []Link{linkMailRuClients},
		Checked:     checked,
	},
	{
		Code: CodeProtocolDisabled, Provider: "mailru",
		Title:       "Mail.ru did not let this program in",
		Audience:    AudienceUser,
		Explanation: "Our fact sheet has no verified Mail.ru setting that switches IMAP off; the likeliest cause is a missing application password. Mail.ru's help page on mail programs is the place to check.",
		UserSteps: []string{
			mailruAppPasswordStep,
			"Servers: imap.mail.ru port 993 (SSL/TLS); smtp.mail.ru port 465 (SSL/TLS) or 587 (STARTTLS).",
		},
		Links:   []Link{linkMailRuClients},
		Checked: checked,
	},

	// ---- Generic hosting: Dovecot, Postfix, Exim, Courier, Cyrus -----
	{
		Code: CodeTLSCertificate, Provider: "hosting",
		Title:       "Use the server's own host name, not mail.{domain}",
		Audience:    AudienceUser,
		Explanation: "Shared hosts (cPanel and similar) usually have a certificate for the server's own host name, not for mail.{domain}. Connecting securely to mail.{domain} then gives a certificate-name mismatch.",
		UserSteps: []string{
			"In the hosting control panel (cPanel: the Connect Devices page), copy the \"Secure SSL/TLS\" settings: the incoming and outgoing server is the server's host name, IMAP port 993, SMTP port 465.",
			"Do not accept the mismatched certificate and do not switch encryption off.",
		},
		AdminSteps: []string{"Either tell users the host name the certificate covers, or add mail.{domain} to the certificate."},
		Checked:    checked,
	},
	{
		Code: CodeInvalidCredentials, Provider: "hosting",
		Title:       "The mail server refused the user name or password",
		Audience:    AudienceUser,
		Explanation: "Self-hosted and shared-hosting servers (Dovecot, Postfix, Exim) refuse a sign-in mostly for a wrong password or user name.",
		UserSteps: []string{
			"Use the full address, {email}, as the user name.",
			"If unsure of the password, reset it in the hosting control panel (cPanel).",
			"Use the server host name and ports from the control panel's \"Connect Devices\" page (993 and 465 with SSL/TLS).",
		},
		AdminSteps: []string{
			"Look in the mail server's authentication log at the time of the failure; Postfix's 535 5.7.8 reply carries the reason from its SASL backend.",
			"Check Postfix's smtpd_sasl_* settings and Dovecot's auth configuration for {username}.",
		},
		Checked: checked,
	},
	{
		Code: CodePlaintextDisallowed, Provider: "hosting",
		Title:       "The server takes passwords only over TLS",
		Audience:    AudienceUser,
		Explanation: "The server refuses a password on an unencrypted connection (Dovecot: \"Plaintext/Cleartext authentication disallowed\"; IMAP LOGINDISABLED before STARTTLS).",
		UserSteps:   []string{"Use port 993 with SSL/TLS or 143 with STARTTLS; for sending, 465 with SSL/TLS or 587 with STARTTLS."},
		AdminSteps:  []string{"Keep the refusal (Dovecot: disable_plaintext_auth, auth_allow_cleartext; ssl settings) and make sure TLS works with a certificate for the host name users are given."},
		Checked:     checked,
	},
	{
		Code: CodeMechanismUnsupported, Provider: "hosting",
		Title:       "The server did not offer sign-in at that point",
		Audience:    AudienceUser,
		Explanation: "Exim answers \"AUTH command used when not advertised\" when a program tries to sign in before EHLO or before STARTTLS; many servers offer AUTH only on an encrypted connection.",
		UserSteps:   []string{"Set the outgoing server to port 465 with SSL/TLS or 587 with STARTTLS, and authentication to \"normal password\"."},
		AdminSteps:  []string{"Check which SASL mechanisms the server advertises before and after TLS."},
		Checked:     checked,
	},
}
