package imapcheck

import (
	"fmt"
	"strings"

	"github.com/mailcheck-go/mailcheck/probe"
)

// capabilities records the server's capabilities: from the greeting's
// [CAPABILITY ...] code when it had one (and TLS has not been started
// since), otherwise from a CAPABILITY command.
func (s *session) capabilities() bool {
	s.res.Stage = probe.StageCapabilities
	st := s.rec.Begin(probe.StageCapabilities)
	if s.greetCaps != nil {
		s.setCaps(s.greetCaps)
		s.greetCaps = nil
		st.OK("from the greeting", "")
		return true
	}
	ex, ne := s.command(st.Ctx, "CAPABILITY", nil)
	server := s.server(ex)
	if ne != nil {
		s.res.Error = ne
		st.Fail("CAPABILITY failed", server, ne)
		return false
	}
	if r := ex.refusal(); r != nil {
		s.res.Response = s.response(r)
		st.Fail("the server refused CAPABILITY", server, nil)
		return false
	}
	var caps []string
	for _, u := range ex.untagged {
		caps = append(caps, u.Capabilities()...)
	}
	if c := ex.tagged.Capabilities(); c != nil {
		caps = c
	}
	s.setCaps(caps)
	st.OK("CAPABILITY command", server)
	return true
}

func (s *session) setCaps(caps []string) {
	if caps == nil {
		caps = []string{}
	}
	if len(caps) > maxCapabilities {
		s.recordLimit(probe.Limit{Name: probe.LimitCapabilities, Max: maxCapabilities,
			Detail: fmt.Sprintf("the server advertised %d capabilities; only the first %d were kept", len(caps), maxCapabilities)})
		caps = caps[:maxCapabilities]
	}
	// Kept as the server sent them: the probe decides from them (SASL-IR,
	// LOGINDISABLED, AUTH=...). The result is scrubbed as it is handed out
	// (scrubResult), so a secret in a capability never leaves.
	s.res.Capabilities = append([]string(nil), caps...)
}

// hasCap reports whether caps lists c (case-insensitive).
func hasCap(caps []string, c string) bool {
	for _, x := range caps {
		if strings.EqualFold(x, c) {
			return true
		}
	}
	return false
}

// saslMechs returns the mechanisms of the AUTH=... capabilities, in order.
func saslMechs(caps []string) []string {
	var out []string
	for _, c := range caps {
		if len(c) > 5 && strings.EqualFold(c[:5], "AUTH=") {
			out = append(out, strings.ToUpper(c[5:]))
		}
	}
	return out
}
