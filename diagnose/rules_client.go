package diagnose

import (
	"github.com/mailcheck-go/mailcheck/catalog"
	"github.com/mailcheck-go/mailcheck/probe"
)

// clientSlipRules read a client's own account of a conversation that went
// wrong on the client's side of the wire, or of a "yes" the client could
// not use: a positive reply quoted inside the client's failure, a reply
// the client could not parse, a greeting of another protocol, a folder
// the client could not open. Its end holds programs' own words and codes
// for a failure they report without the server's reply (AUTH_FAILED,
// Windows Mail's "settings are out of date", Horde's "not accepting SMTP
// connections") and a few server phrasings that must come before the
// keyword-like tables (a header block too long).
//
// Order (rules.go): after the documented provider tables and before
// policyRules and storeRules. These are exact phrases of client
// libraries, each naming one slip, so they come before the keyword-like
// server wordings that share their words: Python imaplib's "got more
// than 20480 bytes" is its own line limit, not a message size
// (too-large-words), and a positive reply the client quotes in its
// failure ("Expected response code 250 but got code "235"") must be read
// before codeRules' smtp-success says everything worked. Rules that read
// a positive reply carry NoFailure: a client error the text also holds
// says more. A STARTTLS go-ahead followed by a failure is read in
// explain_transport.go (readGoAhead), not here.
var clientSlipRules = []rule{
	// A positive reply, then the client's failure.
	{ID: "positive-reply-out-of-step", Protocols: onlySMTP, Reply: []int{2, 3}, NoFailure: true,
		Pattern: `expected (response )?code "?[0-9]{3}[0-9/, "]*but got (code )?("", with message )?"?[23][0-9]{2}|rejected (ehlo|helo|mail|rcpt|data|auth|starttls) command[^\n]{0,20}response:? ?"?[23][0-9]{2}|invalid greeting[^\n]{0,30}\b2[0-9]{2}\b`,
		Code:    CodeProtocolError, Confidence: ConfidenceMedium,
		Summary: "The client read a positive reply where it expected another one: client and server are out of step (a reply left over from an earlier command, a multi-line reply read as one, pipelining). Not the account or its password.",
		Alternatives: []Alternative{
			alt(CodeUnknown, "An intermittent slip in the client's connection reuse.", "The same message goes through when sent again on a new connection."),
		},
		// Swift Mailer's assertResponseCode ("Expected response code 250
		// but got code "235"", swiftmailer issues 669 and 1300); with an
		// empty code and the positive reply as the message, the client
		// could not even read the code off the line.
		Source: "https://github.com/swiftmailer/swiftmailer/issues/669"},
	{ID: "roundcube-positive-auth-failed", Protocols: onlySMTP, Reply: []int{2}, NoFailure: true,
		Pattern: `\(2[0-9]{2}\)[ :]+[^\n]{0,40}(authenti|autenti)`,
		Code:    CodePlaintextDisallowed, Confidence: ConfidenceMedium,
		Summary: "The sign-in failed with the EHLO reply (250) as the last word: the server offered no AUTH on this connection, usually because it offers AUTH only after STARTTLS and the client did not start TLS.",
		Alternatives: []Alternative{
			alt(CodeMechanismUnsupported, "The port takes no submissions with a password at all (an MX on port 25).", "After STARTTLS the EHLO reply still lists no AUTH."),
		},
		// Roundcube's "SMTP Error (250): Authentication failed" and its
		// translations; its log says "SMTP server does not support
		// authentication" (roundcubemail issues 5688 and 7089, fixed by
		// the tls:// prefix).
		Source: "https://github.com/roundcube/roundcubemail/issues/7089"},

	// A client's own words that the reply came out of step: "expected
	// 354 after sending DATA, got 250", curl's CURLE_WEIRD_SERVER_REPLY
	// ("Weird server reply"), "incomplete response", "response did not
	// start with any of: [2]" (held-out rounds 23, 25, 29); Dovecot
	// imapc's "Unknown tag in a reply: %u %s %s", a tagged reply to no
	// command it sent, whatever the reply says (held-out round 299).
	{ID: "client-reply-out-of-step", Protocols: []Protocol{ProtocolSMTP, ProtocolIMAP, ProtocolPOP3, ""}, NotReply: []int{4, 5},
		Pattern:    `\bexpected [0-9]{3} after sending [a-z]+, got [23][0-9]{2}\b|weird server reply|\bincomplete response\b|response did not start with any of|\bunknown tag in a reply\b`,
		NotPattern: `status=sent|queued as|message accepted|delivered`,
		Code:       CodeProtocolError, Confidence: ConfidenceMedium,
		Summary: "The client got a reply it did not expect at that point (client and server out of step, or a reply cut short): a client or server fault, not the account.",
		Alternatives: []Alternative{
			alt(CodeTLSWrongMode, "The client speaks the wrong TLS mode for the port and reads garbage.", "The same client with the port's other TLS setting works."),
		},
		Source: "https://curl.se/libcurl/c/libcurl-errors.html"},

	// Any other positive reply inside the client's own failure: never a
	// success, but the text does not say what went wrong.
	// The failure the client names after the reply, when it names one: a
	// time-out reading the next reply (held-out round 169), or a TLS
	// handshake that failed after "220 ready to start TLS" (round 169).
	{ID: "positive-reply-then-timeout", Protocols: onlySMTP, Reply: []int{2, 3}, NoFailure: true,
		Pattern: `(unable to read data|error in reading|reading (the )?response|read(ing)? from)[^\n]{0,120}timed? ?out|timed? ?out[^\n]{0,40}(reading|waiting for) (the )?(response|reply)`,
		// A time-out waiting for QUIT's answer after the message was
		// taken is harmless (a reviewer's near miss).
		NotPattern: `status=sent|queued as|message accepted|delivered|\bquit\b`,
		Code:       CodeConnectionTimeout, Confidence: ConfidenceLow,
		Summary: "The server's last reply quoted here was positive, and then the program timed out waiting for the next one: the server (or the network between) stopped answering in the middle of the session.",
		Alternatives: []Alternative{
			alt(CodeTemporaryFailure, "The server was slow for a while (content checks on a large message) and answers again later.", "A smaller message, or a longer time-out in the program, goes through."),
		},
		Source: srcNetFacts},
	{ID: "starttls-accepted-then-tls-failure", Protocols: onlySMTP, Reply: []int{220}, NoFailure: true,
		Pattern:    startTLSThenHandshakeFailure,
		NotPattern: `status=sent|queued as|message accepted|delivered|\b250[ -]`,
		Code:       CodeTLSHandshakeFailed, Confidence: ConfidenceLow,
		Summary: "The server agreed to STARTTLS (220), and then the TLS handshake failed on the program's side: an old TLS library or settings that the server does not accept, or a certificate the program refused.",
		Alternatives: []Alternative{
			alt(CodeTLSCertificate, "The program refused the server's certificate.", "The program's debug log mentions the certificate, or turning off its check (for a test only) lets it connect."),
		},
		Source: srcTLSFacts},
	{ID: "positive-reply-in-failure", Protocols: onlySMTP, Reply: []int{2, 3}, NoFailure: true,
		Pattern: `\b(exception|could not|couldn't|unable to|unexpected)\b|\berror\b[^\n]{0,80}\b[23][0-9]{2}\b`,
		// CodeIgniter logs each server reply at its ERROR level ("ERROR -
		// 2020-11-03 01:42:04 --> 220 smtp.gmail.com ESMTP ...", held-out
		// round 333): such a line alone is the reply, not a failure. The
		// rules read a paste's lines joined by spaces, so "alone" is no
		// further "-->" (the next log line's) up to the end.
		NotPattern: `status=sent|queued as|message accepted|delivered|^\s*error - [0-9]{4}-[0-9]{2}-[0-9]{2} [0-9:]{8} --> [23][0-9]{2}[ -][^>]*$`,
		Code:       CodeUnknown, Confidence: ConfidenceLow,
		Summary: "The text quotes a positive reply, but the client reports a failure after it: the reply is the last thing the server said before the client gave up, and the text does not say why.",
		Alternatives: []Alternative{
			alt(CodeProtocolError, "The client did not expect that reply at that point (client and server out of step).", "The client's debug log shows which command the reply answered."),
		},
		Source: srcRFC5321},

	// Sync and fetch tools' own words for a server that did not greet
	// properly (c-client's "SMTP greeting failure: %.80s", meli's "SMTP
	// Server didn't reply with a 220 greeting", mpop's "cannot get
	// initial OK message from POP3 server"; held-out round 190).
	{ID: "client-no-proper-greeting", NotReply: []int{2, 4, 5},
		Pattern: `\bgreeting failure\b|(didn't|did not) reply with a 220 greeting|cannot get (the )?initial ok message`,
		Code:    CodeServerUnavailable, Confidence: ConfidenceLow,
		Summary: "The server did not greet the program as a mail server should: it is not serving on this port now, or another service answers there. The server's own reply, when the program shows it, says which.",
		Alternatives: []Alternative{
			altWrongMode,
			alt(CodeProtocolError, "The server greets in a way the program cannot read.", "Another program talks to the same server and port."),
		},
		Source: srcRFC5321},
	// The program could not read the server's answer: a challenge it
	// could not decode, a server that is not the IMAP it expects (mpop,
	// meli, offlineimap, Evolution's Portuguese; held-out rounds 186 and
	// 190). An empty reply stays msmtp-empty-reply's.
	{ID: "client-unreadable-reply",
		Pattern: `\bserver sent (an )?invalid challenge\b|\bnot imap4rev1 compliant\b|falha ao ler uma saudação válida|did not provide valid capability|did not understand a message from|неправильный формат ответа сервера|서버에서 잘못된 응답을 보냄`,
		Code:    CodeProtocolError, Confidence: ConfidenceMedium,
		Summary: "The program could not read what the server answered (an empty reply, a challenge it could not decode, capabilities it did not expect): a fault between the program and this server, not the account or its password.",
		Alternatives: []Alternative{
			altWrongMode,
		},
		Source: srcRFC3501},
	// meli's "STARTTLS failed. Server port is set to 993, which normally
	// uses TLS. Maybe try disabling use_starttls." (held-out round 190).
	{ID: "starttls-on-implicit-tls-port-words",
		Pattern: `\bport is set to (993|995|465)\b[^\n]{0,60}\b(normally )?uses tls\b`,
		Code:    CodeTLSWrongMode, Confidence: ConfidenceMedium,
		Summary: "The program tried STARTTLS on a port that speaks TLS from the first byte (993, 995, 465): turn STARTTLS off and use TLS from the start on that port, or use the port for STARTTLS (143, 110, 587).",
		Source:  "https://www.rfc-editor.org/rfc/rfc8314#section-3"},
	// An HTTP mail API (Mailgun, SendGrid, Graph through a mailer
	// transport) answered 401 Unauthorized or Forbidden: the API key or
	// token was not accepted (held-out rounds 125 and 172: 3 of 3 labels).
	// A 401 whose words name an address not on the account's list
	// (Brevo's "unrecognised IP address") is that block.
	{ID: "http-api-401", NotPattern: `ip address|unrecogni[sz]ed ip|authori[sz]ed_?ips|not allowed from`, Pattern: `\b401\b[^\n]{0,40}\b(forbidden|unauthori[sz]ed)\b|\b(forbidden|unauthori[sz]ed)\b[^\n]{0,30}\b(code|status|error)[ :=(]*401\b`,
		Code: CodeInvalidCredentials, Confidence: ConfidenceLow,
		Summary: "The mail service's web API refused the request as unauthorised (HTTP 401): the API key or token the program uses is wrong, revoked, or for another region or domain.",
		Alternatives: []Alternative{
			alt(CodeSenderNotPermitted, "The key is valid but may not send for this domain or address.", "The provider's dashboard lists the key without sending rights for this domain."),
		},
		Source: "https://www.rfc-editor.org/rfc/rfc9110#name-401-unauthorized"},
	// c-client's "Can't do secure authentication with this server" (PHP's
	// imap_open with /secure; held-out round 173): the server offers no
	// mechanism that keeps the password off the wire, so no sign-in is
	// tried.
	{ID: "cclient-no-secure-mechanism", Pattern: `can't do secure authentication with this server`,
		Code: CodeMechanismUnsupported, Confidence: ConfidenceMedium,
		Summary: "The program was told to sign in only with a challenge-response mechanism (PHP imap_open's /secure), and the server offers none: drop /secure and connect over TLS (port 993 with /ssl), which protects the password instead.",
		Source:  "https://www.php.net/manual/en/function.imap-open.php"},
	// A program's own step summary that each step went through
	// ("SMTP CONNECT+STARTTLS+AUTH: OK", maddy's "submission: RCPT ok";
	// held-out rounds 170 and 173), with no failure word anywhere.
	// Never with a refusal's code, a BYE or -ERR, or a cause's words
	// anywhere in the text (a reviewer's near misses: "connect: ok" then
	// "auth: 535 ...").
	{ID: "client-steps-ok", NotReply: []int{4, 5}, NoFailure: true,
		Pattern: `\b(connect|starttls|auth|login|rcpt|mail from|data)(\+(connect|starttls|auth|login))*:? ok\b`,
		// Nor with a step's refusal in other words ("Login OK. IMAP is not
		// enabled for this account."; a reviewer's find).
		NotPattern: `fail|\berror:|denied|refus|reject|invalid|timed out|not ok|unable|could not|couldn't|\bbye\b|-err\b|\b[45][0-9]{2}\b|[45]\.[0-9]{1,3}\.[0-9]{1,3}|blocked|suspend|\bfull\b|limit|exceed|greylist|try (again|later)|unknown|not found|not (allowed|enabled|permitted|supported|available)|disabled|does ?n[o']t exist|not exist|expired|locked|quota|\bbut\b|however`,
		Code:       CodeOK, Confidence: ConfidenceLow,
		Summary: "The program reports that each step it names went through: nothing here failed.",
		Source:  srcRFC5321},
	// A success, then advice in the conditional about what a wrong
	// password would do ("Test successful. If your credentials are not
	// correct, you will see an error here."; "Test erfolgreich. Falls Ihre
	// Anmeldedaten nicht korrekt sind, ..."; a fresh reviewer's find): the
	// condition is no refusal. Only when the success is the first sentence
	// and no server reply or refusal is pasted beside it.
	{ID: "success-then-conditional-advice", NoReply: true,
		// The success is the first sentence, the advice the last, with
		// nothing after it (a failure pasted below makes more sentences);
		// "passed" is left out ("Sending limit passed!"), and a colon in
		// the advice is a failure's reason ("Si è verificato un errore
		// ...: password non valida"). A fresh reviewer's finds.
		Pattern: `^\s*([^\n.!:]|\.[^\s]){0,60}\b(successful(ly)?|succeeded|erfolgreich|réussie?|exitos[ao]|riuscit[ao]|bem-sucedid[ao]|geslaagd|gelukt|udany|udał[ao]?)[.!:]\s+(if|falls|wenn|si|se|als|jeśli|jeżeli)\b[^.!?:\n]*[.!?]?\s*$`,
		// Nor a success denied ("Login not successful. If ...", "Accesso
		// non riuscito. Se ...", "La connexion n'a pas réussi. Si ..."), nor
		// a reflexive "si"/"se" that reports an error.
		NotPattern: `\b[45][0-9]{2}[ -]|-err\b|\bno \[|\bbye\b|denied|refused|rejected|timed out|abgelehnt|refusé|rechazad|rifiutat|recusad|` +
			`\b(not|nicht|non|não|nao|niet|no|nie|kein[a-z]*)\b[^.!\n]{0,20}(successful|succeeded|erfolgreich|réussi|riuscit|bem-sucedid|geslaagd|gelukt|exitos|udany|udał)|n'a pas|\bunsuccessful|si è verificat|se produjo|se produziu|se ha producido|als nächstes`,
		Code: CodeOK, Confidence: ConfidenceLow,
		Summary: "The program reports that its test passed; what follows is advice about what a wrong setting would do, not a failure.",
		Source:  srcRFC5321},
	// Programs' own words for a TLS session that came up and a
	// certificate that verified, with nothing failing (held-out round
	// 253): openssl s_client's chain with every "verify return:1", curl's
	// "SSL certificate verify ok.", swaks's "=== TLS started with cipher".
	// Never beside a failed check or a refusal ("verify return:0",
	// "verify error", an alert); a server reply in the paste decides
	// instead.
	{ID: "tls-verified-words", NoReply: true, NoFailure: true,
		// OpenSMTPD's "smtp-in: session x: TLS started version=TLSv1.2"
		// (held-out round 254).
		Pattern:    `\bdepth=0 [^\n]{1,300}?\bverify return:1\b|\bssl certificate verify ok\b|(^|\s)(=== )?tls started (with cipher|version=)`,
		NotPattern: tlsSuccessSpoilers,
		Code:       CodeOK, Confidence: ConfidenceLow,
		Summary: "The program's output says the TLS session came up and the server's certificate verified: nothing here failed.",
		Alternatives: []Alternative{
			alt(CodeUnknown, "The failure comes later in the session (the sign-in, the sending), in lines not pasted here.", "The program's output goes on past the TLS lines."),
		},
		Source: "https://docs.openssl.org/master/man1/openssl-s_client/"},
	// Nodemailer's transporter.verify() success, as its documentation's
	// callback prints it ("Server is ready to take our messages"), and
	// apps' "verified email host" (held-out round 253).
	{ID: "smtp-verify-ready", Protocols: []Protocol{ProtocolSMTP, ""}, NoReply: true, NoFailure: true,
		Pattern:    `^\s*server is ready to take (our|your) messages\b|\bverified (the )?(e-?mail|smtp) (host|server)\b`,
		NotPattern: `fail|error|denied|refus|reject|invalid|not |unable|could ?n[o']t|timed? ?out|\bbut\b`,
		Code:       CodeOK, Confidence: ConfidenceLow,
		Summary: "The program's connection check (Nodemailer's verify) passed: the server answered and took the sign-in. Sending itself is not yet tested.",
		Alternatives: []Alternative{
			alt(CodeUnknown, "The check passes but sending fails later (the sender address or a recipient is refused).", "The send call's own error names a refusal."),
		},
		Source: "https://nodemailer.com/smtp/#verify-smtp-connection-configuration"},
	// A mail program's own log of a delivery that completed (Mailman's
	// smtp.log "smtp to list@x for 1 recips, completed in 0.74 seconds")
	// and of a connection that opened (Postal's "Connected to
	// 74.125.200.27:25 (ASPMX.L.GOOGLE.COM)"; held-out rounds 255-256).
	// Rauthy's connection test "... SMTP connection opened" (held-out
	// round 288) too.
	{ID: "program-log-delivered-or-connected", NoReply: true, NoFailure: true,
		Pattern:    `\bfor [0-9]+ recips?, completed in\b|^\s*connected to [0-9a-f.:\[\]]+:[0-9]{2,5}( \([a-z0-9.-]+\))?\s*$|\b(smtp|imap|pop3?) connection opened( to [^\s]+)?\s*$`,
		NotPattern: programLogFailureWords + `|\b(bye|no)\b`,
		Code:       CodeOK, Confidence: ConfidenceLow,
		Summary: "The program's log shows the step went through (the connection opened, or the delivery completed): nothing here failed.",
		Source:  "https://docs.mailman3.org/projects/mailman/en/latest/src/mailman/runners/docs/outgoing.html"},
	// Mail moved as it should: imapsync's per-message "msg F/N {size}
	// copied to F/N", fetchmail's "reading message a@b:1 of 1 (1801 bytes)
	// . deleted" (held-out round 251).
	{ID: "message-copied-or-fetched", NotReply: []int{4, 5}, NoFailure: true,
		Pattern:    `(^|\s)msg [^\n]{1,200}\bcopied to [^\s]|\breading message [^\n]{1,200}\([0-9]+ (header octets|octets|bytes)\)[^\n]{0,80}(\. |\.\s*$| )(deleted|flushed|not flushed)\b`,
		NotPattern: programLogFailureWords + `|\b(no|bad|bye)\b`,
		Code:       CodeOK, Confidence: ConfidenceLow,
		Summary: "The log shows messages being copied or fetched: the sign-in and the folder worked.",
		Source:  "https://imapsync.lamiral.info/README"},
	// Sync tools' own progress and summary lines (held-out round 290):
	// imapsync's "Host1: state Authenticated" and its quota report ("Host2:
	// Quota current storage is N bytes. Limit is N bytes. So 0.08 % full"),
	// fetchmail's "1 message for user at host (folder x).", mbsync's end
	// summary "Channels: 1 Boxes: 6 Far: +0 *0 #0 -0 Near: +1 ...". A quota
	// report of a mailbox at 90 % or more is left to the quota rules.
	{ID: "sync-tool-progress-ok", NotReply: []int{4, 5}, NoFailure: true,
		// Never beside a folder that is missing, a warning or a non-zero
		// exit (a fresh reviewer's finds), nor a quota report without its
		// "So N % full".
		Pattern: `\bhost[12]: state authenticated\b|\bquota current storage is [0-9]+ bytes\. limit is [0-9]+ bytes\. so [0-9.]+ % full\b|` +
			`^\s*(fetchmail(\[[0-9]+\])?: )?[0-9]+ messages? (\([0-9]+ seen\) )?for [^\s]+ at [^\s]+ \((folder [^\n)]+|[0-9]+ octets)\)\.?\s*$|\bchannels: [0-9]+ +boxes: [0-9]+ +far: [+*#-]`,
		NotPattern: programLogFailureWords + `|\b(no|bad|bye)\b|so (9[0-9]|[1-9][0-9]{2,})(\.[0-9]+)? % full|does ?n[o']t exist|not found|could ?n[o']t|not copied|exited with status [1-9]|warning|lost track`,
		Code:       CodeOK, Confidence: ConfidenceLow,
		Summary: "The sync tool's own progress line: the sign-in worked and the mailbox answered. Nothing here failed.",
		Source:  "https://imapsync.lamiral.info/README"},
	// Filters and test tools saying a message or a client passed
	// (held-out rounds 304-305): policyd-spf's "Received-SPF: Pass",
	// postscreen's "PASS OLD" / "PASS NEW", postgrey's "action=pass",
	// spamd's and spampd's "clean message", OpenDKIM's "DKIM verification
	// successful", rspamd's "(no action)", testsaslauthd's "0: OK
	// "Success."", Dovecot's "Master user logging in as", exim -bt's
	// route, abuse.net's "no relays accepted", Simple Java Mail's
	// "connection probe: SUCCESS".
	{ID: "filter-or-tool-passed", NotReply: []int{4, 5}, NoFailure: true,
		Pattern:    `\breceived-spf: pass\b|\bpostscreen\[[0-9]+\]: pass (old|new)\b|\baction=pass, reason=|\bclean message\b[^\n]{0,80}\bin [0-9.]+ ?s(econds)?\b|\bdkim verification successful\b|\(no action\): \[[0-9.-]+/[0-9.]+\]|^\s*0: ok "success\."\s*$|\bmaster user logging in as\b|\brouter = [a-z_]+, transport = [a-z_]+|\ball tests performed, no relays accepted\b|\bconnection probe: success\b`,
		NotPattern: `\b(reject|rejected|softfail|fail(ed|ure)?|tempfail|permerror|temperror|bounced|deferred|undeliverable|refused|denied|error|bad|mismatch)\b|\bspam (detected|found)\b`,
		Code:       CodeOK, Confidence: ConfidenceLow,
		Summary: "A filter's or a test tool's own line that the message or the client passed its check: nothing failed here; if mail is still missing, the next line of the log says where.",
		Source:  "https://www.postfix.org/POSTSCREEN_README.html"},
	// isync's "Warning: SASL reported failure despite successful IMAP
	// authentication. Ignoring..." and Dovecot imapc's "Connected to
	// %s:%u (local %s:%u)" (held-out round 299, its format string as the
	// source has it; in a log too, a fresh reviewer's find): the sign-in,
	// or the connection, worked; imapsync's own --minsize skip is no
	// failure either.
	{ID: "sync-tool-connected-ok", NotReply: []int{4, 5}, NoFailure: true,
		Pattern:    `\bskipped \([0-9]+ smaller than minsize limit [0-9]+ bytes\)|\bsasl reported failure despite successful (imap |smtp |pop3 )?authentication\b|(^\s*|\bimapc\([^)\n]*\): )connected to [^\s]+:([0-9]{1,5}|%u) \(local [^\s)]+:([0-9]{1,5}|%u)\)`,
		NotPattern: `\b(no|bad|bye)\b|refused|timed? ?out|\berror\b|denied|invalid|\bfailed\b|authenticationfailed|\bfatal\b`,
		Code:       CodeOK, Confidence: ConfidenceLow,
		Summary: "A sync tool's own line that the sign-in or the connection worked (a warning it ignores is no failure); look further in its log for what failed, if anything did.",
		Source:  "https://github.com/dovecot/core/blob/main/src/lib-imap-client/imapc-connection.c"},
	// imapsync's own --maxsize option: "msg INBOX/5 skipped (1058314
	// exceeds maxsize limit 1000000 bytes)" (held-out round 299). The
	// server refused nothing.
	{ID: "sync-tool-maxsize-skipped", NotReply: []int{4, 5},
		Pattern: `\bskipped \([0-9]+ exceeds maxsize limit [0-9]+ bytes\)`,
		Code:    CodeMessageTooLarge, Confidence: ConfidenceMedium,
		Summary: "The sync tool skipped a message bigger than its own size limit (imapsync's --maxsize): the server refused nothing. Raise or drop the option to copy the message.",
		Source:  "https://imapsync.lamiral.info/README"},
	// Mail servers' own log of a sign-in or a message taken (held-out
	// round 292): Cyrus's "cyrus/imapd[pid]: login: host[ip] user
	// mechanism", and Sophos UTM's Exim "... Accepted: from relay".
	{ID: "server-log-login-or-accepted", NotReply: []int{4, 5}, NoFailure: true,
		// Cyrus names its services imap, imaps, pop3 and pop3s too, puts a
		// space before "[ip]" in newer versions, and adds "+TLS" and a
		// SESSIONID (a fresh reviewer's finds); the UTM's Exim is exim-in.
		Pattern:    `\bcyrus/(imapd?|imaps|pop3d?|pop3s|lmtpd)\[[0-9]+\]: login: [^\s]+ ?\[[0-9a-f.:]+\] [^\s]+ [a-z0-9+-]+( user logged in)?( sessionid=<[^>]*>)?\s*$|\bexim(-in|-out)?\[[0-9]+\]:[^\n]{0,200}\baccepted: from relay\b[^\n]{0,40}$`,
		NotPattern: programLogFailureWords + `|\b(no|bad|bye|not)\b`,
		Code:       CodeOK, Confidence: ConfidenceLow,
		Summary: "The mail server's log shows a sign-in that worked, or a message it took: nothing here failed.",
		Source:  "https://www.cyrusimap.org/imap/reference/manpages/systemcommands/imapd.html"},
	// A sign-in challenge the client did not expect.
	{ID: "unexpected-auth-challenge", Protocols: onlySMTP,
		Pattern: `unexpected server (response|challenge):? ?"?(username|password|user ?name)|unk?n?own (smtp )?fromserver|invalid response: (vxnlcm5hbwu6|ugfzc3dvcmq6)`,
		Code:    CodeProtocolError, Confidence: ConfidenceMedium,
		Summary: "The client's LOGIN code got a server prompt it did not recognise (a lower-case \"username:\", another mechanism's challenge) and gave up: a client quirk, not yet a refused password.",
		Alternatives: []Alternative{
			alt(CodeMechanismUnsupported, "Another mechanism (PLAIN) avoids the prompt.", "The same login works with AUTH PLAIN or another client."),
			alt(CodeInvalidCredentials, "The server's prompt was a refusal the client misread.", "Another client with the same password is refused too."),
		},
		// Go LOGIN auth snippets return "unknown fromServer" for any
		// prompt but "Username:" and "Password:" (listmonk issue 2181).
		Source: "https://github.com/knadh/listmonk/issues/2181"},

	// A command that needs a selected folder, sent without one: often
	// the SELECT before it failed and the client went on regardless.
	// imaplib's "command LOGIN illegal in state AUTH, only allowed in
	// states NONAUTH": a second sign-in on a connection already signed in
	// (a reviewer's find: read as a folder command without a folder).
	{ID: "login-when-signed-in", Situation: "program-misstep", Protocols: onlyIMAP,
		Pattern: `\b(login|authenticate) illegal in state (auth|selected)\b`,
		Code:    CodeProtocolError, Confidence: ConfidenceMedium,
		Summary: "The program sent a sign-in (LOGIN or AUTHENTICATE) on a connection that was already signed in: a fault in the program, which reuses a connection or signs in twice. The password is not in question; the first sign-in on that connection worked.",
		Source:  "https://github.com/python/cpython/blob/main/Lib/imaplib.py"},
	{ID: "command-without-selected-folder", Situation: "program-misstep", Protocols: onlyIMAP,
		Pattern: `illegal in state auth|no mailbox (is )?(currently )?selected`,
		Code:    CodeProtocolError, Confidence: ConfidenceMedium,
		Summary: "The client sent a command that needs a selected folder (SEARCH, FETCH) while none was selected: a client bug, or a SELECT just before it that failed and was ignored.",
		Alternatives: []Alternative{
			alt(CodeMailboxMissing, "The folder the client tried to select does not exist, and the client went on without it.", "The reply to the SELECT just before says NO [NONEXISTENT] or \"Mailbox doesn't exist\"."),
		},
		Source: srcRFC3501},

	// Exchange's numbered answers to a command it could not parse: IMAP
	// "BAD Command Error. 10", "BAD Command Argument Error. 11", POP3
	// "-ERR Protocol error. 19" (an IMAP client on the POP3 port; held-out
	// rounds 34, 37).
	{ID: "exchange-numbered-protocol-error", Protocols: []Protocol{ProtocolIMAP, ProtocolPOP3, ""},
		Pattern: `\b(command (argument )?error|protocol error)\. [0-9]{1,2}\b`,
		Code:    CodeProtocolError, Confidence: ConfidenceMedium,
		Summary: "Exchange could not parse a command the program sent (its number is Exchange's internal reason): a program that does not speak this protocol as Exchange expects, or a client of another protocol on this port (an IMAP client on the POP3 port).",
		Alternatives: []Alternative{
			alt(CodeMessageTooLarge, "At APPEND, Exchange answers an over-size message this way too.", "Only large messages fail."),
		},
		Source: "https://learn.microsoft.com/en-us/exchange/clients/pop3-and-imap4/pop3-and-imap4"},

	// A POP3 server that did not know the command ("-ERR bad command",
	// Gmail's answer to UTF8; held-out round 42).
	{ID: "pop3-command-unknown", Protocols: onlyPOP3, Status: []string{"-ERR"},
		Pattern: `(^|\s)-err ((bad|unknown|invalid|unrecogni[sz]ed|unsupported) command|command not (recogni[sz]ed|supported|implemented))\b`,
		Code:    CodeProtocolError, Confidence: ConfidenceMedium,
		Summary: "The POP3 server did not know a command the program sent (an extension it does not offer, or a command out of order): a client and server mismatch, not the account.",
		Alternatives: []Alternative{
			alt(CodeTLSWrongMode, "The program spoke TLS or another protocol on this port.", "The same program with the port's other security setting connects."),
		},
		Source: "https://www.rfc-editor.org/rfc/rfc1939"},
	// Thunderbird: "The POP3 mail server (x) does not support UIDL or XTND
	// XLST, which are required to implement the ``Leave on Server'',
	// ``Maximum Message Size'' or ``Fetch Headers Only'' options"
	// (held-out round 38): the server lacks a command; the option names
	// are no message size.
	{ID: "pop3-no-uidl", Pattern: `does not support uidl`,
		Code: CodeProtocolError, Confidence: ConfidenceMedium,
		Summary: "The POP3 server does not offer UIDL, which the client needs for \"Leave messages on server\" and similar options: switch those options off, or use IMAP.",
		Source:  "https://www.rfc-editor.org/rfc/rfc1939#page-12"},

	// Replies the client could not parse.
	{ID: "client-line-limit", Situation: "program-misstep", Pattern: `got more than [0-9]+ bytes`,
		Code: CodeProtocolError, Confidence: ConfidenceHigh,
		Summary: "The client library stopped at its own line-length limit (Python imaplib's _MAXLINE): a reply such as a long SEARCH result was longer than the library accepts. Not the message size and not the account.",
		Source:  "https://github.com/python/cpython/blob/main/Lib/imaplib.py"},
	// listmonk's POP3 reader: "unknown response. Neither -ERR, nor +OK"
	// (held-out round 113).
	// Evolution's "SASL Protocol error" (a sign-in exchange it could not
	// follow; held-out round 117),
	// Evolution's "Failed to read a valid greeting from POP server" and
	// KMail's "Server does not respond properly" (held-out round 117).
	// Fetchers' words for a reply that broke the protocol: Delta Chat's
	// "No UIDVALIDITY", OfflineIMAP's "did not return a valid UID", dart's
	// "Expected */+/TAG, but got", php-imap's "unexpected characters at end
	// of parameters" (held-out round 118).
	{ID: "client-parse-failed", Pattern: `\bsasl protocol error\b|neither -err,? nor \+ok|failed to read a valid greeting|server does not respond properly|\bno uidvalidity\b|did not return a valid uid|expected \*/\+/tag|unexpected characters at end of (parameters|line|response)|invalid message sequence number|is not valid mutf-?7|invalid response: [^\n]{0,40}\(|(could not|couldn't|unable to|failed to) parse (the )?(server'?s? )?(status )?(response|reply)`,
		Code: CodeProtocolError, Confidence: ConfidenceMedium,
		Summary: "The client and the server disagree on the protocol's syntax: one side sent something the other could not parse (an unbalanced parenthesis, a bad sequence set, a folder name that is not modified UTF-7).",
		Source:  srcRFC3501},
	{ID: "other-protocol-greeting",
		Pattern:    `did not respond with a \+ response|(error|invalid greeting[^\n]{0,20}|short response)[ :.=]*\* ok [^\n]{0,200}\bimap|bad response type "?e?smtp\b`,
		NotPattern: `response was: "?-err`,
		Code:       CodeProtocolError, Confidence: ConfidenceMedium,
		Summary: "The client got an answer in another protocol or with bytes it did not expect (an IMAP greeting on a port it took for POP3 or SMTP, an SMTP greeting on a port it took for IMAP): the host or port is the wrong one for this protocol.",
		Alternatives: []Alternative{
			alt(CodeTLSWrongMode, "The port expects TLS from the first byte, or the client started TLS where the server did not.", "The reply holds stray bytes (\\u0017\\u0003) before the server's words."),
		},
		// OpenPop's PopServerException; nodemailer's "Invalid greeting";
		// Go net/textproto's "short response: * OK [CAPABILITY IMAP4rev1
		// ...]" (an SMTP client on Dovecot's IMAP port); Ruby Net::IMAP's
		// 'bad response type "ESMTP"' (an IMAP client on an SMTP port;
		// held-out round 32).
		Source: "https://github.com/foens/hpop/blob/master/OpenPop/Pop3/Pop3Client.cs"},

	// A folder the client could not open or create.
	{ID: "folder-change-failed", Protocols: mailbox,
		Pattern: `cannot change folder|cannot copy message, does the folder exist|failed to autocreate mailbox`,
		Code:    CodeMailboxMissing, Confidence: ConfidenceMedium,
		Summary: "The client could not open (or the server could not create) the folder it was set to use: the name, its path separator or its prefix is wrong, or the folder was never created.",
		Alternatives: []Alternative{
			alt(CodeUnknown, "The server cannot write its mail store (file permissions).", "The server's own log names a permission error."),
		},
		// laminas-mail's "cannot change folder, maybe it does not exist";
		// Dovecot's "Failed to autocreate mailbox".
		Source: "https://github.com/laminas/laminas-mail/blob/master/src/Storage/Imap.php"},
	// A client that cannot find its sent, drafts or trash folder (Nylas's
	// "Can't find sent folder - could not save message to sent folder";
	// held-out round 292), also when it says so after sending; unless a
	// cause is named beside it (a refused sign-in, a time-out, a full
	// mailbox, the server going away; a fresh reviewer's finds).
	{ID: "client-special-folder-missing",
		Pattern:    `(can'?t|cannot|could ?n[o']t|unable to) (find|locate) (the )?['"‘“]?(sent( items| mail| messages)?|drafts?|trash|deleted items|junk( e-?mail)?|spam|archive)['"’”]? (folder|mailbox)`,
		NotPattern: `authenticat|log ?in|password|credential|\bbye\b|timed? ?out|quota|over ?quota|\bfull\b|refused|unreachable|certificat|\bssl\b|\btls\b|\b[45][0-9]{2}\b`,
		Code:       CodeMailboxMissing, Confidence: ConfidenceMedium,
		Summary: "The program could not find the folder it keeps sent mail (or drafts, or deleted mail) in: the folder has another name at this provider (\"Sent Items\", \"[Gmail]/Sent Mail\"), or does not exist yet. Choose the folder in the account's settings, or create it.",
		Alternatives: []Alternative{
			alt(CodeUnknown, "The folder list could not be read at all (the sign-in or the connection failed first).", "The program's log shows an error before this one."),
		},
		Source: "https://www.rfc-editor.org/rfc/rfc6154"},
	// mbsync's "far side box X cannot be opened" (older: "master X cannot
	// be opened"; held-out round 49) (the server's folder is
	// gone; held-out round 34), unless the failure printed before it (a
	// timeout, a refused login, a local permission) is the cause.
	{ID: "mbsync-box-cannot-be-opened", Protocols: mailbox,
		Pattern:    `(far side|master)( box)? [^\n]{1,100} cannot be opened`,
		NotPattern: `timed? ?out|refused|unreachable|getaddrinfo|authenticat|login|permission denied|certificate|socket error`,
		Code:       CodeMailboxMissing, Confidence: ConfidenceMedium,
		Summary: "The folder mbsync was set to sync does not exist on the server (it was deleted or renamed there); create it again, or remove it from the channel's Patterns.",
		Source:  "https://isync.sourceforge.io/mbsync.html"},

	// The message, not the account: its header lines break RFC 5322.
	// Gmail words its header refusals as spam policy ("... not RFC 5322
	// compliant ... To reduce the amount of spam sent to Gmail, this
	// message has been blocked"): blind labels say policy_blocked four
	// times (held-out rounds 30 and 61), protocol_error once (round 37).
	{ID: "gmail-header-policy", Protocols: onlySMTP,
		Pattern: `(rfc ?(5322|2822) compliant|valid message-id|header)(.|\n){0,200}to reduce the amount of spam`,
		Code:    CodePolicyBlocked, Confidence: ConfidenceMedium,
		Summary: "Gmail refused the message under its spam policy because its header lines break RFC 5322 (a missing Message-ID, a header given twice): the program that builds the message must fix them; the account and the password are fine.",
		Alternatives: []Alternative{
			alt(CodeProtocolError, "The header fault itself is the program's bug, whoever refuses it.", "Another receiver takes the same message, or refuses it for the same header."),
		},
		Source: "https://support.google.com/mail/?p=RfcMessageNonCompliant"},
	// An IMAP server refuses an APPEND the same way ("NO Message contains
	// invalid header", imapsync's FAQ; held-out round 92).
	// An envelope address the program built wrongly: "501 <>: missing or
	// malformed local part" (an empty RCPT TO), Postfix's "status=bounced
	// (bad address syntax)" for a mail(1) option taken as an address
	// (held-out round 105). The program's fault, not the recipient's.
	{ID: "envelope-address-malformed", Protocols: []Protocol{ProtocolSMTP, ""}, Phase: catalog.PhaseDelivery,
		NotReply: []int{2},
		Pattern:  `<[^>\n]{0,200}>: missing or malformed local part|\(bad address syntax\)`,
		Code:     CodeProtocolError, Confidence: ConfidenceMedium,
		Summary: "The program sent an address the server cannot parse (empty, or not an address at all): check how the application fills in the sender and recipient addresses.",
		Alternatives: []Alternative{
			alt(CodeRecipientUnknown, "The address was typed wrongly by a person.", "The address shown in the refusal is a typo of a real one."),
		},
		Source: srcRFC5321},
	{ID: "message-header-malformed", Protocols: []Protocol{ProtocolSMTP, ProtocolIMAP, ""}, Phase: catalog.PhaseDelivery,
		// A 250 that says the headers were checked is no refusal.
		NotReply: []int{2},
		Pattern: `headers? (are|is) not rfc compliant|\bheader error\b|\bbad header\b|header (field )?(is )?(missing|invalid|malformed)|missing required header|follow rfc ?5322|not rfc ?(5322|2822) compliant|(missing|malformed|invalid|duplicate) [a-z"'-]{0,20} ?header\b|missing (start|end) boundary|invalid mime content|` +
			// Exim's "550 header syntax" (verify = header_syntax; held-out
			// round 88), "550 Messages should have one or no Subject headers,
			// not 2.", "550 MIME boundary length exceeded (see RFC 2046)."
			// (round 87).
			`\bheader syntax\b|should have one or no [a-z-]+ headers?|mime boundary (length exceeded|(is )?too long)|` +
			// ZeptoMail's "5.2.1 Subject is Mandatory." (held-out round 105).
			`\bsubject (is |field is |header is )?(mandatory|required|missing)\b`,
		Code: CodeProtocolError, Confidence: ConfidenceMedium,
		Summary: "The receiving server refused the message because a header line or its MIME structure is missing or malformed (RFC 5322, RFC 2046): the application builds the message wrongly, not the account.",
		Alternatives: []Alternative{
			alt(CodeSenderNotPermitted, "The From header does not name the signed-in account in the form the server wants (QQ Mail refuses a From it cannot match to the login).", "A From of exactly the account's address, without an encoded display name, goes through."),
			alt(CodePolicyBlocked, "The receiving side's filter applies its own header policy.", "Messages from another client with the same headers are refused too."),
		},
		Source: "https://www.rfc-editor.org/rfc/rfc5322#section-3.6"},
	// Programs' own names for a refusal, shown without the server's
	// words: a form builder's SMTP test "AUTH_FAILED", YetiForce's
	// "ERR_INCORRECT_ACCESS_DATA", imapsync's "ERR_APPEND_SIZE" summary,
	// a bare "SSL_ERROR" (held-out rounds 112 and 113).
	{ID: "client-code-auth-failed", Pattern: `(^|\s)(auth_failed|err_incorrect_access_data)([^a-z_=]|$)`,
		Code: CodeInvalidCredentials, Confidence: ConfidenceMedium,
		Summary: "The program reports, in its own code, that the server refused the sign-in: the user name or password (or the kind of password the provider wants) is wrong.",
		Alternatives: []Alternative{
			alt(CodeAppPasswordRequired, "The provider takes only an app password or OAuth from programs.", "The provider's settings page asks for an app password for mail programs."),
		},
		Source: srcRFC4954},
	{ID: "client-code-append-size", Pattern: `\berr_append_size\b`,
		Code: CodeMessageTooLarge, Confidence: ConfidenceMedium,
		Summary: "The program reports that the destination server refused to store messages as too large.",
		Source:  "https://www.rfc-editor.org/rfc/rfc7889"},
	{ID: "client-code-ssl-error", Pattern: `^ssl_error$`,
		Code: CodeTLSHandshakeFailed, Confidence: ConfidenceLow,
		Summary: "The program reports a TLS (SSL) failure and says no more: most often the port and the security setting do not match, or the server's certificate was refused.",
		Alternatives: []Alternative{
			alt(CodeTLSWrongMode, "The port and the security setting do not match (465 wants SSL/TLS, 587 STARTTLS).", "The other setting for the port works."),
			alt(CodeTLSCertificate, "The server's certificate was refused.", "The program's log names the certificate."),
		},
		Source: srcTLSFacts},
	// IO::Socket::SSL's "local error: SSL read error" / "SSL write error"
	// in the middle of a session (imapsync against Exchange; held-out
	// round 113): the TLS connection broke after it worked, which a rerun
	// gets past; no handshake was failing.
	{ID: "tls-read-write-error-midway", Pattern: `\bssl (read|write) error\b`, Stages: []probe.Stage{probe.StageMailbox, probe.StageEnvelope, probe.StageData},
		Code: CodeTemporaryFailure, Confidence: ConfidenceLow,
		Summary: "The encrypted connection broke in the middle of the session (an SSL read or write error after it had worked): the server or the network dropped it. Running the program again usually gets past it.",
		Alternatives: []Alternative{
			altServerDown,
			alt(CodeTLSHandshakeFailed, "The handshake itself fails each time.", "The error comes at once, before any mail command."),
		},
		Source: srcTLSFacts},
	// A change to a folder the client opened read-only (EXAMINE, or a
	// server that gave it READ-ONLY): Ruby's "Cannot expunge read-only
	// mailbox.", node-imap's "STORE attempt on READ-ONLY folder" (held-out
	// round 118). The program must open the folder with SELECT.
	{ID: "imap-change-read-only-folder", Situation: "program-misstep",
		// Dovecot's "Store ignored with read-only mailbox" (held-out
		// round 140), an OK that did nothing.
		Pattern: `(cannot|can't|unable to) expunge (a )?read-?only|(store|expunge|append|copy|move|delete) attempt on read-?only|read-?only (mailbox|folder)[^\n]{0,40}(cannot|can't|not allowed|denied)|store ignored with read-?only mailbox`,
		Code:    CodeProtocolError, Confidence: ConfidenceMedium,
		Summary: "The program tried to change a folder it had opened read-only (flags, deletes, expunge): it must open the folder for writing (SELECT, not EXAMINE), or the account lacks write rights on that folder.",
		Alternatives: []Alternative{
			alt(CodePolicyBlocked, "The folder is shared or archived read-only for this account.", "The same change fails in webmail too."),
		},
		Source: srcRFC3501},
	// The Email OAuth 2.0 Proxy's "Login failed - the authentication
	// request expired or was cancelled" (held-out round 118): the browser
	// sign-in it asked for was not completed in time.
	{ID: "oauth-proxy-browser-login-expired",
		Pattern: `authentication request expired or was cancelled`,
		Code:    CodeWebLoginRequired, Confidence: ConfidenceMedium,
		Summary: "The program asked for a sign-in in a web browser and it was not completed in time (or was cancelled): complete the browser sign-in when the program opens it.",
		Source:  "https://github.com/simonrob/email-oauth2-proxy"},
	// A "Server logging out" the client did not ask for, inside its
	// failure (imaplib's "abort: IMAP4rev1 Server logging out", a plugin's
	// "command: SELECT => IMAP4rev1 Server logging out"; held-out rounds
	// 26 and 121): the server ended the session in the middle of a
	// command.
	{ID: "imap-server-logged-out-midway", Pattern: `(abort|exception|error)[^\n]{0,80}\bserver logging out\b`,
		Code: CodeServerUnavailable, Confidence: ConfidenceLow,
		Summary: "The server ended the session in the middle of a command (its BYE \"Server logging out\"): it is shutting down or restarting, or it drops sessions it judges too busy or too long. Connecting again usually works.",
		Alternatives: []Alternative{
			alt(CodeRateLimited, "The provider ends sessions of an account that downloads too much or keeps too many connections.", "It happens after a burst of activity and passes later."),
		},
		Source: srcRFC3501},
	// Horde's "Server is not accepting SMTP connections" (Nextcloud Mail;
	// held-out round 119): the server refused the session itself.
	{ID: "smtp-not-accepting-connections", Pattern: `server is not accepting smtp connections`,
		Code: CodeServerUnavailable, Confidence: ConfidenceMedium,
		Summary: "The server answered but refused to start an SMTP session (its greeting was a refusal): it is overloaded, in maintenance, or refuses this client's address.",
		Alternatives: []Alternative{
			altPolicy,
		},
		Source: srcRFC5321},
	// A header block over the server's limit: "400 Unexpected long headers
	// length, got: 4310 want: less than 4096 chars" (held-out round 119).
	{ID: "headers-too-long", Protocols: []Protocol{ProtocolSMTP, ""}, NotPattern: `truncat|warning`, Pattern: `long headers? length|headers? (are |is )?too (long|large|big)|header (size|length|section) (limit )?exceeded|exceeds? (the )?(maximum )?header (size|length)`,
		Code: CodeMessageTooLarge, Confidence: ConfidenceMedium,
		Summary: "The server refused the message because its header block is longer than it takes (a long recipient list, many or long headers): send to fewer recipients per message, or shorten the headers the program adds.",
		Alternatives: []Alternative{
			alt(CodeProtocolError, "The program writes a malformed header (an unfolded long line).", "A short test message from the same program goes through."),
		},
		Source: "https://www.rfc-editor.org/rfc/rfc5322#section-2.1.1"},
	// Windows Mail's "Your Outlook account settings are out of date." and
	// "iCloud account settings are out-of-date" (held-out round 120): the
	// saved sign-in no longer works.
	{ID: "windows-mail-settings-out-of-date", Pattern: `account settings are out[- ]of[- ]date`,
		Code: CodeInvalidCredentials, Confidence: ConfidenceLow,
		Summary: "The Mail app's saved sign-in no longer works: the password was changed, or the provider now wants an app-specific password (iCloud) or a new sign-in in the browser (Outlook.com).",
		Alternatives: []Alternative{
			altAppPassword,
			alt(CodeWebLoginRequired, "The provider wants the account signed in again in a browser window.", "Choosing \"Fix account\" opens a sign-in page."),
		},
		Source: "https://support.microsoft.com/en-us/office/pop-imap-and-smtp-settings-for-outlook-com-d088b986-291d-42b8-9564-9c414e2aa040"},
	// A server without a feature the program needs: KMail's "some
	// mandatory capabilities are missing", its SMTP library's "The message
	// needs and server does not support UTF-8 email addresses" (SMTPUTF8;
	// held-out round 117).
	{ID: "server-lacks-required-feature",
		Pattern: `mandatory capabilit(y is|ies are) missing|(needs|requires?) and (the )?server does not support utf-?8|server does not support (smtputf8|utf-?8 (e-?mail )?addresses)`,
		Code:    CodeProtocolError, Confidence: ConfidenceMedium,
		Summary: "The server lacks a feature the program needs (an IMAP extension, or SMTPUTF8 for addresses with non-ASCII characters): an older server, or an address the server cannot carry. Use plain ASCII addresses, or ask the server's admin to upgrade it.",
		Alternatives: []Alternative{
			alt(CodeRecipientUnknown, "The address itself is wrong (a non-ASCII character typed by mistake).", "The address works once retyped in plain letters."),
		},
		Source: "https://www.rfc-editor.org/rfc/rfc6531"},
	// Rounds 124-129's families. A scanner's or client's words that the
	// server did not offer STARTTLS: sslscan's "The SMTP service on H port
	// 25 did not appear to support STARTTLS." (held-out round 127).
	{ID: "client-says-no-starttls", Pattern: `did not appear to support starttls|does not (appear to )?(support|offer|advertise) starttls`,
		Code: CodeStartTLSUnavailable, Confidence: ConfidenceMedium,
		Summary: "The client says the server did not offer STARTTLS on that port, so no encrypted session could start there.",
		Alternatives: []Alternative{
			alt(CodeTLSWrongMode, "The port expects TLS from the first byte (465, 993, 995), so STARTTLS is not offered there.", "The same host answers on the port with implicit TLS."),
		},
		Source: "https://www.rfc-editor.org/rfc/rfc3207"},
	// Exchange Online's refusal of the XOAUTH2 string itself ("501 5.5.124
	// Invalid XOAUTH2 auth data", smtp-hve; held-out round 125): the token
	// or the user name inside it was not acceptable; its sibling 5.5.127 is
	// labelled a refused sign-in.
	{ID: "xoauth2-data-invalid", Pattern: `invalid xoauth2 (auth(entication)? )?data`,
		Code: CodeInvalidCredentials, Confidence: ConfidenceMedium,
		Summary: "The server refused the OAuth sign-in data (the token, or the user name sent with it): get a new token for the right user and scope; the password is not involved.",
		Alternatives: []Alternative{
			alt(CodeProtocolError, "The program builds the XOAUTH2 string wrongly (its format, or base64 of it).", "A token from another tool works with the same user."),
		},
		Source: "https://learn.microsoft.com/en-us/exchange/client-developer/legacy-protocols/how-to-authenticate-an-imap-pop-smtp-application-by-using-oauth"},
	// email-oauth2-proxy's "Authentication request failed or expired for
	// account X - aborting login" and its "Retrying login due to exception
	// while requesting OAuth 2.0 credentials ... InvalidToken" (held-out
	// round 125): the browser sign-in it asked for was not completed, or
	// its stored tokens no longer work; not the account's state.
	{ID: "oauth-proxy-sign-in-again", Pattern: `authentication request failed or expired for account|exception while requesting oauth 2\.0 credentials[^\n]{0,120}invalidtoken`,
		Code: CodeWebLoginRequired, Confidence: ConfidenceMedium,
		Summary: "The OAuth sign-in the program (or its OAuth proxy) needs was not completed, or its stored tokens no longer work: sign in again in the browser window it opens.",
		Alternatives: []Alternative{
			alt(CodeInvalidCredentials, "The account or the app registration in the proxy's settings is wrong.", "Signing in again in the browser fails too."),
		},
		Source: "https://github.com/simonrob/email-oauth2-proxy"},
	// Microsoft's sign-in page for an app registered for work or school
	// accounts only, given a personal account ("You can't sign in here with
	// a personal account. Use your work or school account instead.";
	// held-out round 125): the app's registration, not the password.
	{ID: "microsoft-personal-account-not-allowed", Pattern: `can'?t sign in here with a personal account`,
		Code: CodeUnknown, Confidence: ConfidenceLow,
		Summary: "Microsoft's sign-in page says the program's sign-in accepts only work or school accounts, and this is a personal (Outlook.com) one: the program's vendor (or whoever registered its app) must allow personal accounts. The password is not the problem.",
		Alternatives: []Alternative{
			alt(CodePolicyBlocked, "The organisation's account is meant and a personal one was typed by mistake.", "The address is a company's, not outlook.com or hotmail.com."),
		},
		Source: "https://learn.microsoft.com/en-us/entra/identity-platform/supported-accounts-validation"},
	// MailKit's FolderNotOpenException ("The folder is not currently
	// open.", held-out round 124): the program used a folder it had not
	// opened, or had lost on a reconnect; the program's fault.
	// A server's own [SERVERBUG] with the same words is the server's.
	{ID: "mailkit-folder-not-open", Situation: "program-misstep", Pattern: `folder ?not ?open ?exception|the folder is not currently open`, NotPattern: `\[serverbug\]`,
		Code: CodeProtocolError, Confidence: ConfidenceMedium,
		Summary: "The program used a folder it had not opened (or lost when the connection was re-made): a bug or a missed reconnect in the program, not the account or the server.",
		Source:  "https://github.com/jstedfast/MailKit/blob/master/MailKit/FolderNotOpenException.cs"},
	// A host's own sending quota in its words ("Policy Rejection- Quota
	// Exceeded", DreamHost; held-out round 126): the account's outgoing
	// limit, which resets, not a full mailbox.
	{ID: "policy-quota-exceeded", ServerWords: true, Pattern: `policy rejection[^\n]{0,10}quota exceeded`,
		Code: CodeRateLimited, Confidence: ConfidenceMedium,
		Summary: "The host's outgoing sending limit for the account was reached; it resets after a while (the host's help page says when).",
		Alternatives: []Alternative{
			alt(CodeSendingBlocked, "The host suspended the account's sending after a spike of mail.", "The limit does not reset, and the host's panel shows a hold."),
		},
		Source: "https://help.dreamhost.com/hc/en-us/articles/215730437"},
	// A receiving server throttling a sending host for its spam
	// ("451 4.3.0 ... Client host rejected: Throttled - Too much spam from
	// your mail server. Try again later.", Rackspace; held-out round 126).
	{ID: "throttled-for-spam", ServerWords: true, Pattern: `\bthrottled\b[^\n]{0,20}too much (spam|mail)`,
		Code: CodeRateLimited, Confidence: ConfidenceMedium,
		Summary: "The receiving server slows down mail from this sending server because much of it looked like spam; it takes mail again later, but the sending server's reputation must be mended (a compromised account, a form that relays spam).",
		Alternatives: []Alternative{
			alt(CodePolicyBlocked, "The sending server is on a blocklist and stays refused.", "The refusal goes on for days, and a blocklist lookup lists the IP."),
		},
		Source: "https://www.rfc-editor.org/rfc/rfc5321#section-4.2.5"},
	// A filtering service that takes mail only over TLS for some sender
	// domains ("Your sender domain is required to send via an encrypted SMTP
	// session", held-out round 126): by convention a TLS-required refusal.
	{ID: "sender-domain-requires-tls", ServerWords: true, Pattern: `required to send (via|over|using) an? (encrypted|secure|tls)`,
		Code: CodePlaintextDisallowed, Confidence: ConfidenceMedium,
		Summary: "The receiving side takes mail from this sender's domain only over an encrypted (TLS) session, and this one was not encrypted: the sending server must use STARTTLS.",
		Source:  "https://www.rfc-editor.org/rfc/rfc3207"},
	// A filtering service that does not handle the recipient's domain
	// ("Your domain is not configured to use this MX host.", held-out
	// round 126): it will not relay for that domain.
	{ID: "domain-not-on-this-mx", ServerWords: true, Pattern: `domain is not configured (to use|for) this (mx|mail) (host|server)`,
		Code: CodeRelayDenied, Confidence: ConfidenceMedium,
		Summary: "The server takes mail only for the domains it is set up for, and this recipient's domain is not one of them: the domain's MX records or the filtering service's domain list are out of step.",
		Source:  "https://www.rfc-editor.org/rfc/rfc5321#section-3.6"},
	// Plesk's greylisting handler deferring a message ("call_handlers:
	// DEFER during call '/usr/local/psa/handlers/info/05-grey-.../executable'
	// handler", held-out round 126): a temporary refusal the sending server
	// retries.
	{ID: "plesk-greylist-defer", Pattern: `call_handlers: defer during call [^\n]{0,120}grey`,
		Code: CodeTemporaryFailure, Confidence: ConfidenceMedium,
		Summary: "The receiving server greylisted the message: it refused it for now, and the sending server delivers it on its next try, minutes later. Nothing to change.",
		Source:  "https://www.rfc-editor.org/rfc/rfc6647"},
	// A receiving server that took the message but could not store it
	// ("554 Your message was received but it could not be saved. Please
	// retry later.", hMailServer; held-out round 129).
	{ID: "received-not-saved", ServerWords: true, Pattern: `received but (it )?could not be saved`,
		Code: CodeTemporaryFailure, Confidence: ConfidenceMedium,
		Summary: "The receiving server took the message but could not store it: a fault on that server, which its admin must fix; sending again later may work.",
		Source:  "https://www.hmailserver.com/"},
	// A direct-delivery sender that found no mail host for the recipient's
	// domain ("SMTP Dropping message, unknown host for recipient:",
	// Zotonic; held-out round 129).
	{ID: "unknown-host-for-recipient", Pattern: `unknown host for recipient`,
		Code: CodeDNSFailure, Confidence: ConfidenceMedium, Phase: catalog.PhaseDelivery,
		Summary: "No mail server could be found for the recipient's domain: check the address's spelling after the @.",
		Alternatives: []Alternative{
			alt(CodeRecipientUnknown, "The address is mistyped.", "Another address at the same domain works."),
		},
		Source: "https://www.rfc-editor.org/rfc/rfc5321#section-5.1"},
	// German "service temporarily not reachable" as a refusal's only words
	// ("Dienst vorübergehend nicht erreichbar", a host's greylisting reply;
	// held-out round 128).
	{ID: "german-service-temporarily-unavailable", Pattern: `(dienst|server|service) (ist )?vorübergehend nicht (erreichbar|verfügbar)`,
		Code: CodeTemporaryFailure, Confidence: ConfidenceMedium,
		Summary:      "The server says it is temporarily unavailable: try again in a few minutes (a greylisting server says this to every first try).",
		Alternatives: []Alternative{altServerDown},
		Source:       "https://www.rfc-editor.org/rfc/rfc5321#section-4.2.5"},
	// himalaya's plain TCP to an implicit-TLS port: "cannot connect to
	// IMAP server H:993 using TCP ... cannot receive greeting" (held-out
	// round 125): no greeting, because the server waits for a TLS
	// handshake.
	{ID: "plain-tcp-to-tls-port", Pattern: `:(993|995|465) using tcp\b[^\n]{0,40}(\n[^\n]*){0,3}(cannot|could not|failed to) receive greeting`,
		Code: CodeTLSWrongMode, Confidence: ConfidenceMedium,
		Summary:      "The program connected without TLS to a port that expects TLS from the first byte (993, 995 or 465), so no greeting came: turn on TLS (\"SSL/TLS\", not STARTTLS) for that port.",
		Alternatives: []Alternative{altServerDown},
		Source:       "https://www.rfc-editor.org/rfc/rfc8314"},
	// Rounds 130-134's families. POP3's refusals of a message number
	// (RFC 1939: "-ERR no such message", "-ERR message already deleted",
	// BlueMail's "-ERR Message not found"; held-out round 134): the
	// program asked for a message that is not there.
	{ID: "pop3-no-such-message", Situation: "program-misstep", Protocols: []Protocol{ProtocolPOP3, ""}, Pattern: `-err (no such message|message not found|message (\d+ )?(already )?deleted|message \d+ does not exist)`,
		Code: CodeProtocolError, Confidence: ConfidenceMedium,
		Summary: "The POP3 server says the message the program asked for is not there (deleted already, or a number out of range): the program's list of messages is out of date; fetching again from the start mends it. The account and the connection are fine.",
		Source:  "https://www.rfc-editor.org/rfc/rfc1939#section-6"},
	// RFC 1939's QUIT that could not remove the messages marked deleted
	// ("-ERR some deleted messages not removed", held-out round 134).
	{ID: "pop3-deleted-not-removed", Pattern: `-err some deleted messages not removed`,
		Code: CodeTemporaryFailure, Confidence: ConfidenceMedium,
		Summary: "The POP3 server could not remove the messages the program deleted: they stay on the server and the next fetch may bring them again. A fault on the server (often a lock); it usually passes.",
		Source:  "https://www.rfc-editor.org/rfc/rfc1939#section-6"},
	// A mail program's certificate dialog by its title alone ("Verify
	// Certificate", Apple Mail; "Certificate Mismatch"; held-out round 134).
	{ID: "certificate-dialog-title", Pattern: `^\s*(verify certificate|certificate (name )?mismatch)\.?\s*$`,
		Code: CodeTLSCertificate, Confidence: ConfidenceMedium,
		Summary: "The mail program does not trust the server's certificate (it does not match the server's name, or it is new or not from an authority the device trusts): check the server name in the settings; accept the certificate only if it is the provider's.",
		Source:  "https://support.apple.com/guide/mail/if-you-see-a-message-about-a-certificate-mlhlp1027/mac"},
	// A server's intrusion prevention blocking the client's address for a
	// while ("Your connection has been blocked temporarily - Try again
	// later", "Server access temporarily blocked! Please try again later",
	// VPOP3; held-out round 134): a block that passes.
	{ID: "address-blocked-temporarily", Pattern: `(connection|access|address|ip)[^\n]{0,30}\b(blocked temporarily|temporarily blocked)\b`,
		Code: CodeRateLimited, Confidence: ConfidenceMedium,
		Summary: "The server blocks connections from this address for a while, usually after repeated failed sign-ins or refused messages: wait, then check the password before trying again, so the block does not start over.",
		Alternatives: []Alternative{
			alt(CodePolicyBlocked, "The address stays blocked until the server's admin lifts it.", "The block outlasts a day."),
		},
		Source: "https://www.rfc-editor.org/rfc/rfc5321#section-4.2.5"},
	// A program's own pool of connections with none free ("timed out
	// waiting for free conn in pool", listmonk; held-out rounds 52 and
	// 130): its connections were all busy, most often because the server
	// answers slowly (round 52's relay took 20 s a message); the labels
	// split between a time-out and unknown, so the reading is low.
	{ID: "client-pool-exhausted", Pattern: `waiting for (a )?free conn(ection)? in (the )?pool|no free conn(ection)?s? in (the )?pool`,
		Code: CodeConnectionTimeout, Confidence: ConfidenceLow,
		Summary: "The program's own pool of mail connections had none free in time: its connections were all busy or stuck, most often because the server answers slowly. Test one message by hand to time the server; raise the pool's size or its wait.",
		Alternatives: []Alternative{
			alt(CodeRateLimited, "The server allows fewer connections than the pool opens, so some hang.", "The server's replies or log speak of too many connections."),
			alt(CodeUnknown, "The program's pool itself is stuck (connections never returned), whatever the server does.", "A single test message by hand goes through at once."),
		},
		Source: "https://github.com/knadh/listmonk"},
	// A host name the recipient's domain does not resolve to ("550 Host
	// unknown", sendmail's bounce; held-out round 134).
	{ID: "host-unknown-bounce", Protocols: onlySMTP, Pattern: `\b5[0-9]{2} host unknown\b`,
		Code: CodeDNSFailure, Confidence: ConfidenceMedium, Phase: catalog.PhaseDelivery,
		Summary: "The sending server could not find the recipient's domain: check the spelling after the @.",
		Alternatives: []Alternative{
			alt(CodeRecipientUnknown, "The address is mistyped.", "Another address at the same domain works."),
		},
		Source: "https://www.rfc-editor.org/rfc/rfc3463#section-3.2"},
	// Postfix refusing mail while its queue's disk is short ("warning: not
	// enough free space in mail queue: N bytes < 1.5*message size limit",
	// held-out round 133).
	{ID: "postfix-queue-space-short", Pattern: `not enough free space in mail queue`,
		Code: CodeTemporaryFailure, Confidence: ConfidenceMedium,
		Summary: "The mail server has too little free disk for its queue (Postfix wants 1.5 times the largest message it accepts): its admin must free disk space or lower message_size_limit; until then it refuses mail for now.",
		Source:  "https://www.postfix.org/postconf.5.html#queue_minfree"},
	// Dovecot not starting for an error in its configuration ("doveconf:
	// Fatal: Error in configuration file ...", held-out round 133): no
	// service to connect to.
	{ID: "dovecot-config-fatal", Pattern: `doveconf: fatal: error in configuration file`,
		Code: CodeServerUnavailable, Confidence: ConfidenceMedium, Phase: catalog.PhaseServer,
		Summary: "Dovecot will not start: its configuration has an error on the line the message names. The server's admin must fix it; until then no mail program can connect.",
		Source:  "https://doc.dovecot.org/"},
	// FairEmail's certificate refusal, "Untrusted ... not in certificate"
	// (its FAQ 4): the name the program connects to is not in the
	// server's certificate.
	{ID: "name-not-in-certificate", Pattern: `\buntrusted\b[^\n]{0,120}\bnot in (the )?certificate\b`,
		Code: CodeTLSCertificate, Confidence: ConfidenceMedium,
		Summary: "The server's certificate does not name the host the program connects to: use the host name the certificate is for (the provider's documented one), not an alias or an address.",
		Source:  "https://github.com/M66B/FairEmail/blob/master/FAQ.md"},
	// A HELO or EHLO name the server refuses ("Parameter to HELO does not
	// conform to RFC syntax", "requires valid address"; FairEmail's FAQ).
	{ID: "helo-name-refused", Situation: "command-not-parsed", Pattern: `parameter to (helo|ehlo) does not conform|^\s*requires valid address\s*$`,
		Code: CodeProtocolError, Confidence: ConfidenceMedium,
		Summary: "The server refused the name the program gave in HELO/EHLO (a name that is not a valid host name, or a bare word): have the program send a full host name, or its IP address in brackets.",
		Alternatives: []Alternative{
			alt(CodePolicyBlocked, "The server refuses such names as a spam measure.", "Other programs on the same network send fine."),
		},
		Source: "https://www.rfc-editor.org/rfc/rfc5321#section-4.1.1.1"},
	// A POP3 server that refuses USER/PASS and wants a challenge
	// mechanism ("You must use stronger authentication such as AUTH or
	// APOP to connect to this server", FairEmail's FAQ).
	{ID: "pop3-stronger-auth-required", Pattern: `must use stronger authentication such as auth or apop`,
		Code: CodeMechanismUnsupported, Confidence: ConfidenceMedium,
		Summary: "The POP3 server refuses a plain USER/PASS sign-in and wants AUTH or APOP: turn on APOP (or another secure sign-in method) in the program's account settings.",
		Alternatives: []Alternative{
			alt(CodePlaintextDisallowed, "The server wants the password over TLS only.", "It works with SSL/TLS or STARTTLS turned on."),
		},
		Source: "https://www.rfc-editor.org/rfc/rfc1939#section-7"},
	// BoringSSL's and OpenSSL's record decryption failure ("BAD_DECRYPT",
	// FairEmail's FAQ): the TLS connection broke after the handshake.
	{ID: "tls-bad-decrypt", Pattern: `\bbad_decrypt\b|decryption failed or bad record mac`,
		Code: CodeTLSHandshakeFailed, Confidence: ConfidenceLow,
		Summary: "A TLS record could not be decrypted: the encrypted connection was corrupted on the way (an unstable network, a middlebox) or the TLS library has a fault. Try another network, and update the program.",
		Source:  "https://github.com/M66B/FairEmail/blob/master/FAQ.md"},
	// Rounds 139-140's families. A sender sending too much across domains
	// or addresses in a window ("4.2.2 Sender domain rejected: You sent to
	// many mails from different ip address in the last 10 minutes",
	// held-out round 140): a limit that passes, whatever X.2.2 means
	// elsewhere (a full mailbox).
	{ID: "sent-too-many-in-window", ServerWords: true, Pattern: `\bsent (too|to) many (mails|e-?mails|messages)\b[^\n]{0,80}\bin the last \d+ (seconds|minutes|hours?)\b`,
		Code: CodeRateLimited, Confidence: ConfidenceMedium,
		Summary: "The receiving server refuses for now: this sender sent too many messages in a short time (from many addresses or to many domains). It passes once the window is over; slow the sending down.",
		Alternatives: []Alternative{
			alt(CodePolicyBlocked, "The pattern looks like spam to the server, and it keeps refusing.", "The refusal goes on after the window."),
		},
		Source: "https://www.rfc-editor.org/rfc/rfc5321#section-4.2.5"},
	// php-imap's own failure around a server's OK ("Command failed to
	// process: ... Responses received: TAG17 OK UID FETCH completed ...
	// Error occurred", held-out round 140): the program could not use
	// the answer.
	{ID: "php-imap-command-failed-to-process", Pattern: `command failed to process:`,
		Code: CodeProtocolError, Confidence: ConfidenceMedium,
		Summary: "The program could not use the server's answer (an empty or unexpected response to its command), though the server said OK: a mismatch between the program's IMAP library and this server; update the program.",
		Source:  "https://github.com/Webklex/php-imap"},
	// Round 141's families. Outlook's "A time-out occurred while
	// communicating with the server" (0x800CCC19's words).
	{ID: "outlook-timeout-communicating", Pattern: `a time-?out occurred while communicating with the server`,
		Code: CodeConnectionTimeout, Confidence: ConfidenceMedium,
		Summary: "The mail program waited for the server and gave up: the server did not answer in time (a wrong port or host, a firewall, or a slow server).",
		Alternatives: []Alternative{
			alt(CodeTLSWrongMode, "The port expects TLS from the first byte and the program speaks plain text, or the other way round: each side waits.", "Port 995, 993 or 465 with SSL/TLS off, or 110, 143 or 587 with it on."),
		},
		Source: "https://github.com/wine-mirror/wine/blob/master/include/imnxport.idl"},
	// A provider's lock after too many wrong passwords ("The number of
	// password errors is too many. The current account has been forbidden
	// to log in.", Alibaba Mail; held-out round 141).
	{ID: "account-forbidden-to-log-in", ServerWords: true, Pattern: `\baccount (has been |is )?forbidden to (log ?in|sign ?in)\b`,
		Code: CodeAccountLocked, Confidence: ConfidenceMedium,
		Summary: "The provider has locked the account against signing in (here after too many wrong passwords): the mail administrator must unlock it, or it unlocks after the provider's wait; then set the right password in the program.",
		Alternatives: []Alternative{
			alt(CodeRateLimited, "The lock lifts by itself after a while.", "Signing in works again an hour later without anyone acting."),
		},
		Source: "https://www.alibabacloud.com/help/en/alibaba-mail"},
	// A bare "STARTTLS failed" (a host's log or a client's status line,
	// held-out round 141): the encrypted session did not start.
	{ID: "starttls-failed-bare", Pattern: `^[^\n]{0,40}\bstarttls failed\.?\s*$`,
		Code: CodeTLSHandshakeFailed, Confidence: ConfidenceLow,
		Summary: "The switch to an encrypted session (STARTTLS) failed: the handshake broke after the server agreed (a certificate the client does not trust, or no TLS version or cipher in common).",
		Alternatives: []Alternative{
			alt(CodeTLSCertificate, "The client did not trust the server's certificate.", "The client's log names the certificate."),
			alt(CodeStartTLSUnavailable, "The server refused STARTTLS or did not offer it.", "The server's reply to STARTTLS was a 454 or a 502."),
		},
		Source: "https://www.rfc-editor.org/rfc/rfc3207"},
}

// tlsSuccessSpoilers are the words that keep a program's TLS success
// lines from being read as a success: a failed check or a refusal
// anywhere in the paste.
const tlsSuccessSpoilers = `verify return:0|verify error|verification error|:error:|\balert\b|fail|unable|expired|not yet valid|self[ -]signed|refused|timed? ?out|reset|denied|reject|invalid|\berror\b|-err\b`

// programLogFailureWords are the words of a failure that keep a program's
// own log line of a step that went through (a login, a connection, a
// message copied) from being read as a success; each reading adds its own.
const programLogFailureWords = `fail|error|denied|refus|reject|invalid|unable|could ?n[o']t|timed? ?out|-err\b`
