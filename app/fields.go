package app

import (
	"strconv"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/widget"

	"regionplan/planmodel"
)

// Form fields shared by the stage tools' dialogs.

// newNoteEntry is a multi-line field for a longer text.
func newNoteEntry(text string) *widget.Entry {
	e := widget.NewMultiLineEntry()
	e.Wrapping = fyne.TextWrapWord
	e.SetMinRowsVisible(3)
	e.SetText(text)
	return e
}

// newLinesEntry is a multi-line field for a list, one entry a line.
func newLinesEntry(list []string) *widget.Entry {
	e := newNoteEntry(strings.Join(list, "\n"))
	e.Wrapping = fyne.TextWrapOff
	return e
}

// linesOf splits a multi-line field into its non-empty, trimmed lines.
func linesOf(s string) []string {
	var out []string
	for _, l := range strings.Split(s, "\n") {
		if l = strings.TrimSpace(l); l != "" {
			out = append(out, l)
		}
	}
	return out
}

// newDateEntry shows a stored YYYY-MM-DD date as 13.09.2027.
func newDateEntry(iso string) *widget.Entry {
	e := newEntry(dateOf(iso))
	e.SetPlaceHolder("13.09.2027")
	return e
}

// dateIn reads a date field into the stored YYYY-MM-DD form. An empty field
// gives "", which the record's own validation refuses where a date is required.
func dateIn(e *widget.Entry, field string) (string, error) {
	s := strings.TrimSpace(e.Text)
	if s == "" {
		return "", nil
	}
	d, err := planmodel.ParseDate(s)
	if err != nil {
		return "", planmodel.Problems{{Field: field, Message: "The date must be a real date, written as dd.mm.yyyy."}}
	}
	return d.Format("2006-01-02"), nil
}

// newChoice is a drop-down of the given values shown by their names.
func newChoice[T ~string](values []T, name func(T) string, selected T) *widget.Select {
	names := make([]string, len(values))
	for i, v := range values {
		names[i] = name(v)
	}
	s := widget.NewSelect(names, nil)
	if selected != "" {
		s.SetSelected(name(selected))
	}
	return s
}

// chosen returns the value whose name is selected, or "" when none is.
func chosen[T ~string](s *widget.Select, values []T, name func(T) string) T {
	for _, v := range values {
		if name(v) == s.Selected {
			return v
		}
	}
	return ""
}

// newScale is a row of radio buttons from 1 to 5.
func newScale(v int) *widget.RadioGroup {
	var opts []string
	for i := planmodel.MinScore; i <= planmodel.MaxScore; i++ {
		opts = append(opts, strconv.Itoa(i))
	}
	r := widget.NewRadioGroup(opts, nil)
	r.Horizontal = true
	if v >= planmodel.MinScore && v <= planmodel.MaxScore {
		r.SetSelected(strconv.Itoa(v))
	}
	return r
}

// scaleOf returns the chosen value of a scale, 0 when none is chosen.
func scaleOf(r *widget.RadioGroup) int {
	v, _ := strconv.Atoi(r.Selected)
	return v
}

// checkGrid is a set of ticks in columns, for choosing several values.
type checkGrid[T ~string] struct {
	values  []T
	checks  []*widget.Check
	content fyne.CanvasObject
}

func newCheckGrid[T ~string](values []T, name func(T) string, selected []T, columns int) *checkGrid[T] {
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
	g.content = box
	return g
}

// selected returns the ticked values in the grid's order.
func (g *checkGrid[T]) selected() []T {
	var out []T
	for i, c := range g.checks {
		if c.Checked {
			out = append(out, g.values[i])
		}
	}
	return out
}

// formatScore writes a mean score with one decimal and a decimal comma.
func formatScore(v float64) string {
	return strings.Replace(strconv.FormatFloat(v, 'f', 1, 64), ".", ",", 1)
}

// dateEntry is an entry for a date typed as 13.09.2027 and stored as
// 2027-09-13; set is called with the stored form once the text is a valid
// date, or with "" when it is emptied.
func dateEntry(iso, placeholder string, set func(string)) *widget.Entry {
	en := widget.NewEntry()
	en.SetPlaceHolder(placeholder)
	en.SetText(dateOf(iso))
	en.Validator = func(s string) error {
		if strings.TrimSpace(s) == "" {
			return nil
		}
		if _, err := planmodel.ParseDate(s); err != nil {
			return translated(planmodel.Problems{{Message: "The date must be a real date, written as dd.mm.yyyy."}})
		}
		return nil
	}
	en.OnChanged = func(s string) {
		if en.Validate() != nil {
			return
		}
		if strings.TrimSpace(s) == "" {
			set("")
			return
		}
		t, _ := planmodel.ParseDate(s)
		set(t.Format("2006-01-02"))
	}
	return en
}

func newEntry(text string) *widget.Entry {
	e := widget.NewEntry()
	e.SetText(text)
	return e
}

func parseYear(s, field string) (int, error) {
	n, err := strconv.Atoi(strings.TrimSpace(s))
	if err != nil {
		return 0, planmodel.Problems{{Field: field, Message: "Write the year with four digits, e.g. 2027."}}
	}
	return n, nil
}
