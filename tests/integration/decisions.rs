//! Informed decisions (issue 20, rules 2 and 3) on Porto's demo call in
//! review: the admin reads a proposal in full from the list (and through
//! the API), never a sealed team; another city's admin and an employee do
//! not; what is missing is stated before closing scoring and publishing,
//! and the dialogs carry the numbers; the ranking keeps the whole field
//! after the results, winners marked with their award.

use innovato::ids::PersonId;
use innovato::{
    i18n::Lang,
    people::{Role, role},
    proposals, review,
};
use sea_orm::{ActiveValue::Set, ColumnTrait, IntoActiveModel, QueryFilter};

use crate::review::{Setup, reviews, setup, submit};
use crate::support::{Backend, Browser, Page, on_both_backends};

fn pt(s: &Setup, id: &str) -> String {
    crate::support::message(&s.server, Lang::Pt, id)
}

/// Jurors `who` score every review assigned to them.
async fn score(s: &Setup, who: &[usize]) {
    for &n in who {
        let browser = s.juror(n).await;
        for r in reviews(&s.server, s.scope, s.call.id.get())
            .await
            .iter()
            .filter(|r| r.juror_id == PersonId(s.jurors[n].0) && r.state == review::State::Assigned)
        {
            let url = s.url(&format!("/review/{}", r.id));
            let csrf = browser.get(&url).await.csrf();
            let first = ((r.proposal_id.get() + n as i32) % 5 + 1).to_string();
            let saved = browser
                .post(
                    &url,
                    &[
                        ("csrf", &csrf),
                        ("score", &first),
                        ("score", "3"),
                        ("score", "4"),
                    ],
                )
                .await;
            assert_eq!(saved.status, 200, "{}", saved.body);
        }
    }
}

/// The value of the attribute `data-confirm` on the form posting to
/// `action` (HTML-escaped as the page carries it).
fn dialog_of(page: &Page, action: &str) -> String {
    let at = page
        .body
        .find(&format!("action=\"{action}\""))
        .unwrap_or_else(|| panic!("a form to {action}: {}", page.body));
    let tag_end = page.body[at..].find('>').expect("tag end") + at;
    let tag = &page.body[at..tag_end];
    let marker = "data-confirm=\"";
    let start = tag
        .find(marker)
        .unwrap_or_else(|| panic!("no dialog on {tag}"))
        + marker.len();
    let end = tag[start..].find('"').expect("attribute end") + start;
    tag[start..end].to_owned()
}

/// The ranking's normalised score of proposal `id` (the cell after its
/// title), or `None` when the ranking does not list it.
fn normalised_of(page: &Page, id: i32) -> Option<String> {
    let at = page.body.find(&format!("/admin/proposals/{id}\""))?;
    let rest = &page.body[at..];
    let cell = rest.find("</td>")? + "</td>".len();
    let rest = &rest[cell..];
    let start = rest.find("<td>")? + "<td>".len();
    let end = rest[start..].find("</td>")? + start;
    Some(rest[start..end].to_owned())
}

/// The table row of proposal `id` on the ranking.
fn row_of(page: &Page, id: i32) -> String {
    let at = page
        .body
        .find(&format!("/admin/proposals/{id}\""))
        .unwrap_or_else(|| panic!("proposal {id} is on the ranking: {}", page.body));
    let end = page.body[at..].find("</tr>").expect("row end") + at;
    page.body[at..end].to_owned()
}

async fn the_admin_reads_a_proposal_in_full(backend: Backend) {
    let s = setup(backend).await;
    let list = s
        .admin
        .get(&s.url(&format!("/admin/calls/{}/proposals", s.call.id)))
        .await;
    let link = format!("/t/porto/admin/proposals/{}", s.ours[0]);
    assert!(
        list.body.contains(&format!("href=\"{link}\"")),
        "the title links to it: {}",
        list.body
    );
    let page = s.admin.get(&s.server.url(&link)).await;
    assert_eq!(page.status, 200, "{}", page.body);
    for text in [
        "Hortas nos telhados",
        "Um resumo",
        "Um problema",
        "Uma solução",
        &s.authors[0].1,
        &s.authors[0].2,
        &s.authors[1].1,
        "Aurelia_Quintavalle_ideia.pdf",
    ] {
        assert!(page.body.contains(text), "{text} on the admin's page");
    }
    assert!(!page.body.contains(&s.authors[2].1), "not another team");
    // The file is there with its size, and the admin downloads it.
    let size = s
        .server
        .state
        .locales
        .for_lang(Lang::Pt)
        .count("attachment-size", "kib", 1);
    assert!(page.body.contains(&size), "{size}");
    let file = page
        .body
        .find(&format!("/t/porto/proposals/{}/attachments/", s.ours[0]))
        .map(|at| {
            let end = page.body[at..].find('"').expect("end") + at;
            page.body[at..end].to_owned()
        })
        .expect("a download link");
    let download = s.admin.get(&s.server.url(&file)).await;
    assert_eq!(download.status, 200);
    // Reviews come once scoring is closed.
    assert!(page.body.contains(&pt(&s, "dossier-reviews-later")));

    // The team's address sends the admin to the same page.
    let team_page = s
        .admin
        .get(&s.url(&format!("/proposals/{}", s.ours[0])))
        .await;
    assert_eq!(team_page.status, 303);
    assert!(
        team_page
            .header("location")
            .unwrap_or_default()
            .ends_with(&link)
    );

    // The CSV carries every text.
    let csv = s
        .admin
        .get(&s.url(&format!("/admin/calls/{}/proposals?format=csv", s.call.id)))
        .await;
    assert_eq!(csv.status, 200);
    for text in ["Um resumo", "Um problema", "Uma solução"] {
        assert!(csv.body.contains(text), "{text} in the CSV");
    }
    assert!(csv.body.contains(&pt(&s, "proposal-solution")));

    // The API gives the admin the same: the team, the files.
    let api = s
        .admin
        .get(&s.url(&format!("/api/v1/proposals/{}", s.ours[0])))
        .await;
    assert_eq!(api.status, 200, "{}", api.body);
    let json: serde_json::Value = serde_json::from_str(&api.body).expect("JSON");
    assert_eq!(json["problem"], "Um problema");
    let admin = &json["admin"];
    assert_eq!(admin["team_sealed"], false);
    assert_eq!(admin["team"][0]["name"], s.authors[0].1.as_str());
    assert_eq!(admin["team"][0]["email"], s.authors[0].2.as_str());
    assert_eq!(
        admin["attachments"][0]["name"],
        "Aurelia_Quintavalle_ideia.pdf"
    );
    assert_eq!(admin["attachments"][0]["size"], 15);
    assert!(
        admin["reviews"].is_null(),
        "no reviews before scoring closes"
    );

    // Another city's admin finds nothing; an employee may not look.
    let turin = crate::calls::turin(&s.server).await;
    let turin_admin = turin
        .find::<role::Entity>()
        .filter(role::Column::Role.eq(Role::TenantAdmin))
        .one(&s.server.store.db)
        .await
        .expect("query")
        .expect("Turin's admin");
    let other =
        Browser::signed_in(&s.server, "turin", turin.get(), turin_admin.user_id.get()).await;
    let elsewhere = other
        .get(
            &s.server
                .url(&format!("/t/turin/admin/proposals/{}", s.ours[0])),
        )
        .await;
    assert_eq!(elsewhere.status, 404);
    assert!(!elsewhere.body.contains("Um problema"));
    let elsewhere_api = other
        .get(
            &s.server
                .url(&format!("/t/turin/api/v1/proposals/{}", s.ours[0])),
        )
        .await;
    assert_eq!(elsewhere_api.status, 404);
    let employee = Browser::signed_in(&s.server, "porto", s.scope.get(), s.authors[2].0).await;
    let refused = employee.get(&s.server.url(&link)).await;
    assert_eq!(refused.status, 403);
    assert!(!refused.body.contains("Um problema"));
    let not_theirs = employee
        .get(&s.url(&format!("/proposals/{}", s.ours[0])))
        .await;
    assert_eq!(not_theirs.status, 404);
}

on_both_backends!(the_admin_reads_a_proposal_in_full);

async fn a_sealed_proposal_reads_without_its_team(backend: Backend) {
    let s = setup(backend).await;
    let mut sealed = s.call.clone().into_active_model();
    sealed.seal_identities = Set(true);
    s.scope
        .update(sealed, &s.server.store.db)
        .await
        .expect("sealed");
    let page = s
        .admin
        .get(&s.url(&format!("/admin/proposals/{}", s.ours[0])))
        .await;
    assert_eq!(page.status, 200);
    assert!(page.body.contains("Um problema"), "the text is read");
    assert!(page.body.contains(&pt(&s, "dossier-team-sealed")));
    let api = s
        .admin
        .get(&s.url(&format!("/api/v1/proposals/{}", s.ours[0])))
        .await;
    assert_eq!(api.status, 200);
    assert!(api.body.contains("Um problema"));
    let json: serde_json::Value = serde_json::from_str(&api.body).expect("JSON");
    assert_eq!(json["admin"]["team_sealed"], true);
    assert_eq!(json["admin"]["team"], serde_json::json!([]));
    for (_, name, email) in &s.authors {
        for body in [&page.body, &api.body] {
            assert!(!body.contains(name.as_str()), "{name} is sealed");
            assert!(!body.contains(email.as_str()), "{email} is sealed");
        }
    }
    // The file's own name could name its author.
    for body in [&page.body, &api.body] {
        assert!(!body.contains("Quintavalle"));
        assert!(body.contains("attachment-"));
    }
}

on_both_backends!(a_sealed_proposal_reads_without_its_team);

async fn what_is_missing_comes_before_each_decision(backend: Backend) {
    let s = setup(backend).await;
    s.start().await;
    let base = format!("/admin/calls/{}", s.call.id);
    let judged = s
        .scope
        .find::<proposals::Entity>()
        .filter(proposals::Column::CallId.eq(s.call.id))
        .filter(proposals::Column::Status.eq(proposals::Status::InReview))
        .all(&s.server.store.db)
        .await
        .expect("proposals")
        .len();
    let expected = judged * s.call.reviews_per_proposal as usize;
    let jurors = s.jurors.len();

    // Nobody has scored: every review is missing, every juror named.
    let page = s.admin.get(&s.url(&format!("{base}/review"))).await;
    assert!(page.body.contains(&pt(&s, "decide-missing-heading")));
    let missing = format!("{expected} de {expected} avaliações não estão feitas.");
    let idle = format!("{jurors} de {jurors} jurados não pontuaram nada:");
    assert!(page.body.contains(&missing), "{missing}: {}", page.body);
    assert!(page.body.contains(&idle), "{idle}");
    let dialog = dialog_of(&page, &format!("/t/porto{base}/review/close"));
    assert!(dialog.contains(&missing), "{dialog}");
    assert!(dialog.contains(&idle), "{dialog}");
    assert!(dialog.contains("Rui Juiz") && dialog.contains("Sara Avaliadora"));
    // The confirmation page says the same.
    let asked = submit(
        &s.admin,
        &s.url(&format!("{base}/review")),
        &s.url(&format!("{base}/review/close")),
        &[],
    )
    .await;
    assert_eq!(asked.status, 200);
    assert!(asked.body.contains(&missing) && asked.body.contains(&idle));

    // Three jurors of four score: the fourth is named, alone.
    score(&s, &[0, 1, 2]).await;
    let page = s.admin.get(&s.url(&format!("{base}/review"))).await;
    let dialog = dialog_of(&page, &format!("/t/porto{base}/review/close"));
    let idle = format!("1 de {jurors} jurados não pontuou nada:");
    assert!(dialog.contains(&idle), "{dialog}");
    assert!(!dialog.contains("Rui Juiz"), "{dialog}");
    let closed = submit(
        &s.admin,
        &s.url(&format!("{base}/review")),
        &s.url(&format!("{base}/review/close")),
        &[("confirm", "yes")],
    )
    .await;
    assert_eq!(closed.status, 303);

    // Before publishing: every team told, proposals without a decision.
    let ranking = s.admin.get(&s.url(&format!("{base}/ranking"))).await;
    let dialog = dialog_of(&ranking, &format!("/t/porto{base}/results"));
    let told = format!("{judged} equipas recebem de imediato o seu resultado");
    let undecided = format!("{judged} propostas não têm decisão");
    assert!(dialog.contains(&told), "{dialog}");
    assert!(dialog.contains(&undecided), "{dialog}");
    assert!(ranking.body.contains(&undecided));
    let asked = submit(
        &s.admin,
        &s.url(&format!("{base}/ranking")),
        &s.url(&format!("{base}/results")),
        &[],
    )
    .await;
    assert_eq!(asked.status, 200);
    assert!(asked.body.contains(&told) && asked.body.contains(&undecided));
    // Scores and texts in plain words, the formula a click away.
    assert!(
        ranking
            .body
            .contains(&pt(&s, "ranking-normalised-explained"))
    );
    assert!(ranking.body.contains(&pt(&s, "agreement-explained")));
    assert!(ranking.body.contains("<details><summary>"));
}

on_both_backends!(what_is_missing_comes_before_each_decision);

async fn the_ranking_keeps_the_whole_field_after_results(backend: Backend) {
    let s = setup(backend).await;
    let mut awarded = s.call.clone().into_active_model();
    awarded.awards = Set(serde_json::json!([
        { "name": "Prémio Inovação", "sponsor": "Fundação Exemplo", "prize": "EUR 5.000" }
    ])
    .to_string());
    s.scope
        .update(awarded, &s.server.store.db)
        .await
        .expect("awards");
    s.start().await;
    score(&s, &[0, 1, 2, 3]).await;
    let base = format!("/admin/calls/{}", s.call.id);
    let ranking_url = s.url(&format!("{base}/ranking"));
    submit(
        &s.admin,
        &s.url(&format!("{base}/review")),
        &s.url(&format!("{base}/review/close")),
        &[("confirm", "yes")],
    )
    .await;
    let decided = submit(
        &s.admin,
        &ranking_url,
        &s.url(&format!("{base}/decisions/{}", s.ours[0])),
        &[("decision", "award-0")],
    )
    .await;
    assert_eq!(decided.status, 303, "{}", decided.body);
    let before = s.admin.get(&ranking_url).await;
    let scores_before: Vec<Option<String>> = s
        .ours
        .iter()
        .map(|id| normalised_of(&before, *id))
        .collect();
    assert!(scores_before.iter().all(Option::is_some), "both are ranked");
    let published = submit(
        &s.admin,
        &ranking_url,
        &s.url(&format!("{base}/results")),
        &[("confirm", "yes")],
    )
    .await;
    assert_eq!(published.status, 303, "{}", published.body);

    let after = s.admin.get(&ranking_url).await;
    let scores_after: Vec<Option<String>> =
        s.ours.iter().map(|id| normalised_of(&after, *id)).collect();
    assert_eq!(
        scores_after, scores_before,
        "the winner stays, with the same normalised scores"
    );
    let winner = row_of(&after, s.ours[0]);
    assert!(winner.contains(&pt(&s, "ranking-winner")), "{winner}");
    assert!(winner.contains("Prémio Inovação"), "{winner}");
    assert!(winner.contains("Fundação Exemplo") && winner.contains("EUR 5.000"));
    let other = row_of(&after, s.ours[1]);
    assert!(!other.contains(&pt(&s, "ranking-winner")), "{other}");
    // The notice is at the top, above the table.
    let notice = after
        .body
        .find(&pt(&s, "results-published"))
        .expect("published notice");
    let table = after.body.find("<table").expect("table");
    assert!(notice < table);
    // The winner's page shows every juror's scores on the criteria's scale.
    let page = s
        .admin
        .get(&s.url(&format!("/admin/proposals/{}", s.ours[0])))
        .await;
    assert!(
        page.body.contains("3 / 5") && page.body.contains("4 / 5"),
        "{}",
        page.body
    );
    assert!(page.body.contains("Rui Juiz") || page.body.contains("Sara Avaliadora"));
    let api = s
        .admin
        .get(&s.url(&format!("/api/v1/proposals/{}", s.ours[0])))
        .await;
    let json: serde_json::Value = serde_json::from_str(&api.body).expect("JSON");
    let reviews = json["admin"]["reviews"].as_array().expect("reviews");
    assert_eq!(reviews.len(), s.call.reviews_per_proposal as usize);
    assert_eq!(reviews[0]["marks"][1]["score"], 3);
    assert_eq!(reviews[0]["marks"][1]["scale"], 5);
    assert_eq!(json["admin"]["award"]["sponsor"], "Fundação Exemplo");
}

on_both_backends!(the_ranking_keeps_the_whole_field_after_results);

async fn closing_a_call_early_names_its_consequences(backend: Backend) {
    let s = setup(backend).await;
    // An open call of Turin: the dialog on its form carries the numbers.
    let turin = crate::calls::turin(&s.server).await;
    let call = crate::proposals::open_call(&s.server, turin).await;
    let admin = turin
        .find::<role::Entity>()
        .filter(role::Column::Role.eq(Role::TenantAdmin))
        .one(&s.server.store.db)
        .await
        .expect("query")
        .expect("Turin's admin");
    let browser = Browser::signed_in(&s.server, "turin", turin.get(), admin.user_id.get()).await;
    let page = browser
        .get(&s.server.url(&format!("/t/turin/admin/calls/{}", call.id)))
        .await;
    assert_eq!(page.status, 200);
    let dialog = dialog_of(&page, &format!("/t/turin/admin/calls/{}/close", call.id));
    let drafts = turin
        .find::<proposals::Entity>()
        .filter(proposals::Column::CallId.eq(call.id))
        .filter(proposals::Column::Status.eq(proposals::Status::Draft))
        .all(&s.server.store.db)
        .await
        .expect("drafts")
        .len();
    let eligible = s
        .server
        .state
        .locales
        .for_lang(Lang::It)
        .number(i64::from(call.eligible_headcount));
    assert!(dialog.contains(&eligible), "{eligible} in {dialog}");
    if drafts > 0 {
        assert!(dialog.contains(&format!("{drafts} bozz")), "{dialog}");
    }
    // The page without JavaScript states the same.
    let asked = submit(
        &browser,
        &s.server.url(&format!("/t/turin/admin/calls/{}", call.id)),
        &s.server
            .url(&format!("/t/turin/admin/calls/{}/close", call.id)),
        &[],
    )
    .await;
    assert_eq!(asked.status, 200);
    assert!(asked.body.contains(&eligible));
}

on_both_backends!(closing_a_call_early_names_its_consequences);
