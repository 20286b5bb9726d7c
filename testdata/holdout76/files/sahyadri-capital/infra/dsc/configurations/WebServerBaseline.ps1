<#
.SYNOPSIS
    WebServerBaseline - IIS baseline for the customer portal web tier (WEB-PUN-01..04).
.NOTES
    Credentials come from Azure Automation assets at compile time (Get-AutomationPSCredential);
    nothing secret lives in this file. Node MOFs are encrypted with the DSC document-encryption cert.
    Owner: Infra Platform. Change: CHG-SCS-2026-0298.
#>
Configuration WebServerBaseline
{
    Import-DscResource -ModuleName PSDesiredStateConfiguration
    Import-DscResource -ModuleName WebAdministrationDsc -ModuleVersion 4.2.1
    Import-DscResource -ModuleName ComputerManagementDsc -ModuleVersion 9.2.0

    $AppPoolCred = Get-AutomationPSCredential -Name 'iis-apppool-portal'

    Node $AllNodes.NodeName
    {
        foreach ($f in @('Web-Server', 'Web-Asp-Net45', 'Web-Windows-Auth', 'Web-Http-Logging', 'Web-Request-Monitor'))
        {
            WindowsFeature $f
            {
                Name   = $f
                Ensure = 'Present'
            }
        }

        WebAppPool PortalPool
        {
            Name                  = 'CustomerPortal'
            Ensure                = 'Present'
            managedRuntimeVersion = 'v4.0'
            identityType          = 'SpecificUser'
            Credential            = $AppPoolCred
            startMode             = 'AlwaysRunning'
            restartSchedule       = @('03:30:00')
        }

        WebSite CustomerPortal
        {
            Name            = 'CustomerPortal'
            Ensure          = 'Present'
            State           = 'Started'
            PhysicalPath    = 'D:\inetpub\CustomerPortal'
            ApplicationPool = 'CustomerPortal'
            BindingInfo     = @(
                DSC_WebBindingInformation
                {
                    Protocol              = 'https'
                    Port                  = 443
                    HostName              = 'portal.sahyadricapital.in'
                    CertificateThumbprint = $Node.PortalCertThumbprint
                    CertificateStoreName  = 'My'
                    SslFlags              = 1
                }
            )
            DependsOn       = '[WebAppPool]PortalPool'
        }

        # TLS hardening (RBI cyber security framework, control 14.2)
        foreach ($proto in @('SSL 3.0', 'TLS 1.0', 'TLS 1.1'))
        {
            Registry "Disable_$($proto -replace ' ', '')"
            {
                Key       = "HKLM:\SYSTEM\CurrentControlSet\Control\SecurityProviders\SCHANNEL\Protocols\$proto\Server"
                ValueName = 'Enabled'
                ValueType = 'Dword'
                ValueData = '0'
                Force     = $true
            }
        }

        Registry HstsHeaderOnly
        {
            Key       = 'HKLM:\SOFTWARE\Microsoft\InetStp\Components'
            ValueName = 'SahyadriHstsBaseline'
            ValueType = 'String'
            ValueData = 'max-age=31536000; includeSubDomains'
        }
    }
}

$ConfigData = @{
    AllNodes = @(
        @{ NodeName = 'WEB-PUN-01'; PortalCertThumbprint = 'D6B213426C71DDCA870CB155ABB08C2ABAD84D89'; CertificateFile = 'C:\DSC\certs\WEB-PUN-01.cer'; Thumbprint = 'FE8889FC607291A10500F3384A7470F206643C19' },
        @{ NodeName = 'WEB-PUN-02'; PortalCertThumbprint = 'D6B213426C71DDCA870CB155ABB08C2ABAD84D89'; CertificateFile = 'C:\DSC\certs\WEB-PUN-02.cer'; Thumbprint = 'C2CE0D10721FDEAF43A16A0A228962976F68FF2B' },
        @{ NodeName = 'WEB-PUN-03'; PortalCertThumbprint = 'D6B213426C71DDCA870CB155ABB08C2ABAD84D89'; CertificateFile = 'C:\DSC\certs\WEB-PUN-03.cer'; Thumbprint = 'EF3201C84DE033EEAF8523A7C4A005D81B92E4CA' }
    )
}
