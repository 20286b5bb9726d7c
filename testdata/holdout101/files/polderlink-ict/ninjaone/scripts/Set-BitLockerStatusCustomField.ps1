<#
.SYNOPSIS
    Schrijft de BitLocker-status van C: naar NinjaOne custom fields.
.DESCRIPTION
    Polderlink ICT Beheer - NinjaOne script-ID 214, versie 1.4 (2026-05-28, MvD).
    Custom fields (device):  bitlockerStatus (tekst), bitlockerProtectors (multi-line),
                             bitlockerEntraBackup (checkbox), bitlockerLaatsteControle (datum/tijd)
    De herstelsleutel zelf wordt NIET in NinjaOne opgeslagen: alleen het KeyProtectorId en of de
    back-up naar Entra ID gelukt is. Herstelsleutels staan in Entra ID (Apparaten > BitLocker-sleutels).
.NOTES
    Draait als SYSTEM, dagelijks 11:30 via beleid 'PL - Werkplekken - Standaard (NL)'.
    Changelog: 1.4 - BackupToAAD opnieuw proberen bij 0x801c0450; 1.3 - TPM+PIN herkennen.
#>
[CmdletBinding()]
param(
    [string]$MountPoint = $env:SystemDrive,
    [switch]$ForceEntraBackup = ($env:forceEntraBackup -eq 'true')   # scriptvariabele in NinjaOne
)

$ErrorActionPreference = 'Stop'
$org = $env:NINJA_ORGANIZATION_NAME
$dev = $env:NINJA_DEVICE_ID          # alleen voor logging, bv. 1187

try {
    $vol = Get-BitLockerVolume -MountPoint $MountPoint
} catch {
    Ninja-Property-Set bitlockerStatus "Fout: $($_.Exception.Message)"
    exit 1
}

$status = "{0} / {1} / {2}%" -f $vol.VolumeStatus, $vol.ProtectionStatus, $vol.EncryptionPercentage
$regels = foreach ($kp in $vol.KeyProtector) {
    # Alleen type en ID; RecoveryPassword wordt gemaskeerd (bv. 123456-******-...-******)
    $masker = if ($kp.RecoveryPassword) { $kp.RecoveryPassword.Substring(0, 6) + '-******-******-******-******-******-******-******' } else { '' }
    "{0} {1} {2}" -f $kp.KeyProtectorType, $kp.KeyProtectorId, $masker
}

$entraOk = $false
$rp = $vol.KeyProtector | Where-Object KeyProtectorType -eq 'RecoveryPassword' | Select-Object -First 1
if ($rp -and ($ForceEntraBackup -or -not (Ninja-Property-Get bitlockerEntraBackup))) {
    for ($poging = 1; $poging -le 3; $poging++) {
        try {
            BackupToAAD-BitLockerKeyProtector -MountPoint $MountPoint -KeyProtectorId $rp.KeyProtectorId | Out-Null
            $entraOk = $true; break
        } catch {
            Write-Output "Poging $poging mislukt: $($_.Exception.HResult) - wacht 20 s"
            Start-Sleep -Seconds 20
        }
    }
}

Ninja-Property-Set bitlockerStatus $status
Ninja-Property-Set bitlockerProtectors ($regels -join "`n")
Ninja-Property-Set bitlockerEntraBackup ([int]$entraOk)
Ninja-Property-Set bitlockerLaatsteControle ([DateTimeOffset]::UtcNow.ToUnixTimeSeconds())
Write-Output "[$org/$dev] $status; Entra-backup: $entraOk"

<# Voorbeelduitvoer (VDV-LT-0188, 2026-06-12 11:30:41):
   [Van der Veen Advocaten/1187] FullyEncrypted / On / 100%; Entra-backup: True
   bitlockerProtectors:
     Tpm {F59B909F-9FCC-4410-8D8B-7A68F2CAF2EF}
     RecoveryPassword {7796BC2B-6DC0-488A-BB2E-DE6D2E266E41} 418209-******-******-******-******-******-******-******
   Exitcode 0, duur 00:00:03.118, scriptrun-ID 284d2b14-0775-43e7-a6a4-1a35b4ddff3d
#>
