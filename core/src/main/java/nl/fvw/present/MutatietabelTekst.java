package nl.fvw.present;

import java.math.BigDecimal;
import java.math.RoundingMode;

import nl.fvw.begroting.Mutatietabel;

/**
 * A mutation table as text, as the begroting prints it: title and unit, a column per year,
 * sub-mutations and waarvan lines indented under what they break down.
 *
 * <pre>{@code
 * System.out.print(MutatietabelTekst.of(tabel));
 * }</pre>
 */
public final class MutatietabelTekst {
    private MutatietabelTekst() {
    }

    /**
     * The table as text.
     *
     * @param t the table
     * @return the table, with its title and unit
     */
    public static String of(Mutatietabel t) {
        int decimals = Math.max(0, t.printUnit().stripTrailingZeros().scale());
        int labelWidth = t.rijen().stream().mapToInt(r -> r.label().length() + 2).max().orElse(10);
        StringBuilder sb = new StringBuilder(t.titel()).append(" (").append(t.eenheid()).append(")\n");
        sb.append(" ".repeat(labelWidth));
        for (String k : t.kolommen()) {
            sb.append(String.format("%12s", k));
        }
        sb.append('\n');
        for (Mutatietabel.Rij r : t.rijen()) {
            boolean sub = r.soort() == Mutatietabel.Soort.SUBMUTATIE || r.soort() == Mutatietabel.Soort.WAARVAN;
            sb.append(String.format("%-" + labelWidth + "s", (sub ? "  " : "") + r.label()));
            for (BigDecimal v : r.waarden()) {
                sb.append(String.format("%12s", v == null ? "" : DutchNumbers.format(v.setScale(decimals,
                        RoundingMode.UNNECESSARY), decimals)));
            }
            sb.append('\n');
        }
        return sb.toString();
    }
}
