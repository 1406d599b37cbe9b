package planmodel

// FocusGroup is a group of people from one value chain who sharpen the
// knowledge where it is needed, like Haugaland's twelve groups.
type FocusGroup struct {
	Name       string   `json:"name"`
	ValueChain string   `json:"valueChain,omitempty"`
	Members    []string `json:"members,omitempty"`
}

// Participant is a group of people that can take part in a workshop.
type Participant string

// The groups a workshop can involve; the guide asks especially for youth,
// the elderly and immigrants.
const (
	ParticipantPoliticians    Participant = "politicians"
	ParticipantAdministration Participant = "administration"
	ParticipantBusiness       Participant = "business"
	ParticipantYouth          Participant = "youth"
	ParticipantElderly        Participant = "elderly"
	ParticipantImmigrants     Participant = "immigrants"
	ParticipantVoluntary      Participant = "voluntary"
	ParticipantResearch       Participant = "research"
)

// Participants lists the groups in the order the app offers them.
var Participants = []Participant{
	ParticipantPoliticians, ParticipantAdministration, ParticipantBusiness, ParticipantYouth,
	ParticipantElderly, ParticipantImmigrants, ParticipantVoluntary, ParticipantResearch,
}

// Workshop is one arbeidsverksted: where and how it is held, what the
// participants get before, how they are followed up after, who took part,
// and its SWOT board.
type Workshop struct {
	Title        string        `json:"title"`
	Date         string        `json:"date,omitempty"` // YYYY-MM-DD
	Place        string        `json:"place,omitempty"`
	Method       string        `json:"method,omitempty"`
	Facilitator  string        `json:"facilitator,omitempty"`
	Before       string        `json:"before,omitempty"`   // what participants get before
	FollowUp     string        `json:"followUp,omitempty"` // how they are followed up after
	Participants []Participant `json:"participants,omitempty"`
	SWOT         SWOT          `json:"swot"`
}

// SWOT is a workshop's board of strengths, weaknesses, opportunities and threats.
type SWOT struct {
	Strengths     []string `json:"strengths,omitempty"`
	Weaknesses    []string `json:"weaknesses,omitempty"`
	Opportunities []string `json:"opportunities,omitempty"`
	Threats       []string `json:"threats,omitempty"`
}

// Quadrants returns the board's four lists in reading order (strengths,
// weaknesses, opportunities, threats), as pointers for editing.
func (s *SWOT) Quadrants() [4]*[]string {
	return [4]*[]string{&s.Strengths, &s.Weaknesses, &s.Opportunities, &s.Threats}
}
