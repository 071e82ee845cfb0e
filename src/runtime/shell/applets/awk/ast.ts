/** The parsed awk program. */
import type { AwkRegex } from './regex.ts';

export type Expr =
  | { k: 'num'; v: number }
  | { k: 'str'; v: string }
  | { k: 're'; re: AwkRegex }
  | { k: 'var'; name: string }
  | { k: 'field'; index: Expr }
  | { k: 'elem'; name: string; subs: Expr[] }
  | { k: 'in'; subs: Expr[]; name: string }
  | { k: 'assign'; op: string; target: LValue; value: Expr }
  | { k: 'cond'; test: Expr; a: Expr; b: Expr }
  | { k: 'and' | 'or'; a: Expr; b: Expr }
  | { k: 'not'; a: Expr }
  | { k: 'neg' | 'plus'; a: Expr }
  | { k: 'arith'; op: string; a: Expr; b: Expr }
  | { k: 'cmp'; op: string; a: Expr; b: Expr }
  | { k: 'match'; neg: boolean; a: Expr; re: Expr }
  | { k: 'cat'; a: Expr; b: Expr }
  | { k: 'incdec'; op: '++' | '--'; prefix: boolean; target: LValue }
  | { k: 'call'; name: string; args: Expr[]; line: number; pending?: number }
  | { k: 'builtin'; name: string; args: Expr[] }
  | { k: 'getline'; src: 'main' | 'file' | 'cmd'; target: LValue | null; from: Expr | null };

export type LValue = Extract<Expr, { k: 'var' } | { k: 'field' } | { k: 'elem' }>;

export interface Redirect {
  mode: '>' | '>>' | '|';
  target: Expr;
}

export type Stmt =
  | { k: 'print' | 'printf'; args: Expr[]; redir: Redirect | null }
  | { k: 'expr'; e: Expr }
  | { k: 'if'; test: Expr; then: Stmt; else: Stmt | null }
  | { k: 'while'; test: Expr; body: Stmt }
  | { k: 'do'; body: Stmt; test: Expr }
  | { k: 'for'; init: Expr | null; test: Expr | null; step: Expr | null; body: Stmt }
  | { k: 'forin'; var: string; arr: string; body: Stmt }
  | { k: 'block'; body: Stmt[] }
  | { k: 'next' | 'nextfile' | 'break' | 'continue' }
  | { k: 'exit'; code: Expr | null }
  | { k: 'return'; value: Expr | null }
  | { k: 'delete'; name: string; subs: Expr[] | null };

export interface Rule {
  kind: 'begin' | 'end' | 'main';
  pattern: Expr | null;
  /** The end pattern of a range `p1, p2`. */
  pattern2: Expr | null;
  /** null: the default action `{ print }`. */
  body: Stmt[] | null;
}

export interface FuncDef {
  name: string;
  params: string[];
  body: Stmt[];
  line: number;
  /** How the body uses each parameter: as a scalar, an array, or not at all. */
  paramKinds?: ('none' | 'var' | 'array')[];
}

export interface Program {
  rules: Rule[];
  funcs: Map<string, FuncDef>;
}
