import { type Command, daemonFailure } from '../command.ts';
import { FormatError, printList, validateFormat } from '../format/render.ts';
import { ContainerContext, emptyContainerContext, PS_HEADERS } from './context.ts';
import { containerMatcher, parseFilters } from './filters.ts';

const DEFAULT = 'table {{.ID}}\t{{.Image}}\t{{.Command}}\t{{.RunningFor}}\t{{.Status}}\t{{.Ports}}\t{{.Names}}';

const ps: Command = async (call) => {
  const o = call.opts;
  if (o.bool('quiet') && o.str('format') !== '') await call.err('WARNING: Ignoring custom format, because both --format and --quiet are set.\n');
  const used = new Set<string>();
  if (o.str('format') !== '') {
    try {
      validateFormat(o.str('format'), emptyContainerContext(used));
    } catch (e) {
      if (!(e instanceof FormatError)) throw e;
      await call.err(`${e.message}\n`);
      return 1;
    }
  }
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
  let format = o.changed('format') && o.str('format') !== '' && o.str('format') !== 'table' ? o.str('format') : DEFAULT;
  if (format === DEFAULT && o.bool('size')) format += '\t{{.Size}}';
  const quiet = o.bool('quiet');
  const sized = o.bool('size') || used.has('Size');
  const rows = list.map((c) => new ContainerContext(c, call.engine, !o.bool('no-trunc'), sized));
  return printList(call, format, rows, PS_HEADERS, {
    ...(quiet ? { quietTemplate: '{{.ID}}' } : {}),
    rewrite: (m) => m.replace(/^template parsing error/, 'failed to execute template'),
  });
};

export default ps;
