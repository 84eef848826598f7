//! A file attached to a proposal: its shown name, its type (decided by
//! its content) and where it is stored.

use sea_orm::entity::prelude::*;

use crate::ids::ProposalId;

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "attachments")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i32,
    pub tenant_id: i32,
    pub proposal_id: ProposalId,
    /// The name shown, cleaned of paths and control characters.
    pub file_name: String,
    /// Decided by the content, never by the name.
    pub content_type: String,
    pub size: i64,
    pub storage_key: String,
    pub created_at: DateTimeUtc,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl Model {
    /// The extension a file is offered under where its own name could
    /// reveal its author: from its type, never from its name.
    pub fn neutral_extension(&self) -> &'static str {
        match self.content_type.as_str() {
            "application/pdf" => "pdf",
            "image/png" => "png",
            "image/jpeg" => "jpg",
            t if t.contains("wordprocessingml") => "docx",
            t if t.contains("spreadsheetml") => "xlsx",
            t if t.contains("presentationml") => "pptx",
            t if t.contains("opendocument.text") => "odt",
            t if t.contains("opendocument.spreadsheet") => "ods",
            t if t.contains("opendocument.presentation") => "odp",
            _ => "bin",
        }
    }
}

impl ActiveModelBehavior for ActiveModel {}

crate::tenancy::tenant_owned!(Entity);
