package stages

import (
	"fmt"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"regionplan/app/widgets"
	"regionplan/planmodel"
	"regionplan/wizard"
)

// Findings computes the warning signals that fire for the open plan now.
// Quick wins are left out until plans record measures.
func Findings(ps Host) []wizard.Finding {
	return ps.Guide().Findings(ps.Plan(), wizard.Inputs{Now: ps.Now()})
}

// NewSignalsView lists every warning signal that fires, each with why it
// matters and a button to the stage where it is fixed.
func NewSignalsView(ps Host) fyne.CanvasObject {
	heading := widget.NewLabelWithStyle(lang.L("Warning signals"), fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
	heading.SizeName = theme.SizeNameHeadingText
	parts := []fyne.CanvasObject{heading,
		widgets.Wrapped(lang.L("Computed from what the plan records. Each says why it matters and where to put it right."))}
	fs := Findings(ps)
	if len(fs) == 0 {
		parts = append(parts, widgets.Wrapped(lang.L("No warning signals right now.")))
	}
	for _, f := range fs {
		parts = append(parts, signalCard(ps, f))
	}
	return container.NewPadded(container.NewVBox(parts...))
}

// shownSignals is how many of a stage's signals are listed above its tabs;
// when more fire, the last place counts the rest, so a stage with many keeps
// its room on a small screen. All of them are in the side bar's signals view.
const shownSignals = 2

// stageSignals shows the signals that fire for one stage, or nil when none does.
func stageSignals(ps Host, stageID wizard.StageID) fyne.CanvasObject {
	var fs []wizard.Finding
	for _, f := range Findings(ps) {
		if f.Stage == stageID {
			fs = append(fs, f)
		}
	}
	if len(fs) == 0 {
		return nil
	}
	box := container.NewVBox()
	for i, f := range fs {
		if i == shownSignals-1 && len(fs) > shownSignals {
			box.Add(moreSignals(len(fs) - i))
			break
		}
		box.Add(signalLine(ps, f))
	}
	return box
}

// moreSignals is the line that counts the n signals of a stage not listed.
func moreSignals(n int) fyne.CanvasObject {
	return warningLine(lang.L("… and {{.Count}} more warning signals for this stage: all are listed under Warning signals in the side bar", map[string]any{"Count": n}))
}

// SignalSummary says a signal in one line: its title and what it concerns.
func SignalSummary(ps Host, f wizard.Finding) string {
	title, _ := signalText(f)
	if names := signalNames(ps, f); names != "" {
		return lang.L("{{.Title}} – {{.Names}}", map[string]any{"Title": title, "Names": names})
	}
	return title
}

// signalLine is a signal in one line above a stage: its title and what it
// concerns. Why it matters is in the signals view.
func signalLine(ps Host, f wizard.Finding) fyne.CanvasObject {
	return warningLine(SignalSummary(ps, f))
}

// warningLine is one line of warning text after the warning icon, cut with
// an ellipsis when it does not fit.
func warningLine(text string) fyne.CanvasObject {
	l := widget.NewLabel(text)
	l.Importance = widget.WarningImportance
	l.Truncation = fyne.TextTruncateEllipsis
	return container.NewBorder(nil, nil, widget.NewIcon(theme.NewWarningThemedResource(theme.WarningIcon())), nil, l)
}

// signalCard shows one signal: its title, why it matters, what it concerns,
// and optionally a button to the stage where it is fixed.
func signalCard(ps Host, f wizard.Finding) fyne.CanvasObject {
	title, why := signalText(f)
	t := widget.NewLabelWithStyle(title, fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
	t.Wrapping = fyne.TextWrapWord
	t.Importance = widget.WarningImportance
	lines := []fyne.CanvasObject{t, widgets.Wrapped(why)}
	if names := signalNames(ps, f); names != "" {
		lines = append(lines, widgets.Wrapped(lang.L("Concerns: {{.Names}}", map[string]any{"Names": names})))
	}
	if i := ps.Guide().StageIndex(f.Stage); i >= 0 {
		stage := fmt.Sprintf("%d. %s", i+1, ps.Guide().Stages[i].Title)
		b := widget.NewButtonWithIcon(lang.L("Go to {{.Stage}}", map[string]any{"Stage": stage}), theme.NavigateNextIcon(), func() { ps.ShowStage(f.Stage, "") })
		b.IconPlacement = widget.ButtonIconTrailingText
		lines = append(lines, container.NewHBox(b))
	}
	icon := widget.NewIcon(theme.NewWarningThemedResource(theme.WarningIcon()))
	return widgets.Section("", "", container.NewBorder(nil, nil, container.NewVBox(icon), nil, container.NewVBox(lines...)))
}

// signalNames says what a signal concerns: municipality names and workshop
// titles as they are, trust factors and stages by their titles.
func signalNames(ps Host, f wizard.Finding) string {
	names := make([]string, len(f.Names))
	for i, n := range f.Names {
		names[i] = n
		switch f.ID {
		case wizard.SignalTrustFalling:
			if texts, err := wizard.LoadTrust(ps.Language()); err == nil {
				names[i] = texts.Factor(planmodel.TrustFactor(n)).Title
			}
		case wizard.SignalStageFatigue:
			if j := ps.Guide().StageIndex(wizard.StageID(n)); j >= 0 {
				names[i] = fmt.Sprintf("%d. %s", j+1, ps.Guide().Stages[j].Title)
			}
		}
	}
	return strings.Join(names, ", ")
}

// signalText gives a signal's title and one sentence on why it matters.
func signalText(f wizard.Finding) (title, why string) {
	switch f.ID {
	case wizard.SignalNoExpectation:
		title = lang.L("A municipality has no recorded expectation")
		if len(f.Names) > 1 {
			title = lang.L("Municipalities without a recorded expectation")
		}
		return title,
			lang.L("Cooperation starts from what each municipality expects to gain; unclear expectations make results hard to show and let interest fade.")
	case wizard.SignalStageFatigue:
		return lang.L("A stage left behind"),
			lang.L("An earlier stage has stood still for months while later ones move – a sign of plan fatigue; finish it or mark what no longer applies.")
	case wizard.SignalNoQuickWins:
		return lang.L("No quick wins"),
			lang.L("Results build trust: carry out a few simple measures everyone agrees on before the plan is adopted.")
	case wizard.SignalTrustFalling:
		return lang.L("Trust is falling"),
			lang.L("Trust takes long to build and little to lose; talk openly about what changed, and give new politicians time to get to know the plan and each other.")
	case wizard.SignalNoBenefit:
		title = lang.L("A municipality gains from no action area")
		if len(f.Names) > 1 {
			title = lang.L("Municipalities that gain from no action area")
		}
		return title,
			lang.L("A small municipality can spend much time on a cooperation without bringing anything home; show each one its direct or at least indirect benefit.")
	case wizard.SignalWorkshopNoFollowUp:
		return lang.L("Workshops without follow-up"),
			lang.L("Participants who hear nothing after a workshop lose faith in taking part; send a summary and say what their input led to.")
	case wizard.SignalGoalNotMeasurable:
		return lang.L("Goals without a measurable target"),
			lang.L("A goal with no indicator, target and deadline cannot show results; without results the plan loses its backing.")
	case wizard.SignalNotReanchored:
		return lang.L("Not anchored with the new councils"),
			lang.L("After an election most politicians may be new; let them put their mark on the plan and renew the decision, or the plan loses its footing.")
	case wizard.SignalDecisionOverdue:
		return lang.L("Decisions overdue"),
			lang.L("A meeting has passed without a recorded decision; find out where the case stands before the councils drift apart.")
	case wizard.SignalHeavyShare:
		return lang.L("A heavy share for some municipalities"),
			lang.L("A municipality that pays far more per inhabitant than the others may leave the cooperation; stronger municipalities should be generous.")
	case wizard.SignalNoCommunication:
		return lang.L("Nothing communicated for {{.Days}} days", map[string]any{"Days": wizard.QuietDays}),
			lang.L("Telling about progress and results as they come builds trust, engagement and the will to keep taking part.")
	}
	return followUpSignalText(f)
}
