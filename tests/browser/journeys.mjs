// The end-to-end journey of a call, in Debian's Chromium, as its people
// live it: an admin creates and opens a call; two Turin employees sign in
// through the city's OpenID Connect provider, write a proposal together and
// submit it; a Porto employee cannot see it; an outside juror scores it
// blind; the admin awards it; the team sees the result and plans a
// milestone; a coordinator sees Turin on the network dashboard.
//
//   node journeys.mjs CONFIG.json
//
// CONFIG.json is written by tests/integration/browser.rs (URLs, people,
// the language of the run, whether JavaScript runs, expected messages).
// Every page visited is checked with axe-core (WCAG 2.1 A and AA) and for
// its `lang`, measured at every width of `config.widths` (390, 768 and
// 1366 px: the page is never wider than the window, at 390 px every
// control and navigation link is a touch target of 44 px or more, and at
// 1366 px the header's items stand in one row), and kept as a full-page screenshot at
// each width. Exit status: 0 when the
// journey completes and no page has an accessibility problem, 1 when a step
// fails, 2 when the journey completes with accessibility problems (listed).

import path from 'node:path';
import {
  audit, browser, check, clearArtifacts, config, finish, go, mode, moving, problems, StepError,
  submit, text,
} from './lib.mjs';

const { base, lang, portoLang, messages, portoMessages } = config;
const turin = `${base}/t/turin`;
const porto = `${base}/t/porto`;

clearArtifacts(`${lang}-${mode}.png`);

let stepNumber = 0;

/** The widths every page is measured at; the widest is the window's own. */
const widths = config.widths;
const desktop = Math.max(...widths);

/**
 * The page at `width` px: is it wider than the window (which elements
 * reach past its right edge), and does the header keep one row?
 */
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
        // The outermost culprits: an element whose parent already reaches past is left out.
        const parent = el.parentElement?.getBoundingClientRect();
        if (!parent || parent.right <= inner + 0.5) past.push(`${name(el)} (${Math.round(box.right)}px)`);
      }
    }
    const bar = document.querySelector('.site-header-bar');
    const items = [...document.querySelectorAll('.site-header-bar .site-name, .site-header-bar .session a, .site-header-bar .session button')]
      .filter((el) => el.getClientRects().length > 0);
    const middle = (el) => { const b = el.getBoundingClientRect(); return b.top + b.height / 2; };
    const rows = new Set(items.map((el) => Math.round(middle(el) / 12)));
    // Touch targets: every control and every navigation link at least 44 px tall.
    const small = [...document.querySelectorAll('button, summary, a.button, select, '
      + 'input:not([type=hidden]):not([type=checkbox]):not([type=radio]), '
      + '.session a, .console-nav a, .languages a, .pager a')]
      .filter((el) => el.getClientRects().length > 0 && el.getBoundingClientRect().height < 43.5)
      .map((el) => `${name(el)} (${Math.round(el.getBoundingClientRect().height)}px)`);
    return {
      small: small.slice(0, 5),
      scrollWidth: document.documentElement.scrollWidth,
      innerWidth: inner,
      past: past.slice(0, 5),
      headerItems: items.length,
      headerRows: rows.size,
      headerHeight: bar ? Math.round(bar.getBoundingClientRect().height) : 0,
    };
  });
}

/** A person in a browser window of their own, speaking `locale`. */
async function person(locale) {
  const context = await browser.newContext({
    locale,
    javaScriptEnabled: config.javascript,
    viewport: { width: desktop, height: 800 },
  });
  context.setDefaultTimeout(30000);
  return context.newPage();
}

/**
 * A step of the journey as the user sees it: the page has the expected
 * `lang`, passes axe, and is kept as a screenshot.
 */
async function step(page, name, { expectLang = lang, product = true } = {}) {
  stepNumber += 1;
  const where = new URL(page.url()).pathname;
  const sizes = [];
  for (const width of widths) {
    const m = await measure(page, width);
    sizes.push(`${width}:${m.scrollWidth}`);
    if (product && m.scrollWidth > m.innerWidth) {
      problems.push(`${name} (${where}) at ${width} px scrolls sideways: the page is ${m.scrollWidth} px wide; past the edge: ${m.past.join(', ')}`);
    }
    if (width === widths[0] && product && m.small.length) {
      problems.push(`${name} (${where}) at ${width} px: touch targets under 44 px: ${m.small.join(', ')}`);
    }
    if (width === desktop && product && m.headerRows > 1) {
      problems.push(`${name} (${where}) at ${width} px: the header's ${m.headerItems} items take ${m.headerRows} rows (${m.headerHeight} px)`);
    }
    const file = path.join(config.artifacts,
      `${String(stepNumber).padStart(2, '0')}-${name}-${width}-${lang}-${mode}.png`);
    await page.screenshot({ path: file, fullPage: true });
  }
  await page.setViewportSize({ width: desktop, height: 800 });
  const htmlLang = await page.locator('html').getAttribute('lang');
  if (htmlLang !== expectLang) {
    problems.push(`${name} (${new URL(page.url()).pathname}): <html lang="${htmlLang}">, the page is in ${expectLang}`);
  }
  const audited = product ? `, axe: ${await audit(page, name)}` : '';
  console.log(`step ${stepNumber} ${name}: ${page.url()}, widths ${sizes.join(' ')}${audited}`);
}

/**
 * Presses `button`, whose action asks first, and confirms: in the dialog
 * when JavaScript runs and its form carries `data-confirm`, otherwise on
 * the confirmation page. The question is kept as step `name`.
 */
async function confirmed(page, button, name) {
  const form = button.locator('xpath=ancestor::form[1]');
  if (config.javascript && (await form.getAttribute('data-confirm')) !== null) {
    await button.click();
    const dialog = page.locator('dialog.confirm-dialog');
    await dialog.waitFor({ state: 'visible' });
    await step(page, name);
    await submit(page, dialog.locator('button.danger'));
  } else {
    await submit(page, button);
    await step(page, name);
    await submit(page, page.locator('main form button.danger'));
  }
}

/** Presses a key that leads to another page, and waits for it. */
async function pressToNavigate(page, key) {
  moving(page);
  const [response] = await Promise.all([
    page.waitForNavigation({ waitUntil: 'load' }),
    page.keyboard.press(key),
  ]);
  return response;
}

/** Moves the keyboard focus with Tab until it is on `selector`. */
async function tabTo(page, selector, what) {
  for (let i = 0; i < 80; i += 1) {
    await page.keyboard.press('Tab');
    if (await page.locator(`${selector}:focus`).count()) {
      await focusIsVisible(page, what);
      return;
    }
  }
  throw new StepError(`Tab never reaches ${what} (${selector})`);
}

/** The focused element shows that it has focus. */
async function focusIsVisible(page, what) {
  const shown = await page.evaluate(() => {
    const el = document.activeElement;
    const style = getComputedStyle(el);
    const outline = style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0;
    return el.matches(':focus-visible') && (outline || style.boxShadow !== 'none');
  });
  if (!shown) problems.push(`focus on ${what} is not visible (${new URL(page.url()).pathname})`);
}

/** Signs in through the city's provider: its login page, then back. */
async function signInWithSso(page, signInPage, login, { keyboard = false, expectLang: cityLang = lang } = {}) {
  await step(page, 'sign-in-page', { expectLang: cityLang });
  await submit(page, page.locator('a.button[href*="/auth/sso"]'));
  check(page.url().includes('/interaction/'), `the provider's login page, not ${page.url()}`);
  await step(page, 'provider-login', { expectLang: 'en', product: false });
  if (keyboard) {
    await tabTo(page, '#login', "the provider's login field");
    await page.keyboard.type(login);
    await pressToNavigate(page, 'Enter');
  } else {
    await page.fill('#login', login);
    await submit(page, page.locator('button[type=submit]'));
  }
  check(page.url().startsWith(base), `back at Innovato after signing in, not at ${page.url()}`);
  check(!page.url().includes(signInPage), 'the sign-in page is left behind');
}

async function signedInAs(page, name) {
  const header = await page.locator('header nav.session').innerText();
  check(header.includes(name), `the header names ${name}: ${header}`);
}

// -------------------------------------------------------------------------

const proposalTitle = 'Orti condivisi sui tetti degli uffici comunali';
// A 68-letter Romanian word in the call's title: wherever the title is shown,
// it wraps instead of widening the page.
const longWord = config.longWord;
const callTitle = { it: `Idee per una città più verde: ${longWord}`, hu: `Ötletek egy zöldebb városért: ${longWord}` };
const shownCallTitle = callTitle[lang] ?? callTitle.it;
const categoryName = 'Ambiente ed energia';
const awardName = 'Premio Città Verde';

async function journey() {
  // The admin signs in with the city's provider and prepares a call.
  const admin = await person(`${lang}-${lang.toUpperCase()}`);
  await go(admin, `${turin}/`);
  await step(admin, 'turin-home');
  await submit(admin, admin.locator('header a[href*="/auth/signin"]'));
  await signInWithSso(admin, '/auth/signin', config.admin.login);
  await signedInAs(admin, config.admin.name);

  await go(admin, `${turin}/admin/categories`);
  await admin.fill('#name', categoryName);
  await submit(admin, admin.locator('form[action$="/admin/categories"] button[type=submit]'));
  check(await admin.locator('input[id^="name-"]').first().inputValue() === categoryName, 'the new category is listed');
  await step(admin, 'admin-categories');

  await go(admin, `${turin}/admin/calls/new`);
  await step(admin, 'admin-call-new');
  const day = 24 * 3600 * 1000;
  const local = (ms) => new Date(Date.now() + ms).toISOString().slice(0, 16);
  await admin.fill('#title-it', callTitle.it);
  await admin.fill('#description-it', 'Proposte per rendere più verdi gli edifici e gli spazi della città.');
  await admin.fill('#title-hu', callTitle.hu);
  await admin.fill('#description-hu', 'Javaslatok a város épületeinek és tereinek zöldítésére.');
  await admin.locator('input[name=category]').first().check();
  await admin.fill('#opens_at', local(-day));
  await admin.fill('#closes_at', local(30 * day));
  await admin.fill('#results_at', local(60 * day));
  await admin.fill('#max_team_size', '3');
  await admin.selectOption('#eligibility_rule', 'everyone');
  await admin.fill('#eligible_headcount', '1000');
  await admin.fill('#reviews_per_proposal', '1');
  await admin.fill('#budget_euros', '50000');
  const criteria = [['Impatto', '60', '5'], ['Fattibilità', '40', '5']];
  for (const [i, [name, weight, scale]] of criteria.entries()) {
    await admin.locator('input[name=criterion_name]').nth(i).fill(name);
    await admin.locator('input[name=criterion_weight]').nth(i).fill(weight);
    await admin.locator('input[name=criterion_scale]').nth(i).fill(scale);
  }
  await admin.locator('input[name=award_name]').first().fill(awardName);
  await admin.locator('input[name=award_sponsor]').first().fill('Fondazione Torino');
  await admin.locator('input[name=award_prize]').first().fill('5.000 euro');
  await submit(admin, admin.locator('form.stack button.primary[type=submit]').first());
  const callId = admin.url().match(/\/admin\/calls\/(\d+)$/)?.[1];
  check(callId, `the new call's page, not ${admin.url()}: ${await text(admin)}`);
  await step(admin, 'admin-call-draft');
  await submit(admin, admin.locator('form[action$="/publish"] button'));
  check((await text(admin)).includes(messages['call-phase-open']), 'the published call is open');
  await step(admin, 'admin-call-open');

  // The colleague signs in first, so that the lead can invite them.
  const colleague = await person(`${lang}-${lang.toUpperCase()}`);
  await go(colleague, `${turin}/auth/signin`);
  await signInWithSso(colleague, '/auth/signin', config.colleague.login);
  await signedInAs(colleague, config.colleague.name);

  // The lead finds the call, signs in to take part (by keyboard at the
  // provider) and starts a proposal.
  const lead = await person(`${lang}-${lang.toUpperCase()}`);
  await go(lead, `${turin}/`);
  check((await text(lead)).includes(shownCallTitle), 'the open call is on the city home page');
  await submit(lead, lead.locator(`a[href$="/calls/${callId}"]`).first());
  check((await lead.locator('h1').innerText()).includes(longWord), `the call's title shows the long word whole: ${await lead.locator('h1').innerText()}`);
  for (const width of widths) {
    const m = await measure(lead, width);
    check(m.scrollWidth <= m.innerWidth, `at ${width} px the call's long title keeps the page ${m.innerWidth} px wide, not ${m.scrollWidth}: ${m.past.join(', ')}`);
  }
  await lead.setViewportSize({ width: desktop, height: 800 });
  await step(lead, 'call-page');
  await submit(lead, lead.locator('.take-part a.button'));
  await signInWithSso(lead, '/auth/signin', config.lead.login, { keyboard: true });
  check(lead.url().endsWith(`/calls/${callId}`), `back on the call's page, not ${lead.url()}`);
  await signedInAs(lead, config.lead.name);
  await submit(lead, lead.locator('.take-part button'));
  const proposalId = lead.url().match(/\/proposals\/(\d+)$/)?.[1];
  check(proposalId, `the new proposal's page, not ${lead.url()}`);
  const proposalUrl = `${turin}/proposals/${proposalId}`;
  await step(lead, 'proposal-new');

  // The proposal is written by keyboard alone: Tab, typing, Enter, Space.
  // With JavaScript the page saves what is typed by itself; without, only
  // the Save button does.
  const autosaves = [];
  lead.on('request', (request) => {
    if (request.method() === 'POST' && request.headers().accept === 'application/json') autosaves.push(request.url());
  });
  await tabTo(lead, '#title', 'the title');
  await lead.keyboard.type(proposalTitle);
  await tabTo(lead, '#summary', 'the summary');
  await lead.keyboard.type('Trasformare i tetti piani degli uffici in orti curati dai dipendenti.');
  await lead.waitForTimeout(2500);
  if (config.javascript) {
    check(autosaves.includes(proposalUrl), `the page saved the typed text by itself (${autosaves})`);
  } else {
    check(autosaves.length === 0, `without JavaScript nothing saves by itself (${autosaves})`);
  }
  await tabTo(lead, `form[action$="/proposals/${proposalId}"] button[type=submit]`, 'the Save button');
  await pressToNavigate(lead, 'Enter');
  check(await lead.locator('#title').inputValue() === proposalTitle, 'the saved title is shown');
  // Submitting an incomplete proposal: the errors are announced and tied
  // to their fields.
  await tabTo(lead, `button[formaction*="/proposals/${proposalId}/submit"]`, 'the Submit button');
  await pressToNavigate(lead, 'Enter');
  await step(lead, 'proposal-errors');
  const alert = await lead.locator('[role=alert]').allInnerTexts();
  check(alert.some((a) => a.includes(messages['form-has-errors'])), `the errors are announced: ${alert}`);
  for (const field of ['problem', 'solution', 'category']) {
    const invalid = await lead.locator(`#${field}`).getAttribute('aria-invalid');
    const described = (await lead.locator(`#${field}`).getAttribute('aria-describedby')) ?? '';
    const messagesOfField = [];
    for (const id of described.split(/\s+/).filter(Boolean)) {
      const target = lead.locator(`[id="${id}"]`);
      if (await target.count()) messagesOfField.push(await target.innerText());
    }
    if (invalid !== 'true') problems.push(`proposal-errors: #${field} is refused but not aria-invalid`);
    if (!(await lead.locator(`#${field}-error`).count()) || !described.includes(`${field}-error`)) {
      problems.push(`proposal-errors: the error of #${field} is not tied to it by aria-describedby (${described})`);
    }
  }
  await tabTo(lead, '#problem', 'the problem');
  await lead.keyboard.type('I tetti degli uffici sono inutilizzati e d’estate scaldano gli ambienti di lavoro.');
  await tabTo(lead, '#solution', 'the solution');
  await lead.keyboard.type('Orti in cassoni leggeri, irrigati con l’acqua piovana, curati a turno dai dipendenti.');
  await tabTo(lead, '#benefits', 'the benefits');
  await lead.keyboard.type('Uffici più freschi, verdure per la mensa, colleghi che si conoscono.');
  await tabTo(lead, '#category', 'the category');
  await lead.keyboard.type(categoryName.slice(0, 8));
  await tabTo(lead, '#locale', 'the language of the proposal');
  await lead.keyboard.type('Italiano');
  await tabTo(lead, 'input[name=division]', 'a division');
  await lead.keyboard.press('Space');
  await tabTo(lead, `form[action$="/proposals/${proposalId}"] button[type=submit]`, 'the Save button');
  await pressToNavigate(lead, 'Enter');
  check(await lead.locator('#category option:checked').innerText() === categoryName, 'the category chosen by keyboard is saved');
  check(await lead.locator('input[name=division]:checked').count() === 1, 'the division ticked with Space is saved');
  check(await lead.locator('#locale').inputValue() === 'it', 'the proposal is in Italian, whatever the page language');
  await step(lead, 'proposal-saved');

  // The lead invites the colleague, who accepts.
  await lead.fill('#colleague', config.colleague.email);
  await submit(lead, lead.locator(`form[action$="/proposals/${proposalId}/team"] button`));
  check((await lead.locator('#team-heading + ul').innerText()).includes(config.colleague.name), 'the invited colleague is listed in the team');
  await step(lead, 'proposal-invited');

  await go(colleague, `${turin}/notifications`);
  check((await text(colleague)).includes(proposalTitle), 'the colleague is told of the invitation');
  await step(colleague, 'colleague-notifications');
  await go(colleague, `${turin}/proposals`);
  await step(colleague, 'colleague-proposals');
  await submit(colleague, colleague.locator(`a[href$="/proposals/${proposalId}"]`));
  check((await text(colleague)).includes(messages['team-invited-heading']), 'the colleague sees the invitation');
  await step(colleague, 'colleague-invitation');
  await submit(colleague, colleague.locator('form[action$="/team/answer"]:has(input[value=accept]) button'));
  check(!(await text(colleague)).includes(messages['team-invited-heading']), 'the invitation is answered');
  check(await colleague.locator('#title').inputValue() === proposalTitle, 'the colleague sees the proposal');
  await step(colleague, 'colleague-accepted');

  // The lead submits.
  await go(lead, proposalUrl);
  await submit(lead, lead.locator(`button[formaction*="/proposals/${proposalId}/submit"]`));
  check(lead.url().endsWith(`/proposals/${proposalId}/submitted`), 'submitting leads to the page that says what happens next');
  check((await text(lead)).includes(messages['submitted-title']), 'the page says the proposal is submitted');
  await step(lead, 'proposal-submitted-next');
  await go(lead, proposalUrl);
  check((await text(lead)).includes(messages['status-submitted']), 'the proposal is submitted');
  await step(lead, 'proposal-submitted');
  await go(lead, `${turin}/proposals`);
  check((await text(lead)).includes(messages['status-submitted']), 'my proposals show it submitted');
  await step(lead, 'lead-proposals');

  // A Porto employee cannot see it, by any way.
  const outsider = await person(`${lang}-${lang.toUpperCase()}`);
  await go(outsider, `${porto}/auth/signin`);
  await signInWithSso(outsider, '/auth/signin', config.outsider.login, { expectLang: portoLang });
  await signedInAs(outsider, config.outsider.name);
  let response = await go(outsider, `${porto}/proposals/${proposalId}`);
  check(response.status() === 404, `Turin's proposal at Porto answers 404, not ${response.status()}`);
  check((await text(outsider)).includes(portoMessages['error-not-found']), 'the page says it is not found');
  check(!(await text(outsider)).includes(proposalTitle), 'nothing of the proposal is shown');
  await step(outsider, 'outsider-not-found', { expectLang: portoLang });
  await go(outsider, `${porto}/proposals`);
  check(!(await text(outsider)).includes(proposalTitle), "Porto's list of proposals does not have it");
  await step(outsider, 'outsider-proposals', { expectLang: portoLang });
  response = await go(outsider, proposalUrl);
  check(!(await text(outsider)).includes(proposalTitle), "Turin's page of the proposal shows nothing to Porto's session");
  check(new URL(outsider.url()).pathname.endsWith('/auth/signin') || response.status() === 404,
    `Turin asks the Porto employee to sign in, at ${outsider.url()}`);
  await step(outsider, 'outsider-turin-proposal');
  await go(outsider, `${turin}/calls/${callId}`);
  check(!(await text(outsider)).includes(proposalTitle), "the call's public page does not show it");
  await step(outsider, 'outsider-call-page');

  // The admin sees the proposal, closes the call and invites a juror.
  await go(admin, `${turin}/admin/calls/${callId}/proposals`);
  check((await text(admin)).includes(proposalTitle), "the admin's list has the proposal");
  await step(admin, 'admin-proposals');
  await go(admin, `${turin}/admin/calls/${callId}`);
  // Closing early asks first, naming who can no longer submit.
  await confirmed(admin, admin.locator('form[action$="/close"] button'), 'admin-confirm-close');
  check((await text(admin)).includes(messages['call-phase-review']), 'the call is in review');
  await step(admin, 'admin-call-review');
  await go(admin, `${turin}/admin/invitations`);
  await admin.fill('#email', config.juror.email);
  await admin.fill('#name', config.juror.name);
  await admin.selectOption('#role', 'juror');
  await submit(admin, admin.locator('form[action$="/admin/invitations"] button'));
  const link = (await admin.locator('p.code').innerText()).trim();
  check(link.includes('/invitations/'), `the invitation link is shown: ${link}`);
  await step(admin, 'admin-invitation');

  // The juror chooses a password (a short one first), then signs in again
  // by keyboard alone.
  const juror = await person(`${lang}-${lang.toUpperCase()}`);
  await go(juror, new URL(link, `${base}/`).href);
  await step(juror, 'juror-invitation');
  await juror.fill('#password', 'short');
  await juror.fill('#confirmation', 'short');
  await submit(juror, juror.locator('form button.primary'));
  check(await juror.locator('#password[aria-invalid=true]').count() === 1, 'a short password is refused on its field');
  // Announced by the form's error summary (role=alert), whose link leads to
  // the field; the field names its own message.
  check(await juror.locator('[role=alert] a[href="#password"]').count() === 1, 'the refusal is announced and leads to its field');
  check(((await juror.locator('#password').getAttribute('aria-describedby')) ?? '').includes('password-error')
    && await juror.locator('#password-error').count() === 1, 'the refusal is tied to its field');
  await step(juror, 'juror-password-refused');
  await juror.fill('#password', config.juror.password);
  await juror.fill('#confirmation', config.juror.password);
  await submit(juror, juror.locator('form button.primary'));
  await signedInAs(juror, config.juror.name);
  await step(juror, 'juror-signed-up');
  await submit(juror, juror.locator('header form[action$="/signout"] button'));
  await go(juror, `${turin}/auth/signin`);
  await tabTo(juror, '#email', 'the email field');
  await juror.keyboard.type(config.juror.email);
  await tabTo(juror, '#password', 'the password field');
  await juror.keyboard.type('not the password');
  await pressToNavigate(juror, 'Enter');
  check(await juror.locator('[role=alert]').count() > 0, 'a wrong password is announced');
  for (const field of ['email', 'password']) {
    const invalid = await juror.locator(`#${field}`).getAttribute('aria-invalid');
    const described = await juror.locator(`#${field}`).getAttribute('aria-describedby');
    if (invalid !== 'true' || !described) {
      problems.push(`juror-sign-in-refused: the refusal (role=alert) is not tied to #${field} (aria-invalid=${invalid}, aria-describedby=${described})`);
    }
  }
  await step(juror, 'juror-sign-in-refused');
  await tabTo(juror, '#password', 'the password field');
  await juror.keyboard.type(config.juror.password);
  await pressToNavigate(juror, 'Enter');
  await signedInAs(juror, config.juror.name);

  // The admin puts the juror on the jury and starts the review.
  await go(admin, `${turin}/admin/calls/${callId}/review`);
  await admin.fill('#email', config.juror.email);
  await submit(admin, admin.locator('form[action$="/jury"] button'));
  check((await admin.locator('#jury-heading ~ .table-scroll table, #jury-heading ~ table').first().innerText()).includes(config.juror.name), 'the juror is on the jury');
  await submit(admin, admin.locator('form[action$="/review/assign"] button'));
  await step(admin, 'admin-review-started');

  // The juror scores blind.
  await go(juror, `${turin}/review`);
  check((await text(juror)).includes(messages['review-blind-note']), 'the juror is told reviews are blind');
  await step(juror, 'juror-calls');
  await submit(juror, juror.locator(`a[href$="/review/calls/${callId}"]`));
  await step(juror, 'juror-call');
  await submit(juror, juror.locator('table a[href*="/review/"]').first());
  const reviewPage = await juror.content();
  check(reviewPage.includes(proposalTitle), 'the juror reads the proposal');
  check(await juror.locator('article.proposal-text').getAttribute('lang') === 'it', 'the proposal is marked as Italian');
  for (const who of [config.lead, config.colleague]) {
    for (const trace of [who.name, who.email, who.login]) {
      check(!reviewPage.includes(trace), `the juror's page names no author (${trace})`);
    }
  }
  check(!juror.url().includes(`/proposals/${proposalId}`), "the juror's link names the review, not the proposal");
  await juror.locator('input[name=score]').nth(0).fill('5');
  await juror.locator('input[name=score]').nth(1).fill('4');
  await juror.locator('textarea[name=comment]').first().fill('Idea semplice e utile.');
  await submit(juror, juror.locator('form.stack button.primary'));
  check(await juror.locator('input[name=score]').nth(0).inputValue() === '5', 'the scores are kept');
  await step(juror, 'juror-scored');

  // The admin closes scoring, awards the proposal and publishes results.
  await go(admin, `${turin}/admin/calls/${callId}/review`);
  await confirmed(admin, admin.locator('form[action$="/review/close"] button'), 'admin-confirm-close-scoring');
  await go(admin, `${turin}/admin/calls/${callId}/ranking`);
  check((await text(admin)).includes(proposalTitle), 'the ranking lists the proposal');
  await step(admin, 'admin-ranking');
  await admin.selectOption(`#decision-${proposalId}`, 'award-0');
  await submit(admin, admin.locator(`form[action$="/decisions/${proposalId}"] button`));
  await confirmed(admin, admin.locator('form[action$="/results"] button'), 'admin-confirm-results');
  check((await text(admin)).includes(messages['results-published']), 'the results are published');
  await step(admin, 'admin-results');

  // The team sees the result in its language.
  await go(lead, `${turin}/notifications`);
  const told = await text(lead);
  check(told.includes(awardName) && told.includes(proposalTitle), 'the team is told of the award');
  await step(lead, 'lead-notifications');
  await go(lead, proposalUrl);
  check((await text(lead)).includes(messages['status-in-implementation']), 'the proposal goes into implementation');
  await step(lead, 'lead-proposal-awarded');
  await go(lead, `${turin}/calls/${callId}`);
  check((await lead.locator('#call-winners + ul').innerText()).includes(proposalTitle), "the call's page lists the winner");
  await step(lead, 'call-results');

  // The project gets a milestone.
  await go(lead, `${turin}/projects`);
  await step(lead, 'lead-projects');
  await submit(lead, lead.locator('main a[href*="/projects/"]').first());
  check((await lead.locator('h1').innerText()).includes(proposalTitle), 'the project is the awarded proposal');
  const milestone = 'Primo orto sul tetto di via Meucci';
  const due = new Date(Date.now() + 90 * day).toISOString().slice(0, 10);
  await lead.fill('#milestone-title', milestone);
  await lead.fill('#due_on', due);
  await submit(lead, lead.locator('form[action$="/milestones"] button'));
  check((await lead.locator('#milestones-heading + ul').innerText()).includes(milestone), 'the milestone is listed');
  await step(lead, 'project-milestone');

  // A coordinator chooses a password (which signs them in on the platform)
  // and finds Turin on the network dashboard.
  const coordinator = await person(`${lang}-${lang.toUpperCase()}`);
  await go(coordinator, `${base}${config.coordinator.setup}`);
  await step(coordinator, 'coordinator-setup');
  await coordinator.fill('#password', config.coordinator.password);
  await coordinator.fill('#confirmation', config.coordinator.password);
  await submit(coordinator, coordinator.locator('form button.primary'));
  await signedInAs(coordinator, config.coordinator.name);
  await go(coordinator, `${base}/network`);
  check((await coordinator.locator('h1').innerText()).includes(messages['network-title']), 'the network dashboard');
  const kpis = coordinator.locator('table.kpis').first();
  const columns = await kpis.locator('thead th').allInnerTexts();
  const turinColumn = columns.findIndex((c) => c === config.turin.name);
  check(turinColumn > 0, `Turin has a column of figures: ${columns}`);
  const figures = await kpis.locator(`tbody tr > :nth-child(${turinColumn + 1})`).allInnerTexts();
  check(figures.includes(config.turin.headcount), `Turin's eligible headcount, ${config.turin.headcount}, is among its figures: ${figures}`);
  await step(coordinator, 'coordinator-network');
}

await finish(journey, {
  name: 'journey',
  suffix: `${lang}-${mode}.png`,
  stepsDone: () => stepNumber,
  done: () => `${stepNumber} steps`,
});
