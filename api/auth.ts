// Bearer tokens, from two issuers. Candidates' personal links carry HS256 JWTs that sdm-flow signs itself
// with AUTH_SECRET (issuer `sdm-flow`, role `candidate` only: candidates are in no directory). Staff
// tokens are access tokens of the OpenID provider (OIDC_ISSUER), verified against its published keys
// (jose's remote key set: cached, and fetched again when a token names a key it does not know, so a
// rotated key is followed). A staff member is `hr` when the roles claim holds `hr`; anyone else is
// `supervisor` or `employee` as the organisation registry has their NIP, whatever the token says.
import { createRemoteJWKSet, decodeJwt, errors, jwtVerify, SignJWT, type JWTPayload } from 'jose';
import { principalSchema, type Principal } from '../domain/actor';
import { forbidden, Problem, unauthorized } from '../commands/errors';
import type { StaffRoles } from '../commands/org/staff-role';

const CANDIDATE_ISSUER = 'sdm-flow';
const CANDIDATE_AUDIENCE = 'sdm-flow-api';
/** The value of the roles claim that makes a staff member an HR officer. */
export const HR_ROLE = 'hr';
/** Staff tokens are signed by the provider's private keys: never by a shared secret. */
const STAFF_ALGORITHMS = ['RS256', 'RS384', 'RS512', 'PS256', 'PS384', 'PS512', 'ES256', 'ES384', 'EdDSA'];

/** How staff tokens are checked (OIDC_* in runtime/config.ts). */
export interface StaffTokens {
  issuer: string;
  /** The `aud` the API's access tokens carry (OIDC_AUDIENCE, by default the client id). */
  audience: string;
  /** Where the roles and the NIP are in a token (OIDC_ROLES_CLAIM, OIDC_NIP_CLAIM); dots go into objects. */
  rolesClaim: string;
  nipClaim: string;
  /** Who is a supervisor or an employee. */
  roles: StaffRoles;
}

export type CandidateClaims = Principal & { role: 'candidate' };

export interface Auth {
  /** A candidate's personal-link token (commands/recruitment/candidate-links.ts). */
  sign(p: CandidateClaims, expiresIn?: string): Promise<string>;
  verify(authorization: string | undefined): Promise<Principal>;
}

export function createAuth(secret: string, staff?: StaffTokens): Auth {
  const key = new TextEncoder().encode(secret);
  const staffVerify = staff ? staffVerifier(staff) : undefined;

  async function verifyCandidate(token: string): Promise<Principal> {
    const { payload } = await jwtVerify(token, key, {
      algorithms: ['HS256'],
      issuer: CANDIDATE_ISSUER,
      audience: CANDIDATE_AUDIENCE,
      // A token that never expires is never valid, whoever holds the key.
      requiredClaims: ['exp'],
    });
    const parsed = principalSchema.safeParse(payload);
    if (!parsed.success) throw unauthorized('the token does not carry a valid role and subject');
    if (parsed.data.role !== 'candidate')
      throw unauthorized(
        "a token signed by sdm-flow is only a candidate's link; staff sign in through the OpenID provider",
      );
    return parsed.data;
  }

  return {
    async sign(p, expiresIn = '12h') {
      const { sub, ...claims } = principalSchema.parse(p);
      if (claims.role !== 'candidate') throw new Error('sdm-flow signs tokens for candidates only');
      return new SignJWT(claims)
        .setProtectedHeader({ alg: 'HS256' })
        .setSubject(sub)
        .setIssuer(CANDIDATE_ISSUER)
        .setAudience(CANDIDATE_AUDIENCE)
        .setIssuedAt()
        .setExpirationTime(expiresIn)
        .sign(key);
    },
    async verify(authorization) {
      const m = /^Bearer\s+(\S+)$/i.exec(authorization ?? '');
      if (!m) throw unauthorized('a bearer token is required (Authorization: Bearer <token>)');
      const token = m[1]!;
      try {
        // The issuer only picks the check; the check itself verifies it again.
        const { iss } = decodeJwt(token);
        if (iss === CANDIDATE_ISSUER) return await verifyCandidate(token);
        if (staffVerify && iss === staff!.issuer) return await staffVerify(token);
        throw unauthorized('the token is not from sdm-flow or its OpenID provider');
      } catch (err) {
        if (err instanceof errors.JWTExpired) throw unauthorized('the token has expired');
        if (err instanceof errors.JWSSignatureVerificationFailed)
          throw unauthorized('the token signature is not valid');
        if (err instanceof errors.JWKSNoMatchingKey)
          throw unauthorized('the token is signed by a key the OpenID provider does not publish');
        if (err instanceof errors.JOSEError) throw unauthorized(`the token is not valid (${err.code})`);
        throw err;
      }
    },
  };
}

/** Verifies a staff access token and names its holder's role. */
function staffVerifier(staff: StaffTokens) {
  let keys: Promise<ReturnType<typeof createRemoteJWKSet>> | undefined;
  // The key set's address comes from the provider's discovery document, read once (again after a failure).
  const keySet = () =>
    (keys ??= discoverJwksUri(staff.issuer).then(
      (uri) => createRemoteJWKSet(new URL(uri)),
      (err: unknown) => {
        keys = undefined;
        throw err;
      },
    ));

  return async (token: string): Promise<Principal> => {
    const jwks = await keySet();
    const { payload } = await jwtVerify(
      token,
      async (header, t) => {
        try {
          return await jwks(header, t);
        } catch (err) {
          if (err instanceof errors.JOSEError && !(err instanceof errors.JWKSTimeout)) throw err;
          throw providerDown();
        }
      },
      {
        algorithms: STAFF_ALGORITHMS,
        issuer: staff.issuer,
        audience: staff.audience,
        requiredClaims: ['exp', 'sub'],
      },
    );
    const sub = payload.sub!;
    const roles = rolesIn(claimAt(payload, staff.rolesClaim));
    const nipClaim = claimAt(payload, staff.nipClaim);
    const nip = typeof nipClaim === 'string' && /^\d{18}$/.test(nipClaim) ? nipClaim : undefined;
    if (roles.includes(HR_ROLE)) return principal({ sub, role: 'hr', nip });
    if (!nip)
      throw forbidden(
        `the token carries neither the ${HR_ROLE} role (claim ${staff.rolesClaim}) nor an 18-digit NIP (claim ${staff.nipClaim})`,
      );
    const role = await staff.roles.roleOf(nip);
    if (!role) throw forbidden("the token's NIP is not an active employee in the organisation registry");
    return principal({ sub, role, nip });
  };
}

function principal(p: Principal): Principal {
  const parsed = principalSchema.safeParse(p);
  if (!parsed.success) throw unauthorized('the token does not carry a valid subject');
  return parsed.data;
}

async function discoverJwksUri(issuer: string): Promise<string> {
  const url = `${issuer.replace(/\/$/, '')}/.well-known/openid-configuration`;
  const res = await fetch(url, { signal: AbortSignal.timeout(5000) }).catch(() => undefined);
  if (!res?.ok) throw providerDown();
  const meta = (await res.json()) as { issuer?: unknown; jwks_uri?: unknown };
  if (meta.issuer !== issuer || typeof meta.jwks_uri !== 'string')
    throw new Error(`the discovery document at ${url} does not name issuer ${issuer} and its jwks_uri`);
  return meta.jwks_uri;
}

const providerDown = () =>
  new Problem(
    503,
    'Service Unavailable',
    'the OpenID provider does not answer; try again shortly',
    undefined,
    undefined,
    5,
  );

/** A claim by its name, or by a dotted path into nested objects (Keycloak's `realm_access.roles`). */
function claimAt(payload: JWTPayload, name: string): unknown {
  let value: unknown = payload;
  for (const part of name.split('.')) {
    if (typeof value !== 'object' || value === null || !Object.hasOwn(value, part)) return undefined;
    value = (value as Record<string, unknown>)[part];
  }
  return value;
}

/** Roles as a list of names, or as one space-separated string. */
function rolesIn(value: unknown): string[] {
  if (Array.isArray(value)) return value.filter((v): v is string => typeof v === 'string');
  if (typeof value === 'string') return value.split(' ');
  return [];
}
