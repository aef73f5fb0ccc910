package nl.fvw.bundeling;

import java.math.BigDecimal;
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
 * Bundeling b = new Bundeling("SPUK naar AU", "besluit", Doel.ALGEMENE_UITKERING, BudgetYear.of(2027),
 *         BudgetYear.of(2030), new BigDecimal("0.10"), null, BudgetYear.of(2028), spuks, gemeenten,
 *         new Verdeelsleutel(Map.of("inwoners", Amounts.eur("90")), BigDecimal.ZERO), List.of(), true);
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
}
