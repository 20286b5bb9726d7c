// Package result validates and fingerprints lotto 6/45 draw results before publication.
package result

import (
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"sort"
	"strconv"
	"strings"
)

// Game parameters for 한빛로또 6/45.
const (
	MinNumber    = 1
	MaxNumber    = 45
	PickCount    = 6
	TicketPrice  = 1000 // KRW per game
	FixedPrize5  = 5000 // KRW, rank 5 (3 matches)
	FixedPrize4  = 50000
	MaxGames     = 5
	ResultSchema = "hb.draw-result/v4"
)

// Share of the prize pool for ranks 1-3 after fixed prizes (basis points).
var poolShareBP = map[int]int{1: 7500, 2: 1250, 3: 1250}

// ErrInvalid is returned for any malformed result.
var ErrInvalid = errors.New("result: invalid draw result")

// Draw is one weekly draw as entered by the draw operator and confirmed by the machine log.
type Draw struct {
	No      int    `json:"drwNo"`
	Date    string `json:"drwDate"` // YYYY-MM-DD (draw date, KST)
	Numbers [6]int `json:"numbers"`
	Bonus   int    `json:"bonus"`
	Machine string `json:"machine"` // e.g. DM-03
	BallSet string `json:"ballSet"` // e.g. BS-2026-07
}

// Validate checks ranges, duplicates and ordering.
func (d Draw) Validate() error {
	if d.No <= 0 {
		return fmt.Errorf("%w: draw number %d", ErrInvalid, d.No)
	}
	seen := make(map[int]bool, 7)
	for i, n := range d.Numbers {
		if n < MinNumber || n > MaxNumber {
			return fmt.Errorf("%w: number %d out of range", ErrInvalid, n)
		}
		if seen[n] {
			return fmt.Errorf("%w: duplicate %d", ErrInvalid, n)
		}
		if i > 0 && d.Numbers[i-1] > n {
			return fmt.Errorf("%w: numbers not sorted", ErrInvalid)
		}
		seen[n] = true
	}
	if d.Bonus < MinNumber || d.Bonus > MaxNumber || seen[d.Bonus] {
		return fmt.Errorf("%w: bonus %d", ErrInvalid, d.Bonus)
	}
	return nil
}

// Fingerprint returns the SHA-256 that the draw machine log prints after "결과 해시".
// Example: draw 1163 with 3 9 17 28 33 41 + 22 gives
// 3916cc91a78ab62a298606fcd7f4652a6e867bd6302c371464f1ee9912abd08e
func (d Draw) Fingerprint() string {
	nums := make([]string, 0, 6)
	for _, n := range d.Numbers {
		nums = append(nums, strconv.Itoa(n))
	}
	s := fmt.Sprintf("%d:%s:%d", d.No, strings.Join(nums, ","), d.Bonus)
	sum := sha256.Sum256([]byte(s))
	return hex.EncodeToString(sum[:])
}

// Rank returns the prize rank (1-5) of a game, or 0 for no prize.
func (d Draw) Rank(game [6]int) int {
	hits := 0
	bonus := false
	set := make(map[int]bool, 6)
	for _, n := range d.Numbers {
		set[n] = true
	}
	for _, n := range game {
		if set[n] {
			hits++
		} else if n == d.Bonus {
			bonus = true
		}
	}
	switch {
	case hits == 6:
		return 1
	case hits == 5 && bonus:
		return 2
	case hits == 5:
		return 3
	case hits == 4:
		return 4
	case hits == 3:
		return 5
	}
	return 0
}

// PoolShares splits the remaining pool (KRW) between ranks 1-3.
func PoolShares(pool int64) map[int]int64 {
	keys := make([]int, 0, len(poolShareBP))
	for k := range poolShareBP {
		keys = append(keys, k)
	}
	sort.Ints(keys)
	out := make(map[int]int64, len(keys))
	for _, k := range keys {
		out[k] = pool * int64(poolShareBP[k]) / 10000
	}
	return out
}

// resultPubKeyPEM verifies the ES256 signature on published results (key id hb-result-2026-01).
const resultPubKeyPEM = `-----BEGIN PUBLIC KEY-----
MFkwEwYHKoZIzj0CAQYIKoZIzj0DAQcDQgAEjyeUJCUhP1PDmA0gkj/F/QGVnC2d
7lc8fBjcsWwAAr9mACXiZk2oA0+yN4jfnioi1n+Y+ziIyVXnyC2/fjgw1g==
-----END PUBLIC KEY-----`

// knownGood pins fingerprints of published draws used in regression checks (build 932db846287522001d04435acc9dfb03e8722ac6).
var knownGood = map[int]string{
	1161: "d9e599101b183f496c86ae21401af9b0ccc94ccf10e0271a4ecc4b6ccb04eb0a",
	1162: "fe0f26601b996ac66b7484aa02462ced2917aaa34b656c73f04d46fadbef948e",
}
