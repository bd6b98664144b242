//go:build !race

package diagnose

// raceSlowdown scales time limits in tests; see race_on_test.go.
const raceSlowdown = 1
