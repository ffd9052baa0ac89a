package gold

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"

	"crosscheck/claims/dates"
	"crosscheck/compare"
)

func TestLoad(t *testing.T) {
	g, err := Load("testdata/gold/pass.yaml")
	if err != nil {
		t.Fatal(err)
	}
	want := &Gold{
		Path:     "testdata/gold/pass.yaml",
		Corpus:   "articles",
		Complete: true,
		Findings: []Finding{
			{ID: "border-length", Verdict: compare.Conflict, Kind: "quantity", About: []string{"border"}, Line: 6,
				Claims: []Claim{
					{Doc: "a.txt", Value: "3145 km", Line: 11, quantity: goldQuantity{"length", "m", 3145000}},
					{Doc: "b.txt", Value: "3,200km", Line: 12, quantity: goldQuantity{"length", "m", 3200000}},
				}},
			{ID: "minister-title", Verdict: compare.Agree, Kind: "role", Person: "Bárcena", Line: 13,
				Claims: []Claim{
					{Doc: "a.txt", Value: "Foreign Minister", Line: 18},
					{Doc: "b.txt", Value: "Foreign Secretary", Line: 19},
				}},
			{ID: "president-name", Verdict: compare.Variant, Kind: "name", Line: 20,
				Claims: []Claim{
					{Doc: "a.txt", Value: "Carlos Perez Soto", Line: 24},
					{Doc: "b.txt", Value: "Juan Carlos Pérez Soto", Line: 25},
				}},
		},
		Optional: []Finding{
			{ID: "migrant-count", Verdict: compare.Conflict, Kind: "quantity", Line: 27,
				Note: "a month's count against a year's; a reader could argue either way."},
		},
	}
	if diff := cmp.Diff(want, g, cmp.AllowUnexported(Claim{}, goldQuantity{}), cmpopts.EquateEmpty()); diff != "" {
		t.Errorf("Load (-want +got):\n%s", diff)
	}
	if got, want := g.CorpusDir(), filepath.Join("testdata", "gold", "articles"); got != want {
		t.Errorf("CorpusDir() = %q, want %q", got, want)
	}
}

func TestParseValues(t *testing.T) {
	src := `findings:
  - verdict: conflict
    kind: date
    claims:
      - {doc: a.txt, value: 2023-12-27}
      - {doc: b.txt, value: 2024-01}
  - verdict: conflict
    kind: age
    person: Tom Reyes
    claims: [{doc: a.txt, value: 61}]
  - verdict: agree
    kind: quantity
    about: injured
    claims: [{doc: a.txt, value: 12 injured}, {doc: b.txt, value: "€2.5 billion"}, {doc: c.txt, value: 1.7%}]
  - verdict: conflict
    kind: quantity
    claims: [{doc: a.txt, value: 6.2 magnitude}, {doc: b.txt, value: magnitude 6.4}]
  - verdict: agree
    kind: quantity
    claims: [{doc: a.txt, value: "€24.50 per share"}, {doc: b.txt, value: "$3 a share"}]
  - verdict: conflict
    kind: quantity
    claims: [{doc: a.txt, value: 40°C}, {doc: b.txt, value: 104 °F}, {doc: c.txt, value: 20 degrees Celsius}]
`
	g, err := Parse("x.yaml", []byte(src))
	if err != nil {
		t.Fatal(err)
	}
	got := []any{
		g.Findings[0].Claims[0].date, g.Findings[0].Claims[1].date,
		g.Findings[1].Claims[0].years,
		g.Findings[2].About,
		g.Findings[2].Claims[0].quantity, g.Findings[2].Claims[1].quantity, g.Findings[2].Claims[2].quantity,
		g.Findings[3].Claims[0].quantity, g.Findings[3].Claims[1].quantity,
		g.Findings[4].Claims[0].quantity, g.Findings[4].Claims[1].quantity,
		g.Findings[5].Claims[0].quantity, g.Findings[5].Claims[1].quantity, g.Findings[5].Claims[2].quantity,
	}
	want := []any{
		dates.Partial{Year: 2023, Month: 12, Day: 27}, dates.Partial{Year: 2024, Month: 1},
		61,
		[]string{"injured"},
		goldQuantity{"count", "", 12}, goldQuantity{"money", "EUR", 2.5e9}, goldQuantity{"percent", "%", 1.7},
		goldQuantity{"magnitude", "M", 6.2}, goldQuantity{"magnitude", "M", 6.4},
		goldQuantity{"money per share", "EUR/share", 24.5}, goldQuantity{"money per share", "USD/share", 3},
		// 40°C = 104°F = 313.15 K; 20°C = 293.15 K.
		goldQuantity{"temperature", "K", 313.15}, goldQuantity{"temperature", "K", 313.15}, goldQuantity{"temperature", "K", 293.15},
	}
	if diff := cmp.Diff(want, got, cmp.AllowUnexported(goldQuantity{}), cmpopts.EquateApprox(0, 1e-9)); diff != "" {
		t.Errorf("values (-want +got):\n%s", diff)
	}
	if g.Complete {
		t.Errorf("complete defaults to true")
	}
}

func TestParseErrors(t *testing.T) {
	tests := []struct {
		name string
		src  string
		want string // the whole error, caret included
	}{
		{
			name: "unknown verdict",
			src:  "findings:\n  - verdict: confict\n    kind: date\n    claims: [{doc: a.txt, value: 2023-12-27}]\n",
			want: "g.yaml:2:14: unknown verdict \"confict\" (want conflict, agree, variant or single)\n" +
				"    2 |   - verdict: confict\n" +
				caretAt(14),
		},
		{
			name: "unknown kind",
			src:  "findings:\n  - verdict: conflict\n    kind: dates\n    person: X\n",
			want: "g.yaml:3:11: unknown kind \"dates\" (want quantity, date, role, age, name, quote or place)\n" +
				"    3 |     kind: dates\n" +
				caretAt(11),
		},
		{
			name: "bad date",
			src:  "findings:\n  - verdict: conflict\n    kind: date\n    claims:\n      - {doc: a.txt, value: 2023-13-01}\n",
			want: "g.yaml:5:29: want a date as YYYY-MM-DD, YYYY-MM or YYYY: date \"2023-13-01\" has no month 13\n" +
				"    5 |       - {doc: a.txt, value: 2023-13-01}\n" +
				caretAt(29),
		},
		{
			name: "bad quantity",
			src:  "findings:\n  - verdict: conflict\n    kind: quantity\n    claims:\n      - {doc: a.txt, value: about three}\n",
			want: "g.yaml:5:29: want a quantity such as \"4038 km\", \"$5 million\" or \"12\", not \"about three\"\n" +
				"    5 |       - {doc: a.txt, value: about three}\n" +
				caretAt(29),
		},
		{
			name: "claim without doc",
			src:  "findings:\n  - verdict: conflict\n    kind: name\n    claims:\n      - {value: Ana Ruiz}\n",
			want: "g.yaml:5:9: claim has no doc: the article's file name\n" +
				"    5 |       - {value: Ana Ruiz}\n" +
				caretAt(9),
		},
		{
			name: "unknown key",
			src:  "corpus: .\nfinding:\n  - verdict: conflict\n",
			want: "g.yaml:2:1: unknown key \"finding\" (want corpus, complete, findings, optional)\n" +
				"    2 | finding:\n" +
				caretAt(1),
		},
		{
			name: "missing verdict",
			src:  "findings:\n  - id: x\n    kind: name\n    claims: [{doc: a.txt, value: Ana}]\n",
			want: "g.yaml:2:5: finding \"x\" has no verdict\n" +
				"    2 |   - id: x\n" +
				caretAt(5),
		},
		{
			name: "nothing to match",
			src:  "findings:\n  - verdict: agree\n    kind: name\n",
			want: "g.yaml:2:5: finding at line 2 says nothing to match on: give claims, person or about\n" +
				"    2 |   - verdict: agree\n" +
				caretAt(5),
		},
		{
			name: "complete is not a boolean",
			src:  "complete: yes please\nfindings: []\n",
			want: "g.yaml:1:11: want true or false, not \"yes please\"\n" +
				"    1 | complete: yes please\n" +
				caretAt(11),
		},
		{
			name: "no findings",
			src:  "corpus: .\n",
			want: "g.yaml:1:1: no findings: a gold file lists the findings that must be reported\n" +
				"    1 | corpus: .\n" +
				caretAt(1),
		},
		{
			name: "syntax error",
			src:  "findings:\n  - verdict: conflict\n   kind: date\n",
			want: "g.yaml:3:4: not valid YAML: did not find expected '-' indicator\n" +
				"    3 |    kind: date\n" +
				caretAt(4),
		},
		{
			name: "tab in the indentation",
			src:  "findings:\n  - verdict: conflict\n\tkind: date\n",
			want: "g.yaml:3:2: not valid YAML: found a tab character that violates indentation\n" +
				"    3 | \tkind: date\n" +
				"        \t^",
		},
		{
			name: "duplicate key",
			src:  "findings:\n  - verdict: conflict\n    kind: date\n    kind: role\n    person: X\n",
			want: "g.yaml:4:5: \"kind\" is given twice in one finding\n" +
				"    4 |     kind: role\n" +
				caretAt(5),
		},
		{
			name: "empty",
			src:  "",
			want: "g.yaml:1:1: empty gold file: want corpus, complete and findings",
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := Parse("g.yaml", []byte(tt.src))
			if err == nil {
				t.Fatal("no error")
			}
			var ge *Error
			if !errors.As(err, &ge) {
				t.Fatalf("error %T is not a *gold.Error", err)
			}
			if diff := cmp.Diff(tt.want, err.Error()); diff != "" {
				t.Errorf("error (-want +got):\n%s", diff)
			}
		})
	}
}

func TestLoadMissingFile(t *testing.T) {
	if _, err := Load("testdata/gold/no-such-file.yaml"); err == nil {
		t.Error("no error for a missing file")
	}
}

func FuzzParse(f *testing.F) {
	for _, name := range []string{"pass.yaml", "fail.yaml", "incomplete.yaml"} {
		data, err := readTestdata(name)
		if err != nil {
			f.Fatal(err)
		}
		f.Add(data)
	}
	f.Add([]byte("findings:\n  - verdict: conflict\n    kind: quantity\n    claims: [{doc: a.txt, value: $5 million}]\n"))
	f.Add([]byte("findings: [{verdict: agree, kind: age, person: Ana, claims: [{doc: a, value: 36}]}]"))
	f.Add([]byte("corpus: .\n\tcomplete: true\n"))
	f.Fuzz(func(t *testing.T, data []byte) {
		g, err := Parse("fuzz.yaml", data)
		if err != nil {
			var ge *Error
			if !errors.As(err, &ge) {
				t.Fatalf("error %T is not a *gold.Error: %v", err, err)
			}
			if ge.Line < 1 || ge.Col < 1 {
				t.Fatalf("error without a position: %+v", ge)
			}
			if utf8.Valid(data) && !strings.Contains(string(data), ge.Source) {
				t.Fatalf("error shows a line that is not in the input: %q", ge.Source)
			}
			return
		}
		for _, f := range append(g.Findings, g.Optional...) {
			if !verdicts[string(f.Verdict)] || !kinds[f.Kind] {
				t.Fatalf("parsed an invalid finding: %+v", f)
			}
			for _, c := range f.Claims {
				if c.Doc == "" || strings.TrimSpace(c.Value) == "" {
					t.Fatalf("parsed an incomplete claim: %+v", c)
				}
			}
		}
	})
}

// caretAt is the caret line of an error whose column is col: under the
// "    N | " prefix of the source line.
func caretAt(col int) string { return strings.Repeat(" ", len("    1 | ")+col-1) + "^" }

func readTestdata(name string) ([]byte, error) {
	return os.ReadFile(filepath.Join("testdata", "gold", name))
}
