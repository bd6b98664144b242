package fleet

import (
	"cmp"
	_ "embed"
	"html/template"
	"io"
	"slices"
	"strings"

	"github.com/mailcheck-go/mailcheck/diagnose"
)

//go:embed report.html.tmpl
var pageTemplate string

// page is html/template's escaping over a page with no external asset:
// styles are inline, there is no script, no font, no image. Every server
// text passes through the template's contextual escaping.
var page = template.Must(template.New("page").Funcs(template.FuncMap{
	"upper":    func(p diagnose.Protocol) string { return strings.ToUpper(string(p)) },
	"failing":  failing,
	"audience": AudienceName,
	"join":     strings.Join,
	"oneline":  oneLine,
	"inc":      func(i int) int { return i + 1 },
}).Parse(pageTemplate))

// PageOptions tunes WriteHTML. A nil *PageOptions is the same as a zero
// value.
type PageOptions struct {
	// Title heads the page; default "Mailbox check".
	Title string
	// Generator names what made the page, in its footer.
	Generator string
}

// WriteHTML writes rep as one self-contained HTML page (no external
// assets): the counts, the conclusions, the groups with their mailboxes,
// every hand-off in plain text ready to copy, and a row per account. It is
// written for an administrator who has never seen mailcheck.
func WriteHTML(w io.Writer, rep *Report, opts *PageOptions) error {
	if opts == nil {
		opts = &PageOptions{}
	}
	title := opts.Title
	if title == "" {
		title = "Mailbox check"
	}
	type handoff struct {
		Handoff
		Text string
	}
	hs := make([]handoff, len(rep.Handoffs))
	for i, h := range rep.Handoffs {
		hs[i] = handoff{h, h.Text()}
	}
	// Rows in the order of the source (line, then address), which is how
	// the admin's own list reads, not in the order diagnoses finished.
	rows := slices.Clone(rep.Accounts)
	slices.SortStableFunc(rows, func(a, b Result) int {
		return cmp.Or(cmp.Compare(a.Line, b.Line), cmp.Compare(a.Email, b.Email))
	})
	return page.Execute(w, map[string]any{
		"Title": title, "Generator": opts.Generator, "R": rep, "Handoffs": hs, "Rows": rows,
		"Date": rep.FinishedAt.Format("2006-01-02 15:04 MST"),
	})
}

// AudienceName names who acts, for people: "administrator", "application
// vendor" or "users".
func AudienceName(a diagnose.Audience) string {
	switch a {
	case diagnose.AudienceAdmin:
		return "administrator"
	case diagnose.AudienceVendor, diagnose.AudienceDeveloper:
		return "application vendor"
	}
	return "users"
}
