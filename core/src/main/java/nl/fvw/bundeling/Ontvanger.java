package nl.fvw.bundeling;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.SortedMap;
import java.util.TreeMap;

import nl.fvw.FvwException;
import nl.fvw.time.BudgetYear;

/**
 * A recipient keyed by its CBS code (GM0363, PV20, a region code): its name, its inwoners per
 * year, its eenheden per verdeelmaatstaf, and kenmerken such as its provincie.
 *
 * <pre>{@code
 * Ontvanger o = new Ontvanger("GM0363", "Amsterdam", new TreeMap<>(Map.of(BudgetYear.of(2026), new BigDecimal("931298"))),
 *         Map.of("bijstand", new BigDecimal("39000")));
 * }</pre>
 */
public record Ontvanger(String code, String naam, SortedMap<BudgetYear, BigDecimal> inwoners, Map<String, BigDecimal> eenheden,
        Map<String, String> kenmerken) {
    /** The kenmerken a recipients file may give as text, for the summaries of a bundling. */
    public static final java.util.List<String> KENMERKEN = java.util.List.of("provincie", "grootteklasse");

    /**
     * A recipient without kenmerken.
     *
     * @param code the CBS code
     * @param naam the name
     * @param inwoners the inwoners per year (from that year on)
     * @param eenheden the units per maatstaf
     */
    public Ontvanger(String code, String naam, SortedMap<BudgetYear, BigDecimal> inwoners, Map<String, BigDecimal> eenheden) {
        this(code, naam, inwoners, eenheden, Map.of());
    }

    /**
     * Checks the components.
     *
     * @param code the CBS code
     * @param naam the name
     * @param inwoners the inwoners per year (from that year on)
     * @param eenheden the units per maatstaf
     * @param kenmerken text kenmerken such as provincie and grootteklasse ({@link #KENMERKEN})
     */
    public Ontvanger {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(naam, "naam");
        inwoners = Collections.unmodifiableSortedMap(new TreeMap<>(inwoners));
        eenheden = Collections.unmodifiableMap(new TreeMap<>(eenheden));
        kenmerken = Collections.unmodifiableMap(new TreeMap<>(kenmerken));
        for (Map.Entry<BudgetYear, BigDecimal> e : inwoners.entrySet()) {
            if (e.getValue().signum() < 0) {
                throw new FvwException("Recipient " + code + " has a negative number of inwoners in " + e.getKey() + " ("
                        + e.getValue().toPlainString() + ")");
            }
        }
        for (Map.Entry<String, BigDecimal> e : eenheden.entrySet()) {
            if (e.getValue().signum() < 0) {
                throw new FvwException("Recipient " + code + " has a negative number of eenheden for " + e.getKey());
            }
        }
    }

    /**
     * Inwoners in {@code jaar}: the latest count at or before it.
     *
     * @param jaar the year
     * @return the count
     * @throws nl.fvw.FvwException when there is none or it is zero
     */
    public BigDecimal inwoners(BudgetYear jaar) {
        SortedMap<BudgetYear, BigDecimal> upTo = inwoners.headMap(jaar.next());
        if (upTo.isEmpty() || upTo.get(upTo.lastKey()).signum() == 0) {
            throw new FvwException("Recipient " + code + " (" + naam + ") has no inwoners for " + jaar
                    + "; effects per inwoner need them");
        }
        return upTo.get(upTo.lastKey());
    }
}
