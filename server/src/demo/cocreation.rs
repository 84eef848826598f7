//! The demo's challenge-led co-creation calls: Turin's modelled on TO-HOME
//! (2017: housing, employment and social care working on eviction with
//! action researchers of a university), in its development stage, and
//! Rotterdam's in its co-creation stage, a team still forming.
//!
//! The shape follows TO-HOME; every person, text and date here is
//! invented for the demo (the sites say so), dated around the seeding
//! moment.

use chrono::{DateTime, Duration, Utc};
use sea_orm::{ActiveValue::Set, ColumnTrait, ConnectionTrait, QueryFilter};

use super::seed::{DEMO_ISSUER, DemoError};
use crate::ids::{CallId, ChallengeId, PersonId, ProposalId};
use crate::{
    auth::local::LOCAL_ISSUER,
    calls::{self, Eligibility, Kind, Phase, text as call_text},
    challenges::{self, division_link, text as challenge_text},
    i18n::Lang,
    organisation::division,
    people::{Role, role, user},
    proposals::{self, Status, member},
    teams::{note, offer, stakeholder, workshop},
    tenancy::TenantId,
};

/// A challenge as seeded: (language, title, problem) in each of the
/// city's languages, the first being the one it was written in.
type Texts = &'static [(Lang, &'static str, &'static str)];

/// One co-creation call of the demo.
struct Spec {
    slug: &'static str,
    /// (language, title, description)
    texts: &'static [(Lang, &'static str, &'static str)],
    /// Days from the seeding moment: opens, challenges close, co-creation
    /// closes, deadline, results.
    days: [i64; 5],
    min_team_size: i32,
    min_team_divisions: i32,
    /// The divisions the call is about: (code, name), created if missing.
    divisions: &'static [(&'static str, &'static str)],
    /// Selected challenges, each with its divisions (indexes of
    /// `divisions`); the first is the one a team works on.
    challenges: &'static [(Texts, &'static [usize])],
    /// The facilitator: (subject suffix, name, e-mail).
    facilitator: (&'static str, &'static str, &'static str),
    /// The team's members: (name, division index), the lead first.
    members: &'static [(&'static str, usize)],
    /// The team's draft: title, summary, problem, solution, resources,
    /// then the plan (end users, partners, pilot, indicators).
    draft: [&'static str; 9],
    /// (organisation, contact, contribution)
    stakeholders: &'static [(&'static str, &'static str, &'static str)],
    /// (days from the seeding moment, title, summary)
    workshops: &'static [(i64, &'static str, &'static str)],
    /// (author: the facilitator or the team's lead, text)
    notes: &'static [(bool, &'static str)],
    /// An employee offering themselves to the first challenge: (name,
    /// division index, message).
    offer: Option<(&'static str, usize, &'static str)>,
    template: bool,
}

const TURIN: Spec = Spec {
    slug: "turin",
    texts: &[
        (
            Lang::It,
            "TO-HOME: servizi integrati contro l'emergenza abitativa (demo)",
            "Bando di co-creazione a partire dalle sfide, sul modello di TO-HOME (2017): dipendenti dei settori casa, lavoro e servizi sociali definiscono le sfide locali, co-creano soluzioni con i ricercatori dell'università e le sviluppano in un piano da sperimentare. Persone e testi sono inventati per la demo.",
        ),
        (
            Lang::En,
            "TO-HOME: integrated services against housing emergencies (demo)",
            "A challenge-led co-creation call modelled on TO-HOME (2017): employees of housing, employment and social care define the local challenges, co-create solutions with the university's action researchers and develop them into a plan to pilot. People and texts are invented for the demo.",
        ),
    ],
    days: [-75, -50, -10, 30, 75],
    min_team_size: 3,
    min_team_divisions: 3,
    divisions: &[
        ("CAS", "Divisione Politiche per la Casa"),
        ("LAF", "Divisione Lavoro e Formazione Professionale"),
        ("SOC", "Divisione Servizi Sociali"),
    ],
    challenges: &[
        (
            &[
                (
                    Lang::It,
                    "Prevenire gli sfratti delle famiglie vulnerabili",
                    "Le famiglie a rischio di sfratto passano da uno sportello all'altro: casa, lavoro e servizi sociali le seguono ciascuno per conto proprio e intervengono quando lo sfratto è già esecutivo.",
                ),
                (
                    Lang::En,
                    "Preventing the eviction of vulnerable households",
                    "Households at risk of eviction go from one office to the next: housing, employment and social care each follow them on their own and step in when the eviction is already enforceable.",
                ),
            ],
            &[0, 1, 2],
        ),
        (
            &[
                (
                    Lang::It,
                    "Un solo punto di accesso per chi perde il lavoro e la casa",
                    "Chi perde il lavoro e rischia la casa deve raccontare la propria storia a tre uffici diversi.",
                ),
                (
                    Lang::En,
                    "One point of access for people losing their job and their home",
                    "People who lose their job and risk losing their home must tell their story to three different offices.",
                ),
            ],
            &[1, 2],
        ),
    ],
    facilitator: (
        "facilitator",
        "Giulia Ferraris",
        "giulia.ferraris@university.example",
    ),
    members: &[
        ("Chiara Bonetti", 0),
        ("Davide Marchetti", 1),
        ("Elena Rinaldi", 2),
    ],
    draft: [
        "Sportello integrato TO-HOME per la prevenzione degli sfratti",
        "Un gruppo di operatori di casa, lavoro e servizi sociali prende in carico insieme le famiglie a rischio di sfratto, dalla prima morosità.",
        "Oggi casa, lavoro e servizi sociali seguono la stessa famiglia ciascuno per conto proprio: si interviene tardi, quando lo sfratto è già esecutivo, e la famiglia racconta la sua storia tre volte.",
        "Un'unica presa in carico: alla prima segnalazione di morosità un operatore per settore incontra la famiglia insieme, concorda un piano (sostegno all'affitto, ricerca di lavoro, accompagnamento sociale) e lo segue fino alla fine.",
        "Tre operatori a tempo parziale per sei mesi; una sala per i colloqui in ciascuna circoscrizione; il fondo comunale per la morosità incolpevole.",
        "Famiglie con morosità incolpevole segnalate dal tribunale o dai proprietari: vogliono essere ascoltate una volta sola e sapere chi le segue.",
        "Associazione inquilini del quartiere; rete cittadina per l'abitare sociale; tribunale (sezione sfratti).",
        "Sei mesi in due circoscrizioni, con un operatore per settore e una riunione settimanale sui casi.",
        "Sfratti eseguiti tra le famiglie seguite; giorni dalla segnalazione alla presa in carico; famiglie con un reddito da lavoro dopo sei mesi.",
    ],
    stakeholders: &[
        (
            "Associazione Inquilini Torino Nord (demo)",
            "sportello@inquilini.example",
            "Segnala le famiglie in difficoltà e partecipa ai laboratori.",
        ),
        (
            "Rete per l'abitare sociale (demo)",
            "rete@abitare.example",
            "Mette a disposizione alloggi temporanei per il progetto pilota.",
        ),
    ],
    workshops: &[
        (
            -35,
            "Laboratorio 1: il percorso di una famiglia sfrattata",
            "Mappa del percorso dal punto di vista della famiglia: dodici passaggi, tre uffici, nessuno che ne abbia la visione d'insieme.",
        ),
        (
            -18,
            "Laboratorio 2: prototipo dello sportello integrato",
            "Prova del colloquio congiunto con l'associazione inquilini; si decide di partire dalla prima morosità.",
        ),
    ],
    notes: &[
        (
            true,
            "Dal secondo laboratorio: il colloquio congiunto funziona se un solo operatore resta il riferimento della famiglia. Da scrivere nel piano.",
        ),
        (
            false,
            "Indicatori da concordare con la Divisione Servizi Sociali entro la scadenza.",
        ),
    ],
    offer: None,
    template: true,
};

const ROTTERDAM: Spec = Spec {
    slug: "rotterdam",
    texts: &[
        (
            Lang::Nl,
            "Samen oplossen: uitdagingen van de stad (demo)",
            "Een co-creatieoproep rond uitdagingen: afdelingen brachten uitdagingen in, teams uit verschillende afdelingen werken er nu samen aan met een begeleider. Personen en teksten zijn verzonnen voor de demo.",
        ),
        (
            Lang::En,
            "Solving together: the city's challenges (demo)",
            "A challenge-led co-creation call: divisions proposed challenges, and teams from different divisions now work on them with a facilitator. People and texts are invented for the demo.",
        ),
    ],
    days: [-40, -10, 20, 60, 95],
    min_team_size: 2,
    min_team_divisions: 2,
    divisions: &[
        ("MO", "Maatschappelijke Ontwikkeling"),
        ("DS", "Dienstverlening"),
        ("SO", "Stadsontwikkeling"),
    ],
    challenges: &[
        (
            &[
                (
                    Lang::Nl,
                    "Schulden vroeg signaleren",
                    "Bewoners met betalingsachterstanden melden zich pas als de schuld al groot is; signalen van verschillende afdelingen worden niet samengebracht.",
                ),
                (
                    Lang::En,
                    "Spotting debts early",
                    "Residents in arrears come forward only once the debt is large; signals from different divisions are not brought together.",
                ),
            ],
            &[0, 1],
        ),
        (
            &[
                (
                    Lang::Nl,
                    "Eenzaamheid onder ouderen in nieuwbouwwijken",
                    "In nieuwe wijken ontbreken ontmoetingsplekken en kennen ouderen hun buren niet.",
                ),
                (
                    Lang::En,
                    "Loneliness among older people in new neighbourhoods",
                    "New neighbourhoods lack places to meet, and older residents do not know their neighbours.",
                ),
            ],
            &[0, 2],
        ),
        (
            &[
                (
                    Lang::Nl,
                    "Eén loket voor ondernemers in de wijk",
                    "Kleine ondernemers moeten voor vergunningen, subsidies en advies bij verschillende afdelingen aankloppen.",
                ),
                (
                    Lang::En,
                    "One desk for neighbourhood entrepreneurs",
                    "Small businesses must knock on different divisions' doors for permits, grants and advice.",
                ),
            ],
            &[1, 2],
        ),
    ],
    facilitator: (
        "facilitator",
        "Sanne de Wit",
        "sanne.dewit@hogeschool.example",
    ),
    members: &[("Lotte Visser", 0), ("Bram Jansen", 1)],
    draft: [
        "Vroegsignalering van schulden",
        "Signalen van achterstanden bij huur, energie en gemeentelijke belastingen komen samen bij één team.",
        "",
        "",
        "",
        "",
        "",
        "",
        "",
    ],
    stakeholders: &[],
    workshops: &[],
    notes: &[],
    offer: Some((
        "Noor El Amrani",
        2,
        "Ik werk bij Stadsontwikkeling en ken de woningcorporaties; ik help graag bij de signalen over huurachterstand.",
    )),
    template: false,
};

/// Seeds the demo's co-creation calls, after the cities' other calls.
/// Returns the employees it made, who get the employee role with the
/// others.
pub async fn seed<C: ConnectionTrait>(
    db: &C,
    slug: &str,
    scope: TenantId,
    now: DateTime<Utc>,
) -> Result<Vec<PersonId>, DemoError> {
    let mut made = Vec::new();
    for spec in [&TURIN, &ROTTERDAM].into_iter().filter(|s| s.slug == slug) {
        seed_call(db, spec, scope, now, &mut made).await?;
    }
    Ok(made)
}

async fn seed_call<C: ConnectionTrait>(
    db: &C,
    spec: &Spec,
    scope: TenantId,
    now: DateTime<Utc>,
    made: &mut Vec<PersonId>,
) -> Result<(), DemoError> {
    let day = |n: i64| now + Duration::days(n);
    let [opens, challenges_close, cocreation_close, deadline, results] = spec.days.map(day);
    let call = scope
        .insert(
            calls::ActiveModel {
                phase: Set(Phase::Open),
                kind: Set(Kind::Cocreation),
                opens_at: Set(opens),
                challenges_close_at: Set(Some(challenges_close)),
                cocreation_close_at: Set(Some(cocreation_close)),
                submissions_close_at: Set(deadline),
                results_at: Set(results),
                max_team_size: Set(8),
                min_team_size: Set(spec.min_team_size),
                min_team_divisions: Set(spec.min_team_divisions),
                eligibility: Set(Eligibility::Everyone.to_stored()),
                reviews_per_proposal: Set(3),
                budget_cents: Set(0),
                authors_public_after_results: Set(true),
                eligible_headcount: Set(600),
                awards_planned: Set(1),
                created_at: Set(opens - Duration::days(14)),
                criteria: Set("[]".into()),
                awards: Set("[]".into()),
                template_published_at: Set(spec.template.then_some(opens)),
                ..Default::default()
            },
            db,
        )
        .await?;
    scope
        .insert_many(
            spec.texts
                .iter()
                .map(|(lang, title, description)| call_text::ActiveModel {
                    call_id: Set(call.id),
                    locale: Set(lang.code().into()),
                    title: Set((*title).into()),
                    description: Set((*description).into()),
                    ..Default::default()
                }),
            db,
        )
        .await?;
    let mut divisions = Vec::new();
    for (code, name) in spec.divisions {
        divisions.push(division_of(db, scope, code, name).await?);
    }
    let mut challenge_ids = Vec::new();
    for (texts, concerned) in spec.challenges {
        challenge_ids.push(
            seed_challenge(
                db,
                scope,
                call.id,
                texts,
                concerned,
                &divisions,
                challenges_close,
            )
            .await?,
        );
    }
    let first = challenge_ids
        .first()
        .copied()
        .ok_or_else(|| DemoError::Inconsistent(format!("{}: no challenge", spec.slug)))?;

    // The facilitator: from outside the city, with the role for this call
    // only.
    let (suffix, name, email) = spec.facilitator;
    let facilitator = scope
        .insert(
            user::ActiveModel {
                issuer: Set(LOCAL_ISSUER.into()),
                subject: Set(format!("{}-expert-{suffix}", spec.slug)),
                email: Set(email.into()),
                display_name: Set(name.into()),
                division_id: Set(None),
                grade: Set(None),
                locale: Set(None),
                active: Set(true),
                created_at: Set(opens),
                ..Default::default()
            },
            db,
        )
        .await?
        .id;
    scope
        .insert(
            role::ActiveModel {
                user_id: Set(facilitator),
                role: Set(Role::Facilitator),
                call_id: Set(Some(call.id)),
                created_at: Set(opens),
                ..Default::default()
            },
            db,
        )
        .await?;

    // The team: a draft proposal on the first challenge.
    let [
        title,
        summary,
        problem,
        solution,
        resources,
        end_users,
        partners,
        pilot,
        indicators,
    ] = spec.draft;
    let team = scope
        .insert(
            proposals::ActiveModel {
                call_id: Set(call.id),
                challenge_id: Set(Some(first)),
                category_id: Set(None),
                locale: Set(spec.texts[0].0.code().into()),
                title: Set(title.into()),
                summary: Set(summary.into()),
                problem: Set(problem.into()),
                solution: Set(solution.into()),
                benefits: Set(String::new()),
                resources: Set(resources.into()),
                end_users: Set(end_users.into()),
                partners: Set(partners.into()),
                pilot: Set(pilot.into()),
                indicators: Set(indicators.into()),
                status: Set(Status::Draft),
                submitted_at: Set(None),
                created_at: Set(challenges_close + Duration::days(2)),
                updated_at: Set(now.min(cocreation_close + Duration::days(5))),
                ..Default::default()
            },
            db,
        )
        .await?;
    let mut members = Vec::new();
    for (seat, (name, division)) in spec.members.iter().enumerate() {
        let person = employee(db, scope, spec.slug, made, name, divisions[*division]).await?;
        scope
            .insert(
                member::ActiveModel {
                    proposal_id: Set(team.id),
                    user_id: Set(Some(person)),
                    role: Set(if seat == 0 {
                        member::MemberRole::Lead
                    } else {
                        member::MemberRole::CoAuthor
                    }),
                    status: Set(member::MemberStatus::Accepted),
                    ..Default::default()
                },
                db,
            )
            .await?;
        members.push(person);
    }
    let mut stakeholder_ids = Vec::new();
    for (organisation, contact, contribution) in spec.stakeholders {
        let row = scope
            .insert(
                stakeholder::ActiveModel {
                    proposal_id: Set(team.id),
                    organisation: Set((*organisation).into()),
                    contact: Set((*contact).into()),
                    contribution: Set((*contribution).into()),
                    created_at: Set(challenges_close + Duration::days(5)),
                    ..Default::default()
                },
                db,
            )
            .await?;
        stakeholder_ids.push(row.id);
    }
    seed_workshops(
        db,
        scope,
        spec,
        team.id,
        &members,
        facilitator,
        &stakeholder_ids,
        now,
    )
    .await?;
    if let Some((name, division, message)) = spec.offer {
        let person = employee(db, scope, spec.slug, made, name, divisions[division]).await?;
        scope
            .insert(
                offer::ActiveModel {
                    challenge_id: Set(first),
                    user_id: Set(person),
                    message: Set(message.into()),
                    created_at: Set(now - Duration::days(2)),
                    ..Default::default()
                },
                db,
            )
            .await?;
    }
    Ok(())
}

/// The city's division with this code, made if the city has none.
async fn division_of<C: ConnectionTrait>(
    db: &C,
    scope: TenantId,
    code: &str,
    name: &str,
) -> Result<i32, DemoError> {
    if let Some(found) = scope
        .find::<division::Entity>()
        .filter(division::Column::Code.eq(code))
        .one(db)
        .await?
    {
        return Ok(found.id);
    }
    let row = scope
        .insert(
            division::ActiveModel {
                code: Set(code.into()),
                name: Set(name.into()),
                ..Default::default()
            },
            db,
        )
        .await?;
    Ok(row.id)
}

/// A selected challenge with its translations and divisions.
async fn seed_challenge<C: ConnectionTrait>(
    db: &C,
    scope: TenantId,
    call: CallId,
    texts: Texts,
    concerned: &[usize],
    divisions: &[i32],
    decided: DateTime<Utc>,
) -> Result<ChallengeId, DemoError> {
    let (lang, title, problem) = texts[0];
    let challenge = scope
        .insert(
            challenges::ActiveModel {
                call_id: Set(call),
                proposed_by: Set(None),
                locale: Set(lang.code().into()),
                title: Set(title.into()),
                problem: Set(problem.into()),
                who_suffers: Set(problem.into()),
                end_users: Set(String::new()),
                evidence: Set(String::new()),
                status: Set(challenges::Status::Selected),
                merged_into: Set(None),
                created_at: Set(decided - Duration::days(15)),
                decided_at: Set(Some(decided)),
                ..Default::default()
            },
            db,
        )
        .await?;
    scope
        .insert_many(
            texts
                .iter()
                .map(|(lang, title, problem)| challenge_text::ActiveModel {
                    challenge_id: Set(challenge.id),
                    locale: Set(lang.code().into()),
                    title: Set((*title).into()),
                    problem: Set((*problem).into()),
                    ..Default::default()
                }),
            db,
        )
        .await?;
    scope
        .insert_many(
            concerned.iter().map(|k| division_link::ActiveModel {
                challenge_id: Set(challenge.id),
                division_id: Set(divisions[*k]),
                ..Default::default()
            }),
            db,
        )
        .await?;
    Ok(challenge.id)
}

/// An employee of the call's story, in a division.
async fn employee<C: ConnectionTrait>(
    db: &C,
    scope: TenantId,
    slug: &str,
    made: &mut Vec<PersonId>,
    name: &str,
    division: i32,
) -> Result<PersonId, DemoError> {
    let n = made.len();
    let local: String = name
        .to_lowercase()
        .chars()
        .map(|c| if c.is_ascii_alphanumeric() { c } else { '.' })
        .collect();
    let row = scope
        .insert(
            user::ActiveModel {
                issuer: Set(DEMO_ISSUER.into()),
                subject: Set(format!("{slug}-co-{n}")),
                email: Set(format!("{local}@{slug}.demo.example")),
                display_name: Set(name.into()),
                division_id: Set(Some(division)),
                grade: Set(None),
                locale: Set(None),
                active: Set(true),
                created_at: Set(Utc::now()),
                ..Default::default()
            },
            db,
        )
        .await?;
    made.push(row.id);
    Ok(row.id)
}

/// The team's workshops (everyone attended, with the organisations) and
/// notes (the facilitator's, then the lead's).
#[allow(clippy::too_many_arguments)]
async fn seed_workshops<C: ConnectionTrait>(
    db: &C,
    scope: TenantId,
    spec: &Spec,
    team: ProposalId,
    members: &[PersonId],
    facilitator: PersonId,
    stakeholders: &[i32],
    now: DateTime<Utc>,
) -> Result<(), DemoError> {
    let ids = |list: &mut dyn Iterator<Item = i32>| {
        format!(
            "[{}]",
            list.map(|i| i.to_string()).collect::<Vec<_>>().join(",")
        )
    };
    let lead = members.first().copied();
    for (days, title, summary) in spec.workshops {
        let held = now + Duration::days(*days);
        let attendees = ids(&mut members.iter().chain([&facilitator]).map(|p| p.get()));
        scope
            .insert(
                workshop::ActiveModel {
                    proposal_id: Set(team),
                    held_on: Set(held.date_naive()),
                    title: Set((*title).into()),
                    summary: Set((*summary).into()),
                    attendees: Set(attendees),
                    stakeholders: Set(ids(&mut stakeholders.iter().copied())),
                    created_by: Set(Some(facilitator)),
                    created_at: Set(held),
                    ..Default::default()
                },
                db,
            )
            .await?;
    }
    for (k, (by_facilitator, body)) in spec.notes.iter().enumerate() {
        scope
            .insert(
                note::ActiveModel {
                    proposal_id: Set(team),
                    author_id: Set(if *by_facilitator {
                        Some(facilitator)
                    } else {
                        lead
                    }),
                    body: Set((*body).into()),
                    created_at: Set(now - Duration::days(15 - k as i64 * 5)),
                    ..Default::default()
                },
                db,
            )
            .await?;
    }
    Ok(())
}
