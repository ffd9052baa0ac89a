package dates

import (
	"fmt"
	"strconv"
	"strings"
	"time"
)

// Partial is a calendar date whose unknown fields are zero: a publication
// date known only to the month, or "December 19" with no year.
type Partial struct {
	Year, Month, Day int
}

// ParsePartial reads "2021-06-14", "2021-06" or "2021".
func ParsePartial(s string) (Partial, error) {
	s = strings.TrimSpace(s)
	if s == "" {
		return Partial{}, fmt.Errorf("empty date")
	}
	parts := strings.Split(s, "-")
	if len(parts) > 3 {
		return Partial{}, fmt.Errorf("date %q is not YYYY-MM-DD, YYYY-MM or YYYY", s)
	}
	var p Partial
	for i, part := range parts {
		want := 2
		if i == 0 {
			want = 4
		}
		n, err := strconv.Atoi(part)
		if err != nil || len(part) != want || n < 0 {
			return Partial{}, fmt.Errorf("date %q is not YYYY-MM-DD, YYYY-MM or YYYY", s)
		}
		switch i {
		case 0:
			p.Year = n
		case 1:
			p.Month = n
		case 2:
			p.Day = n
		}
	}
	if p.Month > 12 || len(parts) > 1 && p.Month == 0 {
		return Partial{}, fmt.Errorf("date %q has no month %d", s, p.Month)
	}
	if len(parts) == 3 && (p.Day == 0 || p.Day > daysIn(p.Year, p.Month)) {
		return Partial{}, fmt.Errorf("date %q has no day %d", s, p.Day)
	}
	return p, nil
}

func daysIn(year, month int) int {
	return time.Date(year, time.Month(month)+1, 0, 0, 0, 0, 0, time.UTC).Day()
}

// IsZero reports whether nothing is known.
func (p Partial) IsZero() bool { return p == Partial{} }

// Precision is "day", "month", "year" or "" for a zero date; a date with
// a month and day but no year has precision "day".
func (p Partial) Precision() string {
	switch {
	case p.Day != 0:
		return "day"
	case p.Month != 0:
		return "month"
	case p.Year != 0:
		return "year"
	}
	return ""
}

// String formats p in ISO 8601: "2021-06-14", "2021-06", "2021", or
// "--12-19" for a month and day without a year.
func (p Partial) String() string {
	switch {
	case p.Year == 0 && p.Month != 0 && p.Day != 0:
		return fmt.Sprintf("--%02d-%02d", p.Month, p.Day)
	case p.Year == 0 && p.Month != 0:
		return fmt.Sprintf("--%02d", p.Month)
	case p.Day != 0:
		return fmt.Sprintf("%04d-%02d-%02d", p.Year, p.Month, p.Day)
	case p.Month != 0:
		return fmt.Sprintf("%04d-%02d", p.Year, p.Month)
	case p.Year != 0:
		return fmt.Sprintf("%04d", p.Year)
	}
	return ""
}

// MarshalText writes the ISO form, so a Partial is a string in JSON.
func (p Partial) MarshalText() ([]byte, error) { return []byte(p.String()), nil }

// UnmarshalText reads the ISO form.
func (p *Partial) UnmarshalText(b []byte) error {
	if len(b) == 0 {
		*p = Partial{}
		return nil
	}
	q, err := ParsePartial(string(b))
	if err != nil {
		return err
	}
	*p = q
	return nil
}
