package smtpcheck

import (
	"crypto/tls"
	"encoding/json"
	"flag"
	"os"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/mailcheck-go/mailcheck/internal/certgen"
	"github.com/mailcheck-go/mailcheck/probe"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata")

// goldenNow is the fixed clock of the golden tests. The certificates are
// made relative to it, so they verify and their dates are stable.
var goldenNow = time.Date(2026, 11, 23, 12, 0, 0, 0, time.UTC)

// TestGoldenJSON protects the JSON form of Result: field names, enums and
// structure. Review a diff in testdata like code; rewrite with -update.
func TestGoldenJSON(t *testing.T) {
	ca, err := certgen.NewCA("mailcheck golden CA", goldenNow)
	require.NoError(t, err)
	cert, err := ca.Leaf(certgen.LeafOptions{Hosts: []string{"127.0.0.1"}, NotBefore: goldenNow.Add(-time.Hour), NotAfter: goldenNow.Add(365 * 24 * time.Hour)})
	require.NoError(t, err)
	cfg := &tls.Config{Certificates: []tls.Certificate{cert}}
	tests := []struct {
		name   string
		server func(t *testing.T) *fakeServer
		modify func(*Options)
	}{
		{"starttls_envelope_refused", func(t *testing.T) *fakeServer {
			return startFake(t, nil, script{banner: []string{"220 mail.example.test ESMTP Postfix"}, ehlo: ehloStartTLS, ehloTLS: ehloAuth, tls: cfg, auth: authPlain,
				replies: map[string][]string{"RCPT": {"553 5.7.1 <boss@example.test>: Sender address rejected: not owned by user alice@example.test"}}}.handle)
		}, func(o *Options) {
			o.Security = probe.SecurityStartTLS
			o.Recipient, o.From = "bob@example.test", "boss@example.test"
		}},
		{"xoauth2_refused", func(t *testing.T) *fakeServer {
			return startFake(t, cfg, script{ehlo: []string{"250-smtp.example.test", "250 AUTH LOGIN PLAIN XOAUTH2 OAUTHBEARER"}, auth: authXOAuth2("other")}.handle)
		}, func(o *Options) {
			o.Security = probe.SecurityTLS
			o.Password, o.Token = "", testToken
		}},
		{"tls_port_probed_with_starttls", func(t *testing.T) *fakeServer {
			return startFake(t, cfg, script{}.handle)
		}, func(o *Options) {
			o.Security = probe.SecurityStartTLS
			// The check starts beside the greeting wait at half the
			// stage and must finish its handshake in the other half for
			// the wait to be cut short, the path this file pins: 150 ms
			// was too little under -race on a loaded machine.
			o.StageTimeout = time.Second
		}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			s := tc.server(t)
			o := optionsFor(s, "")
			o.TLSConfig = &tls.Config{RootCAs: ca.Pool()}
			o.Now = func() time.Time { return goldenNow }
			tc.modify(&o)
			res := probeOK(t, o)
			got := goldenJSON(t, res, s.port)
			path := filepath.Join("testdata", tc.name+".json")
			if *update {
				require.NoError(t, os.WriteFile(path, got, 0o644))
			}
			want, err := os.ReadFile(path)
			require.NoError(t, err, "run go test -update to create it")
			assert.Equal(t, string(want), string(got),
				"%s differs from the golden file; if the change is intended, run go test -update and review the diff", path)
		})
	}
}

// goldenJSON marshals res with what varies between runs normalised: the
// port, timings (the clock is fixed, but a step may still read it) and
// the cipher suite, which crypto/tls picks by CPU features.
func goldenJSON(t *testing.T, res *Result, port int) []byte {
	t.Helper()
	res.Port = 0
	res.ElapsedMS = 0
	for i := range res.Steps {
		res.Steps[i].OffsetMS, res.Steps[i].ElapsedMS = 0, 0
	}
	for i := range res.Transcript {
		res.Transcript[i].OffsetMS = 0
	}
	if res.TLS != nil {
		res.TLS.CipherSuite = "<cipher suite>"
		for i := range res.TLS.Chain {
			res.TLS.Chain[i].SHA256 = "<sha256>" // the test CA's keys are new each run
		}
	}
	b, err := json.MarshalIndent(res, "", "  ")
	require.NoError(t, err)
	b = []byte(strings.ReplaceAll(string(b), ":"+strconv.Itoa(port), ":<port>"))
	b = localAddr.ReplaceAll(b, []byte("127.0.0.1:<port>-"))
	b = []byte(normalizeCipher(string(b)))
	return append(b, '\n')
}

// localAddr is the probe's own ephemeral address in Go error texts
// ("read tcp 127.0.0.1:55924->127.0.0.1:587: i/o timeout").
var localAddr = regexp.MustCompile(`127\.0\.0\.1:[0-9]+-`)

// normalizeCipher normalises the cipher suite in step details and notes.
func normalizeCipher(s string) string {
	for _, c := range []string{"TLS_AES_128_GCM_SHA256", "TLS_AES_256_GCM_SHA384", "TLS_CHACHA20_POLY1305_SHA256"} {
		s = strings.ReplaceAll(s, c, "<cipher suite>")
	}
	return s
}
