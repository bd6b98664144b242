package smtpcheck

import (
	"bufio"
	"context"
	"fmt"
	"net"
	"strings"
	"time"

	"github.com/mailcheck-go/mailcheck/internal/dial"
	"github.com/mailcheck-go/mailcheck/internal/goodbye"
	"github.com/mailcheck-go/mailcheck/internal/guard"
	"github.com/mailcheck-go/mailcheck/internal/modecheck"
	"github.com/mailcheck-go/mailcheck/internal/netfacts"
	"github.com/mailcheck-go/mailcheck/internal/stages"
	"github.com/mailcheck-go/mailcheck/internal/tap"
	"github.com/mailcheck-go/mailcheck/probe"
)

// maxStages is the number of stages on the longest path through a probe
// (resolve, connect, greeting, EHLO, STARTTLS, TLS handshake, EHLO, AUTH,
// envelope, QUIT, plus the mode check). Each stage has its own timeout, so
// a probe is bounded anyway; the ceiling of maxStages stage timeouts
// guarantees it even if a future stage forgets to be, as netcheck masks
// the caller's context with its ReportTimeout.
const maxStages = 12

// prober holds the state of one probe. It is used by one goroutine.
type prober struct {
	o   Options
	ctx context.Context
	rec *stages.Recorder
	tap *tap.Tap
	res *Result

	addr     string      // host:port dialled
	raw      *guard.Conn // the TCP connection, deadline-clamped
	conn     net.Conn    // the plaintext side, tapped
	r        *bufio.Reader
	tls      bool // the connection is encrypted
	verified bool // ... and the certificate verified
	dead     bool // a network failure ended the conversation: no QUIT
	// bare is the connection under the tap; goodbye is set when QUIT went
	// out under ReturnEarly, and the 221 is read in the background
	// (internal/goodbye), which then closes bare.
	bare    net.Conn
	goodbye bool
	// early is the answer of the mode check run beside the greeting wait,
	// earlyBegan when it started; nil when it never started.
	early      *probe.ModeCheck
	earlyBegan time.Time
}

// Probe connects to an SMTP submission server, checks each stage up to
// authentication (and the envelope, when Options.Recipient is set) and
// reports what it observed.
//
// The error is non-nil only when opts are unusable; it then wraps
// ErrInvalidOptions. Everything the network or the server did, refusals
// included, is in the Result, and the error is nil. Probe never sends
// DATA, authenticates at most once, and returns within the caller's
// context plus at most one stage timeout of clean-up.
//
// Probe may be called concurrently with different options.
func Probe(ctx context.Context, opts Options) (*Result, error) {
	o, err := opts.normalize()
	if err != nil {
		return nil, err
	}
	ctx, cancel := context.WithTimeout(ctx, maxStages*o.StageTimeout)
	defer cancel()

	p := &prober{o: o, ctx: ctx}
	p.rec = stages.New(ctx, o.StageTimeout, o.Now, o.Progress)
	p.tap = tap.New(p.rec.Now)
	p.res = &Result{
		Host:      o.Host,
		Port:      o.Port,
		Security:  o.Security,
		Username:  o.Username,
		StartedAt: p.rec.Start().UTC(),
	}
	p.addSecrets(o.Password.Reveal(), o.Token.Reveal())
	// Every step passes the redactor before it is kept or reported.
	p.rec.Redact(p.tap.Redactor())
	p.run()
	switch {
	case p.goodbye:
		p.raw.Release()
		goodbye.Finish(p.bare)
	case p.raw != nil:
		_ = p.raw.Close()
	}
	return p.finish(), nil
}

// Wait returns when every QUIT (and LOGOUT) that probes with ReturnEarly
// left to finish in the background has ended: at most 2 seconds after the
// last such probe returned. Call it before a program or a test that checks
// for leftover goroutines ends.
func Wait() { goodbye.Wait() }

// run is the probe's script: each step either succeeds and the next one
// runs, or records why the probe ends and returns.
func (p *prober) run() {
	// Resolve the host (skipped for an IP address) and connect.
	if !p.resolve() || !p.connect() {
		return
	}
	// Implicit TLS: the handshake comes before the server says anything.
	if p.o.Security == probe.SecurityTLS && !p.handshake() {
		return
	}
	// The 220 banner. Silence or an immediate close on a plaintext port
	// may mean the port speaks implicit TLS: one extra connection tells.
	if !p.greeting() {
		if p.wantModeCheck() {
			p.modeCheck()
		}
		return
	}
	defer p.quit()
	if !p.ehlo() {
		return
	}
	// STARTTLS, then EHLO again: what a server advertised in plaintext
	// cannot be trusted (RFC 3207 4.2).
	if p.o.Security == probe.SecurityStartTLS {
		if !p.startTLS() || !p.handshake() {
			return
		}
		p.res.EHLOBeforeTLS = p.res.EHLO
		if !p.ehlo() {
			return
		}
	}
	if !p.authenticate() {
		return
	}
	if p.o.Recipient != "" {
		p.envelope()
	}
}

// finish fills the summary fields and scrubs secrets from every text.
func (p *prober) finish() *Result {
	r := p.res
	r.Steps = p.rec.Steps()
	if r.Stage == "" && len(r.Steps) > 0 {
		r.Stage = r.Steps[len(r.Steps)-1].Stage
	}
	r.ElapsedMS = p.rec.Since()
	r.Transcript = p.tap.Transcript()
	if l, ok := p.tap.Limit(r.Stage); ok {
		r.Limits = append(r.Limits, l)
	}
	// Hand out values that share nothing: the failing step and the
	// result point at the same error, the envelope and the result at the
	// same refusal.
	r.Error = r.Error.Clone()
	r.Reply = r.Reply.clone()
	scrubResult(r, p.tap.Redactor())
	return r
}

// endAt records that the probe ends at stage; the Step itself is
// recorded by the caller.
func (p *prober) endAt(stage probe.Stage) { p.res.Stage = stage }

// resolve looks the host up, or takes an IP literal as it is.
func (p *prober) resolve() bool {
	addrs, ne := dial.Resolve(p.rec, p.o.Resolver, p.o.Host)
	if ne != nil {
		p.res.Error = ne
		p.endAt(probe.StageResolve)
		return false
	}
	p.res.Addresses = addrs
	return true
}

// connect dials the resolved addresses in order until one answers.
func (p *prober) connect() bool {
	c, addr, ne := dial.Connect(p.rec, p.o.Dialer, p.res.Addresses, p.o.Port)
	if ne != nil {
		p.res.Error = ne
		p.endAt(probe.StageConnect)
		return false
	}
	p.addr = addr
	p.res.RemoteAddr = addr
	// The guard closes the connection when the probe's context ends and
	// clamps every deadline to the current stage's.
	p.raw = guard.New(p.ctx, c)
	p.rec.Attach(p.raw)
	p.setConn(p.raw)
	return true
}

// handshake runs TLS over the TCP connection: first thing for implicit
// TLS, after the server's 220 to STARTTLS otherwise. The certificate is
// verified by netfacts so that the chain is reported even when it fails;
// a connection that failed verification carries nothing more.
func (p *prober) handshake() bool {
	st := p.rec.Begin(probe.StageTLSHandshake)
	tc, info, err := netfacts.Handshake(st.Ctx, p.raw, p.o.TLSConfig, p.o.Host, p.rec.Now)
	if info != nil {
		p.res.TLS = info
	}
	if err != nil {
		ne := netfacts.FromError(st.Ctx, "handshake", err)
		st.Fail(netfacts.HandshakeDetail(ne), "", ne)
		p.res.Error = ne
		p.endAt(probe.StageTLSHandshake)
		p.dead = true
		return false
	}
	p.tls, p.verified = true, info.Verified
	p.setConn(tc)
	detail := fmt.Sprintf("%s, %s", info.Version, info.CipherSuite)
	if info.Verified {
		detail += ", certificate verified for " + info.ServerName
	} else {
		detail += ", certificate not verified (InsecureSkipVerify)"
	}
	p.tap.Note("TLS handshake: " + detail)
	st.OK(detail, "")
	return true
}

// greeting reads the 220 banner. Any other code (421 and 554 are the ones
// servers use to turn clients away) ends the probe with the reply kept.
// On a plaintext connection the mode check starts beside the wait once
// the server has been silent for modecheck.EarlyWait: a TLS handshake
// that succeeds there ends the wait at once (a wrong TLS mode), and a
// banner that arrives first cancels the check. Silence or an immediate
// close without that answer runs the check afterwards (see run).
func (p *prober) greeting() bool {
	st := p.rec.Begin(probe.StageGreeting)
	early := p.startModeCheck()
	rep, lines, err := readReply(p.r)
	if err != nil {
		var mc *probe.ModeCheck
		var began time.Time
		if early != nil && len(lines) == 0 {
			mc, began, _ = early.Result()
		} else if early != nil {
			early.Stop()
		}
		if mc != nil && mc.HandshakeOK {
			// The check closed this connection: the wait was cut short,
			// not ended by the server.
			ne := modecheck.CutShort()
			st.Fail(modecheck.CutShortDetail, "", ne)
			p.res.Error, p.dead = ne, true
		} else {
			p.netFail(st, "read", err, lines, "no greeting from the server")
		}
		p.early, p.earlyBegan = mc, began
		p.endAt(probe.StageGreeting)
		return false
	}
	if early != nil {
		early.Stop()
	}
	if rep.Code != 220 {
		p.refused(st, rep, "", fmt.Sprintf("the server turned the connection away (%d)", rep.Code))
		p.endAt(probe.StageGreeting)
		return false
	}
	p.res.Banner = rep.Text
	st.OK("220 greeting", rep.String())
	return true
}

// ehlo sends EHLO and parses the extensions. A server that refuses EHLO
// (5xx) gets HELO, and the result says so; it then advertises nothing.
func (p *prober) ehlo() bool {
	st := p.rec.Begin(probe.StageEHLO)
	rep, ok := p.command(st, "EHLO "+p.o.HelloName)
	if !ok {
		p.endAt(probe.StageEHLO)
		return false
	}
	if rep.Code == 250 {
		p.res.EHLO = parseEHLO(rep)
		st.OK(ehloDetail(p.res.EHLO), rep.String())
		return true
	}
	if rep.class() != 5 {
		p.refused(st, rep, "", fmt.Sprintf("EHLO refused (%d)", rep.Code))
		p.endAt(probe.StageEHLO)
		return false
	}
	helo, ok := p.command(st, "HELO "+p.o.HelloName)
	if !ok {
		p.endAt(probe.StageEHLO)
		return false
	}
	server := rep.String() + "\n" + helo.String()
	if helo.Code != 250 {
		p.refused(st, helo, server, fmt.Sprintf("EHLO refused (%d), HELO refused (%d)", rep.Code, helo.Code))
		p.endAt(probe.StageEHLO)
		return false
	}
	_, _, text, _ := parseReplyLine(helo.Lines[0])
	p.res.EHLO = &EHLO{Greeting: text, HELO: true}
	st.OK(fmt.Sprintf("EHLO refused (%d); fell back to HELO: no extensions", rep.Code), server)
	return true
}

func ehloDetail(e *EHLO) string {
	var parts []string
	if len(e.AuthMechanisms) > 0 {
		parts = append(parts, "AUTH "+strings.Join(e.AuthMechanisms, " "))
	} else {
		parts = append(parts, "no AUTH mechanisms")
	}
	if e.StartTLS {
		parts = append(parts, "STARTTLS")
	}
	if e.Pipelining {
		parts = append(parts, "PIPELINING")
	}
	if e.Size > 0 {
		parts = append(parts, fmt.Sprintf("SIZE %d", e.Size))
	}
	return strings.Join(parts, ", ")
}

// startTLS asks for TLS. Not offered means the probe stops: it will not
// send credentials in plaintext on a connection meant to be encrypted.
func (p *prober) startTLS() bool {
	if !p.res.EHLO.StartTLS {
		p.rec.Skip(probe.StageStartTLS, "the server does not offer STARTTLS")
		p.res.StopReason = probe.StopStartTLSUnavailable
		p.endAt(probe.StageStartTLS)
		return false
	}
	st := p.rec.Begin(probe.StageStartTLS)
	rep, ok := p.command(st, "STARTTLS")
	if !ok {
		p.endAt(probe.StageStartTLS)
		return false
	}
	if rep.Code != 220 {
		p.refused(st, rep, "", fmt.Sprintf("STARTTLS refused (%d)", rep.Code))
		p.endAt(probe.StageStartTLS)
		return false
	}
	// Bytes after the 220 and before the handshake would be read as if
	// they came over TLS: the STARTTLS command injection of CVE-2011-0411.
	if n := p.r.Buffered(); n > 0 {
		p.res.Error = &probe.NetError{Kind: probe.NetProtocol, Op: "read",
			Message: fmt.Sprintf("smtpcheck: server sent %d bytes after its STARTTLS reply, before the TLS handshake", n)}
		st.Fail("unexpected data before the TLS handshake", rep.String(), p.res.Error)
		p.endAt(probe.StageStartTLS)
		p.dead = true
		return false
	}
	st.OK("", rep.String())
	return true
}

// quit ends the session politely. Its outcome is recorded but does not
// change the result: the verdict is in by then.
func (p *prober) quit() {
	if p.dead || p.ctx.Err() != nil {
		return
	}
	st := p.rec.Begin(probe.StageQuit)
	if p.o.ReturnEarly {
		// The outcome is known: say goodbye, and read the 221 after the
		// Result has gone back (Probe hands the connection over).
		if err := p.writeLine("QUIT"); err != nil {
			st.Fail("could not send QUIT", "", netError(st, "write", err))
			return
		}
		st.OK("QUIT sent; the server's reply is read after the result is returned", "")
		p.goodbye = true
		return
	}
	rep, lines, err := func() (*Reply, []string, error) {
		if err := p.writeLine("QUIT"); err != nil {
			return nil, nil, err
		}
		return readReply(p.r)
	}()
	switch {
	case err != nil:
		st.Fail("no reply to QUIT", strings.Join(lines, "\n"), netError(st, "read", err))
	case rep.Code != 221:
		st.Fail(fmt.Sprintf("QUIT answered with %d", rep.Code), rep.String(), nil)
	default:
		st.OK("", rep.String())
	}
}

// wantModeCheck reports whether the greeting failure looks like a wrong
// TLS mode: a plaintext connection that got nothing (silence or an
// immediate close) may be talking to an implicit-TLS port, where the
// server waits for a ClientHello.
func (p *prober) wantModeCheck() bool {
	if p.o.SkipModeCheck || p.o.Security == probe.SecurityTLS || p.res.Error == nil || p.res.Reply != nil {
		return false
	}
	if p.early != nil && p.early.HandshakeOK {
		return true
	}
	switch p.res.Error.Kind {
	case probe.NetTimeout, probe.NetClosed, probe.NetReset:
		return p.ctx.Err() == nil
	}
	return false
}
