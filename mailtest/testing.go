package mailtest

import "testing"

// Start starts the built-in scenario called name for a test and closes it
// when the test ends. It fails the test at once if the scenario does not
// exist or the server cannot start. For use in tests only.
func Start(tb testing.TB, name string) *Server {
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
