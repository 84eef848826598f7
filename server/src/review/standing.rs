//! A call's ranked field as numbers: every judged proposal with its rank,
//! normalised and mean scores, spread and reviews, and the jury's
//! agreement. The API answers it as it is; a page puts it in words.

use sea_orm::{ConnectionTrait, DbErr};

use super::{
    State, agreement,
    ranking::{self, RankedSubmission},
    service,
};
use crate::{calls, proposals, tenancy::TenantId};

/// One proposal of the field.
pub struct Line {
    pub proposal: proposals::Model,
    pub ranked: RankedSubmission,
    /// Another proposal holds the same rank.
    pub tied: bool,
}

/// The ranked field of a call.
pub struct Field {
    /// By rank, unranked last.
    pub lines: Vec<Line>,
    /// The call's number of reviews per proposal.
    pub expected: u32,
    /// Krippendorff's interval alpha over the weighted scores, when defined.
    pub alpha: Option<f64>,
}

/// How far the jurors agree, as the ranking page words it: `high` from
/// 0.8, `moderate` from 0.667, else `low`.
pub fn agreement_level(alpha: f64) -> &'static str {
    if alpha >= 0.8 {
        "high"
    } else if alpha >= 0.667 {
        "moderate"
    } else {
        "low"
    }
}

/// Ranks the proposals of `call`'s field on its jury's assigned reviews.
/// The field is every proposal the jury judges, and after the results the
/// awarded ones on their way through implementation, so that it stays
/// whole ([`service::JUDGED`]).
pub async fn field(
    db: &impl ConnectionTrait,
    scope: TenantId,
    call: &calls::Model,
) -> Result<Field, DbErr> {
    let criteria = service::weights_of(call);
    let judged = service::judged_proposals(db, scope, call.id).await?;
    let reviews: Vec<ranking::Review> = service::reviews_of(db, scope, call.id)
        .await?
        .into_iter()
        .filter(|r| r.state == State::Assigned)
        .map(|r| ranking::Review {
            submission: r.proposal_id.get(),
            juror: r.juror_id.get(),
            scores: r
                .marks(criteria.len())
                .into_iter()
                .map(|m| m.score)
                .collect(),
        })
        .collect();
    let expected = u32::try_from(call.reviews_per_proposal).unwrap_or(0);
    let ids: Vec<i32> = judged.iter().map(|p| p.id.get()).collect();
    let ranked = ranking::rank(&criteria, expected, &ids, &reviews);
    let alpha = agreement::jury_alpha(&ranked);
    let lines = ranked
        .iter()
        .filter_map(|r| {
            let proposal = judged.iter().find(|p| p.id.get() == r.submission)?.clone();
            let tied =
                r.rank.is_some() && ranked.iter().filter(|o| o.rank == r.rank).nth(1).is_some();
            Some(Line {
                proposal,
                ranked: r.clone(),
                tied,
            })
        })
        .collect();
    Ok(Field {
        lines,
        expected,
        alpha,
    })
}
