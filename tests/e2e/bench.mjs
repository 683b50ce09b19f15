// Benchmark of the release build in dist/ (scripts/bench builds it first), in headless
// Chromium, every figure printed against its budget:
//   1. first load: gzip -9 size of everything the browser fetches until the live app shows
//      the board (HTML with the prerendered board, wasm, JS, CSS), read from the requests of
//      a real load; the rest is on demand;
//   2. paint: first contentful paint and "board in the DOM", against a static HTML copy of
//      the same board made and served by this script, cold loads side by side (bench-paint.mjs),
//      and when the live app took over from the prerendered board (printed, not gated);
//   3. a keyboard move and a pointer drop to updated warnings at 58 and 1,000 activities.
//
//   node tests/e2e/bench.mjs [--runs 11] [--dist dist] [--json]
// Exits 1 when a budget is missed or a measurement fails.
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, extname, join, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { chromium } from '@playwright/test';
import { launchOptions, waitForBoard } from './helpers.mjs';
import { startServer } from './static-server.mjs';
import { benchDrops, benchKeyboardMoves, savedBoard } from './bench-drop.mjs';
import { benchPaint } from './bench-paint.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const arg = (name, fallback) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? process.argv[i + 1] : fallback;
};
const RUNS = Number(arg('runs', '11'));
const DIST = resolve(arg('dist', join(here, '../../dist')));
const AS_JSON = process.argv.includes('--json');

// The budgets. "150 KiB" is 153,600 bytes of gzip -9.
const BUDGET = {
  firstLoadBytes: 150 * 1024,
  fcpRatio: 1.25,
  boardRatio: 2,
  keyboardMs: 4,
  dropMs: 16,
};

const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KiB`;
const ms = (v) => `${v.toFixed(1)} ms`;

// ---- files ----------------------------------------------------------------------------------
const kinds = { '.html': 'html', '.wasm': 'wasm', '.js': 'js', '.css': 'css' };
const files = readdirSync(DIST, { recursive: true })
  .filter((f) => kinds[extname(f)])
  .map((f) => {
    const raw = readFileSync(join(DIST, f));
    return { kind: kinds[extname(f)], file: f.split(sep).join('/'), raw: raw.length, gzip: gzipSync(raw, { level: 9 }).length };
  })
  .sort((a, b) => Object.values(kinds).indexOf(a.kind) - Object.values(kinds).indexOf(b.kind));
if (!files.some((f) => f.kind === 'wasm')) {
  console.error(`no .wasm in ${DIST}: run scripts/build first`);
  process.exit(1);
}

const server = await startServer({ root: DIST });
const browser = await chromium.launch({ headless: true, ...launchOptions() });
const result = { files, budget: BUDGET, paint: null, keyboard: [], drops: [], failures: [] };
try {
  // What a visitor's browser fetches until the board shows.
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  const fetched = new Set();
  page.on('request', (request) => fetched.add(decodeURIComponent(new URL(request.url()).pathname)));
  await page.goto(server.url);
  await waitForBoard(page);
  await context.close();
  for (const f of files) f.firstLoad = fetched.has(`/${f.file}`) || (f.file === 'index.html' && fetched.has('/'));

  try {
    result.paint = await benchPaint(browser, { appUrl: server.url, dist: DIST, runs: RUNS });
  } catch (err) {
    result.failures.push(`paint: ${err.message.split('\n')[0]}`);
  }
  for (const total of [58, 1000]) {
    try {
      const saved = total > 58 ? savedBoard(total, join(here, '../..')) : null;
      result.keyboard.push(await benchKeyboardMoves(browser, server.url, { total, saved }));
      result.drops.push(await benchDrops(browser, server.url, { total, saved }));
    } catch (err) {
      result.failures.push(`moves at ${total} activities: ${err.message.split('\n')[0]}`);
    }
  }
} finally {
  await browser.close();
  await server.close();
}

// ---- budgets --------------------------------------------------------------------------------
const firstLoad = files.filter((f) => f.firstLoad);
const total = firstLoad.reduce((s, f) => ({ raw: s.raw + f.raw, gzip: s.gzip + f.gzip }), { raw: 0, gzip: 0 });
const at = (list, n) => list.find((x) => x.total === n);
const checks = [
  { name: 'first load, gzip -9', value: kb(total.gzip), budget: `<= ${kb(BUDGET.firstLoadBytes)}`, ok: total.gzip <= BUDGET.firstLoadBytes },
];
const { paint } = result;
if (paint) {
  checks.push(
    { name: 'first contentful paint / static copy', value: `${paint.fcpRatio.toFixed(2)}x`, budget: `<= ${BUDGET.fcpRatio}x`, ok: paint.fcpRatio <= BUDGET.fcpRatio },
    { name: 'board in the DOM / static copy', value: `${paint.boardRatio.toFixed(2)}x`, budget: `<= ${BUDGET.boardRatio}x`, ok: paint.boardRatio <= BUDGET.boardRatio },
  );
}
const keys58 = at(result.keyboard, 58);
if (keys58) checks.push({ name: 'keyboard move, 58 activities', value: ms(keys58.median), budget: `<= ${BUDGET.keyboardMs} ms`, ok: keys58.median <= BUDGET.keyboardMs });
const keys1000 = at(result.keyboard, 1000);
if (keys1000) checks.push({ name: 'keyboard move, 1,000 activities', value: ms(keys1000.median), budget: '(not gated)', ok: true });
const drop1000 = at(result.drops, 1000);
if (drop1000) checks.push({ name: 'pointer drop, 1,000 activities', value: ms(drop1000.median), budget: `<= ${BUDGET.dropMs} ms`, ok: drop1000.median <= BUDGET.dropMs });
const missed = checks.filter((c) => !c.ok);

if (AS_JSON) {
  console.log(JSON.stringify({ ...result, total, checks }, null, 2));
} else {
  console.log(`\nRelease folder ${DIST}`);
  console.log(`  ${'kind'.padEnd(5)} ${'file'.padEnd(60)} ${'raw'.padStart(10)} ${'gzip -9'.padStart(10)}  loaded`);
  for (const f of files) {
    console.log(`  ${f.kind.padEnd(5)} ${f.file.padEnd(60)} ${kb(f.raw).padStart(10)} ${kb(f.gzip).padStart(10)}  ${f.firstLoad ? 'first load' : 'on demand'}`);
  }
  console.log(`  ${'first load'.padEnd(66)} ${kb(total.raw).padStart(10)} ${kb(total.gzip).padStart(10)}  (${total.gzip} bytes)`);
  if (paint) {
    console.log(`\nCold loads, medians of ${RUNS} each, alternating (static copy: ${paint.cards} cards, ${kb(paint.staticHtmlBytes)} of HTML)`);
    console.log(`  ${''.padEnd(14)} ${'first paint'.padStart(12)} ${'board in DOM'.padStart(13)} ${'app live'.padStart(10)}`);
    console.log(`  ${'app'.padEnd(14)} ${ms(paint.app.fcp).padStart(12)} ${ms(paint.app.board).padStart(13)} ${ms(paint.app.live).padStart(10)}`);
    console.log(`  ${'static copy'.padEnd(14)} ${ms(paint.static.fcp).padStart(12)} ${ms(paint.static.board).padStart(13)}`);
  }
  const moves = (title, list) => {
    if (!list.length) return;
    console.log(`\n${title}`);
    console.log(`  ${'activities'.padEnd(11)} ${'median'.padStart(9)} ${'min'.padStart(9)} ${'max'.padStart(9)}`);
    for (const d of list) console.log(`  ${String(d.total).padEnd(11)} ${ms(d.median).padStart(9)} ${ms(d.min).padStart(9)} ${ms(d.max).padStart(9)}`);
  };
  moves('Keyboard move (arrow key on a lifted card) to a settled DOM', result.keyboard);
  moves('Pointer drop to updated warnings', result.drops);
  console.log('\nBudgets');
  for (const c of checks) console.log(`  ${c.ok ? 'ok    ' : 'MISSED'} ${c.name.padEnd(40)} ${c.value.padStart(10)}  ${c.budget}`);
}
for (const failure of result.failures) console.error(`\nerror: ${failure}`);
process.exit(missed.length || result.failures.length ? 1 : 0);
