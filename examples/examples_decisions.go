package examples

import (
	"time"

	"regionplan/planmodel"
)

// exampleDecisions gives the example plans a realistic joint decision each:
// Kristiansandregionen adopting the plan with its funding, Hallingdal
// confirming the revised plan after the 2015 election. Case numbers, dates
// and officers are example figures.
func exampleDecisions(p *planmodel.Plan, name string, now time.Time) {
	var d planmodel.Decision
	switch name {
	case Kristiansand:
		d = p.NewDecision(planmodel.DecisionAdopt)
		d.Texts[planmodel.Bokmal] = planmodel.DecisionText{
			Title:      "Strategisk næringsplan for Kristiansandregionen 2015–2019 – vedtak og finansiering",
			Summary:    "Kommunene i Kristiansandregionen har sammen utarbeidet en strategisk næringsplan med felles mål, fellestiltak og lokale tiltak. Saken legger fram planen for vedtak i hver kommune, sammen med kommunenes bidrag til gjennomføringen.",
			Background: "Arbeidet har gått gjennom Byregionprogrammet. Næringsrådgiverne i de sju kommunene har møttes jevnlig i et felles næringsnettverk og har forankret innholdet i egen kommune underveis.\n\nPlanen har en overordnet strategi som alle kommunene står bak, og handlingsplaner med fellestiltak der én kommune har ansvar for oppfølgingen på vegne av de andre.",
			Assessment: "Kommunedirektøren mener planen gir {kommune} en tydelig rolle i regionen og et godt grunnlag for å samarbeide om konkrete prosjekter, som datalagringssenteret i Vennesla og Smartskog i Birkenes. Et felles vedtak i alle kommunestyrene gjør at hver kommune kan handle på vegne av flere enn seg selv.",
			Points: []string{
				"{kommune} kommune vedtar Strategisk næringsplan for Kristiansandregionen 2015–2019.",
				"{kommune} kommune bidrar med {bidrag} til gjennomføringen i planperioden: {bidrag per år}.",
				"Kommunedirektøren får fullmakt til å følge opp fellestiltakene kommunen har ansvar for.",
			},
			Attachments: []string{"Strategisk næringsplan for Kristiansandregionen 2015–2019", "Ressurs- og finansieringsplan"},
			Changed:     now,
		}
		d.Texts[planmodel.Nynorsk] = planmodel.DecisionText{
			Title:      "Strategisk næringsplan for Kristiansandregionen 2015–2019 – vedtak og finansiering",
			Summary:    "Kommunane i Kristiansandregionen har saman utarbeidd ein strategisk næringsplan med felles mål, fellestiltak og lokale tiltak. Saka legg fram planen for vedtak i kvar kommune, saman med bidraget frå kommunane til gjennomføringa.",
			Background: "Arbeidet har gått gjennom Byregionprogrammet. Næringsrådgjevarane i dei sju kommunane har møtst jamleg i eit felles næringsnettverk og har forankra innhaldet i eigen kommune undervegs.\n\nPlanen har ein overordna strategi som alle kommunane står bak, og handlingsplanar med fellestiltak der éin kommune har ansvar for oppfølginga på vegner av dei andre.",
			Assessment: "Kommunedirektøren meiner planen gir {kommune} ei tydeleg rolle i regionen og eit godt grunnlag for å samarbeide om konkrete prosjekt, som datalagringssenteret i Vennesla og Smartskog i Birkenes. Eit felles vedtak i alle kommunestyra gjer at kvar kommune kan handle på vegner av fleire enn seg sjølv.",
			Points: []string{
				"{kommune} kommune vedtek Strategisk næringsplan for Kristiansandregionen 2015–2019.",
				"{kommune} kommune bidreg med {bidrag} til gjennomføringa i planperioden: {bidrag per år}.",
				"Kommunedirektøren får fullmakt til å følgje opp fellestiltaka kommunen har ansvar for.",
			},
			Attachments: []string{"Strategisk næringsplan for Kristiansandregionen 2015–2019", "Ressurs- og finansieringsplan"},
			Changed:     now,
		}
		for i := range d.Paths {
			c := &d.Paths[i]
			c.ArchiveRef = "2015/4" + string(rune('1'+i)) + "7"
			c.Steps[0].Meeting, c.Steps[1].Meeting = "2015-03-05", "2015-03-19"
			c.Steps[0].CaseNumber, c.Steps[1].CaseNumber = "21/15", "34/15"
			c.Steps[0].Status, c.Steps[0].Decided = planmodel.CaseAdopted, "2015-03-05"
			c.Steps[1].Status = planmodel.CaseOnAgenda
			if i < 5 { // most councils have adopted it; two have yet to record it
				c.Steps[1].Status, c.Steps[1].Decided = planmodel.CaseAdopted, "2015-03-19"
			}
		}
	case Hallingdal:
		d = p.NewDecision(planmodel.DecisionRevision)
		d.Texts[planmodel.Nynorsk] = planmodel.DecisionText{
			Title:      "Revidert strategisk plan for Hallingdal – stadfesting etter kommunevalet 2015",
			Summary:    "Etter kommunevalet i 2015 er fire av seks ordførarar og 23 av 30 formannskapsmedlemer nye. Saka legg den reviderte strategiske planen for Hallingdal fram for dei nye kommunestyra, slik at dei kan setje sitt preg på samarbeidet og forankre det på nytt.",
			Background: "Hallingtinget drøfta tillit og samarbeid mellom kommunane i gruppearbeid hausten 2015. Prosjekt som lukkast, var godt forankra i kommunane og kom alle til gode; prosjekt som ikkje lukkast, mangla forankring eller kom ovanfrå.\n\nByregionprogrammet fase 2 blir ein del av den reviderte planen.",
			Assessment: "Kommunedirektøren rår til at {kommune} stadfestar planen og tek aktivt del i fellestiltaka. Ei ny politisk forankring no gjer planen robust gjennom valperioden.",
			Points: []string{
				"{kommune} kommune stadfestar revidert strategisk plan for Hallingdal.",
				"{kommune} kommune bidreg med {bidrag} til gjennomføringa i planperioden: {bidrag per år}.",
				"Kommunestyret ber om ei orientering om framdrifta kvart år.",
			},
			Attachments: []string{"Revidert strategisk plan for Hallingdal", "Referat frå Hallingtinget"},
			Changed:     now,
		}
		d.Texts[planmodel.Bokmal] = planmodel.DecisionText{
			Title:      "Revidert strategisk plan for Hallingdal – stadfesting etter kommunevalget 2015",
			Summary:    "Etter kommunevalget i 2015 er fire av seks ordførere og 23 av 30 formannskapsmedlemmer nye. Saken legger den reviderte strategiske planen for Hallingdal fram for de nye kommunestyrene, slik at de kan sette sitt preg på samarbeidet og forankre det på nytt.",
			Background: "Hallingtinget drøftet tillit og samarbeid mellom kommunene i gruppearbeid høsten 2015. Prosjekter som lyktes, var godt forankret i kommunene og kom alle til gode; prosjekter som ikke lyktes, manglet forankring eller kom ovenfra.\n\nByregionprogrammet fase 2 blir en del av den reviderte planen.",
			Assessment: "Kommunedirektøren anbefaler at {kommune} stadfester planen og tar aktivt del i fellestiltakene. En ny politisk forankring nå gjør planen robust gjennom valgperioden.",
			Points: []string{
				"{kommune} kommune stadfester revidert strategisk plan for Hallingdal.",
				"{kommune} kommune bidrar med {bidrag} til gjennomføringen i planperioden: {bidrag per år}.",
				"Kommunestyret ber om en orientering om framdriften hvert år.",
			},
			Attachments: []string{"Revidert strategisk plan for Hallingdal", "Referat fra Hallingtinget"},
			Changed:     now,
		}
		for i := range d.Paths { // meetings not yet set: the new councils have just met
			d.Paths[i].ArchiveRef = "2016/1" + string(rune('1'+i)) + "2"
		}
	default:
		return
	}
	p.Decisions = append(p.Decisions, d)
}
