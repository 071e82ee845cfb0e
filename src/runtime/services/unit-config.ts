/**
 * A unit file as systemd loads it: sections of `Key=value` lines, with drop-ins applied after
 * the main file. Lists (ExecStart, WantedBy...) accumulate and an empty assignment resets them,
 * as systemd does (`ExecStart=` in a drop-in clears the vendor command).
 */
export interface UnitConfig {
  description: string;
  documentation: string[];
  execStart: string[];
  execStartPre: string[];
  restart: string;
  restartSec: number;
  startLimitBurst: number;
  startLimitIntervalMs: number;
  wantedBy: string[];
  aliases: string[];
  listenStream: string[];
  requires: string[];
  wants: string[];
}

const LIST_KEYS = new Set(['Documentation', 'ExecStart', 'ExecStartPre', 'WantedBy', 'Alias', 'ListenStream', 'Requires', 'Wants']);

/** Merged `Key` → values over the main file and its drop-ins, in load order. */
function collect(texts: string[]): Map<string, string[]> {
  const values = new Map<string, string[]>();
  for (const text of texts) {
    let continued = '';
    for (const raw of text.split('\n')) {
      const line = continued + raw.trim();
      continued = '';
      if (line.endsWith('\\')) {
        continued = `${line.slice(0, -1)} `;
        continue;
      }
      if (line === '' || line.startsWith('#') || line.startsWith(';') || line.startsWith('[')) continue;
      const eq = line.indexOf('=');
      if (eq < 0) continue;
      const key = line.slice(0, eq).trim();
      const value = line.slice(eq + 1).trim();
      if (!LIST_KEYS.has(key)) {
        values.set(key, [value]);
        continue;
      }
      if (value === '') {
        values.set(key, []);
        continue;
      }
      const list = values.get(key) ?? [];
      // Documentation, WantedBy and friends take space-separated lists; commands do not.
      if (key.startsWith('Exec')) list.push(value);
      else list.push(...value.split(/\s+/));
      values.set(key, list);
    }
  }
  return values;
}

/** systemd time spans as unit files write them: `60s`, `2`, `500ms`, `1min`. */
export function parseTimespanMs(text: string | undefined, fallback: number): number {
  if (!text) return fallback;
  const m = /^(\d+(?:\.\d+)?)\s*(ms|s|sec|min|m|h)?$/.exec(text.trim());
  if (!m) return fallback;
  const n = Number(m[1]);
  const unit = m[2] ?? 's';
  const scale: Record<string, number> = { ms: 1, s: 1000, sec: 1000, min: 60_000, m: 60_000, h: 3_600_000 };
  return n * scale[unit]!;
}

/** Parsed units by their texts: every host boots the same few files. */
const parsed = new Map<string, UnitConfig>();

export function parseUnit(texts: string[]): UnitConfig {
  const key = texts.join('\0');
  const hit = parsed.get(key);
  if (hit) return structuredClone(hit);
  const config = parseFresh(texts);
  if (parsed.size < 256) parsed.set(key, config);
  return structuredClone(config);
}

function parseFresh(texts: string[]): UnitConfig {
  const v = collect(texts);
  const one = (k: string) => v.get(k)?.[0];
  return {
    description: one('Description') ?? '',
    documentation: v.get('Documentation') ?? [],
    execStart: v.get('ExecStart') ?? [],
    execStartPre: v.get('ExecStartPre') ?? [],
    restart: one('Restart') ?? 'no',
    restartSec: parseTimespanMs(one('RestartSec'), 100),
    startLimitBurst: Number(one('StartLimitBurst') ?? 5),
    startLimitIntervalMs: parseTimespanMs(one('StartLimitIntervalSec') ?? one('StartLimitInterval'), 10_000),
    wantedBy: v.get('WantedBy') ?? [],
    aliases: v.get('Alias') ?? [],
    listenStream: v.get('ListenStream') ?? [],
    requires: v.get('Requires') ?? [],
    wants: v.get('Wants') ?? [],
  };
}

/** argv of an Exec line: prefixes (`-`, `@`, `+`, `!`) dropped, `$VAR` words expanded from `env`. */
export function execArgv(line: string, env: Map<string, string>): string[] {
  const words = line.replace(/^[-@+!:]+/, '').split(/\s+/).filter(Boolean);
  const out: string[] = [];
  for (const w of words) {
    const m = /^\$\{?([A-Za-z_][A-Za-z0-9_]*)\}?$/.exec(w);
    if (m) out.push(...(env.get(m[1]!) ?? '').split(/\s+/).filter(Boolean));
    else out.push(w);
  }
  return out;
}
