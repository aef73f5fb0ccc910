package nl.fvw.normering;

import java.util.Locale;

import nl.fvw.FvwException;

/** The two funds whose accres the normering computes (Financiële-verhoudingswet art. 3). */
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

    public String code() {
        return code;
    }

    public String naam() {
        return naam;
    }

    /** "GF", "PF", "Gemeentefonds" or "Provinciefonds" (any case). */
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
