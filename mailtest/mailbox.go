package mailtest

import (
	"bufio"
	"bytes"
	"errors"
	"fmt"
	"io"
	"net"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	"github.com/emersion/go-imap/v2"
	"github.com/emersion/go-imap/v2/imapserver"
	"github.com/emersion/go-imap/v2/imapserver/imapmemserver"
)

// After a successful login the scripted IMAP server hands the connection to
// go-imap's imapserver, which serves the account's mailbox from memory
// (imapmemserver). The scripted part owns what must be the provider's exact
// words (greeting, capabilities before the login, refusals); everything
// after the login is a real IMAP server. Scenarios that script their
// mailbox replies (IMAPBehavior.Mailbox, Exchange's "User is authenticated
// but not connected") keep their script.

// appendLimit bounds one message put into a mailbox by APPEND, and is
// advertised as APPENDLIMIT: large enough for any test message with
// attachments, small enough that a runaway client cannot exhaust memory.
const appendLimit = 32 << 20

// servedCaps are the extensions imapserver and imapmemserver implement and
// the fakes advertise after the login; the rest of the post-login list is
// what imapserver adds by itself for IMAP4rev1. servedCapabilities spells
// the whole list out; a test checks it against imapserver's own reply.
var servedCaps = imap.CapSet{
	imap.CapIMAP4rev1:        {},
	imap.CapNamespace:        {},
	imap.CapUIDPlus:          {},
	imap.CapMove:             {},
	imap.CapChildren:         {},
	imap.CapSpecialUse:       {},
	imap.CapCreateSpecialUse: {},
	imap.CapLiteralPlus:      {},
}

// servedCapabilities is the capability list after the login, in the order
// imapserver sends it.
func servedCapabilities() []string {
	return []string{"IMAP4rev1", "SASL-IR", "LITERAL-", "UNSELECT", "ENABLE", "IDLE", "UTF8=ACCEPT",
		"NAMESPACE", "UIDPLUS", "MOVE", "CHILDREN", "SPECIAL-USE", "CREATE-SPECIAL-USE", "LITERAL+", "APPENDLIMIT=" + strconv.Itoa(appendLimit)}
}

// mailStore holds every account's mailboxes for one Server. Users are made
// on first use, with an empty INBOX, so mail may be put in before Start.
type mailStore struct {
	mu       sync.Mutex
	users    map[string]*mailAccount // by lower-case email
	keywords keywordSpelling
}

// mailAccount is one account's mailbox: imapmemserver's user, and the
// book of its folders.
type mailAccount struct {
	user    *imapmemserver.User
	folders *folderBook
}

// account finds a scenario account by email, ignoring case.
func (s *Server) account(email string) (Account, bool) {
	for _, a := range s.Scenario.Accounts {
		if strings.EqualFold(a.Email, email) {
			return a, true
		}
	}
	return Account{}, false
}

// mailUser returns the in-memory mailbox of the account with this email.
func (s *Server) mailUser(email string) (*mailAccount, error) {
	a, ok := s.account(email)
	if !ok {
		return nil, fmt.Errorf("mailtest: scenario %q has no account %q", s.Scenario.Name, email)
	}
	key := strings.ToLower(a.Email)
	s.store.mu.Lock()
	defer s.store.mu.Unlock()
	if u := s.store.users[key]; u != nil {
		return u, nil
	}
	if s.store.users == nil {
		s.store.users = map[string]*mailAccount{}
	}
	u := &mailAccount{user: imapmemserver.NewUser(a.Login(), ""), folders: newFolderBook()}
	for _, f := range append([]string{"INBOX"}, s.Scenario.folders()...) {
		// Each by its full name, as the provider's list gives them
		// (Gmail's "[Gmail]" parent is in the list itself).
		// Subscribed, as a new account's folders are at the providers
		// (a client that shows only subscribed folders sees them).
		info := folderInfoOf(s.Scenario.Provider, f)
		info.subscribed = true
		if err := u.create(f, info); err != nil && !isAlreadyExists(err) {
			return nil, fmt.Errorf("mailtest: %w", err)
		}
	}
	s.store.users[key] = u
	return u, nil
}

// Append puts one message, raw RFC 5322 bytes, at the end of a folder of
// the account with this email ("INBOX", "Archive", "Clients/Acme"; the
// hierarchy separator is "/"). The folder is created when missing. It works
// before Start and while clients are connected: a client in IDLE or
// polling sees the new message as a real server would show it.
func (s *Server) Append(email, folder string, raw []byte) error {
	return s.appendAt(email, folder, raw, time.Time{}, nil)
}

// appendAt is Append with an internal date and flags.
func (s *Server) appendAt(email, folder string, raw []byte, when time.Time, flags []imap.Flag) error {
	if folder == "" {
		folder = "INBOX"
	}
	folder = canonicalFolder(folder)
	if len(raw) > appendLimit {
		return fmt.Errorf("mailtest: message of %d bytes is over the %d-byte limit", len(raw), appendLimit)
	}
	u, err := s.mailUser(email)
	if err != nil {
		return err
	}
	if err := u.folders.refusal(folder); err != nil {
		return fmt.Errorf("mailtest: append to %s of %s: %w", folder, email, err)
	}
	lit := literal{bytes.NewReader(raw)}
	opts := &imap.AppendOptions{Time: when, Flags: flags}
	s.store.keywords.note(flags)
	_, err = u.user.Append(folder, lit, opts)
	var ie *imap.Error
	if errors.As(err, &ie) && ie.Code == imap.ResponseCodeTryCreate {
		// Create each level, so that "A/B" lists "A" too, as IMAP servers do.
		if err := s.createFolder(email, folder); err != nil {
			return err
		}
		lit = literal{bytes.NewReader(raw)}
		_, err = u.user.Append(folder, lit, opts)
	}
	if err != nil {
		return fmt.Errorf("mailtest: append to %s of %s: %w", folder, email, err)
	}
	return nil
}

// create makes one folder, recorded in the book with info.
func (u *mailAccount) create(name string, info folderInfo) error {
	return u.folders.create(name, info, func() error { return u.user.Create(name, nil) })
}

// createPath makes a folder and the levels above it the book lacks.
func (u *mailAccount) createPath(name string) error {
	return u.folders.createPath(name, folderInfo{}, func(level string) error { return u.user.Create(level, nil) })
}

func isAlreadyExists(err error) bool {
	var ie *imap.Error
	return errors.As(err, &ie) && ie.Code == imap.ResponseCodeAlreadyExists
}

// literal is a byte slice as an imap.LiteralReader.
type literal struct{ *bytes.Reader }

func (l literal) Size() int64 { return l.Reader.Size() }

// mailSession is the imapserver session of one handed-over connection:
// imapmemserver's, with the append limit.
type mailSession struct {
	*imapmemserver.UserSession
	user     *imapmemserver.User
	folders  *folderBook
	keywords *keywordSpelling
	selected bool
}

// Store and Append remember how the client spelt its keywords.
func (m *mailSession) Store(w *imapserver.FetchWriter, numSet imap.NumSet, flags *imap.StoreFlags, options *imap.StoreOptions) error {
	if flags != nil {
		m.keywords.note(flags.Flags)
	}
	return m.UserSession.Store(w, numSet, flags, options)
}

// holding spells a folder as imapmemserver knows it and refuses one that
// cannot be selected (it holds no messages): SELECT, STATUS, APPEND,
// COPY and MOVE go through it.
func (m *mailSession) holding(name string) (string, error) {
	name = canonicalFolder(name)
	return name, m.folders.refusal(name)
}

func (m *mailSession) Append(mailbox string, r imap.LiteralReader, options *imap.AppendOptions) (*imap.AppendData, error) {
	mailbox, err := m.holding(mailbox)
	if err != nil {
		return nil, err
	}
	if options != nil {
		m.keywords.note(options.Flags)
	}
	return m.UserSession.Append(mailbox, r, options)
}

func (m *mailSession) Status(name string, options *imap.StatusOptions) (*imap.StatusData, error) {
	name, err := m.holding(name)
	if err != nil {
		return nil, err
	}
	return m.UserSession.Status(name, options)
}

func (m *mailSession) Copy(numSet imap.NumSet, dest string) (*imap.CopyData, error) {
	dest, err := m.holding(dest)
	if err != nil {
		return nil, err
	}
	return m.UserSession.Copy(numSet, dest)
}

func (m *mailSession) Move(w *imapserver.MoveWriter, numSet imap.NumSet, dest string) error {
	dest, err := m.holding(dest)
	if err != nil {
		return err
	}
	return m.UserSession.Move(w, numSet, dest)
}

// storedFlags are the system flags every mailbox of the fakes keeps, as
// real servers list them in FLAGS and PERMANENTFLAGS.
var storedFlags = []imap.Flag{imap.FlagAnswered, imap.FlagFlagged, imap.FlagDeleted, imap.FlagSeen, imap.FlagDraft}

// Select lists the system flags in FLAGS and PERMANENTFLAGS, as real
// servers do (a tester's find: imapmemserver listed only the flags in use,
// "FLAGS ()" and "PERMANENTFLAGS (\*)", which by RFC 3501 says \Seen cannot
// be stored, and clients that check the list stop storing it); a
// read-only EXAMINE lists none as permanent, as Dovecot does.
func (m *mailSession) Select(name string, options *imap.SelectOptions) (*imap.SelectData, error) {
	name, err := m.holding(name)
	if err != nil {
		// A folder that only holds others, such as Gmail's "[Gmail]".
		m.selected = false
		return nil, err
	}
	data, err := m.UserSession.Select(name, options)
	m.selected = err == nil
	if err != nil {
		return data, err
	}
	flags := slices.Clone(storedFlags)
	for _, f := range data.Flags {
		if !slices.ContainsFunc(flags, func(g imap.Flag) bool { return strings.EqualFold(string(f), string(g)) }) {
			flags = append(flags, f)
		}
	}
	data.Flags = flags
	if options != nil && options.ReadOnly {
		data.PermanentFlags = []imap.Flag{}
	} else {
		data.PermanentFlags = append(slices.Clone(flags), imap.FlagWildcard)
	}
	return data, nil
}

// Create makes the superior levels a name needs (folderBook.createPath);
// a name with an empty level is refused. CREATE's USE (RFC 6154) gives
// the new folder its special-use attribute, shown by every LIST
// afterwards; one RFC 6154 and RFC 8457 do not define is refused with
// USEATTR.
func (m *mailSession) Create(name string, options *imap.CreateOptions) error {
	name = strings.TrimRight(canonicalFolder(name), "/")
	if slices.Contains(strings.Split(name, "/"), "") {
		return &imap.Error{Type: imap.StatusResponseTypeNo, Code: imap.ResponseCodeCannot, Text: "Mailbox name has an empty level"}
	}
	var info folderInfo
	if options != nil {
		for _, use := range options.SpecialUse {
			if !slices.ContainsFunc(specialUses, func(u imap.MailboxAttr) bool { return strings.EqualFold(string(u), string(use)) }) {
				return &imap.Error{Type: imap.StatusResponseTypeNo, Code: "USEATTR", Text: "Unsupported special-use attribute " + string(use)}
			}
		}
		info.use = slices.Clone(options.SpecialUse)
	}
	return m.folders.createPath(name, info, func(level string) error { return m.UserSession.Create(level, nil) })
}

// specialUses are the special-use attributes CREATE may give a folder.
var specialUses = []imap.MailboxAttr{imap.MailboxAttrAll, imap.MailboxAttrArchive, imap.MailboxAttrDrafts,
	imap.MailboxAttrFlagged, imap.MailboxAttrJunk, imap.MailboxAttrSent, imap.MailboxAttrTrash, imap.MailboxAttrImportant}

// Delete and Subscribe keep the book of folders in step (folderBook.delete
// says what a DELETE of INBOX or of a folder with folders under it does).
func (m *mailSession) Delete(name string) error {
	name = canonicalFolder(name)
	return m.folders.delete(name, func() error { return m.UserSession.Delete(name) })
}

func (m *mailSession) Subscribe(name string) error {
	name = canonicalFolder(name)
	return m.folders.subscribe(name, true, func() error { return m.UserSession.Subscribe(name) })
}

func (m *mailSession) Unsubscribe(name string) error {
	name = canonicalFolder(name)
	return m.folders.subscribe(name, false, func() error { return m.UserSession.Unsubscribe(name) })
}

// List answers from the book of folders, which knows what imapmemserver
// does not: special-use attributes, \Noselect and children.
func (m *mailSession) List(w *imapserver.ListWriter, ref string, patterns []string, options *imap.ListOptions) error {
	if len(patterns) == 0 {
		// LIST "" "": the hierarchy delimiter alone.
		return m.UserSession.List(w, ref, patterns, options)
	}
	for _, data := range m.folders.list(ref, patterns, options) {
		if options.ReturnStatus != nil && !slices.Contains(data.Attrs, imap.MailboxAttrNoSelect) {
			st, err := m.user.Status(data.Mailbox, options.ReturnStatus)
			if err != nil {
				continue // deleted since the book was read
			}
			data.Status = st
		}
		if err := w.WriteList(&data); err != nil {
			return err
		}
	}
	return nil
}

// Rename takes the folders under the old name along and makes the levels
// above the new one (folderBook.rename). Rename of INBOX moves its
// messages to the new name and leaves INBOX there, empty, as RFC 3501
// 6.3.5 says (a tester's find: INBOX was gone afterwards).
func (m *mailSession) Rename(oldName, newName string, options *imap.RenameOptions) error {
	oldName, newName = canonicalFolder(oldName), canonicalFolder(strings.TrimRight(newName, "/"))
	if oldName != "INBOX" {
		return m.folders.rename(oldName, newName,
			func(from, to string) error { return m.UserSession.Rename(from, to, options) },
			func(name string) error { return m.UserSession.Create(name, nil) })
	}
	if err := m.Create(newName, nil); err != nil {
		return err
	}
	inbox := imapmemserver.NewUserSession(m.user)
	defer inbox.Close()
	data, err := inbox.Select("INBOX", nil)
	if err != nil || data.NumMessages == 0 {
		return err
	}
	var all imap.SeqSet
	all.AddRange(1, data.NumMessages)
	if _, err := inbox.Copy(all, newName); err != nil {
		return err
	}
	if err := inbox.Store(nil, all, &imap.StoreFlags{Op: imap.StoreFlagsAdd, Silent: true, Flags: []imap.Flag{imap.FlagDeleted}}, nil); err != nil {
		return err
	}
	return inbox.Expunge(nil, nil)
}

func (m *mailSession) Unselect() error {
	m.selected = false
	return m.UserSession.Unselect()
}

var (
	_ imapserver.Session            = (*mailSession)(nil)
	_ imapserver.SessionNamespace   = (*mailSession)(nil)
	_ imapserver.SessionMove        = (*mailSession)(nil)
	_ imapserver.SessionAppendLimit = (*mailSession)(nil)
)

// Login is never called: the connection is handed over already
// authenticated (PREAUTH, whose greeting the client never sees), and
// imapserver refuses LOGIN in the authenticated state itself.
func (*mailSession) Login(string, string) error { return imapserver.ErrAuthFailed }

// Idle first sends what changed since the last command, as Dovecot does
// when IDLE begins: a message put in just before the client idled is
// announced at once, not only with the next change.
func (m *mailSession) Idle(w *imapserver.UpdateWriter, stop <-chan struct{}) error {
	if !m.selected {
		// Nothing to report until DONE (imapmemserver would end IDLE at
		// once).
		<-stop
		return nil
	}
	if err := m.UserSession.Poll(w, true); err != nil {
		return err
	}
	return m.UserSession.Idle(w, stop)
}

// AppendLimit is advertised as APPENDLIMIT and enforced by imapserver.
func (*mailSession) AppendLimit() uint32 { return appendLimit }

// mailServer is the one imapserver.Server of a Server, fed connections
// through a listener that only ever returns handed-over connections.
type mailServer struct {
	srv *imapserver.Server
	ln  *handoffListener
	log *mailLogger
}

func newMailServer() *mailServer {
	ln := &handoffListener{ch: make(chan net.Conn), closed: make(chan struct{})}
	log := &mailLogger{}
	srv := imapserver.New(&imapserver.Options{
		NewSession: func(c *imapserver.Conn) (imapserver.Session, *imapserver.GreetingData, error) {
			hc, ok := c.NetConn().(*handoffConn)
			if !ok {
				return nil, nil, errors.New("mailtest: connection was not handed over")
			}
			return &mailSession{UserSession: imapmemserver.NewUserSession(hc.account.user), user: hc.account.user, folders: hc.account.folders,
				keywords: hc.flags.words}, &imapserver.GreetingData{PreAuth: true}, nil
		},
		Caps:   servedCaps,
		Logger: log,
		// The scripted part has already checked TLS and the login; the
		// imapserver never sees credentials.
		InsecureAuth: true,
	})
	return &mailServer{srv: srv, ln: ln, log: log}
}

// mailLogger takes imapserver's log lines. They are about clients that
// went away or sent nonsense, which the client already heard about, so
// they are dropped; a recovered panic (a bug, ours or imapserver's) is
// counted, and the fuzz tests fail on it.
type mailLogger struct{ panics atomic.Int64 }

func (l *mailLogger) Printf(format string, _ ...any) {
	if strings.HasPrefix(format, "panic") {
		l.panics.Add(1)
	}
}

// handOver gives an authenticated connection to the mailbox server and
// waits until the client leaves or the server closes.
func (s *Server) handOver(c *conn, email string) {
	u, err := s.mailUser(email)
	if err != nil || s.mail == nil {
		_ = c.writeLines("* BYE Internal server error")
		return
	}
	hc := &handoffConn{Conn: c.nc, r: c.br, lines: &literalGuard{br: c.br}, account: u, done: make(chan struct{}), swallow: true,
		tap: &commandTap{rec: c.rec}, bye: s.Scenario.IMAP.Logout, flags: flagCase{words: &s.store.keywords}}
	select {
	case s.mail.ln.ch <- hc:
	case <-s.done:
		return
	}
	select {
	case <-hc.done:
	case <-s.done:
		// Close closes the TCP connection; imapserver's goroutine ends
		// on the failed read and closes hc.
		<-hc.done
	}
}

// handoffListener hands connections to imapserver.Server.Serve.
type handoffListener struct {
	ch        chan net.Conn
	closeOnce sync.Once
	closed    chan struct{}
}

func (l *handoffListener) Accept() (net.Conn, error) {
	select {
	case c := <-l.ch:
		return c, nil
	case <-l.closed:
		return nil, net.ErrClosed
	}
}

func (l *handoffListener) Close() error {
	l.closeOnce.Do(func() { close(l.closed) })
	return nil
}

func (l *handoffListener) Addr() net.Addr { return &net.TCPAddr{IP: net.IPv4(127, 0, 0, 1)} }

// handoffConn is the client connection as imapserver sees it: reads come
// from the scripted part's buffer first (a client may pipeline commands
// after its login), the PREAUTH greeting imapserver writes is swallowed
// (the client was greeted and answered already), and each command the
// client sends is recorded.
type handoffConn struct {
	net.Conn               // the TLS or TCP connection, for deadlines and addresses
	r        io.Reader     // the scripted part's buffered reader
	lines    *literalGuard // reads r line by line, for client connections
	account  *mailAccount
	tap      *commandTap
	bye      string // the scenario's LOGOUT text, for imapserver's
	flags    flagCase
	idTags   []string // ID commands sent on as NOOP, answered in Write; guarded by mu

	mu      sync.Mutex
	swallow bool // still inside the greeting line
	once    sync.Once
	done    chan struct{}
}

func (h *handoffConn) Read(p []byte) (int, error) {
	var n int
	var err error
	if h.lines != nil {
		n, err = h.lines.read(h, p)
	} else {
		n, err = h.r.Read(p)
	}
	if n > 0 && h.tap != nil {
		fed := p[:n]
		if h.lines != nil {
			fed = h.lines.untapped(fed)
		}
		h.tap.feed(fed)
	}
	return n, err
}

// idCommandRE is a whole ID command line (RFC 2971), without a literal.
var idCommandRE = regexp.MustCompile(`(?i)^([^\s(){%*"\\\]]{1,64}) ID(?: [^\r\n{]*)?\r?\n$`)

// rewriteID answers ID after the login, which imapserver does not know
// (a tester's find: "BAD Unknown command" where Gmail, Exchange and Dovecot
// answer it): a whole command line (never a literal's bytes) that is ID
// goes to imapserver as NOOP, so that its answer comes in order, and
// Write turns that NOOP's completion into ID's. It returns the line to
// pass on instead, and whether line was ID.
func (h *handoffConn) rewriteID(line []byte) ([]byte, bool) {
	m := idCommandRE.FindSubmatch(line)
	if m == nil {
		return nil, false
	}
	tag := string(m[1])
	h.mu.Lock()
	h.idTags = append(h.idTags, tag)
	h.mu.Unlock()
	return []byte(tag + " NOOP\r\n"), true
}

// answerID turns the completion of a NOOP that stood for ID into ID's
// answer; h.mu is held.
func (h *handoffConn) answerID(p []byte) []byte {
	for i, tag := range h.idTags {
		done := []byte(tag + " OK NOOP completed\r\n")
		j := bytes.Index(p, done)
		if j < 0 || j > 0 && p[j-1] != '\n' {
			continue
		}
		h.idTags = slices.Delete(h.idTags, i, i+1)
		out := slices.Clone(p[:j])
		out = append(out, "* ID NIL\r\n"+tag+" OK ID completed.\r\n"...)
		return append(out, p[j+len(done):]...)
	}
	return p
}

// maxBufferedLiteral is imapserver's limit on a literal in any command but
// APPEND; maxDiscardLiteral bounds the non-synchronising literal the fake
// reads and throws away to stay in step with the client.
const (
	maxBufferedLiteral = 4096
	maxDiscardLiteral  = 1 << 20
)

// literalGuard answers, for imapserver, a command that announces a literal
// over 4096 bytes anywhere but in APPEND. imapserver v2.0.0-beta.8 refuses
// such a literal without saying so: a client that announced a synchronising
// one waits for "+" while the server waits for the literal, until the
// server's 30-second read timeout; a non-synchronising one gets "Internal
// server error" and a closed connection. The guard reads the client's
// stream a line at a time; such a command never reaches imapserver, the
// client gets "NO [TOOBIG]" (RFC 7888 4: BAD for a non-synchronising
// literal, whose bytes are read and dropped) and the session goes on.
type literalGuard struct {
	br      *bufio.Reader
	pending []byte // bytes of the current line not yet returned
	midLine bool   // inside a line longer than the buffer: pass it on

	mu      sync.Mutex
	lit     int64 // literal bytes to pass through as they come
	want    int64 // a synchronising literal imapserver has not yet accepted
	skipTap int   // bytes of a rewritten line the record already holds as sent
}

// untapped returns the part of p, just read, that the record has not
// already been given.
func (g *literalGuard) untapped(p []byte) []byte {
	g.mu.Lock()
	defer g.mu.Unlock()
	k := min(g.skipTap, len(p))
	g.skipTap -= k
	return p[k:]
}

// continued is told of what imapserver writes: a continuation request
// ("+ ...") accepts the synchronising literal the client announced, whose
// bytes then pass uninspected.
func (g *literalGuard) continued(out []byte) {
	g.mu.Lock()
	defer g.mu.Unlock()
	if g.want > 0 && (bytes.HasPrefix(out, []byte("+")) || bytes.Contains(out, []byte("\n+"))) {
		g.lit, g.want = g.want, 0
	}
}

func (g *literalGuard) takeLit(max int) int64 {
	g.mu.Lock()
	defer g.mu.Unlock()
	return min(int64(max), g.lit)
}

func (g *literalGuard) read(h *handoffConn, p []byte) (int, error) {
	for {
		switch {
		case len(g.pending) > 0:
			n := copy(p, g.pending)
			g.pending = g.pending[n:]
			return n, nil
		}
		if k := g.takeLit(len(p)); k > 0 {
			n, err := g.br.Read(p[:k])
			g.mu.Lock()
			g.lit -= int64(n)
			g.mu.Unlock()
			return n, err
		}
		line, err := g.br.ReadSlice('\n')
		g.mu.Lock()
		refused := g.want > 0
		g.want = 0 // a new line: a literal never accepted was refused
		g.mu.Unlock()
		if refused && h.tap != nil {
			h.tap.cancelLiteral()
		}
		if err == bufio.ErrBufferFull {
			g.midLine = true
			g.pending = append(g.pending[:0], line...)
			continue
		}
		if err != nil {
			if len(line) > 0 {
				g.pending = append(g.pending[:0], line...)
				continue
			}
			return 0, err
		}
		whole := !g.midLine
		g.midLine = false
		text := strings.TrimRight(string(line), "\r\n")
		size, ok := literalAnnouncement(text)
		if !ok {
			if whole {
				if out, ok := h.rewriteID(line); ok {
					// The record keeps the command as sent.
					if h.tap != nil {
						h.tap.feed(line)
					}
					g.mu.Lock()
					g.skipTap += len(out)
					g.mu.Unlock()
					g.pending = append(g.pending[:0], out...)
					continue
				}
			}
			g.pending = append(g.pending[:0], line...)
			continue
		}
		tag, rest, _ := strings.Cut(text, " ")
		name, _, _ := strings.Cut(rest, " ")
		nonSync := strings.HasSuffix(text, "+}")
		if !whole || size <= maxBufferedLiteral || strings.EqualFold(name, "APPEND") {
			// imapserver takes it: the literal's bytes pass uninspected (a
			// message body may hold anything).
			g.mu.Lock()
			if nonSync {
				g.lit = size // the bytes follow at once
			} else {
				g.want = size // the bytes follow imapserver's "+", if it sends one
			}
			g.mu.Unlock()
			g.pending = append(g.pending[:0], line...)
			continue
		}
		// Too big for this command: answer here.
		if h.tap != nil {
			h.tap.feed([]byte(text + " [refused: too big]\r\n"))
		}
		reply := tag + " NO [TOOBIG] Literals are limited to 4096 bytes for this command\r\n"
		if nonSync {
			if size > maxDiscardLiteral {
				_ = h.writeDirect(tag + " BAD [TOOBIG] Literal too big\r\n")
				return 0, errLineTooLong
			}
			if _, err := io.CopyN(io.Discard, g.br, size); err != nil {
				return 0, err
			}
			if _, err := g.br.ReadString('\n'); err != nil { // the rest of the command
				return 0, err
			}
			reply = tag + " BAD [TOOBIG] Non-synchronizing literals are limited to 4096 bytes for this command\r\n"
		}
		if err := h.writeDirect(reply); err != nil {
			return 0, err
		}
	}
}

// writeDirect sends a line to the client between imapserver's writes.
func (h *handoffConn) writeDirect(line string) error {
	h.mu.Lock()
	defer h.mu.Unlock()
	_, err := h.Conn.Write([]byte(line))
	return err
}

func (h *handoffConn) Write(p []byte) (int, error) {
	h.mu.Lock()
	defer h.mu.Unlock()
	total := len(p)
	if h.swallow {
		i := bytes.Index(p, []byte("\r\n"))
		if i < 0 {
			return total, nil
		}
		h.swallow = false
		p = p[i+2:]
		if len(p) == 0 {
			return total, nil
		}
	}
	if h.lines != nil {
		h.lines.continued(p)
	}
	p = h.flags.transform(p)
	if len(h.idTags) > 0 {
		p = h.answerID(p)
	}
	if rest, ok := bytes.CutPrefix(p, []byte(imapserverBye)); ok && h.bye != "" {
		// The provider's words on LOGOUT ("* BYE Microsoft Exchange Server
		// IMAP4 server signing off.") rather than imapserver's.
		p = append([]byte(h.bye+"\r\n"), rest...)
	}
	if _, err := h.Conn.Write(p); err != nil {
		return 0, err
	}
	return total, nil
}

// imapserverBye is imapserver's untagged reply to LOGOUT.
const imapserverBye = "* BYE Logging out\r\n"

func (h *handoffConn) Close() error {
	h.once.Do(func() { close(h.done) })
	return h.Conn.Close()
}

// maxRecordedCommands bounds the commands kept per connection, so that a
// long-running client cannot grow a Record without end; the rest are
// counted in Record.CommandsDropped.
const maxRecordedCommands = 10000

// maxRecordedLine bounds one recorded command line.
const maxRecordedLine = 1024

// commandTap writes down the commands a client sends after the login, from
// the bytes imapserver reads: one entry per command line without its tag,
// literals left out (their announcement stays, "APPEND INBOX {310}"), and
// the arguments of LOGIN and AUTHENTICATE replaced by [Redacted].
type commandTap struct {
	rec  recorder
	line []byte
	long bool  // the line is longer than maxRecordedLine
	skip int64 // literal bytes still to pass over
	cont bool  // the line continues a command after a literal
}

func (t *commandTap) feed(p []byte) {
	for len(p) > 0 {
		if t.skip > 0 {
			n := int64(len(p))
			if n > t.skip {
				n = t.skip
			}
			t.skip -= n
			p = p[n:]
			continue
		}
		i := bytes.IndexByte(p, '\n')
		if i < 0 {
			t.add(p)
			return
		}
		t.add(p[:i])
		p = p[i+1:]
		t.end()
	}
}

// cancelLiteral forgets an announced literal the server refused, so that
// the client's next command is recorded as one.
func (t *commandTap) cancelLiteral() {
	t.skip, t.cont = 0, false
}

func (t *commandTap) add(p []byte) {
	room := maxRecordedLine - len(t.line)
	if len(p) > room {
		p, t.long = p[:max(room, 0)], true
	}
	t.line = append(t.line, p...)
}

func (t *commandTap) end() {
	line := strings.TrimSuffix(string(t.line), "\r")
	long, cont := t.long, t.cont
	t.line, t.long, t.cont = t.line[:0], false, false
	if !long {
		if n, ok := literalAnnouncement(line); ok {
			t.skip, t.cont = n, true
		}
	}
	if long {
		line = t.rec.cutEnd(line) // a secret may go on past the cap
	}
	if cont {
		if line = t.rec.redact(strings.TrimSpace(line)); line != "" {
			t.rec.update(func(r *Record) {
				k := len(r.Commands)
				if k == 0 || isCredentialCommand(r.Commands[k-1]) || strings.HasSuffix(r.Commands[k-1], " [...]") {
					return
				}
				if len(r.Commands[k-1])+1+len(line) > maxRecordedLine {
					r.Commands[k-1] += " [...]"
					return
				}
				r.Commands[k-1] += " " + line
			})
		}
		return
	}
	_, rest, _ := strings.Cut(line, " ") // drop the tag
	if rest == "" {
		rest = line // IDLE's DONE has no tag
	}
	if isCredentialCommand(rest) {
		name, _, _ := strings.Cut(rest, " ")
		rest = strings.ToUpper(name) + " " + Redacted
	} else if long {
		rest += " [...]"
	}
	t.rec.command(rest)
}

// isCredentialCommand reports whether a recorded line is LOGIN or
// AUTHENTICATE, whose arguments are never kept.
func isCredentialCommand(line string) bool {
	name, _, _ := strings.Cut(line, " ")
	return strings.EqualFold(name, "LOGIN") || strings.EqualFold(name, "AUTHENTICATE")
}

// literalAnnouncement reads "{n}" or "{n+}" at the end of a line.
func literalAnnouncement(line string) (int64, bool) {
	if !strings.HasSuffix(line, "}") {
		return 0, false
	}
	i := strings.LastIndexByte(line, '{')
	if i < 0 {
		return 0, false
	}
	num := strings.TrimSuffix(line[i+1:len(line)-1], "+")
	if num == "" || strings.TrimLeft(num, "0123456789") != "" || len(num) > 18 {
		return 0, false
	}
	n, err := strconv.ParseInt(num, 10, 64)
	return n, err == nil
}
