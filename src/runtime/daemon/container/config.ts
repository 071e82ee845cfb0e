/** container.Config as the engine stores it (field order is the inspect order). */
export interface ContainerConfig {
  Hostname: string;
  Domainname: string;
  User: string;
  AttachStdin: boolean;
  AttachStdout: boolean;
  AttachStderr: boolean;
  ExposedPorts?: Record<string, object>;
  Tty: boolean;
  OpenStdin: boolean;
  StdinOnce: boolean;
  /** null when neither the image nor the user set any variable (an imported image). */
  Env: string[] | null;
  Cmd: string[] | null;
  Healthcheck?: object;
  ArgsEscaped?: boolean;
  Image: string;
  Volumes: Record<string, object> | null;
  WorkingDir: string;
  Entrypoint: string[] | null;
  OnBuild: string[] | null;
  Labels: Record<string, string>;
  StopSignal?: string;
  StopTimeout?: number;
}

export interface RestartPolicy {
  Name: '' | 'no' | 'always' | 'on-failure' | 'unless-stopped';
  MaximumRetryCount: number;
}

export interface PortBinding {
  HostIp: string;
  HostPort: string;
}

/** The HostConfig fields the model acts on; inspect renders the rest with the engine's defaults. */
export interface HostConfig {
  Binds: string[] | null;
  /** --log-driver/--log-opt; the daemon fills in json-file at create. */
  LogConfig?: { Type: string; Config: Record<string, string> };
  NetworkMode: string;
  PortBindings: Record<string, PortBinding[]>;
  RestartPolicy: RestartPolicy;
  AutoRemove: boolean;
  VolumesFrom: string[] | null;
  CapAdd: string[] | null;
  CapDrop: string[] | null;
  Dns: string[];
  DnsOptions: string[];
  DnsSearch: string[];
  ExtraHosts: string[] | null;
  GroupAdd: string[] | null;
  IpcMode: string;
  Links: string[] | null;
  OomScoreAdj: number;
  PidMode: string;
  Privileged: boolean;
  PublishAllPorts: boolean;
  ReadonlyRootfs: boolean;
  SecurityOpt: string[] | null;
  Tmpfs?: Record<string, string>;
  UTSMode: string;
  UsernsMode: string;
  ShmSize: number;
  CpuShares: number;
  Memory: number;
  NanoCpus: number;
  CgroupParent: string;
  BlkioWeight: number;
  CpuPeriod: number;
  CpuQuota: number;
  CpusetCpus: string;
  CpusetMems: string;
  MemoryReservation: number;
  MemorySwap: number;
  MemorySwappiness: number | null;
  OomKillDisable: boolean;
  PidsLimit: number | null;
  /** --ulimit, by name (cli/container/ulimits.ts); applied to the container's processes at start. */
  Ulimits?: Ulimit[];
  Init?: boolean;
  CgroupnsMode: string;
  ConsoleSize: [number, number];
}

/** One HostConfig.Ulimits entry, in the API's field order. */
export interface Ulimit {
  Name: string;
  Hard: number;
  Soft: number;
}

export function defaultHostConfig(): HostConfig {
  return {
    Binds: null, NetworkMode: 'default', PortBindings: {}, RestartPolicy: { Name: 'no', MaximumRetryCount: 0 },
    AutoRemove: false, VolumesFrom: null, CapAdd: null, CapDrop: null, Dns: [], DnsOptions: [], DnsSearch: [],
    ExtraHosts: null, GroupAdd: null, IpcMode: 'private', Links: null, OomScoreAdj: 0, PidMode: '',
    Privileged: false, PublishAllPorts: false, ReadonlyRootfs: false, SecurityOpt: null, UTSMode: '',
    UsernsMode: '', ShmSize: 67108864, CpuShares: 0, Memory: 0, NanoCpus: 0, CgroupParent: '', BlkioWeight: 0,
    CpuPeriod: 0, CpuQuota: 0, CpusetCpus: '', CpusetMems: '', MemoryReservation: 0, MemorySwap: 0,
    MemorySwappiness: null, OomKillDisable: false, PidsLimit: null, CgroupnsMode: 'host', ConsoleSize: [0, 0],
  };
}
