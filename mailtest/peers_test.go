package mailtest_test

import (
	"context"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/emersion/go-imap/v2"
	"github.com/emersion/go-imap/v2/imapclient"
	"github.com/emersion/go-sasl"
	"github.com/emersion/go-smtp"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/mailcheck-go/mailcheck/catalog"
	"github.com/mailcheck-go/mailcheck/mailtest"
)

// imapLogin dials the fake's implicit-TLS IMAP listener with go-imap's
// client and logs in as the scenario's first account.
func imapLogin(t testing.TB, srv *mailtest.Server) *imapclient.Client {
	t.Helper()
	c, err := imapclient.DialTLS(srv.IMAPTLS, &imapclient.Options{TLSConfig: srv.ClientTLSConfig()})
	require.NoError(t, err, "dial")
	t.Cleanup(func() { c.Close() })
	a := srv.Accounts()[0]
	require.NoError(t, c.Login(a.Login(), a.Password).Wait(), "login")
	return c
}

// TestIMAPClientHappyPath drives the mailbox through go-imap v2's client as
// an application's sync would: list, select, fetch, search, store, copy,
// move, append, expunge, idle, create, rename, delete, logout.
func TestIMAPClientHappyPath(t *testing.T) {
	for _, name := range []string{"gmail-ok", "dovecot-postfix-ok", "microsoft365-ok"} {
		t.Run(name, func(t *testing.T) {
			srv := mailtest.NewTestServer(t, name)
			email := srv.Accounts()[0].Email
			for i, subj := range []string{"Invoice 1", "Invoice 2", "Appointment"} {
				require.NoError(t, srv.Append(email, "INBOX", mailtest.Draft{
					From: "Clinic <front@clinic.example>", To: []string{email},
					Subject: subj, Text: "Body of message " + string(rune('A'+i)),
				}.Bytes()))
			}
			require.NoError(t, srv.Append(email, "Clients/Acme", mailtest.Draft{From: "acme@example.com", Subject: "Filed"}.Bytes()))

			c := imapLogin(t, srv)
			// Honest capabilities: what the session offers is what it serves.
			caps := c.Caps()
			for _, want := range []imap.Cap{imap.CapIdle, imap.CapUIDPlus, imap.CapMove, imap.CapNamespace} {
				assert.True(t, caps.Has(want), "capability %s after login: %v", want, caps)
			}
			for _, never := range []imap.Cap{imap.CapCondStore, "X-GM-EXT-1", "SORT", "QRESYNC"} {
				assert.False(t, caps.Has(never), "capability %s promised but not served", never)
			}

			boxes, err := c.List("", "*", nil).Collect()
			require.NoError(t, err, "LIST")
			var names []string
			for _, b := range boxes {
				names = append(names, b.Mailbox)
			}
			// The provider's own folders are there from the start.
			want := append([]string{"INBOX", "Clients", "Clients/Acme"}, mailtest.ProviderFolders(srv.Scenario.Provider)...)
			assert.ElementsMatch(t, want, names, "LIST")

			sel, err := c.Select("INBOX", nil).Wait()
			require.NoError(t, err, "SELECT")
			assert.Equal(t, uint32(3), sel.NumMessages, "EXISTS")

			msgs, err := c.Fetch(imap.SeqSetNum(1, 2, 3), &imap.FetchOptions{
				UID: true, Flags: true, Envelope: true, BodyStructure: &imap.FetchItemBodyStructure{},
				BodySection: []*imap.FetchItemBodySection{{Peek: true}},
			}).Collect()
			require.NoError(t, err, "FETCH")
			require.Len(t, msgs, 3, "FETCH")
			assert.Equal(t, "Invoice 2", msgs[1].Envelope.Subject, "ENVELOPE subject")
			assert.Equal(t, "front", msgs[1].Envelope.From[0].Mailbox, "ENVELOPE from")
			assert.Equal(t, "plain", msgs[1].BodyStructure.(*imap.BodyStructureSinglePart).Subtype, "BODYSTRUCTURE")
			assert.Contains(t, string(msgs[1].FindBodySection(&imap.FetchItemBodySection{Peek: true})), "Body of message B", "BODY.PEEK[]")
			assert.Empty(t, msgs[0].Flags, "new message flags")

			// A partial fetch returns exactly the bytes asked for.
			part, err := c.Fetch(imap.SeqSetNum(1), &imap.FetchOptions{
				BodySection: []*imap.FetchItemBodySection{{Peek: true, Partial: &imap.SectionPartial{Offset: 0, Size: 5}}},
			}).Collect()
			require.NoError(t, err, "partial FETCH")
			for _, v := range part[0].BodySection {
				assert.Equal(t, "From:", string(v.Bytes), "BODY[]<0.5>")
			}

			found, err := c.UIDSearch(&imap.SearchCriteria{Header: []imap.SearchCriteriaHeaderField{{Key: "Subject", Value: "Invoice"}}}, nil).Wait()
			require.NoError(t, err, "UID SEARCH")
			assert.Equal(t, []imap.UID{msgs[0].UID, msgs[1].UID}, found.AllUIDs(), "UID SEARCH subject Invoice")

			require.NoError(t, c.Store(imap.SeqSetNum(1), &imap.StoreFlags{Op: imap.StoreFlagsAdd, Flags: []imap.Flag{imap.FlagSeen}}, nil).Close(), "STORE")
			unseen, err := c.UIDSearch(&imap.SearchCriteria{NotFlag: []imap.Flag{imap.FlagSeen}}, nil).Wait()
			require.NoError(t, err, "SEARCH UNSEEN")
			assert.Equal(t, []imap.UID{msgs[1].UID, msgs[2].UID}, unseen.AllUIDs(), "unseen after STORE")

			_, err = c.Copy(imap.SeqSetNum(3), "Clients/Acme").Wait()
			require.NoError(t, err, "COPY")
			_, err = c.Move(imap.SeqSetNum(2), "Clients/Acme").Wait()
			require.NoError(t, err, "MOVE")
			st, err := c.Status("Clients/Acme", &imap.StatusOptions{NumMessages: true}).Wait()
			require.NoError(t, err, "STATUS")
			assert.Equal(t, uint32(3), *st.NumMessages, "Clients/Acme after COPY and MOVE")

			// APPEND from the client, then IDLE sees a message put in by
			// the test while the client waits.
			raw := mailtest.Draft{From: email, To: []string{"x@example.com"}, Subject: "Draft reply"}.Bytes()
			ac := c.Append("INBOX", int64(len(raw)), &imap.AppendOptions{Flags: []imap.Flag{imap.FlagDraft}})
			_, err = ac.Write(raw)
			require.NoError(t, err)
			require.NoError(t, ac.Close())
			ad, err := ac.Wait()
			require.NoError(t, err, "APPEND")
			assert.NotZero(t, ad.UID, "APPENDUID")

			require.NoError(t, c.Store(imap.SeqSetNum(1), &imap.StoreFlags{Op: imap.StoreFlagsAdd, Flags: []imap.Flag{imap.FlagDeleted}}, nil).Close())
			expunged, err := c.Expunge().Collect()
			require.NoError(t, err, "EXPUNGE")
			assert.Equal(t, []uint32{1}, expunged, "EXPUNGE")
			require.Equal(t, uint32(2), c.Mailbox().NumMessages, "INBOX before IDLE")

			idle, err := c.Idle()
			require.NoError(t, err, "IDLE")
			require.NoError(t, srv.Append(email, "INBOX", mailtest.Draft{Subject: "Arrived during IDLE"}.Bytes()))
			require.Eventually(t, func() bool {
				mb := c.Mailbox()
				// 3, less one moved, one appended, one expunged, one new.
				return mb != nil && mb.NumMessages == 3
			}, 5*time.Second, 10*time.Millisecond, "EXISTS during IDLE")
			require.NoError(t, idle.Close())
			require.NoError(t, idle.Wait(), "IDLE done")

			require.NoError(t, c.Create("Archive/2026", nil).Wait(), "CREATE")
			require.NoError(t, c.Rename("Archive/2026", "Archive/Done", nil).Wait(), "RENAME")
			require.NoError(t, c.Delete("Archive/Done").Wait(), "DELETE")
			_, err = c.Select("Archive/Done", nil).Wait()
			assert.Error(t, err, "SELECT of a deleted folder")

			// A range that does not exist is the protocol's business,
			// answered without a panic or a hang.
			none, err := c.Fetch(imap.SeqSetNum(999), &imap.FetchOptions{UID: true}).Collect()
			if err == nil {
				assert.Empty(t, none, "FETCH 999")
			}
			require.NoError(t, c.Logout().Wait(), "LOGOUT")

			recs := srv.Records()
			require.NotEmpty(t, recs)
			cmds := recs[len(recs)-1].Commands
			assert.Contains(t, cmds, `SELECT INBOX`, "recorded after the login")
			assert.True(t, slices.ContainsFunc(cmds, func(c string) bool { return strings.HasPrefix(c, "APPEND INBOX") }), "APPEND recorded: %q", cmds)
			assert.False(t, slices.ContainsFunc(cmds, func(c string) bool { return strings.Contains(c, "Draft reply") }), "literal kept out of the record: %q", cmds)
		})
	}
}

// TestSMTPClientSendThenSync sends with go-smtp's client and reads the
// message back from the captured list, the wait and the account's INBOX.
func TestSMTPClientSendThenSync(t *testing.T) {
	srv := mailtest.NewTestServer(t, "gmail-ok")
	a := srv.Accounts()[0]
	c, err := smtp.DialStartTLS(srv.SMTPStartTLS, srv.ClientTLSConfig())
	require.NoError(t, err)
	defer c.Close()
	require.NoError(t, c.Auth(sasl.NewPlainClient("", a.Login(), a.Password)), "AUTH")
	body := "Subject: Appointment\r\n\r\nSee you at 10.\r\n.leading dot\r\n..two dots\r\n"
	require.NoError(t, c.SendMail(a.Email, []string{"patient@example.org", a.Email}, strings.NewReader(body)))
	require.NoError(t, c.Quit())

	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
	defer cancel()
	m, err := srv.NextMessage(ctx)
	require.NoError(t, err, "NextMessage")
	assert.Equal(t, a.Email, m.From, "MAIL FROM")
	assert.Equal(t, []string{"patient@example.org", a.Email}, m.To, "RCPT TO")
	assert.Equal(t, a.Login(), m.Username, "authenticated as")
	assert.True(t, m.TLS, "sent over TLS")
	assert.Equal(t, body, string(m.Data), "dot-unstuffed data")
	assert.Equal(t, "Appointment", m.Header("subject"))
	assert.Len(t, srv.Messages(), 1)

	_, err = srv.NextMessage(ctxTimeout(t, 50*time.Millisecond))
	assert.ErrorIs(t, err, context.DeadlineExceeded, "no second message")

	// The copy to the fake's own account is in its INBOX.
	ic := imapLogin(t, srv)
	_, err = ic.Select("INBOX", nil).Wait()
	require.NoError(t, err)
	got, err := ic.Fetch(imap.SeqSetNum(1), &imap.FetchOptions{BodySection: []*imap.FetchItemBodySection{{}}}).Collect()
	require.NoError(t, err)
	require.Len(t, got, 1, "delivered to the account's INBOX")
	assert.Equal(t, body, string(got[0].FindBodySection(&imap.FetchItemBodySection{})))
}

func ctxTimeout(t *testing.T, d time.Duration) context.Context {
	ctx, cancel := context.WithTimeout(context.Background(), d)
	t.Cleanup(cancel)
	return ctx
}

// TestNotConnectedStaysScripted: Exchange's "authenticated but not
// connected" keeps refusing after the login, in Exchange's words.
func TestNotConnectedStaysScripted(t *testing.T) {
	srv := mailtest.NewTestServer(t, "microsoft365-not-connected")
	c := imapLogin(t, srv)
	_, err := c.Select("INBOX", nil).Wait()
	require.Error(t, err)
	assert.Contains(t, err.Error(), "User is authenticated but not connected.")
}

// TestEveryOKScenarioServesMail walks the built-in scenarios, as
// fstest.TestFS walks a file system: wherever a scenario's IMAP code is
// "ok", go-imap's client logs in with the first account and the mailbox
// works (append, select, fetch); wherever its SMTP code is "ok", go-smtp's
// client sends and the message is captured.
func TestEveryOKScenarioServesMail(t *testing.T) {
	for _, sc := range mailtest.Scenarios() {
		if sc.IMAPCode != "ok" && sc.SMTPCode != "ok" {
			continue
		}
		t.Run(sc.Name, func(t *testing.T) {
			t.Parallel()
			if testing.Short() && sc.Fault.SlowDrip > 0 {
				t.Skip("a slow server takes seconds")
			}
			srv := mailtest.NewTestServer(t, sc.Name)
			a := srv.Accounts()[0]
			if sc.IMAPCode == "ok" {
				var c *imapclient.Client
				var err error
				opts := &imapclient.Options{TLSConfig: srv.ClientTLSConfig()}
				if srv.IMAPTLS != "" {
					c, err = imapclient.DialTLS(srv.IMAPTLS, opts)
				} else {
					c, err = imapclient.DialStartTLS(srv.IMAPStartTLS, opts)
				}
				require.NoError(t, err)
				defer c.Close()
				require.NoError(t, c.Login(a.Login(), a.Password).Wait(), "login")
				raw := mailtest.Draft{Subject: "walk " + sc.Name}.Bytes()
				ac := c.Append("INBOX", int64(len(raw)), nil)
				_, _ = ac.Write(raw)
				require.NoError(t, ac.Close())
				_, err = ac.Wait()
				require.NoError(t, err, "APPEND")
				_, err = c.Select("INBOX", nil).Wait()
				require.NoError(t, err, "SELECT")
				msgs, err := c.Fetch(imap.SeqSetNum(1), &imap.FetchOptions{Envelope: true}).Collect()
				require.NoError(t, err, "FETCH")
				require.Len(t, msgs, 1)
				assert.Equal(t, "walk "+sc.Name, msgs[0].Envelope.Subject)
				require.NoError(t, c.Logout().Wait())
			}
			if sc.SMTPCode == "ok" {
				var c *smtp.Client
				var err error
				if srv.SMTPStartTLS != "" {
					c, err = smtp.DialStartTLS(srv.SMTPStartTLS, srv.ClientTLSConfig())
				} else {
					c, err = smtp.DialTLS(srv.SMTPTLS, srv.ClientTLSConfig())
				}
				require.NoError(t, err)
				defer c.Close()
				auth := sasl.NewPlainClient("", a.Login(), a.Password)
				if ok, mechs := c.Extension("AUTH"); ok && !strings.Contains(mechs, "PLAIN") {
					auth = sasl.NewLoginClient(a.Login(), a.Password)
				}
				require.NoError(t, c.Auth(auth), "AUTH")
				require.NoError(t, c.SendMail(a.Email, []string{"someone@example.net"}, strings.NewReader("Subject: walk\r\n\r\nhi\r\n")))
				require.NoError(t, c.Quit())
				require.Len(t, srv.Messages(), 1, "captured")
			}
		})
	}
}

// TestProviderFolders: an account starts with its provider's folders, so
// an application that files sent mail in "Sent Items" or moves to
// "[Gmail]/Trash" meets them as on the real service; a folder the provider
// does not have ("Archive" at Gmail) answers TRYCREATE as there; CreateFolder
// makes one, and a scenario with empty Folders has INBOX alone.
func TestProviderFolders(t *testing.T) {
	assert.Contains(t, mailtest.ProviderFolders(catalog.IDMicrosoft365), "Sent Items")
	assert.Contains(t, mailtest.ProviderFolders(catalog.IDGoogle), "[Gmail]/Sent Mail")
	assert.Empty(t, mailtest.ProviderFolders(catalog.IDDovecot))
	// Providers under another in the catalogue take its folders.
	assert.Contains(t, mailtest.ProviderFolders(catalog.IDGmail), "[Gmail]/Sent Mail")
	assert.Contains(t, mailtest.ProviderFolders(catalog.IDGoogleWorkspace), "[Gmail]/Sent Mail")
	assert.Contains(t, mailtest.ProviderFolders(catalog.IDMicrosoft365GoDaddy), "Sent Items")

	for _, tc := range []struct{ scenario, sent, missing string }{
		{"microsoft365-ok", "Sent Items", "[Gmail]/Sent Mail"},
		{"gmail-ok", "[Gmail]/Sent Mail", "Archive"},
	} {
		t.Run(tc.scenario, func(t *testing.T) {
			srv := mailtest.NewTestServer(t, tc.scenario)
			email := srv.Accounts()[0].Email
			require.NoError(t, srv.Append(email, "INBOX", mailtest.Draft{From: "a@example.org", Subject: "Filed"}.Bytes()))
			c := imapLogin(t, srv)
			_, err := c.Select("INBOX", nil).Wait()
			require.NoError(t, err)
			_, err = c.Move(imap.SeqSetNum(1), tc.missing).Wait()
			var ie *imap.Error
			require.ErrorAs(t, err, &ie, "a folder the provider does not have")
			assert.Equal(t, imap.ResponseCodeTryCreate, ie.Code)
			_, err = c.Move(imap.SeqSetNum(1), tc.sent).Wait()
			require.NoError(t, err, "MOVE to %s", tc.sent)
			st, err := c.Status(tc.sent, &imap.StatusOptions{NumMessages: true}).Wait()
			require.NoError(t, err)
			assert.Equal(t, uint32(1), *st.NumMessages)

			require.NoError(t, srv.CreateFolder(email, tc.missing))
			require.NoError(t, srv.CreateFolder(email, tc.missing), "a folder that exists is no error")
			_, err = c.Status(tc.missing, &imap.StatusOptions{NumMessages: true}).Wait()
			assert.NoError(t, err, "CreateFolder made it")
			for _, bad := range []string{"", " ", "/Top", "Archive/", "A//B"} {
				assert.Error(t, srv.CreateFolder(email, bad), "%q", bad)
			}
			if tc.scenario == "gmail-ok" {
				// A client walking the hierarchy level by level finds
				// Gmail's folders under "[Gmail]".
				top, err := c.List("", "%", nil).Collect()
				require.NoError(t, err)
				var names []string
				for _, b := range top {
					names = append(names, b.Mailbox)
				}
				assert.Contains(t, names, "[Gmail]")
			}
			assert.Error(t, srv.CreateFolder("nobody@example.org", "X"))
		})
	}

	sc, ok := mailtest.Lookup("microsoft365-ok")
	require.True(t, ok)
	sc.Folders = []string{}
	srv, err := mailtest.NewServer(sc)
	require.NoError(t, err)
	t.Cleanup(srv.Close)
	c := imapLogin(t, srv)
	boxes, err := c.List("", "*", nil).Collect()
	require.NoError(t, err)
	require.Len(t, boxes, 1)
	assert.Equal(t, "INBOX", boxes[0].Mailbox)
}

// TestNextMessageEndsAtClose: NextMessage returns the messages accepted
// before Close, then ErrServerClosed at once, instead of waiting for a
// context that ends only after the test (a fresh reviewer's find: a
// send test hung until go test's timeout).
func TestNextMessageEndsAtClose(t *testing.T) {
	srv := mailtest.NewTestServer(t, "gmail-ok")
	a := srv.Accounts()[0]
	c, err := smtp.DialStartTLS(srv.SMTPStartTLS, srv.ClientTLSConfig())
	require.NoError(t, err)
	require.NoError(t, c.Auth(sasl.NewPlainClient("", a.Login(), a.Password)), "AUTH")
	require.NoError(t, c.SendMail(a.Email, []string{"patient@example.org"}, strings.NewReader("Subject: One\r\n\r\nx\r\n")))
	require.NoError(t, c.Quit())

	waited := make(chan error, 1)
	go func() {
		_, err := srv.NextMessage(context.Background())
		if err == nil { // the message sent above
			_, err = srv.NextMessage(context.Background())
		}
		waited <- err
	}()
	time.Sleep(50 * time.Millisecond) // let it wait
	srv.Close()
	select {
	case err := <-waited:
		assert.ErrorIs(t, err, mailtest.ErrServerClosed)
	case <-time.After(5 * time.Second):
		t.Fatal("NextMessage still waiting after Close")
	}
	_, err = srv.NextMessage(context.Background())
	assert.ErrorIs(t, err, mailtest.ErrServerClosed, "after Close, at once")
}

// TestIMAPMailboxLikeRealServers: what a tester found the in-memory
// mailbox did unlike real servers: SELECT listed no flags and no
// permanent system flags, CREATE of a nested name made no parent, and
// RENAME of INBOX removed INBOX.
func TestIMAPMailboxLikeRealServers(t *testing.T) {
	srv := mailtest.NewTestServer(t, "dovecot-postfix-ok")
	a := srv.Accounts()[0]
	require.NoError(t, srv.Append(a.Email, "INBOX", mailtest.Draft{From: "front@clinic.example", Subject: "One"}.Bytes()))
	require.NoError(t, srv.Append(a.Email, "INBOX", mailtest.Draft{From: "front@clinic.example", Subject: "Two"}.Bytes()))
	c := imapLogin(t, srv)

	sel, err := c.Select("INBOX", nil).Wait()
	require.NoError(t, err)
	for _, f := range []imap.Flag{imap.FlagSeen, imap.FlagAnswered, imap.FlagFlagged, imap.FlagDeleted, imap.FlagDraft} {
		assert.Contains(t, sel.Flags, f, "FLAGS")
		assert.Contains(t, sel.PermanentFlags, f, "PERMANENTFLAGS")
	}
	assert.Contains(t, sel.PermanentFlags, imap.FlagWildcard, "keywords may be made")
	ro, err := c.Select("INBOX", &imap.SelectOptions{ReadOnly: true}).Wait()
	require.NoError(t, err)
	assert.Empty(t, ro.PermanentFlags, "EXAMINE: nothing is stored")
	require.NoError(t, c.Unselect().Wait())

	require.NoError(t, c.Create("Archive/2024", nil).Wait())
	top, err := c.List("", "%", nil).Collect()
	require.NoError(t, err)
	var names []string
	for _, l := range top {
		names = append(names, l.Mailbox)
	}
	assert.Contains(t, names, "Archive", "the parent level exists")
	assert.Error(t, c.Create("Bad//Name", nil).Wait(), "an empty level is refused")

	require.NoError(t, c.Rename("INBOX", "Old Inbox", nil).Wait())
	inbox, err := c.Select("INBOX", nil).Wait()
	require.NoError(t, err, "INBOX stays")
	assert.Zero(t, inbox.NumMessages, "and is empty")
	old, err := c.Select("Old Inbox", nil).Wait()
	require.NoError(t, err)
	assert.Equal(t, uint32(2), old.NumMessages, "its messages moved")
}

// TestIMAPKeywordsKeepTheirCase: keywords come back as the client wrote
// them, on the wire and in Folder (a tester's find: "NonJunk" came back
// "nonjunk"); system flags keep the RFC's spelling.
func TestIMAPKeywordsKeepTheirCase(t *testing.T) {
	srv := mailtest.NewTestServer(t, "dovecot-postfix-ok")
	a := srv.Accounts()[0]
	require.NoError(t, srv.Append(a.Email, "INBOX", mailtest.Draft{From: "front@clinic.example", Subject: "One"}.Bytes()))
	c := imapLogin(t, srv)
	_, err := c.Select("INBOX", nil).Wait()
	require.NoError(t, err)
	want := []imap.Flag{imap.FlagSeen, "NonJunk", "$Label1", "MyKeyword"}
	require.NoError(t, c.Store(imap.SeqSetNum(1), &imap.StoreFlags{Op: imap.StoreFlagsAdd, Silent: true, Flags: want}, nil).Close())
	got, err := c.Fetch(imap.SeqSetNum(1), &imap.FetchOptions{Flags: true}).Collect()
	require.NoError(t, err)
	require.Len(t, got, 1)
	assert.ElementsMatch(t, want, got[0].Flags, "FETCH FLAGS")

	stored, err := srv.Folder(a.Email, "INBOX")
	require.NoError(t, err)
	require.Len(t, stored, 1)
	assert.ElementsMatch(t, []string{`\Seen`, "NonJunk", "$Label1", "MyKeyword"}, stored[0].Flags, "Folder")
}

// TestExchangeSendAsDenied: Exchange Online refuses, after DATA, a message
// whose sender is not the signed-in mailbox, with its real words (a
// tester's find: any sender was taken), and keeps nothing; the mailbox's
// own address goes through.
func TestExchangeSendAsDenied(t *testing.T) {
	srv := mailtest.NewTestServer(t, "microsoft365-ok")
	a := srv.Accounts()[0]
	send := func(from string) error {
		c, err := smtp.DialStartTLS(srv.SMTPStartTLS, srv.ClientTLSConfig())
		require.NoError(t, err)
		defer c.Close()
		require.NoError(t, c.Auth(sasl.NewLoginClient(a.Login(), a.Password)), "AUTH")
		return c.SendMail(from, []string{"patient@example.org"}, strings.NewReader("Subject: x\r\n\r\nx\r\n"))
	}
	err := send("frontdesk@other.example")
	var se *smtp.SMTPError
	require.ErrorAs(t, err, &se)
	assert.Equal(t, 554, se.Code)
	assert.Contains(t, se.Message, "SendAsDeniedException.MapiExceptionSendAsDenied")
	assert.Empty(t, srv.Messages(), "nothing kept")
	require.NoError(t, send(a.Email), "its own address")
	assert.Len(t, srv.Messages(), 1)
}

// TestDialTLSWithImapclient: a go-imap v2 client reaches the fake by the
// provider's own name through DialTLS, the certificate checked against it.
func TestDialTLSWithImapclient(t *testing.T) {
	srv := mailtest.NewTestServer(t, "gmail-ok")
	a := srv.Accounts()[0]
	conn, err := srv.DialTLS(t.Context(), srv.Scenario.Hosts.IMAP+":993")
	require.NoError(t, err)
	c := imapclient.New(conn, nil)
	defer c.Close()
	require.NoError(t, c.Login(a.Login(), a.Password).Wait())
	_, err = srv.DialTLS(t.Context(), "imap.elsewhere.example:993")
	assert.Error(t, err, "another name is no host")
}

// TestAuthFailureDelay: a refused sign-in is answered after the
// scenario's delay (a tester's find: refusals came in a millisecond, where
// Dovecot waits two seconds). Only the lower bound is asserted: an upper
// one would time the machine.
func TestAuthFailureDelay(t *testing.T) {
	sc, ok := mailtest.Lookup("dovecot-postfix-ok")
	require.True(t, ok)
	sc.Fault.AuthFailureDelay = 300 * time.Millisecond
	srv := mailtest.NewUnstartedServer(sc)
	require.NoError(t, srv.Start())
	t.Cleanup(srv.Close)
	a := srv.Accounts()[0]
	login := func(pw string) (time.Duration, error) {
		c, err := imapclient.DialTLS(srv.IMAPTLS, &imapclient.Options{TLSConfig: srv.ClientTLSConfig()})
		require.NoError(t, err)
		defer c.Close()
		start := time.Now()
		err = c.Login(a.Login(), pw).Wait()
		return time.Since(start), err
	}
	took, err := login("wrong-Password-1")
	require.Error(t, err)
	assert.GreaterOrEqual(t, took, 300*time.Millisecond, "a refusal waits")
	_, err = login(a.Password)
	require.NoError(t, err, "a good login still works")
}

// TestIMAPIDAfterLogin: ID after the login is answered as the providers
// do (a tester's find: "BAD Unknown command"), and the session goes on;
// TestIDRewriteSparesLiteralsAndPipelining pipelines it.
func TestIMAPIDAfterLogin(t *testing.T) {
	srv := mailtest.NewTestServer(t, "gmail-ok")
	c := imapLogin(t, srv)
	_, err := c.ID(&imap.IDData{Name: "practice-app", Version: "1.0"}).Wait()
	require.NoError(t, err, "ID after the login")
	sel, err := c.Select("INBOX", nil).Wait()
	require.NoError(t, err, "the session goes on")
	assert.NotNil(t, sel)
	assert.Contains(t, srv.Records()[len(srv.Records())-1].Commands, `ID ("name" "practice-app" "version" "1.0")`, "recorded as sent")
}

// TestRefuseFirstThenLetIn: Fault.RefuseFirst refuses the first correct
// sign-ins of an account with the scenario's refusal, then lets it in, so
// an application's retry can be tested; a wrong password stays wrong.
func TestRefuseFirstThenLetIn(t *testing.T) {
	sc, ok := mailtest.Lookup("dovecot-postfix-ok")
	require.True(t, ok)
	sc.Fault.RefuseFirst = 2
	srv := mailtest.NewUnstartedServer(sc)
	require.NoError(t, srv.Start())
	t.Cleanup(srv.Close)
	a := srv.Accounts()[0]
	login := func(pw string) error {
		c, err := imapclient.DialTLS(srv.IMAPTLS, &imapclient.Options{TLSConfig: srv.ClientTLSConfig()})
		require.NoError(t, err)
		defer c.Close()
		return c.Login(a.Login(), pw).Wait()
	}
	require.Error(t, login("wrong-Password-1"), "a wrong password does not count")
	require.Error(t, login(a.Password), "first refused")
	require.Error(t, login(a.Password), "second refused")
	require.NoError(t, login(a.Password), "third let in")
	require.NoError(t, login(a.Password), "and after")
}
