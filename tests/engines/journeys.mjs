// The core journeys in the engines Playwright cannot drive here: Firefox ESR (geckodriver)
// and WebKitGTK, Safari's engine (WebKitWebDriver under Xvfb), over W3C WebDriver with
// selenium-webdriver. In each engine, on the release folder, one journey after the other (each
// builds on the one before): the board renders; a mouse drag moves a card; the Warnings panel
// shows the warning that move brings; a keyboard move is announced; a reload keeps both moves;
// a share link is copied and opens that layout in the shared view.
//
// Any page error, unhandled rejection or console.error fails the journey: the static server
// puts a recorder at the start of every page's <head> (the drivers have no common log API),
// and the runner reads it after every journey and before every navigation.
//
// Nothing can hang CI: every WebDriver command has COMMAND_MS to answer (a command that does
// not fails its journey and closes that browser), and the whole run has RUN_MS.
//
//   node tests/engines/journeys.mjs [--dist dist] [--engine firefox|webkit]...
// Prints one line per journey and engine; exits 1 when any journey fails.
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Builder, By, Key, Origin, until } from 'selenium-webdriver';
import { startServer } from '../e2e/static-server.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const arg = (name, fallback) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? process.argv[i + 1] : fallback;
};
const DIST = resolve(arg('dist', join(here, '../../dist')));

const COMMAND_MS = 45_000; // one WebDriver command (a click, a script, a page load)
const WAIT_MS = 20_000; // until the page shows what a journey expects
const START_MS = 60_000; // a driver listening and its browser session open
const RUN_MS = 8 * 60_000; // everything, in case something above slips through

const ENGINES = {
  firefox: {
    label: 'Firefox ESR',
    driver: (port) => ['geckodriver', ['--port', String(port), '--log', 'error']],
    capabilities: {
      browserName: 'firefox',
      'moz:firefoxOptions': { binary: '/usr/bin/firefox-esr', args: ['-headless'] },
    },
  },
  webkit: {
    label: 'WebKitGTK',
    driver: (port) => ['xvfb-run', ['-a', 'WebKitWebDriver', `--port=${port}`]],
    capabilities: {
      browserName: 'MiniBrowser',
      'webkitgtk:browserOptions': {
        binary: '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser',
        args: ['--automation'],
      },
    },
  },
};

// Runs first in every page: keeps every error the page reports in `window.__rlErrors`.
const ERROR_RECORDER = `<script>
window.__rlErrors = [];
const rlText = (x) => (x instanceof Error && x.stack ? x + '\\n' + x.stack : String(x));
addEventListener('error', (e) => __rlErrors.push('error: ' + (e.error ? rlText(e.error) : e.message)));
addEventListener('unhandledrejection', (e) => __rlErrors.push('unhandled rejection: ' + rlText(e.reason)));
const rlConsoleError = console.error.bind(console);
console.error = (...args) => { __rlErrors.push('console.error: ' + args.map(rlText).join(' ')); rlConsoleError(...args); };
</script>`;

const sleep = (ms) => new Promise((ok) => setTimeout(ok, ms));

/** `promise`, or a rejection with `message` after `ms` (then `onTimeout` runs first). */
function within(promise, ms, message, onTimeout = () => {}) {
  let timer;
  const late = new Promise((_, fail) => {
    timer = setTimeout(() => {
      onTimeout();
      fail(new Error(message));
    }, ms);
  });
  return Promise.race([promise, late]).finally(() => clearTimeout(timer));
}

const freePort = () =>
  new Promise((ok, fail) => {
    const probe = createServer();
    probe.once('error', fail);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address();
      probe.close(() => ok(port));
    });
  });

/** The ids of a process's children and a process's name (Linux's /proc). */
const proc = (path) => {
  try {
    return readFileSync(`/proc/${path}`, 'utf8').trim();
  } catch {
    return '';
  }
};
const childrenOf = (pid) => proc(`${pid}/task/${pid}/children`).split(' ').filter(Boolean).map(Number);
const nameOf = (pid) => proc(`${pid}/comm`);

/** Process groups of the drivers still running, for the last-resort exit. */
const groups = new Set();

/** Starts a WebDriver server in its own process group and waits until it answers /status. */
async function startDriver(engine) {
  const port = await freePort();
  const [command, args] = engine.driver(port);
  const child = spawn(command, args, { stdio: ['ignore', 'ignore', 'pipe'], detached: true });
  let stderr = '';
  child.stderr.on('data', (chunk) => (stderr = (stderr + chunk).slice(-4000)));
  let failedToStart;
  child.once('error', (err) => (failedToStart = err));
  const exited = new Promise((ok) => child.once('exit', ok));
  if (child.pid) groups.add(child.pid);
  const url = `http://127.0.0.1:${port}`;
  // Stops the driver, its browser and (for WebKit) Xvfb. Under xvfb-run only the driver is
  // asked to stop, so that xvfb-run then stops Xvfb and removes its temporary folder itself;
  // whatever is left of the process group a few seconds later is killed.
  let stopped;
  const stop = () =>
    (stopped ??= (async () => {
      if (child.exitCode === null) {
        const targets = command === 'xvfb-run' ? childrenOf(child.pid).filter((pid) => nameOf(pid) !== 'Xvfb') : [child.pid];
        for (const pid of targets) {
          try {
            process.kill(pid, 'SIGTERM');
          } catch {
            // already gone
          }
        }
        await Promise.race([exited, sleep(5_000)]);
      }
      try {
        process.kill(-child.pid, 'SIGKILL');
      } catch {
        // the whole group is gone
      }
      groups.delete(child.pid);
    })());
  const deadline = Date.now() + START_MS;
  for (;;) {
    if (failedToStart) throw new Error(`${command} did not start: ${failedToStart.message} (run scripts/install --test)`);
    if (child.exitCode !== null) {
      await stop();
      throw new Error(`${command} exited: ${stderr.trim()}`);
    }
    if (Date.now() > deadline) {
      await stop();
      throw new Error(`${command} did not listen on port ${port} within ${START_MS / 1000} s`);
    }
    try {
      if ((await fetch(`${url}/status`, { signal: AbortSignal.timeout(2_000) })).ok) break;
    } catch {
      // not listening yet
    }
    await sleep(200);
  }
  return { url, stop, stderr: () => stderr.trim() };
}

/** A browser session in which no command may take longer than COMMAND_MS. */
async function openBrowser(engine, server) {
  const driver = await within(
    new Builder().usingServer(server.url).withCapabilities(engine.capabilities).build(),
    START_MS,
    `${engine.label} did not open a session within ${START_MS / 1000} s`,
    server.stop,
  );
  // Every command (element, script, navigation and action calls) goes through execute().
  const execute = driver.execute.bind(driver);
  driver.execute = (command) =>
    within(
      execute(command),
      COMMAND_MS,
      `${engine.label} did not answer "${command.getName()}" within ${COMMAND_MS / 1000} s (browser closed)`,
      server.stop,
    );
  await driver.manage().setTimeouts({ script: COMMAND_MS, pageLoad: COMMAND_MS, implicit: 0 });
  // The board's four lanes side by side (Xvfb's screen is 1280 px wide).
  await driver.manage().window().setRect({ width: 1280, height: 1000 }).catch(() => {});
  return driver;
}

// ---- the page ----------------------------------------------------------------------------

const cardSelector = (lane, activity) => `section[data-lane="${lane}"] [data-activity="${activity}"]`;

/** The page's recorded errors so far; throws when there are any. */
async function expectNoPageErrors(driver) {
  const errors = await driver.executeScript(() =>
    location.protocol.startsWith('http') ? (window.__rlErrors ?? ['the error recorder did not run']) : [],
  );
  if (errors.length) throw new Error(`the page reported errors:\n  ${errors.map((e) => e.replace(/\n/g, '\n    ')).join('\n  ')}`);
}

/** Opens `url` after checking the page it leaves reported no errors. */
async function go(driver, url) {
  await expectNoPageErrors(driver);
  await driver.get(url);
}

/** Waits for the live app: the release page's prerendered board (inert) does not count. */
async function waitForBoard(driver) {
  const live = `.rl-app:not([data-prerendered]) ${cardSelector('pm', 'overall-product-performance')}`;
  await driver.wait(until.elementLocated(By.css(live)), WAIT_MS);
  await driver.wait(until.elementLocated(By.css('section[data-lane="unassigned"]')), WAIT_MS);
}

/** Waits until `read()` returns something `ok` accepts; the message shows its last value. */
async function expectSoon(driver, read, ok, describe) {
  let last;
  await driver
    .wait(async () => ok((last = await read())), WAIT_MS)
    .catch(() => {
      throw new Error(`${describe}, found ${JSON.stringify(last)}`);
    });
}

/** The lanes `activity` sits in, in board order. */
const lanesOf = (driver, activity) =>
  driver.executeScript(
    (id) => [...document.querySelectorAll(`section[data-lane] [data-activity="${id}"]`)].map((el) => el.closest('section').dataset.lane),
    activity,
  );

const expectLanes = (driver, activity, lanes) =>
  expectSoon(driver, () => lanesOf(driver, activity), (found) => found.join() === lanes.join(), `${activity} should be in [${lanes}]`);

/** The warnings listed in the region named "Warnings": [{ kind, activities, text }]. */
const listedWarnings = (driver) =>
  driver.executeScript(() => {
    const region = [...document.querySelectorAll('section[aria-labelledby]')].find(
      (section) => document.getElementById(section.getAttribute('aria-labelledby'))?.textContent.trim() === 'Warnings',
    );
    if (!region) return null;
    return [...region.querySelectorAll('[data-warning]')].map((el) => ({
      kind: el.dataset.warning,
      activities: el.dataset.activities,
      text: el.textContent.replace(/\s+/g, ' ').trim(),
    }));
  });

const liveText = (driver) =>
  driver.executeScript(() => document.querySelector('[aria-live="polite"][data-live-region]')?.textContent ?? '');

/** Viewport coordinates of an element (WebDriver's own rects are relative to the document). */
const viewportRect = (driver, element) =>
  driver.executeScript((el) => {
    const r = el.getBoundingClientRect();
    return { x: r.left, y: r.top, width: r.width, height: r.height };
  }, element);

/** A real mouse drag with WebDriver actions: press on the card, travel, release on the lane. */
async function mouseDrag(driver, activity, fromLane, toLane) {
  const card = await driver.findElement(By.css(cardSelector(fromLane, activity)));
  await driver.executeScript((el) => el.scrollIntoView({ block: 'center' }), card);
  const from = await viewportRect(driver, card);
  const lane = await viewportRect(driver, await driver.findElement(By.css(`section[data-lane="${toLane}"]`)));
  await dragBetween(driver, from, lane);
}

/** The pointer's part of a drag, between two viewport rects: a card's and a lane's. */
async function dragBetween(driver, from, lane) {
  const start = { x: Math.round(from.x + 12), y: Math.round(from.y + from.height / 2) };
  // Across to the lane at the card's height, kept inside the lane.
  const end = {
    x: Math.round(lane.x + lane.width / 2),
    y: Math.round(Math.min(Math.max(start.y, lane.y + 12), lane.y + lane.height - 12)),
  };
  await driver
    .actions({ async: true })
    .move({ origin: Origin.VIEWPORT, ...start })
    .press()
    // Past the drag's 5 px threshold first, then to the lane in steps (pointermove).
    .move({ origin: Origin.VIEWPORT, x: start.x + 12, y: start.y + 4, duration: 50 })
    .move({ origin: Origin.VIEWPORT, x: Math.round((start.x + end.x) / 2), y: end.y, duration: 100 })
    .move({ origin: Origin.VIEWPORT, ...end, duration: 100 })
    .release()
    .perform();
}

/** Keyboard move: focus the card, Space lifts, the arrows move, Space drops. */
async function keyboardMove(driver, activity, fromLane, arrows) {
  const card = await driver.findElement(By.css(cardSelector(fromLane, activity)));
  await driver.executeScript((el) => el.focus(), card);
  const focused = await driver.executeScript((el) => document.activeElement === el || el.contains(document.activeElement), card);
  if (!focused) throw new Error(`the ${activity} card did not take focus`);
  const actions = driver.actions({ async: true });
  for (const key of [Key.SPACE, ...arrows, Key.SPACE]) actions.keyDown(key).keyUp(key).pause(60);
  await actions.perform();
}

// ---- the journeys ---------------------------------------------------------------------------

const JOURNEYS = [
  [
    'the board renders: four lanes, the seeds layout, warnings listed',
    async (driver, base) => {
      await go(driver, base);
      await waitForBoard(driver);
      const lanes = await driver.executeScript(() => [...document.querySelectorAll('section[data-lane]')].map((s) => s.dataset.lane));
      if (lanes.join() !== 'pm,pdm,pmm,unassigned') throw new Error(`lanes: ${lanes}`);
      await expectLanes(driver, 'pricing-strategy', ['pmm']);
      await expectLanes(driver, 'launch-planning', ['pmm']);
      await expectSoon(driver, () => listedWarnings(driver), (w) => w?.length > 0, 'the Warnings region should list warnings');
      const tension = (await listedWarnings(driver)).filter((w) => w.kind === 'tension' && w.activities === 'pricing-strategy');
      if (tension.length) throw new Error('a tension on pricing-strategy is listed before any move');
    },
  ],
  [
    'a mouse drag moves Pricing Strategy from PMM to PDM',
    async (driver) => {
      await mouseDrag(driver, 'pricing-strategy', 'pmm', 'pdm');
      await expectLanes(driver, 'pricing-strategy', ['pdm']);
    },
  ],
  [
    'the Warnings panel lists the tension that move brings, on the card too',
    async (driver) => {
      const isTension = (w) => w.kind === 'tension' && w.activities === 'pricing-strategy';
      await expectSoon(
        driver,
        () => listedWarnings(driver),
        (w) => w?.filter(isTension).length === 1 && /Pricing Strategy/.test(w.find(isTension).text),
        'the Warnings region should list one tension naming Pricing Strategy',
      );
      const badge = await driver.findElement(By.css(`${cardSelector('pdm', 'pricing-strategy')} button.rl-badge`));
      const label = await badge.getAttribute('aria-label');
      if (!/warnings? on Pricing Strategy: .*Pricing Strategy sits with PDM/.test(label)) throw new Error(`the card's badge says: ${label}`);
    },
  ],
  [
    'a keyboard move lands Launch Planning in PDM and is announced',
    async (driver) => {
      await keyboardMove(driver, 'launch-planning', 'pmm', [Key.ARROW_LEFT]);
      await expectLanes(driver, 'launch-planning', ['pdm']);
      await expectSoon(
        driver,
        () => liveText(driver),
        (text) => /Launch Planning/.test(text) && /PDM/.test(text),
        'the live region should announce Launch Planning in PDM',
      );
    },
  ],
  [
    'a reload keeps both moves (localStorage)',
    async (driver) => {
      await expectNoPageErrors(driver);
      await driver.navigate().refresh();
      await waitForBoard(driver);
      await expectLanes(driver, 'pricing-strategy', ['pdm']);
      await expectLanes(driver, 'launch-planning', ['pdm']);
      const saved = await driver.executeScript(() => localStorage.getItem('role-lanes/default/layout'));
      if (!saved) throw new Error('nothing saved under role-lanes/default/layout');
    },
  ],
  [
    'a share link is copied, opens that layout in the shared view, and saves nothing',
    async (driver, base) => {
      await driver.findElement(By.xpath('//button[normalize-space()="Share link"]')).click();
      const field = await driver.wait(until.elementLocated(By.css('[data-share-link]')), WAIT_MS);
      let link = '';
      await expectSoon(driver, async () => (link = await field.getAttribute('value')), (v) => /#rl2z?\.[A-Za-z0-9_-]+$/.test(v), 'the share link field should hold a link');
      // The copy starts during the click, though the link is ready only after the browser
      // compressed it (Safari's engine refuses a copy that starts after that).
      const status = await driver.findElement(By.css('.rl-share-status'));
      await expectSoon(driver, () => status.getText(), (text) => text === 'Link copied to the clipboard.', 'the share panel should say the link was copied');
      // A browser that has nothing saved opens the link.
      await driver.executeScript(() => localStorage.clear());
      await go(driver, 'about:blank');
      await go(driver, link);
      await waitForBoard(driver);
      await driver.wait(until.elementLocated(By.css('[data-shared-view]')), WAIT_MS);
      await expectLanes(driver, 'pricing-strategy', ['pdm']);
      await expectLanes(driver, 'launch-planning', ['pdm']);
      await expectSoon(
        driver,
        () => listedWarnings(driver),
        (w) => w?.some((x) => x.kind === 'tension' && x.activities === 'pricing-strategy'),
        "the shared view's Warnings region should list the tension on Pricing Strategy",
      );
      const saved = await driver.executeScript(() => Object.keys(localStorage).filter((k) => k.includes('/layout')));
      if (saved.length) throw new Error(`opening a shared link saved ${saved}`);
      await expectNoPageErrors(driver);
      await go(driver, base);
    },
  ],
  [
    'the wiki page: two widgets in shadow roots, untouched by its CSS; loading keeps scroll and focus; a drag moves a card in one',
    async (driver, base) => {
      await go(driver, `${base}intranet/`);
      const inWidget = (namespace, selector) =>
        driver.executeScript(
          (ns, sel) => {
            const el = document.querySelector(`[data-namespace="${ns}"]`)?.shadowRoot?.querySelector(sel);
            if (!el) return null;
            const r = el.getBoundingClientRect();
            const style = getComputedStyle(el);
            return { x: r.left, y: r.top, width: r.width, height: r.height, font: style.fontFamily, transform: style.textTransform };
          },
          namespace,
          selector,
        );
      const card = (lane, activity) => `.rl-app:not([data-prerendered]) ${cardSelector(lane, activity)}`;
      for (const ns of ['wiki-agreed', 'wiki-draft']) {
        await expectSoon(driver, () => inWidget(ns, card('pmm', 'pricing-strategy')), Boolean, `the ${ns} widget should show its board`);
      }
      const page = await driver.executeScript(() => ({
        scrollY: window.scrollY,
        focusOnBody: document.activeElement === document.body,
        font: getComputedStyle(document.body).fontFamily,
        button: getComputedStyle(document.getElementById('add-widget')).textTransform,
      }));
      if (page.scrollY !== 0 || !page.focusOnBody) throw new Error(`loading moved the page: ${JSON.stringify(page)}`);
      const name = await inWidget('wiki-draft', '.rl-card-name');
      const button = await inWidget('wiki-draft', '.rl-card-actions .rl-button');
      if (page.button !== 'uppercase' || button.transform !== 'none' || name.font === page.font || /Georgia/.test(name.font)) {
        throw new Error(`the page's CSS reached the widget: page ${JSON.stringify(page)}, card ${JSON.stringify({ name, button })}`);
      }
      // A real mouse drag inside the draft widget's shadow root.
      await driver.executeScript(
        (sel) => document.querySelector('[data-namespace="wiki-draft"]').shadowRoot.querySelector(sel).scrollIntoView({ block: 'center' }),
        card('pmm', 'pricing-strategy'),
      );
      await dragBetween(
        driver,
        await inWidget('wiki-draft', card('pmm', 'pricing-strategy')),
        await inWidget('wiki-draft', 'section[data-lane="pdm"]'),
      );
      await expectSoon(driver, () => inWidget('wiki-draft', card('pdm', 'pricing-strategy')), Boolean, 'Pricing Strategy should be in the draft widget\'s PDM lane');
      if (!(await inWidget('wiki-agreed', card('pmm', 'pricing-strategy')))) throw new Error('the read-only widget followed the draft');
      await expectNoPageErrors(driver);
      await go(driver, base);
    },
  ],
];

/** Runs every journey in one engine, printing a line for each; true when all passed. */
async function runEngine(name, base) {
  const engine = ENGINES[name];
  const report = (ok, title, ms, error) => {
    console.log(`  ${ok ? 'ok  ' : 'FAIL'} ${engine.label}: ${title} (${ms} ms)`);
    if (error) console.log(`       ${error.split('\n').join('\n       ')}`);
  };
  let server;
  let driver;
  let passed = 0;
  let reported = 0; // journeys passed or failed
  try {
    const started = Date.now();
    server = await startDriver(engine);
    driver = await openBrowser(engine, server);
    report(true, 'browser started', Date.now() - started);
    for (const [title, journey] of JOURNEYS) {
      const begun = Date.now();
      try {
        await journey(driver, base);
        await expectNoPageErrors(driver);
        passed += 1;
        reported += 1;
        report(true, title, Date.now() - begun);
      } catch (err) {
        reported += 1;
        report(false, title, Date.now() - begun, err.message);
        break; // the later journeys build on this one
      }
    }
  } catch (err) {
    report(false, 'browser started', 0, `${err.message}${server ? `\n${server.stderr()}` : ''}`.trim());
  } finally {
    if (driver) await within(driver.quit(), 10_000, 'quit').catch(() => {});
    await server?.stop();
  }
  for (const [title] of JOURNEYS.slice(reported)) console.log(`  skip ${engine.label}: ${title}`);
  return passed === JOURNEYS.length;
}

const chosen = process.argv.flatMap((a, i) => (process.argv[i - 1] === '--engine' ? [a] : []));
const engines = chosen.length ? chosen : Object.keys(ENGINES);
const unknown = engines.filter((name) => !ENGINES[name]);
if (unknown.length) {
  console.error(`unknown engine ${unknown} (known: ${Object.keys(ENGINES)})`);
  process.exit(2);
}

// The last resort: a run that somehow outlives every timeout above fails, it does not hang.
setTimeout(() => {
  console.log(`\nengine journeys FAILED: still running after ${RUN_MS / 60_000} min`);
  for (const pid of groups) {
    try {
      process.kill(-pid, 'SIGKILL');
    } catch {
      // gone
    }
  }
  process.exit(1);
}, RUN_MS).unref();

const web = await startServer({ root: DIST, headSnippet: ERROR_RECORDER });
let failed = false;
try {
  for (const name of engines) {
    if (!(await runEngine(name, web.url))) failed = true;
  }
} finally {
  await web.close();
}
console.log(failed ? '\nengine journeys FAILED' : '\nall engine journeys passed');
process.exit(failed ? 1 : 0);
