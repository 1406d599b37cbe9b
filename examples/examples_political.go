package examples

import (
	"time"

	"regionplan/planmodel"
)

// exampleGoals gives the example plans goals, sub-goals and, for
// Kristiansandregionen, a finished re-anchoring after the 2015 election.
// Hallingdal has none, so it opens right after the 2015 election with the
// re-anchoring still to do. The figures are example figures; the
// over-ambitious jobs target echoes the seeds' warning, and its
// measurements from 2015 to 2018 lie behind the path.
// jobsSource is where the example's job figures would come from.
const jobsSource = "SSB, sysselsette etter arbeidsstad (eksempeltal)"

func exampleGoals(p *planmodel.Plan, name string) {
	f := func(x float64) *float64 { return &x }
	switch name {
	case Kristiansand:
		p.Goals = []planmodel.Goal{
			{ID: planmodel.NewID(), Title: "Flere arbeidsplasser i privat sektor", TitleIn: planmodel.Wording{planmodel.Nynorsk: "Fleire arbeidsplassar i privat sektor"}, Term: planmodel.TermLong, Indicator: "nye arbeidsplasser i privat sektor i regionen", Unit: "arbeidsplasser",
				Baseline: f(0), BaseYear: 2014, Target: f(1500), Deadline: 2019, Status: planmodel.GoalAtRisk,
				Measurements: []planmodel.Measurement{
					{Year: 2015, Value: 120, Source: jobsSource}, {Year: 2016, Value: 230, Source: jobsSource},
					{Year: 2017, Value: 350, Source: jobsSource}, {Year: 2018, Value: 520, Source: jobsSource, Note: "Foreløpige tal"},
				},
				SubGoals: []planmodel.SubGoal{
					{Title: "Næringsnettverket følger opp fellestiltakene", FirstYear: 2015, LastYear: 2019, Lead: "Kristiansand"},
					{Title: "Smartskog etablert som selskap", FirstYear: 2015, LastYear: 2016, Lead: "Birkenes"},
				}},
			{ID: planmodel.NewID(), Title: "Datalagringssenteret i Vennesla ferdig regulert", Term: planmodel.TermShort, Indicator: "regulert areal", Unit: "dekar",
				Baseline: f(110), BaseYear: 2015, Target: f(3100), Deadline: 2016, Status: planmodel.GoalOnTrack,
				Measurements: []planmodel.Measurement{{Year: 2015, Value: 110, Source: "Vennesla kommune, plankart"}},
				SubGoals:     []planmodel.SubGoal{{Title: "Områdeplanen sluttbehandlet", FirstYear: 2015, LastYear: 2016, Lead: "Vennesla", Reanchor: true}}},
			{ID: planmodel.NewID(), Title: "En sterkere regional utviklingskultur", TitleIn: planmodel.Wording{planmodel.Nynorsk: "Ein sterkare regional utviklingskultur"}, Term: planmodel.TermLong, Status: planmodel.GoalOnTrack},
		}
		r := p.StartReanchoring(2015, time.Date(2015, 10, 20, 0, 0, 0, 0, time.UTC))
		for i := range r.Municipalities {
			r.Municipalities[i].Done = map[string]string{
				planmodel.StepBriefed: "2015-11-05", planmodel.StepContacts: "2015-11-20", planmodel.StepDecision: "2016-02-18", planmodel.StepContribution: "2016-02-18",
			}
		}
	case Hallingdal:
		p.Goals = []planmodel.Goal{
			{ID: planmodel.NewID(), Title: "Fleire arbeidsplassar i Hallingdal", TitleIn: planmodel.Wording{planmodel.Bokmal: "Flere arbeidsplasser i Hallingdal"}, Term: planmodel.TermLong, Indicator: "arbeidsplassar i regionen", Unit: "arbeidsplassar",
				Baseline: f(10400), BaseYear: 2015, Target: f(10800), Deadline: 2019, Status: planmodel.GoalNotStarted,
				SubGoals: []planmodel.SubGoal{
					{Title: "Felles næringsareal kartlagt", FirstYear: 2016, LastYear: 2017, Lead: "Gol"},
					{Title: "Trepellets og grønt skifte", FirstYear: 2016, LastYear: 2019, Lead: "Ål"},
				}},
			{ID: planmodel.NewID(), Title: "Breiband til alle husstandar", TitleIn: planmodel.Wording{planmodel.Bokmal: "Bredbånd til alle husstander"}, Term: planmodel.TermShort, Indicator: "husstandar med minst 100 Mbit/s", Unit: "%",
				Baseline: f(55), BaseYear: 2015, Target: f(95), Deadline: 2019, Status: planmodel.GoalOnTrack,
				Measurements: []planmodel.Measurement{{Year: 2016, Value: 62, Source: "Nkom, breibandkartlegginga"}, {Year: 2017, Value: 71, Source: "Nkom, breibandkartlegginga"}},
				SubGoals:     []planmodel.SubGoal{{Title: "Felles utbyggingsavtale", FirstYear: 2016, LastYear: 2017, Lead: "Hol"}}},
			{ID: planmodel.NewID(), Title: "Tillit og samhandling mellom kommunane", TitleIn: planmodel.Wording{planmodel.Bokmal: "Tillit og samhandling mellom kommunene"}, Term: planmodel.TermLong, Status: planmodel.GoalNotStarted},
		}
	}
}
