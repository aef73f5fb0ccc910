package nl.fvw.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Random;

import nl.fvw.gemeentefonds.Circulaire;
import nl.fvw.gemeentefonds.Gemeente;
import nl.fvw.scenario.ScenarioReader;

/**
 * Writes the recipients of the bundeling examples in examples/scenarios/data from the real 342
 * gemeenten of the meicirculaire 2024 (data/gemeentefonds, uitkeringsjaar 2025): code, name,
 * provincie, size class, inwoners, jongeren and bijstandsontvangers as the circulaire's maatstaven
 * give them. The historic allocation of the two SPUKs is illustrative (no such real data is shipped):
 * one follows the bijstandsontvangers and one the jongeren, each with noise from seed {@link #SEED}.
 *
 * <p>{@code java -cp … nl.fvw.cli.Voorbeelddata examples/scenarios} rewrites the files; a test
 * checks that the shipped files are exactly what this generator writes.
 */
public final class Voorbeelddata {
    public static final long SEED = 342_2026L;
    /** The scenario whose circulaire holds the real gemeenten. */
    static final String CIRCULAIRE = "algemene-uitkering-meicirculaire-2024.yaml";

    private Voorbeelddata() {
    }

    public static void main(String[] args) {
        write(Path.of(args.length > 0 ? args[0] : "examples/scenarios"));
    }

    /**
     * The files and their contents, by name under data/.
     *
     * @param scenarios the folder of the shipped scenarios
     */
    static Map<String, String> files(Path scenarios) {
        Circulaire c = ScenarioReader.read(scenarios.resolve(CIRCULAIRE)).algemeneUitkering().circulaire();
        int jong = index(c, "jong");
        int bijstand = index(c, "bo3_nw");
        Random r = new Random(SEED);
        StringBuilder gemeenten = new StringBuilder("# De 342 gemeenten van de meicirculaire 2024 (uitkeringsjaar 2025, data/gemeentefonds):"
                + " inwoners, jongeren en bijstandsontvangers zijn de maatstaven inwo, jong en bo3_nw van de circulaire,"
                + " de inwoners gebruikt vanaf 2026; geschreven door nl.fvw.cli.Voorbeelddata.\n"
                + "code;naam;provincie;grootteklasse;inwoners_2026;jongeren;bijstand\n");
        StringBuilder spukA = new StringBuilder("# Historische verdeling SPUK armoedebestrijding (illustratief: naar de"
                + " bijstandsontvangers met ruis, seed " + SEED + ")\ncode,bedrag\n");
        StringBuilder spukB = new StringBuilder("# Historische verdeling SPUK jeugd en onderwijs (illustratief: naar de"
                + " jongeren met ruis, seed " + SEED + ")\ncode,bedrag\n");
        for (Gemeente g : c.gemeenten()) {
            BigDecimal j = g.volumes().get(jong);
            BigDecimal b = g.volumes().get(bijstand);
            gemeenten.append(String.join(";", g.code(), g.naam(), g.provincie(), g.grootteklasse(), nl(g.inwoners()), nl(j),
                    nl(b))).append('\n');
            spukA.append(g.code()).append(',').append(b.multiply(BigDecimal.valueOf(900 + 100 * r.nextGaussian()))
                    .setScale(0, RoundingMode.HALF_UP).max(BigDecimal.ZERO).toPlainString()).append('\n');
            spukB.append(g.code()).append(',').append(j.multiply(BigDecimal.valueOf(120 + 20 * r.nextGaussian()))
                    .setScale(0, RoundingMode.HALF_UP).max(BigDecimal.ZERO).toPlainString()).append('\n');
        }
        return Map.of("gemeenten.csv", gemeenten.toString(), "spuk-armoede-2025.csv", spukA.toString(),
                "spuk-jeugd-2025.csv", spukB.toString());
    }

    private static int index(Circulaire c, String code) {
        for (int i = 0; i < c.maatstaven().size(); i++) {
            if (c.maatstaven().get(i).code().equals(code)) {
                return i;
            }
        }
        throw new IllegalStateException("maatstaf " + code + " not in " + c.code());
    }

    /** A number with a decimal comma and no thousands separator, as the ';' file reads it. */
    private static String nl(BigDecimal v) {
        return v.stripTrailingZeros().toPlainString().replace('.', ',');
    }

    static void write(Path scenarios) {
        try {
            Path dir = scenarios.resolve("data");
            Files.createDirectories(dir);
            for (Map.Entry<String, String> e : files(scenarios).entrySet()) {
                Files.writeString(dir.resolve(e.getKey()), e.getValue(), StandardCharsets.UTF_8);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
