import { parse } from 'yaml';
import { compileChecks, embeddedState, type CheckResult, type HistoryEntry, type QuizQuestion } from '../../src/checkers/index.ts';
import type { ShellSession } from '../../src/runtime/session.ts';
import { newSession } from '../helpers.ts';

export interface EvalOptions {
  params?: Record<string, string>;
  history?: HistoryEntry[];
  answers?: Record<string, string[]>;
  quiz?: QuizQuestion[];
}

/** Compiles one YAML check (as a lesson writes it) and evaluates it on the session's host in both languages. */
export async function check(s: ShellSession, yamlText: string, o: EvalOptions = {}): Promise<{ en: CheckResult; zh: CheckResult }> {
  const compiled = compileChecks(parse(yamlText), 'check');
  const run = (lang: 'en' | 'zh-CN') =>
    compiled.evaluate({ state: embeddedState(s.host, s), params: o.params ?? {}, history: o.history ?? [], answers: o.answers ?? {}, quiz: o.quiz, lang });
  return { en: await run('en'), zh: await run('zh-CN') };
}

/** A fresh host after running these lines (each must succeed), then `seconds` of virtual time. */
export async function labAfter(lines: string[], seconds = 0): Promise<ShellSession> {
  const s = newSession();
  for (const l of lines) {
    // A terminal sends bytes: the lab's lines are UTF-8 encoded, one char per byte (as the REPL does).
    const r = await s.run(Buffer.from(l, 'utf8').toString('latin1'));
    if (r.exit !== 0) throw new Error(`setup line failed (${r.exit}): ${l}\n${r.stdout}${r.stderr}`);
  }
  if (seconds) await pass(s, seconds);
  return s;
}

/**
 * Lets virtual time pass between two commands. A foreground `sleep` lets the kernel step from timer to
 * timer, so background programs run every iteration (one clock.advance jump fires each timer only once).
 */
export async function pass(s: ShellSession, seconds: number): Promise<void> {
  const r = await s.run(`sleep ${seconds}`);
  if (r.exit !== 0) throw new Error(`sleep ${seconds} failed: ${r.stderr}`);
}
