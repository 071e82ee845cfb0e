import type { Applet } from '../types.ts';
import { AccountDb, today } from './account-db.ts';
import { hashPassword } from './crypt.ts';
import { rootFlag, shadowOpts } from './shadow-opts.ts';

const R = 'required' as const;
const LONG = { 'crypt-method': { arg: R, key: 'c' }, encrypted: { key: 'e' }, help: { key: 'h' }, md5: { key: 'm' }, root: { arg: R, key: 'R' }, 'sha-rounds': { arg: R, key: 's' } };

/**
 * chpasswd (shadow-utils 4.8.1 with PAM, as Ubuntu builds it): USER:PASSWORD lines on stdin.
 * Clear-text passwords go through PAM (yescrypt); -e stores the given hash, -c/-m crypt locally.
 */
const chpasswd: Applet = {
  async run(ctx) {
    const opts = await shadowOpts(ctx, { short: 'c:ehmR:s:', long: LONG });
    if (typeof opts === 'number') return opts;
    const v = new Map(opts.list);
    const err = (msg: string) => ctx.stderr.write(`${ctx.name}: ${msg}\n`);
    if (v.has('R')) return rootFlag(ctx, v.get('R')!);
    const method = v.get('c');
    if (method !== undefined && !['NONE', 'DES', 'MD5', 'SHA256', 'SHA512'].includes(method)) {
      await err(`unsupported crypt method: ${method}`);
      return 1;
    }
    if (ctx.proc.creds.uid !== 0) {
      await err('PAM: Authentication failure');
      return 1;
    }
    const usePam = !v.has('e') && method === undefined && !v.has('m');
    const db = new AccountDb(ctx);
    let errors = 0;
    let lineNo = 0;
    for (;;) {
      const line = await ctx.stdin.readLine();
      if (line === null) break;
      lineNo++;
      await ctx.tick();
      if (line === '') continue;
      const colon = line.indexOf(':');
      if (colon < 0) {
        await err(`line ${lineNo}: missing new password`);
        errors++;
        continue;
      }
      const name = line.slice(0, colon);
      const pass = line.slice(colon + 1);
      const pw = db.user(name);
      if (usePam) {
        if (!pw) {
          await err(`(user ${name}) pam_chauthtok() failed, error:\nAuthentication token manipulation error`);
          await err(`(line ${lineNo}, user ${name}) password not changed`);
          errors++;
          continue;
        }
      } else if (!pw) {
        await err(`line ${lineNo}: user '${name}' does not exist`);
        errors++;
        continue;
      }
      const stored = v.has('e') || method === 'NONE' ? pass : hashPassword(ctx, pass, usePam ? 'yescrypt' : 'sha512');
      const sp = db.shadow.find(name);
      if (sp) {
        sp[1] = stored;
        sp[2] = String(today(ctx));
      } else pw![1] = stored;
    }
    if (errors && !usePam) {
      await err('error detected, changes ignored');
      return 1;
    }
    db.save();
    return errors ? 1 : 0;
  },
};
export default chpasswd;
