package main

import (
	"context"
	"fmt"
	"runtime"
	"runtime/debug"
)

// runVersion is "mailcheck version": the module version stamped by the Go
// toolchain ("devel" for an unstamped build) and the Go version.
func runVersion(ctx context.Context, e *env, args []string) error {
	fs := newFlagSet("version", "mailcheck version", "Print mailcheck's version and the Go version it was built with.")
	if err := fs.parse(args, e.Stdout); err != nil {
		return err
	}
	if fs.NArg() > 0 {
		return fs.usageErr("unexpected argument %q", fs.Arg(0))
	}
	fmt.Fprintf(e.Stdout, "mailcheck %s %s\n", moduleVersion(), runtime.Version())
	return nil
}

func moduleVersion() string {
	bi, ok := debug.ReadBuildInfo()
	if !ok || bi.Main.Version == "" || bi.Main.Version == "(devel)" {
		return "devel"
	}
	return bi.Main.Version
}
