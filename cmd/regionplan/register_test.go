package main

import (
	"bytes"
	"errors"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"regionplan/planmodel"
	"regionplan/register"
	"regionplan/storage"
)

// cliRun runs the real binary and returns its standard output and error
// and its exit status.
func cliRun(t *testing.T, args ...string) (stdout, stderr string, status int) {
	t.Helper()
	cmd := exec.Command(binary(t), args...)
	var out, errOut bytes.Buffer
	cmd.Stdout, cmd.Stderr = &out, &errOut
	err := cmd.Run()
	var exit *exec.ExitError
	if errors.As(err, &exit) {
		status = exit.ExitCode()
	} else if err != nil {
		t.Fatal(err)
	}
	return out.String(), errOut.String(), status
}

// The Vest-Telemark plan from register numbers, read back from the file.
func TestNewPlanFromRegister(t *testing.T) {
	db := filepath.Join(t.TempDir(), "plans.db")
	numbers := []string{"4032", "4028", "4030", "4022", "4034", "4036"}
	out, errOut, status := cliRun(t, "--db", db, "new", "--name", "Næringsplan for Vest-Telemark", "--period", "2026-2029", "--municipalities", strings.Join(numbers, ","))
	if status != 0 || strings.Count(out, "\n") != 1 || len(strings.TrimSpace(out)) != 12 {
		t.Fatalf("new: status %d, out %q, err %q; want one ID line", status, out, errOut)
	}
	s, err := storage.Open(db)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	p, err := s.Load(strings.TrimSpace(out))
	if err != nil {
		t.Fatal(err)
	}
	if p.Name != "Næringsplan for Vest-Telemark" || p.FirstYear != 2026 || p.LastYear != 2029 || len(p.Municipalities) != 6 {
		t.Fatalf("plan %q %d–%d with %d municipalities", p.Name, p.FirstYear, p.LastYear, len(p.Municipalities))
	}
	for i, m := range p.Municipalities {
		e, _ := register.Lookup(numbers[i])
		if m.Number != numbers[i] || m.Name != e.Name || m.Population != e.Population || m.PopulationDate != e.PopulationDate || m.Standard != planmodel.Nynorsk {
			t.Errorf("municipality %d: %+v, want the register's %+v", i, m, e)
		}
	}
	if p.DocumentStandard() != planmodel.Nynorsk {
		t.Errorf("six nynorsk municipalities, plan documents in %s", p.DocumentStandard())
	}
}

func TestNewPlanErrors(t *testing.T) {
	db := filepath.Join(t.TempDir(), "plans.db")
	for _, args := range [][]string{
		{"new", "--name", "X", "--period", "2026-2029", "--municipalities", "4022,9999"},
		{"new", "--name", "X", "--period", "2026-2029", "--municipalities", "4022,4022"},
		{"new", "--name", "X", "--period", "2029-2026", "--municipalities", "4022"},
		{"new", "--name", "X", "--period", "2026", "--municipalities", "4022"},
		{"new", "--period", "2026-2029", "--municipalities", "4022"},
		{"municipalities", "Xyzzy"},
		{"municipalities", "a", "b"},
	} {
		out, errOut, status := cliRun(t, append([]string{"--db", db}, args...)...)
		if status != 1 || out != "" || strings.Count(errOut, "\n") != 1 || !strings.HasPrefix(errOut, "regionplan: ") {
			t.Errorf("%v: status %d, out %q, err %q; want one sentence and status 1", args, status, out, errOut)
		}
	}
	if _, errOut, _ := cliRun(t, "--db", db, "new", "--name", "X", "--period", "2026-2029", "--municipalities", "4022,9999"); !strings.Contains(errOut, `"9999"`) {
		t.Errorf("the error does not name the unknown number: %q", errOut)
	}
	if entries := listPlans(t, db); len(entries) != 0 {
		t.Errorf("failed commands left %d plans", len(entries))
	}
}

func listPlans(t *testing.T, db string) []storage.Entry {
	t.Helper()
	s, err := storage.Open(db)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	es, err := s.List()
	if err != nil {
		t.Fatal(err)
	}
	return es
}

func TestMunicipalitiesCommand(t *testing.T) {
	out, errOut, status := cliRun(t, "municipalities")
	if status != 0 {
		t.Fatalf("status %d: %s", status, errOut)
	}
	lines := strings.Split(strings.TrimSuffix(out, "\n"), "\n")
	if len(lines) != len(register.All()) {
		t.Errorf("%d rows, want %d", len(lines), len(register.All()))
	}
	out, _, _ = cliRun(t, "municipalities", "kautokeino")
	if out != "5612\tGuovdageaidnu - Kautokeino\tFinnmark\tbokmål\t2848\n" {
		t.Errorf("municipalities kautokeino printed %q", out)
	}
	out, _, _ = cliRun(t, "municipalities", "Hol")
	if first := strings.SplitN(out, "\n", 2)[0]; first != "3330\tHol\tBuskerud\tnøytral\t4496" {
		t.Errorf("municipalities Hol starts %q", first)
	}
}
