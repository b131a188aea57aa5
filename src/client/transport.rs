//! The transport seam: a session speaks to "a connection that carries
//! packets" (`Transport`). The browser's WebSocket is the one transport
//! today. Its listeners are the JS face's (src/client/js/face.js): they call the
//! session's `Port` (`Port::on`: opened, received, failed, closed), so no Rust
//! closure is made for them; closing the transport detaches them.

use wasm_bindgen::prelude::*;

/// A connection that carries text packets. The driver holds its one
/// implementation by type (`driver::Link`), not as a trait object: no call
/// through a function table, which let the wasm's table go.
pub trait Transport: Sized {
    /// Opens a connection to `url` whose events go to the session's `port`
    /// (`Port`): how a session gets its connection, again for each
    /// reconnection.
    fn open(url: &str, port: &JsValue) -> Result<Self, JsValue>;
    /// Sends one packet (only once the session heard `opened`).
    fn send(&self, packet: &str);
    /// Closes the connection with `code`; the session hears nothing more
    /// from it.
    fn close(&mut self, code: u16);
}

#[wasm_bindgen]
extern "C" {
    /// The browser's WebSocket, for a `send` without the glue's try/catch:
    /// only called on an open socket, where `send` does not throw.
    type Socket;
    #[wasm_bindgen(method, js_name = send)]
    fn send_str(this: &Socket, data: &str);

    /// A WebSocket to `url` (subprotocol `ragents-protocol`) whose events go
    /// to the session's `port`. Throws for a URL the browser refuses.
    #[wasm_bindgen(catch, js_namespace = ragentsFace)]
    fn socket(url: &str, port: &JsValue) -> Result<Socket, JsValue>;

    /// Detaches the socket's listeners, and closes it with `code` if it is
    /// not closed yet.
    #[wasm_bindgen(js_namespace = ragentsFace)]
    fn unplug(ws: &Socket, code: u16);
}

/// The browser's WebSocket, with the `ragents-protocol` subprotocol.
pub struct WebSocketTransport {
    ws: Socket,
    attached: bool,
}

impl Transport for WebSocketTransport {
    fn open(url: &str, port: &JsValue) -> Result<Self, JsValue> {
        Ok(WebSocketTransport {
            ws: socket(url, port)?,
            attached: true,
        })
    }

    fn send(&self, packet: &str) {
        self.ws.send_str(packet);
    }

    fn close(&mut self, code: u16) {
        if core::mem::take(&mut self.attached) {
            unplug(&self.ws, code);
        }
    }
}

impl Drop for WebSocketTransport {
    fn drop(&mut self) {
        self.close(1000);
    }
}
