//! `ragentsd`: the command-line relay. Parses options (clap; each has an
//! environment variable), sets up the log, binds, serves until Ctrl-C or
//! SIGTERM, then closes every socket and exits 0.

#[cfg(target_arch = "wasm32")]
fn main() {}

#[cfg(not(target_arch = "wasm32"))]
fn main() -> std::process::ExitCode {
    native::main()
}

#[cfg(not(target_arch = "wasm32"))]
mod native {
    use clap::{CommandFactory, FromArgMatches, Parser, ValueEnum};
    use ragents::protocol::session::Limits;
    use ragents::relay::auth::{Auth, Claims};
    use ragents::relay::cluster::Cluster;
    use ragents::relay::{serve, Config};
    use std::io::Write;
    use std::path::PathBuf;
    use std::process::ExitCode;
    use std::sync::Arc;
    use std::time::Duration;
    use tracing::level_filters::LevelFilter;

    const AFTER_HELP: &str = "\
Clients connect a WebSocket to ws://HOST:PORT (subprotocol ragents-protocol)
and send {\"type\":\"request\",\"name\":\"connect\",\"to\":\"server\",\"id\":\"0\",\"body\":{\"key\":KEY}}.
A plain HTTP GET on / answers a page saying so; GET /healthz answers \"ok\",
GET /metrics the relay's counters in Prometheus' text format.
POST /rpc/KEY calls an agent of session KEY with JSON-RPC 2.0 (\"method\": \"AGENT.REQUEST\").";

    /// ragentsd - a relay for ragents, the agent messaging protocol over WebSocket
    #[derive(Parser, Debug)]
    #[command(name = "ragentsd", version, after_help = AFTER_HELP)]
    pub struct Cli {
        /// Port to listen on (0 picks a free one)
        #[arg(short, long, env = "PORT", value_name = "PORT", default_value_t = 9000)]
        pub port: u16,

        /// Address to listen on: 127.0.0.1 is this machine only;
        /// 0.0.0.0 accepts connections from other machines
        #[arg(
            long,
            env = "RAGENTSD_HOST",
            value_name = "HOST",
            default_value = "127.0.0.1",
            verbatim_doc_comment
        )]
        pub host: String,

        /// Also serve the static files in DIR over HTTP
        #[arg(long, env = "RAGENTSD_WWW", value_name = "DIR", value_parser = directory)]
        pub www: Option<PathBuf>,

        /// Largest frame accepted, in bytes (at least 64)
        #[arg(long, env = "RAGENTSD_MAX_FRAME", value_name = "BYTES",
              default_value_t = Config::default().max_frame, value_parser = frame_size)]
        pub max_frame: usize,

        /// Ping a connection that sent nothing for SECONDS, and close one
        /// that then sends nothing, not even the pong, for as long again
        /// (0 = no pings; at most 86400)
        #[arg(long, env = "RAGENTSD_PING", value_name = "SECONDS", default_value_t = 30,
              value_parser = clap::value_parser!(u64).range(..=86_400), verbatim_doc_comment)]
        pub ping: u64,

        /// Keep the place of a client whose socket was lost (its agents,
        /// what is sent to it) for SECONDS, for it to resume with its token
        /// (0 = no resuming; at most 3600)
        #[arg(long, env = "RAGENTSD_RESUME_GRACE", value_name = "SECONDS", default_value_t = 30,
              value_parser = clap::value_parser!(u64).range(..=3_600), verbatim_doc_comment)]
        pub resume_grace: u64,

        /// Close a connection whose frame (or fragmented message) takes
        /// longer than SECONDS to arrive from its first byte (1 to 3600)
        #[arg(long, env = "RAGENTSD_FRAME_TIMEOUT", value_name = "SECONDS", default_value_t = 30,
              value_parser = clap::value_parser!(u64).range(1..=3_600), verbatim_doc_comment)]
        pub frame_timeout: u64,

        /// Only pages from these origins may open a WebSocket: a comma-
        /// separated list of `scheme://host[:port]` (`*`: any). Others get
        /// HTTP 403. Clients that send no Origin (not browsers: Node,
        /// curl, apps) are let in, unless --require-origin
        #[arg(
            long,
            env = "RAGENTSD_ALLOW_ORIGIN",
            value_name = "LIST",
            value_delimiter = ',',
            verbatim_doc_comment
        )]
        pub allow_origin: Option<Vec<String>>,

        /// With --allow-origin: refuse handshakes that send no Origin too
        #[arg(long, env = "RAGENTSD_REQUIRE_ORIGIN", requires = "allow_origin")]
        pub require_origin: bool,

        /// The most clients one session may have; a connect past it gets
        /// the error "too many clients in this session" and a close (1008)
        #[arg(long, env = "RAGENTSD_MAX_SESSION_CLIENTS", value_name = "N",
              default_value_t = Config::default().max_session_clients,
              value_parser = clap::builder::RangedU64ValueParser::<usize>::new().range(1..=1_000_000),
              verbatim_doc_comment)]
        pub max_session_clients: usize,

        /// Answer a request "request timed out" when its agent has not
        /// answered it in SECONDS (0 = wait as long as the agent lives;
        /// at most 86400)
        #[arg(long, env = "RAGENTSD_REQUEST_TIMEOUT", value_name = "SECONDS", default_value_t = 120,
              value_parser = clap::value_parser!(u64).range(..=86_400), verbatim_doc_comment)]
        pub request_timeout: u64,

        /// Sessions need a token signed with the secret in FILE: a client's
        /// key is then a JWT (HS256) whose sub names its session and exp
        /// its end (see the README; `ragentsd token` makes one). The secret
        /// may instead be given itself in RAGENTSD_SECRET. At least 32 bytes
        #[arg(
            long,
            env = "RAGENTSD_SECRET_FILE",
            value_name = "FILE",
            global = true,
            verbatim_doc_comment
        )]
        pub secret_file: Option<PathBuf>,

        /// The most connections open at once from one IP address (an IPv6
        /// one with its /64); more get HTTP 429 (0 = no limit; behind a
        /// proxy, all come from its address: see --trust-proxy)
        #[arg(long, env = "RAGENTSD_MAX_IP_CONNECTIONS", value_name = "N",
              default_value_t = Config::default().max_ip_connections, verbatim_doc_comment)]
        pub max_ip_connections: usize,

        /// Behind a reverse proxy: take a client's address (for the log and
        /// --max-ip-connections) from the last X-Forwarded-For entry. Only
        /// when every connection comes through the proxy
        #[arg(long, env = "RAGENTSD_TRUST_PROXY", verbatim_doc_comment)]
        pub trust_proxy: bool,

        /// Share sessions with the other relays of this NATS server or
        /// cluster (nats://HOST:PORT): clients of one key on any of them
        /// see and call each other's agents (docs/CLUSTER.md)
        #[arg(long, env = "RAGENTSD_NATS", value_name = "URL", verbatim_doc_comment)]
        pub nats: Option<String>,

        /// The packets a connection may send per second, and in a burst;
        /// past it a request is answered "rate limit exceeded", and one
        /// refused N times before its bucket is full again is closed
        /// (0 = no limit)
        #[arg(long, env = "RAGENTSD_MAX_PACKET_RATE", value_name = "N",
              default_value_t = Config::default().max_packet_rate, verbatim_doc_comment)]
        pub max_packet_rate: u32,

        /// The most MiB queued for clients that read slowly, all together:
        /// past it, a client more than 64 KiB behind is disconnected (each
        /// is anyway past 16 MiB; 0 = no overall limit)
        #[arg(long, env = "RAGENTSD_MAX_BACKLOG", value_name = "MIB",
              default_value_t = Config::default().max_backlog >> 20, verbatim_doc_comment)]
        pub max_backlog: u64,

        /// The most agents one connection may hold at once
        #[arg(long, env = "RAGENTSD_MAX_AGENTS", value_name = "N",
              default_value_t = Config::default().limits.agents,
              value_parser = clap::builder::RangedU64ValueParser::<usize>::new().range(1..=1_000_000))]
        pub max_agents: usize,

        /// The most requests one connection may have waiting for a response;
        /// more are answered "too many requests in flight"
        #[arg(long, env = "RAGENTSD_MAX_PENDING", value_name = "N",
              default_value_t = Config::default().limits.pending,
              value_parser = clap::builder::RangedU64ValueParser::<usize>::new().range(1..=1_000_000),
              verbatim_doc_comment)]
        pub max_pending: usize,

        /// The most streams (requests for a streamed answer) one connection
        /// may have open; more are answered "too many streams in flight"
        #[arg(long, env = "RAGENTSD_MAX_STREAMS", value_name = "N",
              default_value_t = Config::default().limits.streams,
              value_parser = clap::builder::RangedU64ValueParser::<usize>::new().range(1..=1_000_000),
              verbatim_doc_comment)]
        pub max_streams: usize,

        /// The most (agent, event) pairs one connection may listen to (a
        /// client that asked for only the events it listens to); more are
        /// answered "too many events listened to"
        #[arg(long, env = "RAGENTSD_MAX_INTEREST", value_name = "N",
              default_value_t = Config::default().limits.interest,
              value_parser = clap::builder::RangedU64ValueParser::<usize>::new().range(1..=1_000_000),
              verbatim_doc_comment)]
        pub max_interest: usize,

        /// Worker threads (0 = one per core)
        #[arg(long, env = "RAGENTSD_THREADS", value_name = "N", default_value_t = 1)]
        pub threads: usize,

        /// What to log (on stderr): info logs connects, disconnects and
        /// refusals, never a key or a body; debug adds a line per packet;
        /// only trace shows each packet's text, bodies included
        #[arg(long, env = "RAGENTSD_LOG_LEVEL", value_name = "LEVEL",
              value_enum, default_value_t = LogLevel::Info, verbatim_doc_comment)]
        pub log_level: LogLevel,

        /// Log one line per packet, with its text: --log-level trace
        #[arg(short, long)]
        pub verbose: bool,

        /// How log lines (on stderr) are written
        #[arg(long, env = "RAGENTSD_LOG_FORMAT", value_name = "FORMAT",
              value_enum, default_value_t = LogFormat::Text)]
        pub log_format: LogFormat,

        #[command(subcommand)]
        pub command: Option<Command>,
    }

    #[derive(clap::Subcommand, Debug)]
    pub enum Command {
        /// Print a token for SESSION, signed as a backend would sign it
        ///
        /// The token is signed with the secret of --secret-file (or
        /// RAGENTSD_SECRET), for a relay started with the same secret.
        Token(TokenArgs),
    }

    #[derive(clap::Args, Debug)]
    pub struct TokenArgs {
        /// The session the token joins (its sub claim)
        #[arg(value_name = "SESSION")]
        pub session: String,

        /// How long the token is good for, in seconds (its exp claim)
        #[arg(long, value_name = "SECONDS", default_value_t = 3600)]
        pub ttl: u64,

        /// The holder may create no agent
        #[arg(long)]
        pub no_create: bool,

        /// The holder may create agents of this name only (repeatable)
        #[arg(long = "agent", value_name = "NAME")]
        pub agents: Vec<String>,
    }

    #[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
    pub enum LogLevel {
        Error,
        Warn,
        Info,
        Debug,
        Trace,
    }

    #[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
    pub enum LogFormat {
        Text,
        Json,
    }

    impl Cli {
        /// The command line: clap's, with each option's environment
        /// variable, default and values on lines of their own under its help
        /// (clap would append them to the help's last line, making lines of
        /// 150 columns; wrapping them needs a terminal-size crate).
        pub fn command() -> clap::Command {
            <Cli as CommandFactory>::command().mut_args(|arg| {
                let mut notes = Vec::new();
                if let Some(name) = arg.get_env() {
                    let name = name.to_string_lossy();
                    notes.push(match std::env::var(&*name) {
                        Ok(value) => format!("[env: {name}={value}]"),
                        Err(_) => format!("[env: {name}]"),
                    });
                }
                if let [value] = arg.get_default_values() {
                    notes.push(format!("[default: {}]", value.to_string_lossy()));
                }
                let mut lines = vec![arg.get_help().map(ToString::to_string).unwrap_or_default()];
                if !notes.is_empty() {
                    lines.push(notes.join(" "));
                }
                if arg.get_action().takes_values() {
                    let values: Vec<String> = (arg.get_possible_values().iter())
                        .map(|v| v.get_name().to_owned())
                        .collect();
                    if !values.is_empty() {
                        lines.push(format!("[values: {}]", values.join(", ")));
                    }
                }
                if lines.len() == 1 {
                    return arg; // a flag
                }
                let takes_values = arg.get_action().takes_values();
                let arg = arg.help(lines.join("\n")).hide_env(true);
                // (A flag has no default or values to hide: clap refuses
                // the settings.)
                match takes_values {
                    true => arg.hide_default_value(true).hide_possible_values(true),
                    false => arg,
                }
            })
        }

        /// The options of this process: exits with clap's message (and
        /// status 2) on an error, 0 after --help or --version.
        pub fn from_env() -> Cli {
            let matches = Self::command().get_matches();
            Cli::from_arg_matches(&matches).unwrap_or_else(|e| e.exit())
        }

        pub fn level(&self) -> LevelFilter {
            match (self.verbose, self.log_level) {
                (true, _) | (_, LogLevel::Trace) => LevelFilter::TRACE,
                (_, LogLevel::Debug) => LevelFilter::DEBUG,
                (_, LogLevel::Info) => LevelFilter::INFO,
                (_, LogLevel::Warn) => LevelFilter::WARN,
                (_, LogLevel::Error) => LevelFilter::ERROR,
            }
        }
    }

    /// `--www`: an existing directory, checked before the relay starts.
    fn directory(value: &str) -> Result<PathBuf, String> {
        let path = PathBuf::from(value);
        match std::fs::metadata(&path) {
            Ok(m) if m.is_dir() => Ok(path),
            Ok(_) => Err("not a directory".into()),
            Err(e) => Err(format!("cannot read it: {e}")),
        }
    }

    fn frame_size(value: &str) -> Result<usize, String> {
        value
            .parse()
            .ok()
            .filter(|n| *n >= 64)
            .ok_or_else(|| "not a frame size of at least 64 bytes".into())
    }

    /// The secret of --secret-file, or RAGENTSD_SECRET; None for neither.
    /// A trailing newline or space in the file is not part of it.
    fn auth(cli: &Cli) -> Result<Option<Auth>, String> {
        let secret = match &cli.secret_file {
            Some(path) => match std::fs::read(path) {
                Ok(mut bytes) => {
                    while bytes.last().is_some_and(u8::is_ascii_whitespace) {
                        bytes.pop();
                    }
                    bytes
                }
                Err(e) => return Err(format!("cannot read {}: {e}", path.display())),
            },
            None => match std::env::var_os("RAGENTSD_SECRET") {
                Some(secret) => secret.into_encoded_bytes(),
                None => return Ok(None),
            },
        };
        Auth::new(&secret).map(Some)
    }

    /// `ragentsd token`: prints a token, exits 0; 2 without a secret.
    fn print_token(auth: Option<Auth>, args: &TokenArgs) -> ExitCode {
        let Some(auth) = auth else {
            eprintln!("ragentsd token: no secret: give --secret-file FILE or RAGENTSD_SECRET");
            return ExitCode::from(2);
        };
        let mut claims = Claims::new(&args.session, Duration::from_secs(args.ttl));
        if args.no_create {
            claims.create = Some(false);
        }
        if !args.agents.is_empty() {
            claims.agents = Some(args.agents.clone());
        }
        let _ = writeln!(std::io::stdout(), "{}", auth.mint(&claims));
        ExitCode::SUCCESS
    }

    pub fn main() -> ExitCode {
        // Errors print in clap's format and exit 2; --help and --version exit 0.
        let cli = Cli::from_env();
        let auth = match auth(&cli) {
            Ok(auth) => auth,
            Err(e) => {
                eprintln!("ragentsd: --secret-file: {e}");
                return ExitCode::from(2);
            }
        };
        if let Some(Command::Token(args)) = &cli.command {
            return print_token(auth, args);
        }
        let log = tracing_subscriber::fmt()
            .with_max_level(cli.level())
            .with_target(false)
            .with_writer(std::io::stderr);
        match cli.log_format {
            LogFormat::Text => log.init(),
            LogFormat::Json => log.json().flatten_event(true).init(),
        }
        let runtime = match cli.threads {
            1 => tokio::runtime::Builder::new_current_thread()
                .enable_all()
                .build(),
            0 => tokio::runtime::Builder::new_multi_thread()
                .enable_all()
                .build(),
            n => tokio::runtime::Builder::new_multi_thread()
                .worker_threads(n)
                .enable_all()
                .build(),
        }
        .expect("tokio runtime");
        runtime.block_on(run(cli, auth))
    }

    /// What a frame gains on its way to another relay (the request's
    /// envelope, the session's hash, ids), at most: a name and ids longer
    /// than this are already in the frame.
    const NATS_ENVELOPE: usize = 4096;

    async fn run(cli: Cli, auth: Option<Auth>) -> ExitCode {
        let listener = match tokio::net::TcpListener::bind((cli.host.as_str(), cli.port)).await {
            Ok(l) => l,
            Err(e) => {
                eprintln!("ragentsd: cannot listen on {}:{}: {e}", cli.host, cli.port);
                return ExitCode::FAILURE;
            }
        };
        let mut max_frame = cli.max_frame;
        let cluster = match &cli.nats {
            Some(url) => match Cluster::connect(url).await {
                Ok(cluster) => {
                    // A frame and its envelope must fit in one NATS message.
                    let fits = cluster.max_payload().saturating_sub(NATS_ENVELOPE);
                    if max_frame > fits {
                        tracing::warn!("--max-frame lowered to {fits}: NATS takes messages of {} bytes at most", cluster.max_payload());
                        max_frame = fits;
                    }
                    Some(cluster)
                }
                Err(e) => {
                    eprintln!("ragentsd: --nats: {e}");
                    return ExitCode::FAILURE;
                }
            },
            None => None,
        };
        let addr = listener.local_addr().expect("bound address");
        // One line, written without panicking if stdout is already closed.
        let mut line = format!(
            "ragentsd {} listening on ws://{addr}",
            env!("CARGO_PKG_VERSION")
        );
        if let Some(www) = &cli.www {
            line += &format!(" (serving {} on http://{addr}/)", www.display());
        }
        if auth.is_some() {
            line += " (sessions need a signed token)";
        }
        if let Some(c) = &cluster {
            line += &format!(
                " (relay {} of a cluster)",
                ragents::protocol::cluster::hex(c.me)
            );
        }
        let _ = writeln!(std::io::stdout(), "{line}");
        let config = Config {
            www: cli.www,
            max_frame,
            ping: (cli.ping > 0).then(|| Duration::from_secs(cli.ping)),
            resume_grace: (cli.resume_grace > 0).then(|| Duration::from_secs(cli.resume_grace)),
            frame_timeout: Duration::from_secs(cli.frame_timeout),
            allow_origin: cli.allow_origin.map(|list| {
                list.iter()
                    .map(|o| o.trim().trim_end_matches('/').to_owned())
                    .filter(|o| !o.is_empty())
                    .collect()
            }),
            require_origin: cli.require_origin,
            max_session_clients: cli.max_session_clients,
            auth: auth.map(Arc::new),
            limits: Limits {
                agents: cli.max_agents,
                pending: cli.max_pending,
                streams: cli.max_streams,
                interest: cli.max_interest,
            },
            max_ip_connections: cli.max_ip_connections,
            max_packet_rate: cli.max_packet_rate,
            trust_proxy: cli.trust_proxy,
            max_backlog: cli.max_backlog.saturating_mul(1 << 20),
            request_timeout: (cli.request_timeout > 0)
                .then(|| Duration::from_secs(cli.request_timeout)),
            cluster,
        };
        let (stop, stopped) = tokio::sync::watch::channel(false);
        tokio::spawn(async move {
            signal().await;
            let _ = stop.send(true);
        });
        serve(listener, config, stopped).await;
        ExitCode::SUCCESS
    }

    async fn signal() {
        #[cfg(unix)]
        {
            use tokio::signal::unix::{signal, SignalKind};
            let mut term = signal(SignalKind::terminate()).expect("SIGTERM handler");
            tokio::select! {
                _ = tokio::signal::ctrl_c() => {}
                _ = term.recv() => {}
            }
        }
        #[cfg(not(unix))]
        let _ = tokio::signal::ctrl_c().await;
    }

    /// Explicit arguments only: they win over the environment, so these
    /// hold whatever the test's environment sets (tests/relay.rs runs the
    /// binary for the environment variables and the defaults).
    #[cfg(test)]
    mod tests {
        use super::{Cli, LogFormat, LogLevel};
        use clap::{error::ErrorKind, FromArgMatches};
        use tracing::level_filters::LevelFilter;

        fn parse(args: &[&str]) -> Result<Cli, clap::Error> {
            let args = std::iter::once("ragentsd").chain(args.iter().copied());
            Cli::from_arg_matches(&Cli::command().try_get_matches_from(args)?)
        }

        #[test]
        fn the_definition_is_consistent() {
            Cli::command().debug_assert();
        }

        #[test]
        fn ports_in_every_spelling() {
            for args in [
                &["-p20914"][..],
                &["-p", "20914"],
                &["--port=20914"],
                &["--port", "20914"],
            ] {
                assert_eq!(parse(args).unwrap().port, 20914, "{args:?}");
            }
            assert_eq!(parse(&["--port=1"]).unwrap().port, 1);
            assert_eq!(parse(&["-p0"]).unwrap().port, 0);
            let bad = parse(&["-p", "70000"]).unwrap_err();
            assert_eq!(bad.kind(), ErrorKind::ValueValidation);
        }

        #[test]
        fn options_and_their_checks() {
            let dir = std::env::temp_dir();
            let cli = parse(&[
                "--host=0.0.0.0",
                "--www",
                dir.to_str().unwrap(),
                "--max-frame=200000",
                "--ping=5",
                "--threads=0",
                "--log-level=debug",
                "--log-format=json",
            ])
            .unwrap();
            assert_eq!(cli.host, "0.0.0.0");
            assert_eq!(cli.www.as_deref(), Some(dir.as_path()));
            assert_eq!((cli.max_frame, cli.ping, cli.threads), (200000, 5, 0));
            assert_eq!(parse(&["--ping", "0"]).unwrap().ping, 0, "off");
            assert_eq!(cli.resume_grace, 30, "the default");
            assert_eq!(parse(&["--resume-grace=0"]).unwrap().resume_grace, 0);
            assert_eq!(
                (cli.log_level, cli.log_format),
                (LogLevel::Debug, LogFormat::Json)
            );
            assert_eq!(cli.level(), LevelFilter::DEBUG);

            let missing = parse(&["--www", "/nonexistent/ragentsd"]).unwrap_err();
            assert_eq!(missing.kind(), ErrorKind::ValueValidation);
            assert_eq!(missing.exit_code(), 2);
            let file = parse(&["--www", file!()]).unwrap_err();
            assert_eq!(file.kind(), ErrorKind::ValueValidation);
            for bad in [
                &["--max-frame=63"][..],
                &["--ping=-1"],
                &["--ping=1.5"],
                &["--ping=86401"],
                &["--resume-grace=3601"],
                &["--frame-timeout=0"],
                &["--log-level=loud"],
                &["--log-format=xml"],
            ] {
                assert!(parse(bad).is_err(), "{bad:?}");
            }
            assert_eq!(
                parse(&["--nope"]).unwrap_err().kind(),
                ErrorKind::UnknownArgument
            );
        }

        #[test]
        fn verbose_is_trace_whatever_the_level() {
            assert_eq!(parse(&["-v"]).unwrap().level(), LevelFilter::TRACE);
            let quiet_but_verbose = parse(&["--log-level=error", "--verbose"]).unwrap();
            assert_eq!(quiet_but_verbose.level(), LevelFilter::TRACE);
            assert_eq!(
                parse(&["--log-level", "warn"]).unwrap().level(),
                LevelFilter::WARN
            );
        }

        #[test]
        fn help_and_version_are_not_errors_to_the_shell() {
            for (flag, kind) in [
                ("-h", ErrorKind::DisplayHelp),
                ("--help", ErrorKind::DisplayHelp),
                ("-V", ErrorKind::DisplayVersion),
                ("--version", ErrorKind::DisplayVersion),
            ] {
                let e = parse(&[flag]).unwrap_err();
                assert_eq!((e.kind(), e.exit_code()), (kind, 0), "{flag}");
            }
            let help = Cli::command().render_help().to_string();
            for text in [
                "-p, --port <PORT>",
                "[env: PORT",
                "[default: 9000]",
                "[env: RAGENTSD_WWW",
                "[default: 1048576]",
                "--ping <SECONDS>",
                "[env: RAGENTSD_PING",
                "[default: 30]",
                "[values: error, warn, info, debug, trace]",
                "[env: RAGENTSD_LOG_FORMAT",
                "subprotocol ragents-protocol",
                "/metrics",
                "POST /rpc/KEY",
                "--secret-file <FILE>",
                "[env: RAGENTSD_SECRET_FILE",
                "--max-packet-rate <N>",
                "[default: 10000]",
                "token  Print a token for SESSION",
            ] {
                assert!(help.contains(text), "no {text:?} in\n{help}");
            }
            // Readable in a terminal of 100 columns, without wrapping.
            assert!(help.lines().all(|l| l.len() <= 100), "{help}");
        }
    }
}
