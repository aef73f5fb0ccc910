package nl.fvw.normering;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.SortedMap;
import java.util.TreeMap;

import javax.money.MonetaryAmount;

import nl.fvw.FvwException;
import nl.fvw.explain.Explanation;
import nl.fvw.explain.Input;
import nl.fvw.explain.Value;
import nl.fvw.money.Allocation;
import nl.fvw.money.Amounts;
import nl.fvw.money.RoundingStep;
import nl.fvw.money.RoundingUnit;

/**
 * The uitkeringsfactor and the algemene uitkering per gemeente (normering.md §6; Financiële-
 * verhoudingswet art. 10-11; Besluit financiële verhoudingen 2001 art. 1c):
 * UF = (AU-budget − Σ inkomstenmaatstaven) / Σ uitkeringsbases, AU_g = UF × basis_g + inkomsten_g,
 * the inkomstenmaatstaven being negative amounts. The AU is allocated sum-exactly: the part
 * distributed by basis (AU − Σ inkomsten) is split by the bases with {@link Allocation}, so the
 * AU of all gemeenten adds up to the budget to the cent; the published UF has three decimals.
 *
 * <pre>{@code
 * Map<String, MonetaryAmount> bases = Uitkeringsfactor.uitkeringsbases(eenhedenPerGemeente, bedragPerEenheid);
 * Uitkeringsfactor.Uitkomst uf = Uitkeringsfactor.bereken(auBudget, gemeenten, true);
 * BigDecimal gepubliceerd = uf.gepubliceerd();   // three decimals
 * }</pre>
 */
public final class Uitkeringsfactor {
    /** The uitkeringsfactor as the circulaires print it: three decimals, half-up. */
    public static final RoundingStep PUBLICATIE = new RoundingStep("uitkeringsfactor", RoundingUnit.DRIE_DECIMALEN,
            RoundingMode.HALF_UP, "Bfv 2001 art. 1c; circulaires gemeentefonds: uitkeringsfactor in drie decimalen");

    private Uitkeringsfactor() {
    }

    /**
     * One gemeente: its code (CBS), its uitkeringsbasis (Σ eenheden × bedrag per eenheid, euro)
     * and its inkomstenmaatstaven (zero or negative, euro).
     */
    public record Gemeente(String code, MonetaryAmount uitkeringsbasis, MonetaryAmount inkomsten) {
        /**
         * Checks the components.
         *
         * @param code the CBS code
         * @param uitkeringsbasis Σ eenheden × bedrag per eenheid (not negative)
         * @param inkomsten the inkomstenmaatstaven (zero or negative)
         */
        public Gemeente {
            Objects.requireNonNull(code, "code");
            Objects.requireNonNull(uitkeringsbasis, "uitkeringsbasis");
            Objects.requireNonNull(inkomsten, "inkomsten");
            if (uitkeringsbasis.isNegative()) {
                throw new FvwException("Gemeente " + code + ": the uitkeringsbasis is negative ("
                        + Amounts.format(uitkeringsbasis) + ")");
            }
            if (inkomsten.isPositive()) {
                throw new FvwException("Gemeente " + code + ": inkomstenmaatstaven are a negative amount, got "
                        + Amounts.format(inkomsten));
            }
        }
    }

    /** The factor (exact and as published), the AU per gemeente, and the explanation. */
    public record Uitkomst(MonetaryAmount auBudget, BigDecimal factor, BigDecimal gepubliceerd,
            SortedMap<String, MonetaryAmount> au, Explanation explanation) {
    }

    /**
     * Σ_m eenheden_{m,g} × bedrag per eenheid_m: the uitkeringsbasis of one gemeente.
     *
     * @param eenheden the number of units per maatstaf (not negative)
     * @param bedragPerEenheid the amount per unit of every maatstaf
     * @return the uitkeringsbasis, exact within 34 digits
     * @throws FvwException naming a maatstaf without an amount, or with negative units
     */
    public static MonetaryAmount uitkeringsbasis(Map<String, BigDecimal> eenheden, Map<String, MonetaryAmount> bedragPerEenheid) {
        return Amounts.eur(basis(eenheden, prijzen(bedragPerEenheid)));
    }

    /**
     * The uitkeringsbasis of every gemeente, with the amounts per unit read once.
     *
     * @param eenhedenPerGemeente per gemeente code the number of units per maatstaf
     * @param bedragPerEenheid the amount per unit of every maatstaf
     * @return per gemeente its uitkeringsbasis, in the order given
     * @throws FvwException naming a maatstaf without an amount, or with negative units
     */
    public static Map<String, MonetaryAmount> uitkeringsbases(Map<String, Map<String, BigDecimal>> eenhedenPerGemeente,
            Map<String, MonetaryAmount> bedragPerEenheid) {
        Map<String, BigDecimal> prijzen = prijzen(bedragPerEenheid);
        Map<String, MonetaryAmount> out = new LinkedHashMap<>();
        eenhedenPerGemeente.forEach((code, eenheden) -> out.put(code, Amounts.eur(basis(eenheden, prijzen))));
        return out;
    }

    private static Map<String, BigDecimal> prijzen(Map<String, MonetaryAmount> bedragPerEenheid) {
        Map<String, BigDecimal> out = new java.util.HashMap<>();
        bedragPerEenheid.forEach((m, a) -> {
            Amounts.requireSameCurrency(a, Amounts.zeroEur(), "uitkeringsbasis, maatstaf " + m);
            out.put(m, Amounts.value(a));
        });
        return out;
    }

    /** Exact products and sum, rounded once to the amounts' precision. */
    private static BigDecimal basis(Map<String, BigDecimal> eenheden, Map<String, BigDecimal> prijzen) {
        BigDecimal sum = BigDecimal.ZERO;
        for (Map.Entry<String, BigDecimal> e : eenheden.entrySet()) {
            BigDecimal price = prijzen.get(e.getKey());
            if (price == null) {
                throw new FvwException("No bedrag per eenheid for maatstaf '" + e.getKey() + "'");
            }
            if (e.getValue().signum() < 0) {
                throw new FvwException("Maatstaf '" + e.getKey() + "' has a negative number of eenheden ("
                        + e.getValue().toPlainString() + ")");
            }
            sum = sum.add(price.multiply(e.getValue()));
        }
        return sum.round(Amounts.MATH_CONTEXT);
    }

    /**
     * The uitkeringsfactor and the AU per gemeente: UF = (AU budget − Σ inkomstenmaatstaven) / Σ
     * uitkeringsbases; AU_g = UF × basis_g + inkomsten_g, allocated to the cent so that they add up to
     * the budget.
     *
     * @param auBudget the algemene uitkering to distribute
     * @param gemeenten every gemeente, once
     * @param explain false for bulk runs
     * @return the factor (exact and as published), the AU per gemeente and the explanation
     * @throws nl.fvw.FvwException for no gemeenten, a gemeente twice, or mixed currencies
     */
    public static Uitkomst bereken(MonetaryAmount auBudget, List<Gemeente> gemeenten, boolean explain) {
        if (gemeenten.isEmpty()) {
            throw new FvwException("No gemeenten to distribute the algemene uitkering over");
        }
        BigDecimal somInkomsten = BigDecimal.ZERO;
        BigDecimal somBases = BigDecimal.ZERO;
        Map<String, BigDecimal> weights = new LinkedHashMap<>();
        Map<String, MonetaryAmount> own = new LinkedHashMap<>();
        for (Gemeente g : gemeenten) {
            Amounts.requireSameCurrency(auBudget, g.uitkeringsbasis(), "uitkeringsfactor");
            Amounts.requireSameCurrency(auBudget, g.inkomsten(), "uitkeringsfactor");
            BigDecimal basis = Amounts.value(g.uitkeringsbasis());
            if (weights.put(g.code(), basis) != null) {
                throw new FvwException("Gemeente " + g.code() + " appears twice");
            }
            own.put(g.code(), g.inkomsten());
            somInkomsten = somInkomsten.add(Amounts.value(g.inkomsten()), Amounts.MATH_CONTEXT);
            somBases = somBases.add(basis, Amounts.MATH_CONTEXT);
        }
        MonetaryAmount inkomsten = Amounts.of(somInkomsten, auBudget.getCurrency());
        MonetaryAmount bases = Amounts.of(somBases, auBudget.getCurrency());
        MonetaryAmount byBasis = Amounts.subtract(auBudget, inkomsten);
        BigDecimal factor = Amounts.ratio(byBasis, bases, "uitkeringsfactor");
        SortedMap<String, MonetaryAmount> parts = Allocation.split(byBasis, weights, RoundingUnit.CENT);
        SortedMap<String, MonetaryAmount> au = new TreeMap<>();
        parts.forEach((code, part) -> au.put(code, Amounts.add(part, own.get(code))));
        Explanation.Builder b = explain ? Explanation.builder("uitkeringsfactor") : Explanation.off();
        BigDecimal published = b.round(PUBLICATIE, factor);
        if (b.isOn()) {
            b.formula("UF = (AU-budget − Σ inkomstenmaatstaven) / Σ uitkeringsbases; AU_g = UF × basis_g + inkomsten_g,"
                    + " verdeeld met behoud van de som (largest remainder, op de cent)")
                    .input(new Input("AU-budget", Value.mln(auBudget), null, "invoer"))
                    .input(new Input("Σ inkomstenmaatstaven", Value.mln(inkomsten), null, gemeenten.size() + " gemeenten"))
                    .input(new Input("Σ uitkeringsbases", Value.mln(bases), null, gemeenten.size() + " gemeenten"))
                    .value(Value.phrase(Value.decimal(factor, 6), " (gepubliceerd ", Value.decimal(published), ")"));
        }
        return new Uitkomst(auBudget, factor, published, au, b.build());
    }

    /** What an accres mutation of the AU budget does: the new factor and the change per gemeente. */
    public record Effect(Uitkomst voor, Uitkomst na, BigDecimal factorverschil, SortedMap<String, MonetaryAmount> perGemeente) {
    }

    /**
     * What an accres mutation of the AU budget does: the new factor and the change per gemeente.
     *
     * @param auBudget the budget before
     * @param mutatie the change of the budget
     * @param gemeenten every gemeente, once
     * @return both outcomes, the change of the factor and per gemeente
     */
    public static Effect effect(MonetaryAmount auBudget, MonetaryAmount mutatie, List<Gemeente> gemeenten) {
        Uitkomst before = bereken(auBudget, gemeenten, true);
        Uitkomst after = bereken(Amounts.add(auBudget, mutatie), gemeenten, true);
        SortedMap<String, MonetaryAmount> diff = new TreeMap<>();
        before.au().forEach((code, a) -> diff.put(code, Amounts.subtract(after.au().get(code), a)));
        return new Effect(before, after, after.factor().subtract(before.factor(), Amounts.MATH_CONTEXT), diff);
    }
}
