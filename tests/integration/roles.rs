//! Every role tries what its role forbids, by page and by API; demo
//! sign-in exists only in demo mode; platform accounts sign in on the
//! platform's own pages.

use innovato::{auth::platform, people::Role};
use sea_orm::{ColumnTrait, QueryFilter};

use crate::{
    operator::platform_browser,
    support::{Backend, Browser, Page, TestServer, on_both_backends},
};

/// Signs in through the demo page as the person shown with `role`.
pub(crate) async fn as_demo(server: &TestServer, site: &str, role: &str) -> Browser {
    let browser = Browser::new();
    let url = server.url(&format!("{site}/auth/demo"));
    let page = browser.get_with(&url, &[("accept-language", "en")]).await;
    assert_eq!(page.status, 200);
    let card = page
        .body
        .find(&format!("<h2>{role}</h2>"))
        .unwrap_or_else(|| panic!("{role} on the demo page"));
    let marker = "name=\"person\" value=\"";
    let start = page.body[card..].find(marker).expect("person") + card + marker.len();
    let end = page.body[start..].find('"').expect("end") + start;
    let person = page.body[start..end].to_owned();
    let done = browser
        .post(&url, &[("csrf", &page.csrf()), ("person", &person)])
        .await;
    assert_eq!(done.status, 303, "{}", done.body);
    browser
}

/// What a city's admin pages and API answer this browser.
struct Reach {
    people: Page,
    invitations: Page,
    sign_in_settings: Page,
    api_people: Page,
    operator: Page,
}

async fn reach(server: &TestServer, browser: &Browser) -> Reach {
    let json = [("accept", "application/json"), ("accept-language", "it")];
    Reach {
        people: browser
            .get_with(
                &server.url("/t/turin/admin/people"),
                &[("accept-language", "it")],
            )
            .await,
        invitations: browser.get(&server.url("/t/turin/admin/invitations")).await,
        sign_in_settings: browser.get(&server.url("/t/turin/admin/sign-in")).await,
        api_people: browser
            .get_with(&server.url("/t/turin/api/v1/people"), &json)
            .await,
        operator: browser.get(&server.url("/operator")).await,
    }
}

fn assert_problem(page: &Page, status: u16) {
    assert_eq!(page.status, status, "{}", page.body);
    assert_eq!(
        page.header("content-type"),
        Some("application/problem+json")
    );
    let problem: serde_json::Value = serde_json::from_str(&page.body).expect("problem");
    assert_eq!(problem["status"], status);
    assert!(problem["detail"].as_str().is_some_and(|d| !d.is_empty()));
}

fn assert_sent_to_sign_in(page: &Page, path: &str) {
    assert_eq!(page.status, 303, "{}", page.body);
    let location = page.header("location").expect("location");
    assert!(location.starts_with(path), "{location}");
}

async fn city_roles_cannot_administer(backend: Backend) {
    let server = TestServer::demo(backend).await;
    for role in ["Employee", "Juror", "Mentor"] {
        let browser = as_demo(&server, "/t/turin", role).await;
        let reach = reach(&server, &browser).await;
        for page in [&reach.people, &reach.invitations, &reach.sign_in_settings] {
            assert_eq!(page.status, 403, "{role}");
            assert_eq!(
                page.h1(),
                Some("Operazione non consentita"),
                "{role}: a page in Italian"
            );
        }
        assert_problem(&reach.api_people, 403);
        assert_sent_to_sign_in(&reach.operator, "/signin");
        // A forbidden write with a valid token is refused too.
        let account = browser.get(&server.url("/t/turin/account")).await;
        assert_eq!(account.status, 200, "{role} sees their own account");
        let invite = browser
            .post(
                &server.url("/t/turin/admin/invitations"),
                &[
                    ("csrf", &account.csrf()),
                    ("email", "x@uni.example"),
                    ("name", "X"),
                    ("role", "juror"),
                ],
            )
            .await;
        assert_eq!(invite.status, 403, "{role}");
        let me = browser.get(&server.url("/t/turin/api/v1/me")).await;
        assert_eq!(me.status, 200);
    }
}

async fn city_admin_administers_only_their_city(backend: Backend) {
    let server = TestServer::demo(backend).await;
    let admin = as_demo(&server, "/t/turin", "City administrator").await;
    let reach = reach(&server, &admin).await;
    for page in [
        &reach.people,
        &reach.invitations,
        &reach.sign_in_settings,
        &reach.api_people,
    ] {
        assert_eq!(page.status, 200);
    }
    assert_sent_to_sign_in(&reach.operator, "/signin");
    let porto = admin.get(&server.url("/t/porto/admin/people")).await;
    assert_sent_to_sign_in(&porto, "/t/porto/auth/signin");
    let porto_api = admin
        .get_with(
            &server.url("/t/porto/api/v1/people"),
            &[("accept", "application/json")],
        )
        .await;
    assert_problem(&porto_api, 401);
}

async fn platform_roles_stay_on_the_platform(backend: Backend) {
    let server = TestServer::demo(backend).await;
    let coordinator = as_demo(&server, "", "Network coordinator").await;
    let reach_c = reach(&server, &coordinator).await;
    assert_eq!(reach_c.operator.status, 403);
    assert_sent_to_sign_in(&reach_c.people, "/t/turin/auth/signin");
    assert_problem(&reach_c.api_people, 401);

    let operator = as_demo(&server, "", "Platform operator").await;
    let reach_o = reach(&server, &operator).await;
    assert_eq!(reach_o.operator.status, 200);
    assert!(reach_o.operator.body.contains("Città di Torino"));
    assert_sent_to_sign_in(&reach_o.people, "/t/turin/auth/signin");

    let anonymous = Browser::new();
    let reach_a = reach(&server, &anonymous).await;
    assert_sent_to_sign_in(
        &reach_a.people,
        "/t/turin/auth/signin?return=/t/turin/admin/people",
    );
    assert_problem(&reach_a.api_people, 401);
    assert_sent_to_sign_in(&reach_a.operator, "/signin?return=/operator");
}

async fn demo_sign_in_exists_only_in_demo_mode(backend: Backend) {
    let server = TestServer::start(backend).await;
    server
        .create_city("turin", &[innovato::i18n::Lang::It])
        .await;
    let browser = Browser::new();
    for path in ["/t/turin/auth/demo", "/auth/demo"] {
        assert_eq!(browser.get(&server.url(path)).await.status, 404);
        let csrf = browser
            .get(&server.url("/t/turin/auth/signin"))
            .await
            .csrf();
        let post = browser
            .post(&server.url(path), &[("csrf", &csrf), ("person", "1")])
            .await;
        assert_eq!(post.status, 404, "{path}");
    }
    let sign_in = browser.get(&server.url("/t/turin/auth/signin")).await;
    assert!(!sign_in.body.contains("/auth/demo"));

    let demo = TestServer::demo(backend).await;
    let page = Browser::new().get(&demo.url("/t/turin/auth/demo")).await;
    assert_eq!(page.status, 200);
    assert!(page.body.contains("banner-demo"));
}

async fn operators_choose_a_password_and_sign_in(backend: Backend) {
    let server = TestServer::start(backend).await;
    let link = platform::grant(
        &server.store.db,
        "Eva@Network.example",
        "Eva Lindqvist",
        Role::Operator,
    )
    .await
    .expect("granted");
    let browser = Browser::new();
    let form = browser.get(&server.url(&link)).await;
    assert_eq!(form.status, 200);
    let short = browser
        .post(
            &server.url(&link),
            &[
                ("csrf", &form.csrf()),
                ("password", "short"),
                ("confirmation", "short"),
            ],
        )
        .await;
    assert_eq!(short.status, 422);
    let set = browser
        .post(
            &server.url(&link),
            &[
                ("csrf", &form.csrf()),
                ("password", "operators need long ones"),
                ("confirmation", "operators need long ones"),
            ],
        )
        .await;
    assert_eq!(set.status, 303);
    assert_eq!(
        browser.get(&server.url(&link)).await.status,
        410,
        "the link is spent"
    );
    assert_eq!(browser.get(&server.url("/operator")).await.status, 200);

    let later = Browser::new();
    let page = later.get(&server.url("/signin")).await;
    let signed = later
        .post(
            &server.url("/signin"),
            &[
                ("csrf", &page.csrf()),
                ("email", "eva@network.example"),
                ("password", "operators need long ones"),
                ("return", "/operator"),
            ],
        )
        .await;
    assert_eq!(signed.status, 303);
    assert_eq!(signed.header("location"), Some("/operator"));
    assert_eq!(later.get(&server.url("/operator")).await.status, 200);
}

/// On a demo server, demo sign-in offers only the people the demo seeded:
/// never a city's admin invited after start (their city new or not), nor an
/// operator who chose a password.
async fn demo_sign_in_offers_only_the_seeded_people(backend: Backend) {
    let server = TestServer::demo(backend).await;
    platform_browser(&server, "ops@network.example", Role::Operator).await;
    let newcomer = server
        .create_city("bologna", &[innovato::i18n::Lang::It])
        .await;
    let turin = innovato::tenants::find_by_slug(&server.store.db, "turin")
        .await
        .expect("query")
        .expect("Turin");
    let mut invited = Vec::new();
    for (city, email) in [
        (&newcomer, "anna@bologna.example"),
        (&turin, "nuovo.admin@torino.example"),
    ] {
        let token = innovato::auth::invitations::issue(
            &server.store.db,
            innovato::tenancy::TenantId::of(city),
            None,
            email,
            email,
            Role::TenantAdmin,
            chrono::Utc::now(),
        )
        .await
        .expect("invited");
        let path = format!("/t/{}/invitations/{token}", city.slug);
        let browser = Browser::new();
        let form = browser.get(&server.url(&path)).await;
        let accepted = browser
            .post(
                &server.url(&path),
                &[
                    ("csrf", &form.csrf()),
                    ("password", "a long enough secret"),
                    ("confirmation", "a long enough secret"),
                ],
            )
            .await;
        assert_eq!(accepted.status, 303, "{}", accepted.body);
        let person = innovato::tenancy::TenantId::of(city)
            .find::<innovato::people::user::Entity>()
            .filter(innovato::people::user::Column::Email.eq(email))
            .one(&server.store.db)
            .await
            .expect("query")
            .expect("the invited admin");
        invited.push((format!("/t/{}", city.slug), email, person.id.get()));
    }
    let ops = platform::find_by_email(&server.store.db, "ops@network.example")
        .await
        .expect("query")
        .expect("the operator");
    invited.push((String::new(), "ops@network.example", ops.id));

    for (site, email, id) in invited {
        let visitor = Browser::new();
        let url = server.url(&format!("{site}/auth/demo"));
        let page = visitor.get(&url).await;
        assert_eq!(page.status, 200, "{site}");
        assert!(!page.body.contains(email), "{email} offered on {site}");
        assert!(
            !page.body.contains(&format!("value=\"{id}\"")),
            "{email} offered on {site}"
        );
        // A page offering no one has no form: the sign-in page's token.
        let signin = if site.is_empty() {
            server.url("/signin")
        } else {
            server.url(&format!("{site}/auth/signin"))
        };
        let csrf = visitor.get(&signin).await.csrf();
        let taken = visitor
            .post(&url, &[("csrf", &csrf), ("person", &id.to_string())])
            .await;
        assert_eq!(taken.status, 403, "{email} becomes anyone's on {site}");
    }
    // The seeded people are still offered.
    as_demo(&server, "/t/turin", "City administrator").await;
    as_demo(&server, "", "Platform operator").await;
}

on_both_backends!(
    demo_sign_in_offers_only_the_seeded_people,
    city_roles_cannot_administer,
    city_admin_administers_only_their_city,
    platform_roles_stay_on_the_platform,
    demo_sign_in_exists_only_in_demo_mode,
    operators_choose_a_password_and_sign_in,
);
