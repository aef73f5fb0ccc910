package nl.fvw.explain;

/** A computed figure: its name (see {@link FigureName}), how it prints, and its explanation. */
public interface Figuur {
    FigureName name();

    /** The figure as printed in a report: "2,41 %", "€ 1.124,0 mln". */
    String display();

    Explanation explanation();
}
