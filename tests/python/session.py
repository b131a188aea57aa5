"""One whole ragents session against a relay, through Python's `websockets`.

    python session.py ws://127.0.0.1:PORT

`websockets` is a strict and independent RFC 6455 implementation: this checks
the relay's framing (fragments, large messages, pings, the close handshake)
and the protocol of docs/PROTOCOL.md with two clients, A and B, in one
session. It prints a line per step, and exits non-zero on the first mismatch.
Run by tests/node/python.test.mjs, which installs `websockets` in a venv.
"""

import asyncio
import json
import os
import sys

from websockets.asyncio.client import connect

TIMEOUT = 5  # seconds, for every receive
KEY = f"python-{os.getpid()}"


class Mismatch(Exception):
    pass


def step(text):
    print(f"ok   {text}", flush=True)


def show(value, limit=300):
    text = value if isinstance(value, str) else json.dumps(value, ensure_ascii=False)
    return text if len(text) <= limit else f"{text[:limit]}... ({len(text)} chars)"


def expect(got, want, what):
    if got != want:
        raise Mismatch(f"{what}:\n  expected {show(want)}\n  got      {show(got)}")


async def recv_text(ws, who):
    try:
        message = await asyncio.wait_for(ws.recv(), TIMEOUT)
    except TimeoutError:
        raise Mismatch(f"{who}: nothing received within {TIMEOUT} s") from None
    if not isinstance(message, str):
        raise Mismatch(f"{who}: got a binary message: {message[:100]!r}")
    return message


async def recv(ws, who):
    text = await recv_text(ws, who)
    try:
        return json.loads(text)
    except ValueError:
        raise Mismatch(f"{who}: got a message that is not JSON: {show(text)}") from None


def send(ws, packet):
    return ws.send(json.dumps(packet, ensure_ascii=False))


async def open_client(url, who):
    ws = await asyncio.wait_for(connect(url, subprotocols=["ragents-protocol"]), TIMEOUT)
    expect(ws.subprotocol, "ragents-protocol", f"{who}: negotiated subprotocol")
    # websockets offers permessage-deflate; the relay must decline it.
    expect(ws.response.headers.get("Sec-WebSocket-Extensions"), None, f"{who}: negotiated extensions")
    await send(ws, {"type": "request", "name": "connect", "to": "server", "id": "0", "body": {"key": KEY}})
    want = {"type": "response", "name": "connect", "from": "server", "id": "0", "body": None}
    expect(await recv(ws, who), want, f"{who}: answer to connect")
    step(f"{who} connected to session {KEY!r}")
    return ws


async def call_agent(a, b, agent, rid, body, fragments=None, answer=None):
    """B asks the agent; A gets the request with the relay's id and answers it."""
    request = {"type": "request", "name": "echo", "to": agent, "id": rid, "body": body}
    if fragments:
        text = json.dumps(request, ensure_ascii=False).encode()
        size = -(-len(text) // fragments)  # cut anywhere, even inside a UTF-8 character
        await b.send([text[i : i + size] for i in range(0, len(text), size)], text=True)
    else:
        await send(b, request)
    got = await recv(a, "A")
    relay_id = got.get("id")
    if not isinstance(relay_id, (str, int)):
        raise Mismatch(f"A: forwarded request has no usable id: {show(got)}")
    expect(got, {**request, "id": relay_id}, "A: forwarded request")
    response = {"type": "response", "name": "echo", "from": agent, "id": relay_id, "body": body}
    await (answer(a, response) if answer else send(a, response))
    expect(await recv(b, "B"), {**response, "id": rid}, "B: response with its own id")


async def session(url):
    a = await open_client(url, "A")
    b = await open_client(url, "B")

    info = {"name": "echo", "title": "python"}
    await send(a, {"type": "request", "name": "createAgent", "to": "server", "id": "a1", "body": info})
    created = await recv(a, "A")
    agent = (created.get("body") or {}).get("id")
    if not isinstance(agent, str):
        raise Mismatch(f"A: expected agentCreated with a string id, got {show(created)}")
    info = {"id": agent, **info}
    event = {"type": "event", "name": "agentCreated", "from": "server", "body": info}
    expect(created, event, "A: agentCreated (before the response)")
    expect(await recv(a, "A"), {"type": "response", "name": "createAgent", "from": "server", "id": "a1", "body": info}, "A: createAgent response")
    expect(await recv(b, "B"), event, "B: agentCreated")
    step(f"A created agent {agent!r}; A and B saw agentCreated")

    await call_agent(a, b, agent, "b-1", {"n": 1})
    step("B's request reached A with the relay's id; A's response came back to B with B's id")

    tick = json.dumps({"type": "event", "name": "tick", "from": agent, "body": {"t": 1, "s": "ünï ✓"}}, ensure_ascii=False)
    await a.send(tick)
    expect(await recv_text(b, "B"), tick, "B: event, byte for byte")
    expect(await recv_text(a, "A"), tick, "A: its own event, byte for byte")
    step("A's event reached B and A unchanged")

    await call_agent(a, b, agent, "b-2", {"text": "fragmé ✓ " * 20}, fragments=9)
    step("B's request in 9 frames (cut inside UTF-8 characters) arrived as one packet")

    big = {"data": "".join(chr(0x20 + (i * 7919) % 0x2000) for i in range(100_000))}
    big_size = len(json.dumps(big, ensure_ascii=False).encode())
    await call_agent(a, b, agent, 3, big)
    step(f"a {big_size}-byte body went both ways intact (numeric id 3 echoed)")

    fragmented = lambda ws, packet: ws.send([s for s in json.dumps(packet).partition('"body"')])
    await call_agent(a, b, agent, "b-4", [1, 2, 3], answer=fragmented)
    step("A's response in 3 frames arrived as one packet")

    # Text that does not start with "{" is "not a JSON object" before it is "not valid JSON".
    for text, error in (("not json", "packet is not a JSON object"), ("{not json", "packet is not valid JSON")):
        await b.send(text)
        expect(await recv(b, "B"), {"type": "response", "from": "server", "error": error}, f"B: answer to {text!r}")
    await b.send(b"\x01\x02")
    expect(await recv(b, "B"), {"type": "response", "from": "server", "error": "binary frames are not part of the protocol"}, "B: answer to a binary frame")
    await send(b, {"type": "request", "name": "getAgents", "to": "server", "id": "b-5"})
    expect(await recv(b, "B"), {"type": "response", "name": "getAgents", "from": "server", "id": "b-5", "body": [info]}, "B: getAgents after the errors")
    step("'not json', '{not json' and a binary frame got error responses; B's socket stayed open")

    for ws, who in ((a, "A"), (b, "B")):
        pong = await ws.ping(b"data")
        try:
            latency = await asyncio.wait_for(pong, TIMEOUT)
        except TimeoutError:
            raise Mismatch(f"{who}: no pong within {TIMEOUT} s") from None
        step(f"{who}'s ping was answered ({latency * 1000:.1f} ms)")

    await asyncio.wait_for(a.close(1000), TIMEOUT)
    expect((a.close_code, a.close_reason), (1000, ""), "A: close code and reason from the relay")
    step("A closed with 1000; the relay answered 1000")
    expect(await recv(b, "B"), {"type": "event", "name": "agentDestroyed", "from": "server", "body": info}, "B: agentDestroyed")
    step("B saw agentDestroyed for A's agent")
    await asyncio.wait_for(b.close(1000), TIMEOUT)
    expect((b.close_code, b.close_reason), (1000, ""), "B: close code and reason from the relay")
    step("B closed with 1000; the relay answered 1000")


def main():
    if len(sys.argv) != 2:
        sys.exit("usage: python session.py ws://HOST:PORT")
    try:
        asyncio.run(session(sys.argv[1]))
    except Mismatch as e:
        sys.exit(f"FAIL {e}")
    except Exception as e:  # a closed socket, a refused handshake...
        sys.exit(f"FAIL {type(e).__name__}: {e}")
    print("all steps passed")


if __name__ == "__main__":
    main()
