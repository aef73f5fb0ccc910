package nl.fvw.money;

import javax.money.CurrencyUnit;

import nl.fvw.FvwException;

/**
 * Two amounts in different currencies met in one operation.
 *
 * <pre>{@code
 * try {
 *     Amounts.add(Amounts.eur("1"), Amounts.of(BigDecimal.ONE, "USD"));
 * } catch (CurrencyMismatchException e) {
 *     System.err.println(e.getMessage());   // names both currencies and the operation
 * }
 * }</pre>
 */
public final class CurrencyMismatchException extends FvwException {
    private static final long serialVersionUID = 1L;

    /** The first currency's code. */
    private final String first;
    /** The second currency's code. */
    private final String second;
    /** What was being done. */
    private final String operation;

    /**
     * Two amounts met in different currencies.
     *
     * @param first the first amount's currency
     * @param second the second amount's currency
     * @param operation what was being done ("addition", "accres NGRU 2014")
     */
    public CurrencyMismatchException(CurrencyUnit first, CurrencyUnit second, String operation) {
        super("Currencies differ in " + operation + ": " + first.getCurrencyCode() + "/" + second.getCurrencyCode());
        this.first = first.getCurrencyCode();
        this.second = second.getCurrencyCode();
        this.operation = operation;
    }

    /**
     * The first currency's code.
     *
     * @return the ISO 4217 code
     */
    public String first() {
        return first;
    }

    /**
     * The second currency's code.
     *
     * @return the ISO 4217 code
     */
    public String second() {
        return second;
    }

    /**
     * What was being done.
     *
     * @return the operation
     */
    public String operation() {
        return operation;
    }
}
