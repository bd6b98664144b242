package mailtest

import "testing"

// NewTestServer starts the built-in scenario called name for a test and
// closes it when the test ends, as httptest.NewServer does for HTTP. It
// fails the test at once if the scenario does not exist or the server
// cannot start. For use in tests only; elsewhere use [NewServer].
func NewTestServer(tb testing.TB, name string) *Server {
	tb.Helper()
	sc, ok := Lookup(name)
	if !ok {
		tb.Fatalf("mailtest: no scenario %q", name)
	}
	s, err := NewServer(sc)
	if err != nil {
		tb.Fatalf("mailtest: start %s: %v", name, err)
	}
	tb.Cleanup(s.Close)
	return s
}

// Start is the old name of [NewTestServer].
//
// Deprecated: Start reads like [Server.Start], which starts a server made
// by [NewUnstartedServer]; use NewTestServer.
func Start(tb testing.TB, name string) *Server {
	tb.Helper()
	return NewTestServer(tb, name)
}
