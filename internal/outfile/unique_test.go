package outfile

import (
	"strings"
	"testing"
)

func TestSetMakesNamesUniqueIgnoringCase(t *testing.T) {
	var s Set
	got := []string{
		s.Name("Nes/Gol", ".pdf"),
		s.Name("Nes:Gol", ".pdf"),
		s.Name("NES-GOL", ".pdf"),
		s.Name("nes-gol (2)", ".pdf"),
		s.Name("Nes-Gol", ".docx"),
	}
	want := []string{"Nes-Gol.pdf", "Nes-Gol (2).pdf", "NES-GOL (3).pdf", "nes-gol (2) (2).pdf", "Nes-Gol.docx"}
	for i := range want {
		if got[i] != want[i] {
			t.Errorf("name %d = %q, want %q", i, got[i], want[i])
		}
	}
}

func TestSetKeepsLongNamesUnderMaxBytes(t *testing.T) {
	var s Set
	long := strings.Repeat("å", 150)
	seen := map[string]bool{}
	for range 12 {
		n := s.Name(long, ".pdf")
		if len(n) >= MaxBytes || seen[strings.ToLower(n)] || !strings.HasSuffix(n, ".pdf") {
			t.Fatalf("%d bytes, repeated %v: %q", len(n), seen[n], n)
		}
		seen[strings.ToLower(n)] = true
	}
}
