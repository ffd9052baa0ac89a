package claims

import (
	"bufio"
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"unicode/utf8"

	"crosscheck/claims/dates"
)

// SourcesFile is the name of the per-folder metadata file: a YAML mapping
// from an article's file name to its source, published date and lang.
const SourcesFile = "sources.yaml"

// StdinPath is the path that names standard input, read as JSON Lines.
const StdinPath = "-"

// stdinName names standard input in errors.
const stdinName = "<stdin>"

// LoadOptions says how Load reads its paths.
type LoadOptions struct {
	// Recursive reads sub-folders of named folders too (hidden ones,
	// whose names start with ".", are skipped).
	Recursive bool
	// Source, Published and Lang, when set, are the metadata of every
	// document named on the command line (a file or "-"), overriding
	// front matter and sources.yaml. They do not apply to the files found
	// inside a named folder.
	Source    string
	Published dates.Partial
	Lang      string
	// Stdin is read when a path is "-".
	Stdin io.Reader
}

// A LoadError is an input that could not be loaded: a path, a malformed
// sources.yaml or front matter, a line of JSON Lines. Its Error is one
// line, "path:line:col: reason"; ErrorWithPosition adds the offending line
// with a caret under the column.
type LoadError struct {
	Path string
	// Line and Col are 1-based (Col counts bytes, like go/scanner); zero
	// when the error is about the whole input.
	Line, Col int
	Reason    string
	// Context is the text of line Line, when known.
	Context string
}

func (e *LoadError) Error() string {
	switch {
	case e.Line > 0 && e.Col > 0:
		return fmt.Sprintf("%s:%d:%d: %s", e.Path, e.Line, e.Col, e.Reason)
	case e.Line > 0:
		return fmt.Sprintf("%s:%d: %s", e.Path, e.Line, e.Reason)
	}
	return fmt.Sprintf("%s: %s", e.Path, e.Reason)
}

// ErrorWithPosition is Error followed, when the line is known, by that line
// of the input and a caret under the column, in the manner of
// BurntSushi/toml:
//
//	seeds/sources.yaml:4:14: published: date "2023-13-30" has no month 13
//	   |
//	 4 |   published: 2023-13-30
//	   |              ^
func (e *LoadError) ErrorWithPosition() string {
	if e.Line == 0 || e.Context == "" {
		return e.Error()
	}
	var b strings.Builder
	b.WriteString(e.Error())
	num := fmt.Sprint(e.Line)
	pad := strings.Repeat(" ", len(num))
	line, col := excerpt(e.Context, e.Col)
	fmt.Fprintf(&b, "\n %s |\n %s | %s\n %s |", pad, num, line, pad)
	if col > 0 {
		b.WriteString(" ")
		b.WriteString(strings.Repeat(" ", col-1))
		b.WriteString("^")
	}
	return b.String()
}

// excerpt makes line printable (tabs as one space, invalid bytes and
// control characters as U+FFFD, at most about 100 characters around the
// byte column col) and returns it with col converted to a character column.
func excerpt(line string, col int) (string, int) {
	const width = 100
	var runes []rune
	charCol := 0
	for i, r := range line {
		if i < col-1 || (col > 0 && i == col-1) {
			charCol = len(runes) + 1
		}
		switch {
		case r == '\t':
			r = ' '
		case r == utf8.RuneError || r < ' ' || r == 0x7f:
			r = utf8.RuneError
		}
		runes = append(runes, r)
	}
	if col <= 0 {
		charCol = 0
	} else if col-1 >= len(line) {
		charCol = len(runes) + 1
	}
	from := 0
	if charCol > width*3/4 {
		from = charCol - width/2
	}
	to := min(len(runes), from+width)
	out := string(runes[from:to])
	if from > 0 {
		out = "…" + out
		charCol = charCol - from + 1
	}
	if to < len(runes) {
		out += "…"
	}
	return out, charCol
}

// Load reads the articles named by paths: .txt and .md files, the .txt and
// .md files of folders (of sub-folders too when opts.Recursive), and "-"
// for JSON Lines documents on opts.Stdin, one object a line with the
// fields "id", "text", "source", "published" and "lang".
//
// A document's metadata comes from its folder's sources.yaml, then from
// YAML front matter at the top of the file (--- … ---), which wins; the
// front matter is blanked to spaces rather than cut, so byte offsets and
// line numbers stay those of the file. Options Source, Published and Lang
// override both for documents named in paths.
//
// A document's ID is its file name; files in different folders that share
// a name are told apart by as many parent folders as it takes
// ("2023/a.txt", "2024/a.txt"). The documents come back sorted by ID, so
// the order of paths does not matter, and a file reached twice is loaded
// once.
//
// Every input that cannot be loaded gives a *LoadError, and the rest are
// still loaded: a missing path, a folder with no articles, a named file
// that is not .txt or .md, a file that is empty, binary or not UTF-8,
// malformed front matter or sources.yaml, a date that does not parse. An
// article whose metadata is malformed is not loaded, since a wrong
// publication date would misplace every relative date in it. The errors
// come back sorted by path and position.
func Load(paths []string, opts LoadOptions) ([]*Document, []error) {
	l := loader{opts: opts, files: map[string]*articleFile{}, folders: map[string]*folderMeta{}}
	stdinSeen := false
	for _, p := range paths {
		if p == StdinPath {
			if stdinSeen {
				l.fail(&LoadError{Path: stdinName, Reason: `standard input ("-") named more than once`})
				continue
			}
			stdinSeen = true
			l.readStdin()
			continue
		}
		l.collect(p)
	}
	l.loadFiles()
	return l.finish()
}

// articleFile is one article file found by Load.
type articleFile struct {
	path  string // as named or joined from a named folder
	abs   string // absolute, cleaned: the key that loads a file once
	named bool   // named on the command line, not found in a folder
}

// folderMeta is the content of one folder's sources.yaml.
type folderMeta struct {
	entries map[string]meta
	// bad lists the files whose entry is malformed; all is set when the
	// whole file is, and then every article of the folder is skipped.
	bad map[string]bool
	all bool
}

type loader struct {
	opts    LoadOptions
	files   map[string]*articleFile
	folders map[string]*folderMeta
	docs    []*Document
	errs    []error
	// stdinDocs are the documents read from "-", stdinLines their lines;
	// they join docs once the files' IDs are known.
	stdinDocs  []*Document
	stdinLines []int
}

func (l *loader) fail(err *LoadError) { l.errs = append(l.errs, err) }

// collect adds the articles named by path.
func (l *loader) collect(path string) {
	info, err := os.Stat(path)
	if err != nil {
		l.fail(&LoadError{Path: path, Reason: osReason(err)})
		return
	}
	if !info.IsDir() {
		if !IsArticleName(path) {
			l.fail(&LoadError{Path: path, Reason: "not an article: crosscheck reads .txt and .md files"})
			return
		}
		l.add(path, true)
		return
	}
	if n := l.walk(path); n == 0 {
		what := "no .txt or .md articles in this folder"
		if l.opts.Recursive {
			what = "no .txt or .md articles in this folder or below"
		}
		l.fail(&LoadError{Path: path, Reason: what})
	}
}

// walk adds the articles of folder dir and returns how many it found.
func (l *loader) walk(dir string) int {
	entries, err := os.ReadDir(dir)
	if err != nil {
		l.fail(&LoadError{Path: dir, Reason: osReason(err)})
		return 0
	}
	n := 0
	for _, e := range entries { // ReadDir sorts by name
		name := e.Name()
		if strings.HasPrefix(name, ".") {
			continue
		}
		path := filepath.Join(dir, name)
		isDir := e.IsDir()
		if e.Type()&fs.ModeSymlink != 0 {
			info, err := os.Stat(path)
			if err != nil {
				l.fail(&LoadError{Path: path, Reason: osReason(err)})
				continue
			}
			if info.IsDir() {
				continue // following linked folders could loop
			}
		}
		switch {
		case isDir:
			if l.opts.Recursive {
				n += l.walk(path)
			}
		case IsArticleName(name):
			l.add(path, false)
			n++
		}
	}
	return n
}

// IsArticleName reports whether a file name has an article's extension,
// .txt or .md in any case.
func IsArticleName(name string) bool {
	ext := strings.ToLower(filepath.Ext(name))
	return ext == ".txt" || ext == ".md"
}

func (l *loader) add(path string, named bool) {
	abs, err := filepath.Abs(path)
	if err != nil {
		abs = filepath.Clean(path)
	}
	if f, ok := l.files[abs]; ok {
		f.named = f.named || named
		return
	}
	l.files[abs] = &articleFile{path: path, abs: abs, named: named}
}

func osReason(err error) string {
	var pe *fs.PathError
	if errors.As(err, &pe) {
		err = pe.Err
	}
	switch {
	case errors.Is(err, fs.ErrNotExist):
		return "no such file or directory"
	case errors.Is(err, fs.ErrPermission):
		return "permission denied"
	}
	return err.Error()
}

// loadFiles reads every collected file, in path order.
func (l *loader) loadFiles() {
	files := make([]*articleFile, 0, len(l.files))
	for _, f := range l.files {
		files = append(files, f)
	}
	sort.Slice(files, func(i, j int) bool { return files[i].abs < files[j].abs })
	ids := fileIDs(files)
	for i, f := range files {
		folder := l.folder(filepath.Dir(f.path), filepath.Dir(f.abs))
		base := filepath.Base(f.abs)
		if folder.all || folder.bad[base] {
			continue // the sources.yaml error names it
		}
		data, err := os.ReadFile(f.path)
		if err != nil {
			l.fail(&LoadError{Path: f.path, Reason: osReason(err)})
			continue
		}
		text, front, lerr := parseArticle(f.path, data)
		if lerr != nil {
			l.fail(lerr)
			continue
		}
		m := folder.entries[base]
		m.override(front)
		if f.named {
			m.override(l.flags())
		}
		doc := &Document{ID: ids[i], Path: f.path, Text: text}
		m.apply(doc)
		l.docs = append(l.docs, doc)
	}
}

// fileIDs gives each file its base name, or, where base names collide, the
// shortest tail of its path that tells the colliding files apart.
func fileIDs(files []*articleFile) []string {
	byBase := map[string][]int{}
	for i, f := range files {
		b := filepath.Base(f.abs)
		byBase[b] = append(byBase[b], i)
	}
	ids := make([]string, len(files))
	for _, group := range byBase {
		for depth := 1; ; depth++ {
			seen := map[string]bool{}
			unique := true
			for _, i := range group {
				ids[i] = pathTail(files[i].abs, depth)
				if seen[ids[i]] {
					unique = false
				}
				seen[ids[i]] = true
			}
			if unique || depth > 64 {
				break
			}
		}
	}
	return ids
}

// pathTail is the last n elements of path, joined by "/".
func pathTail(path string, n int) string {
	parts := strings.Split(filepath.ToSlash(path), "/")
	if n > len(parts) {
		n = len(parts)
	}
	return strings.Join(parts[len(parts)-n:], "/")
}

// folder returns the metadata of a folder, reading its sources.yaml once.
func (l *loader) folder(dir, abs string) *folderMeta {
	if m, ok := l.folders[abs]; ok {
		return m
	}
	m := &folderMeta{}
	l.folders[abs] = m
	path := filepath.Join(dir, SourcesFile)
	data, err := os.ReadFile(path)
	if errors.Is(err, fs.ErrNotExist) {
		return m
	}
	if err != nil {
		m.all = true
		l.fail(&LoadError{Path: path, Reason: osReason(err) + "; the folder's articles were not read"})
		return m
	}
	var errs []*LoadError
	m.entries, m.bad, errs = parseSources(path, data)
	for _, e := range errs {
		if e.Line == 0 || m.bad == nil {
			m.all = true
		}
		l.fail(e)
	}
	return m
}

func (l *loader) flags() meta {
	var m meta
	if l.opts.Source != "" {
		m.source, m.hasSource = l.opts.Source, true
	}
	if !l.opts.Published.IsZero() {
		m.published, m.hasPublished = l.opts.Published, true
	}
	if l.opts.Lang != "" {
		m.lang, m.hasLang = l.opts.Lang, true
	}
	return m
}

// finish checks that IDs are unique and sorts the results.
func (l *loader) finish() ([]*Document, []error) {
	fileIDs := map[string]string{}
	for _, d := range l.docs {
		fileIDs[d.ID] = d.Path
	}
	for i, d := range l.stdinDocs {
		if path, clash := fileIDs[d.ID]; clash {
			l.fail(&LoadError{Path: stdinName, Line: l.stdinLines[i],
				Reason: fmt.Sprintf("id %q is already the id of %s", d.ID, path)})
			continue
		}
		l.docs = append(l.docs, d)
	}
	sort.SliceStable(l.docs, func(i, j int) bool {
		a, b := l.docs[i], l.docs[j]
		if a.ID != b.ID {
			return a.ID < b.ID
		}
		return a.Path < b.Path
	})
	sort.SliceStable(l.errs, func(i, j int) bool {
		a, b := l.errs[i].(*LoadError), l.errs[j].(*LoadError)
		if a.Path != b.Path {
			return a.Path < b.Path
		}
		if a.Line != b.Line {
			return a.Line < b.Line
		}
		if a.Col != b.Col {
			return a.Col < b.Col
		}
		return a.Reason < b.Reason
	})
	if l.docs == nil {
		l.docs = []*Document{}
	}
	return l.docs, l.errs
}

// meta is editorial metadata from one origin; has* says which fields it
// sets, so that a later origin overrides only those.
type meta struct {
	source, lang                     string
	published                        dates.Partial
	hasSource, hasPublished, hasLang bool
}

func (m *meta) override(o meta) {
	if o.hasSource {
		m.source, m.hasSource = o.source, true
	}
	if o.hasPublished {
		m.published, m.hasPublished = o.published, true
	}
	if o.hasLang {
		m.lang, m.hasLang = o.lang, true
	}
}

func (m meta) apply(d *Document) {
	d.Source, d.Published, d.Lang = m.source, m.published, m.lang
}

// parseArticle checks that data is an article's text and reads its front
// matter. The text it returns has the front matter (and a byte-order mark)
// blanked to spaces, so offsets and lines are the file's.
func parseArticle(path string, data []byte) (string, meta, *LoadError) {
	if len(data) == 0 {
		return "", meta{}, &LoadError{Path: path, Reason: "empty file"}
	}
	if bytes.HasPrefix(data, []byte{0xff, 0xfe}) || bytes.HasPrefix(data, []byte{0xfe, 0xff}) {
		return "", meta{}, &LoadError{Path: path, Reason: "UTF-16 text: save the file as UTF-8"}
	}
	if i := bytes.IndexByte(data, 0); i >= 0 {
		return "", meta{}, errorAt(path, data, i, "NUL byte: this is a binary file, not text")
	}
	if !utf8.Valid(data) {
		i := firstInvalid(data)
		return "", meta{}, errorAt(path, data, i, fmt.Sprintf("not UTF-8 text (byte 0x%02x): save the file as UTF-8", data[i]))
	}
	buf := bytes.Clone(data)
	start := 0
	if bytes.HasPrefix(buf, []byte("\ufeff")) {
		copy(buf, "   ")
		start = 3
	}
	m, end, lerr := frontMatter(path, buf, start)
	if lerr != nil {
		return "", meta{}, lerr
	}
	for i := 0; i < end; i++ {
		if buf[i] != '\n' {
			buf[i] = ' '
		}
	}
	if len(bytes.TrimSpace(buf)) == 0 {
		return "", meta{}, &LoadError{Path: path, Reason: "no text"}
	}
	return string(buf), m, nil
}

func firstInvalid(data []byte) int {
	for i := 0; i < len(data); {
		r, size := utf8.DecodeRune(data[i:])
		if r == utf8.RuneError && size <= 1 {
			return i
		}
		i += size
	}
	return len(data)
}

// errorAt is a LoadError at byte offset off of data.
func errorAt(path string, data []byte, off int, reason string) *LoadError {
	line := 1 + bytes.Count(data[:off], []byte("\n"))
	ls := bytes.LastIndexByte(data[:off], '\n') + 1
	le := bytes.IndexByte(data[off:], '\n')
	if le < 0 {
		le = len(data)
	} else {
		le += off
	}
	return &LoadError{Path: path, Line: line, Col: off - ls + 1, Reason: reason, Context: strings.TrimRight(string(data[ls:le]), "\r")}
}

// lineAt returns line n (1-based) of data without its line break.
func lineAt(data []byte, n int) string {
	for i := 1; i < n; i++ {
		j := bytes.IndexByte(data, '\n')
		if j < 0 {
			return ""
		}
		data = data[j+1:]
	}
	if j := bytes.IndexByte(data, '\n'); j >= 0 {
		data = data[:j]
	}
	return strings.TrimRight(string(data), "\r")
}

// frontMatter reads YAML front matter that opens data at offset start
// with a "---" line and closes with a "---" or "..." line. It returns the
// metadata and the offset where the text proper begins (start when there
// is no front matter).
func frontMatter(path string, data []byte, start int) (meta, int, *LoadError) {
	first, next := nextLine(data, start)
	if strings.TrimRight(first, " \t\r") != "---" || next < 0 {
		return meta{}, start, nil
	}
	bodyStart := next
	for pos := next; pos >= 0 && pos < len(data); {
		line, after := nextLine(data, pos)
		if t := strings.TrimRight(line, " \t\r"); t == "---" || t == "..." {
			end := len(data)
			if after >= 0 {
				end = after
			}
			m, lerr := parseFrontMatter(path, data, data[bodyStart:pos])
			return m, end, lerr
		}
		pos = after
	}
	return meta{}, start, &LoadError{Path: path, Line: 1, Col: 1 + start,
		Reason: "front matter is not closed: no --- line after the opening one", Context: lineAt(data, 1)}
}

// nextLine returns the line at offset i (without its "\n") and the offset
// of the next line, or -1 when it is the last.
func nextLine(data []byte, i int) (string, int) {
	j := bytes.IndexByte(data[i:], '\n')
	if j < 0 {
		return string(data[i:]), -1
	}
	return string(data[i : i+j]), i + j + 1
}

// frontFields maps the front matter keys crosscheck reads to its fields;
// "date" and "language" are the names static site generators use. Other
// keys (title, author, tags…) belong to other tools and are ignored.
var frontFields = map[string]string{
	"source": "source", "published": "published", "date": "published",
	"lang": "lang", "language": "lang",
}

// sourcesFields are the fields of a sources.yaml entry; sources.yaml is
// crosscheck's own file, so any other key is a mistake worth reporting.
var sourcesFields = map[string]string{"source": "source", "published": "published", "lang": "lang"}

// parseFrontMatter parses the YAML between the front matter fences; body
// starts on line 2 of the file.
func parseFrontMatter(path string, file, body []byte) (meta, *LoadError) {
	root, lerr := parseYAML(path, file, body, 1)
	if lerr != nil || root == nil {
		return meta{}, lerr
	}
	if root.Kind != yamlMapping {
		return meta{}, yamlError(path, file, root, 1, "front matter is not a mapping of fields (source:, published:, lang:)")
	}
	m, errs := readFields(path, file, root, 1, frontFields, false, "")
	if len(errs) > 0 {
		return meta{}, errs[0]
	}
	return m, nil
}

// parseSources parses a sources.yaml: a mapping from file names to
// {source, published, lang}. It returns the entries, the files whose entry
// is malformed, and the errors; bad is nil when the file as a whole is.
func parseSources(path string, data []byte) (map[string]meta, map[string]bool, []*LoadError) {
	root, lerr := parseYAML(path, data, data, 0)
	if lerr != nil {
		lerr.Reason += "; the folder's articles were not read"
		return nil, nil, []*LoadError{lerr}
	}
	entries := map[string]meta{}
	bad := map[string]bool{}
	if root == nil {
		return entries, bad, nil // an empty sources.yaml says nothing
	}
	if root.Kind != yamlMapping {
		return nil, nil, []*LoadError{yamlError(path, data, root, 0,
			"not a mapping from file names to {source, published, lang}; the folder's articles were not read")}
	}
	var errs []*LoadError
	firstLine := map[string]int{}
	for i := 0; i+1 < len(root.Content); i += 2 {
		k, v := root.Content[i], resolveAlias(root.Content[i+1])
		name := k.Value
		if k.Kind != yamlScalar || name == "" {
			errs = append(errs, yamlError(path, data, k, 0, "a key must be an article's file name"))
			continue
		}
		if line, dup := firstLine[name]; dup {
			bad[name] = true
			delete(entries, name)
			errs = append(errs, yamlError(path, data, k, 0, fmt.Sprintf("%s is listed twice (first on line %d)", name, line)))
			continue
		}
		firstLine[name] = k.Line
		if strings.ContainsAny(name, `/\`) {
			errs = append(errs, yamlError(path, data, k, 0, fmt.Sprintf("%s: a key must be a file name in this folder, not a path", name)))
			continue
		}
		if v.Kind == yamlScalar && v.Tag == "!!null" {
			entries[name] = meta{}
			continue
		}
		if v.Kind != yamlMapping {
			bad[name] = true
			errs = append(errs, yamlError(path, data, v, 0, fmt.Sprintf("%s: want a mapping of source:, published:, lang:", name)))
			continue
		}
		m, ferrs := readFields(path, data, v, 0, sourcesFields, true, name+": ")
		if len(ferrs) > 0 {
			bad[name] = true
			errs = append(errs, ferrs...)
			continue
		}
		entries[name] = m
	}
	return entries, bad, errs
}

// readFields reads the metadata fields of mapping node n; unknown keys are
// errors when strict. prefix starts each error's reason.
func readFields(path string, file []byte, n *yamlNode, lineOffset int, fields map[string]string, strict bool, prefix string) (meta, []*LoadError) {
	var m meta
	var errs []*LoadError
	for i := 0; i+1 < len(n.Content); i += 2 {
		k, v := n.Content[i], resolveAlias(n.Content[i+1])
		field, ok := fields[strings.ToLower(k.Value)]
		if !ok {
			if strict {
				errs = append(errs, yamlError(path, file, k, lineOffset, fmt.Sprintf("%sunknown field %q (want source, published or lang)", prefix, k.Value)))
			}
			continue
		}
		if v.Kind != yamlScalar {
			errs = append(errs, yamlError(path, file, v, lineOffset, fmt.Sprintf("%s%s: want a single value", prefix, k.Value)))
			continue
		}
		if v.Tag == "!!null" {
			continue
		}
		switch field {
		case "source":
			m.source, m.hasSource = v.Value, true
		case "lang":
			m.lang, m.hasLang = v.Value, true
		case "published":
			if m.hasPublished && strings.ToLower(k.Value) == "date" {
				continue // "published" wins over a site generator's "date"
			}
			p, err := dates.ParsePartial(dateOnly(v.Value))
			if err != nil {
				errs = append(errs, yamlError(path, file, v, lineOffset, fmt.Sprintf("%s%s: %v", prefix, k.Value, err)))
				continue
			}
			m.published, m.hasPublished = p, true
		}
	}
	return m, errs
}

// dateOnly cuts the time from a timestamp ("2023-09-29T14:00:00Z",
// "2023-09-29 14:00"), as site generators write publication dates.
func dateOnly(s string) string {
	s = strings.TrimSpace(s)
	if len(s) > 10 && (s[10] == 'T' || s[10] == ' ') && s[4] == '-' && s[7] == '-' {
		return s[:10]
	}
	return s
}

// parseStdin reads JSON Lines documents.
func (l *loader) readStdin() {
	if l.opts.Stdin == nil {
		l.fail(&LoadError{Path: stdinName, Reason: "no standard input to read"})
		return
	}
	docs, errs := parseJSONL(l.opts.Stdin)
	for _, e := range errs {
		l.fail(e)
	}
	if len(docs) == 0 && len(errs) == 0 {
		l.fail(&LoadError{Path: stdinName, Reason: "no JSON Lines documents on standard input"})
	}
	for _, d := range docs {
		m := d.meta
		m.override(l.flags())
		m.apply(d.doc)
		l.stdinLines = append(l.stdinLines, d.line)
		l.stdinDocs = append(l.stdinDocs, d.doc)
	}
}

// valueOffset is the offset of key's value in a JSON object's text, or -1.
func valueOffset(line []byte, key string) int {
	i := bytes.Index(line, []byte(`"`+key+`"`))
	if i < 0 {
		return -1
	}
	i += len(key) + 2
	for i < len(line) && (line[i] == ' ' || line[i] == '\t' || line[i] == ':') {
		i++
	}
	return i
}

// jsonlDoc is one document read from JSON Lines, with its line.
type jsonlDoc struct {
	doc  *Document
	meta meta
	line int
}

// parseJSONL reads one JSON object a line. Blank lines are skipped;
// unknown fields are ignored; a document without an id is named
// "stdin-<line>".
func parseJSONL(r io.Reader) ([]jsonlDoc, []*LoadError) {
	var docs []jsonlDoc
	var errs []*LoadError
	firstLine := map[string]int{}
	br := bufio.NewReader(r)
	for n := 1; ; n++ {
		raw, rerr := br.ReadBytes('\n')
		if len(raw) > 0 {
			if d, err := parseJSONLine(raw, n); err != nil {
				errs = append(errs, err)
			} else if d != nil {
				if first, dup := firstLine[d.doc.ID]; dup {
					errs = append(errs, &LoadError{Path: stdinName, Line: n,
						Reason: fmt.Sprintf("id %q is already used on line %d", d.doc.ID, first)})
				} else {
					firstLine[d.doc.ID] = n
					docs = append(docs, *d)
				}
			}
		}
		if rerr == io.EOF {
			break
		}
		if rerr != nil {
			errs = append(errs, &LoadError{Path: stdinName, Line: n, Reason: rerr.Error()})
			break
		}
	}
	return docs, errs
}

func parseJSONLine(raw []byte, n int) (*jsonlDoc, *LoadError) {
	line := bytes.TrimRight(raw, "\r\n")
	context := string(line)
	if len(bytes.TrimSpace(line)) == 0 {
		return nil, nil
	}
	fail := func(off int, reason string) *LoadError {
		e := &LoadError{Path: stdinName, Line: n, Reason: reason}
		if off >= 0 {
			e.Col, e.Context = off+1, strings.ToValidUTF8(context, "\uFFFD")
		}
		return e
	}
	if !utf8.Valid(line) {
		i := firstInvalid(line)
		return nil, fail(i, fmt.Sprintf("not UTF-8 text (byte 0x%02x)", line[i]))
	}
	var obj struct {
		ID        *string `json:"id"`
		Text      *string `json:"text"`
		Source    *string `json:"source"`
		Published *string `json:"published"`
		Lang      *string `json:"lang"`
	}
	dec := json.NewDecoder(bytes.NewReader(line))
	if err := dec.Decode(&obj); err != nil {
		var se *json.SyntaxError
		var te *json.UnmarshalTypeError
		switch {
		case errors.As(err, &se):
			return nil, fail(int(se.Offset)-1, "malformed JSON: "+se.Error())
		case errors.As(err, &te) && te.Field != "":
			return nil, fail(int(te.Offset)-1, fmt.Sprintf("field %q: want a string, got %s", te.Field, te.Value))
		case errors.As(err, &te):
			return nil, fail(0, "want a JSON object {\"id\", \"text\", \"source\", \"published\", \"lang\"}")
		case errors.Is(err, io.ErrUnexpectedEOF):
			return nil, fail(len(line), "malformed JSON: the line ends before the object does")
		}
		return nil, fail(-1, "malformed JSON: "+err.Error())
	}
	if dec.More() {
		return nil, fail(int(dec.InputOffset()), "more than one JSON value on the line")
	}
	d := &jsonlDoc{line: n, doc: &Document{Path: StdinPath}}
	if obj.ID != nil && strings.TrimSpace(*obj.ID) != "" {
		d.doc.ID = strings.TrimSpace(*obj.ID)
	} else {
		d.doc.ID = fmt.Sprintf("stdin-%d", n)
	}
	if obj.Text == nil || strings.TrimSpace(*obj.Text) == "" {
		return nil, fail(-1, fmt.Sprintf("document %q has no text", d.doc.ID))
	}
	if strings.IndexByte(*obj.Text, 0) >= 0 {
		return nil, fail(-1, fmt.Sprintf("document %q: NUL byte in text", d.doc.ID))
	}
	d.doc.Text = *obj.Text
	if obj.Source != nil {
		d.meta.source, d.meta.hasSource = *obj.Source, true
	}
	if obj.Lang != nil {
		d.meta.lang, d.meta.hasLang = *obj.Lang, true
	}
	if obj.Published != nil && *obj.Published != "" {
		p, err := dates.ParsePartial(dateOnly(*obj.Published))
		if err != nil {
			return nil, fail(valueOffset(line, "published"), fmt.Sprintf("document %q: published: %v", d.doc.ID, err))
		}
		d.meta.published, d.meta.hasPublished = p, true
	}
	return d, nil
}
