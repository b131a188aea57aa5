//! Why a call failed (`Error`), and bodies to and from JSON values, which
//! fail with one.

use crate::protocol::client as core;
use serde::{de::DeserializeOwned, Serialize};
use serde_json::Value;

/// Why a call failed: the codes of the JavaScript client (`ERR_TIMEOUT`,
/// `ERR_REMOTE`, ...), and a message.
#[derive(Clone, Debug, PartialEq)]
pub struct Error {
    /// The stable code to match on, as the JavaScript client's.
    pub code: &'static str,
    /// What happened, for people.
    pub message: String,
}

impl std::fmt::Display for Error {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{} ({})", self.message, self.code)
    }
}

impl std::error::Error for Error {}

impl From<core::Error> for Error {
    fn from(e: core::Error) -> Error {
        Error {
            code: e.code(),
            message: e.message(),
        }
    }
}

impl Error {
    pub(super) fn closed() -> Error {
        core::Error::Closed.into()
    }

    pub(super) fn invalid(message: String) -> Error {
        core::Error::InvalidArg(message).into()
    }
}

pub(super) fn to_value(body: &impl Serialize) -> Result<Value, Error> {
    serde_json::to_value(body)
        .map_err(|e| Error::invalid(format!("body cannot be sent as JSON: {e}")))
}

pub(super) fn from_value<T: DeserializeOwned>(body: Value) -> Result<T, Error> {
    serde_json::from_value(body)
        .map_err(|e| Error::invalid(format!("the answer is not of the type asked for: {e}")))
}
