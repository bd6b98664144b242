package diagnose

import "strconv"

// srcMailCore is MailCore 2's list of error codes (MCOErrorCode), the
// numbers its NSErrors carry in MCOErrorDomain. The numbers up to 34 are
// the same in every release; later ones moved when MCOErrorFile came.
const srcMailCore = "https://github.com/MailCore/mailcore2/blob/master/src/objc/abstract/MCOConstants.h"

// mailcoreError is the pattern of MailCore's error n as Apple's
// frameworks print it: `Error Domain=MCOErrorDomain Code=5 "..."`, or
// "(MCOErrorDomain error 5.)" when the app shows the bare description
// (held-out round 323).
func mailcoreError(n ...int) string {
	nums := make([]string, len(n))
	for i, x := range n {
		nums[i] = strconv.Itoa(x)
	}
	return `mcoerrordomain[^\n0-9]{0,12}?(code ?[=:] ?|error )(` + words(nums...) + `)\b`
}

// mailcoreNotPattern keeps the number off when the server's own IMAP
// words are in the paste ("UserInfo={response=* BYE Disconnected for
// inactivity.}", a reviewer's find): NotReply sees reply numbers only.
const mailcoreNotPattern = `\* (bye|no)\b|\b[a-z0-9.]{1,20} (no|bad) \[`

// mailcoreRules read MailCore 2's error numbers (iOS and macOS mail
// apps). The number is MailCore's own reading of the server's reply, so
// it is read only when the reply itself is not shown (mailcoreReading).
var mailcoreRules = mailcoreReading([]rule{
	{ID: "mailcore-parse", Pattern: mailcoreError(3),
		Code: CodeProtocolError, Confidence: ConfidenceMedium,
		Summary: "MailCore, the mail library the app uses, could not parse the server's reply (MCOErrorParse): the server, or something between, does not answer as the protocol expects.",
		Source:  srcMailCore},
	{ID: "mailcore-certificate", Pattern: mailcoreError(4),
		Code: CodeTLSCertificate, Confidence: ConfidenceMedium,
		Summary: "MailCore, the mail library the app uses, found the server's certificate not valid (MCOErrorCertificate): expired, for another name, or from an issuer the device does not trust.",
		Source:  srcMailCore},
	{ID: "mailcore-authentication", Pattern: mailcoreError(5),
		Code: CodeInvalidCredentials, Confidence: ConfidenceMedium,
		Summary: "MailCore, the mail library the app uses, says the server refused the sign-in (MCOErrorAuthentication): the user name or password is not accepted, or the provider wants an app password or OAuth.",
		Alternatives: []Alternative{altAppPassword,
			alt(CodeWebLoginRequired, "The provider (Gmail, Microsoft) refuses passwords from this app and wants its OAuth sign-in.", "Signing in through the app's Google or Microsoft button works."),
		},
		Source: srcMailCore},
	{ID: "mailcore-gmail-imap-off", Pattern: mailcoreError(6),
		Code: CodeProtocolDisabled, Confidence: ConfidenceMedium,
		Summary: "MailCore, the mail library the app uses, says IMAP is not switched on for this Gmail account (MCOErrorGmailIMAPNotEnabled): for a Google Workspace account its administrator allows IMAP (Admin console, Gmail, End User Access); for a personal account the owner checks Gmail's settings (Forwarding and POP/IMAP).",
		Source:  srcMailCore},
	{ID: "mailcore-gmail-limit", Pattern: mailcoreError(7, 8),
		Code: CodeRateLimited, Confidence: ConfidenceMedium,
		Summary: "MailCore, the mail library the app uses, says Gmail's limit on bandwidth or simultaneous connections was reached (MCOErrorGmailExceededBandwidthLimit, MCOErrorGmailTooManySimultaneousConnections): it passes; fewer apps syncing the account at once help.",
		Source:  srcMailCore},
	{ID: "mailcore-folder-missing", Pattern: mailcoreError(11),
		Code: CodeMailboxMissing, Confidence: ConfidenceMedium,
		Summary: "MailCore, the mail library the app uses, says the folder asked for does not exist (MCOErrorNonExistantFolder).",
		Source:  srcMailCore},
	{ID: "mailcore-starttls-unavailable", Pattern: mailcoreError(25),
		Code: CodeStartTLSUnavailable, Confidence: ConfidenceMedium,
		Summary: "MailCore, the mail library the app uses, was set to STARTTLS and the server does not offer it (MCOErrorStartTLSNotAvailable): the port may expect implicit TLS, or none.",
		Alternatives: []Alternative{
			alt(CodeTLSWrongMode, "The port expects implicit TLS (465, 993), not STARTTLS.", "The same settings with the connection type set to TLS/SSL work."),
		},
		Source: srcMailCore},
	{ID: "mailcore-needs-webmail", Pattern: mailcoreError(29),
		Code: CodeWebLoginRequired, Confidence: ConfidenceMedium,
		Summary: "MailCore, the mail library the app uses, says the provider wants a sign-in on its website first (MCOErrorNeedsConnectToWebmail).",
		Source:  srcMailCore},
	{ID: "mailcore-authentication-required", Pattern: mailcoreError(31),
		Code: CodeRelayDenied, Confidence: ConfidenceMedium,
		Summary: "MailCore, the mail library the app uses, says the SMTP server wants a sign-in before it sends (MCOErrorAuthenticationRequired): switch on authentication for the outgoing server.",
		Source:  srcMailCore},
})

// mailcoreReading marks each of t as MailCore's reading of a reply: off
// when a reply code (NotReply) or the server's IMAP words
// (mailcoreNotPattern) are in the paste.
func mailcoreReading(t []rule) []rule {
	return eachRule(t, func(r *rule) {
		r.NotReply = []int{2, 4, 5}
		r.NotPattern = mailcoreNotPattern
	})
}
