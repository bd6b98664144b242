package mailtest

import (
	"errors"
	"fmt"
	"net"
	"slices"
	"time"

	"github.com/emersion/go-imap/v2"
	"github.com/emersion/go-imap/v2/imapclient"
)

// StoredMessage is one message in a fake's mailbox, as a test reads it
// back with [Server.Folder] to check what an application did (marked it
// read, moved it, appended a draft).
type StoredMessage struct {
	UID      uint32
	Flags    []string // `\Seen`, `\Flagged`, keywords
	Received time.Time
	Data     []byte
}

// Folders returns the names of an account's folders, sorted.
func (s *Server) Folders(email string) ([]string, error) {
	var names []string
	err := s.inspect(email, func(c *imapclient.Client) error {
		boxes, err := c.List("", "*", nil).Collect()
		for _, b := range boxes {
			names = append(names, b.Mailbox)
		}
		return err
	})
	slices.Sort(names)
	return names, err
}

// Folder returns the messages in one of an account's folders, in order,
// without changing their flags. It works before Start and while clients
// are connected.
func (s *Server) Folder(email, folder string) ([]StoredMessage, error) {
	var out []StoredMessage
	err := s.inspect(email, func(c *imapclient.Client) error {
		sel, err := c.Select(folder, &imap.SelectOptions{ReadOnly: true}).Wait()
		if err != nil {
			return err
		}
		if sel.NumMessages == 0 {
			return nil
		}
		body := &imap.FetchItemBodySection{Peek: true}
		msgs, err := c.Fetch(imap.SeqSet{{Start: 1, Stop: 0}}, &imap.FetchOptions{
			UID: true, Flags: true, InternalDate: true, BodySection: []*imap.FetchItemBodySection{body},
		}).Collect()
		for _, m := range msgs {
			sm := StoredMessage{UID: uint32(m.UID), Received: m.InternalDate, Data: m.FindBodySection(body)}
			for _, f := range m.Flags {
				sm.Flags = append(sm.Flags, string(f))
			}
			out = append(out, sm)
		}
		return err
	})
	if err != nil {
		return nil, fmt.Errorf("mailtest: folder %q of %s: %w", folder, email, err)
	}
	return out, nil
}

// inspect runs f with an IMAP client logged in to the account's mailbox
// over an in-memory pipe: the same server code clients meet, so what a
// test reads back is what a client would see. Nothing is recorded.
func (s *Server) inspect(email string, f func(*imapclient.Client) error) error {
	u, err := s.mailUser(email)
	if err != nil {
		return err
	}
	ms := newMailServer()
	served := make(chan struct{})
	go func() { defer close(served); _ = ms.srv.Serve(ms.ln) }()
	defer func() { _ = ms.ln.Close(); <-served }()

	srvEnd, cliEnd := net.Pipe()
	hc := &handoffConn{Conn: srvEnd, r: srvEnd, account: u, done: make(chan struct{}), flags: flagCase{words: &s.store.keywords}}
	ms.ln.ch <- hc
	c := imapclient.New(cliEnd, nil)
	defer func() {
		c.Close()
		<-hc.done // imapserver's goroutine has let go of the connection
	}()
	if err := c.WaitGreeting(); err != nil {
		return err
	}
	if c.State() != imap.ConnStateAuthenticated {
		return errors.New("mailtest: internal mailbox session not authenticated")
	}
	err = f(c)
	if lerr := c.Logout().Wait(); err == nil && lerr != nil {
		err = lerr
	}
	return err
}
