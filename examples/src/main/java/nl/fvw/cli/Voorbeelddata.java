package nl.fvw.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.SortedMap;
import java.util.TreeMap;

import nl.fvw.money.Allocation;
import nl.fvw.money.Amounts;
import nl.fvw.money.RoundingUnit;

/**
 * Generates the illustrative gemeenten of examples/scenarios/data deterministically from seed
 * {@link #SEED}: 342 gemeenten whose inwoners follow a lognormal spread (median about 28.000, a
 * few cities above 500.000, a long tail down to about 1.000), scaled to 18.000.000 inwoners in
 * all; jongeren (0-17) about 20 % and bijstandshuishoudens about 3 % of the inwoners with a spread
 * of their own; and the historic allocation of two SPUKs, one following the bijstandshuishoudens
 * and one the jongeren, each with noise. The numbers are not real gemeenten: codes are GX0001-GX0342.
 *
 * <p>{@code java -cp … nl.fvw.cli.Voorbeelddata examples/scenarios/data} rewrites the files; a test
 * checks that the shipped files are exactly what this generator writes.
 */
public final class Voorbeelddata {
    public static final long SEED = 342_2026L;
    static final int N = 342;
    static final BigDecimal TOTAAL = new BigDecimal("18000000");

    private Voorbeelddata() {
    }

    public static void main(String[] args) {
        write(Path.of(args.length > 0 ? args[0] : "examples/scenarios/data"));
    }

    /** The files and their contents, by name. */
    static Map<String, String> files() {
        Random r = new Random(SEED);
        Map<String, BigDecimal> raw = new TreeMap<>();
        for (int i = 1; i <= N; i++) {
            long inw = Math.round(Math.exp(Math.log(28_000) + 0.95 * r.nextGaussian()));
            raw.put(code(i), BigDecimal.valueOf(Math.max(900, Math.min(950_000, inw))));
        }
        SortedMap<String, javax.money.MonetaryAmount> scaled = Allocation.split(Amounts.eur(TOTAAL), raw, RoundingUnit.EURO);
        StringBuilder gemeenten = new StringBuilder("# Illustratieve gemeenten, gegenereerd door nl.fvw.cli.Voorbeelddata (seed "
                + SEED + "); geen echte gemeenten.\ncode,naam,inwoners_2026,inwoners_2027,jongeren,bijstand\n");
        StringBuilder spukA = new StringBuilder("# Historische verdeling SPUK armoedebestrijding (illustratief, seed " + SEED
                + ")\ncode,bedrag\n");
        StringBuilder spukB = new StringBuilder("# Historische verdeling SPUK jeugd en onderwijs (illustratief, seed " + SEED
                + ")\ncode,bedrag\n");
        List<String> codes = new ArrayList<>(scaled.keySet());
        for (int i = 0; i < codes.size(); i++) {
            String c = codes.get(i);
            long inw = Amounts.value(scaled.get(c)).longValueExact();
            long inw2027 = inw + Math.round(inw * 0.004 * r.nextGaussian());
            long jongeren = Math.round(inw * (0.20 + 0.025 * r.nextGaussian()));
            long bijstand = Math.round(inw * (0.030 + 0.010 * Math.abs(r.nextGaussian())) * (inw > 100_000 ? 1.6 : 1.0));
            gemeenten.append(c).append(",Gemeente ").append(String.format("%03d", i + 1)).append(',').append(inw).append(',')
                    .append(Math.max(1, inw2027)).append(',').append(Math.max(0, jongeren)).append(',').append(Math.max(0, bijstand))
                    .append('\n');
            spukA.append(c).append(',').append(Math.round(bijstand * (900 + 300 * r.nextGaussian() / 3))).append('\n');
            spukB.append(c).append(',').append(Math.round(jongeren * (120 + 60 * r.nextGaussian() / 3))).append('\n');
        }
        spukA.append("# GX0901 is in 2026 opgegaan in GX0001 (zie de herindelingen in het scenario)\nGX0901,250000\n");
        return Map.of("gemeenten.csv", gemeenten.toString(), "spuk-armoede-2025.csv", spukA.toString(),
                "spuk-jeugd-2025.csv", spukB.toString());
    }

    static String code(int i) {
        return String.format("GX%04d", i);
    }

    static void write(Path dir) {
        try {
            Files.createDirectories(dir);
            for (Map.Entry<String, String> e : files().entrySet()) {
                Files.writeString(dir.resolve(e.getKey()), e.getValue(), StandardCharsets.UTF_8);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
