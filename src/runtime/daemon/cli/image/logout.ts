import type { Command } from '../command.ts';

/** `docker logout [SERVER]`: nothing is ever stored in the lab, which the CLI reports like an absent credential. */
const logout: Command = async (call) => {
  const server = call.args[0];
  if (server === undefined || ['docker.io', 'index.docker.io', 'registry-1.docker.io', 'https://index.docker.io/v1/'].includes(server)) {
    await call.out('Removing login credentials for https://index.docker.io/v1/\n');
    return 0;
  }
  const host = server.replace(/^https?:\/\//, '').replace(/\/.*$/, '');
  await call.out(`Removing login credentials for ${host}\n`);
  return 0;
};

export default logout;
