import type { Kernel } from '../kernel/kernel.ts';
import type { Host } from '../host.ts';

/**
 * Programs reach the engine through their kernel (the docker CLI talks to "its" daemon); the
 * host registers itself here so the engine can be created on first use, keeping `lab` start fast.
 */
const hosts = new WeakMap<Kernel, Host>();

export function registerHost(kernel: Kernel, host: Host): void {
  hosts.set(kernel, host);
}

export function hostOf(kernel: Kernel): Host {
  const h = hosts.get(kernel);
  if (!h) throw new Error('no host registered for this kernel');
  return h;
}
