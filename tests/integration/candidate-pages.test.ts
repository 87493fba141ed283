// The candidate pages' foundation over HTTP on the real database, without a browser: their headers (a
// strict Content-Security-Policy of their own while the API keeps its headers), the session cookie, the
// CSRF refusal, and the rate limits of "send my link again" per NIK and per email address, which answer
// 429 as a page and send nothing.
import type { Server } from 'node:http';
import { createApp } from '../../api/app';
import { startTestEngine, type TestEngine } from '../support/engine';
import { nikFor } from '../support/nik';
import { uniqueEmail } from '../support/servers';

let engine: TestEngine;
beforeAll(async () => {
  engine = await startTestEngine('candidate-pages-integration');
});
afterAll(() => engine.stop());

/** The engine's app with limits of 2 per NIK and per address (counters of its own). */
async function appWithLimits(): Promise<{ base: string; close(): void }> {
  const { app } = createApp({
    ...engine.deps,
    config: {
      ...engine.deps.config,
      rateLimits: { perIp: { limit: 100, window: 'PT1M' }, perApplicant: { limit: 2, window: 'PT1H' } },
    },
  });
  const server: Server = app.listen(0);
  await new Promise((r) => server.once('listening', r));
  return {
    base: `http://127.0.0.1:${(server.address() as { port: number }).port}`,
    close: () => server.close(),
  };
}

/** A browser's visit of the recovery page: its session cookie and form token. */
async function visit(base: string): Promise<{ cookie: string; token: string }> {
  const res = await fetch(`${base}/candidate/recover`);
  const cookie = res.headers.get('set-cookie')!.split(';')[0]!;
  const token = /name="_csrf" value="([^"]+)"/.exec(await res.text())![1]!;
  return { cookie, token };
}

const post = (base: string, s: { cookie: string; token?: string }, fields: Record<string, string>) =>
  fetch(`${base}/candidate/recover`, {
    method: 'POST',
    redirect: 'manual',
    headers: { 'content-type': 'application/x-www-form-urlencoded', cookie: s.cookie },
    body: new URLSearchParams({ ...(s.token ? { _csrf: s.token } : {}), ...fields }),
  });

describe('the candidate pages over HTTP', () => {
  it('send a strict CSP, an httpOnly SameSite=Lax session cookie, and no-store; the API keeps its headers', async () => {
    const page = await fetch(`${engine.baseUrl}/candidate/recover`);
    expect(page.status).toBe(200);
    const csp = page.headers.get('content-security-policy')!;
    expect(csp).toContain("default-src 'none'");
    expect(csp).toContain("script-src 'self'");
    expect(csp).not.toContain('unsafe-inline');
    expect(page.headers.get('cache-control')).toBe('no-store');
    expect(page.headers.get('referrer-policy')).toBe('no-referrer');
    expect(page.headers.get('set-cookie')).toMatch(
      /^sdm\.sid=.+; Path=\/; Expires=.+; HttpOnly; SameSite=Lax$/,
    );
    const stylesheet = /href="(\/assets\/site\.[0-9a-f]{12}\.css)"/.exec(await page.text())![1]!;
    const css = await fetch(engine.baseUrl + stylesheet);
    expect(css.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    const api = await fetch(`${engine.baseUrl}/health/live`);
    expect(api.headers.get('content-security-policy')).toContain("style-src 'self' https: 'unsafe-inline'");
    expect(api.headers.get('set-cookie')).toBeNull();
  });

  it('refuse a form without its token, and one from another session', async () => {
    const a = await visit(engine.baseUrl);
    const b = await visit(engine.baseUrl);
    const fields = { nik: nikFor('1994-03-08'), birthDate: '1994-03-08', email: uniqueEmail('csrf') };
    for (const s of [{ cookie: a.cookie }, { cookie: a.cookie, token: b.token }]) {
      const res = await post(engine.baseUrl, s, fields);
      expect(res.status).toBe(403);
      expect(await res.text()).toContain('Tidak ada yang diubah');
    }
    expect((await post(engine.baseUrl, a, fields)).status).toBe(200);
  });

  it('limit "send my link again" per NIK and per email address, as a page', async () => {
    const { base, close } = await appWithLimits();
    try {
      const s = await visit(base);
      const nik = nikFor('1990-01-15');
      const email = uniqueEmail('limit');
      const ask = (n: string, e: string) => post(base, s, { nik: n, birthDate: '1990-01-15', email: e });
      expect((await ask(nik, uniqueEmail('a'))).status).toBe(200);
      expect((await ask(nik, email)).status).toBe(200);
      const third = await ask(nik, uniqueEmail('b'));
      expect(third.status).toBe(429);
      expect(third.headers.get('retry-after')).toMatch(/^\d+$/);
      expect(await third.text()).toContain('Terlalu banyak permintaan');
      // Per address: another NIK with an address already asked for twice.
      expect((await ask(nikFor('1991-02-16'), email)).status).toBe(200);
      expect((await ask(nikFor('1992-03-17'), email)).status).toBe(429);
    } finally {
      close();
    }
  });
});
