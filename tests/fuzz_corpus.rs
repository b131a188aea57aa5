//! The fuzz targets' committed corpus (fuzz/corpus/TARGET/*), replayed in
//! `cargo test` through the same entry points the fuzzer drives
//! (`ragents::relay::fuzz`), so that the targets cannot rot and every input
//! that once broke an invariant keeps being checked.
#![cfg(not(target_arch = "wasm32"))]

use ragents::relay::fuzz;
use std::path::Path;

fn replay(target: &str, run: fn(&[u8])) {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("fuzz/corpus")
        .join(target);
    let mut files = 0;
    for entry in std::fs::read_dir(&dir).unwrap_or_else(|e| panic!("{}: {e}", dir.display())) {
        let path = entry.unwrap().path();
        let data = std::fs::read(&path).unwrap();
        let name = path.display().to_string();
        std::panic::catch_unwind(|| run(&data)).unwrap_or_else(|_| panic!("{name} fails"));
        files += 1;
    }
    assert!(files > 0, "no corpus in {}", dir.display());
}

#[test]
fn frames() {
    replay("frames", fuzz::frames);
}

#[test]
fn handshake() {
    replay("handshake", fuzz::handshake);
}

#[test]
fn packets() {
    replay("packets", fuzz::packets);
}

#[test]
fn session() {
    replay("session", fuzz::session);
}

// The session target's invariants as a property test: random sequences of
// well-formed steps (the fuzzer finds them from the corpus; this generates
// them), so that `cargo test` covers many more than the corpus holds.
mod steps {
    use proptest::prelude::*;

    /// One packet a client may send, with ids and names from small sets so
    /// that they meet: agents 1 to 4, relayed request ids 1 to 6.
    fn packet() -> impl Strategy<Value = String> {
        let agent = 1u8..5;
        prop_oneof![
            prop_oneof![Just("a"), Just("b")].prop_map(|n| format!(
                r#"{{"type":"request","name":"createAgent","to":"server","id":"c","body":{{"name":"{n}"}}}}"#
            )),
            agent.clone().prop_map(|a| format!(
                r#"{{"type":"request","name":"destroyAgent","to":"server","id":"d","body":{{"id":"{a}"}}}}"#
            )),
            (agent.clone(), 0u8..3).prop_map(|(a, i)| format!(
                r#"{{"type":"request","name":"q","to":"{a}","id":"r{i}","body":{i}}}"#
            )),
            (agent.clone(), 1u8..7, any::<bool>()).prop_map(|(a, i, fail)| {
                let outcome = if fail { r#""error":"no""# } else { r#""body":1"# };
                format!(r#"{{"type":"response","name":"q","from":"{a}","id":"{i}",{outcome}}}"#)
            }),
            (agent.clone(), name()).prop_map(|(a, n)| format!(r#"{{"type":"event","name":"{n}","from":"{a}","body":[]}}"#)),
            Just(r#"{"type":"request","name":"getAgents","to":"server","id":"g"}"#.to_owned()),
            (prop_oneof![Just("listen"), Just("unlisten")], agent, prop::option::of(name())).prop_map(
                |(kind, a, n)| {
                    let event = n.map_or(String::new(), |n| format!(r#","event":"{n}""#));
                    format!(r#"{{"type":"request","name":"{kind}","to":"server","id":"l","body":{{"agent":"{a}"{event}}}}}"#)
                }
            ),
        ]
    }

    fn name() -> impl Strategy<Value = &'static str> {
        prop_oneof![Just("e"), Just("f")]
    }

    /// A step as the session target reads it: its first byte picks the
    /// connection and what it does (see `ragents::relay::fuzz::session`).
    fn step() -> impl Strategy<Value = Vec<u8>> {
        let conn = 0u8..4;
        prop_oneof![
            (conn.clone(), 0u8..3).prop_map(|(c, rights)| vec![rights * 32 + c]),
            // Joins as our clients do: cancels, streams and interest.
            conn.clone().prop_map(|c| vec![0xC0 + c]),
            conn.clone().prop_map(|c| vec![4 + c]),
            Just(vec![28]), // a look of the clock: requests expire after two
            (conn, packet()).prop_map(|(c, p)| [vec![8 + c], p.into_bytes()].concat()),
        ]
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(500))]
        #[test]
        fn the_books_balance_whatever_the_clients_send(steps in prop::collection::vec(step(), 1..80)) {
            ragents::relay::fuzz::session(&steps.join(&0xFF));
        }
    }
}
