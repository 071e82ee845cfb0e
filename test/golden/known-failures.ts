/**
 * A strict expected-failure list for golden replays: one `NAME  reason` per line, `#`
 * comments and blank lines allowed. Listed cases must fail and unlisted ones must pass, so
 * the list always says exactly what is still missing.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import type { Difference } from './compare.ts';

export interface KnownFailures {
  /** The comment lines at the top of the file, kept when the list is rewritten. */
  header: string[];
  reasons: Map<string, string>;
}

export function readKnownFailures(path: string): KnownFailures {
  const header: string[] = [];
  const reasons = new Map<string, string>();
  for (const line of readFileSync(path, 'utf8').split('\n')) {
    const t = line.trim();
    if (t.startsWith('#')) {
      if (reasons.size === 0) header.push(line);
      continue;
    }
    if (t === '') continue;
    const m = /^(\S+)\s*(.*)$/.exec(t)!;
    reasons.set(m[1]!, m[2]!);
  }
  return { header, reasons };
}

/**
 * A first guess at why a case fails: the programs the replay did not find, else which
 * stream of which command differs. Meant to be edited by hand.
 */
export function guessReason(cmd: string, diffs: Difference[], threw?: string): string {
  if (threw) return `shell: throws ${threw.split('\n')[0]}`;
  const err = diffs.find((d) => d.field === 'stderr');
  const missing = new Set<string>();
  if (err) {
    const found = [
      ...err.actual.matchAll(/: ([^\s:]+): command not found$/gm),
      ...err.actual.matchAll(/^lab: program '([^']+)' is not implemented/gm),
      ...err.actual.matchAll(/^bash: line \d+: (\/[^\s:]+): No such file or directory$/gm),
    ].map((m) => m[1]!);
    for (const p of found) if (!err.expected.includes(`${p}: command not found`)) missing.add(p);
  }
  if (missing.size > 0) return `missing: ${[...missing].join(', ')}`;
  const short = cmd.length > 60 ? cmd.slice(0, 57) + '...' : cmd;
  return `TODO: ${diffs.map((d) => d.field).join('+')} differ for \`${short}\``;
}

/**
 * The list after a run: passing cases dropped, new failures added with `newReasons`,
 * hand-written reasons kept (a guessed `missing: ...` is guessed again, since the set of
 * programs changes); sorted by name and aligned.
 */
export function formatKnownFailures(
  old: KnownFailures,
  failing: Set<string>,
  newReasons: Map<string, string>,
): string {
  const reason = (name: string) => {
    const kept = old.reasons.get(name);
    const guess = newReasons.get(name);
    if (kept && !(kept.startsWith('missing:') && guess)) return kept;
    return guess ?? kept ?? 'TODO';
  };
  const rows = [...failing].sort().map((name) => [name, reason(name)] as const);
  const width = Math.max(0, ...rows.map(([n]) => n.length));
  const body = rows.map(([n, r]) => `${n.padEnd(width)}  ${r}\n`).join('');
  return (old.header.length ? old.header.join('\n') + '\n' : '') + body;
}

export function writeKnownFailures(path: string, text: string): void {
  writeFileSync(path, text);
}
