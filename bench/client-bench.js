// The same round trips through the ragents API (ours or 1.0.0's: the
// callback API is common to both).
window.clientBench = function (url, total, window) {
  return new Promise(function (resolve, reject) {
    var key = "client-" + Math.random();
    ragents.createSession({ url: url, key: key }, function (err, server) {
      if (err) return reject(err);
      server.createAgent({ name: "echo", title: "bench" }, function (err, agent) {
        if (err) return reject(err);
        agent.receive("echo", function (body, reply) { reply(null, body); });
        ragents.createSession({ url: url, key: key }, function (err, client) {
          if (err) return reject(err);
          client.getRemoteAgents(function (err, list) {
            if (err) return reject(err);
            var echo = list.filter(function (r) { return r.info.id === agent.info.id; })[0];
            var sent = 0, done = 0;
            function send() {
              sent++;
              echo.send("echo", { pad: "0123456789012345678901234567" }, function (err) {
                if (err) return reject(err);
                if (++done === total) { client.close(); server.close(); return resolve(done); }
                if (sent < total) send();
              });
            }
            for (var i = 0; i < window; i++) send();
          });
        });
      });
    });
  });
};
