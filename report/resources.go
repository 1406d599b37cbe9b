package report

import (
	"fmt"
	"time"

	"regionplan/planmodel"
)

// ResourcePlan writes the plan's resource and financing plan: costs and
// funding per year, the balance, each municipality's share and hours, and a
// chart of costs against funding, in the plan's own written standard on
// landscape pages.
func ResourcePlan(p *planmodel.Plan, at time.Time) ([]byte, error) {
	std := p.DocumentStandard()
	d, err := newDocOriented(Meta{Title: word(std, "resource plan") + " – " + p.Name, Subject: p.Name, Author: p.Leader, Created: at}, std, "L")
	if err != nil {
		return nil, err
	}
	d.pdf.AddPage()
	d.font("", 10)
	d.pdf.CellFormat(d.width, 5, clean(p.Name), "", 1, "L", false, 0, "")
	d.heading(word(std, "resource plan")+fmt.Sprintf(" %d–%d", p.FirstYear, p.LastYear), 16)
	d.font("", 9.5)
	d.pdf.CellFormat(d.width, 5, clean(word(std, "date")+": "+planmodel.FormatDate(at)+" · "+word(std, "in kroner")), "", 1, "L", false, 0, "")

	b := p.Budget()
	years := b.Years
	widths, right := yearColumns(d, len(years), 90)
	size := 9.0
	if len(years) > 6 {
		size = 7.5
	}
	header := func(first string) []string {
		row := []string{first}
		for _, y := range years {
			row = append(row, fmt.Sprint(y))
		}
		return append(row, word(std, "total"))
	}
	line := func(name string, y planmodel.Yearly) []string {
		row := []string{name}
		for _, year := range years {
			row = append(row, planmodel.FormatInt(y.Get(year)))
		}
		return append(row, planmodel.FormatInt(y.Sum(p.FirstYear, p.LastYear)))
	}
	sumRow := func(name string, per []int64, total int64) []string {
		row := []string{name}
		for _, v := range per {
			row = append(row, planmodel.FormatInt(v))
		}
		return append(row, planmodel.FormatInt(total))
	}

	rowsHeight := func(n int) float64 { return float64(n)*size*0.63 + 16 }
	d.room(rowsHeight(len(p.Resources.Costs) + 2))
	d.heading(word(std, "costs"), 12)
	rows := [][]string{header(word(std, "cost item"))}
	for _, c := range p.Resources.Costs {
		rows = append(rows, line(c.Title+" ("+word(std, "cost "+string(c.Category))+")", c.Amounts))
	}
	rows = append(rows, sumRow(word(std, "total costs"), b.Costs, b.CostTotal))
	d.tableSized(widths, right, rows, true, size)

	d.room(rowsHeight(len(p.Resources.Funding) + 2))
	d.heading(word(std, "funding"), 12)
	rows = [][]string{header(word(std, "funding source"))}
	for _, f := range p.Resources.Funding {
		rows = append(rows, line(f.Name+" ("+word(std, "fund "+string(f.Kind))+")", f.Amounts))
	}
	rows = append(rows, sumRow(word(std, "total funding"), b.Funding, b.FundingTotal))
	d.tableSized(widths, right, rows, true, size)

	balance := make([]int64, len(years))
	for i := range years {
		balance[i] = b.Balance(i)
	}
	d.tableSized(widths, right, [][]string{header(""), sumRow(word(std, "balance"), balance, b.BalanceTotal())}, true, size)

	if s, err := p.Shares(); err == nil && s.Joint > 0 {
		d.room(rowsHeight(len(p.Municipalities)+2) + 10)
		d.heading(word(std, "shares"), 12)
		d.para(word(std, "shares intro") + " " + keyWords(p, std) + ".")
		rows = [][]string{header(word(std, "municipality"))}
		for i, m := range p.Municipalities {
			rows = append(rows, sumRow(m.Name, s.Money[i], s.Total[i]))
		}
		rows = append(rows, sumRow(word(std, "total"), b.Joint, b.JointTotal))
		d.tableSized(widths, right, rows, true, size)
	}

	if len(p.Resources.Hours) > 0 {
		d.room(rowsHeight(len(p.Municipalities)+1) + 10)
		d.heading(word(std, "hours"), 12)
		d.para(fmt.Sprintf(word(std, "hours intro"), planmodel.FormatInt(int64(p.Resources.FTEHours()))))
		rows = [][]string{append(header(word(std, "municipality")), word(std, "fte"))}
		hw, hr := yearColumns(d, len(years)+1, 90)
		for _, m := range p.Municipalities {
			h := p.Resources.Hours[m.Name]
			sum := h.Sum(p.FirstYear, p.LastYear)
			rows = append(rows, append(line(m.Name, h), planmodel.FormatDecimal(p.Resources.FTE(sum)/float64(len(years)), 1)))
		}
		d.tableSized(hw, hr, rows, false, size)
	}

	d.chart(years, b.Costs, b.Funding)
	return d.output()
}

// yearColumns gives a first column of first millimetres and shares the rest
// of the width between n year columns and a total, all right-aligned.
func yearColumns(d *doc, n int, first float64) ([]float64, []bool) {
	widths := []float64{first}
	right := []bool{false}
	w := (d.width - first) / float64(n+1)
	for range n + 1 {
		widths = append(widths, w)
		right = append(right, true)
	}
	return widths, right
}

// chart draws costs and funding per year as pairs of bars, on a new page
// when there is not room for it.
func (d *doc) chart(years []int, costs, funding []int64) {
	const height = 60.0
	d.room(height + 25)
	d.heading(d.word("chart"), 12)
	var top int64 = 1
	for i := range years {
		top = max(top, costs[i], funding[i])
	}
	x0, y0 := marginLeft+20, d.pdf.GetY()+height
	slot := (d.width - 30) / float64(len(years))
	bar := slot * 0.32
	d.pdf.SetDrawColor(150, 150, 150)
	d.pdf.Line(x0, y0, x0+slot*float64(len(years)), y0)
	d.font("", 8)
	for i, y := range years {
		x := x0 + slot*float64(i) + slot*0.15
		for k, v := range []int64{costs[i], funding[i]} {
			h := height * float64(v) / float64(top)
			if k == 0 {
				d.pdf.SetFillColor(217, 130, 30) // amber: costs
			} else {
				d.pdf.SetFillColor(29, 78, 107) // fjord blue: funding
			}
			d.pdf.Rect(x+float64(k)*bar, y0-h, bar, h, "F")
		}
		d.pdf.SetXY(x0+slot*float64(i), y0+1)
		d.pdf.CellFormat(slot, 5, fmt.Sprint(y), "", 0, "C", false, 0, "")
	}
	d.pdf.SetXY(marginLeft, y0-height)
	d.pdf.CellFormat(20, 4, planmodel.FormatInt(top), "", 0, "L", false, 0, "")
	ly := y0 + 8
	for k, label := range []string{d.word("costs"), d.word("funding")} {
		if k == 0 {
			d.pdf.SetFillColor(217, 130, 30)
		} else {
			d.pdf.SetFillColor(29, 78, 107)
		}
		lx := x0 + float64(k)*45
		d.pdf.Rect(lx, ly+1, 4, 4, "F")
		d.pdf.SetXY(lx+6, ly)
		d.pdf.CellFormat(35, 6, label, "", 0, "L", false, 0, "")
	}
	d.pdf.SetY(ly + 8)
}
