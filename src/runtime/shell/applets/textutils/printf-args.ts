import { parseCFloat } from './cfloat.ts';

/** Conversion of printf arguments as coreutils does it, collecting the diagnostics. */
export class ArgReader {
  readonly errors: string[] = [];
  constructor(private readonly bb: boolean) {}

  private charCode(arg: string): number {
    return arg.length > 1 ? (Buffer.from(arg.slice(1), 'latin1').toString('utf8').codePointAt(0) ?? 0) : 0;
  }

  /** strtoimax (or strtoumax when `unsigned`), clamped, with coreutils' three complaints. */
  int(arg: string, unsigned: boolean): bigint {
    if (/^['"]/.test(arg)) return BigInt(this.charCode(arg));
    if (this.bb) {
      const m = /^\s*[-+]?(0[xX][0-9a-fA-F]+|0[0-7]*|[1-9]\d*)$/.exec(arg);
      if (!m) {
        if (arg !== '') this.errors.push(`invalid number '${arg}'`);
        return 0n;
      }
    }
    const m = /^[ \t\n\v\f\r]*([-+]?)(0[xX][0-9a-fA-F]+|0[0-7]*|[1-9]\d*)/.exec(arg);
    if (!m) {
      if (arg !== '') this.errors.push(`'${arg}': expected a numeric value`);
      return 0n;
    }
    let v = BigInt(m[2]!.length > 1 && m[2]![0] === '0' && !/^0[xX]/.test(m[2]!) ? `0o${m[2]!.slice(1)}` : m[2]!);
    if (m[1] === '-') v = -v;
    const [lo, hi] = unsigned ? [-(1n << 64n) + 1n, (1n << 64n) - 1n] : [-(1n << 63n), (1n << 63n) - 1n];
    if (v > hi || v < lo) {
      if (this.bb) {
        this.errors.push(`invalid number '${arg}'`);
        return 0n;
      }
      this.errors.push(`'${arg}': Numerical result out of range`);
      v = unsigned ? (v > 0n ? hi : hi) : v > 0n ? hi : lo;
    } else if (m[0].length !== arg.length) this.errors.push(`'${arg}': value not completely converted`);
    return unsigned ? BigInt.asUintN(64, v) : v;
  }

  float(arg: string): number {
    if (/^['"]/.test(arg)) return this.charCode(arg);
    const t = arg.replace(/^[ \t\n\v\f\r]+/, '');
    const m = /^[-+]?(?:0[xX](?:[0-9a-fA-F]+\.?[0-9a-fA-F]*|\.[0-9a-fA-F]+)(?:[pP][-+]?\d+)?|(?:\d+\.?\d*|\.\d+)(?:[eE][-+]?\d+)?|inf(?:inity)?|nan)/i.exec(t);
    if (!m) {
      if (arg !== '') this.errors.push(this.bb ? `invalid number '${arg}'` : `'${arg}': expected a numeric value`);
      return 0;
    }
    if (m[0].length !== t.length) this.errors.push(this.bb ? `invalid number '${arg}'` : `'${arg}': value not completely converted`);
    return parseCFloat(m[0]) ?? 0;
  }
}

/** coreutils %q (shell-escape quoting): bare when safe, "..." around a lone quote, else '...' with $'\n' for controls. */
export function shellQuote(s: string): string {
  if (s === '') return "''";
  const controls = /[\x00-\x1f\x7f-\xff]/.test(s);
  if (!controls && !/[ \t!"$&'()*;<=>?[\\\]^`|]/.test(s) && !/^[#~]/.test(s)) return s;
  if (!controls && s.includes("'") && !/[$`\\"!]/.test(s)) return `"${s}"`;
  let out = "'";
  for (const c of s) {
    const n = c.charCodeAt(0);
    if (c === "'") out += "'\\''";
    else if (n < 32 || n >= 127) {
      const named: Record<string, string> = { '\n': 'n', '\t': 't', '\r': 'r', '\x07': 'a', '\b': 'b', '\f': 'f', '\v': 'v' };
      out += `'$'\\${named[c] ?? n.toString(8).padStart(3, '0')}''`;
    } else out += c;
  }
  out += "'";
  return out.replace(/(?<=.)''$/, '');
}
