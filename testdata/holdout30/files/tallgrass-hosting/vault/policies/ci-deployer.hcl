# Vault policy: ci-deployer
# Attached to the JWT role "gitlab-deploy" (auth/jwt-gitlab) and the Kubernetes
# role "argocd-deployer". Write with:
#   vault policy write ci-deployer policies/ci-deployer.hcl
# Review: SEC-2210 (2026-11-18). Entity alias accessor below is the
# kubernetes mount; look it up with `vault auth list -format=json | jq`.

# Read application secrets for the namespace the workload runs in only.
path "kv/data/apps/{{identity.entity.aliases.auth_kubernetes_5d48fba2.metadata.service_account_namespace}}/*" {
  capabilities = ["read"]
}

path "kv/metadata/apps/{{identity.entity.aliases.auth_kubernetes_5d48fba2.metadata.service_account_namespace}}/*" {
  capabilities = ["list", "read"]
}

# Dynamic database credentials (short TTL, revoked after deploy).
path "database/creds/+/migrate" {
  capabilities = ["read"]
}

# Issue leaf certificates for internal services, never the CA.
path "pki_int/issue/internal-services" {
  capabilities = ["create", "update"]
  allowed_parameters = {
    "common_name" = ["*.svc.tallgrass.internal"]
    "ttl"         = []
    "alt_names"   = []
  }
  max_wrapping_ttl = "5m"
}

# Transit: encrypt only; decryption stays with the application role.
path "transit/encrypt/app-*" {
  capabilities = ["update"]
}

path "transit/decrypt/*" {
  capabilities = ["deny"]
}

# Cloud secrets engines: short-lived Azure and GCP credentials for Terraform.
path "azure/creds/terraform-plan" {
  capabilities = ["read"]
}

path "gcp/roleset/terraform-plan/token" {
  capabilities = ["read"]
}

# Renew and revoke own leases and tokens.
path "sys/leases/renew" {
  capabilities = ["update"]
}

path "auth/token/renew-self" {
  capabilities = ["update"]
}

path "auth/token/revoke-self" {
  capabilities = ["update"]
}

# Explicitly no access to root-level secrets or policy management.
path "sys/policies/*" {
  capabilities = ["deny"]
}

path "kv/data/infra/*" {
  capabilities = ["deny"]
}
