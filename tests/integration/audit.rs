//! The audit log: its head kept apart and a signed checkpoint show entries
//! removed from its end.

use innovato::{audit, secrets::SecretKey, tenancy::TenantId};
use sea_orm::{ConnectionTrait, QueryOrder, TransactionTrait};
use serde_json::json;
use tokio::process::Command;

use crate::{
    calls::turin,
    support::{Backend, TestServer, on_both_backends},
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

on_both_backends!(
    removed_entries_are_named_and_truncation_shows,
    a_signed_checkpoint_shows_a_log_cut_with_its_head,
);
