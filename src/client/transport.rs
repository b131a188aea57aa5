//! The transport seam: a session speaks to "a connection that carries
//! packets" (`Transport`) and hears from it through `Link`. The browser's
//! WebSocket is the one transport today; a resumable socket, a worker's
//! `MessagePort` or Node's global `WebSocket` can stand behind the same
//! session. The WebSocket transport owns its listeners: they are detached
//! on close and dropped only with the transport, never while they run.

use std::rc::{Rc, Weak};
use wasm_bindgen::prelude::*;
use web_sys::{CloseEvent, Event, MessageEvent, WebSocket};

/// A connection that carries text packets.
pub trait Transport {
    /// Sends one packet (only once `Link::opened` was called).
    fn send(&self, packet: &str);
    /// Closes the connection with `code`; the link hears nothing more
    /// from it.
    fn close(&mut self, code: u16);
}

/// What a transport reports to the session that owns it. A transport
/// reports from its own tasks (events), never from inside `send` or `close`.
pub trait Link {
    fn opened(self: Rc<Self>);
    /// One packet, as the transport received it (a JS string).
    fn received(self: Rc<Self>, data: JsValue);
    fn failed(self: Rc<Self>);
    /// The connection is gone, for `reason`; nothing follows.
    fn closed(self: Rc<Self>, reason: String);
}

#[wasm_bindgen]
extern "C" {
    /// The browser's WebSocket, for a `send` without the glue's try/catch:
    /// only called on an open socket, where `send` does not throw.
    type Socket;
    #[wasm_bindgen(method, js_name = send)]
    fn send_str(this: &Socket, data: &str);
}

/// Opens a transport to a URL, reporting to a link: how a session gets
/// its connection.
pub type Open = fn(&str, Weak<dyn Link>) -> Result<Box<dyn Transport>, JsValue>;

struct Listeners {
    _open: Closure<dyn FnMut(Event)>,
    _message: Closure<dyn FnMut(MessageEvent)>,
    _close: Closure<dyn FnMut(CloseEvent)>,
    _error: Closure<dyn FnMut(Event)>,
}

/// The browser's WebSocket, with the `ragents-protocol` subprotocol.
pub struct WebSocketTransport {
    ws: WebSocket,
    /// Kept until the transport is dropped: a listener may be running when
    /// the socket is closed.
    _listeners: Listeners,
    attached: bool,
}

impl WebSocketTransport {
    /// Opens a socket to `url`, reporting to `link` (an `Open`).
    pub fn open(url: &str, link: Weak<dyn Link>) -> Result<Box<dyn Transport>, JsValue> {
        let ws = WebSocket::new_with_str(url, "ragents-protocol")?;
        let l = link.clone();
        let open = Closure::<dyn FnMut(Event)>::new(move |_: Event| {
            if let Some(link) = l.upgrade() {
                link.opened();
            }
        });
        let l = link.clone();
        let message = Closure::<dyn FnMut(MessageEvent)>::new(move |e: MessageEvent| {
            if let Some(link) = l.upgrade() {
                link.received(e.data());
            }
        });
        let l = link.clone();
        let close = Closure::<dyn FnMut(CloseEvent)>::new(move |e: CloseEvent| {
            if let Some(link) = l.upgrade() {
                link.closed(close_reason(&e));
            }
        });
        let error = Closure::<dyn FnMut(Event)>::new(move |_: Event| {
            if let Some(link) = link.upgrade() {
                link.failed();
            }
        });
        ws.set_onopen(Some(open.as_ref().unchecked_ref()));
        ws.set_onmessage(Some(message.as_ref().unchecked_ref()));
        ws.set_onclose(Some(close.as_ref().unchecked_ref()));
        ws.set_onerror(Some(error.as_ref().unchecked_ref()));
        Ok(Box::new(WebSocketTransport {
            ws,
            _listeners: Listeners {
                _open: open,
                _message: message,
                _close: close,
                _error: error,
            },
            attached: true,
        }))
    }

    fn detach(&mut self, code: u16) {
        if !std::mem::take(&mut self.attached) {
            return;
        }
        self.ws.set_onopen(None);
        self.ws.set_onmessage(None);
        self.ws.set_onclose(None);
        self.ws.set_onerror(None);
        if self.ws.ready_state() <= WebSocket::OPEN {
            let _ = self.ws.close_with_code_and_reason(code, "close");
        }
    }
}

fn close_reason(e: &CloseEvent) -> String {
    let reason = e.reason();
    if !reason.is_empty() {
        return reason;
    }
    let mut text = String::from("connection closed (code ");
    crate::protocol::packet::push_decimal(&mut text, e.code() as u64);
    text + ")"
}

impl Transport for WebSocketTransport {
    fn send(&self, packet: &str) {
        let socket: &Socket = self.ws.unchecked_ref();
        socket.send_str(packet);
    }

    fn close(&mut self, code: u16) {
        self.detach(code);
    }
}

impl Drop for WebSocketTransport {
    fn drop(&mut self) {
        self.detach(1000);
    }
}
