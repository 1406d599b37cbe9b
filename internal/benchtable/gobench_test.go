package main

import (
	"strings"
	"testing"
)

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

// The autosave row takes its figures from the alternating benchmark's own
// metrics, the first-frame memory row compares with the bare window, and the
// rows for the window with a button compare with that one, without a budget.
func TestAutosaveAndMemoryRows(t *testing.T) {
	r := results{}
	parseBench(r, []byte("BenchmarkAutosave-2   	     301	   8407244 ns/op	   1030908 bare-ns	         1.296 ratio	   1335994 save-ns\n"))
	rows := tableRows(r, startTimes{app: 300e6, bare: 250e6, button: 260e6, appRSS: 163, bareRSS: 136, buttonRSS: 150, runs: 9})
	var autosave, memory row
	var withButton []row
	for _, w := range rows {
		switch {
		case strings.Contains(w.name, "with a label and a button"):
			withButton = append(withButton, w)
		case strings.HasPrefix(w.name, "autosave"):
			autosave = w
		case strings.HasPrefix(w.name, "peak memory at the first frame"):
			memory = w
		}
	}
	if autosave.value != "1.30×" || autosave.verdict != "pass" || !strings.Contains(autosave.name, "save 1.3 ms, bare bbolt commit of the whole plan 1.0 ms") {
		t.Errorf("autosave row %+v", autosave)
	}
	if memory.value != "1.20×" || memory.verdict != "MISS" || !strings.Contains(memory.name, "Regionplan 163 MB, bare window 136 MB") {
		t.Errorf("memory row %+v", memory)
	}
	if len(withButton) != 2 || withButton[0].value != "1.15×" || withButton[1].value != "1.09×" || withButton[0].budget != "–" || withButton[1].verdict != "" {
		t.Errorf("rows against the window with a button %+v", withButton)
	}
}
