import { getopt, type OptSpec } from '../getopt.ts';

/** Raised for a bad option value; `usage` adds the Usage/Try lines, `status` is grep's exit code. */
export class GrepUsage extends Error {
  constructor(
    message: string,
    readonly status = 2,
    readonly usage = false,
  ) {
    super(message);
  }
}

export type PatternSource = { from: 'e'; text: string } | { from: 'f'; file: string };

export interface GrepOptions {
  matcher: 'G' | 'E' | 'F' | 'P';
  /** -e and -f in command-line order; empty means the first operand is the pattern. */
  sources: PatternSource[];
  icase: boolean;
  invert: boolean;
  word: boolean;
  line: boolean;
  count: boolean;
  quiet: boolean;
  noMessages: boolean;
  list: 'none' | 'with' | 'without';
  onlyMatching: boolean;
  lineNumber: boolean;
  byteOffset: boolean;
  /** -H true, -h false, unset: decided by the number of files. */
  withFilename: boolean | undefined;
  nullAfterName: boolean;
  nullData: boolean;
  color: 'always' | 'never' | 'auto';
  label: string;
  before: number;
  after: number;
  maxCount: number;
  binaryFiles: 'binary' | 'text' | 'without-match';
  directories: 'read' | 'recurse' | 'skip';
  devices: 'read' | 'skip';
  dereference: boolean;
  /** --include/--exclude in order (the last one that matches a name wins). */
  fileFilters: { include: boolean; glob: string }[];
  excludeDirs: string[];
  /** --exclude-from files, read before searching. */
  excludeFrom: string[];
  initialTab: boolean;
  groupSeparator: string | null;
  help: boolean;
  version: boolean;
  /** Warnings grep prints and goes on (-u). */
  warnings: string[];
  operands: string[];
}

const LONG: OptSpec['long'] = {
  'extended-regexp': { key: 'E' }, 'fixed-strings': { key: 'F' }, 'basic-regexp': { key: 'G' }, 'perl-regexp': { key: 'P' },
  regexp: { arg: 'required', key: 'e' }, file: { arg: 'required', key: 'f' }, 'ignore-case': { key: 'i' }, 'no-ignore-case': {},
  'word-regexp': { key: 'w' }, 'line-regexp': { key: 'x' }, 'null-data': { key: 'z' }, 'no-messages': { key: 's' },
  'invert-match': { key: 'v' }, version: { key: 'V' }, help: {}, 'max-count': { arg: 'required', key: 'm' },
  'byte-offset': { key: 'b' }, 'line-number': { key: 'n' }, 'line-buffered': {}, 'with-filename': { key: 'H' },
  'no-filename': { key: 'h' }, label: { arg: 'required' }, 'only-matching': { key: 'o' }, quiet: { key: 'q' },
  silent: { key: 'q' }, 'binary-files': { arg: 'required' }, text: { key: 'a' }, directories: { arg: 'required', key: 'd' },
  devices: { arg: 'required', key: 'D' }, recursive: { key: 'r' }, 'dereference-recursive': { key: 'R' },
  include: { arg: 'required' }, exclude: { arg: 'required' }, 'exclude-from': { arg: 'required' }, 'exclude-dir': { arg: 'required' },
  'files-without-match': { key: 'L' }, 'files-with-matches': { key: 'l' }, count: { key: 'c' }, 'initial-tab': { key: 'T' },
  null: { key: 'Z' }, 'before-context': { arg: 'required', key: 'B' }, 'after-context': { arg: 'required', key: 'A' },
  context: { arg: 'required', key: 'C' }, 'group-separator': { arg: 'required' }, 'no-group-separator': {},
  color: { arg: 'optional' }, colour: { arg: 'optional', key: 'color' }, binary: { key: 'U' }, 'unix-byte-offsets': { key: 'u' },
};

const SHORT = '0123456789A:B:C:D:EFGHIJLPRTUVZabcd:e:f:hiLlm:noqRrsuvwxyz';

function contextLength(v: string): number {
  if (!/^\d+$/.test(v)) throw new GrepUsage(`${v}: invalid context length argument`);
  return Math.min(Number(v), Number.MAX_SAFE_INTEGER);
}

function defaults(): GrepOptions {
  return {
    matcher: 'G', sources: [], icase: false, invert: false, word: false, line: false, count: false, quiet: false,
    noMessages: false, list: 'none', onlyMatching: false, lineNumber: false, byteOffset: false, withFilename: undefined,
    nullAfterName: false, nullData: false, color: 'auto', label: '(standard input)', before: -1, after: -1,
    maxCount: Infinity, binaryFiles: 'binary', directories: 'read', devices: 'read', dereference: false, fileFilters: [],
    excludeDirs: [], excludeFrom: [], initialTab: false, groupSeparator: '--', help: false, version: false, warnings: [], operands: [],
  };
}

/** GNU grep's option handling; throws OptError (getopt) or GrepUsage. `initial` is egrep's -E. */
export function parseGrepArgs(args: string[], initial: GrepOptions['matcher'] | undefined, posixlyCorrect: boolean): GrepOptions {
  const o = defaults();
  const parsed = getopt(args, { short: SHORT, long: LONG, allowNumeric: true, stopAtOperand: posixlyCorrect });
  let matcher = initial;
  let context = -1;
  let digits = '';
  for (const [key, v] of parsed.list) {
    if (/^\d$/.test(key)) digits += key;
    else if (digits) {
      context = contextLength(digits);
      digits = '';
    }
    const setMatcher = (m: GrepOptions['matcher']) => {
      if (matcher && matcher !== m) throw new GrepUsage('conflicting matchers specified');
      matcher = m;
    };
    const value = v ?? '';
    switch (key) {
      case 'E': case 'F': case 'G': case 'P': setMatcher(key); break;
      case 'e': o.sources.push({ from: 'e', text: value }); break;
      case 'f': o.sources.push({ from: 'f', file: value }); break;
      case 'i': case 'y': o.icase = true; break;
      case 'no-ignore-case': o.icase = false; break;
      case 'w': o.word = true; break;
      case 'x': o.line = true; break;
      case 'z': o.nullData = true; break;
      case 's': o.noMessages = true; break;
      case 'v': o.invert = true; break;
      case 'V': o.version = true; break;
      case 'help': o.help = true; break;
      case 'm': o.maxCount = maxCount(value); break;
      case 'b': o.byteOffset = true; break;
      case 'n': o.lineNumber = true; break;
      case 'H': o.withFilename = true; break;
      case 'h': o.withFilename = false; break;
      case 'label': o.label = value; break;
      case 'o': o.onlyMatching = true; break;
      case 'q': o.quiet = true; break;
      case 'binary-files': o.binaryFiles = binaryFiles(value); break;
      case 'a': o.binaryFiles = 'text'; break;
      case 'I': o.binaryFiles = 'without-match'; break;
      case 'd': o.directories = directories(value); break;
      case 'D': o.devices = devices(value); break;
      case 'r': o.directories = 'recurse'; o.dereference = false; break;
      case 'R': o.directories = 'recurse'; o.dereference = true; break;
      case 'include': o.fileFilters.push({ include: true, glob: value }); break;
      case 'exclude': o.fileFilters.push({ include: false, glob: value }); break;
      case 'exclude-dir': o.excludeDirs.push(value); break;
      case 'exclude-from': o.excludeFrom.push(value); break;
      case 'L': o.list = 'without'; break;
      case 'l': o.list = 'with'; break;
      case 'c': o.count = true; break;
      case 'T': o.initialTab = true; break;
      case 'Z': o.nullAfterName = true; break;
      case 'A': o.after = contextLength(value); break;
      case 'B': o.before = contextLength(value); break;
      case 'C': context = contextLength(value); break;
      case '#': context = contextLength(value); break;
      case 'group-separator': o.groupSeparator = value; break;
      case 'no-group-separator': o.groupSeparator = null; break;
      case 'color': {
        const when = colorWhen(v);
        if (when) o.color = when;
        else o.help = true;
        break;
      }
      case 'u': o.warnings.push('--unix-byte-offsets (-u) is obsolete'); break;
      default: break; // -U, --line-buffered: nothing to do in the model
    }
  }
  if (digits) context = contextLength(digits);
  if (o.after < 0) o.after = context;
  if (o.before < 0) o.before = context;
  o.matcher = matcher ?? 'G';
  o.operands = parsed.operands;
  return o;
}

function maxCount(v: string): number {
  if (!/^-?\d+$/.test(v)) throw new GrepUsage('invalid max count');
  const n = Number(v);
  return n < 0 ? Infinity : n;
}

function binaryFiles(v: string): GrepOptions['binaryFiles'] {
  if (v === 'binary' || v === 'text' || v === 'without-match') return v;
  throw new GrepUsage('unknown binary-files type');
}

function directories(v: string): GrepOptions['directories'] {
  const all = ['read', 'recurse', 'skip'] as const;
  const hit = all.filter((a) => a.startsWith(v));
  if (v !== '' && hit.length === 1) return hit[0]!;
  throw new GrepUsage(`invalid argument '${v}' for '--directories'\nValid arguments are:\n  - 'read'\n  - 'recurse'\n  - 'skip'`, 1, true);
}

function devices(v: string): GrepOptions['devices'] {
  if (v === 'read' || v === 'skip') return v;
  throw new GrepUsage('unknown devices method');
}

/** `--color` alone means auto; an unknown WHEN makes GNU grep print its help and succeed. */
function colorWhen(v: string | undefined): GrepOptions['color'] | null {
  if (v === undefined) return 'auto';
  if (['always', 'yes', 'force'].includes(v)) return 'always';
  if (['never', 'no', 'none'].includes(v)) return 'never';
  if (['auto', 'tty', 'if-tty'].includes(v)) return 'auto';
  return null;
}
