package nl.fvw.rules.internal;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;

import javax.money.MonetaryAmount;

import nl.fvw.explain.Provenance;
import nl.fvw.input.Cachebestand;
import nl.fvw.normering.Besluiten;
import nl.fvw.normering.Normeringsinvoer;
import nl.fvw.normering.Uitgavenpost;
import nl.fvw.time.BudgetYear;

/**
 * The decisions of the normering rules kept in a directory by what they were decided from
 * ({@link Besluittekst}), so a later run of an input of the same structure neither builds the rule
 * base nor fires it. The key holds everything the decisions follow from: the build of fvw, the
 * engine (its rule and parameter files by hash, the rules replaced, the limits of a session) and what
 * the rules see of the input: its first and last year (a fact per fund and year), its spending items
 * whole, the names of its parameters. A file that cannot be read back is decided again and written anew.
 *
 * <pre>{@code
 * Besluitgeheugen g = new Besluitgeheugen(Path.of("~/.cache/fvw/regels/besluiten"));
 * String sleutel = Besluitgeheugen.sleutel(engineKey, invoer);
 * Besluiten b = g.lees(sleutel, invoer);          // null: decide, then g.bewaar(sleutel, b, invoer)
 * }</pre>
 *
 * @param map the directory (made when first written)
 */
public record Besluitgeheugen(Path map) {
    /**
     * Checks the directory.
     *
     * @param map the directory
     */
    public Besluitgeheugen {
        Objects.requireNonNull(map, "map");
    }

    /**
     * The key of an input's decisions under an engine.
     *
     * @param engine what identifies the engine: its files' hashes, the rules it replaces, its limits
     * @param in the input with its parameters layered, as the rules see it
     * @return the SHA-256 of the build, the engine and the input's structure
     */
    public static String sleutel(String engine, Normeringsinvoer in) {
        StringBuilder k = new StringBuilder(Provenance.currentBuild()).append('\0').append(engine).append('\0')
                .append(in.eersteJaar()).append('\0').append(in.laatsteJaar()).append('\0');
        new TreeSet<>(in.parameters().all().keySet()).forEach(p -> k.append(p).append('\0'));
        for (Uitgavenpost p : in.posten()) {
            k.append('\n').append(p.getAggregaat()).append('\0').append(p.getNaam()).append('\0').append(p.getSoort())
                    .append('\0').append(p.getStand()).append('\0').append(p.getBron()).append('\0');
            for (Map.Entry<BudgetYear, MonetaryAmount> e : p.getReeks().asMap().entrySet()) {
                k.append(e.getKey()).append('=').append(e.getValue().getCurrency().getCurrencyCode()).append(' ')
                        .append(e.getValue().getNumber().numberValueExact(BigDecimal.class)).append('\0');
            }
        }
        return Provenance.sha256(k.toString());
    }

    /**
     * The decisions kept under a key.
     *
     * @param sleutel the key ({@link #sleutel})
     * @param in the input, of the structure the key describes
     * @return the decisions, or null when none are kept or the file cannot be read back
     */
    public Besluiten lees(String sleutel, Normeringsinvoer in) {
        Path file = bestand(sleutel);
        if (!Files.isRegularFile(file)) {
            return null;
        }
        try {
            return Besluittekst.lees(file.toString(), Files.readAllBytes(file), sleutel, in);
        } catch (IOException | RuntimeException e) {
            return null;   // decided again, and written anew
        }
    }

    /**
     * Keeps decisions under a key; written whole or not at all (a run at the same time reads either
     * none or the whole file), and not at all where the directory cannot be written.
     *
     * @param sleutel the key
     * @param besluiten the decisions taken for {@code in}
     * @param in the input
     */
    public void bewaar(String sleutel, Besluiten besluiten, Normeringsinvoer in) {
        byte[] tekst = Besluittekst.schrijf(besluiten, sleutel, in);
        if (tekst == null) {
            return;
        }
        Cachebestand.schrijf(bestand(sleutel), () -> tekst);   // not kept: the next run decides again
    }

    private Path bestand(String sleutel) {
        return map.resolve(sleutel + ".json");
    }
}
