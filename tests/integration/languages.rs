//! Pages speak the visitor's language, within the city's languages, with
//! numbers and dates in that language's form.

use innovato::{calls::Phase, tenancy::TenantId, tenants};
use sea_orm::{ColumnTrait, QueryFilter, QueryOrder};

use crate::support::{Backend, TestServer, on_both_backends};

async fn call_id(server: &TestServer, slug: &str, phase: Phase) -> i32 {
    let tenant = tenants::find_by_slug(&server.store.db, slug)
        .await
        .expect("query")
        .expect("city");
    TenantId::of(&tenant)
        .find::<innovato::calls::Entity>()
        .filter(innovato::calls::Column::Phase.eq(phase))
        .order_by_asc(innovato::calls::Column::Id)
        .one(&server.store.db)
        .await
        .expect("query")
        .expect("call")
        .id
        .get()
}

async fn browser_language_is_used_when_the_city_offers_it(backend: Backend) {
    let server = TestServer::demo(backend).await;
    let english = server.get("/t/turin/", "en-GB,en;q=0.9,it;q=0.5").await;
    assert_eq!(english.html_lang(), Some("en"));
    assert_eq!(english.h1(), Some("Calls for ideas"));

    // Turin offers Italian and English only: French falls back to Italian.
    let french = server.get("/t/turin/", "fr-FR,fr;q=0.9").await;
    assert_eq!(french.html_lang(), Some("it"));
    assert_eq!(french.h1(), Some("Bandi di idee"));

    let porto = server.get("/t/porto/", "pt-PT,pt;q=0.9,en;q=0.8").await;
    assert_eq!(porto.html_lang(), Some("pt"));
}

async fn explicit_choice_wins_and_is_remembered(backend: Backend) {
    let server = TestServer::demo(backend).await;
    let chosen = server.get("/t/turin/?lang=en", "it").await;
    assert_eq!(chosen.html_lang(), Some("en"));
    let cookie = chosen
        .header("set-cookie")
        .expect("the choice is remembered")
        .to_owned();
    assert!(cookie.starts_with("innovato_lang=en;"), "{cookie}");

    let later = server
        .client
        .get(server.url("/t/turin/"))
        .header("accept-language", "it")
        .header("cookie", "innovato_lang=en")
        .send()
        .await
        .expect("answered");
    let body = later.text().await.expect("text");
    assert!(body.contains("<html lang=\"en\">"));

    // A language the city does not offer is neither used nor remembered.
    let refused = server.get("/t/turin/?lang=hu", "it").await;
    assert_eq!(refused.html_lang(), Some("it"));
    assert!(refused.cookie("innovato_lang").is_none());
}

async fn every_page_offers_a_language_switcher(backend: Backend) {
    let server = TestServer::demo(backend).await;
    let call = call_id(&server, "turin", Phase::Archived).await;
    let page = server.get(&format!("/t/turin/calls/{call}"), "it").await;
    assert!(
        page.body
            .contains(&format!("href=\"/t/turin/calls/{call}?lang=en\""))
    );
    let home = server.get("/", "en").await;
    for code in ["it", "en", "fr", "pt", "nl", "ro", "es", "hu"] {
        let switched = server.get(&format!("/?lang={code}"), "en").await;
        assert_eq!(switched.html_lang(), Some(code));
        assert!(
            home.body.contains(&format!("lang=\"{code}\"")),
            "switcher offers {code}"
        );
    }
    let hungarian = server.get("/?lang=hu", "en").await;
    assert_eq!(hungarian.h1(), Some("Ötletpályázatok a hálózat városaiban"));
}

async fn numbers_and_dates_follow_the_locale(backend: Backend) {
    let server = TestServer::demo(backend).await;
    let first = call_id(&server, "turin", Phase::Archived).await;
    let italian = server.get(&format!("/t/turin/calls/{first}"), "it").await;
    assert!(
        italian.body.contains("10.000 dipendenti"),
        "{}",
        italian.body
    );
    assert!(italian.body.contains("3 marzo 2014, ore 09:00"));
    let english = server.get(&format!("/t/turin/calls/{first}"), "en").await;
    assert!(english.body.contains("10,000 employees"));
    assert!(english.body.contains("3 March 2014, 09:00"));

    let second = call_id(&server, "turin", Phase::Implementation).await;
    let budget_it = server.get(&format!("/t/turin/calls/{second}"), "it").await;
    assert!(budget_it.body.contains("40.000 €"));
    let budget_en = server.get(&format!("/t/turin/calls/{second}"), "en").await;
    assert!(budget_en.body.contains("€40,000"));
    assert!(budget_en.body.contains("3 October 2019, 12:00"));

    let rotterdam = call_id(&server, "rotterdam", Phase::Results).await;
    let dutch = server
        .get(&format!("/t/rotterdam/calls/{rotterdam}"), "nl")
        .await;
    assert!(dutch.body.contains("€ 60.000"), "{}", dutch.body);
    assert!(dutch.body.contains("13.000"));
}

on_both_backends!(
    browser_language_is_used_when_the_city_offers_it,
    explicit_choice_wins_and_is_remembered,
    every_page_offers_a_language_switcher,
    numbers_and_dates_follow_the_locale,
);
