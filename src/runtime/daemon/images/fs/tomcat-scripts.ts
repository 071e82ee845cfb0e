/**
 * Tomcat's bin/catalina.sh and bin/setclasspath.sh, kept to what `catalina.sh run` does (the
 * image's CMD): the same variables, JVM options and final `exec java ... Bootstrap start`, so
 * `ps` shows the real command line. Other commands (start, stop, version) say they are not modelled.
 */
export function catalinaSh(major: string): string {
  const endorsed = major === '10' ? '' : `
if [ -z "$JAVA_ENDORSED_DIRS" ]; then
  ENDORSED_PROP=ignore.endorsed.dirs
else
  ENDORSED_PROP=java.endorsed.dirs
fi`;
  const endorsedArg = major === '10' ? '' : ' -D$ENDORSED_PROP="\\"$JAVA_ENDORSED_DIRS\\""';
  return `#!/bin/sh

# Licensed to the Apache Software Foundation (ASF) under one or more
# contributor license agreements.  See the NOTICE file distributed with
# this work for additional information regarding copyright ownership.
# -----------------------------------------------------------------------------
# Control Script for the CATALINA Server
# -----------------------------------------------------------------------------

# resolve links - $0 may be a softlink
PRG="$0"

while [ -h "$PRG" ]; do
  ls=\`ls -ld "$PRG"\`
  link=\`expr "$ls" : '.*-> \\(.*\\)$'\`
  if expr "$link" : '/.*' > /dev/null; then
    PRG="$link"
  else
    PRG=\`dirname "$PRG"\`/"$link"
  fi
done

# Get standard environment variables
PRGDIR=\`dirname "$PRG"\`

# Only set CATALINA_HOME if not already set
[ -z "$CATALINA_HOME" ] && CATALINA_HOME=\`cd "$PRGDIR/.." >/dev/null; pwd\`

# Copy CATALINA_BASE from CATALINA_HOME if not already set
[ -z "$CATALINA_BASE" ] && CATALINA_BASE="$CATALINA_HOME"

CLASSPATH=

if [ -r "$CATALINA_BASE/bin/setenv.sh" ]; then
  . "$CATALINA_BASE/bin/setenv.sh"
elif [ -r "$CATALINA_HOME/bin/setenv.sh" ]; then
  . "$CATALINA_HOME/bin/setenv.sh"
fi

# Get standard Java environment variables
if [ -r "$CATALINA_HOME"/bin/setclasspath.sh ]; then
  . "$CATALINA_HOME"/bin/setclasspath.sh
else
  echo "Cannot find $CATALINA_HOME/bin/setclasspath.sh"
  echo "This file is needed to run this program"
  exit 1
fi

# Add on extra jar files to CLASSPATH
if [ ! -z "$CLASSPATH" ] ; then
  CLASSPATH="$CLASSPATH":
fi
CLASSPATH="$CLASSPATH""$CATALINA_HOME"/bin/bootstrap.jar

if [ -z "$CATALINA_TMPDIR" ] ; then
  # Define the java.io.tmpdir to use for Catalina
  CATALINA_TMPDIR="$CATALINA_BASE"/temp
fi

# Add tomcat-juli.jar to classpath
# tomcat-juli.jar can be over-ridden per instance
if [ -r "$CATALINA_BASE/bin/tomcat-juli.jar" ] ; then
  CLASSPATH=$CLASSPATH:$CATALINA_BASE/bin/tomcat-juli.jar
else
  CLASSPATH=$CLASSPATH:$CATALINA_HOME/bin/tomcat-juli.jar
fi

# Add the module start-up parameters required by Tomcat
JDK_JAVA_OPTIONS="$JDK_JAVA_OPTIONS --add-opens=java.base/java.lang=ALL-UNNAMED"
JDK_JAVA_OPTIONS="$JDK_JAVA_OPTIONS --add-opens=java.base/java.io=ALL-UNNAMED"
JDK_JAVA_OPTIONS="$JDK_JAVA_OPTIONS --add-opens=java.base/java.util=ALL-UNNAMED"
JDK_JAVA_OPTIONS="$JDK_JAVA_OPTIONS --add-opens=java.base/java.util.concurrent=ALL-UNNAMED"
JDK_JAVA_OPTIONS="$JDK_JAVA_OPTIONS --add-opens=java.rmi/sun.rmi.transport=ALL-UNNAMED"
export JDK_JAVA_OPTIONS

# Set juli LogManager config file if it is present and an override has not been issued
if [ -z "$CATALINA_LOGGING_CONFIG" ]; then
  if [ -r "$CATALINA_BASE"/conf/logging.properties ]; then
    CATALINA_LOGGING_CONFIG="-Djava.util.logging.config.file=$CATALINA_BASE/conf/logging.properties"
  else
    # Bugzilla 45585
    CATALINA_LOGGING_CONFIG="-Dnop"
  fi
fi

if [ -z "$LOGGING_MANAGER" ]; then
  LOGGING_MANAGER="-Djava.util.logging.manager=org.apache.juli.ClassLoaderLogManager"
fi

# Set UMASK unless it has been overridden
if [ -z "$UMASK" ]; then
    UMASK="0027"
fi
umask $UMASK

# Default to using 2048 bit DH keys
JAVA_OPTS="$JAVA_OPTS -Djdk.tls.ephemeralDHKeySize=2048"

# Register custom URL handlers
JAVA_OPTS="$JAVA_OPTS -Djava.protocol.handler.pkgs=org.apache.catalina.webresources"

# Disable the global JNDI lookup
CATALINA_OPTS="$CATALINA_OPTS -Dorg.apache.catalina.security.SecurityListener.UMASK=\`umask\`"
${endorsed}

if [ "$1" = "run" ]; then

  shift
  eval exec "\\"$_RUNJAVA\\"" "\\"$CATALINA_LOGGING_CONFIG\\"" $LOGGING_MANAGER "$JAVA_OPTS" "$CATALINA_OPTS"${endorsedArg} \\
    -classpath "\\"$CLASSPATH\\"" \\
    -Dcatalina.base="\\"$CATALINA_BASE\\"" \\
    -Dcatalina.home="\\"$CATALINA_HOME\\"" \\
    -Djava.io.tmpdir="\\"$CATALINA_TMPDIR\\"" \\
    org.apache.catalina.startup.Bootstrap "$@" start

else

  echo "lab: catalina.sh $1 is not implemented in the lab yet (only run is)" >&2
  exit 1

fi
`;
}

export const SETCLASSPATH_SH = `#!/bin/sh
# -----------------------------------------------------------------------------
#  Set JAVA_HOME or JRE_HOME if not already set, ensure any provided settings
#  are valid and consistent with the selected start-up options and set up the
#  endorsed directory.
# -----------------------------------------------------------------------------

# Make sure prerequisite environment variables are set
if [ -z "$JAVA_HOME" ] && [ -z "$JRE_HOME" ]; then
  echo "Neither the JAVA_HOME nor the JRE_HOME environment variable is defined"
  echo "At least one of these environment variable is needed to run this program"
  exit 1
fi

# Set standard commands for invoking Java, if not already set.
if [ -z "$JRE_HOME" ]; then
  JRE_HOME="$JAVA_HOME"
fi
if [ -z "$_RUNJAVA" ]; then
  _RUNJAVA="$JRE_HOME"/bin/java
fi
`;

/** catalina.jar's org/apache/catalina/util/ServerInfo.properties, what Tomcat reports as its version. */
export function catalinaJar(version: string, built: string): string {
  return `PK\x03\x04\nserver.info=Apache Tomcat/${version}\nserver.number=${version}.0\nserver.built=${built}\n`;
}
