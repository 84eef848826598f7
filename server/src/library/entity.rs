//! What the library holds: practices, their texts, and their adoptions.

pub mod practice {
    use sea_orm::entity::prelude::*;

    use crate::ids::ProposalId;

    #[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
    #[sea_orm(table_name = "practices")]
    pub struct Model {
        #[sea_orm(primary_key)]
        pub id: i32,
        /// The city that published it.
        pub tenant_id: i32,
        pub proposal_id: ProposalId,
        pub network_category: crate::organisation::category::NetworkCategory,
        /// `awarded` or `implemented`.
        pub status: String,
        pub budget_cents: i64,
        /// JSON of `[projects::Outcome]`.
        pub outcomes: String,
        pub original_locale: String,
        pub published_at: DateTimeUtc,
    }

    #[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
    pub enum Relation {}

    impl ActiveModelBehavior for ActiveModel {}

    crate::tenancy::tenant_owned!(Entity);
}

pub mod text {
    use sea_orm::entity::prelude::*;

    /// A practice's title and summary in one language.
    #[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
    #[sea_orm(table_name = "practice_texts")]
    pub struct Model {
        #[sea_orm(primary_key)]
        pub id: i32,
        pub tenant_id: i32,
        pub practice_id: i32,
        pub locale: String,
        pub title: String,
        pub summary: String,
    }

    #[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
    pub enum Relation {}

    impl ActiveModelBehavior for ActiveModel {}

    crate::tenancy::tenant_owned!(Entity);
}

pub mod adoption {
    use sea_orm::entity::prelude::*;

    /// A city took a practice up: it became a project there. It names the
    /// city, never the person who clicked: the origin city and the network
    /// see it, and no person's name leaves its city.
    #[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
    #[sea_orm(table_name = "adoptions")]
    pub struct Model {
        #[sea_orm(primary_key)]
        pub id: i32,
        pub practice_id: i32,
        /// The adopting city.
        pub tenant_id: i32,
        pub project_id: i32,
        pub adopted_at: DateTimeUtc,
    }

    #[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
    pub enum Relation {}

    impl ActiveModelBehavior for ActiveModel {}

    crate::tenancy::tenant_owned!(Entity);
}
