import type { ArithmeticExpression } from 'unbash';
import { parseArithmetic } from './arith-parse.ts';

/** Arithmetic error: bash prints `EXPR: MESSAGE (error token is "TOKEN")`. */
export class ArithError extends Error {
  constructor(
    readonly expr: string,
    readonly detail: string,
    readonly token: string,
  ) {
    // bash skips the blanks before an expression but keeps those after it.
    super(`${expr.trimStart()}: ${detail} (error token is "${token}")`);
  }
}

export interface ArithEnv {
  get(name: string): string | undefined;
  set(name: string, value: string): void;
  /** Runs `$(...)` inside arithmetic. */
  substitute(text: string): Promise<string>;
  /** Expands `$x`, `${x}` found in words. */
  expandText(text: string): Promise<string>;
  /** Associative arrays keep `name[key]` subscripts as strings; others evaluate them. */
  isAssoc?(name: string): boolean;
}

const asInt = (v: bigint): bigint => BigInt.asIntN(64, v);

/** Parses an integer constant: decimal, 0x hex, 0 octal, base#digits. */
export function parseNumber(text: string, _expr: string): bigint | null {
  const s = text.trim();
  // A bad constant is reported as the whole expression, whatever surrounds it.
  const expr = s;
  if (/^[0-9]+$/.test(s)) {
    if (s.length > 1 && s.startsWith('0')) {
      if (!/^[0-7]+$/.test(s)) throw new ArithError(expr, 'value too great for base', s);
      return asInt(BigInt(`0o${s}`));
    }
    return asInt(BigInt(s));
  }
  if (/^0[xX][0-9a-fA-F]*$/.test(s)) return s.length === 2 ? 0n : asInt(BigInt(s));
  if (/^[0-9]+#$/.test(s)) throw new ArithError(expr, 'invalid integer constant', s);
  const m = /^([0-9]+)#([0-9a-zA-Z@_]+)$/.exec(s);
  if (m) {
    const base = Number(m[1]);
    if (base < 2 || base > 64) throw new ArithError(expr, 'invalid arithmetic base', s);
    let v = 0n;
    for (const ch of m[2]!) {
      const d = digitValue(ch, base);
      if (d < 0 || d >= base) throw new ArithError(expr, 'value too great for base', s);
      v = v * BigInt(base) + BigInt(d);
    }
    return asInt(v);
  }
  return null;
}

function digitValue(ch: string, base: number): number {
  if (ch >= '0' && ch <= '9') return ch.charCodeAt(0) - 48;
  if (ch >= 'a' && ch <= 'z') return ch.charCodeAt(0) - 97 + 10;
  if (ch >= 'A' && ch <= 'Z') return ch.charCodeAt(0) - 65 + (base <= 36 ? 10 : 36);
  if (ch === '@') return 62;
  if (ch === '_') return 63;
  return -1;
}

const NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;

export class Arith {
  constructor(
    private readonly env: ArithEnv,
    private readonly source: string,
  ) {}

  async eval(e: ArithmeticExpression): Promise<bigint> {
    switch (e.type) {
      case 'ArithmeticGroup':
        return this.eval(e.expression);
      case 'ArithmeticWord':
        return this.word(e.value);
      case 'ArithmeticCommandExpansion':
        return this.fromString(await this.env.substitute(e.text));
      case 'ArithmeticTernary':
        return (await this.eval(e.test)) !== 0n ? this.eval(e.consequent) : this.eval(e.alternate);
      case 'ArithmeticUnary':
        return this.unary(e.operator, e.operand, e.prefix);
      case 'ArithmeticBinary':
        return this.binary(e.operator, e.left, e.right);
    }
  }

  private async word(raw: string): Promise<bigint> {
    // Double quotes inside $(( )) are removed before evaluation.
    let text = raw.includes('"') ? raw.replace(/"/g, '') : raw;
    const gap = /^(\S+)\s+(\S.*)$/.exec(raw.trim());
    if (gap && !raw.includes('$')) throw new ArithError(this.source, 'syntax error in expression', gap[2]!);
    if (text.includes('$') || text.includes('`')) text = await this.env.expandText(text);
    const n = parseNumber(text, this.source);
    if (n !== null) return n;
    const t = text.trim();
    if (NAME.test(t)) return this.variable(t);
    const idx = /^([A-Za-z_][A-Za-z0-9_]*)\[(.*)\]$/.exec(t);
    if (idx) return this.variable(await this.ref(t));
    if (t === '') return 0n;
    if (/^[0-9]/.test(t)) throw new ArithError(this.source, 'value too great for base', t);
    throw new ArithError(this.source, 'syntax error: operand expected', t);
  }

  private async variable(name: string): Promise<bigint> {
    const v = this.env.get(name);
    if (v === undefined || v === '') return 0n;
    return this.fromString(v);
  }

  /** A variable's value is itself an expression (bash evaluates `x=y+1` recursively). */
  private async fromString(v: string): Promise<bigint> {
    const n = parseNumber(v, this.source);
    if (n !== null) return n;
    // Variables whose values name each other recurse; bash stops at a fixed depth.
    const env = this.env as ArithEnv & { depth?: number };
    env.depth = (env.depth ?? 0) + 1;
    if (env.depth >= 1023) throw new ArithError(v, 'expression recursion level exceeded', v);
    try {
      return await evaluateArithmetic(v, env);
    } finally {
      env.depth--;
    }
  }

  /** `a[i+1]` becomes `a[2]`: indexed subscripts are expressions, assoc keys are expanded text. */
  private async ref(name: string): Promise<string> {
    const m = /^([A-Za-z_][A-Za-z0-9_]*)\[(.*)\]$/s.exec(name);
    if (!m) return name;
    let sub = m[2]!;
    if (sub.includes('$') || sub.includes('`')) sub = await this.env.expandText(sub);
    if (this.env.isAssoc?.(m[1]!)) return `${m[1]}[${sub}]`;
    return `${m[1]}[${await evaluateArithmetic(sub, this.env)}]`;
  }

  private lvalue(e: ArithmeticExpression): string {
    if (e.type === 'ArithmeticWord' && (NAME.test(e.value) || /^[A-Za-z_][A-Za-z0-9_]*\[.*\]$/.test(e.value))) return e.value;
    throw new ArithError(this.source, 'attempted assignment to non-variable', this.source.slice(e.end).trimStart() || this.tokenOf(e));
  }

  /** bash reports the lookahead: the text after `e`, or else the last token of `e`. */
  private tokenAfter(e: ArithmeticExpression): string {
    const rest = this.source.slice(e.end);
    if (rest.trim() !== '') return rest.trimStart();
    const text = this.source.slice(e.pos, e.end).trimEnd();
    const last = /(?:[A-Za-z0-9_#@]+|.)$/.exec(text);
    // The token runs to the end of the source, trailing blanks included (`2 ** -1 ` gives "1 ").
    return last ? this.source.slice(e.pos + last.index) : text;
  }

  private tokenOf(e: ArithmeticExpression): string {
    return this.source.slice(e.pos, e.end) || this.source;
  }

  private async unary(op: string, operand: ArithmeticExpression, prefix: boolean): Promise<bigint> {
    if (op === '++' || op === '--') {
      const name = await this.ref(this.lvalue(operand));
      const old = await this.variable(name);
      const next = asInt(op === '++' ? old + 1n : old - 1n);
      this.env.set(name, String(next));
      return prefix ? next : old;
    }
    const v = await this.eval(operand);
    switch (op) {
      case '-':
        return asInt(-v);
      case '+':
        return v;
      case '!':
        return v === 0n ? 1n : 0n;
      case '~':
        return asInt(~v);
    }
    throw new ArithError(this.source, 'syntax error: operand expected', op);
  }

  private async binary(op: string, l: ArithmeticExpression, r: ArithmeticExpression): Promise<bigint> {
    if (r.type === 'ArithmeticWord' && r.value.trim() === '') {
      throw new ArithError(this.source, 'syntax error: operand expected', this.source.slice(l.end).trimStart());
    }
    if (op === '=' || (op.endsWith('=') && op.length >= 2 && !['==', '!=', '<=', '>='].includes(op))) {
      const name = await this.ref(this.lvalue(l));
      const rv = await this.eval(r);
      const v = op === '=' ? rv : this.apply(op.slice(0, -1), await this.variable(name), rv, r);
      this.env.set(name, String(v));
      return v;
    }
    if (op === '&&') return (await this.eval(l)) !== 0n && (await this.eval(r)) !== 0n ? 1n : 0n;
    if (op === '||') return (await this.eval(l)) !== 0n || (await this.eval(r)) !== 0n ? 1n : 0n;
    if (op === ',') {
      await this.eval(l);
      return this.eval(r);
    }
    const a = await this.eval(l);
    const b = await this.eval(r);
    return this.apply(op, a, b, r);
  }

  private apply(op: string, a: bigint, b: bigint, r: ArithmeticExpression): bigint {
    switch (op) {
      case '+': return asInt(a + b);
      case '-': return asInt(a - b);
      case '*': return asInt(a * b);
      case '/':
      case '%':
        if (b === 0n) throw new ArithError(this.source, 'division by 0', this.source.slice(r.pos));
        return asInt(op === '/' ? a / b : a % b);
      case '**':
        if (b < 0n) throw new ArithError(this.source, 'exponent less than 0', this.tokenAfter(r));
        return asInt(a ** b);
      case '<<': return asInt(a << (b & 63n));
      case '>>': return asInt(a >> (b & 63n));
      case '&': return asInt(a & b);
      case '|': return asInt(a | b);
      case '^': return asInt(a ^ b);
      case '<': return a < b ? 1n : 0n;
      case '>': return a > b ? 1n : 0n;
      case '<=': return a <= b ? 1n : 0n;
      case '>=': return a >= b ? 1n : 0n;
      case '==': return a === b ? 1n : 0n;
      case '!=': return a !== b ? 1n : 0n;
    }
    throw new ArithError(this.source, 'syntax error: invalid arithmetic operator', op);
  }
}

/** Evaluates arithmetic given as text (`let`, `((...))` bodies, variable values). */
export async function evaluateArithmetic(text: string, env: ArithEnv): Promise<bigint> {
  const ast = parseArithmetic(text);
  if (!ast) return 0n;
  return new Arith(env, text).eval(ast);
}
