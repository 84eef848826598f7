//! What can be done around a co-creation team, once for the pages and the
//! JSON API: read the team finder of a call, start the team of a selected
//! challenge, offer oneself to it (and withdraw the offer), invite an
//! offerer (the proposal's own invitation), and list, add or remove the
//! team's external stakeholders. One team per challenge: a team is the
//! proposal of the call whose `challenge_id` is the challenge's.

use std::collections::{BTreeSet, HashMap};

use chrono::{DateTime, Utc};
use sea_orm::{
    ActiveValue::Set, ColumnTrait, ConnectionTrait, IntoActiveModel, QueryFilter, QueryOrder,
    TransactionTrait,
};

use super::{offer, stakeholder};
use crate::ids::{CallId, ChallengeId, PersonId, ProposalId};
use crate::{
    calls::entity::{self as calls, Kind, Stage},
    challenges::{self, division_link},
    error::{AppError, FieldIssue},
    i18n::Lang,
    organisation::division,
    people::user,
    proposals::{
        self, eligibility_of,
        member::{self, MemberRole, MemberStatus},
        service::Writing,
        team_of,
    },
    secrets::SecretKey,
    tenancy::{TenantContext, TenantId},
};

/// Longest offer message, in characters.
pub const MESSAGE_MAX: usize = 500;
/// Longest organisation or contact of a stakeholder, in characters.
pub const NAME_MAX: usize = 200;
/// Longest contribution of a stakeholder, in characters.
pub const CONTRIBUTION_MAX: usize = 1_000;

/// A person on a team, or offering themselves to one.
#[derive(Clone, Debug)]
pub struct Person {
    pub id: PersonId,
    pub name: String,
    /// Their division's name, if they have one.
    pub division: Option<String>,
}

/// A member of a team.
#[derive(Clone, Debug)]
pub struct Member {
    pub person: Person,
    pub lead: bool,
    /// Invited, not yet accepted.
    pub pending: bool,
}

/// Someone who offered themselves to a challenge's team.
#[derive(Clone, Debug)]
pub struct Offer {
    pub id: i32,
    pub person: Person,
    pub message: String,
}

/// A selected challenge of a co-creation call and its team as it stands.
#[derive(Clone, Debug)]
pub struct Team {
    pub challenge: challenges::Model,
    /// The team's proposal, once someone started it.
    pub proposal: Option<proposals::Model>,
    pub members: Vec<Member>,
    /// The distinct divisions of the accepted members, by name.
    pub divisions: Vec<String>,
    /// The divisions the challenge concerns that no accepted member is of.
    pub lacking: Vec<String>,
    /// The same divisions, by id (whom to ask for one of them).
    pub lacking_ids: Vec<i32>,
    /// How many accepted members the team has.
    pub accepted: usize,
    /// How many more accepted members the call needs (0 when enough).
    pub members_needed: usize,
    /// How many more distinct divisions the call needs (0 when enough).
    pub divisions_needed: usize,
    /// Seats left under the call's maximum (pending invitations count).
    pub seats_left: usize,
    pub offers: Vec<Offer>,
}

impl Team {
    /// Whether `person` is on the team (invited or accepted).
    pub fn has(&self, person: PersonId) -> bool {
        self.members.iter().any(|m| m.person.id == person)
    }

    /// Whether `person` leads the team.
    pub fn led_by(&self, person: PersonId) -> bool {
        self.members.iter().any(|m| m.lead && m.person.id == person)
    }

    /// Whether `person` offered themselves to it.
    pub fn offered_by(&self, person: PersonId) -> bool {
        self.offers.iter().any(|o| o.person.id == person)
    }
}

/// A co-creation call's teams, one per selected challenge.
pub struct Finder {
    pub call: calls::Model,
    /// Teams form (and offers are made) in the Cocreation stage only.
    pub forming: bool,
    pub teams: Vec<Team>,
}

/// The co-creation call `id` of the city (published), else not found.
async fn cocreation_call(
    db: &impl ConnectionTrait,
    scope: TenantId,
    id: CallId,
) -> Result<calls::Model, AppError> {
    let call = crate::calls::service::find_published(db, scope, id).await?;
    if call.kind == Kind::Cocreation {
        Ok(call)
    } else {
        Err(AppError::NotFound)
    }
}

/// A selected challenge of the city and its (published co-creation) call.
async fn selected(
    db: &impl ConnectionTrait,
    scope: TenantId,
    id: ChallengeId,
) -> Result<(challenges::Model, calls::Model), AppError> {
    let challenge = scope
        .find_by_id::<challenges::Entity>(id)
        .one(db)
        .await?
        .filter(|c| c.status == challenges::Status::Selected)
        .ok_or(AppError::NotFound)?;
    let call = cocreation_call(db, scope, challenge.call_id).await?;
    Ok((challenge, call))
}

/// Refused unless the call is in its Cocreation stage at `now`.
fn forming(call: &calls::Model, now: DateTime<Utc>) -> Result<(), AppError> {
    if call.stage(now) == Some(Stage::Cocreation) {
        Ok(())
    } else {
        Err(AppError::Refused("team-error-not-forming"))
    }
}

/// The team (its live proposal) of a challenge, if one was started.
async fn team_of_challenge(
    db: &impl ConnectionTrait,
    scope: TenantId,
    challenge: ChallengeId,
) -> Result<Option<proposals::Model>, AppError> {
    Ok(scope
        .find::<proposals::Entity>()
        .filter(proposals::Column::ChallengeId.eq(challenge))
        .filter(proposals::Column::Status.ne(proposals::Status::Withdrawn))
        .order_by_asc(proposals::Column::Id)
        .one(db)
        .await?)
}

/// The people of the city with these ids, with their divisions' names.
async fn people(
    db: &impl ConnectionTrait,
    scope: TenantId,
    ids: Vec<PersonId>,
    names: &HashMap<i32, String>,
) -> Result<HashMap<PersonId, Person>, AppError> {
    Ok(scope
        .find::<user::Entity>()
        .filter(user::Column::Id.is_in(ids))
        .all(db)
        .await?
        .into_iter()
        .map(|u| {
            let person = Person {
                id: u.id,
                name: u.display_name,
                division: u.division_id.and_then(|d| names.get(&d).cloned()),
            };
            (u.id, person)
        })
        .collect())
}

/// The city's divisions, by id.
pub async fn division_names(
    db: &impl ConnectionTrait,
    scope: TenantId,
) -> Result<HashMap<i32, String>, AppError> {
    Ok(scope
        .find::<division::Entity>()
        .all(db)
        .await?
        .into_iter()
        .map(|d| (d.id, d.name))
        .collect())
}

/// The team finder of the city's co-creation call `id` at `now`: per
/// selected challenge, its team, what it lacks and who offered
/// themselves. Names are of the city's own people only.
pub async fn finder(
    db: &impl ConnectionTrait,
    key: &SecretKey,
    scope: TenantId,
    id: CallId,
    now: DateTime<Utc>,
) -> Result<Finder, AppError> {
    let call = cocreation_call(db, scope, id).await?;
    let chosen = scope
        .find::<challenges::Entity>()
        .filter(challenges::Column::CallId.eq(call.id))
        .filter(challenges::Column::Status.eq(challenges::Status::Selected))
        .order_by_asc(challenges::Column::Id)
        .all(db)
        .await?;
    let names = division_names(db, scope).await?;
    let mut teams = Vec::with_capacity(chosen.len());
    for challenge in chosen {
        teams.push(team(db, key, scope, &call, challenge, &names).await?);
    }
    Ok(Finder {
        forming: call.stage(now) == Some(Stage::Cocreation),
        call,
        teams,
    })
}

/// One challenge's team as it stands.
async fn team(
    db: &impl ConnectionTrait,
    key: &SecretKey,
    scope: TenantId,
    call: &calls::Model,
    challenge: challenges::Model,
    names: &HashMap<i32, String>,
) -> Result<Team, AppError> {
    let proposal = team_of_challenge(db, scope, challenge.id).await?;
    let rows = match &proposal {
        Some(p) => team_of(db, scope, p.id).await?,
        None => Vec::new(),
    };
    let offers = scope
        .find::<offer::Entity>()
        .filter(offer::Column::ChallengeId.eq(challenge.id))
        .order_by_asc(offer::Column::Id)
        .all(db)
        .await?;
    let mut ids: Vec<PersonId> = rows.iter().filter_map(|m| m.person(key)).collect();
    ids.extend(offers.iter().map(|o| o.user_id));
    let known = people(db, scope, ids, names).await?;
    let mut members: Vec<Member> = rows
        .iter()
        .filter_map(|m| {
            let person = known.get(&m.person(key)?)?.clone();
            Some(Member {
                person,
                lead: m.role == MemberRole::Lead,
                pending: m.status != MemberStatus::Accepted,
            })
        })
        .collect();
    members.sort_by_key(|m| (!m.lead, m.pending, m.person.name.clone()));
    let accepted: Vec<&Member> = members.iter().filter(|m| !m.pending).collect();
    let divisions: BTreeSet<String> = accepted
        .iter()
        .filter_map(|m| m.person.division.clone())
        .collect();
    let concerned = scope
        .find::<division_link::Entity>()
        .filter(division_link::Column::ChallengeId.eq(challenge.id))
        .order_by_asc(division_link::Column::Id)
        .all(db)
        .await?;
    let (lacking_ids, lacking): (Vec<i32>, Vec<String>) = concerned
        .iter()
        .filter_map(|l| Some((l.division_id, names.get(&l.division_id)?.clone())))
        .filter(|(_, name)| !divisions.contains(name))
        .unzip();
    let offers = offers
        .into_iter()
        .filter_map(|o| {
            Some(Offer {
                id: o.id,
                person: known.get(&o.user_id)?.clone(),
                message: o.message,
            })
        })
        .collect();
    let floor = |need: i32, have: usize| usize::try_from(need).unwrap_or(0).saturating_sub(have);
    Ok(Team {
        members_needed: floor(call.min_team_size, accepted.len()),
        divisions_needed: floor(call.min_team_divisions, divisions.len()),
        seats_left: usize::try_from(call.max_team_size)
            .unwrap_or(0)
            .saturating_sub(rows.len()),
        accepted: accepted.len(),
        divisions: divisions.into_iter().collect(),
        lacking,
        lacking_ids,
        members,
        offers,
        proposal,
        challenge,
    })
}

/// `person` starts the team of a selected challenge, in the Cocreation
/// stage, and leads it: a draft of the call tied to the challenge, titled
/// after it. A challenge has one team; joining one started is by offer and
/// invitation. Their offer to it, if any, is done with.
pub async fn start(
    w: Writing<'_>,
    site: &TenantContext,
    person: &user::Model,
    lang: Lang,
    id: ChallengeId,
) -> Result<ProposalId, AppError> {
    let (challenge, call) = selected(w.db, site.id, id).await?;
    forming(&call, w.now)?;
    if eligibility_of(w.db, site.id, &call, person).await?.is_err() {
        return Err(AppError::Forbidden);
    }
    let txn = w.db.begin().await?;
    // Holds the challenge while its team is looked for and made, so that
    // two people starting it at once make one team.
    if !crate::db::hold::<challenges::Entity>(&txn, site.id, id).await? {
        return Err(AppError::NotFound);
    }
    if team_of_challenge(&txn, site.id, id).await?.is_some() {
        return Err(AppError::Refused("team-error-started"));
    }
    let created = site
        .id
        .insert(
            proposals::ActiveModel {
                call_id: Set(call.id),
                challenge_id: Set(Some(id)),
                category_id: Set(None),
                locale: Set(lang.code().to_owned()),
                title: Set(challenge
                    .title
                    .chars()
                    .take(proposals::service::TITLE_MAX)
                    .collect()),
                summary: Set(String::new()),
                problem: Set(String::new()),
                solution: Set(String::new()),
                benefits: Set(String::new()),
                resources: Set(String::new()),
                end_users: Set(String::new()),
                partners: Set(String::new()),
                pilot: Set(String::new()),
                indicators: Set(String::new()),
                status: Set(proposals::Status::Draft),
                submitted_at: Set(None),
                created_at: Set(w.now),
                updated_at: Set(w.now),
                ..Default::default()
            },
            &txn,
        )
        .await?;
    site.id
        .insert(
            member::ActiveModel {
                proposal_id: Set(created.id),
                role: Set(MemberRole::Lead),
                status: Set(MemberStatus::Accepted),
                ..member::new_row(w.key, site.id, person.id, call.identities_sealed())
            },
            &txn,
        )
        .await?;
    site.id
        .delete_many::<offer::Entity>()
        .filter(offer::Column::ChallengeId.eq(id))
        .filter(offer::Column::UserId.eq(person.id))
        .exec(&txn)
        .await?;
    txn.commit().await?;
    Ok(created.id)
}

/// `person` offers themselves to a selected challenge's team with a short
/// message, in the Cocreation stage; offering again replaces the message.
/// One already on the team, or not eligible, cannot.
pub async fn offer(
    w: Writing<'_>,
    site: &TenantContext,
    person: &user::Model,
    id: ChallengeId,
    message: &str,
) -> Result<offer::Model, AppError> {
    let (_, call) = selected(w.db, site.id, id).await?;
    forming(&call, w.now)?;
    let message = message.trim();
    if message.is_empty() {
        return Err(AppError::Invalid(vec![FieldIssue::new(
            "message",
            "proposal-error-required",
        )]));
    }
    if message.chars().count() > MESSAGE_MAX {
        return Err(AppError::Invalid(vec![
            FieldIssue::new("message", "proposal-error-too-long").with("max", MESSAGE_MAX as i64),
        ]));
    }
    if eligibility_of(w.db, site.id, &call, person).await?.is_err() {
        return Err(AppError::Forbidden);
    }
    if let Some(team) = team_of_challenge(w.db, site.id, id).await? {
        let on_team = site
            .id
            .find::<member::Entity>()
            .filter(member::Column::ProposalId.eq(team.id))
            .filter(member::of_person(w.key, site.id, person.id))
            .filter(member::Column::Status.ne(MemberStatus::Declined))
            .one(w.db)
            .await?;
        if on_team.is_some() {
            return Err(AppError::Refused("team-error-on-team"));
        }
    }
    let existing = site
        .id
        .find::<offer::Entity>()
        .filter(offer::Column::ChallengeId.eq(id))
        .filter(offer::Column::UserId.eq(person.id))
        .one(w.db)
        .await?;
    Ok(match existing {
        Some(row) => {
            let mut row = row.into_active_model();
            row.message = Set(message.to_owned());
            site.id.update(row, w.db).await?
        }
        None => {
            site.id
                .insert(
                    offer::ActiveModel {
                        challenge_id: Set(id),
                        user_id: Set(person.id),
                        message: Set(message.to_owned()),
                        created_at: Set(w.now),
                        ..Default::default()
                    },
                    w.db,
                )
                .await?
        }
    })
}

/// `person` withdraws their offer to a challenge's team; none to withdraw
/// is not found.
pub async fn withdraw_offer(
    db: &impl ConnectionTrait,
    scope: TenantId,
    person: PersonId,
    id: ChallengeId,
) -> Result<(), AppError> {
    let gone = scope
        .delete_many::<offer::Entity>()
        .filter(offer::Column::ChallengeId.eq(id))
        .filter(offer::Column::UserId.eq(person))
        .exec(db)
        .await?;
    if gone.rows_affected == 0 {
        Err(AppError::NotFound)
    } else {
        Ok(())
    }
}

/// The team's lead invites the person behind an offer to the team, as a
/// co-author invitation of the proposal (the invitee accepts as for any
/// proposal); the offer is then done with. The challenge of the offer.
pub async fn invite_offerer(
    w: Writing<'_>,
    site: &TenantContext,
    lead: &user::Model,
    offer_id: i32,
) -> Result<ChallengeId, AppError> {
    let offer = site
        .id
        .find_by_id::<offer::Entity>(offer_id)
        .one(w.db)
        .await?
        .ok_or(AppError::NotFound)?;
    let team = team_of_challenge(w.db, site.id, offer.challenge_id)
        .await?
        .ok_or(AppError::NotFound)?;
    let offerer = site
        .id
        .find_by_id::<user::Entity>(offer.user_id)
        .one(w.db)
        .await?
        .ok_or(AppError::NotFound)?;
    proposals::service::invite(w, site, lead, team.id, &offerer.email).await?;
    site.id
        .delete_many::<offer::Entity>()
        .filter(offer::Column::Id.eq(offer.id))
        .exec(w.db)
        .await?;
    Ok(offer.challenge_id)
}

/// A co-creation team the person is on (invited or accepted), with
/// whether they lead it; anyone else finds nothing.
pub async fn own_team(
    db: &impl ConnectionTrait,
    key: &SecretKey,
    scope: TenantId,
    id: ProposalId,
    person: PersonId,
) -> Result<(proposals::Model, bool), AppError> {
    let proposal = scope
        .find_by_id::<proposals::Entity>(id)
        .one(db)
        .await?
        .filter(|p| p.challenge_id.is_some())
        .ok_or(AppError::NotFound)?;
    let me = team_of(db, scope, id)
        .await?
        .into_iter()
        .find(|m| m.person(key) == Some(person))
        .ok_or(AppError::NotFound)?;
    Ok((proposal, me.role == MemberRole::Lead))
}

/// The team's stakeholders, in the order they were added.
pub async fn stakeholders(
    db: &impl ConnectionTrait,
    scope: TenantId,
    id: ProposalId,
) -> Result<Vec<stakeholder::Model>, AppError> {
    Ok(scope
        .find::<stakeholder::Entity>()
        .filter(stakeholder::Column::ProposalId.eq(id))
        .order_by_asc(stakeholder::Column::Id)
        .all(db)
        .await?)
}

/// An external stakeholder as sent: by the form, or as JSON by the API.
#[derive(Clone, Debug, Default, serde::Deserialize, utoipa::ToSchema)]
pub struct StakeholderForm {
    /// The organisation's name (required).
    #[serde(default)]
    #[schema(max_length = 200)]
    pub organisation: String,
    /// Who to reach there (optional).
    #[serde(default)]
    #[schema(max_length = 200)]
    pub contact: String,
    /// What they bring to the team (optional).
    #[serde(default)]
    #[schema(max_length = 1000)]
    pub contribution: String,
}

/// The lead of a live team, else not found (not on it) or locked (done).
async fn led(
    w: Writing<'_>,
    scope: TenantId,
    lead: PersonId,
    id: ProposalId,
) -> Result<proposals::Model, AppError> {
    let (proposal, leads) = own_team(w.db, w.key, scope, id, lead).await?;
    if !leads {
        return Err(AppError::Forbidden);
    }
    if !matches!(
        proposal.status,
        proposals::Status::Draft | proposals::Status::Submitted
    ) {
        return Err(AppError::Locked);
    }
    Ok(proposal)
}

/// The team's lead names an external stakeholder of the team.
pub async fn add_stakeholder(
    w: Writing<'_>,
    scope: TenantId,
    lead: PersonId,
    id: ProposalId,
    form: &StakeholderForm,
) -> Result<stakeholder::Model, AppError> {
    led(w, scope, lead, id).await?;
    let mut issues = Vec::new();
    if form.organisation.trim().is_empty() {
        issues.push(FieldIssue::new("organisation", "proposal-error-required"));
    }
    for (field, value, max) in [
        ("organisation", &form.organisation, NAME_MAX),
        ("contact", &form.contact, NAME_MAX),
        ("contribution", &form.contribution, CONTRIBUTION_MAX),
    ] {
        if value.trim().chars().count() > max {
            issues.push(FieldIssue::new(field, "proposal-error-too-long").with("max", max as i64));
        }
    }
    if !issues.is_empty() {
        return Err(AppError::Invalid(issues));
    }
    Ok(scope
        .insert(
            stakeholder::ActiveModel {
                proposal_id: Set(id),
                organisation: Set(form.organisation.trim().to_owned()),
                contact: Set(form.contact.trim().to_owned()),
                contribution: Set(form.contribution.trim().to_owned()),
                created_at: Set(w.now),
                ..Default::default()
            },
            w.db,
        )
        .await?)
}

/// The team's lead removes one of its stakeholders.
pub async fn remove_stakeholder(
    w: Writing<'_>,
    scope: TenantId,
    lead: PersonId,
    id: ProposalId,
    stakeholder_id: i32,
) -> Result<(), AppError> {
    led(w, scope, lead, id).await?;
    let gone = scope
        .delete_many::<stakeholder::Entity>()
        .filter(stakeholder::Column::Id.eq(stakeholder_id))
        .filter(stakeholder::Column::ProposalId.eq(id))
        .exec(w.db)
        .await?;
    if gone.rows_affected == 0 {
        Err(AppError::NotFound)
    } else {
        Ok(())
    }
}
