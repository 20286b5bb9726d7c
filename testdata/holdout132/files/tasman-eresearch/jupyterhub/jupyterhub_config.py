# JupyterHub 5.2 on huon-jhub01 -- DockerSpawner for teaching (not the Slurm-backed research hub)
import os

c = get_config()  # noqa

c.JupyterHub.bind_url = "https://teach-jupyter.eresearch.tasmantech.edu.au"
c.JupyterHub.ssl_cert = "/etc/letsencrypt/live/teach-jupyter/fullchain.pem"
c.JupyterHub.ssl_key = "/etc/letsencrypt/live/teach-jupyter/privkey.pem"
c.JupyterHub.cookie_secret_file = "/srv/jupyterhub/jupyterhub_cookie_secret"
c.JupyterHub.db_url = os.environ["JHUB_DB_URL"]  # postgresql://... from systemd EnvironmentFile

# --- authentication: Tasman Tech Entra ID ---
from oauthenticator.azuread import AzureAdOAuthenticator
c.JupyterHub.authenticator_class = AzureAdOAuthenticator
c.AzureAdOAuthenticator.tenant_id = os.environ.get("AAD_TENANT_ID")
c.AzureAdOAuthenticator.client_id = os.environ.get("AAD_CLIENT_ID")
c.AzureAdOAuthenticator.client_secret = os.environ.get("AAD_CLIENT_SECRET")
c.AzureAdOAuthenticator.oauth_callback_url = "https://teach-jupyter.eresearch.tasmantech.edu.au/hub/oauth_callback"
c.AzureAdOAuthenticator.username_claim = "preferred_username"
c.AzureAdOAuthenticator.allowed_groups = {"eec9bc33-0a1c-47fd-9a71-8a165578666d", "6579bef8-a64a-426e-92e7-a741f9ac0bc1"}  # SIT315-2025-S1, KIT712-2025-S1
c.AzureAdOAuthenticator.admin_users = {"ers-admin"}
c.AzureAdOAuthenticator.manage_groups = True

# --- spawner ---
from dockerspawner import DockerSpawner
c.JupyterHub.spawner_class = DockerSpawner
c.DockerSpawner.image = "registry.eresearch.tasmantech.edu.au/teaching/datasci-notebook:2025.02@sha256:ca0ceea482fc9addebe1fe9d14754e98d05fc9b448796d8766f15dc68fa3718b"
c.DockerSpawner.network_name = "jhub-net"
c.DockerSpawner.remove = True
c.DockerSpawner.notebook_dir = "/home/jovyan/work"
c.DockerSpawner.volumes = {"jhub-user-{username}": "/home/jovyan/work", "/srv/datasets": {"bind": "/data", "mode": "ro"}}
c.DockerSpawner.mem_limit = "4G"
c.DockerSpawner.cpu_limit = 2
c.Spawner.start_timeout = 180
c.Spawner.http_timeout = 90

# --- services ---
c.JupyterHub.services = [
    {"name": "idle-culler", "command": ["python3", "-m", "jupyterhub_idle_culler", "--timeout=3600", "--max-age=43200"]},
    {"name": "grading", "url": "http://ngshare:10101", "api_token": os.environ.get("NGSHARE_API_TOKEN")},
]
c.JupyterHub.load_roles = [
    {"name": "grading-svc", "scopes": ["list:users", "read:users:groups"], "services": ["grading"]},
]
c.JupyterHub.template_vars = {"announcement": "Semester 1 2025 — notebooks are deleted 2 weeks after census date."}
