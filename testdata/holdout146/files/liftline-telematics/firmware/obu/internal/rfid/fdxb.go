// Package rfid decodes bin-tag reads reported by the OBU-4 reader board.
//
// Two tag families are fitted to wheeled bins in our markets:
//   - 134.2 kHz FDX-B transponders (ISO 11784/11785), common on UK, Irish and
//     French bins, reported by the reader as the raw 64-bit identification
//     block plus the CRC it received;
//   - UHF EPC Gen2 tags (96-bit EPC), common on Dutch and Japanese contracts.
//
// The reader firmware (>= 4.3.0) sends frames like
//
//	FDXB;8000F9C0641B6A12;4F1D;-61
//	EPC;E2801170200012A4B3C91F07;-48
//
// where the third field is the CRC (FDX-B) and the last one the RSSI in dBm.
package rfid

import (
	"encoding/hex"
	"errors"
	"fmt"
	"strconv"
	"strings"
)

// ErrFrame is returned for frames that do not parse.
var ErrFrame = errors.New("rfid: malformed frame")

// ErrCRC is returned when the FDX-B CRC does not match the identification block.
var ErrCRC = errors.New("rfid: crc mismatch")

// Tag is a decoded bin tag.
type Tag struct {
	Family   string // "FDXB" or "EPC"
	Country  uint16 // ISO 3166 numeric or manufacturer code (900-998), FDX-B only
	National uint64 // 38-bit national identification code, FDX-B only
	EPC      string // upper-case hex, EPC only
	RSSI     int
}

// String renders the tag the way council back-office systems expect it:
// FDX-B as "CCC NNNNNNNNNNNN" (country, space, 12-digit national code),
// EPC as plain hex.
func (t Tag) String() string {
	if t.Family == "FDXB" {
		return fmt.Sprintf("%03d %012d", t.Country, t.National)
	}
	return t.EPC
}

// crc16Kermit is the CRC-CCITT variant used by ISO 11785 (poly 0x1021,
// reflected, init 0x0000).
func crc16Kermit(b []byte) uint16 {
	var crc uint16
	for _, c := range b {
		crc ^= uint16(c)
		for i := 0; i < 8; i++ {
			if crc&1 != 0 {
				crc = (crc >> 1) ^ 0x8408
			} else {
				crc >>= 1
			}
		}
	}
	return crc
}

// decodeFDXB splits the 64-bit identification block (LSB first on air,
// already re-ordered by the reader) into country and national code.
func decodeFDXB(block []byte, crc uint16) (Tag, error) {
	if len(block) != 8 {
		return Tag{}, ErrFrame
	}
	if got := crc16Kermit(block); got != crc {
		return Tag{}, fmt.Errorf("%w: got %04X want %04X", ErrCRC, got, crc)
	}
	var v uint64
	for i := 7; i >= 0; i-- {
		v = v<<8 | uint64(block[i])
	}
	national := v & (1<<38 - 1)
	country := uint16((v >> 38) & 0x3FF)
	return Tag{Family: "FDXB", Country: country, National: national}, nil
}

// Parse decodes one reader frame.
func Parse(frame string) (Tag, error) {
	parts := strings.Split(strings.TrimSpace(frame), ";")
	switch {
	case len(parts) == 4 && parts[0] == "FDXB":
		block, err := hex.DecodeString(parts[1])
		if err != nil {
			return Tag{}, ErrFrame
		}
		crc, err := strconv.ParseUint(parts[2], 16, 16)
		if err != nil {
			return Tag{}, ErrFrame
		}
		t, err := decodeFDXB(block, uint16(crc))
		if err != nil {
			return Tag{}, err
		}
		t.RSSI, _ = strconv.Atoi(parts[3])
		return t, nil
	case len(parts) == 3 && parts[0] == "EPC":
		epc := strings.ToUpper(parts[1])
		if len(epc) != 24 {
			return Tag{}, ErrFrame
		}
		if _, err := hex.DecodeString(epc); err != nil {
			return Tag{}, ErrFrame
		}
		rssi, _ := strconv.Atoi(parts[2])
		return Tag{Family: "EPC", EPC: epc, RSSI: rssi}, nil
	}
	return Tag{}, ErrFrame
}
