//! The employee's journey: a proposal drafted, saved as typed, shared with
//! a team, submitted once at the deadline's edge, withdrawn; and what no one
//! else may see or do.

use chrono::{Duration, Utc};
use innovato::ids::{PersonId, ProposalId};
use innovato::{
    calls::{self, Phase},
    clock::Clock,
    people::{Role, role, user},
    proposals::{self, Status, member},
    tenancy::TenantId,
};
use sea_orm::{ActiveValue::Set, ColumnTrait, DatabaseConnection, QueryFilter};

use crate::{
    calls::{admin, turin},
    support::{Backend, Browser, Page, TestServer, on_both_backends},
};

/// A new employee of Turin with this grade.
pub async fn employee(
    server: &TestServer,
    scope: TenantId,
    name: &str,
    grade: &str,
) -> (i32, String) {
    employee_in(&server.store.db, scope, name, grade).await
}

/// A new employee of Turin with this grade, straight into `db` (for a
/// server running in a process of its own).
pub async fn employee_in(
    db: &DatabaseConnection,
    scope: TenantId,
    name: &str,
    grade: &str,
) -> (i32, String) {
    let email = format!("{}@torino.example", name.to_lowercase().replace(' ', "."));
    let person = scope
        .insert(
            user::ActiveModel {
                issuer: Set("https://login.torino.example".into()),
                subject: Set(email.clone()),
                email: Set(email.clone()),
                display_name: Set(name.into()),
                division_id: Set(None),
                grade: Set(Some(grade.into())),
                locale: Set(None),
                active: Set(true),
                created_at: Set(Utc::now()),
                ..Default::default()
            },
            db,
        )
        .await
        .expect("person");
    scope
        .insert(
            role::ActiveModel {
                user_id: Set(person.id),
                role: Set(Role::Employee),
                call_id: Set(None),
                created_at: Set(Utc::now()),
                ..Default::default()
            },
            db,
        )
        .await
        .expect("role");
    (person.id.get(), email)
}

/// Turin's open demo call (Innova.TO 2026: teams of 3, directors excluded).
pub async fn open_call(server: &TestServer, scope: TenantId) -> calls::Model {
    scope
        .find::<calls::Entity>()
        .filter(calls::Column::Phase.eq(Phase::Open))
        .filter(calls::Column::Kind.eq(calls::Kind::Ideas))
        .one(&server.store.db)
        .await
        .expect("query")
        .expect("an open call")
}

/// Starts a proposal from the call's page; returns its page URL.
pub async fn start_proposal(server: &TestServer, browser: &Browser, call: i32) -> String {
    let page = browser
        .get(&server.url(&format!("/t/turin/calls/{call}")))
        .await;
    assert!(page.body.contains("Scrivi una proposta"), "{}", page.body);
    let key = between(&page.body, "name=\"idempotency_key\" value=\"", "\"");
    let created = browser
        .post(
            &server.url(&format!("/t/turin/calls/{call}/proposals")),
            &[("csrf", &page.csrf()), ("idempotency_key", &key)],
        )
        .await;
    assert_eq!(created.status, 303, "{}", created.body);
    created.location(&server.url("/"))
}

fn between(text: &str, start: &str, end: &str) -> String {
    let from = text.find(start).expect("marker") + start.len();
    let to = text[from..].find(end).expect("end") + from;
    text[from..to].to_owned()
}

/// The first category the proposal form offers (its value).
pub fn first_category(page: &Page) -> String {
    page.body
        .match_indices("<option value=\"")
        .filter_map(|(i, _)| page.body[i + 15..].split('"').next())
        .find(|v| v.parse::<i32>().is_ok())
        .expect("a category")
        .to_owned()
}

pub fn id_of(url: &str) -> i32 {
    url.rsplit('/')
        .next()
        .and_then(|id| id.parse().ok())
        .expect("id")
}

async fn save(browser: &Browser, url: &str, fields: &[(&str, &str)]) -> Page {
    let page = browser.get(url).await;
    let mut form = vec![("csrf", page.csrf())];
    form.extend(fields.iter().map(|(k, v)| (*k, (*v).to_owned())));
    let pairs: Vec<(&str, &str)> = form.iter().map(|(k, v)| (*k, v.as_str())).collect();
    browser.post(url, &pairs).await
}

async fn proposal(server: &TestServer, scope: TenantId, id: i32) -> proposals::Model {
    scope
        .find_by_id::<proposals::Entity>(ProposalId(id))
        .one(&server.store.db)
        .await
        .expect("query")
        .expect("proposal")
}

async fn employee_drafts_submits_once_and_withdraws(backend: Backend) {
    let server = TestServer::demo_with_clock(backend, Clock::fixed(Utc::now())).await;
    let scope = turin(&server).await;
    let call = open_call(&server, scope).await;
    let (giulia, _) = employee(&server, scope, "Giulia Neri", "employee").await;
    let browser = Browser::signed_in(&server, "turin", scope.get(), giulia).await;

    // A repeated click on the same form makes one proposal.
    let page = browser
        .get(&server.url(&format!("/t/turin/calls/{}", call.id)))
        .await;
    let key = between(&page.body, "name=\"idempotency_key\" value=\"", "\"");
    let form = [("csrf", page.csrf()), ("idempotency_key", key)];
    let pairs: Vec<(&str, &str)> = form.iter().map(|(k, v)| (*k, v.as_str())).collect();
    let create = server.url(&format!("/t/turin/calls/{}/proposals", call.id));
    let (first, second) =
        tokio::join!(browser.post(&create, &pairs), browser.post(&create, &pairs));
    assert_eq!((first.status, second.status), (303, 303));
    assert_eq!(first.header("location"), second.header("location"));
    let url = first.location(&server.url("/"));
    let id = id_of(&url);
    let mine = scope
        .find::<member::Entity>()
        .filter(member::Column::UserId.eq(giulia))
        .all(&server.store.db)
        .await
        .expect("query");
    assert_eq!(mine.len(), 1, "exactly one proposal");

    // Saved as typed, even incomplete; the autosave asks for JSON.
    let draft = save(
        &browser,
        &url,
        &[
            ("title", "Sensori di luce"),
            ("summary", "Luci accese solo quando serve."),
        ],
    )
    .await;
    assert_eq!(draft.status, 200);
    assert!(draft.body.contains("Salvata il"));
    let edit = browser.get(&url).await;
    let autosaved = browser
        .client_post_json(
            &url,
            &[
                ("csrf", edit.csrf().as_str()),
                ("title", "Sensori di luce negli uffici"),
                ("summary", "Luci accese solo quando serve."),
            ],
        )
        .await;
    assert_eq!(autosaved.status, 200);
    let answer: serde_json::Value = serde_json::from_str(&autosaved.body).expect("json");
    assert_eq!(answer["saved"], true);
    assert_eq!(
        proposal(&server, scope, id).await.title,
        "Sensori di luce negli uffici"
    );

    // Submitting needs what a jury needs.
    let incomplete = browser
        .post(&format!("{url}/submit"), &[("csrf", &edit.csrf())])
        .await;
    assert_eq!(incomplete.status, 422);
    assert!(
        incomplete
            .body
            .contains("Compila questo campo prima di presentare la proposta.")
    );
    assert_eq!(proposal(&server, scope, id).await.status, Status::Draft);

    let categories: Vec<String> = {
        let page = browser.get(&url).await;
        page.body
            .match_indices("<option value=\"")
            .filter_map(|(i, _)| page.body[i + 15..].split('"').next().map(str::to_owned))
            .filter(|v| v.parse::<i32>().is_ok())
            .collect()
    };
    let complete = save(
        &browser,
        &url,
        &[
            ("title", "Sensori di luce negli uffici"),
            ("summary", "Luci accese solo quando serve."),
            ("problem", "Le luci restano accese nelle sale vuote."),
            ("solution", "Sensori di presenza nelle sale riunioni."),
            ("category", &categories[0]),
            ("locale", "it"),
        ],
    )
    .await;
    assert_eq!(complete.status, 200, "{}", complete.body);
    let csrf = browser.get(&url).await.csrf();
    let submit = format!("{url}/submit");
    let form = [("csrf", csrf.as_str())];
    let (a, b) = tokio::join!(browser.post(&submit, &form), browser.post(&submit, &form));
    assert_eq!((a.status, b.status), (303, 303));
    let submitted = proposal(&server, scope, id).await;
    assert_eq!(submitted.status, Status::Submitted);
    let at = submitted.submitted_at.expect("submitted");
    let again = browser.post(&submit, &[("csrf", &csrf)]).await;
    assert_eq!(again.status, 303);
    assert_eq!(
        proposal(&server, scope, id).await.submitted_at,
        Some(at),
        "a retry changes nothing"
    );

    let mine = browser.get(&server.url("/t/turin/proposals")).await;
    assert!(mine.body.contains("Sensori di luce negli uffici") && mine.body.contains("Presentata"));

    let withdrawn = browser
        .post(
            &format!("{url}/withdraw"),
            &[("csrf", &csrf), ("confirm", "yes")],
        )
        .await;
    assert_eq!(withdrawn.status, 303);
    assert_eq!(proposal(&server, scope, id).await.status, Status::Withdrawn);
}

async fn the_deadline_is_the_servers_to_decide(backend: Backend) {
    let clock = Clock::fixed(Utc::now());
    let server = TestServer::demo_with_clock(backend, clock.clone()).await;
    let scope = turin(&server).await;
    let call = open_call(&server, scope).await;
    let (lead, _) = employee(&server, scope, "Marco Blu", "employee").await;
    let browser = Browser::signed_in(&server, "turin", scope.get(), lead).await;
    let url = start_proposal(&server, &browser, call.id.get()).await;
    let category = scope
        .find::<innovato::calls::category_link::Entity>()
        .filter(innovato::calls::category_link::Column::CallId.eq(call.id))
        .one(&server.store.db)
        .await
        .expect("query")
        .expect("the call offers a category")
        .category_id
        .to_string();
    let fields = [
        ("title", "Cartelle condivise"),
        ("summary", "Un archivio comune."),
        ("problem", "Copie dello stesso file ovunque."),
        ("solution", "Un'unica cartella condivisa."),
        ("category", category.as_str()),
    ];
    assert_eq!(save(&browser, &url, &fields).await.status, 200);
    let csrf = browser.get(&url).await.csrf();

    // One second after the deadline: refused, with the exact deadline.
    clock.set(call.submissions_close_at + Duration::seconds(1));
    let late = browser
        .post(&format!("{url}/submit"), &[("csrf", &csrf)])
        .await;
    assert_eq!(late.status, 409);
    let deadline = call
        .submissions_close_at
        .with_timezone(&chrono_tz::Europe::Rome);
    let expected = format!("ore {}", deadline.format("%H:%M"));
    assert!(
        late.body.contains("La scadenza era il") && late.body.contains(&expected),
        "{}",
        late.body
    );
    assert_eq!(
        proposal(&server, scope, id_of(&url)).await.status,
        Status::Draft,
        "nothing changed"
    );
    let late_save = save(&browser, &url, &fields).await;
    assert_eq!(late_save.status, 409);

    // One second before: accepted.
    clock.set(call.submissions_close_at - Duration::seconds(1));
    let in_time = browser
        .post(&format!("{url}/submit"), &[("csrf", &csrf)])
        .await;
    assert_eq!(in_time.status, 303);
    assert_eq!(
        proposal(&server, scope, id_of(&url)).await.status,
        Status::Submitted
    );

    // The answer was lost and the browser retries after the deadline, once
    // the call went to review: the submission stands, and the retry says so.
    clock.set(call.submissions_close_at + Duration::seconds(1));
    innovato::calls::phases::advance(&server.state, clock.now())
        .await
        .expect("phases");
    assert_eq!(
        proposal(&server, scope, id_of(&url)).await.status,
        Status::InReview
    );
    let retried = browser
        .post(&format!("{url}/submit"), &[("csrf", &csrf)])
        .await;
    assert_eq!(retried.status, 303, "{}", retried.body);
    assert_eq!(
        proposal(&server, scope, id_of(&url)).await.status,
        Status::InReview
    );
}

async fn teams_stay_within_size_and_eligibility(backend: Backend) {
    let server = TestServer::demo_with_clock(backend, Clock::fixed(Utc::now())).await;
    let scope = turin(&server).await;
    let call = open_call(&server, scope).await;
    let (lead, _) = employee(&server, scope, "Anna Verdi", "employee").await;
    let (second, second_email) = employee(&server, scope, "Luca Gialli", "employee").await;
    let (_, third_email) = employee(&server, scope, "Sara Rosa", "employee").await;
    let (_, fourth_email) = employee(&server, scope, "Paolo Viola", "employee").await;
    let (_, director_email) = employee(&server, scope, "Dora Grigi", "director").await;
    let browser = Browser::signed_in(&server, "turin", scope.get(), lead).await;
    let url = start_proposal(&server, &browser, call.id.get()).await;

    // A director sees the call, and why they cannot take part.
    let director = scope
        .find::<user::Entity>()
        .filter(user::Column::Email.eq(director_email.as_str()))
        .one(&server.store.db)
        .await
        .expect("query")
        .expect("director");
    let outsider = Browser::signed_in(&server, "turin", scope.get(), director.id.get()).await;
    let call_page = outsider
        .get(&server.url(&format!("/t/turin/calls/{}", call.id)))
        .await;
    assert_eq!(call_page.status, 200);
    assert!(call_page.body.contains(
        "Non puoi partecipare a questo bando: dipende dalla tua qualifica, che è «director»."
    ));
    assert!(!call_page.body.contains("idempotency_key"));
    let forced = outsider
        .post(
            &server.url(&format!("/t/turin/calls/{}/proposals", call.id)),
            &[
                ("csrf", &call_page.csrf()),
                ("idempotency_key", "forced-by-hand"),
            ],
        )
        .await;
    assert_eq!(forced.status, 403);

    let invite = |who: String| {
        let browser = &browser;
        let url = url.clone();
        async move {
            let csrf = browser.get(&url).await.csrf();
            browser
                .post(
                    &format!("{url}/team"),
                    &[("csrf", &csrf), ("colleague", &who)],
                )
                .await
        }
    };
    let refused = invite(director_email.clone()).await;
    assert_eq!(refused.status, 422);
    assert!(
        refused
            .body
            .contains("Dora Grigi non può partecipare a questo bando.")
    );
    let unknown = invite("nessuno@torino.example".into()).await;
    assert!(unknown.body.contains("Nessun collega di questa città"));
    assert_eq!(invite(second_email).await.status, 303);
    assert_eq!(invite("Sara Rosa".into()).await.status, 303, "by full name");
    let full = invite(fourth_email).await;
    assert_eq!(full.status, 422);
    assert!(full.body.contains("al massimo 3 persone"), "{}", full.body);
    let again = invite(third_email).await;
    assert!(again.body.contains("fa già parte del gruppo"));

    let colleague = Browser::signed_in(&server, "turin", scope.get(), second).await;
    let page = colleague.get(&url).await;
    assert!(
        page.body
            .contains("Sei invitato a far parte di questo gruppo")
    );
    let accepted = colleague
        .post(
            &format!("{url}/team/answer"),
            &[("csrf", &page.csrf()), ("answer", "accept")],
        )
        .await;
    assert_eq!(accepted.status, 303);
    let team = innovato::proposals::team_of(&server.store.db, scope, ProposalId(id_of(&url)))
        .await
        .expect("query");
    assert_eq!(team.len(), 3);
    assert_eq!(
        team.iter()
            .filter(|m| m.status == member::MemberStatus::Accepted)
            .count(),
        2
    );
}

async fn text_is_escaped_and_bad_input_is_refused_without_loss(backend: Backend) {
    let server = TestServer::demo_with_clock(backend, Clock::fixed(Utc::now())).await;
    let scope = turin(&server).await;
    let call = open_call(&server, scope).await;
    let (lead, _) = employee(&server, scope, "Elena Neri", "employee").await;
    let browser = Browser::signed_in(&server, "turin", scope.get(), lead).await;
    let url = start_proposal(&server, &browser, call.id.get()).await;
    let script = "<script>alert('x')</script>";
    for field in [
        "title",
        "summary",
        "problem",
        "solution",
        "benefits",
        "resources",
    ] {
        let saved = save(&browser, &url, &[(field, script)]).await;
        assert_eq!(saved.status, 200);
        assert!(!saved.body.contains(script), "{field} is escaped");
        assert!(
            saved.body.contains("&#60;script&#62;alert(&#39;x&#39;)"),
            "{field} is shown back"
        );
    }
    let too_long = "x".repeat(201);
    let refused = save(
        &browser,
        &url,
        &[("title", &too_long), ("summary", "da tenere")],
    )
    .await;
    assert_eq!(refused.status, 422);
    assert!(
        refused
            .body
            .contains("Il testo è troppo lungo: al massimo 200 caratteri.")
    );
    assert!(
        refused.body.contains(&too_long) && refused.body.contains("da tenere"),
        "what was typed is shown back"
    );
    let bad_category = save(&browser, &url, &[("category", "999999")]).await;
    assert_eq!(bad_category.status, 422);
    assert!(
        bad_category
            .body
            .contains("Scegli una delle categorie del bando.")
    );

    let admin = admin(&server, scope).await;
    let list = server.url(&format!("/t/turin/admin/calls/{}/proposals", call.id));
    assert_eq!(admin.get(&list).await.status, 200);
    for query in [
        "?status=hacked",
        "?sort=password",
        "?sort=title;DROP",
        "?category=abc",
        "?division=-1",
        "?category=999999",
    ] {
        assert_eq!(
            admin.get(&format!("{list}{query}")).await.status,
            400,
            "{query}"
        );
    }
    let csv = admin.get(&format!("{list}?format=csv")).await;
    assert_eq!(csv.header("content-type"), Some("text/csv; charset=utf-8"));
    assert!(csv.body.starts_with("\"Numero\",\"Titolo\""));
}

async fn other_cities_and_people_see_nothing(backend: Backend) {
    let server = TestServer::demo_with_clock(backend, Clock::fixed(Utc::now())).await;
    let scope = turin(&server).await;
    let call = open_call(&server, scope).await;
    let (lead, _) = employee(&server, scope, "Irene Bianchi", "employee").await;
    let browser = Browser::signed_in(&server, "turin", scope.get(), lead).await;
    let url = start_proposal(&server, &browser, call.id.get()).await;
    let id = id_of(&url);
    assert_eq!(
        save(&browser, &url, &[("title", "Segreto di Torino")])
            .await
            .status,
        200
    );

    // Another employee of Turin, not on the team.
    let (stranger, _) = employee(&server, scope, "Ugo Nero", "employee").await;
    let other = Browser::signed_in(&server, "turin", scope.get(), stranger).await;
    let seen = other.get(&url).await;
    assert_eq!(seen.status, 404);
    let csrf = other.get(&server.url("/t/turin/proposals")).await.csrf();
    let write = other
        .post(&url, &[("csrf", &csrf), ("title", "rubato")])
        .await;
    assert_eq!(write.status, 404);

    // Porto's people, by Porto's address and by Turin's.
    let porto = TenantId::of(
        &innovato::tenants::find_by_slug(&server.store.db, "porto")
            .await
            .expect("q")
            .expect("Porto"),
    );
    let porto_person = porto
        .find::<role::Entity>()
        .filter(role::Column::Role.eq(Role::TenantAdmin))
        .one(&server.store.db)
        .await
        .expect("query")
        .expect("Porto's admin");
    let from_porto =
        Browser::signed_in(&server, "porto", porto.get(), porto_person.user_id.get()).await;
    assert_eq!(
        from_porto
            .get(&server.url(&format!("/t/porto/proposals/{id}")))
            .await
            .status,
        404
    );
    assert_eq!(
        from_porto
            .get(&server.url(&format!("/t/turin/proposals/{id}")))
            .await
            .status,
        303,
        "no session in Turin"
    );
    let admin_list = from_porto
        .get(&server.url(&format!("/t/porto/admin/calls/{}/proposals", call.id)))
        .await;
    assert_eq!(admin_list.status, 404);
    assert!(!admin_list.body.contains("Segreto di Torino"));
    assert_eq!(
        proposal(&server, scope, id).await.title,
        "Segreto di Torino"
    );
}

/// A rule over a claim the city's sign-in keeps (here `contract`).
async fn eligibility_can_use_any_kept_claim(backend: Backend) {
    let server = TestServer::demo_with_clock(backend, Clock::fixed(Utc::now())).await;
    let scope = turin(&server).await;
    scope
        .insert(
            innovato::auth::oidc::ActiveModel {
                issuer_url: Set("https://login.torino.example".into()),
                client_id: Set("innovato".into()),
                client_secret: Set(server.state.secrets.seal("secret")),
                scopes: Set("openid email profile".into()),
                email_claim: Set("email".into()),
                name_claim: Set("name".into()),
                division_claim: Set("division".into()),
                grade_claim: Set("grade".into()),
                extra_claims: Set("contract".into()),
                updated_at: Set(Utc::now()),
                ..Default::default()
            },
            &server.store.db,
        )
        .await
        .expect("provider");
    let call = open_call(&server, scope).await;
    let admin = admin(&server, scope).await;
    let edit = admin
        .get(&server.url(&format!("/t/turin/admin/calls/{}", call.id)))
        .await;
    assert!(
        edit.body.contains("<option value=\"contract\""),
        "the kept claim is offered"
    );
    let mut form: Vec<(String, String)> = Vec::new();
    // The call's own form, not the deadline form below it.
    let start = edit.body.find("name=\"text_lang\"").expect("the call form");
    let end = edit.body[start..].find("</form>").expect("its end") + start;
    let body = &edit.body[start..end];
    for name in [
        "text_lang",
        "text_title",
        "opens_at",
        "closes_at",
        "results_at",
        "max_team_size",
        "reviews_per_proposal",
        "eligible_headcount",
        "budget_euros",
        "criterion_name",
        "criterion_weight",
        "criterion_scale",
    ] {
        let marker = format!("name=\"{name}\"");
        for (at, _) in body.match_indices(&marker) {
            let rest = &body[at..];
            let value = rest
                .split_once("value=\"")
                .map(|(_, v)| v.split('"').next().unwrap_or_default().to_owned())
                .unwrap_or_default();
            form.push((name.to_owned(), value.replace("&#39;", "'")));
        }
    }
    for (at, _) in body.match_indices("name=\"text_description\"") {
        let text = body[at..]
            .split_once('>')
            .map(|(_, r)| r.split("</textarea>").next().unwrap_or_default())
            .unwrap_or_default();
        form.push(("text_description".into(), text.replace("&#39;", "'")));
    }
    let category = scope
        .find::<innovato::calls::category_link::Entity>()
        .filter(innovato::calls::category_link::Column::CallId.eq(call.id))
        .one(&server.store.db)
        .await
        .expect("query")
        .expect("category")
        .category_id;
    form.extend([
        ("csrf".to_owned(), edit.csrf()),
        ("category".to_owned(), category.to_string()),
        ("eligibility_rule".to_owned(), "only".to_owned()),
        ("eligibility_attribute".to_owned(), "contract".to_owned()),
        ("eligibility_values".to_owned(), "permanent".to_owned()),
    ]);
    let pairs: Vec<(&str, &str)> = form.iter().map(|(k, v)| (k.as_str(), v.as_str())).collect();
    let saved = admin
        .post(
            &server.url(&format!("/t/turin/admin/calls/{}", call.id)),
            &pairs,
        )
        .await;
    assert_eq!(saved.status, 303, "{}", saved.body);

    let (permanent, _) = employee(&server, scope, "Fissa Rossi", "employee").await;
    let (temporary, _) = employee(&server, scope, "Tempo Bianchi", "employee").await;
    for (person, contract) in [(permanent, "permanent"), (temporary, "temporary")] {
        let row = scope
            .find_by_id::<user::Entity>(PersonId(person))
            .one(&server.store.db)
            .await
            .expect("q")
            .expect("person");
        let mut row: user::ActiveModel = row.into();
        row.attributes = Set(format!("{{\"contract\":\"{contract}\"}}"));
        scope.update(row, &server.store.db).await.expect("update");
    }
    let yes = Browser::signed_in(&server, "turin", scope.get(), permanent).await;
    assert!(
        yes.get(&server.url(&format!("/t/turin/calls/{}", call.id)))
            .await
            .body
            .contains("Scrivi una proposta")
    );
    let no = Browser::signed_in(&server, "turin", scope.get(), temporary).await;
    let refused = no
        .get(&server.url(&format!("/t/turin/calls/{}", call.id)))
        .await;
    assert!(
        refused
            .body
            .contains("dipende dalla tua contract, che è «temporary»"),
        "{}",
        refused.body
    );
}

/// The page's Submit button sends the form as it stands: text typed since
/// the last save is saved and submitted with it (without JavaScript nothing
/// else would save it); text that cannot be saved is shown back, and
/// nothing is submitted.
async fn submit_button_keeps_what_was_typed(backend: Backend) {
    let server = TestServer::demo_with_clock(backend, Clock::fixed(Utc::now())).await;
    let scope = turin(&server).await;
    let call = open_call(&server, scope).await;
    let (person, _) = employee(&server, scope, "Teresa Invio", "employee").await;
    let browser = Browser::signed_in(&server, "turin", scope.get(), person).await;
    let url = start_proposal(&server, &browser, call.id.get()).await;
    let id = id_of(&url);
    let page = browser.get(&url).await;
    let button = format!("formaction=\"/t/turin/proposals/{id}/submit?with=text\"");
    assert!(page.body.contains(&button), "{}", page.body);
    assert!(page.body.contains("form=\"proposal-form\""));
    let category = first_category(&page);
    let csrf = page.csrf();
    let submit = format!("{url}/submit?with=text");
    let too_long = "x".repeat(201);
    let mut fields = vec![
        ("csrf", csrf.as_str()),
        ("title", too_long.as_str()),
        ("summary", "Un solo calendario per le auto di servizio."),
        ("problem", "Gli ispettori cercano un'auto ogni mattina."),
        ("solution", "Una pagina di prenotazione per tutte le auto."),
        ("category", category.as_str()),
        ("locale", "it"),
    ];
    let refused = browser.post(&submit, &fields).await;
    assert_eq!(refused.status, 422, "{}", refused.body);
    assert!(
        refused
            .body
            .contains("Un solo calendario per le auto di servizio."),
        "typed text shown back"
    );
    let stored = proposal(&server, scope, id).await;
    assert_eq!(stored.status, Status::Draft, "nothing submitted");
    fields[1] = ("title", "Auto di servizio prenotabili");
    let sent = browser.post(&submit, &fields).await;
    assert_eq!(sent.status, 303, "{}", sent.body);
    let stored = proposal(&server, scope, id).await;
    assert_eq!(stored.status, Status::Submitted);
    assert_eq!(stored.title, "Auto di servizio prenotabili");
    assert_eq!(
        stored.summary,
        "Un solo calendario per le auto di servizio."
    );
    let odd = browser
        .post(
            &format!("{url}/submit?with=all"),
            &[("csrf", csrf.as_str())],
        )
        .await;
    assert_eq!(odd.status, 400);
}

on_both_backends!(
    submit_button_keeps_what_was_typed,
    eligibility_can_use_any_kept_claim,
    employee_drafts_submits_once_and_withdraws,
    the_deadline_is_the_servers_to_decide,
    teams_stay_within_size_and_eligibility,
    text_is_escaped_and_bad_input_is_refused_without_loss,
    other_cities_and_people_see_nothing,
);

/// Ten invitations sent at once to a team of at most three (the lead and
/// two seats): two are pending, eight are refused, none more.
async fn invitations_at_once_keep_to_the_team_size(backend: Backend) {
    let server = TestServer::demo_with_clock(backend, Clock::fixed(Utc::now())).await;
    let scope = turin(&server).await;
    let call = open_call(&server, scope).await;
    let (lead, _) = employee(&server, scope, "Lia Capogruppo", "employee").await;
    let browser = Browser::signed_in(&server, "turin", scope.get(), lead).await;
    let url = start_proposal(&server, &browser, call.id.get()).await;
    let csrf = browser.get(&url).await.csrf();
    let mut colleagues = Vec::new();
    for n in 0..10 {
        colleagues.push(
            employee(&server, scope, &format!("Collega Numero{n}"), "employee")
                .await
                .1,
        );
    }
    let sent = colleagues.into_iter().map(|email| {
        let browser = browser.clone();
        let csrf = csrf.clone();
        let target = format!("{url}/team");
        tokio::spawn(async move {
            browser
                .post(
                    &target,
                    &[("csrf", csrf.as_str()), ("colleague", email.as_str())],
                )
                .await
                .status
        })
    });
    let mut statuses = Vec::new();
    for answer in sent.collect::<Vec<_>>() {
        statuses.push(answer.await.expect("request"));
    }
    statuses.sort_unstable();
    assert_eq!(statuses, [303, 303, 422, 422, 422, 422, 422, 422, 422, 422]);
    let id: i32 = url.rsplit('/').next().expect("id").parse().expect("an id");
    let team = scope
        .find::<member::Entity>()
        .filter(member::Column::ProposalId.eq(id))
        .all(&server.store.db)
        .await
        .expect("team");
    assert_eq!(team.len(), 3, "the lead and two invited");
}

on_both_backends!(invitations_at_once_keep_to_the_team_size);
