package nl.fvw.bekostiging;

import java.math.BigDecimal;
import java.util.ArrayList;
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
 * Taak taak = Taak.builder("Nieuwe taak").bron("MvT").basisjaar(BudgetYear.of(2027))
 *         .jaren(BudgetYear.of(2027), BudgetYear.of(2029)).component(component)
 *         .sleutel(Bestuurslaag.GEMEENTEN, BigDecimal.ONE).compensatie(BudgetYear.of(2027), Amounts.mln("2"))
 *         .route(Route.ALGEMENE_UITKERING).aanname("volume uit de MvT").build();
 * }</pre>
 */
public record Taak(String naam, String bron, BudgetYear basisjaar, BudgetYear van, BudgetYear tot,
        List<Kostencomponent> componenten, Indexreeks index, Map<Bestuurslaag, BigDecimal> sleutel,
        Map<Bestuurslaag, Map<String, BigDecimal>> verdeling, SortedMap<BudgetYear, MonetaryAmount> compensatie,
        SortedMap<BudgetYear, MonetaryAmount> compensatieEenmalig, Route route, List<String> aannames,
        Signalering signalering, Wijziging wijziging) {

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
     * @param signalering where the task stands in the vroegtijdige signalering, or null
     * @param wijziging whether the task is new, changed or ended, or null where the scenario does not say
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
            if (route == Route.EIGEN_MIDDELEN && !e.getValue().isZero()) {
                throw new FvwException("Task '" + naam + "': the route eigen_middelen means no compensation, but "
                        + "compensation is given for " + e.getKey());
            }
        }
        aannames = List.copyOf(aannames);
    }

    /**
     * A task without a signalering.
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
    public Taak(String naam, String bron, BudgetYear basisjaar, BudgetYear van, BudgetYear tot,
            List<Kostencomponent> componenten, Indexreeks index, Map<Bestuurslaag, BigDecimal> sleutel,
            Map<Bestuurslaag, Map<String, BigDecimal>> verdeling, SortedMap<BudgetYear, MonetaryAmount> compensatie,
            SortedMap<BudgetYear, MonetaryAmount> compensatieEenmalig, Route route, List<String> aannames) {
        this(naam, bron, basisjaar, van, tot, componenten, index, sleutel, verdeling, compensatie, compensatieEenmalig, route,
                aannames, null, null);
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

    /**
     * A builder for a task; required are the source, base year, years, at least one component, the
     * key and the route.
     *
     * @param naam the task's name
     * @return the builder
     */
    public static Builder builder(String naam) {
        return new Builder(naam);
    }

    /** Builds a {@link Taak}; the checks are those of the record. */
    public static final class Builder {
        private final String naam;
        private String bron;
        private BudgetYear basisjaar;
        private BudgetYear van;
        private BudgetYear tot;
        private final List<Kostencomponent> componenten = new ArrayList<>();
        private Indexreeks index = Indexreeks.geen();
        private final Map<Bestuurslaag, BigDecimal> sleutel = new EnumMap<>(Bestuurslaag.class);
        private final Map<Bestuurslaag, Map<String, BigDecimal>> verdeling = new EnumMap<>(Bestuurslaag.class);
        private final SortedMap<BudgetYear, MonetaryAmount> compensatie = new TreeMap<>();
        private final SortedMap<BudgetYear, MonetaryAmount> compensatieEenmalig = new TreeMap<>();
        private Route route;
        private final List<String> aannames = new ArrayList<>();
        private Signalering signalering;
        private Wijziging wijziging;

        private Builder(String naam) {
            this.naam = naam;
        }

        /**
         * The source of the estimate.
         *
         * @param b the source
         * @return this builder
         */
        public Builder bron(String b) {
            this.bron = b;
            return this;
        }

        /**
         * The year whose prices the components are in.
         *
         * @param jaar the base year
         * @return this builder
         */
        public Builder basisjaar(BudgetYear jaar) {
            this.basisjaar = jaar;
            return this;
        }

        /**
         * The years the task is costed for.
         *
         * @param eerste the first year
         * @param laatste the last year
         * @return this builder
         */
        public Builder jaren(BudgetYear eerste, BudgetYear laatste) {
            this.van = eerste;
            this.tot = laatste;
            return this;
        }

        /**
         * Adds a cost component.
         *
         * @param c the component
         * @return this builder
         */
        public Builder component(Kostencomponent c) {
            componenten.add(c);
            return this;
        }

        /**
         * The index that brings the base year's prices to current prices (default: none).
         *
         * @param i the index
         * @return this builder
         */
        public Builder index(Indexreeks i) {
            this.index = i;
            return this;
        }

        /**
         * A tier's share of the claim; the shares sum to one.
         *
         * @param laag the tier
         * @param aandeel its share
         * @return this builder
         */
        public Builder sleutel(Bestuurslaag laag, BigDecimal aandeel) {
            sleutel.put(laag, aandeel);
            return this;
        }

        /**
         * How a tier's part is split over its recipients (default: the tier as a whole).
         *
         * @param laag the tier
         * @param gewichten the weight of each recipient
         * @return this builder
         */
        public Builder verdeling(Bestuurslaag laag, Map<String, BigDecimal> gewichten) {
            verdeling.put(laag, gewichten);
            return this;
        }

        /**
         * The structural compensation of a year.
         *
         * @param jaar the year
         * @param bedrag the compensation
         * @return this builder
         */
        public Builder compensatie(BudgetYear jaar, MonetaryAmount bedrag) {
            compensatie.put(jaar, bedrag);
            return this;
        }

        /**
         * The one-off compensation of a year (for the invoeringskosten).
         *
         * @param jaar the year
         * @param bedrag the compensation
         * @return this builder
         */
        public Builder compensatieEenmalig(BudgetYear jaar, MonetaryAmount bedrag) {
            compensatieEenmalig.put(jaar, bedrag);
            return this;
        }

        /**
         * The route of the compensation.
         *
         * @param r the route
         * @return this builder
         */
        public Builder route(Route r) {
            this.route = r;
            return this;
        }

        /**
         * Adds an assumption the estimate rests on.
         *
         * @param a the assumption
         * @return this builder
         */
        public Builder aanname(String a) {
            aannames.add(a);
            return this;
        }

        /**
         * Where the task stands in the vroegtijdige signalering.
         *
         * @param s the steps taken and the peildatum
         * @return this builder
         */
        public Builder signalering(Signalering s) {
            this.signalering = s;
            return this;
        }

        /**
         * Whether the task is new, changed or ended.
         *
         * @param w the kind
         * @return this builder
         */
        public Builder wijziging(Wijziging w) {
            this.wijziging = w;
            return this;
        }

        /**
         * The task.
         *
         * @return the checked task
         * @throws FvwException when the record's checks fail
         */
        public Taak build() {
            return new Taak(naam, bron, basisjaar, van, tot, componenten, index, sleutel, verdeling, compensatie,
                    compensatieEenmalig, route, aannames, signalering, wijziging);
        }
    }
}
