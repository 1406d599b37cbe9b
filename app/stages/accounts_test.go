package stages

import (
	"strings"
	"testing"

	"fyne.io/fyne/v2/widget"

	"regionplan/internal/uitest"
	"regionplan/planmodel"
)

// TestAccountsAgainstTheBudget shows Kristiansandregionen's accounts in
// stage 7: the meetings line over budget in the danger colour, Søgne's
// unpaid share, and an actual amount and a payment typed in are saved. (The
// accounts typed for 2018 make 2018 a year whose shares are due.)
func TestAccountsAgainstTheBudget(t *testing.T) {
	h, tool := openResources(t, "kristiansand")
	v := tool.accounts
	text := strings.ReplaceAll(uitest.RichText(v.content), planmodel.NBSP, " ")
	if !strings.Contains(text, "Søgne har 60 726 kr igjen å betale av andelen for 2017.") {
		t.Errorf("no note on Søgne's unpaid share: %q", text)
	}
	var over []string
	m := accountLines{v}
	rows, cols := m.Size()
	for r := range rows {
		for c := range cols {
			if cell := m.Cell(r, c); cell.Importance == widget.DangerImportance {
				over = append(over, strings.ReplaceAll(cell.Text, planmodel.NBSP, " "))
			}
		}
	}
	if strings.Join(over, ";") != "+34 000 kr;+56 000 kr" {
		t.Errorf("over budget: %q, want the meetings in 2016 and 2017", over)
	}
	typeCell(h, v.lines, 1, 2+3, "900 000") // the project leader's accounts, 2018
	if got := h.plan.Resources.Costs[0].Actual.Get(2018); got != 900_000 {
		t.Fatalf("stored %d", got)
	}
	søgne := 6 * 4                                 // the seventh municipality: share, invoiced, paid, remaining
	typeCell(h, v.payments, søgne+2, 2+2, "60726") // paid 2017
	if strings.Contains(uitest.RichText(v.notes), "andelen for 2017") {
		t.Errorf("the note on Søgne stayed after it paid: %q %v", uitest.RichText(v.notes), h.plan.Resources.Payments[h.plan.IDOf("Søgne")])
	}
	p := h.reload()
	if p.Resources.Costs[0].Actual.Get(2018) != 900_000 || p.Resources.Payments[p.IDOf("Søgne")].Paid.Get(2017) != 60_726 {
		t.Errorf("after reopening: %v %v", p.Resources.Costs[0].Actual, p.Resources.Payments[p.IDOf("Søgne")])
	}
}
