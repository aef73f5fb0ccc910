package nl.fvw.normering;

import java.util.Objects;

/**
 * A fact for the rules: a parameter with this name is given in the scenario.
 *
 * <pre>{@code
 * // the rules see: er is een parameter "opschalingskorting.gemeentefonds"
 * GegevenParameter p = new GegevenParameter("opschalingskorting.gemeentefonds");
 * }</pre>
 */
public final class GegevenParameter {
    private final String naam;

    /**
     * A parameter the scenario gives.
     *
     * @param naam its name
     */
    public GegevenParameter(String naam) {
        this.naam = Objects.requireNonNull(naam, "naam");
    }

    /**
     * The parameter's name.
     *
     * @return the name
     */
    public String getNaam() {
        return naam;
    }
}
