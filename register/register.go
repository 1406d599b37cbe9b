// Package register is Norway's municipality register from 1 January 2024,
// embedded from assets/register/kommuner.csv: each municipality's number,
// official name (with its Sami and Kven parallel names), county, language
// decision and population. It looks municipalities up by number and finds
// them as the user types a name or number.
package register

import (
	"bytes"
	"encoding/csv"
	"fmt"
	"slices"
	"strconv"
	"strings"
	"sync"
	"time"

	"regionplan/assets"
	"regionplan/planmodel"
)

// Date is the day the register's structure and population figures are from.
const Date = "2024-01-01"

// Entry is one municipality of the register.
type Entry struct {
	Number string // kommunenummer, four digits
	// Name is the official name; parallel names are joined by " - "
	// ("Guovdageaidnu - Kautokeino").
	Name   string
	County string
	// Standard is the language decision: bokmål, nynorsk or neutral.
	Standard       planmodel.Standard
	Population     int
	PopulationDate string // YYYY-MM-DD
}

// Names returns the forms of the entry's name: one, or each parallel name.
func (e Entry) Names() []string { return strings.Split(e.Name, " - ") }

// Municipality returns the entry as a plan's municipality, with the council
// name given (the register has none).
func (e Entry) Municipality(council string) planmodel.Municipality {
	return planmodel.Municipality{
		Name: e.Name, Number: e.Number, Population: e.Population, PopulationDate: e.PopulationDate,
		Standard: e.Standard, Council: council,
	}
}

var (
	loadOnce sync.Once
	entries  []Entry
	byNumber map[string]int
)

// All returns every municipality of the register, sorted by number. The
// slice is shared: do not change it.
func All() []Entry {
	loadOnce.Do(load)
	return entries
}

// Lookup returns the municipality with the given number.
func Lookup(number string) (Entry, bool) {
	loadOnce.Do(load)
	i, ok := byNumber[strings.TrimSpace(number)]
	if !ok {
		return Entry{}, false
	}
	return entries[i], true
}

// Has reports whether m is in the register: its number is there, under one
// of the names the register gives it.
func Has(m planmodel.Municipality) bool {
	e, ok := Lookup(m.Number)
	if !ok {
		return false
	}
	name := fold(m.Name)
	return name == fold(e.Name) || slices.ContainsFunc(e.Names(), func(n string) bool { return fold(n) == name })
}

var standards = map[string]planmodel.Standard{"bokmål": planmodel.Bokmal, "nynorsk": planmodel.Nynorsk, "nøytral": planmodel.Neutral}

func load() {
	var err error
	if entries, err = parse(); err != nil {
		panic("register: the embedded register is broken: " + err.Error())
	}
	byNumber = make(map[string]int, len(entries))
	for i, e := range entries {
		byNumber[e.Number] = i
	}
}

func parse() ([]Entry, error) {
	data, err := assets.Register.ReadFile("register/kommuner.csv")
	if err != nil {
		return nil, err
	}
	rows, err := csv.NewReader(bytes.NewReader(data)).ReadAll()
	if err != nil {
		return nil, err
	}
	if len(rows) < 2 || strings.Join(rows[0][:6], ",") != "kommunenummer,namn,fylke,malform,folketal,folketal_dato" {
		return nil, fmt.Errorf("unexpected header %q", rows[0])
	}
	out := make([]Entry, 0, len(rows)-1)
	for _, r := range rows[1:] {
		pop, err := strconv.Atoi(r[4])
		if err != nil {
			return nil, fmt.Errorf("%s: population %q: %w", r[0], r[4], err)
		}
		std, ok := standards[r[3]]
		if !ok {
			return nil, fmt.Errorf("%s: language decision %q", r[0], r[3])
		}
		out = append(out, Entry{Number: r[0], Name: r[1], County: r[2], Standard: std, Population: pop, PopulationDate: r[5]})
	}
	return out, nil
}

// Search returns the municipalities whose number starts with text, or one of
// whose names starts with it (or has a word that does; then any name that
// contains it), best matches first. Case and the Sami letters' accents do not
// matter: "karasjohka" finds Kárášjohka - Karasjok. An empty text finds
// nothing.
func Search(text string) []Entry {
	q := fold(strings.TrimSpace(text))
	if q == "" {
		return nil
	}
	const ranks = 4
	var found [ranks][]Entry
	for _, e := range All() {
		if r := rank(e, q); r < ranks {
			found[r] = append(found[r], e)
		}
	}
	return slices.Concat(found[:]...)
}

// rank is how well e matches the folded query q: 0 the number or a whole
// name, 1 a name's start, 2 a word's start, 3 anywhere in a name, and 4 no match.
func rank(e Entry, q string) int {
	if strings.HasPrefix(e.Number, q) {
		return 0
	}
	best := 4
	for _, n := range e.Names() {
		n = fold(n)
		switch {
		case n == q:
			return 0
		case strings.HasPrefix(n, q):
			best = min(best, 1)
		case strings.Contains(" "+strings.ReplaceAll(n, "-", " "), " "+q):
			best = min(best, 2)
		case strings.Contains(n, q):
			best = min(best, 3)
		}
	}
	return best
}

// accents maps the letters of the Sami and Kven alphabets to the plain
// letters people type on a Norwegian keyboard; æ, ø and å stay themselves.
var accents = strings.NewReplacer("á", "a", "č", "c", "đ", "d", "ŋ", "n", "š", "s", "ŧ", "t", "ž", "z", "ï", "i", "ä", "a", "ö", "o")

func fold(s string) string { return accents.Replace(strings.ToLower(s)) }

// NewPlan returns a new plan for the period first–last with the register's
// municipalities of the given numbers, in that order (see Add). An unknown
// or repeated number is an error.
func NewPlan(name string, first, last int, numbers []string, now time.Time) (*planmodel.Plan, error) {
	p := planmodel.New(name, now)
	p.FirstYear, p.LastYear = first, last
	es := make([]Entry, len(numbers))
	for i, n := range numbers {
		e, ok := Lookup(n)
		if !ok {
			return nil, fmt.Errorf("there is no municipality number %q in the register of 1 January 2024; find numbers with 'regionplan municipalities NAME'", n)
		}
		es[i] = e
	}
	if err := Add(p, es, planmodel.DefaultCouncil); err != nil {
		return nil, err
	}
	if err := p.Validate(); err != nil {
		return nil, fmt.Errorf("the new plan is not valid: %w", err)
	}
	return p, nil
}

// Add puts the register's municipalities into a new plan, each with the
// given council name; a plan without a standard of its own gets nynorsk when
// more of them write nynorsk than bokmål, and bokmål otherwise. A
// municipality named twice is an error.
func Add(p *planmodel.Plan, es []Entry, council string) error {
	votes := 0
	for _, e := range es {
		if p.MunicipalityIndex(e.Name) >= 0 {
			return fmt.Errorf("municipality %s (%s) is named twice", e.Number, e.Name)
		}
		if err := p.PutMunicipality(-1, e.Municipality(council), false); err != nil {
			return fmt.Errorf("municipality %s (%s): %w", e.Number, e.Name, err)
		}
		switch e.Standard {
		case planmodel.Nynorsk:
			votes++
		case planmodel.Bokmal:
			votes--
		}
	}
	if p.Standard == "" {
		// Pinned now, so that adding or removing municipalities later
		// never changes the standard the plan's own texts are written in.
		p.Standard = planmodel.Bokmal
		if votes > 0 {
			p.Standard = planmodel.Nynorsk
		}
	}
	return nil
}

// StandardWord is the register's word for a language decision: bokmål,
// nynorsk or nøytral.
func StandardWord(s planmodel.Standard) string {
	for w, v := range standards {
		if v == s {
			return w
		}
	}
	return ""
}
