package fleet

import (
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
)

// maxStateFile caps what a ledger or state file may hold when read back:
// a few hundred bytes per account, so 64 MiB is well over 100,000
// accounts, and a file grown by mistake is refused instead of read into
// memory.
const maxStateFile = 64 << 20

// stateFile is a small JSON file shared by runs that may overlap. Every
// update takes an exclusive flock on a sidecar "FILE.lock" (the data file
// itself is replaced by rename, so a lock on it would be lost), reads the
// current contents, merges, writes a temporary file in the same directory
// with mode 0600, and renames it over the old one, so a reader sees the old
// file or the new one, never half of one.
type stateFile struct {
	path string
}

// locked runs fn holding the exclusive lock on the sidecar FILE.lock.
func (sf stateFile) locked(fn func() error) error {
	lf, err := os.OpenFile(sf.path+".lock", os.O_RDWR|os.O_CREATE, 0o600)
	if err != nil {
		return fmt.Errorf("fleet: lock %s: %w", sf.path, err)
	}
	defer lf.Close()
	if err := lockFile(lf); err != nil {
		return fmt.Errorf("fleet: lock %s: %w", sf.path, err)
	}
	defer func() { _ = unlockFile(lf) }()
	return fn()
}

// update runs fn on the file's current contents (nil when it does not
// exist yet) under the lock, and writes what fn returns.
func (sf stateFile) update(fn func(old []byte) (any, error)) error {
	return sf.locked(func() error {
		old, err := sf.read()
		if err != nil {
			return err
		}
		v, err := fn(old)
		if err != nil || v == nil {
			return err
		}
		data, err := json.MarshalIndent(v, "", " ")
		if err != nil {
			return fmt.Errorf("fleet: encode %s: %w", sf.path, err)
		}
		return sf.write(append(data, '\n'))
	})
}

// read returns the file's contents, nil when it does not exist.
func (sf stateFile) read() ([]byte, error) {
	f, err := os.Open(sf.path)
	if errors.Is(err, fs.ErrNotExist) {
		return nil, nil
	}
	if err != nil {
		return nil, fmt.Errorf("fleet: %w", err)
	}
	defer f.Close()
	data, err := io.ReadAll(io.LimitReader(f, maxStateFile+1))
	if err != nil {
		return nil, fmt.Errorf("fleet: read %s: %w", sf.path, err)
	}
	if len(data) > maxStateFile {
		return nil, fmt.Errorf("fleet: %s is larger than %d MiB; not a mailcheck state file", sf.path, maxStateFile>>20)
	}
	return data, nil
}

func (sf stateFile) write(data []byte) error {
	tmp, err := os.CreateTemp(filepath.Dir(sf.path), "."+filepath.Base(sf.path)+".*.tmp")
	if err != nil {
		return fmt.Errorf("fleet: write %s: %w", sf.path, err)
	}
	name := tmp.Name()
	ok := false
	defer func() {
		if !ok {
			tmp.Close()
			os.Remove(name)
		}
	}()
	// CreateTemp already uses 0600; Chmod makes it so under any umask.
	if err := tmp.Chmod(0o600); err != nil {
		return fmt.Errorf("fleet: write %s: %w", sf.path, err)
	}
	if _, err := tmp.Write(data); err != nil {
		return fmt.Errorf("fleet: write %s: %w", sf.path, err)
	}
	if err := tmp.Close(); err != nil {
		return fmt.Errorf("fleet: write %s: %w", sf.path, err)
	}
	if err := os.Rename(name, sf.path); err != nil {
		return fmt.Errorf("fleet: write %s: %w", sf.path, err)
	}
	ok = true
	return nil
}
