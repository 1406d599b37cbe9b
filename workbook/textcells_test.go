package workbook

import (
	"testing"

	"github.com/xuri/excelize/v2"
)

// Finance staff often type figures into cells formatted as text; those
// follow the Norwegian rule, where "2.000" is two thousand.
func TestFiguresWrittenAsTextFollowTheNorwegianRule(t *testing.T) {
	p := example(t, "kristiansand")
	data := edit(t, export(t, p), func(f *excelize.File) {
		f.SetCellStr("Kostnader", "F2", "2.000") // Budsjett 2016 of the project leader
		f.SetCellStr("Kostnader", "G3", "1 500") // Regnskap 2016 of the knowledge base
	})
	r := read(t, p, data)
	if len(r.Problems) > 0 {
		t.Fatal(r.Problems)
	}
	q, err := applied(r, p)
	if err != nil {
		t.Fatal(err)
	}
	if got := q.Resources.Costs[0].Amounts.Get(2016); got != 2000 {
		t.Errorf("\"2.000\" read as %d", got)
	}
	if got := q.Resources.Costs[1].Actual.Get(2016); got != 1500 {
		t.Errorf("\"1 500\" read as %d", got)
	}
}
