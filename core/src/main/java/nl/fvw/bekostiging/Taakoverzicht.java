package nl.fvw.bekostiging;

import java.util.Objects;

import nl.fvw.input.ValueText;

/**
 * A fact for the rules: a computed task, with the indicators the verdict and signal rules test.
 *
 * <pre>{@code
 * // in a rule: het tekort is in 2 opeenvolgende jaren groter dan 5 procent van de kosten
 * boolean signaal = new Taakoverzicht(uitkomst).jarenMetTekortBoven("5") >= 2;
 * }</pre>
 */
public final class Taakoverzicht {
    private final Taakuitkomst uitkomst;

    /**
     * A computed task, for the rules.
     *
     * @param uitkomst the outcome
     */
    public Taakoverzicht(Taakuitkomst uitkomst) {
        this.uitkomst = Objects.requireNonNull(uitkomst, "uitkomst");
    }

    /**
     * The outcome.
     *
     * @return the outcome
     */
    public Taakuitkomst getUitkomst() {
        return uitkomst;
    }

    /**
     * The task's name, for the rules' conditions.
     *
     * @return the name
     */
    public String getNaam() {
        return uitkomst.taak().naam();
    }

    /**
     * The route, for the rules' conditions.
     *
     * @return the route's constant name, like SPECIFIEKE_UITKERING
     */
    public String getRoute() {
        return uitkomst.taak().route().name();
    }

    /**
     * The longest run of years with a gap above {@code procent} of the claim.
     *
     * @param procent a percentage in Dutch notation, "5" or "2,5"
     * @return the number of consecutive years
     */
    public int jarenMetTekortBoven(String procent) {
        return uitkomst.jarenMetTekortBoven(ValueText.dutchNumber(procent).movePointLeft(2));
    }

    /**
     * The longest run of years whose structural gap is above {@code procent} of the structural costs.
     *
     * @param procent a percentage with a decimal comma, as the rule writes it ("5")
     * @return the number of consecutive years
     */
    public int jarenMetStructureelTekortBoven(String procent) {
        return uitkomst.jarenMetStructureelTekortBoven(ValueText.dutchNumber(procent).movePointLeft(2));
    }

    /**
     * Whether the gap rises every year over the last {@code jaren} years and is positive.
     *
     * @param jaren the number of years
     * @return true when it grows
     */
    public boolean tekortGroeit(int jaren) {
        return uitkomst.tekortGroeit(jaren);
    }

    /**
     * Whether the one-off compensation leaves invoeringskosten uncovered.
     *
     * @return true when some remain
     */
    public boolean isInvoeringNietGecompenseerd() {
        return nl.fvw.money.Amounts.value(uitkomst.invoeringNietGecompenseerd()).signum() > 0;
    }

    /**
     * Whether no distribution within the tiers is given: the task concerns a whole bestuurslaag.
     *
     * @return true without a distribution
     */
    public boolean isVerdeeldOverHeleLaag() {
        return uitkomst.taak().verdeling().isEmpty();
    }

    @Override
    public String toString() {
        return "taak " + getNaam();
    }
}
