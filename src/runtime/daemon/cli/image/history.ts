import { getImage } from '../../image/lookup.ts';
import type { Image } from '../../image/image.ts';
import { GoStruct } from '../../template/format.ts';
import { type Command, daemonFailure } from '../command.ts';
import { printList } from '../format/render.ts';
import { humanDuration, humanSize } from '../format/units.ts';

/** One row of GET /images/{name}/history: newest first, ids of the parent chain, `<missing>` past it. */
interface HistoryRow {
  id: string;
  created: number;
  createdBy: string;
  comment: string;
  size: number;
}

export function imageHistory(img: Image, parentOf: (id: string) => Image | undefined): HistoryRow[] {
  const rows: HistoryRow[] = [];
  let layer = 0;
  for (const h of img.history) {
    let size = 0;
    if (!h.empty_layer) size = img.layers[layer++]?.size ?? 0;
    rows.unshift({ id: '<missing>', created: Math.floor(Date.parse(h.created) / 1000), createdBy: h.created_by ?? '', comment: h.comment ?? '', size });
  }
  let cur: Image | undefined = img;
  for (const r of rows) {
    if (!cur) break;
    r.id = cur.id;
    cur = cur.parent ? parentOf(cur.parent) : undefined;
  }
  return rows;
}

const ellipsis = (s: string, n: number): string => {
  const chars = [...Buffer.from(s, 'latin1').toString('utf8')];
  return Buffer.from(chars.length > n ? `${chars.slice(0, n - 1).join('')}…` : s, chars.length > n ? 'utf8' : 'latin1').toString('latin1');
};

/** formatter.historyContext. */
class HistoryContext extends GoStruct {
  readonly goType = '*image.historyContext';
  override get escapesHtml(): boolean {
    return true;
  }
  constructor(private readonly r: HistoryRow, private readonly now: number, private readonly trunc: boolean, private readonly human: boolean) {
    super();
  }
  ID(): string {
    return this.trunc && this.r.id.startsWith('sha256:') ? this.r.id.slice(7, 19) : this.r.id;
  }
  CreatedAt(): string {
    return `${new Date(this.r.created * 1000).toISOString().slice(0, 19)}Z`;
  }
  CreatedSince(): string {
    return this.human ? `${humanDuration(this.now - this.r.created * 1000)} ago` : this.CreatedAt();
  }
  CreatedBy(): string {
    const by = this.r.createdBy.replaceAll('\t', ' ');
    return this.trunc ? ellipsis(by, 45) : by;
  }
  Size(): string {
    return this.human ? humanSize(this.r.size) : String(this.r.size);
  }
  Comment(): string {
    return this.r.comment;
  }
  toJSON(): Record<string, unknown> {
    return { Comment: this.Comment(), CreatedAt: this.CreatedAt(), CreatedBy: this.CreatedBy(), CreatedSince: this.CreatedSince(), ID: this.ID(), Size: this.Size() };
  }
}

const HEADERS = { ID: 'IMAGE', CreatedSince: 'CREATED', CreatedAt: 'CREATED AT', CreatedBy: 'CREATED BY', Size: 'SIZE', Comment: 'COMMENT' };

const history: Command = async (call) => {
  const o = call.opts;
  let img: Image;
  try {
    img = getImage(call.engine, call.args[0]!);
  } catch (e) {
    return daemonFailure(call, e);
  }
  const human = o.bool('human');
  let format = o.str('format') || 'table';
  if (format === 'table') {
    format = o.bool('quiet') ? '{{.ID}}' : `table {{.ID}}\t{{${human ? '.CreatedSince' : '.CreatedAt'}}}\t{{.CreatedBy}}\t{{.Size}}\t{{.Comment}}`;
  }
  const rows = imageHistory(img, (id) => call.engine.images.byId.get(id));
  const ctxs = rows.map((r) => new HistoryContext(r, call.host.clock.now, !o.bool('no-trunc'), human));
  return printList(call, format, ctxs, HEADERS);
};

export default history;
