//! The kinds of notification a person chooses about (at once, in a digest,
//! never), and which kind each notification message is.

/// What a notification is about. Each has its own unsubscribe link and its
/// own choice on the person's email page.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Kind {
    /// A call the person may take part in has opened.
    CallOpened,
    /// A call's deadline is near and the person has not submitted.
    Deadline,
    /// The person's draft is not submitted yet.
    Draft,
    /// An admin's announcement to a call's eligible people.
    Announcement,
    /// The person's proposal and its team: invitations, submission, review.
    Proposal,
    /// A juror's reviews: assigned, due.
    Review,
    /// A call's results for the person's proposal.
    Results,
    /// Implementation projects: mentors, milestones, stalls.
    Project,
    /// Co-creation: a challenge or team looking for the person's division.
    Cocreation,
}

impl Kind {
    pub const ALL: [Kind; 9] = [
        Kind::CallOpened,
        Kind::Deadline,
        Kind::Draft,
        Kind::Announcement,
        Kind::Proposal,
        Kind::Review,
        Kind::Results,
        Kind::Project,
        Kind::Cocreation,
    ];

    /// The kind as stored and as written in links.
    pub fn token(self) -> &'static str {
        match self {
            Kind::CallOpened => "call-opened",
            Kind::Deadline => "deadline",
            Kind::Draft => "draft",
            Kind::Announcement => "announcement",
            Kind::Proposal => "proposal",
            Kind::Review => "review",
            Kind::Results => "results",
            Kind::Project => "project",
            Kind::Cocreation => "cocreation",
        }
    }

    pub fn parse(token: &str) -> Option<Kind> {
        Kind::ALL.into_iter().find(|k| k.token() == token)
    }

    /// The choice of a person who never chose: at once, but for the
    /// co-creation searches, which come in the daily digest (the README's
    /// rule "Email").
    pub fn default_cadence(self) -> Cadence {
        match self {
            Kind::Cocreation => Cadence::Daily,
            _ => Cadence::Now,
        }
    }

    /// Kinds a person's role requires them to read: a juror's reviews to
    /// do, and the results the city owes a team. They may come in a
    /// digest, never not at all.
    pub fn required(self) -> bool {
        matches!(self, Kind::Review | Kind::Results)
    }

    /// Fluent id of the kind's name on the email choices page.
    pub fn label(self) -> String {
        format!("mail-kind-{}", self.token())
    }

    /// The kind of a notification message (its Fluent id). Every
    /// `notification-…` message has one; the unit test below holds new
    /// messages to it.
    pub fn of_message(message: &str) -> Option<Kind> {
        Some(match message {
            "notification-call-opened" => Kind::CallOpened,
            "notification-deadline-near" => Kind::Deadline,
            "notification-draft-unsubmitted" => Kind::Draft,
            "notification-announcement" => Kind::Announcement,
            "notification-submitted"
            | "notification-team-invitation"
            | "notification-in-review" => Kind::Proposal,
            "notification-review-assigned" | "notification-review-due" => Kind::Review,
            "notification-awarded" | "notification-awarded-plain" | "notification-not-selected" => {
                Kind::Results
            }
            "notification-mentor" | "notification-stalled" | "notification-milestone-due" => {
                Kind::Project
            }
            "notification-division-wanted" => Kind::Cocreation,
            _ => return None,
        })
    }
}

/// How often a person wants a kind of notification by email.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Cadence {
    Now,
    Daily,
    Weekly,
    Never,
}

impl Cadence {
    pub const ALL: [Cadence; 4] = [
        Cadence::Now,
        Cadence::Daily,
        Cadence::Weekly,
        Cadence::Never,
    ];

    pub fn token(self) -> &'static str {
        match self {
            Cadence::Now => "now",
            Cadence::Daily => "daily",
            Cadence::Weekly => "weekly",
            Cadence::Never => "never",
        }
    }

    pub fn parse(token: &str) -> Option<Cadence> {
        Cadence::ALL.into_iter().find(|c| c.token() == token)
    }

    /// Fluent id of the choice's name.
    pub fn label(self) -> String {
        format!("mail-cadence-{}", self.token())
    }
}

#[cfg(test)]
mod tests {
    use super::Kind;

    #[test]
    fn tokens_read_back() {
        for kind in Kind::ALL {
            assert_eq!(Kind::parse(kind.token()), Some(kind));
        }
    }
}
