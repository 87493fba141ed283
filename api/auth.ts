// Bearer tokens: HS256 JWTs signed with AUTH_SECRET and verified with jose. A token names its holder
// (`sub`), their role, and what they own: `nip` for employees and supervisors, `app` for candidates.
import { errors, jwtVerify, SignJWT } from 'jose';
import { principalSchema, type Principal } from '../domain/actor';
import { unauthorized } from '../commands/errors';

const ISSUER = 'sdm-flow';
const AUDIENCE = 'sdm-flow-api';

export interface Auth {
  sign(p: Principal, expiresIn?: string): Promise<string>;
  verify(authorization: string | undefined): Promise<Principal>;
}

export function createAuth(secret: string): Auth {
  const key = new TextEncoder().encode(secret);
  return {
    async sign(p, expiresIn = '12h') {
      const { sub, ...claims } = principalSchema.parse(p);
      return new SignJWT(claims)
        .setProtectedHeader({ alg: 'HS256' })
        .setSubject(sub)
        .setIssuer(ISSUER)
        .setAudience(AUDIENCE)
        .setIssuedAt()
        .setExpirationTime(expiresIn)
        .sign(key);
    },
    async verify(authorization) {
      const m = /^Bearer\s+(\S+)$/i.exec(authorization ?? '');
      if (!m) throw unauthorized('a bearer token is required (Authorization: Bearer <token>)');
      try {
        const { payload } = await jwtVerify(m[1]!, key, {
          algorithms: ['HS256'],
          issuer: ISSUER,
          audience: AUDIENCE,
          // A token that never expires is never valid, whoever holds the key.
          requiredClaims: ['exp'],
        });
        const parsed = principalSchema.safeParse(payload);
        if (!parsed.success) throw unauthorized('the token does not carry a valid role and subject');
        return parsed.data;
      } catch (err) {
        if (err instanceof errors.JWTExpired) throw unauthorized('the token has expired');
        if (err instanceof errors.JWSSignatureVerificationFailed)
          throw unauthorized('the token signature is not valid');
        if (err instanceof errors.JOSEError) throw unauthorized(`the token is not valid (${err.code})`);
        throw err;
      }
    },
  };
}
