//! `ragents`: a session seen from a terminal, over the Rust client (feature
//! `rust-client`). It lists the session's agents, calls one by name,
//! prints one's events as they come, and watches the session: each answer or event a line of JSON on
//! stdout, each failure `CODE: message` on stderr and exit status 1 (for
//! `listen`, the agent or the session ending before the count too).

// (Built for the browser too when a test there asks for the crate's
// binaries: it is nothing there.)
#[cfg(target_arch = "wasm32")]
fn main() {}

#[cfg(not(target_arch = "wasm32"))]
fn main() -> std::process::ExitCode {
    cli::main()
}

#[cfg(not(target_arch = "wasm32"))]
mod cli {
    use clap::{Parser, Subcommand};
    use futures_util::{Stream, StreamExt};
    use ragents::{Config, Error, Handlers, Session, SessionEvent};
    use serde_json::{json, Value};
    use std::process::ExitCode;
    use std::time::Duration;

    #[derive(Parser)]
    #[command(
        name = "ragents",
        version,
        about = "Calls and watches the agents of a ragents session",
        after_help = "Output: one line of JSON per answer, agent or event (jq reads it).\n\
                      Exit status: 0 when done; 1 on a failure, its code and message on stderr \
                      as `CODE: message` (ERR_CONNECT, ERR_TIMEOUT, ERR_REMOTE, ERR_CLOSED...); \
                      2 on a wrong command line."
    )]
    struct Args {
        /// The relay's URL: ws://, or wss:// (TLS, checked against the system's
        /// roots or the PEM file SSL_CERT_FILE names).
        #[arg(
            short,
            long,
            env = "RAGENTS_URL",
            default_value = "ws://localhost:9000"
        )]
        url: String,
        /// The session's key, or the token a relay with a secret asks for
        /// (kept out of the process list in RAGENTS_KEY).
        #[arg(
            short,
            long,
            visible_alias = "token",
            env = "RAGENTS_KEY",
            hide_env_values = true
        )]
        key: String,
        /// Seconds to wait for the relay, and for each answer.
        #[arg(short, long, default_value_t = 10)]
        timeout: u64,
        /// Come back after a lost socket (resuming where the relay keeps the
        /// session's place), instead of ending with it.
        #[arg(short, long)]
        reconnect: bool,
        #[command(subcommand)]
        what: What,
    }

    #[derive(Subcommand)]
    enum What {
        /// Lists the session's agents, one JSON line each (`{id, name, title}`).
        Agents,
        /// Calls METHOD of the agent named AGENT (waiting for it to appear)
        /// with PARAMS (JSON; null if left out), and prints the answer.
        Call {
            agent: String,
            method: String,
            params: Option<String>,
        },
        /// Prints what happens to the session as it happens (agents that come
        /// and go, the socket lost and found), until interrupted (or COUNT).
        Watch {
            #[arg(short = 'n', long)]
            count: Option<usize>,
        },
        /// Prints the events named EVENT of the agent named AGENT as they come,
        /// until interrupted (or COUNT of them).
        Listen {
            agent: String,
            event: String,
            #[arg(short = 'n', long)]
            count: Option<usize>,
        },
        /// Runs an agent that answers `echo` with what it is sent, handy for
        /// testing a page: prints `{id, name}` once it exists, then serves
        /// until interrupted (exit 0) or the session ends (ERR_CLOSED).
        Serve {
            #[arg(long, default_value = "echoer")]
            name: String,
        },
    }

    #[tokio::main(flavor = "current_thread")]
    pub async fn main() -> ExitCode {
        let args = Args::parse();
        match run(args).await {
            Ok(()) => ExitCode::SUCCESS,
            Err(e) => {
                eprintln!("{}: {}", e.code, e.message);
                ExitCode::FAILURE
            }
        }
    }

    async fn run(args: Args) -> Result<(), Error> {
        let wait = Duration::from_secs(args.timeout.max(1));
        let mut config = Config::new(args.url, args.key).timeout(wait);
        if args.reconnect {
            config = config.reconnect(ragents::Backoff::default());
        }
        let session = Session::connect(config).await?;
        match args.what {
            What::Agents => {
                for agent in session.remote_agents().await? {
                    println!("{}", agent.info());
                }
            }
            What::Call {
                agent,
                method,
                params,
            } => {
                let params: Value = match params {
                    Some(text) => serde_json::from_str(&text).map_err(|e| Error {
                        code: "ERR_INVALID_ARG",
                        message: format!("PARAMS is not JSON: {e}"),
                    })?,
                    None => Value::Null,
                };
                let answer: Value = session.request(&agent, &method, &params).await?;
                println!("{answer}");
            }
            What::Watch { count } => {
                let watch = session.watch().map(describe);
                print_lines(watch, count, "the session").await?;
            }
            What::Listen {
                agent,
                event,
                count,
            } => {
                let remote = session
                    .remote_agents()
                    .await?
                    .into_iter()
                    .find(|r| r.name() == Some(&agent));
                let remote = remote.ok_or_else(|| Error {
                    code: "ERR_AGENT_NOT_FOUND",
                    message: format!("no agent named {agent} in the session"),
                })?;
                let events = remote.events(&event);
                print_lines(events, count, &format!("{agent} or the session")).await?;
            }
            What::Serve { name } => {
                let info = json!({"name": name, "title": "ragents serve: echoes"});
                let handlers = Handlers::new().on("echo", |body: Value, _| async move { Ok(body) });
                let agent = session.create_agent_with(info, handlers).await?;
                println!("{}", json!({"id": agent.id(), "name": name}));
                tokio::select! {
                    _ = session.closed() => return Err(Error {
                        code: "ERR_CLOSED",
                        message: "the session ended".into(),
                    }),
                    _ = tokio::signal::ctrl_c() => {}
                }
            }
        }
        // Its close frame sent before the process ends.
        session.close();
        let _ = tokio::time::timeout(Duration::from_secs(1), session.closed()).await;
        Ok(())
    }

    /// Prints each value of `lines` as a line of JSON, `count` of them or
    /// until interrupted: `ERR_CLOSED` when they end first (`what` ended).
    async fn print_lines(
        mut lines: impl Stream<Item = Value> + Unpin,
        count: Option<usize>,
        what: &str,
    ) -> Result<(), Error> {
        let mut printed = 0;
        while count.is_none_or(|n| printed < n) {
            let Some(line) = lines.next().await else {
                return Err(Error {
                    code: "ERR_CLOSED",
                    message: format!("{what} ended after {printed} events"),
                });
            };
            println!("{line}");
            printed += 1;
        }
        Ok(())
    }

    /// A session event as a line of JSON: `{"event": NAME, ...}`.
    fn describe(event: SessionEvent) -> Value {
        match event {
            SessionEvent::AgentCreated(a) => json!({"event": "agentCreated", "agent": a.info()}),
            SessionEvent::AgentDestroyed(a) => {
                json!({"event": "agentDestroyed", "agent": a.info()})
            }
            SessionEvent::Disconnected(e) => {
                json!({"event": "disconnected", "code": e.code, "message": e.message})
            }
            SessionEvent::Reconnecting { attempt, delay } => {
                json!({"event": "reconnecting", "attempt": attempt, "delay": delay})
            }
            SessionEvent::Reconnected { resumed } => {
                json!({"event": "reconnected", "resumed": resumed})
            }
            SessionEvent::Closed => json!({"event": "close"}),
        }
    }
}
