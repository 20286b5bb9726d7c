<#
.SYNOPSIS
    Deploys the Tallis reporting web app and runs its database migrations.
.EXAMPLE
    ./Deploy-ReportingApp.ps1 -Environment prod -Version 3.4.2.11
#>
[CmdletBinding()]
param(
    [Parameter(Mandatory)] [ValidateSet('test', 'prod')] [string] $Environment,
    [Parameter(Mandatory)] [string] $Version
)

$ErrorActionPreference = 'Stop'
Set-StrictMode -Version Latest

$tenantId       = 'd401f74a-0107-4b56-ba5c-0c73a7310049'
$subscriptionId = 'ca67de03-8872-451c-889c-48632bb19b0a'
$appId          = '858e75f7-9cc0-4d24-b1f0-c055f60d64a4'
$clientSecret   = 'ZjC9Q~LGR6MiHhImT4cjCRayWZWZLRti1mXpJmvg'

$secure = ConvertTo-SecureString $clientSecret -AsPlainText -Force
$spCred = New-Object System.Management.Automation.PSCredential ($appId, $secure)
Connect-AzAccount -ServicePrincipal -Credential $spCred -Tenant $tenantId -Subscription $subscriptionId | Out-Null

$rg      = "rg-reporting-$Environment"
$webApp  = "tallis-reporting-$Environment"
$package = Join-Path $PSScriptRoot "..\artifacts\Tallis.Reporting.$Version.zip"

Write-Host "Uploading $package to the release share"
$storageConn = 'DefaultEndpointsProtocol=https;AccountName=tallisreportsprod;AccountKey=9MhJUzlm7t7PGY/6Bjhda0Xw908aQVScWBgMTbpy5e6b4gQwPpSH4Zv3Orv6134eorkjnvcKQYpZ254Lva6jWA==;EndpointSuffix=core.windows.net'
$ctx = New-AzStorageContext -ConnectionString $storageConn
Set-AzStorageBlobContent -Context $ctx -Container 'releases' -File $package -Blob "reporting/$Version.zip" -Force | Out-Null

Write-Host "Deploying $Version to $webApp"
Publish-AzWebApp -ResourceGroupName $rg -Name $webApp -ArchivePath $package -Force | Out-Null

Write-Host 'Running migrations'
$sqlAdminPassword = ConvertTo-SecureString 'Tallis-Sql#KUZJsUlbTj' -AsPlainText -Force
$sqlCred = New-Object System.Management.Automation.PSCredential ('sqladmin', $sqlAdminPassword)
Invoke-Sqlcmd -ServerInstance '10.60.2.15' -Database 'Reporting' -Credential $sqlCred `
    -InputFile (Join-Path $PSScriptRoot '..\sql\migrate.sql') -QueryTimeout 600

Invoke-Sqlcmd -ServerInstance '10.60.2.15' -Database 'Reporting' -Username 'migrator' -Password 'gcP940dXwYlgV4qZ6ovJ' `
    -Query "UPDATE dbo.AppVersion SET Version = '$Version', DeployedAt = SYSUTCDATETIME();"

Write-Host 'Recording the release'
$headers = @{
    Authorization  = 'Basic ZGVwbG95LWJvdDpLMVpBcmg2MUo0N3dKdXVFd2Y2MEVVSWw='
    'Content-Type' = 'application/json'
}
$body = @{ project = 'tallis-reporting'; environment = $Environment; version = $Version } | ConvertTo-Json
Invoke-RestMethod -Method Post -Uri 'https://releases.tallis-health.net/api/releases' -Headers $headers -Body $body | Out-Null

Write-Host "Done: $webApp is on $Version"
