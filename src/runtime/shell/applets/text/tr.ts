import type { Applet } from '../types.ts';
import { lquote } from './locale.ts';
import { caseClassStarts, expand, fixedLength, parseSet, TrError, type Elem } from './tr-sets.ts';
import { busyboxUsage, parseOpts, usageFail } from './usage.ts';
import { busyboxHelp, helpOrVersion, HELP_LONGS } from './gnu-info.ts';

const LONGS = { complement: { key: 'c' }, delete: { key: 'd' }, 'squeeze-repeats': { key: 's' }, 'truncate-set1': { key: 't' } };

/** tr [-cdst] SET1 [SET2]: stdin to stdout. */
const tr: Applet = {
  async run(ctx) {
    const bb = ctx.flavor === 'busybox';
    const bbHelp = await busyboxHelp(ctx);
    if (bbHelp !== undefined) return bbHelp;
    const opts = await parseOpts(ctx, ctx.argv.slice(1), { short: bb ? 'cCds' : 'cCdst', long: bb ? {} : { ...LONGS, ...HELP_LONGS } }, 1, true);
    if (typeof opts === 'number') return opts;
    const info = await helpOrVersion(ctx, opts);
    if (info !== undefined) return info;
    const has = (k: string) => opts.list.some(([x]) => x === k);
    const comp = has('c') || has('C');
    const del = has('d');
    const squeeze = has('s');
    const trunc = has('t');
    const ops = opts.operands;
    const translating = !del && ops.length === 2;
    if (bb && ops.length === 0) {
      await busyboxUsage(ctx);
      return 1;
    }
    if (!bb) {
      const min = del && squeeze ? 2 : del || squeeze ? 1 : 2;
      const max = del && !squeeze ? 1 : 2;
      if (ops.length < min) {
        if (ops.length === 0) return usageFail(ctx, 'missing operand');
        const why = squeeze && del ? 'Two strings must be given when both deleting and squeezing repeats.' : 'Two strings must be given when translating.';
        return usageFail(ctx, `missing operand after ${lquote(ctx, ops[ops.length - 1]!)}\n${why}`);
      }
      if (ops.length > max) {
        const extra = max === 1 ? '\nOnly one string may be given when deleting without squeezing repeats.' : '';
        return usageFail(ctx, `extra operand ${lquote(ctx, ops[max]!)}${extra}`);
      }
    }
    let plan: Plan;
    const warn: string[] = [];
    try {
      plan = makePlan(ops, { comp, del, squeeze, trunc, translating, bb }, warn);
    } catch (e) {
      if (!(e instanceof TrError)) throw e;
      for (const w of warn) await ctx.stderr.write(`tr: ${w}\n`);
      warn.length = 0;
      if (bb) plan = { xlate: null, delete: null, squeeze: null };
      else {
        await ctx.stderr.write(`tr: ${e.message}\n`);
        return 1;
      }
    }
    for (const w of warn) await ctx.stderr.write(`tr: ${w}\n`);
    let last = -1;
    for (;;) {
      const chunk = await ctx.stdin.read();
      if (chunk === null) break;
      let out = '';
      for (let i = 0; i < chunk.length; i++) {
        let c = chunk.charCodeAt(i);
        if (plan.delete?.[c]) continue;
        if (plan.xlate) c = plan.xlate[c]!;
        if (plan.squeeze?.[c] && c === last) continue;
        last = c;
        out += String.fromCharCode(c);
      }
      await ctx.stdout.write(out);
      await ctx.tick(1);
    }
    return 0;
  },
};
export default tr;

interface Plan {
  xlate: number[] | null;
  delete: boolean[] | null;
  squeeze: boolean[] | null;
}

interface Flags {
  comp: boolean;
  del: boolean;
  squeeze: boolean;
  trunc: boolean;
  translating: boolean;
  bb: boolean;
}

const member = (chars: number[]): boolean[] => {
  const m = new Array<boolean>(256).fill(false);
  for (const c of chars) m[c] = true;
  return m;
};

function makePlan(ops: string[], f: Flags, warn: string[]): Plan {
  const e1 = parseSet(ops[0] ?? '', warn, f.bb);
  const e2: Elem[] | undefined = ops[1] !== undefined ? parseSet(ops[1], warn, f.bb) : undefined;
  if (e1.some((e) => e.kind === 'repeat' && e.count === 0)) throw new TrError('the [c*] repeat construct may not appear in string1');
  let s1 = expand(e1);
  if (f.comp) {
    const m = member(s1);
    s1 = [];
    for (let c = 0; c < 256; c++) if (!m[c]) s1.push(c);
  }
  let s2: number[] = [];
  if (e2) {
    const indefinite = e2.filter((e) => e.kind === 'repeat' && e.count === 0).length;
    if (indefinite > 1) throw new TrError('only one [c*] repeat construct may appear in string2');
    if (f.translating) {
      if (e2.some((e) => e.kind === 'equiv')) throw new TrError('[=c=] expressions may not appear in string2 when translating');
      if (e2.some((e) => e.kind === 'class' && e.name !== 'upper' && e.name !== 'lower')) throw new TrError("when translating, the only character classes that may appear in\nstring2 are 'upper' and 'lower'");
      if (!f.comp) {
        const starts1 = caseClassStarts(e1);
        for (const [off, isCase] of caseClassStarts(e2)) if (isCase && !starts1.get(off)) throw new TrError('misaligned [:upper:] and/or [:lower:] construct');
      }
      const fixed = fixedLength(e2);
      s2 = expand(e2, Math.max(0, s1.length - fixed));
      if (s1.length > s2.length && !f.trunc) {
        if (s2.length === 0) throw new TrError('when not truncating set1, string2 must be non-empty');
        if (e2[e2.length - 1]?.kind === 'class') throw new TrError('when translating with string1 longer than string2,\nthe latter string must not end with a character class');
        while (s2.length < s1.length) s2.push(s2[s2.length - 1]!);
      }
      if (f.comp && e1.some((e) => e.kind === 'class') && !(s2.length === s1.length && new Set(s2).size <= 1)) {
        throw new TrError('when translating with complemented character classes,\nstring2 must map all characters in the domain to one');
      }
    } else {
      if (indefinite) throw new TrError('the [c*] construct may appear in string2 only when translating');
      s2 = expand(e2);
    }
  }
  const plan: Plan = { xlate: null, delete: null, squeeze: null };
  if (f.del) plan.delete = member(s1);
  if (f.translating) {
    const x = Array.from({ length: 256 }, (_, i) => i);
    const n = Math.min(s1.length, s2.length);
    for (let i = 0; i < n; i++) x[s1[i]!] = s2[i]!;
    plan.xlate = x;
  }
  if (f.squeeze) plan.squeeze = member(e2 ? s2 : s1);
  return plan;
}
