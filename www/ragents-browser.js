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

var b = atob("AGFzbQEAAAABtgM9YAF/AGACf38AYAJ/fwF/YAN/f38AYAF/AX9gA39/fwF/YAR/f39/AGAAA39/f2ABbwF/YAFvAW9gAAF/YAV/f39/fwBgAn9/AW9gBH9/f38Bf2ABfwFvYAJvbwBgAABgBn9/f39/fwBgBH9/f28Df39/YAN/f38Bb2ADb29vAW9gAn9vAGADf29vA39/f2ACb38Bb2ACb28Bf2ACb28Bb2AAAXxgAAFvYAFvAGACf34AYAd/f39vb29vA39/f2ACf28Df39/YAR/f39vAW9gAAJ/f2ADb39/AGAEb29vbwFvYAR/f39/AW9gBG9/f38AYANvb28Bf2AMf39/f39/f39/f39+AGALf39/f39/f39/f38AYAZ/f39/f38Bf2AGf39/fn9/AGAGf39/fX9/AGAGf39/fH9/AGAFf39/f38Bf2AFf39+f38Bf2AFf399f38Bf2AFf398f38Bf2AFf39+f38AYAV/f31/fwBgBX9/fH9/AGAFf29vb28Df39/YAABfmACb28Df39/YAN/b28Cf39gA39/bwJ/f2AEf29vbwBgBH9/b28AYAN/f28AYAF+AX8ClhpBDy4vcmFnZW50c19iZy5qcxtfX3diZ19zZW5kXzg3NDE2ZWU3MDQ4MWExOTAAIg8uL3JhZ2VudHNfYmcuanMkX193YmdfZ2V0X3VuY2hlY2tlZF9lNjMyNWFkMzc0ZWZmODYxABcPLi9yYWdlbnRzX2JnLmpzG19fd2JnX3B1c2hfYzlmNDg5M2ZjMjA5Zjc2OAAYDy4vcmFnZW50c19iZy5qcx1fX3diZ19sZW5ndGhfYjAzYTBmYWJiMTA5YjFlOQAIDy4vcmFnZW50c19iZy5qcx1fX3diZ19mcmVlemVfNGVlMTk3ZTg0NDZjODkyZgAJDy4vcmFnZW50c19iZy5qcxtfX3diZ19iaW5kXzZjODA4MWFhNTMxOGM4M2EAFA8uL3JhZ2VudHNfYmcuanMbX193YmdfY2FsbF9hNDEwZWI0YjU5ZWQ1OTY1ABQPLi9yYWdlbnRzX2JnLmpzG19fd2JnX2NhbGxfZmM5MmZlZTYxMzdkNDUyZAAjDy4vcmFnZW50c19iZy5qcxxfX3diZ19hcHBseV9iZmUyYjA3YjE0NjQyN2UyABQPLi9yYWdlbnRzX2JnLmpzGl9fd2JnX25ld19iYTQwMTgxYjNmMjRhYzgwAAwPLi9yYWdlbnRzX2JnLmpzHV9fd2JnX1N0cmluZ19kMTUzYmEwNmEzZjA2OTZhAAkPLi9yYWdlbnRzX2JnLmpzGl9fd2JnX2dldF9kZGQ0Y2IwMWViODI3ZjVmABkPLi9yYWdlbnRzX2JnLmpzD19fd2JnX2FnZW50X25ldwAODy4vcmFnZW50c19iZy5qcxBfX3diZ19yYWdlbnRfbmV3AA4PLi9yYWdlbnRzX2JnLmpzE19fd2JnX3Jlc3BvbmRlcl9uZXcADg8uL3JhZ2VudHNfYmcuanMaX193Ymdfbm93X2I3NTU5OGI4NTk2NzU2ZTUAGg8uL3JhZ2VudHNfYmcuanMRX193Ymdfc2Vzc2lvbl9uZXcADg8uL3JhZ2VudHNfYmcuanMcX193YmdfcGFyc2VfOGRhY2E3ZWQxM2ZhZmVhZgAJDy4vcmFnZW50c19iZy5qcyFfX3diZ19zZXRfb25vcGVuXzc1N2JlMTIwY2M3YjFlYTYADw8uL3JhZ2VudHNfYmcuanMhX193YmdfcmVhZHlTdGF0ZV8wMzliYzA0NzE0MWE1ZjZkAAgPLi9yYWdlbnRzX2JnLmpzIl9fd2JnX3NldF9vbmNsb3NlXzA3ODkzNWNmOGQwZmIwMjQADw8uL3JhZ2VudHNfYmcuanMiX193Ymdfc2V0X29uZXJyb3JfZjdmMDg5ZjdmMDU5NTAxYwAPDy4vcmFnZW50c19iZy5qcyNfX3diZ19uZXdfd2l0aF9zdHJfNGM4N2UyYTViYTkyNTAyMQAkDy4vcmFnZW50c19iZy5qcyRfX3diZ19zZXRfb25tZXNzYWdlXzI2YWJjNDljZmE1ZjlmZmMADw8uL3JhZ2VudHNfYmcuanMcX193YmdfY2xvc2VfMmE4YjFiYTA3YjllMGZlZQAlDy4vcmFnZW50c19iZy5qcxtfX3diZ19jb2RlXzNlNjg4MWQ4MjFlYWIyYzQACA8uL3JhZ2VudHNfYmcuanMdX193YmdfcmVhc29uXzM0YjE2NTE2YWIzZjcyZDQAFQ8uL3JhZ2VudHNfYmcuanMbX193YmdfZGF0YV9jN2U1ZTg1MDBmMWJjYTJmAAkPLi9yYWdlbnRzX2JnLmpzIV9fd2JnX3NldFRpbWVvdXRfYTYwZDgzYmVjMDZiNDM0NQAXDy4vcmFnZW50c19iZy5qcyNfX3diZ19jbGVhclRpbWVvdXRfMTEzYjFjZGU4MTRlYzc2MgAJDy4vcmFnZW50c19iZy5qcxtfX3diZ190aGVuX2UzZjdmMmQzNjU3MDhiZTgAGQ8uL3JhZ2VudHNfYmcuanMgX193Ymdfc3RyaW5naWZ5XzBhMGZiZjJlZjcyMjM4MGEACQ8uL3JhZ2VudHNfYmcuanMdX193YmdfcmFuZG9tX2RmMzZiOTBjZDc4YTdkNTQAGg8uL3JhZ2VudHNfYmcuanMaX193YmdfbmV3XzM3ZWI0NWFhZjVlZWI4MjAAGw8uL3JhZ2VudHNfYmcuanMbX193YmdfZnJvbV9lYWM5MTg3NWM4YTVmZmE0AAkPLi9yYWdlbnRzX2JnLmpzHl9fd2JnX2lzQXJyYXlfYmNmMTM3NmQwZDczMmQwOAAIDy4vcmFnZW50c19iZy5qcxpfX3diZ19uZXdfNzg3YjlmYjMzMGQ1NWQ3OAAMDy4vcmFnZW50c19iZy5qcxpfX3diZ19uZXdfY2Q0MzQ4MjkwYWZhZTU4NgAbDy4vcmFnZW50c19iZy5qczJfX3diZ19zdGF0aWNfYWNjZXNzb3JfR0xPQkFMX1RISVNfMDAzZWU4MzNhZjk2OTlmYwAKDy4vcmFnZW50c19iZy5qcytfX3diZ19zdGF0aWNfYWNjZXNzb3JfU0VMRl81M2JiMjA0NTc0MDE0NTNkAAoPLi9yYWdlbnRzX2JnLmpzLV9fd2JnX3N0YXRpY19hY2Nlc3Nvcl9HTE9CQUxfZTQyOTNmYjIyY2JlNzdkYQAKDy4vcmFnZW50c19iZy5qcy1fX3diZ19zdGF0aWNfYWNjZXNzb3JfV0lORE9XX2I1ZTA4MTBiZmVjYjdmZWIACg8uL3JhZ2VudHNfYmcuanMdX193YmdfcmVqZWN0XzMzNGI3MzBiM2MwMDg0OWIACQ8uL3JhZ2VudHNfYmcuanMeX193YmdfcmVzb2x2ZV9kYmY3OGFiNDk0MjQ3OGIwAAkPLi9yYWdlbnRzX2JnLmpzGl9fd2JnX3NldF8yNzkzNDc5ODg4MzI5Y2I2ACYPLi9yYWdlbnRzX2JnLmpzJV9fd2JnX3F1ZXVlTWljcm90YXNrXzRhMWE0ZDhkZDMzMjM3M2IAHA8uL3JhZ2VudHNfYmcuanMlX193YmdfcXVldWVNaWNyb3Rhc2tfMWU4NTAzYThhNjkwZjBhMwAJDy4vcmFnZW50c19iZy5qcydfX3diZ19fX3diaW5kZ2VuX3Rocm93XzRjODhkOGJmMjY0ZmQ5ODQAAQ8uL3JhZ2VudHNfYmcuanMpX193YmdfX193YmluZGdlbl9pc19udWxsX2MyMjMxMWIxY2MyMjhlM2EACA8uL3JhZ2VudHNfYmcuanMqX193YmdfX193YmluZGdlbl9pc19mYWxzeV9kODY0YjYyMzUwMGFlNjVkAAgPLi9yYWdlbnRzX2JnLmpzKl9fd2JnX19fd2JpbmRnZW5fanN2YWxfZXFfMzhkN2JmYmU0Y2M4NDAzOQAYDy4vcmFnZW50c19iZy5qcytfX3diZ19fX3diaW5kZ2VuX2lzX29iamVjdF84Yjk2OGMzYWI4ZTk2NTk1AAgPLi9yYWdlbnRzX2JnLmpzK19fd2JnX19fd2JpbmRnZW5faXNfc3RyaW5nX2ZjNDU2ZmVlNWQzMzE3ZGUACA8uL3JhZ2VudHNfYmcuanMsX193YmdfX193YmluZGdlbl9udW1iZXJfZ2V0XzkzNGI2NDBkMDg4OWFmNzgAFQ8uL3JhZ2VudHNfYmcuanMsX193YmdfX193YmluZGdlbl9zdHJpbmdfZ2V0XzdjZThlZWU3ZmQzMjc1NDUAFQ8uL3JhZ2VudHNfYmcuanMtX193YmdfX193YmluZGdlbl9pc19mdW5jdGlvbl83NDFmZjJiYjYxMjgzNmY1AAgPLi9yYWdlbnRzX2JnLmpzLl9fd2JnX19fd2JpbmRnZW5faXNfdW5kZWZpbmVkX2JlNWIzNDI0OWZmMWZjMTUACA8uL3JhZ2VudHNfYmcuanMkX193YmdfX3diZ19jYl91bnJlZl8wOTczNjg3OWEzZjY3NTU5ABwPLi9yYWdlbnRzX2JnLmpzH19fd2JpbmRnZW5faW5pdF9leHRlcm5yZWZfdGFibGUAEA8uL3JhZ2VudHNfYmcuanMjX193YmluZGdlbl9nZW5lcmljXzAwMDAwMDAwMDAwMDAwMDEADA8uL3JhZ2VudHNfYmcuanMjX193YmluZGdlbl9nZW5lcmljXzAwMDAwMDAwMDAwMDAwMDIADA8uL3JhZ2VudHNfYmcuanMjX193YmluZGdlbl9nZW5lcmljXzAwMDAwMDAwMDAwMDAwMDMADA8uL3JhZ2VudHNfYmcuanMjX193YmluZGdlbl9nZW5lcmljXzAwMDAwMDAwMDAwMDAwMDQADA8uL3JhZ2VudHNfYmcuanMjX193YmluZGdlbl9nZW5lcmljXzAwMDAwMDAwMDAwMDAwMDUADA8uL3JhZ2VudHNfYmcuanMjX193YmluZGdlbl9nZW5lcmljXzAwMDAwMDAwMDAwMDAwMDYADAP+AvwCAAEFDQAnAwEGKAMLAgMAAQECCgoAAAABAgsGBAEGBgsBAREACx0DAQEBBgMLBhEEBgYBAQUAAQEpAQEFBiorLAYCBQAEAwsDAwMGAAYtDQAFBQEBBgALAQEBAQEFAQACAwEGAAABAwMAAQEBLi8wAQUFMTIzAwAAAwIDAwQAAAAEBAICBgEBAQELAwsDAQANAwADBAEAAgAAAQMBBQINAQEBAQMAAAEDAQEAHh4DAwABAQMBAQEBAQEBAAUDBAAKNAMBAgACAAASEhISAgACAgMAAQEWFhYCAzUDAQMEBDYfHwQABAIFAAAAAzc4AgA5AQIRAQEBAQECAA0AAAAAAAABAQAAAA0AICA6AAAAAAQAAgAAAAAAAAABAAIAAAACAQAAAAAAAQADAQEFExMTEzsAAAAEAgoNAgQAAAAAAAAAAgEAAQICDg4DAgQEBAQEBAQEBAUQAAICAAIEAAAAAAAAAAAQAQEBAgIABDwKAAEBAAAAEAERBgYdAwUECQJwAXx8bwCECAUDAQARBhkDfwFBgIDAAAt/AEHMosAAC38AQYijwAALB8UKNQZtZW1vcnkCABBfX3diZ19hZ2VudF9mcmVlAJgBEV9fd2JnX3JhZ2VudF9mcmVlAJkBFF9fd2JnX3Jlc3BvbmRlcl9mcmVlAJoBEl9fd2JnX3Nlc3Npb25fZnJlZQCbAQ1hZ2VudF9kZXN0cm95AKECCmFnZW50X2VtaXQAlQIKYWdlbnRfaW5mbwCIAw1hZ2VudF9yZWNlaXZlAKwCDWNyZWF0ZVNlc3Npb24AoAIScmFnZW50X2FkZExpc3RlbmVyAIkCC3JhZ2VudF9lbWl0AOwBC3JhZ2VudF9pbmZvAIkDFHJhZ2VudF9saXN0ZW5lckNvdW50AJEBEHJhZ2VudF9saXN0ZW5lcnMA7QIKcmFnZW50X29mZgDJAglyYWdlbnRfb24AiQILcmFnZW50X29uY2UAigIZcmFnZW50X3JlbW92ZUFsbExpc3RlbmVycwDuAhVyYWdlbnRfcmVtb3ZlTGlzdGVuZXIAyQILcmFnZW50X3NlbmQAgQIPcmVzcG9uZGVyX3JlcGx5ALACE3Nlc3Npb25fYWRkTGlzdGVuZXIAiwINc2Vzc2lvbl9jbG9zZQCrAxNzZXNzaW9uX2NyZWF0ZUFnZW50AJYCFHNlc3Npb25fZGVzdHJveUFnZW50AJcCDHNlc3Npb25fZW1pdADtARdzZXNzaW9uX2dldFJlbW90ZUFnZW50cwCiAg5zZXNzaW9uX2lzT3BlbgCsAxVzZXNzaW9uX2xpc3RlbmVyQ291bnQAkgERc2Vzc2lvbl9saXN0ZW5lcnMA7wILc2Vzc2lvbl9vZmYAygIKc2Vzc2lvbl9vbgCLAgxzZXNzaW9uX29uY2UAjAIac2Vzc2lvbl9yZW1vdmVBbGxMaXN0ZW5lcnMA8AIWc2Vzc2lvbl9yZW1vdmVMaXN0ZW5lcgDKAg9fX2Fib3J0X2hhbmRsZXIDARVfX2luc3RhbmNlX3Rlcm1pbmF0ZWQDAj13YXNtX2JpbmRnZW5fX2NvbnZlcnRfX2Nsb3N1cmVzX19fX19pbnZva2VfX2gxOGQxZTFkYzhjNjQ5MDQwAMsCPXdhc21fYmluZGdlbl9fY29udmVydF9fY2xvc3VyZXNfX19fX2ludm9rZV9faDQ5NjM2ZTlkNTFhODRjYTAArQI9d2FzbV9iaW5kZ2VuX19jb252ZXJ0X19jbG9zdXJlc19fX19faW52b2tlX19oMzMwOTlkNjU0NjU1YzBiZQDxAkB3YXNtX2JpbmRnZW5fX2NvbnZlcnRfX2Nsb3N1cmVzX19fX19pbnZva2VfX2gzMzA5OWQ2NTQ2NTVjMGJlXzM0APECQHdhc21fYmluZGdlbl9fY29udmVydF9fY2xvc3VyZXNfX19fX2ludm9rZV9faDMzMDk5ZDY1NDY1NWMwYmVfMzUA8QI9d2FzbV9iaW5kZ2VuX19jb252ZXJ0X19jbG9zdXJlc19fX19faW52b2tlX19oNDgyYWMxMmEyMTkyMzZjMQDDAhRfX3diaW5kZ2VuX2V4bl9zdG9yZQDoAhdfX2V4dGVybnJlZl90YWJsZV9hbGxvYwBUFV9fd2JpbmRnZW5fZXh0ZXJucmVmcwEBEV9fd2JpbmRnZW5fbWFsbG9jAMQBEl9fd2JpbmRnZW5fcmVhbGxvYwDQAQ9fX3diaW5kZ2VuX2ZyZWUA6QIaX193YmluZGdlbl9kZXN0cm95X2Nsb3N1cmUA8gEZX19leHRlcm5yZWZfdGFibGVfZGVhbGxvYwCEARBfX3diaW5kZ2VuX3N0YXJ0ADoJ1QEBAEEBC3u2ATw9PvIChQJVswP3AccB+AGwAfkBXfoByAGbAuQBgAOgAdUCggH/AsMBgQOmAlelAUKkAaIB1gGKA7ID3ALcAo8CkALDAj+BATuGAbIBfbIBbX2VAY8BbY8BbY8BbW1tbW1+jgFtjgFtb29vb3+zAW2OAbQBrQGOAY4BrgFvtQGAAa8BjgFtebQD2wFO1gLXAtgC2QJTkwL/AagCqQKUAr4B0gGqAmRAtQOwA9MCnQFSlQOGA84BhQOnA9EC3gFherED6wLqAk2pA6oDhwMMAQQKu/0D/ALDEQMXfwF+AW8jAEHAAWsiASQAIAAoAgAiBUH0AWohDiAFQZQCaiEPIAVBkAJqIRAgBUEoaiEHIAVBOGohCyAFQQhqIQwgAUEsaiENIAFB7ABqIREgAUGkAWohEiABQZQBaiETIAFBtAFqIRQgAUHgAGohFSABQdgAaiEJA0AgDBBFIAFBIGogC0GUjcAAEJkCIAEoAiQhBiABQShqIQMCQCABKAIgQThqIgIoAgwiBCACKAIIIghPBEAgA0GHgICAeDYCAAwBCyADIAIoAgQgBEEsbGoiCkEs/AoAACACIARBAWoiBDYCDCAKQYeAgIB4NgIAIAQgCEYEQCACKAIIIQQgAkEANgIIIAIoAgQhCANAIAQEQCAEQQFrIQQgCBBWIAhBLGohCAwBCwsgAkEANgIMCwsgBiAGKAIAQQFqNgIAAkACQAJAIAEoAihBh4CAgHhHBEAgAUHUAGogA0Es/AoAAAJAAkACQAJAAkACQAJAQQEgASgCVCIIQYCAgIB4cyAIQQBOG0EBaw4GBAABAgUGAwsgASABKAJYIgI2ApABIAEgAkEIahDBATYCsAEgASABQbABaiICNgKgASAHQciOwABBDSABQaABakEBEJcBIAIQ2wIgAUGQAWoQwQIMCQsgASABKAJYIgI2ApABIAEgAkEIaiICEMEBNgKwASABIAFBsAFqIgM2AqABIAdB1Y7AAEEPIAFBoAFqQQEQlwEgAxDbAiACENkBIAFBkAFqEMECDAgLIAEgASgCZCICNgKsASABIA0oAggiAzYCuAEgASANKQIANwOwASABIAEoAmg2ApABIAEoArQBIQQgASABQZABaiIGNgKgASACQRxqIAQgAyABQaABakEBEJcBIAYQ2wIgAUGwAWoQmgMgAUGsAWoQwQIMBwsgASgCcCEDIAEoAmwhAiABKAJoIQQgASgCZCIGQQJHBEAgASABKQJ0NwK4ASABIAM2ArQBIAEgAjYCsAEgASAGIAQQ1wE2AqABIAkgAUGwAWoiAiABQaABaiIDEEsgAxDbAiACEKQCDAcLAkACQAJAAkACQEEEIARBgICAgHhzIARBAE4bQQFrDgQBAgMEAAsgASAMEMIBNgKwASAJIAFBsAFqIgIQWCACENsCDAoLIAEgAjYCsAEgCSABQbABaiICEFggAhDbAgwJCyABIAI2ArABIAkgAUGwAWoiAhBYIAIQ2wIMCAsgASACIAMQ1wE2ArABIAkgAUGwAWoiAhBYIAIQ2wIMBwsgASACNgK0ASABIAQ2ArABIAEgAzYCuAEjAEEQayIEJAAgBBD3AiIGNgIMIARBDGohCiACIANBAnRqIRYjAEEQayIDJAADQCACIBZHBEAgAyACKAIAQQhqEMEBNgIMIAogA0EMaiIXEIMDIAJBBGohAiAXENsCDAELCyADQRBqJAAgBEEQaiQAIAEgBjYCoAEgCSABQaABaiICEFggAhDbAiABQbABahCfAwwGCyABIAEoAng2AoABIAEgASgCfDYChAEgDygCACUBIBAoAgAlASABQYQBaiICKAIAJQEQBSEZEFQiAyAZJgEgASADNgKIASABIAIgDhCyAjYCjAEgAUGBCDYCmAEgAUEYaiABQYABaiABQZgBaiABQYwBaiICIAFBiAFqIgMQhwEgASABKAIcIgQ2ApQBIAEgASgCGCIGNgKQASAGQQFxDQMgAhDbAiADENsCIBMQ2wIMBAsgB0HtiMAAQQUQdUUNBCAUQeSOwABBDxCJASABQQE2ArABIAEgAUGwAWoiAhBwNgKgASACEKQCIAEgAUGgAWoiAzYCsAEgB0HtiMAAQQUgAkEBEJcBIAMQ2wIMBAsgASgCWCEDIAEoAlwhAiABKAJgIQQgB0HzjsAAQQVBBEEAEJcBIAdBACABEGcgASACIARBAnQiBGo2ArwBIAEgAzYCuAEgASACNgK0ASABIAI2ArABA0AgBARAIAEgAkEEaiIDNgK0ASABIAIoAgAiAjYCoAEgAkEIahDZASAEQQRrIQQgAUGgAWoQwQIgAyECDAELCyMAQRBrIgMkACADIAFBsAFqIgI2AgwgAigCDCACKAIEIgJrQQJ2IQQDQCAEBEAgBEEBayEEIAIQwQIgAkEEaiECDAELCyMAQRBrIgIkACACIANBDGooAgAiBCgCADYCDCACIAQoAgg2AgggAkEIahCdAyACQRBqJAAgA0EQaiQADAMLIAAQTyABQQhqIAtBpI3AABDuASABKAIILQCcASABKAIMIgIgAigCAEEBazYCAEECRgRAIAEgBUGIAmpBtI3AABC6ATYCKCABQShqIgMQ2wIgASAFQZgCakHEjcAAEJ0CIAEoAgAiACgCACECIAEoAgQhBCAAQQA2AgAgAgRAIAAoAgQhACABQQA6ADAgASAANgIsIAEgAjYCKCMAQTBrIgAkACAAQgA3AhggAEEBOgAsIABBGGoQngIiAiACKAIAQQFqIgU2AgAgBUUEQAALIABBEGogAhDnAiAAKQMQIRhBBEEMENICIgUgAygCCDYCCCAFIAMpAgA3AgAgAEEIaiACQQhqEJwCIAAoAgwhByAAKAIIIgMQtwEgAyAYNwIIIANBwInAADYCBCADIAU2AgAgByAHKAIAQQFqNgIAIAIQpAMgAEEwaiQACyAEIAQoAgBBAWo2AgALIAFBwAFqJAAPCyABIAQ2ApwBIAFBgQg2AqgBIAFBsAFqIgIgAUGcAWoiAxBRIAEoArQBIAEoArgBEOACIQQgAhCaAyABIAQ2AqwBIAFBgAg2ArABIAFBEGogAUGIAWoiBCABQagBaiIGIAFBrAFqIgogAhCHASABIAEpAxA3AqABIBIQ2wIgAhDbAiAKENsCIAYQ2wIgAxDbAiABQYwBahDbAiAEENsCCyABQZgBahDbAiABQYQBahDbAiABQYABahDbAgsgCEEASA0AIAFB1ABqEJoDIBUQmgMgERCaAwwACwALujEDDn8DfgFvIwBBoAFrIgQkACAEIAE2AhQgBCAANgIQAkAgBEEUahCSA0UNACABJQEQESETEFQiASATJgEgBEEIahCvAiAEKAIIQQFGBEAgBCgCDCEAIARBATYClAEgBCAANgKYASAEQZgBahDbAgwBCyAEIAE2AkwgBEHMAGoiAxCRAwRAIAQgAyAAQeABaiIBELICNgJQIAQgAzYCVCAEIAE2AlwgBCADNgJYAkACQAJAAkACfgJAAkACQCAEQdAAaiIDIABBgAJqEPYCRQRAIAMgAEH8AWoQ9gINAiADIABBhAJqEPYCDQFBg4CAgHghAAwGCyAEIARBzABqIABB+AFqELICNgJ4QYCAgIB4IQVBgICAgHghBiAEQfgAaiIBEJwDBEAgBEGUAWogARCTAQJAIAQoApQBQYCAgIB4RwRAIAQgBCgCnAE2ApABIAQgBCkClAE3A4gBDAELIARBiAFqIARB+ABqEFELIAQpAowBIRAgBCgCiAEhBgsgAEEIahC9AUUNAkIADAMLIARBlAFqIgIgBEHUAGoiAyAAQewBahDoASAEKAKUASIBQYCAgIB4Rg0GIAQgBCkCmAEiEjcCjAEgBCABNgKIASACIAMgAEHkAWoQ6AEgBCgClAEiAkGAgICAeEcNAyAEQYgBahCaAwwGCyAEQZQBaiIBIARB1ABqIgIgAEHoAWoQ6AEgBCgClAEiA0GAgICAeEYNBSAEIAQpApgBNwJ8IAQgAzYCeCABIAIgAEHkAWoQ6AEgBCgClAEiAkGAgICAeEYEQCAEQfgAahCaAwwGCyAEIAQpApgBIhE3AowBIAQgAjYCiAEgBCAEQcwAaiAAQfABahCyAjYChAEgBEGUAWogBEGEAWoiARBiQYCAgIB4IQAgBCgClAEiB0GAgICAeEYEQCAEQYgBahCaAyAEQfgAahCaAyABENsCDAYLIAQpApgBIhBCIIinIQYgBCgCTCEIIAQoAnghASAEKAJ8IQkgBCgCgAEhBSAEQYQBahDbAiAEQdAAahDbAiAQpyEKQgAhEAwECyAEQeAAaiAEQdQAaiAAQeQBahDoASAEKAJkIQIgBCgCYCEFIAQ1AmgLIREgBEGUAWogBEHUAGoiAyAAQewBahDoASAEKAKcASEHIAQoApgBIQkgBCgClAEhASAEQewAaiADIABB8AFqEOgBQQAgASABQYCAgIB4RiIDGyEAQQEgCSADGyEBQQAgByADGyEJIARB2ABqEPUCIQ4gBDUCbEIghiARhCERIAQoAnQhCiAEKAJwIQcgBEH4AGoQ2wIgEKchCAwBCyASQiCIpyEFIAQpApgBIREgBEHYAGoQ9QIhByASpyEJQYKAgIB4IQALIARB0ABqENsCIARBzABqENsCIABBg4CAgHhGDQMLIAQgDjYCSCAEIAc2AjQgBCARNwIsIAQgAjYCKCAEIAU2AiQgBCAJNgIgIAQgATYCHCAEIAA2AhggBCAIrSAQQoCAgIBwg4Q3AkAgBCAKrSAGrUIghoQ3AjggBCAEKAIQQThqQYCZwAAQmQIgBCgCBCEOIAQoAgAhACMAQeABayIDJAAgAyAALQCcASIFOgAAIANBBGoiCSAEQRhqIgFBNPwKAAAgAygCBCECAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkAgBUEBaw4CAAcBC0EBIAJBgICAgHhzIAJBAE4bQQFrDgICAwELIAJBAEgNBSADIAMoAhg2ArQBIAMgAygCFEEAIAMoAhBBgICAgHhHGzYCsAEgA0GwAWoiAkGElsAAEIYCRQ0IIAMgASgCFDYCQCADIAEpAgw3AzggAyABKQIYIhA3A5ABIAMgASgCICIFNgKYASADIAEoAiw2AqgBIAMgASkCJDcDoAEgAyAFNgK0ASADIAMoApQBQQAgEKdBgICAgHhHGzYCsAEgAkGQlsAAEIYCRQRAIAMoAqABQYCAgIB4Rg0FIANBATYCsAEgAyABQSRqIgEoAgg2ArwBIAMgASkCADcCtAEgACACEEgMBQsgAEIANwMAIABBAToAnAEgACgCUCEBIABBAjYCUCABQQJGDQMgAyAAKQJUNwJIIAMgATYCRCADQoKAgICAgICAgH83ArABIAAgA0HEAGogA0GwAWoQoQEMAwsgAyABKAIMNgJYIAMgASkCBDcDUCADIAEpAhA3A2AgAyABKAIYNgJoIAMgASkCHDcDcCADIAEoAiQ2AnggA0HgAGohAiADQfAAaiEGIAMoAiwhCCMAQdAAayIBJAAgASAINgIMAkACfyADQdAAaiIFKAIEIQsgBSgCCCEMIwBBEGsiByQAIAdBCGogAEGAAWoiCiALIAwQckEAIQsCQCAHKAIIQQFGBEAgBygCDCILIAooAggiDE8NASAKKAIEIAtBHGxqQQxqIQsLIAdBEGokACALDAELIAsgDEGQmMAAEKgBAAsiBwRAIAcgAigCBCACKAIIEIMBIgcEQCAHEKMCIQcgASAINgI4IAEgBzYCNCABIAUoAgg2AhggASAFKQIANwMQIAEgBikCADcCHCABIAYoAgg2AiQgASACKQIANwMoIAEgAigCCDYCMCAAQThqIAFBEGoQ6gEMAgsgAUEQaiIHQfSTwABBJhCJASAHIAIoAgQgAigCCBDLASABIAEoAhg2AkggASABKQIQNwNAIAFBQGtBmpTAAEEBEMsBIAEgASgCSCIINgIYIAEgASkDQDcDECAAIAUoAgQgBSgCCCAGKAIEIAYoAgggAigCBCACKAIIQQAgASABKAIUIAgQSiAHEJoDCyABQQxqENsCIAYQmgMgAhCaAyAFEJoDCyABQdAAaiQAQQEgAygCBCIAQYCAgIB4cyAAQQBOG0EBaw4CBwUJCyADKAIcQYCAgIB4Rg0DIAMgASgCCCIJNgKoASADIAEpAgA3A6ABIAMgASkCGDcDsAEgAyABKAIgIgU2ArgBIAMgASkCJDcDgAEgAyABKAIsNgKIASADKAKkASEBIAMoArQBIQYgAygCNCEIIANBgAFqIQdCACEQIwBB0AFrIgIkACACIAk2AhAgAiABNgIMIAIgCDYCFCAGIAUgACIBKAJsIAAoAnAiABDHAiEJIAIgBSAAazYCBCACIAAgBmpBACAJGzYCAAJAAkAgAigCACIARQ0AIAJBGGohCgJAIAIoAgQiBkEUa0FtSQ0AIAZBAk8EQCMAQRBrIgkkACAJQQA2AgxBMCAJQQxqIgsQaSAJQQE2AgQgCSALNgIAIAAgBiAJKAIAIAkoAgQQxwIgCUEQaiQADQELA0AgBgRAIAAtAABBMGsiCUH/AXFBCk8EQEIAIRAMAwUgEEIKfiAJrUL/AYN8IRAgBkEBayEGIABBAWohAAwCCwALCyAKIBA3AwhCASEQCyAKIBA3AwAgAikDGEIBUg0AIAEoAnwiBkUNACABQfQAaiEJIAIpAyAhECABKAJ4IQpBACEAA0AgBkEBTQRAAkAgCiAAQQZ0aiIGKQMYIBBSDQMgBkEsaiACQQxqEI0CRQ0ADAMLBSAAIAZBAXYiBSAAaiIAIAogAEEGdGopAxggEFYbIQAgBiAFayEGDAELCyACQRhqIQwjAEFAaiIGJAACQCAJKAIIIgogAEsEQCAGIAkoAgQgAEEGdGoiC0HAAPwKAAAgCiAAQX9zakEGdCINBEAgCyALQUBrIA38CgAACyAJIApBAWs2AggMAQsgBkICNwMACwJAIAYpAwBCAlIEQCAMIAZBwAD8CgAAIAZBQGskAAwBCyAAIAkoAghBnJTAABCnAQALIAcoAgBBgICAgHhHBEAgAiAHKAIINgJgIAIgBykCADcDWCACIAIoAkA2AsgBIAIgAikDODcDwAECQAJAIAJBqAFqIgAgAkHYAGoiBSgCBCIGIAUoAggiB0G1l8AAQQ8QuwIEf0EEBSAGIAdBxJfAAEEPELsCRQ0BQQULNgIAIAUQmgMMAQsgAEEGNgIAIAAgBSgCCDYCDCAAIAUpAgA3AgQLIAEgAkHAAWogAEEBIAgQzAEgAkHEAGoQmgMMAgsCQAJAAkACQAJAIAItAFBBAWsOAwMCAQALIAJBqAFqIgkgAkEUaiIAEOkBIAIoAqgBIgpBgICAgHhHBEAgAigCrAEhBSACKAKwASEIIwBBIGsiBiQAIAFBmAFqEKUCIQsgBkEMaiIHIAUgCBCJASAGIAAQXDYCHCAGIAs2AhgjAEEgayIAJAAgAEEANgIIIAAgBykCADcCDCAAIAcpAgg3AhQgACAHKAIQNgIcIABBCGoQngIgAEEgaiQAQQhqEAwhExBUIgAgEyYBIAZBIGokACACIAA2AnggAkH4AGoQowIhBiACQQA2AoQBIAJCgICAgMAANwJ8IAIgBjYCiAEgAiAINgLIASACIAU2AsQBIAIgCjYCwAEgAkH8AGohCCMAQTBrIgYkACAGQQhqIAFBgAFqIgcgAkHAAWoiCigCBCAKKAIIEHICQCAGKAIIQQFGBEAgCSAHIAYoAgxBoJjAABCnAiIHKQIUNwIIIAkgBykCDDcCACAHIAgpAgA3AgwgByAIKQIINwIUIAoQmgMMAQsgBiAKKAIINgIYIAYgCikCADcDECAGIAgpAgA3AhwgBiAIKQIINwIkIAcoAggiCiAHKAIARgRAIwBBEGsiCCQAIAhBCGogByAHKAIAQQFBBEEcEGMgCCgCCCILQYGAgIB4RwRAIAsgCCgCDBDaAgALIAhBEGokAAsgBygCBCAKQRxsaiIIIAYoAig2AhggCCAGKQMgNwIQIAggBikDGDcCCCAIIAYpAxA3AgAgByAKQQFqNgIIIAlBgICAgHg2AgALIAZBMGokACAJEOMCQYKAgIB4IQYMBAsgAkHsAGpBrJTAAEEeEIkBIAJBBjYCaCACIAIoAkA2ArABIAIgAikDODcDqAEgASACQagBaiACQegAakEBIAgQzAEgAkHEAGoQmgMgBygCAEGAgICAeEYNBSAHEJoDDAULIAIgAigCQDYCyAEgAiACKQM4NwPAASACIAg2ArABIAJCgoCAgJCAgICAfzcCqAEgASACQcABaiACQagBahChASACQcQAahCaAwwECyACQcABaiIKIQYjAEEQayIFJAACQCACQRRqIgAoAgAlARAjRQRAIAZBADYCCCAGQoCAgIDAADcCAAwBCyAAKAIAJQEQIiETEFQiACATJgEgBSAANgIAIAUgBSgCACUBEAM2AgwgBUEANgIIIAUgBTYCBCMAQTBrIgAkACAAQQhqIAVBBGoiBxDGAQJAIAAoAghBAUYEQCAAKAIMIQkgAEEEIAcoAggiCCAHKAIEayILQQAgCCALTxtBAWoiCEF/IAgbIgggCEEETRtBBEEEEKMBIAAoAgAhCCAAKAIEIgsgCTYCACAAQQE2AhwgACALNgIYIAAgCDYCFCAAIAcoAgg2AiggACAHKQIANwMgIABBFGohByAAQSBqIQgjAEEQayIJJAADQAJAIAlBCGogCBDGASAJKAIIQQFHDQAgCSgCDCEMIAcoAggiCyAHKAIARgRAIAcgCCgCCCINIAgoAgRrIg9BACANIA9PG0EBaiINQX8gDRsQsQILIAcoAgQgC0ECdGogDDYCACAHIAtBAWo2AggMAQsLIAlBEGokACAGIAAoAhw2AgggBiAAKQIUNwIADAELIAZBADYCCCAGQoCAgIDAADcCAAsgAEEwaiQAIAUQ2wILIAVBEGokACACKALIASEFIAIoAsQBIQAgAiABNgKwASACIAA2AqgBIAIgACAFQQJ0ajYCrAEgAkGcAWohBiMAQTBrIgAkAAJAIAJBqAFqIgUQhQEiBwRAIABBCGpBBEEEQQQQowEgACgCCCEJIAAoAgwiCCAHNgIAIABBATYCHCAAIAg2AhggACAJNgIUIAAgBSgCCDYCKCAAIAUpAgA3AyAgAEEUaiEFIABBIGohCQNAIAkQhQEiCARAIAUoAggiByAFKAIARgRAIAVBARCxAgsgBSgCBCAHQQJ0aiAINgIAIAUgB0EBajYCCAwBCwsgBiAAKAIcNgIIIAYgACkCFDcCAAwBCyAGQQA2AgggBkKAgICAwAA3AgALIABBMGokACAKEPsBIAoQvwEgAigCpAEhBSACKAKgASEAIAIoApwBIQYMAQsgAkHAAWogAkEUahDpAQJAAkAgAigCwAFBgICAgHhGBEBBg4CAgHghBgwBCyACIAIpAsABNwOoASACIAIoAsgBIgA2ArABIAJBjAFqIAFBgAFqIAIoAqwBIAAQWyACQagBahCaA0GDgICAeCEGIAIoAowBQYCAgIB4Rw0BC0EAIQAMAQsgAiACKQKUATcDsAEgAiACKQKMATcDqAEgAigCtAEhBSACQagBahCjA0EBIQALIAIgAigCQDYCyAEgAiACKQM4NwPAASACIAU2ArQBIAIgADYCsAEgAiAGNgKsASACQQI2AqgBIAEgAkHAAWogAkGoAWoQoQEgAkHEAGoQmgMgAkEUahDbAgwBCyAHKAIAQYCAgIB4RwRAIAcQmgMLIAJBFGoQ2wILIAJB0AFqJAAgA0GwAWoQmgMgA0GgAWoQmgNBACEBQQEgAygCBCIAQYCAgIB4cyAAQQBOG0EBaw4CBwQFCyABQRBqIQIgAUEEaiEBAkACQCADQQhqQZiWwAAQmAJFBEAgAyABKAIIIgU2ApgBIAMgASkCADcDkAEgAyACKAIINgKoASADIAIpAgA3A6ABIAMgAygCICIGNgI4AkAgAEGMAWogAygClAEgBRCDASIBBEAgASgCACIBIAEoAgBBAWoiBTYCACAFRQ0DIAMgBjYCxAEgAyABNgLAASADQYSAgIB4NgKwASADIAIoAgg2ArwBIAMgAikCADcCtAEgAEE4aiADQbABahDqAQwBCyADQThqENsCIANBoAFqEJoDCyADQZABahCaAwwCCyADIAEoAgg2AqgBIAMgASkCADcDoAEgAyACKQIANwOwASADIAIoAggiATYCuAEgACECIAMoArQBIQAgAygCICEGIwBBkAFrIgUkACAFIAY2AgQCQCAAIAFByZXAAEEMELsCRQRAIAAgAUHVlcAAQQ4QuwJFDQEgBUEwaiIAIAVBBGoQ6QEgBSgCMEGAgICAeEYNASAFIAUoAjg2AhAgBSAFKQIwNwMIIAUgBUEIajYCMCAFQRRqIAIgAEHklcAAEGsgBSgCHCEBIAUoAhghACAFIAUoAhQ2AiggBSAANgIkIAUgADYCICAFIAAgAUEGdCIGajYCLCAFQdwAaiEHIAVBOGohCANAAkAgBkUNACAFIABBQGsiATYCJCAAKQMAIhBCAlENACAFIBA3AzAgCCAAQQhqQTj8CgAAIAUgACgCKDYCeCAFIAApAiA3A3AgBUEENgKAASACIAVB8ABqIAVBgAFqQQAgBRDMASAHEJoDIAZBQGohBiABIQAMAQsLIAVBIGoQlgEgBUEwaiIHIAJBgAFqIAUoAgwgBSgCEBBbIAcQ4wICfyAFKAIMIQYgBSgCECEIIwBBIGsiACQAIABBCGogAkGMAWoiASAGIAgQcUEAIQYCQCAAKAIIQQFGBEAgACgCDCIGIAEoAggiCE8NASAAIAEoAgQiCiAGQQR0aiIGKQIANwMQIAAgBikCCDcDGCAKIAhBAWsiCEEEdGoiCikCCCEQIAYgCikCADcCACAGIBA3AgggASAINgIIIAAoAhwhBiAAQRBqEJoDCyAAQSBqJAAgBgwBCyAGIAgQpgEACyIABEAgBUGDgICAeDYCMCAFIAA2AjQgAkE4aiAHEOoBCyAFQQhqEJoDDAELIAIgBUEEahBZIgBFDQAgBUGCgICAeDYCMCAFIAA2AjQgAkE4aiAFQTBqEOoBCyAFQQRqENsCIAVBkAFqJAAgA0GwAWoQmgMgA0GgAWoQmgMMAQsAC0EBIAMoAgQiAEGAgICAeHMgAEEAThtBAWsOAgUHBAsgAygCoAFBgICAgHhGDQAgA0GgAWoQmgMLIANBkAFqEOQCIANBOGoQ5AICQEEBIAMoAgQiAEGAgICAeHMgAEEAThtBAWsOAgACAwsgCRCaAyADQTRqENsCDAULQQEgAkGAgICAeHMgAkEAThtBAWsOAgIAAQsgA0EIahCaAyADQRRqEJoDIANBIGoQ2wIMAwsgA0EIahCaAyADQRRqEJoDIANBIGoQmgMgA0EsahDbAgwCCyAJEJoDQQEhAQsgA0EQahDkAgJAAkAgAUUNACADKAIcQYCAgIB4Rg0AIANBHGoQmgMMAQsgAUUNAQsgA0E0ahDbAiADQShqEOQCCyADQeABaiQAIA4gDigCAEEBajYCACAEQRBqEEEMAgsgBEHQAGoQ2wILIARBzABqENsCCyAEQRRqENsCIARBEGoQwAIgBEGgAWokAAuDCwELfwJAAkAgACgCCCIMQYCAgMABcUUNAAJAAkACQAJAIAxBgICAgAFxBEAgAC8BDiIHDQFBACECDAILIAJBEE8EQAJ/AkACQCACIAFBA2pBfHEiBCABayIISQ0AIAIgCGsiB0ECdiILRQ0AIAEgBEcEQCABIARrIgRBfE0EQANAIAMgASAGaiIKLAAAQb9/SmogCkEBaiwAAEG/f0pqIApBAmosAABBv39KaiAKQQNqLAAAQb9/SmohAyAGQQRqIgYNAAsLIAEgBmohCQNAIAMgCSwAAEG/f0pqIQMgCUEBaiEJIARBAWoiBA0ACwsgASAIaiEEAkAgB0EDcSIIRQ0AIAQgB0H8////B3FqIgcsAABBv39KIQUgCEEBRg0AIAUgBywAAUG/f0pqIQUgCEECRg0AIAUgBywAAkG/f0pqIQULIAMgBWohBgNAIAQhBSALRQ0CQcABIAsgC0HAAU8bIg1BA3EhCgJAIA1BAnQiCEHwB3EiA0UEQEEAIQkMAQsgAyAFaiEHQQAhCSAFIQMDQCAJIAMoAgAiBEF/c0EHdiAEQQZ2ckGBgoQIcWogA0EEaigCACIEQX9zQQd2IARBBnZyQYGChAhxaiADQQhqKAIAIgRBf3NBB3YgBEEGdnJBgYKECHFqIANBDGooAgAiBEF/c0EHdiAEQQZ2ckGBgoQIcWohCSADQRBqIgMgB0cNAAsLIAsgDWshCyAFIAhqIQQgCUEIdkH/gfwHcSAJQf+B/AdxakGBgARsQRB2IAZqIQYgCkUNAAsCfyAFIA1B/AFxQQJ0aiIEKAIAIgNBf3NBB3YgA0EGdnJBgYKECHEiBSAKQQFGDQAaIAUgBCgCBCIDQX9zQQd2IANBBnZyQYGChAhxaiIFIApBAkYNABogBSAEKAIIIgNBf3NBB3YgA0EGdnJBgYKECHFqCyIDQQh2Qf+BHHEgA0H/gfwHcWpBgYAEbEEQdiAGaiEGDAELQQAgAkUNARogAkEDcSEJQQAhBCACQQRPBEAgAkF8cSEDA0AgBiABIARqIgUsAABBv39KaiAFQQFqLAAAQb9/SmogBUECaiwAAEG/f0pqIAVBA2osAABBv39KaiEGIAMgBEEEaiIERw0ACyAJRQ0BCyABIARqIQMDQCAGIAMsAABBv39KaiEGIANBAWohAyAJQQFrIgkNAAsLIAYLIQYMBAsgAkUNAyACQQNxIQMgAkEETwRAIAJBDHEhBANAIAYgASAFaiIHLAAAQb9/SmogB0EBaiwAAEG/f0pqIAdBAmosAABBv39KaiAHQQNqLAAAQb9/SmohBiAEIAVBBGoiBUcNAAsgA0UNBAsgASAFaiEFA0AgBiAFLAAAQb9/SmohBiAFQQFqIQUgA0EBayIDDQALDAMLIAEgAmohCEEAIQIgASEFIAchAwNAIAUiBCAIRg0CIAICfyAEQQFqIAQsAAAiBUEATg0AGiAEQQJqIAVBYEkNABogBEEEQQMgBUFvSxtqCyIFIARraiECIANBAWsiAw0ACwtBACEDCyAHIANrIQYLIAYgAC8BDCIDTw0AIAMgBmshBEEAIQZBACEDAkACQAJAIAxBHXZBA3FBAWsOAgABAgsgBCEDDAELIARB/v8DcUEBdiEDCyAMQf///wBxIQcgACgCBCEKIAAoAgAhCANAIAZB//8DcSADQf//A3FJBEBBASEFIAZBAWohBiAIIAcgCigCEBECAEUNAQwDCwtBASEFIAggASACIAooAgwRBQANAUEAIQYgBCADa0H//wNxIQEDQCAGQf//A3EiACABSSEFIAAgAU8NAiAGQQFqIQYgCCAHIAooAhARAgBFDQALDAELIAAoAgAgASACIAAoAgQoAgwRBQAhBQsgBQvpAwEIfyMAQRBrIgYkAAJ/AkAgA0EBcUUEQCACLQAAIgQNAUEADAILIAAgAiADQQF2IAEoAgwRBQAMAQsgASgCDCEKA0AgAkEBaiEFAkACQAJAAkAgBMBBAEgEQCAEQYABRg0BIARBwAFHDQMgBiABNgIEIAYgADYCACAGQqCAgIAGNwIIIAMgB0EDdGoiAigCACAGIAIoAgQRAgBFDQJBAQwGCyAAIAUgBCAKEQUARQRAIAQgBWohAgwEC0EBDAULIAAgAkEDaiIFIAIvAAEiAiAKEQUARQRAIAIgBWohAgwDC0EBDAQLIAdBAWohByAFIQIMAQtBoICAgAYhCyAEQQFxBEAgAigAASELIAJBBWohBQtBACEJAn8gBEECcUUEQEEAIQggBQwBCyAFLwAAIQggBUECagshAiAEQQRxBEAgAi8AACEJIAJBAmohAgsgBEEIcQRAIAIvAAAhByACQQJqIQILIARBEHEEQCADIAhBA3RqLwEEIQgLIAYgBEEgcQR/IAMgCUEDdGovAQQFIAkLOwEOIAYgCDsBDCAGIAs2AgggBiABNgIEIAYgADYCAEEBIAMgB0EDdGoiBSgCACAGIAUoAgQRAgANAhogB0EBaiEHCyACLQAAIgQNAAtBAAsgBkEQaiQAC+UFAgt/AX4jAEGwAWsiASQAIABBkAJqIQUgAEEwaiEJIAFBKGohBiABQfQAaiEHA0ACQCABQRhqIAlB+I7AABCZAiABKAIcIQggAUEgaiECAkAgASgCGEEoaiIEKAIMIgMgBCgCCCIKTwRAIAJBAzYCAAwBCyAEIANBAWoiCzYCDCAEKAIEIANBBXRqIgMpAgAhDCADQQM2AgAgAiAMNwIAIAIgAykCCDcCCCACIAMpAhA3AhAgAiADKQIYNwIYIAogC0YEQCAEEM8BCwsgCCAIKAIAQQFqNgIAAkACQAJAIAEoAiBBAmsOAgIAAQsgAUGwAWokAA8LIAEgASkCODcDWCABIAEpAjA3A1AgASABKQIoNwNIIAEgASkCIDcDQCAFKAIAIgJB/////wdPDQEgACACQQFqNgKQAiAAKAKUAiIEBEAgACgCmAIhAyABIAEpAjg3A3ggASABKQIwNwNwIAEgASkCKDcDaCABIAEpAiAiDDcDYCABIAYoAgg2AogBIAEgBikCADcDgAEgDKdBAUYEQCABIAEoAmQ2AowBIAFBoAFqIAFBjAFqEJMBIAFBgAFqAn8gASgCoAFBgICAgHhHBEAgASABKQKgATcDkAEgASABKAKoASICNgKYASABKAKUAQwBC0EAIQIgAUEANgKYASABQoCAgIAQNwOQAUEBCyACEMsBIAFBkAFqEJoDIAFBjAFqENsCCyABQQhqIAcpAgQ3AwAgAUGAAWogASgCCCABKAIMEMsBIAEgASgCiAE2AqgBIAEgASkDgAE3A6ABIAcQ5AIgBCABKAKkASABKAKoASADKAIMEQMAIAFBoAFqEJoDIAUgBSgCAEEBazYCAAwDCyAFIAI2AgAgAUFAaxDUAgwCCyABQRBqIAVBmI/AABCdAiABKAIUIQIgASgCECIEKAIAIgMEQCADIAQoAgQoAhARAAALIAIgAigCAEEBajYCAAwBCwtBiI/AABCIAgALpgQCBH8EfiMAQfAAayIMJABBASEOAkACfgJAIAEtAJwBQQFGBEAgASABKQNIIhJCAXw3A0ggDEEMaiINIAFB6ABqEJ4BIA0gEhBmIAxBMGoiDUH3icAAQQcQ/QEgDEEkaiIPIA1B3YjAAEEEIAQgBRCzAiANIA9B4YjAAEECIAIgAxCzAiAPIA1B54jAAEECIAwoAhAgDCgCFBCzAiAPQemIwABBBBCRAiAMIAwoAiw2AiAgDCAMKQIkNwMYIAYoAgQhBCAGKAIAIgUEQCAMQRhqIAUgBBDLAUEAIQ4LIAwgDCgCIDYCQCAMIAwpAxg3AjggDEHIlcAANgJIIAxBgICAgHg2AkQgDCAENgI0IAwgDjYCMCAMQQE2AkwgAUEoaiAMQTBqEKwBIAsgCiABKAIkIAlBAXEbIgStfCELIAEpAxghECABKQMQIhEgASgCICAJcq0iE4OnDQEgECALIBGnIgUbIRBCASATIAUbDAILIABBAjYCDCAAIAgoAgg2AgggACAIKQIANwIAIAYoAgANAiAGQQRqENsCDAILIAsgECALIBBUGyEQQgELIREgASAQNwMYIAEgETcDECAMQdwAaiACIAMQiQEgDCAHOgBoIAwgEjcDSCAMIAQ2AkAgDCALNwM4IAwgEzcDMCAMIAgpAgA3A1AgDCAIKAIINgJYIAFB9ABqIAxBMGoQ4AEgAEECNgIAIAxBDGoQmgMLIAxB8ABqJAAL2AMBCn8gAEEiEJQBIAEgAmohDCABIQUgAAJ/A0BBACEHAkACQAJAAkACQAJAA0ACQAJAIAwgBSAHIgRqIgpHBEBBAiELQQAhBwJAIAotAAAiCEEJaw4FCAYDAwcACyAIQSJHDQFB8JfAACEGDAgLAkAgA0UNACACIANNBEAgAiADRg0BDAoLIAEgA2osAABBQEgNCQsgAiADayEEIAEgA2oMCgsgCEHcAEYNAgtBASEGIARBAWohByAIQSBPDQALQQAhC0EBIQcMBAtB8pfAACEGDAMLQfSXwAAhBgwCC0H2l8AAIQYMAQtB+JfAACEGC0EAIQkCQCADIAMgBGoiBUsNAAJAIANFDQAgAiADTQRAIAIgA0cNAgwBCyABIANqLAAAQb9/TA0BCwJAIAVFDQAgAiAFTQRAIAIgA2sgBEYNAQwCCyABIANqIARqLAAAQUBIDQELIAEgA2ohCQsgBUEBaiEDIApBAWohBSAAIAlBASAJGyAEQQAgCRsQywEgB0UEQCAAIAYgCxDLAQwCCyAAQfqXwABBBBDLASAAIAhBBHYtAP6XQBCUASAAIAhBD3EtAP6XQBCUAQwBCwtBAAsiAUEBIAEbIARBACABGxDLASAAQSIQlAEL0QkCDn8BfiMAQYABayIDJAAgAC0AnAEhDiAAQQI6AJwBAkAgDkECRwRAIABBKGoiAhDPASADQQI2AiAgAiADQSBqIgQQrAEgAEGAAWoiBSgCCCECIAVBADYCCCAFKAIEIQUDQCACBEAgAkEBayECIAUQ/QIgBUEcaiEFDAELCyAAQgA3AwAgAEIANwMQIAAoAlAhDCAAQQI2AlAgDEECRwRAIAMgACkCVDcCCCADIAw2AgQgAyABKQIINwMoIAMgASkCADcDICAAIANBBGogBEEAIAMQzAELIAAoAnwhBSAAQQA2AnwgACgCdCEGIAAoAnghAiAAQoCAgICAATcCdCADIAIgBUEGdCIEajYCHCADIAY2AhggAyACNgIUIAMgAjYCECADQcwAaiEGIANBKGohCANAAkAgBEUNACADIAJBQGsiBTYCFCACKQMAIhBCAlENACADIBA3AyAgCCACQQhqQTj8CgAAIAMgAigCKDYCaCADIAIpAiA3A2AgA0ECNgJwIAAgA0HgAGogA0HwAGpBACADEMwBIAYQmgMgBEFAaiEEIAUhAgwBCwsgA0EQahCWASMAQSBrIg8kACMAQRBrIgUkACAFQQhqIgIgAEGMAWoiBCgCCCIINgIEIAJBADYCACAFKAIMIQYgBCAFKAIIIgc2AgggD0EMaiICIAY2AgwgAiAENgIIIAIgCCAGazYCECACIAQoAgQiBCAGQQR0ajYCBCACIAQgB0EEdGo2AgAgBUEQaiQAIwBBIGsiBiQAIAZBCGogAigCBCACKAIAa0EEdkEEQQQQowEgBkEANgIcIAYgBikDCDcCFCMAQRBrIggkACAGQRRqIgUgAigCBCACKAIAa0EEdhCxAiAFKQIEIRAgCCAFQQhqNgIEIAggEEIgiTcCCCMAQTBrIgUkACAFIAIpAgAiEDcDCCAFIAIoAhA2AhggBSACKQIINwMQIAhBBGoiAigCCCACKAIEIgRBAnRqIQcgBUEkaiEJIAIoAgAgEKchAiAFKAIMIQ0CQANAIAIgDUYNASACKAIAIgpBgICAgHhHBEAgCSACQQxqKAIANgIIIAkgAkEEaikCADcCACAFIAo2AiAgBSgCLCEKIAVBIGoQmgMgByAKNgIAIAdBBGohByAEQQFqIQQgAkEQaiECDAELCyACQRBqIQILIAUgAjYCCCAENgIAIwBBEGsiByQAIAVBCGoiBCgCBCEJIAQoAgAhAiAEQoSAgIDAADcCACAHIAQ2AgwCQCACIAlGDQAgCSACa0EEdiEEA0AgBEUNASAEQQFrIQQgAhD7AiACQRBqIQIMAAsACyAHQQxqKAIAIgIoAhAiBARAIAIoAgwiDSACKAIIIgkoAggiC0cEQCAEQQR0IgQEQCAJKAIEIgogC0EEdGogCiANQQR0aiAE/AoAAAsgAigCECEECyAJIAQgC2o2AggLIAdBEGokACAFQTBqJAAgCEEQaiQAIANB8ABqIgIgBigCHDYCCCACIAYpAhQ3AgAgBkEgaiQAIA9BIGokAAJAIA5BAUcEQCACEJ8DDAELIAMgAygCeDYCLCADIAMpAnA3AiQgA0GGgICAeDYCICAAQThqIANBIGoQ6gELIAxBAkcNAQsgARCkAgsgA0GAAWokAAulBAIJfwF+IwBB8ABrIgQkACAEQTxqIAMQaCAEIAQpAkA3A1ggBCAEKAJINgJgQQEhBSAEKAJMIQMCQCAEKAI8QQFGBEAgBCAEKAJgNgIoIAQgBCkDWDcDICAEIAM2AiwgBCAEQSBqEOMBIAQoAgQhAwwBCyAEIAQoAmA2AhggBCAEKQNYNwMQIAQgAzYCHCAEIAJB54jAAEECEN0BNgJYIARBPGoiBiAEQdgAaiIHEJMBIAQoAjxBgICAgHhHBEAgBCAEKAJENgI4IAQgBCkCPDcDMCAHENsCIAQgBCgCGDYCYCAEIAQpAxA3A1ggBEEIaiABKAIAIgpBOGpB5IzAABCZAiAEKAIMIQggBCgCCCEJIAQQmgIiDTcDaCAEIAk2AmQgBCgCNCELIAQoAjghDCMAQSBrIgIkACACQQxqIgVB1ZTAAEEGEIkBIAUgCyAMEEcgBUH9ABCUASACIAIpAhA3AhggBiAJQeWTwABBBkHblMAAQQwgAkEYakEBIAdBACACIA0QRiAFEJoDIAJBIGokACAIIAgoAgBBAWo2AgACQCAEKAI8QQJHBEAgBiAEQcgAahCrAQwBCyAKQQhqEEUgARBPCyAEQTBqEJoDQQAhBQwBCyAEQdgAahDbAiAEQUBrQemSwABBHBCJASAEQQA2AjwgBEE8ahD6AiEDIARBHGoQ2wIgBEEQahC6AgsgACADNgIEIAAgBTYCACAEQfAAaiQAC7gDAQN/IwBB0ABrIgskACALIAg2AgwgCyAHNgIIAkACfwJAAkAgAC0AnAFBAUcNACAAQYABaiABIAIQ/AFFDQAgC0EwaiIMQf6JwABBCBD9ASALQSBqIg0gDEHdiMAAQQQgBSAGELMCIAwgDUHjiMAAQQQgASACELMCIAxB54jAAEECEJECIAwgAyAEEMsBIA0gDCgCCDYCCCANIAwpAgA3AgAgDUHpiMAAQQQQkQIgCyALKAIoNgIYIAsgCykCIDcDEEEBIQICQCAHQQFxBEAgCUUNASAMIAkgChC5AQwDCyAJBEAgC0EQakGLisAAQQQQywEgCyALKAIYNgIoIAsgCykDEDcDICALQTBqIAkgChC5ASALIAspAyA3AxAgCyALKAIoNgIYDAMLIAtBEGpBi4rAAEEEEMsBC0GAgICAeCEJQciVwAAMAgsgC0EIahDdAgwCCyALKAI4IQIgCygCMCEJIAsoAjQLIQEgCyALKAIYNgJAIAsgCykDEDcCOCALIAI2AkwgCyABNgJIIAsgCTYCRCALIAg2AjQgCyAHNgIwIABBKGogC0EwahCsAQsgC0HQAGokAAuuAgEEfyMAQTBrIgMkACADIAEQcDYCHAJAIAAoAgAiBkEBRgRAIAMgACgCCDYCICACEJQDRQRAIANB6YjAAEEEEOACNgIsIANBJGoiASADQRxqIANBLGoiBCACEIsBIAEQ3gIgBBDbAgsgA0GBCDYCLCADQQhqIANBIGoiBCADQSxqIgUgA0EcahCNASADIAMoAgwiATYCKCADIAMoAggiAjYCJAwBCyADIAAoAgQ2AiAgA0GBCDYCLCADQRBqIANBIGoiBCADQSxqIgUgA0EcaiACEIcBIAMgAygCFCIBNgIoIAMgAygCECICNgIkCyAFENsCIAQQ2wICQCACQQFxBEAgARDYAQwBCyADQShqENsCCyADQRxqENsCIAYEQCAAQQRqENsCCyADQTBqJAALmgcCCX8BbyMAQUBqIgUkACAFIAM2AiAgBSACNgIcIAVBEGogAUHkkMAAEJ0CIAUoAhAiCSgCCCEBIAUoAhQhDCAFIAkoAgQiAjYCNCAFIAIgAUEUbGo2AjggBSAFQRxqIgo2AjwgBUEkaiEDIwBBMGsiASQAIAFBCGogBUE0aiICEHMCQCABKAIIQQFGBEAgASgCDCEGIAFBBEEEQQQQowEgASgCACEHIAEoAgQiCCAGNgIAIAFBATYCHCABIAg2AhggASAHNgIUIAEgAigCCDYCKCABIAIpAgA3AyAgAUEUaiECIAFBIGohCCMAQRBrIgYkAANAAkAgBkEIaiAIEHMgBigCCEEBRw0AIAYoAgwhCyACKAIIIgcgAigCAEYEQCACQQEQsQILIAIoAgQgB0ECdGogCzYCACACIAdBAWo2AggMAQsLIAZBEGokACADIAEoAhw2AgggAyABKQIUNwIADAELIANBADYCCCADQoCAgIDAADcCAAsgAUEwaiQAIwBBEGsiCCQAIAggCjYCDEEAIQEjAEEQayIHJAAgByAIQQxqNgIMAkAgCSgCCCIKRQ0AIAkoAgQiCyEGA0AgB0EMaiAGEK4CBEAgBkEUaiEGIAogAUEBaiIBRw0BDAILCyAGEP4CIAtBFGohDSABIQMDQCABQQFqIQIgDSABQRRsaiEGA0AgAiAKTwRAIAkgAzYCCAwDCyAHQQxqIAYQrgJFBEAgAkEBaiECIAYQ/gIgBkEUaiEGDAELCyALIANBFGxqIgEgBigCEDYCECABIAYpAgg3AgggASAGKQIANwIAIANBAWohAyACIQEMAAsACyAHQRBqJAAgCEEQaiQAIAwgDCgCAEEBajYCACAFKAIsQQJ0IQMgBSgCKCECA0ACQAJAIAMEQCAFQYEINgI0IwBBEGsiASQAIAIoAgAlASAFQTRqIgkoAgAlASAEKAIAJQEQCCEOEFQiByAOJgEgAUEIahCvAkEBIQYgBUEIaiIIAn8gASgCCEEBRgRAIAEoAgwMAQtBACEGIAcLNgIEIAggBjYCACABQRBqJAAgBSgCDCEBIAUoAghBAXFFDQIgAEEBOgAAIAAgATYCBCAJENsCDAELIABBADoAACAAIAUoAixBAEc6AAELIAVBJGoiABD7ASAAEJ0DIAVBQGskAA8LIAUgATYCMCADQQRrIQMgAkEEaiECIAVBMGoQ2wIgBUE0ahDbAgwACwAL6gUCCn8BfiMAQRBrIgYkAEEKIQIgACgCACIEIQAgBEHoB08EQANAIAZBBmogAmoiA0EEayAAIgUgAEGQzgBuIgBBkM4AbGsiB0H//wNxQeQAbiIIQQF0LwCYn0A7AAAgA0ECayAHIAhB5ABsa0H//wNxQQF0LwCYn0A7AAAgAkEEayECIAVB/6ziBEsNAAsLIABBCUsEQCACQQJrIgIgBkEGamogACAAQf//A3FB5ABuIgBB5ABsa0H//wNxQQF0LwCYn0A7AAALQQAgBCAAG0UEQCACQQFrIgIgBkEGamogAEEBdC0AmZ9AOgAACwJ/IAZBBmogAmohB0EAIQRBK0GAgMQAIAEoAggiA0GAgIABcSIAGyEIIANBgICABHFFRSEKAkBBCiACayILIABBFXZqIgAgAS8BDCIFSQRAAkACQCADQYCAgAhxRQRAIAUgAGshBUEAIQACQAJAAkAgA0EddkEDcUEBaw4DAAEAAgsgBSEADAELIAVB/v8DcUEBdiEACyADQf///wBxIQkgASgCBCEDIAEoAgAhAQNAIARB//8DcSAAQf//A3FPDQJBASECIARBAWohBCABIAkgAygCEBECAEUNAAsMBAsgASABKQIIIgynQYCAgP95cUGwgICAAnI2AghBASECIAEoAgAiAyABKAIEIgkgCCAKEN8BDQMgBSAAa0H//wNxIQADQCAEQf//A3EgAE8NAiAEQQFqIQQgA0EwIAkoAhARAgBFDQALDAMLQQEhAiABIAMgCCAKEN8BDQIgASAHIAsgAygCDBEFAA0CQQAhBCAFIABrQf//A3EhAANAIARB//8DcSIFIABJIQIgACAFTQ0DIARBAWohBCABIAkgAygCEBECAEUNAAsMAgsgAyAHIAsgCSgCDBEFAA0BIAEgDDcCCEEADAILQQEhAiABKAIAIgAgASgCBCIBIAggChDfAQ0AIAAgByALIAEoAgwRBQAhAgsgAgsgBkEQaiQAC/8CAQZ/IwBBMGsiAyQAIAEoAgAiAUEAOgAcIAMgAjYCGCABKAIIQf////8HSQRAIAFBCGohBiABKAIYIQICQANAIAJFDQEgA0EQaiAGQbScwAAQnQIgAygCFCEEIAMoAhAiASgCDCIFBH8gASAFQQFrNgIMIAEgASgCCCIFQQFqIgcgASgCACIIQQAgByAITxtrNgIIIAEoAgQgBUECdGooAgAFQQALIgEEQCADIAE2AhwgBCAEKAIAQQFqNgIAIANBCGogAygCHCIFQQhqQZScwAAQnQIgAygCDCEEAkAgAygCCCIBKAIARQ0AIAVBADoAHCADQQA2AiggAyABQQhqIgU2AiQgAyAFNgIgIAEoAgAgA0EgaiABKAIEKAIMEQIADQAgARDIAiABQQA2AgALIAQgBCgCAEEBajYCACACQQFrIQIgA0EcahDEAgwBCwsgBCAEKAIAQQFqNgIACyADQRhqENsCIABBADYCACADQTBqJAAPC0GknMAAEIgCAAuqBAMHfwJ+AW8jAEFAaiIBJAAgAUEQaiAAKAIAIgJBOGpB6I/AABDuASABKAIQIgApAxghCCAAKAIQIQAgASgCFCIDIAMoAgBBAWs2AgAgAUEIaiACQQhqQfiPwAAQmQIgASgCDCEHAkACQAJ/AkACQCABKAIIIgMoAghBAkcEQCAARQ0CIAMpAwAgCFINAQwECyAARQ0DCyACIAIoAgRBAWoiADYCBCAARQ0DQv////8HIAgQmgJ9IglCACAIIAlaGyIJIAlC/////wdaG6chBiMAQRBrIgAkACMAQRBrIgQkAEEEQQQQ0gIiBSACNgIAIARBCGoiAkGsgcAANgIEIAIgBTYCACAEKAIIQayBwAAQPyEKEFQiBSAKJgEgBEEQaiQAIAAgBTYCDCMAQRBrIgIkACAAQQxqKAIAJQEgBhAcIQoQVCIGIAomASACQQhqEK8CQQEhBCAAAn8gAigCCEEBRgRAIAIoAgwMAQtBACEEIAYLNgIEIAAgBDYCACACQRBqJAAgACgCBCEEIAAoAgBBAUYEQEGCmsAAQTEQpgMACyABQTBqIgIgBTYCDCACQQE2AgggAiAENgIEIAJBATYCACAAQRBqJAAgASABKQI0NwMYIAEgASgCPDYCICABKAIwDAELQQILIQAgAxDmASADIAA2AgggAyAINwMAIAMgASkDGDcCDCADIAEoAiA2AhQLIAcgBygCAEEBajYCACABQUBrJAAPCwALrwIBAn8jAEFAaiICJAAgAiABEJwBIAIgAigCBCIBNgIMIAIgAigCACIDNgIIAkAgA0EBRgRAIAIgATYCECACQRRqIgFBj4rAAEEdEIkBIAIgAkEQakHwicAAQQcQ3QE2AjwgAkEwaiACQTxqEJMBIAECfyACKAIwQYCAgIB4RwRAIAIgAikCMDcDICACIAIoAjgiATYCKCACKAIkDAELQQAhASACQQA2AiggAkKAgICAEDcDIEEBCyABEMsBIAAgAigCHDYCDCAAIAIpAhQ3AgQgAEEANgIAIAJBIGoQmgMgAkE8ahDbAiACQRBqENsCDAELIAJBDGoiAxCSAwRAIABBCDYCACAAIAE2AgQMAQsQrgMhASAAQQg2AgAgACABNgIEIAMQ2wILIAJBQGskAAu4AwIFfwFvIwBBMGsiAiQAIAIgAUHwicAAQQcQ3QE2AiwgAkEgaiACQSxqEJMBAkAgAigCIEGAgICAeEcEQCACIAIoAig2AhggAiACKQIgNwMQDAELIAJBEGogARCTASACQSBqEOQCCwJAIAIoAhBBgICAgHhHBEAgAiACKAIYNgIoIAIgAikDEDcDIAwBCyABKAIAJQEQCiEHEFQiAyAHJgEgAkEIahCvAkEBIQECfyACKAIIQQFGBEAgAigCDAwBC0EAIQEgAwshAyACIAEgAxC7AQJAIAIoAgBBAUYEQCACKAIEIQMjAEEQayIBJAAgASADNgIMIAJBIGohBCMAQRBrIgUkACAFQQRqIgMgAUEMaiIGEJMBAkAgAygCAEGAgICAeEcEQCAEIAMoAgg2AgggBCADKQIANwIADAELQdScwABBMRCmAwALIAVBEGokACAGENsCIAFBEGokAAwBCyACQYCAgIB4NgIgCyACQRBqEOQCCwJAIAIoAiBBgICAgHhHBEAgACACKAIoNgIIIAAgAikDIDcCAAwBCyAAQe2IwABBBRCJAQsgAkEsahDbAiACQTBqJAALiAIBBn8gACgCCCIEIQICf0EBIAFBgAFJDQAaQQIgAUGAEEkNABpBA0EEIAFBgIAESRsLIgYgACgCACAEa0sEfyAAIAQgBhBsIAAoAggFIAILIAAoAgRqIQICQCABQYABTwRAIAFBP3FBgH9yIQUgAUEGdiEDIAFBgBBJBEAgAiAFOgABIAIgA0HAAXI6AAAMAgsgAUEMdiEHIANBP3FBgH9yIQMgAUH//wNNBEAgAiAFOgACIAIgAzoAASACIAdB4AFyOgAADAILIAIgBToAAyACIAM6AAIgAiAHQT9xQYB/cjoAASACIAFBEnZBcHI6AAAMAQsgAiABOgAACyAAIAQgBmo2AghBAAuUAgEEfyMAQTBrIgAkACAAQSBqQbiawAAQ2gEgACgCICEBIAAgACgCJCICNgIsIAAgATYCKEEBIQMgAUEBRwRAIABBGGpBwJrAABDaASAAKAIcIQIgACgCGCEDIABBKGoQ3QILIAAgAzYCKCAAIAI2AixBASEBIANBAUcEQCAAQRBqQbSawAAQ2gEgACgCFCECIAAoAhAhASAAQShqEN0CCyAAIAE2AiggACACNgIsQQEhAyABQQFHBEAgAEEIakG8msAAENoBIAAoAgwhAiAAKAIIIQMgAEEoahDdAgtBgAghASADQQFGBEAgACACNgIoIABBKGoiARCUAwR/IAEQ2wJBgAgFIAILIQELIABBMGokACABC68EAQt/IwBBEGsiBiQAAkBB0KLAACgCAA0AQdCiwABBfzYCAEHgosAAKAIAIgJB3KLAACgCACIARgRAIAIiAEHUosAAKAIAIgFGBEDQb0GAASAAIABBgAFNGyIH/A8BIgFBf0YNAgJAQeSiwAAoAgAiAEUEQEHkosAAIAE2AgAMAQsgACACaiABRw0DCyMAQRBrIgQkACAEQQhqIQlB3KLAACgCACEAQQQhASMAQRBrIgUkAEHUosAAKAIAIABrIAdPBH9BgYCAgHgFIAVBCGohCiMAQRBrIgMkAAJ/QQAgACAHaiIBIAdJDQAaIANBBGpB1KLAACABQQRBBBBaIAMoAgRBAUYEQCADKAIMIQggAygCCAwBCyADKAIIIQBB1KLAACABNgIAQdiiwAAgADYCAEGBgICAeAshACAKIAg2AgQgCiAANgIAIANBEGokACAFKAIMIQEgBSgCCAshACAJIAE2AgQgCSAANgIAIAVBEGokACAEKAIMIQggBkEIaiIAIAQoAgg2AgAgACAINgIEIARBEGokACAGKAIIQYGAgIB4Rw0CQdSiwAAoAgAhAUHcosAAKAIAIQALIAAgAU8NAUHYosAAKAIAIABBAnRqIAJBAWo2AgBB3KLAACAAQQFqIgA2AgALIAAgAk0NAEHgosAAQdiiwAAoAgAgAkECdGooAgA2AgBB0KLAAEHQosAAKAIAQQFqNgIAQeSiwAAoAgAgBkEQaiQAIAJqDwsAC/kHAgl/BH4jAEFAaiIDJAAgACgCACEEIABBADYCACAEBEAgAyAENgIYIANBGGoQ1AEiAARAIAMgADYCHCADQRBqIABBCGpBuI/AABCZAiADKAIUIQEgAygCECIEKQMIIQogBEECNgIIIAQpAwAhCyAEKQMQIQwgASABKAIAQQFqNgIAIAMgDDcDMCADIAo3AyggAyALNwMgIANBCGogAEE4akHIj8AAEJkCIAMoAgwhBiADKAIIIQIQmgIhCkIAIQsjAEGQAWsiASQAIAEgCjcDCAJAAkACQAJAIAItAJwBDgMAAQMBCyACKQMAQgFSDQAgAikDCCAKWA0BCyABIAFBCGo2AjAgAUEUaiACIAFBMGpB6JTAABBrIAEoAhwhBCABKAIYIQAgASABKAIUNgIoIAEgADYCJCABIAA2AiAgASAAIARBBnQiBWo2AiwgAUHcAGohByABQThqIQgDQAJAIAVFDQAgASAAQUBrIgQ2AiQgACkDACIKQgJRDQAgASAKNwMwIAggAEEIakE4/AoAACABKAJAIQkgASAAKAIoNgJ4IAEgACkCIDcDcCABQQM2AoABIAEgCUEAIAqnQQFxGzYChAEgAiABQfAAaiABQYABakEAIAEQzAEgBxCaAyAFQUBqIQUgBCEADAELCyABQSBqEJYBIAIoAnxBBnQhBSACKAJ4IQACQANAIAVFDQEgBUFAaiEFIAApAwAhCiAAQUBrIQAgCkIBUg0ACyAAQThrKQMAIQpCASELIAVFDQAgBUEGdiEFA0AgCiAAQQhqKQMAIgwgCiAMVBsgCiAAKAIAGyEKIABBQGshACAFQQFrIgUNAAsLIAIpAwghDAJ+IAIpAwAiDSALg1AEQCAKIAwgC6ciABshCkIBIA0gABsMAQsgDCAKIAogDFYbIQpCAQshCyACIAo3AxggAiALNwMQDAELIAFBAzYCMCABIAIoAiRBACACKAIgGzYCNCACIAFBMGoQSAsgAUGQAWokACAGIAYoAgBBAWo2AgAgA0EcahBBIANBADoAOCMAQTBrIgAkACAAQgA3AhggAEEBOgAsIABBGGoQngIiBCAEKAIAQQFqIgE2AgAgAUUEQAALIABBEGogBBDnAiAAKQMQIQpBCEEgENICIgEgA0EgaiICKQMYNwMYIAEgAikDEDcDECABIAIpAwg3AwggASACKQMANwMAIABBCGogBEEIahCcAiAAKAIMIQUgACgCCCICELcBIAIgCjcCCCACQaCJwAA2AgQgAiABNgIAIAUgBSgCAEEBajYCACAEEKQDIABBMGokACADQRxqEMACCyADQRhqEI4CIANBQGskAA8LQcCBwABBHBCmAwALjQIBAX8CQCAAKAIAIgFBh4CAgHhGDQACQAJAAkACQAJAAkBBASABQYCAgIB4cyABQQBOGw4GAQIDBAUGAAsgAEEEahCfAw8LIABBBGoQugIgACgCEEECRgRAAkACQAJAAkBBBCAAKAIUIgFBgICAgHhzIAFBAE4bDgQJAQIDAAsgAEEUahCfAw8LIABBGGoQ2wIPCyAAQRhqENsCDwsgAEEYahDdAg8LIABBGGoQpAIgAEEQahDdAg8LIABBJGoQ2wIgABCaAyAAQQxqEJoDIABBGGoQmgMgAEEoahDbAg8LIABBBGoQwQIPCyAAQQRqEMECDwsgAEEQahDBAiAAQQRqEJoDIABBFGoQ2wILC7YDAQN/IABB0AFqEI4CIABBlAFqEJoDIAAoAogBQQJHBEAgAEGIAWoQugILIABBoAFqEJoDIABBrAFqEKADIABBuAFqIgMiASgCCCECIAEoAgQhAQNAIAIEQCACQQFrIQIgARD9AiABQRxqIQEMAQsLIANBBEEcENEBIABBxAFqIgMiASgCCCECIAEoAgQhAQNAIAIEQCACQQFrIQIgARD7AiABQRBqIQEMAQsLIAMQogMgAEHgAGoiAyIBKAIIIQIgASgCBCEBA0AgAgRAIAJBAWshAiABEOICIAFBIGohAQwBCwsgA0EEQSAQ0QEgAEHwAGoiAyIBKAIIIQIgASgCBCEBA0AgAgRAIAJBAWshAiABEFYgAUEsaiEBDAELCyADQQRBLBDRASAAQZQCahDzAiAAQQhqEOYBIABB2AFqENsCIABB3AFqENsCIABB4AFqENsCIABB5AFqENsCIABB6AFqENsCIABB7AFqENsCIABB8AFqENsCIABB9AFqENsCIABB+AFqENsCIABB/AFqENsCIABBIGoQ9AIgAEGEAmoQ2wIgAEGIAmoQ2wIgAEGMAmoQ2wIL5gEBBn8jAEEgayICJAACQCAAKAIAIgZBAUYEQCACIAAoAgQ2AhwgAkGBCDYCECACIAJBHGoiBCACQRBqIgUgARCNASACKAIEIQMgAigCACEBDAELIAIgACgCBDYCGCACQYEINgIcIAJBgQg2AhAgAkEIaiACQRhqIgQgAkEcaiIFIAJBEGoiByABEIcBIAIoAgwhAyACKAIIIQEgBxDbAgsgBRDbAiAEENsCIAIgATYCECACIAM2AhQCQCABQQFGBEAgAxDYAQwBCyACQRRqENsCCyAGBEAgAEEIahDbAgsgAkEgaiQAC/MEAwZ/AX4BbyMAQSBrIgMkACADQRBqIAEQ6QECQAJAIAMoAhAiAkGAgICAeEYEQEEAIQEMAQsgAyADKQIUIgg3AgQgAyACNgIAIABBjAFqIgQgCKciBSAIQiCIpyIGEIMBIgIEQCACKAIAIgEgASgCAEEBaiIANgIAIABFDQIgAxCaAwwBCyMAQUBqIgIkACAAQZgBahClAiEAIAJBFGoiByAFIAYQiQEgARBcIQEgAkKAgICAgIABNwI4IAJCBDcCMCACQgA3AiggAiABNgIkIAIgADYCIEEEQTQQ0gIiAUKBgICAEDcCACABQQhqIAdBLPwKAAAgASABKAIAQQFqIgA2AgAgAEUEQAALIAEQjQMQDSEJEFQiBSAJJgEgAkEIaiABQSxqQcCYwAAQnQIgAigCDCEAIAIoAggiBhDbAiAGIAU2AgAgACAAKAIAQQFqNgIAIAJBQGskACADKQIAIQggAygCCCEAIAEgASgCAEEBaiICNgIAIAMgADYCGCADIAg3AxAgAkUNASADAn8jAEEQayIAJAAgAEEIaiAEIANBEGoiAigCBCACKAIIEHECQAJAIAAoAghBAUYEQCAAKAIMIgUgBCgCCCIGTw0CIAQoAgQgBUEEdGoiBSgCDCEEIAUgATYCDCACEJoDDAELIAQoAggiBSAEKAIARgRAIAQQwAELIAQoAgQgBUEEdGoiBiACKAIINgIIIAYgAikCADcCACAGIAE2AgwgBCAFQQFqNgIIQQAhBAsgAEEQaiQAIAQMAQsgBSAGQaCYwAAQqAEACyIANgIMIABFDQAgA0EMahDBAgsgA0EgaiQAIAEPCwAL5gECA38BfiMAQSBrIgUkAEEBIQdBBCEGAkACQCAErSACrX4iCEIgiKcNACAIpyICQYCAgIB4IANrSw0AIAVBFGogASADIAQQxQECfyAFKAIYBEAgBSgCHCIBRQRAIAVBCGogAyACEPMBIAUoAgghBCAFKAIMDAILIAUoAhQgASADIAIQ+AIhBCACDAELIAUgAyACEPMBIAUoAgAhBCAFKAIECyAERQRAIAAgAzYCBEEIIQYMAgsgACAENgIEQQAhB0EIIQYhAgwBC0EAIQILIAAgBmogAjYCACAAIAc2AgAgBUEgaiQAC/QBAgN/An4jAEEwayIEJAAgBEEIaiABIAIgAxByAkACQCAEKAIIQQFGBEAgBCgCDCICIAEoAggiA08NAiAEIAEoAgQiBSACQRxsaiICKQIANwMQIAQgAikCCDcDGCAEIAIpAhA3AyAgBCACKAIYNgIoIAUgA0EBayIGQRxsaiIDKQIIIQcgAykCECEIIAMoAhghBSACIAMpAgA3AgAgAiAFNgIYIAIgCDcCECACIAc3AgggASAGNgIIIAAgBCkCJDcCCCAAIAQpAhw3AgAgBEEQahCaAwwBCyAAQYCAgIB4NgIACyAEQTBqJAAPCyACIAMQpgEAC/kBAgV/AW8jAEFAaiIBJAAQJSEGEFQiAiAGJgEgASACNgIMIAFBBTYCLCABQfKIwAA2AiggAUEENgIkIAFB3YjAADYCICABQQI2AhwgAUHniMAANgIYA0AgA0EYRwRAIAEgACABQRBqIANqIgJBCGooAgAiBCACQQxqKAIAIgIQ3QE2AjAgAUEwaiIFEJQDRQRAIAEgBCACEOACNgI8IAFBNGoiAiABQQxqIAFBPGoiBCAFEIsBIAIQ3gIgBBDbAgsgA0EIaiEDIAFBMGoQ2wIMAQsLIAFBDGoiACgCACUBEAQhBhBUIgMgBiYBIAAQ2wIgAUFAayQAIAMLoQIBA38jAEHQAGsiAiQAIAIgATYCFCACQQhqIAAQqgEgAigCCCIBBEAgAigCDCEDIwBBEGsiACQAIABBCGogAkEUaigCACUBEBogACgCCCEEIAAgACgCDDYCBCAAIAQ2AgAgAkEoaiAAKAIAIAAoAgQQggIgAEEQaiQAAkAgAigCMARAIAIgAigCMDYCICACIAIpAig3AxgMAQsgAkE0aiIAQZ+TwABBGBCJASAAIAJBFGooAgAlARAZrUL//wODEGYgAiACKAI8NgJIIAIgAikCNDcDQCACQUBrQbeTwABBARDLASACIAIoAkg2AiAgAiACKQNANwMYIAJBKGoQmgMLIAEgAkEYaiADKAIYEQEACyACQRRqENsCIAJB0ABqJAALiQMBBX8jAEEwayIEJAAgBCACNgIYIAQgATYCFCAEQQhqIABBhJHAABCdAiAEKAIIIgYoAggiAEEBayEBIABBFGwhAiAGKAIEIQAgBCgCDCEIAkADQCACRQ0BAkAgACACaiIFQRRrIARBFGoQmAIEQCAEIAVBCGsQowI2AhwgBEEcaiIFIAMQ9gIgBRDbAg0BCyABQQFrIQEgAkEUayECDAELCyAEQRxqIQIjAEEgayIAJAAgAEEMaiEDAkAgBigCCCIHIAFLBEAgAyAGKAIEIAFBFGxqIgUpAgA3AgAgAyAFKQIINwIIIAMgBSgCEDYCECAHIAFBf3NqQRRsIgMEQCAFIAVBFGogA/wKAAALIAYgB0EBazYCCAwBCyADQYCAgIB4NgIACwJAIAAoAgxBgICAgHhHBEAgAiAAKAIcNgIQIAIgACkCFDcCCCACIAApAgw3AgAgAEEgaiQADAELIAEgBigCCEGUkcAAEKcBAAsgAhD+AgsgCCAIKAIAQQFqNgIAIARBMGokAAvpAQECfyMAQTBrIgQkACABKAIIIQUgASgCBCEBIARBCGogAkEwakGoj8AAEO4BIAQoAgwhAiAEKAIIQYABaiABIAUQ/AEhASACIAIoAgBBAWs2AgACQCABRQRAIARBBzYCICAEQSBqEPoCIQEgAEGAgICAeDYCACAAIAE2AgQMAQsgBEEUaiADEJMBIAQoAhRBgICAgHhHBEAgACAEKAIcNgIIIAAgBCkCFDcCAAwBCyAEQSRqQayKwABBFBCJASAEQQA2AiAgBEEgahD6AiEBIABBgICAgHg2AgAgACABNgIECyAEQTBqJAALlAIBBX8jAEEgayIFJAACfyADEI8DIgYEQCAFQQhqIAFBuJDAABCdAiAFKAIMIQcgBSgCCCEDIAYQowIhCCADKAIIIgYgAygCAEYEQCMAQRBrIgEkACABQQhqIAMgAygCAEEBQQRBFBBjIAEoAggiCUGBgICAeEcEQCAJIAEoAgwQ2gIACyABQRBqJAALIAMoAgQgBkEUbGoiASACKAIINgIIIAEgAikCADcCACABIAQ6ABAgASAINgIMIAMgBkEBajYCCCAHIAcoAgBBAWo2AgBBAAwBCyAFQRRqQciQwABBGhCJASAFQQA2AhAgBUEQahD6AiEBIAIQmgNBAQshAiAAIAE2AgQgACACNgIAIAVBIGokAAvoAQICfwF+IwBBMGsiAiQAIAEoAgBBgICAgHhGBEAgASgCDCEDIAJBADYCLCACQoCAgIAQNwIkIAJBJGpB1J3AACADKAIAIgMoAgAgAygCBBBEGiACIAIoAiwiAzYCICACIAIpAiQiBDcDGCABIAM2AgggASAENwIACyABKAIIIQMgAUEANgIIIAEpAgAhBCABQoCAgIAQNwIAIAIgAzYCECACIAQ3AwhBDEEEEJgDIgFFBEBBBEEMEKgDAAsgASACKAIQNgIIIAEgAikDCDcCACAAQdSewAA2AgQgACABNgIAIAJBMGokAAvOAQECfyMAQUBqIgIkACACQRxqIAEQkwECQCACKAIcQYCAgIB4RwRAIAIgAigCJCIBNgIwIAIgAikCHDcDKCACQTRqIgMgAUECahDcASADIAIoAiwgARBHIAAgAigCPDYCCCAAIAIpAjQ3AgAgAkEoahCaAwwBCyACQRBqIAEQnAEgAkEIaiACKAIQIAIoAhQQuwEgAigCCEEBcUUEQCAAQYCAgIB4NgIADAELIAIgAigCDDYCNCAAIAJBNGoiABCTASAAENsCCyACQUBrJAALrAEBA38jAEEQayIGJAACQCAFRQ0AIAIgA2oiAiADSQ0AIAZBBGogASACIAEoAgBBAXQiAyACIANLGyICQQhBBEEBIAVBgQhJGyAFQQFGGyIHIAIgB0sbIgIgBCAFEFogBigCBEEBRgRAIAYoAgwhByAGKAIIIQgMAQsgBigCCCEDIAEgAjYCACABIAM2AgRBgYCAgHghCAsgACAHNgIEIAAgCDYCACAGQRBqJAALuQMCBn8BbyMAQSBrIgIkACACQgA3AhAgAkEENgIMIAJCADcCBCACQQA6ABhBIBDQAiIDQoGAgIAQNwIAIAMgAkEEaiIEKQIANwIIIAMgBCkCCDcCECADIAQpAhA3AhggAgJ/AkACQAJAQbSiwAAoAgBBAWsOAgABAgtBuKLAAAwCCxCWAwALAn8jAEEQayIBJABBtKLAACgCACEFQbSiwABBAjYCACABQbiiwAAoAgAiBjYCDCABIAU2AgggBUUEQEG4osAAIAYRCgA2AgBBtKLAAEEBNgIAIAFBEGokAEG4osAADAELIAFBCGoiACgCAEEBRgRAIABBBGoQ2wILQcSbwAAQ3wIACwsQowIiATYCBCABJQEQLiEHEFQiASAHJgEgAiABNgIcIAJBHGoiARCTAyEFIAEQ2wIgBBDbAiACQYAINgIEIAQoAgAlARArIQcQVCIEIAcmASADIAMoAgBBAWoiATYCACABRQRAAAtBBBDQAiIBIAM2AgAgAUHEmsAAEDshBxBUIgEgByYBIAAgBToADCAAIAE2AgggACAENgIEIAAgAzYCACACQQRqENsCIAJBIGokAAuVAgECfyMAQSBrIgUkAEGko8AAQaSjwAAoAgAiBkEBajYCAAJAAkACQAJAAn9BACAGQQBIDQAaQQFBkKPAAC0AAA0AGkGQo8AAQQE6AABBjKPAAEGMo8AAKAIAQQFqNgIAQQILQf8BcQ4DAwEAAQtBmKPAACgCACIGQQBIDQJBmKPAACAGQQFqNgIAQZyjwAAoAgBFDQEgBUEIaiAAIAEoAhQRAQAgBSAEOgAdIAUgAzoAHCAFIAI2AhggBSAFKQMINwIQQZyjwAAoAgAgBUEQakGgo8AAKAIAKAIUEQEADAELIAUgACABKAIYEQEADAELQZijwABBmKPAACgCAEEBazYCAEGQo8AAQQA6AAAgA0UNAAALAAukAQIDfwF+IwBBIGsiAyQAIANBADYCGCADQgA3AxAgA0IANwMIQRMhAgJAA0AgAkETSw0BIANBCGogAmogASABQgqAIgVCCn59p0EwcjoAACACQQFrIQIgAUIJViAFIQENAAsgAkETayECIANBHGohBANAIAIEQCAAIAIgBGotAAAQlAEgAkEBaiECDAELCyADQSBqJAAPC0F/QRRB4JfAABCoAQALsgMBCX8jAEEgayIEJAACQCABBEAgBCACNgIcIAQgATYCGCAEQRBqIABBqJDAABCdAiAEKAIUIQggBCgCECEGIwBBEGsiByQAIAcgBEEYajYCDEEAIQAjAEEQayIFJAAgBSAHQQxqNgIMAkAgBigCCCIJRQ0AIAYoAgQiCiEDA0AgBUEMaiADEIsDBEAgA0EUaiEDIAkgAEEBaiIARw0BDAILCyADEP4CIApBFGohCyAAIQIDQCAAQQFqIQEgCyAAQRRsaiEDA0AgASAJTwRAIAYgAjYCCAwDCyAFQQxqIAMQiwNFBEAgAUEBaiEBIAMQ/gIgA0EUaiEDDAELCyAKIAJBFGxqIgAgAygCEDYCECAAIAMpAgg3AgggACADKQIANwIAIAJBAWohAiABIQAMAAsACyAFQRBqJAAgB0EQaiQAIAggCCgCAEEBajYCAAwBCyAEQQhqIABBmJDAABCdAiAEKAIIIgAoAgghASAEKAIMIQIgAEEANgIIIAAoAgQhAANAIAEEQCABQQFrIQEgABD+AiAAQRRqIQAMAQsLIAIgAigCAEEBajYCAAsgBEEgaiQAC/sBAgJ/AW8jAEEQayICJAACQCABEI8DIgMEQCADEKMCIQEgAEGACDYCECAAIAE2AgggAEIANwIADAELAkACQCABEJQDRQRAIAEQkANFDQELIAJBADYCACACIAI2AgwgAkEMakGMicAAEAkhBBBUIgEgBCYBIAIoAgBBAXFFDQEgACABNgIQIAAgAikCBDcCCCAAQoCAgIAQNwIADAILIABBCGpBlIvAAEEaEIkBIABCATcCAAwBCyMAQRBrIgAkACAAQR02AgQgAEGui8AANgIAIAAgAK1CgICAgLAPhDcDCEGTg8AAIABBCGpBzIvAABDTAQALIAJBEGokAAuiAQEDfyAAQYABTwRAIABBP3FBgH9yIQMgAEEGdiECIABBgBBJBEAgASADOgABIAEgAkHAAXI6AAAPCyAAQQx2IQQgAkE/cUGAf3IhAiAAQf//A00EQCABIAM6AAIgASACOgABIAEgBEHgAXI6AAAPCyABIAM6AAMgASACOgACIAEgBEE/cUGAf3I6AAEgASAAQRJ2QXByOgAADwsgASAAOgAAC88BAQJ/IwBBIGsiAiQAAkACQAJAAkACQAJAAkAgASgCAEECaw4GAAECAwUEBQsgAEGMl8AAQQ4QiQEMBQsgAkEEaiIDQZqXwABBGBCJASADIAE1AgQQZiACIAIoAgw2AhggAiACKQIENwMQIAJBEGpBspfAAEEDEMsBIAAgAigCGDYCCCAAIAIpAxA3AgAMBAsgAEG1l8AAQQ8QiQEMAwsgAEHEl8AAQQ8QiQEMAgsgAEHTl8AAQQkQiQEMAQsgACABQQRqEJ4BCyACQSBqJAALpgMBCH8jAEFAaiIFJAAgASgCfCEHIAEoAnghBCABQgg3A3ggASgCdCEGIAFBADYCdCAFIAY2AjggBSAENgIwIAUgBDYCNCAFIAQgB0EGdGo2AjwjAEEwayIEJAAgBEEANgIQIARCgICAgIABNwIIIARBADYCHCAEQoCAgICAATcCFCAEIAM2AiQgBCACNgIgIAQgBEEUajYCLCAEIARBCGo2AigjAEFAaiICJAAgBUEwaiIHKAIEIQMgBygCDCEIIARBIGoiBigCCCEJIAYoAgwhCiAGKAIEIQsgBigCACEGA0AgAyAIRwRAIAIgA0HAAPwKAAAgByADQUBrIgM2AgQgCSAKIAYgAiALKAIUEQIAGyACEOABDAELCyAHEJYBIAJBQGskACAFQRhqIgIgBCgCEDYCCCACIAQpAgg3AgAgAiAEKQIUNwIMIAIgBCgCHDYCFCAEQTBqJAAgACAFKAIgNgIIIAAgBSkCGDcCACAFIAUpAiQ3AwggBSAFKAIsNgIQIAFB9ABqEKADIAEgBSgCEDYCfCABIAUpAwg3AnQgBUFAayQAC4ECAQZ/IwBBEGsiAyQAIAIgASACaiIESwRAQQBBABDaAgALIANBBGohBSAAKAIAIgIhBiAAKAIEIQhBASEHQQQhAQJAQQggBCACQQF0IgIgAiAESRsiAiACQQhNGyIEIgJB/////wdLBEBBACECDAELAkACQAJ/IAYEQCAIIAZBASACEPgCDAELIAJFBEBBASEBDAILIAJBARCYAwsiAQ0AIAVBATYCBAwBCyAFIAE2AgRBACEHC0EIIQELIAEgBWogAjYCACAFIAc2AgAgAygCBEEBRgRAIAMoAgggAygCDBDaAgALIAMoAgghASAAIAQ2AgAgACABNgIEIANBEGokAAsDAAALhwEBA38gA0F/cyEFQfCiwAAoAgAgAUECdGohASAAAn8DQEEAIAEoAgAiAUUNARogASABKAIMaiIGIAEgA2ogBXEiBCACakkNAAsgARC4AQJAIAEgBEYEQCABQQRrIgEgASgCAEECczYCAAwBCyABIAQQeAsgACAGNgIIIAAgBDYCBEEBCzYCAAsDAAALmQECBH8BbyMAQSBrIgEkACABQQxqIgIgABBqIAEoAhAgASgCFBAkIQUQVCIDIAUmASABIAM2AgggAhCaAyABQeyLwABBBBDgAjYCGCABIAAoAgBBAnQiACgCsJlAIAAoApCZQBDgAjYCHCACIAFBCGogAUEYaiIAIAFBHGoiBBCLASACEN4CIAQQ2wIgABDbAiABQSBqJAAgAwuEAQECfyMAQRBrIgQkACAEIAM2AgggBCACNgIEIAEoAghBBHQhAyABKAIEIQFBACECA0ACQCADBEAgBCABNgIMIARBDGogBEEEahCEAkUNAUEBIQULIAAgAjYCBCAAIAU2AgAgBEEQaiQADwsgA0EQayEDIAJBAWohAiABQRBqIQEMAAsAC4QBAQJ/IwBBEGsiBCQAIAQgAzYCCCAEIAI2AgQgASgCCEEcbCEDIAEoAgQhAUEAIQIDQAJAIAMEQCAEIAE2AgwgBEEMaiAEQQRqEIQCRQ0BQQEhBQsgACACNgIEIAAgBTYCACAEQRBqJAAPCyADQRxrIQMgAkEBaiECIAFBHGohAQwACwALhgEBA38jAEEQayIDJAAgAyABQQhqNgIIIAEoAgAhAiABKAIEIQQCfwJAA0AgAiAERg0BIAMgAjYCDCABIAJBFGoiAjYCACADQQhqIANBDGoQ+QJFDQALIAJBFEYNACACQQhrEKMCIQJBAQwBC0EACyEBIAAgAjYCBCAAIAE2AgAgA0EQaiQAC40BAQJ/AkAgAQRAIAEoAgAiAkH/////B08EQCAAQc8ANgIIIABB2oDAADYCBCAAQQA2AgAPCyABIAJBAWo2AgAgAUEIayICIAIoAgBBAWoiAzYCACADRQ0BIAAgAjYCCCAAIAE2AgQgACABQQRqNgIADwsgAEEbNgIIIABBv4DAADYCBCAAQQA2AgAPCwALigEBAn8jAEEQayIDJAAgAyACNgIMIAMgATYCCCADIABB9JDAABDvASADKAIEIQQCQCADKAIAIgEoAggiAEUEQEEAIQEMAQsgASgCBCECQQAhAQNAIAIgA0EIahCYAiABaiEBIAJBFGohAiAAQQFrIgANAAsLIAQgBCgCAEEBazYCACADQRBqJAAgAQvEAQECfyMAQRBrIgEkACAALQAUIQIgAEEAOgAUAkAgAkEBRw0AIABBABC0AiAAQQAQtwIgAEEAELUCIABBABC2AiAAKAIAJQEQE0H//wNxQQJPDQAjAEEQayICJAAgACgCACUBQegHQfOOwABBBRAYIAJBCGoQrwIgAigCDCEAIAEgAigCCEEBcTYCACABIAA2AgQgAkEQaiQAIAEgASgCBDYCDCABIAEoAgAiADYCCCAARQ0AIAFBDGoQ2wILIAFBEGokAAu7AwIJfwFvIwBBEGsiBSQAIAUgACgCACIIQQhqQcScwAAQnQIgBSgCBCEJIAUoAgAiAigCDCIEIAIoAgAiA0YEQCACKAIAIQQjAEEQayIDJAAgA0EIaiACIAIoAgBBAUEEQQQQYyADKAIIIgZBgYCAgHhHBEAgBiADKAIMENoCAAsgA0EQaiQAAkAgAigCCCIGIAQgAigCDCIHa00NACAEIAZrIgMgByADayIHSyACKAIAIgogBGsgB09xRQRAIAogA2shBCADQQJ0IgMEQCACKAIEIgcgBEECdGogByAGQQJ0aiAD/AoAAAsgAiAENgIIDAELIAdBAnQiA0UNACACKAIEIgYgBEECdGogBiAD/AoAAAsgAigCACEDIAIoAgwhBAsgAiAEQQFqNgIMIAIoAgQgAigCCCAEaiICIANBACACIANPG2tBAnRqIAE2AgAgCSAJKAIAQQFqNgIAIAgtABwhASAIQQE6ABwCQCABDQAgAC0ADEUEQCAAQQRqKAIAJQEgAEEIaigCACUBEB4hCxBUIgAgCyYBIAUgADYCDCAFQQxqENsCDAELIAAoAgglARAtCyAFQRBqJAALigEBBH8gASAAayIDEP4BIQICQEHwosAAKAIAQT8gAiACQT9PGyIEQQJ0aiICKAIAIgVFBEAgAiAANgIAQeiiwABB6KLAACkDAEIBIASthoQ3AwAMAQsgAiAANgIAIAUgADYCBAsgACADNgIMIAAgBDYCCCAAIAI2AgQgACAFNgIAIAFBBGsgAzYCAAsDAAALkQECAn8BfiMAQSBrIgIkACABKAIAQYCAgIB4RgRAIAEoAgwhAyACQQA2AhwgAkKAgICAEDcCFCACQRRqQdSdwAAgAygCACIDKAIAIAMoAgQQRBogAiACKAIcIgM2AhAgAiACKQIUIgQ3AwggASADNgIIIAEgBDcCAAsgAEHUnsAANgIEIAAgATYCACACQSBqJAALYQEDfyAAIAFBE2pBcHFqIgFBBGsoAgAhAwJAIABBBGsiBCgCACICQQFxRQRAIAAgAmsiABC4AQwBCyAEIAJBAnI2AgALIAAgA0ECcQR/IAEoAgwgARC4ASABagUgAQsQeAuuAgEHfyMAQSBrIgMkACADIAI2AhAgAyABNgIMIAMgAEGkkcAAEO8BIAMgAygCACIAKAIEIgE2AhQgAyABIAAoAghBFGxqNgIYIAMgA0EMajYCHCADKAIEIQQjAEEQayICJAAgAhD3AiIGNgIMIAJBDGohByMAQSBrIgAkACAAIANBFGoiASgCCDYCECAAIAEpAgA3AwggAEEQaiEIA0AgACAINgIYIAAoAgghASAAKAIMIQkCQANAIAEgCUYNASAAIAE2AhwgAUEUaiEBIABBGGogAEEcaiIFEPkCRQ0ACyAAIAE2AgggAUEURg0AIAAgAUEIaxCjAjYCHCAHIAUQgwMgBRDbAgwBCwsgAEEgaiQAIAJBEGokACAEIAQoAgBBAWs2AgAgA0EgaiQAIAYLAwAACwMAAAsDAAALAwAAC2sBAX8jAEEQayIEJAAgBEEANgIIIAQgAzYCDCABBEAgBCABIAMgAigCEBEDACAEKAIEIQEgACAEKAIAIgI2AgQgACABQQAgAkEBcRs2AgAgBEEQaiQADwsgBEEIahDmAkHYmsAAQTIQpgMAC2sBAn8jAEEQayIBJAAgAC0AHEEBcUUEQCABIAAoAgg2AgggASAAKQIANwMAIAFBgAg2AgwgASAAQQxqIgIgAUEMaiIDEEsgAxDbAiACEKQCIABBAToAHCABQRBqJABBAA8LQdyLwAAQlwMAC2QBAX8jAEEQayIDJAAgA0EIaiAAIAEgAhBxQQAhAgJAIAMoAghBAUYEQCADKAIMIgEgACgCCCICTw0BIAAoAgQgAUEEdGpBDGohAgsgA0EQaiQAIAIPCyABIAJBkJjAABCoAQALgwEBAX8CQCAAQYQITwRAIADQbyYBQdCiwAAoAgANAUHQosAAQX82AgAgAEHkosAAKAIAIgFJDQEgACABayIAQdyiwAAoAgBPDQFB2KLAACgCACAAQQJ0akHgosAAKAIANgIAQeCiwAAgADYCAEHQosAAQdCiwAAoAgBBAWo2AgALDwsAC2gBBX8jAEEQayICJAAgAiAAQQhqNgIMIAAoAgAhASAAKAIEIQQDQAJAIAEgBEYEQEEAIQMMAQsgACABQQRqIgU2AgAgAkEMaigCACgCACABEFkhAyAFIQEgA0UNAQsLIAJBEGokACADC2QBAX8jAEEQayIDJAAgAQRAIANBCGogASACKAIQEQEAIAMoAgwhASAAIAMoAggiAjYCCCAAIAFBACACQQFxIgIbNgIEIABBACABIAIbNgIAIANBEGokAA8LQdiawABBMhCmAwALcQIBfwFvIwBBEGsiBSQAIAEoAgAlASACKAIAJQEgAygCACUBIAQoAgAlARAHIQYQVCIBIAYmASAFQQhqEK8CQQEhBCAAAn8gBSgCCEEBRgRAIAUoAgwMAQtBACEEIAELNgIEIAAgBDYCACAFQRBqJAALbwEBfyMAQRBrIgMkAAJAIAEEQCADQQRqIAEgAhCCAiADKAIEQYCAgIB4RgRAIAAgAykCCDcCBCAAQYGAgIB4NgIADAILIAAgAygCDDYCCCAAIAMpAgQ3AgAMAQsgAEGAgICAeDYCAAsgA0EQaiQAC2ABA38jAEEQayIDJAAgA0EIaiACQQFBARCjASADKAIIIQUgAygCDCEEIABBADYCCCAAIAQ2AgQgACAFNgIAIAIEQCACBEAgBCABIAL8CgAACyAAIAI2AggLIANBEGokAAtvAQF/IwBBEGsiAyQAIAMgASgCACACELICNgIMIAMgA0EMahCTAQJAIAMoAgBBgICAgHhHBEAgACADKAIINgIIIAAgAykCADcCAAwBCyAAQQA2AgggAEKAgICAEDcCAAsgA0EMahDbAiADQRBqJAALaAEBfyMAQRBrIgQkACABKAIAJQEgAigCACUBIAMoAgAlARAsIQEgBEEIahCvAkEBIQMCQCAEKAIIQQFGBEAgACAEKAIMNgIEDAELQQAhAyAAIAFBAEc6AAELIAAgAzoAACAEQRBqJAALbwEBfwJAAkACQAJAAkACQCAAKAIAIgAtABRBAWsOAwECAQALIABBCGooAgBB/////wdPDQMgACgCDA0CCw8LIABBAzoAFA8LIAAgACgCAEEBaiIBNgIAIAFFDQEgAEEBOgAUAAtB9JvAABCIAgsAC2oCAX8BbyMAQRBrIgQkACABKAIAJQEgAigCACUBIAMoAgAlARAGIQUQVCIBIAUmASAEQQhqEK8CQQEhAyAAAn8gBCgCCEEBRgRAIAQoAgwMAQtBACEDIAELNgIEIAAgAzYCACAEQRBqJAALAwAACwMAAAvoAQIFfwF+IwBBEGsiAyQAIAAoAgAiACAAKAIAQQFqIgE2AgAgAQRAIANBADoADCADIAA2AggjAEEwayIAJAAgAEIANwIYIABBAToALCAAQRhqEJ4CIgEgASgCAEEBaiICNgIAIAJFBEAACyAAQRBqIAEQ5wIgACkDECEGQQRBCBDSAiIFIANBCGopAgA3AgAgAEEIaiABQQhqEJwCIAAoAgwhBCAAKAIIIgIQtwEgAiAGNwIIIAJB0InAADYCBCACIAU2AgAgBCAEKAIAQQFqNgIAIAEQpAMgAEEwaiQAIANBEGokAA8LAAvCAgIBfwF+IwBBIGsiAyQAIAMgAjYCBCADIAE2AgAgAyAANgIYIAMgA0EfaiIANgIUIAMgADYCECADIANBBGo2AgwgAyADNgIIIwBB0ABrIgAkACAAQRhqIANBCGoiASgCEBB0IABBJGogASgCACgCACABKAIEKAIAEIICAkAgACgCGARAIAAoAiRBgICAgHhHDQELIABBEGogAEEkahDiASAAKAIQIQIgACgCFCEDIABBCGogAEEYahD1ASAAKAIIIgEgAiABGyICQQEgAhsgACgCDCADIAEbQQAgAhsQpgMACyAAIAAoAiA2AjggACAAKQIYIgQ3AzAgACAAKQIkNwNAIAAgACgCLDYCSCAEpygCAEEcaiAAQUBrIgEoAgQgASgCCBB1IAEQmgMgAEEwahDNAiAAQdAAaiQAIANBIGokAAvCAgIBfwF+IwBBIGsiAyQAIAMgAjYCBCADIAE2AgAgAyAANgIYIAMgA0EfaiIANgIUIAMgADYCECADIANBBGo2AgwgAyADNgIIIwBB0ABrIgAkACAAQRhqIANBCGoiASgCEBB0IABBJGogASgCACgCACABKAIEKAIAEIICAkAgACgCGARAIAAoAiRBgICAgHhHDQELIABBEGogAEEkahDiASAAKAIQIQIgACgCFCEDIABBCGogAEEYahD0ASAAKAIIIgEgAiABGyICQQEgAhsgACgCDCADIAEbQQAgAhsQpgMACyAAIAAoAiA2AjggACAAKQIYIgQ3AzAgACAAKQIkNwNAIAAgACgCLDYCSCAEpygCAEEoaiAAQUBrIgEoAgQgASgCCBB1IAEQmgMgAEEwahDMAiAAQdAAaiQAIANBIGokAAtnAQJ/IwBBEGsiAiQAIAJBCGogASgCACUBEDYCQCACKAIIIgFFBEBBgICAgHghAQwBCyACIAEgAigCDBDNASACKAIAIQMgACACKAIEIgE2AgggACADNgIECyAAIAE2AgAgAkEQaiQAC1ABAn8gACgCCCECIAACf0EBIAFBgAFJDQAaQQIgAUGAEEkNABpBA0EEIAFBgIAESRsLIgMQuAIgASAAKAIEIAAoAghqEGkgACACIANqNgIIC1wBAX8jAEEQayIEJAAgBEEANgIAIAQgAjYCBCAEIAM2AgwgBEEANgIIIAAEQCAAIAIgAyABKAIQEQMAIARBEGokAA8LIARBCGoQ5gIgBBDmAkHYmsAAQTIQpgMAC34BAn8jAEEQayICJAAgAiAANgIMIAAoAgwgACgCBCIBa0EGdiEAA0AgAARAIABBAWshACABEOUCIAFBQGshAQwBCwsjAEEQayIAJAAgACACQQxqKAIAIgEoAgA2AgwgACABKAIINgIIIABBCGoQngMgAEEQaiQAIAJBEGokAAu1AQEGfyMAQRBrIgUkACMAQRBrIgYkACAGEPcCIgc2AgwgBkEMaiEIIAMgBEECdGohCSMAQRBrIgQkAANAIAMgCUcEQCAEIAMoAgAQowI2AgwgCCAEQQxqIgoQgwMgA0EEaiEDIAoQ2wIMAQsLIARBEGokACAGQRBqJAAgBSAHNgIEIAVBCGogACABIAIgBUEEahBMIAUtAAhBAUYEQCAFKAIMENgBCyAFQQRqENsCIAVBEGokAAtSAQJ/IwBBEGsiAiQAAkAgAARAIABBCGsiACgCACEDIAIgADYCDCACQQxqEL4CIAFFIANBAUdxDQEgAkEQaiQADwsQpQMAC0GAgMAAQT8QpgMAC1IBAn8jAEEQayICJAACQCAABEAgAEEIayIAKAIAIQMgAiAANgIMIAJBDGoQvAIgAUUgA0EBR3ENASACQRBqJAAPCxClAwALQYCAwABBPxCmAwALUgECfyMAQRBrIgIkAAJAIAAEQCAAQQhrIgAoAgAhAyACIAA2AgwgAkEMahC/AiABRSADQQFHcQ0BIAJBEGokAA8LEKUDAAtBgIDAAEE/EKYDAAtSAQJ/IwBBEGsiAiQAAkAgAARAIABBCGsiACgCACEDIAIgADYCDCACQQxqEL0CIAFFIANBAUdxDQEgAkEQaiQADwsQpQMAC0GAgMAAQT8QpgMAC1wCAn8BbyMAQRBrIgIkACABKAIAJQEQHyEEEFQiAyAEJgEgAkEIahCvAkEBIQEgAAJ/IAIoAghBAUYEQCACKAIMDAELQQAhASADCzYCBCAAIAE2AgAgAkEQaiQAC1QBAX8CQAJAIAAoAgAgACgCCCIDayACSQRAIAAgAyACEGwgACgCCCEDDAELIAJFDQELIAJFDQAgACgCBCADaiABIAL8CgAACyAAIAIgA2o2AghBAAtbAQJ/AkACQCABKAIIIgJFBEBBASEBDAELIAEoAgQhAyACQQEQmAMiAUUNASACRQ0AIAEgAyAC/AoAAAsgACACNgIIIAAgATYCBCAAIAI2AgAPC0EBIAIQ2gIAC1IBAn8CQCAAKAIAIgFBf0YNACABIAEoAgRBAWsiAjYCBCACDQBBBCAAKAIEIgIoAggiACAAQQRNGyEAIAEgACACKAIEakEHakEAIABrcRDhAgsLVwAjAEEgayIBJAAgAC0AGEEBcUUEQCABIAApAxA3AxggASAAKQMINwMQIAEgACkDADcDCCABQQhqEOYBIABBAToAGCABQSBqJABBAA8LQdiPwAAQlwMAC14BAX8jAEEwayIDJAAgA0GAgICAeDYCBCADIAEoAgg2AhAgAyABKQIANwIIIAMgAikCADcCFCADIAIpAgg3AhwgAyACKQIQNwIkIABBOGogA0EEahDqASADQTBqJAALVgEBfyMAQRBrIgIkACACIAA2AgwgAiAAQThqQdCYwAAQmQIgAigCBCEAIAIoAgAgARDxASAAIAAoAgBBAWo2AgAgAkEMaiIAEEEgABDAAiACQRBqJAAL4QECBH8BfiMAQRBrIgUkACMAQRBrIgYkACAFQQRqIgQCfwJAAkACQCADrSABrX4iCEIgiKcNACAIpyIDQYCAgIB4IAJrSw0AIAMNASAEIAI2AgggBEEANgIEQQAMAwsgBEEANgIEDAELIAZBCGogAiADEPMBIAYoAggiBwRAIAQgBzYCCCAEIAE2AgRBAAwCCyAEIAM2AgggBCACNgIEC0EBCzYCACAGQRBqJAAgBSgCCCEBIAUoAgRBAUYEQCABIAUoAgwQ2gIACyAAIAUoAgw2AgQgACABNgIAIAVBEGokAAuHAQEDfyMAQRBrIgEkACABIAA2AgwgASAAQThqQeCYwAAQmQIgASgCBCECIAEoAgAhAyMAQTBrIgAkACADLQCcAUEBRgRAIABBhYCAgHg2AgQgA0E4aiAAQQRqEOoBCyAAQTBqJAAgAiACKAIAQQFqNgIAIAFBDGoiABBBIAAQwAIgAUEQaiQAC/YBAQV/IwBBEGsiAiQAIAIgADYCDCACIABBOGpB8JjAABCZAiACKAIEIQQgAigCACEDIwBBQGoiASQAIAMtAJwBRQRAIAFBBGoiBUGAlcAAQcgAEIkBIAUgAygCYCADKAJkEMsBIAEgASgCDDYCOCABIAEpAgQ3AzAgAUEwakHIlcAAQQEQywEgASABKAI4NgIgIAEgASkDMDcCGCABQQE2AiwgAUHIlcAANgIoIAFBgICAgHg2AiQgAUEANgIQIANBKGogAUEQahCsAQsgAUFAayQAIAQgBCgCAEEBajYCACAAQQhqEEUgAkEMahDAAiACQRBqJAALVAEBfyMAQSBrIgIkACACIAE2AgwgAiAANgIIIAIgAkEMaq1CgICAgIAPhDcDGCACIAJBCGqtQoCAgICAD4Q3AxBBpojAACACQRBqQYifwAAQ0wEACxQAIAAgASACQfeHwABBCEEMELcDCxQAIAAgASACQd6CwABBDEEIELcDC2sBBX8jAEEQayIBJAAgAUEIaiAAKAIAIgRBOGpBhI3AABCZAiABKAIMIQMgASgCCCMAQRBrIgIkACACQQI2AgAgAhBIIAJBEGokACADIAMoAgBBAWo2AgAgBEEIahBFIAAQkAEgAUEQaiQAC0kBA38CQCABKAIAIgJBf0YNACACKAIAIgRFDQAgAiAEQQFqIgM2AgAgA0UEQAALIAEoAgQhASACIQMLIAAgATYCBCAAIAM2AgALiQICBH8BfiMAQSBrIgIkACACQQA6ABwgAiAAKAIINgIIIAIgACkCADcDACACIAEpAgA3AgwgAiABKQIINwIUIwBBMGsiACQAIABCADcCGCAAQQE6ACwgAEEYahCeAiIBIAEoAgBBAWoiAzYCACADRQRAAAsgAEEQaiABEOcCIAApAxAhBkEEQSAQ0gIiAyACKQIYNwIYIAMgAikCEDcCECADIAIpAgg3AgggAyACKQIANwIAIABBCGogAUEIahCcAiAAKAIMIQUgACgCCCIEELcBIAQgBjcCCCAEQbCJwAA2AgQgBCADNgIAIAUgBSgCAEEBajYCACABEKQDIABBMGokACACQSBqJAALkQEBA38gACgCCCIDIAAoAgBGBEAjAEEQayICJAAgAkEIaiAAIAAoAgBBAUEEQSAQYyACKAIIIgRBgYCAgHhHBEAgBCACKAIMENoCAAsgAkEQaiQACyAAKAIEIANBBXRqIgIgASkCGDcCGCACIAEpAhA3AhAgAiABKQIINwIIIAIgASkCADcCACAAIANBAWo2AggLAwAACwMAAAsDAAALXwIBfwFvIwBBEGsiAiQAIAIgATYCDCACIAAQqgEgAigCACIABEAgAigCBCEBIAAgAkEMaigCACUBEBshAxBUIgAgAyYBIAAgASgCEBEBAAsgAkEMahDbAiACQRBqJAALQwEDfwJAIAJFDQADQCAALQAAIgMgAS0AACIERgRAIABBAWohACABQQFqIQEgAkEBayICDQEMAgsLIAMgBGshBQsgBQtHAQF/IwBBEGsiAyQAIANBADYCCCADIAI2AgwgAARAIAAgAiABKAIQEQIAIANBEGokAA8LIANBCGoQ5gJB2JrAAEEyEKYDAAsDAAALAwAACwMAAAtHAQF/IwBBEGsiAyQAIANBADYCCCADIAI2AgwgAARAIAAgAiABKAIQEQEAIANBEGokAA8LIANBDGoQ2wJBrILAAEEyEKYDAAtLAQN/IAAoAgAiAgRAIAAoAgQiAygCACIBBEAgAiABEQAACyADKAIEIgEEQCADKAIIGiACIAEQ4QILIAAoAgwgACgCCCgCDBEAAAsLUgECfyAAKAIEIgIgACgCACIBNgIAIAEEQCABIAI2AgQLQfCiwAAoAgAgACgCCCIAQQJ0aigCAEUEQEHoosAAQeiiwAApAwBCASAArYaFNwMACwtJAQJ/IwBBEGsiAyQAIANBBGoiBEHck8AAQQkQiQEgBCABIAIQRyAEQf0AEJQBIAAgAygCDDYCCCAAIAMpAgQ3AgAgA0EQaiQAC0YBAn8jAEEQayICJAAgAkEIaiAAIAEQnQIgAigCCCIBKAIAIAIoAgwhACABQYAINgIAIAAgACgCAEEBajYCACACQRBqJAALQwEBfyMAQRBrIgMkACADIAI2AgwgAyABNgIIIAFBAUYEQCADQQxqENsCCyAAIAI2AgQgACABQQFzNgIAIANBEGokAAtJAQJ/IwBBEGsiAyQAIANBBGoiBEHQksAAQRkQiQEgBCABIAIQywEgACADKAIMNgIQIAAgAykCBDcCCCAAQgI3AgAgA0EQaiQAC0QBAn8jAEEQayIBJAAgAUEIaiAAQTBqQbiOwAAQ7gEgASgCCC0AnAEgASgCDCICIAIoAgBBAWs2AgAgAUEQaiQAQQFGC0YBAn8jAEEQayIBJAAgAC0AFCECIABBAToAFCABIABBCGsiADYCDAJAIAJFBEAgABCEAwwBCyABQQxqEMQCCyABQRBqJAALQAEBfyMAQRBrIgEkACABQQRqIABBBEEEEMUBAkAgASgCCEUNACABKAIMIgBFDQAgASgCBCAAEHsLIAFBEGokAAtEAQF/IwBBEGsiASQAIAFBCGogACAAKAIAQQFBBEEQEGMgASgCCCIAQYGAgIB4RwRAIAAgASgCDBDaAgALIAFBEGokAAsOACAAQfCLwABBJBC8AwsPACAAQfSMwABBgAIQvAMLQwAjAEEQayIBJAAgAC0ACEEBcUUEQCABIAApAgA3AgggAUEIahDlASAAQQE6AAggAUEQaiQAQQAPC0HUjcAAEJcDAAs6AQF/AkAgAWlBAUcNACABQQAgAEGAgICAeCABa00bIgJFDQAgAARAIAAgAhCYAyIBRQ0BCyABDwsAC0ABA39BBCEEAkAgA0UNACABKAIAIgVFDQAgACACNgIEIAAgASgCBDYCACADIAVsIQZBCCEECyAAIARqIAY2AgALTQIBfwFvIAEoAgQiAiABKAIITwR/QQAFIAEgAkEBajYCBCABKAIAKAIAJQEgAhABIQMQVCIBIAMmAUEBCyECIAAgATYCBCAAIAI2AgALQQEBfyMAQRBrIgIkACACIAE2AgwgAiAAEKoBIAIoAgAiAARAIAAgAigCBCgCDBEAAAsgAkEMahDbAiACQRBqJAALQQEBfyMAQRBrIgIkACACIAE2AgwgAiAAEKoBIAIoAgAiAARAIAAgAigCBCgCFBEAAAsgAkEMahDbAiACQRBqJAALOwEBfyMAQRBrIgIkACACIAEoAgAlARA1IAAgAigCAAR+IAAgAisDCDkDCEIBBUIACzcDACACQRBqJAALQQEBfyMAQRBrIgUkACAFQQhqIAAgASACIAMgBBBjIAUoAggiAEGBgICAeEcEQCAAIAUoAgwQ2gIACyAFQRBqJAALPAEBfyAAIAIQuAIgACgCCCEDIAAgAgR/IAIEQCAAKAIEIANqIAEgAvwKAAALIAAoAggFIAMLIAJqNgIIC0IBAX8jAEEgayIFJAAgBSAENgIMIAUgAzYCCCAFIAIpAgA3AhAgBSACKQIINwIYIAAgASAFQQhqEKEBIAVBIGokAAuRAwELfyMAQSBrIgQkACAEIAI2AhwgBCABNgIYIAQgAjYCFEEAIQEjAEEQayIHJAACQAJAIARBCGoiDSAEQRRqIgMoAggiAiADKAIASQR/IwBBEGsiCCQAIAMoAgAgAkkEQEGgncAAQckAQcSdwAAQ0wEACyMAQRBrIgUkACAFQQxqIQkgB0EIaiEKIAhBCGohCyADKAIAIgYEQCAFQQE2AgwgBiEBIAMoAgQhBiAFQQhqIQkLIAkgATYCAAJAIAUoAgwiAQRAIAUoAgghDAJAIAJFBEAgBiAMEOECIANBATYCBAwBCyAGIAwgASACIgkQ+AIiBkUNAiADIAY2AgQLIAMgAjYCAAtBgYCAgHghAQsgCyAJNgIEIAsgATYCACAFQRBqJAAgCCgCDCEBIAogCCgCCDYCACAKIAE2AgQgCEEQaiQAIAcoAggiAUGBgICAeEcNASADKAIIBSACCzYCBCANIAMoAgQ2AgAgB0EQaiQADAELIAEgBygCDBDaAgALIAAgBCkDCDcDACAEQSBqJAALRgECfyABKAIEIQIgASgCACEDQQhBBBCYAyIBRQRAQQRBCBCoAwALIAEgAjYCBCABIAM2AgAgAEHEnsAANgIEIAAgATYCAAs9AQJ/IAAoAgghASAAQQA2AgggACgCBCECA0AgAQRAIAFBAWshASACEOICIAJBIGohAgwBCwsgAEEANgIMCzcAAkAgA2lBAUcNACADQQAgAUGAgICAeCADa00bIgNFDQAgACABIAMgAhD4AiIARQ0AIAAPCwALNwEBfyMAQRBrIgMkACADQQRqIAAgASACEMUBIAMoAggEQCADKAIEIAMoAgwQ4QILIANBEGokAAs7AQF/IAAtABQhASAAQQE6ABQCQCABRQRAIABBCGsiACAAKAIAQQFqIgE2AgAgAUUNASAAEIQDCw8LAAveAQIBfwF+IwBBIGsiAyQAIAMgATYCECADIAA2AgwgA0EBOwEcIAMgAjYCGCADIANBDGo2AhQjAEEQayIBJAAgA0EUaiIAKQIAIQQgASAANgIMIAEgBDcCBCMAQRBrIgAkACABQQRqIgEoAgAiAigCBCIDQQFxBEAgAigCACECIAAgA0EBdjYCBCAAIAI2AgAgAEHsncAAIAEoAgQgASgCCCIALQAIIAAtAAkQZQALIABBgICAgHg2AgAgACABNgIMIABBiJ7AACABKAIEIAEoAggiAC0ACCAALQAJEGUACzQBAn8CQCAAKAIAIgBBf0YNACAAKAIAIgFFDQAgACABQQFqIgE2AgAgACECIAENAAALIAILPQEBfyMAQRBrIgIkACACIAEpAgg3AwggAiABKQIANwMAIAIQ+gIhASAAQQE6AAAgACABNgIEIAJBEGokAAs7AQF/IAAQdiAAENsCIABBBGoQoQMgAEEIaiIBEK8DIAEQ2wIgAEEMaiIBEK8DIAEQ2wIgAEEQahChAws3AQJ/IwBBEGsiAiQAQYAIIQMgAkGACDYCDCAAQQFGBEAgAkEMahDbAiABIQMLIAJBEGokACADC0kCAn8BbyMAQRBrIgEkACABIAA2AgggAUEIaiIAKAIAJQEQKiEDEFQiAiADJgEgASACNgIMIAFBDGoQ2wIgABDbAiABQRBqJAALOQEBfyMAQRBrIgEkACAAQRRqQQAgARBnIAEgAEEkakGQjMAAELoBNgIMIAFBDGoQ2wIgAUEQaiQAC+QBAgN/AX5BASEDAkACQAJAQQEgASgCACIBKAIAIgJBAmsgAkEBTRtBAWsOAgIAAQsQlgMACyMAQRBrIgIkACABKQIAIQUgAUEENgIAIAIgBTcDCAJAIAWnQQJGBEAgAiAFQiCIpxEAACACKAIAIQQgASACKAIENgIEIAEgBDYCACAEQQFNDQFBtJvAABDfAgALIAJBCGoiACgCAEEBTQRAIAAQ3QILQcSbwAAQ3wIACyACQRBqJAALAkAgASgCAEEBRwRAQQAhAwwBCyABQQRqEKMCIQELIAAgATYCBCAAIAM2AgALNwEBfyMAQRBrIgMkACADIAEoAgA2AgwgAyADQQxqIgEgAhBOIAEQxQIgAEEANgIAIANBEGokAAs5AgF/AX4jAEEQayICJAAgAkEIaiABQQFBARCjASACKQMIIQMgAEEANgIIIAAgAzcCACACQRBqJAALMQEBfyMAQRBrIgMkACADIAEgAhDgAjYCDCAAIANBDGoiABCyAiAAENsCIANBEGokAAs/ACAAKAIAQYCAgIB4RwRAIAEgACgCBCAAKAIIEOwCDwsgASgCACABKAIEIAAoAgwoAgAiACgCACAAKAIEEEQLOAACQCACQYCAxABGDQAgACACIAEoAhARAgBFDQBBAQ8LIANFBEBBAA8LIAAgA0EAIAEoAgwRBQALcwEDfyAAKAIIIgMgACgCAEYEQCMAQRBrIgIkACACQQhqIAAgACgCAEEBQQhBwAAQYyACKAIIIgRBgYCAgHhHBEAgBCACKAIMENoCAAsgAkEQaiQACyAAKAIEIANBBnRqIAFBwAD8CgAAIAAgA0EBajYCCAs7AQF/An8gASgCAEGBgICAeEYEQCABKAIIIQIgASgCBAwBCyABEOQCQQALIQEgACACNgIEIAAgATYCAAs7AQF/An8gASgCAEGAgICAeEYEQCABKAIIIQIgASgCBAwBCyABEJoDQQALIQEgACACNgIEIAAgATYCAAs5AQF/IwBBEGsiAiQAIAIgASkCCDcDCCACIAEpAgA3AwAgACACEPoCNgIEIABBATYCACACQRBqJAALNAAgACgCACIAKAIABEAgAEEEahDbAiAAQQhqENsCCyAAIAI2AgggACABNgIEIABBATYCAAs3AQJ/IAAoAgQiAigCACIBBEAgACgCACABEQAACyACKAIEIgEEQCACKAIIGiAAKAIAIAEQ4QILC38CA38BbwJAIAAoAghBAkYNACMAQRBrIgIkACAAQQhqIgMoAgAgA0EANgIAQQFGBEAgAygCBCIBJQEgARCEARAdIQQQVCIBIAQmASACIAE2AgwgAkEMahDbAgsgAkEQaiQAIAMQ3QIgACgCEEUNACAAQRRqIgAQrwMgABDbAgsLOAECfwJAIAEoAgAiAkF/Rg0AIAIgAigCBEEBaiIDNgIEIAMNAAALIAAgAjYCACAAIAEoAgQ2AgQLNAEBfyMAQRBrIgMkACADIAEoAgAgAhCyAjYCDCAAIANBDGoiABCTASAAENsCIANBEGokAAs2AQF/IwBBEGsiAiQAIAIgAUHniMAAQQIQ3QE2AgwgACACQQxqIgAQkwEgABDbAiACQRBqJAALcQEDfyAAKAIIIgMgACgCAEYEQCMAQRBrIgIkACACQQhqIAAgACgCAEEBQQRBLBBjIAIoAggiBEGBgICAeEcEQCAEIAIoAgwQ2gIACyACQRBqJAALIAAoAgQgA0EsbGogAUEs/AoAACAAIANBAWo2AggLNgECfyAAKAIEIgIoAgAiAQRAIAAoAgAgAREAAAsgAigCBCIBBEAgAigCCBogACgCACABEHsLC4MIAgl/AX4jAEEQayIJJAAQVCIIIAMmARBUIgogBCYBEFQiCyAFJgEQVCIMIAYmASMAQYABayIHJAAgByACNgIMIAcgATYCCCAHIAg2AhAgByAKNgIUIAcgCzYCGCAHIAw2AhwgByAANgJ4IAcgB0H/AGoiADYCdCAHIAA2AnAgByAANgJsIAcgB0EcajYCaCAHIAA2AmQgByAANgJgIAcgADYCXCAHIAdBGGo2AlggByAANgJUIAcgADYCUCAHIAA2AkwgByAHQRRqNgJIIAcgADYCRCAHIAA2AkAgByAANgI8IAcgB0EQajYCOCAHIAA2AjQgByAANgIwIAcgB0EMajYCLCAHIAdBCGo2AiggB0EgaiENIwBBkAFrIgAkACAAQThqIAdBKGoiASgCUBB0IABBxABqIAEoAgAoAgAgASgCBCgCABCCAiAAQQA2AlAgAEEANgJYIABBADYCYCAAQQA2AmggACABKAIQKAIAIgg2AlQgACABKAIgKAIAIgs2AlwgACABKAIwKAIAIgw2AmQgACABKAJAKAIAIg42AmwCQCAAKAI4BEAgACgCREGAgICAeEcNAQsgAEEwaiAAQegAahCDAiAAKAIwIQogACgCNCELIABBKGogAEHgAGoQgwIgACgCKCEIIAAoAiwhDCAAQSBqIABB2ABqEIMCIAAoAiAhCSAAKAIkIQ0gAEEYaiAAQdAAahCDAiAAKAIYIQcgACgCHCEOIABBEGogAEHEAGoQ4gEgACgCECECIAAoAhQhDyAAQQhqIABBOGoQ9QEgACgCCCIBIAIgARsiAiAHIAIbIgcgCSAHGyIJIAggCRsiCCAKIAgbIgpBASAKGyAAKAIMIA8gARsgDiACGyANIAcbIAwgCRsgCyAIG0EAIAobEKYDAAsgACAAKAJANgJ4IAAgACkCOCIQNwNwIAAgACkCRDcDgAEgACAAKAJMNgKIASAQpyEPIABBgAFqIQojAEEgayIBJABBBEEQENICIgIgDjYCDCACIAw2AgggAiALNgIEIAIgCDYCAEEAIQgDQAJAIAIgCGohCwJAAkAgCEFwRg0AIAtBDGoiDEUNACAMEJQDDQELIAFBBDYCGCABIAI2AhAgASACNgIUIAEgC0EQajYCHCABIAFBEGoQnwI2AgwgDSAPKAIAQRxqIAooAgQgCigCCCABQQxqIgIQTCACENsCIAoQmgMgAUEgaiQADAELIAFBATYCECABIAwoAgA2AhQgCEEEayEIIAFBEGoQ3QIMAQsLIABB8ABqEM0CIABBkAFqJAAgCSAHLQAgIgAgBygCJCAHLQAhIAAbEKsCIAdBgAFqJAAgCSgCACAJKAIEIAkoAgggCUEQaiQAC4MIAgl/AX4jAEEQayIJJAAQVCIIIAMmARBUIgogBCYBEFQiCyAFJgEQVCIMIAYmASMAQYABayIHJAAgByACNgIMIAcgATYCCCAHIAg2AhAgByAKNgIUIAcgCzYCGCAHIAw2AhwgByAANgJ4IAcgB0H/AGoiADYCdCAHIAA2AnAgByAANgJsIAcgB0EcajYCaCAHIAA2AmQgByAANgJgIAcgADYCXCAHIAdBGGo2AlggByAANgJUIAcgADYCUCAHIAA2AkwgByAHQRRqNgJIIAcgADYCRCAHIAA2AkAgByAANgI8IAcgB0EQajYCOCAHIAA2AjQgByAANgIwIAcgB0EMajYCLCAHIAdBCGo2AiggB0EgaiENIwBBkAFrIgAkACAAQThqIAdBKGoiASgCUBB0IABBxABqIAEoAgAoAgAgASgCBCgCABCCAiAAQQA2AlAgAEEANgJYIABBADYCYCAAQQA2AmggACABKAIQKAIAIgg2AlQgACABKAIgKAIAIgs2AlwgACABKAIwKAIAIgw2AmQgACABKAJAKAIAIg42AmwCQCAAKAI4BEAgACgCREGAgICAeEcNAQsgAEEwaiAAQegAahCDAiAAKAIwIQogACgCNCELIABBKGogAEHgAGoQgwIgACgCKCEIIAAoAiwhDCAAQSBqIABB2ABqEIMCIAAoAiAhCSAAKAIkIQ0gAEEYaiAAQdAAahCDAiAAKAIYIQcgACgCHCEOIABBEGogAEHEAGoQ4gEgACgCECECIAAoAhQhDyAAQQhqIABBOGoQ9AEgACgCCCIBIAIgARsiAiAHIAIbIgcgCSAHGyIJIAggCRsiCCAKIAgbIgpBASAKGyAAKAIMIA8gARsgDiACGyANIAcbIAwgCRsgCyAIG0EAIAobEKYDAAsgACAAKAJANgJ4IAAgACkCOCIQNwNwIAAgACkCRDcDgAEgACAAKAJMNgKIASAQpyEPIABBgAFqIQojAEEgayIBJABBBEEQENICIgIgDjYCDCACIAw2AgggAiALNgIEIAIgCDYCAEEAIQgDQAJAIAIgCGohCwJAAkAgCEFwRg0AIAtBDGoiDEUNACAMEJQDDQELIAFBBDYCGCABIAI2AhAgASACNgIUIAEgC0EQajYCHCABIAFBEGoQnwI2AgwgDSAPKAIAQShqIAooAgQgCigCCCABQQxqIgIQTCACENsCIAoQmgMgAUEgaiQADAELIAFBATYCECABIAwoAgA2AhQgCEEEayEIIAFBEGoQ3QIMAQsLIABB8ABqEMwCIABBkAFqJAAgCSAHLQAgIgAgBygCJCAHLQAhIAAbEKsCIAdBgAFqJAAgCSgCACAJKAIEIAkoAgggCUEQaiQACw0AIAAgASACQQgQuAMLDQAgACABIAJBBBC4AwstAQF/AkAgACgCACIAQX9GDQAgACAAKAIEQQFrIgE2AgQgAQ0AIABBEBDhAgsLNQEBfyMAQRBrIgIkACACQQE2AgAgAiABKAIINgIMIAIgASkCADcCBCAAIAIQSCACQRBqJAALNAEBfwJAIABFDQAgASgCACICBEAgACACEQAACyABKAIEIgJFDQAgASgCCBogACACEOECCwseACACBEAgAiABEJgDIQELIAAgAjYCBCAAIAE2AgALNQEBfwJ/IAEoAgBFBEAgASgCCCECIAEoAgQMAQsgARDMAkEACyEBIAAgAjYCBCAAIAE2AgALNQEBfwJ/IAEoAgBFBEAgASgCCCECIAEoAgQMAQsgARDNAkEACyEBIAAgAjYCBCAAIAE2AgALNQEBfwJ/IAEoAgBFBEAgASgCCCECIAEoAgQMAQsgARDOAkEACyEBIAAgAjYCBCAAIAE2AgALLwEBfyMAQRBrIgIkACACIAApAgA3AgggAkEIaiIAIAEQxwEgABCfASACQRBqJAALLwEBfyMAQRBrIgIkACACIAApAgA3AgggAkEIaiIAIAEQsAEgABCfASACQRBqJAALLgEBfyMAQRBrIgIkACACIAApAgA3AgggAkEIaiIAIAEQXSAAEJ8BIAJBEGokAAsvAQF/IwBBEGsiAiQAIAIgACkCADcCCCACQQhqIgAgARDIASAAEJ8BIAJBEGokAAsvAQF/IAAoAgghASAAKAIEIQADQCABBEAgAUEBayEBIAAQ2wIgAEEEaiEADAELCwspAQF/IwBBEGsiAyQAIANBCGogACABIAIQciADKAIIIANBEGokAEEARwtkAQN/IwBBEGsiBSQAIwBBEGsiAyQAIANBBGoiBEHgABDcASAEQfsAEJQBIAVBBGoiBCADKAIMNgIIIAQgAykCBDcCACADQRBqJAAgACAEQdmIwABBBCABIAIQswIgBUEQaiQACyUAIABBgQJPBEAgAEEeIABnIgBrdiAAQQF0a0E8ag8LIABBBHYLLQEBfyMAQRBrIgEkACABIABBCGs2AgwgAUEMaiIAEIwBIAAQxgIgAUEQaiQAC+wBAgF/AX4CQAJAAkBBAUHIosAALQAAIgBBAmsgAEEBTRtB/wFxQQFrDgICAAELEJYDAAsjAEEgayIAJABBxKLAACkCACEBQciiwABBBDoAACAAIAE3AwggAEG8osAAKQIANwMAAkAgAC0ADEECRgRAIABBEGogACgCABEAAEHEosAAIAApAhg3AgBBvKLAACAAKQIQNwIAQciiwAAtAABBAU0NAUG0m8AAEN8CAAsgAC0ADEEBTQRAIAAQxQIgAEEEahDbAiAAQQhqIgAQrwMgABDbAgtBxJvAABDfAgALIABBIGokAAtBvKLAAAusDgMVfwF+AXwjAEEQayIKJAAQVCIFIAEmARBUIgYgAiYBEFQiCCADJgEQVCIJIAQmASMAQeAAayIHJAAgByAGNgIMIAcgBTYCCCAHIAg2AhAgByAJNgIUIAcgADYCWCAHIAdB3wBqIgA2AlQgByAANgJQIAcgADYCTCAHIAdBFGo2AkggByAANgJEIAcgADYCQCAHIAA2AjwgByAHQRBqNgI4IAcgADYCNCAHIAA2AjAgByAANgIsIAcgB0EMajYCKCAHIAA2AiQgByAANgIgIAcgADYCHCAHIAdBCGo2AhgjAEHwAGsiBiQAIAZBNGoiBSAHQRhqIgAoAkAQdCAGQQA2AkAgBkEANgJIIAZBADYCUCAGQQA2AlggBiAAKAIAKAIAIgk2AkQgBiAAKAIQKAIAIgs2AkwgBiAAKAIgKAIAIgg2AlQgBiAAKAIwKAIAIgA2AlwgBigCNEUEQCAGQSBqIAZB2ABqEIMCIAYoAiAhCiAGKAIkIQkgBkEYaiAGQdAAahCDAiAGKAIYIQggBigCHCELIAZBEGogBkHIAGoQgwIgBigCECEHIAYoAhQhDCAGQQhqIAZBQGsQgwIgBigCCCENIAYoAgwhDiAGIAUQ9QEgBigCACIAIA0gABsiBSAHIAUbIgcgCCAHGyIIIAogCBsiCkEBIAobIAYoAgQgDiAAGyAMIAUbIAsgBxsgCSAIG0EAIAobEKYDAAsgBiAGKAI8NgJoIAYgBikCNCIaNwNgIAZBKGohESAapyEMIwBB0AFrIgUkACAFIAs2AiwgBSAJNgIoIAUgADYCNCAFIAg2AjAgBUGACCAIIAVBMGoQkwMiDhs2AjggBSAIIAAgDhs2AjwgBUGcAWogBUEoahCTAQJAAkACQAJAAkACQAJAAkACQAJAIAUoApwBQYCAgIB4RwRAIAUgBSgCpAE2AkggBSAFKQKcATcDQCAFQThqEJEDDQEMAgsgBUGgAWpBrIrAAEEUEIkBIAVBADYCnAEgBUGcAWoQ+gIhAAwECyAFIAVBOGpB1IrAAEEHEN0BNgKcASAFQdAAaiAFQZwBaiIAEMkBIAAQ2wIgBSsDWCEbIAUpA1BCAVINACAbRAAAAAAAAAAAZEUNAUEBIRUgG0QAAMD////fQWNFDQELIAVBnAFqIAVBLGoQUCAFKAKgASELIAUoApwBIgBBCEcEQCAFIAUpAqQBNwJwIAUgCzYCbCAFIAA2AmggBUEgaiAFQegAahDjASAFKAIkIQAMAgsgBSALNgJkIAVBnAFqIAVBPGoQaCAFIAUpAqABNwO4ASAFIAUoAqgBNgLAASAFKAKsASEAIAUoApwBQQFGBEAgBSAFKALAATYCgAEgBSAFKQO4ATcDeCAFIAA2AoQBIAVBCGogBUH4AGoQ4wEgBSgCDCEAIAVB5ABqENsCDAILIAUgBSgCwAE2ApgBIAUgBSkDuAE3A5ABIAUgDCgCACIIQRRqENQBIgw2AogBIAxFDQMgBUEYaiAIQSxqQYCMwAAQ7wEgBSgCHCEJIAUoAhgQlAMgCSAJKAIAQQFrNgIARQRAIAUgDDYCjAEgBUEQaiAMQThqQeSMwAAQmQIgBSgCFCESIAUoAhAhDRCaAiEaIAUgDTYCxAEgBSAaNwPIASAFIAUpA5ABNwO4ASAFIAUoApgBNgLAASAFQZwBaiEJIAgoAgwhEyAIKAIQIRQgBSgCRCEWIAUoAkghFyAb/AMhGCAFQbgBaiEPIwBBEGsiCCQAIAggCzYCBAJAAkAgDS0AnAFBAUYEQCMAQRBrIhAkACAQQQhqIA1BjAFqIBMgFBBxIBAoAgggEEEQaiQARQ0BCyAIQQA2AgggCCALNgIMIAkgDSATIBQgFiAXIAhBCGpBAyAPIBUgGCAaEEYMAQsgCUEENgIMIAkgDygCCDYCCCAJIA8pAgA3AgAgCEEEahDbAgsgCEEQaiQAIBIgEigCAEEBajYCAAJAIAUoApwBQQJHBEAgCSAFQagBahCrAQwBCyAMQQhqEEUgBUGMAWoQTwsgBUGMAWoQwAIMBgsgBUEENgKcASAFQZABaiAFQZwBahCrASAFQYgBahDAAgwECyAFQaABakHbisAAQTkQiQEgBUEANgKcASAFQZwBahD6AiEACyAFQUBrEJoDCyAFQTxqENsCIAVBOGoQ2wJBASEIIA4NAwwECyAFQQI2ApwBIAVBkAFqIAVBnAFqEKsBCyAFQeQAahDbAgsgBUFAaxCaAyAFQTxqENsCIAVBOGoQ2wJBACEIIA5FDQELIAVBNGoQ2wILIAVBLGoQ2wIgBUEoahDbAiARIAA2AgQgESAINgIAIAVB0AFqJAAgBikDKCEaIAZB4ABqEM0CIAcgGjcDACAGQfAAaiQAIAogBygCACAHKAIEEKsCIAdB4ABqJAAgCigCACAKKAIEIAooAgggCkEQaiQAC0EBAX8jAEEQayIDJAAgA0EIaiABIAIQzQEgAygCCCEBIAAgAygCDCICNgIIIAAgATYCBCAAIAI2AgAgA0EQaiQACzABAX8CQCABKAIAIgIEQCABKAIEIQEMAQsgAUEEahDbAgsgACABNgIEIAAgAjYCAAssAQF/IAEoAgQiAiAAKAIAIgAoAghGBH8gACgCBCABKAIAIAIQsQEFQQELRQssAQF/IwBBEGsiASQAIAEgACgCADYCDCABQQxqIgAQVSAAEPICIAFBEGokAAs6AQN/IAAoAgAiAiABKAIAIgNyRSEEIAJFIANFcgR/IAQFIAAoAgAgACgCBCABKAIAIAEoAgQQuwILCw4AIABCgICAgJAPELoDCw4AIABCgICAgKAPELoDC7oEAgN/AX4jAEEQayIFJAAQVCIGIAMmASMAQUBqIgQkACAEIAI2AhAgBCABNgIMIAQgBjYCFCAEIAA2AjggBCAEQT9qIgA2AjQgBCAANgIwIAQgADYCLCAEIARBFGo2AiggBCAANgIkIAQgADYCICAEIARBEGo2AhwgBCAEQQxqNgIYIwBB4ABrIgAkACAAQSBqIARBGGoiASgCIBB0IABBLGogASgCACgCACABKAIEKAIAEIICIABBADYCOCAAIAEoAhAoAgAiAjYCPAJAIAAoAiAEQCAAKAIsQYCAgIB4Rw0BCyAAQRhqIABBOGoQgwIgACgCGCEEIAAoAhwhBSAAQRBqIABBLGoQ4gEgACgCECECIAAoAhQhBiAAQQhqIABBIGoQ9QEgACgCCCIBIAIgARsiAiAEIAIbIgRBASAEGyAAKAIMIAYgARsgBSACG0EAIAQbEKYDAAsgACAAKAIoNgJIIAAgACkCICIHNwNAIAAgACkCLDcDUCAAIAAoAjQ2AlgjAEEQayIBJAAgASACNgIMIAEgB6ciBigCAEEcaiAAQdAAaiABQQxqQQAQYEEBIQICfyABKAIAQQFGBEAgASgCBAwBC0EAIQIgBhCMAwshBiABQQxqENsCIAAgBjYCBCAAIAI2AgAgAUEQaiQAIAApAwAhByAAQUBrEM0CIAQgBzcDACAAQeAAaiQAIAUgBCgCACAEKAIEEKsCIARBQGskACAFKAIAIAUoAgQgBSgCCCAFQRBqJAALugQCA38BfiMAQRBrIgUkABBUIgYgAyYBIwBBQGoiBCQAIAQgAjYCECAEIAE2AgwgBCAGNgIUIAQgADYCOCAEIARBP2oiADYCNCAEIAA2AjAgBCAANgIsIAQgBEEUajYCKCAEIAA2AiQgBCAANgIgIAQgBEEQajYCHCAEIARBDGo2AhgjAEHgAGsiACQAIABBIGogBEEYaiIBKAIgEHQgAEEsaiABKAIAKAIAIAEoAgQoAgAQggIgAEEANgI4IAAgASgCECgCACICNgI8AkAgACgCIARAIAAoAixBgICAgHhHDQELIABBGGogAEE4ahCDAiAAKAIYIQQgACgCHCEFIABBEGogAEEsahDiASAAKAIQIQIgACgCFCEGIABBCGogAEEgahD1ASAAKAIIIgEgAiABGyICIAQgAhsiBEEBIAQbIAAoAgwgBiABGyAFIAIbQQAgBBsQpgMACyAAIAAoAig2AkggACAAKQIgIgc3A0AgACAAKQIsNwNQIAAgACgCNDYCWCMAQRBrIgEkACABIAI2AgxBASECIAEgB6ciBigCAEEcaiAAQdAAaiABQQxqQQEQYAJ/IAEoAgBBAUYEQCABKAIEDAELQQAhAiAGEIwDCyEGIAFBDGoQ2wIgACAGNgIEIAAgAjYCACABQRBqJAAgACkDACEHIABBQGsQzQIgBCAHNwMAIABB4ABqJAAgBSAEKAIAIAQoAgQQqwIgBEFAayQAIAUoAgAgBSgCBCAFKAIIIAVBEGokAAu6BAIDfwF+IwBBEGsiBSQAEFQiBiADJgEjAEFAaiIEJAAgBCACNgIQIAQgATYCDCAEIAY2AhQgBCAANgI4IAQgBEE/aiIANgI0IAQgADYCMCAEIAA2AiwgBCAEQRRqNgIoIAQgADYCJCAEIAA2AiAgBCAEQRBqNgIcIAQgBEEMajYCGCMAQeAAayIAJAAgAEEgaiAEQRhqIgEoAiAQdCAAQSxqIAEoAgAoAgAgASgCBCgCABCCAiAAQQA2AjggACABKAIQKAIAIgI2AjwCQCAAKAIgBEAgACgCLEGAgICAeEcNAQsgAEEYaiAAQThqEIMCIAAoAhghBCAAKAIcIQUgAEEQaiAAQSxqEOIBIAAoAhAhAiAAKAIUIQYgAEEIaiAAQSBqEPQBIAAoAggiASACIAEbIgIgBCACGyIEQQEgBBsgACgCDCAGIAEbIAUgAhtBACAEGxCmAwALIAAgACgCKDYCSCAAIAApAiAiBzcDQCAAIAApAiw3A1AgACAAKAI0NgJYIwBBEGsiASQAIAEgAjYCDCABIAenIgYoAgBBKGogAEHQAGogAUEMakEAEGBBASECAn8gASgCAEEBRgRAIAEoAgQMAQtBACECIAYQjgMLIQYgAUEMahDbAiAAIAY2AgQgACACNgIAIAFBEGokACAAKQMAIQcgAEFAaxDMAiAEIAc3AwAgAEHgAGokACAFIAQoAgAgBCgCBBCrAiAEQUBrJAAgBSgCACAFKAIEIAUoAgggBUEQaiQAC7oEAgN/AX4jAEEQayIFJAAQVCIGIAMmASMAQUBqIgQkACAEIAI2AhAgBCABNgIMIAQgBjYCFCAEIAA2AjggBCAEQT9qIgA2AjQgBCAANgIwIAQgADYCLCAEIARBFGo2AiggBCAANgIkIAQgADYCICAEIARBEGo2AhwgBCAEQQxqNgIYIwBB4ABrIgAkACAAQSBqIARBGGoiASgCIBB0IABBLGogASgCACgCACABKAIEKAIAEIICIABBADYCOCAAIAEoAhAoAgAiAjYCPAJAIAAoAiAEQCAAKAIsQYCAgIB4Rw0BCyAAQRhqIABBOGoQgwIgACgCGCEEIAAoAhwhBSAAQRBqIABBLGoQ4gEgACgCECECIAAoAhQhBiAAQQhqIABBIGoQ9AEgACgCCCIBIAIgARsiAiAEIAIbIgRBASAEGyAAKAIMIAYgARsgBSACG0EAIAQbEKYDAAsgACAAKAIoNgJIIAAgACkCICIHNwNAIAAgACkCLDcDUCAAIAAoAjQ2AlgjAEEQayIBJAAgASACNgIMQQEhAiABIAenIgYoAgBBKGogAEHQAGogAUEMakEBEGACfyABKAIAQQFGBEAgASgCBAwBC0EAIQIgBhCOAwshBiABQQxqENsCIAAgBjYCBCAAIAI2AgAgAUEQaiQAIAApAwAhByAAQUBrEMwCIAQgBzcDACAAQeAAaiQAIAUgBCgCACAEKAIEEKsCIARBQGskACAFKAIAIAUoAgQgBSgCCCAFQRBqJAALKQEBfyAAKAIIIgIgASgCBEYEfyAAKAIEIAEoAgAgAhCxAUEARwVBAQsLCgAgAEGoAhC2AwsoAQF/IwBBEGsiAiQAIAIgACgCADYCDCACQQxqIAEQkAIgAkEQaiQACywBAX8gASgCNCICIAAoAgAiACgCCEYEfyABKAIwIAAoAgQgAhCxAQVBAQtFCzAAIAAoAghBAk8EQCAAQSwQlAELIABBIhCUASAAIAEgAhDLASAAQdyXwABBAhDLAQsJACAAQSAQtgMLDgAgACABQdSbwAAQuwMLDgAgACABQYScwAAQuwML+ggCEH8BfiMAQRBrIgkkABBUIgQgASYBEFQiAyACJgEjAEFAaiIFJAAgBSADNgIMIAUgBDYCCCAFIAA2AjggBSAFQT9qIgA2AjQgBSAANgIwIAUgADYCLCAFIAVBDGo2AiggBSAANgIkIAUgADYCICAFIAA2AhwgBSAFQQhqNgIYIwBB0ABrIgQkACAEQSRqIgMgBUEYaiIAKAIgEHQgBEEANgIwIARBADYCOCAEIAAoAgAoAgAiBjYCNCAEIAAoAhAoAgAiBzYCPCAEKAIkRQRAIARBGGogBEE4ahCDAiAEKAIYIQggBCgCHCEJIARBEGogBEEwahCDAiAEKAIQIQUgBCgCFCEGIARBCGogAxD2ASAEKAIIIgAgBSAAGyIFIAggBRsiA0EBIAMbIAQoAgwgBiAAGyAJIAUbQQAgAxsQpgMACyAEIAQoAiw2AkggBCAEKQIkIhM3A0AgBUEQaiEIIwBB0ABrIgAkACAAIAc2AgwgACAGNgIIAkACQCATpyIDQQxqENQBIgYEQCAAIAY2AjAgBkEIaiIHEL0BDQEgAEEwahDAAgsgCEEAOwEADAELIAAgBjYCECAAQTBqIgogAyAHIABBCGoQXyAAKAI0IQYCQCAAKAIwIgdBgICAgHhHBEAgACAAKAI4NgIcIAAgBjYCGCAAIAc2AhQgCiAAQQxqEFAgACgCNCEGIAAoAjAiB0EIRwRAIAAgACkCODcCKCAAIAY2AiQgACAHNgIgIAggAEEgahDVASAAQRRqEJoDDAILIAAgACgCECIPQThqQYiQwAAQmQIgACgCBCEMIAAoAgAhByADKAIEIQsgAygCCCENIAAoAhghECAAKAIcIREjAEFAaiIDJAAgAyAGNgIEAkAgAEEwaiIKAn8gBy0AnAFBAUYEQEEHIAdBgAFqIAsgDRD8AUUNARogA0EgaiIOQYaKwABBBRD9ASADQRRqIhIgDkHjiMAAQQQgCyANELMCIANBCGoiCyASQd2IwABBBCAQIBEQswIgC0HpiMAAQQQQkQIgAyADKAIQNgIwIAMgAykCCDcCKCADQQE2AjwgA0HIlcAANgI4IANBgICAgHg2AjQgAyAGNgIkIANBATYCICAHQShqIA4QrAEgCkEINgIAIApBAToABAwCCyAKQQA6AARBCAs2AgAgA0EEahDbAgsgA0FAayQAIAwgDCgCAEEBajYCACAPQQhqEEUgAC0ANCEDIAAoAjAiBkEIRwRAIAAgACgAPDYATCAAIAApADU3AEUgACADOgBEIAAgBjYCQCAIIABBQGsQ1QEgAEEUahCaAyAAQRBqEMACDAMLIAhBADoAACAIIAM6AAEgAEEUahCaAyAAQRBqEMACDAILIAhBAToAACAIIAY2AgQLIABBEGoQwAILIABBDGoQ2wIgAEEIahDbAiAAQdAAaiQAIARBQGsQzgIgBEHQAGokACAJIAUtABAiACAFKAIUIAUtABEgABsQqwIgBUFAayQAIAkoAgAgCSgCBCAJKAIIIAlBEGokAAvaBwIMfwF+IwBBEGsiByQAEFQiAyABJgEQVCIGIAImASMAQUBqIgQkACAEIAY2AhQgBCADNgIQIAQgADYCOCAEIARBP2oiADYCNCAEIAA2AjAgBCAANgIsIAQgBEEUajYCKCAEIAA2AiQgBCAANgIgIAQgADYCHCAEIARBEGo2AhgjAEHQAGsiAyQAIANBJGoiBiAEQRhqIgAoAiAQdCADQQA2AjAgA0EANgI4IAMgACgCACgCACIFNgI0IAMgACgCECgCACIINgI8IAMoAiRFBEAgA0EQaiADQThqEIMCIAMoAhAhByADKAIUIQUgA0EIaiADQTBqEIMCIAMoAgghBCADKAIMIQkgAyAGEPQBIAMoAgAiACAEIAAbIgQgByAEGyIGQQEgBhsgAygCBCAJIAAbIAUgBBtBACAGGxCmAwALIARBCGogAyADKAIsNgJIIAMgAykCJCIPNwNAIANBGGohCSAPpyEKIwBBkAFrIgAkACAAIAg2AiQgACAFNgIgAkAgAEEgahCRA0UEQCAAQeAAakGFk8AAQRoQiQEgAEEANgJcIABB3ABqEPoCIQZBASEFDAELIABB3ABqIABBJGoQaCAAIAApAmA3A3ggACAAKAJoNgKAAUEBIQUgACgCbCEGIAAoAlxBAUYEQCAAIAAoAoABNgJAIAAgACkDeDcDOCAAIAY2AkQgAEEIaiAAQThqEOMBIAAoAgwhBgwBCyAAIAAoAoABNgIwIAAgACkDeDcDKCAAIAY2AjQgAEHcAGogAEEgahBQIAAoAmAhCCAAKAJcIgVBCEcEQCAAIAApAmQ3AlQgACAINgJQIAAgBTYCTCAAQRhqIABBzABqEOMBIAAoAhwhBiAAQTRqENsCIABBKGoQugJBASEFDAELIAAgACgCMDYCgAEgACAAKQMoNwN4IABBEGogCigCACIOQThqQeSMwAAQmQIgACgCFCELIAAoAhAhDCAAEJoCIg83A4gBIAAgDDYChAEjAEEQayIFJAAgBUEANgIIIAUgCDYCDCAAQdwAaiIIIAxB5ZPAAEEGQcqUwABBCyAFQQhqQQAgAEH4AGpBACAFIA8QRiAFQRBqJAAgCyALKAIAQQFqNgIAAkAgACgCXEECRwRAIAggAEHoAGoQqwEMAQsgDkEIahBFIAoQTwtBACEFCyAAQSRqENsCIABBIGoQ2wIgCSAGNgIEIAkgBTYCACAAQZABaiQAIAMpAxggA0FAaxDMAjcDACADQdAAaiQAIAcgBCgCCCAEKAIMEKsCIARBQGskACAHKAIAIAcoAgQgBygCCCAHQRBqJAAL8gMCBn8BfiMAQRBrIgUkABBUIgQgASYBEFQiBiACJgEjAEFAaiIDJAAgAyAGNgIUIAMgBDYCECADIAA2AjggAyADQT9qIgA2AjQgAyAANgIwIAMgADYCLCADIANBFGo2AiggAyAANgIkIAMgADYCICADIAA2AhwgAyADQRBqNgIYIwBB0ABrIgAkACAAQSRqIgYgA0EYaiIEKAIgEHQgAEEANgIwIABBADYCOCAAIAQoAgAoAgAiBzYCNCAAIAQoAhAoAgAiCDYCPCAAKAIkRQRAIABBEGogAEE4ahCDAiAAKAIQIQUgACgCFCEHIABBCGogAEEwahCDAiAAKAIIIQQgACgCDCEIIAAgBhD0ASAAKAIAIgMgBCADGyIEIAUgBBsiBUEBIAUbIAAoAgQgCCADGyAHIAQbQQAgBRsQpgMACyAAIAAoAiw2AkggACAAKQIkIgk3A0AjAEEQayIEJAAgBCAINgIMIAQgBzYCCCAEIAmnIARBCGoiBiAEQQxqIgcQSSAEKQMAIQkgBxDbAiAGENsCIABBGGogCTcDACAEQRBqJAAgACkDGCEJIABBQGsQzAIgA0EIaiAJNwMAIABB0ABqJAAgBSADKAIIIAMoAgwQqwIgA0FAayQAIAUoAgAgBSgCBCAFKAIIIAVBEGokAAsnAQF/IAAoAggiAiABKAIERgR/IAAoAgQgASgCACACELEBBUEBC0ULDQAgACABIAJBCBC5AwsnAgF/AXwjAEEQayIAJAAgABAPOQMIIABBCGorAwAgAEEQaiQA/AcLKgEBfyMAQRBrIgMkACADIAAoAgA2AgwgA0EMaiABIAIQ5AEgA0EQaiQACy0AIAEoAgBFBEAgAUF/NgIAIAAgATYCBCAAIAFBBGo2AgAPC0HgicAAEIcCAAsNACAAIAEgAkEEELkDCzYBAX9BBEEgENICIgFCgYCAgBA3AgAgASAAKQIANwIIIAEgACkCCDcCECABIAApAhA3AhggAQuQAgEGfyMAQRBrIgQkACAEEPcCIgU2AgwgBEEMaiECIwBBIGsiASQAIAEgACkCADcDCCABIAApAgg3AxAgASgCDCEAIAEoAhQhBgNAIAAgBkcEQCABIABBBGoiAzYCDCABIAAoAgA2AhwgAiABQRxqIgAQgwMgABDbAiADIQAMAQsLIwBBEGsiAyQAIAMgAUEIaiIANgIMIAAoAgwgACgCBCIAa0ECdiECA0AgAgRAIAJBAWshAiAAENsCIABBBGohAAwBCwsjAEEQayIAJAAgACADQQxqKAIAIgIoAgA2AgwgACACKAIINgIIIABBCGoQvwEgAEEQaiQAIANBEGokACABQSBqJAAgBEEQaiQAIAUL3hoDGH8DfgF8IwBBEGsiDCQAEFQiAyAAJgEQVCIGIAEmASMAQUBqIgkkACAJIAY2AhggCSADNgIUIAkgCUE/aiIDNgI4IAkgAzYCNCAJIAM2AjAgCSAJQRhqNgIsIAkgAzYCKCAJIAM2AiQgCSADNgIgIAkgCUEUajYCHCMAQRBrIhAkACAQQQhqIRQgCUEcaiIDKAIAKAIAIQYgAygCECgCACEDIwBB4AFrIgIkACACIAM2AmQgAiAGNgJgAkACQCACQeAAaiIDEJADRQRAIAMQlANFDQELIAJB+ABqQcKSwABBDhC8AQwBCyACIAJB4ABqIgNBtJHAAEEDEN0BNgLUASACIANB94jAAEEDEN0BNgLYAQJAAkACQCACQdQBaiIDEJADDQAgAxCUAw0AAkAgAkHYAWoiAxCQAw0AIAMQlAMNACACQeQAaiIDEJQDDQIgAxCQAw0CIAMQkwMNAiACQfgAakGUi8AAQRoQvAEMAwsgAkH4AGpBnpLAAEESELwBDAILIAJB+ABqQbCSwABBEhC8AQwBCyACQbABaiACQdQBahCTASACQdgAaiACQdgBahCcASACQdAAaiACKAJYIAIoAlwQuwECQCACKAJQQQFGBEAgAiACKAJUNgLcASACQcABaiACQdwBaiIDEJMBIAMQ2wIMAQsgAkGAgICAeDYCwAELIAIgAigCuAE2AqABIAIgAikCsAEiGjcDmAEgAiACKQLAASIbNwKkASACIAIoAsgBNgKsASACQaQBaiEDIBqnQYCAgIB4RiIGRSAbpyIFQYCAgIB4R3FFBEAgBgR/IAUFIAJBmAFqEJoDIAIoAqQBC0GAgICAeEcEQCADEJoDCyACQfgAakGEksAAQRoQvAEMAQsgAiACKAKgATYCuAEgAiACKQOYATcDsAEgAiADKAIINgLIASACIAMpAgA3A8ABIAIgAkHgAGpBt5HAAEEOEN0BNgLcASACQZgBaiACQdwBaiIDEMkBIAIpA5gBIRogAisDoAEhHSADENsCIB1EAAAAAAAAAABkRSAdRAAAwP///99BY0VyIBpCAVFxRQRAIAIgAigCuAE2AogBIAIgAikDsAE3AoABIAIgAikDwAE3AowBIAIgAigCyAE2ApQBIAIgGj4CeCACIB38AzYCfCACQdgBahDbAiACQdQBahDbAgwCCyACQfgAakHFkcAAQT8QvAEgAkHAAWoQmgMgAkGwAWoQmgMLIAJB2AFqENsCIAJB1AFqENsCCyACIAIpAoABNwNoIAIgAigCiAE2AnAgAigCfCEDAkACQAJ/AkACQCACKAJ4IgZBAkYEQCACIAM2ApgBIAIgAikDaDcCnAEgAiACKAJwNgKkASACQQhqIAJBmAFqEOMBIAIoAgwhEQwBCyACIAIoApQBNgLIASACIAIpAowBNwPAASACIAIoAnA2ArgBIAIgAikDaDcDsAEgAkH4AGoiBSACQeQAahBoIAIgAikCfDcDmAEgAiACKAKEATYCoAEgAigCiAEhESACKAJ4QQFHDQEgAiACKAKgATYCgAEgAiACKQOYATcDeCACIBE2AoQBIAJBEGogBRDjASACKAIUIREgAkHAAWoQmgMgAkGwAWoQmgMLQQEMAQsgAiACKAKgATYCgAEgAiACKQOYATcDeCACIAIpA8ABNwKEASACIAIoAsgBNgKMASACKAK0ASACKAK4ASACIAM2ApwBIAIgBjYCmAEgAiACQZgBajYCkAEjAEHwAmsiByQAQQhBqAIQmQMiBUUEQEEIQagCEKgDAAsgBUKAgICAEDcDACAHIAU2AgwgB0EMaiIDEKUCIRIgAxClAhCNAxAOIQAQVCIVIAAmASAHIBU2AhAgB0GwjsAAQQUQ4AI2ArgBIAdBEGogB0G4AWoiBBCCAyEYIAQQ2wIjAEEQayIDJAAgAxAgOQMIIANBCGorAwAhHSADQRBqJAAgByAdRAAAAADiN+BBovwHNwPoAiAHQaCMwAA2ArgBIAdCgICAgOAANwLAASAHIAdB6AJqNgK8ASMAQRBrIgokACAKQQA2AgwgCkKAgICAEDcCBCMAQRBrIggkACAEKQIAIRogCkEEaiILIAQoAgwiAyAEKAIIIgZrIg1BACADIA1PGxC4AiAIIAM2AgwgCCAGNgIIIAggGjcDACAIKAIMIgYgCCgCCCIDIAMgBkkbIQ0gCCgCBCEOIAgoAgAhDwJAAkADQCADIA1HBEAgDikDACEcAkAgA0UEQEIBIRoMAQtCJCEbQgEhGiADIQYDQAJAIAZBAXEEQCAaIBt+IRogBkEBRg0BCyAGQQF2IQYgGyAbfiEbDAELCyAaUA0DCyADQQFqIQMgCyAPIBwgGoBCJIKnai0AABCUAQwBCwsMAQtBoKHAAEEzQcSMwAAQ0wEACyAIQRBqJAAgB0HcAmoiDSIDIAooAgw2AgggAyAKKQIENwIAIApBEGokACACQfgAaiIGQQxqIQggBygC4AIhDiAHKALkAiEPIAYoAhgiAygCACEKIAMoAgQhCxCaAiEaIwBBEGsiAyQAIANBBGoiEyAOIA8QiQEgE0H8lcAAQQEQywEgBCADKAIMNgJwIAQgAykCBDcCaCAEQQA6AJwBIAQgEjYCmAEgBCALNgIkIAQgCjYCICAEQQA2ApQBIARCgICAgMAANwKMASAEQgQ3AoQBIARCADcCfCAEQoCAgICAATcCdCAEQgE3A0ggBCAaIAutfCIaNwMIIAQgCq0iGzcDACAEIAgpAgA3AlwgBCAIKAIINgJkIAQgBikCADcCUCAEIAYoAgg2AlggBEIANwNAIARCgICAgMAANwM4IARCADcDMCAEQoCAgIDAADcDKCAEIBs3AxAgBCAaNwMYIANBEGokACAHQRhqIARBoAH8CgAAQdmIwABBBBDgAiEDQd2IwABBBBDgAiEEQeGIwABBAhDgAiEIQeOIwABBBBDgAiEKQeeIwABBAhDgAiELQemIwABBBBDgAiESQe2IwABBBRDgAiEOQfeJwABBBxDgAiEPQf6JwABBCBDgAiETQYaKwABBBRDgAiEZIA0QmgMgBUEANgI4IAVCBDcDMCAFQgA3AyggBUECNgIYIAVBADYCCCAFQTxqIAdBFGpBpAH8CgAAIAVCADcDmAIgBSAYNgKUAiAFIBU2ApACIAVCgICAgICAATcDiAIgBSAZNgKEAiAFIBM2AoACIAUgDzYC/AEgBSAONgL4ASAFIBI2AvQBIAUgCzYC8AEgBSAKNgLsASAFIAg2AugBIAUgBDYC5AEgBSADNgLgASAFQQE2AgAgB0HwAmokACACIAU2AswBIAUgBSgCAEEBaiIDNgIAIANFDQEgBRCNAxAQIQAQVCIEIAAmASACQcgAaiAFQYgCakHkjcAAEJ0CIAIoAkwhAyACKAJIIgcQ2wIgByAENgIAIAMgAygCAEEBajYCACAFIAUoAgRBAWoiAzYCBCADRQ0BIAJB9I3AADYCfCACIAU2AngjAEEQayIEJABBuJPAAEEQEBYhABBUIgcgACYBIARBCGoQrwJBASEDIAJBQGsiCAJ/IAQoAghBAUYEQCAEKAIMDAELQQAhAyAHCzYCBCAIIAM2AgAgBEEQaiQAIAIoAkQhBAJAIAIoAkBBAUYEQCAGEJ8BIAIgBDYCaCACQRhqIAVBOGpBoI7AABCZAiACKAIcIQMgAigCGCAGIAJB6ABqIgcQUSAGEPEBIAMgAygCAEEBajYCACACQcwBahCQASAHENsCDAELIAIgBDYC0AEgAkE4aiACQfgAaiIDEOcBIAIoAjghByACKAI8IQhBBEEIENICIgYgCDYCBCAGIAc2AgAgAiAGQdyBwAAQmwMiCDYC1AEgAkEwaiADEOcBIAIoAjAhByACKAI0IQpBBEEIENICIgYgCjYCBCAGIAc2AgAgBkHwgcAAED4hABBUIgYgACYBIAIgBjYC2AEgAkEoaiADEOcBIAIoAighByACKAIsIQpBBEEIENICIgMgCjYCBCADIAc2AgAgA0GEgsAAEDwhABBUIgcgACYBIAIgBzYC3AFBBEEIENICIgNB9I3AADYCBCADIAU2AgAgAiADQZiCwAAQmwMiCjYCaCACQdABaiIDIAJB1AFqELQCIAMgAkHYAWoQtwIgAyACQdwBahC1AiADIAJB6ABqELYCQQRBGBDSAiIDQQE6ABQgAyAKNgIQIAMgBzYCDCADIAY2AgggAyAINgIEIAMgBDYCACACQSBqIAVBmAJqQZCOwAAQnQIgAigCJCEGIAIoAiAiBBDzAiAEQciTwAA2AgQgBCADNgIAIAYgBigCAEEBajYCACACQcwBahBPCyACIAU2AnggAkH4AGoQwAIgAkGwAWoQmgNBAAshAyACQeQAahDbAiACQeAAahDbAiAUIBE2AgQgFCADNgIAIAJB4AFqJAAMAQsACyAQKAIMIQMgCUEIaiIGIBAoAgg2AgAgBiADNgIEIBBBEGokACAMIAkoAgggCSgCDBCrAiAJQUBrJAAgDCgCACAMKAIEIAwoAgggDEEQaiQAC8cDAgl/AX4jAEEQayIEJAAQVCICIAEmASMAQTBrIgMkACADIAI2AhQgAyAANgIoIAMgA0EvaiIANgIkIAMgADYCICADIAA2AhwgAyADQRRqNgIYIwBBQGoiACQAIABBHGoiAiADQRhqIgUoAhAQdCAAQQA2AiggACAFKAIAKAIAIgY2AiwgACgCHEUEQCAAQQhqIABBKGoQgwIgACgCCCEEIAAoAgwhBSAAIAIQ9gEgACgCACIDIAQgAxsiAkEBIAIbIAAoAgQgBSADG0EAIAIbEKYDAAsgA0EIaiAAIAAoAiQ2AjggACAAKQIcIgs3AzAgAEEQaiEFIwBBIGsiAiQAIAIgBjYCDAJAIAunIgZBDGoQ1AEiBwRAIAIgBzYCECACIAJBEGoiCSAGQRBqIAJBDGoiChBJIAIoAgQhBiACKAIAIQcgCRDAAiAKENsCDAELIAJBAjYCECACQRBqEPoCIQYgAkEMahDbAkEBIQcLIAUgBzYCACAFIAY2AgQgAkEgaiQAIAApAxAgAEEwahDOAjcDACAAQUBrJAAgBCADKAIIIAMoAgwQqwIgA0EwaiQAIAQoAgAgBCgCBCAEKAIIIARBEGokAAujBQIMfwF+IwBBEGsiBSQAEFQiAiABJgEjAEEwayIDJAAgAyACNgIUIAMgADYCKCADIANBL2oiADYCJCADIAA2AiAgAyAANgIcIAMgA0EUajYCGCMAQUBqIgIkACACQRxqIgAgA0EYaiIEKAIQEHQgAkEANgIoIAIgBCgCACgCACIENgIsIAIoAhxFBEAgAkEIaiACQShqEIMCIAIoAgghAyACKAIMIQUgAiAAEPQBIAIoAgAiACADIAAbIgNBASADGyACKAIEIAUgABtBACADGxCmAwALIANBCGogAiACKAIkNgI4IAIgAikCHCIONwMwIAJBEGohByAOpyEIIwBB8ABrIgAkACAAIAQ2AhQgAEE8aiAAQRRqEGggACAAKQJANwMYIAAgACgCSDYCIEEBIQQgACgCTCEGAkAgACgCPEEBRgRAIAAgACgCIDYCMCAAIAApAxg3AyggACAGNgI0IAAgAEEoahDjASAAKAIEIQYMAQsgACAAKAIgNgJgIAAgACkDGDcDWCAAQQhqIAgoAgAiDEE4akHkjMAAEJkCIAAoAgwhCSAAKAIIIQogABCaAiIONwNoIAAgCjYCZCMAQRBrIgQkACAEQQQ2AgwgBEGLisAANgIIIABBPGoiDSAKQeWTwABBBkHrk8AAQQkgBEEIakECIABB2ABqQQAgBCAOEEYgBEEQaiQAIAkgCSgCAEEBajYCAAJAIAAoAjxBAkcEQCANIABByABqEKsBDAELIAxBCGoQRSAIEE8LQQAhBAsgAEEUahDbAiAHIAY2AgQgByAENgIAIABB8ABqJAAgAikDECACQTBqEMwCNwMAIAJBQGskACAFIAMoAgggAygCDBCrAiADQTBqJAAgBSgCACAFKAIEIAUoAgggBUEQaiQACygBAX8gACgCACIAQYAITyAAQYQISXEEfyAABRBUIgEgACUBJgEgAQsLJQEBfyAAKAIAIgFBBktBASABdEHDAHFFckUEQCAAQQRqEJoDCwspAQF/AkAgACgCACIAQX9GDQAgACAAKAIEQQFqIgE2AgQgAQ0AAAsgAAsqACAALQAEQQFxRQRAIAAQQSAAEMACIABBAToABEEADwtB1IzAABCXAwALJgEBfyAAKAIIIgMgAU0EQCABIAMgAhCoAQALIAAoAgQgAUEcbGoLJgEBfyMAQRBrIgEkACABIABBCGs2AgwgAUEMahCMASABQRBqJAALJgEBfyMAQRBrIgEkACABIABBCGs2AgwgAUEMahDGAiABQRBqJAALJgEBfyMAQRBrIgEkACABIABBCGs2AgwgAUEMahDEAiABQRBqJAALJgAgACABNgIIIAAgAkEAIAFBAXEiARs2AgQgAEEAIAIgARs2AgALiwoCEH8BfiMAQRBrIgokABBUIgQgASYBEFQiAyACJgEjAEFAaiIFJAAgBSADNgIUIAUgBDYCECAFIAA2AjggBSAFQT9qIgA2AjQgBSAANgIwIAUgADYCLCAFIAVBFGo2AiggBSAANgIkIAUgADYCICAFIAA2AhwgBSAFQRBqNgIYIwBB0ABrIgQkACAEQSRqIgMgBUEYaiIAKAIgEHQgBEEANgIwIARBADYCOCAEIAAoAgAoAgAiBjYCNCAEIAAoAhAoAgAiBzYCPCAEKAIkRQRAIARBEGogBEE4ahCDAiAEKAIQIQYgBCgCFCEHIARBCGogBEEwahCDAiAEKAIIIQUgBCgCDCEKIAQgAxD2ASAEKAIAIgAgBSAAGyIFIAYgBRsiA0EBIAMbIAQoAgQgCiAAGyAHIAUbQQAgAxsQpgMACyAEIAQoAiw2AkggBCAEKQIkIhM3A0AgBEEYaiEQIwBBQGoiACQAIAAgBzYCDCAAIAY2AggCQCATpyIGQQxqENQBIgMEQCAAIAM2AhAgAEEwaiILIAYgA0EIaiAAQQhqEF8gACgCNCEDIAAoAjAiB0GAgICAeEcEQCAAIAAoAjg2AhwgACADNgIYIAAgBzYCFCAAQQxqEI8DIgMEQCAAKAIQIREgACAAKAIcNgI4IAAgACkCFDcDMCAAIBFBOGpBiJDAABCZAiAAKAIEIRIgACgCACEIIAYoAgQhDCAGKAIIIQ0gAxCjAiEPIwBBMGsiBiQAIAYgDzYCFCMAQRBrIgckACAHQQhqIAhBgAFqIgggDCANEHJBACEDIAcoAghBAUYEQCAIIAcoAgxBsJjAABCnAkEMaiEDCyAAQSBqIQwgB0EQaiQAIAZBBzYCGAJAIANFBEAgDEEHNgIAIAZBFGoQ2wIgCxCaAwwBCyAGQRhqIgcQpAIgBiALKAIINgIgIAYgCykCADcDGCAGQQhqIQ0jAEEQayIIJAAgCEEIaiADIAcoAgQgBygCCBBxAkACQAJ/IAgoAghBAUYEQCAIKAIMIgkgAygCCCIOTw0CIAMoAgQgCUEEdGoiCSgCDCEDIAkgDzYCDCAHEJoDQQEMAQsgAygCCCIJIAMoAgBGBEAgAxDAAQsgAygCBCAJQQR0aiIOIAcoAgg2AgggDiAHKQIANwIAIA4gDzYCDCADIAlBAWo2AghBAAshByANIAM2AgQgDSAHNgIAIAhBEGokAAwBCyAJIA5BoJjAABCoAQALIAYgBigCDDYCLCAGIAYoAggiAzYCKCADBEAgBkEsahDbAgsgDEEINgIACyAGQTBqJABBASEGIBIgEigCAEEBajYCACARQQhqEEUgACgCICIDQQhHBEAgACAAKAIsNgI8IAAgACkCJDcCNCAAIAM2AjAgCxD6AiEDIABBEGoQwAIMBAsgAEEQahDAAkEAIQYMAwsgAEE0akHAisAAQRQQiQEgAEEANgIwIABBMGoQ+gIhAyAAQRRqEJoDCyAAQRBqEMACQQEhBgwBCyAAQQc2AjAgAEEwahD6AiEDQQEhBgsgAEEMahDbAiAAQQhqENsCIBAgAzYCBCAQIAY2AgAgAEFAayQAIAQpAxghEyAEQUBrEM4CIAVBCGogEzcDACAEQdAAaiQAIAUoAgwhACAFIAUoAggiBDYCBCAFIABBACAEQQFxGzYCACAKIAUpAwA3AgAgBUFAayQAIAooAgAgCigCBCAKQRBqJAALMQEBfyMAQRBrIgMkACADIAAgARBUIgAgAiYBIAAQgQEgAygCACADKAIEIANBEGokAAsgACABLQAQQQFGBH8gASAAKAIAKAIAEJgCQQFzBUEBCwstAQF+QYCjwAApAwAhAUGAo8AAQgA3AwAgACABQiCIPgIEIAAgAadBAUY2AgALlwkCCX8BfhBUIgQgASYBEFQiBiACJgEQVCIHIAMmASMAQdAAayIFJAAgBSAGNgIQIAUgBDYCDCAFIAc2AhQgBSAANgJIIAUgBUHPAGoiADYCRCAFIAA2AkAgBSAANgI8IAUgBUEUajYCOCAFIAA2AjQgBSAANgIwIAUgADYCLCAFIAVBEGo2AiggBSAANgIkIAUgADYCICAFIAA2AhwgBSAFQQxqNgIYIwBB4ABrIgQkAAJAAkAgBUEYaiIGKAIwIgAEQCAAKAIAIgdB/////wdPBEAgBEHPADYCNCAEQdqAwAA2AjAgBEEANgIsQQEhAAwDCyAAIAdBAWo2AgAgAEEIayIHIAcoAgBBAWoiCDYCACAIRQ0BIAQgBzYCNCAEIAA2AjAgBCAAQQRqNgIsQQAhAAwCCyAEQRs2AjQgBEG/gMAANgIwIARBADYCLEEBIQAMAQsACyAEQQA2AjggBEEANgJAIARBADYCSCAEIAYoAgAoAgAiBzYCPCAEIAYoAhAoAgAiCDYCRCAEIAYoAiAoAgAiBjYCTAJAIABFBEAgBCAEKAI0NgJYIAQgBCkCLCINNwNQIwBBgAFrIgAkACAAIAg2AhggACAHNgIUIAAgBjYCHCANpxDUASIGBEAgACAGNgIgIAAgAEEUaiIHNgIkIABBKGogAEEkaiIIIAZB6AFqEIoBIABBNGogCCAGQeQBahCKASAAIAcgBkHwAWoQsgI2AlAgAEHgAGoiByAAQdAAaiIIEGICQCAAKAJgQYCAgIB4RwRAIAZBCGogACAAKAJoNgJIIAAgACkCYDcDQCAIENsCIAggAEEcahBQAkAgACgCUEEIRwRAIAAgACkCWDcDaCAAIAApAlA3A2AQrgMhCCAAQfQAaiAHEGogBxCkAgwBCyAAKAJUIQggAEEYahCcA0UEQCAAQYCAgIB4NgJ0DAELIABB9ABqIABBGGoQUQsgACAAKAJ8NgJoIAAgACkCdDcDYCAAQQhqIAZBOGpBiJDAABCZAiAAKAIMIQYgACgCCCAAKAIsIAAoAjAgACgCRCAAKAJIIAAoAjggACgCPEEBIAggACgCeEEAIAAoAnRBgICAgHhHGyAAKAJ8EEogBiAGKAIAQQFqNgIAEEUgAEHgAGoQ5AIgAEFAaxCaAwwBCyAAQdAAahDbAgsgAEE0ahCaAyAAQShqEJoDIABBIGoQwAILIABBHGoQ2wIgAEEYahDbAiAAQRRqENsCIABBgAFqJAAgBEHQAGoQzwIgBEHgAGokAAwBCyAEQSBqIARByABqEIMCIAQoAiAhByAEKAIkIQggBEEYaiAEQUBrEIMCIAQoAhghCSAEKAIcIQogBEEQaiAEQThqEIMCIAQoAhAhCyAEKAIUIQwgBEEIaiEFQQAhBgJ/IARBLGoiACgCAEUEQCAAKAIIIQYgACgCBAwBCyAAEM8CQQALIQAgBSAGNgIEIAUgADYCACAEKAIIIgAgCyAAGyIFIAkgBRsiBiAHIAYbIgdBASAHGyAEKAIMIAwgABsgCiAFGyAIIAYbQQAgBxsQpgMACyAFQdAAaiQACyQBAX8gACgCACAAKAIIIgJrIAFJBEAgACACIAFBBEEEEMoBCwshAAJ/IAAQkQNFBEBBgAggABCTA0UNARoLIAAgARCCAwsLJwAgASACIAMQkQIgASAEIAUQRyAAIAEoAgg2AgggACABKQIANwIACxoAIAAoAgAlASABBH8gASgCAAVBAAslARASCxoAIAAoAgAlASABBH8gASgCAAVBAAslARAUCxoAIAAoAgAlASABBH8gASgCAAVBAAslARAVCxoAIAAoAgAlASABBH8gASgCAAVBAAslARAXCyQBAX8gACgCACAAKAIIIgJrIAFJBEAgACACIAFBAUEBEMoBCwuOBgIGfwF+A0AjAEEQayICJAACQAJ/AkAgACABQRNqQXBxIgMgACADSxtBAWsQ/gEiBEEBaiIFQT5NBEACQEHoosAAKQMAIghCfyAFrYaDEK0DIgVBP00EQCAAQRFJDQEgAEEBayEGA0AgAkEEaiAFIAMgBhBuIAIoAgRBAUYNBCAFQT9JBEBB6KLAACkDAEJ/IAVBAWqthoMQrQMiBUHAAEkNAQsLIAJBBGogBCADIAYQbiACKAIEDQNBACEFDAULQQAhBSAIIAStiEIBg1ANBCACQQRqIAQgAyAAQQFrEG4gAigCBEEBRg0CDAQLQfCiwAAoAgAgBUECdGooAgAiBSgCDCAFELgBIAVBBGsiBiAGKAIAQQJzNgIAIAVqDAILQQAhBUHoosAAKQMAQgBZDQIgAkEEakE/IAMgAEEBaxBuIAIoAgRBAUcNAgsgAigCCCEFIAIoAgwLIQQgBCADIAVqIgNGBH9BAQUgAyAEEHhBAwshBCADQQRrIAQ2AgALIAJBEGokACAFRQRAIAFBE2pBcHEgAEEAIABBEEsbakGPgARqQRB2IgNAACIGQX9GIgdFBEBB9KLAACgCACECQfSiwABBADYCACADQRB0IQRB9KLAAAJ/IAJBACAGQRB0IgMgAkYbRQRAQX8gAyAEaiICIAIgA0kbQXBxIQYCfwJAQfCiwAAoAgAEQEEAIAMgA0ETakFwcSIEQRBqIgJLIAIgBktyDQIaIARBBGtBBzYCAAwBC0EAIANBASADG0EDakF8cSIDQZMCakFwcSIEIANJIAQgBktyDQEaQfCiwAAgAzYCACAEQQRrQQNBASAEIAZJGzYCAEEAIQIDQCACQYACRg0BIAIgA2pBADYCACACQQRqIQIMAAsACyAEIAZJBEAgBCAGEHgLIAYLDAELIAJBfyADIARqIgQgAyAESxtBcHEiA08EfyACBQJAIAJBBGsiBigCACIEQQFxRQRAIAIgBGsiAhC4AQwBCyAGIARBAnI2AgALIAIgAxB4IAMLCzYCAAsgB0UNAQsLIAULHAEBfyAAKAIAIABBBGoQ2wIEQCAAQQhqENsCCwsXACABIANGBH8gACACIAEQsQEFQQELRQtUAQF/IAAoAgAiASABKAIAQQFrIgE2AgAgAUUEQCMAQRBrIgEkACABIABBBGo2AgwgASAAKAIAIgA2AgggAEEMahDBAiABQQhqEPABIAFBEGokAAsLWwEBfyAAKAIAIgEgASgCAEEBayIBNgIAIAFFBEAjAEEQayIBJAAgASAAQQRqNgIMIAEgACgCACIANgIIIABBDGoiABCpASAAEMACIAFBCGoQ8AEgAUEQaiQACwuKAQECfyAAKAIAIgEgASgCAEEBayIBNgIAIAFFBEAjAEEQayIBJAAgASAAQQRqNgIMIAEgACgCACIANgIIIABBDGoiAEEMahCOAiAAEJoDIABBEGoQ2wICQCABQQhqKAIAIgBBf0YNACAAIAAoAgRBAWsiAjYCBCACDQAgAEEgEOECCyABQRBqJAALC1QBAX8gACgCACIBIAEoAgBBAWsiATYCACABRQRAIwBBEGsiASQAIAEgAEEEajYCDCABIAAoAgAiADYCCCAAQQxqEI4CIAFBCGoQ8AEgAUEQaiQACwt4AQJ/IAAoAgAiASABKAIAQQFrIgE2AgAgAUUEQCMAQRBrIgEkACABIABBBGo2AgwgASAAKAIAIgA2AgggAEEIahBXAkAgAUEIaigCACIAQX9GDQAgACAAKAIEQQFrIgI2AgQgAg0AIABBqAIQ4QILIAFBEGokAAsLmAEBAn8gACgCACIBIAEoAgBBAWsiATYCACABRQRAIwBBEGsiASQAIAEgAEEEajYCDCABIAAoAgAiADYCCCAAQRRqEI4CIABBCGoQmgMgAEEYahDbAiAAQRxqEPQCIABBMGoQ2wICQCABQQhqKAIAIgBBf0YNACAAIAAoAgRBAWsiAjYCBCACDQAgAEE0EOECCyABQRBqJAALCyUAIAAgASgCCDYCBCAAIAEoAgRBACABKAIAQYCAgIB4Rxs2AgALHQAgAARAIAAgASgCEBEAAA8LQdCZwABBMhCmAwALVAEBfyAAKAIAIgEgASgCAEEBayIBNgIAIAFFBEAjAEEQayIBJAAgASAAQQRqNgIMIAEgACgCACIANgIIIABBDGoQyAIgAUEIahCSAiABQRBqJAALC+MCAQZ/IAAoAgAiASABKAIAQQFrIgE2AgAgAUUEQCMAQRBrIgQkACAEIABBBGo2AgwgBCAAKAIAIgE2AggjAEEQayIAJAACQCABQQxqIgUoAgwiAUUEQCAAQgA3AgggAEIANwIADAELIAAgBSgCCCIDIAUoAgAiAkEAIAIgA00bayIDNgIAIAIgA2siBiABTwRAIABCADcCCCAAIAEgA2o2AgQMAQsgAEEANgIIIAAgAjYCBCAAIAEgBms2AgwLIAAoAgQgACgCACECIAUoAgQhAyAAIAAoAgwgACgCCCIGazYCBCAAIAMgBkECdGo2AgAgAmshASADIAJBAnRqIQIDQCABBEAgAUEBayEBIAIQxAIgAkEEaiECDAELCyAAKAIEIQIgACgCACEBA0AgAgRAIAJBAWshAiABEMQCIAFBBGohAQwBCwsgAEEQaiQAIAUQvwEgBEEIahCSAiAEQRBqJAALC4EBAQJ/IAAoAgAiASABKAIAQQFrIgE2AgAgAUUEQCMAQRBrIgEkACABIABBBGo2AgwgASAAKAIAIgA2AgggAEEMaiIAKAIABEAgABDrAQsCQCABQQhqKAIAIgBBf0YNACAAIAAoAgRBAWsiAjYCBCACDQAgAEEYEHsLIAFBEGokAAsLFwAgASADTwR/IAIgACADELEBBUEBC0ULHwAgACgCAARAIAAQ6wEgACgCDCAAKAIIKAIMEQAACwvmAwIDfwF+EFQiBSADJgEjAEFAaiIEJAAgBCACNgIQIAQgATYCDCAEIAU2AhQgBCAANgI4IAQgBEE/aiIANgI0IAQgADYCMCAEIAA2AiwgBCAEQRRqNgIoIAQgADYCJCAEIAA2AiAgBCAEQRBqNgIcIAQgBEEMajYCGCMAQeAAayIAJAAgAEEgaiAEQRhqIgEoAiAQdCAAQSxqIAEoAgAoAgAgASgCBCgCABCCAiAAQQA2AjggACABKAIQKAIAIgI2AjwCQCAAKAIgBEAgACgCLEGAgICAeEcNAQsgAEEYaiAAQThqEIMCIAAoAhghBCAAKAIcIQUgAEEQaiAAQSxqEOIBIAAoAhAhAiAAKAIUIQYgAEEIaiAAQSBqEPUBIAAoAggiASACIAEbIgIgBCACGyIEQQEgBBsgACgCDCAGIAEbIAUgAhtBACAEGxCmAwALIAAgACgCKDYCSCAAIAApAiAiBzcDQCAAIAApAiw3A1AgACAAKAI0NgJYIwBBEGsiASQAIAEgAjYCDCAHpyIFKAIAQRxqIABB0ABqIgIoAgQgAigCCCABQQxqIgYQXiAFEIwDIQUgBhDbAiACEJoDIAFBEGokACAAQUBrEM0CIABB4ABqJAAgBEFAayQAIAUlASAFEIQBC+YDAgN/AX4QVCIFIAMmASMAQUBqIgQkACAEIAI2AhAgBCABNgIMIAQgBTYCFCAEIAA2AjggBCAEQT9qIgA2AjQgBCAANgIwIAQgADYCLCAEIARBFGo2AiggBCAANgIkIAQgADYCICAEIARBEGo2AhwgBCAEQQxqNgIYIwBB4ABrIgAkACAAQSBqIARBGGoiASgCIBB0IABBLGogASgCACgCACABKAIEKAIAEIICIABBADYCOCAAIAEoAhAoAgAiAjYCPAJAIAAoAiAEQCAAKAIsQYCAgIB4Rw0BCyAAQRhqIABBOGoQgwIgACgCGCEEIAAoAhwhBSAAQRBqIABBLGoQ4gEgACgCECECIAAoAhQhBiAAQQhqIABBIGoQ9AEgACgCCCIBIAIgARsiAiAEIAIbIgRBASAEGyAAKAIMIAYgARsgBSACG0EAIAQbEKYDAAsgACAAKAIoNgJIIAAgACkCICIHNwNAIAAgACkCLDcDUCAAIAAoAjQ2AlgjAEEQayIBJAAgASACNgIMIAenIgUoAgBBKGogAEHQAGoiAigCBCACKAIIIAFBDGoiBhBeIAUQjgMhBSAGENsCIAIQmgMgAUEQaiQAIABBQGsQzAIgAEHgAGokACAEQUBrJAAgBSUBIAUQhAELHQAgACABEFQiACACJgEgABBUIgAgAyYBIAAQlQELHgEBfyAAKAIEIgEgASgCAEEBazYCACAAQQhqEL0CCx4BAX8gACgCBCIBIAEoAgBBAWs2AgAgAEEIahC8AgseAQF/IAAoAgQiASABKAIAQQFrNgIAIABBCGoQvgILHgEBfyAAKAIEIgEgASgCAEEBazYCACAAQQhqEL8CCxsBAX8gAEEEEJgDIgFFBEBBBCAAEKgDAAsgAQsaAQF/IAAoAgAiAUEASgRAIAAoAgQgARB7CwsbAQF/IAAgARCZAyICRQRAIAAgARCoAwALIAILFwEBfyAAKAIAIgEEQCAAKAIEIAEQewsLFwAgAEEIahCaAyAAEN0CIABBFGoQ5AILGAAgAC0AHEUEQCAAELoCIABBDGoQpAILCxcBAX8gABAmIgE2AgQgACABQQBHNgIACxcBAX8gABAnIgE2AgQgACABQQBHNgIACxcBAX8gABAoIgE2AgQgACABQQBHNgIACxcBAX8gABApIgE2AgQgACABQQBHNgIACx8AIAAEQCAAIAEQqAMAC0HknsAAQSNB+J7AABDTAQALFQAgACgCACIAQYQITwRAIAAQhAELCxYAIAEoAgAgASkDCCAAKAIAKQMAWHELEgAgACgCAARAIABBBGoQ2wILCxIAIAAtAAAEQCAAQQRqENsCCwsQAEGKm8AAQdEAIAAQ0wEACxYBAW8gACABEEAhAhBUIgAgAiYBIAALDQAgAQRAIAAgARB7CwsSACAAKAIAQQJJBEAgABDUAgsLFgAgACgCAEGAgICAeEcEQCAAEPwCCwsWACAAKAIAQYCAgIB4RwRAIAAQmgMLCxIAIABBLGoQmgMgAEEgahC6AgsTACAAKAIARQRAIABBBGoQ2wILCxYAIAAgAUEIajYCBCAAQYScwAA2AgALEwBBgKPAACAArUIghkIBhDcDAAsNACABBEAgACABEHsLCxwAIABBvJ7AACkCADcCCCAAQbSewAApAgA3AgALHAAgAEGsnsAAKQIANwIIIABBpJ7AACkCADcCAAsWACAAKAIAIAEgAiAAKAIEKAIMEQUAC88CAwF/AX4BbyMAQSBrIgMkACADIAI2AgQgAyABNgIAIAMgADYCGCADIANBH2oiADYCFCADIAA2AhAgAyADQQRqNgIMIAMgAzYCCCMAQdAAayIAJAAgAEEYaiADQQhqIgEoAhAQdCAAQSRqIAEoAgAoAgAgASgCBCgCABCCAgJAIAAoAhgEQCAAKAIkQYCAgIB4Rw0BCyAAQRBqIABBJGoQ4gEgACgCECECIAAoAhQhAyAAQQhqIABBGGoQ9QEgACgCCCIBIAIgARsiAkEBIAIbIAAoAgwgAyABG0EAIAIbEKYDAAsgACAAKAIgNgI4IAAgACkCGCIENwMwIAAgACkCJDcDQCAAIAAoAiw2AkggBKcoAgBBHGogAEFAayIBKAIEIAEoAggQfCECIAEQmgMgAEEwahDNAiAAQdAAaiQAIANBIGokACACJQEgAhCEAQvwAgMCfwF+AW8jAEEgayIDJAAgAyACNgIEIAMgATYCACADIAA2AhggAyADQR9qIgA2AhQgAyAANgIQIAMgA0EEajYCDCADIAM2AggjAEHQAGsiACQAIABBGGogA0EIaiIBKAIQEHQgAEEkaiABKAIAKAIAIAEoAgQoAgAQiAECQCAAKAIYBEAgACgCJEGBgICAeEcNAQsgAEEQaiAAQSRqEOEBIAAoAhAhAiAAKAIUIQMgAEEIaiAAQRhqEPUBIAAoAggiASACIAEbIgJBASACGyAAKAIMIAMgARtBACACGxCmAwALIAAgACgCIDYCOCAAIAApAhgiBTcDMCAAIAApAiQ3A0AgACAAKAIsNgJIIwBBEGsiASQAIAFBCGogAEFAayIEEMICIAWnIgIoAgBBHGogASgCCCABKAIMEGcgAhCMAyECIAQQ5AIgAUEQaiQAIABBMGoQzQIgAEHQAGokACADQSBqJAAgAiUBIAIQhAELzwIDAX8BfgFvIwBBIGsiAyQAIAMgAjYCBCADIAE2AgAgAyAANgIYIAMgA0EfaiIANgIUIAMgADYCECADIANBBGo2AgwgAyADNgIIIwBB0ABrIgAkACAAQRhqIANBCGoiASgCEBB0IABBJGogASgCACgCACABKAIEKAIAEIICAkAgACgCGARAIAAoAiRBgICAgHhHDQELIABBEGogAEEkahDiASAAKAIQIQIgACgCFCEDIABBCGogAEEYahD0ASAAKAIIIgEgAiABGyICQQEgAhsgACgCDCADIAEbQQAgAhsQpgMACyAAIAAoAiA2AjggACAAKQIYIgQ3AzAgACAAKQIkNwNAIAAgACgCLDYCSCAEpygCAEEoaiAAQUBrIgEoAgQgASgCCBB8IQIgARCaAyAAQTBqEMwCIABB0ABqJAAgA0EgaiQAIAIlASACEIQBC/ACAwJ/AX4BbyMAQSBrIgMkACADIAI2AgQgAyABNgIAIAMgADYCGCADIANBH2oiADYCFCADIAA2AhAgAyADQQRqNgIMIAMgAzYCCCMAQdAAayIAJAAgAEEYaiADQQhqIgEoAhAQdCAAQSRqIAEoAgAoAgAgASgCBCgCABCIAQJAIAAoAhgEQCAAKAIkQYGAgIB4Rw0BCyAAQRBqIABBJGoQ4QEgACgCECECIAAoAhQhAyAAQQhqIABBGGoQ9AEgACgCCCIBIAIgARsiAkEBIAIbIAAoAgwgAyABG0EAIAIbEKYDAAsgACAAKAIgNgI4IAAgACkCGCIFNwMwIAAgACkCJDcDQCAAIAAoAiw2AkgjAEEQayIBJAAgAUEIaiAAQUBrIgQQwgIgBaciAigCAEEoaiABKAIIIAEoAgwQZyACEI4DIQIgBBDkAiABQRBqJAAgAEEwahDMAiAAQdAAaiQAIANBIGokACACJQEgAhCEAQsTACAAIAEQVCIAIAImASAAELYBCw8AIAAoAgAEQCAAEI4CCwsPACAAKAIABEAgABDlAQsLPwECfyAAQQRqIgIiASgCCCEAIAEoAgQhAQNAIAAEQCAAQQFrIQAgARD+AiABQRRqIQEMAQsLIAJBBEEUENEBCxIAIAAoAgAgACgCBEEUahCyAgsVACAAKAIAJQEgASgCACUBEDJBAEcLFAIBbwF/ECEhABBUIgEgACYBIAELLwAgAiADELkCIgIEQCADIAEgASADSxsiAwRAIAIgACAD/AoAAAsgACABEHsLIAILEgAgASgCACAAKAIAKAIAEJgCCw0BAX8gABBwIAAQpAILDwAgABCaAyAAQQxqEMECCw8AIABBDGoQ2wIgABCjAwsPACAAEJoDIABBDGoQ/AILDwAgABCaAyAAQQxqENsCCxAAIAAtAAhFBEAgABDlAQsLEAAgAC0AGEUEQCAAEOYBCwsQACAALQAERQRAIAAQwAILCyABAW8gACgCACUBIAEoAgAlARALIQIQVCIAIAImASAACxMAIAAoAgAlASABKAIAJQEQAhoLDwAQgAIaQbyiwAAgABB3CxMAIABBxJ7AADYCBCAAIAE2AgALEQAgASAAKAIAIAAoAgQQ7AILEAAgASAAKAIAIAAoAgQQQwuCAQMCfwF+AW8jAEEwayIBJAAgAUEUaiICIAAQdCABKAIURQRAIAFBCGogAhD2ASABKAIIIgBBASAAGyABKAIMQQAgABsQpgMACyABIAEoAhw2AiggASABKQIUIgM3AyAgA6dBEGoQowIhACABQSBqEM4CIAFBMGokACAAJQEgABCEAQuFAQMCfwF+AW8jAEEwayIBJAAgAUEUaiICIAAQdCABKAIURQRAIAFBCGogAhD1ASABKAIIIgBBASAAGyABKAIMQQAgABsQpgMACyABIAEoAhw2AiggASABKQIUIgM3AyAgA6coAgBBGGoQowIhACABQSBqEM0CIAFBMGokACAAJQEgABCEAQsPACAAKAIAJQEgASACEAALDwAgASAAKAIAKAIAEI0CCw0AIAAoAgBBCGoQwQELKQEBf0EEQRAQ0gIiASAANgIMIAFBADYCCCABQoGAgIAQNwIAIAFBCGoLDQAgACgCAEEIahDCAQsMACAAQQAgABCTAxsLDgAgACgCACUBEDBBAEcLDgAgACgCACUBEDNBAEcLDgAgACgCACUBEDRBAEcLDgAgACgCACUBEDdBAEcLDgAgACgCACUBEDhBAEcLDwAgAEHUncAAIAEgAhBECxMAQeCgwABB3QBBkKHAABDTAQALEABBuaHAAEHHACAAENMBAAsJACABIAAQuQILCQAgASAAEJgDCwsAIABBAUEBENEBCxYBAW8gACABED0hAhBUIgAgAiYBIAALDAAgACgCACUBEDFFCwsAIABBBEEEENEBCwwAIABBCEHAABDRAQs0AQJ/IAAoAgghASAAKAIEIQIDQCABBEAgAUEBayEBIAIQwQIgAkEEaiECDAELCyAAEJ0DCzQBAn8gACgCCCEBIAAoAgQhAgNAIAEEQCABQQFrIQEgAhDlAiACQUBrIQIMAQsLIAAQngMLDAAgABCvAyAAENsCCwsAIABBBEEQENEBCzwBAn8gACgCCCECIAAoAgQhAQNAIAIEQCABEJoDIAFBDGoQ2wIgAkEBayECIAFBEGohAQwBCwsgABCiAwsJABCAAiAAEHcLDQBBhZ3AAEEbEKYDAAsJACAAIAEQLwALDAAgACABKQIANwMACz4BAX8jAEEQayICJAAgAiABNgIMIAIgADYCCCACQQhqIgAoAgAgACgCBEGUo8AAKAIAIgBB6AAgABsRAQAACw0AIAFB/KHAAEEYEEMLDQAgAUHcocAAQSAQQwtyAgJ/AX4jAEEwayIBJAAgAUEUaiICIAAQdCABKAIURQRAIAFBCGogAhD0ASABKAIIIgBBASAAGyABKAIMQQAgABsQpgMACyABIAEoAhw2AiggASABKQIUIgM3AyAgA6cQqQEgAUEgahDMAiABQTBqJAALeAICfwF+IwBBMGsiASQAIAFBFGoiAiAAEHQgASgCFEUEQCABQQhqIAIQ9AEgASgCCCIAQQEgABsgASgCDEEAIAAbEKYDAAsgASABKAIcNgIoIAEgASkCFCIDNwMgIAOnKAIAQQhqEL0BIAFBIGoQzAIgAUEwaiQACwYAIAB6pwsMAEGLisAAQQQQ4AILCwAgACgCACUBEDkLDABBqKPAAEEBOgAACwkAIABBADYCAAsGACAAEHYLBwAgABCfAQsHACAAEMUCCwMAAAssAQF/AkAgACgCACIAQX9GDQAgACAAKAIEQQFrIgI2AgQgAg0AIAAgARB7CwtOAQF/IwBBIGsiBiQAIAYgATYCDCAGIAA2AgggBiAFIAZqrUKAgICAgA+ENwMYIAYgBCAGaq1CgICAgIAPhDcDECADIAZBEGogAhDTAQALNgEBfyABKAIAIgRB/////wdPBEAgAhCIAgALIAEgBEEBajYCACAAIAE2AgQgACABIANqNgIACyoAIAEoAgBFBEAgAUF/NgIAIAAgATYCBCAAIAEgA2o2AgAPCyACEIcCAAsoAQF/IwBBEGsiAiQAIAIgAkEPaq0gAYQ3AwBBk4PAACACIAAQ0wEACy0BAX8gAUEIayIDIAMoAgBBAWoiAzYCACADRQRAAAsgACABNgIEIAAgAjYCAAs/AQF/IwBBEGsiAyQAIANBCGogACACaiABEO8BIAMoAgwhACADKAIIEKMCIAAgACgCAEEBazYCACADQRBqJAALC+UiBABBgIDAAAuUImF0dGVtcHRlZCB0byB0YWtlIG93bmVyc2hpcCBvZiBSdXN0IHZhbHVlIHdoaWxlIGl0IHdhcyBib3Jyb3dlZG51bGwgcG9pbnRlciBwYXNzZWQgdG8gcnVzdHJlY3Vyc2l2ZSB1c2Ugb2YgYW4gb2JqZWN0IGRldGVjdGVkIHdoaWNoIHdvdWxkIGxlYWQgdG8gdW5zYWZlIGFsaWFzaW5nIGluIHJ1c3QAAAAFAAAABAAAAAQAAAAGAAAABwAAAEZuT25jZSBjYWxsZWQgbW9yZSB0aGFuIG9uY2UIAAAACAAAAAQAAAAJAAAACgAAAAgAAAAIAAAABAAAAAsAAAAMAAAACAAAAAgAAAAEAAAADQAAAA4AAAAIAAAACAAAAAQAAAAPAAAAEAAAAGNsb3N1cmUgaW52b2tlZCByZWN1cnNpdmVseSBvciBhZnRlciBiZWluZyBkcm9wcGVkIGluZGV4IG91dCBvZiBib3VuZHM6IHRoZSBsZW4gaXMgwBIgYnV0IHRoZSBpbmRleCBpcyDAAC9ydXN0Yy81OTgwNzYxNmUxZmEyNTQwNzI0YmZiYWMxNGQ3OTc2ZDdlNGEzODYwL2xpYnJhcnkvY29yZS9zcmMvY2VsbC9sYXp5LnJzAHNyYy9wcm90b2NvbC9jbGllbnQucnMAc3JjL3Byb3RvY29sL3BhY2tldC5ycwBzcmMvY2xpZW50L2Vycm9yLnJzAHNyYy9jbGllbnQvZHJpdmVyLnJzAHNyYy9jbGllbnQvZW1pdHRlci5ycwBzcmMvcHJvdG9jb2wvc21hbGxfbWFwLnJzAGNyYXRlcy9pbmRleC5jcmF0ZXMuaW8tMTk0OWNmOGM2YjViNTU3Zi9qcy1zeXMtMC4zLjEwNy9zcmMvZnV0dXJlcy9qc3BpLnJzAGNyYXRlcy9pbmRleC5jcmF0ZXMuaW8tMTk0OWNmOGM2YjViNTU3Zi9qcy1zeXMtMC4zLjEwNy9zcmMvZnV0dXJlcy9xdWV1ZS5ycwAvcnVzdGMvNTk4MDc2MTZlMWZhMjU0MDcyNGJmYmFjMTRkNzk3NmQ3ZTRhMzg2MC9saWJyYXJ5L2FsbG9jL3NyYy9yYXdfdmVjL21vZC5ycwAvcnVzdGMvNTk4MDc2MTZlMWZhMjU0MDcyNGJmYmFjMTRkNzk3NmQ3ZTRhMzg2MC9saWJyYXJ5L2FsbG9jL3NyYy92ZWMvbW9kLnJzAGNyYXRlcy9pbmRleC5jcmF0ZXMuaW8tMTk0OWNmOGM2YjViNTU3Zi9qcy1zeXMtMC4zLjEwNy9zcmMvZnV0dXJlcy90YXNrL3NpbmdsZXRocmVhZC5ycwAScmVtb3ZhbCBpbmRleCAoaXMgwBYpIHNob3VsZCBiZSA8IGxlbiAoaXMgwAEpABZzd2FwX3JlbW92ZSBpbmRleCAoaXMgwBYpIHNob3VsZCBiZSA8IGxlbiAoaXMgwAEpAHR5cGVuYW1ldG9mcm9taWRib2R5ZXJyb3J0aXRsZWtleQAAUgMQAEwAAAB5CwAAJAAAAAAAAAAEAAAABAAAABEAAAASAAAAEwAAACAAAAAIAAAAFAAAABUAAAAgAAAABAAAABYAAAAXAAAADAAAAAQAAAAYAAAAGQAAAAgAAAAEAAAAGgAAAJ8DEABXAAAARgAAABUAAABtZXNzYWdlcmVxdWVzdHJlc3BvbnNlZXZlbnRudWxsYm9keSBjYW5ub3QgYmUgc2VudCBhcyBKU09OOiBuYW1lIGlzIG5vdCBhIHN0cmluZ2NiIGlzIG5vdCBhIGZ1bmN0aW9udGltZW91dG9wdGlvbnMudGltZW91dCBtdXN0IGJlIGEgcG9zaXRpdmUgbnVtYmVyIG9mIG1pbGxpc2Vjb25kc2NhbGxiYWNrIGlzIG5vdCBhIGZ1bmN0aW9uUHJvbWlzZSBleGVjdXRvciBydW5zIGF0IG9uY2UAEQIQABMAAAAuAAAAJgAAABECEAATAAAAUQAAACsAAABjb2RlJQIQABQAAAAyAAAAEwAAACUCEAAUAAAANgAAABMAAAAlAhAAFAAAADwAAAATAAAAMDEyMzQ1Njc4OWFiY2RlZmdoaWprbG1ub3BxcnN0dXZ3eHl6JQIQABQAAADmAQAAGgAAACUCEAAUAAAAHQEAACsAAAAlAhAAFAAAANsAAAAoAAAAJQIQABQAAADHAAAAEwAAACUCEAAUAAAA7wAAABMAAAAlAhAAFAAAAAkBAAAjAAAAJQIQABQAAAAQAQAAFgAAACUCEAAUAAAAEgEAABcAAAAlAhAAFAAAABUBAAA1AAAAJQIQABQAAAAWAQAAMwAAACUCEAAUAAAAtwAAABYAAAAbAAAAIAEAAAgAAAAcAAAAHQAAAB4AAAAfAAAAJQIQABQAAAC6AAAAKAAAACUCEAAUAAAAvAAAAB0AAAByZXBseQAAACUCEAAUAAAAywAAABMAAAByYWdlbnRDcmVhdGVkcmFnZW50RGVzdHJveWVkV2ViU29ja2V0IGVycm9yY2xvc2UlAhAAFAAAACIBAAAgAAAAJQIQABQAAAAmAQAANQAAACUCEAAUAAAAKwEAADUAAAAlAhAAFAAAANAAAAATAAAAJQIQABQAAAB6AQAAIAAAACUCEAAUAAAAewEAABMAAAAlAhAAFAAAAH0BAAArAAAAJQIQABQAAABnAQAAHAAAACUCEAAUAAAAaAEAACQAAAAlAhAAFAAAAOcAAAAiAAAAOgIQABUAAAAxAAAAHwAAADoCEAAVAAAAMAAAACUAAAA6AhAAFQAAABsAAAATAAAAbGlzdGVuZXIgaXMgbm90IGEgZnVuY3Rpb24AADoCEAAVAAAARgAAACYAAAA6AhAAFQAAAD8AAAATAAAAOgIQABUAAAAlAAAAIgAAADoCEAAVAAAAKgAAABIAAAA6AhAAFQAAADcAAAAOAAAAdXJscmVxdWVzdFRpbWVvdXRjb25maWcucmVxdWVzdFRpbWVvdXQgbXVzdCBiZSBhIHBvc2l0aXZlIG51bWJlciBvZiBtaWxsaXNlY29uZHNjb25maWcudXJsIGlzIG5vdCBhIHN0cmluZ2NvbmZpZy5rZXkgaXMgbnVsbGNvbmZpZy51cmwgaXMgbnVsbGNvbmZpZyBpcyBudWxscmFnZW50cy5jcmVhdGVTZXNzaW9uKCk6IGFnZW50SW5mby5pZCBpcyBub3QgYSBzdHJpbmdhZ2VudEluZm8gaXMgbm90IGFuIG9iamVjdGNvbm5lY3Rpb24gY2xvc2VkIChjb2RlIClyYWdlbnRzLXByb3RvY29sIAAAABgAAAAEAAAAIQAAACIAAAAsImVycm9yIjpzZXJ2ZXJnZXRBZ2VudHNhZ2VudCBkb2VzIG5vdCBoYW5kbGUgbWVzc2FnZXMgbmFtZWQgJycA4wEQABYAAACAAgAAHwAAAGNyZWF0ZUFnZW50OiBubyBpZCBpbiByZXNwb25zZWNyZWF0ZUFnZW50eyJpZCI6ZGVzdHJveUFnZW50AAAAAAAEAAAABAAAACMAAAAkAAAAJAAAAHsidHlwZSI6InJlcXVlc3QiLCJuYW1lIjoiY29ubmVjdCIsInRvIjoic2VydmVyIiwiaWQiOiIwIiwiYm9keSI6eyJrZXkiOn1hZ2VudENyZWF0ZWRhZ2VudERlc3Ryb3llZAAAAAAABAAAAAQAAAAlAAAAJgAAACYAAAAuY29ubmVjdP0KEAAHAAAAMAAAAAwLEAABAAAA5QkQAAYAAABFUlJfSU5WQUxJRF9BUkdFUlJfQ09OTkVDVEVSUl9DTE9TRURFUlJfVElNRU9VVEVSUl9BR0VOVF9ERVNUUk9ZRURFUlJfQUdFTlRfTk9UX0ZPVU5ERVJSX1JFTU9URUVSUl9ERVNUUk9ZRURzZXNzaW9uIGNsb3NlZHJlcXVlc3QgdGltZWQgb3V0IGFmdGVyICBtc2FnZW50IGRlc3Ryb3llZGFnZW50IG5vdCBmb3VuZGRlc3Ryb3llZCI6AAD6ARAAFgAAANEAAAAJAAAAXCJcXFxuXHJcdFx1MDAwMTIzNDU2Nzg5YWJjZGVmAABQAhAAGQAAABcAAAAxAAAAUAIQABkAAAAlAAAAQAAAAFACEAAZAAAAGwAAADUAAAAlAhAAFAAAAIEAAAARAAAAJQIQABQAAADGAQAAEwAAACUCEAAUAAAAwQEAABMAAAAlAhAAFAAAALQBAAATAAAAJQIQABQAAAC8AQAAEwAAAA8AAAALAAAACgAAAAsAAAATAAAAEwAAAAoAAAANAAAAIAsQAC8LEAA6CxAARAsQAE8LEABiCxAAdQsQAH8LEABjbG9zdXJlIGludm9rZWQgcmVjdXJzaXZlbHkgb3IgYWZ0ZXIgYmVpbmcgZHJvcHBlZGNhbGxlZCBgUmVzdWx0Ojp1bndyYXBfdGhyb3coKWAgb24gYW4gYEVycmAgdmFsdWUAFBEQABwREAAkERAALBEQAFUAAAAEAAAABAAAAFYAAABXAAAAY2xvc3VyZSBpbnZva2VkIHJlY3Vyc2l2ZWx5IG9yIGFmdGVyIGJlaW5nIGRyb3BwZWRpbnRlcm5hbCBlcnJvcjogZW50ZXJlZCB1bnJlYWNoYWJsZSBjb2RlAACVARAATQAAAP4AAAAuAAAAlQEQAE0AAADtAAAATAAAAF0AAABeAAAAXwAAAGAAAABqAhAASgAAAMgAAAAsAAAAagIQAEoAAAC7AAAAIAAAAGEAAABiAAAAYwAAAGQAAACfAxAAVwAAAJwAAAAlAAAAtQIQAEsAAAAnAAAALgAAALUCEABLAAAAKgAAACkAAAC1AhAASwAAAEAAAAAaAAAAY2FsbGVkIGBPcHRpb246OnVud3JhcF90aHJvdygpYCBvbiBhIGBOb25lYCB2YWx1ZW51bGwgcG9pbnRlciBwYXNzZWQgdG8gcnVzdFRyaWVkIHRvIHNocmluayB0byBhIGxhcmdlciBjYXBhY2l0eQEDEABQAAAALAMAAAkAAABpAAAADAAAAAQAAABqAAAAawAAAGwAAAAAAAAACAAAAAQAAABtAAAAbgAAAG8AAABwAAAAcQAAABAAAAAEAAAAcgAAAHMAAAB0AAAAdQAAAG1dy9YsUOtjeEGmV3Ebi7kVolxVNFUH1FN4rYFR8KP3AAAAAAgAAAAEAAAAdgAAAGkAAAAMAAAABAAAAHcAAABjYXBhY2l0eSBvdmVyZmxvdwAAAAEDEABQAAAAHAAAAAUAAABSAxAATAAAAJoIAAANAAAAMDAwMTAyMDMwNDA1MDYwNzA4MDkxMDExMTIxMzE0MTUxNjE3MTgxOTIwMjEyMjIzMjQyNTI2MjcyODI5MzAzMTMyMzMzNDM1MzYzNzM4Mzk0MDQxNDI0MzQ0NDU0NjQ3NDg0OTUwNTE1MjUzNTQ1NTU2NTc1ODU5NjA2MTYyNjM2NDY1NjY2NzY4Njk3MDcxNzI3Mzc0NzU3Njc3Nzg3OTgwODE4MjgzODQ4NTg2ODc4ODg5OTA5MTkyOTM5NDk1OTY5Nzk4OTlMYXp5Q2VsbCBpbnN0YW5jZSBoYXMgcHJldmlvdXNseSBiZWVuIHBvaXNvbmVkAACVARAATQAAAHQBAAAFAAAAYXR0ZW1wdCB0byBkaXZpZGUgYnkgemVyb2Bhc3luYyBmbmAgcmVzdW1lZCBhZnRlciBjb21wbGV0aW9uUmVmQ2VsbCBhbHJlYWR5IG11dGFibHkgYm9ycm93ZWRSZWZDZWxsIGFscmVhZHkgYm9ycm93ZWQAQZSiwAALKQIAAABYAAAAAgAAAFkAAAACAAAAWgAAAAIAAABbAAAAAAAAAFwAAABlAEHIosAACwUCAAAAZwBB2KLAAAsBBABwCXByb2R1Y2VycwIIbGFuZ3VhZ2UBBFJ1c3QADHByb2Nlc3NlZC1ieQMFcnVzdGMdMS45NS4wICg1OTgwNzYxNmUgMjAyNi0wNC0xNCkGd2FscnVzBjAuMjcuMwx3YXNtLWJpbmRnZW4HMC4yLjEzMACUAQ90YXJnZXRfZmVhdHVyZXMIKw9tdXRhYmxlLWdsb2JhbHMrE25vbnRyYXBwaW5nLWZwdG9pbnQrC2J1bGstbWVtb3J5KwhzaWduLWV4dCsPcmVmZXJlbmNlLXR5cGVzKwptdWx0aXZhbHVlKw9idWxrLW1lbW9yeS1vcHQrFmNhbGwtaW5kaXJlY3Qtb3Zlcmxvbmc=");
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
