package examples

import (
	"slices"

	"regionplan/planmodel"
)

// exampleFollowUp gives the example plans accounts for the years already
// passed and a status per year for their measures. In Kristiansandregionen
// the state's money for 2015 came late (spending ran ahead of funding), the
// network meetings went over budget in 2016 and 2017, and Søgne has not
// paid its share for 2017. The figures are example figures.
func exampleFollowUp(p *planmodel.Plan, name string) {
	switch name {
	case Kristiansand:
		actual := []planmodel.Yearly{
			{2015: 940_000, 2016: 955_000, 2017: 948_000},
			{2015: 430_000, 2016: 205_000},
			{2015: 175_000, 2016: 214_000, 2017: 236_000},
			{2015: 90_000, 2016: 118_000, 2017: 125_000},
			{2016: 380_000, 2017: 410_000},
		}
		for i := range p.Resources.Costs {
			p.Resources.Costs[i].Actual = actual[i]
		}
		p.Resources.Funding[0].Actual = planmodel.Yearly{2015: 350_000, 2016: 1_050_000, 2017: 500_000}
		p.Resources.Funding[1].Actual = planmodel.Yearly{2015: 300_000, 2016: 300_000, 2017: 300_000}
		p.Resources.Funding[2].Actual = planmodel.Yearly{2016: 200_000, 2017: 200_000}
		examplePayments(p, 3, []int{2015, 2016, 2017}, "Søgne", 2017)
		progress := map[string][]planmodel.MeasureProgress{
			"Grønt datalagringssenter i Vennesla":        {{Year: 2015, Status: planmodel.MeasureRunning, Note: "Regulering starta"}, {Year: 2016, Status: planmodel.MeasureRunning, Note: "Områdeplanen vedteken"}, {Year: 2017, Status: planmodel.MeasureRunning, Note: "Forhandlingar med utbyggjar"}},
			"Smartskog – berekraftig verdikjede for tre": {{Year: 2015, Status: planmodel.MeasurePlanned, Note: ""}, {Year: 2016, Status: planmodel.MeasureRunning, Note: "Selskapet skipa"}, {Year: 2017, Status: planmodel.MeasureDone, Note: "Smartskog AS i drift"}},
			"Næringsnettverket for næringsrådgjevarane":  {{Year: 2015, Status: planmodel.MeasureRunning, Note: "Fire samlingar"}, {Year: 2016, Status: planmodel.MeasureRunning, Note: "Fem samlingar"}, {Year: 2017, Status: planmodel.MeasureRunning, Note: "Fire samlingar"}},
			"Felles formidling av resultat":              {{Year: 2015, Status: planmodel.MeasurePlanned, Note: ""}, {Year: 2016, Status: planmodel.MeasureRunning, Note: "Nettside og nyheitsbrev"}},
			"Etablerarkurs i Iveland":                    {{Year: 2016, Status: planmodel.MeasureDone, Note: "Tolv deltakarar"}},
		}
		nn := p.InStandard(planmodel.Nynorsk) // the progress is keyed by the nynorsk titles
		for i := range p.Measures {
			p.Measures[i].Progress = progress[nn.Measures[i].Title]
		}
	case Hallingdal:
		p.Resources.Costs[0].Actual = planmodel.Yearly{2016: 1_080_000}
		p.Resources.Costs[1].Actual = planmodel.Yearly{2016: 430_000}
		p.Resources.Funding[0].Actual = planmodel.Yearly{2016: 1_500_000}
		p.Resources.Funding[1].Actual = planmodel.Yearly{2016: 250_000}
		examplePayments(p, 2, []int{2016}, "", 0)
	}
}

// examplePayments invoices every municipality its share for the years and
// records it as paid, except late's share in lateYear, and books what came
// in as received on the joint funding line.
func examplePayments(p *planmodel.Plan, joint int, years []int, late string, lateYear int) {
	s, err := p.Shares()
	if err != nil {
		return
	}
	for i, m := range p.Municipalities {
		for j, y := range s.Years {
			if !slices.Contains(years, y) {
				continue
			}
			share, paid := s.Money[i][j], s.Money[i][j]
			if m.Name == late && y == lateYear {
				paid = 0
			}
			p.Resources.SetPayment(m.ID, y, share, paid)
			p.Resources.Funding[joint].Actual.Set(y, p.Resources.Funding[joint].Actual.Get(y)+paid)
		}
	}
}
