import { type Command, daemonFailure } from '../command.ts';
import { FormatError, renderList } from '../format/render.ts';
import { volumesOf } from '../../volume/store.ts';
import { VOLUME_HEADERS, VolumeContext } from './context.ts';
import { naturalCompare } from '../format/natural.ts';
import { filterVolumes, parseFilters } from './filters.ts';

/** `docker volume ls`: `table {{.Driver}}\t{{.Name}}` by default, `-q` names only. */
const ls: Command = async (call) => {
  const o = call.opts;
  const store = volumesOf(call.engine);
  let list;
  try {
    list = filterVolumes(store, store.list(), parseFilters(o.list('filter')));
  } catch (e) {
    return daemonFailure(call, e);
  }
  list.sort((a, b) => naturalCompare(a.name, b.name));
  let format = o.str('format') || 'table';
  if (o.bool('quiet')) format = '{{.Name}}';
  else if (format === 'table') format = 'table {{.Driver}}\t{{.Name}}';
  try {
    await call.out(renderList(format, list.map((v) => new VolumeContext(v, store)), VOLUME_HEADERS));
  } catch (e) {
    if (!(e instanceof FormatError)) throw e;
    await call.err(`${e.message}\n`);
    return 1;
  }
  return 0;
};

export default ls;
