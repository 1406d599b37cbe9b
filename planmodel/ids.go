package planmodel

import (
	"crypto/rand"
	"crypto/sha256"
	"encoding/hex"
	"slices"
)

// MunicipalityID names one municipality within one plan for good: eight hex
// digits given when it joins the plan and never changed by a rename. Its
// kommunenummer is a fact about it, not its ID.
type MunicipalityID string

// newMunicipalityID returns a random ID that no municipality of the plan has.
func (p *Plan) newMunicipalityID() MunicipalityID {
	for {
		var b [4]byte
		if _, err := rand.Read(b[:]); err != nil {
			panic("planmodel: no randomness: " + err.Error())
		}
		id := MunicipalityID(hex.EncodeToString(b[:]))
		if p.IndexOf(id) < 0 {
			return id
		}
	}
}

// nameID returns the ID a municipality without one gets from its name, the
// first eight hex digits of the name's SHA-256, so that every copy of a plan
// written before municipalities had IDs (the plan, its snapshots, an old
// plan file) gives it the same one. When another municipality of the plan
// has that ID already, it returns a random one.
func (p *Plan) nameID(name string) MunicipalityID {
	sum := sha256.Sum256([]byte(name))
	if id := MunicipalityID(hex.EncodeToString(sum[:4])); p.IndexOf(id) < 0 {
		return id
	}
	return p.newMunicipalityID()
}

// IndexOf returns the index of the municipality with the given ID, or -1
// when the plan has none with it.
func (p *Plan) IndexOf(id MunicipalityID) int {
	if id == "" {
		return -1
	}
	for i := range p.Municipalities {
		if p.Municipalities[i].ID == id {
			return i
		}
	}
	return -1
}

// NameOf returns the name of the municipality with the given ID, or "" when
// the plan has none with it.
func (p *Plan) NameOf(id MunicipalityID) string {
	if i := p.IndexOf(id); i >= 0 {
		return p.Municipalities[i].Name
	}
	return ""
}

// IDOf returns the ID of the municipality with the given name, or "" when
// the plan has none by that name.
func (p *Plan) IDOf(name string) MunicipalityID {
	if i := p.MunicipalityIndex(name); i >= 0 {
		return p.Municipalities[i].ID
	}
	return ""
}

// KnownIDs returns the set of the IDs of the plan's municipalities.
func (p *Plan) KnownIDs() map[MunicipalityID]bool {
	known := make(map[MunicipalityID]bool, len(p.Municipalities))
	for _, m := range p.Municipalities {
		known[m.ID] = true
	}
	return known
}

// AssignIDs gives every municipality that has none an ID made from its
// name (see ResolveNames). Plans built in code and plans whose references
// already use IDs need nothing more.
func (p *Plan) AssignIDs() {
	for i := range p.Municipalities {
		if m := &p.Municipalities[i]; m.ID == "" {
			m.ID = p.nameID(m.Name)
		}
	}
}

// ResolveNames turns references that hold municipality names into ones
// that hold IDs, after giving every municipality without an ID one made
// from its name, so that the same plan read twice, or a plan and its
// snapshots, get the same IDs. Plans
// written before municipalities had IDs (schema 1 and 2, plan file format
// 1) refer by name throughout; the example plans are written that way too.
// A reference that is already a municipality's ID stays. A trust assessment
// of a municipality no longer in the plan keeps its name as Former; any
// other reference to a name not in the plan is dropped, as it pointed
// nowhere, and returned among unknown (sorted, each once). Calling it again
// changes nothing.
func (p *Plan) ResolveNames() (unknown []string) {
	p.AssignIDs()
	to := map[MunicipalityID]MunicipalityID{}
	for _, m := range p.Municipalities {
		to[MunicipalityID(m.Name)] = m.ID
	}
	for _, m := range p.Municipalities {
		to[m.ID] = m.ID
	}
	for i := range p.Trust {
		a := &p.Trust[i]
		if id, ok := to[a.Municipality]; ok || a.Municipality == "" {
			a.Municipality = id
		} else {
			a.Former, a.Municipality = string(a.Municipality), ""
		}
	}
	p.eachReference(func(ref MunicipalityID) MunicipalityID {
		id, ok := to[ref]
		if !ok && !slices.Contains(unknown, string(ref)) {
			unknown = append(unknown, string(ref))
		}
		return id
	})
	slices.Sort(unknown)
	return unknown
}
