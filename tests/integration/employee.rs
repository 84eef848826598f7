//! Employees know where they stand (issue 20, rule 6): after submitting, a
//! page says it was submitted and what happens next and when, and the team
//! is told; a refused form's summary names each field in error and links
//! to it; "My proposals" heads each column with its own word.

use std::sync::Arc;

use chrono::Utc;
use innovato::{
    clock::Clock,
    i18n::{Lang, Locales},
    notifications,
};
use sea_orm::{ColumnTrait, QueryFilter};

use crate::{
    calls::turin,
    proposals::{employee, id_of, open_call, start_proposal},
    support::{Backend, Browser, TestServer, on_both_backends},
};

/// The text of the page's `<label for="{field}">`.
fn label(body: &str, field: &str) -> String {
    let open = format!("<label for=\"{field}\">");
    let from = body.find(&open).expect("label") + open.len();
    let to = body[from..].find("</label>").expect("label end") + from;
    body[from..to].to_owned()
}

/// The first category the proposal form offers.
fn a_category(body: &str) -> String {
    body.match_indices("<option value=\"")
        .filter_map(|(i, _)| body[i + 15..].split('"').next())
        .find(|v| v.parse::<i32>().is_ok())
        .expect("a category")
        .to_owned()
}

async fn after_submitting_the_page_says_what_happens_next(backend: Backend) {
    let server = TestServer::demo_with_clock(backend, Clock::fixed(Utc::now())).await;
    let scope = turin(&server).await;
    let call = open_call(&server, scope).await;
    let (lead, _) = employee(&server, scope, "Rita Conferma", "employee").await;
    let browser = Browser::signed_in(&server, "turin", scope.get(), lead).await;
    let url = start_proposal(&server, &browser, call.id.get()).await;
    let id = id_of(&url);

    // Not submitted yet: the confirmation is the proposal's page.
    let early = browser.get(&format!("{url}/submitted")).await;
    assert_eq!(early.status, 303);
    assert!(
        early
            .location(&server.url("/"))
            .ends_with(&format!("/proposals/{id}"))
    );

    let page = browser.get(&url).await;
    let category = a_category(&page.body);
    let csrf = page.csrf();
    let sent = browser
        .post(
            &format!("{url}/submit?with=text"),
            &[
                ("csrf", csrf.as_str()),
                ("title", "Badge unico per le sedi"),
                ("summary", "Un solo badge apre tutte le sedi comunali."),
                ("problem", "Ogni sede ha il suo badge."),
                ("solution", "Un badge unico per tutte."),
                ("category", category.as_str()),
                ("locale", "it"),
            ],
        )
        .await;
    assert_eq!(sent.status, 303, "{}", sent.body);
    let confirmation = sent.location(&server.url("/"));
    assert!(
        confirmation.ends_with(&format!("/t/turin/proposals/{id}/submitted")),
        "{confirmation}"
    );

    let shown = browser.get(&confirmation).await;
    assert_eq!(shown.status, 200, "{}", shown.body);
    let l = Arc::new(Locales::load().expect("locales")).for_lang(Lang::It);
    let rome: chrono_tz::Tz = "Europe/Rome".parse().expect("tz");
    let closes = l.date_time(&call.submissions_close_at.with_timezone(&rome));
    let results = l.date_time(&call.results_at.with_timezone(&rome));
    for expected in [
        "Proposta presentata",
        "Badge unico per le sedi",
        "Cosa succede ora",
        closes.as_str(),
        results.as_str(),
        "la giuria valuta le proposte",
        "I risultati sono previsti per il",
    ] {
        assert!(shown.body.contains(expected), "{expected}: {}", shown.body);
    }
    assert!(
        shown
            .body
            .contains(&format!("href=\"/t/turin/proposals/{id}\"")),
        "a way back to the proposal"
    );

    // The one who submitted is told too, in the notifications.
    let told = scope
        .find::<notifications::Entity>()
        .filter(notifications::Column::UserId.eq(lead))
        .filter(notifications::Column::Message.eq("notification-submitted"))
        .all(&server.store.db)
        .await
        .expect("notifications");
    assert_eq!(told.len(), 1);
    let list = browser.get(&server.url("/t/turin/notifications")).await;
    assert!(
        list.body
            .contains("La proposta «Badge unico per le sedi», di cui fai parte del gruppo, è stata presentata."),
        "{}",
        list.body
    );

    // Someone else of the city sees nothing of it.
    let (other, _) = employee(&server, scope, "Ugo Estraneo", "employee").await;
    let stranger = Browser::signed_in(&server, "turin", scope.get(), other).await;
    assert_eq!(stranger.get(&confirmation).await.status, 404);
}

async fn the_error_summary_names_and_links_each_field(backend: Backend) {
    let server = TestServer::demo_with_clock(backend, Clock::fixed(Utc::now())).await;
    let scope = turin(&server).await;
    let call = open_call(&server, scope).await;
    let (lead, _) = employee(&server, scope, "Dario Riepilogo", "employee").await;
    let browser = Browser::signed_in(&server, "turin", scope.get(), lead).await;
    let url = start_proposal(&server, &browser, call.id.get()).await;
    let page = browser.get(&url).await;
    let refused = browser
        .post(&format!("{url}/submit"), &[("csrf", &page.csrf())])
        .await;
    assert_eq!(refused.status, 422);
    let summary = {
        let from = refused.body.find("error-summary").expect("a summary");
        let to = refused.body[from..].find("</div>").expect("its end") + from;
        refused.body[from..to].to_owned()
    };
    for field in ["title", "summary", "problem", "solution", "category"] {
        let named = format!(
            "<a href=\"#{field}\"><span class=\"error-field\">{}</span> Compila questo campo prima di presentare la proposta.</a>",
            label(&page.body, field)
        );
        assert!(summary.contains(&named), "{field}: {summary}");
    }
    assert!(!refused.body.contains("data-for="), "every mark filled");

    // The columns of "My proposals" say what each holds.
    let mine = browser.get(&server.url("/t/turin/proposals")).await;
    assert!(
        mine.body
            .contains("<th scope=\"col\">Proposta</th><th scope=\"col\">Bando</th>"),
        "{}",
        mine.body
    );
}

on_both_backends!(
    after_submitting_the_page_says_what_happens_next,
    the_error_summary_names_and_links_each_field,
);
