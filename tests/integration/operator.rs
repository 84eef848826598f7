//! Operators provision cities in the browser and suspend them; a suspended
//! city's pages say so and accept no changes.

use chrono::Utc;
use innovato::{auth::platform, clock::Clock, people::Role, tenants};

use crate::{
    calls::turin,
    proposals::{employee, open_call, start_proposal},
    support::{Backend, Browser, Page, TestServer, on_both_backends},
};

/// A browser signed in on the platform as a new account with `role`,
/// through the set-password link `innovato user grant` gives.
pub async fn platform_browser(server: &TestServer, email: &str, role: Role) -> Browser {
    let link = platform::grant(&server.store.db, email, "", role)
        .await
        .expect("granted");
    let browser = Browser::new();
    let form = browser.get(&server.url(&link)).await;
    let password = "platform people need long ones";
    let set = browser
        .post(
            &server.url(&link),
            &[
                ("csrf", &form.csrf()),
                ("password", password),
                ("confirmation", password),
            ],
        )
        .await;
    assert_eq!(set.status, 303);
    browser
}

async fn operator(server: &TestServer) -> Browser {
    platform_browser(server, "ops@network.example", Role::Operator).await
}

fn city_form<'a>(
    csrf: &'a str,
    slug: &'a str,
    change: &[(&'a str, &'a str)],
) -> Vec<(&'a str, &'a str)> {
    let mut fields = vec![
        ("csrf", csrf),
        ("slug", slug),
        ("name", "Città di Bologna"),
        ("hosts", "idee.bologna.example"),
        ("locale", "it"),
        ("locale", "en"),
        ("default_locale", "it"),
        ("timezone", "Europe/Rome"),
        ("headcount", "4.500"),
        ("colour", "#8a1c1c"),
        ("admin_email", "Admin@Bologna.example"),
        ("admin_name", "Anna Admin"),
    ];
    for (key, value) in change {
        if let Some(field) = fields.iter_mut().find(|(k, _)| k == key) {
            field.1 = value;
        }
    }
    fields
}

async fn operators_create_cities_with_their_first_admin(backend: Backend) {
    let server = TestServer::demo_with_clock(backend, Clock::fixed(Utc::now())).await;
    let browser = operator(&server).await;
    // The operator chooses Italian once; the choice is remembered.
    browser.get(&server.url("/?lang=it")).await;
    let page = browser.get(&server.url("/operator/tenants/new")).await;
    assert_eq!(page.status, 200);
    let csrf = page.csrf();
    let cities_before = tenants::list(&server.store.db).await.expect("query").len();
    for (change, message) in [
        (
            ("slug", "turin"),
            "Esiste già una città con questo nome nell",
        ),
        (("slug", "api"), "Questo nome è riservato alla piattaforma"),
        (
            ("hosts", "https://idee.bologna.example:8443"),
            "Inserisci nomi host come",
        ),
        (
            ("hosts", "turin.localhost"),
            "Uno di questi nomi host appartiene già a una città.",
        ),
        (("timezone", "Europa/Bologna"), "Inserisci un fuso orario"),
        (("colour", "rosso"), "Scrivi il colore nella forma #rrggbb"),
        (
            ("admin_email", "non-una-email"),
            "Inserisci l&#39;indirizzo email del primo amministratore",
        ),
        (
            ("default_locale", "fr"),
            "La lingua predefinita deve essere una delle lingue scelte.",
        ),
        (
            ("locale", "xx"),
            "Si possono attivare solo le lingue della piattaforma",
        ),
    ] {
        let slug = if change.0 == "slug" {
            change.1
        } else {
            "bologna"
        };
        let refused = browser
            .post(
                &server.url("/operator/tenants"),
                &city_form(&csrf, slug, &[change]),
            )
            .await;
        assert_eq!(refused.status, 422, "{change:?}");
        assert!(
            refused.body.contains(message),
            "{change:?}: {}",
            refused.body
        );
    }
    assert_eq!(
        tenants::list(&server.store.db).await.expect("query").len(),
        cities_before,
        "a failed save changes nothing"
    );

    let created = browser
        .post(
            &server.url("/operator/tenants"),
            &city_form(&csrf, "bologna", &[]),
        )
        .await;
    assert_eq!(created.status, 200, "{}", created.body);
    let marker = "<p class=\"code\">";
    let start = created.body.find(marker).expect("the admin's link") + marker.len();
    let link = created.body[start..]
        .split('<')
        .next()
        .expect("link")
        .to_owned();
    let city = tenants::find_by_slug(&server.store.db, "bologna")
        .await
        .expect("query")
        .expect("Bologna");
    assert_eq!(city.headcount, 4_500);
    let home = server.get_on_host("idee.bologna.example", "/", "it").await;
    assert!(home.body.contains("Città di Bologna"));

    let admin = Browser::new();
    let form = admin.get(&link).await;
    assert_eq!(form.status, 200);
    assert!(form.body.contains("admin@bologna.example"));
    let accepted = admin
        .post(
            &link,
            &[
                ("csrf", &form.csrf()),
                ("password", "bologna la dotta"),
                ("confirmation", "bologna la dotta"),
            ],
        )
        .await;
    assert_eq!(accepted.status, 303);
    assert_eq!(
        admin
            .get(&server.url("/t/bologna/admin/sign-in"))
            .await
            .status,
        200,
        "the first admin sets up sign-in"
    );
    let console = browser.get(&server.url("/operator")).await;
    let row = console
        .body
        .split("Città di Bologna")
        .nth(1)
        .expect("Bologna's row");
    let row = row.split("</tr>").next().expect("row end");
    assert!(
        !row.contains("Mai"),
        "the first admin's sign-in shows: {row}"
    );
    let checked = browser
        .post(
            &server.url("/operator/tenants/bologna/check-sso"),
            &[("csrf", &console.csrf())],
        )
        .await;
    assert!(
        checked
            .body
            .contains("non ha configurato un accesso proprio"),
        "{}",
        checked.body
    );

    // A coordinator may look but not provision (with a valid token, so the
    // refusal is the role's).
    let coordinator = platform_browser(&server, "coord@network.example", Role::Coordinator).await;
    let csrf = coordinator.get(&server.url("/account")).await.csrf();
    let forbidden = coordinator
        .post(
            &server.url("/operator/tenants"),
            &city_form(&csrf, "parma", &[]),
        )
        .await;
    assert_eq!(forbidden.status, 403);
    assert_eq!(
        forbidden.h1(),
        Some("Not allowed"),
        "refused by role, not by CSRF"
    );
}

async fn suspended_cities_are_read_only(backend: Backend) {
    let server = TestServer::demo_with_clock(backend, Clock::fixed(Utc::now())).await;
    let scope = turin(&server).await;
    let call = open_call(&server, scope).await;
    let (person, _) = employee(&server, scope, "Sergio Sospeso", "employee").await;
    let writer = Browser::signed_in(&server, "turin", scope.get(), person).await;
    let url = start_proposal(&server, &writer, call.id.get()).await;

    let ops = operator(&server).await;
    let console = ops.get(&server.url("/operator")).await;
    assert!(console.body.contains("Città di Torino"));
    let suspended = ops
        .post(
            &server.url("/operator/tenants/turin/suspend"),
            &[("csrf", &console.csrf()), ("confirm", "yes")],
        )
        .await;
    assert_eq!(suspended.status, 303);

    let page = writer.get(&url).await;
    assert_eq!(page.status, 200, "still readable");
    assert!(page.body.contains("banner-suspended"));
    let refused: Page = writer
        .post(&url, &[("csrf", &page.csrf()), ("title", "non salvato")])
        .await;
    assert_eq!(refused.status, 403);
    assert!(refused.body.contains("Il sito di questa città è sospeso"));

    let console = ops.get(&server.url("/operator")).await;
    let resumed = ops
        .post(
            &server.url("/operator/tenants/turin/resume"),
            &[("csrf", &console.csrf())],
        )
        .await;
    assert_eq!(resumed.status, 303);
    let page = writer.get(&url).await;
    let saved = writer
        .post(&url, &[("csrf", &page.csrf()), ("title", "salvato")])
        .await;
    assert_eq!(saved.status, 200);
}

on_both_backends!(
    operators_create_cities_with_their_first_admin,
    suspended_cities_are_read_only
);
