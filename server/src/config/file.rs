//! The optional configuration file (`--config`, `INNOVATO_CONFIG`): TOML
//! whose keys are the settings' flag names with underscores, e.g.
//! `redis_url = "redis://cache:6379"`. Every setting that has an
//! environment variable can be given there. A value from the file takes the
//! place of the setting's built-in default, so the environment and the
//! command line still win over it; and it goes through the same parser as
//! the flag, so it is checked exactly as the flag would be.

use std::path::{Path, PathBuf};

use clap::{Arg, Command};

/// The subcommand whose settings the file may give besides the global ones.
const SERVE: &str = "serve";

/// The argument naming the file: a file cannot name another.
const CONFIG_ARG: &str = "config";

#[derive(Debug, thiserror::Error)]
pub enum ConfigFileError {
    #[error("cannot read the configuration file {}: {source}", path.display())]
    Read {
        path: PathBuf,
        source: std::io::Error,
    },
    #[error("the configuration file {} is not valid TOML: {detail}", path.display())]
    Syntax { path: PathBuf, detail: String },
    #[error("the configuration file {} has an unknown setting `{key}`; known settings: {known}", path.display())]
    UnknownKey {
        path: PathBuf,
        key: String,
        known: String,
    },
    #[error("the configuration file {} sets `{key}` wrongly: {detail}", path.display())]
    BadValue {
        path: PathBuf,
        key: String,
        detail: String,
    },
}

/// `command` with the settings of the file at `path` as its defaults.
pub fn apply(mut command: Command, path: &Path) -> Result<Command, ConfigFileError> {
    let text = std::fs::read_to_string(path).map_err(|source| ConfigFileError::Read {
        path: path.to_owned(),
        source,
    })?;
    let table: toml::Table = text.parse().map_err(|error: toml::de::Error| {
        let line = error
            .span()
            .and_then(|span| text.get(..span.start))
            .map_or(1, |before| before.matches('\n').count() + 1);
        ConfigFileError::Syntax {
            path: path.to_owned(),
            detail: format!("line {line}: {}", error.message().trim_end()),
        }
    })?;
    let bad_value = |key: &str, detail: String| ConfigFileError::BadValue {
        path: path.to_owned(),
        key: key.to_owned(),
        detail,
    };
    for (key, value) in table {
        let value = match value {
            toml::Value::String(text) => text,
            toml::Value::Integer(number) => number.to_string(),
            toml::Value::Boolean(flag) => flag.to_string(),
            other => {
                return Err(bad_value(
                    &key,
                    format!(
                        "a {} where a string, a whole number or true/false is expected",
                        other.type_str()
                    ),
                ));
            }
        };
        let global = setting(command.get_arguments(), &key).cloned();
        let serve = command
            .find_subcommand(SERVE)
            .and_then(|serve| setting(serve.get_arguments(), &key).cloned());
        let Some(arg) = global.as_ref().or(serve.as_ref()) else {
            return Err(ConfigFileError::UnknownKey {
                path: path.to_owned(),
                key,
                known: known_settings(&command).join(", "),
            });
        };
        check(arg, &value).map_err(|error| bad_value(&key, first_line(&error.to_string())))?;
        let with_default = |arg: Arg| {
            // A secret's value is not shown in `--help` as its default.
            let hide = arg.is_hide_env_values_set();
            arg.default_value(value.clone()).hide_default_value(hide)
        };
        command = if global.is_some() {
            command.mut_arg(&key, with_default)
        } else {
            command.mut_subcommand(SERVE, |serve| serve.mut_arg(&key, with_default))
        };
    }
    Ok(command)
}

/// Parses `value` as `arg` alone would, without the environment.
fn check(arg: &Arg, value: &str) -> Result<(), clap::Error> {
    let probe = arg
        .clone()
        .env(None)
        .global(false)
        .default_value(value.to_owned());
    Command::new("innovato")
        .no_binary_name(true)
        .arg(probe)
        .try_get_matches_from(std::iter::empty::<String>())
        .map(drop)
}

/// The argument of `key` among `args`, if it is a setting: one that an
/// environment variable can also give.
fn setting<'a>(mut args: impl Iterator<Item = &'a Arg>, key: &str) -> Option<&'a Arg> {
    args.find(|arg| arg.get_id() == key && is_setting(arg))
}

fn is_setting(arg: &Arg) -> bool {
    arg.get_env().is_some() && arg.get_id() != CONFIG_ARG
}

fn known_settings(command: &Command) -> Vec<String> {
    let serve = command.find_subcommand(SERVE).into_iter();
    command
        .get_arguments()
        .chain(serve.flat_map(Command::get_arguments))
        .filter(|arg| is_setting(arg))
        .map(|arg| arg.get_id().to_string())
        .collect()
}

/// clap's message without its `error:` prefix and usage hints.
fn first_line(message: &str) -> String {
    let line = message.lines().next().unwrap_or_default();
    line.strip_prefix("error: ").unwrap_or(line).to_owned()
}

#[cfg(test)]
mod tests {
    use std::io::Write;

    use clap::{ArgMatches, CommandFactory};

    use super::*;
    use crate::cli::Cli;

    fn file(text: &str) -> tempfile::NamedTempFile {
        let mut file = tempfile::NamedTempFile::new().expect("temp file");
        file.write_all(text.as_bytes()).expect("write");
        file
    }

    fn parse(path: &Path, args: &[&str]) -> ArgMatches {
        let mut argv = vec!["innovato"];
        argv.extend_from_slice(args);
        apply(Cli::command(), path)
            .expect("file applies")
            .try_get_matches_from(argv)
            .expect("arguments parse")
    }

    fn serve_value(matches: &ArgMatches, id: &str) -> Option<String> {
        let serve = matches.subcommand_matches(SERVE).expect("serve");
        serve.get_one::<String>(id).cloned()
    }

    #[test]
    fn file_values_replace_the_built_in_defaults() {
        let config = file(
            "database_url = \"postgres://db/innovato\"\n\
             cache_prefix = \"city-a\"\n\
             redis_url = \"redis://cache:6379\"\n\
             max_attachments = 7\n\
             secure_cookies = true\n",
        );
        let matches = parse(config.path(), &["serve"]);
        assert_eq!(
            matches
                .get_one::<String>("database_url")
                .map(String::as_str),
            Some("postgres://db/innovato")
        );
        assert_eq!(
            serve_value(&matches, "cache_prefix").as_deref(),
            Some("city-a")
        );
        assert_eq!(
            serve_value(&matches, "redis_url").as_deref(),
            Some("redis://cache:6379")
        );
        let serve = matches.subcommand_matches(SERVE).expect("serve");
        assert_eq!(serve.get_one::<u16>("max_attachments"), Some(&7));
        assert_eq!(serve.get_one::<bool>("secure_cookies"), Some(&true));
        // Settings the file does not give keep their built-in defaults.
        assert_eq!(
            serve_value(&matches, "mail_from").as_deref(),
            Some("Innovato <noreply@localhost>")
        );
    }

    #[test]
    fn flags_win_over_the_file() {
        let config = file("cache_prefix = \"from-file\"\ndatabase_url = \"sqlite://file.db\"\n");
        let matches = parse(
            config.path(),
            &[
                "--database-url",
                "sqlite://flag.db",
                "serve",
                "--cache-prefix",
                "from-flag",
            ],
        );
        assert_eq!(
            matches
                .get_one::<String>("database_url")
                .map(String::as_str),
            Some("sqlite://flag.db")
        );
        assert_eq!(
            serve_value(&matches, "cache_prefix").as_deref(),
            Some("from-flag")
        );
    }

    #[test]
    fn an_unknown_key_is_named() {
        let config = file("cache_prefix = \"a\"\nredis_uri = \"redis://cache\"\n");
        let error = apply(Cli::command(), config.path()).expect_err("unknown key refused");
        assert!(
            matches!(&error, ConfigFileError::UnknownKey { key, .. } if key == "redis_uri"),
            "{error:?}"
        );
        let message = error.to_string();
        assert!(message.contains("`redis_uri`"), "{message}");
        assert!(message.contains("redis_url"), "lists the known: {message}");
    }

    #[test]
    fn flags_without_an_environment_variable_are_not_settings() {
        // `--demo` is a way to run, not a setting of the installation.
        let config = file("demo = true\n");
        let error = apply(Cli::command(), config.path()).expect_err("demo refused");
        assert!(
            matches!(&error, ConfigFileError::UnknownKey { key, .. } if key == "demo"),
            "{error:?}"
        );
    }

    #[test]
    fn a_bad_value_is_checked_as_the_flag_would_be() {
        let config = file("max_attachment_mb = 500\n");
        let error = apply(Cli::command(), config.path()).expect_err("out of range");
        let message = error.to_string();
        assert!(
            matches!(&error, ConfigFileError::BadValue { key, .. } if key == "max_attachment_mb"),
            "{error:?}"
        );
        assert!(message.contains("500 is not in 1..=200"), "{message}");

        let config = file("bind = \"everywhere\"\n");
        let error = apply(Cli::command(), config.path()).expect_err("not an address");
        assert!(error.to_string().contains("`bind`"), "{error}");

        let config = file("redis_url = [\"redis://a\"]\n");
        let error = apply(Cli::command(), config.path()).expect_err("not a scalar");
        assert!(error.to_string().contains("array"), "{error}");
    }

    #[test]
    fn a_missing_or_broken_file_is_a_clear_error() {
        let dir = tempfile::tempdir().expect("dir");
        let missing = dir.path().join("innovato.toml");
        let error = apply(Cli::command(), &missing).expect_err("missing file");
        assert!(matches!(error, ConfigFileError::Read { .. }), "{error:?}");
        assert!(
            error.to_string().contains(&missing.display().to_string()),
            "names the file: {error}"
        );

        let config = file("redis_url = \n");
        let error = apply(Cli::command(), config.path()).expect_err("bad TOML");
        assert!(matches!(error, ConfigFileError::Syntax { .. }), "{error:?}");
    }

    #[test]
    fn secrets_from_the_file_stay_out_of_help() {
        let config = file("secret_key = \"c2VjcmV0LWtleS1ieXRlcy1zZWNyZXQta2V5LWJ5dGVzIQ==\"\n");
        let mut command = apply(Cli::command(), config.path()).expect("applies");
        let serve = command.find_subcommand_mut(SERVE).expect("serve");
        let help = serve.render_long_help().to_string();
        assert!(!help.contains("c2VjcmV0"), "{help}");
    }
}
