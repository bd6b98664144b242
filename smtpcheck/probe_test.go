package smtpcheck

import (
	"context"
	"crypto/tls"
	"net"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/mailcheck-go/mailcheck/internal/certgen"
	"github.com/mailcheck-go/mailcheck/internal/scriptserver"
	"github.com/mailcheck-go/mailcheck/probe"
)

func probeOK(t *testing.T, o Options) *Result {
	t.Helper()
	res, err := Probe(context.Background(), o)
	require.NoError(t, err, "Probe")
	require.NotNil(t, res, "Probe: nil result")
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

	assert.True(t, res.OK, "OK")
	assert.Equal(t, []string{
		"resolve:skipped", "connect:ok", "greeting:ok", "ehlo:ok", "starttls:ok",
		"tls_handshake:ok", "ehlo:ok", "authenticate:ok", "quit:ok",
	}, stageList(res), "stages")
	assert.Equal(t, "fake.test ESMTP ready", res.Banner, "Banner")
	assert.True(t, res.EHLOBeforeTLS.StartTLS, "EHLOBeforeTLS.StartTLS")
	assert.Nil(t, res.EHLOBeforeTLS.AuthMechanisms, "EHLOBeforeTLS.AuthMechanisms")
	assert.Equal(t, []string{"PLAIN", "LOGIN"}, res.EHLO.AuthMechanisms, "EHLO.AuthMechanisms")
	assert.Equal(t, int64(35882577), res.EHLO.Size, "EHLO.Size")
	assert.True(t, res.EHLO.Pipelining, "EHLO.Pipelining")
	assert.Equal(t, probe.Auth{Mechanism: "PLAIN", Reason: "password given; PLAIN advertised",
		Offered: []string{"PLAIN", "LOGIN"}, Attempted: true, OverTLS: true, Succeeded: true}, *res.Auth, "Auth")
	if assert.NotNil(t, res.TLS, "TLS") {
		assert.True(t, res.TLS.Verified, "TLS.Verified")
		assert.NotEmpty(t, res.TLS.Chain, "TLS.Chain")
	}
	assert.Equal(t, probe.StageQuit, res.Stage, "Stage")
	assert.Nil(t, res.Error, "Error")
	a, _ := step(res, probe.StageAuthenticate)
	assert.Equal(t, "235 2.7.0 Authentication successful", a.Server, "authenticate server text")
	assert.Equal(t, 1, authCount(s), "auth attempts")
}

func TestProbeImplicitTLS(t *testing.T) {
	s := startFake(t, serverTLS(t), script{ehlo: ehloAuth, auth: authPlain}.handle)
	res := probeOK(t, optionsFor(s, probe.SecurityTLS))
	assert.True(t, res.OK, "OK")
	assert.Equal(t, []string{
		"resolve:skipped", "connect:ok", "tls_handshake:ok", "greeting:ok", "ehlo:ok", "authenticate:ok", "quit:ok",
	}, stageList(res), "stages")
	assert.Nil(t, res.EHLOBeforeTLS, "EHLOBeforeTLS")
	assert.True(t, res.Auth.OverTLS, "Auth.OverTLS")
}

func TestProbeLoginFallback(t *testing.T) {
	ehlo := []string{"250-fake.test", "250 AUTH LOGIN"}
	s := startFake(t, serverTLS(t), script{ehlo: ehlo, auth: authLogin}.handle)
	res := probeOK(t, optionsFor(s, probe.SecurityTLS))
	assert.True(t, res.OK, "OK")
	assert.Equal(t, "LOGIN", res.Auth.Mechanism, "Auth.Mechanism")
	assert.Equal(t, 1, authCount(s), "auth attempts")
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
			assert.False(t, res.OK, "OK")
			assert.Equal(t, probe.StageAuthenticate, res.Stage, "Stage")
			require.NotNil(t, res.Reply, "no Reply")
			assert.Equal(t, tc.want, *res.Reply, "Reply")
			a, _ := step(res, probe.StageAuthenticate)
			assert.Equal(t, probe.OutcomeFailed, a.Outcome, "step")
			assert.Equal(t, strings.Join(tc.reply, "\n"), a.Server, "step server")
			assert.True(t, res.Auth.Attempted, "Auth.Attempted")
			assert.False(t, res.Auth.Succeeded, "Auth.Succeeded")
			assert.Equal(t, 1, authCount(s), "auth attempts")
			// The session ends politely after a refusal.
			assert.Equal(t, "QUIT", s.received()[len(s.received())-1], "last line")
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
		assert.True(t, res.OK, "OK")
		assert.Equal(t, "XOAUTH2", res.Auth.Mechanism, "Auth.Mechanism")
	})
	t.Run("failure", func(t *testing.T) {
		s := startFake(t, serverTLS(t), script{ehlo: ehlo, auth: authXOAuth2("another token")}.handle)
		o := optionsFor(s, probe.SecurityTLS)
		o.Password, o.Token = "", testToken
		res := probeOK(t, o)
		assert.False(t, res.OK, "OK")
		assert.Equal(t, 535, res.Reply.Code, "Reply.Code")
		assert.Equal(t, "5.7.8", res.Reply.EnhancedCode, "Reply.EnhancedCode")
		a, _ := step(res, probe.StageAuthenticate)
		assert.Contains(t, a.Detail, gmailXOAuth2Error, "detail lacks the decoded JSON challenge")
		// The server text holds the challenge and the final reply.
		assert.True(t, strings.HasPrefix(a.Server, "334 "), "server text %q lacks the challenge", a.Server)
		assert.True(t, strings.HasSuffix(a.Server, "- gsmtp"), "server text %q lacks the final reply", a.Server)
		// The client answered the challenge with an empty line, nothing else.
		got := s.received()
		i := slices.IndexFunc(got, func(l string) bool { return verb(l) == "AUTH" })
		assert.Equal(t, []string{"", "QUIT"}, got[i+1:], "after AUTH")
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
			assert.Equal(t, tc.stop, res.StopReason, "StopReason")
			assert.Equal(t, tc.stage, res.Stage, "Stage")
			assert.Nil(t, res.Error, "Error")
			// No credential reached the server in any form.
			assert.Equal(t, 0, authCount(s), "auth attempts")
			for _, l := range s.received() {
				assert.NotContains(t, l, testPassword, "server received a credential")
				assert.NotContains(t, l, testToken, "server received a credential")
			}
			if res.Auth != nil {
				assert.False(t, res.Auth.Attempted, "Auth.Attempted")
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
	assert.True(t, res.OK, "OK")
	assert.Equal(t, probe.StopNoCredentials, res.StopReason, "StopReason")
}

func TestProbeEHLORefusedFallsBackToHELO(t *testing.T) {
	s := startFake(t, nil, script{replies: map[string][]string{
		"EHLO": {"502 5.5.2 Error: command not recognized"},
		"HELO": {"250 old.fake.test"},
	}}.handle)
	o := optionsFor(s, probe.SecurityNone)
	o.AllowPlaintextAuth = true
	res := probeOK(t, o)
	assert.Equal(t, EHLO{Greeting: "old.fake.test", HELO: true}, *res.EHLO, "EHLO")
	e, _ := step(res, probe.StageEHLO)
	assert.Equal(t, probe.OutcomeOK, e.Outcome, "ehlo outcome")
	assert.Equal(t, "502 5.5.2 Error: command not recognized\n250 old.fake.test", e.Server, "ehlo server")
	assert.Equal(t, probe.StopAuthNotOffered, res.StopReason, "StopReason")
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
			assert.Equal(t, probe.StageGreeting, res.Stage, "Stage")
			assert.Equal(t, tc.reply, res.Reply, "Reply")
			g, _ := step(res, probe.StageGreeting)
			assert.Equal(t, probe.OutcomeFailed, g.Outcome, "outcome")
			assert.Equal(t, strings.Join(tc.banner, "\n"), g.Server, "server text")
			if tc.kind != "" {
				require.NotNil(t, res.Error, "no Error")
				assert.Equal(t, tc.kind, res.Error.Kind, "Error.Kind")
			}
			assert.Nil(t, res.ModeCheck, "ModeCheck")
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
	assert.Equal(t, "p3plcpnl0749.prod.phx3.secureserver.net ESMTP Exim 4.89 #1 Tue, 12 Dec 2017 07:10:31 -0700 \nWe do not authorize the use of this system to transport unsolicited, \nand/or bulk e-mail.", res.Banner, "Banner")
	g, _ := step(res, probe.StageGreeting)
	assert.Equal(t, strings.Join(banner, "\n"), g.Server, "greeting server")
	assert.True(t, res.OK, "OK")
}

func TestProbeNetworkFailures(t *testing.T) {
	t.Run("refused", func(t *testing.T) {
		res := probeOK(t, Options{Host: "127.0.0.1", Port: scriptserver.ClosedPort(t), StageTimeout: 2 * time.Second})
		assert.Equal(t, probe.StageConnect, res.Stage, "Stage")
		assert.Equal(t, probe.NetRefused, res.Error.Kind, "Error.Kind")
	})
	t.Run("dns not found", func(t *testing.T) {
		res := probeOK(t, Options{Host: "nowhere.invalid", Resolver: fakeResolver{err: &net.DNSError{Err: "no such host", Name: "nowhere.invalid", IsNotFound: true}}})
		assert.Equal(t, probe.StageResolve, res.Stage, "Stage")
		assert.Equal(t, probe.NetDNSNotFound, res.Error.Kind, "Error.Kind")
		assert.Equal(t, []string{"resolve:failed"}, stageList(res), "stages")
	})
	t.Run("dns then connect", func(t *testing.T) {
		s := startFake(t, serverTLS(t), script{ehlo: ehloAuth, auth: authPlain}.handle)
		o := optionsFor(s, probe.SecurityTLS)
		o.Host = "localhost"
		o.Resolver = fakeResolver{addrs: []string{"127.0.0.1"}}
		res := probeOK(t, o)
		assert.Equal(t, []string{"127.0.0.1"}, res.Addresses, "Addresses")
		assert.True(t, res.OK, "OK")
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
	require.NoError(t, err)
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
				assert.Equal(t, probe.StageTLSHandshake, res.Stage, string(sec)+" Stage")
				require.NotNil(t, res.Error, "%s: no Error", sec)
				assert.Equal(t, probe.NetTLSCert, res.Error.Kind, string(sec)+" Error.Kind")
				assert.Equal(t, tc.reason, res.Error.CertReason, string(sec)+" CertReason")
				if assert.NotNil(t, res.TLS, "%s: TLS", sec) {
					assert.NotEmpty(t, res.TLS.Chain, "%s: TLS.Chain", sec)
					assert.False(t, res.TLS.Verified, "%s: TLS.Verified", sec)
				}
				assert.Equal(t, 0, authCount(s), string(sec)+" auth attempts")
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
		assert.Equal(t, probe.StageTLSHandshake, res.Stage, "Stage")
		assert.Equal(t, probe.NetTLSNotTLS, res.Error.Kind, "Error.Kind")
		assert.Equal(t, "220 f", res.Error.RecordHeader, "RecordHeader")
		assert.Equal(t, 1, s.connections(), "connections")
	})
	t.Run("TLS server on the plaintext port", func(t *testing.T) {
		s := startFake(t, serverTLS(t), script{ehlo: ehloAuth}.handle)
		o := optionsFor(s, probe.SecurityStartTLS)
		o.StageTimeout = 300 * time.Millisecond
		res := probeOK(t, o)
		assert.Equal(t, probe.StageGreeting, res.Stage, "Stage")
		assert.Equal(t, probe.NetTimeout, res.Error.Kind, "Error.Kind")
		require.NotNil(t, res.ModeCheck, "no ModeCheck")
		assert.Equal(t, probe.ModeCheck{Tried: probe.SecurityTLS, HandshakeOK: true, Greeting: "220 fake.test ESMTP ready"}, *res.ModeCheck, "ModeCheck")
		m, ok := step(res, probe.StageModeCheck)
		assert.True(t, ok && m.Outcome == probe.OutcomeOK, "mode check step")
		assert.Equal(t, 2, s.connections(), "connections")
		assert.Equal(t, 0, authCount(s), "auth attempts")
	})
	t.Run("silent server: mode check fails too", func(t *testing.T) {
		s := startFake(t, nil, func(c *fakeConn) { c.silent() })
		o := optionsFor(s, probe.SecurityNone)
		o.StageTimeout = 200 * time.Millisecond
		res := probeOK(t, o)
		assert.Equal(t, probe.NetTimeout, res.Error.Kind, "Error.Kind")
		// A failed handshake.
		require.NotNil(t, res.ModeCheck, "ModeCheck")
		require.False(t, res.ModeCheck.HandshakeOK, "ModeCheck.HandshakeOK")
		require.NotNil(t, res.ModeCheck.Error, "ModeCheck.Error")
		assert.Equal(t, probe.NetTimeout, res.ModeCheck.Error.Kind, "ModeCheck.Error.Kind")
		m, _ := step(res, probe.StageModeCheck)
		assert.Equal(t, probe.OutcomeFailed, m.Outcome, "mode check outcome")
	})
	t.Run("immediate close", func(t *testing.T) {
		s := startFake(t, nil, func(c *fakeConn) {})
		res := probeOK(t, optionsFor(s, probe.SecurityStartTLS))
		assert.Equal(t, probe.NetClosed, res.Error.Kind, "Error.Kind")
		// A failed handshake.
		require.NotNil(t, res.ModeCheck, "ModeCheck")
		require.False(t, res.ModeCheck.HandshakeOK, "ModeCheck.HandshakeOK")
	})
	t.Run("SkipModeCheck", func(t *testing.T) {
		s := startFake(t, nil, func(c *fakeConn) {})
		o := optionsFor(s, probe.SecurityStartTLS)
		o.SkipModeCheck = true
		res := probeOK(t, o)
		assert.Nil(t, res.ModeCheck, "ModeCheck")
		assert.Equal(t, 1, s.connections(), "connections")
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
			assert.Equal(t, tc.accepted, res.OK, "OK")
			require.NotNil(t, res.Envelope, "no Envelope")
			assert.Equal(t, tc.accepted, res.Envelope.Accepted, "Accepted")
			assert.Equal(t, [2]string{"boss@example.test", "bob@example.test"}, [2]string{res.Envelope.From, res.Envelope.To}, "From/To")
			e, _ := step(res, probe.StageEnvelope)
			if tc.accepted {
				assert.Equal(t, probe.StageQuit, res.Stage, "Stage")
				assert.Equal(t, probe.OutcomeOK, e.Outcome, "outcome")
			} else {
				assert.Equal(t, probe.StageEnvelope, res.Stage, "Stage")
				assert.Equal(t, probe.OutcomeFailed, e.Outcome, "outcome")
				if assert.NotNil(t, res.Reply, "Reply") {
					assert.Equal(t, tc.reply, res.Reply.Lines[0], "Reply.Lines[0]")
				}
			}
			// MAIL, maybe RCPT, then RSET and QUIT; never DATA.
			got := s.received()
			i := slices.IndexFunc(got, func(l string) bool { return verb(l) == "MAIL" })
			want := []string{"MAIL FROM:<boss@example.test>", "RCPT TO:<bob@example.test>", "RSET", "QUIT"}
			if tc.rcpt == nil {
				want = slices.Delete(want, 1, 2)
			}
			assert.Equal(t, want, got[i:], "commands")
		})
	}
	t.Run("From defaults to the username", func(t *testing.T) {
		s := startFake(t, serverTLS(t), script{ehlo: ehloAuth, auth: authPlain}.handle)
		o := optionsFor(s, probe.SecurityTLS)
		o.Recipient = "bob@example.test"
		res := probeOK(t, o)
		assert.Equal(t, testUser, res.Envelope.From, "From")
		assert.True(t, res.OK, "OK")
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
			assert.Equal(t, tc.stage, res.Stage, "Stage")
			require.NotNil(t, res.Error, "no Error")
			assert.Equal(t, probe.NetTimeout, res.Error.Kind, "Error.Kind")
			assert.True(t, res.Auth.Attempted, "Auth.Attempted")
			_, quit := step(res, probe.StageQuit)
			assert.False(t, quit, "quit after a timeout")
		})
	}
	t.Run("no banner", func(t *testing.T) {
		s := startFake(t, nil, func(c *fakeConn) { c.silent() })
		o := optionsFor(s, probe.SecurityStartTLS)
		o.StageTimeout, o.SkipModeCheck = 200*time.Millisecond, true
		res := probeOK(t, o)
		assert.Equal(t, probe.StageGreeting, res.Stage, "Stage")
		assert.Equal(t, probe.NetTimeout, res.Error.Kind, "Error.Kind")
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
	require.NoError(t, err)
	assert.Equal(t, probe.StageAuthenticate, res.Stage, "Stage")
	require.NotNil(t, res.Error, "no Error")
	assert.Equal(t, probe.NetCanceled, res.Error.Kind, "Error.Kind %+v steps %+v", res.Error, res.Steps)
	assert.Equal(t, 1, authCount(s), "auth attempts")
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
	assert.Equal(t, want, seen, "progress")
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
		{"negative timeout", Options{Host: "h", StageTimeout: -1}}, // as imapcheck: a mistake, not the default
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			res, err := Probe(context.Background(), tc.o)
			assert.ErrorIs(t, err, ErrInvalidOptions)
			assert.Nil(t, res)
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
	assert.Equal(t, probe.StageStartTLS, res.Stage, "Stage")
	require.NotNil(t, res.Error, "no Error")
	assert.Equal(t, probe.NetProtocol, res.Error.Kind, "Error.Kind")
	assert.Equal(t, 0, authCount(s), "auth attempts")
}

// TestProbeReplyCutOff: part of a multi-line reply came, then nothing.
// The step keeps the lines that came and says the reply was still
// arriving, not that none came.
func TestProbeReplyCutOff(t *testing.T) {
	s := startFake(t, serverTLS(t), script{ehlo: ehloAuth, auth: func(c *fakeConn, line string) {
		c.send("535-5.7.8 Username and Password not accepted. For more information, go to")
		c.silent()
	}}.handle)
	o := optionsFor(s, probe.SecurityTLS)
	o.StageTimeout = 300 * time.Millisecond
	res := probeOK(t, o)
	require.NotNil(t, res.Error)
	assert.Equal(t, probe.NetTimeout, res.Error.Kind)
	st, ok := step(res, probe.StageAuthenticate)
	require.True(t, ok)
	assert.Equal(t, "the reply to AUTH was still arriving when the step's time ran out", st.Detail)
	assert.Contains(t, st.Server, "535-5.7.8 Username and Password not accepted")
}
