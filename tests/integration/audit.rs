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

    // The admin's page shows them.
    let page = admin.get(&server.url("/t/turin/admin/audit")).await;
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
