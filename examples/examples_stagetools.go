package examples

import "regionplan/planmodel"

// The stage tools' content of the example plans. The case documents give
// the lessons, projects, strengths and people's roles; the trust scores,
// dates of the rounds and benefits per municipality are example figures.

// addStageTools fills the stage tools of the named example plan.
func addStageTools(p *planmodel.Plan, name string) {
	switch name {
	case Kristiansand:
		kristiansandTools(p)
	case Hallingdal:
		hallingdalTools(p)
	}
}

// assessed makes a trust assessment that answers every statement of a
// factor with that factor's score, in the order of TrustFactors.
func assessed(date string, municipality planmodel.MunicipalityID, group planmodel.TrustGroup, comment string, scores [5]int) planmodel.TrustAssessment {
	a := planmodel.TrustAssessment{Date: date, Municipality: municipality, Group: group, Comment: comment, Answers: map[string]int{}}
	for _, s := range planmodel.TrustStatements {
		for i, f := range planmodel.TrustFactors {
			if s.Factor == f {
				a.Answers[s.ID] = scores[i]
			}
		}
	}
	return a
}

// stakeholder makes one stakeholder of the analysis.
func stakeholder(name string, power, interest int, message, channel string, ambassador bool) planmodel.Stakeholder {
	return planmodel.Stakeholder{Name: name, Power: power, Interest: interest, KeyMessage: message, Channel: channel, Ambassador: ambassador}
}

// benefits maps the plan's municipalities, in order, to the given benefits.
func benefits(p *planmodel.Plan, bs ...planmodel.Benefit) map[planmodel.MunicipalityID]planmodel.Benefit {
	m := map[planmodel.MunicipalityID]planmodel.Benefit{}
	for i, b := range bs {
		m[p.Municipalities[i].ID] = b
	}
	return m
}

func kristiansandTools(p *planmodel.Plan) {
	expect := map[string]string{
		"Kristiansand": "Sterkere vekst i hele bo- og arbeidsmarkedsregionen, og en region som står samlet overfor investorer.",
		"Vennesla":     "Regionen står bak datalagringssenteret, og spin-off-effektene kommer hele regionen til gode.",
		"Songdalen":    "Flere arbeidsplasser i pendleravstand og hjelp fra nettverket til egne etablerere.",
		"Birkenes":     "Støtte til Smartskog og grønn verdiskaping fra skogen.",
		"Iveland":      "Faglig fellesskap for en liten administrasjon, og tiltak som også når de minste kommunene.",
		"Lillesand":    "Felles markedsføring av næringsareal og reiseliv langs kysten.",
		"Søgne":        "Et næringsnettverk som deler kompetanse, slik at kommunen kan handle raskt når muligheter byr seg.",
	}
	for i := range p.Municipalities {
		p.Municipalities[i].Expectation = expect[p.Municipalities[i].Name]
	}
	rounds := []struct {
		date, comment string
		base          [5]int
	}{
		{"2014-09-15", "Første runde, før næringsnettverket var etablert.", [5]int{3, 3, 3, 2, 2}},
		{"2015-06-10", "Nettverket møtes jevnlig; fellestiltakene har fått ansvarlige kommuner.", [5]int{4, 3, 4, 3, 3}},
		{"2016-03-08", "Ordførerne sto sammen om Smartskog og datalagringssenteret.", [5]int{4, 4, 4, 4, 4}},
	}
	for _, r := range rounds {
		for i, m := range p.Municipalities {
			s := r.base
			if i%3 == 1 && s[3] < planmodel.MaxScore {
				s[3]++ // some municipalities see the processes more kindly than others
			}
			p.Trust = append(p.Trust, assessed(r.date, m.ID, "", "", s))
		}
		p.Trust = append(p.Trust, assessed(r.date, "", planmodel.GroupBusiness, r.comment, r.base))
	}
	p.TrustNotes = "Egenvurderingene tas på møtene i næringsnettverket hvert halvår. Internt: drøftes i nettverket, ikke i saksfremlegg."
	p.Sources = []planmodel.Source{
		{Kind: planmodel.SourceStatistics, Title: "Befolkning og sysselsetting i de sju kommunene", Author: "Statistisk sentralbyrå, bearbeidet av prosjektleder", Date: "2015-01-01", Status: planmodel.SourceDone,
			Summary: "135 802 innbyggere i regionen per 1. januar 2015.", Findings: "Kristiansand har to av tre innbyggere; omegnskommunene vokser raskest."},
		{Kind: planmodel.SourceAnalysis, Title: "Kommunalt samarbeid på næringsfeltet", Author: "Oxford Research", Date: "2015-03-01", Status: planmodel.SourceDone,
			Summary: "Råd om hva som gir et godt grunnlag for samarbeid mellom kommuner om næringsutvikling.", Findings: "Tydelig eierskap og formell forankring er avgjørende; samarbeidet må gi resultater for alle parter."},
		{Kind: planmodel.SourceInterview, Title: "Samtaler med næringsrådgiverne", Author: "Prosjektleder", Date: "2015-04-20", Status: planmodel.SourceDone,
			Summary: "Én samtale med næringsrådgiveren i hver kommune.", Findings: "Rådgiverne savner et faglig fellesskap; de små kommunene har få folk å spille på."},
		{Kind: planmodel.SourceRDStudy, Title: "Ringvirkninger av datalagring og grønn industri", Author: "Bestilt fra et regionalt FoU-miljø", Date: "2016-09-01", Status: planmodel.SourceInProgress,
			Summary: "Hvilke spin-off-effekter kan datalagringssenteret og Smartskog gi resten av regionen?"},
	}
	p.RDBrief = &planmodel.RDBrief{
		Questions:    "1. Hvilke næringer i regionen kan dra nytte av datalagringssenteret i Vennesla?\n2. Hva skal til for at verdikjeden fra tre på rot til grønne ferdigprodukter blir i regionen?\n3. Hvilke hindringer for samspillet mellom kommunene kan vi påvirke?",
		WorkingGroup: "Næringsnettverket: næringsrådgiverne i de sju kommunene og Knutepunkt Sørlandet",
		Provider:     "Regionalt FoU-miljø (eksempel)",
		Deadline:     "2016-09-01",
	}
	p.ActionAreas = []planmodel.ActionArea{
		{Name: "Næringsareal og store etableringer", RegionalBenefit: "Regionen står samlet når investorer spør, som med datalagringssenteret i Vennesla.",
			Benefits: benefits(p, planmodel.BenefitDirect, planmodel.BenefitDirect, planmodel.BenefitIndirect, planmodel.BenefitIndirect, planmodel.BenefitIndirect, planmodel.BenefitDirect, planmodel.BenefitIndirect)},
		{Name: "Grønn verdiskaping fra skog og tre", RegionalBenefit: "En bærekraftig verdikjede fra tre på rot til grønne ferdigprodukter.",
			Benefits: benefits(p, planmodel.BenefitIndirect, planmodel.BenefitDirect, planmodel.BenefitIndirect, planmodel.BenefitDirect, planmodel.BenefitDirect, planmodel.BenefitIndirect, planmodel.BenefitNone)},
		{Name: "Et felles vertskap for næringslivet", RegionalBenefit: "Næringsrådgiverne deler kompetanse og følger opp etablerere på tvers av kommunegrensene.",
			Benefits: benefits(p, planmodel.BenefitDirect, planmodel.BenefitDirect, planmodel.BenefitDirect, planmodel.BenefitDirect, planmodel.BenefitDirect, planmodel.BenefitDirect, planmodel.BenefitDirect)},
	}
	p.Strengths = []planmodel.Strength{
		{Task: "Regionsenter med kompetansemiljø og høyere utdanning", Municipalities: []planmodel.MunicipalityID{"Kristiansand"}},
		{Task: "Stort, regulert næringsareal med grønn kraft og fiber", Municipalities: []planmodel.MunicipalityID{"Vennesla"}},
		{Task: "Skog og trebasert næring", Municipalities: []planmodel.MunicipalityID{"Birkenes", "Iveland"}},
		{Task: "Kystnært reiseliv", Municipalities: []planmodel.MunicipalityID{"Lillesand", "Søgne"}},
		{Task: "Attraktive boområder i pendleravstand", Municipalities: []planmodel.MunicipalityID{"Songdalen", "Søgne", "Vennesla"}},
	}
	p.FocusGroups = []planmodel.FocusGroup{
		{Name: "Næringsnettverket", ValueChain: "Alle næringer", Members: []string{
			"Næringsrådgiver, Kristiansand", "Næringsrådgiver, Vennesla", "Næringsrådgiver, Songdalen", "Næringsrådgiver, Birkenes",
			"Næringsrådgiver, Iveland", "Næringsrådgiver, Lillesand", "Næringsrådgiver, Søgne", "Knutepunkt Sørlandet"}},
		{Name: "Skog og tre", ValueChain: "Fra tre på rot til grønne ferdigprodukter", Members: []string{
			"Skogeierlaget i Herefoss og Vegusdal", "SMARTSKOG AS", "Samfunnsrådgiver, Birkenes", "Sørlandet kompetansefond"}},
	}
	p.Workshops = []planmodel.Workshop{
		{Title: "Verksted om felles strategi", Date: "2015-02-12", Place: "Vennesla", Method: "SWOT i grupper på tvers av kommunene",
			Facilitator: "Prosjektleder, med PLP-metoden", Before: "Kunnskapsgrunnlaget og et utkast til mål ble sendt ut to uker før.",
			FollowUp:     "Oppsummering sendt alle deltakerne; innspillene er tatt inn i planutkastet.",
			Participants: []planmodel.Participant{planmodel.ParticipantPoliticians, planmodel.ParticipantAdministration, planmodel.ParticipantBusiness, planmodel.ParticipantYouth},
			SWOT: planmodel.SWOT{
				Strengths:     []string{"Ledig, regulert næringsareal", "Sterkt kompetansemiljø i regionsenteret"},
				Weaknesses:    []string{"Kommunene har jobbet spredt og med få ressurser", "Små administrasjoner i omegnskommunene"},
				Opportunities: []string{"Datalagring med grønn kraft", "Grønn verdiskaping fra skogen"},
				Threats:       []string{"Konkurranse om investorer med andre regioner", "At de minste kommunene ikke får noe igjen"},
			}},
		{Title: "Næringsnettverket: fellestiltakene", Date: "2015-09-17", Place: "Lillesand", Method: "Arbeidsmøte med tiltaksliste",
			Facilitator: "Prosjektleder", Before: "Status for hvert fellestiltak fra den ansvarlige kommunen.",
			FollowUp:     "Referat og oppdatert tiltaksliste; neste møte om seks uker.",
			Participants: []planmodel.Participant{planmodel.ParticipantAdministration, planmodel.ParticipantBusiness},
			SWOT: planmodel.SWOT{
				Strengths:     []string{"Rådgiverne er blitt nye kolleger og en heiagjeng"},
				Weaknesses:    []string{"Lite tid til oppfølging i den enkelte kommune"},
				Opportunities: []string{"Dele etablererveiledning på tvers"},
				Threats:       []string{"Nøkkelpersoner slutter"},
			}},
	}
	p.Stakeholders = []planmodel.Stakeholder{
		stakeholder("Ordførerne i de sju kommunene", 5, 4, "Sammen yter regionen mer enn hver kommune alene.", "Regionrådsmøter og felles pressemøter", true),
		stakeholder("Kommunestyrene og bystyrene", 5, 2, "Fellestiltakene gir resultater også i deres kommune.", "Orienteringssaker og felles saksfremlegg", false),
		stakeholder("Næringslivet i regionen", 3, 4, "Én dør inn til hele regionen.", "Nyhetsbrev og næringsforeninger", false),
		stakeholder("Investorer og etablerere", 3, 3, "Regionen står samlet og legger til rette.", "Møter og nettsiden", false),
		stakeholder("Regionale medier", 4, 2, "Konkrete resultater: arbeidsplasser og etableringer.", "Pressemeldinger", false),
		stakeholder("Næringsrådgiverne", 2, 5, "Nettverket er en møteplass og et fagfellesskap.", "Nettverksmøter", true),
	}
	p.Activities = []planmodel.Activity{
		{Date: "2015-05-20", Title: "Ordførerne står sammen om Smartskog", TitleIn: planmodel.Wording{planmodel.Nynorsk: "Ordførarane står saman om Smartskog"}, Channel: planmodel.ChannelPressRelease, Audience: "Regionale medier", Done: true, Result: "Omtalt i regionavisa og lokalradio."},
		{Date: "2015-10-01", Title: "Nyhetsbrev fra næringsnettverket", Channel: planmodel.ChannelNewsletter, Audience: "Næringslivet i regionen", Done: true, Result: "Sendt til 420 bedrifter."},
		{Date: "2016-06-10", Title: "Omvisning på tomta til datalagringssenteret", Channel: planmodel.ChannelMeeting, Audience: "Kommunestyrene og pressen"},
	}
	p.MediaPreparedness = "Prosjektleder tar imot henvendelser og avklarer med ordføreren i den ansvarlige kommunen før noe sies om et fellestiltak. Ved kritikk svarer vi raskt, med fakta, og viser til vedtatt plan."
}

func hallingdalTools(p *planmodel.Plan) {
	expect := map[string]string{
		"Gol":      "Gol som regionsenter for handel og offentlige tjenester, i en flerkjernestruktur der alle får noe.",
		"Ål":       "Sjukestugu, kulturhus og kreative næringer styrkes som regionale funksjoner.",
		"Hemsedal": "Reiselivet som trekkplaster for hele dalen, og hjelp med byggesaker i vekst.",
		"Hol":      "Energi, naturforvaltning og reiseliv som regionale styrker.",
	}
	for i := range p.Municipalities {
		p.Municipalities[i].Expectation = expect[p.Municipalities[i].Name]
	}
	before, after := "2015-06-11", "2015-11-03"
	p.Trust = []planmodel.TrustAssessment{
		assessed(before, "", planmodel.GroupPoliticians, "Godt samarbeid i de felles selskapene.", [5]int{4, 4, 4, 3, 3}),
		assessed(before, "", planmodel.GroupAdministration, "", [5]int{4, 4, 3, 3, 3}),
		assessed(before, "", planmodel.GroupBusiness, "Reiselivet opplever at kommunene drar hver sin vei.", [5]int{3, 3, 3, 3, 3}),
		assessed(after, "", planmodel.GroupPoliticians, "Første Hallingting etter valget: 4 av 6 ordførere og 23 av 30 formannskapsmedlemmer er nye og kjenner ikke planen.", [5]int{3, 2, 4, 3, 3}),
		assessed(after, "", planmodel.GroupAdministration, "Kommunedirektørene må forankre planen på nytt hos de nye formannskapene.", [5]int{4, 3, 4, 3, 3}),
		assessed(after, "", planmodel.GroupBusiness, "", [5]int{3, 2, 3, 3, 3}),
	}
	p.TrustNotes = "Internt: erfaringene fra Visit Hallingdal gjør at næringslivet er skeptisk til nye felles selskap. Ta det opp åpent, ikke i saksfremlegg."
	p.Sources = []planmodel.Source{
		{Kind: planmodel.SourceStatistics, Title: "Befolkning per kommune", Author: "Statistisk sentralbyrå", Date: "2015-01-01", Status: planmodel.SourceDone,
			Summary: "20 703 innbyggere i de seks kommunene.", Findings: "Ål, Gol og Hol er størst; Flå har litt over tusen innbyggere."},
		{Kind: planmodel.SourceInterview, Title: "Gruppearbeid på Hallingtinget: hvorfor lykkes eller mislykkes vi?", Author: "Regionrådet for Hallingdal og Distriktssenteret", Date: "2015-11-03", Status: planmodel.SourceDone,
			Summary:  "Seks grupper på tvers av kommunene om regionale prosjekter som lyktes og som mislyktes.",
			Findings: "IKT Hallingdal, renovasjonen og sjukestugu lyktes: god forankring og nytte for alle. Det felles reiselivsselskapet mislyktes: manglende forankring i næringen og kommunene, og konkurranse mellom destinasjonene."},
		{Kind: planmodel.SourceRDStudy, Title: "Funksjonell arbeidsdeling og flerkjernestruktur i Hallingdal", Author: "Menon Business Economics", Date: "2016-03-01", Status: planmodel.SourceInProgress,
			Summary: "Hva hver kommune er god på og er vertskap for, og hvilke oppgaver som bør løses sammen."},
	}
	p.RDBrief = &planmodel.RDBrief{
		Questions:    "1. Hvilke funksjoner taper hele regionen på om de forsvinner ut av dalen?\n2. Hvilke tjenester bør bare ligge ett sted, og hvor?\n3. Hva er hver kommune god på, og hvor er vi sårbare?",
		WorkingGroup: "Kommunedirektørene i de seks kommunene og Regionrådet for Hallingdal",
		Provider:     "Menon Business Economics",
		Deadline:     "2016-03-01",
	}
	// Flå's benefit is not yet clarified in the example, so the warning shows.
	p.ActionAreas = []planmodel.ActionArea{
		{Name: "Flerkjernestruktur", RegionalBenefit: "Regionale funksjoner fordeles på flere sentre, slik at hele dalen står sterkere.",
			Benefits: benefits(p, planmodel.BenefitNone, planmodel.BenefitIndirect, planmodel.BenefitDirect, planmodel.BenefitIndirect, planmodel.BenefitDirect, planmodel.BenefitDirect)},
		{Name: "Funksjonell arbeidsdeling", RegionalBenefit: "Oppgaver legges der kompetansen er, i stedet for at alle gjør alt.",
			Benefits: benefits(p, planmodel.BenefitNone, planmodel.BenefitDirect, planmodel.BenefitDirect, planmodel.BenefitDirect, planmodel.BenefitDirect, planmodel.BenefitDirect)},
		{Name: "Videreutvikling og nye arbeidsplasser", RegionalBenefit: "Kommunene bruker lokale bedrifter, satser på lærlinger og holder kompetansen i dalen.",
			Benefits: benefits(p, planmodel.BenefitNone, planmodel.BenefitIndirect, planmodel.BenefitDirect, planmodel.BenefitDirect, planmodel.BenefitIndirect, planmodel.BenefitDirect)},
	}
	p.Strengths = []planmodel.Strength{
		{Task: "Stoppe folk på vei gjennom dalen og skape handel", Municipalities: []planmodel.MunicipalityID{"Flå"}},
		{Task: "Hyttegrenda nærmest Oslo", Municipalities: []planmodel.MunicipalityID{"Flå"}},
		{Task: "Kompetanse innen demensomsorg", Municipalities: []planmodel.MunicipalityID{"Nes"}},
		{Task: "Store og gode på arrangementer", Municipalities: []planmodel.MunicipalityID{"Nes"}},
		{Task: "Opplæringskontoret og karrieresenteret", Municipalities: []planmodel.MunicipalityID{"Gol"}},
		{Task: "Handelssentrum og etablerersenteret", Municipalities: []planmodel.MunicipalityID{"Gol"}},
		{Task: "Landbruk i kombinasjon med reiseliv", Municipalities: []planmodel.MunicipalityID{"Hemsedal"}},
		{Task: "Trekkplaster for andre destinasjoner", Municipalities: []planmodel.MunicipalityID{"Hemsedal"}},
		{Task: "Hallingdal sjukestugu og luftambulansen", Municipalities: []planmodel.MunicipalityID{"Ål"}},
		{Task: "Kulturhus og kreativ næringshage", Municipalities: []planmodel.MunicipalityID{"Ål"}},
		{Task: "Stort plankontor og teknisk kompetanse", Municipalities: []planmodel.MunicipalityID{"Hol"}},
		{Task: "Energi: kompetanse og forvaltning", Municipalities: []planmodel.MunicipalityID{"Hol"}},
		{Task: "Reiseliv", Municipalities: []planmodel.MunicipalityID{"Hol", "Hemsedal"}},
	}
	p.FocusGroups = []planmodel.FocusGroup{
		{Name: "Reiseliv og hytter", ValueChain: "Destinasjoner, hytteutbygging, varehandel og transport", Members: []string{
			"Destinasjonsselskapene i Hemsedal og Hol", "Hytteutbyggere", "Handelsstanden på Gol", "Busselskap"}},
		{Name: "Grønn kompetanse og energi", ValueChain: "Fra skog og kraft til trepellets og nettdrift", Members: []string{
			"Hallingdal Trepellets", "Hallingdal Kraftnett", "Landbruksrådgiver"}},
	}
	p.Workshops = []planmodel.Workshop{
		{Title: "Hallingtinget: tillit og samarbeid etter valget", Date: after, Place: "Gol",
			Method:       "Plenum og gruppearbeid i seks grupper, på tvers av og innen kommunene",
			Facilitator:  "Regionrådet for Hallingdal, Distriktssenteret og Menon",
			Participants: []planmodel.Participant{planmodel.ParticipantPoliticians, planmodel.ParticipantAdministration},
			SWOT: planmodel.SWOT{
				Strengths:     []string{"Felles selskap som lyktes: IKT, renovasjon, kraftnett", "Offensiv utviklingskultur i Gol, Hemsedal og Flå"},
				Weaknesses:    []string{"Mange nye folkevalgte som ikke kjenner planen", "Konkurranse mellom destinasjonene"},
				Opportunities: []string{"6 mill. kr i byregionprogrammet fase 2", "Felles «ytre» prosjekter: bredbånd og jernbane"},
				Threats:       []string{"Regionale funksjoner som forsvinner ut av dalen", "Negativ presseomtale som svekker tilliten"},
			}},
		{Title: "Ungdomsrådet: å bo og arbeide i Hallingdal", Date: "2016-02-10", Place: "Ål", Method: "Kafédialog",
			Facilitator: "Det felles ungdomsrådet i Hallingdal", Before: "Spørsmålene ble sendt til ungdomsrådene i alle seks kommuner.",
			FollowUp:     "Innspillene ble lagt fram for regionrådet i mars.",
			Participants: []planmodel.Participant{planmodel.ParticipantYouth}},
	}
	p.Stakeholders = []planmodel.Stakeholder{
		stakeholder("De nye formannskapene", 5, 2, "Planen er deres å sette preg på.", "Hallingtinget og formannskapsmøter", false),
		stakeholder("Buskerud fylkeskommune", 4, 3, "Hallingdal samarbeider og leverer.", "Partnerskapsmøter", false),
		stakeholder("Reiselivet og destinasjonsselskapene", 3, 4, "Vi bygger på det dere er gode på, uten nye selskap ovenfra.", "Fokusgruppen og nyhetsbrev", false),
		stakeholder("Lokalavisa", 3, 3, "Det er folk som utvikler Hallingdal.", "Pressemeldinger og åpne møter", false),
		stakeholder("Ungdomsrådet i Hallingdal", 1, 4, "Dere har en plass i planen.", "Sosiale medier", true),
	}
	p.Activities = []planmodel.Activity{
		{Date: "2015-11-04", Title: "Nye folkevalde samla på Hallingtinget", TitleIn: planmodel.Wording{planmodel.Bokmal: "Nye folkevalgte samlet på Hallingtinget"}, Channel: planmodel.ChannelPressRelease, Audience: "Lokalavisa", Done: true, Result: "Sak i lokalavisa dagen etter."},
		{Date: "2016-01-15", Title: "Nyheitsbrev om byregionprogrammet fase 2", TitleIn: planmodel.Wording{planmodel.Bokmal: "Nyhetsbrev om byregionprogrammet fase 2"}, Channel: planmodel.ChannelNewsletter, Audience: "Formannskapene og næringslivet"},
	}
	p.MediaPreparedness = "Lederen av regionrådet uttaler seg på vegne av samarbeidet. Husk erfaringen med negativ omtale av reiselivsselskapet: svar raskt og åpent, og la kommunene få vite det først."
}
