package main

import (
	"flag"
	"fmt"
	"io"
	"strconv"
	"strings"
	"time"

	"regionplan/register"
)

const newUsage = "usage: new --name NAME --period 2026-2029 --municipalities NR,NR,…"

// newPlan makes a plan from register numbers and prints its ID.
func newPlan(path string, args []string, stdout io.Writer) error {
	fs := flag.NewFlagSet("new", flag.ContinueOnError)
	fs.SetOutput(io.Discard)
	name := fs.String("name", "", "")
	period := fs.String("period", "", "")
	numbers := fs.String("municipalities", "", "")
	if err := fs.Parse(args); err != nil || fs.NArg() > 0 || strings.TrimSpace(*name) == "" || *numbers == "" {
		return usageError(newUsage)
	}
	first, last, err := parsePeriod(*period)
	if err != nil {
		return err
	}
	var list []string
	for _, n := range strings.Split(*numbers, ",") {
		if n = strings.TrimSpace(n); n != "" {
			list = append(list, n)
		}
	}
	p, err := register.NewPlan(strings.TrimSpace(*name), first, last, list, time.Now())
	if err != nil {
		return err
	}
	return create(path, p, stdout)
}

// parsePeriod reads "2026-2029" as its first and last year.
func parsePeriod(s string) (first, last int, err error) {
	a, b, ok := strings.Cut(strings.TrimSpace(s), "-")
	if ok {
		first, err = strconv.Atoi(a)
		if err == nil {
			last, err = strconv.Atoi(b)
		}
	}
	if !ok || err != nil {
		return 0, 0, usageError(fmt.Sprintf("the period %q is not two years such as 2026-2029", s))
	}
	return first, last, nil
}

// municipalities prints the register's rows that match the text, or all of
// them: number, name, county, written standard and population, tab-separated.
func municipalities(_ string, args []string, stdout io.Writer) error {
	if len(args) > 1 {
		return usageError("usage: municipalities [TEXT]; quote a name with spaces")
	}
	rows := register.All()
	if len(args) == 1 {
		rows = register.Search(args[0])
		if len(rows) == 0 {
			return fmt.Errorf("no municipality in the register matches %q; try part of the name or the number", args[0])
		}
	}
	for _, e := range rows {
		fmt.Fprintf(stdout, "%s\t%s\t%s\t%s\t%d\n", e.Number, e.Name, e.County, register.StandardWord(e.Standard), e.Population)
	}
	return nil
}
