package planmodel

// The example plans' resource plans and measures. The measures come from
// the case documents (seeds 003 and 004); every amount, every hour and the
// distribution keys are invented example figures of a plausible size.

func kristiansandResources() Resources {
	return Resources{
		Costs: []CostItem{
			{"Prosjektleiar (100 % stilling)", CostProjectManagement, every(2015, 2019, 950_000), nil},
			{"Kunnskapsgrunnlag og FoU-oppdrag", CostAnalysis, Yearly{2015: 450_000, 2016: 200_000}, nil},
			{"Samlingar i næringsnettverket og verkstader", CostWorkshops, every(2015, 2019, 180_000), nil},
			{"Formidling av resultat", CostCommunication, every(2015, 2019, 120_000), nil},
			{"Prosjektstilling treindustri (50 %)", CostMeasures, every(2016, 2018, 400_000), nil},
		},
		Funding: []FundingSource{
			{"Byregionprogrammet", FundState, Yearly{2015: 700_000, 2016: 700_000, 2017: 500_000, 2018: 500_000}, nil},
			{"Vest-Agder fylkeskommune", FundCounty, Yearly{2015: 300_000, 2016: 300_000, 2017: 300_000, 2018: 300_000, 2019: 200_000}, nil},
			{"Sørlandet kompetansefond", FundOther, every(2016, 2018, 200_000), nil},
			{"Kommunane sin felles del", FundJointShare, Yearly{2015: 700_000, 2016: 650_000, 2017: 650_000, 2018: 650_000, 2019: 1_000_000}, nil},
		},
		Key: DistributionKey{Method: KeyMixed, EqualPercent: 20},
		Hours: map[string]Yearly{
			"Kristiansand": every(2015, 2019, 850), "Vennesla": every(2015, 2019, 300),
			"Songdalen": every(2015, 2019, 150), "Birkenes": every(2015, 2019, 250),
			"Iveland": every(2015, 2019, 80), "Lillesand": every(2015, 2019, 200),
			"Søgne": every(2015, 2019, 180),
		},
	}
}

func kristiansandMeasures() []Measure {
	return withIDs([]Measure{
		{Title: "Grønt datalagringssenter i Vennesla", Scope: ScopeCommon, Responsible: "Vennesla", Area: "Næringsareal og infrastruktur", Status: MeasureRunning, FirstYear: 2015, LastYear: 2019, Cost: 300_000,
			Description: "Regionen står samla bak datalagringssenteret og arbeider for spin-off-effektar til andre forretningsområde."},
		{Title: "Smartskog – berekraftig verdikjede for tre", Scope: ScopeCommon, Responsible: "Birkenes", Area: "Grøn forretningsutvikling", Status: MeasureRunning, FirstYear: 2015, LastYear: 2018, Cost: 250_000,
			Description: "Skogeigarane sitt selskap i Birkenes, med kommunen som nettverksbyggjar og støtte frå heile regionen."},
		{Title: "Næringsnettverket for næringsrådgjevarane", Scope: ScopeCommon, Responsible: "Kristiansand", Area: "Samarbeid og kompetanse", QuickWin: true, Status: MeasureRunning, FirstYear: 2015, LastYear: 2019, Cost: 150_000,
			Description: "Næringsrådgjevarane i dei sju kommunane møtest jamleg og følgjer opp fellestiltaka."},
		{Title: "Prosjektstilling for treindustri og grøn forretningsutvikling", Scope: ScopeCommon, Responsible: "Kristiansand", Area: "Grøn forretningsutvikling", Status: MeasurePlanned, FirstYear: 2016, LastYear: 2018, Cost: 1_200_000},
		{Title: "Felles formidling av resultat", Scope: ScopeCommon, Responsible: "Lillesand", Area: "Omdømme og kommunikasjon", QuickWin: true, Status: MeasurePlanned, FirstYear: 2015, LastYear: 2019, Cost: 100_000},
		{Title: "Felles oversikt over ledige næringsareal", Scope: ScopeCommon, Responsible: "Søgne", Area: "Næringsareal og infrastruktur", Status: MeasureIdea, FirstYear: 2016, LastYear: 2017, Cost: 150_000},
		{Title: "Felles mottak av nye etablerarar", Scope: ScopeCommon, Responsible: "Songdalen", Area: "Etablering", Status: MeasurePlanned, FirstYear: 2016, LastYear: 2019, Cost: 120_000},
		{Title: "Etablerarkurs i Iveland", Scope: ScopeLocal, Responsible: "Iveland", Area: "Etablering", QuickWin: true, Status: MeasurePlanned, FirstYear: 2016, LastYear: 2016, Cost: 40_000},
	})
}

func hallingdalResources() Resources {
	return Resources{
		Costs: []CostItem{
			{"Prosjektleiar i regionrådet", CostProjectManagement, every(2016, 2019, 1_100_000), nil},
			{"Kunnskapsgrunnlag og analyse", CostAnalysis, Yearly{2016: 450_000, 2017: 250_000}, nil},
			{"Hallingtinget og verkstader", CostWorkshops, every(2016, 2019, 200_000), nil},
			{"Kommunikasjon og omdømme", CostCommunication, every(2016, 2019, 150_000), nil},
			{"Fellestiltak", CostMeasures, Yearly{2016: 300_000, 2017: 550_000, 2018: 550_000, 2019: 550_000}, nil},
		},
		Funding: []FundingSource{
			{"Byregionprogrammet fase 2", FundState, every(2016, 2019, 1_500_000), nil},
			{"Buskerud fylkeskommune", FundCounty, every(2016, 2019, 250_000), nil},
			{"Kommunane sin felles del", FundJointShare, Yearly{2016: 450_000, 2017: 500_000, 2018: 250_000, 2019: 250_000}, nil},
		},
		Key: DistributionKey{Method: KeyMixed, EqualPercent: 50},
		Hours: map[string]Yearly{
			"Flå": every(2016, 2019, 120), "Nes": every(2016, 2019, 200), "Gol": every(2016, 2019, 400),
			"Hemsedal": every(2016, 2019, 200), "Ål": every(2016, 2019, 300), "Hol": every(2016, 2019, 300),
		},
	}
}

func hallingdalMeasures() []Measure {
	return withIDs([]Measure{
		{Title: "Breibandutbygging i heile Hallingdal", Scope: ScopeCommon, Responsible: "Hol", Area: "Infrastruktur", Status: MeasureRunning, FirstYear: 2016, LastYear: 2019, Cost: 400_000,
			Description: "Samla om eit felles «ytre» prosjekt utan vinnarar og taparar."},
		{Title: "Hallingdal Trepellets – det grøne skiftet", Scope: ScopeCommon, Responsible: "Ål", Area: "Det grøne skiftet", Status: MeasureRunning, FirstYear: 2016, LastYear: 2018, Cost: 200_000},
		{Title: "Mogelegheitskart og funksjonell arbeidsdeling", Scope: ScopeCommon, Responsible: "Gol", Area: "Funksjonell arbeidsdeling", QuickWin: true, Status: MeasurePlanned, FirstYear: 2016, LastYear: 2017, Cost: 150_000,
			Description: "Kva er kvar kommune god på, og kva er han vertskap for? Kartet frå Hallingtinget vert utvikla vidare."},
		{Title: "Felles satsing på lærlingar", Scope: ScopeCommon, Responsible: "Nes", Area: "Kompetanse", Status: MeasurePlanned, FirstYear: 2017, LastYear: 2019, Cost: 250_000},
		{Title: "Lokale leverandørar i kommunale innkjøp", Scope: ScopeCommon, Responsible: "Gol", Area: "Nye arbeidsplassar", QuickWin: true, Status: MeasureIdea, FirstYear: 2017, LastYear: 2017, Cost: 50_000},
		{Title: "Alliansar for Sokna–Ørgenvika og Ringeriksbanen", Scope: ScopeCommon, Responsible: "Flå", Area: "Samferdsel", Status: MeasureRunning, FirstYear: 2016, LastYear: 2019, Cost: 100_000},
		{Title: "Reiselivssamarbeid med Hemsedal som trekkplaster", Scope: ScopeCommon, Responsible: "Hemsedal", Area: "Reiseliv", Status: MeasureIdea, FirstYear: 2018, LastYear: 2019, Cost: 300_000},
		{Title: "Visit Hallingdal – felles destinasjonsselskap", Scope: ScopeCommon, Responsible: "Hemsedal", Area: "Reiseliv", Status: MeasureStopped, FirstYear: 2016, LastYear: 2016,
			Description: "Lagt til side: mangla forankring i næringa og kommunane."},
		{Title: "Kulturnæring rundt Gamle Nes", Scope: ScopeLocal, Responsible: "Nes", Area: "Reiseliv", Status: MeasurePlanned, FirstYear: 2017, LastYear: 2018, Cost: 80_000},
	})
}

// every returns the same amount for each year from first to last.
func every(first, last int, amount int64) Yearly {
	y := Yearly{}
	for year := first; year <= last; year++ {
		y[year] = amount
	}
	return y
}

func withIDs(ms []Measure) []Measure {
	for i := range ms {
		ms[i].ID = NewID()
	}
	return ms
}
