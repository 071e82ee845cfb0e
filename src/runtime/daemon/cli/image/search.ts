import { CATALOG } from '../../images/index.ts';
import type { ImageSpec } from '../../images/types.ts';
import { GoStruct } from '../../template/format.ts';
import type { Command } from '../command.ts';
import { printList } from '../format/render.ts';
import { filterArgs } from './ls.ts';

/** One repository of the offline registry's search index (the first spec of each repository). */
interface Hit {
  name: string;
  description: string;
  stars: number;
  official: boolean;
}

function index(): Hit[] {
  const seen = new Map<string, ImageSpec>();
  for (const s of CATALOG) if (!seen.has(s.repo)) seen.set(s.repo, s);
  return [...seen.values()].map((s) => ({ name: s.repo, description: s.description, stars: s.stars, official: s.official ?? true }));
}

/** formatter.searchContext; descriptions are cut at 45 characters unless --no-trunc. */
class SearchContext extends GoStruct {
  readonly goType = '*formatter.searchContext';
  override get escapesHtml(): boolean {
    return true;
  }
  constructor(private readonly h: Hit, private readonly trunc: boolean) {
    super();
  }
  Name(): string {
    return this.h.name;
  }
  Description(): string {
    const d = this.h.description.replaceAll('\n', ' ').replaceAll('\r', ' ');
    const chars = [...Buffer.from(d, 'latin1').toString('utf8')];
    if (!this.trunc || chars.length <= 45) return d;
    return Buffer.from(`${chars.slice(0, 44).join('')}…`, 'utf8').toString('latin1');
  }
  StarCount(): string {
    return String(this.h.stars);
  }
  IsOfficial(): string {
    return this.h.official ? '[OK]' : '';
  }
  IsAutomated(): string {
    return '';
  }
  toJSON(): Record<string, unknown> {
    return { Description: this.Description(), IsAutomated: this.IsAutomated(), IsOfficial: this.IsOfficial(), Name: this.Name(), StarCount: this.StarCount() };
  }
}

const HEADERS = { Name: 'NAME', Description: 'DESCRIPTION', StarCount: 'STARS', IsOfficial: 'OFFICIAL', IsAutomated: 'AUTOMATED' };

/** `docker search TERM` over the offline catalog (Docker Hub's index is not reachable from the lab). */
const search: Command = async (call) => {
  const o = call.opts;
  const f = filterArgs(o.list('filter'));
  for (const k of f.keys()) {
    if (!['stars', 'is-official', 'is-automated'].includes(k)) {
      await call.err(`Error response from daemon: invalid filter '${k}'\n`);
      return 1;
    }
  }
  const limit = o.changed('limit') ? o.int('limit') : 25;
  if (limit < 1 || limit > 100) {
    await call.err(`Error response from daemon: limit ${limit} is outside the range of [1, 100]\n`);
    return 1;
  }
  const term = call.args[0]!.toLowerCase();
  let hits = index().filter((h) => h.name.includes(term) || h.description.toLowerCase().includes(term));
  for (const v of f.get('stars') ?? []) {
    if (!/^-?\d+$/.test(v)) {
      await call.err(`Error response from daemon: invalid filter 'stars=${v}'\n`);
      return 1;
    }
    hits = hits.filter((h) => h.stars >= Number(v));
  }
  for (const v of f.get('is-official') ?? []) hits = hits.filter((h) => h.official === (v === 'true'));
  for (const v of f.get('is-automated') ?? []) if (v === 'true') hits = [];
  hits = hits.sort((a, b) => b.stars - a.stars).slice(0, limit);
  const format = o.str('format') || 'table {{.Name}}\t{{.Description}}\t{{.StarCount}}\t{{.IsOfficial}}';
  return printList(call, format, hits.map((h) => new SearchContext(h, !o.bool('no-trunc'))), HEADERS);
};

export default search;
