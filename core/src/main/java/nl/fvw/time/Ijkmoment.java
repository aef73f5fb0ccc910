package nl.fvw.time;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.temporal.TemporalAdjusters;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * The moments at which budget figures are fixed (normering.md §2). Each knows its usual
 * publication date, used when a stand is given without one; pass the real date where it
 * matters. The Financieel Jaarverslag Rijk of year t appears in May of t + 1; the Miljoenennota and
 * Ontwerpbegroting named after year t on Prinsjesdag of t − 1; a circulaire is named after the year
 * it appears in (the septembercirculaire 2023 with the Miljoenennota 2024).
 *
 * <pre>{@code
 * LocalDate mn = Ijkmoment.MILJOENENNOTA.usualPublicationDate(2024);   // Prinsjesdag 2023
 * }</pre>
 */
public enum Ijkmoment {
    /** Startnota of a new cabinet; no fixed calendar date, defaults to 1 January. */
    STARTNOTA("Startnota", List.of("startnota")),
    /** BZK's historic March letter to gemeenten and provincies; default 31 March. */
    MAARTCIRCULAIRE("maartcirculaire", List.of("maartcirculaire")),
    /** Spring budget update, before 1 June (Comptabiliteitswet); default 15 April. */
    VOORJAARSNOTA("Voorjaarsnota", List.of("voorjaarsnota", "vjn")),
    /** Financieel Jaarverslag Rijk of the year, on Verantwoordingsdag: third Wednesday of May of the next year. */
    FINANCIEEL_JAARVERSLAG_RIJK("Financieel Jaarverslag Rijk", List.of("financieel jaarverslag rijk", "fjr", "jaarverslag")),
    /** BZK's May letter to gemeenten and provincies; default 31 May. */
    MEICIRCULAIRE("meicirculaire", List.of("meicirculaire")),
    /** Budget of the coming year, on Prinsjesdag: third Tuesday of September of the year before. */
    MILJOENENNOTA("Miljoenennota", List.of("miljoenennota", "mn")),
    /** Ontwerpbegroting, on Prinsjesdag of the year before, like the Miljoenennota. */
    ONTWERPBEGROTING("Ontwerpbegroting", List.of("ontwerpbegroting", "owb")),
    /** BZK's September letter, on Prinsjesdag of the year in its name. */
    SEPTEMBERCIRCULAIRE("septembercirculaire", List.of("septembercirculaire")),
    /** Autumn budget update, before 1 December; default 30 November. */
    NAJAARSNOTA("Najaarsnota", List.of("najaarsnota", "njn")),
    /** BZK's December letter; default 15 December. */
    DECEMBERCIRCULAIRE("decembercirculaire", List.of("decembercirculaire"));

    private final String displayName;
    private final List<String> names;

    Ijkmoment(String displayName, List<String> names) {
        this.displayName = displayName;
        this.names = names;
    }

    /**
     * The name as documents and reports write it.
     *
     * @return "Miljoenennota", "Financieel Jaarverslag Rijk", …
     */
    public String displayName() {
        return displayName;
    }

    /**
     * Usual publication date of this ijkmoment for the stand named after {@code year}.
     * Miljoenennota and Ontwerpbegroting "2024" appear in September 2023, the septembercirculaire
     * 2024 in September 2024; the Financieel Jaarverslag Rijk 2023 in May 2024.
     *
     * @param year the year in the stand's name
     * @return the usual day of publication
     */
    public LocalDate usualPublicationDate(int year) {
        return switch (this) {
            case STARTNOTA -> LocalDate.of(year, Month.JANUARY, 1);
            case VOORJAARSNOTA -> LocalDate.of(year, Month.APRIL, 15);
            case FINANCIEEL_JAARVERSLAG_RIJK -> LocalDate.of(year + 1, Month.MAY, 1)
                    .with(TemporalAdjusters.dayOfWeekInMonth(3, DayOfWeek.WEDNESDAY));
            case MAARTCIRCULAIRE -> LocalDate.of(year, Month.MARCH, 31);
            case MEICIRCULAIRE -> LocalDate.of(year, Month.MAY, 31);
            case MILJOENENNOTA, ONTWERPBEGROTING -> prinsjesdag(year - 1);
            case SEPTEMBERCIRCULAIRE -> prinsjesdag(year);
            case NAJAARSNOTA -> LocalDate.of(year, Month.NOVEMBER, 30);
            case DECEMBERCIRCULAIRE -> LocalDate.of(year, Month.DECEMBER, 15);
        };
    }

    /**
     * The first year a document of this moment, named after {@code year}, prints: a begroting of
     * year t prints t − 1 to t + 4 (Comptabiliteitswet 2016 art. 2.3: de meerjarenraming); a
     * Voorjaarsnota, Najaarsnota, Financieel Jaarverslag or Startnota of year N prints N to N + 5 (the
     * Voorjaarsnota extrapolates one year); a circulaire N−1 to N + 5.
     *
     * @param year the year in the stand's name
     * @return the first year printed
     */
    public int eersteRamingsjaar(int year) {
        return switch (this) {
            case MILJOENENNOTA, ONTWERPBEGROTING, MAARTCIRCULAIRE, MEICIRCULAIRE, SEPTEMBERCIRCULAIRE, DECEMBERCIRCULAIRE ->
                    year - 1;
            default -> year;
        };
    }

    /**
     * The last year a document of this moment, named after {@code year}, prints (see
     * {@link #eersteRamingsjaar}).
     *
     * @param year the year in the stand's name
     * @return the last year printed
     */
    public int laatsteRamingsjaar(int year) {
        return switch (this) {
            case MILJOENENNOTA, ONTWERPBEGROTING -> year + 4;
            default -> year + 5;
        };
    }

    /**
     * Third Tuesday of September (Grondwet art. 65).
     *
     * @param calendarYear the calendar year
     * @return Prinsjesdag of that year
     */
    public static LocalDate prinsjesdag(int calendarYear) {
        return LocalDate.of(calendarYear, Month.SEPTEMBER, 1)
                .with(TemporalAdjusters.dayOfWeekInMonth(3, DayOfWeek.TUESDAY));
    }

    /**
     * Finds the ijkmoment named by {@code text} (case-insensitive; also "VJN", "FJR", "MN", "OWB").
     *
     * @param text the name
     * @return the ijkmoment, or null when unknown
     */
    public static Ijkmoment byName(String text) {
        String t = text.strip().toLowerCase(Locale.ROOT);
        for (Ijkmoment m : values()) {
            if (m.names.contains(t)) {
                return m;
            }
        }
        return null;
    }

    /**
     * The names, for messages.
     *
     * @return the display names, comma-separated
     */
    public static String knownNames() {
        return String.join(", ", Arrays.stream(values()).map(Ijkmoment::displayName).toList());
    }
}
