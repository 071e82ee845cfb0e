// podman 4.3.1's help texts, verbatim (`podman CMD --help`): flag tables are read from them.
export const PS_HELP = `List containers

Description:
  Prints out information about the containers

Usage:
  podman ps [options]

Examples:
  podman ps -a
  podman ps -a --format "{{.ID}}  {{.Image}}  {{.Labels}}  {{.Mounts}}"
  podman ps --size --sort names

Options:
  -a, --all              Show all the containers, default is only running containers
      --external         Show containers in storage not controlled by Podman
  -f, --filter strings   Filter output based on conditions given
      --format string    Pretty-print containers to JSON or using a Go template
  -n, --last int         Print the n last created containers (all states) (default -1)
  -l, --latest           Act on the latest container podman is aware of
                         Not supported with the "--remote" flag
      --no-trunc         Display the extended information
      --noheading        Do not print headers
      --ns               Display namespace information
  -p, --pod              Print the ID and name of the pod the containers are associated with
  -q, --quiet            Print the numeric IDs of the containers only
  -s, --size             Display the total file sizes
      --sort choice      Sort output by: command, created, id, image, names, runningfor, size, status
      --sync             Sync container state with OCI runtime
  -w, --watch uint       Watch the ps output on an interval in seconds

`;

export const IMAGES_HELP = `List images in local storage

Description:
  Lists images previously pulled to the system or created on the system.

Usage:
  podman images [options] [IMAGE]

Examples:
  podman images --format json
  podman images --sort repository --format "table {{.ID}} {{.Repository}} {{.Tag}}"
  podman images --filter dangling=true

Options:
  -a, --all              Show all images (default hides intermediate images)
      --digests          Show digests
  -f, --filter strings   Filter output based on conditions provided (default [])
      --format string    Change the output format to JSON or a Go template
      --history          Display the image name history
      --no-trunc         Do not truncate output
  -n, --noheading        Do not print column headings
  -q, --quiet            Display only image IDs
      --sort string      Sort by id, repository, size, tag, created (default "created")

`;

export const RMI_HELP = `Removes one or more images from local storage

Description:
  Removes one or more previously pulled or locally created images.

Usage:
  podman rmi [options] IMAGE [IMAGE...]

Examples:
  podman rmi imageID
  podman rmi --force alpine
  podman rmi c4dfb1609ee2 93fd78260bd1 c0ed59d05ff7

Options:
  -a, --all        Remove all images
  -f, --force      Force Removal of the image
  -i, --ignore     Ignore errors if a specified image does not exist
      --no-prune   Do not remove dangling images

`;

export const TAG_HELP = `Add an additional name to a local image

Description:
  Adds one or more additional names to locally-stored image.

Usage:
  podman tag IMAGE TARGET_NAME [TARGET_NAME...]

Examples:
  podman tag 0e3bbc2 fedora:latest
  podman tag imageID:latest myNewImage:newTag
  podman tag httpd myregistryhost:5000/fedora/httpd:v2

`;

export const PULL_HELP = `Pull an image from a registry

Description:
  Pulls an image from a registry and stores it locally.

  An image can be pulled by tag or digest. If a tag is not specified, the image with the 'latest' tag is pulled.

Usage:
  podman pull [options] IMAGE [IMAGE...]

Examples:
  podman pull imageName
  podman pull fedora:latest

Options:
  -a, --all-tags                All tagged images in the repository will be pulled
      --arch ARCH               Use ARCH instead of the architecture of the machine for choosing images
      --authfile string         Path of the authentication file. Use REGISTRY_AUTH_FILE environment variable to override
      --cert-dir Pathname       Pathname of a directory containing TLS certificates and keys
      --creds Credentials       Credentials (USERNAME:PASSWORD) to use for authenticating to a registry
      --disable-content-trust   This is a Docker specific option and is a NOOP
      --os OS                   Use OS instead of the running OS for choosing images
      --platform string         Specify the platform for selecting the image.  (Conflicts with arch and os)
  -q, --quiet                   Suppress output information when pulling images
      --tls-verify              Require HTTPS and verify certificates when contacting registries (default true)
      --variant string          Use VARIANT instead of the running architecture variant for choosing images

`;

export const COMMIT_HELP = `Create new image based on the changed container

Description:
  Create an image from a container's changes. Optionally tag the image created, set the author with the --author flag, set the commit message with the --message flag, and make changes to the instructions with the --change flag.

Usage:
  podman commit [options] CONTAINER [IMAGE]

Examples:
  podman commit -q --message "committing container to image" reverent_golick image-committed
  podman commit -q --author "firstName lastName" reverent_golick image-committed
  podman commit -q --pause=false containerID image-committed
  podman commit containerID

Options:
  -a, --author string        Set the author for the image committed
  -c, --change stringArray   Apply the following possible instructions to the created image (default []): CMD | ENTRYPOINT | ENV | EXPOSE | LABEL | ONBUILD | STOPSIGNAL | USER | VOLUME | WORKDIR
  -f, --format Format        Format of the image manifest and metadata (default "oci")
      --iidfile file         file to write the image ID to
      --include-volumes      Include container volumes as image volumes
  -m, --message string       Set commit message for imported image
  -p, --pause                Pause container during commit
  -q, --quiet                Suppress output
  -s, --squash               squash newly built layers into a single new layer

`;

export const INSPECT_HELP = `Display the configuration of object denoted by ID

Description:
  Displays the low-level information on an object identified by name or ID.
  For more inspection options, see:

      podman container inspect
      podman image inspect
      podman network inspect
      podman pod inspect
      podman volume inspect

Usage:
  podman inspect [options] {CONTAINER|IMAGE|POD|NETWORK|VOLUME} [...]

Examples:
  podman inspect fedora
  podman inspect --type image fedora
  podman inspect CtrID ImgID
  podman inspect --format "imageId: {{.Id}} size: {{.Size}}" fedora

Options:
  -f, --format string   Format the output to a Go template or json (default "json")
  -l, --latest          Act on the latest container podman is aware of
                        Not supported with the "--remote" flag
  -s, --size            Display total file size
  -t, --type string     Specify inspect-object type (default "all")

`;

export const VERSION_HELP = `Display the Podman version information

Description:
  

Usage:
  podman version [options]

Options:
  -f, --format string   Change the output format to JSON or a Go template

`;

export const INFO_HELP = `Display podman system information

Description:
  Display information pertaining to the host, current storage stats, and build of podman.

  Useful for the user and when reporting issues.


Usage:
  podman info [options]

Examples:
  podman info

Options:
  -f, --format string   Change the output format to JSON or a Go template

`;
