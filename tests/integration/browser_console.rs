//! The city admin's console in a real browser (issue 20, rule 8): Debian's
//! Chromium, driven by `tests/browser/console.mjs`, against the real server
//! on the demo network, in Italian with JavaScript (Turin, SQLite) and in
//! Hungarian without (Veszprém, PostgreSQL). This test finds in the
//! database what the script needs to know and cannot read from the pages
//! (the call to close, a person to make admin, the team of each sealed
//! proposal) and hands the rest to the script.
//!
//! - `console_*`: the crawl from the city's home reaches every tool of the
//!   side navigation within two clicks, axe finds nothing on the admin
//!   pages reached, and a refused confirmation changes nothing (withdrawing
//!   a proposal, granting a role, revoking an API token, closing a call
//!   early).
//! - `sealed_proposal_*`: the admin reads a sealed call's proposal, from its
//!   title in the admin's list, without its team's names.

use innovato::{
    calls::{self, Phase},
    i18n::Lang,
    people::{Role, role, user},
    proposals::{self, member},
    tenancy::TenantId,
    tenants,
};
use sea_orm::{ActiveValue::Set, ColumnTrait, IntoActiveModel, QueryFilter, QueryOrder};
use serde_json::{Map, Value, json};

use crate::{
    browser::{artifacts_dir, run_script},
    support::{Backend, TestServer},
};

/// What the script checks pages against, in the language of the run.
const MESSAGES: &[&str] = &[
    "call-phase-open",
    "call-phase-review",
    "status-submitted",
    "status-withdrawn",
    "submitted-title",
    "confirm-withdraw-consequence",
    "confirm-token-consequence",
    "tokens-revoked",
];

struct Run {
    server: TestServer,
    scope: TenantId,
    slug: &'static str,
    lang: Lang,
    javascript: bool,
    open_call: calls::Model,
}

impl Run {
    async fn start(backend: Backend, slug: &'static str, lang: Lang, javascript: bool) -> Self {
        let server = TestServer::demo(backend).await;
        let scope = TenantId::of(
            &tenants::find_by_slug(&server.store.db, slug)
                .await
                .expect("query")
                .expect("a demo city"),
        );
        let open_call = scope
            .find::<calls::Entity>()
            .filter(calls::Column::Phase.eq(Phase::Open))
            .filter(calls::Column::Kind.eq(calls::Kind::Ideas))
            .one(&server.store.db)
            .await
            .expect("query")
            .expect("the demo city has an open call");
        Self {
            server,
            scope,
            slug,
            lang,
            javascript,
            open_call,
        }
    }

    fn t(&self, id: &str) -> String {
        self.server.state.locales.for_lang(self.lang).t(id)
    }

    /// What every part of the script is told.
    fn config(&self, part: &str) -> Map<String, Value> {
        let messages: Map<String, Value> = MESSAGES
            .iter()
            .map(|id| ((*id).to_owned(), Value::String(self.t(id))))
            .collect();
        let Value::Object(config) = json!({
            "part": part,
            "base": self.server.url(""),
            "city": self.slug,
            "lang": self.lang.code(),
            "javascript": self.javascript,
            "artifacts": artifacts_dir().join("console"),
            "roles": {
                "admin": self.t(Role::TenantAdmin.message_id()),
                "employee": self.t(Role::Employee.message_id()),
            },
            "openCall": self.open_call.id.get(),
            "messages": messages,
        }) else {
            unreachable!("a JSON object")
        };
        config
    }

    async fn run(&self, config: Map<String, Value>, what: &str) {
        run_script(
            "console.mjs",
            &Value::Object(config),
            &format!(
                "{what} in {} {} JavaScript",
                self.lang.code(),
                if self.javascript { "with" } else { "without" },
            ),
        )
        .await;
    }

    /// A person of the city who holds no admin role: the last one seeded
    /// with the employee role.
    async fn grantee(&self) -> user::Model {
        let db = &self.server.store.db;
        let admins: Vec<_> = self
            .scope
            .find::<role::Entity>()
            .filter(role::Column::Role.eq(Role::TenantAdmin))
            .all(db)
            .await
            .expect("query")
            .into_iter()
            .map(|grant| grant.user_id)
            .collect();
        let grant = self
            .scope
            .find::<role::Entity>()
            .filter(role::Column::Role.eq(Role::Employee))
            .filter(role::Column::UserId.is_not_in(admins))
            .order_by_desc(role::Column::Id)
            .one(db)
            .await
            .expect("query")
            .expect("an employee who is not an admin");
        self.scope
            .find_by_id::<user::Entity>(grant.user_id)
            .one(db)
            .await
            .expect("query")
            .expect("the employee")
    }
}

/// The crawl, axe on every admin page, and three confirmations refused and
/// given.
async fn console(backend: Backend, slug: &'static str, lang: Lang, javascript: bool) {
    let run = Run::start(backend, slug, lang, javascript).await;
    let l10n = run.server.state.locales.for_lang(lang);
    let grantee = run.grantee().await;
    let admin_role = l10n.t(Role::TenantAdmin.message_id());
    let mut config = run.config("console");
    config.insert(
        "grantee".into(),
        json!({
            "id": grantee.id.get(),
            "name": grantee.display_name,
            "consequence": l10n.args(
                "confirm-grant-consequence",
                &[
                    ("person", grantee.display_name.clone().into()),
                    ("role", admin_role.into()),
                ],
            ),
        }),
    );
    config.insert(
        "closeConsequence".into(),
        Value::String(l10n.count(
            "confirm-close-call-eligible",
            "count",
            i64::from(run.open_call.eligible_headcount),
        )),
    );
    config.insert(
        "tokenName".into(),
        json!(match lang {
            Lang::Hu => "Közgyűlési irányítópult",
            _ => "Cruscotto della giunta",
        }),
    );
    // What the employee writes, in the run's language.
    config.insert(
        "proposal".into(),
        match lang {
            Lang::Hu => json!({
                "title": "Közös kerékpárok a hivatalok között",
                "summary": "Szolgálati kerékpárok a városházán a rövid utakhoz.",
                "problem": "A hivatalok közötti rövid utak autóval drágák és lassúak.",
                "solution": "Tíz kerékpár két állomáson, online foglalással.",
                "benefits": "Kevesebb kiadás, kevesebb forgalom, egészségesebb kollégák.",
            }),
            _ => json!({
                "title": "Biciclette condivise tra gli uffici comunali",
                "summary": "Biciclette di servizio per i brevi spostamenti tra gli uffici.",
                "problem": "I brevi spostamenti tra uffici in auto sono costosi e lenti.",
                "solution": "Dieci biciclette in due stazioni, prenotabili online.",
                "benefits": "Meno spese, meno traffico, colleghi in salute.",
            }),
        },
    );
    run.run(config, "the console").await;
}

/// The admin reads a sealed call's proposal without its team's names.
async fn sealed_proposal(backend: Backend, slug: &'static str, lang: Lang, javascript: bool) {
    let run = Run::start(backend, slug, lang, javascript).await;
    let db = &run.server.store.db;
    let mut sealed = run.open_call.clone().into_active_model();
    sealed.seal_identities = Set(true);
    run.scope.update(sealed, db).await.expect("sealed");
    let every = run
        .scope
        .find::<proposals::Entity>()
        .filter(proposals::Column::CallId.eq(run.open_call.id))
        .all(db)
        .await
        .expect("query");
    assert!(
        every
            .iter()
            .any(|p| p.status == proposals::Status::Submitted),
        "the sealed call has submitted proposals"
    );
    let mut shown = Map::new();
    for p in every {
        let members = run
            .scope
            .find::<member::Entity>()
            .filter(member::Column::ProposalId.eq(p.id))
            .all(db)
            .await
            .expect("query");
        let mut names = Vec::new();
        let mut emails = Vec::new();
        for id in members.iter().filter_map(|m| m.user_id) {
            let person = run
                .scope
                .find_by_id::<user::Entity>(id)
                .one(db)
                .await
                .expect("query")
                .expect("a member");
            names.push(person.display_name);
            emails.push(person.email);
        }
        assert!(!names.is_empty(), "the proposal has a team");
        shown.insert(
            p.id.get().to_string(),
            json!({
                "submitted": p.status == proposals::Status::Submitted,
                "title": p.title,
                "problem": p.problem,
                "solution": p.solution,
                "names": names,
                "emails": emails,
            }),
        );
    }
    let mut config = run.config("sealed");
    config.insert(
        "sealed".into(),
        json!({ "call": run.open_call.id.get(), "proposals": shown }),
    );
    run.run(config, "reading a sealed proposal").await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn console_in_italian_with_javascript() {
    console(Backend::Sqlite, "turin", Lang::It, true).await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn console_in_hungarian_without_javascript() {
    console(Backend::Postgres, "veszprem", Lang::Hu, false).await;
}

/// Needs `/admin/proposals/{id}` (the admin's page of a proposal, linked
/// from the titles of the admin's list).
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn sealed_proposal_in_italian_with_javascript() {
    sealed_proposal(Backend::Sqlite, "turin", Lang::It, true).await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn sealed_proposal_in_hungarian_without_javascript() {
    sealed_proposal(Backend::Postgres, "veszprem", Lang::Hu, false).await;
}
