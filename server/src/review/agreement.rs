//! How much the jurors agree: Krippendorff's alpha for interval data.
//!
//! Units are submissions, coders are jurors, values are the weighted scores W
//! of complete reviews. Only units with at least two values are pairable; `n`
//! is the number of their values and `m_u` the number of values in unit u.
//!
//! ```text
//! D_o = (1/n) · Σ_u 1/(m_u − 1) · Σ_{i≠j in u} (v_i − v_j)²
//! D_e = 1/(n(n − 1)) · Σ_{i≠j over all pairable values} (v_i − v_j)²
//! α   = 1 − D_o / D_e
//! ```
//!
//! α = 1 is perfect agreement, 0 is what chance gives, below 0 is systematic
//! disagreement. Both pair sums use `Σ_{i≠j} (v_i − v_j)² = 2·m·Σ(v − v̄)²`
//! over the m values concerned, so the cost is O(n) rather than O(n²).
//! Undefined (`None`) when `n < 2` or `D_e = 0` (all values equal).

use super::ranking::RankedSubmission;

/// Alpha over the jury's weighted scores, one unit per ranked submission.
pub fn jury_alpha(ranked: &[RankedSubmission]) -> Option<f64> {
    let units: Vec<Vec<f64>> = ranked
        .iter()
        .map(|entry| entry.reviews.iter().map(|r| r.weighted).collect())
        .collect();
    interval_alpha(&units)
}

/// Krippendorff's interval alpha; each inner slice holds one unit's values
/// (missing values simply left out).
pub fn interval_alpha(units: &[Vec<f64>]) -> Option<f64> {
    let pairable: Vec<&[f64]> = units
        .iter()
        .map(Vec::as_slice)
        .filter(|values| values.len() >= 2)
        .collect();
    let all = || pairable.iter().flat_map(|values| values.iter().copied());
    let n = pairable.iter().map(|values| values.len()).sum::<usize>() as f64;
    // No pairable unit means n < 2; otherwise n ≥ 2.
    let first = all().next()?;
    if all().all(|v| v == first) {
        return None;
    }
    // Σ_u 1/(m_u − 1) · 2·m_u·Σ(v − v̄_u)²
    let within: f64 = pairable
        .iter()
        .map(|values| {
            let m = values.len() as f64;
            2.0 * m * squared_deviations(values.iter().copied()) / (m - 1.0)
        })
        .sum();
    let observed = within / n;
    let expected = 2.0 * n * squared_deviations(all()) / (n * (n - 1.0));
    Some(1.0 - observed / expected)
}

/// Σ (v − mean)², computed around the mean for accuracy.
fn squared_deviations(values: impl Iterator<Item = f64> + Clone) -> f64 {
    let (count, sum) = values
        .clone()
        .fold((0.0, 0.0), |(count, sum), v| (count + 1.0, sum + v));
    let mean = sum / count;
    values.map(|v| (v - mean).powi(2)).sum()
}

#[cfg(test)]
mod tests {
    use super::super::ranking::{Criterion, Review, rank};
    use super::*;

    /// Krippendorff (2011), "Computing Krippendorff's Alpha-Reliability",
    /// section C: observers A–D × units 1–12 with missing values.
    fn krippendorff_2011() -> Vec<Vec<f64>> {
        let rows: [[Option<f64>; 12]; 4] = {
            let (x, s) = (None, Some);
            [
                [
                    s(1.),
                    s(2.),
                    s(3.),
                    s(3.),
                    s(2.),
                    s(1.),
                    s(4.),
                    s(1.),
                    s(2.),
                    x,
                    x,
                    x,
                ],
                [
                    s(1.),
                    s(2.),
                    s(3.),
                    s(3.),
                    s(2.),
                    s(2.),
                    s(4.),
                    s(1.),
                    s(2.),
                    s(5.),
                    x,
                    s(3.),
                ],
                [
                    x,
                    s(3.),
                    s(3.),
                    s(3.),
                    s(2.),
                    s(3.),
                    s(4.),
                    s(2.),
                    s(2.),
                    s(5.),
                    s(1.),
                    x,
                ],
                [
                    s(1.),
                    s(2.),
                    s(3.),
                    s(3.),
                    s(2.),
                    s(4.),
                    s(4.),
                    s(1.),
                    s(2.),
                    s(5.),
                    s(1.),
                    x,
                ],
            ]
        };
        (0..12)
            .map(|unit| rows.iter().filter_map(|row| row[unit]).collect())
            .collect()
    }

    #[test]
    fn matches_the_published_interval_example() {
        let alpha = interval_alpha(&krippendorff_2011()).unwrap();
        assert_eq!((alpha * 1000.0).round() / 1000.0, 0.849);
        // n = 40, D_o = 13/30, D_e = 112/39, so α = 1 − 169/1120 = 951/1120.
        assert!((alpha - 951.0 / 1120.0).abs() < 1e-12);
    }

    #[test]
    fn perfect_agreement_is_one() {
        let units = vec![vec![10.0, 10.0, 10.0], vec![55.0, 55.0], vec![90.0, 90.0]];
        assert_eq!(interval_alpha(&units), Some(1.0));
    }

    #[test]
    fn chance_is_near_zero_and_systematic_disagreement_below() {
        // Values from a fixed linear congruential sequence: no relation
        // between jurors within a unit.
        let mut state: u64 = 42;
        let mut next = || {
            state = state
                .wrapping_mul(6_364_136_223_846_793_005)
                .wrapping_add(1_442_695_040_888_963_407);
            (state >> 33) as f64 / (1u64 << 31) as f64 * 100.0
        };
        let random: Vec<Vec<f64>> = (0..500).map(|_| vec![next(), next(), next()]).collect();
        let alpha = interval_alpha(&random).unwrap();
        assert!(alpha.abs() < 0.1, "{alpha}");

        // Every unit gets one 0 and one 100.
        let opposed: Vec<Vec<f64>> = (0..10).map(|_| vec![0.0, 100.0]).collect();
        let alpha = interval_alpha(&opposed).unwrap();
        // n = 20: D_o = 2·2·10⁴/20 ·10 = 10⁴; D_e = 2·Σ(v − 50)²/(n − 1)
        // = 2·(20·50²)/19 = 10⁵/19; α = 1 − 19/10.
        assert!((alpha - (1.0 - 19.0 / 10.0)).abs() < 1e-12, "{alpha}");
    }

    #[test]
    fn undefined_without_pairable_values_or_variation() {
        assert_eq!(interval_alpha(&[]), None);
        assert_eq!(interval_alpha(&[vec![1.0], vec![2.0]]), None);
        assert_eq!(interval_alpha(&[vec![3.0, 3.0], vec![3.0, 3.0, 3.0]]), None);
    }

    #[test]
    fn jury_alpha_uses_the_weighted_scores_of_complete_reviews() {
        let criteria = [Criterion {
            weight: 1,
            scale: 5,
        }];
        let review = |submission, juror, score| Review {
            submission,
            juror,
            scores: vec![score],
        };
        let reviews = vec![
            review(1, 1, Some(5)),
            review(1, 2, Some(5)),
            review(2, 1, Some(1)),
            review(2, 2, Some(1)),
            review(2, 3, None),
            review(3, 1, Some(3)),
        ];
        let ranked = rank(&criteria, 2, &[1, 2, 3], &reviews);
        assert_eq!(jury_alpha(&ranked), Some(1.0));
    }
}
