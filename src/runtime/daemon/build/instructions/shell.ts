import { commitNop, nopCmd } from '../commit.ts';
import type { InstructionDef } from '../state.ts';

/** SHELL: JSON form only; later shell-form RUN/CMD/ENTRYPOINT use it. History: Go's %v (`SHELL [/bin/sh -xc]`). */
const shell: InstructionDef = {
  flags: [],
  check: (inst) => (inst.json && inst.json.length > 0 ? null : 'SHELL requires the arguments to be in JSON form'),
  async run(b, state, inst) {
    state.config.Shell = inst.json!;
    await commitNop(b, state, nopCmd(state.config, `SHELL [${inst.json!.join(' ')}]`));
  },
};
export default shell;
