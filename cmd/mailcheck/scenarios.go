package main

import (
	"context"
	"fmt"
	"text/tabwriter"

	"github.com/mailcheck-go/mailcheck/mailtest"
)

const scenariosAbout = `List the fake server scenarios that 'mailcheck fake' and 'mailcheck demo'
run: one per line, the name first, then what it reproduces. With --json, an
array of {"name", "description", "provider", "imap_code", "smtp_code"}.`

// runScenarios is "mailcheck scenarios".
func runScenarios(ctx context.Context, e *env, args []string) error {
	var jsonOut bool
	fs := newFlagSet("scenarios", "mailcheck scenarios [--json]", scenariosAbout)
	fs.BoolVar(&jsonOut, "json", false, "print a JSON array (see docs/cli.md)")
	if err := fs.parse(args, e.Stdout); err != nil {
		return err
	}
	if fs.NArg() > 0 {
		return fs.usageErr("unexpected argument %q", fs.Arg(0))
	}
	scs := mailtest.Scenarios()
	if jsonOut {
		infos := make([]mailtest.ScenarioInfo, 0, len(scs))
		for _, sc := range scs {
			infos = append(infos, sc.Info())
		}
		return writeJSON(e.Stdout, infos)
	}
	tw := tabwriter.NewWriter(e.Stdout, 0, 8, 2, ' ', 0)
	for _, sc := range scs {
		fmt.Fprintf(tw, "%s\t%s\n", sc.Name, sc.Description)
	}
	return tw.Flush()
}
