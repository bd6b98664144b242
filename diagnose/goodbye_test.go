package diagnose_test

import (
	"context"
	"net"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/mailcheck-go/mailcheck/diagnose"
	"github.com/mailcheck-go/mailcheck/mailtest"
	"github.com/mailcheck-go/mailcheck/probe"
)

// slowByeDialer counts open connections, and its connections take a while
// to close, so a goodbye finished in the background is still under way
// when a Diagnose that does not wait for it returns.
type slowByeDialer struct {
	open atomic.Int32
}

type slowByeConn struct {
	net.Conn
	d    *slowByeDialer
	once sync.Once
}

func (c *slowByeConn) Close() error {
	c.once.Do(func() {
		time.Sleep(100 * time.Millisecond)
		c.d.open.Add(-1)
	})
	return c.Conn.Close()
}

func (d *slowByeDialer) DialContext(ctx context.Context, network, addr string) (net.Conn, error) {
	c, err := (&net.Dialer{}).DialContext(ctx, network, addr)
	if err != nil {
		return nil, err
	}
	d.open.Add(1)
	return &slowByeConn{Conn: c, d: d}, nil
}

// TestWaitForGoodbye: by default Diagnose returns before the servers have
// answered LOGOUT and QUIT; with WaitForGoodbye every connection is closed
// by the time it returns, so a caller counting open connections per host
// (package fleet) counts the goodbye too.
func TestWaitForGoodbye(t *testing.T) {
	srv := mailtest.NewTestServer(t, "gmail-ok")
	acct := srv.Accounts()[0]
	a := diagnose.Account{Email: acct.Email, Username: acct.Login(), Password: probe.Secret(acct.Password),
		IMAP: endpoint(t, srv.IMAPTLS, probe.SecurityTLS), SMTP: endpoint(t, srv.SMTPTLS, probe.SecurityTLS)}
	for _, wait := range []bool{false, true} {
		d := &slowByeDialer{}
		rep, err := diagnose.Diagnose(t.Context(), a, &diagnose.Options{
			TLSConfig: srv.ClientTLSConfig(), Dialer: d, WaitForGoodbye: wait})
		require.NoError(t, err)
		require.Equal(t, diagnose.CodeOK, rep.Verdict.Code, rep.Summary)
		if wait {
			assert.Zero(t, d.open.Load(), "connections still open after Diagnose returned")
		} else {
			assert.Positive(t, d.open.Load(), "the goodbye is expected to be under way in the background")
		}
		diagnose.Wait()
		assert.Zero(t, d.open.Load(), "Wait leaves no connection open")
	}
}
