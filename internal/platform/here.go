package platform

import (
	"os"
	"runtime"
)

// Here describes the computer this program runs on.
func Here() System {
	mounts, _ := os.ReadFile("/proc/mounts") // only Linux has it; elsewhere empty
	return System{GOOS: runtime.GOOS, Getenv: os.Getenv, Mounts: string(mounts), RemoteDrives: remoteDrives()}
}
