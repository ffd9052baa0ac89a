package claims

import (
	"bytes"
	"strconv"
	"strings"
	"unicode/utf8"

	"go.yaml.in/yaml/v3"
)

// The YAML node kinds Load reads metadata from.
type yamlNode = yaml.Node

const (
	yamlMapping = yaml.MappingNode
	yamlScalar  = yaml.ScalarNode
)

// parseYAML parses body, which starts on line lineOffset+1 of file, and
// returns its root node, or nil when it holds nothing. A syntax error
// becomes a LoadError on the file's line.
func parseYAML(path string, file, body []byte, lineOffset int) (*yamlNode, *LoadError) {
	var doc yaml.Node
	if err := yaml.Unmarshal(body, &doc); err != nil {
		line, msg := yamlErrorLine(err.Error())
		e := &LoadError{Path: path, Reason: "malformed YAML: " + msg}
		if line > 0 {
			e.Line = clampLine(body, line) + lineOffset
			e.Context = lineAt(file, e.Line)
		}
		return nil, e
	}
	if doc.Kind != yaml.DocumentNode || len(doc.Content) == 0 {
		return nil, nil
	}
	root := resolveAlias(doc.Content[0])
	if root.Kind == yamlScalar && root.Tag == "!!null" {
		return nil, nil
	}
	return root, nil
}

func resolveAlias(n *yamlNode) *yamlNode {
	for i := 0; n.Kind == yaml.AliasNode && n.Alias != nil && i < 16; i++ {
		n = n.Alias
	}
	return n
}

// yamlErrorLine splits "yaml: line 3: did not find expected key" into 3
// and the message.
func yamlErrorLine(msg string) (int, string) {
	msg = strings.TrimPrefix(msg, "yaml: ")
	if rest, ok := strings.CutPrefix(msg, "line "); ok {
		if num, text, ok := strings.Cut(rest, ": "); ok {
			if n, err := strconv.Atoi(num); err == nil {
				return n, text
			}
		}
	}
	return 0, msg
}

// yamlError is a LoadError at node n of a YAML text that starts on line
// lineOffset+1 of file.
func yamlError(path string, file []byte, n *yamlNode, lineOffset int, reason string) *LoadError {
	e := &LoadError{Path: path, Reason: reason}
	if n.Line > 0 {
		e.Line = clampLine(file, n.Line+lineOffset)
		e.Context = lineAt(file, e.Line)
		e.Col = byteColumn(e.Context, n.Column)
	}
	return e
}

// byteColumn converts a 1-based character column of line, as YAML counts,
// to a 1-based byte column.
func byteColumn(line string, chars int) int {
	if chars <= 0 {
		return 0
	}
	off := 0
	for i := 1; i < chars && off < len(line); i++ {
		_, size := utf8.DecodeRuneInString(line[off:])
		off += size
	}
	return off + 1
}

// clampLine keeps a YAML line number inside body: at the end of the input
// YAML counts one line too many, and it counts a lone "\r" as a line break
// where crosscheck (like editors today) counts only "\n".
func clampLine(body []byte, line int) int {
	return max(1, min(line, 1+bytes.Count(bytes.TrimRight(body, "\r\n"), []byte("\n"))))
}
