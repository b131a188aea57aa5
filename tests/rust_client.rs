//! The Rust client (feature `rust-client`) against a real `ragentsd`: two
//! sessions, an agent in one answering and emitting, the other calling it
//! by id and by name and reading its events; errors with the JavaScript
//! client's codes; a dropped call given up at the agent.
#![cfg(all(feature = "rust-client", not(target_arch = "wasm32")))]

mod common;

use common::Relay;
use futures_util::StreamExt;
use ragents::{Config, Error, Handlers, RemoteAgent, Session};
use serde_json::{json, Value};
use std::time::Duration;
use tokio::time::timeout;

const WAIT: Duration = Duration::from_secs(5);

async fn pair(relay: &Relay, key: &str) -> (Session, Session) {
    let config = || Config::new(relay.url(), key).timeout(WAIT);
    (
        Session::connect(config()).await.unwrap(),
        Session::connect(config()).await.unwrap(),
    )
}

async fn find(session: &Session, name: &str) -> RemoteAgent {
    let list = session.remote_agents().await.unwrap();
    list.into_iter()
        .find(|r| r.name() == Some(name))
        .expect("the agent is listed")
}

#[tokio::test]
async fn an_agent_answers_emits_and_is_called_by_name() {
    let relay = Relay::start(&[]);
    let (owner, caller) = pair(&relay, "rust").await;
    let agent = owner
        .create_agent(json!({"name": "echoer", "title": "echoes"}))
        .await
        .unwrap();
    agent.handle("echo", |body: Value, _| async move { Ok(body) });
    agent.handle("fail", |_, _| async move { Err("no such luck".to_owned()) });
    let echoer = find(&caller, "echoer").await;
    assert_eq!(echoer.id(), agent.id());
    assert_eq!(echoer.info()["title"], "echoes");

    let answer: Value = echoer.send("echo", &json!({"a": [1, "é"]})).await.unwrap();
    assert_eq!(answer, json!({"a": [1, "é"]}));
    let typed: Vec<u32> = echoer.send("echo", &[1, 2, 3]).await.unwrap();
    assert_eq!(typed, [1, 2, 3]);
    let named: String = caller.request("echoer", "echo", &"by name").await.unwrap();
    assert_eq!(named, "by name");

    let failed = echoer.send::<Value>("fail", &()).await.unwrap_err();
    assert_eq!(
        (failed.code, failed.message.as_str()),
        ("ERR_REMOTE", "no such luck")
    );
    let unknown = echoer.send::<Value>("nothing", &()).await.unwrap_err();
    assert_eq!(unknown.code, "ERR_REMOTE");
    let wrong_type = echoer.send::<u32>("echo", &"text").await.unwrap_err();
    assert_eq!(wrong_type.code, "ERR_INVALID_ARG");

    // Events, in order, once the relay knows this client listens: a probe
    // listened to after them, once heard, says their listen is made.
    assert!(
        !agent.is_heard("echoed").await.unwrap(),
        "nobody listens yet"
    );
    let mut events = echoer.events("echoed");
    let mut probe = echoer.events("probe");
    timeout(WAIT, async {
        loop {
            agent.emit("probe", &0).unwrap();
            if timeout(Duration::from_millis(50), probe.next())
                .await
                .is_ok()
            {
                break;
            }
        }
    })
    .await
    .unwrap();
    // The relay tells the agent's client that it is heard now.
    timeout(WAIT, async {
        while !agent.is_heard("echoed").await.unwrap() {
            tokio::time::sleep(Duration::from_millis(10)).await;
        }
    })
    .await
    .unwrap();
    for n in 0..3 {
        agent.emit("echoed", &json!({"n": n})).unwrap();
    }
    for n in 0..3 {
        let body = timeout(WAIT, events.next()).await.unwrap().unwrap();
        assert_eq!(body, json!({"n": n}));
    }
    owner.close();
    caller.close();
}

#[tokio::test]
async fn timeouts_and_dropped_calls_reach_the_agent() {
    let relay = Relay::start(&[]);
    let (owner, caller) = pair(&relay, "rust-cancel").await;
    let agent = owner.create_agent(json!({"name": "slow"})).await.unwrap();
    let (told, mut cancelled) = tokio::sync::mpsc::unbounded_channel();
    agent.handle("hold", move |_, mut ctx| {
        let told = told.clone();
        async move {
            // Waits until its caller gives up, and says so.
            let _ = ctx.cancelled.wait_for(|c| *c).await;
            let _ = told.send(ctx.name.clone());
            Ok(Value::Null)
        }
    });
    let slow = find(&caller, "slow").await;
    let timed_out = slow
        .send_within::<Value>("hold", &1, Some(Duration::from_millis(200)))
        .await
        .unwrap_err();
    assert_eq!(timed_out.code, "ERR_TIMEOUT");
    assert_eq!(
        timeout(WAIT, cancelled.recv()).await.unwrap().as_deref(),
        Some("hold"),
        "the deadline reached the agent"
    );
    // A call whose future is dropped is given up at the agent too.
    let dropped = timeout(Duration::from_millis(200), slow.send::<Value>("hold", &2)).await;
    assert!(dropped.is_err(), "still waiting when dropped");
    assert_eq!(
        timeout(WAIT, cancelled.recv()).await.unwrap().as_deref(),
        Some("hold"),
        "the drop reached the agent"
    );
}

#[tokio::test]
async fn a_closed_session_and_a_relay_that_is_not_there_say_so() {
    let relay = Relay::start(&[]);
    let (owner, caller) = pair(&relay, "rust-close").await;
    owner.create_agent(json!({"name": "a"})).await.unwrap();
    let a = find(&caller, "a").await;
    caller.close();
    let closed: Error = a.send::<Value>("x", &()).await.unwrap_err();
    assert_eq!(closed.code, "ERR_CLOSED");
    let url = format!("ws://127.0.0.1:{}", free_port());
    let refused = Session::connect(Config::new(url, "k").timeout(WAIT))
        .await
        .err()
        .unwrap();
    assert_eq!(refused.code, "ERR_CONNECT");
    // A relay that takes the connection and never answers: within the
    // session's timeout.
    let silent = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    let url = format!("ws://{}", silent.local_addr().unwrap());
    let config = Config::new(url, "k").timeout(Duration::from_millis(300));
    let unanswered = timeout(Duration::from_secs(3), Session::connect(config))
        .await
        .unwrap();
    let unanswered = unanswered.err().unwrap();
    assert_eq!(unanswered.code, "ERR_CONNECT", "{unanswered}");
}

fn free_port() -> u16 {
    std::net::TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port()
}

/// The `ragents` command line against the same relay.
async fn cli(relay: &Relay, key: &str, args: &[&str]) -> tokio::process::Child {
    tokio::process::Command::new(env!("CARGO_BIN_EXE_ragents"))
        .args(["--url", &relay.url(), "--key", key, "--timeout", "5"])
        .args(args)
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .kill_on_drop(true)
        .spawn()
        .unwrap()
}

async fn output(child: tokio::process::Child) -> (bool, String, String) {
    let out = timeout(WAIT * 2, child.wait_with_output())
        .await
        .unwrap()
        .unwrap();
    let text = |b: Vec<u8>| String::from_utf8(b).unwrap();
    (out.status.success(), text(out.stdout), text(out.stderr))
}

#[tokio::test]
async fn the_command_line_lists_calls_and_listens() {
    let relay = Relay::start(&[]);
    let owner = Session::connect(Config::new(relay.url(), "cli").timeout(WAIT))
        .await
        .unwrap();
    // Called before the agent exists: the call waits for it.
    let early = cli(&relay, "cli", &["call", "calc", "add", "[2, 3]"]).await;
    tokio::time::sleep(Duration::from_millis(200)).await;
    // Its handler there from the start: the waiting call comes at once.
    let add = |body: Value, _| async move {
        let list = body.as_array().ok_or("not a list")?;
        Ok(json!(list.iter().filter_map(Value::as_i64).sum::<i64>()))
    };
    let info = json!({"name": "calc", "title": "adds"});
    let handlers = Handlers::new().on("add", add);
    let agent = owner.create_agent_with(info, handlers).await.unwrap();
    assert_eq!(output(early).await, (true, "5\n".into(), String::new()));

    let (ok, agents, _) = output(cli(&relay, "cli", &["agents"]).await).await;
    let agents: Vec<Value> = agents
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    assert!(
        ok && agents
            .iter()
            .any(|a| a["name"] == "calc" && a["title"] == "adds"),
        "{agents:?}"
    );

    let (ok, _, err) = output(cli(&relay, "cli", &["call", "calc", "add", "{"]).await).await;
    assert!(
        !ok && err.starts_with("ERR_INVALID_ARG: PARAMS is not JSON"),
        "{err}"
    );
    let (ok, _, err) = output(cli(&relay, "cli", &["call", "calc", "add", "7"]).await).await;
    assert_eq!((ok, err.as_str()), (false, "ERR_REMOTE: not a list\n"));

    // Two events, whenever its listen is made: ticks until it has them.
    let listen = cli(&relay, "cli", &["listen", "calc", "tick", "-n", "2"]).await;
    let ticking = tokio::spawn(async move {
        for n in 0.. {
            agent.emit("tick", &json!({"n": n})).unwrap();
            tokio::time::sleep(Duration::from_millis(20)).await;
        }
    });
    let (ok, lines, _) = output(listen).await;
    ticking.abort();
    let ticks: Vec<i64> = lines
        .lines()
        .map(|l| {
            serde_json::from_str::<Value>(l).unwrap()["n"]
                .as_i64()
                .unwrap()
        })
        .collect();
    assert!(
        ok && ticks.len() == 2 && ticks[1] == ticks[0] + 1,
        "{lines}"
    );
}

#[tokio::test]
async fn a_panicking_handler_answers_and_dropped_handles_end_the_session() {
    let relay = Relay::start(&[]);
    let (owner, caller) = pair(&relay, "rust-ends").await;
    let agent = owner
        .create_agent(json!({"name": "fragile"}))
        .await
        .unwrap();
    agent.handle("boom", |_, _| async move { panic!("inside the handler") });
    let fragile = find(&caller, "fragile").await;
    let boom = timeout(WAIT, fragile.send::<Value>("boom", &()))
        .await
        .unwrap()
        .unwrap_err();
    assert_eq!(
        (boom.code, boom.message.as_str()),
        ("ERR_REMOTE", "the handler panicked")
    );

    // Its events stream ends when the agent goes, and the agent goes when
    // every handle of its session is dropped.
    let mut events = fragile.events("e");
    // (A watch of it kept meanwhile does not keep it.)
    let _watch = owner.watch();
    drop((owner, agent));
    assert_eq!(
        timeout(WAIT, events.next()).await.unwrap(),
        None,
        "the stream ended"
    );
    let left = caller.remote_agents().await.unwrap();
    assert!(left.iter().all(|r| r.name() != Some("fragile")), "{left:?}");
}

#[tokio::test]
async fn a_streamed_answer_comes_in_order_under_credit_and_dropping_it_stops_the_agent() {
    use std::sync::atomic::{AtomicUsize, Ordering::SeqCst};
    use std::sync::Arc;
    let relay = Relay::start(&[]);
    let (owner, caller) = pair(&relay, "rust-streams").await;
    let written = Arc::new(AtomicUsize::new(0));
    let (ended, mut ends) = tokio::sync::mpsc::unbounded_channel();
    let count = {
        let written = written.clone();
        move |n: Value, ctx: ragents::Ctx| {
            let (written, ended) = (written.clone(), ended.clone());
            async move {
                let mut sent = 0;
                for i in 0..n.as_u64().unwrap_or(0) {
                    if !ctx.write(&i).await {
                        break;
                    }
                    sent += 1;
                    written.fetch_add(1, SeqCst);
                }
                let _ = ended.send(sent);
                Ok(json!({"sent": sent, "stream": ctx.stream()}))
            }
        }
    };
    let handlers = Handlers::new().on("count", count);
    owner
        .create_agent_with(json!({"name": "counter"}), handlers)
        .await
        .unwrap();
    let counter = find(&caller, "counter").await;

    // 3,000 chunks in order (the window grows past 32 as they are read),
    // then the answer.
    let mut chunks = counter.stream("count", &3000).unwrap();
    let mut got = 0u64;
    while let Some(chunk) = timeout(WAIT, chunks.next()).await.unwrap() {
        assert_eq!(chunk, json!(got));
        got += 1;
    }
    assert_eq!(got, 3000);
    let answer: Value = chunks.result().await.unwrap();
    assert_eq!(answer, json!({"sent": 3000, "stream": true}));
    assert_eq!(ends.recv().await, Some(3000));

    // Not read: the agent stops at the first window; dropped: it is told.
    written.store(0, SeqCst);
    let unread = counter.stream("count", &1_000_000).unwrap();
    tokio::time::sleep(Duration::from_millis(300)).await;
    assert_eq!(written.load(SeqCst), 32, "the first window, no more");
    drop(unread);
    assert_eq!(
        timeout(WAIT, ends.recv()).await.unwrap(),
        Some(32),
        "its writes end"
    );

    // A plain call: no stream, the answer alone.
    let plain: Value = counter.send("count", &5).await.unwrap();
    assert_eq!(plain, json!({"sent": 0, "stream": false}));
}

#[tokio::test]
async fn an_agent_comes_back_with_its_session_after_the_relay_restarts() {
    let relay = Relay::start(&[]);
    let port = relay.port.to_string();
    let backoff = ragents::Backoff {
        min_delay: 50,
        max_delay: 200,
        factor: 2.0,
        jitter: 0.0,
        retries: None,
    };
    let config = Config::new(relay.url(), "rust-back")
        .timeout(WAIT)
        .reconnect(backoff);
    let owner = Session::connect(config).await.unwrap();
    // (An agent before it, destroyed: made again alone, its id differs.)
    let before = owner.create_agent(json!({"name": "before"})).await.unwrap();
    let ping = |_, _| async move { Ok(json!("pong")) };
    let agent = owner
        .create_agent_with(json!({"name": "phoenix"}), Handlers::new().on("ping", ping))
        .await
        .unwrap();
    let first = agent.id();
    before.destroy().await.unwrap();
    // A new relay on the same port: nothing of the old session is kept, so
    // the session comes back on a new place and makes its agent again.
    drop(relay);
    let mut ragentsd = std::process::Command::new(env!("CARGO_BIN_EXE_ragentsd"));
    ragentsd.args(["-p", &port]);
    let relay = Relay::run(ragentsd, std::process::Stdio::null());
    let caller = Session::connect(Config::new(relay.url(), "rust-back").timeout(WAIT))
        .await
        .unwrap();
    let phoenix = timeout(WAIT, async {
        loop {
            let list = caller.remote_agents().await.unwrap();
            if let Some(p) = list.into_iter().find(|r| r.name() == Some("phoenix")) {
                return p;
            }
            tokio::time::sleep(Duration::from_millis(50)).await;
        }
    })
    .await
    .unwrap();
    assert_ne!(phoenix.id(), first, "made again");
    assert_eq!(agent.id(), phoenix.id(), "its handle follows");
    let pong: String = phoenix.send("ping", &()).await.unwrap();
    assert_eq!(pong, "pong");
    // And its emits go out under its new id.
    let mut events = phoenix.events("e");
    let heard = timeout(WAIT, async {
        loop {
            agent.emit("e", &1).unwrap();
            if let Ok(Some(body)) = timeout(Duration::from_millis(50), events.next()).await {
                return body;
            }
        }
    })
    .await
    .unwrap();
    assert_eq!(heard, json!(1));
}

#[tokio::test]
async fn a_watch_tells_what_happens_to_the_session() {
    use ragents::SessionEvent;
    let relay = Relay::start(&[]);
    let (owner, watcher) = pair(&relay, "rust-watch").await;
    let mut watch = watcher.watch();
    let agent = owner.create_agent(json!({"name": "comer"})).await.unwrap();
    let id = agent.id();
    match timeout(WAIT, watch.next()).await.unwrap() {
        Some(SessionEvent::AgentCreated(a)) => {
            assert_eq!((a.id(), a.name()), (id.as_str(), Some("comer")))
        }
        other => panic!("{other:?}"),
    }
    agent.destroy().await.unwrap();
    match timeout(WAIT, watch.next()).await.unwrap() {
        Some(SessionEvent::AgentDestroyed(a)) => assert_eq!(a.id(), id),
        other => panic!("{other:?}"),
    }
    watcher.close();
    assert!(matches!(
        timeout(WAIT, watch.next()).await.unwrap(),
        Some(SessionEvent::Closed)
    ));
    assert!(
        timeout(WAIT, watch.next()).await.unwrap().is_none(),
        "nothing follows"
    );
}

#[tokio::test]
async fn a_write_given_up_is_not_sent_and_a_result_reads_what_is_left() {
    let relay = Relay::start(&[]);
    let (owner, caller) = pair(&relay, "rust-give-up").await;
    let give_up = |_: Value, ctx: ragents::Ctx| async move {
        for i in 0..100 {
            match timeout(Duration::from_millis(50), ctx.write(&i)).await {
                Ok(true) => {}
                Ok(false) => break,
                // No credit in time: given up, and something else instead.
                Err(_) => {
                    ctx.write(&"instead").await;
                    break;
                }
            }
        }
        Ok(json!("done"))
    };
    let count = |n: Value, ctx: ragents::Ctx| async move {
        for i in 0..n.as_u64().unwrap() {
            ctx.write(&i).await;
        }
        Ok(json!("counted"))
    };
    let handlers = Handlers::new().on("give_up", give_up).on("count", count);
    owner
        .create_agent_with(json!({"name": "w"}), handlers)
        .await
        .unwrap();
    let w = find(&caller, "w").await;

    let mut chunks = w.stream("give_up", &()).unwrap();
    tokio::time::sleep(Duration::from_millis(300)).await; // the window used, a write given up
    let mut got = Vec::new();
    while let Some(chunk) = timeout(WAIT, chunks.next()).await.unwrap() {
        got.push(chunk);
    }
    let want: Vec<Value> = (0..32)
        .map(|i| json!(i))
        .chain([json!("instead")])
        .collect();
    assert_eq!(got, want, "the write given up never went");

    // 500 chunks nobody reads: the answer still comes, credit granted as
    // result() reads them away.
    let unread = w.stream("count", &500).unwrap();
    let answer: String = timeout(WAIT, unread.result()).await.unwrap().unwrap();
    assert_eq!(answer, "counted");
}

#[tokio::test]
async fn a_stream_has_its_own_deadline_and_the_command_line_says_when_its_agent_went() {
    let relay = Relay::start(&[]);
    let (owner, caller) = pair(&relay, "rust-bounds").await;
    // Writes nothing, and never answers: only the deadline can end the
    // call. (An answer once its own deadline passed could still reach a
    // caller whose timer, under load, had not fired yet.)
    let silent = |_, _: ragents::Ctx| std::future::pending::<Result<Value, String>>();
    let agent = owner
        .create_agent_with(
            json!({"name": "silent"}),
            Handlers::new().on("wait", silent),
        )
        .await
        .unwrap();
    let silent = find(&caller, "silent").await;
    let bounded = silent
        .stream_within("wait", &(), Some(Duration::from_millis(200)))
        .unwrap();
    // (Well before the session's own bound, 5 s.)
    let within = Duration::from_secs(2);
    let timed_out = timeout(within, bounded.result::<Value>())
        .await
        .unwrap()
        .unwrap_err();
    assert_eq!(timed_out.code, "ERR_TIMEOUT");

    // `listen -n 5` whose agent goes after none: exit 1, ERR_CLOSED.
    let listen = cli(
        &relay,
        "rust-bounds",
        &["listen", "silent", "tick", "-n", "5"],
    )
    .await;
    tokio::time::sleep(Duration::from_millis(300)).await;
    agent.destroy().await.unwrap();
    let (ok, _, err) = output(listen).await;
    assert!(
        !ok && err.starts_with("ERR_CLOSED: silent or the session ended after 0 events"),
        "{err}"
    );
}

#[tokio::test]
async fn an_agent_is_told_when_its_events_become_heard_and_unheard() {
    let relay = Relay::start(&[]);
    let (owner, listener) = pair(&relay, "rust-interest").await;
    let agent = owner.create_agent(json!({"name": "ticker"})).await.unwrap();
    let mut interest = agent.interest();
    // Known from its first emit: nobody hears it, and it is not sent.
    agent.emit("tick", &0).unwrap();
    let ticker = find(&listener, "ticker").await;
    let events = ticker.events("tick");
    let told = timeout(WAIT, interest.next()).await.unwrap();
    assert_eq!(told, Some(("tick".to_owned(), true)));
    drop(events);
    let told = timeout(WAIT, interest.next()).await.unwrap();
    assert_eq!(told, Some(("tick".to_owned(), false)));
    // A name it never emitted: the relay tells of it, and so is it.
    let other = ticker.events("tock");
    let told = timeout(WAIT, interest.next()).await.unwrap();
    assert_eq!(told, Some(("tock".to_owned(), true)));
    assert!(agent.is_heard("tock").await.unwrap());
    drop(other);
    let told = timeout(WAIT, interest.next()).await.unwrap();
    assert_eq!(told, Some(("tock".to_owned(), false)));
    // A client that does not say what it listens to (as 1.0.0's) hears
    // everything: each name known is told of, and again when it leaves.
    let (mut old, _) = tokio_tungstenite::connect_async(relay.url()).await.unwrap();
    let connect = r#"{"type":"request","name":"connect","to":"server","id":"0","body":{"key":"rust-interest"}}"#;
    futures_util::SinkExt::send(&mut old, connect.into())
        .await
        .unwrap();
    let heard = [("tick".to_owned(), true), ("tock".to_owned(), true)];
    assert_eq!(two(&mut interest).await, heard);
    old.close(None).await.unwrap();
    let unheard = [("tick".to_owned(), false), ("tock".to_owned(), false)];
    assert_eq!(two(&mut interest).await, unheard);
    // It ends with its agent.
    agent.destroy().await.unwrap();
    assert_eq!(timeout(WAIT, interest.next()).await.unwrap(), None);
    owner.close();
    listener.close();
}

/// The next two things `interest` is told, in name order.
async fn two(interest: &mut ragents::Interest) -> Vec<(String, bool)> {
    let mut got = Vec::new();
    for _ in 0..2 {
        got.push(timeout(WAIT, interest.next()).await.unwrap().unwrap());
    }
    got.sort();
    got
}

#[tokio::test]
async fn the_command_line_serves_an_echo_agent_until_the_session_ends() {
    use tokio::io::AsyncBufReadExt;
    let relay = Relay::start(&[]);
    let mut serve = cli(&relay, "cli-serve", &["serve", "--name", "echo2"]).await;
    let stdout = serve.stdout.take().unwrap();
    let mut lines = tokio::io::BufReader::new(stdout).lines();
    let ready = timeout(WAIT, lines.next_line()).await.unwrap().unwrap();
    let ready: Value = serde_json::from_str(&ready.unwrap()).unwrap();
    assert_eq!(ready["name"], "echo2");
    let caller = Session::connect(Config::new(relay.url(), "cli-serve").timeout(WAIT))
        .await
        .unwrap();
    let answer: Value = caller
        .request("echo2", "echo", &json!({"a": [1]}))
        .await
        .unwrap();
    assert_eq!(answer, json!({"a": [1]}));
    assert_eq!(json!(find(&caller, "echo2").await.id()), ready["id"]);
    // The relay goes: so does the session, and serve says so.
    drop(relay);
    let (ok, _, stderr) = output(serve).await;
    assert!(!ok);
    assert!(stderr.starts_with("ERR_CLOSED: "), "{stderr}");
}

/// A TCP proxy to `relay` whose connections `cut` drops at once, without a
/// close frame (as a network that goes away): the relay keeps their places.
struct CutProxy {
    port: u16,
    live: std::sync::Arc<std::sync::Mutex<Vec<tokio::task::JoinHandle<()>>>>,
}

impl CutProxy {
    async fn start(relay: &Relay) -> CutProxy {
        let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
        let port = listener.local_addr().unwrap().port();
        let live = std::sync::Arc::new(std::sync::Mutex::new(Vec::new()));
        let (to, pipes) = (relay.port, live.clone());
        tokio::spawn(async move {
            while let Ok((mut outer, _)) = listener.accept().await {
                let pipe = tokio::spawn(async move {
                    let Ok(mut inner) = tokio::net::TcpStream::connect(("127.0.0.1", to)).await
                    else {
                        return;
                    };
                    let _ = tokio::io::copy_bidirectional(&mut outer, &mut inner).await;
                });
                pipes.lock().unwrap().push(pipe);
            }
        });
        CutProxy { port, live }
    }

    fn url(&self) -> String {
        format!("ws://127.0.0.1:{}", self.port)
    }

    fn cut(&self) {
        for pipe in self.live.lock().unwrap().drain(..) {
            pipe.abort();
        }
    }
}

#[tokio::test]
async fn through_cut_sockets_a_resumed_session_answers_each_call_and_event_once() {
    let relay = Relay::start(&[]);
    let proxy = CutProxy::start(&relay).await;
    let owner = Session::connect(Config::new(relay.url(), "rust-cuts").timeout(WAIT))
        .await
        .unwrap();
    let agent = owner.create_agent(json!({"name": "echoer"})).await.unwrap();
    agent.handle("echo", |body: Value, _| async move {
        tokio::time::sleep(Duration::from_millis(2)).await;
        Ok(body)
    });
    let backoff = ragents::Backoff {
        min_delay: 20,
        max_delay: 100,
        ..Default::default()
    };
    let config = Config::new(proxy.url(), "rust-cuts")
        .timeout(WAIT * 2)
        .reconnect(backoff);
    let caller = Session::connect(config).await.unwrap();
    let mut watch = caller.watch();
    let echoer = find(&caller, "echoer").await;
    let mut ticks = echoer.events("tick");
    // The listen made before the events go.
    while !agent.is_heard("tick").await.unwrap() {
        tokio::time::sleep(Duration::from_millis(10)).await;
    }
    let calls = futures_util::stream::iter(0..300).map(|n| {
        let echoer = &echoer;
        async move { (n, echoer.send::<Value>("echo", &json!(n)).await) }
    });
    let cuts = async {
        for n in 0..300 {
            agent.emit("tick", &n).unwrap();
            if n % 100 == 50 {
                proxy.cut();
            }
            tokio::time::sleep(Duration::from_millis(1)).await;
        }
    };
    let (answers, ()) = tokio::join!(calls.buffer_unordered(20).collect::<Vec<_>>(), cuts);
    for (n, answer) in answers {
        assert_eq!(answer.unwrap(), json!(n), "call {n}");
    }
    for n in 0..300 {
        let tick = timeout(WAIT, ticks.next()).await.unwrap();
        assert_eq!(tick, Some(json!(n)), "each event once, in order");
    }
    // It was cut, and came back on its place.
    let mut resumed = 0;
    while let Ok(Some(told)) = timeout(Duration::from_millis(200), watch.next()).await {
        if let ragents::SessionEvent::Reconnected { resumed: true } = told {
            resumed += 1;
        }
    }
    assert!(resumed >= 1, "resumed {resumed} times");
    owner.close();
    caller.close();
}
