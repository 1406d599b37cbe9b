package planmodel

import (
	"fmt"
	"math/rand/v2"
	"reflect"
	"testing"
)

func TestAllocate(t *testing.T) {
	tests := []struct {
		name    string
		total   int64
		weights []int64
		want    []int64
	}{
		{"equal, remainder to the first", 100, []int64{1, 1, 1}, []int64{34, 33, 33}},
		{"ties broken by order", 2, []int64{1, 1, 1}, []int64{1, 1, 0}},
		{"largest remainder wins", 10, []int64{3, 1, 3}, []int64{4, 2, 4}},
		{"exact split", 1_250_000, []int64{2, 3}, []int64{500_000, 750_000}},
		{"zero total", 0, []int64{5, 7}, []int64{0, 0}},
		{"negative total mirrors", -100, []int64{1, 1, 1}, []int64{-34, -33, -33}},
		{"zero weight gets nothing", 999, []int64{0, 1, 2}, []int64{0, 333, 666}},
		{"large numbers do not overflow", 10_000_000_000, []int64{9_000_000_000_000, 1_000_000_000_000}, []int64{9_000_000_000, 1_000_000_000}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := Allocate(tt.total, tt.weights)
			if err != nil || !reflect.DeepEqual(got, tt.want) {
				t.Errorf("Allocate(%d, %v) = %v, %v; want %v", tt.total, tt.weights, got, err, tt.want)
			}
		})
	}
	for _, w := range [][]int64{nil, {0, 0}, {1, -1}} {
		if _, err := Allocate(10, w); err == nil {
			t.Errorf("Allocate(10, %v) gave no error", w)
		}
	}
}

// randomPlan returns a plan of n municipalities with random populations
// and a joint share of random amounts over a random period.
func randomPlan(r *rand.Rand, n int) *Plan {
	p := validPlan()
	p.FirstYear = 2020
	p.LastYear = 2020 + r.IntN(MaxPeriodYears)
	p.Municipalities = nil
	for i := range n {
		p.Municipalities = append(p.Municipalities, Municipality{ID: MunicipalityID(fmt.Sprintf("k%d", i)), Name: fmt.Sprintf("K%d", i), Population: 1 + r.IntN(MaxPopulation/10), Standard: Bokmal})
	}
	p.Applicant = ""
	joint := FundingSource{Name: "Kommunene", Kind: FundJointShare}
	for y := p.FirstYear; y <= p.LastYear; y++ {
		joint.Amounts.Set(y, r.Int64N(MaxAmount+1))
	}
	p.Resources.Funding = []FundingSource{joint}
	return p
}

// TestSharesAddUpExactly checks, for many random plans and every key, that
// each year's shares add up to the year's joint share to the krone, that
// each share is its exact proportion rounded down or up, and that the
// result does not change between runs.
func TestSharesAddUpExactly(t *testing.T) {
	r := rand.New(rand.NewPCG(1, 2))
	for run := range 300 {
		p := randomPlan(r, 1+r.IntN(MaxMunicipals))
		keys := []DistributionKey{{Method: KeyEqual}, {Method: KeyPopulation}, {Method: KeyMixed, EqualPercent: r.IntN(101)}, manualKey(r, p)}
		for _, key := range keys {
			p.Resources.Key = key
			s, err := p.Shares()
			if err != nil {
				t.Fatalf("run %d, %+v: %v", run, key.Method, err)
			}
			w, _ := p.KeyWeights()
			var wsum int64
			for _, x := range w {
				wsum += x
			}
			b := p.Budget()
			for y := range b.Years {
				var sum int64
				for i := range p.Municipalities {
					sum += s.Money[i][y]
					// floor(total·w/W) ≤ share ≤ floor + 1, checked in floats with a margin.
					exact := float64(b.Joint[y]) * float64(w[i]) / float64(wsum)
					if d := float64(s.Money[i][y]) - exact; d < -1.001 || d > 1.001 {
						t.Fatalf("run %d, %s: share %d is %f from exact %f", run, key.Method, s.Money[i][y], d, exact)
					}
				}
				if sum != b.Joint[y] {
					t.Fatalf("run %d, %s, %d: shares add up to %d, joint share is %d", run, key.Method, b.Years[y], sum, b.Joint[y])
				}
			}
			again, _ := p.Shares()
			if !reflect.DeepEqual(s, again) {
				t.Fatalf("run %d, %s: two runs differ", run, key.Method)
			}
		}
	}
}

// manualKey gives each municipality a random manual share, the shares
// adding up to 100 %.
func manualKey(r *rand.Rand, p *Plan) DistributionKey {
	k := DistributionKey{Method: KeyManual, Manual: map[MunicipalityID]int{}}
	w := make([]int64, len(p.Municipalities))
	for i := range w {
		w[i] = r.Int64N(100)
	}
	w[0]++ // at least one share
	parts, _ := Allocate(BasisPoints, w)
	for i, m := range p.Municipalities {
		k.Manual[m.ID] = int(parts[i])
	}
	return k
}

func TestKeys(t *testing.T) {
	p := validPlan() // Gol 4621, Flå 1052
	p.FirstYear, p.LastYear = 2027, 2027
	p.Resources.Funding = []FundingSource{
		{Name: "Kommunene", Kind: FundJointShare, Amounts: Yearly{2027: 1_000_000}},
		{Name: "Fylket", Kind: FundCounty, Amounts: Yearly{2027: 500_000}},
	}
	tests := []struct {
		key  DistributionKey
		want []int64
	}{
		{DistributionKey{}, []int64{500_000, 500_000}},
		{DistributionKey{Method: KeyPopulation}, []int64{814_560, 185_440}},
		{DistributionKey{Method: KeyMixed, EqualPercent: 40}, []int64{200_000 + 488_736, 200_000 + 111_264}},
		{DistributionKey{Method: KeyManual, Manual: map[MunicipalityID]int{"gol": 6667, "fla": 3333}}, []int64{666_700, 333_300}},
	}
	for _, tt := range tests {
		p.Resources.Key = tt.key
		s, err := p.Shares()
		if err != nil || s.Total[0] != tt.want[0] || s.Total[1] != tt.want[1] {
			t.Errorf("%+v: shares %v, %v; want %v", tt.key, s.Total, err, tt.want)
		}
	}
	p.Resources.Key = DistributionKey{Method: KeyManual, Manual: map[MunicipalityID]int{"gol": 5000}}
	if _, err := p.Shares(); err == nil || err.Error() != "resources.key.manual: The manual shares add up to 50 %; they must add up to 100 %." {
		t.Errorf("manual shares of 50 %%: %v", err)
	}
	p.Resources.Key = DistributionKey{Method: KeyPopulation}
	p.Municipalities[0].Population, p.Municipalities[1].Population = 0, 0
	if _, err := p.Shares(); err == nil {
		t.Error("a key by population without populations gave no error")
	}
}

func BenchmarkShares(b *testing.B) {
	for _, n := range []int{7, 100} {
		b.Run(fmt.Sprintf("%d municipalities, 30 years, mixed key", n), func(b *testing.B) {
			p := randomPlan(rand.New(rand.NewPCG(3, 4)), n)
			p.LastYear = p.FirstYear + MaxPeriodYears - 1
			p.Resources.Key = DistributionKey{Method: KeyMixed, EqualPercent: 30}
			for b.Loop() {
				if _, err := p.Shares(); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}
