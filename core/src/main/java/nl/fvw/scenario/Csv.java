package nl.fvw.scenario;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import nl.fvw.FvwException;
import nl.fvw.bundeling.Ontvanger;
import nl.fvw.input.InputException;
import nl.fvw.input.Location;
import nl.fvw.input.ValueText;
import nl.fvw.time.BudgetYear;

/**
 * The data files of a bundling, comma-separated with a header, '#' lines are comments:
 * recipients ({@code code,naam,inwoners_2026,…,<maatstaf>,…}, with text columns {@code provincie} and
 * {@code grootteklasse} where given) and allocations ({@code code,bedrag}).
 * Every error names file, line and column.
 */
final class Csv {
    private Csv() {
    }

    /** A row; {@code dutch} when the file is written the Dutch way (';' between fields, decimal commas), as fvw writes. */
    private record Row(int line, String[] cells, boolean dutch) {
    }

    private static List<Row> read(Path file) {
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new InputException(new Location(file.toString(), 0, 0), "", "cannot be read: " + e.getMessage());
        }
        List<Row> rows = new ArrayList<>();
        Boolean dutch = null;
        for (int i = 0; i < lines.size(); i++) {
            String l = lines.get(i).replace("\uFEFF", "").strip();
            if (!l.isEmpty() && !l.startsWith("#")) {
                if (dutch == null) {
                    // the header says which: "code;naam;…" as fvw and Dutch Excel write, or "code,naam,…"
                    dutch = l.startsWith("code;");
                }
                rows.add(new Row(i + 1, l.split(dutch ? ";" : ",", -1), dutch));
            }
        }
        if (rows.size() < 2) {
            throw new InputException(new Location(file.toString(), 1, 1), "", "expected a header and at least one row");
        }
        return rows;
    }

    static List<Ontvanger> ontvangers(Path file) {
        List<Row> rows = read(file);
        String[] header = rows.get(0).cells();
        if (header.length < 3 || !header[0].equals("code") || !header[1].equals("naam")) {
            throw new InputException(new Location(file.toString(), rows.get(0).line(), 1), "",
                    "expected a header code,naam,inwoners_<jaar>,…");
        }
        List<Ontvanger> out = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (Row r : rows.subList(1, rows.size())) {
            if (r.cells().length != header.length) {
                throw new InputException(new Location(file.toString(), r.line(), 1), "", "has " + r.cells().length
                        + " fields, the header " + header.length);
            }
            TreeMap<BudgetYear, BigDecimal> inwoners = new TreeMap<>();
            Map<String, BigDecimal> eenheden = new LinkedHashMap<>();
            Map<String, String> kenmerken = new LinkedHashMap<>();
            for (int c = 2; c < header.length; c++) {
                if (Ontvanger.KENMERKEN.contains(header[c])) {
                    kenmerken.put(header[c], r.cells()[c].strip());
                    continue;
                }
                BigDecimal v = number(file, r, c, header[c]);
                if (header[c].startsWith("inwoners_")) {
                    if (v.signum() == 0) {
                        throw new InputException(new Location(file.toString(), r.line(), c + 1), header[c], "'"
                                + r.cells()[c].strip() + "' inwoners: a recipient has inwoners; effects per inwoner divide by"
                                + " them");
                    }
                    try {
                        inwoners.put(BudgetYear.parse(header[c].substring("inwoners_".length())), v);
                    } catch (FvwException e) {
                        throw new InputException(new Location(file.toString(), rows.get(0).line(), c + 1), header[c],
                                "expected inwoners_<jaar>, like inwoners_2026");
                    }
                }
                eenheden.put(header[c].startsWith("inwoners_") ? "inwoners" : header[c], v);
            }
            if (!seen.add(r.cells()[0])) {
                throw new InputException(new Location(file.toString(), r.line(), 1), "code",
                        "recipient " + r.cells()[0] + " appears twice");
            }
            try {
                out.add(new Ontvanger(r.cells()[0], r.cells()[1], inwoners, eenheden, kenmerken));
            } catch (InputException e) {
                throw e;
            } catch (FvwException e) {
                throw new InputException(new Location(file.toString(), r.line(), 1), "", e.getMessage());
            }
        }
        return out;
    }

    static Map<String, BigDecimal> bedragen(Path file) {
        List<Row> rows = read(file);
        String[] header = rows.get(0).cells();
        if (header.length != 2 || !header[0].equals("code")) {
            throw new InputException(new Location(file.toString(), rows.get(0).line(), 1), "", "expected a header code,bedrag");
        }
        Map<String, BigDecimal> out = new TreeMap<>();
        for (Row r : rows.subList(1, rows.size())) {
            if (r.cells().length != 2) {
                throw new InputException(new Location(file.toString(), r.line(), 1), "", "expected two fields: code,bedrag");
            }
            if (out.put(r.cells()[0], number(file, r, 1, header[1])) != null) {
                throw new InputException(new Location(file.toString(), r.line(), 1), "code",
                        "recipient " + r.cells()[0] + " appears twice");
            }
        }
        return out;
    }

    private static BigDecimal number(Path file, Row r, int c, String column) {
        String text = r.cells()[c].strip();
        try {
            BigDecimal v = r.dutch() ? ValueText.dutchNumber(text) : ValueText.plainNumber(text);
            if (v.signum() < 0) {
                throw new InputException(new Location(file.toString(), r.line(), c + 1), column,
                        "'" + text + "' is negative");
            }
            return v;
        } catch (NumberFormatException e) {
            throw new InputException(new Location(file.toString(), r.line(), c + 1), column, e.getMessage() != null
                    && e.getMessage().startsWith("'") ? e.getMessage()
                    : "'" + text + "' is not a number (" + (r.dutch() ? "in a file with ';' between fields: Dutch notation,"
                    + " like 1.234,5" : "in a file with ',' between fields: a decimal point, no thousands separators") + ")");
        }
    }
}
