package catalog

import (
	"go/ast"
	"go/parser"
	"go/token"
	"io/fs"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestIDConstantsRegistered parses this package and fails for an ID
// constant that no file registers: a provider id used in code must have
// an entry.
func TestIDConstantsRegistered(t *testing.T) {
	consts := idConstants(t)
	require.NotEmpty(t, consts)
	for name, val := range consts {
		if val == string(IDUnknown) {
			continue
		}
		assert.True(t, Registered(ID(val)), "constant %s = %q is not registered", name, val)
	}
	assert.Len(t, registry, len(consts)-1, "every entry has its constant (IDUnknown has no entry)")
}

// TestProviderLiteralsRegistered walks every Go file in the repository
// (tests included) for provider ids written as string literals: keyed
// fields named Provider, Providers or Parent, and calls of LookupProvider,
// Remediate and RemediateFinding. Each must be registered, so an id
// misspelt in a test table or scenario fails here.
func TestProviderLiteralsRegistered(t *testing.T) {
	allowed := map[string]bool{"": true, "unknown": true, "generic": true}
	fset := token.NewFileSet()
	n := 0
	err := filepath.WalkDir("..", func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if d.IsDir() && (strings.HasPrefix(d.Name(), ".") || d.Name() == "testdata") && path != ".." {
			return filepath.SkipDir
		}
		if d.IsDir() || !strings.HasSuffix(path, ".go") {
			return nil
		}
		f, err := parser.ParseFile(fset, path, nil, 0)
		if err != nil {
			return err
		}
		check := func(e ast.Expr) {
			lit, ok := e.(*ast.BasicLit)
			if !ok || lit.Kind != token.STRING {
				return
			}
			v, _ := strconv.Unquote(lit.Value)
			n++
			if !allowed[v] && !misspeltOnPurpose(v) && aliases[v] == "" {
				assert.True(t, Registered(ID(v)), "%s: provider id %q is not registered", fset.Position(lit.Pos()), v)
			}
		}
		ast.Inspect(f, func(node ast.Node) bool {
			switch x := node.(type) {
			case *ast.KeyValueExpr:
				if k, ok := x.Key.(*ast.Ident); ok && (k.Name == "Provider" || k.Name == "Parent" || k.Name == "Providers") {
					check(x.Value)
					if cl, ok := x.Value.(*ast.CompositeLit); ok {
						for _, el := range cl.Elts {
							check(el)
						}
					}
				}
			case *ast.CallExpr:
				name := ""
				switch fn := x.Fun.(type) {
				case *ast.Ident:
					name = fn.Name
				case *ast.SelectorExpr:
					name = fn.Sel.Name
				}
				switch name {
				case "LookupProvider":
					if len(x.Args) == 1 {
						check(x.Args[0])
					}
				case "Remediate", "RemediateFinding":
					if len(x.Args) == 3 {
						check(x.Args[1])
					}
				}
			}
			return true
		})
		return nil
	})
	require.NoError(t, err)
	assert.Greater(t, n, 20, "the walk found too few provider literals to be looking in the right places")
}

// misspeltOnPurpose lets tests ask for an id that does not exist.
func misspeltOnPurpose(v string) bool {
	return strings.HasPrefix(v, "no_such") || strings.HasPrefix(v, "not_a")
}

// TestPatternsHaveOneOwner fails when a host, domain, MX, SPF, greeting,
// banner or text pattern is claimed by two entries: detection could not
// say which provider it means.
func TestPatternsHaveOneOwner(t *testing.T) {
	kinds := map[string]func(Info) []string{
		"alias":        func(i Info) []string { return i.Aliases },
		"domain":       func(i Info) []string { return i.Domains },
		"host":         func(i Info) []string { return i.HostPatterns },
		"mx":           func(i Info) []string { return i.MXPatterns },
		"spf":          func(i Info) []string { return i.SPFIncludes },
		"autodiscover": func(i Info) []string { return i.AutodiscoverPatterns },
		"greeting":     func(i Info) []string { return i.GreetingPatterns },
		"banner":       func(i Info) []string { return i.BannerPatterns },
		"text":         func(i Info) []string { return i.TextPatterns },
		"likely":       func(i Info) []string { return i.LikelyWording },
	}
	for kind, get := range kinds {
		owner := map[string]ID{}
		for _, info := range All() {
			for _, p := range get(info) {
				if kind != "likely" { // matched with its case
					assert.Equal(t, strings.ToLower(p), p, "%s %s pattern %q is not lower case", info.ID, kind, p)
				}
				if o, dup := owner[p]; dup && o != info.ID {
					t.Errorf("%s pattern %q is claimed by %s and %s", kind, p, o, info.ID)
				}
				owner[p] = info.ID
			}
		}
	}
}

var dateRE = regexp.MustCompile(`^\d{4}-\d{2}-\d{2}$`)

func TestEntriesWellFormed(t *testing.T) {
	for _, info := range All() {
		assert.NotEmpty(t, info.Name, info.ID)
		assert.Contains(t, []Kind{KindProvider, KindSoftware, KindFamily}, info.Kind, info.ID)
		assert.NotEmpty(t, info.Section, "%s: no docs/providers.md section", info.ID)
		if info.Parent != "" {
			assert.True(t, Registered(info.Parent), "%s: parent %q", info.ID, info.Parent)
			assert.NotContains(t, Chain(info.Parent), info.ID, "%s: parent chain loops", info.ID)
		}
		if info.Kind != KindFamily {
			assert.NotEmpty(t, info.Sources, "%s: no sources", info.ID)
		}
		if len(info.LikelyWording) > 0 {
			assert.True(t, strings.HasPrefix(info.LikelyLead, "If this is "), "%s: LikelyLead must open with the provider's case", info.ID)
			assert.NotEmpty(t, info.LikelyConfirm, "%s: say what would confirm it", info.ID)
		}
		for _, s := range info.Sources {
			assert.True(t, strings.HasPrefix(s.URL, "https://"), "%s: source %q", info.ID, s.URL)
			assert.Regexp(t, dateRE, s.Checked, "%s: source %q has no checked date", info.ID, s.URL)
		}
		for _, c := range info.Codes {
			r, ok := Find(c, info.ID, "", nil)
			assert.True(t, ok && r.Provider != "", "%s: code %s has only generic text", info.ID, c)
		}
		for _, r := range info.Remedies {
			assert.Equal(t, info.ID, r.Provider)
			assert.True(t, r.Code.Known(), "%s: unknown code %q", info.ID, r.Code)
			assert.Regexp(t, dateRE, r.Checked, "%s/%s: checked", info.ID, r.Code)
		}
	}
}

// TestGenericEntryForEveryCode checks one generic entry per code, phase,
// credential, situation and protocol, and for every code one that is not for delivery only: a finding
// whose phase is unknown takes it.
func TestGenericEntryForEveryCode(t *testing.T) {
	type key struct {
		code       Code
		phase      SessionPhase
		credential Credential
		situation  string
		protocol   Protocol
	}
	seen := map[key]bool{}
	notDelivery := map[Code]bool{}
	for _, e := range genericEntries {
		k := key{e.Code, e.Phase, e.Credential, e.Situation, e.Protocol}
		assert.False(t, seen[k], "two generic entries for %s at phase %q for credential %q in situation %q over %q", e.Code, e.Phase, e.Credential, e.Situation, e.Protocol)
		seen[k] = true
		assert.Empty(t, e.Provider)
		assert.Contains(t, []SessionPhase{"", PhaseSignIn, PhaseDelivery, PhaseServer}, e.Phase, "%s", e.Code)
		assert.Contains(t, []Credential{"", CredentialOAuth}, e.Credential, "%s", e.Code)
		if (e.Phase == "" || e.Phase == PhaseSignIn) && e.Credential == "" && e.Situation == "" && e.Protocol == "" {
			notDelivery[e.Code] = true
		}
	}
	for _, c := range Codes {
		assert.True(t, notDelivery[c], "no generic entry for %s outside delivery and for any credential: add one to generic.go", c)
	}
	// An entry for the server's own faults answers only a finding of
	// that phase, never a plain lookup.
	for _, c := range []Code{CodeServerUnavailable, CodeTemporaryFailure, CodeConnectionRefused} {
		e, ok := Find(c, "", "", nil)
		require.True(t, ok)
		assert.Empty(t, e.Phase, "%s", c)
	}
	// An entry for one situation answers only a finding that asks for it,
	// never a plain lookup.
	for _, e := range genericEntries {
		if e.Situation == "" {
			continue
		}
		g, ok := Find(e.Code, "", "", nil)
		require.True(t, ok)
		assert.Empty(t, g.Situation, "%s: a plain lookup found the entry for situation %q; put it after the code's general entry", e.Code, g.Situation)
	}
	r, ok := Find(CodeInvalidCredentials, "", "", nil)
	require.True(t, ok)
	assert.Empty(t, r.Credential, "without a credential, the entry for any credential comes first")
	r, ok = Find(CodePolicyBlocked, "", "", nil)
	require.True(t, ok)
	assert.Equal(t, PhaseSignIn, r.Phase, "without a phase, the sign-in entry comes first")
}

func TestFindWalksTheChain(t *testing.T) {
	for _, tc := range []struct {
		code  Code
		id    ID
		proto Protocol
		want  ID
	}{
		{CodePolicyBlocked, IDMicrosoft365GoDaddy, "", IDMicrosoft365GoDaddy},
		{CodeProtocolDisabled, IDMicrosoft365GoDaddy, "", IDMicrosoft365},
		{CodeTLSWrongMode, IDOutlook, "", IDMicrosoft},
		{CodeInvalidCredentials, IDGmail, "", IDGoogle},
		{CodeInvalidCredentials, IDExchange, "", IDExchange},
		{CodeDNSFailure, IDMicrosoft365, "", ""},
		{CodeInvalidCredentials, "no_such_provider", "", ""},
	} {
		r, ok := Find(tc.code, tc.id, tc.proto, nil)
		require.True(t, ok)
		assert.Equal(t, tc.want, r.Provider, "%s@%s", tc.code, tc.id)
	}
}

func TestLookupReturnsCopies(t *testing.T) {
	a, ok := Lookup(IDMicrosoft365)
	require.True(t, ok)
	a.HostPatterns[0] = "changed"
	a.Remedies[0].UserSteps[0] = "changed"
	b, _ := Lookup(IDMicrosoft365)
	assert.NotEqual(t, "changed", b.HostPatterns[0])
	assert.NotEqual(t, "changed", b.Remedies[0].UserSteps[0])
}

func idConstants(t *testing.T) map[string]string {
	fset := token.NewFileSet()
	out := map[string]string{}
	files, err := filepath.Glob("*.go")
	require.NoError(t, err)
	for _, file := range files {
		if strings.HasSuffix(file, "_test.go") {
			continue
		}
		f, err := parser.ParseFile(fset, file, nil, 0)
		require.NoError(t, err)
		for _, d := range f.Decls {
			gd, ok := d.(*ast.GenDecl)
			if !ok || gd.Tok != token.CONST {
				continue
			}
			for _, spec := range gd.Specs {
				vs := spec.(*ast.ValueSpec)
				if id, ok := vs.Type.(*ast.Ident); !ok || id.Name != "ID" {
					continue
				}
				for i, name := range vs.Names {
					v, _ := strconv.Unquote(vs.Values[i].(*ast.BasicLit).Value)
					out[name.Name] = v
				}
			}
		}
	}
	return out
}
