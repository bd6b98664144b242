package catalog

// IDMicrosoft365 is the registry id of microsoft365.
const IDMicrosoft365 ID = "microsoft365"

const (
	msOldGuides     = "Vendor setup guides from 2022–2023 that still describe either of the above."
	msSMTPTimeline  = "Password sign-in for sending (SMTP AUTH) still works where it is enabled, but Microsoft switches it off by default for existing tenants at the end of December 2026 (an administrator can switch it back on) and will announce a final removal date in the second half of 2027. Move sending to OAuth 2.0 now."
	msCheckMailbox  = "Check the mailbox's protocol switches: Get-CASMailbox -Identity {email} | Format-List ImapEnabled,PopEnabled,SmtpClientAuthenticationDisabled"
	msEnableSMTP    = "To allow SMTP AUTH for this mailbox: Microsoft 365 admin center → Users → Active users → select {email} → Mail → Manage email apps → tick \"Authenticated SMTP\" → Save. Or in Exchange Online PowerShell: Set-CASMailbox -Identity {email} -SmtpClientAuthenticationDisabled $false (use $null to follow the tenant setting instead)."
	msEnableSMTPOrg = "For the whole organisation: Set-TransportConfig -SmtpClientAuthenticationDisabled $false. Mailboxes whose own value is $false or $true override it; $null follows it."
	msEnableIMAP    = "To allow IMAP for this mailbox: Set-CASMailbox -Identity {email} -ImapEnabled $true (and -PopEnabled $true for POP), or tick IMAP/POP under Manage email apps in the admin center. A CAS mailbox plan may switch IMAP off for new mailboxes (the ExchangeOnlineDeskless plan does by default)."
)

var (
	linkMSEnablePOPIMAP = Link{"Microsoft: Enable or disable POP3 or IMAP4 access for a mailbox",
		"https://learn.microsoft.com/en-us/exchange/clients-and-mobile-in-exchange-online/pop3-and-imap4/enable-or-disable-pop3-or-imap4-access"}
	linkMSBasicDeprecation = Link{"Microsoft: Deprecation of Basic authentication in Exchange Online",
		"https://learn.microsoft.com/en-us/exchange/clients-and-mobile-in-exchange-online/deprecation-of-basic-authentication-exchange-online"}
	linkMSNoReenable = Link{"Microsoft Exchange Team: why applications stopped signing in (no re-enabling since January 2023)",
		"https://techcommunity.microsoft.com/t5/exchange-team-blog/exchange-online-email-applications-stopped-signing-in-or-keep/ba-p/3641943"}
	linkMSSMTPTimeline = Link{"Microsoft Exchange Team: SMTP AUTH Basic authentication deprecation timeline (January 2026 update)",
		"https://techcommunity.microsoft.com/blog/exchange/updated-exchange-online-smtp-auth-basic-authentication-deprecation-timeline/4489835"}
	linkMSFixSending = Link{"Microsoft: Fix issues with devices and applications that send email through Microsoft 365",
		"https://learn.microsoft.com/en-us/exchange/mail-flow-best-practices/fix-issues-with-printers-scanners-and-lob-applications-that-send-email-using-off"}
	linkMSLegacyTLS = Link{"Microsoft: Opt-in endpoint for SMTP AUTH clients that still need legacy TLS",
		"https://learn.microsoft.com/en-us/exchange/clients-and-mobile-in-exchange-online/opt-in-exchange-online-endpoint-for-legacy-tls-using-smtp-auth"}
)

// Microsoft 365 (Exchange Online), including Microsoft 365 sold by GoDaddy.
//
// Documentation: https://learn.microsoft.com/en-us/exchange/clients-and-mobile-in-exchange-online/pop3-and-imap4/pop3-and-imap4
// SMTP port 587 only (465 is not offered): see the multifunction-device page
// in Sources. The autodiscover CNAME pattern is unverified (providers.md §1).
var infoMicrosoft365 = register(Info{
	ID: IDMicrosoft365, Name: "Microsoft 365",
	Aliases:      []string{"office365", "office 365", "o365", "m365", "exchange online", "exchange_online", "exchangeonline"},
	IMAP:         tlsEP("outlook.office365.com", 993),
	SMTP:         startTLSEP("smtp.office365.com", 587),
	HostPatterns: []string{"office365.com", "partner.outlook.cn", "outlook.com"},
	// Texts only Exchange Online sends (docs/providers.md §1 and §2): the
	// 5.7.139 family, the Client Submission retirement text, the IMAP "not
	// connected" refusal, the outbound spam block, the TLS 1.0/1.1 refusal,
	// and its help links. Outlook.com shares them; a host or hint tells it
	// apart. On-premises Exchange answers 5.7.3 instead.
	TextPatterns: []string{"aka.ms/smtp_auth", "microsoft esmtp mail service", "partner.outlook.cn",
		"5.7.139", "smtpclientauthentication", "the user credentials were incorrect",
		"basic authentication is not supported for client submission", "user is authenticated but not connected",
		"did not meet the criteria to be authenticated successfully", "organization's security defaults policy",
		"bad outbound sender", "tls 1.0 and 1.1 are not supported"},
	MXPatterns:  []string{"mail.protection.outlook.com", "mx.microsoft"},
	SPFIncludes: []string{"spf.protection.outlook.com"},
	// Unverified in providers.md; widely used by Exchange Online domains.
	AutodiscoverPatterns: []string{"autodiscover.outlook.com"},
	// Exchange Online SMTP banners and error trailers name the server
	// under outlook.office365.com, prod.outlook.com or prod.exchangelabs.com.
	BannerPatterns: []string{"outlook.office365.com", ".prod.outlook.com", ".prod.exchangelabs.com"},
	Sources: []Source{
		{URL: "https://learn.microsoft.com/en-us/exchange/clients-and-mobile-in-exchange-online/pop3-and-imap4/pop3-and-imap4", Section: "§1", Checked: checked},
		{URL: "https://learn.microsoft.com/en-us/exchange/mail-flow-best-practices/how-to-set-up-a-multifunction-device-or-application-to-send-email-using-microsoft-365-or-office-365", Section: "§1", Checked: checked},
		{URL: "https://techcommunity.microsoft.com/t5/exchange-team-blog/implementing-inbound-smtp-dane-with-dnssec-for-exchange-online/ba-p/3939694", Section: "§1", Checked: checked},
		{URL: "https://learn.microsoft.com/en-us/exchange/mail-flow-best-practices/fix-issues-with-printers-scanners-and-lob-applications-that-send-email-using-off", Section: "§1", Checked: checked},
	},
	Kind:    KindProvider,
	Section: "1",
	Rank:    1,
	Parent:  IDMicrosoft,
	Codes: []Code{CodeOK,
		CodeConnectionRefused, CodeConnectionTimeout, CodeTLSHandshakeFailed, CodeTLSCertificate,
		CodeTLSWrongMode, CodePlaintextDisallowed, CodeProtocolError,
		CodeInvalidCredentials, CodeAppPasswordRequired, CodeBasicAuthDisabled, CodePolicyBlocked,
		CodeProtocolDisabled, CodeMechanismUnsupported,
		CodeSenderNotPermitted, CodeRelayDenied, CodeSendingBlocked},
	Remedies: []Remediation{
		{
			Code:        CodeOK,
			Title:       "Works today; password sending is on Microsoft's retirement path",
			Audience:    AudienceAdmin,
			Explanation: "Microsoft 365 accepted the sign-in. If the program sends mail with a password (SMTP AUTH Basic), that keeps working only while the tenant and mailbox allow it. " + msSMTPTimeline,
			UserSteps: []string{
				"Nothing to fix today. If your mail program offers \"Sign in with Microsoft\", switch to it before the end of December 2026.",
			},
			AdminSteps: []string{
				"List the programs and devices that send as {email} with a password; Get-CASMailbox -Identity {email} | Format-List SmtpClientAuthenticationDisabled shows the mailbox's SMTP AUTH switch ($null follows the tenant setting).",
				"Move them to OAuth 2.0 (scope https://outlook.office.com/SMTP.Send), or to direct send or a relay connector for devices that cannot do OAuth.",
				"After the end of December 2026, if a program that cannot move yet stops sending, SMTP AUTH can be switched back on for the mailbox or tenant; Microsoft has not yet published exactly which switch the default change uses, so check its announcement first.",
			},
			Links:   []Link{linkMSSMTPTimeline, linkMSSMTPAuth, linkMSOAuth},
			Checked: checked,
		},
		{
			Code:     CodeBasicAuthDisabled,
			Title:    "Microsoft 365 does not accept passwords for this sign-in",
			Audience: AudienceUser,
			Explanation: "Exchange Online has switched off password (Basic) sign-in for IMAP and POP in every organisation, and since January 2023 nobody, Microsoft support included, can switch it back on. For reading mail over IMAP or POP, nothing you type into the password field will fix this: the program has to sign in with OAuth 2.0 (\"Sign in with Microsoft\"). " +
				"If this reply came from sending (SMTP AUTH) rather than IMAP or POP, it is different: a password is still accepted for sending where the organisation and mailbox allow it, so something blocks it here: Security Defaults, an authentication policy, or the default change Microsoft makes at the end of December 2026.",
			UserSteps: []string{
				"Stop retyping the password: no password, old or new, and no app password will get {email} in over IMAP or POP.",
				msOAuthUserStep,
				"If only sending fails, sign in to Outlook on the web with the same password. If that works, the password is right and the block is administrative: forward this message to your administrator.",
				"If the browser sign-in works but the program then reports \"User is authenticated but not connected\", sign in as the mailbox owner, {email}, not as an administrator or another account.",
			},
			AdminSteps: []string{
				"Do not look for a switch that brings password sign-in back for IMAP or POP: none exists since January 2023.",
				msOAuthAdmin,
				msCheckMailbox,
				"If IMAP is off for the mailbox, turn it on: Set-CASMailbox -Identity {email} -ImapEnabled $true",
				"For sending with a password: Security Defaults, and authentication policies that block Basic for SMTP, win over the mailbox's Authenticated SMTP switch. Microsoft recommends moving the program to OAuth 2.0; the alternative is replacing Security Defaults with Conditional Access policies (needs Entra ID P1). " + msGoDaddyStep,
				msDevicesStep,
			},
			NoLongerWorks: []string{msNoAppPassword, msNoReenable, msOldGuides},
			Links:         []Link{linkMSBasicDeprecation, linkMSNoReenable, linkMSOAuth, linkMSSMTPAuth, linkMSSMTPTimeline},
			Checked:       checked,
		},
		{
			Code:     CodeInvalidCredentials,
			Title:    "Microsoft 365 refused the sign-in",
			Audience: AudienceUser,
			Explanation: "For sending, the reply \"the user credentials were incorrect\" really does mean a wrong user name or password. The shorter \"535 5.7.3 Authentication unsuccessful\" is ambiguous: a wrong password, multi-factor authentication, SMTP AUTH switched off, or an OAuth token Exchange will not take. " +
				"For IMAP and POP, Exchange Online accepts no password at all, so a refusal there says nothing about whether the password is right; only OAuth 2.0 works.",
			UserSteps: []string{
				"Check the user name is your full sign-in address, {email}, not a display name or an alias.",
				"Sign in to Outlook on the web with the same password. If that fails, reset the password (or ask IT). If it works, the password is right and the refusal is administrative: forward this message to your administrator.",
				"For reading mail (IMAP or POP) no password works any more, not even a correct one and not an app password. " + msOAuthUserStep,
				"If the program already signs in with Microsoft and is still refused, remove the account and add it again so it gets a fresh token, signing in as {email} itself.",
			},
			AdminSteps: []string{
				msCheckMailbox,
				"SMTP AUTH needs a licensed mailbox; check that {email} has one.",
				"If the password is right, look for an administrative block: the Authenticated SMTP switch, Security Defaults, or a Conditional Access policy (see the protocol_disabled and policy_blocked advice).",
				"For OAuth: the token must be issued for {email} itself with the scope for the protocol (https://outlook.office.com/IMAP.AccessAsUser.All, POP.AccessAsUser.All or SMTP.Send); an app-only token works only when the application has been given access to this mailbox.",
			},
			NoLongerWorks: []string{msNoAppPassword, msNoReenable},
			Links:         []Link{linkMSFixSending, linkMSOAuth, linkMSBasicDeprecation},
			Checked:       checked,
		},
		{
			Code:        CodeAppPasswordRequired,
			Title:       "Multi-factor sign-in: use \"Sign in with Microsoft\", not an app password",
			Audience:    AudienceUser,
			Explanation: "The reply fits an account protected by multi-factor authentication. For IMAP and POP, Exchange Online accepts neither the password nor an app password. For sending, a password may still be accepted where per-user MFA is on and SMTP AUTH is enabled, but Microsoft no longer documents app passwords for it, and Security Defaults block it. " + msSMTPTimeline,
			UserSteps: []string{
				msOAuthUserStep,
				"Do not spend time creating an app password for IMAP or POP: it cannot work there.",
				"If only sending fails and the program cannot sign in with Microsoft, forward this message to your administrator; do not count on an app password for sending beyond December 2026.",
			},
			AdminSteps: []string{
				msOAuthAdmin,
				msCheckMailbox,
				msDevicesStep,
			},
			NoLongerWorks: []string{msNoAppPassword, msOldGuides},
			Links:         []Link{linkMSOAuth, linkMSBasicDeprecation, linkMSSMTPAuth, linkMSSMTPTimeline},
			Checked:       checked,
		},
		{
			Code:     CodePolicyBlocked,
			Title:    "A Microsoft 365 security policy blocked the sign-in",
			Audience: AudienceAdmin,
			Explanation: "The organisation's policy refused this sign-in: Security Defaults (on in new tenants), a Conditional Access policy such as one requiring multi-factor authentication, or an authentication policy blocking Basic sign-in. Security Defaults switch off SMTP AUTH, POP and IMAP password sign-in altogether. " +
				"This is an administrator's decision; the password may well be right.",
			UserSteps: []string{
				"Forward this message to your administrator.",
				msOAuthUserStep,
			},
			AdminSteps: []string{
				"Microsoft's recommended fix: move the program to OAuth 2.0. " + msOAuthAdmin,
				"If a program must keep sending with a password for now: replace Security Defaults with Conditional Access policies (needs Entra ID P1) that allow it, and make sure no authentication policy blocks Basic for SMTP. IMAP and POP cannot use a password whatever the policy says.",
				msGoDaddyStep,
				msDevicesStep,
			},
			NoLongerWorks: []string{msNoAppPassword, msNoReenable},
			Links:         []Link{linkMSSMTPAuth, linkMSDevices, linkMSOAuth, linkGoDaddySecurityDefaults},
			Checked:       checked,
		},
		{
			Code:        CodeProtocolDisabled,
			Title:       "IMAP or SMTP AUTH is switched off for this Microsoft 365 mailbox or organisation",
			Audience:    AudienceAdmin,
			Explanation: "Exchange Online says the protocol is off for the mailbox or the whole organisation (\"SmtpClientAuthentication is disabled for the Mailbox\" or \"for the Tenant\"). The SMTP AUTH switch applies to OAuth sign-ins as well as passwords. SMTP AUTH is off by default in tenants created after January 2020; IMAP and POP are on by default unless an administrator or a mailbox plan turned them off. " + msSMTPTimeline,
			UserSteps: []string{
				"Forward this message to your administrator: only they can turn the protocol on.",
				"If the program signs in with Microsoft but then reports \"User is authenticated but not connected\", sign in as the mailbox owner, {email}, not as an administrator or another account.",
			},
			AdminSteps: []string{
				msCheckMailbox,
				msEnableSMTP,
				msEnableSMTPOrg,
				msEnableIMAP,
				"If Security Defaults are on, they block SMTP AUTH whatever these switches say (see the policy_blocked advice). " + msGoDaddyStep,
			},
			NoLongerWorks: []string{msNoAppPassword, msNoReenable},
			Links:         []Link{linkMSSMTPAuth, linkMSEnablePOPIMAP, linkMSSMTPTimeline},
			Checked:       checked,
		},
		{
			Code:        CodeRelayDenied,
			Title:       "Microsoft 365 will not send: the program did not sign in",
			Audience:    AudienceUser,
			Explanation: "Exchange Online refuses to send mail from a client that has not signed in (\"Client not authenticated to send mail\"): the program skipped authentication, or its sign-in failed earlier.",
			UserSteps: []string{
				"Set the outgoing server to smtp.office365.com, port 587, STARTTLS, with authentication on and user name {email}.",
				"If the sign-in itself fails, see the advice for that error first.",
			},
			AdminSteps: []string{
				msCheckMailbox,
				msDevicesStep,
			},
			Links:   []Link{linkMSFixSending, linkMSDevices},
			Checked: checked,
		},
		{
			Code:        CodeSenderNotPermitted,
			Title:       "This Microsoft 365 login may not send as that address",
			Audience:    AudienceAdmin,
			Explanation: "The sign-in worked, but the From address is not one {username} may send as (\"Client does not have permissions to send as this sender\").",
			UserSteps: []string{
				"Set the From address in the program to {email}, the address you sign in with.",
				"To send as a shared mailbox or another address, ask your administrator for Send As permission on it.",
			},
			AdminSteps: []string{"Either have the program send as {email}, or give {username} Send As permission on the address it uses (Microsoft's page on fixing sending problems covers this reply)."},
			Links:      []Link{linkMSFixSending},
			Checked:    checked,
		},
		{
			Code:        CodeSendingBlocked,
			Title:       "Microsoft 365 has blocked this mailbox from sending",
			Audience:    AudienceAdmin,
			Explanation: "\"Bad outbound sender\" means Microsoft put the mailbox on its outbound spam block list, usually after it sent mail that looked like spam. Signing in still works; sending does not until an administrator lifts the block.",
			UserSteps: []string{
				"Change your password now: this often follows a break-in.",
				"Forward this message to your administrator.",
			},
			AdminSteps: []string{
				"Check {email} for compromise (password, inbox and forwarding rules, recent sign-ins) before anything else.",
				"Then remove the mailbox from the outbound block as described on Microsoft's page on fixing sending problems.",
			},
			Links:   []Link{linkMSFixSending},
			Checked: checked,
		},
		{
			Code:        CodeTLSHandshakeFailed,
			Title:       "Microsoft 365 requires TLS 1.2 or newer",
			Audience:    AudienceUser,
			Explanation: "Exchange Online refuses TLS 1.0 and 1.1 on its SMTP AUTH endpoint (\"421 4.7.66 TLS 1.0 and 1.1 are not supported\"), and is rolling out the same refusal for IMAP and POP between July and December 2026.",
			UserSteps:   []string{"Update the mail program, operating system or device firmware so it speaks TLS 1.2."},
			AdminSteps: []string{
				"For a sending device that cannot be updated, a legacy-TLS endpoint exists: smtp-legacy.office365.com, after Set-TransportConfig -AllowLegacyTLSClients $true. It is a stopgap; IMAP and POP have no equivalent.",
				msDevicesStep,
			},
			Links:   []Link{linkMSLegacyTLS, linkMSDevices},
			Checked: checked,
		},
		{
			Code:        CodeMechanismUnsupported,
			Title:       "The program and Microsoft 365 found no sign-in method in common",
			Audience:    AudienceUser,
			Explanation: "Exchange Online offers few sign-in mechanisms: for IMAP, PLAIN (which no longer accepts a password) and XOAUTH2; for sending, the password mechanisms appear only after STARTTLS on port 587, and Microsoft's servers are commonly seen offering LOGIN and XOAUTH2 there but not PLAIN. Methods such as NTLM or CRAM-MD5 are not on offer.",
			UserSteps: []string{
				"Choose OAuth2 (\"Sign in with Microsoft\") as the authentication method.",
				"For sending, use smtp.office365.com port 587 with STARTTLS.",
			},
			AdminSteps: []string{msOAuthAdmin},
			Links:      []Link{linkMSOAuth, linkMSSMTPAuth},
			Checked:    checked,
		},
	},
})
