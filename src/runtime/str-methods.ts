// The str methods of Python 3.11 as pure functions on JS strings, for the object model
// to wire into the str type. Argument type checks (e.g. "must be str, not int") are the
// caller's; value errors with CPython's messages are raised here. Implementations live
// in src/runtime/text/.
export * from "./text/codepoints.js";
export * from "./text/str-search.js";
export * from "./text/str-case.js";
export * from "./text/str-layout.js";
export { category, decimalValue, foldCp, isLineBreakCp, isSpaceCp, lowerCp, titleCp, upperCp } from "./text/unicode.js";
export * from "./text/unicodedata.js";
