//go:build !windows

package platform

// remoteDrives is empty here: only Windows has drive letters.
func remoteDrives() []string { return nil }
