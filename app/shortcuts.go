package app

import (
	"fmt"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/widget"
)

var (
	shortcutNew      = &desktop.CustomShortcut{KeyName: fyne.KeyN, Modifier: fyne.KeyModifierShortcutDefault}
	shortcutOverview = &desktop.CustomShortcut{KeyName: fyne.KeyW, Modifier: fyne.KeyModifierShortcutDefault}
	shortcutNext     = &desktop.CustomShortcut{KeyName: fyne.KeyPageDown, Modifier: fyne.KeyModifierShortcutDefault}
	shortcutPrev     = &desktop.CustomShortcut{KeyName: fyne.KeyPageUp, Modifier: fyne.KeyModifierShortcutDefault}
	stageKeys        = []fyne.KeyName{fyne.Key1, fyne.Key2, fyne.Key3, fyne.Key4, fyne.Key5, fyne.Key6, fyne.Key7, fyne.Key8}
)

// addShortcuts binds the window's keyboard shortcuts: new plan, back to all
// plans, and stage switching by number or to the next and previous stage.
func (u *UI) addShortcuts() {
	c := u.win.Canvas()
	c.AddShortcut(shortcutNew, func(fyne.Shortcut) { u.newPlanDialog() })
	c.AddShortcut(shortcutOverview, func(fyne.Shortcut) { u.showStart() })
	c.AddShortcut(shortcutNext, func(fyne.Shortcut) { u.stepStage(1) })
	c.AddShortcut(shortcutPrev, func(fyne.Shortcut) { u.stepStage(-1) })
	for i, k := range stageKeys {
		c.AddShortcut(&desktop.CustomShortcut{KeyName: k, Modifier: fyne.KeyModifierShortcutDefault},
			func(fyne.Shortcut) {
				if u.plan != nil {
					u.plan.selectStage(i)
				}
			})
	}
}

func (u *UI) stepStage(delta int) {
	if u.plan != nil {
		u.plan.selectStage(u.plan.stage + delta)
	}
}

func (u *UI) shortcutsDialog() {
	rows := [][2]string{
		{"Ctrl+N", lang.L("New plan")},
		{"Ctrl+W", lang.L("Back to all plans")},
		{"Ctrl+1 … Ctrl+8", lang.L("Go to stage 1 to 8")},
		{"Ctrl+PageDown", lang.L("Next stage")},
		{"Ctrl+PageUp", lang.L("Previous stage")},
		{"Tab / Shift+Tab", lang.L("Next / previous field")},
		{"Space", lang.L("Tick or untick the focused box")},
	}
	form := widget.NewForm()
	for _, r := range rows {
		form.Append(r[0], widget.NewLabel(r[1]))
	}
	dialog.ShowCustom(lang.L("Keyboard shortcuts"), lang.L("Close"), container.NewPadded(form), u.win)
}

func (u *UI) aboutDialog() {
	md := widget.NewLabel(fmt.Sprintf("Regionplan %s\n\n%s", u.app.Metadata().Version,
		lang.L("A planning assistant for municipalities that make a shared regional business plan. It follows the eight stages of the guide from the city-region programme and keeps your plans in a file on this computer.")))
	md.Wrapping = fyne.TextWrapWord
	path := widget.NewLabel(lang.L("Plan file: {{.Path}}", map[string]any{"Path": u.store.Path()}))
	path.Wrapping = fyne.TextWrapBreak
	credits := widget.NewLabel(lang.L("The municipality register (1 January 2024) holds numbers, names and counties from Kartverket (© Kartverket, CC BY 4.0), compiled by github.com/robhop/fylker-og-kommuner; population and language decisions from github.com/aprestmo/norway-geodata (MIT licence, Copyright (c) 2025 Alexander Prestmo); the population figures are Statistics Norway's (Kilde: Statistisk sentralbyrå, NLOD 2.0 / CC BY 4.0). Only the language decisions' totals per county were checked against Språkrådet; correct any value in your plan."))
	credits.Wrapping = fyne.TextWrapWord
	box := container.NewVBox(md, path, widget.NewSeparator(), credits)
	d := dialog.NewCustom(lang.L("About Regionplan"), lang.L("Close"), box, u.win)
	d.Resize(fyne.NewSize(560, 460))
	d.Show()
}
