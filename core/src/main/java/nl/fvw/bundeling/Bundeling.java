package nl.fvw.bundeling;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import nl.fvw.FvwException;
import nl.fvw.time.BudgetYear;

/**
 * A bundling decision (bundeling.md): SPUKs moved to a target from {@code startjaar}, after an
 * efficiencykorting (a fraction: 0.10 is 10 %), distributed over the recipients by a new key; for
 * the algemene uitkering (and an integratie-uitkering from {@code auVanaf}) the amount joins the
 * accres grondslag from {@code grondslagVanaf} (null: not). {@code ingefaseerd}: the effects are
 * phased in; how is for the rules to say (an ingroeipad).
 *
 * <pre>{@code
 * Bundeling b = Bundeling.builder("SPUK naar AU").bron("besluit").doel(Doel.ALGEMENE_UITKERING)
 *         .jaren(BudgetYear.of(2027), BudgetYear.of(2030)).efficiencykorting(new BigDecimal("0.10"))
 *         .spuk(spuk).ontvangers(gemeenten).sleutel(new Verdeelsleutel(Map.of("inwoners", Amounts.eur("1")), BigDecimal.ZERO))
 *         .build();
 * }</pre>
 */
public record Bundeling(String naam, String bron, Doel doel, BudgetYear startjaar, BudgetYear totJaar,
        BigDecimal efficiencykorting, BudgetYear auVanaf, BudgetYear grondslagVanaf, List<Spuk> spuks,
        List<Ontvanger> ontvangers, Verdeelsleutel sleutel, List<Herindeling> herindelingen, boolean ingefaseerd) {
    /**
     * Checks the decision: years in order, korting 0 to 100 %, SPUKs and recipients present, every SPUK budgeted for every year.
     *
     * @param naam the bundling's name
     * @param bron the source of the decision
     * @param doel where the SPUKs go
     * @param startjaar the first year
     * @param totJaar the last year
     * @param efficiencykorting the korting, a fraction (0.10 is 10 %)
     * @param auVanaf for an integratie-uitkering, the year it joins the AU; else null
     * @param grondslagVanaf the year the amount joins the accres grondslag, or null
     * @param spuks the SPUKs bundled
     * @param ontvangers the recipients
     * @param sleutel the new distribution key
     * @param herindelingen mergers of recipients
     * @param ingefaseerd whether the effects phase in (how: the rules)
     */
    public Bundeling {
        Objects.requireNonNull(naam, "naam");
        Objects.requireNonNull(bron, "bron");
        Objects.requireNonNull(doel, "doel");
        Objects.requireNonNull(startjaar, "startjaar");
        Objects.requireNonNull(totJaar, "totJaar");
        Objects.requireNonNull(efficiencykorting, "efficiencykorting");
        Objects.requireNonNull(sleutel, "sleutel");
        spuks = List.copyOf(spuks);
        ontvangers = List.copyOf(ontvangers);
        herindelingen = List.copyOf(herindelingen);
        if (totJaar.isBefore(startjaar)) {
            throw new FvwException("Bundling '" + naam + "': the last year " + totJaar + " comes before the start " + startjaar);
        }
        if (efficiencykorting.signum() < 0 || efficiencykorting.compareTo(BigDecimal.ONE) > 0) {
            throw new FvwException("Bundling '" + naam + "': the efficiencykorting must be between 0 and 100 %, got "
                    + efficiencykorting.movePointRight(2).toPlainString() + " %");
        }
        if (spuks.isEmpty()) {
            throw new FvwException("Bundling '" + naam + "' bundles no SPUKs");
        }
        if (ontvangers.isEmpty()) {
            throw new FvwException("Bundling '" + naam + "' has no recipients");
        }
        Set<String> codes = new HashSet<>();
        for (Ontvanger o : ontvangers) {
            if (!codes.add(o.code())) {
                throw new FvwException("Bundling '" + naam + "': recipient " + o.code() + " appears twice");
            }
        }
        for (Spuk s : spuks) {
            if (s.budget().firstKey().isAfter(startjaar)) {
                throw new FvwException("Bundling '" + naam + "' starts in " + startjaar + ", before SPUK '" + s.naam()
                        + "' exists (its budget starts in " + s.budget().firstKey() + ")");
            }
            for (BudgetYear y = startjaar; !y.isAfter(totJaar); y = y.next()) {
                s.budget(y);
            }
        }
        if (doel == Doel.INTEGRATIE_UITKERING && auVanaf == null) {
            throw new FvwException("Bundling '" + naam + "' goes to an integratie-uitkering: give the year it joins the AU");
        }
    }

    /**
     * A builder for a bundling; required are the source, the destination, the years, the korting, at
     * least one SPUK, the recipients and the key.
     *
     * @param naam the bundling's name
     * @return the builder
     */
    public static Builder builder(String naam) {
        return new Builder(naam);
    }

    /** Builds a {@link Bundeling}; the checks are those of the record. */
    public static final class Builder {
        private final String naam;
        private String bron;
        private Doel doel;
        private BudgetYear startjaar;
        private BudgetYear totJaar;
        private BigDecimal efficiencykorting;
        private BudgetYear auVanaf;
        private BudgetYear grondslagVanaf;
        private final List<Spuk> spuks = new ArrayList<>();
        private List<Ontvanger> ontvangers = List.of();
        private Verdeelsleutel sleutel;
        private final List<Herindeling> herindelingen = new ArrayList<>();
        private boolean ingefaseerd;

        private Builder(String naam) {
            this.naam = naam;
        }

        /**
         * The decision's source.
         *
         * @param b the source
         * @return this builder
         */
        public Builder bron(String b) {
            this.bron = b;
            return this;
        }

        /**
         * Where the SPUKs go: AU, DU, IU, brede doeluitkering or envelope.
         *
         * @param d the destination
         * @return this builder
         */
        public Builder doel(Doel d) {
            this.doel = d;
            return this;
        }

        /**
         * The years of the transfer.
         *
         * @param eerste the first year
         * @param laatste the last year
         * @return this builder
         */
        public Builder jaren(BudgetYear eerste, BudgetYear laatste) {
            this.startjaar = eerste;
            this.totJaar = laatste;
            return this;
        }

        /**
         * The efficiencykorting as a fraction (0.10 is 10 %).
         *
         * @param korting the korting
         * @return this builder
         */
        public Builder efficiencykorting(BigDecimal korting) {
            this.efficiencykorting = korting;
            return this;
        }

        /**
         * For an integratie-uitkering: the year it joins the AU.
         *
         * @param jaar the year
         * @return this builder
         */
        public Builder auVanaf(BudgetYear jaar) {
            this.auVanaf = jaar;
            return this;
        }

        /**
         * The year the transfer joins the accres grondslag (default: never).
         *
         * @param jaar the year
         * @return this builder
         */
        public Builder grondslagVanaf(BudgetYear jaar) {
            this.grondslagVanaf = jaar;
            return this;
        }

        /**
         * Adds a SPUK to the bundle.
         *
         * @param s the SPUK
         * @return this builder
         */
        public Builder spuk(Spuk s) {
            spuks.add(s);
            return this;
        }

        /**
         * The recipients.
         *
         * @param o the recipients
         * @return this builder
         */
        public Builder ontvangers(List<Ontvanger> o) {
            this.ontvangers = o;
            return this;
        }

        /**
         * The new distribution key.
         *
         * @param s the key
         * @return this builder
         */
        public Builder sleutel(Verdeelsleutel s) {
            this.sleutel = s;
            return this;
        }

        /**
         * Adds a herindeling that maps historic recipients onto today's.
         *
         * @param h the herindeling
         * @return this builder
         */
        public Builder herindeling(Herindeling h) {
            herindelingen.add(h);
            return this;
        }

        /**
         * Whether the effects are phased in by an ingroeipad (the rules decide how).
         *
         * @param ja true for an ingroeipad
         * @return this builder
         */
        public Builder ingefaseerd(boolean ja) {
            this.ingefaseerd = ja;
            return this;
        }

        /**
         * The bundling.
         *
         * @return the checked bundling
         * @throws FvwException when the record's checks fail
         */
        public Bundeling build() {
            return new Bundeling(naam, bron, doel, startjaar, totJaar, efficiencykorting, auVanaf, grondslagVanaf, spuks,
                    ontvangers, sleutel, herindelingen, ingefaseerd);
        }
    }
}
