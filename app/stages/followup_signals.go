package stages

import (
	"fyne.io/fyne/v2/lang"

	"regionplan/planmodel"
	"regionplan/wizard"
)

// followUpSignalText gives the title and why it matters of the signals of
// the plan's follow-up: goals, accounts and payments.
func followUpSignalText(f wizard.Finding) (title, why string) {
	switch f.ID {
	case wizard.SignalBehindPath:
		return lang.L("A goal is behind its path"),
			lang.L("The latest measurement lies behind the straight path from the baseline to the target; find out why now, while there is time to change course.")
	case wizard.SignalSpendingAhead:
		return lang.L("Spending ahead of the money received"),
			lang.L("More has been spent than the funding received so far; make sure the promised money comes in before more is spent.")
	case wizard.SignalShareNotPaid:
		return lang.L("A municipality has not paid its share"),
			lang.L("A share that is not paid for a year that has passed strains the others' trust; remind the municipality, and ask whether something has changed.")
	case wizard.SignalOverBudget:
		return lang.L("A line over budget"),
			lang.L("The accounts for a line are more than {{.Percent}} % above its budget; explain the deviation to the steering group, or revise the budget.", map[string]any{"Percent": planmodel.OverBudgetPercent})
	}
	return f.ID, ""
}
