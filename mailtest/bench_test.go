package mailtest_test

import (
	"fmt"
	"testing"

	"github.com/emersion/go-imap/v2"
	"github.com/stretchr/testify/require"

	"github.com/mailcheck-go/mailcheck/mailtest"
)

// BenchmarkSyncThousand measures what an application's first sync costs
// against the fake: SELECT of a 1,000-message INBOX, then FETCH 1:* (UID
// FLAGS ENVELOPE) through go-imap's client, over TLS on loopback, one
// login per benchmark run. Figures are in docs/testing.md.
func BenchmarkSyncThousand(b *testing.B) {
	srv := mailtest.NewTestServer(b, "gmail-ok")
	email := srv.Accounts()[0].Email
	for i := range 1000 {
		require.NoError(b, srv.Append(email, "INBOX", mailtest.Draft{
			From: "Clinic <front@clinic.example>", To: []string{email},
			Subject: fmt.Sprintf("Appointment %d", i), Text: "See you soon.",
		}.Bytes()))
	}
	c := imapLogin(b, srv)
	b.ReportAllocs()
	b.ResetTimer()
	for b.Loop() {
		sel, err := c.Select("INBOX", &imap.SelectOptions{ReadOnly: true}).Wait()
		if err != nil || sel.NumMessages != 1000 {
			b.Fatalf("SELECT: %v, %d messages", err, sel.NumMessages)
		}
		msgs, err := c.Fetch(imap.SeqSet{{Start: 1, Stop: 0}}, &imap.FetchOptions{UID: true, Flags: true, Envelope: true}).Collect()
		if err != nil || len(msgs) != 1000 {
			b.Fatalf("FETCH: %v, %d messages", err, len(msgs))
		}
	}
}

// BenchmarkStartServer measures starting and closing a scenario's four
// listeners (the CA is made once per process, before the timer).
func BenchmarkStartServer(b *testing.B) {
	sc, _ := mailtest.Lookup("dovecot-postfix-ok")
	s, err := mailtest.NewServer(sc)
	require.NoError(b, err)
	s.Close()
	b.ReportAllocs()
	for b.Loop() {
		s, err := mailtest.NewServer(sc)
		if err != nil {
			b.Fatal(err)
		}
		s.Close()
	}
}
