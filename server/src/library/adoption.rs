//! An adoption: a city took a practice of the library up as a project.

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
