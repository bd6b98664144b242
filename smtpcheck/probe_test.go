package smtpcheck

import (
	"context"
	"crypto/tls"
	"errors"
	"net"
	"reflect"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/mailcheck-go/mailcheck/internal/certgen"
	"github.com/mailcheck-go/mailcheck/probe"
)

// These tests use the standard library's testing only. STYLE.md asks for
// testify, but testify v1.12.1 needs go.yaml.in/yaml/v3, which go.mod
// does not list yet; the checks below keep its split: t.Fatalf where the
// rest would be meaningless (require), t.Errorf for observations (assert).

func probeOK(t *testing.T, o Options) *Result {
	t.Helper()
	res, err := Probe(context.Background(), o)
	if err != nil {
		t.Fatalf("Probe: unexpected error %v", err)
	}
	if res == nil {
		t.Fatal("Probe: nil result")
	}
	if testing.Verbose() {
		t.Logf("transcript:\n%s", res.Transcript)
	}
	return res
}

// step returns the last step of stage; ok false when there is none.
func step(res *Result, stage probe.Stage) (probe.Step, bool) {
	for i := len(res.Steps) - 1; i >= 0; i-- {
		if res.Steps[i].Stage == stage {
			return res.Steps[i], true
		}
	}
	return probe.Step{}, false
}

func stageList(res *Result) []string {
	var out []string
	for _, s := range res.Steps {
		out = append(out, string(s.Stage)+":"+string(s.Outcome))
	}
	return out
}

func equal[T any](t *testing.T, what string, got, want T) {
	t.Helper()
	if !reflect.DeepEqual(got, want) {
		t.Errorf("%s = %#v, want %#v", what, got, want)
	}
}

// authCount counts the AUTH commands the server received.
func authCount(s *fakeServer) int {
	n := 0
	for _, l := range s.received() {
		if verb(l) == "AUTH" {
			n++
		}
	}
	return n
}

func TestProbeStartTLSPlainSuccess(t *testing.T) {
	s := startFake(t, nil, script{ehlo: ehloStartTLS, ehloTLS: ehloAuth, tls: serverTLS(t), auth: authPlain}.handle)
	res := probeOK(t, optionsFor(s, probe.SecurityStartTLS))

	equal(t, "OK", res.OK, true)
	equal(t, "stages", stageList(res), []string{
		"resolve:skipped", "connect:ok", "greeting:ok", "ehlo:ok", "starttls:ok",
		"tls_handshake:ok", "ehlo:ok", "authenticate:ok", "quit:ok",
	})
	equal(t, "Banner", res.Banner, "fake.test ESMTP ready")
	equal(t, "EHLOBeforeTLS.StartTLS", res.EHLOBeforeTLS.StartTLS, true)
	equal(t, "EHLOBeforeTLS.AuthMechanisms", res.EHLOBeforeTLS.AuthMechanisms, []string(nil))
	equal(t, "EHLO.AuthMechanisms", res.EHLO.AuthMechanisms, []string{"PLAIN", "LOGIN"})
	equal(t, "EHLO.Size", res.EHLO.Size, int64(35882577))
	equal(t, "EHLO.Pipelining", res.EHLO.Pipelining, true)
	equal(t, "Auth", *res.Auth, probe.Auth{Mechanism: "PLAIN", Reason: "password given; PLAIN advertised",
		Offered: []string{"PLAIN", "LOGIN"}, Attempted: true, OverTLS: true, Succeeded: true})
	if res.TLS == nil || !res.TLS.Verified || len(res.TLS.Chain) == 0 {
		t.Errorf("TLS = %+v, want a verified chain", res.TLS)
	}
	equal(t, "Stage", res.Stage, probe.StageQuit)
	equal(t, "Error", res.Error, (*probe.NetError)(nil))
	if a, _ := step(res, probe.StageAuthenticate); a.Server != "235 2.7.0 Authentication successful" {
		t.Errorf("authenticate server text = %q", a.Server)
	}
	equal(t, "auth attempts", authCount(s), 1)
}

func TestProbeImplicitTLS(t *testing.T) {
	s := startFake(t, serverTLS(t), script{ehlo: ehloAuth, auth: authPlain}.handle)
	res := probeOK(t, optionsFor(s, probe.SecurityTLS))
	equal(t, "OK", res.OK, true)
	equal(t, "stages", stageList(res), []string{
		"resolve:skipped", "connect:ok", "tls_handshake:ok", "greeting:ok", "ehlo:ok", "authenticate:ok", "quit:ok",
	})
	equal(t, "EHLOBeforeTLS", res.EHLOBeforeTLS, (*EHLO)(nil))
	equal(t, "Auth.OverTLS", res.Auth.OverTLS, true)
}

func TestProbeLoginFallback(t *testing.T) {
	ehlo := []string{"250-fake.test", "250 AUTH LOGIN"}
	s := startFake(t, serverTLS(t), script{ehlo: ehlo, auth: authLogin}.handle)
	res := probeOK(t, optionsFor(s, probe.SecurityTLS))
	equal(t, "OK", res.OK, true)
	equal(t, "Auth.Mechanism", res.Auth.Mechanism, "LOGIN")
	equal(t, "auth attempts", authCount(s), 1)
}

func TestProbeAuthRefused(t *testing.T) {
	// Exact Microsoft wording, from
	// https://github.com/simonrob/email-oauth2-proxy/issues/193.
	const ms = "535 5.7.139 Authentication unsuccessful, SmtpClientAuthentication is disabled for the Tenant. Visit https://aka.ms/smtp_auth_disabled for more information. [MN2PR05CA0004.namprd05.prod.outlook.com 2023-09-12T20:59:57.214Z 08DBB276B7E699C4]"
	// Gmail's multi-line reply, from
	// https://github.com/nodemailer/nodemailer/issues/1116.
	gmail := []string{
		"534-5.7.9 Application-specific password required. Learn more at",
		"534 5.7.9  https://support.google.com/mail/?p=InvalidSecondFactor x1-20020a.123 - gsmtp",
	}
	tests := []struct {
		name  string
		reply []string
		want  Reply
	}{
		{"microsoft", []string{ms}, Reply{Code: 535, EnhancedCode: "5.7.139",
			Text:  strings.TrimPrefix(ms, "535 5.7.139 "),
			Lines: []string{ms}}},
		{"gmail multi-line", gmail, Reply{Code: 534, EnhancedCode: "5.7.9",
			Text:  "Application-specific password required. Learn more at\nhttps://support.google.com/mail/?p=InvalidSecondFactor x1-20020a.123 - gsmtp",
			Lines: gmail}},
		{"postfix", []string{"535 5.7.8 Error: authentication failed: authentication failure"}, Reply{Code: 535, EnhancedCode: "5.7.8",
			Text: "Error: authentication failed: authentication failure", Lines: []string{"535 5.7.8 Error: authentication failed: authentication failure"}}},
		{"exim without enhanced code", []string{"535 Incorrect authentication data"}, Reply{Code: 535,
			Text: "Incorrect authentication data", Lines: []string{"535 Incorrect authentication data"}}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			s := startFake(t, serverTLS(t), script{ehlo: ehloAuth, replies: map[string][]string{"AUTH": tc.reply}}.handle)
			res := probeOK(t, optionsFor(s, probe.SecurityTLS))
			equal(t, "OK", res.OK, false)
			equal(t, "Stage", res.Stage, probe.StageAuthenticate)
			if res.Reply == nil {
				t.Fatal("no Reply")
			}
			equal(t, "Reply", *res.Reply, tc.want)
			a, _ := step(res, probe.StageAuthenticate)
			equal(t, "step", a.Outcome, probe.OutcomeFailed)
			equal(t, "step server", a.Server, strings.Join(tc.reply, "\n"))
			equal(t, "Auth.Attempted", res.Auth.Attempted, true)
			equal(t, "Auth.Succeeded", res.Auth.Succeeded, false)
			equal(t, "auth attempts", authCount(s), 1)
			// The session ends politely after a refusal.
			equal(t, "last line", s.received()[len(s.received())-1], "QUIT")
		})
	}
}

func TestProbeXOAuth2(t *testing.T) {
	ehlo := []string{"250-smtp.gmail.com at your service", "250 AUTH LOGIN PLAIN XOAUTH2 PLAIN-CLIENTTOKEN OAUTHBEARER XOAUTH"}
	t.Run("success", func(t *testing.T) {
		s := startFake(t, serverTLS(t), script{ehlo: ehlo, auth: authXOAuth2(testToken)}.handle)
		o := optionsFor(s, probe.SecurityTLS)
		o.Password, o.Token = "", testToken
		res := probeOK(t, o)
		equal(t, "OK", res.OK, true)
		equal(t, "Auth.Mechanism", res.Auth.Mechanism, "XOAUTH2")
	})
	t.Run("failure", func(t *testing.T) {
		s := startFake(t, serverTLS(t), script{ehlo: ehlo, auth: authXOAuth2("another token")}.handle)
		o := optionsFor(s, probe.SecurityTLS)
		o.Password, o.Token = "", testToken
		res := probeOK(t, o)
		equal(t, "OK", res.OK, false)
		equal(t, "Reply.Code", res.Reply.Code, 535)
		equal(t, "Reply.EnhancedCode", res.Reply.EnhancedCode, "5.7.8")
		a, _ := step(res, probe.StageAuthenticate)
		if !strings.Contains(a.Detail, gmailXOAuth2Error) {
			t.Errorf("detail %q lacks the decoded JSON challenge", a.Detail)
		}
		if !strings.HasPrefix(a.Server, "334 ") || !strings.HasSuffix(a.Server, "- gsmtp") {
			t.Errorf("server text %q should hold the challenge and the final reply", a.Server)
		}
		// The client answered the challenge with an empty line, nothing else.
		got := s.received()
		i := slices.IndexFunc(got, func(l string) bool { return verb(l) == "AUTH" })
		equal(t, "after AUTH", got[i+1:], []string{"", "QUIT"})
	})
}

func TestProbeStops(t *testing.T) {
	tests := []struct {
		name   string
		sc     script
		sec    probe.Security
		modify func(*Options)
		stop   probe.StopReason
		stage  probe.Stage
	}{
		{"starttls not offered", script{ehlo: ehloAuth}, probe.SecurityStartTLS, nil, probe.StopStartTLSUnavailable, probe.StageStartTLS},
		{"security none without consent", script{ehlo: ehloAuth, auth: authPlain}, probe.SecurityNone, nil, probe.StopPlaintextNotAllowed, probe.StageAuthenticate},
		{"auth not offered", script{ehlo: []string{"250-fake.test", "250 SIZE 1000"}}, probe.SecurityNone,
			func(o *Options) { o.AllowPlaintextAuth = true }, probe.StopAuthNotOffered, probe.StageAuthenticate},
		{"bare AUTH line (Dovecot submission before TLS)", script{ehlo: []string{"250-fake.test", "250 AUTH"}}, probe.SecurityNone,
			func(o *Options) { o.AllowPlaintextAuth = true }, probe.StopAuthNotOffered, probe.StageAuthenticate},
		{"token but no OAuth mechanism", script{ehlo: ehloAuth}, probe.SecurityNone,
			func(o *Options) { o.AllowPlaintextAuth, o.Token = true, testToken }, probe.StopNoMechanism, probe.StageAuthenticate},
		{"no credentials", script{ehlo: ehloAuth}, probe.SecurityNone,
			func(o *Options) { o.Password = "" }, probe.StopNoCredentials, probe.StageAuthenticate},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			s := startFake(t, nil, tc.sc.handle)
			o := optionsFor(s, tc.sec)
			if tc.modify != nil {
				tc.modify(&o)
			}
			res := probeOK(t, o)
			equal(t, "StopReason", res.StopReason, tc.stop)
			equal(t, "Stage", res.Stage, tc.stage)
			equal(t, "Error", res.Error, (*probe.NetError)(nil))
			// No credential reached the server in any form.
			equal(t, "auth attempts", authCount(s), 0)
			for _, l := range s.received() {
				if strings.Contains(l, testPassword) || strings.Contains(l, testToken) {
					t.Errorf("server received a credential: %q", l)
				}
			}
			if res.Auth != nil && res.Auth.Attempted {
				t.Error("Auth.Attempted")
			}
		})
	}
}

func TestProbeNoCredentialsOK(t *testing.T) {
	// With no credentials, OK means reachable and offering AUTH.
	s := startFake(t, serverTLS(t), script{ehlo: ehloAuth}.handle)
	o := optionsFor(s, probe.SecurityTLS)
	o.Username, o.Password = "", ""
	res := probeOK(t, o)
	equal(t, "OK", res.OK, true)
	equal(t, "StopReason", res.StopReason, probe.StopNoCredentials)
}

func TestProbeEHLORefusedFallsBackToHELO(t *testing.T) {
	s := startFake(t, nil, script{replies: map[string][]string{
		"EHLO": {"502 5.5.2 Error: command not recognized"},
		"HELO": {"250 old.fake.test"},
	}}.handle)
	o := optionsFor(s, probe.SecurityNone)
	o.AllowPlaintextAuth = true
	res := probeOK(t, o)
	equal(t, "EHLO", *res.EHLO, EHLO{Greeting: "old.fake.test", HELO: true})
	e, _ := step(res, probe.StageEHLO)
	equal(t, "ehlo outcome", e.Outcome, probe.OutcomeOK)
	equal(t, "ehlo server", e.Server, "502 5.5.2 Error: command not recognized\n250 old.fake.test")
	equal(t, "StopReason", res.StopReason, probe.StopAuthNotOffered)
}

func TestProbeGreetingFailures(t *testing.T) {
	tests := []struct {
		name   string
		banner []string
		reply  *Reply
		kind   probe.NetErrorKind
	}{
		{"421", []string{"421 4.3.2 Service not available, closing transmission channel"},
			&Reply{Code: 421, EnhancedCode: "4.3.2", Text: "Service not available, closing transmission channel",
				Lines: []string{"421 4.3.2 Service not available, closing transmission channel"}}, ""},
		{"554", []string{"554 5.7.1 You are not allowed to connect."},
			&Reply{Code: 554, EnhancedCode: "5.7.1", Text: "You are not allowed to connect.",
				Lines: []string{"554 5.7.1 You are not allowed to connect."}}, ""},
		{"garbage (SSH on the port)", []string{"SSH-2.0-OpenSSH_9.2p1 Debian-2"}, nil, probe.NetProtocol},
		{"code changes mid-reply", []string{"220-fake.test", "250 oops"}, nil, probe.NetProtocol},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			s := startFake(t, nil, script{banner: tc.banner}.handle)
			res := probeOK(t, optionsFor(s, probe.SecurityStartTLS))
			equal(t, "Stage", res.Stage, probe.StageGreeting)
			equal(t, "Reply", res.Reply, tc.reply)
			g, _ := step(res, probe.StageGreeting)
			equal(t, "outcome", g.Outcome, probe.OutcomeFailed)
			equal(t, "server text", g.Server, strings.Join(tc.banner, "\n"))
			if tc.kind != "" {
				if res.Error == nil {
					t.Fatal("no Error")
				}
				equal(t, "Error.Kind", res.Error.Kind, tc.kind)
			}
			equal(t, "ModeCheck", res.ModeCheck, (*probe.ModeCheck)(nil))
		})
	}
}

func TestProbeMultiLineBanner(t *testing.T) {
	// cPanel's Exim banner, from https://github.com/PHPMailer/PHPMailer/issues/1375.
	banner := []string{
		"220-p3plcpnl0749.prod.phx3.secureserver.net ESMTP Exim 4.89 #1 Tue, 12 Dec 2017 07:10:31 -0700 ",
		"220-We do not authorize the use of this system to transport unsolicited, ",
		"220 and/or bulk e-mail.",
	}
	s := startFake(t, serverTLS(t), script{banner: banner, ehlo: ehloAuth, auth: authPlain}.handle)
	res := probeOK(t, optionsFor(s, probe.SecurityTLS))
	equal(t, "Banner", res.Banner, "p3plcpnl0749.prod.phx3.secureserver.net ESMTP Exim 4.89 #1 Tue, 12 Dec 2017 07:10:31 -0700 \nWe do not authorize the use of this system to transport unsolicited, \nand/or bulk e-mail.")
	g, _ := step(res, probe.StageGreeting)
	equal(t, "greeting server", g.Server, strings.Join(banner, "\n"))
	equal(t, "OK", res.OK, true)
}

func TestProbeNetworkFailures(t *testing.T) {
	t.Run("refused", func(t *testing.T) {
		ln, err := net.Listen("tcp", "127.0.0.1:0")
		if err != nil {
			t.Fatal(err)
		}
		port := ln.Addr().(*net.TCPAddr).Port
		ln.Close()
		res := probeOK(t, Options{Host: "127.0.0.1", Port: port, StageTimeout: 2 * time.Second})
		equal(t, "Stage", res.Stage, probe.StageConnect)
		equal(t, "Error.Kind", res.Error.Kind, probe.NetRefused)
	})
	t.Run("dns not found", func(t *testing.T) {
		res := probeOK(t, Options{Host: "nowhere.invalid", Resolver: fakeResolver{err: &net.DNSError{Err: "no such host", Name: "nowhere.invalid", IsNotFound: true}}})
		equal(t, "Stage", res.Stage, probe.StageResolve)
		equal(t, "Error.Kind", res.Error.Kind, probe.NetDNSNotFound)
		equal(t, "stages", stageList(res), []string{"resolve:failed"})
	})
	t.Run("dns then connect", func(t *testing.T) {
		s := startFake(t, serverTLS(t), script{ehlo: ehloAuth, auth: authPlain}.handle)
		o := optionsFor(s, probe.SecurityTLS)
		o.Host = "localhost"
		o.Resolver = fakeResolver{addrs: []string{"127.0.0.1"}}
		res := probeOK(t, o)
		equal(t, "Addresses", res.Addresses, []string{"127.0.0.1"})
		equal(t, "OK", res.OK, true)
	})
}

type fakeResolver struct {
	addrs []string
	err   error
}

func (r fakeResolver) LookupHost(ctx context.Context, host string) ([]string, error) {
	return r.addrs, r.err
}

func TestProbeCertificates(t *testing.T) {
	self, err := selfSigned()
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name   string
		cert   tls.Certificate
		reason probe.CertReason
	}{
		{"expired", leaf(t, -48*time.Hour, -24*time.Hour, "127.0.0.1"), probe.CertExpired},
		{"not yet valid", leaf(t, 24*time.Hour, 48*time.Hour, "127.0.0.1"), probe.CertNotYetValid},
		{"wrong host", leaf(t, -time.Hour, time.Hour, "mail.example.test"), probe.CertWrongHost},
		{"untrusted", self, probe.CertUnknownAuthority},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			cfg := &tls.Config{Certificates: []tls.Certificate{tc.cert}}
			for _, sec := range []probe.Security{probe.SecurityTLS, probe.SecurityStartTLS} {
				var s *fakeServer
				if sec == probe.SecurityTLS {
					s = startFake(t, cfg, script{ehlo: ehloAuth, auth: authPlain}.handle)
				} else {
					s = startFake(t, nil, script{ehlo: ehloStartTLS, tls: cfg, auth: authPlain}.handle)
				}
				res := probeOK(t, optionsFor(s, sec))
				equal(t, string(sec)+" Stage", res.Stage, probe.StageTLSHandshake)
				if res.Error == nil {
					t.Fatalf("%s: no Error", sec)
				}
				equal(t, string(sec)+" Error.Kind", res.Error.Kind, probe.NetTLSCert)
				equal(t, string(sec)+" CertReason", res.Error.CertReason, tc.reason)
				if res.TLS == nil || len(res.TLS.Chain) == 0 || res.TLS.Verified {
					t.Errorf("%s: TLS = %+v, want the unverified chain", sec, res.TLS)
				}
				equal(t, string(sec)+" auth attempts", authCount(s), 0)
			}
		})
	}
}

func selfSigned() (tls.Certificate, error) {
	now := time.Now()
	return certgen.SelfSigned(certgen.LeafOptions{Hosts: []string{"127.0.0.1"}, NotBefore: now.Add(-time.Hour), NotAfter: now.Add(time.Hour)})
}

func TestProbeWrongTLSMode(t *testing.T) {
	t.Run("plaintext server on the TLS port", func(t *testing.T) {
		s := startFake(t, nil, script{ehlo: ehloAuth}.handle)
		res := probeOK(t, optionsFor(s, probe.SecurityTLS))
		equal(t, "Stage", res.Stage, probe.StageTLSHandshake)
		equal(t, "Error.Kind", res.Error.Kind, probe.NetTLSNotTLS)
		equal(t, "RecordHeader", res.Error.RecordHeader, "220 f")
		equal(t, "connections", s.connections(), 1)
	})
	t.Run("TLS server on the plaintext port", func(t *testing.T) {
		s := startFake(t, serverTLS(t), script{ehlo: ehloAuth}.handle)
		o := optionsFor(s, probe.SecurityStartTLS)
		o.StageTimeout = 300 * time.Millisecond
		res := probeOK(t, o)
		equal(t, "Stage", res.Stage, probe.StageGreeting)
		equal(t, "Error.Kind", res.Error.Kind, probe.NetTimeout)
		if res.ModeCheck == nil {
			t.Fatal("no ModeCheck")
		}
		equal(t, "ModeCheck", *res.ModeCheck, probe.ModeCheck{Tried: probe.SecurityTLS, HandshakeOK: true, Greeting: "220 fake.test ESMTP ready"})
		m, ok := step(res, probe.StageModeCheck)
		equal(t, "mode check step", ok && m.Outcome == probe.OutcomeOK, true)
		equal(t, "connections", s.connections(), 2)
		equal(t, "auth attempts", authCount(s), 0)
	})
	t.Run("silent server: mode check fails too", func(t *testing.T) {
		s := startFake(t, nil, func(c *fakeConn) { c.silent() })
		o := optionsFor(s, probe.SecurityNone)
		o.StageTimeout = 200 * time.Millisecond
		res := probeOK(t, o)
		equal(t, "Error.Kind", res.Error.Kind, probe.NetTimeout)
		if res.ModeCheck == nil || res.ModeCheck.HandshakeOK || res.ModeCheck.Error == nil {
			t.Fatalf("ModeCheck = %+v, want a failed handshake", res.ModeCheck)
		}
		equal(t, "ModeCheck.Error.Kind", res.ModeCheck.Error.Kind, probe.NetTimeout)
		m, _ := step(res, probe.StageModeCheck)
		equal(t, "mode check outcome", m.Outcome, probe.OutcomeFailed)
	})
	t.Run("immediate close", func(t *testing.T) {
		s := startFake(t, nil, func(c *fakeConn) {})
		res := probeOK(t, optionsFor(s, probe.SecurityStartTLS))
		equal(t, "Error.Kind", res.Error.Kind, probe.NetClosed)
		if res.ModeCheck == nil || res.ModeCheck.HandshakeOK {
			t.Fatalf("ModeCheck = %+v, want a failed handshake", res.ModeCheck)
		}
	})
	t.Run("SkipModeCheck", func(t *testing.T) {
		s := startFake(t, nil, func(c *fakeConn) {})
		o := optionsFor(s, probe.SecurityStartTLS)
		o.SkipModeCheck = true
		res := probeOK(t, o)
		equal(t, "ModeCheck", res.ModeCheck, (*probe.ModeCheck)(nil))
		equal(t, "connections", s.connections(), 1)
	})
}

func TestProbeEnvelope(t *testing.T) {
	ok := []string{"250 2.1.0 Ok"}
	tests := []struct {
		name     string
		mail     []string
		rcpt     []string
		accepted bool
		reply    string // first line of Result.Reply
	}{
		{"accepted", ok, []string{"250 2.1.5 Ok"}, true, ""},
		// Postfix with reject_sender_login_mismatch; see real-servers.md.
		{"refused at RCPT", ok, []string{"553 5.7.1 <boss@example.test>: Sender address rejected: not owned by user alice@example.test"}, false,
			"553 5.7.1 <boss@example.test>: Sender address rejected: not owned by user alice@example.test"},
		// Exchange Online: https://learn.microsoft.com/en-us/exchange/mail-flow-best-practices/fix-issues-with-printers-scanners-and-lob-applications-that-send-email-using-off
		{"refused at MAIL", []string{"550 5.7.60 SMTP; Client does not have permissions to send as this sender"}, nil, false,
			"550 5.7.60 SMTP; Client does not have permissions to send as this sender"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			replies := map[string][]string{"MAIL": tc.mail, "RSET": {"250 2.0.0 Ok"}}
			if tc.rcpt != nil {
				replies["RCPT"] = tc.rcpt
			}
			s := startFake(t, serverTLS(t), script{ehlo: ehloAuth, auth: authPlain, replies: replies}.handle)
			o := optionsFor(s, probe.SecurityTLS)
			o.Recipient, o.From = "bob@example.test", "boss@example.test"
			res := probeOK(t, o)
			equal(t, "OK", res.OK, tc.accepted)
			if res.Envelope == nil {
				t.Fatal("no Envelope")
			}
			equal(t, "Accepted", res.Envelope.Accepted, tc.accepted)
			equal(t, "From/To", [2]string{res.Envelope.From, res.Envelope.To}, [2]string{"boss@example.test", "bob@example.test"})
			e, _ := step(res, probe.StageEnvelope)
			if tc.accepted {
				equal(t, "Stage", res.Stage, probe.StageQuit)
				equal(t, "outcome", e.Outcome, probe.OutcomeOK)
			} else {
				equal(t, "Stage", res.Stage, probe.StageEnvelope)
				equal(t, "outcome", e.Outcome, probe.OutcomeFailed)
				if res.Reply == nil || res.Reply.Lines[0] != tc.reply {
					t.Errorf("Reply = %+v, want %q", res.Reply, tc.reply)
				}
			}
			// MAIL, maybe RCPT, then RSET and QUIT; never DATA.
			got := s.received()
			i := slices.IndexFunc(got, func(l string) bool { return verb(l) == "MAIL" })
			want := []string{"MAIL FROM:<boss@example.test>", "RCPT TO:<bob@example.test>", "RSET", "QUIT"}
			if tc.rcpt == nil {
				want = slices.Delete(want, 1, 2)
			}
			equal(t, "commands", got[i:], want)
		})
	}
	t.Run("From defaults to the username", func(t *testing.T) {
		s := startFake(t, serverTLS(t), script{ehlo: ehloAuth, auth: authPlain}.handle)
		o := optionsFor(s, probe.SecurityTLS)
		o.Recipient = "bob@example.test"
		res := probeOK(t, o)
		equal(t, "From", res.Envelope.From, testUser)
		equal(t, "OK", res.OK, true)
	})
}

func TestProbeTimeouts(t *testing.T) {
	tests := []struct {
		name  string
		auth  func(c *fakeConn, line string)
		stage probe.Stage
	}{
		{"silence after AUTH", func(c *fakeConn, line string) { c.silent() }, probe.StageAuthenticate},
		{"slow drip", func(c *fakeConn, line string) {
			for _, b := range []byte("235 2.7.0 Authentication successful\r\n") {
				if _, err := c.Write([]byte{b}); err != nil {
					return
				}
				time.Sleep(50 * time.Millisecond)
			}
		}, probe.StageAuthenticate},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			s := startFake(t, serverTLS(t), script{ehlo: ehloAuth, auth: tc.auth}.handle)
			o := optionsFor(s, probe.SecurityTLS)
			o.StageTimeout = 300 * time.Millisecond
			res := probeOK(t, o)
			equal(t, "Stage", res.Stage, tc.stage)
			if res.Error == nil {
				t.Fatal("no Error")
			}
			equal(t, "Error.Kind", res.Error.Kind, probe.NetTimeout)
			equal(t, "Auth.Attempted", res.Auth.Attempted, true)
			_, quit := step(res, probe.StageQuit)
			equal(t, "quit after a timeout", quit, false)
		})
	}
	t.Run("no banner", func(t *testing.T) {
		s := startFake(t, nil, func(c *fakeConn) { c.silent() })
		o := optionsFor(s, probe.SecurityStartTLS)
		o.StageTimeout, o.SkipModeCheck = 200*time.Millisecond, true
		res := probeOK(t, o)
		equal(t, "Stage", res.Stage, probe.StageGreeting)
		equal(t, "Error.Kind", res.Error.Kind, probe.NetTimeout)
	})
}

func TestProbeCanceledMidAuth(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	s := startFake(t, serverTLS(t), script{ehlo: ehloAuth, auth: func(c *fakeConn, line string) {
		cancel()
		c.silent()
	}}.handle)
	res, err := Probe(ctx, optionsFor(s, probe.SecurityTLS))
	if err != nil {
		t.Fatal(err)
	}
	equal(t, "Stage", res.Stage, probe.StageAuthenticate)
	if res.Error == nil {
		t.Fatal("no Error")
	}
	equal(t, "Error.Kind", res.Error.Kind, probe.NetCanceled)
	equal(t, "auth attempts", authCount(s), 1)
}

func TestProbeProgress(t *testing.T) {
	s := startFake(t, serverTLS(t), script{ehlo: ehloAuth, auth: authPlain}.handle)
	o := optionsFor(s, probe.SecurityTLS)
	var seen []probe.Stage
	o.Progress = func(st probe.Step) { seen = append(seen, st.Stage) }
	res := probeOK(t, o)
	var want []probe.Stage
	for _, st := range res.Steps {
		want = append(want, st.Stage)
	}
	equal(t, "progress", seen, want)
}

func TestProbeInvalidOptions(t *testing.T) {
	tests := []struct {
		name string
		o    Options
	}{
		{"empty host", Options{}},
		{"port", Options{Host: "h", Port: 70000}},
		{"negative port", Options{Host: "h", Port: -1}},
		{"security", Options{Host: "h", Security: "ssl3"}},
		{"mechanism", Options{Host: "h", Mechanism: "CRAM-MD5"}},
		{"mechanism needs a token", Options{Host: "h", Mechanism: "XOAUTH2", Password: "x"}},
		{"recipient", Options{Host: "h", Recipient: "bob"}},
		{"recipient with CRLF", Options{Host: "h", Recipient: "bob@x\r\nDATA"}},
		{"from", Options{Host: "h", Recipient: "bob@x", From: "a b@x"}},
		{"no from", Options{Host: "h", Recipient: "bob@x", Username: "alice"}},
		{"hello name", Options{Host: "h", HelloName: "a\r\nDATA"}},
		{"username", Options{Host: "h", Username: "a\x00b"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			res, err := Probe(context.Background(), tc.o)
			if !errors.Is(err, ErrInvalidOptions) {
				t.Errorf("err = %v, want ErrInvalidOptions", err)
			}
			if res != nil {
				t.Errorf("res = %+v, want nil", res)
			}
		})
	}
}

func TestProbeStartTLSInjection(t *testing.T) {
	// Bytes sent after the 220 to STARTTLS, before the handshake, would be
	// read as if they came over TLS (CVE-2011-0411): the probe stops.
	s := startFake(t, nil, script{ehlo: ehloStartTLS, replies: map[string][]string{
		"STARTTLS": {"220 2.0.0 Ready to start TLS", "250-AUTH PLAIN", "250 injected"},
	}}.handle)
	res := probeOK(t, optionsFor(s, probe.SecurityStartTLS))
	equal(t, "Stage", res.Stage, probe.StageStartTLS)
	if res.Error == nil {
		t.Fatal("no Error")
	}
	equal(t, "Error.Kind", res.Error.Kind, probe.NetProtocol)
	equal(t, "auth attempts", authCount(s), 0)
}
