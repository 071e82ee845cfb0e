import { GoStruct } from '../../template/format.ts';
import type { Command } from '../command.ts';
import { printTemplate } from '../format/single.ts';
import { CLIENT, CONTAINERD, DOCKER_INIT, ENGINE, RUNC } from './versions.ts';

class ClientVersion extends GoStruct {
  readonly goType = 'system.clientVersion';
  Platform = null;
  Version = CLIENT.Version;
  APIVersion = ENGINE.APIVersion;
  DefaultAPIVersion = CLIENT.DefaultAPIVersion;
  GitCommit = CLIENT.GitCommit;
  GoVersion = CLIENT.GoVersion;
  Os = 'linux';
  Arch = 'amd64';
  BuildTime = CLIENT.BuildTime;
  Context = 'default';
  toJSON() {
    return { Version: this.Version, ApiVersion: this.APIVersion, DefaultAPIVersion: this.DefaultAPIVersion, GitCommit: this.GitCommit, GoVersion: this.GoVersion, Os: this.Os, Arch: this.Arch, BuildTime: this.BuildTime, Context: this.Context };
  }
}

class ServerVersion extends GoStruct {
  readonly goType = '*types.Version';
  constructor(private readonly kernel: string) {
    super();
  }
  Platform = { Name: '' };
  Version = ENGINE.Version;
  APIVersion = ENGINE.APIVersion;
  MinAPIVersion = ENGINE.MinAPIVersion;
  GitCommit = ENGINE.GitCommit;
  GoVersion = ENGINE.GoVersion;
  Os = 'linux';
  Arch = 'amd64';
  Experimental = false;
  BuildTime = ENGINE.BuildTimeIso;
  get KernelVersion(): string {
    return this.kernel;
  }
  get Components() {
    return [
      { Name: 'Engine', Version: ENGINE.Version, Details: { ApiVersion: ENGINE.APIVersion, Arch: 'amd64', BuildTime: ENGINE.BuildTime, Experimental: 'false', GitCommit: ENGINE.GitCommit, GoVersion: ENGINE.GoVersion, KernelVersion: this.kernel, MinAPIVersion: ENGINE.MinAPIVersion, Os: 'linux' } },
      { Name: 'containerd', Version: CONTAINERD.Version, Details: { GitCommit: CONTAINERD.GitCommit } },
      { Name: 'runc', Version: RUNC.Version, Details: { GitCommit: RUNC.GitCommit } },
      { Name: 'docker-init', Version: DOCKER_INIT.Version, Details: { GitCommit: DOCKER_INIT.GitCommit } },
    ];
  }
  toJSON() {
    return { Platform: this.Platform, Components: this.Components, Version: this.Version, ApiVersion: this.APIVersion, MinAPIVersion: this.MinAPIVersion, GitCommit: this.GitCommit, GoVersion: this.GoVersion, Os: this.Os, Arch: this.Arch, KernelVersion: this.kernel, BuildTime: this.BuildTime };
  }
}

class VersionInfo extends GoStruct {
  readonly goType = 'system.versionInfo';
  constructor(readonly Client: ClientVersion, readonly Server: ServerVersion) {
    super();
  }
  toJSON() {
    return { Client: this.Client, Server: this.Server };
  }
}

function text(kernel: string): string {
  return `Client:
 Version:           ${CLIENT.Version}
 API version:       ${ENGINE.APIVersion} (downgraded from ${CLIENT.DefaultAPIVersion})
 Go version:        ${CLIENT.GoVersion}
 Git commit:        ${CLIENT.GitCommit}
 Built:             ${CLIENT.BuildTime}
 OS/Arch:           linux/amd64
 Context:           default

Server:
 Engine:
  Version:          ${ENGINE.Version}
  API version:      ${ENGINE.APIVersion} (minimum version ${ENGINE.MinAPIVersion})
  Go version:       ${ENGINE.GoVersion}
  Git commit:       ${ENGINE.GitCommit}
  Built:            ${ENGINE.BuildTime}
  OS/Arch:          linux/amd64
  Experimental:     false
 containerd:
  Version:          ${CONTAINERD.Version}
  GitCommit:        ${CONTAINERD.GitCommit}
 runc:
  Version:          ${RUNC.Version}
  GitCommit:        ${RUNC.GitCommit}
 docker-init:
  Version:          ${DOCKER_INIT.Version}
  GitCommit:        ${DOCKER_INIT.GitCommit}
`;
}

const version: Command = async (call) => {
  const kernel = call.host.machine.kernelRelease;
  const format = call.opts.changed('format') ? call.opts.str('format') : '';
  if (format === '') {
    await call.out(text(kernel));
    return 0;
  }
  const data = new VersionInfo(new ClientVersion(), new ServerVersion(kernel));
  return printTemplate(call, format, data, 'version');
};

export default version;
