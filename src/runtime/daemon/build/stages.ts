/**
 * instructions.Parse: the parsed lines grouped into stages, global ARGs before the first FROM,
 * every instruction's options and argument counts checked before anything runs (so a bad line
 * anywhere fails the build up front, with its line number).
 */
import { DaemonError } from '../errors.ts';
import { parseError, type Instruction } from './parser.ts';
import { INSTRUCTIONS } from './registry.ts';
import type { Stage } from './state.ts';
import { rawWords } from './words.ts';

export interface StagePlan {
  metaArgs: Instruction[];
  stages: Stage[];
}

const FROM_FLAGS = ['platform'];

export function planStages(instructions: Instruction[]): StagePlan {
  const metaArgs: Instruction[] = [];
  const stages: Stage[] = [];
  for (const inst of instructions) {
    if (inst.cmd === 'from') {
      stages.push({ name: checkFrom(inst), from: inst, commands: [] });
      continue;
    }
    const def = INSTRUCTIONS[inst.cmd]!;
    for (const k of inst.flags.keys()) if (!def.flags.includes(k)) throw parseError(inst.line, `Unknown flag: ${k}`);
    const msg = def.check?.(inst);
    // Errors of the line parser itself (name=value syntax) have no line number.
    if (typeof msg === 'object' && msg) throw new DaemonError(`failed to parse Dockerfile: ${msg.bare}`, 400);
    if (msg) throw parseError(inst.line, msg);
    if (stages.length === 0) {
      if (inst.cmd !== 'arg') throw new DaemonError('no build stage in current context', 400);
      metaArgs.push(inst);
    } else stages[stages.length - 1]!.commands.push(inst);
  }
  return { metaArgs, stages };
}

/** FROM image [AS name]: the stage name (lower-cased, as the engine matches it), or null. */
function checkFrom(inst: Instruction): string | null {
  for (const k of inst.flags.keys()) if (!FROM_FLAGS.includes(k)) throw parseError(inst.line, `Unknown flag: ${k}`);
  const w = rawWords(inst.rest);
  if (w.length !== 1 && w.length !== 3) throw parseError(inst.line, 'FROM requires either one or three arguments');
  if (w.length === 1) return null;
  if (w[1]!.toLowerCase() !== 'as') throw parseError(inst.line, "FROM requires either one or three arguments");
  const name = w[2]!.toLowerCase();
  if (!/^[a-z][a-z0-9-_.]*$/.test(name)) throw parseError(inst.line, `invalid name for build stage: "${w[2]}", name can't start with a number or contain symbols`);
  return name;
}
