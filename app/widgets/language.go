package widgets

import (
	"os"
	"sync"

	"fyne.io/fyne/v2/lang"

	"regionplan/assets"
)

// translationOnce loads the embedded translations the first time a language is set.
var translationOnce sync.Once

// SetLanguage makes code ("nb", "nn" or "en") the interface language,
// whatever the system locale says, and loads the embedded translations.
// Fyne 2.7.1 has no call to choose a language: it reads the locale from the
// environment when translations are added, so this is the one place that
// sets LANGUAGE (and LC_ALL where the locale "C" would make LANGUAGE ignored).
// Screens built before the call keep their old texts.
func SetLanguage(code string) error {
	os.Setenv("LANGUAGE", code)
	for _, v := range []string{"LC_ALL", "LC_MESSAGES", "LANG"} {
		if val := os.Getenv(v); val != "" {
			if val == "C" || val == "POSIX" {
				os.Setenv("LC_ALL", code)
			}
			break
		}
	}
	var err error
	loaded := false
	translationOnce.Do(func() {
		err = lang.AddTranslationsFS(assets.Translations, "translations")
		loaded = true
	})
	if !loaded { // already loaded: add one file again so Fyne re-reads the locale
		data, rerr := assets.Translations.ReadFile("translations/app.nb.json")
		if rerr != nil {
			return rerr
		}
		err = lang.AddTranslationsForLocale(data, "nb")
	}
	return err
}
