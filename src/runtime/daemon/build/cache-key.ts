import type { ImageConfig } from '../image/image.ts';

/** The fields the image cache compares (moby's compare(): everything that shapes the step's container). */
export function cacheKey(c: ImageConfig | null): string {
  if (!c) return '';
  return JSON.stringify([c.Cmd, c.Entrypoint, c.Env, c.Labels ?? {}, c.ExposedPorts ?? {}, c.Volumes ?? {}, c.WorkingDir, c.User, c.OnBuild, c.Shell, c.StopSignal, c.Healthcheck]);
}
