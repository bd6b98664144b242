package imapcheck

import (
	"context"
	"encoding/base64"
	"errors"
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
	r    *imapwire.Reader // reads conn

	encrypted bool // TLS is up
	verified  bool // and its certificate verified
	tagN      int
	greetCaps []string // from the greeting's [CAPABILITY] code, until used
	challenge string   // the server's SASL error challenge, decoded
	dead      bool     // the connection failed or the server said BYE

	// secrets are scrubbed from every server text the result keeps, in
	// case a server echoes a credential back.
	secrets []string
}

// use makes c (already wrapped in TLS, or not) the connection the probe
// talks over, tapped for the transcript.
func (s *session) use(c net.Conn) {
	s.conn = s.tap.Wrap(c)
	s.r = imapwire.NewReader(s.conn)
}

// addSecret registers values that must never appear in the result: for the
// transcript tap, and for the server texts we keep.
func (s *session) addSecret(values ...string) {
	for _, v := range values {
		if v == "" {
			continue
		}
		s.tap.AddSecret(v)
		s.secrets = append(s.secrets, v, base64.StdEncoding.EncodeToString([]byte(v)))
	}
}

// scrub removes registered secrets from server text.
func (s *session) scrub(text string) string {
	for _, v := range s.secrets {
		text = strings.ReplaceAll(text, v, probe.Redacted)
	}
	return text
}

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
// including the tagged one (or the BYE that ended the connection).
type exchange struct {
	tagged   *imapwire.Response // nil when the connection ended first
	untagged []*imapwire.Response
	bye      *imapwire.Response // an untagged BYE, if any
	lines    []string
}

// server joins the exchange's lines, scrubbed, for Step.Server.
func (s *session) server(ex *exchange) string { return s.scrub(strings.Join(ex.lines, "\n")) }

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
	ex := &exchange{}
	if err := s.write(tag + " " + cmd + "\r\n"); err != nil {
		return ex, netfacts.FromError(ctx, "write", err)
	}
	return s.read(ctx, tag, ex, onCont)
}

// read reads responses until the one tagged tag.
func (s *session) read(ctx context.Context, tag string, ex *exchange, onCont continueFunc) (*exchange, *probe.NetError) {
	for {
		resp, err := s.r.ReadResponse()
		if resp != nil && resp.Line != "" {
			ex.lines = append(ex.lines, resp.Line)
		}
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
			return ex, &probe.NetError{Kind: probe.NetProtocol, Op: "read", Message: "response with an unknown tag " + strconv.Quote(resp.Tag)}
		default:
			ex.untagged = append(ex.untagged, resp)
			if resp.Type == imapwire.BYE {
				ex.bye = resp
			}
		}
	}
}

// readError describes a read failure: a line that is not IMAP is a
// protocol error, anything else a network fact.
func (s *session) readError(ctx context.Context, err error) *probe.NetError {
	var pe *imapwire.ParseError
	if errors.As(err, &pe) || errors.Is(err, imapwire.ErrTooLong) {
		return &probe.NetError{Kind: probe.NetProtocol, Op: "read", Message: s.scrub(err.Error())}
	}
	ne := netfacts.FromError(ctx, "read", err)
	ne.Message = s.scrub(ne.Message)
	return ne
}

func isClosed(err error) bool {
	k := netfacts.FromError(context.Background(), "read", err).Kind
	return k == probe.NetClosed || k == probe.NetReset
}

// noteAlert records the text of an [ALERT], tagged or untagged.
func (s *session) noteAlert(r *imapwire.Response) {
	if r.Code == "ALERT" {
		s.res.Alerts = append(s.res.Alerts, s.scrub(r.Text))
	}
}

// response converts a refusal to the result's form.
func (s *session) response(r *imapwire.Response) *Response {
	if r == nil {
		return nil
	}
	return &Response{Type: r.Type, Code: r.Code, CodeArg: s.scrub(r.CodeArg), Text: s.scrub(r.Text), Line: s.scrub(r.Line)}
}
