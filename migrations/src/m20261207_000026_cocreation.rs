//! Challenge-led co-creation (TO-HOME) beside the open call for ideas, and
//! calls that start from another call (a new edition, a network template).
//!
//! A co-creation call keeps the call's phases; its open phase has three
//! stages by date (challenges until `challenges_close_at`, co-creation
//! until `cocreation_close_at`, development until the deadline). A team is
//! a proposal of the call tied to one selected challenge: its members,
//! draft, submission and review are the proposal's, so everything built
//! for proposals serves teams too. Columns added to existing tables carry
//! no foreign key (SQLite cannot add one); their services check them.

use sea_orm_migration::{prelude::*, schema::*};

use crate::tenant_keys::{same_tenant_fk, tenant_fk, tenant_id_key};

#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(DeriveIden, Clone, Copy)]
enum Calls {
    Table,
    /// `ideas` or `cocreation`.
    Kind,
    ChallengesCloseAt,
    CocreationCloseAt,
    MinTeamSize,
    /// Distinct divisions a co-creation team must span.
    MinTeamDivisions,
    /// Any eligible employee may propose a challenge, not only division heads.
    ChallengesOpenToAll,
    /// The call this one was started from (any city's).
    OriginCallId,
    /// Offered to the network as a template.
    TemplatePublishedAt,
}

#[derive(DeriveIden, Clone, Copy)]
enum Proposals {
    Table,
    ChallengeId,
    /// The solution seen from its end users.
    EndUsers,
    Partners,
    Pilot,
    Indicators,
}

#[derive(DeriveIden, Clone, Copy)]
enum Challenges {
    Table,
    Id,
    TenantId,
    CallId,
    ProposedBy,
    Locale,
    Title,
    Problem,
    WhoSuffers,
    EndUsers,
    Evidence,
    /// `proposed`, `selected`, `declined`, `merged`.
    Status,
    MergedInto,
    CreatedAt,
    DecidedAt,
}

#[derive(DeriveIden, Clone, Copy)]
enum ChallengeTexts {
    Table,
    Id,
    TenantId,
    ChallengeId,
    Locale,
    Title,
    Problem,
}

#[derive(DeriveIden, Clone, Copy)]
enum ChallengeDivisions {
    Table,
    Id,
    TenantId,
    ChallengeId,
    DivisionId,
}

#[derive(DeriveIden, Clone, Copy)]
enum TeamOffers {
    Table,
    Id,
    TenantId,
    ChallengeId,
    UserId,
    Message,
    CreatedAt,
}

#[derive(DeriveIden, Clone, Copy)]
enum TeamStakeholders {
    Table,
    Id,
    TenantId,
    ProposalId,
    Organisation,
    Contact,
    Contribution,
    CreatedAt,
}

#[derive(DeriveIden, Clone, Copy)]
enum TeamWorkshops {
    Table,
    Id,
    TenantId,
    ProposalId,
    HeldOn,
    Title,
    Summary,
    /// JSON array of the people (ids) who attended.
    Attendees,
    /// JSON array of the stakeholders (ids) who attended.
    Stakeholders,
    CreatedBy,
    CreatedAt,
}

#[derive(DeriveIden, Clone, Copy)]
enum TeamNotes {
    Table,
    Id,
    TenantId,
    ProposalId,
    AuthorId,
    Body,
    CreatedAt,
}

#[derive(DeriveIden, Clone, Copy)]
enum Users {
    Table,
}

#[derive(DeriveIden, Clone, Copy)]
enum Divisions {
    Table,
}

async fn add(
    manager: &SchemaManager<'_>,
    table: impl IntoIden,
    column: ColumnDef,
) -> Result<(), DbErr> {
    manager
        .alter_table(Table::alter().table(table).add_column(column).to_owned())
        .await
}

async fn index(
    manager: &SchemaManager<'_>,
    name: &str,
    table: impl IntoIden,
    columns: &[Alias],
) -> Result<(), DbErr> {
    let mut index = Index::create();
    index.name(name).table(table);
    for column in columns {
        index.col(column.clone());
    }
    manager.create_index(index.to_owned()).await
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        add(
            manager,
            Calls::Table,
            string_len(Calls::Kind, 16).default("ideas").to_owned(),
        )
        .await?;
        add(
            manager,
            Calls::Table,
            timestamp_with_time_zone_null(Calls::ChallengesCloseAt),
        )
        .await?;
        add(
            manager,
            Calls::Table,
            timestamp_with_time_zone_null(Calls::CocreationCloseAt),
        )
        .await?;
        add(
            manager,
            Calls::Table,
            integer(Calls::MinTeamSize).default(1).to_owned(),
        )
        .await?;
        add(
            manager,
            Calls::Table,
            integer(Calls::MinTeamDivisions).default(0).to_owned(),
        )
        .await?;
        add(
            manager,
            Calls::Table,
            boolean(Calls::ChallengesOpenToAll)
                .default(false)
                .to_owned(),
        )
        .await?;
        add(manager, Calls::Table, integer_null(Calls::OriginCallId)).await?;
        add(
            manager,
            Calls::Table,
            timestamp_with_time_zone_null(Calls::TemplatePublishedAt),
        )
        .await?;

        add(
            manager,
            Proposals::Table,
            integer_null(Proposals::ChallengeId),
        )
        .await?;
        for column in [
            Proposals::EndUsers,
            Proposals::Partners,
            Proposals::Pilot,
            Proposals::Indicators,
        ] {
            add(
                manager,
                Proposals::Table,
                text(column).default("").to_owned(),
            )
            .await?;
        }
        index(
            manager,
            "ix_proposals_challenge",
            Proposals::Table,
            &[Alias::new("tenant_id"), Alias::new("challenge_id")],
        )
        .await?;

        manager
            .create_table(
                Table::create()
                    .table(Challenges::Table)
                    .col(pk_auto(Challenges::Id))
                    .col(integer(Challenges::TenantId))
                    .col(integer(Challenges::CallId))
                    .col(integer_null(Challenges::ProposedBy))
                    .col(string_len(Challenges::Locale, 8))
                    .col(text(Challenges::Title))
                    .col(text(Challenges::Problem))
                    .col(text(Challenges::WhoSuffers))
                    .col(text(Challenges::EndUsers))
                    .col(text(Challenges::Evidence))
                    .col(string_len(Challenges::Status, 16))
                    .col(integer_null(Challenges::MergedInto))
                    .col(timestamp_with_time_zone(Challenges::CreatedAt))
                    .col(timestamp_with_time_zone_null(Challenges::DecidedAt))
                    .foreign_key(&mut tenant_fk(Challenges::Table, "fk_challenges_tenant"))
                    .foreign_key(&mut same_tenant_fk(
                        Challenges::Table,
                        Challenges::CallId,
                        Calls::Table,
                        "fk_challenges_call",
                    ))
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(tenant_id_key(Challenges::Table, "uq_challenges_tenant_id"))
            .await?;
        index(
            manager,
            "ix_challenges_call",
            Challenges::Table,
            &[Alias::new("tenant_id"), Alias::new("call_id")],
        )
        .await?;

        manager
            .create_table(
                Table::create()
                    .table(ChallengeTexts::Table)
                    .col(pk_auto(ChallengeTexts::Id))
                    .col(integer(ChallengeTexts::TenantId))
                    .col(integer(ChallengeTexts::ChallengeId))
                    .col(string_len(ChallengeTexts::Locale, 8))
                    .col(text(ChallengeTexts::Title))
                    .col(text(ChallengeTexts::Problem))
                    .foreign_key(&mut tenant_fk(
                        ChallengeTexts::Table,
                        "fk_challenge_texts_tenant",
                    ))
                    .foreign_key(&mut same_tenant_fk(
                        ChallengeTexts::Table,
                        ChallengeTexts::ChallengeId,
                        Challenges::Table,
                        "fk_challenge_texts_challenge",
                    ))
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("uq_challenge_texts_locale")
                    .table(ChallengeTexts::Table)
                    .col(ChallengeTexts::ChallengeId)
                    .col(ChallengeTexts::Locale)
                    .unique()
                    .to_owned(),
            )
            .await?;

        manager
            .create_table(
                Table::create()
                    .table(ChallengeDivisions::Table)
                    .col(pk_auto(ChallengeDivisions::Id))
                    .col(integer(ChallengeDivisions::TenantId))
                    .col(integer(ChallengeDivisions::ChallengeId))
                    .col(integer(ChallengeDivisions::DivisionId))
                    .foreign_key(&mut tenant_fk(
                        ChallengeDivisions::Table,
                        "fk_challenge_divisions_tenant",
                    ))
                    .foreign_key(&mut same_tenant_fk(
                        ChallengeDivisions::Table,
                        ChallengeDivisions::ChallengeId,
                        Challenges::Table,
                        "fk_challenge_divisions_challenge",
                    ))
                    .foreign_key(&mut same_tenant_fk(
                        ChallengeDivisions::Table,
                        ChallengeDivisions::DivisionId,
                        Divisions::Table,
                        "fk_challenge_divisions_division",
                    ))
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("uq_challenge_divisions")
                    .table(ChallengeDivisions::Table)
                    .col(ChallengeDivisions::ChallengeId)
                    .col(ChallengeDivisions::DivisionId)
                    .unique()
                    .to_owned(),
            )
            .await?;

        manager
            .create_table(
                Table::create()
                    .table(TeamOffers::Table)
                    .col(pk_auto(TeamOffers::Id))
                    .col(integer(TeamOffers::TenantId))
                    .col(integer(TeamOffers::ChallengeId))
                    .col(integer(TeamOffers::UserId))
                    .col(text(TeamOffers::Message))
                    .col(timestamp_with_time_zone(TeamOffers::CreatedAt))
                    .foreign_key(&mut tenant_fk(TeamOffers::Table, "fk_team_offers_tenant"))
                    .foreign_key(&mut same_tenant_fk(
                        TeamOffers::Table,
                        TeamOffers::ChallengeId,
                        Challenges::Table,
                        "fk_team_offers_challenge",
                    ))
                    .foreign_key(&mut same_tenant_fk(
                        TeamOffers::Table,
                        TeamOffers::UserId,
                        Users::Table,
                        "fk_team_offers_user",
                    ))
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("uq_team_offers_person")
                    .table(TeamOffers::Table)
                    .col(TeamOffers::ChallengeId)
                    .col(TeamOffers::UserId)
                    .unique()
                    .to_owned(),
            )
            .await?;

        manager
            .create_table(
                Table::create()
                    .table(TeamStakeholders::Table)
                    .col(pk_auto(TeamStakeholders::Id))
                    .col(integer(TeamStakeholders::TenantId))
                    .col(integer(TeamStakeholders::ProposalId))
                    .col(text(TeamStakeholders::Organisation))
                    .col(text(TeamStakeholders::Contact))
                    .col(text(TeamStakeholders::Contribution))
                    .col(timestamp_with_time_zone(TeamStakeholders::CreatedAt))
                    .foreign_key(&mut tenant_fk(
                        TeamStakeholders::Table,
                        "fk_team_stakeholders_tenant",
                    ))
                    .foreign_key(&mut same_tenant_fk(
                        TeamStakeholders::Table,
                        TeamStakeholders::ProposalId,
                        Alias::new("proposals"),
                        "fk_team_stakeholders_proposal",
                    ))
                    .to_owned(),
            )
            .await?;
        index(
            manager,
            "ix_team_stakeholders_proposal",
            TeamStakeholders::Table,
            &[Alias::new("tenant_id"), Alias::new("proposal_id")],
        )
        .await?;

        manager
            .create_table(
                Table::create()
                    .table(TeamWorkshops::Table)
                    .col(pk_auto(TeamWorkshops::Id))
                    .col(integer(TeamWorkshops::TenantId))
                    .col(integer(TeamWorkshops::ProposalId))
                    .col(date(TeamWorkshops::HeldOn))
                    .col(text(TeamWorkshops::Title))
                    .col(text(TeamWorkshops::Summary))
                    .col(text(TeamWorkshops::Attendees))
                    .col(text(TeamWorkshops::Stakeholders))
                    .col(integer_null(TeamWorkshops::CreatedBy))
                    .col(timestamp_with_time_zone(TeamWorkshops::CreatedAt))
                    .foreign_key(&mut tenant_fk(
                        TeamWorkshops::Table,
                        "fk_team_workshops_tenant",
                    ))
                    .foreign_key(&mut same_tenant_fk(
                        TeamWorkshops::Table,
                        TeamWorkshops::ProposalId,
                        Alias::new("proposals"),
                        "fk_team_workshops_proposal",
                    ))
                    .to_owned(),
            )
            .await?;
        index(
            manager,
            "ix_team_workshops_proposal",
            TeamWorkshops::Table,
            &[Alias::new("tenant_id"), Alias::new("proposal_id")],
        )
        .await?;

        manager
            .create_table(
                Table::create()
                    .table(TeamNotes::Table)
                    .col(pk_auto(TeamNotes::Id))
                    .col(integer(TeamNotes::TenantId))
                    .col(integer(TeamNotes::ProposalId))
                    .col(integer_null(TeamNotes::AuthorId))
                    .col(text(TeamNotes::Body))
                    .col(timestamp_with_time_zone(TeamNotes::CreatedAt))
                    .foreign_key(&mut tenant_fk(TeamNotes::Table, "fk_team_notes_tenant"))
                    .foreign_key(&mut same_tenant_fk(
                        TeamNotes::Table,
                        TeamNotes::ProposalId,
                        Alias::new("proposals"),
                        "fk_team_notes_proposal",
                    ))
                    .to_owned(),
            )
            .await?;
        index(
            manager,
            "ix_team_notes_proposal",
            TeamNotes::Table,
            &[Alias::new("tenant_id"), Alias::new("proposal_id")],
        )
        .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        for table in [
            Alias::new("team_notes"),
            Alias::new("team_workshops"),
            Alias::new("team_stakeholders"),
            Alias::new("team_offers"),
            Alias::new("challenge_divisions"),
            Alias::new("challenge_texts"),
            Alias::new("challenges"),
        ] {
            manager
                .drop_table(Table::drop().table(table).to_owned())
                .await?;
        }
        Ok(())
    }
}
