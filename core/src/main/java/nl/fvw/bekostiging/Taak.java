package nl.fvw.bekostiging;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.SortedMap;
import java.util.TreeMap;

import javax.money.MonetaryAmount;

import nl.fvw.FvwException;
import nl.fvw.money.Amounts;
import nl.fvw.time.BudgetYear;

/**
 * A new or changed task for decentral governments, as artikel 2 Fvw asks a bill to state it: the
 * cost components in prices of {@code basisjaar}, the index that brings them to current prices,
 * the split over bestuurslagen (a key that sums to one) and within a tier over recipients, the
 * compensation offered per year (structural, and one-off for the invoeringskosten) and its
 * route, and the assumptions the estimate rests on.
 *
 * <pre>{@code
 * Taak taak = new Taak("Nieuwe taak", "MvT", BudgetYear.of(2027), BudgetYear.of(2027), BudgetYear.of(2029),
 *         componenten, Indexreeks.geen(), Map.of(Bestuurslaag.GEMEENTEN, BigDecimal.ONE), Map.of(),
 *         compensatie, new TreeMap<>(), Route.ALGEMENE_UITKERING, List.of("volume uit de MvT"));
 * }</pre>
 */
public record Taak(String naam, String bron, BudgetYear basisjaar, BudgetYear van, BudgetYear tot,
        List<Kostencomponent> componenten, Indexreeks index, Map<Bestuurslaag, BigDecimal> sleutel,
        Map<Bestuurslaag, Map<String, BigDecimal>> verdeling, SortedMap<BudgetYear, MonetaryAmount> compensatie,
        SortedMap<BudgetYear, MonetaryAmount> compensatieEenmalig, Route route, List<String> aannames) {

    /**
     * Checks the components.
     *
     * @param naam the task's name
     * @param bron the source of the estimate
     * @param basisjaar the year of the prices
     * @param van the first year
     * @param tot the last year
     * @param componenten the cost components
     * @param index the index to current prices
     * @param sleutel the share of each tier, adding up to exactly 1
     * @param verdeling per tier the weights of its recipients (empty: the whole tier)
     * @param compensatie the structural compensation per year
     * @param compensatieEenmalig the one-off compensation per year
     * @param route how the compensation is paid
     * @param aannames the assumptions the estimate rests on
     */
    public Taak {
        Objects.requireNonNull(naam, "naam");
        Objects.requireNonNull(bron, "bron");
        Objects.requireNonNull(basisjaar, "basisjaar");
        Objects.requireNonNull(van, "van");
        Objects.requireNonNull(tot, "tot");
        Objects.requireNonNull(index, "index");
        Objects.requireNonNull(route, "route");
        if (tot.isBefore(van)) {
            throw new FvwException("Task '" + naam + "': the years run from " + van + " to " + tot + ", 'tot' comes before 'van'");
        }
        componenten = List.copyOf(componenten);
        if (componenten.isEmpty()) {
            throw new FvwException("Task '" + naam + "' has no cost components");
        }
        sleutel = Collections.unmodifiableMap(new EnumMap<>(sleutel));
        BigDecimal sum = sleutel.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        if (sum.compareTo(BigDecimal.ONE) != 0) {
            throw new FvwException("Task '" + naam + "': the key over bestuurslagen sums to " + sum.toPlainString()
                    + " (" + sleutel + "); it must sum to exactly 1");
        }
        for (Map.Entry<Bestuurslaag, BigDecimal> e : sleutel.entrySet()) {
            if (e.getValue().signum() < 0) {
                throw new FvwException("Task '" + naam + "': the share of the " + e.getKey().woord() + " is negative");
            }
        }
        EnumMap<Bestuurslaag, Map<String, BigDecimal>> v = new EnumMap<>(Bestuurslaag.class);
        for (Map.Entry<Bestuurslaag, Map<String, BigDecimal>> e : verdeling.entrySet()) {
            if (!sleutel.containsKey(e.getKey())) {
                throw new FvwException("Task '" + naam + "': a distribution within the " + e.getKey().woord()
                        + " is given, but the key gives them no share");
            }
            v.put(e.getKey(), Collections.unmodifiableMap(new TreeMap<>(e.getValue())));
        }
        verdeling = Collections.unmodifiableMap(v);
        compensatie = Collections.unmodifiableSortedMap(new TreeMap<>(compensatie));
        compensatieEenmalig = Collections.unmodifiableSortedMap(new TreeMap<>(compensatieEenmalig));
        TreeMap<BudgetYear, MonetaryAmount> all = new TreeMap<>(compensatie);
        compensatieEenmalig.forEach((y, a) -> all.merge(y, a, (x, z) -> x));
        for (Map.Entry<BudgetYear, MonetaryAmount> e : all.entrySet()) {
            if (!e.getValue().getCurrency().getCurrencyCode().equals(Amounts.EUR_CODE)) {
                throw new FvwException("Task '" + naam + "': the compensation of " + e.getKey() + " is in "
                        + e.getValue().getCurrency().getCurrencyCode() + "; costs are in EUR");
            }
            if (e.getKey().isBefore(van) || e.getKey().isAfter(tot)) {
                throw new FvwException("Task '" + naam + "': compensation is given for " + e.getKey()
                        + ", outside the task's years " + van + "-" + tot);
            }
        }
        aannames = List.copyOf(aannames);
    }

    /**
     * All compensation of a year: structural plus one-off.
     *
     * @param jaar the year
     * @return the compensation, zero in a year without any
     */
    public MonetaryAmount compensatie(BudgetYear jaar) {
        MonetaryAmount a = compensatie.getOrDefault(jaar, Amounts.zeroEur());
        MonetaryAmount b = compensatieEenmalig.getOrDefault(jaar, Amounts.zeroEur());
        return Amounts.add(a, b);
    }
}
