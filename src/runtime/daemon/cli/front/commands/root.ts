// The root command: global options, the order of "Common Commands", CLI plugins of docker-ce.
import type { FlagDef } from '../types.ts';
import { f } from './flag.ts';

export const ROOT_USE = 'docker [OPTIONS] COMMAND [ARG...]';
export const ROOT_SHORT = 'A self-sufficient runtime for containers';
export const CLIENT_VERSION = 'Docker version 28.2.2, build e6534b4';

export const rootFlags: FlagDef[] = [
  f('', 'config', 'string', 'Location of client config files', '/root/.docker'),
  f('c', 'context', 'string', 'Name of the context to use to connect to the daemon (overrides DOCKER_HOST env var and default context set with "docker context use")'),
  f('D', 'debug', 'bool', 'Enable debug mode'),
  f('H', 'host', 'list', 'Daemon socket to connect to'),
  f('l', 'log-level', 'string', 'Set the logging level ("debug", "info", "warn", "error", "fatal")', 'info'),
  f('', 'tls', 'bool', 'Use TLS; implied by --tlsverify'),
  f('', 'tlscacert', 'string', 'Trust certs signed only by this CA', '/root/.docker/ca.pem'),
  f('', 'tlscert', 'string', 'Path to TLS certificate file', '/root/.docker/cert.pem'),
  f('', 'tlskey', 'string', 'Path to TLS key file', '/root/.docker/key.pem'),
  f('', 'tlsverify', 'bool', 'Use TLS and verify the remote'),
  f('v', 'version', 'bool', 'Print version information and quit'),
];

/** cobra keeps registration order for this group, not alphabetical order */
export const COMMON_ORDER = ['run', 'exec', 'ps', 'build', 'pull', 'push', 'images', 'login', 'logout', 'search', 'version', 'info'];

export interface PluginDef {
  name: string;
  short: string;
}

/** CLI plugins installed on the modelled docker-ce host (listed with a `*` in `docker --help`). */
export const PLUGINS: PluginDef[] = [
  { name: 'buildx', short: 'Docker Buildx' },
  { name: 'compose', short: 'Docker Compose' },
];
