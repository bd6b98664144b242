package diagnose

import "github.com/mailcheck-go/mailcheck/probe"

// serverStateRules read what a server or a client says about the state
// of the session, the account or the connection in words a more general
// phrase would misread: "POP access for account disabled" is the
// protocol switched off, not a disabled account; "This account has been
// locked for inactivity" is a lock, not an idle timeout; "[LOGIN-DELAY]"
// is a limit that passes, not a refused password; "Can't login twice" is
// a command out of order, not a wrong password. They are searched just
// before phraseRules, whose broader words ("disabled", "inactivity",
// "maximum size") they refine. Each names the server or client whose
// source or thread it was read from; held-out rounds 223-227 held the
// first examples, and TestFamiliesOfRounds223To227 holds other wordings
// and near misses. They read failures only (refusalOnly in ruleTables).
var serverStateRules = []rule{
	// The session's state, not the credentials.
	{
		// Kopano's "Can't login twice", Bongo's "I already know who you
		// are!" (a second USER); "already logged in" is
		// client-protocol-violation's.
		ID:      "already-signed-in",
		Pattern: `\bcan'?t log ?in twice\b|\bi already know who you are\b`,
		Code:    CodeProtocolError, Confidence: ConfidenceMedium,
		Summary: "The client sent a second sign-in on a session that is already signed in: a command out of order, not a refused password.",
		Source:  "https://github.com/Kopano-dev/kopano-core/blob/e55aa921cf6db8d067962e053f9f3c1b4035bfef/gateway/POP3.cpp",
	},
	{
		// Zimbra's "-ERR this command is only valid after a login",
		// XMail's "-ERR Command not valid here".
		ID:         "command-wrong-state",
		Pattern:    `\bcommand is only valid (after|before) (a )?(login|authentication|auth)\b|^[^\n]{0,20}\bcommand not valid here\b`,
		NotPattern: `\b(password|credentials|stls|starttls)\b`,
		Code:       CodeProtocolError, Confidence: ConfidenceMedium,
		Summary: "The server refused a command sent at the wrong point of the session (before or after the sign-in it needs): a client's slip, not a refused password.",
		Source:  "https://github.com/Zimbra/zm-mailbox/blob/1750cfa7037dfe0788788cf7698c24d88a2986a6/store/src/java/com/zimbra/cs/pop3/Pop3Handler.java",
	},
	{
		// Dovecot's pop3-login "-ERR Input line too long, aborting".
		ID:         "input-line-too-long",
		Pattern:    `\b(input|command) line (is )?too long\b`,
		NotPattern: signInRefusedWords,
		Code:       CodeProtocolError, Confidence: ConfidenceMedium,
		Summary: "The server refused a command line longer than it takes (an oversized sign-in token or command): a client's problem, not a refused password.",
		Source:  "https://github.com/dovecot/core/blob/007d354a674fb3ddf49db160cf050cf61270a1a0/src/pop3-login/client.c",
	},
	// mutt's "Command USER is not supported by server." (pop_auth.c,
	// pop_lib.c): which command decides.
	{
		ID:      "pop-command-unsupported-starttls",
		Pattern: `\bcommand (stls|starttls) is not supported by (the )?server\b`,
		Code:    CodeStartTLSUnavailable, Confidence: ConfidenceMedium,
		Summary: "The server does not offer STARTTLS (STLS) on this port.",
		Source:  "https://github.com/muttmua/mutt/blob/0746ae48fca5c07277fd116b2b5c1f90b1c3d33b/pop_auth.c",
	},
	{
		ID:      "pop-command-unsupported-login",
		Pattern: `\bcommand (user|pass|apop|auth|authenticate|login) is not supported by (the )?server\b`,
		Code:    CodeMechanismUnsupported, Confidence: ConfidenceMedium,
		Summary: "The server does not take this way of signing in (its command is not supported); another mechanism, or the one the server offers, is needed.",
		Source:  "https://github.com/muttmua/mutt/blob/0746ae48fca5c07277fd116b2b5c1f90b1c3d33b/pop_auth.c",
	},
	{
		ID:      "pop-command-unsupported-other",
		Pattern: `\bcommand (uidl|top|capa|list|retr|dele|stat|noop|xtnd) is not supported by (the )?server\b`,
		Code:    CodeProtocolError, Confidence: ConfidenceMedium,
		Summary: "The server does not support a command the program needs after the sign-in (UIDL, TOP...): the program and the server do not fit, the account is fine.",
		Source:  "https://github.com/muttmua/mutt/blob/1bf0b214deff2d0ccdcef3b2a4723369e014de3d/pop_lib.c",
	},
	// The account or the protocol switched off.
	{
		// Bongo's "-ERR [AUTH] POP Access for account disabled",
		// Kopano's "NO LOGIN imap feature disabled".
		ID:      "protocol-access-disabled-account",
		Pattern: `\b(pop3?|imap4?) access (for|to) (the |this |your )?(account|user|mailbox) (is )?(disabled|not (allowed|permitted|enabled))\b|\b(pop3?|imap4?) feature (is )?disabled\b`,
		Code:    CodeProtocolDisabled, Confidence: ConfidenceMedium,
		Summary: "The server says access over this protocol is switched off for this account; the password is not in question.",
		Source:  "https://github.com/Kopano-dev/kopano-core/blob/000597a448bc3e5b42eee8e440876647705af77d/gateway/IMAP.cpp",
	},
	{
		// Bongo's "-ERR [SYS/PERM] POP access to this server currently
		// disabled": the whole service, for everyone.
		ID:      "protocol-access-disabled-server",
		Pattern: `\b(pop3?|imap4?) access to this server (is )?(currently |temporarily )?disabled\b`,
		Code:    CodeServerUnavailable, Confidence: ConfidenceMedium,
		Summary: "The server says this protocol is switched off on the whole server for now, for every account.",
		Source:  "https://github.com/bongo-project/bongo/blob/b0c62252c47d9f5ef76d87c8f5da2185ea5453de/src/agents/pop/pop3.h",
	},
	{
		// magma's "-ERR [SYS/PERM] This account has been locked for
		// inactivity." (not the session's idle timeout).
		ID:      "account-locked-inactivity",
		Pattern: `\baccount (has been|was|is) (locked|disabled|suspended|deactivated) (for|because of|due to) (inactivity|being inactive|non-?use)\b`,
		Code:    CodeAccountLocked, Confidence: ConfidenceHigh,
		Summary: "The server says the account was locked because it was not used for a long time; the provider or administrator must unlock it.",
		Source:  "https://github.com/lavabit/magma/blob/009e49dd1b6e05dc1e5e5189cd8a1c8f4c47dc95/src/servers/pop/pop.c",
	},
	{
		// magma's "This user account is configured to require that all
		// POP sessions be connected over SSL."
		ID:      "account-requires-tls",
		Pattern: `\brequire[sd]? that (all )?(pop3?|imap4?|smtp)? ?(sessions?|connections?) (be |are )?(connected |made |established )?(over|using|with) (ssl|tls)\b`,
		Code:    CodePlaintextDisallowed, Confidence: ConfidenceHigh,
		Summary: "The server takes this account's sign-in only over an encrypted (SSL/TLS) connection.",
		Source:  "https://github.com/lavabit/magma/blob/009e49dd1b6e05dc1e5e5189cd8a1c8f4c47dc95/src/servers/pop/pop.c",
	},
	{
		// magma's "-ERR This server has not been configured to support
		// STLS.", Kopano's "-ERR [SYS/PERM] STLS error in ssl context".
		ID:      "starttls-not-configured",
		Pattern: `\bnot (been )?configured to support (stls|starttls|tls)\b|\b(stls|starttls) error in ssl context\b`,
		Code:    CodeStartTLSUnavailable, Confidence: ConfidenceMedium,
		Summary: "The server cannot start TLS on this connection: it has no TLS set up (or its TLS setup is broken).",
		Source:  "https://github.com/lavabit/magma/blob/009e49dd1b6e05dc1e5e5189cd8a1c8f4c47dc95/src/servers/pop/pop.c",
	},

	// Limits that pass.
	{
		// RFC 2449's LOGIN-DELAY response code, with or without its -ERR
		// ("[LOGIN-DELAY] Attempt to log in within the minimum login
		// delay interval", GNU Mailutils pop3d).
		ID:      "login-delay-words",
		Pattern: `\[login-delay\]|\bminimum login delay\b`,
		Code:    CodeRateLimited, Confidence: ConfidenceHigh,
		Summary: "The server allows a sign-in only so often (POP3 LOGIN-DELAY); the program checks mail more often than that. The password is not in question.",
		Source:  "https://www.rfc-editor.org/rfc/rfc2449#section-8.1.1",
	},
	{
		// Bongo's "Permission denied, maximum login attempts exceeded,
		// connection closing".
		ID:      "max-login-attempts",
		Pattern: `\bmaximum (number of )?(login|logon|sign-?in|authentication) attempts (exceeded|reached)\b`,
		// The refusal of this attempt's password, beside it, decides.
		NotPattern: signInRefusedWords,
		Code:       CodeRateLimited, Confidence: ConfidenceMedium,
		Summary: "The server stopped taking sign-ins after too many attempts; it takes them again after a while. Check the password before the next try: each failed one counts.",
		Alternatives: []Alternative{
			alt(CodeInvalidCredentials, "The attempts failed because the password is wrong.", "Webmail refuses the same password."),
		},
		Source: "https://github.com/bongo-project/bongo/blob/b0c62252c47d9f5ef76d87c8f5da2185ea5453de/src/agents/pop/pop3.h",
	},
	{
		// Roundcube's senttooquickly ("Please wait $sec sec(s) before
		// sending this message") and its translations.
		ID:      "wait-before-sending",
		Pattern: `\bplease wait [^\s]{1,8} ?(sec|second)s?(\(s\))? before sending\b|보내기 전에[^\n]{0,20}기다려|περιμένετε[^\n]{0,30}πριν στείλετε|להמתין[^\n]{0,30}לפני מסירת`,
		Code:    CodeRateLimited, Confidence: ConfidenceMedium,
		Summary: "The webmail makes a sender wait between messages; sending again after the pause works.",
		Source:  "https://github.com/roundcube/roundcubemail/blob/05375b8081638d35c0ec11ee213634e6b32ae9b4/program/localization/ko_KR/messages.inc",
	},
	{
		// Roundcube's accountlocked in Korean ("로그인 시도 횟수를 초과함").
		ID:      "login-attempts-exceeded-language",
		Pattern: `로그인 시도 횟수를 초과|ログイン試行回数を超え|登录尝试次数(过多|超过)|登入嘗試次數(過多|超過)`,
		Code:    CodeRateLimited, Confidence: ConfidenceMedium,
		Summary: "Too many sign-in attempts: the server takes them again after a while.",
		Source:  "https://github.com/roundcube/roundcubemail/blob/05375b8081638d35c0ec11ee213634e6b32ae9b4/program/localization/ko_KR/messages.inc",
	},
	{
		// The policyd (cluebringer) quotas module: a sender's count or
		// size over a period.
		ID:      "policyd-sending-quota",
		Pattern: `\bpolicy rejection; (message count|cumulative message size) quota exceeded\b`,
		Code:    CodeRateLimited, Confidence: ConfidenceHigh,
		Summary: "The server's policy service limits how many messages (or how many bytes) a sender may send in a period, and this sender is over it for now.",
		Source:  "https://github.com/hummermania/policyd/blob/020dc29f3cb4813c910f87a8d96b3904bcca3022/cbp/modules/Quotas.pm",
	},

	{
		// Mailu's ". NO Temporary authentication failure (rate-limit)":
		// the words in brackets name the cause.
		ID:      "temporary-auth-failure-rate-limit",
		Pattern: `\btemporary authentication failure \(rate[- ]?limit`,
		Code:    CodeRateLimited, Confidence: ConfidenceMedium,
		Summary: "The server's sign-in limit for this client or account is reached for now (its words: rate limit); it takes sign-ins again after a while. The password is not in question.",
		Source:  "https://github.com/Mailu/Mailu/issues/2283",
	},

	// Commands the client sent wrong.
	{
		// A tagged BAD naming the command and invalid arguments (pymap's
		// "BAD UID FETCH: Invalid arguments.", Gmail's "[BAD, UID SEARCH
		// invalid ...]" as K-9 quotes it).
		ID:      "imap-bad-command-arguments",
		Pattern: `\bbad,? (uid )?(fetch|search|store|copy|move|select|examine|list|lsub|append|status|expunge)\b:?[^\n]{0,40}\binvalid\b`,
		Code:    CodeProtocolError, Confidence: ConfidenceMedium,
		Summary: "The server refused a command's arguments as invalid (BAD): a client's bug or a server's quirk, not the account.",
		Source:  "https://github.com/icgood/pymap/issues/131",
	},
	{
		// MailKit's "Must have sender and recipient first" (an SMTP 503
		// before DATA).
		ID:      "data-before-envelope",
		Pattern: `\bmust have (a )?sender and recipient(s)? first\b`,
		Code:    CodeProtocolError, Confidence: ConfidenceMedium,
		Summary: "The server got DATA before a sender and a recipient were accepted: a command out of order (often after a refused recipient the program did not stop on).",
		Alternatives: []Alternative{
			alt(CodeRecipientUnknown, "Every recipient was refused just before, and the program sent DATA anyway.", "The log shows a refused RCPT TO just before."),
		},
		Source: "https://github.com/jstedfast/MailKit/issues/491",
	},
	{
		// MailKit's "Invalid SASL challenge from the server: Username:".
		ID:      "invalid-sasl-challenge",
		Pattern: `\binvalid sasl challenge\b`,
		Code:    CodeProtocolError, Confidence: ConfidenceMedium,
		Summary: "The server's challenge in the sign-in exchange was not what the mechanism expects: the client and server disagree on the mechanism's steps. The password was not judged.",
		Source:  "https://github.com/jstedfast/MailKit/issues/47",
	},
	{
		// A bare "Command not recognized" in answer to AUTH (MailKit's
		// "5.1.1 Command not recognized", held-out round 230).
		ID:      "auth-command-not-recognized",
		Stages:  []probe.Stage{probe.StageAuthenticate},
		Pattern: `^\s*([45][0-9][0-9][ -])?([245]\.[0-9]\.[0-9]{1,3} )?command (not recogni[sz]ed|unrecogni[sz]ed)\.?\s*$`,
		Code:    CodeMechanismUnsupported, Confidence: ConfidenceMedium,
		Summary: "The server did not recognise the sign-in command: it offers no SMTP AUTH on this port, or not the mechanism the program chose.",
		Source:  "https://github.com/jstedfast/MailKit/issues/260",
	},
	{
		// go-mail's "failed to authenticate: not connected to SMTP
		// server": the connection was gone before the sign-in (held-out
		// rounds 27 and 29 label it protocol_error, round 230 unknown).
		ID:      "not-connected-at-signin",
		Pattern: `\bnot connected to (the )?smtp server\b`,
		Code:    CodeProtocolError, Confidence: ConfidenceLow,
		Summary: "The program sent a command on a connection that was no longer open: an earlier step failed or the server closed the connection first. The password was not tried; the earlier step's error says why.",
		Alternatives: []Alternative{
			alt(CodeServerUnavailable, "The server closed the connection right after it opened.", "A plain connection to the same host and port is closed at once, or gets a 421."),
		},
		Source: "https://github.com/go-vikunja/vikunja/issues/409",
	},

	// AOSP Email's own sentences (the stock Android mail app, which
	// Samsung's grew from), in English and as its translations say them
	// (held-out round 233).
	{
		ID:      "aosp-email-tls-unsupported",
		Pattern: `\btls required but not supported by (the )?server\b|tls erforderlich,? aber nicht von server unterstützt|el protocolo tls es obligatorio, pero el servidor no lo admite`,
		Code:    CodeStartTLSUnavailable, Confidence: ConfidenceMedium,
		Summary: "The mail app is set to use TLS (STARTTLS), and the server does not offer it on this port: choose the SSL/TLS port (993 or 465), or ask the provider which port offers encryption.",
		Source:  "https://github.com/aosp-mirror/platform_packages_apps_email/blob/ea99a057330a118ac1f4371aac0f603401eb30cf/res/values-de/strings.xml",
	},
	{
		ID:      "aosp-email-auth-methods-unsupported",
		Pattern: `\bauthentication methods are not supported by (the |this )?server\b|authentifizierungsmethoden werden nicht vom server unterstützt|les méthodes d'authentification ne sont pas compatibles avec le serveur|los métodos de autenticación no son compatibles con el servidor`,
		Code:    CodeMechanismUnsupported, Confidence: ConfidenceMedium,
		Summary: "The server offers no sign-in method the mail app can use on this connection.",
		Source:  "https://github.com/aosp-mirror/platform_packages_apps_email/blob/ea99a057330a118ac1f4371aac0f603401eb30cf/res/values-de/strings.xml",
	},
	{
		// Mailu's front (nginx's mail proxy) quoting its auth back end.
		ID:      "auth-credentials-invalid",
		Pattern: `\bclient login failed: "?authentication credentials invalid\b`,
		Code:    CodeInvalidCredentials, Confidence: ConfidenceMedium,
		Summary: "The mail server's sign-in check refused the user name or password.",
		Source:  "https://github.com/Mailu/Mailu/issues/2261",
	},

	{
		// sendmail's SMTP client: "AUTH=client, available mechanisms do
		// not fulfill requirements" (its AuthMechanisms and the relay's
		// share none it will use).
		ID:      "sendmail-auth-mechanisms-unfulfilled",
		Pattern: `\bavailable mechanisms do not fulfill requirements\b`,
		Code:    CodeMechanismUnsupported, Confidence: ConfidenceMedium,
		Summary: "sendmail and the relay share no sign-in mechanism sendmail will use (its AuthMechanisms, or SASL plugins missing on this host): add the relay's mechanism (often PLAIN or LOGIN, over TLS) to sendmail's settings.",
		Source:  "https://github.com/sendgrid/docs/issues/2328",
	},
	{
		// sSMTP's "STARTTLS not working" with "Cannot open host:465":
		// STARTTLS asked of the port that starts with TLS.
		ID:      "starttls-on-port-465",
		Pattern: `\bstarttls not working\b[^\n]{0,200}:465\b`,
		Code:    CodeTLSWrongMode, Confidence: ConfidenceMedium,
		Summary: "STARTTLS was asked of port 465, which starts with TLS: use implicit TLS on 465 (sSMTP's UseTLS=YES without UseSTARTTLS), or STARTTLS on 587.",
		Source:  "https://pastebin.com/YZQTXK29",
	},
	{
		// Outlook.com's own words in Korean (Microsoft's Q&A page
		// listing them; held-out round 236).
		ID:      "outlookcom-korean-account-blocked",
		Pattern: `계정이 일시적으로 차단되었습니다|계정에서 비정상적인 활동이 있었습니다`,
		Code:    CodeAccountLocked, Confidence: ConfidenceMedium,
		Summary: "Outlook.com says the account is blocked for now (unusual activity): sign in on the web and follow the steps to verify the account.",
		Source:  "https://learn.microsoft.com/ko-kr/answers/questions/4466529/outlook-com",
	},
	{
		ID:      "outlookcom-korean-sending-limits",
		Pattern: `보낼 수 있는 메시지 수 한도에 도달|보낼 수 있는 대상의 수를 제한`,
		Code:    CodeRateLimited, Confidence: ConfidenceMedium,
		Summary: "Outlook.com's limit on messages a day, or on recipients a message, is reached; it passes with time (or with fewer recipients).",
		Source:  "https://learn.microsoft.com/ko-kr/answers/questions/4466529/outlook-com",
	},

	// Exchange Server's own accounts of its transport.
	{
		// Back pressure: the server itself is short of disk or memory and
		// refuses or slows new mail ("Tarpit for ... due to 'Back
		// Pressure'", event 15006 "... the available disk space has
		// dropped below the configured threshold").
		ID:      "exchange-back-pressure",
		Pattern: `\bdue to '?back pressure'?|\bavailable disk space has dropped below the configured threshold\b|\brejecting message submissions because\b`,
		Code:    CodeTemporaryFailure, Confidence: ConfidenceMedium,
		Summary: "The Exchange server is short of its own resources (disk space or memory: back pressure) and refuses or slows new mail until they are freed; the mailbox and the password are not in question. Its administrator must free disk space or memory on the transport server.",
		Source:  "https://itgeeknotes.blogspot.com/2017/03/a-bit-more-about-tarpit-interval-in.html",
	},
	{
		// Exchange's Schannel status in a queue's last error ("451 4.4.0
		// Security status IllegalMessage", "InvalidToken").
		ID:      "exchange-security-status",
		Pattern: `\bsecurity status (illegalmessage|invalidtoken|messagealtered|decryptfailure|unsupportedfunction|incompletemessage)\b`,
		Code:    CodeTLSHandshakeFailed, Confidence: ConfidenceMedium,
		Summary: "The TLS handshake between the two mail servers failed (Windows' Schannel status is quoted): often TLS versions or cipher suites the two sides do not share, or a device in between that alters the session.",
		Source:  "https://learn.microsoft.com/en-us/answers/questions/2114505/o365-to-exchange-2019-on-prem-emails-stuck",
	},
	{
		// Exchange Online's connector validation: "[Message=SubjectMismatch
		// Expected Subject: ...]" (CertificateExpired is
		// exchange-online-remote-tls-certificate's). The same connector's
		// certificate named but not installed, or refused by the other
		// side ("454 4.7.5 The certificate specified in TlsCertificateName
		// of the SendConnector could not be found", "454 4.7.5 certificate
		// validation failure"; held-out round 346): the certificate, not a
		// STARTTLS that is missing.
		ID:      "exchange-connector-certificate",
		Pattern: `\[message=subjectmismatch\b|\b4\.4\.317\b[^\n]{0,80}\bsubjectmismatch\b|\bcertificate specified in tlscertificatename\b[^\n]{0,80}\bcould not be found\b|^\s*454[ -]4\.7\.5 certificate validation failure\b`,
		Code:    CodeTLSCertificate, Confidence: ConfidenceMedium,
		Summary: "The TLS certificate check between the two mail servers failed: a certificate names another subject than the connector expects, the connector names one that is not installed, or one side could not validate the other's. The admin of the server whose certificate failed (the log or the reply says which) installs a valid one and points the connector at it, or fixes the name the connector expects.",
		Source:  "https://learn.microsoft.com/en-us/answers/questions/2116654/exchange-hybrid-connector-validation-from-o365-to",
	},

	// Storage and size.
	{
		// Roundcube's erroroverquota ("Unable to perform operation. No
		// free disk space.") and its translations: the mailbox's quota on
		// the server, as the webmail words it.
		ID:      "no-free-disk-space-webmail",
		Pattern: `\bunable to perform operation\. no free disk space\b|^\s*no free disk space\b|여유 디스크 공간이 없|δεν υπάρχει ελεύθερος χώρος στο δίσκο`,
		Code:    CodeQuotaExceeded, Confidence: ConfidenceMedium,
		Summary: "The mailbox on the server is full (the webmail says there is no free disk space): delete or archive mail, or ask for more space.",
		Source:  "https://github.com/roundcube/roundcubemail/blob/05375b8081638d35c0ec11ee213634e6b32ae9b4/program/localization/el_GR/messages.inc",
	},
	{
		// "Your mailbox is over its size limit" (a university's policy
		// page); a warning's subject line alone ("mail quota warning",
		// mittwald's FAQ), never an IMAP [ALERT] beside a success.
		ID:      "mailbox-over-size-limit",
		Pattern: `\bmailbox (is )?over (its|the|your) (size |storage )?limit\b|^\s*(mail|mailbox|storage) quota warning\b`,
		Code:    CodeQuotaExceeded, Confidence: ConfidenceMedium,
		Summary: "The mailbox is at (or near) its storage limit: delete or archive mail, or ask for more space.",
		Source:  "https://www.rfc-editor.org/rfc/rfc9208#section-4.1",
	},
	{
		// Outlook's "The message store has reached its maximum size.": the
		// local data file (.pst/.ost) is full.
		ID:      "outlook-message-store-full",
		Pattern: `\bthe message store has reached its maximum size\b`,
		Code:    CodeQuotaExceeded, Confidence: ConfidenceMedium,
		Summary: "Outlook's data file for this account (.pst or .ost) is full: delete or archive items, or compact the file. The server may be fine.",
		Source:  "https://knowledgebase.bison.co.in/view_article.php?id=801",
	},
	{
		// "550 [Sniper] Exceeds the limit size of email".
		ID:      "exceeds-limit-size-of-email",
		Pattern: `\bexceeds the (limit|maximum|max) size of (the )?(e-?mail|message|mail)\b`,
		Code:    CodeMessageTooLarge, Confidence: ConfidenceMedium,
		Summary: "The message is bigger than the server takes.",
		Source:  "https://foxydog.tistory.com/69",
	},

	// Connections.
	{
		// node-imap's "Received negative welcome (...)": the greeting was
		// not OK.
		ID:      "negative-welcome",
		Pattern: `\breceived negative welcome\b`,
		Code:    CodeServerUnavailable, Confidence: ConfidenceMedium,
		Summary: "The server refused the connection in its greeting (its words are in brackets): it is failing or not taking connections now.",
		Source:  "https://github.com/mscdex/node-imap/issues/325",
	},
	{
		// nodemailer's ETLS: STARTTLS itself refused ("500 5.0.0 ...:
		// command not understood").
		ID:      "starttls-upgrade-refused",
		Pattern: `\berror upgrading connection with starttls: 50[0-9][ -]`,
		Code:    CodeStartTLSUnavailable, Confidence: ConfidenceMedium,
		Summary: "The server refused the STARTTLS command: it does not offer TLS on this port (or something between rewrote the command).",
		Source:  "https://github.com/nodemailer/nodemailer/issues/694",
	},
	{
		// Windows' WSAEADDRNOTAVAIL in English ("dial tcp x:0: connectex:
		// The requested address is not valid in its context.").
		ID:      "winsock-address-not-valid",
		Pattern: `\bthe requested address is not valid in its context\b`,
		Code:    CodeNetworkUnreachable, Confidence: ConfidenceMedium,
		Summary: "Windows could not use the address or port to connect to (port 0, or an address that is not a server's): check the server and port in the settings.",
		Source:  "https://github.com/muquit/mailsend-go/issues/21",
	},
	{
		// Dovecot's master killing a login process that never reported
		// ready: the server is overloaded or its login service is stuck.
		ID:      "dovecot-login-process-killed",
		Pattern: `\bservice\((imap|pop3|submission|managesieve)-login\): initial status notification not received in \d+ seconds\b`,
		Code:    CodeServerUnavailable, Confidence: ConfidenceMedium,
		Summary: "Dovecot killed a login process that did not start in time: the server is overloaded or its login service is stuck, so connections fail or hang. The mail server's administrator must look.",
		Source:  "https://github.com/docker-mailserver/docker-mailserver/issues/1893",
	},
	{
		// Dovecot dropping a connection whose PROXY header came from an
		// address outside haproxy_trusted_networks ("pop3-login: Warning:
		// haproxy: Client not trusted (rip=::1)", Mailu's front and back
		// ends out of step; held-out round 316). No certificate is meant.
		ID:      "dovecot-haproxy-untrusted",
		Pattern: `\bhaproxy(\(v[12]\))?: client not trusted\b`,
		Code:    CodeProtocolError, Confidence: ConfidenceMedium,
		Summary: "The mail server's front proxy sends Dovecot a PROXY header from an address Dovecot does not trust (haproxy_trusted_networks), so Dovecot drops the connection before any sign-in: the server's administrator must list the proxy's address there, or stop the proxy sending the header. Nothing about the account is at fault.",
		Source:  "https://doc.dovecot.org/2.4.5/core/config/proxy/haproxy.html",
	},
	{
		// Postfix's SMTP client told to use port 465 without wrapper mode.
		ID:      "postfix-wrappermode-required",
		Pattern: `\bsmtps wrappermode \(tcp port 465\) requires setting "?smtp_tls_wrappermode = yes`,
		Code:    CodeTLSWrongMode, Confidence: ConfidenceHigh,
		Summary: "Postfix was pointed at port 465, which starts with TLS, without its wrapper mode: set smtp_tls_wrappermode = yes and smtp_tls_security_level = encrypt for that relay, or use port 587 with STARTTLS.",
		Source:  "https://pastebin.com/z45YBsNU",
	},
	{
		// OpenSSL's "http request" on a TLS port: something spoke HTTP
		// (or other plaintext) where TLS was expected.
		ID:      "openssl-http-request",
		Pattern: `ssl routines:[a-z0-9_]{0,40}:http request\b|ssl_accept\(\) failed: [^\n]{0,60}:http request\b`,
		Code:    CodeTLSWrongMode, Confidence: ConfidenceMedium,
		Summary: "The TLS port got plaintext (an HTTP request) instead of a TLS handshake: a client or a probe spoke the wrong protocol or mode to it.",
		Source:  "https://github.com/Mailu/Mailu/issues/3398",
	},
	{
		// Go's crypto/tls reading a plaintext reply as a record header
		// ("tls: oversized record received with length 20527"): the port
		// speaks plaintext first.
		ID:      "go-tls-oversized-record",
		Pattern: `\btls: oversized record received with length \d{5}\b`,
		Code:    CodeTLSWrongMode, Confidence: ConfidenceMedium,
		Summary: "The program started TLS, and the server answered in plaintext (Go read its first bytes as an impossible TLS record length): the port expects STARTTLS or no TLS, or it is not a mail port.",
		Alternatives: []Alternative{
			alt(CodeConnectionRefused, "Something else answers on that port (a web server or a proxy).", "The port's greeting, read with a plain client, is not a mail server's."),
		},
		Source: "https://github.com/gophish/gophish/issues/527",
	},
	{
		ID:      "socks-connection-failed",
		Pattern: `\bsocks (connection|proxy connection) failed\b|\bsocks[45]?( proxy)?[^\n]{0,20}connection refused\b`,
		Code:    CodeConnectionRefused, Confidence: ConfidenceLow,
		Summary: "The program's SOCKS proxy could not open the connection to the mail server (the proxy refused it, or could not reach the server).",
		Alternatives: []Alternative{
			alt(CodeConnectionTimeout, "The proxy could not reach the mail server in time.", "Without the proxy, the same host and port answer."),
		},
		Source: "https://github.com/thunderbird/thunderbird-android/issues/2938",
	},
	{
		ID:      "socks-version-unsupported",
		Pattern: `\bunsupported socks version\b`,
		Code:    CodeProtocolError, Confidence: ConfidenceMedium,
		Summary: "The program's proxy setting points at something that is not a SOCKS proxy of the version it speaks.",
		Source:  "https://github.com/chatmail/core/issues/3963",
	},
	{
		// The proxy refused the program's own sign-in to the proxy: no
		// word about the mailbox's password.
		ID:      "socks-auth-rejected",
		Pattern: `\b(all )?offered socks5? authentication methods were rejected\b|\bsocks5? (proxy )?authentication failed\b`,
		Code:    CodeUnknown, Confidence: ConfidenceLow,
		Summary: "The SOCKS proxy between the program and the mail server refused the program's sign-in to the proxy: the proxy's user name and password, not the mailbox's, are in question.",
		Source:  "https://github.com/wenfxl/openai-cpa/issues/81",
	},
	{
		// KDE's and Opie's mail libraries: "Host lookup failed.", Delta
		// Chat's "no DNS resolution results for smtp.example.org".
		ID:      "host-lookup-failed",
		Pattern: `^\s*host lookup failed\.?\s*$|\bno dns resolution results for\b`,
		Code:    CodeDNSFailure, Confidence: ConfidenceMedium,
		Summary: "The server's host name could not be looked up.",
		Source:  "https://github.com/chatmail/core/issues/5120",
	},
	{
		ID:      "server-refused-connection-alone",
		Pattern: `^\s*the server refused the connection\.?\s*$`,
		Code:    CodeConnectionRefused, Confidence: ConfidenceMedium,
		Summary: "Nothing accepted the connection on that host and port.",
		Source:  "https://github.com/opieproject/opie/blob/04b2dcd351bdcc3b45fc2f18dd0cb8d4d7c59f96/i18n/de/libmail.ts",
	},
	{
		// Windows' socket errors in German (WSAENETUNREACH,
		// WSAEHOSTUNREACH), as .NET quotes them.
		ID:      "winsock-unreachable-german",
		Pattern: `ein socketvorgang bezog sich auf (ein nicht verfügbares netzwerk|einen nicht verfügbaren host|einen nicht erreichbaren host)`,
		Code:    CodeNetworkUnreachable, Confidence: ConfidenceMedium,
		Summary: "There is no network route to the server (Windows' socket error, in German).",
		Source:  "https://github.com/jstedfast/MailKit/issues/434",
	},
}

// signInRefusedWords is a refusal of the password itself: beside it, a
// server's further words (a limit reached, a line too long) do not take
// the refusal's place.
const signInRefusedWords = `\[authenticationfailed\]|\b5\.7\.8\b|\binvalid (credentials|password)\b|\b(username|user name) and password not accepted\b`
