r"""ASTM E1381 (CLSI LIS1-A) low-level framing for Haemolink instrument drivers.

A message (LIS2-A2 records joined by CR) is split into frames of at most 240 text
characters. Intermediate frames end with ETB, the last with ETX.  Each frame is

    <STX> FN text <ETB|ETX> C1 C2 <CR> <LF>

where FN is the frame number (1..7, then 0) and C1C2 the checksum: the sum of all
bytes from FN up to and including ETB/ETX, modulo 256, as two uppercase hex digits.

>>> checksum(b"1H|\\^&|||IH-500^5.2.0|||||||P|LIS2-A2\r\x03")
'E7'
>>> [f.number for f in split_message("H|\\^&\rL|1|N")]
[1]
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Iterator, List

ENQ, ACK, NAK, EOT = b"\x05", b"\x06", b"\x15", b"\x04"
STX, ETX, ETB = b"\x02", b"\x03", b"\x17"
CR, LF = b"\r", b"\n"

MAX_TEXT = 240          # LIS1-A 8.3.1: 247 incl. STX, FN, ETX, C1, C2, CR, LF
MAX_RETRANSMIT = 6      # LIS1-A 8.5.1 (retransmission)
T_ESTABLISH_S = 15.0
T_FRAME_ACK_S = 15.0
T_RECEIVER_S = 30.0


class ChecksumError(ValueError):
    def __init__(self, frame_no: int, expected: str, got: str):
        super().__init__(f"frame {frame_no}: checksum expected {expected}, got {got}")
        self.frame_no, self.expected, self.got = frame_no, expected, got


@dataclass(frozen=True)
class Frame:
    number: int
    text: bytes
    final: bool

    def encode(self) -> bytes:
        end = ETX if self.final else ETB
        body = str(self.number).encode() + self.text + end
        return STX + body + checksum(body).encode() + CR + LF


def checksum(body: bytes) -> str:
    """Modulo-256 sum of FN..ETX/ETB as two uppercase hex digits."""
    return "%02X" % (sum(body) & 0xFF)


def split_message(message: str, encoding: str = "latin-1") -> List[Frame]:
    data = message.encode(encoding)
    if not data.endswith(CR):
        data += CR
    chunks = [data[i:i + MAX_TEXT] for i in range(0, len(data), MAX_TEXT)] or [b""]
    return [Frame(number=(i + 1) % 8, text=c, final=(i == len(chunks) - 1)) for i, c in enumerate(chunks)]


def parse_frame(raw: bytes, expected_no: int) -> Frame:
    if not raw.startswith(STX) or not raw.endswith(CR + LF):
        raise ValueError("not a frame: %r" % raw[:16])
    end_pos = max(raw.rfind(ETX), raw.rfind(ETB))
    if end_pos < 0:
        raise ValueError("frame without ETX/ETB")
    body = raw[1:end_pos + 1]
    got = raw[end_pos + 1:end_pos + 3].decode("ascii", "replace")
    exp = checksum(body)
    number = int(body[:1])
    if got.upper() != exp:
        raise ChecksumError(number, exp, got)
    if number != expected_no:
        # LIS1-A: a repeated frame number means the ACK was lost -> accept, but do not append twice
        raise ValueError(f"frame number {number}, expected {expected_no}")
    return Frame(number=number, text=body[1:-1], final=raw[end_pos:end_pos + 1] == ETX)


def join_frames(frames: Iterator[Frame], encoding: str = "latin-1") -> List[str]:
    """Rebuild records (split on CR) from a sequence of frames."""
    buf = b"".join(f.text for f in frames)
    return [r for r in buf.decode(encoding).split("\r") if r]


if __name__ == "__main__":  # quick self-test: python -m haemolink.astm.framing
    msg = "H|\\^&|||IH-500^5.2.0^R5-204417|||||||P|LIS2-A2|20250203091402\rL|1|N"
    for fr in split_message(msg):
        print(fr.encode())
