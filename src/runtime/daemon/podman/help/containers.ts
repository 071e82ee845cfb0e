// podman 4.3.1's help texts, verbatim (`podman CMD --help`): flag tables are read from them.
export const EXEC_HELP = `Run a process in a running container

Description:
  Execute the specified command inside a running container.


Usage:
  podman exec [options] CONTAINER [COMMAND [ARG...]]

Examples:
  podman exec -it ctrID ls
  podman exec -it -w /tmp myCtr pwd
  podman exec --user root ctrID ls

Options:
  -d, --detach               Run the exec session in detached mode (backgrounded)
      --detach-keys string   Select the key sequence for detaching a container. Format is a single character [a-Z] or ctrl-<value> where <value> is one of: a-z, @, ^, [, , or _ (default "ctrl-p,ctrl-q")
  -e, --env stringArray      Set environment variables
      --env-file strings     Read in a file of environment variables
  -i, --interactive          Keep STDIN open even if not attached
  -l, --latest               Act on the latest container podman is aware of
                             Not supported with the "--remote" flag
      --preserve-fds uint    Pass N additional file descriptors to the container
      --privileged           Give the process extended Linux capabilities inside the container.  The default is false
  -t, --tty                  Allocate a pseudo-TTY. The default is false
  -u, --user string          Sets the username or UID used and optionally the groupname or GID for the specified command
  -w, --workdir string       Working directory inside the container

`;

export const STOP_HELP = `Stop one or more containers

Description:
  Stops one or more running containers.  The container name or ID can be used.

  A timeout to forcibly stop the container can also be set but defaults to 10 seconds otherwise.

Usage:
  podman stop [options] CONTAINER [CONTAINER...]

Examples:
  podman stop ctrID
  podman stop --latest
  podman stop --time 2 mywebserver 6e534f14da9d

Options:
  -a, --all                   Stop all running containers
      --cidfile stringArray   Read the container ID from the file
  -f, --filter strings        Filter output based on conditions given
  -i, --ignore                Ignore errors when a specified container is missing
  -l, --latest                Act on the latest container podman is aware of
                              Not supported with the "--remote" flag
  -t, --time uint             Seconds to wait for stop before killing the container (default 10)

`;

export const START_HELP = `Start one or more containers

Description:
  Starts one or more containers.  The container name or ID can be used.

Usage:
  podman start [options] CONTAINER [CONTAINER...]

Examples:
  podman start --latest
  podman start 860a4b231279 5421ab43b45
  podman start --interactive --attach imageID

Options:
      --all                 Start all containers regardless of their state or configuration
  -a, --attach              Attach container's STDOUT and STDERR
      --detach-keys [a-Z]   Select the key sequence for detaching a container. Format is a single character [a-Z] or a comma separated sequence of \`ctrl-<value>\`, where \`<value>\` is one of: \`a-z\`, \`@\`, \`^\`, \`[\`, \`\\\`, \`]\`, \`^\` or \`_\` (default "ctrl-p,ctrl-q")
  -f, --filter strings      Filter output based on conditions given
  -i, --interactive         Keep STDIN open even if not attached
  -l, --latest              Act on the latest container podman is aware of
                            Not supported with the "--remote" flag
      --sig-proxy           Proxy received signals to the process (default true if attaching, false otherwise)

`;

export const RM_HELP = `Remove one or more containers

Description:
  Removes one or more containers from the host. The container name or ID can be used.

  Command does not remove images. Running or unusable containers will not be removed without the -f option.

Usage:
  podman rm [options] CONTAINER [CONTAINER...]

Examples:
  podman rm imageID
  podman rm mywebserver myflaskserver 860a4b23
  podman rm --force --all
  podman rm -f c684f0d469f2

Options:
  -a, --all                   Remove all containers
      --cidfile stringArray   Read the container ID from the file
      --depend                Remove container and all containers that depend on the selected container
      --filter strings        Filter output based on conditions given
  -f, --force                 Force removal of a running or unusable container
  -i, --ignore                Ignore errors when a specified container is missing
  -l, --latest                Act on the latest container podman is aware of
                              Not supported with the "--remote" flag
  -t, --time uint             Seconds to wait for stop before killing the container (default 10)
  -v, --volumes               Remove anonymous volumes associated with the container

`;

export const LOGS_HELP = `Fetch the logs of one or more containers

Description:
  Retrieves logs for one or more containers.

  This does not guarantee execution order when combined with podman run (i.e., your run may not have generated any logs at the time you execute podman logs).


Usage:
  podman logs [options] CONTAINER [CONTAINER...]

Examples:
  podman logs ctrID
  podman logs --names ctrID1 ctrID2
  podman logs --tail 2 mywebserver
  podman logs --follow=true --since 10m ctrID
  podman logs mywebserver mydbserver

Options:
      --color          Output the containers with different colors in the log.
  -f, --follow         Follow log output.  The default is false
  -l, --latest         Act on the latest container podman is aware of
                       Not supported with the "--remote" flag
  -n, --names          Output the container name in the log
      --since string   Show logs since TIMESTAMP
      --tail int       Output the specified number of LINES at the end of the logs.  Defaults to -1, which prints all lines (default -1)
  -t, --timestamps     Output the timestamps in the log
      --until string   Show logs until TIMESTAMP

`;
