package nl.fvw.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.TreeSet;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import nl.fvw.FvwException;
import nl.fvw.present.DutchNumbers;

/**
 * {@code fvw diff RESULT1 RESULT2}: what changed between two runs written with {@code run --format
 * json}, figure by figure (accres in %, amounts in euro, task and bundling figures per year), and
 * which inputs of the provenance differ. Values are compared exactly; the difference is
 * {@code RESULT2 − RESULT1}.
 */
final class DiffCommand {
    static final Opdracht OPDRACHT = Opdracht.van("diff", "Wat veranderde tussen twee resultaten (run --format json),"
            + " cijfer voor cijfer, met hun herkomst.", DiffCommand::voerUit)
            .parameter("RESULT1", "Het eerdere resultaat (JSON).")
            .parameter("RESULT2", "Het latere resultaat (JSON).");

    private DiffCommand() {
    }

    /** One compared figure: an exact number and its unit ("%" or a currency code). */
    record Waarde(BigDecimal getal, String eenheid) {
        /** The value as the diff prints it: a % to four decimals, an amount to the cent, HALF_UP; the comparison is exact. */
        String text() {
            int decimals = "%".equals(eenheid) ? 4 : 2;
            return DutchNumbers.format(getal.setScale(decimals, java.math.RoundingMode.HALF_UP), decimals) + " " + eenheid;
        }
    }

    private static int voerUit(Aanroep aanroep) {
        Path was = aanroep.pad("RESULT1");
        Path wordt = aanroep.pad("RESULT2");
        JsonNode a = read(was);
        JsonNode b = read(wordt);
        Map<String, Waarde> va = figures(a, was);
        Map<String, Waarde> vb = figures(b, wordt);
        PrintWriter out = aanroep.out();
        out.println("Verschil " + was + " → " + wordt);
        int changed = 0;
        int same = 0;
        TreeSet<String> keys = new TreeSet<>(va.keySet());
        keys.addAll(vb.keySet());
        for (String k : keys) {
            Waarde x = va.get(k);
            Waarde y = vb.get(k);
            if (x == null) {
                out.println("  nieuw       " + k + " = " + y.text());
                changed++;
            } else if (y == null) {
                out.println("  vervallen   " + k + " (was " + x.text() + ")");
                changed++;
            } else if (!x.eenheid().equals(y.eenheid())) {
                out.println("  eenheid     " + k + ": " + x.text() + " → " + y.text());
                changed++;
            } else if (x.getal().compareTo(y.getal()) != 0) {
                out.println("  gewijzigd   " + k + ": " + x.text() + " → " + y.text() + "  (verschil "
                        + new Waarde(y.getal().subtract(x.getal()), x.eenheid()).text() + ")");
                changed++;
            } else {
                same++;
            }
        }
        out.println(changed + " cijfers veranderd, " + same + " gelijk.");
        provenance(a, b, out);
        return 0;
    }

    private static void provenance(JsonNode a, JsonNode b, PrintWriter out) {
        out.println("Herkomst:");
        String fa = a.path("herkomst").path("fvw").asText();
        String fb = b.path("herkomst").path("fvw").asText();
        out.println(fa.equals(fb) ? "  fvw " + fa + " (gelijk)" : "  fvw " + fa + " → " + fb);
        Map<String, String> ha = hashes(a);
        Map<String, String> hb = hashes(b);
        TreeSet<String> inputs = new TreeSet<>(ha.keySet());
        inputs.addAll(hb.keySet());
        int same = 0;
        for (String k : inputs) {
            if (Objects.equals(ha.get(k), hb.get(k))) {
                same++;
            } else {
                out.println("  " + (ha.containsKey(k) ? hb.containsKey(k) ? "gewijzigd   " : "vervallen   " : "nieuw       ") + k);
            }
        }
        out.println("  " + same + " invoerbestanden gelijk.");
    }

    private static Map<String, String> hashes(JsonNode r) {
        Map<String, String> out = new TreeMap<>();
        r.path("herkomst").path("sha256").fields().forEachRemaining(e -> out.put(e.getKey(), e.getValue().asText()));
        return out;
    }

    private static JsonNode read(Path file) {
        JsonNode root;
        try {
            root = new ObjectMapper().readTree(Files.readString(file));
        } catch (JsonProcessingException e) {
            throw new FvwException(file + ":" + e.getLocation().getLineNr() + ": not JSON: " + e.getOriginalMessage());
        } catch (IOException e) {
            throw new FvwException(file + ": cannot be read (" + e.getMessage() + ")");
        }
        for (String key : new String[] {"scenario", "accres", "herkomst"}) {
            if (root == null || !root.has(key)) {
                throw new FvwException(file + ": not a fvw result: the key '" + key
                        + "' is missing; expected the output of 'fvw run SCENARIO --format json'");
            }
        }
        return root;
    }

    /** Every comparable figure of a result, keyed by its name. */
    static Map<String, Waarde> figures(JsonNode r, Path file) {
        Map<String, Waarde> out = new LinkedHashMap<>();
        for (JsonNode n : r.path("accres")) {
            put(out, text(n, "figuur", file), new Waarde(number(n, "fractie", file).movePointRight(2), "%"), file);
        }
        for (JsonNode n : r.path("figuren")) {
            put(out, text(n, "figuur", file), new Waarde(number(n, "bedrag", file), text(n, "valuta", file)), file);
        }
        for (JsonNode t : r.path("taken")) {
            String taak = "taak " + text(t, "taak", file);
            for (JsonNode j : t.path("jaren")) {
                String jaar = text(j, "jaar", file);
                for (String veld : new String[] {"claim", "compensatie", "gat"}) {
                    put(out, taak + " " + veld + " " + jaar, new Waarde(number(j, veld, file), "EUR"), file);
                }
            }
        }
        for (JsonNode bundeling : r.path("bundelingen")) {
            String naam = "bundeling " + text(bundeling, "bundeling", file) + " overgeheveld ";
            for (Iterator<Map.Entry<String, JsonNode>> it = bundeling.path("overgeheveld").fields(); it.hasNext();) {
                Map.Entry<String, JsonNode> e = it.next();
                put(out, naam + e.getKey(), new Waarde(decimal(e.getValue().asText(), naam + e.getKey(), file), "EUR"), file);
            }
        }
        return out;
    }

    private static void put(Map<String, Waarde> out, String key, Waarde w, Path file) {
        if (out.put(key, w) != null) {
            throw new FvwException(file + ": the figure '" + key + "' occurs twice");
        }
    }

    private static String text(JsonNode n, String field, Path file) {
        JsonNode v = n.get(field);
        if (v == null || v.isNull()) {
            throw new FvwException(file + ": an element lacks the field '" + field + "': " + n);
        }
        return v.asText();
    }

    private static BigDecimal number(JsonNode n, String field, Path file) {
        return decimal(text(n, field, file), field, file);
    }

    private static BigDecimal decimal(String text, String field, Path file) {
        try {
            return new BigDecimal(text);
        } catch (NumberFormatException e) {
            throw new FvwException(file + ": '" + field + "' is '" + text + "'; expected a decimal number");
        }
    }
}
