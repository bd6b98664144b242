package imapcheck

import (
	"github.com/mailcheck-go/mailcheck/internal/redact"
	"github.com/mailcheck-go/mailcheck/internal/stages"
)

// scrubResult passes every text of r through red, the tap's redactor,
// as the result is handed out. The tap scrubs the transcript and the
// recorder the steps; the server texts the probe keeps (greeting, alerts,
// refusals, error messages) are scrubbed here, once, as in smtpcheck.
// The types both probes share (TLS facts, errors, the mode check, the
// authentication attempt) are scrubbed by internal/stages, the one place
// for both probes' results and their steps.
func scrubResult(r *Result, red *redact.Redactor) {
	if red.Empty() {
		return
	}
	s := func(v *string) { *v = red.String(*v) }
	stages.ScrubTLS(red, r.TLS)
	list := func(l []string) {
		for i := range l {
			s(&l[i])
		}
	}
	s(&r.Greeting)
	list(r.Capabilities)
	list(r.CapabilitiesBeforeTLS)
	list(r.Alerts)
	if p := r.Response; p != nil {
		s(&p.Code)
		s(&p.CodeArg)
		s(&p.Text)
		s(&p.Line)
	}
	stages.ScrubNetError(red, r.Error)
	stages.ScrubModeCheck(red, r.ModeCheck)
	stages.ScrubAuth(red, r.Auth)
}
