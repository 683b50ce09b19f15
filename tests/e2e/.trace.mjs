import { chromium } from 'playwright-core';
import { readFileSync } from 'node:fs';
import { startServer } from './static-server.mjs';
const server = await startServer({ root: '/work/main/dist' });
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox','--disable-gpu','--disable-background-networking','--disable-component-update','--disable-sync','--no-first-run','--disable-quic'] });
const context = await browser.newContext({ viewport: { width: 1600, height: 1000 } });
await context.addInitScript((v) => localStorage.setItem('role-lanes/default/layout', v), readFileSync('/tmp/prof/board.txt', 'utf8'));
const page = await context.newPage();
await page.goto(server.url); await page.waitForSelector('[data-activity]');
await browser.startTracing(page, { categories: ['devtools.timeline', 'disabled-by-default-devtools.timeline'] });
await page.evaluate(async () => {
  for (let i = 0; i < 3; i++) {
    const card = document.querySelector('[data-lane="pmm"] [data-activity="pricing-strategy"]');
    card.scrollIntoView({ block: 'center' });
    const r = card.getBoundingClientRect(); const lane = document.querySelector('[data-lane="pdm"]').getBoundingClientRect();
    const ev = (t, x, y, target) => target.dispatchEvent(new PointerEvent(t, { clientX: x, clientY: y, bubbles: true, cancelable: true, pointerId: 7, pointerType: 'mouse', isPrimary: true, button: 0, buttons: 1 }));
    ev('pointerdown', r.left + 12, r.top + 8, card); ev('pointermove', r.left + 40, r.top + 8, window); ev('pointermove', lane.left + lane.width / 2, r.top + 8, window);
    await new Promise(r => setTimeout(r, 50));
    performance.mark('drop-start');
    ev('pointerup', lane.left + lane.width / 2, r.top + 8, window);
    await new Promise(r => setTimeout(r, 100));
    document.querySelector('button.rl-button[aria-keyshortcuts="Control+Z"]').click();
    await new Promise(r => setTimeout(r, 100));
  }
});
const buf = await browser.stopTracing();
const events = JSON.parse(buf.toString()).traceEvents;
const interesting = events.filter(e => ['UpdateLayoutTree', 'Layout', 'RecalculateStyles', 'ScheduleStyleRecalculation', 'Paint', 'FunctionCall', 'EventDispatch', 'RunMicrotasks', 'TimerFire'].includes(e.name) && e.dur > 500);
for (const e of interesting.slice(0, 60)) console.log(e.name, (e.dur/1000).toFixed(1)+'ms', JSON.stringify(e.args?.elementCount ?? e.args?.beginData?.dirtyObjects ?? e.args?.data?.type ?? ''));
await browser.close(); await server.close();
