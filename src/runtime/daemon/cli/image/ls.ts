import { type Command, daemonFailure } from '../command.ts';
import { printList } from '../format/render.ts';
import { type Filters, listImages } from '../../image/list.ts';
import { IMAGE_HEADERS, imageRows } from './context.ts';

const TABLE = 'table {{.Repository}}\t{{.Tag}}\t{{.ID}}\t{{.CreatedSince}}\t{{.Size}}';
const TABLE_DIGEST = 'table {{.Repository}}\t{{.Tag}}\t{{.Digest}}\t{{.ID}}\t{{.CreatedSince}}\t{{.Size}}';

/** `-f key=value` as the CLI's filters.ParseFlag keeps them: key lowercased, both sides trimmed. */
export function filterArgs(items: string[]): Filters {
  const f: Filters = new Map();
  for (const item of items) {
    const i = item.indexOf('=');
    const key = item.slice(0, i).trim().toLowerCase();
    f.set(key, [...(f.get(key) ?? []), item.slice(i + 1).trim()]);
  }
  return f;
}

/** NewImageFormat: `table` picks the quiet/digest variants; a custom table gets DIGEST inserted with --digests. */
function imageFormat(source: string, quiet: boolean, digest: boolean): string {
  if (source === 'table') return quiet ? '{{.ID}}' : digest ? TABLE_DIGEST : TABLE;
  if (source.startsWith('table') && digest && !source.includes('{{.Digest}}')) {
    return source.replace(/\{\{\s*\.Tag\s*\}\}\\t/, '{{.Tag}}\\t{{.Digest}}\\t');
  }
  return source;
}

const ls: Command = async (call) => {
  const o = call.opts;
  const f = filterArgs(o.list('filter'));
  if (call.args[0] !== undefined) f.set('reference', [...(f.get('reference') ?? []), call.args[0]]);
  let list;
  try {
    list = listImages(call.engine, f, o.bool('all'));
  } catch (e) {
    return daemonFailure(call, e);
  }
  const format = imageFormat(o.str('format') || 'table', o.bool('quiet'), o.bool('digests'));
  const now = call.host.clock.now;
  const rows = list.flatMap((s) => imageRows(s, now, !o.bool('no-trunc'), o.bool('digests')));
  return printList(call, format, rows, IMAGE_HEADERS);
};

export default ls;
