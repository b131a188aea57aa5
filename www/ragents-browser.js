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
         * `reply(err, body)`, bound to the packet of one request.
         * @param {any} request
         * @param {any} err
         * @param {any} body
         */
        reply(request, err, body) {
            wasm.responder_reply(this.__wbg_ptr, request, err, body);
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
    function __wbg_get_imports() {
        const import0 = {
            __proto__: null,
            __wbg_String_d153ba06a3f0696a: function() { return handleError(function (arg0) {
                const ret = String(arg0);
                return ret;
            }, arguments); },
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
            __wbg_bind_6c8081aa5318c83a: function(arg0, arg1, arg2) {
                const ret = arg0.bind(arg1, arg2);
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
            __wbg_now_b75598b8596756e5: function() {
                const ret = performance.now();
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
                // Cast intrinsic for `Closure(Closure { owned: true, function: Function { arguments: [Externref], shim_idx: 41, ret: Result(Unit), inner_ret: Some(Result(Unit)) }, mutable: true }) -> Externref`.
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
                const ret = makeMutClosure(arg0, arg1, wasm_bindgen__convert__closures_____invoke__h33099d654655c0be_34);
                return ret;
            },
            __wbindgen_generic_0000000000000004: function(arg0, arg1) {
                // Cast intrinsic for `Closure(Closure { owned: true, function: Function { arguments: [NamedExternref("MessageEvent")], shim_idx: 1, ret: Unit, inner_ret: Some(Unit) }, mutable: true }) -> Externref`.
                const ret = makeMutClosure(arg0, arg1, wasm_bindgen__convert__closures_____invoke__h33099d654655c0be_35);
                return ret;
            },
            __wbindgen_generic_0000000000000005: function(arg0, arg1) {
                // Cast intrinsic for `Closure(Closure { owned: true, function: Function { arguments: [], shim_idx: 39, ret: Unit, inner_ret: Some(Unit) }, mutable: true }) -> Externref`.
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

    function wasm_bindgen__convert__closures_____invoke__h33099d654655c0be_34(arg0, arg1, arg2) {
        wasm.wasm_bindgen__convert__closures_____invoke__h33099d654655c0be_34(arg0, arg1, arg2);
    }

    function wasm_bindgen__convert__closures_____invoke__h33099d654655c0be_35(arg0, arg1, arg2) {
        wasm.wasm_bindgen__convert__closures_____invoke__h33099d654655c0be_35(arg0, arg1, arg2);
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

var b = atob("AGFzbQEAAAABpwM8YAF/AGACf38AYAJ/fwF/YAN/f38AYAF/AX9gA39/fwF/YAR/f39/AGAAA39/f2ABbwF/YAFvAW9gAAF/YAV/f39/fwBgAn9/AW9gBH9/f38Bf2ABfwFvYAJvbwBgAABgBn9/f39/fwBgBH9/f28Df39/YAN/f38Bb2ADb29vAW9gAn9vAGADf29vA39/f2ACb38Bb2ACb28Bf2ACb28Bb2AAAXxgAAFvYAFvAGALf39/f39/f39/f38AYAJ/fgBgB39/f29vb28Df39/YAJ/bwN/f39gBH9/f28Bb2AAAn9/YANvf38AYARvb29vAW9gBH9/f38Bb2AEb39/fwBgA29vbwF/YAZ/f39/f38Bf2AGf39/fn9/AGAGf39/fX9/AGAGf39/fH9/AGAFf39/f38Bf2AFf39+f38Bf2AFf399f38Bf2AFf398f38Bf2AFf39+f38AYAV/f31/fwBgBX9/fH9/AGAFf29vb28Df39/YAABfmACb28Df39/YAN/b28Cf39gA39/bwJ/f2AEf29vbwBgBH9/b28AYAN/f28AYAF+AX8ClhpBDy4vcmFnZW50c19iZy5qcxtfX3diZ19zZW5kXzg3NDE2ZWU3MDQ4MWExOTAAIw8uL3JhZ2VudHNfYmcuanMkX193YmdfZ2V0X3VuY2hlY2tlZF9lNjMyNWFkMzc0ZWZmODYxABcPLi9yYWdlbnRzX2JnLmpzG19fd2JnX3B1c2hfYzlmNDg5M2ZjMjA5Zjc2OAAYDy4vcmFnZW50c19iZy5qcx1fX3diZ19sZW5ndGhfYjAzYTBmYWJiMTA5YjFlOQAIDy4vcmFnZW50c19iZy5qcx1fX3diZ19mcmVlemVfNGVlMTk3ZTg0NDZjODkyZgAJDy4vcmFnZW50c19iZy5qcxtfX3diZ19iaW5kXzZjODA4MWFhNTMxOGM4M2EAFA8uL3JhZ2VudHNfYmcuanMbX193YmdfY2FsbF9hNDEwZWI0YjU5ZWQ1OTY1ABQPLi9yYWdlbnRzX2JnLmpzG19fd2JnX2NhbGxfZmM5MmZlZTYxMzdkNDUyZAAkDy4vcmFnZW50c19iZy5qcxxfX3diZ19hcHBseV9iZmUyYjA3YjE0NjQyN2UyABQPLi9yYWdlbnRzX2JnLmpzGl9fd2JnX25ld19iYTQwMTgxYjNmMjRhYzgwAAwPLi9yYWdlbnRzX2JnLmpzHV9fd2JnX1N0cmluZ19kMTUzYmEwNmEzZjA2OTZhAAkPLi9yYWdlbnRzX2JnLmpzGl9fd2JnX2dldF9kZGQ0Y2IwMWViODI3ZjVmABkPLi9yYWdlbnRzX2JnLmpzD19fd2JnX2FnZW50X25ldwAODy4vcmFnZW50c19iZy5qcxBfX3diZ19yYWdlbnRfbmV3AA4PLi9yYWdlbnRzX2JnLmpzE19fd2JnX3Jlc3BvbmRlcl9uZXcADg8uL3JhZ2VudHNfYmcuanMaX193Ymdfbm93X2I3NTU5OGI4NTk2NzU2ZTUAGg8uL3JhZ2VudHNfYmcuanMRX193Ymdfc2Vzc2lvbl9uZXcADg8uL3JhZ2VudHNfYmcuanMcX193YmdfcGFyc2VfOGRhY2E3ZWQxM2ZhZmVhZgAJDy4vcmFnZW50c19iZy5qcyFfX3diZ19zZXRfb25vcGVuXzc1N2JlMTIwY2M3YjFlYTYADw8uL3JhZ2VudHNfYmcuanMhX193YmdfcmVhZHlTdGF0ZV8wMzliYzA0NzE0MWE1ZjZkAAgPLi9yYWdlbnRzX2JnLmpzIl9fd2JnX3NldF9vbmNsb3NlXzA3ODkzNWNmOGQwZmIwMjQADw8uL3JhZ2VudHNfYmcuanMiX193Ymdfc2V0X29uZXJyb3JfZjdmMDg5ZjdmMDU5NTAxYwAPDy4vcmFnZW50c19iZy5qcyNfX3diZ19uZXdfd2l0aF9zdHJfNGM4N2UyYTViYTkyNTAyMQAlDy4vcmFnZW50c19iZy5qcyRfX3diZ19zZXRfb25tZXNzYWdlXzI2YWJjNDljZmE1ZjlmZmMADw8uL3JhZ2VudHNfYmcuanMcX193YmdfY2xvc2VfMmE4YjFiYTA3YjllMGZlZQAmDy4vcmFnZW50c19iZy5qcxtfX3diZ19jb2RlXzNlNjg4MWQ4MjFlYWIyYzQACA8uL3JhZ2VudHNfYmcuanMdX193YmdfcmVhc29uXzM0YjE2NTE2YWIzZjcyZDQAFQ8uL3JhZ2VudHNfYmcuanMbX193YmdfZGF0YV9jN2U1ZTg1MDBmMWJjYTJmAAkPLi9yYWdlbnRzX2JnLmpzIV9fd2JnX3NldFRpbWVvdXRfYTYwZDgzYmVjMDZiNDM0NQAXDy4vcmFnZW50c19iZy5qcyNfX3diZ19jbGVhclRpbWVvdXRfMTEzYjFjZGU4MTRlYzc2MgAJDy4vcmFnZW50c19iZy5qcxtfX3diZ190aGVuX2UzZjdmMmQzNjU3MDhiZTgAGQ8uL3JhZ2VudHNfYmcuanMgX193Ymdfc3RyaW5naWZ5XzBhMGZiZjJlZjcyMjM4MGEACQ8uL3JhZ2VudHNfYmcuanMdX193YmdfcmFuZG9tX2RmMzZiOTBjZDc4YTdkNTQAGg8uL3JhZ2VudHNfYmcuanMaX193YmdfbmV3XzM3ZWI0NWFhZjVlZWI4MjAAGw8uL3JhZ2VudHNfYmcuanMbX193YmdfZnJvbV9lYWM5MTg3NWM4YTVmZmE0AAkPLi9yYWdlbnRzX2JnLmpzHl9fd2JnX2lzQXJyYXlfYmNmMTM3NmQwZDczMmQwOAAIDy4vcmFnZW50c19iZy5qcxpfX3diZ19uZXdfNzg3YjlmYjMzMGQ1NWQ3OAAMDy4vcmFnZW50c19iZy5qcxpfX3diZ19uZXdfY2Q0MzQ4MjkwYWZhZTU4NgAbDy4vcmFnZW50c19iZy5qczJfX3diZ19zdGF0aWNfYWNjZXNzb3JfR0xPQkFMX1RISVNfMDAzZWU4MzNhZjk2OTlmYwAKDy4vcmFnZW50c19iZy5qcytfX3diZ19zdGF0aWNfYWNjZXNzb3JfU0VMRl81M2JiMjA0NTc0MDE0NTNkAAoPLi9yYWdlbnRzX2JnLmpzLV9fd2JnX3N0YXRpY19hY2Nlc3Nvcl9HTE9CQUxfZTQyOTNmYjIyY2JlNzdkYQAKDy4vcmFnZW50c19iZy5qcy1fX3diZ19zdGF0aWNfYWNjZXNzb3JfV0lORE9XX2I1ZTA4MTBiZmVjYjdmZWIACg8uL3JhZ2VudHNfYmcuanMdX193YmdfcmVqZWN0XzMzNGI3MzBiM2MwMDg0OWIACQ8uL3JhZ2VudHNfYmcuanMeX193YmdfcmVzb2x2ZV9kYmY3OGFiNDk0MjQ3OGIwAAkPLi9yYWdlbnRzX2JnLmpzGl9fd2JnX3NldF8yNzkzNDc5ODg4MzI5Y2I2ACcPLi9yYWdlbnRzX2JnLmpzJV9fd2JnX3F1ZXVlTWljcm90YXNrXzRhMWE0ZDhkZDMzMjM3M2IAHA8uL3JhZ2VudHNfYmcuanMlX193YmdfcXVldWVNaWNyb3Rhc2tfMWU4NTAzYThhNjkwZjBhMwAJDy4vcmFnZW50c19iZy5qcydfX3diZ19fX3diaW5kZ2VuX3Rocm93XzRjODhkOGJmMjY0ZmQ5ODQAAQ8uL3JhZ2VudHNfYmcuanMpX193YmdfX193YmluZGdlbl9pc19udWxsX2MyMjMxMWIxY2MyMjhlM2EACA8uL3JhZ2VudHNfYmcuanMqX193YmdfX193YmluZGdlbl9pc19mYWxzeV9kODY0YjYyMzUwMGFlNjVkAAgPLi9yYWdlbnRzX2JnLmpzKl9fd2JnX19fd2JpbmRnZW5fanN2YWxfZXFfMzhkN2JmYmU0Y2M4NDAzOQAYDy4vcmFnZW50c19iZy5qcytfX3diZ19fX3diaW5kZ2VuX2lzX29iamVjdF84Yjk2OGMzYWI4ZTk2NTk1AAgPLi9yYWdlbnRzX2JnLmpzK19fd2JnX19fd2JpbmRnZW5faXNfc3RyaW5nX2ZjNDU2ZmVlNWQzMzE3ZGUACA8uL3JhZ2VudHNfYmcuanMsX193YmdfX193YmluZGdlbl9udW1iZXJfZ2V0XzkzNGI2NDBkMDg4OWFmNzgAFQ8uL3JhZ2VudHNfYmcuanMsX193YmdfX193YmluZGdlbl9zdHJpbmdfZ2V0XzdjZThlZWU3ZmQzMjc1NDUAFQ8uL3JhZ2VudHNfYmcuanMtX193YmdfX193YmluZGdlbl9pc19mdW5jdGlvbl83NDFmZjJiYjYxMjgzNmY1AAgPLi9yYWdlbnRzX2JnLmpzLl9fd2JnX19fd2JpbmRnZW5faXNfdW5kZWZpbmVkX2JlNWIzNDI0OWZmMWZjMTUACA8uL3JhZ2VudHNfYmcuanMkX193YmdfX3diZ19jYl91bnJlZl8wOTczNjg3OWEzZjY3NTU5ABwPLi9yYWdlbnRzX2JnLmpzH19fd2JpbmRnZW5faW5pdF9leHRlcm5yZWZfdGFibGUAEA8uL3JhZ2VudHNfYmcuanMjX193YmluZGdlbl9nZW5lcmljXzAwMDAwMDAwMDAwMDAwMDEADA8uL3JhZ2VudHNfYmcuanMjX193YmluZGdlbl9nZW5lcmljXzAwMDAwMDAwMDAwMDAwMDIADA8uL3JhZ2VudHNfYmcuanMjX193YmluZGdlbl9nZW5lcmljXzAwMDAwMDAwMDAwMDAwMDMADA8uL3JhZ2VudHNfYmcuanMjX193YmluZGdlbl9nZW5lcmljXzAwMDAwMDAwMDAwMDAwMDQADA8uL3JhZ2VudHNfYmcuanMjX193YmluZGdlbl9nZW5lcmljXzAwMDAwMDAwMDAwMDAwMDUADA8uL3JhZ2VudHNfYmcuanMjX193YmluZGdlbl9nZW5lcmljXzAwMDAwMDAwMDAwMDAwMDYADAP+AvwCAAEFDR0AAwEGHQMLAgMAAQECCgoAAAABAgsGBAEGBgsBAREACx4DAQEBBgMLBhEEBgYBAQUAAQEoAQEFBikqKwYCBQAEAwsDAwMGAAYsDQAFBQEBBgALAQEBAQEFAQACAwEGAAABAwMAAQEBLS4vAQUFMDEyAwAAAwIDAwQAAAAEBAICBgEBAQELAwsDAQANAwADBAEAAgAAAQMBBQINAQEBAQMAAAEDAQEAHx8DAwABAQMBAQEBAQEBAAUDBAAKMwMBAgACAAASEhISAgACAgMAAQEWFhYCAzQDAQMEBDUgIAQABAIFAAAAAzY3AgA4AQIRAQEBAQECAA0AAAAAAAABAQAAAA0AISE5AAAAAAQAAgAAAAAAAAABAAIAAAACAQAAAAAAAQADAQEFExMTEzoAAAAEAgoNAgQAAAAAAAAAAgEAAQICDg4DAgQEBAQEBAQEBAUQAAICAAIEAAAAAAAAAAAQAQEBAgIABDsKAAEBAAAAEAERBgYeAwUECQJwAXx8bwCECAUDAQARBhkDfwFBgIDAAAt/AEHMosAAC38AQYijwAALB8UKNQZtZW1vcnkCABBfX3diZ19hZ2VudF9mcmVlAJgBEV9fd2JnX3JhZ2VudF9mcmVlAJkBFF9fd2JnX3Jlc3BvbmRlcl9mcmVlAJoBEl9fd2JnX3Nlc3Npb25fZnJlZQCbAQ1hZ2VudF9kZXN0cm95AKECCmFnZW50X2VtaXQAlQIKYWdlbnRfaW5mbwCIAw1hZ2VudF9yZWNlaXZlAKwCDWNyZWF0ZVNlc3Npb24AoAIScmFnZW50X2FkZExpc3RlbmVyAIkCC3JhZ2VudF9lbWl0AOwBC3JhZ2VudF9pbmZvAIkDFHJhZ2VudF9saXN0ZW5lckNvdW50AJEBEHJhZ2VudF9saXN0ZW5lcnMA7QIKcmFnZW50X29mZgDJAglyYWdlbnRfb24AiQILcmFnZW50X29uY2UAigIZcmFnZW50X3JlbW92ZUFsbExpc3RlbmVycwDuAhVyYWdlbnRfcmVtb3ZlTGlzdGVuZXIAyQILcmFnZW50X3NlbmQAgQIPcmVzcG9uZGVyX3JlcGx5ALACE3Nlc3Npb25fYWRkTGlzdGVuZXIAiwINc2Vzc2lvbl9jbG9zZQCrAxNzZXNzaW9uX2NyZWF0ZUFnZW50AJYCFHNlc3Npb25fZGVzdHJveUFnZW50AJcCDHNlc3Npb25fZW1pdADtARdzZXNzaW9uX2dldFJlbW90ZUFnZW50cwCiAg5zZXNzaW9uX2lzT3BlbgCsAxVzZXNzaW9uX2xpc3RlbmVyQ291bnQAkgERc2Vzc2lvbl9saXN0ZW5lcnMA7wILc2Vzc2lvbl9vZmYAygIKc2Vzc2lvbl9vbgCLAgxzZXNzaW9uX29uY2UAjAIac2Vzc2lvbl9yZW1vdmVBbGxMaXN0ZW5lcnMA8AIWc2Vzc2lvbl9yZW1vdmVMaXN0ZW5lcgDKAg9fX2Fib3J0X2hhbmRsZXIDARVfX2luc3RhbmNlX3Rlcm1pbmF0ZWQDAj13YXNtX2JpbmRnZW5fX2NvbnZlcnRfX2Nsb3N1cmVzX19fX19pbnZva2VfX2gxOGQxZTFkYzhjNjQ5MDQwAMsCPXdhc21fYmluZGdlbl9fY29udmVydF9fY2xvc3VyZXNfX19fX2ludm9rZV9faDQ5NjM2ZTlkNTFhODRjYTAArQI9d2FzbV9iaW5kZ2VuX19jb252ZXJ0X19jbG9zdXJlc19fX19faW52b2tlX19oMzMwOTlkNjU0NjU1YzBiZQDxAkB3YXNtX2JpbmRnZW5fX2NvbnZlcnRfX2Nsb3N1cmVzX19fX19pbnZva2VfX2gzMzA5OWQ2NTQ2NTVjMGJlXzM0APECQHdhc21fYmluZGdlbl9fY29udmVydF9fY2xvc3VyZXNfX19fX2ludm9rZV9faDMzMDk5ZDY1NDY1NWMwYmVfMzUA8QI9d2FzbV9iaW5kZ2VuX19jb252ZXJ0X19jbG9zdXJlc19fX19faW52b2tlX19oNDgyYWMxMmEyMTkyMzZjMQDDAhRfX3diaW5kZ2VuX2V4bl9zdG9yZQDoAhdfX2V4dGVybnJlZl90YWJsZV9hbGxvYwBUFV9fd2JpbmRnZW5fZXh0ZXJucmVmcwEBEV9fd2JpbmRnZW5fbWFsbG9jAMQBEl9fd2JpbmRnZW5fcmVhbGxvYwDQAQ9fX3diaW5kZ2VuX2ZyZWUA6QIaX193YmluZGdlbl9kZXN0cm95X2Nsb3N1cmUA8gEZX19leHRlcm5yZWZfdGFibGVfZGVhbGxvYwCEARBfX3diaW5kZ2VuX3N0YXJ0ADoJ1QEBAEEBC3u2ATw9PvIChQJVswP3AccB+AGwAfkBXfoByAGbAuQBgAOgAdUCggH/AsMBgQOmAlelAUKkAaIB1gGKA7ID3ALcAo8CkALDAj+BATuGAbIBfbIBbX2VAY8BbY8BbY8BbW1tbW1+jgFtjgFtb29vb3+zAW2OAbQBrQGOAY4BrgFvtQGAAa8BjgFtebQD2wFO1gLXAtgC2QJTkwL/AagCqQKUAr4B0gGqAmRAtQOwA9MCnQFSlQOGA84BhQOnA9EC3gFherED6wLqAk2pA6oDhwMMAQQKof0D/ALDEQMXfwF+AW8jAEHAAWsiASQAIAAoAgAiBUH0AWohDiAFQZQCaiEPIAVBkAJqIRAgBUEoaiEHIAVBOGohCyAFQQhqIQwgAUEsaiENIAFB7ABqIREgAUGkAWohEiABQZQBaiETIAFBtAFqIRQgAUHgAGohFSABQdgAaiEJA0AgDBBGIAFBIGogC0GUjcAAEJkCIAEoAiQhBiABQShqIQMCQCABKAIgQThqIgIoAgwiBCACKAIIIghPBEAgA0GHgICAeDYCAAwBCyADIAIoAgQgBEEsbGoiCkEs/AoAACACIARBAWoiBDYCDCAKQYeAgIB4NgIAIAQgCEYEQCACKAIIIQQgAkEANgIIIAIoAgQhCANAIAQEQCAEQQFrIQQgCBBWIAhBLGohCAwBCwsgAkEANgIMCwsgBiAGKAIAQQFqNgIAAkACQAJAIAEoAihBh4CAgHhHBEAgAUHUAGogA0Es/AoAAAJAAkACQAJAAkACQAJAQQEgASgCVCIIQYCAgIB4cyAIQQBOG0EBaw4GBAABAgUGAwsgASABKAJYIgI2ApABIAEgAkEIahDBATYCsAEgASABQbABaiICNgKgASAHQciOwABBDSABQaABakEBEJcBIAIQ2wIgAUGQAWoQwQIMCQsgASABKAJYIgI2ApABIAEgAkEIaiICEMEBNgKwASABIAFBsAFqIgM2AqABIAdB1Y7AAEEPIAFBoAFqQQEQlwEgAxDbAiACENkBIAFBkAFqEMECDAgLIAEgASgCZCICNgKsASABIA0oAggiAzYCuAEgASANKQIANwOwASABIAEoAmg2ApABIAEoArQBIQQgASABQZABaiIGNgKgASACQRxqIAQgAyABQaABakEBEJcBIAYQ2wIgAUGwAWoQmgMgAUGsAWoQwQIMBwsgASgCcCEDIAEoAmwhAiABKAJoIQQgASgCZCIGQQJHBEAgASABKQJ0NwK4ASABIAM2ArQBIAEgAjYCsAEgASAGIAQQ1wE2AqABIAkgAUGwAWoiAiABQaABaiIDEEsgAxDbAiACEKQCDAcLAkACQAJAAkACQEEEIARBgICAgHhzIARBAE4bQQFrDgQBAgMEAAsgASAMEMIBNgKwASAJIAFBsAFqIgIQWCACENsCDAoLIAEgAjYCsAEgCSABQbABaiICEFggAhDbAgwJCyABIAI2ArABIAkgAUGwAWoiAhBYIAIQ2wIMCAsgASACIAMQ1wE2ArABIAkgAUGwAWoiAhBYIAIQ2wIMBwsgASACNgK0ASABIAQ2ArABIAEgAzYCuAEjAEEQayIEJAAgBBD3AiIGNgIMIARBDGohCiACIANBAnRqIRYjAEEQayIDJAADQCACIBZHBEAgAyACKAIAQQhqEMEBNgIMIAogA0EMaiIXEIMDIAJBBGohAiAXENsCDAELCyADQRBqJAAgBEEQaiQAIAEgBjYCoAEgCSABQaABaiICEFggAhDbAiABQbABahCfAwwGCyABIAEoAng2AoABIAEgASgCfDYChAEgDygCACUBIBAoAgAlASABQYQBaiICKAIAJQEQBSEZEFQiAyAZJgEgASADNgKIASABIAIgDhCyAjYCjAEgAUGBCDYCmAEgAUEYaiABQYABaiABQZgBaiABQYwBaiICIAFBiAFqIgMQhwEgASABKAIcIgQ2ApQBIAEgASgCGCIGNgKQASAGQQFxDQMgAhDbAiADENsCIBMQ2wIMBAsgB0HtiMAAQQUQdUUNBCAUQeSOwABBDxCJASABQQE2ArABIAEgAUGwAWoiAhBwNgKgASACEKQCIAEgAUGgAWoiAzYCsAEgB0HtiMAAQQUgAkEBEJcBIAMQ2wIMBAsgASgCWCEDIAEoAlwhAiABKAJgIQQgB0HzjsAAQQVBBEEAEJcBIAdBACABEGcgASACIARBAnQiBGo2ArwBIAEgAzYCuAEgASACNgK0ASABIAI2ArABA0AgBARAIAEgAkEEaiIDNgK0ASABIAIoAgAiAjYCoAEgAkEIahDZASAEQQRrIQQgAUGgAWoQwQIgAyECDAELCyMAQRBrIgMkACADIAFBsAFqIgI2AgwgAigCDCACKAIEIgJrQQJ2IQQDQCAEBEAgBEEBayEEIAIQwQIgAkEEaiECDAELCyMAQRBrIgIkACACIANBDGooAgAiBCgCADYCDCACIAQoAgg2AgggAkEIahCdAyACQRBqJAAgA0EQaiQADAMLIAAQTyABQQhqIAtBpI3AABDuASABKAIILQCcASABKAIMIgIgAigCAEEBazYCAEECRgRAIAEgBUGIAmpBtI3AABC6ATYCKCABQShqIgMQ2wIgASAFQZgCakHEjcAAEJ0CIAEoAgAiACgCACECIAEoAgQhBCAAQQA2AgAgAgRAIAAoAgQhACABQQA6ADAgASAANgIsIAEgAjYCKCMAQTBrIgAkACAAQgA3AhggAEEBOgAsIABBGGoQngIiAiACKAIAQQFqIgU2AgAgBUUEQAALIABBEGogAhDnAiAAKQMQIRhBBEEMENICIgUgAygCCDYCCCAFIAMpAgA3AgAgAEEIaiACQQhqEJwCIAAoAgwhByAAKAIIIgMQtwEgAyAYNwIIIANBwInAADYCBCADIAU2AgAgByAHKAIAQQFqNgIAIAIQpAMgAEEwaiQACyAEIAQoAgBBAWo2AgALIAFBwAFqJAAPCyABIAQ2ApwBIAFBgQg2AqgBIAFBsAFqIgIgAUGcAWoiAxBRIAEoArQBIAEoArgBEOACIQQgAhCaAyABIAQ2AqwBIAFBgAg2ArABIAFBEGogAUGIAWoiBCABQagBaiIGIAFBrAFqIgogAhCHASABIAEpAxA3AqABIBIQ2wIgAhDbAiAKENsCIAYQ2wIgAxDbAiABQYwBahDbAiAEENsCCyABQZgBahDbAiABQYQBahDbAiABQYABahDbAgsgCEEASA0AIAFB1ABqEJoDIBUQmgMgERCaAwwACwALujEDDn8DfgFvIwBBoAFrIgQkACAEIAE2AhQgBCAANgIQAkAgBEEUahCSA0UNACABJQEQESETEFQiASATJgEgBEEIahCvAiAEKAIIQQFGBEAgBCgCDCEAIARBATYClAEgBCAANgKYASAEQZgBahDbAgwBCyAEIAE2AkwgBEHMAGoiAxCRAwRAIAQgAyAAQeABaiIBELICNgJQIAQgAzYCVCAEIAE2AlwgBCADNgJYAkACQAJAAkACfgJAAkACQCAEQdAAaiIDIABBgAJqEPYCRQRAIAMgAEH8AWoQ9gINAiADIABBhAJqEPYCDQFBg4CAgHghAAwGCyAEIARBzABqIABB+AFqELICNgJ4QYCAgIB4IQVBgICAgHghBiAEQfgAaiIBEJwDBEAgBEGUAWogARCTAQJAIAQoApQBQYCAgIB4RwRAIAQgBCgCnAE2ApABIAQgBCkClAE3A4gBDAELIARBiAFqIARB+ABqEFELIAQpAowBIRAgBCgCiAEhBgsgAEEIahC9AUUNAkIADAMLIARBlAFqIgIgBEHUAGoiAyAAQewBahDoASAEKAKUASIBQYCAgIB4Rg0GIAQgBCkCmAEiEjcCjAEgBCABNgKIASACIAMgAEHkAWoQ6AEgBCgClAEiAkGAgICAeEcNAyAEQYgBahCaAwwGCyAEQZQBaiIBIARB1ABqIgIgAEHoAWoQ6AEgBCgClAEiA0GAgICAeEYNBSAEIAQpApgBNwJ8IAQgAzYCeCABIAIgAEHkAWoQ6AEgBCgClAEiAkGAgICAeEYEQCAEQfgAahCaAwwGCyAEIAQpApgBIhE3AowBIAQgAjYCiAEgBCAEQcwAaiAAQfABahCyAjYChAEgBEGUAWogBEGEAWoiARBiQYCAgIB4IQAgBCgClAEiB0GAgICAeEYEQCAEQYgBahCaAyAEQfgAahCaAyABENsCDAYLIAQpApgBIhBCIIinIQYgBCgCTCEIIAQoAnghASAEKAJ8IQkgBCgCgAEhBSAEQYQBahDbAiAEQdAAahDbAiAQpyEKQgAhEAwECyAEQeAAaiAEQdQAaiAAQeQBahDoASAEKAJkIQIgBCgCYCEFIAQ1AmgLIREgBEGUAWogBEHUAGoiAyAAQewBahDoASAEKAKcASEHIAQoApgBIQkgBCgClAEhASAEQewAaiADIABB8AFqEOgBQQAgASABQYCAgIB4RiIDGyEAQQEgCSADGyEBQQAgByADGyEJIARB2ABqEPUCIQ4gBDUCbEIghiARhCERIAQoAnQhCiAEKAJwIQcgBEH4AGoQ2wIgEKchCAwBCyASQiCIpyEFIAQpApgBIREgBEHYAGoQ9QIhByASpyEJQYKAgIB4IQALIARB0ABqENsCIARBzABqENsCIABBg4CAgHhGDQMLIAQgDjYCSCAEIAc2AjQgBCARNwIsIAQgAjYCKCAEIAU2AiQgBCAJNgIgIAQgATYCHCAEIAA2AhggBCAIrSAQQoCAgIBwg4Q3AkAgBCAKrSAGrUIghoQ3AjggBCAEKAIQQThqQYCZwAAQmQIgBCgCBCEOIAQoAgAhACMAQeABayIDJAAgAyAALQCcASIFOgAAIANBBGoiCSAEQRhqIgFBNPwKAAAgAygCBCECAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkAgBUEBaw4CAAcBC0EBIAJBgICAgHhzIAJBAE4bQQFrDgICAwELIAJBAEgNBSADIAMoAhg2ArQBIAMgAygCFEEAIAMoAhBBgICAgHhHGzYCsAEgA0GwAWoiAkGElsAAEIYCRQ0IIAMgASgCFDYCQCADIAEpAgw3AzggAyABKQIYIhA3A5ABIAMgASgCICIFNgKYASADIAEoAiw2AqgBIAMgASkCJDcDoAEgAyAFNgK0ASADIAMoApQBQQAgEKdBgICAgHhHGzYCsAEgAkGQlsAAEIYCRQRAIAMoAqABQYCAgIB4Rg0FIANBATYCsAEgAyABQSRqIgEoAgg2ArwBIAMgASkCADcCtAEgACACEEgMBQsgAEIANwMAIABBAToAnAEgACgCUCEBIABBAjYCUCABQQJGDQMgAyAAKQJUNwJIIAMgATYCRCADQoKAgICAgICAgH83ArABIAAgA0HEAGogA0GwAWoQoQEMAwsgAyABKAIMNgJYIAMgASkCBDcDUCADIAEpAhA3A2AgAyABKAIYNgJoIAMgASkCHDcDcCADIAEoAiQ2AnggA0HgAGohAiADQfAAaiEGIAMoAiwhCCMAQdAAayIBJAAgASAINgIMAkACfyADQdAAaiIFKAIEIQsgBSgCCCEMIwBBEGsiByQAIAdBCGogAEGAAWoiCiALIAwQckEAIQsCQCAHKAIIQQFGBEAgBygCDCILIAooAggiDE8NASAKKAIEIAtBHGxqQQxqIQsLIAdBEGokACALDAELIAsgDEGQmMAAEKgBAAsiBwRAIAcgAigCBCACKAIIEIMBIgcEQCAHEKMCIQcgASAINgI4IAEgBzYCNCABIAUoAgg2AhggASAFKQIANwMQIAEgBikCADcCHCABIAYoAgg2AiQgASACKQIANwMoIAEgAigCCDYCMCAAQThqIAFBEGoQ6gEMAgsgAUEQaiIHQfSTwABBJhCJASAHIAIoAgQgAigCCBDLASABIAEoAhg2AkggASABKQIQNwNAIAFBQGtBmpTAAEEBEMsBIAEgASgCSCIINgIYIAEgASkDQDcDECAAIAUoAgQgBSgCCCAGKAIEIAYoAgggAigCBCACKAIIQQAgASABKAIUIAgQSiAHEJoDCyABQQxqENsCIAYQmgMgAhCaAyAFEJoDCyABQdAAaiQAQQEgAygCBCIAQYCAgIB4cyAAQQBOG0EBaw4CBwUJCyADKAIcQYCAgIB4Rg0DIAMgASgCCCIJNgKoASADIAEpAgA3A6ABIAMgASkCGDcDsAEgAyABKAIgIgU2ArgBIAMgASkCJDcDgAEgAyABKAIsNgKIASADKAKkASEBIAMoArQBIQYgAygCNCEIIANBgAFqIQdCACEQIwBB0AFrIgIkACACIAk2AhAgAiABNgIMIAIgCDYCFCAGIAUgACIBKAJsIAAoAnAiABDHAiEJIAIgBSAAazYCBCACIAAgBmpBACAJGzYCAAJAAkAgAigCACIARQ0AIAJBGGohCgJAIAIoAgQiBkEUa0FtSQ0AIAZBAk8EQCMAQRBrIgkkACAJQQA2AgxBMCAJQQxqIgsQaSAJQQE2AgQgCSALNgIAIAAgBiAJKAIAIAkoAgQQxwIgCUEQaiQADQELA0AgBgRAIAAtAABBMGsiCUH/AXFBCk8EQEIAIRAMAwUgEEIKfiAJrUL/AYN8IRAgBkEBayEGIABBAWohAAwCCwALCyAKIBA3AwhCASEQCyAKIBA3AwAgAikDGEIBUg0AIAEoAnwiBkUNACABQfQAaiEJIAIpAyAhECABKAJ4IQpBACEAA0AgBkEBTQRAAkAgCiAAQQZ0aiIGKQMYIBBSDQMgBkEsaiACQQxqEI0CRQ0ADAMLBSAAIAZBAXYiBSAAaiIAIAogAEEGdGopAxggEFYbIQAgBiAFayEGDAELCyACQRhqIQwjAEFAaiIGJAACQCAJKAIIIgogAEsEQCAGIAkoAgQgAEEGdGoiC0HAAPwKAAAgCiAAQX9zakEGdCINBEAgCyALQUBrIA38CgAACyAJIApBAWs2AggMAQsgBkICNwMACwJAIAYpAwBCAlIEQCAMIAZBwAD8CgAAIAZBQGskAAwBCyAAIAkoAghBnJTAABCnAQALIAcoAgBBgICAgHhHBEAgAiAHKAIINgJgIAIgBykCADcDWCACIAIoAkA2AsgBIAIgAikDODcDwAECQAJAIAJBqAFqIgAgAkHYAGoiBSgCBCIGIAUoAggiB0G1l8AAQQ8QuwIEf0EEBSAGIAdBxJfAAEEPELsCRQ0BQQULNgIAIAUQmgMMAQsgAEEGNgIAIAAgBSgCCDYCDCAAIAUpAgA3AgQLIAEgAkHAAWogAEEBIAgQzAEgAkHEAGoQmgMMAgsCQAJAAkACQAJAIAItAFBBAWsOAwMCAQALIAJBqAFqIgkgAkEUaiIAEOkBIAIoAqgBIgpBgICAgHhHBEAgAigCrAEhBSACKAKwASEIIwBBIGsiBiQAIAFBmAFqEKUCIQsgBkEMaiIHIAUgCBCJASAGIAAQXDYCHCAGIAs2AhgjAEEgayIAJAAgAEEANgIIIAAgBykCADcCDCAAIAcpAgg3AhQgACAHKAIQNgIcIABBCGoQngIgAEEgaiQAQQhqEAwhExBUIgAgEyYBIAZBIGokACACIAA2AnggAkH4AGoQowIhBiACQQA2AoQBIAJCgICAgMAANwJ8IAIgBjYCiAEgAiAINgLIASACIAU2AsQBIAIgCjYCwAEgAkH8AGohCCMAQTBrIgYkACAGQQhqIAFBgAFqIgcgAkHAAWoiCigCBCAKKAIIEHICQCAGKAIIQQFGBEAgCSAHIAYoAgxBoJjAABCnAiIHKQIUNwIIIAkgBykCDDcCACAHIAgpAgA3AgwgByAIKQIINwIUIAoQmgMMAQsgBiAKKAIINgIYIAYgCikCADcDECAGIAgpAgA3AhwgBiAIKQIINwIkIAcoAggiCiAHKAIARgRAIwBBEGsiCCQAIAhBCGogByAHKAIAQQFBBEEcEGMgCCgCCCILQYGAgIB4RwRAIAsgCCgCDBDaAgALIAhBEGokAAsgBygCBCAKQRxsaiIIIAYoAig2AhggCCAGKQMgNwIQIAggBikDGDcCCCAIIAYpAxA3AgAgByAKQQFqNgIIIAlBgICAgHg2AgALIAZBMGokACAJEOMCQYKAgIB4IQYMBAsgAkHsAGpBrJTAAEEeEIkBIAJBBjYCaCACIAIoAkA2ArABIAIgAikDODcDqAEgASACQagBaiACQegAakEBIAgQzAEgAkHEAGoQmgMgBygCAEGAgICAeEYNBSAHEJoDDAULIAIgAigCQDYCyAEgAiACKQM4NwPAASACIAg2ArABIAJCgoCAgJCAgICAfzcCqAEgASACQcABaiACQagBahChASACQcQAahCaAwwECyACQcABaiIKIQYjAEEQayIFJAACQCACQRRqIgAoAgAlARAjRQRAIAZBADYCCCAGQoCAgIDAADcCAAwBCyAAKAIAJQEQIiETEFQiACATJgEgBSAANgIAIAUgBSgCACUBEAM2AgwgBUEANgIIIAUgBTYCBCMAQTBrIgAkACAAQQhqIAVBBGoiBxDGAQJAIAAoAghBAUYEQCAAKAIMIQkgAEEEIAcoAggiCCAHKAIEayILQQAgCCALTxtBAWoiCEF/IAgbIgggCEEETRtBBEEEEKMBIAAoAgAhCCAAKAIEIgsgCTYCACAAQQE2AhwgACALNgIYIAAgCDYCFCAAIAcoAgg2AiggACAHKQIANwMgIABBFGohByAAQSBqIQgjAEEQayIJJAADQAJAIAlBCGogCBDGASAJKAIIQQFHDQAgCSgCDCEMIAcoAggiCyAHKAIARgRAIAcgCCgCCCINIAgoAgRrIg9BACANIA9PG0EBaiINQX8gDRsQsQILIAcoAgQgC0ECdGogDDYCACAHIAtBAWo2AggMAQsLIAlBEGokACAGIAAoAhw2AgggBiAAKQIUNwIADAELIAZBADYCCCAGQoCAgIDAADcCAAsgAEEwaiQAIAUQ2wILIAVBEGokACACKALIASEFIAIoAsQBIQAgAiABNgKwASACIAA2AqgBIAIgACAFQQJ0ajYCrAEgAkGcAWohBiMAQTBrIgAkAAJAIAJBqAFqIgUQhQEiBwRAIABBCGpBBEEEQQQQowEgACgCCCEJIAAoAgwiCCAHNgIAIABBATYCHCAAIAg2AhggACAJNgIUIAAgBSgCCDYCKCAAIAUpAgA3AyAgAEEUaiEFIABBIGohCQNAIAkQhQEiCARAIAUoAggiByAFKAIARgRAIAVBARCxAgsgBSgCBCAHQQJ0aiAINgIAIAUgB0EBajYCCAwBCwsgBiAAKAIcNgIIIAYgACkCFDcCAAwBCyAGQQA2AgggBkKAgICAwAA3AgALIABBMGokACAKEPsBIAoQvwEgAigCpAEhBSACKAKgASEAIAIoApwBIQYMAQsgAkHAAWogAkEUahDpAQJAAkAgAigCwAFBgICAgHhGBEBBg4CAgHghBgwBCyACIAIpAsABNwOoASACIAIoAsgBIgA2ArABIAJBjAFqIAFBgAFqIAIoAqwBIAAQWyACQagBahCaA0GDgICAeCEGIAIoAowBQYCAgIB4Rw0BC0EAIQAMAQsgAiACKQKUATcDsAEgAiACKQKMATcDqAEgAigCtAEhBSACQagBahCjA0EBIQALIAIgAigCQDYCyAEgAiACKQM4NwPAASACIAU2ArQBIAIgADYCsAEgAiAGNgKsASACQQI2AqgBIAEgAkHAAWogAkGoAWoQoQEgAkHEAGoQmgMgAkEUahDbAgwBCyAHKAIAQYCAgIB4RwRAIAcQmgMLIAJBFGoQ2wILIAJB0AFqJAAgA0GwAWoQmgMgA0GgAWoQmgNBACEBQQEgAygCBCIAQYCAgIB4cyAAQQBOG0EBaw4CBwQFCyABQRBqIQIgAUEEaiEBAkACQCADQQhqQZiWwAAQmAJFBEAgAyABKAIIIgU2ApgBIAMgASkCADcDkAEgAyACKAIINgKoASADIAIpAgA3A6ABIAMgAygCICIGNgI4AkAgAEGMAWogAygClAEgBRCDASIBBEAgASgCACIBIAEoAgBBAWoiBTYCACAFRQ0DIAMgBjYCxAEgAyABNgLAASADQYSAgIB4NgKwASADIAIoAgg2ArwBIAMgAikCADcCtAEgAEE4aiADQbABahDqAQwBCyADQThqENsCIANBoAFqEJoDCyADQZABahCaAwwCCyADIAEoAgg2AqgBIAMgASkCADcDoAEgAyACKQIANwOwASADIAIoAggiATYCuAEgACECIAMoArQBIQAgAygCICEGIwBBkAFrIgUkACAFIAY2AgQCQCAAIAFByZXAAEEMELsCRQRAIAAgAUHVlcAAQQ4QuwJFDQEgBUEwaiIAIAVBBGoQ6QEgBSgCMEGAgICAeEYNASAFIAUoAjg2AhAgBSAFKQIwNwMIIAUgBUEIajYCMCAFQRRqIAIgAEHklcAAEGsgBSgCHCEBIAUoAhghACAFIAUoAhQ2AiggBSAANgIkIAUgADYCICAFIAAgAUEGdCIGajYCLCAFQdwAaiEHIAVBOGohCANAAkAgBkUNACAFIABBQGsiATYCJCAAKQMAIhBCAlENACAFIBA3AzAgCCAAQQhqQTj8CgAAIAUgACgCKDYCeCAFIAApAiA3A3AgBUEENgKAASACIAVB8ABqIAVBgAFqQQAgBRDMASAHEJoDIAZBQGohBiABIQAMAQsLIAVBIGoQlgEgBUEwaiIHIAJBgAFqIAUoAgwgBSgCEBBbIAcQ4wICfyAFKAIMIQYgBSgCECEIIwBBIGsiACQAIABBCGogAkGMAWoiASAGIAgQcUEAIQYCQCAAKAIIQQFGBEAgACgCDCIGIAEoAggiCE8NASAAIAEoAgQiCiAGQQR0aiIGKQIANwMQIAAgBikCCDcDGCAKIAhBAWsiCEEEdGoiCikCCCEQIAYgCikCADcCACAGIBA3AgggASAINgIIIAAoAhwhBiAAQRBqEJoDCyAAQSBqJAAgBgwBCyAGIAgQpgEACyIABEAgBUGDgICAeDYCMCAFIAA2AjQgAkE4aiAHEOoBCyAFQQhqEJoDDAELIAIgBUEEahBZIgBFDQAgBUGCgICAeDYCMCAFIAA2AjQgAkE4aiAFQTBqEOoBCyAFQQRqENsCIAVBkAFqJAAgA0GwAWoQmgMgA0GgAWoQmgMMAQsAC0EBIAMoAgQiAEGAgICAeHMgAEEAThtBAWsOAgUHBAsgAygCoAFBgICAgHhGDQAgA0GgAWoQmgMLIANBkAFqEOQCIANBOGoQ5AICQEEBIAMoAgQiAEGAgICAeHMgAEEAThtBAWsOAgACAwsgCRCaAyADQTRqENsCDAULQQEgAkGAgICAeHMgAkEAThtBAWsOAgIAAQsgA0EIahCaAyADQRRqEJoDIANBIGoQ2wIMAwsgA0EIahCaAyADQRRqEJoDIANBIGoQmgMgA0EsahDbAgwCCyAJEJoDQQEhAQsgA0EQahDkAgJAAkAgAUUNACADKAIcQYCAgIB4Rg0AIANBHGoQmgMMAQsgAUUNAQsgA0E0ahDbAiADQShqEOQCCyADQeABaiQAIA4gDigCAEEBajYCACAEQRBqEEEMAgsgBEHQAGoQ2wILIARBzABqENsCCyAEQRRqENsCIARBEGoQwAIgBEGgAWokAAuDCwELfwJAAkAgACgCCCIMQYCAgMABcUUNAAJAAkACQAJAIAxBgICAgAFxBEAgAC8BDiIHDQFBACECDAILIAJBEE8EQAJ/AkACQCACIAFBA2pBfHEiBCABayIISQ0AIAIgCGsiB0ECdiILRQ0AIAEgBEcEQCABIARrIgRBfE0EQANAIAMgASAGaiIKLAAAQb9/SmogCkEBaiwAAEG/f0pqIApBAmosAABBv39KaiAKQQNqLAAAQb9/SmohAyAGQQRqIgYNAAsLIAEgBmohCQNAIAMgCSwAAEG/f0pqIQMgCUEBaiEJIARBAWoiBA0ACwsgASAIaiEEAkAgB0EDcSIIRQ0AIAQgB0H8////B3FqIgcsAABBv39KIQUgCEEBRg0AIAUgBywAAUG/f0pqIQUgCEECRg0AIAUgBywAAkG/f0pqIQULIAMgBWohBgNAIAQhBSALRQ0CQcABIAsgC0HAAU8bIg1BA3EhCgJAIA1BAnQiCEHwB3EiA0UEQEEAIQkMAQsgAyAFaiEHQQAhCSAFIQMDQCAJIAMoAgAiBEF/c0EHdiAEQQZ2ckGBgoQIcWogA0EEaigCACIEQX9zQQd2IARBBnZyQYGChAhxaiADQQhqKAIAIgRBf3NBB3YgBEEGdnJBgYKECHFqIANBDGooAgAiBEF/c0EHdiAEQQZ2ckGBgoQIcWohCSADQRBqIgMgB0cNAAsLIAsgDWshCyAFIAhqIQQgCUEIdkH/gfwHcSAJQf+B/AdxakGBgARsQRB2IAZqIQYgCkUNAAsCfyAFIA1B/AFxQQJ0aiIEKAIAIgNBf3NBB3YgA0EGdnJBgYKECHEiBSAKQQFGDQAaIAUgBCgCBCIDQX9zQQd2IANBBnZyQYGChAhxaiIFIApBAkYNABogBSAEKAIIIgNBf3NBB3YgA0EGdnJBgYKECHFqCyIDQQh2Qf+BHHEgA0H/gfwHcWpBgYAEbEEQdiAGaiEGDAELQQAgAkUNARogAkEDcSEJQQAhBCACQQRPBEAgAkF8cSEDA0AgBiABIARqIgUsAABBv39KaiAFQQFqLAAAQb9/SmogBUECaiwAAEG/f0pqIAVBA2osAABBv39KaiEGIAMgBEEEaiIERw0ACyAJRQ0BCyABIARqIQMDQCAGIAMsAABBv39KaiEGIANBAWohAyAJQQFrIgkNAAsLIAYLIQYMBAsgAkUNAyACQQNxIQMgAkEETwRAIAJBDHEhBANAIAYgASAFaiIHLAAAQb9/SmogB0EBaiwAAEG/f0pqIAdBAmosAABBv39KaiAHQQNqLAAAQb9/SmohBiAEIAVBBGoiBUcNAAsgA0UNBAsgASAFaiEFA0AgBiAFLAAAQb9/SmohBiAFQQFqIQUgA0EBayIDDQALDAMLIAEgAmohCEEAIQIgASEFIAchAwNAIAUiBCAIRg0CIAICfyAEQQFqIAQsAAAiBUEATg0AGiAEQQJqIAVBYEkNABogBEEEQQMgBUFvSxtqCyIFIARraiECIANBAWsiAw0ACwtBACEDCyAHIANrIQYLIAYgAC8BDCIDTw0AIAMgBmshBEEAIQZBACEDAkACQAJAIAxBHXZBA3FBAWsOAgABAgsgBCEDDAELIARB/v8DcUEBdiEDCyAMQf///wBxIQcgACgCBCEKIAAoAgAhCANAIAZB//8DcSADQf//A3FJBEBBASEFIAZBAWohBiAIIAcgCigCEBECAEUNAQwDCwtBASEFIAggASACIAooAgwRBQANAUEAIQYgBCADa0H//wNxIQEDQCAGQf//A3EiACABSSEFIAAgAU8NAiAGQQFqIQYgCCAHIAooAhARAgBFDQALDAELIAAoAgAgASACIAAoAgQoAgwRBQAhBQsgBQvpAwEIfyMAQRBrIgYkAAJ/AkAgA0EBcUUEQCACLQAAIgQNAUEADAILIAAgAiADQQF2IAEoAgwRBQAMAQsgASgCDCEKA0AgAkEBaiEFAkACQAJAAkAgBMBBAEgEQCAEQYABRg0BIARBwAFHDQMgBiABNgIEIAYgADYCACAGQqCAgIAGNwIIIAMgB0EDdGoiAigCACAGIAIoAgQRAgBFDQJBAQwGCyAAIAUgBCAKEQUARQRAIAQgBWohAgwEC0EBDAULIAAgAkEDaiIFIAIvAAEiAiAKEQUARQRAIAIgBWohAgwDC0EBDAQLIAdBAWohByAFIQIMAQtBoICAgAYhCyAEQQFxBEAgAigAASELIAJBBWohBQtBACEJAn8gBEECcUUEQEEAIQggBQwBCyAFLwAAIQggBUECagshAiAEQQRxBEAgAi8AACEJIAJBAmohAgsgBEEIcQRAIAIvAAAhByACQQJqIQILIARBEHEEQCADIAhBA3RqLwEEIQgLIAYgBEEgcQR/IAMgCUEDdGovAQQFIAkLOwEOIAYgCDsBDCAGIAs2AgggBiABNgIEIAYgADYCAEEBIAMgB0EDdGoiBSgCACAGIAUoAgQRAgANAhogB0EBaiEHCyACLQAAIgQNAAtBAAsgBkEQaiQAC7gEAgR/BX4jAEHwAGsiCyQAQQEhDQJAAn4CQCABLQCcAUEBRgRAIAEgASkDSCITQgF8NwNIIAtBDGoiDCABQegAahCeASAMIBMQZiALQTBqIgxB94nAAEEHEP0BIAtBJGoiDiAMQd2IwABBBCAEIAUQswIgDCAOQeGIwABBAiACIAMQswIgDiAMQeeIwABBAiALKAIQIAsoAhQQswIgDkHpiMAAQQQQkQIgCyALKAIsNgIgIAsgCykCJDcDGCAGKAIEIQQgBigCACIGBEAgC0EYaiAGIAQQywFBACENCyALIAsoAiA2AkAgCyALKQMYNwI4IAtBATYCTCALQciVwAA2AkggC0GAgICAeDYCRCALIAQ2AjQgCyANNgIwIAFBKGogC0EwahCsASABKAIgIAlyDQFCAAwCCyAAQQI2AgwgACAIKAIINgIIIAAgCCkCADcCACAGKAIADQIgBkEEahDbAgwCCyABKAIkIQQQmgIgCiAEIAlBAXEbIgatfCEQQgELIREgASkDGCEPAn4gASkDECISIBGDUARAIA8gECASpyIEGyEPQgEgESAEGwwBCyAQIA8gDyAQVhshD0IBCyESIAEgDzcDGCABIBI3AxAgC0HcAGogAiADEIkBIAsgBzoAaCALIBM3A0ggCyAGNgJAIAsgEDcDOCALIBE3AzAgCyAIKQIANwNQIAsgCCgCCDYCWCABQfQAaiALQTBqEOABIABBAjYCACALQQxqEJoDCyALQfAAaiQAC+UFAgt/AX4jAEGwAWsiASQAIABBkAJqIQUgAEEwaiEJIAFBKGohBiABQfQAaiEHA0ACQCABQRhqIAlB+I7AABCZAiABKAIcIQggAUEgaiECAkAgASgCGEEoaiIEKAIMIgMgBCgCCCIKTwRAIAJBAzYCAAwBCyAEIANBAWoiCzYCDCAEKAIEIANBBXRqIgMpAgAhDCADQQM2AgAgAiAMNwIAIAIgAykCCDcCCCACIAMpAhA3AhAgAiADKQIYNwIYIAogC0YEQCAEEM8BCwsgCCAIKAIAQQFqNgIAAkACQAJAIAEoAiBBAmsOAgIAAQsgAUGwAWokAA8LIAEgASkCODcDWCABIAEpAjA3A1AgASABKQIoNwNIIAEgASkCIDcDQCAFKAIAIgJB/////wdPDQEgACACQQFqNgKQAiAAKAKUAiIEBEAgACgCmAIhAyABIAEpAjg3A3ggASABKQIwNwNwIAEgASkCKDcDaCABIAEpAiAiDDcDYCABIAYoAgg2AogBIAEgBikCADcDgAEgDKdBAUYEQCABIAEoAmQ2AowBIAFBoAFqIAFBjAFqEJMBIAFBgAFqAn8gASgCoAFBgICAgHhHBEAgASABKQKgATcDkAEgASABKAKoASICNgKYASABKAKUAQwBC0EAIQIgAUEANgKYASABQoCAgIAQNwOQAUEBCyACEMsBIAFBkAFqEJoDIAFBjAFqENsCCyABQQhqIAcpAgQ3AwAgAUGAAWogASgCCCABKAIMEMsBIAEgASgCiAE2AqgBIAEgASkDgAE3A6ABIAcQ5AIgBCABKAKkASABKAKoASADKAIMEQMAIAFBoAFqEJoDIAUgBSgCAEEBazYCAAwDCyAFIAI2AgAgAUFAaxDUAgwCCyABQRBqIAVBmI/AABCdAiABKAIUIQIgASgCECIEKAIAIgMEQCADIAQoAgQoAhARAAALIAIgAigCAEEBajYCAAwBCwtBiI/AABCIAgAL2AMBCn8gAEEiEJQBIAEgAmohDCABIQUgAAJ/A0BBACEHAkACQAJAAkACQAJAA0ACQAJAIAwgBSAHIgRqIgpHBEBBAiELQQAhBwJAIAotAAAiCEEJaw4FCAYDAwcACyAIQSJHDQFB8JfAACEGDAgLAkAgA0UNACACIANNBEAgAiADRg0BDAoLIAEgA2osAABBQEgNCQsgAiADayEEIAEgA2oMCgsgCEHcAEYNAgtBASEGIARBAWohByAIQSBPDQALQQAhC0EBIQcMBAtB8pfAACEGDAMLQfSXwAAhBgwCC0H2l8AAIQYMAQtB+JfAACEGC0EAIQkCQCADIAMgBGoiBUsNAAJAIANFDQAgAiADTQRAIAIgA0cNAgwBCyABIANqLAAAQb9/TA0BCwJAIAVFDQAgAiAFTQRAIAIgA2sgBEYNAQwCCyABIANqIARqLAAAQUBIDQELIAEgA2ohCQsgBUEBaiEDIApBAWohBSAAIAlBASAJGyAEQQAgCRsQywEgB0UEQCAAIAYgCxDLAQwCCyAAQfqXwABBBBDLASAAIAhBBHYtAP6XQBCUASAAIAhBD3EtAP6XQBCUAQwBCwtBAAsiAUEBIAEbIARBACABGxDLASAAQSIQlAEL0QkCDn8BfiMAQYABayIDJAAgAC0AnAEhDiAAQQI6AJwBAkAgDkECRwRAIABBKGoiAhDPASADQQI2AiAgAiADQSBqIgQQrAEgAEGAAWoiBSgCCCECIAVBADYCCCAFKAIEIQUDQCACBEAgAkEBayECIAUQ/QIgBUEcaiEFDAELCyAAQgA3AwAgAEIANwMQIAAoAlAhDCAAQQI2AlAgDEECRwRAIAMgACkCVDcCCCADIAw2AgQgAyABKQIINwMoIAMgASkCADcDICAAIANBBGogBEEAIAMQzAELIAAoAnwhBSAAQQA2AnwgACgCdCEGIAAoAnghAiAAQoCAgICAATcCdCADIAIgBUEGdCIEajYCHCADIAY2AhggAyACNgIUIAMgAjYCECADQcwAaiEGIANBKGohCANAAkAgBEUNACADIAJBQGsiBTYCFCACKQMAIhBCAlENACADIBA3AyAgCCACQQhqQTj8CgAAIAMgAigCKDYCaCADIAIpAiA3A2AgA0ECNgJwIAAgA0HgAGogA0HwAGpBACADEMwBIAYQmgMgBEFAaiEEIAUhAgwBCwsgA0EQahCWASMAQSBrIg8kACMAQRBrIgUkACAFQQhqIgIgAEGMAWoiBCgCCCIINgIEIAJBADYCACAFKAIMIQYgBCAFKAIIIgc2AgggD0EMaiICIAY2AgwgAiAENgIIIAIgCCAGazYCECACIAQoAgQiBCAGQQR0ajYCBCACIAQgB0EEdGo2AgAgBUEQaiQAIwBBIGsiBiQAIAZBCGogAigCBCACKAIAa0EEdkEEQQQQowEgBkEANgIcIAYgBikDCDcCFCMAQRBrIggkACAGQRRqIgUgAigCBCACKAIAa0EEdhCxAiAFKQIEIRAgCCAFQQhqNgIEIAggEEIgiTcCCCMAQTBrIgUkACAFIAIpAgAiEDcDCCAFIAIoAhA2AhggBSACKQIINwMQIAhBBGoiAigCCCACKAIEIgRBAnRqIQcgBUEkaiEJIAIoAgAgEKchAiAFKAIMIQ0CQANAIAIgDUYNASACKAIAIgpBgICAgHhHBEAgCSACQQxqKAIANgIIIAkgAkEEaikCADcCACAFIAo2AiAgBSgCLCEKIAVBIGoQmgMgByAKNgIAIAdBBGohByAEQQFqIQQgAkEQaiECDAELCyACQRBqIQILIAUgAjYCCCAENgIAIwBBEGsiByQAIAVBCGoiBCgCBCEJIAQoAgAhAiAEQoSAgIDAADcCACAHIAQ2AgwCQCACIAlGDQAgCSACa0EEdiEEA0AgBEUNASAEQQFrIQQgAhD7AiACQRBqIQIMAAsACyAHQQxqKAIAIgIoAhAiBARAIAIoAgwiDSACKAIIIgkoAggiC0cEQCAEQQR0IgQEQCAJKAIEIgogC0EEdGogCiANQQR0aiAE/AoAAAsgAigCECEECyAJIAQgC2o2AggLIAdBEGokACAFQTBqJAAgCEEQaiQAIANB8ABqIgIgBigCHDYCCCACIAYpAhQ3AgAgBkEgaiQAIA9BIGokAAJAIA5BAUcEQCACEJ8DDAELIAMgAygCeDYCLCADIAMpAnA3AiQgA0GGgICAeDYCICAAQThqIANBIGoQ6gELIAxBAkcNAQsgARCkAgsgA0GAAWokAAugBAEIfyMAQfAAayIEJAAgBEHEAGogAxBoIAQgBCkCSDcDYCAEIAQoAlA2AmhBASEFIAQoAlQhAwJAIAQoAkRBAUYEQCAEIAQoAmg2AjAgBCAEKQNgNwMoIAQgAzYCNCAEQQhqIARBKGoQ4wEgBCgCDCEDDAELIAQgBCgCaDYCICAEIAQpA2A3AxggBCADNgIkIAQgAkHniMAAQQIQ3QE2AmAgBEHEAGoiBiAEQeAAaiICEJMBIAQoAkRBgICAgHhHBEAgBCAEKAJMNgJAIAQgBCkCRDcDOCACENsCIAQgBCgCIDYCbCAEIAQpAxg3AmQgBEEQaiABKAIAIghBOGpB5IzAABCZAiAEIAQoAhAiCTYCYCAEKAIUIQcgBCgCPCEKIAQoAkAhCyMAQSBrIgIkACACQQxqIgVB1ZTAAEEGEIkBIAUgCiALEEcgBUH9ABCUASACIAIpAhA3AhggBiAJQeWTwABBBkHblMAAQQwgAkEYakEBIARB5ABqQQAgAhBFIAUQmgMgAkEgaiQAIAcgBygCAEEBajYCAAJAIAQoAkRBAkcEQCAGIARB0ABqEKsBDAELIAhBCGoQRiABEE8LIARBOGoQmgNBACEFDAELIARB4ABqENsCIARByABqQemSwABBHBCJASAEQQA2AkQgBEHEAGoQ+gIhAyAEQSRqENsCIARBGGoQugILIAAgAzYCBCAAIAU2AgAgBEHwAGokAAu4AwEDfyMAQdAAayILJAAgCyAINgIMIAsgBzYCCAJAAn8CQAJAIAAtAJwBQQFHDQAgAEGAAWogASACEPwBRQ0AIAtBMGoiDEH+icAAQQgQ/QEgC0EgaiINIAxB3YjAAEEEIAUgBhCzAiAMIA1B44jAAEEEIAEgAhCzAiAMQeeIwABBAhCRAiAMIAMgBBDLASANIAwoAgg2AgggDSAMKQIANwIAIA1B6YjAAEEEEJECIAsgCygCKDYCGCALIAspAiA3AxBBASECAkAgB0EBcQRAIAlFDQEgDCAJIAoQuQEMAwsgCQRAIAtBEGpBi4rAAEEEEMsBIAsgCygCGDYCKCALIAspAxA3AyAgC0EwaiAJIAoQuQEgCyALKQMgNwMQIAsgCygCKDYCGAwDCyALQRBqQYuKwABBBBDLAQtBgICAgHghCUHIlcAADAILIAtBCGoQ3QIMAgsgCygCOCECIAsoAjAhCSALKAI0CyEBIAsgCygCGDYCQCALIAspAxA3AjggCyACNgJMIAsgATYCSCALIAk2AkQgCyAINgI0IAsgBzYCMCAAQShqIAtBMGoQrAELIAtB0ABqJAALrgIBBH8jAEEwayIDJAAgAyABEHA2AhwCQCAAKAIAIgZBAUYEQCADIAAoAgg2AiAgAhCUA0UEQCADQemIwABBBBDgAjYCLCADQSRqIgEgA0EcaiADQSxqIgQgAhCLASABEN4CIAQQ2wILIANBgQg2AiwgA0EIaiADQSBqIgQgA0EsaiIFIANBHGoQjQEgAyADKAIMIgE2AiggAyADKAIIIgI2AiQMAQsgAyAAKAIENgIgIANBgQg2AiwgA0EQaiADQSBqIgQgA0EsaiIFIANBHGogAhCHASADIAMoAhQiATYCKCADIAMoAhAiAjYCJAsgBRDbAiAEENsCAkAgAkEBcQRAIAEQ2AEMAQsgA0EoahDbAgsgA0EcahDbAiAGBEAgAEEEahDbAgsgA0EwaiQAC5oHAgl/AW8jAEFAaiIFJAAgBSADNgIgIAUgAjYCHCAFQRBqIAFB5JDAABCdAiAFKAIQIgkoAgghASAFKAIUIQwgBSAJKAIEIgI2AjQgBSACIAFBFGxqNgI4IAUgBUEcaiIKNgI8IAVBJGohAyMAQTBrIgEkACABQQhqIAVBNGoiAhBzAkAgASgCCEEBRgRAIAEoAgwhBiABQQRBBEEEEKMBIAEoAgAhByABKAIEIgggBjYCACABQQE2AhwgASAINgIYIAEgBzYCFCABIAIoAgg2AiggASACKQIANwMgIAFBFGohAiABQSBqIQgjAEEQayIGJAADQAJAIAZBCGogCBBzIAYoAghBAUcNACAGKAIMIQsgAigCCCIHIAIoAgBGBEAgAkEBELECCyACKAIEIAdBAnRqIAs2AgAgAiAHQQFqNgIIDAELCyAGQRBqJAAgAyABKAIcNgIIIAMgASkCFDcCAAwBCyADQQA2AgggA0KAgICAwAA3AgALIAFBMGokACMAQRBrIggkACAIIAo2AgxBACEBIwBBEGsiByQAIAcgCEEMajYCDAJAIAkoAggiCkUNACAJKAIEIgshBgNAIAdBDGogBhCuAgRAIAZBFGohBiAKIAFBAWoiAUcNAQwCCwsgBhD+AiALQRRqIQ0gASEDA0AgAUEBaiECIA0gAUEUbGohBgNAIAIgCk8EQCAJIAM2AggMAwsgB0EMaiAGEK4CRQRAIAJBAWohAiAGEP4CIAZBFGohBgwBCwsgCyADQRRsaiIBIAYoAhA2AhAgASAGKQIINwIIIAEgBikCADcCACADQQFqIQMgAiEBDAALAAsgB0EQaiQAIAhBEGokACAMIAwoAgBBAWo2AgAgBSgCLEECdCEDIAUoAighAgNAAkACQCADBEAgBUGBCDYCNCMAQRBrIgEkACACKAIAJQEgBUE0aiIJKAIAJQEgBCgCACUBEAghDhBUIgcgDiYBIAFBCGoQrwJBASEGIAVBCGoiCAJ/IAEoAghBAUYEQCABKAIMDAELQQAhBiAHCzYCBCAIIAY2AgAgAUEQaiQAIAUoAgwhASAFKAIIQQFxRQ0CIABBAToAACAAIAE2AgQgCRDbAgwBCyAAQQA6AAAgACAFKAIsQQBHOgABCyAFQSRqIgAQ+wEgABCdAyAFQUBrJAAPCyAFIAE2AjAgA0EEayEDIAJBBGohAiAFQTBqENsCIAVBNGoQ2wIMAAsAC+oFAgp/AX4jAEEQayIGJABBCiECIAAoAgAiBCEAIARB6AdPBEADQCAGQQZqIAJqIgNBBGsgACIFIABBkM4AbiIAQZDOAGxrIgdB//8DcUHkAG4iCEEBdC8AmJ9AOwAAIANBAmsgByAIQeQAbGtB//8DcUEBdC8AmJ9AOwAAIAJBBGshAiAFQf+s4gRLDQALCyAAQQlLBEAgAkECayICIAZBBmpqIAAgAEH//wNxQeQAbiIAQeQAbGtB//8DcUEBdC8AmJ9AOwAAC0EAIAQgABtFBEAgAkEBayICIAZBBmpqIABBAXQtAJmfQDoAAAsCfyAGQQZqIAJqIQdBACEEQStBgIDEACABKAIIIgNBgICAAXEiABshCCADQYCAgARxRUUhCgJAQQogAmsiCyAAQRV2aiIAIAEvAQwiBUkEQAJAAkAgA0GAgIAIcUUEQCAFIABrIQVBACEAAkACQAJAIANBHXZBA3FBAWsOAwABAAILIAUhAAwBCyAFQf7/A3FBAXYhAAsgA0H///8AcSEJIAEoAgQhAyABKAIAIQEDQCAEQf//A3EgAEH//wNxTw0CQQEhAiAEQQFqIQQgASAJIAMoAhARAgBFDQALDAQLIAEgASkCCCIMp0GAgID/eXFBsICAgAJyNgIIQQEhAiABKAIAIgMgASgCBCIJIAggChDfAQ0DIAUgAGtB//8DcSEAA0AgBEH//wNxIABPDQIgBEEBaiEEIANBMCAJKAIQEQIARQ0ACwwDC0EBIQIgASADIAggChDfAQ0CIAEgByALIAMoAgwRBQANAkEAIQQgBSAAa0H//wNxIQADQCAEQf//A3EiBSAASSECIAAgBU0NAyAEQQFqIQQgASAJIAMoAhARAgBFDQALDAILIAMgByALIAkoAgwRBQANASABIAw3AghBAAwCC0EBIQIgASgCACIAIAEoAgQiASAIIAoQ3wENACAAIAcgCyABKAIMEQUAIQILIAILIAZBEGokAAv/AgEGfyMAQTBrIgMkACABKAIAIgFBADoAHCADIAI2AhggASgCCEH/////B0kEQCABQQhqIQYgASgCGCECAkADQCACRQ0BIANBEGogBkG0nMAAEJ0CIAMoAhQhBCADKAIQIgEoAgwiBQR/IAEgBUEBazYCDCABIAEoAggiBUEBaiIHIAEoAgAiCEEAIAcgCE8bazYCCCABKAIEIAVBAnRqKAIABUEACyIBBEAgAyABNgIcIAQgBCgCAEEBajYCACADQQhqIAMoAhwiBUEIakGUnMAAEJ0CIAMoAgwhBAJAIAMoAggiASgCAEUNACAFQQA6ABwgA0EANgIoIAMgAUEIaiIFNgIkIAMgBTYCICABKAIAIANBIGogASgCBCgCDBECAA0AIAEQyAIgAUEANgIACyAEIAQoAgBBAWo2AgAgAkEBayECIANBHGoQxAIMAQsLIAQgBCgCAEEBajYCAAsgA0EYahDbAiAAQQA2AgAgA0EwaiQADwtBpJzAABCIAgALqgQDB38CfgFvIwBBQGoiASQAIAFBEGogACgCACICQThqQeiPwAAQ7gEgASgCECIAKQMYIQggACgCECEAIAEoAhQiAyADKAIAQQFrNgIAIAFBCGogAkEIakH4j8AAEJkCIAEoAgwhBwJAAkACfwJAAkAgASgCCCIDKAIIQQJHBEAgAEUNAiADKQMAIAhSDQEMBAsgAEUNAwsgAiACKAIEQQFqIgA2AgQgAEUNA0L/////ByAIEJoCfSIJQgAgCCAJWhsiCSAJQv////8HWhunIQYjAEEQayIAJAAjAEEQayIEJABBBEEEENICIgUgAjYCACAEQQhqIgJBrIHAADYCBCACIAU2AgAgBCgCCEGsgcAAED8hChBUIgUgCiYBIARBEGokACAAIAU2AgwjAEEQayICJAAgAEEMaigCACUBIAYQHCEKEFQiBiAKJgEgAkEIahCvAkEBIQQgAAJ/IAIoAghBAUYEQCACKAIMDAELQQAhBCAGCzYCBCAAIAQ2AgAgAkEQaiQAIAAoAgQhBCAAKAIAQQFGBEBBgprAAEExEKYDAAsgAUEwaiICIAU2AgwgAkEBNgIIIAIgBDYCBCACQQE2AgAgAEEQaiQAIAEgASkCNDcDGCABIAEoAjw2AiAgASgCMAwBC0ECCyEAIAMQ5gEgAyAANgIIIAMgCDcDACADIAEpAxg3AgwgAyABKAIgNgIUCyAHIAcoAgBBAWo2AgAgAUFAayQADwsAC68CAQJ/IwBBQGoiAiQAIAIgARCcASACIAIoAgQiATYCDCACIAIoAgAiAzYCCAJAIANBAUYEQCACIAE2AhAgAkEUaiIBQY+KwABBHRCJASACIAJBEGpB8InAAEEHEN0BNgI8IAJBMGogAkE8ahCTASABAn8gAigCMEGAgICAeEcEQCACIAIpAjA3AyAgAiACKAI4IgE2AiggAigCJAwBC0EAIQEgAkEANgIoIAJCgICAgBA3AyBBAQsgARDLASAAIAIoAhw2AgwgACACKQIUNwIEIABBADYCACACQSBqEJoDIAJBPGoQ2wIgAkEQahDbAgwBCyACQQxqIgMQkgMEQCAAQQg2AgAgACABNgIEDAELEK4DIQEgAEEINgIAIAAgATYCBCADENsCCyACQUBrJAALuAMCBX8BbyMAQTBrIgIkACACIAFB8InAAEEHEN0BNgIsIAJBIGogAkEsahCTAQJAIAIoAiBBgICAgHhHBEAgAiACKAIoNgIYIAIgAikCIDcDEAwBCyACQRBqIAEQkwEgAkEgahDkAgsCQCACKAIQQYCAgIB4RwRAIAIgAigCGDYCKCACIAIpAxA3AyAMAQsgASgCACUBEAohBxBUIgMgByYBIAJBCGoQrwJBASEBAn8gAigCCEEBRgRAIAIoAgwMAQtBACEBIAMLIQMgAiABIAMQuwECQCACKAIAQQFGBEAgAigCBCEDIwBBEGsiASQAIAEgAzYCDCACQSBqIQQjAEEQayIFJAAgBUEEaiIDIAFBDGoiBhCTAQJAIAMoAgBBgICAgHhHBEAgBCADKAIINgIIIAQgAykCADcCAAwBC0HUnMAAQTEQpgMACyAFQRBqJAAgBhDbAiABQRBqJAAMAQsgAkGAgICAeDYCIAsgAkEQahDkAgsCQCACKAIgQYCAgIB4RwRAIAAgAigCKDYCCCAAIAIpAyA3AgAMAQsgAEHtiMAAQQUQiQELIAJBLGoQ2wIgAkEwaiQAC4gCAQZ/IAAoAggiBCECAn9BASABQYABSQ0AGkECIAFBgBBJDQAaQQNBBCABQYCABEkbCyIGIAAoAgAgBGtLBH8gACAEIAYQbCAAKAIIBSACCyAAKAIEaiECAkAgAUGAAU8EQCABQT9xQYB/ciEFIAFBBnYhAyABQYAQSQRAIAIgBToAASACIANBwAFyOgAADAILIAFBDHYhByADQT9xQYB/ciEDIAFB//8DTQRAIAIgBToAAiACIAM6AAEgAiAHQeABcjoAAAwCCyACIAU6AAMgAiADOgACIAIgB0E/cUGAf3I6AAEgAiABQRJ2QXByOgAADAELIAIgAToAAAsgACAEIAZqNgIIQQALlAIBBH8jAEEwayIAJAAgAEEgakG4msAAENoBIAAoAiAhASAAIAAoAiQiAjYCLCAAIAE2AihBASEDIAFBAUcEQCAAQRhqQcCawAAQ2gEgACgCHCECIAAoAhghAyAAQShqEN0CCyAAIAM2AiggACACNgIsQQEhASADQQFHBEAgAEEQakG0msAAENoBIAAoAhQhAiAAKAIQIQEgAEEoahDdAgsgACABNgIoIAAgAjYCLEEBIQMgAUEBRwRAIABBCGpBvJrAABDaASAAKAIMIQIgACgCCCEDIABBKGoQ3QILQYAIIQEgA0EBRgRAIAAgAjYCKCAAQShqIgEQlAMEfyABENsCQYAIBSACCyEBCyAAQTBqJAAgAQuvBAELfyMAQRBrIgYkAAJAQdCiwAAoAgANAEHQosAAQX82AgBB4KLAACgCACICQdyiwAAoAgAiAEYEQCACIgBB1KLAACgCACIBRgRA0G9BgAEgACAAQYABTRsiB/wPASIBQX9GDQICQEHkosAAKAIAIgBFBEBB5KLAACABNgIADAELIAAgAmogAUcNAwsjAEEQayIEJAAgBEEIaiEJQdyiwAAoAgAhAEEEIQEjAEEQayIFJABB1KLAACgCACAAayAHTwR/QYGAgIB4BSAFQQhqIQojAEEQayIDJAACf0EAIAAgB2oiASAHSQ0AGiADQQRqQdSiwAAgAUEEQQQQWiADKAIEQQFGBEAgAygCDCEIIAMoAggMAQsgAygCCCEAQdSiwAAgATYCAEHYosAAIAA2AgBBgYCAgHgLIQAgCiAINgIEIAogADYCACADQRBqJAAgBSgCDCEBIAUoAggLIQAgCSABNgIEIAkgADYCACAFQRBqJAAgBCgCDCEIIAZBCGoiACAEKAIINgIAIAAgCDYCBCAEQRBqJAAgBigCCEGBgICAeEcNAkHUosAAKAIAIQFB3KLAACgCACEACyAAIAFPDQFB2KLAACgCACAAQQJ0aiACQQFqNgIAQdyiwAAgAEEBaiIANgIACyAAIAJNDQBB4KLAAEHYosAAKAIAIAJBAnRqKAIANgIAQdCiwABB0KLAACgCAEEBajYCAEHkosAAKAIAIAZBEGokACACag8LAAv5BwIJfwR+IwBBQGoiAyQAIAAoAgAhBCAAQQA2AgAgBARAIAMgBDYCGCADQRhqENQBIgAEQCADIAA2AhwgA0EQaiAAQQhqQbiPwAAQmQIgAygCFCEBIAMoAhAiBCkDCCEKIARBAjYCCCAEKQMAIQsgBCkDECEMIAEgASgCAEEBajYCACADIAw3AzAgAyAKNwMoIAMgCzcDICADQQhqIABBOGpByI/AABCZAiADKAIMIQYgAygCCCECEJoCIQpCACELIwBBkAFrIgEkACABIAo3AwgCQAJAAkACQCACLQCcAQ4DAAEDAQsgAikDAEIBUg0AIAIpAwggClgNAQsgASABQQhqNgIwIAFBFGogAiABQTBqQeiUwAAQayABKAIcIQQgASgCGCEAIAEgASgCFDYCKCABIAA2AiQgASAANgIgIAEgACAEQQZ0IgVqNgIsIAFB3ABqIQcgAUE4aiEIA0ACQCAFRQ0AIAEgAEFAayIENgIkIAApAwAiCkICUQ0AIAEgCjcDMCAIIABBCGpBOPwKAAAgASgCQCEJIAEgACgCKDYCeCABIAApAiA3A3AgAUEDNgKAASABIAlBACAKp0EBcRs2AoQBIAIgAUHwAGogAUGAAWpBACABEMwBIAcQmgMgBUFAaiEFIAQhAAwBCwsgAUEgahCWASACKAJ8QQZ0IQUgAigCeCEAAkADQCAFRQ0BIAVBQGohBSAAKQMAIQogAEFAayEAIApCAVINAAsgAEE4aykDACEKQgEhCyAFRQ0AIAVBBnYhBQNAIAogAEEIaikDACIMIAogDFQbIAogACgCABshCiAAQUBrIQAgBUEBayIFDQALCyACKQMIIQwCfiACKQMAIg0gC4NQBEAgCiAMIAunIgAbIQpCASANIAAbDAELIAwgCiAKIAxWGyEKQgELIQsgAiAKNwMYIAIgCzcDEAwBCyABQQM2AjAgASACKAIkQQAgAigCIBs2AjQgAiABQTBqEEgLIAFBkAFqJAAgBiAGKAIAQQFqNgIAIANBHGoQQSADQQA6ADgjAEEwayIAJAAgAEIANwIYIABBAToALCAAQRhqEJ4CIgQgBCgCAEEBaiIBNgIAIAFFBEAACyAAQRBqIAQQ5wIgACkDECEKQQhBIBDSAiIBIANBIGoiAikDGDcDGCABIAIpAxA3AxAgASACKQMINwMIIAEgAikDADcDACAAQQhqIARBCGoQnAIgACgCDCEFIAAoAggiAhC3ASACIAo3AgggAkGgicAANgIEIAIgATYCACAFIAUoAgBBAWo2AgAgBBCkAyAAQTBqJAAgA0EcahDAAgsgA0EYahCOAiADQUBrJAAPC0HAgcAAQRwQpgMAC40CAQF/AkAgACgCACIBQYeAgIB4Rg0AAkACQAJAAkACQAJAQQEgAUGAgICAeHMgAUEAThsOBgECAwQFBgALIABBBGoQnwMPCyAAQQRqELoCIAAoAhBBAkYEQAJAAkACQAJAQQQgACgCFCIBQYCAgIB4cyABQQBOGw4ECQECAwALIABBFGoQnwMPCyAAQRhqENsCDwsgAEEYahDbAg8LIABBGGoQ3QIPCyAAQRhqEKQCIABBEGoQ3QIPCyAAQSRqENsCIAAQmgMgAEEMahCaAyAAQRhqEJoDIABBKGoQ2wIPCyAAQQRqEMECDwsgAEEEahDBAg8LIABBEGoQwQIgAEEEahCaAyAAQRRqENsCCwu2AwEDfyAAQdABahCOAiAAQZQBahCaAyAAKAKIAUECRwRAIABBiAFqELoCCyAAQaABahCaAyAAQawBahCgAyAAQbgBaiIDIgEoAgghAiABKAIEIQEDQCACBEAgAkEBayECIAEQ/QIgAUEcaiEBDAELCyADQQRBHBDRASAAQcQBaiIDIgEoAgghAiABKAIEIQEDQCACBEAgAkEBayECIAEQ+wIgAUEQaiEBDAELCyADEKIDIABB4ABqIgMiASgCCCECIAEoAgQhAQNAIAIEQCACQQFrIQIgARDiAiABQSBqIQEMAQsLIANBBEEgENEBIABB8ABqIgMiASgCCCECIAEoAgQhAQNAIAIEQCACQQFrIQIgARBWIAFBLGohAQwBCwsgA0EEQSwQ0QEgAEGUAmoQ8wIgAEEIahDmASAAQdgBahDbAiAAQdwBahDbAiAAQeABahDbAiAAQeQBahDbAiAAQegBahDbAiAAQewBahDbAiAAQfABahDbAiAAQfQBahDbAiAAQfgBahDbAiAAQfwBahDbAiAAQSBqEPQCIABBhAJqENsCIABBiAJqENsCIABBjAJqENsCC+YBAQZ/IwBBIGsiAiQAAkAgACgCACIGQQFGBEAgAiAAKAIENgIcIAJBgQg2AhAgAiACQRxqIgQgAkEQaiIFIAEQjQEgAigCBCEDIAIoAgAhAQwBCyACIAAoAgQ2AhggAkGBCDYCHCACQYEINgIQIAJBCGogAkEYaiIEIAJBHGoiBSACQRBqIgcgARCHASACKAIMIQMgAigCCCEBIAcQ2wILIAUQ2wIgBBDbAiACIAE2AhAgAiADNgIUAkAgAUEBRgRAIAMQ2AEMAQsgAkEUahDbAgsgBgRAIABBCGoQ2wILIAJBIGokAAvzBAMGfwF+AW8jAEEgayIDJAAgA0EQaiABEOkBAkACQCADKAIQIgJBgICAgHhGBEBBACEBDAELIAMgAykCFCIINwIEIAMgAjYCACAAQYwBaiIEIAinIgUgCEIgiKciBhCDASICBEAgAigCACIBIAEoAgBBAWoiADYCACAARQ0CIAMQmgMMAQsjAEFAaiICJAAgAEGYAWoQpQIhACACQRRqIgcgBSAGEIkBIAEQXCEBIAJCgICAgICAATcCOCACQgQ3AjAgAkIANwIoIAIgATYCJCACIAA2AiBBBEE0ENICIgFCgYCAgBA3AgAgAUEIaiAHQSz8CgAAIAEgASgCAEEBaiIANgIAIABFBEAACyABEI0DEA0hCRBUIgUgCSYBIAJBCGogAUEsakHAmMAAEJ0CIAIoAgwhACACKAIIIgYQ2wIgBiAFNgIAIAAgACgCAEEBajYCACACQUBrJAAgAykCACEIIAMoAgghACABIAEoAgBBAWoiAjYCACADIAA2AhggAyAINwMQIAJFDQEgAwJ/IwBBEGsiACQAIABBCGogBCADQRBqIgIoAgQgAigCCBBxAkACQCAAKAIIQQFGBEAgACgCDCIFIAQoAggiBk8NAiAEKAIEIAVBBHRqIgUoAgwhBCAFIAE2AgwgAhCaAwwBCyAEKAIIIgUgBCgCAEYEQCAEEMABCyAEKAIEIAVBBHRqIgYgAigCCDYCCCAGIAIpAgA3AgAgBiABNgIMIAQgBUEBajYCCEEAIQQLIABBEGokACAEDAELIAUgBkGgmMAAEKgBAAsiADYCDCAARQ0AIANBDGoQwQILIANBIGokACABDwsAC+YBAgN/AX4jAEEgayIFJABBASEHQQQhBgJAAkAgBK0gAq1+IghCIIinDQAgCKciAkGAgICAeCADa0sNACAFQRRqIAEgAyAEEMUBAn8gBSgCGARAIAUoAhwiAUUEQCAFQQhqIAMgAhDzASAFKAIIIQQgBSgCDAwCCyAFKAIUIAEgAyACEPgCIQQgAgwBCyAFIAMgAhDzASAFKAIAIQQgBSgCBAsgBEUEQCAAIAM2AgRBCCEGDAILIAAgBDYCBEEAIQdBCCEGIQIMAQtBACECCyAAIAZqIAI2AgAgACAHNgIAIAVBIGokAAv0AQIDfwJ+IwBBMGsiBCQAIARBCGogASACIAMQcgJAAkAgBCgCCEEBRgRAIAQoAgwiAiABKAIIIgNPDQIgBCABKAIEIgUgAkEcbGoiAikCADcDECAEIAIpAgg3AxggBCACKQIQNwMgIAQgAigCGDYCKCAFIANBAWsiBkEcbGoiAykCCCEHIAMpAhAhCCADKAIYIQUgAiADKQIANwIAIAIgBTYCGCACIAg3AhAgAiAHNwIIIAEgBjYCCCAAIAQpAiQ3AgggACAEKQIcNwIAIARBEGoQmgMMAQsgAEGAgICAeDYCAAsgBEEwaiQADwsgAiADEKYBAAv5AQIFfwFvIwBBQGoiASQAECUhBhBUIgIgBiYBIAEgAjYCDCABQQU2AiwgAUHyiMAANgIoIAFBBDYCJCABQd2IwAA2AiAgAUECNgIcIAFB54jAADYCGANAIANBGEcEQCABIAAgAUEQaiADaiICQQhqKAIAIgQgAkEMaigCACICEN0BNgIwIAFBMGoiBRCUA0UEQCABIAQgAhDgAjYCPCABQTRqIgIgAUEMaiABQTxqIgQgBRCLASACEN4CIAQQ2wILIANBCGohAyABQTBqENsCDAELCyABQQxqIgAoAgAlARAEIQYQVCIDIAYmASAAENsCIAFBQGskACADC6ECAQN/IwBB0ABrIgIkACACIAE2AhQgAkEIaiAAEKoBIAIoAggiAQRAIAIoAgwhAyMAQRBrIgAkACAAQQhqIAJBFGooAgAlARAaIAAoAgghBCAAIAAoAgw2AgQgACAENgIAIAJBKGogACgCACAAKAIEEIICIABBEGokAAJAIAIoAjAEQCACIAIoAjA2AiAgAiACKQIoNwMYDAELIAJBNGoiAEGfk8AAQRgQiQEgACACQRRqKAIAJQEQGa1C//8DgxBmIAIgAigCPDYCSCACIAIpAjQ3A0AgAkFAa0G3k8AAQQEQywEgAiACKAJINgIgIAIgAikDQDcDGCACQShqEJoDCyABIAJBGGogAygCGBEBAAsgAkEUahDbAiACQdAAaiQAC4kDAQV/IwBBMGsiBCQAIAQgAjYCGCAEIAE2AhQgBEEIaiAAQYSRwAAQnQIgBCgCCCIGKAIIIgBBAWshASAAQRRsIQIgBigCBCEAIAQoAgwhCAJAA0AgAkUNAQJAIAAgAmoiBUEUayAEQRRqEJgCBEAgBCAFQQhrEKMCNgIcIARBHGoiBSADEPYCIAUQ2wINAQsgAUEBayEBIAJBFGshAgwBCwsgBEEcaiECIwBBIGsiACQAIABBDGohAwJAIAYoAggiByABSwRAIAMgBigCBCABQRRsaiIFKQIANwIAIAMgBSkCCDcCCCADIAUoAhA2AhAgByABQX9zakEUbCIDBEAgBSAFQRRqIAP8CgAACyAGIAdBAWs2AggMAQsgA0GAgICAeDYCAAsCQCAAKAIMQYCAgIB4RwRAIAIgACgCHDYCECACIAApAhQ3AgggAiAAKQIMNwIAIABBIGokAAwBCyABIAYoAghBlJHAABCnAQALIAIQ/gILIAggCCgCAEEBajYCACAEQTBqJAAL6QEBAn8jAEEwayIEJAAgASgCCCEFIAEoAgQhASAEQQhqIAJBMGpBqI/AABDuASAEKAIMIQIgBCgCCEGAAWogASAFEPwBIQEgAiACKAIAQQFrNgIAAkAgAUUEQCAEQQc2AiAgBEEgahD6AiEBIABBgICAgHg2AgAgACABNgIEDAELIARBFGogAxCTASAEKAIUQYCAgIB4RwRAIAAgBCgCHDYCCCAAIAQpAhQ3AgAMAQsgBEEkakGsisAAQRQQiQEgBEEANgIgIARBIGoQ+gIhASAAQYCAgIB4NgIAIAAgATYCBAsgBEEwaiQAC5QCAQV/IwBBIGsiBSQAAn8gAxCPAyIGBEAgBUEIaiABQbiQwAAQnQIgBSgCDCEHIAUoAgghAyAGEKMCIQggAygCCCIGIAMoAgBGBEAjAEEQayIBJAAgAUEIaiADIAMoAgBBAUEEQRQQYyABKAIIIglBgYCAgHhHBEAgCSABKAIMENoCAAsgAUEQaiQACyADKAIEIAZBFGxqIgEgAigCCDYCCCABIAIpAgA3AgAgASAEOgAQIAEgCDYCDCADIAZBAWo2AgggByAHKAIAQQFqNgIAQQAMAQsgBUEUakHIkMAAQRoQiQEgBUEANgIQIAVBEGoQ+gIhASACEJoDQQELIQIgACABNgIEIAAgAjYCACAFQSBqJAAL6AECAn8BfiMAQTBrIgIkACABKAIAQYCAgIB4RgRAIAEoAgwhAyACQQA2AiwgAkKAgICAEDcCJCACQSRqQdSdwAAgAygCACIDKAIAIAMoAgQQRBogAiACKAIsIgM2AiAgAiACKQIkIgQ3AxggASADNgIIIAEgBDcCAAsgASgCCCEDIAFBADYCCCABKQIAIQQgAUKAgICAEDcCACACIAM2AhAgAiAENwMIQQxBBBCYAyIBRQRAQQRBDBCoAwALIAEgAigCEDYCCCABIAIpAwg3AgAgAEHUnsAANgIEIAAgATYCACACQTBqJAALzgEBAn8jAEFAaiICJAAgAkEcaiABEJMBAkAgAigCHEGAgICAeEcEQCACIAIoAiQiATYCMCACIAIpAhw3AyggAkE0aiIDIAFBAmoQ3AEgAyACKAIsIAEQRyAAIAIoAjw2AgggACACKQI0NwIAIAJBKGoQmgMMAQsgAkEQaiABEJwBIAJBCGogAigCECACKAIUELsBIAIoAghBAXFFBEAgAEGAgICAeDYCAAwBCyACIAIoAgw2AjQgACACQTRqIgAQkwEgABDbAgsgAkFAayQAC6wBAQN/IwBBEGsiBiQAAkAgBUUNACACIANqIgIgA0kNACAGQQRqIAEgAiABKAIAQQF0IgMgAiADSxsiAkEIQQRBASAFQYEISRsgBUEBRhsiByACIAdLGyICIAQgBRBaIAYoAgRBAUYEQCAGKAIMIQcgBigCCCEIDAELIAYoAgghAyABIAI2AgAgASADNgIEQYGAgIB4IQgLIAAgBzYCBCAAIAg2AgAgBkEQaiQAC7kDAgZ/AW8jAEEgayICJAAgAkIANwIQIAJBBDYCDCACQgA3AgQgAkEAOgAYQSAQ0AIiA0KBgICAEDcCACADIAJBBGoiBCkCADcCCCADIAQpAgg3AhAgAyAEKQIQNwIYIAICfwJAAkACQEG0osAAKAIAQQFrDgIAAQILQbiiwAAMAgsQlgMACwJ/IwBBEGsiASQAQbSiwAAoAgAhBUG0osAAQQI2AgAgAUG4osAAKAIAIgY2AgwgASAFNgIIIAVFBEBBuKLAACAGEQoANgIAQbSiwABBATYCACABQRBqJABBuKLAAAwBCyABQQhqIgAoAgBBAUYEQCAAQQRqENsCC0HEm8AAEN8CAAsLEKMCIgE2AgQgASUBEC4hBxBUIgEgByYBIAIgATYCHCACQRxqIgEQkwMhBSABENsCIAQQ2wIgAkGACDYCBCAEKAIAJQEQKyEHEFQiBCAHJgEgAyADKAIAQQFqIgE2AgAgAUUEQAALQQQQ0AIiASADNgIAIAFBxJrAABA7IQcQVCIBIAcmASAAIAU6AAwgACABNgIIIAAgBDYCBCAAIAM2AgAgAkEEahDbAiACQSBqJAALlQIBAn8jAEEgayIFJABBpKPAAEGko8AAKAIAIgZBAWo2AgACQAJAAkACQAJ/QQAgBkEASA0AGkEBQZCjwAAtAAANABpBkKPAAEEBOgAAQYyjwABBjKPAACgCAEEBajYCAEECC0H/AXEOAwMBAAELQZijwAAoAgAiBkEASA0CQZijwAAgBkEBajYCAEGco8AAKAIARQ0BIAVBCGogACABKAIUEQEAIAUgBDoAHSAFIAM6ABwgBSACNgIYIAUgBSkDCDcCEEGco8AAKAIAIAVBEGpBoKPAACgCACgCFBEBAAwBCyAFIAAgASgCGBEBAAwBC0GYo8AAQZijwAAoAgBBAWs2AgBBkKPAAEEAOgAAIANFDQAACwALpAECA38BfiMAQSBrIgMkACADQQA2AhggA0IANwMQIANCADcDCEETIQICQANAIAJBE0sNASADQQhqIAJqIAEgAUIKgCIFQgp+fadBMHI6AAAgAkEBayECIAFCCVYgBSEBDQALIAJBE2shAiADQRxqIQQDQCACBEAgACACIARqLQAAEJQBIAJBAWohAgwBCwsgA0EgaiQADwtBf0EUQeCXwAAQqAEAC7IDAQl/IwBBIGsiBCQAAkAgAQRAIAQgAjYCHCAEIAE2AhggBEEQaiAAQaiQwAAQnQIgBCgCFCEIIAQoAhAhBiMAQRBrIgckACAHIARBGGo2AgxBACEAIwBBEGsiBSQAIAUgB0EMajYCDAJAIAYoAggiCUUNACAGKAIEIgohAwNAIAVBDGogAxCLAwRAIANBFGohAyAJIABBAWoiAEcNAQwCCwsgAxD+AiAKQRRqIQsgACECA0AgAEEBaiEBIAsgAEEUbGohAwNAIAEgCU8EQCAGIAI2AggMAwsgBUEMaiADEIsDRQRAIAFBAWohASADEP4CIANBFGohAwwBCwsgCiACQRRsaiIAIAMoAhA2AhAgACADKQIINwIIIAAgAykCADcCACACQQFqIQIgASEADAALAAsgBUEQaiQAIAdBEGokACAIIAgoAgBBAWo2AgAMAQsgBEEIaiAAQZiQwAAQnQIgBCgCCCIAKAIIIQEgBCgCDCECIABBADYCCCAAKAIEIQADQCABBEAgAUEBayEBIAAQ/gIgAEEUaiEADAELCyACIAIoAgBBAWo2AgALIARBIGokAAv7AQICfwFvIwBBEGsiAiQAAkAgARCPAyIDBEAgAxCjAiEBIABBgAg2AhAgACABNgIIIABCADcCAAwBCwJAAkAgARCUA0UEQCABEJADRQ0BCyACQQA2AgAgAiACNgIMIAJBDGpBjInAABAJIQQQVCIBIAQmASACKAIAQQFxRQ0BIAAgATYCECAAIAIpAgQ3AgggAEKAgICAEDcCAAwCCyAAQQhqQZSLwABBGhCJASAAQgE3AgAMAQsjAEEQayIAJAAgAEEdNgIEIABBrovAADYCACAAIACtQoCAgICwD4Q3AwhBk4PAACAAQQhqQcyLwAAQ0wEACyACQRBqJAALogEBA38gAEGAAU8EQCAAQT9xQYB/ciEDIABBBnYhAiAAQYAQSQRAIAEgAzoAASABIAJBwAFyOgAADwsgAEEMdiEEIAJBP3FBgH9yIQIgAEH//wNNBEAgASADOgACIAEgAjoAASABIARB4AFyOgAADwsgASADOgADIAEgAjoAAiABIARBP3FBgH9yOgABIAEgAEESdkFwcjoAAA8LIAEgADoAAAvPAQECfyMAQSBrIgIkAAJAAkACQAJAAkACQAJAIAEoAgBBAmsOBgABAgMFBAULIABBjJfAAEEOEIkBDAULIAJBBGoiA0Gal8AAQRgQiQEgAyABNQIEEGYgAiACKAIMNgIYIAIgAikCBDcDECACQRBqQbKXwABBAxDLASAAIAIoAhg2AgggACACKQMQNwIADAQLIABBtZfAAEEPEIkBDAMLIABBxJfAAEEPEIkBDAILIABB05fAAEEJEIkBDAELIAAgAUEEahCeAQsgAkEgaiQAC6YDAQh/IwBBQGoiBSQAIAEoAnwhByABKAJ4IQQgAUIINwN4IAEoAnQhBiABQQA2AnQgBSAGNgI4IAUgBDYCMCAFIAQ2AjQgBSAEIAdBBnRqNgI8IwBBMGsiBCQAIARBADYCECAEQoCAgICAATcCCCAEQQA2AhwgBEKAgICAgAE3AhQgBCADNgIkIAQgAjYCICAEIARBFGo2AiwgBCAEQQhqNgIoIwBBQGoiAiQAIAVBMGoiBygCBCEDIAcoAgwhCCAEQSBqIgYoAgghCSAGKAIMIQogBigCBCELIAYoAgAhBgNAIAMgCEcEQCACIANBwAD8CgAAIAcgA0FAayIDNgIEIAkgCiAGIAIgCygCFBECABsgAhDgAQwBCwsgBxCWASACQUBrJAAgBUEYaiICIAQoAhA2AgggAiAEKQIINwIAIAIgBCkCFDcCDCACIAQoAhw2AhQgBEEwaiQAIAAgBSgCIDYCCCAAIAUpAhg3AgAgBSAFKQIkNwMIIAUgBSgCLDYCECABQfQAahCgAyABIAUoAhA2AnwgASAFKQMINwJ0IAVBQGskAAuBAgEGfyMAQRBrIgMkACACIAEgAmoiBEsEQEEAQQAQ2gIACyADQQRqIQUgACgCACICIQYgACgCBCEIQQEhB0EEIQECQEEIIAQgAkEBdCICIAIgBEkbIgIgAkEITRsiBCICQf////8HSwRAQQAhAgwBCwJAAkACfyAGBEAgCCAGQQEgAhD4AgwBCyACRQRAQQEhAQwCCyACQQEQmAMLIgENACAFQQE2AgQMAQsgBSABNgIEQQAhBwtBCCEBCyABIAVqIAI2AgAgBSAHNgIAIAMoAgRBAUYEQCADKAIIIAMoAgwQ2gIACyADKAIIIQEgACAENgIAIAAgATYCBCADQRBqJAALAwAAC4cBAQN/IANBf3MhBUHwosAAKAIAIAFBAnRqIQEgAAJ/A0BBACABKAIAIgFFDQEaIAEgASgCDGoiBiABIANqIAVxIgQgAmpJDQALIAEQuAECQCABIARGBEAgAUEEayIBIAEoAgBBAnM2AgAMAQsgASAEEHgLIAAgBjYCCCAAIAQ2AgRBAQs2AgALAwAAC5kBAgR/AW8jAEEgayIBJAAgAUEMaiICIAAQaiABKAIQIAEoAhQQJCEFEFQiAyAFJgEgASADNgIIIAIQmgMgAUHsi8AAQQQQ4AI2AhggASAAKAIAQQJ0IgAoArCZQCAAKAKQmUAQ4AI2AhwgAiABQQhqIAFBGGoiACABQRxqIgQQiwEgAhDeAiAEENsCIAAQ2wIgAUEgaiQAIAMLhAEBAn8jAEEQayIEJAAgBCADNgIIIAQgAjYCBCABKAIIQQR0IQMgASgCBCEBQQAhAgNAAkAgAwRAIAQgATYCDCAEQQxqIARBBGoQhAJFDQFBASEFCyAAIAI2AgQgACAFNgIAIARBEGokAA8LIANBEGshAyACQQFqIQIgAUEQaiEBDAALAAuEAQECfyMAQRBrIgQkACAEIAM2AgggBCACNgIEIAEoAghBHGwhAyABKAIEIQFBACECA0ACQCADBEAgBCABNgIMIARBDGogBEEEahCEAkUNAUEBIQULIAAgAjYCBCAAIAU2AgAgBEEQaiQADwsgA0EcayEDIAJBAWohAiABQRxqIQEMAAsAC4YBAQN/IwBBEGsiAyQAIAMgAUEIajYCCCABKAIAIQIgASgCBCEEAn8CQANAIAIgBEYNASADIAI2AgwgASACQRRqIgI2AgAgA0EIaiADQQxqEPkCRQ0ACyACQRRGDQAgAkEIaxCjAiECQQEMAQtBAAshASAAIAI2AgQgACABNgIAIANBEGokAAuNAQECfwJAIAEEQCABKAIAIgJB/////wdPBEAgAEHPADYCCCAAQdqAwAA2AgQgAEEANgIADwsgASACQQFqNgIAIAFBCGsiAiACKAIAQQFqIgM2AgAgA0UNASAAIAI2AgggACABNgIEIAAgAUEEajYCAA8LIABBGzYCCCAAQb+AwAA2AgQgAEEANgIADwsAC4oBAQJ/IwBBEGsiAyQAIAMgAjYCDCADIAE2AgggAyAAQfSQwAAQ7wEgAygCBCEEAkAgAygCACIBKAIIIgBFBEBBACEBDAELIAEoAgQhAkEAIQEDQCACIANBCGoQmAIgAWohASACQRRqIQIgAEEBayIADQALCyAEIAQoAgBBAWs2AgAgA0EQaiQAIAELxAEBAn8jAEEQayIBJAAgAC0AFCECIABBADoAFAJAIAJBAUcNACAAQQAQtAIgAEEAELcCIABBABC1AiAAQQAQtgIgACgCACUBEBNB//8DcUECTw0AIwBBEGsiAiQAIAAoAgAlAUHoB0HzjsAAQQUQGCACQQhqEK8CIAIoAgwhACABIAIoAghBAXE2AgAgASAANgIEIAJBEGokACABIAEoAgQ2AgwgASABKAIAIgA2AgggAEUNACABQQxqENsCCyABQRBqJAALuwMCCX8BbyMAQRBrIgUkACAFIAAoAgAiCEEIakHEnMAAEJ0CIAUoAgQhCSAFKAIAIgIoAgwiBCACKAIAIgNGBEAgAigCACEEIwBBEGsiAyQAIANBCGogAiACKAIAQQFBBEEEEGMgAygCCCIGQYGAgIB4RwRAIAYgAygCDBDaAgALIANBEGokAAJAIAIoAggiBiAEIAIoAgwiB2tNDQAgBCAGayIDIAcgA2siB0sgAigCACIKIARrIAdPcUUEQCAKIANrIQQgA0ECdCIDBEAgAigCBCIHIARBAnRqIAcgBkECdGogA/wKAAALIAIgBDYCCAwBCyAHQQJ0IgNFDQAgAigCBCIGIARBAnRqIAYgA/wKAAALIAIoAgAhAyACKAIMIQQLIAIgBEEBajYCDCACKAIEIAIoAgggBGoiAiADQQAgAiADTxtrQQJ0aiABNgIAIAkgCSgCAEEBajYCACAILQAcIQEgCEEBOgAcAkAgAQ0AIAAtAAxFBEAgAEEEaigCACUBIABBCGooAgAlARAeIQsQVCIAIAsmASAFIAA2AgwgBUEMahDbAgwBCyAAKAIIJQEQLQsgBUEQaiQAC4oBAQR/IAEgAGsiAxD+ASECAkBB8KLAACgCAEE/IAIgAkE/TxsiBEECdGoiAigCACIFRQRAIAIgADYCAEHoosAAQeiiwAApAwBCASAErYaENwMADAELIAIgADYCACAFIAA2AgQLIAAgAzYCDCAAIAQ2AgggACACNgIEIAAgBTYCACABQQRrIAM2AgALAwAAC5EBAgJ/AX4jAEEgayICJAAgASgCAEGAgICAeEYEQCABKAIMIQMgAkEANgIcIAJCgICAgBA3AhQgAkEUakHUncAAIAMoAgAiAygCACADKAIEEEQaIAIgAigCHCIDNgIQIAIgAikCFCIENwMIIAEgAzYCCCABIAQ3AgALIABB1J7AADYCBCAAIAE2AgAgAkEgaiQAC2EBA38gACABQRNqQXBxaiIBQQRrKAIAIQMCQCAAQQRrIgQoAgAiAkEBcUUEQCAAIAJrIgAQuAEMAQsgBCACQQJyNgIACyAAIANBAnEEfyABKAIMIAEQuAEgAWoFIAELEHgLrgIBB38jAEEgayIDJAAgAyACNgIQIAMgATYCDCADIABBpJHAABDvASADIAMoAgAiACgCBCIBNgIUIAMgASAAKAIIQRRsajYCGCADIANBDGo2AhwgAygCBCEEIwBBEGsiAiQAIAIQ9wIiBjYCDCACQQxqIQcjAEEgayIAJAAgACADQRRqIgEoAgg2AhAgACABKQIANwMIIABBEGohCANAIAAgCDYCGCAAKAIIIQEgACgCDCEJAkADQCABIAlGDQEgACABNgIcIAFBFGohASAAQRhqIABBHGoiBRD5AkUNAAsgACABNgIIIAFBFEYNACAAIAFBCGsQowI2AhwgByAFEIMDIAUQ2wIMAQsLIABBIGokACACQRBqJAAgBCAEKAIAQQFrNgIAIANBIGokACAGCwMAAAsDAAALAwAACwMAAAtrAQF/IwBBEGsiBCQAIARBADYCCCAEIAM2AgwgAQRAIAQgASADIAIoAhARAwAgBCgCBCEBIAAgBCgCACICNgIEIAAgAUEAIAJBAXEbNgIAIARBEGokAA8LIARBCGoQ5gJB2JrAAEEyEKYDAAtrAQJ/IwBBEGsiASQAIAAtABxBAXFFBEAgASAAKAIINgIIIAEgACkCADcDACABQYAINgIMIAEgAEEMaiICIAFBDGoiAxBLIAMQ2wIgAhCkAiAAQQE6ABwgAUEQaiQAQQAPC0Hci8AAEJcDAAtkAQF/IwBBEGsiAyQAIANBCGogACABIAIQcUEAIQICQCADKAIIQQFGBEAgAygCDCIBIAAoAggiAk8NASAAKAIEIAFBBHRqQQxqIQILIANBEGokACACDwsgASACQZCYwAAQqAEAC4MBAQF/AkAgAEGECE8EQCAA0G8mAUHQosAAKAIADQFB0KLAAEF/NgIAIABB5KLAACgCACIBSQ0BIAAgAWsiAEHcosAAKAIATw0BQdiiwAAoAgAgAEECdGpB4KLAACgCADYCAEHgosAAIAA2AgBB0KLAAEHQosAAKAIAQQFqNgIACw8LAAtoAQV/IwBBEGsiAiQAIAIgAEEIajYCDCAAKAIAIQEgACgCBCEEA0ACQCABIARGBEBBACEDDAELIAAgAUEEaiIFNgIAIAJBDGooAgAoAgAgARBZIQMgBSEBIANFDQELCyACQRBqJAAgAwtkAQF/IwBBEGsiAyQAIAEEQCADQQhqIAEgAigCEBEBACADKAIMIQEgACADKAIIIgI2AgggACABQQAgAkEBcSICGzYCBCAAQQAgASACGzYCACADQRBqJAAPC0HYmsAAQTIQpgMAC3ECAX8BbyMAQRBrIgUkACABKAIAJQEgAigCACUBIAMoAgAlASAEKAIAJQEQByEGEFQiASAGJgEgBUEIahCvAkEBIQQgAAJ/IAUoAghBAUYEQCAFKAIMDAELQQAhBCABCzYCBCAAIAQ2AgAgBUEQaiQAC28BAX8jAEEQayIDJAACQCABBEAgA0EEaiABIAIQggIgAygCBEGAgICAeEYEQCAAIAMpAgg3AgQgAEGBgICAeDYCAAwCCyAAIAMoAgw2AgggACADKQIENwIADAELIABBgICAgHg2AgALIANBEGokAAtgAQN/IwBBEGsiAyQAIANBCGogAkEBQQEQowEgAygCCCEFIAMoAgwhBCAAQQA2AgggACAENgIEIAAgBTYCACACBEAgAgRAIAQgASAC/AoAAAsgACACNgIICyADQRBqJAALbwEBfyMAQRBrIgMkACADIAEoAgAgAhCyAjYCDCADIANBDGoQkwECQCADKAIAQYCAgIB4RwRAIAAgAygCCDYCCCAAIAMpAgA3AgAMAQsgAEEANgIIIABCgICAgBA3AgALIANBDGoQ2wIgA0EQaiQAC2gBAX8jAEEQayIEJAAgASgCACUBIAIoAgAlASADKAIAJQEQLCEBIARBCGoQrwJBASEDAkAgBCgCCEEBRgRAIAAgBCgCDDYCBAwBC0EAIQMgACABQQBHOgABCyAAIAM6AAAgBEEQaiQAC28BAX8CQAJAAkACQAJAAkAgACgCACIALQAUQQFrDgMBAgEACyAAQQhqKAIAQf////8HTw0DIAAoAgwNAgsPCyAAQQM6ABQPCyAAIAAoAgBBAWoiATYCACABRQ0BIABBAToAFAALQfSbwAAQiAILAAtqAgF/AW8jAEEQayIEJAAgASgCACUBIAIoAgAlASADKAIAJQEQBiEFEFQiASAFJgEgBEEIahCvAkEBIQMgAAJ/IAQoAghBAUYEQCAEKAIMDAELQQAhAyABCzYCBCAAIAM2AgAgBEEQaiQACwMAAAsDAAAL6AECBX8BfiMAQRBrIgMkACAAKAIAIgAgACgCAEEBaiIBNgIAIAEEQCADQQA6AAwgAyAANgIIIwBBMGsiACQAIABCADcCGCAAQQE6ACwgAEEYahCeAiIBIAEoAgBBAWoiAjYCACACRQRAAAsgAEEQaiABEOcCIAApAxAhBkEEQQgQ0gIiBSADQQhqKQIANwIAIABBCGogAUEIahCcAiAAKAIMIQQgACgCCCICELcBIAIgBjcCCCACQdCJwAA2AgQgAiAFNgIAIAQgBCgCAEEBajYCACABEKQDIABBMGokACADQRBqJAAPCwALwgICAX8BfiMAQSBrIgMkACADIAI2AgQgAyABNgIAIAMgADYCGCADIANBH2oiADYCFCADIAA2AhAgAyADQQRqNgIMIAMgAzYCCCMAQdAAayIAJAAgAEEYaiADQQhqIgEoAhAQdCAAQSRqIAEoAgAoAgAgASgCBCgCABCCAgJAIAAoAhgEQCAAKAIkQYCAgIB4Rw0BCyAAQRBqIABBJGoQ4gEgACgCECECIAAoAhQhAyAAQQhqIABBGGoQ9QEgACgCCCIBIAIgARsiAkEBIAIbIAAoAgwgAyABG0EAIAIbEKYDAAsgACAAKAIgNgI4IAAgACkCGCIENwMwIAAgACkCJDcDQCAAIAAoAiw2AkggBKcoAgBBHGogAEFAayIBKAIEIAEoAggQdSABEJoDIABBMGoQzQIgAEHQAGokACADQSBqJAALwgICAX8BfiMAQSBrIgMkACADIAI2AgQgAyABNgIAIAMgADYCGCADIANBH2oiADYCFCADIAA2AhAgAyADQQRqNgIMIAMgAzYCCCMAQdAAayIAJAAgAEEYaiADQQhqIgEoAhAQdCAAQSRqIAEoAgAoAgAgASgCBCgCABCCAgJAIAAoAhgEQCAAKAIkQYCAgIB4Rw0BCyAAQRBqIABBJGoQ4gEgACgCECECIAAoAhQhAyAAQQhqIABBGGoQ9AEgACgCCCIBIAIgARsiAkEBIAIbIAAoAgwgAyABG0EAIAIbEKYDAAsgACAAKAIgNgI4IAAgACkCGCIENwMwIAAgACkCJDcDQCAAIAAoAiw2AkggBKcoAgBBKGogAEFAayIBKAIEIAEoAggQdSABEJoDIABBMGoQzAIgAEHQAGokACADQSBqJAALZwECfyMAQRBrIgIkACACQQhqIAEoAgAlARA2AkAgAigCCCIBRQRAQYCAgIB4IQEMAQsgAiABIAIoAgwQzQEgAigCACEDIAAgAigCBCIBNgIIIAAgAzYCBAsgACABNgIAIAJBEGokAAtQAQJ/IAAoAgghAiAAAn9BASABQYABSQ0AGkECIAFBgBBJDQAaQQNBBCABQYCABEkbCyIDELgCIAEgACgCBCAAKAIIahBpIAAgAiADajYCCAtcAQF/IwBBEGsiBCQAIARBADYCACAEIAI2AgQgBCADNgIMIARBADYCCCAABEAgACACIAMgASgCEBEDACAEQRBqJAAPCyAEQQhqEOYCIAQQ5gJB2JrAAEEyEKYDAAt+AQJ/IwBBEGsiAiQAIAIgADYCDCAAKAIMIAAoAgQiAWtBBnYhAANAIAAEQCAAQQFrIQAgARDlAiABQUBrIQEMAQsLIwBBEGsiACQAIAAgAkEMaigCACIBKAIANgIMIAAgASgCCDYCCCAAQQhqEJ4DIABBEGokACACQRBqJAALtQEBBn8jAEEQayIFJAAjAEEQayIGJAAgBhD3AiIHNgIMIAZBDGohCCADIARBAnRqIQkjAEEQayIEJAADQCADIAlHBEAgBCADKAIAEKMCNgIMIAggBEEMaiIKEIMDIANBBGohAyAKENsCDAELCyAEQRBqJAAgBkEQaiQAIAUgBzYCBCAFQQhqIAAgASACIAVBBGoQTCAFLQAIQQFGBEAgBSgCDBDYAQsgBUEEahDbAiAFQRBqJAALUgECfyMAQRBrIgIkAAJAIAAEQCAAQQhrIgAoAgAhAyACIAA2AgwgAkEMahC+AiABRSADQQFHcQ0BIAJBEGokAA8LEKUDAAtBgIDAAEE/EKYDAAtSAQJ/IwBBEGsiAiQAAkAgAARAIABBCGsiACgCACEDIAIgADYCDCACQQxqELwCIAFFIANBAUdxDQEgAkEQaiQADwsQpQMAC0GAgMAAQT8QpgMAC1IBAn8jAEEQayICJAACQCAABEAgAEEIayIAKAIAIQMgAiAANgIMIAJBDGoQvwIgAUUgA0EBR3ENASACQRBqJAAPCxClAwALQYCAwABBPxCmAwALUgECfyMAQRBrIgIkAAJAIAAEQCAAQQhrIgAoAgAhAyACIAA2AgwgAkEMahC9AiABRSADQQFHcQ0BIAJBEGokAA8LEKUDAAtBgIDAAEE/EKYDAAtcAgJ/AW8jAEEQayICJAAgASgCACUBEB8hBBBUIgMgBCYBIAJBCGoQrwJBASEBIAACfyACKAIIQQFGBEAgAigCDAwBC0EAIQEgAws2AgQgACABNgIAIAJBEGokAAtUAQF/AkACQCAAKAIAIAAoAggiA2sgAkkEQCAAIAMgAhBsIAAoAgghAwwBCyACRQ0BCyACRQ0AIAAoAgQgA2ogASAC/AoAAAsgACACIANqNgIIQQALWwECfwJAAkAgASgCCCICRQRAQQEhAQwBCyABKAIEIQMgAkEBEJgDIgFFDQEgAkUNACABIAMgAvwKAAALIAAgAjYCCCAAIAE2AgQgACACNgIADwtBASACENoCAAtSAQJ/AkAgACgCACIBQX9GDQAgASABKAIEQQFrIgI2AgQgAg0AQQQgACgCBCICKAIIIgAgAEEETRshACABIAAgAigCBGpBB2pBACAAa3EQ4QILC1cAIwBBIGsiASQAIAAtABhBAXFFBEAgASAAKQMQNwMYIAEgACkDCDcDECABIAApAwA3AwggAUEIahDmASAAQQE6ABggAUEgaiQAQQAPC0HYj8AAEJcDAAteAQF/IwBBMGsiAyQAIANBgICAgHg2AgQgAyABKAIINgIQIAMgASkCADcCCCADIAIpAgA3AhQgAyACKQIINwIcIAMgAikCEDcCJCAAQThqIANBBGoQ6gEgA0EwaiQAC1YBAX8jAEEQayICJAAgAiAANgIMIAIgAEE4akHQmMAAEJkCIAIoAgQhACACKAIAIAEQ8QEgACAAKAIAQQFqNgIAIAJBDGoiABBBIAAQwAIgAkEQaiQAC+EBAgR/AX4jAEEQayIFJAAjAEEQayIGJAAgBUEEaiIEAn8CQAJAAkAgA60gAa1+IghCIIinDQAgCKciA0GAgICAeCACa0sNACADDQEgBCACNgIIIARBADYCBEEADAMLIARBADYCBAwBCyAGQQhqIAIgAxDzASAGKAIIIgcEQCAEIAc2AgggBCABNgIEQQAMAgsgBCADNgIIIAQgAjYCBAtBAQs2AgAgBkEQaiQAIAUoAgghASAFKAIEQQFGBEAgASAFKAIMENoCAAsgACAFKAIMNgIEIAAgATYCACAFQRBqJAALhwEBA38jAEEQayIBJAAgASAANgIMIAEgAEE4akHgmMAAEJkCIAEoAgQhAiABKAIAIQMjAEEwayIAJAAgAy0AnAFBAUYEQCAAQYWAgIB4NgIEIANBOGogAEEEahDqAQsgAEEwaiQAIAIgAigCAEEBajYCACABQQxqIgAQQSAAEMACIAFBEGokAAv2AQEFfyMAQRBrIgIkACACIAA2AgwgAiAAQThqQfCYwAAQmQIgAigCBCEEIAIoAgAhAyMAQUBqIgEkACADLQCcAUUEQCABQQRqIgVBgJXAAEHIABCJASAFIAMoAmAgAygCZBDLASABIAEoAgw2AjggASABKQIENwMwIAFBMGpByJXAAEEBEMsBIAEgASgCODYCICABIAEpAzA3AhggAUEBNgIsIAFByJXAADYCKCABQYCAgIB4NgIkIAFBADYCECADQShqIAFBEGoQrAELIAFBQGskACAEIAQoAgBBAWo2AgAgAEEIahBGIAJBDGoQwAIgAkEQaiQAC1QBAX8jAEEgayICJAAgAiABNgIMIAIgADYCCCACIAJBDGqtQoCAgICAD4Q3AxggAiACQQhqrUKAgICAgA+ENwMQQaaIwAAgAkEQakGIn8AAENMBAAsUACAAIAEgAkH3h8AAQQhBDBC3AwsUACAAIAEgAkHegsAAQQxBCBC3AwtrAQV/IwBBEGsiASQAIAFBCGogACgCACIEQThqQYSNwAAQmQIgASgCDCEDIAEoAggjAEEQayICJAAgAkECNgIAIAIQSCACQRBqJAAgAyADKAIAQQFqNgIAIARBCGoQRiAAEJABIAFBEGokAAtJAQN/AkAgASgCACICQX9GDQAgAigCACIERQ0AIAIgBEEBaiIDNgIAIANFBEAACyABKAIEIQEgAiEDCyAAIAE2AgQgACADNgIAC4kCAgR/AX4jAEEgayICJAAgAkEAOgAcIAIgACgCCDYCCCACIAApAgA3AwAgAiABKQIANwIMIAIgASkCCDcCFCMAQTBrIgAkACAAQgA3AhggAEEBOgAsIABBGGoQngIiASABKAIAQQFqIgM2AgAgA0UEQAALIABBEGogARDnAiAAKQMQIQZBBEEgENICIgMgAikCGDcCGCADIAIpAhA3AhAgAyACKQIINwIIIAMgAikCADcCACAAQQhqIAFBCGoQnAIgACgCDCEFIAAoAggiBBC3ASAEIAY3AgggBEGwicAANgIEIAQgAzYCACAFIAUoAgBBAWo2AgAgARCkAyAAQTBqJAAgAkEgaiQAC5EBAQN/IAAoAggiAyAAKAIARgRAIwBBEGsiAiQAIAJBCGogACAAKAIAQQFBBEEgEGMgAigCCCIEQYGAgIB4RwRAIAQgAigCDBDaAgALIAJBEGokAAsgACgCBCADQQV0aiICIAEpAhg3AhggAiABKQIQNwIQIAIgASkCCDcCCCACIAEpAgA3AgAgACADQQFqNgIICwMAAAsDAAALAwAAC18CAX8BbyMAQRBrIgIkACACIAE2AgwgAiAAEKoBIAIoAgAiAARAIAIoAgQhASAAIAJBDGooAgAlARAbIQMQVCIAIAMmASAAIAEoAhARAQALIAJBDGoQ2wIgAkEQaiQAC0MBA38CQCACRQ0AA0AgAC0AACIDIAEtAAAiBEYEQCAAQQFqIQAgAUEBaiEBIAJBAWsiAg0BDAILCyADIARrIQULIAULRwEBfyMAQRBrIgMkACADQQA2AgggAyACNgIMIAAEQCAAIAIgASgCEBECACADQRBqJAAPCyADQQhqEOYCQdiawABBMhCmAwALAwAACwMAAAsDAAALRwEBfyMAQRBrIgMkACADQQA2AgggAyACNgIMIAAEQCAAIAIgASgCEBEBACADQRBqJAAPCyADQQxqENsCQayCwABBMhCmAwALSwEDfyAAKAIAIgIEQCAAKAIEIgMoAgAiAQRAIAIgAREAAAsgAygCBCIBBEAgAygCCBogAiABEOECCyAAKAIMIAAoAggoAgwRAAALC1IBAn8gACgCBCICIAAoAgAiATYCACABBEAgASACNgIEC0HwosAAKAIAIAAoAggiAEECdGooAgBFBEBB6KLAAEHoosAAKQMAQgEgAK2GhTcDAAsLSQECfyMAQRBrIgMkACADQQRqIgRB3JPAAEEJEIkBIAQgASACEEcgBEH9ABCUASAAIAMoAgw2AgggACADKQIENwIAIANBEGokAAtGAQJ/IwBBEGsiAiQAIAJBCGogACABEJ0CIAIoAggiASgCACACKAIMIQAgAUGACDYCACAAIAAoAgBBAWo2AgAgAkEQaiQAC0MBAX8jAEEQayIDJAAgAyACNgIMIAMgATYCCCABQQFGBEAgA0EMahDbAgsgACACNgIEIAAgAUEBczYCACADQRBqJAALSQECfyMAQRBrIgMkACADQQRqIgRB0JLAAEEZEIkBIAQgASACEMsBIAAgAygCDDYCECAAIAMpAgQ3AgggAEICNwIAIANBEGokAAtEAQJ/IwBBEGsiASQAIAFBCGogAEEwakG4jsAAEO4BIAEoAggtAJwBIAEoAgwiAiACKAIAQQFrNgIAIAFBEGokAEEBRgtGAQJ/IwBBEGsiASQAIAAtABQhAiAAQQE6ABQgASAAQQhrIgA2AgwCQCACRQRAIAAQhAMMAQsgAUEMahDEAgsgAUEQaiQAC0ABAX8jAEEQayIBJAAgAUEEaiAAQQRBBBDFAQJAIAEoAghFDQAgASgCDCIARQ0AIAEoAgQgABB7CyABQRBqJAALRAEBfyMAQRBrIgEkACABQQhqIAAgACgCAEEBQQRBEBBjIAEoAggiAEGBgICAeEcEQCAAIAEoAgwQ2gIACyABQRBqJAALDgAgAEHwi8AAQSQQvAMLDwAgAEH0jMAAQYACELwDC0MAIwBBEGsiASQAIAAtAAhBAXFFBEAgASAAKQIANwIIIAFBCGoQ5QEgAEEBOgAIIAFBEGokAEEADwtB1I3AABCXAwALOgEBfwJAIAFpQQFHDQAgAUEAIABBgICAgHggAWtNGyICRQ0AIAAEQCAAIAIQmAMiAUUNAQsgAQ8LAAtAAQN/QQQhBAJAIANFDQAgASgCACIFRQ0AIAAgAjYCBCAAIAEoAgQ2AgAgAyAFbCEGQQghBAsgACAEaiAGNgIAC00CAX8BbyABKAIEIgIgASgCCE8Ef0EABSABIAJBAWo2AgQgASgCACgCACUBIAIQASEDEFQiASADJgFBAQshAiAAIAE2AgQgACACNgIAC0EBAX8jAEEQayICJAAgAiABNgIMIAIgABCqASACKAIAIgAEQCAAIAIoAgQoAgwRAAALIAJBDGoQ2wIgAkEQaiQAC0EBAX8jAEEQayICJAAgAiABNgIMIAIgABCqASACKAIAIgAEQCAAIAIoAgQoAhQRAAALIAJBDGoQ2wIgAkEQaiQACzsBAX8jAEEQayICJAAgAiABKAIAJQEQNSAAIAIoAgAEfiAAIAIrAwg5AwhCAQVCAAs3AwAgAkEQaiQAC0EBAX8jAEEQayIFJAAgBUEIaiAAIAEgAiADIAQQYyAFKAIIIgBBgYCAgHhHBEAgACAFKAIMENoCAAsgBUEQaiQACzwBAX8gACACELgCIAAoAgghAyAAIAIEfyACBEAgACgCBCADaiABIAL8CgAACyAAKAIIBSADCyACajYCCAtCAQF/IwBBIGsiBSQAIAUgBDYCDCAFIAM2AgggBSACKQIANwIQIAUgAikCCDcCGCAAIAEgBUEIahChASAFQSBqJAALkQMBC38jAEEgayIEJAAgBCACNgIcIAQgATYCGCAEIAI2AhRBACEBIwBBEGsiByQAAkACQCAEQQhqIg0gBEEUaiIDKAIIIgIgAygCAEkEfyMAQRBrIggkACADKAIAIAJJBEBBoJ3AAEHJAEHEncAAENMBAAsjAEEQayIFJAAgBUEMaiEJIAdBCGohCiAIQQhqIQsgAygCACIGBEAgBUEBNgIMIAYhASADKAIEIQYgBUEIaiEJCyAJIAE2AgACQCAFKAIMIgEEQCAFKAIIIQwCQCACRQRAIAYgDBDhAiADQQE2AgQMAQsgBiAMIAEgAiIJEPgCIgZFDQIgAyAGNgIECyADIAI2AgALQYGAgIB4IQELIAsgCTYCBCALIAE2AgAgBUEQaiQAIAgoAgwhASAKIAgoAgg2AgAgCiABNgIEIAhBEGokACAHKAIIIgFBgYCAgHhHDQEgAygCCAUgAgs2AgQgDSADKAIENgIAIAdBEGokAAwBCyABIAcoAgwQ2gIACyAAIAQpAwg3AwAgBEEgaiQAC0YBAn8gASgCBCECIAEoAgAhA0EIQQQQmAMiAUUEQEEEQQgQqAMACyABIAI2AgQgASADNgIAIABBxJ7AADYCBCAAIAE2AgALPQECfyAAKAIIIQEgAEEANgIIIAAoAgQhAgNAIAEEQCABQQFrIQEgAhDiAiACQSBqIQIMAQsLIABBADYCDAs3AAJAIANpQQFHDQAgA0EAIAFBgICAgHggA2tNGyIDRQ0AIAAgASADIAIQ+AIiAEUNACAADwsACzcBAX8jAEEQayIDJAAgA0EEaiAAIAEgAhDFASADKAIIBEAgAygCBCADKAIMEOECCyADQRBqJAALOwEBfyAALQAUIQEgAEEBOgAUAkAgAUUEQCAAQQhrIgAgACgCAEEBaiIBNgIAIAFFDQEgABCEAwsPCwAL3gECAX8BfiMAQSBrIgMkACADIAE2AhAgAyAANgIMIANBATsBHCADIAI2AhggAyADQQxqNgIUIwBBEGsiASQAIANBFGoiACkCACEEIAEgADYCDCABIAQ3AgQjAEEQayIAJAAgAUEEaiIBKAIAIgIoAgQiA0EBcQRAIAIoAgAhAiAAIANBAXY2AgQgACACNgIAIABB7J3AACABKAIEIAEoAggiAC0ACCAALQAJEGUACyAAQYCAgIB4NgIAIAAgATYCDCAAQYiewAAgASgCBCABKAIIIgAtAAggAC0ACRBlAAs0AQJ/AkAgACgCACIAQX9GDQAgACgCACIBRQ0AIAAgAUEBaiIBNgIAIAAhAiABDQAACyACCz0BAX8jAEEQayICJAAgAiABKQIINwMIIAIgASkCADcDACACEPoCIQEgAEEBOgAAIAAgATYCBCACQRBqJAALOwEBfyAAEHYgABDbAiAAQQRqEKEDIABBCGoiARCvAyABENsCIABBDGoiARCvAyABENsCIABBEGoQoQMLNwECfyMAQRBrIgIkAEGACCEDIAJBgAg2AgwgAEEBRgRAIAJBDGoQ2wIgASEDCyACQRBqJAAgAwtJAgJ/AW8jAEEQayIBJAAgASAANgIIIAFBCGoiACgCACUBECohAxBUIgIgAyYBIAEgAjYCDCABQQxqENsCIAAQ2wIgAUEQaiQACzkBAX8jAEEQayIBJAAgAEEUakEAIAEQZyABIABBJGpBkIzAABC6ATYCDCABQQxqENsCIAFBEGokAAvkAQIDfwF+QQEhAwJAAkACQEEBIAEoAgAiASgCACICQQJrIAJBAU0bQQFrDgICAAELEJYDAAsjAEEQayICJAAgASkCACEFIAFBBDYCACACIAU3AwgCQCAFp0ECRgRAIAIgBUIgiKcRAAAgAigCACEEIAEgAigCBDYCBCABIAQ2AgAgBEEBTQ0BQbSbwAAQ3wIACyACQQhqIgAoAgBBAU0EQCAAEN0CC0HEm8AAEN8CAAsgAkEQaiQACwJAIAEoAgBBAUcEQEEAIQMMAQsgAUEEahCjAiEBCyAAIAE2AgQgACADNgIACzcBAX8jAEEQayIDJAAgAyABKAIANgIMIAMgA0EMaiIBIAIQTiABEMUCIABBADYCACADQRBqJAALOQIBfwF+IwBBEGsiAiQAIAJBCGogAUEBQQEQowEgAikDCCEDIABBADYCCCAAIAM3AgAgAkEQaiQACzEBAX8jAEEQayIDJAAgAyABIAIQ4AI2AgwgACADQQxqIgAQsgIgABDbAiADQRBqJAALPwAgACgCAEGAgICAeEcEQCABIAAoAgQgACgCCBDsAg8LIAEoAgAgASgCBCAAKAIMKAIAIgAoAgAgACgCBBBECzgAAkAgAkGAgMQARg0AIAAgAiABKAIQEQIARQ0AQQEPCyADRQRAQQAPCyAAIANBACABKAIMEQUAC3MBA38gACgCCCIDIAAoAgBGBEAjAEEQayICJAAgAkEIaiAAIAAoAgBBAUEIQcAAEGMgAigCCCIEQYGAgIB4RwRAIAQgAigCDBDaAgALIAJBEGokAAsgACgCBCADQQZ0aiABQcAA/AoAACAAIANBAWo2AggLOwEBfwJ/IAEoAgBBgYCAgHhGBEAgASgCCCECIAEoAgQMAQsgARDkAkEACyEBIAAgAjYCBCAAIAE2AgALOwEBfwJ/IAEoAgBBgICAgHhGBEAgASgCCCECIAEoAgQMAQsgARCaA0EACyEBIAAgAjYCBCAAIAE2AgALOQEBfyMAQRBrIgIkACACIAEpAgg3AwggAiABKQIANwMAIAAgAhD6AjYCBCAAQQE2AgAgAkEQaiQACzQAIAAoAgAiACgCAARAIABBBGoQ2wIgAEEIahDbAgsgACACNgIIIAAgATYCBCAAQQE2AgALNwECfyAAKAIEIgIoAgAiAQRAIAAoAgAgAREAAAsgAigCBCIBBEAgAigCCBogACgCACABEOECCwt/AgN/AW8CQCAAKAIIQQJGDQAjAEEQayICJAAgAEEIaiIDKAIAIANBADYCAEEBRgRAIAMoAgQiASUBIAEQhAEQHSEEEFQiASAEJgEgAiABNgIMIAJBDGoQ2wILIAJBEGokACADEN0CIAAoAhBFDQAgAEEUaiIAEK8DIAAQ2wILCzgBAn8CQCABKAIAIgJBf0YNACACIAIoAgRBAWoiAzYCBCADDQAACyAAIAI2AgAgACABKAIENgIECzQBAX8jAEEQayIDJAAgAyABKAIAIAIQsgI2AgwgACADQQxqIgAQkwEgABDbAiADQRBqJAALNgEBfyMAQRBrIgIkACACIAFB54jAAEECEN0BNgIMIAAgAkEMaiIAEJMBIAAQ2wIgAkEQaiQAC3EBA38gACgCCCIDIAAoAgBGBEAjAEEQayICJAAgAkEIaiAAIAAoAgBBAUEEQSwQYyACKAIIIgRBgYCAgHhHBEAgBCACKAIMENoCAAsgAkEQaiQACyAAKAIEIANBLGxqIAFBLPwKAAAgACADQQFqNgIICzYBAn8gACgCBCICKAIAIgEEQCAAKAIAIAERAAALIAIoAgQiAQRAIAIoAggaIAAoAgAgARB7CwuDCAIJfwF+IwBBEGsiCSQAEFQiCCADJgEQVCIKIAQmARBUIgsgBSYBEFQiDCAGJgEjAEGAAWsiByQAIAcgAjYCDCAHIAE2AgggByAINgIQIAcgCjYCFCAHIAs2AhggByAMNgIcIAcgADYCeCAHIAdB/wBqIgA2AnQgByAANgJwIAcgADYCbCAHIAdBHGo2AmggByAANgJkIAcgADYCYCAHIAA2AlwgByAHQRhqNgJYIAcgADYCVCAHIAA2AlAgByAANgJMIAcgB0EUajYCSCAHIAA2AkQgByAANgJAIAcgADYCPCAHIAdBEGo2AjggByAANgI0IAcgADYCMCAHIAdBDGo2AiwgByAHQQhqNgIoIAdBIGohDSMAQZABayIAJAAgAEE4aiAHQShqIgEoAlAQdCAAQcQAaiABKAIAKAIAIAEoAgQoAgAQggIgAEEANgJQIABBADYCWCAAQQA2AmAgAEEANgJoIAAgASgCECgCACIINgJUIAAgASgCICgCACILNgJcIAAgASgCMCgCACIMNgJkIAAgASgCQCgCACIONgJsAkAgACgCOARAIAAoAkRBgICAgHhHDQELIABBMGogAEHoAGoQgwIgACgCMCEKIAAoAjQhCyAAQShqIABB4ABqEIMCIAAoAighCCAAKAIsIQwgAEEgaiAAQdgAahCDAiAAKAIgIQkgACgCJCENIABBGGogAEHQAGoQgwIgACgCGCEHIAAoAhwhDiAAQRBqIABBxABqEOIBIAAoAhAhAiAAKAIUIQ8gAEEIaiAAQThqEPUBIAAoAggiASACIAEbIgIgByACGyIHIAkgBxsiCSAIIAkbIgggCiAIGyIKQQEgChsgACgCDCAPIAEbIA4gAhsgDSAHGyAMIAkbIAsgCBtBACAKGxCmAwALIAAgACgCQDYCeCAAIAApAjgiEDcDcCAAIAApAkQ3A4ABIAAgACgCTDYCiAEgEKchDyAAQYABaiEKIwBBIGsiASQAQQRBEBDSAiICIA42AgwgAiAMNgIIIAIgCzYCBCACIAg2AgBBACEIA0ACQCACIAhqIQsCQAJAIAhBcEYNACALQQxqIgxFDQAgDBCUAw0BCyABQQQ2AhggASACNgIQIAEgAjYCFCABIAtBEGo2AhwgASABQRBqEJ8CNgIMIA0gDygCAEEcaiAKKAIEIAooAgggAUEMaiICEEwgAhDbAiAKEJoDIAFBIGokAAwBCyABQQE2AhAgASAMKAIANgIUIAhBBGshCCABQRBqEN0CDAELCyAAQfAAahDNAiAAQZABaiQAIAkgBy0AICIAIAcoAiQgBy0AISAAGxCrAiAHQYABaiQAIAkoAgAgCSgCBCAJKAIIIAlBEGokAAuDCAIJfwF+IwBBEGsiCSQAEFQiCCADJgEQVCIKIAQmARBUIgsgBSYBEFQiDCAGJgEjAEGAAWsiByQAIAcgAjYCDCAHIAE2AgggByAINgIQIAcgCjYCFCAHIAs2AhggByAMNgIcIAcgADYCeCAHIAdB/wBqIgA2AnQgByAANgJwIAcgADYCbCAHIAdBHGo2AmggByAANgJkIAcgADYCYCAHIAA2AlwgByAHQRhqNgJYIAcgADYCVCAHIAA2AlAgByAANgJMIAcgB0EUajYCSCAHIAA2AkQgByAANgJAIAcgADYCPCAHIAdBEGo2AjggByAANgI0IAcgADYCMCAHIAdBDGo2AiwgByAHQQhqNgIoIAdBIGohDSMAQZABayIAJAAgAEE4aiAHQShqIgEoAlAQdCAAQcQAaiABKAIAKAIAIAEoAgQoAgAQggIgAEEANgJQIABBADYCWCAAQQA2AmAgAEEANgJoIAAgASgCECgCACIINgJUIAAgASgCICgCACILNgJcIAAgASgCMCgCACIMNgJkIAAgASgCQCgCACIONgJsAkAgACgCOARAIAAoAkRBgICAgHhHDQELIABBMGogAEHoAGoQgwIgACgCMCEKIAAoAjQhCyAAQShqIABB4ABqEIMCIAAoAighCCAAKAIsIQwgAEEgaiAAQdgAahCDAiAAKAIgIQkgACgCJCENIABBGGogAEHQAGoQgwIgACgCGCEHIAAoAhwhDiAAQRBqIABBxABqEOIBIAAoAhAhAiAAKAIUIQ8gAEEIaiAAQThqEPQBIAAoAggiASACIAEbIgIgByACGyIHIAkgBxsiCSAIIAkbIgggCiAIGyIKQQEgChsgACgCDCAPIAEbIA4gAhsgDSAHGyAMIAkbIAsgCBtBACAKGxCmAwALIAAgACgCQDYCeCAAIAApAjgiEDcDcCAAIAApAkQ3A4ABIAAgACgCTDYCiAEgEKchDyAAQYABaiEKIwBBIGsiASQAQQRBEBDSAiICIA42AgwgAiAMNgIIIAIgCzYCBCACIAg2AgBBACEIA0ACQCACIAhqIQsCQAJAIAhBcEYNACALQQxqIgxFDQAgDBCUAw0BCyABQQQ2AhggASACNgIQIAEgAjYCFCABIAtBEGo2AhwgASABQRBqEJ8CNgIMIA0gDygCAEEoaiAKKAIEIAooAgggAUEMaiICEEwgAhDbAiAKEJoDIAFBIGokAAwBCyABQQE2AhAgASAMKAIANgIUIAhBBGshCCABQRBqEN0CDAELCyAAQfAAahDMAiAAQZABaiQAIAkgBy0AICIAIAcoAiQgBy0AISAAGxCrAiAHQYABaiQAIAkoAgAgCSgCBCAJKAIIIAlBEGokAAsNACAAIAEgAkEIELgDCw0AIAAgASACQQQQuAMLLQEBfwJAIAAoAgAiAEF/Rg0AIAAgACgCBEEBayIBNgIEIAENACAAQRAQ4QILCzUBAX8jAEEQayICJAAgAkEBNgIAIAIgASgCCDYCDCACIAEpAgA3AgQgACACEEggAkEQaiQACzQBAX8CQCAARQ0AIAEoAgAiAgRAIAAgAhEAAAsgASgCBCICRQ0AIAEoAggaIAAgAhDhAgsLHgAgAgRAIAIgARCYAyEBCyAAIAI2AgQgACABNgIACzUBAX8CfyABKAIARQRAIAEoAgghAiABKAIEDAELIAEQzAJBAAshASAAIAI2AgQgACABNgIACzUBAX8CfyABKAIARQRAIAEoAgghAiABKAIEDAELIAEQzQJBAAshASAAIAI2AgQgACABNgIACzUBAX8CfyABKAIARQRAIAEoAgghAiABKAIEDAELIAEQzgJBAAshASAAIAI2AgQgACABNgIACy8BAX8jAEEQayICJAAgAiAAKQIANwIIIAJBCGoiACABEMcBIAAQnwEgAkEQaiQACy8BAX8jAEEQayICJAAgAiAAKQIANwIIIAJBCGoiACABELABIAAQnwEgAkEQaiQACy4BAX8jAEEQayICJAAgAiAAKQIANwIIIAJBCGoiACABEF0gABCfASACQRBqJAALLwEBfyMAQRBrIgIkACACIAApAgA3AgggAkEIaiIAIAEQyAEgABCfASACQRBqJAALLwEBfyAAKAIIIQEgACgCBCEAA0AgAQRAIAFBAWshASAAENsCIABBBGohAAwBCwsLKQEBfyMAQRBrIgMkACADQQhqIAAgASACEHIgAygCCCADQRBqJABBAEcLZAEDfyMAQRBrIgUkACMAQRBrIgMkACADQQRqIgRB4AAQ3AEgBEH7ABCUASAFQQRqIgQgAygCDDYCCCAEIAMpAgQ3AgAgA0EQaiQAIAAgBEHZiMAAQQQgASACELMCIAVBEGokAAslACAAQYECTwRAIABBHiAAZyIAa3YgAEEBdGtBPGoPCyAAQQR2Cy0BAX8jAEEQayIBJAAgASAAQQhrNgIMIAFBDGoiABCMASAAEMYCIAFBEGokAAvsAQIBfwF+AkACQAJAQQFByKLAAC0AACIAQQJrIABBAU0bQf8BcUEBaw4CAgABCxCWAwALIwBBIGsiACQAQcSiwAApAgAhAUHIosAAQQQ6AAAgACABNwMIIABBvKLAACkCADcDAAJAIAAtAAxBAkYEQCAAQRBqIAAoAgARAABBxKLAACAAKQIYNwIAQbyiwAAgACkCEDcCAEHIosAALQAAQQFNDQFBtJvAABDfAgALIAAtAAxBAU0EQCAAEMUCIABBBGoQ2wIgAEEIaiIAEK8DIAAQ2wILQcSbwAAQ3wIACyAAQSBqJAALQbyiwAALlg4DFX8BfgF8IwBBEGsiCiQAEFQiBSABJgEQVCIGIAImARBUIgggAyYBEFQiCSAEJgEjAEHgAGsiByQAIAcgBjYCDCAHIAU2AgggByAINgIQIAcgCTYCFCAHIAA2AlggByAHQd8AaiIANgJUIAcgADYCUCAHIAA2AkwgByAHQRRqNgJIIAcgADYCRCAHIAA2AkAgByAANgI8IAcgB0EQajYCOCAHIAA2AjQgByAANgIwIAcgADYCLCAHIAdBDGo2AiggByAANgIkIAcgADYCICAHIAA2AhwgByAHQQhqNgIYIwBB8ABrIgYkACAGQTRqIgUgB0EYaiIAKAJAEHQgBkEANgJAIAZBADYCSCAGQQA2AlAgBkEANgJYIAYgACgCACgCACIJNgJEIAYgACgCECgCACILNgJMIAYgACgCICgCACIINgJUIAYgACgCMCgCACIANgJcIAYoAjRFBEAgBkEgaiAGQdgAahCDAiAGKAIgIQogBigCJCEJIAZBGGogBkHQAGoQgwIgBigCGCEIIAYoAhwhCyAGQRBqIAZByABqEIMCIAYoAhAhByAGKAIUIQwgBkEIaiAGQUBrEIMCIAYoAgghDiAGKAIMIQ0gBiAFEPUBIAYoAgAiACAOIAAbIgUgByAFGyIHIAggBxsiCCAKIAgbIgpBASAKGyAGKAIEIA0gABsgDCAFGyALIAcbIAkgCBtBACAKGxCmAwALIAYgBigCPDYCaCAGIAYpAjQiGjcDYCAGQShqIREgGqchDCMAQcABayIFJAAgBSALNgIkIAUgCTYCICAFIAA2AiwgBSAINgIoIAVBgAggCCAFQShqEJMDIg4bNgIwIAUgCCAAIA4bNgI0IAVBlAFqIAVBIGoQkwECQAJAAkACQAJAAkACQAJAAkACQCAFKAKUAUGAgICAeEcEQCAFIAUoApwBNgJAIAUgBSkClAE3AzggBUEwahCRAw0BDAILIAVBmAFqQayKwABBFBCJASAFQQA2ApQBIAVBlAFqEPoCIQAMBAsgBSAFQTBqQdSKwABBBxDdATYClAEgBUHIAGogBUGUAWoiABDJASAAENsCIAUrA1AhGyAFKQNIQgFSDQAgG0QAAAAAAAAAAGRFDQFBASEVIBtEAADA////30FjRQ0BCyAFQZQBaiAFQSRqEFAgBSgCmAEhCyAFKAKUASIAQQhHBEAgBSAFKQKcATcCaCAFIAs2AmQgBSAANgJgIAVBGGogBUHgAGoQ4wEgBSgCHCEADAILIAUgCzYCXCAFQZQBaiAFQTRqEGggBSAFKQKYATcDsAEgBSAFKAKgATYCuAEgBSgCpAEhACAFKAKUAUEBRgRAIAUgBSgCuAE2AnggBSAFKQOwATcDcCAFIAA2AnwgBSAFQfAAahDjASAFKAIEIQAgBUHcAGoQ2wIMAgsgBSAFKAK4ATYCkAEgBSAFKQOwATcDiAEgBSAMKAIAIghBFGoQ1AEiDDYCgAEgDEUNAyAFQRBqIAhBLGpBgIzAABDvASAFKAIUIQkgBSgCEBCUAyAJIAkoAgBBAWs2AgBFBEAgBSAMNgKEASAFQQhqIAxBOGpB5IzAABCZAiAFIAUoAggiDTYCsAEgBSAFKQOIATcCtAEgBSAFKAKQATYCvAEgBSgCDCESIAVBlAFqIQkgCCgCDCETIAgoAhAhFCAFKAI8IRYgBSgCQCEXIBv8AyEYIAVBtAFqIQ8jAEEQayIIJAAgCCALNgIEAkACQCANLQCcAUEBRgRAIwBBEGsiECQAIBBBCGogDUGMAWogEyAUEHEgECgCCCAQQRBqJABFDQELIAhBADYCCCAIIAs2AgwgCSANIBMgFCAWIBcgCEEIakEDIA8gFSAYEEUMAQsgCUEENgIMIAkgDygCCDYCCCAJIA8pAgA3AgAgCEEEahDbAgsgCEEQaiQAIBIgEigCAEEBajYCAAJAIAUoApQBQQJHBEAgCSAFQaABahCrAQwBCyAMQQhqEEYgBUGEAWoQTwsgBUGEAWoQwAIMBgsgBUEENgKUASAFQYgBaiAFQZQBahCrASAFQYABahDAAgwECyAFQZgBakHbisAAQTkQiQEgBUEANgKUASAFQZQBahD6AiEACyAFQThqEJoDCyAFQTRqENsCIAVBMGoQ2wJBASEIIA4NAwwECyAFQQI2ApQBIAVBiAFqIAVBlAFqEKsBCyAFQdwAahDbAgsgBUE4ahCaAyAFQTRqENsCIAVBMGoQ2wJBACEIIA5FDQELIAVBLGoQ2wILIAVBJGoQ2wIgBUEgahDbAiARIAA2AgQgESAINgIAIAVBwAFqJAAgBikDKCEaIAZB4ABqEM0CIAcgGjcDACAGQfAAaiQAIAogBygCACAHKAIEEKsCIAdB4ABqJAAgCigCACAKKAIEIAooAgggCkEQaiQAC0EBAX8jAEEQayIDJAAgA0EIaiABIAIQzQEgAygCCCEBIAAgAygCDCICNgIIIAAgATYCBCAAIAI2AgAgA0EQaiQACzABAX8CQCABKAIAIgIEQCABKAIEIQEMAQsgAUEEahDbAgsgACABNgIEIAAgAjYCAAssAQF/IAEoAgQiAiAAKAIAIgAoAghGBH8gACgCBCABKAIAIAIQsQEFQQELRQssAQF/IwBBEGsiASQAIAEgACgCADYCDCABQQxqIgAQVSAAEPICIAFBEGokAAs6AQN/IAAoAgAiAiABKAIAIgNyRSEEIAJFIANFcgR/IAQFIAAoAgAgACgCBCABKAIAIAEoAgQQuwILCw4AIABCgICAgJAPELoDCw4AIABCgICAgKAPELoDC7oEAgN/AX4jAEEQayIFJAAQVCIGIAMmASMAQUBqIgQkACAEIAI2AhAgBCABNgIMIAQgBjYCFCAEIAA2AjggBCAEQT9qIgA2AjQgBCAANgIwIAQgADYCLCAEIARBFGo2AiggBCAANgIkIAQgADYCICAEIARBEGo2AhwgBCAEQQxqNgIYIwBB4ABrIgAkACAAQSBqIARBGGoiASgCIBB0IABBLGogASgCACgCACABKAIEKAIAEIICIABBADYCOCAAIAEoAhAoAgAiAjYCPAJAIAAoAiAEQCAAKAIsQYCAgIB4Rw0BCyAAQRhqIABBOGoQgwIgACgCGCEEIAAoAhwhBSAAQRBqIABBLGoQ4gEgACgCECECIAAoAhQhBiAAQQhqIABBIGoQ9QEgACgCCCIBIAIgARsiAiAEIAIbIgRBASAEGyAAKAIMIAYgARsgBSACG0EAIAQbEKYDAAsgACAAKAIoNgJIIAAgACkCICIHNwNAIAAgACkCLDcDUCAAIAAoAjQ2AlgjAEEQayIBJAAgASACNgIMIAEgB6ciBigCAEEcaiAAQdAAaiABQQxqQQAQYEEBIQICfyABKAIAQQFGBEAgASgCBAwBC0EAIQIgBhCMAwshBiABQQxqENsCIAAgBjYCBCAAIAI2AgAgAUEQaiQAIAApAwAhByAAQUBrEM0CIAQgBzcDACAAQeAAaiQAIAUgBCgCACAEKAIEEKsCIARBQGskACAFKAIAIAUoAgQgBSgCCCAFQRBqJAALugQCA38BfiMAQRBrIgUkABBUIgYgAyYBIwBBQGoiBCQAIAQgAjYCECAEIAE2AgwgBCAGNgIUIAQgADYCOCAEIARBP2oiADYCNCAEIAA2AjAgBCAANgIsIAQgBEEUajYCKCAEIAA2AiQgBCAANgIgIAQgBEEQajYCHCAEIARBDGo2AhgjAEHgAGsiACQAIABBIGogBEEYaiIBKAIgEHQgAEEsaiABKAIAKAIAIAEoAgQoAgAQggIgAEEANgI4IAAgASgCECgCACICNgI8AkAgACgCIARAIAAoAixBgICAgHhHDQELIABBGGogAEE4ahCDAiAAKAIYIQQgACgCHCEFIABBEGogAEEsahDiASAAKAIQIQIgACgCFCEGIABBCGogAEEgahD1ASAAKAIIIgEgAiABGyICIAQgAhsiBEEBIAQbIAAoAgwgBiABGyAFIAIbQQAgBBsQpgMACyAAIAAoAig2AkggACAAKQIgIgc3A0AgACAAKQIsNwNQIAAgACgCNDYCWCMAQRBrIgEkACABIAI2AgxBASECIAEgB6ciBigCAEEcaiAAQdAAaiABQQxqQQEQYAJ/IAEoAgBBAUYEQCABKAIEDAELQQAhAiAGEIwDCyEGIAFBDGoQ2wIgACAGNgIEIAAgAjYCACABQRBqJAAgACkDACEHIABBQGsQzQIgBCAHNwMAIABB4ABqJAAgBSAEKAIAIAQoAgQQqwIgBEFAayQAIAUoAgAgBSgCBCAFKAIIIAVBEGokAAu6BAIDfwF+IwBBEGsiBSQAEFQiBiADJgEjAEFAaiIEJAAgBCACNgIQIAQgATYCDCAEIAY2AhQgBCAANgI4IAQgBEE/aiIANgI0IAQgADYCMCAEIAA2AiwgBCAEQRRqNgIoIAQgADYCJCAEIAA2AiAgBCAEQRBqNgIcIAQgBEEMajYCGCMAQeAAayIAJAAgAEEgaiAEQRhqIgEoAiAQdCAAQSxqIAEoAgAoAgAgASgCBCgCABCCAiAAQQA2AjggACABKAIQKAIAIgI2AjwCQCAAKAIgBEAgACgCLEGAgICAeEcNAQsgAEEYaiAAQThqEIMCIAAoAhghBCAAKAIcIQUgAEEQaiAAQSxqEOIBIAAoAhAhAiAAKAIUIQYgAEEIaiAAQSBqEPQBIAAoAggiASACIAEbIgIgBCACGyIEQQEgBBsgACgCDCAGIAEbIAUgAhtBACAEGxCmAwALIAAgACgCKDYCSCAAIAApAiAiBzcDQCAAIAApAiw3A1AgACAAKAI0NgJYIwBBEGsiASQAIAEgAjYCDCABIAenIgYoAgBBKGogAEHQAGogAUEMakEAEGBBASECAn8gASgCAEEBRgRAIAEoAgQMAQtBACECIAYQjgMLIQYgAUEMahDbAiAAIAY2AgQgACACNgIAIAFBEGokACAAKQMAIQcgAEFAaxDMAiAEIAc3AwAgAEHgAGokACAFIAQoAgAgBCgCBBCrAiAEQUBrJAAgBSgCACAFKAIEIAUoAgggBUEQaiQAC7oEAgN/AX4jAEEQayIFJAAQVCIGIAMmASMAQUBqIgQkACAEIAI2AhAgBCABNgIMIAQgBjYCFCAEIAA2AjggBCAEQT9qIgA2AjQgBCAANgIwIAQgADYCLCAEIARBFGo2AiggBCAANgIkIAQgADYCICAEIARBEGo2AhwgBCAEQQxqNgIYIwBB4ABrIgAkACAAQSBqIARBGGoiASgCIBB0IABBLGogASgCACgCACABKAIEKAIAEIICIABBADYCOCAAIAEoAhAoAgAiAjYCPAJAIAAoAiAEQCAAKAIsQYCAgIB4Rw0BCyAAQRhqIABBOGoQgwIgACgCGCEEIAAoAhwhBSAAQRBqIABBLGoQ4gEgACgCECECIAAoAhQhBiAAQQhqIABBIGoQ9AEgACgCCCIBIAIgARsiAiAEIAIbIgRBASAEGyAAKAIMIAYgARsgBSACG0EAIAQbEKYDAAsgACAAKAIoNgJIIAAgACkCICIHNwNAIAAgACkCLDcDUCAAIAAoAjQ2AlgjAEEQayIBJAAgASACNgIMQQEhAiABIAenIgYoAgBBKGogAEHQAGogAUEMakEBEGACfyABKAIAQQFGBEAgASgCBAwBC0EAIQIgBhCOAwshBiABQQxqENsCIAAgBjYCBCAAIAI2AgAgAUEQaiQAIAApAwAhByAAQUBrEMwCIAQgBzcDACAAQeAAaiQAIAUgBCgCACAEKAIEEKsCIARBQGskACAFKAIAIAUoAgQgBSgCCCAFQRBqJAALKQEBfyAAKAIIIgIgASgCBEYEfyAAKAIEIAEoAgAgAhCxAUEARwVBAQsLCgAgAEGoAhC2AwsoAQF/IwBBEGsiAiQAIAIgACgCADYCDCACQQxqIAEQkAIgAkEQaiQACywBAX8gASgCNCICIAAoAgAiACgCCEYEfyABKAIwIAAoAgQgAhCxAQVBAQtFCzAAIAAoAghBAk8EQCAAQSwQlAELIABBIhCUASAAIAEgAhDLASAAQdyXwABBAhDLAQsJACAAQSAQtgMLDgAgACABQdSbwAAQuwMLDgAgACABQYScwAAQuwML+ggCEH8BfiMAQRBrIgkkABBUIgQgASYBEFQiAyACJgEjAEFAaiIFJAAgBSADNgIMIAUgBDYCCCAFIAA2AjggBSAFQT9qIgA2AjQgBSAANgIwIAUgADYCLCAFIAVBDGo2AiggBSAANgIkIAUgADYCICAFIAA2AhwgBSAFQQhqNgIYIwBB0ABrIgQkACAEQSRqIgMgBUEYaiIAKAIgEHQgBEEANgIwIARBADYCOCAEIAAoAgAoAgAiBjYCNCAEIAAoAhAoAgAiBzYCPCAEKAIkRQRAIARBGGogBEE4ahCDAiAEKAIYIQggBCgCHCEJIARBEGogBEEwahCDAiAEKAIQIQUgBCgCFCEGIARBCGogAxD2ASAEKAIIIgAgBSAAGyIFIAggBRsiA0EBIAMbIAQoAgwgBiAAGyAJIAUbQQAgAxsQpgMACyAEIAQoAiw2AkggBCAEKQIkIhM3A0AgBUEQaiEIIwBB0ABrIgAkACAAIAc2AgwgACAGNgIIAkACQCATpyIDQQxqENQBIgYEQCAAIAY2AjAgBkEIaiIHEL0BDQEgAEEwahDAAgsgCEEAOwEADAELIAAgBjYCECAAQTBqIgogAyAHIABBCGoQXyAAKAI0IQYCQCAAKAIwIgdBgICAgHhHBEAgACAAKAI4NgIcIAAgBjYCGCAAIAc2AhQgCiAAQQxqEFAgACgCNCEGIAAoAjAiB0EIRwRAIAAgACkCODcCKCAAIAY2AiQgACAHNgIgIAggAEEgahDVASAAQRRqEJoDDAILIAAgACgCECIPQThqQYiQwAAQmQIgACgCBCEMIAAoAgAhByADKAIEIQsgAygCCCENIAAoAhghECAAKAIcIREjAEFAaiIDJAAgAyAGNgIEAkAgAEEwaiIKAn8gBy0AnAFBAUYEQEEHIAdBgAFqIAsgDRD8AUUNARogA0EgaiIOQYaKwABBBRD9ASADQRRqIhIgDkHjiMAAQQQgCyANELMCIANBCGoiCyASQd2IwABBBCAQIBEQswIgC0HpiMAAQQQQkQIgAyADKAIQNgIwIAMgAykCCDcCKCADQQE2AjwgA0HIlcAANgI4IANBgICAgHg2AjQgAyAGNgIkIANBATYCICAHQShqIA4QrAEgCkEINgIAIApBAToABAwCCyAKQQA6AARBCAs2AgAgA0EEahDbAgsgA0FAayQAIAwgDCgCAEEBajYCACAPQQhqEEYgAC0ANCEDIAAoAjAiBkEIRwRAIAAgACgAPDYATCAAIAApADU3AEUgACADOgBEIAAgBjYCQCAIIABBQGsQ1QEgAEEUahCaAyAAQRBqEMACDAMLIAhBADoAACAIIAM6AAEgAEEUahCaAyAAQRBqEMACDAILIAhBAToAACAIIAY2AgQLIABBEGoQwAILIABBDGoQ2wIgAEEIahDbAiAAQdAAaiQAIARBQGsQzgIgBEHQAGokACAJIAUtABAiACAFKAIUIAUtABEgABsQqwIgBUFAayQAIAkoAgAgCSgCBCAJKAIIIAlBEGokAAvDBwIMfwF+IwBBEGsiByQAEFQiAyABJgEQVCIGIAImASMAQUBqIgQkACAEIAY2AhQgBCADNgIQIAQgADYCOCAEIARBP2oiADYCNCAEIAA2AjAgBCAANgIsIAQgBEEUajYCKCAEIAA2AiQgBCAANgIgIAQgADYCHCAEIARBEGo2AhgjAEHQAGsiAyQAIANBJGoiBiAEQRhqIgAoAiAQdCADQQA2AjAgA0EANgI4IAMgACgCACgCACIFNgI0IAMgACgCECgCACIINgI8IAMoAiRFBEAgA0EQaiADQThqEIMCIAMoAhAhByADKAIUIQUgA0EIaiADQTBqEIMCIAMoAgghBCADKAIMIQkgAyAGEPQBIAMoAgAiACAEIAAbIgQgByAEGyIGQQEgBhsgAygCBCAJIAAbIAUgBBtBACAGGxCmAwALIARBCGogAyADKAIsNgJIIAMgAykCJCIPNwNAIANBGGohCSAPpyEKIwBBgAFrIgAkACAAIAg2AhwgACAFNgIYAkAgAEEYahCRA0UEQCAAQdgAakGFk8AAQRoQiQEgAEEANgJUIABB1ABqEPoCIQZBASEFDAELIABB1ABqIABBHGoQaCAAIAApAlg3A3AgACAAKAJgNgJ4QQEhBSAAKAJkIQYgACgCVEEBRgRAIAAgACgCeDYCOCAAIAApA3A3AzAgACAGNgI8IAAgAEEwahDjASAAKAIEIQYMAQsgACAAKAJ4NgIoIAAgACkDcDcDICAAIAY2AiwgAEHUAGogAEEYahBQIAAoAlghCCAAKAJUIgVBCEcEQCAAIAApAlw3AkwgACAINgJIIAAgBTYCRCAAQRBqIABBxABqEOMBIAAoAhQhBiAAQSxqENsCIABBIGoQugJBASEFDAELIAAgACgCKDYCfCAAIAApAyA3AnQgAEEIaiAKKAIAIg1BOGpB5IzAABCZAiAAIAAoAggiDjYCcCAAKAIMIQsjAEEQayIFJAAgBUEANgIIIAUgCDYCDCAAQdQAaiIIIA5B5ZPAAEEGQcqUwABBCyAFQQhqQQAgAEH0AGpBACAFEEUgBUEQaiQAIAsgCygCAEEBajYCAAJAIAAoAlRBAkcEQCAIIABB4ABqEKsBDAELIA1BCGoQRiAKEE8LQQAhBQsgAEEcahDbAiAAQRhqENsCIAkgBjYCBCAJIAU2AgAgAEGAAWokACADKQMYIANBQGsQzAI3AwAgA0HQAGokACAHIAQoAgggBCgCDBCrAiAEQUBrJAAgBygCACAHKAIEIAcoAgggB0EQaiQAC/IDAgZ/AX4jAEEQayIFJAAQVCIEIAEmARBUIgYgAiYBIwBBQGoiAyQAIAMgBjYCFCADIAQ2AhAgAyAANgI4IAMgA0E/aiIANgI0IAMgADYCMCADIAA2AiwgAyADQRRqNgIoIAMgADYCJCADIAA2AiAgAyAANgIcIAMgA0EQajYCGCMAQdAAayIAJAAgAEEkaiIGIANBGGoiBCgCIBB0IABBADYCMCAAQQA2AjggACAEKAIAKAIAIgc2AjQgACAEKAIQKAIAIgg2AjwgACgCJEUEQCAAQRBqIABBOGoQgwIgACgCECEFIAAoAhQhByAAQQhqIABBMGoQgwIgACgCCCEEIAAoAgwhCCAAIAYQ9AEgACgCACIDIAQgAxsiBCAFIAQbIgVBASAFGyAAKAIEIAggAxsgByAEG0EAIAUbEKYDAAsgACAAKAIsNgJIIAAgACkCJCIJNwNAIwBBEGsiBCQAIAQgCDYCDCAEIAc2AgggBCAJpyAEQQhqIgYgBEEMaiIHEEkgBCkDACEJIAcQ2wIgBhDbAiAAQRhqIAk3AwAgBEEQaiQAIAApAxghCSAAQUBrEMwCIANBCGogCTcDACAAQdAAaiQAIAUgAygCCCADKAIMEKsCIANBQGskACAFKAIAIAUoAgQgBSgCCCAFQRBqJAALJwEBfyAAKAIIIgIgASgCBEYEfyAAKAIEIAEoAgAgAhCxAQVBAQtFCw0AIAAgASACQQgQuQMLJwIBfwF8IwBBEGsiACQAIAAQDzkDCCAAQQhqKwMAIABBEGokAPwHCyoBAX8jAEEQayIDJAAgAyAAKAIANgIMIANBDGogASACEOQBIANBEGokAAstACABKAIARQRAIAFBfzYCACAAIAE2AgQgACABQQRqNgIADwtB4InAABCHAgALDQAgACABIAJBBBC5Aws2AQF/QQRBIBDSAiIBQoGAgIAQNwIAIAEgACkCADcCCCABIAApAgg3AhAgASAAKQIQNwIYIAELkAIBBn8jAEEQayIEJAAgBBD3AiIFNgIMIARBDGohAiMAQSBrIgEkACABIAApAgA3AwggASAAKQIINwMQIAEoAgwhACABKAIUIQYDQCAAIAZHBEAgASAAQQRqIgM2AgwgASAAKAIANgIcIAIgAUEcaiIAEIMDIAAQ2wIgAyEADAELCyMAQRBrIgMkACADIAFBCGoiADYCDCAAKAIMIAAoAgQiAGtBAnYhAgNAIAIEQCACQQFrIQIgABDbAiAAQQRqIQAMAQsLIwBBEGsiACQAIAAgA0EMaigCACICKAIANgIMIAAgAigCCDYCCCAAQQhqEL8BIABBEGokACADQRBqJAAgAUEgaiQAIARBEGokACAFC+0aAxh/A34BfCMAQRBrIgwkABBUIgMgACYBEFQiBiABJgEjAEFAaiIJJAAgCSAGNgIYIAkgAzYCFCAJIAlBP2oiAzYCOCAJIAM2AjQgCSADNgIwIAkgCUEYajYCLCAJIAM2AiggCSADNgIkIAkgAzYCICAJIAlBFGo2AhwjAEEQayIQJAAgEEEIaiEUIAlBHGoiAygCACgCACEGIAMoAhAoAgAhAyMAQeABayICJAAgAiADNgJkIAIgBjYCYAJAAkAgAkHgAGoiAxCQA0UEQCADEJQDRQ0BCyACQfgAakHCksAAQQ4QvAEMAQsgAiACQeAAaiIDQbSRwABBAxDdATYC1AEgAiADQfeIwABBAxDdATYC2AECQAJAAkAgAkHUAWoiAxCQAw0AIAMQlAMNAAJAIAJB2AFqIgMQkAMNACADEJQDDQAgAkHkAGoiAxCUAw0CIAMQkAMNAiADEJMDDQIgAkH4AGpBlIvAAEEaELwBDAMLIAJB+ABqQZ6SwABBEhC8AQwCCyACQfgAakGwksAAQRIQvAEMAQsgAkGwAWogAkHUAWoQkwEgAkHYAGogAkHYAWoQnAEgAkHQAGogAigCWCACKAJcELsBAkAgAigCUEEBRgRAIAIgAigCVDYC3AEgAkHAAWogAkHcAWoiAxCTASADENsCDAELIAJBgICAgHg2AsABCyACIAIoArgBNgKgASACIAIpArABIho3A5gBIAIgAikCwAEiGzcCpAEgAiACKALIATYCrAEgAkGkAWohAyAap0GAgICAeEYiBkUgG6ciBUGAgICAeEdxRQRAIAYEfyAFBSACQZgBahCaAyACKAKkAQtBgICAgHhHBEAgAxCaAwsgAkH4AGpBhJLAAEEaELwBDAELIAIgAigCoAE2ArgBIAIgAikDmAE3A7ABIAIgAygCCDYCyAEgAiADKQIANwPAASACIAJB4ABqQbeRwABBDhDdATYC3AEgAkGYAWogAkHcAWoiAxDJASACKQOYASEaIAIrA6ABIR0gAxDbAiAdRAAAAAAAAAAAZEUgHUQAAMD////fQWNFciAaQgFRcUUEQCACIAIoArgBNgKIASACIAIpA7ABNwKAASACIAIpA8ABNwKMASACIAIoAsgBNgKUASACIBo+AnggAiAd/AM2AnwgAkHYAWoQ2wIgAkHUAWoQ2wIMAgsgAkH4AGpBxZHAAEE/ELwBIAJBwAFqEJoDIAJBsAFqEJoDCyACQdgBahDbAiACQdQBahDbAgsgAiACKQKAATcDaCACIAIoAogBNgJwIAIoAnwhAwJAAkACfwJAAkAgAigCeCIGQQJGBEAgAiADNgKYASACIAIpA2g3ApwBIAIgAigCcDYCpAEgAkEIaiACQZgBahDjASACKAIMIREMAQsgAiACKAKUATYCyAEgAiACKQKMATcDwAEgAiACKAJwNgK4ASACIAIpA2g3A7ABIAJB+ABqIgUgAkHkAGoQaCACIAIpAnw3A5gBIAIgAigChAE2AqABIAIoAogBIREgAigCeEEBRw0BIAIgAigCoAE2AoABIAIgAikDmAE3A3ggAiARNgKEASACQRBqIAUQ4wEgAigCFCERIAJBwAFqEJoDIAJBsAFqEJoDC0EBDAELIAIgAigCoAE2AoABIAIgAikDmAE3A3ggAiACKQPAATcChAEgAiACKALIATYCjAEgAigCtAEgAigCuAEgAiADNgKcASACIAY2ApgBIAIgAkGYAWo2ApABIwBB8AJrIgckAEEIQagCEJkDIgVFBEBBCEGoAhCoAwALIAVCgICAgBA3AwAgByAFNgIMIAdBDGoiAxClAiESIAMQpQIQjQMQDiEAEFQiFSAAJgEgByAVNgIQIAdBsI7AAEEFEOACNgK4ASAHQRBqIAdBuAFqIgQQggMhGCAEENsCIwBBEGsiAyQAIAMQIDkDCCADQQhqKwMAIR0gA0EQaiQAIAcgHUQAAAAA4jfgQaL8BzcD6AIgB0GgjMAANgK4ASAHQoCAgIDgADcCwAEgByAHQegCajYCvAEjAEEQayIKJAAgCkEANgIMIApCgICAgBA3AgQjAEEQayIIJAAgBCkCACEaIApBBGoiCyAEKAIMIgMgBCgCCCIGayINQQAgAyANTxsQuAIgCCADNgIMIAggBjYCCCAIIBo3AwAgCCgCDCIDIAgoAggiBiADIAZLGyENIAgoAgQhDiAIKAIAIQ8CQAJAA0AgBiANRwRAIA4pAwAhHAJAIAZFBEBCASEaDAELQiQhG0IBIRogBiEDA0ACQCADQQFxBEAgGiAbfiEaIANBAUYNAQsgA0EBdiEDIBsgG34hGwwBCwsgGlANAwsgBkEBaiEGIAsgDyAcIBqAQiSCp2otAAAQlAEMAQsLDAELQaChwABBM0HEjMAAENMBAAsgCEEQaiQAIAdB3AJqIg0iAyAKKAIMNgIIIAMgCikCBDcCACAKQRBqJAAgAkH4AGoiBkEMaiEIIAcoAuACIQ4gBygC5AIhDyAGKAIYIgMoAgAhCiADKAIEIQtCACEbQgAhGiMAQRBrIgMkACAKQQFGBEBCASEbEJoCIAutfCEaCyADQQRqIhMgDiAPEIkBIBNB/JXAAEEBEMsBIAQgAygCDDYCcCAEIAMpAgQ3AmggBEEAOgCcASAEIBI2ApgBIAQgCzYCJCAEIAo2AiAgBEEANgKUASAEQoCAgIDAADcCjAEgBEIENwKEASAEQgA3AnwgBEKAgICAgAE3AnQgBEIBNwNIIAQgGjcDCCAEIBs3AwAgBCAIKQIANwJcIAQgCCgCCDYCZCAEIAYpAgA3AlAgBCAGKAIINgJYIARCADcDQCAEQoCAgIDAADcDOCAEQgA3AzAgBEKAgICAwAA3AyggBCAbNwMQIAQgGjcDGCADQRBqJAAgB0EYaiAEQaAB/AoAAEHZiMAAQQQQ4AIhA0HdiMAAQQQQ4AIhBEHhiMAAQQIQ4AIhCEHjiMAAQQQQ4AIhCkHniMAAQQIQ4AIhC0HpiMAAQQQQ4AIhEkHtiMAAQQUQ4AIhDkH3icAAQQcQ4AIhD0H+icAAQQgQ4AIhE0GGisAAQQUQ4AIhGSANEJoDIAVBADYCOCAFQgQ3AzAgBUIANwMoIAVBAjYCGCAFQQA2AgggBUE8aiAHQRRqQaQB/AoAACAFQgA3A5gCIAUgGDYClAIgBSAVNgKQAiAFQoCAgICAgAE3A4gCIAUgGTYChAIgBSATNgKAAiAFIA82AvwBIAUgDjYC+AEgBSASNgL0ASAFIAs2AvABIAUgCjYC7AEgBSAINgLoASAFIAQ2AuQBIAUgAzYC4AEgBUEBNgIAIAdB8AJqJAAgAiAFNgLMASAFIAUoAgBBAWoiAzYCACADRQ0BIAUQjQMQECEAEFQiBCAAJgEgAkHIAGogBUGIAmpB5I3AABCdAiACKAJMIQMgAigCSCIHENsCIAcgBDYCACADIAMoAgBBAWo2AgAgBSAFKAIEQQFqIgM2AgQgA0UNASACQfSNwAA2AnwgAiAFNgJ4IwBBEGsiBCQAQbiTwABBEBAWIQAQVCIHIAAmASAEQQhqEK8CQQEhAyACQUBrIggCfyAEKAIIQQFGBEAgBCgCDAwBC0EAIQMgBws2AgQgCCADNgIAIARBEGokACACKAJEIQQCQCACKAJAQQFGBEAgBhCfASACIAQ2AmggAkEYaiAFQThqQaCOwAAQmQIgAigCHCEDIAIoAhggBiACQegAaiIHEFEgBhDxASADIAMoAgBBAWo2AgAgAkHMAWoQkAEgBxDbAgwBCyACIAQ2AtABIAJBOGogAkH4AGoiAxDnASACKAI4IQcgAigCPCEIQQRBCBDSAiIGIAg2AgQgBiAHNgIAIAIgBkHcgcAAEJsDIgg2AtQBIAJBMGogAxDnASACKAIwIQcgAigCNCEKQQRBCBDSAiIGIAo2AgQgBiAHNgIAIAZB8IHAABA+IQAQVCIGIAAmASACIAY2AtgBIAJBKGogAxDnASACKAIoIQcgAigCLCEKQQRBCBDSAiIDIAo2AgQgAyAHNgIAIANBhILAABA8IQAQVCIHIAAmASACIAc2AtwBQQRBCBDSAiIDQfSNwAA2AgQgAyAFNgIAIAIgA0GYgsAAEJsDIgo2AmggAkHQAWoiAyACQdQBahC0AiADIAJB2AFqELcCIAMgAkHcAWoQtQIgAyACQegAahC2AkEEQRgQ0gIiA0EBOgAUIAMgCjYCECADIAc2AgwgAyAGNgIIIAMgCDYCBCADIAQ2AgAgAkEgaiAFQZgCakGQjsAAEJ0CIAIoAiQhBiACKAIgIgQQ8wIgBEHIk8AANgIEIAQgAzYCACAGIAYoAgBBAWo2AgAgAkHMAWoQTwsgAiAFNgJ4IAJB+ABqEMACIAJBsAFqEJoDQQALIQMgAkHkAGoQ2wIgAkHgAGoQ2wIgFCARNgIEIBQgAzYCACACQeABaiQADAELAAsgECgCDCEDIAlBCGoiBiAQKAIINgIAIAYgAzYCBCAQQRBqJAAgDCAJKAIIIAkoAgwQqwIgCUFAayQAIAwoAgAgDCgCBCAMKAIIIAxBEGokAAvHAwIJfwF+IwBBEGsiBCQAEFQiAiABJgEjAEEwayIDJAAgAyACNgIUIAMgADYCKCADIANBL2oiADYCJCADIAA2AiAgAyAANgIcIAMgA0EUajYCGCMAQUBqIgAkACAAQRxqIgIgA0EYaiIFKAIQEHQgAEEANgIoIAAgBSgCACgCACIGNgIsIAAoAhxFBEAgAEEIaiAAQShqEIMCIAAoAgghBCAAKAIMIQUgACACEPYBIAAoAgAiAyAEIAMbIgJBASACGyAAKAIEIAUgAxtBACACGxCmAwALIANBCGogACAAKAIkNgI4IAAgACkCHCILNwMwIABBEGohBSMAQSBrIgIkACACIAY2AgwCQCALpyIGQQxqENQBIgcEQCACIAc2AhAgAiACQRBqIgkgBkEQaiACQQxqIgoQSSACKAIEIQYgAigCACEHIAkQwAIgChDbAgwBCyACQQI2AhAgAkEQahD6AiEGIAJBDGoQ2wJBASEHCyAFIAc2AgAgBSAGNgIEIAJBIGokACAAKQMQIABBMGoQzgI3AwAgAEFAayQAIAQgAygCCCADKAIMEKsCIANBMGokACAEKAIAIAQoAgQgBCgCCCAEQRBqJAALmgUCDH8BfiMAQRBrIgUkABBUIgIgASYBIwBBMGsiAyQAIAMgAjYCFCADIAA2AiggAyADQS9qIgA2AiQgAyAANgIgIAMgADYCHCADIANBFGo2AhgjAEFAaiICJAAgAkEcaiIAIANBGGoiBCgCEBB0IAJBADYCKCACIAQoAgAoAgAiBDYCLCACKAIcRQRAIAJBCGogAkEoahCDAiACKAIIIQMgAigCDCEFIAIgABD0ASACKAIAIgAgAyAAGyIDQQEgAxsgAigCBCAFIAAbQQAgAxsQpgMACyADQQhqIAIgAigCJDYCOCACIAIpAhwiDjcDMCACQRBqIQcgDqchCCMAQfAAayIAJAAgACAENgIcIABBxABqIABBHGoQaCAAIAApAkg3AyAgACAAKAJQNgIoQQEhBCAAKAJUIQYCQCAAKAJEQQFGBEAgACAAKAIoNgI4IAAgACkDIDcDMCAAIAY2AjwgAEEIaiAAQTBqEOMBIAAoAgwhBgwBCyAAIAAoAig2AmwgACAAKQMgNwJkIABBEGogCCgCACILQThqQeSMwAAQmQIgACAAKAIQIgw2AmAgACgCFCEJIwBBEGsiBCQAIARBBDYCDCAEQYuKwAA2AgggAEHEAGoiDSAMQeWTwABBBkHrk8AAQQkgBEEIakECIABB5ABqQQAgBBBFIARBEGokACAJIAkoAgBBAWo2AgACQCAAKAJEQQJHBEAgDSAAQdAAahCrAQwBCyALQQhqEEYgCBBPC0EAIQQLIABBHGoQ2wIgByAGNgIEIAcgBDYCACAAQfAAaiQAIAIpAxAgAkEwahDMAjcDACACQUBrJAAgBSADKAIIIAMoAgwQqwIgA0EwaiQAIAUoAgAgBSgCBCAFKAIIIAVBEGokAAsoAQF/IAAoAgAiAEGACE8gAEGECElxBH8gAAUQVCIBIAAlASYBIAELCyUBAX8gACgCACIBQQZLQQEgAXRBwwBxRXJFBEAgAEEEahCaAwsLKQEBfwJAIAAoAgAiAEF/Rg0AIAAgACgCBEEBaiIBNgIEIAENAAALIAALKgAgAC0ABEEBcUUEQCAAEEEgABDAAiAAQQE6AARBAA8LQdSMwAAQlwMACyYBAX8gACgCCCIDIAFNBEAgASADIAIQqAEACyAAKAIEIAFBHGxqCyYBAX8jAEEQayIBJAAgASAAQQhrNgIMIAFBDGoQjAEgAUEQaiQACyYBAX8jAEEQayIBJAAgASAAQQhrNgIMIAFBDGoQxgIgAUEQaiQACyYBAX8jAEEQayIBJAAgASAAQQhrNgIMIAFBDGoQxAIgAUEQaiQACyYAIAAgATYCCCAAIAJBACABQQFxIgEbNgIEIABBACACIAEbNgIAC4sKAhB/AX4jAEEQayIKJAAQVCIEIAEmARBUIgMgAiYBIwBBQGoiBSQAIAUgAzYCFCAFIAQ2AhAgBSAANgI4IAUgBUE/aiIANgI0IAUgADYCMCAFIAA2AiwgBSAFQRRqNgIoIAUgADYCJCAFIAA2AiAgBSAANgIcIAUgBUEQajYCGCMAQdAAayIEJAAgBEEkaiIDIAVBGGoiACgCIBB0IARBADYCMCAEQQA2AjggBCAAKAIAKAIAIgY2AjQgBCAAKAIQKAIAIgc2AjwgBCgCJEUEQCAEQRBqIARBOGoQgwIgBCgCECEGIAQoAhQhByAEQQhqIARBMGoQgwIgBCgCCCEFIAQoAgwhCiAEIAMQ9gEgBCgCACIAIAUgABsiBSAGIAUbIgNBASADGyAEKAIEIAogABsgByAFG0EAIAMbEKYDAAsgBCAEKAIsNgJIIAQgBCkCJCITNwNAIARBGGohECMAQUBqIgAkACAAIAc2AgwgACAGNgIIAkAgE6ciBkEMahDUASIDBEAgACADNgIQIABBMGoiCyAGIANBCGogAEEIahBfIAAoAjQhAyAAKAIwIgdBgICAgHhHBEAgACAAKAI4NgIcIAAgAzYCGCAAIAc2AhQgAEEMahCPAyIDBEAgACgCECERIAAgACgCHDYCOCAAIAApAhQ3AzAgACARQThqQYiQwAAQmQIgACgCBCESIAAoAgAhCCAGKAIEIQwgBigCCCENIAMQowIhDyMAQTBrIgYkACAGIA82AhQjAEEQayIHJAAgB0EIaiAIQYABaiIIIAwgDRByQQAhAyAHKAIIQQFGBEAgCCAHKAIMQbCYwAAQpwJBDGohAwsgAEEgaiEMIAdBEGokACAGQQc2AhgCQCADRQRAIAxBBzYCACAGQRRqENsCIAsQmgMMAQsgBkEYaiIHEKQCIAYgCygCCDYCICAGIAspAgA3AxggBkEIaiENIwBBEGsiCCQAIAhBCGogAyAHKAIEIAcoAggQcQJAAkACfyAIKAIIQQFGBEAgCCgCDCIJIAMoAggiDk8NAiADKAIEIAlBBHRqIgkoAgwhAyAJIA82AgwgBxCaA0EBDAELIAMoAggiCSADKAIARgRAIAMQwAELIAMoAgQgCUEEdGoiDiAHKAIINgIIIA4gBykCADcCACAOIA82AgwgAyAJQQFqNgIIQQALIQcgDSADNgIEIA0gBzYCACAIQRBqJAAMAQsgCSAOQaCYwAAQqAEACyAGIAYoAgw2AiwgBiAGKAIIIgM2AiggAwRAIAZBLGoQ2wILIAxBCDYCAAsgBkEwaiQAQQEhBiASIBIoAgBBAWo2AgAgEUEIahBGIAAoAiAiA0EIRwRAIAAgACgCLDYCPCAAIAApAiQ3AjQgACADNgIwIAsQ+gIhAyAAQRBqEMACDAQLIABBEGoQwAJBACEGDAMLIABBNGpBwIrAAEEUEIkBIABBADYCMCAAQTBqEPoCIQMgAEEUahCaAwsgAEEQahDAAkEBIQYMAQsgAEEHNgIwIABBMGoQ+gIhA0EBIQYLIABBDGoQ2wIgAEEIahDbAiAQIAM2AgQgECAGNgIAIABBQGskACAEKQMYIRMgBEFAaxDOAiAFQQhqIBM3AwAgBEHQAGokACAFKAIMIQAgBSAFKAIIIgQ2AgQgBSAAQQAgBEEBcRs2AgAgCiAFKQMANwIAIAVBQGskACAKKAIAIAooAgQgCkEQaiQACzEBAX8jAEEQayIDJAAgAyAAIAEQVCIAIAImASAAEIEBIAMoAgAgAygCBCADQRBqJAALIAAgAS0AEEEBRgR/IAEgACgCACgCABCYAkEBcwVBAQsLLQEBfkGAo8AAKQMAIQFBgKPAAEIANwMAIAAgAUIgiD4CBCAAIAGnQQFGNgIAC5cJAgl/AX4QVCIEIAEmARBUIgYgAiYBEFQiByADJgEjAEHQAGsiBSQAIAUgBjYCECAFIAQ2AgwgBSAHNgIUIAUgADYCSCAFIAVBzwBqIgA2AkQgBSAANgJAIAUgADYCPCAFIAVBFGo2AjggBSAANgI0IAUgADYCMCAFIAA2AiwgBSAFQRBqNgIoIAUgADYCJCAFIAA2AiAgBSAANgIcIAUgBUEMajYCGCMAQeAAayIEJAACQAJAIAVBGGoiBigCMCIABEAgACgCACIHQf////8HTwRAIARBzwA2AjQgBEHagMAANgIwIARBADYCLEEBIQAMAwsgACAHQQFqNgIAIABBCGsiByAHKAIAQQFqIgg2AgAgCEUNASAEIAc2AjQgBCAANgIwIAQgAEEEajYCLEEAIQAMAgsgBEEbNgI0IARBv4DAADYCMCAEQQA2AixBASEADAELAAsgBEEANgI4IARBADYCQCAEQQA2AkggBCAGKAIAKAIAIgc2AjwgBCAGKAIQKAIAIgg2AkQgBCAGKAIgKAIAIgY2AkwCQCAARQRAIAQgBCgCNDYCWCAEIAQpAiwiDTcDUCMAQYABayIAJAAgACAINgIYIAAgBzYCFCAAIAY2AhwgDacQ1AEiBgRAIAAgBjYCICAAIABBFGoiBzYCJCAAQShqIABBJGoiCCAGQegBahCKASAAQTRqIAggBkHkAWoQigEgACAHIAZB8AFqELICNgJQIABB4ABqIgcgAEHQAGoiCBBiAkAgACgCYEGAgICAeEcEQCAGQQhqIAAgACgCaDYCSCAAIAApAmA3A0AgCBDbAiAIIABBHGoQUAJAIAAoAlBBCEcEQCAAIAApAlg3A2ggACAAKQJQNwNgEK4DIQggAEH0AGogBxBqIAcQpAIMAQsgACgCVCEIIABBGGoQnANFBEAgAEGAgICAeDYCdAwBCyAAQfQAaiAAQRhqEFELIAAgACgCfDYCaCAAIAApAnQ3A2AgAEEIaiAGQThqQYiQwAAQmQIgACgCDCEGIAAoAgggACgCLCAAKAIwIAAoAkQgACgCSCAAKAI4IAAoAjxBASAIIAAoAnhBACAAKAJ0QYCAgIB4RxsgACgCfBBKIAYgBigCAEEBajYCABBGIABB4ABqEOQCIABBQGsQmgMMAQsgAEHQAGoQ2wILIABBNGoQmgMgAEEoahCaAyAAQSBqEMACCyAAQRxqENsCIABBGGoQ2wIgAEEUahDbAiAAQYABaiQAIARB0ABqEM8CIARB4ABqJAAMAQsgBEEgaiAEQcgAahCDAiAEKAIgIQcgBCgCJCEIIARBGGogBEFAaxCDAiAEKAIYIQkgBCgCHCEKIARBEGogBEE4ahCDAiAEKAIQIQsgBCgCFCEMIARBCGohBUEAIQYCfyAEQSxqIgAoAgBFBEAgACgCCCEGIAAoAgQMAQsgABDPAkEACyEAIAUgBjYCBCAFIAA2AgAgBCgCCCIAIAsgABsiBSAJIAUbIgYgByAGGyIHQQEgBxsgBCgCDCAMIAAbIAogBRsgCCAGG0EAIAcbEKYDAAsgBUHQAGokAAskAQF/IAAoAgAgACgCCCICayABSQRAIAAgAiABQQRBBBDKAQsLIQACfyAAEJEDRQRAQYAIIAAQkwNFDQEaCyAAIAEQggMLCycAIAEgAiADEJECIAEgBCAFEEcgACABKAIINgIIIAAgASkCADcCAAsaACAAKAIAJQEgAQR/IAEoAgAFQQALJQEQEgsaACAAKAIAJQEgAQR/IAEoAgAFQQALJQEQFAsaACAAKAIAJQEgAQR/IAEoAgAFQQALJQEQFQsaACAAKAIAJQEgAQR/IAEoAgAFQQALJQEQFwskAQF/IAAoAgAgACgCCCICayABSQRAIAAgAiABQQFBARDKAQsLjgYCBn8BfgNAIwBBEGsiAiQAAkACfwJAIAAgAUETakFwcSIDIAAgA0sbQQFrEP4BIgRBAWoiBUE+TQRAAkBB6KLAACkDACIIQn8gBa2GgxCtAyIFQT9NBEAgAEERSQ0BIABBAWshBgNAIAJBBGogBSADIAYQbiACKAIEQQFGDQQgBUE/SQRAQeiiwAApAwBCfyAFQQFqrYaDEK0DIgVBwABJDQELCyACQQRqIAQgAyAGEG4gAigCBA0DQQAhBQwFC0EAIQUgCCAErYhCAYNQDQQgAkEEaiAEIAMgAEEBaxBuIAIoAgRBAUYNAgwEC0HwosAAKAIAIAVBAnRqKAIAIgUoAgwgBRC4ASAFQQRrIgYgBigCAEECczYCACAFagwCC0EAIQVB6KLAACkDAEIAWQ0CIAJBBGpBPyADIABBAWsQbiACKAIEQQFHDQILIAIoAgghBSACKAIMCyEEIAQgAyAFaiIDRgR/QQEFIAMgBBB4QQMLIQQgA0EEayAENgIACyACQRBqJAAgBUUEQCABQRNqQXBxIABBACAAQRBLG2pBj4AEakEQdiIDQAAiBkF/RiIHRQRAQfSiwAAoAgAhAkH0osAAQQA2AgAgA0EQdCEEQfSiwAACfyACQQAgBkEQdCIDIAJGG0UEQEF/IAMgBGoiAiACIANJG0FwcSEGAn8CQEHwosAAKAIABEBBACADIANBE2pBcHEiBEEQaiICSyACIAZLcg0CGiAEQQRrQQc2AgAMAQtBACADQQEgAxtBA2pBfHEiA0GTAmpBcHEiBCADSSAEIAZLcg0BGkHwosAAIAM2AgAgBEEEa0EDQQEgBCAGSRs2AgBBACECA0AgAkGAAkYNASACIANqQQA2AgAgAkEEaiECDAALAAsgBCAGSQRAIAQgBhB4CyAGCwwBCyACQX8gAyAEaiIEIAMgBEsbQXBxIgNPBH8gAgUCQCACQQRrIgYoAgAiBEEBcUUEQCACIARrIgIQuAEMAQsgBiAEQQJyNgIACyACIAMQeCADCws2AgALIAdFDQELCyAFCxwBAX8gACgCACAAQQRqENsCBEAgAEEIahDbAgsLFwAgASADRgR/IAAgAiABELEBBUEBC0ULVAEBfyAAKAIAIgEgASgCAEEBayIBNgIAIAFFBEAjAEEQayIBJAAgASAAQQRqNgIMIAEgACgCACIANgIIIABBDGoQwQIgAUEIahDwASABQRBqJAALC1sBAX8gACgCACIBIAEoAgBBAWsiATYCACABRQRAIwBBEGsiASQAIAEgAEEEajYCDCABIAAoAgAiADYCCCAAQQxqIgAQqQEgABDAAiABQQhqEPABIAFBEGokAAsLigEBAn8gACgCACIBIAEoAgBBAWsiATYCACABRQRAIwBBEGsiASQAIAEgAEEEajYCDCABIAAoAgAiADYCCCAAQQxqIgBBDGoQjgIgABCaAyAAQRBqENsCAkAgAUEIaigCACIAQX9GDQAgACAAKAIEQQFrIgI2AgQgAg0AIABBIBDhAgsgAUEQaiQACwtUAQF/IAAoAgAiASABKAIAQQFrIgE2AgAgAUUEQCMAQRBrIgEkACABIABBBGo2AgwgASAAKAIAIgA2AgggAEEMahCOAiABQQhqEPABIAFBEGokAAsLeAECfyAAKAIAIgEgASgCAEEBayIBNgIAIAFFBEAjAEEQayIBJAAgASAAQQRqNgIMIAEgACgCACIANgIIIABBCGoQVwJAIAFBCGooAgAiAEF/Rg0AIAAgACgCBEEBayICNgIEIAINACAAQagCEOECCyABQRBqJAALC5gBAQJ/IAAoAgAiASABKAIAQQFrIgE2AgAgAUUEQCMAQRBrIgEkACABIABBBGo2AgwgASAAKAIAIgA2AgggAEEUahCOAiAAQQhqEJoDIABBGGoQ2wIgAEEcahD0AiAAQTBqENsCAkAgAUEIaigCACIAQX9GDQAgACAAKAIEQQFrIgI2AgQgAg0AIABBNBDhAgsgAUEQaiQACwslACAAIAEoAgg2AgQgACABKAIEQQAgASgCAEGAgICAeEcbNgIACx0AIAAEQCAAIAEoAhARAAAPC0HQmcAAQTIQpgMAC1QBAX8gACgCACIBIAEoAgBBAWsiATYCACABRQRAIwBBEGsiASQAIAEgAEEEajYCDCABIAAoAgAiADYCCCAAQQxqEMgCIAFBCGoQkgIgAUEQaiQACwvjAgEGfyAAKAIAIgEgASgCAEEBayIBNgIAIAFFBEAjAEEQayIEJAAgBCAAQQRqNgIMIAQgACgCACIBNgIIIwBBEGsiACQAAkAgAUEMaiIFKAIMIgFFBEAgAEIANwIIIABCADcCAAwBCyAAIAUoAggiAyAFKAIAIgJBACACIANNG2siAzYCACACIANrIgYgAU8EQCAAQgA3AgggACABIANqNgIEDAELIABBADYCCCAAIAI2AgQgACABIAZrNgIMCyAAKAIEIAAoAgAhAiAFKAIEIQMgACAAKAIMIAAoAggiBms2AgQgACADIAZBAnRqNgIAIAJrIQEgAyACQQJ0aiECA0AgAQRAIAFBAWshASACEMQCIAJBBGohAgwBCwsgACgCBCECIAAoAgAhAQNAIAIEQCACQQFrIQIgARDEAiABQQRqIQEMAQsLIABBEGokACAFEL8BIARBCGoQkgIgBEEQaiQACwuBAQECfyAAKAIAIgEgASgCAEEBayIBNgIAIAFFBEAjAEEQayIBJAAgASAAQQRqNgIMIAEgACgCACIANgIIIABBDGoiACgCAARAIAAQ6wELAkAgAUEIaigCACIAQX9GDQAgACAAKAIEQQFrIgI2AgQgAg0AIABBGBB7CyABQRBqJAALCxcAIAEgA08EfyACIAAgAxCxAQVBAQtFCx8AIAAoAgAEQCAAEOsBIAAoAgwgACgCCCgCDBEAAAsL5gMCA38BfhBUIgUgAyYBIwBBQGoiBCQAIAQgAjYCECAEIAE2AgwgBCAFNgIUIAQgADYCOCAEIARBP2oiADYCNCAEIAA2AjAgBCAANgIsIAQgBEEUajYCKCAEIAA2AiQgBCAANgIgIAQgBEEQajYCHCAEIARBDGo2AhgjAEHgAGsiACQAIABBIGogBEEYaiIBKAIgEHQgAEEsaiABKAIAKAIAIAEoAgQoAgAQggIgAEEANgI4IAAgASgCECgCACICNgI8AkAgACgCIARAIAAoAixBgICAgHhHDQELIABBGGogAEE4ahCDAiAAKAIYIQQgACgCHCEFIABBEGogAEEsahDiASAAKAIQIQIgACgCFCEGIABBCGogAEEgahD1ASAAKAIIIgEgAiABGyICIAQgAhsiBEEBIAQbIAAoAgwgBiABGyAFIAIbQQAgBBsQpgMACyAAIAAoAig2AkggACAAKQIgIgc3A0AgACAAKQIsNwNQIAAgACgCNDYCWCMAQRBrIgEkACABIAI2AgwgB6ciBSgCAEEcaiAAQdAAaiICKAIEIAIoAgggAUEMaiIGEF4gBRCMAyEFIAYQ2wIgAhCaAyABQRBqJAAgAEFAaxDNAiAAQeAAaiQAIARBQGskACAFJQEgBRCEAQvmAwIDfwF+EFQiBSADJgEjAEFAaiIEJAAgBCACNgIQIAQgATYCDCAEIAU2AhQgBCAANgI4IAQgBEE/aiIANgI0IAQgADYCMCAEIAA2AiwgBCAEQRRqNgIoIAQgADYCJCAEIAA2AiAgBCAEQRBqNgIcIAQgBEEMajYCGCMAQeAAayIAJAAgAEEgaiAEQRhqIgEoAiAQdCAAQSxqIAEoAgAoAgAgASgCBCgCABCCAiAAQQA2AjggACABKAIQKAIAIgI2AjwCQCAAKAIgBEAgACgCLEGAgICAeEcNAQsgAEEYaiAAQThqEIMCIAAoAhghBCAAKAIcIQUgAEEQaiAAQSxqEOIBIAAoAhAhAiAAKAIUIQYgAEEIaiAAQSBqEPQBIAAoAggiASACIAEbIgIgBCACGyIEQQEgBBsgACgCDCAGIAEbIAUgAhtBACAEGxCmAwALIAAgACgCKDYCSCAAIAApAiAiBzcDQCAAIAApAiw3A1AgACAAKAI0NgJYIwBBEGsiASQAIAEgAjYCDCAHpyIFKAIAQShqIABB0ABqIgIoAgQgAigCCCABQQxqIgYQXiAFEI4DIQUgBhDbAiACEJoDIAFBEGokACAAQUBrEMwCIABB4ABqJAAgBEFAayQAIAUlASAFEIQBCx0AIAAgARBUIgAgAiYBIAAQVCIAIAMmASAAEJUBCx4BAX8gACgCBCIBIAEoAgBBAWs2AgAgAEEIahC9AgseAQF/IAAoAgQiASABKAIAQQFrNgIAIABBCGoQvAILHgEBfyAAKAIEIgEgASgCAEEBazYCACAAQQhqEL4CCx4BAX8gACgCBCIBIAEoAgBBAWs2AgAgAEEIahC/AgsbAQF/IABBBBCYAyIBRQRAQQQgABCoAwALIAELGgEBfyAAKAIAIgFBAEoEQCAAKAIEIAEQewsLGwEBfyAAIAEQmQMiAkUEQCAAIAEQqAMACyACCxcBAX8gACgCACIBBEAgACgCBCABEHsLCxcAIABBCGoQmgMgABDdAiAAQRRqEOQCCxgAIAAtABxFBEAgABC6AiAAQQxqEKQCCwsXAQF/IAAQJiIBNgIEIAAgAUEARzYCAAsXAQF/IAAQJyIBNgIEIAAgAUEARzYCAAsXAQF/IAAQKCIBNgIEIAAgAUEARzYCAAsXAQF/IAAQKSIBNgIEIAAgAUEARzYCAAsfACAABEAgACABEKgDAAtB5J7AAEEjQfiewAAQ0wEACxUAIAAoAgAiAEGECE8EQCAAEIQBCwsWACABKAIAIAEpAwggACgCACkDAFhxCxIAIAAoAgAEQCAAQQRqENsCCwsSACAALQAABEAgAEEEahDbAgsLEABBipvAAEHRACAAENMBAAsWAQFvIAAgARBAIQIQVCIAIAImASAACw0AIAEEQCAAIAEQewsLEgAgACgCAEECSQRAIAAQ1AILCxYAIAAoAgBBgICAgHhHBEAgABD8AgsLFgAgACgCAEGAgICAeEcEQCAAEJoDCwsSACAAQSxqEJoDIABBIGoQugILEwAgACgCAEUEQCAAQQRqENsCCwsWACAAIAFBCGo2AgQgAEGEnMAANgIACxMAQYCjwAAgAK1CIIZCAYQ3AwALDQAgAQRAIAAgARB7CwscACAAQbyewAApAgA3AgggAEG0nsAAKQIANwIACxwAIABBrJ7AACkCADcCCCAAQaSewAApAgA3AgALFgAgACgCACABIAIgACgCBCgCDBEFAAvPAgMBfwF+AW8jAEEgayIDJAAgAyACNgIEIAMgATYCACADIAA2AhggAyADQR9qIgA2AhQgAyAANgIQIAMgA0EEajYCDCADIAM2AggjAEHQAGsiACQAIABBGGogA0EIaiIBKAIQEHQgAEEkaiABKAIAKAIAIAEoAgQoAgAQggICQCAAKAIYBEAgACgCJEGAgICAeEcNAQsgAEEQaiAAQSRqEOIBIAAoAhAhAiAAKAIUIQMgAEEIaiAAQRhqEPUBIAAoAggiASACIAEbIgJBASACGyAAKAIMIAMgARtBACACGxCmAwALIAAgACgCIDYCOCAAIAApAhgiBDcDMCAAIAApAiQ3A0AgACAAKAIsNgJIIASnKAIAQRxqIABBQGsiASgCBCABKAIIEHwhAiABEJoDIABBMGoQzQIgAEHQAGokACADQSBqJAAgAiUBIAIQhAEL8AIDAn8BfgFvIwBBIGsiAyQAIAMgAjYCBCADIAE2AgAgAyAANgIYIAMgA0EfaiIANgIUIAMgADYCECADIANBBGo2AgwgAyADNgIIIwBB0ABrIgAkACAAQRhqIANBCGoiASgCEBB0IABBJGogASgCACgCACABKAIEKAIAEIgBAkAgACgCGARAIAAoAiRBgYCAgHhHDQELIABBEGogAEEkahDhASAAKAIQIQIgACgCFCEDIABBCGogAEEYahD1ASAAKAIIIgEgAiABGyICQQEgAhsgACgCDCADIAEbQQAgAhsQpgMACyAAIAAoAiA2AjggACAAKQIYIgU3AzAgACAAKQIkNwNAIAAgACgCLDYCSCMAQRBrIgEkACABQQhqIABBQGsiBBDCAiAFpyICKAIAQRxqIAEoAgggASgCDBBnIAIQjAMhAiAEEOQCIAFBEGokACAAQTBqEM0CIABB0ABqJAAgA0EgaiQAIAIlASACEIQBC88CAwF/AX4BbyMAQSBrIgMkACADIAI2AgQgAyABNgIAIAMgADYCGCADIANBH2oiADYCFCADIAA2AhAgAyADQQRqNgIMIAMgAzYCCCMAQdAAayIAJAAgAEEYaiADQQhqIgEoAhAQdCAAQSRqIAEoAgAoAgAgASgCBCgCABCCAgJAIAAoAhgEQCAAKAIkQYCAgIB4Rw0BCyAAQRBqIABBJGoQ4gEgACgCECECIAAoAhQhAyAAQQhqIABBGGoQ9AEgACgCCCIBIAIgARsiAkEBIAIbIAAoAgwgAyABG0EAIAIbEKYDAAsgACAAKAIgNgI4IAAgACkCGCIENwMwIAAgACkCJDcDQCAAIAAoAiw2AkggBKcoAgBBKGogAEFAayIBKAIEIAEoAggQfCECIAEQmgMgAEEwahDMAiAAQdAAaiQAIANBIGokACACJQEgAhCEAQvwAgMCfwF+AW8jAEEgayIDJAAgAyACNgIEIAMgATYCACADIAA2AhggAyADQR9qIgA2AhQgAyAANgIQIAMgA0EEajYCDCADIAM2AggjAEHQAGsiACQAIABBGGogA0EIaiIBKAIQEHQgAEEkaiABKAIAKAIAIAEoAgQoAgAQiAECQCAAKAIYBEAgACgCJEGBgICAeEcNAQsgAEEQaiAAQSRqEOEBIAAoAhAhAiAAKAIUIQMgAEEIaiAAQRhqEPQBIAAoAggiASACIAEbIgJBASACGyAAKAIMIAMgARtBACACGxCmAwALIAAgACgCIDYCOCAAIAApAhgiBTcDMCAAIAApAiQ3A0AgACAAKAIsNgJIIwBBEGsiASQAIAFBCGogAEFAayIEEMICIAWnIgIoAgBBKGogASgCCCABKAIMEGcgAhCOAyECIAQQ5AIgAUEQaiQAIABBMGoQzAIgAEHQAGokACADQSBqJAAgAiUBIAIQhAELEwAgACABEFQiACACJgEgABC2AQsPACAAKAIABEAgABCOAgsLDwAgACgCAARAIAAQ5QELCz8BAn8gAEEEaiICIgEoAgghACABKAIEIQEDQCAABEAgAEEBayEAIAEQ/gIgAUEUaiEBDAELCyACQQRBFBDRAQsSACAAKAIAIAAoAgRBFGoQsgILFQAgACgCACUBIAEoAgAlARAyQQBHCxQCAW8BfxAhIQAQVCIBIAAmASABCy8AIAIgAxC5AiICBEAgAyABIAEgA0sbIgMEQCACIAAgA/wKAAALIAAgARB7CyACCxIAIAEoAgAgACgCACgCABCYAgsNAQF/IAAQcCAAEKQCCw8AIAAQmgMgAEEMahDBAgsPACAAQQxqENsCIAAQowMLDwAgABCaAyAAQQxqEPwCCw8AIAAQmgMgAEEMahDbAgsQACAALQAIRQRAIAAQ5QELCxAAIAAtABhFBEAgABDmAQsLEAAgAC0ABEUEQCAAEMACCwsgAQFvIAAoAgAlASABKAIAJQEQCyECEFQiACACJgEgAAsTACAAKAIAJQEgASgCACUBEAIaCw8AEIACGkG8osAAIAAQdwsTACAAQcSewAA2AgQgACABNgIACxEAIAEgACgCACAAKAIEEOwCCxAAIAEgACgCACAAKAIEEEMLggEDAn8BfgFvIwBBMGsiASQAIAFBFGoiAiAAEHQgASgCFEUEQCABQQhqIAIQ9gEgASgCCCIAQQEgABsgASgCDEEAIAAbEKYDAAsgASABKAIcNgIoIAEgASkCFCIDNwMgIAOnQRBqEKMCIQAgAUEgahDOAiABQTBqJAAgACUBIAAQhAELhQEDAn8BfgFvIwBBMGsiASQAIAFBFGoiAiAAEHQgASgCFEUEQCABQQhqIAIQ9QEgASgCCCIAQQEgABsgASgCDEEAIAAbEKYDAAsgASABKAIcNgIoIAEgASkCFCIDNwMgIAOnKAIAQRhqEKMCIQAgAUEgahDNAiABQTBqJAAgACUBIAAQhAELDwAgACgCACUBIAEgAhAACw8AIAEgACgCACgCABCNAgsNACAAKAIAQQhqEMEBCykBAX9BBEEQENICIgEgADYCDCABQQA2AgggAUKBgICAEDcCACABQQhqCw0AIAAoAgBBCGoQwgELDAAgAEEAIAAQkwMbCw4AIAAoAgAlARAwQQBHCw4AIAAoAgAlARAzQQBHCw4AIAAoAgAlARA0QQBHCw4AIAAoAgAlARA3QQBHCw4AIAAoAgAlARA4QQBHCw8AIABB1J3AACABIAIQRAsTAEHgoMAAQd0AQZChwAAQ0wEACxAAQbmhwABBxwAgABDTAQALCQAgASAAELkCCwkAIAEgABCYAwsLACAAQQFBARDRAQsWAQFvIAAgARA9IQIQVCIAIAImASAACwwAIAAoAgAlARAxRQsLACAAQQRBBBDRAQsMACAAQQhBwAAQ0QELNAECfyAAKAIIIQEgACgCBCECA0AgAQRAIAFBAWshASACEMECIAJBBGohAgwBCwsgABCdAws0AQJ/IAAoAgghASAAKAIEIQIDQCABBEAgAUEBayEBIAIQ5QIgAkFAayECDAELCyAAEJ4DCwwAIAAQrwMgABDbAgsLACAAQQRBEBDRAQs8AQJ/IAAoAgghAiAAKAIEIQEDQCACBEAgARCaAyABQQxqENsCIAJBAWshAiABQRBqIQEMAQsLIAAQogMLCQAQgAIgABB3Cw0AQYWdwABBGxCmAwALCQAgACABEC8ACwwAIAAgASkCADcDAAs+AQF/IwBBEGsiAiQAIAIgATYCDCACIAA2AgggAkEIaiIAKAIAIAAoAgRBlKPAACgCACIAQegAIAAbEQEAAAsNACABQfyhwABBGBBDCw0AIAFB3KHAAEEgEEMLcgICfwF+IwBBMGsiASQAIAFBFGoiAiAAEHQgASgCFEUEQCABQQhqIAIQ9AEgASgCCCIAQQEgABsgASgCDEEAIAAbEKYDAAsgASABKAIcNgIoIAEgASkCFCIDNwMgIAOnEKkBIAFBIGoQzAIgAUEwaiQAC3gCAn8BfiMAQTBrIgEkACABQRRqIgIgABB0IAEoAhRFBEAgAUEIaiACEPQBIAEoAggiAEEBIAAbIAEoAgxBACAAGxCmAwALIAEgASgCHDYCKCABIAEpAhQiAzcDICADpygCAEEIahC9ASABQSBqEMwCIAFBMGokAAsGACAAeqcLDABBi4rAAEEEEOACCwsAIAAoAgAlARA5CwwAQaijwABBAToAAAsJACAAQQA2AgALBgAgABB2CwcAIAAQnwELBwAgABDFAgsDAAALLAEBfwJAIAAoAgAiAEF/Rg0AIAAgACgCBEEBayICNgIEIAINACAAIAEQewsLTgEBfyMAQSBrIgYkACAGIAE2AgwgBiAANgIIIAYgBSAGaq1CgICAgIAPhDcDGCAGIAQgBmqtQoCAgICAD4Q3AxAgAyAGQRBqIAIQ0wEACzYBAX8gASgCACIEQf////8HTwRAIAIQiAIACyABIARBAWo2AgAgACABNgIEIAAgASADajYCAAsqACABKAIARQRAIAFBfzYCACAAIAE2AgQgACABIANqNgIADwsgAhCHAgALKAEBfyMAQRBrIgIkACACIAJBD2qtIAGENwMAQZODwAAgAiAAENMBAAstAQF/IAFBCGsiAyADKAIAQQFqIgM2AgAgA0UEQAALIAAgATYCBCAAIAI2AgALPwEBfyMAQRBrIgMkACADQQhqIAAgAmogARDvASADKAIMIQAgAygCCBCjAiAAIAAoAgBBAWs2AgAgA0EQaiQACwvlIgQAQYCAwAALlCJhdHRlbXB0ZWQgdG8gdGFrZSBvd25lcnNoaXAgb2YgUnVzdCB2YWx1ZSB3aGlsZSBpdCB3YXMgYm9ycm93ZWRudWxsIHBvaW50ZXIgcGFzc2VkIHRvIHJ1c3RyZWN1cnNpdmUgdXNlIG9mIGFuIG9iamVjdCBkZXRlY3RlZCB3aGljaCB3b3VsZCBsZWFkIHRvIHVuc2FmZSBhbGlhc2luZyBpbiBydXN0AAAABQAAAAQAAAAEAAAABgAAAAcAAABGbk9uY2UgY2FsbGVkIG1vcmUgdGhhbiBvbmNlCAAAAAgAAAAEAAAACQAAAAoAAAAIAAAACAAAAAQAAAALAAAADAAAAAgAAAAIAAAABAAAAA0AAAAOAAAACAAAAAgAAAAEAAAADwAAABAAAABjbG9zdXJlIGludm9rZWQgcmVjdXJzaXZlbHkgb3IgYWZ0ZXIgYmVpbmcgZHJvcHBlZCBpbmRleCBvdXQgb2YgYm91bmRzOiB0aGUgbGVuIGlzIMASIGJ1dCB0aGUgaW5kZXggaXMgwAAvcnVzdGMvNTk4MDc2MTZlMWZhMjU0MDcyNGJmYmFjMTRkNzk3NmQ3ZTRhMzg2MC9saWJyYXJ5L2NvcmUvc3JjL2NlbGwvbGF6eS5ycwBzcmMvcHJvdG9jb2wvY2xpZW50LnJzAHNyYy9wcm90b2NvbC9wYWNrZXQucnMAc3JjL2NsaWVudC9lcnJvci5ycwBzcmMvY2xpZW50L2RyaXZlci5ycwBzcmMvY2xpZW50L2VtaXR0ZXIucnMAc3JjL3Byb3RvY29sL3NtYWxsX21hcC5ycwBjcmF0ZXMvaW5kZXguY3JhdGVzLmlvLTE5NDljZjhjNmI1YjU1N2YvanMtc3lzLTAuMy4xMDcvc3JjL2Z1dHVyZXMvanNwaS5ycwBjcmF0ZXMvaW5kZXguY3JhdGVzLmlvLTE5NDljZjhjNmI1YjU1N2YvanMtc3lzLTAuMy4xMDcvc3JjL2Z1dHVyZXMvcXVldWUucnMAL3J1c3RjLzU5ODA3NjE2ZTFmYTI1NDA3MjRiZmJhYzE0ZDc5NzZkN2U0YTM4NjAvbGlicmFyeS9hbGxvYy9zcmMvcmF3X3ZlYy9tb2QucnMAL3J1c3RjLzU5ODA3NjE2ZTFmYTI1NDA3MjRiZmJhYzE0ZDc5NzZkN2U0YTM4NjAvbGlicmFyeS9hbGxvYy9zcmMvdmVjL21vZC5ycwBjcmF0ZXMvaW5kZXguY3JhdGVzLmlvLTE5NDljZjhjNmI1YjU1N2YvanMtc3lzLTAuMy4xMDcvc3JjL2Z1dHVyZXMvdGFzay9zaW5nbGV0aHJlYWQucnMAEnJlbW92YWwgaW5kZXggKGlzIMAWKSBzaG91bGQgYmUgPCBsZW4gKGlzIMABKQAWc3dhcF9yZW1vdmUgaW5kZXggKGlzIMAWKSBzaG91bGQgYmUgPCBsZW4gKGlzIMABKQB0eXBlbmFtZXRvZnJvbWlkYm9keWVycm9ydGl0bGVrZXkAAFIDEABMAAAAeQsAACQAAAAAAAAABAAAAAQAAAARAAAAEgAAABMAAAAgAAAACAAAABQAAAAVAAAAIAAAAAQAAAAWAAAAFwAAAAwAAAAEAAAAGAAAABkAAAAIAAAABAAAABoAAACfAxAAVwAAAEYAAAAVAAAAbWVzc2FnZXJlcXVlc3RyZXNwb25zZWV2ZW50bnVsbGJvZHkgY2Fubm90IGJlIHNlbnQgYXMgSlNPTjogbmFtZSBpcyBub3QgYSBzdHJpbmdjYiBpcyBub3QgYSBmdW5jdGlvbnRpbWVvdXRvcHRpb25zLnRpbWVvdXQgbXVzdCBiZSBhIHBvc2l0aXZlIG51bWJlciBvZiBtaWxsaXNlY29uZHNjYWxsYmFjayBpcyBub3QgYSBmdW5jdGlvblByb21pc2UgZXhlY3V0b3IgcnVucyBhdCBvbmNlABECEAATAAAALgAAACYAAAARAhAAEwAAAFEAAAArAAAAY29kZSUCEAAUAAAAMgAAABMAAAAlAhAAFAAAADYAAAATAAAAJQIQABQAAAA8AAAAEwAAADAxMjM0NTY3ODlhYmNkZWZnaGlqa2xtbm9wcXJzdHV2d3h5eiUCEAAUAAAA6gEAABoAAAAlAhAAFAAAACEBAAArAAAAJQIQABQAAADfAAAAKAAAACUCEAAUAAAAywAAABMAAAAlAhAAFAAAAPMAAAATAAAAJQIQABQAAAANAQAAIwAAACUCEAAUAAAAFAEAABYAAAAlAhAAFAAAABYBAAAXAAAAJQIQABQAAAAZAQAANQAAACUCEAAUAAAAGgEAADMAAAAlAhAAFAAAALsAAAAWAAAAGwAAACABAAAIAAAAHAAAAB0AAAAeAAAAHwAAACUCEAAUAAAAvgAAACgAAAAlAhAAFAAAAMAAAAAdAAAAcmVwbHkAAAAlAhAAFAAAAM8AAAATAAAAcmFnZW50Q3JlYXRlZHJhZ2VudERlc3Ryb3llZFdlYlNvY2tldCBlcnJvcmNsb3NlJQIQABQAAAAmAQAAIAAAACUCEAAUAAAAKgEAADUAAAAlAhAAFAAAAC8BAAA1AAAAJQIQABQAAADUAAAAEwAAACUCEAAUAAAAfgEAACAAAAAlAhAAFAAAAH8BAAATAAAAJQIQABQAAACBAQAAKwAAACUCEAAUAAAAawEAABwAAAAlAhAAFAAAAGwBAAAkAAAAJQIQABQAAADrAAAAIgAAADoCEAAVAAAAMQAAAB8AAAA6AhAAFQAAADAAAAAlAAAAOgIQABUAAAAbAAAAEwAAAGxpc3RlbmVyIGlzIG5vdCBhIGZ1bmN0aW9uAAA6AhAAFQAAAEYAAAAmAAAAOgIQABUAAAA/AAAAEwAAADoCEAAVAAAAJQAAACIAAAA6AhAAFQAAACoAAAASAAAAOgIQABUAAAA3AAAADgAAAHVybHJlcXVlc3RUaW1lb3V0Y29uZmlnLnJlcXVlc3RUaW1lb3V0IG11c3QgYmUgYSBwb3NpdGl2ZSBudW1iZXIgb2YgbWlsbGlzZWNvbmRzY29uZmlnLnVybCBpcyBub3QgYSBzdHJpbmdjb25maWcua2V5IGlzIG51bGxjb25maWcudXJsIGlzIG51bGxjb25maWcgaXMgbnVsbHJhZ2VudHMuY3JlYXRlU2Vzc2lvbigpOiBhZ2VudEluZm8uaWQgaXMgbm90IGEgc3RyaW5nYWdlbnRJbmZvIGlzIG5vdCBhbiBvYmplY3Rjb25uZWN0aW9uIGNsb3NlZCAoY29kZSApcmFnZW50cy1wcm90b2NvbCAAAAAYAAAABAAAACEAAAAiAAAALCJlcnJvciI6c2VydmVyZ2V0QWdlbnRzYWdlbnQgZG9lcyBub3QgaGFuZGxlIG1lc3NhZ2VzIG5hbWVkICcnAOMBEAAWAAAAawIAAB8AAABjcmVhdGVBZ2VudDogbm8gaWQgaW4gcmVzcG9uc2VjcmVhdGVBZ2VudHsiaWQiOmRlc3Ryb3lBZ2VudAAAAAAABAAAAAQAAAAjAAAAJAAAACQAAAB7InR5cGUiOiJyZXF1ZXN0IiwibmFtZSI6ImNvbm5lY3QiLCJ0byI6InNlcnZlciIsImlkIjoiMCIsImJvZHkiOnsia2V5Ijp9YWdlbnRDcmVhdGVkYWdlbnREZXN0cm95ZWQAAAAAAAQAAAAEAAAAJQAAACYAAAAmAAAALmNvbm5lY3T9ChAABwAAADAAAAAMCxAAAQAAAOUJEAAGAAAARVJSX0lOVkFMSURfQVJHRVJSX0NPTk5FQ1RFUlJfQ0xPU0VERVJSX1RJTUVPVVRFUlJfQUdFTlRfREVTVFJPWUVERVJSX0FHRU5UX05PVF9GT1VOREVSUl9SRU1PVEVFUlJfREVTVFJPWUVEc2Vzc2lvbiBjbG9zZWRyZXF1ZXN0IHRpbWVkIG91dCBhZnRlciAgbXNhZ2VudCBkZXN0cm95ZWRhZ2VudCBub3QgZm91bmRkZXN0cm95ZWQiOgAA+gEQABYAAADRAAAACQAAAFwiXFxcblxyXHRcdTAwMDEyMzQ1Njc4OWFiY2RlZgAAUAIQABkAAAAXAAAAMQAAAFACEAAZAAAAJQAAAEAAAABQAhAAGQAAABsAAAA1AAAAJQIQABQAAACFAAAAEQAAACUCEAAUAAAAygEAABMAAAAlAhAAFAAAAMUBAAATAAAAJQIQABQAAAC4AQAAEwAAACUCEAAUAAAAwAEAABMAAAAPAAAACwAAAAoAAAALAAAAEwAAABMAAAAKAAAADQAAACALEAAvCxAAOgsQAEQLEABPCxAAYgsQAHULEAB/CxAAY2xvc3VyZSBpbnZva2VkIHJlY3Vyc2l2ZWx5IG9yIGFmdGVyIGJlaW5nIGRyb3BwZWRjYWxsZWQgYFJlc3VsdDo6dW53cmFwX3Rocm93KClgIG9uIGFuIGBFcnJgIHZhbHVlABQREAAcERAAJBEQACwREABVAAAABAAAAAQAAABWAAAAVwAAAGNsb3N1cmUgaW52b2tlZCByZWN1cnNpdmVseSBvciBhZnRlciBiZWluZyBkcm9wcGVkaW50ZXJuYWwgZXJyb3I6IGVudGVyZWQgdW5yZWFjaGFibGUgY29kZQAAlQEQAE0AAAD+AAAALgAAAJUBEABNAAAA7QAAAEwAAABdAAAAXgAAAF8AAABgAAAAagIQAEoAAADIAAAALAAAAGoCEABKAAAAuwAAACAAAABhAAAAYgAAAGMAAABkAAAAnwMQAFcAAACcAAAAJQAAALUCEABLAAAAJwAAAC4AAAC1AhAASwAAACoAAAApAAAAtQIQAEsAAABAAAAAGgAAAGNhbGxlZCBgT3B0aW9uOjp1bndyYXBfdGhyb3coKWAgb24gYSBgTm9uZWAgdmFsdWVudWxsIHBvaW50ZXIgcGFzc2VkIHRvIHJ1c3RUcmllZCB0byBzaHJpbmsgdG8gYSBsYXJnZXIgY2FwYWNpdHkBAxAAUAAAACwDAAAJAAAAaQAAAAwAAAAEAAAAagAAAGsAAABsAAAAAAAAAAgAAAAEAAAAbQAAAG4AAABvAAAAcAAAAHEAAAAQAAAABAAAAHIAAABzAAAAdAAAAHUAAABtXcvWLFDrY3hBpldxG4u5FaJcVTRVB9RTeK2BUfCj9wAAAAAIAAAABAAAAHYAAABpAAAADAAAAAQAAAB3AAAAY2FwYWNpdHkgb3ZlcmZsb3cAAAABAxAAUAAAABwAAAAFAAAAUgMQAEwAAACaCAAADQAAADAwMDEwMjAzMDQwNTA2MDcwODA5MTAxMTEyMTMxNDE1MTYxNzE4MTkyMDIxMjIyMzI0MjUyNjI3MjgyOTMwMzEzMjMzMzQzNTM2MzczODM5NDA0MTQyNDM0NDQ1NDY0NzQ4NDk1MDUxNTI1MzU0NTU1NjU3NTg1OTYwNjE2MjYzNjQ2NTY2Njc2ODY5NzA3MTcyNzM3NDc1NzY3Nzc4Nzk4MDgxODI4Mzg0ODU4Njg3ODg4OTkwOTE5MjkzOTQ5NTk2OTc5ODk5TGF6eUNlbGwgaW5zdGFuY2UgaGFzIHByZXZpb3VzbHkgYmVlbiBwb2lzb25lZAAAlQEQAE0AAAB0AQAABQAAAGF0dGVtcHQgdG8gZGl2aWRlIGJ5IHplcm9gYXN5bmMgZm5gIHJlc3VtZWQgYWZ0ZXIgY29tcGxldGlvblJlZkNlbGwgYWxyZWFkeSBtdXRhYmx5IGJvcnJvd2VkUmVmQ2VsbCBhbHJlYWR5IGJvcnJvd2VkAEGUosAACykCAAAAWAAAAAIAAABZAAAAAgAAAFoAAAACAAAAWwAAAAAAAABcAAAAZQBByKLAAAsFAgAAAGcAQdiiwAALAQQAcAlwcm9kdWNlcnMCCGxhbmd1YWdlAQRSdXN0AAxwcm9jZXNzZWQtYnkDBXJ1c3RjHTEuOTUuMCAoNTk4MDc2MTZlIDIwMjYtMDQtMTQpBndhbHJ1cwYwLjI3LjMMd2FzbS1iaW5kZ2VuBzAuMi4xMzAAlAEPdGFyZ2V0X2ZlYXR1cmVzCCsPbXV0YWJsZS1nbG9iYWxzKxNub250cmFwcGluZy1mcHRvaW50KwtidWxrLW1lbW9yeSsIc2lnbi1leHQrD3JlZmVyZW5jZS10eXBlcysKbXVsdGl2YWx1ZSsPYnVsay1tZW1vcnktb3B0KxZjYWxsLWluZGlyZWN0LW92ZXJsb25n");
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
