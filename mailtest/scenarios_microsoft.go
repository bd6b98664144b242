package mailtest

import "github.com/mailcheck-go/mailcheck/catalog"

// Microsoft 365 (Exchange Online) and Outlook.com. Facts and dates:
// docs/providers.md §1–2. IMAP on Exchange Online is reached only on
// 993 (implicit TLS) and SMTP AUTH only on 587 (STARTTLS; Microsoft does not
// offer 465), so these scenarios have one listener per protocol.

// exchangeGreeting is Exchange Online's greeting; the bracket is the
// server's name (SN1PR02CA0015.namprd02.prod.outlook.com) in UTF-16LE
// base64. Sources: https://github.com/jstedfast/MailKit/issues/460 ,
// https://github.com/jstedfast/MailKit/issues/1494
const exchangeGreeting = "* OK The Microsoft Exchange IMAP4 service is ready. [UwBOADEAUABSADAAMgBDAEEAMAAwADEANQAuAG4AYQBtAHAAcgBkADAAMgAuAHAAcgBvAGQALgBvAHUAdABsAG8AbwBrAC4AYwBvAG0A]"

// exchangeCapabilities is the pre-authentication list (2022–2025).
// Sources: https://github.com/jstedfast/MailKit/issues/1494 ,
// https://github.com/zone-eu/wildduck/pull/943
var exchangeCapabilities = []string{"IMAP4", "IMAP4rev1", "AUTH=PLAIN", "AUTH=XOAUTH2", "SASL-IR", "UIDPLUS", "ID", "UNSELECT", "CHILDREN", "IDLE", "NAMESPACE", "LITERAL+"}

// Exchange Online's IMAP refusal for basic authentication (any password), a
// bad token, or IMAP switched off: "NO LOGIN failed." or "NO AUTHENTICATE
// failed.". Sources: https://github.com/jstedfast/MailKit/issues/460 ,
// https://github.com/odysseus-dev/odysseus/issues/3174
var exchangeIMAPFailed = []string{"NO {command} failed."}

// exchangeIMAP is Exchange Online's IMAP server. Success texts: "OK
// AUTHENTICATE completed." (MailKit #1494), "OK LOGIN completed."
// (https://github.com/emersion/go-imap/issues/244).
func exchangeIMAP(refuse Refuse) *IMAPBehavior {
	return &IMAPBehavior{
		Listeners:    ListenTLS,
		Greeting:     exchangeGreeting,
		Capabilities: exchangeCapabilities,
		Refuse:       refuse,
		Failure:      exchangeIMAPFailed,
		// Source: https://github.com/mjs/imapclient/issues/602
		Logout: "* BYE Microsoft Exchange Server IMAP4 server signing off.",
	}
}

// exchangeSMTP is Exchange Online's SMTP submission server on 587.
// Banner: https://learn.microsoft.com/en-us/exchange/mail-flow-best-practices/fix-issues-with-printers-scanners-and-lob-applications-that-send-email-using-off
// EHLO lines: seen in public logs, unverified-cite (providers.md §1);
// "AUTH LOGIN XOAUTH2" after STARTTLS, no PLAIN.
func exchangeSMTP(refuse Refuse, failure, refusal []string) *SMTPBehavior {
	return &SMTPBehavior{
		Listeners:           ListenStartTLS,
		Banner:              []string{"220 BY1PR10CA0041.outlook.office365.com Microsoft ESMTP MAIL Service ready at Mon, 1 Jun 2015 12:00:00 +0000"},
		Hello:               "BY1PR10CA0041.outlook.office365.com Hello [{client}]",
		Extensions:          []string{"SIZE 157286400", "PIPELINING", "DSN", "ENHANCEDSTATUSCODES", "AUTH LOGIN XOAUTH2", "8BITMIME", "BINARYMIME", "CHUNKING", "SMTPUTF8"},
		ExtensionsBeforeTLS: []string{"SIZE 157286400", "PIPELINING", "DSN", "ENHANCEDSTATUSCODES", "STARTTLS", "8BITMIME", "BINARYMIME", "CHUNKING", "SMTPUTF8"},
		StartTLSReply:       "220 2.0.0 SMTP server ready",
		Refuse:              refuse,
		Success:             []string{"235 2.7.0 Authentication successful"},
		Failure:             failure,
		Refusal:             refusal,
		// Sources: https://github.com/aad-for-linux/pam_aad/issues/15
		// (MAIL FROM at smtp.office365.com), https://github.com/symfony/symfony/issues/54169
		// (RCPT TO), https://github.com/eleith/emailjs/issues/24 (Exchange's
		// 354). The reply to the message itself keeps Postfix's words: no
		// public trace of Exchange Online's, with a source to cite, was at
		// hand.
		Mail:        []string{"250 2.1.0 Sender OK"},
		Rcpt:        []string{"250 2.1.5 Recipient OK"},
		DataGoAhead: []string{"354 Start mail input; end with <CRLF>.<CRLF>"},
		// Source: fix-issues page above (5.7.57).
		MailUnauthenticated: []string{"530 5.7.57 Client not authenticated to send mail. [BY1PR10CA0041.namprd10.prod.outlook.com]"},
		// Source: https://github.com/MicrosoftDocs/OfficeDocs-Support/issues/1187
		// (also rss2email #147 and MailKit #1176, after DATA).
		SendAsDenied: []string{"554 5.2.0 STOREDRV.Submission.Exception:SendAsDeniedException.MapiExceptionSendAsDenied; Failed to process message due to a permanent exception with message Cannot submit message."},
	}
}

// Exchange Online SMTP AUTH replies, exact.
var (
	// The one Microsoft text that really means a wrong password.
	// Source: https://github.com/codassassin/email-bomber-v2.0/issues/1
	exchangeSMTPWrongPassword = []string{"535 5.7.139 Authentication unsuccessful, the user credentials were incorrect. [PH0PR07CA0004.namprd07.prod.outlook.com]"}
	// Source: https://github.com/simonrob/email-oauth2-proxy/issues/193
	exchangeSMTPTenantDisabled = []string{"535 5.7.139 Authentication unsuccessful, SmtpClientAuthentication is disabled for the Tenant. Visit https://aka.ms/smtp_auth_disabled for more information. [MN2PR05CA0004.namprd05.prod.outlook.com 2023-09-12T20:59:57.214Z 08DBB276B7E699C4]"}
	// Sources: https://learn.microsoft.com/en-us/dynamics365/fin-ops-core/fin-ops/organization-administration/configure-email ,
	// https://github.com/thunderbird/thunderbird-android/issues/11198 (the
	// bracketed trailer is borrowed from the tenant text; it varies per
	// session).
	exchangeSMTPMailboxDisabled = []string{"535 5.7.139 Authentication unsuccessful, SmtpClientAuthentication is disabled for the Mailbox. Visit https://aka.ms/smtp_auth_disabled for more information. [MN2PR05CA0004.namprd05.prod.outlook.com 2023-09-12T20:59:57.214Z 08DBB276B7E699C4]"}
	// Seen in many public repositories; no citable thread retrieved
	// (unverified-cite, providers.md §1).
	exchangeSMTPSecurityDefaults = []string{"535 5.7.139 Authentication unsuccessful, user is locked by your organization's security defaults policy. Contact your administrator. [PH0PR07CA0004.namprd07.prod.outlook.com]"}
	// Source: https://github.com/twikoojs/twikoo/issues/840
	outlookSMTPBasicDisabled = []string{"535 5.7.139 Authentication unsuccessful, basic authentication is disabled. [SG2PR01CA0193.apcprd01.prod.exchangelabs.com 2025-09-03T06:32:18.104Z 08DDEA236178B5C2]"}
)

var microsoftSources = []string{
	"https://github.com/jstedfast/MailKit/issues/460",
	"https://github.com/jstedfast/MailKit/issues/1494",
	"https://learn.microsoft.com/en-us/exchange/mail-flow-best-practices/fix-issues-with-printers-scanners-and-lob-applications-that-send-email-using-off",
}

func microsoftAccounts(wrong bool) []Account {
	accounts := []Account{{Email: "adele@contoso.example", Password: "Correct-Horse-365", Token: "eyJ0eXAiOiJKV1QiLCJhbGciOiJSUzI1NiJ9.Vq3wZp8Kx"}}
	if wrong {
		accounts = append([]Account{{Email: "megan@contoso.example", Password: "typo-in-password", WrongPassword: true}}, accounts...)
	}
	return accounts
}

func microsoftScenarios() []Scenario {
	return []Scenario{
		{
			Name:        "microsoft365-ok",
			Description: "Microsoft 365 accepts the login on IMAP and SMTP (the texts of a successful Exchange Online session). IMAP takes a password here as well as an OAuth token, which real Exchange Online has not done since 2023: test the password case with microsoft365-imap-basic-auth-retired.",
			Provider:    catalog.IDMicrosoft365,
			IMAPCode:    "ok", SMTPCode: "ok",
			Sources: microsoftSources,
			// Exchange Online has refused IMAP passwords since 2023; this
			// scenario accepts the password anyway (as well as the token)
			// so that an application's happy path runs with whichever it
			// uses. microsoft365-imap-basic-auth-retired is the realistic
			// password case.
			IMAP:     exchangeIMAP(RefuseNone),
			SMTP:     exchangeSMTP(RefuseNone, exchangeSMTPWrongPassword, nil),
			Accounts: microsoftAccounts(false),
		},
		{
			Name:        "microsoft365-imap-basic-auth-retired",
			Description: "Microsoft 365 where the tenant still allows password sending: IMAP refuses every password with \"AUTHENTICATE failed.\" while SMTP AUTH accepts the same password.",
			Provider:    catalog.IDMicrosoft365,
			IMAPCode:    "basic_auth_disabled", SMTPCode: "ok",
			Sources: sources(microsoftSources, "https://github.com/odysseus-dev/odysseus/issues/3174",
				"https://learn.microsoft.com/en-us/exchange/clients-and-mobile-in-exchange-online/deprecation-of-basic-authentication-exchange-online"),
			IMAP:     exchangeIMAP(RefusePasswords),
			SMTP:     exchangeSMTP(RefuseNone, exchangeSMTPWrongPassword, nil),
			Accounts: microsoftAccounts(false),
		},
		{
			Name:        "microsoft365-smtp-auth-disabled-tenant",
			Description: "Microsoft 365 tenant with SMTP AUTH switched off: every SMTP login gets 5.7.139 \"disabled for the Tenant\"; IMAP refuses the password as everywhere on Exchange Online.",
			Provider:    catalog.IDMicrosoft365,
			IMAPCode:    "basic_auth_disabled", SMTPCode: "protocol_disabled",
			Sources:  sources(microsoftSources, "https://github.com/simonrob/email-oauth2-proxy/issues/193"),
			IMAP:     exchangeIMAP(RefusePasswords),
			SMTP:     exchangeSMTP(RefuseAll, exchangeSMTPWrongPassword, exchangeSMTPTenantDisabled),
			Accounts: microsoftAccounts(false),
		},
		{
			Name:        "microsoft365-smtp-auth-disabled-mailbox",
			Description: "Microsoft 365 mailbox with SMTP AUTH switched off: every SMTP login gets 5.7.139 \"disabled for the Mailbox\".",
			Provider:    catalog.IDMicrosoft365,
			IMAPCode:    "basic_auth_disabled", SMTPCode: "protocol_disabled",
			Sources: append(microsoftSources,
				"https://learn.microsoft.com/en-us/dynamics365/fin-ops-core/fin-ops/organization-administration/configure-email",
				"https://github.com/thunderbird/thunderbird-android/issues/11198"),
			IMAP:     exchangeIMAP(RefusePasswords),
			SMTP:     exchangeSMTP(RefuseAll, exchangeSMTPWrongPassword, exchangeSMTPMailboxDisabled),
			Accounts: microsoftAccounts(false),
		},
		{
			Name:        "microsoft365-security-defaults",
			Description: "Microsoft 365 tenant with Security Defaults: SMTP refuses the right password (\"locked by your organization's security defaults policy\"), tokens still work.",
			Provider:    catalog.IDMicrosoft365,
			IMAPCode:    "basic_auth_disabled", SMTPCode: "policy_blocked",
			Sources: sources(microsoftSources, "https://github.com/MicrosoftDocs/OfficeDocs-Exchange/issues/1741",
				"https://learn.microsoft.com/en-us/exchange/clients-and-mobile-in-exchange-online/authenticated-client-smtp-submission"),
			IMAP:     exchangeIMAP(RefusePasswords),
			SMTP:     exchangeSMTP(RefusePasswords, exchangeSMTPWrongPassword, exchangeSMTPSecurityDefaults),
			Accounts: microsoftAccounts(false),
		},
		{
			Name:        "microsoft365-wrong-password",
			Description: "Microsoft 365 with a mistyped password: SMTP says \"the user credentials were incorrect\", IMAP says \"AUTHENTICATE failed.\" as it does for every password.",
			Provider:    catalog.IDMicrosoft365,
			// Per protocol, IMAP's "AUTHENTICATE failed." on Exchange Online
			// is no wrong-password signal (it answers every password the
			// same way), so the IMAP code stays basic_auth_disabled. Only
			// SMTP's 5.7.139 "credentials were incorrect" proves the typo;
			// a diagnosis that combines both protocols may then call the
			// whole login invalid_credentials (providers.md §1,
			// "cross-protocol tell").
			IMAPCode: "basic_auth_disabled", SMTPCode: "invalid_credentials",
			Sources:  sources(microsoftSources, "https://github.com/codassassin/email-bomber-v2.0/issues/1"),
			IMAP:     exchangeIMAP(RefusePasswords),
			SMTP:     exchangeSMTP(RefuseNone, exchangeSMTPWrongPassword, nil),
			Accounts: microsoftAccounts(true),
		},
		{
			Name:        "microsoft365-not-connected",
			Description: "Microsoft 365 accepts the IMAP login but every mailbox command gets \"BAD User is authenticated but not connected.\", then \"* BYE Connection closed. 14\".",
			Provider:    catalog.IDMicrosoft365,
			// The mailbox cannot be reached over IMAP for this identity
			// (wrong identity consented, no mailbox permission, IMAP not
			// available for the mailbox); protocol_disabled is the closest
			// code.
			IMAPCode: "protocol_disabled", SMTPCode: "ok",
			Sources: sources(microsoftSources, "https://github.com/jstedfast/MailKit/issues/1496",
				"https://github.com/simonrob/email-oauth2-proxy/issues/74", "https://github.com/postalsys/imapflow/issues/314"),
			IMAP: func() *IMAPBehavior {
				b := exchangeIMAP(RefuseNone)
				// Sources: MailKit #1496 and email-oauth2-proxy #74: the
				// first mailbox command gets BAD, the second BAD and BYE.
				b.Mailbox = []string{"BAD User is authenticated but not connected."}
				b.MailboxBye, b.CloseAfterMailbox = "* BYE Connection closed. 14", 2
				return b
			}(),
			SMTP:     exchangeSMTP(RefuseNone, exchangeSMTPWrongPassword, nil),
			Accounts: microsoftAccounts(false),
		},
		{
			Name:        "outlook-basic-auth-disabled",
			Description: "Outlook.com / Hotmail since 16 September 2024: passwords and app passwords are refused on IMAP and SMTP; only OAuth works.",
			Provider:    catalog.IDOutlook,
			IMAPCode:    "basic_auth_disabled", SMTPCode: "basic_auth_disabled",
			Sources: []string{"https://github.com/holon-run/uxc/issues/445", "https://github.com/twikoojs/twikoo/issues/840",
				"https://techcommunity.microsoft.com/t5/outlook-blog/keeping-our-outlook-personal-email-users-safe-reinforcing-our/ba-p/4164184"},
			IMAP: func() *IMAPBehavior {
				b := exchangeIMAP(RefusePasswords)
				// Source: https://github.com/holon-run/uxc/issues/445 (LOGIN, 2026)
				b.Refusal = []string{"NO Basic authentication is disabled."}
				return b
			}(),
			SMTP:     exchangeSMTP(RefusePasswords, exchangeSMTPWrongPassword, outlookSMTPBasicDisabled),
			Accounts: []Account{{Email: "alex@outlook.com", Password: "Correct-Horse-Lq7Z", Token: "EwBIA8l6BAAU.Jr6tVq2Xz"}},
		},
	}
}
