//! What happened after a demo call's deadline: its jury and their blind
//! scores, the winners' implementation projects (mentors, budgets,
//! milestones, updates, a barrier), and a practice published to the
//! network's library and adopted by other cities.
//!
//! Everything here is invented for the demo (the sites say so), and dated
//! no later than the seeding moment.

use chrono::{DateTime, Duration, Utc};
use sea_orm::{ActiveValue::Set, ColumnTrait, ConnectionTrait, DbErr, QueryFilter};

use crate::ids::{CallId, PersonId, ProposalId};
use crate::{
    i18n::Lang,
    library::{adoption, practice, text as practice_text},
    organisation::NetworkCategory,
    projects::{self, Barrier, Outcome, Status, milestone, update},
    proposals,
    review::{
        Mark, State,
        assignment::{self, Juror, Submission},
        entity as review, jury,
    },
    tenancy::TenantId,
};

/// A day of a project's life: after its call's results, or from the
/// seeding day (negative: in the past).
#[derive(Clone, Copy, Debug)]
pub enum Day {
    AfterResults(i64),
    FromToday(i64),
}

/// A winner's implementation project, as the demo tells it.
pub struct ProjectSpec {
    /// The winner's rank among the call's winners.
    pub winner: usize,
    pub status: Status,
    /// Allocated, committed, spent, in euros.
    pub euros: (i64, i64, i64),
    /// Mentored by the city's outside expert (technical assistance), or by
    /// a colleague; none when `None`.
    pub mentor: Option<MentorKind>,
    /// The project's own summary, else the proposal's.
    pub summary: Option<&'static str>,
    /// (title, due, done)
    pub milestones: &'static [(&'static str, Day, Option<Day>)],
    /// (when, percent, text), oldest first.
    pub updates: &'static [(Day, i32, &'static str)],
    /// What blocks it (with the status `blocked`).
    pub barrier: Option<(Barrier, &'static str)>,
    pub done: Option<Day>,
    /// (label, value, unit)
    pub outcomes: &'static [(&'static str, f64, &'static str)],
    pub practice: Option<PracticeSpec>,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum MentorKind {
    Expert,
    Colleague,
}

/// A project published to the network's library.
pub struct PracticeSpec {
    /// (language, title, summary)
    pub texts: &'static [(Lang, &'static str, &'static str)],
    pub published: Day,
    /// (city slug, adopted on, the adopting project's status)
    pub adopted_by: &'static [(&'static str, Day, Status)],
}

/// A submitted proposal as seeded, with what the story needs of it.
pub struct Seeded {
    pub id: ProposalId,
    pub title: String,
    pub summary: String,
    pub category: NetworkCategory,
    pub locale: String,
    pub team: Vec<PersonId>,
    pub divisions: Vec<i32>,
    /// Rank among the winners.
    pub rank: Option<usize>,
}

/// A call whose results are out, as the story needs it.
pub struct PastCall<'a> {
    pub id: CallId,
    pub criteria: usize,
    pub reviews_per_proposal: u32,
    pub review_started: DateTime<Utc>,
    pub review_closed: DateTime<Utc>,
    pub results: DateTime<Utc>,
    pub budget_cents: i64,
    pub awarded: usize,
    pub phase: crate::calls::Phase,
    pub proposals: &'a [Seeded],
}

/// The people a city's story is told with.
pub struct Cast<'a> {
    /// (person, division): the outside expert has none.
    pub jurors: &'a [(PersonId, Option<i32>)],
    pub expert_mentor: PersonId,
    pub colleague_mentor: PersonId,
    /// The milestones and update of an unremarkable project, in the city's
    /// language.
    pub routine: [&'a str; 3],
}

/// A practice published by the seeder, waiting for its adopting cities
/// (seeded later).
pub struct Published {
    pub practice: i32,
    pub texts: &'static [(Lang, &'static str, &'static str)],
    pub adopted_by: &'static [(&'static str, Day, Status)],
}

fn day(at: Day, results: DateTime<Utc>, now: DateTime<Utc>) -> DateTime<Utc> {
    match at {
        Day::AfterResults(days) => results + Duration::days(days),
        Day::FromToday(days) => now + Duration::days(days),
    }
    .min(now)
}

/// Due dates may lie ahead.
fn due(at: Day, results: DateTime<Utc>, now: DateTime<Utc>) -> chrono::NaiveDate {
    match at {
        Day::AfterResults(days) => results + Duration::days(days),
        Day::FromToday(days) => now + Duration::days(days),
    }
    .date_naive()
}

/// Seats the jury and stores its complete, blind reviews: the planner
/// spreads the proposals (no juror judges a team of their own division),
/// and the winners are the proposals the jurors scored best.
pub async fn seed_review<C: ConnectionTrait>(
    db: &C,
    scope: TenantId,
    call: &PastCall<'_>,
    cast: &Cast<'_>,
) -> Result<(), DbErr> {
    scope
        .insert_many(
            cast.jurors.iter().map(|(person, _)| jury::ActiveModel {
                call_id: Set(call.id),
                user_id: Set(*person),
                added_at: Set(call.review_started - Duration::days(1)),
                ..Default::default()
            }),
            db,
        )
        .await?;
    let plan = assignment::plan(&assignment::Input {
        reviews_per_proposal: call.reviews_per_proposal,
        submissions: call
            .proposals
            .iter()
            .map(|p| Submission {
                id: p.id.get(),
                team_divisions: p.divisions.clone(),
            })
            .collect(),
        jurors: cast
            .jurors
            .iter()
            .map(|(person, division)| Juror {
                id: person.get(),
                division: *division,
            })
            .collect(),
        declared_conflicts: Vec::new(),
        kept: Vec::new(),
    });
    let span = (call.review_closed - call.review_started)
        .num_minutes()
        .max(1);
    let count = plan.new_assignments.len() as i64;
    let rows: Vec<review::ActiveModel> =
        plan.new_assignments
            .iter()
            .enumerate()
            .map(|(n, (proposal, juror))| {
                let seeded = call.proposals.iter().find(|p| p.id.get() == *proposal);
                let juror_turn = cast
                    .jurors
                    .iter()
                    .position(|(j, _)| j.get() == *juror)
                    .unwrap_or(0);
                let marks: Vec<Mark> = (0..call.criteria)
                    .map(|criterion| Mark {
                        score: Some(score(seeded, *proposal, juror_turn, criterion)),
                        comment: String::new(),
                    })
                    .collect();
                review::ActiveModel {
                    call_id: Set(call.id),
                    proposal_id: Set(ProposalId(*proposal)),
                    juror_id: Set(PersonId(*juror)),
                    state: Set(State::Assigned),
                    conflict_reason: Set(String::new()),
                    scores: Set(serde_json::to_string(&marks).unwrap_or_else(|_| "[]".into())),
                    complete: Set(true),
                    updated_at: Set(call.review_started
                        + Duration::minutes(span * (n as i64 + 1) / (count + 1))),
                    ..Default::default()
                }
            })
            .collect();
    for chunk in rows.chunks(300) {
        scope.insert_many(chunk.to_vec(), db).await?;
    }
    Ok(())
}

/// A juror's score (1–5): winners are strong, the rest middling; each
/// juror is harsher or more lenient than the next, which the ranking's
/// normalisation evens out.
fn score(seeded: Option<&Seeded>, proposal: i32, juror: usize, criterion: usize) -> u32 {
    let quality = match seeded.and_then(|s| s.rank) {
        Some(rank) => 4.7 - 0.05 * rank as f64,
        None => 1.6 + f64::from((proposal * 37).rem_euclid(17)) / 12.0,
    };
    let leniency = [0.0, -0.6, 0.4, -0.3, 0.6, -0.1][juror % 6];
    let spread = [-0.4, 0.0, 0.4][(proposal as usize + juror * 3 + criterion * 5) % 3];
    (quality + leniency + spread).round().clamp(1.0, 5.0) as u32
}

/// Turns a call's winners into projects, as publishing its results does,
/// and tells what became of them: `specs` where the demo has a story for a
/// winner, else what the call's phase implies. The practices published on
/// the way, for their adopting cities.
pub async fn seed_projects<C: ConnectionTrait>(
    db: &C,
    scope: TenantId,
    call: &PastCall<'_>,
    specs: &'static [ProjectSpec],
    cast: &Cast<'_>,
    now: DateTime<Utc>,
) -> Result<Vec<Published>, DbErr> {
    let mut published = Vec::new();
    let winners = call.proposals.iter().filter_map(|p| p.rank.map(|r| (r, p)));
    for (rank, proposal) in winners {
        let story = if specs.is_empty() {
            Some(routine(call, rank, cast))
        } else {
            specs.iter().find(|s| s.winner == rank).map(Story::from)
        };
        let Some(story) = story else {
            continue;
        };
        let at = |d: Day| day(d, call.results, now);
        let mentor = story.mentor.map(|kind| match kind {
            MentorKind::Expert => cast.expert_mentor,
            MentorKind::Colleague => cast.colleague_mentor,
        });
        let last_update = story.updates.iter().map(|(when, _, _)| at(*when)).max();
        let outcomes: Vec<Outcome> = story
            .outcomes
            .iter()
            .map(|(label, value, unit)| Outcome {
                label: (*label).into(),
                value: *value,
                unit: (*unit).into(),
            })
            .collect();
        let (allocated, committed, spent) = story.cents;
        let project = scope
            .insert(
                projects::entity::ActiveModel {
                    call_id: Set(Some(call.id)),
                    proposal_id: Set(Some(proposal.id)),
                    title: Set(proposal.title.clone()),
                    summary: Set(story
                        .summary
                        .map_or_else(|| proposal.summary.clone(), str::to_owned)),
                    mentor_id: Set(mentor),
                    status: Set(story.status),
                    status_reason: Set(story
                        .barrier
                        .map_or_else(String::new, |(_, why)| why.to_owned())),
                    barrier: Set(story.barrier.map(|(b, _)| b)),
                    allocated_cents: Set(allocated),
                    committed_cents: Set(committed),
                    spent_cents: Set(spent),
                    outcomes: Set(serde_json::to_string(&outcomes).unwrap_or_else(|_| "[]".into())),
                    created_at: Set(call.results.min(now)),
                    last_update_at: Set(last_update),
                    done_at: Set(story.done.map(at)),
                    ..Default::default()
                },
                db,
            )
            .await?;
        if !story.milestones.is_empty() {
            scope
                .insert_many(
                    story.milestones.iter().map(|(title, due_on, done_on)| {
                        milestone::ActiveModel {
                            project_id: Set(project.id),
                            title: Set((*title).to_owned()),
                            due_on: Set(due(*due_on, call.results, now)),
                            done_on: Set(done_on.map(|d| at(d).date_naive())),
                            ..Default::default()
                        }
                    }),
                    db,
                )
                .await?;
        }
        let author = mentor.or(proposal.team.first().copied());
        if let Some(author) = author.filter(|_| !story.updates.is_empty()) {
            scope
                .insert_many(
                    story
                        .updates
                        .iter()
                        .map(|(when, percent, body)| update::ActiveModel {
                            project_id: Set(project.id),
                            author_id: Set(author),
                            body: Set((*body).to_owned()),
                            percent: Set(*percent),
                            at: Set(at(*when)),
                            ..Default::default()
                        }),
                    db,
                )
                .await?;
        }
        let follows = match story.status {
            Status::Done => proposals::Status::Implemented,
            Status::Stopped => proposals::Status::Stopped,
            _ => proposals::Status::InImplementation,
        };
        scope
            .update_many::<proposals::Entity>()
            .col_expr(
                proposals::Column::Status,
                sea_orm::sea_query::Expr::value(follows),
            )
            .filter(proposals::Column::Id.eq(proposal.id))
            .exec(db)
            .await?;
        if let Some(spec) = story.practice {
            let row = scope
                .insert(
                    practice::ActiveModel {
                        proposal_id: Set(proposal.id),
                        network_category: Set(proposal.category),
                        status: Set(if story.status == Status::Done {
                            "implemented".into()
                        } else {
                            "awarded".into()
                        }),
                        budget_cents: Set(allocated),
                        outcomes: Set(
                            serde_json::to_string(&outcomes).unwrap_or_else(|_| "[]".into())
                        ),
                        original_locale: Set(proposal.locale.clone()),
                        published_at: Set(at(spec.published)),
                        ..Default::default()
                    },
                    db,
                )
                .await?;
            scope
                .insert_many(
                    spec.texts
                        .iter()
                        .map(|(lang, title, summary)| practice_text::ActiveModel {
                            practice_id: Set(row.id),
                            locale: Set(lang.code().into()),
                            title: Set((*title).into()),
                            summary: Set((*summary).into()),
                            ..Default::default()
                        }),
                    db,
                )
                .await?;
            published.push(Published {
                practice: row.id,
                texts: spec.texts,
                adopted_by: spec.adopted_by,
            });
        }
    }
    Ok(published)
}

/// A project as the story tells it (a spec's, or the routine one).
struct Story {
    status: Status,
    cents: (i64, i64, i64),
    mentor: Option<MentorKind>,
    summary: Option<&'static str>,
    milestones: Vec<(String, Day, Option<Day>)>,
    updates: Vec<(Day, i32, String)>,
    barrier: Option<(Barrier, &'static str)>,
    done: Option<Day>,
    outcomes: &'static [(&'static str, f64, &'static str)],
    practice: Option<&'static PracticeSpec>,
}

impl Story {
    fn from(spec: &'static ProjectSpec) -> Self {
        let (a, c, s) = spec.euros;
        Self {
            status: spec.status,
            cents: (a * 100, c * 100, s * 100),
            mentor: spec.mentor,
            summary: spec.summary,
            milestones: spec
                .milestones
                .iter()
                .map(|(t, due, done)| ((*t).to_owned(), *due, *done))
                .collect(),
            updates: spec
                .updates
                .iter()
                .map(|(at, p, b)| (*at, *p, (*b).to_owned()))
                .collect(),
            barrier: spec.barrier,
            done: spec.done,
            outcomes: spec.outcomes,
            practice: spec.practice.as_ref(),
        }
    }
}

/// What a winner without a story of its own became, by its call's phase:
/// planned with a mentor and a first milestone when the results are just
/// out, under way with a share of the budget during implementation, done
/// once archived.
fn routine(call: &PastCall<'_>, rank: usize, cast: &Cast<'_>) -> Story {
    use crate::calls::Phase;
    let share = call.budget_cents / call.awarded.max(1) as i64;
    let [first, second, progress] = cast.routine;
    let empty = Story {
        status: Status::Planned,
        cents: (0, 0, 0),
        mentor: None,
        summary: None,
        milestones: Vec::new(),
        updates: Vec::new(),
        barrier: None,
        done: None,
        outcomes: &[],
        practice: None,
    };
    match call.phase {
        Phase::Implementation => Story {
            status: Status::InProgress,
            cents: (share, share / 2, share / 4),
            mentor: Some(if rank.is_multiple_of(2) {
                MentorKind::Expert
            } else {
                MentorKind::Colleague
            }),
            milestones: vec![
                (
                    first.to_owned(),
                    Day::AfterResults(45),
                    Some(Day::AfterResults(40 + rank as i64 * 3)),
                ),
                (
                    second.to_owned(),
                    Day::FromToday(40 + rank as i64 * 10),
                    None,
                ),
            ],
            updates: vec![(
                Day::FromToday(-6 - rank as i64 * 4),
                40,
                progress.to_owned(),
            )],
            ..empty
        },
        Phase::Results => Story {
            mentor: Some(if rank.is_multiple_of(2) {
                MentorKind::Expert
            } else {
                MentorKind::Colleague
            }),
            milestones: vec![(first.to_owned(), Day::FromToday(14 + rank as i64 * 7), None)],
            updates: vec![(Day::FromToday(-3 - rank as i64), 10, progress.to_owned())],
            ..empty
        },
        Phase::Archived => Story {
            status: Status::Done,
            cents: (share, share, share * 9 / 10),
            done: Some(Day::AfterResults(240 + rank as i64 * 30)),
            ..empty
        },
        _ => empty,
    }
}

/// A city takes a published practice up: a project of its own that cites
/// the practice, and the adoption the origin city and the network see.
pub async fn seed_adoption<C: ConnectionTrait>(
    db: &C,
    scope: TenantId,
    lang: Lang,
    published: &Published,
    (when, status): (Day, Status),
    now: DateTime<Utc>,
) -> Result<(), DbErr> {
    let at = day(when, now, now);
    let text = published
        .texts
        .iter()
        .find(|(l, _, _)| *l == lang)
        .or_else(|| published.texts.iter().find(|(l, _, _)| *l == Lang::En))
        .or(published.texts.first());
    let (title, summary) = text.map_or(("", ""), |(_, t, s)| (*t, *s));
    let project = scope
        .insert(
            projects::entity::ActiveModel {
                call_id: Set(None),
                proposal_id: Set(None),
                title: Set(title.into()),
                summary: Set(summary.into()),
                mentor_id: Set(None),
                status: Set(status),
                status_reason: Set(String::new()),
                barrier: Set(None),
                allocated_cents: Set(0),
                committed_cents: Set(0),
                spent_cents: Set(0),
                outcomes: Set("[]".into()),
                created_at: Set(at),
                // An adopting project under way was updated lately.
                last_update_at: Set(
                    (status != Status::Planned).then(|| at.max(now - Duration::days(10)))
                ),
                origin_practice_id: Set(Some(published.practice)),
                ..Default::default()
            },
            db,
        )
        .await?;
    scope
        .insert(
            adoption::ActiveModel {
                practice_id: Set(published.practice),
                project_id: Set(project.id),
                adopted_at: Set(at),
                ..Default::default()
            },
            db,
        )
        .await?;
    Ok(())
}
