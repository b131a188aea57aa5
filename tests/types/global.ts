// The script tag's global, declared by www/ragents-browser.d.ts.
const v: string = ragents.version;
ragents.createSession({ url: "ws://localhost:9000", key: "k" }).then((s: ragents.Session) => s.close());
// @ts-expect-error: createSession needs a config
ragents.createSession();
export {};
