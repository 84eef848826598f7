//! Whether a proposal's own words name someone of its team. Reviews are
//! blind, so the team is warned while it writes, and the admin before the
//! jury reads; both use this one check.

use super::service::ProposalForm;
// The fields live with the entity, whose redaction reads them too.
pub use super::entity::{FIELDS, Field, field};

impl ProposalForm {
    /// The texts of [`FIELDS`], as typed.
    pub fn juror_texts(&self) -> [&str; 6] {
        [
            &self.title,
            &self.summary,
            &self.problem,
            &self.solution,
            &self.benefits,
            &self.resources,
        ]
    }
}

/// The team's full names and emails, folded, ready to be looked for.
pub struct TeamNames(Vec<String>);

impl TeamNames {
    /// From each member's (name, email).
    pub fn of<'a>(people: impl IntoIterator<Item = (&'a str, &'a str)>) -> Self {
        Self(
            people
                .into_iter()
                .flat_map(|(name, email)| [fold(name), fold(email)])
                // A one-word name would match too much ordinary text.
                .filter(|n| n.contains(' ') || n.contains('@'))
                .collect(),
        )
    }

    /// Whether `text` names someone, accents and case aside.
    pub fn in_text(&self, text: &str) -> bool {
        let text = fold(text);
        self.0.iter().any(|n| text.contains(n.as_str()))
    }

    /// Whether a file name names someone, with separators read as spaces:
    /// "mario_rossi.pdf".
    pub fn in_file_name(&self, name: &str) -> bool {
        self.in_text(&name.replace(['_', '-', '.'], " ")) || self.in_text(name)
    }

    /// The fields among `texts` (in the order of [`FIELDS`]) that name
    /// someone.
    pub fn fields(&self, texts: [&str; 6]) -> Vec<&'static Field> {
        FIELDS
            .iter()
            .zip(texts)
            .filter(|(_, text)| self.in_text(text))
            .map(|(field, _)| field)
            .collect()
    }
}

/// Lower case without the accents of Latin letters, so that "Aurelia"
/// in a file name matches "Aurélia" in the person's record.
fn fold(text: &str) -> String {
    const FROM: &str = "àáâãäåāăąçćčďèéêëēĕėęěìíîïīĭįıñńňòóôõöøōőřśşšţťùúûüūŭůűųýÿźżž";
    const TO: &str = "aaaaaaaaacccdeeeeeeeeeiiiiiiiinnnoooooooorsssttuuuuuuuuuyyzzz";
    text.to_lowercase()
        .chars()
        .map(|c| {
            if c.is_ascii() {
                return c;
            }
            FROM.chars()
                .position(|f| f == c)
                .and_then(|i| TO.chars().nth(i))
                .unwrap_or(c)
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn accents_fold_for_matching() {
        assert_eq!(fold("Aurélia Ţăran Ödön"), "aurelia taran odon");
    }

    #[test]
    fn names_and_emails_are_found_in_the_fields_that_hold_them() {
        let team = TeamNames::of([("Aurélia Quintavalle", "aq@porto.example"), ("Rui", "")]);
        let found: Vec<&str> = team
            .fields([
                "Hortas",
                "por AURELIA quintavalle",
                "Rui sabe",
                "",
                "escreva a aq@porto.example",
                "",
            ])
            .iter()
            .map(|f| f.name)
            .collect();
        assert_eq!(found, ["summary", "benefits"]);
        assert!(team.in_file_name("Aurelia_Quintavalle-ideia.pdf"));
    }
}
