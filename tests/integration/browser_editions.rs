//! An edition travels across the network in a real browser (issue 22,
//! rules 7 and 9): Debian's Chromium, driven by `tests/browser/editions.mjs`,
//! on the demo network. Turin's admin (Italian) offers a call to the
//! network as a template, and another city's admin copies it: Porto's in
//! Portuguese on SQLite, Veszprém's in Hungarian on PostgreSQL. On the way
//! Turin's co-creation call's admin pages and its team's workspace, for
//! its admin and its facilitator. This test finds in the database what
//! the script cannot read from the pages (which call to offer, the
//! co-creation call and its team) and hands it to the script.

use innovato::{
    calls::{self, Phase, text as call_text},
    i18n::Lang,
    people::Role,
    proposals,
    tenancy::TenantId,
    tenants,
};
use sea_orm::{ColumnTrait, QueryFilter, QueryOrder};
use serde_json::json;

use crate::{
    browser::{artifacts_dir, run_script},
    support::{Backend, TestServer},
};

async fn city(server: &TestServer, slug: &str) -> tenants::Model {
    tenants::find_by_slug(&server.store.db, slug)
        .await
        .expect("query")
        .expect("a demo city")
}

async fn editions(backend: Backend, target: &str, lang: Lang) {
    let server = TestServer::demo(backend).await;
    let db = &server.store.db;
    let turin = city(&server, "turin").await;
    let scope = TenantId::of(&turin);
    // A call of Turin's not yet offered to the network.
    let offered = scope
        .find::<calls::Entity>()
        .filter(calls::Column::Kind.eq(calls::Kind::Ideas))
        .filter(calls::Column::TemplatePublishedAt.is_null())
        .filter(calls::Column::Phase.ne(Phase::Draft))
        .order_by_asc(calls::Column::Id)
        .one(db)
        .await
        .expect("query")
        .expect("a call of Turin to offer");
    let titles: Vec<String> = scope
        .find::<call_text::Entity>()
        .filter(call_text::Column::CallId.eq(offered.id))
        .all(db)
        .await
        .expect("query")
        .into_iter()
        .map(|t| t.title)
        .collect();
    assert!(!titles.is_empty(), "the call has its texts");
    let cocreation = scope
        .find::<calls::Entity>()
        .filter(calls::Column::Kind.eq(calls::Kind::Cocreation))
        .one(db)
        .await
        .expect("query")
        .expect("TO-HOME");
    let team = scope
        .find::<proposals::Entity>()
        .filter(proposals::Column::CallId.eq(cocreation.id))
        .filter(proposals::Column::ChallengeId.is_not_null())
        .one(db)
        .await
        .expect("query")
        .expect("its team");
    let it = server.state.locales.for_lang(Lang::It);
    let other = server.state.locales.for_lang(lang);
    let config = json!({
        "base": server.url(""),
        "artifacts": artifacts_dir().join("editions"),
        "javascript": true,
        "source": {
            "slug": "turin",
            "lang": "it",
            "name": turin.name,
            "adminRole": it.t(Role::TenantAdmin.message_id()),
            "facilitatorRole": it.t(Role::Facilitator.message_id()),
            "offered": offered.id.get(),
            "titles": titles,
            "cocreation": cocreation.id.get(),
            "team": team.id.get(),
        },
        "target": {
            "slug": target,
            "lang": lang.code(),
            "adminRole": other.t(Role::TenantAdmin.message_id()),
        },
    });
    run_script(
        "editions.mjs",
        &config,
        &format!("Turin's template copied by {target}"),
    )
    .await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn turin_template_copied_by_porto_in_portuguese() {
    editions(Backend::Sqlite, "porto", Lang::Pt).await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn turin_template_copied_by_veszprem_in_hungarian() {
    editions(Backend::Postgres, "veszprem", Lang::Hu).await;
}
