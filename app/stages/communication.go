package stages

import (
	"fmt"
	"sort"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"regionplan/app/widgets"
	"regionplan/internal/outfile"
	"regionplan/planmodel"
	"regionplan/report"
)

// communicationTool is the working tool of stage 8: the stakeholder analysis
// on a power/interest grid with key messages and ambassadors, the
// communication activities, and the notes on media preparedness.
type communicationTool struct {
	ps           Host
	chart        *fyne.Container
	stakeholders *widgets.RecordList[planmodel.Stakeholder]
	activities   *widgets.RecordList[planmodel.Activity]
	reporting    *reporting
	content      fyne.CanvasObject
}

func newCommunicationTool(ps Host) *communicationTool {
	t := &communicationTool{ps: ps, chart: container.NewStack(), reporting: newReporting(ps)}
	p := ps.Plan()
	t.stakeholders = widgets.NewRecordList(ps.Window(), ps.Changed, &p.Stakeholders, widgets.RecordSpec[planmodel.Stakeholder]{
		Add:      lang.L("Add stakeholder…"),
		Empty:    lang.L("No stakeholders yet. List the groups that matter to the cooperation, how much power and interest each has, and what you want to tell them."),
		NewTitle: lang.L("New stakeholder"),
		Blank:    func() planmodel.Stakeholder { return planmodel.Stakeholder{Power: 3, Interest: 3} },
		Summary:  stakeholderSummary,
		Form:     stakeholderForm,
		Check:    planmodel.Stakeholder.Validate,
		Changed:  t.drawChart,
	})
	t.activities = widgets.NewRecordList(ps.Window(), ps.Changed, &p.Activities, widgets.RecordSpec[planmodel.Activity]{
		Add:      lang.L("Add activity…"),
		Empty:    lang.L("No activities yet. Tell about progress and results as they come: it builds trust and the will to take part."),
		NewTitle: lang.L("New communication activity"),
		Blank:    t.newActivity,
		Summary:  activitySummary,
		Form:     activityForm,
		Check:    planmodel.Activity.Validate,
		Extra:    t.activityButtons,
		Changed:  t.onActivitiesChanged,
	})
	media := widgets.NewNoteEntry(p.MediaPreparedness)
	media.SetPlaceHolder(lang.L("Who speaks for the cooperation, who is told first, how you answer criticism"))
	media.OnChanged = t.onMediaChanged
	t.drawChart()
	t.content = container.NewVBox(
		widgets.Heading(lang.L("Stakeholders")), t.chart, t.stakeholders.Content,
		widgets.Heading(lang.L("Communication activities")), t.activities.Content,
		widgets.Heading(lang.L("Media preparedness")), media,
		widgets.Heading(lang.L("Reporting")), t.reporting.content,
	)
	return t
}

func (t *communicationTool) title() string { return lang.L("Communication") }

func (t *communicationTool) canvas() fyne.CanvasObject { return t.content }

// newActivity is a new activity: a press release today.
func (t *communicationTool) newActivity() planmodel.Activity {
	return planmodel.Activity{Date: t.ps.Now().Format("2006-01-02"), Channel: planmodel.ChannelPressRelease}
}

// activityButtons are the buttons of activity i's row: its press release.
func (t *communicationTool) activityButtons(i int) []fyne.CanvasObject {
	return []fyne.CanvasObject{widget.NewButtonWithIcon(lang.L("Press release"), theme.DocumentSaveIcon(), func() { t.onPressRelease(i) })}
}

// onActivitiesChanged keeps the activities in the order of their dates.
func (t *communicationTool) onActivitiesChanged() {
	p := t.ps.Plan()
	sort.SliceStable(p.Activities, func(i, j int) bool { return p.Activities[i].Date < p.Activities[j].Date })
	t.activities.Refresh()
}

// onMediaChanged records the notes on media preparedness.
func (t *communicationTool) onMediaChanged(s string) {
	t.ps.Plan().MediaPreparedness = s
	t.ps.Changed()
}

// stakeholderSummary is a stakeholder's row: its name, power and interest,
// whether it gives ambassadors, its key message and channel.
func stakeholderSummary(s planmodel.Stakeholder) (string, string) {
	amb := ""
	if s.Ambassador {
		amb = lang.L("ambassadors")
	}
	return s.Name, widgets.JoinParts(lang.L("power {{.Power}}, interest {{.Interest}}", map[string]any{"Power": s.Power, "Interest": s.Interest}), amb, s.KeyMessage, s.Channel)
}

// activitySummary is an activity's row: its title, date, channel, audience,
// whether it is done and its result.
func activitySummary(a planmodel.Activity) (string, string) {
	state := lang.L("planned")
	if a.Done {
		state = lang.L("done")
	}
	return a.Title, widgets.JoinParts(widgets.DateOf(a.Date), channelName(a.Channel), a.Audience, state, a.Result)
}

func (t *communicationTool) drawChart() {
	t.chart.Objects = []fyne.CanvasObject{widgets.NewStakeholderChart(t.ps.Plan().Stakeholders)}
	t.chart.Refresh()
}

func stakeholderForm(s planmodel.Stakeholder) (*widget.Form, func() (planmodel.Stakeholder, error)) {
	name := widgets.NewEntry(s.Name)
	power := widgets.NewScale(s.Power, lang.L("little"), lang.L("much"))
	interest := widgets.NewScale(s.Interest, lang.L("little"), lang.L("much"))
	message := widgets.NewNoteEntry(s.KeyMessage)
	channel := widgets.NewEntry(s.Channel)
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
			Name: strings.TrimSpace(name.Text), Power: widgets.ScaleOf(power), Interest: widgets.ScaleOf(interest),
			KeyMessage: strings.TrimSpace(message.Text), Channel: strings.TrimSpace(channel.Text), Ambassador: amb.Checked,
		}, nil
	}
}

func activityForm(a planmodel.Activity) (*widget.Form, func() (planmodel.Activity, error)) {
	date := widgets.NewDateEntry(a.Date, "", nil)
	title := widgets.NewEntry(a.Title)
	channel := widgets.NewChoice(planmodel.Channels, channelName, a.Channel)
	audience := widgets.NewEntry(a.Audience)
	done := widget.NewCheck(lang.L("Done"), nil)
	done.Checked = a.Done
	result := widgets.NewNoteEntry(a.Result)
	form := widget.NewForm(
		widget.NewFormItem(lang.L("Date"), date),
		widget.NewFormItem(lang.L("Title"), title),
		widget.NewFormItem(lang.L("Channel"), channel),
		widget.NewFormItem(lang.L("Audience"), audience),
		widget.NewFormItem("", done),
		widget.NewFormItem(lang.L("Result"), result),
	)
	return form, func() (planmodel.Activity, error) {
		d, err := widgets.DateIn(date, "date")
		return planmodel.Activity{
			Date: d, Title: strings.TrimSpace(title.Text), Channel: widgets.Chosen(channel, planmodel.Channels, channelName),
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

// onPressRelease writes a press-release draft from activity i where the user
// chooses, in the plan's own written standard, as PDF with its DOCX beside it.
func (t *communicationTool) onPressRelease(i int) {
	p := t.ps.Plan()
	a := p.Activities[i]
	name := outfile.Name(lang.L("Press release")+" "+a.Title, ".pdf")
	t.ps.SaveFile(name, ".pdf", func(path string) error {
		docs, err := report.PressFiles(p, a, t.ps.Now())
		if err == nil {
			_, err = report.WriteAs(path, docs[0])
		}
		return err
	}, lang.L("Press release"), func(path string) string {
		return lang.L("The press-release draft was saved as {{.Path}}.", map[string]any{"Path": path})
	})
}
