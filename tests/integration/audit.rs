//! The audit log: its head kept apart and a signed checkpoint show entries
//! removed from its end; every security-relevant action leaves an entry.

use innovato::{
    audit,
    auth::invitations,
    i18n::Lang,
    people::{Role, role, user},
    secrets::SecretKey,
    tenancy::TenantId,
    tenants,
};
use sea_orm::{ColumnTrait, ConnectionTrait, QueryFilter, QueryOrder, TransactionTrait};
use serde_json::json;
use tokio::process::Command;

use crate::{
    calls::{admin, turin},
    operator::platform_browser,
    proposals::{employee, open_call},
    support::{Backend, Browser, Page, TestServer, message, on_both_backends},
};

/// Appends `count` entries through the one append function, each in its
/// own transaction as a handler's.
async fn append(server: &TestServer, scope: TenantId, count: i32) {
    for n in 0..count {
        let txn = server.store.db.begin().await.expect("begin");
        audit::record(
            &txn,
            scope,
            chrono::Utc::now(),
            audit::Event {
                actor: None,
                action: "call.update",
                subject_type: "call",
                subject_id: n,
                before: json!({}),
                after: json!({ "n": n }),
            },
        )
        .await
        .expect("appended");
        txn.commit().await.expect("commit");
    }
}

async fn last_seq(server: &TestServer, scope: TenantId) -> i64 {
    scope
        .find::<audit::Entity>()
        .order_by_desc(audit::Column::Seq)
        .one(&server.store.db)
        .await
        .expect("query")
        .map_or(0, |e| e.seq)
}

async fn remove(server: &TestServer, scope: TenantId, condition: &str) {
    server
        .store
        .db
        .execute_unprepared(&format!(
            "DELETE FROM audit_log WHERE tenant_id = {} AND {condition}",
            scope.get()
        ))
        .await
        .expect("remove");
}

async fn verify(server: &TestServer, scope: TenantId) -> Result<u64, audit::ChainError> {
    audit::verify(&server.store.db, scope).await.expect("query")
}

async fn removed_entries_are_named_and_truncation_shows(backend: Backend) {
    let server = TestServer::demo(backend).await;
    let scope = turin(&server).await;
    append(&server, scope, 5).await;
    let n = last_seq(&server, scope).await;
    assert_eq!(verify(&server, scope).await, Ok(n.unsigned_abs()));

    // The newest entry alone removed: the head still names it.
    remove(&server, scope, &format!("seq = {n}")).await;
    let cut = verify(&server, scope).await;
    assert_eq!(
        cut,
        Err(audit::ChainError::Truncated {
            last: n - 1,
            head: n
        })
    );
    let said = cut.expect_err("broken").to_string();
    assert!(said.starts_with(&format!("entry {n} is missing")), "{said}");

    // A middle entry: named as the one missing, between its neighbours.
    remove(&server, scope, &format!("seq = {}", n - 2)).await;
    let gap = verify(&server, scope).await;
    assert_eq!(
        gap,
        Err(audit::ChainError::Missing {
            after: n - 3,
            next: n - 1
        })
    );
    assert_eq!(
        gap.expect_err("broken").to_string(),
        format!(
            "entry {} is missing: the chain jumps from {} to {}",
            n - 2,
            n - 3,
            n - 1
        )
    );

    // Entries after the gap are still chained to the head: a new entry
    // follows the head, not what is left of the log.
    remove(&server, scope, &format!("seq >= {}", n - 2)).await;
    append(&server, scope, 1).await;
    assert_eq!(
        verify(&server, scope).await,
        Err(audit::ChainError::Missing {
            after: n - 3,
            next: n + 1
        })
    );
    assert!(
        verify(&server, scope)
            .await
            .expect_err("broken")
            .to_string()
            .starts_with(&format!("entries {} to {n} are missing", n - 2))
    );

    // The head removed as well: said so, not taken for an empty log.
    server
        .store
        .db
        .execute_unprepared(&format!(
            "DELETE FROM audit_heads WHERE tenant_id = {}",
            scope.get()
        ))
        .await
        .expect("remove the head");
    remove(&server, scope, &format!("seq > {}", n - 3)).await;
    assert_eq!(
        verify(&server, scope).await,
        Err(audit::ChainError::HeadMissing(n - 3))
    );
}

const BINARY: &str = env!("CARGO_BIN_EXE_innovato");

struct Run {
    ok: bool,
    stdout: String,
    stderr: String,
}

async fn innovato(server: &TestServer, key: &str, args: &[&str]) -> Run {
    let out = Command::new(BINARY)
        .args(args)
        .env("DATABASE_URL", server.store.process_url())
        .env("INNOVATO_SECRET_KEY", key)
        .env_remove("REDIS_URL")
        .env_remove("INNOVATO_CONFIG")
        .output()
        .await
        .expect("binary runs");
    let run = Run {
        ok: out.status.success(),
        stdout: String::from_utf8_lossy(&out.stdout).into_owned(),
        stderr: String::from_utf8_lossy(&out.stderr).into_owned(),
    };
    assert!(!run.stderr.contains("panicked"), "no panic: {}", run.stderr);
    run
}

async fn a_signed_checkpoint_shows_a_log_cut_with_its_head(backend: Backend) {
    let server = TestServer::demo(backend).await;
    let scope = turin(&server).await;
    append(&server, scope, 3).await;
    let key = SecretKey::generate();
    let exported = innovato(&server, &key, &["audit", "checkpoint", "--tenant", "turin"]).await;
    assert!(exported.ok, "{}", exported.stderr);
    let dir = tempfile::tempdir().expect("dir");
    let file = dir.path().join("turin.checkpoint");
    std::fs::write(&file, &exported.stdout).expect("kept");
    let file = file.display().to_string();
    let at = last_seq(&server, scope).await;

    // The log goes on: it still holds the checkpoint.
    append(&server, scope, 2).await;
    let verified = innovato(
        &server,
        &key,
        &[
            "audit",
            "verify",
            "--tenant",
            "turin",
            "--checkpoint",
            &file,
        ],
    )
    .await;
    assert!(verified.ok, "{}", verified.stderr);
    assert!(
        verified
            .stdout
            .contains(&format!("still holds the checkpoint of entry {at}")),
        "{}",
        verified.stdout
    );

    // The newest entries removed: the head says so.
    remove(&server, scope, &format!("seq > {}", at - 1)).await;
    let cut = innovato(&server, &key, &["audit", "verify", "--tenant", "turin"]).await;
    assert!(!cut.ok);
    assert!(
        cut.stderr.contains(&format!(
            "entries {at} to {} are missing: the log ends at entry {}",
            at + 2,
            at - 1
        )),
        "{}",
        cut.stderr
    );

    // The head moved back too, by whoever can write the database: the log
    // verifies on its own, but no longer holds the checkpoint.
    server
        .store
        .db
        .execute_unprepared(&format!(
            "UPDATE audit_heads SET seq = {prev}, hash = (SELECT hash FROM audit_log \
             WHERE tenant_id = {t} AND seq = {prev}) WHERE tenant_id = {t}",
            prev = at - 1,
            t = scope.get()
        ))
        .await
        .expect("rewind the head");
    let alone = innovato(&server, &key, &["audit", "verify", "--tenant", "turin"]).await;
    assert!(alone.ok, "{}", alone.stderr);
    let checked = innovato(
        &server,
        &key,
        &[
            "audit",
            "verify",
            "--tenant",
            "turin",
            "--checkpoint",
            &file,
        ],
    )
    .await;
    assert!(!checked.ok);
    assert!(
        checked.stderr.contains(&format!(
            "entry {at} is missing: the log ends at entry {} but the checkpoint's head is entry {at}",
            at - 1
        )),
        "{}",
        checked.stderr
    );

    // A checkpoint altered, or checked with another key, is refused.
    let forged = std::fs::read_to_string(&file)
        .expect("read")
        .replace(&format!("\"seq\": {at}"), &format!("\"seq\": {}", at - 1));
    std::fs::write(&file, forged).expect("write");
    for key in [key.as_str(), &SecretKey::generate()] {
        let refused = innovato(
            &server,
            key,
            &[
                "audit",
                "verify",
                "--tenant",
                "turin",
                "--checkpoint",
                &file,
            ],
        )
        .await;
        assert!(!refused.ok);
        assert!(
            refused
                .stderr
                .contains("is not signed with this server's key"),
            "{}",
            refused.stderr
        );
    }
}

/// Posts a form with the page's CSRF token; the answer's status.
async fn act(
    browser: &Browser,
    server: &TestServer,
    page: &str,
    to: &str,
    fields: &[(&str, &str)],
) -> u16 {
    let form = browser.get(&server.url(page)).await;
    let mut all = vec![("csrf", form.csrf())];
    all.extend(fields.iter().map(|(k, v)| (*k, (*v).to_owned())));
    let fields: Vec<(&str, &str)> = all.iter().map(|(k, v)| (*k, v.as_str())).collect();
    browser.post(&server.url(to), &fields).await.status
}

async fn security_actions_leave_entries(backend: Backend) {
    let server = TestServer::demo(backend).await;
    let scope = turin(&server).await;
    let admin = admin(&server, scope).await;
    let (person, _) = employee(&server, scope, "Ada Audita", "employee").await;
    let people = "/t/turin/admin/people";

    // Roles granted and revoked; a person deactivated and reactivated.
    for change in ["grant", "revoke"] {
        let status = act(
            &admin,
            &server,
            people,
            &format!("{people}/{person}/roles"),
            &[("role", "mentor"), ("change", change), ("confirm", "yes")],
        )
        .await;
        assert_eq!(status, 303, "{change}");
    }
    for active in ["false", "true"] {
        let status = act(
            &admin,
            &server,
            people,
            &format!("{people}/{person}/active"),
            &[("active", active), ("confirm", "yes")],
        )
        .await;
        assert_eq!(status, 303, "active={active}");
    }

    // An invitation sent and accepted.
    let link = crate::sign_in::invite(&server, &admin, "esperta@uni.example", "juror").await;
    let accepted = crate::sign_in::accept_invitation(&link, "a long enough secret").await;
    assert_eq!(accepted.status, 303, "{}", accepted.body);

    // An API token created and revoked.
    let tokens = "/t/turin/admin/api-tokens";
    assert_eq!(
        act(&admin, &server, tokens, tokens, &[("name", "Intranet")]).await,
        200
    );
    let token = scope
        .find::<innovato::auth::api_tokens::Entity>()
        .one(&server.store.db)
        .await
        .expect("query")
        .expect("a token");
    assert_eq!(
        act(
            &admin,
            &server,
            tokens,
            &format!("{tokens}/{}/revoke", token.id),
            &[("confirm", "yes")]
        )
        .await,
        303
    );

    // Personal data exported: by the person, and teams in a call's list.
    let own = Browser::signed_in(&server, "turin", scope.get(), person).await;
    assert_eq!(
        own.get(&server.url("/t/turin/account/export")).await.status,
        200
    );
    let call = open_call(&server, scope).await;
    let csv = admin
        .get(&server.url(&format!(
            "/t/turin/admin/calls/{}/proposals?format=csv",
            call.id
        )))
        .await;
    assert_eq!(csv.status, 200);

    // The operator suspends and resumes the city.
    let ops = platform_browser(
        &server,
        "ops@network.example",
        innovato::people::Role::Operator,
    )
    .await;
    for step in ["suspend", "resume"] {
        assert_eq!(
            act(
                &ops,
                &server,
                "/operator",
                &format!("/operator/tenants/turin/{step}"),
                &[("confirm", "yes")]
            )
            .await,
            303,
            "{step}"
        );
    }

    let entries = scope
        .find::<audit::Entity>()
        .order_by_asc(audit::Column::Seq)
        .all(&server.store.db)
        .await
        .expect("query");
    let expert_id = scope
        .find::<user::Entity>()
        .filter(user::Column::Email.eq("esperta@uni.example"))
        .one(&server.store.db)
        .await
        .expect("query")
        .expect("the expert")
        .id;
    for (action, subject) in [
        ("role.grant", Some(person)),
        ("role.revoke", Some(person)),
        ("person.deactivate", Some(person)),
        ("person.reactivate", Some(person)),
        ("invitation.send", None),
        ("invitation.accept", None),
        ("api_token.create", Some(token.id)),
        ("api_token.revoke", Some(token.id)),
        ("person.export", Some(person)),
        ("call.proposals_export", Some(call.id.get())),
        ("city.suspend", Some(scope.get())),
        ("city.resume", Some(scope.get())),
    ] {
        let found: Vec<_> = entries
            .iter()
            .filter(|e| e.action == action && subject.is_none_or(|s| e.subject_id == s))
            .collect();
        assert_eq!(found.len(), 1, "one {action} entry");
    }
    let accepted = entries
        .iter()
        .find(|e| e.action == "invitation.accept")
        .expect("accepted");
    assert_eq!(accepted.actor_id, Some(expert_id), "the expert accepted");
    assert!(
        entries
            .iter()
            .all(|e| !e.after.contains("esperta@uni.example")),
        "the log keeps no address an erasure could not remove"
    );
    let suspended = entries
        .iter()
        .find(|e| e.action == "city.suspend")
        .expect("suspended");
    assert!(
        suspended.after.contains("ops@network.example"),
        "{}",
        suspended.after
    );
    assert_eq!(verify(&server, scope).await.map(|n| n > 0), Ok(true));

    // The admin's export names them by code (the page reads them as
    // sentences).
    let page = admin.get(&server.url("/t/turin/admin/audit.csv")).await;
    for action in [
        "role.grant",
        "person.deactivate",
        "invitation.accept",
        "api_token.revoke",
        "city.suspend",
        "person.export",
    ] {
        assert!(page.body.contains(action), "{action} on the audit page");
    }
}

on_both_backends!(
    removed_entries_are_named_and_truncation_shows,
    a_signed_checkpoint_shows_a_log_cut_with_its_head,
    security_actions_leave_entries,
);

async fn admins_download_a_signed_checkpoint(backend: Backend) {
    let server = TestServer::demo(backend).await;
    let scope = turin(&server).await;
    append(&server, scope, 2).await;
    let admin = admin(&server, scope).await;
    let page = admin.get(&server.url("/t/turin/admin/audit")).await;
    assert!(page.body.contains("/t/turin/admin/audit/checkpoint"));
    let download = admin
        .get(&server.url("/t/turin/admin/audit/checkpoint"))
        .await;
    assert_eq!(download.status, 200);
    let checkpoint: audit::Checkpoint = serde_json::from_str(&download.body).expect("JSON");
    assert!(checkpoint.seq >= 2);
    assert_eq!(checkpoint.seq, last_seq(&server, scope).await);
    assert!(checkpoint.is_signed_by(&server.state.secrets));

    // A log that does not verify gets no signature, but a plain refusal.
    remove(&server, scope, &format!("seq = {}", checkpoint.seq)).await;
    let refused = admin
        .get(&server.url("/t/turin/admin/audit/checkpoint"))
        .await;
    assert_eq!(refused.status, 422);
    assert!(
        refused.body.contains("non risulta integro"),
        "{}",
        refused.body
    );
    let employee = employee(&server, scope, "Ugo Curioso", "employee").await.0;
    let nosy = Browser::signed_in(&server, "turin", scope.get(), employee).await;
    assert_eq!(
        nosy.get(&server.url("/t/turin/admin/audit/checkpoint"))
            .await
            .status,
        403
    );
}

on_both_backends!(admins_download_a_signed_checkpoint);

/// Sends an invitation from Turin's admin page; returns its link and id.
async fn send_invitation(server: &TestServer, admin: &Browser, email: &str) -> (String, i32) {
    let link = crate::sign_in::invite(server, admin, email, "juror").await;
    let id = turin(server)
        .await
        .find::<invitations::Entity>()
        .filter(invitations::Column::Email.eq(email))
        .one(&server.store.db)
        .await
        .expect("query")
        .expect("the invitation")
        .id;
    (link, id)
}

/// Posts the revocation of invitation `id` in `slug`, confirmed or not,
/// with a CSRF token from the page `from`.
async fn post_revoke(
    browser: &Browser,
    server: &TestServer,
    slug: &str,
    from: &str,
    id: i32,
    confirmed: bool,
) -> Page {
    let csrf = browser.get(&server.url(from)).await.csrf();
    let mut form = vec![("csrf", csrf.as_str())];
    if confirmed {
        form.push(("confirm", "yes"));
    }
    browser
        .post(
            &server.url(&format!("/t/{slug}/admin/invitations/{id}/revoke")),
            &form,
        )
        .await
}

async fn admin_revokes_a_pending_invitation(backend: Backend) {
    let server = TestServer::demo(backend).await;
    let scope = turin(&server).await;
    let admin = admin(&server, scope).await;
    let list = "/t/turin/admin/invitations";
    let (link, id) = send_invitation(&server, &admin, "revocata@uni.example").await;
    let revoke_action = format!("/t/turin/admin/invitations/{id}/revoke");
    assert!(
        admin
            .get(&server.url(list))
            .await
            .body
            .contains(&revoke_action),
        "a pending invitation has a Revoke button"
    );
    // The invited person opened the link before the revocation.
    let expert = Browser::new();
    let form = expert.get(&link).await;
    assert_eq!(form.status, 200);

    // Another city's admin does not see it; an employee may not revoke.
    let porto = TenantId::of(
        &tenants::find_by_slug(&server.store.db, "porto")
            .await
            .expect("query")
            .expect("Porto"),
    );
    let porto_admin = porto
        .find::<role::Entity>()
        .filter(role::Column::Role.eq(Role::TenantAdmin))
        .one(&server.store.db)
        .await
        .expect("query")
        .expect("Porto's admin");
    let porto_admin =
        Browser::signed_in(&server, "porto", porto.get(), porto_admin.user_id.get()).await;
    let elsewhere = post_revoke(
        &porto_admin,
        &server,
        "porto",
        "/t/porto/admin/invitations",
        id,
        true,
    )
    .await;
    assert_eq!(elsewhere.status, 404, "{}", elsewhere.body);
    let (worker, _) = employee(&server, scope, "Evo Impiegato", "employee").await;
    let worker = Browser::signed_in(&server, "turin", scope.get(), worker).await;
    let refused = post_revoke(&worker, &server, "turin", "/t/turin/account", id, true).await;
    assert_eq!(refused.status, 403, "{}", refused.body);
    assert_eq!(expert.get(&link).await.status, 200, "the link still works");

    // Unconfirmed, it asks first and changes nothing.
    let asked = post_revoke(&admin, &server, "turin", list, id, false).await;
    assert_eq!(asked.status, 200, "{}", asked.body);
    assert!(
        asked.body.contains("revocata@uni.example"),
        "{}",
        asked.body
    );
    assert!(asked.body.contains("name=\"confirm\" value=\"yes\""));
    assert!(asked.body.contains(&format!("href=\"{list}\"")), "Cancel");
    assert_eq!(expert.get(&link).await.status, 200, "not yet revoked");

    let revoked = post_revoke(&admin, &server, "turin", list, id, true).await;
    assert_eq!(revoked.status, 303, "{}", revoked.body);
    let page = admin.get(&server.url(list)).await;
    assert!(
        page.body
            .contains(&message(&server, Lang::It, "invitation-revoked"))
    );
    assert!(!page.body.contains(&revoke_action), "no button any more");

    // The link answers as an expired one, even to the form opened before.
    let unknown = Browser::new()
        .get(&server.url("/t/turin/invitations/no-such-token"))
        .await;
    let opened = Browser::new().get(&link).await;
    assert_eq!(opened.status, 410);
    assert_eq!(opened.h1(), unknown.h1());
    let accepted = expert
        .post(
            &link,
            &[
                ("csrf", &form.csrf()),
                ("password", "a long enough secret"),
                ("confirmation", "a long enough secret"),
            ],
        )
        .await;
    assert_eq!(accepted.status, 410, "{}", accepted.body);
    assert!(
        scope
            .find::<user::Entity>()
            .filter(user::Column::Email.eq("revocata@uni.example"))
            .one(&server.store.db)
            .await
            .expect("query")
            .is_none(),
        "no account was made"
    );
    let again = post_revoke(&admin, &server, "turin", list, id, true).await;
    assert_eq!(again.status, 422);

    // An accepted invitation cannot be revoked, and says why.
    let (link, taken) = send_invitation(&server, &admin, "accettata@uni.example").await;
    let accepted = crate::sign_in::accept_invitation(&link, "a long enough secret").await;
    assert_eq!(accepted.status, 303, "{}", accepted.body);
    assert!(
        !admin
            .get(&server.url(list))
            .await
            .body
            .contains(&format!("/t/turin/admin/invitations/{taken}/revoke"))
    );
    for confirmed in [false, true] {
        let late = post_revoke(&admin, &server, "turin", list, taken, confirmed).await;
        assert_eq!(late.status, 422, "{}", late.body);
        assert!(
            late.body
                .contains(&message(&server, Lang::It, "invitation-revoke-accepted")),
            "{}",
            late.body
        );
    }

    // One entry, by the admin, without the address.
    let entries: Vec<_> = scope
        .find::<audit::Entity>()
        .filter(audit::Column::Action.eq("invitation.revoke"))
        .all(&server.store.db)
        .await
        .expect("query");
    assert_eq!(entries.len(), 1);
    assert_eq!(entries[0].subject_id, id);
    let admin_id = scope
        .find::<role::Entity>()
        .filter(role::Column::Role.eq(Role::TenantAdmin))
        .one(&server.store.db)
        .await
        .expect("query")
        .expect("an admin")
        .user_id;
    assert_eq!(entries[0].actor_id, Some(admin_id), "the admin revoked it");
    assert!(!entries[0].after.contains("revocata@uni.example"));
    assert_eq!(verify(&server, scope).await.map(|n| n > 0), Ok(true));
}

on_both_backends!(admin_revokes_a_pending_invitation);

/// The demo admin of `scope`: their id and the name pages show.
async fn admin_of(server: &TestServer, scope: TenantId) -> (i32, String) {
    let grant = scope
        .find::<role::Entity>()
        .filter(role::Column::Role.eq(Role::TenantAdmin))
        .one(&server.store.db)
        .await
        .expect("query")
        .expect("an admin");
    let person = scope
        .find::<user::Entity>()
        .filter(user::Column::Id.eq(grant.user_id))
        .one(&server.store.db)
        .await
        .expect("query")
        .expect("the admin");
    (person.id.get(), person.display_name)
}

/// Appends one entry as `actor` at `at`.
async fn entry_at(
    server: &TestServer,
    scope: TenantId,
    actor: Option<i32>,
    at: chrono::DateTime<chrono::Utc>,
    action: &str,
    subject_type: &str,
    after: serde_json::Value,
) {
    let txn = server.store.db.begin().await.expect("begin");
    audit::record(
        &txn,
        scope,
        at,
        audit::Event {
            actor: actor.map(innovato::ids::PersonId),
            action,
            subject_type,
            subject_id: 1,
            before: json!({}),
            after,
        },
    )
    .await
    .expect("appended");
    txn.commit().await.expect("commit");
}

async fn a_closed_call_reads_as_an_italian_sentence(backend: Backend) {
    let server = TestServer::demo(backend).await;
    let scope = turin(&server).await;
    let (admin_id, admin_name) = admin_of(&server, scope).await;
    let call = open_call(&server, scope).await;
    let title = innovato::calls::service::title(&server.store.db, scope, call.id, Lang::It)
        .await
        .expect("title");
    // Closed three days and two hours before its deadline.
    let at = call.submissions_close_at - chrono::Duration::hours(3 * 24 + 2);
    innovato::calls::service::close_early(
        &server.store.db,
        scope,
        call.id,
        Some(innovato::ids::PersonId(admin_id)),
        at,
    )
    .await
    .expect("closed");
    let admin = admin(&server, scope).await;
    let page = admin.get(&server.url("/t/turin/admin/audit")).await;
    assert_eq!(page.status, 200);
    let text = page.body.replace("&#39;", "'").replace("&#38;", "&");
    let sentence = format!(
        "{admin_name} ha chiuso in anticipo il bando ‘{title}’, 3 giorni prima della scadenza."
    );
    assert!(
        text.replace("&#39;", "'")
            .replace("&amp;", "&")
            .contains(&sentence),
        "{sentence} in {}",
        page.body
    );
    // No action code in what the admin reads, the raw details a click away.
    for code in innovato::audit::pages::ACTIONS {
        assert!(!text.contains(code), "{code} shown raw");
    }
    assert!(page.body.contains("<details>"), "details one click away");
    assert!(
        page.body.contains("&#34;submissions_close_at&#34;: ")
            || page.body.contains("&quot;submissions_close_at&quot;: "),
        "the details pretty-printed, escaped once: {}",
        page.body
    );
    assert!(!page.body.contains("\\&quot;") && !page.body.contains("\\&#34;"));
}

async fn filters_paging_and_export_pick_the_same_entries(backend: Backend) {
    let server = TestServer::demo(backend).await;
    let scope = turin(&server).await;
    let (admin_id, admin_name) = admin_of(&server, scope).await;
    let day = |d: u32| {
        chrono::NaiveDate::from_ymd_opt(2031, 3, d)
            .expect("date")
            .and_hms_opt(11, 0, 0)
            .expect("time")
            .and_utc()
    };
    entry_at(
        &server,
        scope,
        Some(admin_id),
        day(2),
        "city.logo",
        "city",
        json!({}),
    )
    .await;
    entry_at(
        &server,
        scope,
        None,
        day(3),
        "city.suspend",
        "city",
        json!({ "operator": "ops@rete.example" }),
    )
    .await;
    entry_at(
        &server,
        scope,
        Some(admin_id),
        day(4),
        "category.create",
        "category",
        json!({ "name": "Mobilità dolce" }),
    )
    .await;
    // Another city's entry, on the same day.
    let veszprem = TenantId::of(
        &tenants::find_by_slug(&server.store.db, "veszprem")
            .await
            .expect("query")
            .expect("Veszprém"),
    );
    entry_at(
        &server,
        veszprem,
        None,
        day(4),
        "category.create",
        "category",
        json!({ "name": "Titkos kategória" }),
    )
    .await;

    let admin = admin(&server, scope).await;
    let window = "from=2031-03-01&to=2031-03-31";
    let all = admin
        .get(&server.url(&format!("/t/turin/admin/audit?{window}")))
        .await;
    assert_eq!(all.status, 200);
    assert!(
        all.body
            .contains(&format!("{admin_name} ha cambiato il logo della città."))
    );
    assert!(
        all.body
            .contains("L&#39;operatore della piattaforma ops@rete.example ha sospeso la città.")
            || all
                .body
                .contains("L'operatore della piattaforma ops@rete.example ha sospeso la città."),
        "{}",
        all.body
    );
    assert!(
        all.body
            .contains("ha creato la categoria “Mobilità dolce”.")
    );
    assert!(!all.body.contains("Titkos"), "another city's entry");

    // By person.
    let mine = admin
        .get(&server.url(&format!("/t/turin/admin/audit?{window}&who={admin_id}")))
        .await;
    assert!(mine.body.contains("Mobilità dolce") && mine.body.contains("logo"));
    assert!(!mine.body.contains("ha sospeso"));
    // By action.
    let city = admin
        .get(&server.url(&format!("/t/turin/admin/audit?{window}&action=city.")))
        .await;
    assert!(city.body.contains("ha sospeso") && city.body.contains("logo"));
    assert!(!city.body.contains("Mobilità dolce"));
    // By date.
    let third = admin
        .get(&server.url("/t/turin/admin/audit?from=2031-03-03&to=2031-03-03"))
        .await;
    assert!(third.body.contains("ha sospeso"));
    assert!(!third.body.contains("logo della città") && !third.body.contains("Mobilità dolce"));

    // The export holds the filtered rows, nothing else.
    let csv = admin
        .get(&server.url(&format!("/t/turin/admin/audit.csv?{window}&action=c")))
        .await;
    assert_eq!(csv.status, 200);
    assert_eq!(csv.header("content-type"), Some("text/csv; charset=utf-8"));
    let rows: Vec<&str> = csv.body.split("\r\n").filter(|r| !r.is_empty()).collect();
    assert_eq!(rows.len(), 4, "{}", csv.body);
    assert!(rows[0].starts_with("\"Quando\",\"Chi\",\"Codice dell'azione\""));
    assert!(
        rows[1].starts_with("\"2031-03-04T11:00:00Z\""),
        "{}",
        rows[1]
    );
    assert!(rows[1].contains("\"category.create\""));
    assert!(rows[1].contains("Mobilità dolce"));
    assert!(rows[2].contains("\"city.suspend\"") && rows[3].contains("\"city.logo\""));
    assert!(!csv.body.contains("Titkos"), "another city's entry");
    let one = admin
        .get(&server.url(&format!("/t/turin/admin/audit.csv?{window}&who=system")))
        .await;
    assert_eq!(one.body.split("\r\n").filter(|r| !r.is_empty()).count(), 2);

    // Paging: 50 entries a page, the next one linked.
    for n in 0..55 {
        entry_at(
            &server,
            scope,
            Some(admin_id),
            day(20),
            "city.mail",
            "city",
            json!({ "n": n }),
        )
        .await;
    }
    let first = admin
        .get(&server.url("/t/turin/admin/audit?action=city.mail"))
        .await;
    assert_eq!(first.body.matches("<details>").count(), 50);
    assert!(
        first
            .body
            .contains("action=city.mail&amp;from=&amp;to=&amp;page=2")
            || first.body.contains("page=2")
    );
    let second = admin
        .get(&server.url("/t/turin/admin/audit?action=city.mail&page=2"))
        .await;
    assert_eq!(second.body.matches("<details>").count(), 5);
    assert_eq!(
        admin
            .get(&server.url("/t/turin/admin/audit?page=zero"))
            .await
            .status,
        400
    );

    // A non-admin is refused, page and export.
    let employee = employee(&server, scope, "Ugo Curioso", "employee").await.0;
    let nosy = Browser::signed_in(&server, "turin", scope.get(), employee).await;
    for path in ["/t/turin/admin/audit", "/t/turin/admin/audit.csv"] {
        assert_eq!(nosy.get(&server.url(path)).await.status, 403, "{path}");
    }
}

on_both_backends!(
    a_closed_call_reads_as_an_italian_sentence,
    filters_paging_and_export_pick_the_same_entries,
);

/// Every action code written anywhere in the server, and every one the
/// README lists, has a sentence in all eight languages that names the
/// actor (or the operator) and leaves no variable unfilled.
#[test]
fn every_action_code_has_a_sentence_in_every_language() {
    let actions = innovato::audit::pages::ACTIONS;
    let prefixes = [
        "api_token",
        "call",
        "category",
        "challenge",
        "city",
        "facilitator",
        "identities",
        "invitation",
        "jury",
        "mail",
        "person",
        "practice",
        "project",
        "proposal",
        "review",
        "role",
        "team",
    ];
    let mut found = std::collections::BTreeSet::new();
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let mut dirs = vec![root];
    while let Some(dir) = dirs.pop() {
        for entry in std::fs::read_dir(&dir).expect("dir") {
            let path = entry.expect("entry").path();
            if path.is_dir() {
                if !path.ends_with("audit") {
                    dirs.push(path);
                }
                continue;
            }
            if path.extension().is_none_or(|e| e != "rs") {
                continue;
            }
            let source = std::fs::read_to_string(&path).expect("source");
            // Codes reach `audit::Event` as string literals, directly or
            // through a helper's `action` argument, in files that audit.
            for piece in source.split('"').skip(1).step_by(2) {
                if let Some((head, tail)) = piece.split_once('.')
                    && prefixes.contains(&head)
                    && !tail.is_empty()
                    && tail.chars().all(|c| c.is_ascii_lowercase() || c == '_')
                    && source.contains("audit::")
                {
                    found.insert(piece.to_owned());
                }
            }
        }
    }
    let readme = std::fs::read_to_string(
        std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../README.md"),
    )
    .expect("README");
    let audit_paragraph = readme
        .split("\n\n")
        .find(|p| p.starts_with("**Audit.**"))
        .expect("the README's audit paragraph");
    for piece in audit_paragraph.split('`').skip(1).step_by(2) {
        if let Some((head, _)) = piece.split_once('.')
            && prefixes.contains(&head)
        {
            found.insert(piece.to_owned());
        }
    }
    assert!(found.len() >= 40, "codes found: {found:?}");
    for code in &found {
        assert!(actions.contains(&code.as_str()), "{code} has no sentence");
    }
    let locales = innovato::i18n::Locales::load().expect("locales");
    let mut args = fluent_bundle::FluentArgs::new();
    for (name, value) in innovato::audit::pages::sample_args() {
        args.set(name, value);
    }
    for lang in Lang::ALL {
        for code in actions.iter().copied().chain(["unknown"]) {
            let id = if code == "unknown" {
                "audit-do-unknown".to_owned()
            } else {
                innovato::audit::pages::message_id(code)
            };
            let said = locales
                .try_format(lang, &id, Some(&args))
                .unwrap_or_else(|e| panic!("{lang} {code}: {e}"));
            let who = if code.starts_with("city.suspend") || code.starts_with("city.resume") {
                "ops@network.example"
            } else {
                "Giulia Rossi"
            };
            assert!(said.contains(who), "{lang} {code}: {said}");
            assert!(
                !said.contains('$') && !said.contains("{"),
                "{lang} {code}: {said}"
            );
            if lang != Lang::En {
                let english = locales
                    .try_format(Lang::En, &id, Some(&args))
                    .expect("English");
                assert_ne!(said, english, "{lang} {code} is still English");
            }
        }
    }
}
