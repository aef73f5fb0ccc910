package nl.fvw.gemeentefonds;

import java.math.BigDecimal;
import java.util.regex.Pattern;

/**
 * How a data file writes its numbers. The circulaire's files differ ("5.727,81" in one, "5727,813732"
 * in another, "1.457" in the list of uitkeringsfactoren), so the notation of each file is declared,
 * never guessed: a value that does not fit the declared notation is refused.
 *
 * <pre>{@code
 * Getalnotatie.MET_DUIZENDTALLEN.lees("5.727,81");     // 5727.81
 * Getalnotatie.ZONDER_DUIZENDTALLEN.lees("5.727,81");  // null: does not fit
 * }</pre>
 */
public enum Getalnotatie {
    /** Decimal comma, no thousands separator: {@code 5727,813732}. */
    ZONDER_DUIZENDTALLEN("zonder_duizendtallen", "5727,813732", Pattern.compile("-?\\d+(,\\d+)?")),
    /** Decimal comma and a dot between every group of three digits: {@code 5.727,81}. */
    MET_DUIZENDTALLEN("met_duizendtallen", "5.727,81", Pattern.compile("-?\\d{1,3}(\\.\\d{3})*(,\\d+)?")),
    /** Decimal point, no thousands separator: {@code 1.457}. */
    DECIMALE_PUNT("decimale_punt", "1.457", Pattern.compile("-?\\d+(\\.\\d+)?"));

    private final String sleutel;
    private final String voorbeeld;
    private final Pattern vorm;

    Getalnotatie(String sleutel, String voorbeeld, Pattern vorm) {
        this.sleutel = sleutel;
        this.voorbeeld = voorbeeld;
        this.vorm = vorm;
    }

    /**
     * The name a scenario uses for this notation.
     *
     * @return such as {@code met_duizendtallen}
     */
    public String sleutel() {
        return sleutel;
    }

    /**
     * A number written this way.
     *
     * @return such as {@code 5.727,81}
     */
    public String voorbeeld() {
        return voorbeeld;
    }

    /**
     * The notation with this name.
     *
     * @param sleutel such as {@code zonder_duizendtallen}
     * @return the notation, or null when no notation has this name
     */
    public static Getalnotatie bySleutel(String sleutel) {
        for (Getalnotatie g : values()) {
            if (g.sleutel.equals(sleutel)) {
                return g;
            }
        }
        return null;
    }

    /**
     * Reads a number written in this notation.
     *
     * @param text the cell as written
     * @return its exact value, or null when the text does not fit this notation
     */
    public BigDecimal lees(String text) {
        if (!vorm.matcher(text).matches()) {
            return null;
        }
        return new BigDecimal(gewoon(text));
    }

    /**
     * Reads a number written in this notation, or in it with a power of ten as a spreadsheet writes
     * a large number ({@code 2,1543E+11}): exactly the value written.
     *
     * @param text the cell as written
     * @return its exact value, or null when the text fits neither
     */
    public BigDecimal leesMetExponent(String text) {
        java.util.regex.Matcher m = EXPONENT.matcher(text);
        if (!m.matches()) {
            return lees(text);
        }
        BigDecimal mantisse = lees(m.group(1));
        return mantisse == null ? null : mantisse.scaleByPowerOfTen(Integer.parseInt(m.group(2)));
    }

    /**
     * Whether a text is written with a power of ten.
     *
     * @param text the cell
     * @return true for such as {@code 2,1543E+11}
     */
    public static boolean heeftExponent(String text) {
        return EXPONENT.matcher(text).matches();
    }

    private static final Pattern EXPONENT = Pattern.compile("(.+)[eE]([+-]?\\d{1,3})");

    private String gewoon(String text) {
        String plain = switch (this) {
            case ZONDER_DUIZENDTALLEN -> text.replace(',', '.');
            case MET_DUIZENDTALLEN -> text.replace(".", "").replace(',', '.');
            case DECIMALE_PUNT -> text;
        };
        return plain;
    }
}
