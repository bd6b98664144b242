package main

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/mailcheck-go/mailcheck/diagnose"
	"github.com/mailcheck-go/mailcheck/fleet"
)

func TestEvidenceLineLabelsOnce(t *testing.T) {
	st := style{}
	assert.Equal(t, "Error: getaddrinfo ENOTFOUND smtp.example.org", evidenceLine(st, diagnose.Evidence{Kind: "network", Text: "Error: getaddrinfo ENOTFOUND smtp.example.org"}))
	assert.Equal(t, "Error: dial tcp 192.0.2.1:993: connect: connection refused", evidenceLine(st, diagnose.Evidence{Kind: "network", Text: "dial tcp 192.0.2.1:993: connect: connection refused"}))
	assert.Equal(t, "Server said: 535 5.7.8 Error: authentication failed", evidenceLine(st, diagnose.Evidence{Kind: "server_reply", Text: "535 5.7.8 Error: authentication failed"}))
}

// TestFleetTextNamesInterrupted: the text output names the accounts an
// interrupted run never started, as --json lists them (a new CLI user's
// find: "4 interrupted", never named).
func TestFleetTextNamesInterrupted(t *testing.T) {
	rep := &fleet.Report{Interrupted: true, Counts: fleet.Counts{Accounts: 2, Interrupted: 1},
		Accounts: []fleet.Result{{Email: "d@b.example", Line: 3, Status: fleet.StatusInterrupted}}}
	var b strings.Builder
	renderFleet(&b, style{}, rep)
	assert.Contains(t, b.String(), "d@b.example (line 3): not checked: the run was interrupted first")
}
