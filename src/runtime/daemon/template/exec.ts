import type { Arg, Cmd, Node, Pipe, Template } from './ast.ts';
import { truth } from './compare.ts';
import { execError, TemplateError } from './errors.ts';
import { formatValue, GoStruct, isMap, sortedKeys } from './format.ts';
import { ARITY, ArgTypeError, FuncError, type Func } from './functions.ts';

export type MissingKey = 'default' | 'zero' | 'error';

/** Values whose static Go type is `interface {}` (map/slice elements) name it in field errors. */
interface Val { v: unknown; boxed: boolean }

class Break {}
class Continue {}

const NONE: unique symbol = Symbol('no value');

export class Executor {
  out = '';
  vars: { name: string; val: Val }[] = [];
  depth = 0;
  root: unknown = undefined;
  constructor(readonly tpl: Template, readonly funcs: Record<string, Func>, readonly missing: MissingKey, readonly rootType?: string) {}

  err(pos: number, node: string, msg: string): never {
    const before = this.tpl.src.slice(0, pos);
    const nl = before.lastIndexOf('\n');
    throw execError(before.split('\n').length, nl < 0 ? pos : pos - nl - 1, node, msg, this.tpl.name);
  }

  run(data: unknown): string {
    const dot: Val = { v: data, boxed: false };
    this.root = data;
    this.vars = [{ name: '$', val: dot }];
    this.walk(this.tpl.root, dot);
    return this.out;
  }

  walk(list: Node[], dot: Val): void {
    for (const n of list) this.node(n, dot);
  }

  node(n: Node, dot: Val): void {
    switch (n.t) {
      case 'text': this.out += n.text; return;
      case 'action': {
        const v = this.pipe(n.pipe, dot);
        if (n.pipe.decl.length === 0) this.out += printable(v.v);
        return;
      }
      case 'if': case 'with': {
        const mark = this.vars.length;
        const v = this.pipe(n.pipe, dot);
        if (truth(v.v === NONE ? undefined : v.v)) this.walk(n.list, n.t === 'with' ? v : dot);
        else if (n.elseList) this.walk(n.elseList, dot);
        this.vars.length = mark;
        return;
      }
      case 'range': this.range(n, dot); return;
      case 'break': throw new Break();
      case 'continue': throw new Continue();
      case 'template': {
        const body = this.tpl.defs.get(n.name);
        if (!body) this.err(n.pos, `{{template ${JSON.stringify(n.name)}${n.pipe ? ' ' + n.pipe.src : ''}}}`, `template ${JSON.stringify(n.name)} not defined`);
        const v = n.pipe ? this.pipe(n.pipe, dot) : { v: undefined, boxed: false };
        if (++this.depth > 100000) this.err(n.pos, 'template', 'exceeded maximum template depth (100000)');
        const saved = this.vars;
        this.vars = [{ name: '$', val: v }];
        this.walk(body, v);
        this.vars = saved;
        this.depth--;
        return;
      }
    }
  }

  range(n: Extract<Node, { t: 'if' | 'with' | 'range' }>, dot: Val): void {
    const mark = this.vars.length;
    const v = this.pipe(n.pipe, dot);
    const val = v.v;
    const items: [unknown, unknown][] = [];
    if (Array.isArray(val)) val.forEach((x, i) => items.push([i, x]));
    else if (isMap(val)) for (const k of sortedKeys(val)) items.push([k, val[k]]);
    else if (typeof val === 'number' && Number.isInteger(val)) for (let i = 0; i < val; i++) items.push([i, i]);
    else if (val !== null && val !== undefined && val !== NONE) {
      const c = n.pipe.cmds[0]!;
      this.err(c.pos, n.pipe.src, `range can't iterate over ${formatValue(val)}`);
    }
    for (const [k, x] of items) {
      const elem: Val = { v: x, boxed: true };
      const m2 = this.vars.length;
      if (n.pipe.decl.length === 1) this.setVar(n.pipe.decl[0]!, elem, n.pipe.isAssign);
      else if (n.pipe.decl.length === 2) {
        this.setVar(n.pipe.decl[0]!, { v: k, boxed: false }, n.pipe.isAssign);
        this.setVar(n.pipe.decl[1]!, elem, n.pipe.isAssign);
      }
      try {
        this.walk(n.list, elem);
      } catch (e) {
        if (e instanceof Break) { this.vars.length = m2; break; }
        if (!(e instanceof Continue)) throw e;
      }
      this.vars.length = m2;
    }
    if (items.length === 0 && n.elseList) this.walk(n.elseList, dot);
    this.vars.length = mark;
  }

  setVar(name: string, val: Val, assign: boolean): void {
    if (assign) {
      for (let i = this.vars.length - 1; i >= 0; i--) if (this.vars[i]!.name === name) { this.vars[i]!.val = val; return; }
    }
    this.vars.push({ name, val });
  }

  varValue(name: string): Val {
    for (let i = this.vars.length - 1; i >= 0; i--) if (this.vars[i]!.name === name) return this.vars[i]!.val;
    throw new TemplateError(`template: ${this.tpl.name}: undefined variable: ${name}`);
  }

  pipe(p: Pipe, dot: Val): Val {
    let value: Val | null = null;
    for (const c of p.cmds) {
      value = this.command(c, dot, value);
      // Go unwraps interface results of each command to their concrete type.
      value = { v: value.v, boxed: false };
    }
    const v = value!;
    if (p.decl.length && !(p.decl.length === 2)) this.setVar(p.decl[0]!, v, p.isAssign);
    return v;
  }

  command(c: Cmd, dot: Val, final: Val | null): Val {
    const first = c.args[0]!;
    const rest = c.args.slice(1);
    switch (first.t) {
      case 'ident': return this.call(first, rest, dot, final, c);
      case 'field': return this.fieldChain(dot, dot, first.names, first, rest, final);
      case 'var': {
        const v = this.varValue(first.name);
        if (first.names.length === 0) { this.noArgs(first, rest, final); return v; }
        return this.fieldChain(dot, v, first.names, first, rest, final);
      }
      case 'chain': {
        const base = this.arg(first.node, dot);
        return this.fieldChain(dot, base, first.names, first, rest, final);
      }
      case 'pipe': this.noArgs(first, rest, final); return this.pipe(first.pipe, dot);
      default: this.noArgs(first, rest, final); return this.arg(first, dot);
    }
  }

  noArgs(a: Arg, rest: Arg[], final: Val | null): void {
    if (rest.length || final) this.err(a.pos, a.src, `can't give argument to non-function ${a.src}`);
  }

  fieldChain(dot: Val, recv: Val, names: string[], node: Arg, args: Arg[], final: Val | null): Val {
    let cur = recv;
    for (let i = 0; i < names.length; i++) {
      const last = i === names.length - 1;
      if (last && (args.length || final)) {
        if (isMap(cur.v)) this.err(node.pos, node.src, `${names[i]} is not a method but has arguments`);
      }
      if (cur.v instanceof GoStruct) {
        const vals = last ? args.map((a) => this.arg(a, dot).v) : [];
        if (last && final) vals.push(final.v);
        cur = this.method(cur.v, names[i]!, vals, node);
        continue;
      }
      cur = this.field(cur, names[i]!, node);
    }
    return cur;
  }

  field(recv: Val, name: string, node: Arg): Val {
    const r = recv.v;
    if (r === undefined || r === NONE) {
      if (this.missing === 'error') this.err(node.pos, node.src, `nil data; no entry for key ${JSON.stringify(name)}`);
      return { v: undefined, boxed: false };
    }
    const typ = recv.boxed ? 'interface {}' : r === this.root && this.rootType ? this.rootType : goTypeName(r);
    if (r === null) this.err(node.pos, node.src, `nil pointer evaluating ${typ}.${name}`);
    if (isMap(r)) {
      if (Object.hasOwn(r, name)) return { v: r[name], boxed: true };
      if (this.missing === 'error') this.err(node.pos, node.src, `map has no entry for key ${JSON.stringify(name)}`);
      return { v: this.missing === 'zero' ? null : undefined, boxed: true };
    }
    this.err(node.pos, node.src, `can't evaluate field ${name} in type ${typ}`);
  }

  method(s: GoStruct, name: string, vals: unknown[], node: Arg): Val {
    if (!/^[A-Z]/.test(name) || !(name in s)) this.err(node.pos, node.src, `can't evaluate field ${name} in type ${s.goType}`);
    const fn = (s as unknown as Record<string, unknown>)[name];
    if (typeof fn !== 'function') {
      if (vals.length) this.err(node.pos, node.src, `${name} has arguments but cannot be invoked as function`);
      return { v: fn, boxed: false };
    }
    if (fn.length !== vals.length) this.err(node.pos, node.src, `wrong number of args for ${name}: want ${fn.length} got ${vals.length}`);
    return { v: (fn as (...a: unknown[]) => unknown).apply(s, vals), boxed: false };
  }

  arg(a: Arg, dot: Val): Val {
    switch (a.t) {
      case 'dot': return dot;
      case 'string': case 'bool': case 'number': return { v: a.val, boxed: false };
      case 'nil': return { v: null, boxed: false };
      case 'pipe': return this.pipe(a.pipe, dot);
      case 'ident': return this.call(a, [], dot, null, { args: [a], pos: a.pos, src: a.src });
      default: return this.command({ args: [a], pos: a.pos, src: a.src }, dot, null);
    }
  }

  call(id: Extract<Arg, { t: 'ident' }>, argNodes: Arg[], dot: Val, final: Val | null, cmd: Cmd): Val {
    const fn = this.funcs[id.name]!;
    const n = argNodes.length + (final ? 1 : 0);
    const [min, variadic] = ARITY[id.name] ?? [0, true];
    if (variadic ? n < min : n !== min) {
      this.err(cmd.pos, cmd.src, `wrong number of args for ${id.name}: want ${variadic ? 'at least ' : ''}${min} got ${n}`);
    }
    // and/or evaluate lazily in Go 1.18+.
    if (id.name === 'and' || id.name === 'or') {
      let v: Val = { v: undefined, boxed: false };
      for (let i = 0; i < n; i++) {
        v = i < argNodes.length ? this.arg(argNodes[i]!, dot) : final!;
        if (truth(v.v) === (id.name === 'or')) return v;
      }
      return v;
    }
    const vals = argNodes.map((a) => this.arg(a, dot).v);
    if (final) vals.push(final.v);
    try {
      return { v: fn(...vals.map((x) => (x === NONE ? undefined : x))), boxed: false };
    } catch (e) {
      if (e instanceof ArgTypeError) {
        const node = argNodes[e.index];
        // Go converts literal constants at parse-time types and words that error differently.
        if (node && (node.t === 'number' || node.t === 'string' || node.t === 'bool')) this.err(node.pos, node.src, `expected ${e.expected}; found ${node.src}`);
        if (node) this.err(node.pos, node.src, e.message);
        this.err(cmd.pos, cmd.src, e.message);
      }
      if (e instanceof FuncError) this.err(cmd.pos, cmd.src, `error calling ${id.name}: ${e.message}`);
      throw e;
    }
  }
}

function goTypeName(v: unknown): string {
  if (typeof v === 'string') return 'string';
  if (typeof v === 'boolean') return 'bool';
  if (typeof v === 'number') return Number.isInteger(v) ? 'int' : 'float64';
  if (Array.isArray(v)) return '[]interface {}';
  if (isMap(v)) return 'map[string]interface {}';
  return 'interface {}';
}

/** Go prints an invalid value (missing key) as `<no value>`. */
function printable(v: unknown): string {
  if (v === undefined || v === null || v === NONE) return '<no value>';
  return formatValue(v);
}
