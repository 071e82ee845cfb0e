import { copyStep } from '../copy-step.ts';
import type { InstructionDef } from '../state.ts';
import type { Instruction } from '../parser.ts';
import { rawWords } from '../words.ts';

/** Parse-time checks shared with ADD: two arguments at least; --chmod needs BuildKit on this engine. */
export function checkCopy(inst: Instruction): string | null {
  const n = inst.json ? inst.json.length : rawWords(inst.rest).length;
  if (n < 2) return `${inst.cmd.toUpperCase()} requires at least two arguments, but only one was provided. Destination could not be determined`;
  return null;
}

const copy: InstructionDef = {
  flags: ['from', 'chown', 'chmod'],
  check: checkCopy,
  run: (b, state, inst) => copyStep(b, state, inst, 'COPY'),
};
export default copy;
