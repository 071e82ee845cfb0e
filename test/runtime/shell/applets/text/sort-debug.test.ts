import { describe } from 'vitest';
import { type Case, runCases } from './cases.ts';

const S = "printf 'b 2\\na 10\\nc  1\\n\\n x\\n' > f; printf '1K\\n2M\\n 3\\nfoo\\n' > h; printf 'Feb\\njan\\nfoo\\n' > m; printf '1e3\\n-2\\nx\\n' > n; printf '1.10\\n1.9\\n' > v";

// Recorded from the real tools on Debian 12 (LANG=C, fresh directory per case, stdin /dev/null).
const CASES: Case[] = [
  [S, "sort --debug f", "\n^ no match for key\n x\n__\na 10\n____\nb 2\n___\nc  1\n____\n", "sort: text ordering performed using simple byte comparison\n", 0],
  [S, "sort --debug -n f", "\n^ no match for key\n^ no match for key\n x\n ^ no match for key\n__\na 10\n^ no match for key\n____\nb 2\n^ no match for key\n___\nc  1\n^ no match for key\n____\n", "sort: text ordering performed using simple byte comparison\nsort: note numbers use '.' as a decimal point in this locale\n", 0],
  [S, "sort --debug -k2n f", "\n^ no match for key\n^ no match for key\n x\n  ^ no match for key\n__\nc  1\n   _\n____\nb 2\n  _\n___\na 10\n  __\n____\n", "sort: text ordering performed using simple byte comparison\nsort: key 1 is numeric and spans multiple fields\nsort: note numbers use '.' as a decimal point in this locale\n", 0],
  [S, "sort --debug -k2,2n -k1,1 f", "\n^ no match for key\n^ no match for key\n^ no match for key\n x\n  ^ no match for key\n__\n__\nc  1\n   _\n_\n____\nb 2\n  _\n_\n___\na 10\n  __\n_\n____\n", "sort: text ordering performed using simple byte comparison\nsort: leading blanks are significant in key 2; consider also specifying 'b'\nsort: note numbers use '.' as a decimal point in this locale\n", 0],
  [S, "sort --debug -t' ' -k2 f", "\n^ no match for key\n^ no match for key\nc  1\n  __\n____\na 10\n  __\n____\nb 2\n  _\n___\n x\n _\n__\n", "sort: text ordering performed using simple byte comparison\n", 0],
  [S, "sort --debug -r f", "c  1\n____\nb 2\n___\na 10\n____\n x\n__\n\n^ no match for key\n", "sort: text ordering performed using simple byte comparison\n", 0],
  [S, "sort --debug -u f", "\n^ no match for key\n x\n__\na 10\n____\nb 2\n___\nc  1\n____\n", "sort: text ordering performed using simple byte comparison\n", 0],
  [S, "sort --debug -s -k1,1 f", "\n^ no match for key\n x\n__\na 10\n_\nb 2\n_\nc  1\n_\n", "sort: text ordering performed using simple byte comparison\nsort: leading blanks are significant in key 1; consider also specifying 'b'\n", 0],
  [S, "sort --debug -b -k2 f", "\n^ no match for key\n^ no match for key\n x\n  ^ no match for key\n__\nc  1\n   _\n____\na 10\n  __\n____\nb 2\n  _\n___\n", "sort: text ordering performed using simple byte comparison\n", 0],
  [S, "sort --debug -h h", "foo\n^ no match for key\n___\n 3\n _\n__\n1K\n__\n__\n2M\n__\n__\n", "sort: text ordering performed using simple byte comparison\nsort: note numbers use '.' as a decimal point in this locale\n", 0],
  [S, "sort --debug -k2b,2 f", "\n^ no match for key\n^ no match for key\n x\n  ^ no match for key\n__\nc  1\n   _\n____\na 10\n  __\n____\nb 2\n  _\n___\n", "sort: text ordering performed using simple byte comparison\n", 0],
  [S, "sort --debug -f -k1,1n f", "\n^ no match for key\n^ no match for key\n x\n ^ no match for key\n__\na 10\n^ no match for key\n____\nb 2\n^ no match for key\n___\nc  1\n^ no match for key\n____\n", "sort: text ordering performed using simple byte comparison\nsort: note numbers use '.' as a decimal point in this locale\nsort: option '-f' is ignored\n", 0],
  [S, "sort --debug -r -k1,1 f", "c  1\n_\n____\nb 2\n_\n___\na 10\n_\n____\n x\n__\n__\n\n^ no match for key\n^ no match for key\n", "sort: text ordering performed using simple byte comparison\nsort: leading blanks are significant in key 1; consider also specifying 'b'\n", 0],
  [S, "sort --debug -r -k1,1 -s f", "c  1\n_\nb 2\n_\na 10\n_\n x\n__\n\n^ no match for key\n", "sort: text ordering performed using simple byte comparison\nsort: leading blanks are significant in key 1; consider also specifying 'b'\n", 0],
  [S, "sort --debug -k2,1 f", "\n^ no match for key\n^ no match for key\n x\n  ^ no match for key\n__\na 10\n ^ no match for key\n____\nb 2\n ^ no match for key\n___\nc  1\n ^ no match for key\n____\n", "sort: text ordering performed using simple byte comparison\nsort: key 1 has zero width and will be ignored\n", 0],
  [S, "sort --debug -M m", "foo\n^ no match for key\n___\njan\n___\n___\nFeb\n___\n___\n", "sort: text ordering performed using simple byte comparison\n", 0],
  [S, "sort --debug -g n", "x\n^ no match for key\n_\n-2\n__\n__\n1e3\n___\n___\n", "sort: text ordering performed using simple byte comparison\nsort: note numbers use '.' as a decimal point in this locale\n", 0],
  [S, "sort --debug -t- -k1n f", "\n^ no match for key\n^ no match for key\n x\n ^ no match for key\n__\na 10\n^ no match for key\n____\nb 2\n^ no match for key\n___\nc  1\n^ no match for key\n____\n", "sort: text ordering performed using simple byte comparison\nsort: key 1 is numeric and spans multiple fields\nsort: field separator '-' is treated as a minus sign in numbers\nsort: note numbers use '.' as a decimal point in this locale\n", 0],
  [S, "sort --debug -t. -k1,2n f", "\n^ no match for key\n^ no match for key\n x\n ^ no match for key\n__\na 10\n^ no match for key\n____\nb 2\n^ no match for key\n___\nc  1\n^ no match for key\n____\n", "sort: text ordering performed using simple byte comparison\nsort: key 1 is numeric and spans multiple fields\nsort: field separator '.' is treated as a decimal point in numbers\n", 0],
  [S, "sort --debug -k1.2,1.3 f", "\n^ no match for key\n^ no match for key\nc  1\n __\n____\na 10\n __\n____\nb 2\n __\n___\n x\n _\n__\n", "sort: text ordering performed using simple byte comparison\n", 0],
  [S, "sort --debug -c f", "", "sort: options '-c --debug' are incompatible\n", 2],
  [S, "sort --debug -o x f", "", "sort: options '-o --debug' are incompatible\n", 2],
  [S, "sort --debug -nr -k2 f", "a 10\n  __\n____\nb 2\n  _\n___\nc  1\n   _\n____\n x\n  ^ no match for key\n__\n\n^ no match for key\n^ no match for key\n", "sort: text ordering performed using simple byte comparison\nsort: key 1 is numeric and spans multiple fields\nsort: note numbers use '.' as a decimal point in this locale\n", 0],
  [S, "sort --debug -V v", "1.9\n___\n___\n1.10\n____\n____\n", "sort: text ordering performed using simple byte comparison\n", 0],
  [S, "sort --debug -d -k1 f", "\n^ no match for key\n^ no match for key\n x\n__\n__\na 10\n____\n____\nb 2\n___\n___\nc  1\n____\n____\n", "sort: text ordering performed using simple byte comparison\nsort: leading blanks are significant in key 1; consider also specifying 'b'\n", 0],
  [S, "sort --de f", "\n^ no match for key\n x\n__\na 10\n____\nb 2\n___\nc  1\n____\n", "sort: text ordering performed using simple byte comparison\n", 0],
  [S, "printf 'x\\tb 2\\n\\ty\\n' | sort --debug -k2", ">y\n  ^ no match for key\n__\nx>b 2\n ____\n_____\n", "sort: text ordering performed using simple byte comparison\nsort: leading blanks are significant in key 1; consider also specifying 'b'\n", 0],
];

describe('sort --debug', () => runCases(CASES));
