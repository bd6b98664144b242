package main

import (
	"context"
	"encoding/json"
	"fmt"
	"os"

	"github.com/mailcheck-go/mailcheck/mailtest"
)

const fakeSynopsis = "mailcheck fake --scenario NAME [--ca-dir DIR]"

const fakeAbout = `Run the fake IMAP and SMTP servers of one scenario on loopback, for trying
a mail client or an application against a known failure. Prints one JSON
line with the listeners' addresses, the CA file to trust and the accounts,
then serves until interrupted (SIGINT or SIGTERM) and exits with status 0.

'mailcheck scenarios' lists the scenarios.`

// runFake is "mailcheck fake".
func runFake(ctx context.Context, e *env, args []string) error {
	var name, caDir string
	fs := newFlagSet("fake", fakeSynopsis, fakeAbout)
	fs.StringVar(&name, "scenario", "", "the scenario `NAME` (see 'mailcheck scenarios')")
	fs.StringVar(&caDir, "ca-dir", "", "write the CA certificate into this existing `DIR` (default a new temporary directory, removed on exit)")
	if err := fs.parse(args, e.Stdout); err != nil {
		return err
	}
	switch {
	case fs.NArg() > 0:
		return fs.usageErr("unexpected argument %q", fs.Arg(0))
	case name == "":
		return fs.usageErr("--scenario is required ('mailcheck scenarios' lists them)")
	}
	sc, ok := mailtest.Lookup(name)
	if !ok {
		return fs.usageErr("unknown scenario %q ('mailcheck scenarios' lists them)", name)
	}
	if caDir != "" {
		if fi, err := os.Stat(caDir); err != nil || !fi.IsDir() {
			return fs.usageErr("--ca-dir %s is not a directory", caDir)
		}
	} else {
		dir, err := os.MkdirTemp("", "mailcheck-fake-")
		if err != nil {
			return err
		}
		defer os.RemoveAll(dir)
		caDir = dir
	}

	srv, err := mailtest.NewServer(sc)
	if err != nil {
		return err
	}
	defer srv.Close()
	caFile, err := srv.WriteCAFile(caDir)
	if err != nil {
		return err
	}
	// The CA file is removed on exit, also from the caller's --ca-dir: it
	// is only good while this process runs.
	defer os.Remove(caFile)
	line, err := json.Marshal(srv.Listing(caFile))
	if err != nil {
		return err
	}
	fmt.Fprintf(e.Stdout, "%s\n", line)
	if e.IsTerminal(e.Stderr) {
		fmt.Fprintf(e.Stderr, "Serving scenario %s; press Ctrl-C to stop.\n", sc.Name)
	}
	<-ctx.Done()
	return nil
}
