package mailtest

import (
	"slices"
	"strings"
	"sync"

	"github.com/emersion/go-imap/v2"
	"github.com/emersion/go-imap/v2/imapserver"
)

// folderBook is what the fakes know of an account's folders beyond what
// imapmemserver keeps: which folders exist (imapmemserver lists them only
// to a connection), their RFC 6154 special-use attributes, the folders
// that cannot be selected, and subscriptions. Every change to the folders
// goes through the book while it is locked, so that the two never
// disagree.
type folderBook struct {
	mu      sync.Mutex
	folders map[string]*folderInfo
}

type folderInfo struct {
	use        []imap.MailboxAttr // \Sent, \Trash...; nil for an ordinary folder
	noSelect   string             // the refusal of SELECT, or "" when it can be selected
	subscribed bool
}

func newFolderBook() *folderBook { return &folderBook{folders: map[string]*folderInfo{}} }

// create runs op, which creates name in imapmemserver, and records the
// folder when it worked or when it existed already.
func (b *folderBook) create(name string, info folderInfo, op func() error) error {
	b.mu.Lock()
	defer b.mu.Unlock()
	err := op()
	if err != nil && !isAlreadyExists(err) {
		return err
	}
	if _, ok := b.folders[name]; !ok {
		b.folders[name] = &info
	}
	return err
}

// delete runs del and forgets name when it worked.
func (b *folderBook) delete(name string, del func() error) error {
	b.mu.Lock()
	defer b.mu.Unlock()
	if err := del(); err != nil {
		return err
	}
	delete(b.folders, name)
	return nil
}

// rename runs ren and moves what the book knows of oldName to newName:
// special-use attributes stay with the mailbox, as RFC 6154 says.
func (b *folderBook) rename(oldName, newName string, ren func() error) error {
	b.mu.Lock()
	defer b.mu.Unlock()
	if err := ren(); err != nil {
		return err
	}
	if info, ok := b.folders[oldName]; ok {
		delete(b.folders, oldName)
		b.folders[newName] = info
	} else {
		b.folders[newName] = &folderInfo{}
	}
	return nil
}

// subscribe runs sub and records the subscription when it worked.
func (b *folderBook) subscribe(name string, on bool, sub func() error) error {
	b.mu.Lock()
	defer b.mu.Unlock()
	if err := sub(); err != nil {
		return err
	}
	if info, ok := b.folders[name]; ok {
		info.subscribed = on
	}
	return nil
}

// refusal returns the words a SELECT of name is refused with, or "".
func (b *folderBook) refusal(name string) string {
	b.mu.Lock()
	defer b.mu.Unlock()
	if info, ok := b.folders[name]; ok {
		return info.noSelect
	}
	return ""
}

// list returns the LIST replies for the folders that match ref and one of
// patterns, sorted by name, as Gmail and Exchange Online give them: with
// \HasChildren or \HasNoChildren (RFC 3348), \Noselect where SELECT is
// refused, and the special-use attributes in every LIST, not only when
// RETURN (SPECIAL-USE) asks.
func (b *folderBook) list(ref string, patterns []string, options *imap.ListOptions) []imap.ListData {
	b.mu.Lock()
	defer b.mu.Unlock()
	var out []imap.ListData
	for name, info := range b.folders {
		if !slices.ContainsFunc(patterns, func(p string) bool { return imapserver.MatchList(name, '/', ref, p) }) {
			continue
		}
		if options.SelectSubscribed && !info.subscribed || options.SelectSpecialUse && len(info.use) == 0 {
			continue
		}
		data := imap.ListData{Mailbox: name, Delim: '/'}
		if info.noSelect != "" {
			data.Attrs = append(data.Attrs, imap.MailboxAttrNoSelect)
		}
		if b.hasChildren(name) {
			data.Attrs = append(data.Attrs, imap.MailboxAttrHasChildren)
		} else {
			data.Attrs = append(data.Attrs, imap.MailboxAttrHasNoChildren)
		}
		if info.subscribed {
			data.Attrs = append(data.Attrs, imap.MailboxAttrSubscribed)
		}
		data.Attrs = append(data.Attrs, info.use...)
		out = append(out, data)
	}
	slices.SortFunc(out, func(a, b imap.ListData) int { return strings.Compare(a.Mailbox, b.Mailbox) })
	return out
}

func (b *folderBook) hasChildren(name string) bool {
	for other := range b.folders {
		if strings.HasPrefix(other, name+"/") {
			return true
		}
	}
	return false
}
