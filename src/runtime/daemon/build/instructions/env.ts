import { commitNop, nopCmd } from '../commit.ts';
import { lookupOf, type InstructionDef } from '../state.ts';
import { processWord } from '../words.ts';
import { nameValues } from './args.ts';

/** ENV: each name=value expanded against the env as it was before this line, then set in order. */
const env: InstructionDef = {
  flags: [],
  check: (inst) => {
    const r = nameValues(inst);
    return Array.isArray(r) ? null : r;
  },
  async run(b, state, inst) {
    const pairs = nameValues(inst, b.escape) as [string, string][];
    const look = lookupOf(state);
    const list = [...(state.config.Env ?? [])];
    let comment = 'ENV';
    for (const [k, raw] of pairs) {
      const v = processWord(raw, look, b.escape);
      comment += ` ${k}=${v}`;
      const i = list.findIndex((kv) => kv.slice(0, kv.indexOf('=')) === k);
      if (i >= 0) list[i] = `${k}=${v}`;
      else list.push(`${k}=${v}`);
    }
    state.config.Env = list;
    await commitNop(b, state, nopCmd(state.config, comment));
  },
};
export default env;
