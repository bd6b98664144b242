//go:build !unix

package fleet

import "os"

// lockFile is a no-op where flock is missing: within one process the
// file's mutex still serialises updates, but two runs at once may each
// miss the other's latest entries.
func lockFile(*os.File) error { return nil }

func unlockFile(*os.File) error { return nil }
