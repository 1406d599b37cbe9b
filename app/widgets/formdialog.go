package widgets

import (
	"strings"
	"unicode"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/widget"
)

// FormDialog shows form in a dialog with Cancel and a confirm button. On
// confirm (or Enter in a single-line field) apply runs; if it returns an
// error, the message is shown in the dialog, which stays open with
// everything typed, so nothing is lost.
type FormDialog struct {
	d      *dialog.CustomDialog
	win    fyne.Window
	height float32
	form   *widget.Form
	errMsg *widget.Label
	apply  func() error
}

// ShowFormDialog shows form in win under title, with confirm on its button,
// and returns the dialog.
func ShowFormDialog(win fyne.Window, title, confirm string, form *widget.Form, apply func() error) *FormDialog {
	f := &FormDialog{form: form, apply: apply, errMsg: widget.NewLabel(""), win: win}
	f.errMsg.Importance = widget.DangerImportance
	f.errMsg.Wrapping = fyne.TextWrapWord
	f.errMsg.Hide()
	for _, it := range form.Items {
		if e, ok := it.Widget.(*widget.Entry); ok && !e.MultiLine {
			e.OnSubmitted = func(string) { f.Submit() }
		}
	}
	// A form taller than the window scrolls, with the message kept in sight below it.
	var body fyne.CanvasObject = container.NewVBox(form, f.errMsg)
	height := form.MinSize().Height + 160
	if most := win.Canvas().Size().Height - 40; height > most && most > 300 {
		body = container.NewBorder(nil, f.errMsg, nil, nil, container.NewVScroll(form))
		height = most
	}
	f.d = dialog.NewCustomWithoutButtons(title, body, win)
	cancel := widget.NewButton(lang.L("Cancel"), f.d.Hide)
	ok := widget.NewButton(confirm, f.Submit)
	ok.Importance = widget.HighImportance
	f.d.SetButtons([]fyne.CanvasObject{cancel, ok})
	f.height = height
	f.d.Resize(fyne.NewSize(600, height))
	f.d.Show()
	if len(form.Items) > 0 {
		if e, ok := form.Items[0].Widget.(fyne.Focusable); ok {
			win.Canvas().Focus(e)
		}
	}
	return f
}

// Widen makes the dialog width wide, at most the window's width less a margin.
func (f *FormDialog) Widen(width float32) {
	if most := f.win.Canvas().Size().Width - 40; width > most {
		width = most
	}
	f.d.Resize(fyne.NewSize(width, f.height))
}

// Form is the dialog's form.
func (f *FormDialog) Form() *widget.Form { return f.form }

// Problem is the message the dialog shows after a refused confirm, or "" when none is shown.
func (f *FormDialog) Problem() string {
	if !f.errMsg.Visible() {
		return ""
	}
	return f.errMsg.Text
}

// Hide closes the dialog as its Cancel button does.
func (f *FormDialog) Hide() { f.d.Hide() }

// Submit confirms the dialog as its confirm button does. What a paste
// brought into its fields that a plan may not hold is cleaned first.
func (f *FormDialog) Submit() {
	for _, it := range f.form.Items {
		cleanEntries(it.Widget)
	}
	if err := f.apply(); err != nil {
		f.errMsg.SetText(MessageText(err))
		f.errMsg.Show()
		return
	}
	f.d.Hide()
}

// cleanEntries cleans the text of every entry in o, looking into containers.
func cleanEntries(o fyne.CanvasObject) {
	switch w := o.(type) {
	case *widget.Entry:
		if c := CleanText(w.Text, w.MultiLine); c != w.Text {
			w.SetText(c)
		}
	case *fyne.Container:
		for _, c := range w.Objects {
			cleanEntries(c)
		}
	}
}

// CleanText turns what a paste from a spreadsheet, a PDF or another system
// brings along into what the user meant: a tab becomes a space, a Windows or
// old Mac line break a line break (a space on one line), and other control
// or direction-changing characters, which nobody can see to remove, go.
func CleanText(s string, multiLine bool) string {
	if !strings.ContainsFunc(s, unwanted) {
		return s
	}
	s = strings.ReplaceAll(strings.ReplaceAll(s, "\r\n", "\n"), "\r", "\n")
	lineBreak := " "
	if multiLine {
		lineBreak = "\n"
	}
	return strings.Map(func(r rune) rune {
		switch {
		case r == '\n':
			return []rune(lineBreak)[0]
		case r == '\t':
			return ' '
		case unwanted(r):
			return -1
		}
		return r
	}, s)
}

// unwanted is a character a plan's text may not hold but a line break: a
// control character, or one that reverses the direction of the text around it.
func unwanted(r rune) bool {
	return r != '\n' && unicode.IsControl(r) || r >= 0x202A && r <= 0x202E || r >= 0x2066 && r <= 0x2069
}
