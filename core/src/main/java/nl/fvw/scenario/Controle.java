package nl.fvw.scenario;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import nl.fvw.FvwException;
import nl.fvw.explain.FigureName;
import nl.fvw.time.Stand;

/**
 * A published figure a scenario must reproduce: the figure's name, the value as published (in the
 * unit the figure is printed in: percent for an accres %), the tolerance and why that tolerance is
 * right, and the source. A bijstelling between two stands is a figure too: "bijstelling GF tranche
 * 2024 van meicirculaire 2023 naar septembercirculaire 2023" is the figure at the second stand less
 * the same figure at the first ({@code van}).
 *
 * <pre>{@code
 * Controle c = Controle.of("accres 2014 stand Miljoenennota 2012", new BigDecimal("2.42"),
 *         new BigDecimal("0.01"), "de bron telt onafgeronde delen op", "Miljoenennota 2012, tabel 9.1");
 * boolean klopt = c.accepts(new BigDecimal("2.41"));   // true
 * }</pre>
 *
 * @param figuur the figure checked (for a bijstelling: at the later stand)
 * @param van for a bijstelling, the earlier stand; else null
 * @param gepubliceerd the figure as published
 * @param tolerantie the largest difference accepted
 * @param reden why that tolerance is honest
 * @param bron where the figure is published
 */
public record Controle(FigureName figuur, Stand van, BigDecimal gepubliceerd, BigDecimal tolerantie, String reden,
        String bron) {
    private static final Pattern BIJSTELLING = Pattern.compile("(?i)\\s*bijstelling\\s+(.+?)\\s+van\\s+(.+?)\\s+naar\\s+(.+?)\\s*");

    /**
     * Checks the components.
     *
     * @param figuur the figure checked
     * @param van the earlier stand of a bijstelling, or null
     * @param gepubliceerd the figure as published (an accres % in percent, an amount in the file's unit)
     * @param tolerantie the largest difference accepted
     * @param reden why that tolerance is honest
     * @param bron where the figure is published
     */
    public Controle {
        Objects.requireNonNull(figuur, "figuur");
        Objects.requireNonNull(gepubliceerd, "gepubliceerd");
        Objects.requireNonNull(tolerantie, "tolerantie");
        Objects.requireNonNull(reden, "reden");
        Objects.requireNonNull(bron, "bron");
        if (van != null && (figuur.stand() == null || !van.isBefore(figuur.stand()))) {
            throw new FvwException("A bijstelling runs from an earlier stand to a later one; " + van + " does not come before "
                    + figuur.stand());
        }
    }

    /**
     * A check of a figure, or of a bijstelling between two stands, by name.
     *
     * @param naam like "GF tranche 2024 stand Miljoenennota 2024", or "bijstelling GF tranche 2024 van
     *             meicirculaire 2023 naar septembercirculaire 2023"
     * @param gepubliceerd the figure as published
     * @param tolerantie the largest difference accepted
     * @param reden why that tolerance is honest
     * @param bron where the figure is published
     * @return the check
     * @throws FvwException when the name is neither form
     */
    public static Controle of(String naam, BigDecimal gepubliceerd, BigDecimal tolerantie, String reden, String bron) {
        Matcher m = BIJSTELLING.matcher(naam);
        if (m.matches()) {
            FigureName base = FigureName.parse(m.group(1));
            if (base.stand() != null) {
                throw new FvwException("'" + naam + "': a bijstelling names its stands after 'van' and 'naar', not in the"
                        + " figure");
            }
            Stand naar = Stand.parse(m.group(3));
            return new Controle(new FigureName(base.fonds(), base.grootheid(), base.jaar(), naar), Stand.parse(m.group(2)),
                    gepubliceerd, tolerantie, reden, bron);
        }
        return new Controle(FigureName.parse(naam), null, gepubliceerd, tolerantie, reden, bron);
    }

    /**
     * The name as the scenario writes it.
     *
     * @return the figure, or "bijstelling … van … naar …"
     */
    public String naam() {
        if (van == null) {
            return figuur.toString();
        }
        FigureName base = new FigureName(figuur.fonds(), figuur.grootheid(), figuur.jaar(), null);
        return "bijstelling " + base + " van " + van + " naar " + figuur.stand();
    }

    /**
     * Whether a computed figure reproduces the published one.
     *
     * @param computed the figure as fvw prints it
     * @return true when |computed − gepubliceerd| ≤ tolerantie
     */
    public boolean accepts(BigDecimal computed) {
        return computed.subtract(gepubliceerd).abs().compareTo(tolerantie) <= 0;
    }
}
