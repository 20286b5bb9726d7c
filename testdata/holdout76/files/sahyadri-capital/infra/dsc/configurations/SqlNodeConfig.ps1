# SqlNodeConfig.ps1 - DSC for the RiskLedger SQL node (Pune DC, rack P2-14)
# Owner: Infra Platform (infra-platform), change CHG-SCS-2026-0311
# TODO(prakash): move the credentials below to Azure Automation assets before go-live (tracked in INFRA-2291)

Configuration SqlNodeConfig
{
    param
    (
        [string[]] $NodeName = 'SQL-PUN-02'
    )

    Import-DscResource -ModuleName PSDesiredStateConfiguration
    Import-DscResource -ModuleName SqlServerDsc -ModuleVersion 16.6.0
    Import-DscResource -ModuleName ComputerManagementDsc -ModuleVersion 9.2.0
    Import-DscResource -ModuleName NetworkingDsc -ModuleVersion 9.0.0

    $saPwd     = ConvertTo-SecureString 'v7#Qm2!xKp9Lr4Tz' -AsPlainText -Force
    $SqlSaCred = New-Object System.Management.Automation.PSCredential ('sa', $saPwd)

    Node $NodeName
    {
        TimeZone IST
        {
            IsSingleInstance = 'Yes'
            TimeZone         = 'India Standard Time'
        }

        WindowsFeature NetFx
        {
            Name   = 'NET-Framework-45-Core'
            Ensure = 'Present'
        }

        SqlSetup RiskLedger
        {
            InstanceName         = 'MSSQLSERVER'
            Features             = 'SQLENGINE,FULLTEXT'
            SourcePath           = '\\pun-fs01.sahyadri.local\media$\SQL2022\CU18'
            SQLCollation         = 'SQL_Latin1_General_CP1_CI_AS'
            SecurityMode         = 'SQL'
            SAPwd                = $SqlSaCred
            SQLSysAdminAccounts  = @('SAHYADRI\GG-SQL-DBA')
            InstallSQLDataDir    = 'D:\MSSQL\Data'
            SQLUserDBLogDir      = 'L:\MSSQL\Log'
            SQLTempDBDir         = 'T:\MSSQL\TempDB'
            UpdateEnabled        = 'False'
            DependsOn            = '[WindowsFeature]NetFx'
        }

        Firewall SqlTcp1433
        {
            Name        = 'SQL-1433-App-Subnet'
            DisplayName = 'SQL Server 1433 (RiskEngine app tier)'
            Ensure      = 'Present'
            Enabled     = 'True'
            Direction   = 'Inbound'
            LocalPort   = '1433'
            Protocol    = 'TCP'
            RemoteAddress = 'LocalSubnet'
        }

        Script RiskEngineConnectionString
        {
            GetScript  = { @{ Result = (Test-Path 'D:\Apps\RiskEngine\appsettings.Production.json') } }
            TestScript = { Test-Path 'D:\Apps\RiskEngine\appsettings.Production.json' }
            SetScript  = {
                $json = @{ ConnectionStrings = @{ RiskDb = 'Server=SQL-PUN-02.sahyadri.local,1433;Database=RiskLedger;User Id=risk_app;Password=Rk3$wPz8nQ!m2Lx;Encrypt=True;TrustServerCertificate=False;Application Name=RiskEngine' } } | ConvertTo-Json -Depth 3
                Set-Content -Path 'D:\Apps\RiskEngine\appsettings.Production.json' -Value $json -Encoding UTF8
            }
            DependsOn  = '[SqlSetup]RiskLedger'
        }
    }
}

$ConfigData = @{
    AllNodes = @(
        @{
            NodeName                    = 'SQL-PUN-02'
            PSDscAllowPlainTextPassword = $true
            PSDscAllowDomainUser        = $true
        }
    )
}

[DscLocalConfigurationManager()]
Configuration LcmAzureAutomation
{
    Node 'SQL-PUN-02'
    {
        Settings
        {
            RefreshMode                    = 'Pull'
            ConfigurationMode              = 'ApplyAndAutoCorrect'
            RefreshFrequencyMins           = 30
            ConfigurationModeFrequencyMins = 15
            RebootNodeIfNeeded             = $false
            ActionAfterReboot              = 'ContinueConfiguration'
        }
        ConfigurationRepositoryWeb AzureAutomationStateConfiguration
        {
            ServerUrl          = 'https://9bc3d4f5-5783-4f9d-91a1-44b8203c1a93.agentsvc.cid.azure-automation.net/accounts/9bc3d4f5-5783-4f9d-91a1-44b8203c1a93'
            RegistrationKey    = 'h/sJKYtRQafsAvhiqfYYC7bFi8639Q8QaWJuZDrEGJFRbpflHz1WcZK8Qm+3xlOtbkuXQ4pdclC9h3CreoRHJw=='
            ConfigurationNames = @('SqlNodeConfig.SQL-PUN-02')
        }
        ReportServerWeb AzureAutomationStateConfiguration
        {
            ServerUrl       = 'https://9bc3d4f5-5783-4f9d-91a1-44b8203c1a93.agentsvc.cid.azure-automation.net/accounts/9bc3d4f5-5783-4f9d-91a1-44b8203c1a93'
            RegistrationKey = 'h/sJKYtRQafsAvhiqfYYC7bFi8639Q8QaWJuZDrEGJFRbpflHz1WcZK8Qm+3xlOtbkuXQ4pdclC9h3CreoRHJw=='
        }
    }
}

SqlNodeConfig -ConfigurationData $ConfigData -OutputPath C:\DSC\SqlNodeConfig
LcmAzureAutomation -OutputPath C:\DSC\Lcm

# archive the compiled MOFs next to the build (container dsc-mof, RA-GRS)
$ctx = New-AzStorageContext -ConnectionString 'DefaultEndpointsProtocol=https;AccountName=sahyadridscpun;AccountKey=Mwlyedk9IMpjeQZmQWD/Q70vdQw06efmkFzc/gNeJEbvcnlrwMLemWpnJM7jo3GiQ8UBYgcZYyz0bzMN6lWbiw==;EndpointSuffix=core.windows.net'
Get-ChildItem C:\DSC\SqlNodeConfig\*.mof | Set-AzStorageBlobContent -Container 'dsc-mof' -Context $ctx -Blob { "SQL-PUN-02/$(Get-Date -Format yyyyMMdd)/$($_.Name)" } -Force
