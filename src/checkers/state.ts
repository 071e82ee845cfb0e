/**
 * What the checkers may ask about a lab: plain, read-only queries answered by a backend (the embedded
 * runtime today; a real Docker engine through its CLI/API later). Every answer is a snapshot of facts
 * (Docker's inspect-level fields, kernel facts), never text to parse. Byte strings are latin1.
 */
export type NsKind = 'uts' | 'ipc' | 'pid' | 'net' | 'mnt' | 'user' | 'cgroup';
export const NS_KINDS: readonly NsKind[] = ['uts', 'ipc', 'pid', 'net', 'mnt', 'user', 'cgroup'];

/** Namespace identities (the inode numbers of /proc/PID/ns/*). */
export type NsIds = Record<NsKind, number>;

export type ContainerStatus = 'created' | 'running' | 'paused' | 'restarting' | 'removing' | 'exited' | 'dead';

export interface PortFacts {
  /** "80/tcp" */
  port: string;
  hostIp: string;
  /** 0 when configured to a random port and not bound (container not running). */
  hostPort: number;
}

export interface MountFacts {
  type: 'bind' | 'volume' | 'tmpfs';
  /** Host path (bind), the volume's directory (volume), '' (tmpfs). */
  source: string;
  destination: string;
  /** The volume's name (volume mounts). */
  name?: string;
  rw: boolean;
}

export interface ContainerFacts {
  id: string;
  name: string;
  /** The image as given at create (Config.Image). */
  image: string;
  imageId: string;
  status: ContainerStatus;
  /** As `docker ps` shows it: "Up 3 seconds", "Exited (1) 3 seconds ago". */
  statusText: string;
  exitCode: number;
  oomKilled: boolean;
  tty: boolean;
  /** Program name (comm) of the container's PID 1 while it runs. */
  pid1: string | null;
  /** Host PID of the container's PID 1 (State.Pid: 0 when not running). */
  pid: number;
  restart: { name: string; maxRetry: number };
  env: Record<string, string>;
  labels: Record<string, string>;
  /** HostConfig.NetworkMode ("default", "bridge", "host", "none", "container:<id>", a network name). */
  networkMode: string;
  /** The networks the container is attached to (by name), as inspect's NetworkSettings.Networks. */
  networks: string[];
  /** HostConfig resources: Memory bytes (0 = unlimited), NanoCpus, CpusetCpus. */
  memory: number;
  nanoCpus: number;
  /** --cpu-quota / --cpu-period (µs; 0 = unset), the long form of --cpus. */
  cpuQuota: number;
  cpuPeriod: number;
  cpusetCpus: string;
  /** HostConfig.IpcMode / PidMode as configured ("container:<id>" refers to another container). */
  ipcMode: string;
  pidMode: string;
  /** Published ports: live bindings while running, the configured ones otherwise. */
  ports: PortFacts[];
  mounts: MountFacts[];
  /** The namespaces of PID 1 while it runs. */
  namespaces: NsIds | null;
}

export interface ImageFacts {
  id: string;
  repoTags: string[];
  cmd: string[] | null;
  entrypoint: string[] | null;
  env: Record<string, string>;
  exposedPorts: string[];
  workdir: string;
  user: string;
  /** RootFS layers. */
  layers: number;
  author: string;
  /** Made in this lab (docker build / commit / import / load), not pulled. */
  builtHere: boolean;
}

export interface VolumeFacts {
  name: string;
  driver: string;
  mountpoint: string;
}

export interface NetworkFacts {
  name: string;
  id: string;
  driver: string;
  subnets: string[];
  /** Names of the containers attached now. */
  members: string[];
}

export interface FileFacts {
  path: string;
  type: 'file' | 'dir' | 'symlink' | 'other';
  /** Permission bits (e.g. 0o644). */
  mode: number;
  /** Content of a regular file (latin1 bytes); null for others. */
  content: string | null;
}

/** Where a file is looked up: the host (a process's view of it) or a container's filesystem. */
export type FileWhere = { container?: string; volume?: string };

/** A file lookup that failed: what to tell the student. */
export interface Missing {
  missing: 'file' | 'container' | 'volume';
  /** For a missing container: the names there are. */
  others?: string[];
}

export interface LogLine {
  stream: 'stdout' | 'stderr';
  text: string;
}

export interface ProcessFacts {
  pid: number;
  comm: string;
  argv: string[];
  /** The container the process runs in (by name), or null on the host. */
  container: string | null;
  namespaces: NsIds;
  hostname: string;
  /** /proc/PID/uid_map lines, normalised to single spaces ("0 1000 1"). */
  uidMap: string[];
  /** cgroup v1 controller → path ("memory" → "/docker/<id>"). */
  cgroups: Record<string, string>;
}

export interface CgroupFacts {
  /** The cgroup path inside the hierarchy ("/lab") and its controller ("memory"). */
  controller: string;
  path: string;
  /** PIDs of its member processes. */
  pids: number[];
}

export interface DaemonFacts {
  installed: boolean;
  running: boolean;
  /** systemd's enablement, null when the backend does not model it. */
  enabled: boolean | null;
  /** /etc/docker/daemon.json's text, null when absent. */
  config: string | null;
}

export interface LabState {
  /** All containers, newest first. */
  containers(): Promise<ContainerFacts[]>;
  /** By name or id (prefix), as the engine resolves it. */
  container(ref: string): Promise<ContainerFacts | null>;
  images(): Promise<ImageFacts[]>;
  /** By reference (name[:tag], id or id prefix). */
  image(ref: string): Promise<ImageFacts | null>;
  volumes(): Promise<VolumeFacts[]>;
  networks(): Promise<NetworkFacts[]>;
  /** A file on the host, in a container's filesystem or in a volume; does not follow a final symlink. */
  file(path: string, where?: FileWhere): Promise<FileFacts | Missing>;
  /** A container's log lines so far, oldest first (each with its newline), as `docker logs` has them. */
  logs(container: string): Promise<LogLine[] | null>;
  /** Every live process of the host, containers' included. */
  processes(): Promise<ProcessFacts[]>;
  /** The host's own namespaces (those of PID 1). */
  hostNamespaces(): Promise<NsIds>;
  /** A cgroup by its path under /sys/fs/cgroup ("/sys/fs/cgroup/memory/lab"), null if absent. */
  cgroup(path: string): Promise<CgroupFacts | null>;
  daemon(): Promise<DaemonFacts>;
}
