# Consul server agent (dc1-hh). Rendered by the consul role, do not edit on the host.
# Gossip key and ACL tokens are NOT in this file: vault-agent renders
# /etc/consul.d/secrets.hcl (encrypt, acl.tokens.*) from kv/infra/consul/dc1-hh.
datacenter = "dc1-hh"
primary_datacenter = "dc1-hh"
data_dir = "/opt/consul/data"
log_level = "INFO"
log_json = true
node_name = "consul-srv-02"
server = true
bootstrap_expect = 3

bind_addr = "{{ GetPrivateInterfaces | include \"network\" \"10.60.0.0/16\" | attr \"address\" }}"
client_addr = "{{ GetInterfaceIP \"lo\" }} {{ GetPrivateInterfaces | include \"network\" \"10.60.0.0/16\" | attr \"address\" }}"
advertise_addr_wan = "{{ GetInterfaceIP \"ens19\" }}"

retry_join = [
  "consul-srv-01.dc1-hh.tallgrass.internal",
  "consul-srv-03.dc1-hh.tallgrass.internal",
  "provider=vsphere category_name=consul-role tag_name=server host=vc01.mgmt.tallgrass.internal insecure_ssl=false timeout=2m"
]

ports {
  http     = -1
  https    = 8501
  grpc     = -1
  grpc_tls = 8503
}

tls {
  defaults {
    ca_file         = "/etc/consul.d/tls/consul-agent-ca.pem"
    cert_file       = "/etc/consul.d/tls/dc1-hh-server-consul-1.pem"
    key_file        = "/etc/consul.d/tls/dc1-hh-server-consul-1-key.pem"
    verify_incoming = true
    verify_outgoing = true
  }
  internal_rpc {
    verify_server_hostname = true
  }
}

acl {
  enabled                  = true
  default_policy           = "deny"
  enable_token_persistence = true
  # tokens { agent = ..., default = ... } come from secrets.hcl
}

auto_encrypt {
  allow_tls = true
}

connect {
  enabled = true
  ca_provider = "vault"
  ca_config {
    address               = "https://vault.tallgrass.internal:8200"
    root_pki_path         = "connect-root"
    intermediate_pki_path = "connect-intermediate-dc1-hh"
    auth_method {
      type = "approle"
      params = {
        role_id_file_path   = "/etc/consul.d/vault/role-id"
        secret_id_file_path = "/etc/consul.d/vault/secret-id"
      }
    }
  }
}

performance {
  raft_multiplier = 1
}

autopilot {
  cleanup_dead_servers      = true
  last_contact_threshold    = "200ms"
  server_stabilization_time = "10s"
}

telemetry {
  prometheus_retention_time = "60s"
  disable_hostname          = true
}

ui_config {
  enabled = true
}

# raft peer ids (consul operator raft list-peers, 2026-11-30):
#   consul-srv-01  cc7b8052-f6b8-424e-885d-43d79ad11296  leader    true  3
#   consul-srv-02  c9b31901-1a3e-4dc1-89e5-b605e51c7c9d  follower  true  3
#   consul-srv-03  210993f6-06b4-47e4-b0c9-aa38a913539b  follower  true  3
