//! What the session task needs of the world, in a browser (a page or a
//! worker): the platform's WebSocket (web-sys), `performance.now()`,
//! `setTimeout`, and tasks on the event loop (wasm-bindgen-futures). The
//! same names as natively (`tokio_io`).

use crate::protocol::client::CLOSE_RESUME;
use std::cell::RefCell;
use std::future::Future;
use std::pin::Pin;
use std::rc::Rc;
use std::task::{Context, Poll, Waker};
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
    #[wasm_bindgen(js_name = clearTimeout)]
    fn clear_timeout(id: &JsValue);
}

/// The longest delay `setTimeout` takes (a longer one fires at once).
const MAX_DELAY_MS: f64 = 2_147_483_647.0;

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
    /// (Given up before it opens, as when its bound passes, the socket
    /// is closed and unlistened: it is a `Socket` from the start.)
    pub(super) async fn open(url: &str) -> Result<Socket, String> {
        let ws = WebSocket::new_with_str(url, "ragents-protocol").map_err(text)?;
        let (tx, rx) = mpsc::unbounded_channel();
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
        let mut socket = Socket {
            ws,
            rx,
            _on_message: on_message,
            _on_close: on_close,
            _on_open: on_open,
        };
        let failed = tokio::select! {
            _ = open => None,
            closed = socket.rx.recv() => Some(closed),
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
    /// queues what the socket has not taken yet, unbounded: a half-open
    /// socket is found by the heartbeat, `Config::heartbeat`.)
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
        while self.now() < ms {
            Sleep::new((ms - self.now()) as f64).await
        }
    }
}

/// A `setTimeout`, cleared when dropped: a timer that lost a race (the
/// session task makes one per wait) leaves nothing behind.
struct Sleep {
    id: JsValue,
    fired: Rc<RefCell<(bool, Option<Waker>)>>,
    _cb: Closure<dyn FnMut()>,
}

impl Sleep {
    /// `ms` from now, or the longest delay `setTimeout` takes.
    fn new(ms: f64) -> Sleep {
        let fired = Rc::new(RefCell::new((false, None::<Waker>)));
        let on = fired.clone();
        let cb = Closure::<dyn FnMut()>::new(move || {
            let waker = {
                let mut f = on.borrow_mut();
                f.0 = true;
                f.1.take()
            };
            if let Some(waker) = waker {
                waker.wake();
            }
        });
        let id = set_timeout(cb.as_ref().unchecked_ref(), ms.clamp(0.0, MAX_DELAY_MS));
        Sleep { id, fired, _cb: cb }
    }
}

impl Future for Sleep {
    type Output = ();

    fn poll(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<()> {
        let mut f = self.fired.borrow_mut();
        if f.0 {
            return Poll::Ready(());
        }
        f.1 = Some(cx.waker().clone());
        Poll::Pending
    }
}

impl Drop for Sleep {
    fn drop(&mut self) {
        clear_timeout(&self.id);
    }
}

/// `f`'s output, or None when it takes longer than `bound`.
pub(super) async fn within<T>(bound: Duration, f: impl Future<Output = T>) -> Option<T> {
    let clock = Clock::start();
    let bound = bound.as_millis().min(u64::MAX as u128) as u64;
    tokio::select! {
        out = f => Some(out),
        _ = clock.sleep_until(bound) => None,
    }
}

/// Runs `f` on its own (the session's task, a handler): on the page's
/// event loop, so it need not be `Send`.
pub(super) fn spawn(f: impl Future<Output = ()> + 'static) {
    wasm_bindgen_futures::spawn_local(f);
}

/// A seed for the jitter of reconnections and the calls' salt.
pub(super) fn seed() -> u64 {
    (js_sys::Math::random() * (1u64 << 53) as f64) as u64 | 1
}
