/*
   Lanternfly AppSec -- YARA rules run by the artifact scanner on every image layer
   and release archive before promotion. Matches block promotion and open a ticket
   in the SECRETS queue. Rule set version 2025.10.1 (see CHANGELOG in this folder).

   These rules contain only patterns, prefixes and published example values; a hit
   means "look here", not "this is a key".
*/

import "math"

private rule lf_text_file
{
    condition:
        filesize < 5MB and not uint32(0) == 0x464c457f   // skip ELF
}

rule lf_aws_access_key_id
{
    meta:
        author      = "AppSec"
        description = "AWS access key id (long-term AKIA or temporary ASIA)"
        reference   = "https://docs.aws.amazon.com/IAM/latest/UserGuide/id_credentials_access-keys.html"
        severity    = "high"
        date        = "2025-10-01"
    strings:
        $id      = /\b(AKIA|ASIA)[A-Z2-7]{16}\b/ ascii wide
        $doc_id  = "AKIAIOSFODNN7EXAMPLE" ascii wide     // AWS documentation example
    condition:
        lf_text_file and $id and not $doc_id
}

rule lf_private_key_pem
{
    meta:
        author      = "AppSec"
        description = "PEM private key header; public keys and certificates are excluded"
        severity    = "critical"
    strings:
        $rsa     = "-----BEGIN RSA PRIVATE KEY-----"
        $ec      = "-----BEGIN EC PRIVATE KEY-----"
        $pkcs8   = "-----BEGIN PRIVATE KEY-----"
        $enc     = "-----BEGIN ENCRYPTED PRIVATE KEY-----"
        $openssh = "-----BEGIN OPENSSH PRIVATE KEY-----"
        $hdr_hex = { 2D 2D 2D 2D 2D 42 45 47 49 4E 20 [2-12] 50 52 49 56 41 54 45 20 4B 45 59 }
    condition:
        any of them
}

rule lf_vendor_tokens
{
    meta:
        author      = "AppSec"
        description = "Vendor token prefixes with their documented lengths"
        severity    = "high"
    strings:
        $gh_classic  = /\bgh[pousr]_[A-Za-z0-9]{36}\b/
        $gh_fine     = /\bgithub_pat_[A-Za-z0-9_]{82}\b/
        $gitlab      = /\bglpat-[A-Za-z0-9_\-]{20}\b/
        $slack_tok   = /\bxox[abposr]-[0-9]{10,13}-[0-9A-Za-z\-]{10,60}/
        $slack_hook  = /hooks\.slack\.com\/services\/T[A-Z0-9]{8,10}\/B[A-Z0-9]{8,11}\/[A-Za-z0-9]{24}/
        $stripe_live = /\b[rs]k_live_[0-9A-Za-z]{24,110}\b/
        $google_api  = /\bAIza[0-9A-Za-z_\-]{35}\b/
        $npm         = /\bnpm_[A-Za-z0-9]{36}\b/
        $sendgrid    = /\bSG\.[A-Za-z0-9_\-]{22}\.[A-Za-z0-9_\-]{43}\b/
        $openai      = /\bsk-(proj-)?[A-Za-z0-9_\-]{40,}\b/
        $anthropic   = /\bsk-ant-(api|admin)[0-9]{2}-[A-Za-z0-9_\-]{80,}/
    condition:
        lf_text_file and any of them
}

rule lf_jwt_in_artifact
{
    meta:
        description = "Three base64url segments whose first two decode to JSON objects"
        severity    = "medium"
    strings:
        $jwt = /\beyJ[A-Za-z0-9_\-]{8,}\.eyJ[A-Za-z0-9_\-]{8,}\.[A-Za-z0-9_\-]{16,}/
    condition:
        lf_text_file and #jwt > 0
}

rule lf_connection_string_with_password
{
    meta:
        description = "URL userinfo with a password for common databases and brokers"
        severity    = "high"
    strings:
        $url   = /\b(postgres(ql)?|mysql|mongodb(\+srv)?|redis|rediss|amqps?):\/\/[^:\/\s@]{1,64}:[^@\/\s]{4,128}@/
        $tmpl1 = "://USER:PASSWORD@"
        $tmpl2 = "${DB_PASSWORD}"
        $tmpl3 = "{{ .Values."
    condition:
        lf_text_file and $url and not ($tmpl1 or $tmpl2 or $tmpl3)
}

rule lf_high_entropy_assignment
{
    meta:
        description = "secret-ish key name followed by a long high-entropy value"
        severity    = "low"
        note        = "math.entropy threshold tuned on 2025-09 corpus: 4.3 bits/byte"
    strings:
        $kv = /(secret|token|passw(or)?d|api[_-]?key)["']?\s*[:=]\s*["'][A-Za-z0-9+\/=_\-]{24,}["']/ nocase
    condition:
        lf_text_file and
        for any i in (1..#kv) : ( math.entropy(@kv[i], !kv[i]) > 4.3 )
}
