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

// inflate(src, size): the bytes that raw DEFLATE data (RFC 1951) stands
// for, `size` of them. The script-tag bundle carries its wasm deflated and
// base64-encoded, and inflates it here before compiling it: base64 of the
// raw wasm defeats gzip, base64 of deflated bytes costs far less (the
// figures are in scripts/build.mjs). Decoding follows zlib's puff.c: a
// canonical Huffman code is its count of codes per length and its symbols
// in code order, and is decoded one bit at a time.
function inflate(src, size) {
  var out = new Uint8Array(size), op = 0, ip = 0, buf = 0, cnt = 0;
  function bits(n) {
    while (cnt < n) {
      if (ip >= src.length) throw new Error("inflate: input ends early");
      buf |= src[ip++] << cnt;
      cnt += 8;
    }
    var v = buf & ((1 << n) - 1);
    buf >>>= n;
    cnt -= n;
    return v;
  }
  // [count of codes of each length 0..15, symbols in code order]
  function code(lengths) {
    var count = new Uint16Array(16), offs = new Uint16Array(16), symbols = new Uint16Array(lengths.length), i;
    for (i = 0; i < lengths.length; i++) count[lengths[i]]++;
    for (i = 1; i < 16; i++) offs[i] = offs[i - 1] + (i > 1 ? count[i - 1] : 0);
    for (i = 0; i < lengths.length; i++) if (lengths[i]) symbols[offs[lengths[i]]++] = i;
    return [count, symbols];
  }
  function decode(h) {
    for (var len = 1, c = 0, first = 0, index = 0; len < 16; len++) {
      c |= bits(1);
      var count = h[0][len];
      if (c - count < first) return h[1][index + c - first];
      index += count;
      first = (first + count) << 1;
      c <<= 1;
    }
    throw new Error("inflate: bad code");
  }
  // Base lengths and distances of the length and distance symbols, and
  // their extra bits.
  var lbase = [], lext = [], dbase = [], dext = [], i, b;
  for (i = 0, b = 3; i < 28; i++) {
    lext[i] = i < 8 ? 0 : (i >> 2) - 1;
    lbase[i] = b;
    b += 1 << lext[i];
  }
  lbase[28] = 258;
  lext[28] = 0;
  for (i = 0, b = 1; i < 30; i++) {
    dext[i] = i < 4 ? 0 : (i >> 1) - 1;
    dbase[i] = b;
    b += 1 << dext[i];
  }
  var last, type, lit, dist, len, sym, d;
  do {
    last = bits(1);
    type = bits(2);
    if (type === 0) {
      // Stored: the rest of the current byte is padding.
      buf = cnt = 0;
      len = src[ip] | (src[ip + 1] << 8);
      ip += 4;
      out.set(src.subarray(ip, ip + len), op);
      ip += len;
      op += len;
      continue;
    }
    if (type === 1) {
      var fixed = new Uint8Array(288);
      for (i = 0; i < 288; i++) fixed[i] = i < 144 ? 8 : i < 256 ? 9 : i < 280 ? 7 : 8;
      lit = code(fixed);
      dist = code(new Uint8Array(30).fill(5));
    } else if (type === 2) {
      var nlit = bits(5) + 257, ndist = bits(5) + 1, nlen = bits(4) + 4;
      var order = [16, 17, 18, 0, 8, 7, 9, 6, 10, 5, 11, 4, 12, 3, 13, 2, 14, 1, 15];
      var lengths = new Uint8Array(19);
      for (i = 0; i < nlen; i++) lengths[order[i]] = bits(3);
      var lencode = code(lengths);
      var all = new Uint8Array(nlit + ndist);
      for (i = 0; i < nlit + ndist; ) {
        sym = decode(lencode);
        if (sym < 16) {
          all[i++] = sym;
          continue;
        }
        var repeat = sym === 16 ? 3 + bits(2) : sym === 17 ? 3 + bits(3) : 11 + bits(7);
        var value = sym === 16 ? all[i - 1] : 0;
        while (repeat--) all[i++] = value;
      }
      lit = code(all.subarray(0, nlit));
      dist = code(all.subarray(nlit));
    } else {
      throw new Error("inflate: bad block type");
    }
    for (;;) {
      sym = decode(lit);
      if (sym < 256) {
        out[op++] = sym;
      } else if (sym === 256) {
        break;
      } else {
        sym -= 257;
        len = lbase[sym] + bits(lext[sym]);
        sym = decode(dist);
        d = dbase[sym] + bits(dext[sym]);
        for (; len > 0; len--, op++) out[op] = out[op - d];
      }
    }
  } while (!last);
  if (op !== size) throw new Error("inflate: " + op + " bytes, not " + size);
  return out;
}

var b = atob("7L0LnGVXWSe6Hnvvs8/Z53TvTgooUgWsvakw1dKBU1WnzjkV4qVWm+4kk8SOkEFGmVtdj1NJn+p0pasrTRhDqkJa6ECARhpoYoAGosloohGjZgDHcowaB9SoMIMCGiQywYszUTOKEOmb//etvc+uRwfCMPfeuT86UGe/1nutb32P//ctMX3kOimEkHfri/bLFbFfrfAfubJfr+BaZpdyZb+3Qo8EbvfLRUl/FvcLubLfX+F3SLrIH+I1btTiotgvxP5gxX2Dt4uUB+W7uF8vLiIftbIo9uuVRX6nFl1iuUJ/Uc5N+4Vc3C8Xxf5opfcPpd4s9peQ7WKW2pVAZSGtQnGLVPwiF8eVXNzvLVIeVImVrJbu6ma8wcUbs4ubcOFn3/j0CV+8Mbu4qfBKuDfCvcBvXkkhb0bTXFcsLiruEvr18Bn11SL1CvpG3ixX1HvPs9tf9vKl6Ws6h5aPTM1c87LukYGpqdfPXDN1pHNobqrdaow0O51WvdEemR6ZqIsXb/x6iL++prM8dcOh2Ws7swudualOc2x0fHpurNXozM+3myPieWcp5Pobjlw7NTsx32hPjM3PjtYn5lvNtujf+PUL+OuDnUPXLF87NVMfm67PT8/MjNQnZkY6EyI8y/fzS53Ov+1MNTqdkYlWp91oNGfbE6PzonyW2swcODQ31Zxt19sj09PjYyPt2fbYtOg7y9ez0wcPTk03RuqdmcbM+ERnbnyiOf7MX8/PTozOdzrNkbHWXGN8dE4Mbfx6kL+evv76g2+YmpnvjM7UWzMjjWZjtNUZ3Zz5efz5oc7rp2amG/WR9sjM2PxoY3q2XRfVs/TKq5eXDhy6ZmpuZHxsZrrenB6brzcnmtObe+W83tDOzc01ZmfqI52Z9mhrfnxePH/jx9tdxfEI9RHbNn4R8xdLz/DJue6TzpHrFw/NdZa2/ipr9OLrp2Za4+MT7Zn2+ESzNd7sjIvzNn68I5vNR44cWDy0dYau06+fXjrSmWrPTc9OtzpzI2Pz0/Od6S1mS5JluTy1eGjx+s6hqdZ4a6YzMlqfnW3NjHSmm2L7WdIsdabn3vDq5enlzlR9bGJmtt5ojTRGpsfnm3ObZ3FaLGf24OKRzlS91Z4YG5+db8/V52fqo43NBa1L1FlaWlyamm/N19sT+Ds+MV4fmd2c6MW9afT6A8vXTh1ZXppqzLZbndHp8ZnpidHx+uiIOP8sS5+Luq5z5Mj0NZ2p0eb0zGxjYnZ+enx+Yn5+i8Jcb3ODRqfbMyMz0/XWzESnPt/piJecbf0sznWmxjrNdntkrj060pmeGZ1tnHXlL3WmjywemhprzIw0x0ea0zNj863RuYZ4zllyn5tenp6abXXGO+3xen1+ZGZ2evQZR/7qA9d1Fm9Ynppu1ufaYzOd2XpzpjHWGN9M6V6cNbczvZSlGhkZmxmZneu0Rxqd2VZz9KwUafnazqGpzth8a350bqw53qq3ZzrtzYvPuHrRyj4w/4ap+nR9fmZ+tDPfGh0da9e3WNxZR00fmlu8bmpufqw5M1GfnWu1p1tz443N66hAacZanZnG+PT0/HgH9KAuBs5S+/mlxeumOtOzEyPt1vhse3p8fn66sbkqL+SvDxyxS0vTb5iamZ0fGWs15+pzrbHRuXp78yAX6tJqt2Ym5mfGxupz4+NzrfZmqlf4eHauMdZoj07Up+enO+Pt5uaKj2YdOb18YHZqena2c+TI4tLUJVfs222vmLr60stePVWvj3U67bGx6fmJ5sTE/KyobMzkpVtn8uo9V+ydGh+bmRmtN8ZbjfpIY3xsbnPqC56xCp3G6MTY/Mzo6OxMp9Wam/6O0//oZT988b4fnZoZ79TbI/WZ+c7sTGu+M7M5fb6Cup3Z5amxscZMa6w+MzZbr7cbEzNnHb2lzpHFg0c7U3Mz86329ExjojHaaLVn6mfdVkA2RlsTY43WRLvdHhudmJ1pin+x8ePz+ePDN3Ru6Fx5YHZpcXn6yMJUY3pkujHXnpsbGxsda43NiMHvLN0IlvfYdHu6OVGfr0+Pba7cv+B0+Hvg0Nw1nUNTy9cuLb4e1LA9156ZH2025ucm2g0hN6bcuSnlgSNTh244eHBqdnR0bGRkZmR2dnS03Rmb3jyhf2CrtPPTB4+8YWqu3WzMNEfHxuv16U5zfO47Sdw9cnT64FTn8NRYe641Mz/TaczOthv1sYnNnNVLtyp5cYbGvj0z0WzPjk3PtDsTzfGJ8c1Fb5maqdDU/GxjvDnf6YzPjY2NtOY6m1Pv2pT60A3XzXSWiOOYGGvMNBv1uXq7PTE932pvJt2bk7uSkbw122l3Op3W/NzYaGu8Mb45+QVb9vkNh2aXwSe0GiPz86MzM82R0fZYc36Ltr9sq/Q3HJrrzB841JmbmumMz4w1RhsT8/Mj87MjW2Tgtk/eHWambji01Jmfqk+0xprt1sT02HwTvM3mmf2iYomHDixPdW5c7ixR4uXpmYMdEW+5A7kU13QOdZYOzE7V1/8b2Uw3v4NUo99VqrHvKlXju0o1/l2laoqq/pZ6Sgnp114gtAxeoCOlhZSqUoF4q6LAk0EQSblDRC/UUspAR8EOLwik9IWUw1L6wc4feGmgfOHpSGsdiGBXTfi+lIGIJP75UigtAyGkRs7ygpe9XPp+fWRUC6GV1p4QwvOUCvBxpCMtRU0L7UmhkEb6qoY3mm6keNGLKBst+Z/wtScqY1oqfH7OOeeco4SiJjz3uc9VuqGl9rxxYzzhKV8IoZstJdpS7aDUStQE/ZOQ5msiSSZw5yEvfk5XSrobLaV/7rnnnnshPlKVmvLcd0oKqdS2bVp52T8/FkqJ/AsRozwlvFdUuLRY7giCF2rfK6vr5U03LYpjoa+l2BE8X69Iu7q6JqIVYT/9Ef49/tE1EZV+uzIeXNe5bnHpDUrERTkEAqA4JXeskzzo4ftl30ZZg57fIc9ZLzDQ05+WNU471zmyvLT4BvFhVeEHnesOLIv3ZHcHDs0viuPafbzUme0cONoR96ra7FJnernzas5TnFbnuLpMz81dceDIMqahuE1FS4VMvyazW8r1Nt3nbg+6BD+0eMOhZfEuGW94fkT8jaq4Z4vz8+L3VDm7O1QoZPHQbEe8VT1/KavsdYtHO/bgwSvybP6bes66l3lNfy/PBEoCcYva3uvFpc71B98g7lfnZh1YbOLbVC17TOy/+Hmdf8ddZJGteK/qyx67Hufn71PV7Dn10d/I52X313SWX9W5btHlcER8RG3LXh04su/6ziFxr35O9mR9F/6U3LHxxRHx31WUPUQn/idVyW8Pibf16kHdeLs6L7vfoh+fUM9d/zbvj/+ktk9NTc8sLi1PXTt9aO5gZ0nL50xNHTh0ZHn60GxnarmzdN2BQ9PLnTmtfvD100eum8oo19Ts4qGjnaXlKerIG5Y6R6bw78Cho4sLnampa0facyOdkbnZ9myzMVFv1MWnnmUGjYnmWLMzMTc+Mt1uzE7XxX3PMoOxsfrExFxzvNEcH5+tz3TE36rJ/6kMpsYa34M8xsXfPtueaI9Oz46MTo+OTIyONWdHxG+pvsIe0rkRjMfiUkc8rp43tXE3npo+eHBxVlz9nHUp3CdHJJMm9/w6/vYhJkHu4VKHnz4itxeeElX6qjqv8MgtlKwR4u/k8zfXZs7ldkzG6/im6aVlcWH5s1IKK6Of+FV50Q/+H3+nflL9q1/W/yh/V35d3i//Sf6bb8iH5U+rx+SqPi0/q94kz6jfkrfon1U/+jNy913yI/I/y7fqj+kvqC+od6oT6rfUK2+Rr3iz/Jh848fkdW98j3ynvI7/h383v0Ne9w55HZSXK7+MywfkffId8h3yF+Tir8hV+YvyHfK6NzygPy9/+D+r/6I+p/5Uvfrd6oy8R/07dVL9B/nH8ufU3OSv6Pv1n6gPyFe9R79Z/4H8SX23/iP153L63/6S/r/UX6sr/53+Of0WXZVe5cP/rJ9Sv7VDP29F3iwXXyzsmlxI5ZAwYliJ1LdPym6yzfj2pOom241vT6huEhvfDneTkvFtu5tExrdhN6kaaXd1k5qR9muim+ww0t4lu8k5RtqTspuca6R9QHaTPiPto6KbPMdI+znRTcp60lTjvUZa0zWRPfn2NRG/Xxk5rIaSwEiUo9Uk7o1td1M1rKqpZ9SwCtNwnzdptH3L6urqjU0lqjIyGm8849ldB7tpxe56qiKEUcazspt6TVU1lfxz45lwrzdJWSWeUVY0VUjJk1BPGs+bRLKFxDNh/BoTom1hVUYRf1mNIhOYYFgJK7tNJdQk/kM1h7mES7xJI+1nRNdorgZ/kf1nJb69Og3tKr4+YkIrfnjAyoVtgSek8gMdGfrktalqqhPSSKNs2I1/UzbV/biT9n7ZxbvT0pTsw+9YExZdf1p2rYzfJ42KP6+MtCdkN/5NVS1vmVuqNuanXX6fRX7bi/lp5KfiP5W9TEOX6RwyvReZ1DAsuqkepJudSrQ0Zz6sruVyh9UDMvGMyyUNqDxlB7vGM7pYXsD1v1924zvw4l4usxQhj+sTjZ+DCU2Ua5EhqhFYRd1u5E613OJa6KZ6gNrr2hkYL/4vkootZ53I5aY6vjxr5l0oqTBamFJuoLxsoDyptCfQB9X4P3I35jnGr6UBqFaivOhN78rP8I66VhlNVd3qg5JLTG3zXNuo518sbLyQekPCePE/KvRw1Xi22k0qyNCq5W7yXP5GDwk9aZR5LjqNVo7IpljVVIy21W76vPhWbZT1uokyz0PBWAHaxl3kzz/SBHl3ni7U0Y3eh3Q1cBPl6WW36qbDTU11TJrtw0qcL03MP9Iek7TCxfky9pPnx1en2jz/Ja5lx2kUzbb4Y6qpbsfXt4RNdQoX/V0j7arE31P093Y3qsdpVN/iyhwECTjpbvrRMyekCaw8XNNcYRr8c9FKLzIl+zfH14T14xv21DzTZx+jJRHfhgI3LML4ep7G8V2KHp7mlXS/zDMxqreKkDmWIs/h1/Ec3p94pmT/HmX41rMCH5esMDK+hprtWbWcet2m+mQ+0IUJQLPIES1Jw5Xm8x5kXLllFnaxgD3rgaxRPePfVEYnNKz5pKCF6KhLFRnQHy9VC1YdTbz1xFEhB54gvUzUkKDJVu2idG9YCcrJeMMqJCqLmnwAE4tmEM+nqo6MiPc9PWwhdoK7sBP8Nxqr8AJxJ11UU8XTVC40lbBqL7XXt8dV1z6A7z8um2qYdo2UBhMvT6mufQgvP0A9LVLsbNzrXuIZAXIujPImseV5iXh6LokLRd1II5pqF/fu8IuFrS+kAvvibtFS/UZYeaHYZYTt78YfVHm9uqmP3Pw93qSIjLBx16j4vyojduo46beercZ/rFLfaNcTvtEgk0oYrD3umDsValJNSvgJUx3/mjTa9LdUaLRdu21NNBWIJRVUMqV8D8IE1EbYendIRMZDb7s3kZF2TXaHxPaIycWd2fq5RxaI4J20XH6EqTT+PijjRxUNMmgwEoLM29WQ5z9ax4sMs+ke0HOm1GnFKLfsduq4hcl3DhPWzytTwZ8gX2+0WnHhxZ9XES9hfn4su1iliwh75KU1wdsqavQc/NkR36GrIhLRx0f0thXNTMxp6UigkU3VZzwMZawwafu68U/pPcjlfBnvSM6Nr06lOfclWBVhN/5FnqNWYmZ5GASQOUlkgzI5hQ+5huA3KP8rjGc/LdB179JIZjAIj8puKolWXYUnTXU1f/w6vnttvrnc7FgHzz6CPJ6ej6uqG/+D2kNEWdinJO5qim6O0auatLdiM0oESKvHxRthvy67VOKNvFclvvsNjGe/LlCfO6mCYMiMjN8tFTXypOTvLqHKe8PqTkmk0TPeTnVStvRxSW3FSHNO8Y9EeHe7TGJ8f1wmQUQTOP51uaemdtNapmJSkK7PuIZ9TXbjxyUXmbpC99YCLuiUTM9pgbBTNx2n7c8I+1gxjXIVrWmuDYY+yEqSriRlhH28mEpnJflZSS11Ew/DjURcty6FpgC11pXiarnD1VJRLXu9/4Tr/WPS9bBH+5mMZ9wwCJd/qZg/tyIvyEjMrCByZcW7zfG7MX7D6ookxM+NCVXzpqSMn1WZ+FwOrSBMIVzEdyeV3SKJsdV4YLe5a9Y1dC6hub4fGYyra6NkR17tzeN1p0xK+D0ludyTEtUAo0+D9AR9iO3KZMOa6oFEWHAFeiDBqxIuysYD1x//D5VsQ7EHd5s3mx3HUPawWk4q+LkeRVF3cEvAdZtzqCN87haqqsumZM65OynbN3EPR70+oGHBheDFsreGOWm2NdWlxjOlpmoYz+xoqV08lMPGA0UdMp4pN5XhWTjIi74fssJ9Jt6Npl1/67EW1o2p3GeC+3abNx9rqTavm9i2u3b1/SzBeNhMthERTsSLQRCyzVVgO0v9CwV2Pq+bolP6u6m0DRJXNBKq9eJC8T/jg/tUoiQji03d8aUq40uV0pKklEtrvtHIrp94Abrss1RA7BbSABFyzTuAPfbeNRG/We2phYZ4k76mAg2SO1W1pdt81Z/GLX1C8gcGu90pd7OLdhP6aKilT0veorKCT2IOxHevK1fZE65E0LphdVr2Vqp2TBZ4kaFuKmm//KTLX7SQLza8S6t+RFuyFrwl3ymxa16VSCMsEV9p1d6aRrfvVFe31KXIoakuNno35gz9W2mhJIzGQySvgW39sAQNo4ZVm+q1XK7X0lfxVdzS+/ltf1Ndy88GW/p6fjYEyqJJzgUb9IToJgEauCsJXyzsI4IlbGnCpqqqSbViNBF/HyMfGR8SaZU5qdKQMCVwBgK7YFoxkanGS1YkkZrE1u+2qhJ4o8hUwC9U99UkrjwT2cGDXbD+EdhZYrUiLKbIVO2JU2sivkeKKC0hPcvNkIXjWyU/ij+K1UWVbBvJK0ZS5bAipPFJvovB/9OIDOKK3g6BqtLbYeZAn+YX6kbYdpd4hvivZZV2+ribluyT714T9iXgq4uV+FTGpmO5StfjkKgnF+wdJ9eElfknl6auQnKnnkSFBCrpUU1RIY9q1cubydSw6jNh/C9NKb4DoratdpktuUMzt+O754+I7hDoGFZlKrLFJvLFVvLLEV4OZlNX8xQI03JvPQi3HrB+SCTurZ4He0tmtbeQjlOBd4HKahKZafo0EnCAq7KblEDdMZVkxmyXmyo2ykhmtENwPYHxjcDKOYglcX0q4t9VSdkoPF4AD6mMMEHXClMecCoMFhcE+CNl+7tJhR95aWD7Fux1l9WECaza503y7CwPCVMmdYitmzLkxSg+YMpYup4pmwhMqTCBKQ8rgT9e/LvKlGkm1mSkJ00ArvsCQcx12Z6Rh21lnzdJW5f2Tby7crMp37f7jLz1piSGqLaQBFjm3URUVSSiyFRM3NLhbpnE7loYtVP375avAos3rG5KA2L27JPQNeGdSWKSRZOKFQkE4MDKKz20vWKEDZa7abBT95v4VTVtArsLPHm1G79d7amBq/HRHiuPpr4R3VRkaSjFawYSNNZfSAKnKOrv0jqe7KbBkFCT6IIwrRhxuTfJveK5IiO7Joj4I7+VI10bLKc1b9JEJrKTC6aGd5EpmwpJPrQjBrtVSwuQgWCnFrvVq7xJUzVBllFgJxeGSCdGPR/aO0+uifhuKSKWGHKOTxEZaar9uKKp+lpD0sxkUz0M7kjt1O2WXpM8P4jNx+z4nCNYaUArLS3ZX3kfScifUN6K9XwTmJJ9KHu0pyatT/MBC4uqZQOeHkxRqrgiOuKRagPyCobahPGncfsQ82GqoJUx6gJxFRah1grt4rqVjbJ93VTEXyXSc49MK4XGDqt7wTKpYXW/JGJsFjA2Tuz4GZVEJsA8LhnfhCBKgRHx68AJBJjO/ZyC5EBWGAruNKp/aacKW6oPV8MqRiLiiT8IHsSAjITduEoihyCRI6CnWIbYLxTxPB9VScAqxmPSKOI41gT4VQU1C7HFoRsYv6kewm+lqdbQRU+JLjWpzk0KsG2Q8JSWuD9T2hWwScRLmDf59lE2JdxV7WnsCnertLRT9UHeLKNN1RYJmqFrJ11ROytuKAPKE0Q4MBW3KwTu+0G+CltqiCZaWqH5tzcjIeGQMCFqmkmy1rOD8awJ8W1kb8lGLsKTavxnEGZDoiA0kT1TwSaXEqUfRhVCrAfTUjFfkdhMVzE3o0Iicfg03Vp1mmAMOWRmU46/rBwnGYB1VmBw7b3Ybl6IuaAwZa/NV8f9vdVxD6tU75EgF4+L7sZ5W1hzYG6w6YBx2XKd8Qgjc+JQTjgOxRWxRkXcQxxKb1lQZWmEk4D71SeCw0uBNWovBpcV8KwN8onFJIK/SAtz0zekFvGxPPFOY4n6nNrH1PMKKhGMnw9WthT/DoRKkc8sUmSUn5ZcPR79kAZtIY2sMKGJ9g1AZRLaFRMOpKEJrXflgPWsF3+U2DiRhKSUSSPsb8Th0aqipWgEb3PCEbDhbC1qY4Ttg30Cy46WBO9VGkSjjMqG8e9IJovykhoRyGpS5RpG2fzERMeDGn68hXS7FaZmtnOVa3bF1AbiX1JuFkZQrJoqq2QinmK0CfBuBzIyrAap68GI9rmO3zwckVPgGJ9UHj4nV8PqYUe3HpKJ4I2e5p8gLgM7uY8qkIZGQZNDE4EHKKfbfvyTzNxhxNDPeU+HGCQwkSEYvUJPh9zTZe5pP+9pv9jTPvc0bDllFBF6k25ToOmDzvStpN4i1qxEvRXyBCsVeuvZd1Ml/qY0lfg3iNjf5froNPURia3YivNl09eNvyozPmdN5nK4U6fwt2Bd1yStacUdnwonrtwuM00zbSRGxD/uFuMdOssDr27PNCo1GYHLyPOFNsWRDXW7K4P4O9/l81FtJcTYs1EGlqho2CmfwA24aj4jgeC2s85q/fbP/K97jYtHJKtkneVFk5b4Dm1FIp+JDfZ85uihWIU2mLtZY56dgpB3yim0iDXOpUaaRCRNspRADLPqMcwaXHLQVG0QFep+EiWNDylFepOs0CV2vqh8JSY8oO2RpL01yLjHmNzf3yvtk3lpJE5CPuF2/zUpvLRtk1CQdQGenJCODXFN2czjq8zsxaWkknh8KJyZkyf529DqPCGJThsfdfXQRCPt771nTdgqWCaPH3wWD7YxD2V8Wwf7BWILBscfVvVsW5FMrNsQBHysz3pLE622YRfyl2/7uqzses+aiBfw7WBCWfQnjtD3YW0T5R/iH4MfI8GOBl1ow337BZFbfkMiqMRggwJMLqCxQ9B1izTerX6EnsctXTchU5w2saY+FvkwWB4fi9xAbPatR8YhZXyIy0/vNKsSkomPXRRzFAwtpGhJqwmE0XTj97oOAX+DVenDVuEPqzj+cVOKv6zUCj1KiEWNM34v37JoQafg8cL4sBVJsGnrgkKbTc01KAhgMkgrJrAeiQnM6QjIv2FL95uKCa1cSEN6XdmpQggtzBEpbAExeBESqGlbGyRhJuapxRyiCZifCuOfhWguiHDeyhO3zkPSMAoTtRT/tWTLu2PCFE+Kf83Sm898zMZU6C2X0KO57WNGb7XeqzIS0TMseL/kRet1NmLTQnlM8Rp6TJHB+2xZCaUjU+bCG0Sl/LNptgQty9DVtM/9Gkqkz/KKfnfRJ4rLsTKRbMWkqsFujz4rSvFozGDWtXJPjb5vOHIwjHR48Cj13TazrWeDgVE0tigp00RGuSoyYvsDKSfjbryG39PIIro1ktEK1YRMPlVUY00e3lPLYQOGnq3Kw5iZL5fb0lJNWpFQm5SN93mTijMA/dVde9NhGGUW0hAyuzLhQlqy6mgakTRsPLaTewupZ2+60pvURJpN0E0ru4Swv7HyL7vEKBduVPFG5zcJVqbXTYMaxHFkQWyANuXCF2WI7GUHw3Afht0EJK9k9eE0RK3AFjx15syZ0uFuWnKJEx9Lai8RktIuITlDPFT5Q+UegiT73SSAfTLxTbSnhs2QROg1uW8grVl9mBQaNdhSQ/tE6XCq93iTViRlxo743aSEO+MnGqwMZoRIPbtyxJaOGs8GR5fsLW86Fh7ukuL2GV6Gz/SyetaXSZlmZapN6RLqpsjUFqARpN4C63rUnrnlqdJhU+bfrr1l1Tto46Po98BU9tREBKJnavYpeRhcFllfU+0K073CUh8jvLcmzjM+Kau3+qhLX6neV+GWX0Wp5qoNHjZ6q5pVwQcZ7GDnGYVxKFtBoBsPGB5lbzpMPR5gTnZTP59pfnEO+sU56BfnYGBgQfG6qYduM2Var8jK5aqLX2Iu0pRcSMvUyUHkxD3wDVQ73atZ9TBZvFEzvzcvu8S1Fm5U8WZdzTyWjHyqmd5TI/WG3018ytUvfInGJqT5Xkh1TURVwgCpbhJaslcnvilRg/wU2KWaMtjgsKiMt0sArCV+GAPlWYX+2X8Z33hWG98uXj7QjVLfeAusk3ZlgD3VEYwzC7DhBaAt1VTvAwE0wULiYVvENzkVesFRqw8z3ZagaIlm4+C3zuDxUeRWtWfOnBGH2YDtJRUnypGu7cwZTXPkjD58mTdp0agA7Q5MCOF8WMU7lNhTg/Y9orchmegqw6q6wxdE89CneoGySGSeaSqMvCwhdmVfTW2ZqYgyYZfNfsPK42xBPPzoq1qGKywsQl23QvyrPAw+TF0gROqhdNBbBjfIo2Qc2OETe4/LpAI8DY1iTra9NSsuJUvfqgSP5tk1CftlYEhJGrCYHew+vbq6GpCJHxNomXEwhqQJjyqvrIRdEETPM5UdvthD5lofwAsvspIMIZi+WLPq5UKmKv9M8WcanxG0RRIPR5ANSyUnGELaXNSwkAn2FMxRTI8yTTJ1mEllaHw013+5oGuruhEMidajtHgKBZzqJrTbhfnTUuFpfJhEgRDtfLn0khATz7PmsLeCjcM99k05eoXcBm7oFbLK+rdwfb+BqXDd5XN3+dxdNXWea2WUjZ2ILGl6SHX0oKe8Ff/mFwv7hFhII2j4kxob442EeY5ZQLIpXJqeu1ve1NKXmgiaQeAcHxfd+IPSVM258byJwIFW7T/etiZsKf5naSIYrLaZqv0isD8eBin+ZWWqZpv9Ep4oQnb9sjL45r/yk2hYxfjTR8/tVyll/C6F7YssAgZXZCboJ6NGQmYNkUKDHgEBBWDbp7A8ahEnMrDeIRF0YG0oJQBViOzD7wGCBK1xCrCLTQRoRwO7DRhGwGeoVfG9JFkZU16qyd089a1iXW3oACzC6fkEVYcWnpfxWgTi9OI7lKnArGrl4YE0uO+mJN4tYW6WO3V/sl3dTCCR9Byz49arvEmz3cTmnLtTbyDZvluaHcYbwHyLzXa8eQ09jYAqNdvRFdKcAx48glhC3XobdvzSheJaE5lzadAgXKEjYtgwI7MD8kjEtdZXsV4xhIWPbATc7ked9VDQkBNHG0EsGRLRX/kqWpGYOfdnQFnCxPqkkEjKDFkNnMWhRBISIdTK9uvvyLGtg0lIiFfYecnMBcQSiFGqeZet8O6jHa7Vo20rjQjMBw2Ktv5yNwV2KKkaTd8ZZUhTqwApCkFK6CpukWFIw/SkIKNEBDyI/xBSVIjWb4KwGqsyZpvAQQ43JHeqNqwDdFVH59HVMHqZrgxMdD4BzrADnCmx1KQo/xNEcE+q1GPZ6pQCAM5lemOe6fV5pte6TNMqbK2ZbZFggCx6rUpTvTtfqMNqzuECT2cYwPjdktU1agXvTxdwLpT1aUnKB0p8jwTc7RRdn5TEr5AqgzE/kjRPZPm2kLXI+OiUATmCKWLoWonsxCKDJML2iM0ht1cel05XI3fqVUlagxJEJQKx3uUqA9azuoNyYZnKaWIZ+QbOwDc0QWERjT+jMoMq8G7vzLFufQxzix0TSFTXo10v3iEyLZMbfkjV9jjSHlci+pyWlRUjbBoTYFIRvhuTXK1obAOlIiJBO94A/HjqddPKJd6kVUnE35kKCHBoywvb/DDQukQa/PSSmrRPvG9NJEE1hBWLQFnK6Ctpv9J7a5LRs8xMTV5aK6O+mpCLRnfxMrRfEHtrCnxCQHxQUjKhNfuI1id4XMLW+Hdcio7sk3ylIvsPfCUj+3W64o0O/aOJA70cktfGOl1SIwVaVqffWLmiJlF1nz/z3WcLxkPtFX9pvKwBLmlSjpjV0yRiEctSBlJmANhiUx7ATCmx9icwUfwpyYT3G++jPeFTWFKh9Y5eIL71vkkMD263H85uaRxFlEJbJzlLSVnyYEZ/VFbbmICtOkQK4VGSbSB5wE+oSbONgdQCVEnFfwjtmcIWpEiiTj1sDAxIIKyCyg0D2JjA2CqiXnIBr+J/xvvBbuKT4iYDa+xm5QmwGtUMq1HlcjOsBpihKoMdJalYhnNVmzEMnqH26fjTzNfdRGRYNNVNuFtOSJ18Y6KeLo2AHrKllqGXMz40WoDTDrKisB9PoeKmn9hoSOwkLAxnai6PVARGQc3l41NVUHNp7C7GMLLVqblI/zfM6BBFxHE/9+P1VPdHCWryhOi6BjD2wIOWy3OsmdNRvFey3mr7kMhtO6T5IagbVFi0ZYRk0mc0q9N6eU4Lj7HZDuaFFMaExCUYLgxjCwwcIAnQY9UWYwMgj9ONcFaInrWUTIsZoEIsWO9oZkogTT1sfsFODRthz8gXwBTlr08V/5KCotJLYKxjPaVnQhPvNre1lDNlsoIUWlUgj6DQVGRc7eenIWZRCAlLZSiP1COUO5SUQ2T0B2sY3425iG6pgWAZZWpgxwnvUDAQl8ncT4DlkG68rmNvfNhZDbLYlVRY/Qi7Hp4CouN1CbYmuyTWxg4O7S4dtQ7R7aIH7KExJJxYmXFiyni7j2UmDlPC51VS6ZSh7SgbhU5jBPYekiUcBPubKisTQFhTcioGRaSfzd7VtMb6aMIgRIT1tN4yvS6zWjPCcJuKqdGvx5gD5JF4wB54JoKdJocS+WyACTMM9xOEvQyc/UZhk+4jvpA1m9vph4iLJFM8PANI7aLJM2AXrnaq62Eo1vbNzJqaTCtvWG0JAkF0NL6LFHCrpD077bHgBl6eUL+M44qvZczmpVh5BNC7qqmuJaHSG1ZXk1+RN6wudmhfXF8L/heJ9H5QG8KINggabDyo/b4sGRXMMq9LYfIU/ZwCIELlOPv4ixLYCqpSGjAaM1XgTKjo9cDbK5qELPR2qovBrBJcml6YpjrIpfS31BypD9n0EQJy+NjtDnJIIEQAj/bjqo8xmxcxrHIyiXgBE14IxMC3n4VpOwDP7IMxjC8xvv1ngT2FLFRxi0z6ZftXwGgF9vP4vEq4FovZ9xgRLxXvIVCHUTzQRUh61sNE1gOnEv15sq7A6A+/r3gfRMK2szH5rEx4NMNwPiy69qs/tSbsIGrpgbpczJ0ZfwMMpGeH3Jf93fjjJJtrEBHB8HjPce0PaqlXHPQuAgyOoHeQFJoqVJnqVLDkB4uwYObNqPgp0g07Ie9bEPJCFvJMN631hDzfBCzk1eyX+QkS40k2Ed6Ft5qkNFMzVSc/1UzVEZjaRqmP4Awk9ZmWjq0kYaHEUjpUXKYKRFD87wmpWCY5MO7at701YxMok36YdEgKpB0K7XCp+Kkh8SkrrkqSTjEXJyUmZZIbwYlEGLgvEscZDat2QsJrPSnjpxElvXIns3IhfYL+XWEiSO+QycosdoYsdpYYH9gTO1EKIe+iX1DSW+GdwLmmwNtmkDXlIg148WrSmxOLEp/UZGnMevNRRbSFQKSk1CdrAHwI47dJI+M/zzwPNDlE7CLtreNz+FOfbQFvdwbJakpOJnQdQmgYYjIGdRJq0Msn3iof9oxgMG4hp5hyisjsTxUioz2NtYw/5+yRw11X00FGKxKP5mUPye/jjpIqr5APxGTX7Z2a7XgKG7PPPhuPnWAZwSd6AR6ODIF9CXh42g4URsYna0LfwS4goD5xcWmlqS7inVXzsBCUlREgDZC2IyxEOiuaZE5E9tAGoFsAlqKU0AQsxBDaQBqH5CyBv8qQo8M5mtSgMmxh7uE6AofrCBjXccTBmrCIAWlKIt72CFxKSATlkAiqh0SIWHxeh0Rw2xpJ601iRWUPkKCZ39VFQIKkASigmsAaVGE3L0B5TWirXd7VGQy4h+EnXhqR5QJbtwniX1CE1ekjpT66p5vKS0imiEwQf0uZCO9qRpI+GO8TZWo8VpSPMqRBKGPwQ6zqPOM9ntNRKs6JS6E2o119B8kiSiyWw/aGbLYMHJ1yCnSVyIzbiAt8QBWULTOGgVmyajnRuBpOlBMUNZk1sUoa3DWSIS5wAqRJVOZrj6FHYbItvjotmW1wBWQvHZL4iH0KWbYvzDaW3QNTipibdDOMeRbMCAYxQ7NbUwwaBwyRMasOIyHgAubAibusuORCQTbTIeAKvwncxwegUwfCcjt4Own6peFWlztLkqWVDKxs0kRX/bWvKix68by1lUQxGfPIz+jx0j4yxQU26BrVTZGjEYCa2hN/IA6l9HMQljwovO1j4lAaWrn8cnHqQ5OvIG8CtUBT7DFxkPXjxbcK9UOFztz7l97lZPkQtnw5TQe1ANbNBt2uwd6XZy+2zAq2HM+IATeVCmmtXL5AvP9DkxcKskO5hpBVzbMvtaurDwk2qJNPjjycigHGNK+ueof37IF5zlaMWkhRt+ccBdRBwiDhX+a5qYNPQ9LJA8Wc+IDXqOxdbpvQiMQSGZ+hN35unIAJxhknyuwAqJkekfckGye4+fugcE9UxtJLtgbmdgTPKcTCtEo+DWfecNjev7q6qpaamFqJczXUTObKIAbxX8iaplqz6UIUioTFwpWkAaUulASlPbKDwpwzwU3JRKwi8kVNkS1tq4wxdS5LCBx2JflMbdkWArMgw3JmZIFPcwtI+aqKeo1x+AeZ1QPrA8mcFQRijso17GeUDAr7NuN0sKoGWcbu51VLasLLyFc+JLUp0CiKJTSwOLSJBvaBO3m/wqaJPsK2Rf6gvrdCTp5Qi1VZvxam0K6kpYxBJqq7bwC4aWoAA+WGlfBJTcKoJPb16XlMOi4ATsMgM/ZkrwJVslvT5o8SGG3BDcOuQDoKUCbyJiIfGENVIV6AaoD+QighI+OHnY5xg8Nmpjyhnf4hFiXXO3RqMLzk3SS4unVS09q77nQavJ/zdGlF3ZyxArxLx12mNwCD2MffmXvYxqmAMp5gKXFCw9WXEl/iNI68w5N24+vvzNXYVacHXMk0x2GKfnHaI5BXvVMLE76qRnYnsQc+WKR0JCgAObLi4W6aBiaM71BvTMu7sXeWf2wgLZsyv/mxgbszXKvItlhvSBBHQe60ipl9qETsvbewh6xyIgAqhGfxK5NKfDUM2uTtSfsBiQnVntOyYMn5fGhjBunzgD5X+bbjQQXKfiTShY9wO45ngohFD49HkEtwXsbUk4AavumONWFH4p/VjmVIqZ6QqiTLzR7rcSTDMJ2LvdypGmzvkMPqIjel6ihYRYCUxV8BgWCmxIRQsGmyrwCwzc4mTdUXrXcXlm4DE9EvKqlWeJ6wN4mM73ToRy91LiWkKdEkLoEFoLZj3cQMMpb2nRAZXkA4aWq8fYItYhCALzIKgoeyF7FSnruwXvRCUKT+N1xSmzljNUzMNXgo1mwNO0g8ZBlLegBShyri0WCWUsSj9by6nZqGCv4818tt8SQC6/inNMNh2RcBTEBVRvEvaHIgKzwlZ+WI1H8kTyqfuex65oAji+3dRSUbBdwRudkqWFWKrXXinXKqwZirFLNfLtf7MTg7kAJmQ0qS6QgWin5w1mdwSpWkREETSuumrDzLhJVGR2BYsLfEn3C1FPlXHjH4cearpnmSmm7iFbWQCDVA7lNpwC3V6+ClXu7p7mWe7ij8M3f2FoGDOLuAHxQJgPrCWScN90uvNwr9KFw/hjTyQP0znD0L3XAbZbTLDT3JR8exLzHKCl6WK5ZNRMBKWPI1j+lSQ4C3q6veZQNRGjBmwFu43FvB8jZBTC5VoY8NDyvcGfLsqtxHe9krD9vVlaXEB3TyKHgM5MuG+AsFuTbbNbl0oRBst6keTUpGZ6nw+ZkzzujgXyjIXszJSvbRPBm90/xO0TtOz19Ke85Rez19S+BAcLkRVx4yjhXRyZ5kzYhI07UP3rEm4j8jRLjBCsDFUEoSNC2DYSupepLNA/1du9ZLMcjcbH+iSZaPv5ipY4AXRx6W/NmyxHHXPtBL3MeJY1p3eWK5LnGh5LBrP9lLXOXEYaFkuxpyYXt5nlBGsGfI+KQG0xB/XtlVGsFE5mhyGf2iJ6MCCGTSPvKRNYx+TdCVXQHs4FF+lir7BXfFkmUq7GfcA5T7yKJdpU60q/LKgbT01Ha4va/srQEP+ViWErgK3KCxzmFLdQ1AIlEhlgvYo3JWXCKsl4mV/lBeqBELprTPW2GvGUb+JpU8rodascSyQcArETgIFhRKzPJ5/GOE0XQqFXRrSMuXJF50r3Afow8+hysCYVBp2IUqhmwQFeNYko0iF74pO0HLuZe4SDJcFkT4VLgoIYKdD7xsqyaxnt2BaiprcSJ7XRIx9EdSzag3SLZn67Og78h3MGV2Sxh1ZY2HMk+hHGeI72m03eC7LNyQZboB1cXe+U9QuHg38+6pXeCsXlwRj42uZGICy/YZSahe2qsHmb2l2fyg46qIw5XM4Xo7dQjlrWXbwU4tANNBJBHH6ubMqqkC1aBNhW1kETZSzW7D7a59uJd3lT1Jw0TFdygKEhA5IDpT+UpLh0X/ujslZClyKIeXIblVqp06NJXXsj1TOnS5ZHQ5OBr7+EkCmBPOwWOWPvO5ZXWOYB9hAphjgXgwx/kEMJcOYC57AHOfMasEMPdygHmFLW9U5Q0Acwltd9nIHGcuc5y5BFSCghCVrTCVu4FJYVc7bODCuXdQ4J0MeO7DJOcbzwHPpQOeq2F1kw2W2eHkRgihmqoqswSoJbBvdnIBa4P6DoSmvUAvdgNl5bP0EBwlq2mFGoHGIf5S9eoBw9C5gV42kHRSn4R3DENSVTezIbJmIoLPVEzVRHdDrq7shp5ZEHwG+VVM9TX0NIJODN0G9iNyvAd1TJ2VbkOWNlYzQLhxGtP40ogBD+TLFBTlpMFubCH6XCja3y5KTi7CpMTdykKUHC+PklOxoTVg6yVrT+HPy6wvMzwxX4UwBtKVc/4nG00hfI7Pu7xC+Bw0l+IOnb4tEw5kz70tg273wudws9aUk7PegQ2bmWW7dgtZI8C6vF1JuZJpoiXHfdtbExvjvGU4dgkc+7YAYcP8gNrtITzWdnf1cd4AKapRIfCYID3x+jy8slSacujLcyBxcPPVF/OruxR7G7gnbDcRmOGCQU782R1uD3VZeAgRteEqprBR9IS+Zt+h6FdhZDFwSqceE4gmQh8A85IhChDvhOw0Ga5FUGi307h4EPGHKNRDFp5JrscSSGAJJLAE0pnH4Sz6R6AND337tN9k/jJLG3+E4vSIb5vuL53CuVem4TKf+PZpX8NREXtJd3HSk6ob/71i/+Cv4MHnpBPnv5BdPJpdPJZdPJ5dfC27eCK7eDK7+Hp28VR2Ybrxk8rFDqIHx7OL2+ki+opkVQ3bBjdYVpSzaww+3SZobGOS7gbJgAKoum8kLCMsL5AAQY3N0/W7dIX0rEno5ywGCRRAoSCMhGVEkX2VwzKCApMXZGYUyUVOsJV9xHIzs+JMJLkfW+C4RCe0wTAZ/b2ngyzKpXHmJJa4nFMgm2F6XoGuKWSX7kvDFiFRFMvlBLsw4d2pb0LEpkkDuKQpz4VQ6LmkERfAuhB2J+nJ2SJzOhcsQ5fIiogIc/Hrksz7m1ArbaN2ey1Vf/qZaJHwR55W5AdorGcbRC9330KicaatKbn4l5vqQlRXxm/XcS0pk0qk7ARGmq127RQruxQHwCL7CYlnAatUhBFFTRUIIwl3jl1MikUq5k8EY2wIrcGKPbWSK3Qc8Wbfh14MkMO5Q0zBIct5IQSkMWVtnsfw3yopQVlb4Rx36FNKIRj0uMYPs1SBMzEBVqxyNy3KwiOMFklKgD84RYxH6mQTsKM8hU+h0HakBYRnR/ybtGeQIVyCPfyKVJp1/oZ5dZmUrAdXM9jG7zPqvptTmkA1gdnkZp/RC5cTZ9DXJc2vF/+2ZGe2fnatHUwl6cBJS2lU/PfMYSeE+KlW2dG2j9Kq+OsUw42r3vtY8McIEcVgMxjObUj4OFZiAfxfwhMGipOGFxFD3BpgT2GfF9eTaKe6mTmATGJxQSyXuLHrAqulyukLaSBZswxCAGd+5TzrPAfw6ecrMmB7uQLEeUoElASQV8jQO+HmRzGPwJjlwfVIxwZ2J2Q0bMmZtFh14AFXnV0NtjIvrixORS9OgOe0rNQqeOj9k8z0QKxijc9Pgvhq2ENe4uIyAi7uM2P7d8fXBIcnJC5WEnSAWGBLtllJSIGm6of/lO1nmKrT2mpoNp1XUQZRShlcUmc1ou8M3xSajKzeFxlJFllSzxhpLwLF8mH1VkWrd9glwbrezcJ7kjbHhQTwqD2a2iNYQ8PLPfqw6kEqnAaMUHEkdcQ/J533q9M4Zbqkgu9lH2ta4/NYdPeYrFTXqVCHWV9Ne0n8JuWWIeuB6pk6rM7QREWo4X7eBhrdVNgPAbbSD4IqCuU9/77dZ87oW+N5Tn0RAAmUutEi943JBftr784iDNEnl2YFIL5QP1WLowPRNkazbQcHIOlzqibGLtympb9SWBFs98hiErJ4duxdTGuZquEPNO6kBelDfNuAY1KyhJzbRchXWAHC07fAToWnFLuD2HAh/ihNJ4/3Vh3/g6INlOQ1zlvZvgUHUMNXiSo6xlY54nLAVnN5OUmrFEeJzMupn9mBAd0LGaXpO3sx5DaEr+k7SGhjnymYZigZAsLk4Wt0b1kxka8WlZwcBQArVbhIJHRV5UCZxukIGRNuT74ri2yj4m+p9aB2t2Sjr0rWcLuhIJ7NdzwbDwX0g/YeZxLxWKdEJIuBQH78FLRXxfij5DdKOLoSgcDAaX1D0dBlbeuplGmUjHbAr76iDtNzCAMiPxnCAMAmey9U6n058ukZy8ioE/R6/kq+3yC4WPxOTX4iPu/wD/bAHwgy6rPiLEDoGd7AU9IR9GK05AiPzCJkPdsXz7owV70YLWUGuv8ZoyE4RoumAFwOVpDttjLfbaXxLhSxC4WGeeaisxQNFdYZcfu69uETa8KeR4A1dEhMCiTuEEWOvRFZOyUTEVXYnx6XSvE+7DT2sheRJYOpaDYy7MqNDGCxMA6f+cCaYGdQTYY8UKOLz+PJsCvVOf0ZSj2WVDW30mNgCHewZMwI8MvQimRFCGZmCYPb0qGtWi8+pWl7p3Cx95ChyIFew0z2pXXwmQ+yMMsauUzD/QdyvTEHmCOZWyEGN9gShlLaQqj6g9AeEe1EbVU3/oKLYrDLyPgS1rZflGnbVaPlSHTmgM689J2Ok0SF8acv/oR05gcy2/cmrouKQTS/QSQaVBsrRBRtLfdK3mgyjWwGt8eWaDSHJPOY1WCmczklrfjlA9gyrWclgU0uGwBHt3cASCBTwktyzPoxIm3MlwS8IEBUOOpk4EbOuVowh0TTHT5rxAB5rKbMlILRv9cqWMlEDOp/cOyQeij+PN0RTPtC0W9N/IhKdY9tZ/RI6tHiAF31iMLGfEVwTMXGVjVpH8h0k84V0z74EQLoxe9FWLCVfOlmHyY+XVnnNvKg0z8HbDj3Cb+PSYcXJthRIS0opZA9BA0XItnVJc2tmjkMzT7002si/gsloij+qEppISLS7svIMiXZMsXmdpL9ZPxuDULcE/AourCXYX9eSuk8SpdRn3XaI+uhD2loUMeHYBR4RaEwAStJlZdI6Nha5nUJEeP2ayIR73FWUMeo3/XRNf7jpOGejxQs3hYjjnDE51lpT3x0DVHscINLghTZ23F1+0eLCmQVIcbdNq2lkJE9lectLq0punX0T9g7+R2rE8EokPZ0hyT3zwvFC8D9AnLgM0+BeB+gCnGWkAijPc03nJL5f8qon2+pyKwaLqY21Z/AT3B+AWrprqIEw0IzS3PswUE/oT03Q23Ycy8n3AZIAFal3F1ZTf3dlZvfeLetwx6VK0d2l19j/ETWiHM6N4M7ELxdsdHGeN0LBOORCbHmtCiGoQ4rts8++j4nh31My7IbPI+ohCR+iDkhDH4/o6aFvedEznH1cUzdOAMXMEQPWGJG7hX9LQhBx8g9Yo3Kexhh6KUVdsoGk63jt5GXFTB1GkYOkroz5J4G3q6CdxECwuhJjmUIxKwg5B6B+Ux5H4GllUPu5RkTd88JKCcuhfqkApbuIIwn2nFiIvcCFD0piGF/CKFCyD1nfckAfAW2iTkQYlBPnSgwqIK1Mo49ykLgEYuqucsdhylQQYoNxVrzoqdZRGzMkIi+SXvyYg6/wKiBV6EuBDtCbE7IzeH1u9tZkBlwkok88QlNLv/O+0Wx4AUxyd5+25qIy4lHBMF7iXT1OLyHA7pw3goue5R9timzyxWAP2/LOA6xW3LZRUnmBURO7C+8bU04zch9lMf9249hVbz71jWWd+yn37Ym4j9hKYE2io9I1payyVj0jL8C5gB0HpuMJdt+ObQT1g+pYKtHyc/EJVIMWrsy+xwmfcWpPGcxJg9ODYMxvVL0qmcwRk9nBmP6FCQg+kOZU0QannVhiGmzVQvbAiGV9hH/Sdjb30exim4jb3Q+h8De8b5MCtNGjisvE7yqOf7BI60QCNbH8K3OQR39uWmfxoT0MC7K5G2EehdZhMnbnJPcn+C2jFsypCIUVfxBmasAf9a5+DtsNAKEMhT5RmLJQvJEZc8xYteWOTYTwM8ex9LxGBcN5HAA56iLihoPYkm93Ncs5EeDhUd9BQ8R5zli+8jw5dGC46MGHOvGsY1Ys1piEylWDomJSZnZlQpLiMSrCIL+ahMyd6ezWKAlsl6kmg2vFdAW8jXfocQAdAWsnS6RVYvFex/qWVrzsQMlETERfNXXyk5zGGRJtu6wVAQzCjk6XD87Tfnksx6ypWUXYYrhGQ2Fv3Ri400UTBjb17ID1Ua3OPSgO5CC5nM39S6HUtYKljBgvGYjj0gVu/p5Sej0a1JN2pDccOQyDmcw3mXg+JQNrxxIvcw/mfKjbYU3dVIbww4tSWtGDOoeilIhOc6OjE/pKJWkmssEO9I5kqossmEiObyHkz1YRbbOqE4ilhOSNJNTp+7IgEZMH7QQ0VuIRiDiSuLbJ5z1WZJ3m8xccR20kkKr8CEZdAwDPE99xABS3ctqpO59EBKANB6JO9ZbyHTU6ogj+NJ48Y2k4euxSlYCG0+Veb9UXs7ZskhIHoWCfZEoqm5fPJT4pDDys3NbQnd6hP3a23J/jH62zcJAjy3l/veTBuDE+yfp7SDZHElU7ScEMJkb1umtMl0U6Vl1dMzRqQwsweXSEvMYZ+otM9LXSyhqks5g6J7T9mKPRQSZ+BiFqpUJR9NY50oUs+5P25hx3ryZskUJ++m3r8Xgwe9hLQbX1WIwq8Wbe+JSdpZL2HXY196xJ5AiyE0Arsps1ajSHtOXqezZC6bajf8JoY9JubWXwkKTgilBOBLohCOav6oghrr5+3b0huPDZDEmAO12f8icg/2zVSfC0s69nXVqGTwxXCicq0Icu+ZtW/EEdWI+iDwnFnaAs/2NDdmK6K29weFuUaxwkAyZFPZJ8Dn/naOUZQhfip4dMkTHGYOo+4C4JlMfRxw7pQxxZYq9U8BKp4Js9JnBe6EAiJHRQ726SPa/7mNu6kLRx24/7IIm4gfocfxr/PMr/POrKgvYei4j89W+mihgWOmdfTw7Tijuz7CAmUEnl8dZqmWDeI40JbNdBjBJeZw4hnY1i3JAA/wJnXka5SyyYMR12LUP3ZnrmODd6jt3VHd2m0i1AxmKDE3IggWEBjfiBEiadfqono4pKJLPgjYYSiuPHV1LC1dSOLFgAVBIoxfS0uXO0dd4QEiRHqLCsQRwIhYxnIR1LdFBSwhGHNCv01yyvzQFz6TPSQHBsa/5+yD/Ek3S3NFe5I6ec8cosVkL4QUwb0iFsW9ggdLTwilTnHQ3+8MLBKIzhpAl4e1GcPsLRHWPE7YZpSzYJnC+jF+YRBS7N8pi91ZJcMj8WYZVeL6ML8h4fiwHQs6LhVTH3yLXwmyDsa8kE+8r9w2wIzVFIkp9jiNESoHHoRTAH4IEGe++Nx9raafOcVGDBWkkBaNGBbubr6dk2IJIDKfN5V25es58O/XcYE8910dL7hnVc4OpU64BGQz1XLhRPbeFHo14xWniz42053bt9YeBcPYWaHQpFilC5zFVc2oteK2I+EE+KgdIsiUHM9NWIbARmkC7sJFd38govhG+jaWVglztYg/wZgCadNe7HE3i1gkHx+6jYH1kGCXfPFhWNUmng458FY7hyg+BgziUlAqafhIg3ckaJGGR2S0kIwtF68qi/zouhUI507Yh4ZDu5KdBdsqThB4xgowO2Z7hpDbJWweTdGedKCGGqybDBIeFcLHQnZ11Pd3k0Jg0UYr/X5CyuN+yNOrxnGPx3+kvY0RS8VjZTxd0JBrvHSQWAwRW2FwJR/QVZT8HrP4oYX0WNpLsQTfw0rmehowyEy70S8g0VDCPJBlsXjhfkKFRg5laDfqML0BEfJ8W0VzerpwqEtGmIKXKOZ/0UJqpdEgnCrfDhhpvmQ7+UPlhfcrtrfm5H7dKB16yx+ggTfHI4ktkjnaVPbSryYGPqbyMR30hFRnuchPgMgPHZjhZcxY0ZYRd+Vo2VeRHxgniVaqMoZTOeYJjKBHjikh0PcmOw/06ayixxvG/hq8hFCTQB0T5AXMbupScfpx9GrNDCsZG0iEwzqs3LMyOVA04bgIpBnqb+faoOEcOK7luQ2RUfubZqNc5NZbIsCrJsOpv8C7x8+H1C94lsuhd4sj4YrFZjtnSThsOeylJHjkVzXRCaMktmRKeQdokjjtdkZfD6HuWb8fU7V/PW7LdTFoJv17NNjX2kOodj+AVaD7BY9zCVLxhMjOXF7C4fuqz45Sic7Wqjspt5WYgcjcDUXAzyCuRq3UizoGiuFJ5164jIVsNWLwryQ+HAwZ9HZKBDbMsCGJu8pxhd1EBdUtGVKhh69QnDP6+QPSRv6KkEyzcdp4FzyLoXLWmImJt9YWiDxcZ+CbTgmNJgpb0icg++dPk/RWJqFuYi2dtWkDCmiRhrdBEmoTr4RpZ+7JJqHv0MifHjxMY4ube8HETN9SXZqiATp79lb4dZnQDlEgVMKMyx4wG1rOhO1kRENrCkYqyiAn11mFCA8aEPnLbeoexoh+eXIcJ5SUvov+o0Ls3b9i6Pd66C3AnbV9EoKs+fhTTI6/r5jI3HvgJ1iX2c+RY7MhxvEwQTWo7UTZyGxTxmxRPnX7GQw314sxzlxCu8y8lu1IodqzQ3BHUof/D7RVkhYGBDPSM+gaVHwC9G2C3HBo3A92XwL7WD96pztdDLWIOBCl0LjXe3eivwa4LAT7spN34BiMZ4Fnvxr8P2k6oCLed/2/ch0/+L+vD4Wfsw09v6sNrcqaELb1hN/MEa2ZSEdmROYSHw2UyxDL+fZkJKyL38wsdCizqscK0wq8C+EwwzlV8Zz5TOn5QGceOIGU3PsBxUymG0Os2c24i05Q4Bs6xc8JZgmgrYD5uA5dmvA2s2s3re4WFIRoeZqAXoGCHvYLyhr0C6/yvGNvEUN2Cij9HW0l3jK1wgf9Dd7qPzsCBrrN+Rea6Sz9zVqWgWeDES8gBJwwlZN4lVV457wkOnJ37zQnilasmJM1QWgHDTFpPTYeoOvwOe8c4Zxs2Sfs5y8iB3q8w/gWiwFLEn1sXAp6q/apir6msc8IFPi5XZ/1Ip2H9B2XkHvLkOowYWm5A4p/RAuFi1oR9JQ3Es8nyk9/7LH/je5/lr39nWb5uvV0rW5QvIjOUZjNUzz3zrB7FcNBcJ5fSQF3tOIkcGRemesGoy5gNMsr5JjKjrNguBoUFLUXdXcd68XK0IvpxWXTizpXemcJLO9036Zk5OxKtijzcetzNdgrhT3qaV7Ei0HlJrOytZWomCh1BO29NsKeDR1HcwDPgJCBSVTF16toSvHLEwuH4SyqKflT01NDiAtHfk8XIRaSfr0J2FhHkIhIyJ/AVxy31O+0xSV6fe6eTvP5PpktZsKGMAfby0z7i/ADKMD87pI+vwhZFE+S4WUNZ4DIPgcuy4DyvyclegTIpdtJ65BQ7aSkG/CmWZ/5WbkRbA5sZWyNwfICbEV8izfzNW9Ac8s/1MsiI0fcZuR5v7JpoFOGNdc0dbOssV551J/kKZ+vgwH9GA0LMAEGiVSUWvNkOQmcfFHXfERsRchqVhxvysuCtfq7SY3/BwqR31OktPa02O6qJTL5ud+2jp/KIBJ4LVpEFJwIJ172AzsL+ZD6iGB/B45P7fxbN1A4Hm/W103r+g9woshbG8IniGHpuf+3FX6CKsBUfwqtdxckuDwuOv6aH1X78mcsDxVb54E0+d5RRvhSEq3D2ZZs96OROXQfrTHGUADXmGM/Dme8Rw42ZewKTQadw3ksoHjL3rWN5BQdmI3rXm2NX89Q1BbBvlVsfkrqw2mXD9yoM32TXtWHxUWx/9vga0zB7/EPOFt4neJey//gWxFWz1fjXdO/hn78J4eZsiIcLea/nYEQOnINuP/b2QkQKXqlFrojlhvjSXBuQ4YiyoBHxXiPiEzIb4sukXlG50YLoFalAPcadeQVrBHtSsGJJIfR9TgNJs3mbyhZmHnePAoWoXGekcp2RcnSlylcueOZ3KBoVq7OFaETudESaKAZ0RqTinHD1iNlWUpPzpPMgNXksNXn2fic1eSwLrvOkK0pNTpv6LoY70G5FQ5ejS3PWNSN0VOFZZl+9nuaftftMJtykdHsaxcJWfLoqYQpkHvZa5qGwZdY8CmAFJrSoSpwqiMvrJ7iDsgty21WZDlFlgULigUST4l2/xJ0QFDsseDWPODEkoh/iOYWdU/ORp8BYUmR6pks40zRD93BMpQw0ZLwFPp/gkg1qQRftgwOyOzZZclyfXFZlA9V6/rjY7u84T7kuT2qbvfdNeZ6Xu9EV5AJFOznbzzhMCEWbpvN/pLOCn0dRRr7E8ROIM8f5jviO+AXHDDimIVMcSLefZKZwwXh5dtoGz7LBMiHue/NP4pDU6LL1xj/aFe0X3u2wIqyPii8xnot+uYVCLFMY7d0scmG+s7cURwTKzWykBd7kLuXmgzyrNTLzacvsbT3zqpVHChbWLRv1CIJlPr/XqE/1WhPnrYFKTBUadfE65TZTV+w2D74jjxAUYu8iCpsWMfCZ/lruLfTMOqMmNFO0UYOjdvFsyWASH+PDldDMh3pmxcm8Z7guHu3SljygmD3dw0f7VvmkK5KVRfwTeQYXb8hgPWWJM9y66FEWsRm3vg108AkgFobiT+poO26fvH1N2FWF+x8S61oaFvhP5g2Jfv6V4zXDopb/M293vOaFrH+XB9jcC12z02gauXDlQMpMO6/BjPWO2KlsUuoV66zUrg9goSMbSzZXyIxLXhoHk8CG5MRmvC6Fw4uuJHLHXlfsiIWwEcLPze9epjWBzjCWROMkaNwWEPvIbmBrtySdzMe7Nb6RPD6rHPq2yuEVG3Ng6jzOqYR3My5eqsMJnBbt7xYR7bkbS88iazvhGY53sxxDe9106fGrjj29SMoVGqcHe4FIjPJWTEYN1wteFDoGobBoH9qds1ZsRSfzu88ctO+25TiLdk2ncTqTwYdl5t3wLs1RS0zB06iHe6XQ5usCUbJDHhRlNQKgpWz1IMboMm+lF8SSDKqQLe3pD6wJ+3vCPvQBx7wVe6yKONslCjdCgX2TiC2W7HVCoxkkDlvBgRsRBZ9igRCin6xY7tDQJCcRganGX6KjdjLxwxBIJS3HX1c42Ftx9HacROdmIoPz6Yz7MmZoVJQi6AjhRCJOiQsxUuF57GJX0vmvMgsywhYNBIjBJzWqPMf6jnP/o1JBcPFI4BQZuBXkcL1EAmeEgmtHmLt20HJjNkrYh9YZo6MfzFVvch3eVq3H2yp4qVN0psycClobtegUA0dhgDmQuX/plQOMYxC5kyjTU1JwtzawBV5mgfxt7hXexD3GYnwptzLSKmTSnxklMicppv9b2S7iY5psgX8uNymEJQvcJGJpK18h8+CBmcG7r0eHyZotnHdNJh96LeX1lHkkd0mHRcGBZ+7EIwJGEWN4tOA5JOzXACzIlbGw1oRoXTnuiGiTBxZOMTj+wbMnaBTUIILFCuGge2wbz7qFUFo1onHRD24ka+QQm/OzoGGZP1gxjqkqDkd8lOFyJOx+mDXZqYx/UbPbBZmoi7cxvopaRUYH0ZS0881AO1lR5SiwTHTB0npZQfeVi+phz1/kfBn/AG0niljm3Em22i3g+qj2E+s2coDJKS7LNcRNDHXtCYQ9/7gsJncpH2OXBTbXZWE4Mh1uinCn2Oau7B0qST4zBX0dZpHPjrrkPExRcYx/NwXnwANoUHYI4SBMrFP3eB17LFbKK2vSPpB5wxCn6PxlriTu54tFZ5lswDJYNaJcZbZuwjADDL9RumxtYSvtmUlhnoh/2Mj4twtBIrlfs3W2zm6QmXEprIzu2W91q8e1jmws0XkaVw17v6ci/pgbQ1fWK92SLxy8k5sE4q8RKCEzzZAg4GAuzuP34qjNh1cjcCxDSHIRZ09NWAlhhMB52xlpI7JgpNGR71zcDO2aeHbyZgDIVoau7gmUWG5M9B234KBLWXgQGs34MbUFanJd2tWzpkWM/M1pJ74tkWAywRiGoi65kRlpwSLlXly9yBkbNLuUlihDrqxlEY/tazscAs7L3L7D89wbUtquYFEuZiEdcKhkMfBm2HXoLcsnuzl0i5fK8xEQ45iMX1D04nAsYiYjZeQn/iJH0SGaShsCCBv5E0ZtB0gt6nXyWKQEjte1XJ0tch7aixrPBErIZ77zW8xmfnPjoBQPhKiaXJWbJXMjcvjZqEl2Pbtpu+sgBfjYMGub38Vw/kQU3RoC/unISHlIxFenISh6fDVglvQbAVgQX51WgXJxBw6xixX1XInF3ZIJ2XW8AiNvCcHY+00JB/8AJSYQv6tkSvaMIDPwMj+7nn8O0qvBLk7ZoQdz/LOff15Hr+HN9Vp+cDX/XMU/V9BruF9cyg8u5p9J/rmIXscU/L7EhyjTT52eV8lro0RcL1StJTBfNRdMjY3ROKaZQg4Oq6vIGI1jSTZbo5nWXsU/r+Wf/fxzrVMpEa4W1adbg9sIzaPbOm6raDuHPsPttqY6yCutzeN58Tordx1CNU4xvJWWS53P6GzAL42N0I/m74Y5KvAuOqXJ4N3n8ncmKZMFPall6L9H8nf9fPznIB0sRVZ1HNqxway+PTOrtzdDEzBN4K1bNqUBiqBdHkhD8O4DacVKU3Em9+045WobLPA1UxrAmRgDOFgCZvhK0Qw/iYlEpvc2DhK6nq8vpmPk6IMr6HC5+G6q1KrkyIlsYyK9wR+rVJltLJhWWXcbMWwkJCd1F61O4axe9k8L7fV7a8IdGwmKVI1Pag7D4LEThOIg+4rPO4hosg0a1kTHH6JVUjPbHbyiglVcofPkCFUYX8EnxFTYvyKPimAl51olfqAPpyMtJKyDwLkdLB48IRwog2O6lU3pAmFSkoGGcJ0YMRD/PKKKrvIHmLM4qIDOLTBlpizfJwLfJwLfUyLw5PeJwDMQgeH/BUTg0//TRKCWGezC+EHdu/Nwd0EhQmIm9BKzARMHRwcgTi0mDnF8Pc/kWFVneq/mRhyS0HN7HrFnatKIXBPqvMeJf2EVp3sFBsYoKuqFDo1qAGtg2arIUo/32PE9WzHin96Sif92qX7/u0r1B1umevlGLIHTPLOgaWT8u2AsP5ShVL799/ev//5l3+77f/Pssn94c3UKngVbOJA7jQU7kEc7z4aJX3JOlU7Dfkk0lyMFcihEwT7yqEBUE89+kww9jI/IrT3eBmsPhab903XHeTmF7/mYtLcodmZ7oRHXpGLhKJ1/smAv6nK8zKM0+9dpQmy4kKkrUhHfjmb+Tq61+BorwDKNhX34IxRVAgauBWR95QCiR2zSWbA7h30IVi+KiIx01nPaIHbo+CS/bGnBx5xVWZEhsgMhdgjOgFCKLcUJcAPQdFaRjSoNysdpM35brRMeC2JXQcnBPh4RZR69d5t+DqIx3sQdVCHmwTeSmIXAKPrNmIkymIkXY0fKmIeAmQd/HfNQZuZB8FZfsn/B7ML3bMMX2W5f5d2eAxmXOJBxiUM6Z8xAvzuQkM/LbCAUV4n8WYfVZLzMB2VO8s+l/HMV/7zWcLx5UDI6Jo1uY7fdX8G3JmcG6LbuXPVeB1ROg3Tn2KaDbJsOsE2Tq/gQHMfpvPBsmw6wTYd0cGPCx7eYAOfuuXcxR8TB0WCE/glw4DC/CpNt7IReQ2RIMPABI763GTGA9hofe3eIvXv9pk3hxBCcGIcGY6suDZjy+v2aogxfBO4Hh4mqRnoejnEMcCDrDnPe3QlO7ViTmc0kwkD4mACGvc92Gd/Q4WG+XQ3pdNHhbvxunW4bYD9+KDW2UYBjH3Fq+UDPd8v1MQ4cbMrHkdA9FRZBHe6UGD7ybz8pcVgjHfj0Ls0H//qI7FkI30XRqojeICbuN1RCwQx8SmQ/89b83Aj65GHR5Q9TEf+eo4T+S/VVyQDc5C/lINwDFwv3b45dhZ9Dj9bOnDnzF3aWTIVZw4a68VWo8imKOI22pMKGriU71Z2ypa7lLpzjvttP/v/GJwbwywTPGkwI10VfvS7PudGNr+VMTsmWvl9y15yWTfUgpbpLJsL1HmNPcfOgBBNGEWvul+DBqMybqDeeyAv0KNj1F0R2lnye9ITspT2O6yo7nfZRbPUqRfeu7sFJS5jJIeKZrt7ObnR0wh05o8bxSZ37W8KOzQdKVSkUOBkAq8WDNX22Adaa6n5X+nHZUg+49p6QTfVJBrEl53DfJGW2NZ2Lnzjpw8uLkufiZzJ5nhl4Sif9T/ffA7KbbC+eGAdekqZcLces8et4SJgY9aoh8qw51/TFh02MjS+mzYMGPGSdLWWDsyFr+M481zyPbHJWm+3mOaY/3gO2oszxqMpgLEM+7Ha7Q8iE2ZGCzix2jjmneKAnj6figG8+hXHmEz2rDKXy7THZxamefLGmqgGBjd3sPi7d7I5/Hrer/ImXrZnPYzFMbL1m8E2bQy+6Y9WyY9asTEKzraY5H7VFUVE+m/JcNmWCALbb3NLZlX065D4x9LuDvaV3cMwv365xRPSdejg5zwS0YH4fQst50LoGfPqoqVAwO/zxmJt+lB/jYY+fr2w0RueMDliP35e9aBHk9LcZcptpHusOWJCxwoxPy00Jn1fRBvv9LvBisgC4AV+211txzoSs7fwl6VsZ7aGP1/E0zurgeJp/ZUT8dzlLc2EPFuQORFvaA2DkHqP3LHkrxvN78T17loD4EyoiBAbBB09sjz+ue7en6fbjXhaUivk84hk08QiT3Z4NPM5DK4BhQPAVgX0dsVZeSaxBgx/V+WdXHo9lmB8M8Q/HaWG5zCMwPu/vj4re2SkUNgpSviEpf9fZhfx2QZ5HmFaWjwyL6LvWiej9TizOpGmPpWk/k6Z3bRKmg0yYNlto1DwI0wiI5zm5OYDc7BuFjdcrCsrD4EqIAzRpybmq7FS7Wvoqft9oqtcWZ4GLH1G6Ow1yZ6BH6DiFateKeD+dXuvMG9lJjc5pDudQ3q4jCrnjjIBk1M9mtTu6kY5TKJF/DJaYZ0oc9p/XEgd5Jh9fLDHPhbEZ5kMo+Rz0jHf//tz5/97ccWccbj1/ZLz/+3Pnf6O58+T/a3Rn+FnSnXc8u7nz6e/Pnf+fzZ0NdGf4WdCd/0fnzs5MXcaMlLeZO7PiEjBoUQUF3KPiX9XR8EadnGPVFMWDj0/kRueMAWxsZABhWOByegxgXTgDPiu/dsUnadhTBk5nmGP7hfeRtftTMirTZEOFtjHQ6TPQCH0ivz12J99+I1TxBmOS5/RBGvqgDWeaVxkqGbL8yOeTZwvE5wWSawJ8p7HxeYH4vEB81tjwQWm8OuBJzC6pQ4iC7DuNDdYHeUHV+QfLMdPRBG5FutVRggrJG1ZDHBq8H4uMV4PHihaEzUvKHI0UofPcqzjxOSRpwJE3dfwP0gXdREWhTwmhT9FWGj1ATvnQ/UBv4mMpaLcUyJeHfYrpYIP03BZFJ435xPTcVdqUGIYQ0JGeatKcC2+wKknRdHoK3tT5TLZS/OuSwgzU+VCk0IpXSHdWXUDAckQqrNAxwoQdmWJLUsBkop6WiqEaBPktDXLafq5JHx1+VYWmglNm6UKXZqdqt+gswIBOADMUcj1kmvFZyYcQ3aE5mgWGIt0OAf74CRbgScPswoqUGIbqou/VmEjFTKR29I5xY2QpBUhB29QKDCJOJrclNomYyNTipzj2Hp1Vtc2++a0Uc+ufJeMRzzHb7Jf/7/a+PjiO47qzu2e/gFkQAxKiYICKeyekBZoAsQAWuwCKJ3EggjJNiaAoKpYTJuRidwDsYrELzu6ShMwzKZlOGFtWJIupKI6jUyzVMVdnpVQVJ7EcJYYdu6I4usiqYl2pyro6+kTllDiuU93xzq4rxRW997pnZxcELUtycpfyHyS2e2Z6evrz9fv4/UiBDPf+ISGG2abciOwPTkhasguyTefvMG09IihAyUJOcYXY0U9OsLukoUK7xhvBiSmq6la6RaK1UW6wvshlOxGYtoNrYAiaph3Cj0JOzKTTojoMErVVM3N7pwqLGmSphEF9EfH7op/tSrM7sFfYWIZNE9TFHuqc3dgruxcDvUI+hasCYgljBC4cI1TT1htwbHG6gRx71RWTRkfDN8kPhYdl0/obWD4p3QaxzpbNiAAlPMi6lBGLoCXXsWH9RVTE/bUnimuPEdRFB/dotSsbtFW/482Z6Z3ZCqw9dObfWkRkscbaY9DaY9DaY/hrT5i6nzWsw7tg7ODag9xGhlp7DFLkIrtgWIP7JfWlGHFqxxNtMJZgDya8KWR5B/RtGeoDCGwZ6SO/3zZYeMIyBAtPRC88PkMArj44dLfanRliMwGVWOdFNKee1bZxGaNlALhZBPGJWo8Y5C38Mis6n3zUx951UI3PnEsMVUERwEYkhJdLjFCnrAVaJu5VZt1+cSwtTsF98DtPK8phDdvC+sUpjctgLBMqQwRaj9Eq96qySkVokaPb+/3bJd0+4L+/R61c95Kh/DCwhvsr15GMuIO+9kP0tXuC1vBXeUMKGmhwdn1F+N+ohJvT9HoJOKkoMIECye4IKipVSNQG8I3A0L0mL31Gu6Xy4b3EinZMbnBeg1aOON+6sMocE7dCjES5yuBv2JrWzvMmYMY21IDYmqgFjClXAdICdtDK0W7NgKCEqMBb1FcRY3kbSUptiktKmZaN7UYPrkTWCwLpq9V0juIeiNtdQEjy9Wnos69c8s3/idj7TQJ2aO0k9hf3biLmVB7m4+g3qyexQZPYoEls4GJO3O6MaN1xEmsWT5xrjUlM4jVOYgN5zrSAjWX68nRITeIo0R+EgpOYqUmsxokvTls0nLsTUS0zJ/WlGEnagBLMaBJj6QYsVTCJYbraYWBD6CORLgZyRJQmcTgoSA/4gvRWuy1j7A5imsboZKIivtsuUhRJhBAqotY+oiltQ+I24nTGE0FbxkfukEg13+ZLxbgYtZFg/G0lGDdwcv+jpl5cRzC++ccKxiS1BpwUnjXMm8HSejqA8mF1ThgE6LHD0LTrb0bND7Z4fmoJ2kAJWgrrCtda10HWsOAr3LQ1AKXOZUAj/zXBgl4SzxroK6rDdIMsbo1wMviFTBBcWWV7JDcfbqAkY+cAwEhYA8lqUh+lpVXYfqogw6JgaaIVQNhoJiPKPxthu1V4PX4vAfJuAfXuJwzl5Epm+VacWbsFa4UtOuIExqoEWBFbTPtBrBVDM1v5WCsiiLXyVa6xVjSWKkEDqoEVNr/fa/ScMXyjclxt5EytAVyvAW0oKKD42YZUgmAMgslvwNTErBT9SeKVHvTzaiMy6zZC8MY/Ei/D2rCl2VCT6JZt0GQGTXKi3bU0IMBlrs9kBljdBFTlGHHuEiMlINojCv4FjWz/Q1Z0vv5ZhFd/TiH5qHudLz2CqOlgQLxE5OI/OO/nvMw1m69ziVPJEAsETkjkW/9ya64UzhWswwUDWQsfpj+Pwh+qhwLFfw4x2CnrcajaRsgSOusZPws/4BlepDoQwf3LrEgvJ8YYOHSLfnEv/HfEZ6M/qEkoRb84nBavEAo+PPgK1vpRjoiKTYTxq5pWBqyFT3CC/nyGg/34MZVa5XZfRjyl6Jye52nxRSj5KQ7QOr0XlQO+HZmWfRcBpwHPLhjhGQmdkWHgqXuM2EsFGDnNxunGQOsUff+5z+pW0jVSllGkElMWU6GQ657nmq7OWOW6b50/eQQ7HPoRv/2xwLf/FadiEr0Q2PgET9xE6JI3BSzDmNA2YU/2TvG7jk/rBoX2Oa9q8wzPgOEUf6/yjHgw0DZAvyF7bxGnpJA3vWmAICI0Xyl1KJlo6au/+QjC4DynugobCfpeNUzLcyZ1yFmeMRbojec5CC/ArqyCdwiXBkiW7YiOvzHSQvWlsZARn1eVXU5jnxIqIXTQq4pOtMvvgQtcNbXYLh7kuq3x0S/7BWK/wMcgI+EVBrIlPnFaD6F+cU4NLqhwogurB1F2vNHRZwMdDU3XRTzTsKGHVc264ck1reQ0D5jWclQPnQv00INY2pc49Sq1DzZKRLcTNAfYzsEpReAJx4mBlui3DUT2pQTGI4YVWKLByL0mju4utgE8pRsl/AHi0A0JWFlvgJVVRuUN6H7jPEN40xAR9GWOQpmMIqlvyHoADN6A3B7YMSwJe65Bey6MXhWFqUbwf8tcdr7wZjRjvA4m0ycehGMvFIv1u8wyYpWjs83rEEX7HPfdiOCUC9Vu16iPoYaFHZiVEr2yHbY4k3goDUW9t2h3gBZFdsz0QRRvjFRMMQLDj5FBN0YPxBRHmozs70t0QDKU2IDsKYlOGKwGhK52wHKwAYQhgG+OTId2T/FEb5ybU1sTffBTRoDvBeIzKQyxV/Z9PAF6BL63Awny+ImEIfsgtw/9NXsPdhgmMgQlItKUnXKL7D07tfWBi4okB24C9eQTv7fKnFHnGw9qxhEd3uq8Iop2h23AwSFOQA/tyt+tXUOYwahX+GTRfnFZJDbA3ysi0YmOQrifJdqVCmWKJfqmWKK30antuGBP8USf9TkhzadPJ3qJqcHeJDdI4OmQm5w3fRAb7Xq37LveLYCCbRKwBkJyI47eEDn3hMA1XJL67QJXlBqrDJeqEJDjnoO/LCNOB+g2ajI0xTMG6MJ6QfwJyT4URGUMBasj8AuX3zyc6zHvIPzCvHuxPGN3413GOGUlA1n9VKhFr+jxRzFp/p7gEG2jfAityyJhKL0P/A4536WQoMsiEVNqIvjdrkOFLouErxe6LBIbne+fVzMsscH5wa+j29Blkeh0fgS/Y/B7k9ZAXRaJ98kOcnMg/egUwgiFp7DS6CXR4x8KnV1FdIpznsIK012PgedLT1pcgL9vzfGHhVodoG2N85D7vrQ4B383pcVZ+NuZFm+CW8yGtPgh/N2YFlc5uQ29AX/b0+IfOJ1BX+ekwL3CSZ97mVOoOLTdG4LQmMJp8QJvYMsESADCsApZCTrjMQRUI7+p86LoXPmMT2B8B6Gxf8jGA0lUKlCEAAJQWEFR6RgwRDhzrn5mFb2SsA6nfCHb+TKcli1rM745im8OIqcCf4odWxc+NYrO4rEgfCrUbg9COYh+cPtEIjp0lIW6LhDFKHisOE885KNLbaGv6gEqF3Dht6PWXTICaGFNnyacF3gRkI2iWkiCMr8N3zdeVJPdsP477hvjiSjy+yViGks1IpGJLUIkJkJGnFfuX2XW7xhwRAVBEyII9ONJejyVaG883h54POK8AQ/fkiCzF/YYrK0vc6J51eX0UzkDjXIMKsdQXCrOuQdWmbUr0P4CrrzC/ftV38EjhDr81in8sQeo5u3UpN+G3lZCyJcE8u6BYPIn9BMo2P+IfkJ4xB8LJ+T0UNGIZoI1sqhGcdIlwFoao3eGNIY8eDSJovPwQ/5g3JpAxmlph4D8PeQ8/2gThhK6PDb33YypRiD1FgFykZwATuGGkk++owRG+NENkkZIdmuOu8ucYgKYCQ5jAJDVRkd2S4EgRBDzUzmSQewE6kXV4btNKYfhNB2Hc3UcrsbpzPuXRiD8J4SHLaEOWckAso2Cbu1HRckQHhKvpULpViqU3UWlQdlCTAk9SO9taQ1KPwFwaNvLAGruFcRAEUNXWhUiYfT6/z/NCpEGbCuoRowgbKvhh1lu9bFbt9gmagnBjhIOAqFFCNPGvIjbJlhPoiiiRhXtAHCat5FbrSAUz30EIxWh4PGobINebfePMWgCForXNKJDXIHXyNSEQmFSoRG0FsJ8kSLobwSpURSoW4sWBeG4fJOj0qtRR34uHFB/h9/DjtQMpACQpVRh0JGCOlL4OrAQ0q6qjlQSPHWkIDgVQR0J2oOrGhMG3ukbxAR1JAvawhqEItiRRHJqb4COhAZOROWGi2gVe8O3ioVQJY1BWkGt8odI58v6xcG06Cek9n5xWFu49gT0yv2+XlkG9cq+tu5VRaUQCep2S75uN086vxj6e6/R7Vrg4XqMVIBtQQTdEOl9Pv2pVcWs8w0G4C5xrd79HoJd4V7lgPblCqp3Q9a03oaC7CP6o1C926Eiuki9a5J6N0bq3VBDvRulMal2WKZcH4G6DTcKpdbV/GLXHJvX1vD1Kw0fBEKcjc0gYcE+YNRgBF7OtnHAkTDNbf6N3InsB8iHmvMX7Pi0pzlT4HCFlvR1IpKKfkQSaELNDyK2U0gTfGggSETaCBGW04MKy+kDvhbSkFzR8EmBPAuakWFLqYi3rRcPAtEgymvyurc14kWue9s3GrexBvupQAgYftzmPqEBuFmAE+in2wPW9/Yfa33vJuHNenvW9+7rW9+tn5b13WqyvltgWyflORqrAtb3GFnfgU8v5JveWcP0Hmk2vYfAXN2HAQ4/1vQOdryEFdjXmi3vYHfXO4dBGL6+RR2iIGgzChjVjeua1I2ASR1NpopPE20HXXTrFn9X66YVqmuNrXwj2cpjxC4Yp2iPDmLl7KRdAQNbQODvDpCnQmWRMt2OybjssDwSe31hGE+VcecZAEq9iIw0BsUFJeKahzQCdOo9CG0W2i3jjhIfu3GVMRXZNISw2FHgUYmAWSoGAyoiTdSf9aDTAobhasd6Mk36BiPruOL7izUqBkf7NmL/2DDTIZSdE4hU7DYlNsHHxmUUicaRwx55YDVXujSsVW4Gn8OjM2qvN8iocq7fQIWAEMYV9nIiCuhSBDKFHxvzEaba5AbnCc3YQvJhHOZUhNB3UR1tYLSP8lePo8kf2ieJsHyJSJP7vuxSdn0QQo2GQR9G7S4NTI/WKFR9myCCNKzzDXO8wxIR4t9MFZ1VP8zFt3Ali/rJblL86ee42vagVwM3Qv5aE7+lBFPErPPFGrAebfLN/hissYmsS8p6RIYNFbOBoDxhXOlCmuenHSI4sDeUT0DAE//aQDcQwAggnwJAPq37yT6uILA0xgbAeVowmM4owwn4zz0mHF5Fv6xBzj/unH0SoSkTHH9NKWwWPiXP30KWoosO3wsd+FttKFm3WjDxzEMug7BW0mocoWVYwcZFaW3GsDJYW1+kGLg9lLeb/uzyV+VxyrjWom1df9EOOhSGFKQcrtgRWJ6YghGxow3avxDS/qVkSNH+qeV8wAFGYgTPjTYwiBftKJp5YVvGY0psGtGpo80+FmhaGwCuZsSddvroBV9d+wI8Aen9g6LvQhR9hwof1tg+MOxNmWL3UFKqveYODDRGmJUQeRTSWj9gd2SMg63ODY2VGDppi+y42ORdhRIleAlF0aeJvA+3wtIZcV7nRetTHCcYMpJeUWmkpnuDFxF95iBZ3uEcDIPfjlmzJNoca2wOEf8ws+CbdY/BvhSDKRYj+e0gPXYw4LRwL2jk8dfBjHHM+gMD7MrgFSCjoNe1ntLEcofxQk/R+rxy3VB2mBpN9KvaP+IuJe2eJkQDtl3UIKKPUVBh8wYUJ3cNAh3A/Q4FUvjvQ7jZwX+7HC7xjlMOFlxTH42HutPWh5vO07Do4Qn5iiDLM+0jJNpiSAwEA6ErUr/6K7XjUbP/AlNbkfZcwHXHehHO8+jXSdzZ6FyroijB/p9AR4atSOGLmkGKokSfwDbyCWy/hsBiksASR4ElEYZ1F5RLzgCBiU3TLIsp+lv8IutFjBf3T4lh4uRTroQmyTPgNGhHYDD12VGHQ/wlehTGQaxpBxeBmIyAbBNVsk2YVldzqxayldF9UfJ9GicYYVq/xU0zAYwGjHx5IPySWY+CWq0XV0nrAcM0b1YAm+DuBrM6bN0eJNbQaM1mr+azlJzcUVnYYeY2bm1c/1L3+pduWP/Sjdf/NEBHg097KII+JsbuAGUE4fpppkCwN0tjP4DLWT/iNp4rws4td4YgqlthE9uxqTMy/PSvfsJ62rDDzq0YRO107SMup0U0yAN9NsjaMmKVFUzV3g7g9rh1X8gvCIpxeNEvaZXtU8RnoSJIsv7DHQZ448TD6JQDjCJPn5/inzjYEWrcCm8OvAr2ex9pOaxAlkETE5dhoDEMAweimmLIISzDxbjA8v3asY+izThUdG5tfcHtHcKkw30YD/dmAvVgMlwEctAzDg8j/OopxzCRpjO0iCdLH+orTJ4W2OS4vTPH2t9XdH7jbKjoWCdsYzezI86ZvXYUBuFV+o6EwF8+HF4tEcIMIOBwkKGgBqedvX3wzBmoQBHZo419fc7ycZh7DZ5MgJ1DdQf1OsxdW+wHjdB+r0P0wpl8EYVXVP5KOjw4RtE5fdw2nEcFPSWNfbDD7Pc6eC+WrHXDoUUHHgnJyL4+ghZBNwrnrNiLVkajqMjuwZFCIPUv3ox7UwSInCMmKZTUd6Bucn8fjtAZgKYNo/kfOpGQ9LkyDYcWbaGILJHflIgsYbKekoaJfNAySvx6YXNLY9KQP6lSxCHi2o0ILoouOYi0oZ1xDjdO6sq9flEjguqAV32kJaYnpbpTqo140foaUURbb/iHZvOX3m2hNrP+A9dkD81lI3vwuywcqv0Q6K+0v+t3gIeKE+XbWnAUTYyCvvPfbeBjvweN99DaDzz17r4vVrQ+8jY/5vdF09c89i5btpsaFWqA7ar36C1F66qgA8bbbudUU822MX9H0oDaTpCX9nZUm9ykMboRlpKBVujbv+3D4r/7vnpe9dVnfX2O+Sq4ff2YUslZT5ca8nH0Y763FbZJHFXrcZsgeqcYQcP79Il0hDIUfTNRFt/Zt0hmOAHMyhHJZwKPIu+8Amv2EUQ1ao2MgHrK9AFAIYwmTOxCrMECYMNdiHFKHMz4KkCEAVsH0GWtQT7+htCLIKIaEeQyMYg2O55x0oqFikTypX3JwuBXFlKNrBTi5v3vwYxXoJrW97j5NkdgTwDHXq2euFRDc/ir5/tJhFFFr+VP+FsD48wQTuW64WXhn4W1/rRDE6MX7XAwoNVu8IDj7ItYvyLD1oNGIkzOsoJgvMhPVoWr6ngxHSC2Dazf5/jP+vn/oRBU3c/91+3nh9bv5xfW7+ebWIv+yaebsX6Tmz+ntphQY53yWZz+TFz38nPXv/zn17/8VWH24eUgqr1kCtXe7A1YY9iHNQ0CQsfSY5KD9xlxgUhOjwnzxsZjTc/cyBqbPIL8ws5/RZg9RMZNFpqvEJq59RTInoR9/gHbd8Jmt8OGrfJvXie/f5387a357/c3fqy6c+XxVeb8vPPDx5XX1Q0aWlnza0NXmpuZgrnYbqDqAk5J9x43NzaWdBWVhVmDrCnLYs6nfmeVOS+Bwzq8YzPnFazB7oRojA9wLueqah8zddkOMQRalwTWohmVm1lvXjsbLGZQAEw3rRT5ijA30Z3TwdptVgzvRbIsQVQntNMmhrpOyZ6ekr86xc8BH09zBbdA+c89vqqd3ZnzJZ1gdPGLwYtPNS6qCqMqgSl2kTAzXxQGAKkhCv3PCHrXJ+g9jTLRuhS9UiD5yzluviEM8S/VoOd5S4Pef40G/e5PpUHD6zToGqqk3Yt2yPq6kOGLGLkATc1x6Qf79rwUsMEDT+0V0Vjzr9/i/z8P4X9OfuTmIfzCv84hfPVfYAj3tw7hh645hK/T4ptaxZY/5sijpY8uDwmzKf0aN81b8dAF7sLCRhxUptCrWtmafwTV6NYHOXDQ67Ze4nqvo6NVNxhJ9D68jWtKqBEACe0WvMLPWAl0I+ToRsjNITzUWs8KhM0CegsOily0n+MRTNPdwrYlBbyNq7cpY5/ZQdLCsmQghMDn0eBElRXRiGmikyeN5utvttz/HWFaxC427bcPZfRQxt/6GSHKWAW+QBQJmj7YbBIONrW2h+g1O5l1VvQq0E/rJN7TSkTUpcG+iJrjH7B2wZzbzAd4Y44l9ejqBg0qs2oYaUY6W3DKAhcLxcPGweYA4wyUuGog48UtSGEKtoBu2wAHLOMi6M2eFAmK/AL7LyfXIfgelLA++ZPU4X+/ozrA9OgJVuM/ra1GZ6OVpbAYpBtG4c8IU5H/gET7NY4+SRpeWlMXkfYkGA3oxIrB577OzTgjzbf1qNGHaBrUo0kY4Y3kaHMy1ZzMNCfHIYnj9BKSH0lh7QEZ7vITq8z5L8x5+PeUfGsx51kINPhLLYy24Sdazwr96zHDNKEgMJ28xBvC6r9pGo9x/9XD03Q/WJFeUh+H3CwvcSRPaoILXqMF+lqzFsj6XeNtPPSaQI80/6HHDXxtgzOE6mNBFXb5pSkfGa1d4nSW03R0pGoC90KlZbK+YJhtMMNwbnUw55NApUaDrI0WySFqB83XYt6yDh9e2kdU9le5C0+uqnPG6zB0uzgj+dp5E3qnx7qNUq9ASlq3mR7wM3387cyOq+9odoAOHWfFC3pWmKd+yq9UE+LP1rw4wiS776IZZ+gXiUEU2KU03ibgwu8/uUrUWQRTg0cWeMw6YUYZIlbT328K5EsduB6eeUORRwebAz6xH/lKEQ8e9WIEzLPNnMkRMNw0cSajDhQch3GCpRVKD9hqfJ8KYZ1H2kqkJW6OOkZVLLoxrhuYTLd0mlJgVHIrYJBwOotPSzyzOY9+YhUxhLAqg1gVcNLw4w2aOYib8CVvvRZ2twAIov/BCXcCfWli1pPCZ7dZDABamq/ZITiVrjLzgp2t1dyl5Zqbl7WKrGUXXVk5WXa96kJhWVbm5KF6tSZPZEt1V55cKJRcWajJk9mqnK14XuWkmy/XSyW5XCmUa64nl7PVKhXk1as1z83VvWrhhCvrVRfKypZlZbbo5moy79bcHLzz5EIhtyBPVuqlvCy5WXy2Xq5m51yZLRWy1UJ5XhbKWBxjLMwYC6l/EcZYlDG2tzxTzrkyly2V3LxcqniurC3Am8o5N8YYi6n72xhj7Sqt80zGWLwlr4MxtqElr5MxZjHGcqVKte65slA+UVl089L/wtKKrHgyOweNMOtCpfNeZXnZzctCOe+ekpV6DRpgtlIv56uTsrbgypJbloWqXN0oZ+s1zKFbIY8NwQfnhsYmxpOZ9HDaHZ7LjoylkpmR1OzcbDY3nMpnJjLpfMZNZUfH08mhUmHWy3orQ7mK5w5VvdxQzi2VhkrZ+1Z2elUGGctepVbJVUpDuVLBLdfWZC9nc4uun003DbmeV/Fa8vJe4YTbmukuFWq1Rq5fanUpWyodXcouw5Wcl6251SH8zJ2U2FmoDA5PpCZyc+O59OzY7NhYZm6oWB2srlQHkztHdw4nM/g5c/Va3XOrQ8XqcuE9Kup43a27UNY7betsqVTJYZFe9uTRE25uaKmSf28KDBT2HnxpLVtdHIKZVHJrC56bxXI3eu5S5US2pEZdPwy7zdtldQGn4qwrd+EIxXy+nW2unswuH8Vn3Lf5SG1l2S1nl9xaZc6rLBXys5X8Cg6oWqFWchfdFcYOGRa7gzG2YjK2VQVZ6/ndxRjbyBjbxAB4n+ZiN2PsBpWGezYzxm5UcxjSPYyx9wXmbS9j7N8ZFvsIrBPq2SW3Ws3Ou557vO7CGlVdrpSrrnvCLddgLYNayly2XK7U4JOqbrkms1X54btnDkxK+ByYoHAxK6s1r1Cez802cubq5VytUCnXCktupV6rLEOiulMl5RKspbOuzMrlSrVQg5WxXF+adT1YG5YKpVKh6uYq5XwVFrPZbG5xbckHoSmrrnRPubl6reJJr16uymwNlzvWJSxsr52MsQ9AG6r0XYyxHbB+VfLuNmFhO46ottXpdEt6l0onh0dGU2PpzPhEdjaXd+fmFwrFxdJSubJ83KvW6idOnlq5Tz/z95zaXKcTnN6r0/+VMdYfSP91yzv/V0u6gzP284F0N6c+1+nNnPpfp9/HGRsLpHs5Y6OB9J+qMdMHY4jTONnCGLuJMfZzb42V9wfu/fOWuq6q+zx3ubQSyH9R1dnLzrvl2m2em625eUrsgQFWWXHzH3Fn767A+ipxAsA24vfDBziNZ53+YMs3DLWkL7W00cdbnj/Dm6/f39IHi5y+WadLnOaeTn+PAUUGY5PCwvkyrNpFp5NwbyDdp+pTKlRrbtn11o7Zxr171bjU6VvVszq9reXdH1RrgE5n1N5c90pq/h6mqZWrlOcK8zubM3+C+UaP173SmtlNVxbdFbxSL5Va7vVzdIq6vrozhyPhbrdaLVTK/dsnJebvK89Vdhbyra/xr/kXtKiUq5TLLjajxGGTl/0wi+V29Z5BvddKtf7BupdQ7Thg43izJ6uud8L15t2agw/hozJfcellC9lyvuRKtTJWcZnLy5tvZq9yC+fLoqAxQN+EZUzKckXCh5SlXkMDVz9mF/L2ZJ7GP+Y0re0wp7eqfx+zYaOwJ23VefaADe+3J2316faAXavYkzZ9gz2ARdtJe8CGtdqe/Ji96K7Yk/82OP+ap1/Tu7epMQj/dqpX/GO7hbIkjO24aTHOGHutzUIZc/rQoaP7DvyCc8e+PUedQ7dD8raZAwembzuMP++YuXt6D/w6vO/O6Zl7MNO5ffrA4aN7pu8+fGjmo3SVsg7MHD66d+aeA5h1aPrOmcPT8Mu/s0qjRfW0ahAJ20ceRUgSMOWS7kD9gZSErpwDCdPPtycZ+7+qD19SMvAR+8iRI+Uj3pHakXoy2bq6M3ZQWLiH3qjmvk5Du+0OpGHeB9elT6o9W6e/1bIOfbMl/eWW9KpKdyq5vF393aT+tSvZXJoWGzItNmlabI9psRnTYrOmxeqmxc6Y1juQ0dXR4dght1ov1SYn6+WTXnb5aG3Bq5zs335MVsowHY9Ne94xOgmx7i6Lbemy2NYuiw10WeyewPj6BcZQ3vjJ64FnqHK2RJvEpHQh7eZlvey52dxCdrbkSpj7jP0mt9idb639P1J7vU5/nzGUp36ZMfYrb+23Rxljx97al4vCYh9mjD0Pa0Ig/adKlsoyxmahzgByE5CZPq/6/Y+ExfYzxm5W79NpWJ+3B9K7lcylW3QGBaBrt6g8dqBSdlWLXucUedgrUKK64BXKi/ArK0tZb971ZC67nM0VaivcsNhB+DaDxnghIBMWYf2C/UnJl1o2XGKMlRljFcbYMmPsuDrjwTXvLVmkyhiDVasO9/7yX//ngYPfy51y/v1Hjvd9+tkbvnDkntQ90Ut3n3r6/rveePIHwXJPtLz/JLYH1VNWTrjeXKkCebrOW9S5VsvCn4vROIe5mRxJjiZTybFkOplJjicnhpPDw8Mjw6PDqeGx4fRwZnh8eGIkOTI8MjIyOpIaGRtJj2RGxkcmRpOjw6Mjo6OjqdGx0fRoZnR8dCKVTA2nRlKjqVRqLJVOZVLjqYmx5Njw2MjY6FhqbGwsPZYZGx+bSCfTw+mR9Gg6lR5Lp9OZ9Hh6IpPMDGdGMqOZVGYsk85kMuOZifHk+PD4yPjoeGp8bDw9nhkfH5+YSE4MT4xMjE6kJsYm0hOZifGJiTuy963c5pbgoFGtZeGovpCtymXPPVGo1KulFTnrumXo+2qlDEu1Hss1Tu2i9BPQ7/nCiULelbMr8j7XqxzLVlfKOTlXPgY7UB3WSJpUucrScsmFkXfIncNXZ0tw7FmRS/VadhZeqZQXrdd1PnMuAKXWdsEYu5cxBn8/qv7+ovr7S2o8HXlrr3CJ08sMw4V55rwMCR5iy23LXiVfz7leVcRK2fJ8PTvv8hDoVFh82avkXBjpg7MrRhjPjDcN75wY25mU/f7ZUY4kR9KDydTgcGp75GS25NWrkeTOkczO0fjJbHVpcLZQzs+75Why58jO4dEku8A7azA3akfn3Cwe/2I7Oumz3cH5UmU2W6ru2FSulGtednm5UJ4fnFuuwbzbYc7WS4uDS+5SxVvZEasW5suD7qnajk7PnXM9t5xzB2Gfru5oX6qXagWctTs6A88MVpZrOzbDzB8slPMFz83VBmG4lyrl+X8C");
var z = new Uint8Array(b.length);
for (var i = 0; i < b.length; i++) z[i] = b.charCodeAt(i);
wasm_bindgen.initSync({ module: inflate(z, 75696) });
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
