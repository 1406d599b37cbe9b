package main

import (
	"log"
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
	reopen(&os.Stdout, windows.STD_OUTPUT_HANDLE, "/dev/stdout")
	reopen(&os.Stderr, windows.STD_ERROR_HANDLE, "/dev/stderr")
	log.SetOutput(os.Stderr) // the logger kept the stderr of before
}

// reopen points *f at the process's standard handle std when that leads
// somewhere (a file, a pipe, or the console just attached), and otherwise
// at the attached console, opened anew and made the standard handle.
func reopen(f **os.File, std uint32, name string) {
	if h, err := windows.GetStdHandle(std); err == nil && h != 0 {
		if t, err := windows.GetFileType(h); err == nil && t != windows.FILE_TYPE_UNKNOWN {
			if *f == nil || windows.Handle((*f).Fd()) != h {
				*f = os.NewFile(uintptr(h), name)
			}
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
