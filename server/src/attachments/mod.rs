//! Files on a proposal (PDF and images), checked by content and cleaned of
//! metadata that could name their author, stored through `object_store`:
//! a local directory by default, S3-compatible storage in production.

pub mod entity;
pub mod pages;
pub mod service;
pub mod sniff;
pub mod storage;

pub use entity::{ActiveModel, Column, Entity, Model};
pub use service::of_proposal;
pub use storage::{Attachments, StorageConfigError, file_response};
