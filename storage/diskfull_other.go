//go:build !windows

package storage

import "syscall"

// diskFullCodes are the codes by which the system says the disk is full.
var diskFullCodes = []syscall.Errno{syscall.ENOSPC}
