package catalog

// IDMicrosoft365 is the registry id of microsoft365.
const IDMicrosoft365 ID = "microsoft365"

// Text shared by several Microsoft 365 entries. Facts: docs/providers.md
// §1 ("Auth options", "Timeline", "Remediation"); dated facts are cited as
// {when:...} and worded for the day the advice is read (dated.go).
const (
	msOldGuides     = "Vendor setup guides from 2022–2023 that still describe either of the above."
	msNoMFAOff      = "Turning multi-factor authentication or Security Defaults off to get a password accepted for IMAP or POP: it changes nothing there (Basic sign-in is gone for those protocols whatever the policy) and leaves every account in the organisation easier to break into."
	msNoCollect     = "Collecting users' app passwords in one place (a spreadsheet, a shared vault, the application's database) so an application can sign in as them: each one is a password that skips multi-factor authentication, and they stop working with Basic sign-in anyway."
	msSMTPTimeline  = "{when:ms-smtp-password-status}. {when:ms-smtp-basic-default-off}; {when:ms-smtp-final-removal}. Sending has to move to OAuth 2.0: the administrator switches each program that offers it, and the maker of a program that does not must add it."
	msCheckMailbox  = "Check the mailbox's protocol switches: Get-CASMailbox -Identity {identity} | Format-List ImapEnabled,PopEnabled,SmtpClientAuthenticationDisabled (for SMTP, $null means the mailbox follows the tenant: Get-TransportConfig | Format-List SmtpClientAuthenticationDisabled)."
	msCheckPolicy   = "Check the authentication policy: Get-User -Identity {identity} | Format-List AuthenticationPolicy shows the policy assigned to the mailbox's user (empty: the organisation's default, Get-OrganizationConfig | Format-List DefaultAuthenticationPolicy); Get-AuthenticationPolicy -Identity <policy> | Format-List AllowBasicAuthSmtp must say True for a password to be accepted for sending. A policy that blocks Basic for SMTP wins over the mailbox's switch."
	msCheckSecDef   = "Check Security Defaults and Conditional Access: while Security Defaults are on (Microsoft Entra admin center: tenant Properties → Manage security defaults) every password SMTP AUTH sign-in fails, and a Conditional Access policy that blocks legacy authentication does the same; the refused sign-in, with the policy that refused it, is in the Entra sign-in logs for {email}."
	msEnableSMTP    = "To allow SMTP AUTH for this mailbox only: Microsoft 365 admin center → Users → Active users → select {email} → Mail → Manage email apps → tick \"Authenticated SMTP\" → Save. Or in Exchange Online PowerShell: Set-CASMailbox -Identity {identity} -SmtpClientAuthenticationDisabled $false ($null follows the tenant setting instead)."
	msEnableSMTPOrg = "For the whole organisation (weaker than one mailbox; prefer the per-mailbox switch): Set-TransportConfig -SmtpClientAuthenticationDisabled $false. Mailboxes whose own value is $false or $true override it; $null follows it."
	msAllowPolicy   = "If an authentication policy blocks Basic for SMTP, give this mailbox a policy that allows it rather than loosening the default: New-AuthenticationPolicy -Name \"Allow SMTP Basic\" -AllowBasicAuthSmtp, then Set-User -Identity {identity} -AuthenticationPolicy \"Allow SMTP Basic\" (changes can take up to 24 hours)."
	msEnableIMAP    = "To allow IMAP for this mailbox: Set-CASMailbox -Identity {identity} -ImapEnabled $true (and -PopEnabled $true for POP), or tick IMAP/POP under Manage email apps in the admin center. A CAS mailbox plan may switch IMAP off for new mailboxes (the ExchangeOnlineDeskless plan does by default). This lets OAuth sign-ins in; it does not make passwords work."
	msWeakenWarn    = "Security: letting a password through for SMTP AUTH weakens the tenant. A password alone, with no second factor, can then send mail as this mailbox, and a stolen one will be used for exactly that. Prefer OAuth 2.0, or a relay connector for devices; if a program cannot move yet, allow it for this one mailbox only, note why, and set a date to undo it, no later than Microsoft's final removal."
	msVendorOAuth   = "Your app must offer \"Sign in with Microsoft\": the OAuth 2.0 authorization-code flow of the Microsoft identity platform with the delegated scopes https://outlook.office.com/IMAP.AccessAsUser.All (POP.AccessAsUser.All for POP, SMTP.Send for sending) and offline_access, then SASL XOAUTH2 on the same servers. Register it as a multi-tenant app so each customer's administrator can consent."
	msVendorDaemon  = "For a background service with no user present: the client-credentials flow with IMAP.AccessAsApp or POP.AccessAsApp, after the customer's administrator registers your app's service principal in Exchange Online and grants it access to the mailbox (Add-MailboxPermission)."
	msVendorEWS     = "If your app connects to Exchange through Exchange Web Services (EWS) rather than IMAP: {when:ms-ews-retirement}. Move to Microsoft Graph."
	msVendorNoApp   = "Do not tell customers to create an app password or to re-enable Basic authentication for IMAP or POP: neither works, and support articles that still say so cost your customers days."
	// The protocol_disabled entries (IMAP, SMTP, and either when the
	// protocol is unknown) and the relay_denied ones say these alike.
	msSwitchWarn       = "Security: switching SMTP AUTH on lets this mailbox send with whatever sign-in the tenant still accepts, a bare password included. Switch it on for programs that sign in with OAuth; a program that sends a password keeps working only until password SMTP AUTH is retired (the dates are above)."
	msSecDefOverSwitch = "If Security Defaults are on, they block password SMTP AUTH whatever these switches say (Microsoft Entra admin center: Identity, Overview, Properties, Manage security defaults). " + msGoDaddyStep
	msForwardSwitch    = "Forward this message to your administrator: only they can turn the protocol on."
	msNotConnected     = "If the program signs in with Microsoft but then reports \"User is authenticated but not connected\", sign in as the mailbox owner, {email}, not as an administrator or another account."
	msSMTPSettings     = "Set the outgoing server to smtp.office365.com, port 587, STARTTLS, with authentication on and user name {email}."
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
	linkMSSetAuthPolicy = Link{"Microsoft: Set-AuthenticationPolicy (AllowBasicAuthSmtp)",
		"https://learn.microsoft.com/powershell/module/exchange/set-authenticationpolicy"}
	linkMSSecurityDefaults = Link{"Microsoft: Security defaults in Microsoft Entra ID",
		"https://learn.microsoft.com/en-us/entra/fundamentals/security-defaults"}
	linkMSAppPasswords = Link{"Microsoft: App passwords for Microsoft Entra multifactor authentication (legacy per-user MFA only)",
		"https://learn.microsoft.com/en-us/entra/identity/authentication/howto-mfa-app-passwords"}
	linkMSDirectSend = Link{"Microsoft Exchange Team: more control over Direct Send (RejectDirectSend)",
		"https://techcommunity.microsoft.com/blog/exchange/introducing-more-control-over-direct-send-in-exchange-online/4408790"}
	linkMSLegacyTLS = Link{"Microsoft: Opt-in endpoint for SMTP AUTH clients that still need legacy TLS",
		"https://learn.microsoft.com/en-us/exchange/clients-and-mobile-in-exchange-online/opt-in-exchange-online-endpoint-for-legacy-tls-using-smtp-auth"}
)

// Microsoft 365 (Exchange Online), including Microsoft 365 sold by GoDaddy.
//
// Documentation: https://learn.microsoft.com/en-us/exchange/clients-and-mobile-in-exchange-online/pop3-and-imap4/pop3-and-imap4
// SMTP port 587 only (465 is not offered): see the multifunction-device page
// in Sources. The autodiscover CNAME pattern is unverified (providers.md §1).
// OrganisationWide reports whether step, an admin step of a
// remediation, changes a setting for a whole organisation rather than
// for one mailbox (Exchange Online's Set-TransportConfig switch for SMTP
// AUTH), so that advice for one mailbox can leave it out.
func OrganisationWide(step string) bool {
	return step == msEnableSMTPOrg
}

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
	// apart. On-premises Exchange answers 5.7.3 instead. An "AADSTS" code
	// comes from Entra ID, which signs in Microsoft 365 accounts.
	TextPatterns: []string{"aka.ms/smtp_auth", "microsoft esmtp mail service", "partner.outlook.cn",
		"5.7.139", "smtpclientauthentication", "the user credentials were incorrect",
		"basic authentication is not supported for client submission", "user is authenticated but not connected",
		"did not meet the criteria to be authenticated successfully", "organization's security defaults policy",
		"bad outbound sender", "tls 1.0 and 1.1 are not supported", "tenantinboundattribution", "direct send not allowed",
		"aadsts"}, // Entra ID, the sign-in service of work and school accounts
	// Exchange's own wording, sent by every Exchange server; pasted
	// without a host it nearly always comes from Exchange Online
	// (docs/providers.md §1, "Server texts").
	LikelyWording: []string{"AUTHENTICATE failed.", "LOGIN failed.", "5.7.3 Authentication unsuccessful", "Logon failure: unknown user name or bad password"},
	LikelyLead:    "If this is Microsoft 365 / Exchange Online, no password or app password works for IMAP or POP, and a password for sending works only where the administrator allows it: these are Exchange's words, and Exchange Online answers them to every password sign-in for IMAP and POP",
	LikelyConfirm: "The server's name would confirm it (outlook.office365.com or smtp.office365.com: give it with --host; Hints.Host in the Go library), or the IMAP greeting (\"* OK The Microsoft Exchange IMAP4 service is ready.\" followed by a bracketed code). On an Exchange server your organisation runs itself, or any other server, the same words usually mean a wrong user name or password.",
	MXPatterns:    []string{"mail.protection.outlook.com", "mx.microsoft"},
	SPFIncludes:   []string{"spf.protection.outlook.com"},
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
			Explanation: "Microsoft 365 accepted the sign-in. " + msSMTPTimeline,
			UserSteps: []string{
				"Nothing to fix today. If your mail program offers \"Sign in with Microsoft\" for sending, switch to it.",
			},
			AdminSteps: []string{
				"List the programs and devices that send as {email} with a password: the SMTP AUTH clients report in the Exchange admin center shows which sign in with Basic and which with OAuth.",
				"Move them to OAuth 2.0 (scope https://outlook.office.com/SMTP.Send), or to direct send or a relay connector for devices that cannot do OAuth.",
				msCheckMailbox,
			},
			VendorSteps: []string{msVendorOAuth, msVendorEWS},
			Links:       []Link{linkMSSMTPTimeline, linkMSSMTPAuth, linkMSOAuth},
			Checked:     "2026-12-05",
		},
		{
			// The protocol is not known (a pasted reply without context):
			// both readings, IMAP/POP first because it is the commoner.
			Code:     CodeBasicAuthDisabled,
			Title:    "Microsoft 365 does not accept passwords for this sign-in",
			Audience: AudienceUser,
			Explanation: "Exchange Online has switched off password (Basic) sign-in for IMAP and POP in every organisation: it has been gone since January 2023, and no switch, by an administrator or by Microsoft support, brings it back. App passwords are refused the same way. For reading mail, the program has to sign in with OAuth 2.0 (\"Sign in with Microsoft\"). " +
				"If this reply came from sending (SMTP AUTH) rather than IMAP or POP, it is different: something the administrator controls blocks the password here ({when:ms-smtp-switch-cause}, an authentication policy, Security Defaults or Conditional Access). " + msSMTPTimeline,
			UserSteps: []string{
				"Stop retyping the password: no password, old or new, and no app password will get {email} in over IMAP or POP.",
				msOAuthUserStep,
				"If only sending fails, sign in to Outlook on the web with the same password. If that works, the password is right and the block is administrative: forward this message to your administrator.",
			},
			AdminSteps: []string{
				"Reading mail (IMAP, POP): do not look for a switch that brings passwords back; none exists since January 2023. Let users consent to the program's \"Sign in with Microsoft\" (or grant admin consent), and make sure IMAP is on for the mailbox. " + msOAuthAdmin,
				"Sending (SMTP AUTH): see the SMTP advice for this code. " + msCheckPolicy,
				msCheckMailbox,
				"If IMAP is off for the mailbox, turn it on (it matters for OAuth sign-ins too): Set-CASMailbox -Identity {identity} -ImapEnabled $true",
				msDevicesStep,
			},
			VendorSteps:   []string{msVendorOAuth, msVendorNoApp},
			NoLongerWorks: []string{msNoAppPassword, msNoReenable, msNoMFAOff, msOldGuides},
			Links:         []Link{linkMSBasicDeprecation, linkMSNoReenable, linkMSOAuth, linkMSSMTPAuth, linkMSSMTPTimeline},
			Checked:       "2026-12-05",
		},
		{
			// IMAP (and POP, which falls back to the IMAP entry): nothing an
			// administrator can switch; the program must change.
			Code:     CodeBasicAuthDisabled,
			Protocol: ProtocolIMAP,
			Title:    "Microsoft 365 accepts no password for IMAP or POP: the program must sign in with Microsoft",
			Audience: AudienceVendor,
			Explanation: "Exchange Online refuses every password sign-in (Basic authentication) for IMAP and POP, in every organisation. It has been gone since January 2023; no switch, by an administrator or by Microsoft support, brings it back, and the same refusal answers a correct password, a wrong one and an app password. " +
				"Only a program that signs in with OAuth 2.0 (\"Sign in with Microsoft\") can read this mailbox, so the fix lies with the program and its maker, not with the password.",
			UserSteps: []string{
				"Stop retyping the password, and do not create an app password: neither will get {email} in over IMAP or POP.",
				msOAuthUserStep,
				"If the program has no Microsoft sign-in, forward this message to its vendor: only they can add it.",
				"If the browser sign-in works but the program then reports \"User is authenticated but not connected\", sign in as the mailbox owner, {email}, not as an administrator or another account.",
			},
			AdminSteps: []string{
				"There is nothing to switch back on: password sign-in for IMAP and POP cannot be restored for any tenant.",
				"Once the program offers \"Sign in with Microsoft\": allow users to consent to it, or grant consent for the organisation in the Microsoft Entra admin center (Enterprise applications). " + msOAuthAdmin,
				msCheckMailbox + " ImapEnabled must be True for OAuth sign-ins too.",
				"Leave multi-factor authentication and Security Defaults on: turning them off brings no IMAP password back.",
			},
			VendorSteps:   []string{msVendorOAuth, msVendorDaemon, msVendorEWS, msVendorNoApp},
			NoLongerWorks: []string{msNoAppPassword, msNoReenable, msNoMFAOff, msNoCollect, msOldGuides},
			Links:         []Link{linkMSBasicDeprecation, linkMSNoReenable, linkMSOAuth},
			Checked:       "2026-12-05",
		},
		{
			// SMTP AUTH: the administrator decides, with a warning before
			// anything that lets a password through again.
			Code:        CodeBasicAuthDisabled,
			Protocol:    ProtocolSMTP,
			Title:       "Microsoft 365 refused a password for sending (SMTP AUTH)",
			Audience:    AudienceAdmin,
			Explanation: "Exchange Online refused a password for sending. What refuses it is one of: {when:ms-smtp-switch-cause}, an authentication policy that blocks Basic for SMTP, Security Defaults, or a Conditional Access policy. " + msSMTPTimeline,
			Warning:     msWeakenWarn,
			UserSteps: []string{
				"If your program offers \"Sign in with Microsoft\" (OAuth 2.0) for sending, use it: it avoids this refusal altogether.",
				"Otherwise sign in to Outlook on the web with the same password. If that works, the password is right and the block is administrative: forward this message to your administrator.",
			},
			AdminSteps: []string{
				"Preferred: move the program to OAuth 2.0 (scope https://outlook.office.com/SMTP.Send). " + msDevicesStep,
				msCheckMailbox,
				msCheckPolicy,
				msCheckSecDef + " " + msGoDaddyStep,
				"Only if the program cannot move yet, and after reading the security warning above. " + msEnableSMTP,
				msAllowPolicy,
			},
			VendorSteps:   []string{"Offer OAuth 2.0 for sending (SASL XOAUTH2 with the SMTP.Send scope) or send through Microsoft Graph. " + msSMTPTimeline},
			NoLongerWorks: []string{"Counting on an app password for sending: Microsoft app passwords exist only with legacy per-user MFA, are refused wherever Security Defaults or Conditional Access apply, and end with password SMTP AUTH."},
			Links:         []Link{linkMSSMTPAuth, linkMSSetAuthPolicy, linkMSSMTPTimeline, linkMSDevices, linkMSOAuth},
			Checked:       "2026-12-05",
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
				"For reading mail (IMAP or POP) no password works any more, not even a correct one, and no app password either. " + msOAuthUserStep,
				"If the program already signs in with Microsoft and is still refused, remove the account and add it again so it gets a fresh token, signing in as {email} itself.",
			},
			AdminSteps: []string{
				msCheckMailbox,
				"SMTP AUTH needs a licensed mailbox; check that {email} has one.",
				"If the password is right, look for an administrative block: the Authenticated SMTP switch, an authentication policy, Security Defaults, or a Conditional Access policy (see the protocol_disabled and policy_blocked advice).",
				"For OAuth: the token must be issued for {email} itself with the scope for the protocol (https://outlook.office.com/IMAP.AccessAsUser.All, POP.AccessAsUser.All or SMTP.Send); an app-only token works only when the application has been given access to this mailbox.",
			},
			VendorSteps:   []string{msVendorOAuth},
			NoLongerWorks: []string{msNoAppPassword, msNoReenable},
			Links:         []Link{linkMSFixSending, linkMSOAuth, linkMSBasicDeprecation},
			Checked:       "2026-12-05",
		},
		{
			// Sending only: the IMAP and POP paragraphs of the entry above
			// do not belong under a refused SMTP AUTH (review 9).
			Code:        CodeInvalidCredentials,
			Protocol:    ProtocolSMTP,
			Title:       "Microsoft 365 refused the sign-in for sending",
			Audience:    AudienceUser,
			Explanation: "The reply \"the user credentials were incorrect\" really does mean a wrong user name or password. The shorter \"535 5.7.3 Authentication unsuccessful\" is ambiguous: a wrong password, multi-factor authentication, SMTP AUTH switched off for the mailbox or the tenant, a policy, or an OAuth token Exchange will not take. " + msSMTPTimeline,
			UserSteps: []string{
				"Check the user name is your full sign-in address, {email}, not a display name or an alias.",
				"Sign in to Outlook on the web with the same password. If that fails, reset the password (or ask IT). If it works, the password is right and the refusal is administrative: forward this message to your administrator.",
				"If the program offers \"Sign in with Microsoft\" (OAuth) for sending, use it: it keeps working after password SMTP AUTH ends.",
			},
			AdminSteps: []string{
				msCheckMailbox,
				"SMTP AUTH needs a licensed mailbox; check that {email} has one.",
				"If the password is right, look for an administrative block: the Authenticated SMTP switch, an authentication policy, Security Defaults, or a Conditional Access policy (see the protocol_disabled and policy_blocked advice).",
				"For OAuth: the token must be issued for {email} itself with the scope https://outlook.office.com/SMTP.Send.",
			},
			VendorSteps: []string{msVendorOAuth},
			Links:       []Link{linkMSFixSending, linkMSOAuth, linkMSSMTPTimeline},
			Checked:     "2026-12-05",
		},
		{
			// "530 5.7.57 Client not authenticated to send mail" (Outlook's
			// 0x800CCC78): a mail program that does not sign in. Its owner
			// switches authentication on; Direct Send (5.7.68) keeps the
			// admin's entry above (a new CLI user's find, and a reviewer's:
			// one entry for both sent a printer's Direct Send to Outlook's
			// setting).
			Code:        CodeRelayDenied,
			Situation:   "client-not-authenticated",
			Title:       "The mail program sent without signing in to Microsoft 365",
			Audience:    AudienceUser,
			Explanation: "Exchange Online refused the message because the program had not signed in (\"Client not authenticated to send mail\"): its outgoing server settings have authentication off, or its sign-in failed and it went on anyway. No password was refused here.",
			UserSteps: []string{
				"In the program's outgoing (SMTP) server settings, turn authentication on, with the same user name and password as for incoming mail (Outlook: \"My outgoing server (SMTP) requires authentication\", under More Settings, Outgoing Server).",
				msSMTPSettings,
				"If the program is a printer, scanner or web service that cannot sign in, forward this message to your administrator.",
			},
			AdminSteps: []string{
				"If the sender is a device or service that cannot sign in, give it a sanctioned path: SMTP AUTH with OAuth 2.0 on smtp.office365.com:587, or a partner (inbound) connector that recognises it by its certificate or fixed IP address.",
				msDevicesStep,
			},
			Links:   []Link{linkMSFixSending, linkMSDevices},
			Checked: "2026-12-07",
		},
		{
			// "the user credentials were incorrect": Microsoft's own word
			// that the password (or user name) is wrong. The general entry's
			// "if it works on the web, the refusal is administrative" would
			// undo the server's words (a new CLI user's find).
			Code:        CodeInvalidCredentials,
			Situation:   "credentials-incorrect",
			Title:       "Microsoft 365 says the user name or password is wrong",
			Audience:    AudienceUser,
			Explanation: "The reply \"the user credentials were incorrect\" is the one Exchange Online answer that really means a wrong user name or password: Microsoft checked them and they did not match. " + msSMTPTimeline,
			UserSteps: []string{
				"Check the user name is your full sign-in address, {email}, not a display name or an alias.",
				"Type the password again in the program. If you are not sure of it, sign in to Outlook on the web with it, and reset it there (or ask IT) if that fails too.",
				"If Outlook on the web takes exactly this user name and password, the program is sending something else (an old saved password, another user name): remove the account from the program and add it again.",
				"If the program offers \"Sign in with Microsoft\" (OAuth) for sending, use it: it keeps working after password SMTP AUTH ends.",
			},
			AdminSteps: []string{
				msCheckMailbox,
				"If the user is sure of the password, check that the name the program sends is {email}'s sign-in name (its UPN), not an alias or an old address.",
			},
			VendorSteps: []string{msVendorOAuth},
			Links:       []Link{linkMSFixSending, linkMSOAuth, linkMSSMTPTimeline},
			Checked:     "2026-12-07",
		},
		{
			Code:     CodeAppPasswordRequired,
			Title:    "Multi-factor sign-in: the program needs \"Sign in with Microsoft\", not an app password",
			Audience: AudienceVendor,
			Explanation: "The reply fits an account protected by multi-factor authentication. Microsoft app passwords do not exist outside the legacy per-user MFA, and there only where the administrator allows them; under Security Defaults or Conditional Access, the usual setup today, they do not exist, and Microsoft says they do not work for accounts required to use modern authentication. " +
				"They are Basic sign-in: for IMAP and POP they stopped working with it in 2023, and for sending they end with password SMTP AUTH. {when:ms-smtp-basic-default-off}.",
			UserSteps: []string{
				msOAuthUserStep,
				"Do not spend time creating an app password for IMAP or POP: it cannot work there.",
				"If the program cannot sign in with Microsoft, forward this message to its vendor and to your administrator.",
			},
			AdminSteps: []string{
				"Give the program OAuth consent once it offers \"Sign in with Microsoft\". " + msOAuthAdmin,
				"Do not turn multi-factor authentication off to make a password work: IMAP and POP stay closed to passwords, and the whole organisation loses protection.",
				"Do not collect users' app passwords for an application to use; each is a password that skips multi-factor authentication.",
				msDevicesStep,
			},
			VendorSteps:   []string{msVendorOAuth, msVendorDaemon, msVendorNoApp},
			NoLongerWorks: []string{msNoAppPassword, msNoMFAOff, msNoCollect, msOldGuides},
			Links:         []Link{linkMSOAuth, linkMSAppPasswords, linkMSBasicDeprecation, linkMSSMTPTimeline},
			Checked:       "2026-12-05",
		},
		{
			Code:     CodePolicyBlocked,
			Phase:    PhaseSignIn,
			Title:    "A Microsoft 365 security policy blocked the sign-in",
			Audience: AudienceAdmin,
			Explanation: "The organisation's policy refused this sign-in: Security Defaults (on in new tenants), a Conditional Access policy such as one requiring multi-factor authentication or blocking legacy authentication, or an authentication policy blocking Basic sign-in. Security Defaults switch off SMTP AUTH, POP and IMAP password sign-in altogether. " +
				"This is the administrator's decision, and it protects the organisation; the password may well be right. For IMAP and POP no policy change helps: passwords are refused there whatever the policy says. For sending: " + msSMTPTimeline,
			Warning: "Security: every step below that lets a password through again (disabling Security Defaults, excluding an account from Conditional Access, allowing Basic in an authentication policy) weakens the tenant against stolen passwords. Microsoft's advice, and ours, is to move the program to OAuth 2.0. Exempt nothing without limiting it to the one mailbox and, where possible, the program's own network address, and without a date to end the exemption.",
			UserSteps: []string{
				"Forward this message to your administrator.",
				msOAuthUserStep,
			},
			AdminSteps: []string{
				"Find the refused sign-in for {email} in the Microsoft Entra sign-in logs: it names the policy (Security Defaults, or the Conditional Access policy) that refused it.",
				"Preferred: move the program to OAuth 2.0; the policy then stays as it is. " + msOAuthAdmin,
				"IMAP and POP: stop here; no policy change lets a password in.",
				"Sending, only if the program cannot move yet (read the warning first): Security Defaults are all or nothing, so an exception needs Conditional Access (Microsoft Entra ID P1) in their place, with multi-factor authentication kept for everyone and only this mailbox excluded from the legacy-authentication block, limited to the program's network address. " + msCheckPolicy,
				msGoDaddyStep,
				msDevicesStep,
			},
			VendorSteps:   []string{msVendorOAuth},
			NoLongerWorks: []string{msNoAppPassword, msNoReenable, msNoMFAOff},
			Links:         []Link{linkMSSMTPAuth, linkMSSecurityDefaults, linkMSSetAuthPolicy, linkMSDevices, linkMSOAuth, linkGoDaddySecurityDefaults},
			Checked:       "2026-12-05",
		},
		{
			// IMAP (and POP, which falls back to the IMAP entry): switching
			// the protocol on lets OAuth programs in and nothing else.
			Code:        CodeProtocolDisabled,
			Protocol:    ProtocolIMAP,
			Title:       "IMAP or POP is switched off for this Microsoft 365 mailbox, or the sign-in cannot open it",
			Audience:    AudienceAdmin,
			Explanation: "Either the protocol is switched off for this mailbox, or (when Exchange Online answers \"User is authenticated but not connected\") the account that signed in cannot open this mailbox: a token issued for another account, no permission on the mailbox, or a shared mailbox signed in without naming it. IMAP and POP are on by default unless an administrator or a mailbox plan turned them off. Switching it on lets in programs that sign in with OAuth 2.0 (\"Sign in with Microsoft\"); it brings no password sign-in back: Basic authentication for IMAP and POP has been gone from Exchange Online since January 2023.",
			UserSteps: []string{
				msForwardSwitch,
				msNotConnected,
			},
			AdminSteps: []string{
				msCheckMailbox,
				msEnableIMAP,
				"For a shared mailbox or another user's mailbox, the account that signs in needs Full Access to it (Add-MailboxPermission -Identity <mailbox> -User <user> -AccessRights FullAccess), and the program must name the mailbox it opens (for OAuth, the address in XOAUTH2's user= is the mailbox's; the token is the signed-in user's).",
			},
			VendorSteps:   []string{msVendorOAuth},
			NoLongerWorks: []string{msNoAppPassword, msNoReenable},
			Links:         []Link{linkMSEnablePOPIMAP, linkMSOAuth},
			Checked:       "2026-12-05",
		},
		{
			// SMTP: the SMTP AUTH switch of the mailbox or the tenant, which
			// the server's words name ("for the Mailbox" or "for the Tenant").
			Code:        CodeProtocolDisabled,
			Protocol:    ProtocolSMTP,
			Title:       "SMTP AUTH is switched off for this Microsoft 365 mailbox or organisation",
			Audience:    AudienceAdmin,
			Explanation: "Exchange Online says SMTP AUTH is switched off, for the mailbox or for the whole organisation: the server's words name which (\"SmtpClientAuthentication is disabled for the Mailbox\" or \"for the Tenant\"). The switch applies to OAuth sign-ins as well as passwords. Many tenants have had it off for years: in 2022 Microsoft switched it off in tenants that were not using it. " + msSMTPTimeline,
			Warning:     msSwitchWarn,
			UserSteps: []string{
				"Forward this message to your administrator: only they can turn SMTP AUTH on.",
			},
			AdminSteps: []string{
				msCheckMailbox,
				msEnableSMTP,
				msEnableSMTPOrg,
				msSecDefOverSwitch,
			},
			Links:   []Link{linkMSSMTPAuth, linkMSSMTPTimeline},
			Checked: "2026-12-05",
		},
		{
			// The protocol unknown (a pasted text with no protocol): both
			// switches, IMAP's and SMTP's.
			Code:        CodeProtocolDisabled,
			Title:       "IMAP or SMTP AUTH is switched off for this Microsoft 365 mailbox or organisation",
			Audience:    AudienceAdmin,
			Explanation: "Exchange Online says the protocol is off for the mailbox or the whole organisation (\"SmtpClientAuthentication is disabled for the Mailbox\" or \"for the Tenant\"). The SMTP AUTH switch applies to OAuth sign-ins as well as passwords. Many tenants have had SMTP AUTH off for years (in 2022 Microsoft switched it off in tenants that were not using it); IMAP and POP are on by default unless an administrator or a mailbox plan turned them off. " + msSMTPTimeline,
			Warning:     msSwitchWarn,
			UserSteps: []string{
				msForwardSwitch,
				msNotConnected,
			},
			AdminSteps: []string{
				msCheckMailbox,
				msEnableSMTP,
				msEnableSMTPOrg,
				msEnableIMAP,
				msSecDefOverSwitch,
			},
			NoLongerWorks: []string{msNoAppPassword, msNoReenable},
			Links:         []Link{linkMSSMTPAuth, linkMSEnablePOPIMAP, linkMSSMTPTimeline},
			Checked:       "2026-12-05",
		},
		{
			Code:        CodeRelayDenied,
			Title:       "Microsoft 365 will not send: the program did not sign in",
			Audience:    AudienceUser,
			Explanation: "Exchange Online refuses to send mail from a client that has not signed in (\"Client not authenticated to send mail\"): the program skipped authentication, or its sign-in failed earlier.",
			UserSteps: []string{
				msSMTPSettings,
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
			// "550 5.7.68 TenantInboundAttribution; Direct Send not allowed
			// ..." (docs/providers.md §1, "Direct Send"): not a password
			// problem at all.
			Code:     CodeRelayDenied,
			Protocol: ProtocolSMTP,
			Title:    "Microsoft 365 will not take this mail without a sign-in (Direct Send refused, or no authentication)",
			Audience: AudienceAdmin,
			Explanation: "Exchange Online refused mail that arrived without signing in. Either the program skipped authentication (\"Client not authenticated to send mail\"), or it used Direct Send, sending anonymously to the organisation's own MX host with the organisation's own domain as sender, and the tenant rejects that (\"550 5.7.68 TenantInboundAttribution; Direct Send not allowed\"). " +
				"Neither is a refused password: no password was checked.",
			UserSteps: []string{
				msSMTPSettings,
				"If the program is a printer, scanner or web service that sends as your domain, forward this message to your administrator.",
			},
			AdminSteps: []string{
				"Check whether the tenant rejects Direct Send on purpose: Get-OrganizationConfig | Format-List RejectDirectSend (True means anonymous mail from your own domain to your MX host is refused, which protects against spoofing).",
				"Give the sender a sanctioned path instead of turning that protection off: SMTP AUTH with OAuth 2.0 on smtp.office365.com:587, or a partner (inbound) connector that recognises the service by its certificate or fixed IP address.",
				msDevicesStep,
			},
			VendorSteps: []string{"If your service sends as your customers' own domains into Microsoft 365, authenticate (OAuth 2.0 SMTP AUTH or Microsoft Graph) or ask the customer to set up a connector for your sending addresses; anonymous Direct Send is refused by tenants that reject it."},
			Links:       []Link{linkMSDirectSend, linkMSDevices, linkMSFixSending},
			Checked:     "2026-12-05",
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
			Explanation: "Exchange Online refuses TLS 1.0 and 1.1 on its SMTP AUTH endpoint (\"421 4.7.66 TLS 1.0 and 1.1 are not supported\"). {when:ms-imap-pop-tls12}.",
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
