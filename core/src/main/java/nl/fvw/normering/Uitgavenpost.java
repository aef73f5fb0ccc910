package nl.fvw.normering;

import java.util.Objects;

import nl.fvw.time.Stand;
import nl.fvw.time.YearSeries;

/**
 * One item of the Rijk's net spending at a stand, as the accres annex of the Miljoenennota
 * itemises it: its name, its kind (the category rules select on, e.g. UITGAVEN, EU-AFDRACHTEN,
 * RENTE, FONDS, INVESTERINGSFONDS), its amounts per year and its source. Which items are
 * corrections (left out of the NGRU or ARU) is decided by rules, not here.
 *
 * <pre>{@code
 * Uitgavenpost fonds = new Uitgavenpost("ARU", "Nationaal Groeifonds", "INVESTERINGSFONDS",
 *         Stand.parse("Miljoenennota 2023"), "Miljoenennota 2023, bijlage accres", reeks);
 * }</pre>
 */
public final class Uitgavenpost {
    private final String aggregaat;
    private final String naam;
    private final String soort;
    private final Stand stand;
    private final String bron;
    private final YearSeries reeks;

    /**
     * One item of spending, for the rules to count or leave out.
     *
     * @param aggregaat NGRU or ARU
     * @param naam the item's name
     * @param soort its kind (a {@link Postsoort} spelling)
     * @param stand the stand it is published at
     * @param bron the source
     * @param reeks the amounts per year
     */
    public Uitgavenpost(String aggregaat, String naam, String soort, Stand stand, String bron, YearSeries reeks) {
        this.aggregaat = Objects.requireNonNull(aggregaat, "aggregaat");
        this.naam = Objects.requireNonNull(naam, "naam");
        this.soort = Objects.requireNonNull(soort, "soort");
        if (Postsoort.parse(soort) == null) {
            throw new nl.fvw.FvwException("'" + soort + "' is not a kind of spending item; expected one of "
                    + Postsoort.spellings());
        }
        this.stand = Objects.requireNonNull(stand, "stand");
        this.bron = Objects.requireNonNull(bron, "bron");
        this.reeks = Objects.requireNonNull(reeks, "reeks");
    }

    /**
     * The aggregate this item belongs to.
     *
     * @return NGRU or ARU
     */
    public String getAggregaat() {
        return aggregaat;
    }

    /**
     * The item's name.
     *
     * @return the name
     */
    public String getNaam() {
        return naam;
    }

    /**
     * The item's kind.
     *
     * @return a {@link Postsoort} spelling
     */
    public String getSoort() {
        return soort;
    }

    /**
     * The stand the item is published at.
     *
     * @return the stand
     */
    public Stand getStand() {
        return stand;
    }

    /**
     * The source.
     *
     * @return the source
     */
    public String getBron() {
        return bron;
    }

    /**
     * The amounts per year.
     *
     * @return the series
     */
    public YearSeries getReeks() {
        return reeks;
    }

    @Override
    public String toString() {
        return aggregaat + " post '" + naam + "' (" + soort + ") stand " + stand;
    }
}
