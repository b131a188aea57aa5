//! Fuzz target: ragents::relay::fuzz::packets (what it checks is said there).
#![no_main]

libfuzzer_sys::fuzz_target!(|data: &[u8]| ragents::relay::fuzz::packets(data));
