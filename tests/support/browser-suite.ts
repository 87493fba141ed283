// One browser test file's setup, shared: the real engine (its own database and task queue) and Chromium,
// started before the file's tests and stopped after them, the typed API client, and pages in fresh
// contexts (closed at the end), signed in through the OpenID provider's page when asked.
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { launchBrowser, newPage, type PageProblems } from './browser';
import { startTestEngine, type TestEngine } from './engine';
import { RecruitmentApi } from './recruitment-client';
import { signInThroughProvider } from './staff-browser';

export interface OpenedPage {
  page: Page;
  context: BrowserContext;
  problems: PageProblems;
}

export interface BrowserSuite {
  readonly engine: TestEngine;
  readonly api: RecruitmentApi;
  readonly browser: Browser;
  /** A page in a fresh context (no cookies), waiting up to 30 s for each step. */
  open(opts?: { javaScript?: boolean }): Promise<OpenedPage>;
  /** A fresh page signed in as `login` (for example `hr-1`, or an employee's NIP), left on `path`. */
  signedIn(login: string, path: string): Promise<OpenedPage>;
}

export function browserSuite(
  name: string,
  engineOpts: Parameters<typeof startTestEngine>[1] = {},
): BrowserSuite {
  let engine: TestEngine | undefined;
  let api: RecruitmentApi | undefined;
  let browser: Browser | undefined;
  const opened: BrowserContext[] = [];
  beforeAll(async () => {
    [engine, browser] = await Promise.all([startTestEngine(name, engineOpts), launchBrowser()]);
    api = await RecruitmentApi.connect(engine.baseUrl);
  });
  afterAll(async () => {
    await Promise.all(opened.map((c) => c.close()));
    await browser?.close();
    await engine?.stop();
  });
  const started = <T>(x: T | undefined): T => {
    if (x === undefined) throw new Error('the browser suite has not started (use it inside a test)');
    return x;
  };
  const suite: BrowserSuite = {
    get engine() {
      return started(engine);
    },
    get api() {
      return started(api);
    },
    get browser() {
      return started(browser);
    },
    async open(opts = {}) {
      const p = await newPage(suite.browser, opts);
      opened.push(p.context);
      p.context.setDefaultTimeout(30_000);
      return p;
    },
    async signedIn(login, path) {
      const p = await suite.open();
      await signInThroughProvider(p.page, suite.engine.baseUrl, login, { path });
      return p;
    },
  };
  return suite;
}
