package diagnose

import "github.com/mailcheck-go/mailcheck/probe"

// Rules for what the receiving side refuses under its own policy, and for
// what a delivery report (a bounce, an NDR, a DSN) says in its own words.
//
// A person pastes these from the sending side's bounce: the receiving
// server's reply quoted inside Postfix's "host X said: ... (in reply to
// RCPT TO command)", Exim's "SMTP error from remote mail server after
// RCPT TO:", Exchange's "Remote Server returned '...'" or a DSN's
// "Diagnostic-Code: smtp; ...". explain_bounce.go reads the stage the
// wrapper tells; these rules read the words.
//
// Each rule is a family of wording that a public page documents (a block
// list's own name, Postfix's stock reject texts, postgrey's greylisting
// reply, qmail's and Exim's bounce sentences), never one text's words.
// They are searched after the documented provider tables and before the
// generic reason rules: "blocked using zen.spamhaus.org" names one cause,
// while "client host ... rejected" alone could be several.

// Sources of the rules below.
const (
	srcPostfixAccess = "https://www.postfix.org/postconf.5.html#reject_rbl_client"
	srcPostfixHelo   = "https://www.postfix.org/postconf.5.html#reject_non_fqdn_helo_hostname"
	srcPostfixRDNS   = "https://www.postfix.org/postconf.5.html#reject_unknown_client_hostname"
	srcPostgrey      = "https://postgrey.schweikert.ch/"
	srcEximRetry     = "https://www.exim.org/exim-html-current/doc/html/spec_html/ch-retry_configuration.html"
	srcQmailBounce   = "https://cr.yp.to/qmail/man/qmail-remote.html"
	srcRFC5321Loop   = "https://www.rfc-editor.org/rfc/rfc5321#section-6.3"
	srcYahooCodes    = "https://senders.yahooinc.com/smtp-error-codes/"
)

// Alternatives used below.
var (
	altOwnProviderBlock = alt(CodeSendingBlocked,
		"The sender's own provider holds the mail, not the receiving side.",
		"Mail to every other domain fails the same way.")
	altListedNotMe = alt(CodeTemporaryFailure,
		"The receiving server's own block-list lookups fail (Spamhaus refuses queries from public resolvers), so it refuses everyone.",
		"The address is not listed when checked on the block list's own page.")
)

// policyRules: the receiving side's policy, and the delivery report's own
// meaning. Marked ServerWords: the words are the reason.
var policyRules = []rule{
	{
		// A DNS block list named by its own name or by Postfix's
		// reject_rbl_client wording ("blocked using zen.spamhaus.org",
		// T-Online's "(BL)" after its postmaster address,
		// "listed at", "found on one or more DNSBLs"): the sending
		// server's address (or a name in the message) is on a list the
		// receiving side consults.
		ID:      "policy-block-list",
		Pattern: `blocked using [a-z0-9.-]+|\b(listed|found) (at|in|on|by) ([a-z0-9.-]+\.)?(spamhaus|spamcop|sorbs|barracuda|uceprotect|abuseat|psbl|mailspike|spameatingmonkey|invaluement|one or more (dnsbl|rbl|block ?list|black ?list)s?)|\bspamhaus\b|zen\.spamhaus|\bsbl\b|\bxbl\b|\bpbl\b|spamcop|\bsorbs\b|barracuda(central| reputation|\.)|b\.barracudacentral|uceprotect|bl\.spamcop|cbl\.abuseat|\bdnsbl\b|\bs3150\b|\bs3140\b|\bs3114\b|\[bl21\]|\[bl23\]|\[rtr:bl\]|tosa@rx\.t[^\n]{0,60}\(bl\)|\bblacklisted\b|\bblocklisted\b|(on|in) (our|a|the|an?) (internal |local |real[- ]time )?(block ?list|black ?list|blocked list|blacklist|blocklist)`,
		Code:    CodePolicyBlocked, Confidence: ConfidenceHigh,
		Summary: "The receiving side refused the mail because the sending server's address (or a name in the message) is on a block list it consults; the sending server's administrator must get it delisted or send through another server.",
		Alternatives: []Alternative{
			altListedNotMe,
			altOwnProviderBlock,
		},
		Source: srcPostfixAccess,
	},
	{
		// A refusal the receiving side says is final for this sender
		// (Yahoo's "[TSS06] All messages from 192.0.2.1 will be permanently
		// deferred; Retrying will NOT succeed"): a block, not a limit,
		// whatever code scheme it shares with Yahoo's temporary deferrals.
		ID:      "policy-permanently-deferred",
		Pattern: `permanently deferred|retrying will not succeed`,
		Code:    CodePolicyBlocked, Confidence: ConfidenceHigh,
		Summary: "The receiving side refuses all mail from this sending server for good; retrying will not help. The sending server's administrator must ask the receiver's postmaster to lift the block, or send through another server.",
		Source:  srcYahooCodes,
	},
	{
		// A refusal at the greeting that speaks of spam ("554 ... Comcast
		// block for spam"): before any message or address, only the
		// connecting address can be meant.
		ID: "policy-greeting-spam", Protocols: onlySMTP, Stages: []probe.Stage{probe.StageGreeting}, NotReply: []int{2},
		Pattern: `spam`,
		Code:    CodePolicyBlocked, Confidence: ConfidenceMedium,
		Summary: "The receiving server refuses the connection from this sending address as a source of spam; the sending server's administrator must get its reputation cleared or send through another server.",
		Source:  srcRFC5321,
	},
	{
		// Greylisting (postgrey's "Greylisted, see ...", rspamd's "Try
		// again later" with greylist in it): the first try from an
		// unknown sender is refused for a few minutes, and a sending
		// server's retry gets through.
		ID: "policy-greylisted", NotReply: []int{5},
		Pattern: `gr[ea]y-?list(ed|ing)?\b|gr[ea]y ?listed|please come back later|try again later, greylist`,
		Code:    CodeTemporaryFailure, Confidence: ConfidenceHigh,
		Summary: "The receiving server greylists: it refuses the first attempt from an unknown sender for a few minutes, and a sending server that retries gets through. Nothing to fix; an application that sends directly must retry after several minutes.",
		Source:  srcPostgrey,
	},
	{
		// Address verification that could not finish for now (Postfix's
		// reject_unverified_recipient and reject_unverified_sender:
		// "450 4.1.1 ... unverified address", "unable to verify
		// address"): the receiving server probes the address first and
		// answers "later" until the probe ends.
		ID: "policy-address-unverified", Protocols: onlySMTP, NotReply: []int{5},
		Pattern: `unable to verify (the )?(recipient |sender )?(e-?mail )?address|unverified (recipient |sender )?address|address verification (in progress|failed|pending)`,
		Code:    CodeTemporaryFailure, Confidence: ConfidenceMedium,
		Summary: "The receiving server could not finish checking the address yet and asks to try again later; a sending server retries by itself. If it keeps failing, the address may not exist.",
		Alternatives: []Alternative{
			alt(CodeRecipientUnknown, "The probe will end in a refusal: the address does not exist.", "The sending server's final bounce quotes a 5.1.1 reply."),
		},
		Source: "https://www.postfix.org/ADDRESS_VERIFICATION_README.html",
	},
	{
		// The sending server's HELO name is refused (Postfix's "Helo
		// command rejected: need fully-qualified hostname", "Host not
		// found"; Exchange's "Bad HELO"; "invalid helo given").
		ID:      "policy-helo-rejected",
		Pattern: `helo command rejected|helo (name )?(rejected|refused|not allowed)|(invalid|bad|illegal|bogus|forged) (helo|ehlo)( name| hostname| given)?\b|need fully-qualified hostname|helo[^\n]{0,40}(not a fqdn|not fully qualified|does not resolve|must be a fqdn)`,
		Code:    CodePolicyBlocked, Confidence: ConfidenceHigh,
		Summary: "The receiving server refuses the name the sending server gave in HELO/EHLO (not a fully qualified host name, or one that does not resolve); the sending server or application must announce its real, resolvable host name.",
		Alternatives: []Alternative{
			alt(CodeProtocolError, "The client sent a HELO the server cannot parse at all.", "The reply speaks of syntax, not of the name."),
		},
		Source: srcPostfixHelo,
	},
	{
		// No reverse DNS for the sending address (Postfix's
		// reject_unknown_client_hostname: "Client host rejected: cannot
		// find your hostname"; "cannot find your reverse hostname").
		ID:      "policy-reverse-dns",
		Pattern: `cannot find your (reverse )?hostname|(no|missing|without|failed|bad|invalid) (reverse dns|rdns|ptr|reverse (lookup|hostname|dns (record|entry)))\b|reverse (dns|lookup|hostname) (lookup )?(failed|missing|mismatch|does not match|not found|required)|(ptr|rdns) (record )?(required|missing|not found|does not match)|\bptr\b[^\n]{0,20}(mismatch|missing)`,
		Code:    CodePolicyBlocked, Confidence: ConfidenceHigh,
		Summary: "The receiving server refuses senders whose address has no reverse DNS name (PTR record) matching a name that resolves back to it; whoever runs the sending server's address (its host or ISP) must set one.",
		Source:  srcPostfixRDNS,
	},
	{
		// The recipient does not take mail from this sender ("Recipient
		// doesn't want your mail", "user has blocked the sender"): the
		// receiving side's choice.
		ID: "policy-recipient-refuses", Protocols: onlySMTP,
		Pattern: `(recipient|user|mailbox|addressee) ([a-z]+ly )?(does not|doesn't|doesnt|will not|won't) (want|accept|wish to receive) (your|this|the|any)? ?(mail|message|e-?mail)s?|(recipient|user) (has )?(blocked|refused) (you|your|the sender|this sender)|(sender|you) (is |are |has been )?blocked by (the )?recipient`,
		Code:    CodePolicyBlocked, Confidence: ConfidenceMedium,
		Summary: "The recipient's side does not accept mail from this sender; only the recipient (or their administrator) can change that.",
		Source:  srcRFC3463,
	},
	{
		// The message's content is refused by the receiving side's
		// filter ("550 Mail content denied", "554 Message rejected because
		// of unacceptable content", Yahoo's "554 Message not allowed").
		ID: "policy-content-refused", Protocols: onlySMTP, NotReply: []int{4},
		Pattern: `(mail|message|e-?mail)? ?content (denied|rejected|refused|not accepted|blocked|not allowed)|unacceptable content|message not allowed|(rejected|refused|blocked) by (the )?(content|spam) filter|content filter(ing)? (rejected|refused|blocked)|prohibited (content|attachment|file)|(banned|blocked|forbidden|dangerous|disallowed) (attachment|file (name|type|extension))`,
		Code:    CodePolicyBlocked, Confidence: ConfidenceMedium,
		Summary: "The receiving side's filter refused the message's content (words, links or an attachment); change the content or ask the recipient's administrator to allow it.",
		Alternatives: []Alternative{
			altOwnProviderBlock,
		},
		Source: srcYahooCodes,
	},
	{
		// DMARC named in a refusal: the sender's domain publishes a
		// policy the message failed.
		ID: "policy-dmarc", Protocols: onlySMTP, NotReply: []int{2},
		// "dmarc" as a word, not inside an address (dmarc@example.com,
		// noreply-dmarc-support@google.com).
		Pattern: `(reject(ed)?|refused|blocked|failed|fails|failure)[^\n]{0,40}(^|[ (\[:;,"])dmarc([ ),.:;"]|$)|(^|[ (\[:;,"])dmarc[ ),.:;"][^\n]{0,40}(reject|fail|policy|quarantine)`,
		Code:    CodePolicyBlocked, Confidence: ConfidenceMedium, Scope: ScopeTenant,
		Summary: "The receiving server refused the message under the sender domain's DMARC policy: it failed SPF and DKIM alignment. The domain's administrator must fix SPF/DKIM for the server that sends, or send through the domain's own server.",
		Alternatives: []Alternative{
			altDomainAuthSender,
		},
		Source: "https://www.rfc-editor.org/rfc/rfc7489#section-6.6.4",
	},
	{
		// A recipient refused at RCPT with its own account named off
		// ("recipient rejected, account administratively disabled"): the
		// recipient's account, not the sender's.
		ID: "policy-recipient-disabled", Protocols: onlySMTP, Stages: []probe.Stage{probe.StageEnvelope, probe.StageData, ""}, NotReply: []int{4},
		Pattern: `recipient (address )?(rejected|refused|denied)[,;][^\n]{0,40}\b(disabled|inactive|suspended|deactivated|locked|closed)\b|recipient (e-?mail )?ad?dr?ess (is )?unknown|not in (the )?route list|(mailbox|recipient|address) (is )?not (hosted|handled|served) here`,
		Code:    CodeRecipientUnknown, Confidence: ConfidenceMedium,
		Summary: "The receiving server refused the recipient: the address does not exist there or its mailbox is switched off.",
		Source:  srcRFC3463Address,
	},
	{
		// RFC 3463's X.1.0 "Other address status" with a bare "Address
		// rejected" (GoDaddy's and others' "550 #5.1.0 Address
		// rejected"): at RCPT the recipient's address.
		ID: "policy-address-rejected-5.1.0", Protocols: onlySMTP,
		Pattern: `\b5\.1\.0 address (rejected|refused|invalid|unknown)`,
		Code:    CodeRecipientUnknown, Confidence: ConfidenceMedium,
		Alternatives: []Alternative{
			alt(CodeRelayDenied, "The server does not take mail for that domain from this client.", "Other addresses at the same domain are refused the same way."),
		},
		Source: srcRFC3463Address,
	},
	{
		// The recipient's domain has no mail host (qmail's "Sorry, I
		// couldn't find any host named", Postfix's "Host or domain name
		// not found", Gmail's "DNS Error: Domain name not found",
		// "unrouteable address"): the address's domain is wrong.
		ID: "bounce-no-mail-host", Stages: []probe.Stage{probe.StageEnvelope, probe.StageData, probe.StageQuit, ""},
		Pattern: `couldn'?t find any host (named|by that name)|host or domain name not found\. name service error|could not find any host|unrouteable (mail )?(address|domain)|unroutable (address|domain)|dns error: (domain name not found|dns type '?mx'? lookup)|(mx|mail exchanger) (record )?(lookup failed|not found|does not exist)|no mx (record|host)s? (found|for)|all relevant mx records point to non-existent hosts|domain (name )?(does not|doesn't) (exist|accept mail)|null mx`,
		Code:    CodeRecipientUnknown, Confidence: ConfidenceMedium,
		Summary: "The recipient's domain has no mail server (it does not exist or publishes no MX); check the address's domain for typing errors.",
		Alternatives: []Alternative{
			alt(CodeDNSFailure, "The sending server's own DNS failed for a moment.", "Other mail from the same server to well-known domains fails too."),
		},
		Source: srcQmailBounce,
	},
	{
		// A mail loop: the message came back round (Postfix's "mail for
		// X loops back to myself", "Hop count exceeded - possible mail
		// loop", sendmail's "Too many hops"). The receiving side's
		// routing or forwarding is wrong; no code names it.
		ID:      "bounce-mail-loop",
		Pattern: `loops back to myself|mail (forwarding |routing )?loop|hop count exceeded|too many hops|(routing|forwarding) loop|loop detected|looping message|message is looping`,
		Code:    CodeUnknown, Confidence: ConfidenceLow,
		Summary: "The message went round in a loop between mail servers (a forwarding rule or MX record that points back at itself); the administrator of the receiving domain must fix its routing. It is not the sender's account.",
		Alternatives: []Alternative{
			alt(CodeRecipientUnknown, "The recipient's address forwards to itself or to a dead end.", "Mail to other addresses at the same domain arrives."),
		},
		Source: srcRFC5321Loop,
	},
}

// policyCodeRules: a refusal of the message itself, read by its code when
// no words above decided. Searched just before codeRules.
var policyCodeRules = []rule{
	{
		// Exim's bounce for a message that was deferred until its retry
		// time ran out ("retry timeout exceeded"), and the like: the
		// receiving side kept refusing for now, or could not be reached,
		// for days. Read after the words: the reply the bounce quotes, when
		// there is one, says why.
		ID:      "bounce-retry-timeout",
		Pattern: `retry time ?out exceeded|retry time not reached for any host|(message|mail) (has been|was) (in the queue|queued|delayed) (too long|for [0-9]+ days)|could not be delivered (for|within) [0-9]+ (days|hours)|delivery (time ?out|time expired|expired)|message expired|maximum (queue|delivery) (time|lifetime)|giving up on it|(timeout|time out) waiting for delivery|message timed out`,
		Code:    CodeTemporaryFailure, Confidence: ConfidenceMedium,
		Summary: "The sending server kept trying for days and gave up: the receiving side answered only with temporary refusals or could not be reached. The earlier delay notices (or the sending server's log) name the reply it kept getting.",
		Alternatives: []Alternative{
			alt(CodeConnectionTimeout, "The receiving server could not be reached at all.", "The sending server's log shows connection timeouts to the MX host."),
			alt(CodePolicyBlocked, "The receiving side deferred this sender on purpose (greylisting it never passed, a reputation hold).", "The deferrals quote a policy or a block list."),
		},
		Source: srcEximRetry,
	},
	{
		// RFC 3463 X.7.1 "Delivery not authorized, message refused" in
		// answer to DATA (a bounce that says "in reply to end of DATA
		// command", a sendmail transcript's ">>> DATA"): the receiving
		// side refused the message.
		ID: "policy-x.7.1-data", Protocols: onlySMTP, Stages: []probe.Stage{probe.StageData}, Reply: []int{5},
		Enhanced: []string{"5.7.1", "5.7.0"},
		Code:     CodePolicyBlocked, Confidence: ConfidenceMedium,
		Summary: "The receiving side refused the message after reading it (its content, the sender's reputation or authentication); the reply's words or the recipient's postmaster page say which.",
		Alternatives: []Alternative{
			altOwnProviderBlock,
		},
		Source: srcRFC3463,
	},
}
