package nl.fvw.normering;

import java.util.Objects;

import nl.fvw.time.BudgetYear;

/** A fact for the rules: one fund in one budget year, about which the rules decide. */
public final class FondsJaar {
    private final Fonds fonds;
    private final BudgetYear jaar;

    public FondsJaar(Fonds fonds, BudgetYear jaar) {
        this.fonds = Objects.requireNonNull(fonds, "fonds");
        this.jaar = Objects.requireNonNull(jaar, "jaar");
    }

    public Fonds getFonds() {
        return fonds;
    }

    public String getFondsNaam() {
        return fonds.naam();
    }

    public BudgetYear getJaar() {
        return jaar;
    }

    public int getJaartal() {
        return jaar.value();
    }

    @Override
    public String toString() {
        return fonds.code() + " " + jaar;
    }
}
