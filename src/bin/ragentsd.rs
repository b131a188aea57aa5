//! `ragentsd`: the command-line relay. Parses options, binds, serves until
//! Ctrl-C or SIGTERM, then closes every socket and exits 0.

#[cfg(target_arch = "wasm32")]
fn main() {}

#[cfg(not(target_arch = "wasm32"))]
fn main() -> std::process::ExitCode {
    native::main()
}

#[cfg(not(target_arch = "wasm32"))]
mod native {
    use ragents::relay::{serve, Config};
    use std::io::Write;
    use std::path::PathBuf;
    use std::process::ExitCode;

    const HELP: &str = "\
ragentsd - a relay for ragents, the agent messaging protocol over WebSocket

usage:

    ragentsd [options]

options:

    -p --port PORT        port to listen on (default: $PORT, else 9000; 0 picks a free one)
       --host HOST        address to listen on (default: 127.0.0.1, this machine only;
                          use 0.0.0.0 to accept connections from other machines)
       --www DIR          also serve the static files in DIR over HTTP
       --max-frame BYTES  largest frame accepted (default: 1048576)
       --threads N        worker threads (default: 1; 0 = one per core)
    -v --verbose          log one line per packet
    -h --help             print this help
    -V --version          print the version

Clients connect a WebSocket to ws://HOST:PORT (subprotocol ragents-protocol)
and send {\"type\":\"request\",\"name\":\"connect\",\"to\":\"server\",\"id\":\"0\",\"body\":{\"key\":KEY}}.
A plain HTTP GET on / answers a page saying so.
";

    struct Options {
        host: String,
        port: u16,
        verbose: bool,
        threads: usize,
        config: Config,
    }

    fn parse(args: &[String]) -> Result<Option<Options>, String> {
        let mut opts = Options {
            host: "127.0.0.1".into(),
            port: match std::env::var("PORT") {
                Ok(p) => p.parse().map_err(|_| format!("PORT is not a port: {p}"))?,
                Err(_) => 9000,
            },
            verbose: false,
            threads: 1,
            config: Config::default(),
        };
        let mut args = args.iter();
        while let Some(arg) = args.next() {
            let (flag, inline) = match arg.split_once('=') {
                Some((f, v)) if f.starts_with("--") => (f, Some(v.to_owned())),
                _ => (arg.as_str(), None),
            };
            let mut value = || {
                inline
                    .clone()
                    .or_else(|| args.next().cloned())
                    .ok_or(format!("{flag} needs a value"))
            };
            match flag {
                "-p" | "--port" => {
                    let v = value()?;
                    opts.port = v.parse().map_err(|_| format!("not a port: {v}"))?;
                }
                "--host" => opts.host = value()?,
                "--www" => opts.config.www = Some(PathBuf::from(value()?)),
                "--max-frame" => {
                    let v = value()?;
                    opts.config.max_frame = v
                        .parse()
                        .ok()
                        .filter(|n| *n >= 64)
                        .ok_or(format!("not a frame size (at least 64): {v}"))?;
                }
                "--threads" => {
                    let v = value()?;
                    opts.threads = v.parse().map_err(|_| format!("not a thread count: {v}"))?;
                }
                "-v" | "--verbose" => opts.verbose = true,
                "-h" | "--help" => {
                    print!("{HELP}");
                    return Ok(None);
                }
                "-V" | "--version" => {
                    println!("ragentsd {}", env!("CARGO_PKG_VERSION"));
                    return Ok(None);
                }
                other => return Err(format!("unknown option: {other} (see --help)")),
            }
        }
        Ok(Some(opts))
    }

    pub fn main() -> ExitCode {
        let args: Vec<String> = std::env::args().skip(1).collect();
        let opts = match parse(&args) {
            Ok(Some(opts)) => opts,
            Ok(None) => return ExitCode::SUCCESS,
            Err(e) => {
                eprintln!("ragentsd: {e}");
                return ExitCode::from(2);
            }
        };
        let level = if opts.verbose {
            tracing::Level::DEBUG
        } else {
            tracing::Level::WARN
        };
        tracing_subscriber::fmt()
            .with_max_level(level)
            .with_target(false)
            .with_writer(std::io::stderr)
            .init();
        let runtime = match opts.threads {
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
        runtime.block_on(run(opts))
    }

    async fn run(opts: Options) -> ExitCode {
        let listener = match tokio::net::TcpListener::bind((opts.host.as_str(), opts.port)).await {
            Ok(l) => l,
            Err(e) => {
                eprintln!(
                    "ragentsd: cannot listen on {}:{}: {e}",
                    opts.host, opts.port
                );
                return ExitCode::FAILURE;
            }
        };
        let addr = listener.local_addr().expect("bound address");
        // One line, written without panicking if stdout is already closed.
        let mut line = format!(
            "ragentsd {} listening on ws://{addr}",
            env!("CARGO_PKG_VERSION")
        );
        if let Some(www) = &opts.config.www {
            line += &format!(" (serving {} on http://{addr}/)", www.display());
        }
        let _ = writeln!(std::io::stdout(), "{line}");
        let (stop, stopped) = tokio::sync::watch::channel(false);
        tokio::spawn(async move {
            signal().await;
            let _ = stop.send(true);
        });
        serve(listener, opts.config, stopped).await;
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
}
