//! What each role may do: the one check every handler uses.
//!
//! | action            | employee | juror | mentor | tenant admin | coordinator | operator |
//! |-------------------|----------|-------|--------|--------------|-------------|----------|
//! | ViewOwnAccount    | yes      | yes   | yes    | yes          | yes         | yes      |
//! | WriteProposals    | yes      |       |        | yes          |             |          |
//! | ScoreProposals    | yes      | yes   |        |              |             |          |
//! | ManageCalls       |          |       |        | yes          |             |          |
//! | ProposeChallenges | yes      |       |        | yes          |             |          |
//! | DecideChallenges  |          |       |        | yes          |             |          |
//! | ReadAudit         |          |       |        | yes          |             |          |
//! | ManageApiTokens   |          |       |        | yes          |             |          |
//! | ManagePeople      |          |       |        | yes          |             |          |
//! | InviteExperts     |          |       |        | yes          |             |          |
//! | ConfigureSignIn   |          |       |        | yes          |             |          |
//! | ConfigureCity     |          |       |        | yes          |             |          |
//! | BrowseLibrary     |          |       |        | yes          | yes         |          |
//! | CompareCities     |          |       |        |              | yes         |          |
//! | OperatePlatform   |          |       |        |              |             | yes      |
//! | FacilitateTeams   | facilitator (held per co-creation call) only                          |
//!
//! City actions need a session of that city; platform actions a platform
//! session. The README keeps the same table.

use crate::people::Role;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Action {
    ViewOwnAccount,
    /// Write, submit and withdraw one's own proposals; join teams.
    WriteProposals,
    /// Score the proposals assigned to one on a call's jury (the jury
    /// itself decides which calls); admins see teams, so never judge.
    ScoreProposals,
    /// Create, edit, publish, close, extend and archive calls; start one
    /// from a previous edition or a network template, and offer the city's
    /// calls as templates; see every proposal.
    ManageCalls,
    /// Propose a challenge to a co-creation call (the call then says whom
    /// it admits: division heads, or every eligible employee).
    ProposeChallenges,
    /// Select, decline and merge a call's challenges; translate them.
    DecideChallenges,
    ReadAudit,
    ManageApiTokens,
    ManagePeople,
    InviteExperts,
    ConfigureSignIn,
    /// Languages, names, colour, headcounts, divisions, categories.
    ConfigureCity,
    /// Read the network's practice library (every city's published ones).
    BrowseLibrary,
    /// The network dashboard: every city side by side.
    CompareCities,
    OperatePlatform,
    /// Support (read, write notes and workshops in) every team of the
    /// co-creation calls one facilitates; which calls, the role's call id
    /// decides.
    FacilitateTeams,
}

impl Action {
    /// Whether someone holding `roles` may take this action.
    pub fn allowed_for(self, roles: &[Role]) -> bool {
        let has = |role: Role| roles.contains(&role);
        match self {
            Action::ViewOwnAccount => !roles.is_empty(),
            Action::WriteProposals | Action::ProposeChallenges => {
                has(Role::Employee) || has(Role::TenantAdmin)
            }
            Action::ScoreProposals => has(Role::Employee) || has(Role::Juror),
            Action::ManageCalls
            | Action::DecideChallenges
            | Action::ReadAudit
            | Action::ManageApiTokens
            | Action::ManagePeople
            | Action::InviteExperts
            | Action::ConfigureSignIn
            | Action::ConfigureCity => has(Role::TenantAdmin),
            Action::BrowseLibrary => has(Role::TenantAdmin) || has(Role::Coordinator),
            Action::CompareCities => has(Role::Coordinator),
            Action::OperatePlatform => has(Role::Operator),
            Action::FacilitateTeams => has(Role::Facilitator),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_table_holds() {
        use Action::*;
        let actions = [
            ViewOwnAccount,
            WriteProposals,
            ScoreProposals,
            ManageCalls,
            ProposeChallenges,
            DecideChallenges,
            ReadAudit,
            ManageApiTokens,
            ManagePeople,
            InviteExperts,
            ConfigureSignIn,
            ConfigureCity,
            BrowseLibrary,
            CompareCities,
            OperatePlatform,
            FacilitateTeams,
        ];
        let (y, n) = (true, false);
        let table = [
            (
                Role::Employee,
                [y, y, y, n, y, n, n, n, n, n, n, n, n, n, n, n],
            ),
            (
                Role::Juror,
                [y, n, y, n, n, n, n, n, n, n, n, n, n, n, n, n],
            ),
            (
                Role::Mentor,
                [y, n, n, n, n, n, n, n, n, n, n, n, n, n, n, n],
            ),
            (
                Role::TenantAdmin,
                [y, y, n, y, y, y, y, y, y, y, y, y, y, n, n, n],
            ),
            (
                Role::Coordinator,
                [y, n, n, n, n, n, n, n, n, n, n, n, y, y, n, n],
            ),
            (
                Role::Operator,
                [y, n, n, n, n, n, n, n, n, n, n, n, n, n, y, n],
            ),
            // Supports teams and nothing else: no jury, no admin page.
            (
                Role::Facilitator,
                [y, n, n, n, n, n, n, n, n, n, n, n, n, n, n, y],
            ),
        ];
        for (role, expected) in table {
            let got = actions.map(|action| action.allowed_for(&[role]));
            assert_eq!(got, expected, "{role:?}");
        }
        assert!(!ViewOwnAccount.allowed_for(&[]));
    }
}
