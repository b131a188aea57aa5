//! Tier 3: the wasm client in headless Chrome, against a real `ragentsd`
//! and the real 1.0.0 relay that `npm test` starts (URLs compiled in). The
//! tests go through the JS face (method lookups on the JS objects), as pages do.
#![cfg(all(target_arch = "wasm32", not(feature = "rust-client")))]

use js_sys::{Array, Function, Object, Promise, Reflect};
use std::cell::RefCell;
use std::rc::Rc;
use wasm_bindgen::prelude::*;
use wasm_bindgen_futures::JsFuture;
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

const RELAY: &str = match option_env!("RAGENTS_RELAY_URL") {
    Some(u) => u,
    None => "ws://127.0.0.1:9000",
};
const OLD_RELAY: Option<&str> = option_env!("RAGENTS_OLD_RELAY_URL");

// What the package's JavaScript puts beside the glue (src/client/js/error.js):
// here the glue is a module of its own, so they go on the global object.
#[wasm_bindgen(module = "/src/client/js/error.js")]
extern "C" {
    #[wasm_bindgen(thread_local_v2, js_name = RagentsError)]
    static RAGENTS_ERROR: JsValue;
    #[wasm_bindgen(thread_local_v2, js_name = ragentsDebug)]
    static RAGENTS_DEBUG: JsValue;
}

#[wasm_bindgen(module = "/src/client/js/face.js")]
extern "C" {
    #[wasm_bindgen(thread_local_v2, js_name = ragentsFace)]
    static RAGENTS_FACE: JsValue;
}

/// `ragents.createSession`, with what the glue expects in scope installed
/// and the face's `loaded` and `connect` set as the package sets them.
fn create_session(config: JsValue, cb: JsValue) -> Result<JsValue, JsValue> {
    let global = js_sys::global();
    let scope = [
        ("RagentsError", &RAGENTS_ERROR),
        ("ragentsDebug", &RAGENTS_DEBUG),
        ("ragentsFace", &RAGENTS_FACE),
    ];
    for (name, value) in scope {
        Reflect::set(&global, &s(name), &value.with(JsValue::clone)).unwrap();
    }
    let face = RAGENTS_FACE.with(JsValue::clone);
    let connect = Closure::<dyn Fn(JsValue)>::new(ragents::client::connect).into_js_value();
    Reflect::set(&face, &s("connect"), &connect).unwrap();
    Reflect::set(&face, &s("loaded"), &Promise::resolve(&JsValue::UNDEFINED)).unwrap();
    let create: Function = get(&face, "createSession").unchecked_into();
    create.call2(&face, &config, &cb)
}

fn obj(pairs: &[(&str, JsValue)]) -> JsValue {
    let o = Object::new();
    for (k, v) in pairs {
        Reflect::set(&o, &(*k).into(), v).unwrap();
    }
    o.into()
}

fn get(o: &JsValue, k: &str) -> JsValue {
    Reflect::get(o, &k.into()).unwrap()
}

fn s(v: &str) -> JsValue {
    v.into()
}

/// Calls `target[method](...args)`.
fn call(target: &JsValue, method: &str, args: &[JsValue]) -> Result<JsValue, JsValue> {
    let f: Function = get(target, method)
        .dyn_into()
        .unwrap_or_else(|_| panic!("no method {method}"));
    let args: Array = args.iter().cloned().collect();
    Reflect::apply(&f, target, &args)
}

/// Awaits a Promise, failing the test after 5 s instead of hanging.
async fn wait(p: JsValue) -> Result<JsValue, JsValue> {
    let timeout = Promise::new(&mut |_, reject| {
        let _ = gloo_timers_set(reject, 5000);
    });
    let race = Promise::race(&Array::of2(&p, &timeout));
    JsFuture::from(race).await
}

fn gloo_timers_set(reject: Function, ms: i32) -> Result<JsValue, JsValue> {
    let set: Function = get(&js_sys::global(), "setTimeout").dyn_into()?;
    let err: JsValue = js_sys::Error::new("test waited too long").into();
    let f = reject.bind1(&JsValue::NULL, &err);
    set.call2(&JsValue::NULL, &f, &ms.into())
}

async fn ok(p: Result<JsValue, JsValue>) -> JsValue {
    wait(p.expect("call threw")).await.expect("rejected")
}

async fn rejected(p: Result<JsValue, JsValue>) -> JsValue {
    wait(p.expect("call threw")).await.expect_err("resolved")
}

fn code(e: &JsValue) -> String {
    get(e, "code").as_string().unwrap_or_default()
}

fn message(e: &JsValue) -> String {
    get(e, "message").as_string().unwrap_or_default()
}

async fn session_at(url: &str, key: &str) -> JsValue {
    ok(create_session(
        obj(&[("url", s(url)), ("key", s(key))]),
        JsValue::UNDEFINED,
    ))
    .await
}

async fn session(key: &str) -> JsValue {
    session_at(RELAY, key).await
}

/// A unique session key per test.
fn key(name: &str) -> String {
    format!("{name}-{}", js_sys::Math::random())
}

/// A function that records its calls, and a Promise of its first call's arguments.
fn recorder() -> (JsValue, Rc<RefCell<Vec<Array>>>, Promise) {
    let calls = Rc::new(RefCell::new(Vec::new()));
    let mut resolve = None;
    let first = Promise::new(&mut |res, _| resolve = Some(res));
    let resolve = resolve.unwrap();
    let c = calls.clone();
    let f = Closure::<dyn FnMut(JsValue, JsValue)>::new(move |a: JsValue, b: JsValue| {
        let args = Array::of2(&a, &b);
        c.borrow_mut().push(args.clone());
        let _ = resolve.call1(&JsValue::NULL, &args);
    });
    (f.into_js_value(), calls, first)
}

/// An echo agent on `session`: replies with the body and emits "echoed".
async fn echo_agent(session: &JsValue) -> JsValue {
    let agent = ok(call(
        session,
        "createAgent",
        &[obj(&[("name", s("echoer")), ("title", s("an echo agent"))])],
    ))
    .await;
    let a = agent.clone();
    let handler =
        Closure::<dyn FnMut(JsValue, JsValue)>::new(move |body: JsValue, reply: JsValue| {
            let reply: Function = reply.dyn_into().unwrap();
            reply.call2(&JsValue::NULL, &JsValue::NULL, &body).unwrap();
            call(&a, "emit", &[s("echoed"), body]).unwrap();
        });
    call(&agent, "receive", &[s("echo"), handler.into_js_value()]).unwrap();
    agent
}

async fn first_ragent(session: &JsValue) -> JsValue {
    let list = ok(call(session, "getRemoteAgents", &[])).await;
    Array::from(&list).get(0)
}

#[wasm_bindgen_test]
fn create_session_checks_its_arguments_at_once() {
    let cases = [
        (
            JsValue::UNDEFINED,
            "ragents.createSession(): config is null",
        ),
        (
            obj(&[("key", s("k"))]),
            "ragents.createSession(): config.url is null",
        ),
        (
            obj(&[("url", s(RELAY))]),
            "ragents.createSession(): config.key is null",
        ),
    ];
    for (config, text) in cases {
        let e = create_session(config, JsValue::UNDEFINED).expect_err("should throw");
        assert_eq!(
            (message(&e), code(&e)),
            (text.to_owned(), "ERR_INVALID_ARG".to_owned())
        );
        assert_is_ragents_error(&e);
    }
    let e = create_session(
        obj(&[("url", s(RELAY)), ("key", s("k"))]),
        s("not a function"),
    )
    .unwrap_err();
    assert_eq!(
        message(&e),
        "ragents.createSession(): callback is not a function"
    );
}

#[wasm_bindgen_test]
async fn readme_echo_example_with_callbacks() {
    let k = key("readme");
    let (cb, _, first) = recorder();
    create_session(obj(&[("url", s(RELAY)), ("key", s(&k))]), cb).unwrap();
    let args = wait(first.into()).await.unwrap();
    let args = Array::from(&args);
    assert!(args.get(0).is_null(), "no error");
    let server = args.get(1);
    let agent = echo_agent(&server).await;
    let info = get(&agent, "info");
    assert_eq!(get(&info, "name"), "echoer");
    assert!(Object::is_frozen(&info.clone().into()));

    let client = session(&k).await;
    let (listener, _, echoed) = recorder();
    let ragent = first_ragent(&client).await;
    assert_eq!(get(&get(&ragent, "info"), "id"), get(&info, "id"));
    call(&ragent, "on", &[s("echoed"), listener]).unwrap();
    let (cb, _, answered) = recorder();
    let ret = call(&ragent, "send", &[s("echo"), obj(&[("a", 1.into())]), cb]).unwrap();
    assert!(ret.is_undefined(), "callback form returns nothing");
    let answer = Array::from(&wait(answered.into()).await.unwrap());
    assert!(answer.get(0).is_null());
    assert_eq!(get(&answer.get(1), "a"), 1);
    let event = Array::from(&wait(echoed.into()).await.unwrap());
    assert_eq!(get(&event.get(0), "a"), 1);
    call(&server, "close", &[]).unwrap();
    call(&client, "close", &[]).unwrap();
}

#[wasm_bindgen_test]
async fn promises_and_remote_agent_identity() {
    let k = key("identity");
    let server = session(&k).await;
    let client = session(&k).await;
    let (listener, _, created) = recorder();
    call(&client, "on", &[s("ragentCreated"), listener]).unwrap();
    let agent = echo_agent(&server).await;
    let from_event = Array::from(&wait(created.into()).await.unwrap()).get(0);
    let from_list = first_ragent(&client).await;
    assert!(
        Object::is(&from_event, &from_list),
        "the same RAgent object"
    );
    let body = ok(call(
        &from_list,
        "send",
        &[s("echo"), Array::of2(&1.into(), &s("two")).into()],
    ))
    .await;
    assert_eq!(Array::from(&body).get(1), "two");

    let (listener, _, destroyed) = recorder();
    call(&client, "on", &[s("ragentDestroyed"), listener]).unwrap();
    let same = ok(call(&agent, "destroy", &[])).await;
    assert!(Object::is(&same, &agent), "destroy resolves with the agent");
    let gone = Array::from(&wait(destroyed.into()).await.unwrap()).get(0);
    assert!(Object::is(&gone, &from_list));
    let e = call(&agent, "emit", &[s("x"), JsValue::NULL]).unwrap_err();
    assert_eq!(
        (message(&e), code(&e)),
        ("destroyed".to_owned(), "ERR_DESTROYED".to_owned())
    );
    let handler = Function::new_no_args("");
    for args in [vec![s("x"), handler.clone().into()], vec![handler.into()]] {
        let e = call(&agent, "receive", &args).unwrap_err();
        assert_eq!(
            (message(&e), code(&e)),
            ("destroyed".to_owned(), "ERR_DESTROYED".to_owned())
        );
    }
    call(&server, "close", &[]).unwrap();
    call(&client, "close", &[]).unwrap();
}

#[wasm_bindgen_test]
async fn agent_errors_travel_as_messages() {
    let k = key("errors");
    let server = session(&k).await;
    let agent = ok(call(
        &server,
        "createAgent",
        &[obj(&[("name", s("picky"))])],
    ))
    .await;
    let fail = Closure::<dyn FnMut(JsValue, JsValue)>::new(|_body: JsValue, reply: JsValue| {
        let reply: Function = reply.dyn_into().unwrap();
        let e = js_sys::Error::new("no such thing");
        reply.call2(&JsValue::NULL, &e, &s("partial")).unwrap();
    });
    call(&agent, "receive", &[s("fail"), fail.into_js_value()]).unwrap();
    let throws = Function::new_with_args("body, reply", "throw new TypeError('handler broke')");
    call(&agent, "receive", &[s("throw"), throws.into()]).unwrap();

    let client = session(&k).await;
    let ragent = first_ragent(&client).await;
    let e = rejected(call(&ragent, "send", &[s("fail"), JsValue::NULL])).await;
    assert_eq!(
        (message(&e), code(&e)),
        ("no such thing".to_owned(), "ERR_REMOTE".to_owned())
    );
    assert_eq!(get(&e, "body"), "partial");
    let e = rejected(call(&ragent, "send", &[s("nope"), JsValue::NULL])).await;
    assert_eq!(message(&e), "agent does not handle messages named 'nope'");
    let e = rejected(call(&ragent, "send", &[s("throw"), JsValue::NULL])).await;
    assert_eq!(message(&e), "handler broke");
    // The session still works after a throwing handler.
    let e = rejected(call(&ragent, "send", &[s("fail"), JsValue::NULL])).await;
    assert_eq!(message(&e), "no such thing");
    // Bad arguments throw at once.
    let e = call(&ragent, "send", &[1.into(), JsValue::NULL]).unwrap_err();
    assert_eq!(code(&e), "ERR_INVALID_ARG");
    let cyclic = Object::new();
    Reflect::set(&cyclic, &"me".into(), &cyclic).unwrap();
    let e = call(&ragent, "send", &[s("fail"), cyclic.into()]).unwrap_err();
    assert_eq!(code(&e), "ERR_INVALID_ARG");
    let e = call(&agent, "receive", &[s("x"), 5.into()]).unwrap_err();
    assert_eq!(message(&e), "cb is not a function");
    call(&server, "close", &[]).unwrap();
    call(&client, "close", &[]).unwrap();
}

#[wasm_bindgen_test]
async fn pending_requests_fail_instead_of_hanging() {
    let k = key("pending");
    let owner = session(&k).await;
    let agent = ok(call(
        &owner,
        "createAgent",
        &[obj(&[("name", s("sleeper"))])],
    ))
    .await;
    let never = Function::new_with_args("body, reply", "");
    call(&agent, "receive", &[s("wait"), never.into()]).unwrap();
    let client = session(&k).await;
    let ragent = first_ragent(&client).await;

    // A per-call timeout.
    let e = rejected(call(
        &ragent,
        "send",
        &[s("wait"), JsValue::NULL, obj(&[("timeout", 50.into())])],
    ))
    .await;
    // The message says what failed, where, and why.
    let id = get(&get(&ragent, "info"), "id").as_string().unwrap();
    assert_eq!(
        (code(&e), message(&e)),
        (
            "ERR_TIMEOUT".to_owned(),
            format!("send \"wait\" to agent {id} at {RELAY}: request timed out after 50 ms")
        )
    );
    assert_is_ragents_error(&e);

    // The session's requestTimeout.
    let quick = ok(create_session(
        obj(&[
            ("url", s(RELAY)),
            ("key", s(&k)),
            ("requestTimeout", 60.into()),
        ]),
        JsValue::UNDEFINED,
    ))
    .await;
    let r = first_ragent(&quick).await;
    assert_eq!(
        code(&rejected(call(&r, "send", &[s("wait"), JsValue::NULL])).await),
        "ERR_TIMEOUT"
    );

    // The agent's session closes while a request waits.
    let waiting = call(&ragent, "send", &[s("wait"), JsValue::NULL]).unwrap();
    call(&owner, "close", &[]).unwrap();
    let e = wait(waiting).await.unwrap_err();
    assert_eq!(code(&e), "ERR_AGENT_DESTROYED");
    // And a send to it afterwards fails too.
    let e = rejected(call(&ragent, "send", &[s("wait"), JsValue::NULL])).await;
    assert!(
        ["ERR_AGENT_DESTROYED", "ERR_AGENT_NOT_FOUND"].contains(&code(&e).as_str()),
        "{}",
        code(&e)
    );

    // Our own session closes while a request waits.
    let owner2 = session(&k).await;
    let a2 = ok(call(
        &owner2,
        "createAgent",
        &[obj(&[("name", s("sleeper2"))])],
    ))
    .await;
    call(
        &a2,
        "receive",
        &[s("wait"), Function::new_no_args("").into()],
    )
    .unwrap();
    let list = ok(call(&client, "getRemoteAgents", &[])).await;
    let r2 = Array::from(&list).find(&mut |r, _, _| get(&get(&r, "info"), "name") == "sleeper2");
    let (cb, _, called) = recorder();
    call(&r2, "send", &[s("wait"), JsValue::NULL, cb]).unwrap();
    call(&client, "close", &[]).unwrap();
    let e = Array::from(&wait(called.into()).await.unwrap()).get(0);
    assert_eq!(code(&e), "ERR_CLOSED");
    assert_eq!(
        code(&rejected(call(&client, "getRemoteAgents", &[])).await),
        "ERR_CLOSED"
    );
    call(&owner2, "close", &[]).unwrap();
    call(&quick, "close", &[]).unwrap();
}

#[wasm_bindgen_test]
async fn close_event_and_state() {
    let sess = session(&key("close")).await;
    assert_eq!(get(&sess, "isOpen"), true);
    let (listener, calls, closed) = recorder();
    call(&sess, "on", &[s("close"), listener]).unwrap();
    call(&sess, "close", &[]).unwrap();
    wait(closed.into()).await.unwrap();
    assert_eq!(calls.borrow().len(), 1);
    assert_eq!(get(&sess, "isOpen"), false);
    assert_eq!(
        call(&sess, "listenerCount", &[s("close")]).unwrap(),
        0,
        "listeners released"
    );
    let e = rejected(call(&sess, "createAgent", &[obj(&[("name", s("late"))])])).await;
    assert_eq!(code(&e), "ERR_CLOSED");
}

#[wasm_bindgen_test]
async fn connection_failures_are_reported() {
    let e = rejected(create_session(
        obj(&[("url", s("ws://127.0.0.1:9")), ("key", s("k"))]),
        JsValue::UNDEFINED,
    ))
    .await;
    assert_eq!(code(&e), "ERR_CONNECT");
    assert!(
        message(&e).starts_with("connect to ws://127.0.0.1:9: "),
        "{}",
        message(&e)
    );
    assert_is_ragents_error(&e);
    let e = rejected(create_session(
        obj(&[("url", s("not a url")), ("key", s("k"))]),
        JsValue::UNDEFINED,
    ))
    .await;
    assert_eq!(code(&e), "ERR_CONNECT");
    assert!(message(&e).starts_with("connect to not a url: "));
}

/// `e` is a `RagentsError` (and so an `Error`), named so.
fn assert_is_ragents_error(e: &JsValue) {
    let class = RAGENTS_ERROR.with(JsValue::clone);
    let proto = get(&class, "prototype");
    assert_eq!(JsValue::from(Reflect::get_prototype_of(e).unwrap()), proto);
    assert!(e.is_instance_of::<js_sys::Error>());
    assert_eq!(get(e, "name").as_string().unwrap(), "RagentsError");
}

#[wasm_bindgen_test]
async fn event_emitter_semantics() {
    let sess = session(&key("emitter")).await;
    let (f, f_calls, _) = recorder();
    let (g, g_calls, _) = recorder();
    let chained = call(&sess, "on", &[s("x"), f.clone()]).unwrap();
    assert!(Object::is(&chained, &sess), "on returns the emitter");
    call(&sess, "addListener", &[s("x"), f.clone()]).unwrap();
    call(&sess, "once", &[s("x"), g.clone()]).unwrap();
    assert_eq!(call(&sess, "listenerCount", &[s("x")]).unwrap(), 3);
    let listeners = Array::from(&call(&sess, "listeners", &[s("x")]).unwrap());
    assert!(Object::is(&listeners.get(0), &f) && Object::is(&listeners.get(2), &g));

    assert_eq!(
        call(&sess, "emit", &[s("x"), 1.into(), 2.into()]).unwrap(),
        true
    );
    assert_eq!((f_calls.borrow().len(), g_calls.borrow().len()), (2, 1));
    assert_eq!(f_calls.borrow()[0].get(1), 2, "arguments passed through");
    call(&sess, "emit", &[s("x")]).unwrap();
    assert_eq!(
        (f_calls.borrow().len(), g_calls.borrow().len()),
        (4, 1),
        "once fired once"
    );

    call(&sess, "off", &[s("x"), f.clone()]).unwrap();
    assert_eq!(call(&sess, "listenerCount", &[s("x")]).unwrap(), 1);
    call(&sess, "removeListener", &[s("x"), f.clone()]).unwrap();
    assert_eq!(call(&sess, "emit", &[s("x")]).unwrap(), false);
    call(&sess, "on", &[s("y"), f.clone()]).unwrap();
    call(&sess, "on", &[s("z"), f.clone()]).unwrap();
    call(&sess, "removeAllListeners", &[s("y")]).unwrap();
    assert_eq!(call(&sess, "listenerCount", &[s("z")]).unwrap(), 1);
    call(&sess, "removeAllListeners", &[]).unwrap();
    assert_eq!(call(&sess, "listenerCount", &[s("z")]).unwrap(), 0);

    // A listener that throws: emit throws, as Node's does.
    let boom = Function::new_no_args("throw new Error('boom')");
    call(&sess, "on", &[s("b"), boom.into()]).unwrap();
    assert_eq!(
        message(&call(&sess, "emit", &[s("b")]).unwrap_err()),
        "boom"
    );
    let e = call(&sess, "on", &[s("c"), 3.into()]).unwrap_err();
    assert_eq!(code(&e), "ERR_INVALID_ARG");
    call(&sess, "close", &[]).unwrap();
}

#[wasm_bindgen_test]
async fn readme_sample_against_the_1_0_0_relay() {
    let Some(old) = OLD_RELAY else {
        panic!("RAGENTS_OLD_RELAY_URL was not set at build time (npm test sets it)");
    };
    let k = key("old-relay");
    let server = session_at(old, &k).await;
    let agent = echo_agent(&server).await;
    let client = session_at(old, &k).await;
    let ragent = first_ragent(&client).await;
    assert_eq!(
        get(&get(&ragent, "info"), "id"),
        get(&get(&agent, "info"), "id")
    );
    let (listener, _, echoed) = recorder();
    call(&ragent, "on", &[s("echoed"), listener]).unwrap();
    let body = ok(call(&ragent, "send", &[s("echo"), obj(&[("a", 1.into())])])).await;
    assert_eq!(get(&body, "a"), 1);
    let event = Array::from(&wait(echoed.into()).await.unwrap());
    assert_eq!(get(&event.get(0), "a"), 1);
    call(&server, "close", &[]).unwrap();
    call(&client, "close", &[]).unwrap();
}

#[wasm_bindgen_test]
async fn named_calls_wait_for_their_agent_and_time_out_without_it() {
    let k = key("named");
    let caller = session(&k).await;
    let named = |id: &str, method: &str, params: JsValue| {
        obj(&[("id", s(id)), ("method", s(method)), ("params", params)])
    };
    // Made before any agent of that name exists.
    let early = call(
        &caller,
        "request",
        &[named(
            "md5",
            "hash",
            Array::of2(&s("abc"), &true.into()).into(),
        )],
    )
    .unwrap();
    let owner = session(&k).await;
    let agent = ok(call(&owner, "createAgent", &[obj(&[("name", s("md5"))])])).await;
    let echo = Function::new_with_args("body, reply", "reply(null, body)");
    call(&agent, "receive", &[s("hash"), echo.into()]).unwrap();
    let answer = wait(early).await.expect("answered once the agent appeared");
    assert_eq!(js_sys::JSON::stringify(&answer).unwrap(), "[\"abc\",true]");
    // Found at once now; a callback works too.
    let (cb, _, first) = recorder();
    call(
        &caller,
        "request",
        &[named("md5", "hash", obj(&[("k", 1.into())])), cb],
    )
    .unwrap();
    let args = wait(first.into()).await.unwrap();
    assert_eq!(js_sys::JSON::stringify(&args).unwrap(), "[null,{\"k\":1}]");
    // Never there: ERR_TIMEOUT, naming the agent by its name.
    let never = call(
        &caller,
        "request",
        &[
            named("nobody", "m", JsValue::NULL),
            obj(&[("timeout", 30.into())]),
        ],
    );
    let e = rejected(never).await;
    assert_eq!(code(&e), "ERR_TIMEOUT");
    assert_eq!(
        message(&e),
        format!("send \"m\" to agent nobody at {RELAY}: request timed out after 30 ms")
    );
    // Bad calls throw at once.
    let e = call(&caller, "request", &[obj(&[("method", s("m"))])]).unwrap_err();
    assert_eq!(code(&e), "ERR_INVALID_ARG");
    for s in [&caller, &owner] {
        call(s, "close", &[]).unwrap();
    }
}

#[wasm_bindgen_test]
async fn named_calls_work_through_the_1_0_0_relay() {
    let old =
        OLD_RELAY.expect("RAGENTS_OLD_RELAY_URL was not set at build time (npm test sets it)");
    let k = key("named-old");
    let owner = session_at(old, &k).await;
    let agent = ok(call(&owner, "createAgent", &[obj(&[("name", s("early"))])])).await;
    let echo = Function::new_with_args("body, reply", "reply(null, body)");
    call(&agent, "receive", &[s("echo"), echo.into()]).unwrap();
    // Created before the caller joined: found through getAgents.
    let caller = session_at(old, &k).await;
    let c = obj(&[
        ("id", s("early")),
        ("method", s("echo")),
        ("params", 7.into()),
    ]);
    assert_eq!(ok(call(&caller, "request", &[c])).await, 7);
    for s in [&caller, &owner] {
        call(s, "close", &[]).unwrap();
    }
}

/// The wasm's allocator (src/client/heap.rs, this test binary's too): blocks
/// of every class, freed and reused in a shuffled order, never overlap
/// (each keeps the bytes written into it), keep their alignment, keep
/// their contents when they grow, and a freed block is handed out again
/// instead of new memory.
#[wasm_bindgen_test]
fn the_allocator_never_hands_out_a_block_twice() {
    let mut live: Vec<Vec<u8>> = Vec::new();
    let mut seed = 7u32;
    let mut next = move || {
        seed ^= seed << 13;
        seed ^= seed >> 17;
        seed ^= seed << 5;
        seed
    };
    for round in 0..4000u32 {
        let size = 1 + (next() % (1 << (next() % 17))) as usize;
        let tag = (round % 251) as u8;
        live.push(vec![tag; size]);
        if next() % 3 == 0 && !live.is_empty() {
            let i = next() as usize % live.len();
            let v = live.swap_remove(i);
            assert!(v.iter().all(|&b| b == v[0]), "a block was overwritten");
        }
        if next() % 5 == 0 {
            let i = next() as usize % live.len();
            let v = &mut live[i];
            let (first, len) = (v[0], v.len());
            v.resize(len * 2 + 1, first);
        }
    }
    for v in &live {
        assert!(v.iter().all(|&b| b == v[0]), "a block was overwritten");
    }
    let aligned = Box::new(0u128);
    assert_eq!(&*aligned as *const u128 as usize % 16, 0);
    // A freed block of a class comes back for the next of that class.
    let a = Box::new([1u8; 200]);
    let at = a.as_ptr() as usize;
    drop(a);
    let b = Box::new([2u8; 220]);
    assert_eq!(b.as_ptr() as usize, at);
}
