package nl.fvw.scenario;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.SortedMap;

import nl.fvw.bekostiging.Taak;
import nl.fvw.money.AmountUnit;
import nl.fvw.normering.Normeringsinvoer;
import nl.fvw.time.Stand;

/**
 * A scenario as read from its file: the normering inputs (with their parameters; null when the
 * scenario computes only tasks), the tasks to cost (bekostiging), the analyst rule files (and, by
 * explicit choice, {@code ruweRegels}: files that may hold raw DRL and skip fvw's line check), the analyst
 * rule files to apply, the published figures it must reproduce, the variants to compare (at stand
 * {@code vergelijkOp}), the Monte Carlo over forecast errors (or null), and the content hashes of every file it was read from. Read with {@link ScenarioReader}.
 *
 * <pre>{@code
 * Scenario s = ScenarioReader.read(Path.of("examples/scenarios/normering-varianten-illustratief.yaml"));
 * Normeringsuitkomst u = FvwEngine.shipped().bereken(s.normering(), true);
 * }</pre>
 */
public record Scenario(Path file, String naam, String omschrijving, AmountUnit eenheid, Stand stand,
        Normeringsinvoer normering, List<Path> regels, List<Path> ruweRegels, List<Controle> controles,
        List<Variant> varianten, Sweep sweep, Stand vergelijkOp,
        List<Taak> taken, List<nl.fvw.bundeling.Bundeling> bundelingen, nl.fvw.onzekerheid.MonteCarlo monteCarlo,
        List<Begrotingstabel> begrotingstabellen, List<Hiaat> hiaten,
        nl.fvw.gemeentefonds.Verdelingsinvoer algemeneUitkering, Portefeuilleinvoer portefeuille,
        SortedMap<String, String> hashes) {
    /**
     * Copies the lists.
     *
     * @param file the file it was read from
     * @param naam the scenario's name
     * @param omschrijving its description
     * @param eenheid the unit of its amounts
     * @param stand its stand
     * @param normering the normering input, or null
     * @param regels the analyst rule files
     * @param ruweRegels rule files that may hold raw DRL
     * @param controles published figures to reproduce
     * @param varianten the variants
     * @param sweep the sweep over a parameter, or null
     * @param vergelijkOp the stand variants are compared at
     * @param taken the tasks
     * @param bundelingen the bundlings
     * @param monteCarlo the Monte Carlo, or null
     * @param begrotingstabellen the begroting's tables as printed, checked
     * @param hiaten the figures the scenario would check but no public source gives
     * @param algemeneUitkering the algemene uitkering per gemeente of a circulaire, or null
     * @param portefeuille a tier's tasks against its fund, or null
     * @param hashes the SHA-256 of every file read
     */
    public Scenario {
        Objects.requireNonNull(naam, "naam");
        Objects.requireNonNull(eenheid, "eenheid");
        Objects.requireNonNull(stand, "stand");

        regels = List.copyOf(regels);
        ruweRegels = List.copyOf(ruweRegels);
        controles = List.copyOf(controles);
        varianten = List.copyOf(varianten);
        taken = List.copyOf(taken);
        bundelingen = List.copyOf(bundelingen);
        begrotingstabellen = List.copyOf(begrotingstabellen);
        hiaten = List.copyOf(hiaten);
    }

    /**
     * A figure the scenario would need or check but no public source gives: named, so that a reader
     * sees the gap instead of a zero.
     *
     * @param wat the figure, such as "PF tranche 2017"
     * @param reden where it was looked for
     */
    public record Hiaat(String wat, String reden) {
        /**
         * Checks the components.
         *
         * @param wat the figure
         * @param reden where it was looked for
         */
        public Hiaat {
            Objects.requireNonNull(wat, "wat");
            Objects.requireNonNull(reden, "reden");
        }
    }

    /**
     * A variant to compare with the scenario itself: a name, the rule files that make it, and the
     * parameters it sets differently (a sweep gives one variant per value).
     */
    public record Variant(String naam, List<Path> regels, nl.fvw.param.ParameterSet parameters) {
        /**
         * Checks the components.
         *
         * @param naam the variant's name
         * @param regels its rule files
         * @param parameters the parameters it sets differently
         */
        public Variant {
            Objects.requireNonNull(naam, "naam");
            regels = List.copyOf(regels);
            Objects.requireNonNull(parameters, "parameters");
        }
    }
}
