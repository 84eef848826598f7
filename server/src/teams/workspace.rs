//! A co-creation team's workspace: its challenge, the shared draft of its
//! solution (the proposal's own fields), its workshops, stakeholders and
//! notes. The team's accepted members, the call's facilitators and the
//! city's admins reach it; anyone else finds nothing (404).

use chrono::NaiveDate;
use sea_orm::{ActiveValue::Set, ColumnTrait, ConnectionTrait, DbErr, QueryFilter, QueryOrder};
use serde_json::json;

use super::{facilitators, note, stakeholder, workshop};
use crate::ids::{PersonId, ProposalId};
use crate::{
    audit,
    calls::{Kind, entity as calls},
    challenges,
    clock::Clock,
    error::{AppError, FieldIssue},
    organisation::division,
    people::user,
    proposals::{
        self,
        member::{self, MemberStatus},
    },
    secrets::SecretKey,
    tenancy::TenantId,
};

/// Longest note, in characters.
pub const NOTE_MAX: usize = 4000;
/// Longest workshop title, in characters.
pub const TITLE_MAX: usize = 200;
/// Longest workshop summary, in characters.
pub const SUMMARY_MAX: usize = 4000;

/// Why the viewer may open the workspace.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Standing {
    Member,
    Facilitator,
    Admin,
}

impl Standing {
    /// Members and facilitators work in it; an admin reads it.
    pub fn writes(self) -> bool {
        matches!(self, Self::Member | Self::Facilitator)
    }
}

/// Everything the workspace shows.
pub struct Workspace {
    pub proposal: proposals::Model,
    pub call: calls::Model,
    pub challenge: challenges::Model,
    /// Accepted members (lead first), then the call's facilitators.
    pub members: Vec<user::Model>,
    pub facilitators: Vec<user::Model>,
    pub stakeholders: Vec<stakeholder::Model>,
    /// Newest first.
    pub workshops: Vec<workshop::Model>,
    /// Newest first.
    pub notes: Vec<note::Model>,
    pub standing: Standing,
}

impl Workspace {
    /// The name of a person of the workspace (member or facilitator), or
    /// `None` for someone no longer among them.
    pub fn name_of(&self, id: PersonId) -> Option<&str> {
        self.members
            .iter()
            .chain(&self.facilitators)
            .find(|p| p.id == id)
            .map(|p| p.display_name.as_str())
    }

    /// Whether `id` facilitates the call.
    pub fn is_facilitator(&self, id: PersonId) -> bool {
        self.facilitators.iter().any(|p| p.id == id)
    }
}

/// The accepted members of a team, lead first.
async fn accepted_members(
    db: &impl ConnectionTrait,
    secrets: &SecretKey,
    scope: TenantId,
    proposal: ProposalId,
) -> Result<Vec<user::Model>, DbErr> {
    let rows = scope
        .find::<member::Entity>()
        .filter(member::Column::ProposalId.eq(proposal))
        .filter(member::Column::Status.eq(MemberStatus::Accepted))
        .order_by_asc(member::Column::Id)
        .all(db)
        .await?;
    let ids: Vec<PersonId> = rows.iter().filter_map(|m| m.person(secrets)).collect();
    let mut people = scope
        .find::<user::Entity>()
        .filter(user::Column::Id.is_in(ids.clone()))
        .all(db)
        .await?;
    people.sort_by_key(|p| ids.iter().position(|id| *id == p.id));
    Ok(people)
}

/// The workspace of team `id` as `me` may see it (`admin`: the viewer
/// manages the city's calls); `NotFound` for a proposal that is no team
/// and for anyone who is neither member, facilitator of its call nor admin.
pub async fn open(
    db: &impl ConnectionTrait,
    secrets: &SecretKey,
    scope: TenantId,
    id: ProposalId,
    me: PersonId,
    admin: bool,
) -> Result<Workspace, AppError> {
    let proposal = scope
        .find_by_id::<proposals::Entity>(id)
        .one(db)
        .await?
        .ok_or(AppError::NotFound)?;
    let challenge_id = proposal.challenge_id.ok_or(AppError::NotFound)?;
    let call = scope
        .find_by_id::<calls::Entity>(proposal.call_id)
        .one(db)
        .await?
        .filter(|c| c.kind == Kind::Cocreation)
        .ok_or(AppError::NotFound)?;
    let members = accepted_members(db, secrets, scope, proposal.id).await?;
    let facilitators = facilitators::of_call(db, scope, call.id).await?;
    let standing = if members.iter().any(|p| p.id == me) {
        Standing::Member
    } else if facilitators.iter().any(|p| p.id == me) {
        Standing::Facilitator
    } else if admin {
        Standing::Admin
    } else {
        return Err(AppError::NotFound);
    };
    let challenge = scope
        .find_by_id::<challenges::Entity>(challenge_id)
        .one(db)
        .await?
        .ok_or(AppError::NotFound)?;
    let stakeholders = scope
        .find::<stakeholder::Entity>()
        .filter(stakeholder::Column::ProposalId.eq(proposal.id))
        .order_by_asc(stakeholder::Column::Organisation)
        .all(db)
        .await?;
    let workshops = scope
        .find::<workshop::Entity>()
        .filter(workshop::Column::ProposalId.eq(proposal.id))
        .order_by_desc(workshop::Column::HeldOn)
        .order_by_desc(workshop::Column::Id)
        .all(db)
        .await?;
    let notes = scope
        .find::<note::Entity>()
        .filter(note::Column::ProposalId.eq(proposal.id))
        .order_by_desc(note::Column::CreatedAt)
        .order_by_desc(note::Column::Id)
        .all(db)
        .await?;
    Ok(Workspace {
        proposal,
        call,
        challenge,
        members,
        facilitators,
        stakeholders,
        workshops,
        notes,
        standing,
    })
}

/// A workshop as the team or a facilitator records it.
#[derive(Clone, Debug, Default)]
pub struct WorkshopInput {
    /// `YYYY-MM-DD`, the day in the city.
    pub held_on: String,
    pub title: String,
    pub summary: String,
    /// Members and facilitators who attended.
    pub attendees: Vec<PersonId>,
    /// The team's stakeholders who attended (their ids).
    pub stakeholders: Vec<i32>,
}

/// The attendee ids as stored (a JSON array).
pub fn ids_of(stored: &str) -> Vec<i32> {
    serde_json::from_str(stored).unwrap_or_default()
}

/// Refuses a workspace one may only read (an admin's), or a call whose
/// results are out (the team's work is done then).
fn writable(ws: &Workspace) -> Result<(), AppError> {
    if !ws.standing.writes() {
        return Err(AppError::Forbidden);
    }
    if ws.call.phase.has_results() {
        return Err(AppError::Locked);
    }
    Ok(())
}

/// Records a workshop; every field's problem is refused at once. Attendees
/// must be the team's members or the call's facilitators, stakeholders the
/// team's.
pub async fn add_workshop(
    db: &impl ConnectionTrait,
    clock: &Clock,
    scope: TenantId,
    ws: &Workspace,
    input: WorkshopInput,
    me: PersonId,
) -> Result<workshop::Model, AppError> {
    writable(ws)?;
    let mut issues = Vec::new();
    let held_on = NaiveDate::parse_from_str(input.held_on.trim(), "%Y-%m-%d").ok();
    if held_on.is_none() {
        issues.push(FieldIssue::new("held_on", "workshop-error-date"));
    }
    let title = input.title.trim();
    if title.is_empty() || title.chars().count() > TITLE_MAX {
        issues.push(
            FieldIssue::new("workshop-title", "workshop-error-title").with("max", TITLE_MAX as i64),
        );
    }
    let summary = input.summary.trim();
    if summary.chars().count() > SUMMARY_MAX {
        issues.push(
            FieldIssue::new("summary", "workshop-error-summary").with("max", SUMMARY_MAX as i64),
        );
    }
    if input.attendees.iter().any(|id| ws.name_of(*id).is_none()) {
        issues.push(FieldIssue::new("attendees", "workshop-error-attendee"));
    }
    if input
        .stakeholders
        .iter()
        .any(|id| !ws.stakeholders.iter().any(|s| s.id == *id))
    {
        issues.push(FieldIssue::new(
            "stakeholders",
            "workshop-error-stakeholder",
        ));
    }
    let Some(held_on) = held_on.filter(|_| issues.is_empty()) else {
        return Err(AppError::Invalid(issues));
    };
    let mut attendees: Vec<i32> = input.attendees.iter().map(|p| p.get()).collect();
    attendees.sort_unstable();
    attendees.dedup();
    let mut stakeholders = input.stakeholders;
    stakeholders.sort_unstable();
    stakeholders.dedup();
    let now = clock.now();
    let made = scope
        .insert(
            workshop::ActiveModel {
                proposal_id: Set(ws.proposal.id),
                held_on: Set(held_on),
                title: Set(title.to_owned()),
                summary: Set(summary.to_owned()),
                attendees: Set(json!(attendees).to_string()),
                stakeholders: Set(json!(stakeholders).to_string()),
                created_by: Set(Some(me)),
                created_at: Set(now),
                ..Default::default()
            },
            db,
        )
        .await?;
    audit::record(
        db,
        scope,
        now,
        audit::Event {
            actor: Some(me),
            action: "team.workshop",
            subject_type: "proposal",
            subject_id: ws.proposal.id.get(),
            before: json!(null),
            after: json!({ "workshop": made.id, "held_on": held_on }),
        },
    )
    .await?;
    Ok(made)
}

/// Writes a note in the workspace (a facilitator's reads as their comment).
pub async fn add_note(
    db: &impl ConnectionTrait,
    clock: &Clock,
    scope: TenantId,
    ws: &Workspace,
    body: &str,
    me: PersonId,
) -> Result<note::Model, AppError> {
    writable(ws)?;
    let body = body.trim();
    if body.is_empty() || body.chars().count() > NOTE_MAX {
        return Err(AppError::Invalid(vec![
            FieldIssue::new("note", "note-error-body").with("max", NOTE_MAX as i64),
        ]));
    }
    Ok(scope
        .insert(
            note::ActiveModel {
                proposal_id: Set(ws.proposal.id),
                author_id: Set(Some(me)),
                body: Set(body.to_owned()),
                created_at: Set(clock.now()),
                ..Default::default()
            },
            db,
        )
        .await?)
}

/// A co-creation team as its jurors know it: review is not blind there
/// (the teams are known by design).
pub struct KnownTeam {
    pub challenge: String,
    pub challenge_lang: String,
    /// (name, division's name), lead first.
    pub members: Vec<(String, Option<String>)>,
}

/// The team and challenge of `proposal` when its call is a co-creation
/// call; `None` for an open call, whose review stays blind.
pub async fn known_team(
    db: &impl ConnectionTrait,
    secrets: &SecretKey,
    scope: TenantId,
    call: &calls::Model,
    proposal: &proposals::Model,
) -> Result<Option<KnownTeam>, DbErr> {
    let Some(challenge) = proposal
        .challenge_id
        .filter(|_| call.kind == Kind::Cocreation)
    else {
        return Ok(None);
    };
    let Some(challenge) = scope
        .find_by_id::<challenges::Entity>(challenge)
        .one(db)
        .await?
    else {
        return Ok(None);
    };
    let people = accepted_members(db, secrets, scope, proposal.id).await?;
    let divisions = scope
        .find::<division::Entity>()
        .filter(division::Column::Id.is_in(people.iter().filter_map(|p| p.division_id)))
        .all(db)
        .await?;
    Ok(Some(KnownTeam {
        challenge: challenge.title,
        challenge_lang: challenge.locale,
        members: people
            .into_iter()
            .map(|p| {
                let division = p
                    .division_id
                    .and_then(|d| divisions.iter().find(|x| x.id == d))
                    .map(|d| d.name.clone());
                (p.display_name, division)
            })
            .collect(),
    }))
}
