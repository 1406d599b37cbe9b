package planmodel

import (
	"errors"
	"math/bits"
	"sort"
)

// KeyMethod is how the municipalities split their joint share.
type KeyMethod string

// The distribution keys, as stored. The zero value splits equally.
const (
	KeyEqual      KeyMethod = "equal"
	KeyPopulation KeyMethod = "population"
	KeyMixed      KeyMethod = "mixed"  // EqualPercent split equally, the rest by population
	KeyManual     KeyMethod = "manual" // a share per municipality, agreed by hand
)

// KeyMethods lists the distribution keys in the order the app offers them.
var KeyMethods = []KeyMethod{KeyEqual, KeyPopulation, KeyMixed, KeyManual}

// BasisPoints is 100 %, the sum manual shares must reach. A manual share
// is stored in hundredths of a per cent, so 33,33 % is 3333.
const BasisPoints = 10000

// DistributionKey says how the joint share is split between the municipalities.
type DistributionKey struct {
	Method KeyMethod `json:"method,omitempty"`
	// EqualPercent is, for the mixed key, the whole per cent split equally.
	EqualPercent int `json:"equalPercent,omitempty"`
	// Manual maps a municipality's ID to its share in hundredths of a per cent.
	Manual map[MunicipalityID]int `json:"manual,omitempty"`
}

// ManualSum returns the sum of the manual shares of the plan's
// municipalities, in hundredths of a per cent.
func (p *Plan) ManualSum() int {
	sum := 0
	for _, m := range p.Municipalities {
		sum += p.Resources.Key.Manual[m.ID]
	}
	return sum
}

// errNoWeight is returned by Allocate when there is nothing to split by.
var errNoWeight = errors.New("planmodel: the weights add up to zero")

// Allocate splits total into whole parts proportional to weights by the
// largest-remainder method: each part gets the whole part of its exact
// share, and the kroner left over go one each to the largest remainders,
// ties to the earliest. The parts always add up to total exactly.
func Allocate(total int64, weights []int64) ([]int64, error) {
	var sum uint64
	for _, w := range weights {
		if w < 0 {
			return nil, errors.New("planmodel: a weight is negative")
		}
		var carry uint64
		if sum, carry = bits.Add64(sum, uint64(w), 0); carry != 0 {
			return nil, errors.New("planmodel: the weights are too large")
		}
	}
	if sum == 0 {
		return nil, errNoWeight
	}
	neg := total < 0
	t := uint64(total)
	if neg {
		t = uint64(-total)
	}
	parts := make([]int64, len(weights))
	rems := make([]uint64, len(weights))
	left := t
	for i, w := range weights {
		hi, lo := bits.Mul64(t, uint64(w))
		q, r := bits.Div64(hi, lo, sum) // q ≤ t since w ≤ sum, so hi < sum
		parts[i], rems[i] = int64(q), r
		left -= q
	}
	order := make([]int, len(weights))
	for i := range order {
		order[i] = i
	}
	sort.SliceStable(order, func(a, b int) bool { return rems[order[a]] > rems[order[b]] })
	for _, i := range order[:left] {
		parts[i]++
	}
	if neg {
		for i := range parts {
			parts[i] = -parts[i]
		}
	}
	return parts, nil
}

// KeyWeights returns the weight of each municipality under the plan's
// distribution key, or a Problem when the key cannot be applied.
func (p *Plan) KeyWeights() ([]int64, error) {
	ms := p.Municipalities
	if len(ms) == 0 {
		return nil, Problems{{Field: "municipalities", Message: "Add the municipalities before the joint share can be split."}}
	}
	k := p.Resources.Key
	w := make([]int64, len(ms))
	pop := int64(p.Population())
	switch k.Method {
	case KeyPopulation, KeyMixed:
		if pop == 0 {
			return nil, Problems{{Field: "resources.key", Message: "A key by population needs the municipalities' populations."}}
		}
		e := int64(k.EqualPercent)
		if k.Method == KeyPopulation {
			e = 0
		}
		if e < 0 || e > 100 {
			return nil, Problems{{Field: "resources.key.equalPercent", Message: "The equal part must be between 0 and 100 %."}}
		}
		// share_i = e/100 · 1/n + (100−e)/100 · pop_i/pop, on the common denominator 100·n·pop.
		n := int64(len(ms))
		for i, m := range ms {
			w[i] = e*pop + (100-e)*n*int64(m.Population)
		}
	case KeyManual:
		if sum := p.ManualSum(); sum != BasisPoints {
			return nil, Problems{{Field: "resources.key.manual", Message: "The manual shares add up to {{.Sum}} %; they must add up to 100 %.", Args: map[string]any{"Sum": FormatPercent(sum)}}}
		}
		for i, m := range ms {
			w[i] = int64(k.Manual[m.ID])
		}
	default:
		for i := range w {
			w[i] = 1
		}
	}
	return w, nil
}

// Shares is each municipality's part of the joint share, aligned to the
// plan's municipalities and, inside, to Years.
type Shares struct {
	Years []int
	Money [][]int64 // [municipality][year] in kroner
	Total []int64   // per municipality over the period
	Joint int64     // the joint share over the period
}

// Shares splits the joint share of every year of the period between the
// municipalities by the distribution key. Each year's parts add up to that
// year's joint share to the krone.
func (p *Plan) Shares() (Shares, error) {
	w, err := p.KeyWeights()
	if err != nil {
		return Shares{}, err
	}
	b := p.Budget()
	s := Shares{Years: b.Years, Money: make([][]int64, len(w)), Total: make([]int64, len(w)), Joint: b.JointTotal}
	for i := range w {
		s.Money[i] = make([]int64, len(b.Years))
	}
	for y, joint := range b.Joint {
		parts, err := Allocate(joint, w)
		if err != nil {
			return Shares{}, Problems{{Field: "resources.key", Message: "Nobody has a share under this key; give at least one municipality a share."}}
		}
		for i, v := range parts {
			s.Money[i][y] = v
			s.Total[i] += v
		}
	}
	return s, nil
}

// PerInhabitant returns municipality i's share over the period per
// inhabitant, rounded to whole kroner, and false when its population is unknown.
func (p *Plan) PerInhabitant(s Shares, i int) (int64, bool) {
	pop := int64(p.Municipalities[i].Population)
	if pop <= 0 {
		return 0, false
	}
	return (s.Total[i] + pop/2) / pop, true
}

// Thresholds of the burden check.
const (
	// BurdenFactor: a share per inhabitant more than this many times the
	// region's average is flagged.
	BurdenFactor = 1.5
	// SubstantialPercent: a share of at least this per cent of the joint
	// share is substantial, and flagged when the municipality gets no
	// measure of its own back.
	SubstantialPercent = 5
)

// BurdenKind says why a municipality's share is flagged.
type BurdenKind string

// The reasons the burden check gives.
const (
	BurdenPerInhabitant BurdenKind = "per-inhabitant" // far above the region's average per inhabitant
	BurdenNothingBack   BurdenKind = "nothing-back"   // a substantial share, but no measure names it
)

// Burden is one flag of the burden check.
type Burden struct {
	Municipality int // index in the plan's municipalities
	Kind         BurdenKind
	Times        float64 // for BurdenPerInhabitant: share per inhabitant ÷ the region's average
	Percent      float64 // the municipality's share of the joint share, in per cent
}

// Burdens checks the split for municipalities that carry too much: a share
// per inhabitant above BurdenFactor times the region's average, or a share
// of at least SubstantialPercent while no measure in the plan is led by it
// or belongs to it (small municipalities that pay but get nothing back).
// Stopped measures do not count.
func (p *Plan) Burdens(s Shares) []Burden {
	pop := p.Population()
	if s.Joint <= 0 || len(s.Total) != len(p.Municipalities) {
		return nil
	}
	named := map[MunicipalityID]bool{}
	for _, m := range p.Measures {
		if m.Status != MeasureStopped && m.Responsible != "" {
			named[m.Responsible] = true
		}
	}
	var bs []Burden
	for i, m := range p.Municipalities {
		percent := 100 * float64(s.Total[i]) / float64(s.Joint)
		if pop > 0 && m.Population > 0 {
			times := (float64(s.Total[i]) / float64(m.Population)) / (float64(s.Joint) / float64(pop))
			if times > BurdenFactor {
				bs = append(bs, Burden{Municipality: i, Kind: BurdenPerInhabitant, Times: times, Percent: percent})
			}
		}
		if percent >= SubstantialPercent && !named[m.ID] {
			bs = append(bs, Burden{Municipality: i, Kind: BurdenNothingBack, Percent: percent})
		}
	}
	return bs
}
