import { DaemonError } from '../errors.ts';
import type { Container } from './container.ts';
import type { HostConfig } from './config.ts';

/** The built-in drivers of Engine 20.10 whose options the model checks, and those options. */
const DRIVER_OPTS: Record<string, string[]> = {
  'json-file': ['max-size', 'max-file', 'compress', 'labels', 'labels-regex', 'env', 'env-regex', 'tag'],
  local: ['max-size', 'max-file', 'compress'],
  none: [],
};
// Known drivers that talk to outside services: accepted by name, options not checked.
const OTHER = new Set(['syslog', 'journald', 'gelf', 'fluentd', 'awslogs', 'splunk', 'gcplogs', 'logentries']);

/** Create time: the daemon fills in json-file and validates the driver's options. */
export function checkLogConfig(h: HostConfig): void {
  const cfg = (h.LogConfig ??= { Type: '', Config: {} });
  if (cfg.Type === '') cfg.Type = 'json-file';
  const allowed = DRIVER_OPTS[cfg.Type];
  if (!allowed && !OTHER.has(cfg.Type)) throw new DaemonError(`error looking up logging plugin ${cfg.Type}: plugin "${cfg.Type}" not found`, 400);
  if (!allowed) return;
  for (const key of Object.keys(cfg.Config)) {
    if (!allowed.includes(key)) throw new DaemonError(`unknown log opt '${key}' for ${cfg.Type} log driver`, 400);
  }
}

/** Start time: the logger is built from its options (units.RAMInBytes for max-size). */
export function startLogger(c: Container): void {
  const size = c.hostConfig.LogConfig?.Config['max-size'];
  if (size !== undefined && !/^\d+(\.\d+)?\s*([kmgtp]i?b?|b)?$/i.test(size)) {
    throw new DaemonError(`failed to initialize logging driver: invalid size: '${size}'`, 400);
  }
}

/** `docker logs` reads only what json-file and local keep. */
export function readableLogs(c: Container): boolean {
  const t = c.hostConfig.LogConfig?.Type ?? 'json-file';
  return t === 'json-file' || t === 'local';
}
