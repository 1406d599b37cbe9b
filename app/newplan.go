package app

import (
	"strconv"
	"strings"

	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/widget"

	"regionplan/app/widgets"
	"regionplan/planmodel"
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
	form := widget.NewForm(
		widget.NewFormItem(lang.L("Name of the plan"), name),
		widget.NewFormItem(lang.L("Region"), region),
		widget.NewFormItem(lang.L("First year"), first),
		widget.NewFormItem(lang.L("Last year"), last),
		widget.NewFormItem(lang.L("Organised as"), org.Select),
		widget.NewFormItem(lang.L("Project leader"), leader),
	)
	return widgets.ShowFormDialog(u.win, lang.L("New plan"), lang.L("Create plan"), form, func() error {
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
		if err := p.Validate(); err != nil {
			return err
		}
		u.createPlan(p)
		return nil
	})
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
	s := orgFormSelect{widget.NewSelect(names, nil)}
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
