package app

import (
	"strconv"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"regionplan/app/widgets"
	"regionplan/planmodel"
)

// settingsForm edits the plan's own facts. Each field is written into the
// plan as soon as it holds a valid value, and then saved automatically; an
// invalid value is marked at the field and not written.
type settingsForm struct {
	ps      *planScreen
	content fyne.CanvasObject
}

func newSettingsView(ps *planScreen) *settingsForm {
	f := &settingsForm{ps: ps}
	p := ps.plan
	heading := widget.NewLabelWithStyle(lang.L("Plan settings"), fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
	heading.SizeName = theme.SizeNameHeadingText

	name := f.text(p.Name, true, func(s string) { p.Name = s; ps.u.win.SetTitle(s + " – Regionplan") })
	region := f.text(p.Region, false, func(s string) { p.Region = s })
	first := f.year(p.FirstYear, func(y int) error {
		if y > p.LastYear {
			return planmodel.Problems{{Field: "lastYear", Message: "The period ends before it starts."}}
		}
		p.FirstYear = y
		return nil
	})
	last := f.year(p.LastYear, func(y int) error {
		if y < p.FirstYear {
			return planmodel.Problems{{Field: "lastYear", Message: "The period ends before it starts."}}
		}
		if y-p.FirstYear+1 > planmodel.MaxPeriodYears {
			return planmodel.Problems{{Field: "lastYear", Message: "The period can be at most {{.Max}} years.", Args: map[string]any{"Max": planmodel.MaxPeriodYears}}}
		}
		p.LastYear = y
		return nil
	})
	names := make([]string, len(p.Municipalities))
	for i, m := range p.Municipalities {
		names[i] = m.Name
	}
	applicant := widgets.NewSelect(names, nil)
	if len(names) == 0 {
		applicant.PlaceHolder = lang.L("Add municipalities in stage 1 first")
	}
	applicant.SetSelected(p.NameOf(p.Applicant))
	applicant.OnChanged = func(s string) { p.Applicant = p.IDOf(s); ps.Changed() }
	org := newOrgFormSelect(p.OrgForm)
	org.OnChanged = func(string) { p.OrgForm = org.value(); ps.Changed() }
	std := widget.NewRadioGroup([]string{widgets.StandardName(planmodel.Bokmal), widgets.StandardName(planmodel.Nynorsk)}, nil)
	std.Horizontal = true
	std.Required = true
	std.SetSelected(widgets.StandardName(p.DocumentStandard()))
	std.OnChanged = func(s string) {
		p.Standard = planmodel.Bokmal
		if s == widgets.StandardName(planmodel.Nynorsk) {
			p.Standard = planmodel.Nynorsk
		}
		ps.Changed()
	}
	leader := f.text(p.Leader, false, func(s string) { p.Leader = s })
	contact := f.text(p.Contact, false, func(s string) { p.Contact = s })
	steering := widget.NewMultiLineEntry()
	steering.SetText(strings.Join(p.Steering, "\n"))
	steering.SetPlaceHolder(lang.L("One member or body per line"))
	steering.SetMinRowsVisible(4)
	steering.OnChanged = func(s string) {
		var members []string
		for _, line := range strings.Split(s, "\n") {
			if line = strings.TrimSpace(line); line != "" {
				members = append(members, line)
			}
		}
		p.Steering = members
		ps.Changed()
	}

	form := widget.NewForm(
		widget.NewFormItem(lang.L("Name of the plan"), name),
		widget.NewFormItem(lang.L("Region"), region),
		widget.NewFormItem(lang.L("First year"), first),
		widget.NewFormItem(lang.L("Last year"), last),
		widget.NewFormItem(lang.L("Applicant municipality"), applicant),
		widget.NewFormItem(lang.L("Organised as"), org.Select),
		widget.NewFormItem(lang.L("Project leader"), leader),
		widget.NewFormItem(lang.L("Contact"), contact),
		widget.NewFormItem(lang.L("Steering group"), steering),
		widget.NewFormItem(lang.L("Written standard of the plan's own documents"), std),
	)
	created := widget.NewLabel(lang.L("Created {{.Created}}. Plan ID {{.ID}}.", map[string]any{
		"Created": planmodel.FormatDate(p.Created.Local()), "ID": p.ID,
	}))
	created.Importance = widget.LowImportance
	parts := []fyne.CanvasObject{heading, form, created}
	if p.Example {
		parts = append(parts, widgets.Wrapped(lang.L("This is an example plan built from the case documents. Figures the documents do not give, such as each municipality's population, are example figures.")))
	}
	f.content = container.NewPadded(container.NewVBox(parts...))
	return f
}

// text makes an entry that writes its trimmed text through set when valid.
func (f *settingsForm) text(value string, required bool, set func(string)) *widget.Entry {
	e := widget.NewEntry()
	e.SetText(value)
	e.Validator = func(s string) error {
		var ps planmodel.Problems
		if required && strings.TrimSpace(s) == "" {
			ps = append(ps, planmodel.Problem{Message: "The name cannot be empty."})
		} else if n := len([]rune(s)); n > planmodel.MaxNameLen {
			ps = append(ps, planmodel.Problem{Message: "The text is {{.Len}} characters long; at most {{.Max}} are allowed.", Args: map[string]any{"Len": n, "Max": planmodel.MaxNameLen}})
		}
		if ps != nil {
			return widgets.Translated(ps)
		}
		return nil
	}
	e.OnChanged = func(s string) {
		if e.Validate() == nil {
			set(strings.TrimSpace(s))
			f.ps.Changed()
		}
	}
	return e
}

// year makes an entry for a year that calls set when it holds a valid year;
// set may refuse the year with a problem.
func (f *settingsForm) year(value int, set func(int) error) *widget.Entry {
	e := widget.NewEntry()
	e.SetText(strconv.Itoa(value))
	e.Validator = func(s string) error {
		y, err := strconv.Atoi(strings.TrimSpace(s))
		if err != nil || y < planmodel.MinYear || y > planmodel.MaxYear {
			return widgets.Translated(planmodel.Problems{{Message: "The first year must be between {{.Min}} and {{.Max}}.", Args: map[string]any{"Min": planmodel.MinYear, "Max": planmodel.MaxYear}}})
		}
		return nil
	}
	e.OnChanged = func(s string) {
		if e.Validate() != nil {
			return
		}
		y, _ := strconv.Atoi(strings.TrimSpace(s))
		if err := set(y); err != nil {
			e.SetValidationError(widgets.Translated(err))
			return
		}
		f.ps.Changed()
	}
	return e
}
