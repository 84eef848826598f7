//! The API's OpenAPI document: generated from the code, it describes every
//! route of the API as OpenAPI 3.1, a page shows it to people in their
//! language, and schemathesis, driving the running server from it with a
//! token, finds no server error, no answer the document does not describe,
//! and nothing of another city.

use std::collections::BTreeSet;

use innovato::ids::PersonId;
use innovato::{
    calls,
    i18n::Lang,
    organisation,
    people::{Role, role, user},
    proposals,
    tenancy::TenantId,
    tenants,
};
use sea_orm::ActiveValue::Set;
use serde_json::{Value, json};

use crate::{
    calls::turin,
    proposals::{employee, open_call},
    support::{Backend, Browser, Page, TestServer, message, on_both_backends},
};

fn json_of(body: &str) -> Value {
    serde_json::from_str(body).unwrap_or_else(|_| panic!("JSON: {body}"))
}

async fn the_document_describes_every_route_of_the_api(backend: Backend) {
    let server = TestServer::demo(backend).await;
    let page = server.get("/t/turin/api/v1/openapi.json", "en").await;
    assert_eq!(page.status, 200, "{}", page.body);
    assert_eq!(page.header("content-type"), Some("application/json"));
    let doc = json_of(&page.body);
    assert_eq!(doc["openapi"], "3.1.0");
    assert_eq!(
        doc["servers"][0]["url"],
        server.url("/t/turin/api/v1"),
        "the server is the city's API"
    );
    let documented: BTreeSet<String> = doc["paths"]
        .as_object()
        .expect("paths")
        .keys()
        .map(|path| format!("/api/v1{path}"))
        .collect();
    let routed: BTreeSet<String> = innovato::http::api::paths().into_iter().collect();
    assert_eq!(documented, routed, "every route of the API is documented");

    let mut errors = 0;
    for (path, item) in doc["paths"].as_object().expect("paths") {
        for (method, operation) in item.as_object().expect("operations") {
            for (status, response) in operation["responses"].as_object().expect("responses") {
                if status.as_str() >= "400" {
                    errors += 1;
                    assert_eq!(
                        response["content"]["application/problem+json"]["schema"]["$ref"],
                        "#/components/schemas/ProblemDocument",
                        "{method} {path} {status} is a problem document"
                    );
                }
            }
        }
    }
    assert!(errors > 40, "the errors are documented ({errors})");
    assert_eq!(
        doc["components"]["securitySchemes"]["bearer"]["scheme"],
        "bearer"
    );

    // Another city's document names its own server.
    let porto = json_of(&server.get("/t/porto/api/v1/openapi.json", "pt").await.body);
    assert_eq!(porto["servers"][0]["url"], server.url("/t/porto/api/v1"));
}

async fn the_page_shows_the_api_in_the_readers_language(backend: Backend) {
    let server = TestServer::demo(backend).await;
    for lang in [Lang::It, Lang::En] {
        let page = server.get("/t/turin/api/v1/docs", lang.code()).await;
        assert_eq!(page.status, 200, "{}", page.body);
        assert_eq!(page.html_lang(), Some(lang.code()));
        assert_eq!(
            page.h1(),
            Some(message(&server, lang, "api-docs-title").as_str())
        );
        let save = format!(
            "<code>PUT /proposals/{{id}}</code> — {}",
            message(&server, lang, "api-docs-op-save-proposal")
        );
        assert!(page.body.contains(&save), "{save} in {}", page.body);
        assert!(page.body.contains("<h3 id=\"schema-ProposalView\">"));
        assert!(
            page.body
                .contains("<th scope=\"row\"><code>Idempotency-Key</code></th>")
        );
        assert!(
            page.body
                .contains(&message(&server, lang, "api-docs-needs-token"))
        );
    }
    let scope = turin(&server).await;
    let admin = crate::calls::admin(&server, scope).await;
    let tokens = admin.get(&server.url("/t/turin/admin/api-tokens")).await;
    assert!(
        tokens.body.contains("href=\"/t/turin/api/v1/docs\""),
        "the tokens page links to the documentation"
    );
}

/// The page as it shows a text of the document: HTML-escaped, its
/// backticked names as code.
fn as_shown(words: &str) -> String {
    words
        .split('`')
        .enumerate()
        .filter(|(_, part)| !part.is_empty())
        .map(|(i, part)| {
            let part = part
                .replace('&', "&amp;")
                .replace('<', "&lt;")
                .replace('>', "&gt;")
                .replace('"', "&#34;")
                .replace('\'', "&#39;");
            if i % 2 == 1 {
                format!("<code>{part}</code>")
            } else {
                part
            }
        })
        .collect()
}

/// Every description, parameter, answer and field the page takes from
/// the document reads in the page's language (issue 21, rule 6): a
/// Hungarian reader in Veszprém and an Italian one in Turin find each in
/// their words, and none of the document's English.
async fn every_text_of_the_page_is_in_the_readers_language(backend: Backend) {
    let server = TestServer::demo(backend).await;
    let texts = innovato::api_docs::page::texts();
    assert!(texts.len() > 50, "the page shows the document's texts");
    for (city, lang) in [("veszprem", Lang::Hu), ("turin", Lang::It)] {
        let page = server
            .get(
                &format!("/t/{city}/api/v1/docs?lang={}", lang.code()),
                lang.code(),
            )
            .await;
        assert_eq!(page.status, 200, "{}", page.body);
        assert_eq!(page.html_lang(), Some(lang.code()));
        let docs = page
            .body
            .split_once("<div class=\"api-docs\">")
            .map(|(_, docs)| docs)
            .unwrap_or_else(|| panic!("the documentation: {}", page.body));
        for text in &texts {
            let shown = as_shown(&server.state.locales.for_lang(lang).t(&text.id));
            assert!(docs.contains(&shown), "{lang} {}: {shown}", text.id);
            if text.english.len() > 20 {
                let english = as_shown(&text.english);
                assert!(!docs.contains(&english), "{lang} shows English: {english}");
            }
        }
        // On a phone the page never scrolls sideways: each table (five
        // columns of names and types) scrolls inside its own box.
        assert_eq!(
            docs.matches("<table").count(),
            docs.matches("<div class=\"table-scroll\" tabindex=\"0\" role=\"region\"")
                .count(),
            "{lang}: every table in a scrolling box"
        );
        assert!(
            !docs.contains("lang=\"en\""),
            "{lang}: no text of the page is marked English"
        );
    }
    // The ids are those the README names: answers shared by name, the
    // others by operation, parameters, bodies, shapes and their fields.
    for id in [
        "api-docs-reply-TooManyRequests",
        "api-docs-reply-create-proposal-409",
        "api-docs-param-create-proposal-Idempotency-Key",
        "api-docs-body-submit-proposal",
        "api-docs-schema-ProblemDocument",
        "api-docs-field-ProblemDocument-type",
    ] {
        assert!(
            texts.iter().any(|t| t.id == id),
            "{id} is a text of the page"
        );
    }
}

async fn every_error_of_the_api_is_a_localized_problem(backend: Backend) {
    let server = TestServer::demo(backend).await;
    let scope = turin(&server).await;
    let token = admin_token(&server, scope, "Problem Rossi").await;
    let bearer = format!("Bearer {token}");
    let english = server.state.locales.for_lang(Lang::En);
    // (method, path inside the API, content type, body, status, message)
    let cases = [
        ("GET", "/calls/abc", "", None, 400, "error-bad-request"),
        (
            "GET",
            "/calls/99999999999",
            "",
            None,
            400,
            "error-bad-request",
        ),
        (
            "DELETE",
            "/calls",
            "",
            None,
            405,
            "error-method-not-allowed",
        ),
        ("GET", "/nothing/here", "", None, 404, "error-not-found"),
        (
            "PUT",
            "/proposals/1",
            "text/plain",
            Some("title=x"),
            415,
            "error-unsupported-media-type",
        ),
        (
            "PUT",
            "/proposals/1",
            "application/json",
            Some("{\"title\": "),
            400,
            "error-bad-request",
        ),
        ("PUT", "/proposals/1", "", None, 400, "error-bad-request"),
        (
            "GET",
            "/calls/1/proposals?status=nonsense",
            "",
            None,
            400,
            "error-bad-request",
        ),
    ];
    for (method, path, content_type, body, status, id) in cases {
        let url = server.url(&format!("/t/turin/api/v1{path}"));
        let mut all = vec![
            ("authorization", bearer.as_str()),
            ("accept-language", "en"),
        ];
        if !content_type.is_empty() {
            all.push(("content-type", content_type));
        }
        let answer = send_raw(&server, method, &url, &all, body).await;
        assert_eq!(answer.status, status, "{method} {path}: {}", answer.body);
        assert_eq!(
            answer.header("content-type"),
            Some("application/problem+json"),
            "{method} {path}"
        );
        let problem = json_of(&answer.body);
        assert_eq!(problem["status"], status);
        assert_eq!(problem["type"], "about:blank");
        assert_eq!(problem["title"], english.t(id), "{method} {path}");
        assert_eq!(problem["detail"], english.t(&format!("{id}.detail")));
        if status == 405 {
            assert_eq!(
                answer.header("allow"),
                Some("GET,HEAD,POST"),
                "405 says what is allowed"
            );
        }
    }
    // Without a token or a session, a write asks to sign in, not for a
    // CSRF token.
    let anonymous = send_raw(
        &server,
        "POST",
        &server.url("/t/turin/api/v1/proposals/1/submit"),
        &[("accept-language", "en")],
        None,
    )
    .await;
    assert_eq!(anonymous.status, 401);
    assert_eq!(
        json_of(&anonymous.body)["title"],
        english.t("error-sign-in-required")
    );
}

/// A request exactly as given: headers, and a body of any type.
async fn send_raw(
    server: &TestServer,
    method: &str,
    url: &str,
    headers: &[(&str, &str)],
    body: Option<&str>,
) -> Page {
    let method = reqwest::Method::from_bytes(method.as_bytes()).expect("method");
    let mut request = server.client.request(method, url);
    for (name, value) in headers {
        request = request.header(*name, *value);
    }
    if let Some(body) = body {
        request = request.body(body.to_owned());
    }
    let response = request.send().await.expect("answered");
    Page {
        status: response.status().as_u16(),
        headers: response.headers().clone(),
        body: response.text().await.expect("body is text"),
    }
}

/// A new employee of Turin made an administrator, who creates an API token
/// on the tokens page; the token acts as them.
async fn admin_token(server: &TestServer, scope: TenantId, name: &str) -> String {
    let (person, _) = employee(server, scope, name, "employee").await;
    scope
        .insert(
            role::ActiveModel {
                user_id: Set(PersonId(person)),
                role: Set(Role::TenantAdmin),
                call_id: Set(None),
                created_at: Set(chrono::Utc::now()),
                ..Default::default()
            },
            &server.store.db,
        )
        .await
        .expect("admin role");
    let browser = Browser::signed_in(server, "turin", scope.get(), person).await;
    let page = browser.get(&server.url("/t/turin/admin/api-tokens")).await;
    let created = browser
        .post(
            &server.url("/t/turin/admin/api-tokens"),
            &[("csrf", &page.csrf()), ("name", "Fuzzing")],
        )
        .await;
    let marker = "<p class=\"code\">";
    let start = created.body.find(marker).expect("token shown") + marker.len();
    created.body[start..]
        .split('<')
        .next()
        .expect("token")
        .to_owned()
}

/// What belongs to Porto, which no answer in Turin may carry.
async fn porto_data(server: &TestServer) -> Value {
    let porto = TenantId::of(
        &tenants::find_by_slug(&server.store.db, "porto")
            .await
            .expect("query")
            .expect("Porto"),
    );
    let db = &server.store.db;
    let people = porto.find::<user::Entity>().all(db).await.expect("people");
    let calls = porto.find::<calls::Entity>().all(db).await.expect("calls");
    let texts = porto
        .find::<calls::text::Entity>()
        .all(db)
        .await
        .expect("texts");
    let proposals = porto
        .find::<proposals::Entity>()
        .all(db)
        .await
        .expect("proposals");
    let categories = porto
        .find::<organisation::category::Entity>()
        .all(db)
        .await
        .expect("categories");
    let divisions = porto
        .find::<organisation::division::Entity>()
        .all(db)
        .await
        .expect("divisions");
    let projects = porto
        .find::<innovato::projects::Entity>()
        .all(db)
        .await
        .expect("projects");
    // Long enough to be Porto's own, not a word any city might use.
    let strings: BTreeSet<String> = people
        .iter()
        .flat_map(|p| [p.display_name.clone(), p.email.clone()])
        .chain(texts.iter().map(|t| t.title.clone()))
        .chain(proposals.iter().map(|p| p.title.clone()))
        .chain(projects.iter().map(|p| p.title.clone()))
        .filter(|s| s.chars().count() >= 12)
        .collect();
    assert!(strings.len() > 20 && !proposals.is_empty() && !people.is_empty());
    json!({
        "strings": strings,
        "person_ids": people.iter().map(|p| p.id).collect::<Vec<_>>(),
        "call_ids": calls.iter().map(|c| c.id).collect::<Vec<_>>(),
        "proposal_ids": proposals.iter().map(|p| p.id).collect::<Vec<_>>(),
        "category_ids": categories.iter().map(|c| c.id).collect::<Vec<_>>(),
        "division_ids": divisions.iter().map(|d| d.id).collect::<Vec<_>>(),
        "project_ids": projects.iter().map(|p| p.id).collect::<Vec<_>>(),
    })
}

/// Runs schemathesis against Turin's document, with the tokens of `data`
/// in turn; its exit status and output.
async fn schemathesis(server: &TestServer, data: &Value, only: &[&str]) -> (bool, String) {
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("..");
    let dir = tempfile::tempdir().expect("temporary directory");
    let data_file = dir.path().join("fuzz-data.json");
    std::fs::write(&data_file, data.to_string()).expect("fuzz data written");
    let output = tokio::process::Command::new(root.join("tests/.tools/venv/bin/schemathesis"))
        .arg("--config-file")
        .arg(root.join("tests/tools/schemathesis.toml"))
        .arg("run")
        .arg(server.url("/t/turin/api/v1/openapi.json"))
        .args(["--checks", "all", "--mode", "all", "--seed", "20260124"])
        .args(["--max-examples", "6", "--workers", "1", "--no-shrink"])
        .args(["--phases", "examples,coverage,fuzzing"])
        .args(["--request-timeout", "10", "--suppress-health-check", "all"])
        .args(only)
        .current_dir(dir.path())
        .env(
            "SCHEMATHESIS_HOOKS",
            root.join("tests/tools/schemathesis_hooks.py"),
        )
        .env("INNOVATO_FUZZ_DATA", &data_file)
        .env("NO_COLOR", "1")
        .env(
            "HYPOTHESIS_STORAGE_DIRECTORY",
            dir.path().join("hypothesis"),
        )
        .kill_on_drop(true)
        .output()
        .await
        .expect("schemathesis runs (tests/setup installs it)");
    let text = format!(
        "{}{}",
        String::from_utf8_lossy(&output.stdout),
        String::from_utf8_lossy(&output.stderr)
    );
    (output.status.success(), text)
}

async fn schemathesis_finds_no_fault_in_the_api(backend: Backend) {
    // One run is many requests from one address, more than the 1,200 a
    // minute the API allows an address once it has some 40 operations:
    // the limits are tested in `limits::`, not found by the fuzzer.
    let server = TestServer::demo_with_rate_limit_factor(backend, 4).await;
    let scope = turin(&server).await;
    // A run sends more than the 300 requests a minute the API allows one
    // person: four holders share it.
    let mut tokens = Vec::new();
    for name in ["Fuzz Rossi", "Fuzz Bianchi", "Fuzz Verdi", "Fuzz Neri"] {
        tokens.push(admin_token(&server, scope, name).await);
    }
    // The first holder has a proposal of their own on the open call.
    let call = open_call(&server, scope).await;
    let started = Browser::new()
        .request(
            "POST",
            &server.url(&format!("/t/turin/api/v1/calls/{}/proposals", call.id)),
            &[
                ("authorization", &format!("Bearer {}", tokens[0])),
                ("idempotency-key", "fuzz-1"),
            ],
            None,
        )
        .await;
    assert_eq!(started.status, 201, "{}", started.body);
    let own = json_of(&started.body)["id"].as_i64().expect("id");

    let mut data = porto_data(&server).await;
    let mut probes: Vec<Value> = data["proposal_ids"]
        .as_array()
        .into_iter()
        .chain(data["call_ids"].as_array())
        .chain(data["person_ids"].as_array())
        .chain(data["project_ids"].as_array())
        .flatten()
        .cloned()
        .collect();
    probes.extend([json!(own), json!(call.id)]);
    data["probe_ids"] = json!(probes);
    data["tokens"] = json!(tokens);

    let started = std::time::Instant::now();
    let (passed, output) = schemathesis(&server, &data, &[]).await;
    assert!(passed, "schemathesis found faults:\n{output}");
    eprintln!("schemathesis passed in {:?}:\n{output}", started.elapsed());

    // The check can fail: were a Turin person's name another city's, the
    // answer to `/me` would carry it.
    let mirrored_token = admin_token(&server, scope, "Fuzz Mirror").await;
    let mut mirrored = data.clone();
    mirrored["strings"] = json!(["Fuzz Mirror"]);
    mirrored["tokens"] = json!([mirrored_token]);
    let (passed, output) = schemathesis(&server, &mirrored, &["--include-path", "/me"]).await;
    assert!(!passed, "the check sees a foreign name:\n{output}");
    assert!(output.contains("another city's 'Fuzz Mirror'"), "{output}");

    // It reads the console's answers too, ids as well as names: were that
    // person another city's, the audit log naming them as the actor of
    // their token's creation would show them.
    let mirror = scope
        .find::<user::Entity>()
        .all(&server.store.db)
        .await
        .expect("people")
        .into_iter()
        .find(|p| p.display_name == "Fuzz Mirror")
        .expect("the mirror");
    let mut person = mirrored.clone();
    person["strings"] = json!([]);
    person["person_ids"] = json!([mirror.id]);
    let (passed, output) = schemathesis(&server, &person, &["--include-path", "/audit"]).await;
    assert!(!passed, "the check sees a foreign person:\n{output}");
    assert!(
        output.contains(&format!("another city's person {}", mirror.id)),
        "{output}"
    );
}

on_both_backends!(
    the_document_describes_every_route_of_the_api,
    the_page_shows_the_api_in_the_readers_language,
    every_text_of_the_page_is_in_the_readers_language,
    every_error_of_the_api_is_a_localized_problem,
    schemathesis_finds_no_fault_in_the_api,
);
