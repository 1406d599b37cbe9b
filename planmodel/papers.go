package planmodel

import "strings"

// Papers is how a municipality's case system (Elements, WebSak, Acos,
// Public 360 …) heads its council papers: the archive code, the case
// officer and the titles it uses. Empty fields fall back to the usual
// wording of the municipality's written standard.
type Papers struct {
	ArchiveCode  string `json:"archiveCode,omitempty"`  // arkivkode, e.g. "U01" or "026"
	Officer      string `json:"officer,omitempty"`      // the case officer's name
	OfficerTitle string `json:"officerTitle,omitempty"` // e.g. "Næringssjef"
	Phone        string `json:"phone,omitempty"`
	Email        string `json:"email,omitempty"`
	Head         string `json:"head,omitempty"`    // the administration's head, e.g. "Kommunedirektøren", "Rådmannen"
	Heading      string `json:"heading,omitempty"` // the proposal's heading, e.g. "Rådmannens innstilling"
}

// DefaultCouncil is the council's name in the documents when none is set: a
// word of the documents (the same in bokmål and nynorsk), never of the window.
const DefaultCouncil = "Kommunestyret"

// CouncilName is the municipality's council as it is called there, e.g.
// "Bystyret"; DefaultCouncil when not set.
func (m Municipality) CouncilName() string {
	if strings.TrimSpace(m.Council) == "" {
		return DefaultCouncil
	}
	return m.Council
}

// validatePapers checks the case-system fields of a municipality.
func validatePapers(ps *Problems, p Papers) {
	for _, f := range [][2]string{
		{"papers.archiveCode", p.ArchiveCode}, {"papers.officer", p.Officer}, {"papers.officerTitle", p.OfficerTitle},
		{"papers.phone", p.Phone}, {"papers.email", p.Email}, {"papers.head", p.Head}, {"papers.heading", p.Heading},
	} {
		checkText(ps, f[0], f[1], MaxNameLen)
	}
}

// PlaceholderYearly stands for the municipality's contribution per year in
// a decision text, e.g. "62 923 kr i 2015, 58 429 kr i 2016 og …".
const PlaceholderYearly = "{bidrag per år}"
