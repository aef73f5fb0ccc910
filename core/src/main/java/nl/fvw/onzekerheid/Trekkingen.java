package nl.fvw.onzekerheid;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.SplittableRandom;
import java.util.TreeMap;

import javax.money.MonetaryAmount;

import nl.fvw.money.Amounts;
import nl.fvw.normering.Normeringsinvoer;
import nl.fvw.normering.Uitgavenaggregaat;
import nl.fvw.time.BudgetYear;
import nl.fvw.time.StandRates;
import nl.fvw.time.YearSeries;

/**
 * The draws of one {@link MonteCarlo} over one input. What every draw shares is worked out once: each
 * perturbed aggregate's years, its values as given and its growth X_t / X_{t−1} (DECIMAL128), so a
 * draw only adds its errors. Draw {@code i} is the same input as {@link MonteCarlo#trekking} gives.
 *
 * <pre>{@code
 * Trekkingen t = monteCarlo.trekkingen(invoer);
 * Normeringsinvoer draw = t.trekking(17);
 * }</pre>
 */
public final class Trekkingen {
    private final MonteCarlo monteCarlo;
    private final Normeringsinvoer invoer;
    /** Per forecast error, in order: the aggregate it perturbs as prepared, or null for a bbp series. */
    private final Reeks[] reeksen;

    /** A perturbed aggregate: where it is in the input's list, its years, values as given and growth from the error's first year. */
    private record Reeks(int plaats, Uitgavenaggregaat aggregaat, BudgetYear[] jaren, MonetaryAmount[] gegeven,
            BigDecimal[] waarden, BigDecimal[] groei) {
    }

    Trekkingen(MonteCarlo monteCarlo, Normeringsinvoer invoer) {
        monteCarlo.controleer(invoer);
        this.monteCarlo = monteCarlo;
        this.invoer = invoer;
        List<Voorspelfout> fouten = monteCarlo.fouten();
        this.reeksen = new Reeks[fouten.size()];
        for (int i = 0; i < reeksen.length; i++) {
            Voorspelfout f = fouten.get(i);
            if (f.reeks().isAggregaat()) {
                Uitgavenaggregaat a = monteCarlo.aggregaat(invoer, f.reeks().spelling());
                reeksen[i] = reeks(invoer.aggregaten().indexOf(a), a, f.vanaf());
            }
        }
    }

    private static Reeks reeks(int plaats, Uitgavenaggregaat a, BudgetYear vanaf) {
        List<BudgetYear> jaren = new ArrayList<>();
        for (BudgetYear y = a.getWaarden().firstYear(); !y.isAfter(a.getWaarden().lastYear()); y = y.next()) {
            jaren.add(y);
        }
        int n = jaren.size();
        MonetaryAmount[] gegeven = new MonetaryAmount[n];
        BigDecimal[] waarden = new BigDecimal[n];
        BigDecimal[] groei = new BigDecimal[n];
        for (int t = 0; t < n; t++) {
            gegeven[t] = a.waarde(jaren.get(t));
            waarden[t] = Amounts.value(gegeven[t]);
            if (!jaren.get(t).isBefore(vanaf)) {
                groei[t] = waarden[t].divide(waarden[t - 1], MathContext.DECIMAL128);
            }
        }
        return new Reeks(plaats, a, jaren.toArray(BudgetYear[]::new), gegeven, waarden, groei);
    }

    /**
     * Draw {@code index}: the input with every declared series perturbed.
     *
     * @param index the draw, 0 to {@code trekkingen − 1}
     * @return the perturbed input
     */
    public Normeringsinvoer trekking(int index) {
        SplittableRandom random = new SplittableRandom(MonteCarlo.mix(monteCarlo.zaad(), index));
        List<Uitgavenaggregaat> aggregaten = new ArrayList<>(invoer.aggregaten());
        StandRates volume = invoer.bbpVolume();
        StandRates prijs = invoer.bbpPrijs();
        List<Voorspelfout> fouten = monteCarlo.fouten();
        for (int i = 0; i < reeksen.length; i++) {
            Voorspelfout f = fouten.get(i);
            if (reeksen[i] != null) {
                aggregaten.set(reeksen[i].plaats(), verstoord(reeksen[i], f, random, index));
            } else if (f.reeks() == Voorspelfout.Reeks.BBP_VOLUME) {
                volume = verstoord(volume, f, random);
            } else {
                prijs = verstoord(prijs, f, random);
            }
        }
        return new Normeringsinvoer(aggregaten, invoer.posten(), invoer.gepubliceerdAccres(), invoer.fondsen(), volume, prijs,
                invoer.lpo(), invoer.bbpKeuzes(), invoer.bcf(), invoer.parameters(), invoer.standen(), invoer.bereik(),
                invoer.eersteJaar(), invoer.laatsteJaar());
    }

    /** X'_t = X'_{t−1} × (X_t / X_{t−1} + ε_t), from the error's first year on; the years before stay as given. */
    private Uitgavenaggregaat verstoord(Reeks r, Voorspelfout f, SplittableRandom random, int index) {
        Map<BudgetYear, MonetaryAmount> waarden = new TreeMap<>();
        BigDecimal vorig = null;
        for (int t = 0; t < r.jaren().length; t++) {
            if (r.groei()[t] == null) {
                waarden.put(r.jaren()[t], r.gegeven()[t]);   // as given
                vorig = r.waarden()[t];
            } else {
                vorig = vorig.multiply(r.groei()[t].add(MonteCarlo.fout(random, f.sd())), MathContext.DECIMAL128)
                        .setScale(2, RoundingMode.HALF_EVEN);
                waarden.put(r.jaren()[t], Amounts.eur(vorig));
            }
        }
        Uitgavenaggregaat a = r.aggregaat();
        return Uitgavenaggregaat.of(a.getNaam(), a.getStand(), a.getBron() + "; trekking " + index + " (zaad "
                + monteCarlo.zaad() + ")", YearSeries.of(waarden));
    }

    /** rate'_t = rate_t + ε_t at the Monte Carlo's stand, from the error's first year on. */
    private StandRates verstoord(StandRates rates, Voorspelfout f, SplittableRandom random) {
        SortedMap<BudgetYear, BigDecimal> gegeven = rates.stands().get(monteCarlo.stand());
        if (gegeven == null) {
            return rates;
        }
        TreeMap<BudgetYear, BigDecimal> m = new TreeMap<>(gegeven);
        for (Map.Entry<BudgetYear, BigDecimal> y : m.entrySet()) {
            if (!y.getKey().isBefore(f.vanaf())) {
                y.setValue(y.getValue().add(MonteCarlo.fout(random, f.sd())));
            }
        }
        return rates.replacing(monteCarlo.stand(), m);
    }
}
