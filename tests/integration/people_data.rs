//! A person's own data: preferences, a complete export with no one else's
//! data in it, and erasure that keeps the network's counts.

use chrono::Utc;
use innovato::ids::{PersonId, ProposalId};
use innovato::{
    clock::Clock,
    i18n::Lang,
    people::user,
    proposals::{self, member},
};
use sea_orm::{ColumnTrait, QueryFilter};

use crate::{
    calls::{admin, turin},
    proposals::{employee, id_of, open_call, start_proposal},
    support::{Backend, Browser, TestServer, on_both_backends},
};

async fn people_export_their_data_and_can_be_erased(backend: Backend) {
    let server = TestServer::demo_with_clock(backend, Clock::fixed(Utc::now())).await;
    let scope = turin(&server).await;
    let call = open_call(&server, scope).await;
    let (lead, lead_email) = employee(&server, scope, "Lidia Esporta", "employee").await;
    let (partner, partner_email) = employee(&server, scope, "Piero Socio", "employee").await;
    let browser = Browser::signed_in(&server, "turin", scope.get(), lead).await;
    let url = start_proposal(&server, &browser, call.id.get()).await;
    let csrf = browser.get(&url).await.csrf();
    browser
        .post(&url, &[("csrf", &csrf), ("title", "Archivio condiviso")])
        .await;
    browser
        .post(
            &format!("{url}/team"),
            &[("csrf", &csrf), ("colleague", &partner_email)],
        )
        .await;
    let other = Browser::signed_in(&server, "turin", scope.get(), partner).await;
    let page = other.get(&url).await;
    other
        .post(
            &format!("{url}/team/answer"),
            &[("csrf", &page.csrf()), ("answer", "accept")],
        )
        .await;

    // Preferences: English pages for a person who asks, whatever the browser.
    let account = browser.get(&server.url("/t/turin/account")).await;
    let saved = browser
        .post(
            &server.url("/t/turin/account/preferences"),
            &[("csrf", &account.csrf()), ("locale", "en")],
        )
        .await;
    assert_eq!(saved.status, 303);
    let english = browser
        .get_with(
            &server.url("/t/turin/account"),
            &[("accept-language", "it")],
        )
        .await;
    assert_eq!(english.html_lang(), Some("en"));
    let refused = browser
        .post(
            &server.url("/t/turin/account/preferences"),
            &[("csrf", &account.csrf()), ("locale", "hu")],
        )
        .await;
    assert_eq!(refused.status, 400, "Turin does not offer Hungarian");

    // The export: everything about the lead, nothing about the partner.
    let export = browser.get(&server.url("/t/turin/account/export")).await;
    assert_eq!(export.status, 200);
    let data: serde_json::Value = serde_json::from_str(&export.body).expect("JSON");
    assert_eq!(data["person"]["email"], lead_email.as_str());
    assert_eq!(data["person"]["language"], "en");
    assert_eq!(data["proposals"][0]["title"], "Archivio condiviso");
    assert_eq!(data["proposals"][0]["team_size"], 2);
    assert!(data["roles"].as_array().is_some_and(|r| !r.is_empty()));
    assert!(
        !export.body.contains("Piero") && !export.body.contains(&partner_email),
        "no one else's data"
    );
    let theirs = other.get(&server.url("/t/turin/account/export")).await;
    assert!(theirs.body.contains(&partner_email) && !theirs.body.contains(&lead_email));
    assert!(
        theirs.body.contains("notification-team-invitation"),
        "their notifications are theirs"
    );

    // Erasure: asked by the person, confirmed by an admin.
    let team_before = proposals::team_of(&server.store.db, scope, ProposalId(id_of(&url)))
        .await
        .expect("team")
        .len();
    let account = browser.get(&server.url("/t/turin/account")).await;
    let asked = browser
        .post(
            &server.url("/t/turin/account/erasure"),
            &[("csrf", &account.csrf())],
        )
        .await;
    assert_eq!(asked.status, 303);
    let admin = admin(&server, scope).await;
    let people = admin
        .get(&server.url("/t/turin/admin/people?q=Lidia"))
        .await;
    assert!(people.body.contains("Ha chiesto la cancellazione"));
    let erased = admin
        .post(
            &server.url(&format!("/t/turin/admin/people/{lead}/erase")),
            &[("csrf", &people.csrf()), ("confirm", "yes")],
        )
        .await;
    assert_eq!(erased.status, 303);
    let row = scope
        .find_by_id::<user::Entity>(PersonId(lead))
        .one(&server.store.db)
        .await
        .expect("q")
        .expect("row kept");
    assert!(!row.display_name.contains("Lidia") && !row.email.contains("esporta"));
    assert!(!row.active);
    assert_eq!(
        browser.get(&server.url("/t/turin/account")).await.status,
        303,
        "signed out"
    );
    let team_after = proposals::team_of(&server.store.db, scope, ProposalId(id_of(&url)))
        .await
        .expect("team");
    assert_eq!(
        team_after.len(),
        team_before,
        "the proposal keeps its team size for the counts"
    );
    assert!(
        team_after
            .iter()
            .any(|m| m.user_id == Some(PersonId(lead)) && m.role == member::MemberRole::Lead)
    );
    let nobody = scope
        .find::<user::Entity>()
        .filter(user::Column::Email.eq(lead_email.as_str()))
        .one(&server.store.db)
        .await
        .expect("q");
    assert!(nobody.is_none(), "the email is gone");

    // Her name is gone from every copy: the partner's notifications name
    // no one, and the team shows the placeholder in each reader's language
    // (not in the erasing admin's).
    let notices = other
        .get_with(
            &server.url("/t/turin/notifications"),
            &[("accept-language", "en")],
        )
        .await;
    assert_eq!(notices.status, 200);
    assert!(
        !notices.body.contains("Lidia"),
        "an erased name in a notification"
    );
    for lang in [Lang::En, Lang::It] {
        let placeholder = server
            .state
            .locales
            .for_lang(lang)
            .args("person-erased", &[("id", i64::from(lead).into())]);
        for page in [&url, &server.url("/t/turin/notifications")] {
            let shown = other
                .get_with(page, &[("accept-language", lang.code())])
                .await;
            assert!(
                shown.body.contains(&placeholder),
                "{page} in {lang:?} shows {placeholder}"
            );
            assert!(!shown.body.contains("Lidia"));
        }
    }
}

on_both_backends!(people_export_their_data_and_can_be_erased);
