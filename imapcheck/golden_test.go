package imapcheck

import (
	"encoding/json"
	"flag"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/mailcheck-go/mailcheck/probe"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata")

// normalise replaces what varies between runs: the fake's port and the
// negotiated cipher suite (AES or ChaCha20 depending on the CPU). The clock
// is fixed by opts.Now, so timings are zero.
func normalise(t *testing.T, res *Result, port int) []byte {
	t.Helper()
	if res.TLS != nil {
		res.TLS.CipherSuite = "CIPHER"
		for i := range res.TLS.Chain {
			res.TLS.Chain[i].SHA256 = "SHA256" // the test CA's keys are new each run
		}
	}
	js, err := json.MarshalIndent(res, "", "  ")
	require.NoError(t, err)
	s := string(js)
	for _, c := range []string{"TLS_AES_128_GCM_SHA256", "TLS_AES_256_GCM_SHA384", "TLS_CHACHA20_POLY1305_SHA256"} {
		s = strings.ReplaceAll(s, c, "CIPHER")
	}
	p := strconv.Itoa(port)
	s = strings.ReplaceAll(s, ":"+p, ":PORT")
	s = strings.ReplaceAll(s, `"port": `+p, `"port": 0`)
	return []byte(s + "\n")
}

// TestGoldenJSON protects the JSON shape of results: review a diff of
// testdata/*.json like code. Rewrite with go test -run GoldenJSON -update.
func TestGoldenJSON(t *testing.T) {
	cert := leaf(t, nil)
	cases := []struct {
		name   string
		script func(c *fconn)
		mutate func(*Options)
	}{
		{"starttls_ok", dovecotLike("* OK Dovecot (Debian) ready.", dovecotCapsPlain, dovecotCapsTLS), nil},
		{"starttls_wrong_password", dovecotLike("* OK Dovecot (Debian) ready.", dovecotCapsPlain, dovecotCapsTLS), func(o *Options) { o.Password = "wrong horse" }},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			f := startFake(t, tc.script, withSTARTTLS(cert))
			o := baseOpts(f.port(), probe.SecurityStartTLS)
			if tc.mutate != nil {
				tc.mutate(&o)
			}
			got := normalise(t, run(t, o), f.port())
			path := filepath.Join("testdata", tc.name+".json")
			if *update {
				require.NoError(t, os.WriteFile(path, got, 0o644))
			}
			want, err := os.ReadFile(path)
			require.NoError(t, err, "run with -update to create it")
			assert.JSONEq(t, string(want), string(got))
		})
	}
}
