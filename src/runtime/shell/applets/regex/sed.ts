import { FsError } from '../../../kernel/fs/errors.ts';
import { getopt, OptError } from '../getopt.ts';
import type { Applet, AppletContext } from '../types.ts';
import { SedCompiler } from './sed-compile.ts';
import { SedEngine } from './sed-exec.ts';
import { SedFatal, SedInput, Sink, WriteFiles } from './sed-io.ts';
import type { SedProgram } from './sed-program.ts';
import { ScriptReader, SedScriptError } from './sed-reader.ts';
import { BUSYBOX_BANNER, BUSYBOX_SED_USAGE, SED_HELP, SED_VERSION } from './usage-texts.ts';
import { busyboxSedMessage } from './sed-busybox.ts';

const LONG = {
  quiet: { key: 'n' }, silent: { key: 'n' }, debug: {}, expression: { arg: 'required' as const, key: 'e' }, file: { arg: 'required' as const, key: 'f' },
  'follow-symlinks': {}, 'in-place': { arg: 'optional' as const, key: 'i' }, 'line-length': { arg: 'required' as const, key: 'l' }, posix: {},
  'regexp-extended': { key: 'E' }, separate: { key: 's' }, sandbox: {}, unbuffered: { key: 'u' }, 'null-data': { key: 'z' },
  'zero-terminated': { key: 'z' }, help: {}, version: {}, binary: { key: 'b' },
};

interface SedArgs {
  quiet: boolean;
  extended: boolean;
  separate: boolean;
  nullData: boolean;
  posix: boolean;
  sandbox: boolean;
  inPlace: string | null;
  followSymlinks: boolean;
  lineLength: number;
  scripts: ({ expr: string } | { file: string })[];
  operands: string[];
  help: boolean;
  version: boolean;
}

function parseArgs(args: string[], posixly: boolean): SedArgs {
  const p = getopt(args, { short: 'bnrsuzEe:f:i::l:', long: LONG, stopAtOperand: posixly });
  const a: SedArgs = { quiet: false, extended: false, separate: false, nullData: false, posix: false, sandbox: false, inPlace: null, followSymlinks: false, lineLength: 70, scripts: [], operands: p.operands, help: false, version: false };
  for (const [k, v] of p.list) {
    if (k === 'n') a.quiet = true;
    else if (k === 'r' || k === 'E') a.extended = true;
    else if (k === 's') a.separate = true;
    else if (k === 'z') a.nullData = true;
    else if (k === 'e') a.scripts.push({ expr: v ?? '' });
    else if (k === 'f') a.scripts.push({ file: v ?? '' });
    else if (k === 'i') {
      a.inPlace = v ?? '';
      a.separate = true;
    } else if (k === 'l') a.lineLength = parseInt(v ?? '', 10) || 0;
    else if (k === 'posix') a.posix = true;
    else if (k === 'sandbox') a.sandbox = true;
    else if (k === 'follow-symlinks') a.followSymlinks = true;
    else if (k === 'help') a.help = true;
    else if (k === 'version') a.version = true;
    else if (k === 'debug') throw new SedFatal('--debug is not supported in the lab', 1);
  }
  return a;
}

/** sed (GNU sed 4.9; busybox's texts where they differ). Exit: 0, 1 bad script, 2 missing input, 4 I/O. */
const sed: Applet = {
  async run(ctx) {
    const busybox = ctx.flavor === 'busybox';
    const say = (m: string) => ctx.stderr.write(`sed: ${m}\n`);
    let a: SedArgs;
    try {
      a = parseArgs(ctx.argv.slice(1), ctx.env.has('POSIXLY_CORRECT'));
    } catch (e) {
      if (e instanceof SedFatal) return say(e.message).then(() => e.status);
      if (!(e instanceof OptError)) throw e;
      await say(e.message);
      await usage(ctx);
      return 1;
    }
    if (a.help) return ctx.stdout.write(SED_HELP).then(() => 0);
    if (a.version) return ctx.stdout.write(SED_VERSION).then(() => 0);
    if (a.scripts.length === 0) {
      const script = a.operands.shift();
      if (script === undefined) {
        await usage(ctx);
        return 1;
      }
      a.scripts.push({ expr: script });
    }
    let prog: SedProgram;
    try {
      prog = await compile(ctx, a);
    } catch (e) {
      if (e instanceof SedScriptError || e instanceof SedFatal) {
        await say(busybox ? busyboxSedMessage(e) : e.message);
        return e instanceof SedScriptError && busybox ? 1 : e.status;
      }
      throw e;
    }
    try {
      return await execute(ctx, a, prog, say);
    } catch (e) {
      if (!(e instanceof SedFatal)) throw e;
      await say(e.message);
      return e.status;
    }
  },
};
export default sed;

async function usage(ctx: AppletContext): Promise<void> {
  if (ctx.flavor === 'busybox') await ctx.stderr.write(`${BUSYBOX_BANNER}\n${BUSYBOX_SED_USAGE}`);
  else await ctx.stderr.write(SED_HELP.replace(/E-mail bug reports to: .*\n$/, ''));
}

async function compile(ctx: AppletContext, a: SedArgs): Promise<SedProgram> {
  const c = new SedCompiler({ extended: a.extended, posix: a.posix, sandbox: a.sandbox });
  let exprs = 0;
  for (const s of a.scripts) {
    if ('expr' in s) {
      c.compile(new ScriptReader(s.expr, { kind: 'expr', index: ++exprs }));
      continue;
    }
    let text: string;
    try {
      text = s.file === '-' ? await ctx.stdin.readAll() : ctx.fs.readFile(s.file);
    } catch (e) {
      if (!(e instanceof FsError)) throw e;
      throw new SedFatal(`couldn't open file ${s.file}: ${e.text}`);
    }
    c.compile(new ScriptReader(text.endsWith('\n') ? text.slice(0, -1) : text, { kind: 'file', name: s.file }));
  }
  return c.finish();
}

async function execute(ctx: AppletContext, a: SedArgs, prog: SedProgram, say: (m: string) => Promise<void>): Promise<number> {
  const busybox = ctx.flavor === 'busybox';
  const files = a.operands.length ? a.operands : ['-'];
  if (a.inPlace !== null && a.operands.length === 0) throw new SedFatal('no input files');
  const stdout = new Sink((d) => ctx.stdout.write(d));
  const stderr = new Sink((d) => ctx.stderr.write(d));
  const wfiles = new WriteFiles(ctx, stdout, stderr);
  wfiles.open(prog.writeFiles);
  const delim = a.nullData ? '\0' : '\n';
  const engine = new SedEngine(ctx, prog, { quiet: a.quiet || prog.quiet, delim, posixCorrect: ctx.env.has('POSIXLY_CORRECT'), lineLength: a.lineLength }, wfiles);
  let missing = false;
  try {
    if (!a.separate) {
      const input = new SedInput(ctx, files, delim, say, busybox);
      await engine.run(input, stdout);
      missing = input.missing;
      input.close();
    } else {
      for (const f of files) {
        if (a.inPlace !== null) {
          const r = await editInPlace(ctx, a, f, engine, delim, say);
          if (r === 'missing') missing = true;
        } else {
          const input = new SedInput(ctx, [f], delim, say, busybox);
          await engine.run(input, stdout);
          if (input.missing) missing = true;
          input.close();
        }
        if (engine.quitStatus !== null) break;
      }
    }
  } finally {
    await stdout.flush();
    await wfiles.flush();
    await stderr.flush();
  }
  // busybox exits 1 when an input file is missing, GNU sed 2.
  return engine.quitStatus ?? (missing ? (busybox ? 1 : 2) : 0);
}

/** sed -i: the output replaces the file; with a suffix the original is kept as a backup. */
async function editInPlace(ctx: AppletContext, a: SedArgs, f: string, engine: SedEngine, delim: string, say: (m: string) => Promise<void>): Promise<'ok' | 'missing'> {
  let original: string;
  try {
    const st = ctx.fs.stat(f);
    if (st.type !== 'file') throw new SedFatal(`couldn't edit ${f}: not a regular file`);
    original = ctx.fs.readFile(f);
  } catch (e) {
    if (!(e instanceof FsError)) throw e;
    await say(`can't read ${f}: ${e.text}`);
    return 'missing';
  }
  let data = '';
  const sink = new Sink(async (d) => {
    data += d;
  });
  const input = new SedInput(ctx, [f], delim, say);
  await engine.run(input, sink);
  input.close();
  await sink.flush();
  const target = a.followSymlinks ? ctx.fs.realpath(f) : f;
  if (a.inPlace) ctx.fs.writeFile(backupName(target, a.inPlace), original);
  if (!a.followSymlinks && ctx.fs.lstat(f).type === 'symlink') ctx.fs.unlink(f);
  ctx.fs.writeFile(target, data);
  return 'ok';
}

/** GNU's backup name: SUFFIX appended, or `*` in it replaced by the file's name; same directory. */
function backupName(path: string, suffix: string): string {
  const slash = path.lastIndexOf('/');
  const dir = slash >= 0 ? path.slice(0, slash + 1) : '';
  const base = path.slice(slash + 1);
  const name = suffix.includes('*') ? suffix.replace(/\*/g, base) : base + suffix;
  return name.startsWith('/') ? name : dir + name;
}
