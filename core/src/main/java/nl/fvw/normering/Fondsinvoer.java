package nl.fvw.normering;

import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

import javax.money.CurrencyUnit;
import javax.money.MonetaryAmount;

import nl.fvw.FvwException;
import nl.fvw.bundeling.Bundelingsuitkomst;
import nl.fvw.money.Amounts;
import nl.fvw.time.BudgetYear;
import nl.fvw.time.Stand;
import nl.fvw.time.StandSeries;
import nl.fvw.time.YearSeries;

/**
 * What the normering needs of one fund.
 *
 * <pre>{@code
 * Fondsinvoer gf = Fondsinvoer.builder(Fonds.GEMEENTEFONDS, "Voorjaarsnota 2022").grondslag(grondslagPerStand)
 *         .niveau(Amounts.mln("30000"), null).build();
 * }</pre>
 *
 * @param grondslag             the grondslag per year as published at each stand; or null when it is
 *                              rolled forward from {@code grondslagBasis}
 * @param grondslagBasisjaar    with {@code grondslagBasis}: the grondslag of this year, rolled forward
 *                              with the tranches and the {@code grondslagMutaties}
 * @param grondslagBasis        the grondslag of {@code grondslagBasisjaar}
 * @param grondslagMutaties     taakmutaties that join the grondslag (e.g. an IU joining the AU), per year; may be null
 * @param niveauBasis           the level of the fund without tranches, kortingen and incidentals; may be null
 *                              (levels are then not computed)
 * @param taakmutaties          structural taakmutaties in the level, per year; may be null
 * @param gepubliceerdeTranches tranches as published, where the source gives only the amount; may be null
 * @param trancheBijstellingen  bijstellingen of a published tranche as published at a later stand, where the
 *                              source gives only the change (a suppletoire begroting, a mutation table); may be null
 * @param profielen             the printed tranches and bijstellingen over the years, where a source prints the
 *                              later years differently from the tranche's own year; may be null
 * @param niveauBasisPerStand   the level without tranches per stand, where it differs between stands; may be null
 *                              ({@code niveauBasis} then holds for every stand)
 * @param bcfRuimte             the fund's BCF-ruimte as printed per stand and year, where the source gives it instead of
 *                              the plafond and the declaraties; incidental, in its own year; may be null
 * @param bron                  source of these figures
 */
public record Fondsinvoer(Fonds fonds, StandSeries grondslag, BudgetYear grondslagBasisjaar, MonetaryAmount grondslagBasis,
        YearSeries grondslagMutaties, MonetaryAmount niveauBasis, YearSeries taakmutaties, StandSeries gepubliceerdeTranches,
        StandSeries trancheBijstellingen, Trancheprofielen profielen, Niveaubasis niveauBasisPerStand, StandSeries bcfRuimte,
        String bron) {
    /**
     * Checks the components: every amount in euro, a grondslag given one way only.
     *
     * @param fonds the fund
     * @param grondslag the grondslag per year and stand, or null
     * @param grondslagBasisjaar the base year of a rolled-forward grondslag, or null
     * @param grondslagBasis the grondslag of that year, or null
     * @param grondslagMutaties mutations that join the grondslag, or null
     * @param niveauBasis the level without tranches, kortingen and incidentals, or null
     * @param taakmutaties structural taakmutaties in the level, or null
     * @param gepubliceerdeTranches tranches as published, or null
     * @param trancheBijstellingen bijstellingen of published tranches, or null
     * @param profielen printed profiles over the years, or null
     * @param niveauBasisPerStand the level without tranches per stand, or null
     * @param bcfRuimte the printed BCF-ruimte per stand and year, or null
     * @param bron the source
     */
    public Fondsinvoer {
        Objects.requireNonNull(fonds, "fonds");
        Objects.requireNonNull(bron, "bron");
        if ((grondslagBasisjaar == null) != (grondslagBasis == null)) {
            throw new IllegalArgumentException(fonds + ": a grondslag basis needs both a year and an amount");
        }
        requireEuro(fonds, "grondslag", grondslag == null ? null : grondslag.stands().values().stream()
                .map(YearSeries::currency).findFirst().orElse(null));
        requireEuro(fonds, "grondslag basis", grondslagBasis == null ? null : grondslagBasis.getCurrency());
        requireEuro(fonds, "grondslag mutaties", grondslagMutaties == null ? null : grondslagMutaties.currency());
        requireEuro(fonds, "niveau basis", niveauBasis == null ? null : niveauBasis.getCurrency());
        requireEuro(fonds, "taakmutaties", taakmutaties == null ? null : taakmutaties.currency());
        requireEuro(fonds, "gepubliceerde tranches", gepubliceerdeTranches == null ? null
                : gepubliceerdeTranches.stands().values().stream().map(YearSeries::currency).findFirst().orElse(null));
        requireEuro(fonds, "bijstellingen van gepubliceerde tranches", trancheBijstellingen == null ? null
                : trancheBijstellingen.stands().values().stream().map(YearSeries::currency).findFirst().orElse(null));
        if (trancheBijstellingen != null) {
            requireTrancheBefore(fonds, gepubliceerdeTranches, trancheBijstellingen);
        }
        if (niveauBasis != null && niveauBasisPerStand != null) {
            throw new FvwException("The " + fonds.naam() + " has a niveau basis for every stand and one per stand; give one");
        }
        requireEuro(fonds, "BCF-ruimte", bcfRuimte == null ? null
                : bcfRuimte.stands().values().stream().map(YearSeries::currency).findFirst().orElse(null));
        if (profielen != null) {
            requireOwnYear(fonds, profielen, Trancheprofielen.Soort.TRANCHE, gepubliceerdeTranches, "tranche");
            requireOwnYear(fonds, profielen, Trancheprofielen.Soort.BIJSTELLING, trancheBijstellingen, "bijstelling");
        }
    }

    /**
     * Every bijstelling changes a tranche of its year published before its own stand; a tranche and its
     * bijstelling at one stand are refused (which of the two would the stand mean?).
     */
    private static void requireTrancheBefore(Fonds fonds, StandSeries tranches, StandSeries bijstellingen) {
        if (tranches == null) {
            throw new FvwException("Bijstellingen of published " + fonds.naam() + " tranches need the tranches they"
                    + " change; give the tranches as published too");
        }
        for (Map.Entry<Stand, YearSeries> b : bijstellingen.stands().entrySet()) {
            for (BudgetYear y : b.getValue().asMap().keySet()) {
                YearSeries same = tranches.stands().get(b.getKey());
                if (same != null && same.contains(y)) {
                    throw new FvwException("The " + fonds.naam() + " tranche " + y + " (" + Amounts.format(same.get(y))
                            + ") and a bijstelling of it (" + Amounts.format(b.getValue().get(y)) + ") are both published at "
                            + b.getKey() + "; a stand prints the tranche or its change, not both: give the tranche as it"
                            + " stands after the bijstelling, or the bijstelling at its own stand");
                }
                if (tranches.sourceStand(y, b.getKey()) == null) {
                    String first = tranches.stands().entrySet().stream().filter(t -> t.getValue().contains(y)).findFirst()
                            .map(t -> "; the first tranche " + y + " is published at " + t.getKey())
                            .orElse("; no tranche " + y + " is published at all");
                    throw new FvwException("The bijstelling of the " + fonds.naam() + " tranche " + y + " at "
                            + b.getKey() + " changes a tranche that is not published at or before that stand" + first);
                }
            }
        }
    }

    /** A printed profile starts with the amount printed for the tranche's own year at its stand. */
    private static void requireOwnYear(Fonds fonds, Trancheprofielen profielen, Trancheprofielen.Soort soort,
            StandSeries eigen, String wat) {
        for (Map.Entry<Stand, Map<BudgetYear, YearSeries>> e : profielen.van(soort).entrySet()) {
            for (Map.Entry<BudgetYear, YearSeries> p : e.getValue().entrySet()) {
                YearSeries own = eigen == null ? null : eigen.stands().get(e.getKey());
                MonetaryAmount first = p.getValue().get(p.getKey());
                if (own == null || !own.contains(p.getKey()) || !Amounts.sameValue(own.get(p.getKey()), first)) {
                    throw new FvwException("The profile of the " + fonds.naam() + " " + wat + " " + p.getKey() + " at "
                            + e.getKey() + " starts with " + Amounts.format(first) + ", but the " + wat + " printed there for "
                            + p.getKey() + " is " + (own == null || !own.contains(p.getKey()) ? "not given"
                                    : Amounts.format(own.get(p.getKey()))));
                }
                requireEuro(fonds, "profiel van " + wat + " " + p.getKey(), p.getValue().currency());
            }
        }
    }

    private static void requireEuro(Fonds fonds, String what, CurrencyUnit currency) {
        if (currency != null && !currency.getCurrencyCode().equals(Amounts.EUR_CODE)) {
            throw new FvwException("The " + what + " of the " + fonds.naam() + " is in " + currency.getCurrencyCode()
                    + "; fvw computes the normering in EUR");
        }
    }

    /**
     * Whether fvw computes the fund's level: a basis is given, for every stand or per stand.
     *
     * @return true when a level is computed
     */
    public boolean heeftNiveau() {
        return niveauBasis != null || niveauBasisPerStand != null;
    }

    /**
     * The level without tranches of a year at a stand.
     *
     * @param jaar the year
     * @param stand the stand computed
     * @return the basis
     * @throws FvwException when the basis is given per stand and no stand at or before this one gives the year
     */
    public MonetaryAmount niveauBasis(BudgetYear jaar, Stand stand) {
        if (niveauBasisPerStand == null) {
            return niveauBasis;
        }
        MonetaryAmount b = niveauBasisPerStand.at(jaar, stand);
        if (b == null) {
            throw new FvwException(fonds.naam() + ": no niveau basis for " + jaar + " is known at stand " + stand
                    + " (fondsen." + fonds.code() + ".niveau_basis gives the stands " + niveauBasisPerStand.standen() + ")");
        }
        return b;
    }

    /**
     * This fund with a bundling booked in: the amount transferred is a taakmutatie in the level,
     * and what joins the accres grondslag is a grondslag mutation (bundeling.md). Needs a level
     * (niveau basis) and a rolled-forward grondslag; a DU, brede doeluitkering or envelope adds
     * nothing to the grondslag.
     *
     * @param b the bundling's outcome
     * @return the fund's input with the bundling
     * @throws FvwException when the fund has no level or no rolled-forward grondslag
     */
    public Fondsinvoer withBundeling(Bundelingsuitkomst b) {
        if (!heeftNiveau() || grondslagBasis == null) {
            throw new FvwException("Booking bundling '" + b.bundeling().naam() + "' into the " + fonds.naam()
                    + " needs its niveau basis and a rolled-forward grondslag (grondslag_opbouw)");
        }
        return new Fondsinvoer(fonds, grondslag, grondslagBasisjaar, grondslagBasis,
                add(grondslagMutaties, b.grondslagmutaties()), niveauBasis, add(taakmutaties, b.taakmutaties()),
                gepubliceerdeTranches, trancheBijstellingen, profielen, niveauBasisPerStand, bcfRuimte,
                bron + "; bundeling " + b.bundeling().naam());
    }

    private static YearSeries add(YearSeries base, YearSeries extra) {
        if (base == null) {
            return extra;
        }
        TreeMap<nl.fvw.time.BudgetYear, javax.money.MonetaryAmount> m = new TreeMap<>(base.asMap());
        extra.asMap().forEach((y, a) -> m.merge(y, a, Amounts::add));
        return YearSeries.of(m);
    }

    /**
     * A builder for a fund's input.
     *
     * @param fonds the fund
     * @param bron the source of its figures
     * @return the builder
     */
    public static Builder builder(Fonds fonds, String bron) {
        return new Builder(fonds, bron);
    }

    /**
     * A builder that starts from this input.
     *
     * @return the builder
     */
    public Builder toBuilder() {
        Builder b = new Builder(fonds, bron);
        b.grondslag = grondslag;
        b.grondslagBasisjaar = grondslagBasisjaar;
        b.grondslagBasis = grondslagBasis;
        b.grondslagMutaties = grondslagMutaties;
        b.niveauBasis = niveauBasis;
        b.taakmutaties = taakmutaties;
        b.gepubliceerdeTranches = gepubliceerdeTranches;
        b.trancheBijstellingen = trancheBijstellingen;
        b.profielen = profielen;
        b.niveauBasisPerStand = niveauBasisPerStand;
        b.bcfRuimte = bcfRuimte;
        return b;
    }

    /** Builds a {@link Fondsinvoer}; the checks are those of the record. */
    public static final class Builder {
        private final Fonds fonds;
        private final String bron;
        private StandSeries grondslag;
        private BudgetYear grondslagBasisjaar;
        private MonetaryAmount grondslagBasis;
        private YearSeries grondslagMutaties;
        private MonetaryAmount niveauBasis;
        private YearSeries taakmutaties;
        private StandSeries gepubliceerdeTranches;
        private StandSeries trancheBijstellingen;
        private Trancheprofielen profielen;
        private Niveaubasis niveauBasisPerStand;
        private StandSeries bcfRuimte;

        private Builder(Fonds fonds, String bron) {
            this.fonds = fonds;
            this.bron = bron;
        }

        /**
         * The grondslag per year as published at each stand.
         *
         * @param perStand the grondslag per stand
         * @return this builder
         */
        public Builder grondslag(StandSeries perStand) {
            this.grondslag = perStand;
            return this;
        }

        /**
         * A grondslag rolled forward from a base: each year's grondslag is the year before plus its
         * tranche and its mutations.
         *
         * @param jaar the base year
         * @param basis the grondslag of the base year
         * @param mutaties mutations that join the grondslag per year, or null
         * @return this builder
         */
        public Builder grondslagOpbouw(BudgetYear jaar, MonetaryAmount basis, YearSeries mutaties) {
            this.grondslagBasisjaar = jaar;
            this.grondslagBasis = basis;
            this.grondslagMutaties = mutaties;
            return this;
        }

        /**
         * A level to compute.
         *
         * @param basis the level without tranches, kortingen and incidentals
         * @param taakmutaties structural taakmutaties per year, or null
         * @return this builder
         */
        public Builder niveau(MonetaryAmount basis, YearSeries taakmutaties) {
            this.niveauBasis = basis;
            this.taakmutaties = taakmutaties;
            return this;
        }

        /**
         * Tranches as published, where the source gives only the amount.
         *
         * @param tranches the tranches per year and stand
         * @return this builder
         */
        public Builder gepubliceerdeTranches(StandSeries tranches) {
            this.gepubliceerdeTranches = tranches;
            return this;
        }

        /**
         * Bijstellingen of the published tranches: where a later stand publishes only the change of a
         * tranche (Voorjaarsnota 2019: "aanpassing accres 2019 € 20.949.000"), the tranche at that stand
         * is the tranche last published plus every bijstelling published after it.
         *
         * @param bijstellingen the changes per year and stand
         * @return this builder
         */
        public Builder trancheBijstellingen(StandSeries bijstellingen) {
            this.trancheBijstellingen = bijstellingen;
            return this;
        }

        /**
         * Printed profiles: where a source prints a tranche (or a bijstelling of it) differently in
         * later years than in its own year. Each starts with the amount given for the own year with
         * {@link #gepubliceerdeTranches} (or {@link #trancheBijstellingen}) at the same stand.
         *
         * @param p the profiles
         * @return this builder
         */
        public Builder profielen(Trancheprofielen p) {
            this.profielen = p;
            return this;
        }

        /**
         * A level whose basis differs per stand (the fund's printed stand less what fvw computes).
         *
         * @param basis the basis per stand
         * @param taakmutaties structural taakmutaties per year, or null
         * @return this builder
         */
        public Builder niveau(Niveaubasis basis, YearSeries taakmutaties) {
            this.niveauBasisPerStand = basis;
            this.taakmutaties = taakmutaties;
            return this;
        }

        /**
         * The fund's BCF-ruimte as printed (OWB 2020 Provinciefonds: "ruimte onder plafond BCF 2019"
         * 11.033 in 2019), in place of the plafond and the declaraties.
         *
         * @param perStand the ruimte per stand and year
         * @return this builder
         */
        public Builder bcfRuimte(StandSeries perStand) {
            this.bcfRuimte = perStand;
            return this;
        }

        /**
         * The fund's input.
         *
         * @return the checked input
         * @throws FvwException when the record's checks fail
         */
        public Fondsinvoer build() {
            return new Fondsinvoer(fonds, grondslag, grondslagBasisjaar, grondslagBasis, grondslagMutaties, niveauBasis,
                    taakmutaties, gepubliceerdeTranches, trancheBijstellingen, profielen, niveauBasisPerStand, bcfRuimte, bron);
        }
    }
}
