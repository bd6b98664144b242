package catalog

// IDHosting is the registry id of hosting.
const IDHosting ID = "hosting"

var infoHosting = register(Info{
	ID: IDHosting, Name: "Hosting software (family)",
	Kind:    KindFamily,
	Section: "15",
	Rank:    102,
	Remedies: []Remediation{
		{
			Code:        CodeTLSCertificate,
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
			Code:        CodeInvalidCredentials,
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
			Code:        CodePlaintextDisallowed,
			Title:       "The server takes passwords only over TLS",
			Audience:    AudienceUser,
			Explanation: "The server refuses a password on an unencrypted connection (Dovecot: \"Plaintext/Cleartext authentication disallowed\"; IMAP LOGINDISABLED before STARTTLS).",
			UserSteps:   []string{"Use port 993 with SSL/TLS or 143 with STARTTLS; for sending, 465 with SSL/TLS or 587 with STARTTLS."},
			AdminSteps:  []string{"Keep the refusal (Dovecot: disable_plaintext_auth, auth_allow_cleartext; ssl settings) and make sure TLS works with a certificate for the host name users are given."},
			Checked:     checked,
		},
		{
			Code:        CodeMechanismUnsupported,
			Title:       "The server did not offer sign-in at that point",
			Audience:    AudienceUser,
			Explanation: "Exim answers \"AUTH command used when not advertised\" when a program tries to sign in before EHLO or before STARTTLS; many servers offer AUTH only on an encrypted connection.",
			UserSteps:   []string{"Set the outgoing server to port 465 with SSL/TLS or 587 with STARTTLS, and authentication to \"normal password\"."},
			AdminSteps:  []string{"Check which SASL mechanisms the server advertises before and after TLS."},
			Checked:     checked,
		},
	},
})
