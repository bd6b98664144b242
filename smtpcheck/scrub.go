package smtpcheck

import (
	"github.com/mailcheck-go/mailcheck/internal/redact"
	"github.com/mailcheck-go/mailcheck/internal/stages"
)

// scrubResult passes every text of r through red, which removes every
// form of every secret (see internal/redact). The tap scrubs the
// transcript and the recorder the steps; this covers the rest: a server
// that echoes a credential in a reply, a banner or an EHLO keyword must
// not make the result leak it. The types both probes share (TLS facts,
// errors, the mode check, the authentication attempt) are scrubbed by
// internal/stages, the one place for both probes' results and their
// steps.
func scrubResult(r *Result, red *redact.Redactor) {
	if red.Empty() {
		return
	}
	s := func(v *string) { *v = red.String(*v) }
	stages.ScrubTLS(red, r.TLS)
	sr := func(rep *Reply) {
		if rep == nil {
			return
		}
		s(&rep.Text)
		for i := range rep.Lines {
			s(&rep.Lines[i])
		}
	}
	stages.ScrubNetError(red, r.Error)
	stages.ScrubModeCheck(red, r.ModeCheck)
	stages.ScrubAuth(red, r.Auth)
	s(&r.Banner)
	for _, e := range []*EHLO{r.EHLO, r.EHLOBeforeTLS} {
		if e != nil {
			s(&e.Greeting)
			for i := range e.Extensions {
				s(&e.Extensions[i])
			}
			for i := range e.AuthMechanisms {
				s(&e.AuthMechanisms[i])
			}
		}
	}
	sr(r.Reply)
	if r.Envelope != nil {
		sr(r.Envelope.Mail)
		sr(r.Envelope.Rcpt)
	}
}
