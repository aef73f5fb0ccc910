package nl.fvw.present;

import nl.fvw.explain.Explanation;
import nl.fvw.explain.Input;
import nl.fvw.explain.RoundingRecord;

/**
 * An explanation as indented plain text, one fact a line: the figure and its value, the formula,
 * the rule and its source, every input with its stand and source, the roundings, then the figures
 * it was computed from.
 *
 * <pre>{@code
 * System.out.print(ExplanationText.of(uitkomst.explain(FigureName.parse("accres 2014"))));
 * }</pre>
 */
public final class ExplanationText {
    private ExplanationText() {
    }

    /**
     * The explanation as text.
     *
     * @param e the explanation
     * @return the text, ending in a newline
     */
    public static String of(Explanation e) {
        StringBuilder sb = new StringBuilder();
        append(sb, e, "");
        return sb.toString();
    }

    private static void append(StringBuilder sb, Explanation e, String indent) {
        sb.append(indent).append(e.label()).append(" = ").append(Values.text(e.value())).append('\n');
        String in = indent + "  ";
        String formula = Values.text(e.formula());
        if (!formula.isEmpty()) {
            sb.append(in).append("formule: ").append(formula).append('\n');
        }
        if (e.rule() != null) {
            sb.append(in).append("regel:   ").append(e.rule().id()).append(" \"").append(e.rule().name()).append("\"\n");
            sb.append(in).append("bron:    ").append(e.rule().source()).append('\n');
            if (e.rule().replaces() != null) {
                sb.append(in).append("vervangt: ").append(e.rule().replaces()).append('\n');
            }
        }
        for (Input i : e.inputs()) {
            sb.append(in).append("invoer:  ").append(i.name()).append(" = ").append(Values.text(i.value()));
            if (i.stand() != null) {
                sb.append("  [stand ").append(i.stand()).append(']');
            }
            sb.append("  (").append(i.source()).append(")\n");
        }
        for (RoundingRecord r : e.roundings()) {
            sb.append(in).append("afronding: ").append(r.step().name()).append(": ").append(r.before().toPlainString())
                    .append(" → ").append(r.after().toPlainString()).append(" (").append(r.step().unit().label())
                    .append(", ").append(r.step().mode()).append("; ").append(r.step().source()).append(")\n");
        }
        for (Explanation c : e.children()) {
            append(sb, c, in);
        }
    }
}
