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
                const ret = makeMutClosure(arg0, arg1, wasm_bindgen__convert__closures_____invoke__h33099d654655c0be_34);
                return ret;
            },
            __wbindgen_generic_0000000000000004: function(arg0, arg1) {
                // Cast intrinsic for `Closure(Closure { owned: true, function: Function { arguments: [NamedExternref("MessageEvent")], shim_idx: 1, ret: Unit, inner_ret: Some(Unit) }, mutable: true }) -> Externref`.
                const ret = makeMutClosure(arg0, arg1, wasm_bindgen__convert__closures_____invoke__h33099d654655c0be_35);
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

var b = atob("AGFzbQEAAAABwAM9YAF/AGACf38AYAJ/fwF/YAN/f38AYAF/AX9gA39/fwF/YAR/f39/AGAAA39/f2ABbwF/YAABf2ABbwFvYAV/f39/fwBgAn9/AW9gAX8Bb2AEf39/fwF/YAJvbwBgAABgBn9/f39/fwBgBH9/f28Df39/YAN/f38Bb2ACf28AYAABfGADf29vA39/f2ACb38Bb2ACb28Bf2ADb29vAW9gAm9vAW9gAAFvYAFvAGACf34AYAd/f39vb29vA39/f2ACf28Df39/YAR/f39vAW9gAAJ/f2ADb39/AGAFb29vb28Bb2AEb29vbwFvYAR/f39/AW9gBG9/f38AYANvb28Bf2AMf39/f39/f39/f39+AGALf39/f39/f39/f38AYAZ/f39/f38Bf2AGf39/fn9/AGAGf39/fX9/AGAGf39/fH9/AGAFf39/f38Bf2AFf39+f38Bf2AFf399f38Bf2AFf398f38Bf2AFf39+f38AYAV/f31/fwBgBX9/fH9/AGAFf29vb28Df39/YAJvbwN/f39gCX9/f39/f39vbwBgA39vbwJ/f2ADf39vAn9/YAR/f29vAGADf39vAGABfgF/AuYZQA8uL3JhZ2VudHNfYmcuanMbX193Ymdfc2VuZF84NzQxNmVlNzA0ODFhMTkwACIPLi9yYWdlbnRzX2JnLmpzJF9fd2JnX2dldF91bmNoZWNrZWRfZTYzMjVhZDM3NGVmZjg2MQAXDy4vcmFnZW50c19iZy5qcxtfX3diZ19wdXNoX2M5ZjQ4OTNmYzIwOWY3NjgAGA8uL3JhZ2VudHNfYmcuanMdX193YmdfbGVuZ3RoX2IwM2EwZmFiYjEwOWIxZTkACA8uL3JhZ2VudHNfYmcuanMdX193YmdfZnJlZXplXzRlZTE5N2U4NDQ2Yzg5MmYACg8uL3JhZ2VudHNfYmcuanMbX193YmdfYmluZF9iOTIxOTYwOGI2ZWJhMDIzACMPLi9yYWdlbnRzX2JnLmpzG19fd2JnX2NhbGxfYTQxMGViNGI1OWVkNTk2NQAZDy4vcmFnZW50c19iZy5qcxtfX3diZ19jYWxsX2ZjOTJmZWU2MTM3ZDQ1MmQAJA8uL3JhZ2VudHNfYmcuanMcX193YmdfYXBwbHlfYmZlMmIwN2IxNDY0MjdlMgAZDy4vcmFnZW50c19iZy5qcxpfX3diZ19uZXdfYmE0MDE4MWIzZjI0YWM4MAAMDy4vcmFnZW50c19iZy5qcxpfX3diZ19nZXRfZGRkNGNiMDFlYjgyN2Y1ZgAaDy4vcmFnZW50c19iZy5qcw9fX3diZ19hZ2VudF9uZXcADQ8uL3JhZ2VudHNfYmcuanMQX193YmdfcmFnZW50X25ldwANDy4vcmFnZW50c19iZy5qcxNfX3diZ19yZXNwb25kZXJfbmV3AA0PLi9yYWdlbnRzX2JnLmpzEV9fd2JnX3Nlc3Npb25fbmV3AA0PLi9yYWdlbnRzX2JnLmpzHF9fd2JnX3BhcnNlXzhkYWNhN2VkMTNmYWZlYWYACg8uL3JhZ2VudHNfYmcuanMhX193Ymdfc2V0X29ub3Blbl83NTdiZTEyMGNjN2IxZWE2AA8PLi9yYWdlbnRzX2JnLmpzIV9fd2JnX3JlYWR5U3RhdGVfMDM5YmMwNDcxNDFhNWY2ZAAIDy4vcmFnZW50c19iZy5qcyJfX3diZ19zZXRfb25jbG9zZV8wNzg5MzVjZjhkMGZiMDI0AA8PLi9yYWdlbnRzX2JnLmpzIl9fd2JnX3NldF9vbmVycm9yX2Y3ZjA4OWY3ZjA1OTUwMWMADw8uL3JhZ2VudHNfYmcuanMjX193YmdfbmV3X3dpdGhfc3RyXzRjODdlMmE1YmE5MjUwMjEAJQ8uL3JhZ2VudHNfYmcuanMkX193Ymdfc2V0X29ubWVzc2FnZV8yNmFiYzQ5Y2ZhNWY5ZmZjAA8PLi9yYWdlbnRzX2JnLmpzHF9fd2JnX2Nsb3NlXzJhOGIxYmEwN2I5ZTBmZWUAJg8uL3JhZ2VudHNfYmcuanMbX193YmdfY29kZV8zZTY4ODFkODIxZWFiMmM0AAgPLi9yYWdlbnRzX2JnLmpzHV9fd2JnX3JlYXNvbl8zNGIxNjUxNmFiM2Y3MmQ0ABQPLi9yYWdlbnRzX2JnLmpzG19fd2JnX2RhdGFfYzdlNWU4NTAwZjFiY2EyZgAKDy4vcmFnZW50c19iZy5qcyFfX3diZ19zZXRUaW1lb3V0X2E2MGQ4M2JlYzA2YjQzNDUAFw8uL3JhZ2VudHNfYmcuanMjX193YmdfY2xlYXJUaW1lb3V0XzExM2IxY2RlODE0ZWM3NjIACg8uL3JhZ2VudHNfYmcuanMbX193YmdfdGhlbl9lM2Y3ZjJkMzY1NzA4YmU4ABoPLi9yYWdlbnRzX2JnLmpzGl9fd2JnX25vd180NjNhYzU4MWQyZmM3ZWEzABUPLi9yYWdlbnRzX2JnLmpzIF9fd2JnX3N0cmluZ2lmeV8wYTBmYmYyZWY3MjIzODBhAAoPLi9yYWdlbnRzX2JnLmpzHV9fd2JnX3JhbmRvbV9kZjM2YjkwY2Q3OGE3ZDU0ABUPLi9yYWdlbnRzX2JnLmpzGl9fd2JnX25ld18zN2ViNDVhYWY1ZWViODIwABsPLi9yYWdlbnRzX2JnLmpzG19fd2JnX2Zyb21fZWFjOTE4NzVjOGE1ZmZhNAAKDy4vcmFnZW50c19iZy5qcx5fX3diZ19pc0FycmF5X2JjZjEzNzZkMGQ3MzJkMDgACA8uL3JhZ2VudHNfYmcuanMaX193YmdfbmV3Xzc4N2I5ZmIzMzBkNTVkNzgADA8uL3JhZ2VudHNfYmcuanMaX193YmdfbmV3X2NkNDM0ODI5MGFmYWU1ODYAGw8uL3JhZ2VudHNfYmcuanMyX193Ymdfc3RhdGljX2FjY2Vzc29yX0dMT0JBTF9USElTXzAwM2VlODMzYWY5Njk5ZmMACQ8uL3JhZ2VudHNfYmcuanMrX193Ymdfc3RhdGljX2FjY2Vzc29yX1NFTEZfNTNiYjIwNDU3NDAxNDUzZAAJDy4vcmFnZW50c19iZy5qcy1fX3diZ19zdGF0aWNfYWNjZXNzb3JfR0xPQkFMX2U0MjkzZmIyMmNiZTc3ZGEACQ8uL3JhZ2VudHNfYmcuanMtX193Ymdfc3RhdGljX2FjY2Vzc29yX1dJTkRPV19iNWUwODEwYmZlY2I3ZmViAAkPLi9yYWdlbnRzX2JnLmpzHV9fd2JnX3JlamVjdF8zMzRiNzMwYjNjMDA4NDliAAoPLi9yYWdlbnRzX2JnLmpzHl9fd2JnX3Jlc29sdmVfZGJmNzhhYjQ5NDI0NzhiMAAKDy4vcmFnZW50c19iZy5qcxpfX3diZ19zZXRfMjc5MzQ3OTg4ODMyOWNiNgAnDy4vcmFnZW50c19iZy5qcyVfX3diZ19xdWV1ZU1pY3JvdGFza180YTFhNGQ4ZGQzMzIzNzNiABwPLi9yYWdlbnRzX2JnLmpzJV9fd2JnX3F1ZXVlTWljcm90YXNrXzFlODUwM2E4YTY5MGYwYTMACg8uL3JhZ2VudHNfYmcuanMnX193YmdfX193YmluZGdlbl90aHJvd180Yzg4ZDhiZjI2NGZkOTg0AAEPLi9yYWdlbnRzX2JnLmpzKV9fd2JnX19fd2JpbmRnZW5faXNfbnVsbF9jMjIzMTFiMWNjMjI4ZTNhAAgPLi9yYWdlbnRzX2JnLmpzKl9fd2JnX19fd2JpbmRnZW5faXNfZmFsc3lfZDg2NGI2MjM1MDBhZTY1ZAAIDy4vcmFnZW50c19iZy5qcypfX3diZ19fX3diaW5kZ2VuX2pzdmFsX2VxXzM4ZDdiZmJlNGNjODQwMzkAGA8uL3JhZ2VudHNfYmcuanMrX193YmdfX193YmluZGdlbl9pc19vYmplY3RfOGI5NjhjM2FiOGU5NjU5NQAIDy4vcmFnZW50c19iZy5qcytfX3diZ19fX3diaW5kZ2VuX2lzX3N0cmluZ19mYzQ1NmZlZTVkMzMxN2RlAAgPLi9yYWdlbnRzX2JnLmpzLF9fd2JnX19fd2JpbmRnZW5fbnVtYmVyX2dldF85MzRiNjQwZDA4ODlhZjc4ABQPLi9yYWdlbnRzX2JnLmpzLF9fd2JnX19fd2JpbmRnZW5fc3RyaW5nX2dldF83Y2U4ZWVlN2ZkMzI3NTQ1ABQPLi9yYWdlbnRzX2JnLmpzLV9fd2JnX19fd2JpbmRnZW5faXNfZnVuY3Rpb25fNzQxZmYyYmI2MTI4MzZmNQAIDy4vcmFnZW50c19iZy5qcy5fX3diZ19fX3diaW5kZ2VuX2lzX3VuZGVmaW5lZF9iZTViMzQyNDlmZjFmYzE1AAgPLi9yYWdlbnRzX2JnLmpzJF9fd2JnX193YmdfY2JfdW5yZWZfMDk3MzY4NzlhM2Y2NzU1OQAcDy4vcmFnZW50c19iZy5qcx9fX3diaW5kZ2VuX2luaXRfZXh0ZXJucmVmX3RhYmxlABAPLi9yYWdlbnRzX2JnLmpzI19fd2JpbmRnZW5fZ2VuZXJpY18wMDAwMDAwMDAwMDAwMDAxAAwPLi9yYWdlbnRzX2JnLmpzI19fd2JpbmRnZW5fZ2VuZXJpY18wMDAwMDAwMDAwMDAwMDAyAAwPLi9yYWdlbnRzX2JnLmpzI19fd2JpbmRnZW5fZ2VuZXJpY18wMDAwMDAwMDAwMDAwMDAzAAwPLi9yYWdlbnRzX2JnLmpzI19fd2JpbmRnZW5fZ2VuZXJpY18wMDAwMDAwMDAwMDAwMDA0AAwPLi9yYWdlbnRzX2JnLmpzI19fd2JpbmRnZW5fZ2VuZXJpY18wMDAwMDAwMDAwMDAwMDA1AAwPLi9yYWdlbnRzX2JnLmpzI19fd2JpbmRnZW5fZ2VuZXJpY18wMDAwMDAwMDAwMDAwMDA2AAwD9wL1AgABBQ4AKAMBBikDCwIDAAECCQkAAAABAgsGBAEGBgsBEQALHQMBAQYDCwYRAQQGBgEBBQABASoBAQUGKywtBgIFAAQDCwMDBgAGLg4ABQUBAQYACwEBAQEBBQEAAgMBBgAAAQMDAAEBAS8wMQEFBTIzNAMAAAMCAwMEAAAABAQCBgEBAQELAwsDAQAOAwAAAwQBAAIAAAEDAQUCDgEBAQEDAAEDAQEAHh4DAwABAQMBAQEBAQEBAAUDBAAJNQMBAgACAAASEhISAgACAgMAAQEWFhYCAwMBAwQENh8fBAAEAgUVAAAAAzc4OQIAAQIRAQEBAQECAA4AAAAAAAABAQAAAAAgIDoAAAAABAACAAAAAAAAAAEAAgAABAACAQAAAAAAAQADAQEFExMTEzsAAAIJDgIEAAAAAAAAAgEAAQICDQ0DAgQEBAQEBAQEBAUQAAICAAIEAAAAAAAAAAAQAQEBAgIABDwJAAEBAAAAEAERBgYdAwUECQJwAXp6bwCECAUDAQARBhkDfwFBgIDAAAt/AEGMosAAC38AQciiwAALB8UKNQZtZW1vcnkCABBfX3diZ19hZ2VudF9mcmVlAJQBEV9fd2JnX3JhZ2VudF9mcmVlAJUBFF9fd2JnX3Jlc3BvbmRlcl9mcmVlAJYBEl9fd2JnX3Nlc3Npb25fZnJlZQCXAQ1hZ2VudF9kZXN0cm95AJsCCmFnZW50X2VtaXQAkAIKYWdlbnRfaW5mbwCAAw1hZ2VudF9yZWNlaXZlAKgCDWNyZWF0ZVNlc3Npb24AmgIScmFnZW50X2FkZExpc3RlbmVyAIQCC3JhZ2VudF9lbWl0AOcBC3JhZ2VudF9pbmZvAIEDFHJhZ2VudF9saXN0ZW5lckNvdW50AI0BEHJhZ2VudF9saXN0ZW5lcnMA6AIKcmFnZW50X29mZgDDAglyYWdlbnRfb24AhAILcmFnZW50X29uY2UAhQIZcmFnZW50X3JlbW92ZUFsbExpc3RlbmVycwDpAhVyYWdlbnRfcmVtb3ZlTGlzdGVuZXIAwwILcmFnZW50X3NlbmQA/AEPcmVzcG9uZGVyX3JlcGx5AKcCE3Nlc3Npb25fYWRkTGlzdGVuZXIAhgINc2Vzc2lvbl9jbG9zZQCjAxNzZXNzaW9uX2NyZWF0ZUFnZW50AJECFHNlc3Npb25fZGVzdHJveUFnZW50AJICDHNlc3Npb25fZW1pdADoARdzZXNzaW9uX2dldFJlbW90ZUFnZW50cwCcAg5zZXNzaW9uX2lzT3BlbgCkAxVzZXNzaW9uX2xpc3RlbmVyQ291bnQAjgERc2Vzc2lvbl9saXN0ZW5lcnMA6gILc2Vzc2lvbl9vZmYAxAIKc2Vzc2lvbl9vbgCGAgxzZXNzaW9uX29uY2UAhwIac2Vzc2lvbl9yZW1vdmVBbGxMaXN0ZW5lcnMA6wIWc2Vzc2lvbl9yZW1vdmVMaXN0ZW5lcgDEAg9fX2Fib3J0X2hhbmRsZXIDARVfX2luc3RhbmNlX3Rlcm1pbmF0ZWQDAj13YXNtX2JpbmRnZW5fX2NvbnZlcnRfX2Nsb3N1cmVzX19fX19pbnZva2VfX2gxOGQxZTFkYzhjNjQ5MDQwAMUCPXdhc21fYmluZGdlbl9fY29udmVydF9fY2xvc3VyZXNfX19fX2ludm9rZV9faDQ5NjM2ZTlkNTFhODRjYTAAqQI9d2FzbV9iaW5kZ2VuX19jb252ZXJ0X19jbG9zdXJlc19fX19faW52b2tlX19oMzMwOTlkNjU0NjU1YzBiZQDsAkB3YXNtX2JpbmRnZW5fX2NvbnZlcnRfX2Nsb3N1cmVzX19fX19pbnZva2VfX2gzMzA5OWQ2NTQ2NTVjMGJlXzM0AOwCQHdhc21fYmluZGdlbl9fY29udmVydF9fY2xvc3VyZXNfX19fX2ludm9rZV9faDMzMDk5ZDY1NDY1NWMwYmVfMzUA7AI9d2FzbV9iaW5kZ2VuX19jb252ZXJ0X19jbG9zdXJlc19fX19faW52b2tlX19oNDgyYWMxMmEyMTkyMzZjMQC+AhFfX3diaW5kZ2VuX21hbGxvYwC/ARJfX3diaW5kZ2VuX3JlYWxsb2MAywEPX193YmluZGdlbl9mcmVlAOQCFF9fd2JpbmRnZW5fZXhuX3N0b3JlAOMCF19fZXh0ZXJucmVmX3RhYmxlX2FsbG9jAFIVX193YmluZGdlbl9leHRlcm5yZWZzAQEaX193YmluZGdlbl9kZXN0cm95X2Nsb3N1cmUA7QEZX19leHRlcm5yZWZfdGFibGVfZGVhbGxvYwCBARBfX3diaW5kZ2VuX3N0YXJ0ADkJzgEBAEEBC3myATs8Pe0CgAJTqwPyAcIB8wGsAfQBW/UBwwGVAuAB+AKcAc8Cf/kCoAJVoQFBoAGeAdIBggOqA9YC1gKKAosCvgI+fjqDAa4Beq4BaXqRAYsBaYsBaYsBaWlpaWl7igFpigFpa2tra3yvAWmKAbABqQGKAYoBqgFrsQF9qwGKAWl2rAPXAU3QAtEC0gLTAlGOAvoBowKkAo8CugHOAaUCYT+tA6gDzQKZAVCNA/4CyQH9Ap8DywLaAV93qQPmAuUCTKEDogP/AgwBBAr6+QP1AvoPAhV/AW8jAEHwAWsiASQAIAAoAgAiCUGUAmohECAJQZACaiERIAlBKGohBiAJQThqIQsgCUEIaiEMIAFBxABqIQ0gAUE4aiEOIAFBMGohDyABQdQBaiESIAFBxAFqIRMgAUHkAWohFCABQdwAaiEHA0AgDBBEIAFBIGogC0GEjcAAEJQCIAEoAiQhCCABQSxqIQQCQCABKAIgQThqIgIoAgwiAyACKAIIIgVPBEAgBEGHgICAeDYCAAwBCyAEIAIoAgQgA0EsbGoiCkEs/AoAACACIANBAWoiAzYCDCAKQYeAgIB4NgIAIAMgBUYEQCACKAIIIQMgAkEANgIIIAIoAgQhBQNAIAMEQCADQQFrIQMgBRBUIAVBLGohBQwBCwsgAkEANgIMCwsgCCAIKAIAQQFqNgIAAkACQCABKAIsQYeAgIB4RwRAIAFB2ABqIARBLPwKAAACQAJAAkACQAJAAkACQEEBIAEoAlgiAkGAgICAeHMgAkEAThtBAWsOBgQAAQIFBgMLIAEgASgCXCICNgKYASABIAJBCGoQvQE2AuABIAEgAUHgAWoiAjYCqAEgBkGsjsAAQQ0gAUGoAWpBARCTASACENUCIAFBmAFqELwCDAkLIAEgASgCXCICNgKYASABIAJBCGoiAhC9ATYC4AEgASABQeABaiIENgKoASAGQbmOwABBDyABQagBakEBEJMBIAQQ1QIgAhDVASABQZgBahC8AgwICyABIAEoAmgiAjYCiAEgASAPKAIIIgQ2AugBIAEgDykCADcD4AEgASABKAJsNgKYASABKALkASEDIAEgAUGYAWoiBTYCqAEgAkEcaiADIAQgAUGoAWpBARCTASAFENUCIAFB4AFqEJIDIAFBiAFqELwCDAcLIAEoAnQhBCABKAJwIQIgASgCbCEDIAEoAmgiBUECRwRAIAEgASkCeDcC6AEgASAENgLkASABIAI2AuABIAEgBSADENMBNgKoASAHIAFB4AFqIgIgAUGoAWoiBBBKIAQQ1QIgAhCeAgwHCwJAAkACQAJAAkBBBCADQYCAgIB4cyADQQBOG0EBaw4EAQIDBAALIAEgDBC+ATYC4AEgByABQeABaiICEFYgAhDVAgwKCyABIAI2AuABIAcgAUHgAWoiAhBWIAIQ1QIMCQsgASACNgLgASAHIAFB4AFqIgIQViACENUCDAgLIAEgAiAEENMBNgLgASAHIAFB4AFqIgIQViACENUCDAcLIAEgAjYC5AEgASADNgLgASABIAQ2AugBIwBBEGsiAyQAIAMQ8AIiBTYCDCADQQxqIQggAiAEQQJ0aiEKIwBBEGsiBCQAA0AgAiAKRwRAIAQgAigCAEEIahC9ATYCDCAIIARBDGoiFRD7AiACQQRqIQIgFRDVAgwBCwsgBEEQaiQAIANBEGokACABIAU2AqgBIAcgAUGoAWoiAhBWIAIQ1QIgAUHgAWoQlwMMBgsgASABKAJ8NgKEASABIAEpAiw3A4gBIAEgASgCNDYCkAEgASAOKQIANwOYASABIA4oAgg2AqABIAEgDSkCADcDqAEgASANKAIINgKwASABIAEoAoABNgK4ASABIAFBiAFqENkCNgLAASABIAFBmAFqENkCNgLQASABIAFBqAFqENkCNgLgASAQKAIAJQEgESgCACUBIAFBwAFqIgIoAgAlASABQdABaiIEKAIAJQEgAUHgAWoiAygCACUBEAUhFhBSIgUgFiYBIAEgBTYCvAEgAxDVAiAEENUCIAIQ1QIgAUGBCDYCyAEgAUEYaiABQYQBaiABQcgBaiABQbgBaiABQbwBaiICEIQBIAEgASgCHCIENgLEASABIAEoAhgiAzYCwAEgA0EBcQ0DIAIQ1QIgExDVAgwECyAGQe2IwABBBRByRQ0EIBRByI7AAEEPEIYBIAFBATYC4AEgASABQeABaiICEG02AqgBIAIQngIgASABQagBaiIENgLgASAGQe2IwABBBSACQQEQkwEgBBDVAgwECyABKAJcIQQgASgCYCECIAEoAmQhAyAGQdeOwABBBUEEQQAQkwEgBkEAIAEQZCABIAIgA0ECdCIDajYC7AEgASAENgLoASABIAI2AuQBIAEgAjYC4AEDQCADBEAgASACQQRqIgQ2AuQBIAEgAigCACICNgKoASACQQhqENUBIANBBGshAyABQagBahC8AiAEIQIMAQsLIwBBEGsiBCQAIAQgAUHgAWoiAjYCDCACKAIMIAIoAgQiAmtBAnYhAwNAIAMEQCADQQFrIQMgAhC8AiACQQRqIQIMAQsLIwBBEGsiAiQAIAIgBEEMaigCACIDKAIANgIMIAIgAygCCDYCCCACQQhqEJUDIAJBEGokACAEQRBqJAAMAwsgABBOIAFBCGogC0GUjcAAEOkBIAEoAggtAJwBIAEoAgwiAiACKAIAQQFrNgIAQQJGBEAgASAJQYgCakGkjcAAELYBNgIsIAFBLGoQ1QILIAFB8AFqJAAPCyABIAQ2AswBIAFBgQg2AtgBIAFB4AFqIgIgAUHMAWoiBBBsIAEgAhDZAjYC3AEgAUGACDYC4AEgAUEQaiABQbwBaiIDIAFB2AFqIgUgAUHcAWoiCCACEIQBIAEgASkDEDcC0AEgEhDVAiACENUCIAgQ1QIgBRDVAiAEENUCIAMQ1QILIAFByAFqENUCIAFBuAFqENUCIAFBhAFqENUCDAALAAvZMgMOfwJ+AW8jAEHAAWsiAyQAIAMgATYCLCADIAA2AigCQCADQSxqEIoDRQ0AIAElARAPIRIQUiIBIBImASADQSBqEKsCIAMoAiBBAUYEQCADKAIkIQAgA0EBNgK0ASADIAA2ArgBIANBuAFqENUCDAELIAMgATYCZCADQeQAaiICEIkDBEAgAyACIABB4AFqEK0CNgJoIAMgAjYCbCADIAIgAEH0AWoQrQIiAjYCcAJAAn4CQAJ+AkACQAJAIANB6ABqIgogAEGAAmoQ7wJFBEAgCiAAQfwBahDvAg0CIAogAEGEAmoQ7wINASADQfAAahDVAkGDgICAeCEAQgAMBgsgAyADQeQAaiAAQfgBahCtAjYCnAFBgICAgHghBkGAgICAeCEJIANBnAFqIgEQlAMEQCADQbQBaiABEI8BAkAgAygCtAFBgICAgHhHBEAgAyADKAK8ATYCsAEgAyADKQK0ATcDqAEMAQsgA0GoAWogA0GcAWoQbAsgAykCrAEhESADKAKoASEJCyAAQQhqELkBRQ0CQgAMAwsgA0G0AWoiBSADQewAaiIGIABB7AFqEOMBIAMoArQBIgFBgICAgHhGDQUgAyADKQK4ASIRNwKsASADIAE2AqgBIAUgBiAAQeQBahDjASADKAK0ASIIQYCAgIB4Rw0DIANBqAFqEJIDDAULIAMgA0HkAGogAEHwAWoQrQI2AowBIANBnAFqIANBjAFqEI8BAkAgAygCnAFBgICAgHhHBEAgAyADKAKkASIBNgKwASADIAMpApwBNwOoASADQbQBaiIFIAFBAmoQ2AEgBSADKAKsASABEEYgAyADKAK8ATYCmAEgAyADKQK0ATcDkAEgA0GoAWoQkgMMAQsgA0EYaiADQYwBahCYASADQRBqIAMoAhggAygCHBC3AQJAIAMoAhBBAXEEQCADIAMoAhQ2AqgBIANBtAFqIANBqAFqIgEQjwEgAygCtAEiBUGAgICAeEcNASABENUCCyADQYwBahDVAgwGCyADIAMpArgBNwKUASADIAU2ApABIANBqAFqENUCCyADQbQBaiADQewAaiAAQegBahDjASADKAK0ASIBQYCAgIB4RgRAIANBkAFqEJIDIANBjAFqENUCDAULIAMgAykCuAEiETcCrAEgAyABNgKoASADQbQBaiADQewAaiAAQeQBahDjASADKAK0ASIIQYCAgIB4RgRAIANBqAFqEJIDIANBkAFqEJIDIANBjAFqENUCDAULIBFCIIinIQYgAykCuAEhECADKAKQASEFIAMoApQBIQ0gAygCmAEhCSADQYwBahDVAiARpyEHQYCAgIB4IQAgAiEEQgAMAwsgA0H0AGogA0HsAGogAEHkAWoQ4wEgAygCeCEIIAMoAnQhBiADNQJ8CyEQIANBtAFqIANB7ABqIgUgAEHsAWoQ4wEgAygCvAEhBCADKAK4ASEHIAMoArQBIQEgA0GAAWogBSAAQfABahDjAUEAIAEgAUGAgICAeEYiBRshAEEBIAcgBRshAUEAIAQgBRshByADNQKAAUIghiAQhCEQIAMoAogBIQ0gAygChAEhBSADQZwBahDVAiARpyEEIBFCgICAgHCDDAELIBFCIIinIQYgAykCuAEhECARpyEHQYKAgIB4IQAgAiEFQgALIREgA0HoAGoQ1QIgA0HkAGoQ1QIgAEGDgICAeEYNAiADIAI2AmAgAyAJNgJUIAMgDTYCUCADIAU2AkwgAyAQNwJEIAMgCDYCQCADIAY2AjwgAyAHNgI4IAMgATYCNCADIAA2AjAgAyARIASthDcCWCADQQhqIAMoAihBOGpBwJjAABCUAiADKAIMIQ0gAygCCCEAIwBB4AFrIgUkACAFIAAtAJwBIgQ6AAAgBUEEaiIJIANBMGoiAUE0/AoAACAFKAIEIQICQAJAAkACQAJAAkACQAJAAkACQAJAAkACQCAEQQFrDgIABwELQQEgAkGAgICAeHMgAkEAThtBAWsOAgIDAQsgAkEASA0FIAUgBSgCGDYCtAEgBSAFKAIUQQAgBSgCEEGAgICAeEcbNgKwASAFQbABaiICQcSVwAAQgQJFDQggBSABKAIUNgJAIAUgASkCDDcDOCAFIAEpAhgiEDcDkAEgBSABKAIgIgQ2ApgBIAUgASgCLDYCqAEgBSABKQIkNwOgASAFIAQ2ArQBIAUgBSgClAFBACAQp0GAgICAeEcbNgKwASACQdCVwAAQgQJFBEAgBSgCoAFBgICAgHhGDQUgBUEBNgKwASAFIAFBJGoiASgCCDYCvAEgBSABKQIANwK0ASAAIAIQRwwFCyAAQgA3AwAgAEEBOgCcASAAKAJQIQEgAEECNgJQIAFBAkYNAyAFIAApAlQ3AkggBSABNgJEIAVCgoCAgICAgICAfzcCsAEgACAFQcQAaiAFQbABahCdAQwDCyAFIAEoAgw2AlggBSABKQIENwNQIAUgASkCEDcDYCAFIAEoAhg2AmggBSABKQIcNwNwIAUgASgCJDYCeCAFQeAAaiECIAVB8ABqIQYgBSgCLCEHIwBB0ABrIgEkACABIAc2AgwCQAJ/IAVB0ABqIgQoAgQhCyAEKAIIIQwjAEEQayIIJAAgCEEIaiAAQYABaiIKIAsgDBBvQQAhCwJAIAgoAghBAUYEQCAIKAIMIgsgCigCCCIMTw0BIAooAgQgC0EcbGpBDGohCwsgCEEQaiQAIAsMAQsgCyAMQdCXwAAQpAEACyIIBEAgCCACKAIEIAIoAggQgAEiCARAIAgQnQIhCCABIAc2AjggASAINgI0IAEgBCgCCDYCGCABIAQpAgA3AxAgASAGKQIANwIcIAEgBigCCDYCJCABIAIpAgA3AyggASACKAIINgIwIABBOGogAUEQahDlAQwCCyABQRBqIghBtJPAAEEmEIYBIAggAigCBCACKAIIEMYBIAEgASgCGDYCSCABIAEpAhA3A0AgAUFAa0Hak8AAQQEQxgEgASABKAJIIgc2AhggASABKQNANwMQIAAgBCgCBCAEKAIIIAYoAgQgBigCCCACKAIEIAIoAghBACABIAEoAhQgBxBJIAgQkgMLIAFBDGoQ1QIgBhCSAyACEJIDIAQQkgMLIAFB0ABqJABBASAFKAIEIgBBgICAgHhzIABBAE4bQQFrDgIHBQkLIAUoAhxBgICAgHhGDQMgBSABKAIIIgc2AqgBIAUgASkCADcDoAEgBSABKQIYNwOwASAFIAEoAiAiCDYCuAEgBSABKQIkNwOAASAFIAEoAiw2AogBIAUoAqQBIQEgBSgCtAEhBiAFKAI0IQkgBUGAAWohBEIAIRAjAEHQAWsiAiQAIAIgBzYCECACIAE2AgwgAiAJNgIUIAAiASgCbCEHIAAoAnAiACAITQR/IAcgBiAAEK0BBUEBC0UhByACIAggAGs2AgQgAiAAIAZqQQAgBxs2AgACQAJAIAIoAgAiAEUNACACQRhqIgcCfgJAIAIoAgQiBkEUa0FtSQ0AA0AgBgRAIAAtAABBMGsiCkH/AXFBCk8NAiAQQgp+IAqtQv8Bg3whECAGQQFrIQYgAEEBaiEADAELCyAHIBA3AwhCAQwBC0IACzcDACACKQMYQgFSDQAgASgCfCIGRQ0AIAFB9ABqIQcgAikDICEQIAEoAnghCkEAIQADQCAGQQFNBEACQCAKIABBBnRqIgYpAxggEFINAyAGQSxqIAJBDGoQiAJFDQAMAwsFIAAgBkEBdiIIIABqIgAgCiAAQQZ0aikDGCAQVhshACAGIAhrIQYMAQsLIAJBGGohDCMAQUBqIgYkAAJAIAcoAggiCiAASwRAIAYgBygCBCAAQQZ0aiILQcAA/AoAACAKIABBf3NqQQZ0Ig4EQCALIAtBQGsgDvwKAAALIAcgCkEBazYCCAwBCyAGQgI3AwALAkAgBikDAEICUgRAIAwgBkHAAPwKAAAgBkFAayQADAELIAAgBygCCEHck8AAEKMBAAsgBCgCAEGAgICAeEcEQCACIAQoAgg2AmAgAiAEKQIANwNYIAIgAigCQDYCyAEgAiACKQM4NwPAAQJAAkAgAkGoAWoiACACQdgAaiIEKAIEIgYgBCgCCCIIQfWWwABBDxC2AgR/QQQFIAYgCEGEl8AAQQ8QtgJFDQFBBQs2AgAgBBCSAwwBCyAAQQY2AgAgACAEKAIINgIMIAAgBCkCADcCBAsgASACQcABaiAAQQEgCRDHASACQcQAahCSAwwCCwJAAkACQAJAAkAgAi0AUEEBaw4DAwIBAAsgAkGoAWoiByACQRRqIgAQ5AEgAigCqAEiCkGAgICAeEcEQCACKAKsASEIIAIoArABIQkjAEEgayIEJAAgAUGYAWoQnwIhCyAEQQxqIgYgCCAJEIYBIAQgABBaNgIcIAQgCzYCGCMAQSBrIgAkACAAQQA2AgggACAGKQIANwIMIAAgBikCCDcCFCAAIAYoAhA2AhwgAEEIahCYAiAAQSBqJABBCGoQCyESEFIiACASJgEgBEEgaiQAIAIgADYCeCACQfgAahCdAiEEIAJBADYChAEgAkKAgICAwAA3AnwgAiAENgKIASACIAk2AsgBIAIgCDYCxAEgAiAKNgLAASACQfwAaiEJIwBBMGsiBCQAIARBCGogAUGAAWoiBiACQcABaiIKKAIEIAooAggQbwJAIAQoAghBAUYEQCAHIAYgBCgCDEHgl8AAEKECIgYpAhQ3AgggByAGKQIMNwIAIAYgCSkCADcCDCAGIAkpAgg3AhQgChCSAwwBCyAEIAooAgg2AhggBCAKKQIANwMQIAQgCSkCADcCHCAEIAkpAgg3AiQgBigCCCIKIAYoAgBGBEAjAEEQayIJJAAgCUEIaiAGIAYoAgBBAUEEQRwQYCAJKAIIIgtBgYCAgHhHBEAgCyAJKAIMENQCAAsgCUEQaiQACyAGKAIEIApBHGxqIgkgBCgCKDYCGCAJIAQpAyA3AhAgCSAEKQMYNwIIIAkgBCkDEDcCACAGIApBAWo2AgggB0GAgICAeDYCAAsgBEEwaiQAIAcQ3gJBgoCAgHghBgwECyACQewAakHsk8AAQR4QhgEgAkEGNgJoIAIgAigCQDYCsAEgAiACKQM4NwOoASABIAJBqAFqIAJB6ABqQQEgCRDHASACQcQAahCSAyAEKAIAQYCAgIB4Rg0FIAQQkgMMBQsgAiACKAJANgLIASACIAIpAzg3A8ABIAIgCTYCsAEgAkKCgICAkICAgIB/NwKoASABIAJBwAFqIAJBqAFqEJ0BIAJBxABqEJIDDAQLIAJBwAFqIgohBiMAQRBrIgQkAAJAIAJBFGoiACgCACUBECJFBEAgBkEANgIIIAZCgICAgMAANwIADAELIAAoAgAlARAhIRIQUiIAIBImASAEIAA2AgAgBCAEKAIAJQEQAzYCDCAEQQA2AgggBCAENgIEIwBBMGsiACQAIABBCGogBEEEaiIIEMEBAkAgACgCCEEBRgRAIAAoAgwhCSAAQQQgCCgCCCIHIAgoAgRrIgtBACAHIAtPG0EBaiIHQX8gBxsiByAHQQRNG0EEQQQQnwEgACgCACEHIAAoAgQiCyAJNgIAIABBATYCHCAAIAs2AhggACAHNgIUIAAgCCgCCDYCKCAAIAgpAgA3AyAgAEEUaiEIIABBIGohByMAQRBrIgkkAANAAkAgCUEIaiAHEMEBIAkoAghBAUcNACAJKAIMIQwgCCgCCCILIAgoAgBGBEAgCCAHKAIIIg4gBygCBGsiD0EAIA4gD08bQQFqIg5BfyAOGxCsAgsgCCgCBCALQQJ0aiAMNgIAIAggC0EBajYCCAwBCwsgCUEQaiQAIAYgACgCHDYCCCAGIAApAhQ3AgAMAQsgBkEANgIIIAZCgICAgMAANwIACyAAQTBqJAAgBBDVAgsgBEEQaiQAIAIoAsgBIQQgAigCxAEhACACIAE2ArABIAIgADYCqAEgAiAAIARBAnRqNgKsASACQZwBaiEGIwBBMGsiACQAAkAgAkGoAWoiBBCCASIIBEAgAEEIakEEQQRBBBCfASAAKAIIIQkgACgCDCIHIAg2AgAgAEEBNgIcIAAgBzYCGCAAIAk2AhQgACAEKAIINgIoIAAgBCkCADcDICAAQRRqIQQgAEEgaiEJA0AgCRCCASIHBEAgBCgCCCIIIAQoAgBGBEAgBEEBEKwCCyAEKAIEIAhBAnRqIAc2AgAgBCAIQQFqNgIIDAELCyAGIAAoAhw2AgggBiAAKQIUNwIADAELIAZBADYCCCAGQoCAgIDAADcCAAsgAEEwaiQAIAoQ9gEgChC7ASACKAKkASEIIAIoAqABIQAgAigCnAEhBgwBCyACQcABaiACQRRqEOQBAkACQCACKALAAUGAgICAeEYEQEGDgICAeCEGDAELIAIgAikCwAE3A6gBIAIgAigCyAEiADYCsAEgAkGMAWogAUGAAWogAigCrAEgABBZIAJBqAFqEJIDQYOAgIB4IQYgAigCjAFBgICAgHhHDQELQQAhAAwBCyACIAIpApQBNwOwASACIAIpAowBNwOoASACKAK0ASEIIAJBqAFqEJsDQQEhAAsgAiACKAJANgLIASACIAIpAzg3A8ABIAIgCDYCtAEgAiAANgKwASACIAY2AqwBIAJBAjYCqAEgASACQcABaiACQagBahCdASACQcQAahCSAyACQRRqENUCDAELIAQoAgBBgICAgHhHBEAgBBCSAwsgAkEUahDVAgsgAkHQAWokACAFQbABahCSAyAFQaABahCSA0EAIQFBASAFKAIEIgBBgICAgHhzIABBAE4bQQFrDgIHBAULIAFBEGohAiABQQRqIQECQAJAIAVBCGpB2JXAABCTAkUEQCAFIAEoAggiBDYCmAEgBSABKQIANwOQASAFIAIoAgg2AqgBIAUgAikCADcDoAEgBSAFKAIgIgY2AjgCQCAAQYwBaiAFKAKUASAEEIABIgEEQCABKAIAIgEgASgCAEEBaiIENgIAIARFDQMgBSAGNgLEASAFIAE2AsABIAVBhICAgHg2ArABIAUgAigCCDYCvAEgBSACKQIANwK0ASAAQThqIAVBsAFqEOUBDAELIAVBOGoQ1QIgBUGgAWoQkgMLIAVBkAFqEJIDDAILIAUgASgCCDYCqAEgBSABKQIANwOgASAFIAIpAgA3A7ABIAUgAigCCCIBNgK4ASAAIQIgBSgCtAEhACAFKAIgIQYjAEGQAWsiBCQAIAQgBjYCBAJAIAAgAUGJlcAAQQwQtgJFBEAgACABQZWVwABBDhC2AkUNASAEQTBqIgAgBEEEahDkASAEKAIwQYCAgIB4Rg0BIAQgBCgCODYCECAEIAQpAjA3AwggBCAEQQhqNgIwIARBFGogAiAAQaSVwAAQZyAEKAIcIQEgBCgCGCEAIAQgBCgCFDYCKCAEIAA2AiQgBCAANgIgIAQgACABQQZ0IgZqNgIsIARB3ABqIQggBEE4aiEHA0ACQCAGRQ0AIAQgAEFAayIBNgIkIAApAwAiEEICUQ0AIAQgEDcDMCAHIABBCGpBOPwKAAAgBCAAKAIoNgJ4IAQgACkCIDcDcCAEQQQ2AoABIAIgBEHwAGogBEGAAWpBACAEEMcBIAgQkgMgBkFAaiEGIAEhAAwBCwsgBEEgahCSASAEQTBqIgggAkGAAWogBCgCDCAEKAIQEFkgCBDeAgJ/IAQoAgwhBiAEKAIQIQcjAEEgayIAJAAgAEEIaiACQYwBaiIBIAYgBxBuQQAhBgJAIAAoAghBAUYEQCAAKAIMIgYgASgCCCIHTw0BIAAgASgCBCIKIAZBBHRqIgYpAgA3AxAgACAGKQIINwMYIAogB0EBayIHQQR0aiIKKQIIIRAgBiAKKQIANwIAIAYgEDcCCCABIAc2AgggACgCHCEGIABBEGoQkgMLIABBIGokACAGDAELIAYgBxCiAQALIgAEQCAEQYOAgIB4NgIwIAQgADYCNCACQThqIAgQ5QELIARBCGoQkgMMAQsgAiAEQQRqEFciAEUNACAEQYKAgIB4NgIwIAQgADYCNCACQThqIARBMGoQ5QELIARBBGoQ1QIgBEGQAWokACAFQbABahCSAyAFQaABahCSAwwBCwALQQEgBSgCBCIAQYCAgIB4cyAAQQBOG0EBaw4CBQcECyAFKAKgAUGAgICAeEYNACAFQaABahCSAwsgBUGQAWoQ3wIgBUE4ahDfAgJAQQEgBSgCBCIAQYCAgIB4cyAAQQBOG0EBaw4CAAIDCyAJEJIDIAVBNGoQ1QIMBQtBASACQYCAgIB4cyACQQBOG0EBaw4CAgABCyAFQQhqEJIDIAVBFGoQkgMgBUEgahDVAgwDCyAFQQhqEJIDIAVBFGoQkgMgBUEgahCSAyAFQSxqENUCDAILIAkQkgNBASEBCyAFQRBqEN8CAkACQCABRQ0AIAUoAhxBgICAgHhGDQAgBUEcahCSAwwBCyABRQ0BCyAFQTRqENUCIAVBKGoQ3wILIAVB4AFqJAAgDSANKAIAQQFqNgIAIANBKGoQQAwCCyADQfAAahDVAiADQegAahDVAgsgA0HkAGoQ1QILIANBLGoQ1QIgA0EoahC7AiADQcABaiQAC4MLAQt/AkACQCAAKAIIIgxBgICAwAFxRQ0AAkACQAJAAkAgDEGAgICAAXEEQCAALwEOIgcNAUEAIQIMAgsgAkEQTwRAAn8CQAJAIAIgAUEDakF8cSIEIAFrIghJDQAgAiAIayIHQQJ2IgtFDQAgASAERwRAIAEgBGsiBEF8TQRAA0AgAyABIAZqIgosAABBv39KaiAKQQFqLAAAQb9/SmogCkECaiwAAEG/f0pqIApBA2osAABBv39KaiEDIAZBBGoiBg0ACwsgASAGaiEJA0AgAyAJLAAAQb9/SmohAyAJQQFqIQkgBEEBaiIEDQALCyABIAhqIQQCQCAHQQNxIghFDQAgBCAHQfz///8HcWoiBywAAEG/f0ohBSAIQQFGDQAgBSAHLAABQb9/SmohBSAIQQJGDQAgBSAHLAACQb9/SmohBQsgAyAFaiEGA0AgBCEFIAtFDQJBwAEgCyALQcABTxsiDUEDcSEKAkAgDUECdCIIQfAHcSIDRQRAQQAhCQwBCyADIAVqIQdBACEJIAUhAwNAIAkgAygCACIEQX9zQQd2IARBBnZyQYGChAhxaiADQQRqKAIAIgRBf3NBB3YgBEEGdnJBgYKECHFqIANBCGooAgAiBEF/c0EHdiAEQQZ2ckGBgoQIcWogA0EMaigCACIEQX9zQQd2IARBBnZyQYGChAhxaiEJIANBEGoiAyAHRw0ACwsgCyANayELIAUgCGohBCAJQQh2Qf+B/AdxIAlB/4H8B3FqQYGABGxBEHYgBmohBiAKRQ0ACwJ/IAUgDUH8AXFBAnRqIgQoAgAiA0F/c0EHdiADQQZ2ckGBgoQIcSIFIApBAUYNABogBSAEKAIEIgNBf3NBB3YgA0EGdnJBgYKECHFqIgUgCkECRg0AGiAFIAQoAggiA0F/c0EHdiADQQZ2ckGBgoQIcWoLIgNBCHZB/4EccSADQf+B/AdxakGBgARsQRB2IAZqIQYMAQtBACACRQ0BGiACQQNxIQlBACEEIAJBBE8EQCACQXxxIQMDQCAGIAEgBGoiBSwAAEG/f0pqIAVBAWosAABBv39KaiAFQQJqLAAAQb9/SmogBUEDaiwAAEG/f0pqIQYgAyAEQQRqIgRHDQALIAlFDQELIAEgBGohAwNAIAYgAywAAEG/f0pqIQYgA0EBaiEDIAlBAWsiCQ0ACwsgBgshBgwECyACRQ0DIAJBA3EhAyACQQRPBEAgAkEMcSEEA0AgBiABIAVqIgcsAABBv39KaiAHQQFqLAAAQb9/SmogB0ECaiwAAEG/f0pqIAdBA2osAABBv39KaiEGIAQgBUEEaiIFRw0ACyADRQ0ECyABIAVqIQUDQCAGIAUsAABBv39KaiEGIAVBAWohBSADQQFrIgMNAAsMAwsgASACaiEIQQAhAiABIQUgByEDA0AgBSIEIAhGDQIgAgJ/IARBAWogBCwAACIFQQBODQAaIARBAmogBUFgSQ0AGiAEQQRBAyAFQW9LG2oLIgUgBGtqIQIgA0EBayIDDQALC0EAIQMLIAcgA2shBgsgBiAALwEMIgNPDQAgAyAGayEEQQAhBkEAIQMCQAJAAkAgDEEddkEDcUEBaw4CAAECCyAEIQMMAQsgBEH+/wNxQQF2IQMLIAxB////AHEhByAAKAIEIQogACgCACEIA0AgBkH//wNxIANB//8DcUkEQEEBIQUgBkEBaiEGIAggByAKKAIQEQIARQ0BDAMLC0EBIQUgCCABIAIgCigCDBEFAA0BQQAhBiAEIANrQf//A3EhAQNAIAZB//8DcSIAIAFJIQUgACABTw0CIAZBAWohBiAIIAcgCigCEBECAEUNAAsMAQsgACgCACABIAIgACgCBCgCDBEFACEFCyAFC+kDAQh/IwBBEGsiBiQAAn8CQCADQQFxRQRAIAItAAAiBA0BQQAMAgsgACACIANBAXYgASgCDBEFAAwBCyABKAIMIQoDQCACQQFqIQUCQAJAAkACQCAEwEEASARAIARBgAFGDQEgBEHAAUcNAyAGIAE2AgQgBiAANgIAIAZCoICAgAY3AgggAyAHQQN0aiICKAIAIAYgAigCBBECAEUNAkEBDAYLIAAgBSAEIAoRBQBFBEAgBCAFaiECDAQLQQEMBQsgACACQQNqIgUgAi8AASICIAoRBQBFBEAgAiAFaiECDAMLQQEMBAsgB0EBaiEHIAUhAgwBC0GggICABiELIARBAXEEQCACKAABIQsgAkEFaiEFC0EAIQkCfyAEQQJxRQRAQQAhCCAFDAELIAUvAAAhCCAFQQJqCyECIARBBHEEQCACLwAAIQkgAkECaiECCyAEQQhxBEAgAi8AACEHIAJBAmohAgsgBEEQcQRAIAMgCEEDdGovAQQhCAsgBiAEQSBxBH8gAyAJQQN0ai8BBAUgCQs7AQ4gBiAIOwEMIAYgCzYCCCAGIAE2AgQgBiAANgIAQQEgAyAHQQN0aiIFKAIAIAYgBSgCBBECAA0CGiAHQQFqIQcLIAItAAAiBA0AC0EACyAGQRBqJAAL0wUCCn8BfiMAQbABayIBJAAgAEGQAmohByAAQTBqIQggAUEgaiEFIAFB9ABqIQYDQAJAIAFBEGogCEHcjsAAEJQCIAEoAhQhBCABQRhqIQACQCABKAIQQShqIgIoAgwiAyACKAIIIglPBEAgAEEDNgIADAELIAIgA0EBaiIKNgIMIAIoAgQgA0EFdGoiAykCACELIANBAzYCACAAIAs3AgAgACADKQIINwIIIAAgAykCEDcCECAAIAMpAhg3AhggCSAKRgRAIAIQygELCyAEIAQoAgBBAWo2AgAgAUEIaiAHQeyOwAAQlwIgASgCDCEAIAEoAggiAigCACEDIAEgASkCMDcDUCABIAEpAig3A0ggASABKQIgNwNAIAEgASkCGCILNwM4IAEgAkEAIAMbNgJYIAunIgRBA0YNAAJAIAMEQCAEQQJHDQEgAigCACACKAIEKAIQEQAACyAAIAAoAgBBAWo2AgAgASgCOEECTw0CIAFBOGoQzgIMAgsgASABKQIwNwN4IAEgASkCKDcDcCABIAEpAiA3A2ggASABKQIYIgs3A2AgAigCACACKAIEIQQgASAFKAIINgKIASABIAUpAgA3A4ABIAunQQFGBEAgASABKAJkNgKMASABQaABaiABQYwBahCPASABQYABagJ/IAEoAqABQYCAgIB4RwRAIAEgASkCoAE3A5ABIAEgASgCqAEiAjYCmAEgASgClAEMAQtBACECIAFBADYCmAEgAUKAgICAEDcDkAFBAQsgAhDGASABQZABahCSAyABQYwBahDVAgsgASAGKQIENwMAIAFBgAFqIAEoAgAgASgCBBDGASABIAEoAogBNgKoASABIAEpA4ABNwOgASAGEN8CIAEoAqQBIAEoAqgBIAQoAgwRAwAgAUGgAWoQkgMgACAAKAIAQQFqNgIADAELCyAAIAAoAgBBAWo2AgAgAUGwAWokAAumBAIEfwR+IwBB8ABrIgwkAEEBIQ4CQAJ+AkAgAS0AnAFBAUYEQCABIAEpA0giEkIBfDcDSCAMQQxqIg0gAUHoAGoQmgEgDSASEGMgDEEwaiINQeeJwABBBxD4ASAMQSRqIg8gDUHdiMAAQQQgBCAFEK4CIA0gD0HhiMAAQQIgAiADEK4CIA8gDUHniMAAQQIgDCgCECAMKAIUEK4CIA9B6YjAAEEEEIwCIAwgDCgCLDYCICAMIAwpAiQ3AxggBigCBCEEIAYoAgAiBQRAIAxBGGogBSAEEMYBQQAhDgsgDCAMKAIgNgJAIAwgDCkDGDcCOCAMQYiVwAA2AkggDEGAgICAeDYCRCAMIAQ2AjQgDCAONgIwIAxBATYCTCABQShqIAxBMGoQqAEgCyAKIAEoAiQgCUEBcRsiBK18IQsgASkDGCEQIAEpAxAiESABKAIgIAlyrSITg6cNASAQIAsgEaciBRshEEIBIBMgBRsMAgsgAEECNgIMIAAgCCgCCDYCCCAAIAgpAgA3AgAgBigCAA0CIAZBBGoQ1QIMAgsgCyAQIAsgEFQbIRBCAQshESABIBA3AxggASARNwMQIAxB3ABqIAIgAxCGASAMIAc6AGggDCASNwNIIAwgBDYCQCAMIAs3AzggDCATNwMwIAwgCCkCADcDUCAMIAgoAgg2AlggAUH0AGogDEEwahDcASAAQQI2AgAgDEEMahCSAwsgDEHwAGokAAvYAwEKfyAAQSIQkAEgASACaiEMIAEhBSAAAn8DQEEAIQcCQAJAAkACQAJAAkADQAJAAkAgDCAFIAciBGoiCkcEQEECIQtBACEHAkAgCi0AACIIQQlrDgUIBgMDBwALIAhBIkcNAUGwl8AAIQYMCAsCQCADRQ0AIAIgA00EQCACIANGDQEMCgsgASADaiwAAEFASA0JCyACIANrIQQgASADagwKCyAIQdwARg0CC0EBIQYgBEEBaiEHIAhBIE8NAAtBACELQQEhBwwEC0Gyl8AAIQYMAwtBtJfAACEGDAILQbaXwAAhBgwBC0G4l8AAIQYLQQAhCQJAIAMgAyAEaiIFSw0AAkAgA0UNACACIANNBEAgAiADRw0CDAELIAEgA2osAABBv39MDQELAkAgBUUNACACIAVNBEAgAiADayAERg0BDAILIAEgA2ogBGosAABBQEgNAQsgASADaiEJCyAFQQFqIQMgCkEBaiEFIAAgCUEBIAkbIARBACAJGxDGASAHRQRAIAAgBiALEMYBDAILIABBupfAAEEEEMYBIAAgCEEEdi0AvpdAEJABIAAgCEEPcS0AvpdAEJABDAELC0EACyIBQQEgARsgBEEAIAEbEMYBIABBIhCQAQvKCQIOfwF+IwBBgAFrIgMkACAALQCcASEOIABBAjoAnAECQCAOQQJHBEAgAEEoaiICEMoBIANBAjYCICACIANBIGoiBBCoASAAQYABaiIFKAIIIQIgBUEANgIIIAUoAgQhBQNAIAIEQCACQQFrIQIgBRD2AiAFQRxqIQUMAQsLIABCADcDECAAKAJQIQwgAEECNgJQIAxBAkcEQCADIAApAlQ3AgggAyAMNgIEIAMgASkCCDcDKCADIAEpAgA3AyAgACADQQRqIARBACADEMcBCyAAKAJ8IQUgAEEANgJ8IAAoAnQhBiAAKAJ4IQIgAEKAgICAgAE3AnQgAyACIAVBBnQiBGo2AhwgAyAGNgIYIAMgAjYCFCADIAI2AhAgA0HMAGohBiADQShqIQgDQAJAIARFDQAgAyACQUBrIgU2AhQgAikDACIQQgJRDQAgAyAQNwMgIAggAkEIakE4/AoAACADIAIoAig2AmggAyACKQIgNwNgIANBAjYCcCAAIANB4ABqIANB8ABqQQAgAxDHASAGEJIDIARBQGohBCAFIQIMAQsLIANBEGoQkgEjAEEgayIPJAAjAEEQayIFJAAgBUEIaiICIABBjAFqIgQoAggiCDYCBCACQQA2AgAgBSgCDCEGIAQgBSgCCCIHNgIIIA9BDGoiAiAGNgIMIAIgBDYCCCACIAggBms2AhAgAiAEKAIEIgQgBkEEdGo2AgQgAiAEIAdBBHRqNgIAIAVBEGokACMAQSBrIgYkACAGQQhqIAIoAgQgAigCAGtBBHZBBEEEEJ8BIAZBADYCHCAGIAYpAwg3AhQjAEEQayIIJAAgBkEUaiIFIAIoAgQgAigCAGtBBHYQrAIgBSkCBCEQIAggBUEIajYCBCAIIBBCIIk3AggjAEEwayIFJAAgBSACKQIAIhA3AwggBSACKAIQNgIYIAUgAikCCDcDECAIQQRqIgIoAgggAigCBCIEQQJ0aiEHIAVBJGohCSACKAIAIBCnIQIgBSgCDCENAkADQCACIA1GDQEgAigCACIKQYCAgIB4RwRAIAkgAkEMaigCADYCCCAJIAJBBGopAgA3AgAgBSAKNgIgIAUoAiwhCiAFQSBqEJIDIAcgCjYCACAHQQRqIQcgBEEBaiEEIAJBEGohAgwBCwsgAkEQaiECCyAFIAI2AgggBDYCACMAQRBrIgckACAFQQhqIgQoAgQhCSAEKAIAIQIgBEKEgICAwAA3AgAgByAENgIMAkAgAiAJRg0AIAkgAmtBBHYhBANAIARFDQEgBEEBayEEIAIQ9AIgAkEQaiECDAALAAsgB0EMaigCACICKAIQIgQEQCACKAIMIg0gAigCCCIJKAIIIgtHBEAgBEEEdCIEBEAgCSgCBCIKIAtBBHRqIAogDUEEdGogBPwKAAALIAIoAhAhBAsgCSAEIAtqNgIICyAHQRBqJAAgBUEwaiQAIAhBEGokACADQfAAaiICIAYoAhw2AgggAiAGKQIUNwIAIAZBIGokACAPQSBqJAACQCAOQQFHBEAgAhCXAwwBCyADIAMoAng2AiwgAyADKQJwNwIkIANBhoCAgHg2AiAgAEE4aiADQSBqEOUBCyAMQQJHDQELIAEQngILIANBgAFqJAALpwQCCX8BfiMAQfAAayIEJAAgBEE8aiADEGUgBCAEKQJANwNYIAQgBCgCSDYCYEEBIQUgBCgCTCEDAkAgBCgCPEEBRgRAIAQgBCgCYDYCKCAEIAQpA1g3AyAgBCADNgIsIAQgBEEgahDfASAEKAIEIQMMAQsgBCAEKAJgNgIYIAQgBCkDWDcDECAEIAM2AhwgBCACQeeIwABBAhDZATYCWCAEQTxqIgYgBEHYAGoiBxCPASAEKAI8QYCAgIB4RwRAIAQgBCgCRDYCOCAEIAQpAjw3AzAgBxDVAiAEIAQoAhg2AmAgBCAEKQMQNwNYIARBCGogASgCACIKQThqQdSMwAAQlAIgBCgCDCEIIAQoAgghCSAEEKIC/AciDTcDaCAEIAk2AmQgBCgCNCELIAQoAjghDCMAQSBrIgIkACACQQxqIgVBlZTAAEEGEIYBIAUgCyAMEEYgBUH9ABCQASACIAIpAhA3AhggBiAJQaWTwABBBkGblMAAQQwgAkEYakEBIAdBACACIA0QRSAFEJIDIAJBIGokACAIIAgoAgBBAWo2AgACQCAEKAI8QQJHBEAgBiAEQcgAahCnAQwBCyAKQQhqEEQgARBOCyAEQTBqEJIDQQAhBQwBCyAEQdgAahDVAiAEQUBrQb2SwABBHBCGASAEQQA2AjwgBEE8ahDzAiEDIARBHGoQ1QIgBEEQahC1AgsgACADNgIEIAAgBTYCACAEQfAAaiQAC7gDAQN/IwBB0ABrIgskACALIAg2AgwgCyAHNgIIAkACfwJAAkAgAC0AnAFBAUcNACAAQYABaiABIAIQ9wFFDQAgC0EwaiIMQe6JwABBCBD4ASALQSBqIg0gDEHdiMAAQQQgBSAGEK4CIAwgDUHjiMAAQQQgASACEK4CIAxB54jAAEECEIwCIAwgAyAEEMYBIA0gDCgCCDYCCCANIAwpAgA3AgAgDUHpiMAAQQQQjAIgCyALKAIoNgIYIAsgCykCIDcDEEEBIQICQCAHQQFxBEAgCUUNASAMIAkgChC1AQwDCyAJBEAgC0EQakH7icAAQQQQxgEgCyALKAIYNgIoIAsgCykDEDcDICALQTBqIAkgChC1ASALIAspAyA3AxAgCyALKAIoNgIYDAMLIAtBEGpB+4nAAEEEEMYBC0GAgICAeCEJQYiVwAAMAgsgC0EIahDXAgwCCyALKAI4IQIgCygCMCEJIAsoAjQLIQEgCyALKAIYNgJAIAsgCykDEDcCOCALIAI2AkwgCyABNgJIIAsgCTYCRCALIAg2AjQgCyAHNgIwIABBKGogC0EwahCoAQsgC0HQAGokAAuuAgEEfyMAQTBrIgMkACADIAEQbTYCHAJAIAAoAgAiBkEBRgRAIAMgACgCCDYCICACEIwDRQRAIANB6YjAAEEEENsCNgIsIANBJGoiASADQRxqIANBLGoiBCACEIcBIAEQ2AIgBBDVAgsgA0GBCDYCLCADQQhqIANBIGoiBCADQSxqIgUgA0EcahCJASADIAMoAgwiATYCKCADIAMoAggiAjYCJAwBCyADIAAoAgQ2AiAgA0GBCDYCLCADQRBqIANBIGoiBCADQSxqIgUgA0EcaiACEIQBIAMgAygCFCIBNgIoIAMgAygCECICNgIkCyAFENUCIAQQ1QICQCACQQFxBEAgARDUAQwBCyADQShqENUCCyADQRxqENUCIAYEQCAAQQRqENUCCyADQTBqJAALmgcCCX8BbyMAQUBqIgUkACAFIAM2AiAgBSACNgIcIAVBEGogAUG4kMAAEJcCIAUoAhAiCSgCCCEBIAUoAhQhDCAFIAkoAgQiAjYCNCAFIAIgAUEUbGo2AjggBSAFQRxqIgo2AjwgBUEkaiEDIwBBMGsiASQAIAFBCGogBUE0aiICEHACQCABKAIIQQFGBEAgASgCDCEGIAFBBEEEQQQQnwEgASgCACEHIAEoAgQiCCAGNgIAIAFBATYCHCABIAg2AhggASAHNgIUIAEgAigCCDYCKCABIAIpAgA3AyAgAUEUaiECIAFBIGohCCMAQRBrIgYkAANAAkAgBkEIaiAIEHAgBigCCEEBRw0AIAYoAgwhCyACKAIIIgcgAigCAEYEQCACQQEQrAILIAIoAgQgB0ECdGogCzYCACACIAdBAWo2AggMAQsLIAZBEGokACADIAEoAhw2AgggAyABKQIUNwIADAELIANBADYCCCADQoCAgIDAADcCAAsgAUEwaiQAIwBBEGsiCCQAIAggCjYCDEEAIQEjAEEQayIHJAAgByAIQQxqNgIMAkAgCSgCCCIKRQ0AIAkoAgQiCyEGA0AgB0EMaiAGEKoCBEAgBkEUaiEGIAogAUEBaiIBRw0BDAILCyAGEPcCIAtBFGohDSABIQMDQCABQQFqIQIgDSABQRRsaiEGA0AgAiAKTwRAIAkgAzYCCAwDCyAHQQxqIAYQqgJFBEAgAkEBaiECIAYQ9wIgBkEUaiEGDAELCyALIANBFGxqIgEgBigCEDYCECABIAYpAgg3AgggASAGKQIANwIAIANBAWohAyACIQEMAAsACyAHQRBqJAAgCEEQaiQAIAwgDCgCAEEBajYCACAFKAIsQQJ0IQMgBSgCKCECA0ACQAJAIAMEQCAFQYEINgI0IwBBEGsiASQAIAIoAgAlASAFQTRqIgkoAgAlASAEKAIAJQEQCCEOEFIiByAOJgEgAUEIahCrAkEBIQYgBUEIaiIIAn8gASgCCEEBRgRAIAEoAgwMAQtBACEGIAcLNgIEIAggBjYCACABQRBqJAAgBSgCDCEBIAUoAghBAXFFDQIgAEEBOgAAIAAgATYCBCAJENUCDAELIABBADoAACAAIAUoAixBAEc6AAELIAVBJGoiABD2ASAAEJUDIAVBQGskAA8LIAUgATYCMCADQQRrIQMgAkEEaiECIAVBMGoQ1QIgBUE0ahDVAgwACwAL6gUCCn8BfiMAQRBrIgYkAEEKIQIgACgCACIEIQAgBEHoB08EQANAIAZBBmogAmoiA0EEayAAIgUgAEGQzgBuIgBBkM4AbGsiB0H//wNxQeQAbiIIQQF0LwDYnkA7AAAgA0ECayAHIAhB5ABsa0H//wNxQQF0LwDYnkA7AAAgAkEEayECIAVB/6ziBEsNAAsLIABBCUsEQCACQQJrIgIgBkEGamogACAAQf//A3FB5ABuIgBB5ABsa0H//wNxQQF0LwDYnkA7AAALQQAgBCAAG0UEQCACQQFrIgIgBkEGamogAEEBdC0A2Z5AOgAACwJ/IAZBBmogAmohB0EAIQRBK0GAgMQAIAEoAggiA0GAgIABcSIAGyEIIANBgICABHFFRSEKAkBBCiACayILIABBFXZqIgAgAS8BDCIFSQRAAkACQCADQYCAgAhxRQRAIAUgAGshBUEAIQACQAJAAkAgA0EddkEDcUEBaw4DAAEAAgsgBSEADAELIAVB/v8DcUEBdiEACyADQf///wBxIQkgASgCBCEDIAEoAgAhAQNAIARB//8DcSAAQf//A3FPDQJBASECIARBAWohBCABIAkgAygCEBECAEUNAAsMBAsgASABKQIIIgynQYCAgP95cUGwgICAAnI2AghBASECIAEoAgAiAyABKAIEIgkgCCAKENsBDQMgBSAAa0H//wNxIQADQCAEQf//A3EgAE8NAiAEQQFqIQQgA0EwIAkoAhARAgBFDQALDAMLQQEhAiABIAMgCCAKENsBDQIgASAHIAsgAygCDBEFAA0CQQAhBCAFIABrQf//A3EhAANAIARB//8DcSIFIABJIQIgACAFTQ0DIARBAWohBCABIAkgAygCEBECAEUNAAsMAgsgAyAHIAsgCSgCDBEFAA0BIAEgDDcCCEEADAILQQEhAiABKAIAIgAgASgCBCIBIAggChDbAQ0AIAAgByALIAEoAgwRBQAhAgsgAgsgBkEQaiQAC/8CAQZ/IwBBMGsiAyQAIAEoAgAiAUEAOgAcIAMgAjYCGCABKAIIQf////8HSQRAIAFBCGohBiABKAIYIQICQANAIAJFDQEgA0EQaiAGQfSbwAAQlwIgAygCFCEEIAMoAhAiASgCDCIFBH8gASAFQQFrNgIMIAEgASgCCCIFQQFqIgcgASgCACIIQQAgByAITxtrNgIIIAEoAgQgBUECdGooAgAFQQALIgEEQCADIAE2AhwgBCAEKAIAQQFqNgIAIANBCGogAygCHCIFQQhqQdSbwAAQlwIgAygCDCEEAkAgAygCCCIBKAIARQ0AIAVBADoAHCADQQA2AiggAyABQQhqIgU2AiQgAyAFNgIgIAEoAgAgA0EgaiABKAIEKAIMEQIADQAgARDCAiABQQA2AgALIAQgBCgCAEEBajYCACACQQFrIQIgA0EcahC/AgwBCwsgBCAEKAIAQQFqNgIACyADQRhqENUCIABBADYCACADQTBqJAAPC0Hkm8AAEIMCAAusBAMHfwJ+AW8jAEFAaiIBJAAgAUEQaiAAKAIAIgJBOGpBvI/AABDpASABKAIQIgApAxghCCAAKAIQIQAgASgCFCIDIAMoAgBBAWs2AgAgAUEIaiACQQhqQcyPwAAQlAIgASgCDCEHAkACQAJ/AkACQCABKAIIIgMoAghBAkcEQCAARQ0CIAMpAwAgCFINAQwECyAARQ0DCyACIAIoAgRBAWoiADYCBCAARQ0DQv////8HIAgQogL8B30iCUIAIAggCVobIgkgCUL/////B1obpyEGIwBBEGsiACQAIwBBEGsiBCQAQQRBBBDMAiIFIAI2AgAgBEEIaiICQayBwAA2AgQgAiAFNgIAIAQoAghBrIHAABA+IQoQUiIFIAomASAEQRBqJAAgACAFNgIMIwBBEGsiAiQAIABBDGooAgAlASAGEBohChBSIgYgCiYBIAJBCGoQqwJBASEEIAACfyACKAIIQQFGBEAgAigCDAwBC0EAIQQgBgs2AgQgACAENgIAIAJBEGokACAAKAIEIQQgACgCAEEBRgRAQcKZwABBMRCeAwALIAFBMGoiAiAFNgIMIAJBATYCCCACIAQ2AgQgAkEBNgIAIABBEGokACABIAEpAjQ3AxggASABKAI8NgIgIAEoAjAMAQtBAgshACADEOEBIAMgADYCCCADIAg3AwAgAyABKQMYNwIMIAMgASgCIDYCFAsgByAHKAIAQQFqNgIAIAFBQGskAA8LAAuvAgECfyMAQUBqIgIkACACIAEQmAEgAiACKAIEIgE2AgwgAiACKAIAIgM2AggCQCADQQFGBEAgAiABNgIQIAJBFGoiAUH/icAAQR0QhgEgAiACQRBqQeCJwABBBxDZATYCPCACQTBqIAJBPGoQjwEgAQJ/IAIoAjBBgICAgHhHBEAgAiACKQIwNwMgIAIgAigCOCIBNgIoIAIoAiQMAQtBACEBIAJBADYCKCACQoCAgIAQNwMgQQELIAEQxgEgACACKAIcNgIMIAAgAikCFDcCBCAAQQA2AgAgAkEgahCSAyACQTxqENUCIAJBEGoQ1QIMAQsgAkEMaiIDEIoDBEAgAEEINgIAIAAgATYCBAwBCxCmAyEBIABBCDYCACAAIAE2AgQgAxDVAgsgAkFAayQAC4gCAQZ/IAAoAggiBCECAn9BASABQYABSQ0AGkECIAFBgBBJDQAaQQNBBCABQYCABEkbCyIGIAAoAgAgBGtLBH8gACAEIAYQaCAAKAIIBSACCyAAKAIEaiECAkAgAUGAAU8EQCABQT9xQYB/ciEFIAFBBnYhAyABQYAQSQRAIAIgBToAASACIANBwAFyOgAADAILIAFBDHYhByADQT9xQYB/ciEDIAFB//8DTQRAIAIgBToAAiACIAM6AAEgAiAHQeABcjoAAAwCCyACIAU6AAMgAiADOgACIAIgB0E/cUGAf3I6AAEgAiABQRJ2QXByOgAADAELIAIgAToAAAsgACAEIAZqNgIIQQALlAIBBH8jAEEwayIAJAAgAEEgakH4mcAAENYBIAAoAiAhASAAIAAoAiQiAjYCLCAAIAE2AihBASEDIAFBAUcEQCAAQRhqQYCawAAQ1gEgACgCHCECIAAoAhghAyAAQShqENcCCyAAIAM2AiggACACNgIsQQEhASADQQFHBEAgAEEQakH0mcAAENYBIAAoAhQhAiAAKAIQIQEgAEEoahDXAgsgACABNgIoIAAgAjYCLEEBIQMgAUEBRwRAIABBCGpB/JnAABDWASAAKAIMIQIgACgCCCEDIABBKGoQ1wILQYAIIQEgA0EBRgRAIAAgAjYCKCAAQShqIgEQjAMEfyABENUCQYAIBSACCyEBCyAAQTBqJAAgAQuvBAELfyMAQRBrIgYkAAJAQZCiwAAoAgANAEGQosAAQX82AgBBoKLAACgCACICQZyiwAAoAgAiAEYEQCACIgBBlKLAACgCACIBRgRA0G9BgAEgACAAQYABTRsiB/wPASIBQX9GDQICQEGkosAAKAIAIgBFBEBBpKLAACABNgIADAELIAAgAmogAUcNAwsjAEEQayIEJAAgBEEIaiEJQZyiwAAoAgAhAEEEIQEjAEEQayIFJABBlKLAACgCACAAayAHTwR/QYGAgIB4BSAFQQhqIQojAEEQayIDJAACf0EAIAAgB2oiASAHSQ0AGiADQQRqQZSiwAAgAUEEQQQQWCADKAIEQQFGBEAgAygCDCEIIAMoAggMAQsgAygCCCEAQZSiwAAgATYCAEGYosAAIAA2AgBBgYCAgHgLIQAgCiAINgIEIAogADYCACADQRBqJAAgBSgCDCEBIAUoAggLIQAgCSABNgIEIAkgADYCACAFQRBqJAAgBCgCDCEIIAZBCGoiACAEKAIINgIAIAAgCDYCBCAEQRBqJAAgBigCCEGBgICAeEcNAkGUosAAKAIAIQFBnKLAACgCACEACyAAIAFPDQFBmKLAACgCACAAQQJ0aiACQQFqNgIAQZyiwAAgAEEBaiIANgIACyAAIAJNDQBBoKLAAEGYosAAKAIAIAJBAnRqKAIANgIAQZCiwABBkKLAACgCAEEBajYCAEGkosAAKAIAIAZBEGokACACag8LAAv0BwIJfwR+IwBBQGoiAyQAIAAoAgAhBCAAQQA2AgAgBARAIAMgBDYCGCADQRhqENABIgAEQCADIAA2AhwgA0EQaiAAQQhqQYyPwAAQlAIgAygCFCEBIAMoAhAiBCkDCCEKIARBAjYCCCAEKQMAIQsgBCkDECEMIAEgASgCAEEBajYCACADIAw3AzAgAyAKNwMoIAMgCzcDICADQQhqIABBOGpBnI/AABCUAiADKAIMIQYgAygCCCECEKIC/AchCkIAIQsjAEGQAWsiASQAIAEgCjcDCAJAAkACQCACLQCcAQ0AIAIpAwBCAVINACACKQMIIApYDQELIAEgAUEIajYCMCABQRRqIAIgAUEwakGolMAAEGcgASgCHCEEIAEoAhghACABIAEoAhQ2AiggASAANgIkIAEgADYCICABIAAgBEEGdCIFajYCLCABQdwAaiEHIAFBOGohCANAAkAgBUUNACABIABBQGsiBDYCJCAAKQMAIgpCAlENACABIAo3AzAgCCAAQQhqQTj8CgAAIAEoAkAhCSABIAAoAig2AnggASAAKQIgNwNwIAFBAzYCgAEgASAJQQAgCqdBAXEbNgKEASACIAFB8ABqIAFBgAFqQQAgARDHASAHEJIDIAVBQGohBSAEIQAMAQsLIAFBIGoQkgEgAigCfEEGdCEFIAIoAnghAAJAA0AgBUUNASAFQUBqIQUgACkDACEKIABBQGshACAKQgFSDQALIABBOGspAwAhCkIBIQsgBUUNACAFQQZ2IQUDQCAKIABBCGopAwAiDCAKIAxUGyAKIAAoAgAbIQogAEFAayEAIAVBAWsiBQ0ACwsgAikDCCEMAn4gAikDACINIAuDUARAIAogDCALpyIAGyEKQgEgDSAAGwwBCyAMIAogCiAMVhshCkIBCyELIAIgCjcDGCACIAs3AxAMAQsgAUEDNgIwIAEgAigCJEEAIAIoAiAbNgI0IAIgAUEwahBHCyABQZABaiQAIAYgBigCAEEBajYCACADQRxqEEAgA0EAOgA4IwBBMGsiACQAIABCADcCGCAAQQE6ACwgAEEYahCYAiIEIAQoAgBBAWoiATYCACABRQRAAAsgAEEQaiAEEOICIAApAxAhCkEIQSAQzAIiASADQSBqIgIpAxg3AxggASACKQMQNwMQIAEgAikDCDcDCCABIAIpAwA3AwAgAEEIaiAEQQhqEJYCIAAoAgwhBSAAKAIIIgIQswEgAiAKNwIIIAJBoInAADYCBCACIAE2AgAgBSAFKAIAQQFqNgIAIAQQnAMgAEEwaiQAIANBHGoQuwILIANBGGoQiQIgA0FAayQADwtBwIHAAEEcEJ4DAAuNAgEBfwJAIAAoAgAiAUGHgICAeEYNAAJAAkACQAJAAkACQEEBIAFBgICAgHhzIAFBAE4bDgYBAgMEBQYACyAAQQRqEJcDDwsgAEEEahC1AiAAKAIQQQJGBEACQAJAAkACQEEEIAAoAhQiAUGAgICAeHMgAUEAThsOBAkBAgMACyAAQRRqEJcDDwsgAEEYahDVAg8LIABBGGoQ1QIPCyAAQRhqENcCDwsgAEEYahCeAiAAQRBqENcCDwsgAEEkahDVAiAAEJIDIABBDGoQkgMgAEEYahCSAyAAQShqENUCDwsgAEEEahC8Ag8LIABBBGoQvAIPCyAAQRBqELwCIABBBGoQkgMgAEEUahDVAgsLtgMBA38gAEHQAWoQiQIgAEGUAWoQkgMgACgCiAFBAkcEQCAAQYgBahC1AgsgAEGgAWoQkgMgAEGsAWoQmAMgAEG4AWoiAyIBKAIIIQIgASgCBCEBA0AgAgRAIAJBAWshAiABEPYCIAFBHGohAQwBCwsgA0EEQRwQzAEgAEHEAWoiAyIBKAIIIQIgASgCBCEBA0AgAgRAIAJBAWshAiABEPQCIAFBEGohAQwBCwsgAxCaAyAAQeAAaiIDIgEoAgghAiABKAIEIQEDQCACBEAgAkEBayECIAEQ3QIgAUEgaiEBDAELCyADQQRBIBDMASAAQfAAaiIDIgEoAgghAiABKAIEIQEDQCACBEAgAkEBayECIAEQVCABQSxqIQEMAQsLIANBBEEsEMwBIABBlAJqEM0BIABBCGoQ4QEgAEHYAWoQ1QIgAEHcAWoQ1QIgAEHgAWoQ1QIgAEHkAWoQ1QIgAEHoAWoQ1QIgAEHsAWoQ1QIgAEHwAWoQ1QIgAEH0AWoQ1QIgAEH4AWoQ1QIgAEH8AWoQ1QIgAEEgahDuAiAAQYQCahDVAiAAQYgCahDVAiAAQYwCahDVAgvmAQEGfyMAQSBrIgIkAAJAIAAoAgAiBkEBRgRAIAIgACgCBDYCHCACQYEINgIQIAIgAkEcaiIEIAJBEGoiBSABEIkBIAIoAgQhAyACKAIAIQEMAQsgAiAAKAIENgIYIAJBgQg2AhwgAkGBCDYCECACQQhqIAJBGGoiBCACQRxqIgUgAkEQaiIHIAEQhAEgAigCDCEDIAIoAgghASAHENUCCyAFENUCIAQQ1QIgAiABNgIQIAIgAzYCFAJAIAFBAUYEQCADENQBDAELIAJBFGoQ1QILIAYEQCAAQQhqENUCCyACQSBqJAAL8wQDBn8BfgFvIwBBIGsiAyQAIANBEGogARDkAQJAAkAgAygCECICQYCAgIB4RgRAQQAhAQwBCyADIAMpAhQiCDcCBCADIAI2AgAgAEGMAWoiBCAIpyIFIAhCIIinIgYQgAEiAgRAIAIoAgAiASABKAIAQQFqIgA2AgAgAEUNAiADEJIDDAELIwBBQGoiAiQAIABBmAFqEJ8CIQAgAkEUaiIHIAUgBhCGASABEFohASACQoCAgICAgAE3AjggAkIENwIwIAJCADcCKCACIAE2AiQgAiAANgIgQQRBNBDMAiIBQoGAgIAQNwIAIAFBCGogB0Es/AoAACABIAEoAgBBAWoiADYCACAARQRAAAsgARCFAxAMIQkQUiIFIAkmASACQQhqIAFBLGpBgJjAABCXAiACKAIMIQAgAigCCCIGENUCIAYgBTYCACAAIAAoAgBBAWo2AgAgAkFAayQAIAMpAgAhCCADKAIIIQAgASABKAIAQQFqIgI2AgAgAyAANgIYIAMgCDcDECACRQ0BIAMCfyMAQRBrIgAkACAAQQhqIAQgA0EQaiICKAIEIAIoAggQbgJAAkAgACgCCEEBRgRAIAAoAgwiBSAEKAIIIgZPDQIgBCgCBCAFQQR0aiIFKAIMIQQgBSABNgIMIAIQkgMMAQsgBCgCCCIFIAQoAgBGBEAgBBC8AQsgBCgCBCAFQQR0aiIGIAIoAgg2AgggBiACKQIANwIAIAYgATYCDCAEIAVBAWo2AghBACEECyAAQRBqJAAgBAwBCyAFIAZB4JfAABCkAQALIgA2AgwgAEUNACADQQxqELwCCyADQSBqJAAgAQ8LAAvmAQIDfwF+IwBBIGsiBSQAQQEhB0EEIQYCQAJAIAStIAKtfiIIQiCIpw0AIAinIgJBgICAgHggA2tLDQAgBUEUaiABIAMgBBDAAQJ/IAUoAhgEQCAFKAIcIgFFBEAgBUEIaiADIAIQ7gEgBSgCCCEEIAUoAgwMAgsgBSgCFCABIAMgAhDxAiEEIAIMAQsgBSADIAIQ7gEgBSgCACEEIAUoAgQLIARFBEAgACADNgIEQQghBgwCCyAAIAQ2AgRBACEHQQghBiECDAELQQAhAgsgACAGaiACNgIAIAAgBzYCACAFQSBqJAAL9AECA38CfiMAQTBrIgQkACAEQQhqIAEgAiADEG8CQAJAIAQoAghBAUYEQCAEKAIMIgIgASgCCCIDTw0CIAQgASgCBCIFIAJBHGxqIgIpAgA3AxAgBCACKQIINwMYIAQgAikCEDcDICAEIAIoAhg2AiggBSADQQFrIgZBHGxqIgMpAgghByADKQIQIQggAygCGCEFIAIgAykCADcCACACIAU2AhggAiAINwIQIAIgBzcCCCABIAY2AgggACAEKQIkNwIIIAAgBCkCHDcCACAEQRBqEJIDDAELIABBgICAgHg2AgALIARBMGokAA8LIAIgAxCiAQAL+QECBX8BbyMAQUBqIgEkABAkIQYQUiICIAYmASABIAI2AgwgAUEFNgIsIAFB8ojAADYCKCABQQQ2AiQgAUHdiMAANgIgIAFBAjYCHCABQeeIwAA2AhgDQCADQRhHBEAgASAAIAFBEGogA2oiAkEIaigCACIEIAJBDGooAgAiAhDZATYCMCABQTBqIgUQjANFBEAgASAEIAIQ2wI2AjwgAUE0aiICIAFBDGogAUE8aiIEIAUQhwEgAhDYAiAEENUCCyADQQhqIQMgAUEwahDVAgwBCwsgAUEMaiIAKAIAJQEQBCEGEFIiAyAGJgEgABDVAiABQUBrJAAgAwuhAgEDfyMAQdAAayICJAAgAiABNgIUIAJBCGogABCmASACKAIIIgEEQCACKAIMIQMjAEEQayIAJAAgAEEIaiACQRRqKAIAJQEQGCAAKAIIIQQgACAAKAIMNgIEIAAgBDYCACACQShqIAAoAgAgACgCBBD9ASAAQRBqJAACQCACKAIwBEAgAiACKAIwNgIgIAIgAikCKDcDGAwBCyACQTRqIgBB85LAAEEYEIYBIAAgAkEUaigCACUBEBetQv//A4MQYyACIAIoAjw2AkggAiACKQI0NwNAIAJBQGtBi5PAAEEBEMYBIAIgAigCSDYCICACIAIpA0A3AxggAkEoahCSAwsgASACQRhqIAMoAhgRAQALIAJBFGoQ1QIgAkHQAGokAAuJAwEFfyMAQTBrIgQkACAEIAI2AhggBCABNgIUIARBCGogAEHYkMAAEJcCIAQoAggiBigCCCIAQQFrIQEgAEEUbCECIAYoAgQhACAEKAIMIQgCQANAIAJFDQECQCAAIAJqIgVBFGsgBEEUahCTAgRAIAQgBUEIaxCdAjYCHCAEQRxqIgUgAxDvAiAFENUCDQELIAFBAWshASACQRRrIQIMAQsLIARBHGohAiMAQSBrIgAkACAAQQxqIQMCQCAGKAIIIgcgAUsEQCADIAYoAgQgAUEUbGoiBSkCADcCACADIAUpAgg3AgggAyAFKAIQNgIQIAcgAUF/c2pBFGwiAwRAIAUgBUEUaiAD/AoAAAsgBiAHQQFrNgIIDAELIANBgICAgHg2AgALAkAgACgCDEGAgICAeEcEQCACIAAoAhw2AhAgAiAAKQIUNwIIIAIgACkCDDcCACAAQSBqJAAMAQsgASAGKAIIQeiQwAAQowEACyACEPcCCyAIIAgoAgBBAWo2AgAgBEEwaiQAC+kBAQJ/IwBBMGsiBCQAIAEoAgghBSABKAIEIQEgBEEIaiACQTBqQfyOwAAQ6QEgBCgCDCECIAQoAghBgAFqIAEgBRD3ASEBIAIgAigCAEEBazYCAAJAIAFFBEAgBEEHNgIgIARBIGoQ8wIhASAAQYCAgIB4NgIAIAAgATYCBAwBCyAEQRRqIAMQjwEgBCgCFEGAgICAeEcEQCAAIAQoAhw2AgggACAEKQIUNwIADAELIARBJGpBnIrAAEEUEIYBIARBADYCICAEQSBqEPMCIQEgAEGAgICAeDYCACAAIAE2AgQLIARBMGokAAuUAgEFfyMAQSBrIgUkAAJ/IAMQhwMiBgRAIAVBCGogAUGMkMAAEJcCIAUoAgwhByAFKAIIIQMgBhCdAiEIIAMoAggiBiADKAIARgRAIwBBEGsiASQAIAFBCGogAyADKAIAQQFBBEEUEGAgASgCCCIJQYGAgIB4RwRAIAkgASgCDBDUAgALIAFBEGokAAsgAygCBCAGQRRsaiIBIAIoAgg2AgggASACKQIANwIAIAEgBDoAECABIAg2AgwgAyAGQQFqNgIIIAcgBygCAEEBajYCAEEADAELIAVBFGpBnJDAAEEaEIYBIAVBADYCECAFQRBqEPMCIQEgAhCSA0EBCyECIAAgATYCBCAAIAI2AgAgBUEgaiQAC+gBAgJ/AX4jAEEwayICJAAgASgCAEGAgICAeEYEQCABKAIMIQMgAkEANgIsIAJCgICAgBA3AiQgAkEkakGUncAAIAMoAgAiAygCACADKAIEEEMaIAIgAigCLCIDNgIgIAIgAikCJCIENwMYIAEgAzYCCCABIAQ3AgALIAEoAgghAyABQQA2AgggASkCACEEIAFCgICAgBA3AgAgAiADNgIQIAIgBDcDCEEMQQQQkAMiAUUEQEEEQQwQoAMACyABIAIoAhA2AgggASACKQMINwIAIABBlJ7AADYCBCAAIAE2AgAgAkEwaiQAC6wBAQN/IwBBEGsiBiQAAkAgBUUNACACIANqIgIgA0kNACAGQQRqIAEgAiABKAIAQQF0IgMgAiADSxsiAkEIQQRBASAFQYEISRsgBUEBRhsiByACIAdLGyICIAQgBRBYIAYoAgRBAUYEQCAGKAIMIQcgBigCCCEIDAELIAYoAgghAyABIAI2AgAgASADNgIEQYGAgIB4IQgLIAAgBzYCBCAAIAg2AgAgBkEQaiQAC7kDAgZ/AW8jAEEgayICJAAgAkIANwIQIAJBBDYCDCACQgA3AgQgAkEAOgAYQSAQygIiA0KBgICAEDcCACADIAJBBGoiBCkCADcCCCADIAQpAgg3AhAgAyAEKQIQNwIYIAICfwJAAkACQEH0ocAAKAIAQQFrDgIAAQILQfihwAAMAgsQjgMACwJ/IwBBEGsiASQAQfShwAAoAgAhBUH0ocAAQQI2AgAgAUH4ocAAKAIAIgY2AgwgASAFNgIIIAVFBEBB+KHAACAGEQkANgIAQfShwABBATYCACABQRBqJABB+KHAAAwBCyABQQhqIgAoAgBBAUYEQCAAQQRqENUCC0GEm8AAENoCAAsLEJ0CIgE2AgQgASUBEC0hBxBSIgEgByYBIAIgATYCHCACQRxqIgEQiwMhBSABENUCIAQQ1QIgAkGACDYCBCAEKAIAJQEQKiEHEFIiBCAHJgEgAyADKAIAQQFqIgE2AgAgAUUEQAALQQQQygIiASADNgIAIAFBhJrAABA6IQcQUiIBIAcmASAAIAU6AAwgACABNgIIIAAgBDYCBCAAIAM2AgAgAkEEahDVAiACQSBqJAALlQIBAn8jAEEgayIFJABB5KLAAEHkosAAKAIAIgZBAWo2AgACQAJAAkACQAJ/QQAgBkEASA0AGkEBQdCiwAAtAAANABpB0KLAAEEBOgAAQcyiwABBzKLAACgCAEEBajYCAEECC0H/AXEOAwMBAAELQdiiwAAoAgAiBkEASA0CQdiiwAAgBkEBajYCAEHcosAAKAIARQ0BIAVBCGogACABKAIUEQEAIAUgBDoAHSAFIAM6ABwgBSACNgIYIAUgBSkDCDcCEEHcosAAKAIAIAVBEGpB4KLAACgCACgCFBEBAAwBCyAFIAAgASgCGBEBAAwBC0HYosAAQdiiwAAoAgBBAWs2AgBB0KLAAEEAOgAAIANFDQAACwALpAECA38BfiMAQSBrIgMkACADQQA2AhggA0IANwMQIANCADcDCEETIQICQANAIAJBE0sNASADQQhqIAJqIAEgAUIKgCIFQgp+fadBMHI6AAAgAkEBayECIAFCCVYgBSEBDQALIAJBE2shAiADQRxqIQQDQCACBEAgACACIARqLQAAEJABIAJBAWohAgwBCwsgA0EgaiQADwtBf0EUQaCXwAAQpAEAC7IDAQl/IwBBIGsiBCQAAkAgAQRAIAQgAjYCHCAEIAE2AhggBEEQaiAAQfyPwAAQlwIgBCgCFCEIIAQoAhAhBiMAQRBrIgckACAHIARBGGo2AgxBACEAIwBBEGsiBSQAIAUgB0EMajYCDAJAIAYoAggiCUUNACAGKAIEIgohAwNAIAVBDGogAxCDAwRAIANBFGohAyAJIABBAWoiAEcNAQwCCwsgAxD3AiAKQRRqIQsgACECA0AgAEEBaiEBIAsgAEEUbGohAwNAIAEgCU8EQCAGIAI2AggMAwsgBUEMaiADEIMDRQRAIAFBAWohASADEPcCIANBFGohAwwBCwsgCiACQRRsaiIAIAMoAhA2AhAgACADKQIINwIIIAAgAykCADcCACACQQFqIQIgASEADAALAAsgBUEQaiQAIAdBEGokACAIIAgoAgBBAWo2AgAMAQsgBEEIaiAAQeyPwAAQlwIgBCgCCCIAKAIIIQEgBCgCDCECIABBADYCCCAAKAIEIQADQCABBEAgAUEBayEBIAAQ9wIgAEEUaiEADAELCyACIAIoAgBBAWo2AgALIARBIGokAAv7AQICfwFvIwBBEGsiAiQAAkAgARCHAyIDBEAgAxCdAiEBIABBgAg2AhAgACABNgIIIABCADcCAAwBCwJAAkAgARCMA0UEQCABEIgDRQ0BCyACQQA2AgAgAiACNgIMIAJBDGpBjInAABAJIQQQUiIBIAQmASACKAIAQQFxRQ0BIAAgATYCECAAIAIpAgQ3AgggAEKAgICAEDcCAAwCCyAAQQhqQYSLwABBGhCGASAAQgE3AgAMAQsjAEEQayIAJAAgAEEdNgIEIABBnovAADYCACAAIACtQoCAgICQD4Q3AwhBk4PAACAAQQhqQbyLwAAQzwEACyACQRBqJAALzwEBAn8jAEEgayICJAACQAJAAkACQAJAAkACQCABKAIAQQJrDgYAAQIDBQQFCyAAQcyWwABBDhCGAQwFCyACQQRqIgNB2pbAAEEYEIYBIAMgATUCBBBjIAIgAigCDDYCGCACIAIpAgQ3AxAgAkEQakHylsAAQQMQxgEgACACKAIYNgIIIAAgAikDEDcCAAwECyAAQfWWwABBDxCGAQwDCyAAQYSXwABBDxCGAQwCCyAAQZOXwABBCRCGAQwBCyAAIAFBBGoQmgELIAJBIGokAAumAwEIfyMAQUBqIgUkACABKAJ8IQcgASgCeCEEIAFCCDcDeCABKAJ0IQYgAUEANgJ0IAUgBjYCOCAFIAQ2AjAgBSAENgI0IAUgBCAHQQZ0ajYCPCMAQTBrIgQkACAEQQA2AhAgBEKAgICAgAE3AgggBEEANgIcIARCgICAgIABNwIUIAQgAzYCJCAEIAI2AiAgBCAEQRRqNgIsIAQgBEEIajYCKCMAQUBqIgIkACAFQTBqIgcoAgQhAyAHKAIMIQggBEEgaiIGKAIIIQkgBigCDCEKIAYoAgQhCyAGKAIAIQYDQCADIAhHBEAgAiADQcAA/AoAACAHIANBQGsiAzYCBCAJIAogBiACIAsoAhQRAgAbIAIQ3AEMAQsLIAcQkgEgAkFAayQAIAVBGGoiAiAEKAIQNgIIIAIgBCkCCDcCACACIAQpAhQ3AgwgAiAEKAIcNgIUIARBMGokACAAIAUoAiA2AgggACAFKQIYNwIAIAUgBSkCJDcDCCAFIAUoAiw2AhAgAUH0AGoQmAMgASAFKAIQNgJ8IAEgBSkDCDcCdCAFQUBrJAALgQIBBn8jAEEQayIDJAAgAiABIAJqIgRLBEBBAEEAENQCAAsgA0EEaiEFIAAoAgAiAiEGIAAoAgQhCEEBIQdBBCEBAkBBCCAEIAJBAXQiAiACIARJGyICIAJBCE0bIgQiAkH/////B0sEQEEAIQIMAQsCQAJAAn8gBgRAIAggBkEBIAIQ8QIMAQsgAkUEQEEBIQEMAgsgAkEBEJADCyIBDQAgBUEBNgIEDAELIAUgATYCBEEAIQcLQQghAQsgASAFaiACNgIAIAUgBzYCACADKAIEQQFGBEAgAygCCCADKAIMENQCAAsgAygCCCEBIAAgBDYCACAAIAE2AgQgA0EQaiQACwMAAAuHAQEDfyADQX9zIQVBsKLAACgCACABQQJ0aiEBIAACfwNAQQAgASgCACIBRQ0BGiABIAEoAgxqIgYgASADaiAFcSIEIAJqSQ0ACyABELQBAkAgASAERgRAIAFBBGsiASABKAIAQQJzNgIADAELIAEgBBB1CyAAIAY2AgggACAENgIEQQELNgIACwMAAAuQAgEEfyMAQSBrIgIkACACIAFB4InAAEEHENkBNgIcIAJBEGogAkEcahCPAQJAIAIoAhBBgICAgHhHBEAgAiACKAIYNgIIIAIgAikCEDcDAAwBCyACIAEQjwEgAkEQahDfAgsCQCACKAIAQYCAgIB4RwRAIAAgAigCCDYCCCAAIAIpAwA3AgAMAQsgARCdAiEDIwBBEGsiASQAIAEgAzYCDCMAQRBrIgQkACAEQQRqIgMgAUEMaiIFEI8BAkAgAygCAEGAgICAeEcEQCAAIAMoAgg2AgggACADKQIANwIADAELQZScwABBMRCeAwALIARBEGokACAFENUCIAFBEGokAAsgAkEcahDVAiACQSBqJAALmQECBH8BbyMAQSBrIgEkACABQQxqIgIgABBmIAEoAhAgASgCFBAjIQUQUiIDIAUmASABIAM2AgggAhCSAyABQdyLwABBBBDbAjYCGCABIAAoAgBBAnQiACgC8JhAIAAoAtCYQBDbAjYCHCACIAFBCGogAUEYaiIAIAFBHGoiBBCHASACENgCIAQQ1QIgABDVAiABQSBqJAAgAwuEAQECfyMAQRBrIgQkACAEIAM2AgggBCACNgIEIAEoAghBBHQhAyABKAIEIQFBACECA0ACQCADBEAgBCABNgIMIARBDGogBEEEahD/AUUNAUEBIQULIAAgAjYCBCAAIAU2AgAgBEEQaiQADwsgA0EQayEDIAJBAWohAiABQRBqIQEMAAsAC4QBAQJ/IwBBEGsiBCQAIAQgAzYCCCAEIAI2AgQgASgCCEEcbCEDIAEoAgQhAUEAIQIDQAJAIAMEQCAEIAE2AgwgBEEMaiAEQQRqEP8BRQ0BQQEhBQsgACACNgIEIAAgBTYCACAEQRBqJAAPCyADQRxrIQMgAkEBaiECIAFBHGohAQwACwALhgEBA38jAEEQayIDJAAgAyABQQhqNgIIIAEoAgAhAiABKAIEIQQCfwJAA0AgAiAERg0BIAMgAjYCDCABIAJBFGoiAjYCACADQQhqIANBDGoQ8gJFDQALIAJBFEYNACACQQhrEJ0CIQJBAQwBC0EACyEBIAAgAjYCBCAAIAE2AgAgA0EQaiQAC40BAQJ/AkAgAQRAIAEoAgAiAkH/////B08EQCAAQc8ANgIIIABB2oDAADYCBCAAQQA2AgAPCyABIAJBAWo2AgAgAUEIayICIAIoAgBBAWoiAzYCACADRQ0BIAAgAjYCCCAAIAE2AgQgACABQQRqNgIADwsgAEEbNgIIIABBv4DAADYCBCAAQQA2AgAPCwALigEBAn8jAEEQayIDJAAgAyACNgIMIAMgATYCCCADIABByJDAABDqASADKAIEIQQCQCADKAIAIgEoAggiAEUEQEEAIQEMAQsgASgCBCECQQAhAQNAIAIgA0EIahCTAiABaiEBIAJBFGohAiAAQQFrIgANAAsLIAQgBCgCAEEBazYCACADQRBqJAAgAQvEAQECfyMAQRBrIgEkACAALQAUIQIgAEEAOgAUAkAgAkEBRw0AIABBABCvAiAAQQAQsgIgAEEAELACIABBABCxAiAAKAIAJQEQEUH//wNxQQJPDQAjAEEQayICJAAgACgCACUBQegHQdeOwABBBRAWIAJBCGoQqwIgAigCDCEAIAEgAigCCEEBcTYCACABIAA2AgQgAkEQaiQAIAEgASgCBDYCDCABIAEoAgAiADYCCCAARQ0AIAFBDGoQ1QILIAFBEGokAAu7AwIJfwFvIwBBEGsiBSQAIAUgACgCACIIQQhqQYScwAAQlwIgBSgCBCEJIAUoAgAiAigCDCIEIAIoAgAiA0YEQCACKAIAIQQjAEEQayIDJAAgA0EIaiACIAIoAgBBAUEEQQQQYCADKAIIIgZBgYCAgHhHBEAgBiADKAIMENQCAAsgA0EQaiQAAkAgAigCCCIGIAQgAigCDCIHa00NACAEIAZrIgMgByADayIHSyACKAIAIgogBGsgB09xRQRAIAogA2shBCADQQJ0IgMEQCACKAIEIgcgBEECdGogByAGQQJ0aiAD/AoAAAsgAiAENgIIDAELIAdBAnQiA0UNACACKAIEIgYgBEECdGogBiAD/AoAAAsgAigCACEDIAIoAgwhBAsgAiAEQQFqNgIMIAIoAgQgAigCCCAEaiICIANBACACIANPG2tBAnRqIAE2AgAgCSAJKAIAQQFqNgIAIAgtABwhASAIQQE6ABwCQCABDQAgAC0ADEUEQCAAQQRqKAIAJQEgAEEIaigCACUBEBwhCxBSIgAgCyYBIAUgADYCDCAFQQxqENUCDAELIAAoAgglARAsCyAFQRBqJAALigEBBH8gASAAayIDEPkBIQICQEGwosAAKAIAQT8gAiACQT9PGyIEQQJ0aiICKAIAIgVFBEAgAiAANgIAQaiiwABBqKLAACkDAEIBIASthoQ3AwAMAQsgAiAANgIAIAUgADYCBAsgACADNgIMIAAgBDYCCCAAIAI2AgQgACAFNgIAIAFBBGsgAzYCAAsDAAALkQECAn8BfiMAQSBrIgIkACABKAIAQYCAgIB4RgRAIAEoAgwhAyACQQA2AhwgAkKAgICAEDcCFCACQRRqQZSdwAAgAygCACIDKAIAIAMoAgQQQxogAiACKAIcIgM2AhAgAiACKQIUIgQ3AwggASADNgIIIAEgBDcCAAsgAEGUnsAANgIEIAAgATYCACACQSBqJAALYQEDfyAAIAFBE2pBcHFqIgFBBGsoAgAhAwJAIABBBGsiBCgCACICQQFxRQRAIAAgAmsiABC0AQwBCyAEIAJBAnI2AgALIAAgA0ECcQR/IAEoAgwgARC0ASABagUgAQsQdQuuAgEHfyMAQSBrIgMkACADIAI2AhAgAyABNgIMIAMgAEH4kMAAEOoBIAMgAygCACIAKAIEIgE2AhQgAyABIAAoAghBFGxqNgIYIAMgA0EMajYCHCADKAIEIQQjAEEQayICJAAgAhDwAiIGNgIMIAJBDGohByMAQSBrIgAkACAAIANBFGoiASgCCDYCECAAIAEpAgA3AwggAEEQaiEIA0AgACAINgIYIAAoAgghASAAKAIMIQkCQANAIAEgCUYNASAAIAE2AhwgAUEUaiEBIABBGGogAEEcaiIFEPICRQ0ACyAAIAE2AgggAUEURg0AIAAgAUEIaxCdAjYCHCAHIAUQ+wIgBRDVAgwBCwsgAEEgaiQAIAJBEGokACAEIAQoAgBBAWs2AgAgA0EgaiQAIAYLAwAACwMAAAsDAAALAwAAC2sBAX8jAEEQayIEJAAgBEEANgIIIAQgAzYCDCABBEAgBCABIAMgAigCEBEDACAEKAIEIQEgACAEKAIAIgI2AgQgACABQQAgAkEBcRs2AgAgBEEQaiQADwsgBEEIahDhAkGYmsAAQTIQngMAC2sBAn8jAEEQayIBJAAgAC0AHEEBcUUEQCABIAAoAgg2AgggASAAKQIANwMAIAFBgAg2AgwgASAAQQxqIgIgAUEMaiIDEEogAxDVAiACEJ4CIABBAToAHCABQRBqJABBAA8LQcyLwAAQjwMAC2QBAX8jAEEQayIDJAAgA0EIaiAAIAEgAhBuQQAhAgJAIAMoAghBAUYEQCADKAIMIgEgACgCCCICTw0BIAAoAgQgAUEEdGpBDGohAgsgA0EQaiQAIAIPCyABIAJB0JfAABCkAQALgwEBAX8CQCAAQYQITwRAIADQbyYBQZCiwAAoAgANAUGQosAAQX82AgAgAEGkosAAKAIAIgFJDQEgACABayIAQZyiwAAoAgBPDQFBmKLAACgCACAAQQJ0akGgosAAKAIANgIAQaCiwAAgADYCAEGQosAAQZCiwAAoAgBBAWo2AgALDwsAC2gBBX8jAEEQayICJAAgAiAAQQhqNgIMIAAoAgAhASAAKAIEIQQDQAJAIAEgBEYEQEEAIQMMAQsgACABQQRqIgU2AgAgAkEMaigCACgCACABEFchAyAFIQEgA0UNAQsLIAJBEGokACADC2QBAX8jAEEQayIDJAAgAQRAIANBCGogASACKAIQEQEAIAMoAgwhASAAIAMoAggiAjYCCCAAIAFBACACQQFxIgIbNgIEIABBACABIAIbNgIAIANBEGokAA8LQZiawABBMhCeAwALcQIBfwFvIwBBEGsiBSQAIAEoAgAlASACKAIAJQEgAygCACUBIAQoAgAlARAHIQYQUiIBIAYmASAFQQhqEKsCQQEhBCAAAn8gBSgCCEEBRgRAIAUoAgwMAQtBACEEIAELNgIEIAAgBDYCACAFQRBqJAALbwEBfyMAQRBrIgMkAAJAIAEEQCADQQRqIAEgAhD9ASADKAIEQYCAgIB4RgRAIAAgAykCCDcCBCAAQYGAgIB4NgIADAILIAAgAygCDDYCCCAAIAMpAgQ3AgAMAQsgAEGAgICAeDYCAAsgA0EQaiQAC2ABA38jAEEQayIDJAAgA0EIaiACQQFBARCfASADKAIIIQUgAygCDCEEIABBADYCCCAAIAQ2AgQgACAFNgIAIAIEQCACBEAgBCABIAL8CgAACyAAIAI2AggLIANBEGokAAtoAQF/IwBBEGsiBCQAIAEoAgAlASACKAIAJQEgAygCACUBECshASAEQQhqEKsCQQEhAwJAIAQoAghBAUYEQCAAIAQoAgw2AgQMAQtBACEDIAAgAUEARzoAAQsgACADOgAAIARBEGokAAtvAQF/AkACQAJAAkACQAJAIAAoAgAiAC0AFEEBaw4DAQIBAAsgAEEIaigCAEH/////B08NAyAAKAIMDQILDwsgAEEDOgAUDwsgACAAKAIAQQFqIgE2AgAgAUUNASAAQQE6ABQAC0G0m8AAEIMCCwALagIBfwFvIwBBEGsiBCQAIAEoAgAlASACKAIAJQEgAygCACUBEAYhBRBSIgEgBSYBIARBCGoQqwJBASEDIAACfyAEKAIIQQFGBEAgBCgCDAwBC0EAIQMgAQs2AgQgACADNgIAIARBEGokAAsDAAALAwAAC+gBAgV/AX4jAEEQayIDJAAgACgCACIAIAAoAgBBAWoiATYCACABBEAgA0EAOgAMIAMgADYCCCMAQTBrIgAkACAAQgA3AhggAEEBOgAsIABBGGoQmAIiASABKAIAQQFqIgI2AgAgAkUEQAALIABBEGogARDiAiAAKQMQIQZBBEEIEMwCIgUgA0EIaikCADcCACAAQQhqIAFBCGoQlgIgACgCDCEEIAAoAggiAhCzASACIAY3AgggAkHAicAANgIEIAIgBTYCACAEIAQoAgBBAWo2AgAgARCcAyAAQTBqJAAgA0EQaiQADwsAC8ICAgF/AX4jAEEgayIDJAAgAyACNgIEIAMgATYCACADIAA2AhggAyADQR9qIgA2AhQgAyAANgIQIAMgA0EEajYCDCADIAM2AggjAEHQAGsiACQAIABBGGogA0EIaiIBKAIQEHEgAEEkaiABKAIAKAIAIAEoAgQoAgAQ/QECQCAAKAIYBEAgACgCJEGAgICAeEcNAQsgAEEQaiAAQSRqEN4BIAAoAhAhAiAAKAIUIQMgAEEIaiAAQRhqEPABIAAoAggiASACIAEbIgJBASACGyAAKAIMIAMgARtBACACGxCeAwALIAAgACgCIDYCOCAAIAApAhgiBDcDMCAAIAApAiQ3A0AgACAAKAIsNgJIIASnKAIAQRxqIABBQGsiASgCBCABKAIIEHIgARCSAyAAQTBqEMcCIABB0ABqJAAgA0EgaiQAC8ICAgF/AX4jAEEgayIDJAAgAyACNgIEIAMgATYCACADIAA2AhggAyADQR9qIgA2AhQgAyAANgIQIAMgA0EEajYCDCADIAM2AggjAEHQAGsiACQAIABBGGogA0EIaiIBKAIQEHEgAEEkaiABKAIAKAIAIAEoAgQoAgAQ/QECQCAAKAIYBEAgACgCJEGAgICAeEcNAQsgAEEQaiAAQSRqEN4BIAAoAhAhAiAAKAIUIQMgAEEIaiAAQRhqEO8BIAAoAggiASACIAEbIgJBASACGyAAKAIMIAMgARtBACACGxCeAwALIAAgACgCIDYCOCAAIAApAhgiBDcDMCAAIAApAiQ3A0AgACAAKAIsNgJIIASnKAIAQShqIABBQGsiASgCBCABKAIIEHIgARCSAyAAQTBqEMYCIABB0ABqJAAgA0EgaiQAC2cBAn8jAEEQayICJAAgAkEIaiABKAIAJQEQNQJAIAIoAggiAUUEQEGAgICAeCEBDAELIAIgASACKAIMEMgBIAIoAgAhAyAAIAIoAgQiATYCCCAAIAM2AgQLIAAgATYCACACQRBqJAAL8gEBBn8gACgCCCEGIAACf0EBIAFBgAFJDQAaQQIgAUGAEEkNABpBA0EEIAFBgIAESRsLIgcQswIgACgCBCAAKAIIaiECAkAgAUGAAU8EQCABQT9xQYB/ciEEIAFBBnYhAyABQYAQSQRAIAIgBDoAASACIANBwAFyOgAADAILIAFBDHYhBSADQT9xQYB/ciEDIAFB//8DTQRAIAIgBDoAAiACIAM6AAEgAiAFQeABcjoAAAwCCyACIAQ6AAMgAiADOgACIAIgBUE/cUGAf3I6AAEgAiABQRJ2QXByOgAADAELIAIgAToAAAsgACAGIAdqNgIIC1wBAX8jAEEQayIEJAAgBEEANgIAIAQgAjYCBCAEIAM2AgwgBEEANgIIIAAEQCAAIAIgAyABKAIQEQMAIARBEGokAA8LIARBCGoQ4QIgBBDhAkGYmsAAQTIQngMAC34BAn8jAEEQayICJAAgAiAANgIMIAAoAgwgACgCBCIBa0EGdiEAA0AgAARAIABBAWshACABEOACIAFBQGshAQwBCwsjAEEQayIAJAAgACACQQxqKAIAIgEoAgA2AgwgACABKAIINgIIIABBCGoQlgMgAEEQaiQAIAJBEGokAAu1AQEGfyMAQRBrIgUkACMAQRBrIgYkACAGEPACIgc2AgwgBkEMaiEIIAMgBEECdGohCSMAQRBrIgQkAANAIAMgCUcEQCAEIAMoAgAQnQI2AgwgCCAEQQxqIgoQ+wIgA0EEaiEDIAoQ1QIMAQsLIARBEGokACAGQRBqJAAgBSAHNgIEIAVBCGogACABIAIgBUEEahBLIAUtAAhBAUYEQCAFKAIMENQBCyAFQQRqENUCIAVBEGokAAtSAQJ/IwBBEGsiAiQAAkAgAARAIABBCGsiACgCACEDIAIgADYCDCACQQxqELkCIAFFIANBAUdxDQEgAkEQaiQADwsQnQMAC0GAgMAAQT8QngMAC1IBAn8jAEEQayICJAACQCAABEAgAEEIayIAKAIAIQMgAiAANgIMIAJBDGoQtwIgAUUgA0EBR3ENASACQRBqJAAPCxCdAwALQYCAwABBPxCeAwALUgECfyMAQRBrIgIkAAJAIAAEQCAAQQhrIgAoAgAhAyACIAA2AgwgAkEMahC6AiABRSADQQFHcQ0BIAJBEGokAA8LEJ0DAAtBgIDAAEE/EJ4DAAtSAQJ/IwBBEGsiAiQAAkAgAARAIABBCGsiACgCACEDIAIgADYCDCACQQxqELgCIAFFIANBAUdxDQEgAkEQaiQADwsQnQMAC0GAgMAAQT8QngMAC1wCAn8BbyMAQRBrIgIkACABKAIAJQEQHiEEEFIiAyAEJgEgAkEIahCrAkEBIQEgAAJ/IAIoAghBAUYEQCACKAIMDAELQQAhASADCzYCBCAAIAE2AgAgAkEQaiQAC1QBAX8CQAJAIAAoAgAgACgCCCIDayACSQRAIAAgAyACEGggACgCCCEDDAELIAJFDQELIAJFDQAgACgCBCADaiABIAL8CgAACyAAIAIgA2o2AghBAAtbAQJ/AkACQCABKAIIIgJFBEBBASEBDAELIAEoAgQhAyACQQEQkAMiAUUNASACRQ0AIAEgAyAC/AoAAAsgACACNgIIIAAgATYCBCAAIAI2AgAPC0EBIAIQ1AIAC1IBAn8CQCAAKAIAIgFBf0YNACABIAEoAgRBAWsiAjYCBCACDQBBBCAAKAIEIgIoAggiACAAQQRNGyEAIAEgACACKAIEakEHakEAIABrcRDcAgsLVwAjAEEgayIBJAAgAC0AGEEBcUUEQCABIAApAxA3AxggASAAKQMINwMQIAEgACkDADcDCCABQQhqEOEBIABBAToAGCABQSBqJABBAA8LQayPwAAQjwMAC14BAX8jAEEwayIDJAAgA0GAgICAeDYCBCADIAEoAgg2AhAgAyABKQIANwIIIAMgAikCADcCFCADIAIpAgg3AhwgAyACKQIQNwIkIABBOGogA0EEahDlASADQTBqJAALVgEBfyMAQRBrIgIkACACIAA2AgwgAiAAQThqQZCYwAAQlAIgAigCBCEAIAIoAgAgARDsASAAIAAoAgBBAWo2AgAgAkEMaiIAEEAgABC7AiACQRBqJAAL4QECBH8BfiMAQRBrIgUkACMAQRBrIgYkACAFQQRqIgQCfwJAAkACQCADrSABrX4iCEIgiKcNACAIpyIDQYCAgIB4IAJrSw0AIAMNASAEIAI2AgggBEEANgIEQQAMAwsgBEEANgIEDAELIAZBCGogAiADEO4BIAYoAggiBwRAIAQgBzYCCCAEIAE2AgRBAAwCCyAEIAM2AgggBCACNgIEC0EBCzYCACAGQRBqJAAgBSgCCCEBIAUoAgRBAUYEQCABIAUoAgwQ1AIACyAAIAUoAgw2AgQgACABNgIAIAVBEGokAAuHAQEDfyMAQRBrIgEkACABIAA2AgwgASAAQThqQaCYwAAQlAIgASgCBCECIAEoAgAhAyMAQTBrIgAkACADLQCcAUEBRgRAIABBhYCAgHg2AgQgA0E4aiAAQQRqEOUBCyAAQTBqJAAgAiACKAIAQQFqNgIAIAFBDGoiABBAIAAQuwIgAUEQaiQAC/YBAQV/IwBBEGsiAiQAIAIgADYCDCACIABBOGpBsJjAABCUAiACKAIEIQQgAigCACEDIwBBQGoiASQAIAMtAJwBRQRAIAFBBGoiBUHAlMAAQcgAEIYBIAUgAygCYCADKAJkEMYBIAEgASgCDDYCOCABIAEpAgQ3AzAgAUEwakGIlcAAQQEQxgEgASABKAI4NgIgIAEgASkDMDcCGCABQQE2AiwgAUGIlcAANgIoIAFBgICAgHg2AiQgAUEANgIQIANBKGogAUEQahCoAQsgAUFAayQAIAQgBCgCAEEBajYCACAAQQhqEEQgAkEMahC7AiACQRBqJAALVAEBfyMAQSBrIgIkACACIAE2AgwgAiAANgIIIAIgAkEMaq1CgICAgOAOhDcDGCACIAJBCGqtQoCAgIDgDoQ3AxBBpojAACACQRBqQciewAAQzwEACxQAIAAgASACQfeHwABBCEEMEK8DCxQAIAAgASACQd6CwABBDEEIEK8DC2sBBX8jAEEQayIBJAAgAUEIaiAAKAIAIgRBOGpB9IzAABCUAiABKAIMIQMgASgCCCMAQRBrIgIkACACQQI2AgAgAhBHIAJBEGokACADIAMoAgBBAWo2AgAgBEEIahBEIAAQjAEgAUEQaiQAC0kBA38CQCABKAIAIgJBf0YNACACKAIAIgRFDQAgAiAEQQFqIgM2AgAgA0UEQAALIAEoAgQhASACIQMLIAAgATYCBCAAIAM2AgALiQICBH8BfiMAQSBrIgIkACACQQA6ABwgAiAAKAIINgIIIAIgACkCADcDACACIAEpAgA3AgwgAiABKQIINwIUIwBBMGsiACQAIABCADcCGCAAQQE6ACwgAEEYahCYAiIBIAEoAgBBAWoiAzYCACADRQRAAAsgAEEQaiABEOICIAApAxAhBkEEQSAQzAIiAyACKQIYNwIYIAMgAikCEDcCECADIAIpAgg3AgggAyACKQIANwIAIABBCGogAUEIahCWAiAAKAIMIQUgACgCCCIEELMBIAQgBjcCCCAEQbCJwAA2AgQgBCADNgIAIAUgBSgCAEEBajYCACABEJwDIABBMGokACACQSBqJAALkQEBA38gACgCCCIDIAAoAgBGBEAjAEEQayICJAAgAkEIaiAAIAAoAgBBAUEEQSAQYCACKAIIIgRBgYCAgHhHBEAgBCACKAIMENQCAAsgAkEQaiQACyAAKAIEIANBBXRqIgIgASkCGDcCGCACIAEpAhA3AhAgAiABKQIINwIIIAIgASkCADcCACAAIANBAWo2AggLAwAACwMAAAsDAAALXwIBfwFvIwBBEGsiAiQAIAIgATYCDCACIAAQpgEgAigCACIABEAgAigCBCEBIAAgAkEMaigCACUBEBkhAxBSIgAgAyYBIAAgASgCEBEBAAsgAkEMahDVAiACQRBqJAALQwEDfwJAIAJFDQADQCAALQAAIgMgAS0AACIERgRAIABBAWohACABQQFqIQEgAkEBayICDQEMAgsLIAMgBGshBQsgBQtHAQF/IwBBEGsiAyQAIANBADYCCCADIAI2AgwgAARAIAAgAiABKAIQEQIAIANBEGokAA8LIANBCGoQ4QJBmJrAAEEyEJ4DAAsDAAALAwAACwMAAAtHAQF/IwBBEGsiAyQAIANBADYCCCADIAI2AgwgAARAIAAgAiABKAIQEQEAIANBEGokAA8LIANBDGoQ1QJBrILAAEEyEJ4DAAtLAQN/IAAoAgAiAgRAIAAoAgQiAygCACIBBEAgAiABEQAACyADKAIEIgEEQCADKAIIGiACIAEQ3AILIAAoAgwgACgCCCgCDBEAAAsLUgECfyAAKAIEIgIgACgCACIBNgIAIAEEQCABIAI2AgQLQbCiwAAoAgAgACgCCCIAQQJ0aigCAEUEQEGoosAAQaiiwAApAwBCASAArYaFNwMACwtJAQJ/IwBBEGsiAyQAIANBBGoiBEGck8AAQQkQhgEgBCABIAIQRiAEQf0AEJABIAAgAygCDDYCCCAAIAMpAgQ3AgAgA0EQaiQAC0YBAn8jAEEQayICJAAgAkEIaiAAIAEQlwIgAigCCCIBKAIAIAIoAgwhACABQYAINgIAIAAgACgCAEEBajYCACACQRBqJAALQwEBfyMAQRBrIgMkACADIAI2AgwgAyABNgIIIAFBAUYEQCADQQxqENUCCyAAIAI2AgQgACABQQFzNgIAIANBEGokAAtJAQJ/IwBBEGsiAyQAIANBBGoiBEGkksAAQRkQhgEgBCABIAIQxgEgACADKAIMNgIQIAAgAykCBDcCCCAAQgI3AgAgA0EQaiQAC0QBAn8jAEEQayIBJAAgAUEIaiAAQTBqQZyOwAAQ6QEgASgCCC0AnAEgASgCDCICIAIoAgBBAWs2AgAgAUEQaiQAQQFGC0YBAn8jAEEQayIBJAAgAC0AFCECIABBAToAFCABIABBCGsiADYCDAJAIAJFBEAgABD8AgwBCyABQQxqEL8CCyABQRBqJAALQAEBfyMAQRBrIgEkACABQQRqIABBBEEEEMABAkAgASgCCEUNACABKAIMIgBFDQAgASgCBCAAEHgLIAFBEGokAAtEAQF/IwBBEGsiASQAIAFBCGogACAAKAIAQQFBBEEQEGAgASgCCCIAQYGAgIB4RwRAIAAgASgCDBDUAgALIAFBEGokAAsOACAAQeCLwABBJBC0AwsPACAAQeSMwABBgAIQtAMLOgEBfwJAIAFpQQFHDQAgAUEAIABBgICAgHggAWtNGyICRQ0AIAAEQCAAIAIQkAMiAUUNAQsgAQ8LAAtAAQN/QQQhBAJAIANFDQAgASgCACIFRQ0AIAAgAjYCBCAAIAEoAgQ2AgAgAyAFbCEGQQghBAsgACAEaiAGNgIAC00CAX8BbyABKAIEIgIgASgCCE8Ef0EABSABIAJBAWo2AgQgASgCACgCACUBIAIQASEDEFIiASADJgFBAQshAiAAIAE2AgQgACACNgIAC0EBAX8jAEEQayICJAAgAiABNgIMIAIgABCmASACKAIAIgAEQCAAIAIoAgQoAgwRAAALIAJBDGoQ1QIgAkEQaiQAC0EBAX8jAEEQayICJAAgAiABNgIMIAIgABCmASACKAIAIgAEQCAAIAIoAgQoAhQRAAALIAJBDGoQ1QIgAkEQaiQACzsBAX8jAEEQayICJAAgAiABKAIAJQEQNCAAIAIoAgAEfiAAIAIrAwg5AwhCAQVCAAs3AwAgAkEQaiQAC0EBAX8jAEEQayIFJAAgBUEIaiAAIAEgAiADIAQQYCAFKAIIIgBBgYCAgHhHBEAgACAFKAIMENQCAAsgBUEQaiQACzwBAX8gACACELMCIAAoAgghAyAAIAIEfyACBEAgACgCBCADaiABIAL8CgAACyAAKAIIBSADCyACajYCCAtCAQF/IwBBIGsiBSQAIAUgBDYCDCAFIAM2AgggBSACKQIANwIQIAUgAikCCDcCGCAAIAEgBUEIahCdASAFQSBqJAALkQMBC38jAEEgayIEJAAgBCACNgIcIAQgATYCGCAEIAI2AhRBACEBIwBBEGsiByQAAkACQCAEQQhqIg0gBEEUaiIDKAIIIgIgAygCAEkEfyMAQRBrIggkACADKAIAIAJJBEBB4JzAAEHJAEGEncAAEM8BAAsjAEEQayIFJAAgBUEMaiEJIAdBCGohCiAIQQhqIQsgAygCACIGBEAgBUEBNgIMIAYhASADKAIEIQYgBUEIaiEJCyAJIAE2AgACQCAFKAIMIgEEQCAFKAIIIQwCQCACRQRAIAYgDBDcAiADQQE2AgQMAQsgBiAMIAEgAiIJEPECIgZFDQIgAyAGNgIECyADIAI2AgALQYGAgIB4IQELIAsgCTYCBCALIAE2AgAgBUEQaiQAIAgoAgwhASAKIAgoAgg2AgAgCiABNgIEIAhBEGokACAHKAIIIgFBgYCAgHhHDQEgAygCCAUgAgs2AgQgDSADKAIENgIAIAdBEGokAAwBCyABIAcoAgwQ1AIACyAAIAQpAwg3AwAgBEEgaiQAC0YBAn8gASgCBCECIAEoAgAhA0EIQQQQkAMiAUUEQEEEQQgQoAMACyABIAI2AgQgASADNgIAIABBhJ7AADYCBCAAIAE2AgALPQECfyAAKAIIIQEgAEEANgIIIAAoAgQhAgNAIAEEQCABQQFrIQEgAhDdAiACQSBqIQIMAQsLIABBADYCDAs3AAJAIANpQQFHDQAgA0EAIAFBgICAgHggA2tNGyIDRQ0AIAAgASADIAIQ8QIiAEUNACAADwsACzcBAX8jAEEQayIDJAAgA0EEaiAAIAEgAhDAASADKAIIBEAgAygCBCADKAIMENwCCyADQRBqJAALPgECfwJAIAAoAgAiAkUNACAAKAIEIgAoAgAiAQRAIAIgAREAAAsgACgCBCIBRQ0AIAAoAggaIAIgARDcAgsLOwEBfyAALQAUIQEgAEEBOgAUAkAgAUUEQCAAQQhrIgAgACgCAEEBaiIBNgIAIAFFDQEgABD8AgsPCwAL3gECAX8BfiMAQSBrIgMkACADIAE2AhAgAyAANgIMIANBATsBHCADIAI2AhggAyADQQxqNgIUIwBBEGsiASQAIANBFGoiACkCACEEIAEgADYCDCABIAQ3AgQjAEEQayIAJAAgAUEEaiIBKAIAIgIoAgQiA0EBcQRAIAIoAgAhAiAAIANBAXY2AgQgACACNgIAIABBrJ3AACABKAIEIAEoAggiAC0ACCAALQAJEGIACyAAQYCAgIB4NgIAIAAgATYCDCAAQcidwAAgASgCBCABKAIIIgAtAAggAC0ACRBiAAs0AQJ/AkAgACgCACIAQX9GDQAgACgCACIBRQ0AIAAgAUEBaiIBNgIAIAAhAiABDQAACyACCz0BAX8jAEEQayICJAAgAiABKQIINwMIIAIgASkCADcDACACEPMCIQEgAEEBOgAAIAAgATYCBCACQRBqJAALOwEBfyAAEHMgABDVAiAAQQRqEJkDIABBCGoiARCnAyABENUCIABBDGoiARCnAyABENUCIABBEGoQmQMLNwECfyMAQRBrIgIkAEGACCEDIAJBgAg2AgwgAEEBRgRAIAJBDGoQ1QIgASEDCyACQRBqJAAgAwtJAgJ/AW8jAEEQayIBJAAgASAANgIIIAFBCGoiACgCACUBECkhAxBSIgIgAyYBIAEgAjYCDCABQQxqENUCIAAQ1QIgAUEQaiQACzkBAX8jAEEQayIBJAAgAEEUakEAIAEQZCABIABBJGpBgIzAABC2ATYCDCABQQxqENUCIAFBEGokAAvkAQIDfwF+QQEhAwJAAkACQEEBIAEoAgAiASgCACICQQJrIAJBAU0bQQFrDgICAAELEI4DAAsjAEEQayICJAAgASkCACEFIAFBBDYCACACIAU3AwgCQCAFp0ECRgRAIAIgBUIgiKcRAAAgAigCACEEIAEgAigCBDYCBCABIAQ2AgAgBEEBTQ0BQfSawAAQ2gIACyACQQhqIgAoAgBBAU0EQCAAENcCC0GEm8AAENoCAAsgAkEQaiQACwJAIAEoAgBBAUcEQEEAIQMMAQsgAUEEahCdAiEBCyAAIAE2AgQgACADNgIACzcBAX8jAEEQayIDJAAgAyABKAIANgIMIAMgA0EMaiIBIAIQTSABEMACIABBADYCACADQRBqJAALOQIBfwF+IwBBEGsiAiQAIAJBCGogAUEBQQEQnwEgAikDCCEDIABBADYCCCAAIAM3AgAgAkEQaiQACzEBAX8jAEEQayIDJAAgAyABIAIQ2wI2AgwgACADQQxqIgAQrQIgABDVAiADQRBqJAALPwAgACgCAEGAgICAeEcEQCABIAAoAgQgACgCCBDnAg8LIAEoAgAgASgCBCAAKAIMKAIAIgAoAgAgACgCBBBDCzgAAkAgAkGAgMQARg0AIAAgAiABKAIQEQIARQ0AQQEPCyADRQRAQQAPCyAAIANBACABKAIMEQUAC3MBA38gACgCCCIDIAAoAgBGBEAjAEEQayICJAAgAkEIaiAAIAAoAgBBAUEIQcAAEGAgAigCCCIEQYGAgIB4RwRAIAQgAigCDBDUAgALIAJBEGokAAsgACgCBCADQQZ0aiABQcAA/AoAACAAIANBAWo2AggLOwEBfwJ/IAEoAgBBgYCAgHhGBEAgASgCCCECIAEoAgQMAQsgARDfAkEACyEBIAAgAjYCBCAAIAE2AgALOwEBfwJ/IAEoAgBBgICAgHhGBEAgASgCCCECIAEoAgQMAQsgARCSA0EACyEBIAAgAjYCBCAAIAE2AgALOQEBfyMAQRBrIgIkACACIAEpAgg3AwggAiABKQIANwMAIAAgAhDzAjYCBCAAQQE2AgAgAkEQaiQACzQAIAAoAgAiACgCAARAIABBBGoQ1QIgAEEIahDVAgsgACACNgIIIAAgATYCBCAAQQE2AgALfwIDfwFvAkAgACgCCEECRg0AIwBBEGsiAiQAIABBCGoiAygCACADQQA2AgBBAUYEQCADKAIEIgElASABEIEBEBshBBBSIgEgBCYBIAIgATYCDCACQQxqENUCCyACQRBqJAAgAxDXAiAAKAIQRQ0AIABBFGoiABCnAyAAENUCCws4AQJ/AkAgASgCACICQX9GDQAgAiACKAIEQQFqIgM2AgQgAw0AAAsgACACNgIAIAAgASgCBDYCBAs0AQF/IwBBEGsiAyQAIAMgASgCACACEK0CNgIMIAAgA0EMaiIAEI8BIAAQ1QIgA0EQaiQACzYBAX8jAEEQayICJAAgAiABQeeIwABBAhDZATYCDCAAIAJBDGoiABCPASAAENUCIAJBEGokAAtxAQN/IAAoAggiAyAAKAIARgRAIwBBEGsiAiQAIAJBCGogACAAKAIAQQFBBEEsEGAgAigCCCIEQYGAgIB4RwRAIAQgAigCDBDUAgALIAJBEGokAAsgACgCBCADQSxsaiABQSz8CgAAIAAgA0EBajYCCAs2AQJ/IAAoAgQiAigCACIBBEAgACgCACABEQAACyACKAIEIgEEQCACKAIIGiAAKAIAIAEQeAsLgwgCCX8BfiMAQRBrIgkkABBSIgggAyYBEFIiCiAEJgEQUiILIAUmARBSIgwgBiYBIwBBgAFrIgckACAHIAI2AgwgByABNgIIIAcgCDYCECAHIAo2AhQgByALNgIYIAcgDDYCHCAHIAA2AnggByAHQf8AaiIANgJ0IAcgADYCcCAHIAA2AmwgByAHQRxqNgJoIAcgADYCZCAHIAA2AmAgByAANgJcIAcgB0EYajYCWCAHIAA2AlQgByAANgJQIAcgADYCTCAHIAdBFGo2AkggByAANgJEIAcgADYCQCAHIAA2AjwgByAHQRBqNgI4IAcgADYCNCAHIAA2AjAgByAHQQxqNgIsIAcgB0EIajYCKCAHQSBqIQ0jAEGQAWsiACQAIABBOGogB0EoaiIBKAJQEHEgAEHEAGogASgCACgCACABKAIEKAIAEP0BIABBADYCUCAAQQA2AlggAEEANgJgIABBADYCaCAAIAEoAhAoAgAiCDYCVCAAIAEoAiAoAgAiCzYCXCAAIAEoAjAoAgAiDDYCZCAAIAEoAkAoAgAiDjYCbAJAIAAoAjgEQCAAKAJEQYCAgIB4Rw0BCyAAQTBqIABB6ABqEP4BIAAoAjAhCiAAKAI0IQsgAEEoaiAAQeAAahD+ASAAKAIoIQggACgCLCEMIABBIGogAEHYAGoQ/gEgACgCICEJIAAoAiQhDSAAQRhqIABB0ABqEP4BIAAoAhghByAAKAIcIQ4gAEEQaiAAQcQAahDeASAAKAIQIQIgACgCFCEPIABBCGogAEE4ahDwASAAKAIIIgEgAiABGyICIAcgAhsiByAJIAcbIgkgCCAJGyIIIAogCBsiCkEBIAobIAAoAgwgDyABGyAOIAIbIA0gBxsgDCAJGyALIAgbQQAgChsQngMACyAAIAAoAkA2AnggACAAKQI4IhA3A3AgACAAKQJENwOAASAAIAAoAkw2AogBIBCnIQ8gAEGAAWohCiMAQSBrIgEkAEEEQRAQzAIiAiAONgIMIAIgDDYCCCACIAs2AgQgAiAINgIAQQAhCANAAkAgAiAIaiELAkACQCAIQXBGDQAgC0EMaiIMRQ0AIAwQjAMNAQsgAUEENgIYIAEgAjYCECABIAI2AhQgASALQRBqNgIcIAEgAUEQahCZAjYCDCANIA8oAgBBHGogCigCBCAKKAIIIAFBDGoiAhBLIAIQ1QIgChCSAyABQSBqJAAMAQsgAUEBNgIQIAEgDCgCADYCFCAIQQRrIQggAUEQahDXAgwBCwsgAEHwAGoQxwIgAEGQAWokACAJIActACAiACAHKAIkIActACEgABsQpgIgB0GAAWokACAJKAIAIAkoAgQgCSgCCCAJQRBqJAALgwgCCX8BfiMAQRBrIgkkABBSIgggAyYBEFIiCiAEJgEQUiILIAUmARBSIgwgBiYBIwBBgAFrIgckACAHIAI2AgwgByABNgIIIAcgCDYCECAHIAo2AhQgByALNgIYIAcgDDYCHCAHIAA2AnggByAHQf8AaiIANgJ0IAcgADYCcCAHIAA2AmwgByAHQRxqNgJoIAcgADYCZCAHIAA2AmAgByAANgJcIAcgB0EYajYCWCAHIAA2AlQgByAANgJQIAcgADYCTCAHIAdBFGo2AkggByAANgJEIAcgADYCQCAHIAA2AjwgByAHQRBqNgI4IAcgADYCNCAHIAA2AjAgByAHQQxqNgIsIAcgB0EIajYCKCAHQSBqIQ0jAEGQAWsiACQAIABBOGogB0EoaiIBKAJQEHEgAEHEAGogASgCACgCACABKAIEKAIAEP0BIABBADYCUCAAQQA2AlggAEEANgJgIABBADYCaCAAIAEoAhAoAgAiCDYCVCAAIAEoAiAoAgAiCzYCXCAAIAEoAjAoAgAiDDYCZCAAIAEoAkAoAgAiDjYCbAJAIAAoAjgEQCAAKAJEQYCAgIB4Rw0BCyAAQTBqIABB6ABqEP4BIAAoAjAhCiAAKAI0IQsgAEEoaiAAQeAAahD+ASAAKAIoIQggACgCLCEMIABBIGogAEHYAGoQ/gEgACgCICEJIAAoAiQhDSAAQRhqIABB0ABqEP4BIAAoAhghByAAKAIcIQ4gAEEQaiAAQcQAahDeASAAKAIQIQIgACgCFCEPIABBCGogAEE4ahDvASAAKAIIIgEgAiABGyICIAcgAhsiByAJIAcbIgkgCCAJGyIIIAogCBsiCkEBIAobIAAoAgwgDyABGyAOIAIbIA0gBxsgDCAJGyALIAgbQQAgChsQngMACyAAIAAoAkA2AnggACAAKQI4IhA3A3AgACAAKQJENwOAASAAIAAoAkw2AogBIBCnIQ8gAEGAAWohCiMAQSBrIgEkAEEEQRAQzAIiAiAONgIMIAIgDDYCCCACIAs2AgQgAiAINgIAQQAhCANAAkAgAiAIaiELAkACQCAIQXBGDQAgC0EMaiIMRQ0AIAwQjAMNAQsgAUEENgIYIAEgAjYCECABIAI2AhQgASALQRBqNgIcIAEgAUEQahCZAjYCDCANIA8oAgBBKGogCigCBCAKKAIIIAFBDGoiAhBLIAIQ1QIgChCSAyABQSBqJAAMAQsgAUEBNgIQIAEgDCgCADYCFCAIQQRrIQggAUEQahDXAgwBCwsgAEHwAGoQxgIgAEGQAWokACAJIActACAiACAHKAIkIActACEgABsQpgIgB0GAAWokACAJKAIAIAkoAgQgCSgCCCAJQRBqJAALDQAgACABIAJBCBCwAwsNACAAIAEgAkEEELADCy0BAX8CQCAAKAIAIgBBf0YNACAAIAAoAgRBAWsiATYCBCABDQAgAEEQENwCCws1AQF/IwBBEGsiAiQAIAJBATYCACACIAEoAgg2AgwgAiABKQIANwIEIAAgAhBHIAJBEGokAAs0AQF/AkAgAEUNACABKAIAIgIEQCAAIAIRAAALIAEoAgQiAkUNACABKAIIGiAAIAIQ3AILCx4AIAIEQCACIAEQkAMhAQsgACACNgIEIAAgATYCAAs1AQF/An8gASgCAEUEQCABKAIIIQIgASgCBAwBCyABEMYCQQALIQEgACACNgIEIAAgATYCAAs1AQF/An8gASgCAEUEQCABKAIIIQIgASgCBAwBCyABEMcCQQALIQEgACACNgIEIAAgATYCAAs1AQF/An8gASgCAEUEQCABKAIIIQIgASgCBAwBCyABEMgCQQALIQEgACACNgIEIAAgATYCAAsvAQF/IwBBEGsiAiQAIAIgACkCADcCCCACQQhqIgAgARDCASAAEJsBIAJBEGokAAsvAQF/IwBBEGsiAiQAIAIgACkCADcCCCACQQhqIgAgARCsASAAEJsBIAJBEGokAAsuAQF/IwBBEGsiAiQAIAIgACkCADcCCCACQQhqIgAgARBbIAAQmwEgAkEQaiQACy8BAX8jAEEQayICJAAgAiAAKQIANwIIIAJBCGoiACABEMMBIAAQmwEgAkEQaiQACy8BAX8gACgCCCEBIAAoAgQhAANAIAEEQCABQQFrIQEgABDVAiAAQQRqIQAMAQsLCykBAX8jAEEQayIDJAAgA0EIaiAAIAEgAhBvIAMoAgggA0EQaiQAQQBHC2QBA38jAEEQayIFJAAjAEEQayIDJAAgA0EEaiIEQeAAENgBIARB+wAQkAEgBUEEaiIEIAMoAgw2AgggBCADKQIENwIAIANBEGokACAAIARB2YjAAEEEIAEgAhCuAiAFQRBqJAALJQAgAEGBAk8EQCAAQR4gAGciAGt2IABBAXRrQTxqDwsgAEEEdgstAQF/IwBBEGsiASQAIAEgAEEIazYCDCABQQxqIgAQiAEgABDBAiABQRBqJAAL7AECAX8BfgJAAkACQEEBQYiiwAAtAAAiAEECayAAQQFNG0H/AXFBAWsOAgIAAQsQjgMACyMAQSBrIgAkAEGEosAAKQIAIQFBiKLAAEEEOgAAIAAgATcDCCAAQfyhwAApAgA3AwACQCAALQAMQQJGBEAgAEEQaiAAKAIAEQAAQYSiwAAgACkCGDcCAEH8ocAAIAApAhA3AgBBiKLAAC0AAEEBTQ0BQfSawAAQ2gIACyAALQAMQQFNBEAgABDAAiAAQQRqENUCIABBCGoiABCnAyAAENUCC0GEm8AAENoCAAsgAEEgaiQAC0H8ocAAC64OAxV/AX4BfCMAQRBrIgokABBSIgUgASYBEFIiBiACJgEQUiIIIAMmARBSIgkgBCYBIwBB4ABrIgckACAHIAY2AgwgByAFNgIIIAcgCDYCECAHIAk2AhQgByAANgJYIAcgB0HfAGoiADYCVCAHIAA2AlAgByAANgJMIAcgB0EUajYCSCAHIAA2AkQgByAANgJAIAcgADYCPCAHIAdBEGo2AjggByAANgI0IAcgADYCMCAHIAA2AiwgByAHQQxqNgIoIAcgADYCJCAHIAA2AiAgByAANgIcIAcgB0EIajYCGCMAQfAAayIGJAAgBkE0aiIFIAdBGGoiACgCQBBxIAZBADYCQCAGQQA2AkggBkEANgJQIAZBADYCWCAGIAAoAgAoAgAiCTYCRCAGIAAoAhAoAgAiCzYCTCAGIAAoAiAoAgAiCDYCVCAGIAAoAjAoAgAiADYCXCAGKAI0RQRAIAZBIGogBkHYAGoQ/gEgBigCICEKIAYoAiQhCSAGQRhqIAZB0ABqEP4BIAYoAhghCCAGKAIcIQsgBkEQaiAGQcgAahD+ASAGKAIQIQcgBigCFCEMIAZBCGogBkFAaxD+ASAGKAIIIQ0gBigCDCEOIAYgBRDwASAGKAIAIgAgDSAAGyIFIAcgBRsiByAIIAcbIgggCiAIGyIKQQEgChsgBigCBCAOIAAbIAwgBRsgCyAHGyAJIAgbQQAgChsQngMACyAGIAYoAjw2AmggBiAGKQI0Iho3A2AgBkEoaiERIBqnIQwjAEHQAWsiBSQAIAUgCzYCLCAFIAk2AiggBSAANgI0IAUgCDYCMCAFQYAIIAggBUEwahCLAyIOGzYCOCAFIAggACAOGzYCPCAFQZwBaiAFQShqEI8BAkACQAJAAkACQAJAAkACQAJAAkAgBSgCnAFBgICAgHhHBEAgBSAFKAKkATYCSCAFIAUpApwBNwNAIAVBOGoQiQMNAQwCCyAFQaABakGcisAAQRQQhgEgBUEANgKcASAFQZwBahDzAiEADAQLIAUgBUE4akHEisAAQQcQ2QE2ApwBIAVB0ABqIAVBnAFqIgAQxAEgABDVAiAFKwNYIRsgBSkDUEIBUg0AIBtEAAAAAAAAAABkRQ0BQQEhFSAbRAAAwP///99BY0UNAQsgBUGcAWogBUEsahBPIAUoAqABIQsgBSgCnAEiAEEIRwRAIAUgBSkCpAE3AnAgBSALNgJsIAUgADYCaCAFQSBqIAVB6ABqEN8BIAUoAiQhAAwCCyAFIAs2AmQgBUGcAWogBUE8ahBlIAUgBSkCoAE3A7gBIAUgBSgCqAE2AsABIAUoAqwBIQAgBSgCnAFBAUYEQCAFIAUoAsABNgKAASAFIAUpA7gBNwN4IAUgADYChAEgBUEIaiAFQfgAahDfASAFKAIMIQAgBUHkAGoQ1QIMAgsgBSAFKALAATYCmAEgBSAFKQO4ATcDkAEgBSAMKAIAIghBFGoQ0AEiDDYCiAEgDEUNAyAFQRhqIAhBLGpB8IvAABDqASAFKAIcIQkgBSgCGBCMAyAJIAkoAgBBAWs2AgBFBEAgBSAMNgKMASAFQRBqIAxBOGpB1IzAABCUAiAFKAIUIRIgBSgCECENEKIC/AchGiAFIA02AsQBIAUgGjcDyAEgBSAFKQOQATcDuAEgBSAFKAKYATYCwAEgBUGcAWohCSAIKAIMIRMgCCgCECEUIAUoAkQhFiAFKAJIIRcgG/wDIRggBUG4AWohDyMAQRBrIggkACAIIAs2AgQCQAJAIA0tAJwBQQFGBEAjAEEQayIQJAAgEEEIaiANQYwBaiATIBQQbiAQKAIIIBBBEGokAEUNAQsgCEEANgIIIAggCzYCDCAJIA0gEyAUIBYgFyAIQQhqQQMgDyAVIBggGhBFDAELIAlBBDYCDCAJIA8oAgg2AgggCSAPKQIANwIAIAhBBGoQ1QILIAhBEGokACASIBIoAgBBAWo2AgACQCAFKAKcAUECRwRAIAkgBUGoAWoQpwEMAQsgDEEIahBEIAVBjAFqEE4LIAVBjAFqELsCDAYLIAVBBDYCnAEgBUGQAWogBUGcAWoQpwEgBUGIAWoQuwIMBAsgBUGgAWpBy4rAAEE5EIYBIAVBADYCnAEgBUGcAWoQ8wIhAAsgBUFAaxCSAwsgBUE8ahDVAiAFQThqENUCQQEhCCAODQMMBAsgBUECNgKcASAFQZABaiAFQZwBahCnAQsgBUHkAGoQ1QILIAVBQGsQkgMgBUE8ahDVAiAFQThqENUCQQAhCCAORQ0BCyAFQTRqENUCCyAFQSxqENUCIAVBKGoQ1QIgESAANgIEIBEgCDYCACAFQdABaiQAIAYpAyghGiAGQeAAahDHAiAHIBo3AwAgBkHwAGokACAKIAcoAgAgBygCBBCmAiAHQeAAaiQAIAooAgAgCigCBCAKKAIIIApBEGokAAtBAQF/IwBBEGsiAyQAIANBCGogASACEMgBIAMoAgghASAAIAMoAgwiAjYCCCAAIAE2AgQgACACNgIAIANBEGokAAswAQF/AkAgASgCACICBEAgASgCBCEBDAELIAFBBGoQ1QILIAAgATYCBCAAIAI2AgALLAEBfyABKAIEIgIgACgCACIAKAIIRgR/IAAoAgQgASgCACACEK0BBUEBC0ULLAEBfyMAQRBrIgEkACABIAAoAgA2AgwgAUEMaiIAEFMgABDtAiABQRBqJAALOgEDfyAAKAIAIgIgASgCACIDckUhBCACRSADRXIEfyAEBSAAKAIAIAAoAgQgASgCACABKAIEELYCCwsOACAAQoCAgIDwDhCyAwsOACAAQoCAgICADxCyAwu6BAIDfwF+IwBBEGsiBSQAEFIiBiADJgEjAEFAaiIEJAAgBCACNgIQIAQgATYCDCAEIAY2AhQgBCAANgI4IAQgBEE/aiIANgI0IAQgADYCMCAEIAA2AiwgBCAEQRRqNgIoIAQgADYCJCAEIAA2AiAgBCAEQRBqNgIcIAQgBEEMajYCGCMAQeAAayIAJAAgAEEgaiAEQRhqIgEoAiAQcSAAQSxqIAEoAgAoAgAgASgCBCgCABD9ASAAQQA2AjggACABKAIQKAIAIgI2AjwCQCAAKAIgBEAgACgCLEGAgICAeEcNAQsgAEEYaiAAQThqEP4BIAAoAhghBCAAKAIcIQUgAEEQaiAAQSxqEN4BIAAoAhAhAiAAKAIUIQYgAEEIaiAAQSBqEPABIAAoAggiASACIAEbIgIgBCACGyIEQQEgBBsgACgCDCAGIAEbIAUgAhtBACAEGxCeAwALIAAgACgCKDYCSCAAIAApAiAiBzcDQCAAIAApAiw3A1AgACAAKAI0NgJYIwBBEGsiASQAIAEgAjYCDCABIAenIgYoAgBBHGogAEHQAGogAUEMakEAEF5BASECAn8gASgCAEEBRgRAIAEoAgQMAQtBACECIAYQhAMLIQYgAUEMahDVAiAAIAY2AgQgACACNgIAIAFBEGokACAAKQMAIQcgAEFAaxDHAiAEIAc3AwAgAEHgAGokACAFIAQoAgAgBCgCBBCmAiAEQUBrJAAgBSgCACAFKAIEIAUoAgggBUEQaiQAC7oEAgN/AX4jAEEQayIFJAAQUiIGIAMmASMAQUBqIgQkACAEIAI2AhAgBCABNgIMIAQgBjYCFCAEIAA2AjggBCAEQT9qIgA2AjQgBCAANgIwIAQgADYCLCAEIARBFGo2AiggBCAANgIkIAQgADYCICAEIARBEGo2AhwgBCAEQQxqNgIYIwBB4ABrIgAkACAAQSBqIARBGGoiASgCIBBxIABBLGogASgCACgCACABKAIEKAIAEP0BIABBADYCOCAAIAEoAhAoAgAiAjYCPAJAIAAoAiAEQCAAKAIsQYCAgIB4Rw0BCyAAQRhqIABBOGoQ/gEgACgCGCEEIAAoAhwhBSAAQRBqIABBLGoQ3gEgACgCECECIAAoAhQhBiAAQQhqIABBIGoQ8AEgACgCCCIBIAIgARsiAiAEIAIbIgRBASAEGyAAKAIMIAYgARsgBSACG0EAIAQbEJ4DAAsgACAAKAIoNgJIIAAgACkCICIHNwNAIAAgACkCLDcDUCAAIAAoAjQ2AlgjAEEQayIBJAAgASACNgIMQQEhAiABIAenIgYoAgBBHGogAEHQAGogAUEMakEBEF4CfyABKAIAQQFGBEAgASgCBAwBC0EAIQIgBhCEAwshBiABQQxqENUCIAAgBjYCBCAAIAI2AgAgAUEQaiQAIAApAwAhByAAQUBrEMcCIAQgBzcDACAAQeAAaiQAIAUgBCgCACAEKAIEEKYCIARBQGskACAFKAIAIAUoAgQgBSgCCCAFQRBqJAALugQCA38BfiMAQRBrIgUkABBSIgYgAyYBIwBBQGoiBCQAIAQgAjYCECAEIAE2AgwgBCAGNgIUIAQgADYCOCAEIARBP2oiADYCNCAEIAA2AjAgBCAANgIsIAQgBEEUajYCKCAEIAA2AiQgBCAANgIgIAQgBEEQajYCHCAEIARBDGo2AhgjAEHgAGsiACQAIABBIGogBEEYaiIBKAIgEHEgAEEsaiABKAIAKAIAIAEoAgQoAgAQ/QEgAEEANgI4IAAgASgCECgCACICNgI8AkAgACgCIARAIAAoAixBgICAgHhHDQELIABBGGogAEE4ahD+ASAAKAIYIQQgACgCHCEFIABBEGogAEEsahDeASAAKAIQIQIgACgCFCEGIABBCGogAEEgahDvASAAKAIIIgEgAiABGyICIAQgAhsiBEEBIAQbIAAoAgwgBiABGyAFIAIbQQAgBBsQngMACyAAIAAoAig2AkggACAAKQIgIgc3A0AgACAAKQIsNwNQIAAgACgCNDYCWCMAQRBrIgEkACABIAI2AgwgASAHpyIGKAIAQShqIABB0ABqIAFBDGpBABBeQQEhAgJ/IAEoAgBBAUYEQCABKAIEDAELQQAhAiAGEIYDCyEGIAFBDGoQ1QIgACAGNgIEIAAgAjYCACABQRBqJAAgACkDACEHIABBQGsQxgIgBCAHNwMAIABB4ABqJAAgBSAEKAIAIAQoAgQQpgIgBEFAayQAIAUoAgAgBSgCBCAFKAIIIAVBEGokAAu6BAIDfwF+IwBBEGsiBSQAEFIiBiADJgEjAEFAaiIEJAAgBCACNgIQIAQgATYCDCAEIAY2AhQgBCAANgI4IAQgBEE/aiIANgI0IAQgADYCMCAEIAA2AiwgBCAEQRRqNgIoIAQgADYCJCAEIAA2AiAgBCAEQRBqNgIcIAQgBEEMajYCGCMAQeAAayIAJAAgAEEgaiAEQRhqIgEoAiAQcSAAQSxqIAEoAgAoAgAgASgCBCgCABD9ASAAQQA2AjggACABKAIQKAIAIgI2AjwCQCAAKAIgBEAgACgCLEGAgICAeEcNAQsgAEEYaiAAQThqEP4BIAAoAhghBCAAKAIcIQUgAEEQaiAAQSxqEN4BIAAoAhAhAiAAKAIUIQYgAEEIaiAAQSBqEO8BIAAoAggiASACIAEbIgIgBCACGyIEQQEgBBsgACgCDCAGIAEbIAUgAhtBACAEGxCeAwALIAAgACgCKDYCSCAAIAApAiAiBzcDQCAAIAApAiw3A1AgACAAKAI0NgJYIwBBEGsiASQAIAEgAjYCDEEBIQIgASAHpyIGKAIAQShqIABB0ABqIAFBDGpBARBeAn8gASgCAEEBRgRAIAEoAgQMAQtBACECIAYQhgMLIQYgAUEMahDVAiAAIAY2AgQgACACNgIAIAFBEGokACAAKQMAIQcgAEFAaxDGAiAEIAc3AwAgAEHgAGokACAFIAQoAgAgBCgCBBCmAiAEQUBrJAAgBSgCACAFKAIEIAUoAgggBUEQaiQACykBAX8gACgCCCICIAEoAgRGBH8gACgCBCABKAIAIAIQrQFBAEcFQQELCwoAIABBqAIQrgMLKAEBfyMAQRBrIgIkACACIAAoAgA2AgwgAkEMaiABEIsCIAJBEGokAAssAQF/IAEoAjQiAiAAKAIAIgAoAghGBH8gASgCMCAAKAIEIAIQrQEFQQELRQswACAAKAIIQQJPBEAgAEEsEJABCyAAQSIQkAEgACABIAIQxgEgAEGcl8AAQQIQxgELCQAgAEEgEK4DCw4AIAAgAUGUm8AAELMDCw4AIAAgAUHEm8AAELMDC/cIAhB/AX4jAEEQayIJJAAQUiIEIAEmARBSIgMgAiYBIwBBQGoiBSQAIAUgAzYCDCAFIAQ2AgggBSAANgI4IAUgBUE/aiIANgI0IAUgADYCMCAFIAA2AiwgBSAFQQxqNgIoIAUgADYCJCAFIAA2AiAgBSAANgIcIAUgBUEIajYCGCMAQdAAayIEJAAgBEEkaiIDIAVBGGoiACgCIBBxIARBADYCMCAEQQA2AjggBCAAKAIAKAIAIgY2AjQgBCAAKAIQKAIAIgg2AjwgBCgCJEUEQCAEQRhqIARBOGoQ/gEgBCgCGCEHIAQoAhwhCSAEQRBqIARBMGoQ/gEgBCgCECEFIAQoAhQhBiAEQQhqIAMQ8QEgBCgCCCIAIAUgABsiBSAHIAUbIgNBASADGyAEKAIMIAYgABsgCSAFG0EAIAMbEJ4DAAsgBCAEKAIsNgJIIAQgBCkCJCITNwNAIAVBEGohByMAQdAAayIAJAAgACAINgIMIAAgBjYCCAJAIBOnIgNBDGoQ0AEiBgRAIAAgBjYCECAAQTBqIAMgBkEIaiAAQQhqEF0gACgCNCEGAkACQCAAKAIwIghBgICAgHhGBEAgB0EBOgAAIAcgBjYCBAwBCyAAIAAoAjg2AhwgACAGNgIYIAAgCDYCFCAAQTBqIABBDGoQTyAAKAI0IQYgACgCMCIIQQhGDQEgACAAKQI4NwIoIAAgBjYCJCAAIAg2AiAgByAAQSBqENEBIABBFGoQkgMLIABBEGoQuwIMAgsgACAAKAIQIg9BOGpB3I/AABCUAiAAKAIEIQwgACgCACEIIAMoAgQhCiADKAIIIQ0gACgCGCEQIAAoAhwhESMAQUBqIgMkACADIAY2AgQCQCAAQTBqIgsgCEGAAWogCiANEPcBBH8gCC0AnAFBAUYEQCADQSBqIg5B9onAAEEFEPgBIANBFGoiEiAOQeOIwABBBCAKIA0QrgIgA0EIaiIKIBJB3YjAAEEEIBAgERCuAiAKQemIwABBBBCMAiADIAMoAhA2AjAgAyADKQIINwIoIANBATYCPCADQYiVwAA2AjggA0GAgICAeDYCNCADIAY2AiQgA0EBNgIgIAhBKGogDhCoASALQQg2AgAgC0EBOgAEDAILIAtBADoABEEIBUEHCzYCACADQQRqENUCCyADQUBrJAAgDCAMKAIAQQFqNgIAIA9BCGoQRCAALQA0IQMgACgCMCIGQQhHBEAgACAAKAA8NgBMIAAgACkANTcARSAAIAM6AEQgACAGNgJAIAcgAEFAaxDRASAAQRRqEJIDIABBEGoQuwIMAgsgB0EAOgAAIAcgAzoAASAAQRRqEJIDIABBEGoQuwIMAQsgAEEHNgIwIABBMGoQ8wIhAyAHQQE6AAAgByADNgIECyAAQQxqENUCIABBCGoQ1QIgAEHQAGokACAEQUBrEMgCIARB0ABqJAAgCSAFLQAQIgAgBSgCFCAFLQARIAAbEKYCIAVBQGskACAJKAIAIAkoAgQgCSgCCCAJQRBqJAAL3AcCDH8BfiMAQRBrIgckABBSIgMgASYBEFIiBiACJgEjAEFAaiIEJAAgBCAGNgIUIAQgAzYCECAEIAA2AjggBCAEQT9qIgA2AjQgBCAANgIwIAQgADYCLCAEIARBFGo2AiggBCAANgIkIAQgADYCICAEIAA2AhwgBCAEQRBqNgIYIwBB0ABrIgMkACADQSRqIgYgBEEYaiIAKAIgEHEgA0EANgIwIANBADYCOCADIAAoAgAoAgAiBTYCNCADIAAoAhAoAgAiCDYCPCADKAIkRQRAIANBEGogA0E4ahD+ASADKAIQIQcgAygCFCEFIANBCGogA0EwahD+ASADKAIIIQQgAygCDCEJIAMgBhDvASADKAIAIgAgBCAAGyIEIAcgBBsiBkEBIAYbIAMoAgQgCSAAGyAFIAQbQQAgBhsQngMACyAEQQhqIAMgAygCLDYCSCADIAMpAiQiDzcDQCADQRhqIQkgD6chCiMAQZABayIAJAAgACAINgIkIAAgBTYCIAJAIABBIGoQiQNFBEAgAEHgAGpB2ZLAAEEaEIYBIABBADYCXCAAQdwAahDzAiEGQQEhBQwBCyAAQdwAaiAAQSRqEGUgACAAKQJgNwN4IAAgACgCaDYCgAFBASEFIAAoAmwhBiAAKAJcQQFGBEAgACAAKAKAATYCQCAAIAApA3g3AzggACAGNgJEIABBCGogAEE4ahDfASAAKAIMIQYMAQsgACAAKAKAATYCMCAAIAApA3g3AyggACAGNgI0IABB3ABqIABBIGoQTyAAKAJgIQggACgCXCIFQQhHBEAgACAAKQJkNwJUIAAgCDYCUCAAIAU2AkwgAEEYaiAAQcwAahDfASAAKAIcIQYgAEE0ahDVAiAAQShqELUCQQEhBQwBCyAAIAAoAjA2AoABIAAgACkDKDcDeCAAQRBqIAooAgAiDkE4akHUjMAAEJQCIAAoAhQhCyAAKAIQIQwgABCiAvwHIg83A4gBIAAgDDYChAEjAEEQayIFJAAgBUEANgIIIAUgCDYCDCAAQdwAaiIIIAxBpZPAAEEGQYqUwABBCyAFQQhqQQAgAEH4AGpBACAFIA8QRSAFQRBqJAAgCyALKAIAQQFqNgIAAkAgACgCXEECRwRAIAggAEHoAGoQpwEMAQsgDkEIahBEIAoQTgtBACEFCyAAQSRqENUCIABBIGoQ1QIgCSAGNgIEIAkgBTYCACAAQZABaiQAIAMpAxggA0FAaxDGAjcDACADQdAAaiQAIAcgBCgCCCAEKAIMEKYCIARBQGskACAHKAIAIAcoAgQgBygCCCAHQRBqJAAL8gMCBn8BfiMAQRBrIgUkABBSIgQgASYBEFIiBiACJgEjAEFAaiIDJAAgAyAGNgIUIAMgBDYCECADIAA2AjggAyADQT9qIgA2AjQgAyAANgIwIAMgADYCLCADIANBFGo2AiggAyAANgIkIAMgADYCICADIAA2AhwgAyADQRBqNgIYIwBB0ABrIgAkACAAQSRqIgYgA0EYaiIEKAIgEHEgAEEANgIwIABBADYCOCAAIAQoAgAoAgAiBzYCNCAAIAQoAhAoAgAiCDYCPCAAKAIkRQRAIABBEGogAEE4ahD+ASAAKAIQIQUgACgCFCEHIABBCGogAEEwahD+ASAAKAIIIQQgACgCDCEIIAAgBhDvASAAKAIAIgMgBCADGyIEIAUgBBsiBUEBIAUbIAAoAgQgCCADGyAHIAQbQQAgBRsQngMACyAAIAAoAiw2AkggACAAKQIkIgk3A0AjAEEQayIEJAAgBCAINgIMIAQgBzYCCCAEIAmnIARBCGoiBiAEQQxqIgcQSCAEKQMAIQkgBxDVAiAGENUCIABBGGogCTcDACAEQRBqJAAgACkDGCEJIABBQGsQxgIgA0EIaiAJNwMAIABB0ABqJAAgBSADKAIIIAMoAgwQpgIgA0FAayQAIAUoAgAgBSgCBCAFKAIIIAVBEGokAAsnAQF/IAAoAggiAiABKAIERgR/IAAoAgQgASgCACACEK0BBUEBC0ULDQAgACABIAJBCBCxAwsqAQF/IwBBEGsiAyQAIAMgACgCADYCDCADQQxqIAEgAhDgASADQRBqJAALLQAgASgCAEUEQCABQX82AgAgACABNgIEIAAgAUEEajYCAA8LQdCJwAAQggIACw0AIAAgASACQQQQsQMLNgEBf0EEQSAQzAIiAUKBgICAEDcCACABIAApAgA3AgggASAAKQIINwIQIAEgACkCEDcCGCABC5ACAQZ/IwBBEGsiBCQAIAQQ8AIiBTYCDCAEQQxqIQIjAEEgayIBJAAgASAAKQIANwMIIAEgACkCCDcDECABKAIMIQAgASgCFCEGA0AgACAGRwRAIAEgAEEEaiIDNgIMIAEgACgCADYCHCACIAFBHGoiABD7AiAAENUCIAMhAAwBCwsjAEEQayIDJAAgAyABQQhqIgA2AgwgACgCDCAAKAIEIgBrQQJ2IQIDQCACBEAgAkEBayECIAAQ1QIgAEEEaiEADAELCyMAQRBrIgAkACAAIANBDGooAgAiAigCADYCDCAAIAIoAgg2AgggAEEIahC7ASAAQRBqJAAgA0EQaiQAIAFBIGokACAEQRBqJAAgBQvgGgMYfwN+AXwjAEEQayIMJAAQUiIDIAAmARBSIgYgASYBIwBBQGoiCSQAIAkgBjYCGCAJIAM2AhQgCSAJQT9qIgM2AjggCSADNgI0IAkgAzYCMCAJIAlBGGo2AiwgCSADNgIoIAkgAzYCJCAJIAM2AiAgCSAJQRRqNgIcIwBBEGsiECQAIBBBCGohFCAJQRxqIgMoAgAoAgAhBiADKAIQKAIAIQMjAEHgAWsiAiQAIAIgAzYCZCACIAY2AmACQAJAIAJB4ABqIgMQiANFBEAgAxCMA0UNAQsgAkH4AGpBlpLAAEEOELgBDAELIAIgAkHgAGoiA0GIkcAAQQMQ2QE2AtQBIAIgA0H3iMAAQQMQ2QE2AtgBAkACQAJAIAJB1AFqIgMQiAMNACADEIwDDQACQCACQdgBaiIDEIgDDQAgAxCMAw0AIAJB5ABqIgMQjAMNAiADEIgDDQIgAxCLAw0CIAJB+ABqQYSLwABBGhC4AQwDCyACQfgAakHykcAAQRIQuAEMAgsgAkH4AGpBhJLAAEESELgBDAELIAJBsAFqIAJB1AFqEI8BIAJB2ABqIAJB2AFqEJgBIAJB0ABqIAIoAlggAigCXBC3AQJAIAIoAlBBAUYEQCACIAIoAlQ2AtwBIAJBwAFqIAJB3AFqIgMQjwEgAxDVAgwBCyACQYCAgIB4NgLAAQsgAiACKAK4ATYCoAEgAiACKQKwASIaNwOYASACIAIpAsABIhs3AqQBIAIgAigCyAE2AqwBIAJBpAFqIQMgGqdBgICAgHhGIgZFIBunIgVBgICAgHhHcUUEQCAGBH8gBQUgAkGYAWoQkgMgAigCpAELQYCAgIB4RwRAIAMQkgMLIAJB+ABqQdiRwABBGhC4AQwBCyACIAIoAqABNgK4ASACIAIpA5gBNwOwASACIAMoAgg2AsgBIAIgAykCADcDwAEgAiACQeAAakGLkcAAQQ4Q2QE2AtwBIAJBmAFqIAJB3AFqIgMQxAEgAikDmAEhGiACKwOgASEdIAMQ1QIgHUQAAAAAAAAAAGRFIB1EAADA////30FjRXIgGkIBUXFFBEAgAiACKAK4ATYCiAEgAiACKQOwATcCgAEgAiACKQPAATcCjAEgAiACKALIATYClAEgAiAaPgJ4IAIgHfwDNgJ8IAJB2AFqENUCIAJB1AFqENUCDAILIAJB+ABqQZmRwABBPxC4ASACQcABahCSAyACQbABahCSAwsgAkHYAWoQ1QIgAkHUAWoQ1QILIAIgAikCgAE3A2ggAiACKAKIATYCcCACKAJ8IQMCQAJAAn8CQAJAIAIoAngiBkECRgRAIAIgAzYCmAEgAiACKQNoNwKcASACIAIoAnA2AqQBIAJBCGogAkGYAWoQ3wEgAigCDCERDAELIAIgAigClAE2AsgBIAIgAikCjAE3A8ABIAIgAigCcDYCuAEgAiACKQNoNwOwASACQfgAaiIFIAJB5ABqEGUgAiACKQJ8NwOYASACIAIoAoQBNgKgASACKAKIASERIAIoAnhBAUcNASACIAIoAqABNgKAASACIAIpA5gBNwN4IAIgETYChAEgAkEQaiAFEN8BIAIoAhQhESACQcABahCSAyACQbABahCSAwtBAQwBCyACIAIoAqABNgKAASACIAIpA5gBNwN4IAIgAikDwAE3AoQBIAIgAigCyAE2AowBIAIoArQBIAIoArgBIAIgAzYCnAEgAiAGNgKYASACIAJBmAFqNgKQASMAQfACayIHJABBCEGoAhCRAyIFRQRAQQhBqAIQoAMACyAFQoCAgIAQNwMAIAcgBTYCDCAHQQxqIgMQnwIhEiADEJ8CEIUDEA0hABBSIhUgACYBIAcgFTYCECAHQZSOwABBBRDbAjYCuAEgB0EQaiAHQbgBaiIEEPoCIRggBBDVAiMAQRBrIgMkACADEB85AwggA0EIaisDACEdIANBEGokACAHIB1EAAAAAOI34EGi/Ac3A+gCIAdBkIzAADYCuAEgB0KAgICA4AA3AsABIAcgB0HoAmo2ArwBIwBBEGsiCiQAIApBADYCDCAKQoCAgIAQNwIEIwBBEGsiCCQAIAQpAgAhGiAKQQRqIgsgBCgCDCIDIAQoAggiBmsiDUEAIAMgDU8bELMCIAggAzYCDCAIIAY2AgggCCAaNwMAIAgoAgwiBiAIKAIIIgMgAyAGSRshDSAIKAIEIQ4gCCgCACEPAkACQANAIAMgDUcEQCAOKQMAIRwCQCADRQRAQgEhGgwBC0IkIRtCASEaIAMhBgNAAkAgBkEBcQRAIBogG34hGiAGQQFGDQELIAZBAXYhBiAbIBt+IRsMAQsLIBpQDQMLIANBAWohAyALIA8gHCAagEIkgqdqLQAAEJABDAELCwwBC0HgoMAAQTNBtIzAABDPAQALIAhBEGokACAHQdwCaiINIgMgCigCDDYCCCADIAopAgQ3AgAgCkEQaiQAIAJB+ABqIgZBDGohCCAHKALgAiEOIAcoAuQCIQ8gBigCGCIDKAIAIQogAygCBCELEKIC/AchGiMAQRBrIgMkACADQQRqIhMgDiAPEIYBIBNBvJXAAEEBEMYBIAQgAygCDDYCcCAEIAMpAgQ3AmggBEEAOgCcASAEIBI2ApgBIAQgCzYCJCAEIAo2AiAgBEEANgKUASAEQoCAgIDAADcCjAEgBEIENwKEASAEQgA3AnwgBEKAgICAgAE3AnQgBEIBNwNIIAQgGiALrXwiGjcDCCAEIAqtIhs3AwAgBCAIKQIANwJcIAQgCCgCCDYCZCAEIAYpAgA3AlAgBCAGKAIINgJYIARCADcDQCAEQoCAgIDAADcDOCAEQgA3AzAgBEKAgICAwAA3AyggBCAbNwMQIAQgGjcDGCADQRBqJAAgB0EYaiAEQaAB/AoAAEHZiMAAQQQQ2wIhA0HdiMAAQQQQ2wIhBEHhiMAAQQIQ2wIhCEHjiMAAQQQQ2wIhCkHniMAAQQIQ2wIhC0HpiMAAQQQQ2wIhEkHtiMAAQQUQ2wIhDkHnicAAQQcQ2wIhD0HuicAAQQgQ2wIhE0H2icAAQQUQ2wIhGSANEJIDIAVBADYCOCAFQgQ3AzAgBUIANwMoIAVBAjYCGCAFQQA2AgggBUE8aiAHQRRqQaQB/AoAACAFQgA3A5gCIAUgGDYClAIgBSAVNgKQAiAFQoCAgICAgAE3A4gCIAUgGTYChAIgBSATNgKAAiAFIA82AvwBIAUgDjYC+AEgBSASNgL0ASAFIAs2AvABIAUgCjYC7AEgBSAINgLoASAFIAQ2AuQBIAUgAzYC4AEgBUEBNgIAIAdB8AJqJAAgAiAFNgLMASAFIAUoAgBBAWoiAzYCACADRQ0BIAUQhQMQDiEAEFIiBCAAJgEgAkHIAGogBUGIAmpBtI3AABCXAiACKAJMIQMgAigCSCIHENUCIAcgBDYCACADIAMoAgBBAWo2AgAgBSAFKAIEQQFqIgM2AgQgA0UNASACQcSNwAA2AnwgAiAFNgJ4IwBBEGsiBCQAQYyTwABBEBAUIQAQUiIHIAAmASAEQQhqEKsCQQEhAyACQUBrIggCfyAEKAIIQQFGBEAgBCgCDAwBC0EAIQMgBws2AgQgCCADNgIAIARBEGokACACKAJEIQQCQCACKAJAQQFGBEAgBhCbASACIAQ2AmggAkEYaiAFQThqQYSOwAAQlAIgAigCHCEDIAIoAhggBiACQegAaiIHEGwgBhDsASADIAMoAgBBAWo2AgAgAkHMAWoQjAEgBxDVAgwBCyACIAQ2AtABIAJBOGogAkH4AGoiAxDiASACKAI4IQcgAigCPCEIQQRBCBDMAiIGIAg2AgQgBiAHNgIAIAIgBkHcgcAAEJMDIgg2AtQBIAJBMGogAxDiASACKAIwIQcgAigCNCEKQQRBCBDMAiIGIAo2AgQgBiAHNgIAIAZB8IHAABA9IQAQUiIGIAAmASACIAY2AtgBIAJBKGogAxDiASACKAIoIQcgAigCLCEKQQRBCBDMAiIDIAo2AgQgAyAHNgIAIANBhILAABA7IQAQUiIHIAAmASACIAc2AtwBQQRBCBDMAiIDQcSNwAA2AgQgAyAFNgIAIAIgA0GYgsAAEJMDIgo2AmggAkHQAWoiAyACQdQBahCvAiADIAJB2AFqELICIAMgAkHcAWoQsAIgAyACQegAahCxAkEEQRgQzAIiA0EBOgAUIAMgCjYCECADIAc2AgwgAyAGNgIIIAMgCDYCBCADIAQ2AgAgAkEgaiAFQZgCakH0jcAAEJcCIAIoAiQhBiACKAIgIgQQzQEgBEHgjcAANgIEIAQgAzYCACAGIAYoAgBBAWo2AgAgAkHMAWoQTgsgAiAFNgJ4IAJB+ABqELsCIAJBsAFqEJIDQQALIQMgAkHkAGoQ1QIgAkHgAGoQ1QIgFCARNgIEIBQgAzYCACACQeABaiQADAELAAsgECgCDCEDIAlBCGoiBiAQKAIINgIAIAYgAzYCBCAQQRBqJAAgDCAJKAIIIAkoAgwQpgIgCUFAayQAIAwoAgAgDCgCBCAMKAIIIAxBEGokAAvHAwIJfwF+IwBBEGsiBCQAEFIiAiABJgEjAEEwayIDJAAgAyACNgIUIAMgADYCKCADIANBL2oiADYCJCADIAA2AiAgAyAANgIcIAMgA0EUajYCGCMAQUBqIgAkACAAQRxqIgIgA0EYaiIFKAIQEHEgAEEANgIoIAAgBSgCACgCACIGNgIsIAAoAhxFBEAgAEEIaiAAQShqEP4BIAAoAgghBCAAKAIMIQUgACACEPEBIAAoAgAiAyAEIAMbIgJBASACGyAAKAIEIAUgAxtBACACGxCeAwALIANBCGogACAAKAIkNgI4IAAgACkCHCILNwMwIABBEGohBSMAQSBrIgIkACACIAY2AgwCQCALpyIGQQxqENABIgcEQCACIAc2AhAgAiACQRBqIgkgBkEQaiACQQxqIgoQSCACKAIEIQYgAigCACEHIAkQuwIgChDVAgwBCyACQQI2AhAgAkEQahDzAiEGIAJBDGoQ1QJBASEHCyAFIAc2AgAgBSAGNgIEIAJBIGokACAAKQMQIABBMGoQyAI3AwAgAEFAayQAIAQgAygCCCADKAIMEKYCIANBMGokACAEKAIAIAQoAgQgBCgCCCAEQRBqJAALpQUCDH8BfiMAQRBrIgUkABBSIgIgASYBIwBBMGsiAyQAIAMgAjYCFCADIAA2AiggAyADQS9qIgA2AiQgAyAANgIgIAMgADYCHCADIANBFGo2AhgjAEFAaiICJAAgAkEcaiIAIANBGGoiBCgCEBBxIAJBADYCKCACIAQoAgAoAgAiBDYCLCACKAIcRQRAIAJBCGogAkEoahD+ASACKAIIIQMgAigCDCEFIAIgABDvASACKAIAIgAgAyAAGyIDQQEgAxsgAigCBCAFIAAbQQAgAxsQngMACyADQQhqIAIgAigCJDYCOCACIAIpAhwiDjcDMCACQRBqIQcgDqchCCMAQfAAayIAJAAgACAENgIUIABBPGogAEEUahBlIAAgACkCQDcDGCAAIAAoAkg2AiBBASEEIAAoAkwhBgJAIAAoAjxBAUYEQCAAIAAoAiA2AjAgACAAKQMYNwMoIAAgBjYCNCAAIABBKGoQ3wEgACgCBCEGDAELIAAgACgCIDYCYCAAIAApAxg3A1ggAEEIaiAIKAIAIgxBOGpB1IzAABCUAiAAKAIMIQkgACgCCCEKIAAQogL8ByIONwNoIAAgCjYCZCMAQRBrIgQkACAEQQQ2AgwgBEH7icAANgIIIABBPGoiDSAKQaWTwABBBkGrk8AAQQkgBEEIakECIABB2ABqQQAgBCAOEEUgBEEQaiQAIAkgCSgCAEEBajYCAAJAIAAoAjxBAkcEQCANIABByABqEKcBDAELIAxBCGoQRCAIEE4LQQAhBAsgAEEUahDVAiAHIAY2AgQgByAENgIAIABB8ABqJAAgAikDECACQTBqEMYCNwMAIAJBQGskACAFIAMoAgggAygCDBCmAiADQTBqJAAgBSgCACAFKAIEIAUoAgggBUEQaiQACygBAX8gACgCACIAQYAITyAAQYQISXEEfyAABRBSIgEgACUBJgEgAQsLJQEBfyAAKAIAIgFBBktBASABdEHDAHFFckUEQCAAQQRqEJIDCwspAQF/AkAgACgCACIAQX9GDQAgACAAKAIEQQFqIgE2AgQgAQ0AAAsgAAsqACAALQAEQQFxRQRAIAAQQCAAELsCIABBAToABEEADwtBxIzAABCPAwALJgEBfyAAKAIIIgMgAU0EQCABIAMgAhCkAQALIAAoAgQgAUEcbGoLJQIBfwF8IwBBEGsiACQAIAAQHTkDCCAAQQhqKwMAIABBEGokAAsmAQF/IwBBEGsiASQAIAEgAEEIazYCDCABQQxqEIgBIAFBEGokAAsmAQF/IwBBEGsiASQAIAEgAEEIazYCDCABQQxqEMECIAFBEGokAAsmAQF/IwBBEGsiASQAIAEgAEEIazYCDCABQQxqEL8CIAFBEGokAAsmACAAIAE2AgggACACQQAgAUEBcSIBGzYCBCAAQQAgAiABGzYCAAvzCgIIfwF+EFIiCiAHJgEQUiILIAgmASMAQYABayIJJAAgCSACNgIMIAkgATYCCCAJIAM2AhAgCSAENgIUIAkgBTYCGCAJIAY2AhwgCSAKNgIgIAkgCzYCJCAJIAA2AnggCSAJQf8AaiIANgJ0IAkgADYCcCAJIAA2AmwgCSAJQSRqNgJoIAkgADYCZCAJIAA2AmAgCSAANgJcIAkgCUEgajYCWCAJIAA2AlQgCSAANgJQIAkgCUEcajYCTCAJIAlBGGo2AkggCSAANgJEIAkgADYCQCAJIAlBFGo2AjwgCSAJQRBqNgI4IAkgADYCNCAJIAA2AjAgCSAJQQxqNgIsIAkgCUEIajYCKEEAIQMjAEGwAWsiACQAAkACQAJAAkACQAJAIAlBKGoiASgCUCICBEAgAigCACIEQf////8HSQ0CIABBzwA2AjggAEHagMAANgI0DAELIABBGzYCOCAAQb+AwAA2AjQLIABBADYCMAwBC0EBIQMgAiAEQQFqNgIAIAJBCGsiBCAEKAIAQQFqIgU2AgAgBUUNASAAIAQ2AjggACACNgI0IAAgAkEEajYCMAsgAEE8aiABKAIAKAIAIAEoAgQoAgAQ/QEgAEHIAGogASgCECgCACABKAIUKAIAEP0BIABB1ABqIAEoAiAoAgAgASgCJCgCABD9ASAAQQA2AmAgAEEANgJoIAAgASgCMCgCACIFNgJkIAAgASgCQCgCACIGNgJsIANFDQEgACgCPEGAgICAeEYNASAAKAJIQYCAgIB4Rg0BIAAoAlRBgICAgHhGDQEgACAAKAI4NgJ4IAAgACkCMCIRNwNwIAAgACkCPDcDgAEgACAAKAJENgKIASAAIAApAkg3A5ABIAAgACgCUDYCmAEgACAAKQJUNwOgASAAIAAoAlw2AqgBIABBgAFqIQIgAEGQAWohAyAAQaABaiEEIwBB0ABrIgEkACABIAY2AhggASAFNgIUIBGnENABIgUEQCABIAU2AhwgAigCBCELIAIoAgghDCADKAIEIQ0gAygCCCEOIAQoAgQhDyAEKAIIIRAgAUEgaiABQRhqEE8CQCABKAIgQQhHBEAgASABKQIoNwM4IAEgASkCIDcDMBCmAyEGIAFBxABqIAFBMGoiChBmIAoQngIMAQsgASgCJCEGIAFBFGoQlANFBEAgAUGAgICAeDYCRAwBCyABQcQAaiABQRRqEGwLIAEgASgCTDYCOCABIAEpAkQ3AzAgAUEIaiAFQThqQdyPwAAQlAIgASgCDCEKIAEoAgggCyAMIA0gDiAPIBBBASAGIAEoAkhBACABKAJEQYCAgIB4RxsgASgCTBBJIAogCigCAEEBajYCACAFQQhqEEQgAUEwahDfAiABQRxqELsCCyABQRhqENUCIAFBFGoQ1QIgBBCSAyADEJIDIAIQkgMgAUHQAGokACAAQfAAahDJAiAAQbABaiQADAILAAsgAEEoaiAAQegAahD+ASAAKAIoIQYgACgCLCEJIABBIGogAEHgAGoQ/gEgACgCICEFIAAoAiQhCiAAQRhqIABB1ABqEN4BIAAoAhghBCAAKAIcIQsgAEEQaiAAQcgAahDeASAAKAIQIQMgACgCFCEMIABBCGogAEE8ahDeASAAKAIIIQ0gACgCDCEOQQAhAgJ/IABBMGoiASgCAEUEQCABKAIIIQIgASgCBAwBCyABEMkCQQALIQEgACACNgIEIAAgATYCACAAKAIAIgEgDSABGyICIAMgAhsiAyAEIAMbIgQgBSAEGyIFIAYgBRsiBkEBIAYbIAAoAgQgDiABGyAMIAIbIAsgAxsgCiAEGyAJIAUbQQAgBhsQngMACyAJQYABaiQAC4sKAhB/AX4jAEEQayIKJAAQUiIEIAEmARBSIgMgAiYBIwBBQGoiBSQAIAUgAzYCFCAFIAQ2AhAgBSAANgI4IAUgBUE/aiIANgI0IAUgADYCMCAFIAA2AiwgBSAFQRRqNgIoIAUgADYCJCAFIAA2AiAgBSAANgIcIAUgBUEQajYCGCMAQdAAayIEJAAgBEEkaiIDIAVBGGoiACgCIBBxIARBADYCMCAEQQA2AjggBCAAKAIAKAIAIgY2AjQgBCAAKAIQKAIAIgc2AjwgBCgCJEUEQCAEQRBqIARBOGoQ/gEgBCgCECEGIAQoAhQhByAEQQhqIARBMGoQ/gEgBCgCCCEFIAQoAgwhCiAEIAMQ8QEgBCgCACIAIAUgABsiBSAGIAUbIgNBASADGyAEKAIEIAogABsgByAFG0EAIAMbEJ4DAAsgBCAEKAIsNgJIIAQgBCkCJCITNwNAIARBGGohECMAQUBqIgAkACAAIAc2AgwgACAGNgIIAkAgE6ciBkEMahDQASIDBEAgACADNgIQIABBMGoiCyAGIANBCGogAEEIahBdIAAoAjQhAyAAKAIwIgdBgICAgHhHBEAgACAAKAI4NgIcIAAgAzYCGCAAIAc2AhQgAEEMahCHAyIDBEAgACgCECERIAAgACgCHDYCOCAAIAApAhQ3AzAgACARQThqQdyPwAAQlAIgACgCBCESIAAoAgAhCCAGKAIEIQwgBigCCCENIAMQnQIhDyMAQTBrIgYkACAGIA82AhQjAEEQayIHJAAgB0EIaiAIQYABaiIIIAwgDRBvQQAhAyAHKAIIQQFGBEAgCCAHKAIMQfCXwAAQoQJBDGohAwsgAEEgaiEMIAdBEGokACAGQQc2AhgCQCADRQRAIAxBBzYCACAGQRRqENUCIAsQkgMMAQsgBkEYaiIHEJ4CIAYgCygCCDYCICAGIAspAgA3AxggBkEIaiENIwBBEGsiCCQAIAhBCGogAyAHKAIEIAcoAggQbgJAAkACfyAIKAIIQQFGBEAgCCgCDCIJIAMoAggiDk8NAiADKAIEIAlBBHRqIgkoAgwhAyAJIA82AgwgBxCSA0EBDAELIAMoAggiCSADKAIARgRAIAMQvAELIAMoAgQgCUEEdGoiDiAHKAIINgIIIA4gBykCADcCACAOIA82AgwgAyAJQQFqNgIIQQALIQcgDSADNgIEIA0gBzYCACAIQRBqJAAMAQsgCSAOQeCXwAAQpAEACyAGIAYoAgw2AiwgBiAGKAIIIgM2AiggAwRAIAZBLGoQ1QILIAxBCDYCAAsgBkEwaiQAQQEhBiASIBIoAgBBAWo2AgAgEUEIahBEIAAoAiAiA0EIRwRAIAAgACgCLDYCPCAAIAApAiQ3AjQgACADNgIwIAsQ8wIhAyAAQRBqELsCDAQLIABBEGoQuwJBACEGDAMLIABBNGpBsIrAAEEUEIYBIABBADYCMCAAQTBqEPMCIQMgAEEUahCSAwsgAEEQahC7AkEBIQYMAQsgAEEHNgIwIABBMGoQ8wIhA0EBIQYLIABBDGoQ1QIgAEEIahDVAiAQIAM2AgQgECAGNgIAIABBQGskACAEKQMYIRMgBEFAaxDIAiAFQQhqIBM3AwAgBEHQAGokACAFKAIMIQAgBSAFKAIIIgQ2AgQgBSAAQQAgBEEBcRs2AgAgCiAFKQMANwIAIAVBQGskACAKKAIAIAooAgQgCkEQaiQACzABAX8jAEEQayIDJAAgAyAAIAEQUiIAIAImASAAEH4gAygCACADKAIEIANBEGokAAsgACABLQAQQQFGBH8gASAAKAIAKAIAEJMCQQFzBUEBCwstAQF+QcCiwAApAwAhAUHAosAAQgA3AwAgACABQiCIPgIEIAAgAadBAUY2AgALJAEBfyAAKAIAIAAoAggiAmsgAUkEQCAAIAIgAUEEQQQQxQELCyEAAn8gABCJA0UEQEGACCAAEIsDRQ0BGgsgACABEPoCCwsnACABIAIgAxCMAiABIAQgBRBGIAAgASgCCDYCCCAAIAEpAgA3AgALGgAgACgCACUBIAEEfyABKAIABUEACyUBEBALGgAgACgCACUBIAEEfyABKAIABUEACyUBEBILGgAgACgCACUBIAEEfyABKAIABUEACyUBEBMLGgAgACgCACUBIAEEfyABKAIABUEACyUBEBULJAEBfyAAKAIAIAAoAggiAmsgAUkEQCAAIAIgAUEBQQEQxQELC44GAgZ/AX4DQCMAQRBrIgIkAAJAAn8CQCAAIAFBE2pBcHEiAyAAIANLG0EBaxD5ASIEQQFqIgVBPk0EQAJAQaiiwAApAwAiCEJ/IAWthoMQpQMiBUE/TQRAIABBEUkNASAAQQFrIQYDQCACQQRqIAUgAyAGEGogAigCBEEBRg0EIAVBP0kEQEGoosAAKQMAQn8gBUEBaq2GgxClAyIFQcAASQ0BCwsgAkEEaiAEIAMgBhBqIAIoAgQNA0EAIQUMBQtBACEFIAggBK2IQgGDUA0EIAJBBGogBCADIABBAWsQaiACKAIEQQFGDQIMBAtBsKLAACgCACAFQQJ0aigCACIFKAIMIAUQtAEgBUEEayIGIAYoAgBBAnM2AgAgBWoMAgtBACEFQaiiwAApAwBCAFkNAiACQQRqQT8gAyAAQQFrEGogAigCBEEBRw0CCyACKAIIIQUgAigCDAshBCAEIAMgBWoiA0YEf0EBBSADIAQQdUEDCyEEIANBBGsgBDYCAAsgAkEQaiQAIAVFBEAgAUETakFwcSAAQQAgAEEQSxtqQY+ABGpBEHYiA0AAIgZBf0YiB0UEQEG0osAAKAIAIQJBtKLAAEEANgIAIANBEHQhBEG0osAAAn8gAkEAIAZBEHQiAyACRhtFBEBBfyADIARqIgIgAiADSRtBcHEhBgJ/AkBBsKLAACgCAARAQQAgAyADQRNqQXBxIgRBEGoiAksgAiAGS3INAhogBEEEa0EHNgIADAELQQAgA0EBIAMbQQNqQXxxIgNBkwJqQXBxIgQgA0kgBCAGS3INARpBsKLAACADNgIAIARBBGtBA0EBIAQgBkkbNgIAQQAhAgNAIAJBgAJGDQEgAiADakEANgIAIAJBBGohAgwACwALIAQgBkkEQCAEIAYQdQsgBgsMAQsgAkF/IAMgBGoiBCADIARLG0FwcSIDTwR/IAIFAkAgAkEEayIGKAIAIgRBAXFFBEAgAiAEayICELQBDAELIAYgBEECcjYCAAsgAiADEHUgAwsLNgIACyAHRQ0BCwsgBQscAQF/IAAoAgAgAEEEahDVAgRAIABBCGoQ1QILCxcAIAEgA0YEfyAAIAIgARCtAQVBAQtFC1QBAX8gACgCACIBIAEoAgBBAWsiATYCACABRQRAIwBBEGsiASQAIAEgAEEEajYCDCABIAAoAgAiADYCCCAAQQxqELwCIAFBCGoQ6wEgAUEQaiQACwtbAQF/IAAoAgAiASABKAIAQQFrIgE2AgAgAUUEQCMAQRBrIgEkACABIABBBGo2AgwgASAAKAIAIgA2AgggAEEMaiIAEKUBIAAQuwIgAUEIahDrASABQRBqJAALC4oBAQJ/IAAoAgAiASABKAIAQQFrIgE2AgAgAUUEQCMAQRBrIgEkACABIABBBGo2AgwgASAAKAIAIgA2AgggAEEMaiIAQQxqEIkCIAAQkgMgAEEQahDVAgJAIAFBCGooAgAiAEF/Rg0AIAAgACgCBEEBayICNgIEIAINACAAQSAQ3AILIAFBEGokAAsLVAEBfyAAKAIAIgEgASgCAEEBayIBNgIAIAFFBEAjAEEQayIBJAAgASAAQQRqNgIMIAEgACgCACIANgIIIABBDGoQiQIgAUEIahDrASABQRBqJAALC3gBAn8gACgCACIBIAEoAgBBAWsiATYCACABRQRAIwBBEGsiASQAIAEgAEEEajYCDCABIAAoAgAiADYCCCAAQQhqEFUCQCABQQhqKAIAIgBBf0YNACAAIAAoAgRBAWsiAjYCBCACDQAgAEGoAhDcAgsgAUEQaiQACwuYAQECfyAAKAIAIgEgASgCAEEBayIBNgIAIAFFBEAjAEEQayIBJAAgASAAQQRqNgIMIAEgACgCACIANgIIIABBFGoQiQIgAEEIahCSAyAAQRhqENUCIABBHGoQ7gIgAEEwahDVAgJAIAFBCGooAgAiAEF/Rg0AIAAgACgCBEEBayICNgIEIAINACAAQTQQ3AILIAFBEGokAAsLJQAgACABKAIINgIEIAAgASgCBEEAIAEoAgBBgICAgHhHGzYCAAsdACAABEAgACABKAIQEQAADwtBkJnAAEEyEJ4DAAtUAQF/IAAoAgAiASABKAIAQQFrIgE2AgAgAUUEQCMAQRBrIgEkACABIABBBGo2AgwgASAAKAIAIgA2AgggAEEMahDCAiABQQhqEI0CIAFBEGokAAsL4wIBBn8gACgCACIBIAEoAgBBAWsiATYCACABRQRAIwBBEGsiBCQAIAQgAEEEajYCDCAEIAAoAgAiATYCCCMAQRBrIgAkAAJAIAFBDGoiBSgCDCIBRQRAIABCADcCCCAAQgA3AgAMAQsgACAFKAIIIgMgBSgCACICQQAgAiADTRtrIgM2AgAgAiADayIGIAFPBEAgAEIANwIIIAAgASADajYCBAwBCyAAQQA2AgggACACNgIEIAAgASAGazYCDAsgACgCBCAAKAIAIQIgBSgCBCEDIAAgACgCDCAAKAIIIgZrNgIEIAAgAyAGQQJ0ajYCACACayEBIAMgAkECdGohAgNAIAEEQCABQQFrIQEgAhC/AiACQQRqIQIMAQsLIAAoAgQhAiAAKAIAIQEDQCACBEAgAkEBayECIAEQvwIgAUEEaiEBDAELCyAAQRBqJAAgBRC7ASAEQQhqEI0CIARBEGokAAsLgQEBAn8gACgCACIBIAEoAgBBAWsiATYCACABRQRAIwBBEGsiASQAIAEgAEEEajYCDCABIAAoAgAiADYCCCAAQQxqIgAoAgAEQCAAEOYBCwJAIAFBCGooAgAiAEF/Rg0AIAAgACgCBEEBayICNgIEIAINACAAQRgQeAsgAUEQaiQACwsfACAAKAIABEAgABDmASAAKAIMIAAoAggoAgwRAAALC+YDAgN/AX4QUiIFIAMmASMAQUBqIgQkACAEIAI2AhAgBCABNgIMIAQgBTYCFCAEIAA2AjggBCAEQT9qIgA2AjQgBCAANgIwIAQgADYCLCAEIARBFGo2AiggBCAANgIkIAQgADYCICAEIARBEGo2AhwgBCAEQQxqNgIYIwBB4ABrIgAkACAAQSBqIARBGGoiASgCIBBxIABBLGogASgCACgCACABKAIEKAIAEP0BIABBADYCOCAAIAEoAhAoAgAiAjYCPAJAIAAoAiAEQCAAKAIsQYCAgIB4Rw0BCyAAQRhqIABBOGoQ/gEgACgCGCEEIAAoAhwhBSAAQRBqIABBLGoQ3gEgACgCECECIAAoAhQhBiAAQQhqIABBIGoQ8AEgACgCCCIBIAIgARsiAiAEIAIbIgRBASAEGyAAKAIMIAYgARsgBSACG0EAIAQbEJ4DAAsgACAAKAIoNgJIIAAgACkCICIHNwNAIAAgACkCLDcDUCAAIAAoAjQ2AlgjAEEQayIBJAAgASACNgIMIAenIgUoAgBBHGogAEHQAGoiAigCBCACKAIIIAFBDGoiBhBcIAUQhAMhBSAGENUCIAIQkgMgAUEQaiQAIABBQGsQxwIgAEHgAGokACAEQUBrJAAgBSUBIAUQgQEL5gMCA38BfhBSIgUgAyYBIwBBQGoiBCQAIAQgAjYCECAEIAE2AgwgBCAFNgIUIAQgADYCOCAEIARBP2oiADYCNCAEIAA2AjAgBCAANgIsIAQgBEEUajYCKCAEIAA2AiQgBCAANgIgIAQgBEEQajYCHCAEIARBDGo2AhgjAEHgAGsiACQAIABBIGogBEEYaiIBKAIgEHEgAEEsaiABKAIAKAIAIAEoAgQoAgAQ/QEgAEEANgI4IAAgASgCECgCACICNgI8AkAgACgCIARAIAAoAixBgICAgHhHDQELIABBGGogAEE4ahD+ASAAKAIYIQQgACgCHCEFIABBEGogAEEsahDeASAAKAIQIQIgACgCFCEGIABBCGogAEEgahDvASAAKAIIIgEgAiABGyICIAQgAhsiBEEBIAQbIAAoAgwgBiABGyAFIAIbQQAgBBsQngMACyAAIAAoAig2AkggACAAKQIgIgc3A0AgACAAKQIsNwNQIAAgACgCNDYCWCMAQRBrIgEkACABIAI2AgwgB6ciBSgCAEEoaiAAQdAAaiICKAIEIAIoAgggAUEMaiIGEFwgBRCGAyEFIAYQ1QIgAhCSAyABQRBqJAAgAEFAaxDGAiAAQeAAaiQAIARBQGskACAFJQEgBRCBAQsdACAAIAEQUiIAIAImASAAEFIiACADJgEgABCRAQseAQF/IAAoAgQiASABKAIAQQFrNgIAIABBCGoQuAILHgEBfyAAKAIEIgEgASgCAEEBazYCACAAQQhqELcCCx4BAX8gACgCBCIBIAEoAgBBAWs2AgAgAEEIahC5AgseAQF/IAAoAgQiASABKAIAQQFrNgIAIABBCGoQugILGwEBfyAAQQQQkAMiAUUEQEEEIAAQoAMACyABCxoBAX8gACgCACIBQQBKBEAgACgCBCABEHgLCxsBAX8gACABEJEDIgJFBEAgACABEKADAAsgAgsXAQF/IAAoAgAiAQRAIAAoAgQgARB4CwsXACAAQQhqEJIDIAAQ1wIgAEEUahDfAgsYACAALQAcRQRAIAAQtQIgAEEMahCeAgsLFwEBfyAAECUiATYCBCAAIAFBAEc2AgALFwEBfyAAECYiATYCBCAAIAFBAEc2AgALFwEBfyAAECciATYCBCAAIAFBAEc2AgALFwEBfyAAECgiATYCBCAAIAFBAEc2AgALHwAgAARAIAAgARCgAwALQaSewABBI0G4nsAAEM8BAAsVACAAKAIAIgBBhAhPBEAgABCBAQsLFgAgASgCACABKQMIIAAoAgApAwBYcQsSACAAKAIABEAgAEEEahDVAgsLEgAgAC0AAARAIABBBGoQ1QILCxYBAX8gACgCBCAAKAIIENsCIAAQkgMLEABByprAAEHRACAAEM8BAAsWAQFvIAAgARA/IQIQUiIAIAImASAACw0AIAEEQCAAIAEQeAsLEgAgACgCAEECSQRAIAAQzgILCxYAIAAoAgBBgICAgHhHBEAgABD1AgsLFgAgACgCAEGAgICAeEcEQCAAEJIDCwsSACAAQSxqEJIDIABBIGoQtQILEwAgACgCAEUEQCAAQQRqENUCCwsWACAAIAFBCGo2AgQgAEHEm8AANgIACxMAQcCiwAAgAK1CIIZCAYQ3AwALDQAgAQRAIAAgARB4CwscACAAQfydwAApAgA3AgggAEH0ncAAKQIANwIACxwAIABB7J3AACkCADcCCCAAQeSdwAApAgA3AgALFgAgACgCACABIAIgACgCBCgCDBEFAAvPAgMBfwF+AW8jAEEgayIDJAAgAyACNgIEIAMgATYCACADIAA2AhggAyADQR9qIgA2AhQgAyAANgIQIAMgA0EEajYCDCADIAM2AggjAEHQAGsiACQAIABBGGogA0EIaiIBKAIQEHEgAEEkaiABKAIAKAIAIAEoAgQoAgAQ/QECQCAAKAIYBEAgACgCJEGAgICAeEcNAQsgAEEQaiAAQSRqEN4BIAAoAhAhAiAAKAIUIQMgAEEIaiAAQRhqEPABIAAoAggiASACIAEbIgJBASACGyAAKAIMIAMgARtBACACGxCeAwALIAAgACgCIDYCOCAAIAApAhgiBDcDMCAAIAApAiQ3A0AgACAAKAIsNgJIIASnKAIAQRxqIABBQGsiASgCBCABKAIIEHkhAiABEJIDIABBMGoQxwIgAEHQAGokACADQSBqJAAgAiUBIAIQgQEL8AIDAn8BfgFvIwBBIGsiAyQAIAMgAjYCBCADIAE2AgAgAyAANgIYIAMgA0EfaiIANgIUIAMgADYCECADIANBBGo2AgwgAyADNgIIIwBB0ABrIgAkACAAQRhqIANBCGoiASgCEBBxIABBJGogASgCACgCACABKAIEKAIAEIUBAkAgACgCGARAIAAoAiRBgYCAgHhHDQELIABBEGogAEEkahDdASAAKAIQIQIgACgCFCEDIABBCGogAEEYahDwASAAKAIIIgEgAiABGyICQQEgAhsgACgCDCADIAEbQQAgAhsQngMACyAAIAAoAiA2AjggACAAKQIYIgU3AzAgACAAKQIkNwNAIAAgACgCLDYCSCMAQRBrIgEkACABQQhqIABBQGsiBBC9AiAFpyICKAIAQRxqIAEoAgggASgCDBBkIAIQhAMhAiAEEN8CIAFBEGokACAAQTBqEMcCIABB0ABqJAAgA0EgaiQAIAIlASACEIEBC88CAwF/AX4BbyMAQSBrIgMkACADIAI2AgQgAyABNgIAIAMgADYCGCADIANBH2oiADYCFCADIAA2AhAgAyADQQRqNgIMIAMgAzYCCCMAQdAAayIAJAAgAEEYaiADQQhqIgEoAhAQcSAAQSRqIAEoAgAoAgAgASgCBCgCABD9AQJAIAAoAhgEQCAAKAIkQYCAgIB4Rw0BCyAAQRBqIABBJGoQ3gEgACgCECECIAAoAhQhAyAAQQhqIABBGGoQ7wEgACgCCCIBIAIgARsiAkEBIAIbIAAoAgwgAyABG0EAIAIbEJ4DAAsgACAAKAIgNgI4IAAgACkCGCIENwMwIAAgACkCJDcDQCAAIAAoAiw2AkggBKcoAgBBKGogAEFAayIBKAIEIAEoAggQeSECIAEQkgMgAEEwahDGAiAAQdAAaiQAIANBIGokACACJQEgAhCBAQvwAgMCfwF+AW8jAEEgayIDJAAgAyACNgIEIAMgATYCACADIAA2AhggAyADQR9qIgA2AhQgAyAANgIQIAMgA0EEajYCDCADIAM2AggjAEHQAGsiACQAIABBGGogA0EIaiIBKAIQEHEgAEEkaiABKAIAKAIAIAEoAgQoAgAQhQECQCAAKAIYBEAgACgCJEGBgICAeEcNAQsgAEEQaiAAQSRqEN0BIAAoAhAhAiAAKAIUIQMgAEEIaiAAQRhqEO8BIAAoAggiASACIAEbIgJBASACGyAAKAIMIAMgARtBACACGxCeAwALIAAgACgCIDYCOCAAIAApAhgiBTcDMCAAIAApAiQ3A0AgACAAKAIsNgJIIwBBEGsiASQAIAFBCGogAEFAayIEEL0CIAWnIgIoAgBBKGogASgCCCABKAIMEGQgAhCGAyECIAQQ3wIgAUEQaiQAIABBMGoQxgIgAEHQAGokACADQSBqJAAgAiUBIAIQgQELEwAgACABEFIiACACJgEgABCyAQsPACAAKAIABEAgABCJAgsLPwECfyAAQQRqIgIiASgCCCEAIAEoAgQhAQNAIAAEQCAAQQFrIQAgARD3AiABQRRqIQEMAQsLIAJBBEEUEMwBCxUAIAAoAgAlASABKAIAJQEQMUEARwsUAgFvAX8QICEAEFIiASAAJgEgAQsvACACIAMQtAIiAgRAIAMgASABIANLGyIDBEAgAiAAIAP8CgAACyAAIAEQeAsgAgsSACABKAIAIAAoAgAoAgAQkwILDQEBfyAAEG0gABCeAgsPACAAEJIDIABBDGoQvAILDwAgAEEMahDVAiAAEJsDCw8AIAAQkgMgAEEMahD1AgsPACAAEJIDIABBDGoQ1QILEAAgAC0AGEUEQCAAEOEBCwsQACAALQAERQRAIAAQuwILCyABAW8gACgCACUBIAEoAgAlARAKIQIQUiIAIAImASAACxMAIAAoAgAlASABKAIAJQEQAhoLDwAQ+wEaQfyhwAAgABB0CxMAIABBhJ7AADYCBCAAIAE2AgALEQAgASAAKAIAIAAoAgQQ5wILEAAgASAAKAIAIAAoAgQQQguCAQMCfwF+AW8jAEEwayIBJAAgAUEUaiICIAAQcSABKAIURQRAIAFBCGogAhDxASABKAIIIgBBASAAGyABKAIMQQAgABsQngMACyABIAEoAhw2AiggASABKQIUIgM3AyAgA6dBEGoQnQIhACABQSBqEMgCIAFBMGokACAAJQEgABCBAQuFAQMCfwF+AW8jAEEwayIBJAAgAUEUaiICIAAQcSABKAIURQRAIAFBCGogAhDwASABKAIIIgBBASAAGyABKAIMQQAgABsQngMACyABIAEoAhw2AiggASABKQIUIgM3AyAgA6coAgBBGGoQnQIhACABQSBqEMcCIAFBMGokACAAJQEgABCBAQsPACAAKAIAJQEgASACEAALDwAgASAAKAIAKAIAEIgCCw0AIAAoAgBBCGoQvQELKQEBf0EEQRAQzAIiASAANgIMIAFBADYCCCABQoGAgIAQNwIAIAFBCGoLDQAgACgCAEEIahC+AQsMACAAQQAgABCLAxsLDgAgACgCACUBEC9BAEcLDgAgACgCACUBEDJBAEcLDgAgACgCACUBEDNBAEcLDgAgACgCACUBEDZBAEcLDgAgACgCACUBEDdBAEcLDwAgAEGUncAAIAEgAhBDCxMAQaCgwABB3QBB0KDAABDPAQALEABB+aDAAEHHACAAEM8BAAsJACABIAAQtAILCQAgASAAEJADCwsAIABBAUEBEMwBCxYBAW8gACABEDwhAhBSIgAgAiYBIAALDAAgACgCACUBEDBFCwsAIABBBEEEEMwBCwwAIABBCEHAABDMAQs0AQJ/IAAoAgghASAAKAIEIQIDQCABBEAgAUEBayEBIAIQvAIgAkEEaiECDAELCyAAEJUDCzQBAn8gACgCCCEBIAAoAgQhAgNAIAEEQCABQQFrIQEgAhDgAiACQUBrIQIMAQsLIAAQlgMLDAAgABCnAyAAENUCCwsAIABBBEEQEMwBCzwBAn8gACgCCCECIAAoAgQhAQNAIAIEQCABEJIDIAFBDGoQ1QIgAkEBayECIAFBEGohAQwBCwsgABCaAwsJABD7ASAAEHQLDQBBxZzAAEEbEJ4DAAsJACAAIAEQLgALDAAgACABKQIANwMACz4BAX8jAEEQayICJAAgAiABNgIMIAIgADYCCCACQQhqIgAoAgAgACgCBEHUosAAKAIAIgBB5gAgABsRAQAACw0AIAFBvKHAAEEYEEILDQAgAUGcocAAQSAQQgtyAgJ/AX4jAEEwayIBJAAgAUEUaiICIAAQcSABKAIURQRAIAFBCGogAhDvASABKAIIIgBBASAAGyABKAIMQQAgABsQngMACyABIAEoAhw2AiggASABKQIUIgM3AyAgA6cQpQEgAUEgahDGAiABQTBqJAALeAICfwF+IwBBMGsiASQAIAFBFGoiAiAAEHEgASgCFEUEQCABQQhqIAIQ7wEgASgCCCIAQQEgABsgASgCDEEAIAAbEJ4DAAsgASABKAIcNgIoIAEgASkCFCIDNwMgIAOnKAIAQQhqELkBIAFBIGoQxgIgAUEwaiQACwYAIAB6pwsMAEH7icAAQQQQ2wILCwAgACgCACUBEDgLDABB6KLAAEEBOgAACwkAIABBADYCAAsGACAAEHMLBwAgABCbAQsHACAAEMACCwMAAAssAQF/AkAgACgCACIAQX9GDQAgACAAKAIEQQFrIgI2AgQgAg0AIAAgARB4CwtOAQF/IwBBIGsiBiQAIAYgATYCDCAGIAA2AgggBiAFIAZqrUKAgICA4A6ENwMYIAYgBCAGaq1CgICAgOAOhDcDECADIAZBEGogAhDPAQALNgEBfyABKAIAIgRB/////wdPBEAgAhCDAgALIAEgBEEBajYCACAAIAE2AgQgACABIANqNgIACyoAIAEoAgBFBEAgAUF/NgIAIAAgATYCBCAAIAEgA2o2AgAPCyACEIICAAsoAQF/IwBBEGsiAiQAIAIgAkEPaq0gAYQ3AwBBk4PAACACIAAQzwEACy0BAX8gAUEIayIDIAMoAgBBAWoiAzYCACADRQRAAAsgACABNgIEIAAgAjYCAAs/AQF/IwBBEGsiAyQAIANBCGogACACaiABEOoBIAMoAgwhACADKAIIEJ0CIAAgACgCAEEBazYCACADQRBqJAALC6UiBABBgIDAAAvUIWF0dGVtcHRlZCB0byB0YWtlIG93bmVyc2hpcCBvZiBSdXN0IHZhbHVlIHdoaWxlIGl0IHdhcyBib3Jyb3dlZG51bGwgcG9pbnRlciBwYXNzZWQgdG8gcnVzdHJlY3Vyc2l2ZSB1c2Ugb2YgYW4gb2JqZWN0IGRldGVjdGVkIHdoaWNoIHdvdWxkIGxlYWQgdG8gdW5zYWZlIGFsaWFzaW5nIGluIHJ1c3QAAAAFAAAABAAAAAQAAAAGAAAABwAAAEZuT25jZSBjYWxsZWQgbW9yZSB0aGFuIG9uY2UIAAAACAAAAAQAAAAJAAAACgAAAAgAAAAIAAAABAAAAAsAAAAMAAAACAAAAAgAAAAEAAAADQAAAA4AAAAIAAAACAAAAAQAAAAPAAAAEAAAAGNsb3N1cmUgaW52b2tlZCByZWN1cnNpdmVseSBvciBhZnRlciBiZWluZyBkcm9wcGVkIGluZGV4IG91dCBvZiBib3VuZHM6IHRoZSBsZW4gaXMgwBIgYnV0IHRoZSBpbmRleCBpcyDAAC9ydXN0Yy81OTgwNzYxNmUxZmEyNTQwNzI0YmZiYWMxNGQ3OTc2ZDdlNGEzODYwL2xpYnJhcnkvY29yZS9zcmMvY2VsbC9sYXp5LnJzAHNyYy9wcm90b2NvbC9jbGllbnQucnMAc3JjL3Byb3RvY29sL3BhY2tldC5ycwBzcmMvY2xpZW50L2Vycm9yLnJzAHNyYy9jbGllbnQvZHJpdmVyLnJzAHNyYy9jbGllbnQvZW1pdHRlci5ycwBzcmMvcHJvdG9jb2wvc21hbGxfbWFwLnJzAGNyYXRlcy9pbmRleC5jcmF0ZXMuaW8tMTk0OWNmOGM2YjViNTU3Zi9qcy1zeXMtMC4zLjEwNy9zcmMvZnV0dXJlcy9qc3BpLnJzAGNyYXRlcy9pbmRleC5jcmF0ZXMuaW8tMTk0OWNmOGM2YjViNTU3Zi9qcy1zeXMtMC4zLjEwNy9zcmMvZnV0dXJlcy9xdWV1ZS5ycwAvcnVzdGMvNTk4MDc2MTZlMWZhMjU0MDcyNGJmYmFjMTRkNzk3NmQ3ZTRhMzg2MC9saWJyYXJ5L2FsbG9jL3NyYy9yYXdfdmVjL21vZC5ycwAvcnVzdGMvNTk4MDc2MTZlMWZhMjU0MDcyNGJmYmFjMTRkNzk3NmQ3ZTRhMzg2MC9saWJyYXJ5L2FsbG9jL3NyYy92ZWMvbW9kLnJzAGNyYXRlcy9pbmRleC5jcmF0ZXMuaW8tMTk0OWNmOGM2YjViNTU3Zi9qcy1zeXMtMC4zLjEwNy9zcmMvZnV0dXJlcy90YXNrL3NpbmdsZXRocmVhZC5ycwAScmVtb3ZhbCBpbmRleCAoaXMgwBYpIHNob3VsZCBiZSA8IGxlbiAoaXMgwAEpABZzd2FwX3JlbW92ZSBpbmRleCAoaXMgwBYpIHNob3VsZCBiZSA8IGxlbiAoaXMgwAEpAHR5cGVuYW1ldG9mcm9taWRib2R5ZXJyb3J0aXRsZWtleQAAUgMQAEwAAAB5CwAAJAAAAAAAAAAEAAAABAAAABEAAAASAAAAEwAAACAAAAAIAAAAFAAAABUAAAAgAAAABAAAABYAAAAXAAAACAAAAAQAAAAYAAAAnwMQAFcAAABGAAAAFQAAAG1lc3NhZ2VyZXF1ZXN0cmVzcG9uc2VldmVudG51bGxib2R5IGNhbm5vdCBiZSBzZW50IGFzIEpTT046IG5hbWUgaXMgbm90IGEgc3RyaW5nY2IgaXMgbm90IGEgZnVuY3Rpb250aW1lb3V0b3B0aW9ucy50aW1lb3V0IG11c3QgYmUgYSBwb3NpdGl2ZSBudW1iZXIgb2YgbWlsbGlzZWNvbmRzY2FsbGJhY2sgaXMgbm90IGEgZnVuY3Rpb25Qcm9taXNlIGV4ZWN1dG9yIHJ1bnMgYXQgb25jZQARAhAAEwAAAC4AAAAmAAAAEQIQABMAAABRAAAAKwAAAGNvZGUlAhAAFAAAADAAAAATAAAAJQIQABQAAAA0AAAAEwAAACUCEAAUAAAAOgAAABMAAAAwMTIzNDU2Nzg5YWJjZGVmZ2hpamtsbW5vcHFyc3R1dnd4eXolAhAAFAAAAMwBAAAaAAAAJQIQABQAAAALAQAAKwAAACUCEAAUAAAA1QAAACgAAAAlAhAAFAAAAMEAAAATAAAAJQIQABQAAADpAAAAEwAAACUCEAAUAAAA/AAAACMAAAAlAhAAFAAAAAMBAAAWAAAAJQIQABQAAAAFAQAAFwAAACUCEAAUAAAAsQAAABYAAAAZAAAAIAEAAAgAAAAaAAAAGwAAABwAAAAdAAAAHgAAABgAAAAEAAAAHwAAACAAAAAlAhAAFAAAALQAAAAoAAAAJQIQABQAAAC2AAAAHQAAAHJlcGx5AAAAJQIQABQAAADFAAAAEwAAAHJhZ2VudENyZWF0ZWRyYWdlbnREZXN0cm95ZWRXZWJTb2NrZXQgZXJyb3JjbG9zZSUCEAAUAAAAEAEAACAAAAAlAhAAFAAAABEBAAAwAAAAJQIQABQAAADKAAAAEwAAACUCEAAUAAAAYwEAACAAAAAlAhAAFAAAAGQBAAATAAAAJQIQABQAAABmAQAAKwAAACUCEAAUAAAAUAEAABwAAAAlAhAAFAAAAFEBAAAkAAAAJQIQABQAAADhAAAAIgAAADoCEAAVAAAAMQAAAB8AAAA6AhAAFQAAADAAAAAlAAAAOgIQABUAAAAbAAAAEwAAAGxpc3RlbmVyIGlzIG5vdCBhIGZ1bmN0aW9uAAA6AhAAFQAAAEYAAAAmAAAAOgIQABUAAAA/AAAAEwAAADoCEAAVAAAAJQAAACIAAAA6AhAAFQAAACoAAAASAAAAOgIQABUAAAA3AAAADgAAAHVybHJlcXVlc3RUaW1lb3V0Y29uZmlnLnJlcXVlc3RUaW1lb3V0IG11c3QgYmUgYSBwb3NpdGl2ZSBudW1iZXIgb2YgbWlsbGlzZWNvbmRzY29uZmlnLnVybCBpcyBub3QgYSBzdHJpbmdjb25maWcua2V5IGlzIG51bGxjb25maWcudXJsIGlzIG51bGxjb25maWcgaXMgbnVsbHJhZ2VudHMuY3JlYXRlU2Vzc2lvbigpOiBhZ2VudEluZm8uaWQgaXMgbm90IGEgc3RyaW5nYWdlbnRJbmZvIGlzIG5vdCBhbiBvYmplY3Rjb25uZWN0aW9uIGNsb3NlZCAoY29kZSApcmFnZW50cy1wcm90b2NvbCwiZXJyb3IiOnNlcnZlcmdldEFnZW50c2FnZW50IGRvZXMgbm90IGhhbmRsZSBtZXNzYWdlcyBuYW1lZCAnJwDjARAAFgAAAH0CAAAfAAAAY3JlYXRlQWdlbnQ6IG5vIGlkIGluIHJlc3BvbnNlY3JlYXRlQWdlbnR7ImlkIjpkZXN0cm95QWdlbnQAAAAAAAQAAAAEAAAAIQAAACIAAAAiAAAAeyJ0eXBlIjoicmVxdWVzdCIsIm5hbWUiOiJjb25uZWN0IiwidG8iOiJzZXJ2ZXIiLCJpZCI6IjAiLCJib2R5Ijp7ImtleSI6fWFnZW50Q3JlYXRlZGFnZW50RGVzdHJveWVkAAAAAAAEAAAABAAAACMAAAAkAAAAJAAAAC5jb25uZWN0vQoQAAcAAAAwAAAAzAoQAAEAAAClCRAABgAAAEVSUl9JTlZBTElEX0FSR0VSUl9DT05ORUNURVJSX0NMT1NFREVSUl9USU1FT1VURVJSX0FHRU5UX0RFU1RST1lFREVSUl9BR0VOVF9OT1RfRk9VTkRFUlJfUkVNT1RFRVJSX0RFU1RST1lFRHNlc3Npb24gY2xvc2VkcmVxdWVzdCB0aW1lZCBvdXQgYWZ0ZXIgIG1zYWdlbnQgZGVzdHJveWVkYWdlbnQgbm90IGZvdW5kZGVzdHJveWVkIjoAAPoBEAAWAAAA0QAAAAkAAABcIlxcXG5cclx0XHUwMDAxMjM0NTY3ODlhYmNkZWYAAFACEAAZAAAAFwAAADEAAABQAhAAGQAAACUAAABAAAAAUAIQABkAAAAbAAAANQAAACUCEAAUAAAAfQAAABEAAAAlAhAAFAAAALgBAAATAAAAJQIQABQAAACzAQAAEwAAACUCEAAUAAAApgEAABMAAAAlAhAAFAAAAK4BAAATAAAADwAAAAsAAAAKAAAACwAAABMAAAATAAAACgAAAA0AAADgChAA7woQAPoKEAAECxAADwsQACILEAA1CxAAPwsQAGNsb3N1cmUgaW52b2tlZCByZWN1cnNpdmVseSBvciBhZnRlciBiZWluZyBkcm9wcGVkY2FsbGVkIGBSZXN1bHQ6OnVud3JhcF90aHJvdygpYCBvbiBhbiBgRXJyYCB2YWx1ZQDUEBAA3BAQAOQQEADsEBAAUwAAAAQAAAAEAAAAVAAAAFUAAABjbG9zdXJlIGludm9rZWQgcmVjdXJzaXZlbHkgb3IgYWZ0ZXIgYmVpbmcgZHJvcHBlZGludGVybmFsIGVycm9yOiBlbnRlcmVkIHVucmVhY2hhYmxlIGNvZGUAAJUBEABNAAAA/gAAAC4AAACVARAATQAAAO0AAABMAAAAWwAAAFwAAABdAAAAXgAAAGoCEABKAAAAyAAAACwAAABqAhAASgAAALsAAAAgAAAAXwAAAGAAAABhAAAAYgAAAJ8DEABXAAAAnAAAACUAAAC1AhAASwAAACcAAAAuAAAAtQIQAEsAAAAqAAAAKQAAALUCEABLAAAAQAAAABoAAABjYWxsZWQgYE9wdGlvbjo6dW53cmFwX3Rocm93KClgIG9uIGEgYE5vbmVgIHZhbHVlbnVsbCBwb2ludGVyIHBhc3NlZCB0byBydXN0VHJpZWQgdG8gc2hyaW5rIHRvIGEgbGFyZ2VyIGNhcGFjaXR5AQMQAFAAAAAsAwAACQAAAGcAAAAMAAAABAAAAGgAAABpAAAAagAAAAAAAAAIAAAABAAAAGsAAABsAAAAbQAAAG4AAABvAAAAEAAAAAQAAABwAAAAcQAAAHIAAABzAAAAbV3L1ixQ62N4QaZXcRuLuRWiXFU0VQfUU3itgVHwo/cAAAAACAAAAAQAAAB0AAAAZwAAAAwAAAAEAAAAdQAAAGNhcGFjaXR5IG92ZXJmbG93AAAAAQMQAFAAAAAcAAAABQAAAFIDEABMAAAAmggAAA0AAAAwMDAxMDIwMzA0MDUwNjA3MDgwOTEwMTExMjEzMTQxNTE2MTcxODE5MjAyMTIyMjMyNDI1MjYyNzI4MjkzMDMxMzIzMzM0MzUzNjM3MzgzOTQwNDE0MjQzNDQ0NTQ2NDc0ODQ5NTA1MTUyNTM1NDU1NTY1NzU4NTk2MDYxNjI2MzY0NjU2NjY3Njg2OTcwNzE3MjczNzQ3NTc2Nzc3ODc5ODA4MTgyODM4NDg1ODY4Nzg4ODk5MDkxOTI5Mzk0OTU5Njk3OTg5OUxhenlDZWxsIGluc3RhbmNlIGhhcyBwcmV2aW91c2x5IGJlZW4gcG9pc29uZWQAAJUBEABNAAAAdAEAAAUAAABhdHRlbXB0IHRvIGRpdmlkZSBieSB6ZXJvYGFzeW5jIGZuYCByZXN1bWVkIGFmdGVyIGNvbXBsZXRpb25SZWZDZWxsIGFscmVhZHkgbXV0YWJseSBib3Jyb3dlZFJlZkNlbGwgYWxyZWFkeSBib3Jyb3dlZABB1KHAAAspAgAAAFYAAAACAAAAVwAAAAIAAABYAAAAAgAAAFkAAAAAAAAAWgAAAGMAQYiiwAALBQIAAABlAEGYosAACwEEAHAJcHJvZHVjZXJzAghsYW5ndWFnZQEEUnVzdAAMcHJvY2Vzc2VkLWJ5AwVydXN0Yx0xLjk1LjAgKDU5ODA3NjE2ZSAyMDI2LTA0LTE0KQZ3YWxydXMGMC4yNy4zDHdhc20tYmluZGdlbgcwLjIuMTMwAJQBD3RhcmdldF9mZWF0dXJlcwgrD211dGFibGUtZ2xvYmFscysTbm9udHJhcHBpbmctZnB0b2ludCsLYnVsay1tZW1vcnkrCHNpZ24tZXh0Kw9yZWZlcmVuY2UtdHlwZXMrCm11bHRpdmFsdWUrD2J1bGstbWVtb3J5LW9wdCsWY2FsbC1pbmRpcmVjdC1vdmVybG9uZw==");
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
