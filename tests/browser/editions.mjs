// An edition travels across the network in Debian's Chromium (issue 22,
// rules 7 and 9), on the demo network:
//
// - the source city's admin offers one of its calls to the network as a
//   template (asked to confirm in a dialog);
// - the target city's admin opens "new call", finds it among the network's
//   templates, copies it, and the new draft shows its texts and its origin
//   (the source city);
// - the source city's admin visits the co-creation call's admin page, its
//   challenges and facilitators pages and a team's workspace, which the
//   call's facilitator (offered by the demo sign-in) opens too.
//
// Every page visited passes axe, is never wider than its window and is
// kept as screenshots at 390, 768 and 1366 px in
// tests/.artifacts/browser/editions/.
//
//   node editions.mjs CONFIG.json
//
// CONFIG.json is written by tests/integration/browser_editions.rs. Exit
// status as lib.mjs says.

import path from 'node:path';
import {
  audit, browser, check, clearArtifacts, config, finish, go, problems, submit, text,
} from './lib.mjs';

const { base, source, target } = config;
const suffix = `${target.lang}.png`;
const widths = [390, 768, 1366];

clearArtifacts(suffix);

let stepNumber = 0;

/** A person of `city` in a browser window of their own, speaking its language. */
async function person(city) {
  const context = await browser.newContext({
    locale: `${city.lang}-${city.lang.toUpperCase()}`,
    viewport: { width: 1366, height: 800 },
  });
  context.setDefaultTimeout(30000);
  return context.newPage();
}

/** How wide the page is at `width` px, and what reaches past the window. */
async function measure(page, width) {
  await page.setViewportSize({ width, height: 800 });
  return page.evaluate(() => {
    const inner = window.innerWidth;
    const name = (el) => el.tagName.toLowerCase() + (el.id ? `#${el.id}` : '')
      + (typeof el.className === 'string' && el.className ? `.${el.className.trim().split(/\s+/).join('.')}` : '');
    const past = [];
    for (const el of document.body.querySelectorAll('*')) {
      const box = el.getBoundingClientRect();
      if (box.width > 0 && box.right > inner + 0.5) {
        const parent = el.parentElement?.getBoundingClientRect();
        if (!parent || parent.right <= inner + 0.5) past.push(`${name(el)} (${Math.round(box.right)}px)`);
      }
    }
    return { scrollWidth: document.documentElement.scrollWidth, innerWidth: inner, past: past.slice(0, 5) };
  });
}

/** A page as its user sees it: its `lang`, its width at each size, axe, screenshots. */
async function step(page, name, lang) {
  stepNumber += 1;
  const where = new URL(page.url()).pathname;
  const sizes = [];
  for (const width of widths) {
    const m = await measure(page, width);
    sizes.push(`${width}:${m.scrollWidth}`);
    if (m.scrollWidth > m.innerWidth) {
      problems.push(`${name} (${where}) at ${width} px scrolls sideways: ${m.scrollWidth} px; past the edge: ${m.past.join(', ')}`);
    }
    await page.screenshot({
      path: path.join(config.artifacts, `${String(stepNumber).padStart(2, '0')}-${name}-${width}-${suffix}`),
      fullPage: true,
    });
  }
  await page.setViewportSize({ width: 1366, height: 800 });
  const htmlLang = await page.locator('html').getAttribute('lang');
  if (htmlLang !== lang) problems.push(`${name} (${where}): <html lang="${htmlLang}">, expected ${lang}`);
  console.log(`step ${stepNumber} ${name}: ${where}, widths ${sizes.join(' ')}, axe: ${await audit(page, name)}`);
}

/** Signs in through the demo page of `city` as the person shown with `role`; false when none is offered. */
async function signInAs(page, city, role) {
  await go(page, `${base}/t/${city.slug}/auth/demo`);
  const card = page.locator('li.card').filter({ has: page.locator('h2', { hasText: role }) }).first();
  if (await card.count() === 0) return false;
  await submit(page, card.locator('button'));
  return true;
}

/** Follows the link of `page` whose href ends with `end`. */
async function click(page, end) {
  const link = page.locator(`main a[href$="${end}"]`).first();
  check(await link.count() === 1, `${new URL(page.url()).pathname} links to ${end}`);
  await submit(page, link);
}

let done = 0;

await finish(async () => {
  // The source city's admin offers a call to the network.
  const admin = await person(source);
  check(await signInAs(admin, source, source.adminRole), `the demo of ${source.slug} offers an admin`);
  await go(admin, `${base}/t/${source.slug}/admin/calls/${source.offered}`);
  await step(admin, 'source-call-admin', source.lang);
  const offer = admin.locator('form[action$="/template"] button');
  check(await offer.count() === 1, 'the call offers itself as a template');
  await offer.click();
  const dialog = admin.locator('dialog.confirm-dialog');
  await dialog.waitFor({ state: 'visible' });
  await step(admin, 'source-offer-dialog', source.lang);
  await submit(admin, dialog.locator('button.danger'));
  check(await admin.locator('form[action$="/template/withdraw"]').count() === 1, 'offered: it can be withdrawn');
  await step(admin, 'source-offered', source.lang);
  done += 1;

  // The target city's admin copies it.
  const other = await person(target);
  check(await signInAs(other, target, target.adminRole), `the demo of ${target.slug} offers an admin`);
  await go(other, `${base}/t/${target.slug}/admin/calls`);
  await step(other, 'target-calls', target.lang);
  await click(other, '/admin/calls/new');
  await step(other, 'target-new-call', target.lang);
  const rows = other.locator('tr').filter({ hasText: source.name });
  let row = null;
  for (let i = 0; i < await rows.count(); i += 1) {
    const said = await rows.nth(i).innerText();
    if (source.titles.some((title) => said.includes(title))) row = rows.nth(i);
  }
  check(row !== null, `the call is among the network's templates: ${(await text(other)).slice(0, 2000)}`);
  await submit(other, row.locator('button'));
  const origin = other.locator('#call-origin');
  check(await origin.count() === 1, 'the copy shows its origin');
  const said = await origin.innerText();
  check(said.includes(source.name) && source.titles.some((title) => said.includes(title)),
    `the origin names ${source.name} and the call: ${said}`);
  const html = await other.content();
  check(source.titles.every((title) => html.includes(title.replaceAll('&', '&amp;').replaceAll('"', '&quot;'))
    || html.includes(title)), 'the copy keeps its texts');
  await step(other, 'target-copy', target.lang);
  done += 1;

  // The source city's co-creation call, from its admin page.
  const call = `${base}/t/${source.slug}/admin/calls/${source.cocreation}`;
  await go(admin, call);
  await step(admin, 'cocreation-admin', source.lang);
  await click(admin, `/admin/calls/${source.cocreation}/challenges`);
  await step(admin, 'cocreation-challenges', source.lang);
  await go(admin, call);
  await click(admin, `/admin/calls/${source.cocreation}/facilitators`);
  await step(admin, 'cocreation-facilitators', source.lang);
  await go(admin, call);
  await click(admin, `/calls/${source.cocreation}/teams`);
  await step(admin, 'cocreation-teams', source.lang);
  await click(admin, `/teams/${source.team}`);
  await step(admin, 'cocreation-workspace', source.lang);
  done += 1;

  // The call's facilitator, from the city's home.
  const facilitator = await person(source);
  if (await signInAs(facilitator, source, source.facilitatorRole)) {
    await go(facilitator, `${base}/t/${source.slug}/`);
    await click(facilitator, `/calls/${source.cocreation}`);
    await click(facilitator, `/calls/${source.cocreation}/teams`);
    await step(facilitator, 'facilitator-teams', source.lang);
    await click(facilitator, `/teams/${source.team}`);
    await step(facilitator, 'facilitator-workspace', source.lang);
    done += 1;
  } else {
    console.log('the demo sign-in offers no facilitator');
  }
}, {
  name: `editions (${source.slug} → ${target.slug}, ${target.lang})`,
  suffix,
  stepsDone: () => done,
  done: () => `${stepNumber} pages, ${done} parts`,
});
