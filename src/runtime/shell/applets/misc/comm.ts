import { errText, fail, q, usageError } from '../errors.ts';
import { getopt } from '../getopt.ts';
import { notInBusybox } from './not-in-busybox.ts';
import type { Applet } from '../types.ts';
import { STD_LONGS, stdOptions } from './coreutils-info.ts';
import { quote } from './locale-quote.ts';
import { readInput, splitLines } from './read-input.ts';

/** Byte comparison of two lines (the C locale's memcmp order). */
const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** comm (coreutils 9.1): -123, --check-order / --nocheck-order, --output-delimiter, --total, -z. */
const comm: Applet = {
  async run(ctx) {
    if (ctx.flavor === 'busybox') return notInBusybox(ctx);
    let opts;
    try {
      opts = getopt(ctx.argv.slice(1), {
        short: '123z',
        long: { 'check-order': {}, 'nocheck-order': {}, 'output-delimiter': { arg: 'required' }, total: {}, 'zero-terminated': { key: 'z' }, ...STD_LONGS },
      });
    } catch (e) {
      return usageError(ctx, e);
    }
    const std = await stdOptions(ctx, 'comm', opts.list);
    if (std !== undefined) return std;
    const show = [true, true, true];
    let check: 'default' | 'on' | 'off' = 'default';
    let sep: string | undefined;
    let total = false;
    let delim = '\n';
    for (const [k, v] of opts.list) {
      if (k === '1' || k === '2' || k === '3') show[Number(k) - 1] = false;
      else if (k === 'check-order') check = 'on';
      else if (k === 'nocheck-order') check = 'off';
      else if (k === 'total') total = true;
      else if (k === 'z') delim = '\0';
      else if (k === 'output-delimiter') {
        const s = v === '' ? '\0' : v!;
        if (sep !== undefined && sep !== s) {
          await fail(ctx, 'multiple output delimiters specified');
          return 1;
        }
        sep = s;
      }
    }
    const ops = opts.operands;
    if (ops.length !== 2) {
      if (ops.length > 2) await fail(ctx, `extra operand ${quote(ops[2]!)}`);
      else await fail(ctx, ops.length === 0 ? 'missing operand' : `missing operand after ${quote(ops[0]!)}`);
      await ctx.stderr.write("Try 'comm --help' for more information.\n");
      return 1;
    }
    const col = sep ?? '\t';
    const lines: string[][] = [];
    for (const f of ops) {
      try {
        lines.push(splitLines(await readInput(ctx, f), delim));
      } catch (e) {
        await fail(ctx, `${q(f)}: ${errText(e)}`);
        return 1;
      }
    }
    const warned = [false, false];
    let unpairable = false;
    let out = '';
    const checkOrder = async (prev: string, cur: string, which: number): Promise<boolean> => {
      if (check === 'off' || (check === 'default' && !unpairable) || warned[which]) return true;
      if (cmp(prev, cur) > 0) {
        await ctx.stdout.write(out);
        out = '';
        await fail(ctx, `file ${which + 1} is not in sorted order`);
        if (check === 'on') return false;
        warned[which] = true;
      }
      return true;
    };
    const counts = [0, 0, 0];
    const pos = [0, 0];
    while (pos[0]! < lines[0]!.length || pos[1]! < lines[1]!.length) {
      const a = lines[0]![pos[0]!];
      const b = lines[1]![pos[1]!];
      const order = a === undefined ? 1 : b === undefined ? -1 : cmp(a, b);
      if (order === 0) {
        counts[2]!++;
        if (show[2]) out += (show[0] ? col : '') + (show[1] ? col : '') + b + delim;
      } else {
        unpairable = true;
        if (order < 0) {
          counts[0]!++;
          if (show[0]) out += a + delim;
        } else {
          counts[1]!++;
          if (show[1]) out += (show[0] ? col : '') + b + delim;
        }
      }
      for (const i of [0, 1]) {
        if (i === 0 ? order > 0 : order < 0) continue;
        const p = ++pos[i]!;
        const l = lines[i]!;
        // at EOF the last pair is checked again: an unpairable line may have turned checks on since
        const ok = p < l.length ? await checkOrder(l[p - 1]!, l[p]!, i) : p >= 2 ? await checkOrder(l[p - 2]!, l[p - 1]!, i) : true;
        if (!ok) return 1;
      }
      if (out.length > 8192) {
        await ctx.stdout.write(out);
        out = '';
      }
    }
    if (total) out += `${counts[0]}${col}${counts[1]}${col}${counts[2]}${col}total${delim}`;
    await ctx.stdout.write(out);
    if (warned[0] || warned[1]) {
      await fail(ctx, 'input is not in sorted order');
      return 1;
    }
    return 0;
  },
};
export default comm;
