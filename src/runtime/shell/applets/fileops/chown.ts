import type { Stat } from '../../../kernel/fs/types.ts';
import { errText, qa, usageError } from '../errors.ts';
import { getopt, OptError } from '../getopt.ts';
import type { Applet, AppletContext } from '../types.ts';
import { type IdDb, loadIds, parseGroup, parseUser } from './ids.ts';
import { childrenOf, joinName } from './paths.ts';

/** What to set: ids (-1 = keep) and the names verbose output shows (null = not requested). */
interface Want {
  uid: number;
  gid: number;
  user: string | null;
  group: string | null;
}

interface Run {
  want: Want;
  db: IdDb;
  verbose: 'off' | 'changes' | 'all';
  quiet: boolean;
  recursive: boolean;
  deref: boolean;
  chgrp: boolean;
}

/** chown [-cfhvR] OWNER[:[GROUP]] FILE... and chgrp [-cfhvR] GROUP FILE... (shared code, as coreutils). */
const chown: Applet = {
  async run(ctx) {
    const chgrp = ctx.name === 'chgrp';
    let p;
    try {
      p = getopt(ctx.argv.slice(1), {
        short: 'HLPRcfhv',
        long: {
          changes: { key: 'c' }, dereference: {}, 'no-dereference': { key: 'h' }, from: { arg: 'required' },
          'preserve-root': {}, 'no-preserve-root': {}, quiet: { key: 'f' }, silent: { key: 'f' },
          reference: { arg: 'required' }, recursive: { key: 'R' }, verbose: { key: 'v' },
        },
      });
    } catch (e) {
      return usageError(ctx, e);
    }
    const db = loadIds(ctx);
    let deref: boolean | undefined;
    let traversal = 'P';
    const r: Omit<Run, 'want' | 'deref'> = { db, verbose: 'off', quiet: false, recursive: false, chgrp };
    let ref: string | undefined;
    for (const [k, v] of p.list) {
      if (k === 'c') r.verbose = 'changes';
      else if (k === 'v') r.verbose = 'all';
      else if (k === 'f') r.quiet = true;
      else if (k === 'R') r.recursive = true;
      else if (k === 'h') deref = false;
      else if (k === 'dereference') deref = true;
      else if (k === 'H' || k === 'L' || k === 'P') traversal = k;
      else if (k === 'reference') ref = v;
    }
    if (r.recursive && traversal === 'P') {
      if (deref === true) {
        await ctx.stderr.write(`${ctx.name}: -R --dereference requires either -H or -L\n`);
        return 1;
      }
      deref = false;
    }
    const ops = [...p.operands];
    let want: Want;
    if (ref !== undefined) {
      let st: Stat;
      try {
        st = ctx.fs.stat(ref);
      } catch (e) {
        await ctx.stderr.write(`${ctx.name}: failed to get attributes of ${qa(ref)}: ${errText(e)}\n`);
        return 1;
      }
      want = { uid: chgrp ? -1 : st.uid, gid: st.gid, user: chgrp ? null : nameU(db, st.uid), group: nameG(db, st.gid) };
      if (ops.length === 0) return usageError(ctx, new OptError('missing operand'));
    } else {
      if (ops.length === 0) return usageError(ctx, new OptError('missing operand'));
      const spec = ops.shift()!;
      if (ops.length === 0) return usageError(ctx, new OptError(`missing operand after ${qa(spec)}`));
      const w = chgrp ? groupSpec(db, spec) : await ownerSpec(ctx, db, spec);
      if (typeof w === 'string') {
        await ctx.stderr.write(`${ctx.name}: ${w}\n`);
        return 1;
      }
      want = w;
    }
    const run: Run = { ...r, want, deref: deref ?? true };
    let ok = true;
    for (const f of ops) ok = (await change(ctx, run, f)) && ok;
    return ok ? 0 : 1;
  },
};
export default chown;

const nameU = (db: IdDb, id: number) => db.userName(id) ?? String(id);
const nameG = (db: IdDb, id: number) => db.groupName(id) ?? String(id);

function groupSpec(db: IdDb, spec: string): Want | string {
  if (spec === '') return { uid: -1, gid: -1, user: null, group: null };
  const gid = parseGroup(db, spec);
  if (gid === undefined) return `invalid group: ${qa(spec)}`;
  return { uid: -1, gid, user: null, group: spec };
}

/** parse_user_spec_warn: USER, USER:GROUP, USER:, :GROUP, and the old USER.GROUP with a warning. */
async function ownerSpec(ctx: AppletContext, db: IdDb, spec: string): Promise<Want | string> {
  let colon = spec.indexOf(':');
  let warnDot = false;
  if (colon < 0 && spec.includes('.') && parseUser(db, spec) === undefined) {
    colon = spec.indexOf('.');
    warnDot = true;
  }
  const u = colon < 0 ? spec : spec.slice(0, colon);
  const g = colon < 0 ? '' : spec.slice(colon + 1);
  const want: Want = { uid: -1, gid: -1, user: null, group: null };
  if (u !== '') {
    const uid = parseUser(db, u);
    if (uid === undefined) return `invalid user: ${qa(spec)}`;
    want.uid = uid;
    want.user = u;
    if (colon >= 0 && g === '') {
      const pg = db.userGroup(u);
      if (pg === undefined) return `invalid spec: ${qa(spec)}`;
      want.gid = pg;
      want.group = nameG(db, pg);
    }
  }
  if (g !== '') {
    const gid = parseGroup(db, g);
    if (gid === undefined) return `invalid group: ${qa(spec)}`;
    want.gid = gid;
    want.group = g;
    if (u === '') want.user = '';
  }
  if (warnDot) await ctx.stderr.write(`${ctx.name}: warning: '.' should be ':': ${qa(spec)}\n`);
  return want;
}

async function change(ctx: AppletContext, r: Run, file: string): Promise<boolean> {
  let st: Stat;
  try {
    st = r.deref ? ctx.fs.stat(file) : ctx.fs.lstat(file);
  } catch (e) {
    if (!r.quiet) await ctx.stderr.write(`${ctx.name}: cannot access ${qa(file)}: ${errText(e)}\n`);
    return false;
  }
  let ok = true;
  if (r.recursive && st.type === 'dir') {
    for (const n of safeChildren(ctx, file)) {
      await ctx.tick();
      ok = (await change(ctx, { ...r, deref: false }, joinName(file, n))) && ok;
    }
  }
  const { want, db } = r;
  const uid = want.uid < 0 ? st.uid : want.uid;
  const gid = want.gid < 0 ? st.gid : want.gid;
  const requested = uid !== st.uid || gid !== st.gid;
  let failed = false;
  if (requested || want.uid >= 0 || want.gid >= 0) {
    try {
      if (want.uid >= 0 || want.gid >= 0) ctx.fs.chown(file, want.uid, want.gid, r.deref);
    } catch (e) {
      failed = true;
      if (!r.quiet) await ctx.stderr.write(`${ctx.name}: changing ${r.chgrp ? 'group' : 'ownership'} of ${qa(file)}: ${errText(e)}\n`);
    }
  }
  if (r.verbose === 'all' || (r.verbose === 'changes' && requested && !failed)) await ctx.stdout.write(describe(file, st, want, db, failed ? 'failed' : requested ? 'changed' : 'kept'));
  return ok && !failed;
}

function safeChildren(ctx: AppletContext, dir: string): string[] {
  try {
    return childrenOf(ctx, dir);
  } catch {
    return [];
  }
}

/** describe_change from chown-core.c. */
function describe(file: string, st: Stat, w: Want, db: IdDb, what: 'failed' | 'changed' | 'kept'): string {
  const spec = (u: string | null, g: string | null) => (u !== null ? (g !== null ? `${u}:${g}` : u) : g);
  const newSpec = spec(w.user, w.group);
  const oldSpec = spec(w.user !== null ? nameU(db, st.uid) : null, w.group !== null ? nameG(db, st.gid) : null);
  const f = qa(file);
  if (what === 'changed') {
    if (w.user !== null) return `changed ownership of ${f} from ${oldSpec} to ${newSpec}\n`;
    if (w.group !== null) return `changed group of ${f} from ${oldSpec} to ${newSpec}\n`;
    return `no change to ownership of ${f}\n`;
  }
  if (what === 'failed') {
    if (w.user !== null) return `failed to change ownership of ${f} from ${oldSpec} to ${newSpec}\n`;
    if (w.group !== null) return `failed to change group of ${f} from ${oldSpec} to ${newSpec}\n`;
    return `failed to change ownership of ${f}\n`;
  }
  if (w.user !== null) return `ownership of ${f} retained as ${newSpec}\n`;
  if (w.group !== null) return `group of ${f} retained as ${newSpec}\n`;
  return `ownership of ${f} retained\n`;
}
