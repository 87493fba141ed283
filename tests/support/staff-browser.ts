// Staff signing in in the browser, as a person does: a staff page sends them to the OpenID provider's
// sign-in page (the embedded provider of tests/support/identity.ts, with its one test password), they
// fill in their login and password, and the provider sends them back signed in.
import type { Page } from 'playwright-core';
import { testPassword } from './identity';

/** Opens `path` (a staff page), signs in as `login` on the provider's page, and waits to be back. */
export async function signInThroughProvider(
  page: Page,
  baseUrl: string,
  login: string,
  opts: { path?: string; password?: string } = {},
): Promise<void> {
  const base = new URL(baseUrl);
  await page.goto(`${baseUrl}${opts.path ?? '/signin'}`);
  await page.getByLabel('NIP atau nama pengguna').fill(login);
  await page.getByLabel('Kata sandi').fill(opts.password ?? testPassword);
  await Promise.all([
    opts.password ? page.waitForLoadState('load') : page.waitForURL((u) => u.port === base.port),
    page.getByRole('button', { name: 'Masuk' }).click(),
  ]);
}
