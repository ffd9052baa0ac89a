package claims_test

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"

	"crosscheck/claims"
	"crosscheck/claims/dates"
)

// Extract finds the claims of one article, each with its text, line and
// normalized value: the weekday is resolved against the publication date
// (a Friday), the counts carry what they count.
func ExampleExtract() {
	doc := &claims.Document{
		ID:        "quake.txt",
		Published: dates.Partial{Year: 2024, Month: 4, Day: 5},
		Text: "Interior Minister Laura Pineda said on Wednesday that the earthquake killed 14 people and injured more than 200.\n" +
			"\"We will rebuild every school,\" said Pineda, 58.\n",
	}
	for _, c := range claims.Extract(doc) {
		fmt.Printf("%s line %d %s %q: %s", c.ID, c.Line, c.Kind, c.Text, c.Value)
		if c.Kind == claims.Quantity {
			fmt.Printf(" (%s)", c.Subject)
		}
		fmt.Println()
	}
	// Output:
	// quake.txt#1 line 1 role "Interior Minister Laura Pineda": Interior Minister
	// quake.txt#2 line 1 name "Laura Pineda": Laura Pineda
	// quake.txt#3 line 1 date "Wednesday": April 3, 2024
	// quake.txt#4 line 1 quote "the earthquake killed 14 people and injured more than 200": the earthquake killed 14 people and injured more than 200
	// quake.txt#5 line 1 quantity "14 people": 14 people (killed)
	// quake.txt#6 line 1 quantity "more than 200": more than 200 (injured)
	// quake.txt#7 line 2 quote "We will rebuild every school": We will rebuild every school
	// quake.txt#8 line 2 age "58": 58
}

// Load reads a folder of articles. Its sources.yaml gives each file a
// source and a publication date; front matter in a file wins over it. A
// file that cannot be read is reported, and the others still load.
func ExampleLoad() {
	dir, err := os.MkdirTemp("", "articles")
	if err != nil {
		panic(err)
	}
	defer os.RemoveAll(dir)
	files := map[string]string{
		"sources.yaml": "harbour.txt:\n  source: Coast Wire\n  published: 2024-05-08\n" +
			"strike.md:\n  source: Daily Port\n  published: 2024-05\n",
		"harbour.txt": "Harbour talks resumed on Monday.\n",
		"strike.md":   "---\npublished: 2024-05-09\n---\nDockers ended their strike on Tuesday.\n",
		"empty.txt":   "",
	}
	for name, text := range files {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(text), 0o644); err != nil {
			panic(err)
		}
	}

	docs, errs := claims.Load([]string{dir}, claims.LoadOptions{})
	for _, d := range docs {
		fmt.Printf("%s: %s, published %s\n", d.ID, d.Source, d.Published)
	}
	for _, err := range errs {
		var le *claims.LoadError
		if errors.As(err, &le) {
			fmt.Printf("not loaded: %s: %s\n", filepath.Base(le.Path), le.Reason)
		}
	}
	// The front matter is blanked, not cut: the text starts on line 4.
	fmt.Printf("%q\n", strings.TrimSpace(docs[1].Text))
	// Output:
	// harbour.txt: Coast Wire, published 2024-05-08
	// strike.md: Daily Port, published 2024-05-09
	// not loaded: empty.txt: empty file
	// "Dockers ended their strike on Tuesday."
}

// Load reads JSON Lines documents from standard input when a path is "-".
func ExampleLoad_stdin() {
	stdin := strings.NewReader(`{"id": "w1", "text": "The ferry sank on Friday.", "source": "Wire", "published": "2024-03-02"}` + "\n" +
		`{"id": "w2", "text": "Rescuers found 12 survivors.", "published": "March 2"}` + "\n")
	docs, errs := claims.Load([]string{"-"}, claims.LoadOptions{Stdin: stdin})
	for _, d := range docs {
		fmt.Println(d.ID, d.Source, d.Published)
	}
	for _, err := range errs {
		fmt.Println(err)
	}
	// Output:
	// w1 Wire 2024-03-02
	// <stdin>:2:67: document "w2": published: date "March 2" is not YYYY-MM-DD, YYYY-MM or YYYY
}
