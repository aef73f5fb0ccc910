package nl.fvw.money;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * The unit in which a file writes its amounts, declared once per file: euro, x € 1.000 (the
 * begroting tables) or € mln (Miljoenennota, Voorjaarsnota). A written value may be no more
 * precise than a cent.
 */
public enum AmountUnit {
    EURO("€", BigDecimal.ONE, List.of("€", "eur", "euro")),
    DUIZEND("x € 1.000", new BigDecimal("1000"), List.of("x € 1.000", "x €1.000", "x € 1000", "x eur 1.000", "duizend")),
    MLN("€ mln", new BigDecimal("1000000"), List.of("€ mln", "x € mln", "€mln", "eur mln", "mln", "miljoen"));

    private final String label;
    private final BigDecimal euros;
    private final List<String> spellings;

    AmountUnit(String label, BigDecimal euros, List<String> spellings) {
        this.label = label;
        this.euros = euros;
        this.spellings = spellings;
    }

    public String label() {
        return label;
    }

    /** How many euro one unit is. */
    public BigDecimal euros() {
        return euros;
    }

    /** The most decimals a value may have in this unit: to the cent. */
    public int maxDecimals() {
        return 2 + euros.precision() - 1;
    }

    /** The unit written as "€", "x € 1.000" or "€ mln" (also "mln", "duizend"); null when unknown. */
    public static AmountUnit byLabel(String text) {
        String t = text.strip().toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
        for (AmountUnit u : values()) {
            if (u.spellings.contains(t)) {
                return u;
            }
        }
        return null;
    }

    public static String knownLabels() {
        return String.join(", ", Arrays.stream(values()).map(u -> "\"" + u.label + "\"").toList());
    }

    /** The value in euro; null when {@code value} is more precise than a cent in this unit. */
    public BigDecimal toEuroOrNull(BigDecimal value) {
        if (value.stripTrailingZeros().scale() > maxDecimals()) {
            return null;
        }
        return value.multiply(euros);
    }

    /** An amount of euro expressed in this unit, exact. */
    public BigDecimal fromEuro(BigDecimal euro) {
        return euro.divide(euros);
    }
}
