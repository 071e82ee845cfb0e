import type { AppletContext } from '../types.ts';
import { SIG_NAMES, signalNumber } from './signames.ts';

/** What env's --default-signal / --ignore-signal / --block-signal asked for, per signal. */
export type SignalPlan = Map<number, 'default' | 'ignore' | 'block'>;

export class SignalSpecError extends Error {}

/** Adds one option's SIG list (empty or absent: every signal but KILL and STOP). */
export function planSignals(plan: SignalPlan, action: 'default' | 'ignore' | 'block', value: string | undefined): void {
  if (!value) {
    for (let s = 1; s <= 64; s++) if (s !== 9 && s !== 19 && action !== 'block') plan.set(s, action);
    if (action === 'block') for (let s = 1; s <= 64; s++) plan.set(s, action);
    return;
  }
  for (const item of value.split(',')) {
    if (item === '') continue;
    const n = /^\d+$/.test(item) ? Number(item) : signalNumber(item);
    if (!(n >= 1 && n <= 64)) throw new SignalSpecError(`'${item}': invalid signal`);
    plan.set(n, action);
  }
}

/**
 * Applies the plan to env's own task before it runs COMMAND (ignored dispositions survive
 * exec); returns the coreutils error text for KILL/STOP, which cannot be changed.
 */
export function applySignals(ctx: AppletContext, plan: SignalPlan): string | null {
  for (const [sig, action] of plan) {
    if (action === 'block') continue;
    if (sig === 9 || sig === 19) return `failed to set signal action for signal ${sig}: Invalid argument`;
    if (action === 'ignore') ctx.proc.dispositions.set(sig, 'ignore');
    else ctx.proc.dispositions.delete(sig);
  }
  return null;
}

/** --list-signal-handling: the signals that are not at their default, as `INT        ( 2): IGNORE`. */
export function signalListing(ctx: AppletContext, plan: SignalPlan): string {
  let out = '';
  for (let sig = 1; sig <= 64; sig++) {
    const blocked = plan.get(sig) === 'block';
    const ignored = ctx.proc.dispositions.get(sig) === 'ignore';
    if (!blocked && !ignored) continue;
    const name = sig < SIG_NAMES.length ? (sig === 29 ? 'IO' : SIG_NAMES[sig]!) : sig < 50 ? `RTMIN+${sig - 34}` : sig === 64 ? 'RTMAX' : `RTMAX-${64 - sig}`;
    out += `${name.padEnd(10)} (${String(sig).padStart(2)}): ${ignored ? 'IGNORE' : 'BLOCK'}\n`;
  }
  return out;
}
