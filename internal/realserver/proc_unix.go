//go:build unix

package realserver

import (
	"errors"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"syscall"
	"time"
)

// setProcessGroup starts cmd in a process group of its own, so stop can
// signal the server and every process it forks.
func setProcessGroup(cmd *exec.Cmd) {
	cmd.SysProcAttr = &syscall.SysProcAttr{Setpgid: true}
}

// stopGroup sends SIGTERM to process group pgid, SIGKILL after termGrace,
// and waits (killWait at most) until no member is left running. If done is
// not nil, it also waits for it to be closed: the leader is our child and
// must be reaped. A process group ID is not reused while any member exists,
// so signalling it after the leader has exited is safe.
func stopGroup(pgid int, done <-chan struct{}) {
	waitGroupGone(pgid, syscall.SIGTERM, termGrace)
	waitGroupGone(pgid, syscall.SIGKILL, killWait)
	if done != nil {
		<-done
	}
}

// waitGroupGone sends sig to group pgid and waits up to timeout until no
// member runs. It repeats the signal every 50 ms: a server may fork a
// process (Dovecot replacing a login process, say) just after the signal.
func waitGroupGone(pgid int, sig syscall.Signal, timeout time.Duration) {
	for deadline := time.Now().Add(timeout); time.Now().Before(deadline); {
		syscall.Kill(-pgid, sig)
		for range 5 {
			if !groupRunning(pgid) {
				return
			}
			time.Sleep(10 * time.Millisecond)
		}
	}
}

// groupRunning reports whether a process of group pgid is running. Zombies do
// not count: orphans are reaped by init, which may take a second or more
// (Postfix's children outlive master as zombies until then).
func groupRunning(pgid int) bool {
	if errors.Is(syscall.Kill(-pgid, 0), syscall.ESRCH) {
		return false
	}
	entries, err := os.ReadDir("/proc")
	if err != nil {
		return true // no /proc: trust kill, which counts zombies
	}
	for _, e := range entries {
		if _, err := strconv.Atoi(e.Name()); err != nil {
			continue
		}
		stat, err := os.ReadFile(filepath.Join("/proc", e.Name(), "stat"))
		if err != nil {
			continue // exited meanwhile
		}
		state, group, ok := parseStat(string(stat))
		if ok && group == pgid && state != "Z" && state != "X" {
			return true
		}
	}
	return false
}
