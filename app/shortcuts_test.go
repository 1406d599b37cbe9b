package app

import (
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"regionplan/app/widgets"
	"regionplan/internal/uitest"
)

// press delivers a shortcut as Fyne's desktop driver does (glfw window.go,
// triggersShortcut): the main menu's items first, then the focused widget
// if it takes shortcuts, and only then the canvas.
func press(u *UI, sc fyne.Shortcut) {
	for _, m := range u.win.MainMenu().Items {
		for _, it := range m.Items {
			if it.Shortcut != nil && it.Shortcut.ShortcutName() == sc.ShortcutName() && it.Action != nil {
				it.Action()
				return
			}
		}
	}
	if f, ok := u.win.Canvas().Focused().(fyne.Shortcutable); ok {
		f.TypedShortcut(sc)
		return
	}
	u.win.Canvas().(fyne.Shortcutable).TypedShortcut(sc)
}

// Ctrl+1 … Ctrl+8 and Ctrl+PageDown switch stages while a text field has
// the focus, as they do without.
func TestStageShortcutsFromInsideAField(t *testing.T) {
	u, _ := newTestUI(t)
	u.addExample("hallingdal")
	focusAnEntry := func() {
		t.Helper()
		u.plan.show(settingsView) // the plan's facts: text fields only
		es := uitest.FindAll[*widget.Entry](u.plan.body)
		if len(es) == 0 {
			t.Fatal("the stage has no text field")
		}
		u.win.Canvas().Focus(es[0])
		if u.win.Canvas().Focused() != es[0] {
			t.Fatal("the field did not take the focus")
		}
	}
	focusAnEntry()
	press(u, &desktop.CustomShortcut{KeyName: fyne.Key3, Modifier: fyne.KeyModifierShortcutDefault})
	if u.plan.stage != 2 {
		t.Fatalf("Ctrl+3 in a field: stage %d shown, want 2", u.plan.stage)
	}
	focusAnEntry()
	press(u, shortcutNext)
	if u.plan.stage != 0 {
		t.Errorf("Ctrl+PageDown in the plan's facts: stage %d shown, want 1", u.plan.stage)
	}
}

// The theme is light unless the user chose otherwise, and the choice is
// kept for the next start.
func TestThemeChoice(t *testing.T) {
	u, _ := newTestUI(t)
	// Asked as a dark system asks: is the background dark?
	dark := func() bool {
		return u.app.Settings().Theme().Color(theme.ColorNameBackground, theme.VariantDark) == theme.DefaultTheme().Color(theme.ColorNameBackground, theme.VariantDark)
	}
	if dark() {
		t.Errorf("the default theme is dark on a dark system; want light")
	}
	u.setTheme(widgets.ThemeDark)
	if !dark() || u.app.Preferences().String(preferenceTheme) != "dark" {
		t.Errorf("Mørkt not shown or not kept")
	}
	u.setTheme(widgets.ThemeSystem)
	if !dark() {
		t.Errorf("Som systemet on a dark system is not dark")
	}
	u.setTheme(widgets.ThemeLight)
	if dark() {
		t.Errorf("Lyst is dark")
	}
}

// Enter confirms a dialog of choices only, which has no field to press it
// in, as its main button does; with no dialog open Enter does nothing.
func TestEnterConfirmsADialogOfChoices(t *testing.T) {
	u, _ := newTestUI(t)
	c := u.win.Canvas()
	c.OnTypedKey()(&fyne.KeyEvent{Name: fyne.KeyReturn}) // no dialog: nothing to do, nothing breaks
	kind := widget.NewRadioGroup([]string{"Oppstart av planarbeid", "Vedtak av planen"}, nil)
	kind.SetSelected("Vedtak av planen")
	created := ""
	widgets.ShowFormDialog(u.win, "Nytt vedtak", "Opprett", widget.NewForm(widget.NewFormItem("Type vedtak", kind)), func() error {
		created = kind.Selected
		return nil
	})
	if c.Focused() != nil {
		t.Fatalf("%T has the focus; the canvas would not get the key", c.Focused())
	}
	c.OnTypedKey()(&fyne.KeyEvent{Name: fyne.KeyReturn})
	if created != "Vedtak av planen" || c.Overlays().Top() != nil {
		t.Errorf("Enter created %q, the dialog open: %v", created, c.Overlays().Top() != nil)
	}
}
