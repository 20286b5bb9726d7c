/*
   Tidemark MSSP - detection content, TLP:GREEN
   Author: TM-TI (internal handle ti-rk)
   Reference samples:
     0c16d9df88aeaf7008d77f9aaea1939ed441c53b49c2f446aa46499b8276b61b  Invoice_INV-88213.scr
     92872bf7d8c6bd59789e1b51e60aee57a3db442bb46f8224229e29197e6ee817  payload (unpacked, .NET)
*/
import "pe"
import "hash"

rule TM_Lumma_Loader_InvoiceLure_Dec2026
{
    meta:
        description = "Lumma loader delivered via invoice HTML smuggling, Dec 2026 wave"
        date = "2026-12-06"
        version = "1.2"
        tlp = "TLP:GREEN"
        hash1 = "0c16d9df88aeaf7008d77f9aaea1939ed441c53b49c2f446aa46499b8276b61b"
        hash2 = "92872bf7d8c6bd59789e1b51e60aee57a3db442bb46f8224229e29197e6ee817"
        mitre = "T1027.006, T1204.002"
        reference = "hxxps://brightwell-supply-docs[.]com/inv/ (landing, defanged)"
    strings:
        $s1 = "cdn-telemetry-update.com" ascii wide
        $s2 = "steamcommunity-profile-cdn.net" ascii wide
        $s3 = "/c/api.php?act=recv_message" ascii
        $s4 = "LID=%s&j=%s&ver=4.0" ascii
        $x1 = { 02 3B E2 A5 55 A4 0C 70 E2 0C 18 DA 79 9D 59 24 A4 E4 }
        $x2 = { 8B 45 ?? 33 C9 8A 0C 10 [2-6] 80 F1 ?? 88 0C 10 40 3B C6 72 ?? }
    condition:
        uint16(0) == 0x5A4D and filesize < 2MB and
        pe.imphash() == "1e446a0cceec4a1b67db466186ad9415" and
        ( 2 of ($s*) or all of ($x*) )
}

rule TM_HTML_Smuggling_Blob_Invoice
{
    meta:
        description = "HTML attachment that rebuilds a PE/ZIP from a base64 blob via Blob + msSaveOrOpenBlob"
        date = "2026-12-06"
        version = "1.0"
    strings:
        $a1 = "window.navigator.msSaveOrOpenBlob" ascii
        $a2 = "new Blob([" ascii
        $a3 = "atob(" ascii
        $b1 = "TVqQAAMAAAAEAAAA" ascii   // base64 of the MZ header
        $b2 = "UEsDBBQAAAAIA" ascii      // base64 of a ZIP local file header
    condition:
        filesize < 3MB and all of ($a*) and 1 of ($b*)
}

rule TM_CobaltStrike_DefaultCert_Serial
{
    meta:
        description = "Team server using the cloned outlook.live.com certificate seen on cm-edge01"
        serial = "25:D9:E6:4D:E0:34:06:49"
        sha1 = "8e1b863b3b92fd57a7e3085c30dda14e002f2310"
    condition:
        false  // network-only indicator, kept for documentation
}
