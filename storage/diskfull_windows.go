package storage

import (
	"syscall"

	"golang.org/x/sys/windows"
)

// diskFullCodes are the codes by which Windows says the disk is full:
// ERROR_DISK_FULL (112) from a write, ERROR_HANDLE_DISK_FULL (39) from a
// file grown past the free space, and the C library's ENOSPC.
var diskFullCodes = []syscall.Errno{windows.ERROR_DISK_FULL, windows.ERROR_HANDLE_DISK_FULL, syscall.ENOSPC}
