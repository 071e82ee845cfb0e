import { FsError, STRERROR } from '../../kernel/fs/errors.ts';
import type { Vfs } from '../../kernel/fs/vfs.ts';
import { hasGlob, matchPattern } from '../../shell/interpreter/pattern.ts';
import { type Ctx, type Directive, DIRECTIVES } from './nginx-directives.ts';

/** One statement of the configuration, with its block's statements, includes already expanded. */
export interface Stmt {
  readonly name: string;
  readonly args: readonly string[];
  readonly file: string;
  readonly line: number;
  readonly block?: readonly Stmt[];
}

/** An [emerg] of configuration parsing; `message` is nginx's text, with ` in FILE:LINE` when it has one. */
export class NginxConfError extends Error {}

const ERRNO: Partial<Record<string, number>> = { ENOENT: 2, EACCES: 13, EISDIR: 21, ENOTDIR: 20, ELOOP: 40 };

function openFailed(path: string, e: FsError): string {
  return `open() "${path}" failed (${ERRNO[e.code] ?? 5}: ${STRERROR[e.code]})`;
}

type Token = { kind: 'word'; text: string; line: number } | { kind: ';' | '{' | '}' | 'eof'; line: number };

/** ngx_conf_read_token: words (quoted or not), `;`, `{`, `}`, comments from `#`. */
class Lexer {
  private i = 0;
  line = 1;
  constructor(private readonly text: string, private readonly where: (line: number) => string) {}

  private fail(msg: string): never {
    throw new NginxConfError(`${msg} in ${this.where(this.line)}`);
  }

  next(): Token {
    const s = this.text;
    for (;;) {
      if (this.i >= s.length) return { kind: 'eof', line: this.line };
      const c = s[this.i]!;
      if (c === '\n') this.line++;
      if (c === ' ' || c === '\t' || c === '\r' || c === '\n') {
        this.i++;
        continue;
      }
      if (c === '#') {
        while (this.i < s.length && s[this.i] !== '\n') this.i++;
        continue;
      }
      if (c === ';' || c === '{' || c === '}') {
        this.i++;
        return { kind: c, line: this.line };
      }
      return this.word();
    }
  }

  private word(): Token {
    const s = this.text;
    const q = s[this.i];
    if (q === '"' || q === "'") {
      let out = '';
      this.i++;
      for (;;) {
        if (this.i >= s.length) this.fail('unexpected end of file, expecting ";" or "}"');
        const c = s[this.i++]!;
        if (c === '\n') this.line++;
        if (c === q) break;
        if (c === '\\' && (s[this.i] === q || s[this.i] === '\\')) out += s[this.i++];
        else out += c;
      }
      const after = s[this.i];
      if (after !== undefined && !/[\s;{})]/.test(after)) this.fail(`unexpected "${after}"`);
      return { kind: 'word', text: out, line: this.line };
    }
    let out = '';
    while (this.i < s.length) {
      const c = s[this.i]!;
      if (/[\s;{}]/.test(c)) break;
      if (c === '\\' && this.i + 1 < s.length) {
        out += s[this.i + 1];
        this.i += 2;
        continue;
      }
      out += c;
      this.i++;
      if (c === '$' && s[this.i] === '{') {
        const end = s.indexOf('}', this.i);
        if (end < 0) break;
        out += s.slice(this.i, end + 1);
        this.i = end + 1;
      }
    }
    return { kind: 'word', text: out, line: this.line };
  }
}

export interface ParseEnv {
  fs: Vfs;
  /** Where relative include paths start (the prefix's conf dir, `/etc/nginx/`). */
  confDir: string;
}

/**
 * Parses `path` and its includes, checking each directive against the table as nginx does;
 * `globals` are the `-g` directives, read first (errors there are `in command line`).
 */
export function parseConf(env: ParseEnv, path: string, globals = ''): Stmt[] {
  const seen = new Set<string>();
  const stmts = globals ? parseBlock(env, new Lexer(globals, () => 'command line'), () => 'command line', 'main', false, seen) : [];
  stmts.push(...parseFile(env, path, 'main', null, seen));
  if (!stmts.some((s) => s.name === 'events')) throw new NginxConfError('no "events" section in configuration');
  return stmts;
}

function parseFile(env: ParseEnv, path: string, ctx: Ctx, from: string | null, seen = new Set<string>()): Stmt[] {
  let text: string;
  try {
    text = env.fs.readFile(path);
  } catch (e) {
    if (!(e instanceof FsError)) throw e;
    throw new NginxConfError(from ? `${openFailed(path, e)} in ${from}` : openFailed(path, e));
  }
  const where = (line: number) => `${path}:${line}`;
  return parseBlock(env, new Lexer(text, where), where, ctx, false, seen);
}

function parseBlock(env: ParseEnv, lex: Lexer, where: (line: number) => string, ctx: Ctx, inBlock: boolean, seen = new Set<string>()): Stmt[] {
  const out: Stmt[] = [];
  const at = () => where(lex.line);
  const file = where(0).replace(/:0$/, '');
  for (;;) {
    const words: string[] = [];
    let t = lex.next();
    while (t.kind === 'word') {
      words.push(t.text);
      t = lex.next();
    }
    if (t.kind === 'eof') {
      if (words.length > 0) throw new NginxConfError(`unexpected end of file, expecting ";" or "}" in ${at()}`);
      if (inBlock) throw new NginxConfError(`unexpected end of file, expecting "}" in ${at()}`);
      return out;
    }
    if (t.kind === '}') {
      if (words.length > 0 || !inBlock) throw new NginxConfError(`unexpected "}" in ${at()}`);
      return out;
    }
    if (words.length === 0) throw new NginxConfError(`unexpected "${t.kind}" in ${at()}`);
    const [name, ...args] = words as [string, ...string[]];
    const line = lex.line;
    if (ctx === 'types' || ctx === 'map') {
      if (name !== 'include') {
        if (t.kind === '{') throw new NginxConfError(`unexpected "{" in ${at()}`);
        out.push({ name, args, file, line });
        continue;
      }
    }
    const spec = lookup(name, ctx, at);
    const opensBlock = t.kind === '{';
    if (!spec.block && opensBlock) throw new NginxConfError(`directive "${name}" is not terminated by ";" in ${at()}`);
    if (spec.block && !opensBlock) throw new NginxConfError(`directive "${name}" has no opening "{" in ${at()}`);
    checkArgs(name, spec, args, at);
    if (!spec.multi) {
      if (seen.has(name)) throw new NginxConfError(`"${name}" directive is duplicate in ${at()}`);
      seen.add(name);
    }
    if (name === 'include') {
      for (const f of includeTargets(env, args[0]!, at)) out.push(...parseFile(env, f, ctx, at()));
      continue;
    }
    const block = spec.block ? parseBlock(env, lex, where, spec.block, true) : undefined;
    out.push(block ? { name, args, file, line, block } : { name, args, file, line });
  }
}

function lookup(name: string, ctx: Ctx, at: () => string): Directive {
  const specs = DIRECTIVES[name];
  if (!specs) throw new NginxConfError(`unknown directive "${name}" in ${at()}`);
  const spec = specs.find((s) => s.ctx.includes(ctx));
  if (!spec) throw new NginxConfError(`"${name}" directive is not allowed here in ${at()}`);
  return spec;
}

function checkArgs(name: string, spec: Directive, args: readonly string[], at: () => string): void {
  const n = args.length;
  const a = spec.args;
  const ok = a === 'flag' ? n === 1 : a === '1+' ? n >= 1 : a === '2+' ? n >= 2 : a.includes(n);
  if (!ok) throw new NginxConfError(`invalid number of arguments in "${name}" directive in ${at()}`);
  if (a === 'flag' && !/^(on|off)$/i.test(args[0]!)) {
    throw new NginxConfError(`invalid value "${args[0]}" in "${name}" directive, it must be "on" or "off" in ${at()}`);
  }
}

/** The files an include names: one path, or the sorted matches of a glob (none is fine). */
function includeTargets(env: ParseEnv, spec: string, at: () => string): string[] {
  const path = spec.startsWith('/') ? spec : `${env.confDir}${spec}`;
  if (!hasGlob(path)) return [path];
  const slash = path.lastIndexOf('/');
  const dir = path.slice(0, slash) || '/';
  const pattern = path.slice(slash + 1);
  let names: string[];
  try {
    names = env.fs.readdir(dir);
  } catch (e) {
    if (!(e instanceof FsError)) throw e;
    if (e.code === 'ENOENT') return [];
    throw new NginxConfError(`glob() "${path}" failed (${ERRNO[e.code] ?? 5}: ${STRERROR[e.code]}) in ${at()}`);
  }
  return names.filter((n) => !n.startsWith('.') && matchPattern(pattern, n)).sort().map((n) => `${dir}/${n}`);
}

/** The first statement named `name` in `stmts` (not looking into blocks). */
export function first(stmts: readonly Stmt[], name: string): Stmt | undefined {
  return stmts.find((s) => s.name === name);
}
