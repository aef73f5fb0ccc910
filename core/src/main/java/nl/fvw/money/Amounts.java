package nl.fvw.money;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.Objects;
import java.util.function.Supplier;

import javax.money.CurrencyUnit;
import javax.money.MonetaryAmount;
import javax.money.MonetaryContext;
import javax.money.MonetaryContextBuilder;

import org.javamoney.moneta.CurrencyUnitBuilder;
import org.javamoney.moneta.Money;

import nl.fvw.FvwException;

/**
 * Exact euro amounts: Moneta {@link Money} with {@link #MATH_CONTEXT} (34 significant digits,
 * half-even), and the arithmetic fvw needs with currency checks that name the operation.
 *
 * <pre>{@code
 * MonetaryAmount tranche = Amounts.eur("1124.5");          // € 1.124,50
 * MonetaryAmount korting = Amounts.mln("675");             // € 675 mln
 * MonetaryAmount som     = Amounts.add(tranche, korting);  // checked: same currency
 * }</pre>
 *
 * <p>Moneta's own {@code negate()} drops a custom context and its default context has only 16
 * digits; the helpers here always return amounts in fvw's context.
 */
public final class Amounts {
    /** DECIMAL128: 34 significant digits, half-even. Every amount and rate computation uses it. */
    public static final MathContext MATH_CONTEXT = MathContext.DECIMAL128;

    /** The monetary context of every amount fvw creates. */
    public static final MonetaryContext MONETARY_CONTEXT = MonetaryContextBuilder.of(Money.class)
            .set(MATH_CONTEXT)
            .setPrecision(MATH_CONTEXT.getPrecision())
            .set(RoundingMode.HALF_EVEN)
            .build();

    /** The ISO 4217 code of the euro, the currency fvw computes in. */
    public static final String EUR_CODE = "EUR";
    /** The euro of ISO 4217, made, not looked up through every currency provider (8 ms; equal to Moneta's). */
    public static final CurrencyUnit EUR = CurrencyUnitBuilder.of(EUR_CODE, "ISO 4217").setNumericCode(978)
            .setDefaultFractionDigits(2).build();

    /**
     * Zero euro, made once: Moneta converts every new amount through its text form, so the
     * helpers below reuse an operand rather than make a new amount where the result equals it.
     */
    private static final MonetaryAmount ZERO_EUR = Money.of(BigDecimal.ZERO, EUR, MONETARY_CONTEXT);
    private static final BigDecimal THOUSAND = BigDecimal.valueOf(1_000);
    private static final BigDecimal MILLION = BigDecimal.valueOf(1_000_000);

    private Amounts() {
    }

    /**
     * An amount in euro from a plain decimal.
     *
     * @param amount the value with a decimal point, like "1234.56"
     * @return the amount
     * @throws NumberFormatException when the text is not a decimal
     */
    public static MonetaryAmount eur(String amount) {
        return eur(new BigDecimal(amount));
    }

    /**
     * An amount in euro.
     *
     * @param amount the exact value
     * @return the amount
     */
    public static MonetaryAmount eur(BigDecimal amount) {
        return of(amount, EUR);
    }

    /**
     * A whole number of euro.
     *
     * @param amount the value
     * @return the amount
     */
    public static MonetaryAmount eur(long amount) {
        return eur(BigDecimal.valueOf(amount));
    }

    /**
     * An amount given in x € 1.000, as a budget table prints it.
     *
     * @param thousands the value in thousands of euro: "16812819" is € 16.812.819.000
     * @return the amount in euro
     */
    public static MonetaryAmount duizend(String thousands) {
        return eur(new BigDecimal(thousands).multiply(THOUSAND, MATH_CONTEXT));
    }

    /**
     * An amount given in € mln, as the Miljoenennota prints it.
     *
     * @param millions the value in millions of euro: "675" is € 675.000.000
     * @return the amount in euro
     */
    public static MonetaryAmount mln(String millions) {
        return eur(new BigDecimal(millions).multiply(MILLION, MATH_CONTEXT));
    }

    /**
     * An amount in any currency, in fvw's context; mixing it with euro is an error at the first
     * operation.
     *
     * @param amount the exact value
     * @param currencyCode an ISO 4217 code
     * @return the amount
     */
    public static MonetaryAmount of(BigDecimal amount, String currencyCode) {
        Objects.requireNonNull(amount, "amount");
        if (EUR_CODE.equals(currencyCode)) {
            return Money.of(amount, EUR, MONETARY_CONTEXT);
        }
        return Money.of(amount, currencyCode, MONETARY_CONTEXT);
    }

    /**
     * An amount in a currency, in fvw's context.
     *
     * @param amount the exact value
     * @param currency the currency
     * @return the amount
     */
    public static MonetaryAmount of(BigDecimal amount, CurrencyUnit currency) {
        Objects.requireNonNull(amount, "amount");
        return Money.of(amount, currency, MONETARY_CONTEXT);
    }

    /**
     * Zero in a currency.
     *
     * @param currency the currency
     * @return the amount zero
     */
    public static MonetaryAmount zero(CurrencyUnit currency) {
        return EUR.equals(currency) ? ZERO_EUR : of(BigDecimal.ZERO, currency);
    }

    /**
     * Zero euro.
     *
     * @return the amount zero, in euro
     */
    public static MonetaryAmount zeroEur() {
        return ZERO_EUR;
    }

    /**
     * The exact decimal value of an amount.
     *
     * @param amount the amount
     * @return its value, without trailing zeros after the decimal point
     */
    public static BigDecimal value(MonetaryAmount amount) {
        if (amount instanceof Money m) {
            // what numberValueExact gives, without its conversion lookups: an integer keeps its scale
            return m.getScale() > 0 || m.isZero() ? m.getNumberStripped() : m.getNumberStripped().setScale(m.getScale());
        }
        return amount.getNumber().numberValueExact(BigDecimal.class);
    }

    /**
     * The value an amount made of {@code x} holds: {@code value(of(x, currency))}, to the scale,
     * without making the amount (Moneta makes each amount through its text). For sums whose
     * parts are not reported.
     *
     * @param x an exact value
     * @return x rounded to {@link #MATH_CONTEXT}, without the trailing zeros after the decimal point
     *         (Moneta keeps those before it: 1000 stays 1000, 1000.0 becomes 1E+3)
     */
    public static BigDecimal normalize(BigDecimal x) {
        BigDecimal stripped = withoutFractionZeros(x);
        BigDecimal rounded = stripped.round(MATH_CONTEXT);
        return rounded == stripped ? stripped : withoutFractionZeros(rounded);   // round gives x itself when nothing is dropped
    }

    private static BigDecimal withoutFractionZeros(BigDecimal x) {
        if (x.signum() == 0) {
            return BigDecimal.ZERO;
        }
        return x.scale() > 0 ? x.stripTrailingZeros() : x;
    }

    /**
     * The value of {@code add(a, b)} for amounts of values {@code a} and {@code b} in one currency,
     * to the scale, without making an amount.
     *
     * @param a the value of an amount ({@link #value} or {@link #normalize})
     * @param b the value of an amount in the same currency
     * @return the value the sum holds
     */
    public static BigDecimal addValues(BigDecimal a, BigDecimal b) {
        if (b.signum() == 0) {
            return a;
        }
        return a.signum() == 0 ? b : normalize(a.add(b, MATH_CONTEXT));
    }

    /**
     * The value of {@code subtract(a, b)} for amounts of values {@code a} and {@code b} in one
     * currency, to the scale, without making an amount.
     *
     * @param a the value of an amount ({@link #value} or {@link #normalize})
     * @param b the value of an amount in the same currency
     * @return the value the difference holds
     */
    public static BigDecimal subtractValues(BigDecimal a, BigDecimal b) {
        return b.signum() == 0 ? a : normalize(a.subtract(b, MATH_CONTEXT));
    }

    /**
     * The value of {@code multiply(a, factor)} for an amount of value {@code a}, to the scale,
     * without making an amount.
     *
     * @param a the value of an amount ({@link #value} or {@link #normalize})
     * @param factor a plain number, such as a rate
     * @return the value the product holds
     */
    public static BigDecimal multiplyValue(BigDecimal a, BigDecimal factor) {
        return normalize(a.multiply(factor, MATH_CONTEXT));
    }

    /**
     * {@code a + b}, exact within 34 digits.
     *
     * @param a an amount
     * @param b an amount in the same currency
     * @return the sum
     * @throws CurrencyMismatchException when the currencies differ
     */
    public static MonetaryAmount add(MonetaryAmount a, MonetaryAmount b) {
        requireSameCurrency(a, b, "addition");
        if (b.isZero() && a.getContext().equals(MONETARY_CONTEXT)) {
            return a;
        }
        if (a.isZero() && b.getContext().equals(MONETARY_CONTEXT)) {
            return b;
        }
        return of(value(a).add(value(b), MATH_CONTEXT), a.getCurrency());
    }

    /**
     * {@code a − b}, exact within 34 digits.
     *
     * @param a an amount
     * @param b an amount in the same currency
     * @return the difference
     * @throws CurrencyMismatchException when the currencies differ
     */
    public static MonetaryAmount subtract(MonetaryAmount a, MonetaryAmount b) {
        requireSameCurrency(a, b, "subtraction");
        if (b.isZero() && a.getContext().equals(MONETARY_CONTEXT)) {
            return a;
        }
        return of(value(a).subtract(value(b), MATH_CONTEXT), a.getCurrency());
    }

    /**
     * {@code −a}, in fvw's context.
     *
     * @param a an amount
     * @return the amount with the opposite sign
     */
    public static MonetaryAmount negate(MonetaryAmount a) {
        return of(value(a).negate(), a.getCurrency());
    }

    /**
     * {@code a × factor} at full precision (34 digits).
     *
     * @param a an amount
     * @param factor a plain number, such as a rate or a number of units
     * @return the product, in the currency of {@code a}
     */
    public static MonetaryAmount multiply(MonetaryAmount a, BigDecimal factor) {
        return of(value(a).multiply(factor, MATH_CONTEXT), a.getCurrency());
    }

    /**
     * {@code a / b} as a plain ratio, at 34 digits.
     *
     * @param a an amount
     * @param b an amount in the same currency, not zero
     * @param operation what the ratio is, for the error messages ("accres NGRU 2014")
     * @return the ratio
     * @throws CurrencyMismatchException when the currencies differ
     * @throws FvwException when {@code b} is zero, naming the operation
     */
    public static BigDecimal ratio(MonetaryAmount a, MonetaryAmount b, String operation) {
        requireSameCurrency(a, b, operation);
        BigDecimal divisor = value(b);
        if (divisor.signum() == 0) {
            throw new FvwException("Division by zero in " + operation + ": the divisor is " + format(b));
        }
        return value(a).divide(divisor, MATH_CONTEXT);
    }

    /**
     * {@code a / b} as a plain ratio, at 34 digits, for the values of two amounts in one currency:
     * {@code ratio(of(a, currency), of(b, currency), operation)} without making the amounts.
     *
     * @param a the value of an amount ({@link #value} or {@link #normalize})
     * @param b the value of an amount in the same currency, not zero
     * @param currency their currency, for the message
     * @param operation what the ratio is, for the error messages
     * @return the ratio
     * @throws FvwException when {@code b} is zero, naming the operation
     */
    public static BigDecimal ratio(BigDecimal a, BigDecimal b, CurrencyUnit currency, String operation) {
        if (b.signum() == 0) {
            throw new FvwException("Division by zero in " + operation + ": the divisor is " + format(of(b, currency)));
        }
        return a.divide(b, MATH_CONTEXT);
    }

    /**
     * Compares two amounts by value.
     *
     * @param a an amount
     * @param b an amount in the same currency
     * @return negative, zero or positive as {@code a} is less than, equal to or greater than {@code b}
     * @throws CurrencyMismatchException when the currencies differ
     */
    public static int compare(MonetaryAmount a, MonetaryAmount b) {
        requireSameCurrency(a, b, "comparison");
        return value(a).compareTo(value(b));
    }

    /**
     * Whether two amounts are equal in currency and numeric value, whatever their scale.
     *
     * @param a an amount
     * @param b an amount
     * @return true when both currency and value are equal
     */
    public static boolean sameValue(MonetaryAmount a, MonetaryAmount b) {
        return a.getCurrency().equals(b.getCurrency()) && value(a).compareTo(value(b)) == 0;
    }

    /**
     * Refuses two amounts in different currencies: fvw does not convert.
     *
     * @param a an amount
     * @param b an amount
     * @param operation what was being done, for the message
     * @throws CurrencyMismatchException naming both currencies and the operation
     */
    public static void requireSameCurrency(MonetaryAmount a, MonetaryAmount b, String operation) {
        requireSameCurrency(a.getCurrency(), b.getCurrency(), operation);
    }

    /**
     * Refuses two different currencies, for values carried without their amounts.
     *
     * @param a a currency
     * @param b a currency
     * @param operation what was being done, for the message
     * @throws CurrencyMismatchException naming both currencies and the operation
     */
    public static void requireSameCurrency(CurrencyUnit a, CurrencyUnit b, String operation) {
        if (!a.equals(b)) {
            throw new CurrencyMismatchException(a, b, operation);
        }
    }

    /**
     * As {@link #requireSameCurrency(CurrencyUnit, CurrencyUnit, String)}, the text made only for a mismatch.
     *
     * @param a a currency
     * @param b a currency
     * @param operation what was being done, for the message
     * @throws CurrencyMismatchException naming both currencies and the operation
     */
    public static void requireSameCurrency(CurrencyUnit a, CurrencyUnit b, Supplier<String> operation) {
        if (!a.equals(b)) {
            throw new CurrencyMismatchException(a, b, operation.get());
        }
    }

    /**
     * The amount for a message: code and plain value with its full scale, "EUR 1234.50" (Moneta's
     * toString drops trailing zeros).
     *
     * @param amount the amount
     * @return the text
     */
    public static String format(MonetaryAmount amount) {
        return amount.getCurrency().getCurrencyCode() + " " + value(amount).toPlainString();
    }
}
