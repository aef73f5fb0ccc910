package nl.fvw.explain;

/** A computed figure: its name (see {@link FigureName}), how it prints, and its explanation. */
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
