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

var b = atob("AGFzbQEAAAABxAM+YAF/AGACf38AYAJ/fwF/YAN/f38AYAF/AX9gA39/fwF/YAR/f39/AGAAA39/f2ABbwF/YAFvAW9gAAF/YAV/f39/fwBgAn9/AW9gBH9/f38Bf2ABfwFvYAJvbwBgAABgBn9/f39/fwBgBH9/f28Df39/YAN/f38Bb2ACf28AYAN/b28Df39/YAJvfwFvYAJvbwF/YANvb28Bb2ACb28Bb2AAAXxgAAFvYAFvAGACf34AYAd/f39vb29vA39/f2ACf28Df39/YAR/f39vAW9gAAJ/f2ADb39/AGAFb29vb28Bb2AEb29vbwFvYAR/f39/AW9gBG9/f38AYANvb28Bf2AMf39/f39/f39/f39+AGALf39/f39/f39/f38AYAZ/f39/f38Bf2AGf39/fn9/AGAGf39/fX9/AGAGf39/fH9/AGAFf39/f38Bf2AFf39+f38Bf2AFf399f38Bf2AFf398f38Bf2AFf39+f38AYAV/f31/fwBgBX9/fH9/AGAFf29vb28Df39/YAABfmACb28Df39/YAl/f39/f39/b28AYAN/b28Cf39gA39/bwJ/f2AEf39vbwBgA39/bwBgAX4BfwKWGkEPLi9yYWdlbnRzX2JnLmpzG19fd2JnX3NlbmRfODc0MTZlZTcwNDgxYTE5MAAiDy4vcmFnZW50c19iZy5qcyRfX3diZ19nZXRfdW5jaGVja2VkX2U2MzI1YWQzNzRlZmY4NjEAFg8uL3JhZ2VudHNfYmcuanMbX193YmdfcHVzaF9jOWY0ODkzZmMyMDlmNzY4ABcPLi9yYWdlbnRzX2JnLmpzHV9fd2JnX2xlbmd0aF9iMDNhMGZhYmIxMDliMWU5AAgPLi9yYWdlbnRzX2JnLmpzHV9fd2JnX2ZyZWV6ZV80ZWUxOTdlODQ0NmM4OTJmAAkPLi9yYWdlbnRzX2JnLmpzG19fd2JnX2JpbmRfYjkyMTk2MDhiNmViYTAyMwAjDy4vcmFnZW50c19iZy5qcxtfX3diZ19jYWxsX2E0MTBlYjRiNTllZDU5NjUAGA8uL3JhZ2VudHNfYmcuanMbX193YmdfY2FsbF9mYzkyZmVlNjEzN2Q0NTJkACQPLi9yYWdlbnRzX2JnLmpzHF9fd2JnX2FwcGx5X2JmZTJiMDdiMTQ2NDI3ZTIAGA8uL3JhZ2VudHNfYmcuanMaX193YmdfbmV3X2JhNDAxODFiM2YyNGFjODAADA8uL3JhZ2VudHNfYmcuanMdX193YmdfU3RyaW5nX2QxNTNiYTA2YTNmMDY5NmEACQ8uL3JhZ2VudHNfYmcuanMaX193YmdfZ2V0X2RkZDRjYjAxZWI4MjdmNWYAGQ8uL3JhZ2VudHNfYmcuanMPX193YmdfYWdlbnRfbmV3AA4PLi9yYWdlbnRzX2JnLmpzEF9fd2JnX3JhZ2VudF9uZXcADg8uL3JhZ2VudHNfYmcuanMTX193YmdfcmVzcG9uZGVyX25ldwAODy4vcmFnZW50c19iZy5qcxpfX3diZ19ub3dfYjc1NTk4Yjg1OTY3NTZlNQAaDy4vcmFnZW50c19iZy5qcxFfX3diZ19zZXNzaW9uX25ldwAODy4vcmFnZW50c19iZy5qcxxfX3diZ19wYXJzZV84ZGFjYTdlZDEzZmFmZWFmAAkPLi9yYWdlbnRzX2JnLmpzIV9fd2JnX3NldF9vbm9wZW5fNzU3YmUxMjBjYzdiMWVhNgAPDy4vcmFnZW50c19iZy5qcyFfX3diZ19yZWFkeVN0YXRlXzAzOWJjMDQ3MTQxYTVmNmQACA8uL3JhZ2VudHNfYmcuanMiX193Ymdfc2V0X29uY2xvc2VfMDc4OTM1Y2Y4ZDBmYjAyNAAPDy4vcmFnZW50c19iZy5qcyJfX3diZ19zZXRfb25lcnJvcl9mN2YwODlmN2YwNTk1MDFjAA8PLi9yYWdlbnRzX2JnLmpzI19fd2JnX25ld193aXRoX3N0cl80Yzg3ZTJhNWJhOTI1MDIxACUPLi9yYWdlbnRzX2JnLmpzJF9fd2JnX3NldF9vbm1lc3NhZ2VfMjZhYmM0OWNmYTVmOWZmYwAPDy4vcmFnZW50c19iZy5qcxxfX3diZ19jbG9zZV8yYThiMWJhMDdiOWUwZmVlACYPLi9yYWdlbnRzX2JnLmpzG19fd2JnX2NvZGVfM2U2ODgxZDgyMWVhYjJjNAAIDy4vcmFnZW50c19iZy5qcx1fX3diZ19yZWFzb25fMzRiMTY1MTZhYjNmNzJkNAAUDy4vcmFnZW50c19iZy5qcxtfX3diZ19kYXRhX2M3ZTVlODUwMGYxYmNhMmYACQ8uL3JhZ2VudHNfYmcuanMhX193Ymdfc2V0VGltZW91dF9hNjBkODNiZWMwNmI0MzQ1ABYPLi9yYWdlbnRzX2JnLmpzI19fd2JnX2NsZWFyVGltZW91dF8xMTNiMWNkZTgxNGVjNzYyAAkPLi9yYWdlbnRzX2JnLmpzG19fd2JnX3RoZW5fZTNmN2YyZDM2NTcwOGJlOAAZDy4vcmFnZW50c19iZy5qcyBfX3diZ19zdHJpbmdpZnlfMGEwZmJmMmVmNzIyMzgwYQAJDy4vcmFnZW50c19iZy5qcx1fX3diZ19yYW5kb21fZGYzNmI5MGNkNzhhN2Q1NAAaDy4vcmFnZW50c19iZy5qcxpfX3diZ19uZXdfMzdlYjQ1YWFmNWVlYjgyMAAbDy4vcmFnZW50c19iZy5qcxtfX3diZ19mcm9tX2VhYzkxODc1YzhhNWZmYTQACQ8uL3JhZ2VudHNfYmcuanMeX193YmdfaXNBcnJheV9iY2YxMzc2ZDBkNzMyZDA4AAgPLi9yYWdlbnRzX2JnLmpzGl9fd2JnX25ld183ODdiOWZiMzMwZDU1ZDc4AAwPLi9yYWdlbnRzX2JnLmpzGl9fd2JnX25ld19jZDQzNDgyOTBhZmFlNTg2ABsPLi9yYWdlbnRzX2JnLmpzMl9fd2JnX3N0YXRpY19hY2Nlc3Nvcl9HTE9CQUxfVEhJU18wMDNlZTgzM2FmOTY5OWZjAAoPLi9yYWdlbnRzX2JnLmpzK19fd2JnX3N0YXRpY19hY2Nlc3Nvcl9TRUxGXzUzYmIyMDQ1NzQwMTQ1M2QACg8uL3JhZ2VudHNfYmcuanMtX193Ymdfc3RhdGljX2FjY2Vzc29yX0dMT0JBTF9lNDI5M2ZiMjJjYmU3N2RhAAoPLi9yYWdlbnRzX2JnLmpzLV9fd2JnX3N0YXRpY19hY2Nlc3Nvcl9XSU5ET1dfYjVlMDgxMGJmZWNiN2ZlYgAKDy4vcmFnZW50c19iZy5qcx1fX3diZ19yZWplY3RfMzM0YjczMGIzYzAwODQ5YgAJDy4vcmFnZW50c19iZy5qcx5fX3diZ19yZXNvbHZlX2RiZjc4YWI0OTQyNDc4YjAACQ8uL3JhZ2VudHNfYmcuanMaX193Ymdfc2V0XzI3OTM0Nzk4ODgzMjljYjYAJw8uL3JhZ2VudHNfYmcuanMlX193YmdfcXVldWVNaWNyb3Rhc2tfNGExYTRkOGRkMzMyMzczYgAcDy4vcmFnZW50c19iZy5qcyVfX3diZ19xdWV1ZU1pY3JvdGFza18xZTg1MDNhOGE2OTBmMGEzAAkPLi9yYWdlbnRzX2JnLmpzJ19fd2JnX19fd2JpbmRnZW5fdGhyb3dfNGM4OGQ4YmYyNjRmZDk4NAABDy4vcmFnZW50c19iZy5qcylfX3diZ19fX3diaW5kZ2VuX2lzX251bGxfYzIyMzExYjFjYzIyOGUzYQAIDy4vcmFnZW50c19iZy5qcypfX3diZ19fX3diaW5kZ2VuX2lzX2ZhbHN5X2Q4NjRiNjIzNTAwYWU2NWQACA8uL3JhZ2VudHNfYmcuanMqX193YmdfX193YmluZGdlbl9qc3ZhbF9lcV8zOGQ3YmZiZTRjYzg0MDM5ABcPLi9yYWdlbnRzX2JnLmpzK19fd2JnX19fd2JpbmRnZW5faXNfb2JqZWN0XzhiOTY4YzNhYjhlOTY1OTUACA8uL3JhZ2VudHNfYmcuanMrX193YmdfX193YmluZGdlbl9pc19zdHJpbmdfZmM0NTZmZWU1ZDMzMTdkZQAIDy4vcmFnZW50c19iZy5qcyxfX3diZ19fX3diaW5kZ2VuX251bWJlcl9nZXRfOTM0YjY0MGQwODg5YWY3OAAUDy4vcmFnZW50c19iZy5qcyxfX3diZ19fX3diaW5kZ2VuX3N0cmluZ19nZXRfN2NlOGVlZTdmZDMyNzU0NQAUDy4vcmFnZW50c19iZy5qcy1fX3diZ19fX3diaW5kZ2VuX2lzX2Z1bmN0aW9uXzc0MWZmMmJiNjEyODM2ZjUACA8uL3JhZ2VudHNfYmcuanMuX193YmdfX193YmluZGdlbl9pc191bmRlZmluZWRfYmU1YjM0MjQ5ZmYxZmMxNQAIDy4vcmFnZW50c19iZy5qcyRfX3diZ19fd2JnX2NiX3VucmVmXzA5NzM2ODc5YTNmNjc1NTkAHA8uL3JhZ2VudHNfYmcuanMfX193YmluZGdlbl9pbml0X2V4dGVybnJlZl90YWJsZQAQDy4vcmFnZW50c19iZy5qcyNfX3diaW5kZ2VuX2dlbmVyaWNfMDAwMDAwMDAwMDAwMDAwMQAMDy4vcmFnZW50c19iZy5qcyNfX3diaW5kZ2VuX2dlbmVyaWNfMDAwMDAwMDAwMDAwMDAwMgAMDy4vcmFnZW50c19iZy5qcyNfX3diaW5kZ2VuX2dlbmVyaWNfMDAwMDAwMDAwMDAwMDAwMwAMDy4vcmFnZW50c19iZy5qcyNfX3diaW5kZ2VuX2dlbmVyaWNfMDAwMDAwMDAwMDAwMDAwNAAMDy4vcmFnZW50c19iZy5qcyNfX3diaW5kZ2VuX2dlbmVyaWNfMDAwMDAwMDAwMDAwMDAwNQAMDy4vcmFnZW50c19iZy5qcyNfX3diaW5kZ2VuX2dlbmVyaWNfMDAwMDAwMDAwMDAwMDAwNgAMA/wC+gIAAQUNACgDAQYpAwsCAwABAQIKCgAAAAECCwYEAQYGCwERAAsdAwEBAQYDCwYRBAYGAQEFAAEBKgEBBQYrLC0GAgUABAMLAwMGAAYuDQAFBQEBBgALAQEBAQEFAQACAwEGAAABAwMAAQEBLzAxAQUFMjM0AwAAAwIDAwQAAAAEBAICBgEBAQELAwsDAQANAwADBAEAAgAAAQMBBQINAQEBAQMAAAEDAQEAHh4DAwABAQMBAQEBAQEBAAUDBAAKNQMBAgACAAASEhISAgACAgMAAQEVFRUCAzYDAQMEBDcfHwQABAIFAAAAAzg5OgIAAQIRAQEBAQECAA0AAAAAAAABAQAAAA0AICA7AAAAAAQAAgAAAAAAAAABAAIAAAQAAgEAAAAAAAEAAwEBBRMTExM8AAAAAgoNAgQAAAAAAAAAAgEAAQICDg4DAgQEBAQEBAQEBAUQAAICAAIEAAAAAAAAAAAQAQEBAgIABD0KAAEBAAAAEAERBgYdAwUECQJwAXx8bwCECAUDAQARBhkDfwFBgIDAAAt/AEHMosAAC38AQYijwAALB8UKNQZtZW1vcnkCABBfX3diZ19hZ2VudF9mcmVlAJYBEV9fd2JnX3JhZ2VudF9mcmVlAJcBFF9fd2JnX3Jlc3BvbmRlcl9mcmVlAJgBEl9fd2JnX3Nlc3Npb25fZnJlZQCZAQ1hZ2VudF9kZXN0cm95AJ8CCmFnZW50X2VtaXQAkwIKYWdlbnRfaW5mbwCGAw1hZ2VudF9yZWNlaXZlAKsCDWNyZWF0ZVNlc3Npb24AngIScmFnZW50X2FkZExpc3RlbmVyAIcCC3JhZ2VudF9lbWl0AOoBC3JhZ2VudF9pbmZvAIcDFHJhZ2VudF9saXN0ZW5lckNvdW50AI8BEHJhZ2VudF9saXN0ZW5lcnMA7AIKcmFnZW50X29mZgDHAglyYWdlbnRfb24AhwILcmFnZW50X29uY2UAiAIZcmFnZW50X3JlbW92ZUFsbExpc3RlbmVycwDtAhVyYWdlbnRfcmVtb3ZlTGlzdGVuZXIAxwILcmFnZW50X3NlbmQA/wEPcmVzcG9uZGVyX3JlcGx5AKoCE3Nlc3Npb25fYWRkTGlzdGVuZXIAiQINc2Vzc2lvbl9jbG9zZQCpAxNzZXNzaW9uX2NyZWF0ZUFnZW50AJQCFHNlc3Npb25fZGVzdHJveUFnZW50AJUCDHNlc3Npb25fZW1pdADrARdzZXNzaW9uX2dldFJlbW90ZUFnZW50cwCgAg5zZXNzaW9uX2lzT3BlbgCqAxVzZXNzaW9uX2xpc3RlbmVyQ291bnQAkAERc2Vzc2lvbl9saXN0ZW5lcnMA7gILc2Vzc2lvbl9vZmYAyAIKc2Vzc2lvbl9vbgCJAgxzZXNzaW9uX29uY2UAigIac2Vzc2lvbl9yZW1vdmVBbGxMaXN0ZW5lcnMA7wIWc2Vzc2lvbl9yZW1vdmVMaXN0ZW5lcgDIAg9fX2Fib3J0X2hhbmRsZXIDARVfX2luc3RhbmNlX3Rlcm1pbmF0ZWQDAj13YXNtX2JpbmRnZW5fX2NvbnZlcnRfX2Nsb3N1cmVzX19fX19pbnZva2VfX2gxOGQxZTFkYzhjNjQ5MDQwAMkCPXdhc21fYmluZGdlbl9fY29udmVydF9fY2xvc3VyZXNfX19fX2ludm9rZV9faDQ5NjM2ZTlkNTFhODRjYTAArAI9d2FzbV9iaW5kZ2VuX19jb252ZXJ0X19jbG9zdXJlc19fX19faW52b2tlX19oMzMwOTlkNjU0NjU1YzBiZQDwAkB3YXNtX2JpbmRnZW5fX2NvbnZlcnRfX2Nsb3N1cmVzX19fX19pbnZva2VfX2gzMzA5OWQ2NTQ2NTVjMGJlXzM0APACQHdhc21fYmluZGdlbl9fY29udmVydF9fY2xvc3VyZXNfX19fX2ludm9rZV9faDMzMDk5ZDY1NDY1NWMwYmVfMzUA8AI9d2FzbV9iaW5kZ2VuX19jb252ZXJ0X19jbG9zdXJlc19fX19faW52b2tlX19oNDgyYWMxMmEyMTkyMzZjMQDBAhRfX3diaW5kZ2VuX2V4bl9zdG9yZQDnAhdfX2V4dGVybnJlZl90YWJsZV9hbGxvYwBUFV9fd2JpbmRnZW5fZXh0ZXJucmVmcwEBEV9fd2JpbmRnZW5fbWFsbG9jAMIBEl9fd2JpbmRnZW5fcmVhbGxvYwDOAQ9fX3diaW5kZ2VuX2ZyZWUA6AIaX193YmluZGdlbl9kZXN0cm95X2Nsb3N1cmUA8AEZX19leHRlcm5yZWZfdGFibGVfZGVhbGxvYwCDARBfX3diaW5kZ2VuX3N0YXJ0ADoJ1AEBAEEBC3u0ATw9PvECgwJVsQP1AcUB9gGuAfcBXfgBxgGZAuIB/gKeAdMCgQH9AsEB/wKkAlejAUKiAaAB1AGIA7AD2gLaAo0CjgLBAj+AATuFAbABfLABbHyTAY0BbI0BbI0BbGxsbGx9jAFsjAFsbm5ubn6xAWyMAbIBqwGMAYwBrAFuswF/rQGMAWx4sgPZAU7UAtUC1gLXAlORAv0BpgKnApICvAHQAagCY0CzA64D0QKbAVKTA4QDzAGDA6UDzwLcAWF5rwPqAukCTacDqAOFAwwBBAqC/wP6AoYSAxV/AX4BbyMAQfABayIBJAAgACgCACIGQZQCaiEQIAZBkAJqIREgBkEoaiEHIAZBOGohCyAGQQhqIQwgAUHEAGohDSABQThqIQ4gAUEwaiEPIAFB1AFqIRIgAUHEAWohEyABQeQBaiEUIAFB3ABqIQgDQCAMEEUgAUEgaiALQZSNwAAQlwIgASgCJCEJIAFBLGohAwJAIAEoAiBBOGoiAigCDCIEIAIoAggiBU8EQCADQYeAgIB4NgIADAELIAMgAigCBCAEQSxsaiIKQSz8CgAAIAIgBEEBaiIENgIMIApBh4CAgHg2AgAgBCAFRgRAIAIoAgghBCACQQA2AgggAigCBCEFA0AgBARAIARBAWshBCAFEFYgBUEsaiEFDAELCyACQQA2AgwLCyAJIAkoAgBBAWo2AgACQAJAIAEoAixBh4CAgHhHBEAgAUHYAGogA0Es/AoAAAJAAkACQAJAAkACQAJAQQEgASgCWCICQYCAgIB4cyACQQBOG0EBaw4GBAABAgUGAwsgASABKAJcIgI2ApgBIAEgAkEIahC/ATYC4AEgASABQeABaiICNgKoASAHQdyOwABBDSABQagBakEBEJUBIAIQ2QIgAUGYAWoQvwIMCQsgASABKAJcIgI2ApgBIAEgAkEIaiICEL8BNgLgASABIAFB4AFqIgM2AqgBIAdB6Y7AAEEPIAFBqAFqQQEQlQEgAxDZAiACENcBIAFBmAFqEL8CDAgLIAEgASgCaCICNgKIASABIA8oAggiAzYC6AEgASAPKQIANwPgASABIAEoAmw2ApgBIAEoAuQBIQQgASABQZgBaiIFNgKoASACQRxqIAQgAyABQagBakEBEJUBIAUQ2QIgAUHgAWoQmAMgAUGIAWoQvwIMBwsgASgCdCEDIAEoAnAhAiABKAJsIQQgASgCaCIFQQJHBEAgASABKQJ4NwLoASABIAM2AuQBIAEgAjYC4AEgASAFIAQQ1QE2AqgBIAggAUHgAWoiAiABQagBaiIDEEsgAxDZAiACEKICDAcLAkACQAJAAkACQEEEIARBgICAgHhzIARBAE4bQQFrDgQBAgMEAAsgASAMEMABNgLgASAIIAFB4AFqIgIQWCACENkCDAoLIAEgAjYC4AEgCCABQeABaiICEFggAhDZAgwJCyABIAI2AuABIAggAUHgAWoiAhBYIAIQ2QIMCAsgASACIAMQ1QE2AuABIAggAUHgAWoiAhBYIAIQ2QIMBwsgASACNgLkASABIAQ2AuABIAEgAzYC6AEjAEEQayIEJAAgBBD1AiIFNgIMIARBDGohCSACIANBAnRqIQojAEEQayIDJAADQCACIApHBEAgAyACKAIAQQhqEL8BNgIMIAkgA0EMaiIVEIEDIAJBBGohAiAVENkCDAELCyADQRBqJAAgBEEQaiQAIAEgBTYCqAEgCCABQagBaiICEFggAhDZAiABQeABahCdAwwGCyABIAEoAnw2AoQBIAEgASkCLDcDiAEgASABKAI0NgKQASABIA4pAgA3A5gBIAEgDigCCDYCoAEgASANKQIANwOoASABIA0oAgg2ArABIAEgASgCgAE2ArgBIAEgAUGIAWoQ3QI2AsABIAEgAUGYAWoQ3QI2AtABIAEgAUGoAWoQ3QI2AuABIBAoAgAlASARKAIAJQEgAUHAAWoiAigCACUBIAFB0AFqIgMoAgAlASABQeABaiIEKAIAJQEQBSEXEFQiBSAXJgEgASAFNgK8ASAEENkCIAMQ2QIgAhDZAiABQYEINgLIASABQRhqIAFBhAFqIAFByAFqIAFBuAFqIAFBvAFqIgIQhgEgASABKAIcIgM2AsQBIAEgASgCGCIENgLAASAEQQFxDQMgAhDZAiATENkCDAQLIAdB7YjAAEEFEHRFDQQgFEH4jsAAQQ8QiAEgAUEBNgLgASABIAFB4AFqIgIQbzYCqAEgAhCiAiABIAFBqAFqIgM2AuABIAdB7YjAAEEFIAJBARCVASADENkCDAQLIAEoAlwhAyABKAJgIQIgASgCZCEEIAdBh4/AAEEFQQRBABCVASAHQQAgARBmIAEgAiAEQQJ0IgRqNgLsASABIAM2AugBIAEgAjYC5AEgASACNgLgAQNAIAQEQCABIAJBBGoiAzYC5AEgASACKAIAIgI2AqgBIAJBCGoQ1wEgBEEEayEEIAFBqAFqEL8CIAMhAgwBCwsjAEEQayIDJAAgAyABQeABaiICNgIMIAIoAgwgAigCBCICa0ECdiEEA0AgBARAIARBAWshBCACEL8CIAJBBGohAgwBCwsjAEEQayICJAAgAiADQQxqKAIAIgQoAgA2AgwgAiAEKAIINgIIIAJBCGoQmwMgAkEQaiQAIANBEGokAAwDCyAAEE8gAUEIaiALQaSNwAAQ7AEgASgCCC0AnAEgASgCDCICIAIoAgBBAWs2AgBBAkYEQCABIAZBiAJqQbSNwAAQuAE2AiwgAUEsaiIDENkCIAEgBkGYAmpBxI3AABCbAiABKAIAIgAoAgAhAiABKAIEIQQgAEEANgIAIAIEQCAAKAIEIQAgAUEAOgA0IAEgADYCMCABIAI2AiwjAEEwayIAJAAgAEIANwIYIABBAToALCAAQRhqEJwCIgIgAigCAEEBaiIGNgIAIAZFBEAACyAAQRBqIAIQ5gIgACkDECEWQQRBDBDQAiIGIAMoAgg2AgggBiADKQIANwIAIABBCGogAkEIahCaAiAAKAIMIQcgACgCCCIDELUBIAMgFjcCCCADQcCJwAA2AgQgAyAGNgIAIAcgBygCAEEBajYCACACEKIDIABBMGokAAsgBCAEKAIAQQFqNgIACyABQfABaiQADwsgASADNgLMASABQYEINgLYASABQeABaiICIAFBzAFqIgMQUSABIAIQ3QI2AtwBIAFBgAg2AuABIAFBEGogAUG8AWoiBCABQdgBaiIFIAFB3AFqIgkgAhCGASABIAEpAxA3AtABIBIQ2QIgAhDZAiAJENkCIAUQ2QIgAxDZAiAEENkCCyABQcgBahDZAiABQbgBahDZAiABQYQBahDZAgwACwALnjMDDn8CfgFvIwBBwAFrIgMkACADIAE2AiwgAyAANgIoAkAgA0EsahCQA0UNACABJQEQESESEFQiASASJgEgA0EgahCuAiADKAIgQQFGBEAgAygCJCEAIANBATYCtAEgAyAANgK4ASADQbgBahDZAgwBCyADIAE2AmQgA0HkAGoiAhCPAwRAIAMgAiAAQeABahCwAjYCaCADIAI2AmwgAyACIABB9AFqELACIgI2AnACQAJ+AkACfgJAAkACQCADQegAaiIKIABBgAJqEPQCRQRAIAogAEH8AWoQ9AINAiAKIABBhAJqEPQCDQEgA0HwAGoQ2QJBg4CAgHghAEIADAYLIAMgA0HkAGogAEH4AWoQsAI2ApwBQYCAgIB4IQZBgICAgHghCSADQZwBaiIBEJoDBEAgA0G0AWogARCRAQJAIAMoArQBQYCAgIB4RwRAIAMgAygCvAE2ArABIAMgAykCtAE3A6gBDAELIANBqAFqIANBnAFqEFELIAMpAqwBIREgAygCqAEhCQsgAEEIahC7AUUNAkIADAMLIANBtAFqIgUgA0HsAGoiBiAAQewBahDmASADKAK0ASIBQYCAgIB4Rg0FIAMgAykCuAEiETcCrAEgAyABNgKoASAFIAYgAEHkAWoQ5gEgAygCtAEiCEGAgICAeEcNAyADQagBahCYAwwFCyADIANB5ABqIABB8AFqELACNgKMASADQZwBaiADQYwBahCRAQJAIAMoApwBQYCAgIB4RwRAIAMgAygCpAEiATYCsAEgAyADKQKcATcDqAEgA0G0AWoiBSABQQJqENoBIAUgAygCrAEgARBHIAMgAygCvAE2ApgBIAMgAykCtAE3A5ABIANBqAFqEJgDDAELIANBGGogA0GMAWoQmgEgA0EQaiADKAIYIAMoAhwQuQECQCADKAIQQQFxBEAgAyADKAIUNgKoASADQbQBaiADQagBaiIBEJEBIAMoArQBIgVBgICAgHhHDQEgARDZAgsgA0GMAWoQ2QIMBgsgAyADKQK4ATcClAEgAyAFNgKQASADQagBahDZAgsgA0G0AWogA0HsAGogAEHoAWoQ5gEgAygCtAEiAUGAgICAeEYEQCADQZABahCYAyADQYwBahDZAgwFCyADIAMpArgBIhE3AqwBIAMgATYCqAEgA0G0AWogA0HsAGogAEHkAWoQ5gEgAygCtAEiCEGAgICAeEYEQCADQagBahCYAyADQZABahCYAyADQYwBahDZAgwFCyARQiCIpyEGIAMpArgBIRAgAygCkAEhBSADKAKUASENIAMoApgBIQkgA0GMAWoQ2QIgEachB0GAgICAeCEAIAIhBEIADAMLIANB9ABqIANB7ABqIABB5AFqEOYBIAMoAnghCCADKAJ0IQYgAzUCfAshECADQbQBaiADQewAaiIFIABB7AFqEOYBIAMoArwBIQQgAygCuAEhByADKAK0ASEBIANBgAFqIAUgAEHwAWoQ5gFBACABIAFBgICAgHhGIgUbIQBBASAHIAUbIQFBACAEIAUbIQcgAzUCgAFCIIYgEIQhECADKAKIASENIAMoAoQBIQUgA0GcAWoQ2QIgEachBCARQoCAgIBwgwwBCyARQiCIpyEGIAMpArgBIRAgEachB0GCgICAeCEAIAIhBUIACyERIANB6ABqENkCIANB5ABqENkCIABBg4CAgHhGDQIgAyACNgJgIAMgCTYCVCADIA02AlAgAyAFNgJMIAMgEDcCRCADIAg2AkAgAyAGNgI8IAMgBzYCOCADIAE2AjQgAyAANgIwIAMgESAErYQ3AlggA0EIaiADKAIoQThqQYCZwAAQlwIgAygCDCENIAMoAgghACMAQeABayIFJAAgBSAALQCcASIEOgAAIAVBBGoiCSADQTBqIgFBNPwKAAAgBSgCBCECAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkAgBEEBaw4CAAcBC0EBIAJBgICAgHhzIAJBAE4bQQFrDgICAwELIAJBAEgNBSAFIAUoAhg2ArQBIAUgBSgCFEEAIAUoAhBBgICAgHhHGzYCsAEgBUGwAWoiAkGElsAAEIQCRQ0IIAUgASgCFDYCQCAFIAEpAgw3AzggBSABKQIYIhA3A5ABIAUgASgCICIENgKYASAFIAEoAiw2AqgBIAUgASkCJDcDoAEgBSAENgK0ASAFIAUoApQBQQAgEKdBgICAgHhHGzYCsAEgAkGQlsAAEIQCRQRAIAUoAqABQYCAgIB4Rg0FIAVBATYCsAEgBSABQSRqIgEoAgg2ArwBIAUgASkCADcCtAEgACACEEgMBQsgAEIANwMAIABBAToAnAEgACgCUCEBIABBAjYCUCABQQJGDQMgBSAAKQJUNwJIIAUgATYCRCAFQoKAgICAgICAgH83ArABIAAgBUHEAGogBUGwAWoQnwEMAwsgBSABKAIMNgJYIAUgASkCBDcDUCAFIAEpAhA3A2AgBSABKAIYNgJoIAUgASkCHDcDcCAFIAEoAiQ2AnggBUHgAGohAiAFQfAAaiEGIAUoAiwhByMAQdAAayIBJAAgASAHNgIMAkACfyAFQdAAaiIEKAIEIQsgBCgCCCEMIwBBEGsiCCQAIAhBCGogAEGAAWoiCiALIAwQcUEAIQsCQCAIKAIIQQFGBEAgCCgCDCILIAooAggiDE8NASAKKAIEIAtBHGxqQQxqIQsLIAhBEGokACALDAELIAsgDEGQmMAAEKYBAAsiCARAIAggAigCBCACKAIIEIIBIggEQCAIEKECIQggASAHNgI4IAEgCDYCNCABIAQoAgg2AhggASAEKQIANwMQIAEgBikCADcCHCABIAYoAgg2AiQgASACKQIANwMoIAEgAigCCDYCMCAAQThqIAFBEGoQ6AEMAgsgAUEQaiIIQfSTwABBJhCIASAIIAIoAgQgAigCCBDJASABIAEoAhg2AkggASABKQIQNwNAIAFBQGtBmpTAAEEBEMkBIAEgASgCSCIHNgIYIAEgASkDQDcDECAAIAQoAgQgBCgCCCAGKAIEIAYoAgggAigCBCACKAIIQQAgASABKAIUIAcQSiAIEJgDCyABQQxqENkCIAYQmAMgAhCYAyAEEJgDCyABQdAAaiQAQQEgBSgCBCIAQYCAgIB4cyAAQQBOG0EBaw4CBwUJCyAFKAIcQYCAgIB4Rg0DIAUgASgCCCIJNgKoASAFIAEpAgA3A6ABIAUgASkCGDcDsAEgBSABKAIgIgg2ArgBIAUgASkCJDcDgAEgBSABKAIsNgKIASAFKAKkASEBIAUoArQBIQYgBSgCNCEHIAVBgAFqIQRCACEQIwBB0AFrIgIkACACIAk2AhAgAiABNgIMIAIgBzYCFCAGIAggACIBKAJsIAAoAnAiABDFAiEJIAIgCCAAazYCBCACIAAgBmpBACAJGzYCAAJAAkAgAigCACIARQ0AIAJBGGohCgJAIAIoAgQiBkEUa0FtSQ0AIAZBAk8EQCMAQRBrIgkkACAJQQA2AgxBMCAJQQxqIgsQaCAJQQE2AgQgCSALNgIAIAAgBiAJKAIAIAkoAgQQxQIgCUEQaiQADQELA0AgBgRAIAAtAABBMGsiCUH/AXFBCk8EQEIAIRAMAwUgEEIKfiAJrUL/AYN8IRAgBkEBayEGIABBAWohAAwCCwALCyAKIBA3AwhCASEQCyAKIBA3AwAgAikDGEIBUg0AIAEoAnwiBkUNACABQfQAaiEJIAIpAyAhECABKAJ4IQpBACEAA0AgBkEBTQRAAkAgCiAAQQZ0aiIGKQMYIBBSDQMgBkEsaiACQQxqEIsCRQ0ADAMLBSAAIAZBAXYiCCAAaiIAIAogAEEGdGopAxggEFYbIQAgBiAIayEGDAELCyACQRhqIQwjAEFAaiIGJAACQCAJKAIIIgogAEsEQCAGIAkoAgQgAEEGdGoiC0HAAPwKAAAgCiAAQX9zakEGdCIOBEAgCyALQUBrIA78CgAACyAJIApBAWs2AggMAQsgBkICNwMACwJAIAYpAwBCAlIEQCAMIAZBwAD8CgAAIAZBQGskAAwBCyAAIAkoAghBnJTAABClAQALIAQoAgBBgICAgHhHBEAgAiAEKAIINgJgIAIgBCkCADcDWCACIAIoAkA2AsgBIAIgAikDODcDwAECQAJAIAJBqAFqIgAgAkHYAGoiBCgCBCIGIAQoAggiCEG1l8AAQQ8QuQIEf0EEBSAGIAhBxJfAAEEPELkCRQ0BQQULNgIAIAQQmAMMAQsgAEEGNgIAIAAgBCgCCDYCDCAAIAQpAgA3AgQLIAEgAkHAAWogAEEBIAcQygEgAkHEAGoQmAMMAgsCQAJAAkACQAJAIAItAFBBAWsOAwMCAQALIAJBqAFqIgkgAkEUaiIAEOcBIAIoAqgBIgpBgICAgHhHBEAgAigCrAEhCCACKAKwASEHIwBBIGsiBCQAIAFBmAFqEKMCIQsgBEEMaiIGIAggBxCIASAEIAAQXDYCHCAEIAs2AhgjAEEgayIAJAAgAEEANgIIIAAgBikCADcCDCAAIAYpAgg3AhQgACAGKAIQNgIcIABBCGoQnAIgAEEgaiQAQQhqEAwhEhBUIgAgEiYBIARBIGokACACIAA2AnggAkH4AGoQoQIhBCACQQA2AoQBIAJCgICAgMAANwJ8IAIgBDYCiAEgAiAHNgLIASACIAg2AsQBIAIgCjYCwAEgAkH8AGohByMAQTBrIgQkACAEQQhqIAFBgAFqIgYgAkHAAWoiCigCBCAKKAIIEHECQCAEKAIIQQFGBEAgCSAGIAQoAgxBoJjAABClAiIGKQIUNwIIIAkgBikCDDcCACAGIAcpAgA3AgwgBiAHKQIINwIUIAoQmAMMAQsgBCAKKAIINgIYIAQgCikCADcDECAEIAcpAgA3AhwgBCAHKQIINwIkIAYoAggiCiAGKAIARgRAIwBBEGsiByQAIAdBCGogBiAGKAIAQQFBBEEcEGIgBygCCCILQYGAgIB4RwRAIAsgBygCDBDYAgALIAdBEGokAAsgBigCBCAKQRxsaiIHIAQoAig2AhggByAEKQMgNwIQIAcgBCkDGDcCCCAHIAQpAxA3AgAgBiAKQQFqNgIIIAlBgICAgHg2AgALIARBMGokACAJEOICQYKAgIB4IQYMBAsgAkHsAGpBrJTAAEEeEIgBIAJBBjYCaCACIAIoAkA2ArABIAIgAikDODcDqAEgASACQagBaiACQegAakEBIAcQygEgAkHEAGoQmAMgBCgCAEGAgICAeEYNBSAEEJgDDAULIAIgAigCQDYCyAEgAiACKQM4NwPAASACIAc2ArABIAJCgoCAgJCAgICAfzcCqAEgASACQcABaiACQagBahCfASACQcQAahCYAwwECyACQcABaiIKIQYjAEEQayIEJAACQCACQRRqIgAoAgAlARAjRQRAIAZBADYCCCAGQoCAgIDAADcCAAwBCyAAKAIAJQEQIiESEFQiACASJgEgBCAANgIAIAQgBCgCACUBEAM2AgwgBEEANgIIIAQgBDYCBCMAQTBrIgAkACAAQQhqIARBBGoiCBDEAQJAIAAoAghBAUYEQCAAKAIMIQkgAEEEIAgoAggiByAIKAIEayILQQAgByALTxtBAWoiB0F/IAcbIgcgB0EETRtBBEEEEKEBIAAoAgAhByAAKAIEIgsgCTYCACAAQQE2AhwgACALNgIYIAAgBzYCFCAAIAgoAgg2AiggACAIKQIANwMgIABBFGohCCAAQSBqIQcjAEEQayIJJAADQAJAIAlBCGogBxDEASAJKAIIQQFHDQAgCSgCDCEMIAgoAggiCyAIKAIARgRAIAggBygCCCIOIAcoAgRrIg9BACAOIA9PG0EBaiIOQX8gDhsQrwILIAgoAgQgC0ECdGogDDYCACAIIAtBAWo2AggMAQsLIAlBEGokACAGIAAoAhw2AgggBiAAKQIUNwIADAELIAZBADYCCCAGQoCAgIDAADcCAAsgAEEwaiQAIAQQ2QILIARBEGokACACKALIASEEIAIoAsQBIQAgAiABNgKwASACIAA2AqgBIAIgACAEQQJ0ajYCrAEgAkGcAWohBiMAQTBrIgAkAAJAIAJBqAFqIgQQhAEiCARAIABBCGpBBEEEQQQQoQEgACgCCCEJIAAoAgwiByAINgIAIABBATYCHCAAIAc2AhggACAJNgIUIAAgBCgCCDYCKCAAIAQpAgA3AyAgAEEUaiEEIABBIGohCQNAIAkQhAEiBwRAIAQoAggiCCAEKAIARgRAIARBARCvAgsgBCgCBCAIQQJ0aiAHNgIAIAQgCEEBajYCCAwBCwsgBiAAKAIcNgIIIAYgACkCFDcCAAwBCyAGQQA2AgggBkKAgICAwAA3AgALIABBMGokACAKEPkBIAoQvQEgAigCpAEhCCACKAKgASEAIAIoApwBIQYMAQsgAkHAAWogAkEUahDnAQJAAkAgAigCwAFBgICAgHhGBEBBg4CAgHghBgwBCyACIAIpAsABNwOoASACIAIoAsgBIgA2ArABIAJBjAFqIAFBgAFqIAIoAqwBIAAQWyACQagBahCYA0GDgICAeCEGIAIoAowBQYCAgIB4Rw0BC0EAIQAMAQsgAiACKQKUATcDsAEgAiACKQKMATcDqAEgAigCtAEhCCACQagBahChA0EBIQALIAIgAigCQDYCyAEgAiACKQM4NwPAASACIAg2ArQBIAIgADYCsAEgAiAGNgKsASACQQI2AqgBIAEgAkHAAWogAkGoAWoQnwEgAkHEAGoQmAMgAkEUahDZAgwBCyAEKAIAQYCAgIB4RwRAIAQQmAMLIAJBFGoQ2QILIAJB0AFqJAAgBUGwAWoQmAMgBUGgAWoQmANBACEBQQEgBSgCBCIAQYCAgIB4cyAAQQBOG0EBaw4CBwQFCyABQRBqIQIgAUEEaiEBAkACQCAFQQhqQZiWwAAQlgJFBEAgBSABKAIIIgQ2ApgBIAUgASkCADcDkAEgBSACKAIINgKoASAFIAIpAgA3A6ABIAUgBSgCICIGNgI4AkAgAEGMAWogBSgClAEgBBCCASIBBEAgASgCACIBIAEoAgBBAWoiBDYCACAERQ0DIAUgBjYCxAEgBSABNgLAASAFQYSAgIB4NgKwASAFIAIoAgg2ArwBIAUgAikCADcCtAEgAEE4aiAFQbABahDoAQwBCyAFQThqENkCIAVBoAFqEJgDCyAFQZABahCYAwwCCyAFIAEoAgg2AqgBIAUgASkCADcDoAEgBSACKQIANwOwASAFIAIoAggiATYCuAEgACECIAUoArQBIQAgBSgCICEGIwBBkAFrIgQkACAEIAY2AgQCQCAAIAFByZXAAEEMELkCRQRAIAAgAUHVlcAAQQ4QuQJFDQEgBEEwaiIAIARBBGoQ5wEgBCgCMEGAgICAeEYNASAEIAQoAjg2AhAgBCAEKQIwNwMIIAQgBEEIajYCMCAEQRRqIAIgAEHklcAAEGogBCgCHCEBIAQoAhghACAEIAQoAhQ2AiggBCAANgIkIAQgADYCICAEIAAgAUEGdCIGajYCLCAEQdwAaiEIIARBOGohBwNAAkAgBkUNACAEIABBQGsiATYCJCAAKQMAIhBCAlENACAEIBA3AzAgByAAQQhqQTj8CgAAIAQgACgCKDYCeCAEIAApAiA3A3AgBEEENgKAASACIARB8ABqIARBgAFqQQAgBBDKASAIEJgDIAZBQGohBiABIQAMAQsLIARBIGoQlAEgBEEwaiIIIAJBgAFqIAQoAgwgBCgCEBBbIAgQ4gICfyAEKAIMIQYgBCgCECEHIwBBIGsiACQAIABBCGogAkGMAWoiASAGIAcQcEEAIQYCQCAAKAIIQQFGBEAgACgCDCIGIAEoAggiB08NASAAIAEoAgQiCiAGQQR0aiIGKQIANwMQIAAgBikCCDcDGCAKIAdBAWsiB0EEdGoiCikCCCEQIAYgCikCADcCACAGIBA3AgggASAHNgIIIAAoAhwhBiAAQRBqEJgDCyAAQSBqJAAgBgwBCyAGIAcQpAEACyIABEAgBEGDgICAeDYCMCAEIAA2AjQgAkE4aiAIEOgBCyAEQQhqEJgDDAELIAIgBEEEahBZIgBFDQAgBEGCgICAeDYCMCAEIAA2AjQgAkE4aiAEQTBqEOgBCyAEQQRqENkCIARBkAFqJAAgBUGwAWoQmAMgBUGgAWoQmAMMAQsAC0EBIAUoAgQiAEGAgICAeHMgAEEAThtBAWsOAgUHBAsgBSgCoAFBgICAgHhGDQAgBUGgAWoQmAMLIAVBkAFqEOMCIAVBOGoQ4wICQEEBIAUoAgQiAEGAgICAeHMgAEEAThtBAWsOAgACAwsgCRCYAyAFQTRqENkCDAULQQEgAkGAgICAeHMgAkEAThtBAWsOAgIAAQsgBUEIahCYAyAFQRRqEJgDIAVBIGoQ2QIMAwsgBUEIahCYAyAFQRRqEJgDIAVBIGoQmAMgBUEsahDZAgwCCyAJEJgDQQEhAQsgBUEQahDjAgJAAkAgAUUNACAFKAIcQYCAgIB4Rg0AIAVBHGoQmAMMAQsgAUUNAQsgBUE0ahDZAiAFQShqEOMCCyAFQeABaiQAIA0gDSgCAEEBajYCACADQShqEEEMAgsgA0HwAGoQ2QIgA0HoAGoQ2QILIANB5ABqENkCCyADQSxqENkCIANBKGoQvgIgA0HAAWokAAuDCwELfwJAAkAgACgCCCIMQYCAgMABcUUNAAJAAkACQAJAIAxBgICAgAFxBEAgAC8BDiIHDQFBACECDAILIAJBEE8EQAJ/AkACQCACIAFBA2pBfHEiBCABayIISQ0AIAIgCGsiB0ECdiILRQ0AIAEgBEcEQCABIARrIgRBfE0EQANAIAMgASAGaiIKLAAAQb9/SmogCkEBaiwAAEG/f0pqIApBAmosAABBv39KaiAKQQNqLAAAQb9/SmohAyAGQQRqIgYNAAsLIAEgBmohCQNAIAMgCSwAAEG/f0pqIQMgCUEBaiEJIARBAWoiBA0ACwsgASAIaiEEAkAgB0EDcSIIRQ0AIAQgB0H8////B3FqIgcsAABBv39KIQUgCEEBRg0AIAUgBywAAUG/f0pqIQUgCEECRg0AIAUgBywAAkG/f0pqIQULIAMgBWohBgNAIAQhBSALRQ0CQcABIAsgC0HAAU8bIg1BA3EhCgJAIA1BAnQiCEHwB3EiA0UEQEEAIQkMAQsgAyAFaiEHQQAhCSAFIQMDQCAJIAMoAgAiBEF/c0EHdiAEQQZ2ckGBgoQIcWogA0EEaigCACIEQX9zQQd2IARBBnZyQYGChAhxaiADQQhqKAIAIgRBf3NBB3YgBEEGdnJBgYKECHFqIANBDGooAgAiBEF/c0EHdiAEQQZ2ckGBgoQIcWohCSADQRBqIgMgB0cNAAsLIAsgDWshCyAFIAhqIQQgCUEIdkH/gfwHcSAJQf+B/AdxakGBgARsQRB2IAZqIQYgCkUNAAsCfyAFIA1B/AFxQQJ0aiIEKAIAIgNBf3NBB3YgA0EGdnJBgYKECHEiBSAKQQFGDQAaIAUgBCgCBCIDQX9zQQd2IANBBnZyQYGChAhxaiIFIApBAkYNABogBSAEKAIIIgNBf3NBB3YgA0EGdnJBgYKECHFqCyIDQQh2Qf+BHHEgA0H/gfwHcWpBgYAEbEEQdiAGaiEGDAELQQAgAkUNARogAkEDcSEJQQAhBCACQQRPBEAgAkF8cSEDA0AgBiABIARqIgUsAABBv39KaiAFQQFqLAAAQb9/SmogBUECaiwAAEG/f0pqIAVBA2osAABBv39KaiEGIAMgBEEEaiIERw0ACyAJRQ0BCyABIARqIQMDQCAGIAMsAABBv39KaiEGIANBAWohAyAJQQFrIgkNAAsLIAYLIQYMBAsgAkUNAyACQQNxIQMgAkEETwRAIAJBDHEhBANAIAYgASAFaiIHLAAAQb9/SmogB0EBaiwAAEG/f0pqIAdBAmosAABBv39KaiAHQQNqLAAAQb9/SmohBiAEIAVBBGoiBUcNAAsgA0UNBAsgASAFaiEFA0AgBiAFLAAAQb9/SmohBiAFQQFqIQUgA0EBayIDDQALDAMLIAEgAmohCEEAIQIgASEFIAchAwNAIAUiBCAIRg0CIAICfyAEQQFqIAQsAAAiBUEATg0AGiAEQQJqIAVBYEkNABogBEEEQQMgBUFvSxtqCyIFIARraiECIANBAWsiAw0ACwtBACEDCyAHIANrIQYLIAYgAC8BDCIDTw0AIAMgBmshBEEAIQZBACEDAkACQAJAIAxBHXZBA3FBAWsOAgABAgsgBCEDDAELIARB/v8DcUEBdiEDCyAMQf///wBxIQcgACgCBCEKIAAoAgAhCANAIAZB//8DcSADQf//A3FJBEBBASEFIAZBAWohBiAIIAcgCigCEBECAEUNAQwDCwtBASEFIAggASACIAooAgwRBQANAUEAIQYgBCADa0H//wNxIQEDQCAGQf//A3EiACABSSEFIAAgAU8NAiAGQQFqIQYgCCAHIAooAhARAgBFDQALDAELIAAoAgAgASACIAAoAgQoAgwRBQAhBQsgBQvpAwEIfyMAQRBrIgYkAAJ/AkAgA0EBcUUEQCACLQAAIgQNAUEADAILIAAgAiADQQF2IAEoAgwRBQAMAQsgASgCDCEKA0AgAkEBaiEFAkACQAJAAkAgBMBBAEgEQCAEQYABRg0BIARBwAFHDQMgBiABNgIEIAYgADYCACAGQqCAgIAGNwIIIAMgB0EDdGoiAigCACAGIAIoAgQRAgBFDQJBAQwGCyAAIAUgBCAKEQUARQRAIAQgBWohAgwEC0EBDAULIAAgAkEDaiIFIAIvAAEiAiAKEQUARQRAIAIgBWohAgwDC0EBDAQLIAdBAWohByAFIQIMAQtBoICAgAYhCyAEQQFxBEAgAigAASELIAJBBWohBQtBACEJAn8gBEECcUUEQEEAIQggBQwBCyAFLwAAIQggBUECagshAiAEQQRxBEAgAi8AACEJIAJBAmohAgsgBEEIcQRAIAIvAAAhByACQQJqIQILIARBEHEEQCADIAhBA3RqLwEEIQgLIAYgBEEgcQR/IAMgCUEDdGovAQQFIAkLOwEOIAYgCDsBDCAGIAs2AgggBiABNgIEIAYgADYCAEEBIAMgB0EDdGoiBSgCACAGIAUoAgQRAgANAhogB0EBaiEHCyACLQAAIgQNAAtBAAsgBkEQaiQAC+UFAgt/AX4jAEGwAWsiASQAIABBkAJqIQUgAEEwaiEJIAFBKGohBiABQfQAaiEHA0ACQCABQRhqIAlBjI/AABCXAiABKAIcIQggAUEgaiECAkAgASgCGEEoaiIEKAIMIgMgBCgCCCIKTwRAIAJBAzYCAAwBCyAEIANBAWoiCzYCDCAEKAIEIANBBXRqIgMpAgAhDCADQQM2AgAgAiAMNwIAIAIgAykCCDcCCCACIAMpAhA3AhAgAiADKQIYNwIYIAogC0YEQCAEEM0BCwsgCCAIKAIAQQFqNgIAAkACQAJAIAEoAiBBAmsOAgIAAQsgAUGwAWokAA8LIAEgASkCODcDWCABIAEpAjA3A1AgASABKQIoNwNIIAEgASkCIDcDQCAFKAIAIgJB/////wdPDQEgACACQQFqNgKQAiAAKAKUAiIEBEAgACgCmAIhAyABIAEpAjg3A3ggASABKQIwNwNwIAEgASkCKDcDaCABIAEpAiAiDDcDYCABIAYoAgg2AogBIAEgBikCADcDgAEgDKdBAUYEQCABIAEoAmQ2AowBIAFBoAFqIAFBjAFqEJEBIAFBgAFqAn8gASgCoAFBgICAgHhHBEAgASABKQKgATcDkAEgASABKAKoASICNgKYASABKAKUAQwBC0EAIQIgAUEANgKYASABQoCAgIAQNwOQAUEBCyACEMkBIAFBkAFqEJgDIAFBjAFqENkCCyABQQhqIAcpAgQ3AwAgAUGAAWogASgCCCABKAIMEMkBIAEgASgCiAE2AqgBIAEgASkDgAE3A6ABIAcQ4wIgBCABKAKkASABKAKoASADKAIMEQMAIAFBoAFqEJgDIAUgBSgCAEEBazYCAAwDCyAFIAI2AgAgAUFAaxDSAgwCCyABQRBqIAVBrI/AABCbAiABKAIUIQIgASgCECIEKAIAIgMEQCADIAQoAgQoAhARAAALIAIgAigCAEEBajYCAAwBCwtBnI/AABCGAgALpgQCBH8EfiMAQfAAayIMJABBASEOAkACfgJAIAEtAJwBQQFGBEAgASABKQNIIhJCAXw3A0ggDEEMaiINIAFB6ABqEJwBIA0gEhBlIAxBMGoiDUH3icAAQQcQ+wEgDEEkaiIPIA1B3YjAAEEEIAQgBRCxAiANIA9B4YjAAEECIAIgAxCxAiAPIA1B54jAAEECIAwoAhAgDCgCFBCxAiAPQemIwABBBBCPAiAMIAwoAiw2AiAgDCAMKQIkNwMYIAYoAgQhBCAGKAIAIgUEQCAMQRhqIAUgBBDJAUEAIQ4LIAwgDCgCIDYCQCAMIAwpAxg3AjggDEHIlcAANgJIIAxBgICAgHg2AkQgDCAENgI0IAwgDjYCMCAMQQE2AkwgAUEoaiAMQTBqEKoBIAsgCiABKAIkIAlBAXEbIgStfCELIAEpAxghECABKQMQIhEgASgCICAJcq0iE4OnDQEgECALIBGnIgUbIRBCASATIAUbDAILIABBAjYCDCAAIAgoAgg2AgggACAIKQIANwIAIAYoAgANAiAGQQRqENkCDAILIAsgECALIBBUGyEQQgELIREgASAQNwMYIAEgETcDECAMQdwAaiACIAMQiAEgDCAHOgBoIAwgEjcDSCAMIAQ2AkAgDCALNwM4IAwgEzcDMCAMIAgpAgA3A1AgDCAIKAIINgJYIAFB9ABqIAxBMGoQ3gEgAEECNgIAIAxBDGoQmAMLIAxB8ABqJAAL2AMBCn8gAEEiEJIBIAEgAmohDCABIQUgAAJ/A0BBACEHAkACQAJAAkACQAJAA0ACQAJAIAwgBSAHIgRqIgpHBEBBAiELQQAhBwJAIAotAAAiCEEJaw4FCAYDAwcACyAIQSJHDQFB8JfAACEGDAgLAkAgA0UNACACIANNBEAgAiADRg0BDAoLIAEgA2osAABBQEgNCQsgAiADayEEIAEgA2oMCgsgCEHcAEYNAgtBASEGIARBAWohByAIQSBPDQALQQAhC0EBIQcMBAtB8pfAACEGDAMLQfSXwAAhBgwCC0H2l8AAIQYMAQtB+JfAACEGC0EAIQkCQCADIAMgBGoiBUsNAAJAIANFDQAgAiADTQRAIAIgA0cNAgwBCyABIANqLAAAQb9/TA0BCwJAIAVFDQAgAiAFTQRAIAIgA2sgBEYNAQwCCyABIANqIARqLAAAQUBIDQELIAEgA2ohCQsgBUEBaiEDIApBAWohBSAAIAlBASAJGyAEQQAgCRsQyQEgB0UEQCAAIAYgCxDJAQwCCyAAQfqXwABBBBDJASAAIAhBBHYtAP6XQBCSASAAIAhBD3EtAP6XQBCSAQwBCwtBAAsiAUEBIAEbIARBACABGxDJASAAQSIQkgEL0QkCDn8BfiMAQYABayIDJAAgAC0AnAEhDiAAQQI6AJwBAkAgDkECRwRAIABBKGoiAhDNASADQQI2AiAgAiADQSBqIgQQqgEgAEGAAWoiBSgCCCECIAVBADYCCCAFKAIEIQUDQCACBEAgAkEBayECIAUQ+wIgBUEcaiEFDAELCyAAQgA3AwAgAEIANwMQIAAoAlAhDCAAQQI2AlAgDEECRwRAIAMgACkCVDcCCCADIAw2AgQgAyABKQIINwMoIAMgASkCADcDICAAIANBBGogBEEAIAMQygELIAAoAnwhBSAAQQA2AnwgACgCdCEGIAAoAnghAiAAQoCAgICAATcCdCADIAIgBUEGdCIEajYCHCADIAY2AhggAyACNgIUIAMgAjYCECADQcwAaiEGIANBKGohCANAAkAgBEUNACADIAJBQGsiBTYCFCACKQMAIhBCAlENACADIBA3AyAgCCACQQhqQTj8CgAAIAMgAigCKDYCaCADIAIpAiA3A2AgA0ECNgJwIAAgA0HgAGogA0HwAGpBACADEMoBIAYQmAMgBEFAaiEEIAUhAgwBCwsgA0EQahCUASMAQSBrIg8kACMAQRBrIgUkACAFQQhqIgIgAEGMAWoiBCgCCCIINgIEIAJBADYCACAFKAIMIQYgBCAFKAIIIgc2AgggD0EMaiICIAY2AgwgAiAENgIIIAIgCCAGazYCECACIAQoAgQiBCAGQQR0ajYCBCACIAQgB0EEdGo2AgAgBUEQaiQAIwBBIGsiBiQAIAZBCGogAigCBCACKAIAa0EEdkEEQQQQoQEgBkEANgIcIAYgBikDCDcCFCMAQRBrIggkACAGQRRqIgUgAigCBCACKAIAa0EEdhCvAiAFKQIEIRAgCCAFQQhqNgIEIAggEEIgiTcCCCMAQTBrIgUkACAFIAIpAgAiEDcDCCAFIAIoAhA2AhggBSACKQIINwMQIAhBBGoiAigCCCACKAIEIgRBAnRqIQcgBUEkaiEJIAIoAgAgEKchAiAFKAIMIQ0CQANAIAIgDUYNASACKAIAIgpBgICAgHhHBEAgCSACQQxqKAIANgIIIAkgAkEEaikCADcCACAFIAo2AiAgBSgCLCEKIAVBIGoQmAMgByAKNgIAIAdBBGohByAEQQFqIQQgAkEQaiECDAELCyACQRBqIQILIAUgAjYCCCAENgIAIwBBEGsiByQAIAVBCGoiBCgCBCEJIAQoAgAhAiAEQoSAgIDAADcCACAHIAQ2AgwCQCACIAlGDQAgCSACa0EEdiEEA0AgBEUNASAEQQFrIQQgAhD5AiACQRBqIQIMAAsACyAHQQxqKAIAIgIoAhAiBARAIAIoAgwiDSACKAIIIgkoAggiC0cEQCAEQQR0IgQEQCAJKAIEIgogC0EEdGogCiANQQR0aiAE/AoAAAsgAigCECEECyAJIAQgC2o2AggLIAdBEGokACAFQTBqJAAgCEEQaiQAIANB8ABqIgIgBigCHDYCCCACIAYpAhQ3AgAgBkEgaiQAIA9BIGokAAJAIA5BAUcEQCACEJ0DDAELIAMgAygCeDYCLCADIAMpAnA3AiQgA0GGgICAeDYCICAAQThqIANBIGoQ6AELIAxBAkcNAQsgARCiAgsgA0GAAWokAAulBAIJfwF+IwBB8ABrIgQkACAEQTxqIAMQZyAEIAQpAkA3A1ggBCAEKAJINgJgQQEhBSAEKAJMIQMCQCAEKAI8QQFGBEAgBCAEKAJgNgIoIAQgBCkDWDcDICAEIAM2AiwgBCAEQSBqEOEBIAQoAgQhAwwBCyAEIAQoAmA2AhggBCAEKQNYNwMQIAQgAzYCHCAEIAJB54jAAEECENsBNgJYIARBPGoiBiAEQdgAaiIHEJEBIAQoAjxBgICAgHhHBEAgBCAEKAJENgI4IAQgBCkCPDcDMCAHENkCIAQgBCgCGDYCYCAEIAQpAxA3A1ggBEEIaiABKAIAIgpBOGpB5IzAABCXAiAEKAIMIQggBCgCCCEJIAQQmAIiDTcDaCAEIAk2AmQgBCgCNCELIAQoAjghDCMAQSBrIgIkACACQQxqIgVB1ZTAAEEGEIgBIAUgCyAMEEcgBUH9ABCSASACIAIpAhA3AhggBiAJQeWTwABBBkHblMAAQQwgAkEYakEBIAdBACACIA0QRiAFEJgDIAJBIGokACAIIAgoAgBBAWo2AgACQCAEKAI8QQJHBEAgBiAEQcgAahCpAQwBCyAKQQhqEEUgARBPCyAEQTBqEJgDQQAhBQwBCyAEQdgAahDZAiAEQUBrQf2SwABBHBCIASAEQQA2AjwgBEE8ahD4AiEDIARBHGoQ2QIgBEEQahC4AgsgACADNgIEIAAgBTYCACAEQfAAaiQAC7gDAQN/IwBB0ABrIgskACALIAg2AgwgCyAHNgIIAkACfwJAAkAgAC0AnAFBAUcNACAAQYABaiABIAIQ+gFFDQAgC0EwaiIMQf6JwABBCBD7ASALQSBqIg0gDEHdiMAAQQQgBSAGELECIAwgDUHjiMAAQQQgASACELECIAxB54jAAEECEI8CIAwgAyAEEMkBIA0gDCgCCDYCCCANIAwpAgA3AgAgDUHpiMAAQQQQjwIgCyALKAIoNgIYIAsgCykCIDcDEEEBIQICQCAHQQFxBEAgCUUNASAMIAkgChC3AQwDCyAJBEAgC0EQakGLisAAQQQQyQEgCyALKAIYNgIoIAsgCykDEDcDICALQTBqIAkgChC3ASALIAspAyA3AxAgCyALKAIoNgIYDAMLIAtBEGpBi4rAAEEEEMkBC0GAgICAeCEJQciVwAAMAgsgC0EIahDbAgwCCyALKAI4IQIgCygCMCEJIAsoAjQLIQEgCyALKAIYNgJAIAsgCykDEDcCOCALIAI2AkwgCyABNgJIIAsgCTYCRCALIAg2AjQgCyAHNgIwIABBKGogC0EwahCqAQsgC0HQAGokAAuuAgEEfyMAQTBrIgMkACADIAEQbzYCHAJAIAAoAgAiBkEBRgRAIAMgACgCCDYCICACEJIDRQRAIANB6YjAAEEEEN8CNgIsIANBJGoiASADQRxqIANBLGoiBCACEIkBIAEQ3AIgBBDZAgsgA0GBCDYCLCADQQhqIANBIGoiBCADQSxqIgUgA0EcahCLASADIAMoAgwiATYCKCADIAMoAggiAjYCJAwBCyADIAAoAgQ2AiAgA0GBCDYCLCADQRBqIANBIGoiBCADQSxqIgUgA0EcaiACEIYBIAMgAygCFCIBNgIoIAMgAygCECICNgIkCyAFENkCIAQQ2QICQCACQQFxBEAgARDWAQwBCyADQShqENkCCyADQRxqENkCIAYEQCAAQQRqENkCCyADQTBqJAALmgcCCX8BbyMAQUBqIgUkACAFIAM2AiAgBSACNgIcIAVBEGogAUH4kMAAEJsCIAUoAhAiCSgCCCEBIAUoAhQhDCAFIAkoAgQiAjYCNCAFIAIgAUEUbGo2AjggBSAFQRxqIgo2AjwgBUEkaiEDIwBBMGsiASQAIAFBCGogBUE0aiICEHICQCABKAIIQQFGBEAgASgCDCEGIAFBBEEEQQQQoQEgASgCACEHIAEoAgQiCCAGNgIAIAFBATYCHCABIAg2AhggASAHNgIUIAEgAigCCDYCKCABIAIpAgA3AyAgAUEUaiECIAFBIGohCCMAQRBrIgYkAANAAkAgBkEIaiAIEHIgBigCCEEBRw0AIAYoAgwhCyACKAIIIgcgAigCAEYEQCACQQEQrwILIAIoAgQgB0ECdGogCzYCACACIAdBAWo2AggMAQsLIAZBEGokACADIAEoAhw2AgggAyABKQIUNwIADAELIANBADYCCCADQoCAgIDAADcCAAsgAUEwaiQAIwBBEGsiCCQAIAggCjYCDEEAIQEjAEEQayIHJAAgByAIQQxqNgIMAkAgCSgCCCIKRQ0AIAkoAgQiCyEGA0AgB0EMaiAGEK0CBEAgBkEUaiEGIAogAUEBaiIBRw0BDAILCyAGEPwCIAtBFGohDSABIQMDQCABQQFqIQIgDSABQRRsaiEGA0AgAiAKTwRAIAkgAzYCCAwDCyAHQQxqIAYQrQJFBEAgAkEBaiECIAYQ/AIgBkEUaiEGDAELCyALIANBFGxqIgEgBigCEDYCECABIAYpAgg3AgggASAGKQIANwIAIANBAWohAyACIQEMAAsACyAHQRBqJAAgCEEQaiQAIAwgDCgCAEEBajYCACAFKAIsQQJ0IQMgBSgCKCECA0ACQAJAIAMEQCAFQYEINgI0IwBBEGsiASQAIAIoAgAlASAFQTRqIgkoAgAlASAEKAIAJQEQCCEOEFQiByAOJgEgAUEIahCuAkEBIQYgBUEIaiIIAn8gASgCCEEBRgRAIAEoAgwMAQtBACEGIAcLNgIEIAggBjYCACABQRBqJAAgBSgCDCEBIAUoAghBAXFFDQIgAEEBOgAAIAAgATYCBCAJENkCDAELIABBADoAACAAIAUoAixBAEc6AAELIAVBJGoiABD5ASAAEJsDIAVBQGskAA8LIAUgATYCMCADQQRrIQMgAkEEaiECIAVBMGoQ2QIgBUE0ahDZAgwACwAL6gUCCn8BfiMAQRBrIgYkAEEKIQIgACgCACIEIQAgBEHoB08EQANAIAZBBmogAmoiA0EEayAAIgUgAEGQzgBuIgBBkM4AbGsiB0H//wNxQeQAbiIIQQF0LwCYn0A7AAAgA0ECayAHIAhB5ABsa0H//wNxQQF0LwCYn0A7AAAgAkEEayECIAVB/6ziBEsNAAsLIABBCUsEQCACQQJrIgIgBkEGamogACAAQf//A3FB5ABuIgBB5ABsa0H//wNxQQF0LwCYn0A7AAALQQAgBCAAG0UEQCACQQFrIgIgBkEGamogAEEBdC0AmZ9AOgAACwJ/IAZBBmogAmohB0EAIQRBK0GAgMQAIAEoAggiA0GAgIABcSIAGyEIIANBgICABHFFRSEKAkBBCiACayILIABBFXZqIgAgAS8BDCIFSQRAAkACQCADQYCAgAhxRQRAIAUgAGshBUEAIQACQAJAAkAgA0EddkEDcUEBaw4DAAEAAgsgBSEADAELIAVB/v8DcUEBdiEACyADQf///wBxIQkgASgCBCEDIAEoAgAhAQNAIARB//8DcSAAQf//A3FPDQJBASECIARBAWohBCABIAkgAygCEBECAEUNAAsMBAsgASABKQIIIgynQYCAgP95cUGwgICAAnI2AghBASECIAEoAgAiAyABKAIEIgkgCCAKEN0BDQMgBSAAa0H//wNxIQADQCAEQf//A3EgAE8NAiAEQQFqIQQgA0EwIAkoAhARAgBFDQALDAMLQQEhAiABIAMgCCAKEN0BDQIgASAHIAsgAygCDBEFAA0CQQAhBCAFIABrQf//A3EhAANAIARB//8DcSIFIABJIQIgACAFTQ0DIARBAWohBCABIAkgAygCEBECAEUNAAsMAgsgAyAHIAsgCSgCDBEFAA0BIAEgDDcCCEEADAILQQEhAiABKAIAIgAgASgCBCIBIAggChDdAQ0AIAAgByALIAEoAgwRBQAhAgsgAgsgBkEQaiQAC/8CAQZ/IwBBMGsiAyQAIAEoAgAiAUEAOgAcIAMgAjYCGCABKAIIQf////8HSQRAIAFBCGohBiABKAIYIQICQANAIAJFDQEgA0EQaiAGQbScwAAQmwIgAygCFCEEIAMoAhAiASgCDCIFBH8gASAFQQFrNgIMIAEgASgCCCIFQQFqIgcgASgCACIIQQAgByAITxtrNgIIIAEoAgQgBUECdGooAgAFQQALIgEEQCADIAE2AhwgBCAEKAIAQQFqNgIAIANBCGogAygCHCIFQQhqQZScwAAQmwIgAygCDCEEAkAgAygCCCIBKAIARQ0AIAVBADoAHCADQQA2AiggAyABQQhqIgU2AiQgAyAFNgIgIAEoAgAgA0EgaiABKAIEKAIMEQIADQAgARDGAiABQQA2AgALIAQgBCgCAEEBajYCACACQQFrIQIgA0EcahDCAgwBCwsgBCAEKAIAQQFqNgIACyADQRhqENkCIABBADYCACADQTBqJAAPC0GknMAAEIYCAAuqBAMHfwJ+AW8jAEFAaiIBJAAgAUEQaiAAKAIAIgJBOGpB/I/AABDsASABKAIQIgApAxghCCAAKAIQIQAgASgCFCIDIAMoAgBBAWs2AgAgAUEIaiACQQhqQYyQwAAQlwIgASgCDCEHAkACQAJ/AkACQCABKAIIIgMoAghBAkcEQCAARQ0CIAMpAwAgCFINAQwECyAARQ0DCyACIAIoAgRBAWoiADYCBCAARQ0DQv////8HIAgQmAJ9IglCACAIIAlaGyIJIAlC/////wdaG6chBiMAQRBrIgAkACMAQRBrIgQkAEEEQQQQ0AIiBSACNgIAIARBCGoiAkGsgcAANgIEIAIgBTYCACAEKAIIQayBwAAQPyEKEFQiBSAKJgEgBEEQaiQAIAAgBTYCDCMAQRBrIgIkACAAQQxqKAIAJQEgBhAcIQoQVCIGIAomASACQQhqEK4CQQEhBCAAAn8gAigCCEEBRgRAIAIoAgwMAQtBACEEIAYLNgIEIAAgBDYCACACQRBqJAAgACgCBCEEIAAoAgBBAUYEQEGCmsAAQTEQpAMACyABQTBqIgIgBTYCDCACQQE2AgggAiAENgIEIAJBATYCACAAQRBqJAAgASABKQI0NwMYIAEgASgCPDYCICABKAIwDAELQQILIQAgAxDkASADIAA2AgggAyAINwMAIAMgASkDGDcCDCADIAEoAiA2AhQLIAcgBygCAEEBajYCACABQUBrJAAPCwALrwIBAn8jAEFAaiICJAAgAiABEJoBIAIgAigCBCIBNgIMIAIgAigCACIDNgIIAkAgA0EBRgRAIAIgATYCECACQRRqIgFBj4rAAEEdEIgBIAIgAkEQakHwicAAQQcQ2wE2AjwgAkEwaiACQTxqEJEBIAECfyACKAIwQYCAgIB4RwRAIAIgAikCMDcDICACIAIoAjgiATYCKCACKAIkDAELQQAhASACQQA2AiggAkKAgICAEDcDIEEBCyABEMkBIAAgAigCHDYCDCAAIAIpAhQ3AgQgAEEANgIAIAJBIGoQmAMgAkE8ahDZAiACQRBqENkCDAELIAJBDGoiAxCQAwRAIABBCDYCACAAIAE2AgQMAQsQrAMhASAAQQg2AgAgACABNgIEIAMQ2QILIAJBQGskAAu4AwIFfwFvIwBBMGsiAiQAIAIgAUHwicAAQQcQ2wE2AiwgAkEgaiACQSxqEJEBAkAgAigCIEGAgICAeEcEQCACIAIoAig2AhggAiACKQIgNwMQDAELIAJBEGogARCRASACQSBqEOMCCwJAIAIoAhBBgICAgHhHBEAgAiACKAIYNgIoIAIgAikDEDcDIAwBCyABKAIAJQEQCiEHEFQiAyAHJgEgAkEIahCuAkEBIQECfyACKAIIQQFGBEAgAigCDAwBC0EAIQEgAwshAyACIAEgAxC5AQJAIAIoAgBBAUYEQCACKAIEIQMjAEEQayIBJAAgASADNgIMIAJBIGohBCMAQRBrIgUkACAFQQRqIgMgAUEMaiIGEJEBAkAgAygCAEGAgICAeEcEQCAEIAMoAgg2AgggBCADKQIANwIADAELQdScwABBMRCkAwALIAVBEGokACAGENkCIAFBEGokAAwBCyACQYCAgIB4NgIgCyACQRBqEOMCCwJAIAIoAiBBgICAgHhHBEAgACACKAIoNgIIIAAgAikDIDcCAAwBCyAAQe2IwABBBRCIAQsgAkEsahDZAiACQTBqJAALiAIBBn8gACgCCCIEIQICf0EBIAFBgAFJDQAaQQIgAUGAEEkNABpBA0EEIAFBgIAESRsLIgYgACgCACAEa0sEfyAAIAQgBhBrIAAoAggFIAILIAAoAgRqIQICQCABQYABTwRAIAFBP3FBgH9yIQUgAUEGdiEDIAFBgBBJBEAgAiAFOgABIAIgA0HAAXI6AAAMAgsgAUEMdiEHIANBP3FBgH9yIQMgAUH//wNNBEAgAiAFOgACIAIgAzoAASACIAdB4AFyOgAADAILIAIgBToAAyACIAM6AAIgAiAHQT9xQYB/cjoAASACIAFBEnZBcHI6AAAMAQsgAiABOgAACyAAIAQgBmo2AghBAAuUAgEEfyMAQTBrIgAkACAAQSBqQbiawAAQ2AEgACgCICEBIAAgACgCJCICNgIsIAAgATYCKEEBIQMgAUEBRwRAIABBGGpBwJrAABDYASAAKAIcIQIgACgCGCEDIABBKGoQ2wILIAAgAzYCKCAAIAI2AixBASEBIANBAUcEQCAAQRBqQbSawAAQ2AEgACgCFCECIAAoAhAhASAAQShqENsCCyAAIAE2AiggACACNgIsQQEhAyABQQFHBEAgAEEIakG8msAAENgBIAAoAgwhAiAAKAIIIQMgAEEoahDbAgtBgAghASADQQFGBEAgACACNgIoIABBKGoiARCSAwR/IAEQ2QJBgAgFIAILIQELIABBMGokACABC68EAQt/IwBBEGsiBiQAAkBB0KLAACgCAA0AQdCiwABBfzYCAEHgosAAKAIAIgJB3KLAACgCACIARgRAIAIiAEHUosAAKAIAIgFGBEDQb0GAASAAIABBgAFNGyIH/A8BIgFBf0YNAgJAQeSiwAAoAgAiAEUEQEHkosAAIAE2AgAMAQsgACACaiABRw0DCyMAQRBrIgQkACAEQQhqIQlB3KLAACgCACEAQQQhASMAQRBrIgUkAEHUosAAKAIAIABrIAdPBH9BgYCAgHgFIAVBCGohCiMAQRBrIgMkAAJ/QQAgACAHaiIBIAdJDQAaIANBBGpB1KLAACABQQRBBBBaIAMoAgRBAUYEQCADKAIMIQggAygCCAwBCyADKAIIIQBB1KLAACABNgIAQdiiwAAgADYCAEGBgICAeAshACAKIAg2AgQgCiAANgIAIANBEGokACAFKAIMIQEgBSgCCAshACAJIAE2AgQgCSAANgIAIAVBEGokACAEKAIMIQggBkEIaiIAIAQoAgg2AgAgACAINgIEIARBEGokACAGKAIIQYGAgIB4Rw0CQdSiwAAoAgAhAUHcosAAKAIAIQALIAAgAU8NAUHYosAAKAIAIABBAnRqIAJBAWo2AgBB3KLAACAAQQFqIgA2AgALIAAgAk0NAEHgosAAQdiiwAAoAgAgAkECdGooAgA2AgBB0KLAAEHQosAAKAIAQQFqNgIAQeSiwAAoAgAgBkEQaiQAIAJqDwsAC/kHAgl/BH4jAEFAaiIDJAAgACgCACEEIABBADYCACAEBEAgAyAENgIYIANBGGoQ0gEiAARAIAMgADYCHCADQRBqIABBCGpBzI/AABCXAiADKAIUIQEgAygCECIEKQMIIQogBEECNgIIIAQpAwAhCyAEKQMQIQwgASABKAIAQQFqNgIAIAMgDDcDMCADIAo3AyggAyALNwMgIANBCGogAEE4akHcj8AAEJcCIAMoAgwhBiADKAIIIQIQmAIhCkIAIQsjAEGQAWsiASQAIAEgCjcDCAJAAkACQAJAIAItAJwBDgMAAQMBCyACKQMAQgFSDQAgAikDCCAKWA0BCyABIAFBCGo2AjAgAUEUaiACIAFBMGpB6JTAABBqIAEoAhwhBCABKAIYIQAgASABKAIUNgIoIAEgADYCJCABIAA2AiAgASAAIARBBnQiBWo2AiwgAUHcAGohByABQThqIQgDQAJAIAVFDQAgASAAQUBrIgQ2AiQgACkDACIKQgJRDQAgASAKNwMwIAggAEEIakE4/AoAACABKAJAIQkgASAAKAIoNgJ4IAEgACkCIDcDcCABQQM2AoABIAEgCUEAIAqnQQFxGzYChAEgAiABQfAAaiABQYABakEAIAEQygEgBxCYAyAFQUBqIQUgBCEADAELCyABQSBqEJQBIAIoAnxBBnQhBSACKAJ4IQACQANAIAVFDQEgBUFAaiEFIAApAwAhCiAAQUBrIQAgCkIBUg0ACyAAQThrKQMAIQpCASELIAVFDQAgBUEGdiEFA0AgCiAAQQhqKQMAIgwgCiAMVBsgCiAAKAIAGyEKIABBQGshACAFQQFrIgUNAAsLIAIpAwghDAJ+IAIpAwAiDSALg1AEQCAKIAwgC6ciABshCkIBIA0gABsMAQsgDCAKIAogDFYbIQpCAQshCyACIAo3AxggAiALNwMQDAELIAFBAzYCMCABIAIoAiRBACACKAIgGzYCNCACIAFBMGoQSAsgAUGQAWokACAGIAYoAgBBAWo2AgAgA0EcahBBIANBADoAOCMAQTBrIgAkACAAQgA3AhggAEEBOgAsIABBGGoQnAIiBCAEKAIAQQFqIgE2AgAgAUUEQAALIABBEGogBBDmAiAAKQMQIQpBCEEgENACIgEgA0EgaiICKQMYNwMYIAEgAikDEDcDECABIAIpAwg3AwggASACKQMANwMAIABBCGogBEEIahCaAiAAKAIMIQUgACgCCCICELUBIAIgCjcCCCACQaCJwAA2AgQgAiABNgIAIAUgBSgCAEEBajYCACAEEKIDIABBMGokACADQRxqEL4CCyADQRhqEIwCIANBQGskAA8LQcCBwABBHBCkAwALjQIBAX8CQCAAKAIAIgFBh4CAgHhGDQACQAJAAkACQAJAAkBBASABQYCAgIB4cyABQQBOGw4GAQIDBAUGAAsgAEEEahCdAw8LIABBBGoQuAIgACgCEEECRgRAAkACQAJAAkBBBCAAKAIUIgFBgICAgHhzIAFBAE4bDgQJAQIDAAsgAEEUahCdAw8LIABBGGoQ2QIPCyAAQRhqENkCDwsgAEEYahDbAg8LIABBGGoQogIgAEEQahDbAg8LIABBJGoQ2QIgABCYAyAAQQxqEJgDIABBGGoQmAMgAEEoahDZAg8LIABBBGoQvwIPCyAAQQRqEL8CDwsgAEEQahC/AiAAQQRqEJgDIABBFGoQ2QILC7YDAQN/IABB0AFqEIwCIABBlAFqEJgDIAAoAogBQQJHBEAgAEGIAWoQuAILIABBoAFqEJgDIABBrAFqEJ4DIABBuAFqIgMiASgCCCECIAEoAgQhAQNAIAIEQCACQQFrIQIgARD7AiABQRxqIQEMAQsLIANBBEEcEM8BIABBxAFqIgMiASgCCCECIAEoAgQhAQNAIAIEQCACQQFrIQIgARD5AiABQRBqIQEMAQsLIAMQoAMgAEHgAGoiAyIBKAIIIQIgASgCBCEBA0AgAgRAIAJBAWshAiABEOECIAFBIGohAQwBCwsgA0EEQSAQzwEgAEHwAGoiAyIBKAIIIQIgASgCBCEBA0AgAgRAIAJBAWshAiABEFYgAUEsaiEBDAELCyADQQRBLBDPASAAQZQCahDyAiAAQQhqEOQBIABB2AFqENkCIABB3AFqENkCIABB4AFqENkCIABB5AFqENkCIABB6AFqENkCIABB7AFqENkCIABB8AFqENkCIABB9AFqENkCIABB+AFqENkCIABB/AFqENkCIABBIGoQ8wIgAEGEAmoQ2QIgAEGIAmoQ2QIgAEGMAmoQ2QIL5gEBBn8jAEEgayICJAACQCAAKAIAIgZBAUYEQCACIAAoAgQ2AhwgAkGBCDYCECACIAJBHGoiBCACQRBqIgUgARCLASACKAIEIQMgAigCACEBDAELIAIgACgCBDYCGCACQYEINgIcIAJBgQg2AhAgAkEIaiACQRhqIgQgAkEcaiIFIAJBEGoiByABEIYBIAIoAgwhAyACKAIIIQEgBxDZAgsgBRDZAiAEENkCIAIgATYCECACIAM2AhQCQCABQQFGBEAgAxDWAQwBCyACQRRqENkCCyAGBEAgAEEIahDZAgsgAkEgaiQAC/MEAwZ/AX4BbyMAQSBrIgMkACADQRBqIAEQ5wECQAJAIAMoAhAiAkGAgICAeEYEQEEAIQEMAQsgAyADKQIUIgg3AgQgAyACNgIAIABBjAFqIgQgCKciBSAIQiCIpyIGEIIBIgIEQCACKAIAIgEgASgCAEEBaiIANgIAIABFDQIgAxCYAwwBCyMAQUBqIgIkACAAQZgBahCjAiEAIAJBFGoiByAFIAYQiAEgARBcIQEgAkKAgICAgIABNwI4IAJCBDcCMCACQgA3AiggAiABNgIkIAIgADYCIEEEQTQQ0AIiAUKBgICAEDcCACABQQhqIAdBLPwKAAAgASABKAIAQQFqIgA2AgAgAEUEQAALIAEQiwMQDSEJEFQiBSAJJgEgAkEIaiABQSxqQcCYwAAQmwIgAigCDCEAIAIoAggiBhDZAiAGIAU2AgAgACAAKAIAQQFqNgIAIAJBQGskACADKQIAIQggAygCCCEAIAEgASgCAEEBaiICNgIAIAMgADYCGCADIAg3AxAgAkUNASADAn8jAEEQayIAJAAgAEEIaiAEIANBEGoiAigCBCACKAIIEHACQAJAIAAoAghBAUYEQCAAKAIMIgUgBCgCCCIGTw0CIAQoAgQgBUEEdGoiBSgCDCEEIAUgATYCDCACEJgDDAELIAQoAggiBSAEKAIARgRAIAQQvgELIAQoAgQgBUEEdGoiBiACKAIINgIIIAYgAikCADcCACAGIAE2AgwgBCAFQQFqNgIIQQAhBAsgAEEQaiQAIAQMAQsgBSAGQaCYwAAQpgEACyIANgIMIABFDQAgA0EMahC/AgsgA0EgaiQAIAEPCwAL5gECA38BfiMAQSBrIgUkAEEBIQdBBCEGAkACQCAErSACrX4iCEIgiKcNACAIpyICQYCAgIB4IANrSw0AIAVBFGogASADIAQQwwECfyAFKAIYBEAgBSgCHCIBRQRAIAVBCGogAyACEPEBIAUoAgghBCAFKAIMDAILIAUoAhQgASADIAIQ9gIhBCACDAELIAUgAyACEPEBIAUoAgAhBCAFKAIECyAERQRAIAAgAzYCBEEIIQYMAgsgACAENgIEQQAhB0EIIQYhAgwBC0EAIQILIAAgBmogAjYCACAAIAc2AgAgBUEgaiQAC/QBAgN/An4jAEEwayIEJAAgBEEIaiABIAIgAxBxAkACQCAEKAIIQQFGBEAgBCgCDCICIAEoAggiA08NAiAEIAEoAgQiBSACQRxsaiICKQIANwMQIAQgAikCCDcDGCAEIAIpAhA3AyAgBCACKAIYNgIoIAUgA0EBayIGQRxsaiIDKQIIIQcgAykCECEIIAMoAhghBSACIAMpAgA3AgAgAiAFNgIYIAIgCDcCECACIAc3AgggASAGNgIIIAAgBCkCJDcCCCAAIAQpAhw3AgAgBEEQahCYAwwBCyAAQYCAgIB4NgIACyAEQTBqJAAPCyACIAMQpAEAC/kBAgV/AW8jAEFAaiIBJAAQJSEGEFQiAiAGJgEgASACNgIMIAFBBTYCLCABQfKIwAA2AiggAUEENgIkIAFB3YjAADYCICABQQI2AhwgAUHniMAANgIYA0AgA0EYRwRAIAEgACABQRBqIANqIgJBCGooAgAiBCACQQxqKAIAIgIQ2wE2AjAgAUEwaiIFEJIDRQRAIAEgBCACEN8CNgI8IAFBNGoiAiABQQxqIAFBPGoiBCAFEIkBIAIQ3AIgBBDZAgsgA0EIaiEDIAFBMGoQ2QIMAQsLIAFBDGoiACgCACUBEAQhBhBUIgMgBiYBIAAQ2QIgAUFAayQAIAMLoQIBA38jAEHQAGsiAiQAIAIgATYCFCACQQhqIAAQqAEgAigCCCIBBEAgAigCDCEDIwBBEGsiACQAIABBCGogAkEUaigCACUBEBogACgCCCEEIAAgACgCDDYCBCAAIAQ2AgAgAkEoaiAAKAIAIAAoAgQQgAIgAEEQaiQAAkAgAigCMARAIAIgAigCMDYCICACIAIpAig3AxgMAQsgAkE0aiIAQbOTwABBGBCIASAAIAJBFGooAgAlARAZrUL//wODEGUgAiACKAI8NgJIIAIgAikCNDcDQCACQUBrQcuTwABBARDJASACIAIoAkg2AiAgAiACKQNANwMYIAJBKGoQmAMLIAEgAkEYaiADKAIYEQEACyACQRRqENkCIAJB0ABqJAALiQMBBX8jAEEwayIEJAAgBCACNgIYIAQgATYCFCAEQQhqIABBmJHAABCbAiAEKAIIIgYoAggiAEEBayEBIABBFGwhAiAGKAIEIQAgBCgCDCEIAkADQCACRQ0BAkAgACACaiIFQRRrIARBFGoQlgIEQCAEIAVBCGsQoQI2AhwgBEEcaiIFIAMQ9AIgBRDZAg0BCyABQQFrIQEgAkEUayECDAELCyAEQRxqIQIjAEEgayIAJAAgAEEMaiEDAkAgBigCCCIHIAFLBEAgAyAGKAIEIAFBFGxqIgUpAgA3AgAgAyAFKQIINwIIIAMgBSgCEDYCECAHIAFBf3NqQRRsIgMEQCAFIAVBFGogA/wKAAALIAYgB0EBazYCCAwBCyADQYCAgIB4NgIACwJAIAAoAgxBgICAgHhHBEAgAiAAKAIcNgIQIAIgACkCFDcCCCACIAApAgw3AgAgAEEgaiQADAELIAEgBigCCEGokcAAEKUBAAsgAhD8AgsgCCAIKAIAQQFqNgIAIARBMGokAAvpAQECfyMAQTBrIgQkACABKAIIIQUgASgCBCEBIARBCGogAkEwakG8j8AAEOwBIAQoAgwhAiAEKAIIQYABaiABIAUQ+gEhASACIAIoAgBBAWs2AgACQCABRQRAIARBBzYCICAEQSBqEPgCIQEgAEGAgICAeDYCACAAIAE2AgQMAQsgBEEUaiADEJEBIAQoAhRBgICAgHhHBEAgACAEKAIcNgIIIAAgBCkCFDcCAAwBCyAEQSRqQayKwABBFBCIASAEQQA2AiAgBEEgahD4AiEBIABBgICAgHg2AgAgACABNgIECyAEQTBqJAALlAIBBX8jAEEgayIFJAACfyADEI0DIgYEQCAFQQhqIAFBzJDAABCbAiAFKAIMIQcgBSgCCCEDIAYQoQIhCCADKAIIIgYgAygCAEYEQCMAQRBrIgEkACABQQhqIAMgAygCAEEBQQRBFBBiIAEoAggiCUGBgICAeEcEQCAJIAEoAgwQ2AIACyABQRBqJAALIAMoAgQgBkEUbGoiASACKAIINgIIIAEgAikCADcCACABIAQ6ABAgASAINgIMIAMgBkEBajYCCCAHIAcoAgBBAWo2AgBBAAwBCyAFQRRqQdyQwABBGhCIASAFQQA2AhAgBUEQahD4AiEBIAIQmANBAQshAiAAIAE2AgQgACACNgIAIAVBIGokAAvoAQICfwF+IwBBMGsiAiQAIAEoAgBBgICAgHhGBEAgASgCDCEDIAJBADYCLCACQoCAgIAQNwIkIAJBJGpB1J3AACADKAIAIgMoAgAgAygCBBBEGiACIAIoAiwiAzYCICACIAIpAiQiBDcDGCABIAM2AgggASAENwIACyABKAIIIQMgAUEANgIIIAEpAgAhBCABQoCAgIAQNwIAIAIgAzYCECACIAQ3AwhBDEEEEJYDIgFFBEBBBEEMEKYDAAsgASACKAIQNgIIIAEgAikDCDcCACAAQdSewAA2AgQgACABNgIAIAJBMGokAAusAQEDfyMAQRBrIgYkAAJAIAVFDQAgAiADaiICIANJDQAgBkEEaiABIAIgASgCAEEBdCIDIAIgA0sbIgJBCEEEQQEgBUGBCEkbIAVBAUYbIgcgAiAHSxsiAiAEIAUQWiAGKAIEQQFGBEAgBigCDCEHIAYoAgghCAwBCyAGKAIIIQMgASACNgIAIAEgAzYCBEGBgICAeCEICyAAIAc2AgQgACAINgIAIAZBEGokAAu5AwIGfwFvIwBBIGsiAiQAIAJCADcCECACQQQ2AgwgAkIANwIEIAJBADoAGEEgEM4CIgNCgYCAgBA3AgAgAyACQQRqIgQpAgA3AgggAyAEKQIINwIQIAMgBCkCEDcCGCACAn8CQAJAAkBBtKLAACgCAEEBaw4CAAECC0G4osAADAILEJQDAAsCfyMAQRBrIgEkAEG0osAAKAIAIQVBtKLAAEECNgIAIAFBuKLAACgCACIGNgIMIAEgBTYCCCAFRQRAQbiiwAAgBhEKADYCAEG0osAAQQE2AgAgAUEQaiQAQbiiwAAMAQsgAUEIaiIAKAIAQQFGBEAgAEEEahDZAgtBxJvAABDeAgALCxChAiIBNgIEIAElARAuIQcQVCIBIAcmASACIAE2AhwgAkEcaiIBEJEDIQUgARDZAiAEENkCIAJBgAg2AgQgBCgCACUBECshBxBUIgQgByYBIAMgAygCAEEBaiIBNgIAIAFFBEAAC0EEEM4CIgEgAzYCACABQcSawAAQOyEHEFQiASAHJgEgACAFOgAMIAAgATYCCCAAIAQ2AgQgACADNgIAIAJBBGoQ2QIgAkEgaiQAC5UCAQJ/IwBBIGsiBSQAQaSjwABBpKPAACgCACIGQQFqNgIAAkACQAJAAkACf0EAIAZBAEgNABpBAUGQo8AALQAADQAaQZCjwABBAToAAEGMo8AAQYyjwAAoAgBBAWo2AgBBAgtB/wFxDgMDAQABC0GYo8AAKAIAIgZBAEgNAkGYo8AAIAZBAWo2AgBBnKPAACgCAEUNASAFQQhqIAAgASgCFBEBACAFIAQ6AB0gBSADOgAcIAUgAjYCGCAFIAUpAwg3AhBBnKPAACgCACAFQRBqQaCjwAAoAgAoAhQRAQAMAQsgBSAAIAEoAhgRAQAMAQtBmKPAAEGYo8AAKAIAQQFrNgIAQZCjwABBADoAACADRQ0AAAsAC6QBAgN/AX4jAEEgayIDJAAgA0EANgIYIANCADcDECADQgA3AwhBEyECAkADQCACQRNLDQEgA0EIaiACaiABIAFCCoAiBUIKfn2nQTByOgAAIAJBAWshAiABQglWIAUhAQ0ACyACQRNrIQIgA0EcaiEEA0AgAgRAIAAgAiAEai0AABCSASACQQFqIQIMAQsLIANBIGokAA8LQX9BFEHgl8AAEKYBAAuyAwEJfyMAQSBrIgQkAAJAIAEEQCAEIAI2AhwgBCABNgIYIARBEGogAEG8kMAAEJsCIAQoAhQhCCAEKAIQIQYjAEEQayIHJAAgByAEQRhqNgIMQQAhACMAQRBrIgUkACAFIAdBDGo2AgwCQCAGKAIIIglFDQAgBigCBCIKIQMDQCAFQQxqIAMQiQMEQCADQRRqIQMgCSAAQQFqIgBHDQEMAgsLIAMQ/AIgCkEUaiELIAAhAgNAIABBAWohASALIABBFGxqIQMDQCABIAlPBEAgBiACNgIIDAMLIAVBDGogAxCJA0UEQCABQQFqIQEgAxD8AiADQRRqIQMMAQsLIAogAkEUbGoiACADKAIQNgIQIAAgAykCCDcCCCAAIAMpAgA3AgAgAkEBaiECIAEhAAwACwALIAVBEGokACAHQRBqJAAgCCAIKAIAQQFqNgIADAELIARBCGogAEGskMAAEJsCIAQoAggiACgCCCEBIAQoAgwhAiAAQQA2AgggACgCBCEAA0AgAQRAIAFBAWshASAAEPwCIABBFGohAAwBCwsgAiACKAIAQQFqNgIACyAEQSBqJAAL+wECAn8BbyMAQRBrIgIkAAJAIAEQjQMiAwRAIAMQoQIhASAAQYAINgIQIAAgATYCCCAAQgA3AgAMAQsCQAJAIAEQkgNFBEAgARCOA0UNAQsgAkEANgIAIAIgAjYCDCACQQxqQYyJwAAQCSEEEFQiASAEJgEgAigCAEEBcUUNASAAIAE2AhAgACACKQIENwIIIABCgICAgBA3AgAMAgsgAEEIakGUi8AAQRoQiAEgAEIBNwIADAELIwBBEGsiACQAIABBHTYCBCAAQa6LwAA2AgAgACAArUKAgICAsA+ENwMIQZODwAAgAEEIakHMi8AAENEBAAsgAkEQaiQAC6IBAQN/IABBgAFPBEAgAEE/cUGAf3IhAyAAQQZ2IQIgAEGAEEkEQCABIAM6AAEgASACQcABcjoAAA8LIABBDHYhBCACQT9xQYB/ciECIABB//8DTQRAIAEgAzoAAiABIAI6AAEgASAEQeABcjoAAA8LIAEgAzoAAyABIAI6AAIgASAEQT9xQYB/cjoAASABIABBEnZBcHI6AAAPCyABIAA6AAALzwEBAn8jAEEgayICJAACQAJAAkACQAJAAkACQCABKAIAQQJrDgYAAQIDBQQFCyAAQYyXwABBDhCIAQwFCyACQQRqIgNBmpfAAEEYEIgBIAMgATUCBBBlIAIgAigCDDYCGCACIAIpAgQ3AxAgAkEQakGyl8AAQQMQyQEgACACKAIYNgIIIAAgAikDEDcCAAwECyAAQbWXwABBDxCIAQwDCyAAQcSXwABBDxCIAQwCCyAAQdOXwABBCRCIAQwBCyAAIAFBBGoQnAELIAJBIGokAAumAwEIfyMAQUBqIgUkACABKAJ8IQcgASgCeCEEIAFCCDcDeCABKAJ0IQYgAUEANgJ0IAUgBjYCOCAFIAQ2AjAgBSAENgI0IAUgBCAHQQZ0ajYCPCMAQTBrIgQkACAEQQA2AhAgBEKAgICAgAE3AgggBEEANgIcIARCgICAgIABNwIUIAQgAzYCJCAEIAI2AiAgBCAEQRRqNgIsIAQgBEEIajYCKCMAQUBqIgIkACAFQTBqIgcoAgQhAyAHKAIMIQggBEEgaiIGKAIIIQkgBigCDCEKIAYoAgQhCyAGKAIAIQYDQCADIAhHBEAgAiADQcAA/AoAACAHIANBQGsiAzYCBCAJIAogBiACIAsoAhQRAgAbIAIQ3gEMAQsLIAcQlAEgAkFAayQAIAVBGGoiAiAEKAIQNgIIIAIgBCkCCDcCACACIAQpAhQ3AgwgAiAEKAIcNgIUIARBMGokACAAIAUoAiA2AgggACAFKQIYNwIAIAUgBSkCJDcDCCAFIAUoAiw2AhAgAUH0AGoQngMgASAFKAIQNgJ8IAEgBSkDCDcCdCAFQUBrJAALgQIBBn8jAEEQayIDJAAgAiABIAJqIgRLBEBBAEEAENgCAAsgA0EEaiEFIAAoAgAiAiEGIAAoAgQhCEEBIQdBBCEBAkBBCCAEIAJBAXQiAiACIARJGyICIAJBCE0bIgQiAkH/////B0sEQEEAIQIMAQsCQAJAAn8gBgRAIAggBkEBIAIQ9gIMAQsgAkUEQEEBIQEMAgsgAkEBEJYDCyIBDQAgBUEBNgIEDAELIAUgATYCBEEAIQcLQQghAQsgASAFaiACNgIAIAUgBzYCACADKAIEQQFGBEAgAygCCCADKAIMENgCAAsgAygCCCEBIAAgBDYCACAAIAE2AgQgA0EQaiQACwMAAAuHAQEDfyADQX9zIQVB8KLAACgCACABQQJ0aiEBIAACfwNAQQAgASgCACIBRQ0BGiABIAEoAgxqIgYgASADaiAFcSIEIAJqSQ0ACyABELYBAkAgASAERgRAIAFBBGsiASABKAIAQQJzNgIADAELIAEgBBB3CyAAIAY2AgggACAENgIEQQELNgIACwMAAAuZAQIEfwFvIwBBIGsiASQAIAFBDGoiAiAAEGkgASgCECABKAIUECQhBRBUIgMgBSYBIAEgAzYCCCACEJgDIAFB7IvAAEEEEN8CNgIYIAEgACgCAEECdCIAKAKwmUAgACgCkJlAEN8CNgIcIAIgAUEIaiABQRhqIgAgAUEcaiIEEIkBIAIQ3AIgBBDZAiAAENkCIAFBIGokACADC4QBAQJ/IwBBEGsiBCQAIAQgAzYCCCAEIAI2AgQgASgCCEEEdCEDIAEoAgQhAUEAIQIDQAJAIAMEQCAEIAE2AgwgBEEMaiAEQQRqEIICRQ0BQQEhBQsgACACNgIEIAAgBTYCACAEQRBqJAAPCyADQRBrIQMgAkEBaiECIAFBEGohAQwACwALhAEBAn8jAEEQayIEJAAgBCADNgIIIAQgAjYCBCABKAIIQRxsIQMgASgCBCEBQQAhAgNAAkAgAwRAIAQgATYCDCAEQQxqIARBBGoQggJFDQFBASEFCyAAIAI2AgQgACAFNgIAIARBEGokAA8LIANBHGshAyACQQFqIQIgAUEcaiEBDAALAAuGAQEDfyMAQRBrIgMkACADIAFBCGo2AgggASgCACECIAEoAgQhBAJ/AkADQCACIARGDQEgAyACNgIMIAEgAkEUaiICNgIAIANBCGogA0EMahD3AkUNAAsgAkEURg0AIAJBCGsQoQIhAkEBDAELQQALIQEgACACNgIEIAAgATYCACADQRBqJAALjQEBAn8CQCABBEAgASgCACICQf////8HTwRAIABBzwA2AgggAEHagMAANgIEIABBADYCAA8LIAEgAkEBajYCACABQQhrIgIgAigCAEEBaiIDNgIAIANFDQEgACACNgIIIAAgATYCBCAAIAFBBGo2AgAPCyAAQRs2AgggAEG/gMAANgIEIABBADYCAA8LAAuKAQECfyMAQRBrIgMkACADIAI2AgwgAyABNgIIIAMgAEGIkcAAEO0BIAMoAgQhBAJAIAMoAgAiASgCCCIARQRAQQAhAQwBCyABKAIEIQJBACEBA0AgAiADQQhqEJYCIAFqIQEgAkEUaiECIABBAWsiAA0ACwsgBCAEKAIAQQFrNgIAIANBEGokACABC8QBAQJ/IwBBEGsiASQAIAAtABQhAiAAQQA6ABQCQCACQQFHDQAgAEEAELICIABBABC1AiAAQQAQswIgAEEAELQCIAAoAgAlARATQf//A3FBAk8NACMAQRBrIgIkACAAKAIAJQFB6AdBh4/AAEEFEBggAkEIahCuAiACKAIMIQAgASACKAIIQQFxNgIAIAEgADYCBCACQRBqJAAgASABKAIENgIMIAEgASgCACIANgIIIABFDQAgAUEMahDZAgsgAUEQaiQAC7sDAgl/AW8jAEEQayIFJAAgBSAAKAIAIghBCGpBxJzAABCbAiAFKAIEIQkgBSgCACICKAIMIgQgAigCACIDRgRAIAIoAgAhBCMAQRBrIgMkACADQQhqIAIgAigCAEEBQQRBBBBiIAMoAggiBkGBgICAeEcEQCAGIAMoAgwQ2AIACyADQRBqJAACQCACKAIIIgYgBCACKAIMIgdrTQ0AIAQgBmsiAyAHIANrIgdLIAIoAgAiCiAEayAHT3FFBEAgCiADayEEIANBAnQiAwRAIAIoAgQiByAEQQJ0aiAHIAZBAnRqIAP8CgAACyACIAQ2AggMAQsgB0ECdCIDRQ0AIAIoAgQiBiAEQQJ0aiAGIAP8CgAACyACKAIAIQMgAigCDCEECyACIARBAWo2AgwgAigCBCACKAIIIARqIgIgA0EAIAIgA08ba0ECdGogATYCACAJIAkoAgBBAWo2AgAgCC0AHCEBIAhBAToAHAJAIAENACAALQAMRQRAIABBBGooAgAlASAAQQhqKAIAJQEQHiELEFQiACALJgEgBSAANgIMIAVBDGoQ2QIMAQsgACgCCCUBEC0LIAVBEGokAAuKAQEEfyABIABrIgMQ/AEhAgJAQfCiwAAoAgBBPyACIAJBP08bIgRBAnRqIgIoAgAiBUUEQCACIAA2AgBB6KLAAEHoosAAKQMAQgEgBK2GhDcDAAwBCyACIAA2AgAgBSAANgIECyAAIAM2AgwgACAENgIIIAAgAjYCBCAAIAU2AgAgAUEEayADNgIACwMAAAuRAQICfwF+IwBBIGsiAiQAIAEoAgBBgICAgHhGBEAgASgCDCEDIAJBADYCHCACQoCAgIAQNwIUIAJBFGpB1J3AACADKAIAIgMoAgAgAygCBBBEGiACIAIoAhwiAzYCECACIAIpAhQiBDcDCCABIAM2AgggASAENwIACyAAQdSewAA2AgQgACABNgIAIAJBIGokAAthAQN/IAAgAUETakFwcWoiAUEEaygCACEDAkAgAEEEayIEKAIAIgJBAXFFBEAgACACayIAELYBDAELIAQgAkECcjYCAAsgACADQQJxBH8gASgCDCABELYBIAFqBSABCxB3C64CAQd/IwBBIGsiAyQAIAMgAjYCECADIAE2AgwgAyAAQbiRwAAQ7QEgAyADKAIAIgAoAgQiATYCFCADIAEgACgCCEEUbGo2AhggAyADQQxqNgIcIAMoAgQhBCMAQRBrIgIkACACEPUCIgY2AgwgAkEMaiEHIwBBIGsiACQAIAAgA0EUaiIBKAIINgIQIAAgASkCADcDCCAAQRBqIQgDQCAAIAg2AhggACgCCCEBIAAoAgwhCQJAA0AgASAJRg0BIAAgATYCHCABQRRqIQEgAEEYaiAAQRxqIgUQ9wJFDQALIAAgATYCCCABQRRGDQAgACABQQhrEKECNgIcIAcgBRCBAyAFENkCDAELCyAAQSBqJAAgAkEQaiQAIAQgBCgCAEEBazYCACADQSBqJAAgBgsDAAALAwAACwMAAAsDAAALawEBfyMAQRBrIgQkACAEQQA2AgggBCADNgIMIAEEQCAEIAEgAyACKAIQEQMAIAQoAgQhASAAIAQoAgAiAjYCBCAAIAFBACACQQFxGzYCACAEQRBqJAAPCyAEQQhqEOUCQdiawABBMhCkAwALawECfyMAQRBrIgEkACAALQAcQQFxRQRAIAEgACgCCDYCCCABIAApAgA3AwAgAUGACDYCDCABIABBDGoiAiABQQxqIgMQSyADENkCIAIQogIgAEEBOgAcIAFBEGokAEEADwtB3IvAABCVAwALZAEBfyMAQRBrIgMkACADQQhqIAAgASACEHBBACECAkAgAygCCEEBRgRAIAMoAgwiASAAKAIIIgJPDQEgACgCBCABQQR0akEMaiECCyADQRBqJAAgAg8LIAEgAkGQmMAAEKYBAAuDAQEBfwJAIABBhAhPBEAgANBvJgFB0KLAACgCAA0BQdCiwABBfzYCACAAQeSiwAAoAgAiAUkNASAAIAFrIgBB3KLAACgCAE8NAUHYosAAKAIAIABBAnRqQeCiwAAoAgA2AgBB4KLAACAANgIAQdCiwABB0KLAACgCAEEBajYCAAsPCwALaAEFfyMAQRBrIgIkACACIABBCGo2AgwgACgCACEBIAAoAgQhBANAAkAgASAERgRAQQAhAwwBCyAAIAFBBGoiBTYCACACQQxqKAIAKAIAIAEQWSEDIAUhASADRQ0BCwsgAkEQaiQAIAMLZAEBfyMAQRBrIgMkACABBEAgA0EIaiABIAIoAhARAQAgAygCDCEBIAAgAygCCCICNgIIIAAgAUEAIAJBAXEiAhs2AgQgAEEAIAEgAhs2AgAgA0EQaiQADwtB2JrAAEEyEKQDAAtxAgF/AW8jAEEQayIFJAAgASgCACUBIAIoAgAlASADKAIAJQEgBCgCACUBEAchBhBUIgEgBiYBIAVBCGoQrgJBASEEIAACfyAFKAIIQQFGBEAgBSgCDAwBC0EAIQQgAQs2AgQgACAENgIAIAVBEGokAAtvAQF/IwBBEGsiAyQAAkAgAQRAIANBBGogASACEIACIAMoAgRBgICAgHhGBEAgACADKQIINwIEIABBgYCAgHg2AgAMAgsgACADKAIMNgIIIAAgAykCBDcCAAwBCyAAQYCAgIB4NgIACyADQRBqJAALYAEDfyMAQRBrIgMkACADQQhqIAJBAUEBEKEBIAMoAgghBSADKAIMIQQgAEEANgIIIAAgBDYCBCAAIAU2AgAgAgRAIAIEQCAEIAEgAvwKAAALIAAgAjYCCAsgA0EQaiQAC2gBAX8jAEEQayIEJAAgASgCACUBIAIoAgAlASADKAIAJQEQLCEBIARBCGoQrgJBASEDAkAgBCgCCEEBRgRAIAAgBCgCDDYCBAwBC0EAIQMgACABQQBHOgABCyAAIAM6AAAgBEEQaiQAC28BAX8CQAJAAkACQAJAAkAgACgCACIALQAUQQFrDgMBAgEACyAAQQhqKAIAQf////8HTw0DIAAoAgwNAgsPCyAAQQM6ABQPCyAAIAAoAgBBAWoiATYCACABRQ0BIABBAToAFAALQfSbwAAQhgILAAtqAgF/AW8jAEEQayIEJAAgASgCACUBIAIoAgAlASADKAIAJQEQBiEFEFQiASAFJgEgBEEIahCuAkEBIQMgAAJ/IAQoAghBAUYEQCAEKAIMDAELQQAhAyABCzYCBCAAIAM2AgAgBEEQaiQACwMAAAsDAAAL6AECBX8BfiMAQRBrIgMkACAAKAIAIgAgACgCAEEBaiIBNgIAIAEEQCADQQA6AAwgAyAANgIIIwBBMGsiACQAIABCADcCGCAAQQE6ACwgAEEYahCcAiIBIAEoAgBBAWoiAjYCACACRQRAAAsgAEEQaiABEOYCIAApAxAhBkEEQQgQ0AIiBSADQQhqKQIANwIAIABBCGogAUEIahCaAiAAKAIMIQQgACgCCCICELUBIAIgBjcCCCACQdCJwAA2AgQgAiAFNgIAIAQgBCgCAEEBajYCACABEKIDIABBMGokACADQRBqJAAPCwALwgICAX8BfiMAQSBrIgMkACADIAI2AgQgAyABNgIAIAMgADYCGCADIANBH2oiADYCFCADIAA2AhAgAyADQQRqNgIMIAMgAzYCCCMAQdAAayIAJAAgAEEYaiADQQhqIgEoAhAQcyAAQSRqIAEoAgAoAgAgASgCBCgCABCAAgJAIAAoAhgEQCAAKAIkQYCAgIB4Rw0BCyAAQRBqIABBJGoQ4AEgACgCECECIAAoAhQhAyAAQQhqIABBGGoQ8wEgACgCCCIBIAIgARsiAkEBIAIbIAAoAgwgAyABG0EAIAIbEKQDAAsgACAAKAIgNgI4IAAgACkCGCIENwMwIAAgACkCJDcDQCAAIAAoAiw2AkggBKcoAgBBHGogAEFAayIBKAIEIAEoAggQdCABEJgDIABBMGoQywIgAEHQAGokACADQSBqJAALwgICAX8BfiMAQSBrIgMkACADIAI2AgQgAyABNgIAIAMgADYCGCADIANBH2oiADYCFCADIAA2AhAgAyADQQRqNgIMIAMgAzYCCCMAQdAAayIAJAAgAEEYaiADQQhqIgEoAhAQcyAAQSRqIAEoAgAoAgAgASgCBCgCABCAAgJAIAAoAhgEQCAAKAIkQYCAgIB4Rw0BCyAAQRBqIABBJGoQ4AEgACgCECECIAAoAhQhAyAAQQhqIABBGGoQ8gEgACgCCCIBIAIgARsiAkEBIAIbIAAoAgwgAyABG0EAIAIbEKQDAAsgACAAKAIgNgI4IAAgACkCGCIENwMwIAAgACkCJDcDQCAAIAAoAiw2AkggBKcoAgBBKGogAEFAayIBKAIEIAEoAggQdCABEJgDIABBMGoQygIgAEHQAGokACADQSBqJAALZwECfyMAQRBrIgIkACACQQhqIAEoAgAlARA2AkAgAigCCCIBRQRAQYCAgIB4IQEMAQsgAiABIAIoAgwQywEgAigCACEDIAAgAigCBCIBNgIIIAAgAzYCBAsgACABNgIAIAJBEGokAAtQAQJ/IAAoAgghAiAAAn9BASABQYABSQ0AGkECIAFBgBBJDQAaQQNBBCABQYCABEkbCyIDELYCIAEgACgCBCAAKAIIahBoIAAgAiADajYCCAtcAQF/IwBBEGsiBCQAIARBADYCACAEIAI2AgQgBCADNgIMIARBADYCCCAABEAgACACIAMgASgCEBEDACAEQRBqJAAPCyAEQQhqEOUCIAQQ5QJB2JrAAEEyEKQDAAt+AQJ/IwBBEGsiAiQAIAIgADYCDCAAKAIMIAAoAgQiAWtBBnYhAANAIAAEQCAAQQFrIQAgARDkAiABQUBrIQEMAQsLIwBBEGsiACQAIAAgAkEMaigCACIBKAIANgIMIAAgASgCCDYCCCAAQQhqEJwDIABBEGokACACQRBqJAALtQEBBn8jAEEQayIFJAAjAEEQayIGJAAgBhD1AiIHNgIMIAZBDGohCCADIARBAnRqIQkjAEEQayIEJAADQCADIAlHBEAgBCADKAIAEKECNgIMIAggBEEMaiIKEIEDIANBBGohAyAKENkCDAELCyAEQRBqJAAgBkEQaiQAIAUgBzYCBCAFQQhqIAAgASACIAVBBGoQTCAFLQAIQQFGBEAgBSgCDBDWAQsgBUEEahDZAiAFQRBqJAALUgECfyMAQRBrIgIkAAJAIAAEQCAAQQhrIgAoAgAhAyACIAA2AgwgAkEMahC8AiABRSADQQFHcQ0BIAJBEGokAA8LEKMDAAtBgIDAAEE/EKQDAAtSAQJ/IwBBEGsiAiQAAkAgAARAIABBCGsiACgCACEDIAIgADYCDCACQQxqELoCIAFFIANBAUdxDQEgAkEQaiQADwsQowMAC0GAgMAAQT8QpAMAC1IBAn8jAEEQayICJAACQCAABEAgAEEIayIAKAIAIQMgAiAANgIMIAJBDGoQvQIgAUUgA0EBR3ENASACQRBqJAAPCxCjAwALQYCAwABBPxCkAwALUgECfyMAQRBrIgIkAAJAIAAEQCAAQQhrIgAoAgAhAyACIAA2AgwgAkEMahC7AiABRSADQQFHcQ0BIAJBEGokAA8LEKMDAAtBgIDAAEE/EKQDAAtcAgJ/AW8jAEEQayICJAAgASgCACUBEB8hBBBUIgMgBCYBIAJBCGoQrgJBASEBIAACfyACKAIIQQFGBEAgAigCDAwBC0EAIQEgAws2AgQgACABNgIAIAJBEGokAAtUAQF/AkACQCAAKAIAIAAoAggiA2sgAkkEQCAAIAMgAhBrIAAoAgghAwwBCyACRQ0BCyACRQ0AIAAoAgQgA2ogASAC/AoAAAsgACACIANqNgIIQQALWwECfwJAAkAgASgCCCICRQRAQQEhAQwBCyABKAIEIQMgAkEBEJYDIgFFDQEgAkUNACABIAMgAvwKAAALIAAgAjYCCCAAIAE2AgQgACACNgIADwtBASACENgCAAtSAQJ/AkAgACgCACIBQX9GDQAgASABKAIEQQFrIgI2AgQgAg0AQQQgACgCBCICKAIIIgAgAEEETRshACABIAAgAigCBGpBB2pBACAAa3EQ4AILC1cAIwBBIGsiASQAIAAtABhBAXFFBEAgASAAKQMQNwMYIAEgACkDCDcDECABIAApAwA3AwggAUEIahDkASAAQQE6ABggAUEgaiQAQQAPC0Hsj8AAEJUDAAteAQF/IwBBMGsiAyQAIANBgICAgHg2AgQgAyABKAIINgIQIAMgASkCADcCCCADIAIpAgA3AhQgAyACKQIINwIcIAMgAikCEDcCJCAAQThqIANBBGoQ6AEgA0EwaiQAC1YBAX8jAEEQayICJAAgAiAANgIMIAIgAEE4akHQmMAAEJcCIAIoAgQhACACKAIAIAEQ7wEgACAAKAIAQQFqNgIAIAJBDGoiABBBIAAQvgIgAkEQaiQAC+EBAgR/AX4jAEEQayIFJAAjAEEQayIGJAAgBUEEaiIEAn8CQAJAAkAgA60gAa1+IghCIIinDQAgCKciA0GAgICAeCACa0sNACADDQEgBCACNgIIIARBADYCBEEADAMLIARBADYCBAwBCyAGQQhqIAIgAxDxASAGKAIIIgcEQCAEIAc2AgggBCABNgIEQQAMAgsgBCADNgIIIAQgAjYCBAtBAQs2AgAgBkEQaiQAIAUoAgghASAFKAIEQQFGBEAgASAFKAIMENgCAAsgACAFKAIMNgIEIAAgATYCACAFQRBqJAALhwEBA38jAEEQayIBJAAgASAANgIMIAEgAEE4akHgmMAAEJcCIAEoAgQhAiABKAIAIQMjAEEwayIAJAAgAy0AnAFBAUYEQCAAQYWAgIB4NgIEIANBOGogAEEEahDoAQsgAEEwaiQAIAIgAigCAEEBajYCACABQQxqIgAQQSAAEL4CIAFBEGokAAv2AQEFfyMAQRBrIgIkACACIAA2AgwgAiAAQThqQfCYwAAQlwIgAigCBCEEIAIoAgAhAyMAQUBqIgEkACADLQCcAUUEQCABQQRqIgVBgJXAAEHIABCIASAFIAMoAmAgAygCZBDJASABIAEoAgw2AjggASABKQIENwMwIAFBMGpByJXAAEEBEMkBIAEgASgCODYCICABIAEpAzA3AhggAUEBNgIsIAFByJXAADYCKCABQYCAgIB4NgIkIAFBADYCECADQShqIAFBEGoQqgELIAFBQGskACAEIAQoAgBBAWo2AgAgAEEIahBFIAJBDGoQvgIgAkEQaiQAC1QBAX8jAEEgayICJAAgAiABNgIMIAIgADYCCCACIAJBDGqtQoCAgICAD4Q3AxggAiACQQhqrUKAgICAgA+ENwMQQaaIwAAgAkEQakGIn8AAENEBAAsUACAAIAEgAkH3h8AAQQhBDBC1AwsUACAAIAEgAkHegsAAQQxBCBC1AwtrAQV/IwBBEGsiASQAIAFBCGogACgCACIEQThqQYSNwAAQlwIgASgCDCEDIAEoAggjAEEQayICJAAgAkECNgIAIAIQSCACQRBqJAAgAyADKAIAQQFqNgIAIARBCGoQRSAAEI4BIAFBEGokAAtJAQN/AkAgASgCACICQX9GDQAgAigCACIERQ0AIAIgBEEBaiIDNgIAIANFBEAACyABKAIEIQEgAiEDCyAAIAE2AgQgACADNgIAC4kCAgR/AX4jAEEgayICJAAgAkEAOgAcIAIgACgCCDYCCCACIAApAgA3AwAgAiABKQIANwIMIAIgASkCCDcCFCMAQTBrIgAkACAAQgA3AhggAEEBOgAsIABBGGoQnAIiASABKAIAQQFqIgM2AgAgA0UEQAALIABBEGogARDmAiAAKQMQIQZBBEEgENACIgMgAikCGDcCGCADIAIpAhA3AhAgAyACKQIINwIIIAMgAikCADcCACAAQQhqIAFBCGoQmgIgACgCDCEFIAAoAggiBBC1ASAEIAY3AgggBEGwicAANgIEIAQgAzYCACAFIAUoAgBBAWo2AgAgARCiAyAAQTBqJAAgAkEgaiQAC5EBAQN/IAAoAggiAyAAKAIARgRAIwBBEGsiAiQAIAJBCGogACAAKAIAQQFBBEEgEGIgAigCCCIEQYGAgIB4RwRAIAQgAigCDBDYAgALIAJBEGokAAsgACgCBCADQQV0aiICIAEpAhg3AhggAiABKQIQNwIQIAIgASkCCDcCCCACIAEpAgA3AgAgACADQQFqNgIICwMAAAsDAAALAwAAC18CAX8BbyMAQRBrIgIkACACIAE2AgwgAiAAEKgBIAIoAgAiAARAIAIoAgQhASAAIAJBDGooAgAlARAbIQMQVCIAIAMmASAAIAEoAhARAQALIAJBDGoQ2QIgAkEQaiQAC0MBA38CQCACRQ0AA0AgAC0AACIDIAEtAAAiBEYEQCAAQQFqIQAgAUEBaiEBIAJBAWsiAg0BDAILCyADIARrIQULIAULRwEBfyMAQRBrIgMkACADQQA2AgggAyACNgIMIAAEQCAAIAIgASgCEBECACADQRBqJAAPCyADQQhqEOUCQdiawABBMhCkAwALAwAACwMAAAsDAAALRwEBfyMAQRBrIgMkACADQQA2AgggAyACNgIMIAAEQCAAIAIgASgCEBEBACADQRBqJAAPCyADQQxqENkCQayCwABBMhCkAwALSwEDfyAAKAIAIgIEQCAAKAIEIgMoAgAiAQRAIAIgAREAAAsgAygCBCIBBEAgAygCCBogAiABEOACCyAAKAIMIAAoAggoAgwRAAALC1IBAn8gACgCBCICIAAoAgAiATYCACABBEAgASACNgIEC0HwosAAKAIAIAAoAggiAEECdGooAgBFBEBB6KLAAEHoosAAKQMAQgEgAK2GhTcDAAsLSQECfyMAQRBrIgMkACADQQRqIgRB3JPAAEEJEIgBIAQgASACEEcgBEH9ABCSASAAIAMoAgw2AgggACADKQIENwIAIANBEGokAAtGAQJ/IwBBEGsiAiQAIAJBCGogACABEJsCIAIoAggiASgCACACKAIMIQAgAUGACDYCACAAIAAoAgBBAWo2AgAgAkEQaiQAC0MBAX8jAEEQayIDJAAgAyACNgIMIAMgATYCCCABQQFGBEAgA0EMahDZAgsgACACNgIEIAAgAUEBczYCACADQRBqJAALSQECfyMAQRBrIgMkACADQQRqIgRB5JLAAEEZEIgBIAQgASACEMkBIAAgAygCDDYCECAAIAMpAgQ3AgggAEICNwIAIANBEGokAAtEAQJ/IwBBEGsiASQAIAFBCGogAEEwakHMjsAAEOwBIAEoAggtAJwBIAEoAgwiAiACKAIAQQFrNgIAIAFBEGokAEEBRgtGAQJ/IwBBEGsiASQAIAAtABQhAiAAQQE6ABQgASAAQQhrIgA2AgwCQCACRQRAIAAQggMMAQsgAUEMahDCAgsgAUEQaiQAC0ABAX8jAEEQayIBJAAgAUEEaiAAQQRBBBDDAQJAIAEoAghFDQAgASgCDCIARQ0AIAEoAgQgABB6CyABQRBqJAALRAEBfyMAQRBrIgEkACABQQhqIAAgACgCAEEBQQRBEBBiIAEoAggiAEGBgICAeEcEQCAAIAEoAgwQ2AIACyABQRBqJAALDgAgAEHwi8AAQSQQugMLDwAgAEH0jMAAQYACELoDC0MAIwBBEGsiASQAIAAtAAhBAXFFBEAgASAAKQIANwIIIAFBCGoQ4wEgAEEBOgAIIAFBEGokAEEADwtB1I3AABCVAwALOgEBfwJAIAFpQQFHDQAgAUEAIABBgICAgHggAWtNGyICRQ0AIAAEQCAAIAIQlgMiAUUNAQsgAQ8LAAtAAQN/QQQhBAJAIANFDQAgASgCACIFRQ0AIAAgAjYCBCAAIAEoAgQ2AgAgAyAFbCEGQQghBAsgACAEaiAGNgIAC00CAX8BbyABKAIEIgIgASgCCE8Ef0EABSABIAJBAWo2AgQgASgCACgCACUBIAIQASEDEFQiASADJgFBAQshAiAAIAE2AgQgACACNgIAC0EBAX8jAEEQayICJAAgAiABNgIMIAIgABCoASACKAIAIgAEQCAAIAIoAgQoAgwRAAALIAJBDGoQ2QIgAkEQaiQAC0EBAX8jAEEQayICJAAgAiABNgIMIAIgABCoASACKAIAIgAEQCAAIAIoAgQoAhQRAAALIAJBDGoQ2QIgAkEQaiQACzsBAX8jAEEQayICJAAgAiABKAIAJQEQNSAAIAIoAgAEfiAAIAIrAwg5AwhCAQVCAAs3AwAgAkEQaiQAC0EBAX8jAEEQayIFJAAgBUEIaiAAIAEgAiADIAQQYiAFKAIIIgBBgYCAgHhHBEAgACAFKAIMENgCAAsgBUEQaiQACzwBAX8gACACELYCIAAoAgghAyAAIAIEfyACBEAgACgCBCADaiABIAL8CgAACyAAKAIIBSADCyACajYCCAtCAQF/IwBBIGsiBSQAIAUgBDYCDCAFIAM2AgggBSACKQIANwIQIAUgAikCCDcCGCAAIAEgBUEIahCfASAFQSBqJAALkQMBC38jAEEgayIEJAAgBCACNgIcIAQgATYCGCAEIAI2AhRBACEBIwBBEGsiByQAAkACQCAEQQhqIg0gBEEUaiIDKAIIIgIgAygCAEkEfyMAQRBrIggkACADKAIAIAJJBEBBoJ3AAEHJAEHEncAAENEBAAsjAEEQayIFJAAgBUEMaiEJIAdBCGohCiAIQQhqIQsgAygCACIGBEAgBUEBNgIMIAYhASADKAIEIQYgBUEIaiEJCyAJIAE2AgACQCAFKAIMIgEEQCAFKAIIIQwCQCACRQRAIAYgDBDgAiADQQE2AgQMAQsgBiAMIAEgAiIJEPYCIgZFDQIgAyAGNgIECyADIAI2AgALQYGAgIB4IQELIAsgCTYCBCALIAE2AgAgBUEQaiQAIAgoAgwhASAKIAgoAgg2AgAgCiABNgIEIAhBEGokACAHKAIIIgFBgYCAgHhHDQEgAygCCAUgAgs2AgQgDSADKAIENgIAIAdBEGokAAwBCyABIAcoAgwQ2AIACyAAIAQpAwg3AwAgBEEgaiQAC0YBAn8gASgCBCECIAEoAgAhA0EIQQQQlgMiAUUEQEEEQQgQpgMACyABIAI2AgQgASADNgIAIABBxJ7AADYCBCAAIAE2AgALPQECfyAAKAIIIQEgAEEANgIIIAAoAgQhAgNAIAEEQCABQQFrIQEgAhDhAiACQSBqIQIMAQsLIABBADYCDAs3AAJAIANpQQFHDQAgA0EAIAFBgICAgHggA2tNGyIDRQ0AIAAgASADIAIQ9gIiAEUNACAADwsACzcBAX8jAEEQayIDJAAgA0EEaiAAIAEgAhDDASADKAIIBEAgAygCBCADKAIMEOACCyADQRBqJAALOwEBfyAALQAUIQEgAEEBOgAUAkAgAUUEQCAAQQhrIgAgACgCAEEBaiIBNgIAIAFFDQEgABCCAwsPCwAL3gECAX8BfiMAQSBrIgMkACADIAE2AhAgAyAANgIMIANBATsBHCADIAI2AhggAyADQQxqNgIUIwBBEGsiASQAIANBFGoiACkCACEEIAEgADYCDCABIAQ3AgQjAEEQayIAJAAgAUEEaiIBKAIAIgIoAgQiA0EBcQRAIAIoAgAhAiAAIANBAXY2AgQgACACNgIAIABB7J3AACABKAIEIAEoAggiAC0ACCAALQAJEGQACyAAQYCAgIB4NgIAIAAgATYCDCAAQYiewAAgASgCBCABKAIIIgAtAAggAC0ACRBkAAs0AQJ/AkAgACgCACIAQX9GDQAgACgCACIBRQ0AIAAgAUEBaiIBNgIAIAAhAiABDQAACyACCz0BAX8jAEEQayICJAAgAiABKQIINwMIIAIgASkCADcDACACEPgCIQEgAEEBOgAAIAAgATYCBCACQRBqJAALOwEBfyAAEHUgABDZAiAAQQRqEJ8DIABBCGoiARCtAyABENkCIABBDGoiARCtAyABENkCIABBEGoQnwMLNwECfyMAQRBrIgIkAEGACCEDIAJBgAg2AgwgAEEBRgRAIAJBDGoQ2QIgASEDCyACQRBqJAAgAwtJAgJ/AW8jAEEQayIBJAAgASAANgIIIAFBCGoiACgCACUBECohAxBUIgIgAyYBIAEgAjYCDCABQQxqENkCIAAQ2QIgAUEQaiQACzkBAX8jAEEQayIBJAAgAEEUakEAIAEQZiABIABBJGpBkIzAABC4ATYCDCABQQxqENkCIAFBEGokAAvkAQIDfwF+QQEhAwJAAkACQEEBIAEoAgAiASgCACICQQJrIAJBAU0bQQFrDgICAAELEJQDAAsjAEEQayICJAAgASkCACEFIAFBBDYCACACIAU3AwgCQCAFp0ECRgRAIAIgBUIgiKcRAAAgAigCACEEIAEgAigCBDYCBCABIAQ2AgAgBEEBTQ0BQbSbwAAQ3gIACyACQQhqIgAoAgBBAU0EQCAAENsCC0HEm8AAEN4CAAsgAkEQaiQACwJAIAEoAgBBAUcEQEEAIQMMAQsgAUEEahChAiEBCyAAIAE2AgQgACADNgIACzcBAX8jAEEQayIDJAAgAyABKAIANgIMIAMgA0EMaiIBIAIQTiABEMMCIABBADYCACADQRBqJAALOQIBfwF+IwBBEGsiAiQAIAJBCGogAUEBQQEQoQEgAikDCCEDIABBADYCCCAAIAM3AgAgAkEQaiQACzEBAX8jAEEQayIDJAAgAyABIAIQ3wI2AgwgACADQQxqIgAQsAIgABDZAiADQRBqJAALPwAgACgCAEGAgICAeEcEQCABIAAoAgQgACgCCBDrAg8LIAEoAgAgASgCBCAAKAIMKAIAIgAoAgAgACgCBBBECzgAAkAgAkGAgMQARg0AIAAgAiABKAIQEQIARQ0AQQEPCyADRQRAQQAPCyAAIANBACABKAIMEQUAC3MBA38gACgCCCIDIAAoAgBGBEAjAEEQayICJAAgAkEIaiAAIAAoAgBBAUEIQcAAEGIgAigCCCIEQYGAgIB4RwRAIAQgAigCDBDYAgALIAJBEGokAAsgACgCBCADQQZ0aiABQcAA/AoAACAAIANBAWo2AggLOwEBfwJ/IAEoAgBBgYCAgHhGBEAgASgCCCECIAEoAgQMAQsgARDjAkEACyEBIAAgAjYCBCAAIAE2AgALOwEBfwJ/IAEoAgBBgICAgHhGBEAgASgCCCECIAEoAgQMAQsgARCYA0EACyEBIAAgAjYCBCAAIAE2AgALOQEBfyMAQRBrIgIkACACIAEpAgg3AwggAiABKQIANwMAIAAgAhD4AjYCBCAAQQE2AgAgAkEQaiQACzQAIAAoAgAiACgCAARAIABBBGoQ2QIgAEEIahDZAgsgACACNgIIIAAgATYCBCAAQQE2AgALNwECfyAAKAIEIgIoAgAiAQRAIAAoAgAgAREAAAsgAigCBCIBBEAgAigCCBogACgCACABEOACCwt/AgN/AW8CQCAAKAIIQQJGDQAjAEEQayICJAAgAEEIaiIDKAIAIANBADYCAEEBRgRAIAMoAgQiASUBIAEQgwEQHSEEEFQiASAEJgEgAiABNgIMIAJBDGoQ2QILIAJBEGokACADENsCIAAoAhBFDQAgAEEUaiIAEK0DIAAQ2QILCzgBAn8CQCABKAIAIgJBf0YNACACIAIoAgRBAWoiAzYCBCADDQAACyAAIAI2AgAgACABKAIENgIECzQBAX8jAEEQayIDJAAgAyABKAIAIAIQsAI2AgwgACADQQxqIgAQkQEgABDZAiADQRBqJAALNgEBfyMAQRBrIgIkACACIAFB54jAAEECENsBNgIMIAAgAkEMaiIAEJEBIAAQ2QIgAkEQaiQAC3EBA38gACgCCCIDIAAoAgBGBEAjAEEQayICJAAgAkEIaiAAIAAoAgBBAUEEQSwQYiACKAIIIgRBgYCAgHhHBEAgBCACKAIMENgCAAsgAkEQaiQACyAAKAIEIANBLGxqIAFBLPwKAAAgACADQQFqNgIICzYBAn8gACgCBCICKAIAIgEEQCAAKAIAIAERAAALIAIoAgQiAQRAIAIoAggaIAAoAgAgARB6CwuDCAIJfwF+IwBBEGsiCSQAEFQiCCADJgEQVCIKIAQmARBUIgsgBSYBEFQiDCAGJgEjAEGAAWsiByQAIAcgAjYCDCAHIAE2AgggByAINgIQIAcgCjYCFCAHIAs2AhggByAMNgIcIAcgADYCeCAHIAdB/wBqIgA2AnQgByAANgJwIAcgADYCbCAHIAdBHGo2AmggByAANgJkIAcgADYCYCAHIAA2AlwgByAHQRhqNgJYIAcgADYCVCAHIAA2AlAgByAANgJMIAcgB0EUajYCSCAHIAA2AkQgByAANgJAIAcgADYCPCAHIAdBEGo2AjggByAANgI0IAcgADYCMCAHIAdBDGo2AiwgByAHQQhqNgIoIAdBIGohDSMAQZABayIAJAAgAEE4aiAHQShqIgEoAlAQcyAAQcQAaiABKAIAKAIAIAEoAgQoAgAQgAIgAEEANgJQIABBADYCWCAAQQA2AmAgAEEANgJoIAAgASgCECgCACIINgJUIAAgASgCICgCACILNgJcIAAgASgCMCgCACIMNgJkIAAgASgCQCgCACIONgJsAkAgACgCOARAIAAoAkRBgICAgHhHDQELIABBMGogAEHoAGoQgQIgACgCMCEKIAAoAjQhCyAAQShqIABB4ABqEIECIAAoAighCCAAKAIsIQwgAEEgaiAAQdgAahCBAiAAKAIgIQkgACgCJCENIABBGGogAEHQAGoQgQIgACgCGCEHIAAoAhwhDiAAQRBqIABBxABqEOABIAAoAhAhAiAAKAIUIQ8gAEEIaiAAQThqEPMBIAAoAggiASACIAEbIgIgByACGyIHIAkgBxsiCSAIIAkbIgggCiAIGyIKQQEgChsgACgCDCAPIAEbIA4gAhsgDSAHGyAMIAkbIAsgCBtBACAKGxCkAwALIAAgACgCQDYCeCAAIAApAjgiEDcDcCAAIAApAkQ3A4ABIAAgACgCTDYCiAEgEKchDyAAQYABaiEKIwBBIGsiASQAQQRBEBDQAiICIA42AgwgAiAMNgIIIAIgCzYCBCACIAg2AgBBACEIA0ACQCACIAhqIQsCQAJAIAhBcEYNACALQQxqIgxFDQAgDBCSAw0BCyABQQQ2AhggASACNgIQIAEgAjYCFCABIAtBEGo2AhwgASABQRBqEJ0CNgIMIA0gDygCAEEcaiAKKAIEIAooAgggAUEMaiICEEwgAhDZAiAKEJgDIAFBIGokAAwBCyABQQE2AhAgASAMKAIANgIUIAhBBGshCCABQRBqENsCDAELCyAAQfAAahDLAiAAQZABaiQAIAkgBy0AICIAIAcoAiQgBy0AISAAGxCpAiAHQYABaiQAIAkoAgAgCSgCBCAJKAIIIAlBEGokAAuDCAIJfwF+IwBBEGsiCSQAEFQiCCADJgEQVCIKIAQmARBUIgsgBSYBEFQiDCAGJgEjAEGAAWsiByQAIAcgAjYCDCAHIAE2AgggByAINgIQIAcgCjYCFCAHIAs2AhggByAMNgIcIAcgADYCeCAHIAdB/wBqIgA2AnQgByAANgJwIAcgADYCbCAHIAdBHGo2AmggByAANgJkIAcgADYCYCAHIAA2AlwgByAHQRhqNgJYIAcgADYCVCAHIAA2AlAgByAANgJMIAcgB0EUajYCSCAHIAA2AkQgByAANgJAIAcgADYCPCAHIAdBEGo2AjggByAANgI0IAcgADYCMCAHIAdBDGo2AiwgByAHQQhqNgIoIAdBIGohDSMAQZABayIAJAAgAEE4aiAHQShqIgEoAlAQcyAAQcQAaiABKAIAKAIAIAEoAgQoAgAQgAIgAEEANgJQIABBADYCWCAAQQA2AmAgAEEANgJoIAAgASgCECgCACIINgJUIAAgASgCICgCACILNgJcIAAgASgCMCgCACIMNgJkIAAgASgCQCgCACIONgJsAkAgACgCOARAIAAoAkRBgICAgHhHDQELIABBMGogAEHoAGoQgQIgACgCMCEKIAAoAjQhCyAAQShqIABB4ABqEIECIAAoAighCCAAKAIsIQwgAEEgaiAAQdgAahCBAiAAKAIgIQkgACgCJCENIABBGGogAEHQAGoQgQIgACgCGCEHIAAoAhwhDiAAQRBqIABBxABqEOABIAAoAhAhAiAAKAIUIQ8gAEEIaiAAQThqEPIBIAAoAggiASACIAEbIgIgByACGyIHIAkgBxsiCSAIIAkbIgggCiAIGyIKQQEgChsgACgCDCAPIAEbIA4gAhsgDSAHGyAMIAkbIAsgCBtBACAKGxCkAwALIAAgACgCQDYCeCAAIAApAjgiEDcDcCAAIAApAkQ3A4ABIAAgACgCTDYCiAEgEKchDyAAQYABaiEKIwBBIGsiASQAQQRBEBDQAiICIA42AgwgAiAMNgIIIAIgCzYCBCACIAg2AgBBACEIA0ACQCACIAhqIQsCQAJAIAhBcEYNACALQQxqIgxFDQAgDBCSAw0BCyABQQQ2AhggASACNgIQIAEgAjYCFCABIAtBEGo2AhwgASABQRBqEJ0CNgIMIA0gDygCAEEoaiAKKAIEIAooAgggAUEMaiICEEwgAhDZAiAKEJgDIAFBIGokAAwBCyABQQE2AhAgASAMKAIANgIUIAhBBGshCCABQRBqENsCDAELCyAAQfAAahDKAiAAQZABaiQAIAkgBy0AICIAIAcoAiQgBy0AISAAGxCpAiAHQYABaiQAIAkoAgAgCSgCBCAJKAIIIAlBEGokAAsNACAAIAEgAkEIELYDCw0AIAAgASACQQQQtgMLLQEBfwJAIAAoAgAiAEF/Rg0AIAAgACgCBEEBayIBNgIEIAENACAAQRAQ4AILCzUBAX8jAEEQayICJAAgAkEBNgIAIAIgASgCCDYCDCACIAEpAgA3AgQgACACEEggAkEQaiQACzQBAX8CQCAARQ0AIAEoAgAiAgRAIAAgAhEAAAsgASgCBCICRQ0AIAEoAggaIAAgAhDgAgsLHgAgAgRAIAIgARCWAyEBCyAAIAI2AgQgACABNgIACzUBAX8CfyABKAIARQRAIAEoAgghAiABKAIEDAELIAEQygJBAAshASAAIAI2AgQgACABNgIACzUBAX8CfyABKAIARQRAIAEoAgghAiABKAIEDAELIAEQywJBAAshASAAIAI2AgQgACABNgIACzUBAX8CfyABKAIARQRAIAEoAgghAiABKAIEDAELIAEQzAJBAAshASAAIAI2AgQgACABNgIACy8BAX8jAEEQayICJAAgAiAAKQIANwIIIAJBCGoiACABEMUBIAAQnQEgAkEQaiQACy8BAX8jAEEQayICJAAgAiAAKQIANwIIIAJBCGoiACABEK4BIAAQnQEgAkEQaiQACy4BAX8jAEEQayICJAAgAiAAKQIANwIIIAJBCGoiACABEF0gABCdASACQRBqJAALLwEBfyMAQRBrIgIkACACIAApAgA3AgggAkEIaiIAIAEQxgEgABCdASACQRBqJAALLwEBfyAAKAIIIQEgACgCBCEAA0AgAQRAIAFBAWshASAAENkCIABBBGohAAwBCwsLKQEBfyMAQRBrIgMkACADQQhqIAAgASACEHEgAygCCCADQRBqJABBAEcLZAEDfyMAQRBrIgUkACMAQRBrIgMkACADQQRqIgRB4AAQ2gEgBEH7ABCSASAFQQRqIgQgAygCDDYCCCAEIAMpAgQ3AgAgA0EQaiQAIAAgBEHZiMAAQQQgASACELECIAVBEGokAAslACAAQYECTwRAIABBHiAAZyIAa3YgAEEBdGtBPGoPCyAAQQR2Cy0BAX8jAEEQayIBJAAgASAAQQhrNgIMIAFBDGoiABCKASAAEMQCIAFBEGokAAvsAQIBfwF+AkACQAJAQQFByKLAAC0AACIAQQJrIABBAU0bQf8BcUEBaw4CAgABCxCUAwALIwBBIGsiACQAQcSiwAApAgAhAUHIosAAQQQ6AAAgACABNwMIIABBvKLAACkCADcDAAJAIAAtAAxBAkYEQCAAQRBqIAAoAgARAABBxKLAACAAKQIYNwIAQbyiwAAgACkCEDcCAEHIosAALQAAQQFNDQFBtJvAABDeAgALIAAtAAxBAU0EQCAAEMMCIABBBGoQ2QIgAEEIaiIAEK0DIAAQ2QILQcSbwAAQ3gIACyAAQSBqJAALQbyiwAALrA4DFX8BfgF8IwBBEGsiCiQAEFQiBSABJgEQVCIGIAImARBUIgggAyYBEFQiCSAEJgEjAEHgAGsiByQAIAcgBjYCDCAHIAU2AgggByAINgIQIAcgCTYCFCAHIAA2AlggByAHQd8AaiIANgJUIAcgADYCUCAHIAA2AkwgByAHQRRqNgJIIAcgADYCRCAHIAA2AkAgByAANgI8IAcgB0EQajYCOCAHIAA2AjQgByAANgIwIAcgADYCLCAHIAdBDGo2AiggByAANgIkIAcgADYCICAHIAA2AhwgByAHQQhqNgIYIwBB8ABrIgYkACAGQTRqIgUgB0EYaiIAKAJAEHMgBkEANgJAIAZBADYCSCAGQQA2AlAgBkEANgJYIAYgACgCACgCACIJNgJEIAYgACgCECgCACILNgJMIAYgACgCICgCACIINgJUIAYgACgCMCgCACIANgJcIAYoAjRFBEAgBkEgaiAGQdgAahCBAiAGKAIgIQogBigCJCEJIAZBGGogBkHQAGoQgQIgBigCGCEIIAYoAhwhCyAGQRBqIAZByABqEIECIAYoAhAhByAGKAIUIQwgBkEIaiAGQUBrEIECIAYoAgghDSAGKAIMIQ4gBiAFEPMBIAYoAgAiACANIAAbIgUgByAFGyIHIAggBxsiCCAKIAgbIgpBASAKGyAGKAIEIA4gABsgDCAFGyALIAcbIAkgCBtBACAKGxCkAwALIAYgBigCPDYCaCAGIAYpAjQiGjcDYCAGQShqIREgGqchDCMAQdABayIFJAAgBSALNgIsIAUgCTYCKCAFIAA2AjQgBSAINgIwIAVBgAggCCAFQTBqEJEDIg4bNgI4IAUgCCAAIA4bNgI8IAVBnAFqIAVBKGoQkQECQAJAAkACQAJAAkACQAJAAkACQCAFKAKcAUGAgICAeEcEQCAFIAUoAqQBNgJIIAUgBSkCnAE3A0AgBUE4ahCPAw0BDAILIAVBoAFqQayKwABBFBCIASAFQQA2ApwBIAVBnAFqEPgCIQAMBAsgBSAFQThqQdSKwABBBxDbATYCnAEgBUHQAGogBUGcAWoiABDHASAAENkCIAUrA1ghGyAFKQNQQgFSDQAgG0QAAAAAAAAAAGRFDQFBASEVIBtEAADA////30FjRQ0BCyAFQZwBaiAFQSxqEFAgBSgCoAEhCyAFKAKcASIAQQhHBEAgBSAFKQKkATcCcCAFIAs2AmwgBSAANgJoIAVBIGogBUHoAGoQ4QEgBSgCJCEADAILIAUgCzYCZCAFQZwBaiAFQTxqEGcgBSAFKQKgATcDuAEgBSAFKAKoATYCwAEgBSgCrAEhACAFKAKcAUEBRgRAIAUgBSgCwAE2AoABIAUgBSkDuAE3A3ggBSAANgKEASAFQQhqIAVB+ABqEOEBIAUoAgwhACAFQeQAahDZAgwCCyAFIAUoAsABNgKYASAFIAUpA7gBNwOQASAFIAwoAgAiCEEUahDSASIMNgKIASAMRQ0DIAVBGGogCEEsakGAjMAAEO0BIAUoAhwhCSAFKAIYEJIDIAkgCSgCAEEBazYCAEUEQCAFIAw2AowBIAVBEGogDEE4akHkjMAAEJcCIAUoAhQhEiAFKAIQIQ0QmAIhGiAFIA02AsQBIAUgGjcDyAEgBSAFKQOQATcDuAEgBSAFKAKYATYCwAEgBUGcAWohCSAIKAIMIRMgCCgCECEUIAUoAkQhFiAFKAJIIRcgG/wDIRggBUG4AWohDyMAQRBrIggkACAIIAs2AgQCQAJAIA0tAJwBQQFGBEAjAEEQayIQJAAgEEEIaiANQYwBaiATIBQQcCAQKAIIIBBBEGokAEUNAQsgCEEANgIIIAggCzYCDCAJIA0gEyAUIBYgFyAIQQhqQQMgDyAVIBggGhBGDAELIAlBBDYCDCAJIA8oAgg2AgggCSAPKQIANwIAIAhBBGoQ2QILIAhBEGokACASIBIoAgBBAWo2AgACQCAFKAKcAUECRwRAIAkgBUGoAWoQqQEMAQsgDEEIahBFIAVBjAFqEE8LIAVBjAFqEL4CDAYLIAVBBDYCnAEgBUGQAWogBUGcAWoQqQEgBUGIAWoQvgIMBAsgBUGgAWpB24rAAEE5EIgBIAVBADYCnAEgBUGcAWoQ+AIhAAsgBUFAaxCYAwsgBUE8ahDZAiAFQThqENkCQQEhCCAODQMMBAsgBUECNgKcASAFQZABaiAFQZwBahCpAQsgBUHkAGoQ2QILIAVBQGsQmAMgBUE8ahDZAiAFQThqENkCQQAhCCAORQ0BCyAFQTRqENkCCyAFQSxqENkCIAVBKGoQ2QIgESAANgIEIBEgCDYCACAFQdABaiQAIAYpAyghGiAGQeAAahDLAiAHIBo3AwAgBkHwAGokACAKIAcoAgAgBygCBBCpAiAHQeAAaiQAIAooAgAgCigCBCAKKAIIIApBEGokAAtBAQF/IwBBEGsiAyQAIANBCGogASACEMsBIAMoAgghASAAIAMoAgwiAjYCCCAAIAE2AgQgACACNgIAIANBEGokAAswAQF/AkAgASgCACICBEAgASgCBCEBDAELIAFBBGoQ2QILIAAgATYCBCAAIAI2AgALLAEBfyABKAIEIgIgACgCACIAKAIIRgR/IAAoAgQgASgCACACEK8BBUEBC0ULLAEBfyMAQRBrIgEkACABIAAoAgA2AgwgAUEMaiIAEFUgABDxAiABQRBqJAALOgEDfyAAKAIAIgIgASgCACIDckUhBCACRSADRXIEfyAEBSAAKAIAIAAoAgQgASgCACABKAIEELkCCwsOACAAQoCAgICQDxC4AwsOACAAQoCAgICgDxC4Awu6BAIDfwF+IwBBEGsiBSQAEFQiBiADJgEjAEFAaiIEJAAgBCACNgIQIAQgATYCDCAEIAY2AhQgBCAANgI4IAQgBEE/aiIANgI0IAQgADYCMCAEIAA2AiwgBCAEQRRqNgIoIAQgADYCJCAEIAA2AiAgBCAEQRBqNgIcIAQgBEEMajYCGCMAQeAAayIAJAAgAEEgaiAEQRhqIgEoAiAQcyAAQSxqIAEoAgAoAgAgASgCBCgCABCAAiAAQQA2AjggACABKAIQKAIAIgI2AjwCQCAAKAIgBEAgACgCLEGAgICAeEcNAQsgAEEYaiAAQThqEIECIAAoAhghBCAAKAIcIQUgAEEQaiAAQSxqEOABIAAoAhAhAiAAKAIUIQYgAEEIaiAAQSBqEPMBIAAoAggiASACIAEbIgIgBCACGyIEQQEgBBsgACgCDCAGIAEbIAUgAhtBACAEGxCkAwALIAAgACgCKDYCSCAAIAApAiAiBzcDQCAAIAApAiw3A1AgACAAKAI0NgJYIwBBEGsiASQAIAEgAjYCDCABIAenIgYoAgBBHGogAEHQAGogAUEMakEAEGBBASECAn8gASgCAEEBRgRAIAEoAgQMAQtBACECIAYQigMLIQYgAUEMahDZAiAAIAY2AgQgACACNgIAIAFBEGokACAAKQMAIQcgAEFAaxDLAiAEIAc3AwAgAEHgAGokACAFIAQoAgAgBCgCBBCpAiAEQUBrJAAgBSgCACAFKAIEIAUoAgggBUEQaiQAC7oEAgN/AX4jAEEQayIFJAAQVCIGIAMmASMAQUBqIgQkACAEIAI2AhAgBCABNgIMIAQgBjYCFCAEIAA2AjggBCAEQT9qIgA2AjQgBCAANgIwIAQgADYCLCAEIARBFGo2AiggBCAANgIkIAQgADYCICAEIARBEGo2AhwgBCAEQQxqNgIYIwBB4ABrIgAkACAAQSBqIARBGGoiASgCIBBzIABBLGogASgCACgCACABKAIEKAIAEIACIABBADYCOCAAIAEoAhAoAgAiAjYCPAJAIAAoAiAEQCAAKAIsQYCAgIB4Rw0BCyAAQRhqIABBOGoQgQIgACgCGCEEIAAoAhwhBSAAQRBqIABBLGoQ4AEgACgCECECIAAoAhQhBiAAQQhqIABBIGoQ8wEgACgCCCIBIAIgARsiAiAEIAIbIgRBASAEGyAAKAIMIAYgARsgBSACG0EAIAQbEKQDAAsgACAAKAIoNgJIIAAgACkCICIHNwNAIAAgACkCLDcDUCAAIAAoAjQ2AlgjAEEQayIBJAAgASACNgIMQQEhAiABIAenIgYoAgBBHGogAEHQAGogAUEMakEBEGACfyABKAIAQQFGBEAgASgCBAwBC0EAIQIgBhCKAwshBiABQQxqENkCIAAgBjYCBCAAIAI2AgAgAUEQaiQAIAApAwAhByAAQUBrEMsCIAQgBzcDACAAQeAAaiQAIAUgBCgCACAEKAIEEKkCIARBQGskACAFKAIAIAUoAgQgBSgCCCAFQRBqJAALugQCA38BfiMAQRBrIgUkABBUIgYgAyYBIwBBQGoiBCQAIAQgAjYCECAEIAE2AgwgBCAGNgIUIAQgADYCOCAEIARBP2oiADYCNCAEIAA2AjAgBCAANgIsIAQgBEEUajYCKCAEIAA2AiQgBCAANgIgIAQgBEEQajYCHCAEIARBDGo2AhgjAEHgAGsiACQAIABBIGogBEEYaiIBKAIgEHMgAEEsaiABKAIAKAIAIAEoAgQoAgAQgAIgAEEANgI4IAAgASgCECgCACICNgI8AkAgACgCIARAIAAoAixBgICAgHhHDQELIABBGGogAEE4ahCBAiAAKAIYIQQgACgCHCEFIABBEGogAEEsahDgASAAKAIQIQIgACgCFCEGIABBCGogAEEgahDyASAAKAIIIgEgAiABGyICIAQgAhsiBEEBIAQbIAAoAgwgBiABGyAFIAIbQQAgBBsQpAMACyAAIAAoAig2AkggACAAKQIgIgc3A0AgACAAKQIsNwNQIAAgACgCNDYCWCMAQRBrIgEkACABIAI2AgwgASAHpyIGKAIAQShqIABB0ABqIAFBDGpBABBgQQEhAgJ/IAEoAgBBAUYEQCABKAIEDAELQQAhAiAGEIwDCyEGIAFBDGoQ2QIgACAGNgIEIAAgAjYCACABQRBqJAAgACkDACEHIABBQGsQygIgBCAHNwMAIABB4ABqJAAgBSAEKAIAIAQoAgQQqQIgBEFAayQAIAUoAgAgBSgCBCAFKAIIIAVBEGokAAu6BAIDfwF+IwBBEGsiBSQAEFQiBiADJgEjAEFAaiIEJAAgBCACNgIQIAQgATYCDCAEIAY2AhQgBCAANgI4IAQgBEE/aiIANgI0IAQgADYCMCAEIAA2AiwgBCAEQRRqNgIoIAQgADYCJCAEIAA2AiAgBCAEQRBqNgIcIAQgBEEMajYCGCMAQeAAayIAJAAgAEEgaiAEQRhqIgEoAiAQcyAAQSxqIAEoAgAoAgAgASgCBCgCABCAAiAAQQA2AjggACABKAIQKAIAIgI2AjwCQCAAKAIgBEAgACgCLEGAgICAeEcNAQsgAEEYaiAAQThqEIECIAAoAhghBCAAKAIcIQUgAEEQaiAAQSxqEOABIAAoAhAhAiAAKAIUIQYgAEEIaiAAQSBqEPIBIAAoAggiASACIAEbIgIgBCACGyIEQQEgBBsgACgCDCAGIAEbIAUgAhtBACAEGxCkAwALIAAgACgCKDYCSCAAIAApAiAiBzcDQCAAIAApAiw3A1AgACAAKAI0NgJYIwBBEGsiASQAIAEgAjYCDEEBIQIgASAHpyIGKAIAQShqIABB0ABqIAFBDGpBARBgAn8gASgCAEEBRgRAIAEoAgQMAQtBACECIAYQjAMLIQYgAUEMahDZAiAAIAY2AgQgACACNgIAIAFBEGokACAAKQMAIQcgAEFAaxDKAiAEIAc3AwAgAEHgAGokACAFIAQoAgAgBCgCBBCpAiAEQUBrJAAgBSgCACAFKAIEIAUoAgggBUEQaiQACykBAX8gACgCCCICIAEoAgRGBH8gACgCBCABKAIAIAIQrwFBAEcFQQELCwoAIABBqAIQtAMLKAEBfyMAQRBrIgIkACACIAAoAgA2AgwgAkEMaiABEI4CIAJBEGokAAssAQF/IAEoAjQiAiAAKAIAIgAoAghGBH8gASgCMCAAKAIEIAIQrwEFQQELRQswACAAKAIIQQJPBEAgAEEsEJIBCyAAQSIQkgEgACABIAIQyQEgAEHcl8AAQQIQyQELCQAgAEEgELQDCw4AIAAgAUHUm8AAELkDCw4AIAAgAUGEnMAAELkDC/oIAhB/AX4jAEEQayIJJAAQVCIEIAEmARBUIgMgAiYBIwBBQGoiBSQAIAUgAzYCDCAFIAQ2AgggBSAANgI4IAUgBUE/aiIANgI0IAUgADYCMCAFIAA2AiwgBSAFQQxqNgIoIAUgADYCJCAFIAA2AiAgBSAANgIcIAUgBUEIajYCGCMAQdAAayIEJAAgBEEkaiIDIAVBGGoiACgCIBBzIARBADYCMCAEQQA2AjggBCAAKAIAKAIAIgY2AjQgBCAAKAIQKAIAIgc2AjwgBCgCJEUEQCAEQRhqIARBOGoQgQIgBCgCGCEIIAQoAhwhCSAEQRBqIARBMGoQgQIgBCgCECEFIAQoAhQhBiAEQQhqIAMQ9AEgBCgCCCIAIAUgABsiBSAIIAUbIgNBASADGyAEKAIMIAYgABsgCSAFG0EAIAMbEKQDAAsgBCAEKAIsNgJIIAQgBCkCJCITNwNAIAVBEGohCCMAQdAAayIAJAAgACAHNgIMIAAgBjYCCAJAAkAgE6ciA0EMahDSASIGBEAgACAGNgIwIAZBCGoiBxC7AQ0BIABBMGoQvgILIAhBADsBAAwBCyAAIAY2AhAgAEEwaiIKIAMgByAAQQhqEF8gACgCNCEGAkAgACgCMCIHQYCAgIB4RwRAIAAgACgCODYCHCAAIAY2AhggACAHNgIUIAogAEEMahBQIAAoAjQhBiAAKAIwIgdBCEcEQCAAIAApAjg3AiggACAGNgIkIAAgBzYCICAIIABBIGoQ0wEgAEEUahCYAwwCCyAAIAAoAhAiD0E4akGckMAAEJcCIAAoAgQhDCAAKAIAIQcgAygCBCELIAMoAgghDSAAKAIYIRAgACgCHCERIwBBQGoiAyQAIAMgBjYCBAJAIABBMGoiCgJ/IActAJwBQQFGBEBBByAHQYABaiALIA0Q+gFFDQEaIANBIGoiDkGGisAAQQUQ+wEgA0EUaiISIA5B44jAAEEEIAsgDRCxAiADQQhqIgsgEkHdiMAAQQQgECARELECIAtB6YjAAEEEEI8CIAMgAygCEDYCMCADIAMpAgg3AiggA0EBNgI8IANByJXAADYCOCADQYCAgIB4NgI0IAMgBjYCJCADQQE2AiAgB0EoaiAOEKoBIApBCDYCACAKQQE6AAQMAgsgCkEAOgAEQQgLNgIAIANBBGoQ2QILIANBQGskACAMIAwoAgBBAWo2AgAgD0EIahBFIAAtADQhAyAAKAIwIgZBCEcEQCAAIAAoADw2AEwgACAAKQA1NwBFIAAgAzoARCAAIAY2AkAgCCAAQUBrENMBIABBFGoQmAMgAEEQahC+AgwDCyAIQQA6AAAgCCADOgABIABBFGoQmAMgAEEQahC+AgwCCyAIQQE6AAAgCCAGNgIECyAAQRBqEL4CCyAAQQxqENkCIABBCGoQ2QIgAEHQAGokACAEQUBrEMwCIARB0ABqJAAgCSAFLQAQIgAgBSgCFCAFLQARIAAbEKkCIAVBQGskACAJKAIAIAkoAgQgCSgCCCAJQRBqJAAL2gcCDH8BfiMAQRBrIgckABBUIgMgASYBEFQiBiACJgEjAEFAaiIEJAAgBCAGNgIUIAQgAzYCECAEIAA2AjggBCAEQT9qIgA2AjQgBCAANgIwIAQgADYCLCAEIARBFGo2AiggBCAANgIkIAQgADYCICAEIAA2AhwgBCAEQRBqNgIYIwBB0ABrIgMkACADQSRqIgYgBEEYaiIAKAIgEHMgA0EANgIwIANBADYCOCADIAAoAgAoAgAiBTYCNCADIAAoAhAoAgAiCDYCPCADKAIkRQRAIANBEGogA0E4ahCBAiADKAIQIQcgAygCFCEFIANBCGogA0EwahCBAiADKAIIIQQgAygCDCEJIAMgBhDyASADKAIAIgAgBCAAGyIEIAcgBBsiBkEBIAYbIAMoAgQgCSAAGyAFIAQbQQAgBhsQpAMACyAEQQhqIAMgAygCLDYCSCADIAMpAiQiDzcDQCADQRhqIQkgD6chCiMAQZABayIAJAAgACAINgIkIAAgBTYCIAJAIABBIGoQjwNFBEAgAEHgAGpBmZPAAEEaEIgBIABBADYCXCAAQdwAahD4AiEGQQEhBQwBCyAAQdwAaiAAQSRqEGcgACAAKQJgNwN4IAAgACgCaDYCgAFBASEFIAAoAmwhBiAAKAJcQQFGBEAgACAAKAKAATYCQCAAIAApA3g3AzggACAGNgJEIABBCGogAEE4ahDhASAAKAIMIQYMAQsgACAAKAKAATYCMCAAIAApA3g3AyggACAGNgI0IABB3ABqIABBIGoQUCAAKAJgIQggACgCXCIFQQhHBEAgACAAKQJkNwJUIAAgCDYCUCAAIAU2AkwgAEEYaiAAQcwAahDhASAAKAIcIQYgAEE0ahDZAiAAQShqELgCQQEhBQwBCyAAIAAoAjA2AoABIAAgACkDKDcDeCAAQRBqIAooAgAiDkE4akHkjMAAEJcCIAAoAhQhCyAAKAIQIQwgABCYAiIPNwOIASAAIAw2AoQBIwBBEGsiBSQAIAVBADYCCCAFIAg2AgwgAEHcAGoiCCAMQeWTwABBBkHKlMAAQQsgBUEIakEAIABB+ABqQQAgBSAPEEYgBUEQaiQAIAsgCygCAEEBajYCAAJAIAAoAlxBAkcEQCAIIABB6ABqEKkBDAELIA5BCGoQRSAKEE8LQQAhBQsgAEEkahDZAiAAQSBqENkCIAkgBjYCBCAJIAU2AgAgAEGQAWokACADKQMYIANBQGsQygI3AwAgA0HQAGokACAHIAQoAgggBCgCDBCpAiAEQUBrJAAgBygCACAHKAIEIAcoAgggB0EQaiQAC/IDAgZ/AX4jAEEQayIFJAAQVCIEIAEmARBUIgYgAiYBIwBBQGoiAyQAIAMgBjYCFCADIAQ2AhAgAyAANgI4IAMgA0E/aiIANgI0IAMgADYCMCADIAA2AiwgAyADQRRqNgIoIAMgADYCJCADIAA2AiAgAyAANgIcIAMgA0EQajYCGCMAQdAAayIAJAAgAEEkaiIGIANBGGoiBCgCIBBzIABBADYCMCAAQQA2AjggACAEKAIAKAIAIgc2AjQgACAEKAIQKAIAIgg2AjwgACgCJEUEQCAAQRBqIABBOGoQgQIgACgCECEFIAAoAhQhByAAQQhqIABBMGoQgQIgACgCCCEEIAAoAgwhCCAAIAYQ8gEgACgCACIDIAQgAxsiBCAFIAQbIgVBASAFGyAAKAIEIAggAxsgByAEG0EAIAUbEKQDAAsgACAAKAIsNgJIIAAgACkCJCIJNwNAIwBBEGsiBCQAIAQgCDYCDCAEIAc2AgggBCAJpyAEQQhqIgYgBEEMaiIHEEkgBCkDACEJIAcQ2QIgBhDZAiAAQRhqIAk3AwAgBEEQaiQAIAApAxghCSAAQUBrEMoCIANBCGogCTcDACAAQdAAaiQAIAUgAygCCCADKAIMEKkCIANBQGskACAFKAIAIAUoAgQgBSgCCCAFQRBqJAALJwEBfyAAKAIIIgIgASgCBEYEfyAAKAIEIAEoAgAgAhCvAQVBAQtFCw0AIAAgASACQQgQtwMLJwIBfwF8IwBBEGsiACQAIAAQDzkDCCAAQQhqKwMAIABBEGokAPwHCyoBAX8jAEEQayIDJAAgAyAAKAIANgIMIANBDGogASACEOIBIANBEGokAAstACABKAIARQRAIAFBfzYCACAAIAE2AgQgACABQQRqNgIADwtB4InAABCFAgALDQAgACABIAJBBBC3Aws2AQF/QQRBIBDQAiIBQoGAgIAQNwIAIAEgACkCADcCCCABIAApAgg3AhAgASAAKQIQNwIYIAELkAIBBn8jAEEQayIEJAAgBBD1AiIFNgIMIARBDGohAiMAQSBrIgEkACABIAApAgA3AwggASAAKQIINwMQIAEoAgwhACABKAIUIQYDQCAAIAZHBEAgASAAQQRqIgM2AgwgASAAKAIANgIcIAIgAUEcaiIAEIEDIAAQ2QIgAyEADAELCyMAQRBrIgMkACADIAFBCGoiADYCDCAAKAIMIAAoAgQiAGtBAnYhAgNAIAIEQCACQQFrIQIgABDZAiAAQQRqIQAMAQsLIwBBEGsiACQAIAAgA0EMaigCACICKAIANgIMIAAgAigCCDYCCCAAQQhqEL0BIABBEGokACADQRBqJAAgAUEgaiQAIARBEGokACAFC94aAxh/A34BfCMAQRBrIgwkABBUIgMgACYBEFQiBiABJgEjAEFAaiIJJAAgCSAGNgIYIAkgAzYCFCAJIAlBP2oiAzYCOCAJIAM2AjQgCSADNgIwIAkgCUEYajYCLCAJIAM2AiggCSADNgIkIAkgAzYCICAJIAlBFGo2AhwjAEEQayIQJAAgEEEIaiEUIAlBHGoiAygCACgCACEGIAMoAhAoAgAhAyMAQeABayICJAAgAiADNgJkIAIgBjYCYAJAAkAgAkHgAGoiAxCOA0UEQCADEJIDRQ0BCyACQfgAakHWksAAQQ4QugEMAQsgAiACQeAAaiIDQciRwABBAxDbATYC1AEgAiADQfeIwABBAxDbATYC2AECQAJAAkAgAkHUAWoiAxCOAw0AIAMQkgMNAAJAIAJB2AFqIgMQjgMNACADEJIDDQAgAkHkAGoiAxCSAw0CIAMQjgMNAiADEJEDDQIgAkH4AGpBlIvAAEEaELoBDAMLIAJB+ABqQbKSwABBEhC6AQwCCyACQfgAakHEksAAQRIQugEMAQsgAkGwAWogAkHUAWoQkQEgAkHYAGogAkHYAWoQmgEgAkHQAGogAigCWCACKAJcELkBAkAgAigCUEEBRgRAIAIgAigCVDYC3AEgAkHAAWogAkHcAWoiAxCRASADENkCDAELIAJBgICAgHg2AsABCyACIAIoArgBNgKgASACIAIpArABIho3A5gBIAIgAikCwAEiGzcCpAEgAiACKALIATYCrAEgAkGkAWohAyAap0GAgICAeEYiBkUgG6ciBUGAgICAeEdxRQRAIAYEfyAFBSACQZgBahCYAyACKAKkAQtBgICAgHhHBEAgAxCYAwsgAkH4AGpBmJLAAEEaELoBDAELIAIgAigCoAE2ArgBIAIgAikDmAE3A7ABIAIgAygCCDYCyAEgAiADKQIANwPAASACIAJB4ABqQcuRwABBDhDbATYC3AEgAkGYAWogAkHcAWoiAxDHASACKQOYASEaIAIrA6ABIR0gAxDZAiAdRAAAAAAAAAAAZEUgHUQAAMD////fQWNFciAaQgFRcUUEQCACIAIoArgBNgKIASACIAIpA7ABNwKAASACIAIpA8ABNwKMASACIAIoAsgBNgKUASACIBo+AnggAiAd/AM2AnwgAkHYAWoQ2QIgAkHUAWoQ2QIMAgsgAkH4AGpB2ZHAAEE/ELoBIAJBwAFqEJgDIAJBsAFqEJgDCyACQdgBahDZAiACQdQBahDZAgsgAiACKQKAATcDaCACIAIoAogBNgJwIAIoAnwhAwJAAkACfwJAAkAgAigCeCIGQQJGBEAgAiADNgKYASACIAIpA2g3ApwBIAIgAigCcDYCpAEgAkEIaiACQZgBahDhASACKAIMIREMAQsgAiACKAKUATYCyAEgAiACKQKMATcDwAEgAiACKAJwNgK4ASACIAIpA2g3A7ABIAJB+ABqIgUgAkHkAGoQZyACIAIpAnw3A5gBIAIgAigChAE2AqABIAIoAogBIREgAigCeEEBRw0BIAIgAigCoAE2AoABIAIgAikDmAE3A3ggAiARNgKEASACQRBqIAUQ4QEgAigCFCERIAJBwAFqEJgDIAJBsAFqEJgDC0EBDAELIAIgAigCoAE2AoABIAIgAikDmAE3A3ggAiACKQPAATcChAEgAiACKALIATYCjAEgAigCtAEgAigCuAEgAiADNgKcASACIAY2ApgBIAIgAkGYAWo2ApABIwBB8AJrIgckAEEIQagCEJcDIgVFBEBBCEGoAhCmAwALIAVCgICAgBA3AwAgByAFNgIMIAdBDGoiAxCjAiESIAMQowIQiwMQDiEAEFQiFSAAJgEgByAVNgIQIAdBxI7AAEEFEN8CNgK4ASAHQRBqIAdBuAFqIgQQgAMhGCAEENkCIwBBEGsiAyQAIAMQIDkDCCADQQhqKwMAIR0gA0EQaiQAIAcgHUQAAAAA4jfgQaL8BzcD6AIgB0GgjMAANgK4ASAHQoCAgIDgADcCwAEgByAHQegCajYCvAEjAEEQayIKJAAgCkEANgIMIApCgICAgBA3AgQjAEEQayIIJAAgBCkCACEaIApBBGoiCyAEKAIMIgMgBCgCCCIGayINQQAgAyANTxsQtgIgCCADNgIMIAggBjYCCCAIIBo3AwAgCCgCDCIGIAgoAggiAyADIAZJGyENIAgoAgQhDiAIKAIAIQ8CQAJAA0AgAyANRwRAIA4pAwAhHAJAIANFBEBCASEaDAELQiQhG0IBIRogAyEGA0ACQCAGQQFxBEAgGiAbfiEaIAZBAUYNAQsgBkEBdiEGIBsgG34hGwwBCwsgGlANAwsgA0EBaiEDIAsgDyAcIBqAQiSCp2otAAAQkgEMAQsLDAELQaChwABBM0HEjMAAENEBAAsgCEEQaiQAIAdB3AJqIg0iAyAKKAIMNgIIIAMgCikCBDcCACAKQRBqJAAgAkH4AGoiBkEMaiEIIAcoAuACIQ4gBygC5AIhDyAGKAIYIgMoAgAhCiADKAIEIQsQmAIhGiMAQRBrIgMkACADQQRqIhMgDiAPEIgBIBNB/JXAAEEBEMkBIAQgAygCDDYCcCAEIAMpAgQ3AmggBEEAOgCcASAEIBI2ApgBIAQgCzYCJCAEIAo2AiAgBEEANgKUASAEQoCAgIDAADcCjAEgBEIENwKEASAEQgA3AnwgBEKAgICAgAE3AnQgBEIBNwNIIAQgGiALrXwiGjcDCCAEIAqtIhs3AwAgBCAIKQIANwJcIAQgCCgCCDYCZCAEIAYpAgA3AlAgBCAGKAIINgJYIARCADcDQCAEQoCAgIDAADcDOCAEQgA3AzAgBEKAgICAwAA3AyggBCAbNwMQIAQgGjcDGCADQRBqJAAgB0EYaiAEQaAB/AoAAEHZiMAAQQQQ3wIhA0HdiMAAQQQQ3wIhBEHhiMAAQQIQ3wIhCEHjiMAAQQQQ3wIhCkHniMAAQQIQ3wIhC0HpiMAAQQQQ3wIhEkHtiMAAQQUQ3wIhDkH3icAAQQcQ3wIhD0H+icAAQQgQ3wIhE0GGisAAQQUQ3wIhGSANEJgDIAVBADYCOCAFQgQ3AzAgBUIANwMoIAVBAjYCGCAFQQA2AgggBUE8aiAHQRRqQaQB/AoAACAFQgA3A5gCIAUgGDYClAIgBSAVNgKQAiAFQoCAgICAgAE3A4gCIAUgGTYChAIgBSATNgKAAiAFIA82AvwBIAUgDjYC+AEgBSASNgL0ASAFIAs2AvABIAUgCjYC7AEgBSAINgLoASAFIAQ2AuQBIAUgAzYC4AEgBUEBNgIAIAdB8AJqJAAgAiAFNgLMASAFIAUoAgBBAWoiAzYCACADRQ0BIAUQiwMQECEAEFQiBCAAJgEgAkHIAGogBUGIAmpB5I3AABCbAiACKAJMIQMgAigCSCIHENkCIAcgBDYCACADIAMoAgBBAWo2AgAgBSAFKAIEQQFqIgM2AgQgA0UNASACQfSNwAA2AnwgAiAFNgJ4IwBBEGsiBCQAQcyTwABBEBAWIQAQVCIHIAAmASAEQQhqEK4CQQEhAyACQUBrIggCfyAEKAIIQQFGBEAgBCgCDAwBC0EAIQMgBws2AgQgCCADNgIAIARBEGokACACKAJEIQQCQCACKAJAQQFGBEAgBhCdASACIAQ2AmggAkEYaiAFQThqQbSOwAAQlwIgAigCHCEDIAIoAhggBiACQegAaiIHEFEgBhDvASADIAMoAgBBAWo2AgAgAkHMAWoQjgEgBxDZAgwBCyACIAQ2AtABIAJBOGogAkH4AGoiAxDlASACKAI4IQcgAigCPCEIQQRBCBDQAiIGIAg2AgQgBiAHNgIAIAIgBkHcgcAAEJkDIgg2AtQBIAJBMGogAxDlASACKAIwIQcgAigCNCEKQQRBCBDQAiIGIAo2AgQgBiAHNgIAIAZB8IHAABA+IQAQVCIGIAAmASACIAY2AtgBIAJBKGogAxDlASACKAIoIQcgAigCLCEKQQRBCBDQAiIDIAo2AgQgAyAHNgIAIANBhILAABA8IQAQVCIHIAAmASACIAc2AtwBQQRBCBDQAiIDQfSNwAA2AgQgAyAFNgIAIAIgA0GYgsAAEJkDIgo2AmggAkHQAWoiAyACQdQBahCyAiADIAJB2AFqELUCIAMgAkHcAWoQswIgAyACQegAahC0AkEEQRgQ0AIiA0EBOgAUIAMgCjYCECADIAc2AgwgAyAGNgIIIAMgCDYCBCADIAQ2AgAgAkEgaiAFQZgCakGkjsAAEJsCIAIoAiQhBiACKAIgIgQQ8gIgBEGQjsAANgIEIAQgAzYCACAGIAYoAgBBAWo2AgAgAkHMAWoQTwsgAiAFNgJ4IAJB+ABqEL4CIAJBsAFqEJgDQQALIQMgAkHkAGoQ2QIgAkHgAGoQ2QIgFCARNgIEIBQgAzYCACACQeABaiQADAELAAsgECgCDCEDIAlBCGoiBiAQKAIINgIAIAYgAzYCBCAQQRBqJAAgDCAJKAIIIAkoAgwQqQIgCUFAayQAIAwoAgAgDCgCBCAMKAIIIAxBEGokAAvHAwIJfwF+IwBBEGsiBCQAEFQiAiABJgEjAEEwayIDJAAgAyACNgIUIAMgADYCKCADIANBL2oiADYCJCADIAA2AiAgAyAANgIcIAMgA0EUajYCGCMAQUBqIgAkACAAQRxqIgIgA0EYaiIFKAIQEHMgAEEANgIoIAAgBSgCACgCACIGNgIsIAAoAhxFBEAgAEEIaiAAQShqEIECIAAoAgghBCAAKAIMIQUgACACEPQBIAAoAgAiAyAEIAMbIgJBASACGyAAKAIEIAUgAxtBACACGxCkAwALIANBCGogACAAKAIkNgI4IAAgACkCHCILNwMwIABBEGohBSMAQSBrIgIkACACIAY2AgwCQCALpyIGQQxqENIBIgcEQCACIAc2AhAgAiACQRBqIgkgBkEQaiACQQxqIgoQSSACKAIEIQYgAigCACEHIAkQvgIgChDZAgwBCyACQQI2AhAgAkEQahD4AiEGIAJBDGoQ2QJBASEHCyAFIAc2AgAgBSAGNgIEIAJBIGokACAAKQMQIABBMGoQzAI3AwAgAEFAayQAIAQgAygCCCADKAIMEKkCIANBMGokACAEKAIAIAQoAgQgBCgCCCAEQRBqJAALowUCDH8BfiMAQRBrIgUkABBUIgIgASYBIwBBMGsiAyQAIAMgAjYCFCADIAA2AiggAyADQS9qIgA2AiQgAyAANgIgIAMgADYCHCADIANBFGo2AhgjAEFAaiICJAAgAkEcaiIAIANBGGoiBCgCEBBzIAJBADYCKCACIAQoAgAoAgAiBDYCLCACKAIcRQRAIAJBCGogAkEoahCBAiACKAIIIQMgAigCDCEFIAIgABDyASACKAIAIgAgAyAAGyIDQQEgAxsgAigCBCAFIAAbQQAgAxsQpAMACyADQQhqIAIgAigCJDYCOCACIAIpAhwiDjcDMCACQRBqIQcgDqchCCMAQfAAayIAJAAgACAENgIUIABBPGogAEEUahBnIAAgACkCQDcDGCAAIAAoAkg2AiBBASEEIAAoAkwhBgJAIAAoAjxBAUYEQCAAIAAoAiA2AjAgACAAKQMYNwMoIAAgBjYCNCAAIABBKGoQ4QEgACgCBCEGDAELIAAgACgCIDYCYCAAIAApAxg3A1ggAEEIaiAIKAIAIgxBOGpB5IzAABCXAiAAKAIMIQkgACgCCCEKIAAQmAIiDjcDaCAAIAo2AmQjAEEQayIEJAAgBEEENgIMIARBi4rAADYCCCAAQTxqIg0gCkHlk8AAQQZB65PAAEEJIARBCGpBAiAAQdgAakEAIAQgDhBGIARBEGokACAJIAkoAgBBAWo2AgACQCAAKAI8QQJHBEAgDSAAQcgAahCpAQwBCyAMQQhqEEUgCBBPC0EAIQQLIABBFGoQ2QIgByAGNgIEIAcgBDYCACAAQfAAaiQAIAIpAxAgAkEwahDKAjcDACACQUBrJAAgBSADKAIIIAMoAgwQqQIgA0EwaiQAIAUoAgAgBSgCBCAFKAIIIAVBEGokAAsoAQF/IAAoAgAiAEGACE8gAEGECElxBH8gAAUQVCIBIAAlASYBIAELCyUBAX8gACgCACIBQQZLQQEgAXRBwwBxRXJFBEAgAEEEahCYAwsLKQEBfwJAIAAoAgAiAEF/Rg0AIAAgACgCBEEBaiIBNgIEIAENAAALIAALKgAgAC0ABEEBcUUEQCAAEEEgABC+AiAAQQE6AARBAA8LQdSMwAAQlQMACyYBAX8gACgCCCIDIAFNBEAgASADIAIQpgEACyAAKAIEIAFBHGxqCyYBAX8jAEEQayIBJAAgASAAQQhrNgIMIAFBDGoQigEgAUEQaiQACyYBAX8jAEEQayIBJAAgASAAQQhrNgIMIAFBDGoQxAIgAUEQaiQACyYBAX8jAEEQayIBJAAgASAAQQhrNgIMIAFBDGoQwgIgAUEQaiQACyYAIAAgATYCCCAAIAJBACABQQFxIgEbNgIEIABBACACIAEbNgIAC/MKAgh/AX4QVCIKIAcmARBUIgsgCCYBIwBBgAFrIgkkACAJIAI2AgwgCSABNgIIIAkgAzYCECAJIAQ2AhQgCSAFNgIYIAkgBjYCHCAJIAo2AiAgCSALNgIkIAkgADYCeCAJIAlB/wBqIgA2AnQgCSAANgJwIAkgADYCbCAJIAlBJGo2AmggCSAANgJkIAkgADYCYCAJIAA2AlwgCSAJQSBqNgJYIAkgADYCVCAJIAA2AlAgCSAJQRxqNgJMIAkgCUEYajYCSCAJIAA2AkQgCSAANgJAIAkgCUEUajYCPCAJIAlBEGo2AjggCSAANgI0IAkgADYCMCAJIAlBDGo2AiwgCSAJQQhqNgIoQQAhAyMAQbABayIAJAACQAJAAkACQAJAAkAgCUEoaiIBKAJQIgIEQCACKAIAIgRB/////wdJDQIgAEHPADYCOCAAQdqAwAA2AjQMAQsgAEEbNgI4IABBv4DAADYCNAsgAEEANgIwDAELQQEhAyACIARBAWo2AgAgAkEIayIEIAQoAgBBAWoiBTYCACAFRQ0BIAAgBDYCOCAAIAI2AjQgACACQQRqNgIwCyAAQTxqIAEoAgAoAgAgASgCBCgCABCAAiAAQcgAaiABKAIQKAIAIAEoAhQoAgAQgAIgAEHUAGogASgCICgCACABKAIkKAIAEIACIABBADYCYCAAQQA2AmggACABKAIwKAIAIgU2AmQgACABKAJAKAIAIgY2AmwgA0UNASAAKAI8QYCAgIB4Rg0BIAAoAkhBgICAgHhGDQEgACgCVEGAgICAeEYNASAAIAAoAjg2AnggACAAKQIwIhE3A3AgACAAKQI8NwOAASAAIAAoAkQ2AogBIAAgACkCSDcDkAEgACAAKAJQNgKYASAAIAApAlQ3A6ABIAAgACgCXDYCqAEgAEGAAWohAiAAQZABaiEDIABBoAFqIQQjAEHQAGsiASQAIAEgBjYCGCABIAU2AhQgEacQ0gEiBQRAIAEgBTYCHCACKAIEIQsgAigCCCEMIAMoAgQhDSADKAIIIQ4gBCgCBCEPIAQoAgghECABQSBqIAFBGGoQUAJAIAEoAiBBCEcEQCABIAEpAig3AzggASABKQIgNwMwEKwDIQYgAUHEAGogAUEwaiIKEGkgChCiAgwBCyABKAIkIQYgAUEUahCaA0UEQCABQYCAgIB4NgJEDAELIAFBxABqIAFBFGoQUQsgASABKAJMNgI4IAEgASkCRDcDMCABQQhqIAVBOGpBnJDAABCXAiABKAIMIQogASgCCCALIAwgDSAOIA8gEEEBIAYgASgCSEEAIAEoAkRBgICAgHhHGyABKAJMEEogCiAKKAIAQQFqNgIAIAVBCGoQRSABQTBqEOMCIAFBHGoQvgILIAFBGGoQ2QIgAUEUahDZAiAEEJgDIAMQmAMgAhCYAyABQdAAaiQAIABB8ABqEM0CIABBsAFqJAAMAgsACyAAQShqIABB6ABqEIECIAAoAighBiAAKAIsIQkgAEEgaiAAQeAAahCBAiAAKAIgIQUgACgCJCEKIABBGGogAEHUAGoQ4AEgACgCGCEEIAAoAhwhCyAAQRBqIABByABqEOABIAAoAhAhAyAAKAIUIQwgAEEIaiAAQTxqEOABIAAoAgghDSAAKAIMIQ5BACECAn8gAEEwaiIBKAIARQRAIAEoAgghAiABKAIEDAELIAEQzQJBAAshASAAIAI2AgQgACABNgIAIAAoAgAiASANIAEbIgIgAyACGyIDIAQgAxsiBCAFIAQbIgUgBiAFGyIGQQEgBhsgACgCBCAOIAEbIAwgAhsgCyADGyAKIAQbIAkgBRtBACAGGxCkAwALIAlBgAFqJAALiwoCEH8BfiMAQRBrIgokABBUIgQgASYBEFQiAyACJgEjAEFAaiIFJAAgBSADNgIUIAUgBDYCECAFIAA2AjggBSAFQT9qIgA2AjQgBSAANgIwIAUgADYCLCAFIAVBFGo2AiggBSAANgIkIAUgADYCICAFIAA2AhwgBSAFQRBqNgIYIwBB0ABrIgQkACAEQSRqIgMgBUEYaiIAKAIgEHMgBEEANgIwIARBADYCOCAEIAAoAgAoAgAiBjYCNCAEIAAoAhAoAgAiBzYCPCAEKAIkRQRAIARBEGogBEE4ahCBAiAEKAIQIQYgBCgCFCEHIARBCGogBEEwahCBAiAEKAIIIQUgBCgCDCEKIAQgAxD0ASAEKAIAIgAgBSAAGyIFIAYgBRsiA0EBIAMbIAQoAgQgCiAAGyAHIAUbQQAgAxsQpAMACyAEIAQoAiw2AkggBCAEKQIkIhM3A0AgBEEYaiEQIwBBQGoiACQAIAAgBzYCDCAAIAY2AggCQCATpyIGQQxqENIBIgMEQCAAIAM2AhAgAEEwaiILIAYgA0EIaiAAQQhqEF8gACgCNCEDIAAoAjAiB0GAgICAeEcEQCAAIAAoAjg2AhwgACADNgIYIAAgBzYCFCAAQQxqEI0DIgMEQCAAKAIQIREgACAAKAIcNgI4IAAgACkCFDcDMCAAIBFBOGpBnJDAABCXAiAAKAIEIRIgACgCACEIIAYoAgQhDCAGKAIIIQ0gAxChAiEPIwBBMGsiBiQAIAYgDzYCFCMAQRBrIgckACAHQQhqIAhBgAFqIgggDCANEHFBACEDIAcoAghBAUYEQCAIIAcoAgxBsJjAABClAkEMaiEDCyAAQSBqIQwgB0EQaiQAIAZBBzYCGAJAIANFBEAgDEEHNgIAIAZBFGoQ2QIgCxCYAwwBCyAGQRhqIgcQogIgBiALKAIINgIgIAYgCykCADcDGCAGQQhqIQ0jAEEQayIIJAAgCEEIaiADIAcoAgQgBygCCBBwAkACQAJ/IAgoAghBAUYEQCAIKAIMIgkgAygCCCIOTw0CIAMoAgQgCUEEdGoiCSgCDCEDIAkgDzYCDCAHEJgDQQEMAQsgAygCCCIJIAMoAgBGBEAgAxC+AQsgAygCBCAJQQR0aiIOIAcoAgg2AgggDiAHKQIANwIAIA4gDzYCDCADIAlBAWo2AghBAAshByANIAM2AgQgDSAHNgIAIAhBEGokAAwBCyAJIA5BoJjAABCmAQALIAYgBigCDDYCLCAGIAYoAggiAzYCKCADBEAgBkEsahDZAgsgDEEINgIACyAGQTBqJABBASEGIBIgEigCAEEBajYCACARQQhqEEUgACgCICIDQQhHBEAgACAAKAIsNgI8IAAgACkCJDcCNCAAIAM2AjAgCxD4AiEDIABBEGoQvgIMBAsgAEEQahC+AkEAIQYMAwsgAEE0akHAisAAQRQQiAEgAEEANgIwIABBMGoQ+AIhAyAAQRRqEJgDCyAAQRBqEL4CQQEhBgwBCyAAQQc2AjAgAEEwahD4AiEDQQEhBgsgAEEMahDZAiAAQQhqENkCIBAgAzYCBCAQIAY2AgAgAEFAayQAIAQpAxghEyAEQUBrEMwCIAVBCGogEzcDACAEQdAAaiQAIAUoAgwhACAFIAUoAggiBDYCBCAFIABBACAEQQFxGzYCACAKIAUpAwA3AgAgBUFAayQAIAooAgAgCigCBCAKQRBqJAALMQEBfyMAQRBrIgMkACADIAAgARBUIgAgAiYBIAAQgAEgAygCACADKAIEIANBEGokAAsgACABLQAQQQFGBH8gASAAKAIAKAIAEJYCQQFzBUEBCwstAQF+QYCjwAApAwAhAUGAo8AAQgA3AwAgACABQiCIPgIEIAAgAadBAUY2AgALJAEBfyAAKAIAIAAoAggiAmsgAUkEQCAAIAIgAUEEQQQQyAELCyEAAn8gABCPA0UEQEGACCAAEJEDRQ0BGgsgACABEIADCwsnACABIAIgAxCPAiABIAQgBRBHIAAgASgCCDYCCCAAIAEpAgA3AgALGgAgACgCACUBIAEEfyABKAIABUEACyUBEBILGgAgACgCACUBIAEEfyABKAIABUEACyUBEBQLGgAgACgCACUBIAEEfyABKAIABUEACyUBEBULGgAgACgCACUBIAEEfyABKAIABUEACyUBEBcLJAEBfyAAKAIAIAAoAggiAmsgAUkEQCAAIAIgAUEBQQEQyAELC44GAgZ/AX4DQCMAQRBrIgIkAAJAAn8CQCAAIAFBE2pBcHEiAyAAIANLG0EBaxD8ASIEQQFqIgVBPk0EQAJAQeiiwAApAwAiCEJ/IAWthoMQqwMiBUE/TQRAIABBEUkNASAAQQFrIQYDQCACQQRqIAUgAyAGEG0gAigCBEEBRg0EIAVBP0kEQEHoosAAKQMAQn8gBUEBaq2GgxCrAyIFQcAASQ0BCwsgAkEEaiAEIAMgBhBtIAIoAgQNA0EAIQUMBQtBACEFIAggBK2IQgGDUA0EIAJBBGogBCADIABBAWsQbSACKAIEQQFGDQIMBAtB8KLAACgCACAFQQJ0aigCACIFKAIMIAUQtgEgBUEEayIGIAYoAgBBAnM2AgAgBWoMAgtBACEFQeiiwAApAwBCAFkNAiACQQRqQT8gAyAAQQFrEG0gAigCBEEBRw0CCyACKAIIIQUgAigCDAshBCAEIAMgBWoiA0YEf0EBBSADIAQQd0EDCyEEIANBBGsgBDYCAAsgAkEQaiQAIAVFBEAgAUETakFwcSAAQQAgAEEQSxtqQY+ABGpBEHYiA0AAIgZBf0YiB0UEQEH0osAAKAIAIQJB9KLAAEEANgIAIANBEHQhBEH0osAAAn8gAkEAIAZBEHQiAyACRhtFBEBBfyADIARqIgIgAiADSRtBcHEhBgJ/AkBB8KLAACgCAARAQQAgAyADQRNqQXBxIgRBEGoiAksgAiAGS3INAhogBEEEa0EHNgIADAELQQAgA0EBIAMbQQNqQXxxIgNBkwJqQXBxIgQgA0kgBCAGS3INARpB8KLAACADNgIAIARBBGtBA0EBIAQgBkkbNgIAQQAhAgNAIAJBgAJGDQEgAiADakEANgIAIAJBBGohAgwACwALIAQgBkkEQCAEIAYQdwsgBgsMAQsgAkF/IAMgBGoiBCADIARLG0FwcSIDTwR/IAIFAkAgAkEEayIGKAIAIgRBAXFFBEAgAiAEayICELYBDAELIAYgBEECcjYCAAsgAiADEHcgAwsLNgIACyAHRQ0BCwsgBQscAQF/IAAoAgAgAEEEahDZAgRAIABBCGoQ2QILCxcAIAEgA0YEfyAAIAIgARCvAQVBAQtFC1QBAX8gACgCACIBIAEoAgBBAWsiATYCACABRQRAIwBBEGsiASQAIAEgAEEEajYCDCABIAAoAgAiADYCCCAAQQxqEL8CIAFBCGoQ7gEgAUEQaiQACwtbAQF/IAAoAgAiASABKAIAQQFrIgE2AgAgAUUEQCMAQRBrIgEkACABIABBBGo2AgwgASAAKAIAIgA2AgggAEEMaiIAEKcBIAAQvgIgAUEIahDuASABQRBqJAALC4oBAQJ/IAAoAgAiASABKAIAQQFrIgE2AgAgAUUEQCMAQRBrIgEkACABIABBBGo2AgwgASAAKAIAIgA2AgggAEEMaiIAQQxqEIwCIAAQmAMgAEEQahDZAgJAIAFBCGooAgAiAEF/Rg0AIAAgACgCBEEBayICNgIEIAINACAAQSAQ4AILIAFBEGokAAsLVAEBfyAAKAIAIgEgASgCAEEBayIBNgIAIAFFBEAjAEEQayIBJAAgASAAQQRqNgIMIAEgACgCACIANgIIIABBDGoQjAIgAUEIahDuASABQRBqJAALC3gBAn8gACgCACIBIAEoAgBBAWsiATYCACABRQRAIwBBEGsiASQAIAEgAEEEajYCDCABIAAoAgAiADYCCCAAQQhqEFcCQCABQQhqKAIAIgBBf0YNACAAIAAoAgRBAWsiAjYCBCACDQAgAEGoAhDgAgsgAUEQaiQACwuYAQECfyAAKAIAIgEgASgCAEEBayIBNgIAIAFFBEAjAEEQayIBJAAgASAAQQRqNgIMIAEgACgCACIANgIIIABBFGoQjAIgAEEIahCYAyAAQRhqENkCIABBHGoQ8wIgAEEwahDZAgJAIAFBCGooAgAiAEF/Rg0AIAAgACgCBEEBayICNgIEIAINACAAQTQQ4AILIAFBEGokAAsLJQAgACABKAIINgIEIAAgASgCBEEAIAEoAgBBgICAgHhHGzYCAAsdACAABEAgACABKAIQEQAADwtB0JnAAEEyEKQDAAtUAQF/IAAoAgAiASABKAIAQQFrIgE2AgAgAUUEQCMAQRBrIgEkACABIABBBGo2AgwgASAAKAIAIgA2AgggAEEMahDGAiABQQhqEJACIAFBEGokAAsL4wIBBn8gACgCACIBIAEoAgBBAWsiATYCACABRQRAIwBBEGsiBCQAIAQgAEEEajYCDCAEIAAoAgAiATYCCCMAQRBrIgAkAAJAIAFBDGoiBSgCDCIBRQRAIABCADcCCCAAQgA3AgAMAQsgACAFKAIIIgMgBSgCACICQQAgAiADTRtrIgM2AgAgAiADayIGIAFPBEAgAEIANwIIIAAgASADajYCBAwBCyAAQQA2AgggACACNgIEIAAgASAGazYCDAsgACgCBCAAKAIAIQIgBSgCBCEDIAAgACgCDCAAKAIIIgZrNgIEIAAgAyAGQQJ0ajYCACACayEBIAMgAkECdGohAgNAIAEEQCABQQFrIQEgAhDCAiACQQRqIQIMAQsLIAAoAgQhAiAAKAIAIQEDQCACBEAgAkEBayECIAEQwgIgAUEEaiEBDAELCyAAQRBqJAAgBRC9ASAEQQhqEJACIARBEGokAAsLgQEBAn8gACgCACIBIAEoAgBBAWsiATYCACABRQRAIwBBEGsiASQAIAEgAEEEajYCDCABIAAoAgAiADYCCCAAQQxqIgAoAgAEQCAAEOkBCwJAIAFBCGooAgAiAEF/Rg0AIAAgACgCBEEBayICNgIEIAINACAAQRgQegsgAUEQaiQACwsXACABIANPBH8gAiAAIAMQrwEFQQELRQsfACAAKAIABEAgABDpASAAKAIMIAAoAggoAgwRAAALC+YDAgN/AX4QVCIFIAMmASMAQUBqIgQkACAEIAI2AhAgBCABNgIMIAQgBTYCFCAEIAA2AjggBCAEQT9qIgA2AjQgBCAANgIwIAQgADYCLCAEIARBFGo2AiggBCAANgIkIAQgADYCICAEIARBEGo2AhwgBCAEQQxqNgIYIwBB4ABrIgAkACAAQSBqIARBGGoiASgCIBBzIABBLGogASgCACgCACABKAIEKAIAEIACIABBADYCOCAAIAEoAhAoAgAiAjYCPAJAIAAoAiAEQCAAKAIsQYCAgIB4Rw0BCyAAQRhqIABBOGoQgQIgACgCGCEEIAAoAhwhBSAAQRBqIABBLGoQ4AEgACgCECECIAAoAhQhBiAAQQhqIABBIGoQ8wEgACgCCCIBIAIgARsiAiAEIAIbIgRBASAEGyAAKAIMIAYgARsgBSACG0EAIAQbEKQDAAsgACAAKAIoNgJIIAAgACkCICIHNwNAIAAgACkCLDcDUCAAIAAoAjQ2AlgjAEEQayIBJAAgASACNgIMIAenIgUoAgBBHGogAEHQAGoiAigCBCACKAIIIAFBDGoiBhBeIAUQigMhBSAGENkCIAIQmAMgAUEQaiQAIABBQGsQywIgAEHgAGokACAEQUBrJAAgBSUBIAUQgwEL5gMCA38BfhBUIgUgAyYBIwBBQGoiBCQAIAQgAjYCECAEIAE2AgwgBCAFNgIUIAQgADYCOCAEIARBP2oiADYCNCAEIAA2AjAgBCAANgIsIAQgBEEUajYCKCAEIAA2AiQgBCAANgIgIAQgBEEQajYCHCAEIARBDGo2AhgjAEHgAGsiACQAIABBIGogBEEYaiIBKAIgEHMgAEEsaiABKAIAKAIAIAEoAgQoAgAQgAIgAEEANgI4IAAgASgCECgCACICNgI8AkAgACgCIARAIAAoAixBgICAgHhHDQELIABBGGogAEE4ahCBAiAAKAIYIQQgACgCHCEFIABBEGogAEEsahDgASAAKAIQIQIgACgCFCEGIABBCGogAEEgahDyASAAKAIIIgEgAiABGyICIAQgAhsiBEEBIAQbIAAoAgwgBiABGyAFIAIbQQAgBBsQpAMACyAAIAAoAig2AkggACAAKQIgIgc3A0AgACAAKQIsNwNQIAAgACgCNDYCWCMAQRBrIgEkACABIAI2AgwgB6ciBSgCAEEoaiAAQdAAaiICKAIEIAIoAgggAUEMaiIGEF4gBRCMAyEFIAYQ2QIgAhCYAyABQRBqJAAgAEFAaxDKAiAAQeAAaiQAIARBQGskACAFJQEgBRCDAQsdACAAIAEQVCIAIAImASAAEFQiACADJgEgABCTAQseAQF/IAAoAgQiASABKAIAQQFrNgIAIABBCGoQuwILHgEBfyAAKAIEIgEgASgCAEEBazYCACAAQQhqELoCCx4BAX8gACgCBCIBIAEoAgBBAWs2AgAgAEEIahC8AgseAQF/IAAoAgQiASABKAIAQQFrNgIAIABBCGoQvQILGwEBfyAAQQQQlgMiAUUEQEEEIAAQpgMACyABCxoBAX8gACgCACIBQQBKBEAgACgCBCABEHoLCxsBAX8gACABEJcDIgJFBEAgACABEKYDAAsgAgsXAQF/IAAoAgAiAQRAIAAoAgQgARB6CwsXACAAQQhqEJgDIAAQ2wIgAEEUahDjAgsYACAALQAcRQRAIAAQuAIgAEEMahCiAgsLFwEBfyAAECYiATYCBCAAIAFBAEc2AgALFwEBfyAAECciATYCBCAAIAFBAEc2AgALFwEBfyAAECgiATYCBCAAIAFBAEc2AgALFwEBfyAAECkiATYCBCAAIAFBAEc2AgALHwAgAARAIAAgARCmAwALQeSewABBI0H4nsAAENEBAAsVACAAKAIAIgBBhAhPBEAgABCDAQsLFgAgASgCACABKQMIIAAoAgApAwBYcQsSACAAKAIABEAgAEEEahDZAgsLEgAgAC0AAARAIABBBGoQ2QILCxYBAX8gACgCBCAAKAIIEN8CIAAQmAMLEABBipvAAEHRACAAENEBAAsWAQFvIAAgARBAIQIQVCIAIAImASAACw0AIAEEQCAAIAEQegsLEgAgACgCAEECSQRAIAAQ0gILCxYAIAAoAgBBgICAgHhHBEAgABD6AgsLFgAgACgCAEGAgICAeEcEQCAAEJgDCwsSACAAQSxqEJgDIABBIGoQuAILEwAgACgCAEUEQCAAQQRqENkCCwsWACAAIAFBCGo2AgQgAEGEnMAANgIACxMAQYCjwAAgAK1CIIZCAYQ3AwALDQAgAQRAIAAgARB6CwscACAAQbyewAApAgA3AgggAEG0nsAAKQIANwIACxwAIABBrJ7AACkCADcCCCAAQaSewAApAgA3AgALFgAgACgCACABIAIgACgCBCgCDBEFAAvPAgMBfwF+AW8jAEEgayIDJAAgAyACNgIEIAMgATYCACADIAA2AhggAyADQR9qIgA2AhQgAyAANgIQIAMgA0EEajYCDCADIAM2AggjAEHQAGsiACQAIABBGGogA0EIaiIBKAIQEHMgAEEkaiABKAIAKAIAIAEoAgQoAgAQgAICQCAAKAIYBEAgACgCJEGAgICAeEcNAQsgAEEQaiAAQSRqEOABIAAoAhAhAiAAKAIUIQMgAEEIaiAAQRhqEPMBIAAoAggiASACIAEbIgJBASACGyAAKAIMIAMgARtBACACGxCkAwALIAAgACgCIDYCOCAAIAApAhgiBDcDMCAAIAApAiQ3A0AgACAAKAIsNgJIIASnKAIAQRxqIABBQGsiASgCBCABKAIIEHshAiABEJgDIABBMGoQywIgAEHQAGokACADQSBqJAAgAiUBIAIQgwEL8AIDAn8BfgFvIwBBIGsiAyQAIAMgAjYCBCADIAE2AgAgAyAANgIYIAMgA0EfaiIANgIUIAMgADYCECADIANBBGo2AgwgAyADNgIIIwBB0ABrIgAkACAAQRhqIANBCGoiASgCEBBzIABBJGogASgCACgCACABKAIEKAIAEIcBAkAgACgCGARAIAAoAiRBgYCAgHhHDQELIABBEGogAEEkahDfASAAKAIQIQIgACgCFCEDIABBCGogAEEYahDzASAAKAIIIgEgAiABGyICQQEgAhsgACgCDCADIAEbQQAgAhsQpAMACyAAIAAoAiA2AjggACAAKQIYIgU3AzAgACAAKQIkNwNAIAAgACgCLDYCSCMAQRBrIgEkACABQQhqIABBQGsiBBDAAiAFpyICKAIAQRxqIAEoAgggASgCDBBmIAIQigMhAiAEEOMCIAFBEGokACAAQTBqEMsCIABB0ABqJAAgA0EgaiQAIAIlASACEIMBC88CAwF/AX4BbyMAQSBrIgMkACADIAI2AgQgAyABNgIAIAMgADYCGCADIANBH2oiADYCFCADIAA2AhAgAyADQQRqNgIMIAMgAzYCCCMAQdAAayIAJAAgAEEYaiADQQhqIgEoAhAQcyAAQSRqIAEoAgAoAgAgASgCBCgCABCAAgJAIAAoAhgEQCAAKAIkQYCAgIB4Rw0BCyAAQRBqIABBJGoQ4AEgACgCECECIAAoAhQhAyAAQQhqIABBGGoQ8gEgACgCCCIBIAIgARsiAkEBIAIbIAAoAgwgAyABG0EAIAIbEKQDAAsgACAAKAIgNgI4IAAgACkCGCIENwMwIAAgACkCJDcDQCAAIAAoAiw2AkggBKcoAgBBKGogAEFAayIBKAIEIAEoAggQeyECIAEQmAMgAEEwahDKAiAAQdAAaiQAIANBIGokACACJQEgAhCDAQvwAgMCfwF+AW8jAEEgayIDJAAgAyACNgIEIAMgATYCACADIAA2AhggAyADQR9qIgA2AhQgAyAANgIQIAMgA0EEajYCDCADIAM2AggjAEHQAGsiACQAIABBGGogA0EIaiIBKAIQEHMgAEEkaiABKAIAKAIAIAEoAgQoAgAQhwECQCAAKAIYBEAgACgCJEGBgICAeEcNAQsgAEEQaiAAQSRqEN8BIAAoAhAhAiAAKAIUIQMgAEEIaiAAQRhqEPIBIAAoAggiASACIAEbIgJBASACGyAAKAIMIAMgARtBACACGxCkAwALIAAgACgCIDYCOCAAIAApAhgiBTcDMCAAIAApAiQ3A0AgACAAKAIsNgJIIwBBEGsiASQAIAFBCGogAEFAayIEEMACIAWnIgIoAgBBKGogASgCCCABKAIMEGYgAhCMAyECIAQQ4wIgAUEQaiQAIABBMGoQygIgAEHQAGokACADQSBqJAAgAiUBIAIQgwELEwAgACABEFQiACACJgEgABC0AQsPACAAKAIABEAgABCMAgsLDwAgACgCAARAIAAQ4wELCz8BAn8gAEEEaiICIgEoAgghACABKAIEIQEDQCAABEAgAEEBayEAIAEQ/AIgAUEUaiEBDAELCyACQQRBFBDPAQsVACAAKAIAJQEgASgCACUBEDJBAEcLFAIBbwF/ECEhABBUIgEgACYBIAELLwAgAiADELcCIgIEQCADIAEgASADSxsiAwRAIAIgACAD/AoAAAsgACABEHoLIAILEgAgASgCACAAKAIAKAIAEJYCCw0BAX8gABBvIAAQogILDwAgABCYAyAAQQxqEL8CCw8AIABBDGoQ2QIgABChAwsPACAAEJgDIABBDGoQ+gILDwAgABCYAyAAQQxqENkCCxAAIAAtAAhFBEAgABDjAQsLEAAgAC0AGEUEQCAAEOQBCwsQACAALQAERQRAIAAQvgILCyABAW8gACgCACUBIAEoAgAlARALIQIQVCIAIAImASAACxMAIAAoAgAlASABKAIAJQEQAhoLDwAQ/gEaQbyiwAAgABB2CxMAIABBxJ7AADYCBCAAIAE2AgALEQAgASAAKAIAIAAoAgQQ6wILEAAgASAAKAIAIAAoAgQQQwuCAQMCfwF+AW8jAEEwayIBJAAgAUEUaiICIAAQcyABKAIURQRAIAFBCGogAhD0ASABKAIIIgBBASAAGyABKAIMQQAgABsQpAMACyABIAEoAhw2AiggASABKQIUIgM3AyAgA6dBEGoQoQIhACABQSBqEMwCIAFBMGokACAAJQEgABCDAQuFAQMCfwF+AW8jAEEwayIBJAAgAUEUaiICIAAQcyABKAIURQRAIAFBCGogAhDzASABKAIIIgBBASAAGyABKAIMQQAgABsQpAMACyABIAEoAhw2AiggASABKQIUIgM3AyAgA6coAgBBGGoQoQIhACABQSBqEMsCIAFBMGokACAAJQEgABCDAQsPACAAKAIAJQEgASACEAALDwAgASAAKAIAKAIAEIsCCw0AIAAoAgBBCGoQvwELKQEBf0EEQRAQ0AIiASAANgIMIAFBADYCCCABQoGAgIAQNwIAIAFBCGoLDQAgACgCAEEIahDAAQsMACAAQQAgABCRAxsLDgAgACgCACUBEDBBAEcLDgAgACgCACUBEDNBAEcLDgAgACgCACUBEDRBAEcLDgAgACgCACUBEDdBAEcLDgAgACgCACUBEDhBAEcLDwAgAEHUncAAIAEgAhBECxMAQeCgwABB3QBBkKHAABDRAQALEABBuaHAAEHHACAAENEBAAsJACABIAAQtwILCQAgASAAEJYDCwsAIABBAUEBEM8BCxYBAW8gACABED0hAhBUIgAgAiYBIAALDAAgACgCACUBEDFFCwsAIABBBEEEEM8BCwwAIABBCEHAABDPAQs0AQJ/IAAoAgghASAAKAIEIQIDQCABBEAgAUEBayEBIAIQvwIgAkEEaiECDAELCyAAEJsDCzQBAn8gACgCCCEBIAAoAgQhAgNAIAEEQCABQQFrIQEgAhDkAiACQUBrIQIMAQsLIAAQnAMLDAAgABCtAyAAENkCCwsAIABBBEEQEM8BCzwBAn8gACgCCCECIAAoAgQhAQNAIAIEQCABEJgDIAFBDGoQ2QIgAkEBayECIAFBEGohAQwBCwsgABCgAwsJABD+ASAAEHYLDQBBhZ3AAEEbEKQDAAsJACAAIAEQLwALDAAgACABKQIANwMACz4BAX8jAEEQayICJAAgAiABNgIMIAIgADYCCCACQQhqIgAoAgAgACgCBEGUo8AAKAIAIgBB6AAgABsRAQAACw0AIAFB/KHAAEEYEEMLDQAgAUHcocAAQSAQQwtyAgJ/AX4jAEEwayIBJAAgAUEUaiICIAAQcyABKAIURQRAIAFBCGogAhDyASABKAIIIgBBASAAGyABKAIMQQAgABsQpAMACyABIAEoAhw2AiggASABKQIUIgM3AyAgA6cQpwEgAUEgahDKAiABQTBqJAALeAICfwF+IwBBMGsiASQAIAFBFGoiAiAAEHMgASgCFEUEQCABQQhqIAIQ8gEgASgCCCIAQQEgABsgASgCDEEAIAAbEKQDAAsgASABKAIcNgIoIAEgASkCFCIDNwMgIAOnKAIAQQhqELsBIAFBIGoQygIgAUEwaiQACwYAIAB6pwsMAEGLisAAQQQQ3wILCwAgACgCACUBEDkLDABBqKPAAEEBOgAACwkAIABBADYCAAsGACAAEHULBwAgABCdAQsHACAAEMMCCwMAAAssAQF/AkAgACgCACIAQX9GDQAgACAAKAIEQQFrIgI2AgQgAg0AIAAgARB6CwtOAQF/IwBBIGsiBiQAIAYgATYCDCAGIAA2AgggBiAFIAZqrUKAgICAgA+ENwMYIAYgBCAGaq1CgICAgIAPhDcDECADIAZBEGogAhDRAQALNgEBfyABKAIAIgRB/////wdPBEAgAhCGAgALIAEgBEEBajYCACAAIAE2AgQgACABIANqNgIACyoAIAEoAgBFBEAgAUF/NgIAIAAgATYCBCAAIAEgA2o2AgAPCyACEIUCAAsoAQF/IwBBEGsiAiQAIAIgAkEPaq0gAYQ3AwBBk4PAACACIAAQ0QEACy0BAX8gAUEIayIDIAMoAgBBAWoiAzYCACADRQRAAAsgACABNgIEIAAgAjYCAAs/AQF/IwBBEGsiAyQAIANBCGogACACaiABEO0BIAMoAgwhACADKAIIEKECIAAgACgCAEEBazYCACADQRBqJAALC+UiBABBgIDAAAuUImF0dGVtcHRlZCB0byB0YWtlIG93bmVyc2hpcCBvZiBSdXN0IHZhbHVlIHdoaWxlIGl0IHdhcyBib3Jyb3dlZG51bGwgcG9pbnRlciBwYXNzZWQgdG8gcnVzdHJlY3Vyc2l2ZSB1c2Ugb2YgYW4gb2JqZWN0IGRldGVjdGVkIHdoaWNoIHdvdWxkIGxlYWQgdG8gdW5zYWZlIGFsaWFzaW5nIGluIHJ1c3QAAAAFAAAABAAAAAQAAAAGAAAABwAAAEZuT25jZSBjYWxsZWQgbW9yZSB0aGFuIG9uY2UIAAAACAAAAAQAAAAJAAAACgAAAAgAAAAIAAAABAAAAAsAAAAMAAAACAAAAAgAAAAEAAAADQAAAA4AAAAIAAAACAAAAAQAAAAPAAAAEAAAAGNsb3N1cmUgaW52b2tlZCByZWN1cnNpdmVseSBvciBhZnRlciBiZWluZyBkcm9wcGVkIGluZGV4IG91dCBvZiBib3VuZHM6IHRoZSBsZW4gaXMgwBIgYnV0IHRoZSBpbmRleCBpcyDAAC9ydXN0Yy81OTgwNzYxNmUxZmEyNTQwNzI0YmZiYWMxNGQ3OTc2ZDdlNGEzODYwL2xpYnJhcnkvY29yZS9zcmMvY2VsbC9sYXp5LnJzAHNyYy9wcm90b2NvbC9jbGllbnQucnMAc3JjL3Byb3RvY29sL3BhY2tldC5ycwBzcmMvY2xpZW50L2Vycm9yLnJzAHNyYy9jbGllbnQvZHJpdmVyLnJzAHNyYy9jbGllbnQvZW1pdHRlci5ycwBzcmMvcHJvdG9jb2wvc21hbGxfbWFwLnJzAGNyYXRlcy9pbmRleC5jcmF0ZXMuaW8tMTk0OWNmOGM2YjViNTU3Zi9qcy1zeXMtMC4zLjEwNy9zcmMvZnV0dXJlcy9qc3BpLnJzAGNyYXRlcy9pbmRleC5jcmF0ZXMuaW8tMTk0OWNmOGM2YjViNTU3Zi9qcy1zeXMtMC4zLjEwNy9zcmMvZnV0dXJlcy9xdWV1ZS5ycwAvcnVzdGMvNTk4MDc2MTZlMWZhMjU0MDcyNGJmYmFjMTRkNzk3NmQ3ZTRhMzg2MC9saWJyYXJ5L2FsbG9jL3NyYy9yYXdfdmVjL21vZC5ycwAvcnVzdGMvNTk4MDc2MTZlMWZhMjU0MDcyNGJmYmFjMTRkNzk3NmQ3ZTRhMzg2MC9saWJyYXJ5L2FsbG9jL3NyYy92ZWMvbW9kLnJzAGNyYXRlcy9pbmRleC5jcmF0ZXMuaW8tMTk0OWNmOGM2YjViNTU3Zi9qcy1zeXMtMC4zLjEwNy9zcmMvZnV0dXJlcy90YXNrL3NpbmdsZXRocmVhZC5ycwAScmVtb3ZhbCBpbmRleCAoaXMgwBYpIHNob3VsZCBiZSA8IGxlbiAoaXMgwAEpABZzd2FwX3JlbW92ZSBpbmRleCAoaXMgwBYpIHNob3VsZCBiZSA8IGxlbiAoaXMgwAEpAHR5cGVuYW1ldG9mcm9taWRib2R5ZXJyb3J0aXRsZWtleQAAUgMQAEwAAAB5CwAAJAAAAAAAAAAEAAAABAAAABEAAAASAAAAEwAAACAAAAAIAAAAFAAAABUAAAAgAAAABAAAABYAAAAXAAAADAAAAAQAAAAYAAAAGQAAAAgAAAAEAAAAGgAAAJ8DEABXAAAARgAAABUAAABtZXNzYWdlcmVxdWVzdHJlc3BvbnNlZXZlbnRudWxsYm9keSBjYW5ub3QgYmUgc2VudCBhcyBKU09OOiBuYW1lIGlzIG5vdCBhIHN0cmluZ2NiIGlzIG5vdCBhIGZ1bmN0aW9udGltZW91dG9wdGlvbnMudGltZW91dCBtdXN0IGJlIGEgcG9zaXRpdmUgbnVtYmVyIG9mIG1pbGxpc2Vjb25kc2NhbGxiYWNrIGlzIG5vdCBhIGZ1bmN0aW9uUHJvbWlzZSBleGVjdXRvciBydW5zIGF0IG9uY2UAEQIQABMAAAAuAAAAJgAAABECEAATAAAAUQAAACsAAABjb2RlJQIQABQAAAAyAAAAEwAAACUCEAAUAAAANgAAABMAAAAlAhAAFAAAADwAAAATAAAAMDEyMzQ1Njc4OWFiY2RlZmdoaWprbG1ub3BxcnN0dXZ3eHl6JQIQABQAAADZAQAAGgAAACUCEAAUAAAAEgEAACsAAAAlAhAAFAAAANcAAAAoAAAAJQIQABQAAADDAAAAEwAAACUCEAAUAAAA6wAAABMAAAAlAhAAFAAAAP4AAAAjAAAAJQIQABQAAAAFAQAAFgAAACUCEAAUAAAABwEAABcAAAAlAhAAFAAAAAoBAAA1AAAAJQIQABQAAAALAQAAMwAAACUCEAAUAAAAswAAABYAAAAbAAAAIAEAAAgAAAAcAAAAHQAAAB4AAAAfAAAAIAAAABgAAAAEAAAAIQAAACIAAAAlAhAAFAAAALYAAAAoAAAAJQIQABQAAAC4AAAAHQAAAHJlcGx5AAAAJQIQABQAAADHAAAAEwAAAHJhZ2VudENyZWF0ZWRyYWdlbnREZXN0cm95ZWRXZWJTb2NrZXQgZXJyb3JjbG9zZSUCEAAUAAAAFwEAACAAAAAlAhAAFAAAABsBAAA1AAAAJQIQABQAAAAgAQAANQAAACUCEAAUAAAAzAAAABMAAAAlAhAAFAAAAHABAAAgAAAAJQIQABQAAABxAQAAEwAAACUCEAAUAAAAcwEAACsAAAAlAhAAFAAAAF0BAAAcAAAAJQIQABQAAABeAQAAJAAAACUCEAAUAAAA4wAAACIAAAA6AhAAFQAAADEAAAAfAAAAOgIQABUAAAAwAAAAJQAAADoCEAAVAAAAGwAAABMAAABsaXN0ZW5lciBpcyBub3QgYSBmdW5jdGlvbgAAOgIQABUAAABGAAAAJgAAADoCEAAVAAAAPwAAABMAAAA6AhAAFQAAACUAAAAiAAAAOgIQABUAAAAqAAAAEgAAADoCEAAVAAAANwAAAA4AAAB1cmxyZXF1ZXN0VGltZW91dGNvbmZpZy5yZXF1ZXN0VGltZW91dCBtdXN0IGJlIGEgcG9zaXRpdmUgbnVtYmVyIG9mIG1pbGxpc2Vjb25kc2NvbmZpZy51cmwgaXMgbm90IGEgc3RyaW5nY29uZmlnLmtleSBpcyBudWxsY29uZmlnLnVybCBpcyBudWxsY29uZmlnIGlzIG51bGxyYWdlbnRzLmNyZWF0ZVNlc3Npb24oKTogYWdlbnRJbmZvLmlkIGlzIG5vdCBhIHN0cmluZ2FnZW50SW5mbyBpcyBub3QgYW4gb2JqZWN0Y29ubmVjdGlvbiBjbG9zZWQgKGNvZGUgKXJhZ2VudHMtcHJvdG9jb2wsImVycm9yIjpzZXJ2ZXJnZXRBZ2VudHNhZ2VudCBkb2VzIG5vdCBoYW5kbGUgbWVzc2FnZXMgbmFtZWQgJycA4wEQABYAAACAAgAAHwAAAGNyZWF0ZUFnZW50OiBubyBpZCBpbiByZXNwb25zZWNyZWF0ZUFnZW50eyJpZCI6ZGVzdHJveUFnZW50AAAAAAAEAAAABAAAACMAAAAkAAAAJAAAAHsidHlwZSI6InJlcXVlc3QiLCJuYW1lIjoiY29ubmVjdCIsInRvIjoic2VydmVyIiwiaWQiOiIwIiwiYm9keSI6eyJrZXkiOn1hZ2VudENyZWF0ZWRhZ2VudERlc3Ryb3llZAAAAAAABAAAAAQAAAAlAAAAJgAAACYAAAAuY29ubmVjdP0KEAAHAAAAMAAAAAwLEAABAAAA5QkQAAYAAABFUlJfSU5WQUxJRF9BUkdFUlJfQ09OTkVDVEVSUl9DTE9TRURFUlJfVElNRU9VVEVSUl9BR0VOVF9ERVNUUk9ZRURFUlJfQUdFTlRfTk9UX0ZPVU5ERVJSX1JFTU9URUVSUl9ERVNUUk9ZRURzZXNzaW9uIGNsb3NlZHJlcXVlc3QgdGltZWQgb3V0IGFmdGVyICBtc2FnZW50IGRlc3Ryb3llZGFnZW50IG5vdCBmb3VuZGRlc3Ryb3llZCI6AAD6ARAAFgAAANEAAAAJAAAAXCJcXFxuXHJcdFx1MDAwMTIzNDU2Nzg5YWJjZGVmAABQAhAAGQAAABcAAAAxAAAAUAIQABkAAAAlAAAAQAAAAFACEAAZAAAAGwAAADUAAAAlAhAAFAAAAH8AAAARAAAAJQIQABQAAADFAQAAEwAAACUCEAAUAAAAwAEAABMAAAAlAhAAFAAAALMBAAATAAAAJQIQABQAAAC7AQAAEwAAAA8AAAALAAAACgAAAAsAAAATAAAAEwAAAAoAAAANAAAAIAsQAC8LEAA6CxAARAsQAE8LEABiCxAAdQsQAH8LEABjbG9zdXJlIGludm9rZWQgcmVjdXJzaXZlbHkgb3IgYWZ0ZXIgYmVpbmcgZHJvcHBlZGNhbGxlZCBgUmVzdWx0Ojp1bndyYXBfdGhyb3coKWAgb24gYW4gYEVycmAgdmFsdWUAFBEQABwREAAkERAALBEQAFUAAAAEAAAABAAAAFYAAABXAAAAY2xvc3VyZSBpbnZva2VkIHJlY3Vyc2l2ZWx5IG9yIGFmdGVyIGJlaW5nIGRyb3BwZWRpbnRlcm5hbCBlcnJvcjogZW50ZXJlZCB1bnJlYWNoYWJsZSBjb2RlAACVARAATQAAAP4AAAAuAAAAlQEQAE0AAADtAAAATAAAAF0AAABeAAAAXwAAAGAAAABqAhAASgAAAMgAAAAsAAAAagIQAEoAAAC7AAAAIAAAAGEAAABiAAAAYwAAAGQAAACfAxAAVwAAAJwAAAAlAAAAtQIQAEsAAAAnAAAALgAAALUCEABLAAAAKgAAACkAAAC1AhAASwAAAEAAAAAaAAAAY2FsbGVkIGBPcHRpb246OnVud3JhcF90aHJvdygpYCBvbiBhIGBOb25lYCB2YWx1ZW51bGwgcG9pbnRlciBwYXNzZWQgdG8gcnVzdFRyaWVkIHRvIHNocmluayB0byBhIGxhcmdlciBjYXBhY2l0eQEDEABQAAAALAMAAAkAAABpAAAADAAAAAQAAABqAAAAawAAAGwAAAAAAAAACAAAAAQAAABtAAAAbgAAAG8AAABwAAAAcQAAABAAAAAEAAAAcgAAAHMAAAB0AAAAdQAAAG1dy9YsUOtjeEGmV3Ebi7kVolxVNFUH1FN4rYFR8KP3AAAAAAgAAAAEAAAAdgAAAGkAAAAMAAAABAAAAHcAAABjYXBhY2l0eSBvdmVyZmxvdwAAAAEDEABQAAAAHAAAAAUAAABSAxAATAAAAJoIAAANAAAAMDAwMTAyMDMwNDA1MDYwNzA4MDkxMDExMTIxMzE0MTUxNjE3MTgxOTIwMjEyMjIzMjQyNTI2MjcyODI5MzAzMTMyMzMzNDM1MzYzNzM4Mzk0MDQxNDI0MzQ0NDU0NjQ3NDg0OTUwNTE1MjUzNTQ1NTU2NTc1ODU5NjA2MTYyNjM2NDY1NjY2NzY4Njk3MDcxNzI3Mzc0NzU3Njc3Nzg3OTgwODE4MjgzODQ4NTg2ODc4ODg5OTA5MTkyOTM5NDk1OTY5Nzk4OTlMYXp5Q2VsbCBpbnN0YW5jZSBoYXMgcHJldmlvdXNseSBiZWVuIHBvaXNvbmVkAACVARAATQAAAHQBAAAFAAAAYXR0ZW1wdCB0byBkaXZpZGUgYnkgemVyb2Bhc3luYyBmbmAgcmVzdW1lZCBhZnRlciBjb21wbGV0aW9uUmVmQ2VsbCBhbHJlYWR5IG11dGFibHkgYm9ycm93ZWRSZWZDZWxsIGFscmVhZHkgYm9ycm93ZWQAQZSiwAALKQIAAABYAAAAAgAAAFkAAAACAAAAWgAAAAIAAABbAAAAAAAAAFwAAABlAEHIosAACwUCAAAAZwBB2KLAAAsBBABwCXByb2R1Y2VycwIIbGFuZ3VhZ2UBBFJ1c3QADHByb2Nlc3NlZC1ieQMFcnVzdGMdMS45NS4wICg1OTgwNzYxNmUgMjAyNi0wNC0xNCkGd2FscnVzBjAuMjcuMwx3YXNtLWJpbmRnZW4HMC4yLjEzMACUAQ90YXJnZXRfZmVhdHVyZXMIKw9tdXRhYmxlLWdsb2JhbHMrE25vbnRyYXBwaW5nLWZwdG9pbnQrC2J1bGstbWVtb3J5KwhzaWduLWV4dCsPcmVmZXJlbmNlLXR5cGVzKwptdWx0aXZhbHVlKw9idWxrLW1lbW9yeS1vcHQrFmNhbGwtaW5kaXJlY3Qtb3Zlcmxvbmc=");
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
