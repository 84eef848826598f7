//! The network's dashboards: coordinators compare the cities side by side
//! for a year (`/network` on the platform), a city's admins see their city
//! against the network's median (`/admin/network`); every table also as CSV
//! and JSON, with the same privacy rule: outside a city, a count of fewer
//! than 5 people (or of proposals, each being its team) shows as "< 5".

use std::{collections::BTreeMap, sync::Arc};

use askama::Template;
use axum::{
    Json,
    extract::{Query, State},
    http::{HeaderMap, HeaderValue, header},
    response::{Html, IntoResponse, Response},
};
use serde::Deserialize;
use serde_json::json;

use super::{
    cache::Snapshot,
    chart::{self, Bar, Series},
    kpis::{self, Figures, Implementation, Network, by_network_category, median, shown},
};
use crate::{
    auth::{Action, require},
    error::AppError,
    i18n::L10n,
    library,
    projects::{Barrier, Status as ProjectStatus},
    state::AppState,
    web::{PageContext, csv_download, gzip, render},
};

/// A value in a table: its text for the reader, and its number for
/// charts (`None` when hidden or unknown).
#[derive(Clone, Debug)]
pub struct Cell {
    pub text: String,
    pub value: Option<f64>,
}

/// One KPI across the columns of a table.
#[derive(Clone, Debug)]
pub struct Row {
    pub key: String,
    pub label: String,
    pub cells: Vec<Cell>,
}

struct Format<'a> {
    l: &'a L10n,
    hidden: String,
}

impl Format<'_> {
    fn count(&self, n: i64, inside: bool) -> Cell {
        match shown(n, inside) {
            Some(n) => Cell {
                text: self.l.number(n),
                value: Some(n as f64),
            },
            None => self.hidden(),
        }
    }

    fn hidden(&self) -> Cell {
        Cell {
            text: self.hidden.clone(),
            value: None,
        }
    }

    fn none() -> Cell {
        Cell {
            text: "—".into(),
            value: None,
        }
    }

    fn percent(&self, rate: Option<f64>) -> Cell {
        rate.map_or_else(Self::none, |r| Cell {
            text: self.l.args(
                "kpi-percent",
                &[("value", self.l.decimal(r * 100.0, 1).into())],
            ),
            value: Some(r * 100.0),
        })
    }

    fn decimal(&self, value: Option<f64>, places: usize) -> Cell {
        value.map_or_else(Self::none, |v| Cell {
            text: self.l.decimal(v, places),
            value: Some(v),
        })
    }

    fn euros(&self, cents: i64) -> Cell {
        Cell {
            text: self.l.euros(cents),
            value: Some(cents as f64 / 100.0),
        }
    }
}

/// The KPI rows for columns of figures, each column inside its city or not.
fn kpi_rows(l: &L10n, columns: &[(&Figures, bool)]) -> Vec<Row> {
    let f = Format {
        l,
        hidden: l.t("kpi-hidden"),
    };
    let mut rows = Vec::new();
    let mut row = |key: &str, label: String, cell: &dyn Fn(&Figures, bool) -> Cell| {
        rows.push(Row {
            key: key.to_owned(),
            label,
            cells: columns
                .iter()
                .map(|(fig, inside)| cell(fig, *inside))
                .collect(),
        });
    };
    row("eligible", l.t("kpi-eligible"), &|x, _| Cell {
        text: l.number(x.eligible),
        value: Some(x.eligible as f64),
    });
    row("participants", l.t("kpi-participants"), &|x, inside| {
        f.count(x.participants, inside)
    });
    row(
        "participation_rate",
        l.t("kpi-participation-rate"),
        &|x, inside| {
            if shown(x.participants, inside).is_some() {
                f.percent(x.participation_rate())
            } else {
                f.hidden()
            }
        },
    );
    row("submitted", l.t("kpi-submitted"), &|x, inside| {
        f.count(x.submitted, inside)
    });
    row("per_thousand", l.t("kpi-per-thousand"), &|x, inside| {
        if shown(x.submitted, inside).is_some() {
            f.decimal(x.per_thousand(), 1)
        } else {
            f.hidden()
        }
    });
    let largest_team = columns
        .iter()
        .flat_map(|(x, _)| x.team_sizes.keys().copied())
        .max()
        .unwrap_or(1);
    for size in 1..=largest_team {
        row(
            &format!("team_size_{size}"),
            l.count("kpi-team-size", "size", size),
            &|x, inside| f.count(x.team_sizes.get(&size).copied().unwrap_or(0), inside),
        );
    }
    for (index, category) in by_network_category(&Figures::default()).iter().enumerate() {
        let name = l.t(category.0.message_id());
        row(
            &format!("category_{}", sea_orm::ActiveEnum::to_value(&category.0)),
            l.args("kpi-category", &[("category", name.into())]),
            &|x, inside| f.count(by_network_category(x)[index].1, inside),
        );
    }
    row("awarded", l.t("kpi-awarded"), &|x, inside| {
        f.count(x.awarded, inside)
    });
    row("award_rate", l.t("kpi-award-rate"), &|x, inside| {
        if shown(x.awarded, inside).is_some() {
            f.percent(x.award_rate())
        } else {
            f.hidden()
        }
    });
    row("implemented", l.t("kpi-implemented"), &|x, inside| {
        f.count(x.implemented, inside)
    });
    row(
        "implementation_rate",
        l.t("kpi-implementation-rate"),
        &|x, inside| {
            if shown(x.implemented, inside).is_some() && shown(x.awarded, inside).is_some() {
                f.percent(x.implementation_rate())
            } else {
                f.hidden()
            }
        },
    );
    row("median_days", l.t("kpi-median-days"), &|x, _| {
        f.decimal(x.median_days(), 0)
    });
    row("allocated", l.t("kpi-allocated"), &|x, _| {
        f.euros(x.allocated_cents)
    });
    row("spent", l.t("kpi-spent"), &|x, _| f.euros(x.spent_cents));
    rows
}

#[derive(Debug, Default, Deserialize)]
pub struct Choice {
    #[serde(default)]
    year: String,
    #[serde(default)]
    format: String,
    #[serde(default)]
    table: String,
}

struct CityColumn {
    id: i32,
    name: String,
}

/// The active cities of the snapshot, by name in the reader's language.
fn columns_of(snapshot: &Snapshot, l: &L10n) -> Vec<CityColumn> {
    let mut all: Vec<CityColumn> = snapshot
        .cities
        .iter()
        .map(|t| CityColumn {
            id: t.id,
            name: t.name_in(l.lang().code()),
        })
        .collect();
    all.sort_by(|a, b| a.name.cmp(&b.name));
    all
}

/// The year asked for, else the latest with figures.
fn chosen_year(choice: &Choice, years: &[i32]) -> Result<i32, AppError> {
    if choice.year.is_empty() {
        return Ok(years.last().copied().unwrap_or(0));
    }
    choice
        .year
        .parse()
        .ok()
        .filter(|y| years.contains(y))
        .ok_or(AppError::BadRequest)
}

struct ChartBlock {
    svg: String,
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

#[derive(Template)]
#[template(path = "network/templates/dashboard_body.html")]
struct DashboardBody<'a> {
    l: &'a L10n,
    title: String,
    year: i32,
    years: Vec<i32>,
    columns: Vec<String>,
    rows: Vec<Row>,
    charts: Vec<ChartBlock>,
    series: Vec<ChartBlock>,
    series_rows: Vec<Row>,
    call_columns: Vec<String>,
    call_rows: Vec<Row>,
    implementation: Vec<Row>,
    implementation_columns: Vec<String>,
    travelled: Vec<(String, String, String)>,
    export_base: String,
    is_city: bool,
}

/// Charts for the rows worth drawing: one bar per column.
fn charts_for(rows: &[Row], columns: &[String], keys: &[&str]) -> Vec<ChartBlock> {
    rows.iter()
        .filter(|r| keys.contains(&r.key.as_str()))
        .map(|r| ChartBlock {
            svg: chart::bars(
                &format!("chart-{}", r.key),
                &r.label,
                &columns
                    .iter()
                    .zip(&r.cells)
                    .map(|(name, cell)| Bar {
                        label: name.clone(),
                        value: cell.value,
                        text: cell.text.clone(),
                    })
                    .collect::<Vec<_>>(),
            ),
        })
        .collect()
}

const CHARTED: [&str; 6] = [
    "participants",
    "participation_rate",
    "per_thousand",
    "submitted",
    "award_rate",
    "implementation_rate",
];

/// Time series per city across the years: proposals per 1,000 eligible
/// and the participation rate, hidden where the counts are.
fn series_for(
    l: &L10n,
    network: &Network,
    cities: &[CityColumn],
    years: &[i32],
    inside: impl Fn(i32) -> bool,
) -> (Vec<ChartBlock>, Vec<Row>) {
    let make = |value: &dyn Fn(&Figures, bool) -> Option<f64>| -> Vec<Series> {
        cities
            .iter()
            .filter(|c| {
                years
                    .iter()
                    .any(|y| network.years.contains_key(&(c.id, *y)))
            })
            .map(|c| Series {
                label: c.name.clone(),
                points: years
                    .iter()
                    .filter_map(|y| {
                        network
                            .years
                            .get(&(c.id, *y))
                            .map(|f| (*y, value(f, inside(c.id))))
                    })
                    .collect(),
            })
            .collect()
    };
    let per_thousand = make(&|f, inside| shown(f.submitted, inside).and(f.per_thousand()));
    let participation = make(&|f, inside| {
        shown(f.participants, inside).and(f.participation_rate().map(|r| r * 100.0))
    });
    // The same numbers as a table: a row per city and KPI, a column per year.
    let format = Format {
        l,
        hidden: l.t("kpi-hidden"),
    };
    let mut rows = Vec::new();
    for (key, label, series, percent) in [
        ("per_thousand", "kpi-per-thousand", &per_thousand, false),
        (
            "participation_rate",
            "kpi-participation-rate",
            &participation,
            true,
        ),
    ] {
        for line in series {
            rows.push(Row {
                key: key.to_owned(),
                label: format!("{} · {}", line.label, l.t(label)),
                cells: years
                    .iter()
                    .map(|y| match line.points.iter().find(|(year, _)| year == y) {
                        None => Format::none(),
                        Some((_, None)) => format.hidden(),
                        Some((_, Some(v))) if percent => format.percent(Some(v / 100.0)),
                        Some((_, Some(v))) => format.decimal(Some(*v), 1),
                    })
                    .collect(),
            });
        }
    }
    let charts = vec![
        ChartBlock {
            svg: chart::lines(
                "series-per-thousand",
                &l.t("kpi-series-per-thousand"),
                &per_thousand,
                |v| l.decimal(v, 1),
            ),
        },
        ChartBlock {
            svg: chart::lines(
                "series-participation",
                &l.t("kpi-series-participation"),
                &participation,
                |v| l.args("kpi-percent", &[("value", l.decimal(v, 1).into())]),
            ),
        },
    ];
    (charts, rows)
}

/// Projects by status, barriers and practices, one column per city.
fn implementation_rows(
    l: &L10n,
    cities: &[CityColumn],
    implementation: &BTreeMap<i32, Implementation>,
    practices: &[library::service::Entry],
) -> Vec<Row> {
    let mut rows = Vec::new();
    // One cell per city, from the city's count.
    let per_city = |n: &dyn Fn(i32) -> i64| -> Vec<Cell> {
        cities
            .iter()
            .map(|c| Cell {
                text: l.number(n(c.id)),
                value: Some(n(c.id) as f64),
            })
            .collect()
    };
    let of = |city: i32, pick: &dyn Fn(&Implementation) -> Option<i64>| {
        implementation.get(&city).and_then(pick).unwrap_or(0)
    };
    for status in ProjectStatus::ALL {
        rows.push(Row {
            key: format!("projects_{}", status.token()),
            label: l.args(
                "kpi-projects",
                &[("status", l.t(status.message_id()).into())],
            ),
            cells: per_city(&|c| of(c, &|i| i.by_status.get(status.token()).copied())),
        });
    }
    for barrier in Barrier::ALL {
        rows.push(Row {
            key: format!("barrier_{}", barrier.token()),
            label: l.args(
                "kpi-barrier",
                &[("barrier", l.t(barrier.message_id()).into())],
            ),
            cells: per_city(&|c| of(c, &|i| i.barriers.get(barrier.token()).copied())),
        });
    }
    rows.push(Row {
        key: "practices_published".into(),
        label: l.t("kpi-practices-published"),
        cells: per_city(&|c| {
            practices
                .iter()
                .filter(|p| p.practice.tenant_id == c)
                .count() as i64
        }),
    });
    rows.push(Row {
        key: "practices_adopted".into(),
        label: l.t("kpi-practices-adopted"),
        cells: per_city(&|c| {
            practices
                .iter()
                .flat_map(|p| &p.adoptions)
                .filter(|a| a.tenant_id == c)
                .count() as i64
        }),
    });
    rows
}

/// A table as CSV: a label column and one column per city.
fn csv(name: &str, columns: &[String], rows: &[Row], l: &L10n) -> Result<Response, AppError> {
    let mut header = vec![l.t("kpi-label")];
    header.extend(columns.iter().cloned());
    csv_download(
        name,
        &header,
        rows.iter().map(|r| {
            let mut line = vec![r.label.clone()];
            line.extend(r.cells.iter().map(|c| c.text.clone()));
            line
        }),
    )
}

fn json_table(columns: &[String], rows: &[Row]) -> serde_json::Value {
    json!({
        "columns": columns,
        "rows": rows.iter().map(|r| json!({
            "key": r.key,
            "label": r.label,
            "values": r.cells.iter().map(|c| json!({ "text": c.text, "value": c.value })).collect::<Vec<_>>(),
        })).collect::<Vec<_>>(),
    })
}

/// `GET /network[?year=&format=csv|json&table=kpis|calls|series|implementation]`: the
/// cities side by side, for coordinators.
pub async fn dashboard(
    State(app): State<AppState>,
    State(network_cache): State<Arc<super::cache::Local>>,
    ctx: PageContext,
    headers: HeaderMap,
    Query(choice): Query<Choice>,
) -> Result<Response, AppError> {
    require(&ctx, Action::CompareCities)?;
    let l = &ctx.l10n;
    let snapshot = super::cache::snapshot(&app.db, &app.store, &network_cache).await?;
    let year = chosen_year(&choice, &snapshot.years)?;
    let export_base = ctx.link("/network");
    let title = l.t("network-title");
    if choice.format.is_empty()
        && let Some(body) = snapshot.body(l.lang(), year, &export_base)
    {
        return dashboard_page(ctx, title, &body, &headers);
    }
    let (network, practices) = (&snapshot.network, &snapshot.practices);
    let years = snapshot.years.clone();
    let cities = columns_of(&snapshot, l);
    let shown_cities: Vec<&CityColumn> = cities
        .iter()
        .filter(|c| network.years.contains_key(&(c.id, year)))
        .collect();
    let empty = Figures::default();
    let figures: Vec<(&Figures, bool)> = shown_cities
        .iter()
        .map(|c| (network.years.get(&(c.id, year)).unwrap_or(&empty), false))
        .collect();
    let columns: Vec<String> = shown_cities.iter().map(|c| c.name.clone()).collect();
    let rows = kpi_rows(l, &figures);
    let impl_rows = implementation_rows(l, &cities, &network.implementation, practices);
    let impl_columns: Vec<String> = cities.iter().map(|c| c.name.clone()).collect();
    let (series, series_rows) = series_for(l, network, &cities, &years, |_| false);
    let series_columns: Vec<String> = years.iter().map(ToString::to_string).collect();
    // Each call of the year, side by side.
    let editions: Vec<(&kpis::Edition, &Figures)> = network
        .calls
        .iter()
        .filter(|(e, _)| e.year == year)
        .collect();
    let call_columns: Vec<String> = editions
        .iter()
        .map(|(e, _)| {
            let city = cities
                .iter()
                .find(|c| c.id == e.tenant_id)
                .map(|c| c.name.clone())
                .unwrap_or_default();
            match network.title(e.call_id, l.lang()) {
                Some(title) => format!("{city}: {title}"),
                None => city,
            }
        })
        .collect();
    let call_rows = kpi_rows(
        l,
        &editions
            .iter()
            .map(|(_, f)| (*f, false))
            .collect::<Vec<_>>(),
    );
    match (choice.format.as_str(), choice.table.as_str()) {
        ("csv", "implementation") => {
            return csv("network-implementation.csv", &impl_columns, &impl_rows, l);
        }
        ("csv", "series") => return csv("network-series.csv", &series_columns, &series_rows, l),
        ("csv", "calls") => {
            return csv(
                &format!("network-{year}-calls.csv"),
                &call_columns,
                &call_rows,
                l,
            );
        }
        ("csv", "" | "kpis") => return csv(&format!("network-{year}.csv"), &columns, &rows, l),
        ("json", "") => {
            return Ok(Json(json!({
                "year": year,
                "kpis": json_table(&columns, &rows),
                "calls": json_table(&call_columns, &call_rows),
                "series": json_table(&series_columns, &series_rows),
                "implementation": json_table(&impl_columns, &impl_rows),
            }))
            .into_response());
        }
        ("", _) => {}
        _ => return Err(AppError::BadRequest),
    }
    let body = DashboardBody {
        l,
        title: title.clone(),
        year,
        charts: charts_for(&rows, &columns, &CHARTED),
        series,
        series_rows,
        call_columns,
        call_rows,
        years,
        rows,
        columns,
        implementation: impl_rows,
        implementation_columns: impl_columns,
        travelled: travelled(l, &cities, practices),
        export_base: export_base.clone(),
        is_city: false,
    }
    .render()?;
    let body = Arc::new(gzip::Shared::new(body));
    snapshot.keep(l.lang(), year, export_base, body.clone());
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

/// `GET /admin/network[?year=&format=csv|json]`: the city against the
/// network's median, for its admins (their own figures exact).
pub async fn city(
    State(app): State<AppState>,
    State(network_cache): State<Arc<super::cache::Local>>,
    ctx: PageContext,
    Query(choice): Query<Choice>,
) -> Result<Response, AppError> {
    require(&ctx, Action::ManageCalls)?;
    let here = ctx.site()?.id;
    let l = &ctx.l10n;
    let snapshot = super::cache::snapshot(&app.db, &app.store, &network_cache).await?;
    let network = &snapshot.network;
    let cities = columns_of(&snapshot, l);
    let years: Vec<i32> = snapshot
        .years
        .iter()
        .copied()
        .filter(|y| network.years.contains_key(&(here.get(), *y)))
        .collect();
    let year = chosen_year(&choice, &years)?;
    let empty = Figures::default();
    let own = network.years.get(&(here.get(), year)).unwrap_or(&empty);
    let own_rows = kpi_rows(l, &[(own, true)]);
    // The network's median of each row, over the cities with figures that
    // year; shown only when at least three cities have a value.
    let all: Vec<(&Figures, bool)> = cities
        .iter()
        .filter_map(|c| network.years.get(&(c.id, year)).map(|f| (f, true)))
        .collect();
    let every = kpi_rows(l, &all);
    let format = Format {
        l,
        hidden: l.t("kpi-hidden"),
    };
    let rows: Vec<Row> = own_rows
        .into_iter()
        .zip(every)
        .map(|(mut own, all)| {
            let values: Vec<f64> = all.cells.iter().filter_map(|c| c.value).collect();
            let mid = (values.len() >= 3).then(|| median(&values)).flatten();
            own.cells.push(format.decimal(mid, 1));
            own
        })
        .collect();
    let own_name = cities
        .iter()
        .find(|c| c.id == here.get())
        .map(|c| c.name.clone())
        .unwrap_or_default();
    let columns = vec![own_name, l.t("network-median")];
    let own_city: Vec<CityColumn> = cities.into_iter().filter(|c| c.id == here.get()).collect();
    let (own_series, own_series_rows) = series_for(l, network, &own_city, &years, |_| true);
    let series_columns: Vec<String> = years.iter().map(ToString::to_string).collect();
    match (choice.format.as_str(), choice.table.as_str()) {
        ("csv", "series") => {
            return csv("city-series.csv", &series_columns, &own_series_rows, l);
        }
        ("csv", "" | "kpis") => return csv(&format!("city-{year}.csv"), &columns, &rows, l),
        ("json", "") => {
            return Ok(Json(json!({
                "year": year,
                "kpis": json_table(&columns, &rows),
                "series": json_table(&series_columns, &own_series_rows),
            }))
            .into_response());
        }
        ("", _) => {}
        _ => return Err(AppError::BadRequest),
    }
    let title = l.t("network-city-title");
    let body = DashboardBody {
        l,
        title: title.clone(),
        year,
        charts: charts_for(&rows, &columns, &CHARTED),
        series: own_series,
        series_rows: own_series_rows,
        call_columns: Vec::new(),
        call_rows: Vec::new(),
        years,
        rows,
        columns,
        implementation: Vec::new(),
        implementation_columns: Vec::new(),
        travelled: Vec::new(),
        export_base: ctx.link("/admin/network"),
        is_city: true,
    }
    .render()?;
    render(&DashboardPage {
        ctx,
        title,
        body: &body,
    })
}
