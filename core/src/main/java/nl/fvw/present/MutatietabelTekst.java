package nl.fvw.present;

import java.math.BigDecimal;
import java.math.RoundingMode;

import nl.fvw.begroting.Mutatietabel;

/**
 * A mutation table as text, as the begroting prints it: title and unit, a column per year,
 * sub-mutations and waarvan lines indented under what they break down; a row fvw derived because
 * the source does not print it is marked.
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
        int labelWidth = t.rijen().stream().mapToInt(r -> r.label().length() + 4).max().orElse(10);
        StringBuilder sb = new StringBuilder(t.titel()).append(" (").append(t.eenheid()).append(")\n");
        sb.append(" ".repeat(labelWidth));
        for (String k : t.kolommen()) {
            sb.append(Align.right(k, 12));
        }
        sb.append('\n');
        for (Mutatietabel.Rij r : t.rijen()) {
            boolean sub = r.soort() == Mutatietabel.Soort.SUBMUTATIE || r.soort() == Mutatietabel.Soort.WAARVAN;
            sb.append(Align.left((sub ? "  " : "") + r.label() + (r.afgeleid() ? " *" : ""), labelWidth));
            for (BigDecimal v : r.waarden()) {
                sb.append(Align.right(v == null ? "" : DutchNumbers.format(v.setScale(decimals,
                        RoundingMode.UNNECESSARY), decimals), 12));
            }
            sb.append('\n');
        }
        if (t.rijen().stream().anyMatch(Mutatietabel.Rij::afgeleid)) {
            sb.append("* berekend door fvw: de bron drukt deze regel niet (een stand als de stand ervoor plus de mutaties,"
                    + " een mutatie als de som van haar delen of als het verschil van twee standen)\n");
        }
        return sb.toString();
    }
}
