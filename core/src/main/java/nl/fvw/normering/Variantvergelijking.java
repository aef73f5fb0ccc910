package nl.fvw.normering;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import javax.money.MonetaryAmount;

import nl.fvw.FvwException;
import nl.fvw.money.Amounts;
import nl.fvw.time.BudgetYear;
import nl.fvw.time.Stand;

/**
 * The same inputs under several normering variants, side by side: each fund's level per year
 * at one stand, the difference of each variant with the first, and what that difference means
 * for the Rijk's spending under the uitgavenkader. The funds are Rijk spending, but only the volume
 * part of the accres weighs on the kader: the price part (lpo under the rekenregel, the bbp price
 * growth under the bbp-systematiek) is a plafondcorrectie (normering.md §2a). Where a level's
 * tranches are not split, the whole difference counts as beslag, and {@link #gesplitst} says so.
 * The basis for the periodic evaluation of the normering.
 *
 * The rules-dsl module computes it (one engine per variant); {@code nl.fvw.present.VariantTabellen}
 * prints it.
 *
 * <pre>{@code
 * Variantvergelijking v = Variantberekening.vergelijk(invoer, stand, List.of(
 *         new Variantberekening.Variant("beleid", FvwEngine.shipped()),
 *         new Variantberekening.Variant("trap-op-trap-af", FvwEngine.builder().regels(files).build())));
 * MonetaryAmount beslag = v.uitgavenkader("trap-op-trap-af", BudgetYear.of(2026));
 * }</pre>
 *
 * @param stand the stand compared at
 * @param varianten the variants' names, the reference first
 * @param niveaus per variant, fund and year the level
 * @param prijsdelen per variant, fund and year the price part of the level's tranches, where they are split
 */
public record Variantvergelijking(Stand stand, List<String> varianten,
        Map<String, Map<Fonds, Map<BudgetYear, MonetaryAmount>>> niveaus,
        Map<String, Map<Fonds, Map<BudgetYear, MonetaryAmount>>> prijsdelen) {
    /**
     * Copies the lists.
     *
     * @param stand the stand compared at
     * @param varianten the variants' names, the reference first
     * @param niveaus per variant, fund and year the level
     * @param prijsdelen per variant, fund and year the price part, where split (a year may be absent)
     */
    public Variantvergelijking {
        varianten = List.copyOf(varianten);
        niveaus = Collections.unmodifiableMap(new LinkedHashMap<>(niveaus));
        prijsdelen = Collections.unmodifiableMap(new LinkedHashMap<>(prijsdelen));
    }

    /**
     * A variant's level minus the first variant's.
     *
     * @param variant the variant's name
     * @param fonds the fund
     * @param jaar the year
     * @return the difference
     */
    public MonetaryAmount verschil(String variant, Fonds fonds, BudgetYear jaar) {
        return Amounts.subtract(niveaus.get(variant).get(fonds).get(jaar), niveaus.get(varianten.get(0)).get(fonds).get(jaar));
    }

    /**
     * Whether the difference of a variant with the first splits into price and volume part in a
     * year: every fund's level in both has split tranches.
     *
     * @param variant the variant's name
     * @param jaar the year
     * @return true when {@link #plafondcorrectie} is known
     */
    public boolean gesplitst(String variant, BudgetYear jaar) {
        for (Fonds f : niveaus.get(variant).keySet()) {
            if (prijs(variant, f, jaar) == null || prijs(varianten.get(0), f, jaar) == null) {
                return false;
            }
        }
        return true;
    }

    /**
     * The price part of the difference of both funds' levels with the first variant: a
     * plafondcorrectie, not beslag on the uitgavenkader (normering.md §2a).
     *
     * @param variant the variant's name
     * @param jaar the year
     * @return the plafondcorrectie, or null where the tranches are not split
     */
    public MonetaryAmount plafondcorrectie(String variant, BudgetYear jaar) {
        if (!gesplitst(variant, jaar)) {
            return null;
        }
        MonetaryAmount sum = Amounts.zeroEur();
        for (Fonds f : niveaus.get(variant).keySet()) {
            sum = Amounts.add(sum, Amounts.subtract(prijs(variant, f, jaar), prijs(varianten.get(0), f, jaar)));
        }
        return sum;
    }

    /**
     * What a variant means for Rijk spending under the uitgavenkader: the difference of both funds'
     * levels with the first variant less its price part; the whole difference where the tranches are
     * not split ({@link #gesplitst}).
     *
     * @param variant the variant's name
     * @param jaar the year
     * @return the beslag (positive: more spending)
     */
    public MonetaryAmount uitgavenkader(String variant, BudgetYear jaar) {
        MonetaryAmount sum = Amounts.zeroEur();
        for (Fonds f : niveaus.get(variant).keySet()) {
            sum = Amounts.add(sum, verschil(variant, f, jaar));
        }
        MonetaryAmount prijs = plafondcorrectie(variant, jaar);
        return prijs == null ? sum : Amounts.subtract(sum, prijs);
    }

    private MonetaryAmount prijs(String variant, Fonds f, BudgetYear jaar) {
        Map<Fonds, Map<BudgetYear, MonetaryAmount>> perFund = prijsdelen.get(variant);
        Map<BudgetYear, MonetaryAmount> perYear = perFund == null ? null : perFund.get(f);
        return perYear == null ? null : perYear.get(jaar);
    }

    /**
     * A percentile of the level over the variants but the first (nearest rank): the spread of a sweep.
     *
     * @param fonds the fund
     * @param jaar the year
     * @param p the percentile, 0 to 100
     * @return the level at that percentile
     */
    public MonetaryAmount percentiel(Fonds fonds, BudgetYear jaar, int p) {
        return nearestRank(gesorteerd(fonds, jaar), p);
    }

    /** A fund's levels in a year over every variant but the first, smallest first. */
    private List<MonetaryAmount> gesorteerd(Fonds fonds, BudgetYear jaar) {
        if (varianten.size() < 2) {
            throw new FvwException("Percentiles need the points of a sweep or other variants besides the scenario itself");
        }
        List<MonetaryAmount> levels = new ArrayList<>();
        for (String v : varianten.subList(1, varianten.size())) {
            levels.add(niveaus.get(v).get(fonds).get(jaar));
        }
        levels.sort((x, y) -> Amounts.value(x).compareTo(Amounts.value(y)));
        return levels;
    }

    private static MonetaryAmount nearestRank(List<MonetaryAmount> sorted, int p) {
        if (p < 0 || p > 100) {
            throw new FvwException("A percentile lies between 0 and 100, not " + p);
        }
        int rank = Math.max(1, (p * sorted.size() + 99) / 100);
        return sorted.get(rank - 1);
    }

    /** The percentiles of the spread of a sweep: P0 (min), P10, P50, P90, P100 (max). */
    public static final List<Integer> PERCENTIELEN = List.of(0, 10, 50, 90, 100);

    /**
     * The years compared.
     *
     * @return the years, in order
     */
    public List<BudgetYear> jaren() {
        return new ArrayList<>(niveaus.get(varianten.get(0)).values().iterator().next().keySet());
    }
}
