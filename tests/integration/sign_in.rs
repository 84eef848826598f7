//! Signing in: each city's own OpenID Connect provider (a real one, started
//! by the test), invited experts with passwords, sessions and CSRF.

use chrono::{Duration, Utc};
use innovato::{
    auth::{invitations, local::LOCAL_ISSUER, oidc},
    i18n::Lang,
    organisation::division,
    people::{Role, role, user},
    tenancy::TenantId,
};
use sea_orm::{ActiveValue::Set, ColumnTrait, IntoActiveModel, QueryFilter};

use crate::{
    provider::{Account, Issuer, TestProvider, configure_city},
    support::{Backend, Browser, Page, TestServer, on_both_backends},
};

const GIULIA: Account = Account {
    sub: "emp-1",
    email: "giulia.rossi@torino.example",
    name: "Giulia Rossi",
    division: "INF",
    grade: "employee",
};

/// Turin and Porto, each with its own provider (two issuers of one
/// provider process) configured as its admin would.
struct Network {
    server: TestServer,
    provider: TestProvider,
    turin: TenantId,
}

async fn network(backend: Backend) -> Network {
    network_with(TestServer::start(backend).await).await
}

async fn network_with(server: TestServer) -> Network {
    let turin = TenantId::of(&server.create_city("turin", &[Lang::It, Lang::En]).await);
    let porto = TenantId::of(&server.create_city("porto", &[Lang::Pt, Lang::En]).await);
    turin
        .insert(
            division::ActiveModel {
                code: Set("INF".into()),
                name: Set("Divisione Sistemi Informativi".into()),
                ..Default::default()
            },
            &server.store.db,
        )
        .await
        .expect("division");
    let provider = TestProvider::start(&[
        Issuer {
            name: "turin",
            client_id: "innovato-turin",
            client_secret: "s3cret-turin",
            site: server.url("/t/turin"),
            accounts: vec![
                GIULIA,
                Account {
                    sub: "emp-2",
                    email: "giulia.rossi@torino.example",
                    name: "Giulia Rossi (Anagrafe)",
                    division: "ANA",
                    grade: "employee",
                },
                Account {
                    sub: "expired-1",
                    email: "late@torino.example",
                    name: "Late Comer",
                    division: "INF",
                    grade: "employee",
                },
            ],
        },
        Issuer {
            name: "porto",
            client_id: "innovato-porto",
            client_secret: "s3cret-porto",
            site: server.url("/t/porto"),
            accounts: vec![Account {
                sub: "pt-1",
                email: "ana.silva@porto.example",
                name: "Ana Silva",
                division: "DMA",
                grade: "tecnica",
            }],
        },
    ])
    .await;
    for (scope, name, client, secret) in [
        (turin, "turin", "innovato-turin", "s3cret-turin"),
        (porto, "porto", "innovato-porto", "s3cret-porto"),
    ] {
        configure_city(
            &server.store.db,
            scope,
            provider.issuer(name),
            client,
            server.state.secrets.seal(secret),
        )
        .await;
    }
    Network {
        server,
        provider,
        turin,
    }
}

/// The Turin person signed in with this provider subject.
async fn person(net: &Network, subject: &str) -> user::Model {
    net.turin
        .find::<user::Entity>()
        .filter(user::Column::Subject.eq(subject))
        .one(&net.server.store.db)
        .await
        .expect("query")
        .expect("the person signed in before")
}

/// Grants or revokes a city role through the people page's form.
async fn change_role(
    admin: &Browser,
    net: &Network,
    person: i32,
    csrf: &str,
    role: &str,
    change: &str,
) -> Page {
    admin
        .post(
            &net.server
                .url(&format!("/t/turin/admin/people/{person}/roles")),
            &[
                ("csrf", csrf),
                ("role", role),
                ("change", change),
                ("confirm", "yes"),
            ],
        )
        .await
}

/// Starts an SSO sign-in at a city; returns the provider URL it sends to.
async fn start_sso(browser: &Browser, server: &TestServer, slug: &str, return_to: &str) -> String {
    let from = server.url(&format!("/t/{slug}/auth/sso?return={return_to}"));
    let page = browser.get(&from).await;
    assert_eq!(page.status, 303, "{}", page.body);
    page.location(&from)
}

/// Logs in at the provider; returns the URL it sends the browser back to.
async fn provider_login(
    browser: &Browser,
    server: &TestServer,
    authorize: &str,
    login: &str,
) -> String {
    let mut url = authorize.to_owned();
    for _ in 0..10 {
        let page = browser.get(&url).await;
        if page.status == 200 && url.contains("/interaction/") {
            let submitted = browser
                .post(&format!("{url}/login"), &[("login", login)])
                .await;
            assert_eq!(submitted.status, 303, "login accepted: {}", submitted.body);
            url = submitted.location(&url);
            continue;
        }
        assert!(matches!(page.status, 302 | 303), "{} at {url}", page.status);
        let next = page.location(&url);
        if next.starts_with(&server.url("/")) {
            return next;
        }
        url = next;
    }
    panic!("the provider never sent the browser back");
}

/// The whole flow; returns the server's final answer.
async fn sign_in_with_sso(
    browser: &Browser,
    server: &TestServer,
    slug: &str,
    return_to: &str,
    login: &str,
) -> Page {
    let authorize = start_sso(browser, server, slug, return_to).await;
    let callback = provider_login(browser, server, &authorize, login).await;
    browser.get(&callback).await
}

fn replace_param(url: &str, name: &str, value: &str) -> String {
    let mut parsed = reqwest::Url::parse(url).expect("url");
    let pairs: Vec<(String, String)> = parsed
        .query_pairs()
        .map(|(k, v)| {
            let v = if k == name {
                value.to_owned()
            } else {
                v.into_owned()
            };
            (k.into_owned(), v)
        })
        .collect();
    parsed.query_pairs_mut().clear().extend_pairs(pairs);
    parsed.to_string()
}

fn param(url: &str, name: &str) -> Option<String> {
    reqwest::Url::parse(url)
        .ok()?
        .query_pairs()
        .find(|(k, _)| k == name)
        .map(|(_, v)| v.into_owned())
}

/// A refused sign-in: a clear page in the city's language, and no session.
fn assert_refused(page: &Page) {
    assert_eq!(page.status, 400, "{}", page.body);
    assert!(
        page.body.contains("role=\"alert\""),
        "the page says what happened"
    );
    assert!(
        page.cookie("innovato_session").is_none(),
        "no session is started"
    );
}

async fn employee_signs_in_with_the_city_sso(backend: Backend) {
    let net = network(backend).await;
    let server = &net.server;
    let browser = Browser::new();
    let done = sign_in_with_sso(&browser, server, "turin", "/t/turin/account", "emp-1").await;
    assert_eq!(done.status, 303, "{}", done.body);
    assert_eq!(done.header("location"), Some("/t/turin/account"));
    let session_cookie = done
        .headers
        .get_all("set-cookie")
        .iter()
        .filter_map(|v| v.to_str().ok())
        .find(|c| c.starts_with("innovato_session="))
        .expect("a session cookie");
    assert!(session_cookie.contains("HttpOnly") && session_cookie.contains("SameSite=Lax"));
    assert!(session_cookie.contains("Path=/t/turin/"));
    assert!(
        !session_cookie.contains("Secure"),
        "plain http in this test"
    );

    let account = browser.get(&server.url("/t/turin/account")).await;
    assert_eq!(account.status, 200);
    assert_eq!(account.html_lang(), Some("it"));
    assert!(account.body.contains("Giulia Rossi"));
    assert!(account.body.contains("Divisione Sistemi Informativi"));
    assert!(account.body.contains("Dipendente"));

    // Keyed by (issuer, subject), created just in time with the employee role.
    let people = net
        .turin
        .find::<user::Entity>()
        .filter(user::Column::Subject.eq("emp-1"))
        .all(&server.store.db)
        .await
        .expect("query");
    assert_eq!(people.len(), 1);
    assert_eq!(people[0].issuer, net.provider.issuer("turin"));
    let roles = net
        .turin
        .find::<role::Entity>()
        .filter(role::Column::UserId.eq(people[0].id))
        .all(&server.store.db)
        .await
        .expect("query");
    assert_eq!(
        roles.iter().map(|r| r.role).collect::<Vec<_>>(),
        vec![Role::Employee]
    );

    // A later sign-in updates the mapped attributes.
    let mut row = people[0].clone().into_active_model();
    row.grade = Set(Some("stale".into()));
    net.turin
        .update(row, &server.store.db)
        .await
        .expect("update");
    let again = Browser::new();
    assert_eq!(
        sign_in_with_sso(&again, server, "turin", "/t/turin/", "emp-1")
            .await
            .status,
        303
    );
    let refreshed = net
        .turin
        .find_by_id::<user::Entity>(people[0].id)
        .one(&server.store.db)
        .await
        .expect("query")
        .expect("same person");
    assert_eq!(refreshed.grade.as_deref(), Some("employee"));

    // The same email from another subject is another person.
    let other = Browser::new();
    assert_eq!(
        sign_in_with_sso(&other, server, "turin", "/t/turin/", "emp-2")
            .await
            .status,
        303
    );
    let same_email = net
        .turin
        .find::<user::Entity>()
        .filter(user::Column::Email.eq(GIULIA.email))
        .all(&server.store.db)
        .await
        .expect("query");
    assert_eq!(same_email.len(), 2);
}

async fn porto_codes_and_tokens_are_refused_at_turin(backend: Backend) {
    let net = network(backend).await;
    let server = &net.server;
    let browser = Browser::new();
    // A genuine Porto sign-in, stopped before it returns to Porto.
    let porto_authorize = start_sso(&browser, server, "porto", "/t/porto/").await;
    let porto_callback = provider_login(&browser, server, &porto_authorize, "pt-1").await;
    let porto_code = param(&porto_callback, "code").expect("code");
    let porto_iss = param(&porto_callback, "iss").expect("iss");

    let cases = [
        Some(porto_iss.clone()),
        None,
        // A forged `iss`: the code still belongs to Porto's provider.
        Some(net.provider.issuer("turin")),
    ];
    for iss in cases {
        let turin_authorize = start_sso(&browser, server, "turin", "/t/turin/").await;
        let state = param(&turin_authorize, "state").expect("state");
        let mut callback = format!(
            "{}?code={}&state={}",
            server.url("/t/turin/auth/callback"),
            porto_code,
            state
        );
        if let Some(iss) = &iss {
            callback.push_str(&format!("&iss={}", innovato::web::encode_query(iss)));
        }
        let page = browser.get(&callback).await;
        assert_refused(&page);
    }
    let account = browser.get(&server.url("/t/turin/account")).await;
    assert_eq!(account.status, 303, "still signed out at Turin");
}

async fn tampered_state_replayed_code_and_wrong_nonce_fail(backend: Backend) {
    let net = network(backend).await;
    let server = &net.server;

    let browser = Browser::new();
    let authorize = start_sso(&browser, server, "turin", "/t/turin/").await;
    let callback = provider_login(&browser, server, &authorize, "emp-1").await;
    let tampered = replace_param(&callback, "state", "forged-state-value");
    assert_refused(&browser.get(&tampered).await);

    // A code used once is spent: the replay starts no second session.
    let browser = Browser::new();
    let authorize = start_sso(&browser, server, "turin", "/t/turin/").await;
    let callback = provider_login(&browser, server, &authorize, "emp-1").await;
    assert_eq!(browser.get(&callback).await.status, 303);
    let replay = Browser::new();
    assert_refused(&replay.get(&callback).await);

    // The nonce the server chose is not the one in the ID token.
    let browser = Browser::new();
    let authorize = start_sso(&browser, server, "turin", "/t/turin/").await;
    let wrong_nonce = replace_param(&authorize, "nonce", "another-nonce");
    let callback = provider_login(&browser, server, &wrong_nonce, "emp-1").await;
    assert_refused(&browser.get(&callback).await);

    // An ID token that has expired.
    let browser = Browser::new();
    let page = sign_in_with_sso(&browser, server, "turin", "/t/turin/", "expired-1").await;
    assert_refused(&page);
    assert!(
        page.body.contains("Accedi"),
        "the page is Turin's, in Italian"
    );
}

async fn sessions_are_one_citys_and_sign_out_ends_them_all(backend: Backend) {
    let net = network(backend).await;
    let server = &net.server;
    let first = Browser::new();
    let second = Browser::new();
    let done = sign_in_with_sso(&first, server, "turin", "/t/turin/", "emp-1").await;
    let session = done.cookie("innovato_session").expect("session").to_owned();
    assert_eq!(
        sign_in_with_sso(&second, server, "turin", "/t/turin/", "emp-1")
            .await
            .status,
        303
    );

    // Turin's session cookie gives nothing in Porto.
    let stranger = Browser::new();
    let in_porto = stranger
        .get_with(
            &server.url("/t/porto/account"),
            &[("cookie", &format!("innovato_session={session}"))],
        )
        .await;
    assert_eq!(in_porto.status, 303);
    assert!(
        in_porto
            .header("location")
            .is_some_and(|l| l.starts_with("/t/porto/auth/signin"))
    );

    // Sign-out (a form with its CSRF token) ends both sessions, and goes
    // through the provider's own sign-out.
    let account = first.get(&server.url("/t/turin/account")).await;
    assert_eq!(account.status, 200);
    let without_token = first.post(&server.url("/t/turin/auth/signout"), &[]).await;
    assert_eq!(without_token.status, 403, "no CSRF token, no sign-out");
    let out = first
        .post(
            &server.url("/t/turin/auth/signout"),
            &[("csrf", &account.csrf())],
        )
        .await;
    assert_eq!(out.status, 303);
    let target = out.header("location").expect("location");
    assert!(
        target.starts_with(&format!("{}/session/end", net.provider.issuer("turin"))),
        "{target}"
    );
    assert!(target.contains("id_token_hint="));
    for browser in [&first, &second] {
        let page = browser.get(&server.url("/t/turin/account")).await;
        assert_eq!(page.status, 303, "every session has ended");
    }
}

async fn secure_cookies_behind_https(backend: Backend) {
    // The scheme a proxy reports counts from a trusted proxy only: anyone
    // else claiming https gets no `Secure` cookie (nor an https origin).
    for (proxies, secure) in [("127.0.0.1", true), ("", false)] {
        let server = TestServer::behind_proxies(backend, proxies).await;
        server.create_city("turin", &[Lang::It, Lang::En]).await;
        let page = Browser::new()
            .get_with(
                &server.url("/t/turin/auth/signin"),
                &[("x-forwarded-proto", "https")],
            )
            .await;
        let csrf = page
            .headers
            .get_all("set-cookie")
            .iter()
            .filter_map(|v| v.to_str().ok())
            .find(|c| c.starts_with("innovato_csrf="))
            .expect("an anonymous CSRF cookie");
        assert!(csrf.contains("HttpOnly"), "{csrf}");
        assert_eq!(
            csrf.contains("Secure"),
            secure,
            "trusted proxies {proxies:?}: {csrf}"
        );
    }
}

/// Invites an expert through the admin page and returns the link.
pub(crate) async fn invite(
    server: &TestServer,
    admin: &Browser,
    email: &str,
    role: &str,
) -> String {
    let page = admin.get(&server.url("/t/turin/admin/invitations")).await;
    assert_eq!(page.status, 200, "{}", page.body);
    let created = admin
        .post(
            &server.url("/t/turin/admin/invitations"),
            &[
                ("csrf", &page.csrf()),
                ("email", email),
                ("name", "Prof. Anna Verdi"),
                ("role", role),
            ],
        )
        .await;
    assert_eq!(created.status, 200, "{}", created.body);
    let marker = "<p class=\"code\">";
    let start = created.body.find(marker).expect("the link is shown") + marker.len();
    let end = created.body[start..].find('<').expect("link end") + start;
    created.body[start..end].to_owned()
}

/// Opens an invitation `link` in a new browser and accepts it with
/// `password`: the answer.
pub(crate) async fn accept_invitation(link: &str, password: &str) -> Page {
    let browser = Browser::new();
    let form = browser.get(link).await;
    browser
        .post(
            link,
            &[
                ("csrf", &form.csrf()),
                ("password", password),
                ("confirmation", password),
            ],
        )
        .await
}

/// An admin session, by SSO, for a person made admin by the test.
async fn turin_admin(net: &Network) -> Browser {
    let browser = Browser::new();
    assert_eq!(
        sign_in_with_sso(&browser, &net.server, "turin", "/t/turin/", "emp-1")
            .await
            .status,
        303
    );
    let admin_person = person(net, "emp-1").await;
    net.turin
        .insert(
            role::ActiveModel {
                user_id: Set(admin_person.id),
                role: Set(Role::TenantAdmin),
                call_id: Set(None),
                created_at: Set(Utc::now()),
                ..Default::default()
            },
            &net.server.store.db,
        )
        .await
        .expect("admin role");
    browser
}

async fn invited_expert_sets_a_password_and_signs_in(backend: Backend) {
    let net = network(backend).await;
    let server = &net.server;
    let admin = turin_admin(&net).await;
    let link = invite(server, &admin, "anna.verdi@uni.example", "juror").await;
    assert!(
        link.starts_with(&server.url("/t/turin/invitations/")),
        "{link}"
    );

    let expert = Browser::new();
    let form = expert.get(&link).await;
    assert_eq!(form.status, 200);
    assert!(form.body.contains("anna.verdi@uni.example"));
    let mismatch = expert
        .post(
            &link,
            &[
                ("csrf", &form.csrf()),
                ("password", "a long enough secret"),
                ("confirmation", "another one entirely"),
            ],
        )
        .await;
    assert_eq!(mismatch.status, 422);
    assert!(mismatch.body.contains("Le due password non coincidono"));
    let accepted = expert
        .post(
            &link,
            &[
                ("csrf", &form.csrf()),
                ("password", "a long enough secret"),
                ("confirmation", "a long enough secret"),
            ],
        )
        .await;
    assert_eq!(accepted.status, 303, "{}", accepted.body);
    let account = expert.get(&server.url("/t/turin/account")).await;
    assert!(account.body.contains("Giurato"), "the juror role is held");

    // Single use.
    let again = Browser::new().get(&link).await;
    assert_eq!(again.status, 410);

    // Sign in with the password; a wrong one and an unknown email get the
    // same answer.
    let later = Browser::new();
    let page = later.get(&server.url("/t/turin/auth/signin")).await;
    let csrf = page.csrf();
    let wrong = later
        .post(
            &server.url("/t/turin/auth/local"),
            &[
                ("csrf", &csrf),
                ("email", "anna.verdi@uni.example"),
                ("password", "not the password"),
            ],
        )
        .await;
    let unknown = later
        .post(
            &server.url("/t/turin/auth/local"),
            &[
                ("csrf", &csrf),
                ("email", "nobody@uni.example"),
                ("password", "not the password"),
            ],
        )
        .await;
    assert_eq!(wrong.status, 401);
    assert_eq!(unknown.status, 401);
    assert_eq!(wrong.h1(), unknown.h1());
    assert!(
        wrong
            .body
            .contains("L&#39;indirizzo email o la password non sono corretti."),
        "{}",
        wrong.body
    );
    let right = later
        .post(
            &server.url("/t/turin/auth/local"),
            &[
                ("csrf", &csrf),
                ("email", "Anna.Verdi@uni.example"),
                ("password", "a long enough secret"),
                ("return", "//evil.example/"),
            ],
        )
        .await;
    assert_eq!(right.status, 303);
    assert_eq!(
        right.header("location"),
        Some("/t/turin/"),
        "a hostile return path is ignored"
    );

    // Deactivation ends the expert's sessions at once.
    let person = net
        .turin
        .find::<user::Entity>()
        .filter(user::Column::Issuer.eq(LOCAL_ISSUER))
        .one(&server.store.db)
        .await
        .expect("query")
        .expect("expert");
    let people = admin.get(&server.url("/t/turin/admin/people")).await;
    let off = admin
        .post(
            &server.url(&format!("/t/turin/admin/people/{}/active", person.id)),
            &[
                ("csrf", &people.csrf()),
                ("active", "false"),
                ("confirm", "yes"),
            ],
        )
        .await;
    assert_eq!(off.status, 303);
    for browser in [&expert, &later] {
        assert_eq!(
            browser.get(&server.url("/t/turin/account")).await.status,
            303
        );
    }
}

async fn expired_invitations_and_password_guessing_are_stopped(backend: Backend) {
    let net = network(backend).await;
    let server = &net.server;
    let admin = turin_admin(&net).await;
    let link = invite(server, &admin, "late@uni.example", "mentor").await;
    let expired = net
        .turin
        .find::<invitations::Entity>()
        .one(&server.store.db)
        .await
        .expect("query")
        .expect("invitation");
    let mut row = expired.into_active_model();
    row.expires_at = Set(Utc::now() - Duration::minutes(1));
    net.turin
        .update(row, &server.store.db)
        .await
        .expect("expire");
    let page = Browser::new().get(&link).await;
    assert_eq!(page.status, 410);
    assert!(page.body.contains("Questo link non è più valido"));

    let link = invite(server, &admin, "mentor@uni.example", "mentor").await;
    let expert = Browser::new();
    let form = expert.get(&link).await;
    let accepted = expert
        .post(
            &link,
            &[
                ("csrf", &form.csrf()),
                ("password", "a long enough secret"),
                ("confirmation", "a long enough secret"),
            ],
        )
        .await;
    assert_eq!(accepted.status, 303);

    let guesser = Browser::new();
    let csrf = guesser
        .get(&server.url("/t/turin/auth/signin"))
        .await
        .csrf();
    for _ in 0..5 {
        let wrong = guesser
            .post(
                &server.url("/t/turin/auth/local"),
                &[
                    ("csrf", &csrf),
                    ("email", "mentor@uni.example"),
                    ("password", "guess guess guess"),
                ],
            )
            .await;
        assert_eq!(wrong.status, 401);
    }
    let blocked = guesser
        .post(
            &server.url("/t/turin/auth/local"),
            &[
                ("csrf", &csrf),
                ("email", "mentor@uni.example"),
                ("password", "a long enough secret"),
            ],
        )
        .await;
    assert_eq!(
        blocked.status, 429,
        "throttled even with the right password"
    );
    assert!(blocked.header("retry-after").is_some());
    assert!(blocked.cookie("innovato_session").is_none());
}

async fn forms_need_their_token_and_this_sites_origin(backend: Backend) {
    let net = network(backend).await;
    let server = &net.server;
    let browser = Browser::new();
    let csrf = browser
        .get(&server.url("/t/turin/auth/signin"))
        .await
        .csrf();
    let form = [
        ("csrf", csrf.as_str()),
        ("email", "x@uni.example"),
        ("password", "whatever it is"),
    ];
    let missing = browser
        .post(
            &server.url("/t/turin/auth/local"),
            &[("email", "x@uni.example"), ("password", "x")],
        )
        .await;
    assert_eq!(missing.status, 403);
    let foreign = browser
        .post_with(
            &server.url("/t/turin/auth/local"),
            &form,
            &[("origin", "https://evil.example")],
        )
        .await;
    assert_eq!(foreign.status, 403);
    // A sandboxed frame or a page hiding its origin says `null`: refused.
    let hidden = browser
        .post_with(
            &server.url("/t/turin/auth/local"),
            &form,
            &[("origin", "null")],
        )
        .await;
    assert_eq!(hidden.status, 403, "Origin: null is not this site");
    let own = browser
        .post_with(
            &server.url("/t/turin/auth/local"),
            &form,
            &[("origin", &format!("http://{}", server.addr))],
        )
        .await;
    assert_eq!(own.status, 401, "this site's origin: the form is read");
    let other_browser = Browser::new();
    let stolen = other_browser
        .post(&server.url("/t/turin/auth/local"), &form)
        .await;
    assert_eq!(
        stolen.status, 403,
        "a token is only good with its own cookie"
    );
}

/// Every answer (a city's page, the platform's, an error, a redirect)
/// forbids framing and sniffing, keeps its URL from other sites, and has a
/// policy that allows no inline script or style; the pages have none, and
/// a city's colour comes from its own stylesheet.
async fn no_page_can_be_framed_or_run_inline_code(backend: Backend) {
    let net = network(backend).await;
    let server = &net.server;
    let browser = Browser::new();
    for path in [
        "/t/turin/auth/signin",
        "/",
        "/signin",
        "/t/nowhere/",
        "/t/turin",
        "/t/turin/brand.css",
    ] {
        let page = browser.get(&server.url(path)).await;
        let policy = page
            .header("content-security-policy")
            .unwrap_or_else(|| panic!("{path}: a policy"));
        for directive in [
            "default-src 'self'",
            "script-src 'self'",
            "style-src 'self'",
            "frame-ancestors 'none'",
            "object-src 'none'",
        ] {
            assert!(
                policy.split(';').any(|d| d.trim() == directive),
                "{path}: {directive} in {policy}"
            );
        }
        assert!(!policy.contains("unsafe-inline"), "{path}: {policy}");
        assert_eq!(page.header("x-frame-options"), Some("DENY"), "{path}");
        assert_eq!(
            page.header("x-content-type-options"),
            Some("nosniff"),
            "{path}"
        );
        assert_eq!(
            page.header("referrer-policy"),
            Some("same-origin"),
            "{path}"
        );
        if page
            .header("content-type")
            .is_some_and(|t| t.starts_with("text/html"))
        {
            assert!(!page.body.contains(" style="), "{path}: inline style");
            assert!(!page.body.contains("<style"), "{path}: inline style");
            assert!(!page.body.contains("<script>"), "{path}: inline script");
        }
    }
    let home = browser.get(&server.url("/t/turin/")).await;
    assert!(
        home.body
            .contains(r#"<link rel="stylesheet" href="/t/turin/brand.css">"#),
        "{}",
        home.body
    );
    let brand = browser.get(&server.url("/t/turin/brand.css")).await;
    assert_eq!(brand.status, 200);
    assert_eq!(
        brand.header("content-type"),
        Some("text/css; charset=utf-8")
    );
    assert!(brand.body.contains("--brand: #"), "{}", brand.body);
}

async fn admin_configures_sso_and_the_secret_stays_hidden(backend: Backend) {
    let net = network(backend).await;
    let server = &net.server;
    let admin = turin_admin(&net).await;
    let page = admin.get(&server.url("/t/turin/admin/sign-in")).await;
    assert_eq!(page.status, 200);
    assert!(
        !page.body.contains("s3cret-turin"),
        "the secret is never shown back"
    );
    assert!(page.body.contains(&net.provider.issuer("turin")));

    let bad = admin
        .post(
            &server.url("/t/turin/admin/sign-in"),
            &[
                ("csrf", &page.csrf()),
                ("issuer_url", "not a url"),
                ("client_id", ""),
                ("client_secret", ""),
                ("scopes", "email profile"),
                ("email_claim", "email"),
                ("name_claim", "na me"),
                ("division_claim", "division"),
                ("grade_claim", "grade"),
            ],
        )
        .await;
    assert_eq!(bad.status, 422);
    assert!(
        bad.body.contains("aria-invalid=\"true\""),
        "fields are marked invalid"
    );
    assert!(bad.body.contains("Inserisci l&#39;ID client"));
    assert!(bad.body.contains("Gli ambiti devono comprendere openid."));
    let unchanged = oidc::provider_of(&server.state.db, net.turin)
        .await
        .expect("query")
        .expect("config");
    assert_eq!(
        unchanged.client_id, "innovato-turin",
        "a failed save changes nothing"
    );

    let saved = admin
        .post(
            &server.url("/t/turin/admin/sign-in"),
            &[
                ("csrf", &page.csrf()),
                ("issuer_url", &net.provider.issuer("turin")),
                ("client_id", "innovato-turin"),
                ("client_secret", ""),
                ("scopes", "openid email profile organisation"),
                ("email_claim", "email"),
                ("name_claim", "name"),
                ("division_claim", "division"),
                ("grade_claim", "grade"),
            ],
        )
        .await;
    assert_eq!(saved.status, 200, "{}", saved.body);
    // The save is audited (the failed one changed nothing, so left none),
    // without the secret.
    let audited = net
        .turin
        .find::<innovato::audit::Entity>()
        .filter(innovato::audit::Column::Action.eq("city.sign_in"))
        .all(&server.store.db)
        .await
        .expect("query");
    assert_eq!(audited.len(), 1, "one entry for the one save");
    assert!(audited[0].after.contains("\"client_secret_changed\":false"));
    assert!(!audited[0].after.contains("s3cret"), "{}", audited[0].after);
    let stored = oidc::provider_of(&server.state.db, net.turin)
        .await
        .expect("query")
        .expect("config");
    assert!(!stored.client_secret.contains("s3cret"), "sealed at rest");
    assert_eq!(
        server
            .state
            .secrets
            .open(&stored.client_secret)
            .expect("opens"),
        "s3cret-turin",
        "an empty field keeps the secret"
    );
    // The kept secret still signs people in.
    let browser = Browser::new();
    assert_eq!(
        sign_in_with_sso(&browser, server, "turin", "/t/turin/", "emp-1")
            .await
            .status,
        303
    );
}

on_both_backends!(
    employee_signs_in_with_the_city_sso,
    porto_codes_and_tokens_are_refused_at_turin,
    tampered_state_replayed_code_and_wrong_nonce_fail,
    sessions_are_one_citys_and_sign_out_ends_them_all,
    secure_cookies_behind_https,
    invited_expert_sets_a_password_and_signs_in,
    expired_invitations_and_password_guessing_are_stopped,
    forms_need_their_token_and_this_sites_origin,
    no_page_can_be_framed_or_run_inline_code,
    admin_configures_sso_and_the_secret_stays_hidden,
);

/// Sessions in Redis: a sign-in through one instance holds on another
/// instance over the same database and Redis, and signing out on one ends
/// it on both.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn sessions_in_redis_are_shared_by_instances() {
    let redis = || async {
        let client = redis::Client::open("redis://127.0.0.1:6379").expect("url");
        redis::aio::ConnectionManager::new(client)
            .await
            .expect("Redis at 127.0.0.1:6379")
    };
    let store = crate::support::TestDb::new(Backend::Postgres).await;
    let first = TestServer::with(store, false, Some(redis().await)).await;
    let net = network_with(first).await;
    let second = TestServer::with(
        crate::support::TestDb::shared(&net.server.store),
        false,
        Some(redis().await),
    )
    .await;
    let browser = Browser::new();
    let done = sign_in_with_sso(&browser, &net.server, "turin", "/t/turin/", "emp-1").await;
    let session = done.cookie("innovato_session").expect("session").to_owned();
    let elsewhere = Browser::new();
    let cookie = format!("innovato_session={session}");
    let on_second = elsewhere
        .get_with(&second.url("/t/turin/account"), &[("cookie", &cookie)])
        .await;
    assert_eq!(
        on_second.status, 200,
        "the other instance knows the session"
    );
    assert!(on_second.body.contains("Giulia Rossi"));
    let out = elsewhere
        .post_with(
            &second.url("/t/turin/auth/signout"),
            &[("csrf", &on_second.csrf())],
            &[("cookie", &cookie)],
        )
        .await;
    assert_eq!(out.status, 303);
    assert_eq!(
        browser
            .get(&net.server.url("/t/turin/account"))
            .await
            .status,
        303
    );
}

/// Outside demo and test configuration, a provider at a loopback address
/// is refused, and so is plain http.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn private_issuers_are_refused_in_production_configuration() {
    let net = network(Backend::Sqlite).await;
    let strict = TestServer::strict(crate::support::TestDb::shared(&net.server.store)).await;
    let page = Browser::new().get(&strict.url("/t/turin/auth/sso")).await;
    assert_eq!(
        page.status, 400,
        "the configured loopback issuer is not contacted"
    );
    assert!(page.body.contains("role=\"alert\""));
    let settings = strict.state.oidc.check(&net.provider.issuer("turin")).await;
    assert!(settings.is_err(), "discovery at 127.0.0.1 is refused");
    assert!(!strict.state.oidc.allows_http());
}

async fn admin_gives_and_takes_roles(backend: Backend) {
    let net = network(backend).await;
    let server = &net.server;
    let admin = turin_admin(&net).await;
    let colleague = Browser::new();
    let signed = sign_in_with_sso(&colleague, server, "turin", "/t/turin/", "emp-2").await;
    assert_eq!(signed.status, 303);
    let other = person(&net, "emp-2").await.id;
    let people = admin
        .get(&server.url("/t/turin/admin/people?q=Anagrafe"))
        .await;
    assert_eq!(people.status, 200);
    assert!(people.body.contains("Giulia Rossi (Anagrafe)"));
    let csrf = people.csrf();
    let holds_juror = || async {
        let account = colleague.get(&server.url("/t/turin/account")).await;
        account.body.contains("Giurato")
    };

    assert_eq!(
        change_role(&admin, &net, other.get(), &csrf, "juror", "grant")
            .await
            .status,
        303
    );
    assert!(holds_juror().await);
    let platform_role = change_role(&admin, &net, other.get(), &csrf, "operator", "grant").await;
    assert_eq!(
        platform_role.status, 400,
        "platform roles are not the city's to give"
    );
    assert_eq!(
        change_role(&admin, &net, other.get(), &csrf, "juror", "revoke")
            .await
            .status,
        303
    );
    assert!(!holds_juror().await);

    let me = person(&net, "emp-1").await.id;
    let own = change_role(&admin, &net, me.get(), &csrf, "tenant_admin", "revoke").await;
    assert_eq!(
        own.status, 403,
        "an admin cannot remove their own admin role"
    );
}

on_both_backends!(admin_gives_and_takes_roles);

async fn admins_test_the_connection_to_their_provider(backend: Backend) {
    let net = network(backend).await;
    let server = &net.server;
    let admin = turin_admin(&net).await;
    let csrf = admin
        .get(&server.url("/t/turin/admin/sign-in"))
        .await
        .csrf();
    let test = server.url("/t/turin/admin/sign-in/test");
    let ok = admin
        .post(
            &test,
            &[
                ("csrf", &csrf),
                ("issuer_url", &net.provider.issuer("turin")),
            ],
        )
        .await;
    assert_eq!(ok.status, 200);
    assert!(
        ok.body.contains("Il fornitore di identità ha risposto"),
        "{}",
        ok.body
    );
    // The test provider has an end-session endpoint, and the page names
    // the address to register for coming back from it.
    assert!(
        ok.body.contains("Annuncia anche la disconnessione"),
        "{}",
        ok.body
    );
    assert!(
        ok.body.contains("ritorno dopo l&#39;uscita")
            && ok.body.contains(&format!(
                "<span class=\"code\">http://{}/t/turin/</span>",
                server.addr
            )),
        "{}",
        ok.body
    );
    let nobody = admin
        .post(
            &test,
            &[("csrf", &csrf), ("issuer_url", "http://127.0.0.1:1")],
        )
        .await;
    assert!(
        nobody
            .body
            .contains("Non è stato possibile raggiungere il fornitore di identità")
    );
    let not_a_url = admin
        .post(
            &test,
            &[("csrf", &csrf), ("issuer_url", "login at the city")],
        )
        .await;
    assert!(
        not_a_url
            .body
            .contains("Inserisci l&#39;indirizzo dell&#39;emittente")
    );
}

on_both_backends!(admins_test_the_connection_to_their_provider);

/// Signing in again over a live session ends the old one at once, as
/// signing out does: this instance's few-second memory of who is behind it
/// does not keep it usable.
async fn a_new_sign_in_ends_the_old_session_at_once(backend: Backend) {
    let server = TestServer::start(backend).await;
    let email = "ops@network.example";
    let browser =
        crate::operator::platform_browser(&server, email, innovato::people::Role::Operator).await;
    let old = browser.cookies(&server.url("/"));
    let other_tab = Browser::new();
    let account = other_tab
        .get_with(&server.url("/account"), &[("cookie", &old)])
        .await;
    assert_eq!(
        account.status, 200,
        "the first session works (and is remembered)"
    );
    let csrf = browser.get(&server.url("/signin")).await.csrf();
    let again = browser
        .post(
            &server.url("/signin"),
            &[
                ("csrf", csrf.as_str()),
                ("email", email),
                ("password", "platform people need long ones"),
            ],
        )
        .await;
    assert_eq!(again.status, 303, "{}", again.body);
    assert_ne!(browser.cookies(&server.url("/")), old, "a new session id");
    let stale = other_tab
        .get_with(&server.url("/account"), &[("cookie", &old)])
        .await;
    assert_eq!(stale.status, 303, "the old session is gone at once");
}

on_both_backends!(a_new_sign_in_ends_the_old_session_at_once);
/// The local sign-in of `email` with `password`: its status (303 signed in,
/// 401 refused).
async fn local_sign_in(server: &TestServer, browser: &Browser, email: &str, password: &str) -> u16 {
    let page = browser.get(&server.url("/t/turin/auth/signin")).await;
    browser
        .post(
            &server.url("/t/turin/auth/local"),
            &[
                ("csrf", &page.csrf()),
                ("email", email),
                ("password", password),
            ],
        )
        .await
        .status
}

/// Re-inviting an expert's email neither resets the expert's password nor
/// signs the link's holder in: the role is added once the expert, signed
/// in as themselves, accepts it.
async fn an_invitation_to_a_known_account_waits_for_its_owner(backend: Backend) {
    let server = TestServer::demo(backend).await;
    let scope = crate::calls::turin(&server).await;
    let admin = crate::calls::admin(&server, scope).await;
    let email = "nora.esperta@uni.example";
    let first = invite(&server, &admin, email, "juror").await;
    let set = accept_invitation(&first, "the expert's own secret").await;
    assert_eq!(set.status, 303, "{}", set.body);

    let second = invite(&server, &admin, email, "mentor").await;
    let holder = Browser::new();
    let page = holder.get(&second).await;
    assert_eq!(page.status, 200);
    assert!(!page.body.contains("type=\"password\""), "{}", page.body);
    assert!(
        page.body.contains(&crate::support::message(
            &server,
            Lang::It,
            "accept-role-sign-in-first"
        )),
        "{}",
        page.body
    );
    let anonymous_csrf = holder.get(&server.url("/t/turin/auth/signin")).await.csrf();
    let taken = holder
        .post(
            &second,
            &[
                ("csrf", &anonymous_csrf),
                ("password", "the holder's new secret"),
                ("confirmation", "the holder's new secret"),
            ],
        )
        .await;
    assert_eq!(taken.status, 403, "{}", taken.body);
    assert_eq!(
        holder.get(&server.url("/t/turin/account")).await.status,
        303,
        "the link's holder is not signed in"
    );
    assert_eq!(
        local_sign_in(&server, &Browser::new(), email, "the holder's new secret").await,
        401
    );
    let person = scope
        .find::<user::Entity>()
        .filter(user::Column::Email.eq(email))
        .one(&server.store.db)
        .await
        .expect("query")
        .expect("the expert");
    let mentor = || async {
        scope
            .find::<role::Entity>()
            .filter(role::Column::UserId.eq(person.id))
            .filter(role::Column::Role.eq(Role::Mentor))
            .all(&server.store.db)
            .await
            .expect("query")
            .len()
    };
    assert_eq!(mentor().await, 0);

    // The expert, signed in with their own password, accepts.
    let own = Browser::new();
    assert_eq!(
        local_sign_in(&server, &own, email, "the expert's own secret").await,
        303
    );
    let page = own.get(&second).await;
    assert_eq!(page.status, 200);
    assert!(!page.body.contains("type=\"password\""));
    let accepted = own.post(&second, &[("csrf", &page.csrf())]).await;
    assert_eq!(accepted.status, 303, "{}", accepted.body);
    assert_eq!(mentor().await, 1);
    assert_eq!(Browser::new().get(&second).await.status, 410, "spent");
    assert_eq!(
        local_sign_in(&server, &Browser::new(), email, "the expert's own secret").await,
        303,
        "the password is the expert's still"
    );
}

on_both_backends!(an_invitation_to_a_known_account_waits_for_its_owner);
