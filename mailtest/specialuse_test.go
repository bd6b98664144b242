package mailtest_test

import (
	"testing"

	"github.com/emersion/go-imap/v2"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/mailcheck-go/mailcheck/mailtest"
)

// listAttrs lists every folder with its attributes.
func listAttrs(t *testing.T, boxes []*imap.ListData) map[string][]imap.MailboxAttr {
	t.Helper()
	out := map[string][]imap.MailboxAttr{}
	for _, b := range boxes {
		out[b.Mailbox] = b.Attrs
	}
	return out
}

// TestSpecialUseFolders: a client that finds the sent and trash folders by
// their RFC 6154 attributes, as Thunderbird, K-9 and MailKit do, finds
// them at the fakes as at Gmail and Exchange Online; Gmail's "[Gmail]"
// holds folders but cannot be selected, and says so in Gmail's words.
func TestSpecialUseFolders(t *testing.T) {
	srv := mailtest.NewTestServer(t, "gmail-ok")
	c := imapLogin(t, srv)
	boxes, err := c.List("", "*", nil).Collect()
	require.NoError(t, err)
	got := listAttrs(t, boxes)
	assert.ElementsMatch(t, []imap.MailboxAttr{imap.MailboxAttrNoSelect, imap.MailboxAttrHasChildren}, got["[Gmail]"])
	assert.ElementsMatch(t, []imap.MailboxAttr{imap.MailboxAttrHasNoChildren, imap.MailboxAttrSent}, got["[Gmail]/Sent Mail"],
		"special-use attributes come in a plain LIST, as at Gmail")
	assert.Contains(t, got["[Gmail]/Spam"], imap.MailboxAttrJunk)
	assert.Contains(t, got["[Gmail]/All Mail"], imap.MailboxAttrAll)
	assert.Contains(t, got["[Gmail]/Starred"], imap.MailboxAttrFlagged)
	assert.Equal(t, []imap.MailboxAttr{imap.MailboxAttrHasNoChildren}, got["INBOX"])

	special, err := c.List("", "*", &imap.ListOptions{SelectSpecialUse: true}).Collect()
	require.NoError(t, err)
	var names []string
	for _, b := range special {
		names = append(names, b.Mailbox)
	}
	assert.ElementsMatch(t, []string{"[Gmail]/All Mail", "[Gmail]/Drafts", "[Gmail]/Important", "[Gmail]/Sent Mail",
		"[Gmail]/Spam", "[Gmail]/Starred", "[Gmail]/Trash"}, names, "LIST (SPECIAL-USE)")

	_, err = c.Select("[Gmail]", nil).Wait()
	var ie *imap.Error
	require.ErrorAs(t, err, &ie)
	assert.Equal(t, imap.ResponseCodeNonExistent, ie.Code)
	assert.Equal(t, "Unknown Mailbox: [Gmail] (now in authenticated state) (Failure)", ie.Text)
	_, err = c.Select("[Gmail]/Sent Mail", nil).Wait()
	assert.NoError(t, err, "its children can be selected")

	ms := imapLogin(t, mailtest.NewTestServer(t, "microsoft365-ok"))
	boxes, err = ms.List("", "*", nil).Collect()
	require.NoError(t, err)
	got = listAttrs(t, boxes)
	assert.Contains(t, got["Sent Items"], imap.MailboxAttrSent)
	assert.Contains(t, got["Deleted Items"], imap.MailboxAttrTrash)
	assert.Contains(t, got["Drafts"], imap.MailboxAttrDrafts)
	assert.Equal(t, []imap.MailboxAttr{imap.MailboxAttrHasNoChildren}, got["Archive"], "no attribute the trace does not show")
}

// TestCreateSpecialUse: CREATE with USE (RFC 6154) marks the new folder,
// the mark follows a RENAME, DELETE takes the folder out of LIST, an
// attribute no RFC defines is refused with USEATTR, and subscriptions show
// in LSUB.
func TestCreateSpecialUse(t *testing.T) {
	srv := mailtest.NewTestServer(t, "dovecot-postfix-ok")
	c := imapLogin(t, srv)
	require.True(t, c.Caps().Has(imap.CapCreateSpecialUse))
	require.NoError(t, c.Create("Receipts", &imap.CreateOptions{SpecialUse: []imap.MailboxAttr{imap.MailboxAttrArchive}}).Wait())
	err := c.Create("Odd", &imap.CreateOptions{SpecialUse: []imap.MailboxAttr{"\\Bogus"}}).Wait()
	var ie *imap.Error
	require.ErrorAs(t, err, &ie)
	assert.Equal(t, imap.ResponseCode("USEATTR"), ie.Code)
	require.NoError(t, c.Create("Clients/Acme", nil).Wait())

	boxes, err := c.List("", "*", nil).Collect()
	require.NoError(t, err)
	got := listAttrs(t, boxes)
	assert.Contains(t, got["Receipts"], imap.MailboxAttrArchive)
	assert.NotContains(t, got, "Odd", "a refused CREATE makes nothing")
	assert.Contains(t, got["Clients"], imap.MailboxAttrHasChildren)
	assert.Contains(t, got["Clients/Acme"], imap.MailboxAttrHasNoChildren)

	require.NoError(t, c.Rename("Receipts", "Paid", nil).Wait())
	require.NoError(t, c.Delete("Clients/Acme").Wait())
	require.NoError(t, c.Subscribe("Paid").Wait())
	boxes, err = c.List("", "*", nil).Collect()
	require.NoError(t, err)
	got = listAttrs(t, boxes)
	assert.NotContains(t, got, "Receipts")
	assert.Contains(t, got["Paid"], imap.MailboxAttrArchive, "the attribute stays with the folder")
	assert.NotContains(t, got, "Clients/Acme")
	assert.Contains(t, got["Clients"], imap.MailboxAttrHasNoChildren)

	subscribed := func() []string {
		subs, err := c.List("", "*", &imap.ListOptions{SelectSubscribed: true}).Collect()
		require.NoError(t, err)
		var names []string
		for _, b := range subs {
			names = append(names, b.Mailbox)
			assert.Contains(t, b.Attrs, imap.MailboxAttrSubscribed, "asked for")
		}
		return names
	}
	assert.Equal(t, []string{"INBOX", "Paid"}, subscribed(), "INBOX starts subscribed")
	require.NoError(t, c.Unsubscribe("Paid").Wait())
	assert.Equal(t, []string{"INBOX"}, subscribed())
	plain, err := c.List("", "INBOX", nil).Collect()
	require.NoError(t, err)
	require.Len(t, plain, 1)
	assert.NotContains(t, plain[0].Attrs, imap.MailboxAttrSubscribed, "not asked for (RFC 5258)")

	// STATUS in LIST (RFC 5819) still counts each folder's messages.
	require.NoError(t, srv.Append(srv.Accounts()[0].Email, "Paid", mailtest.Draft{Subject: "Invoice"}.Bytes()))
	st, err := c.List("", "Paid", &imap.ListOptions{ReturnStatus: &imap.StatusOptions{NumMessages: true}}).Collect()
	require.NoError(t, err)
	require.Len(t, st, 1)
	require.NotNil(t, st[0].Status)
	assert.Equal(t, uint32(1), *st[0].Status.NumMessages)
}

// TestLSUBStandsInForParent: LSUB "%" with "Clients/Acme" subscribed but
// not "Clients" gives "Clients" as \Noselect (RFC 3501 6.3.9), so that a
// client that walks subscribed folders level by level reaches Acme; LSUB
// "*" gives the subscribed folder itself and no stand-in.
func TestLSUBStandsInForParent(t *testing.T) {
	srv := mailtest.NewTestServer(t, "dovecot-postfix-ok")
	c := imapLogin(t, srv)
	require.NoError(t, c.Create("Clients/Acme", nil).Wait())
	require.NoError(t, c.Subscribe("Clients/Acme").Wait())
	top, err := c.List("", "%", &imap.ListOptions{SelectSubscribed: true}).Collect()
	require.NoError(t, err)
	got := listAttrs(t, top)
	require.Contains(t, got, "Clients")
	assert.Contains(t, got["Clients"], imap.MailboxAttrNoSelect)
	all, err := c.List("", "*", &imap.ListOptions{SelectSubscribed: true}).Collect()
	require.NoError(t, err)
	got = listAttrs(t, all)
	assert.Contains(t, got, "Clients/Acme")
	assert.NotContains(t, got, "Clients", "\"*\" reaches the folder itself")
}
