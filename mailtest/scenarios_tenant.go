package mailtest

import "fmt"

// A whole Microsoft 365 tenant, for checking many mailboxes at once
// (package fleet, `mailcheck fleet`). It plays Exchange Online in 2026 as
// a practice meets it: IMAP refuses every password (basic authentication
// was retired), SMTP AUTH still takes them, a few users have typed their
// password wrong, and one mailbox has SMTP AUTH switched off on its own.

// TenantScenario is the name of the whole-tenant scenario.
const TenantScenario = "microsoft365-tenant"

// tenantAccounts are the tenant's twelve mailboxes: the first works on
// SMTP (the scenario's codes describe it), three carry wrong passwords,
// and one (megan) has SMTP AUTH disabled for the mailbox.
func tenantAccounts() []Account {
	names := []string{"adele", "alex", "diego", "grady", "henrietta", "isaiah", "johanna", "joni", "lee", "lidia", "lynne", "megan"}
	wrong := map[string]bool{"diego": true, "joni": true, "lidia": true}
	accounts := make([]Account, 0, len(names))
	for i, n := range names {
		// The passwords begin with "Tenant" so that Exchange's "disabled
		// for the Tenant" loses that word to the redactor, as it does for
		// a real tenant's such passwords (fleet's tests read it); beyond
		// that no credential shares four bytes with an address or a
		// command word, or the records would lose them too
		// (TestBuiltInCredentialsKeepRecordsReadable).
		a := Account{Email: n + "@contoso.example", Password: fmt.Sprintf("Tenant-Kq%02d!", i+1),
			Token: fmt.Sprintf("eyJ0eXAiOiJKV1QiLCJhbGciOiJSUzI1NiJ9.Rt%02dZp", i+1)}
		if wrong[n] {
			a.Password, a.WrongPassword = fmt.Sprintf("typo-Wx%02d", i+1), true
		}
		if n == "megan" {
			a.SMTPRefusal = exchangeSMTPMailboxDisabled
		}
		accounts = append(accounts, a)
	}
	return accounts
}

func tenantScenarios() []Scenario {
	return []Scenario{{
		Name:        TenantScenario,
		Description: "A Microsoft 365 tenant of twelve mailboxes: IMAP refuses every password, SMTP AUTH takes the right ones, three passwords are wrong and one mailbox has SMTP AUTH disabled on its own.",
		Provider:    "microsoft365",
		IMAPCode:    "basic_auth_disabled", SMTPCode: "ok",
		Sources: sources(microsoftSources, "https://github.com/odysseus-dev/odysseus/issues/3174",
			"https://github.com/codassassin/email-bomber-v2.0/issues/1",
			"https://learn.microsoft.com/en-us/dynamics365/fin-ops-core/fin-ops/organization-administration/configure-email"),
		IMAP:     exchangeIMAP(RefusePasswords),
		SMTP:     exchangeSMTP(RefuseNone, exchangeSMTPWrongPassword, nil),
		Accounts: tenantAccounts(),
	}}
}
