package nl.fvw.explain;

import java.util.Comparator;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import nl.fvw.FvwException;
import nl.fvw.time.BudgetYear;
import nl.fvw.time.Stand;

/**
 * How a figure is named, on the command line and in explanations:
 *
 * <pre>
 * figuur   = [fonds] grootheid jaar ["stand" stand]
 * fonds    = "GF" | "PF" | "Gemeentefonds" | "Provinciefonds"
 * grootheid = one or more words, e.g. "accres", "tranche", "niveau", "NGRU", "ARU"
 * jaar     = four digits
 * stand    = ijkmoment jaar, e.g. "Miljoenennota 2024" (see {@link Stand#parse})
 * </pre>
 *
 * Examples: "accres 2013 stand Miljoenennota 2012", "GF accres 2024 stand Miljoenennota 2024".
 * Without a stand the name matches the figure at the scenario's own stand. Words are matched
 * case-insensitively; the fund is written as GF or PF.
 */
public record FigureName(String fonds, String grootheid, BudgetYear jaar, Stand stand) {
    private static final Pattern GRAMMAR = Pattern.compile(
            "(?i)\\s*(?:(GF|PF|Gemeentefonds|Provinciefonds)\\s+)?(\\p{L}[\\p{L}\\p{N}% ,.'()/-]*?)\\s+(\\d{4})(?:\\s+stand\\s+(.+?))?\\s*");

    /** Stand (none first), fund (none first), quantity, year: the order figures are listed in. */
    public static final Comparator<FigureName> ORDER = FigureName::compareInOrder;

    /**
     * Normalises the fund and the quantity.
     *
     * @param fonds GF, PF or null (any spelling of the fund is accepted)
     * @param grootheid the quantity: accres, tranche, niveau, …
     * @param jaar the budget year
     * @param stand the stand, or null: any stand
     */
    public FigureName {
        Objects.requireNonNull(grootheid, "grootheid");
        Objects.requireNonNull(jaar, "jaar");
        if (!isLowerCaseWord(grootheid)) {
            grootheid = grootheid.strip().toLowerCase(Locale.ROOT);
        }
        if (fonds != null && !fonds.equals("GF") && !fonds.equals("PF")) {
            fonds = switch (fonds.toLowerCase(Locale.ROOT)) {
                case "gf", "gemeentefonds" -> "GF";
                case "pf", "provinciefonds" -> "PF";
                default -> throw new FvwException("'" + fonds + "' is not a fund; expected GF or PF");
            };
        }
    }

    /** Stand (none first), fund (none first), grootheid, year: the order of every report. */
    private static int compareInOrder(FigureName a, FigureName b) {
        if (a.stand() != b.stand()) {
            if (a.stand() == null) {
                return -1;
            }
            if (b.stand() == null) {
                return 1;
            }
            int c = a.stand().compareTo(b.stand());
            if (c != 0) {
                return c;
            }
        }
        int c = (a.fonds() == null ? "" : a.fonds()).compareTo(b.fonds() == null ? "" : b.fonds());
        if (c != 0) {
            return c;
        }
        c = a.grootheid().compareTo(b.grootheid());
        return c != 0 ? c : a.jaar().compareTo(b.jaar());
    }

    /** Already stripped and in lower case: most names are made by fvw itself, in this form. */
    private static boolean isLowerCaseWord(String s) {
        if (s.isEmpty() || s.charAt(0) == ' ' || s.charAt(s.length() - 1) == ' ') {
            return false;
        }
        for (int i = 0; i < s.length(); i++) {
            char ch = s.charAt(i);
            if (ch >= 'a' && ch <= 'z' || ch == ' ' || ch >= '0' && ch <= '9') {
                continue;
            }
            if (Character.isUpperCase(ch) || Character.isWhitespace(ch)) {
                return false;
            }
        }
        return true;
    }

    /**
     * Reads a name in the grammar [GF|PF] grootheid jaar [stand &lt;stand&gt;].
     *
     * @param text like "GF accres 2024 stand Miljoenennota 2024"
     * @return the name
     * @throws nl.fvw.FvwException naming the grammar when the text does not follow it
     */
    public static FigureName parse(String text) {
        Matcher m = GRAMMAR.matcher(text);
        if (!m.matches()) {
            throw new FvwException("'" + text + "' is not a figure name; expected [GF|PF] grootheid jaar [stand <stand>],"
                    + " like 'GF accres 2024 stand Miljoenennota 2024'");
        }
        Stand stand = m.group(4) == null ? null : Stand.parse(m.group(4));
        return new FigureName(m.group(1), m.group(2), BudgetYear.parse(m.group(3)), stand);
    }

    /**
     * Whether this figure answers to a name that may leave out the fund or the stand.
     *
     * @param other the name asked for
     * @return true when quantity and year are equal and fund and stand are equal or left out
     */
    public boolean matches(FigureName other) {
        return Objects.equals(fonds, other.fonds) && grootheid.equals(other.grootheid) && jaar.equals(other.jaar)
                && (other.stand == null || stand == null || stand.equals(other.stand));
    }

    @Override
    public String toString() {
        return (fonds == null ? "" : fonds + " ") + grootheid + " " + jaar + (stand == null ? "" : " stand " + stand);
    }

    /**
     * The same name: fund, quantity, year and stand alike. Written out, as is {@link #hashCode}: a record's own are
     * made (method handles) at their first call, in every start of the command line.
     *
     * @param o the other
     * @return whether both name the same figure
     */
    @Override
    public boolean equals(Object o) {
        return o instanceof FigureName n && Objects.equals(n.fonds, fonds) && n.grootheid.equals(grootheid)
                && n.jaar.equals(jaar) && Objects.equals(n.stand, stand);
    }

    @Override
    public int hashCode() {
        return ((31 * Objects.hashCode(fonds) + grootheid.hashCode()) * 31 + jaar.hashCode()) * 31 + Objects.hashCode(stand);
    }
}
