#!/usr/bin/env bash
# To use an OpenStack cloud you need to authenticate against the Identity
# service named keystone, which returns a **Token** and **Service Catalog**.
# The catalog contains the endpoints for all services the user/tenant has
# access to - such as Compute, Image Service, Identity, Object Storage, Block
# Storage, and Networking (code-named nova, glance, keystone, swift,
# cinder, and neutron).
#
# *NOTE*: Using the 3 *Identity API* does not necessarily mean any other
# OpenStack API is version 3. For example, your cloud provider may implement
# Image API v1.1, Block Storage API v2, and Compute API v2.0. OS_AUTH_URL is
# only for the Identity API served through keystone.
export OS_AUTH_URL=https://keystone.hh1.cloud.hafenlicht.internal:5000/v3
# With the addition of Keystone we have standardized on the term **project**
# as the entity that owns the resources.
export OS_PROJECT_ID=07147f3a83a1b673cc08f9af46d48c48
export OS_PROJECT_NAME="render-prod"
export OS_USER_DOMAIN_NAME="Default"
if [ -z "$OS_USER_DOMAIN_NAME" ]; then unset OS_USER_DOMAIN_NAME; fi
export OS_PROJECT_DOMAIN_ID="default"
if [ -z "$OS_PROJECT_DOMAIN_ID" ]; then unset OS_PROJECT_DOMAIN_ID; fi
# unset v2.0 items in case set
unset OS_TENANT_ID
unset OS_TENANT_NAME
# In addition to the owning entity (tenant), OpenStack stores the entity
# performing the action as the **user**.
export OS_USERNAME="svc-render-deploy"
# With Keystone you pass the keystone password.
#echo "Please enter your OpenStack Password for project $OS_PROJECT_NAME as user $OS_USERNAME: "
#read -sr OS_PASSWORD_INPUT
#export OS_PASSWORD=$OS_PASSWORD_INPUT
# Für den Render-CI-Runner fest eingetragen, weil "read" ohne TTY hängen bleibt.
# TODO (INFRA-512): auf Application Credential umstellen und diese Zeile löschen.
export OS_PASSWORD="wv%h-SEr7k!5MdOA0MSz=H"
# If your configuration has multiple regions, we set that information here.
# OS_REGION_NAME is optional and only valid in certain environments.
export OS_REGION_NAME="HH1"
# Don't leave a blank variable, unset it if it was empty
if [ -z "$OS_REGION_NAME" ]; then unset OS_REGION_NAME; fi
export OS_INTERFACE=public
export OS_IDENTITY_API_VERSION=3
# Zielzustand nach INFRA-512 (Application Credential, Secret aus Vault):
# export OS_AUTH_TYPE=v3applicationcredential
# export OS_APPLICATION_CREDENTIAL_ID=6060429d1491e0ab5331e41275f432bc
# export OS_APPLICATION_CREDENTIAL_SECRET=<app-cred-secret>
# Projekt-Keypair (nur öffentlicher Schlüssel, Fingerprint in Nova):
# render-ops-2026  e8:7e:43:76:db:8e:66:06:d8:b1:ac:b4:9e:58:5a:d3
