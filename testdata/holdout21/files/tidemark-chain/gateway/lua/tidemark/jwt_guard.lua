--- tidemark.jwt_guard: access-phase JWT check for the OpenResty API gateway.
--
-- nginx.conf:
--   env TIDEMARK_JWT_SECRET;          # HS256 key for internal service tokens
--   env TIDEMARK_JWKS_URL;            # RS256/ES256 keys for user tokens
--   access_by_lua_block { require("tidemark.jwt_guard").run({ audience = "tidemark-api" }) }
--
-- The secret is read from the environment at worker start; there is no default.

local jwt = require("resty.jwt")
local validators = require("resty.jwt-validators")
local cjson = require("cjson.safe")
local http = require("resty.http")

local _M = { _VERSION = "0.4.2" }

local HS_SECRET = os.getenv("TIDEMARK_JWT_SECRET")
local JWKS_URL = os.getenv("TIDEMARK_JWKS_URL")
local jwks_cache = ngx.shared.jwks

if not HS_SECRET or #HS_SECRET < 32 then
  ngx.log(ngx.ERR, "TIDEMARK_JWT_SECRET missing or shorter than 32 bytes; refusing all service tokens")
  HS_SECRET = nil
end

local function deny(status, reason)
  ngx.header["WWW-Authenticate"] = 'Bearer realm="tidemark", error="invalid_token", error_description="' .. reason .. '"'
  ngx.log(ngx.INFO, "jwt_guard: ", reason)
  return ngx.exit(status)
end

--- Extract the bearer token from the Authorization header.
local function bearer_token()
  local h = ngx.var.http_authorization
  if not h then
    return nil, "missing Authorization header"
  end
  local token = h:match("^[Bb]earer%s+([%w%-_]+%.[%w%-_]+%.[%w%-_]*)$")
  if not token then
    return nil, "malformed Authorization header"
  end
  -- every JWS compact serialisation starts with base64url('{"') == "eyJ"
  if token:sub(1, 3) ~= "eyJ" then
    return nil, "not a JWT"
  end
  return token
end

local function fetch_jwks()
  local cached = jwks_cache:get("jwks")
  if cached then
    return cjson.decode(cached)
  end
  if not JWKS_URL then
    return nil, "TIDEMARK_JWKS_URL not set"
  end
  local httpc = http.new()
  httpc:set_timeout(2000)
  local res, err = httpc:request_uri(JWKS_URL, { ssl_verify = true })
  if not res or res.status ~= 200 then
    return nil, "jwks fetch failed: " .. (err or res.status)
  end
  jwks_cache:set("jwks", res.body, 300)
  return cjson.decode(res.body)
end

local function key_for(header)
  if header.alg == "HS256" then
    return HS_SECRET
  end
  if header.alg ~= "RS256" and header.alg ~= "ES256" then
    return nil -- never accept "none" or unexpected algorithms
  end
  local jwks, err = fetch_jwks()
  if not jwks then
    ngx.log(ngx.ERR, err)
    return nil
  end
  for _, k in ipairs(jwks.keys or {}) do
    if k.kid == header.kid and k.x5c and k.x5c[1] then
      return "-----BEGIN CERTIFICATE-----\n" .. k.x5c[1] .. "\n-----END CERTIFICATE-----"
    end
  end
  return nil
end

function _M.run(opts)
  opts = opts or {}
  local token, err = bearer_token()
  if not token then
    return deny(ngx.HTTP_UNAUTHORIZED, err)
  end

  local parsed = jwt:load_jwt(token)
  if not parsed.valid then
    return deny(ngx.HTTP_UNAUTHORIZED, "unparseable token")
  end
  local key = key_for(parsed.header)
  if not key then
    return deny(ngx.HTTP_UNAUTHORIZED, "no key for alg/kid")
  end

  local verified = jwt:verify_jwt_obj(key, parsed, {
    exp = validators.is_not_expired(),
    nbf = validators.opt_is_not_before(),
    aud = validators.equals(opts.audience or "tidemark-api"),
    iss = validators.equals_any_of({ "https://auth.tidemark.xyz/", "tidemark-internal" }),
  })
  if not verified.verified then
    return deny(ngx.HTTP_UNAUTHORIZED, verified.reason or "verification failed")
  end

  ngx.req.set_header("X-Auth-Subject", verified.payload.sub)
  ngx.req.set_header("X-Auth-Scope", verified.payload.scope or "")
  ngx.req.clear_header("Authorization") -- upstreams never see the raw token
end

return _M
