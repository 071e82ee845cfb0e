import { FsError } from '../../../kernel/fs/errors.ts';
import { compilePrintf, lsLine, renderPrintf } from './find-printf.ts';
import type { ParseCtx } from './find-tests.ts';
import { FindUsage, type FindEnv, type Pred, type Visit } from './find-types.ts';
import { quoteaf } from './quote.ts';

export const ACTIONS = new Set(['-print', '-print0', '-printf', '-fprint', '-fprint0', '-fprintf', '-ls', '-fls', '-delete', '-exec', '-execdir', '-ok', '-okdir']);

export interface ActionCtx extends ParseCtx {
  /** The raw argument list and cursor, for -exec's variable-length command. */
  rest(): string[];
  consume(n: number): void;
  warn(msg: string): void;
}

/** Where -fprint & co write: a file created (truncated) when the expression is parsed. */
function fileSink(p: ActionCtx, path: string): (s: string) => Promise<void> {
  const { ctx } = p.env;
  if (path === '/dev/stdout') return (s) => ctx.stdout.write(s);
  if (path === '/dev/stderr') return (s) => ctx.stderr.write(s);
  try {
    ctx.fs.writeFile(path, '');
  } catch (e) {
    if (e instanceof FsError) throw new FindUsage(`${quoteaf(path)}: ${e.text}`);
    throw e;
  }
  return async (s) => ctx.fs.writeFile(path, s, { append: true });
}

function execDir(v: Visit): { dir: string; arg: string } {
  const trimmed = v.path.length > 1 ? v.path.replace(/\/+$/, '') : v.path;
  const i = trimmed.lastIndexOf('/');
  if (i < 0) return { dir: '.', arg: `./${trimmed}` };
  return { dir: i === 0 ? '/' : trimmed.slice(0, i), arg: `./${trimmed.slice(i + 1)}` };
}

/** Runs argv as a child; -execdir runs it from the file's directory. */
async function spawnIn(env: FindEnv, argv: string[], dir: string | null): Promise<number> {
  const proc = env.ctx.proc;
  const saved = proc.cwd;
  if (dir !== null) {
    try {
      proc.cwd = env.ctx.fs.realpath(dir);
    } catch {
      return 1;
    }
  }
  try {
    return await env.ctx.spawn({ argv });
  } finally {
    proc.cwd = saved;
  }
}

function buildExec(p: ActionCtx): Pred {
  const name = p.name;
  const args = p.rest();
  let end = -1;
  let batch = false;
  for (let i = 0; i < args.length; i++) {
    if (args[i] === ';') {
      end = i;
      break;
    }
    if (args[i] === '+' && i > 0 && args[i - 1] === '{}' && !name.startsWith('-ok')) {
      end = i;
      batch = true;
      break;
    }
  }
  if (end <= 0) throw new FindUsage(`missing argument to \`${name}'`);
  const cmd = args.slice(0, end);
  p.consume(end + 1);
  const inDir = name === '-execdir' || name === '-okdir';
  const env = p.env;
  if (batch) {
    const fixed = cmd.slice(0, -1);
    if (fixed.some((a) => a.includes('{}'))) throw new FindUsage('Only one instance of {} is supported with -exec ... +');
    const groups = new Map<string, string[]>();
    const flush = async (key: string) => {
      const items = groups.get(key);
      if (!items || items.length === 0) return;
      groups.set(key, []);
      const st = await spawnIn(env, [...fixed, ...items], inDir ? key : null);
      if (st !== 0) env.status = 1;
    };
    env.flushers.push(async () => {
      for (const k of [...groups.keys()]) await flush(k);
    });
    return async (v) => {
      const { dir, arg } = inDir ? execDir(v) : { dir: '', arg: v.path };
      const list = groups.get(dir) ?? [];
      list.push(arg);
      groups.set(dir, list);
      if (list.length >= 4096) await flush(dir);
      return true;
    };
  }
  return async (v) => {
    const { dir, arg } = inDir ? execDir(v) : { dir: '', arg: v.path };
    const argv = cmd.map((a) => a.split('{}').join(arg));
    if (name.startsWith('-ok')) {
      await env.ctx.stderr.write(`< ${argv[0]} ... ${arg} > ? `);
      const answer = await env.ctx.stdin.readLine();
      if (answer === null || !/^[yY]/.test(answer)) return false;
    }
    return (await spawnIn(env, argv, inDir ? dir : null)) === 0;
  };
}

export function buildAction(p: ActionCtx): Pred | null {
  const env = p.env;
  const out = (s: string) => env.ctx.stdout.write(s);
  switch (p.name) {
    case '-print': return async (v) => (await out(`${v.path}\n`), true);
    case '-print0': return async (v) => (await out(`${v.path}\0`), true);
    case '-printf': {
      const f = compilePrintf(p.arg(), p.warn);
      return async (v) => (await out(renderPrintf(f, v, env)), true);
    }
    case '-ls': return async (v) => (await out(lsLine(v, env)), true);
    case '-fprint': case '-fprint0': case '-fls': case '-fprintf': {
      const sink = fileSink(p, p.arg());
      if (p.name === '-fprintf') {
        const f = compilePrintf(p.arg(), p.warn);
        return async (v) => (await sink(renderPrintf(f, v, env)), true);
      }
      if (p.name === '-fls') return async (v) => (await sink(lsLine(v, env)), true);
      const eol = p.name === '-fprint0' ? '\0' : '\n';
      return async (v) => (await sink(v.path + eol), true);
    }
    case '-delete': return async (v) => {
      if (v.path === '.' || v.path.endsWith('/.')) return true;
      try {
        if (env.ctx.fs.lstat(v.path).type === 'dir') env.ctx.fs.rmdir(v.path);
        else env.ctx.fs.unlink(v.path);
        return true;
      } catch (e) {
        if (!(e instanceof FsError)) throw e;
        await env.ctx.stderr.write(`${env.ctx.name}: cannot delete ${quoteaf(v.path)}: ${e.text}\n`);
        env.status = 1;
        return false;
      }
    };
    case '-exec': case '-execdir': case '-ok': case '-okdir': return buildExec(p);
    case '-prune': return () => {
      env.prune = true;
      return true;
    };
    case '-quit': return () => {
      env.quit = true;
      return true;
    };
    default: return null;
  }
}
