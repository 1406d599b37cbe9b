package app

import (
	"fmt"
	"os"
	"sort"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"regionplan/planmodel"
	"regionplan/report"
)

// communicationTool is the working tool of stage 8: the stakeholder analysis
// on a power/interest grid with key messages and ambassadors, the
// communication activities, and the notes on media preparedness.
type communicationTool struct {
	ps           Host
	chart        *fyne.Container
	stakeholders *recordList[planmodel.Stakeholder]
	activities   *recordList[planmodel.Activity]
	content      fyne.CanvasObject
}

func newCommunicationTool(ps Host) *communicationTool {
	t := &communicationTool{ps: ps, chart: container.NewStack()}
	p := ps.Plan()
	t.stakeholders = newRecordList(ps.Window(), ps.Changed, &p.Stakeholders, recordSpec[planmodel.Stakeholder]{
		add:      lang.L("Add stakeholder…"),
		empty:    lang.L("No stakeholders yet. List the groups that matter to the cooperation, how much power and interest each has, and what you want to tell them."),
		newTitle: lang.L("New stakeholder"),
		blank:    func() planmodel.Stakeholder { return planmodel.Stakeholder{Power: 3, Interest: 3} },
		summary: func(s planmodel.Stakeholder) (string, string) {
			amb := ""
			if s.Ambassador {
				amb = lang.L("ambassadors")
			}
			return s.Name, joinParts(lang.L("power {{.Power}}, interest {{.Interest}}", map[string]any{"Power": s.Power, "Interest": s.Interest}), amb, s.KeyMessage, s.Channel)
		},
		form:    stakeholderForm,
		check:   planmodel.Stakeholder.Validate,
		changed: t.drawChart,
	})
	t.activities = newRecordList(ps.Window(), ps.Changed, &p.Activities, recordSpec[planmodel.Activity]{
		add:      lang.L("Add activity…"),
		empty:    lang.L("No activities yet. Tell about progress and results as they come: it builds trust and the will to take part."),
		newTitle: lang.L("New communication activity"),
		blank: func() planmodel.Activity {
			return planmodel.Activity{Date: ps.Now().Format("2006-01-02"), Channel: planmodel.ChannelPressRelease}
		},
		summary: func(a planmodel.Activity) (string, string) {
			state := lang.L("planned")
			if a.Done {
				state = lang.L("done")
			}
			return a.Title, joinParts(dateOf(a.Date), channelName(a.Channel), a.Audience, state, a.Result)
		},
		form:  activityForm,
		check: planmodel.Activity.Validate,
		extra: func(i int) []fyne.CanvasObject {
			return []fyne.CanvasObject{widget.NewButtonWithIcon(lang.L("Press release"), theme.DocumentSaveIcon(), func() { t.pressRelease(i) })}
		},
		changed: func() { // keep the activities in the order of their dates
			sort.SliceStable(p.Activities, func(i, j int) bool { return p.Activities[i].Date < p.Activities[j].Date })
			t.activities.refresh()
		},
	})
	media := newNoteEntry(p.MediaPreparedness)
	media.SetPlaceHolder(lang.L("Who speaks for the cooperation, who is told first, how you answer criticism"))
	media.OnChanged = func(s string) {
		p.MediaPreparedness = s
		ps.Changed()
	}
	t.drawChart()
	t.content = container.NewVBox(
		heading(lang.L("Stakeholders")), t.chart, t.stakeholders.content,
		heading(lang.L("Communication activities")), t.activities.content,
		heading(lang.L("Media preparedness")), media,
	)
	return t
}

func (t *communicationTool) title() string { return lang.L("Communication") }

func (t *communicationTool) canvas() fyne.CanvasObject { return t.content }

func (t *communicationTool) drawChart() {
	t.chart.Objects = []fyne.CanvasObject{newStakeholderChart(t.ps.Plan().Stakeholders)}
	t.chart.Refresh()
}

func stakeholderForm(s planmodel.Stakeholder) (*widget.Form, func() (planmodel.Stakeholder, error)) {
	name := newEntry(s.Name)
	power := newScale(s.Power)
	interest := newScale(s.Interest)
	message := newNoteEntry(s.KeyMessage)
	channel := newEntry(s.Channel)
	amb := widget.NewCheck(lang.L("Has ambassadors who speak well of the cooperation"), nil)
	amb.Checked = s.Ambassador
	form := widget.NewForm(
		widget.NewFormItem(lang.L("Stakeholder group"), name),
		widget.NewFormItem(lang.L("Power (1–5)"), power),
		widget.NewFormItem(lang.L("Interest (1–5)"), interest),
		widget.NewFormItem(lang.L("Key message"), message),
		widget.NewFormItem(lang.L("Channel"), channel),
		widget.NewFormItem("", amb),
	)
	return form, func() (planmodel.Stakeholder, error) {
		return planmodel.Stakeholder{
			Name: strings.TrimSpace(name.Text), Power: scaleOf(power), Interest: scaleOf(interest),
			KeyMessage: strings.TrimSpace(message.Text), Channel: strings.TrimSpace(channel.Text), Ambassador: amb.Checked,
		}, nil
	}
}

func activityForm(a planmodel.Activity) (*widget.Form, func() (planmodel.Activity, error)) {
	date := newDateEntry(a.Date)
	title := newEntry(a.Title)
	channel := newChoice(planmodel.Channels, channelName, a.Channel)
	audience := newEntry(a.Audience)
	done := widget.NewCheck(lang.L("Done"), nil)
	done.Checked = a.Done
	result := newNoteEntry(a.Result)
	form := widget.NewForm(
		widget.NewFormItem(lang.L("Date"), date),
		widget.NewFormItem(lang.L("Title"), title),
		widget.NewFormItem(lang.L("Channel"), channel),
		widget.NewFormItem(lang.L("Audience"), audience),
		widget.NewFormItem("", done),
		widget.NewFormItem(lang.L("Result"), result),
	)
	return form, func() (planmodel.Activity, error) {
		d, err := dateIn(date, "date")
		return planmodel.Activity{
			Date: d, Title: strings.TrimSpace(title.Text), Channel: chosen(channel, planmodel.Channels, channelName),
			Audience: strings.TrimSpace(audience.Text), Done: done.Checked, Result: strings.TrimSpace(result.Text),
		}, err
	}
}

func channelName(c planmodel.Channel) string {
	switch c {
	case planmodel.ChannelPressRelease:
		return lang.L("Press release")
	case planmodel.ChannelMeeting:
		return lang.L("Meeting")
	case planmodel.ChannelNewsletter:
		return lang.L("Newsletter")
	case planmodel.ChannelSocialMedia:
		return lang.L("Social media")
	case planmodel.ChannelWeb:
		return lang.L("Web")
	}
	return fmt.Sprint(c)
}

// pressRelease writes a press-release draft from activity i where the user
// chooses, in the plan's own written standard.
func (t *communicationTool) pressRelease(i int) {
	p := t.ps.Plan()
	a := p.Activities[i]
	name := fmt.Sprintf("%s %s.pdf", lang.L("Press release"), fileName(a.Title))
	t.ps.SaveFile(name, ".pdf", func(path string) error {
		pdf, err := report.PressRelease(p, a, t.ps.Now())
		if err != nil {
			return err
		}
		return os.WriteFile(path, pdf, 0o644)
	}, lang.L("Press release"), func(path string) string {
		return lang.L("The press-release draft was saved as {{.Path}}.", map[string]any{"Path": path})
	})
}
