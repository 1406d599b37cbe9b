//go:build !windows

package main

// useParentConsole does nothing here: only Windows starts a GUI-subsystem
// program without the console it was started from.
func useParentConsole() {}
