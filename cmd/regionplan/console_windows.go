package main

import (
	"os"

	"golang.org/x/sys/windows"
)

// attachParentProcess is ATTACH_PARENT_PROCESS, (DWORD)-1.
const attachParentProcess = ^uint32(0)

var procAttachConsole = windows.NewLazySystemDLL("kernel32.dll").NewProc("AttachConsole")

// useParentConsole lets a command print to the console it was started from:
// the exe is built for the GUI subsystem (-H=windowsgui), so Windows gives it
// no console of its own. Output already redirected to a file or pipe is left
// as it is; without a parent console nothing changes.
func useParentConsole() {
	if r, _, _ := procAttachConsole.Call(uintptr(attachParentProcess)); r == 0 {
		return
	}
	reopen(&os.Stdout, windows.STD_OUTPUT_HANDLE)
	reopen(&os.Stderr, windows.STD_ERROR_HANDLE)
}

// reopen points *f and the process's standard handle std at the attached
// console, unless the handle already leads somewhere.
func reopen(f **os.File, std uint32) {
	if h, err := windows.GetStdHandle(std); err == nil && h != 0 {
		if t, err := windows.GetFileType(h); err == nil && t != windows.FILE_TYPE_UNKNOWN {
			return
		}
	}
	con, err := os.OpenFile("CONOUT$", os.O_WRONLY, 0)
	if err != nil {
		return
	}
	windows.SetStdHandle(std, windows.Handle(con.Fd()))
	*f = con
}
