//! Roles a user holds in their tenant. Operator and coordinator reach beyond
//! the tenant (platform and network); juror is held for one call.

use sea_orm::entity::prelude::*;

use crate::ids::{CallId, PersonId};

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, EnumIter, DeriveActiveEnum)]
#[sea_orm(rs_type = "String", db_type = "String(StringLen::N(16))")]
pub enum Role {
    #[sea_orm(string_value = "operator")]
    Operator,
    #[sea_orm(string_value = "coordinator")]
    Coordinator,
    #[sea_orm(string_value = "tenant_admin")]
    TenantAdmin,
    #[sea_orm(string_value = "juror")]
    Juror,
    #[sea_orm(string_value = "mentor")]
    Mentor,
    /// An outside person who supports every team of one co-creation call
    /// (held for that call, like a juror's role).
    #[sea_orm(string_value = "facilitator")]
    Facilitator,
    #[sea_orm(string_value = "employee")]
    Employee,
}

impl Role {
    /// The Fluent id of the role's name.
    pub fn message_id(self) -> &'static str {
        match self {
            Role::Operator => "role-operator",
            Role::Coordinator => "role-coordinator",
            Role::TenantAdmin => "role-tenant-admin",
            Role::Juror => "role-juror",
            Role::Mentor => "role-mentor",
            Role::Facilitator => "role-facilitator",
            Role::Employee => "role-employee",
        }
    }
}

/// Roles a tenant admin gives; platform roles are the operators' business.
pub const CITY_ROLES: [Role; 4] = [Role::Employee, Role::Juror, Role::Mentor, Role::TenantAdmin];

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "role_memberships")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i32,
    pub tenant_id: i32,
    pub user_id: PersonId,
    pub role: Role,
    /// The call a juror role is held for.
    pub call_id: Option<CallId>,
    pub created_at: DateTimeUtc,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}

crate::tenancy::tenant_owned!(Entity);
