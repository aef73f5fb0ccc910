package nl.fvw.bundeling;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

import javax.money.MonetaryAmount;

import nl.fvw.FvwException;

/**
 * The new distribution: verdeelmaatstaven with a bedrag per eenheid (the objective key
 * Σ_m eenheden × bedrag), mixed with the historic allocation by {@code aandeelHistorisch} (0: all
 * objective; 0.5: the VNG jeugd proposal of 50 % objective and 50 % historic; 1: all historic).
 *
 * <pre>{@code
 * // half on the objective maatstaven, half on the historic distribution
 * Verdeelsleutel k = new Verdeelsleutel(Map.of("bijstand", Amounts.eur("600"), "inwoners", Amounts.eur("4")),
 *         new BigDecimal("0.5"));
 * }</pre>
 */
public record Verdeelsleutel(Map<String, MonetaryAmount> bedragPerEenheid, BigDecimal aandeelHistorisch) {
    /**
     * Checks the components.
     *
     * @param bedragPerEenheid the amount per unit of each maatstaf
     * @param aandeelHistorisch the share kept on the historic key, 0 to 1
     */
    public Verdeelsleutel {
        bedragPerEenheid = Collections.unmodifiableMap(new TreeMap<>(bedragPerEenheid));
        Objects.requireNonNull(aandeelHistorisch, "aandeelHistorisch");
        if (aandeelHistorisch.signum() < 0 || aandeelHistorisch.compareTo(BigDecimal.ONE) > 0) {
            throw new FvwException("The historic share of a key must be between 0 and 1, got " + aandeelHistorisch.toPlainString());
        }
        if (bedragPerEenheid.isEmpty() && aandeelHistorisch.compareTo(BigDecimal.ONE) != 0) {
            throw new FvwException("A key without maatstaven must be fully historic (aandeel historisch 1)");
        }
    }
}
