package nl.fvw.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The messages of the command line in Dutch. The Java API speaks English to embedding developers;
 * what an analyst reads on the terminal is Dutch, in the glossary's terms. The catalog
 * ({@code meldingen.tsv}) holds the fixed parts of every message as the code writes them, each with
 * its Dutch text; a message is translated in one pass, the longest part that fits first, and what
 * lies between the parts (names, years, amounts, keys) stays as it was.
 */
final class Meldingen {
    private static final Map<String, String> CATALOGUS = lees();
    private static final Pattern DELEN = patroon(CATALOGUS);

    private Meldingen() {
    }

    /**
     * The message in Dutch.
     *
     * @param melding a message of fvw's Java API
     * @return the message with every part the catalog knows in Dutch
     */
    static String nl(String melding) {
        if (melding == null) {
            return "";
        }
        Matcher m = DELEN.matcher(melding);
        StringBuilder sb = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(sb, Matcher.quoteReplacement(CATALOGUS.get(m.group())));
        }
        m.appendTail(sb);
        return sb.toString();
    }

    /** The catalog's English parts, for the test that each occurs in the code. */
    static Map<String, String> catalogus() {
        return CATALOGUS;
    }

    private static Map<String, String> lees() {
        try (InputStream in = Meldingen.class.getResourceAsStream("meldingen.tsv")) {
            if (in == null) {
                throw new IllegalStateException("meldingen.tsv is missing from the command line's jar");
            }
            Map<String, String> out = new LinkedHashMap<>();
            for (String regel : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (regel.isEmpty() || regel.startsWith("#")) {
                    continue;
                }
                int tab = regel.indexOf('\t');
                if (tab <= 0 || out.put(regel.substring(0, tab), regel.substring(tab + 1)) != null) {
                    throw new IllegalStateException("meldingen.tsv: malformed or duplicate line: " + regel);
                }
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Pattern patroon(Map<String, String> catalogus) {
        List<String> delen = new ArrayList<>(catalogus.keySet());
        delen.sort(Comparator.comparingInt(String::length).reversed());
        StringBuilder sb = new StringBuilder();
        for (String d : delen) {
            sb.append(sb.length() == 0 ? "" : "|").append(Pattern.quote(d));
        }
        return Pattern.compile(sb.toString());
    }
}
