package diagnose

import (
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestShareBudget pins how a budget is divided: the documented defaults,
// the interactive preset, and a caller's StageTimeout that only shortens.
func TestShareBudget(t *testing.T) {
	s := time.Second
	for _, tc := range []struct {
		name               string
		opts               Options
		stage, dns, budget time.Duration
		binding            bool
	}{
		{"zero is the thorough default", Options{}, 15 * s, 8 * s, 60 * s, false},       // 40 % of 60 s is 24 s, capped at the probes' 15 s
		{"interactive", Options{Budget: InteractiveBudget}, 4 * s, 2 * s, 10 * s, true}, // 40 % and a fifth of 10 s
		{"the CLI's 20s", Options{Budget: 20 * s}, 8 * s, 4 * s, 20 * s, true},
		{"stage timeout shortens", Options{Budget: 10 * s, StageTimeout: s}, s, 2 * s, 10 * s, false},
		{"stage timeout never lengthens", Options{StageTimeout: time.Minute}, 15 * s, 8 * s, 60 * s, false},
		{"long budget keeps the ceilings", Options{Budget: time.Hour}, 15 * s, 8 * s, time.Hour, false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			sh, err := shareBudget(&tc.opts)
			require.NoError(t, err)
			assert.Equal(t, tc.budget, sh.budget)
			assert.Equal(t, tc.stage, sh.stage)
			assert.Equal(t, tc.dns, sh.dns)
			assert.Equal(t, tc.binding, sh.binding(&tc.opts))
		})
	}
}

// TestAfterword: the network steps end early enough that classification
// and rendering fit in the budget too, and the network never gets a
// deadline past the budget.
func TestAfterword(t *testing.T) {
	for _, tc := range []struct {
		budget, reserve time.Duration
	}{
		{time.Second, 50 * time.Millisecond},           // a twentieth
		{time.Minute, maxAfterwordReserve},             // capped: a long budget is not cut by seconds
		{100 * time.Millisecond, 5 * time.Millisecond}, // a tiny budget keeps most of itself
	} {
		s := shares{budget: tc.budget}
		assert.Equal(t, tc.reserve, s.afterword(), "budget %v", tc.budget)
		ctx, cancel := withBudget(t.Context(), s)
		end := time.Now()
		d, ok := ctx.Deadline()
		cancel()
		require.True(t, ok)
		assert.LessOrEqual(t, d.Sub(end), tc.budget-tc.reserve, "budget %v", tc.budget)
	}
}
