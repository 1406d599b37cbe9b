package storage

import (
	"fmt"
	"io/fs"
	"testing"

	"golang.org/x/sys/windows"
)

// Windows says a disk is full by ERROR_DISK_FULL or ERROR_HANDLE_DISK_FULL,
// never by ENOSPC: both count, wrapped as os does.
func TestDiskFullOnWindows(t *testing.T) {
	for _, code := range []error{windows.ERROR_DISK_FULL, windows.ERROR_HANDLE_DISK_FULL} {
		err := fmt.Errorf("saving: %w", &fs.PathError{Op: "write", Path: `C:\plans.db`, Err: code})
		if !diskFull(err) {
			t.Errorf("%v is not taken for a full disk", err)
		}
	}
	if diskFull(&fs.PathError{Op: "open", Path: `C:\plans.db`, Err: windows.ERROR_ACCESS_DENIED}) {
		t.Error("access denied is taken for a full disk")
	}
}
