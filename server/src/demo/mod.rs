//! The demonstration network: the seven partner cities, seeded once by
//! `innovato serve --demo`.
//!
//! Turin's two Innova.TO editions reproduce the published figures exactly
//! (see DOMAIN.md); everything else is invented, and the sites say so.

mod cities;
mod cocreation;
pub mod scale;
pub mod seed;
mod story;

pub use cities::partner_cities;
pub use seed::{
    CallSpec, CitySpec, DEMO_ISSUER, Dates, DemoError, is_seeded_person,
    is_seeded_platform_account, seed_once,
};
pub use story::{Day, MentorKind, PracticeSpec, ProjectSpec};
