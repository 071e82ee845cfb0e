import { processWord, rawWords, splitProcessed } from '../words.ts';
import { lookupOf, type Builder, type StageState } from '../state.ts';
import type { Instruction } from '../parser.ts';

/** The instruction's arguments as words, variables expanded (EXPOSE, VOLUME, USER...). */
export const expandedWords = (b: Builder, state: StageState, text: string): string[] => splitProcessed(text, lookupOf(state), b.escape);

/** A single expanded word (WORKDIR, USER, STOPSIGNAL keep spaces inside). */
export const expanded = (b: Builder, state: StageState, text: string): string => processWord(text, lookupOf(state), b.escape);

/** parseNameVal: `k=v k2="v 2"` or the legacy `KEY value with spaces`; values unexpanded. */
export function nameValues(inst: Instruction, escape = '\\'): [string, string][] | string | { bare: string } {
  const words = rawWords(inst.rest, escape);
  const kw = inst.cmd.toUpperCase();
  if (words.length === 0) return `${kw} requires at least one argument`;
  if (!words[0]!.includes('=')) {
    const m = /^(\S+)\s+([\s\S]*)$/.exec(inst.rest);
    if (!m || !m[2]) return { bare: `${kw} must have two arguments` };
    return [[m[1]!, m[2]]];
  }
  const out: [string, string][] = [];
  for (const w of words) {
    const i = w.indexOf('=');
    if (i < 0) return { bare: `Syntax error - can't find = in "${w}". Must be of the form: name=value` };
    if (i === 0) return { bare: `${kw} names can not be blank` };
    out.push([w.slice(0, i), w.slice(i + 1)]);
  }
  return out;
}

/** Go's %q of a []string: `["a" "b"]`. */
export const goQuoteList = (list: string[]): string => `[${list.map((s) => JSON.stringify(s)).join(' ')}]`;

/** JSON form as is; the shell form wrapped in the stage's shell. */
export function commandLine(inst: Instruction, shell: string[]): string[] {
  if (inst.json) return inst.json;
  return [...shell, inst.rest];
}

export const atLeastOne = (inst: Instruction): string | null => (inst.rest.trim() ? null : `${inst.cmd.toUpperCase()} requires at least one argument`);
export const exactlyOne = (inst: Instruction): string | null => (rawWords(inst.rest).length === 1 ? null : `${inst.cmd.toUpperCase()} requires exactly one argument`);
