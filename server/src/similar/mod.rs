//! Ideas that find their relatives: while an employee writes, the city's
//! past awarded proposals and the network library's practices that are
//! about the same thing (the database's text search within a language,
//! shared topics across languages); for the admin, likely duplicates among
//! a call's submissions, which they may link as related.

pub mod admin;
pub mod fragment;
pub mod link;
pub mod pages;
pub mod practice_topic;
pub mod proposal_topic;
pub mod service;
pub mod topics;
