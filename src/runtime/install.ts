// Loads every family file of the object model (each installs its type's methods on
// import) and wires the late-bound hooks between them.
import "./exceptions.js";
import "./exc-methods.js";
import "./exc-extra.js";
import "./exc-members.js";
import "./object-methods.js";
import "./object-reduce.js";
import "./numbers.js";
import "./list.js";
import "./dict-methods.js";
import "./set.js";
import "./range.js";
import "./bytes.js";
import "./bytearray.js";
import "./subclass-new.js";
import "./exception-group.js";
import "./union-type.js";
import "./generic-subst.js";
import "./descr-methods.js";
import "./descr-wrappers.js";
import { installTypeBases } from "./type-bases.js";
import { setStrPercentHook } from "./str.js";
import { setStrPercent } from "./ops.js";
import { strPercent } from "./str-percent.js";

installTypeBases();
setStrPercentHook(strPercent);
setStrPercent(strPercent);
