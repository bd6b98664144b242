package mailtest

import (
	"crypto/tls"
	"net"
	"testing"
	"time"

	"github.com/stretchr/testify/require"
)

// TestChainValidAtAFixedClock: a client reading as of a fixed day (a
// test's asOf, diagnose's Options.Now) weeks before or after the real
// clock still verifies a fake's chain, whose leaf is issued relative to
// Server.Now. A CA valid only from a day before the real clock failed
// such chains once the real clock was a day past the fixed one (fleet's
// tests, on 2026-12-06 after 09:00 UTC).
func TestChainValidAtAFixedClock(t *testing.T) {
	for _, shift := range []time.Duration{-40 * 24 * time.Hour, 40 * 24 * time.Hour} {
		fixed := time.Now().Add(shift).Truncate(time.Second)
		sc, ok := Lookup("gmail-ok")
		require.True(t, ok)
		srv := NewUnstartedServer(sc)
		srv.Now = func() time.Time { return fixed }
		require.NoError(t, srv.Start())
		t.Cleanup(srv.Close)

		cfg := srv.ClientTLSConfig()
		cfg.Time = func() time.Time { return fixed }
		d := net.Dialer{Timeout: 5 * time.Second}
		conn, err := tls.DialWithDialer(&d, "tcp", srv.IMAPTLS, cfg)
		require.NoError(t, err, "a chain verified as of %s", fixed.Format(time.DateTime))
		require.NoError(t, conn.Close())
	}
}
