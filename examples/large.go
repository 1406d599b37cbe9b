package examples

import (
	"fmt"
	"strings"
	"time"

	"regionplan/planmodel"
)

// The size of the plan Large makes: what a big regional cooperation may
// reach in the app, used to measure its speed.
const (
	LargeMunicipalities = 20
	LargeMeasures       = 300
	LargeDecisions      = 40
	LargeYears          = 10
)

// largeTowns are the municipalities of the large plan with their numbers,
// populations and areas (example figures in the Sogn og Fjordane area).
var largeTowns = []struct {
	name, number string
	population   int
	area         float64
}{
	{"Kinn", "4602", 17100, 1081}, {"Sogndal", "4640", 12100, 1256}, {"Sunnfjord", "4647", 22300, 2213},
	{"Stad", "4649", 9500, 937}, {"Gloppen", "4650", 5900, 1028}, {"Stryn", "4651", 7200, 1382},
	{"Luster", "4644", 5200, 2706}, {"Årdal", "4643", 5200, 977}, {"Lærdal", "4642", 2200, 1342},
	{"Aurland", "4641", 1800, 1468}, {"Vik", "4639", 2600, 833}, {"Høyanger", "4638", 4100, 910},
	{"Hyllestad", "4637", 1300, 259}, {"Solund", "4636", 800, 229}, {"Gulen", "4635", 2300, 597},
	{"Masfjorden", "4634", 1700, 555}, {"Fedje", "4633", 550, 9}, {"Askvoll", "4645", 3000, 331},
	{"Fjaler", "4646", 2800, 421}, {"Bremanger", "4648", 3600, 832},
}

// Large returns a new plan of the largest size the app is measured with:
// 20 municipalities, 300 measures, 40 decisions with texts in both written
// standards and a case path per municipality, and a ten-year resource plan
// with costs, funding and hours. Every figure is invented; the plan is
// valid and the same each time except for its IDs and times.
func Large(now time.Time) *planmodel.Plan {
	first := 2026
	p := &planmodel.Plan{
		ID:        planmodel.NewID(),
		Name:      "Stor eksempelplan – næringsplan for tjue kommunar",
		Region:    "Sogn og Fjordane",
		FirstYear: first,
		LastYear:  first + LargeYears - 1,
		OrgForm:   planmodel.OrgRegionalCouncil,
		Leader:    "Dagleg leiar i regionrådet",
		Contact:   "Regionrådet",
		Steering:  []string{"Ordførarane i dei tjue kommunane", "Kommunedirektørane i dei tjue kommunane"},
		Example:   true,
		Standard:  planmodel.Nynorsk,
		Created:   now,
		Updated:   now,
		Checklist: map[string]planmodel.ItemState{},
	}
	for i, t := range largeTowns[:LargeMunicipalities] {
		std, council := planmodel.Nynorsk, "Kommunestyret"
		if i%4 == 3 {
			std = planmodel.Bokmal // a few neutral municipalities write bokmål
		}
		if i%5 == 0 {
			council = "Bystyret"
		}
		p.Municipalities = append(p.Municipalities, example(t.name, t.number, t.population, t.area, std, council))
		p.Municipalities[i].PopulationDate = "2026-01-01"
	}
	p.AssignIDs()
	p.Applicant = p.Municipalities[0].ID
	p.Resources = largeResources(p)
	p.Measures = largeMeasures(p)
	for k := range LargeDecisions {
		p.Decisions = append(p.Decisions, largeDecision(p, k, now))
	}
	return p
}

func largeResources(p *planmodel.Plan) planmodel.Resources {
	r := planmodel.Resources{Key: planmodel.DistributionKey{Method: planmodel.KeyMixed, EqualPercent: 30}, Hours: map[planmodel.MunicipalityID]planmodel.Yearly{}}
	for i := range 25 {
		cat := planmodel.CostCategories[i%len(planmodel.CostCategories)]
		amounts := planmodel.Yearly{}
		for y := p.FirstYear; y <= p.LastYear; y++ {
			amounts[y] = int64(100_000 + 25_000*((i+y)%7))
		}
		r.Costs = append(r.Costs, planmodel.CostItem{Title: fmt.Sprintf("Kostnad %d: %s", i+1, largeAreas[i%len(largeAreas)]), Category: cat, Amounts: amounts})
	}
	for i, kind := range []planmodel.FundingKind{planmodel.FundState, planmodel.FundCounty, planmodel.FundBusiness, planmodel.FundOther, planmodel.FundState, planmodel.FundCounty, planmodel.FundOther, planmodel.FundJointShare} {
		amounts := planmodel.Yearly{}
		for y := p.FirstYear; y <= p.LastYear; y++ {
			amounts[y] = int64(300_000 + 50_000*((i*3+y)%5))
		}
		name := fmt.Sprintf("Finansieringskjelde %d", i+1)
		if kind == planmodel.FundJointShare {
			name = "Kommunane sin felles del"
			for y := range amounts {
				amounts[y] = 1_200_000
			}
		}
		r.Funding = append(r.Funding, planmodel.FundingSource{Name: name, Kind: kind, Amounts: amounts})
	}
	for i, m := range p.Municipalities {
		h := planmodel.Yearly{}
		for y := p.FirstYear; y <= p.LastYear; y++ {
			h[y] = int64(80 + 40*((i+y)%9))
		}
		r.Hours[m.ID] = h
	}
	return r
}

var largeAreas = []string{
	"Næringsareal og infrastruktur", "Reiseliv", "Havbruk og sjømat", "Fornybar energi",
	"Kompetanse og rekruttering", "Landbruk og mat", "Samferdsel", "Etablering og gründerar",
}

func largeMeasures(p *planmodel.Plan) []planmodel.Measure {
	ms := make([]planmodel.Measure, LargeMeasures)
	for i := range ms {
		m := &ms[i]
		leader := p.Municipalities[i%len(p.Municipalities)]
		town := leader.Name
		area := largeAreas[i%len(largeAreas)]
		m.ID = planmodel.NewID()
		m.Title = fmt.Sprintf("Tiltak %d: %s i %s", i+1, strings.ToLower(area), town)
		m.Description = fmt.Sprintf("Eit tiltak innan %s, leia av %s. Tiltaket skal gi meirverdi for heile regionen og blir følgt opp i næringsnettverket kvart halvår.", strings.ToLower(area), town)
		m.Scope, m.Responsible, m.Area = planmodel.ScopeCommon, leader.ID, area
		if i%3 == 2 {
			m.Scope = planmodel.ScopeLocal
		}
		m.QuickWin = i%10 == 0
		m.Status = planmodel.MeasureStatuses[i%len(planmodel.MeasureStatuses)]
		m.FirstYear = p.FirstYear + i%LargeYears
		m.LastYear = min(p.LastYear, m.FirstYear+i%4)
		m.Cost = int64(50_000 + 10_000*(i%30))
	}
	return ms
}

// largeDecision is decision k of the large plan, with texts of several
// paragraphs in both standards and a path with meetings for every municipality.
func largeDecision(p *planmodel.Plan, k int, now time.Time) planmodel.Decision {
	d := p.NewDecision(planmodel.DecisionKinds[k%len(planmodel.DecisionKinds)])
	year := p.FirstYear + k%LargeYears
	for _, std := range []planmodel.Standard{planmodel.Bokmal, planmodel.Nynorsk} {
		w := largeWords[std]
		d.Texts[std] = planmodel.DecisionText{
			Title:       fmt.Sprintf("%s %d: %s", w[0], k+1, largeAreas[k%len(largeAreas)]),
			Summary:     paragraphs(w[1], 2),
			Background:  paragraphs(w[2], 4),
			Assessment:  paragraphs(w[3], 4),
			Points:      []string{w[4], w[5], w[6], w[7]},
			Attachments: []string{"Strategisk næringsplan", "Ressurs- og finansieringsplan", fmt.Sprintf("Referat frå regionrådet %d", year)},
			Changed:     now,
		}
	}
	for i := range d.Paths {
		c := &d.Paths[i]
		c.ArchiveRef = fmt.Sprintf("%d/%d", year, 100+10*k+i)
		c.CaseOfficer = "Næringsrådgjevar i " + p.NameOf(c.Municipality)
		if i%2 == 0 {
			c.Steps = append([]planmodel.CaseStep{{Body: "Utval for næring og plan"}}, c.Steps...)
		}
		for j := range c.Steps {
			s := &c.Steps[j]
			s.CaseNumber = fmt.Sprintf("%d/%02d", 10+j*10+k%9, year%100)
			s.Meeting = fmt.Sprintf("%d-%02d-%02d", year, 2+k%9, 3+7*j)
			if k < LargeDecisions/2 {
				s.Status, s.Decided = planmodel.CaseAdopted, s.Meeting
			} else if j == 0 {
				s.Status = planmodel.CaseSent
			}
		}
	}
	return d
}

// paragraphs repeats a paragraph n times, separated by blank lines.
func paragraphs(text string, n int) string {
	ps := make([]string, n)
	for i := range ps {
		ps[i] = text
	}
	return strings.Join(ps, "\n\n")
}

// largeWords holds, per standard, a title word, three paragraphs and four
// decision points for the large plan's decisions.
var largeWords = map[planmodel.Standard][8]string{
	planmodel.Bokmal: {
		"Vedtak",
		"Kommunene i regionen har sammen arbeidet fram et felles grunnlag for næringsutvikling. Saken legger fram forslaget for vedtak i hver kommune, med kommunens bidrag til gjennomføringen.",
		"Arbeidet har gått over flere år, med kunnskapsgrunnlag, fokusgrupper og verksteder i alle kommunene. Næringsrådgiverne har møttes jevnlig og forankret innholdet i egen kommune underveis, og regionrådet har fulgt arbeidet tett.",
		"Kommunedirektøren mener forslaget gir {kommune} en tydelig rolle i regionen og et godt grunnlag for å samarbeide om konkrete tiltak. Et likelydende vedtak i alle kommunestyrene gjør at hver kommune kan handle på vegne av flere enn seg selv.",
		"{kommune} kommune slutter seg til forslaget slik det er lagt fram.",
		"{kommune} kommune bidrar med {bidrag} i planperioden, fordelt per år slik saken viser.",
		"Kommunedirektøren får fullmakt til å følge opp tiltakene kommunen har ansvar for.",
		"Kommunestyret ber om en orientering om framdriften hvert år.",
	},
	planmodel.Nynorsk: {
		"Vedtak",
		"Kommunane i regionen har saman arbeidd fram eit felles grunnlag for næringsutvikling. Saka legg fram forslaget for vedtak i kvar kommune, med bidraget frå kommunen til gjennomføringa.",
		"Arbeidet har gått over fleire år, med kunnskapsgrunnlag, fokusgrupper og verkstader i alle kommunane. Næringsrådgjevarane har møtst jamleg og forankra innhaldet i eigen kommune undervegs, og regionrådet har følgt arbeidet tett.",
		"Kommunedirektøren meiner forslaget gir {kommune} ei tydeleg rolle i regionen og eit godt grunnlag for å samarbeide om konkrete tiltak. Eit likelydande vedtak i alle kommunestyra gjer at kvar kommune kan handle på vegner av fleire enn seg sjølv.",
		"{kommune} kommune sluttar seg til forslaget slik det er lagt fram.",
		"{kommune} kommune bidreg med {bidrag} i planperioden, fordelt per år slik saka viser.",
		"Kommunedirektøren får fullmakt til å følgje opp tiltaka kommunen har ansvar for.",
		"Kommunestyret ber om ei orientering om framdrifta kvart år.",
	},
}
