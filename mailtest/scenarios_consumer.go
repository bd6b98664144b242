package mailtest

import "github.com/mailcheck-go/mailcheck/catalog"

// Google (Gmail and Workspace), Yahoo and iCloud. Facts and dates:
// docs/providers.md §4–8.

// gmailIMAP is imap.gmail.com (993 only). The greeting's id is made up; its
// shape is from https://github.com/gutmensch/docker-dmarc-report/issues/18 .
// Capabilities (2025): https://github.com/zone-eu/wildduck/pull/943 .
// Success: https://github.com/owncloud-archive/mail/issues/1333 .
func gmailIMAP(refuse Refuse, refusal ...string) *IMAPBehavior {
	return &IMAPBehavior{
		Listeners:    ListenTLS,
		Greeting:     "* OK Gimap ready for requests from {client} d9443c01a7336-29e2a1b3c4dmb1234567",
		Capabilities: []string{"IMAP4rev1", "UNSELECT", "IDLE", "NAMESPACE", "QUOTA", "ID", "XLIST", "CHILDREN", "X-GM-EXT-1", "XYZZY", "SASL-IR", "AUTH=XOAUTH2", "AUTH=PLAIN", "AUTH=PLAIN-CLIENTTOKEN", "AUTH=OAUTHBEARER"},
		// Gmail's well-known CAPABILITY reply; unverified-cite.
		CapabilityOK: "OK Thats all she wrote! d9443c01a7336-29e2a1b3c4dmb1234567",
		Refuse:       refuse,
		Success: []string{
			// Gmail sends its post-login list untagged here; the fake
			// sends what its mailbox serves instead.
			"* CAPABILITY {capabilities}",
			"OK {user} authenticated (Success)",
		},
		// Wrong password, and the account password after "less secure
		// apps" ended. Source: https://github.com/andreiaugustin/gmail_extractor/issues/4
		Failure: []string{"NO [AUTHENTICATIONFAILED] Invalid credentials (Failure)"},
		Refusal: refusal,
		Logout:  "* BYE LOGOUT Requested",
	}
}

// gmailSMTP is smtp.gmail.com (465 and 587). Banner, EHLO and AUTH line:
// https://pastebin.com/uXqSaYa4 ; every error ends "- gsmtp":
// https://support.google.com/a/answer/3726730 . AUTH before STARTTLS
// (587 offers no AUTH in the clear) is answered "530 5.7.0 Must issue a
// STARTTLS command first.", as a Ruby client saw it in
// https://github.com/dcparker/ruby-gmail/issues/22 (2010) and a Java one in
// https://github.com/virtualzone/tubewarder/issues/29 (2016, with the
// "- gsmtp" trailer). Ids are made up.
func gmailSMTP(refuse Refuse, refusal ...string) *SMTPBehavior {
	return &SMTPBehavior{
		Banner:              []string{"220 smtp.gmail.com ESMTP d9443c01a7336-29e2a1b3c4dsm1234567pfa.42 - gsmtp"},
		Hello:               "smtp.gmail.com at your service, [{client}]",
		Extensions:          []string{"SIZE 35882577", "8BITMIME", "AUTH LOGIN PLAIN XOAUTH2 PLAIN-CLIENTTOKEN OAUTHBEARER XOAUTH", "ENHANCEDSTATUSCODES", "PIPELINING", "CHUNKING", "SMTPUTF8"},
		ExtensionsBeforeTLS: []string{"SIZE 35882577", "8BITMIME", "STARTTLS", "ENHANCEDSTATUSCODES", "PIPELINING", "CHUNKING", "SMTPUTF8"},
		StartTLSReply:       "220 2.0.0 Ready to start TLS",
		AuthNotOffered:      []string{"530 5.7.0 Must issue a STARTTLS command first. d9443c01a7336-29e2a1b3c4dsm1234567pfa.42 - gsmtp"},
		Refuse:              refuse,
		Success:             []string{"235 2.7.0 Accepted"},
		// Source: https://github.com/nodemailer/nodemailer/issues/1656
		Failure: []string{
			"535-5.7.8 Username and Password not accepted. For more information, go to",
			"535 5.7.8  https://support.google.com/mail/?p=BadCredentials d9443c01a7336-29e2a1b3c4dsm1234567pfa.42 - gsmtp",
		},
		Refusal: refusal,
		Mail:    []string{"250 2.1.0 OK d9443c01a7336-29e2a1b3c4dsm1234567pfa.42 - gsmtp"},
		Rcpt:    []string{"250 2.1.5 OK d9443c01a7336-29e2a1b3c4dsm1234567pfa.42 - gsmtp"},
		// Two spaces after 354 and after OK, as Gmail sends them:
		// https://github.com/mobizt/ESP-Mail-Client/issues/249 (354),
		// https://github.com/loganmarchione/docker-postfixrelay/issues/62
		// ("250 2.0.0 OK  1742846842 ..." at smtp-relay.gmail.com; the
		// number, a time stamp there, is the fake's queue id here).
		DataGoAhead: []string{"354  Go ahead d9443c01a7336-29e2a1b3c4dsm1234567pfa.42 - gsmtp"},
		Queued:      "250 2.0.0 OK  {id} d9443c01a7336-29e2a1b3c4dsm1234567pfa.42 - gsmtp",
	}
}

var googleSources = []string{
	"https://github.com/dcparker/ruby-gmail/issues/22",
	"https://github.com/zone-eu/wildduck/pull/943",
	"https://github.com/andreiaugustin/gmail_extractor/issues/4",
	"https://pastebin.com/uXqSaYa4",
	"https://support.google.com/a/answer/3726730",
}

// gmailAccount holds an account password and a 16-letter app password.
// With appOnly the account is listed with its app password, as a correctly
// configured application would use it.
func gmailAccount(appOnly bool) []Account {
	a := Account{Email: "alice.mailtest@gmail.com", Password: "Correct-Horse-Gq7Zk2", AppPassword: "abcdefghijklmnop", Token: "ya29.a0AfB_Zq7kX2vPp"}
	if appOnly {
		a.Password = a.AppPassword
	}
	return []Account{a}
}

func consumerScenarios() []Scenario {
	return []Scenario{
		{
			Name:        "gmail-ok",
			Description: "Gmail accepts an app password on IMAP and SMTP.",
			Provider:    catalog.IDGoogle,
			IMAPCode:    "ok", SMTPCode: "ok",
			Sources:  googleSources,
			IMAP:     gmailIMAP(RefuseAccountPassword),
			SMTP:     gmailSMTP(RefuseAccountPassword),
			Accounts: gmailAccount(true),
		},
		{
			Name:        "gmail-app-password-required",
			Description: "Gmail with 2-Step Verification refuses the account password and asks for an app password.",
			Provider:    catalog.IDGoogle,
			IMAPCode:    "app_password_required", SMTPCode: "app_password_required",
			Sources: sources(googleSources, "https://github.com/nodemailer/nodemailer/issues/1116",
				"https://support.google.com/accounts/answer/185833"),
			// Source: gmail_extractor #4 above.
			IMAP: gmailIMAP(RefuseAccountPassword,
				"NO [ALERT] Application-specific password required: https://support.google.com/accounts/answer/185833 (Failure)"),
			// Source: https://github.com/nodemailer/nodemailer/issues/1116
			SMTP: gmailSMTP(RefuseAccountPassword,
				"534-5.7.9 Application-specific password required. Learn more at",
				"534 5.7.9  https://support.google.com/mail/?p=InvalidSecondFactor d9443c01a7336-29e2a1b3c4dsm1234567pfa.42 - gsmtp"),
			Accounts: gmailAccount(false),
		},
		{
			Name:        "gmail-bad-credentials",
			Description: "Gmail refuses a wrong password: \"Invalid credentials\" on IMAP, 535 5.7.8 BadCredentials on SMTP.",
			Provider:    catalog.IDGoogle,
			IMAPCode:    "invalid_credentials", SMTPCode: "invalid_credentials",
			Sources: sources(googleSources, "https://github.com/nodemailer/nodemailer/issues/1656"),
			IMAP:    gmailIMAP(RefuseAccountPassword),
			SMTP:    gmailSMTP(RefuseAccountPassword),
			Accounts: append([]Account{{Email: "bob.mailtest@gmail.com", Password: "typo-in-password", WrongPassword: true}},
				gmailAccount(true)...),
		},
		{
			Name:        "gmail-web-login-required",
			Description: "Google wants an interactive sign-in in a browser first (\"Please log in via your web browser\", 534 5.7.14).",
			Provider:    catalog.IDGoogle,
			IMAPCode:    "web_login_required", SMTPCode: "web_login_required",
			Sources: sources(googleSources, "https://github.com/barbushin/php-imap/issues/87",
				"https://github.com/nodemailer/nodemailer/issues/998"),
			// Source: https://github.com/barbushin/php-imap/issues/87
			IMAP: gmailIMAP(RefuseAll,
				"NO [ALERT] Please log in via your web browser: https://support.google.com/mail/accounts/answer/78754 (Failure)"),
			// Source: https://github.com/nodemailer/nodemailer/issues/998
			// (the continue URL is shortened there and here).
			SMTP: gmailSMTP(RefuseAll,
				"534-5.7.14 <https://accounts.google.com/signin/continue?sarp=1&scc=1&plt=AKgnsbt> Please log in",
				"534-5.7.14 in via your web browser and then try again.",
				"534 5.7.14  https://support.google.com/mail/answer/78754 d9443c01a7336-29e2a1b3c4dsm1234567pfa.42 - gsmtp"),
			Accounts: gmailAccount(true),
		},
		{
			Name:        "gmail-imap-disabled",
			Description: "Google Workspace domain whose admin turned IMAP off: IMAP refuses every login, SMTP accepts the app password.",
			Provider:    catalog.IDGoogle,
			IMAPCode:    "protocol_disabled", SMTPCode: "ok",
			Sources: sources(googleSources, "https://github.com/mozilla-b2g/gaia/blob/master/apps/email/js/ext/imap/client.js",
				"https://support.google.com/a/answer/105694"),
			// The sentence "IMAP access is disabled for your domain." is
			// matched by Mozilla's client (source above); the tail is as
			// commonly reported and varies (unverified-cite).
			IMAP: gmailIMAP(RefuseAll,
				"NO [ALERT] IMAP access is disabled for your domain. Please contact your domain administrator for questions about this feature. (Failure)"),
			SMTP: gmailSMTP(RefuseAccountPassword),
			// Carol is configured with her app password.
			Accounts: []Account{{Email: "carol@workspace.example", Password: "abcdefghijklmnop", AppPassword: "abcdefghijklmnop", Token: "ya29.a0AfB_Wm4rT8qLc"}},
		},
		{
			Name:        "yahoo-app-password-required",
			Description: "Yahoo refuses the account password of an application that needs an app password: \"Invalid credentials\" on IMAP, #AUTH005 on SMTP.",
			Provider:    catalog.IDYahoo,
			// IMAP's text says only "Invalid credentials"; nothing in it
			// tells a wrong password from an account password, so the code
			// is invalid_credentials (remediation for Yahoo mentions app
			// passwords). SMTP's #AUTH005 "Too many bad auth attempts"
			// usually means the account password was used instead of an
			// app password (providers.md §6), hence app_password_required.
			IMAPCode: "invalid_credentials", SMTPCode: "app_password_required",
			Sources: []string{
				"https://github.com/moralmunky/Home-Assistant-Mail-And-Packages/issues/242",
				"https://github.com/OfflineIMAP/offlineimap/issues/688",
				"https://github.com/nodemailer/nodemailer/issues/1112",
				"https://github.com/PHPMailer/PHPMailer/issues/2034",
				"https://github.com/zone-eu/wildduck/pull/943",
			},
			IMAP: &IMAPBehavior{
				Listeners: ListenTLS,
				// The capability list is Yahoo's (wildduck #943); the
				// greeting's wording is unverified-cite.
				Greeting:     "* OK [CAPABILITY IMAP4rev1 SASL-IR AUTH=PLAIN AUTH=XOAUTH2 AUTH=OAUTHBEARER ID MOVE NAMESPACE XYMHIGHESTMODSEQ UIDPLUS LITERAL+ CHILDREN UNSELECT X-MSG-EXT OBJECTID IDLE ENABLE] IMAP4rev1 Hello",
				Capabilities: []string{"IMAP4rev1", "SASL-IR", "AUTH=PLAIN", "AUTH=XOAUTH2", "AUTH=OAUTHBEARER", "ID", "MOVE", "NAMESPACE", "XYMHIGHESTMODSEQ", "UIDPLUS", "LITERAL+", "CHILDREN", "UNSELECT", "X-MSG-EXT", "OBJECTID", "IDLE", "ENABLE", "UIDONLY", "X-ALL-MAIL", "X-UIDONLY", "LIST-EXTENDED", "LIST-STATUS", "SPECIAL-USE", "PARTIAL", "APPENDLIMIT=41697280"},
				Refuse:       RefuseAccountPassword,
				// Sources: Home-Assistant-Mail-And-Packages #242,
				// offlineimap #688 ("LOGIN" / "AUTHENTICATE").
				Failure: []string{"NO [AUTHENTICATIONFAILED] {command} Invalid credentials"},
			},
			SMTP: &SMTPBehavior{
				// Banner and EHLO host: PHPMailer #2034; the extension list
				// is unverified-cite.
				Banner:     []string{"220 smtp.mail.yahoo.com ESMTP ready"},
				Hello:      "smtp403.mail.ir2.yahoo.com Hello {helo} [{client}]",
				Extensions: []string{"PIPELINING", "ENHANCEDSTATUSCODES", "8BITMIME", "SIZE 41697280", "AUTH PLAIN LOGIN XOAUTH2 OAUTHBEARER"},
				Refuse:     RefuseAccountPassword,
				// Source: https://github.com/nodemailer/nodemailer/issues/1112
				Failure: []string{"535 5.7.0 (#AUTH005) Too many bad auth attempts."},
			},
			Accounts: []Account{{Email: "dave.mailtest@yahoo.com", Password: "Correct-Horse-Yq7Zk", AppPassword: "qrstuvwxyzabcdef", Token: "yT0k.Hn5wQ9rZs2"}},
		},
		{
			Name:        "icloud-auth-failed",
			Description: "iCloud refuses a password that is not a valid app-specific password: \"[AUTHENTICATIONFAILED] Authentication Failed\".",
			Provider:    catalog.IDICloud,
			IMAPCode:    "invalid_credentials",
			Sources:     []string{"https://github.com/lefcha/imapfilter/issues/125", "https://github.com/LogicLabs-OU/OpenArchiver/issues/319"},
			// iCloud's SMTP texts are not in our sources: IMAP only.
			IMAP: &IMAPBehavior{
				Listeners: ListenTLS,
				// Source: imapfilter #125; the parenthesised session id is
				// elided in our source and made up here.
				Greeting:     "* OK [CAPABILITY st11p00mm-iscream022 15E205 XAPPLEPUSHSERVICE IMAP4 IMAP4rev1 SASL-IR AUTH=ATOKEN AUTH=PLAIN] iSCREAM ready to rumble (1S1-19:ST11P00MM)",
				Capabilities: []string{"XAPPLEPUSHSERVICE", "IMAP4", "IMAP4rev1", "SASL-IR", "AUTH=ATOKEN", "AUTH=PLAIN"},
				Refuse:       RefuseAccountPassword,
				// Source: OpenArchiver #319 (2025–26 spelling).
				Failure: []string{"NO [AUTHENTICATIONFAILED] Authentication Failed"},
			},
			Accounts: []Account{
				{Email: "erin.mailtest@icloud.com", Password: "typo-in-password", WrongPassword: true},
				{Email: "frank.mailtest@icloud.com", Password: "Correct-Horse-Aq7Zk", AppPassword: "abcd-efgh-ijkl-mnop"},
			},
		},
	}
}
