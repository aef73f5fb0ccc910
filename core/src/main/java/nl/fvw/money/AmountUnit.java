package nl.fvw.money;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * The unit in which a file writes its amounts, declared once per file: euro, x € 1.000 (the
 * begroting tables) or € mln (Miljoenennota, Voorjaarsnota). A written value may be no more
 * precise than a cent.
 *
 * <pre>{@code
 * AmountUnit u = AmountUnit.byLabel("€ mln");
 * BigDecimal euro = u.toEuroOrNull(new BigDecimal("675"));   // 675000000
 * }</pre>
 */
public enum AmountUnit {
    /** Euro. */
    EURO("€", BigDecimal.ONE, List.of("€", "eur", "euro")),
    /** Thousands of euro, as budget tables print them. */
    DUIZEND("x € 1.000", new BigDecimal("1000"), List.of("x € 1.000", "x €1.000", "x € 1000", "x eur 1.000", "duizend")),
    /** Millions of euro, as the Miljoenennota prints them. */
    MLN("€ mln", new BigDecimal("1000000"), List.of("€ mln", "x € mln", "€mln", "eur mln", "mln", "miljoen")),
    /** Billions of euro, as the Voorjaarsnota's kadertoets prints them. */
    MLD("€ mld", new BigDecimal("1000000000"), List.of("€ mld", "x € mld", "€mld", "eur mld", "mld", "miljard"));

    private final String label;
    private final BigDecimal euros;
    private final List<String> spellings;
    /** The unit as a power of ten: {@code euros} is 10^digits, its scale 0. */
    private final int digits;

    AmountUnit(String label, BigDecimal euros, List<String> spellings) {
        this.label = label;
        this.euros = euros;
        this.spellings = spellings;
        this.digits = euros.precision() - 1;
    }

    /**
     * How the unit is written in reports.
     *
     * @return "€", "x € 1.000" or "€ mln"
     */
    public String label() {
        return label;
    }

    /**
     * How many euro one unit is.
     *
     * @return 1, 1000, 1000000 or 1000000000
     */
    public BigDecimal euros() {
        return euros;
    }

    /**
     * The most decimals a value may have in this unit: to the cent.
     *
     * @return 2, 5, 8 or 11
     */
    public int maxDecimals() {
        return 2 + euros.precision() - 1;
    }

    /**
     * The unit written as "€", "x € 1.000" or "€ mln" (also "mln", "duizend"; any case).
     *
     * @param text the label
     * @return the unit, or null when unknown
     */
    public static AmountUnit byLabel(String text) {
        String t = text.strip().toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
        for (AmountUnit u : values()) {
            if (u.spellings.contains(t)) {
                return u;
            }
        }
        return null;
    }

    /**
     * The labels, for messages.
     *
     * @return the labels, quoted and comma-separated
     */
    public static String knownLabels() {
        return String.join(", ", Arrays.stream(values()).map(u -> "\"" + u.label + "\"").toList());
    }

    /**
     * The value in euro.
     *
     * @param value a value in this unit
     * @return the value in euro, or null when {@code value} is more precise than a cent
     */
    public BigDecimal toEuroOrNull(BigDecimal value) {
        if (value.stripTrailingZeros().scale() > maxDecimals()) {
            return null;
        }
        return value.multiply(euros);
    }

    /**
     * An amount of euro expressed in this unit, exact.
     *
     * @param euro the value in euro
     * @return the value in this unit
     */
    public BigDecimal fromEuro(BigDecimal euro) {
        // the exact quotient at its preferred scale, as euro.divide(euros) gives it, without a division
        BigDecimal q = euro.movePointLeft(digits);
        int preferred = euro.scale();
        if (q.scale() > preferred && q.signum() != 0) {
            q = q.stripTrailingZeros();
        }
        return q.scale() < preferred || q.signum() == 0 ? q.setScale(preferred) : q;
    }
}
