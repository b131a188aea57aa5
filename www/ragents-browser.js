/*! ragents 1.1.0 | browser client (Rust/wasm) | Apache-2.0 */
(function () {
"use strict";
let wasm_bindgen = (function(exports) {
    let script_src;
    if (typeof document !== 'undefined' && document.currentScript !== null) {
        script_src = new URL(document.currentScript.src, location.href).toString();
    }

    /**
     * An agent of this client (its methods: `agent.rs`).
     */
    class Agent {
        static __wrap(ptr) {
            const obj = Object.create(Agent.prototype);
            obj.__wbg_ptr = ptr;
            AgentFinalization.register(obj, obj.__wbg_ptr, obj);
            return obj;
        }
        __destroy_into_raw() {
            const ptr = this.__wbg_ptr;
            this.__wbg_ptr = 0;
            AgentFinalization.unregister(this);
            return ptr;
        }
        free() {
            const ptr = this.__destroy_into_raw();
            wasm.__wbg_agent_free(ptr, 0);
        }
        /**
         * Destroys the agent; `cb(err, agent)`, or a Promise of it.
         * @param {any} cb
         * @returns {any}
         */
        destroy(cb) {
            const ret = wasm.agent_destroy(this.__wbg_ptr, cb);
            if (ret[2]) {
                throw takeFromExternrefTable0(ret[1]);
            }
            return takeFromExternrefTable0(ret[0]);
        }
        /**
         * Broadcasts an event to the session; false if the session is closed.
         * @param {any} name
         * @param {any} body
         * @returns {boolean}
         */
        emit(name, body) {
            const ret = wasm.agent_emit(this.__wbg_ptr, name, body);
            if (ret[2]) {
                throw takeFromExternrefTable0(ret[1]);
            }
            return ret[0] !== 0;
        }
        /**
         * `{id, name, title}`, read-only.
         * @returns {any}
         */
        get info() {
            const ret = wasm.agent_info(this.__wbg_ptr);
            return ret;
        }
        /**
         * Handles requests named `name` with `cb(body, reply(err, body))`.
         * @param {any} name
         * @param {any} cb
         */
        receive(name, cb) {
            const ret = wasm.agent_receive(this.__wbg_ptr, name, cb);
            if (ret[1]) {
                throw takeFromExternrefTable0(ret[0]);
            }
        }
    }
    if (Symbol.dispose) Agent.prototype[Symbol.dispose] = Agent.prototype.free;
    exports.Agent = Agent;

    /**
     * An agent of the session, seen from here (its methods: `agent.rs`).
     */
    class RAgent {
        static __wrap(ptr) {
            const obj = Object.create(RAgent.prototype);
            obj.__wbg_ptr = ptr;
            RAgentFinalization.register(obj, obj.__wbg_ptr, obj);
            return obj;
        }
        __destroy_into_raw() {
            const ptr = this.__wbg_ptr;
            this.__wbg_ptr = 0;
            RAgentFinalization.unregister(this);
            return ptr;
        }
        free() {
            const ptr = this.__destroy_into_raw();
            wasm.__wbg_ragent_free(ptr, 0);
        }
        /**
         * @param {string} name
         * @param {any} listener
         * @returns {any}
         */
        addListener(name, listener) {
            const ptr0 = passStringToWasm0(name, wasm.__wbindgen_malloc, wasm.__wbindgen_realloc);
            const len0 = WASM_VECTOR_LEN;
            const ret = wasm.ragent_addListener(this.__wbg_ptr, ptr0, len0, listener);
            if (ret[2]) {
                throw takeFromExternrefTable0(ret[1]);
            }
            return takeFromExternrefTable0(ret[0]);
        }
        /**
         * Calls the listeners of `name` with the (up to four) arguments
         * that follow; true if there were any. Throws what a listener throws.
         * @param {string} name
         * @param {any} a
         * @param {any} b
         * @param {any} c
         * @param {any} d
         * @returns {boolean}
         */
        emit(name, a, b, c, d) {
            const ptr0 = passStringToWasm0(name, wasm.__wbindgen_malloc, wasm.__wbindgen_realloc);
            const len0 = WASM_VECTOR_LEN;
            const ret = wasm.ragent_emit(this.__wbg_ptr, ptr0, len0, a, b, c, d);
            if (ret[2]) {
                throw takeFromExternrefTable0(ret[1]);
            }
            return ret[0] !== 0;
        }
        /**
         * `{id, name, title}`, read-only.
         * @returns {any}
         */
        get info() {
            const ret = wasm.ragent_info(this.__wbg_ptr);
            return ret;
        }
        /**
         * @param {string} name
         * @returns {number}
         */
        listenerCount(name) {
            const ptr0 = passStringToWasm0(name, wasm.__wbindgen_malloc, wasm.__wbindgen_realloc);
            const len0 = WASM_VECTOR_LEN;
            const ret = wasm.ragent_listenerCount(this.__wbg_ptr, ptr0, len0);
            return ret >>> 0;
        }
        /**
         * @param {string} name
         * @returns {Array<any>}
         */
        listeners(name) {
            const ptr0 = passStringToWasm0(name, wasm.__wbindgen_malloc, wasm.__wbindgen_realloc);
            const len0 = WASM_VECTOR_LEN;
            const ret = wasm.ragent_listeners(this.__wbg_ptr, ptr0, len0);
            return ret;
        }
        /**
         * Removes a listener; returns this object.
         * @param {string} name
         * @param {any} listener
         * @returns {any}
         */
        off(name, listener) {
            const ptr0 = passStringToWasm0(name, wasm.__wbindgen_malloc, wasm.__wbindgen_realloc);
            const len0 = WASM_VECTOR_LEN;
            const ret = wasm.ragent_off(this.__wbg_ptr, ptr0, len0, listener);
            return ret;
        }
        /**
         * Adds a listener; returns this object.
         * @param {string} name
         * @param {any} listener
         * @returns {any}
         */
        on(name, listener) {
            const ptr0 = passStringToWasm0(name, wasm.__wbindgen_malloc, wasm.__wbindgen_realloc);
            const len0 = WASM_VECTOR_LEN;
            const ret = wasm.ragent_on(this.__wbg_ptr, ptr0, len0, listener);
            if (ret[2]) {
                throw takeFromExternrefTable0(ret[1]);
            }
            return takeFromExternrefTable0(ret[0]);
        }
        /**
         * Adds a listener called at most once; returns this object.
         * @param {string} name
         * @param {any} listener
         * @returns {any}
         */
        once(name, listener) {
            const ptr0 = passStringToWasm0(name, wasm.__wbindgen_malloc, wasm.__wbindgen_realloc);
            const len0 = WASM_VECTOR_LEN;
            const ret = wasm.ragent_once(this.__wbg_ptr, ptr0, len0, listener);
            if (ret[2]) {
                throw takeFromExternrefTable0(ret[1]);
            }
            return takeFromExternrefTable0(ret[0]);
        }
        /**
         * Removes every listener of `name`, or of every event.
         * @param {string | null} [name]
         * @returns {any}
         */
        removeAllListeners(name) {
            var ptr0 = isLikeNone(name) ? 0 : passStringToWasm0(name, wasm.__wbindgen_malloc, wasm.__wbindgen_realloc);
            var len0 = WASM_VECTOR_LEN;
            const ret = wasm.ragent_removeAllListeners(this.__wbg_ptr, ptr0, len0);
            return ret;
        }
        /**
         * @param {string} name
         * @param {any} listener
         * @returns {any}
         */
        removeListener(name, listener) {
            const ptr0 = passStringToWasm0(name, wasm.__wbindgen_malloc, wasm.__wbindgen_realloc);
            const len0 = WASM_VECTOR_LEN;
            const ret = wasm.ragent_removeListener(this.__wbg_ptr, ptr0, len0, listener);
            return ret;
        }
        /**
         * Sends a request: `send(name, body, [options,] cb(err, body))`, or
         * without `cb` a Promise of the response body. `options.timeout` (ms)
         * overrides the session's `requestTimeout`.
         * @param {any} name
         * @param {any} body
         * @param {any} options
         * @param {any} cb
         * @returns {any}
         */
        send(name, body, options, cb) {
            const ret = wasm.ragent_send(this.__wbg_ptr, name, body, options, cb);
            if (ret[2]) {
                throw takeFromExternrefTable0(ret[1]);
            }
            return takeFromExternrefTable0(ret[0]);
        }
    }
    if (Symbol.dispose) RAgent.prototype[Symbol.dispose] = RAgent.prototype.free;
    exports.RAgent = RAgent;

    /**
     * What the `reply` function of a request is bound to. It is not a
     * `Closure`: a page may keep and call a `reply` after the session is gone,
     * and then nothing happens.
     */
    class Responder {
        static __wrap(ptr) {
            const obj = Object.create(Responder.prototype);
            obj.__wbg_ptr = ptr;
            ResponderFinalization.register(obj, obj.__wbg_ptr, obj);
            return obj;
        }
        __destroy_into_raw() {
            const ptr = this.__wbg_ptr;
            this.__wbg_ptr = 0;
            ResponderFinalization.unregister(this);
            return ptr;
        }
        free() {
            const ptr = this.__destroy_into_raw();
            wasm.__wbg_responder_free(ptr, 0);
        }
        /**
         * `reply(err, body)`, bound to one request of one local agent.
         * @param {string} agent
         * @param {string} id
         * @param {string} name
         * @param {any} err
         * @param {any} body
         */
        reply(agent, id, name, err, body) {
            let ptr0, len0, ptr1, len1, ptr2, len2;
            try {
                ptr0 = passStringToWasm0(agent, wasm.__wbindgen_malloc, wasm.__wbindgen_realloc);
                len0 = WASM_VECTOR_LEN;
                ptr1 = passStringToWasm0(id, wasm.__wbindgen_malloc, wasm.__wbindgen_realloc);
                len1 = WASM_VECTOR_LEN;
                ptr2 = passStringToWasm0(name, wasm.__wbindgen_malloc, wasm.__wbindgen_realloc);
                len2 = WASM_VECTOR_LEN;
            } catch (e) {
                if (ptr2) { wasm.__wbindgen_free(ptr2, len2 * 1, 1); }
                if (ptr1) { wasm.__wbindgen_free(ptr1, len1 * 1, 1); }
                if (ptr0) { wasm.__wbindgen_free(ptr0, len0 * 1, 1); }
                throw e;
            }
            wasm.responder_reply(this.__wbg_ptr, ptr0, len0, ptr1, len1, ptr2, len2, err, body);
        }
    }
    if (Symbol.dispose) Responder.prototype[Symbol.dispose] = Responder.prototype.free;
    exports.Responder = Responder;

    /**
     * A session: the connection to every client that joined with the same key.
     * `free()` on an open session closes it.
     */
    class Session {
        static __wrap(ptr) {
            const obj = Object.create(Session.prototype);
            obj.__wbg_ptr = ptr;
            SessionFinalization.register(obj, obj.__wbg_ptr, obj);
            return obj;
        }
        __destroy_into_raw() {
            const ptr = this.__wbg_ptr;
            this.__wbg_ptr = 0;
            SessionFinalization.unregister(this);
            return ptr;
        }
        free() {
            const ptr = this.__destroy_into_raw();
            wasm.__wbg_session_free(ptr, 0);
        }
        /**
         * @param {string} name
         * @param {any} listener
         * @returns {any}
         */
        addListener(name, listener) {
            const ptr0 = passStringToWasm0(name, wasm.__wbindgen_malloc, wasm.__wbindgen_realloc);
            const len0 = WASM_VECTOR_LEN;
            const ret = wasm.session_addListener(this.__wbg_ptr, ptr0, len0, listener);
            if (ret[2]) {
                throw takeFromExternrefTable0(ret[1]);
            }
            return takeFromExternrefTable0(ret[0]);
        }
        /**
         * Closes the session: pending requests fail, local agents are destroyed.
         */
        close() {
            wasm.session_close(this.__wbg_ptr);
        }
        /**
         * Creates a local agent; `cb(err, agent)`, or a Promise of the agent.
         * @param {any} info
         * @param {any} cb
         * @returns {any}
         */
        createAgent(info, cb) {
            const ret = wasm.session_createAgent(this.__wbg_ptr, info, cb);
            if (ret[2]) {
                throw takeFromExternrefTable0(ret[1]);
            }
            return takeFromExternrefTable0(ret[0]);
        }
        /**
         * Destroys a local agent; `cb(err, agent)`, or a Promise of the agent.
         * @param {any} info
         * @param {any} cb
         * @returns {any}
         */
        destroyAgent(info, cb) {
            const ret = wasm.session_destroyAgent(this.__wbg_ptr, info, cb);
            if (ret[2]) {
                throw takeFromExternrefTable0(ret[1]);
            }
            return takeFromExternrefTable0(ret[0]);
        }
        /**
         * Calls the listeners of `name` with the (up to four) arguments
         * that follow; true if there were any. Throws what a listener throws.
         * @param {string} name
         * @param {any} a
         * @param {any} b
         * @param {any} c
         * @param {any} d
         * @returns {boolean}
         */
        emit(name, a, b, c, d) {
            const ptr0 = passStringToWasm0(name, wasm.__wbindgen_malloc, wasm.__wbindgen_realloc);
            const len0 = WASM_VECTOR_LEN;
            const ret = wasm.session_emit(this.__wbg_ptr, ptr0, len0, a, b, c, d);
            if (ret[2]) {
                throw takeFromExternrefTable0(ret[1]);
            }
            return ret[0] !== 0;
        }
        /**
         * Every agent of the session; `cb(err, ragents)`, or a Promise of them.
         * @param {any} cb
         * @returns {any}
         */
        getRemoteAgents(cb) {
            const ret = wasm.session_getRemoteAgents(this.__wbg_ptr, cb);
            if (ret[2]) {
                throw takeFromExternrefTable0(ret[1]);
            }
            return takeFromExternrefTable0(ret[0]);
        }
        /**
         * Whether the session is connected.
         * @returns {boolean}
         */
        get isOpen() {
            const ret = wasm.session_isOpen(this.__wbg_ptr);
            return ret !== 0;
        }
        /**
         * @param {string} name
         * @returns {number}
         */
        listenerCount(name) {
            const ptr0 = passStringToWasm0(name, wasm.__wbindgen_malloc, wasm.__wbindgen_realloc);
            const len0 = WASM_VECTOR_LEN;
            const ret = wasm.session_listenerCount(this.__wbg_ptr, ptr0, len0);
            return ret >>> 0;
        }
        /**
         * @param {string} name
         * @returns {Array<any>}
         */
        listeners(name) {
            const ptr0 = passStringToWasm0(name, wasm.__wbindgen_malloc, wasm.__wbindgen_realloc);
            const len0 = WASM_VECTOR_LEN;
            const ret = wasm.session_listeners(this.__wbg_ptr, ptr0, len0);
            return ret;
        }
        /**
         * Removes a listener; returns this object.
         * @param {string} name
         * @param {any} listener
         * @returns {any}
         */
        off(name, listener) {
            const ptr0 = passStringToWasm0(name, wasm.__wbindgen_malloc, wasm.__wbindgen_realloc);
            const len0 = WASM_VECTOR_LEN;
            const ret = wasm.session_off(this.__wbg_ptr, ptr0, len0, listener);
            return ret;
        }
        /**
         * Adds a listener; returns this object.
         * @param {string} name
         * @param {any} listener
         * @returns {any}
         */
        on(name, listener) {
            const ptr0 = passStringToWasm0(name, wasm.__wbindgen_malloc, wasm.__wbindgen_realloc);
            const len0 = WASM_VECTOR_LEN;
            const ret = wasm.session_on(this.__wbg_ptr, ptr0, len0, listener);
            if (ret[2]) {
                throw takeFromExternrefTable0(ret[1]);
            }
            return takeFromExternrefTable0(ret[0]);
        }
        /**
         * Adds a listener called at most once; returns this object.
         * @param {string} name
         * @param {any} listener
         * @returns {any}
         */
        once(name, listener) {
            const ptr0 = passStringToWasm0(name, wasm.__wbindgen_malloc, wasm.__wbindgen_realloc);
            const len0 = WASM_VECTOR_LEN;
            const ret = wasm.session_once(this.__wbg_ptr, ptr0, len0, listener);
            if (ret[2]) {
                throw takeFromExternrefTable0(ret[1]);
            }
            return takeFromExternrefTable0(ret[0]);
        }
        /**
         * Removes every listener of `name`, or of every event.
         * @param {string | null} [name]
         * @returns {any}
         */
        removeAllListeners(name) {
            var ptr0 = isLikeNone(name) ? 0 : passStringToWasm0(name, wasm.__wbindgen_malloc, wasm.__wbindgen_realloc);
            var len0 = WASM_VECTOR_LEN;
            const ret = wasm.session_removeAllListeners(this.__wbg_ptr, ptr0, len0);
            return ret;
        }
        /**
         * @param {string} name
         * @param {any} listener
         * @returns {any}
         */
        removeListener(name, listener) {
            const ptr0 = passStringToWasm0(name, wasm.__wbindgen_malloc, wasm.__wbindgen_realloc);
            const len0 = WASM_VECTOR_LEN;
            const ret = wasm.session_removeListener(this.__wbg_ptr, ptr0, len0, listener);
            return ret;
        }
    }
    if (Symbol.dispose) Session.prototype[Symbol.dispose] = Session.prototype.free;
    exports.Session = Session;

    /**
     * `ragents.createSession({url, key, requestTimeout?}, cb(err, session))`;
     * without `cb`, returns a Promise of the session.
     * @param {any} config
     * @param {any} cb
     * @returns {any}
     */
    function createSession(config, cb) {
        const ret = wasm.createSession(config, cb);
        if (ret[2]) {
            throw takeFromExternrefTable0(ret[1]);
        }
        return takeFromExternrefTable0(ret[0]);
    }
    exports.createSession = createSession;

    /**
     * In debug builds, panics are shown in the console. Release builds leave
     * the hook out: without it no panic message is ever formatted, and
     * `std::fmt` stays out of the shipped wasm.
     */
    function start() {
        wasm.start();
    }
    exports.start = start;
    function __wbg_get_imports() {
        const import0 = {
            __proto__: null,
            __wbg___wbindgen_is_falsy_d864b623500ae65d: function(arg0) {
                const ret = !arg0;
                return ret;
            },
            __wbg___wbindgen_is_function_741ff2bb612836f5: function(arg0) {
                const ret = typeof(arg0) === 'function';
                return ret;
            },
            __wbg___wbindgen_is_null_c22311b1cc228e3a: function(arg0) {
                const ret = arg0 === null;
                return ret;
            },
            __wbg___wbindgen_is_object_8b968c3ab8e96595: function(arg0) {
                const val = arg0;
                const ret = typeof(val) === 'object' && val !== null;
                return ret;
            },
            __wbg___wbindgen_is_string_fc456fee5d3317de: function(arg0) {
                const ret = typeof(arg0) === 'string';
                return ret;
            },
            __wbg___wbindgen_is_undefined_be5b34249ff1fc15: function(arg0) {
                const ret = arg0 === undefined;
                return ret;
            },
            __wbg___wbindgen_jsval_eq_38d7bfbe4cc84039: function(arg0, arg1) {
                const ret = arg0 === arg1;
                return ret;
            },
            __wbg___wbindgen_number_get_934b640d0889af78: function(arg0, arg1) {
                const obj = arg1;
                const ret = typeof(obj) === 'number' ? obj : undefined;
                getDataViewMemory0().setFloat64((arg0 >>> 0) + 8 * 1, isLikeNone(ret) ? 0 : ret, true);
                getDataViewMemory0().setInt32((arg0 >>> 0) + 4 * 0, !isLikeNone(ret), true);
            },
            __wbg___wbindgen_string_get_7ce8eee7fd327545: function(arg0, arg1) {
                const obj = arg1;
                const ret = typeof(obj) === 'string' ? obj : undefined;
                var ptr1 = isLikeNone(ret) ? 0 : passStringToWasm0(ret, wasm.__wbindgen_malloc, wasm.__wbindgen_realloc);
                var len1 = WASM_VECTOR_LEN;
                getDataViewMemory0().setInt32((arg0 >>> 0) + 4 * 1, len1, true);
                getDataViewMemory0().setInt32((arg0 >>> 0) + 4 * 0, ptr1, true);
            },
            __wbg___wbindgen_throw_4c88d8bf264fd984: function(arg0, arg1) {
                throw new Error(getStringFromWasm0(arg0, arg1));
            },
            __wbg__wbg_cb_unref_09736879a3f67559: function(arg0) {
                arg0._wbg_cb_unref();
            },
            __wbg_agent_new: function(arg0) {
                const ret = Agent.__wrap(arg0);
                return ret;
            },
            __wbg_apply_bfe2b07b146427e2: function() { return handleError(function (arg0, arg1, arg2) {
                const ret = arg0.apply(arg1, arg2);
                return ret;
            }, arguments); },
            __wbg_bind_b9219608b6eba023: function(arg0, arg1, arg2, arg3, arg4) {
                const ret = arg0.bind(arg1, arg2, arg3, arg4);
                return ret;
            },
            __wbg_call_a410eb4b59ed5965: function() { return handleError(function (arg0, arg1, arg2) {
                const ret = arg0.call(arg1, arg2);
                return ret;
            }, arguments); },
            __wbg_call_fc92fee6137d452d: function() { return handleError(function (arg0, arg1, arg2, arg3) {
                const ret = arg0.call(arg1, arg2, arg3);
                return ret;
            }, arguments); },
            __wbg_clearTimeout_113b1cde814ec762: function(arg0) {
                const ret = clearTimeout(arg0);
                return ret;
            },
            __wbg_close_2a8b1ba07b9e0fee: function() { return handleError(function (arg0, arg1, arg2, arg3) {
                arg0.close(arg1, getStringFromWasm0(arg2, arg3));
            }, arguments); },
            __wbg_code_3e6881d821eab2c4: function(arg0) {
                const ret = arg0.code;
                return ret;
            },
            __wbg_data_c7e5e8500f1bca2f: function(arg0) {
                const ret = arg0.data;
                return ret;
            },
            __wbg_freeze_4ee197e8446c892f: function(arg0) {
                const ret = Object.freeze(arg0);
                return ret;
            },
            __wbg_from_eac91875c8a5ffa4: function(arg0) {
                const ret = Array.from(arg0);
                return ret;
            },
            __wbg_get_ddd4cb01eb827f5f: function(arg0, arg1) {
                const ret = Reflect.get(arg0, arg1);
                return ret;
            },
            __wbg_get_unchecked_e6325ad374eff861: function(arg0, arg1) {
                const ret = arg0[arg1 >>> 0];
                return ret;
            },
            __wbg_isArray_bcf1376d0d732d08: function(arg0) {
                const ret = Array.isArray(arg0);
                return ret;
            },
            __wbg_length_b03a0fabb109b1e9: function(arg0) {
                const ret = arg0.length;
                return ret;
            },
            __wbg_new_37eb45aaf5eeb820: function() {
                const ret = new Array();
                return ret;
            },
            __wbg_new_787b9fb330d55d78: function(arg0, arg1) {
                const ret = new Error(getStringFromWasm0(arg0, arg1));
                return ret;
            },
            __wbg_new_ba40181b3f24ac80: function(arg0, arg1) {
                try {
                    var state0 = {a: arg0, b: arg1};
                    var cb0 = (arg0, arg1) => {
                        const a = state0.a;
                        state0.a = 0;
                        try {
                            return wasm_bindgen__convert__closures_____invoke__h18d1e1dc8c649040(a, state0.b, arg0, arg1);
                        } finally {
                            state0.a = a;
                        }
                    };
                    const ret = new Promise(cb0);
                    return ret;
                } finally {
                    state0.a = 0;
                }
            },
            __wbg_new_cd4348290afae586: function() {
                const ret = new Object();
                return ret;
            },
            __wbg_new_with_str_4c87e2a5ba925021: function() { return handleError(function (arg0, arg1, arg2, arg3) {
                const ret = new WebSocket(getStringFromWasm0(arg0, arg1), getStringFromWasm0(arg2, arg3));
                return ret;
            }, arguments); },
            __wbg_now_463ac581d2fc7ea3: function() {
                const ret = Date.now();
                return ret;
            },
            __wbg_parse_8daca7ed13fafeaf: function() { return handleError(function (arg0) {
                const ret = JSON.parse(arg0);
                return ret;
            }, arguments); },
            __wbg_push_c9f4893fc209f768: function(arg0, arg1) {
                const ret = arg0.push(arg1);
                return ret;
            },
            __wbg_queueMicrotask_1e8503a8a690f0a3: function(arg0) {
                const ret = arg0.queueMicrotask;
                return ret;
            },
            __wbg_queueMicrotask_4a1a4d8dd332373b: function(arg0) {
                queueMicrotask(arg0);
            },
            __wbg_ragent_new: function(arg0) {
                const ret = RAgent.__wrap(arg0);
                return ret;
            },
            __wbg_random_df36b90cd78a7d54: function() {
                const ret = Math.random();
                return ret;
            },
            __wbg_readyState_039bc047141a5f6d: function(arg0) {
                const ret = arg0.readyState;
                return ret;
            },
            __wbg_reason_34b16516ab3f72d4: function(arg0, arg1) {
                const ret = arg1.reason;
                const ptr1 = passStringToWasm0(ret, wasm.__wbindgen_malloc, wasm.__wbindgen_realloc);
                const len1 = WASM_VECTOR_LEN;
                getDataViewMemory0().setInt32((arg0 >>> 0) + 4 * 1, len1, true);
                getDataViewMemory0().setInt32((arg0 >>> 0) + 4 * 0, ptr1, true);
            },
            __wbg_reject_334b730b3c00849b: function(arg0) {
                const ret = Promise.reject(arg0);
                return ret;
            },
            __wbg_resolve_dbf78ab4942478b0: function(arg0) {
                const ret = Promise.resolve(arg0);
                return ret;
            },
            __wbg_responder_new: function(arg0) {
                const ret = Responder.__wrap(arg0);
                return ret;
            },
            __wbg_send_87416ee70481a190: function(arg0, arg1, arg2) {
                arg0.send(getStringFromWasm0(arg1, arg2));
            },
            __wbg_session_new: function(arg0) {
                const ret = Session.__wrap(arg0);
                return ret;
            },
            __wbg_setTimeout_a60d83bec06b4345: function() { return handleError(function (arg0, arg1) {
                const ret = setTimeout(arg0, arg1);
                return ret;
            }, arguments); },
            __wbg_set_2793479888329cb6: function() { return handleError(function (arg0, arg1, arg2) {
                const ret = Reflect.set(arg0, arg1, arg2);
                return ret;
            }, arguments); },
            __wbg_set_onclose_078935cf8d0fb024: function(arg0, arg1) {
                arg0.onclose = arg1;
            },
            __wbg_set_onerror_f7f089f7f059501c: function(arg0, arg1) {
                arg0.onerror = arg1;
            },
            __wbg_set_onmessage_26abc49cfa5f9ffc: function(arg0, arg1) {
                arg0.onmessage = arg1;
            },
            __wbg_set_onopen_757be120cc7b1ea6: function(arg0, arg1) {
                arg0.onopen = arg1;
            },
            __wbg_static_accessor_GLOBAL_THIS_003ee833af9699fc: function() {
                const ret = typeof globalThis === 'undefined' ? undefined : globalThis;
                return isLikeNone(ret) ? 0 : addToExternrefTable0(ret);
            },
            __wbg_static_accessor_GLOBAL_e4293fb22cbe77da: function() {
                const ret = typeof global === 'undefined' ? undefined : global;
                return isLikeNone(ret) ? 0 : addToExternrefTable0(ret);
            },
            __wbg_static_accessor_SELF_53bb20457401453d: function() {
                const ret = typeof self === 'undefined' ? undefined : self;
                return isLikeNone(ret) ? 0 : addToExternrefTable0(ret);
            },
            __wbg_static_accessor_WINDOW_b5e0810bfecb7feb: function() {
                const ret = typeof window === 'undefined' ? undefined : window;
                return isLikeNone(ret) ? 0 : addToExternrefTable0(ret);
            },
            __wbg_stringify_0a0fbf2ef722380a: function() { return handleError(function (arg0) {
                const ret = JSON.stringify(arg0);
                return ret;
            }, arguments); },
            __wbg_then_e3f7f2d365708be8: function(arg0, arg1) {
                const ret = arg0.then(arg1);
                return ret;
            },
            __wbindgen_generic_0000000000000001: function(arg0, arg1) {
                // Cast intrinsic for `Closure(Closure { owned: true, function: Function { arguments: [Externref], shim_idx: 39, ret: Result(Unit), inner_ret: Some(Result(Unit)) }, mutable: true }) -> Externref`.
                const ret = makeMutClosure(arg0, arg1, wasm_bindgen__convert__closures_____invoke__h49636e9d51a84ca0);
                return ret;
            },
            __wbindgen_generic_0000000000000002: function(arg0, arg1) {
                // Cast intrinsic for `Closure(Closure { owned: true, function: Function { arguments: [NamedExternref("CloseEvent")], shim_idx: 1, ret: Unit, inner_ret: Some(Unit) }, mutable: true }) -> Externref`.
                const ret = makeMutClosure(arg0, arg1, wasm_bindgen__convert__closures_____invoke__h33099d654655c0be);
                return ret;
            },
            __wbindgen_generic_0000000000000003: function(arg0, arg1) {
                // Cast intrinsic for `Closure(Closure { owned: true, function: Function { arguments: [NamedExternref("Event")], shim_idx: 1, ret: Unit, inner_ret: Some(Unit) }, mutable: true }) -> Externref`.
                const ret = makeMutClosure(arg0, arg1, wasm_bindgen__convert__closures_____invoke__h33099d654655c0be_35);
                return ret;
            },
            __wbindgen_generic_0000000000000004: function(arg0, arg1) {
                // Cast intrinsic for `Closure(Closure { owned: true, function: Function { arguments: [NamedExternref("MessageEvent")], shim_idx: 1, ret: Unit, inner_ret: Some(Unit) }, mutable: true }) -> Externref`.
                const ret = makeMutClosure(arg0, arg1, wasm_bindgen__convert__closures_____invoke__h33099d654655c0be_36);
                return ret;
            },
            __wbindgen_generic_0000000000000005: function(arg0, arg1) {
                // Cast intrinsic for `Closure(Closure { owned: true, function: Function { arguments: [], shim_idx: 37, ret: Unit, inner_ret: Some(Unit) }, mutable: true }) -> Externref`.
                const ret = makeMutClosure(arg0, arg1, wasm_bindgen__convert__closures_____invoke__h482ac12a219236c1);
                return ret;
            },
            __wbindgen_generic_0000000000000006: function(arg0, arg1) {
                // Cast intrinsic for `Ref(String) -> Externref`.
                const ret = getStringFromWasm0(arg0, arg1);
                return ret;
            },
            __wbindgen_init_externref_table: function() {
                const table = wasm.__wbindgen_externrefs;
                table.set(0, undefined);
                table.set(1024, undefined);
                table.set(1025, null);
                table.set(1026, true);
                table.set(1027, false);
            },
        };
        return {
            __proto__: null,
            "./ragents_bg.js": import0,
        };
    }

    function wasm_bindgen__convert__closures_____invoke__h482ac12a219236c1(arg0, arg1) {
        wasm.wasm_bindgen__convert__closures_____invoke__h482ac12a219236c1(arg0, arg1);
    }

    function wasm_bindgen__convert__closures_____invoke__h33099d654655c0be(arg0, arg1, arg2) {
        wasm.wasm_bindgen__convert__closures_____invoke__h33099d654655c0be(arg0, arg1, arg2);
    }

    function wasm_bindgen__convert__closures_____invoke__h33099d654655c0be_35(arg0, arg1, arg2) {
        wasm.wasm_bindgen__convert__closures_____invoke__h33099d654655c0be_35(arg0, arg1, arg2);
    }

    function wasm_bindgen__convert__closures_____invoke__h33099d654655c0be_36(arg0, arg1, arg2) {
        wasm.wasm_bindgen__convert__closures_____invoke__h33099d654655c0be_36(arg0, arg1, arg2);
    }

    function wasm_bindgen__convert__closures_____invoke__h49636e9d51a84ca0(arg0, arg1, arg2) {
        const ret = wasm.wasm_bindgen__convert__closures_____invoke__h49636e9d51a84ca0(arg0, arg1, arg2);
        if (ret[1]) {
            throw takeFromExternrefTable0(ret[0]);
        }
    }

    function wasm_bindgen__convert__closures_____invoke__h18d1e1dc8c649040(arg0, arg1, arg2, arg3) {
        wasm.wasm_bindgen__convert__closures_____invoke__h18d1e1dc8c649040(arg0, arg1, arg2, arg3);
    }

    const AgentFinalization = (typeof FinalizationRegistry === 'undefined')
        ? { register: () => {}, unregister: () => {} }
        : new FinalizationRegistry(ptr => wasm.__wbg_agent_free(ptr, 1));
    const RAgentFinalization = (typeof FinalizationRegistry === 'undefined')
        ? { register: () => {}, unregister: () => {} }
        : new FinalizationRegistry(ptr => wasm.__wbg_ragent_free(ptr, 1));
    const ResponderFinalization = (typeof FinalizationRegistry === 'undefined')
        ? { register: () => {}, unregister: () => {} }
        : new FinalizationRegistry(ptr => wasm.__wbg_responder_free(ptr, 1));
    const SessionFinalization = (typeof FinalizationRegistry === 'undefined')
        ? { register: () => {}, unregister: () => {} }
        : new FinalizationRegistry(ptr => wasm.__wbg_session_free(ptr, 1));

    function addToExternrefTable0(obj) {
        const idx = wasm.__externref_table_alloc();
        wasm.__wbindgen_externrefs.set(idx, obj);
        return idx;
    }

    const CLOSURE_DTORS = (typeof FinalizationRegistry === 'undefined')
        ? { register: () => {}, unregister: () => {} }
        : new FinalizationRegistry(state => wasm.__wbindgen_destroy_closure(state.a, state.b));

    let cachedDataViewMemory0 = null;
    function getDataViewMemory0() {
        if (cachedDataViewMemory0 === null || cachedDataViewMemory0.buffer.detached === true || (cachedDataViewMemory0.buffer.detached === undefined && cachedDataViewMemory0.buffer !== wasm.memory.buffer)) {
            cachedDataViewMemory0 = new DataView(wasm.memory.buffer);
        }
        return cachedDataViewMemory0;
    }

    function getStringFromWasm0(ptr, len) {
        ptr = ptr >>> 0;
        return decodeText(getUint8ArrayMemory0().subarray(ptr, ptr + len));
    }

    let cachedUint8ArrayMemory0 = null;
    function getUint8ArrayMemory0() {
        if (cachedUint8ArrayMemory0 === null || cachedUint8ArrayMemory0.byteLength === 0) {
            cachedUint8ArrayMemory0 = new Uint8Array(wasm.memory.buffer);
        }
        return cachedUint8ArrayMemory0;
    }

    function handleError(f, args) {
        try {
            return f.apply(this, args);
        } catch (e) {
            const idx = addToExternrefTable0(e);
            wasm.__wbindgen_exn_store(idx);
        }
    }

    function isLikeNone(x) {
        return x === undefined || x === null;
    }

    function makeMutClosure(arg0, arg1, f) {
        const state = { a: arg0, b: arg1, cnt: 1 };
        const real = (...args) => {

            // First up with a closure we increment the internal reference
            // count. This ensures that the Rust closure environment won't
            // be deallocated while we're invoking it.
            state.cnt++;
            const a = state.a;
            state.a = 0;
            try {
                return f(a, state.b, ...args);
            } finally {
                state.a = a;
                real._wbg_cb_unref();
            }
        };
        real._wbg_cb_unref = () => {
            if (--state.cnt === 0) {
                wasm.__wbindgen_destroy_closure(state.a, state.b);
                state.a = 0;
                CLOSURE_DTORS.unregister(state);
            }
        };
        CLOSURE_DTORS.register(real, state, state);
        return real;
    }

    function passStringToWasm0(arg, malloc, realloc) {
        if (realloc === undefined) {
            const buf = cachedTextEncoder.encode(arg);
            const ptr = malloc(buf.length, 1) >>> 0;
            getUint8ArrayMemory0().subarray(ptr, ptr + buf.length).set(buf);
            WASM_VECTOR_LEN = buf.length;
            return ptr;
        }

        let len = arg.length;
        let ptr = malloc(len, 1) >>> 0;

        const mem = getUint8ArrayMemory0();

        let offset = 0;

        for (; offset < len; offset++) {
            const code = arg.charCodeAt(offset);
            if (code > 0x7F) break;
            mem[ptr + offset] = code;
        }
        if (offset !== len) {
            if (offset !== 0) {
                arg = arg.slice(offset);
            }
            ptr = realloc(ptr, len, len = offset + arg.length * 3, 1) >>> 0;
            const view = getUint8ArrayMemory0().subarray(ptr + offset, ptr + len);
            const ret = cachedTextEncoder.encodeInto(arg, view);

            offset += ret.written;
            ptr = realloc(ptr, len, offset, 1) >>> 0;
        }

        WASM_VECTOR_LEN = offset;
        return ptr;
    }

    function takeFromExternrefTable0(idx) {
        const value = wasm.__wbindgen_externrefs.get(idx);
        wasm.__externref_table_dealloc(idx);
        return value;
    }

    let cachedTextDecoder = new TextDecoder('utf-8', { ignoreBOM: true });
    cachedTextDecoder.decode();
    function decodeText(bytes) {
        return cachedTextDecoder.decode(bytes);
    }

    const cachedTextEncoder = new TextEncoder();

    if (!('encodeInto' in cachedTextEncoder)) {
        cachedTextEncoder.encodeInto = function (arg, view) {
            const buf = cachedTextEncoder.encode(arg);
            view.set(buf);
            return {
                read: arg.length,
                written: buf.length
            };
        };
    }

    let WASM_VECTOR_LEN = 0;

    let wasmModule, wasmInstance, wasm;
    function __wbg_finalize_init(instance, module) {
        wasmInstance = instance;
        wasm = instance.exports;
        wasmModule = module;
        cachedDataViewMemory0 = null;
        cachedUint8ArrayMemory0 = null;
        wasm.__wbindgen_start();
        return wasm;
    }

    async function __wbg_load(module, imports) {
        if (typeof Response === 'function' && module instanceof Response) {
            if (!module.ok) {
                throw new Error(`failed to fetch Wasm: ${module.status} ${module.statusText} fetching '${module.url}'`);
            }

            if (typeof WebAssembly.instantiateStreaming === 'function') {
                try {
                    return await WebAssembly.instantiateStreaming(module, imports);
                } catch (e) {
                    const validResponse = expectedResponseType(module.type);

                    if (validResponse && module.headers.get('Content-Type') !== 'application/wasm') {
                        console.warn("`WebAssembly.instantiateStreaming` failed because your server does not serve Wasm with `application/wasm` MIME type. Falling back to `WebAssembly.instantiate` which is slower. Original error:\n", e);

                    } else { throw e; }
                }
            }

            const bytes = await module.arrayBuffer();
            return await WebAssembly.instantiate(bytes, imports);
        } else {
            const instance = await WebAssembly.instantiate(module, imports);

            if (instance instanceof WebAssembly.Instance) {
                return { instance, module };
            } else {
                return instance;
            }
        }

        function expectedResponseType(type) {
            switch (type) {
                case 'basic': case 'cors': case 'default': return true;
            }
            return false;
        }
    }

    function initSync(module) {
        if (wasm !== undefined) return wasm;


        if (module !== undefined) {
            if (Object.getPrototypeOf(module) === Object.prototype) {
                ({module} = module)
            } else {
                console.warn('using deprecated parameters for `initSync()`; pass a single object instead')
            }
        }

        const imports = __wbg_get_imports();
        if (!(module instanceof WebAssembly.Module)) {
            module = new WebAssembly.Module(module);
        }
        const instance = new WebAssembly.Instance(module, imports);
        return __wbg_finalize_init(instance, module);
    }

    let __wbg_init_promise;
    async function __wbg_init(module_or_path) {
        if (wasm !== undefined) return wasm;
        if (__wbg_init_promise === undefined) {
            __wbg_init_promise = __wbg_init_once(module_or_path);
            __wbg_init_promise.catch(() => { __wbg_init_promise = undefined; });
        }
        return __wbg_init_promise;
    }

    async function __wbg_init_once(module_or_path) {

        if (module_or_path !== undefined) {
            if (Object.getPrototypeOf(module_or_path) === Object.prototype) {
                ({module_or_path} = module_or_path)
            } else {
                console.warn('using deprecated parameters for the initialization function; pass a single object instead')
            }
        }

        if (module_or_path === undefined && script_src !== undefined) {
            module_or_path = script_src.replace(/\.js$/, "_bg.wasm");
        }
        const imports = __wbg_get_imports();

        if (typeof module_or_path === 'string' || (typeof Request === 'function' && module_or_path instanceof Request) || (typeof URL === 'function' && module_or_path instanceof URL)) {
            module_or_path = fetch(module_or_path);
        }

        const { instance, module } = await __wbg_load(await module_or_path, imports);

        return __wbg_finalize_init(instance, module);
    }

    return Object.assign(__wbg_init, { initSync }, exports);
})({ __proto__: null });

var b = atob("AGFzbQEAAAABwAM9YAF/AGACf38AYAJ/fwF/YAN/f38AYAF/AX9gA39/fwF/YAR/f39/AGAAA39/f2ABbwF/YAABf2ABbwFvYAV/f39/fwBgAn9/AW9gAX8Bb2AEf39/fwF/YAAAYAJvbwBgBn9/f39/fwBgBH9/f28Df39/YAN/f38Bb2ACf28AYAABfGADf29vA39/f2ACb38Bb2ACb28Bf2ADb29vAW9gAm9vAW9gAAFvYAFvAGACf34AYAd/f39vb29vA39/f2ACf28Df39/YAR/f39vAW9gAAJ/f2ADb39/AGAFb29vb28Bb2AEb29vbwFvYAR/f39/AW9gBG9/f38AYANvb28Bf2AMf39/f39/f39/f39+AGALf39/f39/f39/f38AYAZ/f39/f38Bf2AGf39/fn9/AGAGf39/fX9/AGAGf39/fH9/AGAFf39/f38Bf2AFf39+f38Bf2AFf399f38Bf2AFf398f38Bf2AFf39+f38AYAV/f31/fwBgBX9/fH9/AGAFf29vb28Df39/YAJvbwN/f39gCX9/f39/f39vbwBgA39vbwJ/f2ADf39vAn9/YAR/f29vAGADf39vAGABfgF/AuYZQA8uL3JhZ2VudHNfYmcuanMbX193Ymdfc2VuZF84NzQxNmVlNzA0ODFhMTkwACIPLi9yYWdlbnRzX2JnLmpzJF9fd2JnX2dldF91bmNoZWNrZWRfZTYzMjVhZDM3NGVmZjg2MQAXDy4vcmFnZW50c19iZy5qcxtfX3diZ19wdXNoX2M5ZjQ4OTNmYzIwOWY3NjgAGA8uL3JhZ2VudHNfYmcuanMdX193YmdfbGVuZ3RoX2IwM2EwZmFiYjEwOWIxZTkACA8uL3JhZ2VudHNfYmcuanMdX193YmdfZnJlZXplXzRlZTE5N2U4NDQ2Yzg5MmYACg8uL3JhZ2VudHNfYmcuanMbX193YmdfYmluZF9iOTIxOTYwOGI2ZWJhMDIzACMPLi9yYWdlbnRzX2JnLmpzG19fd2JnX2NhbGxfYTQxMGViNGI1OWVkNTk2NQAZDy4vcmFnZW50c19iZy5qcxtfX3diZ19jYWxsX2ZjOTJmZWU2MTM3ZDQ1MmQAJA8uL3JhZ2VudHNfYmcuanMcX193YmdfYXBwbHlfYmZlMmIwN2IxNDY0MjdlMgAZDy4vcmFnZW50c19iZy5qcxpfX3diZ19uZXdfYmE0MDE4MWIzZjI0YWM4MAAMDy4vcmFnZW50c19iZy5qcxpfX3diZ19nZXRfZGRkNGNiMDFlYjgyN2Y1ZgAaDy4vcmFnZW50c19iZy5qcw9fX3diZ19hZ2VudF9uZXcADQ8uL3JhZ2VudHNfYmcuanMQX193YmdfcmFnZW50X25ldwANDy4vcmFnZW50c19iZy5qcxNfX3diZ19yZXNwb25kZXJfbmV3AA0PLi9yYWdlbnRzX2JnLmpzEV9fd2JnX3Nlc3Npb25fbmV3AA0PLi9yYWdlbnRzX2JnLmpzHF9fd2JnX3BhcnNlXzhkYWNhN2VkMTNmYWZlYWYACg8uL3JhZ2VudHNfYmcuanMhX193Ymdfc2V0X29ub3Blbl83NTdiZTEyMGNjN2IxZWE2ABAPLi9yYWdlbnRzX2JnLmpzIV9fd2JnX3JlYWR5U3RhdGVfMDM5YmMwNDcxNDFhNWY2ZAAIDy4vcmFnZW50c19iZy5qcyJfX3diZ19zZXRfb25jbG9zZV8wNzg5MzVjZjhkMGZiMDI0ABAPLi9yYWdlbnRzX2JnLmpzIl9fd2JnX3NldF9vbmVycm9yX2Y3ZjA4OWY3ZjA1OTUwMWMAEA8uL3JhZ2VudHNfYmcuanMjX193YmdfbmV3X3dpdGhfc3RyXzRjODdlMmE1YmE5MjUwMjEAJQ8uL3JhZ2VudHNfYmcuanMkX193Ymdfc2V0X29ubWVzc2FnZV8yNmFiYzQ5Y2ZhNWY5ZmZjABAPLi9yYWdlbnRzX2JnLmpzHF9fd2JnX2Nsb3NlXzJhOGIxYmEwN2I5ZTBmZWUAJg8uL3JhZ2VudHNfYmcuanMbX193YmdfY29kZV8zZTY4ODFkODIxZWFiMmM0AAgPLi9yYWdlbnRzX2JnLmpzHV9fd2JnX3JlYXNvbl8zNGIxNjUxNmFiM2Y3MmQ0ABQPLi9yYWdlbnRzX2JnLmpzG19fd2JnX2RhdGFfYzdlNWU4NTAwZjFiY2EyZgAKDy4vcmFnZW50c19iZy5qcyFfX3diZ19zZXRUaW1lb3V0X2E2MGQ4M2JlYzA2YjQzNDUAFw8uL3JhZ2VudHNfYmcuanMjX193YmdfY2xlYXJUaW1lb3V0XzExM2IxY2RlODE0ZWM3NjIACg8uL3JhZ2VudHNfYmcuanMbX193YmdfdGhlbl9lM2Y3ZjJkMzY1NzA4YmU4ABoPLi9yYWdlbnRzX2JnLmpzGl9fd2JnX25vd180NjNhYzU4MWQyZmM3ZWEzABUPLi9yYWdlbnRzX2JnLmpzIF9fd2JnX3N0cmluZ2lmeV8wYTBmYmYyZWY3MjIzODBhAAoPLi9yYWdlbnRzX2JnLmpzHV9fd2JnX3JhbmRvbV9kZjM2YjkwY2Q3OGE3ZDU0ABUPLi9yYWdlbnRzX2JnLmpzGl9fd2JnX25ld18zN2ViNDVhYWY1ZWViODIwABsPLi9yYWdlbnRzX2JnLmpzG19fd2JnX2Zyb21fZWFjOTE4NzVjOGE1ZmZhNAAKDy4vcmFnZW50c19iZy5qcx5fX3diZ19pc0FycmF5X2JjZjEzNzZkMGQ3MzJkMDgACA8uL3JhZ2VudHNfYmcuanMaX193YmdfbmV3Xzc4N2I5ZmIzMzBkNTVkNzgADA8uL3JhZ2VudHNfYmcuanMaX193YmdfbmV3X2NkNDM0ODI5MGFmYWU1ODYAGw8uL3JhZ2VudHNfYmcuanMyX193Ymdfc3RhdGljX2FjY2Vzc29yX0dMT0JBTF9USElTXzAwM2VlODMzYWY5Njk5ZmMACQ8uL3JhZ2VudHNfYmcuanMrX193Ymdfc3RhdGljX2FjY2Vzc29yX1NFTEZfNTNiYjIwNDU3NDAxNDUzZAAJDy4vcmFnZW50c19iZy5qcy1fX3diZ19zdGF0aWNfYWNjZXNzb3JfR0xPQkFMX2U0MjkzZmIyMmNiZTc3ZGEACQ8uL3JhZ2VudHNfYmcuanMtX193Ymdfc3RhdGljX2FjY2Vzc29yX1dJTkRPV19iNWUwODEwYmZlY2I3ZmViAAkPLi9yYWdlbnRzX2JnLmpzHV9fd2JnX3JlamVjdF8zMzRiNzMwYjNjMDA4NDliAAoPLi9yYWdlbnRzX2JnLmpzHl9fd2JnX3Jlc29sdmVfZGJmNzhhYjQ5NDI0NzhiMAAKDy4vcmFnZW50c19iZy5qcxpfX3diZ19zZXRfMjc5MzQ3OTg4ODMyOWNiNgAnDy4vcmFnZW50c19iZy5qcyVfX3diZ19xdWV1ZU1pY3JvdGFza180YTFhNGQ4ZGQzMzIzNzNiABwPLi9yYWdlbnRzX2JnLmpzJV9fd2JnX3F1ZXVlTWljcm90YXNrXzFlODUwM2E4YTY5MGYwYTMACg8uL3JhZ2VudHNfYmcuanMnX193YmdfX193YmluZGdlbl90aHJvd180Yzg4ZDhiZjI2NGZkOTg0AAEPLi9yYWdlbnRzX2JnLmpzKV9fd2JnX19fd2JpbmRnZW5faXNfbnVsbF9jMjIzMTFiMWNjMjI4ZTNhAAgPLi9yYWdlbnRzX2JnLmpzKl9fd2JnX19fd2JpbmRnZW5faXNfZmFsc3lfZDg2NGI2MjM1MDBhZTY1ZAAIDy4vcmFnZW50c19iZy5qcypfX3diZ19fX3diaW5kZ2VuX2pzdmFsX2VxXzM4ZDdiZmJlNGNjODQwMzkAGA8uL3JhZ2VudHNfYmcuanMrX193YmdfX193YmluZGdlbl9pc19vYmplY3RfOGI5NjhjM2FiOGU5NjU5NQAIDy4vcmFnZW50c19iZy5qcytfX3diZ19fX3diaW5kZ2VuX2lzX3N0cmluZ19mYzQ1NmZlZTVkMzMxN2RlAAgPLi9yYWdlbnRzX2JnLmpzLF9fd2JnX19fd2JpbmRnZW5fbnVtYmVyX2dldF85MzRiNjQwZDA4ODlhZjc4ABQPLi9yYWdlbnRzX2JnLmpzLF9fd2JnX19fd2JpbmRnZW5fc3RyaW5nX2dldF83Y2U4ZWVlN2ZkMzI3NTQ1ABQPLi9yYWdlbnRzX2JnLmpzLV9fd2JnX19fd2JpbmRnZW5faXNfZnVuY3Rpb25fNzQxZmYyYmI2MTI4MzZmNQAIDy4vcmFnZW50c19iZy5qcy5fX3diZ19fX3diaW5kZ2VuX2lzX3VuZGVmaW5lZF9iZTViMzQyNDlmZjFmYzE1AAgPLi9yYWdlbnRzX2JnLmpzJF9fd2JnX193YmdfY2JfdW5yZWZfMDk3MzY4NzlhM2Y2NzU1OQAcDy4vcmFnZW50c19iZy5qcx9fX3diaW5kZ2VuX2luaXRfZXh0ZXJucmVmX3RhYmxlAA8PLi9yYWdlbnRzX2JnLmpzI19fd2JpbmRnZW5fZ2VuZXJpY18wMDAwMDAwMDAwMDAwMDAxAAwPLi9yYWdlbnRzX2JnLmpzI19fd2JpbmRnZW5fZ2VuZXJpY18wMDAwMDAwMDAwMDAwMDAyAAwPLi9yYWdlbnRzX2JnLmpzI19fd2JpbmRnZW5fZ2VuZXJpY18wMDAwMDAwMDAwMDAwMDAzAAwPLi9yYWdlbnRzX2JnLmpzI19fd2JpbmRnZW5fZ2VuZXJpY18wMDAwMDAwMDAwMDAwMDA0AAwPLi9yYWdlbnRzX2JnLmpzI19fd2JpbmRnZW5fZ2VuZXJpY18wMDAwMDAwMDAwMDAwMDA1AAwPLi9yYWdlbnRzX2JnLmpzI19fd2JpbmRnZW5fZ2VuZXJpY18wMDAwMDAwMDAwMDAwMDA2AAwD+AL2AgABBQ4AKAMBBikDCwIDAAECCQkAAAABAgsGBAEGBgsBEQALHQMBAQYDCwYRAQQGBgEBBQABASoBAQUGKywtBgIFAAQDCwMDBgAGLg4ABQUBAQYACwEBAQEBBQEAAgMBBgAAAQMDAAEBAS8wMQEFBTIzNAMAAAMCAwMEAAAABAQCBgEBAQELAwsDAQAOAwAAAwQBAAIAAAEDAQUCDgEBAQEDAAEDAQEAHh4DAwABAQMBAQEBAQEBAAUDBAAJNQMBAgACAAASEhISAgACAgMAAQEWFhYCAwMBAwQENh8fBAAEAgUVAAAAAzc4OQIAAQIRAQEBAQECAA4AAAAAAAABAQAAAAAgIDoAAAAABAACAAAAAAAAAAEAAgAABAACAQAAAAAAAQADAQEFExMTEzsAAAIJDgIEAAAAAAAAAgEAAQICDQ0DAgQEBAQEBAQEBAUPAAICAAIEAAAAAAAAAAAPAQEBAgIABDwJAAEBAAAADw8BEQYGHQMFBAkCcAF6em8AhAgFAwEAEQYZA38BQYCAwAALfwBBzKHAAAt/AEGIosAACwfPCjYGbWVtb3J5AgAQX193YmdfYWdlbnRfZnJlZQCUARFfX3diZ19yYWdlbnRfZnJlZQCVARRfX3diZ19yZXNwb25kZXJfZnJlZQCWARJfX3diZ19zZXNzaW9uX2ZyZWUAlwENYWdlbnRfZGVzdHJveQCbAgphZ2VudF9lbWl0AJACCmFnZW50X2luZm8AgAMNYWdlbnRfcmVjZWl2ZQCoAg1jcmVhdGVTZXNzaW9uAJoCEnJhZ2VudF9hZGRMaXN0ZW5lcgCEAgtyYWdlbnRfZW1pdADnAQtyYWdlbnRfaW5mbwCBAxRyYWdlbnRfbGlzdGVuZXJDb3VudACNARByYWdlbnRfbGlzdGVuZXJzAOgCCnJhZ2VudF9vZmYAwwIJcmFnZW50X29uAIQCC3JhZ2VudF9vbmNlAIUCGXJhZ2VudF9yZW1vdmVBbGxMaXN0ZW5lcnMA6QIVcmFnZW50X3JlbW92ZUxpc3RlbmVyAMMCC3JhZ2VudF9zZW5kAPwBD3Jlc3BvbmRlcl9yZXBseQCnAhNzZXNzaW9uX2FkZExpc3RlbmVyAIYCDXNlc3Npb25fY2xvc2UAowMTc2Vzc2lvbl9jcmVhdGVBZ2VudACRAhRzZXNzaW9uX2Rlc3Ryb3lBZ2VudACSAgxzZXNzaW9uX2VtaXQA6AEXc2Vzc2lvbl9nZXRSZW1vdGVBZ2VudHMAnAIOc2Vzc2lvbl9pc09wZW4ApAMVc2Vzc2lvbl9saXN0ZW5lckNvdW50AI4BEXNlc3Npb25fbGlzdGVuZXJzAOoCC3Nlc3Npb25fb2ZmAMQCCnNlc3Npb25fb24AhgIMc2Vzc2lvbl9vbmNlAIcCGnNlc3Npb25fcmVtb3ZlQWxsTGlzdGVuZXJzAOsCFnNlc3Npb25fcmVtb3ZlTGlzdGVuZXIAxAIFc3RhcnQArgMPX19hYm9ydF9oYW5kbGVyAwEVX19pbnN0YW5jZV90ZXJtaW5hdGVkAwI9d2FzbV9iaW5kZ2VuX19jb252ZXJ0X19jbG9zdXJlc19fX19faW52b2tlX19oMThkMWUxZGM4YzY0OTA0MADFAj13YXNtX2JpbmRnZW5fX2NvbnZlcnRfX2Nsb3N1cmVzX19fX19pbnZva2VfX2g0OTYzNmU5ZDUxYTg0Y2EwAKkCPXdhc21fYmluZGdlbl9fY29udmVydF9fY2xvc3VyZXNfX19fX2ludm9rZV9faDMzMDk5ZDY1NDY1NWMwYmUA7AJAd2FzbV9iaW5kZ2VuX19jb252ZXJ0X19jbG9zdXJlc19fX19faW52b2tlX19oMzMwOTlkNjU0NjU1YzBiZV8zNQDsAkB3YXNtX2JpbmRnZW5fX2NvbnZlcnRfX2Nsb3N1cmVzX19fX19pbnZva2VfX2gzMzA5OWQ2NTQ2NTVjMGJlXzM2AOwCPXdhc21fYmluZGdlbl9fY29udmVydF9fY2xvc3VyZXNfX19fX2ludm9rZV9faDQ4MmFjMTJhMjE5MjM2YzEAvgIRX193YmluZGdlbl9tYWxsb2MAvwESX193YmluZGdlbl9yZWFsbG9jAMsBD19fd2JpbmRnZW5fZnJlZQDkAhRfX3diaW5kZ2VuX2V4bl9zdG9yZQDjAhdfX2V4dGVybnJlZl90YWJsZV9hbGxvYwBSFV9fd2JpbmRnZW5fZXh0ZXJucmVmcwEBGl9fd2JpbmRnZW5fZGVzdHJveV9jbG9zdXJlAO0BGV9fZXh0ZXJucmVmX3RhYmxlX2RlYWxsb2MAgQEQX193YmluZGdlbl9zdGFydACtAwnOAQEAQQELebIBOzw97QKAAlOrA/IBwgHzAawB9AFb9QHDAZUC4AH4ApwBzwJ/+QKgAlWhAUGgAZ4B0gGCA6oD1gLWAooCiwK+Aj5+OoMBrgF6rgFpepEBiwFpiwFpiwFpaWlpaXuKAWmKAWlra2trfK8BaYoBsAGpAYoBigGqAWuxAX2rAYoBaXasA9cBTdAC0QLSAtMCUY4C+gGjAqQCjwK6Ac4BpQJhP64DqAPNApkBUI0D/gLJAf0CnwPLAtoBX3epA+YC5QJMoQOiA/8CDAEECvv6A/YC+g8CFX8BbyMAQfABayIBJAAgACgCACIJQZQCaiEQIAlBkAJqIREgCUEoaiEGIAlBOGohCyAJQQhqIQwgAUHEAGohDSABQThqIQ4gAUEwaiEPIAFB1AFqIRIgAUHEAWohEyABQeQBaiEUIAFB3ABqIQcDQCAMEEQgAUEgaiALQYSNwAAQlAIgASgCJCEIIAFBLGohBAJAIAEoAiBBOGoiAigCDCIDIAIoAggiBU8EQCAEQYeAgIB4NgIADAELIAQgAigCBCADQSxsaiIKQSz8CgAAIAIgA0EBaiIDNgIMIApBh4CAgHg2AgAgAyAFRgRAIAIoAgghAyACQQA2AgggAigCBCEFA0AgAwRAIANBAWshAyAFEFQgBUEsaiEFDAELCyACQQA2AgwLCyAIIAgoAgBBAWo2AgACQAJAIAEoAixBh4CAgHhHBEAgAUHYAGogBEEs/AoAAAJAAkACQAJAAkACQAJAQQEgASgCWCICQYCAgIB4cyACQQBOG0EBaw4GBAABAgUGAwsgASABKAJcIgI2ApgBIAEgAkEIahC9ATYC4AEgASABQeABaiICNgKoASAGQayOwABBDSABQagBakEBEJMBIAIQ1QIgAUGYAWoQvAIMCQsgASABKAJcIgI2ApgBIAEgAkEIaiICEL0BNgLgASABIAFB4AFqIgQ2AqgBIAZBuY7AAEEPIAFBqAFqQQEQkwEgBBDVAiACENUBIAFBmAFqELwCDAgLIAEgASgCaCICNgKIASABIA8oAggiBDYC6AEgASAPKQIANwPgASABIAEoAmw2ApgBIAEoAuQBIQMgASABQZgBaiIFNgKoASACQRxqIAMgBCABQagBakEBEJMBIAUQ1QIgAUHgAWoQkgMgAUGIAWoQvAIMBwsgASgCdCEEIAEoAnAhAiABKAJsIQMgASgCaCIFQQJHBEAgASABKQJ4NwLoASABIAQ2AuQBIAEgAjYC4AEgASAFIAMQ0wE2AqgBIAcgAUHgAWoiAiABQagBaiIEEEogBBDVAiACEJ4CDAcLAkACQAJAAkACQEEEIANBgICAgHhzIANBAE4bQQFrDgQBAgMEAAsgASAMEL4BNgLgASAHIAFB4AFqIgIQViACENUCDAoLIAEgAjYC4AEgByABQeABaiICEFYgAhDVAgwJCyABIAI2AuABIAcgAUHgAWoiAhBWIAIQ1QIMCAsgASACIAQQ0wE2AuABIAcgAUHgAWoiAhBWIAIQ1QIMBwsgASACNgLkASABIAM2AuABIAEgBDYC6AEjAEEQayIDJAAgAxDwAiIFNgIMIANBDGohCCACIARBAnRqIQojAEEQayIEJAADQCACIApHBEAgBCACKAIAQQhqEL0BNgIMIAggBEEMaiIVEPsCIAJBBGohAiAVENUCDAELCyAEQRBqJAAgA0EQaiQAIAEgBTYCqAEgByABQagBaiICEFYgAhDVAiABQeABahCXAwwGCyABIAEoAnw2AoQBIAEgASkCLDcDiAEgASABKAI0NgKQASABIA4pAgA3A5gBIAEgDigCCDYCoAEgASANKQIANwOoASABIA0oAgg2ArABIAEgASgCgAE2ArgBIAEgAUGIAWoQ2QI2AsABIAEgAUGYAWoQ2QI2AtABIAEgAUGoAWoQ2QI2AuABIBAoAgAlASARKAIAJQEgAUHAAWoiAigCACUBIAFB0AFqIgQoAgAlASABQeABaiIDKAIAJQEQBSEWEFIiBSAWJgEgASAFNgK8ASADENUCIAQQ1QIgAhDVAiABQYEINgLIASABQRhqIAFBhAFqIAFByAFqIAFBuAFqIAFBvAFqIgIQhAEgASABKAIcIgQ2AsQBIAEgASgCGCIDNgLAASADQQFxDQMgAhDVAiATENUCDAQLIAZB7YjAAEEFEHJFDQQgFEHIjsAAQQ8QhgEgAUEBNgLgASABIAFB4AFqIgIQbTYCqAEgAhCeAiABIAFBqAFqIgQ2AuABIAZB7YjAAEEFIAJBARCTASAEENUCDAQLIAEoAlwhBCABKAJgIQIgASgCZCEDIAZB147AAEEFQQRBABCTASAGQQAgARBkIAEgAiADQQJ0IgNqNgLsASABIAQ2AugBIAEgAjYC5AEgASACNgLgAQNAIAMEQCABIAJBBGoiBDYC5AEgASACKAIAIgI2AqgBIAJBCGoQ1QEgA0EEayEDIAFBqAFqELwCIAQhAgwBCwsjAEEQayIEJAAgBCABQeABaiICNgIMIAIoAgwgAigCBCICa0ECdiEDA0AgAwRAIANBAWshAyACELwCIAJBBGohAgwBCwsjAEEQayICJAAgAiAEQQxqKAIAIgMoAgA2AgwgAiADKAIINgIIIAJBCGoQlQMgAkEQaiQAIARBEGokAAwDCyAAEE4gAUEIaiALQZSNwAAQ6QEgASgCCC0AnAEgASgCDCICIAIoAgBBAWs2AgBBAkYEQCABIAlBiAJqQaSNwAAQtgE2AiwgAUEsahDVAgsgAUHwAWokAA8LIAEgBDYCzAEgAUGBCDYC2AEgAUHgAWoiAiABQcwBaiIEEGwgASACENkCNgLcASABQYAINgLgASABQRBqIAFBvAFqIgMgAUHYAWoiBSABQdwBaiIIIAIQhAEgASABKQMQNwLQASASENUCIAIQ1QIgCBDVAiAFENUCIAQQ1QIgAxDVAgsgAUHIAWoQ1QIgAUG4AWoQ1QIgAUGEAWoQ1QIMAAsAC9kyAw5/An4BbyMAQcABayIDJAAgAyABNgIsIAMgADYCKAJAIANBLGoQigNFDQAgASUBEA8hEhBSIgEgEiYBIANBIGoQqwIgAygCIEEBRgRAIAMoAiQhACADQQE2ArQBIAMgADYCuAEgA0G4AWoQ1QIMAQsgAyABNgJkIANB5ABqIgIQiQMEQCADIAIgAEHgAWoQrQI2AmggAyACNgJsIAMgAiAAQfQBahCtAiICNgJwAkACfgJAAn4CQAJAAkAgA0HoAGoiCiAAQYACahDvAkUEQCAKIABB/AFqEO8CDQIgCiAAQYQCahDvAg0BIANB8ABqENUCQYOAgIB4IQBCAAwGCyADIANB5ABqIABB+AFqEK0CNgKcAUGAgICAeCEGQYCAgIB4IQkgA0GcAWoiARCUAwRAIANBtAFqIAEQjwECQCADKAK0AUGAgICAeEcEQCADIAMoArwBNgKwASADIAMpArQBNwOoAQwBCyADQagBaiADQZwBahBsCyADKQKsASERIAMoAqgBIQkLIABBCGoQuQFFDQJCAAwDCyADQbQBaiIFIANB7ABqIgYgAEHsAWoQ4wEgAygCtAEiAUGAgICAeEYNBSADIAMpArgBIhE3AqwBIAMgATYCqAEgBSAGIABB5AFqEOMBIAMoArQBIghBgICAgHhHDQMgA0GoAWoQkgMMBQsgAyADQeQAaiAAQfABahCtAjYCjAEgA0GcAWogA0GMAWoQjwECQCADKAKcAUGAgICAeEcEQCADIAMoAqQBIgE2ArABIAMgAykCnAE3A6gBIANBtAFqIgUgAUECahDYASAFIAMoAqwBIAEQRiADIAMoArwBNgKYASADIAMpArQBNwOQASADQagBahCSAwwBCyADQRhqIANBjAFqEJgBIANBEGogAygCGCADKAIcELcBAkAgAygCEEEBcQRAIAMgAygCFDYCqAEgA0G0AWogA0GoAWoiARCPASADKAK0ASIFQYCAgIB4Rw0BIAEQ1QILIANBjAFqENUCDAYLIAMgAykCuAE3ApQBIAMgBTYCkAEgA0GoAWoQ1QILIANBtAFqIANB7ABqIABB6AFqEOMBIAMoArQBIgFBgICAgHhGBEAgA0GQAWoQkgMgA0GMAWoQ1QIMBQsgAyADKQK4ASIRNwKsASADIAE2AqgBIANBtAFqIANB7ABqIABB5AFqEOMBIAMoArQBIghBgICAgHhGBEAgA0GoAWoQkgMgA0GQAWoQkgMgA0GMAWoQ1QIMBQsgEUIgiKchBiADKQK4ASEQIAMoApABIQUgAygClAEhDSADKAKYASEJIANBjAFqENUCIBGnIQdBgICAgHghACACIQRCAAwDCyADQfQAaiADQewAaiAAQeQBahDjASADKAJ4IQggAygCdCEGIAM1AnwLIRAgA0G0AWogA0HsAGoiBSAAQewBahDjASADKAK8ASEEIAMoArgBIQcgAygCtAEhASADQYABaiAFIABB8AFqEOMBQQAgASABQYCAgIB4RiIFGyEAQQEgByAFGyEBQQAgBCAFGyEHIAM1AoABQiCGIBCEIRAgAygCiAEhDSADKAKEASEFIANBnAFqENUCIBGnIQQgEUKAgICAcIMMAQsgEUIgiKchBiADKQK4ASEQIBGnIQdBgoCAgHghACACIQVCAAshESADQegAahDVAiADQeQAahDVAiAAQYOAgIB4Rg0CIAMgAjYCYCADIAk2AlQgAyANNgJQIAMgBTYCTCADIBA3AkQgAyAINgJAIAMgBjYCPCADIAc2AjggAyABNgI0IAMgADYCMCADIBEgBK2ENwJYIANBCGogAygCKEE4akGAmMAAEJQCIAMoAgwhDSADKAIIIQAjAEHgAWsiBSQAIAUgAC0AnAEiBDoAACAFQQRqIgkgA0EwaiIBQTT8CgAAIAUoAgQhAgJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAIARBAWsOAgAHAQtBASACQYCAgIB4cyACQQBOG0EBaw4CAgMBCyACQQBIDQUgBSAFKAIYNgK0ASAFIAUoAhRBACAFKAIQQYCAgIB4Rxs2ArABIAVBsAFqIgJBiJXAABCBAkUNCCAFIAEoAhQ2AkAgBSABKQIMNwM4IAUgASkCGCIQNwOQASAFIAEoAiAiBDYCmAEgBSABKAIsNgKoASAFIAEpAiQ3A6ABIAUgBDYCtAEgBSAFKAKUAUEAIBCnQYCAgIB4Rxs2ArABIAJBkJXAABCBAkUEQCAFKAKgAUGAgICAeEYNBSAFQQE2ArABIAUgAUEkaiIBKAIINgK8ASAFIAEpAgA3ArQBIAAgAhBHDAULIABCADcDACAAQQE6AJwBIAAoAlAhASAAQQI2AlAgAUECRg0DIAUgACkCVDcCSCAFIAE2AkQgBUKCgICAgICAgIB/NwKwASAAIAVBxABqIAVBsAFqEJ0BDAMLIAUgASgCDDYCWCAFIAEpAgQ3A1AgBSABKQIQNwNgIAUgASgCGDYCaCAFIAEpAhw3A3AgBSABKAIkNgJ4IAVB4ABqIQIgBUHwAGohBiAFKAIsIQcjAEHQAGsiASQAIAEgBzYCDAJAAn8gBUHQAGoiBCgCBCELIAQoAgghDCMAQRBrIggkACAIQQhqIABBgAFqIgogCyAMEG9BACELAkAgCCgCCEEBRgRAIAgoAgwiCyAKKAIIIgxPDQEgCigCBCALQRxsakEMaiELCyAIQRBqJAAgCwwBCyALIAxBkJfAABCkAQALIggEQCAIIAIoAgQgAigCCBCAASIIBEAgCBCdAiEIIAEgBzYCOCABIAg2AjQgASAEKAIINgIYIAEgBCkCADcDECABIAYpAgA3AhwgASAGKAIINgIkIAEgAikCADcDKCABIAIoAgg2AjAgAEE4aiABQRBqEOUBDAILIAFBEGoiCEG0k8AAQSYQhgEgCCACKAIEIAIoAggQxgEgASABKAIYNgJIIAEgASkCEDcDQCABQUBrQdqTwABBARDGASABIAEoAkgiBzYCGCABIAEpA0A3AxAgACAEKAIEIAQoAgggBigCBCAGKAIIIAIoAgQgAigCCEEAIAEgASgCFCAHEEkgCBCSAwsgAUEMahDVAiAGEJIDIAIQkgMgBBCSAwsgAUHQAGokAEEBIAUoAgQiAEGAgICAeHMgAEEAThtBAWsOAgcFCQsgBSgCHEGAgICAeEYNAyAFIAEoAggiBzYCqAEgBSABKQIANwOgASAFIAEpAhg3A7ABIAUgASgCICIINgK4ASAFIAEpAiQ3A4ABIAUgASgCLDYCiAEgBSgCpAEhASAFKAK0ASEGIAUoAjQhCSAFQYABaiEEQgAhECMAQdABayICJAAgAiAHNgIQIAIgATYCDCACIAk2AhQgACIBKAJsIQcgACgCcCIAIAhNBH8gByAGIAAQrQEFQQELRSEHIAIgCCAAazYCBCACIAAgBmpBACAHGzYCAAJAAkAgAigCACIARQ0AIAJBGGoiBwJ+AkAgAigCBCIGQRRrQW1JDQADQCAGBEAgAC0AAEEwayIKQf8BcUEKTw0CIBBCCn4gCq1C/wGDfCEQIAZBAWshBiAAQQFqIQAMAQsLIAcgEDcDCEIBDAELQgALNwMAIAIpAxhCAVINACABKAJ8IgZFDQAgAUH0AGohByACKQMgIRAgASgCeCEKQQAhAANAIAZBAU0EQAJAIAogAEEGdGoiBikDGCAQUg0DIAZBLGogAkEMahCIAkUNAAwDCwUgACAGQQF2IgggAGoiACAKIABBBnRqKQMYIBBWGyEAIAYgCGshBgwBCwsgAkEYaiEMIwBBQGoiBiQAAkAgBygCCCIKIABLBEAgBiAHKAIEIABBBnRqIgtBwAD8CgAAIAogAEF/c2pBBnQiDgRAIAsgC0FAayAO/AoAAAsgByAKQQFrNgIIDAELIAZCAjcDAAsCQCAGKQMAQgJSBEAgDCAGQcAA/AoAACAGQUBrJAAMAQsgACAHKAIIQdyTwAAQowEACyAEKAIAQYCAgIB4RwRAIAIgBCgCCDYCYCACIAQpAgA3A1ggAiACKAJANgLIASACIAIpAzg3A8ABAkACQCACQagBaiIAIAJB2ABqIgQoAgQiBiAEKAIIIghBtZbAAEEPELYCBH9BBAUgBiAIQcSWwABBDxC2AkUNAUEFCzYCACAEEJIDDAELIABBBjYCACAAIAQoAgg2AgwgACAEKQIANwIECyABIAJBwAFqIABBASAJEMcBIAJBxABqEJIDDAILAkACQAJAAkACQCACLQBQQQFrDgMDAgEACyACQagBaiIHIAJBFGoiABDkASACKAKoASIKQYCAgIB4RwRAIAIoAqwBIQggAigCsAEhCSMAQSBrIgQkACABQZgBahCfAiELIARBDGoiBiAIIAkQhgEgBCAAEFo2AhwgBCALNgIYIwBBIGsiACQAIABBADYCCCAAIAYpAgA3AgwgACAGKQIINwIUIAAgBigCEDYCHCAAQQhqEJgCIABBIGokAEEIahALIRIQUiIAIBImASAEQSBqJAAgAiAANgJ4IAJB+ABqEJ0CIQQgAkEANgKEASACQoCAgIDAADcCfCACIAQ2AogBIAIgCTYCyAEgAiAINgLEASACIAo2AsABIAJB/ABqIQkjAEEwayIEJAAgBEEIaiABQYABaiIGIAJBwAFqIgooAgQgCigCCBBvAkAgBCgCCEEBRgRAIAcgBiAEKAIMQaCXwAAQoQIiBikCFDcCCCAHIAYpAgw3AgAgBiAJKQIANwIMIAYgCSkCCDcCFCAKEJIDDAELIAQgCigCCDYCGCAEIAopAgA3AxAgBCAJKQIANwIcIAQgCSkCCDcCJCAGKAIIIgogBigCAEYEQCMAQRBrIgkkACAJQQhqIAYgBigCAEEBQQRBHBBgIAkoAggiC0GBgICAeEcEQCALIAkoAgwQ1AIACyAJQRBqJAALIAYoAgQgCkEcbGoiCSAEKAIoNgIYIAkgBCkDIDcCECAJIAQpAxg3AgggCSAEKQMQNwIAIAYgCkEBajYCCCAHQYCAgIB4NgIACyAEQTBqJAAgBxDeAkGCgICAeCEGDAQLIAJB7ABqQeyTwABBHhCGASACQQY2AmggAiACKAJANgKwASACIAIpAzg3A6gBIAEgAkGoAWogAkHoAGpBASAJEMcBIAJBxABqEJIDIAQoAgBBgICAgHhGDQUgBBCSAwwFCyACIAIoAkA2AsgBIAIgAikDODcDwAEgAiAJNgKwASACQoKAgICQgICAgH83AqgBIAEgAkHAAWogAkGoAWoQnQEgAkHEAGoQkgMMBAsgAkHAAWoiCiEGIwBBEGsiBCQAAkAgAkEUaiIAKAIAJQEQIkUEQCAGQQA2AgggBkKAgICAwAA3AgAMAQsgACgCACUBECEhEhBSIgAgEiYBIAQgADYCACAEIAQoAgAlARADNgIMIARBADYCCCAEIAQ2AgQjAEEwayIAJAAgAEEIaiAEQQRqIggQwQECQCAAKAIIQQFGBEAgACgCDCEJIABBBCAIKAIIIgcgCCgCBGsiC0EAIAcgC08bQQFqIgdBfyAHGyIHIAdBBE0bQQRBBBCfASAAKAIAIQcgACgCBCILIAk2AgAgAEEBNgIcIAAgCzYCGCAAIAc2AhQgACAIKAIINgIoIAAgCCkCADcDICAAQRRqIQggAEEgaiEHIwBBEGsiCSQAA0ACQCAJQQhqIAcQwQEgCSgCCEEBRw0AIAkoAgwhDCAIKAIIIgsgCCgCAEYEQCAIIAcoAggiDiAHKAIEayIPQQAgDiAPTxtBAWoiDkF/IA4bEKwCCyAIKAIEIAtBAnRqIAw2AgAgCCALQQFqNgIIDAELCyAJQRBqJAAgBiAAKAIcNgIIIAYgACkCFDcCAAwBCyAGQQA2AgggBkKAgICAwAA3AgALIABBMGokACAEENUCCyAEQRBqJAAgAigCyAEhBCACKALEASEAIAIgATYCsAEgAiAANgKoASACIAAgBEECdGo2AqwBIAJBnAFqIQYjAEEwayIAJAACQCACQagBaiIEEIIBIggEQCAAQQhqQQRBBEEEEJ8BIAAoAgghCSAAKAIMIgcgCDYCACAAQQE2AhwgACAHNgIYIAAgCTYCFCAAIAQoAgg2AiggACAEKQIANwMgIABBFGohBCAAQSBqIQkDQCAJEIIBIgcEQCAEKAIIIgggBCgCAEYEQCAEQQEQrAILIAQoAgQgCEECdGogBzYCACAEIAhBAWo2AggMAQsLIAYgACgCHDYCCCAGIAApAhQ3AgAMAQsgBkEANgIIIAZCgICAgMAANwIACyAAQTBqJAAgChD2ASAKELsBIAIoAqQBIQggAigCoAEhACACKAKcASEGDAELIAJBwAFqIAJBFGoQ5AECQAJAIAIoAsABQYCAgIB4RgRAQYOAgIB4IQYMAQsgAiACKQLAATcDqAEgAiACKALIASIANgKwASACQYwBaiABQYABaiACKAKsASAAEFkgAkGoAWoQkgNBg4CAgHghBiACKAKMAUGAgICAeEcNAQtBACEADAELIAIgAikClAE3A7ABIAIgAikCjAE3A6gBIAIoArQBIQggAkGoAWoQmwNBASEACyACIAIoAkA2AsgBIAIgAikDODcDwAEgAiAINgK0ASACIAA2ArABIAIgBjYCrAEgAkECNgKoASABIAJBwAFqIAJBqAFqEJ0BIAJBxABqEJIDIAJBFGoQ1QIMAQsgBCgCAEGAgICAeEcEQCAEEJIDCyACQRRqENUCCyACQdABaiQAIAVBsAFqEJIDIAVBoAFqEJIDQQAhAUEBIAUoAgQiAEGAgICAeHMgAEEAThtBAWsOAgcEBQsgAUEQaiECIAFBBGohAQJAAkAgBUEIakGYlcAAEJMCRQRAIAUgASgCCCIENgKYASAFIAEpAgA3A5ABIAUgAigCCDYCqAEgBSACKQIANwOgASAFIAUoAiAiBjYCOAJAIABBjAFqIAUoApQBIAQQgAEiAQRAIAEoAgAiASABKAIAQQFqIgQ2AgAgBEUNAyAFIAY2AsQBIAUgATYCwAEgBUGEgICAeDYCsAEgBSACKAIINgK8ASAFIAIpAgA3ArQBIABBOGogBUGwAWoQ5QEMAQsgBUE4ahDVAiAFQaABahCSAwsgBUGQAWoQkgMMAgsgBSABKAIINgKoASAFIAEpAgA3A6ABIAUgAikCADcDsAEgBSACKAIIIgE2ArgBIAAhAiAFKAK0ASEAIAUoAiAhBiMAQZABayIEJAAgBCAGNgIEAkAgACABQdCUwABBDBC2AkUEQCAAIAFB3JTAAEEOELYCRQ0BIARBMGoiACAEQQRqEOQBIAQoAjBBgICAgHhGDQEgBCAEKAI4NgIQIAQgBCkCMDcDCCAEIARBCGo2AjAgBEEUaiACIABB7JTAABBnIAQoAhwhASAEKAIYIQAgBCAEKAIUNgIoIAQgADYCJCAEIAA2AiAgBCAAIAFBBnQiBmo2AiwgBEHcAGohCCAEQThqIQcDQAJAIAZFDQAgBCAAQUBrIgE2AiQgACkDACIQQgJRDQAgBCAQNwMwIAcgAEEIakE4/AoAACAEIAAoAig2AnggBCAAKQIgNwNwIARBBDYCgAEgAiAEQfAAaiAEQYABakEAIAQQxwEgCBCSAyAGQUBqIQYgASEADAELCyAEQSBqEJIBIARBMGoiCCACQYABaiAEKAIMIAQoAhAQWSAIEN4CAn8gBCgCDCEGIAQoAhAhByMAQSBrIgAkACAAQQhqIAJBjAFqIgEgBiAHEG5BACEGAkAgACgCCEEBRgRAIAAoAgwiBiABKAIIIgdPDQEgACABKAIEIgogBkEEdGoiBikCADcDECAAIAYpAgg3AxggCiAHQQFrIgdBBHRqIgopAgghECAGIAopAgA3AgAgBiAQNwIIIAEgBzYCCCAAKAIcIQYgAEEQahCSAwsgAEEgaiQAIAYMAQsgBiAHEKIBAAsiAARAIARBg4CAgHg2AjAgBCAANgI0IAJBOGogCBDlAQsgBEEIahCSAwwBCyACIARBBGoQVyIARQ0AIARBgoCAgHg2AjAgBCAANgI0IAJBOGogBEEwahDlAQsgBEEEahDVAiAEQZABaiQAIAVBsAFqEJIDIAVBoAFqEJIDDAELAAtBASAFKAIEIgBBgICAgHhzIABBAE4bQQFrDgIFBwQLIAUoAqABQYCAgIB4Rg0AIAVBoAFqEJIDCyAFQZABahDfAiAFQThqEN8CAkBBASAFKAIEIgBBgICAgHhzIABBAE4bQQFrDgIAAgMLIAkQkgMgBUE0ahDVAgwFC0EBIAJBgICAgHhzIAJBAE4bQQFrDgICAAELIAVBCGoQkgMgBUEUahCSAyAFQSBqENUCDAMLIAVBCGoQkgMgBUEUahCSAyAFQSBqEJIDIAVBLGoQ1QIMAgsgCRCSA0EBIQELIAVBEGoQ3wICQAJAIAFFDQAgBSgCHEGAgICAeEYNACAFQRxqEJIDDAELIAFFDQELIAVBNGoQ1QIgBUEoahDfAgsgBUHgAWokACANIA0oAgBBAWo2AgAgA0EoahBADAILIANB8ABqENUCIANB6ABqENUCCyADQeQAahDVAgsgA0EsahDVAiADQShqELsCIANBwAFqJAALgwsBC38CQAJAIAAoAggiDEGAgIDAAXFFDQACQAJAAkACQCAMQYCAgIABcQRAIAAvAQ4iBw0BQQAhAgwCCyACQRBPBEACfwJAAkAgAiABQQNqQXxxIgQgAWsiCEkNACACIAhrIgdBAnYiC0UNACABIARHBEAgASAEayIEQXxNBEADQCADIAEgBmoiCiwAAEG/f0pqIApBAWosAABBv39KaiAKQQJqLAAAQb9/SmogCkEDaiwAAEG/f0pqIQMgBkEEaiIGDQALCyABIAZqIQkDQCADIAksAABBv39KaiEDIAlBAWohCSAEQQFqIgQNAAsLIAEgCGohBAJAIAdBA3EiCEUNACAEIAdB/P///wdxaiIHLAAAQb9/SiEFIAhBAUYNACAFIAcsAAFBv39KaiEFIAhBAkYNACAFIAcsAAJBv39KaiEFCyADIAVqIQYDQCAEIQUgC0UNAkHAASALIAtBwAFPGyINQQNxIQoCQCANQQJ0IghB8AdxIgNFBEBBACEJDAELIAMgBWohB0EAIQkgBSEDA0AgCSADKAIAIgRBf3NBB3YgBEEGdnJBgYKECHFqIANBBGooAgAiBEF/c0EHdiAEQQZ2ckGBgoQIcWogA0EIaigCACIEQX9zQQd2IARBBnZyQYGChAhxaiADQQxqKAIAIgRBf3NBB3YgBEEGdnJBgYKECHFqIQkgA0EQaiIDIAdHDQALCyALIA1rIQsgBSAIaiEEIAlBCHZB/4H8B3EgCUH/gfwHcWpBgYAEbEEQdiAGaiEGIApFDQALAn8gBSANQfwBcUECdGoiBCgCACIDQX9zQQd2IANBBnZyQYGChAhxIgUgCkEBRg0AGiAFIAQoAgQiA0F/c0EHdiADQQZ2ckGBgoQIcWoiBSAKQQJGDQAaIAUgBCgCCCIDQX9zQQd2IANBBnZyQYGChAhxagsiA0EIdkH/gRxxIANB/4H8B3FqQYGABGxBEHYgBmohBgwBC0EAIAJFDQEaIAJBA3EhCUEAIQQgAkEETwRAIAJBfHEhAwNAIAYgASAEaiIFLAAAQb9/SmogBUEBaiwAAEG/f0pqIAVBAmosAABBv39KaiAFQQNqLAAAQb9/SmohBiADIARBBGoiBEcNAAsgCUUNAQsgASAEaiEDA0AgBiADLAAAQb9/SmohBiADQQFqIQMgCUEBayIJDQALCyAGCyEGDAQLIAJFDQMgAkEDcSEDIAJBBE8EQCACQQxxIQQDQCAGIAEgBWoiBywAAEG/f0pqIAdBAWosAABBv39KaiAHQQJqLAAAQb9/SmogB0EDaiwAAEG/f0pqIQYgBCAFQQRqIgVHDQALIANFDQQLIAEgBWohBQNAIAYgBSwAAEG/f0pqIQYgBUEBaiEFIANBAWsiAw0ACwwDCyABIAJqIQhBACECIAEhBSAHIQMDQCAFIgQgCEYNAiACAn8gBEEBaiAELAAAIgVBAE4NABogBEECaiAFQWBJDQAaIARBBEEDIAVBb0sbagsiBSAEa2ohAiADQQFrIgMNAAsLQQAhAwsgByADayEGCyAGIAAvAQwiA08NACADIAZrIQRBACEGQQAhAwJAAkACQCAMQR12QQNxQQFrDgIAAQILIAQhAwwBCyAEQf7/A3FBAXYhAwsgDEH///8AcSEHIAAoAgQhCiAAKAIAIQgDQCAGQf//A3EgA0H//wNxSQRAQQEhBSAGQQFqIQYgCCAHIAooAhARAgBFDQEMAwsLQQEhBSAIIAEgAiAKKAIMEQUADQFBACEGIAQgA2tB//8DcSEBA0AgBkH//wNxIgAgAUkhBSAAIAFPDQIgBkEBaiEGIAggByAKKAIQEQIARQ0ACwwBCyAAKAIAIAEgAiAAKAIEKAIMEQUAIQULIAUL6QMBCH8jAEEQayIGJAACfwJAIANBAXFFBEAgAi0AACIEDQFBAAwCCyAAIAIgA0EBdiABKAIMEQUADAELIAEoAgwhCgNAIAJBAWohBQJAAkACQAJAIATAQQBIBEAgBEGAAUYNASAEQcABRw0DIAYgATYCBCAGIAA2AgAgBkKggICABjcCCCADIAdBA3RqIgIoAgAgBiACKAIEEQIARQ0CQQEMBgsgACAFIAQgChEFAEUEQCAEIAVqIQIMBAtBAQwFCyAAIAJBA2oiBSACLwABIgIgChEFAEUEQCACIAVqIQIMAwtBAQwECyAHQQFqIQcgBSECDAELQaCAgIAGIQsgBEEBcQRAIAIoAAEhCyACQQVqIQULQQAhCQJ/IARBAnFFBEBBACEIIAUMAQsgBS8AACEIIAVBAmoLIQIgBEEEcQRAIAIvAAAhCSACQQJqIQILIARBCHEEQCACLwAAIQcgAkECaiECCyAEQRBxBEAgAyAIQQN0ai8BBCEICyAGIARBIHEEfyADIAlBA3RqLwEEBSAJCzsBDiAGIAg7AQwgBiALNgIIIAYgATYCBCAGIAA2AgBBASADIAdBA3RqIgUoAgAgBiAFKAIEEQIADQIaIAdBAWohBwsgAi0AACIEDQALQQALIAZBEGokAAvTBQIKfwF+IwBBsAFrIgEkACAAQZACaiEHIABBMGohCCABQSBqIQUgAUH0AGohBgNAAkAgAUEQaiAIQdyOwAAQlAIgASgCFCEEIAFBGGohAAJAIAEoAhBBKGoiAigCDCIDIAIoAggiCU8EQCAAQQM2AgAMAQsgAiADQQFqIgo2AgwgAigCBCADQQV0aiIDKQIAIQsgA0EDNgIAIAAgCzcCACAAIAMpAgg3AgggACADKQIQNwIQIAAgAykCGDcCGCAJIApGBEAgAhDKAQsLIAQgBCgCAEEBajYCACABQQhqIAdB7I7AABCXAiABKAIMIQAgASgCCCICKAIAIQMgASABKQIwNwNQIAEgASkCKDcDSCABIAEpAiA3A0AgASABKQIYIgs3AzggASACQQAgAxs2AlggC6ciBEEDRg0AAkAgAwRAIARBAkcNASACKAIAIAIoAgQoAhARAAALIAAgACgCAEEBajYCACABKAI4QQJPDQIgAUE4ahDOAgwCCyABIAEpAjA3A3ggASABKQIoNwNwIAEgASkCIDcDaCABIAEpAhgiCzcDYCACKAIAIAIoAgQhBCABIAUoAgg2AogBIAEgBSkCADcDgAEgC6dBAUYEQCABIAEoAmQ2AowBIAFBoAFqIAFBjAFqEI8BIAFBgAFqAn8gASgCoAFBgICAgHhHBEAgASABKQKgATcDkAEgASABKAKoASICNgKYASABKAKUAQwBC0EAIQIgAUEANgKYASABQoCAgIAQNwOQAUEBCyACEMYBIAFBkAFqEJIDIAFBjAFqENUCCyABIAYpAgQ3AwAgAUGAAWogASgCACABKAIEEMYBIAEgASgCiAE2AqgBIAEgASkDgAE3A6ABIAYQ3wIgASgCpAEgASgCqAEgBCgCDBEDACABQaABahCSAyAAIAAoAgBBAWo2AgAMAQsLIAAgACgCAEEBajYCACABQbABaiQAC6YEAgR/BH4jAEHwAGsiDCQAQQEhDgJAAn4CQCABLQCcAUEBRgRAIAEgASkDSCISQgF8NwNIIAxBDGoiDSABQegAahCaASANIBIQYyAMQTBqIg1B54nAAEEHEPgBIAxBJGoiDyANQd2IwABBBCAEIAUQrgIgDSAPQeGIwABBAiACIAMQrgIgDyANQeeIwABBAiAMKAIQIAwoAhQQrgIgD0HpiMAAQQQQjAIgDCAMKAIsNgIgIAwgDCkCJDcDGCAGKAIEIQQgBigCACIFBEAgDEEYaiAFIAQQxgFBACEOCyAMIAwoAiA2AkAgDCAMKQMYNwI4IAxBz5TAADYCSCAMQYCAgIB4NgJEIAwgBDYCNCAMIA42AjAgDEEBNgJMIAFBKGogDEEwahCoASALIAogASgCJCAJQQFxGyIErXwhCyABKQMYIRAgASkDECIRIAEoAiAgCXKtIhODpw0BIBAgCyARpyIFGyEQQgEgEyAFGwwCCyAAQQI2AgwgACAIKAIINgIIIAAgCCkCADcCACAGKAIADQIgBkEEahDVAgwCCyALIBAgCyAQVBshEEIBCyERIAEgEDcDGCABIBE3AxAgDEHcAGogAiADEIYBIAwgBzoAaCAMIBI3A0ggDCAENgJAIAwgCzcDOCAMIBM3AzAgDCAIKQIANwNQIAwgCCgCCDYCWCABQfQAaiAMQTBqENwBIABBAjYCACAMQQxqEJIDCyAMQfAAaiQAC9gDAQp/IABBIhCQASABIAJqIQwgASEFIAACfwNAQQAhBwJAAkACQAJAAkACQANAAkACQCAMIAUgByIEaiIKRwRAQQIhC0EAIQcCQCAKLQAAIghBCWsOBQgGAwMHAAsgCEEiRw0BQfCWwAAhBgwICwJAIANFDQAgAiADTQRAIAIgA0YNAQwKCyABIANqLAAAQUBIDQkLIAIgA2shBCABIANqDAoLIAhB3ABGDQILQQEhBiAEQQFqIQcgCEEgTw0AC0EAIQtBASEHDAQLQfKWwAAhBgwDC0H0lsAAIQYMAgtB9pbAACEGDAELQfiWwAAhBgtBACEJAkAgAyADIARqIgVLDQACQCADRQ0AIAIgA00EQCACIANHDQIMAQsgASADaiwAAEG/f0wNAQsCQCAFRQ0AIAIgBU0EQCACIANrIARGDQEMAgsgASADaiAEaiwAAEFASA0BCyABIANqIQkLIAVBAWohAyAKQQFqIQUgACAJQQEgCRsgBEEAIAkbEMYBIAdFBEAgACAGIAsQxgEMAgsgAEH6lsAAQQQQxgEgACAIQQR2LQD+lkAQkAEgACAIQQ9xLQD+lkAQkAEMAQsLQQALIgFBASABGyAEQQAgARsQxgEgAEEiEJABC8oJAg5/AX4jAEGAAWsiAyQAIAAtAJwBIQ4gAEECOgCcAQJAIA5BAkcEQCAAQShqIgIQygEgA0ECNgIgIAIgA0EgaiIEEKgBIABBgAFqIgUoAgghAiAFQQA2AgggBSgCBCEFA0AgAgRAIAJBAWshAiAFEPYCIAVBHGohBQwBCwsgAEIANwMQIAAoAlAhDCAAQQI2AlAgDEECRwRAIAMgACkCVDcCCCADIAw2AgQgAyABKQIINwMoIAMgASkCADcDICAAIANBBGogBEEAIAMQxwELIAAoAnwhBSAAQQA2AnwgACgCdCEGIAAoAnghAiAAQoCAgICAATcCdCADIAIgBUEGdCIEajYCHCADIAY2AhggAyACNgIUIAMgAjYCECADQcwAaiEGIANBKGohCANAAkAgBEUNACADIAJBQGsiBTYCFCACKQMAIhBCAlENACADIBA3AyAgCCACQQhqQTj8CgAAIAMgAigCKDYCaCADIAIpAiA3A2AgA0ECNgJwIAAgA0HgAGogA0HwAGpBACADEMcBIAYQkgMgBEFAaiEEIAUhAgwBCwsgA0EQahCSASMAQSBrIg8kACMAQRBrIgUkACAFQQhqIgIgAEGMAWoiBCgCCCIINgIEIAJBADYCACAFKAIMIQYgBCAFKAIIIgc2AgggD0EMaiICIAY2AgwgAiAENgIIIAIgCCAGazYCECACIAQoAgQiBCAGQQR0ajYCBCACIAQgB0EEdGo2AgAgBUEQaiQAIwBBIGsiBiQAIAZBCGogAigCBCACKAIAa0EEdkEEQQQQnwEgBkEANgIcIAYgBikDCDcCFCMAQRBrIggkACAGQRRqIgUgAigCBCACKAIAa0EEdhCsAiAFKQIEIRAgCCAFQQhqNgIEIAggEEIgiTcCCCMAQTBrIgUkACAFIAIpAgAiEDcDCCAFIAIoAhA2AhggBSACKQIINwMQIAhBBGoiAigCCCACKAIEIgRBAnRqIQcgBUEkaiEJIAIoAgAgEKchAiAFKAIMIQ0CQANAIAIgDUYNASACKAIAIgpBgICAgHhHBEAgCSACQQxqKAIANgIIIAkgAkEEaikCADcCACAFIAo2AiAgBSgCLCEKIAVBIGoQkgMgByAKNgIAIAdBBGohByAEQQFqIQQgAkEQaiECDAELCyACQRBqIQILIAUgAjYCCCAENgIAIwBBEGsiByQAIAVBCGoiBCgCBCEJIAQoAgAhAiAEQoSAgIDAADcCACAHIAQ2AgwCQCACIAlGDQAgCSACa0EEdiEEA0AgBEUNASAEQQFrIQQgAhD0AiACQRBqIQIMAAsACyAHQQxqKAIAIgIoAhAiBARAIAIoAgwiDSACKAIIIgkoAggiC0cEQCAEQQR0IgQEQCAJKAIEIgogC0EEdGogCiANQQR0aiAE/AoAAAsgAigCECEECyAJIAQgC2o2AggLIAdBEGokACAFQTBqJAAgCEEQaiQAIANB8ABqIgIgBigCHDYCCCACIAYpAhQ3AgAgBkEgaiQAIA9BIGokAAJAIA5BAUcEQCACEJcDDAELIAMgAygCeDYCLCADIAMpAnA3AiQgA0GGgICAeDYCICAAQThqIANBIGoQ5QELIAxBAkcNAQsgARCeAgsgA0GAAWokAAunBAIJfwF+IwBB8ABrIgQkACAEQTxqIAMQZSAEIAQpAkA3A1ggBCAEKAJINgJgQQEhBSAEKAJMIQMCQCAEKAI8QQFGBEAgBCAEKAJgNgIoIAQgBCkDWDcDICAEIAM2AiwgBCAEQSBqEN8BIAQoAgQhAwwBCyAEIAQoAmA2AhggBCAEKQNYNwMQIAQgAzYCHCAEIAJB54jAAEECENkBNgJYIARBPGoiBiAEQdgAaiIHEI8BIAQoAjxBgICAgHhHBEAgBCAEKAJENgI4IAQgBCkCPDcDMCAHENUCIAQgBCgCGDYCYCAEIAQpAxA3A1ggBEEIaiABKAIAIgpBOGpB1IzAABCUAiAEKAIMIQggBCgCCCEJIAQQogL8ByINNwNoIAQgCTYCZCAEKAI0IQsgBCgCOCEMIwBBIGsiAiQAIAJBDGoiBUGVlMAAQQYQhgEgBSALIAwQRiAFQf0AEJABIAIgAikCEDcCGCAGIAlBpZPAAEEGQZuUwABBDCACQRhqQQEgB0EAIAIgDRBFIAUQkgMgAkEgaiQAIAggCCgCAEEBajYCAAJAIAQoAjxBAkcEQCAGIARByABqEKcBDAELIApBCGoQRCABEE4LIARBMGoQkgNBACEFDAELIARB2ABqENUCIARBQGtBvZLAAEEcEIYBIARBADYCPCAEQTxqEPMCIQMgBEEcahDVAiAEQRBqELUCCyAAIAM2AgQgACAFNgIAIARB8ABqJAALuAMBA38jAEHQAGsiCyQAIAsgCDYCDCALIAc2AggCQAJ/AkACQCAALQCcAUEBRw0AIABBgAFqIAEgAhD3AUUNACALQTBqIgxB7onAAEEIEPgBIAtBIGoiDSAMQd2IwABBBCAFIAYQrgIgDCANQeOIwABBBCABIAIQrgIgDEHniMAAQQIQjAIgDCADIAQQxgEgDSAMKAIINgIIIA0gDCkCADcCACANQemIwABBBBCMAiALIAsoAig2AhggCyALKQIgNwMQQQEhAgJAIAdBAXEEQCAJRQ0BIAwgCSAKELUBDAMLIAkEQCALQRBqQfuJwABBBBDGASALIAsoAhg2AiggCyALKQMQNwMgIAtBMGogCSAKELUBIAsgCykDIDcDECALIAsoAig2AhgMAwsgC0EQakH7icAAQQQQxgELQYCAgIB4IQlBz5TAAAwCCyALQQhqENcCDAILIAsoAjghAiALKAIwIQkgCygCNAshASALIAsoAhg2AkAgCyALKQMQNwI4IAsgAjYCTCALIAE2AkggCyAJNgJEIAsgCDYCNCALIAc2AjAgAEEoaiALQTBqEKgBCyALQdAAaiQAC64CAQR/IwBBMGsiAyQAIAMgARBtNgIcAkAgACgCACIGQQFGBEAgAyAAKAIINgIgIAIQjANFBEAgA0HpiMAAQQQQ2wI2AiwgA0EkaiIBIANBHGogA0EsaiIEIAIQhwEgARDYAiAEENUCCyADQYEINgIsIANBCGogA0EgaiIEIANBLGoiBSADQRxqEIkBIAMgAygCDCIBNgIoIAMgAygCCCICNgIkDAELIAMgACgCBDYCICADQYEINgIsIANBEGogA0EgaiIEIANBLGoiBSADQRxqIAIQhAEgAyADKAIUIgE2AiggAyADKAIQIgI2AiQLIAUQ1QIgBBDVAgJAIAJBAXEEQCABENQBDAELIANBKGoQ1QILIANBHGoQ1QIgBgRAIABBBGoQ1QILIANBMGokAAuaBwIJfwFvIwBBQGoiBSQAIAUgAzYCICAFIAI2AhwgBUEQaiABQbiQwAAQlwIgBSgCECIJKAIIIQEgBSgCFCEMIAUgCSgCBCICNgI0IAUgAiABQRRsajYCOCAFIAVBHGoiCjYCPCAFQSRqIQMjAEEwayIBJAAgAUEIaiAFQTRqIgIQcAJAIAEoAghBAUYEQCABKAIMIQYgAUEEQQRBBBCfASABKAIAIQcgASgCBCIIIAY2AgAgAUEBNgIcIAEgCDYCGCABIAc2AhQgASACKAIINgIoIAEgAikCADcDICABQRRqIQIgAUEgaiEIIwBBEGsiBiQAA0ACQCAGQQhqIAgQcCAGKAIIQQFHDQAgBigCDCELIAIoAggiByACKAIARgRAIAJBARCsAgsgAigCBCAHQQJ0aiALNgIAIAIgB0EBajYCCAwBCwsgBkEQaiQAIAMgASgCHDYCCCADIAEpAhQ3AgAMAQsgA0EANgIIIANCgICAgMAANwIACyABQTBqJAAjAEEQayIIJAAgCCAKNgIMQQAhASMAQRBrIgckACAHIAhBDGo2AgwCQCAJKAIIIgpFDQAgCSgCBCILIQYDQCAHQQxqIAYQqgIEQCAGQRRqIQYgCiABQQFqIgFHDQEMAgsLIAYQ9wIgC0EUaiENIAEhAwNAIAFBAWohAiANIAFBFGxqIQYDQCACIApPBEAgCSADNgIIDAMLIAdBDGogBhCqAkUEQCACQQFqIQIgBhD3AiAGQRRqIQYMAQsLIAsgA0EUbGoiASAGKAIQNgIQIAEgBikCCDcCCCABIAYpAgA3AgAgA0EBaiEDIAIhAQwACwALIAdBEGokACAIQRBqJAAgDCAMKAIAQQFqNgIAIAUoAixBAnQhAyAFKAIoIQIDQAJAAkAgAwRAIAVBgQg2AjQjAEEQayIBJAAgAigCACUBIAVBNGoiCSgCACUBIAQoAgAlARAIIQ4QUiIHIA4mASABQQhqEKsCQQEhBiAFQQhqIggCfyABKAIIQQFGBEAgASgCDAwBC0EAIQYgBws2AgQgCCAGNgIAIAFBEGokACAFKAIMIQEgBSgCCEEBcUUNAiAAQQE6AAAgACABNgIEIAkQ1QIMAQsgAEEAOgAAIAAgBSgCLEEARzoAAQsgBUEkaiIAEPYBIAAQlQMgBUFAayQADwsgBSABNgIwIANBBGshAyACQQRqIQIgBUEwahDVAiAFQTRqENUCDAALAAvqBQIKfwF+IwBBEGsiBiQAQQohAiAAKAIAIgQhACAEQegHTwRAA0AgBkEGaiACaiIDQQRrIAAiBSAAQZDOAG4iAEGQzgBsayIHQf//A3FB5ABuIghBAXQvAJieQDsAACADQQJrIAcgCEHkAGxrQf//A3FBAXQvAJieQDsAACACQQRrIQIgBUH/rOIESw0ACwsgAEEJSwRAIAJBAmsiAiAGQQZqaiAAIABB//8DcUHkAG4iAEHkAGxrQf//A3FBAXQvAJieQDsAAAtBACAEIAAbRQRAIAJBAWsiAiAGQQZqaiAAQQF0LQCZnkA6AAALAn8gBkEGaiACaiEHQQAhBEErQYCAxAAgASgCCCIDQYCAgAFxIgAbIQggA0GAgIAEcUVFIQoCQEEKIAJrIgsgAEEVdmoiACABLwEMIgVJBEACQAJAIANBgICACHFFBEAgBSAAayEFQQAhAAJAAkACQCADQR12QQNxQQFrDgMAAQACCyAFIQAMAQsgBUH+/wNxQQF2IQALIANB////AHEhCSABKAIEIQMgASgCACEBA0AgBEH//wNxIABB//8DcU8NAkEBIQIgBEEBaiEEIAEgCSADKAIQEQIARQ0ACwwECyABIAEpAggiDKdBgICA/3lxQbCAgIACcjYCCEEBIQIgASgCACIDIAEoAgQiCSAIIAoQ2wENAyAFIABrQf//A3EhAANAIARB//8DcSAATw0CIARBAWohBCADQTAgCSgCEBECAEUNAAsMAwtBASECIAEgAyAIIAoQ2wENAiABIAcgCyADKAIMEQUADQJBACEEIAUgAGtB//8DcSEAA0AgBEH//wNxIgUgAEkhAiAAIAVNDQMgBEEBaiEEIAEgCSADKAIQEQIARQ0ACwwCCyADIAcgCyAJKAIMEQUADQEgASAMNwIIQQAMAgtBASECIAEoAgAiACABKAIEIgEgCCAKENsBDQAgACAHIAsgASgCDBEFACECCyACCyAGQRBqJAAL/wIBBn8jAEEwayIDJAAgASgCACIBQQA6ABwgAyACNgIYIAEoAghB/////wdJBEAgAUEIaiEGIAEoAhghAgJAA0AgAkUNASADQRBqIAZBtJvAABCXAiADKAIUIQQgAygCECIBKAIMIgUEfyABIAVBAWs2AgwgASABKAIIIgVBAWoiByABKAIAIghBACAHIAhPG2s2AgggASgCBCAFQQJ0aigCAAVBAAsiAQRAIAMgATYCHCAEIAQoAgBBAWo2AgAgA0EIaiADKAIcIgVBCGpBlJvAABCXAiADKAIMIQQCQCADKAIIIgEoAgBFDQAgBUEAOgAcIANBADYCKCADIAFBCGoiBTYCJCADIAU2AiAgASgCACADQSBqIAEoAgQoAgwRAgANACABEMICIAFBADYCAAsgBCAEKAIAQQFqNgIAIAJBAWshAiADQRxqEL8CDAELCyAEIAQoAgBBAWo2AgALIANBGGoQ1QIgAEEANgIAIANBMGokAA8LQaSbwAAQgwIAC6wEAwd/An4BbyMAQUBqIgEkACABQRBqIAAoAgAiAkE4akG8j8AAEOkBIAEoAhAiACkDGCEIIAAoAhAhACABKAIUIgMgAygCAEEBazYCACABQQhqIAJBCGpBzI/AABCUAiABKAIMIQcCQAJAAn8CQAJAIAEoAggiAygCCEECRwRAIABFDQIgAykDACAIUg0BDAQLIABFDQMLIAIgAigCBEEBaiIANgIEIABFDQNC/////wcgCBCiAvwHfSIJQgAgCCAJWhsiCSAJQv////8HWhunIQYjAEEQayIAJAAjAEEQayIEJABBBEEEEMwCIgUgAjYCACAEQQhqIgJBrIHAADYCBCACIAU2AgAgBCgCCEGsgcAAED4hChBSIgUgCiYBIARBEGokACAAIAU2AgwjAEEQayICJAAgAEEMaigCACUBIAYQGiEKEFIiBiAKJgEgAkEIahCrAkEBIQQgAAJ/IAIoAghBAUYEQCACKAIMDAELQQAhBCAGCzYCBCAAIAQ2AgAgAkEQaiQAIAAoAgQhBCAAKAIAQQFGBEBBgpnAAEExEJ4DAAsgAUEwaiICIAU2AgwgAkEBNgIIIAIgBDYCBCACQQE2AgAgAEEQaiQAIAEgASkCNDcDGCABIAEoAjw2AiAgASgCMAwBC0ECCyEAIAMQ4QEgAyAANgIIIAMgCDcDACADIAEpAxg3AgwgAyABKAIgNgIUCyAHIAcoAgBBAWo2AgAgAUFAayQADwsAC68CAQJ/IwBBQGoiAiQAIAIgARCYASACIAIoAgQiATYCDCACIAIoAgAiAzYCCAJAIANBAUYEQCACIAE2AhAgAkEUaiIBQf+JwABBHRCGASACIAJBEGpB4InAAEEHENkBNgI8IAJBMGogAkE8ahCPASABAn8gAigCMEGAgICAeEcEQCACIAIpAjA3AyAgAiACKAI4IgE2AiggAigCJAwBC0EAIQEgAkEANgIoIAJCgICAgBA3AyBBAQsgARDGASAAIAIoAhw2AgwgACACKQIUNwIEIABBADYCACACQSBqEJIDIAJBPGoQ1QIgAkEQahDVAgwBCyACQQxqIgMQigMEQCAAQQg2AgAgACABNgIEDAELEKYDIQEgAEEINgIAIAAgATYCBCADENUCCyACQUBrJAALiAIBBn8gACgCCCIEIQICf0EBIAFBgAFJDQAaQQIgAUGAEEkNABpBA0EEIAFBgIAESRsLIgYgACgCACAEa0sEfyAAIAQgBhBoIAAoAggFIAILIAAoAgRqIQICQCABQYABTwRAIAFBP3FBgH9yIQUgAUEGdiEDIAFBgBBJBEAgAiAFOgABIAIgA0HAAXI6AAAMAgsgAUEMdiEHIANBP3FBgH9yIQMgAUH//wNNBEAgAiAFOgACIAIgAzoAASACIAdB4AFyOgAADAILIAIgBToAAyACIAM6AAIgAiAHQT9xQYB/cjoAASACIAFBEnZBcHI6AAAMAQsgAiABOgAACyAAIAQgBmo2AghBAAuUAgEEfyMAQTBrIgAkACAAQSBqQbiZwAAQ1gEgACgCICEBIAAgACgCJCICNgIsIAAgATYCKEEBIQMgAUEBRwRAIABBGGpBwJnAABDWASAAKAIcIQIgACgCGCEDIABBKGoQ1wILIAAgAzYCKCAAIAI2AixBASEBIANBAUcEQCAAQRBqQbSZwAAQ1gEgACgCFCECIAAoAhAhASAAQShqENcCCyAAIAE2AiggACACNgIsQQEhAyABQQFHBEAgAEEIakG8mcAAENYBIAAoAgwhAiAAKAIIIQMgAEEoahDXAgtBgAghASADQQFGBEAgACACNgIoIABBKGoiARCMAwR/IAEQ1QJBgAgFIAILIQELIABBMGokACABC68EAQt/IwBBEGsiBiQAAkBB0KHAACgCAA0AQdChwABBfzYCAEHgocAAKAIAIgJB3KHAACgCACIARgRAIAIiAEHUocAAKAIAIgFGBEDQb0GAASAAIABBgAFNGyIH/A8BIgFBf0YNAgJAQeShwAAoAgAiAEUEQEHkocAAIAE2AgAMAQsgACACaiABRw0DCyMAQRBrIgQkACAEQQhqIQlB3KHAACgCACEAQQQhASMAQRBrIgUkAEHUocAAKAIAIABrIAdPBH9BgYCAgHgFIAVBCGohCiMAQRBrIgMkAAJ/QQAgACAHaiIBIAdJDQAaIANBBGpB1KHAACABQQRBBBBYIAMoAgRBAUYEQCADKAIMIQggAygCCAwBCyADKAIIIQBB1KHAACABNgIAQdihwAAgADYCAEGBgICAeAshACAKIAg2AgQgCiAANgIAIANBEGokACAFKAIMIQEgBSgCCAshACAJIAE2AgQgCSAANgIAIAVBEGokACAEKAIMIQggBkEIaiIAIAQoAgg2AgAgACAINgIEIARBEGokACAGKAIIQYGAgIB4Rw0CQdShwAAoAgAhAUHcocAAKAIAIQALIAAgAU8NAUHYocAAKAIAIABBAnRqIAJBAWo2AgBB3KHAACAAQQFqIgA2AgALIAAgAk0NAEHgocAAQdihwAAoAgAgAkECdGooAgA2AgBB0KHAAEHQocAAKAIAQQFqNgIAQeShwAAoAgAgBkEQaiQAIAJqDwsAC/QHAgl/BH4jAEFAaiIDJAAgACgCACEEIABBADYCACAEBEAgAyAENgIYIANBGGoQ0AEiAARAIAMgADYCHCADQRBqIABBCGpBjI/AABCUAiADKAIUIQEgAygCECIEKQMIIQogBEECNgIIIAQpAwAhCyAEKQMQIQwgASABKAIAQQFqNgIAIAMgDDcDMCADIAo3AyggAyALNwMgIANBCGogAEE4akGcj8AAEJQCIAMoAgwhBiADKAIIIQIQogL8ByEKQgAhCyMAQZABayIBJAAgASAKNwMIAkACQAJAIAItAJwBDQAgAikDAEIBUg0AIAIpAwggClgNAQsgASABQQhqNgIwIAFBFGogAiABQTBqQaiUwAAQZyABKAIcIQQgASgCGCEAIAEgASgCFDYCKCABIAA2AiQgASAANgIgIAEgACAEQQZ0IgVqNgIsIAFB3ABqIQcgAUE4aiEIA0ACQCAFRQ0AIAEgAEFAayIENgIkIAApAwAiCkICUQ0AIAEgCjcDMCAIIABBCGpBOPwKAAAgASgCQCEJIAEgACgCKDYCeCABIAApAiA3A3AgAUEDNgKAASABIAlBACAKp0EBcRs2AoQBIAIgAUHwAGogAUGAAWpBACABEMcBIAcQkgMgBUFAaiEFIAQhAAwBCwsgAUEgahCSASACKAJ8QQZ0IQUgAigCeCEAAkADQCAFRQ0BIAVBQGohBSAAKQMAIQogAEFAayEAIApCAVINAAsgAEE4aykDACEKQgEhCyAFRQ0AIAVBBnYhBQNAIAogAEEIaikDACIMIAogDFQbIAogACgCABshCiAAQUBrIQAgBUEBayIFDQALCyACKQMIIQwCfiACKQMAIg0gC4NQBEAgCiAMIAunIgAbIQpCASANIAAbDAELIAwgCiAKIAxWGyEKQgELIQsgAiAKNwMYIAIgCzcDEAwBCyABQQM2AjAgASACKAIkQQAgAigCIBs2AjQgAiABQTBqEEcLIAFBkAFqJAAgBiAGKAIAQQFqNgIAIANBHGoQQCADQQA6ADgjAEEwayIAJAAgAEIANwIYIABBAToALCAAQRhqEJgCIgQgBCgCAEEBaiIBNgIAIAFFBEAACyAAQRBqIAQQ4gIgACkDECEKQQhBIBDMAiIBIANBIGoiAikDGDcDGCABIAIpAxA3AxAgASACKQMINwMIIAEgAikDADcDACAAQQhqIARBCGoQlgIgACgCDCEFIAAoAggiAhCzASACIAo3AgggAkGgicAANgIEIAIgATYCACAFIAUoAgBBAWo2AgAgBBCcAyAAQTBqJAAgA0EcahC7AgsgA0EYahCJAiADQUBrJAAPC0HAgcAAQRwQngMAC40CAQF/AkAgACgCACIBQYeAgIB4Rg0AAkACQAJAAkACQAJAQQEgAUGAgICAeHMgAUEAThsOBgECAwQFBgALIABBBGoQlwMPCyAAQQRqELUCIAAoAhBBAkYEQAJAAkACQAJAQQQgACgCFCIBQYCAgIB4cyABQQBOGw4ECQECAwALIABBFGoQlwMPCyAAQRhqENUCDwsgAEEYahDVAg8LIABBGGoQ1wIPCyAAQRhqEJ4CIABBEGoQ1wIPCyAAQSRqENUCIAAQkgMgAEEMahCSAyAAQRhqEJIDIABBKGoQ1QIPCyAAQQRqELwCDwsgAEEEahC8Ag8LIABBEGoQvAIgAEEEahCSAyAAQRRqENUCCwu2AwEDfyAAQdABahCJAiAAQZQBahCSAyAAKAKIAUECRwRAIABBiAFqELUCCyAAQaABahCSAyAAQawBahCYAyAAQbgBaiIDIgEoAgghAiABKAIEIQEDQCACBEAgAkEBayECIAEQ9gIgAUEcaiEBDAELCyADQQRBHBDMASAAQcQBaiIDIgEoAgghAiABKAIEIQEDQCACBEAgAkEBayECIAEQ9AIgAUEQaiEBDAELCyADEJoDIABB4ABqIgMiASgCCCECIAEoAgQhAQNAIAIEQCACQQFrIQIgARDdAiABQSBqIQEMAQsLIANBBEEgEMwBIABB8ABqIgMiASgCCCECIAEoAgQhAQNAIAIEQCACQQFrIQIgARBUIAFBLGohAQwBCwsgA0EEQSwQzAEgAEGUAmoQzQEgAEEIahDhASAAQdgBahDVAiAAQdwBahDVAiAAQeABahDVAiAAQeQBahDVAiAAQegBahDVAiAAQewBahDVAiAAQfABahDVAiAAQfQBahDVAiAAQfgBahDVAiAAQfwBahDVAiAAQSBqEO4CIABBhAJqENUCIABBiAJqENUCIABBjAJqENUCC+YBAQZ/IwBBIGsiAiQAAkAgACgCACIGQQFGBEAgAiAAKAIENgIcIAJBgQg2AhAgAiACQRxqIgQgAkEQaiIFIAEQiQEgAigCBCEDIAIoAgAhAQwBCyACIAAoAgQ2AhggAkGBCDYCHCACQYEINgIQIAJBCGogAkEYaiIEIAJBHGoiBSACQRBqIgcgARCEASACKAIMIQMgAigCCCEBIAcQ1QILIAUQ1QIgBBDVAiACIAE2AhAgAiADNgIUAkAgAUEBRgRAIAMQ1AEMAQsgAkEUahDVAgsgBgRAIABBCGoQ1QILIAJBIGokAAvzBAMGfwF+AW8jAEEgayIDJAAgA0EQaiABEOQBAkACQCADKAIQIgJBgICAgHhGBEBBACEBDAELIAMgAykCFCIINwIEIAMgAjYCACAAQYwBaiIEIAinIgUgCEIgiKciBhCAASICBEAgAigCACIBIAEoAgBBAWoiADYCACAARQ0CIAMQkgMMAQsjAEFAaiICJAAgAEGYAWoQnwIhACACQRRqIgcgBSAGEIYBIAEQWiEBIAJCgICAgICAATcCOCACQgQ3AjAgAkIANwIoIAIgATYCJCACIAA2AiBBBEE0EMwCIgFCgYCAgBA3AgAgAUEIaiAHQSz8CgAAIAEgASgCAEEBaiIANgIAIABFBEAACyABEIUDEAwhCRBSIgUgCSYBIAJBCGogAUEsakHAl8AAEJcCIAIoAgwhACACKAIIIgYQ1QIgBiAFNgIAIAAgACgCAEEBajYCACACQUBrJAAgAykCACEIIAMoAgghACABIAEoAgBBAWoiAjYCACADIAA2AhggAyAINwMQIAJFDQEgAwJ/IwBBEGsiACQAIABBCGogBCADQRBqIgIoAgQgAigCCBBuAkACQCAAKAIIQQFGBEAgACgCDCIFIAQoAggiBk8NAiAEKAIEIAVBBHRqIgUoAgwhBCAFIAE2AgwgAhCSAwwBCyAEKAIIIgUgBCgCAEYEQCAEELwBCyAEKAIEIAVBBHRqIgYgAigCCDYCCCAGIAIpAgA3AgAgBiABNgIMIAQgBUEBajYCCEEAIQQLIABBEGokACAEDAELIAUgBkGgl8AAEKQBAAsiADYCDCAARQ0AIANBDGoQvAILIANBIGokACABDwsAC+YBAgN/AX4jAEEgayIFJABBASEHQQQhBgJAAkAgBK0gAq1+IghCIIinDQAgCKciAkGAgICAeCADa0sNACAFQRRqIAEgAyAEEMABAn8gBSgCGARAIAUoAhwiAUUEQCAFQQhqIAMgAhDuASAFKAIIIQQgBSgCDAwCCyAFKAIUIAEgAyACEPECIQQgAgwBCyAFIAMgAhDuASAFKAIAIQQgBSgCBAsgBEUEQCAAIAM2AgRBCCEGDAILIAAgBDYCBEEAIQdBCCEGIQIMAQtBACECCyAAIAZqIAI2AgAgACAHNgIAIAVBIGokAAv0AQIDfwJ+IwBBMGsiBCQAIARBCGogASACIAMQbwJAAkAgBCgCCEEBRgRAIAQoAgwiAiABKAIIIgNPDQIgBCABKAIEIgUgAkEcbGoiAikCADcDECAEIAIpAgg3AxggBCACKQIQNwMgIAQgAigCGDYCKCAFIANBAWsiBkEcbGoiAykCCCEHIAMpAhAhCCADKAIYIQUgAiADKQIANwIAIAIgBTYCGCACIAg3AhAgAiAHNwIIIAEgBjYCCCAAIAQpAiQ3AgggACAEKQIcNwIAIARBEGoQkgMMAQsgAEGAgICAeDYCAAsgBEEwaiQADwsgAiADEKIBAAv5AQIFfwFvIwBBQGoiASQAECQhBhBSIgIgBiYBIAEgAjYCDCABQQU2AiwgAUHyiMAANgIoIAFBBDYCJCABQd2IwAA2AiAgAUECNgIcIAFB54jAADYCGANAIANBGEcEQCABIAAgAUEQaiADaiICQQhqKAIAIgQgAkEMaigCACICENkBNgIwIAFBMGoiBRCMA0UEQCABIAQgAhDbAjYCPCABQTRqIgIgAUEMaiABQTxqIgQgBRCHASACENgCIAQQ1QILIANBCGohAyABQTBqENUCDAELCyABQQxqIgAoAgAlARAEIQYQUiIDIAYmASAAENUCIAFBQGskACADC6ECAQN/IwBB0ABrIgIkACACIAE2AhQgAkEIaiAAEKYBIAIoAggiAQRAIAIoAgwhAyMAQRBrIgAkACAAQQhqIAJBFGooAgAlARAYIAAoAgghBCAAIAAoAgw2AgQgACAENgIAIAJBKGogACgCACAAKAIEEP0BIABBEGokAAJAIAIoAjAEQCACIAIoAjA2AiAgAiACKQIoNwMYDAELIAJBNGoiAEHzksAAQRgQhgEgACACQRRqKAIAJQEQF61C//8DgxBjIAIgAigCPDYCSCACIAIpAjQ3A0AgAkFAa0GLk8AAQQEQxgEgAiACKAJINgIgIAIgAikDQDcDGCACQShqEJIDCyABIAJBGGogAygCGBEBAAsgAkEUahDVAiACQdAAaiQAC4kDAQV/IwBBMGsiBCQAIAQgAjYCGCAEIAE2AhQgBEEIaiAAQdiQwAAQlwIgBCgCCCIGKAIIIgBBAWshASAAQRRsIQIgBigCBCEAIAQoAgwhCAJAA0AgAkUNAQJAIAAgAmoiBUEUayAEQRRqEJMCBEAgBCAFQQhrEJ0CNgIcIARBHGoiBSADEO8CIAUQ1QINAQsgAUEBayEBIAJBFGshAgwBCwsgBEEcaiECIwBBIGsiACQAIABBDGohAwJAIAYoAggiByABSwRAIAMgBigCBCABQRRsaiIFKQIANwIAIAMgBSkCCDcCCCADIAUoAhA2AhAgByABQX9zakEUbCIDBEAgBSAFQRRqIAP8CgAACyAGIAdBAWs2AggMAQsgA0GAgICAeDYCAAsCQCAAKAIMQYCAgIB4RwRAIAIgACgCHDYCECACIAApAhQ3AgggAiAAKQIMNwIAIABBIGokAAwBCyABIAYoAghB6JDAABCjAQALIAIQ9wILIAggCCgCAEEBajYCACAEQTBqJAAL6QEBAn8jAEEwayIEJAAgASgCCCEFIAEoAgQhASAEQQhqIAJBMGpB/I7AABDpASAEKAIMIQIgBCgCCEGAAWogASAFEPcBIQEgAiACKAIAQQFrNgIAAkAgAUUEQCAEQQc2AiAgBEEgahDzAiEBIABBgICAgHg2AgAgACABNgIEDAELIARBFGogAxCPASAEKAIUQYCAgIB4RwRAIAAgBCgCHDYCCCAAIAQpAhQ3AgAMAQsgBEEkakGcisAAQRQQhgEgBEEANgIgIARBIGoQ8wIhASAAQYCAgIB4NgIAIAAgATYCBAsgBEEwaiQAC5QCAQV/IwBBIGsiBSQAAn8gAxCHAyIGBEAgBUEIaiABQYyQwAAQlwIgBSgCDCEHIAUoAgghAyAGEJ0CIQggAygCCCIGIAMoAgBGBEAjAEEQayIBJAAgAUEIaiADIAMoAgBBAUEEQRQQYCABKAIIIglBgYCAgHhHBEAgCSABKAIMENQCAAsgAUEQaiQACyADKAIEIAZBFGxqIgEgAigCCDYCCCABIAIpAgA3AgAgASAEOgAQIAEgCDYCDCADIAZBAWo2AgggByAHKAIAQQFqNgIAQQAMAQsgBUEUakGckMAAQRoQhgEgBUEANgIQIAVBEGoQ8wIhASACEJIDQQELIQIgACABNgIEIAAgAjYCACAFQSBqJAAL6AECAn8BfiMAQTBrIgIkACABKAIAQYCAgIB4RgRAIAEoAgwhAyACQQA2AiwgAkKAgICAEDcCJCACQSRqQdScwAAgAygCACIDKAIAIAMoAgQQQxogAiACKAIsIgM2AiAgAiACKQIkIgQ3AxggASADNgIIIAEgBDcCAAsgASgCCCEDIAFBADYCCCABKQIAIQQgAUKAgICAEDcCACACIAM2AhAgAiAENwMIQQxBBBCQAyIBRQRAQQRBDBCgAwALIAEgAigCEDYCCCABIAIpAwg3AgAgAEHUncAANgIEIAAgATYCACACQTBqJAALrAEBA38jAEEQayIGJAACQCAFRQ0AIAIgA2oiAiADSQ0AIAZBBGogASACIAEoAgBBAXQiAyACIANLGyICQQhBBEEBIAVBgQhJGyAFQQFGGyIHIAIgB0sbIgIgBCAFEFggBigCBEEBRgRAIAYoAgwhByAGKAIIIQgMAQsgBigCCCEDIAEgAjYCACABIAM2AgRBgYCAgHghCAsgACAHNgIEIAAgCDYCACAGQRBqJAALuQMCBn8BbyMAQSBrIgIkACACQgA3AhAgAkEENgIMIAJCADcCBCACQQA6ABhBIBDKAiIDQoGAgIAQNwIAIAMgAkEEaiIEKQIANwIIIAMgBCkCCDcCECADIAQpAhA3AhggAgJ/AkACQAJAQbShwAAoAgBBAWsOAgABAgtBuKHAAAwCCxCOAwALAn8jAEEQayIBJABBtKHAACgCACEFQbShwABBAjYCACABQbihwAAoAgAiBjYCDCABIAU2AgggBUUEQEG4ocAAIAYRCQA2AgBBtKHAAEEBNgIAIAFBEGokAEG4ocAADAELIAFBCGoiACgCAEEBRgRAIABBBGoQ1QILQcSawAAQ2gIACwsQnQIiATYCBCABJQEQLSEHEFIiASAHJgEgAiABNgIcIAJBHGoiARCLAyEFIAEQ1QIgBBDVAiACQYAINgIEIAQoAgAlARAqIQcQUiIEIAcmASADIAMoAgBBAWoiATYCACABRQRAAAtBBBDKAiIBIAM2AgAgAUHEmcAAEDohBxBSIgEgByYBIAAgBToADCAAIAE2AgggACAENgIEIAAgAzYCACACQQRqENUCIAJBIGokAAuVAgECfyMAQSBrIgUkAEGkosAAQaSiwAAoAgAiBkEBajYCAAJAAkACQAJAAn9BACAGQQBIDQAaQQFBkKLAAC0AAA0AGkGQosAAQQE6AABBjKLAAEGMosAAKAIAQQFqNgIAQQILQf8BcQ4DAwEAAQtBmKLAACgCACIGQQBIDQJBmKLAACAGQQFqNgIAQZyiwAAoAgBFDQEgBUEIaiAAIAEoAhQRAQAgBSAEOgAdIAUgAzoAHCAFIAI2AhggBSAFKQMINwIQQZyiwAAoAgAgBUEQakGgosAAKAIAKAIUEQEADAELIAUgACABKAIYEQEADAELQZiiwABBmKLAACgCAEEBazYCAEGQosAAQQA6AAAgA0UNAAALAAukAQIDfwF+IwBBIGsiAyQAIANBADYCGCADQgA3AxAgA0IANwMIQRMhAgJAA0AgAkETSw0BIANBCGogAmogASABQgqAIgVCCn59p0EwcjoAACACQQFrIQIgAUIJViAFIQENAAsgAkETayECIANBHGohBANAIAIEQCAAIAIgBGotAAAQkAEgAkEBaiECDAELCyADQSBqJAAPC0F/QRRB4JbAABCkAQALsgMBCX8jAEEgayIEJAACQCABBEAgBCACNgIcIAQgATYCGCAEQRBqIABB/I/AABCXAiAEKAIUIQggBCgCECEGIwBBEGsiByQAIAcgBEEYajYCDEEAIQAjAEEQayIFJAAgBSAHQQxqNgIMAkAgBigCCCIJRQ0AIAYoAgQiCiEDA0AgBUEMaiADEIMDBEAgA0EUaiEDIAkgAEEBaiIARw0BDAILCyADEPcCIApBFGohCyAAIQIDQCAAQQFqIQEgCyAAQRRsaiEDA0AgASAJTwRAIAYgAjYCCAwDCyAFQQxqIAMQgwNFBEAgAUEBaiEBIAMQ9wIgA0EUaiEDDAELCyAKIAJBFGxqIgAgAygCEDYCECAAIAMpAgg3AgggACADKQIANwIAIAJBAWohAiABIQAMAAsACyAFQRBqJAAgB0EQaiQAIAggCCgCAEEBajYCAAwBCyAEQQhqIABB7I/AABCXAiAEKAIIIgAoAgghASAEKAIMIQIgAEEANgIIIAAoAgQhAANAIAEEQCABQQFrIQEgABD3AiAAQRRqIQAMAQsLIAIgAigCAEEBajYCAAsgBEEgaiQAC/sBAgJ/AW8jAEEQayICJAACQCABEIcDIgMEQCADEJ0CIQEgAEGACDYCECAAIAE2AgggAEIANwIADAELAkACQCABEIwDRQRAIAEQiANFDQELIAJBADYCACACIAI2AgwgAkEMakGMicAAEAkhBBBSIgEgBCYBIAIoAgBBAXFFDQEgACABNgIQIAAgAikCBDcCCCAAQoCAgIAQNwIADAILIABBCGpBhIvAAEEaEIYBIABCATcCAAwBCyMAQRBrIgAkACAAQR02AgQgAEGei8AANgIAIAAgAK1CgICAgJAPhDcDCEGTg8AAIABBCGpBvIvAABDPAQALIAJBEGokAAvPAQECfyMAQSBrIgIkAAJAAkACQAJAAkACQAJAIAEoAgBBAmsOBgABAgMFBAULIABBjJbAAEEOEIYBDAULIAJBBGoiA0GalsAAQRgQhgEgAyABNQIEEGMgAiACKAIMNgIYIAIgAikCBDcDECACQRBqQbKWwABBAxDGASAAIAIoAhg2AgggACACKQMQNwIADAQLIABBtZbAAEEPEIYBDAMLIABBxJbAAEEPEIYBDAILIABB05bAAEEJEIYBDAELIAAgAUEEahCaAQsgAkEgaiQAC6YDAQh/IwBBQGoiBSQAIAEoAnwhByABKAJ4IQQgAUIINwN4IAEoAnQhBiABQQA2AnQgBSAGNgI4IAUgBDYCMCAFIAQ2AjQgBSAEIAdBBnRqNgI8IwBBMGsiBCQAIARBADYCECAEQoCAgICAATcCCCAEQQA2AhwgBEKAgICAgAE3AhQgBCADNgIkIAQgAjYCICAEIARBFGo2AiwgBCAEQQhqNgIoIwBBQGoiAiQAIAVBMGoiBygCBCEDIAcoAgwhCCAEQSBqIgYoAgghCSAGKAIMIQogBigCBCELIAYoAgAhBgNAIAMgCEcEQCACIANBwAD8CgAAIAcgA0FAayIDNgIEIAkgCiAGIAIgCygCFBECABsgAhDcAQwBCwsgBxCSASACQUBrJAAgBUEYaiICIAQoAhA2AgggAiAEKQIINwIAIAIgBCkCFDcCDCACIAQoAhw2AhQgBEEwaiQAIAAgBSgCIDYCCCAAIAUpAhg3AgAgBSAFKQIkNwMIIAUgBSgCLDYCECABQfQAahCYAyABIAUoAhA2AnwgASAFKQMINwJ0IAVBQGskAAuBAgEGfyMAQRBrIgMkACACIAEgAmoiBEsEQEEAQQAQ1AIACyADQQRqIQUgACgCACICIQYgACgCBCEIQQEhB0EEIQECQEEIIAQgAkEBdCICIAIgBEkbIgIgAkEITRsiBCICQf////8HSwRAQQAhAgwBCwJAAkACfyAGBEAgCCAGQQEgAhDxAgwBCyACRQRAQQEhAQwCCyACQQEQkAMLIgENACAFQQE2AgQMAQsgBSABNgIEQQAhBwtBCCEBCyABIAVqIAI2AgAgBSAHNgIAIAMoAgRBAUYEQCADKAIIIAMoAgwQ1AIACyADKAIIIQEgACAENgIAIAAgATYCBCADQRBqJAALAwAAC4cBAQN/IANBf3MhBUHwocAAKAIAIAFBAnRqIQEgAAJ/A0BBACABKAIAIgFFDQEaIAEgASgCDGoiBiABIANqIAVxIgQgAmpJDQALIAEQtAECQCABIARGBEAgAUEEayIBIAEoAgBBAnM2AgAMAQsgASAEEHULIAAgBjYCCCAAIAQ2AgRBAQs2AgALAwAAC5ACAQR/IwBBIGsiAiQAIAIgAUHgicAAQQcQ2QE2AhwgAkEQaiACQRxqEI8BAkAgAigCEEGAgICAeEcEQCACIAIoAhg2AgggAiACKQIQNwMADAELIAIgARCPASACQRBqEN8CCwJAIAIoAgBBgICAgHhHBEAgACACKAIINgIIIAAgAikDADcCAAwBCyABEJ0CIQMjAEEQayIBJAAgASADNgIMIwBBEGsiBCQAIARBBGoiAyABQQxqIgUQjwECQCADKAIAQYCAgIB4RwRAIAAgAygCCDYCCCAAIAMpAgA3AgAMAQtB1JvAAEExEJ4DAAsgBEEQaiQAIAUQ1QIgAUEQaiQACyACQRxqENUCIAJBIGokAAuZAQIEfwFvIwBBIGsiASQAIAFBDGoiAiAAEGYgASgCECABKAIUECMhBRBSIgMgBSYBIAEgAzYCCCACEJIDIAFB3IvAAEEEENsCNgIYIAEgACgCAEECdCIAKAKwmEAgACgCkJhAENsCNgIcIAIgAUEIaiABQRhqIgAgAUEcaiIEEIcBIAIQ2AIgBBDVAiAAENUCIAFBIGokACADC4QBAQJ/IwBBEGsiBCQAIAQgAzYCCCAEIAI2AgQgASgCCEEEdCEDIAEoAgQhAUEAIQIDQAJAIAMEQCAEIAE2AgwgBEEMaiAEQQRqEP8BRQ0BQQEhBQsgACACNgIEIAAgBTYCACAEQRBqJAAPCyADQRBrIQMgAkEBaiECIAFBEGohAQwACwALhAEBAn8jAEEQayIEJAAgBCADNgIIIAQgAjYCBCABKAIIQRxsIQMgASgCBCEBQQAhAgNAAkAgAwRAIAQgATYCDCAEQQxqIARBBGoQ/wFFDQFBASEFCyAAIAI2AgQgACAFNgIAIARBEGokAA8LIANBHGshAyACQQFqIQIgAUEcaiEBDAALAAuGAQEDfyMAQRBrIgMkACADIAFBCGo2AgggASgCACECIAEoAgQhBAJ/AkADQCACIARGDQEgAyACNgIMIAEgAkEUaiICNgIAIANBCGogA0EMahDyAkUNAAsgAkEURg0AIAJBCGsQnQIhAkEBDAELQQALIQEgACACNgIEIAAgATYCACADQRBqJAALjQEBAn8CQCABBEAgASgCACICQf////8HTwRAIABBzwA2AgggAEHagMAANgIEIABBADYCAA8LIAEgAkEBajYCACABQQhrIgIgAigCAEEBaiIDNgIAIANFDQEgACACNgIIIAAgATYCBCAAIAFBBGo2AgAPCyAAQRs2AgggAEG/gMAANgIEIABBADYCAA8LAAuKAQECfyMAQRBrIgMkACADIAI2AgwgAyABNgIIIAMgAEHIkMAAEOoBIAMoAgQhBAJAIAMoAgAiASgCCCIARQRAQQAhAQwBCyABKAIEIQJBACEBA0AgAiADQQhqEJMCIAFqIQEgAkEUaiECIABBAWsiAA0ACwsgBCAEKAIAQQFrNgIAIANBEGokACABC8QBAQJ/IwBBEGsiASQAIAAtABQhAiAAQQA6ABQCQCACQQFHDQAgAEEAEK8CIABBABCyAiAAQQAQsAIgAEEAELECIAAoAgAlARARQf//A3FBAk8NACMAQRBrIgIkACAAKAIAJQFB6AdB147AAEEFEBYgAkEIahCrAiACKAIMIQAgASACKAIIQQFxNgIAIAEgADYCBCACQRBqJAAgASABKAIENgIMIAEgASgCACIANgIIIABFDQAgAUEMahDVAgsgAUEQaiQAC7sDAgl/AW8jAEEQayIFJAAgBSAAKAIAIghBCGpBxJvAABCXAiAFKAIEIQkgBSgCACICKAIMIgQgAigCACIDRgRAIAIoAgAhBCMAQRBrIgMkACADQQhqIAIgAigCAEEBQQRBBBBgIAMoAggiBkGBgICAeEcEQCAGIAMoAgwQ1AIACyADQRBqJAACQCACKAIIIgYgBCACKAIMIgdrTQ0AIAQgBmsiAyAHIANrIgdLIAIoAgAiCiAEayAHT3FFBEAgCiADayEEIANBAnQiAwRAIAIoAgQiByAEQQJ0aiAHIAZBAnRqIAP8CgAACyACIAQ2AggMAQsgB0ECdCIDRQ0AIAIoAgQiBiAEQQJ0aiAGIAP8CgAACyACKAIAIQMgAigCDCEECyACIARBAWo2AgwgAigCBCACKAIIIARqIgIgA0EAIAIgA08ba0ECdGogATYCACAJIAkoAgBBAWo2AgAgCC0AHCEBIAhBAToAHAJAIAENACAALQAMRQRAIABBBGooAgAlASAAQQhqKAIAJQEQHCELEFIiACALJgEgBSAANgIMIAVBDGoQ1QIMAQsgACgCCCUBECwLIAVBEGokAAuKAQEEfyABIABrIgMQ+QEhAgJAQfChwAAoAgBBPyACIAJBP08bIgRBAnRqIgIoAgAiBUUEQCACIAA2AgBB6KHAAEHoocAAKQMAQgEgBK2GhDcDAAwBCyACIAA2AgAgBSAANgIECyAAIAM2AgwgACAENgIIIAAgAjYCBCAAIAU2AgAgAUEEayADNgIACwMAAAuRAQICfwF+IwBBIGsiAiQAIAEoAgBBgICAgHhGBEAgASgCDCEDIAJBADYCHCACQoCAgIAQNwIUIAJBFGpB1JzAACADKAIAIgMoAgAgAygCBBBDGiACIAIoAhwiAzYCECACIAIpAhQiBDcDCCABIAM2AgggASAENwIACyAAQdSdwAA2AgQgACABNgIAIAJBIGokAAthAQN/IAAgAUETakFwcWoiAUEEaygCACEDAkAgAEEEayIEKAIAIgJBAXFFBEAgACACayIAELQBDAELIAQgAkECcjYCAAsgACADQQJxBH8gASgCDCABELQBIAFqBSABCxB1C64CAQd/IwBBIGsiAyQAIAMgAjYCECADIAE2AgwgAyAAQfiQwAAQ6gEgAyADKAIAIgAoAgQiATYCFCADIAEgACgCCEEUbGo2AhggAyADQQxqNgIcIAMoAgQhBCMAQRBrIgIkACACEPACIgY2AgwgAkEMaiEHIwBBIGsiACQAIAAgA0EUaiIBKAIINgIQIAAgASkCADcDCCAAQRBqIQgDQCAAIAg2AhggACgCCCEBIAAoAgwhCQJAA0AgASAJRg0BIAAgATYCHCABQRRqIQEgAEEYaiAAQRxqIgUQ8gJFDQALIAAgATYCCCABQRRGDQAgACABQQhrEJ0CNgIcIAcgBRD7AiAFENUCDAELCyAAQSBqJAAgAkEQaiQAIAQgBCgCAEEBazYCACADQSBqJAAgBgsDAAALAwAACwMAAAsDAAALawEBfyMAQRBrIgQkACAEQQA2AgggBCADNgIMIAEEQCAEIAEgAyACKAIQEQMAIAQoAgQhASAAIAQoAgAiAjYCBCAAIAFBACACQQFxGzYCACAEQRBqJAAPCyAEQQhqEOECQdiZwABBMhCeAwALawECfyMAQRBrIgEkACAALQAcQQFxRQRAIAEgACgCCDYCCCABIAApAgA3AwAgAUGACDYCDCABIABBDGoiAiABQQxqIgMQSiADENUCIAIQngIgAEEBOgAcIAFBEGokAEEADwtBzIvAABCPAwALZAEBfyMAQRBrIgMkACADQQhqIAAgASACEG5BACECAkAgAygCCEEBRgRAIAMoAgwiASAAKAIIIgJPDQEgACgCBCABQQR0akEMaiECCyADQRBqJAAgAg8LIAEgAkGQl8AAEKQBAAuDAQEBfwJAIABBhAhPBEAgANBvJgFB0KHAACgCAA0BQdChwABBfzYCACAAQeShwAAoAgAiAUkNASAAIAFrIgBB3KHAACgCAE8NAUHYocAAKAIAIABBAnRqQeChwAAoAgA2AgBB4KHAACAANgIAQdChwABB0KHAACgCAEEBajYCAAsPCwALaAEFfyMAQRBrIgIkACACIABBCGo2AgwgACgCACEBIAAoAgQhBANAAkAgASAERgRAQQAhAwwBCyAAIAFBBGoiBTYCACACQQxqKAIAKAIAIAEQVyEDIAUhASADRQ0BCwsgAkEQaiQAIAMLZAEBfyMAQRBrIgMkACABBEAgA0EIaiABIAIoAhARAQAgAygCDCEBIAAgAygCCCICNgIIIAAgAUEAIAJBAXEiAhs2AgQgAEEAIAEgAhs2AgAgA0EQaiQADwtB2JnAAEEyEJ4DAAtxAgF/AW8jAEEQayIFJAAgASgCACUBIAIoAgAlASADKAIAJQEgBCgCACUBEAchBhBSIgEgBiYBIAVBCGoQqwJBASEEIAACfyAFKAIIQQFGBEAgBSgCDAwBC0EAIQQgAQs2AgQgACAENgIAIAVBEGokAAtvAQF/IwBBEGsiAyQAAkAgAQRAIANBBGogASACEP0BIAMoAgRBgICAgHhGBEAgACADKQIINwIEIABBgYCAgHg2AgAMAgsgACADKAIMNgIIIAAgAykCBDcCAAwBCyAAQYCAgIB4NgIACyADQRBqJAALYAEDfyMAQRBrIgMkACADQQhqIAJBAUEBEJ8BIAMoAgghBSADKAIMIQQgAEEANgIIIAAgBDYCBCAAIAU2AgAgAgRAIAIEQCAEIAEgAvwKAAALIAAgAjYCCAsgA0EQaiQAC2gBAX8jAEEQayIEJAAgASgCACUBIAIoAgAlASADKAIAJQEQKyEBIARBCGoQqwJBASEDAkAgBCgCCEEBRgRAIAAgBCgCDDYCBAwBC0EAIQMgACABQQBHOgABCyAAIAM6AAAgBEEQaiQAC28BAX8CQAJAAkACQAJAAkAgACgCACIALQAUQQFrDgMBAgEACyAAQQhqKAIAQf////8HTw0DIAAoAgwNAgsPCyAAQQM6ABQPCyAAIAAoAgBBAWoiATYCACABRQ0BIABBAToAFAALQfSawAAQgwILAAtqAgF/AW8jAEEQayIEJAAgASgCACUBIAIoAgAlASADKAIAJQEQBiEFEFIiASAFJgEgBEEIahCrAkEBIQMgAAJ/IAQoAghBAUYEQCAEKAIMDAELQQAhAyABCzYCBCAAIAM2AgAgBEEQaiQACwMAAAsDAAAL6AECBX8BfiMAQRBrIgMkACAAKAIAIgAgACgCAEEBaiIBNgIAIAEEQCADQQA6AAwgAyAANgIIIwBBMGsiACQAIABCADcCGCAAQQE6ACwgAEEYahCYAiIBIAEoAgBBAWoiAjYCACACRQRAAAsgAEEQaiABEOICIAApAxAhBkEEQQgQzAIiBSADQQhqKQIANwIAIABBCGogAUEIahCWAiAAKAIMIQQgACgCCCICELMBIAIgBjcCCCACQcCJwAA2AgQgAiAFNgIAIAQgBCgCAEEBajYCACABEJwDIABBMGokACADQRBqJAAPCwALwgICAX8BfiMAQSBrIgMkACADIAI2AgQgAyABNgIAIAMgADYCGCADIANBH2oiADYCFCADIAA2AhAgAyADQQRqNgIMIAMgAzYCCCMAQdAAayIAJAAgAEEYaiADQQhqIgEoAhAQcSAAQSRqIAEoAgAoAgAgASgCBCgCABD9AQJAIAAoAhgEQCAAKAIkQYCAgIB4Rw0BCyAAQRBqIABBJGoQ3gEgACgCECECIAAoAhQhAyAAQQhqIABBGGoQ8AEgACgCCCIBIAIgARsiAkEBIAIbIAAoAgwgAyABG0EAIAIbEJ4DAAsgACAAKAIgNgI4IAAgACkCGCIENwMwIAAgACkCJDcDQCAAIAAoAiw2AkggBKcoAgBBHGogAEFAayIBKAIEIAEoAggQciABEJIDIABBMGoQxwIgAEHQAGokACADQSBqJAALwgICAX8BfiMAQSBrIgMkACADIAI2AgQgAyABNgIAIAMgADYCGCADIANBH2oiADYCFCADIAA2AhAgAyADQQRqNgIMIAMgAzYCCCMAQdAAayIAJAAgAEEYaiADQQhqIgEoAhAQcSAAQSRqIAEoAgAoAgAgASgCBCgCABD9AQJAIAAoAhgEQCAAKAIkQYCAgIB4Rw0BCyAAQRBqIABBJGoQ3gEgACgCECECIAAoAhQhAyAAQQhqIABBGGoQ7wEgACgCCCIBIAIgARsiAkEBIAIbIAAoAgwgAyABG0EAIAIbEJ4DAAsgACAAKAIgNgI4IAAgACkCGCIENwMwIAAgACkCJDcDQCAAIAAoAiw2AkggBKcoAgBBKGogAEFAayIBKAIEIAEoAggQciABEJIDIABBMGoQxgIgAEHQAGokACADQSBqJAALZwECfyMAQRBrIgIkACACQQhqIAEoAgAlARA1AkAgAigCCCIBRQRAQYCAgIB4IQEMAQsgAiABIAIoAgwQyAEgAigCACEDIAAgAigCBCIBNgIIIAAgAzYCBAsgACABNgIAIAJBEGokAAvyAQEGfyAAKAIIIQYgAAJ/QQEgAUGAAUkNABpBAiABQYAQSQ0AGkEDQQQgAUGAgARJGwsiBxCzAiAAKAIEIAAoAghqIQICQCABQYABTwRAIAFBP3FBgH9yIQQgAUEGdiEDIAFBgBBJBEAgAiAEOgABIAIgA0HAAXI6AAAMAgsgAUEMdiEFIANBP3FBgH9yIQMgAUH//wNNBEAgAiAEOgACIAIgAzoAASACIAVB4AFyOgAADAILIAIgBDoAAyACIAM6AAIgAiAFQT9xQYB/cjoAASACIAFBEnZBcHI6AAAMAQsgAiABOgAACyAAIAYgB2o2AggLXAEBfyMAQRBrIgQkACAEQQA2AgAgBCACNgIEIAQgAzYCDCAEQQA2AgggAARAIAAgAiADIAEoAhARAwAgBEEQaiQADwsgBEEIahDhAiAEEOECQdiZwABBMhCeAwALfgECfyMAQRBrIgIkACACIAA2AgwgACgCDCAAKAIEIgFrQQZ2IQADQCAABEAgAEEBayEAIAEQ4AIgAUFAayEBDAELCyMAQRBrIgAkACAAIAJBDGooAgAiASgCADYCDCAAIAEoAgg2AgggAEEIahCWAyAAQRBqJAAgAkEQaiQAC7UBAQZ/IwBBEGsiBSQAIwBBEGsiBiQAIAYQ8AIiBzYCDCAGQQxqIQggAyAEQQJ0aiEJIwBBEGsiBCQAA0AgAyAJRwRAIAQgAygCABCdAjYCDCAIIARBDGoiChD7AiADQQRqIQMgChDVAgwBCwsgBEEQaiQAIAZBEGokACAFIAc2AgQgBUEIaiAAIAEgAiAFQQRqEEsgBS0ACEEBRgRAIAUoAgwQ1AELIAVBBGoQ1QIgBUEQaiQAC1IBAn8jAEEQayICJAACQCAABEAgAEEIayIAKAIAIQMgAiAANgIMIAJBDGoQuQIgAUUgA0EBR3ENASACQRBqJAAPCxCdAwALQYCAwABBPxCeAwALUgECfyMAQRBrIgIkAAJAIAAEQCAAQQhrIgAoAgAhAyACIAA2AgwgAkEMahC3AiABRSADQQFHcQ0BIAJBEGokAA8LEJ0DAAtBgIDAAEE/EJ4DAAtSAQJ/IwBBEGsiAiQAAkAgAARAIABBCGsiACgCACEDIAIgADYCDCACQQxqELoCIAFFIANBAUdxDQEgAkEQaiQADwsQnQMAC0GAgMAAQT8QngMAC1IBAn8jAEEQayICJAACQCAABEAgAEEIayIAKAIAIQMgAiAANgIMIAJBDGoQuAIgAUUgA0EBR3ENASACQRBqJAAPCxCdAwALQYCAwABBPxCeAwALXAICfwFvIwBBEGsiAiQAIAEoAgAlARAeIQQQUiIDIAQmASACQQhqEKsCQQEhASAAAn8gAigCCEEBRgRAIAIoAgwMAQtBACEBIAMLNgIEIAAgATYCACACQRBqJAALVAEBfwJAAkAgACgCACAAKAIIIgNrIAJJBEAgACADIAIQaCAAKAIIIQMMAQsgAkUNAQsgAkUNACAAKAIEIANqIAEgAvwKAAALIAAgAiADajYCCEEAC1sBAn8CQAJAIAEoAggiAkUEQEEBIQEMAQsgASgCBCEDIAJBARCQAyIBRQ0BIAJFDQAgASADIAL8CgAACyAAIAI2AgggACABNgIEIAAgAjYCAA8LQQEgAhDUAgALUgECfwJAIAAoAgAiAUF/Rg0AIAEgASgCBEEBayICNgIEIAINAEEEIAAoAgQiAigCCCIAIABBBE0bIQAgASAAIAIoAgRqQQdqQQAgAGtxENwCCwtXACMAQSBrIgEkACAALQAYQQFxRQRAIAEgACkDEDcDGCABIAApAwg3AxAgASAAKQMANwMIIAFBCGoQ4QEgAEEBOgAYIAFBIGokAEEADwtBrI/AABCPAwALXgEBfyMAQTBrIgMkACADQYCAgIB4NgIEIAMgASgCCDYCECADIAEpAgA3AgggAyACKQIANwIUIAMgAikCCDcCHCADIAIpAhA3AiQgAEE4aiADQQRqEOUBIANBMGokAAtWAQF/IwBBEGsiAiQAIAIgADYCDCACIABBOGpB0JfAABCUAiACKAIEIQAgAigCACABEOwBIAAgACgCAEEBajYCACACQQxqIgAQQCAAELsCIAJBEGokAAvhAQIEfwF+IwBBEGsiBSQAIwBBEGsiBiQAIAVBBGoiBAJ/AkACQAJAIAOtIAGtfiIIQiCIpw0AIAinIgNBgICAgHggAmtLDQAgAw0BIAQgAjYCCCAEQQA2AgRBAAwDCyAEQQA2AgQMAQsgBkEIaiACIAMQ7gEgBigCCCIHBEAgBCAHNgIIIAQgATYCBEEADAILIAQgAzYCCCAEIAI2AgQLQQELNgIAIAZBEGokACAFKAIIIQEgBSgCBEEBRgRAIAEgBSgCDBDUAgALIAAgBSgCDDYCBCAAIAE2AgAgBUEQaiQAC4cBAQN/IwBBEGsiASQAIAEgADYCDCABIABBOGpB4JfAABCUAiABKAIEIQIgASgCACEDIwBBMGsiACQAIAMtAJwBQQFGBEAgAEGFgICAeDYCBCADQThqIABBBGoQ5QELIABBMGokACACIAIoAgBBAWo2AgAgAUEMaiIAEEAgABC7AiABQRBqJAAL8wIBBn8jAEEQayICJAAgAiAANgIMIAIgAEE4akHwl8AAEJQCIAIoAgQhBiACKAIAIQQjAEFAaiIBJAAgBC0AnAFFBEAgAUEQaiIDQeeJwABBBxD4ASABQTBqIgUgA0HdiMAAQQRBwJTAAEEHEK4CIAMgBUHhiMAAQQJBpZPAAEEGEK4CIAUgA0HniMAAQQJBx5TAAEEBEK4CIAVB6YjAAEEEEIwCIAEgASgCODYCCCABIAEpAjA3AwAgAUHIlMAAQQcQxgEgASABKAIINgIYIAEgASkDADcDECADIAQoAmAgBCgCZBDGASABIAEoAhg2AjggASABKQMQNwMwIAVBz5TAAEEBEMYBIAEgASgCODYCICABIAEpAzA3AhggAUEBNgIsIAFBz5TAADYCKCABQYCAgIB4NgIkIAFBADYCECAEQShqIAMQqAELIAFBQGskACAGIAYoAgBBAWo2AgAgAEEIahBEIAJBDGoQuwIgAkEQaiQAC1QBAX8jAEEgayICJAAgAiABNgIMIAIgADYCCCACIAJBDGqtQoCAgIDgDoQ3AxggAiACQQhqrUKAgICA4A6ENwMQQaaIwAAgAkEQakGInsAAEM8BAAsUACAAIAEgAkH3h8AAQQhBDBCwAwsUACAAIAEgAkHegsAAQQxBCBCwAwtrAQV/IwBBEGsiASQAIAFBCGogACgCACIEQThqQfSMwAAQlAIgASgCDCEDIAEoAggjAEEQayICJAAgAkECNgIAIAIQRyACQRBqJAAgAyADKAIAQQFqNgIAIARBCGoQRCAAEIwBIAFBEGokAAtJAQN/AkAgASgCACICQX9GDQAgAigCACIERQ0AIAIgBEEBaiIDNgIAIANFBEAACyABKAIEIQEgAiEDCyAAIAE2AgQgACADNgIAC4kCAgR/AX4jAEEgayICJAAgAkEAOgAcIAIgACgCCDYCCCACIAApAgA3AwAgAiABKQIANwIMIAIgASkCCDcCFCMAQTBrIgAkACAAQgA3AhggAEEBOgAsIABBGGoQmAIiASABKAIAQQFqIgM2AgAgA0UEQAALIABBEGogARDiAiAAKQMQIQZBBEEgEMwCIgMgAikCGDcCGCADIAIpAhA3AhAgAyACKQIINwIIIAMgAikCADcCACAAQQhqIAFBCGoQlgIgACgCDCEFIAAoAggiBBCzASAEIAY3AgggBEGwicAANgIEIAQgAzYCACAFIAUoAgBBAWo2AgAgARCcAyAAQTBqJAAgAkEgaiQAC5EBAQN/IAAoAggiAyAAKAIARgRAIwBBEGsiAiQAIAJBCGogACAAKAIAQQFBBEEgEGAgAigCCCIEQYGAgIB4RwRAIAQgAigCDBDUAgALIAJBEGokAAsgACgCBCADQQV0aiICIAEpAhg3AhggAiABKQIQNwIQIAIgASkCCDcCCCACIAEpAgA3AgAgACADQQFqNgIICwMAAAsDAAALAwAAC18CAX8BbyMAQRBrIgIkACACIAE2AgwgAiAAEKYBIAIoAgAiAARAIAIoAgQhASAAIAJBDGooAgAlARAZIQMQUiIAIAMmASAAIAEoAhARAQALIAJBDGoQ1QIgAkEQaiQAC0MBA38CQCACRQ0AA0AgAC0AACIDIAEtAAAiBEYEQCAAQQFqIQAgAUEBaiEBIAJBAWsiAg0BDAILCyADIARrIQULIAULRwEBfyMAQRBrIgMkACADQQA2AgggAyACNgIMIAAEQCAAIAIgASgCEBECACADQRBqJAAPCyADQQhqEOECQdiZwABBMhCeAwALAwAACwMAAAsDAAALRwEBfyMAQRBrIgMkACADQQA2AgggAyACNgIMIAAEQCAAIAIgASgCEBEBACADQRBqJAAPCyADQQxqENUCQayCwABBMhCeAwALSwEDfyAAKAIAIgIEQCAAKAIEIgMoAgAiAQRAIAIgAREAAAsgAygCBCIBBEAgAygCCBogAiABENwCCyAAKAIMIAAoAggoAgwRAAALC1IBAn8gACgCBCICIAAoAgAiATYCACABBEAgASACNgIEC0HwocAAKAIAIAAoAggiAEECdGooAgBFBEBB6KHAAEHoocAAKQMAQgEgAK2GhTcDAAsLSQECfyMAQRBrIgMkACADQQRqIgRBnJPAAEEJEIYBIAQgASACEEYgBEH9ABCQASAAIAMoAgw2AgggACADKQIENwIAIANBEGokAAtGAQJ/IwBBEGsiAiQAIAJBCGogACABEJcCIAIoAggiASgCACACKAIMIQAgAUGACDYCACAAIAAoAgBBAWo2AgAgAkEQaiQAC0MBAX8jAEEQayIDJAAgAyACNgIMIAMgATYCCCABQQFGBEAgA0EMahDVAgsgACACNgIEIAAgAUEBczYCACADQRBqJAALSQECfyMAQRBrIgMkACADQQRqIgRBpJLAAEEZEIYBIAQgASACEMYBIAAgAygCDDYCECAAIAMpAgQ3AgggAEICNwIAIANBEGokAAtEAQJ/IwBBEGsiASQAIAFBCGogAEEwakGcjsAAEOkBIAEoAggtAJwBIAEoAgwiAiACKAIAQQFrNgIAIAFBEGokAEEBRgtGAQJ/IwBBEGsiASQAIAAtABQhAiAAQQE6ABQgASAAQQhrIgA2AgwCQCACRQRAIAAQ/AIMAQsgAUEMahC/AgsgAUEQaiQAC0ABAX8jAEEQayIBJAAgAUEEaiAAQQRBBBDAAQJAIAEoAghFDQAgASgCDCIARQ0AIAEoAgQgABB4CyABQRBqJAALRAEBfyMAQRBrIgEkACABQQhqIAAgACgCAEEBQQRBEBBgIAEoAggiAEGBgICAeEcEQCAAIAEoAgwQ1AIACyABQRBqJAALDgAgAEHgi8AAQSQQtQMLDwAgAEHkjMAAQYACELUDCzoBAX8CQCABaUEBRw0AIAFBACAAQYCAgIB4IAFrTRsiAkUNACAABEAgACACEJADIgFFDQELIAEPCwALQAEDf0EEIQQCQCADRQ0AIAEoAgAiBUUNACAAIAI2AgQgACABKAIENgIAIAMgBWwhBkEIIQQLIAAgBGogBjYCAAtNAgF/AW8gASgCBCICIAEoAghPBH9BAAUgASACQQFqNgIEIAEoAgAoAgAlASACEAEhAxBSIgEgAyYBQQELIQIgACABNgIEIAAgAjYCAAtBAQF/IwBBEGsiAiQAIAIgATYCDCACIAAQpgEgAigCACIABEAgACACKAIEKAIMEQAACyACQQxqENUCIAJBEGokAAtBAQF/IwBBEGsiAiQAIAIgATYCDCACIAAQpgEgAigCACIABEAgACACKAIEKAIUEQAACyACQQxqENUCIAJBEGokAAs7AQF/IwBBEGsiAiQAIAIgASgCACUBEDQgACACKAIABH4gACACKwMIOQMIQgEFQgALNwMAIAJBEGokAAtBAQF/IwBBEGsiBSQAIAVBCGogACABIAIgAyAEEGAgBSgCCCIAQYGAgIB4RwRAIAAgBSgCDBDUAgALIAVBEGokAAs8AQF/IAAgAhCzAiAAKAIIIQMgACACBH8gAgRAIAAoAgQgA2ogASAC/AoAAAsgACgCCAUgAwsgAmo2AggLQgEBfyMAQSBrIgUkACAFIAQ2AgwgBSADNgIIIAUgAikCADcCECAFIAIpAgg3AhggACABIAVBCGoQnQEgBUEgaiQAC5EDAQt/IwBBIGsiBCQAIAQgAjYCHCAEIAE2AhggBCACNgIUQQAhASMAQRBrIgckAAJAAkAgBEEIaiINIARBFGoiAygCCCICIAMoAgBJBH8jAEEQayIIJAAgAygCACACSQRAQaCcwABByQBBxJzAABDPAQALIwBBEGsiBSQAIAVBDGohCSAHQQhqIQogCEEIaiELIAMoAgAiBgRAIAVBATYCDCAGIQEgAygCBCEGIAVBCGohCQsgCSABNgIAAkAgBSgCDCIBBEAgBSgCCCEMAkAgAkUEQCAGIAwQ3AIgA0EBNgIEDAELIAYgDCABIAIiCRDxAiIGRQ0CIAMgBjYCBAsgAyACNgIAC0GBgICAeCEBCyALIAk2AgQgCyABNgIAIAVBEGokACAIKAIMIQEgCiAIKAIINgIAIAogATYCBCAIQRBqJAAgBygCCCIBQYGAgIB4Rw0BIAMoAggFIAILNgIEIA0gAygCBDYCACAHQRBqJAAMAQsgASAHKAIMENQCAAsgACAEKQMINwMAIARBIGokAAtGAQJ/IAEoAgQhAiABKAIAIQNBCEEEEJADIgFFBEBBBEEIEKADAAsgASACNgIEIAEgAzYCACAAQcSdwAA2AgQgACABNgIACz0BAn8gACgCCCEBIABBADYCCCAAKAIEIQIDQCABBEAgAUEBayEBIAIQ3QIgAkEgaiECDAELCyAAQQA2AgwLNwACQCADaUEBRw0AIANBACABQYCAgIB4IANrTRsiA0UNACAAIAEgAyACEPECIgBFDQAgAA8LAAs3AQF/IwBBEGsiAyQAIANBBGogACABIAIQwAEgAygCCARAIAMoAgQgAygCDBDcAgsgA0EQaiQACz4BAn8CQCAAKAIAIgJFDQAgACgCBCIAKAIAIgEEQCACIAERAAALIAAoAgQiAUUNACAAKAIIGiACIAEQ3AILCzsBAX8gAC0AFCEBIABBAToAFAJAIAFFBEAgAEEIayIAIAAoAgBBAWoiATYCACABRQ0BIAAQ/AILDwsAC94BAgF/AX4jAEEgayIDJAAgAyABNgIQIAMgADYCDCADQQE7ARwgAyACNgIYIAMgA0EMajYCFCMAQRBrIgEkACADQRRqIgApAgAhBCABIAA2AgwgASAENwIEIwBBEGsiACQAIAFBBGoiASgCACICKAIEIgNBAXEEQCACKAIAIQIgACADQQF2NgIEIAAgAjYCACAAQeycwAAgASgCBCABKAIIIgAtAAggAC0ACRBiAAsgAEGAgICAeDYCACAAIAE2AgwgAEGIncAAIAEoAgQgASgCCCIALQAIIAAtAAkQYgALNAECfwJAIAAoAgAiAEF/Rg0AIAAoAgAiAUUNACAAIAFBAWoiATYCACAAIQIgAQ0AAAsgAgs9AQF/IwBBEGsiAiQAIAIgASkCCDcDCCACIAEpAgA3AwAgAhDzAiEBIABBAToAACAAIAE2AgQgAkEQaiQACzsBAX8gABBzIAAQ1QIgAEEEahCZAyAAQQhqIgEQpwMgARDVAiAAQQxqIgEQpwMgARDVAiAAQRBqEJkDCzcBAn8jAEEQayICJABBgAghAyACQYAINgIMIABBAUYEQCACQQxqENUCIAEhAwsgAkEQaiQAIAMLSQICfwFvIwBBEGsiASQAIAEgADYCCCABQQhqIgAoAgAlARApIQMQUiICIAMmASABIAI2AgwgAUEMahDVAiAAENUCIAFBEGokAAs5AQF/IwBBEGsiASQAIABBFGpBACABEGQgASAAQSRqQYCMwAAQtgE2AgwgAUEMahDVAiABQRBqJAAL5AECA38BfkEBIQMCQAJAAkBBASABKAIAIgEoAgAiAkECayACQQFNG0EBaw4CAgABCxCOAwALIwBBEGsiAiQAIAEpAgAhBSABQQQ2AgAgAiAFNwMIAkAgBadBAkYEQCACIAVCIIinEQAAIAIoAgAhBCABIAIoAgQ2AgQgASAENgIAIARBAU0NAUG0msAAENoCAAsgAkEIaiIAKAIAQQFNBEAgABDXAgtBxJrAABDaAgALIAJBEGokAAsCQCABKAIAQQFHBEBBACEDDAELIAFBBGoQnQIhAQsgACABNgIEIAAgAzYCAAs3AQF/IwBBEGsiAyQAIAMgASgCADYCDCADIANBDGoiASACEE0gARDAAiAAQQA2AgAgA0EQaiQACzkCAX8BfiMAQRBrIgIkACACQQhqIAFBAUEBEJ8BIAIpAwghAyAAQQA2AgggACADNwIAIAJBEGokAAsxAQF/IwBBEGsiAyQAIAMgASACENsCNgIMIAAgA0EMaiIAEK0CIAAQ1QIgA0EQaiQACz8AIAAoAgBBgICAgHhHBEAgASAAKAIEIAAoAggQ5wIPCyABKAIAIAEoAgQgACgCDCgCACIAKAIAIAAoAgQQQws4AAJAIAJBgIDEAEYNACAAIAIgASgCEBECAEUNAEEBDwsgA0UEQEEADwsgACADQQAgASgCDBEFAAtzAQN/IAAoAggiAyAAKAIARgRAIwBBEGsiAiQAIAJBCGogACAAKAIAQQFBCEHAABBgIAIoAggiBEGBgICAeEcEQCAEIAIoAgwQ1AIACyACQRBqJAALIAAoAgQgA0EGdGogAUHAAPwKAAAgACADQQFqNgIICzsBAX8CfyABKAIAQYGAgIB4RgRAIAEoAgghAiABKAIEDAELIAEQ3wJBAAshASAAIAI2AgQgACABNgIACzsBAX8CfyABKAIAQYCAgIB4RgRAIAEoAgghAiABKAIEDAELIAEQkgNBAAshASAAIAI2AgQgACABNgIACzkBAX8jAEEQayICJAAgAiABKQIINwMIIAIgASkCADcDACAAIAIQ8wI2AgQgAEEBNgIAIAJBEGokAAs0ACAAKAIAIgAoAgAEQCAAQQRqENUCIABBCGoQ1QILIAAgAjYCCCAAIAE2AgQgAEEBNgIAC38CA38BbwJAIAAoAghBAkYNACMAQRBrIgIkACAAQQhqIgMoAgAgA0EANgIAQQFGBEAgAygCBCIBJQEgARCBARAbIQQQUiIBIAQmASACIAE2AgwgAkEMahDVAgsgAkEQaiQAIAMQ1wIgACgCEEUNACAAQRRqIgAQpwMgABDVAgsLOAECfwJAIAEoAgAiAkF/Rg0AIAIgAigCBEEBaiIDNgIEIAMNAAALIAAgAjYCACAAIAEoAgQ2AgQLNAEBfyMAQRBrIgMkACADIAEoAgAgAhCtAjYCDCAAIANBDGoiABCPASAAENUCIANBEGokAAs2AQF/IwBBEGsiAiQAIAIgAUHniMAAQQIQ2QE2AgwgACACQQxqIgAQjwEgABDVAiACQRBqJAALcQEDfyAAKAIIIgMgACgCAEYEQCMAQRBrIgIkACACQQhqIAAgACgCAEEBQQRBLBBgIAIoAggiBEGBgICAeEcEQCAEIAIoAgwQ1AIACyACQRBqJAALIAAoAgQgA0EsbGogAUEs/AoAACAAIANBAWo2AggLNgECfyAAKAIEIgIoAgAiAQRAIAAoAgAgAREAAAsgAigCBCIBBEAgAigCCBogACgCACABEHgLC4MIAgl/AX4jAEEQayIJJAAQUiIIIAMmARBSIgogBCYBEFIiCyAFJgEQUiIMIAYmASMAQYABayIHJAAgByACNgIMIAcgATYCCCAHIAg2AhAgByAKNgIUIAcgCzYCGCAHIAw2AhwgByAANgJ4IAcgB0H/AGoiADYCdCAHIAA2AnAgByAANgJsIAcgB0EcajYCaCAHIAA2AmQgByAANgJgIAcgADYCXCAHIAdBGGo2AlggByAANgJUIAcgADYCUCAHIAA2AkwgByAHQRRqNgJIIAcgADYCRCAHIAA2AkAgByAANgI8IAcgB0EQajYCOCAHIAA2AjQgByAANgIwIAcgB0EMajYCLCAHIAdBCGo2AiggB0EgaiENIwBBkAFrIgAkACAAQThqIAdBKGoiASgCUBBxIABBxABqIAEoAgAoAgAgASgCBCgCABD9ASAAQQA2AlAgAEEANgJYIABBADYCYCAAQQA2AmggACABKAIQKAIAIgg2AlQgACABKAIgKAIAIgs2AlwgACABKAIwKAIAIgw2AmQgACABKAJAKAIAIg42AmwCQCAAKAI4BEAgACgCREGAgICAeEcNAQsgAEEwaiAAQegAahD+ASAAKAIwIQogACgCNCELIABBKGogAEHgAGoQ/gEgACgCKCEIIAAoAiwhDCAAQSBqIABB2ABqEP4BIAAoAiAhCSAAKAIkIQ0gAEEYaiAAQdAAahD+ASAAKAIYIQcgACgCHCEOIABBEGogAEHEAGoQ3gEgACgCECECIAAoAhQhDyAAQQhqIABBOGoQ8AEgACgCCCIBIAIgARsiAiAHIAIbIgcgCSAHGyIJIAggCRsiCCAKIAgbIgpBASAKGyAAKAIMIA8gARsgDiACGyANIAcbIAwgCRsgCyAIG0EAIAobEJ4DAAsgACAAKAJANgJ4IAAgACkCOCIQNwNwIAAgACkCRDcDgAEgACAAKAJMNgKIASAQpyEPIABBgAFqIQojAEEgayIBJABBBEEQEMwCIgIgDjYCDCACIAw2AgggAiALNgIEIAIgCDYCAEEAIQgDQAJAIAIgCGohCwJAAkAgCEFwRg0AIAtBDGoiDEUNACAMEIwDDQELIAFBBDYCGCABIAI2AhAgASACNgIUIAEgC0EQajYCHCABIAFBEGoQmQI2AgwgDSAPKAIAQRxqIAooAgQgCigCCCABQQxqIgIQSyACENUCIAoQkgMgAUEgaiQADAELIAFBATYCECABIAwoAgA2AhQgCEEEayEIIAFBEGoQ1wIMAQsLIABB8ABqEMcCIABBkAFqJAAgCSAHLQAgIgAgBygCJCAHLQAhIAAbEKYCIAdBgAFqJAAgCSgCACAJKAIEIAkoAgggCUEQaiQAC4MIAgl/AX4jAEEQayIJJAAQUiIIIAMmARBSIgogBCYBEFIiCyAFJgEQUiIMIAYmASMAQYABayIHJAAgByACNgIMIAcgATYCCCAHIAg2AhAgByAKNgIUIAcgCzYCGCAHIAw2AhwgByAANgJ4IAcgB0H/AGoiADYCdCAHIAA2AnAgByAANgJsIAcgB0EcajYCaCAHIAA2AmQgByAANgJgIAcgADYCXCAHIAdBGGo2AlggByAANgJUIAcgADYCUCAHIAA2AkwgByAHQRRqNgJIIAcgADYCRCAHIAA2AkAgByAANgI8IAcgB0EQajYCOCAHIAA2AjQgByAANgIwIAcgB0EMajYCLCAHIAdBCGo2AiggB0EgaiENIwBBkAFrIgAkACAAQThqIAdBKGoiASgCUBBxIABBxABqIAEoAgAoAgAgASgCBCgCABD9ASAAQQA2AlAgAEEANgJYIABBADYCYCAAQQA2AmggACABKAIQKAIAIgg2AlQgACABKAIgKAIAIgs2AlwgACABKAIwKAIAIgw2AmQgACABKAJAKAIAIg42AmwCQCAAKAI4BEAgACgCREGAgICAeEcNAQsgAEEwaiAAQegAahD+ASAAKAIwIQogACgCNCELIABBKGogAEHgAGoQ/gEgACgCKCEIIAAoAiwhDCAAQSBqIABB2ABqEP4BIAAoAiAhCSAAKAIkIQ0gAEEYaiAAQdAAahD+ASAAKAIYIQcgACgCHCEOIABBEGogAEHEAGoQ3gEgACgCECECIAAoAhQhDyAAQQhqIABBOGoQ7wEgACgCCCIBIAIgARsiAiAHIAIbIgcgCSAHGyIJIAggCRsiCCAKIAgbIgpBASAKGyAAKAIMIA8gARsgDiACGyANIAcbIAwgCRsgCyAIG0EAIAobEJ4DAAsgACAAKAJANgJ4IAAgACkCOCIQNwNwIAAgACkCRDcDgAEgACAAKAJMNgKIASAQpyEPIABBgAFqIQojAEEgayIBJABBBEEQEMwCIgIgDjYCDCACIAw2AgggAiALNgIEIAIgCDYCAEEAIQgDQAJAIAIgCGohCwJAAkAgCEFwRg0AIAtBDGoiDEUNACAMEIwDDQELIAFBBDYCGCABIAI2AhAgASACNgIUIAEgC0EQajYCHCABIAFBEGoQmQI2AgwgDSAPKAIAQShqIAooAgQgCigCCCABQQxqIgIQSyACENUCIAoQkgMgAUEgaiQADAELIAFBATYCECABIAwoAgA2AhQgCEEEayEIIAFBEGoQ1wIMAQsLIABB8ABqEMYCIABBkAFqJAAgCSAHLQAgIgAgBygCJCAHLQAhIAAbEKYCIAdBgAFqJAAgCSgCACAJKAIEIAkoAgggCUEQaiQACw0AIAAgASACQQgQsQMLDQAgACABIAJBBBCxAwstAQF/AkAgACgCACIAQX9GDQAgACAAKAIEQQFrIgE2AgQgAQ0AIABBEBDcAgsLNQEBfyMAQRBrIgIkACACQQE2AgAgAiABKAIINgIMIAIgASkCADcCBCAAIAIQRyACQRBqJAALNAEBfwJAIABFDQAgASgCACICBEAgACACEQAACyABKAIEIgJFDQAgASgCCBogACACENwCCwseACACBEAgAiABEJADIQELIAAgAjYCBCAAIAE2AgALNQEBfwJ/IAEoAgBFBEAgASgCCCECIAEoAgQMAQsgARDGAkEACyEBIAAgAjYCBCAAIAE2AgALNQEBfwJ/IAEoAgBFBEAgASgCCCECIAEoAgQMAQsgARDHAkEACyEBIAAgAjYCBCAAIAE2AgALNQEBfwJ/IAEoAgBFBEAgASgCCCECIAEoAgQMAQsgARDIAkEACyEBIAAgAjYCBCAAIAE2AgALLwEBfyMAQRBrIgIkACACIAApAgA3AgggAkEIaiIAIAEQwgEgABCbASACQRBqJAALLwEBfyMAQRBrIgIkACACIAApAgA3AgggAkEIaiIAIAEQrAEgABCbASACQRBqJAALLgEBfyMAQRBrIgIkACACIAApAgA3AgggAkEIaiIAIAEQWyAAEJsBIAJBEGokAAsvAQF/IwBBEGsiAiQAIAIgACkCADcCCCACQQhqIgAgARDDASAAEJsBIAJBEGokAAsvAQF/IAAoAgghASAAKAIEIQADQCABBEAgAUEBayEBIAAQ1QIgAEEEaiEADAELCwspAQF/IwBBEGsiAyQAIANBCGogACABIAIQbyADKAIIIANBEGokAEEARwtkAQN/IwBBEGsiBSQAIwBBEGsiAyQAIANBBGoiBEHgABDYASAEQfsAEJABIAVBBGoiBCADKAIMNgIIIAQgAykCBDcCACADQRBqJAAgACAEQdmIwABBBCABIAIQrgIgBUEQaiQACyUAIABBgQJPBEAgAEEeIABnIgBrdiAAQQF0a0E8ag8LIABBBHYLLQEBfyMAQRBrIgEkACABIABBCGs2AgwgAUEMaiIAEIgBIAAQwQIgAUEQaiQAC+wBAgF/AX4CQAJAAkBBAUHIocAALQAAIgBBAmsgAEEBTRtB/wFxQQFrDgICAAELEI4DAAsjAEEgayIAJABBxKHAACkCACEBQcihwABBBDoAACAAIAE3AwggAEG8ocAAKQIANwMAAkAgAC0ADEECRgRAIABBEGogACgCABEAAEHEocAAIAApAhg3AgBBvKHAACAAKQIQNwIAQcihwAAtAABBAU0NAUG0msAAENoCAAsgAC0ADEEBTQRAIAAQwAIgAEEEahDVAiAAQQhqIgAQpwMgABDVAgtBxJrAABDaAgALIABBIGokAAtBvKHAAAuuDgMVfwF+AXwjAEEQayIKJAAQUiIFIAEmARBSIgYgAiYBEFIiCCADJgEQUiIJIAQmASMAQeAAayIHJAAgByAGNgIMIAcgBTYCCCAHIAg2AhAgByAJNgIUIAcgADYCWCAHIAdB3wBqIgA2AlQgByAANgJQIAcgADYCTCAHIAdBFGo2AkggByAANgJEIAcgADYCQCAHIAA2AjwgByAHQRBqNgI4IAcgADYCNCAHIAA2AjAgByAANgIsIAcgB0EMajYCKCAHIAA2AiQgByAANgIgIAcgADYCHCAHIAdBCGo2AhgjAEHwAGsiBiQAIAZBNGoiBSAHQRhqIgAoAkAQcSAGQQA2AkAgBkEANgJIIAZBADYCUCAGQQA2AlggBiAAKAIAKAIAIgk2AkQgBiAAKAIQKAIAIgs2AkwgBiAAKAIgKAIAIgg2AlQgBiAAKAIwKAIAIgA2AlwgBigCNEUEQCAGQSBqIAZB2ABqEP4BIAYoAiAhCiAGKAIkIQkgBkEYaiAGQdAAahD+ASAGKAIYIQggBigCHCELIAZBEGogBkHIAGoQ/gEgBigCECEHIAYoAhQhDCAGQQhqIAZBQGsQ/gEgBigCCCENIAYoAgwhDiAGIAUQ8AEgBigCACIAIA0gABsiBSAHIAUbIgcgCCAHGyIIIAogCBsiCkEBIAobIAYoAgQgDiAAGyAMIAUbIAsgBxsgCSAIG0EAIAobEJ4DAAsgBiAGKAI8NgJoIAYgBikCNCIaNwNgIAZBKGohESAapyEMIwBB0AFrIgUkACAFIAs2AiwgBSAJNgIoIAUgADYCNCAFIAg2AjAgBUGACCAIIAVBMGoQiwMiDhs2AjggBSAIIAAgDhs2AjwgBUGcAWogBUEoahCPAQJAAkACQAJAAkACQAJAAkACQAJAIAUoApwBQYCAgIB4RwRAIAUgBSgCpAE2AkggBSAFKQKcATcDQCAFQThqEIkDDQEMAgsgBUGgAWpBnIrAAEEUEIYBIAVBADYCnAEgBUGcAWoQ8wIhAAwECyAFIAVBOGpBxIrAAEEHENkBNgKcASAFQdAAaiAFQZwBaiIAEMQBIAAQ1QIgBSsDWCEbIAUpA1BCAVINACAbRAAAAAAAAAAAZEUNAUEBIRUgG0QAAMD////fQWNFDQELIAVBnAFqIAVBLGoQTyAFKAKgASELIAUoApwBIgBBCEcEQCAFIAUpAqQBNwJwIAUgCzYCbCAFIAA2AmggBUEgaiAFQegAahDfASAFKAIkIQAMAgsgBSALNgJkIAVBnAFqIAVBPGoQZSAFIAUpAqABNwO4ASAFIAUoAqgBNgLAASAFKAKsASEAIAUoApwBQQFGBEAgBSAFKALAATYCgAEgBSAFKQO4ATcDeCAFIAA2AoQBIAVBCGogBUH4AGoQ3wEgBSgCDCEAIAVB5ABqENUCDAILIAUgBSgCwAE2ApgBIAUgBSkDuAE3A5ABIAUgDCgCACIIQRRqENABIgw2AogBIAxFDQMgBUEYaiAIQSxqQfCLwAAQ6gEgBSgCHCEJIAUoAhgQjAMgCSAJKAIAQQFrNgIARQRAIAUgDDYCjAEgBUEQaiAMQThqQdSMwAAQlAIgBSgCFCESIAUoAhAhDRCiAvwHIRogBSANNgLEASAFIBo3A8gBIAUgBSkDkAE3A7gBIAUgBSgCmAE2AsABIAVBnAFqIQkgCCgCDCETIAgoAhAhFCAFKAJEIRYgBSgCSCEXIBv8AyEYIAVBuAFqIQ8jAEEQayIIJAAgCCALNgIEAkACQCANLQCcAUEBRgRAIwBBEGsiECQAIBBBCGogDUGMAWogEyAUEG4gECgCCCAQQRBqJABFDQELIAhBADYCCCAIIAs2AgwgCSANIBMgFCAWIBcgCEEIakEDIA8gFSAYIBoQRQwBCyAJQQQ2AgwgCSAPKAIINgIIIAkgDykCADcCACAIQQRqENUCCyAIQRBqJAAgEiASKAIAQQFqNgIAAkAgBSgCnAFBAkcEQCAJIAVBqAFqEKcBDAELIAxBCGoQRCAFQYwBahBOCyAFQYwBahC7AgwGCyAFQQQ2ApwBIAVBkAFqIAVBnAFqEKcBIAVBiAFqELsCDAQLIAVBoAFqQcuKwABBORCGASAFQQA2ApwBIAVBnAFqEPMCIQALIAVBQGsQkgMLIAVBPGoQ1QIgBUE4ahDVAkEBIQggDg0DDAQLIAVBAjYCnAEgBUGQAWogBUGcAWoQpwELIAVB5ABqENUCCyAFQUBrEJIDIAVBPGoQ1QIgBUE4ahDVAkEAIQggDkUNAQsgBUE0ahDVAgsgBUEsahDVAiAFQShqENUCIBEgADYCBCARIAg2AgAgBUHQAWokACAGKQMoIRogBkHgAGoQxwIgByAaNwMAIAZB8ABqJAAgCiAHKAIAIAcoAgQQpgIgB0HgAGokACAKKAIAIAooAgQgCigCCCAKQRBqJAALQQEBfyMAQRBrIgMkACADQQhqIAEgAhDIASADKAIIIQEgACADKAIMIgI2AgggACABNgIEIAAgAjYCACADQRBqJAALMAEBfwJAIAEoAgAiAgRAIAEoAgQhAQwBCyABQQRqENUCCyAAIAE2AgQgACACNgIACywBAX8gASgCBCICIAAoAgAiACgCCEYEfyAAKAIEIAEoAgAgAhCtAQVBAQtFCywBAX8jAEEQayIBJAAgASAAKAIANgIMIAFBDGoiABBTIAAQ7QIgAUEQaiQACzoBA38gACgCACICIAEoAgAiA3JFIQQgAkUgA0VyBH8gBAUgACgCACAAKAIEIAEoAgAgASgCBBC2AgsLDgAgAEKAgICA8A4QswMLDgAgAEKAgICAgA8QswMLugQCA38BfiMAQRBrIgUkABBSIgYgAyYBIwBBQGoiBCQAIAQgAjYCECAEIAE2AgwgBCAGNgIUIAQgADYCOCAEIARBP2oiADYCNCAEIAA2AjAgBCAANgIsIAQgBEEUajYCKCAEIAA2AiQgBCAANgIgIAQgBEEQajYCHCAEIARBDGo2AhgjAEHgAGsiACQAIABBIGogBEEYaiIBKAIgEHEgAEEsaiABKAIAKAIAIAEoAgQoAgAQ/QEgAEEANgI4IAAgASgCECgCACICNgI8AkAgACgCIARAIAAoAixBgICAgHhHDQELIABBGGogAEE4ahD+ASAAKAIYIQQgACgCHCEFIABBEGogAEEsahDeASAAKAIQIQIgACgCFCEGIABBCGogAEEgahDwASAAKAIIIgEgAiABGyICIAQgAhsiBEEBIAQbIAAoAgwgBiABGyAFIAIbQQAgBBsQngMACyAAIAAoAig2AkggACAAKQIgIgc3A0AgACAAKQIsNwNQIAAgACgCNDYCWCMAQRBrIgEkACABIAI2AgwgASAHpyIGKAIAQRxqIABB0ABqIAFBDGpBABBeQQEhAgJ/IAEoAgBBAUYEQCABKAIEDAELQQAhAiAGEIQDCyEGIAFBDGoQ1QIgACAGNgIEIAAgAjYCACABQRBqJAAgACkDACEHIABBQGsQxwIgBCAHNwMAIABB4ABqJAAgBSAEKAIAIAQoAgQQpgIgBEFAayQAIAUoAgAgBSgCBCAFKAIIIAVBEGokAAu6BAIDfwF+IwBBEGsiBSQAEFIiBiADJgEjAEFAaiIEJAAgBCACNgIQIAQgATYCDCAEIAY2AhQgBCAANgI4IAQgBEE/aiIANgI0IAQgADYCMCAEIAA2AiwgBCAEQRRqNgIoIAQgADYCJCAEIAA2AiAgBCAEQRBqNgIcIAQgBEEMajYCGCMAQeAAayIAJAAgAEEgaiAEQRhqIgEoAiAQcSAAQSxqIAEoAgAoAgAgASgCBCgCABD9ASAAQQA2AjggACABKAIQKAIAIgI2AjwCQCAAKAIgBEAgACgCLEGAgICAeEcNAQsgAEEYaiAAQThqEP4BIAAoAhghBCAAKAIcIQUgAEEQaiAAQSxqEN4BIAAoAhAhAiAAKAIUIQYgAEEIaiAAQSBqEPABIAAoAggiASACIAEbIgIgBCACGyIEQQEgBBsgACgCDCAGIAEbIAUgAhtBACAEGxCeAwALIAAgACgCKDYCSCAAIAApAiAiBzcDQCAAIAApAiw3A1AgACAAKAI0NgJYIwBBEGsiASQAIAEgAjYCDEEBIQIgASAHpyIGKAIAQRxqIABB0ABqIAFBDGpBARBeAn8gASgCAEEBRgRAIAEoAgQMAQtBACECIAYQhAMLIQYgAUEMahDVAiAAIAY2AgQgACACNgIAIAFBEGokACAAKQMAIQcgAEFAaxDHAiAEIAc3AwAgAEHgAGokACAFIAQoAgAgBCgCBBCmAiAEQUBrJAAgBSgCACAFKAIEIAUoAgggBUEQaiQAC7oEAgN/AX4jAEEQayIFJAAQUiIGIAMmASMAQUBqIgQkACAEIAI2AhAgBCABNgIMIAQgBjYCFCAEIAA2AjggBCAEQT9qIgA2AjQgBCAANgIwIAQgADYCLCAEIARBFGo2AiggBCAANgIkIAQgADYCICAEIARBEGo2AhwgBCAEQQxqNgIYIwBB4ABrIgAkACAAQSBqIARBGGoiASgCIBBxIABBLGogASgCACgCACABKAIEKAIAEP0BIABBADYCOCAAIAEoAhAoAgAiAjYCPAJAIAAoAiAEQCAAKAIsQYCAgIB4Rw0BCyAAQRhqIABBOGoQ/gEgACgCGCEEIAAoAhwhBSAAQRBqIABBLGoQ3gEgACgCECECIAAoAhQhBiAAQQhqIABBIGoQ7wEgACgCCCIBIAIgARsiAiAEIAIbIgRBASAEGyAAKAIMIAYgARsgBSACG0EAIAQbEJ4DAAsgACAAKAIoNgJIIAAgACkCICIHNwNAIAAgACkCLDcDUCAAIAAoAjQ2AlgjAEEQayIBJAAgASACNgIMIAEgB6ciBigCAEEoaiAAQdAAaiABQQxqQQAQXkEBIQICfyABKAIAQQFGBEAgASgCBAwBC0EAIQIgBhCGAwshBiABQQxqENUCIAAgBjYCBCAAIAI2AgAgAUEQaiQAIAApAwAhByAAQUBrEMYCIAQgBzcDACAAQeAAaiQAIAUgBCgCACAEKAIEEKYCIARBQGskACAFKAIAIAUoAgQgBSgCCCAFQRBqJAALugQCA38BfiMAQRBrIgUkABBSIgYgAyYBIwBBQGoiBCQAIAQgAjYCECAEIAE2AgwgBCAGNgIUIAQgADYCOCAEIARBP2oiADYCNCAEIAA2AjAgBCAANgIsIAQgBEEUajYCKCAEIAA2AiQgBCAANgIgIAQgBEEQajYCHCAEIARBDGo2AhgjAEHgAGsiACQAIABBIGogBEEYaiIBKAIgEHEgAEEsaiABKAIAKAIAIAEoAgQoAgAQ/QEgAEEANgI4IAAgASgCECgCACICNgI8AkAgACgCIARAIAAoAixBgICAgHhHDQELIABBGGogAEE4ahD+ASAAKAIYIQQgACgCHCEFIABBEGogAEEsahDeASAAKAIQIQIgACgCFCEGIABBCGogAEEgahDvASAAKAIIIgEgAiABGyICIAQgAhsiBEEBIAQbIAAoAgwgBiABGyAFIAIbQQAgBBsQngMACyAAIAAoAig2AkggACAAKQIgIgc3A0AgACAAKQIsNwNQIAAgACgCNDYCWCMAQRBrIgEkACABIAI2AgxBASECIAEgB6ciBigCAEEoaiAAQdAAaiABQQxqQQEQXgJ/IAEoAgBBAUYEQCABKAIEDAELQQAhAiAGEIYDCyEGIAFBDGoQ1QIgACAGNgIEIAAgAjYCACABQRBqJAAgACkDACEHIABBQGsQxgIgBCAHNwMAIABB4ABqJAAgBSAEKAIAIAQoAgQQpgIgBEFAayQAIAUoAgAgBSgCBCAFKAIIIAVBEGokAAspAQF/IAAoAggiAiABKAIERgR/IAAoAgQgASgCACACEK0BQQBHBUEBCwsKACAAQagCEK8DCygBAX8jAEEQayICJAAgAiAAKAIANgIMIAJBDGogARCLAiACQRBqJAALLAEBfyABKAI0IgIgACgCACIAKAIIRgR/IAEoAjAgACgCBCACEK0BBUEBC0ULMAAgACgCCEECTwRAIABBLBCQAQsgAEEiEJABIAAgASACEMYBIABB3JbAAEECEMYBCwkAIABBIBCvAwsOACAAIAFB1JrAABC0AwsOACAAIAFBhJvAABC0Awv3CAIQfwF+IwBBEGsiCSQAEFIiBCABJgEQUiIDIAImASMAQUBqIgUkACAFIAM2AgwgBSAENgIIIAUgADYCOCAFIAVBP2oiADYCNCAFIAA2AjAgBSAANgIsIAUgBUEMajYCKCAFIAA2AiQgBSAANgIgIAUgADYCHCAFIAVBCGo2AhgjAEHQAGsiBCQAIARBJGoiAyAFQRhqIgAoAiAQcSAEQQA2AjAgBEEANgI4IAQgACgCACgCACIGNgI0IAQgACgCECgCACIINgI8IAQoAiRFBEAgBEEYaiAEQThqEP4BIAQoAhghByAEKAIcIQkgBEEQaiAEQTBqEP4BIAQoAhAhBSAEKAIUIQYgBEEIaiADEPEBIAQoAggiACAFIAAbIgUgByAFGyIDQQEgAxsgBCgCDCAGIAAbIAkgBRtBACADGxCeAwALIAQgBCgCLDYCSCAEIAQpAiQiEzcDQCAFQRBqIQcjAEHQAGsiACQAIAAgCDYCDCAAIAY2AggCQCATpyIDQQxqENABIgYEQCAAIAY2AhAgAEEwaiADIAZBCGogAEEIahBdIAAoAjQhBgJAAkAgACgCMCIIQYCAgIB4RgRAIAdBAToAACAHIAY2AgQMAQsgACAAKAI4NgIcIAAgBjYCGCAAIAg2AhQgAEEwaiAAQQxqEE8gACgCNCEGIAAoAjAiCEEIRg0BIAAgACkCODcCKCAAIAY2AiQgACAINgIgIAcgAEEgahDRASAAQRRqEJIDCyAAQRBqELsCDAILIAAgACgCECIPQThqQdyPwAAQlAIgACgCBCEMIAAoAgAhCCADKAIEIQogAygCCCENIAAoAhghECAAKAIcIREjAEFAaiIDJAAgAyAGNgIEAkAgAEEwaiILIAhBgAFqIAogDRD3AQR/IAgtAJwBQQFGBEAgA0EgaiIOQfaJwABBBRD4ASADQRRqIhIgDkHjiMAAQQQgCiANEK4CIANBCGoiCiASQd2IwABBBCAQIBEQrgIgCkHpiMAAQQQQjAIgAyADKAIQNgIwIAMgAykCCDcCKCADQQE2AjwgA0HPlMAANgI4IANBgICAgHg2AjQgAyAGNgIkIANBATYCICAIQShqIA4QqAEgC0EINgIAIAtBAToABAwCCyALQQA6AARBCAVBBws2AgAgA0EEahDVAgsgA0FAayQAIAwgDCgCAEEBajYCACAPQQhqEEQgAC0ANCEDIAAoAjAiBkEIRwRAIAAgACgAPDYATCAAIAApADU3AEUgACADOgBEIAAgBjYCQCAHIABBQGsQ0QEgAEEUahCSAyAAQRBqELsCDAILIAdBADoAACAHIAM6AAEgAEEUahCSAyAAQRBqELsCDAELIABBBzYCMCAAQTBqEPMCIQMgB0EBOgAAIAcgAzYCBAsgAEEMahDVAiAAQQhqENUCIABB0ABqJAAgBEFAaxDIAiAEQdAAaiQAIAkgBS0AECIAIAUoAhQgBS0AESAAGxCmAiAFQUBrJAAgCSgCACAJKAIEIAkoAgggCUEQaiQAC9wHAgx/AX4jAEEQayIHJAAQUiIDIAEmARBSIgYgAiYBIwBBQGoiBCQAIAQgBjYCFCAEIAM2AhAgBCAANgI4IAQgBEE/aiIANgI0IAQgADYCMCAEIAA2AiwgBCAEQRRqNgIoIAQgADYCJCAEIAA2AiAgBCAANgIcIAQgBEEQajYCGCMAQdAAayIDJAAgA0EkaiIGIARBGGoiACgCIBBxIANBADYCMCADQQA2AjggAyAAKAIAKAIAIgU2AjQgAyAAKAIQKAIAIgg2AjwgAygCJEUEQCADQRBqIANBOGoQ/gEgAygCECEHIAMoAhQhBSADQQhqIANBMGoQ/gEgAygCCCEEIAMoAgwhCSADIAYQ7wEgAygCACIAIAQgABsiBCAHIAQbIgZBASAGGyADKAIEIAkgABsgBSAEG0EAIAYbEJ4DAAsgBEEIaiADIAMoAiw2AkggAyADKQIkIg83A0AgA0EYaiEJIA+nIQojAEGQAWsiACQAIAAgCDYCJCAAIAU2AiACQCAAQSBqEIkDRQRAIABB4ABqQdmSwABBGhCGASAAQQA2AlwgAEHcAGoQ8wIhBkEBIQUMAQsgAEHcAGogAEEkahBlIAAgACkCYDcDeCAAIAAoAmg2AoABQQEhBSAAKAJsIQYgACgCXEEBRgRAIAAgACgCgAE2AkAgACAAKQN4NwM4IAAgBjYCRCAAQQhqIABBOGoQ3wEgACgCDCEGDAELIAAgACgCgAE2AjAgACAAKQN4NwMoIAAgBjYCNCAAQdwAaiAAQSBqEE8gACgCYCEIIAAoAlwiBUEIRwRAIAAgACkCZDcCVCAAIAg2AlAgACAFNgJMIABBGGogAEHMAGoQ3wEgACgCHCEGIABBNGoQ1QIgAEEoahC1AkEBIQUMAQsgACAAKAIwNgKAASAAIAApAyg3A3ggAEEQaiAKKAIAIg5BOGpB1IzAABCUAiAAKAIUIQsgACgCECEMIAAQogL8ByIPNwOIASAAIAw2AoQBIwBBEGsiBSQAIAVBADYCCCAFIAg2AgwgAEHcAGoiCCAMQaWTwABBBkGKlMAAQQsgBUEIakEAIABB+ABqQQAgBSAPEEUgBUEQaiQAIAsgCygCAEEBajYCAAJAIAAoAlxBAkcEQCAIIABB6ABqEKcBDAELIA5BCGoQRCAKEE4LQQAhBQsgAEEkahDVAiAAQSBqENUCIAkgBjYCBCAJIAU2AgAgAEGQAWokACADKQMYIANBQGsQxgI3AwAgA0HQAGokACAHIAQoAgggBCgCDBCmAiAEQUBrJAAgBygCACAHKAIEIAcoAgggB0EQaiQAC/IDAgZ/AX4jAEEQayIFJAAQUiIEIAEmARBSIgYgAiYBIwBBQGoiAyQAIAMgBjYCFCADIAQ2AhAgAyAANgI4IAMgA0E/aiIANgI0IAMgADYCMCADIAA2AiwgAyADQRRqNgIoIAMgADYCJCADIAA2AiAgAyAANgIcIAMgA0EQajYCGCMAQdAAayIAJAAgAEEkaiIGIANBGGoiBCgCIBBxIABBADYCMCAAQQA2AjggACAEKAIAKAIAIgc2AjQgACAEKAIQKAIAIgg2AjwgACgCJEUEQCAAQRBqIABBOGoQ/gEgACgCECEFIAAoAhQhByAAQQhqIABBMGoQ/gEgACgCCCEEIAAoAgwhCCAAIAYQ7wEgACgCACIDIAQgAxsiBCAFIAQbIgVBASAFGyAAKAIEIAggAxsgByAEG0EAIAUbEJ4DAAsgACAAKAIsNgJIIAAgACkCJCIJNwNAIwBBEGsiBCQAIAQgCDYCDCAEIAc2AgggBCAJpyAEQQhqIgYgBEEMaiIHEEggBCkDACEJIAcQ1QIgBhDVAiAAQRhqIAk3AwAgBEEQaiQAIAApAxghCSAAQUBrEMYCIANBCGogCTcDACAAQdAAaiQAIAUgAygCCCADKAIMEKYCIANBQGskACAFKAIAIAUoAgQgBSgCCCAFQRBqJAALJwEBfyAAKAIIIgIgASgCBEYEfyAAKAIEIAEoAgAgAhCtAQVBAQtFCw0AIAAgASACQQgQsgMLKgEBfyMAQRBrIgMkACADIAAoAgA2AgwgA0EMaiABIAIQ4AEgA0EQaiQACy0AIAEoAgBFBEAgAUF/NgIAIAAgATYCBCAAIAFBBGo2AgAPC0HQicAAEIICAAsNACAAIAEgAkEEELIDCzYBAX9BBEEgEMwCIgFCgYCAgBA3AgAgASAAKQIANwIIIAEgACkCCDcCECABIAApAhA3AhggAQuQAgEGfyMAQRBrIgQkACAEEPACIgU2AgwgBEEMaiECIwBBIGsiASQAIAEgACkCADcDCCABIAApAgg3AxAgASgCDCEAIAEoAhQhBgNAIAAgBkcEQCABIABBBGoiAzYCDCABIAAoAgA2AhwgAiABQRxqIgAQ+wIgABDVAiADIQAMAQsLIwBBEGsiAyQAIAMgAUEIaiIANgIMIAAoAgwgACgCBCIAa0ECdiECA0AgAgRAIAJBAWshAiAAENUCIABBBGohAAwBCwsjAEEQayIAJAAgACADQQxqKAIAIgIoAgA2AgwgACACKAIINgIIIABBCGoQuwEgAEEQaiQAIANBEGokACABQSBqJAAgBEEQaiQAIAUL4BoDGH8DfgF8IwBBEGsiDCQAEFIiAyAAJgEQUiIGIAEmASMAQUBqIgkkACAJIAY2AhggCSADNgIUIAkgCUE/aiIDNgI4IAkgAzYCNCAJIAM2AjAgCSAJQRhqNgIsIAkgAzYCKCAJIAM2AiQgCSADNgIgIAkgCUEUajYCHCMAQRBrIhAkACAQQQhqIRQgCUEcaiIDKAIAKAIAIQYgAygCECgCACEDIwBB4AFrIgIkACACIAM2AmQgAiAGNgJgAkACQCACQeAAaiIDEIgDRQRAIAMQjANFDQELIAJB+ABqQZaSwABBDhC4AQwBCyACIAJB4ABqIgNBiJHAAEEDENkBNgLUASACIANB94jAAEEDENkBNgLYAQJAAkACQCACQdQBaiIDEIgDDQAgAxCMAw0AAkAgAkHYAWoiAxCIAw0AIAMQjAMNACACQeQAaiIDEIwDDQIgAxCIAw0CIAMQiwMNAiACQfgAakGEi8AAQRoQuAEMAwsgAkH4AGpB8pHAAEESELgBDAILIAJB+ABqQYSSwABBEhC4AQwBCyACQbABaiACQdQBahCPASACQdgAaiACQdgBahCYASACQdAAaiACKAJYIAIoAlwQtwECQCACKAJQQQFGBEAgAiACKAJUNgLcASACQcABaiACQdwBaiIDEI8BIAMQ1QIMAQsgAkGAgICAeDYCwAELIAIgAigCuAE2AqABIAIgAikCsAEiGjcDmAEgAiACKQLAASIbNwKkASACIAIoAsgBNgKsASACQaQBaiEDIBqnQYCAgIB4RiIGRSAbpyIFQYCAgIB4R3FFBEAgBgR/IAUFIAJBmAFqEJIDIAIoAqQBC0GAgICAeEcEQCADEJIDCyACQfgAakHYkcAAQRoQuAEMAQsgAiACKAKgATYCuAEgAiACKQOYATcDsAEgAiADKAIINgLIASACIAMpAgA3A8ABIAIgAkHgAGpBi5HAAEEOENkBNgLcASACQZgBaiACQdwBaiIDEMQBIAIpA5gBIRogAisDoAEhHSADENUCIB1EAAAAAAAAAABkRSAdRAAAwP///99BY0VyIBpCAVFxRQRAIAIgAigCuAE2AogBIAIgAikDsAE3AoABIAIgAikDwAE3AowBIAIgAigCyAE2ApQBIAIgGj4CeCACIB38AzYCfCACQdgBahDVAiACQdQBahDVAgwCCyACQfgAakGZkcAAQT8QuAEgAkHAAWoQkgMgAkGwAWoQkgMLIAJB2AFqENUCIAJB1AFqENUCCyACIAIpAoABNwNoIAIgAigCiAE2AnAgAigCfCEDAkACQAJ/AkACQCACKAJ4IgZBAkYEQCACIAM2ApgBIAIgAikDaDcCnAEgAiACKAJwNgKkASACQQhqIAJBmAFqEN8BIAIoAgwhEQwBCyACIAIoApQBNgLIASACIAIpAowBNwPAASACIAIoAnA2ArgBIAIgAikDaDcDsAEgAkH4AGoiBSACQeQAahBlIAIgAikCfDcDmAEgAiACKAKEATYCoAEgAigCiAEhESACKAJ4QQFHDQEgAiACKAKgATYCgAEgAiACKQOYATcDeCACIBE2AoQBIAJBEGogBRDfASACKAIUIREgAkHAAWoQkgMgAkGwAWoQkgMLQQEMAQsgAiACKAKgATYCgAEgAiACKQOYATcDeCACIAIpA8ABNwKEASACIAIoAsgBNgKMASACKAK0ASACKAK4ASACIAM2ApwBIAIgBjYCmAEgAiACQZgBajYCkAEjAEHwAmsiByQAQQhBqAIQkQMiBUUEQEEIQagCEKADAAsgBUKAgICAEDcDACAHIAU2AgwgB0EMaiIDEJ8CIRIgAxCfAhCFAxANIQAQUiIVIAAmASAHIBU2AhAgB0GUjsAAQQUQ2wI2ArgBIAdBEGogB0G4AWoiBBD6AiEYIAQQ1QIjAEEQayIDJAAgAxAfOQMIIANBCGorAwAhHSADQRBqJAAgByAdRAAAAADiN+BBovwHNwPoAiAHQZCMwAA2ArgBIAdCgICAgOAANwLAASAHIAdB6AJqNgK8ASMAQRBrIgokACAKQQA2AgwgCkKAgICAEDcCBCMAQRBrIggkACAEKQIAIRogCkEEaiILIAQoAgwiAyAEKAIIIgZrIg1BACADIA1PGxCzAiAIIAM2AgwgCCAGNgIIIAggGjcDACAIKAIMIgYgCCgCCCIDIAMgBkkbIQ0gCCgCBCEOIAgoAgAhDwJAAkADQCADIA1HBEAgDikDACEcAkAgA0UEQEIBIRoMAQtCJCEbQgEhGiADIQYDQAJAIAZBAXEEQCAaIBt+IRogBkEBRg0BCyAGQQF2IQYgGyAbfiEbDAELCyAaUA0DCyADQQFqIQMgCyAPIBwgGoBCJIKnai0AABCQAQwBCwsMAQtBoKDAAEEzQbSMwAAQzwEACyAIQRBqJAAgB0HcAmoiDSIDIAooAgw2AgggAyAKKQIENwIAIApBEGokACACQfgAaiIGQQxqIQggBygC4AIhDiAHKALkAiEPIAYoAhgiAygCACEKIAMoAgQhCxCiAvwHIRojAEEQayIDJAAgA0EEaiITIA4gDxCGASATQYSVwABBARDGASAEIAMoAgw2AnAgBCADKQIENwJoIARBADoAnAEgBCASNgKYASAEIAs2AiQgBCAKNgIgIARBADYClAEgBEKAgICAwAA3AowBIARCBDcChAEgBEIANwJ8IARCgICAgIABNwJ0IARCATcDSCAEIBogC618Iho3AwggBCAKrSIbNwMAIAQgCCkCADcCXCAEIAgoAgg2AmQgBCAGKQIANwJQIAQgBigCCDYCWCAEQgA3A0AgBEKAgICAwAA3AzggBEIANwMwIARCgICAgMAANwMoIAQgGzcDECAEIBo3AxggA0EQaiQAIAdBGGogBEGgAfwKAABB2YjAAEEEENsCIQNB3YjAAEEEENsCIQRB4YjAAEECENsCIQhB44jAAEEEENsCIQpB54jAAEECENsCIQtB6YjAAEEEENsCIRJB7YjAAEEFENsCIQ5B54nAAEEHENsCIQ9B7onAAEEIENsCIRNB9onAAEEFENsCIRkgDRCSAyAFQQA2AjggBUIENwMwIAVCADcDKCAFQQI2AhggBUEANgIIIAVBPGogB0EUakGkAfwKAAAgBUIANwOYAiAFIBg2ApQCIAUgFTYCkAIgBUKAgICAgIABNwOIAiAFIBk2AoQCIAUgEzYCgAIgBSAPNgL8ASAFIA42AvgBIAUgEjYC9AEgBSALNgLwASAFIAo2AuwBIAUgCDYC6AEgBSAENgLkASAFIAM2AuABIAVBATYCACAHQfACaiQAIAIgBTYCzAEgBSAFKAIAQQFqIgM2AgAgA0UNASAFEIUDEA4hABBSIgQgACYBIAJByABqIAVBiAJqQbSNwAAQlwIgAigCTCEDIAIoAkgiBxDVAiAHIAQ2AgAgAyADKAIAQQFqNgIAIAUgBSgCBEEBaiIDNgIEIANFDQEgAkHEjcAANgJ8IAIgBTYCeCMAQRBrIgQkAEGMk8AAQRAQFCEAEFIiByAAJgEgBEEIahCrAkEBIQMgAkFAayIIAn8gBCgCCEEBRgRAIAQoAgwMAQtBACEDIAcLNgIEIAggAzYCACAEQRBqJAAgAigCRCEEAkAgAigCQEEBRgRAIAYQmwEgAiAENgJoIAJBGGogBUE4akGEjsAAEJQCIAIoAhwhAyACKAIYIAYgAkHoAGoiBxBsIAYQ7AEgAyADKAIAQQFqNgIAIAJBzAFqEIwBIAcQ1QIMAQsgAiAENgLQASACQThqIAJB+ABqIgMQ4gEgAigCOCEHIAIoAjwhCEEEQQgQzAIiBiAINgIEIAYgBzYCACACIAZB3IHAABCTAyIINgLUASACQTBqIAMQ4gEgAigCMCEHIAIoAjQhCkEEQQgQzAIiBiAKNgIEIAYgBzYCACAGQfCBwAAQPSEAEFIiBiAAJgEgAiAGNgLYASACQShqIAMQ4gEgAigCKCEHIAIoAiwhCkEEQQgQzAIiAyAKNgIEIAMgBzYCACADQYSCwAAQOyEAEFIiByAAJgEgAiAHNgLcAUEEQQgQzAIiA0HEjcAANgIEIAMgBTYCACACIANBmILAABCTAyIKNgJoIAJB0AFqIgMgAkHUAWoQrwIgAyACQdgBahCyAiADIAJB3AFqELACIAMgAkHoAGoQsQJBBEEYEMwCIgNBAToAFCADIAo2AhAgAyAHNgIMIAMgBjYCCCADIAg2AgQgAyAENgIAIAJBIGogBUGYAmpB9I3AABCXAiACKAIkIQYgAigCICIEEM0BIARB4I3AADYCBCAEIAM2AgAgBiAGKAIAQQFqNgIAIAJBzAFqEE4LIAIgBTYCeCACQfgAahC7AiACQbABahCSA0EACyEDIAJB5ABqENUCIAJB4ABqENUCIBQgETYCBCAUIAM2AgAgAkHgAWokAAwBCwALIBAoAgwhAyAJQQhqIgYgECgCCDYCACAGIAM2AgQgEEEQaiQAIAwgCSgCCCAJKAIMEKYCIAlBQGskACAMKAIAIAwoAgQgDCgCCCAMQRBqJAALxwMCCX8BfiMAQRBrIgQkABBSIgIgASYBIwBBMGsiAyQAIAMgAjYCFCADIAA2AiggAyADQS9qIgA2AiQgAyAANgIgIAMgADYCHCADIANBFGo2AhgjAEFAaiIAJAAgAEEcaiICIANBGGoiBSgCEBBxIABBADYCKCAAIAUoAgAoAgAiBjYCLCAAKAIcRQRAIABBCGogAEEoahD+ASAAKAIIIQQgACgCDCEFIAAgAhDxASAAKAIAIgMgBCADGyICQQEgAhsgACgCBCAFIAMbQQAgAhsQngMACyADQQhqIAAgACgCJDYCOCAAIAApAhwiCzcDMCAAQRBqIQUjAEEgayICJAAgAiAGNgIMAkAgC6ciBkEMahDQASIHBEAgAiAHNgIQIAIgAkEQaiIJIAZBEGogAkEMaiIKEEggAigCBCEGIAIoAgAhByAJELsCIAoQ1QIMAQsgAkECNgIQIAJBEGoQ8wIhBiACQQxqENUCQQEhBwsgBSAHNgIAIAUgBjYCBCACQSBqJAAgACkDECAAQTBqEMgCNwMAIABBQGskACAEIAMoAgggAygCDBCmAiADQTBqJAAgBCgCACAEKAIEIAQoAgggBEEQaiQAC6UFAgx/AX4jAEEQayIFJAAQUiICIAEmASMAQTBrIgMkACADIAI2AhQgAyAANgIoIAMgA0EvaiIANgIkIAMgADYCICADIAA2AhwgAyADQRRqNgIYIwBBQGoiAiQAIAJBHGoiACADQRhqIgQoAhAQcSACQQA2AiggAiAEKAIAKAIAIgQ2AiwgAigCHEUEQCACQQhqIAJBKGoQ/gEgAigCCCEDIAIoAgwhBSACIAAQ7wEgAigCACIAIAMgABsiA0EBIAMbIAIoAgQgBSAAG0EAIAMbEJ4DAAsgA0EIaiACIAIoAiQ2AjggAiACKQIcIg43AzAgAkEQaiEHIA6nIQgjAEHwAGsiACQAIAAgBDYCFCAAQTxqIABBFGoQZSAAIAApAkA3AxggACAAKAJINgIgQQEhBCAAKAJMIQYCQCAAKAI8QQFGBEAgACAAKAIgNgIwIAAgACkDGDcDKCAAIAY2AjQgACAAQShqEN8BIAAoAgQhBgwBCyAAIAAoAiA2AmAgACAAKQMYNwNYIABBCGogCCgCACIMQThqQdSMwAAQlAIgACgCDCEJIAAoAgghCiAAEKIC/AciDjcDaCAAIAo2AmQjAEEQayIEJAAgBEEENgIMIARB+4nAADYCCCAAQTxqIg0gCkGlk8AAQQZBq5PAAEEJIARBCGpBAiAAQdgAakEAIAQgDhBFIARBEGokACAJIAkoAgBBAWo2AgACQCAAKAI8QQJHBEAgDSAAQcgAahCnAQwBCyAMQQhqEEQgCBBOC0EAIQQLIABBFGoQ1QIgByAGNgIEIAcgBDYCACAAQfAAaiQAIAIpAxAgAkEwahDGAjcDACACQUBrJAAgBSADKAIIIAMoAgwQpgIgA0EwaiQAIAUoAgAgBSgCBCAFKAIIIAVBEGokAAsoAQF/IAAoAgAiAEGACE8gAEGECElxBH8gAAUQUiIBIAAlASYBIAELCyUBAX8gACgCACIBQQZLQQEgAXRBwwBxRXJFBEAgAEEEahCSAwsLKQEBfwJAIAAoAgAiAEF/Rg0AIAAgACgCBEEBaiIBNgIEIAENAAALIAALKgAgAC0ABEEBcUUEQCAAEEAgABC7AiAAQQE6AARBAA8LQcSMwAAQjwMACyYBAX8gACgCCCIDIAFNBEAgASADIAIQpAEACyAAKAIEIAFBHGxqCyUCAX8BfCMAQRBrIgAkACAAEB05AwggAEEIaisDACAAQRBqJAALJgEBfyMAQRBrIgEkACABIABBCGs2AgwgAUEMahCIASABQRBqJAALJgEBfyMAQRBrIgEkACABIABBCGs2AgwgAUEMahDBAiABQRBqJAALJgEBfyMAQRBrIgEkACABIABBCGs2AgwgAUEMahC/AiABQRBqJAALJgAgACABNgIIIAAgAkEAIAFBAXEiARs2AgQgAEEAIAIgARs2AgAL8woCCH8BfhBSIgogByYBEFIiCyAIJgEjAEGAAWsiCSQAIAkgAjYCDCAJIAE2AgggCSADNgIQIAkgBDYCFCAJIAU2AhggCSAGNgIcIAkgCjYCICAJIAs2AiQgCSAANgJ4IAkgCUH/AGoiADYCdCAJIAA2AnAgCSAANgJsIAkgCUEkajYCaCAJIAA2AmQgCSAANgJgIAkgADYCXCAJIAlBIGo2AlggCSAANgJUIAkgADYCUCAJIAlBHGo2AkwgCSAJQRhqNgJIIAkgADYCRCAJIAA2AkAgCSAJQRRqNgI8IAkgCUEQajYCOCAJIAA2AjQgCSAANgIwIAkgCUEMajYCLCAJIAlBCGo2AihBACEDIwBBsAFrIgAkAAJAAkACQAJAAkACQCAJQShqIgEoAlAiAgRAIAIoAgAiBEH/////B0kNAiAAQc8ANgI4IABB2oDAADYCNAwBCyAAQRs2AjggAEG/gMAANgI0CyAAQQA2AjAMAQtBASEDIAIgBEEBajYCACACQQhrIgQgBCgCAEEBaiIFNgIAIAVFDQEgACAENgI4IAAgAjYCNCAAIAJBBGo2AjALIABBPGogASgCACgCACABKAIEKAIAEP0BIABByABqIAEoAhAoAgAgASgCFCgCABD9ASAAQdQAaiABKAIgKAIAIAEoAiQoAgAQ/QEgAEEANgJgIABBADYCaCAAIAEoAjAoAgAiBTYCZCAAIAEoAkAoAgAiBjYCbCADRQ0BIAAoAjxBgICAgHhGDQEgACgCSEGAgICAeEYNASAAKAJUQYCAgIB4Rg0BIAAgACgCODYCeCAAIAApAjAiETcDcCAAIAApAjw3A4ABIAAgACgCRDYCiAEgACAAKQJINwOQASAAIAAoAlA2ApgBIAAgACkCVDcDoAEgACAAKAJcNgKoASAAQYABaiECIABBkAFqIQMgAEGgAWohBCMAQdAAayIBJAAgASAGNgIYIAEgBTYCFCARpxDQASIFBEAgASAFNgIcIAIoAgQhCyACKAIIIQwgAygCBCENIAMoAgghDiAEKAIEIQ8gBCgCCCEQIAFBIGogAUEYahBPAkAgASgCIEEIRwRAIAEgASkCKDcDOCABIAEpAiA3AzAQpgMhBiABQcQAaiABQTBqIgoQZiAKEJ4CDAELIAEoAiQhBiABQRRqEJQDRQRAIAFBgICAgHg2AkQMAQsgAUHEAGogAUEUahBsCyABIAEoAkw2AjggASABKQJENwMwIAFBCGogBUE4akHcj8AAEJQCIAEoAgwhCiABKAIIIAsgDCANIA4gDyAQQQEgBiABKAJIQQAgASgCREGAgICAeEcbIAEoAkwQSSAKIAooAgBBAWo2AgAgBUEIahBEIAFBMGoQ3wIgAUEcahC7AgsgAUEYahDVAiABQRRqENUCIAQQkgMgAxCSAyACEJIDIAFB0ABqJAAgAEHwAGoQyQIgAEGwAWokAAwCCwALIABBKGogAEHoAGoQ/gEgACgCKCEGIAAoAiwhCSAAQSBqIABB4ABqEP4BIAAoAiAhBSAAKAIkIQogAEEYaiAAQdQAahDeASAAKAIYIQQgACgCHCELIABBEGogAEHIAGoQ3gEgACgCECEDIAAoAhQhDCAAQQhqIABBPGoQ3gEgACgCCCENIAAoAgwhDkEAIQICfyAAQTBqIgEoAgBFBEAgASgCCCECIAEoAgQMAQsgARDJAkEACyEBIAAgAjYCBCAAIAE2AgAgACgCACIBIA0gARsiAiADIAIbIgMgBCADGyIEIAUgBBsiBSAGIAUbIgZBASAGGyAAKAIEIA4gARsgDCACGyALIAMbIAogBBsgCSAFG0EAIAYbEJ4DAAsgCUGAAWokAAuLCgIQfwF+IwBBEGsiCiQAEFIiBCABJgEQUiIDIAImASMAQUBqIgUkACAFIAM2AhQgBSAENgIQIAUgADYCOCAFIAVBP2oiADYCNCAFIAA2AjAgBSAANgIsIAUgBUEUajYCKCAFIAA2AiQgBSAANgIgIAUgADYCHCAFIAVBEGo2AhgjAEHQAGsiBCQAIARBJGoiAyAFQRhqIgAoAiAQcSAEQQA2AjAgBEEANgI4IAQgACgCACgCACIGNgI0IAQgACgCECgCACIHNgI8IAQoAiRFBEAgBEEQaiAEQThqEP4BIAQoAhAhBiAEKAIUIQcgBEEIaiAEQTBqEP4BIAQoAgghBSAEKAIMIQogBCADEPEBIAQoAgAiACAFIAAbIgUgBiAFGyIDQQEgAxsgBCgCBCAKIAAbIAcgBRtBACADGxCeAwALIAQgBCgCLDYCSCAEIAQpAiQiEzcDQCAEQRhqIRAjAEFAaiIAJAAgACAHNgIMIAAgBjYCCAJAIBOnIgZBDGoQ0AEiAwRAIAAgAzYCECAAQTBqIgsgBiADQQhqIABBCGoQXSAAKAI0IQMgACgCMCIHQYCAgIB4RwRAIAAgACgCODYCHCAAIAM2AhggACAHNgIUIABBDGoQhwMiAwRAIAAoAhAhESAAIAAoAhw2AjggACAAKQIUNwMwIAAgEUE4akHcj8AAEJQCIAAoAgQhEiAAKAIAIQggBigCBCEMIAYoAgghDSADEJ0CIQ8jAEEwayIGJAAgBiAPNgIUIwBBEGsiByQAIAdBCGogCEGAAWoiCCAMIA0Qb0EAIQMgBygCCEEBRgRAIAggBygCDEGwl8AAEKECQQxqIQMLIABBIGohDCAHQRBqJAAgBkEHNgIYAkAgA0UEQCAMQQc2AgAgBkEUahDVAiALEJIDDAELIAZBGGoiBxCeAiAGIAsoAgg2AiAgBiALKQIANwMYIAZBCGohDSMAQRBrIggkACAIQQhqIAMgBygCBCAHKAIIEG4CQAJAAn8gCCgCCEEBRgRAIAgoAgwiCSADKAIIIg5PDQIgAygCBCAJQQR0aiIJKAIMIQMgCSAPNgIMIAcQkgNBAQwBCyADKAIIIgkgAygCAEYEQCADELwBCyADKAIEIAlBBHRqIg4gBygCCDYCCCAOIAcpAgA3AgAgDiAPNgIMIAMgCUEBajYCCEEACyEHIA0gAzYCBCANIAc2AgAgCEEQaiQADAELIAkgDkGgl8AAEKQBAAsgBiAGKAIMNgIsIAYgBigCCCIDNgIoIAMEQCAGQSxqENUCCyAMQQg2AgALIAZBMGokAEEBIQYgEiASKAIAQQFqNgIAIBFBCGoQRCAAKAIgIgNBCEcEQCAAIAAoAiw2AjwgACAAKQIkNwI0IAAgAzYCMCALEPMCIQMgAEEQahC7AgwECyAAQRBqELsCQQAhBgwDCyAAQTRqQbCKwABBFBCGASAAQQA2AjAgAEEwahDzAiEDIABBFGoQkgMLIABBEGoQuwJBASEGDAELIABBBzYCMCAAQTBqEPMCIQNBASEGCyAAQQxqENUCIABBCGoQ1QIgECADNgIEIBAgBjYCACAAQUBrJAAgBCkDGCETIARBQGsQyAIgBUEIaiATNwMAIARB0ABqJAAgBSgCDCEAIAUgBSgCCCIENgIEIAUgAEEAIARBAXEbNgIAIAogBSkDADcCACAFQUBrJAAgCigCACAKKAIEIApBEGokAAswAQF/IwBBEGsiAyQAIAMgACABEFIiACACJgEgABB+IAMoAgAgAygCBCADQRBqJAALIAAgAS0AEEEBRgR/IAEgACgCACgCABCTAkEBcwVBAQsLLQEBfkGAosAAKQMAIQFBgKLAAEIANwMAIAAgAUIgiD4CBCAAIAGnQQFGNgIACyQBAX8gACgCACAAKAIIIgJrIAFJBEAgACACIAFBBEEEEMUBCwshAAJ/IAAQiQNFBEBBgAggABCLA0UNARoLIAAgARD6AgsLJwAgASACIAMQjAIgASAEIAUQRiAAIAEoAgg2AgggACABKQIANwIACxoAIAAoAgAlASABBH8gASgCAAVBAAslARAQCxoAIAAoAgAlASABBH8gASgCAAVBAAslARASCxoAIAAoAgAlASABBH8gASgCAAVBAAslARATCxoAIAAoAgAlASABBH8gASgCAAVBAAslARAVCyQBAX8gACgCACAAKAIIIgJrIAFJBEAgACACIAFBAUEBEMUBCwuOBgIGfwF+A0AjAEEQayICJAACQAJ/AkAgACABQRNqQXBxIgMgACADSxtBAWsQ+QEiBEEBaiIFQT5NBEACQEHoocAAKQMAIghCfyAFrYaDEKUDIgVBP00EQCAAQRFJDQEgAEEBayEGA0AgAkEEaiAFIAMgBhBqIAIoAgRBAUYNBCAFQT9JBEBB6KHAACkDAEJ/IAVBAWqthoMQpQMiBUHAAEkNAQsLIAJBBGogBCADIAYQaiACKAIEDQNBACEFDAULQQAhBSAIIAStiEIBg1ANBCACQQRqIAQgAyAAQQFrEGogAigCBEEBRg0CDAQLQfChwAAoAgAgBUECdGooAgAiBSgCDCAFELQBIAVBBGsiBiAGKAIAQQJzNgIAIAVqDAILQQAhBUHoocAAKQMAQgBZDQIgAkEEakE/IAMgAEEBaxBqIAIoAgRBAUcNAgsgAigCCCEFIAIoAgwLIQQgBCADIAVqIgNGBH9BAQUgAyAEEHVBAwshBCADQQRrIAQ2AgALIAJBEGokACAFRQRAIAFBE2pBcHEgAEEAIABBEEsbakGPgARqQRB2IgNAACIGQX9GIgdFBEBB9KHAACgCACECQfShwABBADYCACADQRB0IQRB9KHAAAJ/IAJBACAGQRB0IgMgAkYbRQRAQX8gAyAEaiICIAIgA0kbQXBxIQYCfwJAQfChwAAoAgAEQEEAIAMgA0ETakFwcSIEQRBqIgJLIAIgBktyDQIaIARBBGtBBzYCAAwBC0EAIANBASADG0EDakF8cSIDQZMCakFwcSIEIANJIAQgBktyDQEaQfChwAAgAzYCACAEQQRrQQNBASAEIAZJGzYCAEEAIQIDQCACQYACRg0BIAIgA2pBADYCACACQQRqIQIMAAsACyAEIAZJBEAgBCAGEHULIAYLDAELIAJBfyADIARqIgQgAyAESxtBcHEiA08EfyACBQJAIAJBBGsiBigCACIEQQFxRQRAIAIgBGsiAhC0AQwBCyAGIARBAnI2AgALIAIgAxB1IAMLCzYCAAsgB0UNAQsLIAULHAEBfyAAKAIAIABBBGoQ1QIEQCAAQQhqENUCCwsXACABIANGBH8gACACIAEQrQEFQQELRQtUAQF/IAAoAgAiASABKAIAQQFrIgE2AgAgAUUEQCMAQRBrIgEkACABIABBBGo2AgwgASAAKAIAIgA2AgggAEEMahC8AiABQQhqEOsBIAFBEGokAAsLWwEBfyAAKAIAIgEgASgCAEEBayIBNgIAIAFFBEAjAEEQayIBJAAgASAAQQRqNgIMIAEgACgCACIANgIIIABBDGoiABClASAAELsCIAFBCGoQ6wEgAUEQaiQACwuKAQECfyAAKAIAIgEgASgCAEEBayIBNgIAIAFFBEAjAEEQayIBJAAgASAAQQRqNgIMIAEgACgCACIANgIIIABBDGoiAEEMahCJAiAAEJIDIABBEGoQ1QICQCABQQhqKAIAIgBBf0YNACAAIAAoAgRBAWsiAjYCBCACDQAgAEEgENwCCyABQRBqJAALC1QBAX8gACgCACIBIAEoAgBBAWsiATYCACABRQRAIwBBEGsiASQAIAEgAEEEajYCDCABIAAoAgAiADYCCCAAQQxqEIkCIAFBCGoQ6wEgAUEQaiQACwt4AQJ/IAAoAgAiASABKAIAQQFrIgE2AgAgAUUEQCMAQRBrIgEkACABIABBBGo2AgwgASAAKAIAIgA2AgggAEEIahBVAkAgAUEIaigCACIAQX9GDQAgACAAKAIEQQFrIgI2AgQgAg0AIABBqAIQ3AILIAFBEGokAAsLmAEBAn8gACgCACIBIAEoAgBBAWsiATYCACABRQRAIwBBEGsiASQAIAEgAEEEajYCDCABIAAoAgAiADYCCCAAQRRqEIkCIABBCGoQkgMgAEEYahDVAiAAQRxqEO4CIABBMGoQ1QICQCABQQhqKAIAIgBBf0YNACAAIAAoAgRBAWsiAjYCBCACDQAgAEE0ENwCCyABQRBqJAALCyUAIAAgASgCCDYCBCAAIAEoAgRBACABKAIAQYCAgIB4Rxs2AgALHQAgAARAIAAgASgCEBEAAA8LQdCYwABBMhCeAwALVAEBfyAAKAIAIgEgASgCAEEBayIBNgIAIAFFBEAjAEEQayIBJAAgASAAQQRqNgIMIAEgACgCACIANgIIIABBDGoQwgIgAUEIahCNAiABQRBqJAALC+MCAQZ/IAAoAgAiASABKAIAQQFrIgE2AgAgAUUEQCMAQRBrIgQkACAEIABBBGo2AgwgBCAAKAIAIgE2AggjAEEQayIAJAACQCABQQxqIgUoAgwiAUUEQCAAQgA3AgggAEIANwIADAELIAAgBSgCCCIDIAUoAgAiAkEAIAIgA00bayIDNgIAIAIgA2siBiABTwRAIABCADcCCCAAIAEgA2o2AgQMAQsgAEEANgIIIAAgAjYCBCAAIAEgBms2AgwLIAAoAgQgACgCACECIAUoAgQhAyAAIAAoAgwgACgCCCIGazYCBCAAIAMgBkECdGo2AgAgAmshASADIAJBAnRqIQIDQCABBEAgAUEBayEBIAIQvwIgAkEEaiECDAELCyAAKAIEIQIgACgCACEBA0AgAgRAIAJBAWshAiABEL8CIAFBBGohAQwBCwsgAEEQaiQAIAUQuwEgBEEIahCNAiAEQRBqJAALC4EBAQJ/IAAoAgAiASABKAIAQQFrIgE2AgAgAUUEQCMAQRBrIgEkACABIABBBGo2AgwgASAAKAIAIgA2AgggAEEMaiIAKAIABEAgABDmAQsCQCABQQhqKAIAIgBBf0YNACAAIAAoAgRBAWsiAjYCBCACDQAgAEEYEHgLIAFBEGokAAsLHwAgACgCAARAIAAQ5gEgACgCDCAAKAIIKAIMEQAACwvmAwIDfwF+EFIiBSADJgEjAEFAaiIEJAAgBCACNgIQIAQgATYCDCAEIAU2AhQgBCAANgI4IAQgBEE/aiIANgI0IAQgADYCMCAEIAA2AiwgBCAEQRRqNgIoIAQgADYCJCAEIAA2AiAgBCAEQRBqNgIcIAQgBEEMajYCGCMAQeAAayIAJAAgAEEgaiAEQRhqIgEoAiAQcSAAQSxqIAEoAgAoAgAgASgCBCgCABD9ASAAQQA2AjggACABKAIQKAIAIgI2AjwCQCAAKAIgBEAgACgCLEGAgICAeEcNAQsgAEEYaiAAQThqEP4BIAAoAhghBCAAKAIcIQUgAEEQaiAAQSxqEN4BIAAoAhAhAiAAKAIUIQYgAEEIaiAAQSBqEPABIAAoAggiASACIAEbIgIgBCACGyIEQQEgBBsgACgCDCAGIAEbIAUgAhtBACAEGxCeAwALIAAgACgCKDYCSCAAIAApAiAiBzcDQCAAIAApAiw3A1AgACAAKAI0NgJYIwBBEGsiASQAIAEgAjYCDCAHpyIFKAIAQRxqIABB0ABqIgIoAgQgAigCCCABQQxqIgYQXCAFEIQDIQUgBhDVAiACEJIDIAFBEGokACAAQUBrEMcCIABB4ABqJAAgBEFAayQAIAUlASAFEIEBC+YDAgN/AX4QUiIFIAMmASMAQUBqIgQkACAEIAI2AhAgBCABNgIMIAQgBTYCFCAEIAA2AjggBCAEQT9qIgA2AjQgBCAANgIwIAQgADYCLCAEIARBFGo2AiggBCAANgIkIAQgADYCICAEIARBEGo2AhwgBCAEQQxqNgIYIwBB4ABrIgAkACAAQSBqIARBGGoiASgCIBBxIABBLGogASgCACgCACABKAIEKAIAEP0BIABBADYCOCAAIAEoAhAoAgAiAjYCPAJAIAAoAiAEQCAAKAIsQYCAgIB4Rw0BCyAAQRhqIABBOGoQ/gEgACgCGCEEIAAoAhwhBSAAQRBqIABBLGoQ3gEgACgCECECIAAoAhQhBiAAQQhqIABBIGoQ7wEgACgCCCIBIAIgARsiAiAEIAIbIgRBASAEGyAAKAIMIAYgARsgBSACG0EAIAQbEJ4DAAsgACAAKAIoNgJIIAAgACkCICIHNwNAIAAgACkCLDcDUCAAIAAoAjQ2AlgjAEEQayIBJAAgASACNgIMIAenIgUoAgBBKGogAEHQAGoiAigCBCACKAIIIAFBDGoiBhBcIAUQhgMhBSAGENUCIAIQkgMgAUEQaiQAIABBQGsQxgIgAEHgAGokACAEQUBrJAAgBSUBIAUQgQELHQAgACABEFIiACACJgEgABBSIgAgAyYBIAAQkQELHgEBfyAAKAIEIgEgASgCAEEBazYCACAAQQhqELgCCx4BAX8gACgCBCIBIAEoAgBBAWs2AgAgAEEIahC3AgseAQF/IAAoAgQiASABKAIAQQFrNgIAIABBCGoQuQILHgEBfyAAKAIEIgEgASgCAEEBazYCACAAQQhqELoCCxsBAX8gAEEEEJADIgFFBEBBBCAAEKADAAsgAQsaAQF/IAAoAgAiAUEASgRAIAAoAgQgARB4CwsbAQF/IAAgARCRAyICRQRAIAAgARCgAwALIAILFwEBfyAAKAIAIgEEQCAAKAIEIAEQeAsLFwAgAEEIahCSAyAAENcCIABBFGoQ3wILGAAgAC0AHEUEQCAAELUCIABBDGoQngILCxcBAX8gABAlIgE2AgQgACABQQBHNgIACxcBAX8gABAmIgE2AgQgACABQQBHNgIACxcBAX8gABAnIgE2AgQgACABQQBHNgIACxcBAX8gABAoIgE2AgQgACABQQBHNgIACx8AIAAEQCAAIAEQoAMAC0HkncAAQSNB+J3AABDPAQALFQAgACgCACIAQYQITwRAIAAQgQELCxYAIAEoAgAgASkDCCAAKAIAKQMAWHELEgAgACgCAARAIABBBGoQ1QILCxIAIAAtAAAEQCAAQQRqENUCCwsWAQF/IAAoAgQgACgCCBDbAiAAEJIDCxAAQYqawABB0QAgABDPAQALFgEBbyAAIAEQPyECEFIiACACJgEgAAsNACABBEAgACABEHgLCxIAIAAoAgBBAkkEQCAAEM4CCwsWACAAKAIAQYCAgIB4RwRAIAAQ9QILCxYAIAAoAgBBgICAgHhHBEAgABCSAwsLEgAgAEEsahCSAyAAQSBqELUCCxMAIAAoAgBFBEAgAEEEahDVAgsLFgAgACABQQhqNgIEIABBhJvAADYCAAsTAEGAosAAIACtQiCGQgGENwMACw0AIAEEQCAAIAEQeAsLHAAgAEG8ncAAKQIANwIIIABBtJ3AACkCADcCAAscACAAQaydwAApAgA3AgggAEGkncAAKQIANwIACxYAIAAoAgAgASACIAAoAgQoAgwRBQALzwIDAX8BfgFvIwBBIGsiAyQAIAMgAjYCBCADIAE2AgAgAyAANgIYIAMgA0EfaiIANgIUIAMgADYCECADIANBBGo2AgwgAyADNgIIIwBB0ABrIgAkACAAQRhqIANBCGoiASgCEBBxIABBJGogASgCACgCACABKAIEKAIAEP0BAkAgACgCGARAIAAoAiRBgICAgHhHDQELIABBEGogAEEkahDeASAAKAIQIQIgACgCFCEDIABBCGogAEEYahDwASAAKAIIIgEgAiABGyICQQEgAhsgACgCDCADIAEbQQAgAhsQngMACyAAIAAoAiA2AjggACAAKQIYIgQ3AzAgACAAKQIkNwNAIAAgACgCLDYCSCAEpygCAEEcaiAAQUBrIgEoAgQgASgCCBB5IQIgARCSAyAAQTBqEMcCIABB0ABqJAAgA0EgaiQAIAIlASACEIEBC/ACAwJ/AX4BbyMAQSBrIgMkACADIAI2AgQgAyABNgIAIAMgADYCGCADIANBH2oiADYCFCADIAA2AhAgAyADQQRqNgIMIAMgAzYCCCMAQdAAayIAJAAgAEEYaiADQQhqIgEoAhAQcSAAQSRqIAEoAgAoAgAgASgCBCgCABCFAQJAIAAoAhgEQCAAKAIkQYGAgIB4Rw0BCyAAQRBqIABBJGoQ3QEgACgCECECIAAoAhQhAyAAQQhqIABBGGoQ8AEgACgCCCIBIAIgARsiAkEBIAIbIAAoAgwgAyABG0EAIAIbEJ4DAAsgACAAKAIgNgI4IAAgACkCGCIFNwMwIAAgACkCJDcDQCAAIAAoAiw2AkgjAEEQayIBJAAgAUEIaiAAQUBrIgQQvQIgBaciAigCAEEcaiABKAIIIAEoAgwQZCACEIQDIQIgBBDfAiABQRBqJAAgAEEwahDHAiAAQdAAaiQAIANBIGokACACJQEgAhCBAQvPAgMBfwF+AW8jAEEgayIDJAAgAyACNgIEIAMgATYCACADIAA2AhggAyADQR9qIgA2AhQgAyAANgIQIAMgA0EEajYCDCADIAM2AggjAEHQAGsiACQAIABBGGogA0EIaiIBKAIQEHEgAEEkaiABKAIAKAIAIAEoAgQoAgAQ/QECQCAAKAIYBEAgACgCJEGAgICAeEcNAQsgAEEQaiAAQSRqEN4BIAAoAhAhAiAAKAIUIQMgAEEIaiAAQRhqEO8BIAAoAggiASACIAEbIgJBASACGyAAKAIMIAMgARtBACACGxCeAwALIAAgACgCIDYCOCAAIAApAhgiBDcDMCAAIAApAiQ3A0AgACAAKAIsNgJIIASnKAIAQShqIABBQGsiASgCBCABKAIIEHkhAiABEJIDIABBMGoQxgIgAEHQAGokACADQSBqJAAgAiUBIAIQgQEL8AIDAn8BfgFvIwBBIGsiAyQAIAMgAjYCBCADIAE2AgAgAyAANgIYIAMgA0EfaiIANgIUIAMgADYCECADIANBBGo2AgwgAyADNgIIIwBB0ABrIgAkACAAQRhqIANBCGoiASgCEBBxIABBJGogASgCACgCACABKAIEKAIAEIUBAkAgACgCGARAIAAoAiRBgYCAgHhHDQELIABBEGogAEEkahDdASAAKAIQIQIgACgCFCEDIABBCGogAEEYahDvASAAKAIIIgEgAiABGyICQQEgAhsgACgCDCADIAEbQQAgAhsQngMACyAAIAAoAiA2AjggACAAKQIYIgU3AzAgACAAKQIkNwNAIAAgACgCLDYCSCMAQRBrIgEkACABQQhqIABBQGsiBBC9AiAFpyICKAIAQShqIAEoAgggASgCDBBkIAIQhgMhAiAEEN8CIAFBEGokACAAQTBqEMYCIABB0ABqJAAgA0EgaiQAIAIlASACEIEBCxMAIAAgARBSIgAgAiYBIAAQsgELDwAgACgCAARAIAAQiQILCz8BAn8gAEEEaiICIgEoAgghACABKAIEIQEDQCAABEAgAEEBayEAIAEQ9wIgAUEUaiEBDAELCyACQQRBFBDMAQsVACAAKAIAJQEgASgCACUBEDFBAEcLFAIBbwF/ECAhABBSIgEgACYBIAELLwAgAiADELQCIgIEQCADIAEgASADSxsiAwRAIAIgACAD/AoAAAsgACABEHgLIAILEgAgASgCACAAKAIAKAIAEJMCCw0BAX8gABBtIAAQngILDwAgABCSAyAAQQxqELwCCw8AIABBDGoQ1QIgABCbAwsPACAAEJIDIABBDGoQ9QILDwAgABCSAyAAQQxqENUCCxAAIAAtABhFBEAgABDhAQsLEAAgAC0ABEUEQCAAELsCCwsgAQFvIAAoAgAlASABKAIAJQEQCiECEFIiACACJgEgAAsTACAAKAIAJQEgASgCACUBEAIaCw8AEPsBGkG8ocAAIAAQdAsTACAAQcSdwAA2AgQgACABNgIACxEAIAEgACgCACAAKAIEEOcCCxAAIAEgACgCACAAKAIEEEILggEDAn8BfgFvIwBBMGsiASQAIAFBFGoiAiAAEHEgASgCFEUEQCABQQhqIAIQ8QEgASgCCCIAQQEgABsgASgCDEEAIAAbEJ4DAAsgASABKAIcNgIoIAEgASkCFCIDNwMgIAOnQRBqEJ0CIQAgAUEgahDIAiABQTBqJAAgACUBIAAQgQELhQEDAn8BfgFvIwBBMGsiASQAIAFBFGoiAiAAEHEgASgCFEUEQCABQQhqIAIQ8AEgASgCCCIAQQEgABsgASgCDEEAIAAbEJ4DAAsgASABKAIcNgIoIAEgASkCFCIDNwMgIAOnKAIAQRhqEJ0CIQAgAUEgahDHAiABQTBqJAAgACUBIAAQgQELDwAgACgCACUBIAEgAhAACw8AIAEgACgCACgCABCIAgsNACAAKAIAQQhqEL0BCykBAX9BBEEQEMwCIgEgADYCDCABQQA2AgggAUKBgICAEDcCACABQQhqCw0AIAAoAgBBCGoQvgELDAAgAEEAIAAQiwMbCw4AIAAoAgAlARAvQQBHCw4AIAAoAgAlARAyQQBHCw4AIAAoAgAlARAzQQBHCw4AIAAoAgAlARA2QQBHCw4AIAAoAgAlARA3QQBHCw8AIABB1JzAACABIAIQQwsTAEHgn8AAQd0AQZCgwAAQzwEACxAAQbmgwABBxwAgABDPAQALCQAgASAAELQCCwkAIAEgABCQAwsLACAAQQFBARDMAQsWAQFvIAAgARA8IQIQUiIAIAImASAACwwAIAAoAgAlARAwRQsLACAAQQRBBBDMAQsMACAAQQhBwAAQzAELNAECfyAAKAIIIQEgACgCBCECA0AgAQRAIAFBAWshASACELwCIAJBBGohAgwBCwsgABCVAws0AQJ/IAAoAgghASAAKAIEIQIDQCABBEAgAUEBayEBIAIQ4AIgAkFAayECDAELCyAAEJYDCwwAIAAQpwMgABDVAgsLACAAQQRBEBDMAQs8AQJ/IAAoAgghAiAAKAIEIQEDQCACBEAgARCSAyABQQxqENUCIAJBAWshAiABQRBqIQEMAQsLIAAQmgMLCQAQ+wEgABB0Cw0AQYWcwABBGxCeAwALCQAgACABEC4ACwwAIAAgASkCADcDAAs+AQF/IwBBEGsiAiQAIAIgATYCDCACIAA2AgggAkEIaiIAKAIAIAAoAgRBlKLAACgCACIAQeYAIAAbEQEAAAsNACABQfygwABBGBBCCw0AIAFB3KDAAEEgEEILcgICfwF+IwBBMGsiASQAIAFBFGoiAiAAEHEgASgCFEUEQCABQQhqIAIQ7wEgASgCCCIAQQEgABsgASgCDEEAIAAbEJ4DAAsgASABKAIcNgIoIAEgASkCFCIDNwMgIAOnEKUBIAFBIGoQxgIgAUEwaiQAC3gCAn8BfiMAQTBrIgEkACABQRRqIgIgABBxIAEoAhRFBEAgAUEIaiACEO8BIAEoAggiAEEBIAAbIAEoAgxBACAAGxCeAwALIAEgASgCHDYCKCABIAEpAhQiAzcDICADpygCAEEIahC5ASABQSBqEMYCIAFBMGokAAsGACAAeqcLDABB+4nAAEEEENsCCwsAIAAoAgAlARA4CwwAQaiiwABBAToAAAsJACAAQQA2AgALBgAgABBzCwcAIAAQmwELBwAgABDAAgsEABA5CwIACywBAX8CQCAAKAIAIgBBf0YNACAAIAAoAgRBAWsiAjYCBCACDQAgACABEHgLC04BAX8jAEEgayIGJAAgBiABNgIMIAYgADYCCCAGIAUgBmqtQoCAgIDgDoQ3AxggBiAEIAZqrUKAgICA4A6ENwMQIAMgBkEQaiACEM8BAAs2AQF/IAEoAgAiBEH/////B08EQCACEIMCAAsgASAEQQFqNgIAIAAgATYCBCAAIAEgA2o2AgALKgAgASgCAEUEQCABQX82AgAgACABNgIEIAAgASADajYCAA8LIAIQggIACygBAX8jAEEQayICJAAgAiACQQ9qrSABhDcDAEGTg8AAIAIgABDPAQALLQEBfyABQQhrIgMgAygCAEEBaiIDNgIAIANFBEAACyAAIAE2AgQgACACNgIACz8BAX8jAEEQayIDJAAgA0EIaiAAIAJqIAEQ6gEgAygCDCEAIAMoAggQnQIgACAAKAIAQQFrNgIAIANBEGokAAsL5SEEAEGAgMAAC5QhYXR0ZW1wdGVkIHRvIHRha2Ugb3duZXJzaGlwIG9mIFJ1c3QgdmFsdWUgd2hpbGUgaXQgd2FzIGJvcnJvd2VkbnVsbCBwb2ludGVyIHBhc3NlZCB0byBydXN0cmVjdXJzaXZlIHVzZSBvZiBhbiBvYmplY3QgZGV0ZWN0ZWQgd2hpY2ggd291bGQgbGVhZCB0byB1bnNhZmUgYWxpYXNpbmcgaW4gcnVzdAAAAAUAAAAEAAAABAAAAAYAAAAHAAAARm5PbmNlIGNhbGxlZCBtb3JlIHRoYW4gb25jZQgAAAAIAAAABAAAAAkAAAAKAAAACAAAAAgAAAAEAAAACwAAAAwAAAAIAAAACAAAAAQAAAANAAAADgAAAAgAAAAIAAAABAAAAA8AAAAQAAAAY2xvc3VyZSBpbnZva2VkIHJlY3Vyc2l2ZWx5IG9yIGFmdGVyIGJlaW5nIGRyb3BwZWQgaW5kZXggb3V0IG9mIGJvdW5kczogdGhlIGxlbiBpcyDAEiBidXQgdGhlIGluZGV4IGlzIMAAL3J1c3RjLzU5ODA3NjE2ZTFmYTI1NDA3MjRiZmJhYzE0ZDc5NzZkN2U0YTM4NjAvbGlicmFyeS9jb3JlL3NyYy9jZWxsL2xhenkucnMAc3JjL3Byb3RvY29sL2NsaWVudC5ycwBzcmMvcHJvdG9jb2wvcGFja2V0LnJzAHNyYy9jbGllbnQvZXJyb3IucnMAc3JjL2NsaWVudC9kcml2ZXIucnMAc3JjL2NsaWVudC9lbWl0dGVyLnJzAHNyYy9wcm90b2NvbC9zbWFsbF9tYXAucnMAY3JhdGVzL2luZGV4LmNyYXRlcy5pby0xOTQ5Y2Y4YzZiNWI1NTdmL2pzLXN5cy0wLjMuMTA3L3NyYy9mdXR1cmVzL2pzcGkucnMAY3JhdGVzL2luZGV4LmNyYXRlcy5pby0xOTQ5Y2Y4YzZiNWI1NTdmL2pzLXN5cy0wLjMuMTA3L3NyYy9mdXR1cmVzL3F1ZXVlLnJzAC9ydXN0Yy81OTgwNzYxNmUxZmEyNTQwNzI0YmZiYWMxNGQ3OTc2ZDdlNGEzODYwL2xpYnJhcnkvYWxsb2Mvc3JjL3Jhd192ZWMvbW9kLnJzAC9ydXN0Yy81OTgwNzYxNmUxZmEyNTQwNzI0YmZiYWMxNGQ3OTc2ZDdlNGEzODYwL2xpYnJhcnkvYWxsb2Mvc3JjL3ZlYy9tb2QucnMAY3JhdGVzL2luZGV4LmNyYXRlcy5pby0xOTQ5Y2Y4YzZiNWI1NTdmL2pzLXN5cy0wLjMuMTA3L3NyYy9mdXR1cmVzL3Rhc2svc2luZ2xldGhyZWFkLnJzABJyZW1vdmFsIGluZGV4IChpcyDAFikgc2hvdWxkIGJlIDwgbGVuIChpcyDAASkAFnN3YXBfcmVtb3ZlIGluZGV4IChpcyDAFikgc2hvdWxkIGJlIDwgbGVuIChpcyDAASkAdHlwZW5hbWV0b2Zyb21pZGJvZHllcnJvcnRpdGxla2V5AABSAxAATAAAAHkLAAAkAAAAAAAAAAQAAAAEAAAAEQAAABIAAAATAAAAIAAAAAgAAAAUAAAAFQAAACAAAAAEAAAAFgAAABcAAAAIAAAABAAAABgAAACfAxAAVwAAAEYAAAAVAAAAbWVzc2FnZXJlcXVlc3RyZXNwb25zZWV2ZW50bnVsbGJvZHkgY2Fubm90IGJlIHNlbnQgYXMgSlNPTjogbmFtZSBpcyBub3QgYSBzdHJpbmdjYiBpcyBub3QgYSBmdW5jdGlvbnRpbWVvdXRvcHRpb25zLnRpbWVvdXQgbXVzdCBiZSBhIHBvc2l0aXZlIG51bWJlciBvZiBtaWxsaXNlY29uZHNjYWxsYmFjayBpcyBub3QgYSBmdW5jdGlvblByb21pc2UgZXhlY3V0b3IgcnVucyBhdCBvbmNlABECEAATAAAALgAAACYAAAARAhAAEwAAAFEAAAArAAAAY29kZSUCEAAUAAAAMAAAABMAAAAlAhAAFAAAADQAAAATAAAAJQIQABQAAAA6AAAAEwAAADAxMjM0NTY3ODlhYmNkZWZnaGlqa2xtbm9wcXJzdHV2d3h5eiUCEAAUAAAAzAEAABoAAAAlAhAAFAAAAAsBAAArAAAAJQIQABQAAADVAAAAKAAAACUCEAAUAAAAwQAAABMAAAAlAhAAFAAAAOkAAAATAAAAJQIQABQAAAD8AAAAIwAAACUCEAAUAAAAAwEAABYAAAAlAhAAFAAAAAUBAAAXAAAAJQIQABQAAACxAAAAFgAAABkAAAAgAQAACAAAABoAAAAbAAAAHAAAAB0AAAAeAAAAGAAAAAQAAAAfAAAAIAAAACUCEAAUAAAAtAAAACgAAAAlAhAAFAAAALYAAAAdAAAAcmVwbHkAAAAlAhAAFAAAAMUAAAATAAAAcmFnZW50Q3JlYXRlZHJhZ2VudERlc3Ryb3llZFdlYlNvY2tldCBlcnJvcmNsb3NlJQIQABQAAAAQAQAAIAAAACUCEAAUAAAAEQEAADAAAAAlAhAAFAAAAMoAAAATAAAAJQIQABQAAABjAQAAIAAAACUCEAAUAAAAZAEAABMAAAAlAhAAFAAAAGYBAAArAAAAJQIQABQAAABQAQAAHAAAACUCEAAUAAAAUQEAACQAAAAlAhAAFAAAAOEAAAAiAAAAOgIQABUAAAAxAAAAHwAAADoCEAAVAAAAMAAAACUAAAA6AhAAFQAAABsAAAATAAAAbGlzdGVuZXIgaXMgbm90IGEgZnVuY3Rpb24AADoCEAAVAAAARgAAACYAAAA6AhAAFQAAAD8AAAATAAAAOgIQABUAAAAlAAAAIgAAADoCEAAVAAAAKgAAABIAAAA6AhAAFQAAADcAAAAOAAAAdXJscmVxdWVzdFRpbWVvdXRjb25maWcucmVxdWVzdFRpbWVvdXQgbXVzdCBiZSBhIHBvc2l0aXZlIG51bWJlciBvZiBtaWxsaXNlY29uZHNjb25maWcudXJsIGlzIG5vdCBhIHN0cmluZ2NvbmZpZy5rZXkgaXMgbnVsbGNvbmZpZy51cmwgaXMgbnVsbGNvbmZpZyBpcyBudWxscmFnZW50cy5jcmVhdGVTZXNzaW9uKCk6IGFnZW50SW5mby5pZCBpcyBub3QgYSBzdHJpbmdhZ2VudEluZm8gaXMgbm90IGFuIG9iamVjdGNvbm5lY3Rpb24gY2xvc2VkIChjb2RlIClyYWdlbnRzLXByb3RvY29sLCJlcnJvciI6c2VydmVyZ2V0QWdlbnRzYWdlbnQgZG9lcyBub3QgaGFuZGxlIG1lc3NhZ2VzIG5hbWVkICcnAOMBEAAWAAAAfgIAAB8AAABjcmVhdGVBZ2VudDogbm8gaWQgaW4gcmVzcG9uc2VjcmVhdGVBZ2VudHsiaWQiOmRlc3Ryb3lBZ2VudAAAAAAABAAAAAQAAAAhAAAAIgAAACIAAABjb25uZWN0MHsia2V5Ijp9YWdlbnRDcmVhdGVkYWdlbnREZXN0cm95ZWQAAAAAAAAEAAAABAAAACMAAAAkAAAAJAAAAC4AAABAChAABwAAAEcKEAABAAAApQkQAAYAAABFUlJfSU5WQUxJRF9BUkdFUlJfQ09OTkVDVEVSUl9DTE9TRURFUlJfVElNRU9VVEVSUl9BR0VOVF9ERVNUUk9ZRURFUlJfQUdFTlRfTk9UX0ZPVU5ERVJSX1JFTU9URUVSUl9ERVNUUk9ZRURzZXNzaW9uIGNsb3NlZHJlcXVlc3QgdGltZWQgb3V0IGFmdGVyICBtc2FnZW50IGRlc3Ryb3llZGFnZW50IG5vdCBmb3VuZGRlc3Ryb3llZCI6AAD6ARAAFgAAANEAAAAJAAAAXCJcXFxuXHJcdFx1MDAwMTIzNDU2Nzg5YWJjZGVmAABQAhAAGQAAABcAAAAxAAAAUAIQABkAAAAlAAAAQAAAAFACEAAZAAAAGwAAADUAAAAlAhAAFAAAAH0AAAARAAAAJQIQABQAAAC4AQAAEwAAACUCEAAUAAAAswEAABMAAAAlAhAAFAAAAKYBAAATAAAAJQIQABQAAACuAQAAEwAAAA8AAAALAAAACgAAAAsAAAATAAAAEwAAAAoAAAANAAAAoAoQAK8KEAC6ChAAxAoQAM8KEADiChAA9QoQAP8KEABjbG9zdXJlIGludm9rZWQgcmVjdXJzaXZlbHkgb3IgYWZ0ZXIgYmVpbmcgZHJvcHBlZGNhbGxlZCBgUmVzdWx0Ojp1bndyYXBfdGhyb3coKWAgb24gYW4gYEVycmAgdmFsdWUAlBAQAJwQEACkEBAArBAQAFMAAAAEAAAABAAAAFQAAABVAAAAY2xvc3VyZSBpbnZva2VkIHJlY3Vyc2l2ZWx5IG9yIGFmdGVyIGJlaW5nIGRyb3BwZWRpbnRlcm5hbCBlcnJvcjogZW50ZXJlZCB1bnJlYWNoYWJsZSBjb2RlAACVARAATQAAAP4AAAAuAAAAlQEQAE0AAADtAAAATAAAAFsAAABcAAAAXQAAAF4AAABqAhAASgAAAMgAAAAsAAAAagIQAEoAAAC7AAAAIAAAAF8AAABgAAAAYQAAAGIAAACfAxAAVwAAAJwAAAAlAAAAtQIQAEsAAAAnAAAALgAAALUCEABLAAAAKgAAACkAAAC1AhAASwAAAEAAAAAaAAAAY2FsbGVkIGBPcHRpb246OnVud3JhcF90aHJvdygpYCBvbiBhIGBOb25lYCB2YWx1ZW51bGwgcG9pbnRlciBwYXNzZWQgdG8gcnVzdFRyaWVkIHRvIHNocmluayB0byBhIGxhcmdlciBjYXBhY2l0eQEDEABQAAAALAMAAAkAAABnAAAADAAAAAQAAABoAAAAaQAAAGoAAAAAAAAACAAAAAQAAABrAAAAbAAAAG0AAABuAAAAbwAAABAAAAAEAAAAcAAAAHEAAAByAAAAcwAAAG1dy9YsUOtjeEGmV3Ebi7kVolxVNFUH1FN4rYFR8KP3AAAAAAgAAAAEAAAAdAAAAGcAAAAMAAAABAAAAHUAAABjYXBhY2l0eSBvdmVyZmxvdwAAAAEDEABQAAAAHAAAAAUAAABSAxAATAAAAJoIAAANAAAAMDAwMTAyMDMwNDA1MDYwNzA4MDkxMDExMTIxMzE0MTUxNjE3MTgxOTIwMjEyMjIzMjQyNTI2MjcyODI5MzAzMTMyMzMzNDM1MzYzNzM4Mzk0MDQxNDI0MzQ0NDU0NjQ3NDg0OTUwNTE1MjUzNTQ1NTU2NTc1ODU5NjA2MTYyNjM2NDY1NjY2NzY4Njk3MDcxNzI3Mzc0NzU3Njc3Nzg3OTgwODE4MjgzODQ4NTg2ODc4ODg5OTA5MTkyOTM5NDk1OTY5Nzk4OTlMYXp5Q2VsbCBpbnN0YW5jZSBoYXMgcHJldmlvdXNseSBiZWVuIHBvaXNvbmVkAACVARAATQAAAHQBAAAFAAAAYXR0ZW1wdCB0byBkaXZpZGUgYnkgemVyb2Bhc3luYyBmbmAgcmVzdW1lZCBhZnRlciBjb21wbGV0aW9uUmVmQ2VsbCBhbHJlYWR5IG11dGFibHkgYm9ycm93ZWRSZWZDZWxsIGFscmVhZHkgYm9ycm93ZWQAQZShwAALKQIAAABWAAAAAgAAAFcAAAACAAAAWAAAAAIAAABZAAAAAAAAAFoAAABjAEHIocAACwUCAAAAZQBB2KHAAAsBBABwCXByb2R1Y2VycwIIbGFuZ3VhZ2UBBFJ1c3QADHByb2Nlc3NlZC1ieQMFcnVzdGMdMS45NS4wICg1OTgwNzYxNmUgMjAyNi0wNC0xNCkGd2FscnVzBjAuMjcuMwx3YXNtLWJpbmRnZW4HMC4yLjEzMACUAQ90YXJnZXRfZmVhdHVyZXMIKw9tdXRhYmxlLWdsb2JhbHMrE25vbnRyYXBwaW5nLWZwdG9pbnQrC2J1bGstbWVtb3J5KwhzaWduLWV4dCsPcmVmZXJlbmNlLXR5cGVzKwptdWx0aXZhbHVlKw9idWxrLW1lbW9yeS1vcHQrFmNhbGwtaW5kaXJlY3Qtb3Zlcmxvbmc=");
var u = new Uint8Array(b.length);
for (var i = 0; i < b.length; i++) u[i] = b.charCodeAt(i);
wasm_bindgen.initSync({ module: u });
var ragents = {
  createSession: wasm_bindgen.createSession,
  version: "1.1.0",
  Session: wasm_bindgen.Session,
  Agent: wasm_bindgen.Agent,
  RAgent: wasm_bindgen.RAgent
};
if (typeof module === "object" && module && module.exports) module.exports = ragents;
globalThis.ragents = ragents;
})();
