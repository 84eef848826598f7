//! The append-only audit log: who did what to a call or proposal, when,
//! with the state before and after. Each entry carries the hash of the one
//! before it, so that `innovato audit verify` proves nothing was altered
//! or removed; the chain's head (its last position and hash) is kept apart
//! and moved with each entry, so that removing the newest entries shows
//! too, and a signed checkpoint of the head, kept outside the platform,
//! shows a log truncated or rewritten together with its head.

pub mod api;
mod entry;
mod head;
pub mod pages;
pub mod sentence;
pub mod service;

pub use entry::{ActiveModel, Column, Entity, Model};
pub use service::{
    ChainError, Checkpoint, Event, Head, record, verified_head, verify, verify_against,
};
