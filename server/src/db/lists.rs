//! Lists read in their page's statement: a subquery's rows as one JSON text
//! column beside the page's main row. Every statement is a round trip to
//! the database, and round trips, not the rows, are what a page's time is
//! made of (`server/benches/LOAD.md`): a page that needs a proposal, its
//! team, its files and the city's divisions asks once, not four times.
//!
//! The JSON is built by the database (PostgreSQL's `json_agg`, SQLite's
//! `json_group_array`) from plain values: numbers and text. Booleans and
//! timestamps are left out on purpose, since the two databases write them
//! differently; select them as numbers or read them in the main row.

use std::sync::OnceLock;

use sea_orm::{
    ConnectionTrait, DbBackend, DbErr, EntityTrait, FromQueryResult, QueryResult, QuerySelect,
    QueryTrait, Select, Statement,
    sea_query::{Alias, Expr, Func, Query, Value, Values},
};
use serde::de::DeserializeOwned;

use crate::tenancy::TenantId;

/// `select`'s rows (its filters and joins as they are, its columns
/// replaced by `values`) as a JSON array with one array of `values` per
/// row, `[]` when there is none: an expression for `expr_as` in the
/// enclosing statement. It may refer to the enclosing statement's tables.
pub fn rows<E: EntityTrait>(backend: DbBackend, select: Select<E>, values: Vec<Expr>) -> Expr {
    let mut inner = select.select_only();
    let mut fields = Vec::with_capacity(values.len());
    for (i, value) in values.into_iter().enumerate() {
        let name = format!("v{i}");
        fields.push(Expr::col((Alias::new("l"), Alias::new(&name))));
        inner = inner.expr_as(value, name);
    }
    let aggregate = match backend {
        DbBackend::Postgres => Func::coalesce([
            Func::cast_as(
                Func::cust("json_agg").arg(Func::cust("json_build_array").args(fields)),
                Alias::new("text"),
            )
            .into(),
            Expr::val("[]"),
        ])
        .into(),
        _ => Expr::from(Func::cust("json_group_array").arg(Func::cust("json_array").args(fields))),
    };
    Query::select()
        .expr(aggregate)
        .from_subquery(inner.into_query(), Alias::new("l"))
        .to_owned()
        .into()
}

/// The list in column `column` of `row`, one `T` per row of its subquery
/// (a tuple of its values, in order).
pub fn read<T: DeserializeOwned>(row: &QueryResult, column: &str) -> Result<Vec<T>, DbErr> {
    let text: String = row.try_get("", column)?;
    serde_json::from_str(&text).map_err(|e| {
        DbErr::Type(format!(
            "the list in column {column} is not as expected: {e}"
        ))
    })
}

/// A statement with lists, built once per database from the
/// tenant-scoped builders and run many times. Building one costs more than
/// the database takes to run it (an expression tree per list, then its
/// SQL: a quarter of the server's time on the proposal page, in
/// `LOAD.md`), so the SQL is kept and each run only puts in its own
/// values.
///
/// It is built for a stand-in tenant, `N` stand-in ids and `K` stand-in
/// keys, values no row has ([`TenantId::stand_in`] and the numbers above
/// it; texts starting with a NUL), which each run replaces by the city's
/// and its own; a statement in which the tenant or one of them does not
/// appear is refused, so that none can be kept unscoped, or keep a
/// stand-in.
pub struct Reused<const N: usize, const K: usize = 0> {
    build: fn(DbBackend, TenantId, [i32; N], [&str; K]) -> Statement,
    postgres: OnceLock<Result<Statement, String>>,
    sqlite: OnceLock<Result<Statement, String>>,
}

impl<const N: usize, const K: usize> Reused<N, K> {
    pub const fn new(build: fn(DbBackend, TenantId, [i32; N], [&str; K]) -> Statement) -> Self {
        Self {
            build,
            postgres: OnceLock::new(),
            sqlite: OnceLock::new(),
        }
    }

    /// The statement for city `scope` and these `ids` and `keys`, in the
    /// order the builder takes them.
    pub fn statement(
        &self,
        backend: DbBackend,
        scope: TenantId,
        ids: [i32; N],
        keys: [&str; K],
    ) -> Result<Statement, DbErr> {
        let tenant = TenantId::stand_in().get();
        let stand_in_ids: [i32; N] = std::array::from_fn(|k| tenant + 1 + k as i32);
        let cell = match backend {
            DbBackend::Postgres => &self.postgres,
            _ => &self.sqlite,
        };
        let template = cell
            .get_or_init(|| {
                let stand_in_keys: [String; K] = std::array::from_fn(stand_in_key);
                let built = (self.build)(
                    backend,
                    TenantId::stand_in(),
                    stand_in_ids,
                    std::array::from_fn(|k| stand_in_keys[k].as_str()),
                );
                let has =
                    |value: Value| built.values.as_ref().is_some_and(|v| v.0.contains(&value));
                if !has(Value::Int(Some(tenant))) {
                    Err(format!(
                        "a reused statement without its tenant: {}",
                        built.sql
                    ))
                } else if !stand_in_ids.iter().all(|n| has(Value::Int(Some(*n))))
                    || !stand_in_keys
                        .iter()
                        .all(|key| has(Value::String(Some(key.clone()))))
                {
                    // An id put in as another type than i32 would be kept
                    // as its stand-in.
                    Err(format!(
                        "a reused statement without one of its values: {}",
                        built.sql
                    ))
                } else {
                    Ok(built)
                }
            })
            .as_ref()
            .map_err(|e| DbErr::Custom(e.clone()))?;
        let values = template.values.as_ref().map(|values| {
            Values(
                values
                    .0
                    .iter()
                    .map(|value| match value {
                        Value::Int(Some(n)) if *n == tenant => Value::Int(Some(scope.get())),
                        Value::Int(Some(n)) if (tenant + 1..=tenant + N as i32).contains(n) => {
                            Value::Int(Some(ids[(n - tenant - 1) as usize]))
                        }
                        Value::String(Some(text)) => match stand_in_index(text, K) {
                            Some(k) => Value::String(Some(keys[k].to_owned())),
                            None => value.clone(),
                        },
                        other => other.clone(),
                    })
                    .collect(),
            )
        });
        Ok(Statement {
            sql: template.sql.clone(),
            values,
            db_backend: backend,
        })
    }
}

/// The text that stands in for the `k`th key while a statement is built.
fn stand_in_key(k: usize) -> String {
    format!("{STAND_IN_KEY}{k}")
}

const STAND_IN_KEY: &str = "\0stand-in ";

/// Which of `count` keys `text` stands in for, if it is a stand-in.
fn stand_in_index(text: &str, count: usize) -> Option<usize> {
    text.strip_prefix(STAND_IN_KEY)?
        .parse()
        .ok()
        .filter(|k| *k < count)
}

/// The rows of `statement` (a select with list columns), each as its
/// model and the row to read the lists from.
pub async fn all<E: EntityTrait>(
    db: &impl ConnectionTrait,
    statement: Statement,
) -> Result<Vec<(E::Model, QueryResult)>, DbErr> {
    db.query_all_raw(statement)
        .await?
        .into_iter()
        .map(|row| Ok((E::Model::from_query_result(&row, "")?, row)))
        .collect()
}

/// The first row of `statement`, as [`all`] gives them.
pub async fn one<E: EntityTrait>(
    db: &impl ConnectionTrait,
    statement: Statement,
) -> Result<Option<(E::Model, QueryResult)>, DbErr> {
    db.query_one_raw(statement)
        .await?
        .map(|row| Ok((E::Model::from_query_result(&row, "")?, row)))
        .transpose()
}

/// A model and the model joined to it (where the join found one), with
/// the row to read the lists from.
pub type Two<E, F> = (
    <E as EntityTrait>::Model,
    Option<<F as EntityTrait>::Model>,
    QueryResult,
);

fn two<E: EntityTrait, F: EntityTrait>(row: QueryResult) -> Result<Two<E, F>, DbErr> {
    Ok((
        E::Model::from_query_result(&row, "A_")?,
        F::Model::from_query_result_optional(&row, "B_")?,
        row,
    ))
}

/// The rows of a two-table `statement` (`select_also`), as [`all`] gives
/// them.
pub async fn all_also<E: EntityTrait, F: EntityTrait>(
    db: &impl ConnectionTrait,
    statement: Statement,
) -> Result<Vec<Two<E, F>>, DbErr> {
    db.query_all_raw(statement)
        .await?
        .into_iter()
        .map(two::<E, F>)
        .collect()
}

/// The first row of a two-table `statement`, as [`all_also`] gives them.
pub async fn one_also<E: EntityTrait, F: EntityTrait>(
    db: &impl ConnectionTrait,
    statement: Statement,
) -> Result<Option<Two<E, F>>, DbErr> {
    db.query_one_raw(statement)
        .await?
        .map(two::<E, F>)
        .transpose()
}
