/** The checkers: lesson goals as predicates over the lab state (docs/checkers.md lists them all). */
import type { Host } from '../runtime/host.ts';
import type { ShellSession } from '../runtime/session.ts';
import { EmbeddedState } from './embedded/state.ts';
import type { LabState } from './state.ts';

export type { Check, CheckContext, CheckResult, HistoryEntry, Lang, QuizQuestion } from './types.ts';
export type { LabState } from './state.ts';
export type * from './state.ts';
export { CheckSyntaxError } from './errors.ts';
export { compileChecks } from './compile.ts';
export { placeholdersIn } from './params.ts';
export { predicateNames } from './registry.ts';

/** The embedded runtime as a LabState (the session, if given, is whose view of the host files counts). */
export function embeddedState(host: Host, session?: ShellSession): LabState {
  return new EmbeddedState(host, session);
}
