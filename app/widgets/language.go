package widgets

import (
	"fmt"
	"os"
	"sync"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/lang"

	"regionplan/assets"
)

// loadMu guards loaded, the languages whose translations Fyne has been given:
// each is parsed the first time it is set, so a start parses only the one shown.
var (
	loadMu sync.Mutex
	loaded = map[string]bool{}
)

// SetLanguage makes code ("nb", "nn" or "en") the interface language,
// whatever the system locale says, and loads its embedded translations.
// Fyne 2.7.1 has no call to choose a language: it reads the locale from the
// environment when translations are added, so this is the one place that
// sets LANGUAGE (and LC_ALL where the locale "C" would make LANGUAGE ignored).
// Screens built before the call keep their old texts.
func SetLanguage(code string) error {
	loadMu.Lock()
	defer loadMu.Unlock()
	// Adding a file is what makes Fyne read the locale again, so a language
	// loaded before gets its small file of Fyne's own strings once more.
	names := []string{"fyne." + code + ".json"}
	if !loaded[code] {
		names = append([]string{"app." + code + ".json"}, names...)
	}
	files := make([][]byte, len(names))
	for i, name := range names {
		data, err := assets.Translations.ReadFile("translations/" + name)
		if err != nil {
			return fmt.Errorf("there are no translations for the language %q: %w", code, err)
		}
		files[i] = data
	}
	os.Setenv("LANGUAGE", code)
	for _, v := range []string{"LC_ALL", "LC_MESSAGES", "LANG"} {
		if val := os.Getenv(v); val != "" {
			if val == "C" || val == "POSIX" {
				os.Setenv("LC_ALL", code)
			}
			break
		}
	}
	for i, data := range files {
		if err := lang.AddTranslationsForLocale(data, fyne.Locale(code)); err != nil {
			return fmt.Errorf("the translations in %s cannot be read: %w", names[i], err)
		}
	}
	loaded[code] = true
	return nil
}
