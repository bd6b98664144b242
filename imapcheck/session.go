package imapcheck

import (
	"context"
	"errors"
	"fmt"
	"net"
	"strconv"
	"strings"

	"github.com/mailcheck-go/mailcheck/internal/guard"
	"github.com/mailcheck-go/mailcheck/internal/imapwire"
	"github.com/mailcheck-go/mailcheck/internal/netfacts"
	"github.com/mailcheck-go/mailcheck/internal/stages"
	"github.com/mailcheck-go/mailcheck/internal/tap"
	"github.com/mailcheck-go/mailcheck/probe"
)

// session is one probe's connection and bookkeeping. It is used by one
// goroutine only.
type session struct {
	opts Options
	res  *Result
	rec  *stages.Recorder
	tap  *tap.Tap

	g    *guard.Conn      // the raw connection, deadlines clamped per stage
	conn net.Conn         // the plaintext side, tapped (above TLS once up)
	bare net.Conn         // conn without the tap: what a goodbye reads from
	r    *imapwire.Reader // reads conn

	encrypted bool // TLS is up
	verified  bool // and its certificate verified
	tagN      int
	greetCaps []string // from the greeting's [CAPABILITY] code, until used
	challenge string   // the server's SASL error challenge, decoded
	dead      bool     // the connection failed or the server said BYE
	// goodbye is set when LOGOUT went out under ReturnEarly: the reply is
	// read in the background (internal/goodbye), which then closes bare.
	goodbye bool
}

// use makes c (already wrapped in TLS, or not) the connection the probe
// talks over, tapped for the transcript.
func (s *session) use(c net.Conn) {
	s.bare = c
	s.conn = s.tap.Wrap(c)
	s.r = imapwire.NewReader(s.conn)
}

// addSecret registers values that must never appear in the result, in any
// form: with the tap's redactor, which scrubs the transcript, the steps
// (before the progress callback sees them) and every server text kept.
// Register atoms (a password, a token), not blobs that hold the user name
// as well: the redactor finds an atom inside any encoded blob.
func (s *session) addSecret(values ...string) { s.tap.AddSecret(values...) }

// scrub removes every form of a registered secret from server text. Server
// texts are kept as they came and scrubbed once, by scrubResult and the
// recorder; scrub is for a text the probe transforms (quotes) before it
// keeps it, so the redactor sees the server's own bytes.
func (s *session) scrub(text string) string { return s.tap.Redactor().String(text) }

func (s *session) nextTag() string {
	s.tagN++
	return "a" + strconv.Itoa(s.tagN)
}

// write sends raw bytes (one or more CRLF-terminated lines).
func (s *session) write(p string) error {
	_, err := s.conn.Write([]byte(p))
	return err
}

// exchange is what one command produced: every response line up to and
// including the tagged one (or the BYE that ended the connection), within
// the bounds of limits.go.
type exchange struct {
	tagged   *imapwire.Response // nil when the connection ended first
	untagged []*imapwire.Response
	bye      *imapwire.Response // an untagged BYE, if any
	lines    []string           // kept for Step.Server, at most maxServerText bytes
	kept     int                // bytes in lines
	dropped  int                // lines not kept
	start    int64              // the reader's count when the command began
	conts    int                // continuation requests answered
}

// newExchange starts the bookkeeping of one command's answer.
func (s *session) newExchange() *exchange { return &exchange{start: s.r.BytesRead()} }

// keep adds a server line to the exchange's text, up to maxServerText.
func (ex *exchange) keep(line string) {
	if line == "" {
		return
	}
	if ex.kept+len(line) > maxServerText {
		ex.dropped++
		return
	}
	ex.kept += len(line)
	ex.lines = append(ex.lines, line)
}

// server joins the exchange's lines for Step.Server; lines beyond
// maxServerText are counted, not shown. It does not scrub: every step
// passes the tap's redactor as the recorder keeps it (Probe calls
// rec.Redact), before anyone, the progress callback included, sees it.
func (s *session) server(ex *exchange) string {
	text := strings.Join(ex.lines, "\n")
	if ex.dropped > 0 {
		text += fmt.Sprintf("\n[... %d more lines not kept]", ex.dropped)
		s.recordLimit(probe.Limit{Name: probe.LimitServerText, Max: maxServerText,
			Detail: fmt.Sprintf("the server's answer was over %d bytes; %d lines were not kept", maxServerText, ex.dropped)})
	}
	return text
}

// next reads one response of ex, keeps its line and enforces the
// per-command bounds. A bound reached is returned as a *limitError.
func (s *session) next(ex *exchange) (*imapwire.Response, error) {
	resp, err := s.r.ReadResponse()
	if resp != nil {
		ex.keep(resp.Line)
	}
	if err != nil {
		return resp, err
	}
	if resp.Tag == "*" {
		ex.untagged = append(ex.untagged, resp)
		if len(ex.untagged) > maxUntagged {
			return resp, &limitError{probe.Limit{Name: probe.LimitUntagged, Max: maxUntagged,
				Detail: fmt.Sprintf("the server sent more than %d untagged responses to one command; the probe stopped reading", maxUntagged)}}
		}
	}
	if n := s.r.BytesRead() - ex.start; n > maxUntaggedBytes {
		return resp, &limitError{probe.Limit{Name: probe.LimitUntaggedBytes, Max: maxUntaggedBytes,
			Detail: fmt.Sprintf("the server sent more than %d bytes in answer to one command; the probe stopped reading", maxUntaggedBytes)}}
	}
	return resp, nil
}

// refusal is the response that refused the command: the tagged NO or BAD,
// else the BYE.
func (ex *exchange) refusal() *imapwire.Response {
	if ex.tagged != nil && ex.tagged.Type != imapwire.OK {
		return ex.tagged
	}
	if ex.tagged == nil && ex.bye != nil {
		return ex.bye
	}
	return nil
}

// continueFunc answers a continuation request; ok false means the command
// has no more to send, and the probe cancels with "*".
type continueFunc func(cont *imapwire.Response) (line string, ok bool)

// command sends "tag cmd" and reads responses until the tagged one. onCont
// answers continuation requests; nil treats one as a protocol error. The
// returned error is a network or protocol failure, already described as a
// NetError under ctx; an exchange is returned either way.
func (s *session) command(ctx context.Context, cmd string, onCont continueFunc) (*exchange, *probe.NetError) {
	tag := s.nextTag()
	ex := s.newExchange()
	if err := s.write(tag + " " + cmd + "\r\n"); err != nil {
		return ex, netfacts.FromError(ctx, "write", err)
	}
	return s.read(ctx, tag, ex, onCont)
}

// read reads responses until the one tagged tag.
func (s *session) read(ctx context.Context, tag string, ex *exchange, onCont continueFunc) (*exchange, *probe.NetError) {
	for {
		resp, err := s.next(ex)
		if err != nil {
			s.dead = true
			if ex.bye != nil && isClosed(err) {
				// The server said BYE and hung up: that is its answer.
				return ex, nil
			}
			return ex, s.readError(ctx, err)
		}
		s.noteAlert(resp)
		switch {
		case resp.IsContinuation():
			if onCont == nil {
				return ex, &probe.NetError{Kind: probe.NetProtocol, Op: "read", Message: "unexpected continuation request"}
			}
			if ex.conts++; ex.conts > maxSASLRounds {
				s.dead = true
				return ex, s.readError(ctx, &limitError{probe.Limit{Name: probe.LimitSASLRounds, Max: maxSASLRounds,
					Detail: fmt.Sprintf("the server sent more than %d continuation requests in one command; the probe stopped", maxSASLRounds)}})
			}
			line, ok := onCont(resp)
			if !ok {
				line = "*" // cancel, RFC 9051 6.2.2
			}
			if err := s.write(line + "\r\n"); err != nil {
				return ex, netfacts.FromError(ctx, "write", err)
			}
		case resp.Tag == tag:
			ex.tagged = resp
			return ex, nil
		case resp.IsTagged():
			return ex, &probe.NetError{Kind: probe.NetProtocol, Op: "read", Message: "response with an unknown tag " + strconv.Quote(s.scrub(clip(resp.Tag, 64)))}
		case resp.Type == imapwire.BYE:
			ex.bye = resp
		}
	}
}

// readError describes a read failure: a line that is not IMAP is a
// protocol error, anything else a network fact.
func (s *session) readError(ctx context.Context, err error) *probe.NetError {
	if l, ok := limitFor(err); ok {
		s.recordLimit(l)
		s.dead = true
		if s.conn != nil {
			_ = s.conn.Close() // what the server sends next is not read
		}
		return &probe.NetError{Kind: probe.NetProtocol, Op: "read", Message: l.Detail}
	}
	var pe *imapwire.ParseError
	if errors.As(err, &pe) {
		return &probe.NetError{Kind: probe.NetProtocol, Op: "read", Message: err.Error()}
	}
	return netfacts.FromError(ctx, "read", err)
}

func isClosed(err error) bool {
	k := netfacts.FromError(context.Background(), "read", err).Kind
	return k == probe.NetClosed || k == probe.NetReset
}

// noteAlert records the text of an [ALERT], tagged or untagged, up to
// maxAlerts of maxAlertBytes each.
func (s *session) noteAlert(r *imapwire.Response) {
	if r.Code != "ALERT" {
		return
	}
	if len(s.res.Alerts) >= maxAlerts {
		s.recordLimit(probe.Limit{Name: probe.LimitAlerts, Max: maxAlerts,
			Detail: fmt.Sprintf("the server sent more than %d alerts; later ones were not kept", maxAlerts)})
		return
	}
	s.res.Alerts = append(s.res.Alerts, clip(r.Text, maxAlertBytes))
}

// clip cuts s to at most n bytes, saying so. The redactor runs after it,
// and it catches a credential cut at the end.
func clip(s string, n int) string {
	if len(s) <= n {
		return s
	}
	return s[:n] + " [... cut]"
}

// response converts a refusal to the result's form.
func (s *session) response(r *imapwire.Response) *Response {
	if r == nil {
		return nil
	}
	return &Response{Type: r.Type, Code: clip(r.Code, 64), CodeArg: clip(r.CodeArg, maxServerText),
		Text: clip(r.Text, maxServerText), Line: clip(r.Line, maxServerText)}
}
