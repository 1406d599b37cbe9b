package widgets

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/widget"

	"regionplan/planmodel"
)

// Shared pieces of the screens that show figures: an entry for whole
// numbers, a select over stored ids, and fixed-width columns for rows.

// NumberEntry is an entry for a whole number of kroner or hours. It accepts
// "1 250 000", "1250000" and "1.250.000" (with or without the unit) and,
// when focus leaves it, shows the number grouped with its unit. An empty
// entry is 0. Invalid text is kept and marked, and the figure goes back to
// what it was before the user began typing, so that a valid prefix such as
// the "12" of "12x" is not left behind.
type NumberEntry struct {
	widget.Entry
	unit    string // "kr" or "t", after a non-breaking space
	min     int64
	max     int64
	value   int64
	before  int64 // the value when the user began typing
	err     error // why the text is not a valid number, nil when it is
	onValue func(int64)
}

// NewNumberEntry shows value and calls onValue with each new valid value
// from min to max; 0 (an empty entry) is always valid.
func NewNumberEntry(value int64, unit string, min, max int64, problem planmodel.Problem, onValue func(int64)) *NumberEntry {
	e := &NumberEntry{unit: unit, min: min, max: max, value: value, before: value, onValue: onValue}
	e.ExtendBaseWidget(e)
	PassWheel(&e.Entry)
	e.SetText(e.format(value))
	Watch(&e.Entry, func(s string) error {
		if _, ok := e.parse(s); !ok {
			return Translated(planmodel.Problems{problem})
		}
		return nil
	}, func(s string) {
		v, _ := e.parse(s)
		e.set(v)
	}, &e.err)
	inner := e.OnChanged
	e.OnChanged = func(s string) {
		if inner(s); e.err != nil {
			e.set(e.before)
		}
	}
	return e
}

// Problem says why the entry's text is not a valid number, nil when it is.
func (e *NumberEntry) Problem() error { return e.err }

func (e *NumberEntry) set(v int64) {
	if v != e.value {
		e.value = v
		e.onValue(v)
	}
}

// FocusGained remembers the value the user starts from.
func (e *NumberEntry) FocusGained() {
	e.before = e.value
	e.Entry.FocusGained()
}

func (e *NumberEntry) format(v int64) string { return WholeText(v, e.unit) }

func (e *NumberEntry) parse(s string) (int64, bool) { return ParseWhole(s, e.unit, e.min, e.max) }

// FocusLost shows a valid number in its grouped form.
func (e *NumberEntry) FocusLost() {
	e.Entry.FocusLost()
	if v, ok := e.parse(e.Text); ok {
		e.before = v
		e.SetText(e.format(v))
	}
}

// PassWheel turns off an entry's own scrolling, so that the mouse wheel
// over a table of entries scrolls the page instead of being swallowed. Only
// for short entries whose text fits.
func PassWheel(e *widget.Entry) {
	e.Wrapping = fyne.TextWrapOff
	e.Scroll = fyne.ScrollNone
}

// Watch makes e check its text as it changes: valid text goes to apply,
// invalid text is kept and marked at the field (a red border and an error
// icon once focus leaves), and the error is kept in *err. Unlike Fyne's
// Validator it shows nothing for valid text, which keeps grids quiet.
func Watch(e *widget.Entry, check func(string) error, apply func(string), err *error) {
	e.OnChanged = func(s string) {
		*err = check(s)
		e.AlwaysShowValidationError = true
		e.SetValidationError(*err)
		e.AlwaysShowValidationError = *err != nil
		e.Refresh()
		if *err == nil {
			apply(s)
		}
	}
}

// Kroner writes an amount as "1 250 000 kr".
func Kroner(v int64) string { return planmodel.FormatInt(v) + planmodel.NBSP + "kr" }

// ChoiceSelect is a Select over stored ids, each shown by its translated name.
type ChoiceSelect[T comparable] struct {
	*widget.Select
	IDs []T
}

// NewChoiceSelect shows selected and calls onChange, if not nil, with the id the user picks.
func NewChoiceSelect[T comparable](ids []T, name func(T) string, selected T, onChange func(T)) ChoiceSelect[T] {
	names := make([]string, len(ids))
	for i, id := range ids {
		names[i] = name(id)
	}
	s := ChoiceSelect[T]{NewSelect(names, nil), ids}
	s.SetSelected(name(selected))
	if onChange != nil {
		s.OnChanged = func(string) {
			if i := s.SelectedIndex(); i >= 0 {
				onChange(ids[i])
			}
		}
	}
	return s
}

// Columns lays out a row of a table: each object at its fixed width, side
// by side without gaps (labels and entries carry their own padding), so
// that the rows of a table line up.
type Columns []float32

func (c Columns) MinSize(objects []fyne.CanvasObject) fyne.Size {
	var w, h float32
	for i, o := range objects {
		w += c[i]
		h = max(h, o.MinSize().Height)
	}
	return fyne.NewSize(w, h)
}

func (c Columns) Layout(objects []fyne.CanvasObject, size fyne.Size) {
	var x float32
	for i, o := range objects {
		o.Move(fyne.NewPos(x, 0))
		o.Resize(fyne.NewSize(c[i], size.Height))
		x += c[i]
	}
}

// YearColumns returns the widths of a table with the given leading
// columns, one column per year and the given trailing columns.
func YearColumns(lead []float32, years int, year float32, trail ...float32) Columns {
	c := append(Columns{}, lead...)
	for range years {
		c = append(c, year)
	}
	return append(c, trail...)
}

// TableRow lines up cells at the widths of c; a nil cell stays empty.
func TableRow(c Columns, cells ...fyne.CanvasObject) *fyne.Container {
	for i, o := range cells {
		if o == nil {
			cells[i] = widget.NewLabel("")
		}
	}
	return container.New(c, cells...)
}

// Heading is a bold label for a column or a part of a screen.
func Heading(text string) *widget.Label {
	return widget.NewLabelWithStyle(text, fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
}
