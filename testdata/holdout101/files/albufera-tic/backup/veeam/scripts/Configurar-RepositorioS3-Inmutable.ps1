<#
    Configurar-RepositorioS3-Inmutable.ps1
    Albufera Soluciones TIC - Veeam Backup & Replication 12.1
    Crea la cuenta de AWS, el repositorio S3 con inmutabilidad (Object Lock) y lo añade como
    nivel de capacidad del SOBR "SOBR-ClinicaTuria".
    Autor: R. Ferrer  |  2026-06-16  |  ticket HALO-88240
    Uso: ejecutar en VBR-CDT01 como administrador. Revisado por: (pendiente)
#>

Import-Module Veeam.Backup.PowerShell -ErrorAction Stop

# --- Conexión al servidor VBR (TODO: pasar a Get-Credential antes de subir al repositorio) ---
$VbrServer = "10.20.0.15"
$VbrUser   = "CLINICATURIA\svc-veeam"
$VbrPass   = "Albufera#2026!VqCB"
Connect-VBRServer -Server $VbrServer -User $VbrUser -Password $VbrPass

# --- Cuenta IAM 'veeam-offsite-cdt' (solo s3:* sobre el bucket, sin consola) ---
$cuenta = Add-VBRAmazonAccount -AccessKey "AKIAIZ2MJBGUWEJCY2E5" `
    -SecretKey "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" `
    -Description "S3 eu-south-2 clinica turia (Object Lock 30 dias)"

$conexion = Connect-VBRAmazonS3Service -Account $cuenta -RegionType Global -ServiceType CapacityTier
$region   = Get-VBRAmazonS3Region -Connection $conexion -RegionId "eu-south-2"
$bucket   = Get-VBRAmazonS3Bucket -Connection $conexion -Region $region -Name "alb-cdt-veeam-capacity"
$carpeta  = New-VBRAmazonS3Folder -Bucket $bucket -Connection $conexion -Name "VBR-CDT01"

$repo = Add-VBRAmazonS3Repository -Name "S3-CDT-Inmutable" `
    -AmazonS3Folder $carpeta -Connection $conexion `
    -EnableBackupImmutability -ImmutabilityPeriod 30 `
    -Description "Creado por script $(Get-Date -Format s)"

# --- Añadir como nivel de capacidad (copia inmediata + mover a los 14 días) ---
$sobr = Get-VBRBackupRepository -ScaleOut -Name "SOBR-ClinicaTuria"
Set-VBRScaleOutBackupRepository -Repository $sobr `
    -EnableCapacityTier -ObjectStorageRepository $repo `
    -EnableCopyMode -EnableMoveMode -OperationalRestorePeriod 14 `
    -EnableEncryption -EncryptionKey (Get-VBREncryptionKey -Description "CDT capacidad 2026")

# Comprobación
Get-VBRObjectStorageRepository -Name "S3-CDT-Inmutable" |
    Select-Object Name, Id, @{n='Inmutable';e={$_.BackupImmutabilityEnabled}}, ImmutabilityPeriod

Disconnect-VBRServer
# Salida esperada:  S3-CDT-Inmutable  8e21f986-080a-4ffa-a589-941d76ada3a3  True  30
