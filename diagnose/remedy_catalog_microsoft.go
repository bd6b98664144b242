package diagnose

// Microsoft entries: Microsoft 365 / Exchange Online ("microsoft365"),
// GoDaddy-federated Microsoft 365 ("microsoft365_godaddy"), Outlook.com
// consumer accounts ("outlook") and text both share ("microsoft").
// Exchange Server on-premises lives in remedy_catalog_other.go: it must not
// inherit any of this.
//
// Facts: providers.md §1 (Microsoft 365) and §2 (Outlook.com), verified
// 2026-11-22. Dates that matter here:
//   - IMAP/POP password (Basic) sign-in: off in every tenant; nobody can turn
//     it back on since January 2023; app passwords stop too.
//   - SMTP AUTH with a password: still works where enabled; from the end of
//     December 2026 off by default for existing tenants (admins can switch
//     it back on); final removal date to be announced in H2 2027.
//   - Outlook.com: password sign-in (app passwords included) ended
//     2024-09-16.
//
// GoDaddy: Remediate takes only a provider id, so GoDaddy-federated tenants
// get their own id, "microsoft365_godaddy", whose parent is "microsoft365".
// Only policy_blocked differs (GoDaddy's dashboard path for Security
// Defaults); the microsoft365 entries also name that path in a step, so a
// caller that ignores Provider.Reseller still shows it.

// Shared sentences, so the honest line reads the same everywhere.
const (
	msOAuthUserStep = "In your mail program, remove the account and add it again, choosing Microsoft 365 or \"Sign in with Microsoft\", so that it signs in as {email} in a browser window (OAuth 2.0). If the program has no such option, it cannot read this mailbox any more: update it, ask its vendor for OAuth support, or switch programs."
	msNoAppPassword = "Creating an app password for IMAP or POP: Exchange Online refuses app passwords for these protocols just as it refuses the account password."
	msNoReenable    = "Turning password (Basic) sign-in back on for IMAP or POP, whether through Microsoft support or the self-service \"re-enable Basic auth\" diagnostic: impossible since January 2023; the diagnostic was withdrawn at the end of 2022."
	msOldGuides     = "Vendor setup guides from 2022–2023 that still describe either of the above."
	msSMTPTimeline  = "Password sign-in for sending (SMTP AUTH) still works where it is enabled, but Microsoft switches it off by default for existing tenants at the end of December 2026 (an administrator can switch it back on) and will announce a final removal date in the second half of 2027. Move sending to OAuth 2.0 now."
	msGoDaddyStep   = "If the tenant was bought from GoDaddy, the Security Defaults switch is in GoDaddy's Email & Office Dashboard: Admin → Security Settings → \"Protect Your Email with Security Defaults\" → Manage."
	msCheckMailbox  = "Check the mailbox's protocol switches: Get-CASMailbox -Identity {email} | Format-List ImapEnabled,PopEnabled,SmtpClientAuthenticationDisabled"
	msEnableSMTP    = "To allow SMTP AUTH for this mailbox: Microsoft 365 admin center → Users → Active users → select {email} → Mail → Manage email apps → tick \"Authenticated SMTP\" → Save. Or in Exchange Online PowerShell: Set-CASMailbox -Identity {email} -SmtpClientAuthenticationDisabled $false (use $null to follow the tenant setting instead)."
	msEnableSMTPOrg = "For the whole organisation: Set-TransportConfig -SmtpClientAuthenticationDisabled $false. Mailboxes whose own value is $false or $true override it; $null follows it."
	msEnableIMAP    = "To allow IMAP for this mailbox: Set-CASMailbox -Identity {email} -ImapEnabled $true (and -PopEnabled $true for POP), or tick IMAP/POP under Manage email apps in the admin center. A CAS mailbox plan may switch IMAP off for new mailboxes (the ExchangeOnlineDeskless plan does by default)."
	msOAuthAdmin    = "Make sure the program can sign in with OAuth 2.0 (SASL XOAUTH2) and that it may: users must be allowed to consent to it, or an administrator grants consent. Delegated scopes: https://outlook.office.com/IMAP.AccessAsUser.All, POP.AccessAsUser.All, SMTP.Send; app-only (client credentials) access also works when the application is given access to the mailbox."
	msDevicesStep   = "Devices that can do neither OAuth nor TLS 1.2 (old printers, scanners): use direct send to {domain}'s MX host (port 25, no sign-in; reaches only recipients inside your Microsoft 365 organisation) or an SMTP relay connector."
)

var microsoftEntries = []Remediation{
	// ---- Microsoft 365 (Exchange Online) -----------------------------
	{
		Code: CodeOK, Provider: "microsoft365",
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
		Code: CodeBasicAuthDisabled, Provider: "microsoft365",
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
		Code: CodeInvalidCredentials, Provider: "microsoft365",
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
		Code: CodeAppPasswordRequired, Provider: "microsoft365",
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
		Code: CodePolicyBlocked, Provider: "microsoft365",
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
		Code: CodeProtocolDisabled, Provider: "microsoft365",
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
		Code: CodeRelayDenied, Provider: "microsoft365",
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
		Code: CodeSenderNotPermitted, Provider: "microsoft365",
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
		Code: CodeSendingBlocked, Provider: "microsoft365",
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
		Code: CodeTLSHandshakeFailed, Provider: "microsoft365",
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
		Code: CodeMechanismUnsupported, Provider: "microsoft365",
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

	// ---- GoDaddy-federated Microsoft 365 ------------------------------
	{
		Code: CodePolicyBlocked, Provider: "microsoft365_godaddy",
		Title:       "Security Defaults in a GoDaddy-managed Microsoft 365 blocked the sign-in",
		Audience:    AudienceAdmin,
		Explanation: "This Microsoft 365 organisation appears to be sold and managed through GoDaddy, which limits what its administrators can change in Microsoft's own admin centre. Security Defaults switch off password sign-in for SMTP AUTH, POP and IMAP; IMAP and POP cannot use a password in any case.",
		UserSteps: []string{
			"Forward this message to whoever manages your GoDaddy account.",
			msOAuthUserStep,
		},
		AdminSteps: []string{
			"Preferred: move the program to OAuth 2.0. " + msOAuthAdmin,
			msGoDaddyStep + " Turning Security Defaults off weakens every account in the organisation; only do it with replacement protection in place.",
			"GoDaddy's path for the per-mailbox \"Authenticated SMTP\" switch is not documented; Microsoft's (admin center → Users → Active users → {email} → Mail → Manage email apps) may need a defederated tenant.",
		},
		NoLongerWorks: []string{msNoAppPassword, msNoReenable},
		Links:         []Link{linkGoDaddySecurityDefaults, linkMSSMTPAuth, linkMSOAuth},
		Checked:       checked,
	},

	// ---- Shared by Microsoft 365 and Outlook.com ("microsoft") -------
	{
		Code: CodeConnectionRefused, Provider: "microsoft",
		Title:       "Wrong port for Microsoft's mail servers",
		Audience:    AudienceUser,
		Explanation: "Microsoft's servers take IMAP on outlook.office365.com port 993 (TLS) and sending on port 587 with STARTTLS. Port 465 is not offered: a program or device that insists on 465 cannot sign in to send through Microsoft.",
		UserSteps: []string{
			"Incoming: outlook.office365.com, port 993, SSL/TLS.",
			"Outgoing: smtp.office365.com (work or school account) or smtp-mail.outlook.com (Outlook.com, Hotmail, Live), port 587, STARTTLS.",
			"If these ports are refused too, the network you are on blocks them: try another.",
		},
		AdminSteps: []string{msDevicesStep},
		Links:      []Link{linkMSPOPIMAP, linkMSDevices, linkOutlookSettings},
		Checked:    checked,
	},
	{
		Code: CodeConnectionTimeout, Provider: "microsoft",
		Title:       "No answer from Microsoft's mail server",
		Audience:    AudienceUser,
		Explanation: "Microsoft's servers answer on outlook.office365.com port 993 (IMAP, TLS) and on port 587 (sending, STARTTLS). Port 465 is not offered, so a connection there gets no useful answer. A timeout on the right ports usually means the local network blocks them.",
		UserSteps: []string{
			"Incoming: outlook.office365.com, port 993, SSL/TLS.",
			"Outgoing: smtp.office365.com (work or school account) or smtp-mail.outlook.com (Outlook.com, Hotmail, Live), port 587, STARTTLS, never 465.",
			"If the right ports still time out, try another network and ask whoever runs yours to allow them.",
		},
		AdminSteps: []string{msDevicesStep},
		Links:      []Link{linkMSPOPIMAP, linkMSDevices, linkOutlookSettings},
		Checked:    checked,
	},
	{
		Code: CodeTLSWrongMode, Provider: "microsoft",
		Title:       "Port and security setting do not match Microsoft's servers",
		Audience:    AudienceUser,
		Explanation: "Microsoft uses implicit TLS for IMAP (port 993) and STARTTLS for sending (port 587); it does not offer 465.",
		UserSteps: []string{
			"Incoming: outlook.office365.com, port 993, security \"SSL/TLS\".",
			"Outgoing: port 587, security \"STARTTLS\".",
		},
		Links:   []Link{linkMSPOPIMAP, linkOutlookSettings},
		Checked: checked,
	},
	{
		Code: CodeTLSCertificate, Provider: "microsoft",
		Title:       "The certificate does not belong to Microsoft's mail server",
		Audience:    AudienceUser,
		Explanation: "Microsoft's mail servers present valid certificates for their own names. A mismatch means the program connected by IP address or by another name, or something on the network (a proxy or security product) is intercepting the connection.",
		UserSteps: []string{
			"Use the host names, never an IP address: outlook.office365.com for IMAP; smtp.office365.com or smtp-mail.outlook.com for sending.",
			"If the names are right, try another network; an intercepting firewall or antivirus product is the likely cause. Do not accept the certificate anyway.",
		},
		Links:   []Link{linkMSDevices},
		Checked: checked,
	},
	{
		Code: CodePlaintextDisallowed, Provider: "microsoft",
		Title:       "Microsoft accepts sign-ins only over TLS",
		Audience:    AudienceUser,
		Explanation: "Microsoft's servers require an encrypted connection, TLS 1.2 or newer, before any sign-in.",
		UserSteps: []string{
			"Incoming: outlook.office365.com, port 993, SSL/TLS.",
			"Outgoing: port 587 with STARTTLS.",
		},
		Links:   []Link{linkMSPOPIMAP, linkMSDevices},
		Checked: checked,
	},
	{
		Code: CodeProtocolError, Provider: "microsoft",
		Title:       "Microsoft's server did not understand the program",
		Audience:    AudienceDeveloper,
		Explanation: "Exchange Online answered with \"Unrecognized command\" or a similar protocol complaint: the program sent something the server does not accept, or is talking the wrong protocol to the port.",
		UserSteps: []string{
			"Check the settings: IMAP on outlook.office365.com:993 (SSL/TLS); sending on port 587 (STARTTLS).",
			"Update the mail program; if it persists, send the developer view of this report to its vendor.",
		},
		Links:   []Link{linkMSPOPIMAP, linkMSDevices},
		Checked: checked,
	},

	// ---- Outlook.com / Hotmail / Live (consumer) ----------------------
	{
		Code: CodeBasicAuthDisabled, Provider: "outlook",
		Title:       "Outlook.com no longer accepts passwords from mail programs",
		Audience:    AudienceUser,
		Explanation: "Since 16 September 2024, Outlook.com, Hotmail and Live accounts accept no password sign-in for IMAP, POP or sending from other programs, app passwords included. The program has to sign in with your Microsoft account in a browser window (OAuth 2.0). There is no administrator who can change this.",
		UserSteps: []string{
			"Make sure IMAP is allowed: Outlook.com → Settings → Mail → Forwarding and IMAP → \"Let devices and apps use IMAP\" (and POP if you use it). It is off by default.",
			"Remove the account from your mail program and add it again choosing Outlook.com, Microsoft or \"Sign in with Microsoft\", and sign in as {email} in the browser window.",
			"If the program has no such option, update it or switch to one that has; no password will work in it again.",
		},
		NoLongerWorks: []string{
			"Creating an app password for Outlook.com: since 16 September 2024 app passwords are refused for IMAP, POP and SMTP just like the account password.",
			"Setup guides, including recent ones, that still say Outlook.com app passwords work.",
		},
		Links:   []Link{linkOutlookModernAuth, linkOutlookSettings},
		Checked: checked,
	},
	{
		Code: CodeInvalidCredentials, Provider: "outlook",
		Title:       "Outlook.com refused the sign-in",
		Audience:    AudienceUser,
		Explanation: "Outlook.com, Hotmail and Live accounts have not accepted passwords from mail programs since 16 September 2024, so this refusal does not tell whether your password is right. A program must sign in with your Microsoft account (OAuth 2.0), and IMAP must be allowed in Outlook.com's settings.",
		UserSteps: []string{
			"Turn on Outlook.com → Settings → Mail → Forwarding and IMAP → \"Let devices and apps use IMAP\".",
			"Use \"Sign in with Microsoft\" in the mail program and sign in as {email}; no password or app password will be accepted.",
			"If the program already signs in with Microsoft, remove and re-add the account to get a fresh sign-in.",
		},
		NoLongerWorks: []string{"App passwords for Outlook.com: refused since 16 September 2024."},
		Links:         []Link{linkOutlookModernAuth, linkOutlookSettings},
		Checked:       checked,
	},
	{
		Code: CodeAppPasswordRequired, Provider: "outlook",
		Title:       "Outlook.com needs \"Sign in with Microsoft\"; app passwords do not work",
		Audience:    AudienceUser,
		Explanation: "Outlook.com, Hotmail and Live accounts accept neither the password nor an app password from mail programs since 16 September 2024. Only a program that signs in with your Microsoft account (OAuth 2.0) gets in.",
		UserSteps: []string{
			"Turn on Outlook.com → Settings → Mail → Forwarding and IMAP → \"Let devices and apps use IMAP\".",
			"Add the account in the mail program with \"Sign in with Microsoft\" and sign in as {email}; do not create an app password, it will be refused.",
		},
		NoLongerWorks: []string{"App passwords for Outlook.com: refused since 16 September 2024."},
		Links:         []Link{linkOutlookModernAuth, linkOutlookSettings},
		Checked:       checked,
	},
	{
		Code: CodeProtocolDisabled, Provider: "outlook",
		Title:       "IMAP or sending is not enabled for this Outlook.com account",
		Audience:    AudienceUser,
		Explanation: "Outlook.com has IMAP and POP access switched off by default. For sending, some newly created Outlook.com accounts have been reported to get \"SmtpClientAuthentication is disabled for the Mailbox\" even with OAuth, with no setting the owner can change; Microsoft has not documented this.",
		UserSteps: []string{
			"Turn on Outlook.com → Settings → Mail → Forwarding and IMAP → \"Let devices and apps use IMAP\" (and POP if needed), then save.",
			"Sign in from the program with \"Sign in with Microsoft\" as {email}.",
			"If only sending fails with \"SmtpClientAuthentication is disabled\", there is no known switch for it; a program that sends through Microsoft's web interface (Microsoft Graph) instead of SMTP may still work.",
		},
		NoLongerWorks: []string{"App passwords for Outlook.com: refused since 16 September 2024."},
		Links:         []Link{linkOutlookSettings, linkOutlookModernAuth},
		Checked:       checked,
	},
}
