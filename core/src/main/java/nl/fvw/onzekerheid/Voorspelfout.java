package nl.fvw.onzekerheid;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.Objects;

import nl.fvw.FvwException;
import nl.fvw.time.BudgetYear;

/**
 * The forecast error of one series: from {@code vanaf} on, each year's growth deviates from the
 * forecast by an independent, approximately normal draw (see {@link MonteCarlo}) with mean zero
 * and standard deviation {@code sd} (percentage points of growth; 1.5 is 1,5 procentpunt). The
 * size of forecast errors is the scenario's to declare: CPB publishes its own in the
 * evaluations of its short-term forecasts.
 *
 * <pre>{@code
 * Voorspelfout aru = new Voorspelfout(Voorspelfout.Reeks.parse("ARU"), BudgetYear.of(2025), new BigDecimal("1.5"));
 * }</pre>
 *
 * @param reeks the series perturbed
 * @param vanaf the first year whose growth is uncertain
 * @param sd the standard deviation, in percentage points (not negative)
 */
public record Voorspelfout(Reeks reeks, BudgetYear vanaf, BigDecimal sd) {
    /** The series a forecast error can apply to, with their spelling in scenario files. */
    public enum Reeks {
        /** The netto gecorrigeerde rijksuitgaven, as an aggregate: its growth per year. */
        NGRU("NGRU"),
        /** The accresrelevante uitgaven, as an aggregate: its growth per year. */
        ARU("ARU"),
        /** Real GDP growth % (bbp-systematiek, volume part). */
        BBP_VOLUME("bbp.volume"),
        /** GDP deflator growth % (bbp-systematiek, price part). */
        BBP_PRIJS("bbp.prijs");

        private final String spelling;

        Reeks(String spelling) {
            this.spelling = spelling;
        }

        /**
         * The spelling in scenario files.
         *
         * @return NGRU, ARU, bbp.volume or bbp.prijs
         */
        public String spelling() {
            return spelling;
        }

        /**
         * The series by its spelling.
         *
         * @param text NGRU, ARU, bbp.volume or bbp.prijs
         * @return the series
         * @throws FvwException naming what is known, when the text is none of them
         */
        public static Reeks parse(String text) {
            for (Reeks r : values()) {
                if (r.spelling.equals(text.strip()) || r.spelling.equals(text.strip().toLowerCase(Locale.ROOT))) {
                    return r;
                }
            }
            throw new FvwException("'" + text + "' is not a series with a forecast error; expected NGRU, ARU, bbp.volume"
                    + " or bbp.prijs");
        }

        /**
         * Whether the series is a spending aggregate (perturbed through its growth) rather than a rate.
         *
         * @return true for NGRU and ARU
         */
        public boolean isAggregaat() {
            return this == NGRU || this == ARU;
        }
    }

    /**
     * Checks the components.
     *
     * @param reeks the series perturbed
     * @param vanaf the first year whose growth is uncertain
     * @param sd the standard deviation, in percentage points (not negative)
     */
    public Voorspelfout {
        Objects.requireNonNull(reeks, "reeks");
        Objects.requireNonNull(vanaf, "vanaf");
        Objects.requireNonNull(sd, "sd");
        if (sd.signum() < 0) {
            throw new FvwException("The forecast error of " + reeks.spelling() + " has a negative standard deviation ("
                    + sd.toPlainString() + " procentpunt)");
        }
    }
}
