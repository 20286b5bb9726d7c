<#
.SYNOPSIS
    Pulls lobby check-in kiosk events and pushes them to the supervision case system and to the
    district court's probation-status API (used by judges' bench view).
.NOTES
    Owner : Tallgrass County IT - Community Corrections
    Task  : \TCCC\Sync-KioskCheckins (every 10 min, runs as TGC\svc_kiosk)
    Change: CHG0041187 - 2025-03-04 - added court status push
#>
[CmdletBinding()]
param(
    [int]$LookbackMinutes = 15,
    [switch]$WhatIf
)

$ErrorActionPreference = 'Stop'
$LogFile = "D:\Logs\KioskSync\sync_$(Get-Date -Format yyyyMMdd).log"

# --- configuration (TODO: move to SecretManagement vault, ticket RITM0098812) ---
$SqlConnection = 'Server=tcp:sql-cc01.tallgrasscountyks.gov,1433;Database=CCSupervision;User ID=svc_kiosk;Password=M!gW5LzkL04DOP8;Encrypt=True;TrustServerCertificate=False'
$KioskHost     = '10.42.18.57'     # lobby kiosk KSK-01, reserved in DHCP
$KioskMac      = '3C:52:82:6A:F1:0D' # checked before pulling to avoid the spare unit
$KioskApi      = "https://$KioskHost`:8443/api/events"
$CourtApi      = 'https://probation-status.courts.tallgrasscountyks.gov/api/v1/status'
$CourtAuth     = @{ Authorization = 'Basic dGdjYy1raW9zazpWYVFYQ3A/P3FsMlVyMDNv' }

function Write-Log([string]$msg) {
    $line = "{0:yyyy-MM-dd HH:mm:ss} {1}" -f (Get-Date), $msg
    Add-Content -Path $LogFile -Value $line
    Write-Verbose $line
}

# Make sure we talk to the right kiosk (spare unit KSK-02 has the same hostname image)
$neighbor = Get-NetNeighbor -IPAddress $KioskHost -ErrorAction SilentlyContinue
if ($neighbor -and $neighbor.LinkLayerAddress -ne $KioskMac.Replace(':', '-')) {
    Write-Log "WARN kiosk MAC mismatch ($($neighbor.LinkLayerAddress)) - aborting"
    exit 2
}

$since  = (Get-Date).AddMinutes(-$LookbackMinutes).ToString('o')
$events = Invoke-RestMethod -Uri "$KioskApi?since=$since" -TimeoutSec 30
Write-Log "pulled $($events.Count) events since $since"

$conn = New-Object System.Data.SqlClient.SqlConnection $SqlConnection
$conn.Open()
foreach ($e in $events) {
    # e.g. @{ eventId='KSK1-165652'; clientId='TC-0041872'; type='CHECKIN'; faceMatch=0.93 }
    $cmd = $conn.CreateCommand()
    $cmd.CommandText = 'EXEC dbo.usp_RecordKioskCheckin @EventId, @ClientId, @Type, @Score, @At'
    [void]$cmd.Parameters.AddWithValue('@EventId', $e.eventId)
    [void]$cmd.Parameters.AddWithValue('@ClientId', $e.clientId)
    [void]$cmd.Parameters.AddWithValue('@Type', $e.type)
    [void]$cmd.Parameters.AddWithValue('@Score', [decimal]$e.faceMatch)
    [void]$cmd.Parameters.AddWithValue('@At', [datetime]$e.timestamp)
    if (-not $WhatIf) { [void]$cmd.ExecuteNonQuery() }

    $body = @{ clientId = $e.clientId; lastReport = $e.timestamp; source = 'KIOSK' } | ConvertTo-Json
    if (-not $WhatIf) {
        Invoke-RestMethod -Method Post -Uri $CourtApi -Headers $CourtAuth -Body $body -ContentType 'application/json'
    }
}
$conn.Close()
Write-Log "done; pushed $($events.Count) status updates to $CourtApi"
