import { BINARY_OPS, UNARY_OPS, binaryTest, unaryTest } from '../interpreter/file-tests.ts';
import type { Shell } from '../interpreter/shell.ts';
import type { Builtin } from './types.ts';

class TestSyntax extends Error {}

/** POSIX test with bash's extensions; `[` needs a closing `]`. Status 2 on syntax errors. */
const test: Builtin = {
  async run(sh, argv) {
    const name = argv[0]!;
    let args = argv.slice(1);
    const dash = sh.dialect === 'dash';
    if (name === '[') {
      if (args[args.length - 1] !== ']') {
        await sh.diag(dash ? '[: missing ]' : "[: missing `]'");
        return 2;
      }
      args = args.slice(0, -1);
    }
    // dash's test has no bash extensions such as `==`; it names the first word it choked on.
    if (dash && args.length === 3 && args[1] === '==') {
      await sh.diag(`${name}: ${args[0]}: unexpected operator`);
      return 2;
    }
    try {
      return (await evaluate(sh, args)) ? 0 : 1;
    } catch (e) {
      if (e instanceof TestSyntax) {
        const bad = /^(.*): integer expression expected$/.exec(e.message);
        await sh.diag(`${name}: ${dash && bad ? `Illegal number: ${bad[1]}` : e.message}`);
        return 2;
      }
      throw e;
    }
  },
};
export default test;

async function evaluate(sh: Shell, a: string[]): Promise<boolean> {
  // POSIX rules by argument count first, then a general parser.
  switch (a.length) {
    case 0:
      return false;
    case 1:
      return a[0] !== '';
    case 2:
      if (a[0] === '!') return a[1] === '';
      if (UNARY_OPS.has(a[0]!)) return unaryTest(sh, a[0]!, a[1]!);
      throw new TestSyntax(`${a[0]}: unary operator expected`);
    case 3:
      if (BINARY_OPS.has(a[1]!) || a[1] === '-a' || a[1] === '-o') return binary(sh, a[0]!, a[1]!, a[2]!);
      if (a[0] === '!') return !(await evaluate(sh, a.slice(1)));
      if (a[0] === '(' && a[2] === ')') return a[1] !== '';
      throw new TestSyntax(`${a[1]}: binary operator expected`);
    case 4:
      if (a[0] === '!') return !(await evaluate(sh, a.slice(1)));
      if (a[0] === '(' && a[3] === ')') return evaluate(sh, a.slice(1, 3));
  }
  const p = new Parser(sh, a);
  const v = await p.or();
  if (p.i < a.length) throw new TestSyntax('too many arguments');
  return v;
}

async function binary(sh: Shell, l: string, op: string, r: string): Promise<boolean> {
  if (op === '-a') return l !== '' && r !== '';
  if (op === '-o') return l !== '' || r !== '';
  if (op === '=~') throw new TestSyntax(`${op}: binary operator expected`);
  const res = await binaryTest(sh, op, l, r, false);
  if (typeof res === 'string') throw new TestSyntax(res);
  return res;
}

class Parser {
  i = 0;
  constructor(
    private readonly sh: Shell,
    private readonly a: string[],
  ) {}
  async or(): Promise<boolean> {
    let v = await this.and();
    while (this.a[this.i] === '-o') {
      this.i++;
      const r = await this.and();
      v = v || r;
    }
    return v;
  }
  async and(): Promise<boolean> {
    let v = await this.not();
    while (this.a[this.i] === '-a') {
      this.i++;
      const r = await this.not();
      v = v && r;
    }
    return v;
  }
  async not(): Promise<boolean> {
    if (this.a[this.i] === '!') {
      this.i++;
      return !(await this.not());
    }
    return this.primary();
  }
  async primary(): Promise<boolean> {
    const t = this.a[this.i];
    if (t === undefined) throw new TestSyntax('argument expected');
    if (t === '(') {
      this.i++;
      const v = await this.or();
      if (this.a[this.i] !== ')') throw new TestSyntax("`)' expected");
      this.i++;
      return v;
    }
    const next = this.a[this.i + 1];
    if (next !== undefined && BINARY_OPS.has(next) && this.a[this.i + 2] !== undefined) {
      this.i += 3;
      return binary(this.sh, t, next, this.a[this.i - 1]!);
    }
    if (UNARY_OPS.has(t) && next !== undefined) {
      this.i += 2;
      return unaryTest(this.sh, t, next);
    }
    this.i++;
    return t !== '';
  }
}
