package widgets

import (
	"image/color"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/widget"

	"regionplan/planmodel"
	"regionplan/register"
)

// pickerRows is how many matches the picker shows at once; the space is
// kept whether or not there are matches, so nothing below it moves.
const pickerRows = 5

// MunicipalityPicker finds municipalities in the register as the user types
// part of a name (any of its parallel forms) or a number; Enter picks the
// best match and a click picks any. The search is cleared after a pick, so
// the next name can be typed at once.
type MunicipalityPicker struct {
	Search *widget.Entry
	// OnPicked hears of the municipality picked.
	OnPicked func(register.Entry)
	// Skip, when set, leaves out municipalities already chosen.
	Skip func(register.Entry) bool
	// OnDone, when set, runs on Enter in an empty search: the user has
	// picked what they wanted.
	OnDone  func()
	found   []register.Entry
	list    *widget.List
	hint    *widget.Label
	content fyne.CanvasObject
}

// NewMunicipalityPicker returns a picker that tells onPicked of each pick.
func NewMunicipalityPicker(onPicked func(register.Entry)) *MunicipalityPicker {
	p := &MunicipalityPicker{Search: widget.NewEntry(), OnPicked: onPicked, hint: widget.NewLabel("")}
	p.Search.SetPlaceHolder(lang.L("Type a name or number, e.g. Seljord or 4022"))
	p.hint.Importance = widget.LowImportance
	p.hint.Wrapping = fyne.TextWrapWord
	p.list = widget.NewList(func() int { return len(p.found) },
		func() fyne.CanvasObject {
			l := widget.NewLabel("")
			l.Truncation = fyne.TextTruncateEllipsis
			return l
		},
		func(id widget.ListItemID, o fyne.CanvasObject) { o.(*widget.Label).SetText(EntryLine(p.found[id])) })
	p.list.OnSelected = func(id widget.ListItemID) {
		p.list.UnselectAll()
		if id < len(p.found) {
			p.pick(p.found[id])
		}
	}
	p.Search.OnChanged = func(string) { p.update() }
	p.Search.OnSubmitted = func(string) {
		switch {
		case len(p.found) > 0:
			p.pick(p.found[0])
		case p.Search.Text == "" && p.OnDone != nil:
			p.OnDone()
		}
	}
	row := widget.NewLabel("").MinSize().Height
	space := canvas.NewRectangle(color.Transparent)
	space.SetMinSize(fyne.NewSize(260, float32(pickerRows)*(row+4)))
	p.content = container.NewVBox(p.Search, container.NewStack(space, p.list, container.NewVBox(p.hint))) // the search first in the Tab order
	p.update()
	return p
}

// Content is the picker's search field with its matches below.
func (p *MunicipalityPicker) Content() fyne.CanvasObject { return p.content }

// Found returns the matches shown, best first.
func (p *MunicipalityPicker) Found() []register.Entry { return p.found }

// EntryLine is how a register row reads in a list: number, name, county,
// written standard and population with its date.
func EntryLine(e register.Entry) string {
	return lang.L("{{.Number}} {{.Name}} · {{.County}} · {{.Standard}} · {{.Population}} inhabitants ({{.Date}})", map[string]any{
		"Number": e.Number, "Name": e.Name, "County": e.County, "Standard": StandardName(e.Standard),
		"Population": planmodel.FormatInt(int64(e.Population)), "Date": DateOf(e.PopulationDate),
	})
}

// StandardName is a written standard's name in the interface language.
func StandardName(s planmodel.Standard) string {
	switch s {
	case planmodel.Nynorsk:
		return lang.L("nynorsk")
	case planmodel.Bokmal:
		return lang.L("bokmål")
	case planmodel.Neutral:
		return lang.L("neutral")
	}
	return "–"
}

func (p *MunicipalityPicker) update() {
	p.found = p.found[:0]
	for _, e := range register.Search(p.Search.Text) {
		if p.Skip == nil || !p.Skip(e) {
			p.found = append(p.found, e)
		}
	}
	switch {
	case p.Search.Text == "":
		p.hint.SetText(lang.L("The register has the 357 municipalities of 1 January 2024."))
	case len(p.found) == 0:
		p.hint.SetText(lang.L("No municipality in the register matches. A merged or older one can be typed in by hand."))
	default:
		p.hint.SetText("")
	}
	p.hint.Hidden = p.hint.Text == ""
	p.list.Refresh()
	p.list.ScrollToTop()
}

func (p *MunicipalityPicker) pick(e register.Entry) {
	if p.OnPicked != nil {
		p.OnPicked(e)
	}
	p.Search.SetText("")
}
