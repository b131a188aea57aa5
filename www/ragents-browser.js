/*! ragents 1.1.0 | browser client (Rust/wasm) | Apache-2.0 */
(function () {
"use strict";
let wasm_bindgen = (function(exports) {
    let script_src;
    if (typeof document !== 'undefined' && document.currentScript !== null) {
        script_src = new URL(document.currentScript.src, location.href).toString();
    }

    /**
     * An agent created by this client: it answers requests and emits events.
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
     * Another client's agent (or one of ours, seen from the session).
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
     * A session: the connection to every client that joined with the same key.
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
            __wbg_close_5ee9c5fe4e8754a4: function() { return handleError(function (arg0) {
                arg0.close();
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
            __wbg_send_87416ee70481a190: function(arg0, arg1, arg2) {
                arg0.send(getStringFromWasm0(arg1, arg2));
            },
            __wbg_send_cd51063ca1be4d0f: function() { return handleError(function (arg0, arg1, arg2) {
                arg0.send(getStringFromWasm0(arg1, arg2));
            }, arguments); },
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
                // Cast intrinsic for `Closure(Closure { owned: true, function: Function { arguments: [Externref, Externref, Externref, Externref, Externref], shim_idx: 2, ret: Unit, inner_ret: Some(Unit) }, mutable: true }) -> Externref`.
                const ret = makeMutClosure(arg0, arg1, wasm_bindgen__convert__closures_____invoke__hc03d2f775585648b);
                return ret;
            },
            __wbindgen_generic_0000000000000002: function(arg0, arg1) {
                // Cast intrinsic for `Closure(Closure { owned: true, function: Function { arguments: [Externref], shim_idx: 35, ret: Result(Unit), inner_ret: Some(Result(Unit)) }, mutable: true }) -> Externref`.
                const ret = makeMutClosure(arg0, arg1, wasm_bindgen__convert__closures_____invoke__h49636e9d51a84ca0);
                return ret;
            },
            __wbindgen_generic_0000000000000003: function(arg0, arg1) {
                // Cast intrinsic for `Closure(Closure { owned: true, function: Function { arguments: [NamedExternref("CloseEvent")], shim_idx: 1, ret: Unit, inner_ret: Some(Unit) }, mutable: true }) -> Externref`.
                const ret = makeMutClosure(arg0, arg1, wasm_bindgen__convert__closures_____invoke__h33099d654655c0be);
                return ret;
            },
            __wbindgen_generic_0000000000000004: function(arg0, arg1) {
                // Cast intrinsic for `Closure(Closure { owned: true, function: Function { arguments: [NamedExternref("Event")], shim_idx: 1, ret: Unit, inner_ret: Some(Unit) }, mutable: true }) -> Externref`.
                const ret = makeMutClosure(arg0, arg1, wasm_bindgen__convert__closures_____invoke__h33099d654655c0be_35);
                return ret;
            },
            __wbindgen_generic_0000000000000005: function(arg0, arg1) {
                // Cast intrinsic for `Closure(Closure { owned: true, function: Function { arguments: [NamedExternref("MessageEvent")], shim_idx: 1, ret: Unit, inner_ret: Some(Unit) }, mutable: true }) -> Externref`.
                const ret = makeMutClosure(arg0, arg1, wasm_bindgen__convert__closures_____invoke__h33099d654655c0be_36);
                return ret;
            },
            __wbindgen_generic_0000000000000006: function(arg0, arg1) {
                // Cast intrinsic for `Closure(Closure { owned: true, function: Function { arguments: [], shim_idx: 33, ret: Unit, inner_ret: Some(Unit) }, mutable: true }) -> Externref`.
                const ret = makeMutClosure(arg0, arg1, wasm_bindgen__convert__closures_____invoke__h482ac12a219236c1);
                return ret;
            },
            __wbindgen_generic_0000000000000007: function(arg0, arg1) {
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

    function wasm_bindgen__convert__closures_____invoke__hc03d2f775585648b(arg0, arg1, arg2, arg3, arg4, arg5, arg6) {
        wasm.wasm_bindgen__convert__closures_____invoke__hc03d2f775585648b(arg0, arg1, arg2, arg3, arg4, arg5, arg6);
    }

    const AgentFinalization = (typeof FinalizationRegistry === 'undefined')
        ? { register: () => {}, unregister: () => {} }
        : new FinalizationRegistry(ptr => wasm.__wbg_agent_free(ptr, 1));
    const RAgentFinalization = (typeof FinalizationRegistry === 'undefined')
        ? { register: () => {}, unregister: () => {} }
        : new FinalizationRegistry(ptr => wasm.__wbg_ragent_free(ptr, 1));
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

var b = atob("AGFzbQEAAAABuAM9YAF/AGACf38AYAN/f38AYAJ/fwF/YAN/f38Bf2AEf39/fwBgAX8Bf2AFf39/f38AYAADf39/YAZ/f39/f38AYAABf2ABbwF/YAFvAW9gAn9/AW9gBH9/f38Bf2ABfwFvYAAAYAJvbwBgBH9/f28Df39/YAN/f38Bb2ABbwBgAn9vAGADf29vA39/f2ACb38Bb2ACb28Bf2ADb29vAW9gAm9vAW9gA29/fwBgAAFvYAJ/fgBgB39/f29vb28Df39/YAJ/bwN/f39gBH9/f28Bb2AAAn9/YAVvb29vbwFvYARvb29vAW9gBH9/f38Bb2AEb39/fwBgAAF8YANvb28Bf2AKf39/f39/f39/fwBgB39/f39/f38AYAZ/f39/f38Bf2AGf39/fn9/AGAGf39/fX9/AGAGf39/fH9/AGAFf39/f38Bf2AFf39+f38Bf2AFf399f38Bf2AFf398f38Bf2AFf39+f38AYAV/f31/fwBgBX9/fH9/AGAHf39vb29vbwBgBX9vb29vA39/f2ACb28Df39/YAN/b28Cf39gA39/bwJ/f2AEf39vbwBgA39/bwBgAX4BfwL1GUAPLi9yYWdlbnRzX2JnLmpzJF9fd2JnX2dldF91bmNoZWNrZWRfZTYzMjVhZDM3NGVmZjg2MQAXDy4vcmFnZW50c19iZy5qcxtfX3diZ19wdXNoX2M5ZjQ4OTNmYzIwOWY3NjgAGA8uL3JhZ2VudHNfYmcuanMdX193YmdfbGVuZ3RoX2IwM2EwZmFiYjEwOWIxZTkACw8uL3JhZ2VudHNfYmcuanMdX193YmdfZnJlZXplXzRlZTE5N2U4NDQ2Yzg5MmYADA8uL3JhZ2VudHNfYmcuanMbX193YmdfYmluZF9iOTIxOTYwOGI2ZWJhMDIzACIPLi9yYWdlbnRzX2JnLmpzG19fd2JnX2NhbGxfYTQxMGViNGI1OWVkNTk2NQAZDy4vcmFnZW50c19iZy5qcxtfX3diZ19jYWxsX2ZjOTJmZWU2MTM3ZDQ1MmQAIw8uL3JhZ2VudHNfYmcuanMcX193YmdfYXBwbHlfYmZlMmIwN2IxNDY0MjdlMgAZDy4vcmFnZW50c19iZy5qcxpfX3diZ19uZXdfYmE0MDE4MWIzZjI0YWM4MAANDy4vcmFnZW50c19iZy5qcw9fX3diZ19hZ2VudF9uZXcADw8uL3JhZ2VudHNfYmcuanMQX193YmdfcmFnZW50X25ldwAPDy4vcmFnZW50c19iZy5qcxFfX3diZ19zZXNzaW9uX25ldwAPDy4vcmFnZW50c19iZy5qcxpfX3diZ19nZXRfZGRkNGNiMDFlYjgyN2Y1ZgAaDy4vcmFnZW50c19iZy5qcxtfX3diZ19zZW5kXzg3NDE2ZWU3MDQ4MWExOTAAGw8uL3JhZ2VudHNfYmcuanMcX193YmdfcGFyc2VfOGRhY2E3ZWQxM2ZhZmVhZgAMDy4vcmFnZW50c19iZy5qcyFfX3diZ19zZXRfb25vcGVuXzc1N2JlMTIwY2M3YjFlYTYAEQ8uL3JhZ2VudHNfYmcuanMhX193YmdfcmVhZHlTdGF0ZV8wMzliYzA0NzE0MWE1ZjZkAAsPLi9yYWdlbnRzX2JnLmpzIl9fd2JnX3NldF9vbmNsb3NlXzA3ODkzNWNmOGQwZmIwMjQAEQ8uL3JhZ2VudHNfYmcuanMiX193Ymdfc2V0X29uZXJyb3JfZjdmMDg5ZjdmMDU5NTAxYwARDy4vcmFnZW50c19iZy5qcyNfX3diZ19uZXdfd2l0aF9zdHJfNGM4N2UyYTViYTkyNTAyMQAkDy4vcmFnZW50c19iZy5qcxtfX3diZ19zZW5kX2NkNTEwNjNjYTFiZTRkMGYAGw8uL3JhZ2VudHNfYmcuanMkX193Ymdfc2V0X29ubWVzc2FnZV8yNmFiYzQ5Y2ZhNWY5ZmZjABEPLi9yYWdlbnRzX2JnLmpzHF9fd2JnX2Nsb3NlXzJhOGIxYmEwN2I5ZTBmZWUAJQ8uL3JhZ2VudHNfYmcuanMcX193YmdfY2xvc2VfNWVlOWM1ZmU0ZTg3NTRhNAAUDy4vcmFnZW50c19iZy5qcxtfX3diZ19jb2RlXzNlNjg4MWQ4MjFlYWIyYzQACw8uL3JhZ2VudHNfYmcuanMdX193YmdfcmVhc29uXzM0YjE2NTE2YWIzZjcyZDQAFQ8uL3JhZ2VudHNfYmcuanMbX193YmdfZGF0YV9jN2U1ZTg1MDBmMWJjYTJmAAwPLi9yYWdlbnRzX2JnLmpzIV9fd2JnX3NldFRpbWVvdXRfYTYwZDgzYmVjMDZiNDM0NQAXDy4vcmFnZW50c19iZy5qcyNfX3diZ19jbGVhclRpbWVvdXRfMTEzYjFjZGU4MTRlYzc2MgAMDy4vcmFnZW50c19iZy5qcxtfX3diZ190aGVuX2UzZjdmMmQzNjU3MDhiZTgAGg8uL3JhZ2VudHNfYmcuanMgX193Ymdfc3RyaW5naWZ5XzBhMGZiZjJlZjcyMjM4MGEADA8uL3JhZ2VudHNfYmcuanMdX193YmdfcmFuZG9tX2RmMzZiOTBjZDc4YTdkNTQAJg8uL3JhZ2VudHNfYmcuanMaX193YmdfbmV3XzM3ZWI0NWFhZjVlZWI4MjAAHA8uL3JhZ2VudHNfYmcuanMbX193YmdfZnJvbV9lYWM5MTg3NWM4YTVmZmE0AAwPLi9yYWdlbnRzX2JnLmpzGl9fd2JnX25ld183ODdiOWZiMzMwZDU1ZDc4AA0PLi9yYWdlbnRzX2JnLmpzGl9fd2JnX25ld19jZDQzNDgyOTBhZmFlNTg2ABwPLi9yYWdlbnRzX2JnLmpzMl9fd2JnX3N0YXRpY19hY2Nlc3Nvcl9HTE9CQUxfVEhJU18wMDNlZTgzM2FmOTY5OWZjAAoPLi9yYWdlbnRzX2JnLmpzK19fd2JnX3N0YXRpY19hY2Nlc3Nvcl9TRUxGXzUzYmIyMDQ1NzQwMTQ1M2QACg8uL3JhZ2VudHNfYmcuanMtX193Ymdfc3RhdGljX2FjY2Vzc29yX0dMT0JBTF9lNDI5M2ZiMjJjYmU3N2RhAAoPLi9yYWdlbnRzX2JnLmpzLV9fd2JnX3N0YXRpY19hY2Nlc3Nvcl9XSU5ET1dfYjVlMDgxMGJmZWNiN2ZlYgAKDy4vcmFnZW50c19iZy5qcx1fX3diZ19yZWplY3RfMzM0YjczMGIzYzAwODQ5YgAMDy4vcmFnZW50c19iZy5qcx5fX3diZ19yZXNvbHZlX2RiZjc4YWI0OTQyNDc4YjAADA8uL3JhZ2VudHNfYmcuanMaX193Ymdfc2V0XzI3OTM0Nzk4ODgzMjljYjYAJw8uL3JhZ2VudHNfYmcuanMlX193YmdfcXVldWVNaWNyb3Rhc2tfNGExYTRkOGRkMzMyMzczYgAUDy4vcmFnZW50c19iZy5qcyVfX3diZ19xdWV1ZU1pY3JvdGFza18xZTg1MDNhOGE2OTBmMGEzAAwPLi9yYWdlbnRzX2JnLmpzJ19fd2JnX19fd2JpbmRnZW5fdGhyb3dfNGM4OGQ4YmYyNjRmZDk4NAABDy4vcmFnZW50c19iZy5qcylfX3diZ19fX3diaW5kZ2VuX2lzX251bGxfYzIyMzExYjFjYzIyOGUzYQALDy4vcmFnZW50c19iZy5qcypfX3diZ19fX3diaW5kZ2VuX2lzX2ZhbHN5X2Q4NjRiNjIzNTAwYWU2NWQACw8uL3JhZ2VudHNfYmcuanMqX193YmdfX193YmluZGdlbl9qc3ZhbF9lcV8zOGQ3YmZiZTRjYzg0MDM5ABgPLi9yYWdlbnRzX2JnLmpzK19fd2JnX19fd2JpbmRnZW5faXNfb2JqZWN0XzhiOTY4YzNhYjhlOTY1OTUACw8uL3JhZ2VudHNfYmcuanMrX193YmdfX193YmluZGdlbl9pc19zdHJpbmdfZmM0NTZmZWU1ZDMzMTdkZQALDy4vcmFnZW50c19iZy5qcyxfX3diZ19fX3diaW5kZ2VuX251bWJlcl9nZXRfOTM0YjY0MGQwODg5YWY3OAAVDy4vcmFnZW50c19iZy5qcyxfX3diZ19fX3diaW5kZ2VuX3N0cmluZ19nZXRfN2NlOGVlZTdmZDMyNzU0NQAVDy4vcmFnZW50c19iZy5qcy1fX3diZ19fX3diaW5kZ2VuX2lzX2Z1bmN0aW9uXzc0MWZmMmJiNjEyODM2ZjUACw8uL3JhZ2VudHNfYmcuanMuX193YmdfX193YmluZGdlbl9pc191bmRlZmluZWRfYmU1YjM0MjQ5ZmYxZmMxNQALDy4vcmFnZW50c19iZy5qcyRfX3diZ19fd2JnX2NiX3VucmVmXzA5NzM2ODc5YTNmNjc1NTkAFA8uL3JhZ2VudHNfYmcuanMfX193YmluZGdlbl9pbml0X2V4dGVybnJlZl90YWJsZQAQDy4vcmFnZW50c19iZy5qcyNfX3diaW5kZ2VuX2dlbmVyaWNfMDAwMDAwMDAwMDAwMDAwMQANDy4vcmFnZW50c19iZy5qcyNfX3diaW5kZ2VuX2dlbmVyaWNfMDAwMDAwMDAwMDAwMDAwMgANDy4vcmFnZW50c19iZy5qcyNfX3diaW5kZ2VuX2dlbmVyaWNfMDAwMDAwMDAwMDAwMDAwMwANDy4vcmFnZW50c19iZy5qcyNfX3diaW5kZ2VuX2dlbmVyaWNfMDAwMDAwMDAwMDAwMDAwNAANDy4vcmFnZW50c19iZy5qcyNfX3diaW5kZ2VuX2dlbmVyaWNfMDAwMDAwMDAwMDAwMDAwNQANDy4vcmFnZW50c19iZy5qcyNfX3diaW5kZ2VuX2dlbmVyaWNfMDAwMDAwMDAwMDAwMDAwNgANDy4vcmFnZW50c19iZy5qcyNfX3diaW5kZ2VuX2dlbmVyaWNfMDAwMDAwMDAwMDAwMDAwNwANA+UC4wIBAQkoBA4FAgICBwMCAQMAAQAKCgEHBikFBwEECQAHHQIBBAEJAgcFCQcBAQIABgkFBQEBBAcAAQUBCQcqAQEHBAcFASsJLC0HBQMEAAACBwICBwUABS4OBAQHAQEFAgUHAAEBAQEEAQYFBwECAAIBLzAxBAECBAcyMzQCAAUDAgYGAAIABgMFAQEHAgIBAQ4CNQEAAgYJAAABAgQDDgEBAQIAHh4AAgMBAgEBAQEBAQIGAAo2AgEDAAAAEhISEgAGAAIAAQEWFhYDAgICBgE3Hx8GAAYEAAAAAjg5AwAJCQABAwEBAQEBAwAOAAAAAAAAAQEAAAAAICA6AwAAAAYAAAADAAAAAAEAAAAGAAMAAAAAAAEAAgEBBBMTExM7AAADCg4DAAYAAAAAAAABAwEAAgEDAw8PBgMDBgYGBgYGBgQQAwAGAAAAAAAGAwAQAQEBAwMABjwKAAEBAAAQEAEFHQIEBAkCcAF2dm8AhAgFAwEAEQYZA38BQYCAwAALfwBBjKLAAAt/AEHIosAACwflCjUGbWVtb3J5AgAQX193YmdfYWdlbnRfZnJlZQCiARFfX3diZ19yYWdlbnRfZnJlZQCjARJfX3diZ19zZXNzaW9uX2ZyZWUApAENYWdlbnRfZGVzdHJveQCQAgphZ2VudF9lbWl0AIYCCmFnZW50X2luZm8A9AINYWdlbnRfcmVjZWl2ZQCaAg1jcmVhdGVTZXNzaW9uAI8CEnJhZ2VudF9hZGRMaXN0ZW5lcgD7AQtyYWdlbnRfZW1pdADjAQtyYWdlbnRfaW5mbwD1AhRyYWdlbnRfbGlzdGVuZXJDb3VudACYARByYWdlbnRfbGlzdGVuZXJzANkCCnJhZ2VudF9vZmYAtwIJcmFnZW50X29uAPsBC3JhZ2VudF9vbmNlAPwBGXJhZ2VudF9yZW1vdmVBbGxMaXN0ZW5lcnMA2gIVcmFnZW50X3JlbW92ZUxpc3RlbmVyALcCC3JhZ2VudF9zZW5kAPQBE3Nlc3Npb25fYWRkTGlzdGVuZXIA/QENc2Vzc2lvbl9jbG9zZQCTAxNzZXNzaW9uX2NyZWF0ZUFnZW50AIcCFHNlc3Npb25fZGVzdHJveUFnZW50AIgCDHNlc3Npb25fZW1pdADkARdzZXNzaW9uX2dldFJlbW90ZUFnZW50cwCRAg5zZXNzaW9uX2lzT3BlbgCUAxVzZXNzaW9uX2xpc3RlbmVyQ291bnQAmQERc2Vzc2lvbl9saXN0ZW5lcnMA2wILc2Vzc2lvbl9vZmYAuAIKc2Vzc2lvbl9vbgD9AQxzZXNzaW9uX29uY2UA/gEac2Vzc2lvbl9yZW1vdmVBbGxMaXN0ZW5lcnMA3AIWc2Vzc2lvbl9yZW1vdmVMaXN0ZW5lcgC4AgVzdGFydACdAw9fX2Fib3J0X2hhbmRsZXIDARVfX2luc3RhbmNlX3Rlcm1pbmF0ZWQDAj13YXNtX2JpbmRnZW5fX2NvbnZlcnRfX2Nsb3N1cmVzX19fX19pbnZva2VfX2hjMDNkMmY3NzU1ODU2NDhiANEBPXdhc21fYmluZGdlbl9fY29udmVydF9fY2xvc3VyZXNfX19fX2ludm9rZV9faDE4ZDFlMWRjOGM2NDkwNDAAuQI9d2FzbV9iaW5kZ2VuX19jb252ZXJ0X19jbG9zdXJlc19fX19faW52b2tlX19oNDk2MzZlOWQ1MWE4NGNhMACbAj13YXNtX2JpbmRnZW5fX2NvbnZlcnRfX2Nsb3N1cmVzX19fX19pbnZva2VfX2gzMzA5OWQ2NTQ2NTVjMGJlAN0CQHdhc21fYmluZGdlbl9fY29udmVydF9fY2xvc3VyZXNfX19fX2ludm9rZV9faDMzMDk5ZDY1NDY1NWMwYmVfMzUA3QJAd2FzbV9iaW5kZ2VuX19jb252ZXJ0X19jbG9zdXJlc19fX19faW52b2tlX19oMzMwOTlkNjU0NjU1YzBiZV8zNgDdAj13YXNtX2JpbmRnZW5fX2NvbnZlcnRfX2Nsb3N1cmVzX19fX19pbnZva2VfX2g0ODJhYzEyYTIxOTIzNmMxALICEV9fd2JpbmRnZW5fbWFsbG9jAMYBEl9fd2JpbmRnZW5fcmVhbGxvYwDPAQ9fX3diaW5kZ2VuX2ZyZWUA1QIUX193YmluZGdlbl9leG5fc3RvcmUA1AIXX19leHRlcm5yZWZfdGFibGVfYWxsb2MAUxVfX3diaW5kZ2VuX2V4dGVybnJlZnMBARpfX3diaW5kZ2VuX2Rlc3Ryb3lfY2xvc3VyZQDoARlfX2V4dGVybnJlZl90YWJsZV9kZWFsbG9jAIwBEF9fd2JpbmRnZW5fc3RhcnQAnAMJ0gEBAEEBC3W7AVdRdjs5PD2lAqQCpgKjAs8ChwNP3gL4AW2aA+8BtAGaA+0BQO4BUNYBZIsC4QHBAooBsgI+iQE6jgG2AYIBtgGSAb0BnwGXAWaXAXWXAWmIAXuBAbcBhAGWAbcBlgF/aIUBhQF6hgG4AbcBlgG5AbABlgGWAbEBhQG6AYcBsgGWAZoBfJsD2gFMwwLEAsUCxgJShALyAZYClwKFAsIB0wGYAl0/nQOYA8ACpgFOgAPyAs0B8QKPA78C3AFafZkD1wLWAkuRA5ID8wIMAQYKxeYD4wK/LwMNfwF+AW8jAEHQAmsiAiQAIAIgATYCjAEgABDVASIABEAgAiAANgKQASACQYwBaigCACUBEBohEBBTIgAgECYBIAIgADYClAECQCACQZQBahD9AkUNACAAJQEQDiEQEFMiACAQJgEgAkGAAWoQnQICQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkAgAigCgAFBAXFFBEAgAiAANgKYASACQZgBaiIAEPwCRQRAIAAQyAIMEQsgAiACQZgBaiACKAKQASIDQbgBahDtAjYCnAEgA0EIaiEGAkACQCADLQDsAUEBaw4CAREACyACQZwBaiADQdgBahD3AkUNDgwPCwJAAkACQAJAIAJBnAFqIgAgA0HUAWoQ4AJFBEAgACADQdgBahDgAg0BIAAgA0HcAWoQ4AJFDRQgAiACQZgBaiADQcQBahDtAjYCtAEgAkG0AWoiACADQeABahDgAg0CIAJBuAFqIAAQmwFBACEAIAIoArgBQYCAgIB4RwRAIAIgAigCwAE2AuABIAIgAikCuAE3A9gBIAJB+ABqIANBmAFqQYSTwAAQ5gEgAigCfCEBIAIoAnggAigC3AEgAigC4AEQiwEQgAIhACABIAEoAgBBAWs2AgAgAkHYAWoQgwMLIAIgAkGYAWogA0G8AWoQ7QI2ApACIAJB3AFqIgQgAkGQAmoQmwEgAiAANgLYASAAQQAgAigC3AEiAUGAgICAeEcbDQQgAkG0AWoQyAIgAA0DDBALIAJBmAFqIgUgA0HAAWoQ7QIhACAFIANBvAFqEO0CIQEgBSADQcgBahDtAiEEIAIgADYCoAEgAiABNgKkASACIAQ2AqgBIAJBuAFqIgQgAkGgAWoiCBCbAQJAIAIoArgBQYCAgIB4Rg0AIAIgAigCwAE2AuABIAIgAikCuAE3A9gBIAJBMGogA0GIAWpB2I/AABDmASACKAI0IQEgAigCMCACKALcASACKALgARCLARCAAiEAIAEgASgCAEEBazYCACACQdgBaiIBEIMDIABFDQAgAiAANgKsASAEIAJBpAFqIgkQmwECQAJAAkACQCACKAK4AUGAgICAeEYNACACIAIoAsABNgLgASACIAIpArgBNwPYASAAKAIcIgRB/////wdPDQogACAEQQFqNgIcIAJBKGohByAAQSBqIAIoAtwBIAIoAuABEIsBIgQEfyAEEJICIQRBAQVBAAshCiAHIAQ2AgQgByAKNgIAIAIoAiwhBCACKAIoIAAgACgCHEEBazYCHCABEIMDQQFHDQAgAiAENgKwASADKAI4IgBB/////wdPDQsgAyAAQQFqNgI4IAMoAjxBA0YNAiACQYEINgLYASADQdwAaigCACUBIAEoAgAlASAIKAIAJQEgAkGoAWooAgAlASAJKAIAJQEQBCEQEFMiACAQJgEgAyADKAI4QQFrNgI4IAIgADYCtAEgARDIAiACQYEINgKMAiACIAUgA0HMAWoQ7QI2ApwCIAJBIGogAkGwAWogAkGMAmogAkGcAmogAkG0AWoiAxCPASACIAIoAiQiBDYCvAEgAiACKAIgIgA2ArgBIABBAXEEQCACIAQ2AswCIAJBgQg2ApACIAEgAkHMAmoiBBBrIAIgARDLAjYCoAIgAkGACDYCwAIgAkEYaiADIAJBkAJqIgEgAkGgAmoiAyACQcACaiIFEI8BIAIgAikDGDcC2AEgAkHcAWoQyAIgBRDIAiADEMgCIAEQyAIgBBDIAgsgAkG0AWoQyAIgAkGwAWoQyAIgAkGsAWoQrwIgAkGoAWoQyAIgAkGkAWoQyAIgAkGgAWoQyAIgAEEBRw0BDBMLIAJBwAJqIgBBsI/AAEEmEJEBIAJB2AFqIAJBpAFqEJsBIAACfyACKALYAUGAgICAeEcEQCACIAIpAtgBNwO4ASACIAIoAuABIgE2AsABIAIoArwBDAELQQAhASACQQA2AsABIAJCgICAgBA3A7gBQQELIAEQywEgAiACKALIAjYC4AEgAiACKQLAAjcD2AEgAkHYAWoiAEHWj8AAQQEQywEgAiACKALgATYCuAIgAiACKQPYATcDsAIgAkG4AWoiARCDAyACIAJBsAJqEMsCNgK4ASACQYAINgLYASAGIAJBoAFqIAJBqAFqIAJBpAFqIAEgABBCIAAQyAIgARDIAgwCCyACQbwBahDIAgwRCyADIAA2AjggAkGwAWoQyAILIAJBrAFqEK8CCyACQagBahDIAiACQaQBahDIAiACQaABahDIAgwTCyACIAJBmAFqIANBxAFqEO0CNgK4ASACQdgBaiACQbgBahCbAQJ/IAIoAtgBQYCAgIB4RwRAIAIgAikC2AE3A5ACIAIgAigC4AEiADYCmAIgAigClAIMAQtBACEAIAJBADYCmAIgAkKAgICAEDcDkAJBAQshBiACQbgBaiIBEMgCIAIgAkGYAWoiByADQcgBaiIIEO0CNgK4ASACQdgBaiIEIAEQmwEgAigC2AFBgICAgHhGDQYgAiACKALgATYCqAIgAiACKQLYATcDoAIgARDIAiACQdAAaiADQeAAakHoj8AAEIoCIAIoAlQhBSACKAJQIQsgAigCpAIhCSACKAKoAiEKIwBB8ABrIgEkACABIAA2AhAgASAGNgIMIwBBEGsiACQAIABBCGogC0EUaiILIAkgChBxQQAhBiAAKAIIQQFGBEAgCyAAKAIMQaCYwAAQlQJBDGohBgsgAEEQaiQAAkACQCAGBEAgASAGNgIUIAFBFGogAUEMahD3AQ0BCyAEQQI2AgAMAQsgAUEYaiIAIAsgCSAKEJ0BIAEoAiRBAkcEQCABQcQAaiIGIABBLPwKAAAgBCABQSRqIgApAhg3AhggBCAAKQIQNwIQIAQgACkCCDcCCCAEIAApAgA3AgAgBhCDAwwBCyAEQQI2AgALIAFB8ABqJAAgAigC2AFBAkYNByACIAIpAvABNwPQASACIAIpAugBNwPIASACIAIpAuABNwPAASACIAIpAtgBNwO4ASAFIAUoAgBBAWo2AgAgAiAHIANBzAFqEO0CNgKMAiACIAcgA0HQAWoQ7QI2ApwCAkACQAJAAkACQAJAAkAgAkGcAmoQhANFBEAgAi0A1AFBAWsOAwEEAgMLIAJB2AFqIAJBnAJqEJsBAkAgAigC2AFBgICAgHhHBEAgAiACKALgATYCuAIgAiACKQLYATcDsAIMAQsgAkGwAmogAkGcAmoQawsgAiACKALAATYCyAIgAiACKQO4ATcDwAICQAJAIAJB2AFqIgAgAkGwAmoiASgCBCIDIAEoAggiBEH9jMAAQQ8QqgIEf0EEBSADIARBjI3AAEEPEKoCRQ0BQQULNgIAIAEQgwMMAQsgAEEGNgIAIAAgASgCCDYCDCAAIAEpAgA3AgQLIAJBwAJqIAAgAkGMAmoQSQwGCyACIAJBjAJqIAgQogI2ArACIAJB2AFqIAJBsAJqEJsBAn8gAigC2AFBgICAgHhHBEAgAiACKQLYATcDwAIgAiACKALgASIBNgLIAiACKALEAgwBC0EAIQEgAkEANgLIAiACQoCAgIAQNwPAAkEBCyEEIAJBsAJqIgUQyAIgAkHIAGogA0GIAWpBqJDAABCMAiACKAJMIQAgAigCSCAEIAEQYiEBIAAgACgCAEEBajYCAEGACCEAIAJBgAg2ArACIAEEQCACIAE2AtgBIAFBCGoQqAEhACACQdgBahCvAiAFEMgCCyACIAA2AswCIAIgAigCwAE2AuABIAIgAikDuAE3A9gBIAJB2AFqIAJBzAJqIgAQVCAAEMgCIAJBwAJqEIMDDAMLIAIgAigCwAE2AuABIAIgAikDuAE3A9gBIAJB2AFqIAJBjAJqEFQMAgsgAiACQYwCaiIAIAgQogI2ArACIAJB2AFqIgEgAkGwAmoiBBCbASACKALYAUGAgICAeEYNAiACIAIoAuABNgLIAiACIAIpAtgBNwPAAiAEEMgCIAMgAygCBEEBaiIFNgIEIAVFDQwgASACQcACahCnASAAEFYhACACQQA6AIQCIAJCBDcC9AEgAkIANwLsASACIAA2AugBIAIgAzYC5AEgAkKAgICAgIABNwL8AUEEQTgQugIiAEKBgICAEDcCACAAQQhqIAFBMPwKAAAgACgCACIFQX9GDQwgACAFQQJqIgU2AgAgAiAANgKwAiAFRQ0MIAAQ+QIQCSEQEFMiBSAQJgEgAiAFNgLYASABEJICIQcgAkFAayAAQSxqQcyKwAAQjAIgAigCRCEGIAIoAkAiCBDIAiAIIAc2AgAgBiAGKAIAQQFqNgIAIAQQrwIgAiAFNgLMAiACQThqIANBiAFqQfiPwAAQjAIgAigCPCEDIAIoAjghBSACIAIoAsgCNgLgASACIAIpA8ACNwPYASACIAUgASAAEFsiADYCsAIgAARAIAQQrwILIAMgAygCAEEBajYCACACIAIoAsABNgLgASACIAIpA7gBNwPYASACQdgBaiACQcwCaiIAEFQgABDIAgwBCyACQYwCaigCACUBECEhEBBTIgAgECYBIAIgADYCwAIgAiACQcACaiIEKAIAJQEQAjYC4AEgAkEANgLcASACIAJBkAFqNgLkASACIAQ2AtgBIwBBEGsiAyQAIAMQ4QIiBzYCDCADQQxqIQgjAEEwayIAJAAgACACQdgBaiIJIgEpAgg3AyAgACABKQIANwMYIABBJGohCgNAIAAgCjYCLAJAA0AgAEEQaiEFIABBGGoiASgCBCIGIAEoAghPBH9BAAUgASAGQQFqNgIEIAEoAgAoAgAlASAGEAAhEBBTIgEgECYBQQELIQYgBSABNgIEIAUgBjYCACAAKAIQQQFHDQEgACgCFCEGIwBBEGsiASQAIABBLGoiBSgCACELIAEgBjYCDCABIAsoAgAgAUEMaiIGEEcgASkDACEPIAYQyAIgAEEIaiAPNwMAIAFBEGokACAAKAIIQQFxRQ0ACyAAIAAoAgw2AiwgCCAFEOwCIAUQyAIMAQsLIABBMGokACADQRBqJAAgAiAHNgKwAiAEEMgCIAIgAigCwAE2AuABIAIgAikDuAE3A9gBIAkgAkGwAmoiABBUIAAQyAILIAJBnAJqEMgCIAJBjAJqEMgCIAJBxAFqEM4CIAJBoAJqEIMDDA4LIAJBsAJqEMgCIAIgAigCwAE2AsgCIAIgAikDuAE3A8ACIAJB3AFqQYiQwABBHhCRASACQQY2AtgBIAJBwAJqIAJB2AFqIgAgAkGMAmoQSQsgABCTAiACQZwCahDIAiACQYwCahDIAiACQcQBahDOAgwLCyACIAJBmAFqIgAgA0HMAWoQ7QI2AowCIAIgACADQbwBahDtAjYCnAIgAkGQAmogAkGcAmoQmwEgAigCkAJBgICAgHhGDQkgAigClAIiACACKAKYAiIBQYKRwABBDBCqAkUEQCAAIAFBjpHAAEEOEKoCRQ0KIAIgAkGMAmogA0HIAWoQogI2ArgBIAJB2AFqIAJBuAFqIgAQmwEgAigC2AFBgICAgHhGDQkgAiACKALgATYCqAIgAiACKQLYATcDoAIgABDIAiACQfAAaiADQeAAakGckcAAEIoCIAIoAnQhCCACKAJwIAIoAqQCIgkhBCACKAKoAiEGIwBBMGsiASQAIAEgBjYCECABIAQ2AgwgAUEUaiEKQRRqIQcgAUEMaiEMQQAhBCMAQfAAayIAJAAgAEEANgIIIABCgICAgMAANwIAIABBxABqIQ0DQCAHKAIIIARLBEAgACAHIARBkJjAABCVAkEMajYCOCAAQThqIAwQ9wFFBEAgBEEBaiEEDAILIABBOGogByAEEK4BIABBDGogDUEs/AoAACAAKAIIIgsgACgCAEYEQCMAQRBrIgUkACAFQQhqIAAgACgCAEEBQQRBLBBcIAUoAggiDkGBgICAeEcEQCAOIAUoAgwQxwIACyAFQRBqJAALIAAoAgQgC0EsbGogAEEMakEs/AoAACAAIAtBAWo2AgggAEE4ahCDAwwBCwsgCiAAKAIINgIIIAogACkCADcCACAAQfAAaiQAIAEoAhwhBCABKAIYIQAgASABKAIUNgIoIAEgADYCJCABIAA2AiAgASAAIARBLGxqNgIsIAJBsAJqIAFBIGoQaiABQTBqJAAgCCAIKAIAQQFqNgIAIAIoArACIQEgAiACKAK0AiIAIAIoArgCQQV0IgRqNgLEASACIAE2AsABIAIgADYCvAEgAiAANgK4ASACQeQBaiEHIAJB3AFqIQUDQAJAIARFDQAgAiAAQSBqIgE2ArwBIAAoAgAiCEECRg0AIAUgACgCHDYCGCAFIAApAhQ3AhAgBSAAKQIMNwIIIAUgACkCBDcCACACIAg2AtgBIAIgAigC4AE2AsgCIAIgAikC2AE3A8ACIAJBgAg2AswCIAJBwAJqQdyRwAAgAkHMAmoiABBJIAAQyAIgBxDOAiAEQSBrIQQgASEADAELCyACQbgBaiIEEKEBIAJB6ABqIANBiAFqQayRwAAQjAIgAigCbCEBIAIoAmggCSAGEGIhACABIAEoAgBBAWo2AgAgAARAIAIgADYCuAEgAiAAQQhqEKgBNgLYASACQdgBahDIAiAEEK8CCyACQeAAaiADQZgBakG8kcAAEIwCIAIoAmQhASACKAJgIAkgBhBiIQAgASABKAIAQQFqNgIAIAAEQCACIAA2AsACIAIgAEEIaiIAEMUBNgK4ASACIAJBuAFqIgE2AtgBIANBEGpBzJHAAEEPIAJB2AFqQQEQoAEgABDXASABEMgCIAJBwAJqELACCyACQaACahCDAwwKCyACQdgAaiACQZABaiACQYwCahBHIAIoAlhBAXFFDQkgAiACKAJcNgK4ASACIAJBuAFqIgA2AtgBIANBEGpB7JHAAEENIAJB2AFqQQEQoAEgABDIAgwJCyACQdgBahCwAiACKALcASEBDAwLIAIgADYCoAIgAiAEKQIANwO4ASACIAQoAggiATYCwAEgAigCvAEhBCACIAJBmAFqIANBzAFqEO0CNgLAAiACIAJBwAJqIgM2ArACIABBHGogBCABIAJBsAJqQQEQoAEgAxDIAiACQbgBahCDAyACQaACahCwAiACQbQBahDIAgwMCyACKAKEASEAIAJBATYC2AEgAiAANgLcASACQdwBahDIAgwPC0HkicAAEPoBAAtBoI/AABD6AQALIAJBuAFqEMgCDAULIAUgBSgCAEEBajYCAAwDCwALIAJBuAFqEMgCCyACQYwCahDIAiACQZACahDQAiACQZwCahDIAiACQbQBahDIAgwGCyACQaACahCDAwsgAkGQAmoQgwMMBQsgAkGcAmoQyAIgAkGMAmoQyAIMBAsgAUGAgICAeEYNACAEEIMDCyACQZACahDIAgwCCyACIAJBmAFqIgEgA0G8AWoQ7QI2AtgBIAJB2AFqIgAgA0HkAWoQ9wIgABDIAg0AIAIgASADQcgBahDtAjYC2AEgACADQegBahDgAiAAEMgCRQRAIAIgASADQdABahDtAjYCwAIgAkG4AWogAkHAAmoQmwEgAigCuAFBgICAgHhHBEAgAiACKALAATYC5AEgAiACKQK4ATcC3AEgAkEBNgLYASAGIAAQQQsgAkHAAmoQyAIMAgsgA0EBOgDsASACQRBqIANBOGpB1JLAABCMAiACKAIUIQAgAigCECIBKAIAQQNHBEAgARDOAiABQQI2AgALIAAgACgCAEEBajYCACACQQhqIANBKGpB5JLAABCMAiACKAIIIgAoAgAhASACKAIMIQQgAEECNgIAIAApAgQhDyAEIAQoAgBBAWo2AgAgAiADQSBqQfSSwAAQ5gEgAigCBCEAIAIoAgAQkgIhAyAAIAAoAgBBAWs2AgAgAiADNgK4ASABQQJHBEAgAiAPNwLcASACIAE2AtgBIAJB2AFqIAJBuAFqEFQLIAJBuAFqEMgCDAELIAJBnAFqEMgCIAJBmAFqEMgCDAELIAJBnAFqEMgCIAJBmAFqEMgCCyACQZQBahDIAiACQZABahCuAgsgAkGMAWoQyAIgAkHQAmokAAvOGQITfwJ+IwBB0AFrIgQkACAALQDkASEQIABBAjoA5AEgEEECRwRAIARBCTYCtAEgBEEKNgKwASAEQQs2AqwBIARBDDYCqAEgAEGsAWohAyAEQagBaiEFA0AgAkEQRwRAIANBACACIAVqKAIAEQEAIAJBBGohAgwBCwsgAxCKA0H//wNxQQFNBEAgBEEwaiADEM4BIAQgBCkDMDcCoAEgBEGgAWoQyQILIARBKGogAEEwakH8k8AAEIwCIAQoAiwhAiAEQTxqIAQoAigiA0Ek/AoAACADQQM2AgAgAiACKAIAQQFqNgIAIARBIGogAEEgakGMlMAAEIwCIAQoAiAiAigCACERIAQoAiQhAyACQQI2AgAgAikCBCEWIAMgAygCAEEBajYCACAEQRhqIABB2ABqQZyUwAAQigIgBCgCHCEOIAQoAhghAyMAQRBrIgYkACMAQSBrIgskACMAQRBrIgIkACACQQhqIANBFGoiBSgCCCIHEO4CIAIoAgwhCCAFIAIoAggiCTYCCCALQQxqIgMgCDYCDCADIAU2AgggAyAHIAhrNgIQIAMgBSgCBCIFIAhBOGxqNgIEIAMgBSAJQThsajYCACACQRBqJAAjAEEgayIIJAAgCEEIaiADKAIEIAMoAgBrQThuQQRBLBCpASAIQQA2AhwgCCAIKQMINwIUIwBBEGsiDCQAIAMoAgQgAygCAGtBOG4iBSAIQRRqIgIoAgAgAigCCCIHa0sEQCACIAcgBUEEQSwQygELIAIpAgQhFSAMIAJBCGo2AgQgDCAVQiCJNwIIIwBBkAFrIgIkACACIAMpAgAiFTcDCCACIAMoAhA2AhggAiADKQIINwMQIAxBBGoiBygCCCAHKAIEIg1BLGxqIQUgFadBOGohAyACQcwAaiEPIAJB9ABqIQogBygCACACKAIMIRQCQANAIBQgA0E4ayIJRwRAIANBIGsoAgAiEkECRg0CIAIgCSkCEDcDUCACIAkpAgg3A0ggAiAJKQIANwNAIAIgA0EcayIHKAIYNgI4IAIgBykCEDcDMCACIAcpAgg3AyggAiAHKQIANwMgIAIgCSkCEDcDaCACIAkpAgg3A2AgAiAJKQIANwNYIAIgEjYCcCAKIAcpAgA3AgAgCiAHKQIINwIIIAogBykCEDcCECAKIAcoAhg2AhggAkHYAGoQgwMgBUEMaiASNgIAIAVBEGogAikDIDcCACAFQRhqIAIpAyg3AgAgBUEgaiACKQMwNwIAIAVBKGogAigCODYCACAFIA8oAgg2AgggBSAPKQIANwIAIAVBLGohBSADQThqIQMgDUEBaiENDAELCyADQThrIQMLIAIgAzYCCCANNgIAIwBBEGsiByQAIAJBCGoiAygCBCEJIAMoAgAhBSADQoSAgIDAADcCACAHIAM2AgwgCSAFa0E4biEDAkAgBSAJRg0AA0AgA0UNASADQQFrIQMgBRDoAiAFQThqIQUMAAsACyAHQQxqKAIAIgUoAhAiAwRAIAUoAgwiDSAFKAIIIgkoAggiCkcEQCADQThsIgMEQCAJKAIEIg8gCkE4bGogDyANQThsaiAD/AoAAAsgBSgCECEDCyAJIAMgCmo2AggLIAdBEGokACACQZABaiQAIAxBEGokACAGIAgoAhw2AgggBiAIKQIUNwIAIAhBIGokACALQSBqJAAgBigCACEDIAYgBigCBCICIAYoAghBLGxqNgIMIAYgAzYCCCAGIAI2AgQgBiACNgIAIARB4ABqIAYQaiAGQRBqJAAgDiAOKAIAQQFqNgIAIARBEGogAEGAAWpBrJTAABCMAiAEKAIUIQkgBCgCECEDIwBBIGsiDCQAIAxBDGoiAiADEIMBIwBBIGsiBiQAIAZBCGogAigCBCACKAIAa0EEdkEEQQQQqQEgBkEANgIcIAYgBikDCDcCFCMAQRBrIgckACAGQRRqIgMgAigCBCACKAIAa0EEdhChAiADKQIEIRUgByADQQhqNgIEIAcgFUIgiTcCCCMAQTBrIgMkACADIAIpAgAiFTcDCCADIAIoAhA2AhggAyACKQIINwMQIAdBBGoiAigCCCACKAIEIgVBAnRqIQggA0EkaiEKIAIoAgAgFachAiADKAIMIQ4CQANAIAIgDkYNASACKAIAIgtBgICAgHhHBEAgCiACQQxqKAIANgIIIAogAkEEaikCADcCACADIAs2AiAgAygCLCELIANBIGoQgwMgCCALNgIAIAhBBGohCCAFQQFqIQUgAkEQaiECDAELCyACQRBqIQILIAMgAjYCCCAFNgIAIwBBEGsiCCQAIANBCGoiBSgCBCEKIAUoAgAhAiAFQoSAgIDAADcCACAIIAU2AgwCQCACIApGDQAgCiACa0EEdiEFA0AgBUUNASAFQQFrIQUgAhDmAiACQRBqIQIMAAsACyAIQQxqEI0BIAhBEGokACADQTBqJAAgB0EQaiQAIARB7ABqIgIgBigCHDYCCCACIAYpAhQ3AgAgBkEgaiQAIAxBIGokACAJIAkoAgBBAWo2AgAgBEEIaiAAQZABakG8lMAAEIwCIAQoAgwhCSAEKAIIIQMjAEEgayIMJAAgDEEMaiICIAMQgwEjAEEgayIGJAAgBkEIaiACKAIEIAIoAgBrQQR2QQRBBBCpASAGQQA2AhwgBiAGKQMINwIUIwBBEGsiByQAIAZBFGoiAyACKAIEIAIoAgBrQQR2EKECIAMpAgQhFSAHIANBCGo2AgQgByAVQiCJNwIIIwBBMGsiAyQAIAMgAikCACIVNwMIIAMgAigCEDYCGCADIAIpAgg3AxAgB0EEaiICKAIIIAIoAgQiBUECdGohCCADQSRqIQogAigCACAVpyECIAMoAgwhDgJAA0AgAiAORg0BIAIoAgAiC0GAgICAeEcEQCAKIAJBDGooAgA2AgggCiACQQRqKQIANwIAIAMgCzYCICADKAIsIQsgA0EgahCDAyAIIAs2AgAgCEEEaiEIIAVBAWohBSACQRBqIQIMAQsLIAJBEGohAgsgAyACNgIIIAU2AgAjAEEQayIIJAAgA0EIaiIFKAIEIQogBSgCACECIAVChICAgMAANwIAIAggBTYCDAJAIAIgCkYNACAKIAJrQQR2IQUDQCAFRQ0BIAVBAWshBSACEOcCIAJBEGohAgwACwALIAhBDGoQjQEgCEEQaiQAIANBMGokACAHQRBqJAAgBEH4AGoiAiAGKAIcNgIIIAIgBikCFDcCACAGQSBqJAAgDEEgaiQAIAkgCSgCAEEBajYCACAAQRhqQcyUwAAQvgEhCCAEKAJ0IQMgBCgCcCECIAQgBCgCbDYCqAEgBCACNgKkASAEIAI2AqABIAQgAiADQQJ0IgVqNgKsAQNAIAUEQCAEIAJBBGoiAzYCpAEgBCACKAIAIgI2AsABIAQgAkEIahCoATYCkAEgBUEEayEFIARBkAFqEMgCIARBwAFqEK8CIAMhAgwBCwsjAEEQayICJAAgAiAEQaABaiIGIgM2AgwgAygCDCADKAIEIgNrQQJ2IQUDQCAFBEAgBUEBayEFIAMQrwIgA0EEaiEDDAELCyACQQxqEOUBIAJBEGokACARQQJHBEAgBCAWNwKIASAEIBE2AoQBIARBgAg2AqABIARBhAFqIAEgBhBJIAYQyAILIAQoAmghAyAEKAJkIQIgBCAEKAJgNgKYASAEIAI2ApQBIAQgAjYCkAEgBCACIANBBXQiBWo2ApwBIARBrAFqIQcgBEGkAWohBgNAAkAgBUUNACAEIAJBIGoiAzYClAEgAigCACIJQQJGDQAgBiACKAIcNgIYIAYgAikCFDcCECAGIAIpAgw3AgggBiACKQIENwIAIAQgCTYCoAEgBCAEKAKoATYCyAEgBCAEKQKgATcDwAEgBEGACDYCzAEgBEHAAWpB5JTAACAEQcwBaiICEEkgAhDIAiAHEM4CIAVBIGshBSADIQIMAQsLIARBkAFqEKEBIBBBAUYEQCAAQQhqQdyUwABBBUEEQQAQoAELIABBCGpBACAEEGAgBCgCgAEhACAEKAJ8IQIgBCAEKAJ4NgKoASAEIAI2AqQBIAQgAjYCoAEgBCACIABBAnQiBWo2AqwBA0AgBQRAIAQgAkEEaiIANgKkASAEIAIoAgAiAjYCkAEgAkEIahDXASAFQQRrIQUgBEGQAWoQsAIgACECDAELCyMAQRBrIgAkACAAIARBoAFqIgUiAjYCDCACKAIMIAIoAgQiAmtBAnYhAwNAIAMEQCADQQFrIQMgAhCwAiACQQRqIQIMAQsLIABBDGoQ5QEgAEEQaiQAIAQgCDYCoAEgBRDIAiAEQTxqEK0BCyABEJMCIARB0AFqJAALoQYBBX8jAEGAAWsiBiQAIAZB8ABqIAEQmwECfyAGKAJwQYCAgIB4RwRAIAYgBikCcDcDGCAGIAYoAngiBzYCICAGKAIcDAELIAZBADYCICAGQoCAgIAQNwMYQQELIQkgBkEQaiAAQYABakHUk8AAEOYBIAYoAhQhCCAGKAIQIQojAEEQayIBJAAgAUEIaiAKIAkgBxBwIAEoAgggAUEQaiQAQQBHIAggCCgCAEEBazYCAARAIAZBKGogBRBNAkAgBigCKEEIRwRAIAYgBikCMDcDeCAGIAYpAig3A3AQlgMhASAGQTxqIAZB8ABqIgQQYyAEEJMCDAELIAYoAiwhASAEEIQDRQRAIAZBgICAgHg2AjwMAQsgBkE8aiAEEGsLIAYgATYCJCAGQQhqIAIQpQEgBiAGKAIIIAYoAgwQvwECQAJAIAYoAgBBAUcNACAGIAYoAgQ2AiggBkHwAGogBkEoaiIBEJsBIAEQyAIgBigCcEGAgICAeEYNACAGIAYoAng2AlAgBiAGKQJwNwNIDAELIAZByABqQeSTwABBBBCRAQsgBkHkAGoiAUHok8AAQQgQ8AEgBkHwAGoiAiADEJsBIAIgASIDQe+IwABBBAJ/IAYoAnBBgICAgHhHBEAgBiAGKQJwNwMoIAYgBigCeCIBNgIwIAYoAiwMAQtBACEBIAZBADYCMCAGQoCAgIAQNwMoQQELIAEQngIgAyACQfWIwABBBCAGKAIcIAYoAiAQngIgAiADQfmIwABBAiAGKAJMIAYoAlAQnwIgAkH7iMAAQQQQggIgBiAGKAJ4NgJgIAYgBikCcDcDWCAGQShqIgEQgwMgBkEANgIwIAZCgICAgBA3AiggBigCPEGAgICAeEcEQCAGIAYoAkQ2AnggBiAGKQI8NwNwIAFB8JPAAEEJEMsBIAEgBigCdCAGKAJ4EEggAhCDAwsgBkEoaiIBQf0AEJwBIAZB8ABqIgIgACAGQdgAaiAGQSRqIgAgBigCLCAGKAIwEG8gAhDRAiABEIMDIAZByABqEIMDIAAQyAILIAZBGGoQgwMgBkGAAWokAAvHCgEJfyMAQaABayIKJAACQAJAAkAgACgCACINLQDsAUEBRgRAIApBGGogDUHgAGoiEEGUk8AAEIoCIAooAhwhESAKKAIYIQsgCiAGOgCcASAKQQI2AowBIAogBygCCDYCiAEgCiAHKQIANwOAASMAQfAAayIHJAAgByALQQhqEKcBIAcgCykDABBfIAsgCykDAEIBfDcDACAHQThqIgAgBxCnASAHQcQAaiIGIAEgAhCRASAHIApBgAFqIg4pAhg3AmggByAOKQIQNwJgIAcgDikCCDcCWCAHIA4pAgA3AlAgB0EMaiEPIwBBQGoiDCQAIAwgC0EUaiILIAAoAgQgACgCCBBxAkAgDCgCAEEBRgRAIA8gCyAMKAIEQbCYwAAQlQJBDGoiC0Es/AoAACALIAZBLPwKAAAgABCDAwwBCyAMIAAoAgg2AhAgDCAAKQIANwMIIAxBFGogBkEs/AoAACALKAIIIgYgCygCAEYEQCMAQRBrIgAkACAAQQhqIAsgCygCAEEBQQRBOBBcIAAoAggiEkGBgICAeEcEQCASIAAoAgwQxwIACyAAQRBqJAALIAsoAgQgBkE4bGogDEEIakE4/AoAACALIAZBAWo2AgggD0ECNgIMCyAMQUBrJAAgBygCGEECRwRAIA8Q6QILIApBJGoiACAHKAIINgIIIAAgBykCADcCACAHQfAAaiQAIBEgESgCAEEBajYCACAOQbiQwABBBxDwASAKQeAAaiIAIA5B74jAAEEEIAMgBBCeAiAOIABB84jAAEECIAEgAhCeAiAAIA5B+YjAAEECIAooAiggCigCLBCeAiAAQfuIwABBBBCCAiAKIAooAmg2AjggCiAKKQJgNwMwIApBQGsiAiANQQhqIApBMGogBUHJisAAQQEQbyAKKAJAQQhHBEAgCiAKKQJINwNYIAogCikCQDcDUCAKQRBqIBBBpJPAABCKAiAKKAIUIQEgACAKKAIQIAooAiggCigCLBB4AkAgCigCYEECRwRAIAogCikCeDcDmAEgCiAKKQJwNwOQASAKIAopAmg3A4gBIAogCikCYDcDgAEgACACEK8BIApBjAFqEM4CIAEgASgCAEEBajYCAAwBCyABIAEoAgBBAWo2AgAgCkHQAGoQkwILIApBJGoQgwMMBAsgDSgCCCAIcg0BDAILIApBAjYCgAEgByAKQYABahCvAQwCCyANKAIMIQEgDSANKAIEQQFqIgA2AgQgAARAIApBgAFqIgAgCkEkahCnASAKIAkgASAIQQFxGyIENgKQASAKIA02AowBIwBBEGsiASQAIwBBEGsiAiQAQQRBFBC6AiIDIAAoAhA2AhAgAyAAKQIINwIIIAMgACkCADcCACACQQhqIgBBrIHAADYCBCAAIAM2AgAgAigCCEGsgcAAEIsDIQMgAkEQaiQAIAEgAzYCDCABIAFBDGogBBCeASABKAIAIAEoAgQQwgIhAiAKQeAAaiIAIAM2AgwgAEEBNgIIIAAgAjYCBCAAQQE2AgAgAUEQaiQAIApBCGogEEG0k8AAEIoCIAooAgwhAiAKKAIIQRRqIQMgCigCKCEBIAooAiwhBCMAQRBrIgAkACAAQQhqIAMgASAEEHFBACEBIAAoAghBAUYEQCADIAAoAgxBwJjAABCVAkEMaiEBCyAAQRBqJAACQCABQQxqQQAgARsiAARAIABBDGoQzgIgACAKKQJoNwIUIAAgCikCYDcCDAwBCyAKQeAAahCgAgsgAiACKAIAQQFqNgIADAELAAsgCkEkahCDAwsgCkGgAWokAAuDCwELfwJAAkAgACgCCCILQYCAgMABcUUNAAJAAkACQAJAIAtBgICAgAFxBEAgAC8BDiIHDQFBACECDAILIAJBEE8EQAJ/AkACQCACIAFBA2pBfHEiByABayIJSQ0AIAIgCWsiCkECdiIIRQ0AIAEgB0cEQCABIAdrIgdBfE0EQANAIAQgASAFaiIGLAAAQb9/SmogBkEBaiwAAEG/f0pqIAZBAmosAABBv39KaiAGQQNqLAAAQb9/SmohBCAFQQRqIgUNAAsLIAEgBWohBgNAIAQgBiwAAEG/f0pqIQQgBkEBaiEGIAdBAWoiBw0ACwsgASAJaiEHAkAgCkEDcSIFRQ0AIAcgCkH8////B3FqIgYsAABBv39KIQMgBUEBRg0AIAMgBiwAAUG/f0pqIQMgBUECRg0AIAMgBiwAAkG/f0pqIQMLIAMgBGohBQNAIAchAyAIRQ0CQcABIAggCEHAAU8bIglBA3EhCgJAIAlBAnQiB0HwB3EiBEUEQEEAIQYMAQsgAyAEaiEMQQAhBiADIQQDQCAGIAQoAgAiDUF/c0EHdiANQQZ2ckGBgoQIcWogBEEEaigCACIGQX9zQQd2IAZBBnZyQYGChAhxaiAEQQhqKAIAIgZBf3NBB3YgBkEGdnJBgYKECHFqIARBDGooAgAiBkF/c0EHdiAGQQZ2ckGBgoQIcWohBiAEQRBqIgQgDEcNAAsLIAggCWshCCADIAdqIQcgBkEIdkH/gfwHcSAGQf+B/AdxakGBgARsQRB2IAVqIQUgCkUNAAsCfyADIAlB/AFxQQJ0aiIDKAIAIgRBf3NBB3YgBEEGdnJBgYKECHEiBCAKQQFGDQAaIAQgAygCBCIHQX9zQQd2IAdBBnZyQYGChAhxaiIEIApBAkYNABogAygCCCIDQX9zQQd2IANBBnZyQYGChAhxIARqCyIDQQh2Qf+BHHEgA0H/gfwHcWpBgYAEbEEQdiAFaiEFDAELQQAgAkUNARogAkEDcSEGQQAhByACQQRPBEAgAkF8cSEEA0AgBSABIAdqIgMsAABBv39KaiADQQFqLAAAQb9/SmogA0ECaiwAAEG/f0pqIANBA2osAABBv39KaiEFIAQgB0EEaiIHRw0ACyAGRQ0BCyABIAdqIQQDQCAFIAQsAABBv39KaiEFIARBAWohBCAGQQFrIgYNAAsLIAULIQUMBAsgAkUNAyACQQNxIQQgAkEETwRAIAJBDHEhBgNAIAUgASADaiIHLAAAQb9/SmogB0EBaiwAAEG/f0pqIAdBAmosAABBv39KaiAHQQNqLAAAQb9/SmohBSAGIANBBGoiA0cNAAsgBEUNBAsgASADaiEDA0AgBSADLAAAQb9/SmohBSADQQFqIQMgBEEBayIEDQALDAMLIAEgAmohBkEAIQIgASEDIAchBANAIAMiBSAGRg0CIAICfyAFQQFqIAUsAAAiAkEATg0AGiAFQQJqIAJBYEkNABogBUEEQQMgAkFvSxtqCyIDIAVraiECIARBAWsiBA0ACwtBACEECyAHIARrIQULIAUgAC8BDCIDTw0AIAMgBWshB0EAIQVBACEEAkACQAJAIAtBHXZBA3FBAWsOAgABAgsgByEEDAELIAdB/v8DcUEBdiEECyALQf///wBxIQggACgCBCEGIAAoAgAhAANAIAVB//8DcSAEQf//A3FJBEBBASEDIAVBAWohBSAAIAggBigCEBEDAEUNAQwDCwtBASEDIAAgASACIAYoAgwRBAANAUEAIQUgByAEa0H//wNxIQEDQCAFQf//A3EiAiABSSEDIAEgAk0NAiAFQQFqIQUgACAIIAYoAhARAwBFDQALDAELIAAoAgAgASACIAAoAgQoAgwRBAAhAwsgAwv7AwEIfyMAQRBrIgYkAAJ/AkAgA0EBcUUEQCACLQAAIgUNAUEADAILIAAgAiADQQF2IAEoAgwRBAAMAQsgASgCDCEKA0AgAkEBaiEEAkACQAJAAkAgBcBBAEgEQCAFQf8BcSIIQYABRg0BIAhBwAFHDQMgBiABNgIEIAYgADYCACAGQqCAgIAGNwIIIAMgB0EDdGoiAigCACAGIAIoAgQRAwBFDQJBAQwGCyAAIAQgBUH/AXEiAiAKEQQARQRAIAIgBGohAgwEC0EBDAULIAAgAkEDaiIEIAIvAAEiAiAKEQQARQRAIAIgBGohAgwDC0EBDAQLIAdBAWohByAEIQIMAQtBoICAgAYhCyAFQQFxBEAgAigAASELIAJBBWohBAtBACEIAn8gBUECcUUEQEEAIQkgBAwBCyAELwAAIQkgBEECagshAiAFQQRxBH8gAi8AACEIIAJBAmoFIAILIQQgBUEIcQR/IAQvAAAhByAEQQJqBSAECyECIAVBEHEEQCADIAlBA3RqLwEEIQkLIAYgBUEgcQR/IAMgCEEDdGovAQQFIAgLOwEOIAYgCTsBDCAGIAs2AgggBiABNgIEIAYgADYCAEEBIAMgB0EDdGoiBCgCACAGIAQoAgQRAwANAhogB0EBaiEHCyACLQAAIgUNAAtBAAsgBkEQaiQAC4cFAQN/IwBBkAFrIgQkACAEQTBqIAMQYSAEIAQpAjQ3A4ABIAQgBCgCPDYCiAFBASEFIAQoAkAhAwJAIAQoAjBBAUYEQCAEIAQoAogBNgJQIAQgBCkDgAE3A0ggBCADNgJUIARBCGogBEHIAGoQ4AEgBCgCDCEDDAELIAQgBCgCiAE2AiggBCAEKQOAATcDICAEIAM2AiwgBCACQfmIwABBAhDbATYCgAEgBEEwaiIGIARBgAFqIgIQmwEgBCgCMEGAgICAeEcEQCAEIAQoAjg2AmAgBCAEKQIwNwNYIAIQyAIgBEH0AGpB1JDAAEEGEJEBIAQgBEHYAGoQywI2AowBIARBGGogBEGMAWoQpQEgBEEQaiAEKAIYIAQoAhwQvwECQAJAIAQoAhBBAUcNACAEIAQoAhQ2AoABIAYgAhCbASACEMgCIAQoAjBBgICAgHhGDQAgBCAEKQIwNwOAASAEIAQoAjgiAjYCiAEgBCgChAEhBQwBC0EAIQIgBEEANgKIASAEQoCAgIAQNwOAAQsgBEH0AGogBSACEMsBIAQgBCgCfDYCOCAEIAQpAnQ3AzAgBEEwaiICQcmKwABBARDLASAEIAQoAjg2AnAgBCAEKQMwNwNoIARBgAFqEIMDIARBjAFqEMgCIARB6ABqIgUoAgQgBSgCCBDNAiEGIAVBAUEBEMMBIAQgBjYCMEEAIQUgAUHGkMAAQQZB2pDAAEEMIAJBASAEQSBqQQAgBBBDIAIQyAIMAQsgBEGAAWoQyAIgBEE0akHmkMAAQRwQkQEgBEEANgIwIARBMGoQ5QIhAyAEQSxqEMgCIARBIGoQqQILIAAgAzYCBCAAIAU2AgAgBEGQAWokAAv2BAMFfwF+AW8jAEGAAWsiAyQAIAMgAiABKAIAIgRByAFqEKICNgI4IANB0ABqIANBOGoiBRCbAQJAAn8gAygCUCIGQYCAgIB4RgRAIAUQyAJBAAwBCyADKQJUIQggA0E4ahDIAiADQRhqIARBmAFqQbSSwAAQ5gEgAygCHCEFIAMoAhggCKcgCEIgiKcQiwEQgAIhBCAFIAUoAgBBAWs2AgAgAyACNgI0IAMgCDcCKCADIAY2AiQgAyABNgIwAkAgBARAIANBJGoQgwMMAQsgAyADKQIsNwNAIAMgAygCNDYCSCADIAMpAiQ3AzggAygCRCIFKAIAIgEgASgCBEEBaiICNgIEIAJFDQIgA0HQAGoiAiADQThqEKcBIAMoAkgQViEEIANCgICAgICAATcCdCADQgQ3AmwgA0IANwJkIAMgBDYCYCADIAE2AlxBBEE0ELoCIgRCgYCAgBA3AgAgBEEIaiACQSz8CgAAIAQgBCgCAEEBaiIBNgIAIAFFDQIgBBD5AhAKIQkQUyIGIAkmASADQRBqIARBLGpBlIrAABCMAiADKAIUIQEgAygCECIHEMgCIAcgBjYCACABIAEoAgBBAWo2AgAgA0EIaiAFKAIAQZgBakHEksAAEIwCIAMoAgwhASADKAIIIQUgBCAEKAIAQQFqIgY2AgAgAyADKAJANgJYIAMgAykDODcDUCAGRQ0CIAMgBSACIAQQWyICNgJMIAIEQCADQcwAahCwAgsgASABKAIAQQFqNgIACyADIAQ2AlAgBEEIahDFASEBIANB0ABqELACQQELIQIgACABNgIEIAAgAjYCACADQYABaiQADwsAC9gDAQp/IABBIhCcASABIAJqIQwgASEFIAACfwNAQQAhBwJAAkACQAJAAkACQANAAkACQCAMIAUgByIEaiIKRwRAQQIhC0EAIQcCQCAKLQAAIghBCWsOBQgGAwMHAAsgCEEiRw0BQfCXwAAhBgwICwJAIANFDQAgAiADTQRAIAIgA0YNAQwKCyABIANqLAAAQUBIDQkLIAIgA2shBCABIANqDAoLIAhB3ABGDQILQQEhBiAEQQFqIQcgCEEgTw0AC0EAIQtBASEHDAQLQfKXwAAhBgwDC0H0l8AAIQYMAgtB9pfAACEGDAELQfiXwAAhBgtBACEJAkAgAyADIARqIgVLDQACQCADRQ0AIAIgA00EQCACIANHDQIMAQsgASADaiwAAEG/f0wNAQsCQCAFRQ0AIAIgBU0EQCACIANrIARGDQEMAgsgASADaiAEaiwAAEFASA0BCyABIANqIQkLIAVBAWohAyAKQQFqIQUgACAJQQEgCRsgBEEAIAkbEMsBIAdFBEAgACAGIAsQywEMAgsgAEH6l8AAQQQQywEgACAIQQR2LQD+l0AQnAEgACAIQQ9xLQD+l0AQnAEMAQsLQQALIgFBASABGyAEQQAgARsQywEgAEEiEJwBC64CAQR/IwBBMGsiAyQAIAMgARBuNgIcAkAgACgCACIGQQFGBEAgAyAAKAIINgIgIAIQ/wJFBEAgA0H7iMAAQQQQzQI2AiwgA0EkaiIBIANBHGogA0EsaiIEIAIQkwEgARDKAiAEEMgCCyADQYEINgIsIANBCGogA0EgaiIEIANBLGoiBSADQRxqEJUBIAMgAygCDCIBNgIoIAMgAygCCCICNgIkDAELIAMgACgCBDYCICADQYEINgIsIANBEGogA0EgaiIEIANBLGoiBSADQRxqIAIQjwEgAyADKAIUIgE2AiggAyADKAIQIgI2AiQLIAUQyAIgBBDIAgJAIAJBAXEEQCABENgBDAELIANBKGoQyAILIANBHGoQyAIgBgRAIABBBGoQyAILIANBMGokAAvEBwIJfwFvIwBBQGoiBSQAIAUgAzYCICAFIAI2AhwgBUEQaiABQciOwAAQjAIgBSgCECIDKAIIIQIgBSgCFCENIAUgAygCBCIBNgI0IAUgASACQRRsajYCOCAFIAVBHGoiDDYCPCAFQSRqIQgjAEEwayIGJAAgBkEIaiAFQTRqIgcQcgJAIAYoAghBAUYEQCAGKAIMIQogBkEEQQRBBBCpASAGKAIAIQIgBigCBCIBIAo2AgAgBkEBNgIcIAYgATYCGCAGIAI2AhQgBiAHKAIINgIoIAYgBykCADcDICAGQRRqIQsgBkEgaiECIwBBEGsiByQAA0ACQCAHQQhqIAIQciAHKAIIQQFHDQAgBygCDCEBIAsoAggiCiALKAIARgRAIAtBARChAgsgCygCBCAKQQJ0aiABNgIAIAsgCkEBajYCCAwBCwsgB0EQaiQAIAggBigCHDYCCCAIIAYpAhQ3AgAMAQsgCEEANgIIIAhCgICAgMAANwIACyAGQTBqJAAjAEEQayILJAAgCyAMNgIMQQAhASMAQRBrIgYkACAGIAtBDGo2AgwCQCADKAIIIghFDQAgAygCBCIHIQkDQCAGQQxqIAkQnAIEQCAJQRRqIQkgCCABQQFqIgFHDQEMAgsLIAkQ6wIgB0EUaiEMIAEhCgNAIAFBAWohAiAMIAFBFGxqIQkDQCACIAhPBEAgAyAKNgIIDAMLIAZBDGogCRCcAkUEQCACQQFqIQIgCRDrAiAJQRRqIQkMAQsLIAcgCkEUbGoiASAJKAIQNgIQIAEgCSkCCDcCCCABIAkpAgA3AgAgCkEBaiEKIAIhAQwACwALIAZBEGokACALQRBqJAAgDSANKAIAQQFqNgIAIAUoAixBAnQhAyAFKAIoIQIDQAJAAkAgAwRAIAVBgQg2AjQjAEEQayIIJAAgAigCACUBIAVBNGoiDCgCACUBIAQoAgAlARAHIQ4QUyIBIA4mASABIQogCEEIahCdAkEBIQcgBUEIaiIBAn8gCCgCCEEBRgRAIAgoAgwMAQtBACEHIAoLNgIEIAEgBzYCACAIQRBqJAAgBSgCDCEBIAUoAghBAXFFDQIgAEEBOgAAIAAgATYCBCAMEMgCDAELIABBADoAACAAIAUoAixBAEc6AAELIAVBJGoiACgCCCECIAAoAgQhAQNAIAIEQCACQQFrIQIgARDIAiABQQRqIQEMAQsLIAAQhQMgBUFAayQADwsgBSABNgIwIANBBGshAyACQQRqIQIgBUEwahDIAiAFQTRqEMgCDAALAAvqBQIKfwF+IwBBEGsiBiQAQQohAiAAKAIAIgQhACAEQegHTwRAA0AgBkEGaiACaiIDQQRrIAAiBSAAQZDOAG4iAEGQzgBsayIHQf//A3FB5ABuIghBAXQvANieQDsAACADQQJrIAcgCEHkAGxrQf//A3FBAXQvANieQDsAACACQQRrIQIgBUH/rOIESw0ACwsgAEEJSwRAIAJBAmsiAiAGQQZqaiAAIABB//8DcUHkAG4iAEHkAGxrQf//A3FBAXQvANieQDsAAAtBACAEIAAbRQRAIAJBAWsiAiAGQQZqaiAAQQF0LQDZnkA6AAALAn8gBkEGaiACaiEHQQAhBEErQYCAxAAgASgCCCIDQYCAgAFxIgAbIQggA0GAgIAEcUVFIQoCQEEKIAJrIgsgAEEVdmoiACABLwEMIgVJBEACQAJAIANBgICACHFFBEAgBSAAayEFQQAhAAJAAkACQCADQR12QQNxQQFrDgMAAQACCyAFIQAMAQsgBUH+/wNxQQF2IQALIANB////AHEhCSABKAIEIQMgASgCACEBA0AgBEH//wNxIABB//8DcU8NAkEBIQIgBEEBaiEEIAEgCSADKAIQEQMARQ0ACwwECyABIAEpAggiDKdBgICA/3lxQbCAgIACcjYCCEEBIQIgASgCACIDIAEoAgQiCSAIIAoQ3QENAyAFIABrQf//A3EhAANAIARB//8DcSAATw0CIARBAWohBCADQTAgCSgCEBEDAEUNAAsMAwtBASECIAEgAyAIIAoQ3QENAiABIAcgCyADKAIMEQQADQJBACEEIAUgAGtB//8DcSEAA0AgBEH//wNxIgUgAEkhAiAAIAVNDQMgBEEBaiEEIAEgCSADKAIQEQMARQ0ACwwCCyADIAcgCyAJKAIMEQQADQEgASAMNwIIQQAMAgtBASECIAEoAgAiACABKAIEIgEgCCAKEN0BDQAgACAHIAsgASgCDBEEACECCyACCyAGQRBqJAAL/wIBBn8jAEEwayIDJAAgASgCACIBQQA6ABwgAyACNgIYIAEoAghB/////wdJBEAgAUEIaiEGIAEoAhghAgJAA0AgAkUNASADQRBqIAZB9JvAABCMAiADKAIUIQQgAygCECIBKAIMIgUEfyABIAVBAWs2AgwgASABKAIIIgVBAWoiByABKAIAIghBACAHIAhPG2s2AgggASgCBCAFQQJ0aigCAAVBAAsiAQRAIAMgATYCHCAEIAQoAgBBAWo2AgAgA0EIaiADKAIcIgVBCGpB1JvAABCMAiADKAIMIQQCQCADKAIIIgEoAgBFDQAgBUEAOgAcIANBADYCKCADIAFBCGoiBTYCJCADIAU2AiAgASgCACADQSBqIAEoAgQoAgwRAwANACABELYCIAFBADYCAAsgBCAEKAIAQQFqNgIAIAJBAWshAiADQRxqELMCDAELCyAEIAQoAgBBAWo2AgALIANBGGoQyAIgAEEANgIAIANBMGokAA8LQeSbwAAQ+gEAC7ACAQJ/IwBBQGoiAiQAIAIgARClASACIAIoAgQiATYCDCACIAIoAgAiAzYCCAJAIANBAUYEQCACIAE2AhAgAkEUakHAl8AAQR0QkQEgAiACQRBqQZiPwABBBxDbATYCPCACQTBqIAJBPGoQmwEgAkEUagJ/IAIoAjBBgICAgHhHBEAgAiACKQIwNwMgIAIgAigCOCIBNgIoIAIoAiQMAQtBACEBIAJBADYCKCACQoCAgIAQNwMgQQELIAEQywEgACACKAIcNgIMIAAgAikCFDcCBCAAQQA2AgAgAkEgahCDAyACQTxqEMgCIAJBEGoQyAIMAQsgAkEMaiIDEP0CBEAgAEEINgIAIAAgATYCBAwBCxCWAyEBIABBCDYCACAAIAE2AgQgAxDIAgsgAkFAayQAC4gCAQZ/IAAoAggiBCECAn9BASABQYABSQ0AGkECIAFBgBBJDQAaQQNBBCABQYCABEkbCyIGIAAoAgAgBGtLBH8gACAEIAYQZSAAKAIIBSACCyAAKAIEaiECAkAgAUGAAU8EQCABQT9xQYB/ciEFIAFBBnYhAyABQYAQSQRAIAIgBToAASACIANBwAFyOgAADAILIAFBDHYhByADQT9xQYB/ciEDIAFB//8DTQRAIAIgBToAAiACIAM6AAEgAiAHQeABcjoAAAwCCyACIAU6AAMgAiADOgACIAIgB0E/cUGAf3I6AAEgAiABQRJ2QXByOgAADAELIAIgAToAAAsgACAEIAZqNgIIQQALsQIBAn8jAEGAAWsiASQAIAAoAgAhAiAAQYCAgIB4NgIAIAJBgICAgHhHBEAgASACNgIQIAEgACkCBDcCFCABIAApAgw3AhwgAUEcahDVASIABEAgASAANgIkIAFBCGogAEHgAGpBxJPAABCKAiABKAIMIQAgAUEoaiICIAEoAgggASgCFCABKAIYEHggACAAKAIAQQFqNgIAIAEoAihBAkcEQCABIAEpAkA3A2AgASABKQI4NwNYIAEgASkCMDcDUCABIAEpAig3A0ggASABKAIgNgJwIAFBAzYCbCABQYAINgJ8IAIgAUHsAGoiACABQfwAaiICEEkgAhDIAiAAEJMCIAFB1ABqEM4CCyABQSRqEK4CCyABQRBqEOQCIAFBgAFqJAAPC0HUgcAAQRwQjgMAC/oDAQd/IwBB0ABrIgIkACACIAE2AhAgABDVASIGBEAgAiAGNgIUIAJBQGsiACACQRBqIgEQ0gEgAigCSCEDIAAQgwMCQCADBEAgAkEYaiABENIBDAELIAJBNGoiB0GbksAAQRgQkQEgAkEoaiEDAkAgAkEQaigCACUBEBgiAEH//wNxIgVB6AdPBEAgA0EBIgRqIAAgBUGQzgBuIgFBkM4AbGsiBUH//wNxQeQAbiIIQQF0LwDYnkA7AAAgA0EDaiAFIAhB5ABsa0H//wNxQQF0LwDYnkA7AAAMAQsgACEBQQUhBCAFQQpJDQAgA0EDIgRqIAAgAEH//wNxQeQAbiIBQeQAbGtB//8DcUEBdC8A2J5AOwAAC0EAIABB//8DcSABQf//A3EiABtFBEAgAyAEQQFrIgRqIABBAXQtANmeQDoAAAsgAkEIaiIAQQUgBGs2AgQgACADIARqNgIAIAJBQGsiACACKAIIIAIoAgwQkQEgByACKAJEIAIoAkgQywEgAiACKAI8NgIwIAIgAikCNDcDKCADQbOSwABBARDLASACIAIoAjA2AiAgAiACKQMoNwMYIAAQgwMLIAIgAigCIDYCTCACIAIpAxg3AkQgAkEBNgJAIAZBCGogAkFAaxBBIAJBFGoQrgILIAJBEGoQyAIgAkHQAGokAAvpAgEGfyMAQUBqIgEkACAAKAIAIQMgAUEwaiIAQbiQwABBBxDwASABQSBqIgIgAEHviMAAQQRBv5DAAEEHEJ4CIAAgAkHziMAAQQJBxpDAAEEGEJ4CIAFBFGoiBSAAQfmIwABBAkHMkMAAQQEQngIgAEHNkMAAQQcQkQEgACADKAKsASADKAKwARDLASABIAEoAjg2AiggASABKQIwNwMgIAJByYrAAEEBEMsBIAEgASgCKCIENgI4IAEgASkDIDcDMCACIAVB+4jAAEEEIAEoAjQgBBCfAiACQf0AEJwBIAUgAigCCDYCCCAFIAIpAgA3AgAgABCDAyABKAIYIQQgASgCHCEGIwBBEGsiAiQAIANBtAFqKAIAJQEgBCAGEBQgAkEIahCdAiACKAIMIQMgAUEIaiIEIAIoAghBAXE2AgAgBCADNgIEIAJBEGokACABIAEpAwg3AjAgABDJAiAFEIMDIAFBQGskAAuUAgEEfyMAQTBrIgAkACAAQSBqQfiZwAAQ2QEgACgCICEBIAAgACgCJCICNgIsIAAgATYCKEEBIQMgAUEBRwRAIABBGGpBgJrAABDZASAAKAIcIQIgACgCGCEDIABBKGoQyQILIAAgAzYCKCAAIAI2AixBASEBIANBAUcEQCAAQRBqQfSZwAAQ2QEgACgCFCECIAAoAhAhASAAQShqEMkCCyAAIAE2AiggACACNgIsQQEhAyABQQFHBEAgAEEIakH8mcAAENkBIAAoAgwhAiAAKAIIIQMgAEEoahDJAgtBgAghASADQQFGBEAgACACNgIoIABBKGoiARD/AgR/IAEQyAJBgAgFIAILIQELIABBMGokACABC68EAQt/IwBBEGsiByQAAkBBkKLAACgCAA0AQZCiwABBfzYCAEGgosAAKAIAIgJBnKLAACgCACIARgRAIAIiAEGUosAAKAIAIgFGBEDQb0GAASAAIABBgAFNGyIA/A8BIgRBf0YNAgJAQaSiwAAoAgAiAUUEQEGkosAAIAQ2AgAMAQsgASACaiAERw0DCyMAQRBrIgUkACAFQQhqIQhBnKLAACgCACEJQQQhASMAQRBrIgYkAEGUosAAKAIAIAlrIABPBH9BgYCAgHgFIAZBCGohBCMAQRBrIgMkAAJ/QQAgACAJaiIBIABJDQAaIANBBGpBlKLAACABQQRBBBBVIAMoAgRBAUYEQCADKAIMIQogAygCCAwBCyADKAIIIQBBlKLAACABNgIAQZiiwAAgADYCAEGBgICAeAshACAEIAo2AgQgBCAANgIAIANBEGokACAGKAIMIQEgBigCCAshACAIIAE2AgQgCCAANgIAIAZBEGokACAFKAIMIQEgB0EIaiIAIAUoAgg2AgAgACABNgIEIAVBEGokACAHKAIIQYGAgIB4Rw0CQZSiwAAoAgAhAUGcosAAKAIAIQALIAAgAU8NAUGYosAAKAIAIABBAnRqIAJBAWo2AgBBnKLAACAAQQFqIgA2AgALIAAgAk0NAEGgosAAQZiiwAAoAgAgAkECdGooAgA2AgBBkKLAAEGQosAAKAIAQQFqNgIAQaSiwAAoAgAgB0EQaiQAIAJqDwsAC+YBAQZ/IwBBIGsiAiQAAkAgACgCACIGQQFGBEAgAiAAKAIENgIcIAJBgQg2AhAgAiACQRxqIgMgAkEQaiIEIAEQlQEgAigCBCEFIAIoAgAhAQwBCyACIAAoAgQ2AhggAkGBCDYCHCACQYEINgIQIAJBCGogAkEYaiIDIAJBHGoiBCACQRBqIgcgARCPASACKAIMIQUgAigCCCEBIAcQyAILIAQQyAIgAxDIAiACIAE2AhAgAiAFNgIUAkAgAUEBRgRAIAUQ2AEMAQsgAkEUahDIAgsgBgRAIABBCGoQyAILIAJBIGokAAvmAQIDfwF+IwBBIGsiBSQAQQEhB0EEIQYCQAJAIAStIAKtfiIIQiCIpw0AIAinIgJBgICAgHggA2tLDQAgBUEUaiABIAMgBBDHAQJ/IAUoAhgEQCAFKAIcIgFFBEAgBUEIaiADIAIQ6QEgBSgCCCEEIAUoAgwMAgsgBSgCFCABIAMgAhDiAiEEIAIMAQsgBSADIAIQ6QEgBSgCACEEIAUoAgQLIARFBEAgACADNgIEQQghBgwCCyAAIAQ2AgRBACEHQQghBiECDAELQQAhAgsgACAGaiACNgIAIAAgBzYCACAFQSBqJAAL+QECBX8BbyMAQUBqIgEkABAjIQYQUyICIAYmASABIAI2AgwgAUEFNgIsIAFBhInAADYCKCABQQQ2AiQgAUHviMAANgIgIAFBAjYCHCABQfmIwAA2AhgDQCADQRhHBEAgASAAIAFBEGogA2oiAkEIaigCACIEIAJBDGooAgAiAhDbATYCMCABQTBqIgUQ/wJFBEAgASAEIAIQzQI2AjwgAUE0aiICIAFBDGogAUE8aiIEIAUQkwEgAhDKAiAEEMgCCyADQQhqIQMgAUEwahDIAgwBCwsgAUEMaiIAKAIAJQEQAyEGEFMiAyAGJgEgABDIAiABQUBrJAAgAwuNAgEBfyMAQfAAayIHJAAgB0EANgIsIAcgAjYCMCAHIAM2AjggB0EANgI0IAcgBDYCQCAHQQA2AjwgByAFNgJIIAdBADYCRCAHIAY2AlAgB0EANgJMIAAEQCAHIAY2AmwgByAFNgJoIAcgBDYCZCAHIAM2AmAgByACNgJcIAcgATYCWCAHIAA2AlQgB0HUAGoiACgCACAAKAIIIAAoAgwgACgCECAAKAIUIAAoAhggACgCBCgCEBEJACAHQfAAaiQADwsgB0EgaiAHQcwAahD2ASAHQRhqIAdBxABqEPYBIAdBEGogB0E8ahD2ASAHQQhqIAdBNGoQ9gEgByAHQSxqEPYBQcCCwABBMhCOAwAL0AMBBX8jAEEwayIEJAAgBCACNgIYIAQgATYCFCAEQQhqIABB6I7AABCMAiAEKAIIIgAoAggiAkEBayEBIAJBFGwhAiAAKAIEIQUgBCgCDCEIAkADQCACRQ0BAkAgAiAFaiIGQRRrIARBFGoQiQIEQCAEIAZBCGsQkgI2AhwgBEEcaiIGIAMQ4AIgBhDIAg0BCyABQQFrIQEgAkEUayECDAELCyAEQRxqIQMjAEEgayICJAAgAkEMaiEFAkAgACgCCCIHIAFLBEAgBSAAKAIEIAFBFGxqIgYpAgA3AgAgBSAGKQIINwIIIAUgBigCEDYCECAHIAFBf3NqQRRsIgUEQCAGIAZBFGogBfwKAAALIAAgB0EBazYCCAwBCyAFQYCAgIB4NgIACwJAIAIoAgxBgICAgHhHBEAgAyACKAIcNgIQIAMgAikCFDcCCCADIAIpAgw3AgAgAkEgaiQADAELIAAoAgghAiMAQSBrIgAkACAAIAI2AgwgACABNgIIIAAgAEEMaq1CgICAgKAOhDcDGCAAIABBCGqtQoCAgICgDoQ3AxBBiYjAACAAQRBqQfiOwAAQ1AEACyADEOsCCyAIIAgoAgBBAWo2AgAgBEEwaiQAC5QCAQV/IwBBIGsiBSQAAn8gAxD6AiIGBEAgBUEIaiABQZyOwAAQjAIgBSgCDCEHIAUoAgghAyAGEJICIQggAygCCCIGIAMoAgBGBEAjAEEQayIBJAAgAUEIaiADIAMoAgBBAUEEQRQQXCABKAIIIglBgYCAgHhHBEAgCSABKAIMEMcCAAsgAUEQaiQACyADKAIEIAZBFGxqIgEgAigCCDYCCCABIAIpAgA3AgAgASAEOgAQIAEgCDYCDCADIAZBAWo2AgggByAHKAIAQQFqNgIAQQAMAQsgBUEUakGsjsAAQRoQkQEgBUEANgIQIAVBEGoQ5QIhASACEIMDQQELIQIgACABNgIEIAAgAjYCACAFQSBqJAAL6AECAn8BfiMAQTBrIgIkACABKAIAQYCAgIB4RgRAIAEoAgwhAyACQQA2AiwgAkKAgICAEDcCJCACQSRqQZSdwAAgAygCACIDKAIAIAMoAgQQRRogAiACKAIsIgM2AiAgAiACKQIkIgQ3AxggASADNgIIIAEgBDcCAAsgASgCCCEDIAFBADYCCCABKQIAIQQgAUKAgICAEDcCACACIAM2AhAgAiAENwMIQQxBBBCCAyIBRQRAQQRBDBCQAwALIAEgAigCEDYCCCABIAIpAwg3AgAgAEGUnsAANgIEIAAgATYCACACQTBqJAALwgEBA38jAEEQayIEJAAgBEEIaiAAIAEoAgQgASgCCBBwAkACQCAEKAIIQQFGBEAgBCgCDCIDIAAoAggiBU8NAiAAKAIEIANBBHRqIgMoAgwhACADIAI2AgwgARCDAwwBCyAAKAIIIgMgACgCAEYEQCAAEMQBCyAAKAIEIANBBHRqIgUgASgCCDYCCCAFIAEpAgA3AgAgBSACNgIMIAAgA0EBajYCCEEAIQALIARBEGokACAADwsgAyAFQbCYwAAQrAEAC6wBAQN/IwBBEGsiBiQAAkAgBUUNACACIANqIgIgA0kNACAGQQRqIAEgAiABKAIAQQF0IgMgAiADSxsiAkEIQQRBASAFQYEISRsgBUEBRhsiCCACIAhLGyICIAQgBRBVIAYoAgRBAUYEQCAGKAIMIQggBigCCCEHDAELIAYoAgghAyABIAI2AgAgASADNgIEQYGAgIB4IQcLIAAgCDYCBCAAIAc2AgAgBkEQaiQAC7kDAgZ/AW8jAEEgayICJAAgAkIANwIQIAJBBDYCDCACQgA3AgQgAkEAOgAYQSAQvgIiA0KBgICAEDcCACADIAJBBGoiBCkCADcCCCADIAQpAgg3AhAgAyAEKQIQNwIYIAICfwJAAkACQEH0ocAAKAIAQQFrDgIAAQILQfihwAAMAgsQgQMACwJ/IwBBEGsiASQAQfShwAAoAgAhBUH0ocAAQQI2AgAgAUH4ocAAKAIAIgY2AgwgASAFNgIIIAVFBEBB+KHAACAGEQoANgIAQfShwABBATYCACABQRBqJABB+KHAAAwBCyABQQhqIgAoAgBBAUYEQCAAQQRqEMgCC0GEm8AAEMwCAAsLEJICIgE2AgQgASUBECwhBxBTIgEgByYBIAIgATYCHCACQRxqIgEQ/gIhBSABEMgCIAQQyAIgAkGACDYCBCAEKAIAJQEQKSEHEFMiBCAHJgEgAyADKAIAQQFqIgE2AgAgAUUEQAALQQQQvgIiASADNgIAIAFBhJrAABA6IQcQUyIBIAcmASAAIAU6AAwgACABNgIIIAAgBDYCBCAAIAM2AgAgAkEEahDIAiACQSBqJAALlQIBAn8jAEEgayIFJABB5KLAAEHkosAAKAIAIgZBAWo2AgACQAJAAkACQAJ/QQAgBkEASA0AGkEBQdCiwAAtAAANABpB0KLAAEEBOgAAQcyiwABBzKLAACgCAEEBajYCAEECC0H/AXEOAwMBAAELQdiiwAAoAgAiBkEASA0CQdiiwAAgBkEBajYCAEHcosAAKAIARQ0BIAVBCGogACABKAIUEQEAIAUgBDoAHSAFIAM6ABwgBSACNgIYIAUgBSkDCDcCEEHcosAAKAIAIAVBEGpB4KLAACgCACgCFBEBAAwBCyAFIAAgASgCGBEBAAwBC0HYosAAQdiiwAAoAgBBAWs2AgBB0KLAAEEAOgAAIANFDQAACwALpAECA38BfiMAQSBrIgMkACADQQA2AhggA0IANwMQIANCADcDCEETIQICQANAIAJBE0sNASADQQhqIAJqIAEgAUIKgCIFQgp+fadBMHI6AAAgAkEBayECIAFCCVYgBSEBDQALIAJBE2shAiADQRxqIQQDQCACBEAgACACIARqLQAAEJwBIAJBAWohAgwBCwsgA0EgaiQADwtBf0EUQeCXwAAQrAEAC7IDAQl/IwBBIGsiBCQAAkAgAQRAIAQgAjYCHCAEIAE2AhggBEEQaiAAQYyOwAAQjAIgBCgCFCEIIAQoAhAhBiMAQRBrIgckACAHIARBGGo2AgxBACEAIwBBEGsiBSQAIAUgB0EMajYCDAJAIAYoAggiCUUNACAGKAIEIgohAwNAIAVBDGogAxDnAQRAIANBFGohAyAJIABBAWoiAEcNAQwCCwsgAxDrAiAKQRRqIQsgACECA0AgAEEBaiEBIAsgAEEUbGohAwNAIAEgCU8EQCAGIAI2AggMAwsgBUEMaiADEOcBRQRAIAFBAWohASADEOsCIANBFGohAwwBCwsgCiACQRRsaiIAIAMoAhA2AhAgACADKQIINwIIIAAgAykCADcCACACQQFqIQIgASEADAALAAsgBUEQaiQAIAdBEGokACAIIAgoAgBBAWo2AgAMAQsgBEEIaiAAQfyNwAAQjAIgBCgCCCIAKAIIIQEgBCgCDCECIABBADYCCCAAKAIEIQADQCABBEAgAUEBayEBIAAQ6wIgAEEUaiEADAELCyACIAIoAgBBAWo2AgALIARBIGokAAv7AQICfwFvIwBBEGsiAiQAAkAgARD6AiIDBEAgAxCSAiEBIABBgAg2AhAgACABNgIIIABCADcCAAwBCwJAAkAgARD/AkUEQCABEPsCRQ0BCyACQQA2AgAgAiACNgIMIAJBDGpBnInAABAIIQQQUyIBIAQmASACKAIAQQFxRQ0BIAAgATYCECAAIAIpAgQ3AgggAEKAgICAEDcCAAwCCyAAQQhqQaSNwABBGhCRASAAQgE3AgAMAQsjAEEQayIAJAAgAEEdNgIEIABBvo3AADYCACAAIACtQoCAgIDQDoQ3AwhBp4PAACAAQQhqQdyNwAAQ1AEACyACQRBqJAALrQECAn8BfiMAQSBrIgMkACADQQhqIAAgASACEHBBACECAkAgAygCCEEBRgRAIAMoAgwiASAAKAIIIgJPDQEgAyAAKAIEIgQgAUEEdGoiASkCADcDECADIAEpAgg3AxggBCACQQFrIgJBBHRqIgQpAgghBSABIAQpAgA3AgAgASAFNwIIIAAgAjYCCCADKAIcIQIgA0EQahCDAwsgA0EgaiQAIAIPCyABIAIQqwEAC88BAQJ/IwBBIGsiAiQAAkACQAJAAkACQAJAAkAgASgCAEECaw4GAAECAwUEBQsgAEHUjMAAQQ4QkQEMBQsgAkEEaiIDQeKMwABBGBCRASADIAE1AgQQXyACIAIoAgw2AhggAiACKQIENwMQIAJBEGpB+ozAAEEDEMsBIAAgAigCGDYCCCAAIAIpAxA3AgAMBAsgAEH9jMAAQQ8QkQEMAwsgAEGMjcAAQQ8QkQEMAgsgAEGbjcAAQQkQkQEMAQsgACABQQRqEKcBCyACQSBqJAALmAEBAX8jAEEgayIGJAAgBiACNgIMIAYgATYCCCAGIAM2AhAgBiAENgIUIAYgBTYCGCAAENUBIgAEQCAGIAA2AhwgAEEIaiAGQQhqIAZBDGogBkEQaiAGQRRqIAZBGGoQQiAGQRxqEK4CCyAGQRhqEMgCIAZBFGoQyAIgBkEQahDIAiAGQQxqEMgCIAZBCGoQyAIgBkEgaiQAC4ECAQZ/IwBBEGsiAyQAIAIgASACaiIESwRAQQBBABDHAgALIANBBGohBSAAKAIAIgIhBiAAKAIEIQhBASEHQQQhAQJAQQggBCACQQF0IgIgAiAESRsiAiACQQhNGyIEIgJB/////wdLBEBBACECDAELAkACQAJ/IAYEQCAIIAZBASACEOICDAELIAJFBEBBASEBDAILIAJBARCCAwsiAQ0AIAVBATYCBAwBCyAFIAE2AgRBACEHC0EIIQELIAEgBWogAjYCACAFIAc2AgAgAygCBEEBRgRAIAMoAgggAygCDBDHAgALIAMoAgghASAAIAQ2AgAgACABNgIEIANBEGokAAubAQEBfyMAQSBrIgUkACAFQQA2AgggBSADNgIMIAUgBDYCFCAFQQA2AhAgAQRAIAVBGGogASADIAQgAigCEBEFACAAIAUoAhgiAkECRiIBNgIIIAAgBSgCHCIDQQAgARs2AgQgAEEAIANBgAggAkEBcRsgARs2AgAgBUEgaiQADwsgBUEQahDSAiAFQQxqEMgCQZiawABBMhCOAwALhwEBA38gA0F/cyEFQbCiwAAoAgAgAUECdGohASAAAn8DQEEAIAEoAgAiAUUNARogASABKAIMaiIGIAEgA2ogBXEiBCACakkNAAsgARC8AQJAIAEgBEYEQCABQQRrIgEgASgCAEECczYCAAwBCyABIAQQeQsgACAGNgIIIAAgBDYCBEEBCzYCAAuWAQEBfyMAQSBrIgYkACAGQQA2AhAgBiADNgIUIAYgBDYCHCAGQQA2AhggAQRAIAZBCGogASADIAQgBSACKAIQEQcAIAYoAgwhASAAIAYoAggiAjYCCCAAIAFBACACQQFxIgIbNgIEIABBACABIAIbNgIAIAZBIGokAA8LIAZBGGoQ0gIgBkEQahDSAkGYmsAAQTIQjgMAC5QBAQF/IwBBIGsiBSQAIAVBADYCECAFIAM2AhQgBSAENgIcIAVBADYCGCABBEAgBUEIaiABIAMgBCACKAIQEQUAIAUoAgwhASAAIAUoAggiAjYCCCAAIAFBACACQQFxIgIbNgIEIABBACABIAIbNgIAIAVBIGokAA8LIAVBGGoQ0gIgBUEQahDSAkGYmsAAQTIQjgMAC94EAQx/IwBBEGsiCiQAIAEoAgghDCABKAIAIQQgASgCDBojAEEQayIHJAAgB0EIaiELIAQhBiMAQeAAayIIJAAgCEEUaiEJIAEiBSgCBCECIAEoAgwhDQNAIAIgDUcEQCAIQQhqIAJBLPwKAAAgBSACQSxqIgE2AgQgCEE0aiIDIAJBLPwKAAAgAxCDAyAGIAkpAhg3AhggBiAJKQIQNwIQIAYgCSkCCDcCCCAGIAkpAgA3AgAgBkEgaiEGIAEhAgwBCwsgCyAGNgIEIAsgBDYCACAIQeAAaiQAIAcoAgwhAiAKQQhqIgEgBygCCDYCACABIAI2AgQgB0EQaiQAIAooAgwhBiMAQRBrIgIkACAFQQA2AgggBSgCDCAFKAIEIQMgBUEENgIAIAJCgICAgMAANwIIIAJBCGoQhgMgBUEENgIMIAVBBDYCBCADa0EsbiEBA0AgAQRAIAFBAWshASADEOkCIANBLGohAwwBCwsgAkEQaiQAIAQhAQJAIAxBLGwiA0EccUUNAAJ/IANBYHEiAiIBRQRAIAMEQCAEIAMQfgtBBAwBCyAEIANBBCABEOICCyIBDQBBBCACEJADAAsgACABNgIEIAAgA0EFdjYCACAAIAYgBGtBBXY2AggjAEEQayIEJAAgBCAFNgIMIAUoAgwgBSgCBCIBa0EsbiEAA0AgAARAIABBAWshACABEOkCIAFBLGohAQwBCwsjAEEQayIBJAAgASAEQQxqKAIAIgAoAgA2AgwgASAAKAIINgIIIAFBCGoQhgMgAUEQaiQAIARBEGokACAKQRBqJAALyAEBAn8jAEEgayICJAAgAiABQZiPwABBBxDbATYCHCACQRBqIAJBHGoQmwECQCACKAIQQYCAgIB4RwRAIAIgAigCGDYCCCACIAIpAhA3AwAMAQsgAiABEJsBIAJBEGoQ0AILAkAgAigCAEGAgICAeEcEQCAAIAIoAgg2AgggACACKQMANwIADAELIAEQkgIhAyMAQRBrIgEkACABIAM2AgwgACABQQxqIgAQjgIgABDIAiABQRBqJAALIAJBHGoQyAIgAkEgaiQAC6YBAQF/IwBBIGsiAyQAAkAgAS0ALEUEQCADQQRqIAIQmwEgAygCBEGAgICAeEcEQCAAIAMoAgw2AgggACADKQIENwIADAILIANBFGpB0InAAEEUEJEBIANBADYCECADQRBqEOUCIQEgAEGAgICAeDYCACAAIAE2AgQMAQsgA0EHNgIQIANBEGoQ5QIhASAAQYCAgIB4NgIAIAAgATYCBAsgA0EgaiQAC44BAQJ/IwBBIGsiASQAIAAoAgAhAiAAQQA2AgAgAgRAIAEgACgCBCIANgIIIAEgAjYCBCABQQRqENUBIgIEQCABIAI2AgwgAi0A7AFFBEAgAUEDNgIQIAEgADYCFCACQQhqIAFBEGoQQQsgAUEMahCuAgsgAUEEahD/ASABQSBqJAAPC0HUgcAAQRwQjgMAC5kBAgR/AW8jAEEgayIBJAAgAUEMaiICIAAQYyABKAIQIAEoAhQQIiEFEFMiAyAFJgEgASADNgIIIAIQgwMgAUHQjMAAQQQQzQI2AhggASAAKAIAQQJ0IgAoAvCYQCAAKALQmEAQzQI2AhwgAiABQQhqIAFBGGoiACABQRxqIgQQkwEgAhDKAiAEEMgCIAAQyAIgAUEgaiQAIAMLjgEBAX8jAEEgayIGJAAgAAJ/IAEtAOQBQQFGBEAgBiACKAIINgIQIAYgAikCADcDCCAGQRRqIgIgAxCOAiAGQQhqIgAgBigCGCAGKAIcEMsBIAIQgwMgACAEIAUQywEgASgCrAElASAGKAIMIAYoAhAQDSAAEIMDQQgMAQsgAhCDA0ECCzYCACAGQSBqJAALhAEBAn8jAEEQayIEJAAgBCADNgIIIAQgAjYCBCABKAIIQQR0IQMgASgCBCEBQQAhAgNAAkAgAwRAIAQgATYCDCAEQQxqIARBBGoQ9wFFDQFBASEFCyAAIAI2AgQgACAFNgIAIARBEGokAA8LIANBEGshAyACQQFqIQIgAUEQaiEBDAALAAuEAQECfyMAQRBrIgQkACAEIAM2AgggBCACNgIEIAEoAghBOGwhAyABKAIEIQFBACECA0ACQCADBEAgBCABNgIMIARBDGogBEEEahD3AUUNAUEBIQULIAAgAjYCBCAAIAU2AgAgBEEQaiQADwsgA0E4ayEDIAJBAWohAiABQThqIQEMAAsAC4YBAQN/IwBBEGsiAyQAIAMgAUEIajYCCCABKAIAIQIgASgCBCEEAn8CQANAIAIgBEYNASADIAI2AgwgASACQRRqIgI2AgAgA0EIaiADQQxqEOMCRQ0ACyACQRRGDQAgAkEIaxCSAiECQQEMAQtBAAshASAAIAI2AgQgACABNgIAIANBEGokAAuNAQECfwJAIAEEQCABKAIAIgJB/////wdPBEAgAEHPADYCCCAAQdqAwAA2AgQgAEEANgIADwsgASACQQFqNgIAIAFBCGsiAiACKAIAQQFqIgM2AgAgA0UNASAAIAI2AgggACABNgIEIAAgAUEEajYCAA8LIABBGzYCCCAAQb+AwAA2AgQgAEEANgIADwsAC4oBAQJ/IwBBEGsiAyQAIAMgAjYCDCADIAE2AgggAyAAQdiOwAAQ5gEgAygCBCEEAkAgAygCACIBKAIIIgBFBEBBACEBDAELIAEoAgQhAkEAIQEDQCACIANBCGoQiQIgAWohASACQRRqIQIgAEEBayIADQALCyAEIAQoAgBBAWs2AgAgA0EQaiQAIAELhgEBAX8jAEEgayIFJAAgBUEANgIQIAUgAzYCFCAFIAQ2AhwgBUEANgIYIAEEQCAFQQhqIAEgAyAEIAIoAhARBQAgBSgCDCEBIAAgBSgCCCICNgIEIAAgAUEAIAJBAXEbNgIAIAVBIGokAA8LIAVBGGoQ0gIgBUEQahDSAkGYmsAAQTIQjgMAC4QBAQN/IwBBIGsiASQAAkAgACgCACIALQDsAUEBRw0AIABBEGoiAEH/iMAAQQUQdEUNACABQRRqQYySwABBDxCRASABQQE2AhAgASABQRBqIgIQbjYCDCACEJMCIAEgAUEMaiIDNgIQIABB/4jAAEEFIAJBARCgASADEMgCCyABQSBqJAALuwMCCX8BbyMAQRBrIgYkACAGIAAoAgAiCEEIakGEnMAAEIwCIAYoAgQhCSAGKAIAIgIoAgwiAyACKAIAIgRGBEAgAigCACEFIwBBEGsiAyQAIANBCGogAiACKAIAQQFBBEEEEFwgAygCCCIEQYGAgIB4RwRAIAQgAygCDBDHAgALIANBEGokAAJAIAIoAggiCiAFIAIoAgwiBGtNDQAgBSAKayIHIAQgB2siA0sgAigCACIEIAVrIANPcUUEQCAEIAdrIQUgB0ECdCIDBEAgAigCBCIEIAVBAnRqIAQgCkECdGogA/wKAAALIAIgBTYCCAwBCyADQQJ0IgNFDQAgAigCBCIEIAVBAnRqIAQgA/wKAAALIAIoAgwhAyACKAIAIQQLIAIgA0EBajYCDCACKAIEIAIoAgggA2oiAiAEQQAgAiAETxtrQQJ0aiABNgIAIAkgCSgCAEEBajYCACAILQAcIQEgCEEBOgAcAkAgAQ0AIAAtAAxFBEAgAEEEaigCACUBIABBCGooAgAlARAdIQsQUyIAIAsmASAGIAA2AgwgBkEMahDIAgwBCyAAKAIIJQEQKwsgBkEQaiQAC4EBAQJ/IwBB4ABrIgQkACAEQQhqIgUgAUEUaiACIAMQnQECQCAEKAIUQQJHBEAgBEE0aiICIAVBLPwKAAAgACAEQRRqIgEpAhg3AhggACABKQIQNwIQIAAgASkCCDcCCCAAIAEpAgA3AgAgAhCDAwwBCyAAQQI2AgALIARB4ABqJAALigEBBH8gASAAayIDEPEBIQICQEGwosAAKAIAQT8gAiACQT9PGyIEQQJ0aiICKAIAIgVFBEAgAiAANgIAQaiiwABBqKLAACkDAEIBIASthoQ3AwAMAQsgAiAANgIAIAUgADYCBAsgACADNgIMIAAgBDYCCCAAIAI2AgQgACAFNgIAIAFBBGsgAzYCAAt8AQJ/IwBBMGsiBiQAIAZBADYCFCAGIAM2AhggBiAFNgIgIAZBADYCHCABBEAgBkEkaiIHIAEgAyAEIAUgAigCEBEHACAGQQhqIAcQyAEgACAGKQMINwIAIAZBMGokAA8LIAZBHGoQ0gIgBkEUahDSAkGYmsAAQTIQjgMAC3sBAX8jAEEQayIFJAAgBUEANgIIIAUgAzYCDCABBEAgBSABIAMgBCACKAIQEQUAIAUoAgQhASAAIAUoAgAiAjYCCCAAIAFBACACQQFxIgIbNgIEIABBACABIAIbNgIAIAVBEGokAA8LIAVBCGoQ0gJBmJrAAEEyEI4DAAsDAAALkQECAn8BfiMAQSBrIgIkACABKAIAQYCAgIB4RgRAIAEoAgwhAyACQQA2AhwgAkKAgICAEDcCFCACQRRqQZSdwAAgAygCACIDKAIAIAMoAgQQRRogAiACKAIcIgM2AhAgAiACKQIUIgQ3AwggASADNgIIIAEgBDcCAAsgAEGUnsAANgIEIAAgATYCACACQSBqJAALYQEDfyAAIAFBE2pBcHFqIgFBBGsoAgAhAwJAIABBBGsiBCgCACICQQFxRQRAIAAgAmsiABC8AQwBCyAEIAJBAnI2AgALIAAgA0ECcQR/IAEoAgwgARC8ASABagUgAQsQeQt3AQF/IwBBIGsiBSQAIAVBADYCCCAFIAI2AgwgBSADNgIUIAVBADYCECAFIAQ2AhwgBUEANgIYIAAEQCAAIAIgAyAEIAEoAhARBQAgBUEgaiQADwsgBUEcahDIAiAFQRBqENICIAVBCGoQ0gJBmJrAAEEyEI4DAAuuAgEHfyMAQSBrIgMkACADIAI2AhAgAyABNgIMIAMgAEGIj8AAEOYBIAMgAygCACIAKAIEIgE2AhQgAyABIAAoAghBFGxqNgIYIAMgA0EMajYCHCADKAIEIQQjAEEQayICJAAgAhDhAiIGNgIMIAJBDGohByMAQSBrIgAkACAAIANBFGoiASgCCDYCECAAIAEpAgA3AwggAEEQaiEIA0AgACAINgIYIAAoAgghASAAKAIMIQkCQANAIAEgCUYNASAAIAE2AhwgAUEUaiEBIABBGGogAEEcaiIFEOMCRQ0ACyAAIAE2AgggAUEURg0AIAAgAUEIaxCSAjYCHCAHIAUQ7AIgBRDIAgwBCwsgAEEgaiQAIAJBEGokACAEIAQoAgBBAWs2AgAgA0EgaiQAIAYLdQEBfyMAQRBrIgUkACAFQQA2AgAgBSADNgIEIAEEQCAFQQhqIAEgAyAEIAIoAhARBQAgACAFLQAIIgE2AgggACAFKAIMQQAgARs2AgQgAEEAIAUtAAkgARs2AgAgBUEQaiQADwsgBRDSAkGYmsAAQTIQjgMAC3MBAX8jAEEQayIEJAAgBEEANgIAIAQgAzYCBCABBEAgBEEIaiABIAMgAigCEBECACAAIAQtAAgiATYCCCAAIAQoAgxBACABGzYCBCAAQQAgBC0ACSABGzYCACAEQRBqJAAPCyAEENICQZiawABBMhCOAwALbQEEfyMAQRBrIgIkACACQQhqIAEoAggiBBDuAiACKAIMIQMgASACKAIIIgU2AgggACADNgIMIAAgATYCCCAAIAQgA2s2AhAgACABKAIEIgEgA0EEdGo2AgQgACABIAVBBHRqNgIAIAJBEGokAAsDAAALbwEBfyMAQRBrIgYkACAGQQA2AgggBiAFNgIMIAEEQCAGIAEgAyAEIAUgAigCEBEHACAGKAIEIQEgACAGKAIAIgI2AgQgACABQQAgAkEBcRs2AgAgBkEQaiQADwsgBkEIahDSAkGYmsAAQTIQjgMACwMAAAsDAAALbQEBfyMAQRBrIgUkACAFQQA2AgggBSADNgIMIAEEQCAFIAEgAyAEIAIoAhARBQAgBSgCBCEBIAAgBSgCACICNgIEIAAgAUEAIAJBAXEbNgIAIAVBEGokAA8LIAVBCGoQ0gJBmJrAAEEyEI4DAAtrAQF/IwBBEGsiBCQAIARBADYCCCAEIAM2AgwgAQRAIAQgASADIAIoAhARAgAgBCgCBCEBIAAgBCgCACICNgIEIAAgAUEAIAJBAXEbNgIAIARBEGokAA8LIARBCGoQ0gJBmJrAAEEyEI4DAAtzAQJ/IwBBEGsiASQAIAAtABxBAXFFBEAgASAAKAIINgIIIAEgACkCADcDACABQYAINgIMIAEgAEEMaiICIAFBDGoiAxBJIAMQyAIgAhCTAiAAQQE6ABwgAUEQaiQAQQAPC0H5oMAAQccAQeyNwAAQ1AEAC2QBAX8jAEEQayIDJAAgA0EIaiAAIAEgAhBwQQAhAgJAIAMoAghBAUYEQCADKAIMIgEgACgCCCICTw0BIAAoAgQgAUEEdGpBDGohAgsgA0EQaiQAIAIPCyABIAJBoJjAABCsAQALgwEBAX8CQCAAQYQITwRAIADQbyYBQZCiwAAoAgANAUGQosAAQX82AgAgAEGkosAAKAIAIgFJDQEgACABayIAQZyiwAAoAgBPDQFBmKLAACgCACAAQQJ0akGgosAAKAIANgIAQaCiwAAgADYCAEGQosAAQZCiwAAoAgBBAWo2AgALDwsAC2ABBX8gACgCACIAKAIQIgEEQCAAKAIMIgQgACgCCCICKAIIIgNHBEAgAUEEdCIBBEAgAigCBCIFIANBBHRqIAUgBEEEdGogAfwKAAALIAAoAhAhAQsgAiABIANqNgIICwtkAQF/IwBBEGsiAyQAIAEEQCADQQhqIAEgAigCEBEBACADKAIMIQEgACADKAIIIgI2AgggACABQQAgAkEBcSICGzYCBCAAQQAgASACGzYCACADQRBqJAAPC0GYmsAAQTIQjgMAC3ECAX8BbyMAQRBrIgUkACABKAIAJQEgAigCACUBIAMoAgAlASAEKAIAJQEQBiEGEFMiASAGJgEgBUEIahCdAkEBIQQgAAJ/IAUoAghBAUYEQCAFKAIMDAELQQAhBCABCzYCBCAAIAQ2AgAgBUEQaiQAC28BAX8jAEEQayIDJAACQCABBEAgA0EEaiABIAIQ9QEgAygCBEGAgICAeEYEQCAAIAMpAgg3AgQgAEGBgICAeDYCAAwCCyAAIAMoAgw2AgggACADKQIENwIADAELIABBgICAgHg2AgALIANBEGokAAtgAQN/IwBBEGsiAyQAIANBCGogAkEBQQEQqQEgAygCCCEFIAMoAgwhBCAAQQA2AgggACAENgIEIAAgBTYCACACBEAgAgRAIAQgASAC/AoAAAsgACACNgIICyADQRBqJAALYQECfyMAQSBrIgUkACAFQQA2AgwgBSADNgIQIAEEQCAFQRRqIgYgASADIAQgAigCEBEFACAFIAYQyAEgACAFKQMANwIAIAVBIGokAA8LIAVBDGoQ0gJBmJrAAEEyEI4DAAtoAQF/IwBBEGsiBCQAIAEoAgAlASACKAIAJQEgAygCACUBECohASAEQQhqEJ0CQQEhAwJAIAQoAghBAUYEQCAAIAQoAgw2AgQMAQtBACEDIAAgAUEARzoAAQsgACADOgAAIARBEGokAAtvAQF/AkACQAJAAkACQAJAIAAoAgAiAC0AFEEBaw4DAQIBAAsgAEEIaigCAEH/////B08NAyAAKAIMDQILDwsgAEEDOgAUDwsgACAAKAIAQQFqIgE2AgAgAUUNASAAQQE6ABQAC0G0m8AAEPoBCwALagIBfwFvIwBBEGsiBCQAIAEoAgAlASACKAIAJQEgAygCACUBEAUhBRBTIgEgBSYBIARBCGoQnQJBASEDIAACfyAEKAIIQQFGBEAgBCgCDAwBC0EAIQMgAQs2AgQgACADNgIAIARBEGokAAsDAAALAwAAC8ICAgF/AX4jAEEgayIDJAAgAyACNgIEIAMgATYCACADIAA2AhggAyADQR9qIgA2AhQgAyAANgIQIAMgA0EEajYCDCADIAM2AggjAEHQAGsiACQAIABBGGogA0EIaiIBKAIQEHMgAEEkaiABKAIAKAIAIAEoAgQoAgAQ9QECQCAAKAIYBEAgACgCJEGAgICAeEcNAQsgAEEQaiAAQSRqEN4BIAAoAhAhAiAAKAIUIQMgAEEIaiAAQRhqEOsBIAAoAggiASACIAEbIgJBASACGyAAKAIMIAMgARtBACACGxCOAwALIAAgACgCIDYCOCAAIAApAhgiBDcDMCAAIAApAiQ3A0AgACAAKAIsNgJIIASnKAIAQRxqIABBQGsiASgCBCABKAIIEHQgARCDAyAAQTBqELwCIABB0ABqJAAgA0EgaiQAC8ICAgF/AX4jAEEgayIDJAAgAyACNgIEIAMgATYCACADIAA2AhggAyADQR9qIgA2AhQgAyAANgIQIAMgA0EEajYCDCADIAM2AggjAEHQAGsiACQAIABBGGogA0EIaiIBKAIQEHMgAEEkaiABKAIAKAIAIAEoAgQoAgAQ9QECQCAAKAIYBEAgACgCJEGAgICAeEcNAQsgAEEQaiAAQSRqEN4BIAAoAhAhAiAAKAIUIQMgAEEIaiAAQRhqEOoBIAAoAggiASACIAEbIgJBASACGyAAKAIMIAMgARtBACACGxCOAwALIAAgACgCIDYCOCAAIAApAhgiBDcDMCAAIAApAiQ3A0AgACAAKAIsNgJIIASnKAIAQRBqIABBQGsiASgCBCABKAIIEHQgARCDAyAAQTBqELsCIABB0ABqJAAgA0EgaiQAC14BAX8jAEEQayIFJAAgBUEANgIAIAUgAjYCBCAFIAQ2AgwgBUEANgIIIAAEQCAAIAIgAyAEIAEoAhARBQAgBUEQaiQADwsgBUEIahDSAiAFENICQZiawABBMhCOAwALZwECfyMAQRBrIgIkACACQQhqIAEoAgAlARA0AkAgAigCCCIBRQRAQYCAgIB4IQEMAQsgAiABIAIoAgwQzAEgAigCACEDIAAgAigCBCIBNgIIIAAgAzYCBAsgACABNgIAIAJBEGokAAvyAQEGfyAAKAIIIQYgAAJ/QQEgAUGAAUkNABpBAiABQYAQSQ0AGkEDQQQgAUGAgARJGwsiBxCnAiAAKAIEIAAoAghqIQICQCABQYABTwRAIAFBP3FBgH9yIQQgAUEGdiEDIAFBgBBJBEAgAiAEOgABIAIgA0HAAXI6AAAMAgsgAUEMdiEFIANBP3FBgH9yIQMgAUH//wNNBEAgAiAEOgACIAIgAzoAASACIAVB4AFyOgAADAILIAIgBDoAAyACIAM6AAIgAiAFQT9xQYB/cjoAASACIAFBEnZBcHI6AAAMAQsgAiABOgAACyAAIAYgB2o2AggLWAEBfyMAQUBqIgQkACAEIAEgAiADEHECQCAEKAIAQQFGBEAgBEEIaiICIAEgBCgCBBCuASAAIARBFGpBLPwKAAAgAhCDAwwBCyAAQQI2AgwLIARBQGskAAtiAgF/AW8jAEEQayIDJAAgASgCACUBIAIQGyEEEFMiASAEJgEgASECIANBCGoQnQJBASEBIAACfyADKAIIQQFGBEAgAygCDAwBC0EAIQEgAgs2AgQgACABNgIAIANBEGokAAtcAQF/IwBBEGsiBCQAIARBADYCACAEIAI2AgQgBCADNgIMIARBADYCCCAABEAgACACIAMgASgCEBECACAEQRBqJAAPCyAEQQhqENICIAQQ0gJBmJrAAEEyEI4DAAu1AQEGfyMAQRBrIgUkACMAQRBrIgYkACAGEOECIgc2AgwgBkEMaiEIIAMgBEECdGohCSMAQRBrIgQkAANAIAMgCUcEQCAEIAMoAgAQkgI2AgwgCCAEQQxqIgoQ7AIgA0EEaiEDIAoQyAIMAQsLIARBEGokACAGQRBqJAAgBSAHNgIEIAVBCGogACABIAIgBUEEahBKIAUtAAhBAUYEQCAFKAIMENgBCyAFQQRqEMgCIAVBEGokAAuCAQECfyMAQRBrIgIkACACIAA2AgwgACgCDCAAKAIEIgFrQQV2IQADQCAABEAgAEEBayEAIAEQ6gIgAUEgaiEBDAELCyMAQRBrIgAkACAAIAJBDGooAgAiASgCADYCDCAAIAEoAgg2AgggAEEIakEEQSAQ0AEgAEEQaiQAIAJBEGokAAtSAQJ/IwBBEGsiAiQAAkAgAARAIABBCGsiACgCACEDIAIgADYCDCACQQxqEK0CIAFFIANBAUdxDQEgAkEQaiQADwsQjQMAC0GAgMAAQT8QjgMAC1IBAn8jAEEQayICJAACQCAABEAgAEEIayIAKAIAIQMgAiAANgIMIAJBDGoQqwIgAUUgA0EBR3ENASACQRBqJAAPCxCNAwALQYCAwABBPxCOAwALUgECfyMAQRBrIgIkAAJAIAAEQCAAQQhrIgAoAgAhAyACIAA2AgwgAkEMahCsAiABRSADQQFHcQ0BIAJBEGokAA8LEI0DAAtBgIDAAEE/EI4DAAtgAgJ/AW8jAEEQayICJAAgASgCACUBEB4hBBBTIgEgBCYBIAEhAyACQQhqEJ0CQQEhASAAAn8gAigCCEEBRgRAIAIoAgwMAQtBACEBIAMLNgIEIAAgATYCACACQRBqJAALVAEBfwJAAkAgACgCACAAKAIIIgNrIAJJBEAgACADIAIQZSAAKAIIIQMMAQsgAkUNAQsgAkUNACAAKAIEIANqIAEgAvwKAAALIAAgAiADajYCCEEAC1sBAn8CQAJAIAEoAggiAkUEQEEBIQEMAQsgASgCBCEDIAJBARCCAyIBRQ0BIAJFDQAgASADIAL8CgAACyAAIAI2AgggACABNgIEIAAgAjYCAA8LQQEgAhDHAgALhQEBBH8jAEEQayICJAAgAEEBOgAsIAJBCGogAEEUakH0icAAEIwCIAIoAgwhBCACKAIIIgEoAgghAyABQQA2AgggASgCBCEBA0AgAwRAIANBAWshAyABEOsCIAFBEGohAQwBCwsgBCAEKAIAQQFqNgIAIABBJGpBhIrAABC+ASACQRBqJAAL4QECBH8BfiMAQRBrIgUkACMAQRBrIgYkACAFQQRqIgQCfwJAAkACQCADrSABrX4iCEIgiKcNACAIpyIDQYCAgIB4IAJrSw0AIAMNASAEIAI2AgggBEEANgIEQQAMAwsgBEEANgIEDAELIAZBCGogAiADEOkBIAYoAggiBwRAIAQgBzYCCCAEIAE2AgRBAAwCCyAEIAM2AgggBCACNgIEC0EBCzYCACAGQRBqJAAgBSgCCCEBIAUoAgRBAUYEQCABIAUoAgwQxwIACyAAIAUoAgw2AgQgACABNgIAIAVBEGokAAuZAgEHfyMAQRBrIgkkACABKAIAIAJJBEBB4JzAAEHJAEGEncAAENQBAAsgCUEIaiELIwBBEGsiByQAIAdBDGohCAJAIARFDQAgASgCACIGRQ0AIAcgAzYCDCAEIAZsIQUgASgCBCEGIAdBCGohCAsgCCAFNgIAAkAgBygCDCIFBEAgBygCCCEKAkAgAkUEQCAGIAoQ0wIMAQsgAiAEbCEIAn8CQCAERQRAIApFDQEgBiAKEH4MAQsgBiAKIAUgCBDiAgwBCyAFCyIDRQ0CCyABIAM2AgQgASACNgIAC0GBgICAeCEFCyALIAg2AgQgCyAFNgIAIAdBEGokACAJKAIMIQEgACAJKAIINgIAIAAgATYCBCAJQRBqJAALVAEBfyMAQSBrIgIkACACIAE2AgwgAiAANgIIIAIgAkEMaq1CgICAgKAOhDcDGCACIAJBCGqtQoCAgICgDoQ3AxBBuIjAACACQRBqQciewAAQ1AEAC1EBAX8jAEEgayIDJAAgAyABNgIMIAMgADYCCCADIANBCGqtQoCAgICgDoQ3AxggAyADQQxqrUKAgICAoA6ENwMQQfKCwAAgA0EQaiACENQBAAtRAQF/IAAoAgBBA0cEQCAAQRBqEIgDIABBFGoiARCXAyABEMgCIABBGGoiARCXAyABEMgCIABBHGoQiAMgAEEgaiIBEJcDIAEQyAIgABDOAgsLTQEBfyABKAIIIgMgAksEQCAAIAEoAgQiACACQThsaiICQTj8CgAAIAIgACADQQFrIgJBOGxqQTj8CgAAIAEgAjYCCA8LIAIgAxCrAQALmwMBB38jAEEgayICJAAgAkEAOgAcIAIgACgCCDYCCCACIAApAgA3AwAgAiABKQIANwIMIAIgASkCCDcCFCMAQSBrIgEkACABQgA3AgggAUEBOgAcQQRBIBC6AiIAQoGAgIAQNwIAIAAgAUEIaiIDKQIANwIIIAAgAykCCDcCECAAIAMpAhA3AhggACAAKAIAQQFqIgM2AgACQAJAIAMEQCABIABBCGo2AgQgAUHEm8AANgIAIAEoAgQhByABKAIAIQhBBEEgELoCIgMgAikCGDcCGCADIAIpAhA3AhAgAyACKQIINwIIIAMgAikCADcCACAAKAIIDQEgAEF/NgIIIAAoAgwiBAR/IAAoAhAiBigCACIFBEAgBCAFEQAACyAGKAIEIgUEQCAGKAIIGiAEIAUQfgsgACgCGCAAKAIUKAIMEQAAIAAoAghBAWoFQQALIQQgACAINgIUIABBsInAADYCECAAIAM2AgwgACAENgIIIAAgBzYCGBDzASAAEHcgAUEgaiQADAILAAtBwInAABD5AQALIAJBIGokAAsDAAALAwAACwMAAAtDAQN/AkAgAkUNAANAIAAtAAAiBCABLQAAIgVGBEAgAEEBaiEAIAFBAWohASACQQFrIgINAQwCCwsgBCAFayEDCyADC0gBAX8jAEEQayICJAAgAiABNgIIIAAQ1QEiAQRAIAIgATYCDCACQQxqIgEgACgCBBEAACABEK4CCyACQQhqEMgCIAJBEGokAAtQAQJ/IwBBEGsiAyQAIANBBGoiBEGQlsAAQRkQkQEgBCABIAIQywEgACADKAIMNgIMIAAgAykCBDcCBCAAQQI2AhggAEEANgIAIANBEGokAAtHAQF/IwBBEGsiAyQAIANBADYCCCADIAI2AgwgAARAIAAgAiABKAIQEQMAIANBEGokAA8LIANBCGoQ0gJBmJrAAEEyEI4DAAtLAQF/IwBBEGsiBSQAIAVBADYCCCAFIAQ2AgwgAARAIAAgAiADIAQgASgCEBEFACAFQRBqJAAPCyAFQQhqENICQZiawABBMhCOAwALAwAACwMAAAsDAAALRwEBfyMAQRBrIgMkACADQQA2AgggAyACNgIMIAAEQCAAIAIgASgCEBEBACADQRBqJAAPCyADQQxqEMgCQcCCwABBMhCOAwALUgECfyAAKAIEIgIgACgCACIBNgIAIAEEQCABIAI2AgQLQbCiwAAoAgAgACgCCCIAQQJ0aigCAEUEQEGoosAAQaiiwAApAwBCASAArYaFNwMACwtJAQF/IwBBEGsiBCQAIARBADYCCCAEIAI2AgwgAARAIAAgAiADIAEoAhARAgAgBEEQaiQADwsgBEEIahDSAkGYmsAAQTIQjgMAC0YBAn8jAEEQayICJAAgAkEIaiAAIAEQjAIgAigCCCIBKAIAIAIoAgwhACABQYAINgIAIAAgACgCAEEBajYCACACQRBqJAALQwEBfyMAQRBrIgMkACADIAI2AgwgAyABNgIIIAFBAUYEQCADQQxqEMgCCyAAIAI2AgQgACABQQFzNgIAIANBEGokAAsOACAAQdSLwABBLBCiAwsOACAAQbCXwABBIBCiAwtGAQJ/IwBBEGsiASQAIAAtABQhAiAAQQE6ABQgASAAQQhrIgA2AgwCQCACRQRAIAAQ7wIMAQsgAUEMahCzAgsgAUEQaiQAC0ABAX8jAEEQayIDJAAgA0EEaiAAIAEgAhDHAQJAIAMoAghFDQAgAygCDCIARQ0AIAMoAgQgABB+CyADQRBqJAALRAEBfyMAQRBrIgEkACABQQhqIAAgACgCAEEBQQRBEBBcIAEoAggiAEGBgICAeEcEQCAAIAEoAgwQxwIACyABQRBqJAALQgECfyMAQRBrIgEkACABQQhqIABBJGpBpIrAABDmASABKAIMIQAgASgCCBCSAiAAIAAoAgBBAWs2AgAgAUEQaiQACzoBAX8CQCABaUEBRw0AIAFBACAAQYCAgIB4IAFrTRsiAkUNACAABEAgACACEIIDIgFFDQELIAEPCwALQAEDf0EEIQUCQCADRQ0AIAEoAgAiBkUNACAAIAI2AgQgACABKAIENgIAIAMgBmwhBEEIIQULIAAgBWogBDYCAAuqAQEEfyMAQRBrIgIkACMAQRBrIgMkAAJAAkAgAkEIaiIFIAEoAggiBCABKAIASQR/IANBCGogASAEQQRBBBCqASADKAIIIgRBgYCAgHhHDQEgASgCCAUgBAs2AgQgBSABKAIENgIAIANBEGokAAwBCyAEIAMoAgwQxwIACyACIAIoAgggAigCDBDwAiACKAIEIQEgACACKAIANgIAIAAgATYCBCACQRBqJAALOwEBfyMAQRBrIgIkACACIAEoAgAlARAzIAAgAigCAAR+IAAgAisDCDkDCEIBBUIACzcDACACQRBqJAALQQEBfyMAQRBrIgUkACAFQQhqIAAgASACIAMgBBBcIAUoAggiAEGBgICAeEcEQCAAIAUoAgwQxwIACyAFQRBqJAALPAEBfyAAIAIQpwIgACgCCCEDIAAgAgR/IAIEQCAAKAIEIANqIAEgAvwKAAALIAAoAggFIAMLIAJqNgIIC6cBAQN/IwBBIGsiAyQAIAMgAjYCHCADIAE2AhggAyACNgIUIwBBEGsiASQAAkACQCADQQhqIgUgA0EUaiICKAIIIgQgAigCAEkEfyABQQhqIAIgBEEBQQEQqgEgASgCCCIEQYGAgIB4Rw0BIAIoAggFIAQLNgIEIAUgAigCBDYCACABQRBqJAAMAQsgBCABKAIMEMcCAAsgACADKQMINwMAIANBIGokAAtGAQJ/IAEoAgQhAiABKAIAIQNBCEEEEIIDIgFFBEBBBEEIEJADAAsgASACNgIEIAEgAzYCACAAQYSewAA2AgQgACABNgIAC0ABAX8jAEEQayICJAAgASgCACUBEBcgAkEIahCdAiACKAIMIQEgACACKAIIQQFxNgIAIAAgATYCBCACQRBqJAALNwACQCADaUEBRw0AIANBACABQYCAgIB4IANrTRsiA0UNACAAIAEgAyACEOICIgBFDQAgAA8LAAs5AQN/IwBBEGsiAyQAIANBBGogACABIAIQxwEgAygCCCIABEAgAygCBCADKAIMENMCCyADQRBqJAALOgAgACABEFMiACACJgEgABBTIgAgAyYBIAAQUyIAIAQmASAAEFMiACAFJgEgABBTIgAgBiYBIAAQVwtAAQF/IwBBEGsiAiQAIAJBCGogASgCACUBEBkgAiACKAIIIAIoAgwQ8AIgACACKAIAIAIoAgQQ9QEgAkEQaiQACzsBAX8gAC0AFCEBIABBAToAFAJAIAFFBEAgAEEIayIAIAAoAgBBAWoiATYCACABRQ0BIAAQ7wILDwsAC94BAgF/AX4jAEEgayIDJAAgAyABNgIQIAMgADYCDCADQQE7ARwgAyACNgIYIAMgA0EMajYCFCMAQRBrIgEkACADQRRqIgApAgAhBCABIAA2AgwgASAENwIEIwBBEGsiACQAIAFBBGoiASgCACICKAIEIgNBAXEEQCACKAIAIQIgACADQQF2NgIEIAAgAjYCACAAQaydwAAgASgCBCABKAIIIgAtAAggAC0ACRBeAAsgAEGAgICAeDYCACAAIAE2AgwgAEHIncAAIAEoAgQgASgCCCIALQAIIAAtAAkQXgALNAECfwJAIAAoAgAiAEF/Rg0AIAAoAgAiAUUNACAAIAFBAWoiATYCACAAIQIgAQ0AAAsgAgs2AQF/IwBBEGsiBiQAIAYgACgCADYCDCAGQQxqIgAgASACIAMgBCAFEGQgABD/ASAGQRBqJAALOQEBfyMAQRBrIgEkACAAQRRqQQAgARBgIAEgAEEkakG0isAAEL4BNgIMIAFBDGoQyAIgAUEQaiQAC0kCAn8BbyMAQRBrIgEkACABIAA2AgggAUEIaiIAKAIAJQEQKCEDEFMiAiADJgEgASACNgIMIAFBDGoQyAIgABDIAiABQRBqJAAL5AECA38BfkEBIQMCQAJAAkBBASABKAIAIgEoAgAiAkECayACQQFNG0EBaw4CAgABCxCBAwALIwBBEGsiAiQAIAEpAgAhBSABQQQ2AgAgAiAFNwMIAkAgBadBAkYEQCACIAVCIIinEQAAIAIoAgAhBCABIAIoAgQ2AgQgASAENgIAIARBAU0NAUH0msAAEMwCAAsgAkEIaiIAKAIAQQFNBEAgABDJAgtBhJvAABDMAgALIAJBEGokAAsCQCABKAIAQQFHBEBBACEDDAELIAFBBGoQkgIhAQsgACABNgIEIAAgAzYCAAs3AQF/IwBBEGsiAyQAIAMgASgCADYCDCADIANBDGoiASACEEwgARC0AiAAQQA2AgAgA0EQaiQACzEBAX8jAEEQayIDJAAgAyABIAIQzQI2AgwgACADQQxqIgAQogIgABDIAiADQRBqJAALPwAgACgCAEGAgICAeEcEQCABIAAoAgQgACgCCBDYAg8LIAEoAgAgASgCBCAAKAIMKAIAIgAoAgAgACgCBBBFCzgAAkAgAkGAgMQARg0AIAAgAiABKAIQEQMARQ0AQQEPCyADRQRAQQAPCyAAIANBACABKAIMEQQACzsBAX8CfyABKAIAQYCAgIB4RgRAIAEoAgghAiABKAIEDAELIAEQgwNBAAshASAAIAI2AgQgACABNgIACzsBAX8CfyABKAIAQYGAgIB4RgRAIAEoAgghAiABKAIEDAELIAEQ0AJBAAshASAAIAI2AgQgACABNgIACzkBAX8jAEEQayICJAAgAiABKQIINwMIIAIgASkCADcDACAAIAIQ5QI2AgQgAEEBNgIAIAJBEGokAAs0ACAAKAIAIgAoAgAEQCAAQQRqEMgCIABBCGoQyAILIAAgAjYCCCAAIAE2AgQgAEEBNgIACzYBAn8gACgCBCICKAIAIgEEQCAAKAIAIAERAAALIAIoAgQiAQRAIAIoAggaIAAoAgAgARB+CwuDCAIJfwF+IwBBEGsiCSQAEFMiCCADJgEQUyIKIAQmARBTIgsgBSYBEFMiDCAGJgEjAEGAAWsiByQAIAcgAjYCDCAHIAE2AgggByAINgIQIAcgCjYCFCAHIAs2AhggByAMNgIcIAcgADYCeCAHIAdB/wBqIgA2AnQgByAANgJwIAcgADYCbCAHIAdBHGo2AmggByAANgJkIAcgADYCYCAHIAA2AlwgByAHQRhqNgJYIAcgADYCVCAHIAA2AlAgByAANgJMIAcgB0EUajYCSCAHIAA2AkQgByAANgJAIAcgADYCPCAHIAdBEGo2AjggByAANgI0IAcgADYCMCAHIAdBDGo2AiwgByAHQQhqNgIoIAdBIGohDSMAQZABayIAJAAgAEE4aiAHQShqIgEoAlAQcyAAQcQAaiABKAIAKAIAIAEoAgQoAgAQ9QEgAEEANgJQIABBADYCWCAAQQA2AmAgAEEANgJoIAAgASgCECgCACIINgJUIAAgASgCICgCACILNgJcIAAgASgCMCgCACIMNgJkIAAgASgCQCgCACIONgJsAkAgACgCOARAIAAoAkRBgICAgHhHDQELIABBMGogAEHoAGoQ9gEgACgCMCEKIAAoAjQhCyAAQShqIABB4ABqEPYBIAAoAighCCAAKAIsIQwgAEEgaiAAQdgAahD2ASAAKAIgIQcgACgCJCENIABBGGogAEHQAGoQ9gEgACgCGCEJIAAoAhwhDiAAQRBqIABBxABqEN4BIAAoAhAhAiAAKAIUIQ8gAEEIaiAAQThqEOsBIAAoAggiASACIAEbIgIgCSACGyIJIAcgCRsiByAIIAcbIgggCiAIGyIKQQEgChsgACgCDCAPIAEbIA4gAhsgDSAJGyAMIAcbIAsgCBtBACAKGxCOAwALIAAgACgCQDYCeCAAIAApAjgiEDcDcCAAIAApAkQ3A4ABIAAgACgCTDYCiAEgEKchDyAAQYABaiEKIwBBIGsiASQAQQRBEBC6AiICIA42AgwgAiAMNgIIIAIgCzYCBCACIAg2AgBBACEIA0ACQCACIAhqIQsCQAJAIAhBcEYNACALQQxqIgxFDQAgDBD/Ag0BCyABQQQ2AhggASACNgIQIAEgAjYCFCABIAtBEGo2AhwgASABQRBqEI0CNgIMIA0gDygCAEEcaiAKKAIEIAooAgggAUEMaiICEEogAhDIAiAKEIMDIAFBIGokAAwBCyABQQE2AhAgASAMKAIANgIUIAhBBGshCCABQRBqEMkCDAELCyAAQfAAahC8AiAAQZABaiQAIAkgBy0AICIAIAcoAiQgBy0AISAAGxCZAiAHQYABaiQAIAkoAgAgCSgCBCAJKAIIIAlBEGokAAuDCAIJfwF+IwBBEGsiCSQAEFMiCCADJgEQUyIKIAQmARBTIgsgBSYBEFMiDCAGJgEjAEGAAWsiByQAIAcgAjYCDCAHIAE2AgggByAINgIQIAcgCjYCFCAHIAs2AhggByAMNgIcIAcgADYCeCAHIAdB/wBqIgA2AnQgByAANgJwIAcgADYCbCAHIAdBHGo2AmggByAANgJkIAcgADYCYCAHIAA2AlwgByAHQRhqNgJYIAcgADYCVCAHIAA2AlAgByAANgJMIAcgB0EUajYCSCAHIAA2AkQgByAANgJAIAcgADYCPCAHIAdBEGo2AjggByAANgI0IAcgADYCMCAHIAdBDGo2AiwgByAHQQhqNgIoIAdBIGohDSMAQZABayIAJAAgAEE4aiAHQShqIgEoAlAQcyAAQcQAaiABKAIAKAIAIAEoAgQoAgAQ9QEgAEEANgJQIABBADYCWCAAQQA2AmAgAEEANgJoIAAgASgCECgCACIINgJUIAAgASgCICgCACILNgJcIAAgASgCMCgCACIMNgJkIAAgASgCQCgCACIONgJsAkAgACgCOARAIAAoAkRBgICAgHhHDQELIABBMGogAEHoAGoQ9gEgACgCMCEKIAAoAjQhCyAAQShqIABB4ABqEPYBIAAoAighCCAAKAIsIQwgAEEgaiAAQdgAahD2ASAAKAIgIQcgACgCJCENIABBGGogAEHQAGoQ9gEgACgCGCEJIAAoAhwhDiAAQRBqIABBxABqEN4BIAAoAhAhAiAAKAIUIQ8gAEEIaiAAQThqEOoBIAAoAggiASACIAEbIgIgCSACGyIJIAcgCRsiByAIIAcbIgggCiAIGyIKQQEgChsgACgCDCAPIAEbIA4gAhsgDSAJGyAMIAcbIAsgCBtBACAKGxCOAwALIAAgACgCQDYCeCAAIAApAjgiEDcDcCAAIAApAkQ3A4ABIAAgACgCTDYCiAEgEKchDyAAQYABaiEKIwBBIGsiASQAQQRBEBC6AiICIA42AgwgAiAMNgIIIAIgCzYCBCACIAg2AgBBACEIA0ACQCACIAhqIQsCQAJAIAhBcEYNACALQQxqIgxFDQAgDBD/Ag0BCyABQQQ2AhggASACNgIQIAEgAjYCFCABIAtBEGo2AhwgASABQRBqEI0CNgIMIA0gDygCAEEQaiAKKAIEIAooAgggAUEMaiICEEogAhDIAiAKEIMDIAFBIGokAAwBCyABQQE2AhAgASAMKAIANgIUIAhBBGshCCABQRBqEMkCDAELCyAAQfAAahC7AiAAQZABaiQAIAkgBy0AICIAIAcoAiQgBy0AISAAGxCZAiAHQYABaiQAIAkoAgAgCSgCBCAJKAIIIAlBEGokAAs1AQF/IwBBEGsiASQAIAEgACgCACIAKAIANgIMIAEgACgCCDYCCCABQQhqEIUDIAFBEGokAAs2AQF/IAEoAgAiA0H/////B08EQCACEPoBAAsgASADQQFqNgIAIAAgATYCBCAAIAFBBGo2AgALNQECf0EBIQIgASgCCCIDIAAoAgAoAgAiACgCBEYEfyABKAIEIAAoAgAgAxCzAUEARwVBAQsLNQECfwJAIABFDQAgASgCACICBEAgACACEQAACyABKAIEIgJFDQAgASgCCCEDIAAgAhDTAgsLHgAgAgRAIAIgARCCAyEBCyAAIAI2AgQgACABNgIACzUBAX8CfyABKAIARQRAIAEoAgghAiABKAIEDAELIAEQuwJBAAshASAAIAI2AgQgACABNgIACzUBAX8CfyABKAIARQRAIAEoAgghAiABKAIEDAELIAEQvAJBAAshASAAIAI2AgQgACABNgIACzUBAX8CfyABKAIARQRAIAEoAgghAiABKAIEDAELIAEQvQJBAAshASAAIAI2AgQgACABNgIACy4BAX8jAEEQayICJAAgAiAAKAIANgIMIAJBDGoiACABEEAgABD/ASACQRBqJAALLgEBfyMAQRBrIgIkACACIAAoAgA2AgwgAkEMaiIAIAEQUCAAEP8BIAJBEGokAAsvAQF/IwBBEGsiAiQAIAIgACkCADcCCCACQQhqIgAgARC0ASAAEP8BIAJBEGokAAt6AQN/IwBBEGsiBCQAIwBBIGsiAyQAIANBCGpB4ABBAUEBEKkBIANBADYCHCADIAMpAwg3AhQgA0EUakH7ABCcASAEQQRqIgUgAygCHDYCCCAFIAMpAhQ3AgAgA0EgaiQAIAAgBUHriMAAQQQgASACEJ4CIARBEGokAAslACAAQYECTwRAIABBHiAAZyIAa3YgAEEBdGtBPGoPCyAAQQR2Cy0BAX8jAEEQayIBJAAgASAAQQhrNgIMIAFBDGoiABCUASAAELUCIAFBEGokAAvsAQIBfwF+AkACQAJAQQFBiKLAAC0AACIAQQJrIABBAU0bQf8BcUEBaw4CAgABCxCBAwALIwBBIGsiACQAQYSiwAApAgAhAUGIosAAQQQ6AAAgACABNwMIIABB/KHAACkCADcDAAJAIAAtAAxBAkYEQCAAQRBqIAAoAgARAABBhKLAACAAKQIYNwIAQfyhwAAgACkCEDcCAEGIosAALQAAQQFNDQFB9JrAABDMAgALIAAtAAxBAU0EQCAAELQCIABBBGoQyAIgAEEIaiIAEJcDIAAQyAILQYSbwAAQzAIACyAAQSBqJAALQfyhwAAL7gsDC38BfAF+IwBBEGsiCSQAEFMiBSABJgEQUyIHIAImARBTIgogAyYBEFMiCCAEJgEjAEHgAGsiBiQAIAYgBzYCDCAGIAU2AgggBiAKNgIQIAYgCDYCFCAGIAA2AlggBiAGQd8AaiIANgJUIAYgADYCUCAGIAA2AkwgBiAGQRRqNgJIIAYgADYCRCAGIAA2AkAgBiAANgI8IAYgBkEQajYCOCAGIAA2AjQgBiAANgIwIAYgADYCLCAGIAZBDGo2AiggBiAANgIkIAYgADYCICAGIAA2AhwgBiAGQQhqNgIYIwBB8ABrIgUkACAFQTRqIgogBkEYaiIAKAJAEHMgBUEANgJAIAVBADYCSCAFQQA2AlAgBUEANgJYIAUgACgCACgCACIMNgJEIAUgACgCECgCACILNgJMIAUgACgCICgCACIHNgJUIAUgACgCMCgCACIINgJcIAUoAjRFBEAgBUEgaiAFQdgAahD2ASAFKAIgIQggBSgCJCEOIAVBGGogBUHQAGoQ9gEgBSgCGCEHIAUoAhwhDCAFQRBqIAVByABqEPYBIAUoAhAhBiAFKAIUIQsgBUEIaiAFQUBrEPYBIAUoAgghCSAFKAIMIQ0gBSAKEOsBIAUoAgAiACAJIAAbIgkgBiAJGyIGIAcgBhsiByAIIAcbIgpBASAKGyAFKAIEIA0gABsgCyAJGyAMIAYbIA4gBxtBACAKGxCOAwALIAUgBSgCPDYCaCAFIAUpAjQiETcDYCAFQShqIQ4gEachDSMAQbABayIAJAAgACALNgIkIAAgDDYCICAAIAg2AiwgACAHNgIoIABBgAggByAAQShqEP4CIgobNgIwIAAgByAIIAobNgI0IABB/ABqIABBIGoQmwECQAJAAkACQAJAAkACQAJAAkAgACgCfEGAgICAeEcEQCAAIAAoAoQBNgJAIAAgACkCfDcDOEEAIQwgAEEwahD8Ag0BDAILIABBgAFqQdCJwABBFBCRASAAQQA2AnwgAEH8AGoQ5QIhBwwECyAAIABBMGpBgIvAAEEHENsBNgJ8IABByABqIABB/ABqIgcQyQEgBxDIAiAAKwNQIRAgACkDSEIBUg0AIBBEAAAAAAAAAABkRQ0BQQEhDCAQRAAAwP///99BY0UNAQsgAEH8AGogAEEkahBNIAAoAoABIQcgACgCfCIIQQhHBEAgACAAKQKEATcCaCAAIAc2AmQgACAINgJgIABBGGogAEHgAGoQ4AEgACgCHCEHDAILIAAgBzYCXCAAQfwAaiAAQTRqEGEgACAAKQKAATcDcCAAIAAoAogBNgJ4IAAoAowBIQcgACgCfEEBRgRAIAAgACgCeDYCmAEgACAAKQNwNwOQASAAIAc2ApwBIABBCGogAEGQAWoQ4AEgACgCDCEHIABB3ABqEMgCDAILIAAgACgCeDYCqAEgACAAKQNwNwOgASANKAIAIghBFGoQ1QEiCwRAIABBEGogCEEsakGIi8AAEOYBIAAoAhQhDSAAKAIQEP8CIA0gDSgCAEEBazYCAA0EIAAgCzYCfCAAQfwAaiILIAgoAgwgCCgCECAAKAI8IAAoAkAgAEHcAGpBAyAAQaABaiAMIBD8AxBDIAsQrgIMBQsgAEECNgJ8IABBoAFqIABB/ABqEK8BDAQLIABBgAFqQZiLwABBORCRASAAQQA2AnwgAEH8AGoQ5QIhBwsgAEE4ahCDAwsgAEE0ahDIAiAAQTBqEMgCQQEhCCAKDQIMAwsgACALNgJ8IABB/ABqIggQrgIgAEEENgJ8IABBoAFqIAgQrwELIABB3ABqEMgCIABBOGoQgwMgAEE0ahDIAiAAQTBqEMgCQQAhCCAKRQ0BCyAAQSxqEMgCCyAAQSRqEMgCIABBIGoQyAIgDiAHNgIEIA4gCDYCACAAQbABaiQAIAUpAyghESAFQeAAahC8AiAGIBE3AwAgBUHwAGokACAJIAYoAgAgBigCBBCZAiAGQeAAaiQAIAkoAgAgCSgCBCAJKAIIIAlBEGokAAtBAQF/IwBBEGsiAyQAIANBCGogASACEMwBIAMoAgghASAAIAMoAgwiAjYCCCAAIAE2AgQgACACNgIAIANBEGokAAswAQF/AkAgASgCACICBEAgASgCBCEBDAELIAFBBGoQyAILIAAgATYCBCAAIAI2AgALLAECfyABKAIEIgMgACgCACIAKAIIRgR/IAAoAgQgASgCACADELMBBUEBC0ULLAEBfyMAQRBrIgEkACABIAApAgA3AgggAUEIaiIAEG0gABDeAiABQRBqJAALDgAgAEKAgICAsA4QoAMLDgAgAEKAgICAwA4QoAMLugQCA38BfiMAQRBrIgUkABBTIgYgAyYBIwBBQGoiBCQAIAQgAjYCECAEIAE2AgwgBCAGNgIUIAQgADYCOCAEIARBP2oiADYCNCAEIAA2AjAgBCAANgIsIAQgBEEUajYCKCAEIAA2AiQgBCAANgIgIAQgBEEQajYCHCAEIARBDGo2AhgjAEHgAGsiACQAIABBIGogBEEYaiIBKAIgEHMgAEEsaiABKAIAKAIAIAEoAgQoAgAQ9QEgAEEANgI4IAAgASgCECgCACICNgI8AkAgACgCIARAIAAoAixBgICAgHhHDQELIABBGGogAEE4ahD2ASAAKAIYIQUgACgCHCEEIABBEGogAEEsahDeASAAKAIQIQIgACgCFCEGIABBCGogAEEgahDrASAAKAIIIgEgAiABGyICIAUgAhsiBUEBIAUbIAAoAgwgBiABGyAEIAIbQQAgBRsQjgMACyAAIAAoAig2AkggACAAKQIgIgc3A0AgACAAKQIsNwNQIAAgACgCNDYCWCMAQRBrIgEkACABIAI2AgwgASAHpyIGKAIAQRxqIABB0ABqIAFBDGpBABBZQQEhAgJ/IAEoAgBBAUYEQCABKAIEDAELQQAhAiAGEMABCyEGIAFBDGoQyAIgACAGNgIEIAAgAjYCACABQRBqJAAgACkDACEHIABBQGsQvAIgBCAHNwMAIABB4ABqJAAgBSAEKAIAIAQoAgQQmQIgBEFAayQAIAUoAgAgBSgCBCAFKAIIIAVBEGokAAu6BAIDfwF+IwBBEGsiBSQAEFMiBiADJgEjAEFAaiIEJAAgBCACNgIQIAQgATYCDCAEIAY2AhQgBCAANgI4IAQgBEE/aiIANgI0IAQgADYCMCAEIAA2AiwgBCAEQRRqNgIoIAQgADYCJCAEIAA2AiAgBCAEQRBqNgIcIAQgBEEMajYCGCMAQeAAayIAJAAgAEEgaiAEQRhqIgEoAiAQcyAAQSxqIAEoAgAoAgAgASgCBCgCABD1ASAAQQA2AjggACABKAIQKAIAIgI2AjwCQCAAKAIgBEAgACgCLEGAgICAeEcNAQsgAEEYaiAAQThqEPYBIAAoAhghBSAAKAIcIQQgAEEQaiAAQSxqEN4BIAAoAhAhAiAAKAIUIQYgAEEIaiAAQSBqEOsBIAAoAggiASACIAEbIgIgBSACGyIFQQEgBRsgACgCDCAGIAEbIAQgAhtBACAFGxCOAwALIAAgACgCKDYCSCAAIAApAiAiBzcDQCAAIAApAiw3A1AgACAAKAI0NgJYIwBBEGsiASQAIAEgAjYCDEEBIQIgASAHpyIGKAIAQRxqIABB0ABqIAFBDGpBARBZAn8gASgCAEEBRgRAIAEoAgQMAQtBACECIAYQwAELIQYgAUEMahDIAiAAIAY2AgQgACACNgIAIAFBEGokACAAKQMAIQcgAEFAaxC8AiAEIAc3AwAgAEHgAGokACAFIAQoAgAgBCgCBBCZAiAEQUBrJAAgBSgCACAFKAIEIAUoAgggBUEQaiQAC7oEAgN/AX4jAEEQayIFJAAQUyIGIAMmASMAQUBqIgQkACAEIAI2AhAgBCABNgIMIAQgBjYCFCAEIAA2AjggBCAEQT9qIgA2AjQgBCAANgIwIAQgADYCLCAEIARBFGo2AiggBCAANgIkIAQgADYCICAEIARBEGo2AhwgBCAEQQxqNgIYIwBB4ABrIgAkACAAQSBqIARBGGoiASgCIBBzIABBLGogASgCACgCACABKAIEKAIAEPUBIABBADYCOCAAIAEoAhAoAgAiAjYCPAJAIAAoAiAEQCAAKAIsQYCAgIB4Rw0BCyAAQRhqIABBOGoQ9gEgACgCGCEFIAAoAhwhBCAAQRBqIABBLGoQ3gEgACgCECECIAAoAhQhBiAAQQhqIABBIGoQ6gEgACgCCCIBIAIgARsiAiAFIAIbIgVBASAFGyAAKAIMIAYgARsgBCACG0EAIAUbEI4DAAsgACAAKAIoNgJIIAAgACkCICIHNwNAIAAgACkCLDcDUCAAIAAoAjQ2AlgjAEEQayIBJAAgASACNgIMIAEgB6ciBigCAEEQaiAAQdAAaiABQQxqQQAQWUEBIQICfyABKAIAQQFGBEAgASgCBAwBC0EAIQIgBhDBAQshBiABQQxqEMgCIAAgBjYCBCAAIAI2AgAgAUEQaiQAIAApAwAhByAAQUBrELsCIAQgBzcDACAAQeAAaiQAIAUgBCgCACAEKAIEEJkCIARBQGskACAFKAIAIAUoAgQgBSgCCCAFQRBqJAALugQCA38BfiMAQRBrIgUkABBTIgYgAyYBIwBBQGoiBCQAIAQgAjYCECAEIAE2AgwgBCAGNgIUIAQgADYCOCAEIARBP2oiADYCNCAEIAA2AjAgBCAANgIsIAQgBEEUajYCKCAEIAA2AiQgBCAANgIgIAQgBEEQajYCHCAEIARBDGo2AhgjAEHgAGsiACQAIABBIGogBEEYaiIBKAIgEHMgAEEsaiABKAIAKAIAIAEoAgQoAgAQ9QEgAEEANgI4IAAgASgCECgCACICNgI8AkAgACgCIARAIAAoAixBgICAgHhHDQELIABBGGogAEE4ahD2ASAAKAIYIQUgACgCHCEEIABBEGogAEEsahDeASAAKAIQIQIgACgCFCEGIABBCGogAEEgahDqASAAKAIIIgEgAiABGyICIAUgAhsiBUEBIAUbIAAoAgwgBiABGyAEIAIbQQAgBRsQjgMACyAAIAAoAig2AkggACAAKQIgIgc3A0AgACAAKQIsNwNQIAAgACgCNDYCWCMAQRBrIgEkACABIAI2AgxBASECIAEgB6ciBigCAEEQaiAAQdAAaiABQQxqQQEQWQJ/IAEoAgBBAUYEQCABKAIEDAELQQAhAiAGEMEBCyEGIAFBDGoQyAIgACAGNgIEIAAgAjYCACABQRBqJAAgACkDACEHIABBQGsQuwIgBCAHNwMAIABB4ABqJAAgBSAEKAIAIAQoAgQQmQIgBEFAayQAIAUoAgAgBSgCBCAFKAIIIAVBEGokAAsKACAAQfABEJ4DCy4BAX8CQCAARQRAQQAhAAwBCyAAKAIAIgAgACgCAEEBaiIBNgIAIAENAAALIAALCQAgAEEQEJ4DCzAAIAAoAghBAk8EQCAAQSwQnAELIABBIhCcASAAIAEgAhDLASAAQd2XwABBAhDLAQsJACAAQSAQngMLDgAgACABQZSbwAAQoQMLDgAgACABQcSbwAAQoQMLlgcCCH8BfiMAQRBrIgckABBTIgMgASYBEFMiCCACJgEjAEFAaiIEJAAgBCAINgIMIAQgAzYCCCAEIAA2AjggBCAEQT9qIgA2AjQgBCAANgIwIAQgADYCLCAEIARBDGo2AiggBCAANgIkIAQgADYCICAEIAA2AhwgBCAEQQhqNgIYIwBB0ABrIgMkACADQSRqIgggBEEYaiIAKAIgEHMgA0EANgIwIANBADYCOCADIAAoAgAoAgAiBTYCNCADIAAoAhAoAgAiBjYCPCADKAIkRQRAIANBGGogA0E4ahD2ASADKAIYIQQgAygCHCEFIANBEGogA0EwahD2ASADKAIQIQcgAygCFCEGIANBCGogCBDsASADKAIIIgAgByAAGyIHIAQgBxsiBEEBIAQbIAMoAgwgBiAAGyAFIAcbQQAgBBsQjgMACyAEQRBqIQggAyADKAIsNgJIIAMgAykCJCILNwNAIwBB0ABrIgAkACAAIAY2AgQgACAFNgIAIABBKGogC6coAgAiBUEIaiAAEGwgACgCLCEGAkAgACgCKCIJQYCAgIB4RgRAIAhBAToAACAIIAY2AgQMAQsgACAAKAIwNgIQIAAgBjYCDCAAIAk2AgggAEEoaiIJIABBBGoQTSAAKAIsIQYgACgCKCIKQQhHBEAgACAAKQIwNwIwIAAgBjYCLCAAIAo2AiggCRDlAiEFIAhBAToAACAIIAU2AgQgAEEIahCDAwwBCyAAIAY2AhQgAEEoaiIJQcSKwABBBRDwASAAQRhqIgYgCUH1iMAAQQQgBSgCDCAFKAIQEJ4CIABBQGsiCSAGQe+IwABBBCAAKAIMIAAoAhAQngIgCUH7iMAAQQQQggIgACAAKAJINgIwIAAgACkCQDcDKCAFQRRqENUBIQUgACAAQRRqIgo2AjQCfyAFBEAgACAAKAIwNgJIIAAgACkDKDcDQCAAIAU2AjwgBiAFQQhqIAkgCkHJisAAQQEQbyAAQTxqEK4CIAAoAhgMAQsgAEEJNgIYIABBKGoQgwNBCQshBSAIQQA6AAAgCCAFQQhGOgABIAVBCUcEQCAAQRhqENECCyAAQRRqEMgCIABBCGoQgwMLIABBBGoQyAIgABDIAiAAQdAAaiQAIANBQGsQvQIgA0HQAGokACAHIAQtABAiACAEKAIUIAQtABEgABsQmQIgBEFAayQAIAcoAgAgBygCBCAHKAIIIAdBEGokAAu5BgIJfwF+IwBBEGsiBiQAEFMiAyABJgEQUyIHIAImASMAQUBqIgQkACAEIAc2AhQgBCADNgIQIAQgADYCOCAEIARBP2oiADYCNCAEIAA2AjAgBCAANgIsIAQgBEEUajYCKCAEIAA2AiQgBCAANgIgIAQgADYCHCAEIARBEGo2AhgjAEHQAGsiAyQAIANBJGoiByAEQRhqIgAoAiAQcyADQQA2AjAgA0EANgI4IAMgACgCACgCACIFNgI0IAMgACgCECgCACIINgI8IAMoAiRFBEAgA0EQaiADQThqEPYBIAMoAhAhBCADKAIUIQUgA0EIaiADQTBqEPYBIAMoAgghBiADKAIMIQkgAyAHEOoBIAMoAgAiACAGIAAbIgYgBCAGGyIEQQEgBBsgAygCBCAJIAAbIAUgBhtBACAEGxCOAwALIARBCGogAyADKAIsNgJIIAMgAykCJCIMNwNAIANBGGohCSAMpyELIwBB8ABrIgAkACAAIAg2AhwgACAFNgIYAkAgAEEYahD8AkUEQCAAQUBrQYCXwABBGhCRASAAQQA2AjwgAEE8ahDlAiEHQQEhBQwBCyAAQTxqIABBHGoQYSAAIAApAkA3AzAgACAAKAJINgI4QQEhBSAAKAJMIQcgACgCPEEBRgRAIAAgACgCODYCWCAAIAApAzA3A1AgACAHNgJcIABBCGogAEHQAGoQ4AEgACgCDCEHDAELIAAgACgCODYCKCAAIAApAzA3AyAgACAHNgIsIABBPGogAEEYahBNIAAoAkAhBSAAKAI8IghBCEcEQCAAIAApAkQ3AmggACAFNgJkIAAgCDYCYCAAQRBqIABB4ABqEOABIAAoAhQhByAAQSxqEMgCIABBIGoQqQJBASEFDAELIAAgBTYCMEEAIQUgC0HGkMAAQQZBmpfAAEELIABBMGoiCEEAIABBIGpBACAAEEMgCBDIAgsgAEEcahDIAiAAQRhqEMgCIAkgBzYCBCAJIAU2AgAgAEHwAGokACADKQMYIANBQGsQuwI3AwAgA0HQAGokACAGIAQoAgggBCgCDBCZAiAEQUBrJAAgBigCACAGKAIEIAYoAgggBkEQaiQAC/IDAgZ/AX4jAEEQayIFJAAQUyIEIAEmARBTIgYgAiYBIwBBQGoiAyQAIAMgBjYCFCADIAQ2AhAgAyAANgI4IAMgA0E/aiIANgI0IAMgADYCMCADIAA2AiwgAyADQRRqNgIoIAMgADYCJCADIAA2AiAgAyAANgIcIAMgA0EQajYCGCMAQdAAayIAJAAgAEEkaiIGIANBGGoiBCgCIBBzIABBADYCMCAAQQA2AjggACAEKAIAKAIAIgc2AjQgACAEKAIQKAIAIgg2AjwgACgCJEUEQCAAQRBqIABBOGoQ9gEgACgCECEEIAAoAhQhByAAQQhqIABBMGoQ9gEgACgCCCEDIAAoAgwhCCAAIAYQ6gEgACgCACIFIAMgBRsiAyAEIAMbIgRBASAEGyAAKAIEIAggBRsgByADG0EAIAQbEI4DAAsgACAAKAIsNgJIIAAgACkCJCIJNwNAIwBBEGsiBCQAIAQgCDYCDCAEIAc2AgggBCAJpyAEQQhqIgYgBEEMaiIHEEYgBCkDACEJIAcQyAIgBhDIAiAAQRhqIAk3AwAgBEEQaiQAIAApAxghCSAAQUBrELsCIANBCGogCTcDACAAQdAAaiQAIAUgAygCCCADKAIMEJkCIANBQGskACAFKAIAIAUoAgQgBSgCCCAFQRBqJAALJwECfyAAKAIIIgMgASgCBEYEfyAAKAIEIAEoAgAgAxCzAQVBAQtFCw0AIAAgASACQQgQnwMLKgEBfyMAQRBrIgMkACADIAAoAgA2AgwgA0EMaiABIAIQ4QEgA0EQaiQACw0AIAAgASACQQQQnwMLkAIBBn8jAEEQayIEJAAgBBDhAiIFNgIMIARBDGohAiMAQSBrIgEkACABIAApAgA3AwggASAAKQIINwMQIAEoAgwhACABKAIUIQYDQCAAIAZHBEAgASAAQQRqIgM2AgwgASAAKAIANgIcIAIgAUEcaiIAEOwCIAAQyAIgAyEADAELCyMAQRBrIgMkACADIAFBCGoiADYCDCAAKAIMIAAoAgQiAGtBAnYhAgNAIAIEQCACQQFrIQIgABDIAiAAQQRqIQAMAQsLIwBBEGsiACQAIAAgA0EMaigCACICKAIANgIMIAAgAigCCDYCCCAAQQhqEIwDIABBEGokACADQRBqJAAgAUEgaiQAIARBEGokACAFC1MBAn8jAEEQayIDJAAgA0EEaiICIAEQmwECQCACKAIAQYCAgIB4RwRAIAAgAigCCDYCCCAAIAIpAgA3AgAMAQtBlJzAAEExEI4DAAsgA0EQaiQAC+sZAyB/A34BfCMAQRBrIgwkABBTIgMgACYBEFMiBCABJgEjAEFAaiIIJAAgCCAENgIYIAggAzYCFCAIIAhBP2oiAzYCOCAIIAM2AjQgCCADNgIwIAggCEEYajYCLCAIIAM2AiggCCADNgIkIAggAzYCICAIIAhBFGo2AhwjAEEQayIOJAAgDkEIaiEVIAhBHGoiAygCACgCACEEIAMoAhAoAgAhAyMAQcADayICJAAgAiADNgJEIAIgBDYCQAJAAkAgAkFAayIDEPsCRQRAIAMQ/wJFDQELIAJB6ABqQYKWwABBDhC1AQwBCyACIAJBQGsiA0H0lMAAQQMQ2wE2ArwDIAIgA0GJicAAQQMQ2wE2AkgCQAJAAkAgAkG8A2oiAxD7Ag0AIAMQ/wINAAJAIAJByABqIgMQ+wINACADEP8CDQAgAkHEAGoiAxD/Ag0CIAMQ+wINAiADEP4CDQIgAkHoAGpBpI3AAEEaELUBDAMLIAJB6ABqQd6VwABBEhC1AQwCCyACQegAakHwlcAAQRIQtQEMAQsgAkGYA2ogAkG8A2oQmwEgAkE4aiACQcgAahClASACQTBqIAIoAjggAigCPBC/AQJAIAIoAjBBAUYEQCACIAIoAjQ2AlggAkGoA2ogAkHYAGoiAxCbASADEMgCDAELIAJBgICAgHg2AqgDCyACIAIoAqADNgLYAiACIAIpApgDIiI3A9ACIAIgAikCqAMiIzcC3AIgAiACKAKwAzYC5AIgAkHcAmohAyAip0GAgICAeEYiBEUgI6ciBkGAgICAeEdxRQRAIAQEfyAGBSACQdACahCDAyACKALcAgtBgICAgHhHBEAgAxCDAwsgAkHoAGpBxJXAAEEaELUBDAELIAIgAigC2AI2AqADIAIgAikD0AI3A5gDIAIgAygCCDYCsAMgAiADKQIANwOoAyACIAJBQGtB95TAAEEOENsBNgJYIAJB0AJqIAJB2ABqIgMQyQEgAikD0AIhIiACKwPYAiElIAMQyAIgJUQAAAAAAAAAAGRFICVEAADA////30FjRXIgIkIBUXFFBEAgAiACKAKgAzYC2AIgAiACKQOoAzcC3AIgAiACKAKwAzYC5AIgAiACKQOYAzcDaCACICI+AoABIAIgJfwDNgKEASACIAIpA9gCNwNwIAIgAikD4AI3A3ggAkHIAGoQyAIgAkG8A2oQyAIMAgsgAkHoAGpBhZXAAEE/ELUBIAJBqANqEIMDIAJBmANqEIMDCyACQcgAahDIAiACQbwDahDIAgsCQAJAAkAgAigCgAEiCUECRgRAIAIgAikDcDcDgAMgAiACKQNoNwP4AiACQQhqIAJB+AJqEOABIAIoAgwhD0EBIQMMAQsgAiACKQN4NwOIAyACIAIpA3AiIjcDgAMgAiACKQNoIiM3A/gCIAIoAoQBIRAgAiAiPgJQIAIgIzcDSCACIAIoAowDNgJgIAIgAikChAM3A1ggAkHoAGoiBCACQcQAahBhIAIgAikCbDcD0AIgAiACKAJ0NgLYAkEBIQMgAigCeCEPAkACQCACKAJoQQFGBEAgAiACKALYAjYCcCACIAIpA9ACNwNoIAIgDzYCdCACQRBqIAQQ4AEgAigCFCEPDAELIAIgAigC2AI2ArADIAIgAikD0AI3A6gDIAIoAkwgAigCUCMAQRBrIgQkAEHglsAAQRAQEyEAEFMiBiAAJgEgBEEIahCdAkEBIQMgAkEoaiIFAn8gBCgCCEEBRgRAIAQoAgwMAQtBACEDIAYLNgIEIAUgAzYCACAEQRBqJAAgAigCLCEKIAIoAihBAUcNASACIAo2AtACIAJB7ABqIAJB0AJqIgMQayACQQE2AmggAkGoA2ogAkHoAGoQrwEgAxDIAkEAIQMLIAJB2ABqEIMDIAJByABqEIMDDAELQeuIwABBBBDNAiELQe+IwABBBBDNAiERQfOIwABBAhDNAiESQfWIwABBBBDNAiENQfmIwABBAhDNAiEWQfuIwABBBBDNAiEXQf+IwABBBRDNAiEYQbiQwABBBxDNAiEZQeiTwABBCBDNAiEaQcSKwABBBRDNAiEbQcaQwABBBhDNAiEcQb+QwABBBxDNAiEdQcyQwABBARDNAiEeIAIgAigCYDYCkAIgAiACKQNYNwOIAiACIAIpA6gDNwKMASACIAIoArADNgKUASMAQRBrIgMkACADEB85AwggA0EIaisDACElIANBEGokACACICVEAAAAAOI34EGi/Ac3A/gCIAJBqZbAADYC0AIgAkKAgICA4AA3AtgCIAIgAkH4AmoiBzYC1AIjAEEQayIFJAAgBUEANgIMIAVCgICAgBA3AgQjAEEQayIGJAAgAkHQAmoiHyIDKQIAISIgBUEEaiITIAMoAgwiBCADKAIIIgNrIhRBACAEIBRPGxCnAiAGIAQ2AgwgBiADNgIIIAYgIjcDACAGKAIMIgQgBigCCCIDIAMgBEkbIRQgBigCBCEgIAYoAgAhIQJAAkADQCADIBRHBEAgICkDACEkAkAgA0UEQEIBISIMAQtCJCEjQgEhIiADIQQDQAJAIARBAXEEQCAiICN+ISIgBEEBRg0BCyAEQQF2IQQgIyAjfiEjDAELCyAiUA0DCyADQQFqIQMgEyAhICQgIoBCJIKnai0AABCcAQwBCwsMAQtB4KDAAEEzQdCWwAAQ1AEACyAGQRBqJAAgAkGYA2oiBCAFKAIMNgIIIAQgBSkCBDcCACAFQRBqJAAgAigCnAMhBiACKAKgAyEFIwBBEGsiAyQAIANBBGoiEyAGIAUQkQEgE0GOmMAAQQEQywEgByADKAIMNgIQIAcgAykCBDcCCCAHQQA2AhwgB0KAgICAwAA3AhQgB0IBNwMAIANBEGokACACIAIpA5ADNwLsAiACIAIpA4gDNwLkAiACIAIpA4ADNwLcAiACIAIpA/gCNwLUAiACQQA6AMwCIAIgHjYCyAIgAiAdNgLEAiACIBw2AsACIAIgGzYCvAIgAiAaNgK4AiACIBk2ArQCIAIgGDYCsAIgAiAXNgKsAiACIBY2AqgCIAIgDTYCpAIgAiASNgKgAiACIBE2ApwCIAIgCzYCmAIgAiAKNgKUAiACQQA2AsABIAJCgICAgDA3A5gBIAJBADYCiAEgAkKAgICAgIABNwOAASACQgQ3A3ggAkIANwNwIAIgEDYCbCACIAk2AmggAkHEAWogH0Ek/AoAACACQgQ3A4ACIAJCADcD+AEgAkIENwPwASACQgA3A+gBQQhB8AEQugIiBUKBgICAEDcDACAFQQhqIAJB6ABqIgpB6AH8CgAAIAIgBTYCZCAEEIMDIAUgBSgCAEEBaiIDNgIAIANFDQEgBRD5AhALIQAQUyIEIAAmASACQSBqIAVBIGpB8JbAABCMAiACKAIkIQMgAigCICIGEMgCIAYgBDYCACADIAMoAgBBAWo2AgAgBSAFKAIEQQFqIgM2AgQgA0UNASACIAU2ArQDIAIgAkG0A2oiBzYCuAMgAiACQbgDaiIDQQMQ+AIiETYCvAMgAiADQQQQ+AIiEjYCmAMgBxCUAiEDQQRBBBC6AiIEIAM2AgAgBEGEgsAAED0hABBTIgMgACYBIAIgAzYC+AIgBxCUAiEEQQRBBBC6AiIGIAQ2AgAgBkGYgsAAEDshABBTIgQgACYBIAIgBDYC0AIgBxCUAiEGQQRBBBC6AiIJIAY2AgAgCUGsgsAAEDkhABBTIgYgACYBAkAgBSgCCEEBRgRAIAUoAgwhECAHEJQCIQ0jAEEQayIHJAAjAEEQayIJJABBBEEIELoCIgsgEDYCBCALIA02AgAgCUEIaiINQcCBwAA2AgQgDSALNgIAIAkoAghBwIHAABCLAyELIAlBEGokACAHIAs2AgwgByAHQQxqIBAQngEgBygCACAHKAIEEMICIQkgCiALNgIMIApBATYCCCAKIAk2AgQgCkEBNgIAIAdBEGokAAwBCyACQQI2AmgLIAVBtAFqIgcgAkG8A2oQowIgByACQfgCahCmAiAHIAJB0AJqEKQCIAcgAkGYA2oQpQIgAkEYaiAFQThqQfyRwAAQjAIgAigCHCEHIAIoAhgiBRCtASAFIAY2AiAgBSASNgIcIAUgBDYCGCAFIAM2AhQgBSARNgIQIAUgAikCcDcCCCAFIAIpAmg3AgAgByAHKAIAQQFqNgIAIAJBtANqEP8BIAJB5ABqEK4CIAJByABqEIMDQQAhAwsgAkHEAGoQyAIgAkFAaxDIAiAVIA82AgQgFSADNgIAIAJBwANqJAAMAQsACyAOKAIMIQMgCEEIaiIEIA4oAgg2AgAgBCADNgIEIA5BEGokACAMIAgoAgggCCgCDBCZAiAIQUBrJAAgDCgCACAMKAIEIAwoAgggDEEQaiQAC8oDAgl/AX4jAEEQayIEJAAQUyIDIAEmASMAQTBrIgIkACACIAM2AhQgAiAANgIoIAIgAkEvaiIANgIkIAIgADYCICACIAA2AhwgAiACQRRqNgIYIwBBQGoiACQAIABBHGoiAyACQRhqIgUoAhAQcyAAQQA2AiggACAFKAIAKAIAIgY2AiwgACgCHEUEQCAAQQhqIABBKGoQ9gEgACgCCCECIAAoAgwhBSAAIAMQ7AEgACgCACIEIAIgBBsiAkEBIAIbIAAoAgQgBSAEG0EAIAIbEI4DAAsgAkEIaiAAIAAoAiQ2AjggACAAKQIcIgs3AzAgAEEQaiEFIwBBIGsiAyQAIAMgBjYCDAJAIAunKAIAIgZBFGoQ1QEiBwRAIAMgBzYCECADIANBEGoiCSAGQRhqIANBDGoiChBGIAMoAgQhBiADKAIAIQcgCRCuAiAKEMgCDAELIANBAjYCECADQRBqEOUCIQYgA0EMahDIAkEBIQcLIAUgBzYCACAFIAY2AgQgA0EgaiQAIAApAxAgAEEwahC9AjcDACAAQUBrJAAgBCACKAIIIAIoAgwQmQIgAkEwaiQAIAQoAgAgBCgCBCAEKAIIIARBEGokAAueBAIIfwF+IwBBEGsiBCQAEFMiAiABJgEjAEEwayIDJAAgAyACNgIUIAMgADYCKCADIANBL2oiADYCJCADIAA2AiAgAyAANgIcIAMgA0EUajYCGCMAQUBqIgIkACACQRxqIgAgA0EYaiIFKAIQEHMgAkEANgIoIAIgBSgCACgCACIFNgIsIAIoAhxFBEAgAkEIaiACQShqEPYBIAIoAgghBCACKAIMIQMgAiAAEOoBIAIoAgAiACAEIAAbIgRBASAEGyACKAIEIAMgABtBACAEGxCOAwALIANBCGogAiACKAIkNgI4IAIgAikCHCIKNwMwIAJBEGohByAKpyEGIwBB0ABrIgAkACAAIAU2AgwgAEEcaiAAQQxqEGEgACAAKQIgNwMQIAAgACgCKDYCGEEBIQggACgCLCEFAkAgACgCHEEBRgRAIAAgACgCGDYCOCAAIAApAxA3AzAgACAFNgI8IAAgAEEwahDgASAAKAIEIQUMAQsgACAAKAIYNgJIIAAgACkDEDcDQCAAEJYDNgIcQQAhCCAGQcaQwABBBkGll8AAQQkgAEEcaiIGQQIgAEFAa0EAIAAQQyAGEMgCCyAAQQxqEMgCIAcgBTYCBCAHIAg2AgAgAEHQAGokACACKQMQIAJBMGoQuwI3AwAgAkFAayQAIAQgAygCCCADKAIMEJkCIANBMGokACAEKAIAIAQoAgQgBCgCCCAEQRBqJAALKAEBfyAAKAIAIgBBgAhPIABBhAhJcQR/IAAFEFMiASAAJQEmASABCwslAQF/IAAoAgAiAUEGS0EBIAF0QcMAcUVyRQRAIABBBGoQgwMLCykBAX8CQCAAKAIAIgBBf0YNACAAIAAoAgRBAWoiATYCBCABDQAACyAACyYBAX8gACgCCCIDIAFNBEAgASADIAIQrAEACyAAKAIEIAFBOGxqCyYBAX8jAEEQayIBJAAgASAAQQhrNgIMIAFBDGoQlAEgAUEQaiQACyYBAX8jAEEQayIBJAAgASAAQQhrNgIMIAFBDGoQtQIgAUEQaiQACyYBAX8jAEEQayIBJAAgASAAQQhrNgIMIAFBDGoQswIgAUEQaiQACyYAIAAgATYCCCAAIAJBACABQQFxIgEbNgIEIABBACACIAEbNgIAC78HAgx/AX4jAEEQayIIJAAQUyIDIAEmARBTIgUgAiYBIwBBQGoiBCQAIAQgBTYCFCAEIAM2AhAgBCAANgI4IAQgBEE/aiIANgI0IAQgADYCMCAEIAA2AiwgBCAEQRRqNgIoIAQgADYCJCAEIAA2AiAgBCAANgIcIAQgBEEQajYCGCMAQdAAayIDJAAgA0EkaiIFIARBGGoiACgCIBBzIANBADYCMCADQQA2AjggAyAAKAIAKAIAIgc2AjQgAyAAKAIQKAIAIgY2AjwgAygCJEUEQCADQRBqIANBOGoQ9gEgAygCECEEIAMoAhQhByADQQhqIANBMGoQ9gEgAygCCCEIIAMoAgwhBiADIAUQ7AEgAygCACIAIAggABsiCCAEIAgbIgRBASAEGyADKAIEIAYgABsgByAIG0EAIAQbEI4DAAsgBEEIaiADIAMoAiw2AkggAyADKQIkIg83A0AgA0EYaiEMIwBBQGoiACQAIAAgBjYCGCAAIAc2AhQgAEEoaiIGIA+nKAIAIgVBCGogAEEUahBsIAAoAiwhBwJ/IAAoAigiCUGAgICAeEcEQCAAIAAoAjA2AiQgACAHNgIgIAAgCTYCHCAAQRhqEPoCIgkEQCAAQQhqIAVBHGpB3IrAABCMAiAAKAIMIQcgACgCCCEFIAAgACgCJDYCMCAAIAApAhw3AyggCRCSAiENIwBBEGsiCSQAIAlBCGogBSAGKAIEIAYoAggQcAJAAkACfyAJKAIIQQFGBEAgCSgCDCIKIAUoAggiC08NAiAFKAIEIApBBHRqIgooAgwhBSAKIA02AgwgBhCDA0EBDAELIAUoAggiCiAFKAIARgRAIAUQxAELIAUoAgQgCkEEdGoiCyAGKAIINgIIIAsgBikCADcCACALIA02AgwgBSAKQQFqNgIIQQALIQYgACAFNgIEIAAgBjYCACAJQRBqJAAMAQsgCiALQbCYwAAQrAEACyAAIAAoAgQ2AjwgACAAKAIAIgU2AjggBQRAIABBPGoQyAILIAcgBygCAEEBajYCAEEADAILIABBLGpB7IrAAEEUEJEBIABBADYCKCAAQShqEOUCIQcgAEEcahCDAwtBAQshBSAAQRhqEMgCIABBFGoQyAIgDCAHNgIEIAwgBTYCACAAQUBrJAAgAykDGCADQUBrEL0CNwMAIANB0ABqJAAgBCgCDCEAIAQgBCgCCCIDNgIEIAQgAEEAIANBAXEbNgIAIAggBCkDADcCACAEQUBrJAAgCCgCACAIKAIEIAhBEGokAAsxAQF/IwBBEGsiAyQAIAMgACABEFMiACACJgEgABCJASADKAIAIAMoAgQgA0EQaiQACyYBAX9BASECIAEtABBBAUYEfyABIAAoAgAoAgAQiQJBAXMFQQELCy0BAX5BwKLAACkDACEBQcCiwABCADcDACAAIAFCIIg+AgQgACABp0EBRjYCAAsnACABIAIgAxCCAiABIAQgBRBIIAAgASgCCDYCCCAAIAEpAgA3AgALKAAgASACIAMQggIgASAEIAUQywEgACABKAIINgIIIAAgASkCADcCAAttAgJ/AW8jAEEQayICJAAgACgCACAAQQA2AgBBAUYEQCAAKAIEIgElASABEIwBEBwhAxBTIgEgAyYBIAIgATYCDCACQQxqEMgCCyACQRBqJAAgABDJAiAAKAIIBEAgAEEMaiIAEJcDIAAQyAILCyQBAX8gACgCACAAKAIIIgJrIAFJBEAgACACIAFBBEEEEMoBCwshAAJ/IAAQ/AJFBEBBgAggABD+AkUNARoLIAAgARDtAgsLGgAgACgCACUBIAEEfyABKAIABUEACyUBEA8LGgAgACgCACUBIAEEfyABKAIABUEACyUBEBELGgAgACgCACUBIAEEfyABKAIABUEACyUBEBILGgAgACgCACUBIAEEfyABKAIABUEACyUBEBULJAEBfyAAKAIAIAAoAggiAmsgAUkEQCAAIAIgAUEBQQEQygELC44GAgZ/AX4DQCMAQRBrIgIkAAJAAn8CQCAAIAFBE2pBcHEiAyAAIANLG0EBaxDxASIEQQFqIgVBPk0EQAJAQaiiwAApAwAiCEJ/IAWthoMQlQMiBUE/TQRAIABBEUkNASAAQQFrIQYDQCACQQRqIAUgAyAGEGcgAigCBEEBRg0EIAVBP0kEQEGoosAAKQMAQn8gBUEBaq2GgxCVAyIFQcAASQ0BCwsgAkEEaiAEIAMgBhBnIAIoAgQNA0EAIQUMBQtBACEFIAggBK2IQgGDUA0EIAJBBGogBCADIABBAWsQZyACKAIEQQFGDQIMBAtBsKLAACgCACAFQQJ0aigCACIFKAIMIAUQvAEgBUEEayIGIAYoAgBBAnM2AgAgBWoMAgtBACEFQaiiwAApAwBCAFkNAiACQQRqQT8gAyAAQQFrEGcgAigCBEEBRw0CCyACKAIIIQUgAigCDAshBCAEIAMgBWoiA0YEf0EBBSADIAQQeUEDCyEEIANBBGsgBDYCAAsgAkEQaiQAIAVFBEAgAUETakFwcSAAQQAgAEEQSxtqQY+ABGpBEHYiA0AAIgZBf0YiB0UEQEG0osAAKAIAIQJBtKLAAEEANgIAIANBEHQhBEG0osAAAn8gAkEAIAZBEHQiAyACRhtFBEBBfyADIARqIgIgAiADSRtBcHEhBgJ/AkBBsKLAACgCAARAQQAgAyADQRNqQXBxIgRBEGoiAksgAiAGS3INAhogBEEEa0EHNgIADAELQQAgA0EBIAMbQQNqQXxxIgNBkwJqQXBxIgQgA0kgBCAGS3INARpBsKLAACADNgIAIARBBGtBA0EBIAQgBkkbNgIAQQAhAgNAIAJBgAJGDQEgAiADakEANgIAIAJBBGohAgwACwALIAQgBkkEQCAEIAYQeQsgBgsMAQsgAkF/IAMgBGoiBCADIARLG0FwcSIDTwR/IAIFAkAgAkEEayIGKAIAIgRBAXFFBEAgAiAEayICELwBDAELIAYgBEECcjYCAAsgAiADEHkgAwsLNgIACyAHRQ0BCwsgBQscAQF/IAAoAgAgAEEEahDIAgRAIABBCGoQyAILCxkBAX8gASADRgR/IAAgAiABELMBBUEBC0ULVAEBfyAAKAIAIgEgASgCAEEBayIBNgIAIAFFBEAjAEEQayIBJAAgASAAQQRqNgIMIAEgACgCACIANgIIIABBDGoQsAIgAUEIahCBAiABQRBqJAALC1QBAX8gACgCACIBIAEoAgBBAWsiATYCACABRQRAIwBBEGsiASQAIAEgAEEEajYCDCABIAAoAgAiADYCCCAAQQxqEK4CIAFBCGoQgQIgAUEQaiQACwtUAQF/IAAoAgAiASABKAIAQQFrIgE2AgAgAUUEQCMAQRBrIgEkACABIABBBGo2AgwgASAAKAIAIgA2AgggAEEMahCvAiABQQhqEIECIAFBEGokAAsL8gMBBH8gACgCACIBIAEoAgBBAWsiATYCACABRQRAIwBBEGsiAyQAIAMgAEEEajYCDCADIAAoAgAiADYCCCMAQRBrIgEkACAAQbQBaiICEIoDQf//A3FBAU0EQCABIAIQzgEgASABKQMANwIIIAFBCGoQyQILIAFBEGokACAAQbQBahDIAiAAQbgBahDIAiAAQbwBahDIAiAAQcABahDIAiAAQcQBahDIAiAAQcgBahDIAiAAQcwBahDIAiAAQdABahDIAiAAQdQBahDIAiAAQdgBahDIAiAAQdwBahDIAiAAQeABahDIAiAAQeQBahDIAiAAQegBahDIAiAAQagBahCDAyAAQRBqEN8CIABBJGoQyAIgACgCLEECRwRAIABBLGoQqQILIABBPGoQrQEgAEHwAGoQgwMgAEH8AGoiBCICKAIIIQEgAigCBCECA0AgAQRAIAFBAWshASACEOgCIAJBOGohAgwBCwsgBEEEQTgQ0AEgAEGMAWoiBCICKAIIIQEgAigCBCECA0AgAQRAIAFBAWshASACEOYCIAJBEGohAgwBCwsgBBCJAyAAQZwBaiICIgEoAgghACABKAIEIQEDQCAABEAgAEEBayEAIAEQ5wIgAUEQaiEBDAELCyACEIkDIANBCGoQ/wEgA0EQaiQACwvGAQEEfyAAKAIAIgEgASgCAEEBayIBNgIAIAFFBEAjAEEQayIBJAAgASAAQQRqNgIMIAEgACgCACIANgIIIABBFGoQ/wEgAEEIahCDAyAAQRhqEMgCIABBIGoiBCICKAIIIQMgAigCBCECA0AgAwRAIANBAWshAyACEOsCIAJBEGohAgwBCwsgBBCJAyAAQTBqEMgCAkAgAUEIaigCACIAQX9GDQAgACAAKAIEQQFrIgM2AgQgAw0AIABBOBB+CyABQRBqJAALC5cBAQJ/IAAoAgAiASABKAIAQQFrIgE2AgAgAUUEQCMAQRBrIgEkACABIABBBGo2AgwgASAAKAIAIgA2AgggAEEUahD/ASAAQQhqEIMDIABBGGoQyAIgAEEcahDfAiAAQTBqEMgCAkAgAUEIaigCACIAQX9GDQAgACAAKAIEQQFrIgI2AgQgAg0AIABBNBB+CyABQRBqJAALCyUAIAAgASgCCDYCBCAAIAEoAgRBACABKAIAQYCAgIB4Rxs2AgALHQAgAARAIAAgASgCEBEAAA8LQZCZwABBMhCOAwALVAEBfyAAKAIAIgEgASgCAEEBayIBNgIAIAFFBEAjAEEQayIBJAAgASAAQQRqNgIMIAEgACgCACIANgIIIABBDGoQtgIgAUEIahCDAiABQRBqJAALC+MCAQZ/IAAoAgAiAiACKAIAQQFrIgI2AgAgAkUEQCMAQRBrIgUkACAFIABBBGo2AgwgBSAAKAIAIgA2AggjAEEQayIBJAACQCAAQQxqIgYoAgwiA0UEQCABQgA3AgggAUIANwIADAELIAEgBigCCCIAIAYoAgAiBEEAIAAgBE8bayICNgIAIAQgAmsiACADTwRAIAFCADcCCCABIAIgA2o2AgQMAQsgAUEANgIIIAEgBDYCBCABIAMgAGs2AgwLIAEoAgQgASgCACEDIAYoAgQhBCABIAEoAgwgASgCCCIAazYCBCABIAQgAEECdGo2AgAgA2shAiAEIANBAnRqIQADQCACBEAgAkEBayECIAAQswIgAEEEaiEADAELCyABKAIEIQAgASgCACECA0AgAARAIABBAWshACACELMCIAJBBGohAgwBCwsgAUEQaiQAIAYQjAMgBUEIahCDAiAFQRBqJAALC4EBAQJ/IAAoAgAiASABKAIAQQFrIgE2AgAgAUUEQCMAQRBrIgEkACABIABBBGo2AgwgASAAKAIAIgA2AgggAEEMaiIAKAIABEAgABDiAQsCQCABQQhqKAIAIgBBf0YNACAAIAAoAgRBAWsiAjYCBCACDQAgAEEYEH4LIAFBEGokAAsLHwAgACgCAARAIAAQ4gEgACgCDCAAKAIIKAIMEQAACwvmAwIDfwF+EFMiBSADJgEjAEFAaiIEJAAgBCACNgIQIAQgATYCDCAEIAU2AhQgBCAANgI4IAQgBEE/aiIANgI0IAQgADYCMCAEIAA2AiwgBCAEQRRqNgIoIAQgADYCJCAEIAA2AiAgBCAEQRBqNgIcIAQgBEEMajYCGCMAQeAAayIAJAAgAEEgaiAEQRhqIgEoAiAQcyAAQSxqIAEoAgAoAgAgASgCBCgCABD1ASAAQQA2AjggACABKAIQKAIAIgI2AjwCQCAAKAIgBEAgACgCLEGAgICAeEcNAQsgAEEYaiAAQThqEPYBIAAoAhghBCAAKAIcIQUgAEEQaiAAQSxqEN4BIAAoAhAhAiAAKAIUIQYgAEEIaiAAQSBqEOsBIAAoAggiASACIAEbIgIgBCACGyIEQQEgBBsgACgCDCAGIAEbIAUgAhtBACAEGxCOAwALIAAgACgCKDYCSCAAIAApAiAiBzcDQCAAIAApAiw3A1AgACAAKAI0NgJYIwBBEGsiASQAIAEgAjYCDCAHpyIFKAIAQRxqIABB0ABqIgIoAgQgAigCCCABQQxqIgYQWCAFEMABIQUgBhDIAiACEIMDIAFBEGokACAAQUBrELwCIABB4ABqJAAgBEFAayQAIAUlASAFEIwBC+YDAgN/AX4QUyIFIAMmASMAQUBqIgQkACAEIAI2AhAgBCABNgIMIAQgBTYCFCAEIAA2AjggBCAEQT9qIgA2AjQgBCAANgIwIAQgADYCLCAEIARBFGo2AiggBCAANgIkIAQgADYCICAEIARBEGo2AhwgBCAEQQxqNgIYIwBB4ABrIgAkACAAQSBqIARBGGoiASgCIBBzIABBLGogASgCACgCACABKAIEKAIAEPUBIABBADYCOCAAIAEoAhAoAgAiAjYCPAJAIAAoAiAEQCAAKAIsQYCAgIB4Rw0BCyAAQRhqIABBOGoQ9gEgACgCGCEEIAAoAhwhBSAAQRBqIABBLGoQ3gEgACgCECECIAAoAhQhBiAAQQhqIABBIGoQ6gEgACgCCCIBIAIgARsiAiAEIAIbIgRBASAEGyAAKAIMIAYgARsgBSACG0EAIAQbEI4DAAsgACAAKAIoNgJIIAAgACkCICIHNwNAIAAgACkCLDcDUCAAIAAoAjQ2AlgjAEEQayIBJAAgASACNgIMIAenIgUoAgBBEGogAEHQAGoiAigCBCACKAIIIAFBDGoiBhBYIAUQwQEhBSAGEMgCIAIQgwMgAUEQaiQAIABBQGsQuwIgAEHgAGokACAEQUBrJAAgBSUBIAUQjAELHQAgACABEFMiACACJgEgABBTIgAgAyYBIAAQnwELGwEBfyABIAAQggMiAkUEQCAAIAEQkAMACyACCx4BAX8gACgCBCIBIAEoAgBBAWs2AgAgAEEIahCsAgseAQF/IAAoAgQiASABKAIAQQFrNgIAIABBCGoQqwILHgEBfyAAKAIEIgEgASgCAEEBazYCACAAQQhqEK0CCxsBAX8gAEEEEIIDIgFFBEBBBCAAEJADAAsgAQsaAQF/IAAoAgAiAUEASgRAIAAoAgQgARB+CwsXAQF/IAAoAgAiAQRAIAAoAgQgARB+CwsYACAALQAcRQRAIAAQqQIgAEEMahCTAgsLFwAgAEEBRgRAQcKZwABBMRCOAwALIAELFwEBfyAAECQiATYCBCAAIAFBAEc2AgALFwEBfyAAECUiATYCBCAAIAFBAEc2AgALFwEBfyAAECYiATYCBCAAIAFBAEc2AgALFwEBfyAAECciATYCBCAAIAFBAEc2AgALHwAgAARAIAAgARCQAwALQaSewABBI0G4nsAAENQBAAsVACAAKAIAIgBBhAhPBEAgABCMAQsLEgAgACgCAARAIABBBGoQyAILCxIAIAAtAAAEQCAAQQRqEMgCCwsWAQF/IAAoAgQgACgCCBDNAiAAEIMDCxAAQcqawABB0QAgABDUAQALFgEBbyAAIAEQPyECEFMiACACJgEgAAsSACAAKAIAQQJHBEAgABCgAgsLFgAgACgCAEGAgICAeEcEQCAAEOQCCwsWACAAKAIAQYCAgIB4RwRAIAAQgwMLCxIAIAAoAgBBCEcEQCAAEJMCCwsTACAAKAIARQRAIABBBGoQyAILCw0AIAEEQCAAIAEQfgsLEwBBwKLAACAArUIghkIBhDcDAAsNACABBEAgACABEH4LCxwAIABB/J3AACkCADcCCCAAQfSdwAApAgA3AgALHAAgAEHsncAAKQIANwIIIABB5J3AACkCADcCAAsWACAAKAIAIAEgAiAAKAIEKAIMEQQAC9ACAwF/AX4BbyMAQSBrIgMkACADIAI2AgQgAyABNgIAIAMgADYCGCADIANBH2oiADYCFCADIAA2AhAgAyADQQRqNgIMIAMgAzYCCCMAQdAAayIAJAAgAEEYaiADQQhqIgEoAhAQcyAAQSRqIAEoAgAoAgAgASgCBCgCABD1AQJAIAAoAhgEQCAAKAIkQYCAgIB4Rw0BCyAAQRBqIABBJGoQ3gEgACgCECECIAAoAhQhAyAAQQhqIABBGGoQ6wEgACgCCCIBIAIgARsiAkEBIAIbIAAoAgwgAyABG0EAIAIbEI4DAAsgACAAKAIgNgI4IAAgACkCGCIENwMwIAAgACkCJDcDQCAAIAAoAiw2AkggBKcoAgBBHGogAEFAayIBKAIEIAEoAggQgAEhAiABEIMDIABBMGoQvAIgAEHQAGokACADQSBqJAAgAiUBIAIQjAEL8AIDAn8BfgFvIwBBIGsiAyQAIAMgAjYCBCADIAE2AgAgAyAANgIYIAMgA0EfaiIANgIUIAMgADYCECADIANBBGo2AgwgAyADNgIIIwBB0ABrIgAkACAAQRhqIANBCGoiASgCEBBzIABBJGogASgCACgCACABKAIEKAIAEJABAkAgACgCGARAIAAoAiRBgYCAgHhHDQELIABBEGogAEEkahDfASAAKAIQIQIgACgCFCEDIABBCGogAEEYahDrASAAKAIIIgEgAiABGyICQQEgAhsgACgCDCADIAEbQQAgAhsQjgMACyAAIAAoAiA2AjggACAAKQIYIgU3AzAgACAAKQIkNwNAIAAgACgCLDYCSCMAQRBrIgEkACABQQhqIABBQGsiBBCxAiAFpyICKAIAQRxqIAEoAgggASgCDBBgIAIQwAEhAiAEENACIAFBEGokACAAQTBqELwCIABB0ABqJAAgA0EgaiQAIAIlASACEIwBC9ACAwF/AX4BbyMAQSBrIgMkACADIAI2AgQgAyABNgIAIAMgADYCGCADIANBH2oiADYCFCADIAA2AhAgAyADQQRqNgIMIAMgAzYCCCMAQdAAayIAJAAgAEEYaiADQQhqIgEoAhAQcyAAQSRqIAEoAgAoAgAgASgCBCgCABD1AQJAIAAoAhgEQCAAKAIkQYCAgIB4Rw0BCyAAQRBqIABBJGoQ3gEgACgCECECIAAoAhQhAyAAQQhqIABBGGoQ6gEgACgCCCIBIAIgARsiAkEBIAIbIAAoAgwgAyABG0EAIAIbEI4DAAsgACAAKAIgNgI4IAAgACkCGCIENwMwIAAgACkCJDcDQCAAIAAoAiw2AkggBKcoAgBBEGogAEFAayIBKAIEIAEoAggQgAEhAiABEIMDIABBMGoQuwIgAEHQAGokACADQSBqJAAgAiUBIAIQjAEL8AIDAn8BfgFvIwBBIGsiAyQAIAMgAjYCBCADIAE2AgAgAyAANgIYIAMgA0EfaiIANgIUIAMgADYCECADIANBBGo2AgwgAyADNgIIIwBB0ABrIgAkACAAQRhqIANBCGoiASgCEBBzIABBJGogASgCACgCACABKAIEKAIAEJABAkAgACgCGARAIAAoAiRBgYCAgHhHDQELIABBEGogAEEkahDfASAAKAIQIQIgACgCFCEDIABBCGogAEEYahDqASAAKAIIIgEgAiABGyICQQEgAhsgACgCDCADIAEbQQAgAhsQjgMACyAAIAAoAiA2AjggACAAKQIYIgU3AzAgACAAKQIkNwNAIAAgACgCLDYCSCMAQRBrIgEkACABQQhqIABBQGsiBBCxAiAFpyICKAIAQRBqIAEoAgggASgCDBBgIAIQwQEhAiAEENACIAFBEGokACAAQTBqELsCIABB0ABqJAAgA0EgaiQAIAIlASACEIwBCxMAIAAgARBTIgAgAiYBIAAQuwELDwAgACgCAARAIAAQ/wELCz8BAn8gAEEEaiICIgEoAgghACABKAIEIQEDQCAABEAgAEEBayEAIAEQ6wIgAUEUaiEBDAELCyACQQRBFBDQAQsVACAAKAIAJQEgASgCACUBEDBBAEcLFAIBbwF/ECAhABBTIgEgACYBIAELLwAgAiADEKgCIgIEQCADIAEgASADSxsiAwRAIAIgACAD/AoAAAsgACABEH4LIAILEgAgASgCACAAKAIAKAIAEIkCCw8AIABBDGoQ/wEgABCDAwsNAQF/IAAQbiAAEJMCCw8AIAAQgwMgAEEMahCvAgsPACAAEIMDIABBDGoQsAILDwAgABCDAyAAQQxqEOkCCw8AIAAQgwMgAEEMahDqAgsPACAAEKkCIABBDGoQzgILDwAgABCDAyAAQQxqEMgCCxMAIAAoAgAlASABKAIAJQEQARoLIAEBbyAAKAIAJQEgASgCACUBEAwhAhBTIgAgAiYBIAALEAAgACABNgIEIABBADYCAAsPABDzARpB/KHAACAAEHcLEAAgACACNgIEIAAgATYCAAsTACAAQYSewAA2AgQgACABNgIACxEAIAEgACgCACAAKAIEENgCCxAAIAEgACgCACAAKAIEEEQLfwMCfwF+AW8jAEEwayIBJAAgAUEUaiICIAAQcyABKAIURQRAIAFBCGogAhDsASABKAIIIgBBASAAGyABKAIMQQAgABsQjgMACyABIAEoAhw2AiggASABKQIUIgM3AyAgA6cQ9gIhACABQSBqEL0CIAFBMGokACAAJQEgABCMAQt/AwJ/AX4BbyMAQTBrIgEkACABQRRqIgIgABBzIAEoAhRFBEAgAUEIaiACEOsBIAEoAggiAEEBIAAbIAEoAgxBACAAGxCOAwALIAEgASgCHDYCKCABIAEpAhQiAzcDICADpxD2AiEAIAFBIGoQvAIgAUEwaiQAIAAlASAAEIwBCw0AIAAoAgBBGGoQkgILDAAgACABEOACQQFzCzoCAX8BbyAAKAIAEJQCIQJBBEEIELoCIgAgATYCBCAAIAI2AgAgAEHwgcAAEDwhAxBTIgAgAyYBIAALKQEBf0EEQRAQugIiASAANgIMIAFBADYCCCABQoGAgIAQNwIAIAFBCGoLDAAgAEEAIAAQ/gIbCw4AIAAoAgAlARAuQQBHCw4AIAAoAgAlARAxQQBHCw4AIAAoAgAlARAyQQBHCw4AIAAoAgAlARA1QQBHCw4AIAAoAgAlARA2QQBHCw8AIABBlJ3AACABIAIQRQsTAEGgoMAAQd0AQdCgwAAQ1AEACwkAIAEgABCoAgsLACAAQQFBARDQAQsMACAAKAIAJQEQL0ULCwAgAEEEQQQQ0AELCwAgAEEEQSwQ0AELCwAgABBPIAAQzwILDAAgABCXAyAAEMgCCwsAIABBBEEQENABCwsAIAAoAgAlARAQCxYBAW8gACABED4hAhBTIgAgAiYBIAALCwAgAEEEQQQQwwELDQBBxZzAAEEbEI4DAAsJACAAIAEQLQALDAAgACABKQIANwMACz4BAX8jAEEQayICJAAgAiABNgIMIAIgADYCCCACQQhqIgAoAgAgACgCBEHUosAAKAIAIgBB4gAgABsRAQAACw0AIAFBvKHAAEEYEEQLDQAgAUGcocAAQSAQRAvqAQIDfwF+IwBBMGsiASQAIAFBFGoiAiAAEHMgASgCFEUEQCABQQhqIAIQ6gEgASgCCCIAQQEgABsgASgCDEEAIAAbEI4DAAsgASABKAIcNgIoIAEgASkCFCIENwMgIwBBEGsiACQAIASnKAIAIgMtAOwBQQJHBEAjAEEQayICJAAgA0G0AWooAgAlAUHoB0HclMAAQQUQFiACQQhqEJ0CIAIoAgwhAyAAIAIoAghBAXE2AgAgACADNgIEIAJBEGokACAAIAApAwA3AgggAEEIahDJAgsgAEEQaiQAIAFBIGoQuwIgAUEwaiQAC3kCAn8BfiMAQTBrIgEkACABQRRqIgIgABBzIAEoAhRFBEAgAUEIaiACEOoBIAEoAggiAEEBIAAbIAEoAgxBACAAGxCOAwALIAEgASgCHDYCKCABIAEpAhQiAzcDICADpygCAC0A7AEgAUEgahC7AiABQTBqJABBAUYLBgAgAHqnCwwAQeSTwABBBBDNAgsLACAAKAIAJQEQNwsMAEHoosAAQQE6AAALCQAgAEEANgIACwcAIAAQ/wELBwAgABC0AgsEABA4CwIACywBAX8CQCAAKAIAIgBBf0YNACAAIAAoAgRBAWsiAjYCBCACDQAgACABEH4LCyoAIAEoAgBFBEAgAUF/NgIAIAAgATYCBCAAIAEgA2o2AgAPCyACEPkBAAsoAQF/IwBBEGsiAiQAIAIgAkEPaq0gAYQ3AwBBp4PAACACIAAQ1AEACy0BAX8gAUEIayIDIAMoAgBBAWoiAzYCACADRQRAAAsgACABNgIEIAAgAjYCAAtCAQJ/IwBBEGsiAyQAIANBCGogACgCACACaiABEOYBIAMoAgwhACADKAIIEJICIAAgACgCAEEBazYCACADQRBqJAALC5kiBgBBgIDAAAvdEWF0dGVtcHRlZCB0byB0YWtlIG93bmVyc2hpcCBvZiBSdXN0IHZhbHVlIHdoaWxlIGl0IHdhcyBib3Jyb3dlZG51bGwgcG9pbnRlciBwYXNzZWQgdG8gcnVzdHJlY3Vyc2l2ZSB1c2Ugb2YgYW4gb2JqZWN0IGRldGVjdGVkIHdoaWNoIHdvdWxkIGxlYWQgdG8gdW5zYWZlIGFsaWFzaW5nIGluIHJ1c3QAAAANAAAAFAAAAAQAAAAOAAAADwAAABAAAAAIAAAABAAAABEAAAASAAAARm5PbmNlIGNhbGxlZCBtb3JlIHRoYW4gb25jZRMAAAAIAAAABAAAABQAAAAVAAAAFgAAAAQAAAAEAAAAFwAAABgAAAAWAAAABAAAAAQAAAAZAAAAGgAAABYAAAAEAAAABAAAABsAAAAcAAAAY2xvc3VyZSBpbnZva2VkIHJlY3Vyc2l2ZWx5IG9yIGFmdGVyIGJlaW5nIGRyb3BwZWQgaW5kZXggb3V0IG9mIGJvdW5kczogdGhlIGxlbiBpcyDAEiBidXQgdGhlIGluZGV4IGlzIMAAL3J1c3RjLzU5ODA3NjE2ZTFmYTI1NDA3MjRiZmJhYzE0ZDc5NzZkN2U0YTM4NjAvbGlicmFyeS9jb3JlL3NyYy9jZWxsL2xhenkucnMAc3JjL2NsaWVudC9hZ2VudC5ycwBzcmMvcHJvdG9jb2wvcGFja2V0LnJzAHNyYy9jbGllbnQvZXJyb3IucnMAc3JjL2NsaWVudC9lbWl0dGVyLnJzAHNyYy9wcm90b2NvbC9zbWFsbF9tYXAucnMAc3JjL2NsaWVudC9zZXNzaW9uLnJzAGNyYXRlcy9pbmRleC5jcmF0ZXMuaW8tMTk0OWNmOGM2YjViNTU3Zi9qcy1zeXMtMC4zLjEwNy9zcmMvZnV0dXJlcy9qc3BpLnJzAGNyYXRlcy9pbmRleC5jcmF0ZXMuaW8tMTk0OWNmOGM2YjViNTU3Zi9qcy1zeXMtMC4zLjEwNy9zcmMvZnV0dXJlcy9xdWV1ZS5ycwAvcnVzdGMvNTk4MDc2MTZlMWZhMjU0MDcyNGJmYmFjMTRkNzk3NmQ3ZTRhMzg2MC9saWJyYXJ5L2FsbG9jL3NyYy9yYXdfdmVjL21vZC5ycwAvcnVzdGMvNTk4MDc2MTZlMWZhMjU0MDcyNGJmYmFjMTRkNzk3NmQ3ZTRhMzg2MC9saWJyYXJ5L2FsbG9jL3NyYy92ZWMvbW9kLnJzAGNyYXRlcy9pbmRleC5jcmF0ZXMuaW8tMTk0OWNmOGM2YjViNTU3Zi9qcy1zeXMtMC4zLjEwNy9zcmMvZnV0dXJlcy90YXNrL3NpbmdsZXRocmVhZC5ycwAScmVtb3ZhbCBpbmRleCAoaXMgwBYpIHNob3VsZCBiZSA8IGxlbiAoaXMgwAEpABZzd2FwX3JlbW92ZSBpbmRleCAoaXMgwBYpIHNob3VsZCBiZSA8IGxlbiAoaXMgwAEpAHR5cGVuYW1ldG9mcm9taWRib2R5ZXJyb3J0aXRsZWtleWQDEABMAAAAeQsAACQAAAAAAAAABAAAAAQAAAAdAAAAHgAAAB8AAAAgAAAABAAAACAAAACxAxAAVwAAAEYAAAAVAAAAbmFtZSBpcyBub3QgYSBzdHJpbmf3ARAAEwAAACYAAAAXAAAA9wEQABMAAAAsAAAAFwAAAPcBEAATAAAALQAAABMAAAD3ARAAEwAAAIgAAAAVAAAA9wEQABMAAACQAAAAEwAAAPcBEAATAAAAlgAAABMAAABldmVudH0AAPcBEAATAAAARgAAABUAAAD3ARAAEwAAAHEAAAAdAAAAY2IgaXMgbm90IGEgZnVuY3Rpb250aW1lb3V0APcBEAATAAAAyQAAACgAAABvcHRpb25zLnRpbWVvdXQgbXVzdCBiZSBhIHBvc2l0aXZlIG51bWJlciBvZiBtaWxsaXNlY29uZHMAAAD3ARAAEwAAAN4AAAAZAAAARVJSX0lOVkFMSURfQVJHRVJSX0NPTk5FQ1RFUlJfQ0xPU0VERVJSX1RJTUVPVVRFUlJfQUdFTlRfREVTVFJPWUVERVJSX0FHRU5UX05PVF9GT1VOREVSUl9SRU1PVEVFUlJfREVTVFJPWUVEY29kZXNlc3Npb24gY2xvc2VkcmVxdWVzdCB0aW1lZCBvdXQgYWZ0ZXIgIG1zYWdlbnQgZGVzdHJveWVkYWdlbnQgbm90IGZvdW5kZGVzdHJveWVkY2FsbGJhY2sgaXMgbm90IGEgZnVuY3Rpb25Qcm9taXNlIGV4ZWN1dG9yIHJ1bnMgYXQgb25jZQAiAhAAEwAAAGcAAAAmAAAAIgIQABMAAACKAAAAKwAAADYCEAAVAAAAMQAAAB8AAAA2AhAAFQAAADAAAAAlAAAANgIQABUAAAAbAAAAEwAAAGxpc3RlbmVyIGlzIG5vdCBhIGZ1bmN0aW9uAAA2AhAAFQAAAEYAAAAmAAAANgIQABUAAAA/AAAAEwAAADYCEAAVAAAAJQAAACIAAAA2AhAAFQAAACoAAAASAAAANgIQABUAAAA3AAAADgAAAG1lc3NhZ2UAZgIQABUAAADXAQAAKgAAAGFnZW50IGRvZXMgbm90IGhhbmRsZSBtZXNzYWdlcyBuYW1lZCAnJwBmAhAAFQAAAMwBAAAnAAAAZgIQABUAAAAKAgAAKgAAAGYCEAAVAAAAHgIAAB0AAABjcmVhdGVBZ2VudDogbm8gaWQgaW4gcmVzcG9uc2UAAGYCEAAVAAAAIwIAACkAAAByZXF1ZXN0Y29ubmVjdHNlcnZlcjB7ImtleSI6eyJpZCI6ZGVzdHJveUFnZW50YWdlbnRJbmZvLmlkIGlzIG5vdCBhIHN0cmluZ2FnZW50Q3JlYXRlZGFnZW50RGVzdHJveWVkZgIQABUAAABKAgAAKwAAAGYCEAAVAAAATgIAACkAAABmAhAAFQAAAFICAAArAAAAcmFnZW50RGVzdHJveWVkAAQAQeyRwAAL+QJyYWdlbnRDcmVhdGVkAAAAZgIQABUAAAAuAQAAGAAAAFdlYlNvY2tldCBlcnJvcmNvbm5lY3Rpb24gY2xvc2VkIChjb2RlIClmAhAAFQAAADQCAAAlAAAAZgIQABUAAAA3AgAAGgAAAGYCEAAVAAAApAEAADQAAABmAhAAFQAAAKcBAAAwAAAAZgIQABUAAACpAQAAKgAAAGYCEAAVAAAAvgEAADAAAABmAhAAFQAAAGMBAAAfAAAAZgIQABUAAABxAQAAKwAAAGYCEAAVAAAAgAEAACsAAABmAhAAFQAAAHsBAAApAAAAZgIQABUAAADsAQAAGQAAAG51bGxyZXNwb25zZSwiZXJyb3IiOgAAAGYCEAAVAAAAbwIAACYAAABmAhAAFQAAAHACAAAkAAAAZgIQABUAAABxAgAAJAAAAGYCEAAVAAAAcgIAACoAAABmAhAAFQAAAHMCAAAsAAAAZgIQABUAAAB0AgAAHgAAAGNsb3NlAAAAAgBB9JTAAAvgDHVybHJlcXVlc3RUaW1lb3V0Y29uZmlnLnJlcXVlc3RUaW1lb3V0IG11c3QgYmUgYSBwb3NpdGl2ZSBudW1iZXIgb2YgbWlsbGlzZWNvbmRzY29uZmlnLnVybCBpcyBub3QgYSBzdHJpbmdjb25maWcua2V5IGlzIG51bGxjb25maWcudXJsIGlzIG51bGxjb25maWcgaXMgbnVsbHJhZ2VudHMuY3JlYXRlU2Vzc2lvbigpOiAwMTIzNDU2Nzg5YWJjZGVmZ2hpamtsbW5vcHFyc3R1dnd4eXoAAABmAhAAFQAAAPAAAAAaAAAAcmFnZW50cy1wcm90b2NvbGYCEAAVAAAA4wAAABEAAABhZ2VudEluZm8gaXMgbm90IGFuIG9iamVjdGNyZWF0ZUFnZW50Z2V0QWdlbnRzAABmAhAAFQAAAO8CAAAZAAAAYm9keSBjYW5ub3QgYmUgc2VudCBhcyBKU09OOiAiOgALAhAAFgAAANQAAAAJAAAAXCJcXFxuXHJcdFx1MDAwMTIzNDU2Nzg5YWJjZGVmLgBMAhAAGQAAADYAAAAiAAAATAIQABkAAAAXAAAAMQAAAEwCEAAZAAAAJQAAAEAAAABMAhAAGQAAABsAAAA1AAAADwAAAAsAAAAKAAAACwAAABMAAAATAAAACgAAAA0AAADkBRAA8wUQAP4FEAAIBhAAEwYQACYGEAA5BhAAQwYQAGNsb3N1cmUgaW52b2tlZCByZWN1cnNpdmVseSBvciBhZnRlciBiZWluZyBkcm9wcGVkY2FsbGVkIGBSZXN1bHQ6OnVud3JhcF90aHJvdygpYCBvbiBhbiBgRXJyYCB2YWx1ZQDUEBAA3BAQAOQQEADsEBAATwAAAAQAAAAEAAAAUAAAAFEAAABjbG9zdXJlIGludm9rZWQgcmVjdXJzaXZlbHkgb3IgYWZ0ZXIgYmVpbmcgZHJvcHBlZGludGVybmFsIGVycm9yOiBlbnRlcmVkIHVucmVhY2hhYmxlIGNvZGUAAKkBEABNAAAA/gAAAC4AAACpARAATQAAAO0AAABMAAAAVwAAAFgAAABZAAAAWgAAAHwCEABKAAAAyAAAACwAAAB8AhAASgAAALsAAAAgAAAAWwAAAFwAAABdAAAAXgAAALEDEABXAAAAnAAAACUAAADHAhAASwAAACcAAAAuAAAAxwIQAEsAAAAqAAAAKQAAAMcCEABLAAAAQAAAABoAAABjYWxsZWQgYE9wdGlvbjo6dW53cmFwX3Rocm93KClgIG9uIGEgYE5vbmVgIHZhbHVlbnVsbCBwb2ludGVyIHBhc3NlZCB0byBydXN0VHJpZWQgdG8gc2hyaW5rIHRvIGEgbGFyZ2VyIGNhcGFjaXR5EwMQAFAAAAAsAwAACQAAAGMAAAAMAAAABAAAAGQAAABlAAAAZgAAAAAAAAAIAAAABAAAAGcAAABoAAAAaQAAAGoAAABrAAAAEAAAAAQAAABsAAAAbQAAAG4AAABvAAAAbV3L1ixQ62N4QaZXcRuLuRWiXFU0VQfUU3itgVHwo/cAAAAACAAAAAQAAABwAAAAYwAAAAwAAAAEAAAAcQAAAGNhcGFjaXR5IG92ZXJmbG93AAAAEwMQAFAAAAAcAAAABQAAAGQDEABMAAAAmggAAA0AAAAwMDAxMDIwMzA0MDUwNjA3MDgwOTEwMTExMjEzMTQxNTE2MTcxODE5MjAyMTIyMjMyNDI1MjYyNzI4MjkzMDMxMzIzMzM0MzUzNjM3MzgzOTQwNDE0MjQzNDQ0NTQ2NDc0ODQ5NTA1MTUyNTM1NDU1NTY1NzU4NTk2MDYxNjI2MzY0NjU2NjY3Njg2OTcwNzE3MjczNzQ3NTc2Nzc3ODc5ODA4MTgyODM4NDg1ODY4Nzg4ODk5MDkxOTI5Mzk0OTU5Njk3OTg5OUxhenlDZWxsIGluc3RhbmNlIGhhcyBwcmV2aW91c2x5IGJlZW4gcG9pc29uZWQAAKkBEABNAAAAdAEAAAUAAABhdHRlbXB0IHRvIGRpdmlkZSBieSB6ZXJvYGFzeW5jIGZuYCByZXN1bWVkIGFmdGVyIGNvbXBsZXRpb25SZWZDZWxsIGFscmVhZHkgbXV0YWJseSBib3Jyb3dlZFJlZkNlbGwgYWxyZWFkeSBib3Jyb3dlZABB1KHAAAspAgAAAFIAAAACAAAAUwAAAAIAAABUAAAAAgAAAFUAAAAAAAAAVgAAAF8AQYiiwAALBQIAAABhAEGYosAACwEEAHAJcHJvZHVjZXJzAghsYW5ndWFnZQEEUnVzdAAMcHJvY2Vzc2VkLWJ5AwVydXN0Yx0xLjk1LjAgKDU5ODA3NjE2ZSAyMDI2LTA0LTE0KQZ3YWxydXMGMC4yNy4zDHdhc20tYmluZGdlbgcwLjIuMTMwAJQBD3RhcmdldF9mZWF0dXJlcwgrD211dGFibGUtZ2xvYmFscysTbm9udHJhcHBpbmctZnB0b2ludCsLYnVsay1tZW1vcnkrCHNpZ24tZXh0Kw9yZWZlcmVuY2UtdHlwZXMrCm11bHRpdmFsdWUrD2J1bGstbWVtb3J5LW9wdCsWY2FsbC1pbmRpcmVjdC1vdmVybG9uZw==");
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
