import type { AppletContext } from '../../shell/applets/types.ts';
import type { Host } from '../../host.ts';
import type { Engine } from '../engine.ts';
import type { OptValues } from '../cli/front/opts.ts';
import type { Call } from '../cli/command.ts';

/** One podman command invocation: parsed flags, the user's own engine, the program's streams. */
export interface PodmanCall {
  ctx: AppletContext;
  engine: Engine;
  host: Host;
  uid: number;
  /** `run`, `ps`... */
  name: string;
  opts: OptValues;
  args: string[];
  /** The whole command line (Config.CreateCommand). */
  argv: string[];
  out(text: string): Promise<void>;
  err(text: string): Promise<void>;
}

export type PodmanCommand = (call: PodmanCall) => Promise<number>;

/** Podman's errors: `Error: …` on stderr, exit 125 unless the command says otherwise. */
export class PodmanError extends Error {
  constructor(message: string, readonly exit = 125) {
    super(message);
  }
}

export async function fail(call: PodmanCall, message: string, exit = 125): Promise<number> {
  await call.err(`Error: ${message}\n`);
  return exit;
}

/** The same call seen by the docker front end's shared helpers (createRequest, streamOutput). */
export function asDockerCall(call: PodmanCall): Call {
  return { ctx: call.ctx, engine: call.engine, host: call.host, opts: call.opts, args: call.args, usedName: `podman ${call.name}`, out: call.out, err: call.err };
}

/** libpod's `no container with name or ID "x" found: no such container`. */
export const noContainer = (ref: string) => new PodmanError(`no container with name or ID "${ref}" found: no such container`);

export function getContainer(call: PodmanCall, ref: string) {
  const c = call.engine.find(ref);
  if (!c) throw noContainer(ref);
  return c;
}

/** A `level=warning` line of podman's logrus output, on the virtual clock. */
export function logLine(call: PodmanCall, level: string, msg: string): string {
  const t = new Date(call.host.clock.now).toISOString().replace(/\.\d+Z$/, 'Z');
  return `time="${t}" level=${level} msg="${msg.replace(/"/g, '\\"')}"\n`;
}

/** The command line that created each container (inspect's Config.CreateCommand). */
export const createCommands = new WeakMap<object, string[]>();
