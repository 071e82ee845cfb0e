import { errText, fail, q } from '../errors.ts';
import type { AppletContext } from '../types.ts';
import { blake2bHex } from './blake2b.ts';
import { DIGESTS, digestHex } from './checksums.ts';
import { readInput, splitLines } from './read-input.ts';

const TAGS = Object.fromEntries(Object.entries(DIGESTS).map(([k, v]) => [v.tag, k]));
const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/** cksum -c: verify `TAG (FILE) = HEX` lines (or untagged `HEX  FILE` with an explicit -a). */
export async function checkSums(ctx: AppletContext, lists: string[], algo: string, flags: Set<string>): Promise<number> {
  let status = 0;
  for (const list of lists) {
    const shown = list === '-' ? 'standard input' : list;
    let text: string;
    try {
      text = await readInput(ctx, list);
    } catch (e) {
      await fail(ctx, `${q(list)}: ${errText(e)}`);
      status = 1;
      continue;
    }
    let good = 0;
    let bad = 0;
    let unread = 0;
    let malformed = 0;
    let out = '';
    for (const line of splitLines(text)) {
      const tagged = /^\\?([A-Z0-9a-z]+(?:-\d+)?) \((.*)\) = ([0-9a-fA-F]+)$/.exec(line);
      const b2 = tagged ? /^BLAKE2b-(\d+)$/.exec(tagged[1]!) : null;
      if (b2 && tagged && (algo === 'crc' || algo === 'blake2b')) tagged[1] = 'BLAKE2b';
      const bits = b2 ? Number(b2[1]) : 512;
      const plain = /^\\?([0-9a-fA-F]+) [ *](.*)$/.exec(line);
      let a: string | undefined;
      let file = '';
      let want = '';
      if (tagged && TAGS[tagged[1]!] && (algo === 'crc' || TAGS[tagged[1]!] === algo)) (a = TAGS[tagged[1]!]), (file = tagged[2]!), (want = tagged[3]!);
      else if (plain && algo !== 'crc' && DIGESTS[algo]) (a = algo), (file = plain[2]!), (want = plain[1]!);
      else malformed++;
      const sum = (d: string) => (a === 'blake2b' && bits !== 512 ? blake2bHex(d, bits / 8) : digestHex(a!, d));
      if (a === undefined || want.length !== sum('').length) {
        if (a !== undefined) malformed++;
        continue;
      }
      let data: string;
      try {
        data = await readInput(ctx, file);
      } catch (e) {
        if (flags.has('ignore-missing') && errText(e) === 'No such file or directory') continue;
        await ctx.stdout.write(out);
        out = '';
        await fail(ctx, `${q(file)}: ${errText(e)}`);
        if (!flags.has('status')) out += `${file}: FAILED open or read\n`;
        unread++;
        continue;
      }
      if (sum(data) === want.toLowerCase()) {
        good++;
        if (!flags.has('quiet') && !flags.has('status')) out += `${file}: OK\n`;
      } else {
        bad++;
        if (!flags.has('status')) out += `${file}: FAILED\n`;
      }
    }
    await ctx.stdout.write(out);
    if (good + bad + unread === 0) {
      if (!flags.has('status')) await fail(ctx, `${q(shown)}: no properly formatted checksum lines found`);
      status = 1;
      continue;
    }
    if (!flags.has('status')) {
      if (malformed) await fail(ctx, `WARNING: ${plural(malformed, 'line is', 'lines are')} improperly formatted`);
      if (unread) await fail(ctx, `WARNING: ${plural(unread, 'listed file', 'listed files')} could not be read`);
      if (bad) await fail(ctx, `WARNING: ${plural(bad, 'computed checksum', 'computed checksums')} did NOT match`);
    }
    if (bad || unread || (malformed && flags.has('strict'))) status = 1;
  }
  return status;
}
