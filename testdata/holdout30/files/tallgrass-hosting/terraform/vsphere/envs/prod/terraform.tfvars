# terraform.tfvars -- vSphere prod (tg-dc1 / cl-prod)
# Used by: terraform -chdir=envs/prod apply -var-file=terraform.tfvars
# NOTE: this file is in .gitignore; it was attached to OPS-6702 for the
# template rebuild review.

vsphere_server               = "vc01.mgmt.tallgrass.internal"
vsphere_user                 = "VSPHERE.LOCAL\\svc-terraform"
vsphere_password             = "J89NJYLfl9XBU*a%g3Ge"
vsphere_allow_unverified_ssl = false
# SHA-1 thumbprint of vc01 (govc about.cert -thumbprint)
vsphere_thumbprint           = "79:86:C2:C0:85:44:1F:89:D7:E7:23:84:4C:83:F0:2C:B0:6D:E2:85"

datacenter    = "tg-dc1"
cluster       = "cl-prod"
datastore     = "ds-vsan-tg01"
resource_pool = "cl-prod/Resources/k8s-prod"
folder        = "k8s-prod"
network       = "dvpg-k8s-prod-1120"
network_cidr  = "10.60.20.0/24"

template_name = "tpl-ubuntu-2404-2026-11"
template_uuid = "00fc52a1-1265-452d-a107-6568bc790436"

node_pools = {
  cp = {
    count     = 3
    num_cpus  = 4
    memory_mb = 16384
    disk_gb   = 80
  }
  wk = {
    count     = 6
    num_cpus  = 8
    memory_mb = 32768
    disk_gb   = 200
  }
}

# guest customization (cloud-init via guestinfo)
vm_admin_user      = "tgadmin"
vm_admin_password  = "er%1IV__remhP=Q8sG"
vm_root_pw_hash    = "$6$5jh6nrFoprVVa30d$LXxlKDcbRNOU5p6w9W84A3LV.cQhnm9fMvj9PATZdbuuSJ5TU/qj8h98rGJMey4LgIN5TaU2SVqUicCkHmqdOJ"
vm_admin_ssh_keys  = [
  "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAII/0YbWNYmKOfbQqYNjJUBKK6HRz0lKilYkaOEIt5K8W tg-ops-2026",
  "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIKjGta474kIMSzeLRQ3j+7b+RI+LUlGgbd9XcFEtSMgE tg-ci-2026",
]
domain_join_user     = "svc-join"
domain_join_password = "REPLACE_ME"   # injected from Vault in CI (kv/infra/ad/svc-join)

vault_addr       = "https://vault.tallgrass.internal:8200"
consul_datacenter = "dc1-hh"
tags = {
  owner       = "platform"
  cost_center = "CC-5120"
  ticket      = "OPS-6702"
}
