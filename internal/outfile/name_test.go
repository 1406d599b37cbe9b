package outfile

import (
	"strings"
	"testing"
	"unicode/utf8"
)

func TestNameEscapesEveryReservedName(t *testing.T) {
	names := []string{"CON", "PRN", "AUX", "NUL"}
	for _, d := range "0123456789¹²³" {
		names = append(names, "COM"+string(d), "LPT"+string(d))
	}
	for _, n := range names {
		for _, variant := range []string{n, strings.ToLower(n), strings.ToUpper(n[:1]) + strings.ToLower(n[1:])} {
			for _, tc := range []struct{ base, ext string }{
				{variant, ".pdf"}, {variant, ""}, {variant + ".tar", ".gz"}, {variant + " ", ".txt"}, {variant + ".", ".docx"},
			} {
				got := Name(tc.base, tc.ext)
				stem, _, _ := strings.Cut(got, ".")
				if reserved[strings.ToUpper(strings.TrimRight(stem, " "))] {
					t.Errorf("Name(%q, %q) = %q is a Windows device name", tc.base, tc.ext, got)
				}
				if !strings.HasSuffix(got, tc.ext) || !strings.Contains(strings.ToUpper(got), strings.ToUpper(n)) {
					t.Errorf("Name(%q, %q) = %q lost the name or its extension", tc.base, tc.ext, got)
				}
			}
		}
	}
	// Names that only start like a device name are left alone.
	for _, ok := range []string{"CONTRACT", "Nullpunkt", "COM10", "LPT", "Auxiliary", "Console plan"} {
		if got := Name(ok, ".pdf"); got != ok+".pdf" {
			t.Errorf("Name(%q) = %q, want it unchanged", ok, got)
		}
	}
}

func TestNameReplacesEveryForbiddenCharacter(t *testing.T) {
	for _, r := range forbidden {
		base := "Nes" + string(r) + "Gol"
		got := Name(base, ".pdf")
		if got != "Nes-Gol.pdf" {
			t.Errorf("Name(%q) = %q, want Nes-Gol.pdf", base, got)
		}
	}
	for r := rune(0); r < 0x20; r++ {
		got := Name("A"+string(r)+"B", ".pdf")
		if strings.ContainsRune(got, r) || !strings.HasPrefix(got, "A") || !strings.HasSuffix(got, "B.pdf") {
			t.Errorf("control character %U: Name = %q", r, got)
		}
	}
	for _, r := range []rune{0x7F, 0x85, 0x9B} {
		if got := Name("A"+string(r)+"B", ""); strings.ContainsRune(got, r) {
			t.Errorf("control character %U kept: %q", r, got)
		}
	}
}

func TestNameDropsInvisibleAndBidiCharacters(t *testing.T) {
	invisible := []rune{0x200B, 0x200C, 0x200D, 0x200E, 0x200F, 0x2060, 0xFEFF, 0x00AD, 0x061C, 0x180E, 0xFE0F, 0x3164}
	for r := rune(0x202A); r <= 0x202E; r++ {
		invisible = append(invisible, r)
	}
	for r := rune(0x2066); r <= 0x2069; r++ {
		invisible = append(invisible, r)
	}
	for _, r := range invisible {
		base := "Sel" + string(r) + "jord"
		if got := Name(base, ".pdf"); got != "Seljord.pdf" {
			t.Errorf("%U: Name = %q, want Seljord.pdf", r, got)
		}
	}
	if got := Name("Vedtak \u202Efdp.exe", ".pdf"); got != "Vedtak fdp.exe.pdf" {
		t.Errorf("right-to-left override: %q", got)
	}
}

func TestNameTrimsSpacesAndDots(t *testing.T) {
	for base, want := range map[string]string{
		" 2016-02-04\n Vedtak ":    "2016-02-04 Vedtak.pdf",
		"Plan.":                    "Plan.pdf",
		"Plan . . ":                "Plan.pdf",
		"...skjult":                "skjult.pdf",
		"a\u00A0\u2003b\tc\u2028d": "a b c d.pdf",
		"":                         "_.pdf",
		"\u200B\u202E":             "_.pdf",
		"\xff\xfeBad":              "--Bad.pdf",
		"Nes/Gol: «Vekst» – 2027?": "Nes-Gol- «Vekst» – 2027-.pdf",
	} {
		if got := Name(base, ".pdf"); got != want {
			t.Errorf("Name(%q) = %q, want %q", base, got, want)
		}
	}
}

func TestNameCutsUnderMaxBytes(t *testing.T) {
	words := strings.Repeat("Næringsutvikling på tvers av kommunegrensene ", 10)
	got := Name(words, ".pdf")
	if len(got) >= MaxBytes || !utf8.ValidString(got) {
		t.Fatalf("%d bytes, valid UTF-8 %v: %q", len(got), utf8.ValidString(got), got)
	}
	stem := strings.TrimSuffix(got, ".pdf")
	if !strings.HasPrefix(words, stem) || words[len(stem)] != ' ' {
		t.Errorf("not cut at a word: %q", got)
	}
	// One long word of two-, three- and four-byte characters: cut between characters.
	for _, ch := range []string{"ø", "€", "𝔸", "e\u0301"} {
		got := Name(strings.Repeat(ch, 300), ".docx")
		if len(got) >= MaxBytes || len(got) < MaxBytes-10 || !utf8.ValidString(got) || !strings.HasSuffix(got, ".docx") {
			t.Errorf("%q×300: %d bytes %q", ch, len(got), got)
		}
		if stem := strings.TrimSuffix(got, ".docx"); strings.Count(stem, ch)*len(ch) != len(stem) {
			t.Errorf("%q×300 cut inside a character: %q", ch, got)
		}
	}
	// A cut that ends on punctuation or a dash drops it.
	if got := Cut("Strategisk næringsplan – Vest-Telemark", 25); got != "Strategisk næringsplan" {
		t.Errorf("Cut = %q", got)
	}
}
