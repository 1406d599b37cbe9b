package workbook

import (
	"testing"

	"regionplan/examples"
)

// BenchmarkExportLarge writes the workbook of the largest plan the app is
// measured with.
func BenchmarkExportLarge(b *testing.B) {
	p := examples.Large(at)
	for b.Loop() {
		if _, err := Export(p, at); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkReadLarge reads that workbook back and compares it with the plan.
func BenchmarkReadLarge(b *testing.B) {
	p := examples.Large(at)
	data := export(b, p)
	for b.Loop() {
		r, err := Read(p, data)
		if err != nil || len(r.Changes)+len(r.Problems) > 0 {
			b.Fatal(err, r.Changes, r.Problems)
		}
	}
}
