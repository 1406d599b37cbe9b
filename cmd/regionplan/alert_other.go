//go:build !windows

package main

// showAlert does nothing here: there is no message box without the window's
// toolkit, and the same words go to stderr and the log file.
func showAlert(title, text string) {}
