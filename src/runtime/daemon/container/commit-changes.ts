import { DaemonError } from '../errors.ts';
import type { ContainerConfig } from './config.ts';
import { EMPTY } from './empty-struct.ts';

/** The instructions BuildFromConfig of Engine 20.10 accepts for `commit -c` (STOPSIGNAL came later). */
const VALID = new Set(['cmd', 'entrypoint', 'healthcheck', 'env', 'expose', 'label', 'onbuild', 'user', 'volume', 'workdir']);

const bad = (msg: string) => new DaemonError(msg, 400);

/** Dockerfile lines of the changes, with `\` continuations joined and comments dropped. */
function instructions(changes: string[]): Array<{ word: string; rest: string; raw: string }> {
  const out: Array<{ word: string; rest: string; raw: string }> = [];
  let pending = '';
  for (const line of changes.join('\n').split('\n')) {
    const t = line.replace(/^\s+/, '');
    if (pending === '' && (t === '' || t.startsWith('#'))) continue;
    if (/\\\s*$/.test(line)) {
      pending += line.replace(/\\\s*$/, '');
      continue;
    }
    const full = (pending + line).trim();
    pending = '';
    const m = /^(\S+)\s*([\s\S]*)$/.exec(full);
    if (m) out.push({ word: m[1]!.toLowerCase(), rest: m[2]!.trim(), raw: full });
  }
  if (pending.trim()) {
    const m = /^(\S+)\s*([\s\S]*)$/.exec(pending.trim())!;
    out.push({ word: m[1]!.toLowerCase(), rest: m[2]!.trim(), raw: pending.trim() });
  }
  return out;
}

/** Splits on blanks outside quotes and removes the quotes (the parser's word splitting). */
function words(s: string): string[] {
  const out: string[] = [];
  let cur = '';
  let quote = '';
  let any = false;
  for (let i = 0; i < s.length; i++) {
    const ch = s[i]!;
    if (quote) {
      if (ch === quote) quote = '';
      else if (ch === '\\' && quote === '"' && i + 1 < s.length) cur += s[++i];
      else cur += ch;
    } else if (ch === '"' || ch === "'") {
      quote = ch;
      any = true;
    } else if (ch === '\\' && i + 1 < s.length) {
      cur += s[++i];
      any = true;
    } else if (/\s/.test(ch)) {
      if (cur || any) out.push(cur);
      cur = '';
      any = false;
    } else {
      cur += ch;
      any = true;
    }
  }
  if (cur || any) out.push(cur);
  return out;
}

/** `KEY=VALUE ...` or the legacy `KEY VALUE` form of ENV and LABEL. */
function nameValues(cmd: string, rest: string): Array<[string, string]> {
  if (rest === '') throw bad(`${cmd} requires at least one argument`);
  const ws = words(rest);
  if (!ws[0]!.includes('=')) {
    const m = /^(\S+)\s+([\s\S]+)$/.exec(rest);
    if (!m) throw bad(`${cmd} must have two arguments`);
    return [[m[1]!, words(m[2]!).join(' ')]];
  }
  return ws.map((w) => {
    const i = w.indexOf('=');
    if (i < 0) throw bad(`Syntax error - can't find = in "${w}". Must be of the form: name=value`);
    return [w.slice(0, i), w.slice(i + 1)];
  });
}

/** JSON array form, or null for the shell form. */
function jsonArgs(rest: string): string[] | null {
  if (!rest.startsWith('[')) return null;
  try {
    const v: unknown = JSON.parse(rest);
    if (Array.isArray(v) && v.every((x) => typeof x === 'string')) return v as string[];
  } catch {
    // not JSON: the shell form
  }
  return null;
}

function exposed(specs: string[]): string[] {
  const out: string[] = [];
  for (const spec of specs) {
    const slash = spec.indexOf('/');
    const range = slash < 0 ? spec : spec.slice(0, slash);
    const proto = slash < 0 ? 'tcp' : spec.slice(slash + 1).toLowerCase();
    if (!['tcp', 'udp', 'sctp'].includes(proto)) throw bad(`Invalid proto: ${proto}`);
    const m = /^(\d+)(?:-(\d+))?$/.exec(range);
    if (!m || Number(m[1]) > 65535 || (m[2] && Number(m[2]) > 65535)) throw bad(`Invalid containerPort: ${range}`);
    const lo = Number(m[1]);
    const hi = m[2] ? Number(m[2]) : lo;
    if (hi < lo) throw bad(`Invalid range specified for the Port: ${range}`);
    for (let p = lo; p <= hi; p++) out.push(`${p}/${proto}`);
  }
  return out;
}

const DURATION_UNITS: Record<string, number> = { ns: 1, us: 1e3, µs: 1e3, ms: 1e6, s: 1e9, m: 60e9, h: 3600e9 };

function goDuration(flag: string, text: string): number {
  const re = /(\d+(?:\.\d+)?)(ns|us|µs|ms|s|m|h)/gy;
  let total = 0;
  let m: RegExpExecArray | null;
  let pos = 0;
  while ((m = re.exec(text))) {
    total += Number(m[1]) * DURATION_UNITS[m[2]!]!;
    pos = re.lastIndex;
  }
  if (pos !== text.length || text === '') throw bad(`time: invalid duration "${text}"`);
  if (total !== 0 && total < 1e6) throw bad(`Interval "${flag}" cannot be less than 1ms`);
  return Math.round(total);
}

function healthcheck(rest: string): object {
  let r = rest;
  const hc: Record<string, unknown> = {};
  const flags: Array<[string, string]> = [];
  for (let m; (m = /^--([a-z-]+)=(\S*)\s*/.exec(r)); r = r.slice(m[0].length)) flags.push([m[1]!, m[2]!]);
  const [kind, ...tail] = r.split(/\s+/);
  const body = r.slice((kind ?? '').length).trim();
  if ((kind ?? '').toUpperCase() === 'NONE') {
    if (tail.length) throw bad('HEALTHCHECK NONE takes no arguments');
    return { Test: ['NONE'] };
  }
  if ((kind ?? '').toUpperCase() !== 'CMD') throw bad(`Unknown type "${kind ?? ''}" in HEALTHCHECK (try CMD)`);
  const json = jsonArgs(body);
  hc.Test = json ? ['CMD', ...json] : ['CMD-SHELL', body];
  for (const [name, value] of flags) {
    const key = { interval: 'Interval', timeout: 'Timeout', 'start-period': 'StartPeriod', retries: 'Retries' }[name];
    if (!key) throw bad(`Unknown flag: ${name}`);
    if (key === 'Retries') {
      const n = Number(value);
      if (!/^-?\d+$/.test(value)) throw bad(`strconv.ParseInt: parsing "${value}": invalid syntax`);
      if (n < 1) throw bad(`--retries must be at least 1 (not ${n})`);
      hc.Retries = n;
    } else {
      const d = goDuration(name, value);
      if (d) hc[key] = d;
    }
  }
  const order = ['Test', 'Interval', 'Timeout', 'StartPeriod', 'Retries'];
  return Object.fromEntries(order.filter((k) => hc[k] !== undefined).map((k) => [k, hc[k]]));
}

const sortKeys = <T>(o: Record<string, T>): Record<string, T> => Object.fromEntries(Object.entries(o).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));

/**
 * Applies `docker commit --change` lines to a copy of the container's config the way the
 * builder's BuildFromConfig does, with its error texts for bad instructions.
 */
export function applyChanges(base: ContainerConfig, changes: string[]): ContainerConfig {
  // JSON round trip: plain data, and set values the CLI prints as Go structs stay distinct objects.
  const cfg: ContainerConfig = JSON.parse(JSON.stringify(base)) as ContainerConfig;
  if (cfg.ExposedPorts) cfg.ExposedPorts = Object.fromEntries(Object.keys(cfg.ExposedPorts).map((k) => [k, EMPTY]));
  if (cfg.Volumes) cfg.Volumes = Object.fromEntries(Object.keys(cfg.Volumes).map((k) => [k, EMPTY]));
  if (changes.length === 0) return cfg;
  const list = instructions(changes);
  if (list.length === 0) throw bad('file with no instructions');
  for (const ins of list) if (!VALID.has(ins.word)) throw bad(`${ins.word} is not a valid change command`);
  let cmdSet = false;
  for (const { word, rest } of list) {
    const upper = word.toUpperCase();
    switch (word) {
      case 'env':
        for (const [k, v] of nameValues(upper, rest)) {
          const env = cfg.Env ?? [];
          const i = env.findIndex((e) => e.split('=')[0] === k);
          if (i >= 0) env[i] = `${k}=${v}`;
          else env.push(`${k}=${v}`);
          cfg.Env = env;
        }
        break;
      case 'label':
        cfg.Labels = { ...(cfg.Labels ?? {}) };
        for (const [k, v] of nameValues(upper, rest)) cfg.Labels[k] = v;
        cfg.Labels = sortKeys(cfg.Labels);
        break;
      case 'workdir': {
        if (words(rest).length !== 1) throw bad('WORKDIR requires exactly one argument');
        const dir = words(rest)[0]!;
        const joined = dir.startsWith('/') ? dir : `${cfg.WorkingDir || '/'}/${dir}`;
        cfg.WorkingDir = normalize(joined);
        break;
      }
      case 'user':
        if (words(rest).length !== 1) throw bad('USER requires exactly one argument');
        cfg.User = words(rest)[0]!;
        break;
      case 'expose': {
        if (rest === '') throw bad('EXPOSE requires at least one argument');
        const ports = { ...(cfg.ExposedPorts ?? {}) };
        for (const p of exposed(words(rest))) ports[p] = EMPTY;
        cfg.ExposedPorts = sortKeys(ports);
        break;
      }
      case 'volume': {
        const vols = jsonArgs(rest) ?? words(rest);
        if (vols.length === 0) throw bad('VOLUME requires at least one argument');
        const v: Record<string, object> = { ...(cfg.Volumes ?? {}) };
        for (const p of vols) {
          if (p.trim() === '') throw bad('VOLUME specified can not be an empty string');
          v[p.trim()] = EMPTY;
        }
        cfg.Volumes = sortKeys(v);
        break;
      }
      case 'cmd':
        cfg.Cmd = jsonArgs(rest) ?? ['/bin/sh', '-c', rest];
        cmdSet = true;
        break;
      case 'entrypoint':
        cfg.Entrypoint = rest === '' ? null : (jsonArgs(rest) ?? ['/bin/sh', '-c', rest]);
        // A new entrypoint drops the inherited CMD unless this build set one.
        if (!cmdSet) cfg.Cmd = null;
        break;
      case 'healthcheck':
        if (rest === '') throw bad('HEALTHCHECK requires an argument');
        cfg.Healthcheck = healthcheck(rest);
        break;
      case 'onbuild': {
        const m = /^(\S+)\s*([\s\S]*)$/.exec(rest);
        if (!m) throw bad('ONBUILD requires at least one argument');
        const trigger = m[1]!.toUpperCase();
        if (trigger === 'ONBUILD') throw bad("Chaining ONBUILD via `ONBUILD ONBUILD` isn't allowed");
        if (trigger === 'FROM' || trigger === 'MAINTAINER') throw bad(`${trigger} isn't allowed as an ONBUILD trigger`);
        cfg.OnBuild = [...(cfg.OnBuild ?? []), `${trigger} ${m[2]}`.trim()];
        break;
      }
    }
  }
  return cfg;
}

function normalize(p: string): string {
  const out: string[] = [];
  for (const part of p.split('/')) {
    if (part === '' || part === '.') continue;
    if (part === '..') out.pop();
    else out.push(part);
  }
  return `/${out.join('/')}`;
}
