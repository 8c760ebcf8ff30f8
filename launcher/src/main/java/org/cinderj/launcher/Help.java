package org.cinderj.launcher;

/** The text of {@code cinderj -h}. */
final class Help {
    private Help() {
    }

    static String text(String usageLine) {
        return usageLine + "\n" + """
                        Options (and the environment variables that do the same):
                        -b     : warn when str() is applied to bytes or bytearray, or when they are
                                 compared with str (-bb: make these errors)
                        -B     : do not write .pyc files (PYTHONDONTWRITEBYTECODE=x)
                        -c cmd : run the program given as a string (ends the option list)
                        -d     : parser debugging output (PYTHONDEBUG=x)
                        -E     : ignore the PYTHON* environment variables, such as PYTHONPATH
                        -h     : show this help and exit (also -? and --help)
                        -i     : enter interactive mode after running the script or command, even
                                 when stdin is not a terminal (PYTHONINSPECT=x)
                        -I     : isolated mode: implies -E and -s, and the script's directory is
                                 not put on sys.path
                        -m mod : run a library module as the main program (ends the option list)
                        -O     : drop assert statements and code that depends on __debug__
                                 (PYTHONOPTIMIZE=x)
                        -OO    : as -O, and also drop docstrings
                        -q     : no version banner in interactive mode
                        -s     : do not add the user site directory to sys.path (PYTHONNOUSERSITE)
                        -S     : do not import the site module at startup
                        -u     : unbuffered stdout and stderr (PYTHONUNBUFFERED=x)
                        -v     : trace import statements (PYTHONVERBOSE=x); repeat for more detail
                        -V     : print the Python version and exit (also --version); -VV: more detail
                        -W arg : warning control, arg is action:message:category:module:lineno
                                 (PYTHONWARNINGS=arg)
                        -x     : skip the first line of the source (for non-Unix #! forms)
                        -X opt : implementation-specific option; cinderj knows, among others:
                                 -X jit=0       run without the Graal JIT (interpreter only)
                                 -X javatrace   show Java stack traces of internal errors
                                 -X importtime  show how long each import takes
                        --check-hash-based-pycs always|default|never: accepted, has no effect
                        --engine.Name=value, --compiler.Name=value, --log.Name=value,
                        --python.Name=value: GraalVM polyglot options (e.g. --engine.TraceCompilation)
                        file   : program read from a file
                        -      : program read from stdin (the default; interactive on a terminal)
                        arg ...: arguments for the program, in sys.argv[1:]

                        Other environment variables:
                        PYTHONPATH : directories (separated by ':') put in front of the default
                                     module search path, after the script's directory
                        CINDERJ_JIT: 0 runs without the Graal JIT (the cinderj script then starts
                                     the JVM without JVMCI, which also starts faster)
                        JAVA_HOME  : a JDK 25 (the cinderj script's choice of java)
                        """;
    }
}
