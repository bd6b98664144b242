package diagnose

// signinRules: client and server wording that names one cause of a
// refused sign-in, read just after phraseRules. They come before the
// reasons, codes and keywords because the words they match are more
// specific than what those read in the same text: a 250 quoted by
// Roundcube is not a success, "Laminas\Mail\Storage" is not a full
// mailbox, and a catch-all list of causes that names "login frequency
// limited" among five others is not a rate limit.
var signinRules = []rule{
	{
		// Roundcube's "SMTP Error ($code): Authentication failed." with
		// the code of the last reply it read: 250 is the EHLO reply, so
		// no AUTH was sent because the EHLO listed none. In the reported
		// cases the server offered AUTH only after STARTTLS (Roundcube
		// 1.4 wants the tls:// prefix; Postfix smtpd_tls_auth_only).
		// Translations keep "(250)" ("SMTP Fehler (250): Die
		// Authentisierung ist fehlgeschlagen").
		ID: "roundcube-smtp-250-auth", Protocols: onlySMTP,
		Pattern: `smtp [a-zé]{4,8} \(250\):? [^\n]{0,30}(authenti|autenti|identifi)`,
		Code:    CodePlaintextDisallowed, Confidence: ConfidenceMedium,
		Summary: "Roundcube did not get to sign in: the server's EHLO reply (250) listed no AUTH. Most often the server offers AUTH only after STARTTLS, and Roundcube connected without it (use tls:// with port 587, or ssl:// with 465).",
		Alternatives: []Alternative{
			alt(CodeMechanismUnsupported, "The port takes no sign-in at all (port 25 of a server that trusts its own network).", "After STARTTLS the EHLO reply still lists no AUTH."),
			altWrongPassword,
		},
		Source: "https://github.com/w2c/ispconfig3_roundcube/issues/127",
	},
	{
		// UW c-client (PHP imap_open): the capability list says
		// LOGINDISABLED and offers no SASL mechanism c-client knows,
		// which is what a server says before STARTTLS (Exchange on 143).
		ID: "cclient-login-disabled", Protocols: onlyIMAP, Phrases: []string{"server disables login"},
		Code: CodePlaintextDisallowed, Confidence: ConfidenceMedium,
		Summary: "The server refuses LOGIN on this connection (LOGINDISABLED) and offers no mechanism the client knows: it takes a password only after STARTTLS (port 143) or on TLS (port 993).",
		Alternatives: []Alternative{
			alt(CodeMechanismUnsupported, "Even on TLS the server offers only mechanisms the client lacks (NTLM, GSSAPI, CRAM-MD5).", "The CAPABILITY after STARTTLS still lists LOGINDISABLED, or only AUTH=NTLM/GSSAPI."),
			altWrongMode,
		},
		Source: "https://github.com/php-mail-client/Client/issues/19",
	},
	{
		// msmtp with "auth on" on a connection without TLS: it will send
		// a password only by a challenge-response mechanism, and the
		// server offers none.
		ID: "msmtp-no-secure-auth", Phrases: []string{"cannot use a secure authentication method"},
		Code: CodePlaintextDisallowed, Confidence: ConfidenceMedium,
		Summary: "The client refused to send the password in clear: the connection is not encrypted and the server offers no challenge-response mechanism. Turn TLS on (or name the mechanism, e.g. auth login, for a trusted local relay).",
		Alternatives: []Alternative{
			alt(CodeMechanismUnsupported, "The server offers only mechanisms the client is not set to use.", "With TLS on, the sign-in goes through."),
		},
		Source: "https://github.com/CapnBry/HeaterMeter/issues/58",
	},
	{
		// The server wants an encrypted session before the sign-in: QQ's
		// "530 Login fail. A secure connection is requiered(such as
		// ssl)", answering AUTH (the family of "Must issue a STARTTLS
		// command first"). Exchange Online's "451 5.7.3 STARTTLS is
		// required to send mail" is left to status-5.7.3.
		ID: "secure-connection-required", Protocols: onlySMTP,
		Pattern: `secure connection is requie?red`,
		Code:    CodePlaintextDisallowed, Confidence: ConfidenceMedium,
		Summary:      "The server takes a sign-in only on an encrypted connection: use STARTTLS on 587 or SSL/TLS on 465.",
		Alternatives: []Alternative{altWrongMode, altStartTLSStripped},
		Source:       "https://github.com/lx1169732264/zdm/issues/3",
	},
	{
		// Tencent (QQ Mail, Exmail) answers every refused IMAP/SMTP login
		// with one list of causes; the password comes first in practice,
		// then IMAP/SMTP not switched on or no authorisation code.
		ID:      "tencent-login-fail-causes",
		Pattern: `account is abnormal[^\n]{0,80}(password|service)`,
		Code:    CodeInvalidCredentials, Confidence: ConfidenceMedium,
		Summary: "Tencent refused the sign-in with its catch-all list of causes: most often the password (QQ Mail wants the authorisation code, not the QQ password), or IMAP/SMTP not switched on.",
		Alternatives: []Alternative{
			altProtocolOff,
			altAppPassword,
			alt(CodeRateLimited, "Too many sign-ins in a short time.", "It works again after a while with the same settings."),
		},
		Source: "https://github.com/chengazhen/cursor-auto-free/issues/294",
	},
	{
		// A library's account of a refused login: Laminas/Zend Mail's
		// "cannot login, user or password wrong", c-client's "user name
		// or password rejected".
		ID: "client-user-or-password",
		// A key store's or certificate file's password is the program's own.
		NotPattern: `\b(keystore|key ?store|truststore|certificate|pkcs|pfx|p12)\b`,
		// c-client's "Can not authenticate to SMTP server: %.80s" (when the
		// server's reason after it is missing: a reason decides), a
		// Dovecot SQL passdb's "Password mismatch", Nagios check_smtp's
		// "invalid response received after authpass" (held-out rounds
		// 190, 192, 193; both blind labels).
		Pattern: `\b(user ?name|user|login) or password (was |is |are )?(wrong|incorrect|invalid|rejected)|\bcan ?not authenticate to (the )?(smtp|imap|pop3?) server:? ?(%\.?[0-9]*s)?\s*$|\bpassword mis+match\b|\binvalid response received after authpass\b`,
		Code:    CodeInvalidCredentials, Confidence: ConfidenceMedium,
		Alternatives: []Alternative{altAppPassword, altProtocolOff},
		Source:       "https://github.com/glpi-project/glpi/issues/13796",
	},
	{
		// No mechanism both sides know, in a client's or server's words
		// that a wrapper may put after its own status ("500 Could not
		// send mail; No suitable authentication method found."):
		// dart mailer, node smtp-client, aiosmtpd, mox, Horde IMAP, and
		// nginx's mail proxy (Mailu) with "AUTH not supported" on port 25.
		ID: "mechanism-not-supported-words",
		// "did not advertise AUTH=PLAIN, LOGINDISABLED is set" is the
		// server refusing a password before TLS.
		NotPattern: `logindisabled`,
		// Sync and fetch tools' own words (held-out round 190): isync's
		// "server supports no acceptable authentication mechanism", mpop's
		// "cannot find a usable authentication method", meli's "OAUTH2 is
		// enabled but server did not return AUTH=XOAUTH2 capability",
		// pimalaya's "plain authentication not support"; Horde's "No
		// supported IMAP authentication method could be found." (held-out
		// round 207).
		Pattern: `\bno (acceptable|usable|suitable|matching|supported|common) ((imap|smtp|pop3?) )?(authentication|auth|sasl) (mechanism|method)s?\b|(cannot|could not|couldn't|can't|unable to) find an? (usable|suitable|supported|matching|acceptable) (authentication|auth|sasl) (mechanism|method)|\bdid not (return|advertise|offer) (the )?auth=|(doesn't|does not) advertise auth(entication)? support|(does not|doesn't) (seem to )?support encrypted passwords|\b(does not|doesn't) support (%s|[a-z0-9_-]*(plain|login|cram|digest|md5|xoauth|oauth|gssapi|ntlm|scram|sha|kerberos|apop)[a-z0-9_-]*) authentication\b|failed to find an authenticator supported by the smtp server|\bno auth mechanism supported\b|\b(plain|login|cram-md5|xoauth2|oauthbearer) auth(entication)? (is )?not support|(does not|doesn't|do not|don't) support (the )?[a-z0-9_-]+ auth(entication)? (mechanism|method)|no suitable auth(entication)? (method|mechanism)|auth(entication)? (is )?only (allowed|permitted|available|supported) on (the )?submission|\bauth not supported\b|plain method or die|auth_sasl package is required`,
		Code:    CodeMechanismUnsupported, Confidence: ConfidenceMedium,
		Summary: "The client and the server have no sign-in mechanism in common on this port: pick another mechanism, or use the submission port (587/465) where the server offers AUTH.",
		Alternatives: []Alternative{
			alt(CodePlaintextDisallowed, "The server offers its mechanisms only after STARTTLS.", "After STARTTLS the EHLO or CAPABILITY reply lists more mechanisms."),
		},
		Source: "https://github.com/dart-mailer/mailer/issues/239",
	},
	{
		// An app's stored OAuth authorisation lapsed (QNAP's "Authorization
		// has expired. Reauthorize the account."), or a provider wants a
		// sign-in on its website first (Hotmail's HTTPMail "verify your
		// account ... by first accessing your mail on the web").
		ID: "reauthorize-on-web",
		// A new password is the fix when the words say so ("Re-authentication
		// required after password change", "... the password you entered
		// is incorrect"; review 16).
		NotPattern: `password (you entered |you gave )?(is |was )?(incorrect|wrong|invalid)|after (a |the )?password (change|reset)|authenticationfailed`,
		// An app's "Reauthenticate required" (Super Mail with Gmail;
		// held-out round 72) is the same request.
		Pattern: `authori[sz]ation (has )?expired|account is logged out, use the app to log ?in again|re-?authori[sz]e (the |your |this )?(account|app|application|access|mailbox)|\bre-?authenticat(e|ion) (is )?required\b|please re-?authenticate\b|accessing your mail on the web|cannot connect to webmail|autorisatie is verlopen|認証が切れました`,
		Code:    CodeWebLoginRequired, Confidence: ConfidenceMedium,
		Summary: "The sign-in has to be renewed through the provider's web page: authorise the account again (OAuth) or sign in to webmail once and confirm it.",
		Alternatives: []Alternative{
			altWrongPassword,
		},
		Source: "https://www.qnap.com/hu-hu/how-to/faq/con_show.php?cid=1428",
	},
	{
		// Ruby net-smtp refuses to start AUTH without a user name or
		// password ("SMTP-AUTH requested but missing user name" /
		// "... missing secret phrase"): the settings lack a credential.
		ID: "netsmtp-missing-credential", Protocols: onlySMTP,
		Pattern: `auth requested but missing (user ?name|secret phrase|password)`,
		Code:    CodeInvalidCredentials, Confidence: ConfidenceMedium,
		Summary: "The client was told to sign in but has no user name or password set: fill them in.",
		Source:  "https://github.com/ruby/net-smtp/blob/master/lib/net/smtp.rb",
	},
}
