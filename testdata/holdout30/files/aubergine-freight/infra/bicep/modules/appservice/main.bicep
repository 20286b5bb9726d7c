// Module: App Service (Linux) for the tracking API.
// Deployed by pipelines/tracking-infra.yml with:
//   az deployment group create -g rg-tracking-prod-weu -f main.bicep -p @params/prod.bicepparam
// Secrets never live in this file: app settings point at Key Vault, the SQL admin
// password is read with getSecret() at deployment time and passed to the sql module.

targetScope = 'resourceGroup'

@description('Environment short name, used in resource names.')
@allowed([
  'dev'
  'stg'
  'prod'
])
param env string = 'prod'

param location string = resourceGroup().location

@description('Existing Key Vault holding the app secrets.')
param keyVaultName string = 'kv-trk-prod-weu'

@description('Log Analytics workspace in the platform subscription.')
param logAnalyticsWorkspaceId string = '/subscriptions/73e0442f-58bd-450f-b16a-efaa33add456/resourceGroups/rg-platform-logging-weu/providers/Microsoft.OperationalInsights/workspaces/log-platform-prod-weu'

@description('User-assigned identity used for Key Vault references and ACR pulls.')
param identityId string = '/subscriptions/3a4fc1d5-9a15-4650-a7fe-cf57def6744e/resourceGroups/rg-tracking-prod-weu/providers/Microsoft.ManagedIdentity/userAssignedIdentities/id-app-tracking-prod'

@description('Client id of the same identity (not a secret).')
param identityClientId string = 'c3f455db-a2e9-4b48-b6be-5edf32d36bc6'

@secure()
@description('Left empty on purpose: the pipeline passes it from Key Vault.')
param sqlAdminPassword string = ''

param containerImage string = 'acrtrackingprod.azurecr.io/tracking-api@sha256:0ea4b4731733cfd2dcfa3c346914fbc31607c84d3985b4459fcb6c75aa47008b'

var appName = 'app-tracking-${env}-weu'
var planName = 'asp-tracking-${env}-weu'
var tags = {
  costCenter: 'CC-4711'
  owner: 'team-tracking'
  dataClass: 'internal'
  managedBy: 'bicep'
}

resource kv 'Microsoft.KeyVault/vaults@2023-07-01' existing = {
  name: keyVaultName
}

resource vnet 'Microsoft.Network/virtualNetworks@2023-11-01' = {
  name: 'vnet-tracking-${env}-weu'
  location: location
  tags: tags
  properties: {
    addressSpace: {
      addressPrefixes: [
        '10.84.0.0/16'
      ]
    }
    subnets: [
      {
        name: 'snet-app-integration'
        properties: {
          addressPrefix: '10.84.4.0/24'
          delegations: [
            {
              name: 'webapp'
              properties: {
                serviceName: 'Microsoft.Web/serverFarms'
              }
            }
          ]
        }
      }
      {
        name: 'snet-private-endpoints'
        properties: {
          addressPrefix: '10.84.8.0/24'
          privateEndpointNetworkPolicies: 'Disabled'
        }
      }
    ]
  }
}

resource plan 'Microsoft.Web/serverfarms@2023-12-01' = {
  name: planName
  location: location
  tags: tags
  kind: 'linux'
  sku: {
    name: 'P1v3'
    tier: 'PremiumV3'
    capacity: 2
  }
  properties: {
    reserved: true
    zoneRedundant: true
  }
}

resource app 'Microsoft.Web/sites@2023-12-01' = {
  name: appName
  location: location
  tags: tags
  identity: {
    type: 'UserAssigned'
    userAssignedIdentities: {
      '${identityId}': {}
    }
  }
  properties: {
    serverFarmId: plan.id
    httpsOnly: true
    virtualNetworkSubnetId: vnet.properties.subnets[0].id
    keyVaultReferenceIdentity: identityId
    siteConfig: {
      linuxFxVersion: 'DOCKER|${containerImage}'
      acrUseManagedIdentityCreds: true
      acrUserManagedIdentityID: identityClientId
      minTlsVersion: '1.2'
      ftpsState: 'Disabled'
      alwaysOn: true
      healthCheckPath: '/healthz'
      appSettings: [
        {
          name: 'AZURE_CLIENT_ID'
          value: identityClientId
        }
        {
          name: 'ConnectionStrings__TrackingDb'
          value: '@Microsoft.KeyVault(VaultName=${keyVaultName};SecretName=sql-tracking-app-connection)'
        }
        {
          name: 'ServiceBus__ConnectionString'
          value: '@Microsoft.KeyVault(SecretUri=https://${keyVaultName}.vault.azure.net/secrets/sb-tracking-listen/)'
        }
        {
          name: 'Carrier__DhlApiKey'
          value: '@Microsoft.KeyVault(SecretUri=https://kv-trk-prod-weu.vault.azure.net/secrets/carrier-dhl-api-key/a54336ec00dea268f200b5cdba78c28c)'
        }
        {
          name: 'Storage__BlobServiceUri'
          value: 'https://sttrackingprodweu.blob.core.windows.net/'
        }
        {
          name: 'WEBSITE_LOAD_CERTIFICATES'
          value: '50D5BC50325BB0EA38F934F26C9C470A5A3644C5'
        }
      ]
    }
  }
}

resource diag 'Microsoft.Insights/diagnosticSettings@2021-05-01-preview' = {
  name: 'to-log-analytics'
  scope: app
  properties: {
    workspaceId: logAnalyticsWorkspaceId
    logs: [
      {
        category: 'AppServiceHTTPLogs'
        enabled: true
      }
      {
        category: 'AppServiceConsoleLogs'
        enabled: true
      }
    ]
  }
}

module sql 'modules/sql.bicep' = {
  name: 'sql-${env}'
  params: {
    env: env
    location: location
    // getSecret() only works on a module parameter marked @secure().
    administratorLoginPassword: kv.getSecret('sql-admin-password')
    aadAdminObjectId: 'fcb96e7e-b4f7-4c53-9955-2945cc9cf1ba'
    aadAdminTenantId: '4848a953-8f10-4702-9163-9f50516112f3'
    subnetId: vnet.properties.subnets[1].id
  }
}

output appId string = app.id
output principalTenant string = '4848a953-8f10-4702-9163-9f50516112f3'
output defaultHostName string = app.properties.defaultHostName
