import { type Word, type WordPart, type DoubleQuotedChild, parse } from 'unbash';
import { expandBraces } from './braces.ts';
import { escapeGlob, hasGlob, unescapeGlob } from './pattern.ts';
import { expandParameter, specialParam } from './param.ts';
import { arithmeticExpansion, commandSubstitution, processSubstitution } from './substitute.ts';
import { globPaths } from './glob.ts';
import { ansiCValue } from '../format/ansi-c.ts';
import { ShellAbort } from './control.ts';
import type { Shell } from './shell.ts';

/** A run of text from one source: quoted text is never split or globbed. */
interface Piece {
  text: string;
  quoted: boolean;
  /** Result of an unquoted expansion: subject to field splitting and globbing. */
  split: boolean;
  /** Unquoted glob characters written literally in the word (`*.txt`). */
  glob?: boolean;
  /** Field break between "$@" elements. */
  brk?: boolean;
}

/** A value produced by an expansion: one string, or several words for $@ / ${a[@]}. */
export type ExpValue = { kind: 'one'; value: string } | { kind: 'many'; values: string[]; star: boolean };

const one = (value: string): ExpValue => ({ kind: 'one', value });

/** Expands a word into fields: braces, tilde, parameters, substitutions, splitting, globbing. */
export async function expandWordFields(sh: Shell, word: Word): Promise<string[]> {
  if (!word.parts) return [tilde(sh, word.text, word.value)];
  if (sh.opts.braceexpand && word.parts.some((p) => p.type === 'BraceExpansion')) {
    const out: string[] = [];
    for (const w of expandBraces(word.text)) {
      // `{a,}` and `{,}` make empty unquoted words, which vanish like any empty unquoted word.
      if (w === '') continue;
      const sub = reparse(w);
      if (sub.parts?.some((p) => p.type === 'BraceExpansion')) out.push(...(await expandNoBrace(sh, sub)));
      else out.push(...(await expandWordFields(sh, sub)));
    }
    return out;
  }
  return expandNoBrace(sh, word);
}

async function expandNoBrace(sh: Shell, word: Word): Promise<string[]> {
  if (!word.parts) return [tilde(sh, word.text, word.value)];
  const pieces = await expandParts(sh, word.parts, false, true);
  const fields = splitFields(sh, pieces);
  if (sh.opts.noglob) return fields.map((f) => f.text);
  const out: string[] = [];
  for (const f of fields) {
    if (f.pattern !== null && hasGlob(f.pattern)) {
      const matches = globPaths(sh, f.pattern);
      if (matches.length > 0) out.push(...matches);
      else if (sh.shopts.has('failglob')) {
        await sh.diag(`no match: ${f.text}`);
        throw new ShellAbort(1, !sh.interactive);
      } else if (!sh.shopts.has('nullglob')) out.push(f.text);
    } else out.push(f.text);
  }
  return out;
}

/** Expands a word to one string: no splitting or globbing (assignments, redirections, case). */
export async function expandWordString(sh: Shell, word: Word): Promise<string> {
  if (!word.parts) return tilde(sh, word.text, word.value);
  const pieces = await expandParts(sh, word.parts, false, true);
  return pieces.map((p) => (p.brk ? ' ' : p.text)).join('');
}

/**
 * Expands the replacement of ${x/pat/rep} to a template for bash 5.2's patsub_replacement:
 * an unquoted `&` stands for the match; quoted text (and so `\&`) is escaped with `\`.
 */
export async function expandWordReplacement(sh: Shell, word: Word): Promise<string> {
  if (!word.parts) return word.text.replace(/\\([\\&])/g, '\x00$1').replace(/\\/g, '').replace(/\x00/g, '\\');
  const pieces = await expandParts(sh, word.parts, false, true);
  return pieces.filter((p) => !p.brk).map((p) => (p.quoted ? p.text.replace(/[\\&]/g, '\\$&') : p.text)).join('');
}

const ERE_SPECIAL = /[\\^$.|?*+()[\]{}]/g;

/** The right side of `[[ =~ ]]`: quoted text matches itself, unquoted text is a regex. */
export async function expandWordRegex(sh: Shell, word: Word): Promise<string> {
  if (!word.parts) return literalRegex(word.text);
  const pieces = await expandParts(sh, word.parts, false, true);
  return pieces.filter((p) => !p.brk).map((p) => (p.quoted ? p.text.replace(ERE_SPECIAL, '\\$&') : p.text)).join('');
}

/** A word without expansions: quote removal, with quoted characters escaped for the regex. */
function literalRegex(text: string): string {
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (c === "'") {
      const end = text.indexOf("'", i + 1);
      out += text.slice(i + 1, end < 0 ? undefined : end).replace(ERE_SPECIAL, '\\$&');
      i = end < 0 ? text.length : end;
    } else if (c === '"') {
      let j = i + 1;
      for (; j < text.length && text[j] !== '"'; j++) {
        if (text[j] === '\\' && '$`"\\\n'.includes(text[j + 1] ?? '')) j++;
        out += text[j]!.replace(ERE_SPECIAL, '\\$&');
      }
      i = j;
    } else if (c === '\\' && i + 1 < text.length) {
      out += text[++i]!.replace(ERE_SPECIAL, '\\$&');
    } else out += c;
  }
  return out;
}

/** Expands a word to a pattern: quoted text escaped, unquoted glob characters active. */
export async function expandWordPattern(sh: Shell, word: Word): Promise<string> {
  if (!word.parts) {
    // The parser leaves extglob groups like `+(a)` as plain text: they are still patterns.
    if (sh.shopts.has('extglob') && /[?*+@!]\(/.test(word.text) && word.text === word.value && !/[\\'"~]/.test(word.text)) return word.text;
    return escapeGlob(tilde(sh, word.text, word.value));
  }
  const pieces = await expandParts(sh, word.parts, false, true);
  return pieces.filter((p) => !p.brk).map((p) => (p.quoted ? escapeGlob(p.text) : p.text)).join('');
}

export function reparse(text: string): Word {
  const script = parse(`: ${text}`);
  const cmd = script.commands[0]?.command;
  if (cmd?.type === 'Command' && cmd.suffix[0]?.type === 'Word') return cmd.suffix[0];
  return { type: 'Word', text, value: text, pos: 0, end: text.length };
}

function tilde(sh: Shell, text: string, value: string): string {
  if (!text.startsWith('~')) return value;
  const slash = value.indexOf('/');
  const prefix = slash < 0 ? value : value.slice(0, slash);
  const rest = slash < 0 ? '' : value.slice(slash);
  const home = tildePrefix(sh, prefix.slice(1));
  return home === undefined ? value : home + rest;
}

export function tildePrefix(sh: Shell, user: string): string | undefined {
  if (user === '') return sh.vars.get('HOME') ?? homeFromPasswd(sh, 'root');
  if (user === '+') return sh.vars.get('PWD');
  if (user === '-') return sh.vars.get('OLDPWD');
  return homeFromPasswd(sh, user);
}

function homeFromPasswd(sh: Shell, user: string): string | undefined {
  try {
    for (const line of sh.vfs.readFile('/etc/passwd').split('\n')) {
      const f = line.split(':');
      if (f[0] === user) return f[5];
    }
  } catch {
    return undefined;
  }
  return undefined;
}

async function expandParts(sh: Shell, parts: readonly WordPart[] | readonly DoubleQuotedChild[], quoted: boolean, first: boolean): Promise<Piece[]> {
  const out: Piece[] = [];
  for (let i = 0; i < parts.length; i++) {
    const p = parts[i]!;
    switch (p.type) {
      case 'Literal': {
        const text = !quoted && first && i === 0 && p.text.startsWith('~') ? tilde(sh, p.text, p.value) : p.value;
        out.push({ text, quoted, split: false });
        break;
      }
      case 'Glob':
        if (p.kind === 'bracket' && p.parts?.some((c) => c.type !== 'Literal')) {
          // `[$x]`: the brackets stay pattern characters; what is inside expands as usual.
          out.push({ text: '[', quoted: false, split: false, glob: true });
          out.push(...(await expandParts(sh, p.parts, quoted, false)));
          out.push({ text: ']', quoted: false, split: false, glob: true });
        } else out.push({ text: p.text, quoted: false, split: false, glob: true });
        break;
      case 'ExtendedGlob':
        out.push({ text: p.text, quoted: false, split: false, glob: true });
        break;
      case 'SingleQuoted':
        out.push({ text: p.value, quoted: true, split: false });
        break;
      case 'AnsiCQuoted':
        out.push({ text: ansiCValue(p.text.slice(2, -1), sh.utf8Locale()), quoted: true, split: false });
        break;
      case 'DoubleQuoted':
      case 'LocaleString': {
        const inner = await expandParts(sh, p.parts, true, false);
        if (inner.length === 0) out.push({ text: '', quoted: true, split: false });
        else out.push(...inner);
        break;
      }
      case 'SimpleExpansion':
        pushValue(sh, out, specialParam(sh, p.text.slice(1)), quoted);
        break;
      case 'ParameterExpansion':
        pushValue(sh, out, await expandParameter(sh, p, quoted), quoted);
        break;
      case 'CommandExpansion':
        pushValue(sh, out, one(await commandSubstitution(sh, p)), quoted);
        break;
      case 'ArithmeticExpansion':
        pushValue(sh, out, one(await arithmeticExpansion(sh, p.text.startsWith('$[') ? p.text.slice(2, -1) : p.text.slice(3, -2))), quoted);
        break;
      case 'BraceExpansion':
        // Not a valid brace expression once braces were expanded: the text stays, its
        // expansions (`{$a..$b}`) are still done.
        out.push({ text: '{', quoted, split: false });
        if (p.parts) out.push(...(await expandParts(sh, p.parts, quoted, false)));
        else out.push({ text: p.text.slice(1, -1), quoted, split: false });
        out.push({ text: '}', quoted, split: false });
        break;
      case 'ProcessSubstitution':
        out.push({ text: processSubstitution(sh, p), quoted, split: false });
        break;
    }
  }
  return out;
}

function pushValue(sh: Shell, out: Piece[], v: ExpValue, quoted: boolean): void {
  if (v.kind === 'one') {
    out.push({ text: v.value, quoted, split: !quoted });
    return;
  }
  if (quoted && v.star) {
    const ifs = sh.vars.get('IFS');
    const sep = ifs === undefined ? ' ' : ifs.slice(0, 1);
    out.push({ text: v.values.join(sep), quoted: true, split: false });
    return;
  }
  if (v.values.length === 0) {
    // "$@" with no parameters contributes nothing, not even an empty field.
    out.push({ text: '', quoted: false, split: false });
    return;
  }
  v.values.forEach((val, i) => {
    if (i > 0) out.push({ text: '', quoted: false, split: false, brk: true });
    out.push({ text: val, quoted, split: !quoted });
  });
}

interface Field {
  text: string;
  /** The field as a glob pattern, or null if nothing in it may glob. */
  pattern: string | null;
}

function splitFields(sh: Shell, pieces: Piece[]): Field[] {
  const ifs = sh.vars.get('IFS') ?? ' \t\n';
  const fields: Field[] = [];
  let text = '';
  let pat = '';
  let started = false;
  let globbable = false;
  let afterWs = false;
  const finish = (force: boolean) => {
    if (started || force) fields.push({ text, pattern: globbable ? pat : null });
    text = '';
    pat = '';
    started = false;
    globbable = false;
  };
  const add = (s: string, active: boolean) => {
    text += s;
    pat += active ? s : escapeGlob(s);
    if (active) globbable = true;
  };
  for (const p of pieces) {
    if (p.brk) {
      finish(true);
      continue;
    }
    if (!p.split || ifs === '') {
      if (p.quoted || p.text !== '' || p.glob) started = true;
      if (p.text !== '' || p.quoted) afterWs = false;
      add(p.text, !!p.glob || (p.split && !p.quoted));
      continue;
    }
    for (const ch of p.text) {
      if (ifs.includes(ch)) {
        if (' \t\n'.includes(ch)) {
          if (started) {
            finish(false);
            afterWs = true;
          }
        } else {
          if (!started && afterWs) afterWs = false;
          else finish(true);
          afterWs = false;
        }
      } else {
        started = true;
        afterWs = false;
        add(ch, true);
      }
    }
  }
  finish(false);
  return fields;
}

/** Joins fields back for contexts that want one string from "$@"-like values. */
export function unglob(s: string): string {
  return unescapeGlob(s);
}
