//! What the session task needs of the world, in a browser (a page or a
//! worker): the platform's WebSocket (web-sys), `performance.now()`,
//! `setTimeout`, and tasks on the event loop (wasm-bindgen-futures). The
//! same names as natively (`tokio_io`).

use crate::protocol::client::CLOSE_RESUME;
use std::future::Future;
use std::time::Duration;
use tokio::sync::{mpsc, oneshot};
use wasm_bindgen::closure::Closure;
use wasm_bindgen::{JsCast, JsValue};
use web_sys::{CloseEvent, MessageEvent, WebSocket};

#[wasm_bindgen::prelude::wasm_bindgen]
extern "C" {
    #[wasm_bindgen(js_namespace = performance, js_name = now)]
    fn performance_now() -> f64;
    #[wasm_bindgen(js_name = setTimeout)]
    fn set_timeout(f: &js_sys::Function, ms: f64) -> JsValue;
}

/// What came from the socket.
pub(super) enum Incoming {
    Text(String),
    /// A binary frame: a sign of life, no more.
    Other,
    /// The socket is closed, and why.
    Closed(String),
}

/// A WebSocket to a relay, speaking the ragents subprotocol, with its
/// listeners (which live as long as it does).
pub(super) struct Socket {
    ws: WebSocket,
    rx: mpsc::UnboundedReceiver<Incoming>,
    _on_message: Closure<dyn FnMut(MessageEvent)>,
    _on_close: Closure<dyn FnMut(CloseEvent)>,
    _on_open: Closure<dyn FnMut(JsValue)>,
}

/// A JS error's text.
fn text(e: JsValue) -> String {
    e.as_string()
        .or_else(|| e.dyn_ref::<js_sys::Error>().map(|e| e.message().into()))
        .unwrap_or_else(|| "the WebSocket failed".into())
}

impl Socket {
    pub(super) async fn open(url: &str) -> Result<Socket, String> {
        let ws = WebSocket::new_with_str(url, "ragents-protocol").map_err(text)?;
        let (tx, mut rx) = mpsc::unbounded_channel();
        let (opened, open) = oneshot::channel::<()>();
        let mut opened = Some(opened);
        let on_open = Closure::<dyn FnMut(JsValue)>::new(move |_| {
            if let Some(o) = opened.take() {
                let _ = o.send(());
            }
        });
        let to = tx.clone();
        let on_message = Closure::<dyn FnMut(MessageEvent)>::new(move |e: MessageEvent| {
            let _ = to.send(match e.data().as_string() {
                Some(text) => Incoming::Text(text),
                None => Incoming::Other,
            });
        });
        // (An error is always followed by a close: the close says it.)
        let on_close = Closure::<dyn FnMut(CloseEvent)>::new(move |e: CloseEvent| {
            let why = Some(e.reason()).filter(|r| !r.is_empty());
            let why = why.unwrap_or_else(|| format!("connection closed ({})", e.code()));
            let _ = tx.send(Incoming::Closed(why));
        });
        ws.set_onopen(Some(on_open.as_ref().unchecked_ref()));
        ws.set_onmessage(Some(on_message.as_ref().unchecked_ref()));
        ws.set_onclose(Some(on_close.as_ref().unchecked_ref()));
        let failed = tokio::select! {
            _ = open => None,
            closed = rx.recv() => Some(closed),
        };
        let socket = Socket {
            ws,
            rx,
            _on_message: on_message,
            _on_close: on_close,
            _on_open: on_open,
        };
        match failed {
            None => Ok(socket),
            Some(Some(Incoming::Closed(why))) => Err(why),
            Some(_) => Err("the WebSocket failed".into()),
        }
    }

    pub(super) async fn next(&mut self) -> Incoming {
        (self.rx.recv().await).unwrap_or_else(|| Incoming::Closed("connection closed".into()))
    }

    /// Sends a text frame; Err(why) when the socket is lost. (The browser
    /// queues what the socket has not taken yet.)
    pub(super) async fn send(&mut self, text: String) -> Result<(), String> {
        self.ws.send_with_str(&text).map_err(self::text)
    }

    /// Closes it, as a session that ends.
    pub(super) async fn close(self) {
        let _ = self.ws.close();
    }
}

impl Drop for Socket {
    /// Unlistened, and closed if still open: given up for dead, as one the
    /// session may resume (`CLOSE_RESUME`; after `close`, a no-op).
    fn drop(&mut self) {
        self.ws.set_onopen(None);
        self.ws.set_onmessage(None);
        self.ws.set_onclose(None);
        let _ = self.ws.close_with_code_and_reason(CLOSE_RESUME, "given up");
    }
}

/// The session's clock: ms since it started, never stepping back.
pub(super) struct Clock(f64);

impl Clock {
    pub(super) fn start() -> Clock {
        Clock(performance_now())
    }

    pub(super) fn now(&self) -> u64 {
        (performance_now() - self.0).max(0.0) as u64
    }

    /// Waits until `ms` on this clock.
    pub(super) async fn sleep_until(&self, ms: u64) {
        sleep(ms.saturating_sub(self.now()) as f64).await
    }
}

/// Waits `ms`.
async fn sleep(ms: f64) {
    let promise = js_sys::Promise::new(&mut |resolve, _| {
        set_timeout(&resolve, ms);
    });
    let _ = wasm_bindgen_futures::JsFuture::from(promise).await;
}

/// `f`'s output, or None when it takes longer than `bound`.
pub(super) async fn within<T>(bound: Duration, f: impl Future<Output = T>) -> Option<T> {
    tokio::select! {
        out = f => Some(out),
        _ = sleep(bound.as_millis() as f64) => None,
    }
}

/// Runs a handler's `f` on its own.
pub(super) fn spawn(f: impl Future<Output = ()> + 'static) {
    wasm_bindgen_futures::spawn_local(f);
}

/// Runs the session's task.
pub(super) fn spawn_session(f: impl Future<Output = ()> + 'static) {
    wasm_bindgen_futures::spawn_local(f);
}

/// A seed for the jitter of reconnections and the calls' salt.
pub(super) fn seed() -> u64 {
    (js_sys::Math::random() * (1u64 << 53) as f64) as u64 | 1
}
