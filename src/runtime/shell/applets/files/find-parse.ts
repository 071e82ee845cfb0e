import type { Stat } from '../../../kernel/fs/types.ts';
import { FsError } from '../../../kernel/fs/errors.ts';
import { ACTIONS, type ActionCtx, buildAction } from './find-actions.ts';
import { REGEX_TYPES } from './find-regex.ts';
import { buildTest } from './find-tests.ts';
import { FindUsage, type FindEnv, type Node, type Pred } from './find-types.ts';
import { quoteaf } from './quote.ts';

const PREC = { comma: 1, or: 2, and: 3, not: 4 } as const;

type Token =
  | { type: 'primary'; name: string; run: Pred }
  | { type: 'uni'; name: string }
  | { type: 'bi'; name: string; op: 'and' | 'or' | 'comma'; prec: number }
  | { type: 'open'; name: '(' }
  | { type: 'close'; name: ')' };

const GLOBAL_OPTIONS = new Set(['-maxdepth', '-mindepth', '-depth', '-d', '-xdev', '-mount', '-noleaf', '-ignore_readdir_race', '-noignore_readdir_race']);
const POSITIONAL = new Set(['-daystart', '-follow', '-regextype', '-warn', '-nowarn']);
const TESTS = new Set(['-true', '-false', '-name', '-iname', '-path', '-ipath', '-wholename', '-iwholename', '-lname', '-ilname', '-regex', '-iregex', '-type', '-xtype',
  '-size', '-empty', '-mtime', '-atime', '-ctime', '-mmin', '-amin', '-cmin', '-newer', '-anewer', '-cnewer', '-perm', '-user', '-group', '-uid', '-gid', '-links',
  '-inum', '-nouser', '-nogroup', '-samefile', '-readable', '-writable', '-executable', '-fstype']);
/** -newerXY: X and Y among a(ccess), c(hange), m(odify); Y may be t (a date string). */
const isTest = (name: string) => TESTS.has(name) || /^-newer[acm][acmt]$/.test(name);

/** findutils' looks_like_expression: what ends the list of starting points. */
export function looksLikeExpression(arg: string, leading: boolean): boolean {
  if (arg.startsWith('-')) return arg.length > 1;
  if (arg === ')' || arg === ',') return !leading;
  return arg === '(' || arg === '!';
}

export interface ParsedFind {
  tree: Node;
}

/** Parses the expression (after the starting points) into a tree; throws FindUsage. */
export function parseExpression(args: string[], env: FindEnv, warnings: string[]): ParsedFind {
  const tokens: Token[] = [];
  let i = 0;
  let hasAction = false;
  let regexType = 'findutils-default';
  let daystart = false;
  let lastPred = '';
  const push = (t: Token) => {
    const prev = tokens[tokens.length - 1];
    const startsOperand = t.type === 'primary' || t.type === 'uni' || t.type === 'open';
    if (startsOperand && prev && (prev.type === 'primary' || prev.type === 'close')) tokens.push({ type: 'bi', name: '-a', op: 'and', prec: PREC.and });
    tokens.push(t);
  };
  while (i < args.length) {
    const a = args[i]!;
    if (a === '(') push({ type: 'open', name: '(' });
    else if (a === ')') push({ type: 'close', name: ')' });
    else if (a === '!' || a === '-not') push({ type: 'uni', name: a });
    else if (a === '-a' || a === '-and') push({ type: 'bi', name: a, op: 'and', prec: PREC.and });
    else if (a === '-o' || a === '-or') push({ type: 'bi', name: a, op: 'or', prec: PREC.or });
    else if (a === ',') push({ type: 'bi', name: a, op: 'comma', prec: PREC.comma });
    else {
      if (!looksLikeExpression(a, false)) {
        let msg = `paths must precede expression: \`${a}'`;
        if (env.ctx.fs.exists(a)) msg += `\n${env.ctx.name}: possible unquoted pattern after predicate \`${lastPred}'?`;
        throw new FindUsage(msg);
      }
      const name = a;
      const known = GLOBAL_OPTIONS.has(name) || POSITIONAL.has(name) || isTest(name) || ACTIONS.has(name) || name === '-prune' || name === '-quit';
      if (!known) throw new FindUsage(`unknown predicate \`${name}'`);
      i++;
      const need = () => {
        if (i >= args.length) throw new FindUsage(`missing argument to \`${name}'`);
        return args[i++]!;
      };
      const pc: ActionCtx = {
        name,
        env,
        arg: need,
        regexType,
        daystart,
        refStat: (path: string): Stat => {
          try {
            return env.follow === 'P' ? env.ctx.fs.lstat(path) : env.ctx.fs.stat(path);
          } catch (e) {
            if (e instanceof FsError) throw new FindUsage(`${quoteaf(path)}: ${e.text}`);
            throw e;
          }
        },
        rest: () => args.slice(i),
        consume: (n) => {
          i += n;
        },
        warn: (m) => warnings.push(m),
      };
      let run: Pred | null = null;
      if (GLOBAL_OPTIONS.has(name) || POSITIONAL.has(name)) {
        globalOption(name, pc, env);
        if (name === '-regextype') {
          const t = args[i - 1]!;
          if (!REGEX_TYPES.includes(t)) throw new FindUsage(`Unknown regular expression type ${quoteaf(t)}; valid types are ${REGEX_TYPES.map((r) => `'${r}'`).join(', ')}.`);
          regexType = t;
        }
        if (name === '-daystart') daystart = true;
        run = () => true;
      } else if (isTest(name)) run = buildTest(pc);
      else {
        if (ACTIONS.has(name)) hasAction = true;
        // -delete implies -depth: a directory is removed after its contents
        if (name === '-delete') env.depthFirst = true;
        run = buildAction(pc);
      }
      push({ type: 'primary', name, run: run! });
      lastPred = name;
      continue;
    }
    lastPred = a;
    i++;
  }
  const last = tokens[tokens.length - 1];
  if (last && (last.type === 'uni' || last.type === 'bi')) throw new FindUsage(`expected an expression after '${last.name}'`);
  const print: Node = { kind: 'pred', name: '-print', run: async (v) => (await env.ctx.stdout.write(`${v.path}\n`), true) };
  if (tokens.length === 0) return { tree: print };
  const tree = buildTree(tokens);
  return { tree: hasAction ? tree : { kind: 'and', l: tree, r: print } };
}

function globalOption(name: string, p: ActionCtx, env: FindEnv): void {
  switch (name) {
    case '-maxdepth': case '-mindepth': {
      const v = p.arg();
      if (!/^\d+$/.test(v)) throw new FindUsage(`Expected a positive decimal integer argument to ${name}, but got ${quoteaf(v)}`);
      if (name === '-maxdepth') env.maxdepth = Number(v);
      else env.mindepth = Number(v);
      break;
    }
    case '-depth': case '-d': env.depthFirst = true; break;
    case '-xdev': case '-mount': env.xdev = true; break;
    case '-follow': env.follow = 'L'; break;
    case '-regextype': p.arg(); break;
  }
}

/** findutils get_expr(): precedence climbing with its error messages. */
function buildTree(tokens: Token[]): Node {
  let pos = 0;
  const get = (prevPrec: number, prev: Token | null): Node => {
    const t = tokens[pos];
    if (!t) throw new FindUsage('invalid expression');
    let next: Node;
    switch (t.type) {
      case 'bi':
        throw new FindUsage(`invalid expression; you have used a binary operator '${t.name}' with nothing before it.`);
      case 'close':
        if (prev && (prev.type === 'uni' || prev.type === 'bi')) throw new FindUsage(`expected an expression between '${prev.name}' and ')'`);
        throw new FindUsage("you have too many ')'");
      case 'primary':
        pos++;
        next = { kind: 'pred', name: t.name, run: t.run };
        break;
      case 'uni':
        pos++;
        next = { kind: 'not', e: get(PREC.not, t) };
        break;
      case 'open': {
        const after = tokens[pos + 1];
        if (!after || after.type === 'close') throw new FindUsage('invalid expression; empty parentheses are not allowed.');
        pos++;
        next = get(0, t);
        if (!tokens[pos] || tokens[pos]!.type !== 'close') throw new FindUsage("invalid expression; I was expecting to find a ')' somewhere but did not see one.");
        pos++;
        break;
      }
    }
    while (pos < tokens.length) {
      const op = tokens[pos]!;
      if (op.type !== 'bi' || op.prec <= prevPrec) break;
      pos++;
      next = { kind: op.op, l: next, r: get(op.prec, op) };
    }
    return next;
  };
  const tree = get(0, null);
  if (pos < tokens.length) {
    const t = tokens[pos]!;
    throw new FindUsage(t.type === 'close' ? "you have too many ')'" : `unexpected extra predicate '${t.name}'`);
  }
  return tree;
}
