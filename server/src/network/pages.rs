//! The network's dashboards: coordinators compare the cities side by side
//! for a year (`/network` on the platform), a city's admins see their city
//! against the network's median (`/admin/network`); every table also as CSV,
//! XLSX and JSON, with the same privacy rule: outside a city, a count of
//! fewer than 5 people (or of proposals, each being its team) reads
//! "fewer than 5".

use std::{collections::BTreeMap, sync::Arc};

use askama::Template;
use axum::{
    Json,
    extract::{RawQuery, State},
    http::{HeaderMap, HeaderValue, header},
    response::{Html, IntoResponse, Response},
};
use chrono::{DateTime, Utc};
use serde::Deserialize;
use serde_json::json;

use super::{
    cache::Snapshot,
    chart::{self, Bar, Point, Series, Style},
    kpis::{
        self, Cocreation, Figures, Implementation, Network, by_network_category, median, shown,
    },
    xlsx,
};
use crate::{
    auth::{Action, require},
    error::AppError,
    i18n::L10n,
    library,
    projects::{Barrier, Status as ProjectStatus},
    state::AppState,
    web::{PageContext, gzip, render},
};

/// What a figure counts or measures: shown beside its name, and the
/// column heading of an export.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Unit {
    People,
    Proposals,
    Percent,
    PerThousand,
    Days,
    Euros,
    Projects,
    Practices,
    Challenges,
    Teams,
    DivisionsPerTeam,
    Organisations,
    Solutions,
}

impl Unit {
    fn message_id(self) -> &'static str {
        match self {
            Unit::People => "kpi-unit-people",
            Unit::Proposals => "kpi-unit-proposals",
            Unit::Percent => "kpi-unit-percent",
            Unit::PerThousand => "kpi-unit-per-thousand",
            Unit::Days => "kpi-unit-days",
            Unit::Euros => "kpi-unit-euros",
            Unit::Projects => "kpi-unit-projects",
            Unit::Practices => "kpi-unit-practices",
            Unit::Challenges => "kpi-co-unit-challenges",
            Unit::Teams => "kpi-co-unit-teams",
            Unit::DivisionsPerTeam => "kpi-co-unit-divisions-per-team",
            Unit::Organisations => "kpi-co-unit-organisations",
            Unit::Solutions => "kpi-co-unit-solutions",
        }
    }

    /// The unit's name in exports' JSON.
    fn token(self) -> &'static str {
        match self {
            Unit::People => "people",
            Unit::Proposals => "proposals",
            Unit::Percent => "percent",
            Unit::PerThousand => "per_1000_eligible",
            Unit::Days => "days",
            Unit::Euros => "euros",
            Unit::Projects => "projects",
            Unit::Practices => "practices",
            Unit::Challenges => "challenges",
            Unit::Teams => "teams",
            Unit::DivisionsPerTeam => "divisions_per_team",
            Unit::Organisations => "organisations",
            Unit::Solutions => "solutions",
        }
    }

    fn counts(self) -> bool {
        matches!(
            self,
            Unit::People
                | Unit::Proposals
                | Unit::Projects
                | Unit::Practices
                | Unit::Challenges
                | Unit::Teams
                | Unit::Organisations
                | Unit::Solutions
        )
    }
}

/// A value in the reader's format, with its unit where the number alone
/// would not say it (percent, euros).
fn in_unit(l: &L10n, unit: Unit, v: f64) -> String {
    match unit {
        _ if unit.counts() => {
            if v.fract() == 0.0 {
                l.number(v as i64)
            } else {
                l.decimal(v, 1)
            }
        }
        Unit::Percent => l.args("kpi-percent", &[("value", l.decimal(v, 1).into())]),
        Unit::Days => l.decimal(v, 0),
        Unit::Euros => l.euros((v * 100.0).round() as i64),
        _ => l.decimal(v, 1),
    }
}

/// A value in a table: its text for the reader, and what a chart or an
/// export makes of it.
#[derive(Clone, Debug)]
pub struct Cell {
    pub text: String,
    pub point: Point,
}

impl Cell {
    fn value(&self) -> Option<f64> {
        match self.point {
            Point::Shown(v) => Some(v),
            _ => None,
        }
    }

    fn state(&self) -> &'static str {
        match self.point {
            Point::Shown(_) => "value",
            Point::Suppressed => "suppressed",
            Point::Unknown => "not_recorded",
        }
    }

    /// The cell in an export: the raw number with a dot, "<5" for a
    /// hidden count, empty when not recorded.
    fn raw(&self) -> String {
        match self.point {
            Point::Shown(v) => raw_number(v),
            Point::Suppressed => "<5".into(),
            Point::Unknown => String::new(),
        }
    }
}

/// A number as a spreadsheet reads it: a dot for decimals, no grouping.
fn raw_number(v: f64) -> String {
    if v.fract() == 0.0 && v.abs() < 1e15 {
        format!("{}", v as i64)
    } else {
        let text = format!("{v:.4}");
        text.trim_end_matches('0').trim_end_matches('.').to_owned()
    }
}

/// One KPI across the columns of a table.
#[derive(Clone, Debug)]
pub struct Row {
    pub key: String,
    pub label: String,
    pub unit: Unit,
    /// The unit in the reader's language.
    pub unit_text: String,
    pub cells: Vec<Cell>,
}

struct Format<'a> {
    l: &'a L10n,
    suppressed: String,
    unknown: String,
}

impl<'a> Format<'a> {
    fn new(l: &'a L10n) -> Self {
        Format {
            l,
            suppressed: l.t("kpi-hidden"),
            unknown: l.t("kpi-unknown"),
        }
    }

    fn value(&self, unit: Unit, v: f64) -> Cell {
        Cell {
            text: in_unit(self.l, unit, v),
            point: Point::Shown(v),
        }
    }

    fn count(&self, n: i64, inside: bool) -> Cell {
        match shown(n, inside) {
            Some(n) => self.value(Unit::People, n as f64),
            None => self.hidden(),
        }
    }

    fn hidden(&self) -> Cell {
        Cell {
            text: self.suppressed.clone(),
            point: Point::Suppressed,
        }
    }

    fn unknown(&self) -> Cell {
        Cell {
            text: self.unknown.clone(),
            point: Point::Unknown,
        }
    }

    fn maybe(&self, unit: Unit, value: Option<f64>) -> Cell {
        value.map_or_else(|| self.unknown(), |v| self.value(unit, v))
    }

    /// A figure drawn from counts: hidden where they are (`counts_shown`
    /// false), so that it cannot give them away.
    fn drawn(&self, unit: Unit, counts_shown: bool, value: Option<f64>) -> Cell {
        if counts_shown {
            self.maybe(unit, value)
        } else {
            self.hidden()
        }
    }

    /// A share (0 to 1) as a percentage, drawn from counts.
    fn percent(&self, counts_shown: bool, share: Option<f64>) -> Cell {
        self.drawn(Unit::Percent, counts_shown, share.map(|r| r * 100.0))
    }

    /// A sum of money in cents, known only where projects carry the
    /// awards (`recorded`).
    fn euros(&self, recorded: bool, cents: i64) -> Cell {
        self.maybe(Unit::Euros, recorded.then_some(cents as f64 / 100.0))
    }
}

/// The KPI rows for columns of figures, each column inside its city or not.
fn kpi_rows(l: &L10n, columns: &[(&Figures, bool)]) -> Vec<Row> {
    let f = Format::new(l);
    let mut rows = Vec::new();
    let mut row = |key: &str, label: String, unit: Unit, cell: &dyn Fn(&Figures, bool) -> Cell| {
        rows.push(Row {
            key: key.to_owned(),
            label,
            unit,
            unit_text: l.t(unit.message_id()),
            cells: columns
                .iter()
                .map(|(fig, inside)| cell(fig, *inside))
                .collect(),
        });
    };
    row("eligible", l.t("kpi-eligible"), Unit::People, &|x, _| {
        f.maybe(Unit::People, (x.eligible > 0).then_some(x.eligible as f64))
    });
    row(
        "participants",
        l.t("kpi-participants"),
        Unit::People,
        &|x, inside| f.count(x.participants, inside),
    );
    // A count the edition published itself, beside the platform's, marked
    // as published (public: never hidden).
    if columns
        .iter()
        .any(|(x, _)| x.published_participants.is_some())
    {
        row(
            "published_participants",
            l.t("kpi-published-participants"),
            Unit::People,
            &|x, _| match x.published_participants {
                Some(n) => Cell {
                    text: l.args("kpi-published", &[("value", l.number(n).into())]),
                    point: Point::Shown(n as f64),
                },
                None => Cell {
                    text: l.t("kpi-not-published"),
                    point: Point::Unknown,
                },
            },
        );
    }
    row(
        "participation_rate",
        l.t("kpi-participation-rate"),
        Unit::Percent,
        &|x, inside| {
            f.percent(
                shown(x.participants, inside).is_some(),
                x.participation_rate(),
            )
        },
    );
    row(
        "submitted",
        l.t("kpi-submitted"),
        Unit::Proposals,
        &|x, inside| f.count(x.submitted, inside),
    );
    row(
        "per_thousand",
        l.t("kpi-per-thousand"),
        Unit::PerThousand,
        &|x, inside| {
            f.drawn(
                Unit::PerThousand,
                shown(x.submitted, inside).is_some(),
                x.per_thousand(),
            )
        },
    );
    let largest_team = columns
        .iter()
        .flat_map(|(x, _)| x.team_sizes.keys().copied())
        .max()
        .unwrap_or(1);
    for size in 1..=largest_team {
        row(
            &format!("team_size_{size}"),
            l.count("kpi-team-size", "size", size),
            Unit::Proposals,
            &|x, inside| f.count(x.team_sizes.get(&size).copied().unwrap_or(0), inside),
        );
    }
    for (index, category) in by_network_category(&Figures::default()).iter().enumerate() {
        let name = l.t(category.0.message_id());
        row(
            &format!("category_{}", sea_orm::ActiveEnum::to_value(&category.0)),
            l.args("kpi-category", &[("category", name.into())]),
            Unit::Proposals,
            &|x, inside| f.count(by_network_category(x)[index].1, inside),
        );
    }
    row(
        "awarded",
        l.t("kpi-awarded"),
        Unit::Proposals,
        &|x, inside| f.count(x.awarded, inside),
    );
    row(
        "award_rate",
        l.t("kpi-award-rate"),
        Unit::Percent,
        &|x, inside| f.percent(shown(x.awarded, inside).is_some(), x.award_rate()),
    );
    // Implementation and money are known only where projects carry the
    // awards: else "not recorded", never zero.
    row(
        "implemented",
        l.t("kpi-implemented"),
        Unit::Proposals,
        &|x, inside| {
            if x.awarded > 0 && !x.implementation_recorded() {
                f.unknown()
            } else {
                f.count(x.implemented, inside)
            }
        },
    );
    row(
        "implementation_rate",
        l.t("kpi-implementation-rate"),
        Unit::Percent,
        &|x, inside| {
            if x.implementation_recorded() {
                f.percent(
                    shown(x.implemented, inside).is_some() && shown(x.awarded, inside).is_some(),
                    x.implementation_rate(),
                )
            } else {
                f.unknown()
            }
        },
    );
    row(
        "median_days",
        l.t("kpi-median-days"),
        Unit::Days,
        &|x, _| f.maybe(Unit::Days, x.median_days()),
    );
    row("allocated", l.t("kpi-allocated"), Unit::Euros, &|x, _| {
        f.euros(x.implementation_recorded(), x.allocated_cents)
    });
    row("spent", l.t("kpi-spent"), Unit::Euros, &|x, _| {
        f.euros(x.implementation_recorded(), x.spent_cents)
    });
    rows
}

/// The co-creation rows for columns of figures, each column inside its
/// city or not: only team members and facilitators are people, hidden
/// under 5 outside the city; challenges, teams, organisations and
/// solutions are shown as they are.
fn cocreation_rows(l: &L10n, columns: &[(&Cocreation, bool)]) -> Vec<Row> {
    let f = Format::new(l);
    let mut rows = Vec::new();
    let mut row =
        |key: &str, label: String, unit: Unit, cell: &dyn Fn(&Cocreation, bool) -> Cell| {
            rows.push(Row {
                key: key.to_owned(),
                label,
                unit,
                unit_text: l.t(unit.message_id()),
                cells: columns
                    .iter()
                    .map(|(fig, inside)| cell(fig, *inside))
                    .collect(),
            });
        };
    let plain = |unit: Unit, n: i64| f.value(unit, n as f64);
    row(
        "challenges_proposed",
        l.t("kpi-co-challenges-proposed"),
        Unit::Challenges,
        &|x, _| plain(Unit::Challenges, x.challenges_proposed),
    );
    row(
        "challenges_selected",
        l.t("kpi-co-challenges-selected"),
        Unit::Challenges,
        &|x, _| plain(Unit::Challenges, x.challenges_selected),
    );
    row("teams", l.t("kpi-co-teams"), Unit::Teams, &|x, _| {
        plain(Unit::Teams, x.teams)
    });
    row(
        "mean_divisions",
        l.t("kpi-co-mean-divisions"),
        Unit::DivisionsPerTeam,
        &|x, _| f.maybe(Unit::DivisionsPerTeam, x.mean_divisions()),
    );
    let most = columns
        .iter()
        .flat_map(|(x, _)| x.divisions.keys().copied())
        .max()
        .unwrap_or(0);
    for d in 0..=most {
        row(
            &format!("teams_divisions_{d}"),
            l.count("kpi-co-teams-divisions", "divisions", d),
            Unit::Teams,
            &|x, _| plain(Unit::Teams, x.divisions.get(&d).copied().unwrap_or(0)),
        );
    }
    row(
        "members",
        l.t("kpi-co-members"),
        Unit::People,
        &|x, inside| f.count(x.members, inside),
    );
    row(
        "facilitators",
        l.t("kpi-co-facilitators"),
        Unit::People,
        &|x, inside| f.count(x.facilitators, inside),
    );
    row(
        "stakeholders",
        l.t("kpi-co-stakeholders"),
        Unit::Organisations,
        &|x, _| plain(Unit::Organisations, x.stakeholders),
    );
    row(
        "piloted",
        l.t("kpi-co-piloted"),
        Unit::Solutions,
        &|x, _| plain(Unit::Solutions, x.piloted),
    );
    row(
        "implemented",
        l.t("kpi-co-implemented"),
        Unit::Solutions,
        &|x, _| plain(Unit::Solutions, x.implemented),
    );
    rows
}

/// The participation funnel of each call (README, "The participation
/// funnel"): eligible people, reached by an announcement, opened a
/// proposal, submitted, each step also as a share of the eligible people.
/// Outside the call's city a step under 5 people reads "fewer than 5", and
/// so does its share; a call without an announcement mailing has "reached"
/// not recorded, never zero.
fn funnel_rows(l: &L10n, columns: &[(&Figures, bool)]) -> Vec<Row> {
    let f = Format::new(l);
    let mut rows = Vec::new();
    for (key, step) in FUNNEL_STEPS {
        let count = |x: &Figures| -> Option<i64> {
            match step {
                Step::Eligible => (x.eligible > 0).then_some(x.eligible),
                Step::Reached => x.reached,
                Step::Opened => Some(x.opened),
                Step::Submitted => Some(x.participants),
            }
        };
        rows.push(Row {
            key: format!("funnel_{key}"),
            label: l.t(&format!("funnel-{key}")),
            unit: Unit::People,
            unit_text: l.t(Unit::People.message_id()),
            cells: columns
                .iter()
                .map(|(x, inside)| match (step, count(x)) {
                    // The admin's headcount, shown as the KPI table shows it.
                    (Step::Eligible, n) => f.maybe(Unit::People, n.map(|n| n as f64)),
                    (_, Some(n)) => f.count(n, *inside),
                    (_, None) => f.unknown(),
                })
                .collect(),
        });
        if step == Step::Eligible {
            continue;
        }
        rows.push(Row {
            key: format!("funnel_{key}_share"),
            label: l.t(&format!("funnel-{key}-share")),
            unit: Unit::Percent,
            unit_text: l.t(Unit::Percent.message_id()),
            cells: columns
                .iter()
                .map(|(x, inside)| match count(x) {
                    Some(n) => f.percent(shown(n, *inside).is_some(), x.share_of_eligible(Some(n))),
                    None => f.unknown(),
                })
                .collect(),
        });
    }
    rows
}

/// A step of the participation funnel.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Step {
    Eligible,
    Reached,
    Opened,
    Submitted,
}

/// The funnel's steps in order, with the key of their rows and messages.
const FUNNEL_STEPS: [(&str, Step); 4] = [
    ("eligible", Step::Eligible),
    ("reached", Step::Reached),
    ("opened", Step::Opened),
    ("submitted", Step::Submitted),
];

/// A funnel chart per call: a bar per step in one colour (the steps are
/// told apart by their names, not by colour), its text the count and its
/// share of the eligible people; a hidden or unrecorded step is a gap
/// marked in words. Beside it, the table of its steps.
fn funnel_charts(l: &L10n, call_columns: &[String], rows: &[Row]) -> Vec<ChartBlock> {
    let cell = |key: &str, i: usize| {
        rows.iter()
            .find(|r| r.key == key)
            .and_then(|r| r.cells.get(i))
    };
    call_columns
        .iter()
        .enumerate()
        .map(|(i, call)| {
            let mut table = Vec::new();
            let bars: Vec<Bar> = FUNNEL_STEPS
                .iter()
                .filter_map(|(key, _)| {
                    let count = cell(&format!("funnel_{key}"), i)?;
                    let share = cell(&format!("funnel_{key}_share"), i);
                    let label = l.t(&format!("funnel-{key}"));
                    table.push((
                        label.clone(),
                        vec![
                            count.text.clone(),
                            share.map(|s| s.text.clone()).unwrap_or_default(),
                        ],
                    ));
                    let text = match share.filter(|share| share.value().is_some()) {
                        Some(share) => l.args(
                            "funnel-step",
                            &[
                                ("count", count.text.clone().into()),
                                ("share", share.text.clone().into()),
                            ],
                        ),
                        None => count.text.clone(),
                    };
                    Some(Bar {
                        label,
                        value: count.point,
                        text,
                        style: chart::style(0),
                    })
                })
                .collect();
            ChartBlock {
                svg: chart::funnel(
                    &format!("funnel-{i}"),
                    &texts(l, call, &l.t("funnel-chart-unit")),
                    &bars,
                ),
                first: l.t("funnel-step-name"),
                head: vec![l.t(Unit::People.message_id()), l.t("funnel-share")],
                rows: table,
            }
        })
        .collect()
}

/// A city's own rows with the network's median of each beside them,
/// over `every` (one column per city with figures); shown only when at
/// least three cities have a value, in the row's unit.
fn with_median(l: &L10n, own_rows: Vec<Row>, every: &[Row]) -> Vec<Row> {
    let format = Format::new(l);
    own_rows
        .into_iter()
        .map(|mut own| {
            let values: Vec<f64> = every
                .iter()
                .find(|all| all.key == own.key)
                .map(|all| all.cells.iter().filter_map(Cell::value).collect())
                .unwrap_or_default();
            let mid = (values.len() >= 3).then(|| median(&values)).flatten();
            own.cells.push(format.maybe(own.unit, mid));
            own
        })
        .collect()
}

/// What the reader asked for: the year, the cities, the years of the
/// series, a page of cities, and an export.
#[derive(Debug, Default, Deserialize)]
pub struct Choice {
    #[serde(default)]
    year: String,
    #[serde(default)]
    format: String,
    #[serde(default)]
    table: String,
    #[serde(default)]
    city: Vec<String>,
    #[serde(default)]
    page: String,
    #[serde(default)]
    from: String,
    #[serde(default)]
    to: String,
}

fn choice_of(query: Option<String>) -> Result<Choice, AppError> {
    serde_html_form::from_str(query.as_deref().unwrap_or("")).map_err(|_| AppError::BadRequest)
}

struct CityColumn {
    id: i32,
    name: String,
    timezone: String,
    style: Style,
}

/// The active cities of the snapshot, by name in the reader's language,
/// each with its style (by its place in the network's order of creation,
/// so the same in every chart and language).
fn columns_of(snapshot: &Snapshot, l: &L10n) -> Vec<CityColumn> {
    let mut ids: Vec<i32> = snapshot.cities.iter().map(|t| t.id).collect();
    ids.sort_unstable();
    let mut all: Vec<CityColumn> = snapshot
        .cities
        .iter()
        .map(|t| CityColumn {
            id: t.id,
            name: t.name_in(l.lang().code()),
            timezone: t.timezone.clone(),
            style: chart::style(ids.iter().position(|i| *i == t.id).unwrap_or(0)),
        })
        .collect();
    all.sort_by(|a, b| a.name.cmp(&b.name));
    all
}

/// The year a dashboard opens on: the latest in which most of `cities`
/// have data (a call of that year past its deadline), else the latest in
/// which the most of them have, else the latest with figures.
fn opening_year(network: &Network, cities: &[i32], years: &[i32], now: DateTime<Utc>) -> i32 {
    let with_data = |year: i32| {
        cities
            .iter()
            .filter(|c| {
                network.calls.keys().any(|e| {
                    e.tenant_id == **c && e.year == year && e.deadline.is_some_and(|d| d <= now)
                })
            })
            .count()
    };
    let counts: Vec<(i32, usize)> = years.iter().map(|y| (*y, with_data(*y))).collect();
    if let Some((year, _)) = counts.iter().rev().find(|(_, n)| n * 2 > cities.len()) {
        return *year;
    }
    let most = counts.iter().map(|(_, n)| *n).max().unwrap_or(0);
    counts
        .iter()
        .rev()
        .find(|(_, n)| most > 0 && *n == most)
        .map(|(y, _)| *y)
        .or_else(|| years.last().copied())
        .unwrap_or(0)
}

/// The year asked for, else the one to open on.
fn chosen_year(choice: &Choice, years: &[i32], opening: i32) -> Result<i32, AppError> {
    if choice.year.is_empty() {
        return Ok(opening);
    }
    choice
        .year
        .parse()
        .ok()
        .filter(|y| years.contains(y))
        .ok_or(AppError::BadRequest)
}

/// A year bound of the series (`from`, `to`), if given.
fn bound(text: &str, years: &[i32]) -> Result<Option<i32>, AppError> {
    if text.is_empty() {
        return Ok(None);
    }
    text.parse()
        .ok()
        .filter(|y| years.contains(y))
        .map(Some)
        .ok_or(AppError::BadRequest)
}

/// A chart and the table of its numbers, shown beside it.
struct ChartBlock {
    svg: String,
    /// The heading of the table's first column (what its rows are).
    first: String,
    /// The table's column headings (after the city's).
    head: Vec<String>,
    rows: Vec<(String, Vec<String>)>,
}

#[derive(Template)]
#[template(path = "network/templates/dashboard.html")]
struct DashboardPage<'a> {
    ctx: PageContext,
    title: String,
    /// The rendered `DashboardBody`.
    body: &'a str,
}

/// Where the body goes in a page rendered without it.
const BODY_MARK: &str = "<!--dashboard-body-->";

/// The dashboard's page: the reader's own head and tail around the shared
/// body, compressed where the reader takes gzip.
fn dashboard_page(
    ctx: PageContext,
    title: String,
    body: &gzip::Shared,
    headers: &HeaderMap,
) -> Result<Response, AppError> {
    let takes_gzip = headers
        .get(header::ACCEPT_ENCODING)
        .and_then(|v| v.to_str().ok())
        .is_some_and(gzip::accepted);
    let page = DashboardPage {
        ctx,
        title,
        body: if takes_gzip { BODY_MARK } else { &body.text },
    }
    .render()?;
    let mut response = if takes_gzip {
        let (head, tail) = page
            .split_once(BODY_MARK)
            .ok_or_else(|| AppError::Internal("the dashboard's layout lost its body".into()))?;
        (
            [
                (
                    header::CONTENT_TYPE,
                    HeaderValue::from_static("text/html; charset=utf-8"),
                ),
                (header::CONTENT_ENCODING, HeaderValue::from_static("gzip")),
            ],
            gzip::wrap(head, &body.compressed, tail),
        )
            .into_response()
    } else {
        Html(page).into_response()
    };
    response
        .headers_mut()
        .insert(header::VARY, HeaderValue::from_static("accept-encoding"));
    Ok(response)
}

/// A city the coordinator may tick.
struct CityChoice {
    id: i32,
    name: String,
    chosen: bool,
}

/// A link to another page of cities.
struct PageLink {
    number: usize,
    href: String,
    current: bool,
}

#[derive(Template)]
#[template(path = "network/templates/dashboard_body.html")]
struct DashboardBody<'a> {
    l: &'a L10n,
    title: String,
    year: i32,
    years: Vec<i32>,
    from: i32,
    to: i32,
    columns: Vec<String>,
    rows: Vec<Row>,
    charts: Vec<ChartBlock>,
    series: Vec<ChartBlock>,
    call_columns: Vec<String>,
    call_rows: Vec<Row>,
    /// A chart per call, with the table of its steps.
    funnel_charts: Vec<ChartBlock>,
    /// The co-creation calls' figures (none when no city shown has one).
    cocreation_columns: Vec<String>,
    cocreation_rows: Vec<Row>,
    implementation: Vec<Row>,
    implementation_columns: Vec<String>,
    travelled: Vec<(String, String, String)>,
    /// Call formats that travelled: (title, city, the cities that copied).
    formats: Vec<(String, String, String)>,
    export_base: String,
    /// The selection, as query parameters (`&city=…&from=…`), for links.
    selection: String,
    choices: Vec<CityChoice>,
    pages: Vec<PageLink>,
    page_size: usize,
    is_city: bool,
}

/// Bar charts for the rows worth drawing: a bar per column in its style.
fn charts_for(
    l: &L10n,
    rows: &[Row],
    columns: &[(String, Style)],
    keys: &[&str],
) -> Vec<ChartBlock> {
    rows.iter()
        .filter(|r| keys.contains(&r.key.as_str()))
        .map(|r| ChartBlock {
            svg: chart::bars(
                &format!("chart-{}", r.key),
                &texts(l, &r.label, &r.unit_text),
                &columns
                    .iter()
                    .zip(&r.cells)
                    .map(|((name, style), cell)| Bar {
                        label: name.clone(),
                        value: cell.point,
                        text: cell.text.clone(),
                        style: *style,
                    })
                    .collect::<Vec<_>>(),
            ),
            first: l.t("network-city"),
            head: vec![r.unit_text.clone()],
            rows: columns
                .iter()
                .zip(&r.cells)
                .map(|((name, _), cell)| (name.clone(), vec![cell.text.clone()]))
                .collect(),
        })
        .collect()
}

fn texts(l: &L10n, title: &str, unit: &str) -> chart::Texts {
    chart::Texts {
        title: title.to_owned(),
        unit: unit.to_owned(),
        suppressed: l.t("kpi-hidden"),
        unknown: l.t("kpi-unknown"),
    }
}

const CHARTED: [&str; 6] = [
    "participants",
    "participation_rate",
    "submitted",
    "per_thousand",
    "award_rate",
    "implementation_rate",
];

/// Time series per city across the years: proposals per 1,000 eligible
/// and the participation rate, hidden where the counts are; each chart
/// with its table, and the rows for the exports.
fn series_for(
    l: &L10n,
    network: &Network,
    cities: &[&CityColumn],
    years: &[i32],
    inside: impl Fn(i32) -> bool,
) -> (Vec<ChartBlock>, Vec<Row>) {
    let f = Format::new(l);
    let cities: Vec<&CityColumn> = cities
        .iter()
        .copied()
        .filter(|c| {
            years
                .iter()
                .any(|y| network.years.contains_key(&(c.id, *y)))
        })
        .collect();
    let mut charts = Vec::new();
    let mut rows = Vec::new();
    for (key, label, title, unit) in [
        (
            "per_thousand",
            "kpi-per-thousand",
            "kpi-series-per-thousand",
            Unit::PerThousand,
        ),
        (
            "participation_rate",
            "kpi-participation-rate",
            "kpi-series-participation",
            Unit::Percent,
        ),
    ] {
        let value = |x: &Figures, inside: bool| -> Cell {
            let (count, value) = if unit == Unit::Percent {
                (x.participants, x.participation_rate().map(|r| r * 100.0))
            } else {
                (x.submitted, x.per_thousand())
            };
            if shown(count, inside).is_none() {
                f.hidden()
            } else {
                f.maybe(unit, value)
            }
        };
        let unit_text = l.t(unit.message_id());
        let mut lines = Vec::new();
        let mut table = Vec::new();
        for c in &cities {
            let cells: Vec<(i32, Option<Cell>)> = years
                .iter()
                .map(|y| {
                    (
                        *y,
                        network
                            .years
                            .get(&(c.id, *y))
                            .map(|x| value(x, inside(c.id))),
                    )
                })
                .collect();
            lines.push(Series {
                label: c.name.clone(),
                style: c.style,
                points: cells
                    .iter()
                    .filter_map(|(y, cell)| cell.as_ref().map(|cell| (*y, cell.point)))
                    .collect(),
            });
            let cells: Vec<Cell> = cells
                .into_iter()
                .map(|(_, cell)| cell.unwrap_or_else(|| f.unknown()))
                .collect();
            table.push((
                c.name.clone(),
                cells.iter().map(|c| c.text.clone()).collect(),
            ));
            rows.push(Row {
                key: key.to_owned(),
                label: format!("{} · {}", c.name, l.t(label)),
                unit,
                unit_text: unit_text.clone(),
                cells,
            });
        }
        charts.push(ChartBlock {
            svg: chart::lines(
                &format!("series-{key}"),
                &texts(l, &l.t(title), &unit_text),
                &lines,
                |v| in_unit(l, unit, v),
            ),
            first: l.t("network-city"),
            head: years.iter().map(ToString::to_string).collect(),
            rows: table,
        });
    }
    (charts, rows)
}

/// Projects by status, barriers and practices, one column per city.
fn implementation_rows(
    l: &L10n,
    cities: &[&CityColumn],
    implementation: &BTreeMap<i32, Implementation>,
    practices: &[library::service::Entry],
) -> Vec<Row> {
    let f = Format::new(l);
    let mut rows = Vec::new();
    let mut push = |key: String, label: String, unit: Unit, n: &dyn Fn(i32) -> i64| {
        rows.push(Row {
            key,
            label,
            unit,
            unit_text: l.t(unit.message_id()),
            cells: cities
                .iter()
                .map(|c| f.value(unit, n(c.id) as f64))
                .collect(),
        });
    };
    let of = |city: i32, pick: &dyn Fn(&Implementation) -> Option<i64>| {
        implementation.get(&city).and_then(pick).unwrap_or(0)
    };
    for status in ProjectStatus::ALL {
        push(
            format!("projects_{}", status.token()),
            l.args(
                "kpi-projects",
                &[("status", l.t(status.message_id()).into())],
            ),
            Unit::Projects,
            &|c| of(c, &|i| i.by_status.get(status.token()).copied()),
        );
    }
    for barrier in Barrier::ALL {
        push(
            format!("barrier_{}", barrier.token()),
            l.args(
                "kpi-barrier",
                &[("barrier", l.t(barrier.message_id()).into())],
            ),
            Unit::Projects,
            &|c| of(c, &|i| i.barriers.get(barrier.token()).copied()),
        );
    }
    push(
        "practices_published".into(),
        l.t("kpi-practices-published"),
        Unit::Practices,
        &|c| {
            practices
                .iter()
                .filter(|p| p.practice.tenant_id == c)
                .count() as i64
        },
    );
    push(
        "practices_adopted".into(),
        l.t("kpi-practices-adopted"),
        Unit::Practices,
        &|c| {
            practices
                .iter()
                .flat_map(|p| &p.adoptions)
                .filter(|a| a.tenant_id == c)
                .count() as i64
        },
    );
    rows
}

/// A table as an export's records: one per column (a city, a call, a
/// year), one field per figure, each field in a single unit.
fn records(first: &str, columns: &[String], rows: &[Row]) -> (Vec<String>, Vec<Vec<Cell>>) {
    let mut header = vec![first.to_owned()];
    header.extend(
        rows.iter()
            .map(|r| format!("{} ({})", r.label, r.unit_text)),
    );
    let records = columns
        .iter()
        .enumerate()
        .map(|(i, name)| {
            let mut record = vec![Cell {
                text: name.clone(),
                point: Point::Unknown,
            }];
            record.extend(rows.iter().map(|r| {
                r.cells.get(i).cloned().unwrap_or(Cell {
                    text: String::new(),
                    point: Point::Unknown,
                })
            }));
            record
        })
        .collect();
    (header, records)
}

fn csv_field(text: &str) -> String {
    if text.contains([',', '"', '\n', '\r']) {
        format!("\"{}\"", text.replace('"', "\"\""))
    } else {
        text.to_owned()
    }
}

fn attachment(name: &str, kind: &'static str, body: Vec<u8>) -> Result<Response, AppError> {
    let disposition = HeaderValue::from_str(&format!("attachment; filename=\"{name}\""))
        .map_err(|e| AppError::Internal(e.to_string()))?;
    Ok((
        [
            (header::CONTENT_TYPE, HeaderValue::from_static(kind)),
            (header::CONTENT_DISPOSITION, disposition),
        ],
        body,
    )
        .into_response())
}

/// A table as CSV (with a byte-order mark, so that spreadsheets read it
/// as UTF-8) or XLSX: raw numbers, a dot for decimals, "<5" for a hidden
/// count and nothing for a figure not recorded.
fn export(
    format: &str,
    stem: &str,
    first: &str,
    columns: &[String],
    rows: &[Row],
) -> Result<Response, AppError> {
    let (header, records) = records(first, columns, rows);
    if format == "xlsx" {
        let mut sheet: Vec<Vec<xlsx::Value>> =
            vec![header.into_iter().map(xlsx::Value::Text).collect()];
        for record in records {
            sheet.push(
                record
                    .into_iter()
                    .enumerate()
                    .map(|(i, cell)| match (i, cell.point) {
                        (0, _) => xlsx::Value::Text(cell.text),
                        (_, Point::Shown(v)) => xlsx::Value::Number(v),
                        (_, Point::Suppressed) => xlsx::Value::Text(cell.raw()),
                        (_, Point::Unknown) => xlsx::Value::Empty,
                    })
                    .collect(),
            );
        }
        let body = xlsx::workbook(&sheet).map_err(|e| AppError::Internal(e.to_string()))?;
        return attachment(
            &format!("{stem}.xlsx"),
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
            body,
        );
    }
    let mut csv = String::from("\u{feff}");
    csv.push_str(
        &header
            .iter()
            .map(|h| csv_field(h))
            .collect::<Vec<_>>()
            .join(","),
    );
    csv.push_str("\r\n");
    for record in records {
        csv.push_str(
            &record
                .iter()
                .enumerate()
                .map(|(i, c)| csv_field(&if i == 0 { c.text.clone() } else { c.raw() }))
                .collect::<Vec<_>>()
                .join(","),
        );
        csv.push_str("\r\n");
    }
    attachment(
        &format!("{stem}.csv"),
        "text/csv; charset=utf-8",
        csv.into_bytes(),
    )
}

fn json_table(columns: &[String], rows: &[Row]) -> serde_json::Value {
    json!({
        "columns": columns,
        "rows": rows.iter().map(|r| json!({
            "key": r.key,
            "label": r.label,
            "unit": r.unit.token(),
            "values": r.cells.iter().map(|c| json!({ "text": c.text, "value": c.value(), "state": c.state() })).collect::<Vec<_>>(),
        })).collect::<Vec<_>>(),
    })
}

/// Cities on one page of the coordinator's dashboard when none are
/// chosen: as many as the palette has colours.
pub const PAGE: usize = 8;

/// `GET /network[?year=&city=…&page=&from=&to=&format=csv|xlsx|json&table=kpis|calls|funnel|cocreation|series|implementation]`:
/// the cities side by side, for coordinators.
pub async fn dashboard(
    State(app): State<AppState>,
    State(network_cache): State<Arc<super::cache::Local>>,
    ctx: PageContext,
    headers: HeaderMap,
    RawQuery(query): RawQuery,
) -> Result<Response, AppError> {
    require(&ctx, Action::CompareCities)?;
    // The question as asked, under the address the page's links start with.
    let asked = format!(
        "{}?{}",
        ctx.link("/network"),
        query.as_deref().unwrap_or("")
    );
    let choice = choice_of(query)?;
    let l = &ctx.l10n;
    let snapshot = super::cache::snapshot(&app.db, &app.store, &network_cache).await?;
    // A body kept for the same question: nothing of the snapshot is read
    // again (the cities' columns, the opening year over every city and
    // year).
    if choice.format.is_empty()
        && let Some(body) = snapshot.body(l.lang(), &asked)
    {
        let title = l.t("network-title");
        return dashboard_page(ctx, title, &body, &headers);
    }
    let network = &snapshot.network;
    let cities = columns_of(&snapshot, l);
    let ids: Vec<i32> = cities.iter().map(|c| c.id).collect();
    let years = snapshot.years.clone();
    let year = chosen_year(
        &choice,
        &years,
        opening_year(network, &ids, &years, app.clock.now()),
    )?;
    let (from, to) = (
        bound(&choice.from, &years)?.unwrap_or(years.first().copied().unwrap_or(year)),
        bound(&choice.to, &years)?.unwrap_or(years.last().copied().unwrap_or(year)),
    );
    let series_years: Vec<i32> = years
        .iter()
        .copied()
        .filter(|y| (from..=to).contains(y))
        .collect();
    // The cities shown: those chosen, else a page of those with figures
    // that year.
    let chosen: Vec<i32> = choice
        .city
        .iter()
        .filter_map(|c| c.parse().ok())
        .filter(|c| ids.contains(c))
        .collect();
    let with_figures: Vec<&CityColumn> = cities
        .iter()
        .filter(|c| {
            network.years.contains_key(&(c.id, year))
                || network.cocreation_years.contains_key(&(c.id, year))
        })
        .collect();
    let page_count = with_figures.len().div_ceil(PAGE).max(1);
    let page: usize = match choice.page.as_str() {
        "" => 1,
        p => p
            .parse()
            .ok()
            .filter(|p| (1..=page_count).contains(p))
            .ok_or(AppError::BadRequest)?,
    };
    let shown_cities: Vec<&CityColumn> = if chosen.is_empty() {
        with_figures
            .iter()
            .skip((page - 1) * PAGE)
            .take(PAGE)
            .copied()
            .collect()
    } else {
        cities.iter().filter(|c| chosen.contains(&c.id)).collect()
    };
    let mut selection: String = chosen.iter().map(|c| format!("&city={c}")).collect();
    if !choice.from.is_empty() || !choice.to.is_empty() {
        selection.push_str(&format!("&from={from}&to={to}"));
    }
    let page_part = if chosen.is_empty() && page > 1 {
        format!("&page={page}")
    } else {
        String::new()
    };
    let export_base = ctx.link("/network");
    let title = l.t("network-title");
    let practices = &snapshot.practices;
    let with_year: Vec<&CityColumn> = shown_cities
        .iter()
        .copied()
        .filter(|c| network.years.contains_key(&(c.id, year)))
        .collect();
    let empty = Figures::default();
    let figures: Vec<(&Figures, bool)> = with_year
        .iter()
        .map(|c| (network.years.get(&(c.id, year)).unwrap_or(&empty), false))
        .collect();
    let columns: Vec<String> = with_year.iter().map(|c| c.name.clone()).collect();
    let styled: Vec<(String, Style)> = with_year
        .iter()
        .map(|c| (c.name.clone(), c.style))
        .collect();
    let rows = kpi_rows(l, &figures);
    let impl_rows = implementation_rows(l, &shown_cities, &network.implementation, practices);
    let impl_columns: Vec<String> = shown_cities.iter().map(|c| c.name.clone()).collect();
    let (series, series_rows) = series_for(l, network, &shown_cities, &series_years, |_| false);
    let series_columns: Vec<String> = series_years.iter().map(ToString::to_string).collect();
    // Each call of the year, side by side, with its deadline (which gives
    // it its year).
    let editions: Vec<(&kpis::Edition, &Figures)> = network
        .calls
        .iter()
        .filter(|(e, _)| e.year == year && shown_cities.iter().any(|c| c.id == e.tenant_id))
        .collect();
    let call_columns: Vec<String> = editions
        .iter()
        .map(|(e, _)| {
            let city = cities.iter().find(|c| c.id == e.tenant_id);
            let name = city.map(|c| c.name.clone()).unwrap_or_default();
            let named = match network.title(e.call_id, l.lang()) {
                Some(title) => format!("{name}: {title}"),
                None => name,
            };
            match e.deadline {
                Some(deadline) => {
                    let tz: chrono_tz::Tz = city
                        .and_then(|c| c.timezone.parse().ok())
                        .unwrap_or(chrono_tz::UTC);
                    l.args(
                        "network-call-deadline",
                        &[
                            ("call", named.into()),
                            ("date", l.date(&deadline.with_timezone(&tz)).into()),
                        ],
                    )
                }
                None => named,
            }
        })
        .collect();
    let call_figures: Vec<(&Figures, bool)> = editions.iter().map(|(_, f)| (*f, false)).collect();
    let call_rows = kpi_rows(l, &call_figures);
    let funnel_rows = funnel_rows(l, &call_figures);
    let co_cities: Vec<(&CityColumn, &Cocreation)> = shown_cities
        .iter()
        .filter_map(|c| Some((*c, network.cocreation_years.get(&(c.id, year))?)))
        .collect();
    let cocreation_columns: Vec<String> = co_cities.iter().map(|(c, _)| c.name.clone()).collect();
    let cocreation_rows = cocreation_rows(
        l,
        &co_cities
            .iter()
            .map(|(_, f)| (*f, false))
            .collect::<Vec<_>>(),
    );
    let city_heading = l.t("network-city");
    match (choice.format.as_str(), choice.table.as_str()) {
        (format @ ("csv" | "xlsx"), "cocreation") => {
            return export(
                format,
                &format!("network-{year}-cocreation"),
                &city_heading,
                &cocreation_columns,
                &cocreation_rows,
            );
        }
        (format @ ("csv" | "xlsx"), "implementation") => {
            return export(
                format,
                "network-implementation",
                &city_heading,
                &impl_columns,
                &impl_rows,
            );
        }
        (format @ ("csv" | "xlsx"), "series") => {
            return export(
                format,
                "network-series",
                &l.t("network-year"),
                &series_columns,
                &series_rows,
            );
        }
        (format @ ("csv" | "xlsx"), "calls") => {
            return export(
                format,
                &format!("network-{year}-calls"),
                &l.t("network-call"),
                &call_columns,
                &call_rows,
            );
        }
        (format @ ("csv" | "xlsx"), "funnel") => {
            return export(
                format,
                &format!("network-{year}-funnel"),
                &l.t("network-call"),
                &call_columns,
                &funnel_rows,
            );
        }
        (format @ ("csv" | "xlsx"), "" | "kpis") => {
            return export(
                format,
                &format!("network-{year}"),
                &city_heading,
                &columns,
                &rows,
            );
        }
        ("json", "") => {
            return Ok(Json(json!({
                "year": year,
                "kpis": json_table(&columns, &rows),
                "calls": json_table(&call_columns, &call_rows),
                "funnel": json_table(&call_columns, &funnel_rows),
                "cocreation": json_table(&cocreation_columns, &cocreation_rows),
                "series": json_table(&series_columns, &series_rows),
                "implementation": json_table(&impl_columns, &impl_rows),
            }))
            .into_response());
        }
        ("", _) => {}
        _ => return Err(AppError::BadRequest),
    }
    let base_link = |page: usize| {
        let mut link = format!("{export_base}?year={year}{selection}");
        if page > 1 {
            link.push_str(&format!("&page={page}"));
        }
        link
    };
    let pages: Vec<PageLink> = if chosen.is_empty() && page_count > 1 {
        (1..=page_count)
            .map(|n| PageLink {
                number: n,
                href: base_link(n),
                current: n == page,
            })
            .collect()
    } else {
        Vec::new()
    };
    let body = DashboardBody {
        l,
        title: title.clone(),
        year,
        from,
        to,
        charts: charts_for(l, &rows, &styled, &CHARTED),
        series,
        funnel_charts: funnel_charts(l, &call_columns, &funnel_rows),
        call_columns,
        call_rows,
        cocreation_columns,
        cocreation_rows,
        years,
        rows,
        columns,
        implementation: impl_rows,
        implementation_columns: impl_columns,
        travelled: travelled(l, &cities, practices),
        formats: formats_travelled(l, &cities, &snapshot.formats),
        export_base: export_base.clone(),
        selection: format!("{selection}{page_part}"),
        choices: cities
            .iter()
            .map(|c| CityChoice {
                id: c.id,
                name: c.name.clone(),
                chosen: chosen.contains(&c.id),
            })
            .collect(),
        pages,
        page_size: PAGE,
        is_city: false,
    }
    .render()?;
    let body = Arc::new(gzip::Shared::new(body));
    snapshot.keep(l.lang(), asked, body.clone());
    dashboard_page(ctx, title, &body, &headers)
}

/// Each practice with its city and where it travelled.
fn travelled(
    l: &L10n,
    cities: &[CityColumn],
    practices: &[library::service::Entry],
) -> Vec<(String, String, String)> {
    let name = |id: i32| {
        cities
            .iter()
            .find(|c| c.id == id)
            .map(|c| c.name.clone())
            .unwrap_or_default()
    };
    practices
        .iter()
        .filter(|p| !p.adoptions.is_empty())
        .filter_map(|p| {
            let text = p.text_for(l.lang())?;
            Some((
                text.title.clone(),
                name(p.practice.tenant_id),
                p.adoptions
                    .iter()
                    .map(|a| name(a.tenant_id))
                    .collect::<Vec<_>>()
                    .join(", "),
            ))
        })
        .collect()
}

/// Each call format another city started a call from, with its city and
/// those cities.
fn formats_travelled(
    l: &L10n,
    cities: &[CityColumn],
    formats: &[crate::calls::edition::Travel],
) -> Vec<(String, String, String)> {
    let name = |id: i32| cities.iter().find(|c| c.id == id).map(|c| c.name.clone());
    formats
        .iter()
        .filter_map(|f| {
            let to: Vec<String> = f.to.iter().filter_map(|c| name(*c)).collect();
            if to.is_empty() {
                return None;
            }
            Some((
                crate::calls::text::title_in(&f.texts, l.lang()),
                name(f.city)?,
                to.join(", "),
            ))
        })
        .collect()
}

/// The style of the network's median in a city's charts.
const MEDIAN_STYLE: Style = Style {
    colour: "#767676",
    marker: chart::Marker::Square,
};

/// `GET /admin/network[?year=&from=&to=&format=csv|xlsx|json]`: the city
/// against the network's median, for its admins (their own figures exact).
pub async fn city(
    State(app): State<AppState>,
    State(network_cache): State<Arc<super::cache::Local>>,
    ctx: PageContext,
    RawQuery(query): RawQuery,
) -> Result<Response, AppError> {
    require(&ctx, Action::ManageCalls)?;
    let choice = choice_of(query)?;
    let here = ctx.site()?.id;
    let l = &ctx.l10n;
    let snapshot = super::cache::snapshot(&app.db, &app.store, &network_cache).await?;
    let network = &snapshot.network;
    let cities = columns_of(&snapshot, l);
    let years: Vec<i32> = snapshot
        .years
        .iter()
        .copied()
        .filter(|y| {
            network.years.contains_key(&(here.get(), *y))
                || network.cocreation_years.contains_key(&(here.get(), *y))
        })
        .collect();
    let year = chosen_year(
        &choice,
        &years,
        opening_year(network, &[here.get()], &years, app.clock.now()),
    )?;
    let (from, to) = (
        bound(&choice.from, &years)?.unwrap_or(years.first().copied().unwrap_or(year)),
        bound(&choice.to, &years)?.unwrap_or(years.last().copied().unwrap_or(year)),
    );
    let series_years: Vec<i32> = years
        .iter()
        .copied()
        .filter(|y| (from..=to).contains(y))
        .collect();
    let empty = Figures::default();
    let own = network.years.get(&(here.get(), year)).unwrap_or(&empty);
    let own_rows = kpi_rows(l, &[(own, true)]);
    // The network's median of each row, over the cities with figures that
    // year; shown only when at least three cities have a value, in the
    // row's unit.
    let all: Vec<(&Figures, bool)> = cities
        .iter()
        .filter_map(|c| network.years.get(&(c.id, year)).map(|f| (f, true)))
        .collect();
    let rows = with_median(l, own_rows, &kpi_rows(l, &all));
    // Co-creation figures, when the city has a co-creation call that year.
    let cocreation_rows = match network.cocreation_years.get(&(here.get(), year)) {
        Some(own) => {
            let all: Vec<(&Cocreation, bool)> = cities
                .iter()
                .filter_map(|c| {
                    network
                        .cocreation_years
                        .get(&(c.id, year))
                        .map(|f| (f, true))
                })
                .collect();
            with_median(
                l,
                cocreation_rows(l, &[(own, true)]),
                &cocreation_rows(l, &all),
            )
        }
        None => Vec::new(),
    };
    let own_city = cities.iter().find(|c| c.id == here.get());
    let own_name = own_city.map(|c| c.name.clone()).unwrap_or_default();
    let own_style = own_city.map_or(chart::style(0), |c| c.style);
    let columns = vec![own_name.clone(), l.t("network-median")];
    let styled = vec![(own_name, own_style), (l.t("network-median"), MEDIAN_STYLE)];
    let own_cities: Vec<&CityColumn> = cities.iter().filter(|c| c.id == here.get()).collect();
    let (own_series, own_series_rows) =
        series_for(l, network, &own_cities, &series_years, |_| true);
    let series_columns: Vec<String> = series_years.iter().map(ToString::to_string).collect();
    let cocreation_columns = if cocreation_rows.is_empty() {
        Vec::new()
    } else {
        columns.clone()
    };
    match (choice.format.as_str(), choice.table.as_str()) {
        (format @ ("csv" | "xlsx"), "cocreation") => {
            return export(
                format,
                &format!("city-{year}-cocreation"),
                &l.t("network-city"),
                &cocreation_columns,
                &cocreation_rows,
            );
        }
        (format @ ("csv" | "xlsx"), "series") => {
            return export(
                format,
                "city-series",
                &l.t("network-year"),
                &series_columns,
                &own_series_rows,
            );
        }
        (format @ ("csv" | "xlsx"), "" | "kpis") => {
            return export(
                format,
                &format!("city-{year}"),
                &l.t("network-city"),
                &columns,
                &rows,
            );
        }
        ("json", "") => {
            return Ok(Json(json!({
                "year": year,
                "kpis": json_table(&columns, &rows),
                "cocreation": json_table(&cocreation_columns, &cocreation_rows),
                "series": json_table(&series_columns, &own_series_rows),
            }))
            .into_response());
        }
        ("", _) => {}
        _ => return Err(AppError::BadRequest),
    }
    let title = l.t("network-city-title");
    let selection = if choice.from.is_empty() && choice.to.is_empty() {
        String::new()
    } else {
        format!("&from={from}&to={to}")
    };
    let body = DashboardBody {
        l,
        title: title.clone(),
        year,
        from,
        to,
        charts: charts_for(l, &rows, &styled, &CHARTED),
        series: own_series,
        call_columns: Vec::new(),
        call_rows: Vec::new(),
        funnel_charts: Vec::new(),
        cocreation_columns,
        cocreation_rows,
        years,
        rows,
        columns,
        implementation: Vec::new(),
        implementation_columns: Vec::new(),
        travelled: Vec::new(),
        formats: Vec::new(),
        export_base: ctx.link("/admin/network"),
        selection,
        choices: Vec::new(),
        pages: Vec::new(),
        page_size: PAGE,
        is_city: true,
    }
    .render()?;
    render(&DashboardPage {
        ctx,
        title,
        body: &body,
    })
}
