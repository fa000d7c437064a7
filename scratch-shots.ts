import { launchChromium, startSite } from './test/browser/browser-support.js';
const site = await startSite();
const browser = await launchChromium();
const paths = process.argv.slice(2);
for (const width of [390, 1366]) {
  const ctx = await browser.newContext({ viewport: { width, height: width === 390 ? 844 : 900 } });
  const page = await ctx.newPage();
  for (const p of paths) {
    await page.goto(site.origin + (p === 'STORY' ? site.interviewPath : p));
    const name = `/tmp/site-shots/${width}-${p.replace(/[^a-z0-9]+/gi, '_')}.png`;
    await page.screenshot({ path: name, fullPage: false });
    const info = await page.evaluate(() => ({
      header: document.querySelector('.site-header')?.getBoundingClientRect().height,
      overflow: document.documentElement.scrollWidth - document.documentElement.clientWidth,
    }));
    console.log(name, JSON.stringify(info));
  }
  await ctx.close();
}
await browser.close();
await site.t.dispose();
