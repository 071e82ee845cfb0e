import { hostOf } from '../../../daemon/host-link.ts';
import { servicesOf } from '../../../services/boot.ts';
import type { ServiceManager } from '../../../services/manager.ts';
import type { Applet, AppletContext } from '../types.ts';
import { runInstall, runJobs } from './systemctl-jobs.ts';
import { parseSystemctl, type SystemctlOpts, SystemctlUsage } from './systemctl-opts.ts';
import { listUnitFiles, show } from './systemctl-files.ts';
import { cat, isState, listUnits, status } from './systemctl-query.ts';
import { AUTH_REQUIRED, isRoot } from './systemd-text.ts';

type VerbFn = (ctx: AppletContext, m: ServiceManager, o: SystemctlOpts) => Promise<number>;

async function daemonReload(ctx: AppletContext, m: ServiceManager): Promise<number> {
  if (!isRoot(ctx)) {
    await ctx.stderr.write(`Failed to reload daemon: ${AUTH_REQUIRED}\n`);
    return 1;
  }
  m.daemonReload();
  return 0;
}

async function resetFailed(ctx: AppletContext, m: ServiceManager, o: SystemctlOpts): Promise<number> {
  if (!isRoot(ctx)) {
    await ctx.stderr.write(`Failed to reset failed state of unit ${o.args[0] ?? ''}: ${AUTH_REQUIRED}\n`);
    return 1;
  }
  const units = o.args.length ? o.args.map((a) => m.unit(a)).filter((u) => u !== undefined) : [...m.units.values()];
  for (const u of units) m.resetFailed(u);
  return 0;
}

const VERBS: Record<string, VerbFn> = {
  start: (c, m, o) => runJobs(c, m, 'start', o),
  stop: (c, m, o) => runJobs(c, m, 'stop', o),
  restart: (c, m, o) => runJobs(c, m, 'restart', o),
  reload: (c, m, o) => runJobs(c, m, 'reload', o),
  'try-restart': (c, m, o) => runJobs(c, m, 'try-restart', o),
  enable: (c, m, o) => runInstall(c, m, 'enable', o),
  disable: (c, m, o) => runInstall(c, m, 'disable', o),
  status,
  'is-active': (c, m, o) => isState(c, m, 'is-active', o),
  'is-failed': (c, m, o) => isState(c, m, 'is-failed', o),
  'is-enabled': (c, m, o) => isState(c, m, 'is-enabled', o),
  'list-units': listUnits,
  'list-unit-files': listUnitFiles,
  show,
  cat,
  'daemon-reload': (c, m) => daemonReload(c, m),
  'reset-failed': resetFailed,
};

const VERSION = 'systemd 249 (249.11-0ubuntu3.12)\n+PAM +AUDIT +SELINUX +APPARMOR +IMA +SMACK +SECCOMP +GCRYPT +GNUTLS +OPENSSL +ACL +BLKID +CURL +ELFUTILS +FIDO2 +IDN2 -IDN +IPTC +KMOD +LIBCRYPTSETUP +LIBFDISK +PCRE2 -PWQUALITY -P11KIT -QRENCODE +BZIP2 +LZ4 +XZ +ZLIB +ZSTD -XKBCOMMON +UTMP +SYSVINIT default-hierarchy=unified\n';

/** systemctl (systemd 249): talks to the host's service manager (PID 1). */
const systemctl: Applet = {
  async run(ctx) {
    if (ctx.argv[1] === '--version') {
      await ctx.stdout.write(VERSION);
      return 0;
    }
    if (ctx.argv.slice(1).some((a) => a === '--help' || a === '-h')) {
      await ctx.stderr.write('systemctl: --help is not built in the lab yet\n');
      return 1;
    }
    let o: SystemctlOpts;
    try {
      o = parseSystemctl(ctx.argv.slice(1));
    } catch (e) {
      if (!(e instanceof SystemctlUsage)) throw e;
      await ctx.stderr.write(`${e.message}\n`);
      return 1;
    }
    const verb = o.args.shift() ?? 'list-units';
    const fn = VERBS[verb];
    if (!fn) {
      await ctx.stderr.write(`Unknown command verb ${verb}.\n`);
      return 1;
    }
    const m = servicesOf(hostOf(ctx.kernel));
    if (!m || ctx.proc.ns.pid !== hostOf(ctx.kernel).rootNs.pid) {
      await ctx.stderr.write("System has not been booted with systemd as init system (PID 1). Can't operate.\nFailed to connect to bus: Host is down\n");
      return 1;
    }
    return fn(ctx, m, o);
  },
};

export default systemctl;
