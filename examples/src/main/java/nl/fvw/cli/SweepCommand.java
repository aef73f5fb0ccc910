package nl.fvw.cli;

import java.io.PrintWriter;
import java.nio.file.Path;

import nl.fvw.FvwException;
import nl.fvw.onzekerheid.MonteCarlo;
import nl.fvw.onzekerheid.Spreiding;
import nl.fvw.present.SpreidingTabel;
import nl.fvw.present.VariantTabellen;
import nl.fvw.rules.FvwEngine;
import nl.fvw.rules.MonteCarloRunner;
import nl.fvw.rules.ScenarioResult;
import nl.fvw.rules.ScenarioRunner;
import nl.fvw.scenario.Scenario;
import nl.fvw.scenario.ScenarioReader;

/**
 * {@code fvw sweep SCENARIO}: the scenario's seeded Monte Carlo over forecast errors
 * ({@code monte_carlo:}), with a progress bar on a terminal and the percentiles of accres and
 * level per fund and year; or, without one, every point of its {@code sweep:} (a parameter over a
 * list or a range) and the spread of the level over the points.
 */
final class SweepCommand {
    static final Opdracht OPDRACHT = Opdracht.van("sweep", "Reken de Monte Carlo (monte_carlo:) of de sweep (sweep:) van"
            + " een scenario door en toon de spreiding per fonds en jaar.", a -> new SweepCommand(a).voerUit())
            .parameter("SCENARIO", "Scenariobestand met monte_carlo, sweep of varianten.")
            .geheel("--trekkingen", "N", "Zoveel trekkingen in plaats van die van het scenario.")
            .geheel("--threads", "N", "Rekenthreads (standaard: het aantal processoren).")
            .keuze("--format", Format.class, "table")
            .pad("--out", "BESTAND", "Schrijf de uitvoer naar dit bestand.");

    private final Aanroep aanroep;
    private final Path scenario;
    private final Integer trekkingen;
    private final Integer threads;
    private final Format format;
    private final Path out;

    private SweepCommand(Aanroep a) {
        this.aanroep = a;
        this.scenario = a.pad("SCENARIO");
        this.trekkingen = a.geheel("--trekkingen");
        this.threads = a.geheel("--threads");
        this.format = a.keuze("--format", Format.class);
        this.out = a.pad("--out");
    }

    /** Output formats of sweep. */
    enum Format {
        table, csv, json
    }

    private int voerUit() {
        if (trekkingen != null && trekkingen < 1) {
            throw new Gebruiksfout("--trekkingen " + trekkingen + ": a Monte Carlo needs at least one draw");
        }
        if (threads != null && threads < 1) {
            throw new Gebruiksfout("--threads " + threads + ": a Monte Carlo needs at least one thread");
        }
        Scenario s = ScenarioReader.read(scenario);
        Uitvoer.geenInvoer(out, s);
        if (s.monteCarlo() != null) {
            return monteCarlo(s);
        }
        if (trekkingen != null || threads != null) {
            throw new Gebruiksfout("scenario " + scenario + " has no monte_carlo; " + (trekkingen != null ? "--trekkingen"
                    : "--threads") + " applies to a Monte Carlo");
        }
        ScenarioResult r = ScenarioRunner.run(s, Main.engine(s, aanroep), false, Main.cache());
        if (r.varianten() == null) {
            throw new FvwException("scenario " + scenario + " has no monte_carlo, sweep or varianten to run; add"
                    + " 'sweep: {parameter: <naam>, van: .., tot: .., stap: ..}' or 'monte_carlo: {…}'");
        }
        if (format != Format.table) {
            throw new Gebruiksfout("--format " + format + " is for a Monte Carlo; the spread of a sweep is a table");
        }
        RunCommand.output(aanroep.out(), out, VariantTabellen.spreiding(r.varianten()));
        return 0;
    }

    private int monteCarlo(Scenario s) {
        MonteCarlo mc = s.monteCarlo();
        if (trekkingen != null) {
            mc = new MonteCarlo(trekkingen, mc.zaad(), mc.stand(), mc.fouten());
        }
        int n = threads == null ? Runtime.getRuntime().availableProcessors() : threads;   // threads ≥ 1: checked above
        FvwEngine engine = Main.engine(s, aanroep);
        Voortgangsbalk balk = new Voortgangsbalk(aanroep.err(), mc.trekkingen(), System.console() != null);
        Spreiding spreiding = MonteCarloRunner.run(engine, s.normering(), mc, n, balk::toon);
        balk.klaar();
        String text = switch (format) {
            case csv -> "\uFEFF" + SpreidingTabel.csv(spreiding);
            case json -> SpreidingTabel.json(spreiding);
            case table -> SpreidingTabel.text(spreiding);
        };
        RunCommand.output(aanroep.out(), out, text);
        return 0;
    }

    /** A progress bar on the terminal's error stream: shown only when there is a terminal. */
    static final class Voortgangsbalk {
        private static final int BREEDTE = 30;
        private final PrintWriter err;
        private final int totaal;
        private final boolean aan;
        private final long start = System.nanoTime();
        private int getoond = -1;

        Voortgangsbalk(PrintWriter err, int totaal, boolean aan) {
            this.err = err;
            this.totaal = totaal;
            this.aan = aan;
        }

        synchronized void toon(int klaar) {
            int procent = (int) (100L * klaar / totaal);
            if (!aan || procent == getoond) {
                return;
            }
            getoond = procent;
            err.print("\r" + regel(klaar, totaal, (System.nanoTime() - start) / 1_000_000L));
            err.flush();
        }

        synchronized void klaar() {
            if (aan && getoond >= 0) {
                err.println();
                err.flush();
            }
        }

        /** "[###############               ]  50 % 1.000/2.000 trekkingen, 1,2 s". */
        static String regel(int klaar, int totaal, long millis) {
            int vol = (int) ((long) BREEDTE * klaar / totaal);
            return "[" + "#".repeat(vol) + " ".repeat(BREEDTE - vol) + "] " + String.format("%3d", 100L * klaar / totaal)
                    + " % " + klaar + "/" + totaal + " trekkingen, " + millis / 1000 + "," + (millis % 1000) / 100 + " s";
        }
    }
}
