package nl.fvw.normering;

import nl.fvw.time.BudgetYear;
import nl.fvw.time.Ijkmoment;
import nl.fvw.time.Stand;

/**
 * The stand at which the afrekening of year t is booked (normering.md §2a). The definitive accres of
 * t is known with the Financieel Jaarverslag Rijk t; it is booked at the Voorjaarsnota, with the 1e
 * suppletoire begroting, of t + 1 (Jaarverslag Provinciefonds 2018: "verwerkt in de 1e suppletoire
 * begroting 2019"; Voorjaarsnota 2023: "afrekening bij Voorjaarsnota 2023").
 */
public enum Afrekenmoment {
    /** The Voorjaarsnota / 1e suppletoire begroting of t + 1: the default. */
    VOORJAARSNOTA_VOLGEND_JAAR(Ijkmoment.VOORJAARSNOTA, 1, "de Voorjaarsnota van het jaar daarna"),
    /** The Financieel Jaarverslag Rijk of t itself. */
    FINANCIEEL_JAARVERSLAG(Ijkmoment.FINANCIEEL_JAARVERSLAG_RIJK, 0, "het Financieel Jaarverslag Rijk");

    private final Ijkmoment moment;
    private final int jarenLater;
    private final String tekst;

    Afrekenmoment(Ijkmoment moment, int jarenLater, String tekst) {
        this.moment = moment;
        this.jarenLater = jarenLater;
        this.tekst = tekst;
    }

    /**
     * The stand, at its usual date, at which the afrekening of a year is booked.
     *
     * @param jaar the year settled
     * @return the Voorjaarsnota of the year after, or the Financieel Jaarverslag Rijk of the year
     */
    public Stand stand(BudgetYear jaar) {
        return Stand.of(moment, jaar.value() + jarenLater);
    }

    /**
     * Whether a stand is that booking moment for a year, whatever its publication date.
     *
     * @param s the stand
     * @param jaar the year settled
     * @return true for the stand of this moment named after the booking year
     */
    public boolean is(Stand s, BudgetYear jaar) {
        return s.ijkmoment() == moment && s.year() == jaar.value() + jarenLater;
    }

    @Override
    public String toString() {
        return tekst;
    }
}
