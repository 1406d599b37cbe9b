package widgets

import (
	"io"
	"slices"
	"strconv"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/storage"
	"fyne.io/fyne/v2/widget"

	"regionplan/planmodel"
)

// Form fields shared by the stage tools' dialogs.

// NewNoteEntry is a multi-line field for a longer text.
func NewNoteEntry(text string) *widget.Entry {
	e := widget.NewMultiLineEntry()
	e.Wrapping = fyne.TextWrapWord
	e.SetMinRowsVisible(3)
	e.SetText(text)
	return e
}

// NewLinesEntry is a multi-line field for a list, one entry a line.
func NewLinesEntry(list []string) *widget.Entry {
	e := NewNoteEntry(strings.Join(list, "\n"))
	e.Wrapping = fyne.TextWrapOff
	return e
}

// LinesOf splits a multi-line field into its non-empty, trimmed lines.
func LinesOf(s string) []string {
	var out []string
	for _, l := range strings.Split(s, "\n") {
		if l = strings.TrimSpace(l); l != "" {
			out = append(out, l)
		}
	}
	return out
}

// DateIn reads a date field into the stored YYYY-MM-DD form. An empty field
// gives "", which the record's own validation refuses where a date is required.
func DateIn(e *widget.Entry, field string) (string, error) {
	return planmodel.ParseOptionalDate(e.Text, field)
}

// NewChoice is a drop-down of the given values shown by their names.
func NewChoice[T ~string](values []T, name func(T) string, selected T) *widget.Select {
	names := make([]string, len(values))
	for i, v := range values {
		names[i] = name(v)
	}
	s := NewSelect(names, nil)
	if selected != "" {
		s.SetSelected(name(selected))
	}
	return s
}

// Chosen returns the value whose name is selected, or "" when none is.
func Chosen[T ~string](s *widget.Select, values []T, name func(T) string) T {
	for _, v := range values {
		if name(v) == s.Selected {
			return v
		}
	}
	return ""
}

// NewScale is a row of radio buttons from 1 to 5, the ends named by low
// and high ("1 – helt uenig" … "5 – helt enig").
func NewScale(v int, low, high string) *widget.RadioGroup {
	var opts []string
	for i := planmodel.MinScore; i <= planmodel.MaxScore; i++ {
		opts = append(opts, strconv.Itoa(i))
	}
	opts[0] += " – " + low
	opts[len(opts)-1] += " – " + high
	r := widget.NewRadioGroup(opts, nil)
	r.Horizontal = true
	if v >= planmodel.MinScore && v <= planmodel.MaxScore {
		r.SetSelected(opts[v-planmodel.MinScore])
	}
	return r
}

// ScaleOf returns the chosen value of a scale, 0 when none is chosen.
func ScaleOf(r *widget.RadioGroup) int {
	i := slices.Index(r.Options, r.Selected)
	if i < 0 {
		return 0
	}
	return planmodel.MinScore + i
}

// checkGrid is a set of ticks in columns, for choosing several values.
type checkGrid[T ~string] struct {
	values  []T
	checks  []*widget.Check
	Content fyne.CanvasObject
}

// NewCheckGrid shows a check for each of values, by name, in columns, with selected ticked.
func NewCheckGrid[T ~string](values []T, name func(T) string, selected []T, columns int) *checkGrid[T] {
	g := &checkGrid[T]{values: values}
	box := container.NewGridWithColumns(columns)
	for _, v := range values {
		c := widget.NewCheck(name(v), nil)
		for _, s := range selected {
			c.Checked = c.Checked || s == v
		}
		g.checks = append(g.checks, c)
		box.Add(c)
	}
	g.Content = box
	return g
}

// Selected returns the ticked values in the grid's order.
func (g *checkGrid[T]) Selected() []T {
	var out []T
	for i, c := range g.checks {
		if c.Checked {
			out = append(out, g.values[i])
		}
	}
	return out
}

// FormatScore writes a mean score with one decimal and a decimal comma.
func FormatScore(v float64) string {
	return strings.Replace(strconv.FormatFloat(v, 'f', 1, 64), ".", ",", 1)
}

// NewDateEntry is the entry for a date, typed as 13.09.2027 and stored as
// 2027-09-13, showing iso. The placeholder says what the date is (an example
// date when empty). With set, the entry checks its text as it is typed and
// calls set with the stored form once it is a valid date, or with "" when it
// is emptied; without, a form reads it with DateIn.
func NewDateEntry(iso, placeholder string, set func(iso string)) *widget.Entry {
	en := NewEntry(DateOf(iso))
	if placeholder == "" {
		placeholder = "13.09.2027"
	}
	en.SetPlaceHolder(placeholder)
	if set == nil {
		return en
	}
	en.Validator = func(s string) error {
		if _, err := DateIn(&widget.Entry{Text: s}, ""); err != nil {
			return Translated(err)
		}
		return nil
	}
	en.OnChanged = func(s string) {
		if iso, err := DateIn(en, ""); err == nil {
			set(iso)
		}
	}
	return en
}

// NewEntry is a single-line entry holding text.
func NewEntry(text string) *widget.Entry {
	e := widget.NewEntry()
	e.SetText(text)
	return e
}

// DateOf writes a stored YYYY-MM-DD date the Norwegian way, or as it is when
// it is not a date.
func DateOf(iso string) string {
	d, err := planmodel.ParseDate(iso)
	if err != nil {
		return iso
	}
	return planmodel.FormatDate(d)
}

// ShowOpenFile lets the user pick a file with the extension ext and gives
// its name and at most limit+1 bytes of it to read, or the error to failed.
// Its title is its own, as the folder dialog's is.
func ShowOpenFile(win fyne.Window, ext string, limit int64, read func(name string, data []byte), failed func(error)) {
	d := dialog.NewFileOpen(func(r fyne.URIReadCloser, err error) {
		if err != nil {
			failed(err)
			return
		}
		if r == nil {
			return // cancelled
		}
		defer r.Close()
		data, err := io.ReadAll(io.LimitReader(r, limit+1))
		if err != nil {
			failed(err)
			return
		}
		read(r.URI().Name(), data)
	}, win)
	d.SetFilter(storage.NewExtensionFileFilter([]string{ext}))
	d.SetTitleText(lang.L("Choose a file"))
	d.Show()
	translatePlaces(win)
}

// NewSelect is a drop-down list whose empty choice reads "(velg)" in the
// interface language instead of Fyne's English "(Select one)".
func NewSelect(options []string, changed func(string)) *widget.Select {
	s := widget.NewSelect(options, changed)
	s.PlaceHolder = lang.L("(choose)")
	return s
}

// ShowFolderOpen asks for a folder under a title of its own: Fyne's reads
// "Open" + "Folder", which becomes "Åpne Mappe" in Norwegian.
func ShowFolderOpen(win fyne.Window, chosen func(dir fyne.ListableURI, err error)) {
	d := dialog.NewFolderOpen(chosen, win)
	d.SetTitleText(lang.L("Choose a folder"))
	d.SetConfirmText(lang.L("Choose"))
	d.Show()
	translatePlaces(win)
}
