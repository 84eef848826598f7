//! Charts drawn on the server as SVG: readable without JavaScript, with
//! their numbers also in the table beside them. Text is escaped here
//! because the SVG is inserted into the page as it is.
//!
//! Hand-written rather than drawn with a charting crate: `plotters`' SVG
//! backend writes no accessible name (`<title>`, `role="img"`), no classes
//! to style and no tooltips, places text by estimated pixel widths without
//! wrapping, and would add a dependency tree for two kinds of chart. What
//! the reader needs is fixed here instead: a visible title with the unit,
//! labels wrapped or shortened (the full name in a tooltip), one colour and
//! marker per city across every chart (the Okabe-Ito palette, safe for
//! colour-blind readers), years spaced by their distance, and gaps marked
//! "fewer than 5" or "not recorded", never drawn as zero.

/// Escapes text for SVG content and attributes.
fn escape(text: &str) -> String {
    text.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
}

/// The Okabe-Ito palette, ordered so that neighbours differ most; black
/// and yellow last (yellow is outlined, as every mark is).
pub const PALETTE: [&str; 8] = [
    "#0072B2", "#D55E00", "#009E73", "#CC79A7", "#E69F00", "#56B4E9", "#000000", "#F0E442",
];

/// The shape that tells a series apart besides its colour.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Marker {
    Circle,
    Square,
    Triangle,
    Diamond,
    Down,
    Cross,
}

const MARKERS: [Marker; 6] = [
    Marker::Circle,
    Marker::Square,
    Marker::Triangle,
    Marker::Diamond,
    Marker::Down,
    Marker::Cross,
];

/// A city's look in every chart: its colour and its marker.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Style {
    pub colour: &'static str,
    pub marker: Marker,
}

/// The style of the city at `index` in the network's order of cities:
/// the same in every chart of every page; the first 24 cities all differ.
pub fn style(index: usize) -> Style {
    Style {
        colour: PALETTE[index % PALETTE.len()],
        marker: MARKERS[index % MARKERS.len()],
    }
}

/// A value as a chart draws it.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Point {
    Shown(f64),
    /// Counted, but fewer than 5 people: a gap marked so.
    Suppressed,
    /// Not recorded on the platform: a gap marked so, never zero.
    Unknown,
}

impl Point {
    fn value(self) -> Option<f64> {
        match self {
            Point::Shown(v) => Some(v),
            _ => None,
        }
    }
}

/// The words a chart writes: its title, its unit, and how its gaps read.
pub struct Texts {
    pub title: String,
    pub unit: String,
    pub suppressed: String,
    pub unknown: String,
}

/// One bar: its label, its value, the text shown beside it (the value in
/// the reader's format, with its unit) and its city's style.
pub struct Bar {
    pub label: String,
    pub value: Point,
    pub text: String,
    pub style: Style,
}

const WIDTH: f64 = 640.0;
const LABEL: f64 = 210.0;
const ROW: f64 = 36.0;
const HEAD: f64 = 44.0;
/// Characters of a label line (13 px type in 200 px).
const LABEL_CHARS: usize = 26;

/// `text` in at most `lines` lines of at most `width` characters, broken
/// between words; what does not fit ends in "…".
pub fn wrap(text: &str, width: usize, lines: usize) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    let mut current = String::new();
    let mut words = text.split_whitespace().peekable();
    let mut cut = false;
    while let Some(word) = words.next() {
        let candidate = if current.is_empty() {
            word.to_owned()
        } else {
            format!("{current} {word}")
        };
        if candidate.chars().count() <= width {
            current = candidate;
            continue;
        }
        if !current.is_empty() {
            out.push(std::mem::take(&mut current));
        }
        if out.len() == lines {
            cut = true;
            break;
        }
        current = word.to_owned();
        if current.chars().count() > width {
            // A word longer than a line: shortened.
            current = current.chars().take(width - 1).collect();
            current.push('…');
            if words.peek().is_some() || out.len() + 1 < lines {
                out.push(std::mem::take(&mut current));
                if out.len() == lines {
                    cut = words.peek().is_some();
                    break;
                }
            }
        }
    }
    if !current.is_empty() {
        if out.len() < lines {
            out.push(current);
        } else {
            cut = true;
        }
    }
    if cut
        && let Some(last) = out.last_mut()
        && !last.ends_with('…')
    {
        let mut short: String = last.chars().take(width - 1).collect();
        short = short.trim_end().to_owned();
        short.push('…');
        *last = short;
    }
    out
}

/// A label as SVG text, wrapped, with the full text as its tooltip.
fn label(x: f64, y: f64, anchor: &str, text: &str, width: usize) -> String {
    let lines = wrap(text, width, 2);
    let first = if lines.len() > 1 { y - 7.0 } else { y };
    let mut svg = format!(
        r#"<g class="chart-label"><title>{}</title><text x="{x}" y="{first}" text-anchor="{anchor}">"#,
        escape(text)
    );
    for (i, line) in lines.iter().enumerate() {
        if i == 0 {
            svg.push_str(&format!("<tspan>{}</tspan>", escape(line)));
        } else {
            svg.push_str(&format!(
                r#"<tspan x="{x}" dy="15">{}</tspan>"#,
                escape(line)
            ));
        }
    }
    svg.push_str("</text></g>");
    svg
}

/// The opening of a chart: its accessible name and its visible title and
/// unit.
fn open(id: &str, texts: &Texts, height: f64) -> String {
    format!(
        r##"<svg class="chart" viewBox="0 0 {WIDTH} {height}" role="img" aria-labelledby="{id}-title" font-family="inherit" font-size="13"><title id="{id}-title">{} ({})</title><text x="0" y="18" class="chart-title" font-size="16" font-weight="bold">{}</text><text x="0" y="36" class="chart-unit" fill="#444">{}</text>"##,
        escape(&texts.title),
        escape(&texts.unit),
        escape(&texts.title),
        escape(&texts.unit),
    )
}

/// A horizontal bar chart, a bar per city in the city's colour.
pub fn bars(id: &str, texts: &Texts, bars: &[Bar]) -> String {
    let max = bars
        .iter()
        .filter_map(|b| b.value.value())
        .fold(0.0_f64, f64::max);
    let height = HEAD + ROW * bars.len() as f64 + 8.0;
    let span = WIDTH - LABEL - 130.0;
    let mut svg = open(id, texts, height);
    svg.push_str(&format!(
        r##"<line x1="{LABEL}" y1="{HEAD}" x2="{LABEL}" y2="{}" stroke="#444" class="chart-axis"/>"##,
        height - 4.0
    ));
    for (i, bar) in bars.iter().enumerate() {
        let y = HEAD + ROW * i as f64;
        let middle = y + ROW / 2.0 + 4.0;
        svg.push_str(&label(LABEL - 8.0, middle, "end", &bar.label, LABEL_CHARS));
        match bar.value {
            Point::Shown(v) => {
                let length = if max > 0.0 {
                    (v / max * span).max(if v > 0.0 { 2.0 } else { 0.0 })
                } else {
                    0.0
                };
                svg.push_str(&format!(
                    r##"<rect x="{LABEL}" y="{}" width="{length:.1}" height="{}" fill="{}" stroke="#1a1a1a" stroke-width="0.5" class="chart-bar"><title>{}: {}</title></rect>"##,
                    y + 8.0,
                    ROW - 16.0,
                    bar.style.colour,
                    escape(&bar.label),
                    escape(&bar.text),
                ));
                svg.push_str(&format!(
                    r#"<text x="{:.1}" y="{middle}" class="chart-value">{}</text>"#,
                    LABEL + length + 6.0,
                    escape(&bar.text)
                ));
            }
            gap => {
                // A gap, marked in words: never a length.
                let words = if gap == Point::Suppressed {
                    &texts.suppressed
                } else {
                    &texts.unknown
                };
                svg.push_str(&format!(
                    r##"<text x="{}" y="{middle}" class="chart-gap" fill="#444" font-style="italic">{}</text>"##,
                    LABEL + 6.0,
                    escape(words)
                ));
            }
        }
    }
    svg.push_str("</svg>");
    svg
}

/// A call's participation funnel: a bar per step, in one colour (the
/// steps are told apart by their names, which stay whole), scaled to the
/// largest step; a hidden or unrecorded step is a gap marked in words.
/// Lighter than [`bars`] (no tooltips: the numbers are in the table
/// beside), since a page of cities shows one per call.
pub fn funnel(id: &str, texts: &Texts, steps: &[Bar]) -> String {
    let max = steps
        .iter()
        .filter_map(|b| b.value.value())
        .fold(0.0_f64, f64::max);
    let row = 30.0;
    let height = HEAD + row * steps.len() as f64 + 4.0;
    let span = WIDTH - LABEL - 190.0;
    let mut svg = open(id, texts, height);
    for (i, step) in steps.iter().enumerate() {
        let y = HEAD + row * i as f64;
        let middle = y + row / 2.0 + 4.0;
        let lines = wrap(&step.label, LABEL_CHARS, 2);
        let first = if lines.len() > 1 {
            middle - 7.0
        } else {
            middle
        };
        svg.push_str(&format!(
            r#"<text x="{}" y="{first}" text-anchor="end">"#,
            LABEL - 8.0
        ));
        for (n, line) in lines.iter().enumerate() {
            let at = if n == 0 {
                String::new()
            } else {
                format!(r#" x="{}" dy="14""#, LABEL - 8.0)
            };
            svg.push_str(&format!("<tspan{at}>{}</tspan>", escape(line)));
        }
        svg.push_str("</text>");
        let (length, words, class) = match step.value {
            Point::Shown(v) => (
                if max > 0.0 { v / max * span } else { 0.0 },
                &step.text,
                "chart-value",
            ),
            Point::Suppressed => (0.0, &texts.suppressed, "chart-gap"),
            Point::Unknown => (0.0, &texts.unknown, "chart-gap"),
        };
        if length > 0.0 {
            svg.push_str(&format!(
                r##"<rect x="{LABEL}" y="{}" width="{length:.1}" height="{}" fill="{}" stroke="#1a1a1a" stroke-width="0.5"/>"##,
                y + 6.0,
                row - 12.0,
                step.style.colour,
            ));
        }
        svg.push_str(&format!(
            r#"<text x="{:.1}" y="{middle}" class="{class}">{}</text>"#,
            LABEL + length + 6.0,
            escape(words)
        ));
    }
    svg.push_str("</svg>");
    svg
}

/// One line of a time series: a city's values by year.
pub struct Series {
    pub label: String,
    pub style: Style,
    pub points: Vec<(i32, Point)>,
}

/// A marker of `style` at (x, y); hollow for a gap.
fn marker(style: Style, x: f64, y: f64, hollow: bool, tooltip: &str) -> String {
    let (fill, dash) = if hollow {
        ("#fff", r#" stroke-dasharray="2 1.5""#)
    } else {
        (style.colour, "")
    };
    let stroke = if hollow { style.colour } else { "#1a1a1a" };
    let common = format!(r#"fill="{fill}" stroke="{stroke}" stroke-width="1.2"{dash}"#);
    let shape = match style.marker {
        Marker::Circle => format!(r#"<circle cx="{x:.1}" cy="{y:.1}" r="5" {common}/>"#),
        Marker::Square => format!(
            r#"<rect x="{:.1}" y="{:.1}" width="9" height="9" {common}/>"#,
            x - 4.5,
            y - 4.5
        ),
        Marker::Triangle => format!(
            r#"<path d="M{x:.1} {:.1}L{:.1} {:.1}L{:.1} {:.1}Z" {common}/>"#,
            y - 6.0,
            x + 5.5,
            y + 4.0,
            x - 5.5,
            y + 4.0
        ),
        Marker::Down => format!(
            r#"<path d="M{x:.1} {:.1}L{:.1} {:.1}L{:.1} {:.1}Z" {common}/>"#,
            y + 6.0,
            x + 5.5,
            y - 4.0,
            x - 5.5,
            y - 4.0
        ),
        Marker::Diamond => format!(
            r#"<path d="M{x:.1} {:.1}L{:.1} {y:.1}L{x:.1} {:.1}L{:.1} {y:.1}Z" {common}/>"#,
            y - 6.0,
            x + 6.0,
            y + 6.0,
            x - 6.0
        ),
        Marker::Cross => format!(
            r#"<path d="M{:.1} {:.1}l10 10m0 -10l-10 10" fill="none" stroke="{}" stroke-width="2.5"{dash}/>"#,
            x - 5.0,
            y - 5.0,
            style.colour
        ),
    };
    if tooltip.is_empty() {
        shape
    } else {
        format!(
            r#"<g class="chart-point"><title>{}</title>{shape}</g>"#,
            escape(tooltip)
        )
    }
}

/// Lines over the years, one per city in its colour and marker, on a
/// true time axis (years spaced by their distance), with a legend; each
/// point carries its value as a tooltip. A hidden or unrecorded value
/// breaks the line and is drawn hollow on the axis, its tooltip saying
/// why.
pub fn lines(id: &str, texts: &Texts, series: &[Series], format: impl Fn(f64) -> String) -> String {
    let mut years: Vec<i32> = series
        .iter()
        .flat_map(|s| s.points.iter().map(|(y, _)| *y))
        .collect();
    years.sort_unstable();
    years.dedup();
    let (first, last) = (
        years.first().copied().unwrap_or(0),
        years.last().copied().unwrap_or(0),
    );
    let max = series
        .iter()
        .flat_map(|s| s.points.iter().filter_map(|(_, v)| v.value()))
        .fold(0.0_f64, f64::max);
    let (left, top, plot_w, plot_h) = (70.0, HEAD + 12.0, 520.0, 180.0);
    let legend_rows = series.len().div_ceil(2) as f64;
    let legend_top = top + plot_h + 44.0;
    let height = legend_top + 22.0 * legend_rows + 30.0;
    let x_of = |year: i32| -> f64 {
        if last == first {
            left + plot_w / 2.0
        } else {
            left + plot_w * f64::from(year - first) / f64::from(last - first)
        }
    };
    let y_of = |v: f64| top + plot_h - if max > 0.0 { v / max * plot_h } else { 0.0 };
    let mut svg = open(id, texts, height);
    let base = top + plot_h;
    // Axes, the value ticks (0, half, max) and every year with data.
    svg.push_str(&format!(
        r##"<line x1="{left}" y1="{base}" x2="{}" y2="{base}" stroke="#444" class="chart-axis"/><line x1="{left}" y1="{top}" x2="{left}" y2="{base}" stroke="#444" class="chart-axis"/>"##,
        left + plot_w,
    ));
    let ticks: &[f64] = if max > 0.0 {
        &[0.0, max / 2.0, max]
    } else {
        &[0.0]
    };
    for tick in ticks {
        let y = y_of(*tick);
        svg.push_str(&format!(
            r##"<line x1="{left}" y1="{y:.1}" x2="{}" y2="{y:.1}" stroke="#ddd" class="chart-grid"/><text x="{}" y="{:.1}" text-anchor="end" class="chart-tick">{}</text>"##,
            left + plot_w,
            left - 6.0,
            y + 4.0,
            escape(&format(*tick))
        ));
    }
    for year in &years {
        let x = x_of(*year);
        svg.push_str(&format!(
            r##"<line x1="{x:.1}" y1="{base}" x2="{x:.1}" y2="{}" stroke="#444"/><text x="{x:.1}" y="{}" text-anchor="middle" class="chart-tick">{year}</text>"##,
            base + 5.0,
            base + 20.0
        ));
    }
    for s in series {
        // The line, broken at each gap.
        let mut runs: Vec<Vec<String>> = vec![Vec::new()];
        for (year, point) in &s.points {
            match point.value() {
                Some(v) => {
                    if let Some(run) = runs.last_mut() {
                        run.push(format!("{:.1},{:.1}", x_of(*year), y_of(v)));
                    }
                }
                None => runs.push(Vec::new()),
            }
        }
        for run in runs.iter().filter(|r| r.len() > 1) {
            svg.push_str(&format!(
                r#"<polyline points="{}" fill="none" stroke="{}" stroke-width="2.5" class="chart-line"/>"#,
                run.join(" "),
                s.style.colour
            ));
        }
        for (year, point) in &s.points {
            let (y, hollow, said) = match point {
                Point::Shown(v) => (y_of(*v), false, format(*v)),
                Point::Suppressed => (base, true, texts.suppressed.clone()),
                Point::Unknown => (base, true, texts.unknown.clone()),
            };
            svg.push_str(&marker(
                s.style,
                x_of(*year),
                y,
                hollow,
                &format!("{} {year}: {said}", s.label),
            ));
        }
    }
    // The legend: colour, marker and name, in two columns.
    for (n, s) in series.iter().enumerate() {
        let x = left + if n % 2 == 0 { 0.0 } else { plot_w / 2.0 };
        let y = legend_top + 22.0 * (n / 2) as f64;
        svg.push_str(&format!(
            r#"<line x1="{x}" y1="{y}" x2="{}" y2="{y}" stroke="{}" stroke-width="2.5"/>"#,
            x + 24.0,
            s.style.colour
        ));
        svg.push_str(&marker(s.style, x + 12.0, y, false, ""));
        svg.push_str(&label(x + 32.0, y + 4.0, "start", &s.label, 30));
    }
    // How the gaps read.
    let key_y = legend_top + 22.0 * legend_rows + 8.0;
    svg.push_str(&format!(
        r##"<circle cx="{}" cy="{key_y}" r="5" fill="#fff" stroke="#444" stroke-dasharray="2 1.5"/><text x="{}" y="{}" class="chart-gap" fill="#444" font-style="italic">{} / {}</text>"##,
        left + 12.0,
        left + 32.0,
        key_y + 4.0,
        escape(&texts.suppressed),
        escape(&texts.unknown)
    ));
    svg.push_str("</svg>");
    svg
}

#[cfg(test)]
mod tests {
    use super::*;

    fn texts() -> Texts {
        Texts {
            title: "Proposals <per> city".into(),
            unit: "proposals".into(),
            suppressed: "fewer than 5".into(),
            unknown: "not recorded".into(),
        }
    }

    fn bar(label: &str, value: Point, index: usize) -> Bar {
        Bar {
            label: label.into(),
            value,
            text: match value {
                Point::Shown(v) => format!("{v}"),
                _ => String::new(),
            },
            style: style(index),
        }
    }

    #[test]
    fn a_bar_chart_has_a_visible_title_and_unit_and_an_accessible_name() {
        let svg = bars("c", &texts(), &[bar("Torino", Point::Shown(71.0), 0)]);
        assert!(svg.contains(r#"role="img""#));
        assert!(
            svg.contains(r#"<title id="c-title">Proposals &lt;per&gt; city (proposals)</title>"#)
        );
        assert!(svg.contains(r#"class="chart-title" font-size="16" font-weight="bold">Proposals &lt;per&gt; city</text>"#));
        assert!(svg.contains(r##"class="chart-unit" fill="#444">proposals</text>"##));
    }

    #[test]
    fn bars_scale_to_the_largest_in_each_citys_colour() {
        let svg = bars(
            "c",
            &texts(),
            &[
                bar("Torino", Point::Shown(71.0), 0),
                bar("Porto", Point::Shown(35.5), 1),
            ],
        );
        assert!(
            svg.contains(r##"width="300.0" height="20" fill="#0072B2""##),
            "{svg}"
        );
        assert!(
            svg.contains(r##"width="150.0" height="20" fill="#D55E00""##),
            "{svg}"
        );
    }

    #[test]
    fn hidden_and_unknown_values_are_gaps_marked_in_words_never_zero() {
        let svg = bars(
            "c",
            &texts(),
            &[
                bar("Torino", Point::Shown(71.0), 0),
                bar("Porto", Point::Suppressed, 1),
                bar("Murcia", Point::Unknown, 2),
            ],
        );
        assert_eq!(svg.matches("<rect").count(), 1, "only Turin has a bar");
        assert!(svg.contains(">fewer than 5</text>"));
        assert!(svg.contains(">not recorded</text>"));
    }

    #[test]
    fn a_funnel_scales_to_its_largest_step_and_marks_its_gaps_in_words() {
        let svg = funnel(
            "f",
            &texts(),
            &[
                bar("Eligible employees", Point::Shown(40.0), 0),
                bar("Reached by an announcement", Point::Shown(10.0), 0),
                bar("Started or joined a proposal", Point::Suppressed, 0),
                bar("On a submitted proposal", Point::Unknown, 0),
            ],
        );
        assert!(svg.contains(r#"role="img""#));
        assert!(svg.contains(r#"width="240.0""#), "{svg}");
        assert!(svg.contains(r#"width="60.0""#), "{svg}");
        assert_eq!(svg.matches("<rect").count(), 2, "gaps have no bar");
        assert!(svg.contains(">fewer than 5</text>"));
        assert!(svg.contains(">not recorded</text>"));
    }

    #[test]
    fn long_names_wrap_or_shorten_and_keep_the_full_name_as_tooltip() {
        assert_eq!(
            wrap("Métropole du Grand Paris", 16, 2),
            vec!["Métropole du", "Grand Paris"]
        );
        let long = "Primăria Municipiului Cluj-Napoca și zona metropolitană a Clujului";
        let lines = wrap(long, 26, 2);
        assert_eq!(lines.len(), 2);
        assert!(lines.iter().all(|l| l.chars().count() <= 26), "{lines:?}");
        assert!(lines[1].ends_with('…'), "{lines:?}");
        let word = "a".repeat(68);
        let lines = wrap(&word, 26, 2);
        assert!(lines.iter().all(|l| l.chars().count() <= 26), "{lines:?}");
        let svg = bars("c", &texts(), &[bar(long, Point::Shown(1.0), 0)]);
        assert!(svg.contains(&format!("<title>{long}</title>")), "{svg}");
        assert!(svg.contains("Primăria Municipiului"));
    }

    #[test]
    fn every_city_keeps_its_colour_and_marker_and_neighbours_differ() {
        assert_eq!(style(3), style(3));
        for i in 0..23 {
            assert_ne!(style(i).colour, style(i + 1).colour);
            assert_ne!(style(i).marker, style(i + 1).marker);
        }
        let distinct: std::collections::HashSet<(&str, u8)> = (0..24)
            .map(|i| (style(i).colour, style(i).marker as u8))
            .collect();
        assert_eq!(distinct.len(), 24);
    }

    fn x_of_year(svg: &str, year: i32) -> f64 {
        let tick = format!(r#"class="chart-tick">{year}</text>"#);
        let at = svg.find(&tick).expect("a tick for the year");
        let before = &svg[..at];
        let x = before.rfind(r#"<text x=""#).expect("its text") + 9;
        before[x..]
            .split('"')
            .next()
            .expect("x")
            .parse()
            .expect("a number")
    }

    #[test]
    fn years_sit_on_a_true_time_axis() {
        let series = [Series {
            label: "Torino".into(),
            style: style(0),
            points: vec![
                (2014, Point::Shown(7.1)),
                (2019, Point::Shown(88.0)),
                (2024, Point::Shown(10.0)),
                (2026, Point::Shown(3.0)),
                (2027, Point::Shown(3.0)),
            ],
        }];
        let svg = lines("s", &texts(), &series, |v| format!("{v}"));
        let gap = |a, b| x_of_year(&svg, b) - x_of_year(&svg, a);
        assert!(
            (gap(2014, 2019) - 5.0 * gap(2026, 2027)).abs() < 0.5,
            "{svg}"
        );
        assert!((gap(2019, 2024) - gap(2014, 2019)).abs() < 0.5);
    }

    #[test]
    fn a_line_is_a_line_and_breaks_at_gaps() {
        let series = [
            Series {
                label: "Torino".into(),
                style: style(0),
                points: vec![
                    (2014, Point::Shown(7.1)),
                    (2019, Point::Shown(88.0)),
                    (2024, Point::Suppressed),
                    (2025, Point::Shown(4.0)),
                    (2026, Point::Unknown),
                ],
            },
            Series {
                label: "Porto".into(),
                style: style(1),
                points: vec![(2019, Point::Shown(1.0)), (2025, Point::Shown(2.0))],
            },
        ];
        let svg = lines("s", &texts(), &series, |v| format!("{v}"));
        // Turin's one run of two points, Porto's one: never filled.
        assert_eq!(svg.matches("<polyline").count(), 2, "{svg}");
        assert_eq!(
            svg.matches(r#"fill="none""#).count(),
            svg.matches("<polyline").count()
        );
        assert!(svg.contains("<title>Torino 2024: fewer than 5</title>"));
        assert!(svg.contains("<title>Torino 2026: not recorded</title>"));
        // The legend tells them apart by colour and by marker.
        assert!(svg.contains(r##"stroke="#0072B2" stroke-width="2.5"/>"##));
        assert!(svg.contains(r##"stroke="#D55E00" stroke-width="2.5"/>"##));
        assert!(svg.contains("<circle") && svg.contains("<rect x="), "{svg}");
    }
}
