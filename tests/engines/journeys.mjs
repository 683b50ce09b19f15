// The core journeys in the engines Playwright cannot drive here: Firefox ESR (geckodriver)
// and WebKitGTK, Safari's engine (WebKitWebDriver under Xvfb). Each engine, on the release
// folder: the board renders; a mouse drag moves a card; a keyboard move is announced; a reload
// keeps both; warnings show; a share link is copied and opens in the shared view. Any page
// error, unhandled rejection or console.error fails the journey (recorded by a snippet the
// server puts in the page, since the drivers have no common log API).
//
//   node tests/engines/journeys.mjs [--dist dist] [--engine firefox|webkit]...
// Exits 1 when a journey fails in any engine.
import { spawn } from 'node:child_process';
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
// A hung browser must fail the run, not stall CI.
const STEP_MS = 45_000;

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
      'webkitgtk:browserOptions': { binary: '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser', args: ['--automation'] },
    },
  },
};

// Runs first in every page: keeps every error the page reports in `window.__rlErrors`.
const ERROR_RECORDER = `<script>
window.__rlErrors = [];
addEventListener('error', (e) => __rlErrors.push('error: ' + (e.error && e.error.stack || e.message)));
addEventListener('unhandledrejection', (e) => __rlErrors.push('unhandled rejection: ' + (e.reason && e.reason.stack || e.reason)));
const rlConsoleError = console.error.bind(console);
console.error = (...args) => { __rlErrors.push('console.error: ' + args.map(String).join(' ')); rlConsoleError(...args); };
</script>`;

const freePort = () =>
  new Promise((ok, fail) => {
    const probe = createServer();
    probe.once('error', fail);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address();
      probe.close(() => ok(port));
    });
  });

/** Starts a WebDriver server and waits until it answers /status. */
async function startDriver(engine) {
  const port = await freePort();
  const [command, args] = engine.driver(port);
  const child = spawn(command, args, { stdio: ['ignore', 'ignore', 'pipe'], detached: true });
  let stderr = '';
  child.stderr.on('data', (chunk) => (stderr += chunk));
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 30_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`${command} exited: ${stderr.trim()}`);
    try {
      if ((await fetch(`${url}/status`)).ok) break;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  // The whole process group: xvfb-run starts Xvfb and the driver beneath it.
  const stop = () => {
    try {
      process.kill(-child.pid, 'SIGTERM');
    } catch {
      // already gone
    }
  };
  return { url, stop };
}

// ---- the page ----------------------------------------------------------------------------

const cardSelector = (lane, activity) => `section[data-lane="${lane}"] [data-activity="${activity}"]`;

async function waitForBoard(driver) {
  await driver.wait(until.elementLocated(By.css(cardSelector('pm', 'overall-product-performance'))), STEP_MS);
  await driver.wait(until.elementLocated(By.css('section[data-lane="unassigned"]')), STEP_MS);
}

/** The lanes `activity` sits in, in board order. */
async function lanesOf(driver, activity) {
  return driver.executeScript(
    (id) => [...document.querySelectorAll(`section[data-lane] [data-activity="${id}"]`)].map((el) => el.closest('section').dataset.lane),
    activity,
  );
}

async function expectLanes(driver, activity, lanes) {
  let last = [];
  await driver
    .wait(async () => {
      last = await lanesOf(driver, activity);
      return last.join() === lanes.join();
    }, STEP_MS)
    .catch(() => {
      throw new Error(`${activity} should be in [${lanes}], is in [${last}]`);
    });
}

async function expectNoPageErrors(driver) {
  const errors = await driver.executeScript(() => window.__rlErrors ?? ['the error recorder did not run']);
  if (errors.length) throw new Error(`the page reported errors:\n  ${errors.join('\n  ')}`);
}

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

/** A real mouse drag with WebDriver actions: press on the card, travel, release on the lane. */
async function mouseDrag(driver, activity, fromLane, toLane) {
  const card = await driver.findElement(By.css(cardSelector(fromLane, activity)));
  // Viewport coordinates (WebDriver's own element rects are relative to the document).
  const viewportRect = (el) => {
    const r = el.getBoundingClientRect();
    return { x: r.left, y: r.top, width: r.width, height: r.height };
  };
  await driver.executeScript((el) => el.scrollIntoView({ block: 'center' }), card);
  const from = await driver.executeScript(viewportRect, card);
  const lane = await driver.executeScript(viewportRect, await driver.findElement(By.css(`section[data-lane="${toLane}"]`)));
  const start = { x: Math.round(from.x + 12), y: Math.round(from.y + from.height / 2) };
  const end = { x: Math.round(lane.x + lane.width / 2), y: start.y };
  const actions = driver.actions({ async: true });
  await actions
    .move({ origin: Origin.VIEWPORT, ...start })
    .press()
    .move({ origin: Origin.VIEWPORT, x: start.x + 12, y: start.y + 4, duration: 50 })
    .move({ origin: Origin.VIEWPORT, x: Math.round((start.x + end.x) / 2), y: end.y, duration: 100 })
    .move({ origin: Origin.VIEWPORT, ...end, duration: 100 })
    .release()
    .perform();
}

/** Keyboard move: focus the card, Space lifts, the arrows move, Space drops. */
async function keyboardMove(driver, activity, fromLane, keys) {
  const card = await driver.findElement(By.css(cardSelector(fromLane, activity)));
  await driver.executeScript((el) => el.focus(), card);
  const actions = driver.actions({ async: true });
  for (const key of [Key.SPACE, ...keys, Key.SPACE]) actions.keyDown(key).keyUp(key).pause(60);
  await actions.perform();
}

const liveText = (driver) => driver.executeScript(() => document.querySelector('[aria-live="polite"][data-live-region]')?.textContent ?? '');

// ---- the journeys ---------------------------------------------------------------------------

const JOURNEYS = [
  [
    'the board renders with four lanes and the seeds layout',
    async (driver, base) => {
      await driver.get(base);
      await waitForBoard(driver);
      const lanes = await driver.executeScript(() => [...document.querySelectorAll('section[data-lane]')].map((s) => s.dataset.lane));
      if (lanes.join() !== 'pm,pdm,pmm,unassigned') throw new Error(`lanes: ${lanes}`);
      await expectLanes(driver, 'pricing-strategy', ['pmm']);
      await expectNoPageErrors(driver);
    },
  ],
  [
    'a mouse drag moves Pricing Strategy from PMM to PDM, and a warning names it',
    async (driver) => {
      await mouseDrag(driver, 'pricing-strategy', 'pmm', 'pdm');
      await expectLanes(driver, 'pricing-strategy', ['pdm']);
      await driver.wait(until.elementLocated(By.css('[data-warning="tension"][data-activities="pricing-strategy"]')), STEP_MS);
      await expectNoPageErrors(driver);
    },
  ],
  [
    'a keyboard move lands Launch Planning in PDM and is announced',
    async (driver) => {
      await keyboardMove(driver, 'launch-planning', 'pmm', [Key.ARROW_LEFT]);
      await expectLanes(driver, 'launch-planning', ['pdm']);
      await driver.wait(async () => /Launch Planning/.test(await liveText(driver)) && /PDM/.test(await liveText(driver)), STEP_MS);
      await expectNoPageErrors(driver);
    },
  ],
  [
    'a reload keeps both moves',
    async (driver) => {
      await driver.navigate().refresh();
      await waitForBoard(driver);
      await expectLanes(driver, 'pricing-strategy', ['pdm']);
      await expectLanes(driver, 'launch-planning', ['pdm']);
      await expectNoPageErrors(driver);
    },
  ],
  [
    'a share link is copied, opens that layout in the shared view, and saves nothing',
    async (driver, base) => {
      const share = await driver.findElement(By.xpath('//button[normalize-space()="Share link"]'));
      await share.click();
      const field = await driver.wait(until.elementLocated(By.css('[data-share-link]')), STEP_MS);
      const link = await field.getAttribute('value');
      if (!/#rl1z?\.[A-Za-z0-9_-]+$/.test(link)) throw new Error(`share link: ${link}`);
      // The copy starts during the click, though the link is ready only after the browser
      // compressed it (Safari's engine refuses a copy that starts after that).
      const status = await driver.findElement(By.css('.rl-share-status'));
      await driver.wait(until.elementTextIs(status, 'Link copied to the clipboard.'), STEP_MS).catch(async () => {
        throw new Error(`not copied: ${await status.getText()}`);
      });
      // A browser that has nothing saved opens the link.
      await driver.executeScript(() => window.localStorage.clear());
      await driver.get('about:blank');
      await driver.get(link);
      await waitForBoard(driver);
      await driver.wait(until.elementLocated(By.css('[data-shared-view]')), STEP_MS);
      await expectLanes(driver, 'pricing-strategy', ['pdm']);
      await expectLanes(driver, 'launch-planning', ['pdm']);
      const saved = await driver.executeScript(() => Object.keys(window.localStorage).filter((k) => k.endsWith('/layout')).length);
      if (saved !== 0) throw new Error('opening a shared link saved a layout');
      await expectNoPageErrors(driver);
      await driver.get(base);
    },
  ],
];

async function runEngine(name, base) {
  const engine = ENGINES[name];
  const results = [];
  let server;
  let driver;
  try {
    server = await startDriver(engine);
    driver = await new Builder().usingServer(server.url).withCapabilities(engine.capabilities).build();
    await driver.manage().setTimeouts({ script: STEP_MS, pageLoad: STEP_MS });
    await driver.manage().window().setRect({ width: 1400, height: 1000 }).catch(() => {});
    for (const [title, journey] of JOURNEYS) {
      const started = Date.now();
      try {
        await journey(driver, base);
        results.push({ title, ok: true, ms: Date.now() - started });
      } catch (err) {
        results.push({ title, ok: false, ms: Date.now() - started, error: err.message });
        break; // the later journeys build on this one
      }
    }
  } catch (err) {
    results.push({ title: `start ${engine.label}`, ok: false, ms: 0, error: err.message });
  } finally {
    if (driver) await Promise.race([driver.quit().catch(() => {}), sleep(10_000)]);
    server?.stop();
  }
  return results;
}

const chosen = process.argv.flatMap((a, i) => (process.argv[i - 1] === '--engine' ? [a] : []));
const engines = chosen.length ? chosen : Object.keys(ENGINES);
const web = await startServer({ root: DIST, headSnippet: ERROR_RECORDER });
let failed = false;
try {
  for (const name of engines) {
    const results = await runEngine(name, web.url);
    console.log(`\n${ENGINES[name].label}`);
    for (const r of results) {
      console.log(`  ${r.ok ? 'ok  ' : 'FAIL'} ${r.title} (${r.ms} ms)${r.ok ? '' : `\n       ${r.error.split('\n').join('\n       ')}`}`);
      if (!r.ok) failed = true;
    }
    if (results.length < JOURNEYS.length) failed = true;
  }
} finally {
  await web.close();
}
console.log(failed ? '\nengine journeys FAILED' : '\nall engine journeys passed');
process.exit(failed ? 1 : 0);
