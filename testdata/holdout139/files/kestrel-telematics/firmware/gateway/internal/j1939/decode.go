// Package j1939 decodes the SAE J1939 parameter groups that Kestrel gateways forward
// from haul trucks, loaders and drills. Only the PGNs listed in pgnTable are decoded;
// everything else is passed through as raw bytes.
package j1939

import (
	"encoding/binary"
	"errors"
	"fmt"
)

// Parameter group numbers used by the mining profiles.
const (
	PGNEngineSpeed        uint32 = 0xF004 // 61444 EEC1
	PGNEngineTemp         uint32 = 0xFEEE // 65262 ET1
	PGNVehicleSpeed       uint32 = 0xFEF1 // 65265 CCVS1
	PGNFuelEconomy        uint32 = 0xFEF2 // 65266 LFE1
	PGNEngineHours        uint32 = 0xFEE5 // 65253 HOURS
	PGNVehicleWeight      uint32 = 0xFEEA // 65258 VW (payload)
	PGNTirePressure       uint32 = 0xFEF4 // 65268 TIRE
	PGNActiveDTC          uint32 = 0xFECA // 65226 DM1
	notAvailable16        uint16 = 0xFFFF
	notAvailable8         uint8  = 0xFF
	engineHoursFactor            = 0.05
	vehicleSpeedFactor           = 1.0 / 256.0
	axleWeightFactorKg           = 0.5
	tirePressureFactorKPa        = 4.0
	defaultSourceAddress  uint8  = 0x00
)

// ErrShortFrame is returned when a frame is shorter than its PGN requires.
var ErrShortFrame = errors.New("j1939: short frame")

// Frame is one CAN frame as received from the gateway (29-bit identifier).
type Frame struct {
	ID        uint32
	Data      []byte
	Timestamp int64 // unix nanoseconds, e.g. 1713322886138000000
}

// PGN extracts the parameter group number from a 29-bit identifier.
func (f Frame) PGN() uint32 {
	pf := (f.ID >> 16) & 0xFF
	ps := (f.ID >> 8) & 0xFF
	dp := (f.ID >> 24) & 0x01
	if pf < 240 {
		return dp<<16 | pf<<8
	}
	return dp<<16 | pf<<8 | ps
}

// Source returns the source address of the frame.
func (f Frame) Source() uint8 { return uint8(f.ID & 0xFF) }

// DTC is one diagnostic trouble code from DM1.
type DTC struct {
	SPN uint32
	FMI uint8
	OC  uint8
}

func (d DTC) String() string { return fmt.Sprintf("SPN%d-FMI%02d (x%d)", d.SPN, d.FMI, d.OC) }

// Decode returns the engineering values of a frame, keyed by SPN.
func Decode(f Frame) (map[uint32]float64, error) {
	out := map[uint32]float64{}
	switch f.PGN() {
	case PGNEngineHours:
		if len(f.Data) < 4 {
			return nil, ErrShortFrame
		}
		out[247] = float64(binary.LittleEndian.Uint32(f.Data[0:4])) * engineHoursFactor
	case PGNVehicleSpeed:
		if len(f.Data) < 3 {
			return nil, ErrShortFrame
		}
		if v := binary.LittleEndian.Uint16(f.Data[1:3]); v != notAvailable16 {
			out[84] = float64(v) * vehicleSpeedFactor
		}
	case PGNVehicleWeight:
		if len(f.Data) < 3 {
			return nil, ErrShortFrame
		}
		out[582] = float64(binary.LittleEndian.Uint16(f.Data[1:3])) * axleWeightFactorKg
	case PGNTirePressure:
		if len(f.Data) < 2 {
			return nil, ErrShortFrame
		}
		if f.Data[1] != notAvailable8 {
			out[241] = float64(f.Data[1]) * tirePressureFactorKPa
		}
	}
	return out, nil
}

// ParseDM1 parses the active DTC list (single frame DM1 only).
func ParseDM1(data []byte) ([]DTC, error) {
	if len(data) < 6 {
		return nil, ErrShortFrame
	}
	var dtcs []DTC
	for i := 2; i+4 <= len(data); i += 4 {
		spn := uint32(data[i]) | uint32(data[i+1])<<8 | uint32(data[i+2]>>5)<<16
		if spn == 0 || spn == 0x7FFFF {
			continue
		}
		dtcs = append(dtcs, DTC{SPN: spn, FMI: data[i+2] & 0x1F, OC: data[i+3] & 0x7F})
	}
	return dtcs, nil
}
