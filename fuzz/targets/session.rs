//! Fuzz target: ragents::relay::fuzz::session (what it checks is said there).
#![no_main]

libfuzzer_sys::fuzz_target!(|data: &[u8]| ragents::relay::fuzz::session(data));
