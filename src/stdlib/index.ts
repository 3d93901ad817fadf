// The modules that ship with pycell. Each registers itself on import.
import "./sys.js";
import "./math.js";
import "./builtins-module.js";
import "./functools.js";
import "./types.js";
import "./inspect.js";
import "./frozen.js";
