// Package cleanlocale sets LANGUAGE when the process runs under a "C.*"
// locale, as on bare servers and in CI, before Fyne's translation package
// loads. That package reads the locale in its own init and logs three lines
// of parse errors for "C.UTF-8" — noise on stderr where the command line
// promises one sentence. Go initialises packages in import-path order among
// those whose imports are ready, and this one imports only os, so it runs
// before fyne.io/fyne/v2/lang (which waits for text/template); the command's
// tests check that stderr stays clean.
package cleanlocale

import (
	"os"
	"strings"
)

func init() {
	if os.Getenv("LANGUAGE") != "" {
		return
	}
	for _, v := range []string{"LC_ALL", "LC_MESSAGES", "LANG"} {
		if locale := os.Getenv(v); locale != "" {
			if strings.HasPrefix(locale, "C.") {
				os.Setenv("LANGUAGE", "nb")
			}
			return
		}
	}
}
