// Benchmark of the release build in dist/ (scripts/bench builds it first):
//   1. gzip -9 sizes of the wasm, JS and CSS the browser fetches before the board shows (the
//      first load, against the 150 KB budget), and of the modules that load on demand;
//   2. time to a rendered board over N cold loads (a fresh browser context each, so no HTTP or
//      compiled-wasm cache): the startTime of the app's `role-lanes:board-rendered` mark.
//
//   node tests/e2e/bench.mjs [--runs 7] [--dist dist] [--json]
// Exits 1 if the bundle is over budget or the board never renders.
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, extname, join, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { chromium } from '@playwright/test';
import { BOARD_RENDERED_MARK, launchOptions } from './helpers.mjs';
import { startServer } from './static-server.mjs';
import { benchDrops, savedBoard } from './bench-drop.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const arg = (name, fallback) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? process.argv[i + 1] : fallback;
};
const RUNS = Number(arg('runs', '7'));
const DIST = resolve(arg('dist', join(here, '../../dist')));
const AS_JSON = process.argv.includes('--json');
// bytes, gzip -9 of wasm + JS + CSS. The issue says "150 KB"; we judge it as 150 KiB
// (153,600 bytes) and also print the strict reading (150,000 bytes), so neither is hidden.
const BUDGET = 150 * 1024;
const STRICT_BUDGET = 150 * 1000;

const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KiB`;
const ms = (v) => `${v.toFixed(0)} ms`;

// ---- sizes ----------------------------------------------------------------------------------
// Every wasm, JS and CSS file of the release folder (the on-demand module and wasm-bindgen's
// snippets included); which of them count as the first load is read from what the browser
// fetched until the board showed, in the first cold load below.
const kinds = { '.wasm': 'wasm', '.js': 'js', '.css': 'css' };
const files = readdirSync(DIST, { recursive: true })
  .filter((f) => kinds[extname(f)])
  .map((f) => {
    const raw = readFileSync(join(DIST, f));
    return { kind: kinds[extname(f)], file: f, raw: raw.length, gzip: gzipSync(raw, { level: 9 }).length };
  })
  .sort((a, b) => Object.values(kinds).indexOf(a.kind) - Object.values(kinds).indexOf(b.kind));
if (!files.some((f) => f.kind === 'wasm')) {
  console.error(`no .wasm in ${DIST}: run \`trunk build --release\` first`);
  process.exit(1);
}

// ---- cold loads -----------------------------------------------------------------------------
const server = await startServer({ root: DIST });
const browser = await chromium.launch({ headless: true, ...launchOptions() });
const runs = [];
const drops = [];
let failure = null;
try {
  for (let i = 1; i <= RUNS; i += 1) {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    const fetched = new Set();
    page.on('request', (request) => fetched.add(decodeURIComponent(new URL(request.url()).pathname)));
    try {
      await page.goto(server.url, { waitUntil: 'commit' });
      await page.waitForFunction(
        (mark) => performance.getEntriesByName(mark).length > 0,
        BOARD_RENDERED_MARK,
        { timeout: 20_000, polling: 10 },
      );
      // First paint is reported asynchronously; give it a moment, it is only for context.
      await page
        .waitForFunction(() => performance.getEntriesByName('first-contentful-paint').length > 0, null, {
          timeout: 2_000,
        })
        .catch(() => {});
      if (i === 1) {
        for (const f of files) f.firstLoad = fetched.has(`/${f.file.split(sep).join('/')}`);
      }
      runs.push(
        await page.evaluate((mark) => {
          const paint = performance.getEntriesByName('first-contentful-paint')[0];
          return { board: performance.getEntriesByName(mark)[0].startTime, fcp: paint ? paint.startTime : null };
        }, BOARD_RENDERED_MARK),
      );
    } catch (err) {
      failure = `run ${i}: the "${BOARD_RENDERED_MARK}" mark never appeared (${err.message.split('\n')[0]})`;
      break;
    } finally {
      await context.close();
    }
  }
  // Drop to updated warnings, on the seeds' board and on a 1,000-activity one.
  if (!failure) {
    for (const total of [58, 1000]) {
      try {
        const saved = total > 58 ? savedBoard(total, join(here, '../..')) : null;
        drops.push(await benchDrops(browser, server.url, { total, saved }));
      } catch (err) {
        failure = `drop benchmark at ${total} activities: ${err.message.split('\n')[0]}`;
      }
    }
  }
} finally {
  await browser.close();
  await server.close();
}

// What a visitor's browser fetches before the board shows; the rest loads on demand.
const firstLoad = files.filter((f) => f.firstLoad);
const total = firstLoad.reduce((s, f) => ({ raw: s.raw + f.raw, gzip: s.gzip + f.gzip }), { raw: 0, gzip: 0 });
const overBudget = runs.length === 0 || total.gzip > BUDGET;

const stats = (values) => {
  const v = values.filter((x) => typeof x === 'number').sort((a, b) => a - b);
  if (v.length === 0) return null;
  const mid = Math.floor(v.length / 2);
  const median = v.length % 2 ? v[mid] : (v[mid - 1] + v[mid]) / 2;
  return { median, min: v[0], max: v[v.length - 1] };
};
const board = stats(runs.map((r) => r.board));
const fcp = stats(runs.map((r) => r.fcp));

// ---- report ---------------------------------------------------------------------------------
if (AS_JSON) {
  console.log(JSON.stringify({ files, total, budget: BUDGET, overBudget, runs, board, fcp, drops, failure }, null, 2));
} else {
  console.log(`\nBundle (${DIST})`);
  console.log(`  ${'kind'.padEnd(5)} ${'file'.padEnd(50)} ${'raw'.padStart(10)} ${'gzip -9'.padStart(10)}  loaded`);
  for (const f of files) {
    const when = f.firstLoad ? 'first load' : 'on demand';
    console.log(`  ${f.kind.padEnd(5)} ${f.file.padEnd(50)} ${kb(f.raw).padStart(10)} ${kb(f.gzip).padStart(10)}  ${when}`);
  }
  console.log(`  ${'first load'.padEnd(56)} ${kb(total.raw).padStart(10)} ${kb(total.gzip).padStart(10)}`);
  console.log(`  total gzip: ${total.gzip} bytes = ${(total.gzip / 1024).toFixed(1)} KiB = ${(total.gzip / 1000).toFixed(1)} kB`);
  console.log(
    `  budget 150 KiB (${BUDGET} bytes): ${overBudget ? 'OVER' : 'within'} by ${Math.abs(BUDGET - total.gzip)} bytes` +
      ` (${((100 * total.gzip) / BUDGET).toFixed(1)}% used)`,
  );
  console.log(
    `  strict reading, 150 kB (${STRICT_BUDGET} bytes): ${total.gzip > STRICT_BUDGET ? 'over' : 'within'} by ${Math.abs(STRICT_BUDGET - total.gzip)} bytes`,
  );
  console.log(`\nCold loads in headless Chromium (${runs.length}/${RUNS}, fresh context each)`);
  console.log(`  ${'run'.padEnd(4)} ${'board rendered'.padStart(15)} ${'first paint'.padStart(12)}`);
  runs.forEach((r, i) => {
    console.log(`  ${String(i + 1).padEnd(4)} ${ms(r.board).padStart(15)} ${(r.fcp == null ? '-' : ms(r.fcp)).padStart(12)}`);
  });
  if (board) {
    console.log(`  time to rendered board: median ${ms(board.median)}, min ${ms(board.min)}, max ${ms(board.max)}`);
  }
  if (fcp) console.log(`  first contentful paint: median ${ms(fcp.median)}, min ${ms(fcp.min)}, max ${ms(fcp.max)}`);
  if (drops.length) {
    const fine = (v) => `${v.toFixed(1)} ms`;
    console.log('\nPointer drop to updated warnings (budget: one frame, 16 ms, at 1,000 activities)');
    console.log(`  ${'activities'.padEnd(11)} ${'median'.padStart(9)} ${'min'.padStart(9)} ${'max'.padStart(9)}`);
    for (const d of drops) {
      console.log(`  ${String(d.total).padEnd(11)} ${fine(d.median).padStart(9)} ${fine(d.min).padStart(9)} ${fine(d.max).padStart(9)}`);
    }
  }
}
if (failure) console.error(`\nerror: ${failure}`);
process.exit(failure || overBudget ? 1 : 0);
