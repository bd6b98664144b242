package diagnose

// blockLifted is a block told as removed.
const blockLifted = `\b(removed|delisted|lifted|no longer)\b`

// serviceRules read what sending services' APIs and mail security
// gateways say in their own words (held-out rounds 341, 345 and 349:
// transactional relays and providers' APIs used from programs, and
// appliances that filter a firm's mail). Their texts carry no SMTP code
// of their own, or one the reply rules would read in general terms, so
// they come after graphRules.
var serviceRules = besideOtherReplies([]rule{
	// Proton's API refusing a sign-in from this network ("[9001] Login
	// temporarily not permitted from your connection for security
	// reasons ... Using a VPN may cause this error", through hydroxide;
	// held-out round 349): its anti-abuse check, not the password.
	{ID: "proton-login-not-permitted-from-connection", Pattern: `\blogin temporarily not permitted from your connection\b`,
		Code: CodePolicyBlocked, Confidence: ConfidenceMedium,
		Summary: "Proton refused the sign-in from this network connection for security reasons (a VPN or a shared address often sets it off): sign in once in Proton's web app from the same connection and pass its human check, or try from another network. The password is not the problem.",
		Alternatives: []Alternative{
			alt(CodeRateLimited, "Too many sign-ins from this address in a short time.", "It works again after an hour without any change."),
		},
		Source: "https://github.com/emersion/hydroxide/issues/181"},
	// The plan's sending credits are used up (SendGrid's "You have reached
	// your credit limit and you will not be able to send email until your
	// credits renew or you upgrade your account").
	{ID: "sending-credits-used",
		Pattern:    `\b(reached|hit|exceeded) (your|its|the account's) credit limit\b|\bhas used all (of )?its credits\b|\bout of (sending |email )?credits\b`,
		NotPattern: `\bif you\b|\bclose to\b|\bnot (yet )?(reached|hit|exceeded)\b`,
		Code:       CodeRateLimited, Confidence: ConfidenceMedium,
		Summary: "The sending service's plan has used its credits for the period: sending resumes when the credits renew, or sooner if the account's owner buys more or upgrades the plan. Nothing in the program's settings is wrong.",
		Alternatives: []Alternative{
			alt(CodeSendingBlocked, "The service stopped the account for another reason.", "It still fails after the credits renew."),
		},
		Source: "https://github.com/SoPR/sopr-platform/issues/35"},
	// The account takes sign-ins only from listed addresses (SendGrid's
	// IP Access Management: "An IP address that is not on your whitelist
	// attempted to access your account").
	{ID: "ip-not-on-allow-list",
		Pattern: `\bip address (that is |which is )?not (on|in) (your|the) (ip )?(whitelist|allow ?list)\b|\bip (address )?(is )?not (on|in) (your|the) (ip )?(whitelist|allow ?list|allowed list)\b`,
		Code:    CodePolicyBlocked, Confidence: ConfidenceMedium,
		Summary: "The service refused this client's address: the account allows sign-ins and sending only from listed IP addresses. The account's admin adds the sending server's public IP address to the list (or removes a wrong entry); the password is not the problem.",
		Source:  "https://www.twilio.com/docs/sendgrid/ui/account-and-settings/ip-access-management"},
	// A web gateway in front of the service gave up waiting ("ESP API
	// response 504: <h1>504 Gateway Time-out</h1>"): the service's side,
	// for now.
	{ID: "http-gateway-timeout", Pattern: `\b504:? gateway time-?out\b|\bresponse 504\b[^\n]{0,80}\bgateway time-?out\b`,
		Code: CodeTemporaryFailure, Confidence: ConfidenceMedium,
		Summary: "The web gateway in front of the service (a sending service's API, Microsoft Graph, a webmail) timed out before the service answered: a passing fault on the service's side. Try again later; nothing in the settings needs to change.",
		Alternatives: []Alternative{
			alt(CodeServerUnavailable, "The service is down for longer.", "Its status page reports an incident."),
		},
		Source: "https://www.rfc-editor.org/rfc/rfc9110#section-15.6.5"},
	// Trend Micro's Email Reputation Services refusing the sending server
	// ("554 5.7.1 <>: Recipient address rejected: ERS-QIL" and its RBL and
	// DUL lists): the receiving side's verdict on the sending IP, whatever
	// the words "Recipient address rejected" say of the recipient.
	{ID: "trend-micro-ers", Pattern: `\bers-(qil|rbl|dul)\b`, NotPattern: blockLifted,
		Code: CodePolicyBlocked, Confidence: ConfidenceMedium,
		Summary: "The recipient's Trend Micro gateway refused the sending server's IP address (its Email Reputation Services list): the recipient is not unknown. The sending server's admin (or the mail provider) asks Trend Micro to review the address, or sends through another server.",
		Source:  "https://community.virginmedia.com/t5/Email/ntlworld-domain-blocked-by-trend-micro/td-p/5521393"},
	// A receiving gateway's block on the sending IP in its own words
	// ("451 ... Automated block triggered by suspicious activity from your
	// IP address", in a Cisco ESA's bounce log).
	{ID: "automated-ip-block", Pattern: `\bautomated block triggered by suspicious activity from your ip\b`, NotPattern: blockLifted,
		Code: CodePolicyBlocked, Confidence: ConfidenceMedium,
		Summary: "The receiving server blocked the sending server's IP address after activity it judged suspicious: the sending server's admin writes to the postmaster address the reply names, or sends through another server.",
		Alternatives: []Alternative{
			alt(CodeRateLimited, "The block lifts by itself after a while.", "The same message goes through hours later."),
		},
		Source: "https://www.cisco.com/c/en/us/support/security/email-security-appliance/products-user-guide-list.html"},
	// A bounce whose tagged recipient failed the gateway's check ("invalid
	// bounce, rcpt address <x> rejected by bounce verification", Cisco
	// ESA): the gateway's anti-backscatter policy.
	{ID: "bounce-verification", Pattern: `\brejected by bounce verification\b`,
		Code: CodePolicyBlocked, Confidence: ConfidenceMedium,
		Summary: "The gateway refused a bounce that does not answer a message it sent (bounce verification, against backscatter): usually a bounce of forged mail; nothing in an account's settings is wrong.",
		Source:  "https://www.cisco.com/c/en/us/support/security/email-security-appliance/products-user-guide-list.html"},
})

// srcMailFlowIntelligence is Microsoft's page on the 4.4.3xx codes
// Exchange Online gives for mail to an organisation's own servers.
const srcMailFlowIntelligence = "https://learn.microsoft.com/en-us/defender-office-365/mail-flow-intelligence-in-office-365"

// ndrResolved is a blocked message later let through.
const ndrResolved = `\b(approved|released|has since been delivered|was delivered)\b`

// nextHopResolved is a next hop's failure told as past.
const nextHopResolved = `\b(resolved|fixed|mail (is )?flowing( again)?|no longer)\b`

// exchangeTransportRules read Exchange's transport in its own words
// (held-out round 346: on-premises and hybrid mail flow as admins paste
// it, and Exchange Online's reports): the next hop Exchange Online could
// not reach, a transport that is switched off, a certificate the
// connector names and cannot find, and the stock sentences of its
// non-delivery reports. They come after graphRules, before the rules
// that read a reply's codes alone.
var exchangeTransportRules = besideOtherReplies([]rule{
	// Exchange Online's connection to the organisation's own server
	// (mail flow intelligence, "450 4.4.316 Connection refused"): the
	// code names what the connection met.
	{ID: "exo-next-hop-refused", Enhanced: []string{"4.4.316"}, NotPattern: nextHopResolved,
		Code: CodeConnectionRefused, Confidence: ConfidenceMedium,
		Summary: "Exchange Online could not connect to the next mail server (most often the organisation's own, through a connector): the connection was refused (a firewall that does not allow Microsoft 365's addresses, a server that is shut down, or a wrong address in the connector). The admin of that server checks it and the connector.",
		Source:  srcMailFlowIntelligence},
	{ID: "exo-next-hop-timeout", Enhanced: []string{"4.4.315"}, NotPattern: nextHopResolved,
		Code: CodeConnectionTimeout, Confidence: ConfidenceMedium,
		Summary: "Exchange Online could not connect to the next mail server in time (most often the organisation's own, through a connector: a server that is down, or a wrong address in the connector). The admin of that server checks it and the connector.",
		Source:  srcMailFlowIntelligence},
	{ID: "exo-next-hop-closed", Enhanced: []string{"4.4.318"}, NotPattern: nextHopResolved,
		Code: CodeServerUnavailable, Confidence: ConfidenceMedium,
		Summary: "The next mail server (most often the organisation's own), or a firewall inspecting SMTP in front of it, closed Exchange Online's connection part-way: that server's admin checks its services and resources and any SMTP inspection on the firewall.",
		Source:  srcMailFlowIntelligence},
	// The transport component is off ("412 4.3.2 Service not active",
	// "Retry : Service not active" in a connectivity log): a server left
	// in maintenance mode.
	// Only with Exchange's 4.3.2 or its connectivity log's "Retry :":
	// "service not active for this user" or a subscription's is the
	// account's (a fresh reviewer's near misses).
	{ID: "exchange-service-not-active", Protocols: []Protocol{ProtocolSMTP, ""}, Pattern: `\b4\.3\.2 service not active\b|\bretry : service not active\b`,
		NotPattern: `\b(now|again) active\b|\bresolved\b`,
		Code:       CodeServerUnavailable, Confidence: ConfidenceMedium,
		Summary: "The Exchange server's transport is not active (often a server left in maintenance mode): the server's admin sets its components active again (Set-ServerComponentState). The account's settings are not the cause.",
		Source:  "https://github.com/MicrosoftDocs/SupportArticles-docs/blob/107d422b4a809dc0d228e745c5090905cf91bd87/Exchange/ExchangeServer/mailflow/event-7009-send-receive-emails.md"},
	// Event 12014: the connector's certificate name matches no installed
	// certificate, so the server offers no STARTTLS.
	{ID: "exchange-certificate-not-found-for-tls", Pattern: `\bcould not find a certificate that contains the domain name\b`,
		Code: CodeStartTLSUnavailable, Confidence: ConfidenceMedium,
		Summary: "The Exchange server has no installed certificate for the name its connector uses, so it cannot offer STARTTLS: the server's admin installs the certificate or points the connector's TlsCertificateName at one that is installed.",
		Alternatives: []Alternative{
			alt(CodeTLSCertificate, "A certificate is offered but the other side rejects it.", "EHLO lists STARTTLS."),
		},
		Source: "https://docs.microsoft.com/en-US/exchange/troubleshoot/email-delivery/cannot-receive-mail-with-new-certificate"},
	// The stock sentences of Exchange Online's non-delivery reports when
	// the recipient's side refused by its own rules ("A custom mail flow
	// rule created by an admin at x has blocked your message", "Security
	// or policy settings at x have rejected your message", "Your message
	// to x has been blocked").
	{ID: "exo-ndr-blocked-by-recipient-rules", Pattern: `\bmail flow rule created by an admin at [^\s]{1,200} has blocked your message\b|\bsecurity or policy settings at [^\n]{1,200} have rejected your message\b`,
		NotPattern: ndrResolved,
		Code:       CodePolicyBlocked, Confidence: ConfidenceMedium,
		Summary: "The recipient's organisation refused the message by its own rules (a mail flow rule or a security setting its admin made): only the recipient's admin can allow it; the sender's account and settings are not the cause.",
		Source:  "https://learn.microsoft.com/en-us/exchange/mail-flow-best-practices/non-delivery-reports-in-exchange-online/non-delivery-reports-in-exchange-online"},
	// The report's headline alone ("Your message to x has been blocked.
	// See technical details below"): the reply code after it, when
	// pasted, says by whom and why (a listed sending IP is the sender's
	// side), so this reads only a headline without one, and says less.
	{ID: "exo-ndr-blocked-headline", Pattern: `^\s*your message to [^\s]{1,200} has been blocked\b`,
		NotPattern: ndrResolved + `|\b[245]\.[0-9]{1,3}\.[0-9]{1,3}\b|\b[45][0-9][0-9][ -]`,
		Code:       CodePolicyBlocked, Confidence: ConfidenceLow,
		Summary: "Exchange Online's report says the message was blocked, without the technical details that say by whom and why: most often the recipient's organisation's rules or filters; the report's details (the reply code) tell whether the recipient's admin or the sender's side must act.",
		Alternatives: []Alternative{
			alt(CodeSendingBlocked, "The sender's own account or server is blocked.", "The details name the sending IP or account."),
		},
		Source: "https://learn.microsoft.com/en-us/exchange/mail-flow-best-practices/non-delivery-reports-in-exchange-online/non-delivery-reports-in-exchange-online"},
	// Exchange's relay report that the message went on and the next
	// server sent no notification back: a success.
	// The recipients may follow on the same line or the next.
	{ID: "exchange-relay-dsn-delivered", NotReply: []int{4, 5}, Pattern: `^\s*delivery to these recipients or groups is complete, but no delivery notification was sent by the destination server[.:]?(\s+[^\s]+){0,20}\s*$`,
		Code: CodeOK, Confidence: ConfidenceMedium,
		Summary: "Exchange's relay report: the message was handed to the destination server, which sent no delivery notification back. Not an error.",
		Source:  "https://learn.microsoft.com/en-us/exchange/mail-flow-best-practices/non-delivery-reports-in-exchange-online/non-delivery-reports-in-exchange-online"},
})
