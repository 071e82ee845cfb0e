/** The versions of the modelled docker-ce install (CLI 28.2.2 with plugins, Debian's Engine 20.10.24). */
export const CLIENT = { Version: '28.2.2', GitCommit: 'e6534b4', GoVersion: 'go1.24.3', BuildTime: 'Fri May 30 12:07:14 2025', DefaultAPIVersion: '1.50' };
export const ENGINE = {
  Version: '20.10.24+dfsg1', APIVersion: '1.41', MinAPIVersion: '1.12', GitCommit: '5d6db84', GoVersion: 'go1.19.8',
  BuildTime: 'Thu May  7 21:09:36 2026', BuildTimeIso: '2026-05-07T21:09:36.000000000+00:00',
};
export const CONTAINERD = { Version: '1.6.20~ds1', GitCommit: '1.6.20~ds1-1+deb12u3' };
export const RUNC = { Version: '1.1.5+ds1', GitCommit: '1.1.5+ds1-1+deb12u1' };
export const DOCKER_INIT = { Version: '0.19.0', GitCommit: '' };
export const PLUGINS = [
  { Name: 'buildx', ShortDescription: 'Docker Buildx', Vendor: 'Docker Inc.', Version: 'v0.24.0', Path: '/usr/libexec/docker/cli-plugins/docker-buildx' },
  { Name: 'compose', ShortDescription: 'Docker Compose', Vendor: 'Docker Inc.', Version: 'v2.36.2', Path: '/usr/libexec/docker/cli-plugins/docker-compose' },
];
