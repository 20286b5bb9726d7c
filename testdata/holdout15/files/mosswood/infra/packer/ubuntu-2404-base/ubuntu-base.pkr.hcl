packer {
  required_plugins {
    amazon = {
      source  = "github.com/hashicorp/amazon"
      version = "~> 1.3.9"
    }
    qemu = {
      source  = "github.com/hashicorp/qemu"
      version = "~> 1.1.4"
    }
    vagrant = {
      source  = "github.com/hashicorp/vagrant"
      version = "~> 1.1.5"
    }
  }
}

# ---------------------------------------------------------------------------
# Variables. Credentials are never defaults: AWS comes from the instance
# profile / OIDC role of the CI runner, the build user's SSH key is generated
# per build (temporary_key_pair_type), and the HCP service principal comes
# from HCP_CLIENT_ID / HCP_CLIENT_SECRET in the runner environment.
# ---------------------------------------------------------------------------
variable "aws_region" {
  type    = string
  default = "eu-west-2"
}

variable "ami_share_accounts" {
  type        = list(string)
  description = "Account ids the AMI is shared with (set in ci/packer.auto.pkrvars.hcl)."
  default     = []
}

variable "ubuntu_release" {
  type    = string
  default = "24.04.3"
}

variable "ssh_build_password" {
  type        = string
  sensitive   = true
  description = "Only used by the qemu builder's autoinstall; read from Vault at build time."
  default     = vault("/kv/data/platform/packer/qemu", "build_user_password")
}

variable "ca_bundle_b64" {
  type      = string
  sensitive = true
  default   = aws_secretsmanager("platform/packer/internal-ca-bundle", null)
}

locals {
  build_ts  = formatdate("YYYYMMDD'T'hhmm", timestamp())
  ami_name  = "mw-ubuntu-2404-base-${local.build_ts}"
  box_name  = "mosswood/ubuntu-2404-base"
  common_tags = {
    "mw:team"         = "platform"
    "mw:source-repo"  = "mosswood/infra"
    "mw:packer-build" = "{{ build_name }}"
    "mw:base-release" = var.ubuntu_release
  }
}

data "amazon-ami" "ubuntu_noble" {
  region = var.aws_region
  filters = {
    name                = "ubuntu/images/hvm-ssd-gp3/ubuntu-noble-24.04-amd64-server-*"
    root-device-type    = "ebs"
    virtualization-type = "hvm"
  }
  owners      = ["099720109477"] # Canonical
  most_recent = true
}

source "amazon-ebs" "base" {
  region                    = var.aws_region
  source_ami                = data.amazon-ami.ubuntu_noble.id
  instance_type             = "t3.medium"
  ssh_username              = "ubuntu"
  temporary_key_pair_type   = "ed25519"
  ssh_interface             = "session_manager"
  iam_instance_profile      = "packer-build-ssm"
  ami_name                  = local.ami_name
  ami_users                 = var.ami_share_accounts
  encrypt_boot              = true
  kms_key_id                = "alias/mw-ami-build"
  imds_support              = "v2.0"
  tags                      = local.common_tags
  run_tags                  = merge(local.common_tags, { Name = "packer-${local.ami_name}" })
  launch_block_device_mappings {
    device_name           = "/dev/sda1"
    volume_size           = 16
    volume_type           = "gp3"
    delete_on_termination = true
  }
}

source "qemu" "base" {
  iso_url          = "https://releases.ubuntu.com/${var.ubuntu_release}/ubuntu-${var.ubuntu_release}-live-server-amd64.iso"
  iso_checksum     = "file:https://releases.ubuntu.com/${var.ubuntu_release}/SHA256SUMS"
  output_directory = "output/qemu-${local.build_ts}"
  disk_size        = "16G"
  format           = "qcow2"
  accelerator      = "kvm"
  memory           = 4096
  cpus             = 2
  headless         = true
  http_directory   = "http"
  ssh_username     = "packer"
  ssh_password     = var.ssh_build_password
  ssh_timeout      = "30m"
  shutdown_command = "sudo shutdown -P now"
  boot_wait        = "5s"
  boot_command = [
    "c<wait>",
    "linux /casper/vmlinuz --- autoinstall ds='nocloud-net;s=http://{{ .HTTPIP }}:{{ .HTTPPort }}/' ",
    "<enter><wait>",
    "initrd /casper/initrd<enter><wait>",
    "boot<enter>"
  ]
}

build {
  name    = "ubuntu-2404-base"
  sources = ["source.amazon-ebs.base", "source.qemu.base"]

  hcp_packer_registry {
    bucket_name   = "mw-ubuntu-2404-base"
    description   = "Mosswood hardened Ubuntu 24.04 base (CIS L1, auditd, chrony, node-exporter)"
    bucket_labels = { "os" = "ubuntu", "release" = "24.04" }
    build_labels  = { "build-time" = local.build_ts }
  }

  provisioner "file" {
    content     = base64decode(var.ca_bundle_b64)
    destination = "/tmp/mw-internal-ca.crt"
  }

  provisioner "shell" {
    execute_command  = "chmod +x {{ .Path }}; sudo -E env {{ .Vars }} {{ .Path }}"
    environment_vars = ["DEBIAN_FRONTEND=noninteractive", "MW_BASE_RELEASE=${var.ubuntu_release}"]
    scripts = [
      "scripts/10-apt-baseline.sh",
      "scripts/20-cis-l1.sh",
      "scripts/30-auditd-rules.sh",
      "scripts/40-node-exporter.sh",
      "scripts/90-cleanup.sh",
    ]
    expect_disconnect = true
  }

  provisioner "shell" {
    inline = [
      "sudo install -m 0644 /tmp/mw-internal-ca.crt /usr/local/share/ca-certificates/mw-internal-ca.crt",
      "sudo update-ca-certificates --fresh | tail -n 1",
      "sudo truncate -s 0 /etc/machine-id",
      "sudo rm -f /home/*/.ssh/authorized_keys /root/.ssh/authorized_keys",
    ]
  }

  post-processor "vagrant" {
    only                 = ["qemu.base"]
    output               = "output/${local.box_name}-${local.build_ts}.box"
    vagrantfile_template = "vagrant/Vagrantfile.tpl"
  }

  post-processor "checksum" {
    checksum_types = ["sha256"]
    output         = "output/{{ .BuildName }}_{{ .ChecksumType }}.checksum"
  }

  post-processor "manifest" {
    output     = "output/manifest.json"
    strip_path = true
    custom_data = {
      git_sha = "${env("CI_COMMIT_SHA")}"
    }
  }
}
