//! The network's practice library: a city publishes an awarded or
//! implemented proposal (translated summary, network category, budget,
//! outcomes, and team names only where every member agreed); every city's
//! admins and the network's coordinators browse and search it; another
//! city adopts a practice as a project of its own, and the library shows
//! where each practice travelled.

pub mod adoption;
pub mod pages;
pub mod practice;
pub mod service;
pub mod text;
