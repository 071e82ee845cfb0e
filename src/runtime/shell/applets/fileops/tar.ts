import { errText } from '../errors.ts';
import { getopt, OptError, type ParsedOpts } from '../getopt.ts';
import type { Applet, AppletContext } from '../types.ts';
import { CorruptGzip, gzipDecode, gzipEncode, NotGzip } from './gzip-format.ts';
import { createArchive } from './tar-create.ts';
import { headerOverrides } from './tar-overrides.ts';
import type { ModeChanges } from './modes.ts';
import { readMembers } from './tar-extract.ts';
import { BadArchive, decodeArchive, finishArchive } from './tar-format.ts';

/** Settings and reporting shared by tar's create and extract halves. */
export interface TarRun {
  verbose: number;
  numeric: boolean;
  dir: string | undefined;
  strip: number;
  keep: boolean;
  toStdout: boolean;
  samePerms: boolean;
  sameOwner: boolean;
  modeMask: number;
  deref: boolean;
  excluded(name: string): boolean;
  fullTime: boolean;
  /** Header overrides for -c: [id, name] pairs, a mode change, an mtime in seconds. */
  create: { owner?: [number, string]; group?: [number, string]; mode?: ModeChanges; mtime?: number };
  /** -m: extracted files get the current time, not the archived one. */
  touch: boolean;
  /** --wildcards given (true), --no-wildcards (false), or neither (undefined: warn on globs). */
  wildcards: boolean | undefined;
  error(msg: string): Promise<void>;
  say(text: string): Promise<void>;
}

const WITH_ARG = 'fbCTXKNVgL';
const TRY = "Try 'tar --help' or 'tar --usage' for more information.\n";

class Fatal extends Error {}

/** Traditional `tar cvf x.tar` bundles: each letter an option, arguments taken in order. */
function expandOld(args: string[]): string[] | string {
  if (args.length === 0 || args[0]!.startsWith('-')) return args;
  const [bundle, ...rest] = args;
  const out: string[] = [];
  for (const c of bundle!) {
    out.push(`-${c}`);
    if (WITH_ARG.includes(c)) {
      if (rest.length === 0) return `Old option '${c}' requires an argument.`;
      out.push(rest.shift()!);
    }
  }
  return [...out, ...rest];
}

function globRe(p: string): RegExp {
  const s = p.replace(/[.+^${}()|\\]/g, '\\$&').replace(/\*/g, '.*').replace(/\?/g, '.').replace(/\[!/g, '[^');
  return new RegExp(`^${s}$`);
}

const tar: Applet = {
  async run(ctx) {
    const expanded = expandOld(ctx.argv.slice(1));
    if (typeof expanded === 'string') return usage(ctx, expanded);
    let p: ParsedOpts;
    try {
      p = getopt(expanded, {
        short: 'cxtruvzZjJaOkmpPhf:C:b:T:X:',
        long: {
          create: { key: 'c' }, extract: { key: 'x' }, get: { key: 'x' }, list: { key: 't' }, append: { key: 'r' }, update: { key: 'u' },
          verbose: { key: 'v' }, gzip: { key: 'z' }, gunzip: { key: 'z' }, ungzip: { key: 'z' }, file: { key: 'f', arg: 'required' },
          directory: { key: 'C', arg: 'required' }, 'to-stdout': { key: 'O' }, 'keep-old-files': { key: 'k' },
          'preserve-permissions': { key: 'p' }, 'same-permissions': { key: 'p' }, 'absolute-names': { key: 'P' },
          dereference: { key: 'h' }, exclude: { arg: 'required' }, 'strip-components': { arg: 'required' },
          'numeric-owner': {}, 'full-time': {}, mode: { arg: 'required' }, 'auto-compress': { key: 'a' }, wildcards: {}, 'no-wildcards': {}, touch: { key: 'm' }, version: {}, 'no-same-owner': {}, 'same-owner': {}, 'no-same-permissions': {}, 'blocking-factor': { key: 'b', arg: 'required' },
          'overwrite': {}, 'warning': { arg: 'required' }, 'sort': { arg: 'required' }, 'owner': { arg: 'required' }, 'group': { arg: 'required' }, 'mtime': { arg: 'required' },
        },
      });
    } catch (e) {
      if (!(e instanceof OptError)) throw e;
      // argp rejects unknown options with EX_USAGE (64); tar's own checks exit 2.
      return usage(ctx, e.message, 64);
    }
    if (p.list.some(([k]) => k === 'version')) {
      await ctx.stdout.write(VERSION);
      return 0;
    }
    const modes = [...new Set(p.list.map(([k]) => k).filter((k) => 'cxtru'.includes(k)))];
    if (modes.length === 0) return usage(ctx, "You must specify one of the '-Acdtrux', '--delete' or '--test-label' options");
    if (modes.length > 1) return usage(ctx, "You may not specify more than one '-Acdtrux', '--delete' or  '--test-label' option");
    const v = (k: string) => p.list.filter(([x]) => x === k).pop()?.[1];
    const has = (k: string) => p.list.some(([x]) => x === k);
    const excludes = p.list.filter(([k]) => k === 'exclude').map(([, x]) => globRe(x!));
    const archive = v('f') ?? '-';
    let failed = false;
    const toStdoutArchive = archive === '-' && (modes[0] === 'c');
    const r: TarRun = {
      verbose: p.list.filter(([k]) => k === 'v').length, numeric: has('numeric-owner'), dir: v('C'),
      strip: Number(v('strip-components') ?? 0), keep: has('k'), toStdout: has('O'), deref: has('h'),
      samePerms: !has('no-same-permissions'), sameOwner: !has('no-same-owner'),
      modeMask: ctx.proc.creds.uid === 0 || has('p') ? 0o7777 : 0o7777 & ~ctx.proc.umask,
      touch: has('m'),
      fullTime: has('full-time'),
      create: {},
      wildcards: has('wildcards') ? true : has('no-wildcards') ? false : undefined,
      excluded: (name) => excludes.some((re) => re.test(name.replace(/\/+$/, '')) || re.test(name.replace(/\/+$/, '').split('/').pop()!)),
      error: async (msg) => {
        failed = true;
        await ctx.stderr.write(`tar: ${msg}\n`);
      },
      say: async (text) => (toStdoutArchive ? ctx.stderr.write(text) : ctx.stdout.write(text)),
    };
    const bad = headerOverrides(ctx, r, v);
    if (bad) {
      await ctx.stderr.write(`tar: ${bad}\n`);
      return 2;
    }
    try {
      const mode = modes[0]!;
      // GNU tar opens the -C directory before touching any member; a bad one is fatal.
      if (r.dir !== undefined) checkDir(ctx, r.dir);
      // -a picks gzip from the archive suffix (the only compressor the model has).
      const gz = has('z') || (has('a') && /\.(t?gz|taz)$/.test(archive));
      if (mode === 'c' || mode === 'r' || mode === 'u') {
        if (mode === 'c' && p.operands.length === 0) return usage(ctx, 'Cowardly refusing to create an empty archive');
        let prior = '';
        if (mode !== 'c') prior = endOfMembers((await readArchive(ctx, archive, false)).data);
        // GNU tar opens (truncates) the archive before reading any member, so an unwritable
        // archive is fatal up front; with -z the gzip child reports it.
        else if (archive !== '-') openFailure(() => ctx.fs.writeFile(archive, ''), archive, gz);
        const body = prior + (await createArchive(ctx, r, p.operands));
        const out = gz ? gzipEncode(finishArchive(body), 6, null, 0) : finishArchive(body);
        if (archive === '-') await ctx.stdout.write(out);
        else ctx.fs.writeFile(archive, out);
      } else {
        const raw = await readArchive(ctx, archive, has('z'));
        let entries: ReturnType<typeof decodeArchive>;
        try {
          entries = decodeArchive(raw.data);
        } catch (e) {
          if (!(e instanceof BadArchive)) throw e;
          // Through gzip a short archive just ends; read directly it is not a tar archive.
          if (!(raw.gz && raw.data.length < 512)) await r.error('This does not look like a tar archive');
          entries = [];
        }
        await readMembers(ctx, r, entries, p.operands, mode === 'x');
      }
    } catch (e) {
      if (e instanceof Fatal) {
        await ctx.stderr.write(`${e.message}tar: Error is not recoverable: exiting now\n`);
        return 2;
      }
      throw e;
    }
    if (failed) {
      await ctx.stderr.write('tar: Exiting with failure status due to previous errors\n');
      return 2;
    }
    return 0;
  },
};
export default tar;

function checkDir(ctx: AppletContext, dir: string): void {
  let err: unknown;
  try {
    if (ctx.fs.stat(dir).type === 'dir') return;
  } catch (e) {
    err = e;
  }
  throw new Fatal(`tar: ${dir}: Cannot open: ${err ? errText(err) : 'Not a directory'}\n`);
}

async function usage(ctx: AppletContext, msg: string, status = 2): Promise<number> {
  await ctx.stderr.write(`tar: ${msg}\n${TRY}`);
  return status;
}

const VERSION = `tar (GNU tar) 1.34
Copyright (C) 2021 Free Software Foundation, Inc.
License GPLv3+: GNU GPL version 3 or later <https://gnu.org/licenses/gpl.html>.
This is free software: you are free to change and redistribute it.
There is NO WARRANTY, to the extent permitted by law.

Written by John Gilmore and Jay Fenlason.
`;

/** The archive bytes, gunzipped when -z is given or the file starts with the gzip magic. */
async function readArchive(ctx: AppletContext, archive: string, gz: boolean): Promise<{ data: string; gz: boolean }> {
  let raw: string;
  if (archive === '-') raw = await ctx.stdin.readAll();
  else {
    raw = openFailure(() => ctx.fs.readFile(archive), archive, gz);
  }
  if (gz || (archive !== '-' && raw.startsWith('\x1f\x8b'))) {
    try {
      return { data: gzipDecode(raw).data, gz: true };
    } catch (e) {
      if (e instanceof NotGzip || e instanceof CorruptGzip) throw new Fatal('\ngzip: stdin: not in gzip format\ntar: Child returned status 1\n');
      throw e;
    }
  }
  return { data: raw, gz: false };
}

/** Runs an archive open; a failure is fatal, reported by the gzip child when -z is in use. */
function openFailure<T>(open: () => T, archive: string, gz: boolean): T {
  try {
    return open();
  } catch (e) {
    if (!gz) throw new Fatal(`tar: ${archive}: Cannot open: ${errText(e)}\n`);
    throw new Fatal(
      `tar (child): ${archive}: Cannot open: ${errText(e)}\ntar (child): Error is not recoverable: exiting now\ntar: Child returned status 2\n`,
    );
  }
}

/** Archive contents up to (not including) the end-of-archive zero blocks, for -r/-u. */
function endOfMembers(raw: string): string {
  let pos = 0;
  while (pos + 512 <= raw.length && !/^\0*$/.test(raw.slice(pos, pos + 512))) {
    const size = parseInt(raw.slice(pos + 124, pos + 136).replace(/[\0 ]/g, '') || '0', 8);
    pos += 512 + Math.ceil(size / 512) * 512;
  }
  return raw.slice(0, pos);
}
