//go:build !unix

package realserver

import (
	"os"
	"os/exec"
)

// Dovecot and Postfix run only on Unix; Start finds neither elsewhere and
// the tests skip. These keep the package building (go vet ./... on
// Windows) for the little it can do there: end the one process it started.

func setProcessGroup(*exec.Cmd) {}

func stopGroup(pid int, done <-chan struct{}) {
	if p, err := os.FindProcess(pid); err == nil {
		_ = p.Kill()
	}
	if done != nil {
		<-done
	}
}
