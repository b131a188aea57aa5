//! The README's Rust samples are the text of code the tests build and run
//! (whitespace aside): the API's sample is the crate's doc example (a
//! doctest), the agent's is `examples/counter.rs` (a page calls it in
//! tests/node/rust-client.test.mjs), the browser's is in tests/rust_web.rs
//! (run in each engine). A sample edited alone fails here.

use std::path::Path;

fn read(path: &str) -> String {
    std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join(path)).unwrap()
}

/// The text without whitespace, and without the `//!` of doc comments.
fn squeezed(text: &str) -> String {
    let text = text.replace("//!", "");
    text.chars().filter(|c| !c.is_whitespace()).collect()
}

/// The README's sample `name` (the ```rust block after its marker).
fn sample(readme: &str, name: &str) -> String {
    let marker = format!("<!-- sample:{name} -->\n```rust\n");
    let at = readme
        .find(&marker)
        .unwrap_or_else(|| panic!("README.md has no sample:{name}"));
    let rest = &readme[at + marker.len()..];
    rest[..rest.find("```").unwrap()].to_owned()
}

#[test]
fn the_readme_rust_samples_are_code_the_tests_run() {
    let readme = read("README.md");
    for (name, file) in [
        ("rust", "src/native/mod.rs"),
        ("rust-agent", "examples/counter.rs"),
        ("rust-browser", "tests/rust_web.rs"),
    ] {
        let sample = squeezed(&sample(&readme, name));
        assert!(
            sample.len() > 100,
            "sample:{name} is too short to mean anything"
        );
        assert!(
            squeezed(&read(file)).contains(&sample),
            "README.md's sample:{name} is not the text of {file}"
        );
    }
}
