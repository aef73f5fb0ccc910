package nl.fvw.input;

import java.math.BigDecimal;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.money.MonetaryAmount;

import nl.fvw.FvwException;
import nl.fvw.money.AmountUnit;
import nl.fvw.money.Amounts;

/**
 * Values as analysts write them, read in one place for every input of fvw (scenario and parameter
 * files, recipient tables, rules): Dutch numbers ("1.234,5", "-0,52") and amounts that carry their
 * own currency and unit ("€ 5.701,66", "€ 1,5 mln", "€ 2 mld", "€ 300 duizend", "7,50 euro").
 *
 * <pre>{@code
 * BigDecimal n = ValueText.dutchNumber("1.234,5");        // 1234.5
 * MonetaryAmount a = ValueText.amount("€ 675 mln");       // EUR 675000000
 * }</pre>
 */
public final class ValueText {
    private static final Pattern DUTCH = Pattern.compile("[-+]?(\\d{1,3}(\\.\\d{3})+|\\d+)(,\\d+)?");
    private static final Pattern AMOUNT = Pattern.compile(
            "(-?)\\s*(€|EUR|[A-Z]{3})\\s*(-?[\\d.,]+)\\s*(duizend|mln|mld)?|(-?[\\d.,]+)\\s*(duizend|mln|mld)?\\s+euro");

    private ValueText() {
    }

    /** A number with a dot and three digits after it: a decimal point or a thousands separator. */
    private static final java.util.regex.Pattern AMBIGUOUS = java.util.regex.Pattern.compile("[+-]?[1-9]\\d{0,2}(\\.\\d{3})+");
    /** A number with a thousands separator before a decimal separator, or a comma: never a plain number. */
    private static final java.util.regex.Pattern GROUPED = java.util.regex.Pattern.compile(
            "[+-]?\\d{1,3}([.,]\\d{3})+[.,]\\d+|[+-]?\\d+,\\d+");
    /** The significant digits fvw's arithmetic keeps (MathContext.DECIMAL128). */
    public static final int MAX_DIGITS = 34;

    /**
     * A plain number as a YAML or JSON file or a CSV writes it unquoted: digits with a decimal point
     * (1234.5, -0.025, 2e3). A number a Dutch reader may read otherwise is refused, never guessed:
     * {@code 92.280} (92,28 or 92.280?), {@code 1.000}, {@code 1.234,5}; so is a number with more
     * significant digits than the arithmetic keeps.
     *
     * @param text the number as written
     * @return the value
     * @throws NumberFormatException naming the readings, or what was expected
     */
    public static BigDecimal plainNumber(String text) {
        String t = text.strip();
        if (AMBIGUOUS.matcher(t).matches()) {
            String decimal = t.replace('.', ',');
            String thousands = t.replace(".", "");
            throw new NumberFormatException("'" + t + "' is ambiguous: " + decimal + " (a decimal point) or " + thousands
                    + " (a thousands separator); write " + t + "0" + " or \"" + decimal + "\" for the first, " + thousands
                    + " for the second");
        }
        if (GROUPED.matcher(t).matches()) {
            throw new NumberFormatException("'" + t + "' is written with a thousands separator or a decimal comma; unquoted,"
                    + " write the number plainly (1234.5), or quote it in Dutch notation (\"1.234,5\")");
        }
        BigDecimal v = new BigDecimal(t);
        if (v.precision() > MAX_DIGITS || Math.abs((long) v.scale()) > 1000) {
            throw new NumberFormatException("'" + (t.length() > 40 ? t.substring(0, 40) + "…" : t) + "' has "
                    + v.precision() + " significant digits; fvw computes with at most " + MAX_DIGITS);
        }
        return v;
    }

    /**
     * A number in Dutch notation: a point between thousands, a decimal comma.
     *
     * @param text like "1.234,5", "-0,52", "2,5" or "1234"
     * @return its exact value
     * @throws NumberFormatException when the text is not a number in Dutch notation
     */
    public static BigDecimal dutchNumber(String text) {
        String t = text.strip();
        if (!DUTCH.matcher(t).matches()) {
            throw new NumberFormatException("'" + text + "' is not a number in Dutch notation (like 1.234,5)");
        }
        BigDecimal v = new BigDecimal(t.replace(".", "").replace(',', '.'));
        if (v.precision() > MAX_DIGITS) {
            throw new NumberFormatException("'" + (t.length() > 40 ? t.substring(0, 40) + "…" : t) + "' has "
                    + v.precision() + " significant digits; fvw computes with at most " + MAX_DIGITS);
        }
        return v;
    }

    /**
     * Whether the text is written as an amount with its own currency: "€ …", "EUR …", "… euro".
     *
     * @param text the text
     * @return true when {@link #amount} reads it
     */
    public static boolean isAmount(String text) {
        return AMOUNT.matcher(text.strip()).matches();
    }

    /**
     * An amount with its own currency and unit, exact to the cent.
     *
     * @param text like "€ 5.701,66", "€ 1,5 mln", "€ 2 mld", "-€ 7,50" or "7,50 euro"
     * @return the amount in euro
     * @throws FvwException when the text is no such amount, is in another currency than EUR, or is more
     *                      precise than a cent
     */
    public static MonetaryAmount amount(String text) {
        Matcher m = AMOUNT.matcher(text.strip());
        if (!m.matches()) {
            throw new FvwException("'" + text + "' is not an amount; expected a number in Dutch notation, like € 1.234,56");
        }
        boolean euroWord = m.group(5) != null;
        String currency = euroWord ? "€" : m.group(2);
        if (!currency.equals("€") && !currency.equals("EUR")) {
            throw new FvwException("'" + text + "' is in " + currency + "; fvw computes in EUR (mixed currencies are"
                    + " not converted)");
        }
        String number = euroWord ? m.group(5) : m.group(3);
        String unit = euroWord ? m.group(6) : m.group(4);
        BigDecimal n;
        try {
            n = dutchNumber(number);
        } catch (NumberFormatException e) {
            throw new FvwException("'" + text + "' is not an amount; expected a number in Dutch notation, like € 1.234,56");
        }
        if (!euroWord && !m.group(1).isEmpty()) {
            if (n.signum() < 0) {
                throw new FvwException("'" + text + "' has two minus signs");
            }
            n = n.negate();
        }
        BigDecimal euro = unit(unit).toEuroOrNull(n);
        if (euro == null) {
            throw new FvwException("'" + text + "' is more precise than a cent");
        }
        return Amounts.eur(euro);
    }

    private static AmountUnit unit(String word) {
        if (word == null) {
            return AmountUnit.EURO;
        }
        return switch (word) {
            case "duizend" -> AmountUnit.DUIZEND;
            case "mln" -> AmountUnit.MLN;
            default -> AmountUnit.MLD;
        };
    }
}
