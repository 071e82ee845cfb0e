import type { Arg, Cmd, Node, Pipe, Template } from './ast.ts';
import { parseError } from './errors.ts';
import { lex, type Token } from './lexer.ts';
import { unquote } from './quote.ts';

const OPERAND_START = new Set(['bool', 'char', 'dot', 'field', 'identifier', 'number', 'nil', 'rawstring', 'string', 'variable', 'lparen']);
const END_KEYWORDS = new Set(['end', 'else']);

/** Parses `text` with the given function names in scope, as template.New("").Funcs(fns).Parse(text). */
export function parse(src: string, funcs: Set<string>): Template {
  const p = new Parser(src, lex(src), funcs);
  const root = p.list(true);
  return { name: '', root: root.nodes, defs: p.defs, src };
}

class Parser {
  i = 0;
  vars: string[] = ['$'];
  rangeDepth = 0;
  defs = new Map<string, Node[]>();
  constructor(readonly src: string, readonly toks: Token[], readonly funcs: Set<string>) {}

  peek(): Token { return this.toks[this.i]!; }
  next(): Token { return this.toks[this.i++]!; }
  nonSpace(): Token { let t = this.next(); while (t.kind === 'space') t = this.next(); return t; }
  peekNonSpace(): Token { const t = this.nonSpace(); this.i--; return t; }
  err(t: Token, msg: string): never { throw parseError(t.line, msg); }
  desc(t: Token): string {
    if (t.kind === 'eof') return 'EOF';
    if (t.kind === 'keyword') return `<${t.val}>`;
    if (t.kind === 'dot') return '<.>';
    if (t.kind === 'space') return 'space';
    if (t.kind === 'right') return `"}}"`;
    return JSON.stringify(t.val);
  }

  /** Parses nodes until EOF (top) or a terminating {{end}}/{{else}}; returns which one ended it. */
  list(top: boolean): { nodes: Node[]; end: string; tok: Token } {
    const nodes: Node[] = [];
    for (;;) {
      const t = this.next();
      if (t.kind === 'eof') {
        if (top) return { nodes, end: 'eof', tok: t };
        this.err(t, 'unexpected EOF');
      }
      if (t.kind === 'text') { nodes.push({ t: 'text', text: t.val }); continue; }
      // left delimiter
      const k = this.peekNonSpace();
      if (k.kind === 'keyword' && END_KEYWORDS.has(k.val)) {
        this.nonSpace();
        if (top) this.err(k, `unexpected {{${k.val}}}`);
        if (k.val === 'end') this.expectRight('end');
        return { nodes, end: k.val, tok: k };
      }
      const n = this.action();
      if (n) nodes.push(n);
    }
  }

  expectRight(ctx: string): void {
    const t = this.nonSpace();
    if (t.kind !== 'right') this.err(t, `unexpected ${this.desc(t)} in ${ctx}`);
  }

  action(): Node | null {
    const t = this.peekNonSpace();
    if (t.kind === 'keyword') {
      this.nonSpace();
      switch (t.val) {
        case 'if': case 'with': case 'range': return this.control(t.val, t);
        case 'break': case 'continue':
          if (this.rangeDepth === 0) this.err(t, `{{${t.val}}} outside {{range}}`);
          this.expectRight(t.val); return { t: t.val };
        case 'template': return this.templateCall(t);
        case 'define': this.define(t); return null;
        case 'block': return this.block(t);
      }
    }
    return { t: 'action', pipe: this.pipeline('command', 'right') };
  }

  control(kind: 'if' | 'with' | 'range', kw: Token): Node {
    const saved = this.vars.length;
    const pipe = this.pipeline(kind, 'right');
    if (pipe.cmds.length === 0) this.err(kw, `missing value for ${kind}`);
    if (kind === 'range') this.rangeDepth++;
    const body = this.list(false);
    if (kind === 'range') this.rangeDepth--;
    let elseList: Node[] | null = null;
    if (body.end === 'else') {
      const nt = this.peekNonSpace();
      if (kind !== 'range' && nt.kind === 'keyword' && nt.val === kind) {
        // "else if"/"else with" chains: nest as if the rest were its own block sharing one {{end}}
        this.nonSpace();
        elseList = [this.control(kind, nt)];
      } else {
        this.expectRight('else');
        const el = this.list(false);
        if (el.end === 'else') this.err(el.tok, 'expected end; found {{else}}');
        elseList = el.nodes;
      }
    }
    this.vars.length = saved;
    return { t: kind, pipe, list: body.nodes, elseList };
  }

  templateCall(kw: Token): Node {
    const nameTok = this.nonSpace();
    if (nameTok.kind !== 'string' && nameTok.kind !== 'rawstring') this.err(nameTok, `unexpected ${this.desc(nameTok)} in template clause`);
    const name = unquote(nameTok.val);
    let pipe: Pipe | null = null;
    if (this.peekNonSpace().kind !== 'right') pipe = this.pipeline('template', 'right');
    else this.nonSpace();
    return { t: 'template', name, pipe, line: nameTok.line, pos: nameTok.pos };
  }

  define(kw: Token): void {
    const nameTok = this.nonSpace();
    if (nameTok.kind !== 'string' && nameTok.kind !== 'rawstring') this.err(nameTok, `unexpected ${this.desc(nameTok)} in define clause`);
    this.expectRight('define clause');
    const saved = this.vars; this.vars = ['$'];
    const body = this.list(false);
    this.vars = saved;
    if (body.end !== 'end') this.err(body.tok, 'unexpected {{else}}');
    this.defs.set(unquote(nameTok.val), body.nodes);
  }

  block(kw: Token): Node {
    const nameTok = this.nonSpace();
    if (nameTok.kind !== 'string' && nameTok.kind !== 'rawstring') this.err(nameTok, `unexpected ${this.desc(nameTok)} in block clause`);
    const name = unquote(nameTok.val);
    const pipe = this.pipeline('block clause', 'right');
    const saved = this.vars; this.vars = ['$'];
    const body = this.list(false);
    this.vars = saved;
    if (body.end !== 'end') this.err(body.tok, 'unexpected {{else}}');
    this.defs.set(name, body.nodes);
    return { t: 'template', name, pipe, line: nameTok.line, pos: nameTok.pos };
  }

  pipeline(ctx: string, endKind: 'right' | 'rparen'): Pipe {
    const start = this.peekNonSpace();
    const pipe: Pipe = { decl: [], isAssign: false, cmds: [], pos: start.pos, line: start.line, src: '' };
    // variable declaration: $x := or $x, $y :=
    if (start.kind === 'variable') {
      const save = this.i;
      const v = this.nonSpace();
      const nx = this.peekNonSpace();
      if (nx.kind === 'declare' || nx.kind === 'assign') {
        this.nonSpace();
        pipe.decl.push(v.val); pipe.isAssign = nx.kind === 'assign';
        if (pipe.isAssign && !this.vars.includes(v.val)) this.err(v, `undefined variable "${v.val}"`);
      } else if (nx.kind === 'comma' && (ctx === 'range')) {
        this.nonSpace();
        const v2 = this.nonSpace();
        const d = this.nonSpace();
        if (v2.kind !== 'variable' || (d.kind !== 'declare' && d.kind !== 'assign')) this.err(v2, 'too many declarations in range');
        pipe.decl.push(v.val, v2.val); pipe.isAssign = d.kind === 'assign';
      } else this.i = save;
    }
    for (;;) {
      const t = this.nonSpace();
      if (t.kind === endKind) {
        if (pipe.cmds.length === 0) this.err(t, `missing value for ${ctx}`);
        pipe.cmds.slice(1).forEach((c, i) => {
          if (['bool', 'dot', 'nil', 'number', 'string'].includes(c.args[0]!.t)) this.err(t, `non executable command in pipeline stage ${i + 2}`);
        });
        break;
      }
      if (!OPERAND_START.has(t.kind)) this.err(t, `unexpected ${this.desc(t)} in ${ctx}`);
      this.i--;
      pipe.cmds.push(this.command());
    }
    if (!pipe.isAssign) for (const d of pipe.decl) this.vars.push(d);
    pipe.src = pipeString(pipe);
    return pipe;
  }

  command(): Cmd {
    const first = this.peekNonSpace();
    const cmd: Cmd = { args: [], pos: first.pos, src: '' };
    for (;;) {
      this.peekNonSpace();
      const a = this.operand();
      if (a) cmd.args.push(a);
      const t = this.next();
      if (t.kind === 'space') continue;
      if (t.kind === 'right' || t.kind === 'rparen') this.i--;
      else if (t.kind !== 'pipe') this.err(t, `unexpected ${this.desc(t)} in operand`);
      break;
    }
    if (cmd.args.length === 0) this.err(this.peek(), 'empty command');
    cmd.src = cmd.args.map((a) => a.src).join(' ');
    return cmd;
  }

  /** Parses one operand; stops before a pipe or closing delimiter. */
  operand(): Arg | null {
    const t = this.peek();
    if (!OPERAND_START.has(t.kind)) return null;
    this.next();
    let a: Arg;
    const pos = t.pos;
    switch (t.kind) {
      case 'field': a = { pos, t: 'field', names: t.val.slice(1).split('.'), src: t.val }; break;
      case 'dot': a = { pos, t: 'dot', src: '.' }; break;
      case 'variable':
        if (!this.vars.includes(t.val)) this.err(t, `undefined variable "${t.val}"`);
        a = { pos, t: 'var', name: t.val, names: [], src: t.val }; break;
      case 'identifier':
        if (!this.funcs.has(t.val)) this.err(t, `function "${t.val}" not defined`);
        a = { pos, t: 'ident', name: t.val, src: t.val }; break;
      case 'string': case 'rawstring': a = { pos, t: 'string', val: unquote(t.val), src: t.val }; break;
      case 'char': a = { pos, t: 'number', val: unquote(t.val).codePointAt(0) ?? 0, isInt: true, src: t.val }; break;
      case 'number': a = { ...parseNumber(t, (m) => this.err(t, m)), pos }; break;
      case 'bool': a = { pos, t: 'bool', val: t.val === 'true', src: t.val }; break;
      case 'nil': a = { pos, t: 'nil', src: 'nil' }; break;
      case 'lparen': { const pipe = this.pipeline('parenthesized pipeline', 'rparen'); a = { pos, t: 'pipe', pipe, src: `(${pipe.src})` }; break; }
      default: this.err(t, `unexpected ${this.desc(t)} in operand`);
    }
    // field chains: .A.B after $x or (pipe)
    let chained = false;
    while (this.peek().kind === 'field') {
      const f = this.next();
      // Go positions a chained node at its first chained field.
      const pos = chained ? a.pos : f.pos;
      chained = true;
      const names = f.val.slice(1).split('.');
      if (a.t === 'var') a = { ...a, pos, names: [...a.names, ...names], src: a.src + f.val };
      else if (a.t === 'field') a = { ...a, pos, names: [...a.names, ...names], src: a.src + f.val };
      else if (a.t === 'pipe' || a.t === 'chain') a = { pos, t: 'chain', node: a, names, src: a.src + f.val };
      else this.err(f, `unexpected . after term ${JSON.stringify(a.src)}`);
    }
    return a;
  }
}

function parseNumber(t: Token, err: (m: string) => never): Arg {
  const s = t.val.replace(/_/g, '');
  let v: number;
  let isInt = true;
  if (/^[+-]?(0[xX][0-9a-fA-F]+|0[oO]?[0-7]+|0[bB][01]+|[0-9]+)$/.test(s)) {
    const neg = s.startsWith('-'); const body = s.replace(/^[+-]/, '');
    v = /^0[0-7]+$/.test(body) ? parseInt(body.slice(1), 8) : /^0[oO]/.test(body) ? parseInt(body.slice(2), 8) : Number(body);
    if (neg) v = -v;
  } else {
    v = Number(s); isInt = false;
    if (Number.isNaN(v)) err(`bad number syntax: "${t.val}"`);
  }
  return { t: 'number', val: v, isInt, src: t.val, pos: t.pos };
}

function pipeString(p: Pipe): string {
  const body = p.cmds.map((c) => c.src).join(' | ');
  if (!p.decl.length) return body;
  return `${p.decl.join(', ')} ${p.isAssign ? '=' : ':='} ${body}`;
}
