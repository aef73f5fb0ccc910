package nl.fvw.rules.dsl;

import java.util.regex.Pattern;

/**
 * The type of a captured value in a DSL sentence, decided by the capture's name in the .dsl
 * mapping. Every capture is typed: a name that fits none of these is an error in the mapping.
 * Values are checked by fvw before Drools sees them, so no capture can carry code.
 *
 * <pre>{@code
 * CaptureType t = CaptureType.forName("bedrag2");   // BEDRAG
 * boolean ok = t.accepts("7,50 euro");             // true
 * }</pre>
 */
public enum CaptureType {
    /** {jaar…}: a budget year, four digits. */
    JAAR("jaar", "\\d{4}", "een jaar (vier cijfers, zoals 2024)"),
    /** {naam…}: a name such as NGRU, ARU, GF: a capital letter, then letters, digits or hyphens. */
    NAAM("naam", "[A-Z][A-Za-z0-9-]{0,40}", "een naam met een hoofdletter vooraan (zoals NGRU)"),
    /** {pct…}: a percentage as analysts write it, Dutch decimal comma (2,5). */
    PCT("pct", "-?\\d{1,3}(,\\d{1,10})?", "een percentage met een decimale komma (zoals 2,5)"),
    /** {bedrag…}: an amount in euro, before or after the number (€ 675 mln, € 7,50, 7,50 euro, 1.234 duizend euro). */
    BEDRAG("bedrag", "-?(€ ?" + Patterns.BEDRAG + "|" + Patterns.BEDRAG + " euro)",
            "een bedrag zoals € 675 mln, € 7,50 of 7,50 euro"),
    /** {fonds}: Gemeentefonds or Provinciefonds. */
    FONDS("fonds", "Gemeentefonds|Provinciefonds", "Gemeentefonds of Provinciefonds"),
    /** {aggregaat}: NGRU or ARU. */
    AGGREGAAT("aggregaat", "NGRU|ARU", "NGRU of ARU"),
    /** {soort}: a kind of spending item. */
    SOORT("soort", String.join("|", nl.fvw.normering.Postsoort.spellings()),
            "een soort uitgavenpost: " + String.join(", ", nl.fvw.normering.Postsoort.spellings())),
    /** {stand…}: a stand, such as Voorjaarsnota 2022. */
    STAND("stand", "[A-Za-z][A-Za-z ]{1,40} \\d{4}( \\(\\d{4}-\\d{2}-\\d{2}\\))?", "een stand (zoals Voorjaarsnota 2022)") {
        @Override
        public boolean accepts(String value) {
            if (!super.accepts(value)) {
                return false;
            }
            try {
                nl.fvw.time.Stand.parse(value);
                return true;
            } catch (nl.fvw.FvwException e) {
                return false;
            }
        }
    },
    /** {stap}: a step of the signalering. */
    STAP("stap", String.join("|", nl.fvw.bekostiging.Signaleringsstap.spellings()),
            "een stap van de signalering: " + String.join(", ", nl.fvw.bekostiging.Signaleringsstap.spellings())),
    /** {getal…}: a whole number. */
    GETAL("getal", "\\d{1,9}", "een geheel getal"),
    /** {id}, {vervangt}: a rule id, inside quotes. */
    ID("id", "[A-Z][A-Z0-9-]{1,60}", "een regel-id in hoofdletters, cijfers en streepjes (zoals NRM-ACCRES-NGRU)"),
    /** {bron}, {tekst…}: free text inside quotes, without quotes, backslashes or dollar signs. */
    TEKST("tekst", "[^\"\\\\$]{1,500}", "tekst zonder \", \\ of $");

    /** Shared pieces of the capture patterns. */
    private static final class Patterns {
        /** A Dutch number (thousands dots, decimal comma) with an optional unit word. */
        static final String BEDRAG = "\\d{1,3}(\\.\\d{3})*(,\\d{1,8})?( (mln|mld|duizend))?";
    }

    private final String prefix;
    private final Pattern pattern;
    private final String description;

    CaptureType(String prefix, String regex, String description) {
        this.prefix = prefix;
        this.pattern = Pattern.compile(regex);
        this.description = description;
    }

    /**
     * How a capture of this type is named: {@code jaar} for {jaar}, {jaarVan}, ….
     *
     * @return the start of the capture's name
     */
    public String prefix() {
        return prefix;
    }

    /**
     * The shape a value must have.
     *
     * @return the pattern
     */
    public Pattern pattern() {
        return pattern;
    }

    /**
     * What a value is expected to be, for messages.
     *
     * @return the description
     */
    public String description() {
        return description;
    }

    /**
     * Whether a value has this type.
     *
     * @param value the captured text
     * @return true when it fits
     */
    public boolean accepts(String value) {
        return pattern.matcher(value).matches();
    }

    /**
     * The type of a capture by its name.
     *
     * @param captureName the name between the braces, like jaarVan
     * @return the type, or null when the name has no known type
     */
    public static CaptureType forName(String captureName) {
        for (CaptureType t : values()) {
            if (t.alias().equals(captureName)) {
                return t;
            }
        }
        for (CaptureType t : values()) {
            if (captureName.startsWith(t.prefix)) {
                return t;
            }
        }
        return null;
    }

    /**
     * The one capture name of this type that does not start with its prefix ({bron} is text,
     * {vervangt} an id, {besloten} a stand); "" if there is none.
     *
     * @return the alias, or ""
     */
    public String alias() {
        return switch (this) {
            case TEKST -> "bron";
            case ID -> "vervangt";
            case STAND -> "besloten";
            default -> "";
        };
    }
}
