//go:build race

package diagnose

// raceSlowdown: the race detector slows regular expressions about tenfold, so
// time limits in tests are scaled by raceSlowdown.
const raceSlowdown = 10
