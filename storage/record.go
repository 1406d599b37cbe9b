package storage

import (
	"bytes"
	"encoding/binary"
	"encoding/json"
	"errors"
	"fmt"
	"reflect"
	"sync"
	"unsafe"

	bolt "go.etcd.io/bbolt"

	"regionplan/planmodel"
)

// A plan's record from schema 4 on is the plan in sealed sections, so that a
// save encodes and seals again only the sections that changed: the record's
// mark, then each section as its length (4 bytes, little-endian) and the
// section sealed (see seal): a kind byte and JSON. The first section is the
// head, the plan without its resources, decisions and measures; then the
// resources; then one section per decision; then the measures in runs of
// measuresPerSection. Every section
// is checked on every read. A record of schema 1 to 3, the whole plan's JSON
// sealed at once, is still read (a deleted plan keeps the record it had).
var recordMark = []byte("RPS1")

const (
	sectionHead      byte = 'h'
	sectionDecision  byte = 'd'
	sectionMeasures  byte = 'm'
	sectionResources byte = 'r'

	measuresPerSection = 25
)

// section is one sealed section of a record, with the value it was encoded
// from: a private copy in a record kept for the next save, the plan's own
// value while a record is made. The head, encoded on every save, has none.
type section struct {
	kind   byte
	typ    reflect.Type
	value  unsafe.Pointer // to a value of typ
	sealed []byte
}

// record is a plan's record as last written, by section.
type record struct {
	bytes    []byte
	sections []section
	// spare is the buffer of the record this one replaced, which nothing
	// refers to any more: the next record is made in it (see records).
	spare []byte
}

var (
	decisionType  = reflect.TypeFor[planmodel.Decision]()
	measuresType  = reflect.TypeFor[[]planmodel.Measure]()
	resourcesType = reflect.TypeFor[planmodel.Resources]()
)

// sectionValues lists p's sections after the head, each with the value it
// is encoded from: the resources, a decision, or a run of measures.
func sectionValues(p *planmodel.Plan) []section {
	out := make([]section, 0, 2+len(p.Decisions)+len(p.Measures)/measuresPerSection)
	out = append(out, section{kind: sectionResources, typ: resourcesType, value: unsafe.Pointer(&p.Resources)})
	for i := range p.Decisions {
		out = append(out, section{kind: sectionDecision, typ: decisionType, value: unsafe.Pointer(&p.Decisions[i])})
	}
	for i := 0; i < len(p.Measures); i += measuresPerSection {
		run := p.Measures[i:min(i+measuresPerSection, len(p.Measures))]
		out = append(out, section{kind: sectionMeasures, typ: measuresType, value: unsafe.Pointer(&run)})
	}
	return out
}

// privateCopy returns a copy of the value at v that shares nothing with it
// that can be changed in place (see copyJSON).
func privateCopy(t reflect.Type, v unsafe.Pointer) unsafe.Pointer {
	c := reflect.New(t)
	c.Elem().Set(copyJSON(reflect.NewAt(t, v).Elem()))
	return c.UnsafePointer()
}

// encodeRecord encodes p as a record, in spare when it is large enough.
// Sections whose value is the same as in last (the record as last written,
// or nil) keep their sealed bytes; the others are encoded and sealed anew.
// The record is p's whatever the file holds: each section kept is the
// encoding of a value the same as p's.
func encodeRecord(p *planmodel.Plan, last *record, spare []byte) (*record, error) {
	head := *p
	head.Resources, head.Decisions, head.Measures = planmodel.Resources{}, nil, nil
	data, err := json.Marshal(&head)
	if err != nil {
		return nil, fmt.Errorf("cannot encode plan %s: %w", p.ID, err)
	}
	rec := &record{sections: []section{{kind: sectionHead, sealed: sealSection(sectionHead, data)}}}
	for i, sec := range sectionValues(p) {
		if last != nil && i+1 < len(last.sections) && last.sections[i+1].typ == sec.typ && sameFor(sec.typ)(sec.value, last.sections[i+1].value) {
			rec.sections = append(rec.sections, last.sections[i+1])
			continue
		}
		data, err := json.Marshal(reflect.NewAt(sec.typ, sec.value).Interface())
		if err != nil {
			return nil, fmt.Errorf("cannot encode plan %s: %w", p.ID, err)
		}
		sec.value = privateCopy(sec.typ, sec.value)
		sec.sealed = sealSection(sec.kind, data)
		rec.sections = append(rec.sections, sec)
	}
	size := len(recordMark)
	for _, sec := range rec.sections {
		size += 4 + len(sec.sealed)
	}
	if size > MaxPlanBytes {
		return nil, fmt.Errorf("plan %s takes %d MB: %w", p.ID, size>>20, ErrTooLarge)
	}
	if cap(spare) >= size {
		rec.bytes = spare[:0]
	} else {
		rec.bytes = make([]byte, 0, size)
	}
	rec.bytes = append(rec.bytes, recordMark...)
	for _, sec := range rec.sections {
		rec.bytes = binary.LittleEndian.AppendUint32(rec.bytes, uint32(len(sec.sealed)))
		rec.bytes = append(rec.bytes, sec.sealed...)
	}
	return rec, nil
}

func sealSection(kind byte, data []byte) []byte {
	return seal(append([]byte{kind}, data...))
}

// decodeSections decodes a record of sealed sections, checking every
// section, or returns false when v is not one. With headOnly it decodes
// only the head (but still checks every section).
func decodeSections(v []byte, headOnly bool) (*planmodel.Plan, bool, error) {
	if !bytes.HasPrefix(v, recordMark) {
		return nil, false, nil
	}
	var p planmodel.Plan
	rest := v[len(recordMark):]
	if len(rest) == 0 {
		return nil, false, nil
	}
	for n := 0; len(rest) > 0; n++ {
		if len(rest) < 4 || uint64(len(rest)-4) < uint64(binary.LittleEndian.Uint32(rest)) {
			return nil, false, nil
		}
		size := binary.LittleEndian.Uint32(rest)
		data, err := unseal(rest[4 : 4+size])
		if err != nil || len(data) == 0 || (n == 0) != (data[0] == sectionHead) {
			return nil, false, nil
		}
		rest = rest[4+size:]
		if headOnly && n > 0 {
			continue
		}
		if err := decodeSection(&p, data[0], data[1:]); err != nil {
			return nil, true, err
		}
	}
	return &p, true, nil
}

func decodeSection(p *planmodel.Plan, kind byte, data []byte) error {
	switch kind {
	case sectionHead:
		return json.Unmarshal(data, p)
	case sectionResources:
		return json.Unmarshal(data, &p.Resources)
	case sectionDecision:
		var d planmodel.Decision
		if err := json.Unmarshal(data, &d); err != nil {
			return err
		}
		p.Decisions = append(p.Decisions, d)
		return nil
	case sectionMeasures:
		var ms []planmodel.Measure
		if err := json.Unmarshal(data, &ms); err != nil {
			return err
		}
		p.Measures = append(p.Measures, ms...)
		return nil
	}
	return fmt.Errorf("a section of unknown kind %q", kind)
}

// records keeps, per plan ID, the record as this store last wrote it, so
// that the next save of the plan encodes only what changed, and reuses the
// buffers of records written before. A buffer goes to one record only: a
// record's own buffer becomes the spare of the record that replaces it
// here, once that one is written, and a spare is handed out once.
type records struct {
	mu   sync.Mutex
	byID map[string]*record
}

// get returns plan id's record and the buffer to make the next one in.
func (r *records) get(id string) (last *record, spare []byte) {
	r.mu.Lock()
	defer r.mu.Unlock()
	last = r.byID[id]
	if last != nil {
		spare, last.spare = last.spare, nil
	}
	return last, spare
}

// set keeps rec, written on the ground of base (or nil), as plan id's
// record, or forgets plan id's record when rec is nil.
func (r *records) set(id string, rec, base *record) {
	r.mu.Lock()
	defer r.mu.Unlock()
	cur := r.byID[id]
	if rec == nil {
		delete(r.byID, id)
		return
	}
	if cur != nil && cur == base {
		rec.spare = cur.bytes
	}
	if r.byID == nil {
		r.byID = map[string]*record{}
	}
	r.byID[id] = rec
}

// migrateSections is the step from schema 3 to 4: every live plan's record
// is written again in sealed sections. A record that cannot be read is left
// as it is, for the check that follows to find, and so is one whose sections'
// seals would take it over MaxPlanBytes: decodePlan still reads it whole.
func migrateSections(tx *bolt.Tx) error {
	plans := tx.Bucket(bucketPlans)
	type rewrite struct{ key, value []byte }
	var out []rewrite
	err := plans.ForEach(func(k, v []byte) error {
		p, err := decodePlan(string(k), v)
		if err != nil {
			return nil
		}
		rec, err := encodeRecord(p, nil, nil)
		if errors.Is(err, ErrTooLarge) {
			return nil
		}
		if err != nil {
			return err
		}
		out = append(out, rewrite{bytes.Clone(k), rec.bytes})
		return nil
	})
	if err != nil {
		return err
	}
	for _, r := range out {
		if err := plans.Put(r.key, r.value); err != nil {
			return err
		}
	}
	return nil
}
