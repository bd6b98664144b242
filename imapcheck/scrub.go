package imapcheck

import (
	"github.com/mailcheck-go/mailcheck/internal/redact"
	"github.com/mailcheck-go/mailcheck/internal/stages"
	"github.com/mailcheck-go/mailcheck/probe"
)

// scrubResult passes every text of r through red, the tap's redactor,
// once more as the result is handed out. The probe scrubs server texts as
// it keeps them, the tap the transcript and the recorder the steps; this
// last pass makes the result fail closed whatever a future field or code
// path forgets (smtpcheck does the same).
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
	if e := r.Error; e != nil {
		s(&e.Message)
		s(&e.RecordHeader)
		s(&e.Alert)
	}
	if m := r.ModeCheck; m != nil {
		scrubModeCheck(m, s)
	}
	if a := r.Auth; a != nil {
		s(&a.Reason)
		list(a.Offered)
	}
}

// scrubModeCheck scrubs the texts of the mode check's extra connection.
func scrubModeCheck(m *probe.ModeCheck, s func(*string)) {
	s(&m.Greeting)
	if m.Error != nil {
		s(&m.Error.Message)
		s(&m.Error.RecordHeader)
		s(&m.Error.Alert)
	}
}
