package diagnose

// agreedRules read wordings that held-out texts showed and that both
// blind labels read alike, each sure of it, while mailcheck read them
// otherwise or not at all (rounds 124-337; the earlier such families are
// in the tables they joined). They are searched after phraseRules and
// before the rules that read a reply's codes alone, a lock or a sending
// limit in general words, or a fault on the server's side.
//
// A fresh reviewer's finds shaped their guards: none reads a text that
// also holds a positive reply or a refused sign-in (besideOtherReplies),
// and each leaves out the negations, announcements and resolved states
// its words come with.
var agreedRules = besideOtherReplies([]rule{
	// The server's storage behind the mailbox is down (BellSouth's
	// "Message Store Server Unavailable", held-out round 211): the
	// service, not a passing refusal of this message.
	{ID: "message-store-unavailable", NotPattern: `\b(earlier|recovered|tonight|tomorrow|scheduled|planned|from [0-9]{1,2}[:.][0-9]{2})\b`, Pattern: `\bmessage store (server )?(is )?(unavailable|not available|offline)\b|\bstorage service (is )?unavailable\b`,
		Code: CodeServerUnavailable, Confidence: ConfidenceMedium,
		Summary: "The provider's mailbox storage is not available just now: nothing in the account or the settings is wrong; it usually comes back on its own, and the provider's status page or support says when.",
		Alternatives: []Alternative{
			alt(CodeTemporaryFailure, "A passing fault that clears within minutes.", "The same check a few minutes later works."),
		},
		// BellSouth's page is served over plain HTTP only; RFC 5530 names the
		// same state, a subsystem the server needs that is down.
		Source: "https://www.rfc-editor.org/rfc/rfc5530#section-3"},
	// A server that says it is down for maintenance now (Firefox OS
	// Mail's "The server ... is offline for maintenance. Try again
	// later.", held-out round 306): an announcement of one to come, or
	// of one finished, is not this; nor is IMAP's [UNAVAILABLE] code with
	// the same words (RFC 5530: a back end that fails for now).
	{ID: "offline-for-maintenance", Pattern: `\b(is |are |currently )?(offline|down) for maintenance\b|\b(server|service|system|mailbox) is (currently )?under maintenance\b`,
		NotPattern: `\bwill (be|go)\b|\bgoing\b|\bscheduled\b|\bplanned\b|\b(tonight|tomorrow|yesterday|earlier|previously)\b|\b(completed|finished|over|ended)\b|\bback online\b|\brunning normally\b|\bnot (down|offline)\b|\bno (servers?|systems?) (are|is)\b|\?|\bweb ?site\b|\[unavailable\]`,
		Code:       CodeServerUnavailable, Confidence: ConfidenceMedium,
		Summary: "The server says it is down for maintenance: try again later; nothing in the settings needs to change.",
		Alternatives: []Alternative{
			alt(CodeTemporaryFailure, "A short pause that passes within minutes.", "The same check a little later works."),
		},
		Source: "https://github.com/mozilla-b2g/gaia/blob/00258386cda375304126ccb3dd11d60ec1354679/apps/email/locales/email.en-US.properties"},
	// The certificate named as untrusted in a relay's own reply
	// (Salesforce's "451 4.7.5 [internal] remote node SSL certificate
	// not signed by a valid CA", held-out round 324; Symantec Messaging
	// Gateway's "451 4.7.5 4.7.0 [internal] ssl cert must be signed by a
	// valid ca", round 341) or in Android's
	// words ("TrustAnchor found but validation failed", round 150): the
	// certificate, not the 4.7.5 code's general "cryptographic failure".
	{ID: "certificate-not-signed-by-valid-ca", NotPattern: `\b(expected|ignored|no longer|resolved)\b`, Pattern: `\bcertificate (is )?not signed by a (valid|trusted|known) (ca|certificate authority)\b|\bssl cert(ificate)? must be signed by a (valid|trusted) (ca|certificate authority)\b|\btrustanchor found but validation failed\b`,
		Code: CodeTLSCertificate, Confidence: ConfidenceMedium,
		Summary: "The certificate presented in the TLS handshake did not check out against the authorities the checking side trusts (self-signed, a private CA, a missing intermediate, or a chain that fails another check): whoever runs the server that presented it installs a certificate from a public CA with its full chain. When a relay says it of a remote node, that is the receiving domain's server.",
		Alternatives: []Alternative{
			alt(CodeTLSHandshakeFailed, "The handshake failed for another reason the reply sums up this way.", "openssl s_client to the host shows a trusted chain."),
		},
		Source: "https://help.salesforce.com/s/articleView?id=000388924&language=de&type=1"},
	// HTTP's 429 in a mail program's log ("Retrying ... induced by http
	// code 429", Proton Mail Bridge; "429 - gmail_rest - ... Respecting
	// exponential backoff", Copper; held-out rounds 132 and 324): the
	// provider's API asks it to slow down.
	{ID: "http-429-backoff", Pattern: `\bhttp (status )?(code )?429\b|\b429 too many requests\b|^\s*429 - [^\n]{0,80}\bexponential backoff\b`,
		// None now, one resolved, or another status after it decides.
		NotPattern: `\bno http\b|\b(resolved|retried successfully|previous|earlier)\b|\bhttp (status )?(code )?40[0-9]\b`,
		Code:       CodeRateLimited, Confidence: ConfidenceMedium,
		Summary: "The provider's API answered 429 (too many requests): the program is sending or syncing faster than the provider allows and must wait; it passes by itself, and the program retries.",
		Source:  "https://www.rfc-editor.org/rfc/rfc6585#section-4"},
	// A sending tool's own limit reached ("This email wasn't sent because
	// you've hit your send limit", HubSpot; held-out round 324).
	{ID: "send-limit-hit", Pattern: `\b(hit|reached|exceeded|over) (your|the|its) (daily |hourly |monthly |weekly )?(send|sending|email|e-mail) limit\b`,
		// A limit not reached, one close, or a recipient's is not the
		// sender's tool's.
		NotPattern: `\bnot (yet )?(hit|reached|exceeded|over)\b|\bhaven'?t\b|\bhasn'?t\b|\bnever\b|\bclose to\b|\bif you\b|\brecipient\b`,
		Code:       CodeRateLimited, Confidence: ConfidenceMedium,
		Summary: "The sending tool's limit on messages for the day (or hour) was reached: the rest waits until the limit resets, or the plan's limit is raised. The account and its password are not in question.",
		Source:  "https://knowledge.hubspot.com/articles/kcs_article/email/why-was-my-sales-email-not-sent-due-to-a-send-limit"},
	// The receiving organisation's acceptable use policy ("Your mail has
	// been rejected due to the acceptable use policy for the
	// organization", Google Workspace; held-out round 217).
	{ID: "acceptable-use-policy", Protocols: onlySMTP,
		// The sender's own account suspended or locked under the policy
		// is the account's state; terms of use and a refusal that did not
		// happen are none.
		NotPattern: `\bnot rejected\b|\bagree\b|\baccount\b|\[alert\]`,
		Pattern:    `\brejected (due to|because of|by|under) (the |our |its )?acceptable use policy\b|\bviolat(es|ion of) (the |our )?acceptable use policy\b`,
		Code:       CodePolicyBlocked, Confidence: ConfidenceMedium,
		Summary: "The receiving organisation refused this message under its acceptable use policy: the message or the server that sent it broke one of its rules. Whoever runs the sending server or domain asks the recipient's admin which rule, and changes what is sent; the sender's password is not in question.",
		Source:  "https://www.fhs-press.com/unannounced-email-overhaul/"},
	// A connection-rate limit in the provider's own words (Ghent
	// University's "4.5.1. Connection Rate", held-out round 168, which
	// Thunderbird wraps with "Please check the message recipients").
	{ID: "connection-rate-limit", Pattern: `\b[45]\.[0-9]{1,3}\.[0-9]{1,3}\.? connection rate\b|\bconnection rate (limit|exceeded)\b|\bexceeded (the )?connection rate\b`,
		Code: CodeRateLimited, Confidence: ConfidenceMedium,
		Summary: "The server limits how often a client may connect, and this one connected too often: wait a while, and let the program connect less often (fewer accounts or checks at once).",
		Source:  "https://helpdesk.ugent.be/email/faq.php"},
	// A sending server that could not look up the recipient's domain
	// ("554 5.4.4 [internal] Domain Lookup Failed", Salesforce; held-out
	// round 324).
	{ID: "domain-lookup-failed", Pattern: `\bdomain lookup failed\b`, NotPattern: `\breverse\b|\bignored\b`,
		Code: CodeDNSFailure, Confidence: ConfidenceMedium,
		Summary: "A domain in the session could not be looked up in DNS (most often the recipient's, as in a bounce; the words say which when they name it): check that domain for a typo; if it is right, that domain's DNS is failing and its owner must fix it.",
		Alternatives: []Alternative{
			alt(CodeRecipientUnknown, "The domain does not exist at all.", "A DNS lookup of the domain answers NXDOMAIN."),
		},
		Source: "https://help.salesforce.com/s/articleView?id=000380393&language=sv&type=1"},
	// Gmail's IMAP refusal of a copy or move from a folder it does not
	// know ("Unknown source folder (failure)", held-out round 233).
	{ID: "unknown-source-folder", Pattern: `\bunknown (source|destination|target) folder\b`,
		Code: CodeMailboxMissing, Confidence: ConfidenceMedium,
		Summary: "The server does not know the folder the program named: it was renamed or deleted on the server, or the program's folder list is out of date. Refreshing the folder list (or unsubscribing the stale folder) clears it.",
		Source:  "https://github.com/thunderbird/github-action-thunderbird-aaq/blob/0855f4aa301a1a59cc6de2bcdae85d06c886a016/2024/2024-01-15-2024-01-15-thunderbird-creator-answers-desktop-all-locales.csv"},
	// Sending as another address that the account may not use: Dynamics
	// 365's "You cannot send email as the selected user", Open-Xchange's
	// "not covered by allowed E-Mail address aliases", Roundcube's
	// identity check "Authentication ID and Email ID not matching"
	// (held-out rounds 149, 183 and 324).
	{ID: "send-as-not-allowed", NotPattern: `\bcredentials invalid\b|\ballowed by policy\b`, Pattern: `\bcannot send (e-?mail |mail |messages? )?as the selected user\b|\bnot covered by (the )?allowed e-?mail address aliases\b|\bauthentication id and e-?mail id (are )?not match`,
		Code: CodeSenderNotPermitted, Confidence: ConfidenceMedium,
		Summary: "The account signed in, but may not send as the address in From: use the account's own address, or have the admin grant it the right to send as that one (an alias, Send As or Send on Behalf).",
		Source:  "https://github.com/roundcube/roundcubemail/issues/10145"},
	// Google's API client refusing an upload over its size ("Media
	// larger than: 16777216", Got Your Back; held-out round 209).
	{ID: "google-media-upload-size", Pattern: `\bmediauploadsizeerror\b|\bmedia larger than: [0-9]+`,
		Code: CodeMessageTooLarge, Confidence: ConfidenceMedium,
		Summary: "The message is bigger than the provider's API takes in one upload: it cannot be copied this way as it is; leave it out, or move it another way.",
		Source:  "https://github.com/GAM-team/got-your-back/issues/7"},
	// A sending platform that suspended the account's sending after a
	// campaign (Brevo's "Your account has been temporarily suspended
	// following your latest campaign results"), or a host that blocked
	// an address for suspect sending (OVHcloud's "vous ne pouvez plus
	// envoyer d'e-mails"; held-out rounds 212 and 256): the sending, not
	// the sign-in.
	{ID: "sending-suspended-after-campaign", NotPattern: `\bactive again\b|\breactivated\b|\bit was (temporarily )?suspended\b|\?`, Pattern: `\bsuspended following (your|the) (latest |last |recent )?campaign\b|\bmarketing platform (is|has been) (temporarily )?suspended\b|\bvous ne pouvez plus envoyer d'(e-?mails|courriels)\b`,
		Code: CodeSendingBlocked, Confidence: ConfidenceMedium,
		Summary: "The provider stopped this account's sending (after a campaign's results, or suspect sending): a new password will not help; the account's owner, or the admin who runs it, follows the provider's steps to have sending reviewed and turned back on.",
		Source:  "https://help.brevo.com/hc/en-us/articles/209408165-How-to-reactivate-my-marketing-platform-after-a-suspension"},
	// Mailgun's stock refusal of SMTP credentials ("5.7.0 Mailgun is not
	// loving your login or password", held-out round 335, where Zend_Mail
	// dropped the 535): the 5.7.0 alone would read as a policy.
	{ID: "mailgun-login-refused", Pattern: `\bmailgun is not loving your login or password\b`,
		Code: CodeInvalidCredentials, Confidence: ConfidenceMedium,
		Summary: "Mailgun refused the SMTP user name or password: use the domain's SMTP credentials from Mailgun's control panel (the SMTP user, such as postmaster@ the sending domain, and its SMTP password), not the Mailgun account's own sign-in or an API key.",
		Source:  "https://github.com/mailgun/documentation/issues/132"},
	// A relay's refusal that quotes its own onward connection meeting
	// plaintext where TLS was due ("554 Error: dial error: tls: first
	// record does not look like a TLS handshake", held-out round 206): the
	// relay's next hop is set to the wrong mode. Only with the relay's
	// reply code: without one the words are the program's own dial (a
	// fresh reviewer's near miss), which tls-not-tls reads.
	{ID: "relay-onward-tls-wrong-mode", Reply: []int{4, 5}, Pattern: `\bdial error: tls: first record does not look like a tls handshake\b`,
		Code: CodeTLSWrongMode, Confidence: ConfidenceMedium,
		Summary: "The relay took the connection, and its own connection onward spoke TLS to a port that answered in plain text: the relay's admin sets its next hop to the right port and mode (STARTTLS on 587 or 25, implicit TLS on 465). This account's settings are not the cause.",
		Source:  "https://pkg.go.dev/crypto/tls#RecordHeaderError"},
	// A client that will not send LOGIN because the server advertised
	// LOGINDISABLED ("Skipping account x, server forbids LOGIN", held-out
	// round 177).
	{ID: "server-forbids-login", Pattern: `\bserver forbids login\b`,
		Code: CodePlaintextDisallowed, Confidence: ConfidenceMedium,
		Summary: "The server refuses IMAP LOGIN on this connection (LOGINDISABLED), most often because it is not encrypted: use SSL/TLS on 993 or STARTTLS on 143.",
		Source:  "https://www.rfc-editor.org/rfc/rfc3501#section-6.2.3"},
	// POP-before-SMTP: the server relays only for an address that
	// fetched mail first ("sorry, you must get POP/APOP authorization.",
	// Nifty; held-out round 332).
	{ID: "pop-before-smtp-required", Protocols: []Protocol{ProtocolSMTP, ""}, Pattern: `\bmust get pop/apop authori[sz]ation\b|\bpop before smtp (is )?required\b`,
		Code: CodeRelayDenied, Confidence: ConfidenceMedium,
		Summary: "The server relays mail only for a client that has just signed in over POP (POP before SMTP) or with SMTP AUTH: turn on outgoing-server authentication in the program, or have it fetch mail first.",
		Source:  "https://en.wikipedia.org/wiki/POP_before_SMTP"},
})

// besideOtherReplies keeps the rules of t off a text that holds a
// positive reply (RefusalOnly: an SMTP 2xx or 3xx, an IMAP or POP3 OK)
// or a refused sign-in (535, [AUTHENTICATIONFAILED], "authentication
// failed"): those decide ("250 2.1.0 Sender OK (reverse domain lookup
// failed, ignored)" is no DNS failure; "... down for maintenance, but
// now I get: 535 5.7.8" is a refused password).
func besideOtherReplies(t []rule) []rule {
	return eachRule(t, func(r *rule) {
		r.RefusalOnly = true
		r.NotReply = append(append([]int(nil), r.NotReply...), 535)
		if r.NotPattern != "" {
			r.NotPattern += "|"
		}
		r.NotPattern += refusedSignInNot
	})
}

// refusedSignInNot is a refused sign-in in words.
const refusedSignInNot = `\[authenticationfailed\]|\bauthentication (failed|unsuccessful)\b`
