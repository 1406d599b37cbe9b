package storage

import (
	"errors"
	"os"

	"golang.org/x/sys/windows"
)

// tryLock takes, without waiting, the exclusive lock bbolt takes on a plan
// file on Windows: LockFileEx on the one byte at offset 2^64-1, so that the
// lock never stops reads of the file's pages. It returns errLockHeld when
// another open file holds it.
func tryLock(f *os.File) error {
	const last = ^uint32(0) // offset -1, as bbolt's bolt_windows.go
	err := windows.LockFileEx(windows.Handle(f.Fd()),
		windows.LOCKFILE_EXCLUSIVE_LOCK|windows.LOCKFILE_FAIL_IMMEDIATELY, 0, 1, 0,
		&windows.Overlapped{Offset: last, OffsetHigh: last})
	if errors.Is(err, windows.ERROR_LOCK_VIOLATION) {
		return errLockHeld
	}
	return err
}
