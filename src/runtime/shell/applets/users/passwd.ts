import type { Applet, AppletContext } from '../types.ts';
import { AccountDb, asRoot, today, validName } from './account-db.ts';
import { checkPassword, hashPassword } from './crypt.ts';
import { readSecret } from './secret-input.ts';
import { rootFlag, shadowOpts, shadowUsage } from './shadow-opts.ts';

const R = 'required' as const;
const LONG = {
  all: { key: 'a' }, delete: { key: 'd' }, expire: { key: 'e' }, help: { key: 'h' }, 'keep-tokens': { key: 'k' }, inactive: { arg: R, key: 'i' },
  lock: { key: 'l' }, mindays: { arg: R, key: 'n' }, quiet: { key: 'q' }, repository: { arg: R, key: 'r' }, root: { arg: R, key: 'R' },
  status: { key: 'S' }, unlock: { key: 'u' }, warndays: { arg: R, key: 'w' }, maxdays: { arg: R, key: 'x' },
};

/** passwd -S's date: the day of the last change as 4.8.1's date_to_str prints it (%m/%d/%Y). */
function day(n: string): string {
  if (n === '' || Number(n) < 0) return 'never';
  const d = new Date(Number(n) * 86400000);
  const p = (x: number) => String(x).padStart(2, '0');
  return `${p(d.getUTCMonth() + 1)}/${p(d.getUTCDate())}/${d.getUTCFullYear()}`;
}

function status(sp: string[]): string {
  const pw = sp[1] ?? '';
  const st = pw.startsWith('!') || pw.startsWith('*') ? 'L' : pw === '' ? 'NP' : 'P';
  const n = (s: string | undefined) => (s === undefined || s === '' ? '-1' : s);
  return `${sp[0]} ${st} ${day(sp[2] ?? '')} ${n(sp[3])} ${n(sp[4])} ${n(sp[5])} ${n(sp[6])}\n`;
}

/** passwd (shadow-utils 4.8.1 + PAM): status, lock/unlock/delete, aging, and changing a password. */
const passwd: Applet = {
  async run(ctx) {
    const opts = await shadowOpts(ctx, { short: 'adehki:ln:qr:R:Suw:x:', long: LONG });
    if (typeof opts === 'number') return opts;
    const v = new Map(opts.list);
    const err = async (msg: string, code: number) => {
      await ctx.stderr.write(`${ctx.name}: ${msg}\n`);
      return code;
    };
    if (v.has('R')) return rootFlag(ctx, v.get('R')!);
    for (const k of ['i', 'n', 'w', 'x']) if (v.has(k) && !/^-?\d+$/.test(v.get(k)!)) return err(`invalid numeric argument '${v.get(k)}'`, 2);
    const amroot = ctx.proc.creds.uid === 0;
    const db = asRoot(ctx, () => new AccountDb(ctx));
    const modify = ['l', 'u', 'd', 'e', 'i', 'n', 'w', 'x'].filter((k) => v.has(k));
    if (v.has('a') && !v.has('S')) return shadowUsage(ctx, 2);
    if (opts.operands.length > 1 || (v.has('a') && opts.operands.length) || (v.has('S') && modify.length)) return shadowUsage(ctx, 2);
    if (['l', 'u', 'd'].filter((k) => v.has(k)).length > 1) return shadowUsage(ctx, 2);
    if (v.has('S') && v.has('a')) {
      if (!amroot) return err('Permission denied.', 1);
      for (const r of db.passwd.rows) await ctx.stdout.write(status(db.shadow.find(r[0]!) ?? [r[0]!, r[1]!]));
      return 0;
    }
    const me = db.userByUid(ctx.proc.creds.uid)?.[0];
    if (me === undefined) return err('Cannot determine your user name.', 1);
    const name = opts.operands[0] ?? me;
    if (!validName(name)) return err('Provided user name is not a valid name', 1);
    const pw = db.user(name);
    if (!pw) return err(`user '${name}' does not exist`, 1);
    if (!amroot && Number(pw[2]) !== ctx.proc.creds.uid) return err(`You may not view or modify password information for ${name}.`, 1);
    if (modify.length && !amroot) return err('Permission denied.', 1);
    const sp = db.shadow.find(name) ?? [name, pw[1]!, '', '', '', '', '', '', ''];
    if (v.has('S')) {
      await ctx.stdout.write(status(sp));
      return 0;
    }
    if (modify.length) {
      if (v.has('l') && !sp[1]!.startsWith('!')) sp[1] = `!${sp[1]}`;
      if (v.has('u') && sp[1]!.startsWith('!')) {
        if (sp[1] === '!') return err("unlocking the password would result in a passwordless account.\nYou should set a password with usermod -p to unlock the password of this account.", 3);
        sp[1] = sp[1]!.slice(1);
      }
      if (v.has('d')) sp[1] = '';
      if (v.has('e')) sp[2] = '0';
      if (v.has('n')) sp[3] = v.get('n')!;
      if (v.has('x')) sp[4] = v.get('x')!;
      if (v.has('w')) sp[5] = v.get('w')!;
      if (v.has('i')) sp[6] = v.get('i')!;
      db.save();
      if (!v.has('q')) await ctx.stdout.write(`${ctx.name}: password expiry information changed.\n`);
      return 0;
    }
    return changePassword(ctx, db, sp, amroot, v.has('q'));
  },
};
export default passwd;

/** pam_chauthtok through pam_unix: prompts on stderr, reading stdin (a pipe works as well as a tty). */
async function changePassword(ctx: AppletContext, db: AccountDb, sp: string[], amroot: boolean, quiet: boolean): Promise<number> {
  const failed = async (why: string) => {
    await ctx.stderr.write(`${ctx.name}: ${why}\n${ctx.name}: password unchanged\n`);
    return 10;
  };
  if (!amroot) {
    if (!quiet) await ctx.stdout.write(`Changing password for ${sp[0]}.\n`);
    const current = await readSecret(ctx, 'Current password: ');
    if (current === null || !checkPassword(sp[1]!, current)) return failed('Authentication token manipulation error');
  }
  const first = await readSecret(ctx, 'New password: ');
  if (first === null) return failed('Authentication token manipulation error');
  if (first === '') {
    await ctx.stderr.write('No password has been supplied.\n');
    return failed('Authentication token manipulation error');
  }
  const second = await readSecret(ctx, 'Retype new password: ');
  if (second === null) return failed('Authentication token manipulation error');
  if (first !== second) {
    await ctx.stderr.write('Sorry, passwords do not match.\n');
    return failed('Authentication token manipulation error');
  }
  sp[1] = hashPassword(ctx, first);
  sp[2] = String(today(ctx));
  if (db.shadow.find(sp[0]!) === undefined) db.user(sp[0]!)![1] = sp[1];
  asRoot(ctx, () => db.save());
  await ctx.stderr.write(`${ctx.name}: password updated successfully\n`);
  return 0;
}
