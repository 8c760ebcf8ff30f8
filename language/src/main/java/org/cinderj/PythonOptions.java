package org.cinderj;

import com.oracle.truffle.api.Option;
import org.graalvm.options.OptionCategory;
import org.graalvm.options.OptionKey;
import org.graalvm.options.OptionStability;

/**
 * Language options ({@code --python.X=...} or {@code Context.Builder.option("python.X", ...)}).
 * The launcher maps CPython's command line onto them.
 */
@Option.Group(PythonLanguage.ID)
public final class PythonOptions {
    private PythonOptions() {
    }

    @Option(help = "Folder of the pure-Python standard library (CPython 3.10.8's lib/python3.10)", category = OptionCategory.USER, stability = OptionStability.STABLE)
    public static final OptionKey<String> StdLibHome = new OptionKey<>("");

    @Option(help = "Extra sys.path entries, separated by the path separator (PYTHONPATH)", category = OptionCategory.USER, stability = OptionStability.STABLE)
    public static final OptionKey<String> PythonPath = new OptionKey<>("");

    @Option(help = "The value of sys.executable", category = OptionCategory.USER, stability = OptionStability.STABLE)
    public static final OptionKey<String> Executable = new OptionKey<>("");

    @Option(help = "The -X options, as key or key=value entries separated by the \\u0001 character", category = OptionCategory.USER, stability = OptionStability.STABLE)
    public static final OptionKey<String> XOptions = new OptionKey<>("");

    @Option(help = "The -W options, separated by the \\u0001 character", category = OptionCategory.USER, stability = OptionStability.STABLE)
    public static final OptionKey<String> WarnOptions = new OptionKey<>("");

    @Option(help = "CPython single-letter flags given on the command line (subset of 'bBdEiIOqsSuvx')", category = OptionCategory.USER, stability = OptionStability.STABLE)
    public static final OptionKey<String> Flags = new OptionKey<>("");

    @Option(help = "Run sources as the __main__ program: an uncaught exception prints CPython's traceback and exits with status 1; SystemExit exits", category = OptionCategory.USER, stability = OptionStability.STABLE)
    public static final OptionKey<Boolean> RunAsMain = new OptionKey<>(false);

    @Option(help = "Whether the Graal JIT is in use (set by the launcher from the engine's implementation name, shown in sys.version)", category = OptionCategory.INTERNAL, stability = OptionStability.STABLE)
    public static final OptionKey<String> JitStatus = new OptionKey<>("");
}
