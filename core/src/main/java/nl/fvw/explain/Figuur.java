package nl.fvw.explain;

/**
 * A computed figure: its name (see {@link FigureName}), how it prints, and its explanation.
 *
 * <pre>{@code
 * Figuur f = result.figuur(FigureName.parse("GF niveau 2026 stand Voorjaarsnota 2024"));
 * System.out.println(f.name() + " = " + f.display());
 * System.out.print(f.explanation().toText());
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
     * The figure as printed in a report: "2,41 %", "€ 1.124,0 mln".
     *
     * @return the printed figure
     */
    String display();

    /**
     * How the figure was computed.
     *
     * @return the explanation (empty in a bulk run)
     */
    Explanation explanation();
}
