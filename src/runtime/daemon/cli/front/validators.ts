// Per-flag validators of docker's ListOpts/MapOpts (run here at parse time, as the CLI does).
import { ValueError } from './values.ts';
import { parseUlimit } from '../container/ulimits.ts';

function parseIP(s: string): string | undefined {
  const t = s.trim();
  if (/^(\d{1,3})(\.\d{1,3}){3}$/.test(t) && t.split('.').every((p) => Number(p) <= 255 && !/^0\d/.test(p)))
    return t.split('.').map(Number).join('.');
  if (t.includes(':') && /^[0-9a-fA-F:.]+$/.test(t) && (t.match(/::/g) ?? []).length <= 1) return t.toLowerCase();
  return undefined;
}

function ipAddress(v: string): string {
  const ip = parseIP(v);
  if (ip === undefined) throw new ValueError(`IP address is not correctly formatted: ${v}`);
  return ip;
}

function extraHost(val: string): string {
  let cut = val.indexOf('=');
  if (cut < 0) cut = val.indexOf(':');
  const k = cut < 0 ? '' : val.slice(0, cut);
  let v = cut < 0 ? '' : val.slice(cut + 1);
  if (cut < 0 || k === '' || k.includes(':')) throw new ValueError(`bad format for add-host: ${JSON.stringify(val)}`);
  if (v !== 'host-gateway') {
    if (v.length > 2 && v[0] === '[' && v[v.length - 1] === ']') v = v.slice(1, -1);
    if (parseIP(v) === undefined) throw new ValueError(`invalid IP address in add-host: ${JSON.stringify(v)}`);
  }
  return k + ':' + v;
}

function env(val: string): string {
  if (val.split('=')[0] === '') throw new ValueError('invalid environment variable: ' + val);
  return val;
}

function label(val: string): string {
  if (val.split('=')[0].trim() === '') throw new ValueError(`invalid label '${val}': empty name`);
  return val;
}

function ulimit(val: string): string {
  parseUlimit(val);
  return val;
}

function mount(val: string): string {
  for (const field of val.split(',')) {
    const [k] = field.split('=');
    if (!field.includes('=') && !['readonly', 'ro', 'bind-nonrecursive'].includes(k.toLowerCase()))
      throw new ValueError(`invalid field '${field}' must be a key=value pair`);
  }
  return val;
}

function gpus(val: string): string {
  const count = /^(?:count=)?(.*)$/.exec(val.split(',')[0])![1];
  if (!val.includes('=') && count !== 'all' && !/^-?\d+$/.test(count))
    throw new ValueError(`invalid count (${count}): value must be either "all" or an integer: invalid syntax`);
  return val;
}

/** Validators keyed by flag name; they return the value to store. */
export const validators: Record<string, (v: string) => string> = {
  'add-host': extraHost,
  dns: ipAddress,
  env,
  label,
  ulimit,
  mount,
  gpus,
};
