package nl.fvw.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

import nl.fvw.FvwException;
import nl.fvw.explain.Provenance;
import nl.fvw.input.ParseCache;
import nl.fvw.rules.RuleCache;

/**
 * The {@code fvw} command line. Its commands are listed in {@link #REGEL}; add a new one there.
 * Exit codes: 0 done; 1 bad input (the message says what and where); 2 wrong use of the command
 * line; 3 a published figure was not reproduced; 70 an internal error (details with --debug).
 */
public final class Main {
    public static final int INPUT_ERROR = 1;
    public static final int USAGE_ERROR = 2;
    public static final int CHECK_FAILED = 3;
    public static final int INTERNAL_ERROR = 70;

    /** The command line: fvw itself and every command, in the order of the help. */
    static final Opdrachtregel REGEL = new Opdrachtregel(
            Opdracht.van("fvw", "Geldstromen tussen Rijk en decentrale overheden: normering, bundeling, bekostiging.",
                    Main::zonderCommando),
            List.of(DemoCommand.OPDRACHT, RunCommand.OPDRACHT, CompareCommand.OPDRACHT, ExplainCommand.OPDRACHT,
                    ValidateCommand.OPDRACHT, DslCommand.OPDRACHT, SweepCommand.OPDRACHT, DiffCommand.OPDRACHT),
            List.of("  shell     JShell met fvw geïmporteerd: ./fvw shell [script.jsh]", "",
                    "Exitcodes: 0 klaar; 1 foute invoer; 2 verkeerd gebruik van de command line;",
                    "3 een gepubliceerd cijfer niet gereproduceerd; 70 interne fout (--debug)."),
            () -> "fvw " + Provenance.currentVersion());

    private Main() {
    }

    public static void main(String[] args) {
        System.exit(execute(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true)));
    }

    /**
     * Runs the command line with the given output streams.
     *
     * @param args the arguments
     * @param out standard output
     * @param err standard error
     * @return the exit code
     */
    public static int execute(String[] args, PrintWriter out, PrintWriter err) {
        Logger.getLogger("org.javamoney").setLevel(Level.WARNING);
        Opdrachtregel.Uitkomst u = REGEL.lees(args, out, err);
        if (u instanceof Opdrachtregel.Tonen t) {
            out.print(t.tekst());
            out.flush();
            return 0;
        }
        if (u instanceof Opdrachtregel.Fout f) {
            err.println("fvw: " + f.melding());
            err.print(f.hulp());
            err.flush();
            return USAGE_ERROR;
        }
        Aanroep a = ((Opdrachtregel.Uitvoeren) u).aanroep();
        Path regels = cache().directory();   // the trees of the YAML read, kept beside the rules and decisions
        ParseCache.keepIn(regels == null ? null : regels.resolve("invoer"));
        try {
            return a.opdracht().uitvoering().voerUit(a);
        } catch (FvwException ex) {
            err.println("fvw: " + Meldingen.nl(ex.getMessage()));
            if (a.debug()) {
                ex.printStackTrace(err);
            }
            return ex instanceof Gebruiksfout ? USAGE_ERROR : INPUT_ERROR;
        } catch (RuntimeException ex) {
            err.println("fvw: interne fout: " + ex + (a.debug() ? "" : " (start met --debug voor de details)"));
            if (a.debug()) {
                ex.printStackTrace(err);
            }
            return INTERNAL_ERROR;
        } finally {
            out.flush();
            err.flush();
        }
    }

    /** Without a command: the help, on standard error, and exit code 2 (wrong use). */
    private static int zonderCommando(Aanroep a) {
        a.err().print(REGEL.hulp());
        a.err().flush();
        return USAGE_ERROR;
    }

    /** The engine of a scenario as the command line builds it: its cache, and raw DRL only when allowed. */
    static nl.fvw.rules.FvwEngine engine(nl.fvw.scenario.Scenario s, Aanroep a) {
        return nl.fvw.rules.ScenarioRunner.engine(s, cache(), a.ruweRegelsToe());
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
}
