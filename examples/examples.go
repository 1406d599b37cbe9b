// Package examples holds the example plans the app and the command line
// offer, Kristiansandregionen and Hallingdal from the case documents, and the
// large plan the tests and benchmarks measure against. It is not the
// domain's business, so it lives apart from planmodel.
package examples

import (
	"fmt"
	"strings"
	"time"

	"regionplan/planmodel"
)

// The names of the example plans.
const (
	Kristiansand = "kristiansand" // Kristiansandregionen, seven municipalities (seed 004)
	Hallingdal   = "hallingdal"   // Hallingdal right after the 2015 election (seed 003)
)

// Names lists the example plans, in the order the app offers them.
var Names = []string{Kristiansand, Hallingdal}

// ExampleNote marks the figures the case documents do not give.
const ExampleNote = "Example figures where the case documents give none."

// Plan returns a new copy of the named example plan, with a fresh ID and
// times set to now. Kristiansandregionen comes from seed 004 (seven
// municipalities, 135 802 inhabitants on 1 January 2015) and Hallingdal from
// seed 003 (six municipalities, right after the 2015 election); the split of
// population per municipality, the areas and the written standards of the
// neutral municipalities are example figures, and so is every amount and
// hour of the resource plans (see examples_resources.go). Numbers, and
// Hallingdal's language decisions, are the register's of 2024 (Hallingdal's
// "Nes" is today's Nesbyen, 3322); Songdalen and Søgne, merged into
// Kristiansand in 2020, keep their old numbers and are not in the register.
func Plan(name string, now time.Time) (*planmodel.Plan, error) {
	var p *planmodel.Plan
	switch strings.ToLower(name) {
	case Kristiansand:
		p = &planmodel.Plan{
			Name:      "Strategisk næringsplan for Kristiansandregionen",
			Region:    "Kristiansandregionen",
			FirstYear: 2015,
			LastYear:  2019,
			Applicant: "Kristiansand",
			OrgForm:   planmodel.OrgProjectGroup,
			Leader:    "Prosjektleder i Kristiansand kommune",
			LeaderIn:  planmodel.Wording{planmodel.Nynorsk: "Prosjektleiar i Kristiansand kommune"},
			Contact:   "Næringsnettverket i Kristiansandregionen",
			Steering:  []string{"Ordførarane i dei sju kommunane", "Kommunedirektørane i dei sju kommunane"},
			Municipalities: []planmodel.Municipality{
				example("Kristiansand", "4204", 87446, 277, planmodel.Bokmal, "Bystyret"),
				example("Vennesla", "4223", 14185, 384, planmodel.Bokmal, "Kommunestyret"),
				example("Songdalen", "1017", 6324, 218, planmodel.Bokmal, "Kommunestyret"),
				example("Birkenes", "4216", 5105, 674, planmodel.Bokmal, "Kommunestyret"),
				example("Iveland", "4218", 1324, 262, planmodel.Nynorsk, "Kommunestyret"),
				example("Lillesand", "4215", 10409, 190, planmodel.Bokmal, "Bystyret"),
				example("Søgne", "1018", 11009, 151, planmodel.Bokmal, "Kommunestyret"),
			},
			Resources: kristiansandResources(),
			Measures:  kristiansandMeasures(),
		}
	case Hallingdal:
		p = &planmodel.Plan{
			Name:      "Strategisk plan for Hallingdal – byregionprogrammet fase 2",
			Region:    "Hallingdal",
			FirstYear: 2016,
			LastYear:  2019,
			Applicant: "Gol",
			OrgForm:   planmodel.OrgRegionalCouncil,
			Leader:    "Dagleg leiar i Regionrådet for Hallingdal",
			LeaderIn:  planmodel.Wording{planmodel.Bokmal: "Daglig leder i Regionrådet for Hallingdal"},
			Contact:   "Regionrådet for Hallingdal",
			Steering:  []string{"Hallingtinget", "Regionrådet for Hallingdal"},
			Municipalities: []planmodel.Municipality{
				example("Flå", "3320", 1052, 704, planmodel.Bokmal, "Kommunestyret"),
				example("Nes", "3322", 3436, 810, planmodel.Bokmal, "Kommunestyret"),
				example("Gol", "3324", 4621, 532, planmodel.Nynorsk, "Kommunestyret"),
				example("Hemsedal", "3326", 2411, 753, planmodel.Nynorsk, "Kommunestyret"),
				example("Ål", "3328", 4703, 1172, planmodel.Nynorsk, "Kommunestyret"),
				example("Hol", "3330", 4480, 1856, planmodel.Neutral, "Kommunestyret"),
			},
			Resources: hallingdalResources(),
			Measures:  hallingdalMeasures(),
		}
	default:
		return nil, fmt.Errorf("there is no example plan called %q; choose one of %s", name, strings.Join(Names, ", "))
	}
	// The example data names municipalities; they get IDs first, and every
	// name among the references becomes an ID at the end.
	p.AssignIDs()
	p.ID = planmodel.NewID()
	p.Example = true
	p.Created, p.Updated = now, now
	p.Checklist = map[string]planmodel.ItemState{}
	exampleDecisions(p, strings.ToLower(name), now)
	exampleGoals(p, strings.ToLower(name))
	addStageTools(p, strings.ToLower(name))
	exampleFollowUp(p, strings.ToLower(name))
	examplePapers(p)
	p.ResolveNames()
	return p, nil
}

func example(name, number string, population int, area float64, std planmodel.Standard, council string) planmodel.Municipality {
	return planmodel.Municipality{
		Name: name, Number: number, Population: population, PopulationDate: "2015-01-01",
		AreaKm2: area, Standard: std, Council: council,
	}
}
