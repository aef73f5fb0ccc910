package nl.fvw.explain;

/**
 * A computed figure: its name (see {@link FigureName}), its value and its explanation. How it is
 * printed is up to the presentation ({@code nl.fvw.present.Values}).
 *
 * <pre>{@code
 * Figuur f = uitkomst.figuur(FigureName.parse("GF niveau 2026 stand Voorjaarsnota 2024"));
 * System.out.println(f.name() + " = " + Values.text(f.value()));
 * }</pre>
 */
public interface Figuur {
    /**
     * The name this figure is known by in reports, explanations and checks.
     *
     * @return the name
     */
    FigureName name();

    /**
     * The figure's value: an amount or a rate.
     *
     * @return the value
     */
    Value value();

    /**
     * How the figure was computed.
     *
     * @return the explanation (empty in a bulk run)
     */
    Explanation explanation();
}
