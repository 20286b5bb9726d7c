// Configuración OIDC del portal de socios (SPA, React + oidc-client-ts).
//
// IMPORTANTE: esta aplicación es un cliente PÚBLICO. No existe client_secret y nunca debe añadirse
// uno aquí: todo lo que está en este archivo termina en el bundle JS que descarga el navegador.
// La seguridad del flujo la da PKCE (S256), que oidc-client-ts genera en cada login.
//
// Registro del cliente en el IdP (ticket SOC-612), para referencia:
//   token_endpoint_auth_method: "none"
//   grant_types: ["authorization_code", "refresh_token"]
//   refresh tokens rotatorios, 8 h de vida máxima
import { UserManager, WebStorageStateStore, type UserManagerSettings } from "oidc-client-ts";

const ENTORNOS = {
  produccion: {
    authority: "https://identidad.cooperativa-norte.es/realms/socios",
    client_id: "q0rxJvS4JdC6ixG2raSPC4vneth46g1I",
    redirect_uri: "https://socios.cooperativa-norte.es/auth/callback",
    post_logout_redirect_uri: "https://socios.cooperativa-norte.es/",
  },
  preproduccion: {
    authority: "https://identidad.pre.cooperativa-norte.es/realms/socios",
    client_id: "portal-socios-pre",
    redirect_uri: "https://socios.pre.cooperativa-norte.es/auth/callback",
    post_logout_redirect_uri: "https://socios.pre.cooperativa-norte.es/",
  },
  local: {
    authority: "http://localhost:8080/realms/socios",
    client_id: "portal-socios-dev",
    redirect_uri: "http://localhost:5173/auth/callback",
    post_logout_redirect_uri: "http://localhost:5173/",
  },
} as const;

// Las apps móviles usan sus propios clientes públicos (AppAuth), con esquemas propios:
//   Android: client_id "UOFFsykSu2xCC6ZJVV5wQnj2QICzvsjT", redirect "es.cooperativanorte.socios:/oauth2redirect"
//   iOS:     client_id "UMsoX408RB5Y2whfwZPWRHGZvq3IDPri", redirect "es.cooperativanorte.socios.ios:/oauth2redirect"
// Se listan aquí solo para que soporte pueda cruzarlos con los logs del IdP.

type Entorno = keyof typeof ENTORNOS;
const entorno = (import.meta.env.VITE_ENTORNO ?? "local") as Entorno;

export const oidcSettings: UserManagerSettings = {
  ...ENTORNOS[entorno],
  response_type: "code",                 // Authorization Code + PKCE; nada de flujo implícito
  scope: "openid profile socios:lectura socios:cuotas offline_access",
  loadUserInfo: true,
  automaticSilentRenew: true,
  // Guardamos la sesión en sessionStorage: se borra al cerrar la pestaña.
  userStore: new WebStorageStateStore({ store: window.sessionStorage }),
  // Claims que la app puede mostrar; el DNI y el IBAN del socio NO viajan en el id_token.
  filterProtocolClaims: true,
  extraQueryParams: { ui_locales: "es ca eu gl" },
};

export const userManager = new UserManager(oidcSettings);

// Para depurar en local: el token se puede ver en DevTools > Application > Session Storage,
// clave "oidc.user:<authority>:<client_id>". No lo pegues en tickets ni en el chat.
