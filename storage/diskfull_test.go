package storage

import (
	"errors"
	"fmt"
	"io/fs"
	"syscall"
	"testing"
)

// The full-disk classifier knows a code however it arrives: bare, in a path
// error wrapped with %w, or as text only (bbolt's backup copy), and nothing
// else counts. Windows's codes are tried here by number, so the test runs
// on every system; diskfull_windows_test.go checks Windows's own list.
func TestDiskFullBy(t *testing.T) {
	windows := []syscall.Errno{112, 39} // ERROR_DISK_FULL, ERROR_HANDLE_DISK_FULL
	unix := []syscall.Errno{syscall.ENOSPC}
	path := func(err error) error {
		return fmt.Errorf("saving: %w", &fs.PathError{Op: "write", Path: "plans.db", Err: err})
	}
	cases := []struct {
		name  string
		codes []syscall.Errno
		err   error
		full  bool
	}{
		{"nothing", windows, nil, false},
		{"ERROR_DISK_FULL", windows, syscall.Errno(112), true},
		{"ERROR_DISK_FULL in a path error", windows, path(syscall.Errno(112)), true},
		{"ERROR_HANDLE_DISK_FULL in a path error", windows, path(syscall.Errno(39)), true},
		{"ERROR_DISK_FULL as text", windows, errors.New("backup: " + syscall.Errno(112).Error()), true},
		{"ENOSPC where Windows codes are asked", windows, path(syscall.ENOSPC), false},
		{"access denied on Windows", windows, path(syscall.Errno(5)), false},
		{"ENOSPC", unix, path(syscall.ENOSPC), true},
		{"ENOSPC as text", unix, fmt.Errorf("copy: %v", syscall.ENOSPC), true},
		{"ERROR_DISK_FULL where ENOSPC is asked", unix, path(syscall.Errno(112)), false},
		{"permission", unix, path(syscall.EACCES), false},
	}
	for _, c := range cases {
		if got := diskFullBy(c.err, c.codes); got != c.full {
			t.Errorf("%s: %v is full: %v, want %v", c.name, c.err, got, c.full)
		}
	}
	if !diskFull(path(diskFullCodes[0])) {
		t.Errorf("this system's first code for a full disk, %v, is not taken for one", diskFullCodes[0])
	}
}
