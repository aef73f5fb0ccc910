package nl.fvw.rules;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import javax.money.MonetaryAmount;

import nl.fvw.FvwException;
import nl.fvw.normering.Fonds;
import nl.fvw.normering.Fondsniveau;
import nl.fvw.normering.Normeringsinvoer;
import nl.fvw.normering.Normeringsuitkomst;
import nl.fvw.normering.Variantvergelijking;
import nl.fvw.param.ParameterSet;
import nl.fvw.time.BudgetYear;
import nl.fvw.time.Stand;

/**
 * Computes the same inputs under several normering variants, each with its own engine (rules) and
 * parameters, into a {@link Variantvergelijking}: each fund's level per year at one stand.
 *
 * <pre>{@code
 * Variantvergelijking v = Variantberekening.vergelijk(invoer, stand, List.of(
 *         new Variantberekening.Variant("beleid", FvwEngine.shipped()),
 *         new Variantberekening.Variant("trap-op-trap-af", FvwEngine.builder().regels(files).build())));
 * System.out.print(VariantTabellen.text(v));
 * }</pre>
 */
public final class Variantberekening {
    private Variantberekening() {
    }

    /**
     * A named rule set, and the parameters that differ from the common input (empty: none): a rule
     * variant, a parameter variant, or a point of a sweep.
     *
     * @param naam the variant's name
     * @param engine its rules
     * @param parameters the parameters it sets differently (empty: none)
     */
    public record Variant(String naam, FvwEngine engine, ParameterSet parameters) {
        /**
         * A rule variant, with the common parameters.
         *
         * @param naam the variant's name
         * @param engine its rules
         */
        public Variant(String naam, FvwEngine engine) {
            this(naam, engine, ParameterSet.empty());
        }

        /**
         * Checks the components.
         *
         * @param naam the variant's name
         * @param engine its rules
         * @param parameters the parameters it sets differently (empty: none)
         */
        public Variant {
            Objects.requireNonNull(naam, "naam");
            Objects.requireNonNull(engine, "engine");
            Objects.requireNonNull(parameters, "parameters");
        }
    }

    /**
     * Evaluates every variant on the same input and keeps each fund's level per year at {@code stand}.
     *
     * @param in the common input
     * @param stand the stand compared at
     * @param variants the variants, the reference first
     * @return the comparison
     * @throws FvwException when there are no variants or the stand is not computed
     */
    public static Variantvergelijking vergelijk(Normeringsinvoer in, Stand stand, List<Variant> variants) {
        if (variants.isEmpty()) {
            throw new FvwException("No variants to compare");
        }
        if (!in.standen().contains(stand)) {
            throw new FvwException("Variants are compared at stand " + stand + ", which is not among the stands computed "
                    + in.standen());
        }
        Map<String, Map<Fonds, Map<BudgetYear, MonetaryAmount>>> out = new LinkedHashMap<>();
        Map<String, Map<Fonds, Map<BudgetYear, MonetaryAmount>>> prijs = new LinkedHashMap<>();
        for (Variant v : variants) {
            if (out.containsKey(v.naam())) {
                throw new FvwException("Variant '" + v.naam() + "' is named twice");
            }
            Normeringsuitkomst r = v.engine().bereken(in.withParameters(in.parameters().override(v.parameters())), false);
            Map<Fonds, Map<BudgetYear, MonetaryAmount>> perFund = new LinkedHashMap<>();
            Map<Fonds, Map<BudgetYear, MonetaryAmount>> prijsPerFund = new LinkedHashMap<>();
            for (Fonds f : in.fondsen().keySet()) {
                Map<BudgetYear, MonetaryAmount> levels = new LinkedHashMap<>();
                Map<BudgetYear, MonetaryAmount> prijsdelen = new LinkedHashMap<>();
                for (BudgetYear y = in.eersteJaar(); !y.isAfter(in.laatsteJaar()); y = y.next()) {
                    Fondsniveau n = r.niveau(f, y, stand);
                    levels.put(y, n.bedrag());
                    if (n.prijs() != null) {
                        prijsdelen.put(y, n.prijs());
                    }
                }
                perFund.put(f, levels);
                prijsPerFund.put(f, prijsdelen);
            }
            if (perFund.isEmpty()) {
                throw new FvwException("Variants compare the levels of the funds; give a fund with 'niveau_basis'");
            }
            out.put(v.naam(), perFund);
            prijs.put(v.naam(), prijsPerFund);
        }
        return new Variantvergelijking(stand, List.copyOf(out.keySet()), out, prijs);
    }
}
