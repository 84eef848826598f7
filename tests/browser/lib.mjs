// What the browser runs share (journeys.mjs, console.mjs): the run's
// configuration, Debian's Chromium, auditing a page with axe-core (WCAG
// 2.1 A and AA), failing a step, moving between pages, and the report at
// the end with its exit status: 0 when every step passes and no page has
// an accessibility problem, 1 when a step fails, 2 when the steps pass
// with accessibility problems (listed).

import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import { chromium } from 'playwright-core';

const require = createRequire(import.meta.url);
const axeSource = fs.readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

/** The run's configuration: the JSON file its first argument names. */
export const config = JSON.parse(fs.readFileSync(process.argv[2], 'utf8'));
/** `js` or `nojs`: whether the run's pages run JavaScript. */
export const mode = config.javascript ? 'js' : 'nojs';

/** Makes the artifacts' folder and removes what a former run of the same kind (names ending in `suffix`) left there. */
export function clearArtifacts(suffix) {
  fs.mkdirSync(config.artifacts, { recursive: true });
  for (const old of fs.readdirSync(config.artifacts)) {
    if (old.endsWith(suffix)) fs.rmSync(path.join(config.artifacts, old));
  }
}

/** Accessibility problems found on the way; the run goes on. */
export const problems = [];

/** A step's failure, said in words (anything else thrown is a bug: its stack is shown). */
export class StepError extends Error {}
export function check(condition, what) {
  if (!condition) throw new StepError(what);
}

export const browser = await chromium.launch({
  executablePath: '/usr/bin/chromium',
  headless: true,
  args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
    '--disable-background-networking', '--disable-component-update', '--disable-sync'],
});

// axe-core needs scripts and timers, which a page without JavaScript has
// not: every page is audited as a copy in a page of its own, its HTML as
// the run's page has it and its own scripts blocked.
const auditor = await (await browser.newContext()).newPage();
await auditor.route('**/*.js', (route) => route.abort());

/** Audits `page` with axe, adds what it finds to `problems`, and sums the result up. */
export async function audit(page, name) {
  const url = page.url();
  const html = await page.content();
  const same = (candidate) => candidate.href === url;
  await auditor.route(same, (route) => route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: html }), { times: 1 });
  await auditor.goto(url, { waitUntil: 'load' });
  check(await auditor.title() === await page.title(), `the audited copy of ${url} is that page`);
  await auditor.evaluate(axeSource);
  const result = await auditor.evaluate(() => window.axe.run(document, {
    runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] },
  }));
  for (const violation of result.violations) {
    problems.push(`${name} (${new URL(url).pathname}): axe ${violation.id} [${violation.impact}] ${violation.help}: `
      + violation.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(' | '));
  }
  return `${result.passes.length} rules passed, ${result.violations.length} violated`;
}

export async function text(page) {
  return page.locator('body').innerText();
}

/** The page the run last moved, shown when a step fails. */
let lastPage = null;

/** Notes that `page` is moving, so that a failure shows it. */
export function moving(page) {
  lastPage = page;
}

export async function go(page, url) {
  moving(page);
  return page.goto(url, { waitUntil: 'load' });
}

/** Clicks what leads to another page, and waits for it. */
export async function submit(page, locator) {
  moving(page);
  const [response] = await Promise.all([
    page.waitForNavigation({ waitUntil: 'load' }),
    locator.click(),
  ]);
  return response;
}

/**
 * Runs `steps`, then closes the browser and reports: on a failure the last
 * page moved (screenshot `failed-<suffix>` and its text), the screenshots,
 * the accessibility problems, and `<name> failed at step N` or
 * `<name> completed: <done>`; exits with the run's status. `stepsDone`
 * says how many steps passed.
 */
export async function finish(steps, { name, suffix, stepsDone, done }) {
  let failed = null;
  try {
    await steps();
  } catch (error) {
    failed = error;
    if (lastPage) {
      const file = path.join(config.artifacts, `failed-${suffix}`);
      await lastPage.screenshot({ path: file, fullPage: true }).catch(() => {});
      console.log(`failed on ${lastPage.url()} (${file}):\n${(await text(lastPage).catch(() => '')).slice(0, 3000)}`);
    }
  }
  await browser.close();
  console.log(`screenshots: ${config.artifacts}/*-${suffix}`);
  if (problems.length) {
    console.log(`accessibility problems (${problems.length}):`);
    for (const p of problems) console.log(`  - ${p}`);
  }
  if (failed) {
    console.log(`${name} failed at step ${stepsDone() + 1}: ${failed instanceof StepError ? failed.message : failed.stack}`);
    process.exit(1);
  }
  console.log(`${name} completed: ${done()}`);
  process.exit(problems.length ? 2 : 0);
}
