package nl.fvw.present;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

import nl.fvw.money.RoundingStep;
import nl.fvw.onzekerheid.Spreiding;

/**
 * The outcome of a Monte Carlo as the terminal, Excel and JSON show it: the run, then per fund
 * and year the accres % and the level at each percentile.
 *
 * <pre>{@code
 * System.out.print(SpreidingTabel.text(MonteCarloRunner.run(engine, invoer, monteCarlo, 2, n -> { })));
 * }</pre>
 */
public final class SpreidingTabel {
    private SpreidingTabel() {
    }

    /**
     * The table for the terminal: the run, then per fund and year the accres % and the level (€ mln) at
     * each of {@link Spreiding#PERCENTIELEN}.
     *
     * @param s the outcome of the Monte Carlo
     * @return the text, ending in a newline
     */
    public static String text(Spreiding s) {
        StringBuilder sb = new StringBuilder(kop(s)).append('\n');
        sb.append("Accres % (percentielen over de trekkingen, nearest rank)\n");
        tabel(sb, s.accresCellen(), 10, (c, p) -> DutchNumbers.format(s.accresPercentiel(c, p)
                .movePointRight(2).setScale(2, RoundingMode.HALF_UP), 2));
        if (!s.niveauCellen().isEmpty()) {
            sb.append("\nNiveau (€ mln; percentielen over de trekkingen, nearest rank)\n");
            tabel(sb, s.niveauCellen(), 12, (c, p) -> DutchNumbers.format(
                    RoundingStep.MLN.printed(s.niveauPercentiel(c, p)), 1));
        }
        sb.append("\nAfronding in de tabel: accres op 0,01 %, niveau op € 0,1 mln (HALF_UP, presentatie);"
                + " gerangschikt op 0,0001 % en op de cent (HALF_EVEN).\n");
        return sb.toString();
    }

    /**
     * The percentiles as CSV for Dutch Excel: semicolons, decimal commas; accres in % with four
     * decimals, levels in euro with cents.
     *
     * @param s the outcome of the Monte Carlo
     * @return the CSV text (without byte order mark), ending in a newline
     */
    public static String csv(Spreiding s) {
        StringBuilder sb = new StringBuilder("fonds;jaar;grootheid");
        Spreiding.PERCENTIELEN.forEach(p -> sb.append(";P").append(p));
        sb.append('\n');
        for (Spreiding.Cel c : s.accresCellen()) {
            sb.append(c.fonds()).append(';').append(c.jaar()).append(";accres %");
            Spreiding.PERCENTIELEN.forEach(p -> sb.append(';').append(s.accresPercentiel(c, p).movePointRight(2).toPlainString()
                    .replace('.', ',')));
            sb.append('\n');
        }
        for (Spreiding.Cel c : s.niveauCellen()) {
            sb.append(c.fonds()).append(';').append(c.jaar()).append(";niveau €");
            Spreiding.PERCENTIELEN.forEach(p -> sb.append(';').append(s.niveauPercentiel(c, p).toPlainString().replace('.', ',')));
            sb.append('\n');
        }
        return sb.toString();
    }

    /**
     * The run and its percentiles as JSON, in a fixed field order: the accres in percent and the
     * levels in euro as exact decimal strings.
     *
     * @param s the outcome of the Monte Carlo
     * @return the JSON object, pretty-printed
     */
    public static String json(Spreiding s) {
        return Json.pretty(g -> {
            g.writeStartObject();
            g.writeNumberField("trekkingen", s.monteCarlo().trekkingen());
            g.writeNumberField("zaad", s.monteCarlo().zaad());
            g.writeStringField("stand", s.stand().toString());
            g.writeArrayFieldStart("voorspelfouten");
            for (nl.fvw.onzekerheid.Voorspelfout f : s.monteCarlo().fouten()) {
                g.writeStartObject();
                g.writeStringField("reeks", f.reeks().spelling());
                g.writeNumberField("vanaf", f.vanaf().value());
                g.writeStringField("sd_procentpunt", f.sd().toPlainString());
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeArrayFieldStart("accres_procent");
            for (Spreiding.Cel c : s.accresCellen()) {
                cel(g, c, p -> s.accresPercentiel(c, p).movePointRight(2));
            }
            g.writeEndArray();
            g.writeArrayFieldStart("niveau_euro");
            for (Spreiding.Cel c : s.niveauCellen()) {
                cel(g, c, p -> s.niveauPercentiel(c, p));
            }
            g.writeEndArray();
            g.writeEndObject();
        }) + "\n";
    }

    /** One table of the terminal view: a header of percentiles, then a row per cell, each value right in {@code breedte}. */
    private static void tabel(StringBuilder sb, List<Spreiding.Cel> cellen, int breedte,
            java.util.function.BiFunction<Spreiding.Cel, Integer, String> waarde) {
        sb.append(Align.left("fonds", 10)).append(Align.left("jaar", 6));
        Spreiding.PERCENTIELEN.forEach(p -> sb.append(Align.right("P" + p, breedte)));
        sb.append('\n');
        for (Spreiding.Cel c : cellen) {
            sb.append(Align.left(c.fonds(), 10)).append(Align.left(String.valueOf(c.jaar()), 6));
            Spreiding.PERCENTIELEN.forEach(p -> sb.append(Align.right(waarde.apply(c, p), breedte)));
            sb.append('\n');
        }
    }

    private static void cel(com.fasterxml.jackson.core.JsonGenerator g, Spreiding.Cel c,
            java.util.function.IntFunction<BigDecimal> percentiel) throws java.io.IOException {
        g.writeStartObject();
        g.writeStringField("fonds", c.fonds());
        g.writeNumberField("jaar", c.jaar().value());
        for (int p : Spreiding.PERCENTIELEN) {
            g.writeStringField("P" + p, percentiel.apply(p).toPlainString());
        }
        g.writeEndObject();
    }

    private static String kop(Spreiding s) {
        StringBuilder sb = new StringBuilder("Monte Carlo: ").append(DutchNumbers.format(
                BigDecimal.valueOf(s.monteCarlo().trekkingen()), 0)).append(" trekkingen, zaad ").append(s.monteCarlo().zaad())
                .append(", stand ").append(s.stand()).append('\n');
        for (nl.fvw.onzekerheid.Voorspelfout f : s.monteCarlo().fouten()) {
            sb.append("  voorspelfout ").append(f.reeks().spelling()).append(" vanaf ").append(f.vanaf()).append(": normaal (Irwin-Hall), sd ")
                    .append(DutchNumbers.format(f.sd(), Math.max(0, f.sd().stripTrailingZeros().scale())))
                    .append(" procentpunt per jaar\n");
        }
        return sb.toString();
    }
}
