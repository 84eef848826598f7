// Test-only OpenID Connect provider for the Innovato integration tests.
//
//   node provider.mjs CONFIG.json
//
// Starts one oidc-provider instance per issuer in CONFIG.json, each on its own
// 127.0.0.1 port, prints exactly one line `READY {"<name>":"<issuer url>",...}`
// to stdout and runs until SIGTERM/SIGINT or until stdin is closed.
// See README.md in this directory.

import * as crypto from 'node:crypto';
import * as fs from 'node:fs';
import * as http from 'node:http';

// oidc-provider prints its notices with console.info (i.e. to stdout). Stdout
// is reserved for the READY line, so route everything else to stderr.
console.log = console.error;
console.info = console.error;

const { default: Provider } = await import('oidc-provider');

const ID_TOKEN_TTL = 3600;
const EXPIRED_ID_TOKEN_OFFSET = -600; // exp = issuance time - 10 minutes
const EXPIRED_PREFIX = 'expired-';

function fail(message) {
  process.stderr.write(`provider.mjs: ${message}\n`);
  process.exit(2);
}

const configPath = process.argv[2];
if (!configPath) fail('usage: node provider.mjs CONFIG.json');

let config;
try {
  config = JSON.parse(fs.readFileSync(configPath, 'utf8'));
} catch (err) {
  fail(`cannot read config ${configPath}: ${err.message}`);
}
if (!Array.isArray(config?.issuers) || config.issuers.length === 0) {
  fail('config must contain a non-empty "issuers" array');
}

const escapeHtml = (value) => String(value).replace(/[&<>"']/g, (c) => ({
  '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;',
}[c]));

function page(title, body) {
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)}</title>
</head>
<body>
<main>
<h1>${escapeHtml(title)}</h1>
${body}
</main>
</body>
</html>
`;
}

function loginPage(issuerName, uid, clientId, { error, login } = {}) {
  const errorHtml = error
    ? `<p role="alert" id="login-error">${escapeHtml(error)}</p>\n`
    : '';
  return page(`Sign in to ${issuerName}`, `<p>Application <code>${escapeHtml(clientId)}</code> asks you to sign in.</p>
${errorHtml}<form method="post" action="/interaction/${encodeURIComponent(uid)}/login">
<label for="login">User ID or e-mail address</label>
<input type="text" name="login" id="login" autocomplete="username" required${login ? ` value="${escapeHtml(login)}"` : ''}${error ? ' aria-invalid="true" aria-describedby="login-error"' : ''}>
<button type="submit">Sign in</button>
</form>`);
}

function send(res, status, html) {
  res.statusCode = status;
  res.setHeader('Content-Type', 'text/html; charset=utf-8');
  res.setHeader('Cache-Control', 'no-store');
  res.setHeader('Content-Length', Buffer.byteLength(html));
  res.end(html);
}

function readForm(req, limit = 64 * 1024) {
  return new Promise((resolve, reject) => {
    let size = 0;
    const chunks = [];
    req.on('data', (chunk) => {
      size += chunk.length;
      if (size > limit) {
        reject(new Error('request body too large'));
        req.destroy();
        return;
      }
      chunks.push(chunk);
    });
    req.on('end', () => resolve(new URLSearchParams(Buffer.concat(chunks).toString('utf8'))));
    req.on('error', reject);
  });
}

function freshSigningKey() {
  const { privateKey } = crypto.generateKeyPairSync('rsa', { modulusLength: 2048 });
  const jwk = privateKey.export({ format: 'jwk' });
  return { ...jwk, kid: crypto.randomUUID(), alg: 'RS256', use: 'sig' };
}

function accountClaims(account) {
  return {
    sub: account.sub,
    email: account.email,
    email_verified: true,
    name: account.name,
    division: account.division,
    grade: account.grade,
  };
}

async function startIssuer(issuerConfig) {
  const { name } = issuerConfig;
  if (typeof name !== 'string' || !/^[A-Za-z0-9_-]+$/.test(name)) {
    throw new Error(`issuer name must match [A-Za-z0-9_-]+ (got ${JSON.stringify(name)})`);
  }
  const accounts = issuerConfig.accounts ?? [];
  const findByLogin = (login) => accounts.find((a) => a.sub === login)
    ?? accounts.find((a) => typeof a.email === 'string' && a.email.toLowerCase() === login.toLowerCase());

  // 1. Listen first, so that the issuer URL can carry the real port. A
  // config may fix the address and the public issuer URL instead (the compose
  // stack in deploy/, where browser and server reach the provider by name).
  let handler = (req, res) => { res.statusCode = 503; res.end(); };
  const server = http.createServer((req, res) => handler(req, res));
  await new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(issuerConfig.port ?? 0, issuerConfig.host ?? '127.0.0.1', resolve);
  });
  const issuer = issuerConfig.issuer ?? `http://127.0.0.1:${server.address().port}`;

  // 2. Then build the provider for that issuer.
  const clients = (issuerConfig.clients ?? []).map((c) => ({
    token_endpoint_auth_method: 'client_secret_basic',
    grant_types: ['authorization_code'],
    response_types: ['code'],
    ...c,
  }));

  const configuration = {
    clients,
    jwks: { keys: [freshSigningKey()] },
    findAccount(ctx, sub) {
      const account = accounts.find((a) => a.sub === sub);
      if (!account) return undefined;
      return {
        accountId: account.sub,
        async claims() { return accountClaims(account); },
      };
    },
    scopes: ['openid', 'email', 'profile', 'organisation'],
    claims: {
      openid: ['sub'],
      email: ['email', 'email_verified'],
      profile: ['name'],
      organisation: ['division', 'grade'],
    },
    conformIdTokenClaims: false,
    pkce: { required: () => true },
    features: {
      devInteractions: { enabled: false },
      rpInitiatedLogout: {
        enabled: true,
        async logoutSource(ctx, form) {
          ctx.type = 'html';
          ctx.body = page(`Sign out of ${name}`, `${form}
<p>Do you want to sign out?</p>
<button type="submit" form="op.logoutForm" name="logout" value="yes">Yes, sign me out</button>
<button type="submit" form="op.logoutForm">No, stay signed in</button>`);
        },
        async postLogoutSuccessSource(ctx) {
          ctx.type = 'html';
          ctx.body = page(`Signed out of ${name}`, '<p>You have been signed out.</p>');
        },
      },
    },
    interactions: {
      url(ctx, interaction) { return `/interaction/${interaction.uid}`; },
    },
    cookies: {
      names: {
        session: `${name}_session`,
        interaction: `${name}_interaction`,
        resume: `${name}_interaction_resume`,
      },
    },
    ttl: {
      AccessToken: 3600,
      AuthorizationCode: 600,
      IdToken: ID_TOKEN_TTL,
      Interaction: 3600,
      Session: 24 * 3600,
      Grant: 24 * 3600,
    },
    async renderError(ctx, out) {
      ctx.type = 'html';
      ctx.body = page('Error', `<pre>${escapeHtml(JSON.stringify(out, null, 2))}</pre>`);
    },
  };

  const provider = new Provider(issuer, configuration);

  // ID tokens for `expired-*` accounts: exp lies 10 minutes before issuance.
  // ttl.IdToken is validated to be a positive integer, so the static
  // IdToken.expiresIn (which applies that validation) is wrapped instead.
  const { IdToken } = provider;
  const originalExpiresIn = IdToken.expiresIn;
  IdToken.expiresIn = function expiresIn(ctx, token, client) {
    const sub = token?.available?.sub;
    if (typeof sub === 'string' && sub.startsWith(EXPIRED_PREFIX)) {
      return EXPIRED_ID_TOKEN_OFFSET;
    }
    return originalExpiresIn.call(this, ctx, token, client);
  };

  provider.on('server_error', (ctx, err) => {
    process.stderr.write(`[${name}] server_error: ${err?.stack ?? err}\n`);
  });

  async function grantEverything(details) {
    const { prompt: { details: promptDetails }, params, session } = details;
    const accountId = details.result?.login?.accountId ?? session?.accountId;
    let grant;
    if (details.grantId) {
      grant = await provider.Grant.find(details.grantId);
    }
    grant ??= new provider.Grant({ accountId, clientId: params.client_id });
    if (params.scope) grant.addOIDCScope(params.scope);
    if (promptDetails?.missingOIDCScope) grant.addOIDCScope(promptDetails.missingOIDCScope.join(' '));
    if (promptDetails?.missingOIDCClaims) grant.addOIDCClaims(promptDetails.missingOIDCClaims);
    if (params.claims) {
      // claims request parameter: grant every claim named in it.
      try {
        const requested = JSON.parse(params.claims);
        const names = new Set();
        for (const part of Object.values(requested ?? {})) {
          for (const claim of Object.keys(part ?? {})) names.add(claim);
        }
        if (names.size) grant.addOIDCClaims([...names]);
      } catch { /* malformed claims were rejected by the provider already */ }
    }
    if (promptDetails?.missingResourceScopes) {
      for (const [indicator, scopes] of Object.entries(promptDetails.missingResourceScopes)) {
        grant.addResourceScope(indicator, scopes.join(' '));
      }
    }
    return grant.save();
  }

  const callback = provider.callback();
  const interactionRoute = /^\/interaction\/([^/]+)(\/login)?$/;

  handler = async (req, res) => {
    const { pathname } = new URL(req.url, issuer);
    const match = interactionRoute.exec(pathname);
    if (!match) {
      callback(req, res);
      return;
    }
    const uid = decodeURIComponent(match[1]);
    const isLogin = Boolean(match[2]);
    try {
      const details = await provider.interactionDetails(req, res);
      if (details.uid !== uid) {
        send(res, 400, page('Error', '<p>Interaction does not match the interaction cookie.</p>'));
        return;
      }
      const clientId = details.params.client_id;
      if (process.env.OIDC_PROVIDER_DEBUG) {
        process.stderr.write(`[${name}] ${req.method} ${pathname} prompt=${JSON.stringify(details.prompt)}\n`);
      }

      if (!isLogin && req.method === 'GET') {
        if (details.prompt.name === 'login') {
          send(res, 200, loginPage(name, uid, clientId));
          return;
        }
        // Any other prompt (consent): first-party test clients, grant at once.
        const grantId = await grantEverything(details);
        await provider.interactionFinished(req, res, { consent: { grantId } }, { mergeWithLastSubmission: true });
        return;
      }

      if (isLogin && req.method === 'POST') {
        const form = await readForm(req);
        const login = (form.get('login') ?? '').trim();
        const account = login ? findByLogin(login) : undefined;
        if (!account) {
          send(res, 200, loginPage(name, uid, clientId, {
            error: login ? `Unknown user "${login}".` : 'Enter a user ID or e-mail address.',
            login,
          }));
          return;
        }
        const grantId = await grantEverything({
          ...details,
          result: { login: { accountId: account.sub } },
          // a grant from another account must not be reused
          grantId: details.session?.accountId === account.sub ? details.grantId : undefined,
        });
        await provider.interactionFinished(req, res, {
          login: { accountId: account.sub },
          consent: { grantId },
        }, { mergeWithLastSubmission: false });
        return;
      }

      res.statusCode = 405;
      res.setHeader('Allow', isLogin ? 'POST' : 'GET');
      res.end();
    } catch (err) {
      if (err?.name === 'SessionNotFound') {
        send(res, 400, page('Error', `<p>${escapeHtml(err.error_description ?? err.message)}</p>`));
        return;
      }
      process.stderr.write(`[${name}] interaction error: ${err?.stack ?? err}\n`);
      if (!res.headersSent) send(res, 500, page('Error', '<p>Internal error.</p>'));
      else res.end();
    }
  };

  return { name, issuer, server };
}

const started = [];
function shutdown(code = 0) {
  for (const { server } of started) {
    server.closeAllConnections?.();
    server.close();
  }
  process.exit(code);
}
process.on('SIGTERM', () => shutdown(0));
process.on('SIGINT', () => shutdown(0));
// The parent keeps stdin open; when it closes (parent died), go away.
process.stdin.on('end', () => shutdown(0));
process.stdin.on('close', () => shutdown(0));
process.stdin.on('error', () => shutdown(0));
process.stdin.resume();

try {
  const names = new Set();
  for (const issuerConfig of config.issuers) {
    if (names.has(issuerConfig.name)) throw new Error(`duplicate issuer name ${issuerConfig.name}`);
    names.add(issuerConfig.name);
    started.push(await startIssuer(issuerConfig));
  }
} catch (err) {
  process.stderr.write(`provider.mjs: ${err?.stack ?? err}\n`);
  shutdown(1);
}

const ready = Object.fromEntries(started.map(({ name, issuer }) => [name, issuer]));
process.stdout.write(`READY ${JSON.stringify(ready)}\n`);
