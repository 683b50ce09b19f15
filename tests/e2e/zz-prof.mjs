import { chromium } from 'playwright';
import { startServer } from './static-server.mjs';
const srv = await startServer({ root: process.argv[2] || 'dist' });
const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH });
const agg = new Map(); let total = 0;
for (let i = 0; i < 5; i++) {
  const ctx = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  await ctx.addInitScript(() => {
    const complete = () => document.querySelectorAll('section[data-lane] [data-activity]').length >= 62;
    const o = new MutationObserver(() => { if (complete()) { window.__b = performance.now(); o.disconnect(); } });
    o.observe(document, { childList: true, subtree: true });
  });
  const page = await ctx.newPage();
  const cdp = await ctx.newCDPSession(page);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
  await cdp.send('Profiler.start');
  await page.goto(srv.url, { waitUntil: 'commit' });
  await page.waitForFunction(() => window.__b, null, { polling: 10 });
  const { profile } = await cdp.send('Profiler.stop');
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const counts = new Map();
  for (const s of profile.samples) counts.set(s, (counts.get(s) || 0) + 1);
  const dts = profile.timeDeltas; let t = 0;
  // self time per node
  const self = new Map();
  for (let k = 0; k < profile.samples.length; k++) { const d = dts[k + 1] ?? 0; self.set(profile.samples[k], (self.get(profile.samples[k]) || 0) + d); }
  for (const [id, us] of self) {
    const n = byId.get(id); const cf = n.callFrame;
    const key = `${cf.functionName || '(anon)'} ${cf.url.split('/').pop().slice(0, 30)}`;
    agg.set(key, (agg.get(key) || 0) + us / 1000); total += us / 1000;
  }
  console.log('board', await page.evaluate(() => window.__b));
  await ctx.close();
}
const rows = [...agg].sort((a, b) => b[1] - a[1]).slice(0, 40);
for (const [k, v] of rows) console.log((v / 5).toFixed(1).padStart(7), k);
await browser.close(); await srv.close();
