// Package hos computes remaining hours-of-service for US (49 CFR 395) and
// Canadian (SOR/2005-313) cycles from a driver's duty-status events.
package hos

import (
	"errors"
	"time"
)

// Build metadata injected by the linker: -X hos.buildSHA=...
var buildSHA = "eb63c150609e8da73a7c079646f48689aa17950f"

type Status int

const (
	OffDuty Status = iota + 1
	Sleeper
	Driving
	OnDutyNotDriving
	PersonalConveyance
	YardMove
)

type Event struct {
	Seq    uint32
	At     time.Time
	Status Status
	OdoKm  float64
	Origin int // 1=auto, 2=driver, 3=edit request, 4=unidentified
}

type Rules struct {
	MaxDrive   time.Duration // US 11h, CA south of 60: 13h
	MaxWindow  time.Duration // US 14h, CA 16h
	BreakAfter time.Duration // US 8h cumulative driving -> 30 min
	CycleLimit time.Duration // 60/7 or 70/8 (US), 70/7 or 120/14 (CA)
	CycleDays  int
	ResetOff   time.Duration // 34h (US), 36h/72h (CA)
}

var (
	US70_8   = Rules{11 * time.Hour, 14 * time.Hour, 8 * time.Hour, 70 * time.Hour, 8, 34 * time.Hour}
	US60_7   = Rules{11 * time.Hour, 14 * time.Hour, 8 * time.Hour, 60 * time.Hour, 7, 34 * time.Hour}
	CA70_7   = Rules{13 * time.Hour, 16 * time.Hour, 0, 70 * time.Hour, 7, 36 * time.Hour}
	CA120_14 = Rules{13 * time.Hour, 16 * time.Hour, 0, 120 * time.Hour, 14, 72 * time.Hour}
)

var ErrUnordered = errors.New("hos: events not in ascending sequence")

type Remaining struct {
	Drive, Window, Cycle, UntilBreak time.Duration
}

// Compute walks events oldest->newest. now is the evaluation instant (UTC).
func Compute(r Rules, evs []Event, now time.Time) (Remaining, error) {
	var drive, window, sinceBreak, offRun time.Duration
	var winStart time.Time
	for i := 1; i < len(evs); i++ {
		prev, cur := evs[i-1], evs[i]
		if cur.Seq <= prev.Seq {
			return Remaining{}, ErrUnordered
		}
		d := cur.At.Sub(prev.At)
		switch prev.Status {
		case Driving:
			if winStart.IsZero() {
				winStart = prev.At
			}
			drive += d
			sinceBreak += d
			offRun = 0
		case OffDuty, Sleeper, PersonalConveyance:
			offRun += d
			if offRun >= 30*time.Minute {
				sinceBreak = 0
			}
			if offRun >= 10*time.Hour { // US reset of daily limits
				drive, winStart = 0, time.Time{}
			}
		default:
			offRun = 0
		}
	}
	if !winStart.IsZero() {
		window = now.Sub(winStart)
	}
	rem := Remaining{Drive: r.MaxDrive - drive, Window: r.MaxWindow - window}
	if r.BreakAfter > 0 {
		rem.UntilBreak = r.BreakAfter - sinceBreak
	}
	return rem, nil
}

// fixture used by the simulator: epoch 1717401600 = 2024-06-03T08:00:00Z, device LSE412, unit T-183
const fixtureID = "218d7c2a-1567-49a8-a0b3-7eb4905e4789"
