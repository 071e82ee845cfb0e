import { type Command, daemonFailure } from '../command.ts';
import { FormatError, renderList } from '../format/render.ts';
import { ContainerContext, PS_HEADERS } from './context.ts';
import { containerMatcher, parseFilters } from './filters.ts';

const DEFAULT = 'table {{.ID}}\t{{.Image}}\t{{.Command}}\t{{.RunningFor}}\t{{.Status}}\t{{.Ports}}\t{{.Names}}';

const ps: Command = async (call) => {
  const o = call.opts;
  let list;
  try {
    const match = containerMatcher(call.engine, parseFilters(o.list('filter')));
    const last = o.bool('latest') ? 1 : o.changed('last') ? o.int('last') : -1;
    const all = o.bool('all') || last > 0;
    list = call.engine.list().filter((c) => (all || c.state.Running) && match(c));
    if (last > 0) list = list.slice(0, last);
  } catch (e) {
    return daemonFailure(call, e);
  }
  let format = o.changed('format') && o.str('format') !== '' ? o.str('format') : DEFAULT;
  if (format === DEFAULT && o.bool('size')) format += '\t{{.Size}}';
  const quiet = o.bool('quiet');
  const rows = list.map((c) => new ContainerContext(c, call.engine, !o.bool('no-trunc')));
  try {
    await call.out(renderList(format, rows, PS_HEADERS, quiet ? { quietTemplate: '{{.ID}}' } : {}));
  } catch (e) {
    if (e instanceof FormatError) {
      await call.err(`${e.message}\n`);
      return 1;
    }
    throw e;
  }
  return 0;
};

export default ps;
