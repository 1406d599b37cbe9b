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

// reportYear is the year a status report is for: the one given, or the
// year before the documents' date, kept within the plan's period.
func reportYear(p *planmodel.Plan, year int, at time.Time) int {
	if year == 0 {
		return p.ReportYear(at)
	}
	return year
}

const importXLSXUsage = "usage: import xlsx --plan ID BOOK.xlsx [--apply]"

// importWorkbook prints what a workbook would change in the plan's
// resource plan and, with --apply, takes a snapshot and makes the changes.
func importWorkbook(path string, args []string, stdout io.Writer) error {
	fs := flag.NewFlagSet("import xlsx", flag.ContinueOnError)
	fs.SetOutput(io.Discard)
	id := fs.String("plan", "", "")
	apply := fs.Bool("apply", false, "")
	err := fs.Parse(args)
	book := fs.Arg(0)
	if err == nil && fs.NArg() > 1 { // flags after the file name
		err = fs.Parse(fs.Args()[1:])
	}
	if err != nil || fs.NArg() > 0 && fs.Arg(0) != book || *id == "" || book == "" {
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
		r, err := workbook.Read(p, data)
		var ps planmodel.Problems
		if errors.As(err, &ps) {
			return fmt.Errorf("%s cannot be imported: %s", book, strings.Join(workbook.Lines(ps), " "))
		}
		if err != nil {
			return fmt.Errorf("%s cannot be imported: %w", book, err)
		}
		return applyWorkbook(s, p, r, book, *apply, stdout)
	})
}

// applyWorkbook prints the changes and what was skipped, and with apply
// makes the changes after a snapshot of the plan as it was.
func applyWorkbook(s *storage.Store, p *planmodel.Plan, r *workbook.Result, book string, apply bool, stdout io.Writer) error {
	for _, c := range r.Changes {
		fmt.Fprintln(stdout, c)
	}
	for _, n := range workbook.Lines(r.Skipped) {
		fmt.Fprintln(stdout, "skipped:", n)
	}
	if err := r.Err(); err != nil {
		return fmt.Errorf("%s: %w", book, err)
	}
	switch {
	case len(r.Changes) == 0:
		fmt.Fprintln(stdout, "The workbook changes nothing in the plan.")
		return nil
	case !apply:
		fmt.Fprintf(stdout, "%d changes; run again with --apply to make them (a snapshot is taken first).\n", len(r.Changes))
		return nil
	}
	now := time.Now()
	if _, err := s.TakeSnapshot(p, "Before importing "+filepath.Base(book), planmodel.SnapshotManual, 0, now); err != nil {
		return err
	}
	if err := r.Apply(p); err != nil {
		return err
	}
	p.Updated = now
	if err := s.Save(p); err != nil {
		return err
	}
	fmt.Fprintf(stdout, "%d changes made; the plan as it was is kept as a snapshot.\n", len(r.Changes))
	return nil
}
