package nl.fvw.scenario;

import nl.fvw.explain.FigureName;
import nl.fvw.normering.Fonds;
import nl.fvw.time.BudgetYear;
import nl.fvw.time.Stand;

/** Which figure a linked row is, by its name: "PF tranche 2023", "PF bijstelling tranche 2022", "PF afrekening", … */
record Tabelkoppeling(String fonds, String grootheid, BudgetYear tranche, boolean bijstelling) {
    static Tabelkoppeling parse(String text, Fonds tabelFonds, boolean stand) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile(
                "(?i)\\s*(?:(GF|PF)\\s+)?(bijstelling\\s+)?(tranche\\s+(\\d{4})|afrekening|bcf-ruimte|niveau|cumulatief)\\s*")
                .matcher(text);
        if (!m.matches()) {
            throw new nl.fvw.FvwException("'" + text + "' is not a figure a row can be linked to; expected [GF|PF] followed by"
                    + " 'tranche 2023', 'bijstelling tranche 2022', 'afrekening', 'bcf-ruimte', 'niveau' or 'cumulatief'");
        }
        if (m.group(1) == null && tabelFonds == null) {
            throw new nl.fvw.FvwException("'" + text + "': the table is of both funds; name the fund (GF or PF)");
        }
        String f = m.group(1) != null ? m.group(1).toUpperCase(java.util.Locale.ROOT) : tabelFonds.code();
        boolean bij = m.group(2) != null;
        BudgetYear u = m.group(4) == null ? null : BudgetYear.parse(m.group(4));
        if (bij && u == null) {
            throw new nl.fvw.FvwException("'" + text + "': a bijstelling is of a tranche ('bijstelling tranche 2022')");
        }
        String grootheid = u != null ? "tranche" : m.group(3).toLowerCase(java.util.Locale.ROOT);
        if (stand != grootheid.equals("niveau") && !grootheid.equals("cumulatief")) {
            throw new nl.fvw.FvwException("'" + text + "': " + (stand ? "a stand row is linked to a fund's 'niveau' or"
                    + " 'cumulatief'" : "a fund's level belongs to a stand row"));
        }
        return new Tabelkoppeling(f, grootheid, u, bij);
    }

    boolean vergelijkt(BudgetYear jaar) {
        return tranche == null || !jaar.isBefore(tranche);
    }

    FigureName figuur(BudgetYear jaar, Stand stand) {
        if (tranche == null) {
            return new FigureName(fonds, grootheid, jaar, stand);
        }
        return jaar.equals(tranche) ? new FigureName(fonds, "tranche", jaar, stand)
                : new FigureName(fonds, "tranche " + tranche + " in", jaar, stand);
    }
}
