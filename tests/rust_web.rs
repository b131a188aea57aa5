//! The Rust client in the browser (feature `rust-client`, wasm32): the API
//! a Rust front-end (Leptos, Yew, Dioxus) uses, over the page's WebSocket
//! and timers, in each engine, against the real `ragentsd` that `npm test`
//! starts (its URL compiled in). Two sessions in one page: an agent
//! answers, streams and emits; the other calls it by id and by name, reads
//! a stream under credit and its events; a relay that is not there says so.
#![cfg(all(target_arch = "wasm32", feature = "rust-client"))]

use futures_util::StreamExt;
use ragents::{Config, Ctx, Handlers, Session};
use serde_json::{json, Value};
use std::time::Duration;
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

const RELAY: &str = match option_env!("RAGENTS_RELAY_URL") {
    Some(u) => u,
    None => "ws://127.0.0.1:9000",
};

const WAIT: Duration = Duration::from_secs(5);

fn key(name: &str) -> String {
    format!("{name}-{}", js_sys::Math::random())
}

async fn count(n: Value, ctx: Ctx) -> Result<Value, String> {
    let n = n.as_u64().ok_or("count takes a number")?;
    let mut sent = 0;
    while sent < n && ctx.write(&sent).await {
        sent += 1;
    }
    Ok(json!({ "sent": sent }))
}

#[wasm_bindgen_test]
async fn an_agent_in_a_page_answers_streams_and_emits_to_another_session() {
    let key = key("rust-web");
    let config = || Config::new(RELAY, key.as_str()).timeout(WAIT);
    let owner = Session::connect(config()).await.unwrap();
    let caller = Session::connect(config()).await.unwrap();
    let handlers = Handlers::new()
        .on("echo", |body: Value, _| async move { Ok(body) })
        .on("count", count);
    let info = json!({"name": "counter"});
    let agent = owner.create_agent_with(info, handlers).await.unwrap();

    let named: String = caller.request("counter", "echo", &"by name").await.unwrap();
    assert_eq!(named, "by name");
    let list = caller.remote_agents().await.unwrap();
    let counter = list
        .into_iter()
        .find(|r| r.name() == Some("counter"))
        .unwrap();
    assert_eq!(counter.id(), agent.id());
    let answer: Value = counter.send("echo", &json!({"a": [1, "é"]})).await.unwrap();
    assert_eq!(answer, json!({"a": [1, "é"]}));
    let unknown = counter.send::<Value>("nothing", &()).await.unwrap_err();
    assert_eq!(unknown.code, "ERR_REMOTE");

    // 2,000 chunks, in order, under the caller's credit, then the answer.
    let mut chunks = counter.stream("count", &2000).unwrap();
    for n in 0..2000u64 {
        assert_eq!(chunks.next().await, Some(json!(n)));
    }
    let done: Value = chunks.result().await.unwrap();
    assert_eq!(done, json!({"sent": 2000}));

    // Events, once the relay knows this session listens.
    let mut ticks = counter.events("tick");
    let mut interest = agent.interest();
    agent.emit("tick", &0).unwrap();
    assert_eq!(interest.next().await, Some(("tick".to_owned(), true)));
    for n in 1..4 {
        agent.emit("tick", &n).unwrap();
    }
    for n in 1..4 {
        assert_eq!(ticks.next().await, Some(json!(n)));
    }
    owner.close();
    caller.close();
}

#[wasm_bindgen_test]
async fn a_relay_that_is_not_there_and_a_closed_session_say_so() {
    let nowhere = Config::new("ws://127.0.0.1:9", key("none")).timeout(WAIT);
    let refused = Session::connect(nowhere)
        .await
        .err()
        .expect("no relay there");
    assert_eq!(refused.code, "ERR_CONNECT");

    let session = Session::connect(Config::new(RELAY, key("closed")).timeout(WAIT))
        .await
        .unwrap();
    session.close();
    let closed = session.create_agent(json!({"name": "late"})).await;
    let closed = closed.err().expect("a closed session makes no agent");
    assert_eq!(closed.code, "ERR_CLOSED");
}

#[wasm_bindgen_test]
async fn the_timers_a_session_waits_on_are_cleared_when_not_needed() {
    // Counts the page's timers that are set and neither fired nor cleared.
    js_sys::eval(
        r#"(() => {
          const set = globalThis.setTimeout, clear = globalThis.clearTimeout, live = new Set();
          globalThis.setTimeout = (f, ms, ...a) => {
            const id = set(() => { live.delete(id); f(...a); }, ms);
            live.add(id);
            return id;
          };
          globalThis.clearTimeout = (id) => { live.delete(id); clear(id); };
          globalThis.liveTimers = () => live.size;
        })()"#,
    )
    .unwrap();
    let key = key("rust-web-timers");
    // A far deadline (the heartbeat's), waited on again at each packet.
    let config = || {
        Config::new(RELAY, key.as_str())
            .timeout(WAIT)
            .heartbeat(Duration::from_secs(30))
    };
    let owner = Session::connect(config()).await.unwrap();
    let caller = Session::connect(config()).await.unwrap();
    let handlers = Handlers::new().on("count", count);
    let agent = owner
        .create_agent_with(json!({"name": "timed"}), handlers)
        .await
        .unwrap();
    let list = caller.remote_agents().await.unwrap();
    let timed = list.into_iter().find(|r| r.id() == agent.id()).unwrap();
    let mut chunks = timed.stream("count", &2000).unwrap();
    while chunks.next().await.is_some() {}
    let _: Value = chunks.result().await.unwrap();
    let live = js_sys::eval("liveTimers()").unwrap().as_f64().unwrap();
    assert!(live <= 8.0, "{live} timers left pending");
    owner.close();
    caller.close();
}

/// The README's browser sample (tests/readme_samples.rs holds the two to
/// the same text): the counter of examples/counter.rs, streamed.
async fn readme_sample(
    relay_url: &str,
    mut log: impl FnMut(&Value),
) -> Result<Value, ragents::Error> {
    let session = Session::connect(Config::new(relay_url, "sample")).await?;
    let counter = session
        .remote_agents()
        .await?
        .into_iter()
        .find(|r| r.name() == Some("counter"))
        .unwrap();
    let mut chunks = counter.stream("count", &5)?; // credit granted as they are read
    while let Some(n) = chunks.next().await {
        log(&n);
    }
    let done: Value = chunks.result().await?; // {"sent": 5}
    Ok(done)
}

#[wasm_bindgen_test]
async fn the_readme_sample_streams_from_the_counter_agent() {
    let owner = Session::connect(Config::new(RELAY, "sample").timeout(WAIT))
        .await
        .unwrap();
    let handlers = Handlers::new().on("count", count);
    let info = json!({"name": "counter", "title": "a Rust agent"});
    let _agent = owner.create_agent_with(info, handlers).await.unwrap();
    let mut seen = Vec::new();
    let done = readme_sample(RELAY, |n| seen.push(n.clone()))
        .await
        .unwrap();
    assert_eq!(done, json!({"sent": 5}));
    assert_eq!(seen, [0, 1, 2, 3, 4].map(|n| json!(n)));
    owner.close();
}
