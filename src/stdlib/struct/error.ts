// struct.error, a plain Exception subclass (Modules/_struct.c StructError).
import { PyType } from "../../runtime/type.js";
import { EXC } from "../../runtime/exceptions.js";

export const structError = new PyType("error", [EXC.Exception]);
structError.computeMro();
structError.instDict = true;
structError.alloc = EXC.Exception.alloc;
structError.attrs.set("__module__", "struct");
