package nl.fvw.normering;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;

import nl.fvw.FvwException;
import nl.fvw.param.ParameterSet;
import nl.fvw.time.BudgetYear;
import nl.fvw.time.Stand;
import nl.fvw.time.StandRates;

/**
 * Everything the normering computes from, for one scenario.
 *
 * @param aggregaten          spending aggregates given as such (NGRU or ARU per stand)
 * @param posten              itemised spending per stand; the rules decide which items are corrections
 * @param gepubliceerdAccres  accres % where a source publishes only the % (common to both funds)
 * @param fondsen             per fund: grondslag, level, published tranches
 * @param bbpVolume           real GDP growth per year, as known at each stand
 * @param bbpPrijs            GDP deflator growth per year, as known at each stand
 * @param lpo                 the loon- en prijsbijstelling % in the accres per year and stand, to split a
 *                            tranche into an LPO part and a volume part
 * @param bbpKeuzes           the open choices of the bbp-systematiek
 * @param bcf                 the BCF plafond, or null
 * @param parameters          dated, sourced parameters (kortingen)
 * @param standen             the stands to compute at, in any order
 * @param bereik              per stand the years and funds it covers; a stand not named covers all years and both funds
 * @param eersteJaar          first budget year of the computation
 * @param laatsteJaar         last budget year of the computation
 */
public record Normeringsinvoer(List<Uitgavenaggregaat> aggregaten, List<Uitgavenpost> posten,
        StandRates gepubliceerdAccres, Map<Fonds, Fondsinvoer> fondsen, StandRates bbpVolume, StandRates bbpPrijs,
        StandRates lpo, BbpKeuzes bbpKeuzes, BcfInvoer bcf, ParameterSet parameters, List<Stand> standen,
        Map<Stand, Standbereik> bereik, BudgetYear eersteJaar, BudgetYear laatsteJaar) {

    /**
     * Checks the input: no aggregate twice at a stand, ranges only for stands computed and within
     * the years, each fund's input given for that fund.
     *
     * @param aggregaten the aggregates
     * @param posten the itemised spending
     * @param gepubliceerdAccres the published accres %
     * @param fondsen the funds' inputs
     * @param bbpVolume real GDP growth
     * @param bbpPrijs GDP deflator growth
     * @param lpo the loon- en prijsbijstelling
     * @param bbpKeuzes the choices of the bbp-systematiek
     * @param bcf the BCF plafond, or null
     * @param parameters the parameters
     * @param standen the stands to compute at
     * @param bereik per stand its years and funds
     * @param eersteJaar the first year
     * @param laatsteJaar the last year
     */
    public Normeringsinvoer {
        aggregaten = List.copyOf(aggregaten);
        posten = List.copyOf(posten);
        Objects.requireNonNull(gepubliceerdAccres, "gepubliceerdAccres");
        fondsen = fondsen.isEmpty() ? Map.of() : java.util.Collections.unmodifiableMap(new EnumMap<>(fondsen));
        Objects.requireNonNull(bbpVolume, "bbpVolume");
        Objects.requireNonNull(bbpPrijs, "bbpPrijs");
        Objects.requireNonNull(lpo, "lpo");
        Objects.requireNonNull(bbpKeuzes, "bbpKeuzes");
        Objects.requireNonNull(parameters, "parameters");
        standen = List.copyOf(new TreeSet<>(standen));
        Objects.requireNonNull(eersteJaar, "eersteJaar");
        Objects.requireNonNull(laatsteJaar, "laatsteJaar");
        if (laatsteJaar.isBefore(eersteJaar)) {
            throw new FvwException("The last year " + laatsteJaar + " comes before the first year " + eersteJaar);
        }
        for (int i = 0; i < aggregaten.size(); i++) {
            for (int j = 0; j < i; j++) {
                Uitgavenaggregaat a = aggregaten.get(i);
                Uitgavenaggregaat b = aggregaten.get(j);
                if (a.getNaam().equals(b.getNaam()) && a.getStand().equals(b.getStand())) {
                    throw new FvwException("Aggregate " + a.getNaam() + " is given twice at stand " + a.getStand());
                }
            }
        }
        bereik = Map.copyOf(bereik);
        for (Map.Entry<Stand, Standbereik> e : bereik.entrySet()) {
            if (!standen.contains(e.getKey())) {
                throw new FvwException("A range is given for stand " + e.getKey() + ", which is not computed");
            }
            if (e.getValue().van().isBefore(eersteJaar) || e.getValue().tot().isAfter(laatsteJaar)) {
                throw new FvwException("Stand " + e.getKey() + " covers " + e.getValue().van() + "-" + e.getValue().tot()
                        + ", outside the years computed " + eersteJaar + "-" + laatsteJaar);
            }
        }
        for (Map.Entry<Fonds, Fondsinvoer> e : fondsen.entrySet()) {
            if (e.getValue().fonds() != e.getKey()) {
                throw new FvwException("The input of " + e.getKey() + " is given for " + e.getValue().fonds());
            }
        }
    }

    /**
     * The same input with other parameters (a parameter variant or a point of a sweep).
     *
     * @param p the parameters
     * @return the input with {@code p}
     */
    public Normeringsinvoer withParameters(ParameterSet p) {
        return new Normeringsinvoer(aggregaten, posten, gepubliceerdAccres, fondsen, bbpVolume, bbpPrijs, lpo, bbpKeuzes, bcf, p,
                standen, bereik, eersteJaar, laatsteJaar);
    }

    /**
     * The years and funds computed at {@code stand}.
     *
     * @param stand a stand of the input
     * @return its range, or every year and both funds when none is given
     */
    public Standbereik bereik(Stand stand) {
        Standbereik b = bereik.get(stand);
        return b != null ? b : Standbereik.alles(eersteJaar, laatsteJaar);
    }

    /** Whether {@code other} computes the same years with the same ranges per stand ({@link #bereik(Stand)} alike). */
    boolean zelfdeBereik(Normeringsinvoer other) {
        return other.bereik.equals(bereik) && other.eersteJaar.equals(eersteJaar) && other.laatsteJaar.equals(laatsteJaar);
    }

    /**
     * Only aggregates: the accres % at the stands the aggregates are given at, for the years they cover.
     *
     * <pre>{@code
     * Normeringsinvoer in = Normeringsinvoer.vanAggregaten(List.of(
     *         Uitgavenaggregaat.of("NGRU", Stand.parse("Miljoenennota 2012"), "MN 2012 tabel 9.1", ngru)));
     * }</pre>
     *
     * @param aggregaten at least one aggregate
     * @return the input
     * @throws FvwException when there is none
     */
    public static Normeringsinvoer vanAggregaten(List<Uitgavenaggregaat> aggregaten) {
        if (aggregaten.isEmpty()) {
            throw new FvwException("No aggregates given");
        }
        List<Stand> stands = new ArrayList<>();
        BudgetYear first = null;
        BudgetYear last = null;
        for (Uitgavenaggregaat a : aggregaten) {
            stands.add(a.getStand());
            BudgetYear f = a.getWaarden().firstYear().next();
            BudgetYear l = a.getWaarden().lastYear();
            first = first == null || f.isBefore(first) ? f : first;
            last = last == null || l.isAfter(last) ? l : last;
        }
        return builder().aggregaten(aggregaten).standen(stands).jaren(first, last).build();
    }

    /**
     * A builder for an input with funds, parameters, GDP series and stands.
     *
     * <pre>{@code
     * Normeringsinvoer in = Normeringsinvoer.builder().aggregaten(aru).fonds(gf)
     *         .standen(List.of(Stand.parse("Voorjaarsnota 2024"))).jaren(BudgetYear.of(2024), BudgetYear.of(2028)).build();
     * }</pre>
     *
     * @return an empty builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds an input; only the stands and the years are required. */
    public static final class Builder {
        private List<Uitgavenaggregaat> aggregaten = List.of();
        private List<Uitgavenpost> posten = List.of();
        private StandRates gepubliceerdAccres = StandRates.empty("gepubliceerd accres %", "");
        private final Map<Fonds, Fondsinvoer> fondsen = new EnumMap<>(Fonds.class);
        private StandRates bbpVolume = StandRates.empty("reële bbp-groei", "");
        private StandRates bbpPrijs = StandRates.empty("prijs bbp", "");
        private StandRates lpo = StandRates.empty("loon- en prijsbijstelling", "");
        private BbpKeuzes bbpKeuzes = BbpKeuzes.STANDAARD;
        private BcfInvoer bcf;
        private ParameterSet parameters = ParameterSet.empty();
        private List<Stand> standen = List.of();
        private final Map<Stand, Standbereik> bereik = new java.util.HashMap<>();
        private BudgetYear eerste;
        private BudgetYear laatste;

        /**
         * The aggregates given as such or from their parts.
         *
         * @param a the aggregates
         * @return this builder
         */
        public Builder aggregaten(List<Uitgavenaggregaat> a) {
            this.aggregaten = a;
            return this;
        }

        /**
         * The itemised spending; the rules decide which items are corrections.
         *
         * @param p the items
         * @return this builder
         */
        public Builder posten(List<Uitgavenpost> p) {
            this.posten = p;
            return this;
        }

        /**
         * The accres % where a source publishes only the %.
         *
         * @param r the rates per stand
         * @return this builder
         */
        public Builder gepubliceerdAccres(StandRates r) {
            this.gepubliceerdAccres = r;
            return this;
        }

        /**
         * A fund's grondslag, level and published tranches.
         *
         * @param f the fund's input
         * @return this builder
         */
        public Builder fonds(Fondsinvoer f) {
            this.fondsen.put(f.fonds(), f);
            return this;
        }

        /**
         * The GDP series of the bbp-systematiek and its open choices.
         *
         * @param volume real GDP growth per stand
         * @param prijs GDP deflator growth per stand
         * @param keuzes mean, combination and price settlement
         * @return this builder
         */
        public Builder bbp(StandRates volume, StandRates prijs, BbpKeuzes keuzes) {
            this.bbpVolume = volume;
            this.bbpPrijs = prijs;
            this.bbpKeuzes = keuzes;
            return this;
        }

        /**
         * The loon- en prijsbijstelling %, to split tranches into an LPO and a volume part.
         *
         * @param r the rates per stand
         * @return this builder
         */
        public Builder lpo(StandRates r) {
            this.lpo = r;
            return this;
        }

        /**
         * The BCF plafond and the declarations.
         *
         * @param b the BCF input
         * @return this builder
         */
        public Builder bcf(BcfInvoer b) {
            this.bcf = b;
            return this;
        }

        /**
         * The dated, sourced parameters (kortingen).
         *
         * @param p the parameters
         * @return this builder
         */
        public Builder parameters(ParameterSet p) {
            this.parameters = p;
            return this;
        }

        /**
         * The stands to compute at.
         *
         * @param s the stands, in any order
         * @return this builder
         */
        public Builder standen(List<Stand> s) {
            this.standen = s;
            return this;
        }

        /**
         * The years and funds that {@code stand} covers.
         *
         * @param stand a stand to compute at
         * @param b its years and funds
         * @return this builder
         */
        public Builder bereik(Stand stand, Standbereik b) {
            this.bereik.put(stand, b);
            return this;
        }

        /**
         * The budget years of the computation.
         *
         * @param first the first year
         * @param last the last year
         * @return this builder
         */
        public Builder jaren(BudgetYear first, BudgetYear last) {
            this.eerste = first;
            this.laatste = last;
            return this;
        }

        /**
         * The input.
         *
         * @return the checked input
         * @throws FvwException when stands or years are missing or inconsistent
         */
        public Normeringsinvoer build() {
            if (standen.isEmpty()) {
                throw new FvwException("No stands to compute at");
            }
            for (Fondsinvoer f : fondsen.values()) {
                if (bcf != null && f.bcfRuimte() != null) {
                    throw new FvwException("The BCF-ruimte of the " + f.fonds().naam() + " is given as printed and computed from"
                            + " the plafond (bcf); give one");
                }
            }
            return new Normeringsinvoer(aggregaten, posten, gepubliceerdAccres, fondsen, bbpVolume, bbpPrijs, lpo,
                    bbpKeuzes, bcf, parameters, standen, bereik, eerste, laatste);
        }
    }
}
