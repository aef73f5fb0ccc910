package nl.fvw.normering;

import java.math.BigDecimal;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.BiFunction;

import javax.money.MonetaryAmount;

import nl.fvw.FvwException;
import nl.fvw.explain.Explanation;
import nl.fvw.explain.Input;
import nl.fvw.explain.Value;
import nl.fvw.money.Amounts;
import nl.fvw.time.BudgetYear;
import nl.fvw.time.Stand;

/**
 * The BTW-compensatiefonds under its plafond (normering.md §5): the plafond moves with the
 * accres % and taakmutaties, ruimte = plafond − declaraties, split over GF and PF by the declared
 * shares. Which % moves the plafond when the funds' % differ is the named choice
 * {@link BcfInvoer.PlafondMaatstaf} (default: each fund's part of the plafond with its own %).
 *
 * <pre>{@code
 * Map<BudgetYear, BcfPlafond.Ruimte> ruimte = BcfPlafond.bereken(bcf, Stand.parse("Miljoenennota 2017"),
 *         BudgetYear.of(2017), (fonds, jaar) -> accres, true);
 * MonetaryAmount naarGf = ruimte.get(BudgetYear.of(2016)).gf();
 * }</pre>
 */
public final class BcfPlafond {
    /** The ruimte is booked in whole cents, so that its split over the funds adds up exactly. */
    public static final nl.fvw.money.RoundingStep OP_DE_CENT = new nl.fvw.money.RoundingStep("BCF-ruimte op de cent",
            nl.fvw.money.RoundingUnit.CENT, java.math.RoundingMode.HALF_EVEN,
            "normering.md §5: ruimte = plafond − declaraties, verdeeld over GF en PF; bedragen worden in centen geboekt");

    private BcfPlafond() {
    }

    /** The ruimte of one year at one stand, in total and per fund (negative: overschrijding). */
    public record Ruimte(BudgetYear jaar, Stand stand, MonetaryAmount plafond, MonetaryAmount totaal, MonetaryAmount gf,
            MonetaryAmount pf, Explanation explanation) {
    }

    /**
     * The ceiling, the declarations and the ruimte (or overschrijding) per year, split over GF and
     * PF by their declared shares, as known at {@code stand}.
     *
     * @param in the BCF input
     * @param stand the stand
     * @param laatste the last year to compute
     * @param accres the accres % of a fund in a year at {@code stand}
     * @param explain false for bulk runs
     * @return per year the ruimte with its split
     */
    public static Map<BudgetYear, Ruimte> bereken(BcfInvoer in, Stand stand, BudgetYear laatste,
            BiFunction<Fonds, BudgetYear, BigDecimal> accres, boolean explain) {
        Map<BudgetYear, Ruimte> out = new TreeMap<>();
        MonetaryAmount plafond = in.basisplafond();
        for (BudgetYear t = in.basisjaar().next(); !t.isAfter(laatste); t = t.next()) {
            MonetaryAmount dGem = in.declaratiesGemeenten().knownAt(t, stand);
            MonetaryAmount dProv = in.declaratiesProvincies().knownAt(t, stand);
            MonetaryAmount dTot = Amounts.add(dGem, dProv);
            BigDecimal shareGem = Amounts.ratio(dGem, dTot, "BCF share of the gemeenten");
            BigDecimal gGf = accres.apply(Fonds.GEMEENTEFONDS, t);
            BigDecimal gPf = accres.apply(Fonds.PROVINCIEFONDS, t);
            if (gGf == null || gPf == null) {
                throw new FvwException("The BCF plafond " + t + " at stand " + stand + " needs the accres % of both funds");
            }
            BigDecimal factor = switch (in.plafondMaatstaf()) {
                case GF -> BigDecimal.ONE.add(gGf);
                case PF -> BigDecimal.ONE.add(gPf);
                case GEWOGEN -> shareGem.multiply(BigDecimal.ONE.add(gGf), Amounts.MATH_CONTEXT)
                        .add(BigDecimal.ONE.subtract(shareGem).multiply(BigDecimal.ONE.add(gPf), Amounts.MATH_CONTEXT));
            };
            MonetaryAmount previous = plafond;
            plafond = Amounts.multiply(plafond, factor);
            MonetaryAmount taak = in.taakmutaties() != null && in.taakmutaties().contains(t) ? in.taakmutaties().get(t)
                    : Amounts.zeroEur();
            plafond = Amounts.add(plafond, taak);
            Explanation.Builder rb = explain ? Explanation.builder("bcf-ruimte " + t + " stand " + stand) : Explanation.off();
            MonetaryAmount ruimte = rb.round(OP_DE_CENT, Amounts.subtract(plafond, dTot));
            java.util.SortedMap<String, MonetaryAmount> split = nl.fvw.money.Allocation.split(ruimte,
                    Map.of("GF", Amounts.value(dGem), "PF", Amounts.value(dProv)), nl.fvw.money.RoundingUnit.CENT);
            MonetaryAmount gf = split.get("GF");
            MonetaryAmount pf = split.get("PF");
            Explanation e = explain ? rb
                    .formula("plafond_t = plafond_t−1 × " + switch (in.plafondMaatstaf()) {
                        case GF -> "(1 + accres % GF)";
                        case PF -> "(1 + accres % PF)";
                        case GEWOGEN -> "(aandeel gemeenten × (1 + accres % GF) + aandeel provincies × (1 + accres % PF))";
                    } + " + taakmutaties; ruimte = plafond − declaraties; naar GF = ruimte × aandeel gemeenten"
                            + " [maatstaf: " + in.plafondMaatstaf().name().toLowerCase(java.util.Locale.ROOT) + "]")
                    .input(new Input("plafond " + t.previous(), Value.mln(previous), stand, in.bron()))
                    .input(new Input("accres % GF " + t, Value.rate(gGf), stand, "normering"))
                    .input(new Input("accres % PF " + t, Value.rate(gPf), stand, "normering"))
                    .input(new Input("taakmutaties " + t, Value.mln(taak), null, in.bron()))
                    .input(new Input("declaraties gemeenten " + t, Value.mln(dGem), stand, in.bron()))
                    .input(new Input("declaraties provincies " + t, Value.mln(dProv), stand, in.bron()))
                    .value(Value.phrase(Value.mln(ruimte), " (GF ", Value.mln(gf), ", PF ", Value.mln(pf), ")")).build()
                    : Explanation.none();
            out.put(t, new Ruimte(t, stand, plafond, ruimte, gf, pf, e));
        }
        return out;
    }
}
