import type { AppletLoader } from './types.ts';

/** The container engines' command-line clients; their code lives in src/runtime/daemon. */
export const DOCKER_APPLETS: Record<string, AppletLoader> = {
  docker: () => import('../../daemon/cli/main.ts').then((m) => m.default),
  podman: () => import('../../daemon/podman/main.ts').then((m) => m.default),
};
