//! Secrets at rest (such as a city's SSO client secret), sealed with the
//! server's key: XChaCha20-Poly1305, a fresh random nonce per value; and
//! keyed fingerprints (HMAC-SHA256 under a key derived from the same key)
//! for finding sealed values without opening them; and the signatures of
//! audit checkpoints (HMAC-SHA256 under another derived key); and the
//! signatures of links sent out that act without a sign-in (an email's
//! unsubscribe link), under a third.

use base64::{Engine, engine::general_purpose::STANDARD};
use chacha20poly1305::{
    XChaCha20Poly1305, XNonce,
    aead::{Aead, KeyInit, OsRng, rand_core::RngCore},
};
use hmac::{Hmac, Mac};
use sha2::{Digest, Sha256};

#[derive(Debug, thiserror::Error)]
pub enum SecretError {
    #[error("the secret key must be 32 bytes, base64-encoded (INNOVATO_SECRET_KEY)")]
    BadKey,
    #[error("a stored secret cannot be opened with this server's key")]
    Unreadable,
}

/// The server's key for secrets at rest.
#[derive(Clone)]
pub struct SecretKey {
    cipher: XChaCha20Poly1305,
    /// Keyed with a key derived from the server's, so fingerprints never
    /// reuse the cipher's key.
    fingerprints: Hmac<Sha256>,
    /// Signs audit checkpoints, under a key of its own for the same reason.
    checkpoints: Hmac<Sha256>,
    /// Signs links that act without a sign-in, under a key of its own.
    links: Hmac<Sha256>,
}

impl std::fmt::Debug for SecretKey {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("SecretKey(…)")
    }
}

impl SecretKey {
    /// Reads a base64-encoded 32-byte key.
    pub fn from_base64(encoded: &str) -> Result<Self, SecretError> {
        let bytes = STANDARD
            .decode(encoded.trim())
            .map_err(|_| SecretError::BadKey)?;
        let key: [u8; 32] = bytes.try_into().map_err(|_| SecretError::BadKey)?;
        let derived = |purpose: &[u8]| {
            let mut derive = Sha256::new();
            derive.update(purpose);
            derive.update(key);
            <Hmac<Sha256> as Mac>::new_from_slice(&derive.finalize())
                .map_err(|_| SecretError::BadKey)
        };
        Ok(Self {
            cipher: XChaCha20Poly1305::new(&key.into()),
            fingerprints: derived(b"innovato fingerprint key\0")?,
            checkpoints: derived(b"innovato audit checkpoint key\0")?,
            links: derived(b"innovato signed link key\0")?,
        })
    }

    /// A new random key, base64-encoded.
    pub fn generate() -> String {
        let mut key = [0u8; 32];
        OsRng.fill_bytes(&mut key);
        STANDARD.encode(key)
    }

    pub fn seal(&self, plain: &str) -> String {
        let mut nonce = [0u8; 24];
        OsRng.fill_bytes(&mut nonce);
        let nonce = XNonce::from(nonce);
        // Encryption with a valid key and nonce cannot fail.
        let sealed = self
            .cipher
            .encrypt(&nonce, plain.as_bytes())
            .unwrap_or_default();
        let mut out = nonce.to_vec();
        out.extend_from_slice(&sealed);
        STANDARD.encode(out)
    }

    /// A fingerprint of `value`: the same for the same value under the same
    /// key, and nothing without the key (64 hexadecimal digits).
    pub fn fingerprint(&self, value: &str) -> String {
        let mut mac = self.fingerprints.clone();
        mac.update(value.as_bytes());
        hex(&mac.finalize().into_bytes())
    }

    /// The signature of an audit checkpoint (64 hexadecimal digits).
    pub fn sign_checkpoint(&self, statement: &str) -> String {
        let mut mac = self.checkpoints.clone();
        mac.update(statement.as_bytes());
        hex(&mac.finalize().into_bytes())
    }

    /// Whether `signature` is this key's signature of `statement`,
    /// compared in constant time.
    pub fn signed_checkpoint(&self, statement: &str, signature: &str) -> bool {
        use subtle::ConstantTimeEq;
        self.sign_checkpoint(statement)
            .as_bytes()
            .ct_eq(signature.trim().as_bytes())
            .into()
    }

    /// The signature of a link's statement (64 hexadecimal digits).
    pub fn sign_link(&self, statement: &str) -> String {
        let mut mac = self.links.clone();
        mac.update(statement.as_bytes());
        hex(&mac.finalize().into_bytes())
    }

    /// Whether `signature` is this key's signature of the link's
    /// `statement`, compared in constant time.
    pub fn signed_link(&self, statement: &str, signature: &str) -> bool {
        use subtle::ConstantTimeEq;
        self.sign_link(statement)
            .as_bytes()
            .ct_eq(signature.as_bytes())
            .into()
    }

    pub fn open(&self, sealed: &str) -> Result<String, SecretError> {
        let bytes = STANDARD
            .decode(sealed)
            .map_err(|_| SecretError::Unreadable)?;
        if bytes.len() < 24 {
            return Err(SecretError::Unreadable);
        }
        let (nonce, body) = bytes.split_at(24);
        let nonce: [u8; 24] = nonce.try_into().map_err(|_| SecretError::Unreadable)?;
        let plain = self
            .cipher
            .decrypt(&XNonce::from(nonce), body)
            .map_err(|_| SecretError::Unreadable)?;
        String::from_utf8(plain).map_err(|_| SecretError::Unreadable)
    }
}

fn hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sealed_secrets_open_only_with_their_key() {
        let key = SecretKey::from_base64(&SecretKey::generate()).expect("key");
        let sealed = key.seal("s3cret");
        assert!(!sealed.contains("s3cret"));
        assert_ne!(sealed, key.seal("s3cret"), "a fresh nonce each time");
        assert_eq!(key.open(&sealed).expect("opens"), "s3cret");
        assert_eq!(key.fingerprint("7"), key.fingerprint("7"));
        assert_ne!(key.fingerprint("7"), key.fingerprint("8"));
        let other = SecretKey::from_base64(&SecretKey::generate()).expect("key");
        assert!(other.open(&sealed).is_err());
        assert_ne!(other.fingerprint("7"), key.fingerprint("7"));
        assert!(SecretKey::from_base64("short").is_err());
        let signature = key.sign_checkpoint("turin 5");
        assert_ne!(signature, key.fingerprint("turin 5"), "a key of its own");
        assert!(key.signed_checkpoint("turin 5", &signature));
        assert!(!key.signed_checkpoint("turin 6", &signature));
        assert!(!other.signed_checkpoint("turin 5", &signature));
        let link = key.sign_link("turin 5");
        assert_ne!(link, signature, "links have a key of their own");
        assert!(key.signed_link("turin 5", &link));
        assert!(!other.signed_link("turin 5", &link));
    }
}
