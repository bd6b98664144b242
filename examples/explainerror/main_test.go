package main

import (
	"github.com/mailcheck-go/mailcheck/catalog"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/mailcheck-go/mailcheck/diagnose"
	"github.com/mailcheck-go/mailcheck/mailtest"
)

// TestExplain explains replies customers really paste. Each row's text is
// a provider's exact words, from the source beside it.
func TestExplain(t *testing.T) {
	tests := []struct {
		name, text, host string
		protocol         diagnose.Protocol
		want             diagnose.Code
	}{
		// https://github.com/simonrob/email-oauth2-proxy/issues/193
		{"m365 tenant smtp auth off", "535 5.7.139 Authentication unsuccessful, SmtpClientAuthentication is disabled for the Tenant. Visit https://aka.ms/smtp_auth_disabled for more information.", "smtp.office365.com", diagnose.ProtocolSMTP, diagnose.CodeProtocolDisabled},
		// https://github.com/nodemailer/nodemailer/issues/1116
		{"gmail app password", "534-5.7.9 Application-specific password required. Learn more at\n534 5.7.9  https://support.google.com/mail/?p=InvalidSecondFactor o13sm2119833lfg.90 - gsmtp", "smtp.gmail.com", diagnose.ProtocolSMTP, diagnose.CodeAppPasswordRequired},
		// https://github.com/nodemailer/nodemailer/issues/1388
		{"gmail throttled", "454 4.7.0 Too many login attempts, please try again later. 4-20020a056000154400b00203812ca383sm10857871wry.78 - gsmtp", "smtp.gmail.com", "", diagnose.CodeRateLimited},
		// https://github.com/the-djmaze/snappymail/issues/1598
		{"dovecot wrong password", "TAG1 NO [AUTHENTICATIONFAILED] Authentication failed.", "", diagnose.ProtocolIMAP, diagnose.CodeInvalidCredentials},
		// https://github.com/r-raymond/nixos-mailserver/issues/9
		{"postfix sender not owned", "553 5.7.1 <user2@example.com>: Sender address rejected: not owned by user user2@example.com", "", diagnose.ProtocolSMTP, diagnose.CodeSenderNotPermitted},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			var out strings.Builder
			f := explain(&out, tc.text, tc.host, tc.protocol)
			assert.Equal(t, tc.want, f.Code)
			assert.Contains(t, out.String(), "["+string(tc.want)+",")
			if assert.NotNil(t, f.Remediation) {
				assert.Contains(t, out.String(), f.Remediation.Title)
			}
		})
	}
}

// TestExplainScenarioRefusals explains the refusals mailtest's scenarios
// send: the same words a customer would paste from their client's log, so
// the explanation must match the code the scenario stands for.
func TestExplainScenarioRefusals(t *testing.T) {
	for _, name := range []string{"gmail-app-password-required", "microsoft365-imap-basic-auth-retired", "dovecot-postfix-wrong-password"} {
		t.Run(name, func(t *testing.T) {
			sc, ok := mailtest.Lookup(name)
			if !assert.True(t, ok) {
				return
			}
			reply := sc.IMAP.Refusal
			if reply == nil || sc.Accounts[0].WrongPassword {
				reply = sc.IMAP.Failure
			}
			// The tagged line, as a client's log shows it.
			text := strings.NewReplacer("{command}", "AUTHENTICATE", "{user}", sc.Accounts[0].Login(), "{client}", "127.0.0.1").
				Replace("a1 " + reply[len(reply)-1])
			var out strings.Builder
			f := explain(&out, text, imapHost(sc.Provider), diagnose.ProtocolIMAP)
			assert.Equal(t, diagnose.Code(sc.IMAPCode), f.Code, "explaining %q", text)
		})
	}
}

// imapHost is the published IMAP host of the scenario's provider, from the
// registry: the first entry of its family that publishes one ("google" is
// Gmail's and Workspace's family; Dovecot has none).
func imapHost(id catalog.ID) string {
	for _, p := range catalog.All() {
		if catalog.Family(p.ID) == catalog.Family(id) && p.IMAP.Host != "" {
			return p.IMAP.Host
		}
	}
	return ""
}
