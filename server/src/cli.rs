//! The `innovato` command: serve, migrate, and manage tenants.

use std::{net::SocketAddr, path::PathBuf, process::ExitCode};

use clap::{Args, CommandFactory, FromArgMatches, Parser, Subcommand};
use tokio::net::TcpListener;

use crate::{
    attachments::{Attachments, StorageConfigError},
    audit,
    auth::platform::{self, GrantError},
    calls,
    clock::Clock,
    config::{self, LogFormat, ServerConfig, file::ConfigFileError},
    db::{self, DbSetupError},
    demo,
    http::{self, ServerState, Settings},
    i18n::{Lang, LocaleError, UnknownLang},
    notifications::mail::{MailConfigError, Mailer},
    people::Role,
    secrets::{SecretError, SecretKey},
    tenancy::TenantId,
    tenants::{self, NewTenant, TenantError},
    web::client_addr::TrustedProxies,
};

#[derive(Debug, Parser)]
#[command(
    name = "innovato",
    version,
    about = "Calls for ideas for city administrations"
)]
pub struct Cli {
    /// TOML file of settings (keys named like the flags, with underscores);
    /// the environment and the command line override it.
    #[arg(long, env = "INNOVATO_CONFIG", global = true)]
    config: Option<PathBuf>,

    /// Database URL (postgres://… or sqlite://…); a SQLite file under ./data/ when unset.
    #[arg(long, env = "DATABASE_URL", global = true, hide_env_values = true)]
    database_url: Option<String>,

    /// How log lines are written.
    #[arg(long, env = "INNOVATO_LOG_FORMAT", value_enum, default_value_t = LogFormat::Text, global = true)]
    log_format: LogFormat,

    #[command(subcommand)]
    command: Command,
}

#[derive(Debug, Subcommand)]
enum Command {
    /// Start the web server (migrates the database first).
    Serve(ServeArgs),
    /// Apply pending database migrations and exit.
    Migrate,
    /// Manage cities (tenants).
    #[command(subcommand)]
    Tenant(TenantCommand),
    /// Manage the platform's own people (operators and network coordinators).
    #[command(subcommand)]
    User(UserCommand),
    /// Check a city's audit log, or export a signed checkpoint of it.
    #[command(subcommand)]
    Audit(AuditCommand),
    /// Fill a PostgreSQL database with a network at scale, for benchmarks.
    Generate(GenerateArgs),
}

#[derive(Debug, Args)]
struct GenerateArgs {
    /// Cities (scale-001, …).
    #[arg(long, default_value_t = 100)]
    tenants: u32,
    /// Employees of each city.
    #[arg(long, default_value_t = 100_000)]
    employees: u32,
    /// Proposals in all, over five yearly calls per city.
    #[arg(long, default_value_t = 1_000_000)]
    proposals: u32,
}

#[derive(Debug, Subcommand)]
enum AuditCommand {
    /// Prove that no entry of the city's audit log was altered or removed.
    Verify {
        /// The city's slug.
        #[arg(long)]
        tenant: String,
        /// A checkpoint exported earlier (`audit checkpoint`): the log must
        /// still hold the head it recorded.
        #[arg(long)]
        checkpoint: Option<PathBuf>,
        #[command(flatten)]
        key: KeyArg,
    },
    /// Print a signed checkpoint of the city's audit log (its head), to keep
    /// outside the platform and check later with `audit verify --checkpoint`.
    Checkpoint {
        /// The city's slug.
        #[arg(long)]
        tenant: String,
        #[command(flatten)]
        key: KeyArg,
    },
}

#[derive(Debug, Args)]
struct KeyArg {
    /// The server's key (32 bytes, base64), which signs checkpoints; when
    /// unset, ./data/secret.key.
    #[arg(long, env = "INNOVATO_SECRET_KEY", hide_env_values = true)]
    secret_key: Option<String>,
}

impl KeyArg {
    /// The key given, else the key file, which must exist: a new key would
    /// sign what the server cannot check.
    fn key(self) -> Result<SecretKey, CliError> {
        match self.secret_key {
            Some(key) => Ok(SecretKey::from_base64(&key)?),
            None => Ok(SecretKey::from_base64(&key_file(false)?)?),
        }
    }
}

#[derive(Debug, Subcommand)]
enum UserCommand {
    /// Give a platform role, or make someone a city's admin (`--role admin
    /// --tenant SLUG`); prints a single-use link at which to choose a password.
    Grant(GrantArgs),
}

#[derive(Debug, Args)]
struct GrantArgs {
    /// The person's email address (their sign-in name).
    #[arg(long)]
    email: String,
    /// The person's name as pages show it.
    #[arg(long, default_value = "")]
    name: String,
    /// operator (runs the platform), coordinator (sees the network's
    /// dashboards) or admin (runs the city named by --tenant).
    #[arg(long, value_parser = ["operator", "coordinator", "admin"])]
    role: String,
    /// The city's slug, for --role admin (and only for it).
    #[arg(long, required_if_eq("role", "admin"))]
    tenant: Option<String>,
}

#[derive(Debug, Args)]
struct ServeArgs {
    /// Seed the network's partner cities with demonstration data (once) and enable demo pages.
    #[arg(long)]
    demo: bool,
    /// Address to listen on.
    #[arg(long, env = "INNOVATO_BIND", default_value = "127.0.0.1:8080")]
    bind: SocketAddr,
    /// Redis URL for sessions, cache and rate limits; in-process stores when unset.
    #[arg(long, env = "REDIS_URL", hide_env_values = true)]
    redis_url: Option<String>,
    /// Key for secrets at rest (32 bytes, base64), the same on every instance;
    /// when unset, ./data/secret.key (created on first start).
    #[arg(long, env = "INNOVATO_SECRET_KEY", hide_env_values = true)]
    secret_key: Option<String>,
    /// The site is served over https: cookies get the Secure flag.
    #[arg(long, env = "INNOVATO_SECURE_COOKIES")]
    secure_cookies: bool,
    /// Accept identity providers at loopback or private addresses and over
    /// plain http (tests and trials only; --demo implies it).
    #[arg(long, env = "INNOVATO_ALLOW_PRIVATE_ISSUERS")]
    allow_private_issuers: bool,
    /// Where attachments are stored: file://DIRECTORY or s3://BUCKET[/PREFIX].
    #[arg(
        long,
        env = "INNOVATO_STORAGE_URL",
        default_value = "file://./data/uploads"
    )]
    storage_url: String,
    /// Largest attachment, in megabytes.
    #[arg(long, env = "INNOVATO_MAX_ATTACHMENT_MB", default_value_t = 10, value_parser = clap::value_parser!(u16).range(1..=200))]
    max_attachment_mb: u16,
    /// SMTP server for email notifications, e.g. smtp://user:password@mail.example.org:587?tls=required.
    #[arg(long, env = "INNOVATO_SMTP_URL", hide_env_values = true)]
    smtp_url: Option<String>,
    /// Sender of email notifications.
    #[arg(
        long,
        env = "INNOVATO_MAIL_FROM",
        default_value = "Innovato <noreply@localhost>"
    )]
    mail_from: String,
    /// The platform's address as people reach it (https://ideas.example.org),
    /// for links in emails; http://BIND when unset.
    #[arg(long, env = "INNOVATO_PUBLIC_URL")]
    public_url: Option<String>,
    /// How often each instance looks for emails to send, in milliseconds.
    #[arg(long, env = "INNOVATO_MAIL_POLL_MS", default_value_t = 5000, value_parser = clap::value_parser!(u64).range(100..=600_000))]
    mail_poll_ms: u64,
    /// Prefix of the keys this installation keeps in Redis (its instances
    /// share it; installations sharing one Redis need different ones).
    #[arg(long, env = "INNOVATO_CACHE_PREFIX", default_value = "innovato")]
    cache_prefix: String,
    /// Bearer token that /metrics (on the platform's host) asks for.
    #[arg(long, env = "INNOVATO_METRICS_TOKEN", hide_env_values = true)]
    metrics_token: Option<String>,
    /// Proxies (addresses or networks, comma-separated) whose
    /// X-Forwarded-For names the client, for rate limits and sign-in throttles.
    #[arg(long, env = "INNOVATO_TRUSTED_PROXIES", default_value = "")]
    trusted_proxies: TrustedProxies,
    /// Most attachments on one proposal.
    #[arg(long, env = "INNOVATO_MAX_ATTACHMENTS", default_value_t = 5, value_parser = clap::value_parser!(u16).range(0..=50))]
    max_attachments: u16,
    /// Multiplies every rate limit (sign-in, submissions, API); for load
    /// tests, which send more from one address than any office would.
    #[arg(long, env = "INNOVATO_RATE_LIMIT_FACTOR", default_value_t = 1, value_parser = clap::value_parser!(u64).range(1..=1_000_000))]
    rate_limit_factor: u64,
    /// Mount the load benchmark's ceiling routes (/bench/static, /bench/query); never in production.
    #[arg(long, env = "INNOVATO_BENCH_ROUTES")]
    bench_routes: bool,
}

#[derive(Debug, Subcommand)]
enum TenantCommand {
    /// Create a city.
    Create(TenantCreateArgs),
}

#[derive(Debug, Args)]
struct TenantCreateArgs {
    /// Short name used in URLs (/t/<slug>/): lower-case letters, digits and dashes.
    #[arg(long)]
    slug: String,
    /// The city's name as shown on its pages.
    #[arg(long)]
    name: String,
    /// Host name of the city's own site (repeat for several), e.g. ideas.torino.it.
    #[arg(long = "host")]
    hosts: Vec<String>,
    /// Enabled languages, comma-separated (it,en,fr,pt,nl,ro,es,hu).
    #[arg(long, value_parser = parse_langs)]
    locales: LangList,
    /// The language shown when a visitor's browser asks for none of the enabled ones.
    #[arg(long)]
    default_locale: Lang,
    /// IANA time zone of the city's call dates, e.g. Europe/Rome.
    #[arg(long)]
    timezone: String,
    /// Number of employees (the default denominator for participation figures).
    #[arg(long)]
    headcount: i32,
    /// Primary colour of the city's pages, #rrggbb.
    #[arg(long, default_value = "#1f3a5f")]
    color: String,
}

#[derive(Clone, Debug)]
struct LangList(Vec<Lang>);

fn parse_langs(list: &str) -> Result<LangList, UnknownLang> {
    Lang::parse_list(list).map(LangList)
}

#[derive(Debug, thiserror::Error)]
enum CliError {
    #[error(transparent)]
    ConfigFile(#[from] ConfigFileError),
    #[error(transparent)]
    Setup(#[from] DbSetupError),
    #[error("{0}")]
    Tenant(#[from] TenantError),
    #[error(transparent)]
    Locales(#[from] LocaleError),
    #[error("cannot use the data directory: {0}")]
    DataDir(std::io::Error),
    #[error("cannot listen on {addr}: {source}")]
    Bind {
        addr: SocketAddr,
        source: std::io::Error,
    },
    #[error("cannot reach Redis at {url}: {source}")]
    Redis {
        url: String,
        source: redis::RedisError,
    },
    #[error("the server stopped: {0}")]
    Serve(std::io::Error),
    #[error("cannot seed the demo: {0}")]
    Demo(#[from] demo::DemoError),
    #[error("cannot generate the network: {0}")]
    Scale(#[from] demo::scale::ScaleError),
    #[error("cannot start the async runtime: {0}")]
    Runtime(std::io::Error),
    #[error(transparent)]
    State(#[from] http::StateError),
    #[error(transparent)]
    Secret(#[from] SecretError),
    #[error("cannot read or create the secret key file {path}: {source}")]
    SecretFile {
        path: String,
        source: std::io::Error,
    },
    #[error(transparent)]
    Grant(#[from] GrantError),
    #[error("--tenant is only for --role admin: operators and coordinators belong to no city")]
    TenantForPlatformRole,
    #[error(transparent)]
    Storage(#[from] StorageConfigError),
    #[error(transparent)]
    Mail(#[from] MailConfigError),
    #[error("no city has the slug {0:?}")]
    UnknownTenant(String),
    #[error("the audit log of {tenant} does not verify: {problem}")]
    AuditBroken {
        tenant: String,
        problem: audit::ChainError,
    },
    #[error("cannot read the checkpoint {path}: {source}")]
    CheckpointFile {
        path: String,
        source: std::io::Error,
    },
    #[error("{path} is not an audit checkpoint: {source}")]
    CheckpointFormat {
        path: String,
        source: serde_json::Error,
    },
    #[error("the checkpoint {path} is not signed with this server's key, or was altered")]
    CheckpointForged { path: String },
    #[error("the checkpoint {path} is of another city ({city})")]
    CheckpointOtherCity { path: String, city: String },
    #[error("cannot read the audit log: {0}")]
    Database(#[from] sea_orm::DbErr),
}

/// Entry point of the binary: parses arguments, runs the command, and turns
/// any failure into a one-line message and a non-zero exit code.
pub fn main() -> ExitCode {
    let cli = match parse_command_line() {
        Ok(cli) => cli,
        Err(error) => return fail(error),
    };
    init_logging(cli.log_format);
    let runtime = match tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()
    {
        Ok(runtime) => runtime,
        Err(error) => return fail(CliError::Runtime(error)),
    };
    match runtime.block_on(run(cli)) {
        Ok(()) => ExitCode::SUCCESS,
        Err(error) => fail(error),
    }
}

/// The command line, over the settings of the configuration file if one is
/// named (`--config` or `INNOVATO_CONFIG`): the first reading finds the
/// file, the second reads the arguments with the file's values as defaults.
fn parse_command_line() -> Result<Cli, CliError> {
    let cli = Cli::parse();
    let Some(path) = &cli.config else {
        return Ok(cli);
    };
    let command = config::file::apply(Cli::command(), path)?;
    Ok(Cli::from_arg_matches(&command.get_matches()).unwrap_or_else(|error| error.exit()))
}

fn fail(error: CliError) -> ExitCode {
    eprintln!("error: {error}");
    ExitCode::FAILURE
}

fn init_logging(format: LogFormat) {
    use tracing_subscriber::EnvFilter;
    let filter = EnvFilter::try_from_default_env()
        .unwrap_or_else(|_| EnvFilter::new("info,sqlx=warn,sea_orm=warn,sea_orm_migration=warn"));
    let builder = tracing_subscriber::fmt()
        .with_env_filter(filter)
        .with_writer(std::io::stderr);
    match format {
        LogFormat::Text => builder.init(),
        LogFormat::Json => builder.json().flatten_event(true).init(),
    }
}

async fn run(cli: Cli) -> Result<(), CliError> {
    let url = config::database_url(cli.database_url.as_deref()).map_err(CliError::DataDir)?;
    match cli.command {
        Command::Migrate => {
            let db = db::connect(&url, None).await?;
            db::migrate(&db, &url).await?;
            println!("database is up to date");
            Ok(())
        }
        Command::Tenant(TenantCommand::Create(args)) => {
            let db = db::connect(&url, None).await?;
            db::migrate(&db, &url).await?;
            let tenant = tenants::create(
                &db,
                NewTenant {
                    slug: args.slug,
                    name: args.name,
                    hosts: args.hosts,
                    locales: args.locales.0,
                    default_locale: args.default_locale,
                    timezone: args.timezone,
                    headcount: args.headcount,
                    primary_color: args.color,
                    is_demo: false,
                },
            )
            .await?;
            println!(
                "created city {} ({}) at /t/{}/",
                tenant.name, tenant.id, tenant.slug
            );
            Ok(())
        }
        Command::Audit(AuditCommand::Verify {
            tenant,
            checkpoint,
            key,
        }) => {
            let db = db::connect(&url, None).await?;
            let found = tenants::find_by_slug(&db, &tenant)
                .await?
                .ok_or_else(|| CliError::UnknownTenant(tenant.clone()))?;
            let scope = TenantId::of(&found);
            let (verified, held) = match checkpoint {
                None => (audit::verify(&db, scope).await?, String::new()),
                Some(path) => {
                    let checkpoint = read_checkpoint(&path, &found, &key.key()?)?;
                    (
                        audit::verify_against(&db, scope, &checkpoint).await?,
                        format!(
                            "; it still holds the checkpoint of entry {} taken {}",
                            checkpoint.seq,
                            checkpoint.at.to_rfc3339()
                        ),
                    )
                }
            };
            match verified {
                Ok(entries) => {
                    println!(
                        "the audit log of {tenant} verifies: {entries} entries, none altered or removed{held}"
                    );
                    Ok(())
                }
                Err(problem) => Err(CliError::AuditBroken { tenant, problem }),
            }
        }
        Command::Audit(AuditCommand::Checkpoint { tenant, key }) => {
            let key = key.key()?;
            let db = db::connect(&url, None).await?;
            let found = tenants::find_by_slug(&db, &tenant)
                .await?
                .ok_or_else(|| CliError::UnknownTenant(tenant.clone()))?;
            // Only a log that verifies is worth vouching for.
            let head = audit::verified_head(&db, TenantId::of(&found))
                .await?
                .map_err(|problem| CliError::AuditBroken {
                    tenant: tenant.clone(),
                    problem,
                })?;
            let checkpoint = audit::Checkpoint::sign(&found, head, Clock::system().now(), &key);
            println!(
                "{}",
                serde_json::to_string_pretty(&checkpoint).unwrap_or_default()
            );
            Ok(())
        }
        Command::Generate(args) => {
            let db = db::connect(&url, None).await?;
            db::migrate(&db, &url).await?;
            let started = std::time::Instant::now();
            let made = crate::demo::scale::generate(
                &db,
                crate::demo::scale::Scale {
                    tenants: args.tenants,
                    employees: args.employees,
                    proposals: args.proposals,
                },
            )
            .await?;
            println!(
                "generated {made} cities, {} employees and {} proposals in {:.0?}",
                u64::from(made) * u64::from(args.employees),
                args.proposals,
                started.elapsed()
            );
            Ok(())
        }
        Command::User(UserCommand::Grant(args)) => {
            let db = db::connect(&url, None).await?;
            db::migrate(&db, &url).await?;
            let role = match args.role.as_str() {
                "operator" => Role::Operator,
                "coordinator" => Role::Coordinator,
                _ => return grant_admin(&db, args).await,
            };
            if args.tenant.is_some() {
                return Err(CliError::TenantForPlatformRole);
            }
            let link = platform::grant(&db, &args.email, &args.name, role).await?;
            println!(
                "{} is now {}; to choose a password, open {link} on the platform's host (valid 7 days)",
                args.email, args.role
            );
            Ok(())
        }
        Command::Serve(args) => {
            let secret_key = match args.secret_key {
                Some(key) => SecretKey::from_base64(&key)?,
                None => SecretKey::from_base64(&key_file(true)?)?,
            };
            let config = ServerConfig {
                database_url: url,
                redis_url: args.redis_url,
                bind: args.bind,
                demo: args.demo,
            };
            let settings = Settings {
                cache_prefix: args.cache_prefix.clone(),
                metrics_token: args.metrics_token.clone(),
                trusted_proxies: args.trusted_proxies,
                rate_limit_factor: args.rate_limit_factor,
                bench_routes: args.bench_routes,
                demo: args.demo,
                secret_key,
                allow_private_issuers: args.allow_private_issuers || args.demo,
                secure_cookies: args.secure_cookies,
                clock: Clock::system(),
                attachments: Attachments::from_url(
                    &args.storage_url,
                    usize::from(args.max_attachment_mb) * 1024 * 1024,
                    usize::from(args.max_attachments),
                )?,
                mailer: match &args.smtp_url {
                    Some(url) => Some(Mailer::new(url, &args.mail_from)?),
                    None => None,
                },
                public_url: args
                    .public_url
                    .clone()
                    .unwrap_or_else(|| format!("http://{}", args.bind))
                    .trim_end_matches('/')
                    .to_owned(),
                mail_every: std::time::Duration::from_millis(args.mail_poll_ms),
            };
            serve(config, settings).await
        }
    }
}

/// `user grant --role admin --tenant SLUG`: an invitation to be the city's
/// admin, made as the operators' console makes it for a new city.
async fn grant_admin(db: &sea_orm::DatabaseConnection, args: GrantArgs) -> Result<(), CliError> {
    let slug = args.tenant.unwrap_or_default();
    let tenant = tenants::find_by_slug(db, &slug)
        .await?
        .ok_or(CliError::UnknownTenant(slug))?;
    let email = args.email.trim().to_lowercase();
    if !crate::auth::invitations::valid_email(&email) {
        return Err(GrantError::BadEmail(email).into());
    }
    // The invitation and its audit entry together.
    let txn = sea_orm::TransactionTrait::begin(db).await?;
    let path = crate::tenants::service::invite_admin(
        &txn,
        &tenant,
        &email,
        &args.name,
        chrono::Utc::now(),
    )
    .await?;
    txn.commit().await?;
    println!(
        "{email} is invited to be an admin of {}; to accept and choose a password, open {path} on the city's site (valid {} days)",
        tenant.name,
        crate::auth::invitations::VALID_FOR_DAYS
    );
    Ok(())
}

/// A checkpoint file of `tenant`, signed with `key`.
fn read_checkpoint(
    path: &std::path::Path,
    tenant: &tenants::Model,
    key: &SecretKey,
) -> Result<audit::Checkpoint, CliError> {
    let shown = path.display().to_string();
    let text = std::fs::read_to_string(path).map_err(|source| CliError::CheckpointFile {
        path: shown.clone(),
        source,
    })?;
    let checkpoint: audit::Checkpoint =
        serde_json::from_str(&text).map_err(|source| CliError::CheckpointFormat {
            path: shown.clone(),
            source,
        })?;
    if !checkpoint.is_signed_by(key) {
        return Err(CliError::CheckpointForged { path: shown });
    }
    if checkpoint.tenant_id != tenant.id {
        return Err(CliError::CheckpointOtherCity {
            path: shown,
            city: checkpoint.tenant,
        });
    }
    Ok(checkpoint)
}

/// The key in ./data/secret.key, created with a new random key if absent
/// and `create` says so.
fn key_file(create: bool) -> Result<String, CliError> {
    let path = std::path::Path::new(config::DEFAULT_SQLITE_DIR).join("secret.key");
    let fail = |source| CliError::SecretFile {
        path: path.display().to_string(),
        source,
    };
    match std::fs::read_to_string(&path) {
        Ok(key) => Ok(key),
        Err(error) if create && error.kind() == std::io::ErrorKind::NotFound => {
            std::fs::create_dir_all(config::DEFAULT_SQLITE_DIR).map_err(fail)?;
            let key = SecretKey::generate();
            let mut options = std::fs::OpenOptions::new();
            options.write(true).create_new(true);
            #[cfg(unix)]
            std::os::unix::fs::OpenOptionsExt::mode(&mut options, 0o600);
            let mut file = options.open(&path).map_err(fail)?;
            std::io::Write::write_all(&mut file, key.as_bytes()).map_err(fail)?;
            Ok(key)
        }
        Err(error) => Err(fail(error)),
    }
}

async fn serve(config: ServerConfig, settings: Settings) -> Result<(), CliError> {
    let db = db::connect(&config.database_url, None).await?;
    db::migrate(&db, &config.database_url).await?;
    if config.demo {
        demo::seed_once(&db).await?;
    }
    let redis = match &config.redis_url {
        None => None,
        Some(url) => Some(connect_redis(url).await?),
    };
    let trusted_proxies = settings.trusted_proxies.to_string();
    let state = ServerState::new(db, redis, settings)?;
    // Calls open and close at their dates, whether or not anyone visits.
    tokio::spawn(calls::phases::run(state.app.clone()));
    tokio::spawn(crate::projects::service::run(state.app.clone()));
    tokio::spawn(crate::mailings::schedule::run(state.app.clone()));
    // Queued emails go out, whatever page wrote them.
    tokio::spawn(crate::notifications::delivery::run(
        state.app.clone(),
        state.delivery.clone(),
    ));
    // Other instances' changes to people, for the viewers remembered here.
    if let Some(url) = &config.redis_url {
        tokio::spawn(crate::auth::viewer_cache::listen(
            state.viewers.clone(),
            state.store.clone(),
            url.clone(),
        ));
    }
    let listener = TcpListener::bind(config.bind)
        .await
        .map_err(|source| CliError::Bind {
            addr: config.bind,
            source,
        })?;
    let addr = listener.local_addr().map_err(CliError::Serve)?;
    tracing::info!(%addr, demo = config.demo, %trusted_proxies, "listening");
    println!("Innovato is running: open http://{addr}/");
    http::serve(listener, state, shutdown_signal())
        .await
        .map_err(CliError::Serve)
}

/// A Redis connection manager; it reconnects by itself after Redis restarts.
async fn connect_redis(url: &str) -> Result<redis::aio::ConnectionManager, CliError> {
    crate::store::connect(url)
        .await
        .map_err(|source| CliError::Redis {
            url: config::redact(url),
            source,
        })
}

async fn shutdown_signal() {
    let ctrl_c = async {
        if let Err(error) = tokio::signal::ctrl_c().await {
            tracing::error!(%error, "cannot listen for Ctrl-C");
            std::future::pending::<()>().await;
        }
    };
    #[cfg(unix)]
    let terminate = async {
        match tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate()) {
            Ok(mut signal) => {
                signal.recv().await;
            }
            Err(error) => {
                tracing::error!(%error, "cannot listen for SIGTERM");
                std::future::pending::<()>().await;
            }
        }
    };
    #[cfg(not(unix))]
    let terminate = std::future::pending::<()>();
    tokio::select! {
        () = ctrl_c => {},
        () = terminate => {},
    }
    tracing::info!("shutting down, finishing requests in flight");
}
