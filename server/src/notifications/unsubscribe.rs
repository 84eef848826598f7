//! The unsubscribe link of an email: it names the person and the kinds of
//! notification the email carried, signed with the server's key for the
//! city, so that it works without a sign-in and for nothing else.

use super::Kind;
use crate::{ids::PersonId, secrets::SecretKey, tenancy::TenantId};

/// What the signature covers: the city, the person and the kinds.
fn statement(scope: TenantId, person: PersonId, kinds: &str) -> String {
    format!("unsubscribe {} {} {kinds}", scope.get(), person.get())
}

/// The kinds as written in the link: tokens joined by commas.
fn written(kinds: &[Kind]) -> String {
    kinds
        .iter()
        .map(|k| k.token())
        .collect::<Vec<_>>()
        .join(",")
}

/// The link's path inside the city's site.
pub fn path(key: &SecretKey, scope: TenantId, person: PersonId, kinds: &[Kind]) -> String {
    let kinds = written(kinds);
    let signature = key.sign_link(&statement(scope, person, &kinds));
    format!("/unsubscribe/{}/{kinds}/{signature}", person.get())
}

/// The kinds a link stands for, if the city's key signed it for this
/// person; `None` for anything forged, altered or of another city.
pub fn verify(
    key: &SecretKey,
    scope: TenantId,
    person: PersonId,
    kinds: &str,
    signature: &str,
) -> Option<Vec<Kind>> {
    if !key.signed_link(&statement(scope, person, kinds), signature) {
        return None;
    }
    kinds.split(',').map(Kind::parse).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_link_works_only_as_signed() {
        let key = SecretKey::from_base64(&SecretKey::generate()).expect("key");
        let turin = TenantId::stand_in();
        let person = PersonId(7);
        let path = path(&key, turin, person, &[Kind::Proposal, Kind::Results]);
        let parts: Vec<&str> = path.split('/').collect();
        let (kinds, signature) = (parts[3], parts[4]);
        assert_eq!(kinds, "proposal,results");
        assert_eq!(
            verify(&key, turin, person, kinds, signature),
            Some(vec![Kind::Proposal, Kind::Results])
        );
        assert_eq!(verify(&key, turin, PersonId(8), kinds, signature), None);
        assert_eq!(verify(&key, turin, person, "proposal", signature), None);
    }
}
