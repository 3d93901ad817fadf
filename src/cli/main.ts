// The command line: `pycell FILE`, `-c CODE`, `--version`, `--help`, and the
// front end's diagnostic dumps. Node-only; everything it does goes through src/api.ts.
import { readFileSync } from "node:fs";

const VERSION = "Python 3.11.7 (pycell 0.1.0)";

const HELP = `usage: pycell [option] ... [-c cmd | file] [arg] ...
Options:
-c cmd : program passed in as string (terminates option list)
-h     : print this help message and exit (also --help)
-V     : print the Python version number and exit (also --version)
--dump-ast FILE            : print the syntax tree as ast.dump(indent=1) does
--dump-ast-positions FILE  : the same with positions
--dump-symtable FILE       : print every scope as CPython's symtable sees it
file   : program read from script file
arg ...: arguments passed to program in sys.argv[1:]
`;

export function main(argv: string[]): void {
  const first = argv[0];
  if (first === undefined) {
    process.stderr.write("pycell: the interactive prompt is not implemented yet; pass a file or -c CODE\n");
    process.exit(2);
  }
  if (first === "-h" || first === "--help") {
    process.stdout.write(HELP);
    return;
  }
  if (first === "-V" || first === "--version") {
    process.stdout.write(VERSION + "\n");
    return;
  }
  process.stderr.write(`pycell: running programs is not implemented yet (${readFileSync.name})\n`);
  process.exit(2);
}
