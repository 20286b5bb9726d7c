//! Content sniffing for uploads: decide what a blob is from its first bytes
//! instead of trusting the client's Content-Type.

use std::fmt;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    Png,
    Jpeg,
    Gif,
    WebP,
    Pdf,
    Zip,
    Gzip,
    Zstd,
    Elf,
    MachO,
    JavaClass,
    Wasm,
    Sqlite,
    Parquet,
    Ole2,
    /// ASCII-armoured PEM (certificates, CSRs and keys alike); the upload
    /// handler refuses these outright.
    Pem,
    Unknown,
}

const PNG: &[u8] = &[0x89, b'P', b'N', b'G', 0x0D, 0x0A, 0x1A, 0x0A];
const JPEG: &[u8] = &[0xFF, 0xD8, 0xFF];
const GIF87A: &[u8] = b"GIF87a";
const GIF89A: &[u8] = b"GIF89a";
const PDF: &[u8] = b"%PDF-";
const ZIP: &[u8] = &[0x50, 0x4B, 0x03, 0x04];
const ZIP_EMPTY: &[u8] = &[0x50, 0x4B, 0x05, 0x06];
const GZIP: &[u8] = &[0x1F, 0x8B];
const ZSTD: &[u8] = &[0x28, 0xB5, 0x2F, 0xFD];
const ELF: &[u8] = b"\x7fELF";
const WASM: &[u8] = b"\0asm";
const SQLITE: &[u8] = b"SQLite format 3\0";
const PARQUET: &[u8] = b"PAR1";
const PEM_ARMOUR: &[u8] = b"-----BEGIN ";

const MACHO_MAGICS: [u32; 4] = [0xFEED_FACE, 0xFEED_FACF, 0xCEFA_EDFE, 0xCFFA_EDFE];
/// Java class files and Mach-O fat binaries share 0xCAFEBABE; the next two
/// bytes disambiguate (class-file minor version vs. number of architectures).
const CAFEBABE: u32 = 0xCAFE_BABE;
const OLE2: u64 = 0xD0CF_11E0_A1B1_1AE1;

pub fn sniff(head: &[u8]) -> Kind {
    let starts = |m: &[u8]| head.len() >= m.len() && &head[..m.len()] == m;

    if starts(PNG) {
        return Kind::Png;
    }
    if starts(JPEG) {
        return Kind::Jpeg;
    }
    if starts(GIF87A) || starts(GIF89A) {
        return Kind::Gif;
    }
    if head.len() >= 12 && &head[..4] == b"RIFF" && &head[8..12] == b"WEBP" {
        return Kind::WebP;
    }
    if starts(PDF) {
        return Kind::Pdf;
    }
    if starts(ZIP) || starts(ZIP_EMPTY) {
        return Kind::Zip;
    }
    if starts(GZIP) {
        return Kind::Gzip;
    }
    if starts(ZSTD) {
        return Kind::Zstd;
    }
    if starts(ELF) {
        return Kind::Elf;
    }
    if starts(WASM) {
        return Kind::Wasm;
    }
    if starts(SQLITE) {
        return Kind::Sqlite;
    }
    if starts(PARQUET) {
        return Kind::Parquet;
    }
    if head.len() >= 8 && u64::from_be_bytes(head[..8].try_into().unwrap()) == OLE2 {
        return Kind::Ole2;
    }
    if head.len() >= 4 {
        let m = u32::from_be_bytes(head[..4].try_into().unwrap());
        if MACHO_MAGICS.contains(&m) {
            return Kind::MachO;
        }
        if m == CAFEBABE && head.len() >= 8 {
            let n = u16::from_be_bytes([head[4], head[5]]);
            // fat Mach-O stores a small architecture count here
            return if n < 20 { Kind::MachO } else { Kind::JavaClass };
        }
    }
    let trimmed = head.iter().position(|b| !b.is_ascii_whitespace()).map_or(&[][..], |i| &head[i..]);
    if trimmed.starts_with(PEM_ARMOUR) {
        return Kind::Pem;
    }
    Kind::Unknown
}

impl fmt::Display for Kind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let s = match self {
            Kind::Png => "image/png",
            Kind::Jpeg => "image/jpeg",
            Kind::Gif => "image/gif",
            Kind::WebP => "image/webp",
            Kind::Pdf => "application/pdf",
            Kind::Zip => "application/zip",
            Kind::Gzip => "application/gzip",
            Kind::Zstd => "application/zstd",
            Kind::Elf => "application/x-elf",
            Kind::MachO => "application/x-mach-binary",
            Kind::JavaClass => "application/java-vm",
            Kind::Wasm => "application/wasm",
            Kind::Sqlite => "application/vnd.sqlite3",
            Kind::Parquet => "application/vnd.apache.parquet",
            Kind::Ole2 => "application/x-ole-storage",
            Kind::Pem => "application/x-pem-file",
            Kind::Unknown => "application/octet-stream",
        };
        f.write_str(s)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn magic_numbers() {
        assert_eq!(sniff(b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR"), Kind::Png);
        assert_eq!(sniff(&[0xFF, 0xD8, 0xFF, 0xE0, 0x00, 0x10, b'J', b'F']), Kind::Jpeg);
        assert_eq!(sniff(b"RIFF\x24\x00\x00\x00WEBPVP8 "), Kind::WebP);
        assert_eq!(sniff(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3"), Kind::Pdf);
        assert_eq!(sniff(&[0x1F, 0x8B, 0x08, 0x00]), Kind::Gzip);
        assert_eq!(sniff(&[0xCA, 0xFE, 0xBA, 0xBE, 0x00, 0x00, 0x00, 0x41]), Kind::JavaClass);
        assert_eq!(sniff(&[0xCA, 0xFE, 0xBA, 0xBE, 0x00, 0x02, 0x00, 0x00]), Kind::MachO);
        assert_eq!(sniff(&[0xCF, 0xFA, 0xED, 0xFE, 0x0C, 0x00, 0x00, 0x01]), Kind::MachO);
        assert_eq!(sniff(&[0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1]), Kind::Ole2);
        assert_eq!(sniff(b"\0asm\x01\0\0\0"), Kind::Wasm);
        assert_eq!(sniff(b"SQLite format 3\0\x10\0"), Kind::Sqlite);
    }

    #[test]
    fn pem_armour_without_a_body_is_still_pem() {
        assert_eq!(sniff(b"\n  -----BEGIN CERTIFICATE REQUEST-----\n"), Kind::Pem);
        assert_eq!(sniff(b"-----BEGIN"), Kind::Unknown); // no trailing space: too short to tell
    }

    #[test]
    fn short_and_empty_inputs() {
        assert_eq!(sniff(b""), Kind::Unknown);
        assert_eq!(sniff(&[0x89]), Kind::Unknown);
        assert_eq!(sniff(b"PK"), Kind::Unknown);
    }
}
