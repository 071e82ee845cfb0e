import type { Call } from '../command.ts';
import { ClientError } from './client-error.ts';

/** --pull: the CLI validates the policy before asking for anything. */
export function pullPolicy(call: Call): string {
  const p = call.opts.changed('pull') ? call.opts.str('pull') : 'missing';
  if (!['always', 'missing', 'never', ''].includes(p)) {
    throw new ClientError(`invalid pull option: '${p}': must be one of "always", "missing" or "never"`);
  }
  return p === '' ? 'missing' : p;
}

/** --cidfile: refuses an existing file before the container is created. */
export function checkCidFile(call: Call): string | null {
  if (!call.opts.changed('cidfile') || call.opts.str('cidfile') === '') return null;
  const path = call.opts.str('cidfile');
  if (call.ctx.fs.exists(path)) throw new ClientError(`container ID file found, make sure the other container isn't running or delete ${path}`);
  return path;
}

/** term.ToBytes: comma-separated single characters or ctrl-<a-z @ [ \ ] ^ _>. */
export function detachKeysValid(keys: string): boolean {
  for (const key of keys.split(',')) {
    if (key.length === 1) continue;
    if (!key.toLowerCase().startsWith('ctrl-')) return false;
    const c = key.slice(5).toLowerCase();
    if (c.length !== 1 || !/[a-z@[\\\]^_]/.test(c)) return false;
  }
  return true;
}
