package mailtest_test

import (
	"testing"

	"github.com/emersion/go-imap/v2"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/mailcheck-go/mailcheck/catalog"
	"github.com/mailcheck-go/mailcheck/mailtest"
)

// TestFolderTreeAsRFC3501: a fresh reviewer's finds about the folder
// hierarchy. RENAME takes the folders under a name along and makes the
// levels above the new one; DELETE of a folder with folders under it
// leaves it \Noselect, and a CREATE below it keeps it so; INBOX cannot
// be deleted and is INBOX in any case; a level that is no folder is
// listed \Noselect; Gmail's "[Gmail]" holds no messages for STATUS,
// APPEND or COPY either.
func TestFolderTreeAsRFC3501(t *testing.T) {
	srv := mailtest.NewTestServer(t, "dovecot-postfix-ok")
	email := srv.Accounts()[0].Email
	c := imapLogin(t, srv)
	list := func(pattern string) map[string][]imap.MailboxAttr {
		boxes, err := c.List("", pattern, nil).Collect()
		require.NoError(t, err)
		return listAttrs(t, boxes)
	}

	require.NoError(t, c.Create("Parent/Child/Grand", nil).Wait())
	require.NoError(t, srv.Append(email, "Parent/Child", mailtest.Draft{Subject: "kept"}.Bytes()))
	require.NoError(t, c.Rename("Parent", "Deep/Moved", nil).Wait())
	got := list("*")
	for _, gone := range []string{"Parent", "Parent/Child", "Parent/Child/Grand"} {
		assert.NotContains(t, got, gone)
	}
	assert.Contains(t, got, "Deep", "the level above the new name")
	assert.Contains(t, got["Deep/Moved"], imap.MailboxAttrHasChildren)
	assert.Contains(t, got, "Deep/Moved/Child/Grand")
	st, err := c.Status("Deep/Moved/Child", &imap.StatusOptions{NumMessages: true}).Wait()
	require.NoError(t, err, "the child moved with its messages")
	assert.Equal(t, uint32(1), *st.NumMessages)
	var ie *imap.Error
	require.ErrorAs(t, c.Rename("Deep", "Deep/Under", nil).Wait(), &ie, "under itself")

	require.NoError(t, c.Delete("Deep/Moved").Wait())
	got = list("*")
	assert.Contains(t, got["Deep/Moved"], imap.MailboxAttrNoSelect, "kept as \\Noselect for its children")
	assert.Contains(t, got, "Deep/Moved/Child")
	_, err = c.Select("Deep/Moved", nil).Wait()
	assert.Error(t, err)
	// A CREATE below it makes only the levels missing; one of its own
	// name makes it a folder again.
	require.NoError(t, c.Create("Deep/Moved/New", nil).Wait())
	assert.Contains(t, list("*")["Deep/Moved"], imap.MailboxAttrNoSelect, "CREATE below a \\Noselect level")
	require.NoError(t, c.Create("Deep/Moved", nil).Wait())
	assert.NotContains(t, list("*")["Deep/Moved"], imap.MailboxAttrNoSelect, "CREATE of the \\Noselect name itself")
	require.NoError(t, c.Delete("Deep/Moved").Wait())
	require.ErrorAs(t, c.Delete("INBOX").Wait(), &ie)
	assert.Equal(t, imap.ResponseCodeCannot, ie.Code)
	require.ErrorAs(t, c.Delete("inbox").Wait(), &ie, "INBOX in any case")

	// INBOX in any case, also as the first level of a name.
	require.NoError(t, c.Create("Inbox/Sub", nil).Wait())
	got = list("*")
	assert.Contains(t, got, "INBOX/Sub")
	assert.Contains(t, got["INBOX"], imap.MailboxAttrHasChildren)
	assert.Len(t, list("inbox"), 1, "LIST \"\" inbox")
	require.NoError(t, srv.CreateFolder(email, "inbox/Receipts"))
	assert.Contains(t, list("INBOX/%"), "INBOX/Receipts")

	// A level that is no folder is listed \Noselect under "%".
	sc, ok := mailtest.Lookup("dovecot-postfix-ok")
	require.True(t, ok)
	sc.Folders = []string{"Projects/2024"}
	other, err := mailtest.NewServer(sc)
	require.NoError(t, err)
	t.Cleanup(other.Close)
	oc := imapLogin(t, other)
	top, err := oc.List("", "%", nil).Collect()
	require.NoError(t, err)
	tops := listAttrs(t, top)
	require.Contains(t, tops, "Projects")
	assert.Contains(t, tops["Projects"], imap.MailboxAttrNoSelect)
	assert.Contains(t, tops["Projects"], imap.MailboxAttrHasChildren)

	// Gmail's "[Gmail]" holds no messages.
	g := mailtest.NewTestServer(t, "gmail-ok")
	gc := imapLogin(t, g)
	_, err = gc.Status("[Gmail]", &imap.StatusOptions{NumMessages: true}).Wait()
	require.ErrorAs(t, err, &ie, "STATUS")
	assert.Equal(t, imap.ResponseCodeNonExistent, ie.Code)
	assert.Error(t, g.Append(g.Accounts()[0].Email, "[Gmail]", mailtest.Draft{Subject: "x"}.Bytes()), "Server.Append")
	require.ErrorAs(t, gc.Delete("[Gmail]").Wait(), &ie, "a \\Noselect parent with children")
	require.ErrorAs(t, gc.Rename("[Gmail]", "Other", nil).Wait(), &ie, "the provider's own")
	subs, err := gc.List("", "*", &imap.ListOptions{SelectSubscribed: true}).Collect()
	require.NoError(t, err)
	assert.Len(t, subs, len(mailtest.ProviderFolders(catalog.IDGoogle))+1, "a new account's folders start subscribed, INBOX too")
}
