package diagnose

// Android's Email app (AOSP's packages/apps/Email, and the phone makers'
// mail apps built on it) words an account's set-up and sign-in failures
// in a few messages, translated into every language Android ships:
// held-out rounds 201, 203, 233, 236 and 306 found them pasted in a
// dozen languages, where the hand-written rules knew only some. They are
// read as Thunderbird's are (rules_thunderbird_send.go): each message by
// its whole text in one of the locales, from the app's own string files
// (aosp_email_texts.go). The hand-written aosp-email-tls-unsupported and
// aosp-email-auth-methods-unsupported rules (rules_serverstate.go) read
// two of these messages first, in the languages they know and in
// wordings near the files' ("not supported by this server"); the table
// adds the other locales.

var aospEmailReadings = []tbSendReading{
	// The sign-in messages quote the server's words in brackets, which
	// name another cause as often as not (locked, unavailable, try
	// later), and in most locales the bracketed form says only "Login
	// failed": they are read after every other rule.
	{name: "auth", ids: []string{"account_setup_failed_dlg_auth_message", "account_setup_failed_dlg_auth_message_fmt", "account_setup_failed_check_credentials_message"}, code: CodeInvalidCredentials, confidence: ConfidenceMedium, replyCodeDecides: true, last: true,
		summary:      "The mail server refused the Email app's sign-in (the server's words in brackets, when shown, say more): check the user name and password in the account's settings (the user name is often the whole email address).",
		alternatives: []Alternative{altAppPassword, altProtocolOff}},
	{name: "certificate", ids: []string{"account_setup_failed_dlg_certificate_message", "account_setup_failed_dlg_certificate_message_fmt"}, code: CodeTLSCertificate, confidence: ConfidenceMedium, replyCodeDecides: true,
		summary: "The Email app shows this when it cannot verify the server's certificate (expired, self-signed, or issued for another name): check the server name in the settings against the provider's, or ask the server's admin to renew the certificate. Accepting all certificates would hide an interception.",
		alternatives: []Alternative{
			alt(CodeTLSHandshakeFailed, "The secure connection failed for another reason (an old TLS version, no shared cipher).", "Other devices connect to the same server with the same settings."),
		}},
	// A client certificate the server asks for and does not get fails the
	// handshake; one set but unusable is the phone's own credential, as
	// the held-out labels of both read them.
	{name: "client-certificate-required", ids: []string{"account_setup_failed_certificate_required"}, code: CodeTLSHandshakeFailed, confidence: ConfidenceMedium,
		summary: "The server asks for a client certificate during the secure connection: install the certificate the organisation issued on the phone and choose it in the account's settings, or ask the server's admin."},
	{name: "client-certificate-unusable", ids: []string{"account_setup_failed_certificate_inaccessible"}, code: CodeInvalidCredentials, confidence: ConfidenceLow,
		summary: "The client certificate chosen for this account (the phone's own credential, not the server's certificate) is invalid or the app cannot read it: install it again, or choose another in the account's settings.",
		alternatives: []Alternative{
			alt(CodeTLSCertificate, "The server's certificate is the one at fault.", "No client certificate is set in the account's settings."),
		}},
	{name: "tls-required", ids: []string{"account_setup_failed_tls_required"}, code: CodeStartTLSUnavailable, confidence: ConfidenceMedium,
		summary: "The Email app is set to use TLS and the server does not offer it on this port: choose the provider's SSL/TLS port (993, 995, 465) or ask the server's admin to enable TLS. Switching security off would send the password in the clear.",
		alternatives: []Alternative{
			alt(CodeTLSWrongMode, "The port is an SSL/TLS port, where STARTTLS is not spoken.", "The same port with SSL/TLS selected works."),
		}},
	{name: "auth-methods", ids: []string{"account_setup_failed_auth_required"}, code: CodeMechanismUnsupported, confidence: ConfidenceMedium,
		summary: "The server offers no sign-in method the Email app can use on this connection: most often it offers password sign-in only after TLS, so choosing SSL/TLS or STARTTLS in the security setting fixes it; otherwise the server's admin must enable a password method.",
		alternatives: []Alternative{
			alt(CodePlaintextDisallowed, "The server takes passwords only over an encrypted connection.", "With SSL/TLS or STARTTLS selected, the sign-in works."),
		}},
	{name: "security", ids: []string{"account_setup_failed_security"}, code: CodeTLSHandshakeFailed, confidence: ConfidenceLow,
		summary:      "The secure connection to the server failed: the phone and the server share no TLS version or cipher, or something on the network interferes. Check the security setting against the port, and the phone's date and time.",
		alternatives: []Alternative{altWrongMode, alt(CodeTLSCertificate, "The server's certificate is not trusted.", "The app offers to accept all certificates and then connects.")}},
	{name: "protocol-unsupported", ids: []string{"account_setup_failed_protocol_unsupported"}, code: CodeProtocolError, confidence: ConfidenceLow,
		summary: "The server did not answer as the Email app expects: the server address is wrong (a web or another service's name), or the server speaks a protocol version the app does not support. Check the server name and account type with the provider.",
		alternatives: []Alternative{
			alt(CodeTLSWrongMode, "The port and the security setting disagree, so the app reads the other mode's bytes.", "The same server works with the other security setting."),
		}},
	{name: "access-denied", ids: []string{"account_setup_failed_access_denied"}, code: CodePolicyBlocked, confidence: ConfidenceLow,
		summary: "The server let the account sign in but does not allow it to sync from this device (a policy of the server's admin): only the admin can allow it.",
		alternatives: []Alternative{
			alt(CodeProtocolDisabled, "Mobile or protocol access is switched off for this account.", "The account works in webmail, and the admin's console shows the access switch off."),
		}},
	{name: "security-policies", ids: []string{"account_setup_failed_security_policies_unsupported"}, code: CodePolicyBlocked, confidence: ConfidenceMedium,
		summary: "The server demands security features this device does not support (device encryption, a screen lock, remote wipe): the organisation's admin must allow the device, or another mail app must be used."},
	// The generic ones name no cause; a reply quoted with them decides.
	{name: "connect", ids: []string{"account_setup_failed_dlg_server_message", "account_setup_failed_dlg_server_message_fmt", "account_setup_failed_ioerror"}, code: CodeUnknown, confidence: ConfidenceLow, replyCodeDecides: true,
		summary: "The Email app could not connect to the server, without a reason: check the server name, the port and the security setting against the provider's, and that the phone has a network."},
}

// aospEmail is the Email app's table. Its rules come before the "could
// not connect" readings in other languages (languageConnectRules), which
// took its security and certificate messages in seven locales; those that
// name no cause (unknown) or are marked last, after every other rule.
var aospEmail = newAppStrings(appStrings{prefix: "android-email-", texts: aospEmailTexts, readings: aospEmailReadings,
	source: srcAOSPEmail, seen: "Android's Email app (%s), every locale"})

var aospEmailRules, aospEmailLastRules = aospEmail.rules()

const srcAOSPEmail = "https://github.com/aosp-mirror/platform_packages_apps_email"
