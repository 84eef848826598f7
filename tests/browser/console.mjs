// The city admin's console in Debian's Chromium (issue 20, rule 8), on the
// demo network, as its people use it:
//
// - part "console": the admin signs in, starts at the city's home and
//   follows the links of the rendered pages breadth first, two clicks deep;
//   every tool of the console's side navigation (read from the page, and
//   held against the tools the issue names) is reached, and every admin
//   page reached passes axe. Then three confirmations are refused (nothing
//   changes) and given (the change happens): an employee withdrawing a
//   proposal they have just submitted, the admin granting the city-admin
//   role, revoking an API token (checked through the API) and closing a
//   call early. With JavaScript a form that
//   carries its consequence asks in a dialog; otherwise, and without
//   JavaScript, the server answers a confirmation page.
// - part "sealed": the admin follows a proposal's title from the list of a
//   sealed call's proposals to the admin's page of that proposal, which
//   shows its text and not its team.
//
//   node console.mjs CONFIG.json
//
// CONFIG.json is written by tests/integration/browser_console.rs. Every page
// checked is kept as a full-page screenshot in
// tests/.artifacts/browser/console/. Exit status: 0 when every step passes
// and axe finds nothing, 1 when a step fails, 2 when the steps pass with
// accessibility problems (listed).

import path from 'node:path';
import { request } from 'playwright-core';
import {
  audit, browser, check, clearArtifacts, config, finish, go, mode, problems, submit, text,
} from './lib.mjs';

const { base, lang, part, messages } = config;
const site = `/t/${config.city}`;
const city = `${base}${site}`;
const suffix = `${part}-${lang}-${mode}.png`;

clearArtifacts(suffix);

let stepNumber = 0;

/** A person in a browser window of their own, speaking the run's language. */
async function person() {
  const context = await browser.newContext({
    locale: `${lang}-${lang.toUpperCase()}`,
    javaScriptEnabled: config.javascript,
    viewport: { width: 1366, height: 800 },
  });
  context.setDefaultTimeout(30000);
  return context.newPage();
}

/** A page as the user sees it: its `lang`, axe, and a screenshot. */
async function step(page, name) {
  stepNumber += 1;
  const file = path.join(config.artifacts,
    `${String(stepNumber).padStart(2, '0')}-${name}-${suffix}`);
  await page.screenshot({ path: file, fullPage: true });
  const htmlLang = await page.locator('html').getAttribute('lang');
  if (htmlLang !== lang) {
    problems.push(`${name} (${new URL(page.url()).pathname}): <html lang="${htmlLang}">, the page is in ${lang}`);
  }
  console.log(`step ${stepNumber} ${name}: ${page.url()}, axe: ${await audit(page, name)}`);
}

/** Signs in through the demo page as the person shown with `role`. */
async function signInAs(page, role) {
  await go(page, `${city}/auth/demo`);
  const card = page.locator('li.card').filter({ has: page.locator('h2', { hasText: role }) }).first();
  check(await card.count() === 1, `the demo sign-in offers a ${role}`);
  const name = (await card.locator('p:not(.muted)').first().innerText()).trim();
  await submit(page, card.locator('button'));
  const header = await page.locator('header nav.session').innerText();
  check(header.includes(name), `signed in as ${name}: ${header}`);
  return name;
}

// -------------------------------------------------------------------------
// Confirmations

/** The form around `button` asks in a dialog (JavaScript and a consequence). */
async function asksInDialog(button) {
  if (!config.javascript) return false;
  return (await button.locator('xpath=ancestor::form[1]').getAttribute('data-confirm')) !== null;
}

/**
 * Presses `button` and answers the question it asks: `false` refuses
 * (the dialog's or the page's Cancel), `true` confirms. The question must
 * name `consequence`. Returns how it asked.
 */
async function answer(page, button, consequence, yes, name) {
  if (await asksInDialog(button)) {
    const before = page.url();
    await button.click();
    const dialog = page.locator('dialog.confirm-dialog');
    await dialog.waitFor({ state: 'visible' });
    const said = await dialog.innerText();
    check(said.includes(consequence), `the dialog names the consequence "${consequence}": ${said}`);
    await step(page, `${name}-dialog`);
    if (yes) {
      await submit(page, dialog.locator('button.danger'));
    } else {
      await dialog.locator('button.secondary').click();
      await dialog.waitFor({ state: 'hidden' });
      check(page.url() === before, `refusing the dialog stays on ${before}, not ${page.url()}`);
    }
    return 'dialog';
  }
  await submit(page, button);
  const said = await text(page);
  check(said.includes(consequence), `the confirmation page names the consequence "${consequence}": ${said.slice(0, 1500)}`);
  await step(page, `${name}-page`);
  if (yes) {
    await submit(page, page.locator('main form button.danger'));
  } else {
    await submit(page, page.locator('main a.button.secondary'));
  }
  return 'page';
}

// -------------------------------------------------------------------------
// The crawl

const skipped = /\.(csv|json|png|jpe?g|pdf|css|js)$|\/attachments\/|\/export|\/checkpoint|\/logo$|\/auth\/|\/static\//;

/** A page's key: its path inside the city's site, no query, no trailing slash. */
function keyOf(href) {
  const url = new URL(href);
  if (url.origin !== new URL(base).origin) return null;
  if (url.pathname !== site && !url.pathname.startsWith(`${site}/`)) return null;
  if (skipped.test(url.pathname)) return null;
  return url.pathname.slice(site.length).replace(/\/$/, '') || '/';
}

/** The links of the rendered page a person could follow to another page. */
async function anchors(page) {
  return page.locator('a[href]').evaluateAll((as) => as
    .filter((a) => !a.hasAttribute('hreflang') && !a.hasAttribute('download') && !a.getAttribute('href').startsWith('#'))
    .map((a) => a.href));
}

/** Opens `key`; whether it is an HTML page that answered 200. */
async function open(page, key) {
  let response;
  try {
    response = await go(page, `${city}${key === '/' ? '/' : key}`);
  } catch (error) {
    return false; // a download, not a page
  }
  return response !== null && response.status() === 200
    && (response.headers()['content-type'] ?? '').startsWith('text/html');
}

const tools = ['/admin/people', '/admin/settings', '/admin/sign-in', '/admin/divisions', '/admin/categories',
  '/admin/invitations', '/admin/api-tokens', '/admin/audit', '/admin/calls', '/admin/projects', '/admin/network'];

async function crawl(admin) {
  check(await open(admin, '/'), "the city's home answers");
  await step(admin, 'home');
  // Breadth first, by links only: the home is 0 clicks away, what it links
  // to 1, what those link to 2.
  const depth = new Map([['/', 0]]);
  const queue = ['/'];
  let sideNavigation = null;
  while (queue.length) {
    const key = queue.shift();
    const d = depth.get(key);
    if (d === 2) continue;
    if (!(await open(admin, key))) continue;
    if (key === '/admin') {
      sideNavigation = (await admin.locator('nav.console-nav a').evaluateAll((as) => as.map((a) => a.href)))
        .map(keyOf).filter(Boolean);
    }
    for (const href of await anchors(admin)) {
      const next = keyOf(href);
      if (next !== null && !depth.has(next)) {
        depth.set(next, d + 1);
        queue.push(next);
      }
    }
  }
  check(depth.get('/admin') === 1, "the console is one click from the city's home");
  check(sideNavigation && sideNavigation.length > 0, 'the console has a side navigation');
  console.log(`crawl: ${depth.size} pages within two clicks; side navigation: ${sideNavigation.join(' ')}`);
  const missingTools = tools.filter((tool) => !sideNavigation.includes(tool));
  check(missingTools.length === 0, `the side navigation lists every tool the issue names; missing: ${missingTools.join(' ')}`);
  const unreached = sideNavigation.filter((key) => !(depth.get(key) <= 2));
  check(unreached.length === 0, `every page of the side navigation is within two clicks of the home; not: ${unreached.join(' ')}`);

  // axe on every admin page reached, and on the side navigation's others.
  const adminPages = [...new Set([...depth.keys()].filter((key) => key === '/admin' || key.startsWith('/admin/'))
    .concat(sideNavigation))].sort();
  let audited = 0;
  for (const key of adminPages) {
    if (!(await open(admin, key))) {
      check(!sideNavigation.includes(key), `${key}, in the side navigation, answers a page`);
      continue;
    }
    await step(admin, key === '/admin' ? 'console' : key.slice(1).replaceAll('/', '-'));
    audited += 1;
  }
  console.log(`axe ran on ${audited} pages: ${adminPages.join(' ')}`);

  // A click further: each call's admin page, and the admin pages it links
  // to (its proposals, review, ranking), pass axe too.
  await go(admin, `${city}/admin/calls`);
  const calls = [...new Set((await anchors(admin)).map(keyOf).filter((key) => /^\/admin\/calls\/\d+$/.test(key ?? '')))];
  check(calls.length > 0, 'the admin lists the calls');
  const callPages = [];
  for (const call of calls) {
    if (!(await open(admin, call))) continue;
    callPages.push(call);
    for (const href of await anchors(admin)) {
      const key = keyOf(href);
      if (key && key.startsWith(`${call}/`) && !callPages.includes(key)) callPages.push(key);
    }
  }
  for (const key of callPages) {
    if (!(await open(admin, key))) continue;
    await step(admin, key.slice(1).replaceAll('/', '-'));
    audited += 1;
  }
  console.log(`axe ran on the calls' admin pages: ${callPages.join(' ')}`);
  return { pages: depth.size, admin: audited };
}

// -------------------------------------------------------------------------

async function consolePart() {
  const admin = await person();
  await signInAs(admin, config.roles.admin);
  const reached = await crawl(admin);

  // A person's page, from the people list.
  await go(admin, `${city}/admin/people`);
  await submit(admin, admin.locator('table.people-list tbody a[href*="/admin/people/"]').first());
  check(/\/admin\/people\/\d+$/.test(admin.url()), `a person's page, not ${admin.url()}`);
  await step(admin, 'admin-person');

  // An employee submits a proposal (the page that says what happens next
  // passes axe), then withdraws it: refused, nothing changes; confirmed,
  // it is withdrawn.
  const employee = await person();
  await signInAs(employee, config.roles.employee);
  await go(employee, `${city}/calls/${config.openCall}`);
  await submit(employee, employee.locator('.take-part form button'));
  const proposalId = employee.url().match(/\/proposals\/(\d+)$/)?.[1];
  check(proposalId, `the new proposal's page, not ${employee.url()}: ${(await text(employee)).slice(0, 1500)}`);
  const proposalUrl = `${city}/proposals/${proposalId}`;
  await employee.fill('#title', config.proposal.title);
  await employee.fill('#summary', config.proposal.summary);
  await employee.fill('#problem', config.proposal.problem);
  await employee.fill('#solution', config.proposal.solution);
  await employee.fill('#benefits', config.proposal.benefits);
  const category = await employee.locator('#category option:not([value=""])').first().getAttribute('value');
  await employee.selectOption('#category', category);
  await employee.selectOption('#locale', lang);
  if (await employee.locator('input[name=division]').count()) await employee.locator('input[name=division]').first().check();
  await submit(employee, employee.locator(`button[formaction*="/proposals/${proposalId}/submit"]`));
  check(employee.url().endsWith(`/proposals/${proposalId}/submitted`), `submitted: the page of what happens next, not ${employee.url()}: ${(await text(employee)).slice(0, 1500)}`);
  check((await text(employee)).includes(messages['submitted-title']), 'the page says the proposal is submitted');
  await step(employee, 'proposal-submitted');
  const status = async () => {
    await go(employee, proposalUrl);
    return text(employee);
  };
  check((await status()).includes(messages['status-submitted']), 'the proposal is submitted');
  const withdraw = () => employee.locator(`form[action$="/proposals/${proposalId}/withdraw"] button`);
  let asked = await answer(employee, withdraw(), messages['confirm-withdraw-consequence'], false, 'withdraw-refused');
  let now = await status();
  check(now.includes(messages['status-submitted']) && !now.includes(messages['status-withdrawn']),
    `refusing to withdraw (${asked}) leaves the proposal submitted`);
  asked = await answer(employee, withdraw(), messages['confirm-withdraw-consequence'], true, 'withdraw-confirmed');
  now = await status();
  check(now.includes(messages['status-withdrawn']), `withdrawing, confirmed (${asked}), withdraws it`);
  await step(employee, 'proposal-withdrawn');
  console.log(`withdraw asked by a ${asked}`);

  // The admin grants a person the city-admin role.
  const { grantee } = config;
  const row = () => admin.locator(`tr[data-person="${grantee.id}"]`);
  const findGrantee = async () => {
    await go(admin, `${city}/admin/people`);
    await admin.fill('#q', grantee.name);
    await submit(admin, admin.locator('form.people-filters button[type=submit]'));
    check(await row().count() === 1, `the search finds ${grantee.name}`);
  };
  const isAdmin = async () => (await row().locator('.badge-tenant_admin').count()) === 1;
  await findGrantee();
  check(!(await isAdmin()), `${grantee.name} is not an admin yet`);
  const grant = () => row().locator('form:has(input[name=role][value=tenant_admin]) button');
  asked = await answer(admin, grant(), grantee.consequence, false, 'grant-refused');
  await findGrantee();
  check(!(await isAdmin()), `refusing the grant (${asked}) leaves ${grantee.name} without the role`);
  asked = await answer(admin, grant(), grantee.consequence, true, 'grant-confirmed');
  await findGrantee();
  check(await isAdmin(), `granting, confirmed (${asked}), makes ${grantee.name} an admin`);
  await step(admin, 'grant-done');
  console.log(`grant asked by a ${asked}`);

  // The admin makes an API token and revokes it; a program using it is
  // answered until the revocation is confirmed.
  await go(admin, `${city}/admin/api-tokens`);
  await admin.fill('#name', config.tokenName);
  await submit(admin, admin.locator(`form[action$="/admin/api-tokens"] button[type=submit]`));
  const token = (await admin.locator('.notice p.code').innerText()).trim();
  check(token.length > 10, `the new token is shown once: ${token}`);
  // A program of its own: the token, no session.
  const program = await request.newContext();
  const answered = async () => (await program.get(`${city}/api/v1/calls`, {
    headers: { authorization: `Bearer ${token}` }, maxRedirects: 0,
  })).status();
  check(await answered() === 200, 'the API answers the new token');
  const revoke = () => admin.locator(`tr:has(td:text-is("${config.tokenName}")) form[action$="/revoke"] button`);
  asked = await answer(admin, revoke(), messages['confirm-token-consequence'], false, 'revoke-refused');
  check(await answered() === 200, `refusing the revocation (${asked}) leaves the token working`);
  asked = await answer(admin, revoke(), messages['confirm-token-consequence'], true, 'revoke-confirmed');
  check(await answered() === 401, `revoking, confirmed (${asked}), refuses the token`);
  await go(admin, `${city}/admin/api-tokens`);
  check((await admin.locator(`tr:has(td:text-is("${config.tokenName}"))`).innerText()).includes(messages['tokens-revoked']),
    'the token is listed as revoked');
  await step(admin, 'token-revoked');
  console.log(`revoke asked by a ${asked}`);

  // The admin closes the open call early.
  const callUrl = `${city}/admin/calls/${config.openCall}`;
  const phase = async () => {
    await go(admin, callUrl);
    return text(admin);
  };
  check((await phase()).includes(messages['call-phase-open']), 'the call is open');
  const close = () => admin.locator('form[action$="/close"] button');
  asked = await answer(admin, close(), config.closeConsequence, false, 'close-refused');
  now = await phase();
  check(now.includes(messages['call-phase-open']) && !now.includes(messages['call-phase-review']),
    `refusing to close (${asked}) leaves the call open`);
  asked = await answer(admin, close(), config.closeConsequence, true, 'close-confirmed');
  check((await phase()).includes(messages['call-phase-review']), `closing, confirmed (${asked}), puts the call in review`);
  await step(admin, 'call-closed');
  console.log(`close asked by a ${asked}`);
  console.log(`crawl reached ${reached.pages} pages; axe ran on ${reached.admin} pages of the console`);
}

async function sealedPart() {
  const admin = await person();
  await signInAs(admin, config.roles.admin);
  const { sealed } = config;
  await go(admin, `${city}/admin/calls/${sealed.call}/proposals`);
  await step(admin, 'sealed-list');
  // The page's main part: the header names the admin, who may be on a team.
  const list = `${await admin.locator('main').innerText()}\n${await admin.locator('main').innerHTML()}`;
  for (const p of Object.values(sealed.proposals)) {
    for (const trace of [...p.names, ...p.emails]) {
      check(!list.includes(trace), `the list of a sealed call's proposals names no one (${trace})`);
    }
  }
  const titles = admin.locator('main table a[href*="/admin/proposals/"]');
  check(await titles.count() > 0, "the titles in the admin's list of a sealed call's proposals lead to /admin/proposals/{id}");
  // The first submitted one (drafts are listed too).
  let title = null;
  for (const link of await titles.all()) {
    const linked = (await link.getAttribute('href')).match(/\/admin\/proposals\/(\d+)$/)?.[1];
    if (sealed.proposals[linked]?.submitted) {
      title = link;
      break;
    }
  }
  check(title, "a submitted proposal's title leads to /admin/proposals/{id}");
  await submit(admin, title);
  const id = admin.url().match(/\/admin\/proposals\/(\d+)$/)?.[1];
  check(id && sealed.proposals[id], `the admin's page of one of the call's proposals, not ${admin.url()}`);
  const proposal = sealed.proposals[id];
  const shown = await text(admin);
  for (const field of [proposal.title, proposal.problem, proposal.solution]) {
    const line = field.split('\n').find((l) => l.trim())?.trim() ?? field;
    check(shown.includes(line), `the admin reads the proposal: "${line}"`);
  }
  const main = `${await admin.locator('main').innerText()}\n${await admin.locator('main').innerHTML()}`;
  for (const trace of [...proposal.names, ...proposal.emails]) {
    check(!main.includes(trace), `the sealed proposal's page does not name its team (${trace})`);
  }
  await step(admin, 'sealed-proposal');
}

await finish(() => (part === 'sealed' ? sealedPart() : consolePart()), {
  name: part,
  suffix,
  stepsDone: () => stepNumber,
  done: () => `${stepNumber} pages checked`,
});
