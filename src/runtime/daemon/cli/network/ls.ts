import { type Command, daemonFailure } from '../command.ts';
import { printList } from '../format/render.ts';
import { networksOf } from '../../network/store.ts';
import { NETWORK_HEADERS, NetworkContext } from './context.ts';
import { filterNetworks } from '../../network/filters.ts';
import { parseFilters } from '../volume/filters.ts';

/** `docker network ls`: the CLI sorts by name; `-q` ids only, `--no-trunc` full ids. */
const ls: Command = async (call) => {
  const o = call.opts;
  let list;
  try {
    list = filterNetworks(call.engine, networksOf(call.engine).list(), parseFilters(o.list('filter')));
  } catch (e) {
    return daemonFailure(call, e);
  }
  list.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  let format = o.str('format') || 'table';
  if (o.bool('quiet')) format = '{{.ID}}';
  else if (format === 'table') format = 'table {{.ID}}\t{{.Name}}\t{{.Driver}}\t{{.Scope}}';
  return printList(call, format, list.map((n) => new NetworkContext(n, !o.bool('no-trunc'))), NETWORK_HEADERS);
};

export default ls;
