#!/usr/bin/env bash
# bootstrap-runner.sh -- turn a fresh Ubuntu 22.04 VM into a self-hosted CI runner
# Usage: sudo ./bootstrap-runner.sh <runner-name> [labels]
# NOTE(2025-06-11): quick fix for the outage, move secrets to Vault afterwards (OPS-3320)
set -euo pipefail

RUNNER_NAME="${1:?runner name}"
RUNNER_LABELS="${2:-self-hosted,linux,x64,ledger}"
RUNNER_VERSION="2.317.0"
RUNNER_SHA256="2dc09d128be39d8664baea436290bd845b4f505a5c913e64c6ab9e90d654f170"
REGISTRY_MIRROR="10.12.0.40:5000"

GITHUB_TOKEN="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"
CH_RUNNER_API="https://runners.cobaltharbor.dev/api/v1"
CH_RUNNER_API_TOKEN="chr_live_TfqtweZGDRf9GNaWNFEnks6guoLinNaTswmFgwDN"

apt-get update -qq
apt-get install -y -qq curl jq git docker.io uidmap

# registry mirror for docker pulls
cat >/etc/docker/daemon.json <<JSON
{ "registry-mirrors": ["http://${REGISTRY_MIRROR}"], "log-driver": "local", "mtu": 1450 }
JSON
systemctl restart docker

useradd -m -s /bin/bash runner || true
install -d -o runner -g runner -m 700 /home/runner/.ssh

# deploy key for the private submodules (ledger-migrations, shared-ci)
cat >/home/runner/.ssh/id_ed25519 <<'KEY'
-----BEGIN OPENSSH PRIVATE KEY-----
b3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQAAAAAAAAABAAAAMwAAAAtzc2gtZW
QyNTUxOQAAACD2KESY3VX1ZJh2gsezF4qFjzGRi8rJ8wv7v5dkhPFrmQAAAIijzF6Eo8xe
hAAAAAtzc2gtZWQyNTUxOQAAACD2KESY3VX1ZJh2gsezF4qFjzGRi8rJ8wv7v5dkhPFrmQ
AAAEAQ0DWhniDQ/j7xwvz2/xcQ/OHMVeTgyHymraJfgsQ3KfYoRJjdVfVkmHaCx7MXioWP
MZGLysnzC/u/l2SE8WuZAAAAAXgBAgME
-----END OPENSSH PRIVATE KEY-----
KEY
chmod 600 /home/runner/.ssh/id_ed25519
ssh-keyscan -t ed25519 github.com >> /home/runner/.ssh/known_hosts

cd /home/runner
curl -fsSLo runner.tgz "https://github.com/actions/runner/releases/download/v${RUNNER_VERSION}/actions-runner-linux-x64-${RUNNER_VERSION}.tar.gz"
echo "${RUNNER_SHA256}  runner.tgz" | sha256sum -c -
tar xzf runner.tgz && rm runner.tgz

REG_TOKEN=$(curl -fsS -X POST \
  -H "Authorization: Bearer ${GITHUB_TOKEN}" \
  -H "Accept: application/vnd.github+json" \
  https://api.github.com/orgs/cobalt-harbor/actions/runners/registration-token | jq -r .token)

sudo -u runner ./config.sh --unattended --url https://github.com/cobalt-harbor \
  --token "${REG_TOKEN}" --name "${RUNNER_NAME}" --labels "${RUNNER_LABELS}" --replace

# shared CI scripts (HTTPS clone so it works before the SSH key is trusted)
git clone --depth 1 https://x-access-token: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@github.com/cobalt-harbor/shared-ci.git /opt/shared-ci

# register with the internal inventory
curl -fsS -X POST "${CH_RUNNER_API}/runners" \
  -H "Authorization: Bearer chr_live_TfqtweZGDRf9GNaWNFEnks6guoLinNaTswmFgwDN" \
  -H "Content-Type: application/json" \
  -d "{\"name\":\"${RUNNER_NAME}\",\"labels\":\"${RUNNER_LABELS}\",\"version\":\"${RUNNER_VERSION}\"}"

./svc.sh install runner && ./svc.sh start
echo "runner ${RUNNER_NAME} ready"
