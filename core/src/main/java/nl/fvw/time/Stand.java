package nl.fvw.time;

import java.time.LocalDate;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import nl.fvw.FvwException;

/**
 * A stand: the state of the figures as of one ijkmoment of one year ("stand Miljoenennota
 * 2024"), with its publication date. Stands are ordered by publication date, then by the
 * order of {@link Ijkmoment} (Miljoenennota before septembercirculaire on Prinsjesdag).
 *
 * <pre>{@code
 * Stand mn = Stand.parse("Miljoenennota 2024");      // published 19 September 2023
 * Stand vjn = Stand.of(Ijkmoment.VOORJAARSNOTA, 2024);
 * boolean earlier = mn.isBefore(vjn);                  // true
 * }</pre>
 */
public final class Stand implements Comparable<Stand> {
    private static final Pattern TEXT = Pattern.compile("(?i)\\s*(?:stand\\s+)?([\\p{L} ]+?)\\s+(\\d{4})\\s*(?:\\((\\d{4}-\\d{2}-\\d{2})\\))?\\s*");
    private final Ijkmoment ijkmoment;
    private final int year;
    private final LocalDate publicationDate;
    private final int hash;
    /** {@link #toString()}, made when first asked (the usual publication date takes a calendar walk). */
    private String text;

    private Stand(Ijkmoment ijkmoment, int year, LocalDate publicationDate) {
        this.ijkmoment = Objects.requireNonNull(ijkmoment, "ijkmoment");
        BudgetYear.of(year);
        this.year = year;
        this.publicationDate = Objects.requireNonNull(publicationDate, "publicationDate");
        this.hash = Objects.hash(this.ijkmoment, this.year, this.publicationDate);
    }

    /**
     * A stand published on the usual date of its ijkmoment.
     *
     * @param ijkmoment the moment in the budget cycle
     * @param year the year of the document (Miljoenennota 2024: 2024)
     * @return the stand
     */
    public static Stand of(Ijkmoment ijkmoment, int year) {
        return new Stand(ijkmoment, year, ijkmoment.usualPublicationDate(year));
    }

    /**
     * A stand published on a given date (for ordering stands of one moment that moved).
     *
     * @param ijkmoment the moment in the budget cycle
     * @param year the year of the document
     * @param publicationDate the day it was published
     * @return the stand
     */
    public static Stand of(Ijkmoment ijkmoment, int year, LocalDate publicationDate) {
        return new Stand(ijkmoment, year, publicationDate);
    }

    /**
     * Parses "Miljoenennota 2024", "stand Voorjaarsnota 2022", "FJR 2023", or with an explicit
     * publication date "Startnota 2017 (2017-10-10)".
     *
     * @param text the stand
     * @return the stand
     * @throws nl.fvw.FvwException naming the known ijkmomenten when the text is not a stand
     */
    public static Stand parse(String text) {
        Matcher m = TEXT.matcher(text);
        if (!m.matches()) {
            throw new FvwException("'" + text + "' is not a stand; expected an ijkmoment and a year, like "
                    + "'Miljoenennota 2024' (known: " + Ijkmoment.knownNames() + ")");
        }
        Ijkmoment moment = Ijkmoment.byName(m.group(1));
        if (moment == null) {
            throw new FvwException("'" + m.group(1).strip() + "' in '" + text.strip() + "' is not a known ijkmoment"
                    + " (known: " + Ijkmoment.knownNames() + ")");
        }
        int year = Integer.parseInt(m.group(2));
        if (m.group(3) != null) {
            try {
                return of(moment, year, LocalDate.parse(m.group(3)));
            } catch (java.time.format.DateTimeParseException e) {
                throw new FvwException("'" + m.group(3) + "' in '" + text.strip() + "' is not a date (yyyy-mm-dd)");
            }
        }
        return of(moment, year);
    }

    /**
     * The moment in the budget cycle.
     *
     * @return the ijkmoment
     */
    public Ijkmoment ijkmoment() {
        return ijkmoment;
    }

    /**
     * The year of the document.
     *
     * @return the year
     */
    public int year() {
        return year;
    }

    /**
     * The day the stand was published; stands are ordered by it.
     *
     * @return the date
     */
    public LocalDate publicationDate() {
        return publicationDate;
    }

    /**
     * Whether this stand was published before another.
     *
     * @param other another stand
     * @return true when earlier
     */
    public boolean isBefore(Stand other) {
        return compareTo(other) < 0;
    }

    /**
     * Whether this stand was published after another.
     *
     * @param other another stand
     * @return true when later
     */
    public boolean isAfter(Stand other) {
        return compareTo(other) > 0;
    }

    @Override
    public int compareTo(Stand other) {
        if (this == other) {
            return 0;
        }
        int c = publicationDate.compareTo(other.publicationDate); // by date, then ijkmoment, then year
        if (c != 0) {
            return c;
        }
        c = ijkmoment.compareTo(other.ijkmoment);
        return c != 0 ? c : Integer.compare(year, other.year);
    }

    @Override
    public boolean equals(Object o) {
        return o == this || o instanceof Stand s && s.ijkmoment == ijkmoment && s.year == year
                && s.publicationDate.equals(publicationDate);
    }

    @Override
    public int hashCode() {
        return hash;
    }

    /** "Miljoenennota 2024", with " (yyyy-mm-dd)" when not published on the usual date; parseable by {@link #parse}. */
    @Override
    public String toString() {
        String t = text;
        if (t == null) {
            String name = ijkmoment.displayName() + " " + year;
            t = publicationDate.equals(ijkmoment.usualPublicationDate(year)) ? name : name + " (" + publicationDate + ")";
            text = t;
        }
        return t;
    }
}
