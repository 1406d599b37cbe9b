package app

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/widget"

	"regionplan/app/widgets"
	"regionplan/wizard"
)

// Languages lists the interface languages: bokmål, nynorsk and English.
var Languages = []string{"nb", "nn", "en"}

// languageNames are the languages' names in themselves, as a choice shows them.
var languageNames = map[string]string{"nb": "Bokmål", "nn": "Nynorsk", "en": "English"}

// preferenceLanguage is the preference key that remembers the chosen language.
const preferenceLanguage = "language"

// PreferredLanguage returns the language chosen earlier in the app, or
// bokmål when none was.
func PreferredLanguage(a fyne.App) string {
	code := a.Preferences().StringWithFallback(preferenceLanguage, "nb")
	if _, ok := languageNames[code]; !ok {
		return "nb"
	}
	return code
}

var currentLanguage = "nb"

// SetLanguage makes code ("nb", "nn" or "en") the interface language,
// whatever the system locale says, and loads the embedded translations.
// Screens built before the call keep their old texts.
func SetLanguage(code string) error {
	currentLanguage = code
	return widgets.SetLanguage(code)
}

// switchLanguage makes code the interface language at once: it loads the
// guide in it, remembers the choice, and builds the menu and the screen
// anew, keeping the plan and stage that were open.
func (u *UI) switchLanguage(code string) error {
	if err := SetLanguage(code); err != nil {
		return err
	}
	g, err := wizard.Load(code)
	if err != nil {
		return err
	}
	u.guide = g
	u.app.Preferences().SetString(preferenceLanguage, code)
	u.win.SetMainMenu(u.mainMenu())
	if u.plan == nil {
		u.showStart()
		return nil
	}
	id, stage, tab := u.plan.plan.ID, u.plan.stage, u.plan.tab
	u.openPlan(id)
	if u.plan != nil {
		u.plan.tab = tab
		if stage >= 0 {
			u.plan.selectStage(stage)
		} else {
			u.plan.show(stage)
		}
	}
	return nil
}

// languageDialog lets the user choose the interface language. Documents
// keep following each municipality's or the plan's written standard.
func (u *UI) languageDialog() {
	codes := Languages
	names := make([]string, len(codes))
	for i, c := range codes {
		names[i] = languageNames[c]
	}
	choice := widget.NewRadioGroup(names, nil)
	choice.SetSelected(languageNames[currentLanguage])
	choice.Required = true
	note := widgets.Wrapped(lang.L("The documents for the councils keep following each municipality's written standard, whatever language the screen is in."))
	dialog.ShowCustomConfirm(lang.L("Language"), lang.L("OK"), lang.L("Cancel"), container.NewVBox(choice, note), func(ok bool) {
		if !ok {
			return
		}
		for i, n := range names {
			if n == choice.Selected && codes[i] != currentLanguage {
				if err := u.switchLanguage(codes[i]); err != nil {
					u.showError(err)
				}
			}
		}
	}, u.win)
}
