package main

import (
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/mailcheck-go/mailcheck/diagnose"
)

func TestEvidenceLineLabelsOnce(t *testing.T) {
	st := style{}
	assert.Equal(t, "Error: getaddrinfo ENOTFOUND smtp.example.org", evidenceLine(st, diagnose.Evidence{Kind: "network", Text: "Error: getaddrinfo ENOTFOUND smtp.example.org"}))
	assert.Equal(t, "Error: dial tcp 192.0.2.1:993: connect: connection refused", evidenceLine(st, diagnose.Evidence{Kind: "network", Text: "dial tcp 192.0.2.1:993: connect: connection refused"}))
	assert.Equal(t, "Server said: 535 5.7.8 Error: authentication failed", evidenceLine(st, diagnose.Evidence{Kind: "server_reply", Text: "535 5.7.8 Error: authentication failed"}))
}
