package nl.fvw.bekostiging;

import java.util.Objects;

import nl.fvw.present.DutchNumbers;

/** A fact for the rules: a computed task, with the indicators the verdict and signal rules test. */
public final class Taakoverzicht {
    private final Taakuitkomst uitkomst;

    public Taakoverzicht(Taakuitkomst uitkomst) {
        this.uitkomst = Objects.requireNonNull(uitkomst, "uitkomst");
    }

    public Taakuitkomst getUitkomst() {
        return uitkomst;
    }

    public String getNaam() {
        return uitkomst.taak().naam();
    }

    public String getRoute() {
        return uitkomst.taak().route().name();
    }

    /** The longest run of years with a gap above {@code procent} (Dutch notation, "5" or "2,5") of the claim. */
    public int jarenMetTekortBoven(String procent) {
        return uitkomst.jarenMetTekortBoven(DutchNumbers.parse(procent).movePointLeft(2));
    }

    public boolean tekortGroeit(int jaren) {
        return uitkomst.tekortGroeit(jaren);
    }

    public boolean isInvoeringNietGecompenseerd() {
        return nl.fvw.money.Amounts.value(uitkomst.invoeringNietGecompenseerd()).signum() > 0;
    }

    /** True when no distribution within the tiers is given: the task concerns a whole bestuurslaag. */
    public boolean isVerdeeldOverHeleLaag() {
        return uitkomst.taak().verdeling().isEmpty();
    }

    @Override
    public String toString() {
        return "taak " + getNaam();
    }
}
