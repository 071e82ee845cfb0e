import type { Call } from '../command.ts';
import { ClientError } from './client-error.ts';

/**
 * The CLI's parseKeyValueFile, shared by --env-file and --label-file: leading blanks and `#` lines
 * are skipped, a trailing CR goes with the line break, and a bare NAME is looked up in the
 * client's environment only for env files (`lookup`); label files drop it.
 */
export function readKvFile(call: Call, path: string, lookup: boolean): string[] {
  let text: string;
  try {
    text = call.ctx.fs.readFile(path);
  } catch {
    throw new ClientError(`open ${path}: no such file or directory`);
  }
  const out: string[] = [];
  const lines = text.split('\n');
  if (lines[lines.length - 1] === '') lines.pop();
  lines.forEach((raw, n) => {
    let line = raw.endsWith('\r') ? raw.slice(0, -1) : raw;
    if (n === 0 && line.startsWith('\xef\xbb\xbf')) line = line.slice(3);
    line = line.replace(/^[\s\x85\xa0]+/, '');
    if (line === '' || line.startsWith('#')) return;
    const i = line.indexOf('=');
    let name = i < 0 ? line : line.slice(0, i);
    if (name === '') throw new ClientError(`invalid env file (${path}): no variable name on line '${line}'`);
    name = name.replace(/^[ \t\n\v\f\r]+/, '');
    if (/[ \t\n\v\f\r]/.test(name)) throw new ClientError(`invalid env file (${path}): variable '${name}' contains whitespaces`);
    if (i >= 0) out.push(`${name}=${line.slice(i + 1)}`);
    else if (lookup) {
      const v = call.ctx.env.get(name);
      if (v !== undefined) out.push(`${name}=${v}`);
    }
  });
  return out;
}
