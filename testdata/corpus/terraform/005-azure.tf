resource "azurerm_storage_account" "main" {
  name                     = "billingapibzlw"
  resource_group_name      = azurerm_resource_group.main.name
  location                 = "westeurope"
  account_tier             = "Standard"
  account_replication_type = "GRS"
}

resource "azurerm_key_vault_secret" "storage" {
  name         = "storage-connection"
  value        = "DefaultEndpointsProtocol=https;AccountName=mediauploadndvy;AccountKey=ZV+SVIryz5hjal1rpBKSA9DZ8wwFl+8AQItsLn6yvNfZZK/BHuUtjuNBVs5ubdwnJ/hDWO32DWLgN4/6+1VLsQ==;EndpointSuffix=core.windows.net"
  key_vault_id = azurerm_key_vault.main.id
}

resource "azurerm_mssql_server" "sql" {
  name                         = "billing-api-sql"
  version                      = "12.0"
  administrator_login          = "sqladmin"
  administrator_login_password = "5un5h1n37629!"
}

resource "azurerm_mssql_firewall_rule" "office" {
  name             = "office"
  server_id        = azurerm_mssql_server.sql.id
  start_ip_address = "161.220.223.62"
  end_ip_address   = "48.155.105.39"
}
