package diagnose_test

import (
	"flag"
	"fmt"
	"go/ast"
	"go/parser"
	"go/token"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/mailcheck-go/mailcheck/diagnose"
)

var update = flag.Bool("update", false, "rewrite golden files under testdata and docs/report.md")

// TestReportDoc keeps docs/report.md, the reference for the Report JSON,
// complete: it walks every JSON field reachable from diagnose.Report by
// reflection, takes each field's meaning from its Go doc comment, and
// compares the result with the file. A field without a doc comment fails
// the test. Run with -update after changing a result type.
func TestReportDoc(t *testing.T) {
	docs := fieldDocs(t, "../probe", "../imapcheck", "../smtpcheck", "../catalog", ".")
	var rows []string
	var undocumented []string
	paths := map[string]bool{}
	walkJSON(reflect.TypeOf(diagnose.Report{}), "", map[reflect.Type]bool{}, func(path, typ, key string) {
		d := docs[key]
		if d == "" {
			undocumented = append(undocumented, path+" ("+key+")")
		}
		mark := ""
		if isUntrusted(path) {
			mark = "yes"
		}
		paths[path] = true
		rows = append(rows, fmt.Sprintf("| `%s` | %s | %s | %s |", path, typ, mark, d))
	})
	assert.Empty(t, undocumented, "give these fields a doc comment")
	for _, u := range untrustedText {
		p := strings.Replace(u, "*.", "imap.", 1)
		if !paths[p] {
			p = strings.Replace(u, "*.", "smtp.", 1)
		}
		assert.True(t, paths[p], "untrustedText names %s, which the Report does not have", u)
	}
	got := reportDocHeader + strings.Join(rows, "\n") + "\n"
	const file = "../docs/report.md"
	if *update {
		require.NoError(t, os.WriteFile(file, []byte(got), 0o644))
	}
	want, err := os.ReadFile(file)
	require.NoError(t, err, "run go test ./diagnose -run TestReportDoc -update")
	assert.Equal(t, string(want), got, "docs/report.md is stale: run go test ./diagnose -run TestReportDoc -update")
}

const reportDocHeader = `# Report JSON

` + "`diagnose.Report`" + ` marshals to this JSON, and ` + "`mailcheck check --json`" + ` prints it
(without ` + "`transcript`" + ` fields unless ` + "`--transcript`" + ` is given). Field names and
enumeration values are stable: fields are added, never renamed or removed.
Human text (summaries, details, remediation wording) may change between
versions; branch on codes, stages and kinds, not on text.

Conventions: times are RFC 3339 in UTC; durations are milliseconds in fields
ending ` + "`_ms`" + `; ` + "`[]`" + ` marks an array element; ` + "`{key}`" + ` a map value. Optional fields
are left out when empty. Enumerations (codes, stages, kinds) are listed in
README.md and in the Go documentation of their types.

This file is generated from the Go doc comments of the result types by
` + "`go test ./diagnose -run TestReportDoc -update`" + `; a test fails when it is stale.

## Lean reports

A full report carries each probe's raw observations under ` + "`imap.probe`" + ` and
` + "`smtp.probe`" + `: every step, the TLS chain, the capability lists and the redacted
transcript. They are what a support engineer reads, and most of the size
(tens of KB). For storage, or to send an answer to a browser, use the lean
form: ` + "`Report.Lean()`" + ` returns a copy without ` + "`imap.probe`" + ` and ` + "`smtp.probe`" + `, and
` + "`Options{Lean: true}`" + ` leaves them out from the start. Everything else stays:
verdicts, ` + "`findings`" + ` with evidence and remediation, provider, discovery and
DNS. Measured against the fakes (compact JSON, both protocols, without
` + "`--transcript`" + `-style stripping): a working Dovecot/Postfix account 9.3 KB full,
1.8 KB lean; Gmail wanting an app password 14.7 KB full, 6.6 KB lean; the
Microsoft 365 that refuses IMAP (two findings, each with Microsoft's long
remediation text) 22 KB full, 13 KB lean (` + "`TestLeanReport`" + ` logs its figures).

## Untrusted server text

Servers, and the DNS that names them, choose their own words. JSON escapes
them correctly, but an application that puts a report into HTML must escape
every field marked **yes** in the "server text" column below: they carry
text a server or DNS sent, verbatim or quoted (greetings, replies,
certificate names, evidence, summaries and reasons that quote a reply). The
other string fields are mailcheck's own words (codes, catalogue remediation)
or the caller's input (the address, filled into remediation steps); escaping
everything is still the safe habit. A test runs diagnoses against fakes and
fails when a field not marked here quotes a server line. The same holds for
` + "`diagnose.Explain`" + `'s Finding (` + "`mailcheck explain --json`" + `): its fields are those of
` + "`findings[]`" + `, and there the untrusted text is whatever was pasted.

## Fields

| field | type | server text | meaning |
|---|---|---|---|
`

// walkJSON calls fn for every JSON field reachable from t, with its dotted
// path, a short type description and the "pkg.Type.Field" key of its doc.
func walkJSON(t reflect.Type, prefix string, seen map[reflect.Type]bool, fn func(path, typ, key string)) {
	for t.Kind() == reflect.Pointer {
		t = t.Elem()
	}
	if t.Kind() != reflect.Struct || seen[t] {
		return
	}
	seen[t] = true
	defer delete(seen, t)
	for i := 0; i < t.NumField(); i++ {
		f := t.Field(i)
		if !f.IsExported() {
			continue
		}
		name, _, _ := strings.Cut(f.Tag.Get("json"), ",")
		if name == "-" {
			continue
		}
		if f.Anonymous && name == "" {
			walkJSON(f.Type, prefix, seen, fn)
			continue
		}
		if name == "" {
			name = f.Name
		}
		path := prefix + name
		ft, suffix := f.Type, ""
		for {
			switch ft.Kind() {
			case reflect.Pointer:
				ft = ft.Elem()
				continue
			case reflect.Slice:
				ft, suffix = ft.Elem(), suffix+"[]"
				continue
			case reflect.Map:
				ft, suffix = ft.Elem(), suffix+"{key}"
				continue
			}
			break
		}
		fn(path, typeName(f.Type), pkgName(t)+"."+t.Name()+"."+f.Name)
		if ft.Kind() == reflect.Struct && ft != reflect.TypeOf(time.Time{}) {
			walkJSON(ft, path+suffix+".", seen, fn)
		}
	}
}

func typeName(t reflect.Type) string {
	switch t.Kind() {
	case reflect.Pointer:
		return typeName(t.Elem())
	case reflect.Slice:
		return "array of " + typeName(t.Elem())
	case reflect.Map:
		return "object of " + typeName(t.Elem())
	case reflect.Struct:
		if t == reflect.TypeOf(time.Time{}) {
			return "time"
		}
		return "object"
	case reflect.String:
		return "string"
	case reflect.Bool:
		return "boolean"
	case reflect.Float32, reflect.Float64, reflect.Int, reflect.Int64, reflect.Int32, reflect.Uint16:
		return "number"
	}
	return t.Kind().String()
}

func pkgName(t reflect.Type) string { return filepath.Base(t.PkgPath()) }

// fieldDocs parses the non-test Go files of dirs and returns each struct
// field's doc comment, keyed "pkg.Type.Field", on one line.
func fieldDocs(t *testing.T, dirs ...string) map[string]string {
	t.Helper()
	out := map[string]string{}
	fset := token.NewFileSet()
	for _, dir := range dirs {
		matches, err := filepath.Glob(filepath.Join(dir, "*.go"))
		require.NoError(t, err)
		for _, file := range matches {
			if strings.HasSuffix(file, "_test.go") {
				continue
			}
			f, err := parser.ParseFile(fset, file, nil, parser.ParseComments)
			require.NoError(t, err)
			pkg := f.Name.Name
			ast.Inspect(f, func(n ast.Node) bool {
				ts, ok := n.(*ast.TypeSpec)
				if !ok {
					return true
				}
				st, ok := ts.Type.(*ast.StructType)
				if !ok {
					return true
				}
				for _, fld := range st.Fields.List {
					doc := fld.Doc.Text()
					if doc == "" {
						doc = fld.Comment.Text()
					}
					doc = strings.Join(strings.Fields(doc), " ")
					doc = strings.ReplaceAll(doc, "|", `\|`)
					for _, name := range fld.Names {
						out[pkg+"."+ts.Name.Name+"."+name.Name] = doc
					}
				}
				return false
			})
		}
	}
	return out
}
