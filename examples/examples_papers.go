package examples

import (
	"strings"

	"regionplan/planmodel"
)

// examplePapers gives the example plans' municipalities the heads of their
// case systems: archive code, case officer and titles. The names, phone
// numbers and addresses are made up.
func examplePapers(p *planmodel.Plan) {
	officers := map[string][2]string{ // name, title
		"Kristiansand": {"Kari Nordmann", "Næringssjef"}, "Vennesla": {"Ola Hansen", "Næringsrådgiver"},
		"Songdalen": {"Ingrid Berg", "Rådgiver"}, "Birkenes": {"Per Olsen", "Næringsrådgiver"},
		"Iveland": {"Marit Haugland", "Rådgjevar"}, "Lillesand": {"Jon Larsen", "Næringssjef"},
		"Søgne": {"Anne Lie", "Samfunnsplanlegger"},
		"Flå":   {"Liv Bakke", "Næringsrådgiver"}, "Nes": {"Knut Nestegard", "Næringssjef"},
		"Gol": {"Sigrid Gol", "Rådgjevar næring"}, "Hemsedal": {"Eirik Grøthe", "Næringssjef"},
		"Ål": {"Randi Ål", "Næringsrådgjevar"}, "Hol": {"Tor Hol", "Rådgjevar"},
	}
	headings := map[string]string{"Søgne": "Forslag til vedtak", "Ål": "Framlegg til vedtak", "Hemsedal": "Kommunedirektøren si innstilling"}
	for i := range p.Municipalities {
		m := &p.Municipalities[i]
		o := officers[m.Name]
		mail := strings.NewReplacer("å", "a", "ø", "o", "æ", "ae", " ", ".").Replace(strings.ToLower(o[0]))
		domain := strings.NewReplacer("å", "aa", "ø", "o", "æ", "ae").Replace(strings.ToLower(m.Name))
		m.Papers = planmodel.Papers{
			ArchiveCode: "U01", Officer: o[0], OfficerTitle: o[1],
			Phone: "38 " + m.Number[:2] + " " + m.Number[2:] + " 00", Email: mail + "@" + domain + ".kommune.no",
			Head: "Kommunedirektøren", Heading: headings[m.Name],
		}
	}
}
