// A WebSocket proxy for the Node tests that records every frame of each
// connection, both ways: what actually crosses a socket, not what a page's
// listeners see.
import { WebSocketServer, WebSocket } from "ws";

/** A proxy to `target` that records each connection's frames, both ways. */
export function recordingProxy(target) {
  const conns = [];
  const wss = new WebSocketServer({ host: "127.0.0.1", port: 0, handleProtocols: (ps) => [...ps][0] ?? false });
  wss.on("connection", (client) => {
    const frames = [];
    conns.push(frames);
    const upstream = new WebSocket(target, client.protocol ? [client.protocol] : []);
    const early = [];
    upstream.on("open", () => early.splice(0).forEach((t) => upstream.send(t)));
    client.on("message", (data) => {
      const text = data.toString();
      frames.push({ up: true, text });
      if (upstream.readyState === WebSocket.OPEN) upstream.send(text);
      else early.push(text);
    });
    upstream.on("message", (data) => {
      const text = data.toString();
      frames.push({ up: false, text });
      client.send(text);
    });
    // A close passes on with its code (a resume's 4001 keeps the place); a
    // socket lost without one is lost on the other side too.
    const pass = (to) => (code, reason) => {
      if (code === 1005 || code === 1006) to.terminate();
      else to.close(code, reason);
    };
    client.on("close", pass(upstream));
    upstream.on("close", pass(client));
    client.on("error", () => {});
    upstream.on("error", () => {});
  });
  return new Promise((resolve) =>
    wss.on("listening", () =>
      resolve({
        url: `ws://127.0.0.1:${wss.address().port}`,
        conns,
        // Gracefully: the 1.0.0 client throws on a reset socket.
        close: () => new Promise((r) => { wss.clients.forEach((c) => c.close()); wss.close(r); }),
      })));
}

