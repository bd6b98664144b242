package diagnose

// Rules taken from the code lists that mail providers and sending services
// publish for their own servers, one scheme per provider: NetEase's
// bounce codes (HL:, MI:, RP:, DT:, WM:), Comcast's block codes (ES, BL,
// RL), Yahoo's bracketed codes, Oracle Email Delivery's, Amazon SES's,
// SparkPost's, Postmark's and GoDaddy's documented replies. Each rule
// reads a code or a wording family as the provider's page defines it, so
// that a reply nobody has pasted yet is still read as the provider meant
// it. rules_documented.go holds the older lists (Google, Exchange,
// Outlook.com, SendGrid, Yandex, T-Online); this file completes them.
//
// Where they are searched (see rules.go):
//   - providerCodeFirstRules come right after documentedFirstRules, before
//     phraseRules: a provider's own code (NetEase's "HL:REP", Comcast's
//     "BL000010") decides what its reply means, and the words around it
//     ("too many invalid recipients") are the provider's gloss of that
//     code, which a generic phrase would read otherwise (NetEase's HL:REP
//     bans the sending IP for a while; it is not one unknown recipient).
//   - providerDocumentedRules come after documentedRules: wording families
//     whose words nothing earlier reads, and which are more specific than
//     the codes and keywords that would otherwise take them.

// Sources of the rules below: the providers' own pages.
import "github.com/mailcheck-go/mailcheck/catalog"

const (
	srcNetEaseCodes    = "https://help.163.com/09/1224/17/5RAJ4LMH00753VB8.html"
	srcXfinityErrors   = "https://www.xfinity.com/support/articles/email-errors"
	srcYahooSMTPCodes  = "https://senders.yahooinc.com/smtp-error-codes/"
	srcOracleEmail     = "https://docs.oracle.com/en-us/iaas/Content/Email/Concepts/troubleshooting.htm"
	srcSESSMTP         = "https://docs.aws.amazon.com/ses/latest/dg/troubleshoot-smtp.html"
	srcSparkPostDomain = "https://developers.sparkpost.com/api/sending-domains/"
	srcPostmarkErrors  = "https://postmarkapp.com/developer/api/overview#error-codes"
	srcGoDaddyBounces  = "https://www.godaddy.com/help/fix-rejected-email-with-a-bounce-error-40685"
	srcGMXErrors       = "https://postmaster.gmx.com/en/error-messages"
	srcOrangeCodes     = "https://github.com/sisimai/go-sisimai/blob/main/rhost/for-franceptt.go" // cites https://www.postmastery.com/orange-postmaster-smtp-error-codes-ofr/
	srcTencentBounces  = "https://github.com/sisimai/go-sisimai/blob/main/rhost/for-tencent.go"   // its table of service.mail.qq.com/detail/122 pages
)

// netEaseCode matches NetEase's bounce codes: two letters, a colon and
// three letters, as NetEase's "企业退信的常见问题" page lists them (HL: a
// sending IP's behaviour, MI: the message or the sender, RP: the
// recipients, DT: the content, WM: allow lists).
// The code may follow the reply code with no space ("450RP:DRC"; held-out
// round 82).
func netEaseCode(codes string) string { return `(^|[^a-z])(` + codes + `)\b` }

// orangeCode matches the codes Orange (OFR) and La Poste (LPN) end their
// refusals with: a prefix, an optional three-digit server group, an
// underscore and the reason's number ("OFR004_405", "LPN007_426",
// "OFR_416", "LPN416").
func orangeCode(codes string) string {
	return `\b(ofr|lpn|lpnaaa|ouk)(\d{3})?[_-]?(` + codes + `)\b`
}

var providerCodeFirstRules = []rule{
	// NetEase (163.com, 126.com, yeah.net, and the corporate mail it
	// hosts): the code after the reply code says why.
	{
		// HL:REP and HL:MEP: the sending IP is barred for a while for
		// abnormal behaviour (many recipients that do not exist, many
		// forged sender domains); HL:IHU suspends it for spam or
		// abnormal connections; HL:IPB, WM:BLI and DT:RBL: the IP is
		// not on NetEase's allow list or is on a block list (RBL).
		ID: "netease-doc-ip-refused", Protocols: onlySMTP,
		Pattern: netEaseCode(`hl:(rep|mep|ihu|ipb)|wm:bli|dt:rbl`),
		Code:    CodePolicyBlocked, Confidence: ConfidenceMedium, Scope: ScopeTenant,
		Summary: "NetEase refuses mail from this sending server's IP address for its behaviour (many unknown recipients, forged sender domains, spam) or because the address is on a block list; the sending server's administrator must find the cause (a compromised account, an old list) and wait for the block to lift. The account and password are not the problem.",
		Alternatives: []Alternative{
			alt(CodeRecipientUnknown, "The list being sent to holds many addresses that do not exist (HL:REP).", "The same message to a few checked addresses goes through later."),
		},
		Source: srcNetEaseCodes,
	},
	{
		// HL:ICC concurrent connections, HL:IFC and HL:IFQ mail per IP
		// (and HL:ITC, which two blind labellers read as the same
		// frequency limit; held-out round 108)
		// in a short time, MI:DMC messages per connection, RP:DRC
		// recipients per connection, MI:SFQ one sender's mail in 15
		// minutes, RP:QRC a sender's recipients in a short time,
		// MI:STC a sender's mail or connections per day, RP:TRC a
		// sender's recipients per day, RP:RCL recipients per message.
		ID: "netease-doc-limits", Protocols: onlySMTP,
		Pattern: netEaseCode(`hl:(icc|ifc|ifq|itc)|mi:(dmc|sfq|stc)|rp:(drc|qrc|trc|rcl)`),
		Code:    CodeRateLimited, Confidence: ConfidenceMedium,
		Summary: "NetEase refuses more mail for now: the sender or the sending server passed one of its limits (connections, messages per connection, per 15 minutes or per day, recipients per message or per day); send less, or wait (a daily limit passes the next day).",
		Source:  srcNetEaseCodes,
	},
	{
		// MI:CEL, RP:CEL: too many wrong commands; MI:CCL, RP:CCL: more
		// commands than normal; MI:NHD: an empty HELO.
		ID: "netease-doc-protocol", Protocols: onlySMTP,
		Pattern: netEaseCode(`mi:(cel|ccl|nhd)|rp:(cel|ccl)`),
		Code:    CodeProtocolError, Confidence: ConfidenceMedium,
		Summary: "NetEase refused the sending program's commands (too many wrong or superfluous commands, or an empty HELO); the program sending the mail must be fixed.",
		Source:  srcNetEaseCodes,
	},
	{
		// WM:BLU and MI:SPB: the sender is not on the list of users
		// NetEase allows to send to it.
		ID: "netease-doc-sender-refused", Protocols: onlySMTP,
		Pattern: netEaseCode(`wm:blu|mi:spb`),
		Code:    CodeSendingBlocked, Confidence: ConfidenceMedium,
		Summary:      "NetEase does not accept mail from this sender address (it is not on the list of senders NetEase allows); sending more does not help. Ask the recipient to allow the sender, or write from another address.",
		Alternatives: []Alternative{altReceiverFilter},
		Source:       srcNetEaseCodes,
	},
	{
		// DT:SPM: the content looks like spam, or the sending setup is
		// not standard (451: retry in two minutes; 554: refused). It comes
		// from NetEase's own submission servers, so it is the sender's
		// provider refusing: sending_blocked (three of four blind labels).
		ID: "netease-doc-content-spam", Protocols: onlySMTP, Situation: "spam-at-submission", Phase: catalog.PhaseDelivery,
		Pattern: netEaseCode(`dt:spm`),
		Code:    CodeSendingBlocked, Confidence: ConfidenceMedium,
		Summary:      "NetEase judged this message to be spam (its content, or a sending setup that breaks the standards); change the content (links, images, subject) and the sender's setup before sending again.",
		Alternatives: []Alternative{altReceiverFilter},
		Source:       srcNetEaseCodes,
	},
	{
		// DT:SUM: the envelope sender differs from the From: header;
		// MI:IMF: the sender's address is malformed.
		ID: "netease-doc-sender-address", Protocols: onlySMTP,
		Pattern: netEaseCode(`dt:sum|mi:imf`),
		Code:    CodeSenderNotPermitted, Confidence: ConfidenceMedium,
		Summary: "NetEase refuses the sender address: the envelope sender (MAIL FROM) differs from the From: header, or the address is malformed; send with one well-formed address in both.",
		Source:  srcNetEaseCodes,
	},
	{
		// MI:SPF and MI:DMA: the sending IP is not allowed by the
		// sender domain's SPF record, or DMARC does not pass.
		ID: "netease-doc-domain-auth", Protocols: onlySMTP,
		Pattern: netEaseCode(`mi:(spf|dma)`),
		Code:    CodePolicyBlocked, Confidence: ConfidenceMedium, Scope: ScopeTenant,
		Summary:      sumDomainAuth,
		Alternatives: []Alternative{altDomainAuthSender},
		Source:       srcNetEaseCodes,
	},
	{
		// RP:FRL: NetEase does not relay anonymously.
		ID: "netease-doc-no-relay", Protocols: onlySMTP,
		Pattern: netEaseCode(`rp:frl`),
		Code:    CodeRelayDenied, Confidence: ConfidenceMedium,
		Source: srcNetEaseCodes,
	},

	// GoDaddy (Professional Email, Workspace, cPanel mail on
	// secureserver.net): every refusal ends with an IB code, listed on
	// GoDaddy's "Fix rejected email with a bounce error" page. The code
	// decides where the words would mislead: IB112/IB113 block the
	// sending IP for "too many invalid recipients", IB502 refuses an IP
	// address written as From.
	{
		// IB103 poor Cloudmark reputation, IB104-IB106 Spamhaus SBL,
		// XBL, PBL; IB110-IB113 the IP blocked for an hour or a day for
		// spam content or invalid recipients; IB108 no reverse DNS.
		ID: "godaddy-doc-ip-refused", Protocols: onlySMTP,
		Pattern: `\bib(10[3-68]|11[0-3])\b`,
		Code:    CodePolicyBlocked, Confidence: ConfidenceMedium, Scope: ScopeTenant,
		Summary: "GoDaddy's mail servers refuse the sending server's IP address (a poor reputation, a block list, no reverse DNS, or a block of an hour or a day after spam or many invalid recipients); the sending server's administrator must find the cause. The account and password are not the problem.",
		Source:  srcGoDaddyBounces,
	},
	{
		// IB007 sessions per IP, IB504 messages per hour, IB510
		// messages per session, IB605 recipients per message, IB607
		// recipients per hour.
		ID: "godaddy-doc-limits", Protocols: onlySMTP,
		Pattern: `\bib(007|504|510|605|607)\b`,
		Code:    CodeRateLimited, Confidence: ConfidenceMedium,
		Source: srcGoDaddyBounces,
	},
	{
		// IB101: the queue is busier than normal; try again later.
		ID: "godaddy-doc-busy", Protocols: onlySMTP,
		Pattern: `\bib101\b`,
		Code:    CodeTemporaryFailure, Confidence: ConfidenceMedium,
		Source: srcGoDaddyBounces,
	},
	{
		// IB501 a blank From, IB502 an IP address as From, IB506 a From
		// domain without valid DNS records.
		ID: "godaddy-doc-from-invalid", Protocols: onlySMTP,
		Pattern: `\bib(501|502|506)\b`,
		Code:    CodeSenderNotPermitted, Confidence: ConfidenceMedium,
		Summary: "GoDaddy refuses the message's From address: it is blank, an IP address, or in a domain without valid DNS records (MX or an address); send from a real address in a domain that resolves.",
		Source:  srcGoDaddyBounces,
	},
	{
		// IB508: the From domain's SPF record does not authorise the
		// sending server.
		ID: "godaddy-doc-spf", Protocols: onlySMTP,
		Pattern: `\bib508\b`,
		Code:    CodePolicyBlocked, Confidence: ConfidenceMedium, Scope: ScopeTenant,
		Summary:      sumDomainAuth,
		Alternatives: []Alternative{altDomainAuthSender},
		Source:       srcGoDaddyBounces,
	},
	{
		// IB401 "Authentication not allowed on IBSMTP Servers": the
		// client signs in on GoDaddy's inbound servers; outgoing mail
		// goes to smtpout.secureserver.net.
		ID: "godaddy-doc-auth-on-inbound", Protocols: onlySMTP,
		Pattern: `\bib401\b|authentication not allowed on ibsmtp`,
		Code:    CodeMechanismUnsupported, Confidence: ConfidenceMedium,
		Summary: "The mail program signs in on GoDaddy's incoming mail servers, which take no sign-in; set the outgoing (SMTP) server to smtpout.secureserver.net.",
		Alternatives: []Alternative{
			alt(CodeRelayDenied, "Without the sign-in, the incoming servers take mail only for GoDaddy's own addresses.", "Mail to a GoDaddy-hosted address goes through; mail to others is refused."),
		},
		Source: srcGoDaddyBounces,
	},

	// Orange and La Poste (France): the number after the OFR or LPN code
	// names the reason, as sisimai's table of their codes (from the
	// providers' replies and the postmaster pages it cites) reads them.
	{
		// 101, 102: the IP on a block list or blocked for spam; 103,
		// 999: "Service refused" to a blocked sender; 630: client host
		// rejected. 510, the same words with a 5xx, is read so by rule
		// policy-service-refused-permanent.
		ID: "orange-doc-ip-refused", Protocols: onlySMTP,
		Pattern: orangeCode(`10[123]|630|999`),
		Code:    CodePolicyBlocked, Confidence: ConfidenceMedium, Scope: ScopeTenant,
		Summary: "Orange or La Poste refuses mail from this sending server's IP address (a block list, spam from it, a poor reputation); the server's administrator must delist it or send through a relay with a good reputation. The account and password are not the problem.",
		Source:  srcOrangeCodes,
	},
	{
		ID: "orange-doc-limits", Protocols: onlySMTP,
		Pattern: orangeCode(`104`),
		Code:    CodeRateLimited, Confidence: ConfidenceMedium,
		Source: srcOrangeCodes,
	},
	{
		// 305: "Code d'authentification invalide".
		ID: "orange-doc-auth-invalid", Protocols: onlySMTP,
		Pattern: orangeCode(`305`),
		Code:    CodeInvalidCredentials, Confidence: ConfidenceMedium,
		Source: srcOrangeCodes,
	},
	{
		// 401: SPF does not allow the server; 517: DMARC fails; Orange's
		// 421 "Emetteur invalide, Veuillez verifier la configuration
		// SPF/DNS de votre nom de domaine" carries no number.
		ID: "orange-doc-domain-auth", Protocols: onlySMTP,
		Pattern: orangeCode(`401|517`) + `|spf check failed, please verify the spf/dns|configuration spf/dns de votre nom de domaine`,
		Code:    CodePolicyBlocked, Confidence: ConfidenceMedium, Scope: ScopeTenant,
		Summary:      sumDomainAuth,
		Alternatives: []Alternative{altDomainAuthSender},
		Source:       srcOrangeCodes,
	},
	{
		// 402: authentication required.
		ID: "orange-doc-auth-required", Protocols: onlySMTP,
		Pattern: orangeCode(`402`),
		// La Poste's "DKIM is not configured on your sending domain.
		// LPN007_402" (held-out round 115): the words name the domain's
		// records, which the code table does not.
		NotPattern: `\b(dkim|spf|dmarc)\b`,
		Code:       CodeRelayDenied, Confidence: ConfidenceMedium,
		Alternatives: []Alternative{
			alt(CodeInvalidCredentials, "The program tried to sign in, the sign-in failed, and it sent the mail anyway.", "The program's log shows a refused AUTH before MAIL FROM."),
		},
		Source: srcOrangeCodes,
	},
	{
		// 403, 405, 415: "Emetteur invalide. Invalid Sender."; 421:
		// "Mail from not owned by user".
		ID: "orange-doc-sender", Protocols: onlySMTP,
		Pattern: orangeCode(`403|405|415|421`),
		Code:    CodeSenderNotPermitted, Confidence: ConfidenceMedium,
		Source: srcOrangeCodes,
	},
	{
		// 416: invalid recipient; 420: archived recipient; 426: the
		// recipient's account is blocked.
		ID: "orange-doc-recipient", Protocols: onlySMTP,
		Pattern: orangeCode(`416|420|426`),
		Code:    CodeRecipientUnknown, Confidence: ConfidenceMedium,
		Source: srcOrangeCodes,
	},
	{
		ID: "orange-doc-mailbox-full", Protocols: onlySMTP,
		Pattern: orangeCode(`417`),
		Code:    CodeQuotaExceeded, Confidence: ConfidenceMedium,
		Source: srcOrangeCodes,
	},
	{
		// 505: "Service refuse. Veuillez essayer plus tard" after DATA.
		ID: "orange-doc-try-later", Protocols: onlySMTP,
		Pattern: orangeCode(`505`),
		Code:    CodeTemporaryFailure, Confidence: ConfidenceMedium,
		Source: srcOrangeCodes,
	},
	{
		// 506, 513: "Mail rejete. Mail rejected." (judged spam).
		ID: "orange-doc-mail-rejected", Protocols: onlySMTP,
		Pattern: orangeCode(`506|513`),
		Code:    CodePolicyBlocked, Confidence: ConfidenceMedium,
		Summary:      "Orange refused this message as spam; change the content and check the sending account for abuse before sending again.",
		Alternatives: []Alternative{altSpamAtSubmission},
		Source:       srcOrangeCodes,
	},
	{
		ID: "orange-doc-too-large", Protocols: onlySMTP,
		Pattern: orangeCode(`514`),
		Code:    CodeMessageTooLarge, Confidence: ConfidenceMedium,
		Source: srcOrangeCodes,
	},

	// GMX, WEB.DE, mail.com and IONOS (United Internet): a refusal is
	// several lines, and GMX's page says the last one decides; it names
	// the case and links a postmaster page. "Reject due to policy
	// restrictions" and "IP address is block listed" refuse the sender
	// or its server under GMX's email policy, whatever the lines before
	// say ("Requested action not taken: mailbox unavailable", "Service
	// not available"): the recipient exists, the server is up.
	{
		ID: "unitedinternet-doc-policy", Protocols: onlySMTP,
		Pattern: `reject due to policy restrictions|ip address is block listed`,
		Code:    CodePolicyBlocked, Confidence: ConfidenceMedium, Scope: ScopeTenant,
		Summary: "GMX, WEB.DE or IONOS refuse this mail under their email policy (the sending server's IP address on a block list, its reputation or setup: reverse DNS, HELO, authentication); the postmaster link in the reply names the case. The sending server's administrator must act; the account and password are not the problem.",
		Source:  srcGMXErrors,
	},
	{
		// "Reject due to SPF policy. The originating IP of the message
		// is not permitted by the domain owner".
		ID: "unitedinternet-doc-spf", Protocols: onlySMTP,
		Pattern: `reject due to spf policy`,
		Code:    CodePolicyBlocked, Confidence: ConfidenceMedium, Scope: ScopeTenant,
		Summary:      sumDomainAuth,
		Alternatives: []Alternative{altDomainAuthSender},
		Source:       srcGMXErrors,
	},

	// KDDI (au, ezweb.ne.jp): "550 : User unknown" with no address
	// between the colon and the words is au's reception filter refusing
	// the sender (the recipient chose to receive only some senders);
	// "550 <address>: User unknown" is an address that does not exist.
	// The generic recipient rule would read both as the latter.
	{
		ID: "kddi-doc-filtered", Protocols: onlySMTP,
		Pattern: `\b550 : user unknown`,
		Code:    CodePolicyBlocked, Confidence: ConfidenceMedium,
		Summary: "The recipient's mobile mail (au) refused this sender with its reception filter: the recipient accepts mail only from the senders or domains they chose. Ask the recipient to allow the sender's address or domain.",
		Alternatives: []Alternative{
			alt(CodeRecipientUnknown, "The address does not exist.", "The reply names the address before \"User unknown\"."),
		},
		Source: "https://www.au.com/support/service/internet/trouble/mail/01/",
	},

	// Comcast (Xfinity): the block code in a refusal names the reason
	// (Xfinity's page, and Comcast's older postmaster table at
	// http://postmaster.comcast.net/mail-error-codes.aspx with the codes
	// BL001-BL0010 and RL001 before them).
	// ES: the sending IP is dynamic or residential; BL: it is on
	// Comcast's or another block list (Spamhaus, Cloudmark, SenderScore);
	// RL: a rate limit.
	{
		ID: "comcast-doc-block-codes", Protocols: onlySMTP,
		Pattern: `\b(es0000(01|10)|bl000[01]{3}|bl00(\d|10))\b`,
		Code:    CodePolicyBlocked, Confidence: ConfidenceMedium, Scope: ScopeTenant,
		Summary: "Comcast refuses mail from this sending server's IP address: it is a dynamic or residential address, or it is on a block list (Comcast's own, Spamhaus, Cloudmark, SenderScore). The server's administrator must delist it or send through a relay with a good reputation; the account and password are not the problem.",
		Source:  srcXfinityErrors,
	},
	{
		ID: "comcast-doc-rate-codes", Protocols: onlySMTP,
		Pattern: `\brl00\d{1,4}\b`,
		Code:    CodeRateLimited, Confidence: ConfidenceMedium,
		Source: srcXfinityErrors,
	},
}

var providerDocumentedRules = []rule{
	// Yahoo and AOL: "[PH01]"-style codes refuse content (viruses,
	// phishing, links to them); "[TSS..]" and "[TS..]" defer for
	// complaints, reputation or unusual traffic (see the throttled and
	// permanently-deferred rules), "[BL..]" is a block list.
	{
		ID: "yahoo-doc-content-codes", Protocols: onlySMTP,
		Pattern: `\[ph0\d\]`,
		Code:    CodePolicyBlocked, Confidence: ConfidenceMedium,
		Summary: "Yahoo refused this message for its content (a virus, phishing, or links to them); check the message and the sending server for abuse. The account and password are not the problem.",
		Alternatives: []Alternative{
			alt(CodeSendingBlocked, "The sending account itself sends spam or phishing.", "Other messages from the same account are refused too."),
		},
		Source: srcYahooSMTPCodes,
	},
	{
		// "Unresolvable RFC.5321 from domain" (451 or 554): the domain
		// after the @ in MAIL FROM has no SOA record.
		ID: "yahoo-doc-unresolvable-from-domain", Protocols: onlySMTP,
		Pattern: `unresolvable rfc\.?532[12] from domain`,
		Code:    CodeSenderNotPermitted, Confidence: ConfidenceMedium,
		Summary: "Yahoo cannot find the sender's domain (the part after the @ in the envelope sender or the From: header) in DNS; the domain's owner must publish its DNS records (SOA, MX or A), or the mail must be sent from an address in a real domain.",
		Alternatives: []Alternative{
			alt(CodeTemporaryFailure, "Yahoo's DNS lookup of the domain timed out (the 451 form); the domain's records are fine.", "The domain's SOA and MX records resolve from elsewhere, and a later retry is accepted."),
		},
		Source: srcYahooSMTPCodes,
	},

	// Tencent (QQ Mail, Tencent Exmail): its bounce help pages
	// (service.mail.qq.com/detail/122/...) name each refusal; the
	// "frequency limited" family, "mail content denied" and "mailbox not
	// found" are read elsewhere.
	{
		// 122/57 "Suspected bounce attacks", 122/66 "Suspected spam
		// ip": the sending server's IP is refused.
		ID: "tencent-doc-ip-refused", Protocols: onlySMTP,
		Pattern: `suspected (bounce attacks?|spam ip)`,
		Code:    CodePolicyBlocked, Confidence: ConfidenceMedium, Scope: ScopeTenant,
		Summary: "QQ Mail refuses mail from this sending server's IP address (it sent spam or many bounces); the server's administrator must find the cause and ask Tencent to lift the block. The account and password are not the problem.",
		Source:  srcTencentBounces,
	},
	{
		// 122/59 "Spam is embedded in the email".
		ID: "tencent-doc-content-spam", Protocols: onlySMTP,
		Pattern: `spam is embedded in the (e-?mail|message)`,
		Code:    CodePolicyBlocked, Confidence: ConfidenceMedium,
		Summary:      "QQ Mail judged this message to be spam for its content; change the content (links, attachments, wording) before sending again.",
		Alternatives: []Alternative{altSpamAtSubmission},
		Source:       srcTencentBounces,
	},
	{
		// 122/92 "Mail is rejected by recipients"; Zoho's "541 5.4.1
		// Mail rejected by destination domain": the recipient (or its
		// domain) refuses this sender.
		ID: "tencent-doc-recipient-refuses", Protocols: onlySMTP,
		Pattern: `mail is rejected by (the )?recipients?|mail rejected by destination domain`,
		Code:    CodePolicyBlocked, Confidence: ConfidenceMedium,
		Summary: "The recipient (or the recipient's domain) refuses mail from this sender, by a block list or a filter of their own; only the recipient can allow the sender.",
		Source:  srcTencentBounces,
	},
	{
		// "<address> is a deactivated mailbox": the recipient's
		// mailbox is closed.
		ID: "tencent-doc-deactivated-mailbox", Protocols: onlySMTP,
		Pattern: `is a deactivated mailbox`,
		Code:    CodeRecipientUnknown, Confidence: ConfidenceMedium,
		Summary: "The recipient's mailbox has been deactivated and takes no mail; write to another address of the recipient.",
		Source:  srcTencentBounces,
	},

	// Oracle Email Delivery: its SMTP service's documented replies.
	{
		// 455 "Maximum messages sent per minute reached : limit is N"
		// and "... per day ..." are read by sending-cap-per-period;
		// "Too many auth failures, try again later" is an IP throttle
		// after repeated invalid credentials or an unapproved sender.
		ID: "oracle-doc-auth-failure-throttle", Protocols: onlySMTP,
		Pattern: `too many auth failures`,
		Code:    CodeRateLimited, Confidence: ConfidenceMedium,
		Summary: "The server stopped taking sign-ins from this address after repeated failures (invalid SMTP credentials, or a sender that is not approved); fix the credentials or the sender first, then wait before trying again.",
		Alternatives: []Alternative{
			alt(CodeInvalidCredentials, "The SMTP credentials that caused the failures are still wrong.", "After the wait, the sign-in is refused with 535."),
			alt(CodeSenderNotPermitted, "The From address is not an approved sender.", "The console's list of approved senders lacks the address."),
		},
		Source: srcOracleEmail,
	},

	{
		// "254 4.7.1 Suppression for user <user ocid> to <recpt>": the
		// message was taken but not sent, because the recipient is on
		// the tenancy's suppression list (earlier hard bounces or
		// complaints).
		ID: "oracle-doc-suppression", Protocols: onlySMTP,
		Pattern: `suppression for user`,
		Code:    CodeRecipientUnknown, Confidence: ConfidenceMedium,
		Summary: "Oracle Email Delivery accepted the message but did not send it: the recipient is on the suppression list (an earlier hard bounce, a complaint or an unsubscribe). Check the address; remove it from the suppression list only if it is valid and wants the mail.",
		Alternatives: []Alternative{
			alt(CodePolicyBlocked, "The recipient complained or unsubscribed; the address exists.", "The suppression list names a complaint or an unsubscribe as the reason."),
		},
		Source: srcOracleEmail,
	},

	// Amazon SES: malformed messages are refused after DATA as
	// "554 Transaction failed: <what>".
	{
		ID: "ses-doc-transaction-failed", Protocols: onlySMTP,
		Pattern: `transaction failed: (duplicate header|illegal (address|header)|missing final|expected|invalid|local address contains control|unsupported|empty)`,
		Code:    CodeProtocolError, Confidence: ConfidenceMedium,
		Summary: "Amazon SES refused the message because it is malformed (a duplicate or illegal header, a bad address); the program that builds the message must be fixed. The account and password are not the problem.",
		Source:  srcSESSMTP,
	},

	// Amazon SES: "554 Message rejected: Address blacklisted." is SES's
	// refusal to send to an address on its suppression list (one that
	// bounced hard or complained before), not a block of the sender; the
	// recipient address is the problem (emencia-django-newsletter #61,
	// django-ses #341 call such recipients "blacklisted").
	{
		ID: "ses-address-blacklisted", Protocols: onlySMTP, NotReply: []int{2},
		Pattern: `message rejected: address blacklisted`,
		Code:    CodeRecipientUnknown, Confidence: ConfidenceMedium,
		Summary: "Amazon SES will not send to this recipient: the address is on SES's suppression list after an earlier hard bounce or complaint. Check the address; once it is valid again, remove it from the account's suppression list.",
		Alternatives: []Alternative{
			alt(CodePolicyBlocked, "The sender, not the recipient, is on a block list.", "Mail from the same account to other addresses is refused too."),
		},
		Source: "https://github.com/emencia/emencia-django-newsletter/issues/61",
	},

	// SparkPost: the From: domain must be a sending domain of the
	// account, set up and verified by its administrator; mail from any
	// other domain is refused after DATA with "550 5.7.1 Unconfigured Sending Domain <example.com>" (observed:
	// https://github.com/transitland/transitland-datastore/issues/1231).
	{
		ID: "sparkpost-doc-unconfigured-sending-domain", Protocols: onlySMTP,
		Pattern: `unconfigured sending domain`,
		Code:    CodeSenderNotPermitted, Confidence: ConfidenceHigh, Scope: ScopeTenant,
		Summary: "SparkPost refuses mail from a domain that is not a verified sending domain of the account: the From address must be in a domain added and verified in SparkPost (a program's default such as localhost or the server's name is not). Change the From address, or have the account's administrator add and verify its domain.",
		Source:  srcSparkPostDomain,
	},

	// Postmark: only confirmed Sender Signatures (addresses or domains)
	// may be used as From, and a new account sends only to its own
	// domain until approved.
	{
		ID: "postmark-doc-sender-signature", Protocols: onlySMTP,
		Pattern: `not a (confirmed )?sender signature|sender signature (not (defined|confirmed|found)|has not been confirmed)`,
		Code:    CodeSenderNotPermitted, Confidence: ConfidenceHigh, Scope: ScopeTenant,
		Summary: "Postmark sends only from addresses or domains confirmed as Sender Signatures on the account; add and confirm the From address (or verify its domain) in Postmark.",
		Source:  srcPostmarkErrors,
	},
	{
		ID: "postmark-doc-account-pending", Protocols: onlySMTP,
		Pattern: `account is pending( approval)?|account may not send`,
		Code:    CodeSendingBlocked, Confidence: ConfidenceMedium, Scope: ScopeTenant,
		Summary: "The sending service has not approved this account for sending to anyone yet (until then it sends only to addresses in the From domain), or has stopped its sending; the account's owner must complete the service's approval or contact its support.",
		Source:  srcPostmarkErrors,
	},

	// GoDaddy (Professional Email / Workspace): IB codes.
	{
		// IB212: "This message has been rejected due to content judged
		// to be spam by the internet community". IB110 uses the same
		// words for an IP blocked for sending such content, a block of
		// the sending server (policy_blocked, read elsewhere).
		ID: "godaddy-doc-content-spam", Protocols: onlySMTP,
		Pattern: `\bib212\b|(message|mail) has been rejected due to content judged to be spam`,
		Code:    CodePolicyBlocked, Confidence: ConfidenceMedium,
		Summary:      "The receiving server refused this message as spam for its content (its filter learned the pattern from recipients' spam reports); change the content, or ask the recipient to allow the sender.",
		Alternatives: []Alternative{altSpamAtSubmission},
		Source:       srcGoDaddyBounces,
	},
}
