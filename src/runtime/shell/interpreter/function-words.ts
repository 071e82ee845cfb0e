import type { Assignment, Word, WordPart } from 'unbash';
import { comsubText } from './function-text.ts';

/** The text a function was parsed from: node positions minus `base` index `text`. */
export interface SourceText {
  text: string;
  base: number;
  /** Inside `$(...)` bash keeps newline separators as such; elsewhere they become `;`. */
  keepNewlines?: boolean;
}

interface Edit {
  pos: number;
  end: number;
  text: string;
}

/**
 * A word as bash stores it after parsing: the source text, except that `$'...'` is already decoded
 * (and single-quoted), `$"..."` became `"..."` and each `$(...)`/`<(...)` was re-printed from its
 * parsed commands.
 */
export function renderWord(src: SourceText, w: Word): string {
  if (!w.parts) return dropContinuations(w.text);
  const edits: Edit[] = [];
  collect(src, w.parts, false, edits);
  return applyEdits(w.text, w.pos, edits);
}

export function renderAssignment(src: SourceText, a: Assignment): string {
  if (a.value.type === 'ArrayValue') {
    const head = `${a.name}${a.index ? `[${renderWord(src, a.index)}]` : ''}${a.append ? '+=' : '='}`;
    return `${head}(${a.value.elements.map((e) => renderWord(src, e)).join(' ')})`;
  }
  const edits: Edit[] = [];
  if (a.index?.parts) collect(src, a.index.parts, false, edits);
  if (a.value.parts) collect(src, a.value.parts, false, edits);
  return applyEdits(a.text, a.pos, edits);
}

function applyEdits(text: string, pos: number, edits: Edit[]): string {
  edits.sort((x, y) => x.pos - y.pos);
  let out = '';
  let at = pos;
  for (const e of edits) {
    if (e.pos < at) continue;
    out += dropContinuations(text.slice(at - pos, e.pos - pos)) + e.text;
    at = e.end;
  }
  return out + dropContinuations(text.slice(at - pos));
}

/** The lexer removes backslash-newline pairs (outside single quotes) before bash stores a word. */
function dropContinuations(text: string): string {
  if (!text.includes('\\\n')) return text;
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (c === '\\' && i + 1 < text.length) {
      if (text[i + 1] !== '\n') out += c + text[i + 1];
      i++;
    } else out += c;
  }
  return out;
}

/** bash keeps `$( (` apart so the text is not read back as `$((` arithmetic. */
function spaced(text: string): string {
  return text.startsWith('(') ? ` ${text}` : text;
}

function singleQuote(s: string): string {
  return `'${s.replace(/'/g, `'\\''`)}'`;
}

function collect(src: SourceText, parts: readonly WordPart[], inDouble: boolean, edits: Edit[]): void {
  for (const p of parts) {
    switch (p.type) {
      case 'SingleQuoted':
        edits.push({ pos: p.pos, end: p.end, text: p.text });
        break;
      case 'AnsiCQuoted':
        edits.push({ pos: p.pos, end: p.end, text: inDouble ? p.value : singleQuote(p.value) });
        break;
      case 'LocaleString':
        edits.push({ pos: p.pos, end: p.pos + 1, text: '' });
        collect(src, p.parts, true, edits);
        break;
      case 'DoubleQuoted':
        collect(src, p.parts, true, edits);
        break;
      case 'CommandExpansion':
        if (p.script && p.text.startsWith('$(')) edits.push({ pos: p.pos, end: p.end, text: `$(${spaced(comsubText(src, p.script))})` });
        break;
      case 'ProcessSubstitution':
        if (p.script) edits.push({ pos: p.pos, end: p.end, text: `${p.operator}(${spaced(comsubText(src, p.script))})` });
        break;
      case 'ParameterExpansion': {
        const op = p.operation;
        const words: (Word | undefined)[] = [p.index];
        if (op && 'operand' in op) words.push(op.operand);
        if (op?.type === 'Replace') words.push(op.pattern, op.replacement);
        if (op?.type === 'Slice') words.push(op.offset, op.length);
        for (const w of words) if (w?.parts) collect(src, w.parts, inDouble, edits);
        break;
      }
      case 'Glob':
      case 'ExtendedGlob':
      case 'BraceExpansion':
        if (p.parts) collect(src, p.parts, inDouble, edits);
        break;
      default:
        break;
    }
  }
}
