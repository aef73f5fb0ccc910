package nl.fvw.scenario;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import javax.money.MonetaryAmount;

import nl.fvw.FvwException;
import nl.fvw.explain.FigureName;
import nl.fvw.explain.Provenance;
import nl.fvw.input.InputException;
import nl.fvw.input.InputReader;
import nl.fvw.input.Location;
import nl.fvw.input.Node;
import nl.fvw.money.AmountUnit;
import nl.fvw.money.Amounts;
import nl.fvw.normering.Uitgavenaggregaat;
import nl.fvw.param.ParameterFile;
import nl.fvw.param.ParameterSet;
import nl.fvw.time.BudgetYear;
import nl.fvw.time.Stand;
import nl.fvw.time.YearSeries;

/**
 * Reads a scenario file (YAML or JSON). Every key is checked; an unknown key, a wrong type, a
 * missing year, a file that is not there is an error naming file, line and key, before
 * anything runs. Shape (see docs/scenario.md):
 *
 * <pre>
 * scenario: "Accres uit de NGRU"          # name
 * omschrijving: "…"                       # optional
 * eenheid: "€ mln"                        # unit of every amount in this file
 * stand: Miljoenennota 2012               # the stand the scenario is computed at
 * invoer:
 *   uitgavenaggregaten:
 *     - naam: NGRU                        # NGRU or ARU
 *       stand: Miljoenennota 2012         # optional; default: the scenario's stand
 *       bron: "Miljoenennota 2012, bijlage, tabel 9.1"
 *       totaal_netto_uitgaven: {2011: 137926, 2012: 139015}   # A, and
 *       correcties: {2011: -45961, 2012: -47525}              # B; or instead
 *       # waarden: {2011: 91965, 2012: 91490}                 # the aggregate itself
 * parameters: [parameters/korting.yaml]   # optional, relative to this file
 * regels: [regels/variant.dslr]           # optional analyst rule files, relative to this file
 * controles:                              # optional published figures to reproduce
 *   - figuur: "accres 2014 stand Miljoenennota 2012"
 *     gepubliceerd: 2.42                  # as printed (percent for an accres %)
 *     tolerantie: 0.01
 *     reden: "…why this tolerance…"
 *     bron: "…"
 * </pre>
 */
public final class ScenarioReader {
    private ScenarioReader() {
    }

    public static Scenario read(Path file) {
        Node root = InputReader.read(file);
        TreeMap<String, String> hashes = new TreeMap<>();
        hashes.put("scenario:" + file.getFileName(), hash(file));
        Node.Map top = root.asMap().allowOnly("scenario", "omschrijving", "eenheid", "valuta", "stand", "invoer",
                "parameters", "regels", "controles");
        String naam = top.get("scenario").asScalar().asText();
        String omschrijving = top.opt("omschrijving") == null ? "" : top.get("omschrijving").asScalar().asText();
        AmountUnit unit = ParameterFile.unit(top);
        ParameterFile.currency(top);
        Stand stand = top.get("stand").asScalar().asStand();
        Path dir = file.toAbsolutePath().getParent();

        List<Uitgavenaggregaat> aggregaten = new ArrayList<>();
        Node invoer = top.opt("invoer");
        if (invoer != null) {
            Node.Map in = invoer.asMap().allowOnly("uitgavenaggregaten");
            Node list = in.opt("uitgavenaggregaten");
            if (list != null) {
                for (Node item : list.asList().items()) {
                    aggregaten.add(aggregaat(item, unit, stand));
                }
            }
        }

        ParameterSet parameters = ParameterSet.empty();
        for (Node p : paths(top, "parameters")) {
            Path pf = resolve(dir, p, ".yaml", ".yml", ".json");
            try {
                parameters = parameters.merge(ParameterFile.read(pf));
            } catch (InputException e) {
                throw e;
            } catch (FvwException e) {
                throw p.error(e.getMessage());
            }
            hashes.put("parameters:" + pf.getFileName(), hash(pf));
        }
        List<Path> regels = new ArrayList<>();
        for (Node r : paths(top, "regels")) {
            Path rf = resolve(dir, r, ".dslr");
            regels.add(rf);
        }
        List<Controle> controles = new ArrayList<>();
        Node cs = top.opt("controles");
        if (cs != null) {
            for (Node c : cs.asList().items()) {
                controles.add(controle(c));
            }
        }
        return new Scenario(file, naam, omschrijving, unit, stand, aggregaten, parameters, regels, controles, hashes);
    }

    private static Uitgavenaggregaat aggregaat(Node node, AmountUnit unit, Stand scenarioStand) {
        Node.Map m = node.asMap().allowOnly("naam", "stand", "bron", "waarden", "totaal_netto_uitgaven", "correcties");
        Node.Scalar naamNode = m.get("naam").asScalar();
        String naam = naamNode.asText();
        if (!naam.equals("NGRU") && !naam.equals("ARU")) {
            throw naamNode.error("'" + naam + "' is not a spending aggregate; expected NGRU or ARU");
        }
        Stand stand = m.opt("stand") == null ? scenarioStand : m.get("stand").asScalar().asStand();
        String bron = m.get("bron").asScalar().asText();
        boolean parts = m.has("totaal_netto_uitgaven") || m.has("correcties");
        if (parts && m.has("waarden")) {
            throw m.get("waarden").error("give either 'waarden' or 'totaal_netto_uitgaven' with 'correcties', not both");
        }
        try {
            if (parts) {
                Node a = m.get("totaal_netto_uitgaven");
                Node b = m.get("correcties");
                YearSeries sa = series(a, unit);
                YearSeries sb = series(b, unit);
                if (!sa.firstYear().equals(sb.firstYear()) || !sa.lastYear().equals(sb.lastYear())) {
                    throw b.error("correcties cover " + sb.firstYear() + "-" + sb.lastYear()
                            + " but totaal_netto_uitgaven cover " + sa.firstYear() + "-" + sa.lastYear()
                            + "; both need the same years");
                }
                return Uitgavenaggregaat.fromParts(naam, stand, bron, sa, sb);
            }
            return Uitgavenaggregaat.of(naam, stand, bron, series(m.get("waarden"), unit));
        } catch (InputException e) {
            throw e;
        } catch (FvwException e) {
            throw m.error(e.getMessage());
        }
    }

    /** A year → amount mapping in the file's unit; years must be contiguous. */
    public static YearSeries series(Node node, AmountUnit unit) {
        Node.Map m = node.asMap();
        if (m.keys().isEmpty()) {
            throw m.error("no years; expected a mapping of years to amounts, like {2024: 100.5}");
        }
        TreeMap<BudgetYear, MonetaryAmount> values = new TreeMap<>();
        for (Map.Entry<String, Node> e : m.entries().entrySet()) {
            BudgetYear year;
            try {
                year = BudgetYear.parse(e.getKey());
            } catch (FvwException ex) {
                throw e.getValue().error("'" + e.getKey() + "' is not a budget year (four digits, like 2024)");
            }
            Node.Scalar v = e.getValue().asScalar();
            BigDecimal written = v.asDecimal();
            BigDecimal euro = unit.toEuroOrNull(written);
            if (euro == null) {
                throw v.error("'" + v.text() + "' has too many decimals for the unit " + unit.label() + " (at most "
                        + unit.maxDecimals() + ": amounts are exact to the cent)");
            }
            values.put(year, Amounts.eur(euro));
        }
        BudgetYear expected = values.firstKey();
        for (BudgetYear y : values.keySet()) {
            if (!y.equals(expected)) {
                throw m.error("year " + expected + " is missing (the years run " + values.firstKey() + "-"
                        + values.lastKey() + "; every year in between needs an amount)");
            }
            expected = expected.next();
        }
        return YearSeries.of(values);
    }

    private static Controle controle(Node node) {
        Node.Map m = node.asMap().allowOnly("figuur", "gepubliceerd", "tolerantie", "reden", "bron");
        Node.Scalar f = m.get("figuur").asScalar();
        FigureName name;
        try {
            name = FigureName.parse(f.asText());
        } catch (FvwException e) {
            throw f.error(e.getMessage());
        }
        BigDecimal tolerance = m.get("tolerantie").asScalar().asDecimal();
        if (tolerance.signum() < 0) {
            throw m.get("tolerantie").error("a tolerance cannot be negative");
        }
        return new Controle(name, m.get("gepubliceerd").asScalar().asDecimal(), tolerance,
                m.get("reden").asScalar().asText(), m.get("bron").asScalar().asText());
    }

    private static List<Node> paths(Node.Map top, String key) {
        Node n = top.opt(key);
        return n == null ? List.of() : n.asList().items();
    }

    private static Path resolve(Path dir, Node node, String... extensions) {
        String text = node.asScalar().asText();
        boolean ok = false;
        for (String ext : extensions) {
            ok |= text.endsWith(ext);
        }
        if (!ok) {
            throw node.error("'" + text + "' must end in " + String.join(" or ", extensions));
        }
        Path p = dir.resolve(text).normalize();
        if (!Files.isRegularFile(p)) {
            throw node.error("file '" + text + "' not found (looked in " + dir + ")");
        }
        return p;
    }

    private static String hash(Path file) {
        try {
            return Provenance.sha256(Files.readAllBytes(file));
        } catch (IOException e) {
            throw new InputException(new Location(file.toString(), 0, 0), "", "cannot be read: " + e.getMessage());
        }
    }
}
