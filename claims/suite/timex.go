package suite

import (
	"fmt"
	"strconv"
	"strings"
	"time"
)

// Durations in seconds. A year is 365.25 days and a month a twelfth of
// it, 30.4375 days: the average Gregorian lengths, so "P3M" and "90 days"
// differ by 1.4%, beyond the 0.5% a value may be off.
const (
	secMinute  = 60.0
	secHour    = 3600.0
	secDay     = 86400.0
	secWeek    = 7 * secDay
	secYear    = 365.25 * secDay
	secMonth   = secYear / 12
	secQuarter = secYear / 4
)

// durationUnits are the TIMEX3 duration designators before the "T"; the
// TimeBank annotators also use E (decade), C (century) and L (millennium),
// and DE/CE/ML for the same.
var durationUnits = map[string]float64{
	"Y": secYear, "M": secMonth, "W": secWeek, "D": secDay, "Q": secQuarter,
	"H": 6 * secMonth, "E": 10 * secYear, "DE": 10 * secYear, "C": 100 * secYear,
	"CE": 100 * secYear, "L": 1000 * secYear, "ML": 1000 * secYear,
}

var timeUnits = map[string]float64{"H": secHour, "M": secMinute, "S": 1}

// parseDuration reads a TIMEX3 duration: "P3Y", "P2.5D", "PT1H30M",
// "P1Y6M". An unspecified amount ("PXY", "PTXH") gives the seconds of one
// unit with unspecified set; "PXX" gives 0 and unspecified.
func parseDuration(v string) (sec float64, unspecified, ok bool) {
	if len(v) < 3 || v[0] != 'P' {
		return 0, false, false
	}
	if v == "PXX" || v == "PTXX" {
		return 0, true, true // some unspecified span
	}
	s := v[1:]
	inTime := false
	any := false
	for len(s) > 0 {
		if s[0] == 'T' {
			inTime = true
			s = s[1:]
			continue
		}
		// the amount: digits with an optional decimal point, or X
		j := 0
		for j < len(s) && (s[j] >= '0' && s[j] <= '9' || s[j] == '.' || s[j] == 'X') {
			j++
		}
		if j == 0 {
			return 0, false, false
		}
		amount := s[:j]
		s = s[j:]
		k := 0
		for k < len(s) && s[k] >= 'A' && s[k] <= 'Z' && s[k] != 'T' {
			k++
		}
		unit := s[:k]
		s = s[k:]
		// "XY" reads the amount X with unit Y; a unit of two letters is
		// tried whole first ("DE"), then as one.
		table := durationUnits
		if inTime {
			table = timeUnits
		}
		per, found := table[unit]
		if !found {
			return 0, false, false
		}
		if strings.Contains(amount, "X") {
			if amount != "X" {
				return 0, false, false
			}
			unspecified = true
			sec += per
		} else {
			n, err := strconv.ParseFloat(amount, 64)
			if err != nil {
				return 0, false, false
			}
			sec += n * per
		}
		any = true
	}
	return sec, unspecified, any
}

// day counts days since 1970-01-01 (negative before).
type day int

func mkday(y, m, d int) day {
	return day(time.Date(y, time.Month(m), d, 0, 0, 0, 0, time.UTC).Unix() / 86400)
}

func (d day) civil() (y, m, dd int) {
	t := time.Unix(int64(d)*86400, 0).UTC()
	return t.Year(), int(t.Month()), t.Day()
}

func (d day) weekday() time.Weekday {
	return time.Unix(int64(d)*86400, 0).UTC().Weekday()
}

func (d day) String() string {
	y, m, dd := d.civil()
	return fmt.Sprintf("%04d-%02d-%02d", y, m, dd)
}

func daysIn(y, m int) int { return int(mkday(y, m+1, 1) - mkday(y, m, 1)) }

// parseDay reads "2016-11-07" (and the date part of "2016-11-07 08:00:00"
// or "2016-11-07T08:00").
func parseDay(s string) (day, bool) {
	if len(s) < 10 || s[4] != '-' || s[7] != '-' {
		return 0, false
	}
	y, e1 := strconv.Atoi(s[:4])
	m, e2 := strconv.Atoi(s[5:7])
	d, e3 := strconv.Atoi(s[8:10])
	if e1 != nil || e2 != nil || e3 != nil || m < 1 || m > 12 || d < 1 || d > daysIn(y, m) {
		return 0, false
	}
	return mkday(y, m, d), true
}

// isoWeekMonday is the Monday of ISO week w of year y.
func isoWeekMonday(y, w int) day {
	jan4 := mkday(y, 1, 4)
	return jan4 - day((int(jan4.weekday())+6)%7) + day(7*(w-1))
}

// seasons are meteorological: spring March–May, summer June–August, fall
// September–November, winter December to February of the next year.
var seasons = map[string]int{"SP": 3, "SU": 6, "FA": 9, "AU": 9, "WI": 12}

// partsOfDay are the TIMEX3 parts of the day; a date claim carries them
// in its ISO value ("1998-01-08TNI") or in Time.
var partsOfDay = map[string]bool{"MO": true, "MI": true, "AF": true, "EV": true, "NI": true, "DT": true}

// timexDate reads a TIMEX3 date value into a reading: "1998-01-08",
// "1998-01", "1998-W02", "1998-W02-WE", "1998-Q1", "1998-H1", "1998-SU",
// "1998", "199" (decade), "19" (century), "1998-01-08T14:00",
// "1998-01-08TNI". A value with unspecified digits ("1998-XX", "199X",
// "1998-WXX") becomes a "within" reading bounded by what is specified; a
// value without a year ("XXXX-10-14") gives no reading.
func timexDate(v string) (reading, bool) {
	r := reading{iso: v}
	date, tod, hasT := strings.Cut(v, "T")
	if hasT {
		if date == "" {
			return reading{}, false
		}
		t, ok := timeOfDay(tod)
		if !ok {
			return reading{}, false
		}
		r.time = t
		if t == "EV" {
			r.time = "NI" // evening and night are one (see normalTimex)
		}
	}
	parts := strings.Split(date, "-")
	yearStr := parts[0]
	if strings.HasPrefix(yearStr, "XX") || yearStr == "" {
		return reading{}, false
	}
	// Unspecified digits: bound by the specified prefix.
	if strings.Contains(date, "X") {
		r.within = true
		r.time = ""
		if strings.Contains(yearStr, "X") {
			prefix := strings.TrimRight(yearStr, "X")
			if strings.Contains(prefix, "X") || len(prefix) < 2 {
				return reading{}, false
			}
			lo, hi, ok := yearSpan(prefix)
			if !ok {
				return reading{}, false
			}
			r.min, r.max = lo, hi
			return r, true
		}
		y, err := strconv.Atoi(yearStr)
		if err != nil || len(yearStr) != 4 {
			return reading{}, false
		}
		r.min, r.max = mkday(y, 1, 1), mkday(y, 12, 31)
		if len(parts) >= 3 && !strings.Contains(parts[1], "X") && !strings.HasPrefix(parts[1], "W") {
			m, err := strconv.Atoi(parts[1])
			if err == nil && m >= 1 && m <= 12 {
				r.min, r.max = mkday(y, m, 1), mkday(y, m, daysIn(y, m))
			}
		}
		return r, true
	}
	if len(parts) == 1 {
		lo, hi, ok := yearSpan(yearStr)
		if !ok {
			return reading{}, false
		}
		r.min, r.max = lo, hi
		return r, !hasT
	}
	if len(yearStr) != 4 {
		return reading{}, false
	}
	y, err := strconv.Atoi(yearStr)
	if err != nil {
		return reading{}, false
	}
	p := parts[1]
	switch {
	case len(parts) == 3 && !strings.HasPrefix(p, "W"):
		d, ok := parseDay(date)
		if !ok {
			return reading{}, false
		}
		r.min, r.max = d, d
		return r, true
	case strings.HasPrefix(p, "W") && (len(p) == 2 || len(p) == 3) && isDigit(p[1]):
		w, err := strconv.Atoi(p[1:])
		if err != nil || w < 1 || w > 53 {
			return reading{}, false
		}
		mon := isoWeekMonday(y, w)
		r.min, r.max = mon, mon+6
		if len(parts) == 3 {
			switch parts[2] {
			case "WE":
				r.min = mon + 5
			default:
				n, err := strconv.Atoi(parts[2])
				if err != nil || n < 1 || n > 7 {
					return reading{}, false
				}
				r.min, r.max = mon+day(n-1), mon+day(n-1)
			}
		} else if len(parts) > 3 {
			return reading{}, false
		}
		return r, !hasT || len(parts) == 3
	case len(parts) != 2 || hasT:
		return reading{}, false
	case len(p) == 2 && p[0] == 'Q' && p[1] >= '1' && p[1] <= '4':
		q := int(p[1] - '0')
		r.min, r.max = mkday(y, 3*q-2, 1), mkday(y, 3*q+1, 1)-1
	case len(p) == 2 && p[0] == 'H' && (p[1] == '1' || p[1] == '2'):
		h := int(p[1] - '0')
		r.min, r.max = mkday(y, 6*h-5, 1), mkday(y, 6*h+1, 1)-1
	case seasons[p] != 0:
		m := seasons[p]
		r.min, r.max = mkday(y, m, 1), mkday(y, m+3, 1)-1
	default:
		m, err := strconv.Atoi(p)
		if err != nil || m < 1 || m > 12 || len(p) != 2 {
			return reading{}, false
		}
		r.min, r.max = mkday(y, m, 1), mkday(y, m, daysIn(y, m))
	}
	return r, true
}

// yearSpan reads "1998" (a year), "199" (a decade) or "19" (a century:
// the 1900s, as TIMEX3 writes them).
func yearSpan(s string) (day, day, bool) {
	n, err := strconv.Atoi(s)
	if err != nil || n < 0 {
		return 0, 0, false
	}
	switch len(s) {
	case 4:
		return mkday(n, 1, 1), mkday(n, 12, 31), true
	case 3:
		return mkday(n*10, 1, 1), mkday(n*10+9, 12, 31), true
	case 2:
		return mkday(n*100, 1, 1), mkday(n*100+99, 12, 31), true
	}
	return 0, 0, false
}

// timeOfDay normalizes the time part of a TIMEX3 value: "14:00",
// "14" and "14:00:31" become "14:00"; parts of the day stay codes ("NI").
func timeOfDay(t string) (string, bool) {
	if partsOfDay[t] {
		return t, true
	}
	t = strings.TrimSuffix(t, "Z")
	if len(t) >= 2 {
		h, err := strconv.Atoi(t[:2])
		if err != nil || h > 24 {
			return "", false
		}
		m := 0
		if len(t) >= 5 && t[2] == ':' {
			m, err = strconv.Atoi(t[3:5])
			if err != nil || m > 59 {
				return "", false
			}
		}
		return fmt.Sprintf("%02d:%02d", h, m), true
	}
	return "", false
}
