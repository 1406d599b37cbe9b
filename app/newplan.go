package app

import (
	"image/color"
	"slices"
	"strconv"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"regionplan/app/widgets"
	"regionplan/planmodel"
	"regionplan/register"
)

// newPlanDialog asks for the few facts a plan starts with and creates it.
func (u *UI) newPlanDialog() { u.showNewPlanDialog() }

func (u *UI) showNewPlanDialog() *widgets.FormDialog {
	now := u.now()
	name := widget.NewEntry()
	name.SetPlaceHolder(lang.L("e.g. Strategic business plan for Vest-Telemark"))
	region := widget.NewEntry()
	region.SetPlaceHolder(lang.L("e.g. Vest-Telemark"))
	first := widget.NewEntry()
	first.SetText(strconv.Itoa(now.Year() + 1))
	last := widget.NewEntry()
	last.SetText(strconv.Itoa(now.Year() + 4))
	org := newOrgFormSelect(planmodel.OrgWorkingGroup)
	leader := widget.NewEntry()
	chosen := newChosenList()
	form := widget.NewForm(
		widget.NewFormItem(lang.L("Name of the plan"), name),
		widget.NewFormItem(lang.L("Region"), region),
		widget.NewFormItem(lang.L("First year"), first),
		widget.NewFormItem(lang.L("Last year"), last),
		widget.NewFormItem(lang.L("Organised as"), org.Select),
		widget.NewFormItem(lang.L("Project leader"), leader),
		widget.NewFormItem(lang.L("Municipalities"), container.NewGridWithColumns(2, chosen.picker.Content(), chosen.content)),
	)
	var d *widgets.FormDialog
	d = widgets.ShowFormDialog(u.win, lang.L("New plan"), lang.L("Create plan"), form, func() error {
		p := planmodel.New(strings.TrimSpace(name.Text), now)
		p.Region = strings.TrimSpace(region.Text)
		var err error
		if p.FirstYear, err = planmodel.ParseYear(first.Text, "firstYear"); err != nil {
			return err
		}
		if p.LastYear, err = planmodel.ParseYear(last.Text, "lastYear"); err != nil {
			return err
		}
		p.OrgForm = org.value()
		p.Leader = strings.TrimSpace(leader.Text)
		if err := register.Add(p, chosen.entries, planmodel.DefaultCouncil); err != nil {
			return err
		}
		if err := p.Validate(); err != nil {
			return err
		}
		d.Hide() // before the next step's dialog, which takes the focus
		u.createPlan(p)
		if u.plan != nil && len(p.Municipalities) > 0 {
			u.plan.firstExpectationsDialog()
		}
		return nil
	})
	chosen.picker.OnDone = d.Submit
	d.Widen(900)
	return d
}

// chosenList is the new plan's municipalities, picked from the register,
// each with a button that takes it out again.
type chosenList struct {
	picker  *widgets.MunicipalityPicker
	entries []register.Entry
	list    *widget.List
	count   *widget.Label
	content fyne.CanvasObject
}

func newChosenList() *chosenList {
	c := &chosenList{count: widget.NewLabel("")}
	c.picker = widgets.NewMunicipalityPicker(func(e register.Entry) {
		c.entries = append(c.entries, e)
		c.changed()
	})
	c.picker.Skip = func(e register.Entry) bool {
		return slices.ContainsFunc(c.entries, func(o register.Entry) bool { return o.Number == e.Number })
	}
	c.list = widget.NewList(func() int { return len(c.entries) },
		func() fyne.CanvasObject {
			l := widget.NewLabel("")
			l.Truncation = fyne.TextTruncateEllipsis
			return container.NewBorder(nil, nil, nil, widget.NewButtonWithIcon("", theme.ContentRemoveIcon(), nil), l)
		},
		func(id widget.ListItemID, o fyne.CanvasObject) {
			row := o.(*fyne.Container)
			e := c.entries[id]
			row.Objects[0].(*widget.Label).SetText(e.Name + " " + e.Number + " · " + widgets.StandardName(e.Standard))
			row.Objects[1].(*widget.Button).OnTapped = func() {
				if id < len(c.entries) {
					c.entries = slices.Delete(c.entries, id, id+1)
					c.changed()
				}
			}
		})
	space := canvas.NewRectangle(color.Transparent)
	space.SetMinSize(fyne.NewSize(260, 4*(widget.NewButtonWithIcon("", theme.ContentRemoveIcon(), nil).MinSize().Height+4)))
	c.count.Importance = widget.LowImportance
	c.count.Wrapping = fyne.TextWrapWord // the empty list's sentence is long: it must not widen the form
	c.content = container.NewBorder(c.count, nil, nil, nil, container.NewStack(space, c.list))
	c.changed()
	return c
}

func (c *chosenList) changed() {
	pop := 0
	for _, e := range c.entries {
		pop += e.Population
	}
	c.count.SetText(municipalityCount(len(c.entries), pop))
	c.list.Refresh()
	c.list.ScrollToBottom()
}

// municipalityCount says how many municipalities, with how many inhabitants.
func municipalityCount(n, population int) string {
	if n == 0 {
		return lang.L("No municipalities chosen yet; they can also be added later in stage 1.")
	}
	return lang.L("{{.Municipalities}}, {{.Population}} inhabitants in all", map[string]any{"Municipalities": widgets.Municipalities(n), "Population": planmodel.FormatInt(int64(population))})
}

// orgFormSelect chooses an organisation form by its translated name.
type orgFormSelect struct {
	*widget.Select
}

func orgFormName(f planmodel.OrgForm) string {
	switch f {
	case planmodel.OrgBusinessCooperation:
		return lang.L("Existing business cooperation")
	case planmodel.OrgRegionalCouncil:
		return lang.L("Regional council")
	case planmodel.OrgWorkingGroup:
		return lang.L("Working group")
	case planmodel.OrgProjectGroup:
		return lang.L("Project group")
	}
	return string(f)
}

func newOrgFormSelect(selected planmodel.OrgForm) orgFormSelect {
	names := make([]string, len(planmodel.OrgForms))
	for i, f := range planmodel.OrgForms {
		names[i] = orgFormName(f)
	}
	s := orgFormSelect{widgets.NewSelect(names, nil)}
	s.SetSelected(orgFormName(selected))
	return s
}

func (s orgFormSelect) value() planmodel.OrgForm {
	i := s.SelectedIndex()
	if i < 0 {
		return planmodel.OrgWorkingGroup
	}
	return planmodel.OrgForms[i]
}

// firstExpectationsDialog is the start flow's last step: what each
// municipality expects to gain from the cooperation, in a line each. Every
// answer can wait until stage 1.
func (ps *planScreen) firstExpectationsDialog() *widgets.FormDialog {
	p := ps.plan
	hint := widget.NewLabel(lang.L("What does each municipality expect to gain? A line each is enough for now; stage 1 keeps them and the checklist asks again."))
	hint.Wrapping = fyne.TextWrapWord
	form := widget.NewForm(widget.NewFormItem("", hint))
	fields := make([]*widget.Entry, len(p.Municipalities))
	for i, m := range p.Municipalities {
		fields[i] = widgets.NewEntry(m.Expectation)
		fields[i].SetPlaceHolder(lang.L("What the municipality expects to gain from the cooperation"))
		form.Append(m.Name, fields[i])
	}
	d := widgets.ShowFormDialog(ps.u.win, lang.L("First expectations"), lang.L("Save"), form, func() error {
		for i, f := range fields {
			m := p.Municipalities[i]
			m.Expectation = strings.TrimSpace(f.Text)
			if err := p.PutMunicipality(i, m, p.Applicant == m.ID); err != nil {
				return err
			}
		}
		ps.Changed()
		ps.views[0] = nil // stage 1 shows the expectations when it is built again
		if ps.stage == 0 {
			ps.show(0)
		}
		return nil
	})
	ps.u.win.Canvas().Focus(fields[0])
	return d
}
