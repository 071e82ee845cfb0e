import { copyStep } from '../copy-step.ts';
import type { InstructionDef } from '../state.ts';
import { checkCopy } from './copy.ts';

/** ADD: COPY plus local tar extraction; URLs fail, the model has no network. */
const add: InstructionDef = {
  flags: ['chown', 'chmod'],
  check: checkCopy,
  run: (b, state, inst) => copyStep(b, state, inst, 'ADD'),
};
export default add;
