//! The relay placeholder.
