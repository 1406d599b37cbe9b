package widgets

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"regionplan/planmodel"
)

// RecordSpec says how a recordList shows and edits one kind of record.
type RecordSpec[T any] struct {
	Add      string                                    // the add button's text
	Empty    string                                    // the hint while the list is empty
	NewTitle string                                    // the dialog's title for a new record
	Blank    func() T                                  // a new record before editing
	Summary  func(T) (title, detail string)            // one row of the list
	Form     func(T) (*widget.Form, func() (T, error)) // the dialog's form and how to read it back
	Check    func(T) planmodel.Problems                // the record's validation
	Extra    func(i int) []fyne.CanvasObject           // optional buttons of a row before edit and remove
	Changed  func()                                    // optional, after any change to the list
}

// RecordList shows one list of a plan's records as rows — a title, a line of
// detail, edit and remove buttons — with an add button below, and edits a
// record in a form dialog. Every stage tool's lists are recordLists.
type RecordList[T any] struct {
	win     fyne.Window
	changed func() // tells the plan screen the plan changed
	items   *[]T
	spec    RecordSpec[T]
	rows    *fyne.Container
	Content fyne.CanvasObject
}

// NewRecordList shows the records in items as spec says, editing them in
// dialogs over win and calling changed after every change.
func NewRecordList[T any](win fyne.Window, changed func(), items *[]T, spec RecordSpec[T]) *RecordList[T] {
	l := &RecordList[T]{win: win, changed: changed, items: items, spec: spec, rows: container.NewVBox()}
	add := widget.NewButtonWithIcon(spec.Add, theme.ContentAddIcon(), func() { l.Edit(-1) })
	l.Refresh()
	l.Content = container.NewVBox(l.rows, container.NewHBox(add))
	return l
}

// Refresh draws the rows anew from the records.
func (l *RecordList[T]) Refresh() {
	l.rows.Objects = nil // filled in one go below: Add would lay it out again each time
	defer l.rows.Refresh()
	if len(*l.items) == 0 {
		hint := Wrapped(l.spec.Empty)
		hint.Importance = widget.LowImportance
		l.rows.Objects = append(l.rows.Objects, hint)
	}
	row := &recordRow{}
	for i, r := range *l.items {
		title, detail := l.spec.Summary(r)
		row.widest = max(row.widest, fyne.MeasureText(title, theme.TextSize(), fyne.TextStyle{Bold: true}).Width)
		t := widget.NewLabelWithStyle(title, fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
		t.Truncation = fyne.TextTruncateEllipsis
		d := widget.NewLabel(detail)
		d.Truncation = fyne.TextTruncateEllipsis
		var buttons []fyne.CanvasObject
		if l.spec.Extra != nil {
			buttons = l.spec.Extra(i)
		}
		buttons = append(buttons,
			widget.NewButtonWithIcon("", theme.DocumentCreateIcon(), func() { l.Edit(i) }),
			widget.NewButtonWithIcon("", theme.DeleteIcon(), func() { l.remove(i) }))
		l.rows.Objects = append(l.rows.Objects, container.New(row, t, d, container.NewHBox(buttons...)))
	}
}

// Edit opens the dialog for record i, or for a new record when i < 0.
func (l *RecordList[T]) Edit(i int) *FormDialog {
	r, title := l.spec.Blank(), l.spec.NewTitle
	if i >= 0 {
		r = (*l.items)[i]
		name, _ := l.spec.Summary(r)
		title = lang.L("Edit {{.Name}}", map[string]any{"Name": name})
	}
	form, read := l.spec.Form(r)
	return ShowFormDialog(l.win, title, lang.L("Save"), form, func() error {
		n, err := read()
		if err != nil {
			return err
		}
		if ps := l.spec.Check(n); len(ps) > 0 {
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

func (l *RecordList[T]) remove(i int) {
	name, _ := l.spec.Summary((*l.items)[i])
	dialog.ShowConfirm(lang.L("Remove"), lang.L("Remove {{.Name}}?", map[string]any{"Name": name}), func(ok bool) {
		if !ok || i >= len(*l.items) {
			return
		}
		*l.items = append((*l.items)[:i:i], (*l.items)[i+1:]...)
		l.done()
	}, l.win)
}

// done records a change: the plan is saved, the rows redrawn and the tool told.
func (l *RecordList[T]) done() {
	l.changed()
	l.Refresh()
	if l.spec.Changed != nil {
		l.spec.Changed()
	}
}

// titleWidth is the least width a record's title gets; titleShare is the
// part of a wide row it may take to be shown whole.
const (
	titleWidth = 240
	titleShare = 0.4
)

// recordRow lays out a record's row: its bold title, its detail and its
// buttons at the right. The titles of a list share one width, the widest
// title's where the row has room for it (up to titleShare of the row), and
// titleWidth at least; the details have the rest, both cut with an ellipsis
// when they must be.
type recordRow struct {
	widest float32 // the widest title's text
}

func (r *recordRow) MinSize(objects []fyne.CanvasObject) fyne.Size {
	d, b := objects[1].MinSize(), objects[2].MinSize()
	h := max(objects[0].MinSize().Height, d.Height, b.Height)
	return fyne.NewSize(titleWidth+d.Width+b.Width+2*theme.Padding(), h)
}

func (r *recordRow) Layout(objects []fyne.CanvasObject, size fyne.Size) {
	title, detail, buttons := objects[0], objects[1], objects[2]
	pad := theme.Padding()
	bw := buttons.MinSize().Width
	room := size.Width - bw - 2*pad
	whole := r.widest + 2*theme.InnerPadding() + 2 // 2 px for rounding: at its exact width a label still cuts
	tw := min(max(titleWidth, min(whole, room*titleShare)), max(room, 0))
	title.Move(fyne.NewPos(0, 0))
	title.Resize(fyne.NewSize(tw, size.Height))
	detail.Move(fyne.NewPos(tw+pad, 0))
	detail.Resize(fyne.NewSize(max(room-tw, 0), size.Height))
	buttons.Move(fyne.NewPos(size.Width-bw, 0))
	buttons.Resize(fyne.NewSize(bw, size.Height))
}
