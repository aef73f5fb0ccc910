package nl.fvw.normering;

import java.util.Arrays;
import java.util.List;

/**
 * The kinds of spending items the accres annexes distinguish, so that a rule selecting a kind
 * cannot silently miss through a typo (Miljoenennota 2012 tabel 9.1/9.2; Miljoenennota 2023,
 * bijlage accres).
 *
 * <pre>{@code
 * Postsoort s = Postsoort.parse("EU-AFDRACHTEN");   // EU_AFDRACHTEN
 * }</pre>
 */
public enum Postsoort {
    /** Net spending under the expenditure ceiling, counted in the aggregate. */
    UITGAVEN,
    /** EU-afdrachten. */
    EU_AFDRACHTEN,
    /** Interest. */
    RENTE,
    /** Studieleningen. */
    STUDIELENINGEN,
    /** Radiofrequenties and other windfalls. */
    RADIOFREQUENTIES,
    /** Spending sensitive to the economy (e.g. unemployment benefits). */
    CONJUNCTUUR,
    /** The Gemeentefonds and Provinciefonds themselves. */
    FONDSEN,
    /** Investment funds excluded since Rutte IV (Startnota 2022). */
    INVESTERINGSFONDS,
    /** Other corrections named by the source. */
    OVERIGE_CORRECTIES;

    /**
     * The spelling in scenario files and rules: EU-AFDRACHTEN for EU_AFDRACHTEN.
     *
     * @return the spelling
     */
    public String spelling() {
        return name().replace('_', '-');
    }

    /**
     * A kind by its spelling.
     *
     * @param text the spelling, like EU-AFDRACHTEN
     * @return the kind, or null when unknown
     */
    public static Postsoort parse(String text) {
        for (Postsoort p : values()) {
            if (p.spelling().equals(text)) {
                return p;
            }
        }
        return null;
    }

    /**
     * Every spelling, for messages and the DSL's typed capture.
     *
     * @return the spellings in declaration order
     */
    public static List<String> spellings() {
        return Arrays.stream(values()).map(Postsoort::spelling).toList();
    }
}
