// podman 4.3.1's help texts, verbatim (`podman build --help`): flag tables are read from them.
export const BUILD_HELP = `Build an image using instructions from Containerfiles

Description:
  Builds an OCI or Docker image using instructions from one or more Containerfiles and a specified build context directory.

Usage:
  podman build [options] [CONTEXT]

Examples:
  podman build .
  podman build --creds=username:password -t imageName -f Containerfile.simple .
  podman build --layers --force-rm --tag imageName .

Options:
      --add-host host:ip                             add a custom host-to-IP mapping (host:ip) (default [])
      --all-platforms                                attempt to build for all base image platforms
      --annotation stringArray                       set metadata for an image (default [])
      --arch string                                  set the ARCH of the image to the provided value instead of the architecture of the host (default "amd64")
      --authfile string                              path of the authentication file.
      --build-arg argument=value                     argument=value to supply to the builder
      --build-context argument=value                 argument=value to supply additional build context to the builder
      --cache-from string                            remote repository to utilise as potential cache source.
      --cache-to string                              remote repository to utilise as potential cache destination.
      --cache-ttl string                             only consider cache images under specified duration.
      --cap-add strings                              add the specified capability when running (default [])
      --cap-drop strings                             drop the specified capability when running (default [])
      --cert-dir string                              use certificates at the specified path to access the registry
      --cgroup-parent string                         optional parent cgroup for the container
      --cgroupns string                              'private', or 'host'
      --compress                                     this is a legacy option, which has no effect on the image
      --cpp-flag stringArray                         set additional flag to pass to C preprocessor (cpp)
      --cpu-period uint                              limit the CPU CFS (Completely Fair Scheduler) period
      --cpu-quota int                                limit the CPU CFS (Completely Fair Scheduler) quota
  -c, --cpu-shares uint                              CPU shares (relative weight)
      --cpuset-cpus string                           CPUs in which to allow execution (0-3, 0,1)
      --cpuset-mems string                           memory nodes (MEMs) in which to allow execution (0-3, 0,1). Only effective on NUMA systems.
      --creds [username[:password]]                  use [username[:password]] for accessing the registry
      --decryption-key strings                       key needed to decrypt the image
      --device stringArray                           additional devices to be used within containers (default [])
  -D, --disable-compression                          don't compress layers by default (default true)
      --disable-content-trust                        this is a Docker specific option and is a NOOP
      --dns /etc/resolv.conf                         set custom DNS servers or disable it completely by setting it to 'none', which prevents the automatic creation of /etc/resolv.conf.
      --dns-option strings                           set custom DNS options
      --dns-search strings                           set custom DNS search domains
      --env stringArray                              set environment variable for the image
  -f, --file pathname or URL                         pathname or URL of a Dockerfile
      --force-rm                                     always remove intermediate containers after a build, even if the build is unsuccessful. (default true)
      --format format                                format of the built image's manifest and metadata. Use BUILDAH_FORMAT environment variable to override. (default "oci")
      --from string                                  image name used to replace the value in the first FROM instruction in the Containerfile
      --hooks-dir stringArray                        set the OCI hooks directory path (may be set multiple times)
      --http-proxy                                   pass through HTTP Proxy environment variables (default true)
      --identity-label                               add default identity label (default true)
      --ignorefile string                            path to an alternate .dockerignore file
      --iidfile file                                 file to write the image ID to
      --ipc path                                     'private', path of IPC namespace to join, or 'host'
      --isolation type                               type of process isolation to use. Use BUILDAH_ISOLATION environment variable to override. (default "oci")
      --jobs int                                     how many stages to run in parallel (default 1)
      --label stringArray                            set metadata for an image (default [])
      --layers                                       cache intermediate layers during build. Use BUILDAH_LAYERS environment variable to override. (default true)
      --logfile file                                 log to file instead of stdout/stderr
      --logsplit                                     split logfile to different files for each platform
      --manifest string                              add the image to the specified manifest list. Creates manifest list if it does not exist
  -m, --memory string                                memory limit (format: <number>[<unit>], where unit = b, k, m or g)
      --memory-swap string                           swap limit equal to memory plus swap: '-1' to enable unlimited swap
      --network string                               'private', 'none', 'ns:path' of network namespace to join, or 'host'
      --no-cache                                     do not use existing cached images for the container build. Build from the start with a new set of cached layers.
      --no-hosts                                     do not create new /etc/hosts files for RUN instructions, use the one from the base image.
      --omit-history                                 omit build history information from built image
      --os string                                    set the OS to the provided value instead of the current operating system of the host (default "linux")
      --os-feature feature                           set required OS feature for the target image in addition to values from the base image
      --os-version version                           set required OS version for the target image instead of the value from the base image
  -o, --output string                                output destination (format: type=local,dest=path)
      --pid path                                     private, path of PID namespace to join, or 'host'
      --platform linux/arm                           set the OS/ARCH/VARIANT of the image to the provided value instead of the current operating system and architecture of the host (for example linux/arm) (default [linux/amd64])
      --pull string[="true"]                         Always attempt to pull the image (errors are fatal) (default "true")
  -q, --quiet                                        refrain from announcing build instructions and image read/write progress
      --retry int                                    number of times to retry in case of failure when performing push/pull (default 3)
      --retry-delay string                           delay between retries in case of push/pull failures (default "2s")
      --rm                                           remove intermediate containers after a successful build (default true)
      --runtime-flag strings                         add global flags for the container runtime
      --secret stringArray                           secret file to expose to the build
      --security-opt stringArray                     security options (default [])
      --shm-size <number><unit>                      size of '/dev/shm'. The format is <number><unit>. (default "65536k")
      --sign-by FINGERPRINT                          sign the image using a GPG key with the specified FINGERPRINT
      --skip-unused-stages                           skips stages in multi-stage builds which do not affect the final target (default true)
      --squash                                       squash newly built layers into a single new layer
      --squash-all                                   Squash all layers into a single layer
      --ssh stringArray                              SSH agent socket or keys to expose to the build. (format: default|<id>[=<socket>|<key>[,<key>]])
      --stdin                                        pass stdin into containers
  -t, --tag name                                     tagged name to apply to the built image
      --target string                                set the target build stage to build
      --timestamp int                                set created timestamp to the specified epoch seconds to allow for deterministic builds, defaults to current time
      --tls-verify                                   require HTTPS and verify certificates when accessing the registry (default true)
      --ulimit strings                               ulimit options (default [nproc=32768:32768])
      --unsetenv strings                             unset environment variable from final image
      --userns path                                  'container', path of user namespace to join, or 'host'
      --userns-gid-map containerGID:hostGID:length   containerGID:hostGID:length GID mapping to use in user namespace
      --userns-gid-map-group name                    name of entries from /etc/subgid to use to set user namespace GID mapping
      --userns-uid-map containerUID:hostUID:length   containerUID:hostUID:length UID mapping to use in user namespace
      --userns-uid-map-user name                     name of entries from /etc/subuid to use to set user namespace UID mapping
      --uts path                                     private, :path of UTS namespace to join, or 'host'
      --variant variant                              override the variant of the specified image
  -v, --volume stringArray                           bind mount a volume into the container

`;
