import { commitNop, nopCmd } from '../commit.ts';
import type { InstructionDef } from '../state.ts';

const FORBIDDEN = new Set(['ONBUILD', 'FROM', 'MAINTAINER']);

/** ONBUILD: the trigger stored as written (keyword upper-cased) in Config.OnBuild. */
const onbuild: InstructionDef = {
  flags: [],
  check: (inst) => {
    const kw = /^\S+/.exec(inst.rest)?.[0]?.toUpperCase() ?? '';
    if (!kw) return 'ONBUILD requires at least one argument';
    if (FORBIDDEN.has(kw)) return kw === 'ONBUILD' ? 'Chaining ONBUILD via `ONBUILD ONBUILD` isn\'t allowed' : `${kw} isn't allowed as an ONBUILD trigger`;
    return null;
  },
  async run(b, state, inst) {
    const m = /^(\S+)([\s\S]*)$/.exec(inst.rest)!;
    const trigger = `${m[1]!.toUpperCase()}${m[2]}`;
    state.config.OnBuild = [...(state.config.OnBuild ?? []), trigger];
    await commitNop(b, state, nopCmd(state.config, `ONBUILD ${trigger}`));
  },
};
export default onbuild;
