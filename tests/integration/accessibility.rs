//! What assistive technology relies on in the pages' markup: a form's errors
//! announced in one summary whose links lead to each invalid field, every
//! message tied to its field, and text in another language than the page's
//! marked with its own.

use crate::{
    calls::{admin, turin},
    proposals::{employee, open_call, start_proposal},
    support::{Backend, Browser, Page, TestServer, on_both_backends},
};

/// The ids the error summary links to; fails when the page has none.
fn summary_targets(page: &Page) -> Vec<String> {
    let start = page
        .body
        .find("class=\"alert error-summary\" role=\"alert\"")
        .unwrap_or_else(|| panic!("an announced error summary in {}", page.body));
    let end = page.body[start..].find("</div>").expect("summary's end") + start;
    page.body[start..end]
        .split("href=\"#")
        .skip(1)
        .map(|rest| rest.split('"').next().unwrap_or_default().to_owned())
        .collect()
}

/// Every summary link leads to an element of the page, and every field
/// message is named by the `aria-describedby` of some element.
fn assert_errors_are_tied(page: &Page) {
    for target in summary_targets(page) {
        assert!(
            page.body.contains(&format!("id=\"{target}\"")),
            "summary links to #{target}, which is not on the page"
        );
    }
    let messages: Vec<&str> = page
        .body
        .split("<p id=\"")
        .skip(1)
        .filter_map(|rest| {
            let (id, after) = rest.split_once('"')?;
            after.starts_with(" class=\"field-error\"").then_some(id)
        })
        .collect();
    assert!(!messages.is_empty(), "field messages in {}", page.body);
    for id in messages {
        let described = page.body.split("aria-describedby=\"").skip(1).any(|rest| {
            rest.split('"')
                .next()
                .is_some_and(|ids| ids.split(' ').any(|named| named == id))
        });
        assert!(described, "#{id} describes no field");
    }
}

async fn save(browser: &Browser, url: &str, fields: &[(&str, &str)]) -> Page {
    let csrf = browser.get(url).await.csrf();
    let mut form = vec![("csrf", csrf.as_str())];
    form.extend_from_slice(fields);
    browser.post(url, &form).await
}

async fn proposal_errors_are_summarised_and_tied_to_their_fields(backend: Backend) {
    let server = TestServer::demo(backend).await;
    let scope = turin(&server).await;
    let call = open_call(&server, scope).await;
    let (lead, _) = employee(&server, scope, "Marta Bianchi", "employee").await;
    let browser = Browser::signed_in(&server, "turin", scope.get(), lead).await;
    let url = start_proposal(&server, &browser, call.id.get()).await;

    let too_long = "x".repeat(201);
    let refused = save(&browser, &url, &[("title", &too_long), ("locale", "it")]).await;
    assert_eq!(refused.status, 422);
    assert_eq!(summary_targets(&refused), ["title"]);
    assert!(
        refused
            .body
            .contains("aria-invalid=\"true\" aria-describedby=\"title-hint title-error\""),
        "{}",
        refused.body
    );
    assert!(refused.body.contains(&format!("value=\"{too_long}\"")));
    assert_errors_are_tied(&refused);

    let csrf = browser.get(&url).await.csrf();
    let incomplete = browser
        .post(&format!("{url}/submit"), &[("csrf", &csrf)])
        .await;
    assert_eq!(incomplete.status, 422);
    let targets = summary_targets(&incomplete);
    for field in ["title", "summary", "problem", "solution", "category"] {
        assert!(targets.iter().any(|t| t == field), "{field} in {targets:?}");
    }
    assert_errors_are_tied(&incomplete);
}

async fn a_refused_invitation_is_shown_at_its_field(backend: Backend) {
    let server = TestServer::demo(backend).await;
    let scope = turin(&server).await;
    let call = open_call(&server, scope).await;
    let (lead, _) = employee(&server, scope, "Marta Bianchi", "employee").await;
    let browser = Browser::signed_in(&server, "turin", scope.get(), lead).await;
    let url = start_proposal(&server, &browser, call.id.get()).await;

    let csrf = browser.get(&url).await.csrf();
    let refused = browser
        .post(
            &format!("{url}/team"),
            &[("csrf", &csrf), ("colleague", "nessuno@torino.example")],
        )
        .await;
    assert_eq!(refused.status, 422);
    assert_eq!(summary_targets(&refused), ["colleague"]);
    assert!(
        refused.body.contains(
            "value=\"nessuno@torino.example\" aria-invalid=\"true\" aria-describedby=\"colleague-error\""
        ),
        "the name typed is kept, and the field is tied to its message: {}",
        refused.body
    );
    assert!(
        refused
            .body
            .contains("Nessun collega di questa città corrisponde")
    );
    assert!(
        refused.body.contains("name=\"summary\""),
        "the proposal page"
    );
    assert_errors_are_tied(&refused);
}

async fn call_form_errors_lead_to_their_groups(backend: Backend) {
    let server = TestServer::demo(backend).await;
    let scope = turin(&server).await;
    let browser = admin(&server, scope).await;
    let form = browser.get(&server.url("/t/turin/admin/calls/new")).await;
    let refused = browser
        .post(
            &server.url("/t/turin/admin/calls"),
            &[("csrf", &form.csrf())],
        )
        .await;
    assert_eq!(refused.status, 422, "{}", refused.body);
    let targets = summary_targets(&refused);
    for group in ["texts", "category", "criteria"] {
        assert!(targets.iter().any(|t| t == group), "{group} in {targets:?}");
        assert!(
            refused.body.contains(&format!(
                "<fieldset id=\"{group}\" tabindex=\"-1\" aria-describedby=\"{group}-error\">"
            )),
            "{group} is a reachable group tied to its message"
        );
    }
    assert_errors_are_tied(&refused);
}

async fn a_proposal_keeps_its_language_on_a_page_in_another(backend: Backend) {
    let server = TestServer::demo(backend).await;
    let scope = turin(&server).await;
    let call = open_call(&server, scope).await;
    let (lead, _) = employee(&server, scope, "Marta Bianchi", "employee").await;
    let browser = Browser::signed_in(&server, "turin", scope.get(), lead).await;
    let url = start_proposal(&server, &browser, call.id.get()).await;
    let saved = save(
        &browser,
        &url,
        &[("title", "One front desk"), ("locale", "en")],
    )
    .await;
    assert_eq!(saved.status, 200);
    assert_eq!(saved.html_lang(), Some("it"));
    assert!(
        saved
            .body
            .contains("<span lang=\"en\">One front desk</span></h1>")
    );
    assert!(
        saved
            .body
            .contains("<input id=\"title\" name=\"title\" lang=\"en\"")
    );
    let mine = browser.get(&server.url("/t/turin/proposals")).await;
    assert_eq!(mine.html_lang(), Some("it"));
    assert!(
        mine.body.contains("lang=\"en\">One front desk</a>"),
        "{}",
        mine.body
    );
}

on_both_backends!(
    proposal_errors_are_summarised_and_tied_to_their_fields,
    a_refused_invitation_is_shown_at_its_field,
    call_form_errors_lead_to_their_groups,
    a_proposal_keeps_its_language_on_a_page_in_another,
);
