// The `test` every spec uses: Playwright's own, extended with an automatic fixture that fails
// the test on any uncaught page error (`pageerror`, e.g. a wasm panic) or `console.error`
// message, in the test's page and in every other page it opens: new tabs of its context
// (`context.on('page')`) and pages of new contexts (`browser.newContext()`/`newPage()` are
// wrapped for the duration of the test).
//
// A test that provokes an error the browser logs on purpose says so, with the message it
// expects and why; the test then also fails if that message never comes:
//
//   test('...', async ({ page, browserErrors }) => {
//     browserErrors.expect(/NotAllowedError/, 'the test refuses the clipboard on purpose');
//
// There is no global ignore list.
import { test as base, expect } from '@playwright/test';

export { expect };

/** Where a console message came from, as "url:line:column" (empty when unknown). */
function where(message) {
  const { url, lineNumber, columnNumber } = message.location() ?? {};
  return url ? ` (${url}:${lineNumber}:${columnNumber})` : '';
}

export const test = base.extend({
  browserErrors: [
    async ({ context, browser }, use, testInfo) => {
      /** Every error seen, in order: { source, text }. */
      const seen = [];
      /** The ones this test expects: { pattern, reason, count }. */
      const expected = [];
      const watched = new WeakSet();
      let tabs = 0;
      const watchPage = (page) => {
        if (watched.has(page)) return;
        watched.add(page);
        const name = `page ${++tabs}`;
        page.on('pageerror', (err) => seen.push({ source: `${name} pageerror`, text: String(err.stack || err.message || err) }));
        page.on('console', (message) => {
          if (message.type() === 'error') seen.push({ source: `${name} console.error`, text: `${message.text()}${where(message)}` });
        });
      };
      const watchContext = (ctx) => {
        ctx.pages().forEach(watchPage);
        ctx.on('page', watchPage);
      };
      watchContext(context);
      // Contexts the test makes itself (`browser.newPage()` goes through `newContext` too).
      const newContext = browser.newContext;
      browser.newContext = async function (...args) {
        const ctx = await newContext.apply(this, args);
        watchContext(ctx);
        return ctx;
      };

      await use({
        /** Expect an error whose text matches `pattern` (at least once), for the given reason. */
        expect(pattern, reason) {
          if (!(pattern instanceof RegExp)) throw new Error('browserErrors.expect: pattern must be a RegExp');
          if (!reason) throw new Error('browserErrors.expect: say why the error is expected');
          expected.push({ pattern, reason, count: 0 });
        },
        /** The errors seen so far (for tests that want to look at them). */
        get seen() {
          return seen.map((e) => `${e.source}: ${e.text}`);
        },
      });

      browser.newContext = newContext;
      // Let messages already on their way from still-open pages arrive: a round trip to each
      // page comes back after the events it sent before.
      const open = [context, ...browser.contexts()].flatMap((ctx) => ctx.pages());
      await Promise.all(open.map((page) => page.evaluate(() => 0).catch(() => {})));

      const unexpected = [];
      for (const error of seen) {
        const match = expected.find((e) => e.pattern.test(error.text));
        if (match) match.count += 1;
        else unexpected.push(`${error.source}: ${error.text}`);
      }
      const missing = expected.filter((e) => e.count === 0).map((e) => `${e.pattern} (${e.reason})`);
      if (unexpected.length || missing.length) {
        await testInfo.attach('browser-errors', {
          contentType: 'application/json',
          body: JSON.stringify({ seen, expected }, null, 2),
        });
      }
      expect(unexpected, 'no page errors or console errors in the browser').toEqual([]);
      expect(missing, 'every expected browser error did occur').toEqual([]);
    },
    { auto: true },
  ],
});
