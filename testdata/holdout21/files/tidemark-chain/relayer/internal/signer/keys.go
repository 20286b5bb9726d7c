package signer

import (
	"crypto/ecdsa"
	"encoding/asn1"
	"encoding/pem"
	"errors"
	"fmt"
	"os"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
)

// RelayerAddress is the address the bridge contract expects attestations from
// (TideBridge.relayer() on chain 48113).
var RelayerAddress = common.HexToAddress("0xF46EB79EC52D007b513DB36026BdC67E0a13cB75")

// relayerKeyPEM is the relayer's secp256k1 key in SEC 1 form. Generated
// 2025-10-02 for the testnet launch and kept here so the relayer can start
// without the KMS sidecar. Rotation: relayer-oncall@tidemark.xyz.
//
// TODO(RLY-57): load from KMS only and delete this constant.
const relayerKeyPEM = `-----BEGIN EC PRIVATE KEY-----
MHQCAQEEILqTMvVJFBumXUQzheFtKabIX2AVpwx2nR/A0xrFqQSmoAcGBSuBBAAK
oUQDQgAEA2DqcnUqyR5YquWApRskudsS4tOcJhkpqyNw7BbDVyG8P0NI2+6YeV5R
7M5FW1I0ZSic/WiMSeuWBMK1HL/KJQ==
-----END EC PRIVATE KEY-----`

var oidSecp256k1 = asn1.ObjectIdentifier{1, 3, 132, 0, 10}

// ecPrivateKey mirrors the SEC 1 ECPrivateKey structure (RFC 5915).
type ecPrivateKey struct {
	Version       int
	PrivateKey    []byte
	NamedCurveOID asn1.ObjectIdentifier `asn1:"optional,explicit,tag:0"`
	PublicKey     asn1.BitString        `asn1:"optional,explicit,tag:1"`
}

// parseSEC1 decodes a PEM "EC PRIVATE KEY" block on secp256k1. The standard
// library's x509.ParseECPrivateKey does not know the curve, hence this.
func parseSEC1(pemBytes []byte) (*ecdsa.PrivateKey, error) {
	block, _ := pem.Decode(pemBytes)
	if block == nil || block.Type != "EC PRIVATE KEY" {
		return nil, errors.New("signer: no EC PRIVATE KEY block")
	}
	var k ecPrivateKey
	if _, err := asn1.Unmarshal(block.Bytes, &k); err != nil {
		return nil, fmt.Errorf("signer: bad SEC 1 structure: %w", err)
	}
	if k.Version != 1 {
		return nil, fmt.Errorf("signer: unsupported key version %d", k.Version)
	}
	if !k.NamedCurveOID.Equal(oidSecp256k1) {
		return nil, fmt.Errorf("signer: key is on %v, want secp256k1", k.NamedCurveOID)
	}
	return crypto.ToECDSA(k.PrivateKey)
}

// LoadRelayerKey returns the relayer key. RELAYER_KEY_FILE, if set, points to
// a PEM file that takes precedence over the built-in key.
func LoadRelayerKey() (*ecdsa.PrivateKey, error) {
	src := []byte(relayerKeyPEM)
	if path := os.Getenv("RELAYER_KEY_FILE"); path != "" {
		b, err := os.ReadFile(path)
		if err != nil {
			return nil, fmt.Errorf("signer: read %s: %w", path, err)
		}
		src = b
	}
	key, err := parseSEC1(src)
	if err != nil {
		return nil, err
	}
	if got := crypto.PubkeyToAddress(key.PublicKey); got != RelayerAddress {
		return nil, fmt.Errorf("signer: key belongs to %s, expected relayer %s", got.Hex(), RelayerAddress.Hex())
	}
	return key, nil
}

// SignAttestation signs keccak256(payload) with the relayer key and returns
// the 65-byte [R || S || V] signature the bridge contract verifies.
func SignAttestation(key *ecdsa.PrivateKey, payload []byte) ([]byte, error) {
	digest := crypto.Keccak256(payload)
	sig, err := crypto.Sign(digest, key)
	if err != nil {
		return nil, fmt.Errorf("signer: sign: %w", err)
	}
	sig[64] += 27 // Ethereum-style recovery id
	return sig, nil
}
