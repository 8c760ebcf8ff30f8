package org.cinderj.launcher;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * CPython 3.10's command line, parsed. Options come first (single letters may be grouped:
 * {@code -OO}, {@code -bb}, {@code -iq}); {@code -c}, {@code -m} and the first non-option
 * argument end the option list; everything after it goes to {@code sys.argv[1:]}.
 *
 * <p>Extensions (not in CPython): polyglot options {@code --engine.X=v}, {@code --python.X=v},
 * {@code --log.X=v}, {@code --compiler.X=v} go to the engine or context builder.
 */
public final class CommandLine {

    /** What the program to run is. */
    public enum Mode {
        /** A file (or a directory / zip with __main__.py). */
        SCRIPT,
        /** {@code -c cmd}. */
        COMMAND,
        /** {@code -m module}. */
        MODULE,
        /** {@code -} or no argument: program from stdin, or the REPL when stdin is a terminal. */
        STDIN
    }

    /** Bad usage: message for stderr, then the short usage, exit status 2. */
    public static final class UsageError extends Exception {
        public UsageError(String message) {
            super(message);
        }
    }

    public Mode mode = Mode.STDIN;
    /** The script path as typed, the -c command, the module name, or "-" (null: no argument). */
    public String target;
    /** Program arguments after the target ({@code sys.argv[1:]}). */
    public final List<String> programArgs = new ArrayList<>();

    public boolean help;
    public int version; // -V count
    public boolean inspect; // -i (or PYTHONINSPECT)
    public boolean unbuffered; // -u (or PYTHONUNBUFFERED)
    public boolean ignoreEnvironment; // -E
    public boolean isolated; // -I
    public boolean skipFirstLine; // -x
    public boolean quiet; // -q
    /** The letters of CPython's single-letter flags, repeated per use ("OO", "vv"). */
    public final StringBuilder flags = new StringBuilder();
    public final List<String> warnOptions = new ArrayList<>();
    public final List<String> xOptions = new ArrayList<>();
    /** Polyglot options given as --group.Name=value (engine.*, compiler.* and log.* go to the engine). */
    public final Map<String, String> polyglotOptions = new LinkedHashMap<>();

    /** Letters that are plain flags in CPython 3.10. */
    private static final String FLAG_LETTERS = "bBdEiIOqsSuvx";

    public static CommandLine parse(String[] args) throws UsageError {
        CommandLine cl = new CommandLine();
        int i = 0;
        argLoop:
        while (i < args.length) {
            String a = args[i];
            if (a.equals("-") || !a.startsWith("-")) {
                break;
            }
            if (a.equals("--")) {
                i++;
                break;
            }
            if (a.startsWith("--")) {
                String body = a.substring(2);
                int eq = body.indexOf('=');
                String name = eq < 0 ? body : body.substring(0, eq);
                switch (name) {
                    case "help":
                        cl.help = true;
                        i++;
                        continue;
                    case "version":
                        cl.version++;
                        i++;
                        continue;
                    case "check-hash-based-pycs":
                        // Accepted and ignored (no .pyc files here); the value is required.
                        if (eq >= 0) {
                            i++;
                        } else if (i + 1 < args.length) {
                            i += 2;
                        } else {
                            throw new UsageError("Argument expected for the --check-hash-based-pycs option");
                        }
                        continue;
                    default:
                        if (name.indexOf('.') > 0) {
                            cl.polyglotOptions.put(name, eq < 0 ? "true" : body.substring(eq + 1));
                            i++;
                            continue;
                        }
                        throw new UsageError("unknown option " + a);
                }
            }
            // A group of single-letter options: -OO, -bb, -c<cmd>, -Wdefault, ...
            for (int j = 1; j < a.length(); j++) {
                char c = a.charAt(j);
                switch (c) {
                    case 'c', 'm', 'W', 'X' -> {
                        String value;
                        if (j + 1 < a.length()) {
                            value = a.substring(j + 1);
                        } else if (i + 1 < args.length) {
                            value = args[++i];
                        } else {
                            throw new UsageError("Argument expected for the -" + c + " option");
                        }
                        i++;
                        switch (c) {
                            case 'c' -> {
                                cl.mode = Mode.COMMAND;
                                cl.target = value;
                                break argLoop;
                            }
                            case 'm' -> {
                                cl.mode = Mode.MODULE;
                                cl.target = value;
                                break argLoop;
                            }
                            case 'W' -> cl.warnOptions.add(value);
                            default -> cl.xOptions.add(value);
                        }
                        continue argLoop;
                    }
                    case 'h', '?' -> cl.help = true;
                    case 'V' -> cl.version++;
                    default -> {
                        if (FLAG_LETTERS.indexOf(c) < 0) {
                            throw new UsageError("Unknown option: -" + c);
                        }
                        cl.flag(c);
                    }
                }
            }
            i++;
        }
        if (cl.mode == Mode.STDIN && i < args.length) {
            String a = args[i++];
            cl.target = a; // "-" stays in STDIN mode (sys.argv[0] == '-')
            if (!a.equals("-")) {
                cl.mode = Mode.SCRIPT;
            }
        }
        while (i < args.length) {
            cl.programArgs.add(args[i++]);
        }
        return cl;
    }

    private void flag(char c) {
        switch (c) {
            case 'i' -> inspect = true;
            case 'u' -> unbuffered = true;
            case 'E' -> ignoreEnvironment = true;
            case 'I' -> {
                isolated = true;
                ignoreEnvironment = true;
                if (flags.indexOf("E") < 0) {
                    flags.append('E');
                }
                if (flags.indexOf("s") < 0) {
                    flags.append('s');
                }
            }
            case 'x' -> skipFirstLine = true;
            case 'q' -> quiet = true;
            default -> {
            }
        }
        if ((c != 'E' && c != 's') || flags.indexOf(String.valueOf(c)) < 0) {
            flags.append(c);
        }
    }

    /**
     * Applies the PYTHON* environment variables CPython reads for these flags (unless -E or -I).
     */
    public void applyEnvironment(Map<String, String> env) {
        if (ignoreEnvironment) {
            return;
        }
        if (nonEmpty(env.get("PYTHONINSPECT")) && !inspect) {
            inspect = true;
            flags.append('i');
        }
        if (nonEmpty(env.get("PYTHONUNBUFFERED")) && !unbuffered) {
            unbuffered = true;
            flags.append('u');
        }
        if (nonEmpty(env.get("PYTHONDONTWRITEBYTECODE")) && flags.indexOf("B") < 0) {
            flags.append('B');
        }
        if (nonEmpty(env.get("PYTHONNOUSERSITE")) && flags.indexOf("s") < 0) {
            flags.append('s');
        }
        levelFromEnv(env.get("PYTHONOPTIMIZE"), 'O');
        levelFromEnv(env.get("PYTHONVERBOSE"), 'v');
        levelFromEnv(env.get("PYTHONDEBUG"), 'd');
        String w = env.get("PYTHONWARNINGS");
        if (nonEmpty(w)) {
            // Environment warnings come before the -W ones (lower priority).
            List<String> fromEnv = new ArrayList<>();
            for (String part : w.split(",")) {
                if (!part.isBlank()) {
                    fromEnv.add(part.trim());
                }
            }
            warnOptions.addAll(0, fromEnv);
        }
    }

    /** Like CPython: an integer value gives the level, any other non-empty value means 1; -O etc. win if higher. */
    private void levelFromEnv(String value, char letter) {
        if (!nonEmpty(value)) {
            return;
        }
        int level;
        try {
            level = Math.max(1, Integer.parseInt(value.trim()));
        } catch (NumberFormatException e) {
            level = 1;
        }
        int have = 0;
        for (int k = 0; k < flags.length(); k++) {
            if (flags.charAt(k) == letter) {
                have++;
            }
        }
        for (int k = have; k < level; k++) {
            flags.append(letter);
        }
    }

    private static boolean nonEmpty(String s) {
        return s != null && !s.isEmpty();
    }

    public boolean hasXOption(String key) {
        for (String x : xOptions) {
            if (x.equals(key) || x.startsWith(key + "=")) {
                return true;
            }
        }
        return false;
    }

    /** The value of {@code -X key=value} (last one wins), "" for a bare {@code -X key}, null when absent. */
    public String xOption(String key) {
        String found = null;
        for (String x : xOptions) {
            if (x.equals(key)) {
                found = "";
            } else if (x.startsWith(key + "=")) {
                found = x.substring(key.length() + 1);
            }
        }
        return found;
    }
}
