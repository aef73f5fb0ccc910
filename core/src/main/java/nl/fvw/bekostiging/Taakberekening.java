package nl.fvw.bekostiging;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;

import javax.money.MonetaryAmount;

import nl.fvw.explain.Explanation;
import nl.fvw.explain.Input;
import nl.fvw.explain.Value;
import nl.fvw.money.Allocation;
import nl.fvw.money.Amounts;
import nl.fvw.money.RoundingStep;
import nl.fvw.money.RoundingUnit;
import nl.fvw.time.BudgetYear;

/**
 * The arithmetic of a task estimate (bekostiging.md): per year the components in base-year
 * prices, brought to current prices by the index (nominaal_t = reëel_t × Π (1 + index_s)), the net
 * claim = invoering + structureel + uitvoering − besparingen − bestaand budget, booked to the
 * cent, split over the bestuurslagen by the key and within a tier over recipients, both
 * sum-preserving; the gap = claim − compensation, per year, cumulative and as a fraction of the claim.
 *
 * <pre>{@code
 * Taakuitkomst zonderOordeel = Taakberekening.bereken(taak, true);   // the arithmetic only
 * Taakuitkomst metOordeel = FvwEngine.shipped().beoordeel(taak, true);  // with verdict and signals
 * }</pre>
 */
public final class Taakberekening {
    /** The claim is booked in whole cents, so that its split over tiers and recipients adds up exactly. */
    public static final RoundingStep OP_DE_CENT = new RoundingStep("claim op de cent", RoundingUnit.CENT,
            RoundingMode.HALF_UP, "bekostiging.md: de claim wordt per bestuurslaag verdeeld; bedragen in centen");

    private Taakberekening() {
    }

    /**
     * Costs a task: per year the indexed costs by kind, the net claim, its split over tiers and
     * recipients to the cent, the compensation and the gap; verdict and signals are left to the rules.
     *
     * @param taak the task
     * @param explain false for bulk runs
     * @return the outcome without verdict
     * @throws nl.fvw.FvwException naming what cannot be computed
     */
    public static Taakuitkomst bereken(Taak taak, boolean explain) {
        List<Taakjaar> jaren = new ArrayList<>();
        MonetaryAmount cumulative = Amounts.zeroEur();
        for (BudgetYear y = taak.van(); !y.isAfter(taak.tot()); y = y.next()) {
            BigDecimal factor = taak.index().factor(taak.basisjaar(), y);
            Explanation.Builder b = explain ? Explanation.builder("claim " + taak.naam() + " " + y) : Explanation.off();
            Map<Kostensoort, MonetaryAmount> kosten = new EnumMap<>(Kostensoort.class);
            MonetaryAmount claimExact = Amounts.zeroEur();
            for (Kostencomponent c : taak.componenten()) {
                MonetaryAmount real = c.berekening().reeel(y);
                MonetaryAmount nominal = Amounts.multiply(real, factor);
                kosten.merge(c.soort(), nominal, Amounts::add);
                claimExact = c.soort().teken() > 0 ? Amounts.add(claimExact, nominal) : Amounts.subtract(claimExact, nominal);
                if (b.isOn() && Amounts.value(real).signum() != 0) {
                    b.input(new Input(c.naam() + " [" + c.soort().woord() + ", prijzen " + taak.basisjaar() + "]",
                            Value.phrase(Value.euro(nominal), " = ", c.berekening().formule(y),
                                    factor.compareTo(BigDecimal.ONE) == 0 ? ""
                                            : Value.phrase(" × indexfactor ", Value.decimal(factor, 6))),
                            null, c.bron()));
                }
            }
            MonetaryAmount claim = b.round(OP_DE_CENT, claimExact);
            Map<Bestuurslaag, MonetaryAmount> perLaag = new EnumMap<>(Bestuurslaag.class);
            perLaag.putAll(Allocation.split(claim, taak.sleutel(), RoundingUnit.CENT));
            Map<Bestuurslaag, SortedMap<String, MonetaryAmount>> perOntvanger = new EnumMap<>(Bestuurslaag.class);
            for (Map.Entry<Bestuurslaag, Map<String, BigDecimal>> e : taak.verdeling().entrySet()) {
                perOntvanger.put(e.getKey(), Allocation.split(perLaag.get(e.getKey()), e.getValue(), RoundingUnit.CENT));
            }
            MonetaryAmount comp = taak.compensatie(y);
            MonetaryAmount gat = Amounts.subtract(claim, comp);
            cumulative = Amounts.add(cumulative, gat);
            BigDecimal fractie = Amounts.value(claim).signum() == 0 ? null : Amounts.ratio(gat, claim, "gap as a share of the claim");
            if (b.isOn()) {
                b.formula("claim = (invoering + structureel + uitvoering − besparing − bestaand budget) × indexfactor;"
                        + " gat = claim − compensatie (" + taak.route().woord() + ")")
                        .input(new Input("index " + y, Value.phrase(taak.index().naam() + ": factor ",
                                Value.decimal(factor, 6)), null, taak.index().bron()))
                        .input(new Input("compensatie " + y, Value.euro(comp), null, taak.bron()))
                        .value(Value.phrase("claim ", Value.mln(claim), ", gat ", Value.mln(gat),
                                fractie == null ? "" : Value.phrase(" (", Value.rate(fractie), " van de claim)")));
            }
            jaren.add(new Taakjaar(y, factor, kosten, claim, perLaag, perOntvanger, comp, gat, cumulative, fractie, b.build()));
        }
        return new Taakuitkomst(taak, jaren, null, List.of(), List.of(), nl.fvw.explain.Provenance.of(java.util.Map.of()));
    }
}
