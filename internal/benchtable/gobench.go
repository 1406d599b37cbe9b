package main

import (
	"bufio"
	"bytes"
	"fmt"
	"os"
	"os/exec"
	"regexp"
	"sort"
	"strconv"
	"strings"

	"regionplan/internal/memlimit"
)

// results maps a benchmark's name (without the -N processor suffix) and a
// unit ("ns/op", "B/op", "MB-peak-rss") to every value measured, one per -count.
type results map[string]map[string][]float64

// median returns the median of the values measured for name in unit, and
// whether there were any.
func (r results) median(name, unit string) (float64, bool) {
	vs := append([]float64(nil), r[name][unit]...)
	if len(vs) == 0 {
		return 0, false
	}
	sort.Float64s(vs)
	if n := len(vs); n%2 == 0 {
		return (vs[n/2-1] + vs[n/2]) / 2, true
	}
	return vs[len(vs)/2], true
}

var procSuffix = regexp.MustCompile(`-\d+$`)

// goBench runs `go test -bench` with args in the module at dir, echoing its
// output to stderr, and adds what it reports to r. The benchmarks run under
// the program's soft memory limit, unless GOMEMLIMIT sets another.
func goBench(r results, dir string, args ...string) error {
	full := append([]string{"test", "-tags", tags, "-run", "^$", "-benchmem"}, args...)
	fmt.Fprintln(os.Stderr, "go", strings.Join(full, " "))
	cmd := exec.Command("go", full...)
	cmd.Dir = dir
	if os.Getenv("GOMEMLIMIT") == "" {
		cmd.Env = append(os.Environ(), fmt.Sprintf("GOMEMLIMIT=%d", memlimit.Limit))
	}
	cmd.Stderr = os.Stderr
	out, err := cmd.Output()
	os.Stderr.Write(out)
	if err != nil {
		return fmt.Errorf("go test %s: %w", strings.Join(args, " "), err)
	}
	parseBench(r, out)
	return nil
}

// parseBench reads the standard benchmark lines: a name, the iterations,
// then pairs of value and unit.
func parseBench(r results, out []byte) {
	sc := bufio.NewScanner(bytes.NewReader(out))
	for sc.Scan() {
		f := strings.Fields(sc.Text())
		if len(f) < 4 || !strings.HasPrefix(f[0], "Benchmark") {
			continue
		}
		name := procSuffix.ReplaceAllString(strings.TrimPrefix(f[0], "Benchmark"), "")
		for i := 2; i+1 < len(f); i += 2 {
			v, err := strconv.ParseFloat(f[i], 64)
			if err != nil {
				continue
			}
			if r[name] == nil {
				r[name] = map[string][]float64{}
			}
			r[name][f[i+1]] = append(r[name][f[i+1]], v)
		}
	}
}
