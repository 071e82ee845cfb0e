import type { Host } from '../host.ts';
import { defaultSettings, type DaemonSettings } from './daemon-json.ts';

/** The settings the running (or last) dockerd started with; a host that never started one has the defaults. */
const current = new WeakMap<Host, DaemonSettings>();

export function dockerdSettings(host: Host): DaemonSettings {
  return current.get(host) ?? defaultSettings();
}

export function setDockerdSettings(host: Host, s: DaemonSettings): void {
  current.set(host, s);
}

/** daemon.json `dns`: the servers containers get when `docker run` names none. */
export function daemonDns(host: Host): string[] {
  return dockerdSettings(host).dns;
}
