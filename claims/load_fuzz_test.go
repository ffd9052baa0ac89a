package claims

import (
	"bytes"
	"strings"
	"testing"
	"unicode/utf8"
)

// checkLoadError checks what every LoadError promises: one line, and a
// position inside the input it names.
func checkLoadError(t *testing.T, e *LoadError, input []byte) {
	t.Helper()
	if msg := e.Error(); strings.ContainsAny(msg, "\n\r") {
		t.Errorf("Error() is not one line: %q", msg)
	}
	lines := bytes.Split(input, []byte("\n"))
	if e.Line < 0 || e.Line > len(lines) {
		t.Errorf("%v: line %d outside the input's %d lines", e, e.Line, len(lines))
		return
	}
	if e.Line > 0 && e.Col > 0 {
		line := bytes.TrimRight(lines[e.Line-1], "\r")
		if e.Col > len(line)+1 {
			t.Errorf("%v: column %d beyond line %q", e, e.Col, line)
		}
	}
	_ = e.ErrorWithPosition() // must not panic
}

func FuzzParseArticle(f *testing.F) {
	for _, s := range []string{
		"MEXICO CITY (Wire) — Officials met on Dec. 27 in the capital.\nTalks resume next week.\n",
		"---\nsource: Wire\npublished: 2024-01-27\nlang: en\n---\nThe minister, 61, spoke on Friday.\n",
		"\ufeff---\r\ntitle: \"Border talks\"\r\ndate: 2023-09-29T10:00:00Z\r\n...\r\nText.\r\n",
		"---\nsource: [a, b]\n---\nText.",
		"---\npublished: 2023-02-30\n---\nText.",
		"---\n: :\n---\n",
		"---\nunclosed: yes\nText.",
		"Bogot\xe1 (Wire) reported 3,200 km.",
		"\xff\xfeU\x00",
		"a\x00b",
		"",
		"   \n\t",
	} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		text, _, err := parseArticle("a.txt", data)
		if err != nil {
			checkLoadError(t, err, data)
			return
		}
		if len(text) != len(data) {
			t.Fatalf("text is %d bytes, file %d: offsets moved", len(text), len(data))
		}
		if !utf8.ValidString(text) {
			t.Errorf("text is not UTF-8: %q", text)
		}
		for i := range len(data) {
			if (data[i] == '\n') != (text[i] == '\n') {
				t.Fatalf("line break moved at byte %d", i)
			}
		}
		if strings.TrimSpace(text) == "" {
			t.Errorf("loaded an article with no text: %q", data)
		}
	})
}

func FuzzParseSources(f *testing.F) {
	for _, s := range []string{
		"a.txt:\n  source: Wire\n  published: 2023-09-29\n  lang: en\nb.txt:\n  source: Daily\n  published: 2024-01\n",
		"a.txt: {source: Wire, published: 2024}\n",
		"# only a comment\n",
		"a.txt:\n  source: X\n   published: 2024-01-01\n",
		"a.txt: text\nb.txt: [1, 2]\nc/d.txt: {}\n",
		"a.txt: &m {source: X}\nb.txt: *m\n",
		"- a.txt\n- b.txt\n",
		"a.txt:\n  published: 2023-13-01\n  publisher: Y\na.txt: {}\n",
		"\"caf\u00e9.txt\":\n  published: n/a\n",
	} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		entries, bad, errs := parseSources("sources.yaml", data)
		for _, e := range errs {
			checkLoadError(t, e, data)
		}
		if bad == nil && entries != nil {
			t.Errorf("entries without a verdict on bad ones")
		}
		for name := range entries {
			if bad[name] {
				t.Errorf("%s is both an entry and bad", name)
			}
		}
	})
}

func FuzzParseJSONL(f *testing.F) {
	for _, s := range []string{
		`{"id": "a", "text": "Officials said 12 people were hurt on Friday.", "source": "Wire", "published": "2024-03-01", "lang": "en"}` + "\n" +
			`{"id": "b", "text": "Four dead, 12 hurt.", "published": "2024-03"}`,
		`{"text": "No id."}` + "\r\n\r\n" + `{"text": ""}`,
		`{"id": "a", "text": "x"}` + "\n" + `{"id": "a", "text": "y"}`,
		`{"id": 1, "text": "x"}`,
		`{"text": "x"} {"text": "y"}`,
		`{"text": "unterminated`,
		`[1, 2]`,
		"{\"text\": \"a\\u0000b\"}",
		"{\"text\": \"bad \xe9 byte\"}",
		`{"text": "x", "published": "2024-02-30"}`,
	} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		docs, errs := parseJSONL(bytes.NewReader(data))
		for _, e := range errs {
			checkLoadError(t, e, data)
		}
		ids := map[string]bool{}
		for _, d := range docs {
			if ids[d.doc.ID] {
				t.Errorf("duplicate id %q", d.doc.ID)
			}
			ids[d.doc.ID] = true
			if strings.TrimSpace(d.doc.Text) == "" || !utf8.ValidString(d.doc.Text) || strings.IndexByte(d.doc.Text, 0) >= 0 {
				t.Errorf("document %q has unusable text %q", d.doc.ID, d.doc.Text)
			}
		}
	})
}
