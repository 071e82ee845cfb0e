/** Name resolution while parsing: globals, function parameters, and mawk's type errors. */
import type { Expr } from './ast.ts';
import { TokenCursor, type SymKind } from './parse-base.ts';

export type LocalKind = 'none' | 'var' | 'array';

export class SymbolCursor extends TokenCursor {
  readonly globals = new Map<string, SymKind>();
  /** Parameters of the function being parsed and how the body uses them. */
  locals: Map<string, LocalKind> | null = null;
  /** Every user function call, checked against the definitions once all are known. */
  readonly callSites: {
    name: string;
    args: Expr[];
    /** What each argument was known to be at the call (a local without uses yet: 'var' only once used). */
    argKinds: (SymKind | undefined)[];
    line: number;
    definedBefore: boolean;
    scope: Map<string, LocalKind> | null;
  }[] = [];
  protected readonly defined = new Set<string>();

  protected arrayName(): string {
    const t = this.expect('NAME');
    this.useArray(t.text);
    return t.text;
  }

  /** How an already defined function uses its i-th parameter. */
  protected paramKind(_fn: string, _i: number): 'none' | 'var' | 'array' | undefined {
    return undefined;
  }

  kindOf(name: string): SymKind | undefined {
    const l = this.locals?.get(name);
    if (l !== undefined) return l === 'array' ? 'array' : 'var';
    return this.globals.get(name);
  }

  protected useVar(name: string): void {
    const l = this.locals?.get(name);
    if (l !== undefined) {
      if (l === 'array') this.compileError(`illegal reference to local array ${name}`);
      else this.locals!.set(name, 'var');
      return;
    }
    const k = this.globals.get(name);
    if (k === 'array') this.compileError(`illegal reference to array ${name}`);
    else if (k === undefined) this.globals.set(name, 'var');
  }

  protected useArray(name: string): void {
    const l = this.locals?.get(name);
    if (l !== undefined) {
      if (l === 'var') this.compileError(`illegal reference to local variable ${name}`);
      else this.locals!.set(name, 'array');
      return;
    }
    const k = this.globals.get(name);
    if (k === 'var') this.compileError(`illegal reference to variable ${name}`);
    else if (k === undefined) this.globals.set(name, 'array');
  }
}
