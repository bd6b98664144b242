package catalog

// genericEntries: one per code, assuming nothing about the provider.
var genericEntries = []Remediation{
	{
		Code: CodeOK, Title: "Everything mailcheck tried worked", Audience: AudienceUser,
		Explanation: "The server accepted the connection and the sign-in for {email}. Nothing needs fixing.",
		UserSteps:   []string{"Nothing to do. If your mail program still fails, compare its server, port and security settings with the ones mailcheck used."},
		Checked:     checked,
	},
	{
		Code: CodeDNSFailure, Title: "The server name does not exist in DNS", Audience: AudienceUser,
		Explanation: "The mail server's host name could not be looked up, so no connection was attempted. Usually the name is misspelt, or the domain {domain} has no such host.",
		UserSteps: []string{
			"Check the server name for typing errors, stray spaces or a missing part (for example imap. or smtp.).",
			"Copy the server names from your provider's help pages or from the account's settings page in webmail, not from an old setup guide.",
			"If other web sites do not open either, the problem is your network's DNS: try again on another network.",
		},
		AdminSteps: []string{"Check that the host name the users were given exists in DNS ({domain}'s zone) and that the SRV records _imaps._tcp.{domain} and _submission._tcp.{domain}, if you publish them, point at it."},
		Checked:    checked,
	},
	{
		Code: CodeConnectionRefused, Title: "Nothing is listening on that port", Audience: AudienceUser,
		Explanation: "The server's address was reached, but it refused the connection on this port. The port number is usually wrong, or the mail service is not running there.",
		UserSteps: []string{
			"Check the port: IMAP uses 993 (TLS) or 143 (STARTTLS); sending uses 465 (TLS) or 587 (STARTTLS).",
			"Check that the server name is the mail server and not, say, the web site.",
		},
		AdminSteps: []string{"Check that the IMAP or SMTP submission service is running and listening on the public address and port the users were given, and that no firewall rejects it."},
		Checked:    checked,
	},
	{
		Code: CodeConnectionTimeout, Title: "The server did not answer in time", Audience: AudienceUser,
		Explanation: "The server did not answer in time. If the connection itself got no answer, a firewall on your side or the server's side is dropping it, the host name points at the wrong machine, or the server is down. If the connection (and TLS) worked but the server never sent its greeting, the mail service behind the port is hung or overloaded, or something on the way holds the connection open without passing it on.",
		UserSteps: []string{
			"Check the server name and port against your provider's settings.",
			"Try from another network (for example a phone hotspot): many company, hotel and home networks block outgoing mail ports, especially 25 and sometimes 465 and 587.",
			"If it works elsewhere, ask whoever runs your network to allow the mail port.",
		},
		AdminSteps: []string{"Check the server's firewall and any network firewall for the IMAP and submission ports, and that the host name resolves to the server that runs the mail service."},
		Checked:    checked,
	},
	{
		Code: CodeConnectionTimeout, Phase: PhaseDelivery, Title: "The recipient's mail system did not answer", Audience: AudienceUser,
		Explanation: "Your message was accepted by your own mail service, which then tried for hours or days to hand it to the recipient's mail servers, and they never answered (or refused every connection). Nothing is wrong with your account, your password or your settings: the recipient's side is down, misconfigured (an MX record pointing at a machine that takes no mail), or blocks your provider's servers.",
		UserSteps: []string{
			"Tell the recipient another way (a phone call, another address) that their mail system does not take mail, so their administrator can look.",
			"Check the recipient's address for a typing error in the domain; a mistyped domain can point at a machine that takes no mail.",
			"Send again once the recipient confirms their mail works; resending before that bounces the same way.",
		},
		AdminSteps:  []string{"If this is your domain: check that its MX records name servers that answer on port 25 from the internet (a test from outside your network), and that no firewall or filtering service drops connections from the sender's provider."},
		VendorSteps: []string{"Show a non-delivery report as a failure to deliver to that recipient, not as a problem with the user's own connection or settings."},
		Checked:     "2026-12-05",
	},
	{
		Code: CodeNetworkUnreachable, Title: "No network route to the server", Audience: AudienceUser,
		Explanation: "Your computer has no route to the server's address. The device may be offline, or the name resolves to an address family (such as IPv6) your network cannot reach.",
		UserSteps: []string{
			"Check that the device is online and other sites load.",
			"Try again on another network. If only this network fails, tell whoever runs it.",
		},
		Checked: checked,
	},
	{
		Code: CodeTLSHandshakeFailed, Title: "A secure (TLS) connection could not be set up", Audience: AudienceUser,
		Explanation: "The client and the server did not agree on a TLS connection. Common causes: an old program or device that only speaks TLS 1.0 or 1.1, a server with an old TLS setup, or something on the network interfering.",
		UserSteps: []string{
			"Update the mail program or the device's firmware; current servers require TLS 1.2 or newer.",
			"Check that the port and security setting match (993 with TLS, 143 or 587 with STARTTLS, 465 with TLS).",
		},
		AdminSteps: []string{"Check the server's TLS protocol versions and certificate chain; the developer view of this report shows the exact alert the handshake ended with."},
		Checked:    checked,
	},
	{
		Code: CodeTLSCertificate, Title: "The server's certificate is not valid for this connection", Audience: AudienceAdmin,
		Explanation: "The server presented a certificate that cannot be trusted here: it has expired or is not yet valid, it names a different host, or it was not issued by a known authority. Sending a password over such a connection is unsafe.",
		UserSteps: []string{
			"Do not tell the mail program to accept the certificate anyway.",
			"Check that the server name is exactly the one your provider gives; a name that differs (for example mail.{domain} instead of the provider's own host name) often gets a certificate for another name.",
			"If the name is right, forward this message to the server's administrator.",
			"If the server is a large provider's (Gmail, Outlook, iCloud, Yahoo) and the error speaks of an unknown issuer (\"unable to get local issuer certificate\", \"self signed certificate in certificate chain\"), its certificate is almost certainly fine: this computer's list of trusted authorities is out of date, or an antivirus or company proxy that inspects encrypted traffic replaced the certificate. Update the system (or the program's own CA bundle), or exempt mail from that inspection.",
		},
		AdminSteps: []string{
			"Renew the certificate if it has expired, and make sure the full chain is served.",
			"Make sure the certificate covers every host name users connect to, or tell users the name it does cover.",
		},
		Checked: checked,
	},
	{
		Code: CodeTLSCertificate, Situation: "cert-other-name", Title: "The certificate is for another name: use the name it covers", Audience: AudienceUser,
		Explanation: "The connection reached a server whose certificate is valid, but for other names (shown above), not for the name in the settings. At shared hosts and at providers that serve many domains, the mail server has a name of its own, and a name such as mail.{domain} leads to it without being on its certificate. Using the server's own name makes the connection secure with nothing to change on the server.",
		UserSteps: []string{
			"Set the incoming and outgoing server to the name the provider's mail settings give (the hosting control panel's mail or \"Connect Devices\" page), usually the one the certificate names, not mail.{domain} or an IP address.",
			"Do not accept the mismatched certificate and do not switch encryption off.",
			"If the provider says the name in the settings is right, forward this message to its administrator.",
		},
		AdminSteps: []string{"Add every name users connect to to the certificate (mail.{domain} as well as the server's own name), or tell users the name it covers."},
		Checked:    "2026-12-06",
	},
	{
		Code: CodeTLSCertificate, Situation: "cert-not-yet-valid", Title: "The certificate is not valid yet: a clock is wrong, or it was installed early", Audience: AudienceUser,
		Explanation: "The server's certificate starts being valid later than the time this computer has. Most often this computer's (or device's) clock is wrong, which is common on devices with no network time; otherwise the server was given a certificate dated in the future (its own clock was wrong when the certificate was made, or the certificate was installed before its start date).",
		UserSteps: []string{
			"Check this computer's or device's date, time and time zone, and let it set them automatically (network time); then try again.",
			"If the clock is right, forward this message to the server's administrator.",
			"Do not tell the mail program to accept the certificate anyway.",
		},
		AdminSteps: []string{"Check the server's clock and the certificate's start date (openssl s_client -connect host:port, then openssl x509 -noout -dates), and serve a certificate that is already valid."},
		Checked:    "2026-12-07",
	},
	{
		Code: CodeTLSCertificate, Situation: "cert-unknown-issuer", Title: "The certificate is not from an authority this computer trusts", Audience: AudienceUser,
		Explanation: "The server's certificate is signed by itself, or by an authority this computer does not know. Mail programs refuse it, and rightly: a password sent over such a connection can be read by whoever made the certificate. At a large provider, the certificate is almost certainly fine and something on this computer or network replaced it or lacks the authority.",
		UserSteps: []string{
			"Do not tell the mail program to accept the certificate anyway.",
			"If the server is a large provider's (Gmail, Outlook, iCloud, Yahoo): this computer's list of trusted authorities is out of date, or an antivirus or company proxy that inspects encrypted traffic replaced the certificate. Update the system (or the program's own CA bundle), or exempt mail from that inspection.",
			"Otherwise forward this message to the server's administrator.",
		},
		AdminSteps: []string{
			"Install a certificate from a public authority (Let's Encrypt or another) for every host name users connect to, and serve the full chain (the intermediate certificates too).",
			"If the certificate is from your organisation's own authority on purpose, every device that connects must trust that authority: install it on them.",
		},
		Checked: "2026-12-07",
	},
	{
		Code: CodeTLSWrongMode, Title: "The port and the security setting do not match", Audience: AudienceUser,
		Explanation: "The program spoke TLS to a port that expects plaintext first (STARTTLS), or the other way round. The ports decide the mode: 993 and 465 start with TLS; 143 and 587 start in plaintext and upgrade with STARTTLS.",
		UserSteps: []string{
			"For port 993 or 465 choose \"SSL/TLS\"; for port 143 or 587 choose \"STARTTLS\".",
			"Never choose \"None\": that sends your password unprotected.",
		},
		Checked: checked,
	},
	{
		Code: CodeStartTLSUnavailable, Title: "The server did not offer STARTTLS", Audience: AudienceAdmin,
		Explanation: "The connection started in plaintext and the server did not offer to upgrade it to TLS, so mailcheck did not send the password. Either the server has no TLS on this port, or something between you and the server removed the offer.",
		UserSteps: []string{
			"Try the implicit-TLS port instead: 993 for IMAP, 465 for sending.",
			"If that fails too, try another network: some networks strip STARTTLS from mail traffic. Otherwise forward this message to the server's administrator.",
		},
		AdminSteps: []string{"Enable STARTTLS on the IMAP (143) and submission (587) services, or offer implicit TLS on 993 and 465."},
		Checked:    checked,
	},
	{
		Code: CodePlaintextDisallowed, Title: "A password may only be sent over an encrypted connection", Audience: AudienceUser,
		Explanation: "The connection was not encrypted, so the server (or mailcheck itself) refused to take the password. This protects the password; the fix is to encrypt the connection, not to switch the check off.",
		UserSteps: []string{
			"Set the security to \"SSL/TLS\" on port 993 (IMAP) or 465 (sending), or \"STARTTLS\" on port 143 or 587.",
			"If the password was already sent without encryption on an untrusted network, consider changing it.",
		},
		AdminSteps: []string{"Leave the server's cleartext refusal on (Dovecot: disable_plaintext_auth or auth_allow_cleartext; Exchange: Set-ImapSettings -LoginType SecureLogin) and make sure TLS works on the ports users are given."},
		Checked:    checked,
	},
	{
		Code: CodeServerUnavailable, Title: "The mail service is not available right now", Audience: AudienceUser,
		Explanation: "The server cannot serve the connection now: it said so (for example SMTP 421 or an IMAP BYE at connect), or it closed the connection without a word. It may be overloaded, in maintenance, or shutting connections down.",
		UserSteps: []string{
			"Wait a few minutes and try again.",
			"If it persists for more than an hour, check the provider's status page or contact support.",
		},
		AdminSteps: []string{"Check the service's health and logs at the time of the failure; the developer view shows the exact reply."},
		Checked:    checked,
	},
	{
		Code: CodeProtocolError, Title: "The server's answer was not what the protocol expects", Audience: AudienceUser,
		Explanation: "Whatever answered on this port does not speak the expected mail protocol, or rejected a command as malformed. Most often the port belongs to another service (an IMAP port configured as SMTP, or a web port).",
		UserSteps: []string{
			"Check that the incoming server is set to IMAP (not POP) with an IMAP port, and the outgoing server to SMTP with a submission port.",
			"Update the mail program; an old one may send commands the server no longer accepts.",
		},
		AdminSteps: []string{"Compare the service listening on the port with what users were told; the developer view shows the exact reply."},
		Checked:    checked,
	},
	{
		Code: CodeProtocolError, Phase: PhaseDelivery, Title: "The program sends the message in a way the server refuses", Audience: AudienceVendor,
		Explanation: "The connection is fine: a server refused how the program sent or built the message. Either its commands came out of order or malformed (MAIL FROM, RCPT TO and DATA in the wrong order, an address with a display name inside the envelope), or the message breaks the mail format (a missing Message-ID or Date header, a header given twice, lines longer than 998 characters). The program must fix it; nothing in the account helps, and resending the same way fails the same way.",
		UserSteps:   []string{"Forward this message to the maker of the program that sends the mail (or your IT, for a script)."},
		VendorSteps: []string{"Send SMTP commands in order (EHLO, MAIL FROM, RCPT TO, DATA) with bare addresses, and build messages to RFC 5322: one From, Date and Message-ID header each, no header given twice, lines of at most 998 characters."},
		Checked:     "2026-12-05",
	},
	{
		Code: CodeInvalidCredentials, Title: "The server did not accept the user name and password", Audience: AudienceUser,
		Explanation: "The server refused the sign-in. Usually the password or the user name is wrong; at some providers the same answer also means the account needs an app password or that IMAP or SMTP is switched off for it.",
		UserSteps: []string{
			"Check the user name: most providers want the full address, {email}.",
			"Sign in to the provider's webmail with the same password. If that fails, reset the password there.",
			"If webmail accepts the password, the account may need an app password, or mail-program access (IMAP, POP or SMTP) may be switched off for it: see your provider's help for third-party mail programs.",
		},
		AdminSteps: []string{"Check the account {username} exists, is enabled, and may use IMAP and SMTP; the authentication log on the server says why the sign-in failed."},
		Checked:    checked,
	},
	{
		Code: CodeInvalidCredentials, Credential: CredentialOAuth, Title: "The server did not accept the sign-in token", Audience: AudienceUser,
		Explanation: "The program signed in with an OAuth token (\"Sign in with ...\"), not a password, and the server or the provider's sign-in service refused it: the token expired and could not be renewed, it was revoked (a password change, an administrator, a security review), it was issued for another account or without the mail permission, or the organisation withdrew its consent. The password is not in question: resetting it does not help, and can revoke more tokens.",
		UserSteps: []string{
			"In the program, disconnect the account and connect it again with its \"Sign in with ...\" button, signing in as {email}.",
			"If the sign-in page says an administrator must approve the program, or that a policy blocks it, forward this message to your IT; if connecting again fails the same way, forward it to the program's maker.",
		},
		AdminSteps: []string{
			"Check that the organisation still allows the program (its consent, or the app's access in the admin console) and that {username} may use it and has IMAP or SMTP switched on.",
			"The sign-in service's log (Entra ID's sign-in logs, Google Workspace's OAuth log events) gives the reason for the refused token.",
		},
		VendorSteps: []string{
			"Renew access tokens before they expire with the refresh token, and when the refresh is refused (invalid_grant, an AADSTS code), ask the user to sign in again instead of retrying.",
			"Request the mail scope and offline access (Google: https://mail.google.com/; Microsoft: IMAP.AccessAsUser.All, POP.AccessAsUser.All or SMTP.Send, with offline_access), and send the same address in XOAUTH2's user= as the account the token was issued for.",
			"When the provider names the program's client (invalid_client, deleted_client, an unknown client ID), the program's own client ID or secret is wrong: fix the registration; users reconnecting does not help.",
		},
		Links:   []Link{linkGoogleXOAuth2, linkMSOAuth},
		Checked: "2026-12-05",
	},
	{
		Code: CodePolicyBlocked, Phase: PhaseSignIn, Credential: CredentialOAuth, Title: "The organisation's policy refused the program's sign-in", Audience: AudienceAdmin,
		Explanation: "The program signs in with OAuth (\"Sign in with ...\"), and the organisation's sign-in service refused it by policy: the program is not approved (no consent), the user is not assigned to it, or a Conditional Access rule (a managed device, a location, multi-factor sign-in) blocks this sign-in. A password changes nothing here: the organisation's administrator decides.",
		UserSteps: []string{
			"Connect the account again in the program; if the sign-in page asks for a second factor (or to set one up), complete it.",
			"If it is still refused, forward this message to your IT: the program needs their approval or a policy exception.",
		},
		AdminSteps: []string{
			"In the sign-in service's logs (Entra ID's sign-in logs, Google Workspace's OAuth log events), find the refused sign-in of {username} and the policy or consent it names.",
			"Grant consent for the program for the organisation, assign {username} to it if assignment is required, or adjust the Conditional Access policy that blocked it.",
		},
		VendorSteps: []string{
			"Give administrators a way to consent for the whole organisation (an admin-consent link), and list the exact scopes the program asks for.",
			"When the provider itself refuses the program (Google's unverified or disabled app, a test-only app, disabled_client), only its maker can act: complete the provider's verification, add the users as testers meanwhile, or enable the client again.",
			"When the token service answers interaction_required or asks for multi-factor sign-in, show its sign-in page to the user instead of retrying in the background.",
		},
		Links:   []Link{linkMSOAuth},
		Checked: "2026-12-05",
	},
	{
		Code: CodeUnknown, Credential: CredentialOAuth, Title: "The sign-in service refused the program itself", Audience: AudienceVendor,
		Explanation: "The program signs in with OAuth, and the provider's sign-in service refused the program's own request, not the user's account: its client ID or secret is wrong or expired, its redirect URI or scopes are not registered, or it asks for the wrong organisation (tenant). The user's password is not in question, and nothing the user does in the program fixes it.",
		UserSteps: []string{
			"Forward this message to the maker of the program (or to whoever set up its sign-in for your organisation).",
		},
		AdminSteps: []string{
			"If your organisation registered the program itself, check its registration: an expired client secret, a redirect URI or a scope it uses but does not list.",
		},
		VendorSteps: []string{
			"Fix the program's OAuth registration: renew the client secret before it expires, register every redirect URI the program uses, request only the scopes the registration lists, and use the organisation's own tenant (or the multi-tenant endpoint for a multi-tenant app).",
		},
		Links:   []Link{linkMSOAuth, linkGoogleXOAuth2},
		Checked: "2026-12-05",
	},
	{
		Code: CodeWebLoginRequired, Credential: CredentialOAuth, Title: "Sign the program in again", Audience: AudienceUser,
		Explanation: "The program signs in with OAuth, and the sign-in service wants an interactive sign-in before it issues a new token: a second factor to refresh, a password reset to finish, a session that lapsed. Only the sign-in page can do that; the program cannot do it in the background.",
		UserSteps: []string{
			"In the program, disconnect the account and connect it again with its \"Sign in with ...\" button, and finish every step the sign-in page asks for, as {email}.",
		},
		VendorSteps: []string{
			"When the token service answers interaction_required (or an AADSTS code that asks for it), show the provider's sign-in page to the user instead of retrying in the background.",
		},
		Links:   []Link{linkMSOAuth, linkGoogleXOAuth2},
		Checked: "2026-12-05",
	},
	{
		Code: CodePasswordExpired, Title: "The password has expired", Audience: AudienceUser,
		Explanation: "The server says the password for {username} must be changed before it can be used again.",
		UserSteps: []string{
			"Sign in to webmail or the provider's account page and set a new password.",
			"Enter the new password in every mail program and device that uses this account.",
		},
		AdminSteps: []string{"Reset or extend the password for {username} if the user cannot change it themselves."},
		Checked:    checked,
	},
	{
		Code: CodeAppPasswordRequired, Title: "This account needs an app password, not the account password", Audience: AudienceUser,
		Explanation: "The provider no longer lets mail programs sign in with the account's normal password. It wants a separate app password generated for the program (or a program that signs in through the provider's own sign-in page).",
		UserSteps: []string{
			"In your provider's account security settings, turn on two-step verification if it asks for it, then create an app password for this mail program.",
			"Paste the app password into the mail program instead of your normal password; keep the user name {email}.",
			"Alternatively use a mail program that offers to sign in with your provider in a browser window (OAuth).",
		},
		AdminSteps: []string{
			"Do not collect users' app passwords in one place (a spreadsheet, a shared vault, the application's database) to configure a program for them: each is a password that skips two-step verification and stays valid until revoked. Each user creates their own and types it into the program, or, better, the program signs in with OAuth.",
		},
		VendorSteps: []string{
			"Offer \"Sign in with ...\" (OAuth 2.0) for the providers that support it (Microsoft, Google, Yahoo and AOL, among others): users then need no app password, and Microsoft accepts nothing else for IMAP and POP.",
		},
		Checked: "2026-12-05",
	},
	{
		Code: CodeBasicAuthDisabled, Title: "Sign-in with a password is switched off", Audience: AudienceUser,
		Explanation: "The server no longer accepts a password for this protocol: the provider, the organisation or the mailbox only allows modern sign-in (OAuth 2.0). Typing the password again will not help.",
		UserSteps: []string{
			"Use a mail program that signs in through the provider's own sign-in page (often labelled \"Sign in with ...\" or OAuth).",
			"If the account belongs to an organisation, forward this message to its mail administrator.",
		},
		AdminSteps:  []string{"Check whether password sign-in is meant to be off for {email}; if it is, the program must move to OAuth 2.0. Do not switch password sign-in back on to suit one program without weighing what it exposes."},
		VendorSteps: []string{"Offer sign-in through the provider's own page (OAuth 2.0, SASL XOAUTH2 or OAUTHBEARER) wherever the provider supports it; a password field alone no longer reaches the large providers."},
		Checked:     "2026-12-05",
	},
	{
		Code: CodePolicyBlocked, Phase: PhaseSignIn, Title: "An organisation policy blocked the sign-in", Audience: AudienceAdmin,
		Explanation: "The password may be right, but a security policy refused this kind of sign-in: for example one requiring multi-factor authentication, a trusted device or location, or modern authentication.",
		UserSteps:   []string{"Forward this message to your mail administrator; there is nothing to change in the mail program except, perhaps, moving to one that signs in with OAuth 2.0."},
		Warning:     "Security: exempting an account from a sign-in policy lets a stolen password in where the policy would have stopped it. Prefer a program that signs in with OAuth 2.0; exempt, if at all, one account, for one program, with a date to end it.",
		AdminSteps: []string{
			"Find the policy that applied to {email} at the time of the failure.",
			"Prefer moving the program to OAuth 2.0 over exempting the account from the policy.",
		},
		VendorSteps: []string{"Offer OAuth 2.0 sign-in, so organisations need no exemption from their policies for your program."},
		Checked:     "2026-12-05",
	},
	{
		Code: CodePolicyBlocked, Phase: PhaseDelivery, Title: "A mail server's policy refused this message", Audience: AudienceAdmin,
		Explanation: "The sign-in is not at issue: a server refused the message by its policy. Its words say which: the sending server's address is on a block list, the sending domain's SPF, DKIM or DMARC do not vouch for the message, the sending server has no matching reverse DNS name, the content looked like spam or malware, or your own provider's outbound rules refuse it (automatic forwarding to outside addresses, for one). Whoever runs the sending server or domain must act; sending the same message again does not help.",
		UserSteps: []string{
			"Forward the refusal, with the server's words, to whoever runs your mail sending (your mail provider or your administrator).",
			"If the program sends straight to the recipient's server (port 25, no sign-in), set it to send through your own provider's SMTP server with a sign-in instead.",
		},
		AdminSteps: []string{
			"Read the list or check the refusal names: look the sending address up on that block list and follow its removal steps once the cause (a compromised account, an open relay, a spamming device) is fixed.",
			"Check the sending domain's SPF, DKIM and DMARC records, and that the sending server's address has a reverse DNS (PTR) name that resolves back to it.",
			"For a content refusal, look at what the message carried (links, attachments, a forwarded spam) and at recipients' complaints.",
			"For a refusal of the message's form (a missing Message-ID, a header given twice, lines too long), the program that builds the message must fix it; no DNS or list change helps.",
		},
		VendorSteps: []string{"Show the receiving server's words to the user and do not retry a permanent (5xx) policy refusal unchanged."},
		Checked:     "2026-12-05",
	},
	{
		Code: CodeProtocolDisabled, Title: "Mail-program access (IMAP, POP or SMTP) is not enabled for this account", Audience: AudienceUser,
		Explanation: "The account exists, but access with this protocol is switched off: many providers require IMAP (or SMTP sending) to be turned on in webmail first, and organisations can turn it off per mailbox.",
		UserSteps: []string{
			"Look in your webmail settings for a switch named IMAP, POP/IMAP, or \"mail programs\" and turn it on.",
			"If the account belongs to an organisation, ask its administrator to enable IMAP or SMTP for {email}.",
		},
		AdminSteps: []string{"Enable IMAP and/or authenticated SMTP for {email}, at mailbox level or for the whole organisation."},
		Checked:    checked,
	},
	{
		Code: CodeWebLoginRequired, Title: "The provider wants you to sign in in a browser first", Audience: AudienceUser,
		Explanation: "The provider saw the sign-in as unusual and wants you to confirm it interactively before mail programs are let in.",
		UserSteps: []string{
			"Sign in to webmail in a browser on the same network and device as the mail program, and confirm any security prompt.",
			"Then try the mail program again within a few minutes.",
		},
		Checked: checked,
	},
	{
		Code: CodeAccountLocked, Title: "The account is locked or disabled", Audience: AudienceUser,
		Explanation: "The server says the account cannot sign in at all right now: it is locked after failed attempts, disabled, or suspended.",
		UserSteps: []string{
			"Sign in to webmail to see whether the provider explains why and how to unlock.",
			"If it belongs to an organisation, contact its administrator.",
		},
		AdminSteps: []string{"Check whether {username} is locked, disabled or suspended, and why, before unlocking it."},
		Checked:    checked,
	},
	{
		Code: CodeRateLimited, Title: "A limit was reached; it passes with time", Audience: AudienceUser,
		Explanation: "The server is limiting this account or address for a while: too many sign-in attempts, too many connections at once, or too many messages in an hour or a day. The limit resets by itself.",
		UserSteps: []string{
			"Stop every program and device that uses this account for 15 minutes or more, then try one.",
			"Remove old devices that keep retrying with an outdated password.",
			"For a sending limit, wait until the period (an hour or a day) has passed, or send bulk mail through a service made for it.",
		},
		AdminSteps:  []string{"Check the per-user connection, login and sending limits and which clients hold connections for {username}."},
		VendorSteps: []string{"Back off: retry with growing delays rather than at once, keep one connection per account and reuse it, and spread bulk sending over time."},
		Checked:     checked,
	},
	{
		Code: CodeRateLimited, Phase: PhaseDelivery, Title: "A sending limit was reached", Audience: AudienceUser,
		Explanation: "The sign-in is not at issue: the server is limiting how much mail this account or this sending server passes (messages or recipients per hour or day, or recipients in one message), or a receiving provider is slowing mail from this address or domain. A limit per hour or day resets by itself, and sending more meanwhile can extend it; a limit of recipients in one message does not pass: send to fewer recipients at a time.",
		UserSteps: []string{
			"Wait until the period the server names (an hour, a day) has passed before sending more.",
			"Send fewer messages at once, with fewer recipients in each; newsletters and other bulk mail belong in a service made for them.",
		},
		AdminSteps:  []string{"If the refusal names the sending server's address or domain (a receiving provider deferring it for volume or complaints), slow the queue down and check the domain's standing in that provider's postmaster tools."},
		VendorSteps: []string{"Treat a 4xx deferral as \"later\": retry with growing delays, and spread bulk sending over time."},
		Checked:     "2026-12-05",
	},
	{
		Code: CodeTemporaryFailure, Title: "A temporary failure on the server", Audience: AudienceUser,
		Explanation: "The server said the failure is temporary (for example its authentication backend did not answer). Nothing about the account is necessarily wrong.",
		UserSteps:   []string{"Try again in a few minutes. If it keeps happening, contact the provider or administrator."},
		AdminSteps:  []string{"Check the authentication backend (database, directory) the mail server relies on; the server log has the reason."},
		Checked:     checked,
	},
	{
		Code: CodeLoginNotTried, Title: "The sign-in was not tested", Audience: AudienceUser,
		Explanation: "mailcheck reached the server but did not try to sign in, so nothing is known yet about the password: either no password or token was given, or the server was found by guessing from the domain's mail (MX) records, and mailcheck sends no password to a guessed server. The connection was checked, the sign-in was not.",
		UserSteps: []string{
			"If no password was given: run the check again with the password (or an OAuth token) to test the sign-in.",
			"If the server was guessed: enter the incoming (IMAP) and outgoing (SMTP) server names from your provider's settings page and run the check again; the sign-in is tested on servers you name.",
		},
		AdminSteps: []string{"Publish SRV records for the domain (RFC 6186: _imaps._tcp and _submission._tcp) so that programs find the servers without guessing."},
		Checked:    checked,
	},
	{
		Code: CodeInterrupted, Title: "The check was stopped before it finished", Audience: AudienceUser,
		Explanation: "The check was cancelled, or the deadline of the program that ran it passed, before this protocol's answer was known. The step it stopped at tells nothing about the server or the account: a server that had not answered yet was not given the time to.",
		UserSteps: []string{
			"Run the check again and let it finish (it needs at most the time shown as its budget).",
		},
		VendorSteps: []string{
			"To bound a check whose answer you want, pass a time budget (diagnose.Options.Budget, diagnose.InteractiveBudget) rather than a context deadline: a budget that runs out is reported as what the server did in that time, while a context that ends stops the check without an answer.",
			"Show an interrupted check as \"not finished\", not as a failed connection.",
		},
		Checked: checked,
	},
	{
		Code: CodeMechanismUnsupported, Title: "No sign-in method both sides support", Audience: AudienceUser,
		Explanation: "The server did not offer a sign-in mechanism the program can use, or refused the one it chose. Some servers offer password mechanisms only after the connection is encrypted.",
		UserSteps: []string{
			"Make sure the connection is encrypted (SSL/TLS or STARTTLS); the password options often appear only then.",
			"Set the authentication method to \"normal password\" (or OAuth2 where the provider requires it).",
		},
		AdminSteps: []string{"Check which SASL mechanisms the server offers before and after TLS (the developer view lists them)."},
		Checked:    checked,
	},
	{
		Code: CodeMechanismUnsupported, Situation: "auth-off-on-submission-port", Title: "The submission port offers no sign-in, even over TLS", Audience: AudienceAdmin,
		Explanation: "The connection was encrypted (TLS worked), and still the server's EHLO reply listed no AUTH, on a port meant for mail programs to send through (587 or 465). So it is not a question of encryption or of the mail program's settings: the server's submission service has sign-in switched off or broken. mailcheck did not send the password.",
		UserSteps: []string{
			"Forward this message to whoever runs the mail server: changing the port, the encryption or the password in your program does not help while the server offers no sign-in.",
		},
		AdminSteps: []string{
			"Switch SMTP AUTH on for the submission service and check that its SASL back end answers (Postfix: smtpd_sasl_auth_enable = yes for submission in master.cf, smtpd_sasl_type and smtpd_sasl_path pointing at Dovecot's auth socket; Exim: an authenticator for the submission port).",
			"Look at what the server logs when a client connects to the port (a SASL back end that fails to start makes some servers leave AUTH out of EHLO).",
		},
		Checked: "2026-12-07",
	},
	{
		Code: CodeMechanismUnsupported, Situation: "auth-not-offered-over-tls", Title: "This port offers no sign-in, even over TLS", Audience: AudienceUser,
		Explanation: "The connection was encrypted (TLS worked), and still the server's EHLO reply listed no AUTH. So it is not a question of encryption: this port does not take mail programs' sign-ins. Most often it is port 25, where servers receive mail from other servers, and mail programs should use the provider's submission port instead. mailcheck did not send the password.",
		UserSteps: []string{
			"Set the outgoing server to the provider's submission port: 587 with STARTTLS, or 465 with SSL/TLS, with authentication on (\"normal password\").",
			"If that is already the port in use, forward this message to whoever runs the mail server: its submission service offers no sign-in.",
		},
		AdminSteps: []string{"Offer SMTP AUTH on the submission ports (587, 465), and tell users those ports rather than 25."},
		Checked:    "2026-12-07",
	},
	{
		Code: CodeSenderNotPermitted, Title: "This login may not send as that address", Audience: AudienceUser,
		Explanation: "The sign-in worked, but the server will not send mail whose sender address is not one this account owns.",
		UserSteps: []string{
			"Set the sender (From) address in the program to {email}, the address you sign in with.",
			"To send as another address, ask the administrator for permission to use it.",
		},
		AdminSteps: []string{"Grant {username} the right to send as the address it uses, or have it send as its own address."},
		Checked:    checked,
	},
	{
		Code: CodeRelayDenied, Title: "The server will not pass this mail on", Audience: AudienceUser,
		Explanation: "The server refused to send mail to outside recipients for this client, usually because the program did not sign in for sending, or used a port meant for server-to-server mail.",
		UserSteps: []string{
			"Turn on \"my outgoing server requires authentication\" (SMTP authentication) and use the same user name and password as for incoming mail.",
			"Use port 587 (STARTTLS) or 465 (TLS), not 25.",
		},
		AdminSteps: []string{"Make sure the client authenticates on the submission port; devices that cannot authenticate need a relay rule for their address."},
		Checked:    checked,
	},
	{
		// Exchange Online's 5.7.750 (learn.microsoft.com, "Fix error code
		// 5.7.700 through 5.7.750"): mail sent as domains the tenant has
		// not added and verified.
		Code: CodeSenderNotPermitted, Situation: "unregistered-sender-domain", Title: "The organisation sends as a domain it has not added to Microsoft 365", Audience: AudienceAdmin,
		Explanation: "Exchange Online refuses mail sent as addresses in domains the organisation has not added and verified in Microsoft 365. The password and the program's settings are fine; until the domain is added, no mail sent as it goes out.",
		UserSteps: []string{
			"Forward this message to your Microsoft 365 administrator: only they can add the domain.",
			"Until then, send as your own address in a domain the organisation already uses.",
		},
		AdminSteps: []string{
			"Add and verify every domain the organisation sends as (Microsoft 365 admin center > Settings > Domains), or change the program's From address to a verified domain.",
			"If the refusals go on after every domain is verified, open a case with Microsoft support about the tenant's block.",
		},
		Checked: "2026-12-07",
	},
	{
		// Exim's "Sender verify failed": the receiving server's callout to
		// the sender's domain (exim.org, spec "Sender address
		// verification") did not accept the sender address.
		Code: CodeSenderNotPermitted, Situation: "sender-verify-failed", Title: "The receiving server could not verify the sender address", Audience: AudienceAdmin,
		Explanation: "Before taking the message, the receiving server checked the sender address with the sender domain's own mail server, and that check failed: the address does not exist there, the domain has no working mail server, or its server refused the check. The sign-in and the password are not the problem.",
		UserSteps: []string{
			"Send from an address that exists and can receive mail (send it a test message); a made-up no-reply address fails this check.",
			"If the address is right, forward this message to whoever runs your domain's mail.",
		},
		AdminSteps: []string{"Make the sender address exist (or be accepted) on the domain's mail server, check the domain's MX records, and let that server answer RCPT TO for it: the receiving server asks exactly that."},
		Checked:    "2026-12-07",
	},
	{
		// Amazon SES sends only from verified identities
		// (docs.aws.amazon.com/ses/latest/dg/verify-addresses-and-domains.html),
		// and in the sandbox only to verified recipients.
		Code: CodeSenderNotPermitted, Situation: "sending-service-unverified-identity", Title: "The sending service has not verified this sender address", Audience: AudienceAdmin,
		Explanation: "The sending service (Amazon SES) sends only from addresses or domains verified in it, in the region used; while the account is in its sandbox, the recipients must be verified too. The SMTP user name is an access key, not a mailbox, so changing the From address to it does not help.",
		UserSteps:   []string{"Forward this message to whoever set up the sending service: they must verify the sender address or its domain."},
		AdminSteps: []string{
			"In the SES console of the region the reply names, verify the From address or, better, its whole domain (DKIM records).",
			"If the reply names recipients, the account is still in the SES sandbox: verify them, or request production access.",
		},
		Checked: "2026-12-07",
	},
	{
		// Explain given binary data (a fresh reviewer's find: it was told
		// the server's exact reply is kept in the report).
		Code: CodeUnknown, Situation: "not-text", Title: "What was pasted is not text", Audience: AudienceUser,
		Explanation: "The input is binary data (a file, an image, or bytes from a program's memory), not an error message, so there is nothing to read.",
		UserSteps: []string{
			"Paste the error message's words: copy them from the program's error window or its log file.",
			"If you only have a screenshot, type its words as they appear, codes included (such as \"535 5.7.8\").",
		},
		Checked: "2026-12-07",
	},
	{
		// Java's "No appropriate protocol": TLS 1.0 and 1.1 disabled in the
		// runtime (java.com/en/configure_crypto.html: JDK 8u291, 11.0.11).
		Code: CodeTLSHandshakeFailed, Situation: "client-tls-too-old", Title: "The program asks for a TLS version its Java runtime no longer allows", Audience: AudienceVendor,
		Explanation: "The program's Java runtime refused to start TLS before anything reached the server: the program asks for TLS 1.0 or 1.1 only, which current Java versions disable. The server and the account are not the cause.",
		UserSteps:   []string{"Forward this message to whoever looks after the program (its vendor or your IT): the fix is in the program's settings."},
		AdminSteps: []string{
			"Let the program use TLS 1.2 or later: for Jakarta Mail or JavaMail, set mail.smtp.ssl.protocols (mail.imap.ssl.protocols for IMAP) to \"TLSv1.2 TLSv1.3\", or remove a setting that pins TLSv1; update the program if it has no such setting.",
			"Do not re-enable TLS 1.0 in the runtime's java.security: most mail providers refuse it anyway.",
		},
		VendorSteps: []string{"Do not pin TLSv1 or TLSv1.1 in the mail session's ssl.protocols; leave it to the runtime's defaults or ask for TLSv1.2 and TLSv1.3."},
		Checked:     "2026-12-07",
	},
	{
		Code: CodeConnectionRefused, Situation: "refused-on-this-computer", Title: "The program connected to its own computer, where no mail server runs", Audience: AudienceUser,
		Explanation: "The address refused is this same computer (localhost, 127.0.0.1), and nothing listens there on that port. Most often the program's mail server setting is empty or \"localhost\": some programs and libraries fall back to it when no host is set.",
		UserSteps: []string{
			"Set the outgoing (SMTP) or incoming server to your provider's server name (for example smtp.example.com), with its port.",
			"If the setting looks right, check that the program really reads it (a missing environment variable or a typo in the setting's name leaves it empty).",
		},
		AdminSteps: []string{"If a local mail server or relay is meant to run on this computer, start it and check which port it listens on (ss -ltnp)."},
		Checked:    "2026-12-07",
	},
	{
		// The recipient's side takes no more mail for now (Gmail's 4.2.1
		// "receiving mail at a rate that prevents additional messages",
		// support.google.com/a/answer/3726730; "Recipient has exceeded
		// their daily email limit").
		Code: CodeRateLimited, Situation: "recipient-receiving-limit", Phase: PhaseDelivery, Title: "The recipient's mailbox takes no more mail for now", Audience: AudienceUser,
		Explanation: "The recipient's mail server refused the message because the recipient's mailbox has received as much mail as it takes for now (per hour or per day). It is the recipient's limit, not this account's: nothing in your account or settings is wrong, and sending less from your side does not help.",
		UserSteps: []string{
			"Send the message again later (in an hour, or tomorrow for a daily limit); most servers retry by themselves.",
			"If it is urgent, reach the recipient another way and ask them (or their mail admin) to check why their mailbox receives so much mail.",
		},
		AdminSteps:  []string{"Let the queue retry; if it keeps failing for days, tell the recipient's mail admin, whose limit it is."},
		VendorSteps: []string{"Retry this refusal later for this recipient only; do not slow or stop the account's other mail."},
		Checked:     "2026-12-08",
	},
	{
		// Google's 421-4.7.28 (support.google.com/a/answer/3726730, its SMTP
		// error reference): the sending IP's spam rate.
		Code: CodeRateLimited, Situation: "sending-ip-rate-limited", Title: "Gmail is slowing mail from your sending server's address", Audience: AudienceAdmin,
		Explanation: "Gmail has seen too much spam from the sending server's IP address, and holds back mail from that address for a while. It concerns everyone who sends through that server, not one mailbox, and it passes once the spam stops.",
		UserSteps:   []string{"Forward this message to whoever runs your outgoing mail server (or your hosting provider): only they can fix the server's reputation."},
		AdminSteps: []string{
			"Find what sends spam through the server (a compromised account, a web form, an open relay) and stop it; the queue shows who sent what.",
			"Make sure the domains sent from have SPF, DKIM and DMARC, and that the IP address has matching reverse DNS.",
			"Let the queue retry slowly: the limit passes with time once the spam stops.",
		},
		Checked: "2026-12-07",
	},
	{
		// The SMTP server's own SASL back end (saslauthd, Dovecot auth) is
		// down: Postfix's xsasl code logs it.
		Code: CodeServerUnavailable, Situation: "sasl-backend-down", Phase: PhaseServer,
		Title: "The mail server's sign-in service is down", Audience: AudienceAdmin,
		Explanation: "The SMTP server cannot reach its own sign-in service (saslauthd or Dovecot's auth socket), so every login fails, whatever the password. Nothing in a user's settings causes this.",
		UserSteps:   []string{"Do not change your password: forward this message to whoever runs the mail server."},
		AdminSteps: []string{
			"Start or restart the sign-in service (saslauthd, or Dovecot) and check that the socket Postfix names exists and that Postfix may open it (smtpd_sasl_path, and the socket's owner and mode).",
			"Watch the log until the warning stops, then try a login.",
		},
		Checked: "2026-12-07",
	},
	{
		// A relay refusal after a sign-in that worked: the account may not
		// send there through this server. Postfix lets signed-in clients
		// relay with permit_sasl_authenticated in smtpd_relay_restrictions
		// (postfix.org/postconf.5.html#smtpd_relay_restrictions).
		Code: CodeRelayDenied, Situation: "relay-after-signin", Title: "Signed in, but this server will not pass the mail on for this account", Audience: AudienceAdmin,
		Explanation: "The server accepted the sign-in, then refused to pass the mail on to this recipient. The password is fine: the server's own rules do not let this account send there. Most often the outgoing server in the settings is not the one this account should send through (an incoming-mail server, or one that takes mail only for its own domains), or the server lets signed-in users send only to its own domains.",
		UserSteps: []string{
			"Leave the password as it is: the sign-in worked.",
			"Check that the outgoing (SMTP) server is the one your provider or administrator gives for sending, on port 587 or 465.",
			"If it is, forward this reply to your mail administrator: only they can let this account send to outside addresses.",
		},
		AdminSteps: []string{"Check why {username} may not send to this recipient through this server: on Postfix, the submission service needs permit_sasl_authenticated in smtpd_relay_restrictions; on Exchange, a receive connector or a mail flow rule may limit who sends outside; at a provider, the account's own sending restrictions."},
		Checked:    checked,
	},
	{
		Code: CodeSendingBlocked, Title: "This account's sending is suspended", Audience: AudienceAdmin,
		Explanation: "The server accepted the sign-in but will not send mail from this account: it was suspended for sending spam, for abuse, or because the account looks compromised. Unlike a sending limit, this does not pass by itself.",
		UserSteps: []string{
			"Change the account password: a suspension like this often follows a break-in.",
			"Contact the provider or administrator to lift the suspension; unless the server's own words say to try later, waiting does not help.",
		},
		AdminSteps: []string{
			"Check {email} for compromise (password, forwarding rules, recent sign-ins, app passwords), then lift the sending block in the mail service's admin console.",
			"Look at what the account sent just before the block: the provider's message trace or the server log shows it.",
		},
		VendorSteps: []string{"Show the server's words to the user and say that waiting will not help; stop retrying the send (automatic retries deepen a spam suspension)."},
		Checked:     checked,
	},
	{
		Code: CodeRecipientUnknown, Title: "The recipient address does not exist", Audience: AudienceUser,
		Explanation: "The sign-in and the sender were accepted; the server refused the recipient because no such mailbox exists there. The account itself is fine.",
		UserSteps: []string{
			"Check the recipient address for typing errors, or ask the recipient for their current address.",
		},
		AdminSteps:  []string{"If the address should exist on your server, check its mailbox or alias and the recipient lookup tables (for Postfix: local_recipient_maps, virtual_mailbox_maps)."},
		VendorSteps: []string{"Show the refused recipient address and the server's words to the user; a 5.1.1 refusal is permanent, so do not queue the message for retry."},
		Checked:     checked,
	},
	{
		Code: CodeMessageTooLarge, Title: "The message is too large for the server", Audience: AudienceUser,
		Explanation: "The server accepted the sign-in but refused the message because of its size. The limit counts attachments after encoding, which makes them about a third larger than on disk.",
		UserSteps: []string{
			"Send the attachments as a link to a file share, or split them over several messages.",
			"The server's EHLO reply states its limit (SIZE); mailcheck shows it in the SMTP details.",
		},
		AdminSteps:  []string{"If larger messages should pass, raise the message size limit (Postfix: message_size_limit; Exchange Online: the mailbox's MaxSendSize and MaxReceiveSize)."},
		VendorSteps: []string{"Read the server's SIZE limit from its EHLO reply and warn before sending a message that exceeds it (counting base64's third); offer links for large attachments."},
		Checked:     checked,
	},
	{
		// Over IMAP a message too large is one the client tried to store
		// (APPEND: a sent copy, a draft, a message moved between
		// accounts), not one it sent; RFC 7889's APPENDLIMIT names the
		// limit. Dovecot's settings: doc.dovecot.org/2.4.1/core/admin/limits.html
		// and 2.3's example 90-quota.conf.
		Code: CodeMessageTooLarge, Protocol: ProtocolIMAP, Title: "The message is too large to store in the mailbox", Audience: AudienceUser,
		Explanation: "The sign-in worked; the server refused to store a message in a folder (a sent copy, a draft, a message copied from elsewhere) because it is larger than the server keeps. Sending is a separate matter: the message may have gone out even though its copy was refused.",
		UserSteps: []string{
			"Find the large message (usually in the Outbox, Drafts or the folder it was copied to) and remove its large attachments, or keep it only on this computer.",
			"Send large files as a link to a file share instead of an attachment.",
		},
		AdminSteps:  []string{"If larger messages should be stored, raise the server's limit for stored messages (Dovecot 2.3: quota_max_mail_size; 2.4: quota_mail_size)."},
		VendorSteps: []string{"Read the server's APPENDLIMIT (RFC 7889) from its CAPABILITY reply, and do not try to store a larger message; say which message and folder were refused instead of retrying the upload."},
		Checked:     "2026-12-06",
	},
	{
		Code: CodeQuotaExceeded, Phase: PhaseDelivery, Title: "The recipient's mailbox is full", Audience: AudienceUser,
		Explanation: "The receiving server refused the message because the recipient's mailbox is full (over its quota). Nothing is wrong with your account or your program: the recipient, or their mail administrator, must free space. A 4xx refusal is retried for a while; a 5xx one is final.",
		UserSteps: []string{
			"Tell the recipient another way (a phone call, another address) that their mailbox is full, and send again once they have freed space.",
			"Do not delete anything in your own mailbox because of this message: the full mailbox is the recipient's.",
		},
		VendorSteps: []string{"Show a full recipient's mailbox as a delivery failure for that recipient, not as a problem with the user's own account or sign-in."},
		Checked:     "2026-12-05",
	},
	{
		Code: CodeQuotaExceeded, Title: "The mailbox is full", Audience: AudienceUser,
		Explanation: "The sign-in worked; the mailbox (or the storage it shares) has reached its quota, so the server will not store more mail in it. New mail to it bounces until space is freed.",
		UserSteps: []string{
			"Delete large or old messages and empty the Deleted Items/Trash and Junk folders (deleted mail still counts until they are emptied).",
			"Or buy more storage from the provider.",
			"If the server counts folders (\"Too many mailboxes\"), delete or merge folders instead: the limit is on their number, not on space.",
		},
		AdminSteps:  []string{"Raise the mailbox quota for {username} or archive old mail (Dovecot: doveadm quota get -u {username}; Exchange: Get-MailboxStatistics -Identity {identity})."},
		VendorSteps: []string{"Report a full mailbox as such, not as a sign-in or sync error, and stop retrying APPEND or delivery into it until space is freed."},
		Checked:     checked,
	},
	{
		Code: CodeMailboxMissing, Title: "A folder the app uses does not exist", Audience: AudienceUser,
		Explanation: "The sign-in worked; the app asked for a folder (often \"Sent\", \"Drafts\" or \"Trash\") that does not exist on the server, or exists under another name or language.",
		UserSteps: []string{
			"In the app's account settings, pick the server's own folders for sent, drafts and deleted mail (the server's names may be in another language, such as \"Gesendet\" or \"Отправленные\").",
			"Or create the missing folder in webmail.",
			"If the server says it cannot open the account's own mail store (\"chdir Maildir failed\", \"Unable to open this mailbox\"), no setting in the app helps: forward the message to the server's administrator.",
		},
		AdminSteps: []string{
			"Check the mailbox's folder list (Dovecot: doveadm mailbox list -u {username}); auto-creating the special folders (Dovecot: auto = create in the mailbox settings) avoids this for every app.",
			"If the server cannot open the account's mail store itself (Courier's \"chdir Maildir failed\"), create the account's Maildir (maildirmake, or the control panel's mailbox creation) and check its owner and permissions.",
		},
		VendorSteps: []string{"Find the special folders with SPECIAL-USE (RFC 6154) or LIST instead of assuming English names; on [TRYCREATE], create the folder and retry once, or let the user choose one."},
		Checked:     checked,
	},
	{
		Code: CodeUnknown, Title: "mailcheck could not name the cause", Audience: AudienceUser,
		Explanation: "The failure did not match any known pattern. The exact server reply is kept in the report; it is often enough for your provider's support to help.",
		UserSteps: []string{
			"Check the server names, ports, security setting, user name and password against your provider's help pages.",
			"Send this report, including the developer view, to your provider's support or your administrator.",
		},
		AdminSteps: []string{"Look up the exact server reply in the developer view, and the server log at the same time."},
		Checked:    checked,
	},
	{
		Code: CodeDNSFailure, Phase: PhaseDelivery, Title: "The mail server could not look up the recipient's domain", Audience: AudienceUser,
		Explanation: "Your mail server accepted the message, but could not find the recipient's domain in DNS, so it could not reach the recipient's server. Either the domain in the address is wrong, or DNS is failing: the recipient domain's DNS servers, or your mail server's own resolver. Your account and settings are not the cause. A lookup that failed for now leaves the message in the queue, retried for a few days; a domain that does not exist bounces it.",
		UserSteps: []string{
			"Check the recipient's address for a typing error in the domain (the part after @).",
			"If the address is right, wait: the server retries. If other messages to well-known domains fail the same way, forward this to whoever runs your mail server.",
		},
		AdminSteps: []string{"Look the domain up from the mail server itself (dig MX example.org, dig A of the names it returns) and compare with a public resolver. NXDOMAIN everywhere: the domain does not exist, so the address is wrong. SERVFAIL or time-outs from your server only: fix its resolver (resolv.conf, the local DNS service). SERVFAIL from every resolver: the recipient domain's DNS servers are broken and their administrator must act. A deferred message is retried once the lookup works."},
		Checked:    "2026-12-06",
	},
	// The mail server's own parts failing, as its log shows (review 19):
	// its administrator reads the log and acts; the mailbox owner's
	// settings are not the cause.
	{
		Code: CodeServerUnavailable, Phase: PhaseServer, Title: "A part of the mail server is failing", Audience: AudienceAdmin,
		Explanation: "The mail server's own log says one of its parts is not working (an internal service at its configured limit, its sign-in service not reachable), so it fails or drops connections for every user until its administrator fixes it. Nothing in a user's settings or password causes this.",
		UserSteps:   []string{"Forward this message to whoever runs the mail server; changing your password or settings does not help."},
		AdminSteps: []string{
			"Read the log lines around this one for the part that fails (Dovecot: service(...) names it; Postfix: the service after \"problem talking to\").",
			"Raise that service's limit or fix what holds its connections, then restart it (Dovecot: doveadm service status, the service's client_limit or process_limit).",
		},
		Checked: "2026-12-05",
	},
	{
		Code: CodeConnectionTimeout, Phase: PhaseServer, Title: "The mail server's port cannot be reached from outside", Audience: AudienceAdmin,
		Explanation: "The mail server's own check says a service runs but its port cannot be reached from the internet: a firewall (the server's own, the cloud provider's security group or network rules, or the hosting provider's) drops or refuses the connections. Users' mail programs time out on that port until it is opened.",
		UserSteps:   []string{"Forward this message to whoever runs the mail server; your settings are not the cause."},
		AdminSteps: []string{
			"Open the port in the server's firewall (ufw, firewalld, iptables) and in the cloud provider's security group or network rules, then test it from outside (another network, or an online port checker).",
			"If the provider blocks the port for everyone (port 25 at many cloud and home providers), ask it to lift the block or use its relay.",
		},
		Checked: "2026-12-07",
	},
	{
		Code: CodeDNSFailure, Phase: PhaseServer, Title: "The mail server's own DNS records are missing or wrong", Audience: AudienceAdmin,
		Explanation: "A DNS record the mail server depends on is missing or wrong (its reverse DNS, its name servers' glue records at the registrar, or a record its resolver could not read). Other servers may refuse or distrust its mail, or not find it, until the record is set. Users' settings are not the cause.",
		UserSteps:   []string{"Forward this message to whoever runs the mail server."},
		AdminSteps: []string{
			"Set the record the message names: reverse DNS (PTR) at the provider of the server's IP address, glue records at the domain's registrar, or fix the zone.",
			"Check it from outside (dig -x for reverse DNS, dig NS and the registrar's view for glue); changes can take hours to be seen everywhere.",
		},
		Checked: "2026-12-07",
	},
	{
		Code: CodeTemporaryFailure, Phase: PhaseServer, Title: "A helper service of the mail server does not answer", Audience: AudienceAdmin,
		Explanation: "The mail server could not reach one of its own helper services (a policy service such as postgrey or a quota daemon), so it refuses mail for now with a temporary error (Postfix: \"451 4.3.5 Server configuration problem\"). Senders' settings are not the cause; mail is retried and goes through once the service answers.",
		UserSteps:   []string{"Forward this message to whoever runs the mail server."},
		AdminSteps: []string{
			"Start the service the log names (the address or socket after \"problem talking to server\") or correct its address in the server's configuration (Postfix: check_policy_service in smtpd_recipient_restrictions).",
			"Until it runs, the server answers 4xx to every message that needs it; the senders' servers retry for days.",
		},
		Checked: "2026-12-05",
	},
	{
		Code: CodeConnectionRefused, Phase: PhaseServer, Title: "The mail server cannot reach its own local delivery", Audience: AudienceAdmin,
		Explanation: "The mail server accepted the message but cannot hand it to its own local delivery service (Dovecot's LMTP socket, or a similar service, is missing or refuses), so the message waits in its queue. Nothing on the sender's side is wrong.",
		UserSteps:   []string{"Forward this message to whoever runs the mail server."},
		AdminSteps: []string{
			"Check that the delivery service runs and listens where the server sends to (Dovecot: service lmtp's unix_listener, for Postfix usually /var/spool/postfix/private/dovecot-lmtp with mode and owner Postfix can use).",
			"Once it listens, flush the queue (postqueue -f).",
		},
		Checked: "2026-12-05",
	},
	// Entries for one reading of a code, which the rule that makes that
	// reading asks for by name (Situation); a plain lookup never gets
	// them, so they come after each code's general entry.
	{
		Code: CodeRecipientUnknown, Situation: "recipient-mailbox-disabled", Phase: PhaseDelivery,
		Title: "The recipient's mailbox is disabled", Audience: AudienceUser,
		Explanation: "The receiving server refused the recipient because that person's account or mailbox is disabled, suspended or locked by their provider. The address itself is spelt right; mail to it is refused until their provider or organisation turns the mailbox back on. Nothing on the sending side causes this.",
		UserSteps: []string{
			"Reach the person another way (phone, another address) and tell them their mailbox refuses mail.",
			"Do not resend until they confirm it works again; the same refusal comes back.",
		},
		AdminSteps:  []string{"If the recipient's mailbox is one of yours, look at its state in your admin console (disabled, suspended, locked for abuse or inactivity) and re-enable it."},
		VendorSteps: []string{"Do not mark the address as mistyped: a disabled mailbox may be turned back on."},
		Checked:     "2026-12-06",
	},
	{
		Code: CodeProtocolError, Situation: "firewall-smtp-inspection", Title: "A firewall is rewriting the mail server's replies", Audience: AudienceAdmin,
		Explanation: "A firewall between the program and the mail server inspects SMTP and masks what it does not allow: the server's extensions come out as XXXX, so the program sees no usable sign-in or STARTTLS although the server offers them. The account, the password and the program's settings are not the cause.",
		UserSteps:   []string{"Forward this to whoever runs the network between you and the mail server (often the firewall of your office or hosting)."},
		AdminSteps: []string{
			"Turn SMTP/ESMTP inspection off for traffic to this mail server (Cisco ASA: no inspect esmtp in the global policy, or a class that excludes the server), then reconnect.",
			"Check again with openssl s_client -starttls smtp -connect host:587: EHLO should list AUTH and STARTTLS in clear words.",
		},
		Checked: "2026-12-06",
	},
	{
		Code: CodeProtocolError, Situation: "proxy-header-missing", Phase: PhaseServer,
		Title: "The port expects a proxy's header first", Audience: AudienceAdmin,
		Explanation: "The mail server's port is set up to sit behind a proxy (HAProxy's PROXY protocol) and waits for the proxy's header before anything else. A client that connects directly, not through the proxy (a local program, a content filter handing mail back), never sends it, so the server drops the session.",
		UserSteps:   []string{"Forward this to whoever runs the mail server."},
		AdminSteps: []string{
			"Send direct clients to a port without the proxy setting, or route them through the proxy (Postfix: smtpd_upstream_proxy_protocol or postscreen_upstream_proxy_protocol set only on the proxied service in master.cf).",
			"Reload Postfix (postfix reload) and check that the warning stops.",
		},
		Checked: "2026-12-06",
	},
	{
		Code: CodeProtocolError, Situation: "program-misstep", Title: "The mail program did something the protocol does not allow", Audience: AudienceVendor,
		Explanation: "The server refused a step the program took out of turn: a command before the sign-in or before a folder was opened, a change to a folder it opened read-only, a command line longer than the server takes, commands sent before the server's reply, a sign-in exchange cut short. A fault in the program (or a reconnect it missed), not the account, the password or the server.",
		UserSteps: []string{
			"Try again once: a program that lost its connection and reconnected may recover.",
			"Update the mail program; if it keeps happening, send this text to its maker.",
		},
		VendorSteps: []string{
			"Follow the protocol's states: sign in before mailbox commands, SELECT (not EXAMINE) a folder before changing its messages, open a folder again after reconnecting (IMAP: RFC 9051 section 3).",
			"Send long data as a literal or in parts, wait for each reply unless the server offers PIPELINING (SMTP: RFC 2920), and finish every SASL exchange the server starts.",
		},
		Links:   []Link{{Title: "RFC 9051: IMAP4rev2, section 3 (state and flow diagram)", URL: "https://www.rfc-editor.org/rfc/rfc9051#section-3"}},
		Checked: "2026-12-06",
	},
	{
		Code: CodeProtocolError, Situation: "command-not-parsed", Title: "The server could not parse a command the program sent", Audience: AudienceVendor,
		Explanation: "The server answered BAD or refused the command outright: it could not parse what the program sent (characters it did not quote, a command out of order or repeated). The account and the password were never judged.",
		UserSteps: []string{
			"Update the mail program, or try another one: if that works, the program is at fault.",
			"If the password holds quotes, backslashes or spaces, a password without them gets past a program that does not quote it.",
		},
		VendorSteps: []string{"Quote strings as the protocol requires (IMAP: RFC 9051 quoted strings or literals for user names, passwords and folder names) and send each command once, in the order the protocol allows (SMTP: one EHLO per session and after STARTTLS)."},
		Checked:     "2026-12-06",
	},
	{
		Code: CodeProtocolError, Situation: "mailbox-port-for-smtp", Title: "The outgoing settings point at the incoming mail port", Audience: AudienceUser,
		Explanation: "The program sending mail reached an IMAP or POP3 server, which greets with \"* OK\" or \"+OK\": the outgoing (SMTP) server's port is the incoming one (143, 993, 110 or 995). The account is not the problem.",
		UserSteps: []string{
			"Set the outgoing (SMTP) port to 587 with STARTTLS, or 465 with SSL/TLS, as your provider's settings page says.",
			"Keep the incoming (IMAP or POP3) settings as they are.",
		},
		Checked: "2026-12-06",
	},
	{
		Code: CodePolicyBlocked, Situation: "client-must-identify", Title: "The provider wants the mail program to say what it is", Audience: AudienceVendor,
		Explanation: "The sign-in worked, but the provider (NetEase: 163.com, 126.com, yeah.net) refuses to open folders for a mail program that did not identify itself with the IMAP ID command. The password and the account are not the cause.",
		UserSteps: []string{
			"Try another mail program (Thunderbird, or the provider's own app) with the same settings: if it opens the folders, tell the vendor of yours that it must send the IMAP ID command.",
		},
		VendorSteps: []string{"Send the IMAP ID command (RFC 2971) with the program's name and version right after the login, before SELECT or EXAMINE."},
		Checked:     "2026-12-07",
	},
	{
		Code: CodePolicyBlocked, Situation: "per-user-gateway-off", Title: "Your organisation does not let Gmail send through another mail server", Audience: AudienceAdmin,
		Explanation: "Gmail's \"Send mail as\" was set to send through another provider's SMTP server, and the Google Workspace admin has not allowed that (the \"Allow per-user outbound gateways\" setting is off). The password and the other server are not the cause.",
		UserSteps:   []string{"Ask your Google Workspace admin to allow per-user outbound gateways; until then Gmail cannot send as this address."},
		AdminSteps:  []string{"In the Google Admin console, under Apps > Google Workspace > Gmail > End User Access, turn on \"Allow per-user outbound gateways\" for the users who need it."},
		Checked:     "2026-12-06",
	},
	{
		Code: CodeInvalidCredentials, Situation: "service-api-key", Title: "The sending service refused the application's API key", Audience: AudienceAdmin,
		Explanation: "The application sends through a mail service's API (or its SMTP relay with an API key as the password), and the service refused the key or token: it is mistyped, revoked, expired, or belongs to another account or region. No mailbox password is involved.",
		UserSteps:   []string{"Tell whoever set up the application's mail sending (its administrator or vendor): the key is refused; nothing in your own mailbox needs changing."},
		AdminSteps: []string{
			"Create a new API key (or SMTP credentials) in the sending service's dashboard with permission to send, and put it in the application's mail settings.",
			"Check the account and region the key belongs to (EU and US endpoints of the same service take different keys), and that the key was not revoked when someone left or rotated keys.",
		},
		VendorSteps: []string{"Say which service refused the key and which setting holds it; never log the key itself."},
		Checked:     "2026-12-06",
	},
	{
		Code: CodeTemporaryFailure, Situation: "probe-stalled", Title: "The server stopped answering during the check", Audience: AudienceUser,
		Explanation: "mailcheck connected and the first steps worked; then the server sent no reply to the next step within the check's time. The server gave no reason: it is slow, overloaded or stuck for now, or something on the network between holds the connection. Nothing about the account or the password is in question yet.",
		UserSteps: []string{
			"Run the check again in a few minutes; if it was run with a short time limit (--timeout, or an application's \"Test connection\" budget), give it more.",
			"If it stops at the same step every time, tell the provider or administrator which step and when.",
		},
		AdminSteps:  []string{"Look at the mail server's load and log at the time of the check (a slow authentication back end, DNS look-ups of the client, a content or policy service that does not answer), and for a firewall or proxy between that holds connections."},
		VendorSteps: []string{"In the program's mail sync, give each step a time limit long enough for a slow but working server (RFC 5321 §4.5.3.2 suggests 5 minutes for the greeting and for most replies), and say which step stalled; a connection test a person waits on may stop sooner, if it says the server had not answered by then."},
		Checked:     "2026-12-06",
	},
	{
		Code: CodeConnectionTimeout, Situation: "probe-slow-reply", Title: "The server answers, but too slowly for the check's time", Audience: AudienceUser,
		Explanation: "mailcheck connected and the server was answering: part of its reply had arrived when the check's time for that step ran out. The server is slow (overloaded, far away, or deliberately slowing new clients down), not silent, and nothing about the account or the password is in question yet.",
		UserSteps: []string{
			"Run the check again with more time (--timeout 30s, or a longer budget for an application's \"Test connection\").",
			"If the server is this slow every time, tell the provider or administrator: mail programs with short time limits will fail on it too.",
		},
		AdminSteps:  []string{"Look at why the server answers slowly: its load, a slow authentication or DNS look-up of the client, or a deliberate delay for new connections (greylisting-style tarpitting)."},
		VendorSteps: []string{"In the program's mail sync, give each step a time limit long enough for a slow but working server (RFC 5321 §4.5.3.2 suggests 5 minutes for most replies), and keep waiting while a reply is still arriving; a connection test a person waits on may stop sooner, if it says so."},
		Checked:     "2026-12-06",
	},
	{
		Code: CodeConnectionTimeout, Situation: "silent-after-connect", Title: "The connection opened, but nothing greeted", Audience: AudienceUser,
		Explanation: "The host and port accepted the connection, so the host name and the network path work. Then nothing came: no mail greeting, and no TLS either when mailcheck tried it on a second connection. Either the port belongs to a service that waits for the client to speak first (a web server, for example), or the mail service behind it is hung, or something between you and it (an antivirus or firewall that inspects mail, a proxy) holds the connection. Nothing about the account or the password is in question yet.",
		UserSteps: []string{
			"Check the port: 587 (or 465 with SSL/TLS) for sending, 143 (or 993 with SSL/TLS) for reading mail, as the provider's settings give them.",
			"Try from another network (a phone's hotspot): if it works there, something on this network holds mail connections (an antivirus's mail scanning, a company firewall).",
			"If the port is right and every network gives the same, forward this message to whoever runs the mail server.",
		},
		AdminSteps: []string{"Look at the service on that port: is it running and accepting (its log shows the connection, or nothing at all), and at anything in front of it (a proxy, a load balancer, a mail-inspecting firewall) and whether it passes connections on."},
		Checked:    "2026-12-06",
	},
	{
		Code: CodeConnectionTimeout, Situation: "silent-after-tls", Title: "The server accepted the connection but never greeted", Audience: AudienceAdmin,
		Explanation: "The network path works: the connection opened and the TLS handshake completed, so the host, the port and the TLS setting are right. Then the mail service behind the port never sent its greeting: it is hung or overloaded, or something in front of it (a proxy, a load balancer, an antivirus or firewall that inspects mail) holds the connection without passing it on. Nothing about the account or the password is in question yet.",
		UserSteps: []string{
			"Run the check again in a few minutes; if it stays silent, forward this message to whoever runs the mail server: changing your settings or your network will not help.",
		},
		AdminSteps: []string{
			"Look at the mail service on that port: is it running and accepting (its log shows the connection, or nothing at all), and at its process and connection limits.",
			"Look at anything in front of it that completes TLS for it (a proxy, a load balancer, a mail-inspecting firewall or antivirus) and whether it passes connections on.",
		},
		VendorSteps: []string{"In the program's mail sync, wait for the greeting for a reasonable time (RFC 5321 §4.5.3.2 suggests 5 minutes; a connection test a person waits on may stop sooner), and say that the server accepted the connection and never greeted, not that the network failed."},
		Checked:     "2026-12-06",
	},
	{
		Code: CodeConnectionTimeout, Situation: "silent-both", Title: "Neither mail service greeted", Audience: AudienceAdmin,
		Explanation: "The IMAP and SMTP ports of one host both accepted the connection and then sent nothing in the time the check gave them. On one of them the TLS handshake completed, so the host, the network path and that port's TLS setting are right; the other gave no greeting and no TLS either. One silent port alone could be a wrong port number; both services of one host silent point at the mail server, or at something in front of it (a proxy, a load balancer, a firewall that inspects mail) that holds connections without passing them on. Nothing about the account or the password is in question yet.",
		UserSteps: []string{
			"Run the check again in a few minutes; if both stay silent, forward this message to whoever runs the mail server.",
			"If the check works from another network (a phone's hotspot), something on this network holds mail connections instead (an antivirus's mail scanning, a company firewall): turn that off or ask whoever runs the network.",
		},
		AdminSteps: []string{
			"Look at the mail services on both ports: are they running and accepting (their logs show the connections, or nothing at all), and at their process and connection limits.",
			"Look at anything in front of them (a proxy, a load balancer, a mail-inspecting firewall) and whether it passes connections on.",
		},
		VendorSteps: []string{"In the program's mail sync, wait for the greeting for a reasonable time (RFC 5321 §4.5.3.2 suggests 5 minutes; a connection test a person waits on may stop sooner), and say that the server accepted the connection and never greeted, not that the password or the network failed."},
		Checked:     "2026-12-07",
	},
	{
		Code: CodeConnectionTimeout, Situation: "stalled-mid-session", Title: "The server stopped answering in the middle of the session", Audience: AudienceUser,
		Explanation: "The connection and the first steps worked; then the server, or something on the network between, stopped answering before the program's time limit ran out (a large folder or message, a busy server, a firewall or router that drops long or idle connections). The host, port and password are not in question: they worked until then.",
		UserSteps: []string{
			"Run the sync or send again: a passing stall goes through on the next try.",
			"If it stops at the same point each time, raise the program's time-out, or sync smaller batches (fewer messages or folders at once).",
		},
		AdminSteps:  []string{"If many users see it, look for a firewall, proxy or NAT router between them and the mail server that drops connections idle or open for long, and the mail server's load at those times."},
		VendorSteps: []string{"Reconnect and resume where the stall happened instead of starting over; use a read time-out long enough for the largest fetch, and IDLE with re-issue under 29 minutes (RFC 2177)."},
		Checked:     "2026-12-06",
	},
	{
		Code: CodeConnectionTimeout, Situation: "stalled-after-data", Title: "The server stopped answering while the message was being sent", Audience: AudienceUser,
		Explanation: "The connection, the sign-in and the addresses worked; then the server, or something on the network between, stopped answering while the message itself was going out or waiting for the server's last reply. The message may or may not have been accepted: a stall at that point does not say. The host, port and password are not in question.",
		UserSteps: []string{
			"Before sending again, look in the Sent folder or ask the recipient: if the server took the message before the stall, sending again delivers it twice.",
			"If large messages stall each time, send the attachment by a link or in smaller parts, or raise the program's time-out.",
		},
		AdminSteps:  []string{"Check the mail server's log for the message at that time (accepted and queued, or dropped), and for a firewall, proxy or content filter between that holds long transfers."},
		VendorSteps: []string{"After DATA, wait for the final reply long enough for the server's content checks (RFC 5321 suggests 10 minutes), and record whether the message was accepted before retrying."},
		Checked:     "2026-12-06",
	},
	{
		Code: CodeConnectionRefused, Situation: "local-connect-blocked", Title: "This computer blocks the connection to the mail server", Audience: AudienceUser,
		Explanation: "The connection was stopped before it left this computer or device (permission denied on connect): a firewall or antivirus on it, a VPN or data-saver setting, the app's missing network permission, or the hosting provider's block on outgoing mail ports (most often 25). The mail server was never reached, so the account and password are not the cause.",
		UserSteps: []string{
			"Allow the program in the antivirus's mail protection and the firewall, or turn off the VPN or data saver, and try again.",
			"On a phone, give the app permission to use the network (mobile data and Wi-Fi).",
			"For sending, use the submission port (587 with STARTTLS, or 465 with SSL/TLS) rather than 25: many hosts and networks block 25 only.",
		},
		AdminSteps: []string{
			"On a server, allow outgoing connections to the mail server's port in the host's firewall, or ask the hosting provider to lift its block on port 25 (many block it by default), or relay through port 587.",
			"On a server with SELinux, a web application (PHP under Apache or nginx) may not open network connections until it is allowed: setsebool -P httpd_can_network_connect 1.",
		},
		Checked: "2026-12-06",
	},
	{
		Code: CodeProtocolError, Situation: "smtp-port-for-mailbox", Title: "The incoming settings point at the outgoing mail port", Audience: AudienceUser,
		Explanation: "The program fetching mail reached an SMTP server, which greets with \"220\": the incoming (IMAP or POP3) server's port is the outgoing one (25, 465 or 587). The account is not the problem.",
		UserSteps: []string{
			"Set the incoming port to 993 with SSL/TLS for IMAP (or 995 for POP3), or 143 (110 for POP3) with STARTTLS, as your provider's settings page says.",
			"Keep the outgoing (SMTP) settings as they are.",
		},
		Checked: "2026-12-06",
	},
	{
		Code: CodeServerUnavailable, Situation: "server-service-fatal", Phase: PhaseServer,
		Title: "A mail server service stopped on a setting it cannot use", Audience: AudienceAdmin,
		Explanation: "A service of the mail server exited on a fatal error in its own set-up (a setting it cannot read, a table or lock it cannot open, a host it cannot look up), so it drops the sessions it should take until the setting is fixed. Nothing in a user's settings or password causes this.",
		UserSteps:   []string{"Forward this message to whoever runs the mail server."},
		AdminSteps: []string{
			"Fix what the fatal line names: the setting (postconf -n shows it; postfix check finds syntax errors), the table (postmap it again), the lock or file (ownership, a second service sharing it), or the host (its DNS).",
			"Reload the server (postfix reload) and watch the log until the fatal line stops.",
		},
		Checked: "2026-12-06",
	},
	{
		Code: CodeServerUnavailable, Situation: "process-out-of-memory", Phase: PhaseServer,
		Title: "The mail server's process for this account runs out of memory", Audience: AudienceAdmin,
		Explanation: "The mail server's process that serves this account reaches its memory limit and dies, so the connection is cut each time the account's mail is opened. Other accounts are usually fine; the password and the program's settings are not the cause.",
		UserSteps:   []string{"Forward this message to whoever runs the mail server; in the meantime a very large folder may be the trigger, and moving old mail out of it can help."},
		AdminSteps: []string{
			"Raise the process's memory limit (Dovecot: vsz_limit of the imap or pop3 service) and restart the service.",
			"If the limit is already generous, look for the folder or index that makes it so large (doveadm index, doveadm force-resync on the account).",
		},
		Checked: "2026-12-06",
	},
	{
		Code: CodeTemporaryFailure, Situation: "mail-server-retrying", Phase: PhaseDelivery,
		Title: "Your mail server is still trying to deliver", Audience: AudienceUser,
		Explanation: "The message left the program and sits in a mail server's queue: delivery to the recipient's server failed for now, and the server tries again on its own for hours or days. It sends a final notice if it gives up.",
		UserSteps: []string{
			"Do not send the message again: the server retries it by itself.",
			"If it matters now, reach the recipient another way; if a final failure notice comes, forward it to whoever runs your mail server.",
		},
		AdminSteps: []string{"Look at the message in the queue (postqueue -p, mailq, exim -bp) for the reason of the last attempt, which names the recipient's server and its reply."},
		Checked:    "2026-12-06",
	},
	{
		Code: CodeSendingBlocked, Situation: "spam-at-submission", Phase: PhaseDelivery,
		Title: "Your mail provider refused this message as spam", Audience: AudienceUser,
		Explanation: "The provider you send through judged this one message to be spam (its content or links, or a sending set-up that breaks its rules) and refused it. The account is not suspended, but the provider counts such refusals against it: more of them can stop its sending.",
		UserSteps: []string{
			"Change the message before sending it again: fewer links and images, no shortened links, a plain subject.",
			"Do not send the same message again and again: each refusal counts against the account.",
		},
		VendorSteps: []string{"Send standard messages: a From that is the signed-in account, a Date and a Message-ID header, a text part beside any HTML."},
		Checked:     "2026-12-06",
	},
	{
		Code: CodeSenderNotPermitted, Situation: "host-name-from-address", Title: "The From address is the server's own host name", Audience: AudienceAdmin,
		Explanation: "A program or script on the server sent mail with a From address made of the machine's host name (user@server.example.net) instead of a real mailbox, and the server's outgoing filter refuses such mail. No sign-in was involved.",
		UserSteps:   []string{"In the program's or script's mail settings, set the From address to a real mailbox of your domain."},
		AdminSteps:  []string{"Give local mail a real sender: PHP's sendmail_path with -f you@example.org (or the mail() call's fifth argument), the mail server's default domain for local senders (Exim: qualify_domain; Postfix: myorigin)."},
		Checked:     "2026-12-06",
	},
	{
		Code: CodeMechanismUnsupported, Situation: "client-lacks-mechanism", Title: "The mail program cannot sign in at all", Audience: AudienceUser,
		Explanation: "This build of the mail program has no sign-in (SASL) support, so it cannot answer the server's AUTH whatever the user name and password are. The account and the server are not the cause.",
		UserSteps:   []string{"Install a build of the program with sign-in support (for mutt or NeoMutt, the distribution's package built with SASL, or build it with --with-sasl or --with-gsasl), then try again."},
		VendorSteps: []string{"Build the program with SASL support and say in its error which mechanisms it has."},
		Checked:     "2026-12-06",
	},
}
