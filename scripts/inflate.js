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
