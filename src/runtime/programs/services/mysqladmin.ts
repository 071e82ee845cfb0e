import type { Applet } from '../../shell/applets/types.ts';
import { listeningProcesses } from './listening.ts';
import { requestShutdown } from './mysqld.ts';

/**
 * mysqladmin, for the one command the mysql entrypoint needs before networking exists:
 * `shutdown` over the server's unix socket (found by the socket path the server bound), then it
 * waits for the server to go, as mysqladmin waits for the pid file to disappear.
 */
const mysqladmin: Applet = {
  async run(ctx) {
    const args = ctx.argv.slice(1);
    const socket = args.find((a) => a.startsWith('--socket='))?.slice(9) ?? '/var/run/mysqld/mysqld.sock';
    const commands = args.filter((a) => !a.startsWith('-'));
    if (commands.length !== 1 || commands[0] !== 'shutdown') {
      await ctx.stderr.write(`lab: mysqladmin ${commands.join(' ') || '(no command)'} is not implemented in the lab yet (only shutdown is)\n`);
      return 1;
    }
    const server = listeningProcesses(ctx.kernel).find((h) => h.proc.ns.mnt === ctx.proc.ns.mnt && h.sockets.some((s) => s.proto === 'unix' && s.address === socket));
    if (!server) {
      await ctx.stderr.write(`mysqladmin: connect to server at 'localhost' failed\nerror: 'Can't connect to local MySQL server through socket '${socket}' (2)'\nCheck that mysqld is running and that the socket: '${socket}' exists!\n`);
      return 1;
    }
    requestShutdown(ctx, server.proc);
    await ctx.proc.wait<unknown>((resolve) => {
      void server.proc.exited.then(resolve);
      return () => {};
    });
    return 0;
  },
};

export default mysqladmin;
