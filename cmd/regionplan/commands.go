package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"time"

	"regionplan/examples"
	"regionplan/planmodel"
	"regionplan/report"
	"regionplan/storage"
	"regionplan/wizard"
)

// commands are the headless sub-commands, each given the plan file's path,
// its own arguments and standard output.
var commands = map[string]func(path string, args []string, stdout io.Writer) error{
	"demo":      demo,
	"list":      list,
	"export":    export,
	"import":    importPlan,
	"check":     check,
	"backup":    backup,
	"restore":   restore,
	"snapshot":  snapshot,
	"snapshots": snapshots,
	"salvage":   salvage,
	"recover":   recoverHeader,

	"new":            newPlan,
	"municipalities": municipalities,
}

func commandNames() string {
	names := make([]string, 0, len(commands))
	for n := range commands {
		names = append(names, n)
	}
	sort.Strings(names)
	return strings.Join(names, ", ")
}

// withStore opens the plan file, runs fn and closes the file. A file that
// could only be opened for reading, or was found damaged, gets a note on
// stderr.
func withStore(path string, fn func(*storage.Store) error) error {
	s, err := storage.Open(path)
	if err != nil {
		return err
	}
	defer s.Close()
	switch {
	case s.ReadOnly():
		fmt.Fprintf(notes, "regionplan: note: %s cannot be written here (a read-only medium or folder), so it was opened for reading only\n", escape(path))
	case s.Damaged() != nil:
		fmt.Fprintf(notes, "regionplan: note: %s is damaged, so it was opened for reading only; 'regionplan --db FILE check' says what is wrong\n", escape(path))
	}
	return fn(s)
}

// documentTime is the time written into exported files: now, or the time
// SOURCE_DATE_EPOCH gives, so that exports can be reproduced byte for byte.
func documentTime() (time.Time, error) {
	v := os.Getenv("SOURCE_DATE_EPOCH")
	if v == "" {
		return time.Now(), nil
	}
	secs, err := strconv.ParseInt(v, 10, 64)
	if err != nil {
		return time.Time{}, fmt.Errorf("SOURCE_DATE_EPOCH=%q is not a number of seconds", v)
	}
	return time.Unix(secs, 0).UTC(), nil
}

func demo(path string, args []string, stdout io.Writer) error {
	name := examples.Kristiansand
	switch len(args) {
	case 0:
	case 1:
		name = args[0]
	default:
		return usageError("demo takes at most one example name: kristiansand or hallingdal")
	}
	p, err := examples.Plan(name, time.Now())
	if err != nil {
		return err
	}
	return create(path, p, stdout)
}

// create adds the new plan to the plan file and prints its ID.
func create(path string, p *planmodel.Plan, stdout io.Writer) error {
	return withStore(path, func(s *storage.Store) error {
		if err := s.Create(p); err != nil {
			return err
		}
		fmt.Fprintln(stdout, p.ID)
		return nil
	})
}

func list(path string, args []string, stdout io.Writer) error {
	if len(args) > 0 {
		return usageError("list takes no arguments")
	}
	var entries []storage.Entry
	err := withStore(path, func(s *storage.Store) (err error) {
		entries, err = s.List()
		return err
	})
	if err != nil {
		return err
	}
	g := wizard.MustLoad(wizard.DefaultLanguage)
	var damaged error
	for _, e := range entries {
		if e.Err != nil {
			fmt.Fprintf(stdout, "%s\t(damaged)\t-\n", e.ID)
			damaged = errors.Join(damaged, e.Err)
			continue
		}
		fmt.Fprintf(stdout, "%s\t%s\t%d\n", e.ID, escape(e.Plan.Name), g.Progress(e.Plan).Percent())
	}
	if damaged != nil {
		return fmt.Errorf("some plans could not be read; run 'regionplan --db FILE check' for details: %w", damaged)
	}
	return nil
}

const exportUsage = "usage: export plan --plan ID --out PLAN.json [--without-internal], export decisions --plan ID --out DIR [--decision ID], export resources --plan ID --out FILE.pdf|DIR, export xlsx --plan ID --out FILE.xlsx, export report --plan ID --year Y --out DIR, export summary --plan ID --out DIR, or export press --plan ID --activity N --out DIR; documents take --format pdf,docx (both by default)"

// exportOptions are the flags of the export command.
type exportOptions struct {
	id, out, decision, format string
	withoutInternal           bool
	activity, year            int
}

// parseExport reads the export command's flags; the plan and --out are required.
func parseExport(args []string) (exportOptions, error) {
	var o exportOptions
	fs := flag.NewFlagSet("export", flag.ContinueOnError)
	fs.SetOutput(io.Discard)
	fs.StringVar(&o.id, "plan", "", "")
	fs.StringVar(&o.out, "out", "", "")
	fs.StringVar(&o.decision, "decision", "", "")
	fs.BoolVar(&o.withoutInternal, "without-internal", false, "")
	fs.StringVar(&o.format, "format", "pdf,docx", "")
	fs.IntVar(&o.activity, "activity", 0, "")
	fs.IntVar(&o.year, "year", 0, "")
	if err := fs.Parse(args); err != nil || o.id == "" || o.out == "" || fs.NArg() > 0 {
		return o, usageError(exportUsage)
	}
	return o, nil
}

func export(path string, args []string, stdout io.Writer) error {
	if len(args) == 0 {
		return usageError(exportUsage)
	}
	o, err := parseExport(args[1:])
	if err != nil {
		return err
	}
	formats, err := report.ParseFormats(o.format)
	if err != nil {
		return err
	}
	at, err := documentTime()
	if err != nil {
		return err
	}
	var p *planmodel.Plan
	err = withStore(path, func(s *storage.Store) (err error) {
		if p, err = s.Load(o.id); err != nil {
			return err
		}
		var ps planmodel.Problems
		if args[0] != "plan" && errors.As(p.Validate(), &ps) {
			return fmt.Errorf("plan %s cannot be exported until these problems are put right; nothing was written:\n%s", p.ID, strings.Join(problemLines(ps), "\n"))
		}
		if args[0] == "xlsx" {
			p, err = withLineIDs(s, p)
		}
		return err
	})
	if err != nil {
		return err
	}
	return exportAs(args[0], p, o, formats, at, stdout)
}

// exportAs writes the export of the given kind of p as o says, printing
// the files it wrote.
func exportAs(kind string, p *planmodel.Plan, o exportOptions, formats []report.Format, at time.Time, stdout io.Writer) error {
	switch kind {
	case "plan":
		if o.withoutInternal {
			p = p.WithoutInternal() // no trust assessments or internal notes
		}
		return storage.ExportPlan(p, o.out, at)
	case "decisions":
		return printed(stdout, p)(exportDecisions(p, o.decision, o.out, at, formats))
	case "summary":
		docs, err := report.SummaryFiles(p, at)
		return printed(stdout, p)(writeDocs(o.out, docs, formats, err))
	case "xlsx":
		return exportWorkbook(p, o.out, at)
	case "report":
		docs, err := report.StatusFiles(p, reportYear(p, o.year, at), at)
		return printed(stdout, p)(writeDocs(o.out, docs, formats, err))
	case "resources":
		return printed(stdout, p)(exportResources(p, o.out, at, formats))
	case "press":
		if len(p.Activities) == 0 {
			return fmt.Errorf("plan %s has no communication activities yet, so there is no press release to write; add an activity in stage 8 (communication) first", p.ID)
		}
		if o.activity < 1 || o.activity > len(p.Activities) {
			return fmt.Errorf("plan %s has no communication activity %d; give its number in the list, from 1 to %d", p.ID, o.activity, len(p.Activities))
		}
		docs, err := report.PressFiles(p, p.Activities[o.activity-1], at)
		return printed(stdout, p)(writeDocs(o.out, docs, formats, err))
	}
	return usageError(exportUsage)
}

// exportResources writes the resource plan into the folder out, or, when
// out names a .pdf or .docx file, as that file with its sibling beside it.
func exportResources(p *planmodel.Plan, out string, at time.Time, formats []report.Format) ([]string, error) {
	docs, err := report.ResourceFiles(p, at)
	if ext := filepath.Ext(out); err == nil && (ext == ".pdf" || ext == ".docx") {
		return report.WriteAs(out, report.Only(docs, formats)[0]) // FILE.docx beside FILE.pdf
	}
	return writeDocs(out, docs, formats, err)
}

// warn tells on stderr, once documents are written, what they show
// wrongly: an unbalanced year, a municipality asked for nothing because its
// population or share is missing, texts without a wording in a document's
// standard (one line per standard), a character the document font lacks.
func warn(p *planmodel.Plan) {
	for _, w := range report.Warnings(p) {
		fmt.Fprintln(os.Stderr, "regionplan: warning: "+w.String())
	}
	unworded := map[planmodel.Standard][]string{}
	for _, u := range report.UnwordedTexts(p) {
		unworded[u.Standard] = append(unworded[u.Standard], u.Field)
	}
	for _, std := range []planmodel.Standard{planmodel.Bokmal, planmodel.Nynorsk} {
		if fields := unworded[std]; len(fields) > 0 {
			fmt.Fprintf(os.Stderr, "regionplan: warning: %d texts have no %s wording, so %s documents print them as written: %s.\n", len(fields), std, std, strings.Join(fields, ", "))
		}
	}
	for _, pr := range report.Unprintable(p) {
		fmt.Fprintln(os.Stderr, "regionplan: warning: "+pr.Error()) // the field, then the problem
	}
}

// writeDocs writes the documents made (unless making them failed) into dir
// in the chosen formats, as one export.
func writeDocs(dir string, docs []report.Draft, formats []report.Format, err error) ([]string, error) {
	if err != nil {
		return nil, err
	}
	return report.WriteFiles(dir, report.Only(docs, formats), nil)
}

// printed prints the paths of the files written, one a line, then, when
// the export succeeded, its warnings about plan p; it passes the error on.
func printed(stdout io.Writer, p *planmodel.Plan) func(files []string, err error) error {
	return func(files []string, err error) error {
		for _, f := range files {
			fmt.Fprintln(stdout, escape(f))
		}
		if err == nil {
			warn(p)
		}
		return err
	}
}

// exportDecisions writes the drafts and the overview of the named decision,
// or of every decision, into dir as one export (all or none, with unique
// names) and returns the paths written.
func exportDecisions(p *planmodel.Plan, id, dir string, at time.Time, formats []report.Format) ([]string, error) {
	decisions := p.Decisions
	if id != "" {
		d := p.Decision(id)
		if d == nil {
			return nil, fmt.Errorf("plan %s has no decision %s", p.ID, id)
		}
		decisions = []planmodel.Decision{*d}
	}
	if len(decisions) == 0 {
		return nil, fmt.Errorf("plan %s has no decisions to export yet", p.ID)
	}
	var docs report.Documents // made as they are written, in the chosen formats only
	for i := range decisions {
		docs = append(docs, report.DecisionDocuments(p, &decisions[i], at)...)
	}
	return docs.Write(context.Background(), dir, formats, nil)
}

func importPlan(path string, args []string, stdout io.Writer) error {
	if len(args) > 0 && args[0] == "xlsx" {
		return importWorkbook(path, args[1:], stdout)
	}
	fs := flag.NewFlagSet("import", flag.ContinueOnError)
	fs.SetOutput(io.Discard)
	replace := fs.Bool("replace", false, "")
	if err := fs.Parse(args); err != nil || fs.NArg() != 1 {
		return usageError("usage: import [--replace] PLAN.json")
	}
	args = fs.Args()
	p, err := storage.ReadPlanFile(args[0])
	var ps planmodel.Problems
	if errors.As(err, &ps) {
		return fmt.Errorf("%s cannot be imported; nothing was changed:\n%s", args[0], strings.Join(problemLines(ps), "\n"))
	}
	if err != nil {
		return err
	}
	return withStore(path, func(s *storage.Store) error {
		var err error
		if *replace {
			err = s.ImportReplacing(p, "Before the import of "+time.Now().Format("2006-01-02 15:04"), time.Now())
		} else {
			err = s.Import(p, time.Now())
		}
		if err != nil {
			return err
		}
		fmt.Fprintln(stdout, p.ID)
		return nil
	})
}

func check(path string, args []string, stdout io.Writer) error {
	if len(args) > 0 {
		return usageError("check takes no arguments")
	}
	err := storage.Verify(path)
	switch {
	case errors.Is(err, storage.ErrLocked):
		return fmt.Errorf("%s is in use by a running copy of Regionplan, so it cannot be checked now; close the window there and run check again (do not restore a backup: the changes made since would be lost)", path)
	case errors.Is(err, storage.ErrForeign):
		if b, _ := storage.ListBackups(path); len(b) > 0 {
			return fmt.Errorf("%s is not a Regionplan plan file; if it was one, restore the newest backup from %s with 'regionplan --db FILE restore BACKUP'", path, storage.BackupDir(path))
		}
		return fmt.Errorf("%s is not a Regionplan plan file; name the plan file with --db", path)
	case err != nil && storage.HeaderRecoverable(path):
		return fmt.Errorf("%s is not sound: %w; its second header page is intact, so 'regionplan --db FILE recover' can rebuild the file from it (the damaged file is kept in %s)", path, err, storage.BackupDir(path))
	case err != nil:
		return fmt.Errorf("%s is not sound: %w; restore the newest backup from %s with 'regionplan --db FILE restore BACKUP', or save what can be saved with 'regionplan --db FILE salvage --out NEW.db'", path, err, storage.BackupDir(path))
	}
	fmt.Fprintf(stdout, "%s is sound\n", escape(path))
	// Opening takes the day's backup, as the window does; say if it cannot.
	return withStore(path, func(s *storage.Store) error {
		if p := s.BackupProblem(); p != nil {
			fmt.Fprintf(stdout, "note: %s\n", describe(p, path))
		}
		return nil
	})
}

func salvage(path string, args []string, stdout io.Writer) error {
	fs := flag.NewFlagSet("salvage", flag.ContinueOnError)
	fs.SetOutput(io.Discard)
	out := fs.String("out", "", "")
	if err := fs.Parse(args); err != nil || *out == "" || fs.NArg() > 0 {
		return usageError("usage: salvage --out NEW.db")
	}
	rep, err := storage.Salvage(path, *out)
	if err != nil {
		return err
	}
	fmt.Fprintf(stdout, "saved %d plans, %d deleted plans and %d snapshots into %s; %s is unchanged\n", rep.Plans, rep.Deleted, rep.Snapshots, escape(*out), escape(path))
	for _, group := range []struct {
		what string
		keys []string
	}{{"lost (damaged)", rep.Lost}, {"saved from an older copy", rep.Older}, {"found outside the file's index (a change whose header was lost, or a plan deleted for good)", rep.Outside}} {
		for i, k := range group.keys {
			if i == maxProblems {
				fmt.Fprintf(stdout, "  … and %d more %s\n", len(group.keys)-maxProblems, group.what)
				break
			}
			fmt.Fprintf(stdout, "  %s: %s\n", group.what, value(k))
		}
	}
	if rep.Partial {
		fmt.Fprintln(stdout, "part of the file's index could not be read, so records that were there may be lost without being named")
	}
	fmt.Fprintf(stdout, "open %s with 'regionplan --db %s' and check the plans, or put it in place with 'regionplan --db FILE restore %s'\n", escape(*out), escape(*out), escape(*out))
	return nil
}

func recoverHeader(path string, args []string, stdout io.Writer) error {
	if len(args) > 0 {
		return usageError("recover takes no arguments")
	}
	added, err := storage.RecoverHeader(path)
	if err != nil {
		return err
	}
	fmt.Fprintf(stdout, "%s was rebuilt from its second header page, with %d records of the last save found beside it; the damaged file was kept in %s\n", escape(path), added, escape(storage.BackupDir(path)))
	return nil
}

func backup(path string, args []string, stdout io.Writer) error {
	fs := flag.NewFlagSet("backup", flag.ContinueOnError)
	fs.SetOutput(io.Discard)
	out := fs.String("out", "", "")
	if err := fs.Parse(args); err != nil || *out == "" || fs.NArg() > 0 {
		return usageError("usage: backup --out COPY")
	}
	return withStore(path, func(s *storage.Store) error { return s.BackupTo(*out) })
}

func restore(path string, args []string, stdout io.Writer) error {
	if len(args) != 1 {
		return usageError("usage: restore BACKUP")
	}
	return storage.RestoreFile(path, args[0])
}

// planFlag parses the arguments of a command that takes --plan ID and the
// string flags named in extra.
func planFlag(cmd string, args []string, extra ...string) (id string, values map[string]string, err error) {
	fs := flag.NewFlagSet(cmd, flag.ContinueOnError)
	fs.SetOutput(io.Discard)
	plan := fs.String("plan", "", "")
	vals := map[string]*string{}
	for _, name := range extra {
		vals[name] = fs.String(name, "", "")
	}
	if err := fs.Parse(args); err != nil || *plan == "" || fs.NArg() > 0 {
		return "", nil, errors.New("missing or unknown arguments")
	}
	values = map[string]string{}
	for name, v := range vals {
		if *v == "" {
			return "", nil, fmt.Errorf("--%s is missing", name)
		}
		values[name] = *v
	}
	return *plan, values, nil
}

func snapshot(path string, args []string, stdout io.Writer) error {
	id, vals, err := planFlag("snapshot", args, "name")
	if err != nil {
		return usageError("usage: snapshot --plan ID --name NAME")
	}
	return withStore(path, func(s *storage.Store) error {
		p, err := s.Load(id)
		if err != nil {
			return err
		}
		snap, err := s.TakeSnapshot(p, vals["name"], planmodel.SnapshotManual, 0, time.Now())
		if err != nil {
			return err
		}
		fmt.Fprintln(stdout, snap.ID)
		return nil
	})
}

func snapshots(path string, args []string, stdout io.Writer) error {
	id, _, err := planFlag("snapshots", args)
	if err != nil {
		return usageError("usage: snapshots --plan ID")
	}
	return withStore(path, func(s *storage.Store) error {
		if _, err := s.Load(id); err != nil {
			return err
		}
		list, err := s.Snapshots(id)
		for _, snap := range list {
			fmt.Fprintf(stdout, "%s\t%s\t%s\n", snap.ID, snap.Taken.Local().Format("2006-01-02 15:04"), escape(snap.Name))
		}
		return err
	})
}
