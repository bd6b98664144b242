package diagnose

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/mailcheck-go/mailcheck/mailtest"
	"github.com/mailcheck-go/mailcheck/probe"
)

func TestRestoreWords(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		// Both ends of the word show: the one rule word that fits.
		{"a2 no auth[redacted]cate failed.", "a2 no authenticate failed."},
		// Its start hidden, the punctuation before it decides: Yahoo's
		// "#auth005", not one of Entra's AADSTS...005 codes.
		{"535 5.7.0 (#[redacted]005) too many bad auth attempts.", "535 5.7.0 (#auth005) too many bad auth attempts."},
		// Too little shows, or several words fit: left as it is.
		{"a2 no [redacted]e failed.", "a2 no [redacted]e failed."},
		{"a2 no [redacted]cate failed.", "a2 no [redacted]cate failed."},
		// A marker that hid a space spans two words: no one word fits.
		{"535 passw[redacted]ected.", "535 passw[redacted]ected."},
		// Fewer than four bytes between the ends are not a marker's.
		{"a2 no authen[redacted]ticate failed.", "a2 no authen[redacted]ticate failed."},
		{"no marker at all", "no marker at all"},
		// The marker's own word is never what a marker hid.
		{"a2 no re[redacted]ted.", "a2 no re[redacted]ted."},
	} {
		assert.Equal(t, tc.want, restoreWords(tc.in), tc.in)
	}
}

// TestRedactedWordKeepsItsReading: a password that shares four bytes with
// a server's word cut that word ("AUTH[redacted]CATE"), and the finding
// changed with the password (a reviewer's find: "Sentinel99", "Clementine7",
// "Identity#1" and "Invalid-Credentials" turned Microsoft's refusal of
// IMAP passwords into IMAP switched off; "Yahoo!Auth1" turned Yahoo's
// "#AUTH005" into a wrong password). The whole diagnosis, against the
// fakes, gives the same code whatever the password, and shows no restored
// letter.
func TestRedactedWordKeepsItsReading(t *testing.T) {
	const (
		m365IMAP, m365SMTP   = "outlook.office365.com", "smtp.office365.com"
		yahooIMAP, yahooSMTP = "imap.mail.yahoo.com", "smtp.mail.yahoo.com"
	)
	for _, tc := range []struct {
		scenario, password string
		imapHost, smtpHost string
		imap, smtp         Code
	}{
		{"microsoft365-imap-basic-auth-retired", "Sentinel99", m365IMAP, m365SMTP, CodeBasicAuthDisabled, CodeOK},
		{"microsoft365-imap-basic-auth-retired", "Clementine7", m365IMAP, m365SMTP, CodeBasicAuthDisabled, CodeOK},
		{"microsoft365-imap-basic-auth-retired", "Identity#1", m365IMAP, m365SMTP, CodeBasicAuthDisabled, CodeOK},
		{"microsoft365-imap-basic-auth-retired", "Invalid-Credentials", m365IMAP, m365SMTP, CodeBasicAuthDisabled, CodeOK},
		{"yahoo-app-password-required", "Yahoo!Auth1", yahooIMAP, yahooSMTP, CodeInvalidCredentials, CodeAppPasswordRequired},
	} {
		t.Run(tc.scenario+"/"+tc.password, func(t *testing.T) {
			sc, ok := mailtest.Lookup(tc.scenario)
			require.True(t, ok)
			sc.Accounts = append([]mailtest.Account(nil), sc.Accounts...)
			sc.Accounts[0].Password = tc.password
			srv, err := mailtest.NewServer(sc)
			require.NoError(t, err)
			t.Cleanup(func() { srv.Close() })
			acct := srv.Accounts()[0]
			rep, err := Diagnose(t.Context(), Account{
				Email: acct.Email, Username: acct.Login(), Password: probe.Secret(tc.password),
				IMAP: Endpoint{Host: tc.imapHost, Port: 993, Security: probe.SecurityTLS},
				SMTP: Endpoint{Host: tc.smtpHost, Port: 587, Security: probe.SecurityStartTLS},
			}, &Options{TLSConfig: srv.ClientTLSConfig(), Dialer: srv.Dialer(), Resolver: srv.Resolver()})
			require.NoError(t, err)
			require.NotNil(t, rep.IMAP)
			require.NotNil(t, rep.SMTP)
			assert.Equal(t, tc.imap, rep.IMAP.Code)
			assert.Equal(t, tc.smtp, rep.SMTP.Code)
			var marked bool
			for _, f := range rep.Findings {
				marked = marked || containsMarker(f.Evidence.Text)
				// The server's words as shown keep their markers (the
				// summaries may name a provider's stock text: they are the
				// same whatever the password).
				assert.NotContains(t, f.Evidence.Text+f.ServerSays, "AUTHENTICATE failed", "a restored word is never shown")
				assert.NotContains(t, f.Evidence.Text+f.ServerSays, "#AUTH005", "a restored word is never shown")
			}
			assert.True(t, marked, "the password really did cut the server's words")
		})
	}
}

func containsMarker(s string) bool { return strings.Contains(s, probe.Redacted) }

// FuzzRestoreWords: any text comes back whole or with markers replaced by
// rule words only, never longer by more than the words put in, and never
// with a marker added.
func FuzzRestoreWords(f *testing.F) {
	for _, s := range []string{
		"a2 no auth[redacted]cate failed.",
		"535 5.7.0 (#[redacted]005) too many bad [redacted] attempts.",
		"[redacted][redacted]x[redacted]",
		"a[redacted]",
		"[redacted]",
		"é[redacted]é",
		// Two markers around shared letters (a reviewer's crash).
		"a1 no 0x[redacted]b[redacted]nd",
		"a[redacted]mal[redacted]d",
		"ac[redacted]red[redacted]t",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		got := restoreWords(s)
		if got == s {
			return
		}
		if n, m := strings.Count(s, redactedMarker), strings.Count(got, redactedMarker); m >= n {
			t.Fatalf("restoring %q kept %d of %d markers: %q", s, m, n, got)
		}
		// What is outside the restored words is the text itself: removing
		// the markers' neighbourhoods leaves the same text.
		if !strings.HasPrefix(got, s[:strings.Index(s, redactedMarker)-len(wordBefore(s[:strings.Index(s, redactedMarker)]))]) {
			t.Fatalf("restoring %q changed text before the first marker: %q", s, got)
		}
	})
}
