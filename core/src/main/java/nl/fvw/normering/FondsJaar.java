package nl.fvw.normering;

import java.util.Objects;

import nl.fvw.time.BudgetYear;

/**
 * A fact for the rules: one fund in one budget year, about which the rules decide.
 *
 * <pre>{@code
 * // the rules see: voor elk fondsjaar / het fonds is het Gemeentefonds / het jaar is 2024 of later
 * FondsJaar fj = new FondsJaar(Fonds.GEMEENTEFONDS, BudgetYear.of(2024));
 * }</pre>
 */
public final class FondsJaar {
    private final Fonds fonds;
    private final BudgetYear jaar;

    /**
     * A fund in a year, for the rules.
     *
     * @param fonds the fund
     * @param jaar the budget year
     */
    public FondsJaar(Fonds fonds, BudgetYear jaar) {
        this.fonds = Objects.requireNonNull(fonds, "fonds");
        this.jaar = Objects.requireNonNull(jaar, "jaar");
    }

    /**
     * The fund.
     *
     * @return the fund
     */
    public Fonds getFonds() {
        return fonds;
    }

    /**
     * The fund's full name, for the rules' conditions.
     *
     * @return Gemeentefonds or Provinciefonds
     */
    public String getFondsNaam() {
        return fonds.naam();
    }

    /**
     * The budget year.
     *
     * @return the year
     */
    public BudgetYear getJaar() {
        return jaar;
    }

    /**
     * The year as a number, for the rules' conditions.
     *
     * @return the year
     */
    public int getJaartal() {
        return jaar.value();
    }

    @Override
    public String toString() {
        return fonds.code() + " " + jaar;
    }
}
