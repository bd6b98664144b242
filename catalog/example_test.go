package catalog_test

import (
	"fmt"
	"time"

	"github.com/mailcheck-go/mailcheck/catalog"
)

// The same sentence, read three weeks before Microsoft's end-2026 change
// and two weeks after it.
func ExampleFillDates() {
	text := "{when:ms-smtp-basic-default-off}."
	fmt.Println(catalog.FillDates(text, time.Date(2026, 12, 10, 9, 0, 0, 0, time.UTC)))
	fmt.Println(catalog.FillDates(text, time.Date(2027, 1, 15, 9, 0, 0, 0, time.UTC)))
	// Output:
	// Microsoft switches password (Basic) SMTP AUTH off by default for existing tenants at the end of December 2026 (about 21 days from now: Microsoft names the month, not the day), and tenants created after that do not have it by default; an administrator can switch it back on until Microsoft's final removal.
	// Since the end of December 2026, password (Basic) SMTP AUTH has been off by default in existing tenants, and tenants created since do not have it by default; an administrator can switch it back on until Microsoft's final removal.
}

// Which advice answers a refused IMAP password at Microsoft 365, and who
// must act on it.
func ExampleFind() {
	r, _ := catalog.Find(catalog.CodeBasicAuthDisabled, catalog.IDMicrosoft365, catalog.ProtocolIMAP, nil)
	fmt.Println(r.Provider, r.Protocol, r.Audience)
	s, _ := catalog.Find(catalog.CodeBasicAuthDisabled, catalog.IDMicrosoft365, catalog.ProtocolSMTP, nil)
	fmt.Println(s.Provider, s.Protocol, s.Audience)
	// Output:
	// microsoft365 imap vendor
	// microsoft365 smtp admin
}

// Resolve turns what a person types into a registry id.
func ExampleResolve() {
	fmt.Println(catalog.Resolve("Office 365"), catalog.Resolve("hotmail"), catalog.Resolve("gmail"))
	// Output: microsoft365 outlook gmail
}
