import { type Command, daemonFailure } from '../command.ts';
import { volumesOf } from '../../volume/store.ts';

function kv(items: string[]): Record<string, string> {
  const out: Record<string, string> = {};
  for (const item of items) {
    const i = item.indexOf('=');
    out[i < 0 ? item : item.slice(0, i)] = i < 0 ? '' : item.slice(i + 1);
  }
  return out;
}

/** `docker volume create [NAME]`: prints the (possibly generated) name. */
const create: Command = async (call) => {
  const o = call.opts;
  try {
    const v = volumesOf(call.engine).create(call.args[0] ?? null, {
      driver: o.str('driver') || 'local', labels: kv(o.list('label')), options: kv(o.list('opt')),
    });
    await call.out(`${v.name}\n`);
    return 0;
  } catch (e) {
    return daemonFailure(call, e);
  }
};

export default create;
