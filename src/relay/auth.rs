//! Who may join when the relay has a secret (`--secret-file`): a client's
//! session key is then a JWT (HS256) that the application's backend signed
//! with that secret. Its claims name the session it joins (`sub`), when it
//! expires (`exp`), and optionally which agents it may create (`create`,
//! `agents`). The jsonwebtoken crate checks it, over an HS256-only provider
//! made of RustCrypto's `hmac` and `sha2`; `mint` makes one, for
//! `ragentsd token` and the tests.

use crate::protocol::session::Create;
use hmac::{Hmac, Mac};
use jsonwebtoken::crypto::{CryptoProvider, JwkUtils, JwtSigner, JwtVerifier};
use jsonwebtoken::errors::ErrorKind;
use jsonwebtoken::{Algorithm, DecodingKey, EncodingKey, Header, Validation};
use serde::{Deserialize, Serialize};
use sha2::Sha256;
use signature::{Signer, Verifier};
use std::time::{Duration, SystemTime, UNIX_EPOCH};

/// The shortest secret taken: RFC 7518 §3.2 asks for a key at least as long
/// as the hash, 256 bits.
pub const MIN_SECRET: usize = 32;

/// How far a token's `exp` (and `nbf`) may be off, for clocks that differ.
const LEEWAY_SECONDS: u64 = 5;

/// The relay's secret, ready to check tokens and to make them.
pub struct Auth {
    decoding: DecodingKey,
    encoding: EncodingKey,
    validation: Validation,
}

impl std::fmt::Debug for Auth {
    /// Never the secret.
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("Auth(HS256)")
    }
}

/// What a valid token grants.
#[derive(Debug, PartialEq)]
pub struct Grant {
    /// The session it joins: the token's `sub`.
    pub session: String,
    pub create: Create,
}

/// Why a token was refused; `why` is what the client and the log are told.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Denied {
    /// Not a JWT at all (a plain key, say).
    Missing,
    /// Forged, signed with another algorithm, or badly formed claims.
    Invalid,
    Expired,
    /// A valid token for another session than the one named beside it.
    OtherSession,
}

impl Denied {
    pub fn why(self) -> &'static str {
        match self {
            Denied::Missing => "a signed token is required",
            Denied::Invalid => "invalid token",
            Denied::Expired => "token expired",
            Denied::OtherSession => "token is for another session",
        }
    }
}

/// The claims read from a token and written in one.
#[derive(Serialize, Deserialize)]
pub struct Claims {
    pub sub: String,
    pub exp: u64,
    /// Not good before this time, if given.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub nbf: Option<u64>,
    /// `false`: this client may create no agent.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub create: Option<bool>,
    /// The names of the agents this client may create, if only those.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub agents: Option<Vec<String>>,
}

impl Claims {
    /// Claims for session `sub` that expire `ttl` from now.
    pub fn new(sub: &str, ttl: Duration) -> Claims {
        let now = SystemTime::now()
            .duration_since(UNIX_EPOCH)
            .unwrap_or_default();
        Claims {
            sub: sub.to_owned(),
            exp: (now + ttl).as_secs(),
            nbf: None,
            create: None,
            agents: None,
        }
    }

    fn grant(self) -> Grant {
        let create = match (self.create, self.agents) {
            (Some(false), _) => Create::Never,
            (_, Some(names)) => Create::named(names),
            _ => Create::Any,
        };
        Grant {
            session: self.sub,
            create,
        }
    }
}

impl Auth {
    /// The secret's bytes, at least `MIN_SECRET` of them.
    pub fn new(secret: &[u8]) -> Result<Auth, String> {
        if secret.len() < MIN_SECRET {
            return Err(format!(
                "the secret is {} bytes; it must be at least {MIN_SECRET} (256 bits)",
                secret.len()
            ));
        }
        // Ours, or already ours: the process has no other.
        let _ = HS256_ONLY.install_default();
        let mut validation = Validation::new(Algorithm::HS256);
        validation.set_required_spec_claims(&["exp", "sub"]);
        validation.leeway = LEEWAY_SECONDS;
        validation.validate_nbf = true; // a token not good yet is refused

        // An `aud` is the application's business, not the relay's.
        validation.validate_aud = false;
        Ok(Auth {
            decoding: DecodingKey::from_secret(secret),
            encoding: EncodingKey::from_secret(secret),
            validation,
        })
    }

    /// Checks `token`; with `session`, the token must be for that one.
    pub fn check(&self, token: &str, session: Option<&str>) -> Result<Grant, Denied> {
        if token.split('.').count() != 3 {
            return Err(Denied::Missing);
        }
        let claims = match jsonwebtoken::decode::<Claims>(token, &self.decoding, &self.validation) {
            Ok(data) => data.claims,
            Err(e) if *e.kind() == ErrorKind::ExpiredSignature => return Err(Denied::Expired),
            Err(_) => return Err(Denied::Invalid),
        };
        if claims.sub.is_empty() {
            return Err(Denied::Invalid);
        }
        if session.is_some_and(|s| s != claims.sub) {
            return Err(Denied::OtherSession);
        }
        Ok(claims.grant())
    }

    /// A token with these claims, signed with the secret.
    pub fn mint(&self, claims: &Claims) -> String {
        let header = Header::new(Algorithm::HS256);
        jsonwebtoken::encode(&header, claims, &self.encoding).expect("HS256 signs any claims")
    }
}

/// The only algorithm the relay signs and checks with.
static HS256_ONLY: CryptoProvider = CryptoProvider {
    signer_factory: |algorithm, key| match algorithm {
        Algorithm::HS256 => Ok(Box::new(Hs256(hmac(key.try_get_hmac_secret()?)?))),
        _ => Err(ErrorKind::InvalidAlgorithm.into()),
    },
    verifier_factory: |algorithm, key| match algorithm {
        Algorithm::HS256 => Ok(Box::new(Hs256(hmac(key.try_get_hmac_secret()?)?))),
        _ => Err(ErrorKind::InvalidAlgorithm.into()),
    },
    jwk_utils: JwkUtils::new_unimplemented(),
};

fn hmac(secret: &[u8]) -> jsonwebtoken::errors::Result<Hmac<Sha256>> {
    Hmac::new_from_slice(secret).map_err(|_| ErrorKind::InvalidKeyFormat.into())
}

struct Hs256(Hmac<Sha256>);

impl Signer<Vec<u8>> for Hs256 {
    fn try_sign(&self, message: &[u8]) -> Result<Vec<u8>, signature::Error> {
        let mut mac = self.0.clone();
        mac.update(message);
        Ok(mac.finalize().into_bytes().to_vec())
    }
}

impl Verifier<Vec<u8>> for Hs256 {
    /// In constant time (`verify_slice`).
    fn verify(&self, message: &[u8], tag: &Vec<u8>) -> Result<(), signature::Error> {
        let mut mac = self.0.clone();
        mac.update(message);
        mac.verify_slice(tag).map_err(signature::Error::from_source)
    }
}

impl JwtSigner for Hs256 {
    fn algorithm(&self) -> Algorithm {
        Algorithm::HS256
    }
}

impl JwtVerifier for Hs256 {
    fn algorithm(&self) -> Algorithm {
        Algorithm::HS256
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const SECRET: &[u8] = b"0123456789abcdef0123456789abcdef";

    fn auth() -> Auth {
        Auth::new(SECRET).unwrap()
    }

    #[test]
    fn a_short_secret_is_refused() {
        assert!(Auth::new(b"too short").is_err());
    }

    #[test]
    fn a_minted_token_grants_its_session() {
        let a = auth();
        let token = a.mint(&Claims::new("room", Duration::from_secs(60)));
        let grant = a.check(&token, None).unwrap();
        assert_eq!(grant.session, "room");
        assert_eq!(grant.create, Create::Any);
        assert_eq!(
            a.check(&token, Some("room")).map(|g| g.session).as_deref(),
            Ok("room")
        );
        assert_eq!(a.check(&token, Some("other")), Err(Denied::OtherSession));
    }

    #[test]
    fn claims_restrict_what_may_be_created() {
        let a = auth();
        let mut claims = Claims::new("room", Duration::from_secs(60));
        claims.agents = Some(vec!["echo".into()]);
        let named = a.check(&a.mint(&claims), None).unwrap().create;
        assert_eq!(named, Create::named(["echo"]));
        claims.create = Some(false);
        assert_eq!(
            a.check(&a.mint(&claims), None).unwrap().create,
            Create::Never
        );
    }

    #[test]
    fn forged_expired_and_plain_keys_are_denied() {
        let a = auth();
        let claims = Claims::new("room", Duration::from_secs(60));
        let other = Auth::new(b"another secret of thirty-two bytes").unwrap();
        assert_eq!(a.check(&other.mint(&claims), None), Err(Denied::Invalid));
        // A payload changed under its signature.
        let token = a.mint(&claims);
        let mut parts: Vec<&str> = token.split('.').collect();
        let forged = a.mint(&Claims::new("admin", Duration::from_secs(60)));
        parts[1] = forged.split('.').nth(1).unwrap();
        assert_eq!(a.check(&parts.join("."), None), Err(Denied::Invalid));
        let mut old = Claims::new("room", Duration::ZERO);
        old.exp -= 3600;
        assert_eq!(a.check(&a.mint(&old), None), Err(Denied::Expired));
        let mut early = Claims::new("room", Duration::from_secs(7200));
        early.nbf = Some(early.exp - 3600);
        assert_eq!(a.check(&a.mint(&early), None), Err(Denied::Invalid));
        assert_eq!(a.check("room", None), Err(Denied::Missing));
        assert_eq!(a.check("a.b.c", None), Err(Denied::Invalid));
    }

    /// `alg: none` and other algorithms are refused, whatever they sign.
    #[test]
    fn only_hs256_is_taken() {
        let a = auth();
        let claims = Claims::new("room", Duration::from_secs(60));
        let token = a.mint(&claims);
        let payload = token.split('.').nth(1).unwrap();
        for header in [
            r#"{"alg":"none","typ":"JWT"}"#,
            r#"{"alg":"HS512","typ":"JWT"}"#,
        ] {
            use base64_url_no_pad as b64;
            let forged = format!("{}.{payload}.", b64(header));
            assert_eq!(a.check(&forged, None), Err(Denied::Invalid), "{header}");
        }
    }

    fn base64_url_no_pad(text: &str) -> String {
        const ABC: &[u8] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
        let mut out = String::new();
        for chunk in text.as_bytes().chunks(3) {
            let n = chunk.iter().fold(0u32, |n, b| n << 8 | *b as u32) << (8 * (3 - chunk.len()));
            for i in 0..=chunk.len() {
                out.push(ABC[(n >> (18 - 6 * i) & 63) as usize] as char);
            }
        }
        out
    }
}
