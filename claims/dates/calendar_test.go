package dates

import (
	"testing"
	"time"
)

// The integer calendar must agree with the standard library on every day
// of five centuries.
func TestCalendarAgreesWithTime(t *testing.T) {
	start := time.Date(1700, 1, 1, 0, 0, 0, 0, time.UTC)
	for tm := start; tm.Year() < 2200; tm = tm.AddDate(0, 0, 1) {
		z := dayNumber(tm.Year(), int(tm.Month()), tm.Day())
		if want := int(tm.Unix() / 86400); z != want {
			t.Fatalf("dayNumber(%s) = %d, want %d", tm.Format(time.DateOnly), z, want)
		}
		if y, m, d := civil(z); y != tm.Year() || m != int(tm.Month()) || d != tm.Day() {
			t.Fatalf("civil(%d) = %d-%d-%d, want %s", z, y, m, d, tm.Format(time.DateOnly))
		}
		wantWD := int(tm.Weekday())
		if wantWD == 0 {
			wantWD = 7
		}
		if got := weekday(z); got != wantWD {
			t.Fatalf("weekday(%s) = %d, want %d", tm.Format(time.DateOnly), got, wantWD)
		}
		wy, ww := tm.ISOWeek()
		if gy, gw := isoWeek(z); gy != wy || gw != ww {
			t.Fatalf("isoWeek(%s) = %d-W%d, want %d-W%d", tm.Format(time.DateOnly), gy, gw, wy, ww)
		}
	}
}

func TestDayNumberRollsOver(t *testing.T) {
	tests := []struct {
		name    string
		y, m, d int
		want    string
	}{
		{"month 13 is next January", 2023, 13, 1, "2024-01-01"},
		{"month 0 is last December", 2024, 0, 31, "2023-12-31"},
		{"day 0 is the last of the month before", 2024, 3, 0, "2024-02-29"},
		{"day 32 of January", 2023, 1, 32, "2023-02-01"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := isoDay(dayNumber(tt.y, tt.m, tt.d)); got != tt.want {
				t.Errorf("dayNumber(%d, %d, %d) = %s, want %s", tt.y, tt.m, tt.d, got, tt.want)
			}
		})
	}
}

func TestSpanISO(t *testing.T) {
	// 2024-01-10 is a Wednesday in ISO week 2.
	z := dayNumber(2024, 1, 10)
	tests := []struct {
		name     string
		s        span
		iso      string
		min, max string
	}{
		{"day", unitOf(gDay, z), "2024-01-10", "2024-01-10", "2024-01-10"},
		{"week", unitOf(gWeek, z), "2024-W02", "2024-01-08", "2024-01-14"},
		{"weekend", unitOf(gWeekend, z), "2024-W02-WE", "2024-01-13", "2024-01-14"},
		{"month", unitOf(gMonth, z), "2024-01", "2024-01-01", "2024-01-31"},
		{"winter runs into the new year", unitOf(gSeason, z), "2023-WI", "2023-12-01", "2024-02-29"},
		{"quarter", unitOf(gQuarter, z), "2024-Q1", "2024-01-01", "2024-03-31"},
		{"half", unitOf(gHalf, z), "2024-H1", "2024-01-01", "2024-06-30"},
		{"year", unitOf(gYear, z), "2024", "2024-01-01", "2024-12-31"},
		{"decade", unitOf(gDecade, z), "202", "2020-01-01", "2029-12-31"},
		{"century", unitOf(gCentury, z), "20", "2000-01-01", "2099-12-31"},
		{"week 1 of an ISO year that starts in December", unitOf(gWeek, dayNumber(2024, 12, 30)), "2025-W01", "2024-12-30", "2025-01-05"},
		{"last month shifted", unitOf(gMonth, z).shift(-1), "2023-12", "2023-12-01", "2023-12-31"},
		{"quarter a year back", unitOf(gQuarter, z).shift(-4), "2023-Q1", "2023-01-01", "2023-03-31"},
		{"summer", unitOf(gSeason, dayNumber(2024, 7, 4)), "2024-SU", "2024-06-01", "2024-08-31"},
		{"time", span{g: gTime, first: z, hour: 15, min: 5}, "2024-01-10T15:05", "2024-01-10", "2024-01-10"},
		{"night", span{g: gTime, first: z, hour: -1, pod: podNight}, "2024-01-10TNI", "2024-01-10", "2024-01-10"},
		{"year before 1000", unitOf(gYear, dayNumber(476, 6, 1)), "0476", "0476-01-01", "0476-12-31"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := tt.s.iso(); got != tt.iso {
				t.Errorf("iso = %q, want %q", got, tt.iso)
			}
			if got := isoDay(tt.s.first); got != tt.min {
				t.Errorf("first = %s, want %s", got, tt.min)
			}
			if got := isoDay(tt.s.last()); got != tt.max {
				t.Errorf("last = %s, want %s", got, tt.max)
			}
		})
	}
}

func TestHolidays(t *testing.T) {
	byName := func(name string) holiday {
		for _, h := range holidays {
			if h.names[0][0] == name || len(h.names[0]) > 1 && h.names[0][0]+" "+h.names[0][1] == name {
				return h
			}
		}
		t.Fatalf("no holiday %q", name)
		return holiday{}
	}
	tests := []struct {
		name string
		year int
		want string
	}{
		{"easter", 2000, "2000-04-23"},
		{"easter", 2024, "2024-03-31"},
		{"easter", 2025, "2025-04-20"},
		{"good friday", 2024, "2024-03-29"},
		{"thanksgiving", 2023, "2023-11-23"},
		{"black friday", 2023, "2023-11-24"},
		{"black friday", 2024, "2024-11-29"},
		{"cyber monday", 2024, "2024-12-02"},
		{"mardi gras", 2024, "2024-02-13"},
		{"ides of", 2024, "2024-03-15"},
		{"mardi gras", 2025, "2025-03-04"},
		{"memorial day", 2024, "2024-05-27"},
		{"labor day", 2024, "2024-09-02"},
		{"election day", 2024, "2024-11-05"},
		{"election day", 2022, "2022-11-08"},
		{"christmas", 2023, "2023-12-25"},
		{"martin luther", 2024, "2024-01-15"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := isoDay(byName(tt.name).date(tt.year)); got != tt.want {
				t.Errorf("%s %d = %s, want %s", tt.name, tt.year, got, tt.want)
			}
		})
	}
}

func TestHullISO(t *testing.T) {
	tests := []struct {
		name   string
		lo, hi int
		want   string
	}{
		{"one day", dayNumber(2024, 1, 5), dayNumber(2024, 1, 5), "2024-01-05"},
		{"a whole month", dayNumber(2024, 1, 1), dayNumber(2024, 1, 31), "2024-01"},
		{"a whole year", dayNumber(2023, 1, 1), dayNumber(2023, 12, 31), "2023"},
		{"a range", dayNumber(2023, 12, 29), dayNumber(2024, 1, 26), "2023-12-29/2024-01-26"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got, _ := hullISO(tt.lo, tt.hi); got != tt.want {
				t.Errorf("hullISO = %q, want %q", got, tt.want)
			}
		})
	}
}
