//! Scores, per-juror normalisation and ranking.
//!
//! # Formulas
//!
//! * Weighted score of a review (only when every criterion is scored):
//!   `W = 100 · Σ_c w_c · (s_c − 1) / (scale_c − 1) / Σ_c w_c`, in `0..=100`.
//!   Each criterion is first mapped to `0..=1`, so criteria with different
//!   scales weigh only by their weight.
//! * Per juror j, over their complete reviews: mean `m_j` and population
//!   standard deviation `s_j` of W, and `z = (W − m_j) / s_j`. This removes a
//!   juror's harshness (`m_j`) and range (`s_j`), so a harsh and a lenient
//!   juror count alike. When `s_j = 0` (all W equal, e.g. a single review)
//!   `z = 0`: such a juror says nothing about order, only the raw mean keeps
//!   their level.
//! * Per submission: normalised score = mean of its z, mean score = mean of
//!   its W, spread = max W − min W.
//! * Rank: normalised score descending, standard competition ranking
//!   ("1, 2, 2, 4"). Two submissions tie when their normalised scores differ
//!   by at most [`TIE_TOLERANCE`] from the first of the tied group; ties are
//!   shown, never broken by another measure. Submissions without a complete
//!   review are unranked and come last.
//!
//! Only reviews of the listed submissions count, also for the juror
//! statistics, so a withdrawn proposal does not shift anyone's z.

use std::collections::{BTreeMap, BTreeSet};

/// Normalised scores closer than this are a tie (they are means of z values,
/// so differences this small are rounding noise).
pub const TIE_TOLERANCE: f64 = 1e-9;

/// A W-spread (0..=100 scale) below this is rounding noise: the juror gave
/// the same score every time.
const SAME_SCORE_TOLERANCE: f64 = 1e-9;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Criterion {
    /// 1..=100.
    pub weight: u32,
    /// Scores run over 1..=scale; scale ≥ 2.
    pub scale: u32,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Review {
    pub submission: i32,
    pub juror: i32,
    /// One per criterion, in the same order; `None` = not scored yet.
    pub scores: Vec<Option<u32>>,
}

#[derive(Debug, Clone, Copy, PartialEq)]
pub struct ScoredReview {
    pub juror: i32,
    /// W, 0..=100.
    pub weighted: f64,
    /// The juror-standardised score z.
    pub z: f64,
}

#[derive(Debug, Clone, PartialEq)]
pub struct RankedSubmission {
    pub submission: i32,
    /// Competition rank (1-based); `None` without a complete review.
    pub rank: Option<u32>,
    /// Mean z; what the rank is based on.
    pub normalised_score: Option<f64>,
    /// Mean W.
    pub mean_score: Option<f64>,
    /// Max W − min W: 0 with one review, `None` with none. A large spread
    /// flags a proposal the jurors disagree on.
    pub spread: Option<f64>,
    /// Complete reviews, sorted by juror.
    pub reviews: Vec<ScoredReview>,
    /// Reviews started but not fully scored (or not scorable).
    pub incomplete_reviews: u32,
    /// `expected_reviews` minus complete reviews (never negative): still to
    /// come, whether started or not.
    pub pending_reviews: u32,
}

/// W of one review, or `None` when it cannot be used: a score is missing or
/// out of `1..=scale`, the number of scores differs from the number of
/// criteria, a scale is below 2, or the weights sum to 0.
pub fn weighted_score(criteria: &[Criterion], scores: &[Option<u32>]) -> Option<f64> {
    if scores.len() != criteria.len() {
        return None;
    }
    let mut weighted_sum = 0.0;
    let mut total_weight = 0.0;
    for (criterion, score) in criteria.iter().zip(scores) {
        let score = (*score)?;
        if criterion.scale < 2 || !(1..=criterion.scale).contains(&score) {
            return None;
        }
        let weight = f64::from(criterion.weight);
        weighted_sum += weight * f64::from(score - 1) / f64::from(criterion.scale - 1);
        total_weight += weight;
    }
    (total_weight > 0.0).then(|| 100.0 * weighted_sum / total_weight)
}

/// Scores, normalises and ranks `submissions`; see the module documentation.
/// Output is sorted by rank, then submission id, unranked last.
pub fn rank(
    criteria: &[Criterion],
    expected_reviews: u32,
    submissions: &[i32],
    reviews: &[Review],
) -> Vec<RankedSubmission> {
    let listed: BTreeSet<i32> = submissions.iter().copied().collect();
    let mut incomplete: BTreeMap<i32, u32> = BTreeMap::new();
    // (submission, juror, W), sorted so sums do not depend on input order.
    let mut complete: Vec<(i32, i32, f64)> = Vec::new();
    for review in reviews.iter().filter(|r| listed.contains(&r.submission)) {
        match weighted_score(criteria, &review.scores) {
            Some(w) => complete.push((review.submission, review.juror, w)),
            None => *incomplete.entry(review.submission).or_default() += 1,
        }
    }
    complete.sort_by(|a, b| (a.0, a.1).cmp(&(b.0, b.1)).then(a.2.total_cmp(&b.2)));

    let mut by_juror: BTreeMap<i32, Vec<f64>> = BTreeMap::new();
    for &(_, juror, w) in &complete {
        by_juror.entry(juror).or_default().push(w);
    }
    let juror_stats: BTreeMap<i32, (f64, f64)> = by_juror
        .iter()
        .map(|(&juror, scores)| (juror, mean_and_deviation(scores)))
        .collect();

    let mut scored: BTreeMap<i32, Vec<ScoredReview>> = BTreeMap::new();
    for &(submission, juror, weighted) in &complete {
        let (mean, deviation) = juror_stats.get(&juror).copied().unwrap_or((weighted, 0.0));
        let z = if deviation < SAME_SCORE_TOLERANCE {
            0.0
        } else {
            (weighted - mean) / deviation
        };
        scored
            .entry(submission)
            .or_default()
            .push(ScoredReview { juror, weighted, z });
    }

    let mut ranked: Vec<RankedSubmission> = listed
        .iter()
        .map(|&submission| {
            let reviews = scored.remove(&submission).unwrap_or_default();
            let complete_count = u32::try_from(reviews.len()).unwrap_or(u32::MAX);
            let weighted: Vec<f64> = reviews.iter().map(|r| r.weighted).collect();
            let z: Vec<f64> = reviews.iter().map(|r| r.z).collect();
            let spread = weighted
                .iter()
                .copied()
                .reduce(f64::max)
                .zip(weighted.iter().copied().reduce(f64::min))
                .map(|(max, min)| max - min);
            RankedSubmission {
                submission,
                rank: None,
                normalised_score: mean(&z),
                mean_score: mean(&weighted),
                spread,
                reviews,
                incomplete_reviews: incomplete.get(&submission).copied().unwrap_or(0),
                pending_reviews: expected_reviews.saturating_sub(complete_count),
            }
        })
        .collect();

    ranked.sort_by(|a, b| match (a.normalised_score, b.normalised_score) {
        (Some(x), Some(y)) => y.total_cmp(&x).then(a.submission.cmp(&b.submission)),
        (Some(_), None) => std::cmp::Ordering::Less,
        (None, Some(_)) => std::cmp::Ordering::Greater,
        (None, None) => a.submission.cmp(&b.submission),
    });
    let mut group: Option<(f64, u32)> = None; // (score of the group's first, its rank)
    let mut position = 0;
    for entry in &mut ranked {
        let Some(score) = entry.normalised_score else {
            break;
        };
        position += 1;
        let rank = match group {
            Some((first, rank)) if first - score <= TIE_TOLERANCE => rank,
            _ => {
                group = Some((score, position));
                position
            }
        };
        entry.rank = Some(rank);
    }
    // Within a tie, list by submission id.
    ranked.sort_by_key(|entry| (entry.rank.is_none(), entry.rank, entry.submission));
    ranked
}

fn mean(values: &[f64]) -> Option<f64> {
    (!values.is_empty()).then(|| values.iter().sum::<f64>() / values.len() as f64)
}

/// Mean and population standard deviation (two passes, for accuracy).
fn mean_and_deviation(values: &[f64]) -> (f64, f64) {
    let Some(m) = mean(values) else {
        return (0.0, 0.0);
    };
    let variance = values.iter().map(|v| (v - m).powi(2)).sum::<f64>() / values.len() as f64;
    (m, variance.sqrt())
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    const EPS: f64 = 1e-9;

    fn assert_close(actual: f64, expected: f64) {
        assert!(
            (actual - expected).abs() < EPS,
            "{actual} is not {expected}"
        );
    }

    fn review(submission: i32, juror: i32, scores: &[Option<u32>]) -> Review {
        Review {
            submission,
            juror,
            scores: scores.to_vec(),
        }
    }

    fn complete(submission: i32, juror: i32, scores: &[u32]) -> Review {
        review(
            submission,
            juror,
            &scores.iter().map(|&s| Some(s)).collect::<Vec<_>>(),
        )
    }

    fn ranks(ranked: &[RankedSubmission]) -> Vec<(i32, Option<u32>)> {
        ranked.iter().map(|r| (r.submission, r.rank)).collect()
    }

    /// Quality (weight 2, scale 1..=5) and impact (weight 1, scale 1..=10).
    const CRITERIA: [Criterion; 2] = [
        Criterion {
            weight: 2,
            scale: 5,
        },
        Criterion {
            weight: 1,
            scale: 10,
        },
    ];

    #[test]
    fn weighted_score_maps_each_scale_to_0_100() {
        assert_close(weighted_score(&CRITERIA, &[Some(1), Some(1)]).unwrap(), 0.0);
        assert_close(
            weighted_score(&CRITERIA, &[Some(5), Some(10)]).unwrap(),
            100.0,
        );
        // 100 · (2 · 2/4 + 1 · 3/9) / 3 = 100 · (4/3) / 3 = 400/9
        assert_close(
            weighted_score(&CRITERIA, &[Some(3), Some(4)]).unwrap(),
            400.0 / 9.0,
        );
        assert_eq!(weighted_score(&CRITERIA, &[Some(3), None]), None);
        assert_eq!(weighted_score(&CRITERIA, &[Some(3)]), None);
        assert_eq!(weighted_score(&CRITERIA, &[Some(6), Some(1)]), None);
        assert_eq!(weighted_score(&CRITERIA, &[Some(0), Some(1)]), None);
        assert_eq!(weighted_score(&[], &[]), None);
    }

    /// Jurors: 1 = harsh, 2 = lenient, 3 = neither. Submissions 10, 20 are
    /// reviewed by 1 and 3; 30, 40 by 2 and 3.
    ///
    /// W = 100·(2·(q−1)/4 + (i−1)/9)/3. With i ∈ {1, 10} every W is a multiple
    /// of u = 50/3: W = ((q−1) + 2·[i = 10])·u.
    ///
    /// | review        | q, i  | W          |
    /// |---------------|-------|------------|
    /// | 10 by 1       | 2, 10 | 3u = 50    |
    /// | 20 by 1       | 2, 1  | 1u = 50/3  |
    /// | 30 by 2       | 5, 10 | 6u = 100   |
    /// | 40 by 2       | 3, 10 | 4u = 200/3 |
    /// | 10 by 3       | 4, 1  | 3u = 50    |
    /// | 20 by 3       | 1, 1  | 0u = 0     |
    /// | 30 by 3       | 5, 1  | 4u = 200/3 |
    /// | 40 by 3       | 4, 1  | 3u = 50    |
    ///
    /// Juror 1: W = {3u, 1u}: m₁ = 2u = 100/3, s₁ = √((u² + u²)/2) = u = 50/3;
    ///   z(10) = (3u − 2u)/u = +1, z(20) = −1.
    /// Juror 2: W = {6u, 4u}: m₂ = 5u = 250/3, s₂ = u; z(30) = +1, z(40) = −1.
    /// Juror 3: W = {3u, 0, 4u, 3u}: m₃ = 10u/4 = 2.5u = 125/3;
    ///   deviations 0.5u, −2.5u, 1.5u, 0.5u; squares 0.25, 6.25, 2.25, 0.25 (u²)
    ///   sum 9u², /4 = 2.25u², s₃ = 1.5u = 25;
    ///   z(10) = 0.5/1.5 = 1/3, z(20) = −2.5/1.5 = −5/3, z(30) = 1.5/1.5 = 1,
    ///   z(40) = 1/3.
    ///
    /// Normalised: 10: (1 + 1/3)/2 = 2/3; 20: (−1 − 5/3)/2 = −4/3;
    ///   30: (1 + 1)/2 = 1; 40: (−1 + 1/3)/2 = −1/3.
    ///   Order: 30, 10, 40, 20.
    /// Mean W: 10: (50 + 50)/2 = 50; 20: (50/3 + 0)/2 = 25/3;
    ///   30: (100 + 200/3)/2 = 250/3; 40: (200/3 + 50)/2 = 175/3.
    ///   Raw order: 30, 40, 10, 20 — 40 passes 10 only because the lenient
    ///   juror reviewed it, although it was that juror's worse proposal.
    /// Spread: 10: 0; 20: 50/3; 30: 100/3; 40: 50/3.
    #[test]
    fn hand_computed_example_normalises_away_harsh_and_lenient_jurors() {
        let reviews = vec![
            complete(10, 1, &[2, 10]),
            complete(20, 1, &[2, 1]),
            complete(30, 2, &[5, 10]),
            complete(40, 2, &[3, 10]),
            complete(10, 3, &[4, 1]),
            complete(20, 3, &[1, 1]),
            complete(30, 3, &[5, 1]),
            complete(40, 3, &[4, 1]),
        ];
        let ranked = rank(&CRITERIA, 2, &[40, 30, 20, 10], &reviews);
        assert_eq!(
            ranks(&ranked),
            vec![(30, Some(1)), (10, Some(2)), (40, Some(3)), (20, Some(4))]
        );
        let expected = [
            // (submission, normalised, mean W, spread, [(juror, W, z)])
            (
                30,
                1.0,
                250.0 / 3.0,
                100.0 / 3.0,
                [(2, 100.0, 1.0), (3, 200.0 / 3.0, 1.0)],
            ),
            (
                10,
                2.0 / 3.0,
                50.0,
                0.0,
                [(1, 50.0, 1.0), (3, 50.0, 1.0 / 3.0)],
            ),
            (
                40,
                -1.0 / 3.0,
                175.0 / 3.0,
                50.0 / 3.0,
                [(2, 200.0 / 3.0, -1.0), (3, 50.0, 1.0 / 3.0)],
            ),
            (
                20,
                -4.0 / 3.0,
                25.0 / 3.0,
                50.0 / 3.0,
                [(1, 50.0 / 3.0, -1.0), (3, 0.0, -5.0 / 3.0)],
            ),
        ];
        for (entry, (submission, normalised, mean_w, spread, scored)) in ranked.iter().zip(expected)
        {
            assert_eq!(entry.submission, submission);
            assert_close(entry.normalised_score.unwrap(), normalised);
            assert_close(entry.mean_score.unwrap(), mean_w);
            assert_close(entry.spread.unwrap(), spread);
            assert_eq!(entry.pending_reviews, 0);
            assert_eq!(entry.reviews.len(), 2);
            for (review, (juror, w, z)) in entry.reviews.iter().zip(scored) {
                assert_eq!(review.juror, juror);
                assert_close(review.weighted, w);
                assert_close(review.z, z);
            }
        }
        // The raw means alone would have put 40 before 10.
        assert!(ranked[2].mean_score > ranked[1].mean_score);
    }

    #[test]
    fn ties_share_a_rank_and_skip_the_next() {
        // Jurors 7 and 8 give W = 100, 50, 50, 0 to 1, 2, 3, 4: mean 50, so
        // 2 and 3 get z = 0.
        let mut reviews = Vec::new();
        for juror in [7, 8] {
            reviews.push(complete(1, juror, &[5, 10]));
            reviews.push(complete(2, juror, &[4, 1]));
            reviews.push(complete(3, juror, &[4, 1]));
            reviews.push(complete(4, juror, &[1, 1]));
        }
        // Juror 9 reviews only 5, so its z is 0 too: a three-way tie, even
        // though 5's mean W differs. Ties are not broken by the mean.
        reviews.push(complete(5, 9, &[2, 2]));
        let ranked = rank(&CRITERIA, 2, &[4, 3, 2, 1, 5], &reviews);
        assert_eq!(
            ranks(&ranked),
            vec![
                (1, Some(1)),
                (2, Some(2)),
                (3, Some(2)),
                (5, Some(2)),
                (4, Some(5))
            ]
        );
        assert_close(ranked[1].normalised_score.unwrap(), 0.0);
    }

    #[test]
    fn missing_and_incomplete_reviews_are_counted_and_unreviewed_come_last() {
        let reviews = vec![
            complete(1, 1, &[4, 4]),
            review(1, 2, &[Some(4), None]),
            review(2, 1, &[None, None]),
            complete(3, 1, &[2, 9]),
            complete(3, 2, &[5, 5]),
            complete(99, 1, &[1, 1]), // not a listed submission: ignored
        ];
        let ranked = rank(&CRITERIA, 3, &[1, 2, 3, 4], &reviews);
        assert_eq!(
            ranks(&ranked),
            vec![(1, Some(1)), (3, Some(2)), (2, None), (4, None)]
        );
        let by_id = |id: i32| ranked.iter().find(|r| r.submission == id).unwrap();
        assert_eq!(
            (by_id(1).incomplete_reviews, by_id(1).pending_reviews),
            (1, 2)
        );
        assert_eq!(
            (by_id(2).incomplete_reviews, by_id(2).pending_reviews),
            (1, 3)
        );
        assert_eq!(
            (by_id(3).incomplete_reviews, by_id(3).pending_reviews),
            (0, 1)
        );
        assert_eq!(
            (by_id(4).incomplete_reviews, by_id(4).pending_reviews),
            (0, 3)
        );
        for unreviewed in [by_id(2), by_id(4)] {
            assert_eq!(unreviewed.normalised_score, None);
            assert_eq!(unreviewed.mean_score, None);
            assert_eq!(unreviewed.spread, None);
        }
        assert_close(by_id(1).spread.unwrap(), 0.0);
    }

    #[test]
    fn a_juror_who_always_gives_the_same_score_says_nothing_about_order() {
        // Juror 1 gives everything the same; juror 2 prefers 2 over 1.
        let reviews = vec![
            complete(1, 1, &[3, 4]),
            complete(2, 1, &[3, 4]),
            complete(3, 1, &[3, 4]),
            complete(1, 2, &[2, 3]),
            complete(2, 2, &[4, 3]),
        ];
        let ranked = rank(&CRITERIA, 2, &[1, 2, 3], &reviews);
        for entry in &ranked {
            for review in entry.reviews.iter().filter(|r| r.juror == 1) {
                assert_eq!(review.z, 0.0);
            }
        }
        // 2: (0 + 1)/2, 3: 0 (juror 1 only), 1: (0 − 1)/2.
        assert_eq!(
            ranks(&ranked),
            vec![(2, Some(1)), (3, Some(2)), (1, Some(3))]
        );
        assert_close(ranked[0].normalised_score.unwrap(), 0.5);
    }

    proptest! {
        #[test]
        fn output_is_a_competition_ranking_independent_of_input_order(
            raw in prop::collection::vec((0i32..8, 0i32..5, 1u32..=5, 1u32..=10, any::<bool>()), 0..40),
            order in Just((0..40).collect::<Vec<usize>>()).prop_shuffle(),
        ) {
            let reviews: Vec<Review> = raw
                .iter()
                .map(|&(s, j, q, i, scored)| review(s, j, &[Some(q), scored.then_some(i)]))
                .collect();
            let shuffled: Vec<Review> = order
                .iter()
                .filter_map(|&k| reviews.get(k).cloned())
                .collect();
            let submissions: Vec<i32> = (0..6).collect();
            let ranked = rank(&CRITERIA, 2, &submissions, &reviews);
            prop_assert_eq!(&ranked, &rank(&CRITERIA, 2, &submissions, &shuffled));
            prop_assert_eq!(ranked.len(), submissions.len());
            for entry in &ranked {
                let better = ranked
                    .iter()
                    .filter(|other| match (other.normalised_score, entry.normalised_score) {
                        (Some(o), Some(e)) => o > e + TIE_TOLERANCE,
                        _ => false,
                    })
                    .count() as u32;
                match entry.normalised_score {
                    Some(_) => prop_assert_eq!(entry.rank, Some(better + 1)),
                    None => prop_assert_eq!(entry.rank, None),
                }
            }
        }
    }
}
