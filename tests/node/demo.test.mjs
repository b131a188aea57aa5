// The demo page (npm start's www/index.html) in Chromium: it runs the
// README's samples and shows the session live: the connection's state, the
// agents and whose they are, a call made from its form, the events, and the
// relay going away. A screenshot must show a rendered page, not a blank one.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { join } from "node:path";
import { root, startRelay } from "./relays.mjs";
import { launch, open } from "./pages.mjs";
import { decodePng } from "./png.mjs";

let relay, browser;
before(async () => {
  relay = await startRelay(["--www", join(root, "www")]);
  browser = await launch();
});
after(async () => {
  await browser?.close();
  await relay?.stop();
});

const text = (page, selector) => page.locator(selector).innerText();

test("the demo page shows the session live, calls an agent, and notices the relay going away", async () => {
  const tab = await open(browser, `http://127.0.0.1:${relay.port}/`);
  const { page } = tab;
  await tab.until(/^agent \d+ echoed: /); // the samples ran
  await page.waitForSelector("#state[data-state=open]");
  assert.match(await text(page, "#state"), new RegExp(`connected to ws://127\\.0\\.0\\.1:${relay.port}, session "sample"`));
  const row = page.locator("#live tbody tr", { hasText: "echoer" });
  await row.waitFor();
  assert.match(await row.innerText(), /^\d+\techoer\tan echo agent\tthis tab$/);

  // The tab's worker agent, called from the form.
  const calc = page.locator("#live tbody tr", { hasText: "calculator" });
  await calc.waitFor();
  assert.match(await calc.innerText(), /^\d+\tcalculator\ta worker agent\tthis tab$/);
  await page.selectOption("#to", await calc.getAttribute("data-id"));
  await page.fill("#name", "add");
  await page.fill("#body", "[40, 2]");
  await page.click("#send");
  await page.waitForFunction(() => document.querySelector("#reply").textContent.startsWith("reply"));
  assert.equal(await text(page, "#reply"), "reply: 42");

  // A call from the form, with its reply and the agent's event.
  const id = await row.getAttribute("data-id");
  await page.selectOption("#to", id);
  await page.fill("#name", "echo");
  await page.fill("#body", '{"from": "the form"}');
  await page.click("#send");
  await page.waitForFunction(() => document.querySelector("#reply").textContent.startsWith("reply"));
  assert.equal(await text(page, "#reply"), 'reply: {"from":"the form"}');
  await page.locator("#events li", { hasText: `agent ${id} echoed {"from":"the form"}` }).waitFor();
  await page.fill("#body", "{not json");
  await page.click("#send");
  assert.match(await text(page, "#reply"), /^the body is not JSON/);

  // Another tab's agent is another client's.
  const other = await open(browser, `http://127.0.0.1:${relay.port}/`);
  await other.until(/created, waiting for echo requests/);
  await page.locator("#live tbody tr", { hasText: "another client" }).filter({ hasText: "echoer" }).waitFor();

  // Rendered, not blank: a good share of the screenshot is not background.
  const png = decodePng(await page.screenshot({ fullPage: true }));
  let inked = 0, total = 0;
  for (let y = 0; y < png.height; y += 4) {
    for (let x = 0; x < png.width; x += 4, total++) {
      const [r, g, b] = png.pixel(x, y);
      if (r + g + b < 720) inked++;
    }
  }
  assert.ok(inked / total > 0.03, `only ${inked} of ${total} sampled pixels are not white`);

  // The relay goes away: the page says so (and keeps trying).
  await other.page.close();
  await relay.stop();
  await page.waitForSelector("#state[data-state=closed]");
  assert.match(await text(page, "#state"), /disconnected at .*the relay went away/);
  await page.locator("#events li", { hasText: "disconnect" }).first().waitFor();
  // The session tries again by itself, and the page says so.
  await page.waitForFunction(() => /Reconnecting: attempt [2-9]/.test(document.querySelector("#state").textContent), null, { timeout: 10000 });
  assert.deepEqual([...tab.errors, ...other.errors], []);
});
