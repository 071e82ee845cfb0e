import { q } from '../errors.ts';
import { openInput, RecordReader } from '../text/input.ts';
import type { AppletContext } from '../types.ts';

export interface CheckOpts {
  algo: { tag: string; hexLen: number };
  quiet: boolean;
  status: boolean;
  warn: boolean;
  strict: boolean;
  ignoreMissing: boolean;
  /** Hex digest of a file, or the errno text when it cannot be read. */
  digest(name: string): Promise<{ ok: true; hex: string } | { ok: false; text: string }>;
}

interface Entry {
  hex: string;
  name: string;
}

/** coreutils split_3: `HEX  NAME`, `HEX *NAME`, or `TAG (NAME) = HEX`; a leading `\` escapes NAME. */
function parseLine(line: string, tag: string, hexLen: number): Entry | null {
  let s = line.replace(/^[ \t]+/, '');
  let escaped = false;
  if (s.startsWith('\\')) {
    escaped = true;
    s = s.slice(1);
  }
  let name: string;
  let hex: string;
  const tagged = new RegExp(`^${tag} ?\\((.*)\\) ?= ([0-9a-fA-F]+)$`, 's').exec(s);
  if (tagged) {
    name = tagged[1]!;
    hex = tagged[2]!;
  } else {
    hex = s.slice(0, hexLen);
    if (!/^[0-9a-fA-F]+$/.test(hex) || hex.length !== hexLen) return null;
    let i = hexLen;
    if (s[i] !== ' ' && s[i] !== '\t') return null;
    i++;
    if (s.length - i > 1 && (s[i] === ' ' || s[i] === '*')) i++;
    name = s.slice(i);
  }
  if (hex.length !== hexLen || name === '') return null;
  if (escaped) {
    let out = '';
    for (let i = 0; i < name.length; i++) {
      if (name[i] !== '\\') {
        out += name[i];
        continue;
      }
      const c = name[++i];
      if (c === '\\') out += '\\';
      else if (c === 'n') out += '\n';
      else return null;
    }
    name = out;
  }
  return { hex: hex.toLowerCase(), name };
}

/** digest_check for one list file; returns whether everything in it verified. */
export async function checkFile(ctx: AppletContext, list: string, o: CheckOpts): Promise<boolean> {
  const shown = list === '-' ? 'standard input' : list;
  const opened = openInput(ctx, list);
  if (!opened.ok) {
    await ctx.stderr.write(`${ctx.name}: ${q(shown)}: ${opened.text}\n`);
    return false;
  }
  const reader = new RecordReader(ctx, opened.stream);
  let lineNo = 0;
  let good = 0;
  let misformatted = 0;
  let unreadable = 0;
  let mismatched = 0;
  let matched = 0;
  for (;;) {
    const rec = await reader.next();
    if (rec === null) break;
    lineNo++;
    const line = rec.endsWith('\n') ? rec.slice(0, -1) : rec;
    if (line === '' || line.startsWith('#')) continue;
    const e = parseLine(line.replace(/\r$/, ''), o.algo.tag, o.algo.hexLen);
    if (!e) {
      misformatted++;
      if (o.warn) await ctx.stderr.write(`${ctx.name}: ${q(shown)}: ${lineNo}: improperly formatted ${o.algo.tag} checksum line\n`);
      continue;
    }
    good++;
    const shownName = e.name.includes('\n') ? `\\${e.name.replace(/\\/g, '\\\\').replace(/\n/g, '\\n')}` : e.name;
    const d = await o.digest(e.name);
    if (!d.ok) {
      if (o.ignoreMissing && d.text === 'No such file or directory') continue;
      unreadable++;
      if (!o.status) {
        await ctx.stderr.write(`${ctx.name}: ${q(e.name)}: ${d.text}\n`);
        await ctx.stdout.write(`${shownName}: FAILED open or read\n`);
      }
      continue;
    }
    const ok = d.hex === e.hex;
    if (ok) matched++;
    else mismatched++;
    if (!o.status && (!ok || !o.quiet)) await ctx.stdout.write(`${shownName}: ${ok ? 'OK' : 'FAILED'}\n`);
  }
  opened.stream.close();
  if (good === 0) {
    await ctx.stderr.write(`${ctx.name}: ${q(shown)}: no properly formatted checksum lines found\n`);
    return false;
  }
  if (!o.status) {
    const warn = (n: number, one: string, many: string) => ctx.stderr.write(`${ctx.name}: WARNING: ${n} ${n === 1 ? one : many}\n`);
    if (misformatted) await warn(misformatted, 'line is improperly formatted', 'lines are improperly formatted');
    if (unreadable) await warn(unreadable, 'listed file could not be read', 'listed files could not be read');
    if (mismatched) await warn(mismatched, 'computed checksum did NOT match', 'computed checksums did NOT match');
  }
  if (o.ignoreMissing && matched === 0) {
    await ctx.stderr.write(`${ctx.name}: ${q(shown)}: no file was verified\n`);
    return false;
  }
  return mismatched === 0 && unreadable === 0 && (!o.strict || misformatted === 0);
}

/** busybox md5_sha1_sum -c: any line without a two-character separator counts as a failure. */
export async function checkFileBusybox(ctx: AppletContext, list: string, silent: boolean, warnFormat: boolean, digest: CheckOpts['digest']): Promise<boolean> {
  const opened = openInput(ctx, list);
  if (!opened.ok) {
    await ctx.stderr.write(`${ctx.name}: can't open '${list}': ${opened.text}\n`);
    return false;
  }
  const reader = new RecordReader(ctx, opened.stream);
  let total = 0;
  let failed = 0;
  for (;;) {
    const rec = await reader.next();
    if (rec === null) break;
    const line = rec.endsWith('\n') ? rec.slice(0, -1) : rec;
    total++;
    let at = line.indexOf('  ');
    if (at < 0) at = line.indexOf(' *');
    if (at < 0) {
      if (warnFormat) await ctx.stderr.write(`${ctx.name}: invalid format\n`);
      failed++;
      continue;
    }
    const name = line.slice(at + 2);
    const d = await digest(name);
    if (!d.ok) await ctx.stderr.write(`${ctx.name}: can't open '${name}': ${d.text}\n`);
    const ok = d.ok && d.hex === line.slice(0, at);
    if (!ok) failed++;
    if (!silent) await ctx.stdout.write(`${name}: ${ok ? 'OK' : 'FAILED'}\n`);
  }
  opened.stream.close();
  if (failed && !silent) await ctx.stderr.write(`${ctx.name}: WARNING: ${failed} of ${total} computed checksums did NOT match\n`);
  return failed === 0;
}
