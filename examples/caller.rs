//! A caller in a Rust program, many calls in flight (feature
//! `rust-client`): `cargo run --features rust-client --example caller --
//! URL KEY AGENT TOTAL WINDOW` calls `echo` of the agent named AGENT TOTAL
//! times, WINDOW at once. It prints `ready` once connected and the agent
//! found, waits for a line on stdin, makes its calls, prints
//! `{"ms": elapsed}`, and exits when stdin ends (`npm run bench` measures
//! its CPU between `ready` and the answer).

use futures_util::{stream, StreamExt};
use ragents::{Config, Session};
use serde_json::{json, Value};
use std::io::BufRead;
use std::time::{Duration, Instant};

#[tokio::main(flavor = "current_thread")]
async fn main() -> Result<(), ragents::Error> {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let arg = |i: usize, default: &str| args.get(i).cloned().unwrap_or_else(|| default.into());
    let (url, key, name) = (
        arg(0, "ws://localhost:9000"),
        arg(1, "sample"),
        arg(2, "echoer"),
    );
    let total: u64 = arg(3, "10000").parse().unwrap_or(10_000);
    let window: usize = arg(4, "16").parse().unwrap_or(16);
    let config = Config::new(url, key).timeout(Duration::from_secs(30));
    let session = Session::connect(config).await?;
    let agents = session.remote_agents().await?;
    let Some(agent) = agents.into_iter().find(|a| a.name() == Some(name.as_str())) else {
        eprintln!("no agent named {name}");
        std::process::exit(1);
    };
    println!("ready");
    let mut lines = std::io::stdin().lock().lines();
    let _ = lines.next();
    let started = Instant::now();
    let agent = &agent;
    let calls = stream::iter(0..total)
        .map(|n| async move { agent.send::<Value>("echo", &json!({ "n": n })).await });
    let mut answers = calls.buffer_unordered(window);
    while let Some(answer) = answers.next().await {
        answer?;
    }
    println!(
        "{}",
        json!({ "ms": started.elapsed().as_secs_f64() * 1000.0 })
    );
    for _ in lines {}
    session.close();
    Ok(())
}
