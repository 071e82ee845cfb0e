import type { Container } from '../../container/container.ts';
import { containerSizeRw } from '../../container/size.ts';
import { DaemonError } from '../../errors.ts';
import { parseFilters } from '../ps/filters.ts';
import { type Command, daemonFailure } from '../command.ts';
import { humanSize } from '../format/units.ts';

const UNITS: Record<string, number> = { ns: 1e-6, us: 1e-3, µs: 1e-3, ms: 1, s: 1000, m: 60_000, h: 3_600_000 };

/** `until=`: a Go duration before now, unix seconds, or an RFC 3339 / date time. */
function untilMs(value: string, now: number): number {
  const dur = /^(?:\d+(?:\.\d+)?(?:ns|us|µs|ms|s|m|h))+$/.test(value);
  if (dur) {
    let total = 0;
    for (const m of value.matchAll(/(\d+(?:\.\d+)?)(ns|us|µs|ms|s|m|h)/g)) total += Number(m[1]) * UNITS[m[2]!]!;
    return now - total;
  }
  if (/^\d+(?:\.\d+)?$/.test(value)) return Number(value) * 1000;
  const t = Date.parse(value);
  if (Number.isNaN(t)) throw new DaemonError(`failed to parse value as time or duration: "${value}"`, 400);
  return t;
}

function labelMatch(labels: Record<string, string>, want: string): boolean {
  const i = want.indexOf('=');
  if (i < 0) return Object.hasOwn(labels, want);
  return labels[want.slice(0, i)] === want.slice(i + 1);
}

/** `docker container prune [-f] [--filter until=…|label=…|label!=…]`: removes stopped containers. */
const prune: Command = async (call) => {
  if (!call.opts.bool('force')) {
    await call.out('WARNING! This will remove all stopped containers.\nAre you sure you want to continue? [y/N] ');
    const answer = (await call.ctx.stdin.readLine()) ?? '';
    if (!/^[yY]/.test(answer.trim())) return 0;
  }
  let victims: Container[];
  try {
    const f = parseFilters(call.opts.list('filter'), ['label', 'label!', 'until']);
    const now = call.host.clock.now;
    const until = (f.get('until') ?? []).map((v) => untilMs(v, now));
    victims = call.engine.list().filter((c) =>
      !c.state.Running &&
      until.every((t) => c.createdMs < t) &&
      (f.get('label') ?? []).every((l) => labelMatch(c.config.Labels, l)) &&
      (f.get('label!') ?? []).every((l) => !labelMatch(c.config.Labels, l)));
  } catch (e) {
    return daemonFailure(call, e);
  }
  const deleted: string[] = [];
  let reclaimed = 0;
  for (const c of victims) {
    const size = containerSizeRw(c);
    try {
      await call.engine.remove(c, false);
    } catch (e) {
      if (e instanceof DaemonError) continue;
      throw e;
    }
    deleted.push(c.id);
    reclaimed += size;
  }
  call.engine.events.add('container', 'prune', { id: '', attributes: { reclaimed: String(reclaimed) } });
  let out = '';
  if (deleted.length) out += `Deleted Containers:\n${deleted.join('\n')}\n\n`;
  await call.out(`${out}Total reclaimed space: ${humanSize(reclaimed)}\n`);
  return 0;
};

export default prune;
