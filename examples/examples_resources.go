package examples

import "regionplan/planmodel"

// The example plans' resource plans and measures. The measures come from
// the case documents (seeds 003 and 004); every amount, every hour and the
// distribution keys are invented example figures of a plausible size.

func kristiansandResources() planmodel.Resources {
	return planmodel.Resources{
		Costs: []planmodel.CostItem{
			{Title: "Prosjektleder (100 % stilling)", TitleIn: planmodel.Wording{planmodel.Nynorsk: "Prosjektleiar (100 % stilling)"}, Category: planmodel.CostProjectManagement, Amounts: every(2015, 2019, 950_000)},
			{Title: "Kunnskapsgrunnlag og FoU-oppdrag", Category: planmodel.CostAnalysis, Amounts: planmodel.Yearly{2015: 450_000, 2016: 200_000}},
			{Title: "Samlinger i næringsnettverket og verksteder", TitleIn: planmodel.Wording{planmodel.Nynorsk: "Samlingar i næringsnettverket og verkstader"}, Category: planmodel.CostWorkshops, Amounts: every(2015, 2019, 180_000)},
			{Title: "Formidling av resultater", TitleIn: planmodel.Wording{planmodel.Nynorsk: "Formidling av resultat"}, Category: planmodel.CostCommunication, Amounts: every(2015, 2019, 120_000)},
			{Title: "Prosjektstilling treindustri (50 %)", Category: planmodel.CostMeasures, Amounts: every(2016, 2018, 400_000)},
		},
		Funding: []planmodel.FundingSource{
			{Name: "Byregionprogrammet", Kind: planmodel.FundState, Amounts: planmodel.Yearly{2015: 700_000, 2016: 700_000, 2017: 500_000, 2018: 500_000}},
			{Name: "Vest-Agder fylkeskommune", Kind: planmodel.FundCounty, Amounts: planmodel.Yearly{2015: 300_000, 2016: 300_000, 2017: 300_000, 2018: 300_000, 2019: 200_000}},
			{Name: "Sørlandet kompetansefond", Kind: planmodel.FundOther, Amounts: every(2016, 2018, 200_000)},
			{Name: "Kommunenes felles andel", NameIn: planmodel.Wording{planmodel.Nynorsk: "Kommunane sin felles del"}, Kind: planmodel.FundJointShare, Amounts: planmodel.Yearly{2015: 700_000, 2016: 650_000, 2017: 650_000, 2018: 650_000, 2019: 1_000_000}},
		},
		Key: planmodel.DistributionKey{Method: planmodel.KeyMixed, EqualPercent: 20},
		Hours: map[planmodel.MunicipalityID]planmodel.Yearly{
			"Kristiansand": every(2015, 2019, 850), "Vennesla": every(2015, 2019, 300),
			"Songdalen": every(2015, 2019, 150), "Birkenes": every(2015, 2019, 250),
			"Iveland": every(2015, 2019, 80), "Lillesand": every(2015, 2019, 200),
			"Søgne": every(2015, 2019, 180),
		},
	}
}

func kristiansandMeasures() []planmodel.Measure {
	return withIDs([]planmodel.Measure{
		{Title: "Grønt datalagringssenter i Vennesla", Scope: planmodel.ScopeCommon, Responsible: "Vennesla", Area: "Næringsareal og infrastruktur", Status: planmodel.MeasureRunning, FirstYear: 2015, LastYear: 2019, Cost: 300_000,
			Description: "Regionen står samla bak datalagringssenteret og arbeider for spin-off-effektar til andre forretningsområde."},
		{Title: "Smartskog – bærekraftig verdikjede for tre", TitleIn: planmodel.Wording{planmodel.Nynorsk: "Smartskog – berekraftig verdikjede for tre"}, Scope: planmodel.ScopeCommon, Responsible: "Birkenes", Area: "Grøn forretningsutvikling", Status: planmodel.MeasureRunning, FirstYear: 2015, LastYear: 2018, Cost: 250_000,
			Description: "Skogeigarane sitt selskap i Birkenes, med kommunen som nettverksbyggjar og støtte frå heile regionen."},
		{Title: "Næringsnettverket for næringsrådgiverne", TitleIn: planmodel.Wording{planmodel.Nynorsk: "Næringsnettverket for næringsrådgjevarane"}, Scope: planmodel.ScopeCommon, Responsible: "Kristiansand", Area: "Samarbeid og kompetanse", QuickWin: true, Status: planmodel.MeasureRunning, FirstYear: 2015, LastYear: 2019, Cost: 150_000,
			Description: "Næringsrådgjevarane i dei sju kommunane møtest jamleg og følgjer opp fellestiltaka."},
		{Title: "Prosjektstilling for treindustri og grønn forretningsutvikling", TitleIn: planmodel.Wording{planmodel.Nynorsk: "Prosjektstilling for treindustri og grøn forretningsutvikling"}, Scope: planmodel.ScopeCommon, Responsible: "Kristiansand", Area: "Grøn forretningsutvikling", Status: planmodel.MeasurePlanned, FirstYear: 2016, LastYear: 2018, Cost: 1_200_000},
		{Title: "Felles formidling av resultater", TitleIn: planmodel.Wording{planmodel.Nynorsk: "Felles formidling av resultat"}, Scope: planmodel.ScopeCommon, Responsible: "Lillesand", Area: "Omdømme og kommunikasjon", QuickWin: true, Status: planmodel.MeasurePlanned, FirstYear: 2015, LastYear: 2019, Cost: 100_000},
		{Title: "Felles oversikt over ledige næringsareal", Scope: planmodel.ScopeCommon, Responsible: "Søgne", Area: "Næringsareal og infrastruktur", Status: planmodel.MeasureIdea, FirstYear: 2016, LastYear: 2017, Cost: 150_000},
		{Title: "Felles mottak av nye etablerere", TitleIn: planmodel.Wording{planmodel.Nynorsk: "Felles mottak av nye etablerarar"}, Scope: planmodel.ScopeCommon, Responsible: "Songdalen", Area: "Etablering", Status: planmodel.MeasurePlanned, FirstYear: 2016, LastYear: 2019, Cost: 120_000},
		{Title: "Etablererkurs i Iveland", TitleIn: planmodel.Wording{planmodel.Nynorsk: "Etablerarkurs i Iveland"}, Scope: planmodel.ScopeLocal, Responsible: "Iveland", Area: "Etablering", QuickWin: true, Status: planmodel.MeasurePlanned, FirstYear: 2016, LastYear: 2016, Cost: 40_000},
	})
}

func hallingdalResources() planmodel.Resources {
	return planmodel.Resources{
		Costs: []planmodel.CostItem{
			{Title: "Prosjektleiar i regionrådet", TitleIn: planmodel.Wording{planmodel.Bokmal: "Prosjektleder i regionrådet"}, Category: planmodel.CostProjectManagement, Amounts: every(2016, 2019, 1_100_000)},
			{Title: "Kunnskapsgrunnlag og analyse", Category: planmodel.CostAnalysis, Amounts: planmodel.Yearly{2016: 450_000, 2017: 250_000}},
			{Title: "Hallingtinget og verkstader", TitleIn: planmodel.Wording{planmodel.Bokmal: "Hallingtinget og verksteder"}, Category: planmodel.CostWorkshops, Amounts: every(2016, 2019, 200_000)},
			{Title: "Kommunikasjon og omdømme", Category: planmodel.CostCommunication, Amounts: every(2016, 2019, 150_000)},
			{Title: "Fellestiltak", Category: planmodel.CostMeasures, Amounts: planmodel.Yearly{2016: 300_000, 2017: 550_000, 2018: 550_000, 2019: 550_000}},
		},
		Funding: []planmodel.FundingSource{
			{Name: "Byregionprogrammet fase 2", Kind: planmodel.FundState, Amounts: every(2016, 2019, 1_500_000)},
			{Name: "Buskerud fylkeskommune", Kind: planmodel.FundCounty, Amounts: every(2016, 2019, 250_000)},
			{Name: "Kommunane sin felles del", NameIn: planmodel.Wording{planmodel.Bokmal: "Kommunenes felles andel"}, Kind: planmodel.FundJointShare, Amounts: planmodel.Yearly{2016: 450_000, 2017: 500_000, 2018: 250_000, 2019: 250_000}},
		},
		Key: planmodel.DistributionKey{Method: planmodel.KeyMixed, EqualPercent: 50},
		Hours: map[planmodel.MunicipalityID]planmodel.Yearly{
			"Flå": every(2016, 2019, 120), "Nes": every(2016, 2019, 200), "Gol": every(2016, 2019, 400),
			"Hemsedal": every(2016, 2019, 200), "Ål": every(2016, 2019, 300), "Hol": every(2016, 2019, 300),
		},
	}
}

func hallingdalMeasures() []planmodel.Measure {
	return withIDs([]planmodel.Measure{
		{Title: "Breibandutbygging i heile Hallingdal", TitleIn: planmodel.Wording{planmodel.Bokmal: "Bredbåndsutbygging i hele Hallingdal"}, Scope: planmodel.ScopeCommon, Responsible: "Hol", Area: "Infrastruktur", Status: planmodel.MeasureRunning, FirstYear: 2016, LastYear: 2019, Cost: 400_000,
			Description: "Samla om eit felles «ytre» prosjekt utan vinnarar og taparar."},
		{Title: "Hallingdal Trepellets – det grøne skiftet", TitleIn: planmodel.Wording{planmodel.Bokmal: "Hallingdal Trepellets – det grønne skiftet"}, Scope: planmodel.ScopeCommon, Responsible: "Ål", Area: "Det grøne skiftet", Status: planmodel.MeasureRunning, FirstYear: 2016, LastYear: 2018, Cost: 200_000},
		{Title: "Mogelegheitskart og funksjonell arbeidsdeling", Scope: planmodel.ScopeCommon, Responsible: "Gol", Area: "Funksjonell arbeidsdeling", QuickWin: true, Status: planmodel.MeasurePlanned, FirstYear: 2016, LastYear: 2017, Cost: 150_000,
			Description: "Kva er kvar kommune god på, og kva er han vertskap for? Kartet frå Hallingtinget vert utvikla vidare."},
		{Title: "Felles satsing på lærlingar", Scope: planmodel.ScopeCommon, Responsible: "Nes", Area: "Kompetanse", Status: planmodel.MeasurePlanned, FirstYear: 2017, LastYear: 2019, Cost: 250_000},
		{Title: "Lokale leverandørar i kommunale innkjøp", Scope: planmodel.ScopeCommon, Responsible: "Gol", Area: "Nye arbeidsplassar", QuickWin: true, Status: planmodel.MeasureIdea, FirstYear: 2017, LastYear: 2017, Cost: 50_000},
		{Title: "Alliansar for Sokna–Ørgenvika og Ringeriksbanen", Scope: planmodel.ScopeCommon, Responsible: "Flå", Area: "Samferdsel", Status: planmodel.MeasureRunning, FirstYear: 2016, LastYear: 2019, Cost: 100_000},
		{Title: "Reiselivssamarbeid med Hemsedal som trekkplaster", Scope: planmodel.ScopeCommon, Responsible: "Hemsedal", Area: "Reiseliv", Status: planmodel.MeasureIdea, FirstYear: 2018, LastYear: 2019, Cost: 300_000},
		{Title: "Visit Hallingdal – felles destinasjonsselskap", Scope: planmodel.ScopeCommon, Responsible: "Hemsedal", Area: "Reiseliv", Status: planmodel.MeasureStopped, FirstYear: 2016, LastYear: 2016,
			Description: "Lagt til side: mangla forankring i næringa og kommunane."},
		{Title: "Kulturnæring rundt Gamle Nes", Scope: planmodel.ScopeLocal, Responsible: "Nes", Area: "Reiseliv", Status: planmodel.MeasurePlanned, FirstYear: 2017, LastYear: 2018, Cost: 80_000},
	})
}

// every returns the same amount for each year from first to last.
func every(first, last int, amount int64) planmodel.Yearly {
	y := planmodel.Yearly{}
	for year := first; year <= last; year++ {
		y[year] = amount
	}
	return y
}

func withIDs(ms []planmodel.Measure) []planmodel.Measure {
	for i := range ms {
		ms[i].ID = planmodel.NewID()
	}
	return ms
}
