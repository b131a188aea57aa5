// A TCP proxy for the Node tests, between pages and a relay, that can cut
// what it carries: reset every connection (an RST, as a dying proxy
// sends), or turn into a black hole (nothing more is delivered either way,
// and nothing is closed).
import { createServer, connect } from "node:net";

export function proxy(port) {
  const sockets = new Set();
  let hole = false;
  const server = createServer((client) => {
    const upstream = connect(port, "127.0.0.1");
    for (const [a, b] of [[client, upstream], [upstream, client]]) {
      sockets.add(a);
      a.on("data", (chunk) => {
        if (!hole && !b.destroyed) b.write(chunk);
      });
      a.on("error", () => b.destroy());
      a.on("close", () => {
        sockets.delete(a);
        b.destroy();
      });
    }
  });
  return new Promise((resolve) => server.listen(0, "127.0.0.1", () => resolve({
    url: `ws://127.0.0.1:${server.address().port}`,
    /** Resets every connection. */
    cut() {
      for (const s of sockets) s.resetAndDestroy();
    },
    /** From now on, connections carry nothing (until `mend`); new ones too. */
    hole() {
      hole = true;
    },
    mend() {
      hole = false;
    },
    close: () => new Promise((r) => {
      for (const s of sockets) s.destroy();
      server.close(r);
    }),
  })));
}
