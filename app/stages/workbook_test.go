package stages

import (
	"bytes"
	"encoding/json"
	"os"
	"strings"
	"testing"
	"time"

	"fyne.io/fyne/v2/widget"
	"github.com/xuri/excelize/v2"

	"regionplan/internal/uitest"
	"regionplan/workbook"
)

// TestReadInWorkbook reads an edited workbook in stage 7: the dialog lists
// the change, and confirming takes a snapshot and makes it. A workbook with
// text in a number cell lists the problem and changes nothing.
func TestReadInWorkbook(t *testing.T) {
	h, tool := openResources(t, "kristiansand")
	data, err := workbook.Export(h.plan, time.Now())
	if err != nil {
		t.Fatal(err)
	}
	edited := func(cell string, v any) []byte {
		f, err := excelize.OpenReader(bytes.NewReader(data))
		if err != nil {
			t.Fatal(err)
		}
		f.SetCellValue("Kostnader", cell, v)
		var buf bytes.Buffer
		f.WriteTo(&buf)
		return buf.Bytes()
	}
	tool.readWorkbook("bok.xlsx", edited("C2", "mye"))
	if text := uitest.RichText(uitest.TopDialog(t, h.win)); !strings.Contains(text, "Kostnader!C2: Cellen har teksten «mye» der et helt tall hører hjemme.") {
		t.Errorf("the problem is not listed: %q", text)
	}
	h.win.Canvas().Overlays().Top().Hide()
	if h.plan.Resources.Costs[0].Amounts.Get(2015) != 950_000 {
		t.Fatal("a refused workbook changed the plan")
	}
	tool.readWorkbook("bok.xlsx", edited("C2", 990_000))
	top := uitest.TopDialog(t, h.win)
	if text := uitest.RichText(top); !strings.Contains(text, "Kostnader!C2 Prosjektleder (100 % stilling), Budsjett 2015") {
		t.Errorf("the change is not listed: %q", text)
	}
	want := h.plan.Clone()
	r, err := workbook.Read(want, edited("C2", 990_000))
	if err != nil {
		t.Fatal(err)
	}
	if err := r.Apply(want); err != nil {
		t.Fatal(err)
	}
	uitest.TapButton(t, h.win, "Les inn")
	if got := h.plan.Resources.Costs[0].Amounts.Get(2015); got != 990_000 {
		t.Fatalf("after reading in: %d", got)
	}
	want.Updated = h.plan.Updated
	a, _ := json.Marshal(want)
	b, _ := json.Marshal(h.plan)
	if string(a) != string(b) {
		t.Error("the window made another plan than workbook.Result.Apply, the command line's way")
	}
	snaps, _ := h.store.Snapshots(h.plan.ID)
	if len(snaps) == 0 || snaps[len(snaps)-1].Name != "Før innlesing av bok.xlsx" {
		t.Errorf("no snapshot before reading in: %+v", snaps)
	}
	if p := h.reload(); p.Resources.Costs[0].Amounts.Get(2015) != 990_000 {
		t.Error("the change was not saved")
	}
}

// A row deleted from the workbook is listed as a deleted line in the
// dialog, in the interface language, and goes only when confirmed.
func TestReadInWorkbookDeletesALine(t *testing.T) {
	h, tool := openResources(t, "kristiansand")
	data, err := workbook.Export(h.plan, time.Now())
	if err != nil {
		t.Fatal(err)
	}
	f, err := excelize.OpenReader(bytes.NewReader(data))
	if err != nil {
		t.Fatal(err)
	}
	f.RemoveRow("Kostnader", 3) // Kunnskapsgrunnlag og FoU-oppdrag
	var buf bytes.Buffer
	f.WriteTo(&buf)
	tool.readWorkbook("bok.xlsx", buf.Bytes())
	if text := uitest.RichText(uitest.TopDialog(t, h.win)); !strings.Contains(text, "Kostnader Kunnskapsgrunnlag og FoU-oppdrag, Budsjett i alt: 650\u00a0000 → – (linjen slettes)") {
		t.Errorf("the deleted line is not listed: %q", text)
	}
	if len(h.plan.Resources.Costs) != 5 {
		t.Fatal("the line went before it was confirmed")
	}
	uitest.TapButton(t, h.win, "Les inn")
	if n := len(h.plan.Resources.Costs); n != 4 || h.plan.Resources.Costs[1].Title == "Kunnskapsgrunnlag og FoU-oppdrag" {
		t.Errorf("after reading in: %d lines", n)
	}
}

// Exporting from the window gives the lines IDs and saves them in the
// plan, so a line renamed in stage 7 after the export is still its row's
// line: reading the untouched workbook back changes nothing.
func TestExportedLinesSurviveARenameInThePlan(t *testing.T) {
	h, tool := openResources(t, "kristiansand")
	h.readOnly = true
	tool.exportWorkbook()
	if len(h.written) != 1 || h.plan.Resources.Costs[0].ID != "" {
		t.Fatalf("a read-only plan: written %q, the first line's ID %q", h.written, h.plan.Resources.Costs[0].ID)
	}
	h.readOnly = false
	tool.exportWorkbook()
	if len(h.written) != 1 {
		t.Fatalf("written: %q", h.written)
	}
	data, err := os.ReadFile(h.written[0])
	if err != nil {
		t.Fatal(err)
	}
	if p := h.reload(); p.Resources.Costs[0].ID == "" || p.Resources.Costs[0].ID != h.plan.Resources.Costs[0].ID {
		t.Fatalf("the line has no ID, or lost it in the plan file: %q", p.Resources.Costs[0].ID)
	}
	h.plan.Resources.Costs[0].Title = "Prosjektleder, omdøpt i planen"
	tool.readWorkbook("bok.xlsx", data)
	if text := uitest.RichText(uitest.TopDialog(t, h.win)); !strings.Contains(text, "Regnearket endrer ingenting: der det skiller seg fra planen, er planen endret etter eksporten.") || strings.Contains(text, "Hoppet over") {
		t.Errorf("the untouched workbook changes the renamed line: %q", text)
	}
}

// editBook returns the workbook data with fn applied, saved as excelize saves.
func editBook(t *testing.T, data []byte, fn func(f *excelize.File)) []byte {
	t.Helper()
	f, err := excelize.OpenReader(bytes.NewReader(data))
	if err != nil {
		t.Fatal(err)
	}
	fn(f)
	var buf bytes.Buffer
	if _, err := f.WriteTo(&buf); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

// Reading a workbook back after the plan changed: a figure the workbook did
// not touch keeps the plan's value, and the cells changed on both sides are
// listed as conflicts, each with a choice that starts on the plan's value;
// "Ta regnearkets verdier" chooses the workbook's for all.
func TestReadInWorkbookConflicts(t *testing.T) {
	h, tool := openResources(t, "kristiansand")
	data := editBook(t, exportBook(t, h), func(f *excelize.File) {
		f.SetCellInt("Kostnader", "F2", 1_000_000)  // Prosjektleder, Budsjett 2016
		f.SetCellInt("Kostnader", "C5", 125_000)    // Formidling av resultater, Budsjett 2015
		f.SetCellInt("Finansiering", "O3", 250_000) // Vest-Agder fylkeskommune, Budsjett 2019
	})
	costs := h.plan.Resources.Costs
	costs[0].Amounts.Set(2016, 1_100_000)
	costs[0].Amounts.Set(2018, 1_000_000)
	costs[3].Amounts.Set(2015, 130_000)

	tool.readWorkbook("bok.xlsx", data)
	top := uitest.TopDialog(t, h.win)
	text := uitest.RichText(top)
	if title := uitest.RichText(top); !strings.Contains(title, "Lese inn? Endringer: 1, konflikter: 2") {
		t.Errorf("no title with the counts: %q", title)
	}
	for _, want := range []string{
		"Endret både i planen og i regnearket",
		"Kostnader!F2 Prosjektleder (100 % stilling), Budsjett 2016: 950\u00a0000 ved eksporten, nå 1\u00a0100\u00a0000 i planen og 1\u00a0000\u00a0000 i regnearket",
		"Finansiering!O3 Vest-Agder fylkeskommune, Budsjett 2019: 200\u00a0000 → 250\u00a0000",
		"Celler som er endret i planen etter eksporten, men ikke i regnearket, beholder planens verdi: 1.",
	} {
		if !strings.Contains(text, want) {
			t.Errorf("no %q in the dialog:\n%s", want, text)
		}
	}
	radios := uitest.FindAll[*widget.RadioGroup](top)
	if len(radios) != 2 || radios[0].Selected != "I planen: 1\u00a0100\u00a0000" || radios[1].Options[1] != "I regnearket: 125\u00a0000" {
		t.Fatalf("the choices: %d, %+v", len(radios), radios)
	}
	radios[1].SetSelected(radios[1].Options[1])
	uitest.TapButton(t, h.win, "Les inn")
	c := h.plan.Resources.Costs
	if c[0].Amounts.Get(2016) != 1_100_000 || c[0].Amounts.Get(2018) != 1_000_000 || c[3].Amounts.Get(2015) != 125_000 || h.plan.Resources.Funding[1].Amounts.Get(2019) != 250_000 {
		t.Errorf("after reading in: %v, %v, %v", c[0].Amounts, c[3].Amounts, h.plan.Resources.Funding[1].Amounts)
	}

	// Read again, the one conflict left is the Prosjektleder's 2016.
	tool.readWorkbook("bok.xlsx", data)
	uitest.TapButton(t, h.win, "Ta regnearkets verdier")
	uitest.TapButton(t, h.win, "Les inn")
	if got := h.plan.Resources.Costs[0].Amounts.Get(2016); got != 1_000_000 {
		t.Errorf("after choosing the workbook's values: %d", got)
	}
}

// exportBook exports the host's plan as the window does.
func exportBook(t *testing.T, h *testHost) []byte {
	t.Helper()
	data, err := workbook.Export(h.plan, time.Now())
	if err != nil {
		t.Fatal(err)
	}
	return data
}
