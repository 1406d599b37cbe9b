package storage

import (
	"bytes"
	"encoding"
	"encoding/json"
	"reflect"
	"sync"
	"unsafe"
)

// sameFunc reports whether the values of one type at a and b encode to the
// same JSON. It is how a save tells the sections of a plan that did not
// change from those that did without encoding them, and it must be fast: a
// save compares every section of the large plan (several thousand values).
// So each type's comparison is put together once, from what encoding/json
// reads: exported fields; nil apart from empty; numbers bit for bit (-0
// encodes apart from 0); time.Time, which encodes itself from unexported
// fields, by its bits. Whatever it cannot be sure of (kinds JSON cannot
// encode, unexported fields JSON may read) is never the same, so at worst a
// section is written again.
type sameFunc func(a, b unsafe.Pointer) bool

var (
	sameMu    sync.Mutex
	sameFuncs = map[reflect.Type]sameFunc{}
)

// sameFor returns the comparison of type t's values.
func sameFor(t reflect.Type) sameFunc {
	sameMu.Lock()
	defer sameMu.Unlock()
	return sameForLocked(t)
}

func sameForLocked(t reflect.Type) sameFunc {
	if f, ok := sameFuncs[t]; ok {
		return f
	}
	var f sameFunc
	// A type that holds itself (through a slice or pointer) finds this
	// stand-in while its own comparison is being put together.
	sameFuncs[t] = func(a, b unsafe.Pointer) bool { return f(a, b) }
	f = buildSame(t)
	sameFuncs[t] = f
	return f
}

func buildSame(t reflect.Type) sameFunc {
	if t == timeType || plain(t) {
		size := t.Size()
		return func(a, b unsafe.Pointer) bool {
			return bytes.Equal(unsafe.Slice((*byte)(a), size), unsafe.Slice((*byte)(b), size))
		}
	}
	switch t.Kind() {
	case reflect.String:
		return func(a, b unsafe.Pointer) bool { return *(*string)(a) == *(*string)(b) }
	case reflect.Slice:
		return sameSlices(t.Elem())
	case reflect.Array:
		return sameRun(t.Elem(), t.Len())
	case reflect.Pointer:
		elem := sameForLocked(t.Elem())
		return func(a, b unsafe.Pointer) bool {
			pa, pb := *(*unsafe.Pointer)(a), *(*unsafe.Pointer)(b)
			if pa == nil || pb == nil {
				return pa == nil && pb == nil
			}
			return elem(pa, pb)
		}
	case reflect.Map:
		return sameMaps(t)
	case reflect.Interface:
		return func(a, b unsafe.Pointer) bool {
			return sameInterfaces(reflect.NewAt(t, a).Elem(), reflect.NewAt(t, b).Elem())
		}
	case reflect.Struct:
		return sameStructs(t)
	}
	return func(a, b unsafe.Pointer) bool { return false }
}

// plain reports whether t holds nothing but numbers and booleans, so that
// two values are the same when their bytes are.
func plain(t reflect.Type) bool {
	switch t.Kind() {
	case reflect.Bool, reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64,
		reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64, reflect.Uintptr,
		reflect.Float32, reflect.Float64:
		return true
	case reflect.Array:
		return plain(t.Elem())
	case reflect.Struct:
		for i := range t.NumField() {
			if !plain(t.Field(i).Type) {
				return false
			}
		}
		return true
	}
	return false
}

// sliceHeader is how Go lays out a slice.
type sliceHeader struct {
	data     unsafe.Pointer
	len, cap int
}

func sameSlices(elem reflect.Type) sameFunc {
	run := sameRunAt(elem)
	return func(a, b unsafe.Pointer) bool {
		sa, sb := (*sliceHeader)(a), (*sliceHeader)(b)
		if (sa.data == nil) != (sb.data == nil) || sa.len != sb.len {
			return false
		}
		return run(sa.data, sb.data, sa.len)
	}
}

func sameRun(elem reflect.Type, n int) sameFunc {
	run := sameRunAt(elem)
	return func(a, b unsafe.Pointer) bool { return run(a, b, n) }
}

// sameRunAt compares n values of type elem laid out one after the other.
func sameRunAt(elem reflect.Type) func(a, b unsafe.Pointer, n int) bool {
	size := elem.Size()
	if plain(elem) {
		return func(a, b unsafe.Pointer, n int) bool {
			return n == 0 || bytes.Equal(unsafe.Slice((*byte)(a), uintptr(n)*size), unsafe.Slice((*byte)(b), uintptr(n)*size))
		}
	}
	same := sameForLocked(elem)
	return func(a, b unsafe.Pointer, n int) bool {
		for i := range uintptr(n) {
			if !same(unsafe.Add(a, i*size), unsafe.Add(b, i*size)) {
				return false
			}
		}
		return true
	}
}

// sameStructs compares a struct's exported fields. A struct with unexported
// fields JSON may read (embedded, or through the type's own encoder) is
// never the same.
func sameStructs(t reflect.Type) sameFunc {
	type field struct {
		offset, size uintptr // a field of numbers: compared byte for byte
		text         bool    // a string field
		same         sameFunc
	}
	own := ownEncoder(t)
	var fields []field
	for i := range t.NumField() {
		f := t.Field(i)
		switch {
		case !f.IsExported() && (f.Anonymous || own):
			return func(a, b unsafe.Pointer) bool { return false }
		case !f.IsExported():
		case f.Type.Kind() == reflect.String:
			fields = append(fields, field{offset: f.Offset, text: true})
		case plain(f.Type):
			fields = append(fields, field{offset: f.Offset, size: f.Type.Size()})
		default:
			fields = append(fields, field{offset: f.Offset, same: sameForLocked(f.Type)})
		}
	}
	return func(a, b unsafe.Pointer) bool {
		for _, f := range fields {
			fa, fb := unsafe.Add(a, f.offset), unsafe.Add(b, f.offset)
			switch {
			case f.text:
				if *(*string)(fa) != *(*string)(fb) {
					return false
				}
			case f.size > 0:
				if !bytes.Equal(unsafe.Slice((*byte)(fa), f.size), unsafe.Slice((*byte)(fb), f.size)) {
					return false
				}
			case !f.same(fa, fb):
				return false
			}
		}
		return true
	}
}

// sameMaps compares maps of type t entry by entry. A map's values have no
// address of their own, so each is copied out to be compared.
func sameMaps(t reflect.Type) sameFunc {
	same := sameForLocked(t.Elem())
	return func(a, b unsafe.Pointer) bool {
		ma, mb := reflect.NewAt(t, a).Elem(), reflect.NewAt(t, b).Elem()
		if ma.IsNil() || mb.IsNil() {
			return ma.IsNil() && mb.IsNil()
		}
		if ma.Len() != mb.Len() {
			return false
		}
		key, va, vb := reflect.New(t.Key()).Elem(), reflect.New(t.Elem()), reflect.New(t.Elem())
		it := ma.MapRange()
		for it.Next() {
			key.SetIterKey(it)
			other := mb.MapIndex(key)
			if !other.IsValid() {
				return false
			}
			va.Elem().SetIterValue(it)
			vb.Elem().Set(other)
			if !same(va.UnsafePointer(), vb.UnsafePointer()) {
				return false
			}
		}
		return true
	}
}

// sameInterfaces compares two interface values: the same type, and the
// same value, each copied out to be compared.
func sameInterfaces(a, b reflect.Value) bool {
	if a.IsNil() || b.IsNil() {
		return a.IsNil() && b.IsNil()
	}
	a, b = a.Elem(), b.Elem()
	if a.Type() != b.Type() {
		return false
	}
	ca, cb := reflect.New(a.Type()), reflect.New(a.Type())
	ca.Elem().Set(a)
	cb.Elem().Set(b)
	return sameFor(a.Type())(ca.UnsafePointer(), cb.UnsafePointer())
}

var (
	jsonMarshaler = reflect.TypeFor[json.Marshaler]()
	textMarshaler = reflect.TypeFor[encoding.TextMarshaler]()
)

// ownEncoder reports whether t encodes itself, as time.Time does from its
// unexported fields.
func ownEncoder(t reflect.Type) bool {
	return t.Implements(jsonMarshaler) || t.Implements(textMarshaler) ||
		reflect.PointerTo(t).Implements(jsonMarshaler) || reflect.PointerTo(t).Implements(textMarshaler)
}

// copyJSON returns a copy of v that shares nothing with it that can be
// changed in place: slices, maps and pointers are copied, strings (which
// cannot change) are shared, and so are unexported fields, which JSON does
// not read. The copy is the same as v (sameFunc) until v is changed.
func copyJSON(v reflect.Value) reflect.Value {
	t := v.Type()
	switch t.Kind() {
	case reflect.Slice:
		if v.IsNil() {
			return reflect.Zero(t)
		}
		c := reflect.MakeSlice(t, v.Len(), v.Len())
		copyElements(c, v)
		return c
	case reflect.Array:
		c := reflect.New(t).Elem()
		copyElements(c, v)
		return c
	case reflect.Map:
		if v.IsNil() {
			return reflect.Zero(t)
		}
		c := reflect.MakeMapWithSize(t, v.Len())
		it := v.MapRange()
		for it.Next() {
			c.SetMapIndex(copyJSON(it.Key()), copyJSON(it.Value()))
		}
		return c
	case reflect.Pointer:
		if v.IsNil() {
			return reflect.Zero(t)
		}
		c := reflect.New(t.Elem())
		c.Elem().Set(copyJSON(v.Elem()))
		return c
	case reflect.Interface:
		if v.IsNil() {
			return reflect.Zero(t)
		}
		c := reflect.New(t).Elem()
		c.Set(copyJSON(v.Elem()))
		return c
	case reflect.Struct:
		c := reflect.New(t).Elem()
		c.Set(v)
		for _, i := range sharedFields(t) {
			c.Field(i).Set(copyJSON(v.Field(i)))
		}
		return c
	}
	return v
}

func copyElements(dst, src reflect.Value) {
	if !mayAlias(src.Type().Elem()) {
		reflect.Copy(dst, src)
		return
	}
	for i := range src.Len() {
		dst.Index(i).Set(copyJSON(src.Index(i)))
	}
}

var shared sync.Map // reflect.Type → []int

// sharedFields lists a struct's exported fields that may alias.
func sharedFields(t reflect.Type) []int {
	if fs, ok := shared.Load(t); ok {
		return fs.([]int)
	}
	var fs []int
	for i := range t.NumField() {
		if f := t.Field(i); f.IsExported() && mayAlias(f.Type) {
			fs = append(fs, i)
		}
	}
	shared.Store(t, fs)
	return fs
}

// mayAlias reports whether a value of type t can share memory that may be
// changed in place: whether copying it with = is not enough.
func mayAlias(t reflect.Type) bool {
	switch t.Kind() {
	case reflect.Slice, reflect.Map, reflect.Pointer, reflect.Interface:
		return true
	case reflect.Array:
		return mayAlias(t.Elem())
	case reflect.Struct:
		for i := range t.NumField() {
			if t.Field(i).IsExported() && mayAlias(t.Field(i).Type) {
				return true
			}
		}
	}
	return false
}
