import { commitNop, nopCmd } from '../commit.ts';
import { lookupOf, type Builder, type InstructionDef, type StageState } from '../state.ts';
import { processWord } from '../words.ts';
import { atLeastOne, exactlyOne } from './args.ts';

/** `NAME[=default]` with the default expanded; the value a build-arg or global ARG gives it. */
export function declareArg(b: Builder, text: string, look: (n: string) => string | undefined, inherited: Map<string, string | undefined>): { name: string; value: string | undefined; shown: string } {
  const i = text.indexOf('=');
  const name = i < 0 ? text : text.slice(0, i);
  const dflt = i < 0 ? undefined : processWord(text.slice(i + 1), look, b.escape);
  b.usedArgs.add(name);
  const given = b.options.buildArgs.get(name);
  const value = given ?? dflt ?? inherited.get(name);
  return { name, value, shown: i < 0 ? name : `${name}=${dflt}` };
}

/** ARG inside a stage: declares the name for RUN's environment and later substitutions. */
const arg: InstructionDef = {
  flags: [],
  check: (inst) => atLeastOne(inst) ?? exactlyOne(inst),
  async run(b, state: StageState, inst) {
    const d = declareArg(b, inst.rest, lookupOf(state), b.metaArgs);
    state.args.set(d.name, d.value);
    await commitNop(b, state, nopCmd(state.config, `ARG ${d.shown}`));
  },
};
export default arg;
