package nl.fvw.normering;

import java.util.Locale;

import nl.fvw.FvwException;

/**
 * The two funds whose accres the normering computes (Financiële-verhoudingswet art. 3).
 *
 * <pre>{@code
 * Fonds f = Fonds.parse("Gemeentefonds");   // GEMEENTEFONDS, code "GF"
 * }</pre>
 */
public enum Fonds {
    /** Gemeentefonds: pays the gemeenten. */
    GEMEENTEFONDS("GF", "Gemeentefonds"),
    /** Provinciefonds: pays the provincies. */
    PROVINCIEFONDS("PF", "Provinciefonds");

    private final String code;
    private final String naam;

    Fonds(String code, String naam) {
        this.code = code;
        this.naam = naam;
    }

    /**
     * The short name.
     *
     * @return GF or PF
     */
    public String code() {
        return code;
    }

    /**
     * The full name.
     *
     * @return Gemeentefonds or Provinciefonds
     */
    public String naam() {
        return naam;
    }

    /**
     * A fund by its name.
     *
     * @param text "GF", "PF", "Gemeentefonds" or "Provinciefonds" (any case)
     * @return the fund
     * @throws nl.fvw.FvwException naming what is known
     */
    public static Fonds parse(String text) {
        String t = text.strip().toLowerCase(Locale.ROOT);
        for (Fonds f : values()) {
            if (f.code.toLowerCase(Locale.ROOT).equals(t) || f.naam.toLowerCase(Locale.ROOT).equals(t)) {
                return f;
            }
        }
        throw new FvwException("'" + text + "' is not a fund; expected GF, PF, Gemeentefonds or Provinciefonds");
    }

    @Override
    public String toString() {
        return code;
    }
}
