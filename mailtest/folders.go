package mailtest

import (
	"slices"

	"github.com/emersion/go-imap/v2"

	"github.com/mailcheck-go/mailcheck/catalog"
)

// providerFolders are the folders besides INBOX that a new account of each
// provider lists over IMAP, where public traces show them. Providers not
// named here start with INBOX alone (a fresh Dovecot account, with the
// Debian configuration's mailboxes not auto-created, does the same).
var providerFolders = map[catalog.ID][]string{
	// Gmail's labels as IMAP folders under "[Gmail]", which is itself not
	// selectable: https://github.com/jakartaee/mail-api/issues/8 (LIST
	// "[Gmail]/%"), https://github.com/GAM-team/got-your-back/issues/11
	// (the special-use attributes, and "[Google Mail]" with "Bin" in the
	// UK), https://github.com/danchoi/vmail/issues/76 (Important).
	// "[Gmail]" is listed too, marked \Noselect, so that a client walking
	// the hierarchy with LIST "%" finds it.
	catalog.IDGoogle: {"[Gmail]", "[Gmail]/All Mail", "[Gmail]/Drafts", "[Gmail]/Important", "[Gmail]/Sent Mail", "[Gmail]/Spam", "[Gmail]/Starred", "[Gmail]/Trash"},
	// Exchange Online and Outlook.com: Outlook's well-known folders, as
	// LIST shows them: "Deleted Items" at Office 365 in
	// https://github.com/jakartaee/mail-api/issues/152, "Archive" at
	// Outlook.com in https://github.com/owncloud-archive/mail/issues/1333.
	catalog.IDMicrosoft365: exchangeFolders,
	catalog.IDOutlook:      exchangeFolders,
}

var exchangeFolders = []string{"Archive", "Deleted Items", "Drafts", "Junk Email", "Outbox", "Sent Items"}

// providerFolderUse gives the RFC 6154 special-use attribute that each
// provider's LIST shows on its folders, in every LIST, whether or not the
// client asked with RETURN (SPECIAL-USE).
var providerFolderUse = map[catalog.ID]map[string]imap.MailboxAttr{
	// Gmail: https://github.com/GAM-team/got-your-back/issues/11.
	catalog.IDGoogle: {
		"[Gmail]/All Mail": imap.MailboxAttrAll, "[Gmail]/Drafts": imap.MailboxAttrDrafts,
		"[Gmail]/Important": imap.MailboxAttrImportant, "[Gmail]/Sent Mail": imap.MailboxAttrSent,
		"[Gmail]/Spam": imap.MailboxAttrJunk, "[Gmail]/Starred": imap.MailboxAttrFlagged,
		"[Gmail]/Trash": imap.MailboxAttrTrash,
	},
	// Exchange Online marks drafts, sent and deleted items although its
	// CAPABILITY names no SPECIAL-USE: the LIST in
	// https://github.com/Foundry376/Mailspring/issues/1983 (2020). That
	// trace shows no attribute on the other folders, so the fakes give
	// Archive and Junk Email none.
	catalog.IDMicrosoft365: exchangeFolderUse,
	catalog.IDOutlook:      exchangeFolderUse,
}

var exchangeFolderUse = map[string]imap.MailboxAttr{
	"Drafts": imap.MailboxAttrDrafts, "Sent Items": imap.MailboxAttrSent, "Deleted Items": imap.MailboxAttrTrash,
}

// providerNoSelect gives the folders that only hold others, and the words
// a SELECT or EXAMINE of one is refused with (NO [NONEXISTENT]): Gmail's,
// https://github.com/mustang-im/mustang/issues/285 (2024).
var providerNoSelect = map[catalog.ID]map[string]string{
	catalog.IDGoogle: {"[Gmail]": "Unknown Mailbox: [Gmail] (now in authenticated state) (Failure)"},
}

// folderInfoOf is what the provider's LIST shows of one of its folders.
func folderInfoOf(id catalog.ID, name string) folderInfo {
	var info folderInfo
	for _, p := range catalog.Chain(id) {
		if use, ok := providerFolderUse[p][name]; ok {
			info.use = []imap.MailboxAttr{use}
		}
		if text, ok := providerNoSelect[p][name]; ok {
			info.noSelect = text
		}
		if _, ok := providerFolders[p]; ok {
			break
		}
	}
	return info
}

// ProviderFolders returns the folders besides INBOX that an account of the
// provider starts with in the fakes (Scenario.Folders when nil): Gmail's
// "[Gmail]/..." folders, Exchange Online's and Outlook.com's "Sent Items",
// "Deleted Items" and the rest; none for other providers. LIST shows them
// as the provider does: with RFC 6154 special-use attributes (Gmail's
// "[Gmail]/Sent Mail" is \Sent, Exchange's "Deleted Items" \Trash) and
// Gmail's "[Gmail]" as \Noselect, whose SELECT is refused in Gmail's words.
// Folders a test or a client creates later have no attribute unless a
// client's CREATE gives one (CREATE-SPECIAL-USE, RFC 6154).
// A provider without folders of its own takes its parent's in the
// catalogue (Gmail and Google Workspace take Google's, GoDaddy's
// Microsoft 365 takes Microsoft 365's).
func ProviderFolders(id catalog.ID) []string {
	return slices.Clone(foldersOf(id))
}

// foldersOf finds id's folders, or its nearest catalogue parent's.
func foldersOf(id catalog.ID) []string {
	for _, p := range catalog.Chain(id) {
		if f, ok := providerFolders[p]; ok {
			return f
		}
	}
	return nil
}

// folders returns the folders every account of the scenario starts with.
func (sc *Scenario) folders() []string {
	if sc.Folders != nil {
		return sc.Folders
	}
	return foldersOf(sc.Provider)
}
