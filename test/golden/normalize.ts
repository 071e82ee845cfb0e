/**
 * The ten normalization rules of `test/golden/docker/README.md`, applied in that order to
 * both the golden text and our output before comparing. Nothing else is normalized.
 *
 * Texts are byte strings (latin1), so the `…` that Docker prints is matched both as the
 * character U+2026 and as its UTF-8 bytes.
 */
import type { Block } from './transcript.ts';

export interface NormalizeOptions {
  /**
   * Working directories that become `<workdir>`: the recording's (`/tmp/dockerd/work`) and,
   * when the replay shows its own paths, the replay's.
   */
  workdirs?: string[];
}

export const RECORDING_WORKDIR = '/tmp/dockerd/work';

/** Adjectives of Docker's name generator (moby pkg/namesgenerator, frozen since 20.10). */
export const DOCKER_NAME_ADJECTIVES = [
  'admiring', 'adoring', 'affectionate', 'agitated', 'amazing', 'angry', 'awesome', 'beautiful', 'blissful',
  'bold', 'boring', 'brave', 'busy', 'charming', 'clever', 'cool', 'compassionate', 'competent', 'condescending',
  'confident', 'cranky', 'crazy', 'dazzling', 'determined', 'distracted', 'dreamy', 'eager', 'ecstatic',
  'elastic', 'elated', 'elegant', 'eloquent', 'epic', 'exciting', 'fervent', 'festive', 'flamboyant', 'focused',
  'friendly', 'frosty', 'funny', 'gallant', 'gifted', 'goofy', 'gracious', 'great', 'happy', 'hardcore',
  'heuristic', 'hopeful', 'hungry', 'infallible', 'inspiring', 'intelligent', 'interesting', 'jolly', 'jovial',
  'keen', 'kind', 'laughing', 'loving', 'lucid', 'magical', 'mystifying', 'modest', 'musing', 'naughty',
  'nervous', 'nice', 'nifty', 'nostalgic', 'objective', 'optimistic', 'peaceful', 'pedantic', 'pensive',
  'practical', 'priceless', 'quirky', 'quizzical', 'recursing', 'relaxed', 'reverent', 'romantic', 'sad',
  'serene', 'sharp', 'silly', 'sleepy', 'stoic', 'strange', 'stupefied', 'suspicious', 'sweet', 'tender',
  'thirsty', 'trusting', 'unruffled', 'upbeat', 'vibrant', 'vigilant', 'vigorous', 'wizardly', 'wonderful',
  'xenodochial', 'youthful', 'zealous', 'zen',
];

const escapeRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** A path prefix, but not a longer name that merely starts with it (`/tmp/dockerd/workspace`). */
function replacePath(text: string, path: string, by: string): string {
  return text.replace(new RegExp('(?<![A-Za-z0-9_.-])' + escapeRe(path) + '(?![A-Za-z0-9_-]|\\.[A-Za-z0-9_])', 'g'), by);
}

/** 1. Working directory → `<workdir>`. */
export function workdirRule(text: string, opts: NormalizeOptions = {}): string {
  const dirs = [...new Set([RECORDING_WORKDIR, ...(opts.workdirs ?? [])])].sort((a, b) => b.length - a.length);
  for (const d of dirs) text = replacePath(text, d, '<workdir>');
  return text;
}

/** 2. Engine state paths → the engine's default locations. */
export function enginePathRule(text: string): string {
  text = replacePath(text, '/tmp/dockerd/root', '/var/lib/docker');
  return replacePath(text, '/tmp/dockerd/exec', '/var/run/docker');
}

const ELLIPSIS = '(?:\u2026|\xe2\x80\xa6)';

/** 3. Digests, build-history content hashes, long and short ids. */
export function idRule(text: string): string {
  return text
    .replace(/sha256:[0-9a-f]{64}\b/g, 'sha256:<digest>')
    .replace(new RegExp(`\\b(file|dir|multi):(?:[0-9a-f]{64}\\b|[0-9a-f]*${ELLIPSIS})`, 'g'), '$1:<hash>')
    .replace(/\b[0-9a-f]{64}\b/g, '<longid>')
    .replace(/\b[0-9a-f]{12}\b/g, '<id>');
}

// `\b` does not separate `_` from a letter, so `my_silly_easley` is left alone; a retry
// digit may follow the surname (the generator appends one on a name clash).
const GENERATED_NAME = new RegExp(`\\b(?:${DOCKER_NAME_ADJECTIVES.join('|')})_[a-z]+[0-9]?\\b`, 'g');

/** 4. Generated container names (`adjective_surname`) → `<name>`. */
export function nameRule(text: string): string {
  return text.replace(GENERATED_NAME, '<name>');
}

const RFC3339 = /\b(\d{4}-\d{2}-\d{2})T(\d{2}:\d{2}:\d{2})(\.\d+)?(Z|[+-]\d{2}:\d{2})/g;
const GO_TIME = /\b(\d{4}-\d{2}-\d{2}) (\d{2}:\d{2}:\d{2})(\.\d+)? ([+-]\d{4}) ([A-Z]{3,5})\b/g;
const isZeroTime = (date: string, clock: string, frac: string | undefined) =>
  date === '0001-01-01' && clock === '00:00:00' && /^(\.0*)?$/.test(frac ?? '');

/** 5. Timestamps → `<time>`, except the zero time ("never"). */
export function timeRule(text: string): string {
  const keepZero = (m: string, d: string, c: string, f: string | undefined) => (isZeroTime(d, c, f) ? m : '<time>');
  return text.replace(RFC3339, keepZero).replace(GO_TIME, keepZero);
}

/** 6. Human durations (Go's units.HumanDuration) → `<age>`. */
export function ageRule(text: string): string {
  return text.replace(
    /\b(?:Less than a second|About a minute|About an hour|\d+ (?:second|minute|hour|day|week|month|year)s?)\b/g,
    '<age>',
  );
}

/** 7. Human sizes → `<size>`; a percentage right after one → `<size> (<pct>)`. */
export function sizeRule(text: string): string {
  return text
    .replace(/\b\d+(?:\.\d+)?(?:B|kB|MB|GB|TB|KiB|MiB|GiB|TiB)\b/g, '<size>')
    .replace(/<size> \(\d+(?:\.\d+)?%\)/g, '<size> (<pct>)');
}

const TOP_COLUMNS = new Set(['UID', 'USER', 'PID', 'PPID', 'C', 'STIME', 'TTY', 'TIME', 'CMD', 'COMMAND', '%CPU', '%MEM', 'VSZ', 'RSS', 'STAT', 'START']);
const TOP_PLACEHOLDERS: Record<string, string> = { PID: '<pid>', PPID: '<pid>', C: '<cpu>', STIME: '<time>' };

/** Header of `docker top` (ps -ef style): only ps column names, with PID and PPID, C or STIME. */
function topColumns(line: string): Map<number, string> | null {
  const cols = line.trim().split(/\s+/);
  if (!cols.includes('PID') || !cols.some((c) => c === 'PPID' || c === 'C' || c === 'STIME')) return null;
  if (!cols.every((c) => TOP_COLUMNS.has(c))) return null;
  const at = new Map<number, string>();
  cols.forEach((c, i) => TOP_PLACEHOLDERS[c] && at.set(i, TOP_PLACEHOLDERS[c]!));
  return at;
}

/** Replaces whole whitespace-separated columns of a row, keeping the padding between them. */
function replaceColumns(row: string, at: Map<number, string>): string {
  let col = -1;
  return row.replace(/\S+/g, (tok) => {
    col++;
    return at.get(col) ?? tok;
  });
}

/** 8. `"Pid": N` (N > 0) and the PID/PPID/C/STIME columns of `docker top`. */
export function pidRule(text: string): string {
  text = text.replace(/"Pid":(\s*)[1-9]\d*/g, '"Pid":$1<pid>');
  const lines = text.split('\n');
  let table: Map<number, string> | null = null;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (line.trim() === '') table = null;
    else if (table) lines[i] = replaceColumns(line, table);
    else table = topColumns(line);
  }
  return lines.join('\n');
}

/** 9. Namespace inodes: `uts:[4026532181]` → `uts:[<ns>]`. */
export function namespaceRule(text: string): string {
  return text.replace(/\b(\w+):\[\d+\]/g, '$1:[<ns>]');
}

/** 10. Column padding: after a line's first non-space character, runs of 2+ spaces → 2. */
export function paddingRule(text: string): string {
  return text.replace(/^( *)([^\n]*)$/gm, (_m, lead: string, rest: string) => lead + rest.replace(/ {2,}/g, '  '));
}

export const RULES: ReadonlyArray<(text: string, opts: NormalizeOptions) => string> = [
  workdirRule,
  enginePathRule,
  idRule,
  nameRule,
  timeRule,
  ageRule,
  sizeRule,
  pidRule,
  namespaceRule,
  paddingRule,
];

export function normalize(text: string, opts: NormalizeOptions = {}): string {
  return RULES.reduce((t, rule) => rule(t, opts), text);
}

/** A block with both streams normalized; the command and the exit status stay as they are. */
export function normalizeBlock(b: Block, opts: NormalizeOptions = {}): Block {
  return { ...b, stdout: normalize(b.stdout, opts), stderr: normalize(b.stderr, opts) };
}
