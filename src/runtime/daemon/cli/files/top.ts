import { containerTop } from '../../container/top.ts';
import { tabwrite } from '../format/tabwriter.ts';
import { type Command, daemonFailure } from '../command.ts';

/** `docker top CONTAINER [ps OPTIONS]`: the engine's ps rows for the container, in a tabwriter table. */
const top: Command = async (call) => {
  const [ref, ...psArgs] = call.args as [string, ...string[]];
  try {
    const c = call.engine.get(ref);
    const r = await containerTop(call.host, c, psArgs.join(' '));
    await call.out(tabwrite([r.titles, ...r.processes].map((row) => `${row.join('\t')}\n`).join(''), 20, 3));
    return 0;
  } catch (e) {
    return daemonFailure(call, e);
  }
};

export default top;
