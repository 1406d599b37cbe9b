package planmodel

import "slices"

// Payment is what one municipality has been invoiced for its part of the
// joint share, and what it has paid, in whole kroner per year.
type Payment struct {
	Invoiced Yearly `json:"invoiced,omitempty"`
	Paid     Yearly `json:"paid,omitempty"`
}

// OverBudgetPercent is how far above its budget, in per cent, a line's
// accounts for a year may go before the line is flagged.
const OverBudgetPercent = 10

// SetPayment records what a municipality was invoiced and has paid in year.
func (r *Resources) SetPayment(municipality MunicipalityID, year int, invoiced, paid int64) {
	pm := r.Payments[municipality]
	pm.Invoiced.Set(year, invoiced)
	pm.Paid.Set(year, paid)
	if len(pm.Invoiced) == 0 && len(pm.Paid) == 0 {
		delete(r.Payments, municipality)
		return
	}
	if r.Payments == nil {
		r.Payments = map[MunicipalityID]Payment{}
	}
	r.Payments[municipality] = pm
}

// AccountYears returns the years of the period for which any accounts are
// recorded: an actual cost, funding received, or a payment.
func (p *Plan) AccountYears() []int {
	var out []int
	r := &p.Resources
	for _, y := range p.Years() {
		has := false
		for _, c := range r.Costs {
			has = has || c.Actual[y] != 0
		}
		for _, f := range r.Funding {
			has = has || f.Actual[y] != 0
		}
		for _, pm := range r.Payments {
			has = has || pm.Invoiced[y] != 0 || pm.Paid[y] != 0
		}
		if has {
			out = append(out, y)
		}
	}
	return out
}

// LineAccount is one cost item or funding source for one year: the budget,
// the accounts (actual), and the deviation, actual minus budget.
type LineAccount struct {
	Year           int
	Budget, Actual int64
}

// Deviation returns actual minus budget.
func (a LineAccount) Deviation() int64 { return a.Actual - a.Budget }

// OverBudget reports whether the actual amount exceeds the budget by more
// than OverBudgetPercent; an amount spent with no budget is always over.
func (a LineAccount) OverBudget() bool {
	return a.Actual*100 > a.Budget*(100+OverBudgetPercent)
}

// lineAccounts pairs a line's budget and accounts for each of the years.
func lineAccounts(budget, actual Yearly, years []int) []LineAccount {
	out := make([]LineAccount, len(years))
	for i, y := range years {
		out[i] = LineAccount{Year: y, Budget: budget.Get(y), Actual: actual.Get(y)}
	}
	return out
}

// CostAccounts returns cost item i's budget and accounts for each year
// that has accounts.
func (p *Plan) CostAccounts(i int) []LineAccount {
	c := p.Resources.Costs[i]
	return lineAccounts(c.Amounts, c.Actual, p.AccountYears())
}

// FundingAccounts returns funding source i's budget and the amount received
// for each year that has accounts.
func (p *Plan) FundingAccounts(i int) []LineAccount {
	f := p.Resources.Funding[i]
	return lineAccounts(f.Amounts, f.Actual, p.AccountYears())
}

// OverBudgetLine is a cost item whose accounts went over budget in a year.
type OverBudgetLine struct {
	Cost int // index in Resources.Costs
	LineAccount
}

// OverBudget returns every cost item and year whose accounts exceed the
// budget by more than OverBudgetPercent.
func (p *Plan) OverBudget() []OverBudgetLine {
	var out []OverBudgetLine
	for i := range p.Resources.Costs {
		for _, a := range p.CostAccounts(i) {
			if a.OverBudget() {
				out = append(out, OverBudgetLine{Cost: i, LineAccount: a})
			}
		}
	}
	return out
}

// SpendingAhead returns the first year by whose end more money was spent
// (actual costs) than received (actual funding), counted from the start of
// the period, and false when spending never ran ahead.
func (p *Plan) SpendingAhead() (int, bool) {
	var spent, received int64
	for _, y := range p.AccountYears() {
		for _, c := range p.Resources.Costs {
			spent += c.Actual.Get(y)
		}
		for _, f := range p.Resources.Funding {
			received += f.Actual.Get(y)
		}
		if spent > received {
			return y, true
		}
	}
	return 0, false
}

// PaymentStatus says how far a municipality has paid its share for a year.
type PaymentStatus string

// The payment states.
const (
	PaymentNone        PaymentStatus = "none"         // no share to pay that year
	PaymentNotInvoiced PaymentStatus = "not-invoiced" // a share, not yet invoiced
	PaymentInvoiced    PaymentStatus = "invoiced"     // invoiced, nothing paid
	PaymentPartly      PaymentStatus = "partly"       // paid less than the share
	PaymentPaid        PaymentStatus = "paid"         // paid the whole share
)

// MunicipalityPayment is one municipality's share for one year beside what
// it was invoiced and has paid.
type MunicipalityPayment struct {
	Municipality          int // index in the plan's municipalities
	Year                  int
	Share, Invoiced, Paid int64
}

// Remaining returns the part of the share not yet paid, never below zero.
func (m MunicipalityPayment) Remaining() int64 { return max(m.Share-m.Paid, 0) }

// Status returns the payment state.
func (m MunicipalityPayment) Status() PaymentStatus {
	switch {
	case m.Share <= 0:
		return PaymentNone
	case m.Paid >= m.Share:
		return PaymentPaid
	case m.Paid > 0:
		return PaymentPartly
	case m.Invoiced > 0:
		return PaymentInvoiced
	}
	return PaymentNotInvoiced
}

// Payments returns, aligned to the plan's municipalities and inside to the
// years of the shares, each municipality's share, invoiced and paid amounts.
func (p *Plan) Payments(s Shares) [][]MunicipalityPayment {
	out := make([][]MunicipalityPayment, len(p.Municipalities))
	for i, m := range p.Municipalities {
		pm := p.Resources.Payments[m.ID]
		out[i] = make([]MunicipalityPayment, len(s.Years))
		for j, y := range s.Years {
			out[i][j] = MunicipalityPayment{Municipality: i, Year: y, Share: s.Money[i][j], Invoiced: pm.Invoiced.Get(y), Paid: pm.Paid.Get(y)}
		}
	}
	return out
}

// LatePayments returns the payments of years before thisYear that have
// accounts (see AccountYears) in which a municipality paid less than its
// share. A plan that keeps no accounts has no late payments.
func (p *Plan) LatePayments(thisYear int) []MunicipalityPayment {
	s, err := p.Shares()
	if err != nil {
		return nil
	}
	kept := p.AccountYears()
	var out []MunicipalityPayment
	for _, row := range p.Payments(s) {
		for _, m := range row {
			if m.Year < thisYear && slices.Contains(kept, m.Year) && m.Remaining() > 0 {
				out = append(out, m)
			}
		}
	}
	return out
}
