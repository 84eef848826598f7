use sea_orm::entity::prelude::*;

/// The network's shared taxonomy (Turin 2014's list), onto which every city
/// maps its own categories so that cities can be compared.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, EnumIter, DeriveActiveEnum)]
#[sea_orm(rs_type = "String", db_type = "String(StringLen::N(40))")]
pub enum NetworkCategory {
    #[sea_orm(string_value = "service_quality")]
    ServiceQuality,
    #[sea_orm(string_value = "new_services")]
    NewServices,
    #[sea_orm(string_value = "environment")]
    Environment,
    #[sea_orm(string_value = "organisational_development")]
    OrganisationalDevelopment,
    #[sea_orm(string_value = "employee_welfare")]
    EmployeeWelfare,
    #[sea_orm(string_value = "informatics")]
    Informatics,
    #[sea_orm(string_value = "operative_efficiency")]
    OperativeEfficiency,
}

impl NetworkCategory {
    /// The Fluent message naming this category.
    pub fn message_id(self) -> &'static str {
        match self {
            Self::ServiceQuality => "network-category-service-quality",
            Self::NewServices => "network-category-new-services",
            Self::Environment => "network-category-environment",
            Self::OrganisationalDevelopment => "network-category-organisational-development",
            Self::EmployeeWelfare => "network-category-employee-welfare",
            Self::Informatics => "network-category-informatics",
            Self::OperativeEfficiency => "network-category-operative-efficiency",
        }
    }
}

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "categories")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i32,
    pub tenant_id: i32,
    /// The city's own name for the category, in its default language.
    pub name: String,
    pub network_category: NetworkCategory,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}

crate::tenancy::tenant_owned!(Entity);
