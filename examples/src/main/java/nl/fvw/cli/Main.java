package nl.fvw.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import nl.fvw.FvwException;
import nl.fvw.explain.Provenance;
import nl.fvw.rules.RuleCache;

/**
 * The {@code fvw} command line. Subcommands are listed in {@link #SUBCOMMANDS}; add a new one
 * there. Exit codes: 0 done; 1 bad input (the message says what and where); 2 wrong use of the
 * command line; 3 a published figure was not reproduced; 70 an internal error (details with
 * --debug).
 */
@Command(name = "fvw", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
        description = "Geldstromen tussen Rijk en decentrale overheden: normering, bundeling, bekostiging.",
        footer = {"  shell     JShell met fvw geïmporteerd: ./fvw shell [script.jsh]", "",
            "Exitcodes: 0 klaar; 1 foute invoer; 2 verkeerd gebruik van de command line;",
            "3 een gepubliceerd cijfer niet gereproduceerd; 70 interne fout (--debug)."})
public final class Main implements java.util.concurrent.Callable<Integer> {
    public static final int INPUT_ERROR = 1;
    public static final int USAGE_ERROR = 2;
    public static final int CHECK_FAILED = 3;
    public static final int INTERNAL_ERROR = 70;

    /** Every subcommand of fvw. */
    static final Class<?>[] SUBCOMMANDS = {DemoCommand.class, RunCommand.class, CompareCommand.class,
            ExplainCommand.class, ValidateCommand.class, DslCommand.class, SweepCommand.class, DiffCommand.class};

    @Option(names = "--debug", scope = CommandLine.ScopeType.INHERIT, description = "Toon de stacktrace van een fout.")
    boolean debug;

    @Option(names = "--sta-ruwe-regels-toe", scope = CommandLine.ScopeType.INHERIT,
            description = "Sta de ruwe DRL (regels met >) van de ruwe_regels van een scenario toe; ook dan alleen fvw's"
                    + " feiten en uitkomst.")
    boolean ruweRegelsToe;

    /** The engine of a scenario as the command line builds it: its cache, and raw DRL only when allowed. */
    static nl.fvw.rules.FvwEngine engine(nl.fvw.scenario.Scenario s, CommandLine.Model.CommandSpec spec) {
        boolean toe = spec.root().userObject() instanceof Main m && m.ruweRegelsToe;
        return nl.fvw.rules.ScenarioRunner.engine(s, cache(), toe);
    }

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    /** Without a command: the help, on standard error, and exit code 2 (wrong use). */
    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getErr());
        return USAGE_ERROR;
    }

    public static void main(String[] args) {
        System.exit(execute(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true)));
    }

    /** Runs the command line with the given output streams; returns the exit code. */
    public static int execute(String[] args, PrintWriter out, PrintWriter err) {
        Logger.getLogger("org.javamoney").setLevel(Level.WARNING);
        CommandLine cl = commandLine(args);
        cl.setOut(out);
        cl.setErr(err);
        return cl.execute(args);
    }

    static CommandLine commandLine() {
        return commandLine(new String[0]);
    }

    /**
     * The command line for these arguments: with only the subcommand they name, whose model picocli
     * builds by reflection, or with all of them when they name none (help, a mistyped command).
     */
    static CommandLine commandLine(String[] arguments) {
        String first = Arrays.stream(arguments).filter(a -> !a.startsWith("-")).findFirst().orElse("");
        List<Class<?>> named = Arrays.stream(SUBCOMMANDS)
                .filter(c -> c.getAnnotation(Command.class).name().equals(first)).toList();
        CommandLine cl = new CommandLine(new Main());
        for (Class<?> sub : named.isEmpty() ? Arrays.asList(SUBCOMMANDS) : named) {
            cl.addSubcommand(sub);
        }
        cl.setExecutionExceptionHandler((ex, commandLine, parseResult) -> {
            Main root = commandLine.getCommandSpec().root().userObject() instanceof Main m ? m : null;
            boolean debug = root != null && root.debug;
            PrintWriter err = commandLine.getErr();
            if (ex instanceof FvwException) {
                err.println("fvw: " + Meldingen.nl(ex.getMessage()));
                if (debug) {
                    ex.printStackTrace(err);
                }
                return ex instanceof Gebruiksfout ? USAGE_ERROR : INPUT_ERROR;
            }
            err.println("fvw: interne fout: " + ex + (debug ? "" : " (start met --debug voor de details)"));
            if (debug) {
                ex.printStackTrace(err);
            }
            return INTERNAL_ERROR;
        });
        cl.setResourceBundle(java.util.ResourceBundle.getBundle("nl.fvw.cli.Hulp"));
        cl.setExitCodeExceptionMapper(ex -> USAGE_ERROR);
        cl.setParameterExceptionHandler((ex, args) -> {
            CommandLine c = ex.getCommandLine();
            c.getErr().println("fvw: " + Meldingen.nl(ex.getMessage()));
            c.usage(c.getErr());
            return USAGE_ERROR;
        });
        return cl;
    }

    /**
     * Where the command line keeps compiled analyst rule bases between runs: the system property
     * {@code fvw.cache}, else the environment variable {@code FVW_CACHE}, else ~/.cache/fvw/regels;
     * "off" keeps them in memory only.
     */
    static RuleCache cache() {
        String p = System.getProperty("fvw.cache", System.getenv("FVW_CACHE"));
        if ("off".equals(p)) {
            return RuleCache.inMemory();
        }
        return RuleCache.in(p != null ? Path.of(p) : Path.of(System.getProperty("user.home"), ".cache", "fvw", "regels"));
    }

    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {"fvw " + Provenance.currentVersion()};
        }
    }
}
