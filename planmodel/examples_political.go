package planmodel

import "time"

// exampleGoals gives the example plans goals, sub-goals and, for
// Kristiansandregionen, a finished re-anchoring after the 2015 election.
// Hallingdal has none, so it opens right after the 2015 election with the
// re-anchoring still to do. The figures are example figures; the
// over-ambitious jobs target echoes the seeds' warning, and its
// measurements from 2015 to 2018 lie behind the path.
// jobsSource is where the example's job figures would come from.
const jobsSource = "SSB, sysselsette etter arbeidsstad (eksempeltal)"

func exampleGoals(p *Plan, name string) {
	f := func(x float64) *float64 { return &x }
	switch name {
	case "kristiansand":
		p.Goals = []Goal{
			{ID: NewID(), Title: "Flere arbeidsplasser i privat sektor", Term: TermLong, Indicator: "nye arbeidsplasser i privat sektor i regionen", Unit: "arbeidsplasser",
				Baseline: f(0), BaseYear: 2014, Target: f(1500), Deadline: 2019, Status: GoalAtRisk,
				Measurements: []Measurement{
					{Year: 2015, Value: 120, Source: jobsSource}, {Year: 2016, Value: 230, Source: jobsSource},
					{Year: 2017, Value: 350, Source: jobsSource}, {Year: 2018, Value: 520, Source: jobsSource, Note: "Foreløpige tal"},
				},
				SubGoals: []SubGoal{
					{Title: "Næringsnettverket følger opp fellestiltakene", FirstYear: 2015, LastYear: 2019, Lead: "Kristiansand"},
					{Title: "Smartskog etablert som selskap", FirstYear: 2015, LastYear: 2016, Lead: "Birkenes"},
				}},
			{ID: NewID(), Title: "Datalagringssenteret i Vennesla ferdig regulert", Term: TermShort, Indicator: "regulert areal", Unit: "dekar",
				Baseline: f(110), BaseYear: 2015, Target: f(3100), Deadline: 2016, Status: GoalOnTrack,
				Measurements: []Measurement{{Year: 2015, Value: 110, Source: "Vennesla kommune, plankart"}},
				SubGoals:     []SubGoal{{Title: "Områdeplanen sluttbehandlet", FirstYear: 2015, LastYear: 2016, Lead: "Vennesla", Reanchor: true}}},
			{ID: NewID(), Title: "En sterkere regional utviklingskultur", Term: TermLong, Status: GoalOnTrack},
		}
		r := p.StartReanchoring(2015, time.Date(2015, 10, 20, 0, 0, 0, 0, time.UTC))
		for i := range r.Municipalities {
			r.Municipalities[i].Done = map[string]string{
				StepBriefed: "2015-11-05", StepContacts: "2015-11-20", StepDecision: "2016-02-18", StepContribution: "2016-02-18",
			}
		}
	case "hallingdal":
		p.Goals = []Goal{
			{ID: NewID(), Title: "Fleire arbeidsplassar i Hallingdal", Term: TermLong, Indicator: "arbeidsplassar i regionen", Unit: "arbeidsplassar",
				Baseline: f(10400), BaseYear: 2015, Target: f(10800), Deadline: 2019, Status: GoalNotStarted,
				SubGoals: []SubGoal{
					{Title: "Felles næringsareal kartlagt", FirstYear: 2016, LastYear: 2017, Lead: "Gol"},
					{Title: "Trepellets og grønt skifte", FirstYear: 2016, LastYear: 2019, Lead: "Ål"},
				}},
			{ID: NewID(), Title: "Breiband til alle husstandar", Term: TermShort, Indicator: "husstandar med minst 100 Mbit/s", Unit: "%",
				Baseline: f(55), BaseYear: 2015, Target: f(95), Deadline: 2019, Status: GoalOnTrack,
				Measurements: []Measurement{{Year: 2016, Value: 62, Source: "Nkom, breibandkartlegginga"}, {Year: 2017, Value: 71, Source: "Nkom, breibandkartlegginga"}},
				SubGoals:     []SubGoal{{Title: "Felles utbyggingsavtale", FirstYear: 2016, LastYear: 2017, Lead: "Hol"}}},
			{ID: NewID(), Title: "Tillit og samhandling mellom kommunane", Term: TermLong, Status: GoalNotStarted},
		}
	}
}
