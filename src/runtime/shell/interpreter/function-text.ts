import type { Function as FunctionNode, Script } from 'unbash';
import { KEYWORDS } from '../builtins/registry.ts';
import { type BCmd, convertFunction, convertList, type Redir } from './function-tree.ts';
import type { SourceText } from './function-words.ts';
import type { Shell } from './shell.ts';

/**
 * How bash prints a function (`declare -f`, `type`): a port of print_cmd.c's named_function_string and
 * make_command_string_internal. The odd spacing ("f () ", "{ "), the missing `;` after a here-document
 * and the here-document bodies placed after the next connector are all bash's and kept on purpose.
 */
export function functionText(fn: FunctionNode, text: string): string {
  const src: SourceText = { text, base: fn.pos };
  const def = convertFunction(src, fn) as Extract<BCmd, { kind: 'function' }>;
  const p = new Printer();
  p.namedFunction(def.name, def.body);
  return p.out;
}

/** `declare -f NAME` text of a defined function (without the final newline), or undefined. */
export function shellFunctionText(sh: Shell, name: string): string | undefined {
  const fn = sh.functions.get(name);
  const text = sh.functionSources.get(name);
  return fn && text !== undefined ? functionText(fn, text) : undefined;
}

/** The value of `BASH_FUNC_name%%` for an exported function: bash's one-level `() { ...}` form. */
export function exportedFunctionText(sh: Shell, name: string): string | undefined {
  const fn = sh.functions.get(name);
  const text = sh.functionSources.get(name);
  if (!fn || text === undefined) return undefined;
  const def = convertFunction({ text, base: fn.pos }, fn) as Extract<BCmd, { kind: 'function' }>;
  const p = new Printer();
  p.exportedFunction(def.body);
  return p.out;
}

/** The text bash stores for a `$(...)` after parsing it: its commands re-printed on one level. */
export function comsubText(src: SourceText, script: Script): string {
  const p = new Printer();
  p.comsub = true;
  p.command(convertList({ ...src, keepNewlines: true }, script));
  return p.out;
}

const STEP = 4;

class Printer {
  out = '';
  comsub = false;
  private indentation = 0;
  private skipIndent = 0;
  private wasHeredoc = false;
  private connections = 0;
  private deferred: Redir[] | null = null;
  private inFunction = 0;
  /** Indentation per nesting level: 4, or 0 for the exported one-level form. */
  private step = STEP;

  /** named_function_string(NULL, ...) without FUNC_MULTILINE: `() {  cmd;\n cmd\n}`. */
  exportedFunction(body: BCmd): void {
    this.put('() ');
    this.step = 0;
    this.indentation = 1;
    this.inFunction++;
    this.put('{ ');
    this.functionBody(body);
    this.indentation = 0;
    this.inFunction--;
    this.closeFunction(body);
  }

  namedFunction(name: string, body: BCmd): void {
    this.put(`${KEYWORDS.has(name) ? 'function ' : ''}${name} () \n`);
    this.indentation += this.step;
    this.inFunction++;
    this.put('{ \n');
    this.functionBody(body);
    this.indentation -= this.step;
    this.inFunction--;
    this.closeFunction(body);
  }

  private functionBody(body: BCmd): void {
    this.command(body.kind === 'group' ? body.body : body);
    this.flushDeferred('');
  }

  private closeFunction(body: BCmd): void {
    if (body.kind === 'group' && body.redirects.length) {
      this.newline('} ');
      this.redirections(body.redirects);
    } else this.newline('}');
  }

  private put(s: string): void {
    this.out += s;
  }

  private indent(n: number): void {
    this.put(' '.repeat(Math.max(0, n)));
  }

  private newline(s: string): void {
    this.put('\n');
    this.indent(this.indentation);
    this.put(s);
  }

  private semicolon(): void {
    const last = this.out[this.out.length - 1];
    if (last === '&' || last === '\n') return;
    this.put(';');
  }

  command(cmd: BCmd | null): void {
    if (!cmd) return;
    if (this.skipIndent) this.skipIndent--;
    else this.indent(this.indentation);
    if (cmd.time) this.put(`${cmd.time} `);
    if (cmd.invert) this.put('! ');
    switch (cmd.kind) {
      case 'simple':
        this.put(cmd.words.join(' '));
        if (cmd.own.length) {
          if (cmd.words.length) this.put(' ');
          this.redirections(cmd.own);
        }
        break;
      case 'conn':
        this.connection(cmd);
        break;
      case 'for':
      case 'select':
        this.put(`${cmd.kind} ${cmd.name} in ${cmd.words.join(' ')};`);
        this.loopBody(cmd.body);
        break;
      case 'arith_for':
        this.put(`for ((${cmd.parts.join('; ')}))`);
        this.loopBody(cmd.body);
        break;
      case 'case':
        this.caseCommand(cmd);
        break;
      case 'while':
      case 'until':
        this.put(`${cmd.kind} `);
        this.skipIndent++;
        this.command(cmd.test);
        this.flushDeferred('');
        this.semicolon();
        this.put(' do\n');
        this.indented(cmd.body);
        this.semicolon();
        this.newline('done');
        break;
      case 'if':
        this.put('if ');
        this.skipIndent++;
        this.command(cmd.test);
        this.semicolon();
        this.put(' then\n');
        this.indented(cmd.then);
        if (cmd.else) {
          this.semicolon();
          this.newline('else\n');
          this.indented(cmd.else);
        }
        this.semicolon();
        this.newline('fi');
        break;
      case 'arith':
        this.put(`((${cmd.text}))`);
        break;
      case 'cond':
        this.put(`[[ ${cmd.text} ]]`);
        break;
      case 'group':
        this.group(cmd.body);
        break;
      case 'subshell':
        this.put('( ');
        this.skipIndent++;
        this.command(cmd.body);
        this.flushDeferred('');
        this.put(' )');
        break;
      case 'function':
        this.nestedFunction(cmd.name, cmd.body);
        break;
      case 'coproc':
        this.put(`coproc ${cmd.name} `);
        this.skipIndent++;
        this.command(cmd.body);
        break;
    }
    if (cmd.redirects.length) {
      this.put(' ');
      this.redirections(cmd.redirects);
    }
  }

  /** Indented body of if/while/until, with pending here-document bodies printed before the dedent. */
  private indented(body: BCmd | null): void {
    this.indentation += this.step;
    this.command(body);
    this.flushDeferred('');
    this.indentation -= this.step;
  }

  private loopBody(body: BCmd | null): void {
    this.newline('do\n');
    this.indentation += this.step;
    this.command(body);
    this.flushDeferred('');
    this.semicolon();
    this.indentation -= this.step;
    this.newline('done');
  }

  private caseCommand(cmd: Extract<BCmd, { kind: 'case' }>): void {
    this.put(`case ${cmd.word} in `);
    this.indentation += this.step;
    for (const c of cmd.clauses) {
      this.newline('');
      this.put(`${c.patterns.join(' | ')})\n`);
      this.indentation += this.step;
      this.command(c.body);
      this.indentation -= this.step;
      this.flushDeferred('');
      this.newline(c.terminator);
    }
    this.indentation -= this.step;
    this.newline('esac');
  }

  private group(body: BCmd | null): void {
    this.put('{ ');
    if (this.inFunction === 0) this.skipIndent++;
    else {
      this.put('\n');
      this.indentation += this.step;
    }
    this.command(body);
    this.flushDeferred('');
    if (this.inFunction) {
      this.put('\n');
      this.indentation -= this.step;
      this.indent(this.indentation);
    } else {
      this.semicolon();
      this.put(' ');
    }
    this.put('}');
  }

  private nestedFunction(name: string, body: BCmd): void {
    this.put(`function ${name} () \n`);
    this.indent(this.indentation);
    this.put('{ \n');
    this.inFunction++;
    this.indentation += this.step;
    this.functionBody(body);
    this.indentation -= this.step;
    this.inFunction--;
    this.closeFunction(body);
    // Observed in bash 5.2: the `;` after a nested definition is printed even after a here-document.
    this.wasHeredoc = false;
  }

  private connection(cmd: Extract<BCmd, { kind: 'conn' }>): void {
    this.skipIndent++;
    this.connections++;
    this.command(cmd.first);
    const c = cmd.connector;
    if (c === '&' || c === '|') {
      this.printDeferred(` ${c}`);
      if (c !== '&' || cmd.second) {
        this.put(' ');
        this.skipIndent++;
      }
    } else if (c === '&&' || c === '||') {
      this.printDeferred(` ${c} `);
      if (cmd.second) this.skipIndent++;
    } else {
      const s = this.comsub ? c : ';';
      if (!this.deferred) {
        if (!this.wasHeredoc) this.put(s);
        else this.wasHeredoc = false;
      } else this.printDeferred(this.inFunction ? '' : ';');
      if (this.inFunction) this.put('\n');
      else {
        if (c === ';') this.put(' ');
        if (cmd.second) this.skipIndent++;
      }
    }
    this.command(cmd.second);
    this.flushDeferred('');
    this.connections--;
  }

  private redirections(list: Redir[]): void {
    const heredocs: Redir[] = [];
    this.wasHeredoc = false;
    list.forEach((r, i) => {
      if (r.heredoc) {
        this.put(r.heredoc.header);
        heredocs.push(r);
      } else this.put(r.text);
      if (i < list.length - 1) this.put(' ');
    });
    if (heredocs.length && this.connections) this.deferred = heredocs;
    else if (heredocs.length) this.heredocBodies(heredocs);
  }

  private heredocBodies(list: Redir[]): void {
    this.put('\n');
    for (const r of list) this.put(`${r.heredoc!.body}\n`);
    this.wasHeredoc = true;
  }

  private flushDeferred(s: string): void {
    if (this.deferred) this.printDeferred(s);
  }

  /** print_deferred_heredocs: the connector, then the bodies; a plain `;` is not printed. */
  private printDeferred(s: string): void {
    const visible = s !== '' && (s[0] !== ';' || s.length > 1);
    if (visible) this.put(s);
    if (this.deferred) {
      this.heredocBodies(this.deferred);
      if (visible) this.put(' ');
      this.wasHeredoc = true;
    }
    this.deferred = null;
  }
}
