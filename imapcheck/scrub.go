package imapcheck

import (
	"github.com/mailcheck-go/mailcheck/internal/redact"
	"github.com/mailcheck-go/mailcheck/internal/stages"
)

// scrubResult passes every text of r through red, the tap's redactor,
// once more as the result is handed out. The probe scrubs server texts as
// it keeps them, the tap the transcript and the recorder the steps; this
// last pass makes the result fail closed whatever a future field or code
// path forgets (smtpcheck does the same). The types both probes share
// (TLS facts, errors, the mode check, the authentication attempt) are
// scrubbed by internal/stages, the one place for both probes' results
// and their steps.
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
