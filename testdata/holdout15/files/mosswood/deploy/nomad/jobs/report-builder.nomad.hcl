# report-builder: renders PDF statements from the reports DB.
# Credentials come from Vault via workload identity; nothing here is secret.
job "report-builder" {
  region      = "eu-west-2"
  datacenters = ["euw2-a", "euw2-b"]
  type        = "service"
  namespace   = "reports"
  node_pool   = "general"

  meta {
    owner   = "team-reports"
    runbook = "https://wiki.mosswood.io/display/REP/report-builder"
    git_sha = "${NOMAD_META_git_sha}"
  }

  constraint {
    attribute = "${attr.kernel.name}"
    value     = "linux"
  }

  constraint {
    attribute = "${node.class}"
    operator  = "regexp"
    value     = "^(general|batch)-v[0-9]+$"
  }

  update {
    max_parallel      = 1
    min_healthy_time  = "30s"
    healthy_deadline  = "5m"
    progress_deadline = "10m"
    auto_revert       = true
    canary            = 1
  }

  group "api" {
    count = 3

    network {
      mode = "bridge"
      port "http" {
        to = 8080
      }
      port "metrics" {
        to = 9102
      }
    }

    service {
      name         = "report-builder"
      port         = "http"
      provider     = "consul"
      tags         = ["traefik.enable=true", "traefik.http.routers.reports.rule=Host(`reports.mosswood.io`)"]
      canary_tags  = ["canary"]

      check {
        type     = "http"
        path     = "/healthz"
        interval = "10s"
        timeout  = "2s"
      }

      connect {
        sidecar_service {
          proxy {
            upstreams {
              destination_name = "postgres-reports"
              local_bind_port  = 15432
            }
            upstreams {
              destination_name = "pdf-renderer"
              local_bind_port  = 13000
            }
          }
        }
      }
    }

    task "report-builder" {
      driver = "docker"

      config {
        image = "registry.mosswood.io/reports/report-builder@sha256:339c808808453aea585bef8e5184428b1c5b6ce43eb30342de0656a8171489a3"
        ports = ["http", "metrics"]
        readonly_rootfs = true
        cap_drop        = ["ALL"]
      }

      vault {
        role          = "report-builder"
        change_mode   = "signal"
        change_signal = "SIGHUP"
      }

      identity {
        name = "vault_default"
        aud  = ["vault.io"]
        ttl  = "1h"
      }

      artifact {
        source      = "https://artifacts.mosswood.io/report-builder/fonts/inter-4.1.tar.gz"
        destination = "local/fonts"
        options {
          checksum = "sha256:fc3cee3fecf15b51e9265e752ed3e942e8cd16888a66e980990b43e8788daebc"
        }
      }

      template {
        destination = "secrets/db.env"
        env         = true
        change_mode = "restart"
        data        = <<-EOH
          {{- with secret "database/creds/report-builder" }}
          PGUSER={{ .Data.username }}
          PGPASSWORD={{ .Data.password }}
          {{- end }}
          PGHOST=127.0.0.1
          PGPORT=15432
          PGDATABASE=reports
          PGSSLMODE=disable
        EOH
      }

      template {
        destination = "secrets/app.env"
        env         = true
        change_mode = "signal"
        change_signal = "SIGHUP"
        data        = <<-EOH
          {{- with secret "kv/data/reports/report-builder" }}
          SIGNING_KEY_PATH=/secrets/signing.pem
          S3_BUCKET={{ .Data.data.s3_bucket }}
          SENTRY_DSN={{ .Data.data.sentry_dsn }}
          {{- end }}
        EOH
      }

      template {
        destination = "secrets/signing.pem"
        perms       = "0400"
        data        = <<-EOH
          {{ with secret "pki_reports/issue/report-signing" "common_name=report-builder.reports.svc" "ttl=72h" }}{{ .Data.private_key }}{{ end }}
        EOH
      }

      template {
        destination = "local/upstreams.txt"
        data        = <<-EOH
          {{ range service "pdf-renderer" }}{{ .Address }}:{{ .Port }} {{ .ID }}
          {{ end }}
        EOH
      }

      env {
        RUST_LOG        = "info,report_builder=debug"
        LISTEN_ADDR     = "0.0.0.0:${NOMAD_PORT_http}"
        METRICS_ADDR    = "0.0.0.0:${NOMAD_PORT_metrics}"
        PDF_RENDERER    = "http://127.0.0.1:13000"
        OTEL_EXPORTER_OTLP_ENDPOINT = "http://${attr.unique.network.ip-address}:4317"
      }

      resources {
        cpu        = 500
        memory     = 512
        memory_max = 1024
      }

      logs {
        max_files     = 5
        max_file_size = 20
      }
    }
  }
}
