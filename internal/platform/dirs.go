// Package platform holds what differs between operating systems as pure
// functions of the system's name and environment: where Fyne keeps an app's
// storage, and whether a folder is synced or on a network share.
package platform

import (
	"errors"
	"strings"
)

// StorageRoot is the folder Fyne 2.7.1's desktop driver uses as
// Storage().RootURI() for the app ID on the system goos (runtime.GOOS),
// computed the way fyne/internal/app's rootConfigDir does:
//
//	windows  %USERPROFILE%\AppData\Roaming\fyne\ID
//	darwin   $HOME/Library/Preferences/fyne/ID
//	linux, *bsd  $XDG_CONFIG_HOME/fyne/ID, else $HOME/.config/fyne/ID
func StorageRoot(appID, goos string, getenv func(string) string) (string, error) {
	var base []string
	switch goos {
	case "windows":
		base = []string{getenv("USERPROFILE"), "AppData", "Roaming"}
	case "darwin":
		base = []string{getenv("HOME"), "Library", "Preferences"}
	case "linux", "freebsd", "openbsd", "netbsd":
		base = []string{getenv("XDG_CONFIG_HOME")}
		if base[0] == "" {
			base = []string{getenv("HOME"), ".config"}
		} else if !strings.HasPrefix(base[0], "/") {
			return "", errors.New("XDG_CONFIG_HOME is not an absolute path")
		}
	default:
		return "", errors.New("this system's settings folder is unknown to Regionplan")
	}
	if base[0] == "" {
		return "", errors.New("the home folder is not set")
	}
	return join(goos, append(base, "fyne", appID)...), nil
}

// join joins path elements with the separator of the system goos, as
// filepath.Join does there, so that another system's paths can be computed
// and tested on this one.
func join(goos string, elem ...string) string {
	sep := "/"
	if goos == "windows" {
		sep = `\`
	}
	out := strings.TrimRight(elem[0], sep)
	for _, e := range elem[1:] {
		out += sep + strings.Trim(e, sep)
	}
	return out
}
