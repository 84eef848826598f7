//! A city admin's settings: every value checked with the message next to
//! it, a failed save changing nothing; divisions imported from CSV after a
//! preview that names each wrong line.

use chrono::Utc;
use innovato::{clock::Clock, organisation::division, tenants};
use sea_orm::{ColumnTrait, QueryFilter};

use crate::{
    calls::{admin, turin},
    proposals::employee,
    support::{Backend, Browser, TestServer, on_both_backends},
};

async fn admins_change_languages_names_colour_and_headcounts(backend: Backend) {
    let server = TestServer::demo_with_clock(backend, Clock::fixed(Utc::now())).await;
    let scope = turin(&server).await;
    let admin = admin(&server, scope).await;
    let url = server.url("/t/turin/admin/settings");
    let page = admin.get(&url).await;
    assert_eq!(page.status, 200);
    assert!(
        page.body
            .contains("<title>Impostazioni della città · Città di Torino</title>")
    );
    let csrf = page.csrf();
    let form = |colour: &'static str, default: &'static str| {
        vec![
            ("csrf", csrf.clone()),
            ("locale", "it".into()),
            ("locale", "en".into()),
            ("locale", "fr".into()),
            ("default_locale", default.into()),
            ("name_lang", "fr".into()),
            ("name_value", "Ville de Turin".into()),
            ("colour", colour.into()),
            ("headcount", "10.500".into()),
            ("grade_name", "P.O.".into()),
            ("grade_count", "500".into()),
            ("grade_name", "director".into()),
            ("grade_count", "120".into()),
        ]
    };
    let post = |fields: Vec<(&'static str, String)>| {
        let admin = &admin;
        let url = url.clone();
        async move {
            let pairs: Vec<(&str, &str)> = fields.iter().map(|(k, v)| (*k, v.as_str())).collect();
            admin.post(&url, &pairs).await
        }
    };
    let before = tenants::find_by_slug(&server.store.db, "turin")
        .await
        .expect("q")
        .expect("Turin");
    let yellow = post(form("#ffcc00", "it")).await;
    assert_eq!(yellow.status, 422);
    assert!(
        yellow
            .body
            .contains("Il testo bianco è poco leggibile su questo colore")
    );
    let wrong_default = post(form("#1f4e8c", "hu")).await;
    assert_eq!(wrong_default.status, 422);
    assert!(
        wrong_default
            .body
            .contains("La lingua predefinita deve essere una delle lingue scelte.")
    );
    let unchanged = tenants::find_by_slug(&server.store.db, "turin")
        .await
        .expect("q")
        .expect("Turin");
    assert_eq!(unchanged, before, "a failed save changes nothing");

    assert_eq!(post(form("#1f4e8c", "it")).await.status, 303);
    let after = tenants::find_by_slug(&server.store.db, "turin")
        .await
        .expect("q")
        .expect("Turin");
    assert_eq!(after.locales, "it,en,fr");
    assert_eq!(after.headcount, 10_500);
    let french = server.get("/t/turin/?lang=fr", "it").await;
    assert_eq!(french.html_lang(), Some("fr"));
    assert!(french.body.contains("Ville de Turin"));
    let shown = admin.get(&url).await;
    assert!(shown.body.contains("value=\"P.O.\"") && shown.body.contains("value=\"500\""));

    let (person, _) = employee(&server, scope, "Curioso Impiegato", "employee").await;
    let employee = Browser::signed_in(&server, "turin", scope.get(), person).await;
    assert_eq!(employee.get(&url).await.status, 403);
}

async fn divisions_are_imported_after_a_preview(backend: Backend) {
    let server = TestServer::demo_with_clock(backend, Clock::fixed(Utc::now())).await;
    let scope = turin(&server).await;
    let admin = admin(&server, scope).await;
    let url = server.url("/t/turin/admin/divisions");
    let csrf = admin.get(&url).await.csrf();
    let before = scope
        .find::<division::Entity>()
        .all(&server.store.db)
        .await
        .expect("q")
        .len();

    let wrong = "code,name\nNEW1,Nuova divisione\nNEW1,Doppione\nBAD CODE!,Nome\nNEW2,\n";
    let preview = admin
        .post(&url, &[("csrf", &csrf), ("step", "import"), ("csv", wrong)])
        .await;
    assert_eq!(preview.status, 422);
    assert!(
        preview
            .body
            .contains("3 righe vanno corrette; non è stato importato nulla.")
    );
    assert!(
        preview
            .body
            .contains("Questo codice compare in una riga precedente.")
    );
    assert!(preview.body.contains("Il nome è vuoto"));
    assert_eq!(
        scope
            .find::<division::Entity>()
            .all(&server.store.db)
            .await
            .expect("q")
            .len(),
        before
    );

    let right = "AMB;Divisione Ambiente e Clima\nNEW1,\"Innovazione, dati e servizi\"\n";
    let checked = admin
        .post(
            &url,
            &[("csrf", &csrf), ("step", "preview"), ("csv", right)],
        )
        .await;
    assert_eq!(checked.status, 200);
    assert!(checked.body.contains("Importa queste divisioni"));
    assert_eq!(
        scope
            .find::<division::Entity>()
            .all(&server.store.db)
            .await
            .expect("q")
            .len(),
        before,
        "a preview changes nothing"
    );
    let imported = admin
        .post(&url, &[("csrf", &csrf), ("step", "import"), ("csv", right)])
        .await;
    assert_eq!(imported.status, 200);
    assert!(
        imported.body.contains("1 aggiunte, 1 rinominate"),
        "{}",
        imported.body
    );
    let amb = scope
        .find::<division::Entity>()
        .filter(division::Column::Code.eq("AMB"))
        .one(&server.store.db)
        .await
        .expect("q")
        .expect("AMB");
    assert_eq!(amb.name, "Divisione Ambiente e Clima");
    let new = scope
        .find::<division::Entity>()
        .filter(division::Column::Code.eq("NEW1"))
        .one(&server.store.db)
        .await
        .expect("q")
        .expect("NEW1");
    assert_eq!(new.name, "Innovazione, dati e servizi");
}

on_both_backends!(
    admins_change_languages_names_colour_and_headcounts,
    divisions_are_imported_after_a_preview
);

async fn categories_map_onto_the_network(backend: Backend) {
    let server = TestServer::demo_with_clock(backend, Clock::fixed(Utc::now())).await;
    let scope = turin(&server).await;
    let admin = admin(&server, scope).await;
    let url = server.url("/t/turin/admin/categories");
    let page = admin.get(&url).await;
    assert_eq!(page.status, 200);
    assert!(page.body.contains("Qualità del servizio"));
    let csrf = page.csrf();
    let taken = admin
        .post(
            &url,
            &[
                ("csrf", &csrf),
                ("name", "qualità del servizio"),
                ("network", "service_quality"),
            ],
        )
        .await;
    assert_eq!(taken.status, 422);
    assert!(
        taken
            .body
            .contains("Un&#39;altra categoria ha già questo nome.")
    );
    let unknown = admin
        .post(
            &url,
            &[
                ("csrf", &csrf),
                ("name", "Mobilità"),
                ("network", "transport"),
            ],
        )
        .await;
    assert_eq!(unknown.status, 422);
    let added = admin
        .post(
            &url,
            &[
                ("csrf", &csrf),
                ("name", "Mobilità"),
                ("network", "environment"),
            ],
        )
        .await;
    assert_eq!(added.status, 303);
    let mobility = scope
        .find::<innovato::organisation::category::Entity>()
        .filter(innovato::organisation::category::Column::Name.eq("Mobilità"))
        .one(&server.store.db)
        .await
        .expect("q")
        .expect("the new category");
    assert_eq!(
        mobility.network_category,
        innovato::organisation::NetworkCategory::Environment
    );
    let moved = admin
        .post(
            &server.url(&format!("/t/turin/admin/categories/{}", mobility.id)),
            &[
                ("csrf", &csrf),
                ("name", "Mobilità sostenibile"),
                ("network", "new_services"),
            ],
        )
        .await;
    assert_eq!(moved.status, 303);
    let again = scope
        .find_by_id::<innovato::organisation::category::Entity>(mobility.id)
        .one(&server.store.db)
        .await
        .expect("q")
        .expect("still there");
    assert_eq!(again.name, "Mobilità sostenibile");
    assert_eq!(
        again.network_category,
        innovato::organisation::NetworkCategory::NewServices
    );
}

on_both_backends!(categories_map_onto_the_network);

/// A one-pixel PNG with a text chunk naming someone.
fn png() -> Vec<u8> {
    let chunk = |kind: &[u8], data: &[u8]| {
        let mut c = (data.len() as u32).to_be_bytes().to_vec();
        c.extend_from_slice(kind);
        c.extend_from_slice(data);
        c.extend_from_slice(&[0, 0, 0, 0]);
        c
    };
    let mut png = b"\x89PNG\r\n\x1a\n".to_vec();
    png.extend(chunk(b"IHDR", &[0, 0, 0, 1, 0, 0, 0, 1, 8, 2, 0, 0, 0]));
    png.extend(chunk(b"tEXt", b"Author\0Grafico Comunale"));
    png.extend(chunk(b"IDAT", &[1, 2, 3]));
    png.extend(chunk(b"IEND", &[]));
    png
}

async fn the_city_logo_is_shown_without_its_metadata(backend: Backend) {
    let server = TestServer::demo_with_clock(backend, Clock::fixed(Utc::now())).await;
    let scope = turin(&server).await;
    let admin = admin(&server, scope).await;
    let csrf = admin
        .get(&server.url("/t/turin/admin/settings"))
        .await
        .csrf();
    let refused = admin
        .upload(
            &server.url("/t/turin/admin/settings/logo"),
            &csrf,
            "logo.pdf",
            b"%PDF-1.7\n<< >>".to_vec(),
        )
        .await;
    assert_eq!(refused.status, 422);
    assert!(
        refused
            .body
            .contains("Il logo deve essere un&#39;immagine PNG o JPEG")
    );
    let uploaded = admin
        .upload(
            &server.url("/t/turin/admin/settings/logo"),
            &csrf,
            "logo.png",
            png(),
        )
        .await;
    assert_eq!(uploaded.status, 303);
    let logo = server.get("/t/turin/logo", "it").await;
    assert_eq!(logo.status, 200);
    assert_eq!(logo.header("content-type"), Some("image/png"));
    assert!(!logo.body.contains("Grafico Comunale"));
    let home = server.get("/t/turin/", "it").await;
    assert!(home.body.contains("class=\"logo\""));
    assert_eq!(
        server.get("/t/porto/logo", "pt").await.status,
        404,
        "Porto has none"
    );
}

/// Outside demo and test configuration, an identity provider must be
/// reached over https.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn production_refuses_plain_http_issuers() {
    let store = crate::support::TestDb::new(Backend::Sqlite).await;
    innovato::demo::seed_once(&store.db).await.expect("demo");
    let server = TestServer::strict(store).await;
    let scope = turin(&server).await;
    let admin = admin(&server, scope).await;
    let csrf = admin
        .get(&server.url("/t/turin/admin/sign-in"))
        .await
        .csrf();
    let fields = [
        ("csrf", csrf.as_str()),
        ("issuer_url", "http://login.torino.example"),
        ("client_id", "innovato"),
        ("client_secret", "secret"),
        ("scopes", "openid email profile"),
        ("email_claim", "email"),
        ("name_claim", "name"),
        ("division_claim", "division"),
        ("grade_claim", "grade"),
    ];
    let refused = admin
        .post(&server.url("/t/turin/admin/sign-in"), &fields)
        .await;
    assert_eq!(refused.status, 422);
    assert!(refused.body.contains("deve iniziare con https://"));
    assert!(
        innovato::auth::oidc::provider_of(&server.state.db, scope)
            .await
            .expect("q")
            .is_none(),
        "nothing saved"
    );
}

on_both_backends!(the_city_logo_is_shown_without_its_metadata);
