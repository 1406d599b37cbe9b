// Package buildtags tells a program or test the build tags it was built
// with, so that the programs it builds are built the same way: the
// Makefile's TAGS stays the one place the tags are written.
package buildtags

import "runtime/debug"

// Current returns the -tags the running program or test binary was built
// with, comma-separated as go build records them, or "" for none.
func Current() string {
	info, ok := debug.ReadBuildInfo()
	if !ok {
		return ""
	}
	for _, s := range info.Settings {
		if s.Key == "-tags" {
			return s.Value
		}
	}
	return ""
}
