import type { Container } from '../../container/container.ts';
import { GoStruct } from '../../template/format.ts';
import { FormatError, renderList } from '../../cli/format/render.ts';
import { goTimeString, humanDuration } from '../../cli/format/units.ts';
import { fail, type PodmanCall, type PodmanCommand } from '../call.ts';
import { tabwrite } from '../../cli/format/tabwriter.ts';

const DEFAULT = '{{.ID}}\t{{.Image}}\t{{.Command}}\t{{.CreatedHuman}}\t{{.Status}}\t{{.Ports}}\t{{.Names}}';
const HEADERS: Record<string, string> = {
  ID: 'CONTAINER ID', Image: 'IMAGE', Command: 'COMMAND', CreatedHuman: 'CREATED', Created: 'CREATED', CreatedAt: 'CREATED AT',
  Status: 'STATUS', State: 'STATE', Ports: 'PORTS', Names: 'NAMES', RunningFor: 'CREATED', Labels: 'LABELS', Mounts: 'MOUNTS',
  Networks: 'NETWORKS', Pid: 'PID', Pod: 'POD ID', PodName: 'PODNAME', Size: 'SIZE', ExitCode: 'EXIT CODE', IsInfra: 'IS INFRA',
};

/** podman's STATUS: like Docker's but with "ago" after the uptime too. */
export function podmanStatus(c: Container, now: number): string {
  const s = c.state;
  if (s.Running) return `Up ${humanDuration(now - c.startedMs)} ago${s.Paused ? ' (Paused)' : ''}`;
  if (c.finishedMs > 0) return `Exited (${s.ExitCode}) ${humanDuration(now - c.finishedMs)} ago`;
  return 'Created';
}

export function podmanPorts(c: Container): string {
  const out: string[] = [];
  for (const [key, list] of Object.entries(c.hostConfig.PortBindings)) {
    for (const b of list) out.push(`${b.HostIp || '0.0.0.0'}:${b.HostPort}->${key}`);
  }
  return out.join(', ');
}

/** The fields podman's ps templates see (entities.ListContainer + psReporter methods). */
class PsRow extends GoStruct {
  readonly goType = 'ps.psReporter';
  constructor(private readonly c: Container, private readonly now: number, private readonly trunc: boolean) {
    super();
  }
  ID(): string { return this.trunc ? this.c.id.slice(0, 12) : this.c.id; }
  Image(): string { return this.c.config.Image; }
  ImageID(): string { return this.c.image.id.slice(7); }
  Command(): string {
    const cmd = (this.c.config.Cmd ?? []).join(' ');
    return this.trunc && cmd.length > 17 ? `${cmd.slice(0, 17)}...` : cmd;
  }
  CreatedHuman(): string { return `${humanDuration(this.now - this.c.createdMs)} ago`; }
  RunningFor(): string { return humanDuration(this.now - this.c.createdMs) + ' ago'; }
  CreatedAt(): string { return goTimeString(this.c.createdMs); }
  Created(): string { return goTimeString(this.c.createdMs); }
  Status(): string { return podmanStatus(this.c, this.now); }
  State(): string { return podmanStatus(this.c, this.now); }
  Ports(): string { return podmanPorts(this.c); }
  Names(): string { return this.c.name; }
  Labels(): Record<string, string> | null { return Object.keys(this.c.config.Labels ?? {}).length ? this.c.config.Labels : null; }
  Pid(): number { return this.c.state.Pid; }
  ExitCode(): number { return this.c.state.ExitCode; }
  Pod(): string { return ''; }
  PodName(): string { return ''; }
  IsInfra(): boolean { return false; }
  Networks(): string { return ''; }
  Mounts(): string { return ''; }
  toJSON(): unknown { return psJson(this.c, this.now); }
}

function psJson(c: Container, now: number): unknown {
  const running = c.state.Running;
  return {
    AutoRemove: c.hostConfig.AutoRemove, Command: c.config.Cmd ?? [], CreatedAt: `${humanDuration(now - c.createdMs)} ago`,
    Exited: !running && c.finishedMs > 0, ExitedAt: c.finishedMs > 0 ? Math.floor(c.finishedMs / 1000) : -62135596800, ExitCode: c.state.ExitCode,
    Id: c.id, Image: c.config.Image, ImageID: c.image.id.slice(7), IsInfra: false,
    Labels: Object.keys(c.config.Labels ?? {}).length ? c.config.Labels : null, Mounts: [], Names: [c.name], Namespaces: {}, Networks: [],
    Pid: c.state.Pid, Pod: '', PodName: '', Ports: null, Size: null, StartedAt: c.startedMs > 0 ? Math.floor(c.startedMs / 1000) : -62135596800,
    State: running ? 'running' : c.finishedMs > 0 ? 'exited' : 'created', Status: podmanStatus(c, now), Created: Math.floor(c.createdMs / 1000),
  };
}

const ps: PodmanCommand = async (call: PodmanCall) => {
  const o = call.opts;
  const now = call.host.clock.now;
  const last = o.int('last');
  const all = o.bool('all') || last > 0 || o.bool('latest');
  // podman lists oldest first
  let list = call.engine.list().reverse().filter((c) => all || c.state.Running);
  if (o.bool('latest')) list = list.slice(-1);
  else if (last > 0) list = list.slice(-last);
  const rows = list.map((c) => new PsRow(c, now, !o.bool('no-trunc')));
  if (o.bool('quiet')) {
    await call.out(rows.map((r) => `${r.ID()}\n`).join(''));
    return 0;
  }
  const format = o.str('format');
  try {
    if (format === 'json') {
      await call.out(`${JSON.stringify(list.map((c) => psJson(c, now)), null, 4).replace(/^( +)/gm, (m) => m.slice(0, m.length / 2))}\n`);
      return 0;
    }
    if (format === '' || format.startsWith('table')) {
      const body = format === '' ? DEFAULT : format.slice(5).trim().replaceAll('\\t', '\t');
      const cells = body.replace(/\}\} +\{\{/g, '}}\t{{');
      const cols = cells.replace(/\{\{\s*\.(\w+)\s*\}\}/g, (_, f: string) => HEADERS[f] ?? f.toUpperCase());
      const text = renderList(cells, rows, {}).split('\n').filter((l, i, a) => i < a.length - 1 || l);
      const head = o.bool('noheading') ? '' : `${cols}\n`;
      await call.out(tabwrite(head + text.map((l) => `${l}\n`).join(''), 12, 2));
      return 0;
    }
    await call.out(renderList(format, rows, {}));
  } catch (e) {
    if (e instanceof FormatError) return fail(call, e.message);
    throw e;
  }
  return 0;
};

export default ps;
