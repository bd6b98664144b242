package stages

import (
	"github.com/mailcheck-go/mailcheck/internal/redact"
	"github.com/mailcheck-go/mailcheck/probe"
)

// The scrubbers of the probe vocabulary's shared types live here, once:
// the recorder uses them on every step, and each probe's last pass over
// its Result uses them on the same types there. A text field added to one
// of these types is scrubbed everywhere by adding it here. A nil red
// leaves everything as it is.

// ScrubTLS scrubs, in place, the texts of a TLS session a server chose:
// the certificates' names. A hostile server can put anything in a
// certificate's subject.
func ScrubTLS(red *redact.Redactor, t *probe.TLSInfo) {
	if red == nil || t == nil {
		return
	}
	for i := range t.Chain {
		c := &t.Chain[i]
		c.Subject = red.String(c.Subject)
		c.Issuer = red.String(c.Issuer)
		for j := range c.DNSNames {
			c.DNSNames[j] = red.String(c.DNSNames[j])
		}
	}
}

// ScrubNetError scrubs, in place, the texts of e: a Go error's message
// can quote the peer, and RecordHeader holds the first bytes a server
// sent in answer to a ClientHello.
func ScrubNetError(red *redact.Redactor, e *probe.NetError) {
	if red == nil || e == nil {
		return
	}
	e.Message = red.String(e.Message)
	e.Op = red.String(e.Op)
	e.RecordHeader = red.String(e.RecordHeader)
	e.Alert = red.String(e.Alert)
}

// ScrubModeCheck scrubs, in place, the texts of the mode check's extra
// connection: the greeting over TLS and why the connection failed.
func ScrubModeCheck(red *redact.Redactor, m *probe.ModeCheck) {
	if red == nil || m == nil {
		return
	}
	m.Greeting = red.String(m.Greeting)
	ScrubNetError(red, m.Error)
}

// ScrubStep returns st with its texts scrubbed by red (its error copied,
// so the value the step was given is left as it was).
func ScrubStep(red *redact.Redactor, st probe.Step) probe.Step {
	if red == nil {
		return st
	}
	st.Detail = red.String(st.Detail)
	st.Server = red.String(st.Server)
	st.Error = st.Error.Clone()
	ScrubNetError(red, st.Error)
	return st
}

// ScrubAuth scrubs, in place, the texts of an authentication attempt: why
// a mechanism was chosen and the mechanisms a server advertised, which
// the server named.
func ScrubAuth(red *redact.Redactor, a *probe.Auth) {
	if red == nil || a == nil {
		return
	}
	a.Mechanism = red.String(a.Mechanism)
	a.Reason = red.String(a.Reason)
	for i := range a.Offered {
		a.Offered[i] = red.String(a.Offered[i])
	}
}
