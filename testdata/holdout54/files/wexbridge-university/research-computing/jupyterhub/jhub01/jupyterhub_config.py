# jupyterhub_config.py — Wexbridge Research Computing, https://notebooks.hpc.wexbridge.ac.uk
# Rendered by Ansible (role rc-jupyterhub, template jupyterhub_config.py.j2) on 2026-04-14T09:12:03Z
# Hub runs on jhub01 (VM); single-user servers run as Slurm jobs on the "interactive" partitions.
import os
import batchspawner  # noqa: F401  (registers the batchspawner API handler)
from oauthenticator.generic import GenericOAuthenticator

c = get_config()  # noqa: F821

# --- Networking -------------------------------------------------------------
c.JupyterHub.bind_url = 'http://:8000/'
c.JupyterHub.hub_ip = '10.41.2.17'          # compute nodes reach the hub API on the cluster VLAN
c.JupyterHub.hub_connect_url = 'http://jhub01.hpc.wexbridge.ac.uk:8081'
c.ConfigurableHTTPProxy.auth_token = os.environ['CONFIGPROXY_AUTH_TOKEN']
c.JupyterHub.cookie_secret_file = '/srv/jupyterhub/jupyterhub_cookie_secret'
c.JupyterHub.db_url = 'sqlite:////srv/jupyterhub/jupyterhub.sqlite'
c.JupyterHub.ssl_key = '/etc/jupyterhub/ssl/notebooks.hpc.wexbridge.ac.uk.key'
c.JupyterHub.ssl_cert = '/etc/jupyterhub/ssl/notebooks.hpc.wexbridge.ac.uk.fullchain.pem'

# --- Authentication (Keycloak realm "research") -----------------------------
c.JupyterHub.authenticator_class = GenericOAuthenticator
c.GenericOAuthenticator.client_id = 'rc-jupyterhub'
c.GenericOAuthenticator.client_secret = 'EYyC6XYsdudzxS4dkB97fdhaAI0UZWF1'
c.GenericOAuthenticator.oauth_callback_url = 'https://notebooks.hpc.wexbridge.ac.uk/hub/oauth_callback'
c.GenericOAuthenticator.authorize_url = 'https://sso.wexbridge.ac.uk/realms/research/protocol/openid-connect/auth'
c.GenericOAuthenticator.token_url = 'https://sso.wexbridge.ac.uk/realms/research/protocol/openid-connect/token'
c.GenericOAuthenticator.userdata_url = 'https://sso.wexbridge.ac.uk/realms/research/protocol/openid-connect/userinfo'
c.GenericOAuthenticator.username_claim = 'preferred_username'
c.GenericOAuthenticator.scope = ['openid', 'profile', 'groups']
c.GenericOAuthenticator.claim_groups_key = 'groups'
c.GenericOAuthenticator.allowed_groups = {'hpc-users', 'bic-staff'}
c.GenericOAuthenticator.admin_groups = {'rc-admins'}
c.Authenticator.enable_auth_state = False

# --- Spawner: Slurm via batchspawner/wrapspawner ------------------------------
c.JupyterHub.spawner_class = 'wrapspawner.ProfilesSpawner'
c.Spawner.http_timeout = 300
c.Spawner.start_timeout = 600
c.Spawner.default_url = '/lab'
c.Spawner.environment = {
    'HTTPS_PROXY': 'http://squid.hpc.wexbridge.ac.uk:3128',
    'JUPYTER_PREFER_ENV_PATH': '0',
    # users' own cloud credentials stay in ~/.aws and ~/.config/gcloud, never here
}
c.ProfilesSpawner.profiles = [
    ('2 cores, 8 GB, 4 h (cpu)', 'cpu-small', 'batchspawner.SlurmSpawner',
     dict(req_partition='interactive', req_nprocs='2', req_memory='8G', req_runtime='4:00:00')),
    ('8 cores, 64 GB, 8 h (cpu)', 'cpu-large', 'batchspawner.SlurmSpawner',
     dict(req_partition='interactive', req_nprocs='8', req_memory='64G', req_runtime='8:00:00')),
    ('1x A100, 8 cores, 4 h (gpu)', 'gpu', 'batchspawner.SlurmSpawner',
     dict(req_partition='interactive-gpu', req_nprocs='8', req_memory='96G', req_runtime='4:00:00',
          req_options='--gres=gpu:a100:1')),
]
c.SlurmSpawner.batch_script = '''#!/bin/bash
#SBATCH --output={homedir}/.jupyterhub_slurm/%j.log
#SBATCH --job-name=jupyterhub-{username}
#SBATCH --chdir={homedir}
#SBATCH --partition={partition}
#SBATCH --time={runtime}
#SBATCH --cpus-per-task={nprocs}
#SBATCH --mem={memory}
#SBATCH --export={keepvars}
#SBATCH {options}
module load jupyterlab/4.3.6
{cmd}
'''

# --- Services -------------------------------------------------------------
c.JupyterHub.load_roles = [
    {'name': 'idle-culler', 'scopes': ['list:users', 'read:users:activity', 'read:servers', 'delete:servers'], 'services': ['idle-culler']},
    {'name': 'metrics', 'scopes': ['read:metrics'], 'services': ['prometheus']},
]
c.JupyterHub.services = [
    {'name': 'idle-culler', 'command': ['python3', '-m', 'jupyterhub_idle_culler', '--timeout=3600', '--cull-every=300']},
    {'name': 'prometheus', 'api_token': '3f179ac8629f22fd8050bb7bd85760d6'},
]
c.JupyterHub.authenticate_prometheus = True
c.JupyterHub.template_vars = {'support': 'RC service desk, category "Notebooks" (ref. RC-KB-0412)'}
