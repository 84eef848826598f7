//! Typed ids of calls, proposals and people: a call's id cannot be passed
//! where a person's is wanted. Each is stored as the `integer` column it
//! always was and prints as its number, so links and templates stay the same.

use std::fmt;

use sea_orm::DeriveValueType;
use serde::{Deserialize, Serialize};

macro_rules! id {
    ($(#[$doc:meta])* $name:ident) => {
        $(#[$doc])*
        #[derive(
            Clone,
            Copy,
            Debug,
            PartialEq,
            Eq,
            PartialOrd,
            Ord,
            Hash,
            DeriveValueType,
            Serialize,
            Deserialize,
        )]
        #[serde(transparent)]
        pub struct $name(pub i32);

        impl $name {
            pub fn get(self) -> i32 {
                self.0
            }
        }

        impl fmt::Display for $name {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                self.0.fmt(f)
            }
        }
    };
}

id!(
    /// A row of `calls`.
    CallId
);
id!(
    /// A row of `proposals`.
    ProposalId
);
id!(
    /// A person: a row of `users`.
    PersonId
);
id!(
    /// A challenge of a co-creation call: a row of `challenges`.
    ChallengeId
);
