import type { Command } from '../command.ts';

const HUB = 'https://index.docker.io/v1/';

/** `docker login`: the lab is offline, so any registry is unreachable (after the same argument checks as the CLI). */
const login: Command = async (call) => {
  const o = call.opts;
  if (o.changed('password') && o.bool('password-stdin')) {
    await call.err('--password and --password-stdin are mutually exclusive\n');
    return 1;
  }
  if (o.bool('password-stdin') && !o.changed('username')) {
    await call.err('Must provide --username with --password-stdin\n');
    return 1;
  }
  const server = call.args[0] ?? HUB;
  const host = server.replace(/^https?:\/\//, '').split('/')[0]!;
  // An empty password (from -p or --password-stdin) makes the CLI prompt for one.
  let password = o.str('password');
  if (o.bool('password-stdin')) password = (await call.ctx.stdin.readAll()).replace(/\r?\n$/, '');
  if ((!o.changed('username') || password === '') && !call.ctx.stdin.tty) {
    await call.err('Error: Cannot perform an interactive login from a non TTY device\n');
    return 1;
  }
  const url = server === HUB || host === 'docker.io' || host === 'index.docker.io' ? 'https://registry-1.docker.io/v2/' : `https://${host}/v2/`;
  const lookup = url.slice(8, url.indexOf('/', 8)).replace(/:\d+$/, '');
  await call.err(`Error response from daemon: Get "${url}": dial tcp: lookup ${lookup}: no such host\n`);
  return 1;
};

export default login;
