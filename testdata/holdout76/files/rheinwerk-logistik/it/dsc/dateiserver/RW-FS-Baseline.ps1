<#
    RW-FS-Baseline.ps1 - DSC-Konfiguration für die Dateiserver am Standort Duisburg
    Verantwortlich: Team Infrastruktur (RW-IT-INF), Change RW-CHG-2026-0377
    Anmeldedaten werden NICHT im Skript gepflegt: Die MOF wird mit dem Dokumentverschlüsselungs-
    zertifikat des Zielknotens verschlüsselt (Thumbprint in ConfigurationData).
#>
Configuration RwFileServerBaseline
{
    param
    (
        [Parameter(Mandatory)]
        [PSCredential] $DfsAdminCredential
    )

    Import-DscResource -ModuleName PSDesiredStateConfiguration
    Import-DscResource -ModuleName ComputerManagementDsc -ModuleVersion 9.2.0
    Import-DscResource -ModuleName StorageDsc -ModuleVersion 6.0.1
    Import-DscResource -ModuleName DFSDsc -ModuleVersion 5.1.0

    Node $AllNodes.Where({ $_.Role -eq 'FileServer' }).NodeName
    {
        TimeZone Zeitzone
        {
            IsSingleInstance = 'Yes'
            TimeZone         = 'W. Europe Standard Time'
        }

        WindowsFeature FsDfsReplication
        {
            Name   = 'FS-DFS-Replication'
            Ensure = 'Present'
        }

        WindowsFeature FsResourceManager
        {
            Name   = 'FS-Resource-Manager'
            Ensure = 'Present'
        }

        Disk DatenLaufwerk
        {
            DiskId      = $Node.DataDiskUniqueId
            DiskIdType  = 'UniqueId'
            DriveLetter = 'E'
            FSLabel     = 'Daten'
            FSFormat    = 'NTFS'
            AllocationUnitSize = 64KB
        }

        # Freigaben: Lager, Disposition, Lohn (Lohn nur GG-HR-Lohn, ABE aktiv)
        foreach ($share in $Node.Shares)
        {
            File "Ordner_$($share.Name)"
            {
                DestinationPath = "E:\Freigaben\$($share.Name)"
                Type            = 'Directory'
                Ensure          = 'Present'
                DependsOn       = '[Disk]DatenLaufwerk'
            }

            SmbShare "Freigabe_$($share.Name)"
            {
                Name                  = $share.Name
                Path                  = "E:\Freigaben\$($share.Name)"
                FullAccess            = @('RHEINWERK\GG-Dateiserver-Admins')
                ChangeAccess          = $share.Change
                FolderEnumerationMode = 'AccessBased'
                CachingMode           = 'None'
                EncryptData           = $true
                DependsOn             = "[File]Ordner_$($share.Name)"
            }
        }

        DFSReplicationGroup RG_Lager
        {
            GroupName                 = 'RG-Lager-DU-DO'
            Description               = 'Replikation Lagerdaten Duisburg <-> Dortmund'
            Ensure                    = 'Present'
            Members                   = 'RW-FS01.rheinwerk.local', 'RW-FS-DO01.rheinwerk.local'
            Folders                   = 'Lager'
            Topology                  = 'Fullmesh'
            ContentPaths              = 'E:\Freigaben\Lager'
            PSDscRunAsCredential      = $DfsAdminCredential
        }

        Registry SmbSigningErzwingen
        {
            Key       = 'HKLM:\SYSTEM\CurrentControlSet\Services\LanmanServer\Parameters'
            ValueName = 'RequireSecuritySignature'
            ValueType = 'Dword'
            ValueData = '1'
        }
    }
}

$ConfigurationData = @{
    AllNodes = @(
        @{
            NodeName                    = '*'
            PSDscAllowPlainTextPassword = $false
            PSDscAllowDomainUser        = $true
        },
        @{
            NodeName         = 'RW-FS01'
            Role             = 'FileServer'
            DataDiskUniqueId = '6002248074B1A7F3E51C0A99D3E2B817'
            CertificateFile  = 'C:\DSC\Zertifikate\RW-FS01_DscEncryption.cer'
            Thumbprint       = '1A1E050027A7F91A76BFE46AA28BCA622D1EFDD3'
            Shares           = @(
                @{ Name = 'Lager';       Change = @('RHEINWERK\GG-Lager-Alle') },
                @{ Name = 'Disposition'; Change = @('RHEINWERK\GG-Dispo') },
                @{ Name = 'Lohn$';       Change = @('RHEINWERK\GG-HR-Lohn') }
            )
        }
    )
}

# Aufruf (Kennwort wird interaktiv abgefragt, nie in Datei speichern):
# RwFileServerBaseline -ConfigurationData $ConfigurationData -DfsAdminCredential (Get-Credential 'RHEINWERK\adm-dfs') -OutputPath C:\DSC\MOF
# Start-DscConfiguration -Path C:\DSC\MOF -ComputerName RW-FS01 -Wait -Verbose
