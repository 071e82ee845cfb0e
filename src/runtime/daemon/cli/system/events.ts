import type { EngineEvent } from '../../events.ts';
import { DaemonError } from '../../errors.ts';
import { GoStruct } from '../../template/format.ts';
import { type Command, daemonFailure } from '../command.ts';
import { parseSince } from '../container/logs.ts';
import { FormatError, renderList, validateFormat } from '../format/render.ts';

class EventContext extends GoStruct {
  constructor(private readonly e: EngineEvent, readonly goType = 'events.Message') {
    super();
  }
  get Type() { return this.e.type; }
  get Action() { return this.e.action; }
  get Status() { return this.e.action; }
  get ID() { return this.e.id; }
  get From() { return this.e.attributes.image ?? ''; }
  get Actor() { return { ID: this.e.id, Attributes: this.e.attributes }; }
  get Scope() { return 'local'; }
  get Time() { return Math.floor(this.timeNano / 1e9); }
  get TimeNano() { return this.timeNano; }
  private get timeNano() { return this.e.time * 1e6 + this.e.nanos; }
  toJSON() {
    const from = this.e.type === 'container' ? { from: this.From } : {};
    return { status: this.e.action, id: this.e.id, ...from, Type: this.e.type, Action: this.e.action, Actor: this.Actor, scope: 'local', time: this.Time, timeNano: this.timeNano };
  }
}

function line(e: EngineEvent): string {
  const iso = new Date(e.time).toISOString().slice(0, 19);
  const frac = (String(e.time % 1000).padStart(3, '0') + String(Math.floor(e.nanos)).padStart(6, '0')).slice(0, 9);
  const attrs = Object.entries(e.attributes).map(([k, v]) => `${k}=${v}`).join(', ');
  return `${iso}.${frac}Z ${e.type} ${e.action} ${e.id}${attrs ? ` (${attrs})` : ''}\n`;
}

/** docker events: the engine's event log between --since and --until (virtual time), then live. */
const events: Command = async (call) => {
  const o = call.opts;
  const now = call.host.clock.now;
  // The CLI runs its template once on an empty events.Message before connecting (cli.StatusError 64).
  if (o.str('format') !== '') {
    try {
      const raw = o.str('format');
      validateFormat(raw === 'json' ? '{{json .}}' : raw, new EventContext({ type: '', action: '', id: '', attributes: {}, time: 0, nanos: 0 } as unknown as EngineEvent, '*events.Message'));
    } catch (e) {
      if (!(e instanceof FormatError)) throw e;
      await call.err(`Error parsing format: ${e.message.replace(/^failed to (parse|execute) template: /, '')}\n`);
      return 64;
    }
  }
  let since = -Infinity;
  let until = Infinity;
  const filters = new Map<string, string[]>();
  try {
    if (o.changed('since')) since = parseSince(o.str('since'), now);
    if (o.changed('until')) until = parseSince(o.str('until'), now);
    for (const f of o.list('filter')) {
      const i = f.indexOf('=');
      const k = f.slice(0, i);
      // Engine 20.10 does not validate event filter keys: an unknown one matches nothing special.
      filters.set(k, [...(filters.get(k) ?? []), f.slice(i + 1)]);
    }
  } catch (e) {
    return daemonFailure(call, e);
  }
  const match = (e: EngineEvent) =>
    [...filters].every(([k, vs]) =>
      vs.some((v) => {
        if (k === 'type') return e.type === v;
        if (k === 'event') return e.action === v;
        if (k === 'container') return e.type === 'container' && (e.id.startsWith(v) || e.attributes.name === v);
        if (k === 'image') return e.attributes.image === v || (e.type === 'image' && e.id === v);
        if (k === 'label') {
          const [lk, lv] = v.split('=', 2) as [string, string | undefined];
          return lv === undefined ? lk in e.attributes : e.attributes[lk] === lv;
        }
        return true;
      }),
    );
  const format = o.changed('format') ? o.str('format') : '';
  const print = async (list: EngineEvent[]) => {
    if (list.length === 0) return;
    if (format === '') await call.out(list.map(line).join(''));
    else await call.out(renderList(format, list.map((e) => new EventContext(e)), {}));
  };
  const log = call.engine.events.events;
  try {
    await print(log.filter((e) => e.time >= since && e.time <= until && match(e)));
  } catch (e) {
    if (e instanceof FormatError) {
      await call.err(`${e.message}\n`);
      return 1;
    }
    throw e;
  }
  if (until !== Infinity) return 0;
  // Without --until the client follows the stream until interrupted.
  await call.ctx.proc.wait<void>(() => () => {});
  return 0;
};

export default events;
