package main

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"time"

	"fyne.io/fyne/v2/lang"

	"regionplan/app"
	"regionplan/app/widgets"
	"regionplan/internal/outfile"
	"regionplan/planmodel"
	"regionplan/storage"
	"regionplan/workbook"
)

// exportWorkbook writes the plan's resource plan as an XLSX workbook at out.
func exportWorkbook(p *planmodel.Plan, out string, at time.Time) error {
	data, err := workbook.Export(p, at)
	if err != nil {
		return err
	}
	return outfile.WriteFile(out, data, 0o644)
}

// withLineIDs gives the plan's lines IDs and saves it, as the window does
// before it exports a workbook, so that the workbook knows its lines even
// when they are renamed in the plan afterwards. A plan file opened for
// reading only (withStore has said so) keeps its plan as it is; when the
// save fails, a note says so and the plan is exported as stored, its lines
// known by their titles.
func withLineIDs(s *storage.Store, p *planmodel.Plan) (*planmodel.Plan, error) {
	if s.ReadOnly() || s.Damaged() != nil || !workbook.LineIDs(p) {
		return p, nil
	}
	p.Updated = time.Now()
	if err := s.Save(p); err != nil {
		fmt.Fprintf(notes, "regionplan: note: the plan's lines could not be given IDs, so the workbook knows them by title: %s\n", escape(err.Error()))
		return s.Load(p.ID)
	}
	return p, nil
}

// reportYear is the year a status report is for: the one given, or the
// year before the documents' date, kept within the plan's period.
func reportYear(p *planmodel.Plan, year int, at time.Time) int {
	if year == 0 {
		return p.ReportYear(at)
	}
	return year
}

const importXLSXUsage = "usage: import xlsx --plan ID BOOK.xlsx [--apply] [--conflicts plan|workbook]"

// importWorkbook prints what a workbook would change in the plan's
// resource plan and its conflicts with changes made in the plan since the
// export, and with --apply takes a snapshot and makes the changes; in each
// conflict the plan's value stays unless --conflicts workbook is given.
func importWorkbook(path string, args []string, stdout io.Writer) error {
	fs := flag.NewFlagSet("import xlsx", flag.ContinueOnError)
	fs.SetOutput(io.Discard)
	id := fs.String("plan", "", "")
	apply := fs.Bool("apply", false, "")
	side := fs.String("conflicts", "plan", "")
	err := fs.Parse(args)
	book := fs.Arg(0)
	if err == nil && fs.NArg() > 1 { // flags after the file name
		err = fs.Parse(fs.Args()[1:])
	}
	if err != nil || fs.NArg() > 0 && fs.Arg(0) != book || *id == "" || book == "" || *side != "plan" && *side != "workbook" {
		return usageError(importXLSXUsage)
	}
	data, err := os.ReadFile(book)
	if err != nil {
		return fmt.Errorf("cannot read %s: %w", book, err)
	}
	return withStore(path, func(s *storage.Store) error {
		p, err := s.Load(*id)
		if err != nil {
			return err
		}
		if err := app.SetLanguage(workbookLanguage(p)); err != nil {
			return fmt.Errorf("cannot load the translations: %w", err)
		}
		r, err := workbook.Read(p, data)
		var ps planmodel.Problems
		if errors.As(err, &ps) {
			return refused(book, ps)
		}
		if err != nil {
			return fmt.Errorf("%s cannot be imported: %w", book, err)
		}
		r.TakeAll(*side == "workbook")
		return applyWorkbook(s, p, r, book, *apply, stdout)
	})
}

// workbookLanguage is the language import xlsx writes in, as the window
// does: --lang when given, else the plan's written standard.
func workbookLanguage(p *planmodel.Plan) string {
	if cliLanguage != "" {
		return cliLanguage
	}
	return string(p.DocumentStandard())
}

// refused is the error for a workbook that cannot be read in, with its
// problems in the language set.
func refused(book string, ps planmodel.Problems) error {
	return errors.New(lang.L("{{.Book}} cannot be read in; nothing was changed:", map[string]any{"Book": book}) + "\n" + strings.Join(problemLinesBy(ps, widgets.ProblemText, func(n int) string {
		return lang.L("… and {{.Count}} more problems", map[string]any{"Count": n})
	}), "\n"))
}

// applyWorkbook prints what the workbook changes, and with apply makes the
// changes and the conflicts chosen after a snapshot of the plan as it was.
func applyWorkbook(s *storage.Store, p *planmodel.Plan, r *workbook.Result, book string, apply bool, stdout io.Writer) error {
	printWorkbook(r, stdout)
	if len(r.Problems) > 0 {
		return refused(book, r.Problems)
	}
	n := len(r.Changes) + r.Taken()
	switch {
	case !apply && r.Taken() < len(r.Conflicts):
		fmt.Fprintln(stdout, lang.L("{{.Count}} changes and {{.Conflicts}} conflicts; run again with --apply to make the changes and keep the plan's value in each conflict, or with --apply --conflicts workbook to take the workbook's (a snapshot is taken first).", map[string]any{"Count": len(r.Changes), "Conflicts": len(r.Conflicts)}))
		return nil
	case n == 0 && r.Kept+len(r.Conflicts) > 0:
		fmt.Fprintln(stdout, lang.L("The workbook changes nothing: where it differs from the plan, the plan was changed after the export."))
		return nil
	case n == 0:
		fmt.Fprintln(stdout, lang.L("The workbook holds the same figures as the plan."))
		return nil
	case !apply:
		fmt.Fprintln(stdout, lang.L("{{.Count}} changes; run again with --apply to make them (a snapshot is taken first).", map[string]any{"Count": n}))
		return nil
	}
	now := time.Now()
	if _, err := s.TakeSnapshot(p, lang.L("Before reading in {{.Name}}", map[string]any{"Name": filepath.Base(book)}), planmodel.SnapshotManual, 0, now); err != nil {
		return err
	}
	if err := r.Apply(p); err != nil {
		return err
	}
	p.Updated = now
	if err := s.Save(p); err != nil {
		return err
	}
	fmt.Fprintln(stdout, lang.L("{{.Count}} changes made; the plan as it was is kept as a snapshot.", map[string]any{"Count": n}))
	return nil
}

// printWorkbook prints the changes, the conflicts, the notes on the
// comparison and what was skipped, as the window lists them.
func printWorkbook(r *workbook.Result, stdout io.Writer) {
	for _, l := range widgets.ProblemLines(workbook.Messages(r.Changes)) {
		fmt.Fprintln(stdout, escape(l))
	}
	for i, l := range widgets.ProblemLines(workbook.ConflictMessages(r.Conflicts)) {
		line := lang.L("Conflict, the plan's value kept: {{.Conflict}}", map[string]any{"Conflict": l})
		if r.Conflicts[i].TakeWorkbook {
			line = lang.L("Conflict, the workbook's value taken: {{.Conflict}}", map[string]any{"Conflict": l})
		}
		fmt.Fprintln(stdout, escape(line))
	}
	for _, l := range widgets.ProblemLines(r.Notes) {
		fmt.Fprintln(stdout, escape(lang.L("About the comparison")+": "+l))
	}
	for _, l := range widgets.ProblemLines(r.Skipped) {
		fmt.Fprintln(stdout, escape(lang.L("Skipped")+": "+l))
	}
}
