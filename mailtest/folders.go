package mailtest

import (
	"slices"

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
	// "[Gmail]" is listed too, so that a client walking the hierarchy
	// with LIST "%" finds it (the fake cannot mark it \Noselect as Gmail
	// does: a SELECT of it works here).
	catalog.IDGoogle: {"[Gmail]", "[Gmail]/All Mail", "[Gmail]/Drafts", "[Gmail]/Important", "[Gmail]/Sent Mail", "[Gmail]/Spam", "[Gmail]/Starred", "[Gmail]/Trash"},
	// Exchange Online and Outlook.com: Outlook's well-known folders, as
	// LIST shows them: "Deleted Items" at Office 365 in
	// https://github.com/jakartaee/mail-api/issues/152, "Archive" at
	// Outlook.com in https://github.com/owncloud-archive/mail/issues/1333.
	catalog.IDMicrosoft365: exchangeFolders,
	catalog.IDOutlook:      exchangeFolders,
}

var exchangeFolders = []string{"Archive", "Deleted Items", "Drafts", "Junk Email", "Outbox", "Sent Items"}

// ProviderFolders returns the folders besides INBOX that an account of the
// provider starts with in the fakes (Scenario.Folders when nil): Gmail's
// "[Gmail]/..." folders, Exchange Online's and Outlook.com's "Sent Items",
// "Deleted Items" and the rest; none for other providers. The fakes list
// them without RFC 6154 special-use attributes (\Sent, \Trash): go-imap's
// in-memory server keeps none, so a client must find them by name.
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
