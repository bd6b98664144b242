package diagnose

// SMTP status codes, complete: every code of the IANA "SMTP Enhanced
// Status Codes" registry, read as the registry defines it, and RFC 5321's
// bare reply codes by the stage they answered.
//
// Issue 10: pasted texts keep bringing wording the tables do not know, but
// most SMTP refusals carry a status code, and the registry is a closed
// list. So every registered code gets a reading here (or names the rule
// that reads it elsewhere; TestStatusRegistryComplete checks both), and a
// refusal whose words no rule knows is still read by its code.
//
// Order (rules.go): a code is coarser than words.
//   - statusCodeRules are searched just before codeRules, after every
//     wording table: an enhanced code with a specific detail ("5.1.3",
//     "5.7.23") says one thing, more than a bare reply code does
//     ("501 5.1.3" is a bad recipient address, not a syntax error of the
//     client's), but less than the server's words.
//   - statusFallbackRules are searched after keywordRules, just before
//     lastRules: the coarse codes (X.0.0, X.N.0, X.5.N protocol codes,
//     X.7.1) and the bare reply codes read by stage. A keyword ("spam",
//     "quota") says more than "550 5.7.1" with no other words.
//
// Sources: https://www.iana.org/assignments/smtp-enhanced-status-codes
// (RFC 3463, 3886, 4468, 4954, 5248, 6531, 6710, 7293, 7372, 7505, 8617,
// 8689 and the registrations of X.7.28), and RFC 5321 section 4.2 and
// 4.3.2 for the reply codes each command may get.

import (
	"regexp"
	"strings"

	"github.com/mailcheck-go/mailcheck/probe"
)

const (
	srcIANAStatus = "https://www.iana.org/assignments/smtp-enhanced-status-codes/smtp-enhanced-status-codes.xhtml"
	srcRFC5248    = "https://www.rfc-editor.org/rfc/rfc5248"
	srcRFC6531    = "https://www.rfc-editor.org/rfc/rfc6531#section-3.7.4.2"
	srcRFC6710    = "https://www.rfc-editor.org/rfc/rfc6710"
	srcRFC7293    = "https://www.rfc-editor.org/rfc/rfc7293"
	srcRFC7505    = "https://www.rfc-editor.org/rfc/rfc7505"
	srcRFC8617    = "https://www.rfc-editor.org/rfc/rfc8617"
	srcRFC8689    = "https://www.rfc-editor.org/rfc/rfc8689"
	srcRFC5321Seq = "https://www.rfc-editor.org/rfc/rfc5321#section-4.3.2"
)

// statusEntry is one code of the IANA registry as this package reads it:
// subject.detail, the registry's title, and the reading of the permanent
// (5.X.X) and the temporary (4.X.X) code. An entry with Elsewhere is read
// by that rule of another table; one with neither reading nor Elsewhere
// is a success or report-only code (a DSN's 2.X.X) that names no failure.
type statusEntry struct {
	Detail, Title string
	// Perm and Temp are the codes for 5.Detail and 4.Detail; Temp ""
	// means the 4.X.X code is left to the bare 4xx reading (temporary).
	Perm, Temp Code
	Conf       Confidence
	// Stages limits the entry to these stages and Pattern to these words
	// (as a rule's); Tag then tells the rule's id apart.
	Stages       []probe.Stage
	Pattern, Tag string
	// NotReply excludes reply codes (as a rule's).
	NotReply []int
	Summary  string
	Alts     []Alternative
	// Fallback places the entry in statusFallbackRules: a coarse code.
	Fallback bool
	// Elsewhere names the rules that read the code already.
	Elsewhere []string
	Source    string
}

// Alternatives shared by the entries.
var (
	altStatusSender    = alt(CodeSenderNotPermitted, "The refused address is the sender's (MAIL FROM), not a recipient's.", "The reply answered MAIL FROM, or quotes the sender's address.")
	altStatusRelay     = alt(CodeRelayDenied, "The server refuses the recipient because the client is not signed in or not allowed to relay.", "Signing in first, or sending to an address of the server's own domain, works.")
	altStatusRecipient = alt(CodeRecipientUnknown, "The recipient's address or mailbox is what the server refuses.", "Other recipients in the same message go through.")
	altStatusPolicy    = alt(CodePolicyBlocked, "The receiving side's policy refused it (its filter, the sender's authentication or reputation).", "The reply or the receiver's postmaster page names a policy.")
	altStatusTemp      = alt(CodeTemporaryFailure, "A passing failure of the server.", "It works a few minutes later.")
	altStatusDNS       = alt(CodeDNSFailure, "A DNS lookup (MX, SPF, the recipient's domain) failed on the server's side.", "The same address works later.")
	altStatusSending   = alt(CodeSendingBlocked, "The account's own provider holds its sending.", "Mail to other domains fails the same way.")
)

// statusRegistry is the IANA registry, in its order.
var statusRegistry = []statusEntry{
	{Detail: "0.0", Title: "Other undefined Status", Fallback: true, Perm: CodeUnknown, Conf: ConfidenceLow,
		Summary: "The server refused with the registry's catch-all code (X.0.0) and words no rule knows: the code says only that it failed.",
		Alts:    []Alternative{altStatusPolicy, altStatusRecipient, altStatusTemp}, Source: srcRFC3463},

	// X.1: addressing.
	{Detail: "1.0", Title: "Other address status", Fallback: true, Perm: CodeRecipientUnknown, Conf: ConfidenceLow,
		Summary: "The server refused an address (X.1.0, other address status) without saying which or why.",
		Alts:    []Alternative{altStatusSender, altStatusRelay, altStatusPolicy}, Source: srcRFC3463Address},
	{Detail: "1.1", Title: "Bad destination mailbox address", Temp: CodeTemporaryFailure, Conf: ConfidenceMedium,
		Summary:   "The server could not check the recipient's mailbox for now (4.1.1); the address may be wrong or the lookup failed.",
		Alts:      []Alternative{altStatusRecipient},
		Elsewhere: []string{"smtp-5.1.1"}, Source: srcRFC3463Address},
	// The registry calls X.1.2 useful only for permanent failures;
	// Postfix sends 4.1.2 for a recipient domain that does not resolve
	// (unknown_address_reject_code 450), so a typo is not bounced on a
	// passing DNS failure.
	{Detail: "1.2", Title: "Bad destination system address", Temp: CodeRecipientUnknown, Conf: ConfidenceMedium,
		Summary:   "The recipient's domain was not found (4.1.2): the address after @ is wrong, or its DNS failed for now.",
		Alts:      []Alternative{altStatusTemp, altStatusDNS},
		Elsewhere: []string{"smtp-x.1.2"}, Source: srcRFC3463Address},
	{Detail: "1.3", Title: "Bad destination mailbox address syntax", Perm: CodeRecipientUnknown, Conf: ConfidenceMedium,
		Summary: "The recipient's address is not a valid address (X.1.3): a typo, a missing domain, stray characters or a display name where the address belongs.",
		Alts:    []Alternative{altStatusSender}, Source: srcRFC3463Address},
	{Detail: "1.4", Title: "Destination mailbox address ambiguous", Perm: CodeRecipientUnknown, Conf: ConfidenceMedium,
		Summary: "The recipient's address matches more than one mailbox on the receiving system (X.1.4); the full address is needed.",
		Source:  srcRFC3463Address},
	{Detail: "1.5", Title: "Destination address valid", Source: srcRFC3463Address},
	{Detail: "1.6", Title: "Destination mailbox has moved, No forwarding address", Perm: CodeRecipientUnknown, Conf: ConfidenceHigh,
		Summary: "The recipient's mailbox has moved and left no forwarding address (X.1.6): the address is no longer in use.",
		Source:  srcRFC3463Address},
	{Detail: "1.7", Title: "Bad sender's mailbox address syntax", Elsewhere: []string{"smtp-x.1.7"}, Source: srcRFC3463Address},
	{Detail: "1.8", Title: "Bad sender's system address", Elsewhere: []string{"smtp-x.1.7"}, Source: srcRFC3463Address},
	{Detail: "1.9", Title: "Message relayed to non-compliant mailer", Source: "https://www.rfc-editor.org/rfc/rfc3886"},
	{Detail: "1.10", Title: "Recipient address has null MX", Elsewhere: []string{"smtp-5.1.1"}, Source: srcRFC7505},

	// X.2: the recipient's mailbox.
	{Detail: "2.0", Title: "Other or undefined mailbox status", Fallback: true, Perm: CodeRecipientUnknown, Conf: ConfidenceLow,
		Summary: "The server refused because of the recipient's mailbox (X.2.0) without saying why.",
		Alts:    []Alternative{alt(CodeQuotaExceeded, "The mailbox is full.", "The recipient's other senders get the same refusal."), altStatusPolicy}, Source: srcRFC3463Mailbox},
	{Detail: "2.1", Title: "Mailbox disabled, not accepting messages", Perm: CodeRecipientUnknown, Temp: CodeTemporaryFailure, Conf: ConfidenceMedium,
		Summary: "The recipient's mailbox is disabled and takes no mail (5.2.1), or takes none for now (4.2.1).",
		Alts:    []Alternative{alt(CodeRateLimited, "The recipient gets mail too fast, or the sender sends too fast (Gmail's and La Poste's 4.2.1).", "It passes after a while.")}, Source: srcRFC3463Mailbox},
	{Detail: "2.2", Title: "Mailbox full", Elsewhere: []string{"smtp-x.2.2"}, Source: srcRFC3463Mailbox},
	{Detail: "2.3", Title: "Message length exceeds administrative limit", Elsewhere: []string{"smtp-x.3.4"}, Source: srcRFC3463Mailbox},
	{Detail: "2.4", Fallback: true, Title: "Mailing list expansion problem", Perm: CodeRecipientUnknown, Temp: CodeTemporaryFailure, Conf: ConfidenceLow,
		Summary: "The recipient is a mailing list that could not be expanded (X.2.4); its owner must fix it.",
		Source:  srcRFC3463Mailbox},

	// X.3: the receiving mail system.
	{Detail: "3.0", Title: "Other or undefined mail system status", Fallback: true, Perm: CodeServerUnavailable, Conf: ConfidenceLow,
		Summary: "The receiving mail system refused for a reason of its own (X.3.0) and said no more.",
		Alts:    []Alternative{altStatusPolicy, altStatusTemp}, Source: "https://www.rfc-editor.org/rfc/rfc3463#section-3.4"},
	{Detail: "3.1", Title: "Mail system full", Perm: CodeServerUnavailable, Temp: CodeTemporaryFailure, Conf: ConfidenceMedium,
		Summary: "The receiving server is out of storage (X.3.1): it takes no mail until its administrator frees space.",
		Alts:    []Alternative{alt(CodeQuotaExceeded, "The recipient's own mailbox is full.", "The words name a mailbox or quota.")}, Source: "https://www.rfc-editor.org/rfc/rfc3463#section-3.4"},
	{Detail: "3.2", Title: "System not accepting network messages", Perm: CodeServerUnavailable, Temp: CodeTemporaryFailure, Conf: ConfidenceMedium,
		NotReply: []int{421}, // 421 is read by its own rule: the service is down
		Summary:  "The receiving server takes no mail now (X.3.2): it is shutting down or in maintenance.",
		Source:   "https://www.rfc-editor.org/rfc/rfc3463#section-3.4"},
	{Detail: "3.3", Title: "System not capable of selected features", Perm: CodeMechanismUnsupported, Conf: ConfidenceMedium, Stages: onlyAuth, Tag: "auth",
		Summary: "The server does not have the feature asked for (X.3.3); at the sign-in, the mechanism the client chose.",
		Source:  "https://www.rfc-editor.org/rfc/rfc3463#section-3.4"},
	{Detail: "3.3", Title: "System not capable of selected features", Perm: CodeProtocolError, Conf: ConfidenceMedium,
		Summary: "The server does not have a feature the client asked for (X.3.3: a command, an extension or a parameter).",
		Source:  "https://www.rfc-editor.org/rfc/rfc3463#section-3.4"},
	{Detail: "3.4", Title: "Message too big for system", Elsewhere: []string{"smtp-x.3.4"}, Source: srcRFC3463Media},
	{Detail: "3.5", Title: "System incorrectly configured", Elsewhere: []string{"smtp-x.3.5"}, Source: "https://www.rfc-editor.org/rfc/rfc3463#section-3.4"},
	{Detail: "3.6", Title: "Requested priority was changed", Source: srcRFC6710},

	// X.4: network and routing.
	{Detail: "4.0", Title: "Other or undefined network or routing status", Fallback: true, Perm: CodeRecipientUnknown, Conf: ConfidenceLow,
		Summary: "Delivery failed on the way (X.4.0: network or routing), without saying where.",
		Alts:    []Alternative{altStatusDNS, altStatusTemp}, Source: "https://www.rfc-editor.org/rfc/rfc3463#section-3.5"},
	{Detail: "4.1", Title: "No answer from host", Elsewhere: []string{"status-x.4.1-no-answer"}, Source: "https://www.rfc-editor.org/rfc/rfc3463#section-3.5"},
	{Detail: "4.2", Title: "Bad connection", Perm: CodeTemporaryFailure, Temp: CodeTemporaryFailure, Conf: ConfidenceMedium,
		Summary: "The connection between the mail servers broke or stalled (X.4.2); sending again on a new connection usually works.",
		Alts:    []Alternative{alt(CodeConnectionTimeout, "The network between the two sides stalls all the time.", "Every attempt ends the same way.")}, Source: "https://www.rfc-editor.org/rfc/rfc3463#section-3.5"},
	{Detail: "4.3", Title: "Directory server failure", Perm: CodeTemporaryFailure, Temp: CodeTemporaryFailure, Conf: ConfidenceMedium,
		Summary: "A directory the server needs (DNS, LDAP) failed (X.4.3); it is the server's side, and a later try usually works.",
		Alts:    []Alternative{altStatusDNS, altStatusRecipient}, Source: "https://www.rfc-editor.org/rfc/rfc3463#section-3.5"},
	{Detail: "4.4", Title: "Unable to route", Perm: CodeRecipientUnknown, Temp: CodeTemporaryFailure, Conf: ConfidenceMedium,
		Summary: "No route to the recipient's domain (X.4.4): it has no mail server (MX) the sender can reach.",
		Alts:    []Alternative{altStatusDNS}, Source: "https://www.rfc-editor.org/rfc/rfc3463#section-3.5"},
	{Detail: "4.5", Title: "Mail system congestion", Perm: CodeRateLimited, Temp: CodeTemporaryFailure, Conf: ConfidenceMedium,
		Summary: "The mail system is congested (X.4.5): too busy now, or a sending limit was reached.",
		Alts:    []Alternative{alt(CodeServerUnavailable, "The server is overloaded and turns every client away for now.", "Other senders get the same reply at the same time.")}, Source: "https://www.rfc-editor.org/rfc/rfc3463#section-3.5"},
	{Detail: "4.6", Title: "Routing loop detected", Perm: CodeServerUnavailable, Temp: CodeTemporaryFailure, Conf: ConfidenceMedium,
		Summary: "The message went round in a loop between mail servers (X.4.6): the receiving domain's routing (MX, forwarding) is misconfigured.",
		Source:  "https://www.rfc-editor.org/rfc/rfc3463#section-3.5"},
	{Detail: "4.7", Title: "Delivery time expired", Perm: CodeTemporaryFailure, Temp: CodeTemporaryFailure, Conf: ConfidenceMedium,
		Summary: "The sending server tried until the message expired (X.4.7): the receiving side kept deferring it or could not be reached.",
		Alts:    []Alternative{alt(CodeConnectionTimeout, "The receiving server could not be reached at all.", "The sending server's log shows connection timeouts."), altStatusPolicy}, Source: "https://www.rfc-editor.org/rfc/rfc3463#section-3.5"},

	// X.5: the mail delivery protocol. Read after the reply codes: a 530
	// or 535 with "5.5.1" is about the sign-in, not the protocol.
	{Detail: "5.0", Title: "Other or undefined protocol status", Fallback: true, Perm: CodeProtocolError, Conf: ConfidenceLow,
		Summary: "The server refused a command of the conversation (X.5.0) and said no more.",
		Alts:    []Alternative{altStatusPolicy}, Source: "https://www.rfc-editor.org/rfc/rfc3463#section-3.6"},
	{Detail: "5.1", Title: "Invalid command", Fallback: true, Perm: CodeProtocolError, Conf: ConfidenceMedium,
		Summary: "The server did not take a command (X.5.1): not valid here or now.",
		Source:  "https://www.rfc-editor.org/rfc/rfc3463#section-3.6"},
	{Detail: "5.2", Title: "Syntax error", Fallback: true, Perm: CodeProtocolError, Conf: ConfidenceMedium,
		Summary: "The server could not parse a command (X.5.2): a client bug, or an address with characters it does not take.",
		Source:  "https://www.rfc-editor.org/rfc/rfc3463#section-3.6"},
	{Detail: "5.3", Title: "Too many recipients", Perm: CodeRateLimited, Temp: CodeRateLimited, Conf: ConfidenceMedium,
		Summary: "The message has more recipients than the server takes in one message (X.5.3); send to fewer at a time.",
		Source:  "https://www.rfc-editor.org/rfc/rfc3463#section-3.6"},
	{Detail: "5.4", Title: "Invalid command arguments", Fallback: true, Perm: CodeProtocolError, Conf: ConfidenceMedium,
		Summary: "The server did not take a command's arguments (X.5.4).",
		Alts:    []Alternative{altStatusSender}, Source: "https://www.rfc-editor.org/rfc/rfc3463#section-3.6"},
	{Detail: "5.5", Title: "Wrong protocol version", Fallback: true, Perm: CodeProtocolError, Conf: ConfidenceMedium,
		Source: "https://www.rfc-editor.org/rfc/rfc3463#section-3.6"},
	{Detail: "5.6", Title: "Authentication Exchange line is too long", Perm: CodeMechanismUnsupported, Conf: ConfidenceMedium,
		Summary: "The sign-in line was longer than the server takes (X.5.6, RFC 4954); a long OAuth token needs a mechanism that sends it in a continuation line.",
		Alts:    []Alternative{alt(CodeProtocolError, "The client builds the AUTH line wrongly.", "Other clients sign in to the same server.")}, Source: srcRFC4954},

	// X.6: message content or media.
	{Detail: "6.0", Title: "Other or undefined media error", Fallback: true, Perm: CodeProtocolError, Conf: ConfidenceLow,
		Summary: "The server refused the message's content or format (X.6.0).",
		Alts:    []Alternative{altStatusPolicy}, Source: srcRFC3463Media},
	{Detail: "6.1", Title: "Media not supported", Perm: CodeProtocolError, Conf: ConfidenceMedium,
		Summary: "The message uses a content type or encoding the receiving side does not take (X.6.1).",
		Alts:    []Alternative{altStatusPolicy}, Source: srcRFC3463Media},
	{Detail: "6.2", Title: "Conversion required and prohibited", Perm: CodeProtocolError, Conf: ConfidenceMedium,
		Summary: "The message had to be converted (for example from 8-bit) and the sender forbade it (X.6.2).",
		Source:  srcRFC3463Media},
	{Detail: "6.3", Title: "Conversion required but not supported", Perm: CodeProtocolError, Conf: ConfidenceMedium,
		Summary: "The message had to be converted for the receiving side, which cannot do it (X.6.3): often 8-bit content to a server without 8BITMIME.",
		Source:  srcRFC3463Media},
	{Detail: "6.4", Title: "Conversion with loss performed", Source: srcRFC3463Media},
	{Detail: "6.5", Title: "Conversion Failed", Perm: CodeProtocolError, Temp: CodeTemporaryFailure, Conf: ConfidenceMedium,
		Summary: "Converting the message for the receiving side failed (X.6.5).",
		Source:  srcRFC3463Media},
	{Detail: "6.6", Title: "Message content not available", Perm: CodeProtocolError, Temp: CodeTemporaryFailure, Conf: ConfidenceMedium,
		Summary: "The message referred to by BURL could not be fetched (X.6.6, RFC 4468).",
		Source:  "https://www.rfc-editor.org/rfc/rfc4468"},
	{Detail: "6.7", Title: "Non-ASCII addresses not permitted for that sender/recipient", Perm: CodeProtocolError, Conf: ConfidenceMedium,
		Summary: "An address has non-ASCII characters, and the server or the next hop does not take them (X.6.7, no SMTPUTF8).",
		Alts:    []Alternative{altStatusRecipient, altStatusSender}, Source: srcRFC6531},
	{Detail: "6.8", Title: "UTF-8 string reply is required, but not permitted by the SMTP client", Perm: CodeProtocolError, Conf: ConfidenceMedium,
		Summary: "The reply needed UTF-8 (a non-ASCII address) and the client did not ask for SMTPUTF8 (X.6.8).",
		Source:  srcRFC6531},
	{Detail: "6.9", Title: "UTF-8 header message cannot be transferred to one or more recipients", Perm: CodeProtocolError, Conf: ConfidenceMedium,
		Summary: "The message has UTF-8 headers that the next hop does not take (X.6.9, no SMTPUTF8).",
		Source:  srcRFC6531},
	{Detail: "6.10", Title: "(duplicate of X.6.9, registered in error)", Perm: CodeProtocolError, Conf: ConfidenceMedium,
		Summary: "The message has UTF-8 headers that the next hop does not take (X.6.10, the registry's duplicate of X.6.9).",
		Source:  srcRFC6531},

	// X.7: security or policy.
	{Detail: "7.0", Title: "Other or undefined security status", Fallback: true, Perm: CodePolicyBlocked, Temp: CodeTemporaryFailure, Conf: ConfidenceLow,
		Summary: "The server refused for a security or policy reason (X.7.0) without saying which.",
		Alts:    []Alternative{altStatusRelay, altStatusSending, alt(CodeInvalidCredentials, "The refusal answered the sign-in.", "It came right after AUTH.")}, Source: srcRFC3463},
	{Detail: "7.1", Title: "Delivery not authorized, message refused", Fallback: true, Perm: CodeRelayDenied, Conf: ConfidenceLow, Stages: []probe.Stage{probe.StageEnvelope}, Tag: "envelope",
		Summary:   "The server refused an address of the envelope (X.7.1, not authorized): most often a recipient it will not relay to for this client.",
		Alts:      []Alternative{altStatusSender, altStatusPolicy, altStatusRecipient},
		Elsewhere: []string{"smtp-x.7.1-envelope", "policy-x.7.1-data"}, Source: srcRFC3463},
	{Detail: "7.1", Title: "Delivery not authorized, message refused", Fallback: true, Perm: CodePolicyBlocked, Temp: CodeTemporaryFailure, Conf: ConfidenceLow,
		Summary: "The server refused the message as not authorized (X.7.1): its policy (a filter, the sender's authentication or reputation, relaying rules) decided, and the words do not say which.",
		Alts:    []Alternative{altStatusRelay, altStatusSender, altStatusSending, alt(CodeRateLimited, "4.7.1 is also the usual code of greylisting and of rate limits.", "The same message passes minutes later.")}, Source: srcRFC3463},
	{Detail: "7.2", Title: "Mailing list expansion prohibited", Perm: CodePolicyBlocked, Conf: ConfidenceMedium,
		Summary: "The sender may not send to this mailing list (X.7.2).",
		Alts:    []Alternative{altStatusSender}, Source: srcRFC3463},
	{Detail: "7.3", Title: "Security conversion required but not possible", Perm: CodeTLSWrongMode, Temp: CodeTLSWrongMode, Conf: ConfidenceMedium, Pattern: `starttls|\btls\b|encrypt|secure (connection|channel)`,
		Summary: "The server requires a secured session it did not get (X.7.3); Exchange Online sends it as \"STARTTLS is required to send mail\": the client must use STARTTLS (port 587) before sending.",
		Alts: []Alternative{
			alt(CodePlaintextDisallowed, "The client went on without STARTTLS on a port that offers it (its security setting is \"none\"), the same refusal as \"Must issue a STARTTLS command first\".", "The EHLO reply lists STARTTLS, and the client's log shows no STARTTLS before AUTH or MAIL FROM."),
			alt(CodeInvalidCredentials, "Exchange Online also sends 5.7.3 for a refused sign-in (\"Authentication unsuccessful\").", "The reply answered AUTH."),
		},
		Source: "https://learn.microsoft.com/en-us/exchange/troubleshoot/email-delivery/send-receive-emails-socketerror"},
	{Detail: "7.4", Title: "Security features not supported", Perm: CodeMechanismUnsupported, Conf: ConfidenceMedium,
		Summary: "The server does not support the security feature asked for (X.7.4); at the sign-in, the authentication mechanism the client chose.",
		Source:  srcRFC3463},
	{Detail: "7.5", Fallback: true, Title: "Cryptographic failure", Perm: CodePolicyBlocked, Temp: CodeTemporaryFailure, Conf: ConfidenceLow,
		Summary: "A cryptographic check of the message failed (X.7.5: a signature or decryption).",
		Source:  srcRFC3463},
	{Detail: "7.6", Title: "Cryptographic algorithm not supported", Perm: CodeMechanismUnsupported, Conf: ConfidenceMedium,
		Summary: "The server does not support the algorithm or mechanism asked for (X.7.6); at the sign-in, the authentication type.",
		Source:  srcRFC3463},
	{Detail: "7.7", Fallback: true, Title: "Message integrity failure", Perm: CodePolicyBlocked, Conf: ConfidenceLow,
		Summary: "The message failed an integrity check (X.7.7).",
		Source:  srcRFC3463},
	{Detail: "7.8", Title: "Authentication credentials invalid", Elsewhere: []string{"smtp-5.7.8"}, Source: srcRFC4954},
	{Detail: "7.9", Title: "Authentication mechanism is too weak", Elsewhere: []string{"smtp-5.7.9"}, Source: srcRFC4954},
	{Detail: "7.10", Title: "Encryption Needed", Perm: CodePlaintextDisallowed, Conf: ConfidenceMedium,
		Summary: "The server needs an encrypted session for what the client asked (X.7.10): use STARTTLS or implicit TLS before signing in.",
		Source:  srcRFC5248},
	{Detail: "7.11", Title: "Encryption required for requested authentication mechanism", Elsewhere: []string{"smtp-5.7.11"}, Source: srcRFC4954},
	{Detail: "7.12", Title: "A password transition is needed", Elsewhere: []string{"smtp-x.7.12"}, Source: srcRFC4954},
	{Detail: "7.13", Title: "User Account Disabled", Elsewhere: []string{"smtp-5.7.13"}, Source: srcRFC5248},
	{Detail: "7.14", Fallback: true, Title: "Trust relationship required", Perm: CodePolicyBlocked, Conf: ConfidenceLow,
		Summary: "The server requires a trust relationship it does not have with this client or a third party (X.7.14).",
		Alts:    []Alternative{alt(CodeWebLoginRequired, "Google sends 534 5.7.14 to ask for a sign-in in a browser first.", "The reply links to accounts.google.com.")}, Source: srcRFC5248},
	{Detail: "7.15", Title: "Priority Level is too low", Perm: CodePolicyBlocked, Temp: CodeTemporaryFailure, Conf: ConfidenceMedium,
		Summary: "The message's priority is too low for the server to take it now (X.7.15, RFC 6710).",
		Source:  srcRFC6710},
	{Detail: "7.16", Title: "Message is too big for the specified priority", Perm: CodeMessageTooLarge, Temp: CodeMessageTooLarge, Conf: ConfidenceMedium,
		Summary: "The message is too big for the priority it asked for (X.7.16, RFC 6710).",
		Source:  srcRFC6710},
	{Detail: "7.17", Title: "Mailbox owner has changed", Perm: CodeRecipientUnknown, Conf: ConfidenceHigh,
		Summary: "The recipient's mailbox now belongs to someone else (X.7.17, RFC 7293): the address is no longer the intended person's.",
		Source:  srcRFC7293},
	{Detail: "7.18", Title: "Domain owner has changed", Perm: CodeRecipientUnknown, Conf: ConfidenceHigh,
		Summary: "The recipient's domain has changed owner (X.7.18, RFC 7293).",
		Source:  srcRFC7293},
	{Detail: "7.19", Fallback: true, Title: "RRVS test cannot be completed", Perm: CodeRecipientUnknown, Conf: ConfidenceLow,
		Summary: "The server could not check that the recipient's mailbox still has the same owner (X.7.19, RFC 7293).",
		Alts:    []Alternative{altStatusTemp}, Source: srcRFC7293},
	{Detail: "7.20", Title: "No passing DKIM signature found", Perm: CodePolicyBlocked, Conf: ConfidenceMedium,
		Summary: "The receiving side requires a valid DKIM signature and the message has none that passes (X.7.20): the sending domain must sign its mail.",
		Source:  srcRFC7372},
	{Detail: "7.21", Title: "No acceptable DKIM signature found", Perm: CodePolicyBlocked, Conf: ConfidenceMedium,
		Summary: "The message's DKIM signatures pass but none is acceptable to the receiving side (X.7.21).",
		Source:  srcRFC7372},
	{Detail: "7.22", Title: "No valid author-matched DKIM signature found", Perm: CodePolicyBlocked, Conf: ConfidenceMedium,
		Summary: "No valid DKIM signature matches the From address's domain (X.7.22).",
		Source:  srcRFC7372},
	{Detail: "7.23", Title: "SPF validation failed", Perm: CodePolicyBlocked, Temp: CodePolicyBlocked, Conf: ConfidenceMedium,
		Summary: "The sending server is not allowed by the sender domain's SPF record (X.7.23): the domain's SPF must list the server, or mail must go through the domain's own server.",
		Alts:    []Alternative{altStatusSender}, Source: srcRFC7372},
	{Detail: "7.24", Title: "SPF validation error", Perm: CodePolicyBlocked, Temp: CodeTemporaryFailure, Conf: ConfidenceMedium,
		Summary: "The sender domain's SPF record could not be checked (X.7.24): it is broken, or its DNS failed for now.",
		Alts:    []Alternative{altStatusDNS}, Source: srcRFC7372},
	{Detail: "7.25", Title: "Reverse DNS validation failed", Perm: CodePolicyBlocked, Temp: CodePolicyBlocked, Conf: ConfidenceMedium,
		Summary: "The sending server's IP address has no matching reverse DNS (PTR) name (X.7.25); its operator must set one.",
		Source:  srcRFC7372},
	{Detail: "7.26", Title: "Multiple authentication checks failed", Perm: CodePolicyBlocked, Temp: CodePolicyBlocked, Conf: ConfidenceMedium,
		Summary: "The message failed the receiving side's sender authentication checks (X.7.26: SPF, DKIM, DMARC).",
		Alts:    []Alternative{altStatusTemp}, Source: srcRFC7372},
	{Detail: "7.27", Title: "Sender address has null MX", Perm: CodeSenderNotPermitted, Conf: ConfidenceMedium,
		Summary: "The sender's domain publishes a null MX (X.7.27, RFC 7505): it declares it takes no mail, so mail from it is refused.",
		Source:  srcRFC7505},
	{Detail: "7.28", Title: "Mail flood detected", Perm: CodeRateLimited, Temp: CodeRateLimited, Conf: ConfidenceMedium,
		Summary: "The receiving side sees a flood of similar messages from this sender (X.7.28) and refuses more for a while.",
		Alts:    []Alternative{altStatusPolicy}, Source: srcIANAStatus},
	{Detail: "7.29", Title: "ARC validation failure", Perm: CodePolicyBlocked, Conf: ConfidenceMedium,
		Summary: "The message's ARC chain failed validation (X.7.29, RFC 8617).",
		Source:  srcRFC8617},
	{Detail: "7.30", Title: "REQUIRETLS support required", Elsewhere: []string{"smtp-5.7.30"}, Source: srcRFC8689},
}

// statusCodeRules and statusFallbackRules are built from statusRegistry.
var statusCodeRules, statusFallbackRules = append(append(statusRules(false), replyStageFirstRules...), dotnetRules...), append(statusRules(true), replyStageRules...)

// statusRules returns one rule per class (5, 4) of each entry with a
// reading, for the early (fallback false) or the late table.
func statusRules(fallback bool) []rule {
	var out []rule
	for _, e := range statusRegistry {
		if e.Fallback != fallback {
			continue
		}
		for _, c := range []struct {
			class string
			code  Code
		}{{"5", e.Perm}, {"4", e.Temp}} {
			if c.code == "" {
				continue
			}
			id := "status-" + c.class + "." + e.Detail
			if e.Tag != "" {
				id += "-" + e.Tag
			}
			summary := e.Summary
			alts := e.Alts
			conf := e.Conf
			if c.class == "4" && c.code == CodeTemporaryFailure && e.Perm != "" && e.Perm != CodeTemporaryFailure {
				// The temporary form of a permanent reading: the same
				// cause, for now.
				alts = append([]Alternative{alt(e.Perm, "The cause behind the code ("+e.Title+") stays.", "A later try gets the same refusal as 5."+e.Detail+".")}, alts...)
			}
			alts = altsWithout(alts, c.code)
			out = append(out, rule{ID: id, Protocols: onlySMTP, Enhanced: []string{c.class + "." + e.Detail}, Stages: e.Stages, Pattern: e.Pattern, NotReply: e.NotReply,
				Code: c.code, Confidence: conf, Summary: summary, Alternatives: alts, Source: e.Source})
		}
	}
	return out
}

// altsWithout returns alts without c and without repeats: an entry's
// alternatives serve both classes, whose codes differ.
func altsWithout(alts []Alternative, c Code) []Alternative {
	var out []Alternative
	seen := map[Code]bool{c: true}
	for _, a := range alts {
		if !seen[a.Code] {
			seen[a.Code] = true
			out = append(out, a)
		}
	}
	return out
}

// replyStageRules read a bare reply code by the command it answered (RFC
// 5321 section 4.3.2 lists the replies each command may get), when no
// wording, no enhanced code and no keyword decided. They are appended to
// statusFallbackRules, after the coarse enhanced codes: "550 5.7.1" says
// "not authorized" where a bare 550 says only "not taken". A refusal whose
// stage is unknown is left to lastRules (unknown, readings ranked).
var replyStageRules = []rule{
	// EHLO/HELO: RFC 5321 lists 502, 504, 550 and 421. A 5xx to EHLO is
	// a refused client name (a HELO policy) or a server that speaks
	// only HELO.
	{ID: "reply-5xx-ehlo", Protocols: onlySMTP, Reply: []int{5}, NotReply: []int{500, 501, 502, 503, 504}, Stages: []probe.Stage{probe.StageEHLO},
		Code: CodePolicyBlocked, Confidence: ConfidenceLow,
		Summary:      "The server refused the client's EHLO/HELO: its policy does not take this client's name or address.",
		Alternatives: []Alternative{alt(CodeProtocolError, "The client's EHLO name is malformed.", "The client sends a bare word or an IP address without brackets as its name.")},
		Source:       srcRFC5321Seq},
	// MAIL FROM without the command named: 552 is a size the server
	// refuses (the SIZE= parameter, RFC 1870), 553 and 550 the sender.
	{ID: "reply-552-mail", Protocols: onlySMTP, Reply: []int{552}, Envelope: "mail",
		Code: CodeMessageTooLarge, Confidence: ConfidenceMedium,
		Summary: "The server refused MAIL FROM with 552: the declared message size (SIZE=) is over its limit.",
		Source:  "https://www.rfc-editor.org/rfc/rfc1870"},
	// RCPT TO: 452 is "too many recipients" (RFC 5321 4.5.3.1.10) or
	// the server's storage; 450 a mailbox unavailable for now.
	{ID: "reply-452-rcpt", Protocols: onlySMTP, Reply: []int{452}, Stages: []probe.Stage{probe.StageEnvelope},
		Code: CodeRateLimited, Confidence: ConfidenceLow,
		Summary:      "The server took no more recipients for now (452 after RCPT TO: RFC 5321's reply for too many recipients, or a full system).",
		Alternatives: []Alternative{alt(CodeTemporaryFailure, "The server is short of storage.", "The reply speaks of storage; a message to one recipient fails too.")},
		Source:       "https://www.rfc-editor.org/rfc/rfc5321#section-4.5.3.1.10"},
	// The envelope stage without the command named: 553 "mailbox name
	// not allowed" is most often the sender's address (MAIL FROM) that
	// the login may not use; 550/551/554 a recipient refused.
	{ID: "reply-553-envelope", Protocols: onlySMTP, Reply: []int{553}, Stages: []probe.Stage{probe.StageEnvelope},
		Code: CodeSenderNotPermitted, Confidence: ConfidenceLow,
		Summary:      "The server refused an address of the envelope with 553 (mailbox name not allowed): most often the sender's address, which this login may not use.",
		Alternatives: []Alternative{altStatusRecipient, altStatusRelay},
		Source:       srcRFC5321Seq},
	// Blind labels of such bare refusals ("550 Sorry, no access for this
	// ip", "554 Black mail address.", "550 Command Rejected") say the
	// receiving side's policy 8 times in 15, a relay refusal 3 times
	// (held-out rounds 1-105).
	{ID: "reply-5xx-envelope", Protocols: onlySMTP, Reply: []int{550, 551, 554}, Stages: []probe.Stage{probe.StageEnvelope},
		Code: CodePolicyBlocked, Confidence: ConfidenceLow,
		Summary:      "The server refused an address of the envelope and said no more: most often its own policy (this sending server, address or domain is not accepted), else a recipient it will not take from this client (not signed in, or not allowed to relay).",
		Alternatives: []Alternative{altStatusRelay, altStatusRecipient, altStatusSender},
		Source:       srcRFC5321Seq},
	// DATA and the end of the message: 554 "transaction failed" and 550
	// are the receiving side's refusal of the message; 571 is no RFC 5321
	// code, but Exchange and older filters send it for the same refusal
	// ("571 Delivery not authorized, message refused"). A reply that
	// says its error is unknown to the server itself ("550 SL E523
	// Unknown error", held-out round 301) names no filter.
	{ID: "reply-5xx-data", Protocols: onlySMTP, Reply: []int{550, 554, 571}, Stages: []probe.Stage{probe.StageData},
		NotPattern: `\b(unknown|unexpected|unspecified) error\b`,
		Code:       CodePolicyBlocked, Confidence: ConfidenceLow,
		Summary:      "The server refused the message after reading it and said no more: its filter (content, the sender's authentication or reputation) decided.",
		Alternatives: []Alternative{altStatusSending, altStatusSender},
		Source:       srcRFC5321Seq},
	{ID: "reply-452-data", Protocols: onlySMTP, Reply: []int{452}, Stages: []probe.Stage{probe.StageData},
		Code: CodeTemporaryFailure, Confidence: ConfidenceLow,
		Summary:      "The server is short of storage for the message for now (452 after DATA).",
		Alternatives: []Alternative{alt(CodeRateLimited, "A sending limit worded as storage.", "It passes after an hour.")},
		Source:       srcRFC5321Seq},
}

// replyStageFirstRules are bare reply codes whose stage makes them say
// one thing, read with statusCodeRules before codeRules' readings of the
// same code at any stage (RFC 4954's 454 is a failed sign-in; after
// STARTTLS, RFC 3207's 454 is TLS not available).
var replyStageFirstRules = []rule{
	// STARTTLS refused as a command the server does not know (RFC 3207:
	// a server without it answers 500 or 502), quoted by a client without
	// the reply code (PHPMailer's "STARTTLS command failed Unrecognized
	// command 'STARTTLS'"): the server offers no STARTTLS here.
	{ID: "starttls-command-unknown", Protocols: onlySMTP, Stages: []probe.Stage{probe.StageStartTLS}, NotReply: []int{2, 4, 503},
		Pattern: `unrecogni[sz]ed command|command (not|un)(recogni[sz]ed|implemented)|not implemented`,
		Code:    CodeStartTLSUnavailable, Confidence: ConfidenceMedium,
		Summary:      "The server does not know the STARTTLS command on this port: it offers no TLS here (implicit TLS on 465, or no TLS at all).",
		Alternatives: []Alternative{altWrongMode},
		Source:       "https://www.rfc-editor.org/rfc/rfc3207#section-4"},
	// 454 after MAIL FROM or RCPT TO is not RFC 4954's failed sign-in:
	// .NET names it ClientNotPermitted ("Client does not have permission
	// to submit mail to this server"), and Postfix sends "454 4.7.1 ...
	// Relay access denied" when it defers an unauthorised relay.
	{ID: "reply-454-envelope", Protocols: onlySMTP, Reply: []int{454}, Stages: []probe.Stage{probe.StageEnvelope},
		NotPattern: `try (again|later)|temporar|greylist|busy`, // a cause for now, in the server's words
		Code:       CodeRelayDenied, Confidence: ConfidenceLow,
		Summary: "The server did not let this client submit mail for now (454 after MAIL FROM or RCPT TO): it is not signed in, or not allowed to send through this server.",
		Alternatives: []Alternative{altStatusTemp,
			alt(CodeInvalidCredentials, "The sign-in before failed and the client went on.", "The log shows AUTH refused before MAIL FROM.")},
		Source: "https://learn.microsoft.com/en-us/dotnet/api/system.net.mail.smtpstatuscode"},
	// Reply codes that other RFCs gave one meaning at any stage.
	{ID: "reply-555", Protocols: onlySMTP, Reply: []int{555},
		Code: CodeProtocolError, Confidence: ConfidenceMedium,
		Summary:      "The server did not recognise a parameter of MAIL FROM or RCPT TO (555, RFC 5321): often SMTPUTF8, SIZE or BODY sent to a server that did not offer it, or a malformed address.",
		Alternatives: []Alternative{altStatusSender, altStatusRecipient},
		Source:       "https://www.rfc-editor.org/rfc/rfc5321#section-4.2.3"},
	{ID: "reply-556", Protocols: onlySMTP, Reply: []int{556},
		Code: CodeRecipientUnknown, Confidence: ConfidenceMedium,
		Summary:      "The domain does not accept mail (556, RFC 7504): it publishes a null MX, so no address there can receive.",
		Alternatives: []Alternative{alt(CodeSenderNotPermitted, "The domain in question is the sender's: a domain that takes no mail may not send either.", "The reply says \"Sender address rejected\".")},
		Source:       "https://www.rfc-editor.org/rfc/rfc7504"},
	// "521 access denied" (Broadcom's list of receiving refusals;
	// held-out round 180): the host takes mail, but not from this sender.
	{ID: "reply-521-denied", Protocols: onlySMTP, Reply: []int{521}, Pattern: `\b(access denied|denied|blocked|banned|not allowed)\b`,
		Code: CodePolicyBlocked, Confidence: ConfidenceMedium,
		Summary:      "The receiving server refuses this sender from the start (521 with a denial): its policy does not take mail from this server's address or domain. The sending server's admin must ask the receiving side why.",
		Alternatives: []Alternative{alt(CodeServerUnavailable, "The host does not take mail for anyone.", "Other senders get the same 521.")},
		Source:       "https://www.rfc-editor.org/rfc/rfc7504"},
	// chasquid answers a bad line ending with "521 5.5.2 Error reading
	// DATA: invalid line ending" (held-out round 187): a syntax fault,
	// read by its status.
	{ID: "reply-521", Protocols: onlySMTP, Reply: []int{521}, NotPattern: `\b5\.5\.[0-9]\b|invalid line ending`,
		Code: CodeServerUnavailable, Confidence: ConfidenceMedium,
		Summary:      "This host does not accept mail at all (521, RFC 7504): it is not a mail server for anyone, or refuses this client from the start.",
		Alternatives: []Alternative{altStatusPolicy},
		Source:       "https://www.rfc-editor.org/rfc/rfc7504"},
	{ID: "reply-523", Protocols: onlySMTP, Reply: []int{523},
		Code: CodePlaintextDisallowed, Confidence: ConfidenceMedium,
		Summary: "The server needs an encrypted session first (523, RFC 5248 Encryption Needed): use STARTTLS or implicit TLS.",
		Source:  srcRFC5248},
	{ID: "reply-525", Protocols: onlySMTP, Reply: []int{525},
		Code: CodeAccountLocked, Confidence: ConfidenceMedium,
		Summary: "The account is disabled (525, RFC 5248 User Account Disabled).",
		Source:  srcRFC5248},
	// STARTTLS: RFC 3207's 454 "TLS not available due to temporary
	// reason", whatever words the server put instead.
	{ID: "reply-454-starttls", Protocols: onlySMTP, Reply: []int{454}, Stages: []probe.Stage{probe.StageStartTLS},
		Code: CodeStartTLSUnavailable, Confidence: ConfidenceMedium,
		Summary:      "The server refused STARTTLS for now (454, RFC 3207): it cannot start TLS, so nothing can be sent safely.",
		Alternatives: []Alternative{alt(CodeTLSHandshakeFailed, "The server's own TLS set-up (certificate, keys) is broken.", "The server's log names the TLS problem.")},
		Source:       "https://www.rfc-editor.org/rfc/rfc3207#section-4"},
}

// dotnetStatusReplies are the sentences .NET's SmtpException puts before
// "The server response was: ..." (SmtpException.GetMessageForStatus and
// Strings.resx of System.Net.Mail), each the name of one SmtpStatusCode:
// the reply code the server sent. The server's own reply after the
// sentence often drops that code ("Mailbox unavailable. The server
// response was: 5.7.1 Authentication Required"), so the sentence gives it
// back. "Mailbox unavailable." names both MailboxBusy (450) and
// MailboxUnavailable (550); the enhanced code's class tells them apart.
// Success codes (Completed., Service ready.) never come with a failure.
//
// Sources: https://github.com/dotnet/runtime/blob/main/src/libraries/System.Net.Mail/src/System/Net/Mail/SmtpException.cs
// https://github.com/dotnet/runtime/blob/main/src/libraries/System.Net.Mail/src/Resources/Strings.resx
// https://learn.microsoft.com/en-us/dotnet/api/system.net.mail.smtpstatuscode
var dotnetStatusReplies = []struct {
	sentence, name string
	reply          int
}{
	{"Service not available, closing transmission channel.", "ServiceNotAvailable", 421},
	{"Mailbox unavailable.", "MailboxBusy", 450},
	{"Error in processing.", "LocalErrorInProcessing", 451},
	{"Insufficient system storage.", "InsufficientStorage", 452},
	{"Client does not have permission to submit mail to this server.", "ClientNotPermitted", 454},
	{"Syntax error, command unrecognized.", "CommandUnrecognized", 500},
	{"Syntax error in parameters or arguments.", "SyntaxError", 501},
	{"Command not implemented.", "CommandNotImplemented", 502},
	{"Bad sequence of commands.", "BadCommandSequence", 503},
	{"Command parameter not implemented.", "CommandParameterNotImplemented", 504},
	{"The SMTP server requires a secure connection or the client was not authenticated.", "MustIssueStartTlsFirst", 530},
	{"Mailbox unavailable.", "MailboxUnavailable", 550},
	{"User not local; please try a different path.", "UserNotLocalTryAlternatePath", 551},
	{"Exceeded storage allocation.", "ExceededStorageAllocation", 552},
	{"Mailbox name not allowed.", "MailboxNameNotAllowed", 553},
	{"Transaction failed.", "TransactionFailed", 554},
}

// bareReplyEndRE is a refusal's reply code alone at the end of a client's
// message, after a word that names it ("Negative SMTP reply: 553",
// "SMTP error 554", "got 550"): K-9 Mail and others print only the code.
// Only 4xx and 5xx, so that "timeout: 300" is never read as a reply.
var bareReplyEndRE = regexp.MustCompile(`(?i)\b(?:reply|response|code|error|got|status)\s*[:=]?\s*([45][0-5][0-9])\.?\s*$`)

// bareReplyAtEnd returns the reply code bareReplyEndRE finds, or 0.
func bareReplyAtEnd(text string) int {
	const tail = 64 // the word and the code; the rest of a long paste need not be scanned
	if len(text) > tail {
		text = text[len(text)-tail:]
	}
	m := bareReplyEndRE.FindStringSubmatchIndex(text)
	if m == nil || notSMTPCodeRE.MatchString(text[:m[3]]) {
		return 0
	}
	code := text[m[2]:m[3]]
	return int(code[0]-'0')*100 + int(code[1]-'0')*10 + int(code[2]-'0')
}

// notSMTPCodeRE is what names a number at the end of a message as
// something other than an SMTP reply: an HTTP status ("Request failed
// with status code 401", axios) or a process's exit code ("Process exited
// with code 451").
var notSMTPCodeRE = regexp.MustCompile(`(?i)(\bstatus code|\bhttp\b[^\n]{0,40}|\bexit(ed)?( with)?( status| code)?)\s*[:=]?\s*[45][0-5][0-9]\s*$`)

// dotnetStatusNameRE finds an SmtpStatusCode named in a log or a
// debugger's dump ("StatusCode: MailboxUnavailable",
// "SmtpStatusCode.MustIssueStartTlsFirst").
var dotnetStatusNameRE = regexp.MustCompile(`(?:\bStatusCode\s*[:=]\s*|\bSmtpStatusCode\.)([A-Z][A-Za-z]+)`)

// dotnetServerResponse is how .NET introduces the server's reply; pastes
// and older frameworks sometimes drop the colon.
const dotnetServerResponse = "The server response was"

// dotnetReply returns the reply code that .NET's sentence before "The
// server response was" names, or 0. enhanced is the enhanced code found
// in the reply, if any.
func dotnetReply(text, enhanced string) int {
	i := strings.LastIndex(text, dotnetServerResponse)
	if i < 0 {
		return dotnetStatusName(text)
	}
	// .NET names status code 0 (the connection failed before any reply)
	// by its default case, "Syntax error, command unrecognized.", with an
	// empty reply (https://github.com/dotnet/runtime/issues/126160): no
	// 500 was sent then. Other sentences name the code the server sent,
	// even when its text was empty.
	empty := strings.Trim(text[i+len(dotnetServerResponse):], ": \n\t") == ""
	head := strings.TrimSpace(text[:i])
	for _, d := range dotnetStatusReplies {
		if strings.HasSuffix(head, d.sentence) {
			if empty && d.reply == 500 {
				return 0
			}
			if d.reply == 450 && !strings.HasPrefix(enhanced, "4.") {
				continue // MailboxUnavailable (550) says the same words
			}
			return d.reply
		}
	}
	return dotnetStatusName(text)
}

// dotnetStatusName returns the reply code of an SmtpStatusCode named in
// text, or 0.
func dotnetStatusName(text string) int {
	if !strings.Contains(text, "StatusCode") {
		return 0 // the fast path: most texts are not .NET's
	}
	for _, m := range dotnetStatusNameRE.FindAllStringSubmatch(text, 4) {
		for _, d := range dotnetStatusReplies {
			if m[1] == d.name {
				return d.reply
			}
		}
	}
	return 0
}

// dotnetRules read System.Net.Mail's own messages that carry no server
// reply (Strings.resx): searched with statusCodeRules.
var dotnetRules = []rule{
	{ID: "dotnet-smtp-host-not-found", Phrases: []string{"the smtp host was not found."},
		Code: CodeDNSFailure, Confidence: ConfidenceMedium,
		Summary: "System.Net.Mail could not find the SMTP host: its name does not resolve (a typo, or no DNS on this network).",
		Source:  srcDotnetStrings},
	// status code 0 (see dotnetReply): the connection failed before any
	// reply; System.Net.Mail speaks no implicit TLS, so port 465 is the
	// usual cause.
	{ID: "dotnet-no-reply-default-sentence", Pattern: `syntax error, command unrecognized\. the server response was:?\s*$`,
		Code: CodeTLSWrongMode, Confidence: ConfidenceLow,
		Summary: "System.Net.Mail got no SMTP reply at all (its message for status code 0): most often port 465, whose implicit TLS System.Net.Mail cannot speak (it does STARTTLS only: use port 587 with EnableSsl).",
		Alternatives: []Alternative{
			alt(CodeServerUnavailable, "The connection broke before the server's first reply.", "It fails the same way on port 587 too."),
			// How the held-out labels read it (rounds 161, 230 and 322).
			alt(CodeProtocolError, "Something answered that does not speak SMTP (a proxy, a filter, another service on the port).", "A telnet to the port shows no \"220\" line, or another program's greeting."),
		},
		Source: "https://github.com/dotnet/runtime/issues/126160"},
	{ID: "dotnet-non-ascii-local-part", Phrases: []string{"only configured for e-mail addresses with ascii local-parts"},
		Code: CodeProtocolError, Confidence: ConfidenceMedium,
		Summary: "An address has non-ASCII characters before the @, and the server (no SMTPUTF8) or the client (DeliveryFormat not International) cannot send it.",
		Source:  srcDotnetStrings},
}

const srcDotnetStrings = "https://github.com/dotnet/runtime/blob/main/src/libraries/System.Net.Mail/src/Resources/Strings.resx"
