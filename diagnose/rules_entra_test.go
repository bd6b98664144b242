package diagnose

import (
	"strings"
	"testing"

	"github.com/mailcheck-go/mailcheck/catalog"
	"github.com/mailcheck-go/mailcheck/probe"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestEntraCodesDecide: an AADSTS number names the cause of a refused
// OAuth sign-in, whatever its description's words would suggest ("does
// not exist in the directory" read as an unknown recipient, "The password
// is expired" as a lock, "Device authentication is required" as a relay
// refusal before the table). Descriptions follow Microsoft's reference.
func TestEntraCodesDecide(t *testing.T) {
	for _, tc := range []struct {
		text string
		want Code
		rule string
	}{
		{"AADSTS50126: Error validating credentials due to invalid username or password.", CodeInvalidCredentials, "microsoft-entra-bad-password"},
		{"AADSTS50034: The user account {EmailHidden} does not exist in the contoso.com directory. To sign into this application, the account must be added to the directory.", CodeInvalidCredentials, "microsoft-entra-no-such-account"},
		{"AADSTS51004: The user account doesn't exist in the directory.", CodeInvalidCredentials, "microsoft-entra-no-such-account"},
		{"AADSTS50053: The account is locked because the user tried to sign in too many times with an incorrect user ID or password.", CodeAccountLocked, "microsoft-entra-account-locked"},
		{"AADSTS50057: The user account is disabled.", CodeAccountLocked, "microsoft-entra-account-disabled"},
		{"AADSTS50055: The password is expired.", CodePasswordExpired, "microsoft-entra-password-expired"},
		{`{"error":"invalid_grant","error_description":"AADSTS700082: The refresh token has expired due to inactivity. The token was issued on 2026-05-01T09:12:44Z and was inactive for 90.00:00:00."}`, CodeInvalidCredentials, "microsoft-entra-sign-in-again"},
		{"AADSTS50173: The provided grant has expired due to it being revoked, a fresh auth token is needed.", CodeInvalidCredentials, "microsoft-entra-sign-in-again"},
		{"AADSTS50058: A silent sign-in request was sent but no user is signed in.", CodeWebLoginRequired, "microsoft-entra-interaction-required"},
		{"AADSTS53003: Access has been blocked by Conditional Access policies. The access policy does not allow token issuance.", CodePolicyBlocked, "microsoft-entra-policy"},
		{"AADSTS530035: Access has been blocked by security defaults.", CodePolicyBlocked, "microsoft-entra-policy"},
		{"AADSTS50097: Device authentication is required.", CodePolicyBlocked, "microsoft-entra-policy"},
		{"AADSTS65001: The user or administrator has not consented to use the application with ID '0d5e6f1a' named 'PracticeSync'.", CodePolicyBlocked, "microsoft-entra-consent"},
		{"AADSTS7000215: Invalid client secret provided. Ensure the secret being sent in the request is the client secret value, not the client secret ID.", CodeUnknown, "microsoft-entra-app-registration"},
		{"AADSTS50011: The redirect URI 'http://localhost:8080/' specified in the request does not match the redirect URIs configured for the application.", CodeUnknown, "microsoft-entra-app-registration"},
		{"AADSTS90055: There are too many incoming requests.", CodeRateLimited, "microsoft-entra-throttled"},
		{"AADSTS90033: A transient error has occurred. Please try again.", CodeTemporaryFailure, "microsoft-entra-service-error"},
		// The MFA readings and the application-not-found reading keep
		// their own rules.
		{"AADSTS50076: Due to a configuration change made by your administrator, or because you moved to a new location, you must use multi-factor authentication to access '00000002-0000-0ff1-ce00-000000000000'.", CodePolicyBlocked, "microsoft-entra-mfa"},
		{"AADSTS700016: Application with identifier '6f1c' was not found in the directory 'Contoso'.", CodeUnknown, "oauth-app-not-found"},
	} {
		f := Explain(tc.text, Hints{})
		assert.Equal(t, tc.want, f.Code, "%s", tc.text)
		assert.Equal(t, tc.rule, f.Evidence.Rule, "%s", tc.text)
		assert.Equal(t, srcEntraErrorCodes, f.Evidence.Source, "%s", tc.text)
		if f.Code == CodeUnknown {
			assert.Equal(t, ConfidenceLow, f.Confidence, "%s: unknown is a guess", tc.text)
		}
		require.NotNil(t, f.Remediation, tc.text)
		assert.Equal(t, catalog.IDMicrosoft365, providerFromText(strings.ToLower(tc.text)), "%s: an AADSTS code is Microsoft's sign-in service", tc.text)
	}
	// A number that only begins like a listed one is not read as it.
	f := Explain("AADSTS501261: something else entirely", Hints{})
	assert.NotEqual(t, "microsoft-entra-bad-password", f.Evidence.Rule)
}

// TestEntraGroupsDoNotOverlap: each AADSTS number has one reading.
func TestEntraGroupsDoNotOverlap(t *testing.T) {
	seen := map[string]string{}
	for _, g := range entraGroups {
		require.NotEmpty(t, g.codes, g.id)
		for _, c := range g.codes {
			if other, ok := seen[c]; ok {
				assert.Fail(t, "an AADSTS code in two groups", "%s: %s and %s", c, other, g.id)
			}
			seen[c] = g.id
		}
	}
}

// TestRefusedTokenGetsTokenAdvice: a refused OAuth token is no refused
// password. Exchange's "AccessTokenExpired" and a lapsed refresh token got
// password steps (review 14) because advice was chosen by code alone.
func TestRefusedTokenGetsTokenAdvice(t *testing.T) {
	for _, tc := range []struct {
		text string
		h    Hints
	}{
		{"* BYE Session invalidated - AccessTokenExpired", Hints{Host: "outlook.office365.com"}},
		{"AADSTS700082: The refresh token has expired due to inactivity.", Hints{}},
		{"OAuth2 sign-in succeeded, but the IMAP server rejected the token: A1 NO AUTHENTICATE failed.", Hints{Host: "imap.example.org"}},
	} {
		f := Explain(tc.text, tc.h)
		assert.True(t, f.OAuth, "%s", tc.text)
		require.NotNil(t, f.Remediation, tc.text)
		assert.Equal(t, catalog.CredentialOAuth, f.Remediation.Credential, "%s", tc.text)
		assert.NotContains(t, f.Remediation.Explanation+f.Remediation.Title, "user name and password", tc.text)
	}
	// A password refused gets the password advice.
	f := Explain("535 5.7.8 Error: authentication failed: authentication failure", Hints{})
	assert.False(t, f.OAuth)
	require.NotNil(t, f.Remediation)
	assert.Empty(t, f.Remediation.Credential)

	// A probe that sent a token gets the token advice for the same reply.
	res := smtpRefused(probe.StageAuthenticate, "XOAUTH2", "535 5.7.8 Error: authentication failed: authentication failure")
	fs := ClassifySMTP(res, Provider{})
	require.NotEmpty(t, fs)
	assert.Equal(t, CodeInvalidCredentials, fs[0].Code)
	assert.True(t, fs[0].OAuth)
	require.NotNil(t, fs[0].Remediation)
	assert.Equal(t, catalog.CredentialOAuth, fs[0].Remediation.Credential)
}
