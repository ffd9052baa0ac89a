package gold

import (
	"fmt"
	"os"
	"path/filepath"
	"strconv"
	"strings"

	"go.yaml.in/yaml/v3"

	"crosscheck/claims/dates"
	"crosscheck/compare"
)

// Gold is a parsed gold file.
type Gold struct {
	// Path is the file the gold was read from; empty after Parse of
	// bytes with no file behind them.
	Path string
	// Corpus is the folder of the articles, relative to the gold file.
	Corpus string
	// Complete says every conflict of the corpus is listed, so any other
	// reported conflict is a false alarm.
	Complete bool
	// Findings must be reported; Optional may be, at no cost.
	Findings []Finding
	Optional []Finding
}

// A Finding is one finding of a gold file.
type Finding struct {
	ID      string
	Verdict compare.Verdict
	// Kind is a claim kind, or "place".
	Kind string
	// Person is whose title or age it is, for role and age findings.
	Person string
	// About lists words one of which the finding's topic, or the subject
	// of one of its claims, must contain.
	About []string
	// Claims lists, per article, the value its claim must give.
	Claims []Claim
	Note   string
	// Line is where the finding starts in the gold file.
	Line int
}

// A Claim is one article's part in a gold finding.
type Claim struct {
	Doc   string
	Value string
	Line  int
	// quantity is Value read as a quantity, for quantity findings.
	quantity goldQuantity
	// date is Value read as a date, for date findings.
	date dates.Partial
	// years is Value read as an age, for age findings.
	years int
}

// CorpusDir is the folder of the corpus: Corpus relative to the folder of
// the gold file.
func (g *Gold) CorpusDir() string {
	corpus := g.Corpus
	if corpus == "" {
		corpus = "."
	}
	if filepath.IsAbs(corpus) {
		return corpus
	}
	return filepath.Join(filepath.Dir(g.Path), corpus)
}

// Load reads and parses a gold file.
func Load(path string) (*Gold, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	return Parse(path, data)
}

var verdicts = map[string]bool{"conflict": true, "agree": true, "variant": true, "single": true}

var kinds = map[string]bool{"quantity": true, "date": true, "role": true, "age": true,
	"name": true, "quote": true, "place": true}

// Parse reads a gold file's bytes; name is used in errors and as Path.
func Parse(name string, data []byte) (*Gold, error) {
	p := &parser{name: name, src: string(data)}
	var root yaml.Node
	if err := yaml.Unmarshal(data, &root); err != nil {
		return nil, p.yamlError(err)
	}
	g := &Gold{Path: name}
	if root.Kind == 0 || len(root.Content) == 0 {
		return nil, p.errorf(1, 1, "empty gold file: want corpus, complete and findings")
	}
	doc := root.Content[0]
	if doc.Kind != yaml.MappingNode {
		return nil, p.errorAt(doc, "a gold file is a mapping with corpus, complete and findings")
	}
	seen := map[string]bool{}
	for i := 0; i+1 < len(doc.Content); i += 2 {
		k, v := doc.Content[i], doc.Content[i+1]
		if seen[k.Value] {
			return nil, p.errorAt(k, "%q is given twice", k.Value)
		}
		seen[k.Value] = true
		var err error
		switch k.Value {
		case "corpus":
			g.Corpus, err = p.str(v)
		case "complete":
			g.Complete, err = p.boolean(v)
		case "findings":
			g.Findings, err = p.findings(v, true)
		case "optional":
			g.Optional, err = p.findings(v, false)
		default:
			err = p.errorAt(k, "unknown key %q (want corpus, complete, findings, optional)", k.Value)
		}
		if err != nil {
			return nil, err
		}
	}
	if !seen["findings"] {
		return nil, p.errorAt(doc, "no findings: a gold file lists the findings that must be reported")
	}
	return g, nil
}

type parser struct {
	name string
	src  string
}

// An Error is a mistake in a gold file. Its message shows the line with a
// caret under the column, like a compiler.
type Error struct {
	File      string
	Line, Col int
	Msg       string
	// Source is the text of the line, for the caret display.
	Source string
}

func (e *Error) Error() string {
	var sb strings.Builder
	fmt.Fprintf(&sb, "%s:%d:%d: %s", e.File, e.Line, e.Col, e.Msg)
	if e.Source != "" {
		prefix := fmt.Sprintf("%5d | ", e.Line)
		fmt.Fprintf(&sb, "\n%s%s\n%s", prefix, e.Source, strings.Repeat(" ", len(prefix)))
		// Tabs stay tabs so the caret lines up in a terminal.
		for i, r := range e.Source {
			if i >= e.Col-1 {
				break
			}
			if r == '\t' {
				sb.WriteByte('\t')
			} else {
				sb.WriteByte(' ')
			}
		}
		sb.WriteByte('^')
	}
	return sb.String()
}

func (p *parser) errorf(line, col int, format string, args ...any) error {
	e := &Error{File: p.name, Line: line, Col: col, Msg: fmt.Sprintf(format, args...)}
	lines := strings.Split(p.src, "\n")
	if line >= 1 && line <= len(lines) {
		e.Source = strings.TrimRight(lines[line-1], "\r")
		if col < 1 {
			e.Col = 1 + len(e.Source) - len(strings.TrimLeft(e.Source, " \t"))
		}
	}
	if e.Col < 1 {
		e.Col = 1
	}
	return e
}

func (p *parser) errorAt(n *yaml.Node, format string, args ...any) error {
	return p.errorf(n.Line, n.Column, format, args...)
}

// yamlError turns a YAML syntax error into an Error pointing at the line
// where the document stops being YAML. The yaml package reports the line
// where the enclosing construct began, often lines earlier, so the line is
// found again: it is the first line whose prefix of the document does not
// parse. Gold files are small, and this runs only on a broken one.
func (p *parser) yamlError(err error) error {
	msg := strings.TrimPrefix(err.Error(), "yaml: ")
	if rest, ok := strings.CutPrefix(msg, "line "); ok {
		if i := strings.IndexByte(rest, ':'); i > 0 {
			if _, err := strconv.Atoi(rest[:i]); err == nil {
				msg = strings.TrimSpace(rest[i+1:])
			}
		}
	}
	lines := strings.SplitAfter(p.src, "\n")
	var prefix strings.Builder
	for i, l := range lines {
		prefix.WriteString(l)
		var n yaml.Node
		if yaml.Unmarshal([]byte(prefix.String()), &n) != nil {
			return p.errorf(i+1, 0, "not valid YAML: %s", msg)
		}
	}
	return p.errorf(1, 0, "not valid YAML: %s", msg)
}

func (p *parser) str(n *yaml.Node) (string, error) {
	if n.Kind != yaml.ScalarNode {
		return "", p.errorAt(n, "want a single value here")
	}
	return n.Value, nil
}

func (p *parser) boolean(n *yaml.Node) (bool, error) {
	var b bool
	if n.Kind != yaml.ScalarNode || n.Decode(&b) != nil {
		return false, p.errorAt(n, "want true or false, not %q", n.Value)
	}
	return b, nil
}

func (p *parser) findings(n *yaml.Node, required bool) ([]Finding, error) {
	if n.Kind == yaml.ScalarNode && n.Tag == "!!null" {
		return nil, nil
	}
	if n.Kind != yaml.SequenceNode {
		return nil, p.errorAt(n, "want a list of findings (each starting with \"- \")")
	}
	out := make([]Finding, 0, len(n.Content))
	for _, item := range n.Content {
		f, err := p.finding(item, required)
		if err != nil {
			return nil, err
		}
		out = append(out, f)
	}
	return out, nil
}

func (p *parser) finding(n *yaml.Node, required bool) (Finding, error) {
	f := Finding{Line: n.Line}
	if n.Kind != yaml.MappingNode {
		return f, p.errorAt(n, "want a finding: a mapping with verdict, kind and claims")
	}
	var kindNode, verdictNode *yaml.Node
	var claimsNode *yaml.Node
	seen := map[string]bool{}
	for i := 0; i+1 < len(n.Content); i += 2 {
		k, v := n.Content[i], n.Content[i+1]
		if seen[k.Value] {
			return f, p.errorAt(k, "%q is given twice in one finding", k.Value)
		}
		seen[k.Value] = true
		var err error
		switch k.Value {
		case "id":
			f.ID, err = p.str(v)
		case "verdict":
			verdictNode = v
			var s string
			s, err = p.str(v)
			if err == nil && !verdicts[s] {
				err = p.errorAt(v, "unknown verdict %q (want conflict, agree, variant or single)", s)
			}
			f.Verdict = compare.Verdict(s)
		case "kind":
			kindNode = v
			f.Kind, err = p.str(v)
			if err == nil && !kinds[f.Kind] {
				err = p.errorAt(v, "unknown kind %q (want quantity, date, role, age, name, quote or place)", f.Kind)
			}
		case "person":
			f.Person, err = p.str(v)
		case "about":
			f.About, err = p.words(v)
		case "claims":
			claimsNode = v
		case "note":
			f.Note, err = p.str(v)
		default:
			err = p.errorAt(k, "unknown key %q in a finding (want id, verdict, kind, person, about, claims, note)", k.Value)
		}
		if err != nil {
			return f, err
		}
	}
	if verdictNode == nil {
		return f, p.errorAt(n, "finding %s has no verdict", name(f))
	}
	if kindNode == nil {
		return f, p.errorAt(n, "finding %s has no kind", name(f))
	}
	if claimsNode != nil {
		cls, err := p.claims(claimsNode, f.Kind)
		if err != nil {
			return f, err
		}
		f.Claims = cls
	}
	if required && len(f.Claims) == 0 && f.Person == "" && len(f.About) == 0 {
		return f, p.errorAt(n, "finding %s says nothing to match on: give claims, person or about", name(f))
	}
	return f, nil
}

func name(f Finding) string {
	if f.ID != "" {
		return strconv.Quote(f.ID)
	}
	return "at line " + strconv.Itoa(f.Line)
}

func (p *parser) words(n *yaml.Node) ([]string, error) {
	switch n.Kind {
	case yaml.ScalarNode:
		return []string{n.Value}, nil
	case yaml.SequenceNode:
		out := make([]string, 0, len(n.Content))
		for _, w := range n.Content {
			s, err := p.str(w)
			if err != nil {
				return nil, err
			}
			out = append(out, s)
		}
		return out, nil
	}
	return nil, p.errorAt(n, "want a word or a list of words")
}

func (p *parser) claims(n *yaml.Node, kind string) ([]Claim, error) {
	if n.Kind != yaml.SequenceNode {
		return nil, p.errorAt(n, "want a list of claims, each {doc: FILE, value: VALUE}")
	}
	out := make([]Claim, 0, len(n.Content))
	for _, item := range n.Content {
		if item.Kind != yaml.MappingNode {
			return nil, p.errorAt(item, "want a claim: {doc: FILE, value: VALUE}")
		}
		c := Claim{Line: item.Line}
		var valueNode *yaml.Node
		seen := map[string]bool{}
		for i := 0; i+1 < len(item.Content); i += 2 {
			k, v := item.Content[i], item.Content[i+1]
			if seen[k.Value] {
				return nil, p.errorAt(k, "%q is given twice in one claim", k.Value)
			}
			seen[k.Value] = true
			var err error
			switch k.Value {
			case "doc":
				c.Doc, err = p.str(v)
			case "value":
				valueNode = v
				c.Value, err = p.str(v)
			default:
				err = p.errorAt(k, "unknown key %q in a claim (want doc, value)", k.Value)
			}
			if err != nil {
				return nil, err
			}
		}
		if c.Doc == "" {
			return nil, p.errorAt(item, "claim has no doc: the article's file name")
		}
		if valueNode == nil || strings.TrimSpace(c.Value) == "" {
			return nil, p.errorAt(item, "claim has no value")
		}
		if err := c.parseValue(kind); err != nil {
			return nil, p.errorAt(valueNode, "%v", err)
		}
		out = append(out, c)
	}
	return out, nil
}

// parseValue reads the value for the kinds whose values are normalized.
func (c *Claim) parseValue(kind string) error {
	v := strings.TrimSpace(c.Value)
	switch kind {
	case "quantity":
		q, err := parseQuantity(v)
		if err != nil {
			return err
		}
		c.quantity = q
	case "date":
		d, err := dates.ParsePartial(v)
		if err != nil {
			return fmt.Errorf("want a date as YYYY-MM-DD, YYYY-MM or YYYY: %v", err)
		}
		c.date = d
	case "age":
		n, err := strconv.Atoi(v)
		if err != nil || n < 0 {
			return fmt.Errorf("want an age in whole years, not %q", v)
		}
		c.years = n
	}
	return nil
}
