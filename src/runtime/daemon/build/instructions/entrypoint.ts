import { commitNop, nopCmd, shellOf } from '../commit.ts';
import type { InstructionDef } from '../state.ts';
import { commandLine, goQuoteList } from './args.ts';

/**
 * ENTRYPOINT: also resets a CMD inherited from the base image (a CMD earlier in this stage
 * stays), which is why a shell-form entrypoint ignores `docker run` arguments.
 */
const entrypoint: InstructionDef = {
  flags: [],
  async run(b, state, inst) {
    const line = commandLine(inst, shellOf(state.config));
    state.config.Entrypoint = line;
    if (!state.cmdSet) state.config.Cmd = null;
    await commitNop(b, state, nopCmd(state.config, `ENTRYPOINT ${goQuoteList(line)}`));
  },
};
export default entrypoint;
