package storage

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"maps"
	"os"
	"reflect"
	"slices"
	"strconv"
	"strings"
	"time"
	"unicode/utf8"

	"regionplan/planmodel"
)

// The plan file format: one plan in JSON, to share, move and keep by hand.
// docs/plan-format.md describes every field.
const (
	PlanFormat       = "regionplan-plan"
	PlanFileVersion  = 2
	MaxPlanFileBytes = 16 << 20
)

// planFile is the outer object of a plan file.
type planFile struct {
	Format   string          `json:"format"`
	Version  int             `json:"version"`
	Exported time.Time       `json:"exported"`
	Plan     *planmodel.Plan `json:"plan"`
}

// EncodePlanFile writes p as a plan file, indented for people to read.
func EncodePlanFile(p *planmodel.Plan, exported time.Time) ([]byte, error) {
	data, err := json.MarshalIndent(planFile{Format: PlanFormat, Version: PlanFileVersion, Exported: exported.UTC().Truncate(time.Second), Plan: p}, "", "  ")
	if err != nil {
		return nil, fmt.Errorf("cannot encode plan %s: %w", p.ID, err)
	}
	return append(data, '\n'), nil
}

// ExportPlan writes p as a plan file at path, replacing the file only once
// the new one is complete on disk.
func ExportPlan(p *planmodel.Plan, path string, exported time.Time) error {
	if strings.HasSuffix(strings.ToLower(path), ".db") {
		return errors.New("a plan file is saved as .json; a .db file may be the plan file itself")
	}
	data, err := EncodePlanFile(p, exported)
	if err != nil {
		return err
	}
	if err := writeAtomically(path, func(w io.Writer) error { _, err := w.Write(data); return err }); err != nil {
		return fmt.Errorf("cannot write %s: %w", path, err)
	}
	return nil
}

// ReadPlanFile reads and checks the plan file at path (see DecodePlanFile),
// refusing a file larger than MaxPlanFileBytes before reading it.
func ReadPlanFile(path string) (*planmodel.Plan, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("cannot read %s: %w", path, err)
	}
	defer f.Close()
	data, err := io.ReadAll(io.LimitReader(f, MaxPlanFileBytes+1))
	if err != nil {
		return nil, fmt.Errorf("cannot read %s: %w", path, err)
	}
	return DecodePlanFile(data)
}

// readPlanFileJSON reads a plan file's JSON, refusing a file too large, not
// UTF-8, not one JSON value, not a Regionplan plan file, or of a newer
// format version; it returns the decoded value, its top object and its
// format version.
func readPlanFileJSON(data []byte) (any, map[string]any, int64, error) {
	problem := func(field, msg string, args map[string]any) error {
		return planmodel.Problems{{Field: field, Message: msg, Args: args}}
	}
	if len(data) > MaxPlanFileBytes {
		return nil, nil, 0, problem("", "The file is larger than {{.Max}} MB, too large to be a plan file.", map[string]any{"Max": MaxPlanFileBytes >> 20})
	}
	if !utf8.Valid(data) {
		return nil, nil, 0, problem("", "The file is not UTF-8 text, so it is not a plan file.", nil)
	}
	data = bytes.TrimPrefix(data, []byte("\uFEFF")) // Notepad's byte-order mark
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.UseNumber()
	var top any
	if err := dec.Decode(&top); err != nil {
		if errors.Is(err, io.ErrUnexpectedEOF) {
			return nil, nil, 0, problem("", "The file ends too early; it was probably cut off while it was copied or sent. Ask for a new export.", nil)
		}
		line, col := position(data, dec.InputOffset())
		var syn *json.SyntaxError
		if errors.As(err, &syn) && syn.Offset > 0 {
			line, col = position(data, syn.Offset-1) // Offset is just past the bad byte
		}
		return nil, nil, 0, problem("", "The file is not valid JSON (line {{.Line}}, column {{.Col}}).", map[string]any{"Line": line, "Col": col})
	}
	if _, err := dec.Token(); err != io.EOF {
		return nil, nil, 0, problem("", "The file has more after the plan; it must hold exactly one plan.", nil)
	}
	obj, ok := top.(map[string]any)
	if !ok || obj["format"] != PlanFormat {
		return nil, nil, 0, problem("format", "The file is not a Regionplan plan file.", nil)
	}
	version, err := wholeNumber(obj["version"])
	switch {
	case err != nil || version < 1:
		return nil, nil, 0, problem("version", "The file has no valid format version.", nil)
	case version > PlanFileVersion:
		return nil, nil, 0, problem("version", "The file was written by a newer version of Regionplan (format version {{.File}}; this version reads up to {{.Max}}).", map[string]any{"File": version, "Max": PlanFileVersion})
	}
	return top, obj, version, nil
}

// DecodePlanFile checks a plan file completely and returns its plan. When
// anything is wrong it returns planmodel.Problems with every problem found,
// each with its field path ("municipalities[3].population").
func DecodePlanFile(data []byte) (*planmodel.Plan, error) {
	top, obj, version, err := readPlanFileJSON(data)
	if err != nil {
		return nil, err
	}
	problem := func(field, msg string, args map[string]any) error {
		return planmodel.Problems{{Field: field, Message: msg, Args: args}}
	}
	var ps planmodel.Problems
	planObj, _ := obj["plan"].(map[string]any)
	if planObj == nil {
		return nil, problem("plan", "The file holds no plan.", nil)
	}
	for _, field := range []string{"name", "firstYear", "lastYear"} {
		if v, ok := planObj[field]; !ok || v == nil {
			ps = append(ps, planmodel.Problem{Field: field, Message: "Required, but missing."})
		}
	}
	required := len(ps)
	checkValue(&ps, "", top, reflect.TypeOf(planFile{}))
	if required > 0 {
		return nil, ps
	}
	// checkValue has removed the values of the wrong kind, so the rest reads
	// into a plan and its own checks can report what else is wrong.
	cleaned, err := json.Marshal(top)
	var f planFile
	if err == nil {
		err = json.Unmarshal(cleaned, &f)
	}
	if err != nil {
		return nil, problem("", "The file cannot be read: {{.Err}}", map[string]any{"Err": err.Error()})
	}
	p := f.Plan
	if p.Checklist == nil {
		p.Checklist = map[string]planmodel.ItemState{}
	}
	if version == 1 {
		// Format 1 refers to municipalities by name: give them IDs.
		for _, name := range p.ResolveNames() {
			ps = append(ps, planmodel.Problem{Field: "", Message: "{{.Name}} is not among the plan's municipalities.", Args: map[string]any{"Name": name}})
		}
	} else {
		p.AssignIDs() // a municipality added by hand without one
	}
	if ps = withValidation(ps, p); len(ps) > 0 {
		return nil, ps
	}
	return p, nil
}

// withValidation adds to ps the problems p's own validation finds at fields
// ps does not name already.
func withValidation(ps planmodel.Problems, p *planmodel.Plan) planmodel.Problems {
	var invalid planmodel.Problems
	if !errors.As(p.Validate(), &invalid) {
		return ps
	}
	reported := map[string]bool{}
	for _, q := range ps {
		reported[q.Field] = true
	}
	for _, q := range invalid {
		if !reported[q.Field] {
			ps = append(ps, q)
		}
	}
	return ps
}

// Import reads a checked plan into the store. A plan whose ID is taken (by a
// live or a deleted plan) becomes a copy with a new ID; nothing is ever
// overwritten. The plan's Updated time is set to now.
func (s *Store) Import(p *planmodel.Plan, now time.Time) error {
	if !ValidID(p.ID) {
		p.ID = planmodel.NewID()
	}
	p.Updated = now
	if p.Created.IsZero() {
		p.Created = now
	}
	for range 10 {
		err := s.Create(p)
		if !errors.Is(err, errExists) {
			return err
		}
		p.ID = planmodel.NewID()
	}
	return fmt.Errorf("no free ID for the imported plan: %w", errExists)
}

// ImportReplacing reads a checked plan into the store over the live plan
// with the same ID, after a snapshot of that plan as it was; when there is
// no such plan it imports as Import does. The snapshot's name is given.
func (s *Store) ImportReplacing(p *planmodel.Plan, snapshotName string, now time.Time) error {
	if !ValidID(p.ID) {
		return s.Import(p, now)
	}
	old, err := s.Load(p.ID)
	if errors.Is(err, ErrNotFound) {
		return s.Import(p, now)
	}
	if err != nil {
		return err
	}
	if _, err := s.TakeSnapshot(old, snapshotName, planmodel.SnapshotBeforeImport, 0, now); err != nil {
		return fmt.Errorf("no snapshot of the plan could be taken, so it was not replaced: %w", err)
	}
	p.Updated = now
	if p.Created.IsZero() {
		p.Created = old.Created
	}
	return s.Save(p)
}

// Exists reports whether a live plan has the given ID.
func (s *Store) Exists(id string) bool {
	_, err := s.Load(id)
	return err == nil
}

// position turns a byte offset into a 1-based line and column.
func position(data []byte, off int64) (line, col int) {
	if off > int64(len(data)) {
		off = int64(len(data))
	}
	before := data[:off]
	line = bytes.Count(before, []byte("\n")) + 1
	col = utf8.RuneCount(before[bytes.LastIndexByte(before, '\n')+1:]) + 1
	return line, col
}

func wholeNumber(v any) (int64, error) {
	n, ok := v.(json.Number)
	if !ok {
		return 0, errors.New("not a number")
	}
	return strconv.ParseInt(string(n), 10, 64)
}

var timeType = reflect.TypeOf(time.Time{})

// checkValue compares a decoded JSON value with the Go type it will be read
// into, adding a problem for every field of the wrong kind or unknown name,
// so that a user learns all of them at once and where each is. It reports
// whether v itself fits; values inside v that do not fit are set to null.
func checkValue(ps *planmodel.Problems, path string, v any, t reflect.Type) bool {
	if v == nil {
		return true // null: the field keeps its zero value
	}
	if t.Kind() == reflect.Pointer {
		t = t.Elem()
	}
	switch {
	case t.Kind() == reflect.Slice:
		return checkList(ps, path, v, t)
	case t.Kind() == reflect.Map:
		return checkMap(ps, path, v, t)
	case t.Kind() == reflect.Struct && t != timeType:
		return checkStruct(ps, path, v, t)
	}
	if msg := scalarProblem(v, t); msg != "" {
		*ps = append(*ps, planmodel.Problem{Field: path, Message: msg})
		return false
	}
	return true
}

// The messages of scalarProblem, written as problems so that the window's
// translation test finds them.
var (
	msgTime   = planmodel.Problem{Message: "Must be a date and time such as 2027-09-13T10:00:00Z."}.Message
	msgText   = planmodel.Problem{Message: "Must be text."}.Message
	msgBool   = planmodel.Problem{Message: "Must be true or false."}.Message
	msgWhole  = planmodel.Problem{Message: "Must be a whole number."}.Message
	msgNumber = planmodel.Problem{Message: "Must be a number."}.Message
)

// scalarProblem says what is wrong with a JSON value read into a date and
// time, a text, a truth value or a number of type t, or "" when it fits.
func scalarProblem(v any, t reflect.Type) string {
	switch k := t.Kind(); {
	case t == timeType:
		if s, ok := v.(string); !ok {
			return msgTime
		} else if _, err := time.Parse(time.RFC3339, s); err != nil {
			return msgTime
		}
	case k == reflect.String:
		if _, ok := v.(string); !ok {
			return msgText
		}
	case k == reflect.Bool:
		if _, ok := v.(bool); !ok {
			return msgBool
		}
	case k >= reflect.Int && k <= reflect.Int64:
		if n, err := wholeNumber(v); err != nil || reflect.Zero(t).OverflowInt(n) {
			return msgWhole
		}
	case k == reflect.Float64:
		if n, fits := v.(json.Number); !fits {
			return msgNumber
		} else if _, err := n.Float64(); err != nil {
			return msgNumber
		}
	}
	return ""
}

// checkList checks every element of a JSON list read into the slice type t.
func checkList(ps *planmodel.Problems, path string, v any, t reflect.Type) bool {
	list, fits := v.([]any)
	if !fits {
		*ps = append(*ps, planmodel.Problem{Field: path, Message: "Must be a list."})
		return false
	}
	for i, e := range list {
		if !checkValue(ps, fmt.Sprintf("%s[%d]", path, i), e, t.Elem()) {
			list[i] = nil
		}
	}
	return true
}

// checkMap checks every value of a JSON object read into the map type t.
func checkMap(ps *planmodel.Problems, path string, v any, t reflect.Type) bool {
	m, fits := v.(map[string]any)
	if !fits {
		*ps = append(*ps, planmodel.Problem{Field: path, Message: "Must be an object."})
		return false
	}
	for _, k := range slices.Sorted(maps.Keys(m)) {
		if !checkValue(ps, join(path, k), m[k], t.Elem()) {
			m[k] = nil
		}
	}
	return true
}

// checkStruct checks a JSON object read into the struct type t: every field
// must be one of t's and of the right kind.
func checkStruct(ps *planmodel.Problems, path string, v any, t reflect.Type) bool {
	m, fits := v.(map[string]any)
	if !fits {
		*ps = append(*ps, planmodel.Problem{Field: path, Message: "Must be an object."})
		return false
	}
	fields := jsonFields(t)
	for _, k := range slices.Sorted(maps.Keys(m)) {
		ft, known := fields[k]
		if !known {
			*ps = append(*ps, planmodel.Problem{Field: join(path, k), Message: "Unknown field."})
			delete(m, k)
			continue
		}
		if !checkValue(ps, join(path, k), m[k], ft) {
			m[k] = nil
		}
	}
	return true
}

// join builds a field path; the plan's own fields are named without "plan.".
func join(path, key string) string {
	switch path {
	case "", "plan":
		return key
	}
	return path + "." + key
}

// jsonFields maps the JSON names of a struct's fields to their types.
func jsonFields(t reflect.Type) map[string]reflect.Type {
	out := map[string]reflect.Type{}
	for i := range t.NumField() {
		f := t.Field(i)
		name, _, _ := strings.Cut(f.Tag.Get("json"), ",")
		if name == "-" || !f.IsExported() {
			continue
		}
		if name == "" {
			name = f.Name
		}
		out[name] = f.Type
	}
	return out
}
