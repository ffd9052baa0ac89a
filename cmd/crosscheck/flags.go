package main

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"sort"
	"strings"

	"crosscheck/claims"
	"crosscheck/claims/dates"
)

// A subcommand's flag set, with its usage text printed by -help.
type flagSet struct {
	*flag.FlagSet
	usage   string // "crosscheck compare [flags] PATH..."
	about   string // what the command does, a paragraph
	example string // one or more example command lines
}

func newFlagSet(name, usage, about, example string) *flagSet {
	fs := &flagSet{FlagSet: flag.NewFlagSet(name, flag.ContinueOnError), usage: usage, about: about, example: example}
	fs.Usage = func() {} // parse prints usage itself, to the right stream
	return fs
}

func (fs *flagSet) printUsage(w io.Writer) {
	fmt.Fprintf(w, "Usage: %s\n\n%s\n\nFlags:\n", fs.usage, fs.about)
	fs.SetOutput(w)
	fs.PrintDefaults()
	fmt.Fprintf(w, "\nExample:\n%s\n", fs.example)
}

// parse parses args, flags and paths in any order ("compare seeds
// --format json" as well as "compare --format json seeds"); "--" ends the
// flags. It returns the paths, or done with the exit code when the command
// should stop: -help prints the usage to stdout and exits 0, a bad flag
// prints the error to stderr and exits 2.
func (fs *flagSet) parse(args []string, e *env) (paths []string, done bool, code int) {
	fs.SetOutput(e.stderr)
	for {
		err := fs.Parse(args)
		if errors.Is(err, flag.ErrHelp) {
			fs.printUsage(e.stdout)
			return nil, true, exitOK
		}
		if err != nil {
			fmt.Fprintf(e.stderr, "Run 'crosscheck %s -help' for usage.\n", fs.Name())
			return nil, true, exitFailed
		}
		rest := fs.Args()
		if len(rest) == 0 {
			return paths, false, 0
		}
		if consumed := len(args) - len(rest); consumed > 0 && args[consumed-1] == "--" {
			return append(paths, rest...), false, 0
		}
		paths = append(paths, rest[0])
		args = rest[1:]
	}
}

// loadFlags are the flags of every command that reads articles.
type loadFlags struct {
	recursive bool
	source    string
	published publishedFlag
	lang      string
}

func (lf *loadFlags) register(fs *flagSet) {
	fs.BoolVar(&lf.recursive, "r", false, "read sub-folders of the folders named too")
	fs.BoolVar(&lf.recursive, "recursive", false, "same as -r")
	fs.StringVar(&lf.source, "source", "", "the `SOURCE` (publisher) of the files named on the command line and of \"-\"")
	fs.Var(&lf.published, "published", "the publication `DATE` (YYYY-MM-DD or YYYY-MM) of the files named and of \"-\"")
	fs.StringVar(&lf.lang, "lang", "", "the language `CODE` of the files named and of \"-\"")
}

// options turns the flags into claims.LoadOptions. The metadata flags
// apply only to files named on the command line and to "-"; given with
// folders alone they would be ignored, so that is an error.
func (lf *loadFlags) options(paths []string, e *env) (claims.LoadOptions, error) {
	opts := claims.LoadOptions{
		Recursive: lf.recursive,
		Source:    lf.source,
		Published: lf.published.p,
		Lang:      lf.lang,
		Stdin:     e.stdin,
	}
	if lf.source == "" && lf.published.p.IsZero() && lf.lang == "" {
		return opts, nil
	}
	for _, p := range paths {
		if p == claims.StdinPath {
			return opts, nil
		}
		if info, err := os.Stat(p); err != nil || !info.IsDir() {
			return opts, nil
		}
	}
	return opts, errors.New("--source, --published and --lang apply to files named on the command line and to \"-\", not to the articles of a folder (use its sources.yaml)")
}

// publishedFlag is a publication date flag, checked when it is parsed.
type publishedFlag struct{ p dates.Partial }

func (f *publishedFlag) String() string { return f.p.String() }

func (f *publishedFlag) Set(s string) error {
	p, err := dates.ParsePartial(s)
	if err != nil {
		return err
	}
	f.p = p
	return nil
}

// load reads the articles and reports every input that failed on stderr,
// with the offending line and a caret where there is one. It returns the
// documents and whether every input loaded.
func load(paths []string, opts claims.LoadOptions, e *env) ([]*claims.Document, bool) {
	docs, errs := claims.Load(paths, opts)
	for _, err := range errs {
		var le *claims.LoadError
		if errors.As(err, &le) {
			fmt.Fprintf(e.stderr, "crosscheck: %s\n", le.ErrorWithPosition())
		} else {
			fmt.Fprintf(e.stderr, "crosscheck: %v\n", err)
		}
	}
	if len(errs) > 0 {
		fmt.Fprintf(e.stderr, "crosscheck: %s could not be loaded; the output covers the %s that could\n",
			plural(len(errs), "input", "inputs"), plural(len(docs), "article", "articles"))
	}
	return docs, len(errs) == 0
}

func plural(n int, one, many string) string {
	if n == 1 {
		return "1 " + one
	}
	return fmt.Sprintf("%d %s", n, many)
}

// formatNames lists the names of a format registry for help and errors.
func formatNames[T any](m map[string]T) string {
	names := make([]string, 0, len(m))
	for n := range m {
		names = append(names, n)
	}
	sort.Strings(names)
	return strings.Join(names, ", ")
}
