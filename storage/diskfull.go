package storage

import (
	"errors"
	"strings"
	"syscall"
)

// diskFull reports whether err says the disk is full, by any of the
// system's codes for it (diskfull_windows.go, diskfull_other.go).
func diskFull(err error) bool { return diskFullBy(err, diskFullCodes) }

// diskFullBy reports whether err is, or wraps, one of codes. bbolt's backup
// copy passes the system's error on as text only, so the code's own text
// (in the system's language) counts as well.
func diskFullBy(err error, codes []syscall.Errno) bool {
	if err == nil {
		return false
	}
	for _, code := range codes {
		if errors.Is(err, code) || strings.Contains(err.Error(), code.Error()) {
			return true
		}
	}
	return false
}
