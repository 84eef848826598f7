//! Charts drawn on the server as SVG: readable without JavaScript, with
//! their numbers also in the table beside them. Text is escaped here
//! because the SVG is inserted into the page as it is.

/// Escapes text for SVG content and attributes.
fn escape(text: &str) -> String {
    text.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
}

/// One bar: its label, its value (`None`: hidden or unknown), and the text
/// shown beside it (the value in the reader's format, or "< 5").
pub struct Bar {
    pub label: String,
    pub value: Option<f64>,
    pub text: String,
}

const WIDTH: f64 = 640.0;
const LABEL: f64 = 200.0;
const ROW: f64 = 26.0;

/// A horizontal bar chart titled `title` (the chart's accessible name).
pub fn bars(id: &str, title: &str, bars: &[Bar]) -> String {
    let max = bars.iter().filter_map(|b| b.value).fold(0.0_f64, f64::max);
    let height = ROW * bars.len() as f64 + 8.0;
    let span = WIDTH - LABEL - 90.0;
    let mut svg = format!(
        r#"<svg class="chart" viewBox="0 0 {WIDTH} {height}" width="{WIDTH}" height="{height}" role="img" aria-labelledby="{id}-title"><title id="{id}-title">{}</title>"#,
        escape(title)
    );
    for (i, bar) in bars.iter().enumerate() {
        let y = 4.0 + ROW * i as f64;
        let length = match bar.value {
            Some(v) if max > 0.0 => (v / max * span).max(1.0),
            _ => 0.0,
        };
        svg.push_str(&format!(
            r#"<text x="{}" y="{}" text-anchor="end" class="chart-label">{}</text>"#,
            LABEL - 8.0,
            y + 17.0,
            escape(&bar.label)
        ));
        if bar.value.is_some() {
            svg.push_str(&format!(
                r#"<rect x="{LABEL}" y="{}" width="{length:.1}" height="{}" class="chart-bar"/>"#,
                y + 3.0,
                ROW - 8.0
            ));
        } else {
            // A hidden figure draws an outline, never a length.
            svg.push_str(&format!(
                r#"<rect x="{LABEL}" y="{}" width="24" height="{}" class="chart-bar-hidden"/>"#,
                y + 3.0,
                ROW - 8.0
            ));
        }
        svg.push_str(&format!(
            r#"<text x="{}" y="{}" class="chart-value">{}</text>"#,
            LABEL + length.max(24.0) + 6.0,
            y + 17.0,
            escape(&bar.text)
        ));
    }
    svg.push_str("</svg>");
    svg
}

/// One line of a time series: a city's values by year.
pub struct Series {
    pub label: String,
    pub points: Vec<(i32, Option<f64>)>,
}

/// Lines over the years, one per city, with a legend; each point carries
/// its value as a tooltip title.
pub fn lines(id: &str, title: &str, series: &[Series], format: impl Fn(f64) -> String) -> String {
    let years: Vec<i32> = {
        let mut all: Vec<i32> = series
            .iter()
            .flat_map(|s| s.points.iter().map(|(y, _)| *y))
            .collect();
        all.sort_unstable();
        all.dedup();
        all
    };
    let max = series
        .iter()
        .flat_map(|s| s.points.iter().filter_map(|(_, v)| *v))
        .fold(0.0_f64, f64::max);
    let (left, top, plot_w, plot_h) = (60.0, 12.0, 420.0, 180.0);
    let legend_h = 20.0 * series.len() as f64;
    let height = top + plot_h + 40.0 + legend_h;
    let x_of = |year: i32| -> f64 {
        let i = years.iter().position(|y| *y == year).unwrap_or(0);
        if years.len() <= 1 {
            left + plot_w / 2.0
        } else {
            left + plot_w * i as f64 / (years.len() - 1) as f64
        }
    };
    let y_of = |v: f64| top + plot_h - if max > 0.0 { v / max * plot_h } else { 0.0 };
    let mut svg = format!(
        r#"<svg class="chart" viewBox="0 0 {WIDTH} {height}" width="{WIDTH}" height="{height}" role="img" aria-labelledby="{id}-title"><title id="{id}-title">{}</title>"#,
        escape(title)
    );
    svg.push_str(&format!(
        r#"<line x1="{left}" y1="{}" x2="{}" y2="{}" class="chart-axis"/>"#,
        top + plot_h,
        left + plot_w,
        top + plot_h
    ));
    for year in &years {
        svg.push_str(&format!(
            r#"<text x="{:.1}" y="{}" text-anchor="middle" class="chart-label">{year}</text>"#,
            x_of(*year),
            top + plot_h + 18.0
        ));
    }
    svg.push_str(&format!(
        r#"<text x="{}" y="{}" text-anchor="end" class="chart-label">{}</text>"#,
        left - 6.0,
        top + 10.0,
        escape(&format(max))
    ));
    for (n, s) in series.iter().enumerate() {
        let class = format!("chart-series-{}", n % 8);
        let points: Vec<String> = s
            .points
            .iter()
            .filter_map(|(year, v)| v.map(|v| format!("{:.1},{:.1}", x_of(*year), y_of(v))))
            .collect();
        if points.len() > 1 {
            svg.push_str(&format!(
                r#"<polyline points="{}" class="chart-line {class}"/>"#,
                points.join(" ")
            ));
        }
        for (year, v) in &s.points {
            if let Some(v) = v {
                svg.push_str(&format!(
                    r#"<circle cx="{:.1}" cy="{:.1}" r="4" class="chart-dot {class}"><title>{} {year}: {}</title></circle>"#,
                    x_of(*year),
                    y_of(*v),
                    escape(&s.label),
                    escape(&format(*v))
                ));
            }
        }
        let ly = top + plot_h + 40.0 + 20.0 * n as f64;
        svg.push_str(&format!(
            r#"<rect x="{left}" y="{}" width="14" height="4" class="chart-key {class}"/><text x="{}" y="{}" class="chart-label">{}</text>"#,
            ly - 6.0,
            left + 20.0,
            ly,
            escape(&s.label)
        ));
    }
    svg.push_str("</svg>");
    svg
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bars_scale_to_the_largest_and_hide_what_is_hidden() {
        let svg = bars(
            "c",
            "Proposals <per> city",
            &[
                Bar {
                    label: "Torino".into(),
                    value: Some(71.0),
                    text: "71".into(),
                },
                Bar {
                    label: "Porto".into(),
                    value: None,
                    text: "< 5".into(),
                },
            ],
        );
        assert!(svg.contains("Proposals &lt;per&gt; city"));
        assert!(svg.contains(r#"width="350.0""#), "{svg}");
        assert!(svg.contains("chart-bar-hidden"));
        assert!(svg.contains("&lt; 5"));
    }
}
