//! Mailings: what the platform sends to a call's people by itself (a call
//! opened, deadline and draft reminders, reviews and milestones due,
//! divisions a co-creation team lacks) and an admin's announcements, each
//! once, with its reach. The queue that delivers them is the
//! notifications' (`notifications::notify_mailing`).

pub mod admin;
pub mod api;
pub mod schedule;
pub mod service;
