package catalog

// IDMicrosoft is the registry id of microsoft.
const IDMicrosoft ID = "microsoft"

const (
	msOAuthUserStep = "In your mail program, remove the account and add it again, choosing Microsoft 365 or \"Sign in with Microsoft\", so that it signs in as {email} in a browser window (OAuth 2.0). If the program has no such option, it cannot read this mailbox any more: update it, ask its vendor for OAuth support, or switch programs."
	msNoAppPassword = "Creating an app password for IMAP or POP: Exchange Online refuses app passwords for these protocols just as it refuses the account password."
	msNoReenable    = "Turning password (Basic) sign-in back on for IMAP or POP, whether through Microsoft support or the self-service \"re-enable Basic auth\" diagnostic: impossible since January 2023; the diagnostic was withdrawn at the end of 2022."
	msGoDaddyStep   = "If the tenant was bought from GoDaddy, its owner finds the Security Defaults switch in GoDaddy's Email & Office Dashboard: Microsoft 365 Admin → Security Settings → \"Protect Your Email with Security Defaults\" → Manage; an administrator who is not the GoDaddy account owner uses the Microsoft Entra admin center: Tenant properties → Manage security defaults."
	msOAuthAdmin    = "Make sure the program can sign in with OAuth 2.0 (SASL XOAUTH2) and that it may: users must be allowed to consent to it, or an administrator grants consent. Delegated scopes: https://outlook.office.com/IMAP.AccessAsUser.All, POP.AccessAsUser.All, SMTP.Send; app-only (client credentials) access also works when the application is given access to the mailbox."
	msDevicesStep   = "Devices that can do neither OAuth nor TLS 1.2 (old printers, scanners): use direct send to {domain}'s MX host (port 25, no sign-in; reaches only recipients inside your Microsoft 365 organisation) or an SMTP relay connector."
)

var (
	// Microsoft 365 / Exchange Online.
	linkMSPOPIMAP = Link{"Microsoft: POP3 and IMAP4 in Exchange Online",
		"https://learn.microsoft.com/en-us/exchange/clients-and-mobile-in-exchange-online/pop3-and-imap4/pop3-and-imap4"}
	linkMSOAuth = Link{"Microsoft: Authenticate an IMAP, POP or SMTP application by using OAuth",
		"https://learn.microsoft.com/en-us/exchange/client-developer/legacy-protocols/how-to-authenticate-an-imap-pop-smtp-application-by-using-oauth"}
	linkMSSMTPAuth = Link{"Microsoft: Enable or disable SMTP AUTH (authenticated client SMTP submission)",
		"https://learn.microsoft.com/en-us/exchange/clients-and-mobile-in-exchange-online/authenticated-client-smtp-submission"}
	linkMSDevices = Link{"Microsoft: Set up a device or application to send email using Microsoft 365",
		"https://learn.microsoft.com/en-us/exchange/mail-flow-best-practices/how-to-set-up-a-multifunction-device-or-application-to-send-email-using-microsoft-365-or-office-365"}
	linkGoDaddySecurityDefaults = Link{"GoDaddy: Enable or disable security defaults",
		"https://www.godaddy.com/help/enable-or-disable-security-defaults-40128"}
	// Outlook.com consumer accounts.
	linkOutlookSettings = Link{"Microsoft: POP, IMAP and SMTP settings for Outlook.com",
		"https://support.microsoft.com/en-us/office/pop-imap-and-smtp-settings-for-outlook-com-d088b986-291d-42b8-9564-9c414e2aa040"}
)

var infoMicrosoft = register(Info{
	ID: IDMicrosoft, Name: "Microsoft (family)",
	Kind:    KindFamily,
	Section: "1",
	Rank:    100,
	Remedies: []Remediation{
		{
			Code:        CodeConnectionRefused,
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
			Code:        CodeConnectionTimeout,
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
			Code:        CodeTLSWrongMode,
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
			Code:        CodeTLSCertificate,
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
			Code:        CodePlaintextDisallowed,
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
			Code:        CodeProtocolError,
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
	},
})
