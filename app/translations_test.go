package app

import (
	"encoding/json"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"sort"
	"strconv"
	"strings"
	"testing"

	"regionplan/assets"
)

var (
	langCall    = regexp.MustCompile(`lang\.L\(("(?:[^"\\]|\\.)*")`)
	problemMsg  = regexp.MustCompile(`(?:Message: |add\((?:[^,()]+, )?|problem\([^,]+, )("(?:[^"\\]|\\.)*")`)
	scalarMsg   = regexp.MustCompile(`return ("Must be (?:[^"\\]|\\.)*")`) // storage's plan-file value checks
	placeholder = regexp.MustCompile(`{{\.[A-Za-z]+}}`)
)

// windowFiles are the window's source files: the shell, the stages and the
// widgets, and the command that starts the window (its OpenGL message).
var windowFiles = []string{"*.go", "stages/*.go", "widgets/*.go", "../cmd/regionplan/*.go"}

// sourceKeys returns the English strings the code hands to the translator:
// lang.L calls in the window's packages and the problem messages of planmodel's
// validation, storage's plan-file checks and report's font check.
func sourceKeys(t *testing.T) map[string]string {
	t.Helper()
	keys := map[string]string{}
	scan := func(glob string, re *regexp.Regexp) {
		files, _ := filepath.Glob(glob)
		for _, f := range files {
			if strings.HasSuffix(f, "_test.go") {
				continue
			}
			src, err := os.ReadFile(f)
			if err != nil {
				t.Fatal(err)
			}
			for _, m := range re.FindAllStringSubmatch(string(src), -1) {
				k, err := strconv.Unquote(m[1])
				if err != nil {
					t.Fatalf("%s: %v", f, err)
				}
				keys[k] = f
			}
		}
	}
	for _, room := range windowFiles {
		scan(room, langCall)
		scan(room, problemMsg)
	}
	scan("../planmodel/*.go", problemMsg)
	scan("../storage/*.go", problemMsg)
	scan("../storage/*.go", scalarMsg)
	scan("../report/*.go", problemMsg)
	scan("../workbook/*.go", problemMsg)
	if len(keys) < 50 {
		t.Fatalf("found only %d translatable strings; is the scan broken?", len(keys))
	}
	return keys
}

func readTranslations(t *testing.T, name string) map[string]any {
	t.Helper()
	data, err := assets.Translations.ReadFile("translations/" + name)
	if err != nil {
		t.Fatal(err)
	}
	m := map[string]any{}
	if err := json.Unmarshal(data, &m); err != nil {
		t.Fatalf("%s: %v", name, err)
	}
	return m
}

// TestTranslationsCoverEveryString checks, for bokmål, nynorsk and English,
// that every string the code shows has a translation with the same
// placeholders, that no translation is left over, and that the three
// languages have the same keys, our own and Fyne's.
func TestTranslationsCoverEveryString(t *testing.T) {
	keys := sourceKeys(t)
	baseFyne := readTranslations(t, "fyne.nb.json")
	for _, code := range Languages {
		app := readTranslations(t, "app."+code+".json")
		fyne := readTranslations(t, "fyne."+code+".json")
		for k, file := range keys {
			v, ok := app[k]
			if !ok {
				v, ok = fyne[k]
			}
			if !ok {
				t.Errorf("%s: %q has no %s translation", file, k, code)
				continue
			}
			s, _ := v.(string)
			if s == "" && ok {
				if _, plural := v.(map[string]any); !plural {
					t.Errorf("app.%s.json: %q is translated as nothing", code, k)
				}
			}
			if got, want := placeholders(s), placeholders(k); got != want {
				t.Errorf("app.%s.json: %q has placeholders %s, want %s", code, k, got, want)
			}
		}
		for k := range app {
			if _, used := keys[k]; !used {
				t.Errorf("app.%s.json: %q is not used by the code", code, k)
			}
		}
		for k := range baseFyne {
			if _, ok := fyne[k]; !ok {
				t.Errorf("fyne.%s.json lacks %q", code, k)
			}
		}
		if len(fyne) != len(baseFyne) {
			t.Errorf("fyne.%s.json has %d keys, fyne.nb.json %d", code, len(fyne), len(baseFyne))
		}
	}
}

var literalText = regexp.MustCompile(`(?:widget\.New(?:Label|Button|ButtonWithIcon|Check|LabelWithStyle|Card|Hyperlink|Accordion)|SetText|SetPlaceHolder|NewFormItem|NewMenuItem|NewMenu|NewTabItem(?:WithIcon)?|Show(?:Information|Confirm))\("([^"]*[A-Za-zÆØÅæøå][^"]*)"`)

// TestNoTextBypassesTranslation fails on a widget given a literal text with
// letters in it, which would show the same in every language.
func TestNoTextBypassesTranslation(t *testing.T) {
	var files []string
	for _, room := range windowFiles {
		more, _ := filepath.Glob(room)
		files = append(files, more...)
	}
	for _, f := range files {
		if strings.HasSuffix(f, "_test.go") {
			continue
		}
		src, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		for _, m := range literalText.FindAllStringSubmatch(string(src), -1) {
			t.Errorf("%s: %q is shown without translation; wrap it in lang.L", f, m[1])
		}
	}
}

func placeholders(s string) string {
	p := placeholder.FindAllString(s, -1)
	sort.Strings(p)
	return strings.Join(p, " ")
}

// TestBokmalCoversFyne checks that every string Fyne itself shows (dialog
// buttons, file dialog, weekdays) has a bokmål translation, since Fyne ships
// none.
func TestBokmalCoversFyne(t *testing.T) {
	out, err := exec.Command("go", "list", "-m", "-f", "{{.Dir}}", "fyne.io/fyne/v2").Output()
	if err != nil {
		t.Skipf("cannot locate Fyne's source to compare with: %v", err)
	}
	data, err := os.ReadFile(filepath.Join(strings.TrimSpace(string(out)), "lang", "translations", "base.en.json"))
	if err != nil {
		t.Fatal(err)
	}
	base := map[string]any{}
	if err := json.Unmarshal(data, &base); err != nil {
		t.Fatal(err)
	}
	ours := readTranslations(t, "fyne.nb.json")
	for k := range base {
		if _, ok := ours[k]; !ok {
			t.Errorf("Fyne's string %q has no bokmål translation", k)
		}
	}
}
