import { chromium, type Browser, type BrowserContext } from 'playwright-core';

/**
 * The page-load benchmark of the web interface (issue 3): in Debian's Chromium, on loopback, each page is
 * opened cold (a fresh browser context: no cache, no service worker) by a signed-in user, and timed from
 * the start of navigation to its content being on screen. The JavaScript sent is what the browser's
 * resource timing says went over the wire (compressed), plus its uncompressed size.
 */
export type PageLoad = {
  page: string;
  runs: number;
  medianMs: number;
  maxMs: number;
  domContentLoadedMs: number;
  scriptBytesSent: number;
  scriptBytesDecoded: number;
  cssBytesSent: number;
};

export type PageToLoad = { name: string; path: string; visible: string };

type Measured = {
  visibleMs: number;
  domContentLoadedMs: number;
  scriptBytesSent: number;
  scriptBytesDecoded: number;
  cssBytesSent: number;
};

/**
 * Notes the moment the content first appears with a layout box, from inside the page (a mutation observer
 * runs before the next paint), so the driver's polling is not counted.
 */
const watchFor = (selector: string): string => `(() => {
  const selector = ${JSON.stringify(selector)};
  const check = () => {
    const el = document.querySelector(selector);
    if (el && el.getClientRects().length > 0 && window.__hearthVisibleAt === undefined) {
      window.__hearthVisibleAt = performance.now();
      observer.disconnect();
    }
  };
  const observer = new MutationObserver(check);
  document.addEventListener('DOMContentLoaded', () => {
    observer.observe(document.body, { childList: true, subtree: true });
    check();
  });
})()`;

/**
 * Run in the page (a string, because this file is compiled without the DOM's types). performance.now()
 * counts from the navigation's start, the page's time origin.
 */
const MEASURE = `(() => {
  const resources = performance.getEntriesByType('resource');
  const nav = performance.getEntriesByType('navigation')[0];
  const sum = (kind, key) => resources.filter((r) => r.name.endsWith(kind)).reduce((n, r) => n + r[key], 0);
  return {
    visibleMs: window.__hearthVisibleAt ?? performance.now(),
    domContentLoadedMs: nav ? nav.domContentLoadedEventEnd : 0,
    scriptBytesSent: sum('.js', 'transferSize'),
    scriptBytesDecoded: sum('.js', 'decodedBodySize'),
    cssBytesSent: sum('.css', 'transferSize'),
  };
})()`;

const median = (xs: number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor((s.length - 1) / 2)]!;
};

async function signedInState(browser: Browser, url: string, email: string, password: string) {
  const context = await browser.newContext();
  const res = await context.request.post(`${url}/api/v1/session`, { data: { email, password } });
  if (res.status() !== 201) throw new Error(`page-load bench sign-in failed: ${res.status()}`);
  const state = await context.storageState();
  await context.close();
  return state;
}

async function loadOnce(context: BrowserContext, url: string, target: PageToLoad) {
  const page = await context.newPage();
  await page.addInitScript(watchFor(target.visible));
  await page.goto(`${url}${target.path}`, { waitUntil: 'commit' });
  await page.locator(target.visible).first().waitFor({ state: 'visible', timeout: 30_000 });
  const figures = (await page.evaluate(MEASURE)) as Measured;
  await page.close();
  return figures;
}

export async function measurePageLoads(opts: {
  url: string;
  email: string;
  password: string;
  pages: PageToLoad[];
  runs: number;
}): Promise<PageLoad[]> {
  const browser = await chromium.launch({
    executablePath: process.env.HEARTH_CHROMIUM ?? '/usr/bin/chromium',
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking'],
  });
  try {
    const storageState = await signedInState(browser, opts.url, opts.email, opts.password);
    const out: PageLoad[] = [];
    for (const target of opts.pages) {
      // One warm-up load so the server's first-request costs (statement preparation) are not counted.
      const warm = await browser.newContext({ storageState });
      await loadOnce(warm, opts.url, target);
      await warm.close();
      const runs = [];
      for (let i = 0; i < opts.runs; i++) {
        const context = await browser.newContext({ storageState });
        runs.push(await loadOnce(context, opts.url, target));
        await context.close();
      }
      const last = runs[runs.length - 1]!;
      out.push({
        page: target.name,
        runs: runs.length,
        medianMs: Math.round(median(runs.map((r) => r.visibleMs))),
        maxMs: Math.round(Math.max(...runs.map((r) => r.visibleMs))),
        domContentLoadedMs: Math.round(median(runs.map((r) => r.domContentLoadedMs))),
        scriptBytesSent: last.scriptBytesSent,
        scriptBytesDecoded: last.scriptBytesDecoded,
        cssBytesSent: last.cssBytesSent,
      });
    }
    return out;
  } finally {
    await browser.close();
  }
}
