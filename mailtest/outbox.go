package mailtest

import (
	"bufio"
	"bytes"
	"context"
	"errors"
	"fmt"
	"slices"
	"strconv"
	"strings"
	"sync"
	"time"
)

// Message is one message a client sent through a fake's SMTP server and the
// server accepted, with its envelope.
type Message struct {
	// From is the MAIL FROM address without angle brackets; empty for the
	// null sender "<>".
	From string `json:"from"`
	// To are the RCPT TO addresses in the order given.
	To []string `json:"to"`
	// Data is the message as received: dot-stuffing undone, lines ending
	// in CRLF, without the final "." line.
	Data []byte `json:"-"`
	// Username is the identity the client authenticated as.
	Username string `json:"username"`
	// TLS reports whether the connection was encrypted when DATA was sent.
	TLS bool `json:"tls"`
	// Listener is the listener the client used ("smtp-starttls").
	Listener string `json:"listener"`
	// QueueID is the id in the server's "250 ... queued as" reply.
	QueueID string `json:"queue_id"`
	// Received is when the server accepted the message.
	Received time.Time `json:"received"`
}

func (m Message) clone() Message {
	m.To = slices.Clone(m.To)
	m.Data = slices.Clone(m.Data)
	return m
}

// Header returns the value of the first header field with this name in
// Data, unfolded, or "" when there is none. It reads raw header text and
// does not decode RFC 2047 encoded words.
func (m Message) Header(name string) string {
	head, _, _ := bytes.Cut(m.Data, []byte("\r\n\r\n"))
	var value string
	found := false
	for _, line := range strings.Split(string(head), "\r\n") {
		if found {
			if strings.HasPrefix(line, " ") || strings.HasPrefix(line, "\t") {
				value += " " + strings.TrimSpace(line)
				continue
			}
			return value
		}
		k, v, ok := strings.Cut(line, ":")
		if ok && strings.EqualFold(strings.TrimSpace(k), name) {
			found, value = true, strings.TrimSpace(v)
		}
	}
	return value
}

// outbox keeps the messages a server accepted.
type outbox struct {
	mu      sync.Mutex
	msgs    []Message     // the last maxKeptMessages accepted
	first   int           // the number of older messages dropped
	next    int           // the next message NextMessage returns, counted from the first ever
	seq     int64         // queue ids given out
	arrived chan struct{} // closed and replaced when a message arrives
}

// maxKeptMessages bounds the messages a server keeps in memory, for a
// `mailcheck fake` left running for days; older ones are dropped (a hook
// such as --spool has seen them).
const maxKeptMessages = 10000

func (o *outbox) add(m Message) {
	o.mu.Lock()
	defer o.mu.Unlock()
	o.msgs = append(o.msgs, m)
	if over := len(o.msgs) - maxKeptMessages; over > 0 {
		o.msgs = slices.Delete(o.msgs, 0, over)
		o.first += over
	}
	if o.arrived != nil {
		close(o.arrived)
		o.arrived = nil
	}
}

// Messages returns a copy of every message the SMTP servers accepted so far,
// in order (the last 10,000, should a server run that long). It may be
// called at any time, also after Close.
func (s *Server) Messages() []Message {
	s.out.mu.Lock()
	defer s.out.mu.Unlock()
	out := make([]Message, len(s.out.msgs))
	for i, m := range s.out.msgs {
		out[i] = m.clone()
	}
	return out
}

// ErrServerClosed is what NextMessage returns once the Server is closed
// and every message accepted so far has been returned. A message whose
// DATA was ending while Close ran may still be kept just after; Messages
// lists it.
var ErrServerClosed = errors.New("mailtest: server closed")

// NextMessage returns the first accepted message that NextMessage has not
// returned yet, waiting for one to arrive until ctx is done or the Server
// is closed (then ErrServerClosed, once the messages accepted before are
// returned). Successive calls walk through every message once, in order,
// whether it arrived before the call or during it.
//
// In a test, give ctx a deadline: t.Context() ends only after the test
// returns, so an application that never sends would otherwise hold the
// test until go test's own timeout.
//
//	ctx, cancel := context.WithTimeout(t.Context(), 5*time.Second)
//	defer cancel()
//	msg, err := srv.NextMessage(ctx)
func (s *Server) NextMessage(ctx context.Context) (Message, error) {
	closed := false // set once Close was seen, so the queue is read once more
	for {
		s.mu.Lock()
		done := s.done // nil before Start; read each time, as Start may come later
		closed = closed || s.closed
		s.mu.Unlock()
		s.out.mu.Lock()
		s.out.next = max(s.out.next, s.out.first)
		if i := s.out.next - s.out.first; i < len(s.out.msgs) {
			m := s.out.msgs[i].clone()
			s.out.next++
			s.out.mu.Unlock()
			return m, nil
		}
		if s.out.arrived == nil {
			s.out.arrived = make(chan struct{})
		}
		wait := s.out.arrived
		s.out.mu.Unlock()
		if closed {
			return Message{}, ErrServerClosed
		}
		select {
		case <-wait:
		case <-done: // nil before Start: never ready (wait wakes on Start's first message)
			closed = true // return what arrived first, then ErrServerClosed
		case <-ctx.Done():
			return Message{}, ctx.Err()
		}
	}
}

// maxMessage bounds DATA when the scenario advertises no SIZE.
const maxMessage = 10 << 20

// maxRecipients bounds RCPT TO per message, as Postfix's
// smtpd_recipient_limit (1000) does; more gets 452.
const maxRecipients = 1000

// sizeLimit is the SIZE a list of EHLO keywords advertises, or 0.
func sizeLimit(ext []string) int {
	for _, e := range ext {
		if v, ok := strings.CutPrefix(strings.ToUpper(e), "SIZE "); ok {
			if n, err := strconv.Atoi(strings.TrimSpace(v)); err == nil && n > 0 {
				return n
			}
		}
	}
	return 0
}

var (
	// errTooBig: the message went past the limit; it was read to its end
	// and dropped.
	errTooBig = errors.New("mailtest: message too big")
	// errDataRunaway: the client kept sending well past the limit without
	// ending the message; the connection ends.
	errDataRunaway = errors.New("mailtest: message far too big")
)

// runaway is how much a client may send for one message (by DATA) or one
// chunk (by BDAT), limit being the most the server keeps, before the
// server stops reading and hangs up:
// twice the limit plus a margin, so a client slightly over gets its 552 in
// step and only one that goes on and on is cut off.
func runaway(limit int) int { return 2*limit + 1<<20 }

// readData reads the text of a DATA command up to the line holding a lone
// "." (RFC 5321 4.1.1.4), undoes dot-stuffing (4.5.2) and ends every line
// with CRLF, accepting bare LF from lax clients. Past limit bytes the
// message is dropped and the rest is read and discarded, so the client
// gets 552 in step with what it sent; a client that goes on past
// runaway(limit) without ending gets errDataRunaway.
func readData(r *bufio.Reader, limit int) ([]byte, error) {
	var msg bytes.Buffer
	discard := runaway(limit)
	total := 0
	over := false
	start := true // part begins a line
	var line []byte
	for {
		part, err := r.ReadSlice('\n')
		total += len(part)
		if total > discard {
			return nil, errDataRunaway
		}
		if !over {
			line = append(line, part...)
		}
		if err == bufio.ErrBufferFull {
			if !over && msg.Len()+len(line) > limit {
				over, line = true, line[:0]
			}
			start = false
			continue
		}
		if err != nil {
			return nil, err
		}
		whole := start // part is a whole line
		start = true
		if over {
			if whole && isDataEnd(part) {
				return nil, errTooBig
			}
			continue
		}
		if isDataEnd(line) {
			return msg.Bytes(), nil
		}
		body := bytes.TrimRight(line, "\r\n")
		if len(body) > 0 && body[0] == '.' {
			body = body[1:]
		}
		if msg.Len()+len(body)+2 > limit {
			over, line = true, line[:0]
			continue
		}
		msg.Write(body)
		msg.WriteString("\r\n")
		line = line[:0]
	}
}

// isDataEnd reports whether a whole line is the end of data: ".\r\n", or
// ".\n" from a lax client.
func isDataEnd(line []byte) bool {
	return string(line) == ".\r\n" || string(line) == ".\n"
}

// keep stores an accepted message and delivers a copy to the INBOX of
// each of the fake's own accounts among its recipients, so that a test can
// send and then read back over IMAP. It returns the queue id.
func (s *Server) keep(m Message) string {
	s.out.mu.Lock()
	s.out.seq++
	m.QueueID = fmt.Sprintf("%010X", 0x4ABCDEF000+s.out.seq)
	s.out.mu.Unlock()
	m.Received = time.Now()
	if s.Now != nil {
		m.Received = s.Now()
	}
	delivered := map[string]bool{}
	for _, rcpt := range m.To {
		a, ok := s.account(rcpt)
		if !ok || delivered[strings.ToLower(a.Email)] {
			continue
		}
		delivered[strings.ToLower(a.Email)] = true
		_ = s.appendAt(a.Email, "INBOX", m.Data, m.Received, nil)
	}
	s.out.add(m)
	if s.OnMessage != nil {
		s.OnMessage(m.clone())
	}
	return m.QueueID
}
