//! The deployment files of `deploy/`: the Helm chart renders to manifests
//! that the Kubernetes API's schemas accept and that do what a reviewer
//! checks (probes, user, secrets, migrations, scaling); compose.yaml and the
//! Dockerfile describe the stack with the server's real names and ports.
//!
//! The chart is rendered by tests/tools/render_chart.py (no helm binary can
//! be installed here; it renders the template subset the chart uses and
//! refuses anything else) and validated by kubernetes-validate, both from
//! tests/.tools/venv (tests/setup installs them).

use std::{
    collections::BTreeSet,
    path::{Path, PathBuf},
    process::{Command, Output},
};

use serde_json::Value;

const ROOT: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/..");
const CHART: &str = "deploy/helm/innovato";
/// The oldest Kubernetes release the chart is meant for.
const KUBERNETES: &str = "1.30.0";

fn root() -> PathBuf {
    Path::new(ROOT).to_path_buf()
}

fn tool(name: &str) -> PathBuf {
    let path = root().join("tests/.tools/venv/bin").join(name);
    assert!(
        path.exists(),
        "{} is missing: run tests/setup",
        path.display()
    );
    path
}

fn run(command: &mut Command) -> Output {
    command
        .current_dir(root())
        .output()
        .unwrap_or_else(|error| panic!("{command:?} runs: {error}"))
}

fn text(bytes: &[u8]) -> String {
    String::from_utf8_lossy(bytes).into_owned()
}

/// The chart's manifests with the given values file, as YAML.
fn render(values: Option<&Path>) -> String {
    let mut command = Command::new(tool("python"));
    command.arg("tests/tools/render_chart.py").arg(CHART);
    if let Some(values) = values {
        command.arg("-f").arg(values);
    }
    let out = run(&mut command);
    assert!(out.status.success(), "renders: {}", text(&out.stderr));
    text(&out.stdout)
}

/// kubernetes-validate's verdict on `manifests`, strict (unknown fields fail).
fn validate(manifests: &str) -> Output {
    let dir = tempfile::tempdir().expect("dir");
    let file = dir.path().join("manifests.yaml");
    std::fs::write(&file, manifests).expect("write manifests");
    run(Command::new(tool("kubernetes-validate"))
        .args(["--strict", "--kubernetes-version", KUBERNETES])
        .arg(&file))
}

fn yaml_documents(yaml: &str) -> Vec<Value> {
    let dir = tempfile::tempdir().expect("dir");
    let file = dir.path().join("documents.yaml");
    std::fs::write(&file, yaml).expect("write yaml");
    let out = run(Command::new(tool("python"))
        .arg("tests/tools/yaml_to_json.py")
        .arg(&file));
    assert!(out.status.success(), "YAML parses: {}", text(&out.stderr));
    serde_json::from_slice(&out.stdout).expect("JSON")
}

fn kind<'a>(documents: &'a [Value], kind: &str) -> &'a Value {
    let mut found = documents.iter().filter(|d| d["kind"] == kind);
    let first = found.next().unwrap_or_else(|| panic!("a {kind}"));
    assert!(found.next().is_none(), "one {kind}");
    first
}

fn strings(value: &Value) -> Vec<&str> {
    value
        .as_array()
        .map(|items| items.iter().filter_map(Value::as_str).collect())
        .unwrap_or_default()
}

/// Every environment variable `innovato serve` reads (from its `--help`).
fn server_variables() -> BTreeSet<String> {
    let out = run(Command::new(env!("CARGO_BIN_EXE_innovato")).args(["serve", "--help"]));
    assert!(out.status.success());
    text(&out.stdout)
        .split("[env: ")
        .skip(1)
        .filter_map(|rest| rest.split(['=', ']']).next())
        .map(str::to_owned)
        .collect()
}

fn every_option() -> tempfile::NamedTempFile {
    let file = tempfile::NamedTempFile::new().expect("values file");
    std::fs::write(
        file.path(),
        "ingress:\n  enabled: true\n  className: nginx\n  hosts: [innovato.example.org, ideas.torino.example]\n  \
         tls: [{secretName: innovato-tls, hosts: [innovato.example.org]}]\n\
         secrets: {smtpUrl: {name: innovato-mail}, metricsToken: {name: innovato-metrics}}\n\
         uploads: {existingClaim: innovato-uploads}\n\
         autoscaling: {enabled: false}\n\
         extraEnvFrom: [{secretRef: {name: innovato-s3}}]\n\
         podAnnotations: {example.org/team: ideas}\n",
    )
    .expect("write values");
    file
}

#[test]
fn the_chart_renders_to_manifests_kubernetes_accepts() {
    let defaults = render(None);
    let out = validate(&defaults);
    assert!(
        out.status.success(),
        "{}{}",
        text(&out.stdout),
        text(&out.stderr)
    );
    let kinds: BTreeSet<String> = yaml_documents(&defaults)
        .iter()
        .filter_map(|d| d["kind"].as_str().map(str::to_owned))
        .collect();
    let expected = [
        "Deployment",
        "HorizontalPodAutoscaler",
        "Job",
        "PodDisruptionBudget",
        "Service",
    ];
    assert_eq!(kinds, expected.map(str::to_owned).into());

    let values = every_option();
    let everything = render(Some(values.path()));
    let out = validate(&everything);
    assert!(
        out.status.success(),
        "{}{}",
        text(&out.stdout),
        text(&out.stderr)
    );
    let documents = yaml_documents(&everything);
    let ingress = kind(&documents, "Ingress");
    assert_eq!(ingress["spec"]["rules"].as_array().map(Vec::len), Some(2));
    assert!(
        documents
            .iter()
            .all(|d| d["kind"] != "HorizontalPodAutoscaler")
    );
    assert_eq!(kind(&documents, "Deployment")["spec"]["replicas"], 2);

    // The validator is no rubber stamp: a misspelt field is refused.
    let misspelt = defaults.replace("containerPort:", "containerPorts:");
    assert_ne!(misspelt, defaults);
    assert!(!validate(&misspelt).status.success());
}

#[test]
fn pods_are_probed_run_unprivileged_and_read_secrets_by_reference() {
    let manifests = render(None);
    let documents = yaml_documents(&manifests);
    let deployment = kind(&documents, "Deployment");
    let pod = &deployment["spec"]["template"]["spec"];
    let server = &pod["containers"][0];
    assert_eq!(strings(&server["args"]), ["serve"]);

    assert_eq!(server["readinessProbe"]["httpGet"]["path"], "/readyz");
    assert_eq!(server["livenessProbe"]["httpGet"]["path"], "/healthz");
    let http_port = server["ports"]
        .as_array()
        .and_then(|ports| ports.iter().find(|p| p["name"] == "http"))
        .expect("a port named http");
    assert_eq!(server["readinessProbe"]["httpGet"]["port"], "http");
    let env = server["env"].as_array().expect("env");
    let value_of = |name: &str| env.iter().find(|e| e["name"] == name);
    let bind = value_of("INNOVATO_BIND").expect("bind")["value"]
        .as_str()
        .expect("a value");
    assert_eq!(
        bind.rsplit(':').next(),
        Some(http_port["containerPort"].to_string().as_str()),
        "listens on the probed port"
    );

    assert_eq!(pod["securityContext"]["runAsNonRoot"], true);
    assert!(pod["securityContext"]["runAsUser"].as_u64() > Some(0));
    assert_eq!(server["securityContext"]["readOnlyRootFilesystem"], true);
    assert_eq!(server["securityContext"]["allowPrivilegeEscalation"], false);
    assert_eq!(pod["automountServiceAccountToken"], false);

    for secret in ["DATABASE_URL", "REDIS_URL", "INNOVATO_SECRET_KEY"] {
        let entry = value_of(secret).unwrap_or_else(|| panic!("{secret} set"));
        assert!(entry.get("value").is_none(), "{secret} not inlined");
        let reference = &entry["valueFrom"]["secretKeyRef"];
        assert!(
            reference["name"].is_string() && reference["key"].is_string(),
            "{secret} from a Secret: {entry}"
        );
    }
    assert!(documents.iter().all(|d| d["kind"] != "Secret"));
    for scheme in ["postgres://", "redis://"] {
        assert!(!manifests.contains(scheme), "no {scheme} URL written out");
    }

    // The server finishes requests after SIGTERM: the grace period covers
    // the pre-stop wait and leaves time for them.
    let grace = pod["terminationGracePeriodSeconds"]
        .as_u64()
        .expect("grace");
    let pre_stop = strings(&server["lifecycle"]["preStop"]["exec"]["command"]);
    let wait: u64 = pre_stop[1].parse().expect("seconds");
    assert_eq!(pre_stop[0], "sleep");
    assert!(grace >= wait + 20, "grace {grace}s, pre-stop {wait}s");

    let known = server_variables();
    for entry in env {
        let name = entry["name"].as_str().expect("name");
        assert!(known.contains(name), "{name} is read by the server");
    }
}

#[test]
fn migrations_run_in_a_hook_job_before_the_new_pods() {
    let documents = yaml_documents(&render(None));
    let job = kind(&documents, "Job");
    let hooks = job["metadata"]["annotations"]["helm.sh/hook"]
        .as_str()
        .expect("a hook");
    assert!(hooks.split(',').any(|h| h == "pre-install"), "{hooks}");
    assert!(hooks.split(',').any(|h| h == "pre-upgrade"), "{hooks}");
    let pod = &job["spec"]["template"]["spec"];
    let migrate = &pod["containers"][0];
    assert_eq!(strings(&migrate["args"]), ["migrate"]);
    assert_eq!(pod["restartPolicy"], "Never");
    assert_eq!(pod["securityContext"]["runAsNonRoot"], true);
    let server = &kind(&documents, "Deployment")["spec"]["template"]["spec"]["containers"][0];
    assert_eq!(migrate["image"], server["image"], "the release's image");
    let database = migrate["env"]
        .as_array()
        .and_then(|env| env.iter().find(|e| e["name"] == "DATABASE_URL"))
        .expect("DATABASE_URL");
    assert!(database["valueFrom"]["secretKeyRef"].is_object());
}

#[test]
fn autoscaler_budget_and_service_select_the_servers_pods() {
    let documents = yaml_documents(&render(None));
    let deployment = kind(&documents, "Deployment");
    let name = &deployment["metadata"]["name"];
    let selector = &deployment["spec"]["selector"]["matchLabels"];
    let pod_labels = deployment["spec"]["template"]["metadata"]["labels"]
        .as_object()
        .expect("pod labels");
    let selects = |labels: &serde_json::Map<String, Value>, selector: &Value| {
        selector
            .as_object()
            .is_some_and(|s| !s.is_empty() && s.iter().all(|(k, v)| labels.get(k) == Some(v)))
    };
    assert!(selects(pod_labels, selector));

    let hpa = kind(&documents, "HorizontalPodAutoscaler");
    assert_eq!(hpa["spec"]["scaleTargetRef"]["kind"], "Deployment");
    assert_eq!(hpa["spec"]["scaleTargetRef"]["name"], *name);
    assert!(hpa["spec"]["minReplicas"].as_u64() >= Some(2));

    let pdb = kind(&documents, "PodDisruptionBudget");
    assert!(selects(pod_labels, &pdb["spec"]["selector"]["matchLabels"]));
    let service = kind(&documents, "Service");
    assert!(selects(pod_labels, &service["spec"]["selector"]));

    // The migration's pod is none of the servers'.
    let job_labels = kind(&documents, "Job")["spec"]["template"]["metadata"]["labels"]
        .as_object()
        .expect("job pod labels");
    assert!(!selects(
        job_labels,
        &pdb["spec"]["selector"]["matchLabels"]
    ));
    assert!(!selects(job_labels, &service["spec"]["selector"]));
}

#[test]
fn compose_runs_two_servers_behind_nginx_with_their_services() {
    let source = std::fs::read_to_string(root().join("deploy/compose.yaml")).expect("compose");
    let compose = yaml_documents(&source).remove(0);
    let services = compose["services"].as_object().expect("services");
    for service in [
        "postgres",
        "redis",
        "migrate",
        "innovato-1",
        "innovato-2",
        "proxy",
        "oidc",
    ] {
        assert!(services.contains_key(service), "{service} in compose.yaml");
    }
    let known = server_variables();
    let nginx = std::fs::read_to_string(root().join("deploy/compose/nginx.conf")).expect("nginx");
    assert_eq!(strings(&services["migrate"]["command"]), ["migrate"]);
    for name in ["innovato-1", "innovato-2"] {
        let server = &services[name];
        assert_eq!(strings(&server["command"])[0], "serve");
        let test = strings(&server["healthcheck"]["test"]).join(" ");
        assert!(
            test.contains("GET /readyz"),
            "{name} checks /readyz: {test}"
        );
        let environment = server["environment"].as_object().expect("environment");
        for variable in environment.keys() {
            assert!(known.contains(variable), "{variable} is read by the server");
        }
        let port = environment["INNOVATO_BIND"]
            .as_str()
            .and_then(|bind| bind.rsplit(':').next())
            .expect("a bind port");
        assert!(
            nginx.contains(&format!("server {name}:{port}")),
            "nginx balances over {name}:{port}"
        );
        assert!(test.contains(&format!("/{port} ")), "probes port {port}");
    }
    assert_eq!(
        services["innovato-1"]["depends_on"]["migrate"]["condition"],
        "service_completed_successfully"
    );
    // Both instances share one secret key, database and attachments.
    let same = |field: &str| services["innovato-1"][field] == services["innovato-2"][field];
    assert!(same("environment") && same("volumes"));

    // The provider is the repository's test provider, and sends browsers
    // back to the proxy's published port.
    assert!(root().join("tests/oidc/provider.mjs").exists());
    let published = strings(&services["proxy"]["ports"])[0]
        .split(':')
        .next()
        .expect("host port")
        .to_owned();
    let oidc: Value = serde_json::from_str(
        &std::fs::read_to_string(root().join("deploy/compose/oidc.json")).expect("oidc.json"),
    )
    .expect("oidc.json parses");
    let redirect = oidc["issuers"][0]["clients"][0]["redirect_uris"][0]
        .as_str()
        .expect("a redirect URI");
    assert!(
        redirect.starts_with(&format!("http://localhost:{published}/t/")),
        "{redirect}"
    );
}

#[test]
fn the_image_builds_locked_and_runs_the_binary_unprivileged() {
    let dockerfile = std::fs::read_to_string(root().join("deploy/Dockerfile")).expect("Dockerfile");
    assert!(dockerfile.contains("cargo build --release --locked -p innovato"));
    let stages = dockerfile
        .lines()
        .filter(|l| l.starts_with("FROM "))
        .count();
    assert_eq!(stages, 2, "a build stage and a runtime stage");
    let user = dockerfile
        .lines()
        .rev()
        .find_map(|l| l.strip_prefix("USER "))
        .expect("a USER");
    let uid: u32 = user
        .split(':')
        .next()
        .and_then(|u| u.parse().ok())
        .expect("numeric");
    assert_ne!(uid, 0);
    assert!(dockerfile.contains(r#"ENTRYPOINT ["innovato"]"#));
    assert!(
        dockerfile.contains("INNOVATO_BIND=0.0.0.0:8080") && dockerfile.contains("EXPOSE 8080")
    );
    // Everything the build reads is copied in; nothing else is needed at
    // run time (templates, locales and migrations are compiled in).
    for path in ["Cargo.lock", "server", "migrations", "locales"] {
        assert!(dockerfile.contains(path), "{path} copied");
    }
    let ignored = std::fs::read_to_string(root().join(".dockerignore")).expect(".dockerignore");
    for path in ["target/", "data/", "node_modules/", "tests/.tools/"] {
        assert!(
            ignored.lines().any(|l| l.trim_start_matches("**/") == path),
            "{path} ignored"
        );
    }
}
