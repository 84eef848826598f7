//! A proposal as the city's admin reads it before deciding: every text,
//! its category and divisions, the team (unless the call seals identities),
//! its files and, once scoring is closed, every juror's review. The admin's
//! page and the API's admin view read it from here.

use std::collections::BTreeMap;

use sea_orm::{ColumnTrait, ConnectionTrait, QueryFilter, QueryOrder};

use super::{
    State,
    entity::{self as review},
    ranking, service,
};
use crate::ids::{PersonId, ProposalId};
use crate::{
    attachments::entity as attachments,
    calls::{self, Award, Criterion, rules},
    error::AppError,
    organisation::{category, division},
    people::user,
    proposals::{self, Status, division_link, member},
    tenancy::TenantId,
};

/// A member of the team, by name and email.
pub struct Member {
    pub person: user::Model,
    pub lead: bool,
}

/// One criterion of one review.
pub struct Mark {
    pub criterion: String,
    pub score: Option<u32>,
    pub scale: u32,
    pub comment: String,
}

/// One juror's review, or the conflict they declared instead.
pub struct JurorReview {
    pub juror: Option<user::Model>,
    pub marks: Vec<Mark>,
    /// W (0–100), once every criterion is scored.
    pub weighted: Option<f64>,
    /// The juror-normalised score z of this review, over the whole field.
    pub z: Option<f64>,
    /// The reason, when the juror declared a conflict instead of scoring.
    pub conflict: Option<String>,
}

/// Everything the admin reads of one proposal.
pub struct Dossier {
    pub proposal: proposals::Model,
    pub call: calls::Model,
    pub category: Option<String>,
    /// Names of the divisions concerned (none shown while sealed).
    pub divisions: Vec<String>,
    /// The call seals identities now: no team, no divisions, neutral file
    /// names.
    pub sealed: bool,
    /// Accepted members, lead first (empty while sealed).
    pub team: Vec<Member>,
    pub files: Vec<attachments::Model>,
    /// Once scoring is closed: every review, by juror.
    pub reviews: Option<Vec<JurorReview>>,
    /// The mean of the proposal's z over the whole field, once scoring is
    /// closed and it has a complete review.
    pub normalised: Option<f64>,
    /// The award it holds, from the call's named awards.
    pub award: Option<Award>,
}

impl Dossier {
    /// A draft's words are its team's until it is submitted: the admin sees
    /// that it exists, not what it says.
    pub fn text_shown(&self) -> bool {
        self.proposal.status != Status::Draft
    }

    /// The name a file is shown and offered under: its own, or a neutral
    /// one while the call is sealed (a file name may name its author).
    pub fn file_name(&self, file: &attachments::Model) -> String {
        if self.sealed {
            format!("attachment-{}.{}", file.id, file.neutral_extension())
        } else {
            file.file_name.clone()
        }
    }
}

/// Proposal `id` of city `scope`, in full for its admin; not found in any
/// other city.
pub async fn read(
    db: &impl ConnectionTrait,
    scope: TenantId,
    id: ProposalId,
) -> Result<Dossier, AppError> {
    let proposal = scope
        .find_by_id::<proposals::Entity>(id)
        .one(db)
        .await?
        .ok_or(AppError::NotFound)?;
    let call = scope
        .find_by_id::<calls::Entity>(proposal.call_id)
        .one(db)
        .await?
        .ok_or(AppError::NotFound)?;
    let sealed = call.identities_sealed();
    let category = match proposal.category_id {
        Some(c) => scope
            .find_by_id::<category::Entity>(c)
            .one(db)
            .await?
            .map(|c| c.name),
        None => None,
    };
    let divisions = if sealed {
        Vec::new()
    } else {
        let chosen: Vec<i32> = scope
            .find::<division_link::Entity>()
            .filter(division_link::Column::ProposalId.eq(id))
            .all(db)
            .await?
            .into_iter()
            .map(|l| l.division_id)
            .collect();
        scope
            .find::<division::Entity>()
            .filter(division::Column::Id.is_in(chosen))
            .order_by_asc(division::Column::Name)
            .all(db)
            .await?
            .into_iter()
            .map(|d| d.name)
            .collect()
    };
    let team = if sealed {
        Vec::new()
    } else {
        let members: Vec<member::Model> = scope
            .find::<member::Entity>()
            .filter(member::Column::ProposalId.eq(id))
            .filter(member::Column::Status.eq(member::MemberStatus::Accepted))
            .order_by_asc(member::Column::Id)
            .all(db)
            .await?;
        let people: BTreeMap<PersonId, user::Model> = scope
            .find::<user::Entity>()
            .filter(
                user::Column::Id
                    .is_in(members.iter().filter_map(|m| m.user_id).collect::<Vec<_>>()),
            )
            .all(db)
            .await?
            .into_iter()
            .map(|u| (u.id, u))
            .collect();
        let mut team: Vec<Member> = members
            .iter()
            .filter_map(|m| {
                Some(Member {
                    person: people.get(&m.user_id?)?.clone(),
                    lead: m.role == member::MemberRole::Lead,
                })
            })
            .collect();
        team.sort_by_key(|m| !m.lead);
        team
    };
    let files = scope
        .find::<attachments::Entity>()
        .filter(attachments::Column::ProposalId.eq(id))
        .order_by_asc(attachments::Column::Id)
        .all(db)
        .await?;
    let awards: Vec<Award> = rules::parse_list(&call.awards);
    let award = proposal
        .award_index
        .and_then(|i| awards.get(usize::try_from(i).ok()?).cloned());
    let (reviews, normalised) = if call.review_closed_at.is_some() {
        let (reviews, normalised) = reviews_of(db, scope, &call, id).await?;
        (Some(reviews), normalised)
    } else {
        (None, None)
    };
    Ok(Dossier {
        proposal,
        call,
        category,
        divisions,
        sealed,
        team,
        files,
        reviews,
        normalised,
        award,
    })
}

/// The reviews of one proposal, each with its z over the whole field the
/// ranking uses, and the proposal's normalised score.
async fn reviews_of(
    db: &impl ConnectionTrait,
    scope: TenantId,
    call: &calls::Model,
    id: ProposalId,
) -> Result<(Vec<JurorReview>, Option<f64>), AppError> {
    let criteria: Vec<Criterion> = service::criteria_of(call);
    let plain = service::weights_of(call);
    let all: Vec<review::Model> = service::reviews_of(db, scope, call.id).await?;
    let field: Vec<i32> = service::judged_proposals(db, scope, call.id)
        .await?
        .iter()
        .map(|p| p.id.get())
        .collect();
    let ranked = ranking::rank(
        &plain,
        u32::try_from(call.reviews_per_proposal).unwrap_or(0),
        &field,
        &all.iter()
            .filter(|r| r.state == State::Assigned)
            .map(|r| ranking::Review {
                submission: r.proposal_id.get(),
                juror: r.juror_id.get(),
                scores: r.marks(plain.len()).into_iter().map(|m| m.score).collect(),
            })
            .collect::<Vec<_>>(),
    );
    let mine = ranked.into_iter().find(|r| r.submission == id.get());
    let jurors: BTreeMap<PersonId, user::Model> = service::jury_of(db, scope, call.id)
        .await?
        .into_iter()
        .map(|u| (u.id, u))
        .collect();
    let reviews = all
        .iter()
        .filter(|r| r.proposal_id == id)
        .map(|r| {
            let marks = r.marks(criteria.len());
            let scores: Vec<Option<u32>> = marks.iter().map(|m| m.score).collect();
            let conflict = (r.state == State::Conflict).then(|| r.conflict_reason.clone());
            JurorReview {
                juror: jurors.get(&r.juror_id).cloned(),
                weighted: if conflict.is_some() {
                    None
                } else {
                    ranking::weighted_score(&plain, &scores)
                },
                z: mine.as_ref().and_then(|m| {
                    m.reviews
                        .iter()
                        .find(|s| s.juror == r.juror_id.get())
                        .map(|s| s.z)
                }),
                marks: criteria
                    .iter()
                    .zip(marks)
                    .map(|(c, m)| Mark {
                        criterion: c.name.clone(),
                        score: m.score,
                        scale: c.scale,
                        comment: m.comment,
                    })
                    .collect(),
                conflict,
            }
        })
        .collect();
    Ok((reviews, mine.and_then(|m| m.normalised_score)))
}
