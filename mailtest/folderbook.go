package mailtest

import (
	"fmt"
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

// canonicalFolder spells INBOX, which IMAP names in any case (RFC 3501
// 5.1), in upper case, also as the first level of a longer name
// ("Inbox/Receipts"): imapmemserver knows it only so.
func canonicalFolder(name string) string {
	first, rest, nested := strings.Cut(name, "/")
	if !strings.EqualFold(first, "INBOX") {
		return name
	}
	if nested {
		return "INBOX/" + rest
	}
	return "INBOX"
}

// canonicalPattern does the same for a LIST pattern or reference that
// begins with INBOX in another case ("inbox", "Inbox/%", "inbox*").
func canonicalPattern(p string) string {
	if len(p) >= 5 && strings.EqualFold(p[:5], "INBOX") {
		return "INBOX" + p[5:]
	}
	return p
}

// create runs op, which creates name in imapmemserver, and records the
// folder when it worked or when it existed already.
func (b *folderBook) create(name string, info folderInfo, op func() error) error {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.add(name, info, op)
}

// createPath creates name as create does, after the levels above it that
// the book lacks, each made with mk, as RFC 3501 6.3.3 asks and real
// servers do (after "CREATE Archive/2024", LIST "" "%" has Archive). A
// level above that is in the book already, even one that cannot be
// selected, is left as it is; name itself, created again after a DELETE
// left it \Noselect, becomes an ordinary folder.
func (b *folderBook) createPath(name string, info folderInfo, mk func(level string) error) error {
	b.mu.Lock()
	defer b.mu.Unlock()
	if err := b.makeSuperiors(name, mk); err != nil {
		return err
	}
	return b.add(name, info, func() error { return mk(name) })
}

// add is create with the book locked.
func (b *folderBook) add(name string, info folderInfo, op func() error) error {
	err := op()
	if err != nil && !isAlreadyExists(err) {
		return err
	}
	if old, ok := b.folders[name]; !ok || old.noSelect != "" && info.noSelect == "" && err == nil {
		b.folders[name] = &info
	}
	return err
}

// makeSuperiors makes, with mk, each level above name that the book
// lacks; the book is locked.
func (b *folderBook) makeSuperiors(name string, mk func(level string) error) error {
	for _, up := range superiors(name) {
		if _, ok := b.folders[up]; ok {
			continue
		}
		if err := mk(up); err != nil && !isAlreadyExists(err) {
			return err
		}
		b.folders[up] = &folderInfo{}
	}
	return nil
}

// superiors returns the levels above name, outermost first ("A", "A/B"
// for "A/B/C").
func superiors(name string) []string {
	var up []string
	for i, c := range name {
		if c == '/' {
			up = append(up, name[:i])
		}
	}
	return up
}

// errCannot is a NO [CANNOT] refusal in the fakes' own words.
func errCannot(text string) error {
	return &imap.Error{Type: imap.StatusResponseTypeNo, Code: imap.ResponseCodeCannot, Text: text}
}

// delete runs del, which deletes name in imapmemserver, and forgets the
// folder. A folder with folders under it stays in the book as \Noselect
// (RFC 3501 6.3.4), its messages gone; one that is \Noselect already and
// has folders under it, and INBOX, cannot be deleted.
func (b *folderBook) delete(name string, del func() error) error {
	b.mu.Lock()
	defer b.mu.Unlock()
	info, ok := b.folders[name]
	switch {
	case name == "INBOX":
		return errCannot("INBOX can't be deleted.")
	case ok && info.noSelect != "" && b.hasChildren(name):
		return errCannot("Mailbox has children, delete them first")
	}
	if err := del(); err != nil {
		return err
	}
	if b.hasChildren(name) {
		info.noSelect = fmt.Sprintf("Mailbox doesn't exist: %s", name)
		info.use = nil
		return nil
	}
	delete(b.folders, name)
	return nil
}

// rename renames oldName and every folder under it (RFC 3501 6.3.5),
// each with ren, which renames one name in imapmemserver, and makes the
// levels above newName that are missing with mk. Special-use attributes
// stay with each folder, as RFC 6154 says. A folder that cannot be
// selected (Gmail's "[Gmail]") is the provider's and is not renamed, nor
// is a folder renamed under itself.
func (b *folderBook) rename(oldName, newName string, ren func(from, to string) error, mk func(name string) error) error {
	b.mu.Lock()
	defer b.mu.Unlock()
	if info, ok := b.folders[oldName]; ok && info.noSelect != "" {
		return errCannot("Mailbox can't be renamed: " + oldName)
	}
	if strings.HasPrefix(newName, oldName+"/") {
		return errCannot("Can't rename a mailbox under itself")
	}
	var inferiors []string
	for name := range b.folders {
		if strings.HasPrefix(name, oldName+"/") {
			inferiors = append(inferiors, name)
		}
	}
	slices.Sort(inferiors)
	if err := ren(oldName, newName); err != nil {
		return err
	}
	b.move(oldName, newName)
	for _, from := range inferiors {
		to := newName + strings.TrimPrefix(from, oldName)
		if err := ren(from, to); err != nil {
			return err
		}
		b.move(from, to)
	}
	return b.makeSuperiors(newName, mk)
}

// move moves what the book knows of one folder to another name.
func (b *folderBook) move(from, to string) {
	if info, ok := b.folders[from]; ok {
		delete(b.folders, from)
		b.folders[to] = info
	} else {
		b.folders[to] = &folderInfo{}
	}
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

// refusal returns the error a SELECT, STATUS or APPEND of name gets when
// the folder cannot be selected, or nil.
func (b *folderBook) refusal(name string) error {
	b.mu.Lock()
	defer b.mu.Unlock()
	if info, ok := b.folders[name]; ok && info.noSelect != "" {
		return &imap.Error{Type: imap.StatusResponseTypeNo, Code: imap.ResponseCodeNonExistent, Text: info.noSelect}
	}
	return nil
}

// list returns the LIST replies for the folders that match ref and one of
// patterns, sorted by name, as Gmail and Exchange give them: with
// \HasChildren or \HasNoChildren (RFC 3348), \Noselect where SELECT is
// refused, and the special-use attributes in every LIST, not only when
// RETURN (SPECIAL-USE) asks. A level above a folder that is no folder
// itself ("Projects" of "Projects/2024") is listed as \Noselect, as RFC
// 3501 6.3.8 asks, so that a client walking the hierarchy with "%" finds
// what is under it. \Subscribed comes when the client asks (RFC 5258).
func (b *folderBook) list(ref string, patterns []string, options *imap.ListOptions) []imap.ListData {
	b.mu.Lock()
	defer b.mu.Unlock()
	ref = canonicalPattern(ref)
	patterns = slices.Clone(patterns)
	for i, p := range patterns {
		patterns[i] = canonicalPattern(p)
	}
	names := map[string]bool{} // every name, true for a level that is no folder
	for name := range b.folders {
		names[name] = false
		for _, up := range superiors(name) {
			if b.folders[up] == nil {
				names[up] = true
			}
		}
	}
	var out []imap.ListData
	for name, implied := range names {
		if !matchesAny(name, ref, patterns) {
			continue
		}
		info := b.folders[name]
		if implied {
			info = &folderInfo{noSelect: "-"}
		}
		// LSUB "%" gives a level that is not subscribed, but has a
		// subscribed folder under it the pattern does not reach, as
		// \Noselect (RFC 3501 6.3.9).
		standIn := options.SelectSubscribed && !info.subscribed && b.subscribedBelow(name, ref, patterns)
		if options.SelectSubscribed && !info.subscribed && !standIn || options.SelectSpecialUse && len(info.use) == 0 {
			continue
		}
		data := imap.ListData{Mailbox: name, Delim: '/'}
		if info.noSelect != "" || standIn {
			data.Attrs = append(data.Attrs, imap.MailboxAttrNoSelect)
		}
		if b.hasChildren(name) {
			data.Attrs = append(data.Attrs, imap.MailboxAttrHasChildren)
		} else {
			data.Attrs = append(data.Attrs, imap.MailboxAttrHasNoChildren)
		}
		if info.subscribed && (options.ReturnSubscribed || options.SelectSubscribed) {
			data.Attrs = append(data.Attrs, imap.MailboxAttrSubscribed)
		}
		data.Attrs = append(data.Attrs, info.use...)
		out = append(out, data)
	}
	slices.SortFunc(out, func(a, b imap.ListData) int { return strings.Compare(a.Mailbox, b.Mailbox) })
	return out
}

// subscribedBelow reports whether a subscribed folder under name is one
// that none of the patterns reaches.
func (b *folderBook) subscribedBelow(name, ref string, patterns []string) bool {
	for other, info := range b.folders {
		if info.subscribed && strings.HasPrefix(other, name+"/") && !matchesAny(other, ref, patterns) {
			return true
		}
	}
	return false
}

// matchesAny reports whether one of the LIST patterns, under ref, reaches
// name.
func matchesAny(name, ref string, patterns []string) bool {
	return slices.ContainsFunc(patterns, func(p string) bool { return imapserver.MatchList(name, '/', ref, p) })
}

func (b *folderBook) hasChildren(name string) bool {
	for other := range b.folders {
		if strings.HasPrefix(other, name+"/") {
			return true
		}
	}
	return false
}
