package nl.fvw.bekostiging;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.SortedMap;
import java.util.TreeMap;

import javax.money.MonetaryAmount;

import nl.fvw.FvwException;
import nl.fvw.explain.Value;
import nl.fvw.money.Allocation;
import nl.fvw.money.Amounts;
import nl.fvw.money.RoundingUnit;
import nl.fvw.time.BudgetYear;

/**
 * One line of a task's cost estimate, in prices of the task's base year: volume × prijs per
 * eenheid (the AEF method), uren × integraal uurtarief (loonkosten + overhead per uur), or fixed
 * amounts per year (one-off costs phased over the years they fall in). Volumes and hours may not
 * be negative; besparingen and bestaand budget are positive amounts of a kind that reduces the claim.
 *
 * <pre>{@code
 * Kostencomponent c = new Kostencomponent("trajecten", Kostensoort.STRUCTUREEL,
 *         new Kostencomponent.VolumeMaalPrijs(volumes, Amounts.eur("5701.66")), "AEF 2019");
 * }</pre>
 */
public record Kostencomponent(String naam, Kostensoort soort, Berekening berekening, String bron) {
    /**
     * Checks the components.
     *
     * @param naam the component's name
     * @param soort its kind (a cost, a saving, an existing budget)
     * @param berekening how its amounts are computed
     * @param bron the source of its figures
     */
    public Kostencomponent {
        Objects.requireNonNull(naam, "naam");
        Objects.requireNonNull(soort, "soort");
        Objects.requireNonNull(berekening, "berekening");
        Objects.requireNonNull(bron, "bron");
    }

    /** How a component's real amount per year is computed. */
    public sealed interface Berekening {
        /**
         * The amount in base-year prices in {@code jaar}; zero in a year it does not cover.
         *
         * @param jaar the year
         * @return the real amount
         */
        MonetaryAmount reeel(BudgetYear jaar);

        /**
         * The formula for one year, with its figures.
         *
         * @param jaar the year
         * @return the formula
         */
        Value formule(BudgetYear jaar);
    }

    /** volume_t × prijs per eenheid. */
    public record VolumeMaalPrijs(SortedMap<BudgetYear, BigDecimal> volume, MonetaryAmount prijs) implements Berekening {
        /**
         * Checks the components.
         *
         * @param volume the volume per year
         * @param prijs the price per unit, in base-year prices
         */
        public VolumeMaalPrijs {
            volume = Collections.unmodifiableSortedMap(new TreeMap<>(volume));
            volume.forEach((y, v) -> {
                if (v.signum() < 0) {
                    throw new FvwException("Volume " + y + " is negative (" + v.toPlainString() + "); volumes count cases");
                }
            });
            requireNotNegative(prijs, "prijs per eenheid");
        }

        @Override
        public MonetaryAmount reeel(BudgetYear jaar) {
            BigDecimal v = volume.get(jaar);
            return v == null ? Amounts.zero(prijs.getCurrency()) : Amounts.multiply(prijs, v);
        }

        @Override
        public Value formule(BudgetYear jaar) {
            return Value.phrase(Value.decimal(volume.getOrDefault(jaar, BigDecimal.ZERO)), " × ", Value.euro(prijs));
        }
    }

    /** uren_t × (loonkosten per uur + overhead per uur): the integraal uurtarief. */
    public record UrenMaalTarief(SortedMap<BudgetYear, BigDecimal> uren, MonetaryAmount loonkostenPerUur,
            MonetaryAmount overheadPerUur) implements Berekening {
        /**
         * Checks the components.
         *
         * @param uren the hours per year
         * @param loonkostenPerUur the wage cost per hour
         * @param overheadPerUur the overhead per hour
         */
        public UrenMaalTarief {
            uren = Collections.unmodifiableSortedMap(new TreeMap<>(uren));
            uren.forEach((y, v) -> {
                if (v.signum() < 0) {
                    throw new FvwException("Hours " + y + " are negative (" + v.toPlainString() + ")");
                }
            });
            requireNotNegative(loonkostenPerUur, "loonkosten per uur");
            requireNotNegative(overheadPerUur, "overhead per uur");
            Amounts.requireSameCurrency(loonkostenPerUur, overheadPerUur, "integraal uurtarief");
        }

        /**
         * The integraal uurtarief: loonkosten + overhead per uur.
         *
         * @return the rate per hour
         */
        public MonetaryAmount uurtarief() {
            return Amounts.add(loonkostenPerUur, overheadPerUur);
        }

        @Override
        public MonetaryAmount reeel(BudgetYear jaar) {
            BigDecimal h = uren.get(jaar);
            return h == null ? Amounts.zero(loonkostenPerUur.getCurrency()) : Amounts.multiply(uurtarief(), h);
        }

        @Override
        public Value formule(BudgetYear jaar) {
            return Value.phrase(Value.decimal(uren.getOrDefault(jaar, BigDecimal.ZERO)), " uur × (", Value.euro(loonkostenPerUur),
                    " loon + ", Value.euro(overheadPerUur), " overhead)");
        }
    }

    /** Fixed amounts per year. */
    public record Bedragen(SortedMap<BudgetYear, MonetaryAmount> bedragen) implements Berekening {
        /**
         * Checks the components.
         *
         * @param bedragen the amount per year, in base-year prices
         */
        public Bedragen {
            bedragen = Collections.unmodifiableSortedMap(new TreeMap<>(bedragen));
            bedragen.values().forEach(a -> requireNotNegative(a, "amount"));
        }

        /**
         * A one-off amount phased over years by shares (e.g. {2021: 2, 2022: 1}), split to the
         * cent so that the years add up to the total exactly.
         *
         * @param totaal the one-off amount
         * @param aandelen the share of each year (any positive weights)
         * @return the amounts per year
         */
        public static Bedragen gefaseerd(MonetaryAmount totaal, Map<BudgetYear, BigDecimal> aandelen) {
            return new Bedragen(new TreeMap<>(Allocation.split(totaal, aandelen, RoundingUnit.CENT)));
        }

        @Override
        public MonetaryAmount reeel(BudgetYear jaar) {
            MonetaryAmount a = bedragen.get(jaar);
            return a == null ? Amounts.zeroEur() : a;
        }

        @Override
        public Value formule(BudgetYear jaar) {
            return Value.phrase("vast bedrag ", Value.euro(reeel(jaar)));
        }
    }

    private static void requireNotNegative(MonetaryAmount a, String what) {
        if (Amounts.value(a).signum() < 0) {
            throw new FvwException("The " + what + " is negative (" + Amounts.format(a) + "); give savings as the kind"
                    + " besparing with a positive amount");
        }
    }
}
