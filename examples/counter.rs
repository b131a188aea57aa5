//! An agent in a Rust program, for pages to call (feature `rust-client`):
//! `cargo run --features rust-client --example counter -- URL KEY`.
//! It answers `echo` with what it was sent, and streams `count` (n): the
//! numbers 0 to n - 1 as chunks, each once its caller has credit, then
//! `{"sent": how many}`. It prints `ready` once the agent exists, and runs
//! until the session ends.

use ragents::{Config, Ctx, Handlers, Session};
use serde_json::{json, Value};

async fn count(n: Value, ctx: Ctx) -> Result<Value, String> {
    let n = n.as_u64().ok_or("count takes a number")?;
    let mut sent = 0;
    while sent < n && ctx.write(&sent).await {
        sent += 1;
    }
    Ok(json!({ "sent": sent }))
}

#[tokio::main(flavor = "current_thread")]
async fn main() -> Result<(), ragents::Error> {
    let mut args = std::env::args().skip(1);
    let url = args.next().unwrap_or_else(|| "ws://localhost:9000".into());
    let key = args.next().unwrap_or_else(|| "sample".into());
    let session = Session::connect(Config::new(url, key)).await?;
    let handlers = Handlers::new()
        .on("echo", |body: Value, _| async move { Ok(body) })
        .on("count", count);
    let _agent = session
        .create_agent_with(
            json!({"name": "counter", "title": "a Rust agent"}),
            handlers,
        )
        .await?;
    println!("ready");
    session.closed().await;
    Ok(())
}
