package report

// PDF/A-1b. The PDF library writes the output intent, the XMP metadata and
// /Lang, but three things in what it writes are not PDF/A-1 (measured with
// codeberg.org/go-pdf/fpdf v0.12.0): the trailer's /Info points at the ICC
// profile's stream instead of the information dictionary once there is an
// output intent; the catalog always carries an /EmbeddedFiles name tree; and
// every page gets a transparency group once the PDF version is above 1.3.
// The trailer has no /ID either. archive mends these, here and only here,
// by rewriting the finished file object by object; it fails rather than
// guess when the library's output is not what it expects.

import (
	"bytes"
	"crypto/md5"
	"errors"
	"fmt"
	"html"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"unicode/utf16"

	"codeberg.org/go-pdf/fpdf"

	"regionplan/assets"
	"regionplan/planmodel"
	"regionplan/report/layout"
)

// producer is the /Producer and pdf:Producer of every document.
const producer = "Regionplan"

// The exact entries that archive removes, as the library writes them.
var (
	pageGroup  = []byte("/Group <</Type /Group /S /Transparency /CS /DeviceRGB>>\n")
	emptyNames = []byte("/Names <<\n/EmbeddedFiles << /Names [\n  \n] >>\n>>\n")
)

// pdfaSetup gives the document its PDF/A-1b parts: the sRGB output intent,
// the language and XMP metadata that match the information dictionary.
func pdfaSetup(pdf *fpdf.Fpdf, meta *layout.Document) {
	pdf.SetProducer(producer, false)
	pdf.SetLang(meta.Lang)
	pdf.AddOutputIntent(fpdf.OutputIntentType{
		SubtypeIdent:              fpdf.OutputIntent_GTS_PDFA1,
		OutputConditionIdentifier: "sRGB IEC61966-2.1",
		Info:                      "sRGB IEC61966-2.1",
		ICCProfile:                assets.SRGB,
	})
	pdf.SetXmpMetadata(xmp(meta))
}

// xmp is the document's XMP packet: the same title, author, subject,
// producer and dates as its information dictionary, its language, and the
// claim of PDF/A-1b.
func xmp(meta *layout.Document) []byte {
	x := func(s string) string { return html.EscapeString(clean(s)) }
	date := meta.Created.UTC().Format("2006-01-02T15:04:05Z")
	var b strings.Builder
	b.WriteString("<?xpacket begin=\"\uFEFF\" id=\"W5M0MpCehiHzreSzNTczkc9d\"?>\n")
	b.WriteString(`<x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">` + "\n")
	b.WriteString(`<rdf:Description rdf:about="" xmlns:dc="http://purl.org/dc/elements/1.1/">`)
	b.WriteString(`<dc:format>application/pdf</dc:format>`)
	fmt.Fprintf(&b, `<dc:title><rdf:Alt><rdf:li xml:lang="x-default">%s</rdf:li></rdf:Alt></dc:title>`, x(meta.Title))
	if meta.Author != "" {
		fmt.Fprintf(&b, `<dc:creator><rdf:Seq><rdf:li>%s</rdf:li></rdf:Seq></dc:creator>`, x(meta.Author))
	}
	if meta.Subject != "" {
		fmt.Fprintf(&b, `<dc:description><rdf:Alt><rdf:li xml:lang="x-default">%s</rdf:li></rdf:Alt></dc:description>`, x(meta.Subject))
	}
	fmt.Fprintf(&b, `<dc:language><rdf:Bag><rdf:li>%s</rdf:li></rdf:Bag></dc:language>`, meta.Lang)
	b.WriteString("</rdf:Description>\n")
	fmt.Fprintf(&b, `<rdf:Description rdf:about="" xmlns:xmp="http://ns.adobe.com/xap/1.0/"><xmp:CreatorTool>%s</xmp:CreatorTool><xmp:CreateDate>%s</xmp:CreateDate><xmp:ModifyDate>%s</xmp:ModifyDate><xmp:MetadataDate>%s</xmp:MetadataDate></rdf:Description>`+"\n", producer, date, date, date)
	fmt.Fprintf(&b, `<rdf:Description rdf:about="" xmlns:pdf="http://ns.adobe.com/pdf/1.3/"><pdf:Producer>%s</pdf:Producer></rdf:Description>`+"\n", producer)
	b.WriteString(`<rdf:Description rdf:about="" xmlns:pdfaid="http://www.aiim.org/pdfa/ns/id/"><pdfaid:part>1</pdfaid:part><pdfaid:conformance>B</pdfaid:conformance></rdf:Description>` + "\n")
	b.WriteString("</rdf:RDF></x:xmpmeta>\n<?xpacket end=\"w\"?>")
	return []byte(b.String())
}

// pdfObject is one indirect object of a PDF file, as written.
type pdfObject struct {
	num  int
	off  int    // where it starts in the file
	body []byte // from "N 0 obj" to "endobj\n"
}

var (
	startxrefRe = regexp.MustCompile(`startxref\n(\d+)\n%%EOF\n?$`)
	rootRe      = regexp.MustCompile(`/Root (\d+) 0 R`)
	infoDates   = regexp.MustCompile(`/(CreationDate|ModDate) \(D:(\d{14})\)`)
)

// archive rewrites a PDF written by the library as PDF/A-1b: without the
// transparency groups and the empty name tree, with the trailer pointing at
// the information dictionary (whose dates get their time zone) and carrying
// an /ID made from the content, so the same document gives the same bytes.
func archive(raw []byte) ([]byte, error) {
	objs, root, err := splitObjects(raw)
	if err != nil {
		return nil, err
	}
	if len(objs) == 0 {
		return nil, errors.New("the document has no objects")
	}
	header := raw[:objs[0].off] // the version and the binary comment
	info := -1
	for i, o := range objs {
		switch {
		case bytes.Contains(o.body, []byte("<</Type /Page\n")):
			if !bytes.Contains(o.body, pageGroup) {
				return nil, errors.New("the page has no transparency group to remove")
			}
			objs[i].body = bytes.Replace(o.body, pageGroup, nil, 1)
		case o.num == root:
			if !bytes.Contains(o.body, emptyNames) {
				return nil, errors.New("the catalog has no empty name tree to remove")
			}
			objs[i].body = bytes.Replace(o.body, emptyNames, nil, 1)
		case bytes.Contains(o.body, []byte("\n/CreationDate (D:")):
			info = o.num
			objs[i].body = infoDates.ReplaceAll(o.body, []byte("/$1 (D:${2}Z)"))
		}
	}
	if info < 0 {
		return nil, errors.New("the document has no information dictionary")
	}
	var out bytes.Buffer
	out.Write(header)
	offsets := make([]int, len(objs)+1)
	for _, o := range objs {
		offsets[o.num] = out.Len()
		out.Write(o.body)
	}
	id := fmt.Sprintf("%X", md5.Sum(out.Bytes()))
	xref := out.Len()
	fmt.Fprintf(&out, "xref\n0 %d\n0000000000 65535 f \n", len(objs)+1)
	for _, off := range offsets[1:] {
		fmt.Fprintf(&out, "%010d 00000 n \n", off)
	}
	fmt.Fprintf(&out, "trailer\n<<\n/Size %d\n/Root %d 0 R\n/Info %d 0 R\n/ID [<%s> <%s>]\n>>\nstartxref\n%d\n%%%%EOF\n",
		len(objs)+1, root, info, id, id, xref)
	return out.Bytes(), nil
}

// objectPlace is where object num begins in the document.
type objectPlace struct{ num, off int }

// objectPlaces reads the cross-reference table, which begins at xref, into
// the place of every object numbered 1 to n.
func objectPlaces(table []byte, xref int) ([]objectPlace, error) {
	lines := strings.Split(string(table), "\n")
	var first, n int
	if len(lines) < 3 || lines[0] != "xref" {
		return nil, errors.New("the cross-reference table is damaged")
	}
	if _, err := fmt.Sscanf(lines[1], "%d %d", &first, &n); err != nil || first != 0 || len(lines) < n+2 {
		return nil, errors.New("the cross-reference table is damaged")
	}
	places := make([]objectPlace, 0, n-1)
	for num := 1; num < n; num++ {
		f := strings.Fields(lines[2+num])
		off, err := strconv.Atoi(f[0])
		if err != nil || off >= xref {
			return nil, fmt.Errorf("object %d has no place in the document", num)
		}
		places = append(places, objectPlace{num, off})
	}
	return places, nil
}

// splitObjects reads the objects of a PDF with one cross-reference table,
// numbered 1 to n, in the order they are written, and the catalog's number.
// What comes before the first object (the header) is left out.
func splitObjects(raw []byte) ([]pdfObject, int, error) {
	m := startxrefRe.FindSubmatch(raw)
	if m == nil {
		return nil, 0, errors.New("the document has no cross-reference table")
	}
	xref, _ := strconv.Atoi(string(m[1]))
	if xref >= len(raw) {
		return nil, 0, errors.New("the cross-reference table is outside the document")
	}
	table := raw[xref:]
	rm := rootRe.FindSubmatch(table)
	if rm == nil {
		return nil, 0, errors.New("the document has no catalog")
	}
	root, _ := strconv.Atoi(string(rm[1]))
	places, err := objectPlaces(table, xref)
	if err != nil {
		return nil, 0, err
	}
	// Each object runs up to the next one in the file, or to the table.
	slices.SortFunc(places, func(a, b objectPlace) int { return a.off - b.off })
	objs := make([]pdfObject, len(places))
	for i, p := range places {
		end := xref
		if i+1 < len(places) {
			end = places[i+1].off
		}
		body := raw[p.off:end]
		if !bytes.HasPrefix(body, fmt.Appendf(nil, "%d 0 obj\n", p.num)) || !bytes.HasSuffix(body, []byte("endobj\n")) {
			return nil, 0, fmt.Errorf("object %d is damaged", p.num)
		}
		objs[i] = pdfObject{num: p.num, off: p.off, body: body}
	}
	return objs, root, nil
}

// pdfLang is the document language of a written standard.
func pdfLang(std planmodel.Standard) string {
	if std == planmodel.Nynorsk {
		return "nn-NO"
	}
	return "nb-NO"
}

var (
	kidsRe  = regexp.MustCompile(`/Kids \[[^\]]*\]`)
	countRe = regexp.MustCompile(`/Count \d+`)
	langRe  = regexp.MustCompile(`/Lang \([^)]*\)`)
	refRe   = regexp.MustCompile(`(\d+) 0 R`)
)

// split cuts a document the library wrote for several layouts, each
// beginning at its page in starts, into one PDF/A-1b document for each
// layout: its own pages, the fonts and output intent they share, and its
// own language, information dictionary and XMP metadata. Each is then
// mended by archive as a document of its own would be.
func split(raw []byte, ls []*layout.Document, starts []int) ([][]byte, error) {
	objs, root, err := splitObjects(raw)
	if err != nil {
		return nil, err
	}
	if len(objs) == 0 {
		return nil, errors.New("the document has no objects")
	}
	bodies := map[int][]byte{}
	var pages []int
	info, meta := -1, -1
	for _, o := range objs {
		bodies[o.num] = o.body
		switch {
		case bytes.Contains(o.body, []byte("<</Type /Page\n")):
			pages = append(pages, o.num)
		case bytes.Contains(o.body, []byte("\n/CreationDate (D:")):
			info = o.num
		case bytes.Contains(o.body, []byte("<< /Type /Metadata /Subtype /XML ")):
			meta = o.num
		}
	}
	if info < 0 || meta < 0 || bodies[1] == nil || len(pages) < len(ls) {
		return nil, errors.New("the document lacks its information, metadata or pages")
	}
	header := raw[:objs[0].off]
	out := make([][]byte, len(ls))
	for k, l := range ls {
		end := len(pages)
		if k+1 < len(ls) {
			end = starts[k+1] - 1
		}
		kids := ""
		for _, p := range pages[starts[k]-1 : end] {
			kids += fmt.Sprintf("%d 0 R ", p)
		}
		own := map[int][]byte{
			1:    countRe.ReplaceAll(kidsRe.ReplaceAll(bodies[1], []byte("/Kids ["+kids+"]")), fmt.Appendf(nil, "/Count %d", end-starts[k]+1)),
			root: langRe.ReplaceAll(bodies[root], fmt.Appendf(nil, "/Lang (%s)", l.Lang)),
			meta: metadataObject(meta, xmp(l)),
			info: infoObject(info, l),
		}
		if out[k], err = archive(assemble(header, bodies, own, root, info)); err != nil {
			return nil, err
		}
	}
	return out, nil
}

// metadataObject is object num holding an XMP packet, as the library writes it.
func metadataObject(num int, packet []byte) []byte {
	return fmt.Appendf(nil, "%d 0 obj\n<< /Type /Metadata /Subtype /XML /Length %d >>\nstream\n%s\nendstream\nendobj\n", num, len(packet), packet)
}

// infoObject is object num, the information dictionary of layout l with
// the entries and dates the library writes (archive gives the dates their
// time zone).
func infoObject(num int, l *layout.Document) []byte {
	b := fmt.Appendf(nil, "%d 0 obj\n<<\n/Producer %s\n", num, pdfString(producer))
	for _, e := range [][2]string{{"Title", l.Title}, {"Subject", l.Subject}, {"Author", l.Author}} {
		if t := clean(e[1]); t != "" {
			b = fmt.Appendf(b, "/%s %s\n", e[0], pdfString(t))
		}
	}
	date := l.Created.Format("20060102150405")
	return fmt.Appendf(b, "/Creator %s\n/CreationDate (D:%s)\n/ModDate (D:%s)\n>>\nendobj\n", pdfString(producer), date, date)
}

// pdfString is a text string in UTF-16BE with its byte order mark, in hex.
func pdfString(s string) string {
	var b strings.Builder
	b.WriteString("<FEFF")
	for _, u := range utf16.Encode([]rune(s)) {
		fmt.Fprintf(&b, "%04X", u)
	}
	return b.String() + ">"
}

// dict is the part of an object's body before its stream, where its
// references are.
func dict(body []byte) []byte {
	if i := bytes.Index(body, []byte("\nstream\n")); i >= 0 {
		return body[:i]
	}
	return body
}

// assemble writes a PDF of the objects reachable from the catalog root and
// the information dictionary info, taken from own where it has them and
// from bodies otherwise, numbered anew from 1 in their old order, with the
// cross-reference table and trailer as the library writes them.
func assemble(header []byte, bodies, own map[int][]byte, root, info int) []byte {
	body := func(n int) []byte {
		if b, ok := own[n]; ok {
			return b
		}
		return bodies[n]
	}
	keep := map[int]bool{}
	todo := []int{root, info}
	for len(todo) > 0 {
		n := todo[len(todo)-1]
		todo = todo[:len(todo)-1]
		if keep[n] || body(n) == nil {
			continue
		}
		keep[n] = true
		for _, m := range refRe.FindAllSubmatch(dict(body(n)), -1) {
			r, _ := strconv.Atoi(string(m[1]))
			todo = append(todo, r)
		}
	}
	nums := make([]int, 0, len(keep))
	for n := range keep {
		nums = append(nums, n)
	}
	slices.Sort(nums)
	renum := map[int]int{}
	for i, n := range nums {
		renum[n] = i + 1
	}
	ref := func(m []byte) []byte {
		r, _ := strconv.Atoi(string(refRe.FindSubmatch(m)[1]))
		return fmt.Appendf(nil, "%d 0 R", renum[r])
	}
	var out bytes.Buffer
	out.Write(header)
	offsets := make([]int, len(nums))
	for i, n := range nums {
		b := body(n)
		d := dict(b)
		first := bytes.IndexByte(d, '\n') // "N 0 obj"
		offsets[i] = out.Len()
		fmt.Fprintf(&out, "%d 0 obj", i+1)
		out.Write(refRe.ReplaceAllFunc(d[first:], ref))
		out.Write(b[len(d):])
	}
	xref := out.Len()
	fmt.Fprintf(&out, "xref\n0 %d\n0000000000 65535 f \n", len(nums)+1)
	for _, off := range offsets {
		fmt.Fprintf(&out, "%010d 00000 n \n", off)
	}
	fmt.Fprintf(&out, "trailer\n<<\n/Size %d\n/Root %d 0 R\n/Info %d 0 R\n>>\nstartxref\n%d\n%%%%EOF\n", len(nums)+1, renum[root], renum[info], xref)
	return out.Bytes()
}
