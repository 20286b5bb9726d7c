# pillar/edi/sftp_transline.sls
# SFTP exchange with Transline EDI (ORDERS/DESADV). Targeted to minions edi-worker-* in top.sls.
# Owner: EDI team <edi-team@nordpeak.io>
#
# The client key pair was generated on 2025-10-02 with `ssh-keygen -t ecdsa -b 256 -m PEM`; the
# public half was sent to Transline (their ticket TL-55821). Partner host key pinned below.
edi:
  sftp_transline:
    host: sftp.transline-edi.eu
    port: 22
    user: nordpeak_prod
    remote_dirs:
      inbound: /out/nordpeak
      outbound: /in/nordpeak
    known_hosts:
      - "sftp.transline-edi.eu ecdsa-sha2-nistp256 AAAAE2VjZHNhLXNoYTItbmlzdHAyNTYAAAAIbmlzdHAyNTYAAABBBHYxtRh29K8BtPnsgBe66nPib5JXxJQnhMgamIaB3s6MqUEvouSAmwqkTZ4UpQwXCUHIvMNOof1J8QCl7Ngvr5Q="
    host_key_fingerprint: "SHA256:VefSppfSNSNet599pRMHKWSTuPvw5SWAwI70GXRWXEQ"
    client_pubkey: "ecdsa-sha2-nistp256 AAAAE2VjZHNhLXNoYTItbmlzdHAyNTYAAAAIbmlzdHAyNTYAAABBBEZxAbZeUC1TubUnicwuh9loxYUzOJ3bvmC4TfrDaO47DVs4NNIWpBsMcVAgMx8sZufbQkBIu3KDj8NtFQ+Ha3s= nordpeak-edi@salt"
    client_key_fingerprint: "SHA256:5EII0rTa8DBfclkDNat1rDmYLMB4kyl3GH5IN2Avy3Y"
    client_key: |
      -----BEGIN EC PRIVATE KEY-----
      MHcCAQEEIEeUy/wVdwz64aRppgrkhQt7xm89DtT5sZJfInFL3iSJoAoGCCqGSM49
      AwEHoUQDQgAERnEBtl5QLVO5tSeJzC6H2WjFhTM4ndu+YLhN+sNo7jsNWzg00hak
      GwxxUCAzHyxm59tCQEi7coOPw20VD4drew==
      -----END EC PRIVATE KEY-----
    poll_interval_minutes: 5
    archive_days: 90
