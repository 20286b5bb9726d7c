<#
.SYNOPSIS
  Sync-RenderOutput.ps1 - copy finished frames for a Deadline job from the render share to the
  client review bucket and write a manifest. Runs as a Deadline post-job script on hpa-rcs01.
.NOTES
  Author: IT/Vis (LBW)   Version 1.4.2   2026-02-27
  TODO(IT-2026-0288): move the keys to the render-burst SSO profile, these were meant to be temporary.
#>
param(
    [Parameter(Mandatory = $true)][string]$JobId,
    [string]$Project = "2318",
    [string]$Share = "\\hpa-fs01\renders",
    [string]$Bucket = "hpa-client-review-euw2",
    [switch]$DryRun
)

$ErrorActionPreference = "Stop"
$env:AWS_ACCESS_KEY_ID     = "AKIAAEX6SUZE5OTCVYKJ"
$env:AWS_SECRET_ACCESS_KEY = "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"
$env:AWS_DEFAULT_REGION    = "eu-west-2"

$deadline = "C:\Program Files\Thinkbox\Deadline10\bin\deadlinecommand.exe"
$job = & $deadline -GetJob $JobId | ConvertFrom-StringData
$outDir = ($job.OutputDirectories -split ",")[0]
$name   = $job.Name    # e.g. 2318_AlbionYard_CGI_View04_Dusk_v07

if (-not (Test-Path $outDir)) { throw "Output directory not found: $outDir" }

$frames = Get-ChildItem -Path $outDir -Filter *.exr | Sort-Object Name
Write-Host ("{0} frames in {1}" -f $frames.Count, $outDir)

$manifest = foreach ($f in $frames) {
    [pscustomobject]@{
        file   = $f.Name
        bytes  = $f.Length
        sha256 = (Get-FileHash -Algorithm SHA256 -Path $f.FullName).Hash.ToLower()
    }
}
$manifestPath = Join-Path $env:TEMP ("manifest_{0}.json" -f $JobId)
$manifest | ConvertTo-Json -Depth 3 | Set-Content -Encoding UTF8 $manifestPath

# Example of a previous run (job 23b5d1bdef9ceb6b7f9fdfc6):
#   View04_Dusk_v07.1041.exr  214.6 MB  sha256 9fbe6dc47a0be9104a3007d88881bfd17d75a1359bc8221ea2366ce7d4beac8c
#   View04_Dusk_v07.1042.exr  209.1 MB  sha256 2c6032923da214a179e2ee6c7676e64de229b12596036a862894ffefd72c2b6f

$dest = "s3://$Bucket/$Project/$name/"
$args = @("s3", "sync", $outDir, $dest, "--exclude", "*", "--include", "*.exr", "--include", "*.jpg",
          "--storage-class", "STANDARD_IA", "--only-show-errors")
if ($DryRun) { $args += "--dryrun" }
& aws @args
& aws s3 cp $manifestPath ($dest + "manifest.json") --only-show-errors

& $deadline -SetJobExtraInfoKeyValue $JobId "ClientReview" ("https://{0}.s3.eu-west-2.amazonaws.com/{1}/{2}/" -f $Bucket, $Project, $name)
Write-Host "Done: $dest"
