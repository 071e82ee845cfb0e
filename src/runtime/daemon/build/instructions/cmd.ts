import { commitNop, nopCmd, shellOf } from '../commit.ts';
import type { InstructionDef } from '../state.ts';
import { commandLine, goQuoteList } from './args.ts';

/** CMD: exec form as given, shell form under the stage's shell; history shows Go's %q of the list. */
const cmd: InstructionDef = {
  flags: [],
  async run(b, state, inst) {
    const line = commandLine(inst, shellOf(state.config));
    state.config.Cmd = line;
    state.cmdSet = true;
    await commitNop(b, state, nopCmd(state.config, `CMD ${goQuoteList(line)}`));
  },
};
export default cmd;
