//! Blind jury review. The tenant admin forms a call's jury and starts the
//! review; a plan spreads the proposals over the jurors without conflicts;
//! jurors score blind, per criterion; the admin sees the ranking by
//! per-juror normalised scores and the jurors' agreement, decides, and
//! publishes the results. Sealed calls hide the teams even from admins.

pub mod admin;
pub mod agreement;
pub mod api;
pub mod assignment;
pub mod decisions;
pub mod dossier;
pub mod entity;
pub mod juror;
pub mod jury;
pub mod ranking;
pub mod sealing;
pub mod service;
pub mod standing;

pub use entity::{Entity, Mark, Model, State};
