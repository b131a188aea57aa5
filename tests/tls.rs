//! The Rust client and the command line over `wss://`: a relay behind TLS
//! (as behind a proxy that terminates it), its certificate signed by a CA
//! that the client trusts through `SSL_CERT_FILE` (the system's roots
//! otherwise), and refused when that CA is not trusted. Its own test
//! binary: the variable is the process's.
//!
//! The certificates in tests/fixtures/tls/ are for this test alone: a CA,
//! and a certificate it signed for 127.0.0.1 and localhost (P-256, valid
//! until 2126).
#![cfg(all(feature = "rust-client", not(target_arch = "wasm32")))]

mod common;

use common::Relay;
use ragents::{Config, Session};
use serde_json::{json, Value};
use std::path::Path;
use std::sync::Arc;
use std::time::Duration;
use tokio::net::{TcpListener, TcpStream};
use tokio_rustls::rustls::pki_types::pem::PemObject;
use tokio_rustls::rustls::pki_types::{CertificateDer, PrivateKeyDer};
use tokio_rustls::rustls::{crypto, ServerConfig};
use tokio_rustls::TlsAcceptor;

const WAIT: Duration = Duration::from_secs(5);

fn fixture(name: &str) -> std::path::PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures/tls")
        .join(name)
}

/// TLS in front of `relay`: each connection to the port returned is
/// decrypted and passed on to the relay's.
async fn tls_in_front(relay: &Relay) -> u16 {
    let certs = CertificateDer::pem_file_iter(fixture("relay.pem"))
        .unwrap()
        .collect::<Result<Vec<_>, _>>()
        .unwrap();
    let key = PrivateKeyDer::from_pem_file(fixture("relay.key")).unwrap();
    let provider = Arc::new(crypto::ring::default_provider());
    let config = ServerConfig::builder_with_provider(provider)
        .with_safe_default_protocol_versions()
        .unwrap()
        .with_no_client_auth()
        .with_single_cert(certs, key)
        .unwrap();
    let acceptor = TlsAcceptor::from(Arc::new(config));
    let listener = TcpListener::bind("127.0.0.1:0").await.unwrap();
    let port = listener.local_addr().unwrap().port();
    let inner = relay.port;
    tokio::spawn(async move {
        while let Ok((socket, _)) = listener.accept().await {
            let acceptor = acceptor.clone();
            tokio::spawn(async move {
                let Ok(mut outer) = acceptor.accept(socket).await else {
                    return; // a client that refused the certificate
                };
                let mut relay = TcpStream::connect(("127.0.0.1", inner)).await.unwrap();
                let _ = tokio::io::copy_bidirectional(&mut outer, &mut relay).await;
            });
        }
    });
    port
}

#[tokio::test]
async fn a_session_and_the_command_line_go_over_wss() {
    let relay = Relay::start(&[]);
    let port = tls_in_front(&relay).await;
    let url = format!("wss://127.0.0.1:{port}");

    // Without the CA among its roots, the client refuses the relay.
    std::env::set_var("SSL_CERT_FILE", fixture("relay.pem"));
    let refused = Session::connect(Config::new(&url, "tls").timeout(WAIT)).await;
    let refused = refused.err().expect("an untrusted certificate is refused");
    assert_eq!(refused.code, "ERR_CONNECT", "{refused:?}");

    std::env::set_var("SSL_CERT_FILE", fixture("ca.pem"));
    let owner = Session::connect(Config::new(&url, "tls").timeout(WAIT))
        .await
        .unwrap();
    let caller = Session::connect(Config::new(relay.url(), "tls").timeout(WAIT))
        .await
        .unwrap();
    let agent = owner.create_agent(json!({"name": "echoer"})).await.unwrap();
    agent.handle("echo", |body: Value, _| async move { Ok(body) });
    let answer: Value = caller
        .request("echoer", "echo", &"through TLS")
        .await
        .unwrap();
    assert_eq!(answer, "through TLS");

    // The command line, through TLS, calls the agent.
    let out = tokio::process::Command::new(env!("CARGO_BIN_EXE_ragents"))
        .args([
            "--url",
            &url,
            "--key",
            "tls",
            "call",
            "echoer",
            "echo",
            r#"{"a":1}"#,
        ])
        .env("SSL_CERT_FILE", fixture("ca.pem"))
        .output();
    let out = tokio::time::timeout(WAIT, out).await.unwrap().unwrap();
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert!(
        out.status.success(),
        "{stdout} {}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert_eq!(stdout.trim(), r#"{"a":1}"#);
    owner.close();
    caller.close();
}
