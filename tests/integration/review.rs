//! Blind review on Porto's demo call in review: the jury, the assignment's
//! rules, a juror's sweep of everything they can reach looking for any
//! author, what a juror may not do, concurrent saves, sealed identities
//! and the decisions up to published results.

use chrono::Utc;
use innovato::ids::{CallId, PersonId, ProposalId};
use innovato::{
    attachments, audit,
    calls::{self, Phase},
    i18n::Lang,
    organisation::division,
    people::{Role, role, user},
    proposals::{self, Status, member},
    review,
    tenancy::TenantId,
    tenants,
};
use object_store::{ObjectStoreExt, PutPayload, path::Path as StorePath};
use sea_orm::{
    ActiveModelTrait,
    ActiveValue::{NotSet, Set},
    ColumnTrait, IntoActiveModel, QueryFilter, QueryOrder,
};

use crate::support::{Backend, Browser, Page, TestServer, on_both_backends};

pub(crate) async fn porto(server: &TestServer) -> TenantId {
    TenantId::of(
        &tenants::find_by_slug(&server.store.db, "porto")
            .await
            .expect("query")
            .expect("Porto"),
    )
}

/// Porto's demo call whose deadline has passed: its proposals are in review.
async fn review_call(server: &TestServer, scope: TenantId) -> calls::Model {
    scope
        .find::<calls::Entity>()
        .filter(calls::Column::Phase.eq(Phase::Review))
        .one(&server.store.db)
        .await
        .expect("query")
        .expect("a call in review")
}

/// A person of Porto with one role; `id` picks a distinctive id.
async fn person(
    server: &TestServer,
    scope: TenantId,
    name: &str,
    division: Option<i32>,
    held: Role,
    id: Option<i32>,
) -> (i32, String) {
    let email = format!("{}@porto.example", name.to_lowercase().replace(' ', "."));
    let mut row = user::ActiveModel {
        issuer: Set("https://login.porto.example".into()),
        subject: Set(email.clone()),
        email: Set(email.clone()),
        display_name: Set(name.into()),
        division_id: Set(division),
        grade: Set(None),
        locale: Set(None),
        active: Set(true),
        created_at: Set(Utc::now()),
        ..Default::default()
    };
    if let Some(id) = id {
        row.id = Set(PersonId(id));
    }
    let made = scope.insert(row, &server.store.db).await.expect("person");
    scope
        .insert(
            role::ActiveModel {
                user_id: Set(made.id),
                role: Set(held),
                call_id: Set(None),
                created_at: Set(Utc::now()),
                ..Default::default()
            },
            &server.store.db,
        )
        .await
        .expect("role");
    (made.id.get(), email)
}

async fn divisions(server: &TestServer, scope: TenantId) -> Vec<i32> {
    scope
        .find::<division::Entity>()
        .order_by_asc(division::Column::Id)
        .all(&server.store.db)
        .await
        .expect("divisions")
        .into_iter()
        .map(|d| d.id)
        .collect()
}

/// A proposal in review written by `team` (the first leads), with one file
/// whose name carries the lead's name.
async fn proposal_by(
    server: &TestServer,
    scope: TenantId,
    call: i32,
    title: &str,
    team: &[i32],
    file_name: &str,
) -> i32 {
    let now = Utc::now();
    let made = scope
        .insert(
            proposals::ActiveModel {
                call_id: Set(CallId(call)),
                category_id: Set(None),
                locale: Set("pt".into()),
                title: Set(title.into()),
                summary: Set("Um resumo".into()),
                problem: Set("Um problema".into()),
                solution: Set("Uma solução".into()),
                benefits: Set(String::new()),
                resources: Set(String::new()),
                status: Set(Status::InReview),
                submitted_at: Set(Some(now)),
                created_at: Set(now),
                updated_at: Set(now),
                idempotency_key: Set(None),
                award_index: Set(None),
                ..Default::default()
            },
            &server.store.db,
        )
        .await
        .expect("proposal");
    for (i, author) in team.iter().enumerate() {
        scope
            .insert(
                member::ActiveModel {
                    proposal_id: Set(made.id),
                    user_id: Set(Some(PersonId(*author))),
                    role: Set(if i == 0 {
                        member::MemberRole::Lead
                    } else {
                        member::MemberRole::CoAuthor
                    }),
                    status: Set(member::MemberStatus::Accepted),
                    ..Default::default()
                },
                &server.store.db,
            )
            .await
            .expect("member");
    }
    let key = format!("test/{}", uuid::Uuid::new_v4());
    server
        .state
        .attachments
        .store
        .put(
            &StorePath::from(key.as_str()),
            PutPayload::from(b"%PDF-1.4\n%%EOF\n".to_vec()),
        )
        .await
        .expect("stored");
    scope
        .insert(
            attachments::ActiveModel {
                proposal_id: Set(made.id),
                file_name: Set(file_name.into()),
                content_type: Set("application/pdf".into()),
                size: Set(15),
                storage_key: Set(key),
                created_at: Set(now),
                ..Default::default()
            },
            &server.store.db,
        )
        .await
        .expect("attachment");
    made.id.get()
}

/// Porto's demo administrator.
async fn porto_admin(server: &TestServer, scope: TenantId) -> (i32, Browser) {
    let grant = scope
        .find::<role::Entity>()
        .filter(role::Column::Role.eq(Role::TenantAdmin))
        .one(&server.store.db)
        .await
        .expect("query")
        .expect("an admin");
    (
        grant.user_id.get(),
        Browser::signed_in(server, "porto", scope.get(), grant.user_id.get()).await,
    )
}

/// Posts a form of the page at `page_url`, with its CSRF token.
pub(crate) async fn submit(
    browser: &Browser,
    page_url: &str,
    action: &str,
    fields: &[(&str, &str)],
) -> Page {
    let page = browser.get(page_url).await;
    let csrf = page.csrf();
    let mut form = vec![("csrf", csrf.as_str())];
    form.extend_from_slice(fields);
    browser.post(action, &form).await
}

pub(crate) async fn reviews(server: &TestServer, scope: TenantId, call: i32) -> Vec<review::Model> {
    scope
        .find::<review::Entity>()
        .filter(review::entity::Column::CallId.eq(call))
        .order_by_asc(review::entity::Column::Id)
        .all(&server.store.db)
        .await
        .expect("reviews")
}

/// The review's people: a jury of two employees (one in a division that
/// authors share), one without division and the demo's outside expert; and
/// two proposals by authors with distinctive ids, names and emails.
pub(crate) struct Setup {
    pub(crate) server: TestServer,
    pub(crate) scope: TenantId,
    pub(crate) call: calls::Model,
    pub(crate) admin: Browser,
    pub(crate) jurors: Vec<(i32, String)>,
    pub(crate) authors: Vec<(i32, String, String)>,
    pub(crate) ours: Vec<i32>,
}

pub(crate) async fn setup(backend: Backend) -> Setup {
    let server = TestServer::demo(backend).await;
    let scope = porto(&server).await;
    let call = review_call(&server, scope).await;
    let divisions = divisions(&server, scope).await;
    let (_, admin) = porto_admin(&server, scope).await;
    let mut jurors = vec![
        person(
            &server,
            scope,
            "Rui Juiz",
            Some(divisions[0]),
            Role::Employee,
            None,
        )
        .await,
        person(
            &server,
            scope,
            "Sara Avaliadora",
            None,
            Role::Employee,
            None,
        )
        .await,
        person(
            &server,
            scope,
            "Tiago Jurado",
            Some(divisions[3]),
            Role::Employee,
            None,
        )
        .await,
    ];
    let expert = scope
        .find::<role::Entity>()
        .filter(role::Column::Role.eq(Role::Juror))
        .one(&server.store.db)
        .await
        .expect("query")
        .expect("the demo's outside expert");
    let expert = scope
        .find_by_id::<user::Entity>(expert.user_id)
        .one(&server.store.db)
        .await
        .expect("query")
        .expect("expert");
    jurors.push((expert.id.get(), expert.email.clone()));
    // Distinctive ids, so that finding one in a page cannot be chance.
    let mut authors = Vec::new();
    for (n, name) in [
        "Aurélia Quintavalle",
        "Bartolomeu Xisto",
        "Crisanta Zebedeu",
    ]
    .iter()
    .enumerate()
    {
        let (id, email) = person(
            &server,
            scope,
            name,
            Some(divisions[n % 2]),
            Role::Employee,
            Some(900_001 + n as i32),
        )
        .await;
        authors.push((id, (*name).to_owned(), email));
    }
    let ours = vec![
        proposal_by(
            &server,
            scope,
            call.id.get(),
            "Hortas nos telhados",
            &[authors[0].0, authors[1].0],
            "Aurelia_Quintavalle_ideia.pdf",
        )
        .await,
        proposal_by(
            &server,
            scope,
            call.id.get(),
            "Bicicletas partilhadas",
            &[authors[2].0],
            "crisanta.zebedeu@porto.example.pdf",
        )
        .await,
    ];
    let review_url = server.url(&format!("/t/porto/admin/calls/{}/review", call.id));
    let add = server.url(&format!("/t/porto/admin/calls/{}/jury", call.id));
    for (_, email) in &jurors {
        let added = submit(&admin, &review_url, &add, &[("email", email)]).await;
        assert_eq!(added.status, 303, "{}", added.body);
    }
    Setup {
        server,
        scope,
        call,
        admin,
        jurors,
        authors,
        ours,
    }
}

impl Setup {
    pub(crate) fn url(&self, path: &str) -> String {
        self.server.url(&format!("/t/porto{path}"))
    }

    pub(crate) async fn start(&self) {
        let started = submit(
            &self.admin,
            &self.url(&format!("/admin/calls/{}/review", self.call.id)),
            &self.url(&format!("/admin/calls/{}/review/assign", self.call.id)),
            &[],
        )
        .await;
        assert_eq!(started.status, 303, "{}", started.body);
    }

    pub(crate) async fn juror(&self, n: usize) -> Browser {
        Browser::signed_in(&self.server, "porto", self.scope.get(), self.jurors[n].0).await
    }

    async fn team_divisions(&self, proposal: i32) -> Vec<Option<i32>> {
        let team: Vec<PersonId> = self
            .scope
            .find::<member::Entity>()
            .filter(member::Column::ProposalId.eq(proposal))
            .all(&self.server.store.db)
            .await
            .expect("team")
            .into_iter()
            .filter_map(|m| m.user_id)
            .collect();
        self.scope
            .find::<user::Entity>()
            .filter(user::Column::Id.is_in(team))
            .all(&self.server.store.db)
            .await
            .expect("people")
            .into_iter()
            .map(|u| u.division_id)
            .collect()
    }
}

async fn jury_forms_and_assignment_keeps_the_rules(backend: Backend) {
    let s = setup(backend).await;
    let page_url = s.url(&format!("/admin/calls/{}/review", s.call.id));
    let add = s.url(&format!("/admin/calls/{}/jury", s.call.id));

    // An administrator cannot judge; an unknown email is named as such.
    let admin_email = s
        .scope
        .find::<user::Entity>()
        .filter(user::Column::Id.eq(porto_admin(&s.server, s.scope).await.0))
        .one(&s.server.store.db)
        .await
        .expect("query")
        .expect("admin")
        .email;
    let refused = submit(&s.admin, &page_url, &add, &[("email", &admin_email)]).await;
    assert_eq!(refused.status, 422);
    assert!(
        refused.body.contains(&pt(&s.server, "jury-error-admin")),
        "{}",
        refused.body
    );
    let unknown = submit(
        &s.admin,
        &page_url,
        &add,
        &[("email", "nobody@porto.example")],
    )
    .await;
    assert_eq!(unknown.status, 422);
    assert!(
        unknown.body.contains("nobody@porto.example"),
        "the typed email is kept"
    );

    s.start().await;
    let all = reviews(&s.server, s.scope, s.call.id.get()).await;
    let judged = review::service::judged_proposals(&s.server.store.db, s.scope, s.call.id)
        .await
        .expect("judged");
    // Three reviews for each proposal (or as many as there are jurors
    // outside its team's divisions), never twice the same juror, never a
    // juror of a team member's division; what is short is shown and why.
    let admin_page = s
        .admin
        .get(&s.url(&format!("/admin/calls/{}/review", s.call.id)))
        .await;
    let mut juror_divisions = Vec::new();
    for (id, _) in &s.jurors {
        let juror = s
            .scope
            .find_by_id::<user::Entity>(PersonId(*id))
            .one(&s.server.store.db)
            .await
            .expect("query")
            .expect("juror");
        juror_divisions.push((juror.id, juror.division_id));
    }
    let mut expected_total = 0;
    let mut short = 0;
    for p in &judged {
        let mine: Vec<&review::Model> = all.iter().filter(|r| r.proposal_id == p.id).collect();
        let team_divisions = s.team_divisions(p.id.get()).await;
        let eligible = juror_divisions
            .iter()
            .filter(|(_, d)| d.is_none_or(|d| !team_divisions.contains(&Some(d))))
            .count();
        let expected = eligible.min(3);
        expected_total += expected;
        assert_eq!(mine.len(), expected, "proposal {}", p.id);
        let mut jurors: Vec<PersonId> = mine.iter().map(|r| r.juror_id).collect();
        jurors.sort_unstable();
        jurors.dedup();
        assert_eq!(jurors.len(), mine.len());
        for r in mine {
            let (_, division) = juror_divisions
                .iter()
                .find(|(id, _)| *id == r.juror_id)
                .expect("a juror of the jury");
            if let Some(d) = division {
                assert!(
                    !team_divisions.contains(&Some(*d)),
                    "division conflict on {}",
                    p.id
                );
            }
        }
        if expected < 3 {
            short += 1;
            let listed = admin_page
                .body
                .split(&pt(&s.server, "review-short-heading"))
                .nth(1)
                .expect("a list of proposals short of reviewers");
            assert!(listed.contains(&p.title), "{} is listed as short", p.title);
        }
    }
    assert!(
        short > 0,
        "Porto's teams span divisions: some lack reviewers"
    );
    assert_eq!(all.len(), expected_total);
    // The two jurors without a division share the rest evenly.
    let load = |j: i32| all.iter().filter(|r| r.juror_id == PersonId(j)).count();
    let free = [load(s.jurors[1].0), load(s.jurors[3].0)];
    assert!(free[0].abs_diff(free[1]) <= 1, "{free:?}");

    // An employee on the jury finds their reviews from their proposals.
    let juror = s.juror(1).await;
    let mine = juror.get(&s.url("/proposals")).await;
    assert!(
        mine.body.contains("href=\"/t/porto/review\""),
        "{}",
        mine.body
    );
    // A declared conflict hands the proposal to someone else, who is told.
    let theirs = all
        .iter()
        .find(|r| r.juror_id == PersonId(s.jurors[1].0))
        .expect("one");
    let review_url = s.url(&format!("/review/{}", theirs.id));
    let declared = submit(
        &juror,
        &review_url,
        &s.url(&format!("/review/{}/conflict", theirs.id)),
        &[("reason", "Trabalhei com esta equipa")],
    )
    .await;
    assert_eq!(declared.status, 303, "{}", declared.body);
    let after = reviews(&s.server, s.scope, s.call.id.get()).await;
    let on_it: Vec<&review::Model> = after
        .iter()
        .filter(|r| r.proposal_id == theirs.proposal_id)
        .collect();
    assert_eq!(
        on_it
            .iter()
            .filter(|r| r.state == review::State::Assigned)
            .count(),
        on_it.len() - 1,
        "the conflicting review is set aside"
    );
    let reassigned = on_it.iter().any(|r| {
        r.state == review::State::Assigned && r.id > theirs.id && !all.iter().any(|a| a.id == r.id)
    });
    let admin_page = s.admin.get(&page_url).await;
    if !reassigned {
        // Nobody could take it: the admin sees which proposal and why.
        assert!(
            admin_page
                .body
                .contains(&pt(&s.server, "review-short-heading")),
            "{}",
            admin_page.body
        );
    }
    assert_eq!(juror.get(&review_url).await.status, 404, "no longer theirs");
}

/// Every link of a juror's pages, followed from the home page and the
/// review pages, as far as they go on the city's site.
async fn crawl(s: &Setup, browser: &Browser, start: Vec<String>) -> Vec<(String, Page)> {
    let mut seen: Vec<String> = Vec::new();
    let mut queue = start;
    let mut pages = Vec::new();
    while let Some(path) = queue.pop() {
        if seen.contains(&path) || seen.len() > 400 {
            continue;
        }
        seen.push(path.clone());
        let page = browser.get(&s.server.url(&path)).await;
        let mut rest = page.body.as_str();
        while let Some(at) = rest.find("href=\"") {
            rest = &rest[at + 6..];
            let end = rest.find('"').unwrap_or(0);
            let link = rest[..end].replace("&amp;", "&");
            if link.starts_with("/t/porto/") && !link.contains("signout") {
                queue.push(link);
            }
        }
        pages.push((path, page));
    }
    pages
}

async fn a_juror_finds_no_author_anywhere(backend: Backend) {
    let s = setup(backend).await;
    s.start().await;
    // Demo authors of the call too: their names and emails.
    let judged = review::service::judged_proposals(&s.server.store.db, s.scope, s.call.id)
        .await
        .expect("judged");
    let teams = review::service::teams_of(
        &s.server.store.db,
        &s.server.state.secrets,
        s.scope,
        judged.iter().map(|p| p.id).collect(),
    )
    .await
    .expect("teams");
    let mut needles: Vec<String> = Vec::new();
    for id in teams.values().flatten() {
        let u = s
            .scope
            .find_by_id::<user::Entity>(*id)
            .one(&s.server.store.db)
            .await
            .expect("query")
            .expect("author");
        needles.push(u.email.to_lowercase());
        needles.push(u.display_name.to_lowercase());
    }
    for (id, name, email) in &s.authors {
        needles.push(id.to_string());
        needles.push(name.to_lowercase());
        needles.push(email.to_lowercase());
        // The file names carried these spellings.
        needles.push("quintavalle".into());
        needles.push("zebedeu".into());
    }
    let mut checked = 0;
    for n in 0..s.jurors.len() {
        let browser = s.juror(n).await;
        let own_name = s
            .scope
            .find_by_id::<user::Entity>(PersonId(s.jurors[n].0))
            .one(&s.server.store.db)
            .await
            .expect("query")
            .expect("juror")
            .display_name
            .to_lowercase();
        let mine: Vec<review::Model> = reviews(&s.server, s.scope, s.call.id.get())
            .await
            .into_iter()
            .filter(|r| r.juror_id == PersonId(s.jurors[n].0))
            .collect();
        assert!(!mine.is_empty());
        let mut start = vec![
            "/t/porto/".to_owned(),
            "/t/porto/review".to_owned(),
            format!("/t/porto/review/calls/{}", s.call.id),
            "/t/porto/api/v1/me".to_owned(),
            "/t/porto/api/v1/calls".to_owned(),
            format!("/t/porto/api/v1/calls/{}", s.call.id),
            format!("/t/porto/api/v1/calls/{}/proposals", s.call.id),
            "/t/porto/api/v1/proposals".to_owned(),
            "/t/porto/notifications".to_owned(),
            "/t/porto/account".to_owned(),
            "/t/porto/account/export".to_owned(),
            format!("/t/porto/admin/calls/{}/proposals", s.call.id),
            format!("/t/porto/admin/calls/{}/ranking", s.call.id),
            "/t/porto/review/999999".to_owned(),
        ];
        for p in &judged {
            start.push(format!("/t/porto/proposals/{}", p.id));
        }
        for r in &mine {
            start.push(format!("/t/porto/review/{}/files/1", r.id));
            start.push(format!("/t/porto/review/{}?lang=en", r.id));
        }
        let mut pages = crawl(&s, &browser, start).await;
        // What saving answers, refused and accepted.
        for r in &mine {
            let url = s.url(&format!("/review/{}", r.id));
            let csrf = browser.get(&url).await.csrf();
            pages.push((
                format!("{url} (bad score)"),
                browser
                    .post(&url, &[("csrf", &csrf), ("score", "99")])
                    .await,
            ));
            pages.push((
                format!("{url} (saved)"),
                browser
                    .post(
                        &url,
                        &[
                            ("csrf", &csrf),
                            ("score", "3"),
                            ("score", "4"),
                            ("score", "2"),
                        ],
                    )
                    .await,
            ));
        }
        for (path, page) in &pages {
            let mut haystack = page.body.to_lowercase();
            for (name, value) in &page.headers {
                haystack.push_str(&format!(
                    "\n{name}: {}",
                    value.to_str().unwrap_or_default().to_lowercase()
                ));
            }
            for needle in &needles {
                if *needle == own_name {
                    continue;
                }
                assert!(
                    !haystack.contains(needle.as_str()),
                    "juror {n} found {needle:?} at {path} ({})",
                    page.status
                );
            }
            checked += 1;
        }
        // The sweep did reach the proposals themselves.
        for r in &mine {
            let title = &judged
                .iter()
                .find(|p| p.id == r.proposal_id)
                .expect("judged")
                .title;
            let path = format!("/t/porto/review/{}", r.id);
            let (_, page) = pages
                .iter()
                .find(|(p, _)| *p == path)
                .expect("the sweep reached every assigned proposal");
            assert!(page.body.contains(title.as_str()));
        }
        // Files come under neutral names.
        for r in mine
            .iter()
            .filter(|r| s.ours.contains(&r.proposal_id.get()))
        {
            let file = browser
                .get(&s.url(&format!("/review/{}/files/1", r.id)))
                .await;
            assert_eq!(file.status, 200);
            assert_eq!(
                file.header("content-disposition"),
                Some("attachment; filename=\"file\"; filename*=UTF-8''attachment-1.pdf")
            );
        }
    }
    assert!(checked > 40, "only {checked} responses were checked");
}

async fn a_juror_cannot_step_outside_their_reviews(backend: Backend) {
    let s = setup(backend).await;
    s.start().await;
    let all = reviews(&s.server, s.scope, s.call.id.get()).await;
    let me = s.jurors[1].0;
    let browser = s.juror(1).await;
    let mine = all
        .iter()
        .find(|r| r.juror_id == PersonId(me))
        .expect("mine");
    let other = all
        .iter()
        .find(|r| r.juror_id != PersonId(me))
        .expect("another juror's");
    let csrf = browser
        .get(&s.url(&format!("/review/{}", mine.id)))
        .await
        .csrf();

    // Another juror's review: not there, to read or to write.
    assert_eq!(
        browser
            .get(&s.url(&format!("/review/{}", other.id)))
            .await
            .status,
        404
    );
    let write = browser
        .post(
            &s.url(&format!("/review/{}", other.id)),
            &[("csrf", &csrf), ("score", "1")],
        )
        .await;
    assert_eq!(write.status, 404);
    let conflict = browser
        .post(
            &s.url(&format!("/review/{}/conflict", other.id)),
            &[("csrf", &csrf)],
        )
        .await;
    assert_eq!(conflict.status, 404);
    assert_eq!(
        browser
            .get(&s.url(&format!("/review/{}/files/1", other.id)))
            .await
            .status,
        404
    );
    // A proposal not assigned to them, by any door.
    let unassigned = all
        .iter()
        .map(|r| r.proposal_id)
        .find(|p| {
            !all.iter()
                .any(|r| r.proposal_id == *p && r.juror_id == PersonId(me))
        })
        .expect("a proposal not assigned to this juror");
    assert_eq!(
        browser
            .get(&s.url(&format!("/proposals/{unassigned}")))
            .await
            .status,
        404
    );
    // Another call: not their jury.
    let mut copy = s.call.clone().into_active_model().reset_all();
    copy.id = NotSet;
    let other_call = s
        .scope
        .insert(copy, &s.server.store.db)
        .await
        .expect("another call in review");
    assert_eq!(
        browser
            .get(&s.url(&format!("/review/calls/{}", other_call.id)))
            .await
            .status,
        404
    );
    // The admin's pages and other people's scores.
    for path in ["ranking", "review", "proposals"] {
        let page = browser
            .get(&s.url(&format!("/admin/calls/{}/{path}", s.call.id)))
            .await;
        assert_eq!(page.status, 403, "{path}");
    }
    let decide = browser
        .post(
            &s.url(&format!(
                "/admin/calls/{}/decisions/{}",
                s.call.id, mine.proposal_id
            )),
            &[("csrf", &csrf), ("decision", "award-0")],
        )
        .await;
    assert_eq!(decide.status, 403);
    // The same juror in another city: nothing.
    let lisbon_like = Browser::signed_in(&s.server, "turin", s.scope.get(), me).await;
    assert_eq!(
        lisbon_like
            .get(&s.server.url(&format!("/t/turin/review/{}", mine.id)))
            .await
            .status,
        303,
        "a Porto session is no session in Turin"
    );

    // Scores within the scale are saved; once scoring closes, nothing changes.
    let url = s.url(&format!("/review/{}", mine.id));
    let saved = browser
        .post(
            &url,
            &[
                ("csrf", &csrf),
                ("score", "5"),
                ("score", "4"),
                ("score", "3"),
            ],
        )
        .await;
    assert_eq!(saved.status, 200, "{}", saved.body);
    let off_scale = browser
        .post(
            &url,
            &[
                ("csrf", &csrf),
                ("score", "11"),
                ("score", "4"),
                ("score", "3"),
            ],
        )
        .await;
    assert_eq!(off_scale.status, 422);
    assert!(
        off_scale.body.contains("value=\"11\""),
        "what was typed is shown back"
    );
    let closed = submit(
        &s.admin,
        &s.url(&format!("/admin/calls/{}/review", s.call.id)),
        &s.url(&format!("/admin/calls/{}/review/close", s.call.id)),
        &[("confirm", "yes")],
    )
    .await;
    assert_eq!(closed.status, 303);
    let late = browser
        .post(
            &url,
            &[
                ("csrf", &csrf),
                ("score", "1"),
                ("score", "1"),
                ("score", "1"),
            ],
        )
        .await;
    assert_eq!(late.status, 409);
    let late_conflict = browser
        .post(
            &s.url(&format!("/review/{}/conflict", mine.id)),
            &[("csrf", &csrf)],
        )
        .await;
    assert_eq!(late_conflict.status, 409);
    let stored = reviews(&s.server, s.scope, s.call.id.get())
        .await
        .into_iter()
        .find(|r| r.id == mine.id)
        .expect("still there");
    let scores: Vec<Option<u32>> = stored.marks(3).iter().map(|m| m.score).collect();
    assert_eq!(scores, [Some(5), Some(4), Some(3)]);
}

async fn identical_saves_at_once_leave_one_score(backend: Backend) {
    let s = setup(backend).await;
    s.start().await;
    let me = s.jurors[3].0;
    let browser = s.juror(3).await;
    let mine = reviews(&s.server, s.scope, s.call.id.get())
        .await
        .into_iter()
        .find(|r| r.juror_id == PersonId(me))
        .expect("mine");
    let url = s.url(&format!("/review/{}", mine.id));
    let csrf = browser.get(&url).await.csrf();
    let form = [
        ("csrf", csrf.as_str()),
        ("score", "4"),
        ("score", "4"),
        ("score", "5"),
    ];
    let answers = futures_join(&browser, &url, &form, 8).await;
    assert!(answers.iter().all(|a| *a == 200), "{answers:?}");
    let rows: Vec<review::Model> = reviews(&s.server, s.scope, s.call.id.get())
        .await
        .into_iter()
        .filter(|r| r.juror_id == PersonId(me) && r.proposal_id == mine.proposal_id)
        .collect();
    assert_eq!(rows.len(), 1);
    assert!(rows[0].complete);
    let logged = s
        .scope
        .find::<audit::Entity>()
        .filter(audit::Column::Action.eq("review.score"))
        .filter(audit::Column::SubjectId.eq(mine.id))
        .all(&s.server.store.db)
        .await
        .expect("audit");
    assert_eq!(logged.len(), 1, "one change, logged once");
}

/// Sends the same form `n` times at once; the statuses.
async fn futures_join(browser: &Browser, url: &str, form: &[(&str, &str)], n: usize) -> Vec<u16> {
    let form: Vec<(String, String)> = form
        .iter()
        .map(|(k, v)| ((*k).to_owned(), (*v).to_owned()))
        .collect();
    let mut pending = tokio::task::JoinSet::new();
    for _ in 0..n {
        let (browser, url, form) = (browser.clone(), url.to_owned(), form.clone());
        pending.spawn(async move {
            let pairs: Vec<(&str, &str)> =
                form.iter().map(|(k, v)| (k.as_str(), v.as_str())).collect();
            browser.post(&url, &pairs).await.status
        });
    }
    pending.join_all().await
}

/// A message in Portuguese (Porto's language), as a page shows it.
fn pt(server: &TestServer, id: &str) -> String {
    crate::support::message(server, Lang::Pt, id)
}

async fn sealed_identities_need_two_admins(backend: Backend) {
    let s = setup(backend).await;
    let mut sealed = s.call.clone().into_active_model();
    sealed.seal_identities = Set(true);
    s.scope
        .update(sealed, &s.server.store.db)
        .await
        .expect("sealed");
    let list = s.url(&format!("/admin/calls/{}/proposals", s.call.id));
    let names: Vec<&str> = s.authors.iter().map(|(_, n, _)| n.as_str()).collect();
    for path in [list.clone(), format!("{list}?format=csv")] {
        let page = s.admin.get(&path).await;
        assert_eq!(page.status, 200);
        assert!(page.body.contains("Hortas nos telhados"));
        for name in &names {
            assert!(!page.body.contains(name), "{name} on {path}");
        }
    }
    let file = s
        .scope
        .find::<attachments::Entity>()
        .filter(attachments::Column::ProposalId.eq(s.ours[0]))
        .one(&s.server.store.db)
        .await
        .expect("query")
        .expect("file");
    let download = s
        .admin
        .get(&s.url(&format!("/proposals/{}/attachments/{}", s.ours[0], file.id)))
        .await;
    assert_eq!(download.status, 200);
    assert!(
        !download
            .header("content-disposition")
            .unwrap_or_default()
            .contains("Quintavalle")
    );
    // The admin is warned that a file name names its team, without who.
    let review_page = s
        .admin
        .get(&s.url(&format!("/admin/calls/{}/review", s.call.id)))
        .await;
    assert!(review_page.body.contains("Hortas nos telhados"));
    for name in &names {
        assert!(!review_page.body.contains(name));
    }

    // One admin asks, with a reason; they cannot confirm themselves.
    let (first_id, first) = porto_admin(&s.server, s.scope).await;
    let review_url = s.url(&format!("/admin/calls/{}/review", s.call.id));
    let no_reason = submit(
        &first,
        &review_url,
        &s.url(&format!("/admin/calls/{}/identities/request", s.call.id)),
        &[("reason", " ")],
    )
    .await;
    assert_eq!(no_reason.status, 422);
    let asked = submit(
        &first,
        &review_url,
        &s.url(&format!("/admin/calls/{}/identities/request", s.call.id)),
        &[("reason", "Suspeita de plágio")],
    )
    .await;
    assert_eq!(asked.status, 303, "{}", asked.body);
    let alone = submit(
        &first,
        &review_url,
        &s.url(&format!("/admin/calls/{}/identities/confirm", s.call.id)),
        &[],
    )
    .await;
    assert_eq!(alone.status, 422);
    assert!(
        !s.admin.get(&list).await.body.contains(names[0]),
        "still sealed"
    );
    // A second admin confirms: the teams show, and both steps are logged.
    let (second_id, _) = person(
        &s.server,
        s.scope,
        "Vera Segunda",
        None,
        Role::TenantAdmin,
        None,
    )
    .await;
    let second = Browser::signed_in(&s.server, "porto", s.scope.get(), second_id).await;
    let confirmed = submit(
        &second,
        &review_url,
        &s.url(&format!("/admin/calls/{}/identities/confirm", s.call.id)),
        &[],
    )
    .await;
    assert_eq!(confirmed.status, 303, "{}", confirmed.body);
    assert!(s.admin.get(&list).await.body.contains(names[0]));
    let opened = s
        .scope
        .find::<audit::Entity>()
        .filter(audit::Column::Action.eq("identities.open"))
        .one(&s.server.store.db)
        .await
        .expect("query")
        .expect("logged");
    assert_eq!(opened.actor_id, Some(PersonId(second_id)));
    assert!(
        opened.after.contains("Suspeita de plágio") && opened.after.contains(&first_id.to_string())
    );
}

async fn decisions_publish_results_and_freeze_scores(backend: Backend) {
    let s = setup(backend).await;
    s.start().await;
    // Every juror scores every review.
    for n in 0..s.jurors.len() {
        let browser = s.juror(n).await;
        for r in reviews(&s.server, s.scope, s.call.id.get())
            .await
            .iter()
            .filter(|r| r.juror_id == PersonId(s.jurors[n].0))
        {
            let url = s.url(&format!("/review/{}", r.id));
            let csrf = browser.get(&url).await.csrf();
            let score = ((r.proposal_id.get() + n as i32) % 5 + 1).to_string();
            let saved = browser
                .post(
                    &url,
                    &[
                        ("csrf", &csrf),
                        ("score", &score),
                        ("score", "3"),
                        ("score", "4"),
                    ],
                )
                .await;
            assert_eq!(saved.status, 200);
        }
    }
    let base = format!("/admin/calls/{}", s.call.id);
    let ranking_url = s.url(&format!("{base}/ranking"));
    // No decision before scoring closes.
    let early = submit(
        &s.admin,
        &ranking_url,
        &s.url(&format!("{base}/decisions/{}", s.ours[0])),
        &[("decision", "award-0")],
    )
    .await;
    assert_eq!(early.status, 409);
    submit(
        &s.admin,
        &s.url(&format!("{base}/review")),
        &s.url(&format!("{base}/review/close")),
        &[("confirm", "yes")],
    )
    .await;
    let ranking = s.admin.get(&ranking_url).await;
    assert_eq!(ranking.status, 200);
    assert!(
        ranking.body.contains("alfa de Krippendorff") || ranking.body.contains("Krippendorff"),
        "{}",
        ranking.body
    );
    let awarded = submit(
        &s.admin,
        &ranking_url,
        &s.url(&format!("{base}/decisions/{}", s.ours[0])),
        &[("decision", "award")],
    )
    .await;
    assert_eq!(awarded.status, 303, "{}", awarded.body);
    let shortlisted = submit(
        &s.admin,
        &ranking_url,
        &s.url(&format!("{base}/decisions/{}", s.ours[1])),
        &[("decision", "shortlist")],
    )
    .await;
    assert_eq!(shortlisted.status, 303);
    let bogus = submit(
        &s.admin,
        &ranking_url,
        &s.url(&format!("{base}/decisions/{}", s.ours[1])),
        &[("decision", "award-99")],
    )
    .await;
    assert_eq!(bogus.status, 400);
    let published = submit(
        &s.admin,
        &ranking_url,
        &s.url(&format!("{base}/results")),
        &[("confirm", "yes")],
    )
    .await;
    assert_eq!(published.status, 303, "{}", published.body);

    let status_of = |id: i32| {
        let db = s.server.store.db.clone();
        let scope = s.scope;
        async move {
            scope
                .find_by_id::<proposals::Entity>(ProposalId(id))
                .one(&db)
                .await
                .expect("query")
                .expect("proposal")
                .status
        }
    };
    assert_eq!(status_of(s.ours[0]).await, Status::InImplementation);
    // The winner became a project; the others did not.
    let made: Vec<Option<i32>> = s
        .scope
        .find::<innovato::projects::Entity>()
        .filter(innovato::projects::entity::Column::CallId.eq(s.call.id))
        .all(&s.server.store.db)
        .await
        .expect("projects")
        .into_iter()
        .map(|p| p.proposal_id.map(ProposalId::get))
        .collect();
    assert_eq!(made, [Some(s.ours[0])]);
    assert_eq!(status_of(s.ours[1]).await, Status::NotSelected);
    // Every team is told, in the app.
    for (author, _, _) in &s.authors {
        let told = s
            .scope
            .find::<innovato::notifications::Entity>()
            .filter(innovato::notifications::Column::UserId.eq(*author))
            .all(&s.server.store.db)
            .await
            .expect("notifications");
        assert!(told.iter().any(
            |n| n.message == "notification-awarded" || n.message == "notification-not-selected"
        ));
    }
    // The public page shows the winner without its authors (Porto keeps
    // them private).
    let public = s
        .server
        .get(&format!("/t/porto/calls/{}", s.call.id), "pt")
        .await;
    assert!(
        public.body.contains("Hortas nos telhados"),
        "{}",
        public.body
    );
    assert!(!public.body.contains("Quintavalle"));
    // Scores are frozen.
    let browser = s.juror(1).await;
    let r = reviews(&s.server, s.scope, s.call.id.get())
        .await
        .into_iter()
        .find(|r| r.juror_id == PersonId(s.jurors[1].0))
        .expect("one");
    let url = s.url(&format!("/review/{}", r.id));
    let page = browser.get(&url).await;
    assert!(page.body.contains("disabled"));
    let late = browser
        .post(
            &url,
            &[
                ("csrf", &page.csrf()),
                ("score", "1"),
                ("score", "1"),
                ("score", "1"),
            ],
        )
        .await;
    assert_eq!(late.status, 409);
    let logged = s
        .scope
        .find::<audit::Entity>()
        .filter(audit::Column::Action.is_in([
            "review.score",
            "proposal.decision",
            "call.results",
            "review.start",
            "review.close",
        ]))
        .all(&s.server.store.db)
        .await
        .expect("audit");
    for action in [
        "review.score",
        "proposal.decision",
        "call.results",
        "review.start",
        "review.close",
    ] {
        assert!(
            logged.iter().any(|e| e.action == action),
            "{action} is logged"
        );
    }
}

/// On a sealed call the database holds no plain link between a person and
/// a proposal until the identities are opened; the team still finds and
/// works on its proposal.
async fn sealed_teams_are_stored_encrypted(backend: Backend) {
    let server = TestServer::demo(backend).await;
    let scope = crate::calls::turin(&server).await;
    let call = crate::proposals::open_call(&server, scope).await;
    let mut sealed = call.clone().into_active_model();
    sealed.seal_identities = Set(true);
    scope
        .update(sealed, &server.store.db)
        .await
        .expect("sealed");
    let (lead, _) = crate::proposals::employee(&server, scope, "Ottavia Sigillo", "employee").await;
    let (colleague, colleague_email) =
        crate::proposals::employee(&server, scope, "Quirino Cifra", "employee").await;
    let browser = Browser::signed_in(&server, "turin", scope.get(), lead).await;
    let url = crate::proposals::start_proposal(&server, &browser, call.id.get()).await;
    let id = crate::proposals::id_of(&url);
    let page = browser.get(&url).await;
    let invited = browser
        .post(
            &format!("{url}/team"),
            &[("csrf", &page.csrf()), ("colleague", &colleague_email)],
        )
        .await;
    assert_eq!(invited.status, 303, "{}", invited.body);
    let other = Browser::signed_in(&server, "turin", scope.get(), colleague).await;
    let answer = other.get(&url).await;
    assert_eq!(answer.status, 200, "the invited colleague finds it");
    let accepted = other
        .post(
            &format!("{url}/team/answer"),
            &[("csrf", &answer.csrf()), ("answer", "accept")],
        )
        .await;
    assert_eq!(accepted.status, 303, "{}", accepted.body);

    let rows = scope
        .find::<member::Entity>()
        .filter(member::Column::ProposalId.eq(id))
        .all(&server.store.db)
        .await
        .expect("team rows");
    assert_eq!(rows.len(), 2);
    for row in &rows {
        assert_eq!(row.user_id, None, "no plain id on a sealed call");
        let sealed = row.sealed_user.as_deref().expect("sealed id");
        assert!(!sealed.contains(&lead.to_string()) && !sealed.contains(&colleague.to_string()));
        assert!(row.member_key.as_deref().is_some_and(|k| k.len() == 64));
    }
    // The team works as ever: the lead's list, the page and its team names.
    let mine = browser.get(&server.url("/t/turin/proposals")).await;
    assert!(mine.body.contains(&format!("/proposals/{id}")));
    assert!(browser.get(&url).await.body.contains("Quirino Cifra"));
    // Results (here: two admins opening them) restore the plain link.
    innovato::proposals::member::unseal(
        &server.store.db,
        &server.state.secrets,
        scope,
        vec![ProposalId(id)],
    )
    .await
    .expect("unsealed");
    let opened: Vec<Option<i32>> = scope
        .find::<member::Entity>()
        .filter(member::Column::ProposalId.eq(id))
        .order_by_asc(member::Column::Id)
        .all(&server.store.db)
        .await
        .expect("team rows")
        .into_iter()
        .map(|m| m.user_id.map(PersonId::get))
        .collect();
    assert_eq!(opened, [Some(lead), Some(colleague)]);
    assert!(
        browser
            .get(&server.url("/t/turin/proposals"))
            .await
            .body
            .contains(&format!("/proposals/{id}"))
    );
}

on_both_backends!(
    sealed_teams_are_stored_encrypted,
    jury_forms_and_assignment_keeps_the_rules,
    a_juror_finds_no_author_anywhere,
    a_juror_cannot_step_outside_their_reviews,
    identical_saves_at_once_leave_one_score,
    sealed_identities_need_two_admins,
    decisions_publish_results_and_freeze_scores,
);

/// A juror of a call still to be judged cannot be made an admin (who sees
/// every author); and an admin who sits on a call's jury (made so before
/// this rule) cannot be the second admin opening its identities.
async fn an_admin_holds_no_jury_seat_nor_opens_its_identities(backend: Backend) {
    let s = setup(backend).await;
    let (juror, _) = s.jurors[0];
    let people = s.url("/admin/people");
    let granted = submit(
        &s.admin,
        &people,
        &s.url(&format!("/admin/people/{juror}/roles")),
        &[
            ("role", "tenant_admin"),
            ("change", "grant"),
            ("confirm", "yes"),
        ],
    )
    .await;
    assert_eq!(granted.status, 422, "{}", granted.body);
    assert!(
        granted
            .body
            .contains(&pt(&s.server, "people-error-admin-on-jury")),
        "{}",
        granted.body
    );
    let admin_roles = s
        .scope
        .find::<role::Entity>()
        .filter(role::Column::UserId.eq(juror))
        .filter(role::Column::Role.eq(Role::TenantAdmin))
        .all(&s.server.store.db)
        .await
        .expect("query");
    assert!(admin_roles.is_empty(), "the juror is not an admin");

    let mut sealed = s.call.clone().into_active_model();
    sealed.seal_identities = Set(true);
    s.scope
        .update(sealed, &s.server.store.db)
        .await
        .expect("sealed");
    s.scope
        .insert(
            role::ActiveModel {
                user_id: Set(PersonId(juror)),
                role: Set(Role::TenantAdmin),
                call_id: Set(None),
                created_at: Set(Utc::now()),
                ..Default::default()
            },
            &s.server.store.db,
        )
        .await
        .expect("an admin seated before the rule");
    let review_url = s.url(&format!("/admin/calls/{}/review", s.call.id));
    let asked = submit(
        &s.admin,
        &review_url,
        &s.url(&format!("/admin/calls/{}/identities/request", s.call.id)),
        &[("reason", "Suspeita de plágio")],
    )
    .await;
    assert_eq!(asked.status, 303, "{}", asked.body);
    let seated = s.juror(0).await;
    let confirmed = submit(
        &seated,
        &review_url,
        &s.url(&format!("/admin/calls/{}/identities/confirm", s.call.id)),
        &[],
    )
    .await;
    assert_eq!(confirmed.status, 422, "{}", confirmed.body);
    assert!(
        confirmed
            .body
            .contains(&pt(&s.server, "sealing-error-on-jury")),
        "{}",
        confirmed.body
    );
    let list = s
        .admin
        .get(&s.url(&format!("/admin/calls/{}/proposals", s.call.id)))
        .await;
    assert!(!list.body.contains(&s.authors[0].1), "still sealed");
}

on_both_backends!(an_admin_holds_no_jury_seat_nor_opens_its_identities);
