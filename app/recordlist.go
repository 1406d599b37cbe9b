package app

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"regionplan/planmodel"
)

// recordSpec says how a recordList shows and edits one kind of record.
type recordSpec[T any] struct {
	add      string                                    // the add button's text
	empty    string                                    // the hint while the list is empty
	newTitle string                                    // the dialog's title for a new record
	blank    func() T                                  // a new record before editing
	summary  func(T) (title, detail string)            // one row of the list
	form     func(T) (*widget.Form, func() (T, error)) // the dialog's form and how to read it back
	check    func(T) planmodel.Problems                // the record's validation
	extra    func(i int) []fyne.CanvasObject           // optional buttons of a row before edit and remove
	changed  func()                                    // optional, after any change to the list
}

// recordList shows one list of a plan's records as rows — a title, a line of
// detail, edit and remove buttons — with an add button below, and edits a
// record in a form dialog. Every stage tool's lists are recordLists.
type recordList[T any] struct {
	win     fyne.Window
	changed func() // tells the plan screen the plan changed
	items   *[]T
	spec    recordSpec[T]
	rows    *fyne.Container
	content fyne.CanvasObject
}

func newRecordList[T any](win fyne.Window, changed func(), items *[]T, spec recordSpec[T]) *recordList[T] {
	l := &recordList[T]{win: win, changed: changed, items: items, spec: spec, rows: container.NewVBox()}
	add := widget.NewButtonWithIcon(spec.add, theme.ContentAddIcon(), func() { l.edit(-1) })
	l.refresh()
	l.content = container.NewVBox(l.rows, container.NewHBox(add))
	return l
}

func (l *recordList[T]) refresh() {
	l.rows.Objects = nil // filled in one go below: Add would lay it out again each time
	defer l.rows.Refresh()
	if len(*l.items) == 0 {
		hint := wrapped(l.spec.empty)
		hint.Importance = widget.LowImportance
		l.rows.Objects = append(l.rows.Objects, hint)
	}
	for i, r := range *l.items {
		title, detail := l.spec.summary(r)
		t := widget.NewLabelWithStyle(title, fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
		t.Truncation = fyne.TextTruncateEllipsis
		d := widget.NewLabel(detail)
		d.Truncation = fyne.TextTruncateEllipsis
		var buttons []fyne.CanvasObject
		if l.spec.extra != nil {
			buttons = l.spec.extra(i)
		}
		buttons = append(buttons,
			widget.NewButtonWithIcon("", theme.DocumentCreateIcon(), func() { l.edit(i) }),
			widget.NewButtonWithIcon("", theme.DeleteIcon(), func() { l.remove(i) }))
		l.rows.Objects = append(l.rows.Objects, container.NewBorder(nil, nil, container.NewGridWrap(fyne.NewSize(240, t.MinSize().Height), t),
			container.NewHBox(buttons...), d))
	}
}

// edit opens the dialog for record i, or for a new record when i < 0.
func (l *recordList[T]) edit(i int) *formDialog {
	r, title := l.spec.blank(), l.spec.newTitle
	if i >= 0 {
		r = (*l.items)[i]
		name, _ := l.spec.summary(r)
		title = lang.L("Edit {{.Name}}", map[string]any{"Name": name})
	}
	form, read := l.spec.form(r)
	return showFormDialog(l.win, title, lang.L("Save"), form, func() error {
		n, err := read()
		if err != nil {
			return err
		}
		if ps := l.spec.check(n); len(ps) > 0 {
			return ps
		}
		switch {
		case i < 0 && len(*l.items) >= planmodel.MaxRecords:
			return planmodel.Problems{{Message: "A list can hold at most {{.Max}} entries.", Args: map[string]any{"Max": planmodel.MaxRecords}}}
		case i < 0:
			*l.items = append(*l.items, n)
		default:
			(*l.items)[i] = n
		}
		l.done()
		return nil
	})
}

func (l *recordList[T]) remove(i int) {
	name, _ := l.spec.summary((*l.items)[i])
	dialog.ShowConfirm(lang.L("Remove"), lang.L("Remove {{.Name}}?", map[string]any{"Name": name}), func(ok bool) {
		if !ok || i >= len(*l.items) {
			return
		}
		*l.items = append((*l.items)[:i:i], (*l.items)[i+1:]...)
		l.done()
	}, l.win)
}

// done records a change: the plan is saved, the rows redrawn and the tool told.
func (l *recordList[T]) done() {
	l.changed()
	l.refresh()
	if l.spec.changed != nil {
		l.spec.changed()
	}
}
