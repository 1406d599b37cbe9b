package main

import "testing"

func TestParseBenchAndMedian(t *testing.T) {
	out := []byte(`goos: linux
BenchmarkSave/large-2   	     139	   8223235 ns/op	 2242611 B/op	    2019 allocs/op
BenchmarkSave/large-2   	     100	   6000000 ns/op	 2242611 B/op	    2019 allocs/op
BenchmarkSave/large-2   	     120	   7000000 ns/op	 2242611 B/op	    2019 allocs/op
BenchmarkPeakMemory-2   	       1	 912345678 ns/op	       187.5 MB-peak-rss
PASS
`)
	r := results{}
	parseBench(r, out)
	if v, ok := r.median("Save/large", "ns/op"); !ok || v != 7000000 {
		t.Errorf("median of Save/large = %v, %v", v, ok)
	}
	if v, ok := r.median("PeakMemory", "MB-peak-rss"); !ok || v != 187.5 {
		t.Errorf("PeakMemory = %v, %v", v, ok)
	}
	if _, ok := r.median("Load", "ns/op"); ok {
		t.Error("a benchmark never run has a median")
	}
}
