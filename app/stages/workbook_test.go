package stages

import (
	"bytes"
	"encoding/json"
	"os"
	"strings"
	"testing"
	"time"

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
	if text := uitest.RichText(uitest.TopDialog(t, h.win)); !strings.Contains(text, "Regnearket har de samme tallene som planen.") {
		t.Errorf("the untouched workbook changes the renamed line: %q", text)
	}
}
