package main

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"sort"
	"strconv"
	"strings"
	"time"

	"regionplan/planmodel"
	"regionplan/storage"
	"regionplan/wizard"
)

// commands are the headless sub-commands, each given the plan file's path,
// its own arguments and standard output.
var commands = map[string]func(path string, args []string, stdout io.Writer) error{
	"demo":    demo,
	"list":    list,
	"export":  export,
	"import":  importPlan,
	"check":   check,
	"backup":  backup,
	"restore": restore,
}

func commandNames() string {
	names := make([]string, 0, len(commands))
	for n := range commands {
		names = append(names, n)
	}
	sort.Strings(names)
	return strings.Join(names, ", ")
}

// withStore opens the plan file, runs fn and closes the file.
func withStore(path string, fn func(*storage.Store) error) error {
	s, err := storage.Open(path)
	if err != nil {
		return err
	}
	defer s.Close()
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
	name := "kristiansand"
	switch len(args) {
	case 0:
	case 1:
		name = args[0]
	default:
		return usageError("demo takes at most one example name: kristiansand or hallingdal")
	}
	p, err := planmodel.Example(name, time.Now())
	if err != nil {
		return err
	}
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
		fmt.Fprintf(stdout, "%s\t%s\t%d\n", e.ID, e.Plan.Name, g.Progress(e.Plan).Percent())
	}
	if damaged != nil {
		return fmt.Errorf("some plans could not be read; run 'regionplan --db FILE check' for details: %w", damaged)
	}
	return nil
}

func export(path string, args []string, stdout io.Writer) error {
	if len(args) == 0 || args[0] != "plan" {
		return usageError("export takes what to export first: export plan --plan ID --out PATH [--without-internal]")
	}
	fs := flag.NewFlagSet("export", flag.ContinueOnError)
	fs.SetOutput(io.Discard)
	id := fs.String("plan", "", "")
	out := fs.String("out", "", "")
	withoutInternal := fs.Bool("without-internal", false, "")
	if err := fs.Parse(args[1:]); err != nil || *id == "" || *out == "" || fs.NArg() > 0 {
		return usageError("usage: export plan --plan ID --out PATH [--without-internal]")
	}
	at, err := documentTime()
	if err != nil {
		return err
	}
	return withStore(path, func(s *storage.Store) error {
		p, err := s.Load(*id)
		if err != nil {
			return err
		}
		if *withoutInternal {
			p = p.WithoutInternal() // no trust assessments or internal notes
		}
		return storage.ExportPlan(p, *out, at)
	})
}

func importPlan(path string, args []string, stdout io.Writer) error {
	if len(args) != 1 {
		return usageError("usage: import PLAN.json")
	}
	p, err := storage.ReadPlanFile(args[0])
	var ps planmodel.Problems
	if errors.As(err, &ps) {
		lines := make([]string, len(ps))
		for i, q := range ps {
			lines[i] = "  " + strings.TrimPrefix(q.Error(), ": ")
		}
		return fmt.Errorf("%s cannot be imported; nothing was changed:\n%s", args[0], strings.Join(lines, "\n"))
	}
	if err != nil {
		return err
	}
	return withStore(path, func(s *storage.Store) error {
		if err := s.Import(p, time.Now()); err != nil {
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
	if err := storage.Verify(path); err != nil {
		return fmt.Errorf("%s is not sound: %w; restore the newest backup from %s with 'regionplan --db FILE restore BACKUP'", path, err, storage.BackupDir(path))
	}
	fmt.Fprintf(stdout, "%s is sound\n", path)
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
