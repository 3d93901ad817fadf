// _pycell_codecs: what Lib codecs.py (src/stdlib/lib/codecs.py) asks the native codec
// table about. is_builtin_codec(encoding): whether a native codec has that name;
// extra_codec_name(encoding) is codecs.lookup(encoding).name for the codecs of
// src/runtime/text/extra-codecs.ts, None for the others.
//
// It also lets str.encode / bytes.decode reach codecs registered with
// codecs.register, as PyUnicode_AsEncodedString / PyUnicode_Decode do through the
// codec registry, with their checks of what the codec returns.
import { registerModule, sysModules } from "../runtime/modules.js";
import { builtin } from "../runtime/descriptors.js";
import { extraCodecName, findCodec, setRegistrySearch } from "../runtime/codecs.js";
import { setEscapeWarning } from "../runtime/escape-codecs.js";
import { pyWarn } from "../runtime/warn.js";
import { PyBytes, PyTuple, type PyModule } from "../runtime/containers.js";
import { getattr } from "../runtime/attributes.js";
import { callv } from "../runtime/call.js";
import { raise } from "../runtime/raise.js";
import { typeName } from "../runtime/ops.js";
import type { PyValue } from "../runtime/object.js";

registerModule("_pycell_codecs", (m: PyModule) => {
  m.$dict!.setStr("extra_codec_name", builtin("extra_codec_name", 1, 1, (v) => (typeof v === "string" ? extraCodecName(v) : null)));
  // whether str.encode knows the name without the registry (codecs.lookup's first step)
  m.$dict!.setStr("is_builtin_codec", builtin("is_builtin_codec", 1, 1, (v) => typeof v === "string" && (findCodec(v) !== null || extraCodecName(v) !== null)));
});

// codecs.lookup itself probes names with "".encode(name): no search while it runs
let searching = false;

setRegistrySearch((encoding, input, errors) => {
  const codecs = sysModules.getStr("codecs");
  if (searching || codecs === undefined) return null;
  let info: PyValue;
  searching = true;
  try {
    info = callv(getattr(codecs, "lookup"), [encoding], null);
  } finally {
    searching = false;
  }
  const encoding_ = typeof input === "string";
  const fn = getattr(info, "__getitem__");
  const coder = callv(fn, [encoding_ ? 0 : 1], null);
  const arg = encoding_ ? input : new PyBytes(input as Uint8Array);
  const r = callv(coder, [arg, errors], null);
  if (!(r instanceof PyTuple) || r.a.length !== 2) raise("TypeError", encoding_ ? "encoder must return a tuple (object, integer)" : "decoder must return a tuple (object,integer)");
  const out = r.a[0];
  if (encoding_) {
    if (!(out instanceof PyBytes)) raise("TypeError", `'${encoding}' encoder returned '${typeName(out)}' instead of 'bytes'; use codecs.encode() to encode to arbitrary types`);
    return out.b;
  }
  if (typeof out !== "string") raise("TypeError", `'${encoding}' decoder returned '${typeName(out)}' instead of 'str'; use codecs.decode() to decode to arbitrary types`);
  return out;
});

// the unicode_escape decoder's warning about its first invalid escape
setEscapeWarning((category, message) => pyWarn(category, message));
