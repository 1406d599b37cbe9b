package app

import (
	"fmt"
	"slices"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"regionplan/app/widgets"
)

// preferenceTheme keeps the theme mode chosen in the View menu.
const preferenceTheme = "theme"

var (
	shortcutNew      = &desktop.CustomShortcut{KeyName: fyne.KeyN, Modifier: fyne.KeyModifierShortcutDefault}
	shortcutOverview = &desktop.CustomShortcut{KeyName: fyne.KeyW, Modifier: fyne.KeyModifierShortcutDefault}
	shortcutNext     = &desktop.CustomShortcut{KeyName: fyne.KeyPageDown, Modifier: fyne.KeyModifierShortcutDefault}
	shortcutPrev     = &desktop.CustomShortcut{KeyName: fyne.KeyPageUp, Modifier: fyne.KeyModifierShortcutDefault}
	stageKeys        = []fyne.KeyName{fyne.Key1, fyne.Key2, fyne.Key3, fyne.Key4, fyne.Key5, fyne.Key6, fyne.Key7, fyne.Key8}
)

// The window's keyboard shortcuts (new plan, all plans, the stages) are its
// menu items' shortcuts: the desktop driver tries the main menu before the
// focused widget, so they work while a text field has the focus.

// stageMenuItems are the View menu's stage items, Ctrl+1 … Ctrl+8, and the
// next and previous stage, Ctrl+PageDown and Ctrl+PageUp.
func (u *UI) stageMenuItems() []*fyne.MenuItem {
	var items []*fyne.MenuItem
	for i, st := range u.guide.Stages {
		it := fyne.NewMenuItem(fmt.Sprintf("%d. %s", i+1, st.Title), func() {
			if u.plan != nil {
				u.plan.selectStage(i)
			}
		})
		if i < len(stageKeys) {
			it.Shortcut = &desktop.CustomShortcut{KeyName: stageKeys[i], Modifier: fyne.KeyModifierShortcutDefault}
		}
		items = append(items, it)
	}
	next := fyne.NewMenuItem(lang.L("Next stage"), func() { u.stepStage(1) })
	next.Shortcut = shortcutNext
	prev := fyne.NewMenuItem(lang.L("Previous stage"), func() { u.stepStage(-1) })
	prev.Shortcut = shortcutPrev
	return append(items, fyne.NewMenuItemSeparator(), next, prev)
}

// themeMenuItem chooses light, dark or the system's theme, and remembers it.
func (u *UI) themeMenuItem() *fyne.MenuItem {
	names := map[widgets.ThemeMode]string{widgets.ThemeLight: lang.L("Light"), widgets.ThemeDark: lang.L("Dark"), widgets.ThemeSystem: lang.L("As the system")}
	current := widgets.ThemeMode(u.app.Preferences().StringWithFallback(preferenceTheme, string(widgets.ThemeLight)))
	items := make([]*fyne.MenuItem, len(widgets.ThemeModes))
	for i, m := range widgets.ThemeModes {
		items[i] = fyne.NewMenuItem(names[m], func() { u.setTheme(m) })
		items[i].Checked = m == current
	}
	it := fyne.NewMenuItem(lang.L("Theme"), nil)
	it.ChildMenu = fyne.NewMenu("", items...)
	return it
}

// setTheme shows the window in mode and keeps it for the next start.
func (u *UI) setTheme(m widgets.ThemeMode) {
	u.app.Preferences().SetString(preferenceTheme, string(m))
	u.app.Settings().SetTheme(widgets.NewTheme(m))
	u.win.SetMainMenu(u.mainMenu())
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
		{"Enter", lang.L("Confirm the dialog")},
		{"Escape", lang.L("Close the dialog, or leave the field")},
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

// Escape closes the window's topmost dialog or pop-up, or when there is
// none leaves the field that has the focus. It reports whether it did
// either. The window calls it for Escape pressed with nothing focused; the
// desktop window also calls it when a field has the focus, since Fyne hands
// Escape to that field, which ignores it (see internal/escapekey).
func (u *UI) Escape() bool {
	c := u.win.Canvas()
	if top := c.Overlays().Top(); top != nil {
		if !closeOverlay(top) {
			return false
		}
		c.Unfocus()
		return true
	}
	if c.Focused() == nil {
		return false
	}
	c.Unfocus()
	return true
}

// onTypedKey handles the keys typed with no widget focused: Escape, and
// Enter, which confirms the top dialog as its main button does (a dialog of
// choices only, such as a new decision's kind, has no field to press it in).
func (u *UI) onTypedKey(ev *fyne.KeyEvent) {
	switch ev.Name {
	case fyne.KeyEscape:
		u.Escape()
	case fyne.KeyReturn, fyne.KeyEnter:
		u.confirmDialog()
	}
}

// confirmDialog taps the top dialog's main button, and reports whether
// there was one to tap.
func (u *UI) confirmDialog() bool {
	row, ok := dialogButtons(u.win.Canvas().Overlays().Top())
	if !ok {
		return false
	}
	for _, b := range row {
		if b.Importance == widget.HighImportance && !b.Disabled() && b.OnTapped != nil {
			b.OnTapped()
			return true
		}
	}
	return false
}

// dialogButtons returns the buttons in the row of o, when o is a dialog.
func dialogButtons(o fyne.CanvasObject) ([]*widget.Button, bool) {
	pop, ok := o.(*widget.PopUp)
	if !ok {
		return nil, false
	}
	box, ok := pop.Content.(*fyne.Container)
	if !ok || len(box.Objects) != 5 { // not a dialog: image, background, content, buttons, title
		return nil, false
	}
	return rowButtons(box.Objects[3]), true
}

// closeOverlay closes a dialog as its dismiss button does (Cancel, Close,
// No, or its only button), or hides a pop-up that is not a dialog, such as
// an open drop-down. A dialog with no such button, like a progress bar,
// stays; closeOverlay reports whether anything closed.
func closeOverlay(o fyne.CanvasObject) bool {
	row, ok := dialogButtons(o)
	if !ok {
		o.Hide()
		return true
	}
	if b := dismissButton(row); b != nil && !b.Disabled() && b.OnTapped != nil {
		b.OnTapped()
		return true
	}
	return false
}

// dismissButton picks the button that closes a dialog without acting from
// its row of buttons: the one with the cancel icon, the only one, or the one
// that says Cancel, Close, No or Stay; nil when there is none.
func dismissButton(row []*widget.Button) *widget.Button {
	if len(row) == 1 {
		return row[0]
	}
	cancel := theme.CancelIcon().Name()
	words := []string{lang.L("Cancel"), lang.L("Close"), lang.L("No"), lang.L("Stay")}
	for _, b := range row {
		if (b.Icon != nil && b.Icon.Name() == cancel) || slices.Contains(words, b.Text) {
			return b
		}
	}
	return nil
}

// rowButtons returns the buttons in a dialog's button row, in order.
func rowButtons(o fyne.CanvasObject) []*widget.Button {
	var out []*widget.Button
	var walk func(o fyne.CanvasObject)
	walk = func(o fyne.CanvasObject) {
		switch w := o.(type) {
		case *widget.Button:
			out = append(out, w)
		case *fyne.Container:
			for _, c := range w.Objects {
				walk(c)
			}
		}
	}
	walk(o)
	return out
}
