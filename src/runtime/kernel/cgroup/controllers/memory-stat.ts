import type { Cgroup } from '../cgroup.ts';
import { stateOf } from '../controller.ts';
import { PAGE_SIZE, pagesToBytes } from '../kernel-parse.ts';
import { ownPages, usagePages } from '../memory-charge.ts';
import { memory } from './memory.ts';

/**
 * Counters of memcg_stat_show() (5.15, v1), with the swap line left out as without swap
 * accounting. Tasks in the model hold anonymous memory only; new anonymous pages sit on the
 * inactive list since 5.9, so rss shows there.
 */
function counters(pages: number): [string, number][] {
  const bytes = pages * PAGE_SIZE;
  return [
    ['cache', 0], ['rss', bytes], ['rss_huge', 0], ['shmem', 0], ['mapped_file', 0], ['dirty', 0], ['writeback', 0],
    ['pgpgin', pages], ['pgpgout', 0], ['pgfault', pages], ['pgmajfault', 0],
    ['inactive_anon', bytes], ['active_anon', 0], ['inactive_file', 0], ['active_file', 0], ['unevictable', 0],
  ];
}

/** memory.stat: local counters, the hierarchical limit, then the total_ (subtree) counters. */
export function memoryStat(cg: Cgroup): string {
  let limit = Infinity;
  for (const c of cg.ancestry()) limit = Math.min(limit, stateOf(c, memory).limit);
  const local = counters(ownPages(cg)).map(([k, v]) => `${k} ${v}\n`);
  const total = counters(usagePages(cg)).map(([k, v]) => `total_${k} ${v}\n`);
  return `${local.join('')}hierarchical_memory_limit ${pagesToBytes(limit)}\n${total.join('')}`;
}

/** memory.numa_stat: page counts per node; the machine has one node, N0. */
export function numaStat(cg: Cgroup): string {
  const own = ownPages(cg);
  const all = usagePages(cg);
  const row = (name: string, v: number) => `${name}=${v} N0=${v}\n`;
  return [
    row('total', own), row('file', 0), row('anon', own), row('unevictable', 0),
    row('hierarchical_total', all), row('hierarchical_file', 0), row('hierarchical_anon', all), row('hierarchical_unevictable', 0),
  ].join('');
}
