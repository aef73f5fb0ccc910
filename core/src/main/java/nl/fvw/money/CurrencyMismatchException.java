package nl.fvw.money;

import javax.money.CurrencyUnit;

import nl.fvw.FvwException;

/** Two amounts in different currencies met in one operation. */
public final class CurrencyMismatchException extends FvwException {
    private static final long serialVersionUID = 1L;

    private final String first;
    private final String second;
    private final String operation;

    public CurrencyMismatchException(CurrencyUnit first, CurrencyUnit second, String operation) {
        super("Currencies differ in " + operation + ": " + first.getCurrencyCode() + "/" + second.getCurrencyCode());
        this.first = first.getCurrencyCode();
        this.second = second.getCurrencyCode();
        this.operation = operation;
    }

    public String first() {
        return first;
    }

    public String second() {
        return second;
    }

    public String operation() {
        return operation;
    }
}
