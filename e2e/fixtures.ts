import { test as base, expect } from '@playwright/test';

export { expect };

/** Schemes that never touch the network. */
const LOCAL_SCHEMES = new Set(['data:', 'blob:', 'about:']);

export interface Guard {
  /** Every URL the browser context requested (pages and their workers), in order. */
  requests: string[];
  /** The problems found so far (for tests of the guard itself). */
  problems: () => string[];
  /** Returns the problems found so far and forgets them (for tests of the guard itself). */
  takeProblems: () => string[];
}

/**
 * The shared test: fails on any console error, uncaught page error, or request to an origin other
 * than the app's (the playground must work offline). Foreign requests are also aborted, so a test
 * never depends on the network.
 */
export const test = base.extend<{ guard: Guard }>({
  guard: [
    async ({ context, page, baseURL }, use) => {
      if (!baseURL) throw new Error('playwright.config.ts must set use.baseURL');
      const appOrigin = new URL(baseURL).origin;
      const isForeign = (href: string) => {
        const url = new URL(href);
        return url.origin !== appOrigin && !LOCAL_SCHEMES.has(url.protocol);
      };
      let problems: string[] = [];
      const requests: string[] = [];

      // Requests from the page and its dedicated workers are reported on the context.
      context.on('request', (req) => {
        requests.push(req.url());
        if (isForeign(req.url())) problems.push(`request left the origin: ${req.url()}`);
      });
      await context.route('**/*', (route) =>
        isForeign(route.request().url()) ? route.abort('blockedbyclient') : route.fallback(),
      );
      const watch = (p: typeof page) => {
        p.on('console', (msg) => {
          if (msg.type() === 'error') problems.push(`console.error: ${msg.text()}`);
        });
        p.on('pageerror', (err) => problems.push(`pageerror: ${err.message}`));
      };
      watch(page);
      context.on('page', watch);

      const takeProblems = () => {
        const taken = [...new Set(problems)];
        problems = [];
        return taken;
      };
      await use({ requests, problems: () => [...new Set(problems)], takeProblems });

      expect(takeProblems(), 'console errors, page errors or requests leaving the origin').toEqual(
        [],
      );
    },
    { auto: true },
  ],
});
