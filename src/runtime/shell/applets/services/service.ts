import { hostOf } from '../../../daemon/host-link.ts';
import { servicesOf } from '../../../services/boot.ts';
import type { Applet } from '../types.ts';

const USAGE = 'Usage: service < option > | --status-all | [ service_name [ command | --full-restart ] ]\n';

/**
 * Ubuntu's service(8) (init-system-helpers) on a systemd host: it hands the action to systemctl
 * for NAME.service, and for start/stop also to the sockets that trigger it (service docker stop
 * stops docker.socket too, unlike systemctl stop docker).
 */
const service: Applet = {
  async run(ctx) {
    const args = ctx.argv.slice(1);
    if (args.length === 0 || args[0] === '--help' || args[0] === '-h') {
      await ctx.stderr.write(USAGE);
      return args.length === 0 ? 1 : 0;
    }
    if (args[0] === '--status-all') {
      await ctx.stderr.write('service: --status-all is not built in the lab yet\n');
      return 1;
    }
    const name = args[0]!.replace(/\.sh$/, '');
    const action = args[1];
    const m = servicesOf(hostOf(ctx.kernel));
    const unit = m?.unit(`${name}.service`);
    if (!unit || unit.name !== `${name}.service` && !unit.config.aliases.includes(`${name}.service`)) {
      await ctx.stderr.write(`${name}: unrecognized service\n`);
      return 1;
    }
    const run = (argv: string[]) => ctx.spawn({ argv: ['systemctl', ...argv] });
    switch (action) {
      case 'restart':
      case 'status':
      case 'try-restart':
      case 'reload':
        return run([action, `${name}.service`]);
      case 'force-reload':
        return run(['restart', `${name}.service`]);
      case 'start':
      case 'stop': {
        const sock = m!.units.get(`${name}.socket`) ?? m!.unit(`${name}.socket`);
        if (sock) await run([action, sock.name]);
        return run([action, `${name}.service`]);
      }
      default:
        await ctx.stderr.write(`service: action '${action ?? ''}' for ${name} is not built in the lab yet (start, stop, restart, reload, status are)\n`);
        return 1;
    }
  },
};

export default service;
