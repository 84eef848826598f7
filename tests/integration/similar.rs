//! Ideas that find their relatives: while a Turin employee writes, the
//! page shows Turin's awarded proposals about the same thing and the
//! network library's practices (a Porto practice written in Portuguese,
//! found through a shared topic), never another city's proposals nor a
//! colleague's draft; the admin sees likely duplicates and links them.

use innovato::ids::{CallId, ProposalId};
use innovato::{
    calls::{self, Phase},
    people::{Role, role},
    proposals::{self, Status},
    similar::link,
    tenancy::TenantId,
    tenants,
};
use sea_orm::{
    ColumnTrait, ConnectionTrait, DatabaseBackend, QueryFilter, Statement, sea_query::Expr,
};

use crate::{
    calls::{admin, turin},
    proposals::{employee, id_of, open_call, start_proposal},
    support::{Backend, Browser, Page, TestServer, on_both_backends},
};

async fn city(server: &TestServer, slug: &str) -> TenantId {
    TenantId::of(
        &tenants::find_by_slug(&server.store.db, slug)
            .await
            .expect("query")
            .expect("city"),
    )
}

/// A submitted proposal of the city, made awarded: of a call whose results
/// are out, or (`any_call`) of any call.
async fn awarded(server: &TestServer, scope: TenantId, any_call: bool) -> proposals::Model {
    let phases = if any_call {
        vec![
            Phase::Open,
            Phase::Review,
            Phase::Results,
            Phase::Implementation,
            Phase::Archived,
        ]
    } else {
        vec![Phase::Results, Phase::Implementation, Phase::Archived]
    };
    let past: Vec<CallId> = scope
        .find::<calls::Entity>()
        .filter(calls::Column::Phase.is_in(phases))
        .all(&server.store.db)
        .await
        .expect("query")
        .into_iter()
        .map(|c| c.id)
        .collect();
    let found = scope
        .find::<proposals::Entity>()
        .filter(proposals::Column::CallId.is_in(past))
        .filter(proposals::Column::Status.is_in(Status::SUBMITTED))
        .filter(proposals::Column::CategoryId.is_not_null())
        .one(&server.store.db)
        .await
        .expect("query")
        .expect("a submitted proposal");
    scope
        .update_many::<proposals::Entity>()
        .col_expr(proposals::Column::Status, Expr::value("awarded"))
        .filter(proposals::Column::Id.eq(found.id))
        .exec(&server.store.db)
        .await
        .expect("awarded");
    found
}

/// Rewrites a proposal's text straight in the database (as the city's
/// history would have it).
async fn rewrite(server: &TestServer, scope: TenantId, id: ProposalId, title: &str, problem: &str) {
    scope
        .update_many::<proposals::Entity>()
        .col_expr(proposals::Column::Title, Expr::value(title))
        .col_expr(proposals::Column::Problem, Expr::value(problem))
        .col_expr(proposals::Column::Locale, Expr::value("it"))
        .filter(proposals::Column::Id.eq(id))
        .exec(&server.store.db)
        .await
        .expect("rewritten");
}

async fn save(browser: &Browser, url: &str, fields: &[(&str, &str)]) -> Page {
    let page = browser.get(url).await;
    let csrf = page.csrf();
    let mut form = vec![("csrf", csrf.as_str())];
    form.extend_from_slice(fields);
    browser.post(url, &form).await
}

async fn admin_of(server: &TestServer, slug: &str, scope: TenantId) -> Browser {
    let grant = scope
        .find::<role::Entity>()
        .filter(role::Column::Role.eq(Role::TenantAdmin))
        .one(&server.store.db)
        .await
        .expect("query")
        .expect("an admin");
    Browser::signed_in(server, slug, scope.get(), grant.user_id.get()).await
}

const TURIN_AWARDED: &str = "Sensori di presenza per spegnere le luci negli uffici";
const PORTO_PROPOSAL: &str = "Sensori di presenza nelle luci degli uffici di Porto";
const COLLEAGUE_DRAFT: &str = "Sensori di presenza per le luci degli uffici comunali";

async fn a_turin_writer_finds_relatives_of_the_city_and_the_network(backend: Backend) {
    let server = TestServer::demo(backend).await;
    let turin = turin(&server).await;
    let porto = city(&server, "porto").await;

    // Porto publishes a practice in Portuguese (and English), confirming
    // no topic: the ones its texts suggest are kept.
    let porto_awarded = awarded(&server, porto, true).await;
    let porto_admin = admin_of(&server, "porto", porto).await;
    let form_url = server.url(&format!(
        "/t/porto/admin/proposals/{}/publish",
        porto_awarded.id
    ));
    let form = porto_admin.get(&form_url).await;
    assert_eq!(form.status, 200, "{}", form.body);
    assert!(form.body.contains("name=\"topic\""), "{}", form.body);
    let csrf = form.csrf();
    let published = porto_admin
        .post(
            &form_url,
            &[
                ("csrf", &csrf),
                ("lang", "en"),
                ("title", "LED lighting in municipal buildings"),
                (
                    "summary",
                    "The lamps of municipal buildings were replaced with LEDs to save energy.",
                ),
                ("lang", porto_awarded.locale.as_str()),
                ("title", "Iluminação LED nos edifícios municipais"),
                (
                    "summary",
                    "Substituímos as lâmpadas dos edifícios municipais por LED para poupar energia.",
                ),
            ],
        )
        .await;
    assert_eq!(published.status, 303, "{}", published.body);

    // Turin's history: an awarded proposal about office lights; Porto has
    // one in the same words (in Italian, even), never shown in Turin.
    let turin_awarded = awarded(&server, turin, false).await;
    rewrite(
        &server,
        turin,
        turin_awarded.id,
        TURIN_AWARDED,
        "Le luci degli uffici restano accese anche quando non serve.",
    )
    .await;
    rewrite(
        &server,
        porto,
        porto_awarded.id,
        PORTO_PROPOSAL,
        "Le luci degli uffici restano accese anche quando non serve.",
    )
    .await;

    // A colleague's draft in the same words is theirs alone.
    let call = open_call(&server, turin).await;
    let (marco, _) = employee(&server, turin, "Marco Bianchi", "employee").await;
    let colleague = Browser::signed_in(&server, "turin", turin.get(), marco).await;
    let draft = start_proposal(&server, &colleague, call.id.get()).await;
    let saved = save(
        &colleague,
        &draft,
        &[
            ("title", COLLEAGUE_DRAFT),
            (
                "problem",
                "Le luci degli uffici restano accese anche quando non serve.",
            ),
        ],
    )
    .await;
    assert_eq!(saved.status, 200);

    // Giulia writes, in Italian, about lights and energy in offices.
    let (giulia, _) = employee(&server, turin, "Giulia Neri", "employee").await;
    let writer = Browser::signed_in(&server, "turin", turin.get(), giulia).await;
    let mine = start_proposal(&server, &writer, call.id.get()).await;
    let title = "Luci degli uffici: sensori di presenza";
    let problem = "Negli uffici comunali le luci restano accese e si spreca energia.";

    // Without JavaScript: shown once the draft is saved.
    let page = save(
        &writer,
        &mine,
        &[("title", title), ("problem", problem), ("locale", "it")],
    )
    .await;
    assert_eq!(page.status, 200, "{}", page.body);
    // With JavaScript: the box alone, as typed.
    let fragment_url = reqwest::Url::parse_with_params(
        &server.url("/t/turin/similar"),
        &[
            ("proposal", id_of(&mine).to_string().as_str()),
            ("locale", "it"),
            ("title", title),
            ("problem", problem),
        ],
    )
    .expect("url");
    let fragment = writer.get(fragment_url.as_str()).await;
    assert_eq!(fragment.status, 200, "{}", fragment.body);
    for shown in [&page.body, &fragment.body] {
        assert!(shown.contains("Idee simili"), "{shown}");
        assert!(shown.contains(TURIN_AWARDED), "{shown}");
        assert!(shown.contains("Stesse parole"), "{shown}");
        // The Porto practice, through the topic both texts suggest, with
        // the city where it was implemented.
        assert!(
            shown.contains("LED lighting in municipal buildings"),
            "{shown}"
        );
        assert!(shown.contains("Câmara Municipal do Porto"), "{shown}");
        assert!(
            shown.contains("Tema in comune: Energia negli edifici pubblici"),
            "{shown}"
        );
        assert!(!shown.contains(PORTO_PROPOSAL), "{shown}");
        assert!(!shown.contains(COLLEAGUE_DRAFT), "{shown}");
        assert!(!shown.contains("Marco Bianchi"), "{shown}");
    }
    // The page offers the suggested topic to confirm.
    assert!(page.body.contains("value=\"energy\""), "{}", page.body);

    // Confirming a topic keeps it with the draft.
    let confirmed = save(
        &writer,
        &mine,
        &[
            ("title", title),
            ("problem", problem),
            ("locale", "it"),
            ("topic", "mobility"),
        ],
    )
    .await;
    assert_eq!(confirmed.status, 200);
    assert!(
        confirmed
            .body
            .contains("id=\"topic-mobility\" name=\"topic\" value=\"mobility\" checked"),
        "{}",
        confirmed.body
    );
    // Matching now goes through the confirmed topic only: the practice
    // (about energy) is no longer suggested, the same words still are.
    assert!(
        !confirmed
            .body
            .contains("LED lighting in municipal buildings")
    );
    assert!(confirmed.body.contains(TURIN_AWARDED));

    // Someone who does not write proposals in Turin gets nothing.
    let anonymous = Browser::new();
    let refused = anonymous
        .get(&server.url("/t/turin/similar?locale=it&title=luci"))
        .await;
    assert_ne!(refused.status, 200);
}

async fn the_admin_links_likely_duplicates_and_an_employee_cannot(backend: Backend) {
    let server = TestServer::demo(backend).await;
    let scope = turin(&server).await;
    let call = open_call(&server, scope).await;
    let mut ids = Vec::new();
    for (name, title) in [
        ("Anna Rossi", "Lampade LED negli uffici comunali"),
        ("Luca Verdi", "Lampade LED per gli uffici comunali"),
        (
            "Sara Gallo",
            "Prenotare online gli appuntamenti in anagrafe",
        ),
    ] {
        let (person, _) = employee(&server, scope, name, "employee").await;
        let browser = Browser::signed_in(&server, "turin", scope.get(), person).await;
        let url = start_proposal(&server, &browser, call.id.get()).await;
        let problem = if title.starts_with("Lampade") {
            "Negli uffici comunali le lampade vecchie consumano troppa energia elettrica."
        } else {
            "Le code allo sportello anagrafe durano ore."
        };
        let saved = save(&browser, &url, &[("title", title), ("problem", problem)]).await;
        assert_eq!(saved.status, 200);
        ids.push(ProposalId(id_of(&url)));
    }
    scope
        .update_many::<proposals::Entity>()
        .col_expr(proposals::Column::Status, Expr::value("submitted"))
        .filter(proposals::Column::Id.is_in(ids.clone()))
        .exec(&server.store.db)
        .await
        .expect("submitted");

    let admin = admin(&server, scope).await;
    let list = admin
        .get(&server.url(&format!("/t/turin/admin/calls/{}/proposals", call.id)))
        .await;
    assert!(
        list.body
            .contains(&format!("/admin/calls/{}/duplicates", call.id))
    );
    let page_url = server.url(&format!("/t/turin/admin/calls/{}/duplicates", call.id));
    let page = admin.get(&page_url).await;
    assert_eq!(page.status, 200, "{}", page.body);
    let (a, b, c) = (ids[0], ids[1], ids[2]);
    assert!(
        page.body.contains(&format!("name=\"first\" value=\"{a}\"")),
        "{}",
        page.body
    );
    assert!(
        page.body
            .contains(&format!("name=\"second\" value=\"{b}\"")),
        "{}",
        page.body
    );
    assert!(
        !page.body.contains(&format!("value=\"{c}\"")),
        "{}",
        page.body
    );
    assert!(page.body.contains("data-confirm="), "{}", page.body);

    // An employee can neither see nor link.
    let (someone, _) = employee(&server, scope, "Paolo Neri", "employee").await;
    let employee_browser = Browser::signed_in(&server, "turin", scope.get(), someone).await;
    assert_eq!(employee_browser.get(&page_url).await.status, 403);
    let own = employee_browser
        .get(&server.url(&format!("/t/turin/calls/{}", call.id)))
        .await;
    let link_url = server.url(&format!("/t/turin/admin/calls/{}/duplicates/link", call.id));
    let (first, second) = (a.to_string(), b.to_string());
    let refused = employee_browser
        .post(
            &link_url,
            &[
                ("csrf", &own.csrf()),
                ("first", &first),
                ("second", &second),
                ("confirm", "yes"),
            ],
        )
        .await;
    assert_eq!(refused.status, 403);

    // The admin is asked first; nothing is linked until they confirm.
    let csrf = page.csrf();
    let asked = admin
        .post(
            &link_url,
            &[("csrf", &csrf), ("first", &first), ("second", &second)],
        )
        .await;
    assert_eq!(asked.status, 200);
    assert!(
        asked.body.contains("Lampade LED per gli uffici comunali"),
        "{}",
        asked.body
    );
    let links = || async {
        scope
            .find::<link::Entity>()
            .all(&server.store.db)
            .await
            .expect("query")
    };
    assert!(links().await.is_empty());
    let linked = admin
        .post(
            &link_url,
            &[
                ("csrf", &csrf),
                ("first", &first),
                ("second", &second),
                ("confirm", "yes"),
            ],
        )
        .await;
    assert_eq!(linked.status, 303, "{}", linked.body);
    let stored = links().await;
    assert_eq!(stored.len(), 1);
    assert_eq!((stored[0].proposal_id, stored[0].related_id), (a, b));
    // Linking again changes nothing.
    admin
        .post(
            &link_url,
            &[
                ("csrf", &csrf),
                ("first", &second),
                ("second", &first),
                ("confirm", "yes"),
            ],
        )
        .await;
    assert_eq!(links().await.len(), 1);

    // Both show the link to the admin; each keeps its own team.
    let shown_a = admin
        .get(&server.url(&format!("/t/turin/admin/proposals/{a}")))
        .await;
    assert!(
        shown_a.body.contains("Lampade LED per gli uffici comunali"),
        "{}",
        shown_a.body
    );
    assert!(shown_a.body.contains("Anna Rossi"));
    assert!(!shown_a.body.contains("Luca Verdi"));
    let shown_b = admin
        .get(&server.url(&format!("/t/turin/admin/proposals/{b}")))
        .await;
    assert!(
        shown_b.body.contains("Lampade LED negli uffici comunali"),
        "{}",
        shown_b.body
    );
    // And the log says who linked them.
    let log = admin.get(&server.url("/t/turin/admin/audit")).await;
    assert!(
        log.body.contains("ha collegato la proposta"),
        "{}",
        log.body
    );
}

/// Whether proposal `id` is in the database's search table with a word
/// beginning `prefix` (SQLite's FTS5 table answers a row by its content
/// table whether or not it is indexed: only a match asks the index).
async fn indexed(server: &TestServer, id: ProposalId, prefix: &str) -> bool {
    let db = &server.store.db;
    let backend = db.get_database_backend();
    let statement = match backend {
        DatabaseBackend::Postgres => Statement::from_sql_and_values(
            backend,
            "SELECT count(*) AS n FROM proposal_search \
             WHERE proposal_id = $1 AND search_text::text LIKE '%' || $2 || '%'",
            [id.get().into(), prefix.into()],
        ),
        _ => Statement::from_sql_and_values(
            backend,
            "SELECT count(*) AS n FROM proposal_search WHERE proposal_search MATCH ? AND rowid = ?",
            [format!("{prefix}*").into(), id.get().into()],
        ),
    };
    let row = db
        .query_one_raw(statement)
        .await
        .expect("query")
        .expect("a count");
    row.try_get::<i64>("", "n").expect("n") > 0
}

/// Only awarded proposals are searched, so only they are written to the
/// search table: a draft's save and a submission write no entry (the load
/// bench's submissions fell by a third while every save wrote one), and a
/// proposal enters when it is awarded and leaves if its award is undone.
async fn only_awarded_proposals_enter_the_search_table(backend: Backend) {
    let server = TestServer::demo(backend).await;
    let scope = turin(&server).await;
    let call = open_call(&server, scope).await;
    let (writer, _) = employee(&server, scope, "Ornella Fabbri", "employee").await;
    let browser = Browser::signed_in(&server, "turin", scope.get(), writer).await;
    let url = start_proposal(&server, &browser, call.id.get()).await;
    let id = ProposalId(id_of(&url));
    let saved = save(
        &browser,
        &url,
        &[
            ("title", "Zanzariere nelle scuole"),
            ("problem", "Le aule estive sono piene di zanzare."),
        ],
    )
    .await;
    assert_eq!(saved.status, 200, "{}", saved.body);
    assert!(
        !indexed(&server, id, "zanzar").await,
        "a draft is not indexed"
    );

    let set_status = |status: &'static str| {
        scope
            .update_many::<proposals::Entity>()
            .col_expr(proposals::Column::Status, Expr::value(status))
            .filter(proposals::Column::Id.eq(id))
            .exec(&server.store.db)
    };
    set_status("submitted").await.expect("submitted");
    assert!(
        !indexed(&server, id, "zanzar").await,
        "a submission is not indexed"
    );
    set_status("awarded").await.expect("awarded");
    assert!(indexed(&server, id, "zanzar").await, "an award is indexed");
    rewrite(
        &server,
        scope,
        id,
        "Tende per le scuole",
        "Le aule estive sono calde.",
    )
    .await;
    assert!(
        !indexed(&server, id, "zanzar").await,
        "the old text is gone"
    );
    assert!(
        indexed(&server, id, "tend").await,
        "the new text is indexed"
    );
    set_status("submitted").await.expect("award undone");
    assert!(
        !indexed(&server, id, "tend").await,
        "an undone award leaves"
    );
}

on_both_backends!(
    a_turin_writer_finds_relatives_of_the_city_and_the_network,
    the_admin_links_likely_duplicates_and_an_employee_cannot,
    only_awarded_proposals_enter_the_search_table
);
