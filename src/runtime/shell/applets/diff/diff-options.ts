import { parsePalette } from './diff-color.ts';
import { getopt, OptError, type OptSpec } from '../getopt.ts';
import { compileRegex, type Matcher } from '../regex/posix-regex.ts';
import type { FormatOptions } from './diff-format.ts';

/** A usage problem: GNU's try_help message (null for a bare Try line). */
export class DiffUsage extends Error {
  constructor(
    readonly msg: string | null,
    /** A fatal error rather than bad usage: no Try line. */
    readonly fatal = false,
  ) {
    super(msg ?? '');
  }
}

export interface DiffOptions extends FormatOptions {
  brief: boolean;
  reportIdentical: boolean;
  recursive: boolean;
  newFile: boolean;
  unidirectionalNew: boolean;
  text: boolean;
  ignoreCase: boolean;
  minimal: boolean;
  horizon: number;
  stripCr: boolean;
  labels: string[];
  exclude: string[];
  startingFile: string | null;
  fromFile: string | null;
  toFile: string | null;
  help: boolean;
  version: boolean;
  /** The option words as typed, for the `diff -r ... a/f b/f` lines. */
  switches: string[];
  operands: string[];
  color: 'never' | 'always' | 'auto';
  palette: Record<string, string>;
}

const NO_ARG = {};
const REQ = { arg: 'required' as const };

export const GNU_DIFF_SPEC: OptSpec = {
  short: '0123456789abBcC:dD:eEfF:hHiI:lL:nNpPqrsS:tTuU:vwW:x:X:yZ',
  long: {
    binary: NO_ARG, brief: { key: 'q' }, color: { arg: 'optional' }, context: { key: 'C', arg: 'optional' }, ed: { key: 'e' },
    exclude: { key: 'x', arg: 'required' }, 'exclude-from': { key: 'X', arg: 'required' }, 'expand-tabs': { key: 't' }, 'forward-ed': { key: 'f' },
    'from-file': REQ, help: NO_ARG, 'horizon-lines': REQ, ifdef: { key: 'D', arg: 'required' }, 'ignore-all-space': { key: 'w' },
    'ignore-blank-lines': { key: 'B' }, 'ignore-case': { key: 'i' }, 'ignore-file-name-case': NO_ARG, 'ignore-matching-lines': { key: 'I', arg: 'required' },
    'ignore-space-change': { key: 'b' }, 'ignore-tab-expansion': { key: 'E' }, 'ignore-trailing-space': { key: 'Z' }, 'initial-tab': { key: 'T' },
    label: { key: 'L', arg: 'required' }, 'left-column': NO_ARG, 'line-format': REQ, minimal: { key: 'd' }, 'new-file': { key: 'N' },
    'new-group-format': REQ, 'new-line-format': REQ, 'no-dereference': NO_ARG, 'no-ignore-file-name-case': NO_ARG, normal: NO_ARG,
    'old-group-format': REQ, 'old-line-format': REQ, paginate: { key: 'l' }, palette: REQ, rcs: { key: 'n' }, recursive: { key: 'r' },
    'report-identical-files': { key: 's' }, 'sdiff-merge-assist': NO_ARG, 'show-c-function': { key: 'p' }, 'show-function-line': { key: 'F', arg: 'required' },
    'side-by-side': { key: 'y' }, 'speed-large-files': { key: 'H' }, 'starting-file': { key: 'S', arg: 'required' }, 'strip-trailing-cr': NO_ARG,
    'suppress-blank-empty': NO_ARG, 'suppress-common-lines': NO_ARG, tabsize: REQ, text: { key: 'a' }, 'to-file': REQ,
    'unchanged-group-format': REQ, 'unchanged-line-format': REQ, 'changed-group-format': REQ, 'unidirectional-new-file': { key: 'P' },
    version: { key: 'v' }, width: { key: 'W', arg: 'required' }, unified: { key: 'U', arg: 'optional' },
  },
};

const BB_SPEC: OptSpec = { short: 'abBdEiL:NpqrsS:tTU:uw' };

/** Options this port does not implement; GNU accepts them, so they are reported rather than ignored. */
const UNSUPPORTED = new Set(['D', 'l', 'p', 'F', 'line-format', 'old-line-format', 'new-line-format', 'unchanged-line-format', 'old-group-format', 'new-group-format', 'unchanged-group-format', 'changed-group-format', 'sdiff-merge-assist']);

function num(v: string | undefined): number | null {
  if (v === undefined || !/^\d+$/.test(v)) return null;
  return Number(v);
}

export function parseDiffArgs(args: string[], busybox: boolean): DiffOptions {
  let p;
  try {
    p = getopt(args, busybox ? BB_SPEC : GNU_DIFF_SPEC);
  } catch (e) {
    if (e instanceof OptError) throw new DiffUsage(e.message);
    throw e;
  }
  const o: DiffOptions = {
    style: busybox ? 'unified' : 'normal', context: busybox ? 3 : -1, initialTab: false, expandTabs: false, tabsize: 8, suppressBlankEmpty: false,
    ignoreBlank: false, ignoreRe: null, whiteSpace: 0, width: 130, leftColumn: false, suppressCommon: false, brief: false, reportIdentical: false,
    recursive: false, newFile: false, unidirectionalNew: false, text: false, ignoreCase: false, minimal: false, horizon: 0, stripCr: false,
    labels: [], exclude: [], startingFile: null, fromFile: null, toFile: null, help: false, version: false, switches: [], operands: p.operands,
    color: 'never', palette: {},
  };
  let explicitStyle: string | null = null;
  const style = (s: FormatOptions['style']): void => {
    if (explicitStyle !== null && explicitStyle !== s) throw new DiffUsage('conflicting output style options');
    explicitStyle = s;
    o.style = s;
  };
  const ws = { E: false, Z: false, b: false, w: false };
  const ignoreRes: string[] = [];
  let ocontext = -1;
  let explicitContext = false;
  let prevDigit = false;
  for (const [k, v] of p.list) {
    const digit = /^\d$/.test(k);
    if (digit) ocontext = prevDigit ? ocontext * 10 + Number(k) : Number(k);
    prevDigit = digit;
    if (UNSUPPORTED.has(k)) throw new DiffUsage(k.length === 1 ? `invalid option -- '${k}'` : `unrecognized option '--${k}'`);
    switch (k) {
      case 'a': o.text = true; break;
      case 'b': ws.b = true; break;
      case 'B': o.ignoreBlank = true; break;
      case 'c': style('context'); o.context = Math.max(o.context, 3); break;
      case 'u': style('unified'); o.context = Math.max(o.context, 3); break;
      case 'C': case 'U': {
        let n = 3;
        if (v !== undefined) {
          const m = num(v);
          if (m === null) throw new DiffUsage(`invalid context length '${v}'`);
          n = m;
        }
        explicitContext = true;
        if (busybox) o.context = n;
        else {
          style(k === 'U' ? 'unified' : 'context');
          o.context = Math.max(o.context, n);
        }
        break;
      }
      case 'd': o.minimal = true; break;
      case 'e': style('ed'); break;
      case 'n': style('rcs'); break;
      case 'y': style('side'); break;
      case 'normal': style('normal'); break;
      case 'E': ws.E = true; break;
      case 'Z': ws.Z = true; break;
      case 'w': ws.w = true; break;
      case 'i': o.ignoreCase = true; break;
      case 'I': ignoreRes.push(v!); break;
      case 'L':
        if (o.labels.length >= 2) throw new DiffUsage('too many file label options', true);
        o.labels.push(v!);
        break;
      case 'N': o.newFile = true; break;
      case 'P': o.unidirectionalNew = true; break;
      case 'q': o.brief = true; break;
      case 'r': o.recursive = true; break;
      case 's': o.reportIdentical = true; break;
      case 'S': o.startingFile = v!; break;
      case 't': o.expandTabs = true; break;
      case 'T': o.initialTab = true; break;
      case 'x': o.exclude.push(v!); break;
      case 'W': {
        const n = num(v);
        if (!n) throw new DiffUsage(`invalid width '${v}'`);
        o.width = n;
        break;
      }
      case 'tabsize': {
        const n = num(v);
        if (!n) throw new DiffUsage(`invalid tabsize '${v}'`);
        o.tabsize = n;
        break;
      }
      case 'horizon-lines': {
        const n = num(v);
        if (n === null) throw new DiffUsage(`invalid horizon length '${v}'`);
        o.horizon = n;
        break;
      }
      case 'color':
        if (v !== undefined && !['never', 'always', 'auto', 'none', 'yes', 'no', 'force', 'tty', 'if-tty'].includes(v)) throw new DiffUsage(`invalid color '${v}'`);
        o.color = v === undefined || ['auto', 'tty', 'if-tty'].includes(v) ? 'auto' : ['always', 'yes', 'force'].includes(v) ? 'always' : 'never';
        break;
      case 'palette': parsePalette(v!, o.palette); break;
      case 'left-column': o.leftColumn = true; break;
      case 'suppress-common-lines': o.suppressCommon = true; break;
      case 'suppress-blank-empty': o.suppressBlankEmpty = true; break;
      case 'strip-trailing-cr': o.stripCr = true; break;
      case 'from-file':
        if (o.fromFile !== null || o.toFile !== null) throw new DiffUsage('--from-file and --to-file both specified');
        o.fromFile = v!;
        break;
      case 'to-file':
        if (o.fromFile !== null || o.toFile !== null) throw new DiffUsage('--from-file and --to-file both specified');
        o.toFile = v!;
        break;
      case 'help': o.help = true; break;
      case 'v': o.version = true; break;
      default: break;
    }
  }
  if (ws.w) o.whiteSpace = 5;
  else if (ws.b) o.whiteSpace = 4;
  else o.whiteSpace = (ws.E ? 1 : 0) | (ws.Z ? 2 : 0);
  if (o.style !== 'context' && o.style !== 'unified') o.context = 0;
  else if (o.context < 0) o.context = 3;
  if (ocontext >= 0 && (o.style === 'context' || o.style === 'unified') && (o.context < ocontext || (ocontext < o.context && !explicitContext))) o.context = ocontext;
  o.horizon = Math.max(o.horizon, o.context);
  if (ignoreRes.length) o.ignoreRe = alternation(ignoreRes, o.ignoreCase);
  o.switches = switchWords(args);
  return o;
}

/** Several -I patterns act as one: a line is ignorable when any of them matches. */
function alternation(res: string[], icase: boolean): Matcher {
  const ms = res.map((r) => compileRegex(r, { extended: false, dialect: 'grep', icase }).regex);
  return { groups: 0, test: (s) => ms.some((m) => m.test(s)), exec: () => null };
}

/** The option words before the operands, as GNU's option_list joins them after permuting. */
function switchWords(args: string[]): string[] {
  const spec = GNU_DIFF_SPEC;
  const words: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const a = args[i]!;
    if (a === '--') {
      words.push(a);
      break;
    }
    if (a.startsWith('--')) {
      words.push(a);
      const name = a.slice(2);
      if (!name.includes('=')) {
        const full = Object.keys(spec.long!).find((l) => l === name) ?? Object.keys(spec.long!).find((l) => l.startsWith(name));
        if (full && spec.long![full]!.arg === 'required' && i + 1 < args.length) words.push(args[++i]!);
      }
    } else if (a.startsWith('-') && a.length > 1) {
      words.push(a);
      for (let j = 1; j < a.length; j++) {
        const at = spec.short!.indexOf(a[j]!);
        if (at >= 0 && spec.short![at + 1] === ':') {
          if (j === a.length - 1 && i + 1 < args.length) words.push(args[++i]!);
          break;
        }
      }
    }
  }
  return words.map(shellQuote);
}

function shellQuote(s: string): string {
  if (s !== '' && /^[\w@%+:,./-]+$/.test(s)) return s;
  return `'${s.replace(/'/g, `'\\''`)}'`;
}
